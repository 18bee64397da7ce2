"""Decoding: every encoding we claim reads back to the original text; anything else is a clear error."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cleaner.io import DETECT_SAMPLE_BYTES, InputError, canonical_encoding, decode_bytes, read_text, write_atomic
from tests.conftest import FIXTURES, SEEDS

ENCODINGS = FIXTURES / "encodings"
SEED_TEXTS = {p.name: p.read_text(encoding="utf-8") for p in SEEDS}


def _traditional(text: str) -> str:
    """The seed in traditional characters (Big5 cannot encode simplified ones), minus the few
    characters Big5 lacks."""
    import opencc

    converted = opencc.OpenCC("s2tw").convert(text)
    return "".join(c for c in converted if c.encode("big5", errors="ignore") or c in "\n")


# -- round trips on every seed ----------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(SEED_TEXTS))
@pytest.mark.parametrize(
    ("codec", "reported"),
    [
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("utf-16", "utf-16-le"),  # with a BOM (Python writes little-endian)
        ("utf-32", "utf-32-le"),
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-bom"),
    ],
)
def test_seed_round_trip(name: str, codec: str, reported: str) -> None:
    text = SEED_TEXTS[name]
    decoded = decode_bytes(text.encode(codec), name)
    assert decoded.text == text
    assert decoded.encoding == reported


@pytest.mark.parametrize("name", sorted(SEED_TEXTS))
def test_seed_round_trip_big5(name: str) -> None:
    text = _traditional(SEED_TEXTS[name])
    decoded = decode_bytes(text.encode("big5"), name)
    assert decoded.text == text
    assert decoded.encoding in ("big5hkscs", "cp950")
    assert decoded.confidence >= 0.8


def test_gb18030_four_byte_characters() -> None:
    text = SEED_TEXTS[sorted(SEED_TEXTS)[0]] + "\n扩展：\U00020bb7\u3400\u20ac\n"
    data = text.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gbk")  # proof that this is GB18030 proper, not GBK
    assert decode_bytes(data, "x.txt").text == text


# -- the stored files, one per encoding ---------------------------------------------------------
STORED = sorted(ENCODINGS.glob("*.bin"))


def test_a_file_per_encoding() -> None:
    suffixes = {p.name.split(".", 1)[1].removesuffix(".bin") for p in STORED}
    assert {"gbk", "gb18030", "big5", "utf-16-le", "utf-16-be", "utf-8", "utf-8-bom"} <= suffixes


@pytest.mark.parametrize("path", STORED, ids=lambda p: p.name)
def test_stored_encoding_fixture(path: Path) -> None:
    truth = ENCODINGS / (path.name.split(".", 1)[0] + ".txt")
    assert read_text(path).text == truth.read_text(encoding="utf-8")


def test_stored_fixtures_match_their_generator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("mef", FIXTURES.parent / "scripts" / "make_encoding_fixtures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "OUT", tmp_path)
    module.main()
    for made in tmp_path.iterdir():
        assert made.read_bytes() == (ENCODINGS / made.name).read_bytes(), made.name


# -- explicit encodings -----------------------------------------------------------------------
def test_explicit_encoding_wins() -> None:
    text = "中文测试"
    assert decode_bytes(text.encode("gbk"), "x", encoding="gb2312").text == text
    assert decode_bytes(text.encode("gbk"), "x", encoding="gb2312").encoding == "gb18030"
    # Latin-1 decodes anything: the override is obeyed even where detection would disagree.
    assert decode_bytes(text.encode("utf-8"), "x", encoding="latin-1").text == text.encode("utf-8").decode("latin-1")


def test_explicit_encoding_errors_name_the_file() -> None:
    with pytest.raises(InputError, match=r"x\.txt: unknown encoding 'nope'"):
        decode_bytes(b"abc", "x.txt", encoding="nope")
    with pytest.raises(InputError, match=r"x\.txt: not valid utf-8 at byte 0"):
        decode_bytes("中文".encode("gbk"), "x.txt", encoding="utf-8")


def test_canonical_encoding() -> None:
    assert canonical_encoding("GBK") == "gb18030"
    assert canonical_encoding("gb2312") == "gb18030"
    assert canonical_encoding("big5") == "big5hkscs"
    assert canonical_encoding("utf8") == "utf-8"


# -- refusals -----------------------------------------------------------------------------------
def test_binary_with_nul_bytes_is_an_error() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    with pytest.raises(InputError, match=r"img\.png: binary content"):
        decode_bytes(png, "img.png")
    with pytest.raises(InputError, match="binary content"):
        decode_bytes(b"\x00\x01\x02\xff" * 100, "x")


def test_invalid_sequence_is_an_error_never_replaced() -> None:
    text = SEED_TEXTS[sorted(SEED_TEXTS)[0]]
    broken = text.encode("gbk") + b"\xff\xfe\x80"  # no encoding of ours reads these bytes
    with pytest.raises(InputError, match=r"broken\.txt: not valid UTF-8") as info:
        decode_bytes(broken, "broken.txt")
    assert "\ufffd" not in str(info.value)


def test_damaged_utf8_is_an_error_that_says_where() -> None:
    data = SEED_TEXTS[sorted(SEED_TEXTS)[0]].encode("utf-8")
    damaged = data[:5000] + b"\x80" + data[5000:]
    with pytest.raises(InputError, match=r"d\.txt: not valid UTF-8 at byte 500\d \(\d bad byte"):
        decode_bytes(damaged, "d.txt")


def test_low_confidence_names_encoding_and_confidence() -> None:
    with pytest.raises(InputError, match=r"short\.txt: .*detected encoding \S+ has confidence 0\.\d\d"):
        decode_bytes("中文".encode("gbk")[:3], "short.txt")


def test_bom_with_invalid_body_is_an_error() -> None:
    with pytest.raises(InputError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "x")


def test_large_file_detected_from_a_sample() -> None:
    text = SEED_TEXTS[sorted(SEED_TEXTS)[1]]
    big = text * (3 * DETECT_SAMPLE_BYTES // len(text.encode("gbk")) + 1)
    data = big.encode("gbk")
    assert len(data) > 2 * DETECT_SAMPLE_BYTES
    decoded = decode_bytes(data, "big.txt")
    assert decoded.text == big
    # A bad byte after the sample is still caught: the whole file is decoded strictly.
    with pytest.raises(InputError, match=r"big\.txt: detected gb18030 \(confidence"):
        decode_bytes(data + b"\x81", "big.txt")


# -- files --------------------------------------------------------------------------------------
def test_read_text_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


def test_write_atomic_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "out" / "a.txt"
    write_atomic(target, "中文\n")
    assert target.read_text(encoding="utf-8") == "中文\n"
    write_atomic(target, "新\n")
    assert target.read_text(encoding="utf-8") == "新\n"
    assert [p.name for p in target.parent.iterdir()] == ["a.txt"]


def test_cli_reads_every_stored_encoding(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cleaner.cli import main

    runner = CliRunner()
    for path in STORED:
        truth = (ENCODINGS / (path.name.split(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
        out = tmp_path / (path.name + ".txt")
        result = runner.invoke(main, ["fix", "--only", "mojibake", str(path), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.read_text(encoding="utf-8") == truth


def test_cli_names_the_file_it_cannot_decode(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cleaner.cli import main

    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = CliRunner().invoke(main, ["fix", str(path)])
    assert result.exit_code == 2
    assert "picture.png: binary content" in result.output
