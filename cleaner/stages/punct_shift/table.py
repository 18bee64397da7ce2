"""The shift table and the look-alikes read from it: mappings/punct_shift.tsv (ShiftEntry,
shift_table), each mark's and digit's look-alike and the regexes that find them, the rule ids,
the sets of symbols the stage repairs, and the named look-alikes (袁 尧 要 …) and classes of
real marks that more than one kind of evidence reads. Everything else in the package builds on
this module and it imports none of them.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Final

from cleaner.chars import (
    BLACK_CIRCLE,
    CLOSING_PUNCT,
    EM_DASH,
    FULLWIDTH_EXCLAMATION,
    FULLWIDTH_HYPHEN_MINUS,
    FULLWIDTH_QUESTION,
    HORIZONTAL_BAR,
    HORIZONTAL_ELLIPSIS,
    IDEOGRAPHIC_FULL_STOP,
    LEFT_DOUBLE_QUOTE,
    LEFT_SINGLE_QUOTE,
    LEFT_WHITE_CORNER_BRACKET,
    MIDDLE_DOT,
    OPENING_PUNCT,
    RIGHT_DOUBLE_QUOTE,
    RIGHT_SINGLE_QUOTE,
    RIGHT_WHITE_CORNER_BRACKET,
    STOP_PUNCT,
)
from cleaner.tables import read_tsv

RULE: Final = "punct-shift"
RULE_DIGIT: Final = "punct-shift-digit"
RULE_DOCUMENT: Final = "punct-shift-document"
TABLE: Final = "punct_shift.tsv"

#: The symbols repaired in running text; the rest of the table (math signs, letters, the
#: bracket variants whose hanzi are 也 页 业 一 医 …) is too rare in body text to outweigh
#: how common those hanzi are.
#: The Chinese marks a writer sets (，。“” …): a garbled page has almost none of them.
CHINESE_MARKS: Final = STOP_PUNCT + OPENING_PUNCT + CLOSING_PUNCT
REPAIRED_PUNCT: Final = CHINESE_MARKS + EM_DASH + HORIZONTAL_ELLIPSIS + MIDDLE_DOT
#: Other symbols of the shifted rows that the stage repairs (『 』 ● －: 液 一 荫 原).
REPAIRED_OTHER_SHIFTED: Final = (
    LEFT_WHITE_CORNER_BRACKET + RIGHT_WHITE_CORNER_BRACKET + BLACK_CIRCLE + FULLWIDTH_HYPHEN_MINUS
)
#: Latin letters set full-width (Ａ-Ｚ ａ-ｚ) that the stage repairs from their look-alikes (粤 葬),
#: in runs (all but Ｚ, whose look-alike 在 it never reads)
REPAIRED_LETTERS: Final = "".join(chr(c) for c in range(0xFF21, 0xFF3B) if c != 0xFF3A) + "".join(
    chr(c) for c in range(0xFF41, 0xFF5B)
)
#: Written doubled (``——``, ``……``): a single 要 is never read as a dash, a single 噎 is at
#: most reported.
RUN_MARKS: Final = EM_DASH + HORIZONTAL_ELLIPSIS
#: Marks that may stand next to any other mark.
FREE_PUNCT: Final = frozenset(EM_DASH + HORIZONTAL_ELLIPSIS + MIDDLE_DOT)
QUESTION_EXCLAMATION: Final = FULLWIDTH_QUESTION + FULLWIDTH_EXCLAMATION
QUOTES: Final = LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE + LEFT_SINGLE_QUOTE + RIGHT_SINGLE_QUOTE
#: 尧, the look-alike of 、 (and a name's hanzi: 冀尧峰, 唐尧).
ENUMERATION_LOOKALIKE: Final = "尧"
#: The enumeration comma and its look-alike: between numbers, a list of numbers.
ENUMERATION: Final = "、" + ENUMERATION_LOOKALIKE
DECIMAL_POINT: Final = "."


@dataclass(frozen=True)
class ShiftEntry:
    """One row of the shift table."""

    hanzi: str
    symbol: str
    code: str
    kind: str
    risk: str
    frequency: int


@functools.cache
def shift_table() -> dict[str, ShiftEntry]:
    """Hanzi seen -> the entry for the symbol meant (mappings/punct_shift.tsv)."""
    table = {}
    for hanzi, symbol, code, kind, risk, freq in read_tsv(TABLE):
        table[hanzi] = ShiftEntry(hanzi, symbol, code, kind, risk, int(freq))
    return table


@functools.cache
def _letter_lookalikes() -> dict[str, ShiftEntry]:
    """Look-alike -> entry, for the letters Ａ-Ｚ ａ-ｚ (粤 is Ａ, 葬 is ａ)."""
    return {h: e for h, e in shift_table().items() if e.kind == "letter"}


@functools.cache
def _lookalikes() -> tuple[dict[str, str], dict[str, str], str]:
    """(punctuation look-alike -> mark, digit look-alike -> digit, the decimal point's)."""
    punct = {h: e.symbol for h, e in shift_table().items() if e.kind == "punct" and e.symbol in REPAIRED_PUNCT}
    digits = {h: e.symbol for h, e in shift_table().items() if e.kind == "digit"}
    (point,) = [h for h, e in shift_table().items() if e.code == "A3AE"]  # ． FULLWIDTH FULL STOP
    return punct, digits, point


@functools.cache
def _regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the look-alikes of the common marks, any punctuation look-alike run, a number run)."""
    punct, digits, point = _lookalikes()
    markers = "".join(h for h, s in punct.items() if s in STOP_PUNCT + CLOSING_PUNCT[0])
    digit_class = "".join(digits)
    marker = re.compile(f"[{markers}]")
    # A run of one look-alike: each alternative starts with its character (袁袁*|遥遥*|…), which
    # the regex engine scans for; a back-reference (([…])\1*) is a fifth slower.
    candidate = re.compile("|".join(f"{re.escape(h)}{re.escape(h)}*" for h in punct))
    number = re.compile(f"[{digit_class}](?:[{digit_class}]|{point}(?=[{digit_class}]))*")
    return marker, candidate, number


@functools.cache
def _marker_chars() -> str:
    """The characters of the first of :func:`_regexes` (one character class)."""
    marker, _, _ = _regexes()
    return marker.pattern[1:-1]


def _marker_count(text: str) -> int:
    """``len(marker.findall(text))`` for the first of :func:`_regexes`: a class of single,
    distinct characters, so the sum of their counts (a C scan each, where findall makes a
    string per match: a quarter of the time on garbled text); and the runs of LEADER_RUN (a
    table of contents' leaders, 绪论 噎噎噎噎噎噎 3, whose page has no other mark to show)."""
    return sum(map(text.count, _marker_chars())) + text.count(LEADER_RUN)


#: A run of one mark's look-alike this long is the garble's whatever the text's other marks
#: (噎噎噎噎 ……, 要要要要 ————): no word repeats one so
LONG_RUN: Final = 4
#: ... as the leaders of a table of contents are (绪论 噎噎噎噎噎噎 3), on a page with no other mark
LEADER_RUN: Final = "噎" * LONG_RUN


_REAL_MARKS: Final = frozenset(CHINESE_MARKS)
_REAL_PUNCT_RE: Final = re.compile(f"[{re.escape(CHINESE_MARKS)}]")
_INLINE_SPACES: Final = " \t\u00a0\u3000"


#: 野, the look-alike of “ (and the hanzi of 野生 视野, and of given names: 袁野).
OPEN_QUOTE_LOOKALIKE: Final = "野"
#: 冶, the look-alike of ” (and the hanzi of 冶金 陶冶), which closes 野.
CLOSE_QUOTE_LOOKALIKE: Final = "冶"


#: 遥, the look-alike of 。 (and the hanzi of 遥远 遥祝).
STOP_LOOKALIKE: Final = "遥"


#: 要 (D2AA), the look-alike of — (A1AA): a single one is the verb (要求, 重要), except between
#: two names (see _name_dashes) or two numbers (the dash of a range, see _range_dash).
DASH_LOOKALIKE: Final = "要"


#: 叶, the look-alike of 《 (and a common surname).
TITLE_LOOKALIKE: Final = "叶"
#: 曳, the look-alike of 》 (and the hanzi of 摇曳 拖曳).
TITLE_CLOSER_LOOKALIKE: Final = "曳"


#: 院, the look-alike of ： (and the common hanzi of 学院 医院).
COLON_LOOKALIKE: Final = "院"
#: 袁, the look-alike of ，.
COMMA_LOOKALIKE: Final = "袁"
#: 浴, the look-alike of ！ (and the hanzi of 沐浴 浴室).
EXCLAMATION_LOOKALIKE: Final = "浴"
#: Marks that end a sentence.
SENTENCE_ENDS: Final = IDEOGRAPHIC_FULL_STOP + QUESTION_EXCLAMATION


@functools.cache
def _all_lookalikes() -> frozenset[str]:
    """Every look-alike the stage reads: of the marks, of the digits and of the decimal point."""
    punct, digits, point = _lookalikes()
    return frozenset(punct) | frozenset(digits) | {point}


#: 原 (D4AD), the look-alike of － (A3AD). Read only between two numbers of two or more digits
#: each (010原65092140, 1996原1998年: 原 before a number is 'former', 原20人, never after one;
#: see _hyphen_between_numbers), and as the hyphen of a model's code (see _model_codes).
HYPHEN_MINUS_LOOKALIKE: Final = "原"


#: 液 and 一, the look-alikes of 『 and 』 (A1BA, A1BB), which some papers set as quotation
#: marks (People's Daily 1998: 『一国两制』, never inside “”): 一 is the commonest hanzi, so they
#: are read only as a pair: 液 where no word holds it opens, and the first 一 after it (not
#: right after it) that no word holds closes, where it stands as a closing mark does
#: (:func:`_corner_closes`). The pair stays on its line, near (98% of the quotations of People's
#: Daily's dev half close within 49 characters; the longest within 154), and before the next
#: 液 that opens (『』 do not nest in 『』).
CORNER_OPEN_LOOKALIKE, CORNER_CLOSE_LOOKALIKE = "液", "一"


#: 荫, the look-alike of ● (A1F1), the bullet of lists and bylines (⏎荫增开临时客车荫取消…):
#: a real 荫 stands in a word (树荫, 绿树成荫, 荫凉: the lexicon reads them at -1.9 and below),
#: a bullet in none (+5.1 on People's Daily's dev half).
BULLET_LOOKALIKE: Final = "荫"


@functools.cache
def _high_risk() -> frozenset[str]:
    """The look-alikes whose hanzi is common (院 in 学院): they need more than just enough evidence."""
    return frozenset(h for h, e in shift_table().items() if e.risk == "high")


def _next_visible(text: str, index: int, step: int) -> tuple[int, str]:
    """The nearest character that is not an inline space, and its index ('' at the text edge)."""
    i = index + step
    n = len(text)
    while 0 <= i < n and text[i] in _INLINE_SPACES:
        i += step
    return i, text[i] if 0 <= i < n else ""


#: A roster's line: at least so many cells parted by spaces, all short (a name, a number, a
#: place: 3 李尧 5216票, 王远　李尧　袁野), as no line of prose is (a narrow column's line that
#: a garbled page spaces after its marks holds a long piece: 措施袁 创造性 is one of prose) ...
ROSTER_CELLS: Final = 3
#: ... none longer than this, and at least ROSTER_LONGER_CELLS of them of two characters or more
#: (a letter-spaced line of prose, 苑 区 的 人, is cells of one).
ROSTER_CELL_LEN: Final = 6
ROSTER_LONGER_CELLS: Final = 2
#: What parts a table's cells (numbers._column_witnesses, and the rows whose blank lines part
#: tables): a full-width space, a tab, or a run of two or more inline spaces (one ASCII space
#: parts the words of Latin text: 按下 Ctrl+C 复制; a roster's cells, _CELL_SPLIT_RE, take any).
#: (Led by one space, so that the engine scans for it in C: a leading repeat or alternation
#: makes it try a match at every position.)
_COLUMN_GAP_RE: Final = re.compile(f"[{re.escape(_INLINE_SPACES)}](?:[{re.escape(_INLINE_SPACES)}]+|(?<=[\t\u3000]))")
_CELL_SPLIT_RE: Final = re.compile(f"[{_INLINE_SPACES}]+")


class _Lines:
    """Which line an offset falls on (the line breaks found once: a line's start looked for
    back from each of many offsets is quadratic on a long line)."""

    def __init__(self, text: str) -> None:
        # (str.find, not re.finditer: re's module-level functions run in the interpreter)
        self.starts = [0] + [at + 1 for at in _occurrences(text, "\n")]

    def of(self, index: int) -> int:
        return bisect.bisect_right(self.starts, index) - 1

    def start_of(self, index: int) -> int:
        """Where the line holding ``text[index]`` starts (``text.rfind("\\n", 0, index) + 1``)."""
        return self.starts[bisect.bisect_right(self.starts, index) - 1]

    def counts(self, offsets: list[int]) -> list[int]:
        """How many of ``offsets`` fall on each line (``[of(at) for at in offsets]`` counted).
        Offsets come mostly in text order: the line is walked on from the one before (native
        ints compared, where bisect compares boxed ones: thousands of look-alikes per text),
        and looked up afresh only where an offset goes back."""
        starts = self.starts
        counts = [0] * len(starts)
        last = len(starts) - 1
        line = 0
        for at in offsets:
            if at < starts[line]:
                line = bisect.bisect_right(starts, at) - 1
            while line < last and starts[line + 1] <= at:
                line += 1
            counts[line] += 1
        return counts


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the line holding ``text[at]`` starts and where it ends (its line break, or the
    text's end): the one place of the rfind/find pair many rules ask of one offset."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _roster_line(text: str, index: int) -> tuple[int, list[str]] | None:
    """Where the line holding ``text[index]`` starts and its cells, when it is a roster's line
    (ROSTER_CELLS or more cells parted by spaces, none longer than ROSTER_CELL_LEN, at least
    ROSTER_LONGER_CELLS of two or more; but for a first cell of any length, the row's label,
    where ROSTER_CELLS short cells follow it: 数学物理学部：王远 叶远 刘尧 李渊); else None."""
    start, end = _line_bounds(text, index)
    cells = [cell for cell in _CELL_SPLIT_RE.split(text[start:end]) if cell]
    if len(cells) < ROSTER_CELLS or any(len(cell) > ROSTER_CELL_LEN for cell in cells[1:]):
        return None
    if len(cells[0]) > ROSTER_CELL_LEN and len(cells) <= ROSTER_CELLS:
        return None
    if sum(len(cell) > 1 for cell in cells) < ROSTER_LONGER_CELLS:
        return None
    return start, cells


#: What parts the cells of a roster's line.
_CELL_EDGES: Final = frozenset(_INLINE_SPACES + "\n")


def _short_cell_at(text: str, index: int, longest: int) -> tuple[int, str] | None:
    """Where the cell (the run between spaces or line breaks) holding ``text[index]`` starts,
    and the cell, when it is at most ``longest`` long; else None (found without reading past
    that: in prose, a cell is a whole paragraph)."""
    start = index
    while start and text[start - 1] not in _CELL_EDGES:
        start -= 1
        if index - start >= longest:
            return None
    end = index + 1
    while end < len(text) and text[end] not in _CELL_EDGES:
        end += 1
        if end - start > longest:
            return None
    return start, text[start:end]


#: The surnames table (one surname per row, the commonest first).
SURNAMES_TABLE: Final = "common_surnames.tsv"
#: The hundred commonest surnames are borne by most people (about 85%).
COMMONEST_SURNAMES: Final = 100


@functools.cache
def _surname_column() -> tuple[str, ...]:
    """The surnames of mappings/common_surnames.tsv, ordered by how many people bear them."""
    return tuple(row[0] for row in read_tsv(SURNAMES_TABLE))


@functools.cache
def _surnames() -> frozenset[str]:
    """Every surname of mappings/common_surnames.tsv."""
    return frozenset(_surname_column())


@functools.cache
def _commonest_surnames() -> frozenset[str]:
    """The COMMONEST_SURNAMES commonest surnames of mappings/common_surnames.tsv."""
    return frozenset(_surname_column()[:COMMONEST_SURNAMES])


@functools.cache
def _commonest_surname_codes() -> bytes:
    """:func:`_commonest_surnames` of one character as :func:`_code_bits` (bit 1)."""
    return _code_bits({surname: 1 for surname in _commonest_surnames() if len(surname) == 1})


def _code_bits(bits: dict[str, int]) -> bytes:
    """``bits`` (one character -> its bits, under 256) by code point, up to the highest code of
    those characters: ``table[ord(char)]`` is the bits of ``char`` (0 for any other character
    below the table's length). A character of a text is tested by its code, with no string made
    nor hashed (compiled, a test per character in a set costs both; an offset to the lowest code
    cost more per character than the longer table costs to make once per text)."""
    codes = {ord(char): bit for char, bit in bits.items()}
    table = bytearray(max(codes) + 1 if codes else 0)
    for code, bit in codes.items():
        table[code] = bit
    return bytes(table)


def _matches_led_by(pattern: re.Pattern[str], text: str, leads: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a ``pattern`` whose every match is one of ``leads``
    and what follows it: matched only where one of them stands, found by str.find (a regex that
    starts with a class tests the class at every character: many times slower where its
    characters are rare, as quotation marks, parentheses and gaps are in a garbled text). Each
    search goes on from the end of the match before, as finditer's does (a match is never empty);
    a look-behind sees before the start (``pattern.match(text, at)``)."""
    starts: list[int] = []
    for lead in leads:
        at = text.find(lead)
        while at >= 0:
            starts.append(at)
            at = text.find(lead, at + 1)
    if len(leads) > 1:
        starts.sort()
    found: list[re.Match[str]] = []
    searched = 0  # (where the match before ends)
    for at in starts:
        if at >= searched and (match := pattern.match(text, at)) is not None:
            found.append(match)
            searched = match.end()
    return found


#: How many texts a per-text cache (:data:`per_text`) holds: the document and the blocks or lines
#: of it that the readers ask of in turn (a garbled block inside a clean page, a line's view).
TEXTS_CACHED: Final = 4
#: The one cache of a fact of a whole text that several rules ask (whether it is verse, where its
#: look-alikes stand, which lines a glossary heads), found once per text. Keyed by the text itself,
#: which is right for a pure function of it: a str keeps its hash once computed and the readers
#: pass the same object down, so a lookup after the first is a hash and an identity check, not a
#: read of the text; and it holds TEXTS_CACHED texts alive at most, the latest a batch read. The
#: stage has no per-document object to keep such facts on (its StageContext holds the config's
#: options); passing one through every reader would be a second way to pass the text.
per_text: Final = functools.lru_cache(maxsize=TEXTS_CACHED)


@per_text
def _lookalike_places(text: str) -> dict[str, list[int]]:
    """The index of the punctuation look-alikes of ``text``: each look-alike of
    :func:`_lookalikes` -> where it stands, in text order ([] where nowhere). Built once per
    text (a str.find scan per look-alike) and read by every rule that walks the places of one
    look-alike (the runs of :func:`_lookalike_runs`, the colons after an introduction, the
    commas before a given name, ...), each of which scanned the text for it again. Shared
    (cached per text, as several rules ask): no reader changes a list of it."""
    return {hanzi: _occurrences(text, hanzi) for hanzi in _lookalikes()[0]}


def _places_of(text: str, hanzi: str, start: int = 0) -> list[int]:
    """Where the punctuation look-alike ``hanzi`` stands in ``text`` from ``start`` on, in text
    order (``_occurrences(text, hanzi, start)``), from the index :func:`_lookalike_places`. Read
    it, never change it: the list may be the index's own."""
    places = _lookalike_places(text)[hanzi]
    if not places or places[0] >= start:
        return places
    return places[bisect.bisect_left(places, start) :]


def _lookalike_runs(text: str) -> list[int]:
    """The runs of one punctuation look-alike repeated (袁, 遥遥, 噎噎噎), in text order: what
    the second of :func:`_regexes` finds (a run of one look-alike each), each as ``start *
    (len(text) + 1) + its length`` (an int: no tuple or match object per look-alike, thousands
    per text). Read from the index of the look-alikes' places (:func:`_lookalike_places`), the
    runs of each merged by one sort: the regex tried its alternatives and made a match object
    at each of them (one character in eight of a dense garble)."""
    size = len(text) + 1
    runs: list[int] = []
    for places in _lookalike_places(text).values():
        start = last = -2  # (the run being read: its start and its last look-alike)
        for at in places:
            if at != last + 1:
                if start >= 0:
                    runs.append(start * size + last + 1 - start)
                start = at
            last = at
        if start >= 0:
            runs.append(start * size + last + 1 - start)
    runs.sort()
    return runs


#: A line that credits a poem or a saying starts with a dash before the author's name
#: (``    -- 袁去华《剑器近》``, ``——鲁迅``): ASCII ``--`` as plain-text collections type it, the
#: dash itself, or its look-alike 要要; then a space or none. (The match ends where the name starts.)
CREDIT_DASH_RE: Final = re.compile(
    f"^[{_INLINE_SPACES}]*(?:--|[{EM_DASH}{HORIZONTAL_BAR}]{{1,2}}|{DASH_LOOKALIKE * 2})[{_INLINE_SPACES}]*",
    re.MULTILINE,
)


def _credited_name_start(text: str, at: int) -> int:
    """Where the name after the dash of a line of credit starts, on the line that holds
    ``at`` (-1: the line is no line of credit)."""
    match = CREDIT_DASH_RE.match(text, text.rfind("\n", 0, at) + 1)
    return match.end() if match else -1


def _occurrences(text: str, part: str, start: int = 0) -> list[int]:
    """Every index from ``start`` on where ``part`` stands in ``text`` (str.find: far faster
    than a regex or a test per character). A list, not a generator: compiled, resuming a
    generator per index cost more than finding every index (袁 stands every thirty characters of
    a garbled text) where a caller stops early."""
    found: list[int] = []
    at = text.find(part, start)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found
