"""Fresh real text of other genres, from Debian's Chinese packages: books of poems and classics, manuals.

The punct-shift rules were written against news, reviews and help pages; the garble also comes from
digitised books. These corpora test what the rules do to genres they were not written for:

* ``classics`` (fortunes-zh's ``chinese`` and ``tang300``: sayings of the classics, the 300 Tang
  poems) — may be read while working on a rule (session 22 did, for verse);
* ``song`` (fortunes-zh's ``song100``: Song ci) — held out: only ever scored;
* ``manpages`` (manpages-zh's Simplified Chinese man pages, every third page) and ``reference``
  (debian-reference-zh-cn's HTML chapters): technical prose full of Latin words and commands.

Each corpus is cut into documents of at least CHARACTERS_PER_DOCUMENT characters, whole lines,
keeping a document only when it has MIN_HANZI hanzi. Install with ``apt-get install fortunes-zh
manpages-zh debian-reference-zh-cn``; a corpus whose package is absent is skipped, with a line
saying so.
"""

from __future__ import annotations

import gzip
import html
import re
from functools import cache
from pathlib import Path

from bench.corpus import gathered

FORTUNES = Path("/usr/share/games/fortunes")
MANPAGES = Path("/usr/share/man/zh_CN")
REFERENCE = Path("/usr/share/debian-reference")
#: corpus -> (its files' glob under its root, the root, the package that installs it)
CORPORA = {
    "classics": ("{chinese,tang300}", FORTUNES, "fortunes-zh"),
    "song": ("song100", FORTUNES, "fortunes-zh"),
    "manpages": ("man*/*.gz", MANPAGES, "manpages-zh"),
    "reference": ("*.zh-cn.html", REFERENCE, "debian-reference-zh-cn"),
}
CHARACTERS_PER_DOCUMENT = 3000
MIN_HANZI = 200
#: Every MANPAGE_STRIDE-th man page (they are many and alike).
MANPAGE_STRIDE = 3

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_ROFF_FONT = re.compile(r"\\f[BIRP]")
_ROFF_REQUEST = re.compile(r"^\.[A-Za-z]+ ?", re.M)
_ROFF_COMMENT = re.compile(r'^\.\\".*$', re.M)
_HTML_DROP = re.compile(r"(?s)<(script|style)\b.*?</\1>")
_HTML_BREAK = re.compile(r"<br\s*/?>|</(p|li|h\d|tr|div|pre)>")
_TAG = re.compile(r"<[^>]+>")
_HANZI = re.compile(r"[\u4e00-\u9fff]")


def _files(name: str) -> list[Path]:
    pattern, root, _package = CORPORA[name]
    if pattern.startswith("{"):
        return [root / part for part in pattern[1:-1].split(",") if (root / part).is_file()]
    files = sorted(root.glob(pattern)) if root.is_dir() else []
    return files[::MANPAGE_STRIDE] if name == "manpages" else files


def available(name: str) -> bool:
    return bool(_files(name))


def missing_message(name: str) -> str:
    package = CORPORA[name][2]
    return f"the {name} corpus needs Debian's {package}: apt-get install {package}"


def _plain(name: str, path: Path) -> str:
    """One file as plain text: a fortune file without its ``%`` separators and colours, a man
    page without roff requests and font escapes, an HTML chapter without markup."""
    if name == "manpages":
        text = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        return _ROFF_REQUEST.sub("", _ROFF_FONT.sub("", _ROFF_COMMENT.sub("", text)))
    text = path.read_text(encoding="utf-8", errors="replace")
    if name == "reference":
        text = html.unescape(_TAG.sub("", _HTML_BREAK.sub("\n", _HTML_DROP.sub("", text))))
        return re.sub(r"\n\s*\n+", "\n", text)
    return _ANSI.sub("", text.replace("%\n", "\n"))


@cache
def documents(name: str) -> tuple[str, ...]:
    """The corpus ``name`` as documents (whole lines, files in sorted order)."""
    if not available(name):
        raise FileNotFoundError(missing_message(name))
    lines = (line for path in _files(name) for line in _plain(name, path).split("\n"))
    docs = gathered(lines, CHARACTERS_PER_DOCUMENT)
    return tuple(doc for doc in docs if len(_HANZI.findall(doc)) >= MIN_HANZI)
