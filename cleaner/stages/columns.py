"""Stage ``columns``: lines of neighbouring newspaper columns that OCR joined, and their reading order.

OCR that reads a row band of a page straight across the columns joins the lines of different
columns into one paragraph: ``流动警务 国边检改革创新重点项目`` (seed 000).

Lines. A paragraph is cut into lines at the spaces between Chinese characters the OCR left
(gutters), but not at a space after a clause mark ，、；： (typed inside sentences: ``要注意的是，
结帐时``; OCR sets one after a wide mark). The column's line width is learnt from those pieces
(most are one line, some several); pieces wider than a line, and long paragraphs without any
join space, are cut on it by a dynamic programme: full lines never run over the measure (hung
marks aside), short lines end a paragraph, no line starts with ，。、 (kinsoku), cuts avoid
points where the text reads on and take a space left inside a piece where one falls right.

Layout. Nothing moves unless the layout shows columns (:func:`_shows_columns`): every line of
the paragraph but its last (one in eight may be odd) is a full line of the width or a short one
that ends a paragraph, most are full, and at least four of them, a third of its lines, are full
lines that end at a gutter, not on a mark. A cut at a guessed width is no evidence (any text
can be cut so): a paragraph without such lines of its own is cut only on a page width shown by
twelve full lines between gutters, half of the page's. (A sweep over 35,000 real reviews found
a review without a space cut on the width of another's typed phrases, and one cut at its
``， ``: both scrambled, now both left alone.)

Evidence that one line reads on into another: a word of the lexicon spans the join (总|站,
为|期, 结|构, 中|心); a character pair occurs inside the lexicon's words or in the nearby
paragraphs; a digit meets its unit (6月8|日); a line starting with ， continues one that stopped
mid-clause. Punctuation ending a line is no evidence (any line may follow it). On the
benchmark's lines: 43% of true joins and 4.5% of wrong ones read on.

Repair (rule ``columns``, confidence 0.85), only where a paragraph's lines interleave two or
three columns regularly (every k-th line continues the one k before, as when each row holds
a line of each column) and clearly more joins read on that way than in text order: the first
column's lines stay, the others are deleted and inserted after them, in column order. Where
such a band sits below a part of the page read column by column, and exactly one split of the
lines above reads on into the band's column blocks, each block is inserted after its column's
lines above instead. No character is lost or duplicated; the only ones dropped are the spaces
OCR put at the joins, and the edits say so.

Reports: ``columns-mixed`` for a paragraph whose strided reading is better but not by enough to
move, and for a join of two lines that do not read on where a frequent word spans from one of
them to a loose line nearby and a second sign agrees (irregular rows, as most of seed 000's:
``…十大法 民警、家属…`` where ``治事件…`` elsewhere continues ``十大法``); ``columns-stop`` for a
paragraph that stops mid-word or mid-sentence where the next one does not continue it (its
continuation may be in another column). Irregular mixes are reported, never moved: on clean
text set in one column, an irregular split of a paragraph's lines into two columns finds as
much evidence (up to +13.5 log-odds over text order) as it does on seed 000 (+9.4).

Speed (pages of narrow columns, seed 002, have a stop on nearly every line): the join spaces,
stops and paragraphs are found by three scans of the whole text; only paragraphs that can hold
three lines are cut and judged; the document's character pairs are counted only for the few
pairs asked about; the lexicon's pair table answers "no word here" before any word is looked up.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import NamedTuple

from cleaner import lexicon
from cleaner.chars import (
    BYLINE_RE,
    CJK_PUNCT_CLASS,
    CLOSING_PUNCT,
    CLOSING_QUOTES,
    HAN_CLASS,
    INLINE_SPACE_CLASS,
    LINE_END_PUNCT,
    LINE_START_FORBIDDEN_PUNCT,
    MARKDOWN_BLOCK_RE,
    NOT_ONE_WIDE_RE,
    OPEN_TO_CLOSE,
    SENTENCE_END_CLASS,
    display_width,
    is_han,
)
from cleaner.model import Edit, Finding, Span
from cleaner.stages.base import Stage, StageContext

RULE_MOVE = "columns"
RULE_MIXED = "columns-mixed"
RULE_STOP = "columns-stop"

#: A run of inline spaces between two Chinese characters (hanzi or Chinese punctuation): where
#: OCR joined two lines. The trigger of the stage.
_CJK = f"[{HAN_CLASS}{CJK_PUNCT_CLASS}]"
#: (Written to start with the space: the regex engine then skips to the next space at once,
#: instead of trying the look-behind at every character.)
_CLAUSE_PUNCT = "\uff0c\u3001\uff1b\uff1a"  # ，、；：
#: Not a space after a clause mark: people type ``， `` inside a sentence, and OCR sets a space
#: after a wide mark (seed 000: ``作主线， 团结带领``); a column line that ends on ``，`` is cut
#: at the column's width instead, where the paragraph shows one (:func:`_cut_at_width`). (Unless
#: a mark that starts no clause follows: ``， ，`` is no typed sentence.)
_LINE_START_FORBIDDEN_CLASS = re.escape("".join(sorted(LINE_START_FORBIDDEN_PUNCT)))
_JOIN_SPACE_RE = re.compile(
    f"[{INLINE_SPACE_CLASS}](?<={_CJK}[{INLINE_SPACE_CLASS}])"
    f"(?:(?<![{_CLAUSE_PUNCT}][{INLINE_SPACE_CLASS}])|(?=[{INLINE_SPACE_CLASS}]*[{_LINE_START_FORBIDDEN_CLASS}]))"
    f"[{INLINE_SPACE_CLASS}]*(?={_CJK})"
)
#: A run of inline spaces (inside a fragment: after a clause mark, or beside Latin letters and digits).
_INLINE_SPACES = frozenset(INLINE_SPACE_CLASS)
#: A line that holds clause punctuation and ends on a hanzi: it stops mid-sentence. It matches
#: from the line's last clause mark to the line's end; group 2 is the white space after it (it
#: ends where the next paragraph's text starts). The run after a mark is taken whole (group 1:
#: an atomic group as Python 3.10 can write it), so that the engine does not back off it
#: character by character at every clause mark of a line that goes on.
_STOP_RE = re.compile(f"[{_CLAUSE_PUNCT}](?=([^\\n{_CLAUSE_PUNCT}]*))\\1(?<=[{HAN_CLASS}])$(\\s*)", re.MULTILINE)
#: A line with something besides white space on it: a paragraph.
_PARAGRAPH_RE = re.compile(r"[^\n]*\S[^\n]*")  # (a match starts where a line does)
_NON_SPACE_RE = re.compile(r"\S")
#: What a paragraph's last line (short) ends with: a sentence's end, a closing quote or bracket
#: (``…介绍说。”``, ``（张佳良）``).
_PARAGRAPH_END_CHARS = frozenset(SENTENCE_END_CLASS + CLOSING_PUNCT + '"')
#: What a line after a suspect join may not start with (see :func:`_suspect_joins`).
_NOT_AFTER_A_BREAK = LINE_START_FORBIDDEN_PUNCT | frozenset(OPEN_TO_CLOSE) | frozenset('"(')
#: An opening bracket not closed after it (in the line).
_BRACKET_OPEN_RE = re.compile("[\uff08(][^\uff09)]*$")
#: An ASCII double quote beside a Chinese character.
_ASCII_QUOTE_IN_CHINESE_RE = re.compile(f'(?<={_CJK})"|"(?={_CJK})')

#: A column is 8 to 40 characters wide (display units: hanzi 1, ASCII 1/2).
MIN_WIDTH, MAX_WIDTH = 8, 40
#: Join scores: a word spans the join; a pair of characters that occur together (in the
#: lexicon's words, or elsewhere in the document); a line starting with punctuation that may
#: not start a line continues the one before it. A join scoring GOOD_SCORE or more reads on.
WORD_SCORE, LONG_WORD_BONUS, PAIR_SCORE, PUNCT_START_SCORE, GOOD_SCORE = 2.0, 0.5, 1.5, 1.5, 1.0
#: Summed frequency of the lexicon's words a character pair must occur in to count.
COMMON_PAIR_FREQ = 100
#: A line width is learnt from at least this many lines (a paragraph's last line left out: it
#: is short); a paragraph without join spaces is cut on the page's when GRID_MIN_WIDTHS lines wide.
MIN_WIDTH_SAMPLES, GRID_MIN_WIDTHS = 4, 2.5
#: A layout shows columns (a move needs it): every line of the paragraph but its last is a full
#: line of the column's width or a short one that ends a paragraph, most are full, and at least
#: MIN_OWN_LINES of them, a third of its lines at least, are full lines that end at one of the
#: OCR's spaces (gutters: a line cut at a guessed width proves nothing, any text can be cut so)
#: and not on a mark (typed spaces follow marks; gutters fall anywhere). A paragraph with fewer
#: (a line without any gap, or a typed line with a few spaces in it) is cut on the page's width
#: only where the page shows it on at least PAGE_MIN_LINES full lines between gutters, half
#: its lines at least: one review typed in phrases of about 8 characters does not make a page
#: of columns of 8 (ChnSentiCorp: a review without a space was cut and scrambled so).
MIN_OWN_LINES, PAGE_MIN_LINES = 4, 12
#: One line in so many may be odd (short inside a paragraph: OCR broke a line at a stray space).
ODD_LINE_EVERY = 8
#: How many paragraphs on either side of a cut one lend their character pairs as evidence.
PAIR_CONTEXT = 5
#: How much better (mean score per join) the interleaved reading must be, and how many joins
#: at least must have a word or punctuation across them, before the stage moves anything.
MIN_GOOD_JOINS, MIN_FRAGMENTS_PER_COLUMN = 3, 3
#: Log-likelihood ratios of a join across which a word reads on (about 46% of true joins after
#: a hanzi, 4% of wrong ones, on the benchmark's lines), a character pair (21% / 5%), nothing
#: (the rest; tuned on the benchmark). The strided reading must beat text order by MIN_LLR
#: (odds of e^6, about 400 to 1) and chance (every join wrong) by MIN_OWN_LLR: text order alone
#: is no fair rival, as cuts made without a space to go by avoid the points where the text
#: reads on. Over 2,454 paragraphs of the clean seeds set in one column (widths 8-40, lines
#: joined with or without spaces) no reading that beats text order by MIN_LLR beats chance by
#: more than 3.1.
LLR_WORD, LLR_GOOD, LLR_BAD, MIN_LLR, MIN_OWN_LLR = 2.45, 1.4, -0.78, 6.0, 4.5
#: What follows a number in the same phrase: units, measure words, dates.
NUMBER_FOLLOWERS = frozenset("年月日时分秒号个名人次件起万亿元米里%．.")
MOVE_CONFIDENCE = 0.85
#: How many paragraphs on either side of a suspect join to look for its lines' continuations.
DISPLACED_WINDOW = 6
#: ... and where the line whose continuation it would be stops mid-word.
DISPLACED_FAR_WINDOW = 16
#: ... and at most so many lines away (paragraphs of a page read column by column are long).
DISPLACED_LINES, DISPLACED_FAR_LINES = 40, 100
#: How frequent a word across a join must be to count as a line's continuation elsewhere.
STRONG_WORD_FREQ = 500
#: How far a full line's width may be from the column's (punctuation is set narrower at line ends).
WIDTH_SLACK = 1.0
SHORT_LINE_COST = 1.0
#: At most so many marks hang at a line's end beyond the measure (，。 after a closing bracket).
MAX_HUNG = 2
#: The cost of cutting lines where the text reads on across the cut.
CUT_READS_ON_COST = 0.75
#: ... and the gain of cutting at a space (after a clause mark: not taken for a join, but where a
#: column's line ends on ，, the OCR's space is there).
CUT_AT_SPACE_BONUS = 0.25
SENTENCE_END_CHARS = frozenset(SENTENCE_END_CLASS)


class Fragment(NamedTuple):
    """A piece of a paragraph between two joins: ``text[start:end]``; ``lead`` is the span of the
    separator (spaces or nothing) before it. (A named tuple: a document has thousands.)"""

    start: int
    end: int
    lead_start: int
    text: str


def detect(text: str, ctx: StageContext) -> list[Finding]:
    joins = [m.span() for m in _JOIN_SPACE_RE.finditer(text)]
    stops = [m.span(2) for m in _STOP_RE.finditer(text)]
    if not joins and not stops:
        return []
    findings: list[Finding] = _stop_findings(text, stops)
    if joins:
        paragraphs = [m.span() for m in _PARAGRAPH_RE.finditer(text)]
        split = _joins_by_paragraph(paragraphs, joins)
        # The page's line width, from the paragraphs whose join spaces survived: paragraphs that
        # kept too few to tell their own, and long ones that kept none (cjk-space removed them
        # as a regular grid), are cut on it. (Its lines without the paragraph's last, which is
        # short; a line of fewer than MIN_WIDTH characters is narrower than any width.)
        widths: list[float] = []
        for (cursor, _), inner in split.items():
            for a, b in inner:
                if a - cursor >= MIN_WIDTH:
                    widths.append(_measure(text[cursor:a]))
                cursor = b
        page_width = line_width(widths)
        if page_width is not None:
            full = _full_lines(widths, page_width)
            if full < PAGE_MIN_LINES or 2 * full < len(widths):
                page_width = None  # the page shows no column width a line without gaps could be cut on
        # Only paragraphs of three lines or more can show an interleaving. Two pieces become
        # three only where one is wider than a line (it is then cut on the page's width: two
        # pieces are too few to tell their own); no text is wider than its number of characters.
        reach = None if page_width is None else page_width + WIDTH_SLACK + 0.5
        cut: dict[tuple[int, int], list[Fragment]] = {}
        regular: set[tuple[int, int]] = set()  # paragraphs whose layout shows columns
        measured: set[tuple[int, int]] = set()  # ... and those with a line width at least
        for p, inner in split.items():
            if len(inner) < 2:
                if reach is None:
                    continue
                (a, b), (start, end) = inner[0], p
                if not any(y - x >= reach and _width(text[x:y]) >= reach for x, y in ((start, a), (b, end))):
                    continue
            pieces = _split_at_spaces(text, *p)
            own = line_width([_measure(f.text) for f in pieces[:-1]])  # the last line is short
            width = own or page_width
            cut[p] = lines = pieces if width is None else [line for f in pieces for line in _cut_at_width(f, width)]
            if width is not None:
                measured.add(p)
                if _shows_columns(lines, {a for a, _ in inner}, width, own is None):
                    regular.add(p)
        if page_width is not None:
            grid = GRID_MIN_WIDTHS * page_width
            for p in paragraphs:
                if p[1] - p[0] >= grid and p not in split and display_width(text[p[0] : p[1]]) >= grid:
                    cut[p] = _cut_at_width(Fragment(p[0], p[1], p[0], text[p[0] : p[1]]), page_width)
                    measured.add(p)
                    if _shows_columns(cut[p], set(), page_width, True):
                        regular.add(p)
        cut = {p: pieces for p, pieces in cut.items() if len(pieces) > 2}
        ev = Evidence(lambda: _nearby_pairs(text, paragraphs, cut))
        if cut:
            findings.extend(_reading_order(text, paragraphs, cut, regular, measured, page_width, ev))
        findings.extend(_displaced_lines(text, paragraphs, split, ev))
    return findings


def _full_lines(widths: list[float], width: float) -> int:
    """How many of ``widths`` (:func:`_measure`) are one full line of ``width``."""
    return sum(1 for w in widths if abs(w - width) <= WIDTH_SLACK)


def _measure(line: str) -> float:
    """The width of a line without the marks at its end, which may hang beyond the measure
    (``…行动计划（2023-2025年），``: two of them)."""
    hung = 0
    while hung < MAX_HUNG and hung < len(line) and line[-1 - hung] in LINE_END_PUNCT:
        hung += 1
    return _width(line[: len(line) - hung] if hung else line)


def _shows_columns(lines: list[Fragment], gutters: set[int], width: float, on_page: bool) -> bool:
    """Does the layout of a paragraph cut into ``lines`` show columns of ``width``: every line but
    the last full or ending a paragraph, and enough full lines that end at a gutter (``gutters``:
    where the OCR's join spaces start)? ``on_page``: the width is the page's (the page showed it)."""
    own = full = 0
    odd = (len(lines) - 1) // ODD_LINE_EVERY  # a line the OCR broke at a stray space
    for line in lines[:-1]:
        w = _width(line.text)
        if w >= width - WIDTH_SLACK and _measure(line.text) <= width + WIDTH_SLACK:
            full += 1
            # a gutter falls anywhere in the text; a typed space mostly after a mark: a line that
            # ends on one at the column's width may be a sentence of that length (订单号 …！)
            own += line.end in gutters and line.text[-1:] not in LINE_END_PUNCT
        elif w > width or not line.text or line.text[-1] not in _PARAGRAPH_END_CHARS:
            odd -= 1  # a short line inside a paragraph, or a line wider than the column
            if odd < 0:
                return False
    # most lines are full (a paragraph ends in few of them); enough of them end at a gutter
    count = len(lines) - 1
    return 2 * full >= count and (on_page or (own >= MIN_OWN_LINES and 3 * own >= count))


def _width(text: str) -> float:
    """:func:`display_width`, at once for text of hanzi and Chinese punctuation only (most lines)."""
    return len(text) if NOT_ONE_WIDE_RE.search(text) is None else display_width(text)


def _joins_by_paragraph(
    paragraphs: list[tuple[int, int]], joins: list[tuple[int, int]]
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """The join spaces of each paragraph that has any (a join space never spans a line break)."""
    starts = [p[0] for p in paragraphs]
    out: dict[tuple[int, int], list[tuple[int, int]]] = {}
    current: list[tuple[int, int]] = []
    end = -1
    for join in joins:
        if join[0] >= end:
            p = paragraphs[bisect.bisect_right(starts, join[0]) - 1]
            current, end = out.setdefault(p, []), p[1]
        current.append(join)
    return out


def _reading_order(
    text: str,
    paragraphs: list[tuple[int, int]],
    cut: dict[tuple[int, int], list[Fragment]],
    regular: set[tuple[int, int]],
    measured: set[tuple[int, int]],
    page_width: float | None,
    ev: Evidence,
) -> list[Finding]:
    """Findings for every paragraph cut into lines; moves for those that read columns across
    (only where the paragraph's layout shows columns: ``regular``; the others are reported, if
    their lines have a width at all: ``measured``)."""
    findings: list[Finding] = []
    bands: dict[int, tuple[int, float]] = {}
    for index, p in enumerate(paragraphs):
        pieces = cut.get(p)
        if pieces is None or len(pieces) < 2:
            continue
        natural = [ev.join(a.text, b.text) for a, b in itertools.pairwise(pieces)]
        move, hint = _interleaving(pieces, natural, ev)
        if move is not None and p in regular:
            bands[index] = move
            continue
        hint = hint or move
        if hint is not None and p in measured:  # pieces of no common width: no sign of columns
            k, gain = hint
            message = (
                f"this paragraph may hold the lines of {k} columns read across (log-odds {gain:.1f} for joining "
                f"every {k}th line): too little evidence to reorder it"
            )
            findings.append(Finding(RULE_MIXED, Span(pieces[0].start, pieces[-1].end), message, 0.5))
    claimed: set[int] = set(bands)
    for index, (k, gain) in sorted(bands.items()):
        pieces = cut[paragraphs[index]]
        width = line_width([_measure(f.text) for f in pieces[:-1]]) or page_width
        placed = None
        if width is not None:
            placed = _place_blocks(text, paragraphs, cut, index, k, gain, width, claimed, ev)
        findings.extend(placed if placed is not None else _move_findings(text, pieces, k, gain))
    return findings


def _displaced_lines(
    text: str,
    paragraphs: list[tuple[int, int]],
    split: dict[tuple[int, int], list[tuple[int, int]]],
    ev: Evidence,
) -> list[Finding]:
    """``columns-mixed`` findings for lines joined across columns at a join space, where the
    rows were not read regularly enough for :func:`_interleaving` to see it (seed 000).

    A join is suspect where the line before it stops on a hanzi (mid-clause) and no word spans
    it into the line after. It is reported where a frequent word spans from the line before it
    into a loose line nearby (one the line before it in the text does not lead into), or from a
    loose line into the line after it (``十大法`` + ``治事件``: 法治; ``入选全`` + ``国边检``: 全国),
    and one more sign says the lines are out of place: both have such a continuation, or the
    paragraph holds quotation marks ``width`` could not pair. A line that stops mid-word
    (``专训机``) may find its continuation further away. Only a report: which of several such
    lines goes where is not settled by one word.
    """
    suspects = _suspect_joins(text, split, ev)
    if not suspects:
        return []
    index = {p: i for i, p in enumerate(paragraphs)}
    region = _Region(text, paragraphs, split, ev)
    findings: list[Finding] = []
    for p, joins in suspects.items():
        i = index[p]
        near = range(max(0, i - DISPLACED_WINDOW), min(len(paragraphs), i + DISPLACED_WINDOW + 1))
        far = range(max(0, i - DISPLACED_FAR_WINDOW), min(len(paragraphs), i + DISPLACED_FAR_WINDOW + 1))
        unpaired = _quotes_unpaired(text[p[0] : p[1]])
        pieces = region.lines(i)
        for k in joins:
            a, b = pieces[k], pieces[k + 1]
            a_stops = _stops_mid_word(a.text, region.pairs)
            window, reach = (far, DISPLACED_FAR_LINES) if a_stops else (near, DISPLACED_LINES)
            onward = region.onward(i, k, window, reach)
            if not onward and not unpaired:
                continue  # both are needed
            back = region.back(i, k, near, far)
            if onward and back:
                sign = "both lines have such a continuation"
            elif (onward or back) and unpaired:
                sign = "the paragraph holds quotation marks that do not pair up"
            else:
                continue
            found = " and ".join(filter(None, (onward, back)))
            message = (
                f"line '{a.text[-6:]}' does not read on into '{b.text[:6]}', but {found} "
                f"({sign}): lines of different columns may be joined here"
            )
            findings.append(Finding(RULE_MIXED, Span(a.start, b.end), message, 0.5))
    return findings


def _suspect_joins(
    text: str, split: dict[tuple[int, int], list[tuple[int, int]]], ev: Evidence
) -> dict[tuple[int, int], list[int]]:
    """Per paragraph, the join spaces (their number in it) where the line before stops on a
    hanzi and no word spans into the line after. Not where the line after starts with ，。 and
    the like (it continues), or opens a quotation or a title (a space is often set before
    those: 开展 “五分钟党…), nor inside brackets (names: （王国强 陈克强）). Both lines must be as
    wide as a column at least (headings are short: 尽锐出击 惠泽平安), and the paragraph no
    Markdown block or byline."""
    suspects: dict[tuple[int, int], list[int]] = {}
    for p, inner in split.items():
        start = p[0]  # of the line before the join
        for k, (space, after) in enumerate(inner):
            end = inner[k + 1][0] if k + 1 < len(inner) else p[1]  # of the line after it
            line_start, start = start, after
            if space - line_start < MIN_WIDTH or end - after < MIN_WIDTH:
                continue
            if text[after] in _NOT_AFTER_A_BREAK or not is_han(text[space - 1]):
                continue
            if _BRACKET_OPEN_RE.search(text, line_start, space):
                continue
            # (ev.join(...) < WORD_SCORE, as it is here: asking only for a word spares a short
            # document the pair table, which takes a second to build)
            if _word_across(text[space - 3 : space], text[after : min(after + 3, end)]) is None:
                suspects.setdefault(p, []).append(k)
    # (the paragraph checked last: few have a suspect join)
    return {
        p: joins
        for p, joins in suspects.items()
        if not MARKDOWN_BLOCK_RE.match(text[p[0] : p[1]]) and not BYLINE_RE.match(text[p[0] : p[1]])
    }


class _Region:
    """The lines of the paragraphs (at their join spaces: width cuts are guesses, left out),
    cut when first asked for, and how well each is attached to its neighbours in the text."""

    def __init__(
        self,
        text: str,
        paragraphs: list[tuple[int, int]],
        split: dict[tuple[int, int], list[tuple[int, int]]],
        ev: Evidence,
    ) -> None:
        self.text, self.paragraphs, self.split, self.ev = text, paragraphs, split, ev
        self.pairs = lexicon.pair_table()
        self._lines: dict[int, list[Fragment]] = {}
        self._start_lists: dict[int, list[int]] = {}
        self._end_lists: dict[int, list[int]] = {}
        # where each paragraph's lines start, counted in lines (a paragraph holds one more line
        # than join spaces)
        self.first_line = list(itertools.accumulate((len(split.get(p, ())) + 1 for p in paragraphs), initial=0))

    def lines(self, i: int) -> list[Fragment]:
        found = self._lines.get(i)
        if found is None:
            p = self.paragraphs[i]
            found = self._lines[i] = (
                _split_at_spaces(self.text, *p)
                if p in self.split
                else [Fragment(p[0], p[1], p[0], self.text[p[0] : p[1]])]
            )
        return found

    def _before(self, i: int, k: int) -> Fragment | None:
        if k:
            return self.lines(i)[k - 1]
        return self.lines(i - 1)[-1] if i else None

    def _after(self, i: int, k: int) -> Fragment | None:
        pieces = self.lines(i)
        if k + 1 < len(pieces):
            return pieces[k + 1]
        return self.lines(i + 1)[0] if i + 1 < len(self.paragraphs) else None

    def _spans(self, left: str, right: str) -> bool:
        """Does a frequent word span from ``left`` (ending on a hanzi) into ``right``?"""
        if self.pairs is not None and self.pairs.get(left[-1] + right[0], 0) < STRONG_WORD_FREQ:
            return False  # every such word holds the two characters that meet
        return _strong_word(left, right)

    def onward(self, i: int, k: int, window: range, reach: int) -> str:
        """A loose line (the line before it in the text does not lead into it) in ``window``,
        at most ``reach`` lines away, other than the next one, that a frequent word spans to
        from line ``k`` of paragraph ``i``."""
        a = self.lines(i)[k]
        place, last = self.first_line[i] + k, a.text[-1]
        for j in window:
            starts = self._starts(j)
            for m in self._within(j, place, reach):
                if (j, m) == (i, k + 1) or not self._pair(last, starts[m]):
                    continue
                x = self.lines(j)[m]
                if self._spans(a.text, x.text):
                    before = self._before(j, m)
                    if before is None or not _good(self.ev.join(before.text, x.text)):
                        return f"it reads on into '{x.text[:6]}'"
        return ""

    def back(self, i: int, k: int, near: range, far: range) -> str:
        """A loose line (stopping on a hanzi, not leading into the line after it in the text),
        other than line ``k`` of paragraph ``i``, that a frequent word spans from into the line
        after that: in ``near`` (at most :data:`DISPLACED_LINES` lines away), or in ``far``
        where it stops mid-word."""
        b = self.lines(i)[k + 1]
        place, first = self.first_line[i] + k + 1, b.text[0]
        for j in far:
            ends = self._ends(j)
            for m in self._within(j, place, DISPLACED_FAR_LINES):
                distance = abs(self.first_line[j] + m - place)
                if (j, m) == (i, k) or not self._pair(ends[m] - 1, first):
                    continue
                y = self.lines(j)[m]
                if not is_han(y.text[-1]) or not self._spans(y.text, b.text):
                    continue
                after = self._after(j, m)
                if after is not None and _good(self.ev.join(y.text, after.text)):
                    continue
                if (j in near and distance <= DISPLACED_LINES) or _stops_mid_word(y.text, self.pairs):
                    return f"'{y.text[-6:]}' reads on into it"
        return ""

    def _within(self, j: int, place: int, reach: int) -> range:
        """The lines of paragraph ``j`` at most ``reach`` lines from line ``place`` of the text:
        only those are looked at, so a paragraph of thousands of join spaces (one long line of
        set-apart tokens) costs its neighbours, not its length, per line."""
        first, count = self.first_line[j], self.first_line[j + 1] - self.first_line[j]
        return range(max(0, place - reach - first), min(count, place + reach - first + 1))

    def _starts(self, j: int) -> list[int]:
        """Where the lines of paragraph ``j`` start (without cutting it); kept, as every line
        near the paragraph asks."""
        found = self._start_lists.get(j)
        if found is None:
            p = self.paragraphs[j]
            found = self._start_lists[j] = [p[0], *(end for _, end in self.split.get(p, ()))]
        return found

    def _ends(self, j: int) -> list[int]:
        found = self._end_lists.get(j)
        if found is None:
            p = self.paragraphs[j]
            found = self._end_lists[j] = [*(start for start, _ in self.split.get(p, ())), p[1]]
        return found

    def _pair(self, left: str | int, right: str | int) -> bool:
        """Could a frequent word hold these two characters (given, or at these offsets)?"""
        if self.pairs is None:
            return True
        pair = (self.text[left] if isinstance(left, int) else left) + (
            self.text[right] if isinstance(right, int) else right
        )
        return self.pairs.get(pair, 0) >= STRONG_WORD_FREQ


def _quotes_unpaired(paragraph: str) -> bool:
    """Are there quotation marks in ``paragraph`` that ``width`` could not pair: ASCII ones
    beside Chinese characters? (It turns those it can pair into “ and ”.)

    >>> _quotes_unpaired('治事件"和"十佳法治人物""双料"奖项。 边境"建设'), _quotes_unpaired('“北疆”')
    (True, False)
    """
    return _ASCII_QUOTE_IN_CHINESE_RE.search(paragraph) is not None


def _stops_mid_word(line: str, pairs: dict[str, int] | None) -> bool:
    """Does ``line`` end on a hanzi that ends no word (of 2 to 4 characters: 专训机, 入选全)?"""
    if not line or not is_han(line[-1]):
        return False
    if pairs is not None and (len(line) < 2 or pairs.get(line[-2:], 0) < lexicon.COMMON_WORD_FREQ):
        return True  # every such word holds the last two characters
    return not any(lexicon.is_word(line[-n:]) for n in (2, 3, 4) if len(line) >= n)


def _strong_word(left: str, right: str) -> bool:
    """Does a word of :data:`STRONG_WORD_FREQ` or more span the join (not one of the rare words
    any two lines may happen to form: 日|用)?"""
    return lexicon.word_across(left[-3:], right[:3], min_freq=STRONG_WORD_FREQ) is not None


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-empty line."""
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, offset + len(line)
        offset += len(line) + 1


# -- join evidence ----------------------------------------------------------------------------
class Evidence:
    """Does one line read on into another? Words and character pairs of the lexicon, and the
    character pairs of the document itself (inside its lines, never across a join)."""

    def __init__(
        self, pairs: Counter[str] | PairCounts | Callable[[], Counter[str] | PairCounts] | None = None
    ) -> None:
        self._pairs = pairs if pairs is not None else Counter()
        self._scores: dict[tuple[str, str], float] = {}

    @property
    def pairs(self) -> Counter[str] | PairCounts:
        """The document's character pairs, counted on first use."""
        if callable(self._pairs):
            self._pairs = self._pairs()
        return self._pairs

    @staticmethod
    def neutral(left: str, right: str) -> bool:
        """A join after punctuation: any line may follow it, so it says nothing either way."""
        return (
            bool(left)
            and (left[-1] in LINE_END_PUNCT or left[-1] in CLOSING_QUOTES)
            and (not right or right[0] not in LINE_START_FORBIDDEN_PUNCT)
        )

    def join(self, left: str, right: str) -> float:
        """How well ``right`` reads on from ``left``: 0 is no evidence either way.

        Punctuation that ends a line is no evidence (any line may follow it), but a line that
        starts with ``，`` continues one that stopped mid-clause. (Remembered per document: the
        readings of a paragraph ask about the same joins again.)
        """
        key = (left[-3:], right[:3])  # all the score looks at
        score = self._scores.get(key)
        if score is None:
            score = self._scores[key] = self._join(*key)
        return score

    def _join(self, left: str, right: str) -> float:
        if not left or not right:
            return 0.0
        first, last = right[0], left[-1]
        if first in LINE_START_FORBIDDEN_PUNCT:
            return PUNCT_START_SCORE if last not in LINE_END_PUNCT else 0.0
        if last in LINE_END_PUNCT or last in CLOSING_QUOTES:
            return 0.0
        if last.isdigit() and (first.isdigit() or first in NUMBER_FOLLOWERS):
            return PAIR_SCORE  # a number and its unit or measure word: 6月8|日, 2|个
        word = _word_across(left[-3:], right[:3])
        if word is not None:
            return WORD_SCORE + (LONG_WORD_BONUS if len(word) >= 3 else 0.0)
        pair = last + first
        if self.pairs[pair] >= 1 or lexicon.bigram_frequency(pair) >= COMMON_PAIR_FREQ:
            return PAIR_SCORE
        return 0.0


def join_score(left: str, right: str) -> float:
    """How well ``right`` reads on from ``left``, on the lexicon's evidence alone.

    >>> join_score("首次联合天津总", "站举办警务实战") > join_score("首次联合天津总", "面对时代际遇")
    True
    """
    return Evidence().join(left, right)


def _good(score: float) -> bool:
    return score >= GOOD_SCORE


class PairCounts:
    """How often each character pair occurs in some lines of text, never across a line break or
    a join: counted when asked (a document asks about a few pairs; counting all of them costs
    more than the rest of the stage on a page of narrow columns). Each count scans the text, so
    after :data:`SCANS_BEFORE_COUNTING_ALL` of them every pair is counted at once: a book-long
    document asks about more pairs, and the scans would grow with its square."""

    def __init__(self, text: str, joins: Counter[str]) -> None:
        self._text, self._joins = text, joins  # lines joined by line breaks; the pairs across joins
        self._counts: dict[str, int] = {}
        self._all: Counter[str] | None = None
        self._scans_left = SCANS_BEFORE_COUNTING_ALL

    def __getitem__(self, pair: str) -> int:
        count = self._counts.get(pair)
        if count is None:
            count = self._counts[pair] = self._occurrences(pair) - self._joins[pair]
        return count

    def _occurrences(self, pair: str) -> int:
        if self._all is None and self._scans_left == 0:
            text = self._text
            self._all = Counter(map(operator.add, text, text[1:]))  # overlapping, as below
        if self._all is not None:
            return self._all[pair]
        self._scans_left -= 1
        if len(pair) == 2 and pair[0] == pair[1]:
            return len(re.findall(f"(?={re.escape(pair)})", self._text))  # 的的 in 的的的: twice
        return self._text.count(pair)  # two different characters never overlap


#: A scan of the text for one pair costs about a 300th of counting every pair in one pass.
SCANS_BEFORE_COUNTING_ALL = 256


def _nearby_pairs(
    text: str, paragraphs: list[tuple[int, int]], cut: dict[tuple[int, int], list[Fragment]]
) -> PairCounts:
    """The character pairs of the paragraphs around those cut into fragments (not across the cuts)."""
    index = {p: i for i, p in enumerate(paragraphs)}
    near: set[int] = set()
    for p in cut:
        i = index[p]
        near.update(range(max(0, i - PAIR_CONTEXT), min(len(paragraphs), i + PAIR_CONTEXT + 1)))
    joins: Counter[str] = Counter(
        text[f.start - 1 : f.start + 1] for p in cut if index[p] in near for f in cut[p] if p[0] < f.start < p[1]
    )
    return PairCounts("\n".join(text[paragraphs[i][0] : paragraphs[i][1]] for i in sorted(near)), joins)


def document_pairs(text: str, joins: set[int]) -> Counter[str]:
    """Character pairs of ``text``, except those across a line break or a join (offsets in ``joins``)."""
    pairs: Counter[str] = Counter()
    _count_pairs(pairs, text, joins)
    return pairs


def _count_pairs(pairs: Counter[str], text: str, joins: set[int]) -> None:
    """Add the pairs of :func:`document_pairs` to ``pairs`` (counted in C: map, not a loop)."""
    pairs.update(map(operator.add, text, text[1:]))
    for offset in joins:
        if 0 < offset < len(text):
            pairs[text[offset - 1 : offset + 1]] -= 1


# -- fragments --------------------------------------------------------------------------------
def fragments(text: str, start: int, end: int, page_width: float | None = None) -> list[Fragment]:
    """Cut ``text[start:end]`` at its join spaces, and fragments wider than the paragraph's line
    width (where ``cjk-space`` removed the spaces) at that width (``page_width`` when the
    paragraph has too few lines to tell)."""
    return _cut_lines(_split_at_spaces(text, start, end), page_width)


def _split_at_spaces(text: str, start: int, end: int) -> list[Fragment]:
    pieces: list[Fragment] = []
    cursor, lead = start, start
    for match in _JOIN_SPACE_RE.finditer(text, start, end):
        pieces.append(Fragment(cursor, match.start(), lead, text[cursor : match.start()]))
        lead, cursor = match.start(), match.end()
    pieces.append(Fragment(cursor, end, lead, text[cursor:end]))
    return pieces


def _cut_lines(pieces: list[Fragment], page_width: float | None) -> list[Fragment]:
    width = line_width([_measure(p.text) for p in pieces[:-1]]) or page_width  # the last line is short
    if width is None:
        return pieces
    out: list[Fragment] = []
    for piece in pieces:
        out.extend(_cut_at_width(piece, width))
    return out


def line_width(widths: list[float]) -> float | None:
    """The line width the fragments are multiples of (None when there are too few to tell).

    Most fragments are one line; where ``cjk-space`` removed the spaces between lines, a
    fragment is several lines, a multiple of the width.

    >>> line_width([20, 19.5, 20, 40, 20, 7])
    20
    """
    usable = Counter(w for w in widths if w >= MIN_WIDTH)  # each width once, with its count
    total = sum(usable.values())
    if total < MIN_WIDTH_SAMPLES:
        return None
    best: tuple[float, int] | None = None
    for width in range(MIN_WIDTH, MAX_WIDTH + 1):
        fit = exact = single = 0
        for w, count in usable.items():
            lines = round(w / width)
            if lines >= 1 and -WIDTH_SLACK <= w - lines * width <= 0.5:
                fit += count
                exact += count * (abs(w - lines * width) <= 0.5)
                single += count * (lines == 1)
        # most fragments are one line: lines of 16 are not pairs of lines of 8
        score = fit + 0.5 * exact + 2 * single
        if fit * 2 >= total and (best is None or score >= best[0]):
            best = (score, width)
    return best[1] if best else None


def _cut_at_width(piece: Fragment, width: float) -> list[Fragment]:
    """A fragment wider than a line, cut into the lines it most likely holds.

    Each line is full (its width within :data:`WIDTH_SLACK` of ``width``) or short and ends a
    paragraph (sentence-final punctuation): a dynamic programme over the cut points, fewest
    short and odd-width lines first.
    """
    text = piece.text
    if display_width(text) < width + WIDTH_SLACK + 0.5:
        return [piece]
    n = len(text)
    cum = [0.0] * (n + 1)
    for i, char in enumerate(text):
        cum[i + 1] = cum[i] + display_width(char)
    # Where lines of different columns were joined, the text does not read on across the cut;
    # inside a line it often does (a word or a character pair spans the point).
    reads_on = [False] * (n + 1)
    for q in range(1, n):
        reads_on[q] = _pair_reads_on(text[max(0, q - 3) : q], text[q : q + 3])
    # where a line cut at q ends without the spaces before q (they separate it from the next),
    # and the width of the marks hung at that end
    ends = list(range(n + 1))
    hung = [0.0] * (n + 1)
    for q in range(1, n + 1):
        if text[q - 1] in _INLINE_SPACES:
            ends[q] = ends[q - 1]
        e = ends[q]
        if e and text[e - 1] in LINE_END_PUNCT:
            hung[q] = 1.0 + (e > 1 and text[e - 2] in LINE_END_PUNCT)
    inf = float("inf")
    cost = [inf] * (n + 1)
    back = [0] * (n + 1)
    cost[0] = 0.0
    for p in range(n):
        if cost[p] == inf:
            continue
        q = p + 1
        while q <= n and cum[q] - cum[p] <= width + MAX_HUNG:
            w = cum[q] - cum[p]
            if q < n and (text[q] in LINE_START_FORBIDDEN_PUNCT or text[q] in _INLINE_SPACES):
                # no line starts with ，。、 (kinsoku): the mark hangs at the end of the line before;
                # a space after a mark goes with the line it follows (dropped from it below)
                step = inf
            elif w >= width - WIDTH_SLACK:
                # a line never runs over the measure, except for a mark hung at its end;
                # half a hanzi is rounding (digits)
                if w <= width:
                    step = (width - w) * 0.5
                elif w - hung[q] <= width:
                    step = (w - width) * 0.5
                elif w <= width + WIDTH_SLACK:
                    step = (w - width) * 2
                else:
                    step = inf
            elif ends[q] and text[ends[q] - 1] in _PARAGRAPH_END_CHARS:
                step = SHORT_LINE_COST
            elif q == n:
                step = 2 * SHORT_LINE_COST
            else:
                step = inf
            if reads_on[q]:
                step += CUT_READS_ON_COST
            elif ends[q] < q:
                step -= CUT_AT_SPACE_BONUS  # a space left inside a piece (after a mark) may be a line's end
            if cost[p] + step < cost[q]:
                cost[q], back[q] = cost[p] + step, p
            q += 1
    if cost[n] == inf:
        return [piece]
    cuts = [n]
    while cuts[-1] > 0:
        cuts.append(back[cuts[-1]])
    cuts.reverse()
    out: list[Fragment] = []
    lead = piece.lead_start
    for a, b in itertools.pairwise(cuts):
        line = text[a:b]
        if b < n:
            line = line.rstrip(INLINE_SPACE_CLASS)  # the spaces at a cut separate the lines
        out.append(Fragment(piece.start + a, piece.start + a + len(line), lead, line))
        lead = piece.start + a + len(line)
    return out


def _word_across(left: str, right: str) -> str | None:
    """:func:`lexicon.word_across`, after its quick exact "no" (no frequent word holds the pair)."""
    return None if lexicon.no_word_across(left, right) else lexicon.word_across(left, right)


def _pair_reads_on(left: str, right: str) -> bool:
    """Does the lexicon say ``right`` reads on from ``left`` (a word or a frequent pair across)?"""
    if not left or not right or not is_han(left[-1]) or not is_han(right[0]):
        return False
    if lexicon.bigram_frequency(left[-1] + right[0]) >= COMMON_PAIR_FREQ:
        return True
    return _word_across(left, right) is not None


# -- the paragraph --------------------------------------------------------------------------
def _region_lines(
    text: str,
    paragraphs: list[tuple[int, int]],
    cut: dict[tuple[int, int], list[Fragment]],
    indices: Iterator[int] | range,
    width: float,
    claimed: set[int],
    limit: int,
) -> tuple[list[Fragment], list[int]]:
    """The lines of consecutive unclaimed paragraphs (in the order ``indices`` visits them), at most ``limit``."""
    lines: list[Fragment] = []
    used: list[int] = []
    for i in indices:
        if i in claimed or len(lines) >= limit:
            break
        p = paragraphs[i]
        pieces = cut.get(p) or _cut_at_width(Fragment(p[0], p[1], p[0], text[p[0] : p[1]]), width)
        lines = [*pieces, *lines] if used and i < used[-1] else [*lines, *pieces]
        used.append(i)
    return lines, used


def _place_blocks(
    text: str,
    paragraphs: list[tuple[int, int]],
    cut: dict[tuple[int, int], list[Fragment]],
    index: int,
    k: int,
    gain: float,
    width: float,
    claimed: set[int],
    ev: Evidence,
) -> list[Finding] | None:
    """Where a band of rows read across sits below a part of the page read column by column
    (the ``a`` lines of each column above it, in text order one column after the other): put
    each column's block of the band after that column's lines above it, where the joins read on
    for exactly one ``a``; None when there is no such ``a``. (The part below the band, if any,
    stays where it is: placing it was wrong more often than right in the benchmark.)
    """
    pieces = cut[paragraphs[index]]
    blocks = [[f for i, f in enumerate(pieces) if i % k == c] for c in range(k)]
    rows = len(blocks[0])
    above, above_used = _region_lines(text, paragraphs, cut, range(index - 1, -1, -1), width, claimed, k * rows * 2)
    candidates = []
    for a in range(1, len(above) // k + 1):
        firsts = [above[len(above) - (k - c) * a] for c in range(k)]  # first line of column c above
        lasts = [above[len(above) - (k - c - 1) * a - 1] for c in range(k - 1)]
        if all(_good(ev.join(lasts[c].text, blocks[c][0].text)) for c in range(k - 1)):
            candidates.append((a, firsts))
    if len(candidates) != 1:
        return None
    a, firsts = candidates[0]
    # One join per column is weak evidence: the band's last column must also read on from the
    # line just above the band (the same column, in text order already).
    if not _good(ev.join(above[-1].text, blocks[-1][0].text)):
        return None
    claimed.update(above_used)
    reason = (
        f"a band of {rows} rows of {k} columns read across the page, between parts read column by column: "
        f"each column's lines of the band go after its {a} lines above (the joins read on; "
        f"log-odds {gain:.0f} for column order in the band); "
        "the spaces OCR put between its lines are dropped"
    )
    edits: list[Edit] = []
    # the band keeps its last column's lines; the others leave it
    keep = k - 1
    i = 0
    while i < len(pieces):
        if i % k == keep:
            i += 1
            continue
        j = i
        while j + 1 < len(pieces) and (j + 1) % k != keep:
            j += 1
        end = pieces[j + 1].start if j + 1 < len(pieces) else pieces[-1].end
        start = pieces[i].lead_start if i else pieces[i].start
        edits.append(Edit(Span(start, end), text[start:end], "", RULE_MOVE, MOVE_CONFIDENCE, reason))
        i = j + 1
    for c in range(k - 1):
        moved = "".join(f.text for f in blocks[c])
        at = firsts[c + 1].start
        edits.append(Edit(Span(at, at), "", moved, RULE_MOVE, MOVE_CONFIDENCE, reason))
    message = f"band of rows read across {k} columns: its lines restored to column order, between the page's parts"
    return [Finding(RULE_MOVE, e.span, message, MOVE_CONFIDENCE, e) for e in edits]


def _interleaving(
    pieces: list[Fragment], natural: list[float], ev: Evidence
) -> tuple[tuple[int, float] | None, tuple[int, float] | None]:
    """The number of columns (2 or 3) the fragments regularly interleave, and the log-odds for
    it: strictly (enough to move), and any sign of it (enough for a report).

    Each join that reads on counts for the reading that makes it, each that could and does not
    counts against it (:data:`LLR_GOOD`, :data:`LLR_BAD`, measured on the benchmark's lines);
    joins after punctuation count for nothing. Strict: the strided reading must win by
    :data:`MIN_LLR`, with :data:`MIN_FRAGMENTS_PER_COLUMN` lines per column.
    """
    informative = [not ev.neutral(a.text, b.text) for a, b in itertools.pairwise(pieces)]
    base = _log_odds(natural, informative)
    base_good = sum(1 for s in natural if _good(s))
    best: tuple[int, float] | None = None
    hint: tuple[int, float] | None = None
    for k in (2, 3):
        if len(pieces) < k + 1:
            continue
        pairs = [(pieces[i].text, pieces[i + k].text) for i in range(len(pieces) - k)]
        strided = [ev.join(a, b) for a, b in pairs]
        own = _log_odds(strided, [not ev.neutral(a, b) for a, b in pairs])
        odds = own - base
        good = sum(1 for s in strided if _good(s))
        if good >= 2 and good > base_good and odds > 0 and (hint is None or odds > hint[1]):
            hint = (k, odds)  # enough for a report
        # Against text order, and against chance: where the lines were cut without a space to go
        # by, the cuts avoid points where the text reads on, which makes text order look worse.
        if (
            len(pieces) >= k * MIN_FRAGMENTS_PER_COLUMN + 1
            and good >= MIN_GOOD_JOINS
            and odds >= MIN_LLR
            and own >= MIN_OWN_LLR
            and (best is None or odds > best[1])
        ):
            best = (k, odds)
    return best, hint


def _log_odds(scores: list[float], informative: list[bool]) -> float:
    return sum(_llr(s) if i or _good(s) else 0.0 for s, i in zip(scores, informative, strict=True))


def _llr(score: float) -> float:
    if score >= WORD_SCORE:
        return LLR_WORD
    return LLR_GOOD if _good(score) else LLR_BAD


def _move_findings(text: str, pieces: list[Fragment], k: int, gain: float) -> list[Finding]:
    """Delete the fragments of columns 2..k and insert them, in reading order, after column 1's last."""
    last_first = max(i for i in range(len(pieces)) if i % k == 0)
    moved_order = [i for c in range(1, k) for i in range(c, len(pieces), k)]
    reason = (
        f"lines of {k} columns read across the page; the lines of each column, joined in order, read on "
        f"(log-odds {gain:.0f} for it against text order, from words and character pairs across the joins); "
        "the spaces OCR put between them are dropped"
    )
    after = "".join(pieces[i].text for i in moved_order)
    edits: list[Edit] = []
    tail_start = pieces[last_first].end
    i = 0
    while i < last_first:
        if i % k == 0:
            i += 1
            continue
        j = i
        while (j + 1) % k != 0:
            j += 1
        # the run of moved fragments, the separator before it and the one joining it to column 1's next line
        span = Span(pieces[i].lead_start, pieces[j + 1].start)
        edits.append(Edit(span, text[span.start : span.end], "", RULE_MOVE, MOVE_CONFIDENCE, reason))
        i = j + 1
    tail = Span(tail_start, pieces[-1].end)
    edits.append(Edit(tail, text[tail.start : tail.end], after, RULE_MOVE, MOVE_CONFIDENCE, reason))
    edits = [e for e in edits if e.before != e.after]
    message = f"paragraph reads {k} columns across: lines restored to column order"
    return [Finding(RULE_MOVE, e.span, message, MOVE_CONFIDENCE, e) for e in edits]


# -- paragraphs that stop mid-sentence ------------------------------------------------------
def _frequency(word: str, default: int = 0) -> int:
    """:func:`lexicon.frequency` with ``dict.get``'s signature."""
    return lexicon.frequency(word)


def _stop_findings(text: str, stops: list[tuple[int, int]]) -> list[Finding]:
    """``columns-stop`` findings; ``stops``: where a line stops mid-sentence, and where the text
    after it resumes."""
    findings: list[Finding] = []
    common, size = lexicon.COMMON_WORD_FREQ, len(text)
    # This loop runs on every line of a page of narrow columns: with the lexicon's tables built
    # (the pair table is built from the word table), it asks them directly, and asks the pair
    # table first: a word holds the two characters that meet where it spans a gap or ends a line.
    pairs = lexicon.pair_table()
    frequency: Callable[[str, int], int] = _frequency if pairs is None else lexicon.word_frequencies().get
    for end, at in stops:
        start = text.rfind("\n", 0, end) + 1
        first = end - 3 if end - 3 > start else start
        tail = text[first:end]
        if at < size and _continues(tail, text[at : at + 3], pairs, frequency, common):
            continue  # the next paragraph continues it: a broken paragraph (reflow's), not columns
        # Does a word (of 2 to 4 characters) end here? (lexicon.is_word)
        if pairs is not None and (end - 2 < start or pairs.get(text[end - 2 : end], 0) < common):
            mid_word = True
        else:
            mid_word = not any(frequency(text[end - n : end], 0) >= common for n in (2, 3, 4) if end - n >= start)
        what = "stops mid-word" if mid_word else "stops mid-sentence"
        message = (
            f"paragraph {what} ('{tail}') and the next one does not continue it: "
            "its continuation may be in another column"
        )
        findings.append(Finding(RULE_STOP, Span(first, end), message, 0.5 if mid_word else 0.3))
    return findings


def _continues(
    tail: str, following: str, pairs: dict[str, int] | None, frequency: Callable[[str, int], int], common: int
) -> bool:
    """``lexicon.word_across(tail, following) is not None`` (``tail`` and ``following`` at most 3
    characters), asking the pair table first when it is built."""
    if pairs is None:
        return lexicon.spans_word(tail, following)
    if pairs.get(tail[-1] + following[0], 0) < common:
        return False
    for left in range(1, len(tail) + 1):
        head = tail[-left:]
        for right in range(1, min(len(following), 4 - left) + 1):
            if frequency(head + following[:right], 0) >= common:
                return True
    return False


STAGE = Stage(
    id="columns",
    summary="find lines joined across newspaper columns; restore reading order where the evidence is strong",
    rules=(RULE_MOVE, RULE_MIXED, RULE_STOP),
    detect=detect,
)
