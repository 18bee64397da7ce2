"""Write fixtures/encodings/: one excerpt of a seed page stored in each encoding we decode.

The UTF-8 text files are the truth; each ``NAME.ENCODING.bin`` holds the same text encoded.
Big5 cannot encode simplified characters, so its truth is the excerpt converted with OpenCC
``s2tw`` (traditional.txt). Run: ``python scripts/make_encoding_fixtures.py``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fixtures" / "encodings"
SEED = ROOT / "fixtures" / "seeds" / "001-broken-paragraphs.in.txt"

#: file suffix -> Python codec (``utf-8-sig`` writes the UTF-8 BOM; ``utf-16`` the UTF-16 BOM).
ENCODINGS = {
    "utf-8": "utf-8",
    "utf-8-bom": "utf-8-sig",
    "gbk": "gbk",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "utf-16-bom": "utf-16",
}

#: A line only GB18030 (not GBK) can encode.
GB18030_ONLY_LINE = "\n扩展字符：\U00020bb7\U00029e3d\u3400\u20ac\n"


def excerpt() -> str:
    """The first ~1,500 characters of a seed, cut at a paragraph end."""
    text = SEED.read_text(encoding="utf-8")
    return text[: text.index("\n\n", 1500) + 1]


def main() -> None:
    import opencc

    simplified = excerpt()
    traditional = opencc.OpenCC("s2tw").convert(simplified)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "simplified.txt").write_text(simplified, encoding="utf-8")
    (OUT / "traditional.txt").write_text(traditional, encoding="utf-8")
    for suffix, codec in ENCODINGS.items():
        (OUT / f"simplified.{suffix}.bin").write_bytes(simplified.encode(codec))
    (OUT / "traditional.big5.bin").write_bytes(traditional.encode("big5"))
    # GB18030 proper: characters outside GBK take four bytes (supplementary plane, extension A).
    wide = simplified + GB18030_ONLY_LINE
    (OUT / "gb18030.txt").write_text(wide, encoding="utf-8")
    (OUT / "gb18030.gb18030.bin").write_bytes(wide.encode("gb18030"))


if __name__ == "__main__":
    main()
