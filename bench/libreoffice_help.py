"""Fresh real text: LibreOffice's Simplified Chinese help, as Debian's ``libreoffice-help-zh-cn`` installs it.

The help pages (``/usr/share/libreoffice/help/zh-CN/text/**/*.html``: 2,560 pages of LibreOffice
7.4 in Debian 12, MPL-2.0) are modern Mainland technical prose written by LibreOffice's
translators: full sentences with ``，。、：；（）“”`` and ``「」`` around menu names, numbers
in ASCII (cell references, formulas, versions), function descriptions, step-by-step guides.
After dropping the untranslated English, the markup and repeated paragraphs it gives some
1.4 MB (about 0.5 M characters) of Chinese text. None of the punctuation-shift rules was ever
fitted to it; it is a different domain and source from People's Daily and the reviews, so it
measures how the rules generalise to text they have never seen (a stress test, like the
reviews: help text is not what the garble comes from, but it is the kind of document that
gets converted).

Each page's paragraphs (``<p>`` and headings of the page body, markup stripped, a paragraph
kept when it has Chinese characters; a paragraph seen on an earlier page, in sorted order, is
dropped) belong to one half, chosen by a stable hash of the page's path, so the ``dev`` half
(which may be read while working on a rule) and the ``heldout`` half (only ever scored, never
read for examples) share no page and no paragraph and both span every module.

Install with ``apt-get install libreoffice-help-zh-cn`` (Debian/Ubuntu); without it the
benchmarks that use it say so and skip.
"""

from __future__ import annotations

import html
import os
import re
import zlib
from functools import cache
from pathlib import Path

from bench.corpus import gathered

#: Where Debian's package puts the pages; CLEANER_LIBREOFFICE_HELP may name another copy of
#: the ``zh-CN`` directory (for example one unpacked with ``dpkg -x``).
DEFAULT_PATH = Path("/usr/share/libreoffice/help/zh-CN")
ENV_VAR = "CLEANER_LIBREOFFICE_HELP"
PARTS = ("dev", "heldout")
#: characters per document (at least): about People's Daily's 40 paragraphs
CHARACTERS_PER_DOCUMENT = 3800

_BODY = re.compile(r'<div id="DisplayArea".*?(?=<div id="SearchFrame"|</body>)', re.S)
_BLOCK = re.compile(r"<(p|h[1-6])\b[^>]*>(.*?)</\1>", re.S)
_TAG = re.compile(r"<[^>]+>")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def corpus_path() -> Path | None:
    """The installed ``zh-CN`` help directory, or None when the package is not installed."""
    path = Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)
    return path if (path / "text").is_dir() else None


def missing_message() -> str:
    return "the LibreOffice help corpus needs Debian's libreoffice-help-zh-cn: apt-get install libreoffice-help-zh-cn"


def page_paragraphs(page: str) -> list[str]:
    """The Chinese paragraphs of one help page's HTML, as plain text."""
    body = _BODY.search(page)
    out = []
    for _tag, inner in _BLOCK.findall(body.group(0) if body else ""):
        text = " ".join(html.unescape(_TAG.sub("", inner)).split())
        if _CJK.search(text):
            out.append(text)
    return out


def part_of(relative_path: str) -> str:
    """The half a page belongs to: a stable hash of its path (not Python's salted hash)."""
    return PARTS[zlib.crc32(relative_path.encode("utf-8")) % 2]


@cache
def pages() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(relative path, paragraphs) of every page in sorted order, each paragraph only on the
    first page that has it."""
    root = corpus_path()
    if root is None:
        raise FileNotFoundError(missing_message())
    seen: set[str] = set()
    out = []
    for path in sorted((root / "text").rglob("*.html")):
        fresh = []
        for para in page_paragraphs(path.read_text(encoding="utf-8")):
            if para not in seen:
                seen.add(para)
                fresh.append(para)
        if fresh:
            out.append((path.relative_to(root).as_posix(), tuple(fresh)))
    return tuple(out)


def documents(part: str) -> list[str]:
    """The ``dev`` or ``heldout`` half as documents of at least CHARACTERS_PER_DOCUMENT
    characters, one paragraph per line (pages kept in sorted order, a page never split)."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    # (a page is one piece: a page is never split)
    in_part = ("\n".join(paras) for relative, paras in pages() if part_of(relative) == part)
    return gathered(in_part, CHARACTERS_PER_DOCUMENT)
