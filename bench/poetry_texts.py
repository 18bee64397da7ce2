"""Books of poems and classical prose from npm's ``chinese-poetry``: a larger corpus of verse.

Debian's fortunes-zh (bench/debian_texts.py) gave the benchmark its first books of poems, but its
held-out part (song100) has 206 real look-alikes: too few to judge a verse rule on. The npm
package ``chinese-poetry`` (version CHINESE_POETRY_VERSION, MIT licence; the texts themselves are
centuries old and in the public domain) bundles, as JSON, the Song ci (全宋词), Five-Dynasties ci
(花间集, 南唐二主词), Nalan Xingde's ci, Yuan qu (元曲), the Book of Songs (诗经), the Songs of Chu
(楚辞), the Analects (论语), 幽梦影 and Cao Cao's poems, all in simplified characters.

Two parts, fixed before any result was looked at:

* ``dev`` (may be read while working on a rule): the Five-Dynasties and Nalan ci, every
  QU_STRIDE-th Yuan qu, and the even documents of the classics;
* ``heldout`` (only ever scored): every CI_STRIDE-th Song ci and the odd documents of the
  classics. All Song ci are held out because Debian's held-out song100 is drawn from them.

A work is printed as a book prints it: its title, its author, then its lines (a ci or a qu, whose
source splits it at every sentence, as one paragraph). Works are cut into documents of at least
CHARACTERS_PER_DOCUMENT characters, whole works. Install once, outside the repository, with
``npm install --prefix ~/.local/share/cleaner chinese-poetry@2.0.1`` (85 MB download, 362 MB
installed), or point CLEANER_CHINESE_POETRY at the package's folder; never downloaded at run
time: absent, the corpus is skipped with a line saying so.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from bench.corpus import gathered

CHINESE_POETRY_VERSION = "2.0.1"
#: The environment variable naming the installed package's folder (the one holding ``dist``).
ROOT_VARIABLE = "CLEANER_CHINESE_POETRY"
CHARACTERS_PER_DOCUMENT = 3000
#: Every CI_STRIDE-th of the 21,053 Song ci (about 0.34 M characters) and every QU_STRIDE-th of
#: the 11,057 Yuan qu (about 0.32 M): a corpus the size of the other genres', scored in minutes.
CI_STRIDE = 5
QU_STRIDE = 3
PARTS = ("dev", "heldout")

_SONG_CI_FILE = re.compile(r"ci\.song\.\d+\.json")


def corpus_path() -> Path | None:
    """The installed package's ``dist`` folder, or None."""
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    root = os.environ.get(ROOT_VARIABLE) or os.path.join(data_home, "cleaner", "node_modules", "chinese-poetry")
    dist = Path(root) / "dist"
    return dist if (dist / "lunyu" / "lunyu.json").is_file() else None


def missing_message() -> str:
    return (
        f"the poetry corpus needs npm's chinese-poetry: npm install --prefix ~/.local/share/cleaner "
        f"chinese-poetry@{CHINESE_POETRY_VERSION} (or set {ROOT_VARIABLE})"
    )


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def _work(heading: str, author: str, lines: list[str], *, one_paragraph: bool) -> str:
    body = ["".join(lines)] if one_paragraph else [line for line in lines if line.strip()]
    return "\n".join([line for line in (heading, author) if line] + body)


def _ci(path: Path, lines_key: str = "paragraphs") -> Iterator[str]:
    for item in _load(path):
        heading = item.get("title") or item.get("rhythmic", "")
        yield _work(heading, item.get("author", ""), item[lines_key], one_paragraph=lines_key == "paragraphs")


def _song_ci(dist: Path) -> Iterator[str]:
    # ci.song.2019y.json, a later addition in traditional characters, is left out.
    files = [path for path in dist.glob("songci/ci.song.*.json") if _SONG_CI_FILE.fullmatch(path.name)]
    items = [item for path in sorted(files, key=lambda path: int(path.name.split(".")[2])) for item in _load(path)]
    for item in items[::CI_STRIDE]:
        yield _work(item["rhythmic"], item["author"], item["paragraphs"], one_paragraph=True)


def _yuan_qu(dist: Path) -> Iterator[str]:
    for item in _load(dist / "yuanqu/yuanqu.json")[::QU_STRIDE]:
        yield _work(item["title"], item["author"], item["paragraphs"], one_paragraph=True)


def _five_dynasties_and_nalan(dist: Path) -> Iterator[str]:
    for path in sorted(dist.glob("wudaishici/huajianji/huajianji-*-juan.json")):
        yield from _ci(path)
    yield from _ci(dist / "wudaishici/nantang/poetrys.json")
    # Nalan's lines come without their closing marks, one to a line: kept as lines.
    yield from _ci(dist / "nalanxingde/纳兰性德诗集.json", lines_key="para")


def _classics(dist: Path) -> Iterator[str]:
    for item in _load(dist / "lunyu/lunyu.json"):
        yield _work(item["chapter"], "", item["paragraphs"], one_paragraph=False)
    for item in _load(dist / "shijing/shijing.json"):
        yield _work(item["title"], f"{item['chapter']}·{item['section']}", item["content"], one_paragraph=False)
    for item in _load(dist / "chuci/chuci.json"):
        yield _work(item["title"], item["author"], item["content"], one_paragraph=False)
    for item in _load(dist / "caocaoshiji/caocao.json"):
        yield _work(item["title"], "曹操", item["paragraphs"], one_paragraph=False)
    for item in _load(dist / "youmengying/youmengying.json"):
        yield _work("", "", [item["content"], *item.get("comment", [])], one_paragraph=False)


def _documents_of(works: Iterator[str]) -> list[str]:
    """Whole works, blank-line separated, gathered into documents of CHARACTERS_PER_DOCUMENT or more."""
    return gathered(works, CHARACTERS_PER_DOCUMENT, sep="\n\n")


@cache
def documents(part: str) -> tuple[str, ...]:
    """The ``dev`` or ``heldout`` part of the corpus as documents."""
    dist = corpus_path()
    if dist is None:
        raise FileNotFoundError(missing_message())
    classics = _documents_of(_classics(dist))
    if part == "dev":
        return (*_documents_of(_five_dynasties_and_nalan(dist)), *_documents_of(_yuan_qu(dist)), *classics[::2])
    if part == "heldout":
        return (*_documents_of(_song_ci(dist)), *classics[1::2])
    raise ValueError(f"part must be one of {PARTS}, not {part!r}")
