"""Stage ``punct-shift``: punctuation that PDF extraction turned into hanzi (GB2312 lead byte +0x31).

Founder-typeset PDFs extract ``，。“”、：`` as ``袁遥野冶尧院`` and full-width digits as
``园员圆猿…`` (mappings/punct_shift.tsv, generated from the codec rule). Every one of those
characters is also a real hanzi (医院, 视野, 重要, 公园, the surname 袁), so nothing is replaced
blindly. Each occurrence is judged from evidence:

* the document and the line: garble shows as many look-alikes and (almost) no real Chinese
  punctuation; a clean document, or a clean line (a heading in real punctuation beside a
  garbled body), is never edited;
* the lexicon: does the text read better with the hanzi or with the punctuation mark
  (jieba's unigram word model scores both readings of a short window: ``视野尧`` keeps 野,
  ``野生命接力冶`` reads as ``“生命接力”``);
* pairing (``野…冶``, ``渊…冤``, ``叶…曳``, ``耶…爷``), position (line end, before a space), runs
  (``要要`` = ``——``, ``噎噎`` = ``……``, ``圆园员猿`` = ``2013``) and neighbouring marks (two
  clause marks never stand side by side, no mark but —— …… ！！ ？？ is doubled, nothing
  quotes a lone mark, the interpunct stands by no other mark);
* names, for the surname look-alikes 袁 and 叶: after a role or post (mappings/role_nouns.tsv
  and punct_shift_names.tsv) or a word that needs an object (由, 跟着), two characters read as
  a given name when a given name is about as likely as the word they make, from the person
  names jieba tags (mappings/given_name_chars.tsv: 书记袁秀英 is a name, 书记袁健全 a
  comma); a title or kinship word of address after it (袁老师, 袁爷爷) and 袁家 袁氏;
  where the lists are silent, a noun for a person (by its agent suffix, from jieba's nouns:
  mappings/person_nouns.tsv) or 的 before it and a given name after it (年轻人袁小燕, 年长的
  袁德胜) split the evidence: the look-alike stays and is reported (unless 是…的 ends the
  clause, or the next character is a common surname: 家人，魏伟).

Beside numbers the rule's other symbols are read too: ``圆缘益`` = ``25℃``, ``猿伊源`` = ``3×4``,
``员园耀圆园`` = ``10～20``, and the signs a Founder page sets inside a full-width number:
``猿愿援苑豫`` = ``38.7%``, ``猿颐员`` = ``3∶1``, ``员辕猿`` = ``1/3``; a range's single dash
(``5要6级``, ``4月要员员月``) or of a code (``F要员远``, ``CD要ROM``), the apostrophe of a year
(``爷97``) and an item's number in parentheses (``遥渊源冤``). Of the rest of the symbol rows,
only what shows as evidence no word gives: Latin words set full-width (``栽悦蕴`` = ``TCL``, a
run of letter look-alikes no word holds), ``『』`` as a pair (``液三通一遥`` = ``『三通』。``)
and the bullet ``●`` (``荫``). The others (math signs, the bracket variants whose hanzi are
也 页 业 医) are left alone: too rare in prose to outweigh how common those hanzi are.

A table of figures (weather, stock prices, results, statistics) has no mark to garble, only its
numbers: a document, block or line whose marks show nothing is judged by numbers of a shape no
word explains (``员圆援猿源`` 12.34, ``员园园`` 100, ``原猿耀缘`` －3～5, ``猿愿援苑豫`` 38.7%;
numbers._number_markers), counted against its real marks as the marks' look-alikes are; there
only the lines holding such a number are read with confidence, a cell of two look-alikes that
make no word is a number (``苑猿``; not in a row's first cell, its label: ``苑园``), and a mark's
look-alike is at most reported (``袁冶`` beside ``园源员怨`` is a name). Text that quotes the garble
is not garbled: there a line holding a real mark or an ASCII character (``例如：员圆援猿源``,
``员圆援猿源 = 12.34``), and anywhere Latin text (a manual, a source file), is at most reported;
but a table's column reads its rows: a cell of the same words around digit look-alikes as
another row's cell around ASCII digits is a number (``猿栋`` under ``5栋``, ``员工猿人`` beside
``员工8人``; numbers._column_witnesses). A range, score or product (``原猿耀缘``, ``猿颐员``), and
a number with its ℃ or ％ (``缘益``), is applied whole or not at all.

A confident reading becomes an edit; a doubtful one a finding below the threshold. The
document-level finding ``punct-shift-document`` says whether the text has the garble at all
(and when only its numbers show it, says so).

The package, one concern per module (each imports only the ones before it):
``table`` (the shift table, the look-alikes, rule ids, a roster's lines), ``decide`` (a
candidate's evidence -> confidence -> finding), ``reading`` (the lexicon windows), ``pairing``
(opening and closing marks), ``numbers`` (digits and their signs), ``names`` (袁 叶 尧 渊 in
names), ``faithful`` (『』, ●, Latin letters, codes), ``tokens`` (a Latin word or number read
whole where a part of it is repaired), ``verse`` (the meter of a poem's lines, its lines of credit), ``marks`` (the
evidence for each punctuation look-alike),
``document`` (garbled or not, per document and per line); here, the flow, top-down:

* :func:`detect`: the fast path (too few look-alikes of marks, and of a garbled number's
  shape), then the real marks counted only as far as they make the text clean. A clean
  document is searched for garbled blocks, each read as a document of its own
  (``_garbled_blocks``; in a block of clean prose, its lines of garbled figures:
  ``_garbled_number_lines``); the findings in Latin text are at most reported (``_as_doubts``);
  a double-spaced narrow column (seed 002) is read with its blank lines inside sentences as
  line breaks (``_breaks_inside_sentences``: white space only, so findings keep their places);
* ``_garbled_latin_blocks``: a block whose garble shows in its Latin words set full-width and
  apart (``砸藻责燥则贼 葬 遭怎早 蚤灶 郧陨酝孕``: a page of English sentences, references, a man page's
  synopsis, with few marks to garble) is garbled; read as one where nothing was read in it;
* ``_detect_document`` judges a text: garbled by the look-alikes that read as marks, else by
  its numbers alone (``_figures_only``), else at most "may have" (the document finding);
* ``_garbled_findings`` reads a garbled text: each line's status (``document``), then the
  findings of the marks' look-alikes (``_mark_findings``, the hot loop), of the numbers
  (``_number_findings``) and of the other symbols (``_symbol_findings``), put in span order
  (``_in_span_order``), where a token half repaired is read whole where the evidence holds
  (``tokens._whole_tokens``: 圆M is 2M) and a number's sign (``_signed_numbers_whole``) and a
  range (``_whole_ranges``) are applied whole or not at all.

>>> from cleaner.stages.base import StageContext
>>> text = "会议上指出院野加强党的建设袁关键是从严抓好落实遥冶医院尧学院要求袁"
>>> "".join(f.edit.after for f in detect(text, StageContext()) if f.edit)
'：“，。”、，'
"""

from __future__ import annotations

import bisect
import operator
import re
from typing import Final, NamedTuple

from cleaner import lexicon
from cleaner.chars import HAN_CLASS, is_latin_text
from cleaner.model import Edit, Finding, Span
from cleaner.stages.base import Stage, StageContext
from cleaner.stages.punct_shift.decide import (
    DOUBT,
    DOUBT_FROM,
    ENOUGH,
    ENOUGH_FROM,
    LIKELY,
    LIKELY_FROM,
    MARKER_FROM,
    SURE,
    SURE_FROM,
    _Candidate,
    _confidence,
    _covered,
    _finding,
    _reason,
)
from cleaner.stages.punct_shift.document import (
    MAX_REAL_PER_MARKER,
    MIN_MARKERS,
    MIN_NUMBER_MARKERS,
    _chinese_marks,
    _document_finding,
    _figures_line_status,
    _line_level,
    _line_status,
    _marks_show_garble,
    _more_real_punct_than,
    _numbers_show_garble,
    _real_mark_starts,
    _real_marks_upto,
)
from cleaner.stages.punct_shift.faithful import (
    APART_MIN_LETTERS,
    _apart_latin_words,
    _apart_letters,
    _bullets,
    _corner_quotes,
    _dash_run_hyphens,
    _latin_words,
)
from cleaner.stages.punct_shift.marks import _punct_candidates
from cleaner.stages.punct_shift.numbers import (
    AFTER_OUTPUTS,
    BETWEEN_SIGNS,
    CELL_SIGNS,
    SET_APART,
    SIGN_OUTPUT,
    SIGNS_AFTER,
    _cell_numbers,
    _cell_sign_candidates,
    _column_witnesses,
    _comma_before_number,
    _fills_cell,
    _is_digit_at,
    _item_parentheses,
    _items_closed_alone,
    _label_cell,
    _lone_at_cell_end,
    _number_candidates,
    _number_markers,
    _number_shape_re,
    _number_shapes,
    _number_sign_candidates,
    _real_digit,
    _stop_before_gloss,
    _stop_before_number,
    _unit_char,
    _witnessed_numbers,
)
from cleaner.stages.punct_shift.table import (
    _COLUMN_GAP_RE,
    _INLINE_SPACES,
    RULE,
    RULE_DIGIT,
    RULE_DOCUMENT,
    _high_risk,
    _Lines,
    _marker_count,
    shift_table,
)
from cleaner.stages.punct_shift.tokens import _put_in_place, _whole_tokens
from cleaner.stages.punct_shift.verse import _lone_digits_in_literary

#: A finding's (start, end): the order of the findings returned (a C-level key: thousands per document).
_BY_SPAN: Final = operator.attrgetter("span.start", "span.end")
#: A block: lines with no blank line between them. A line of white space alone is blank (a CRLF
#: text's blank line is ``\r``: its paragraphs are blocks as an LF text's are); each block starts
#: at a line's start (one try per line: linear on a long run of white space).
_BLOCK_RE: Final = re.compile(r"^[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*", re.MULTILINE)


def detect(text: str, ctx: StageContext) -> list[Finding]:
    """The stage's findings for ``text`` (the module's docstring tells the flow), one per repair."""
    found = _findings(text)
    latin = _garbled_latin_blocks(text, found)
    if latin:
        found = sorted(found + latin, key=_BY_SPAN)
    return _one_per_repair(found)


def _findings(text: str) -> list[Finding]:
    """The findings of every reader for ``text``: two readers may suggest the same repair."""
    markers = _marker_count(text)
    shapes: list[int] | None = None  # where the numbers of a garbled shape may start (scanned once)
    if markers < MIN_MARKERS:
        # Too few look-alikes of the common marks to be the garble; but a table's garble
        # shows only in its numbers (员圆援猿源): one class-led scan for their shapes.
        shapes = _number_shapes(text)
        if len(shapes) < MIN_NUMBER_MARKERS:
            return []  # fast path
        limit = (markers + len(shapes)) * MAX_REAL_PER_MARKER
    else:
        limit = markers * MAX_REAL_PER_MARKER  # (the marks' look-alikes alone judge it here)
    reals = _real_marks_upto(text, limit)
    if reals is None:
        # Clean text, even if every look-alike were a mark; but a garbled block (a paragraph
        # pasted from a garbled PDF, a table of garbled figures) may sit inside it.
        if shapes is None:
            shapes = _number_shapes(text)
        if markers >= 2 * MIN_MARKERS:
            return _garbled_blocks(text, shapes)
        if len(shapes) >= MIN_NUMBER_MARKERS:
            # (in only on its numbers' shapes: every block is judged by its numbers alone)
            return _garbled_blocks(text, shapes, numbers_only=True)
        return []
    # (shapes were scanned only when too few mark look-alikes let the document in: then only
    # its numbers may show the garble)
    if "\n\n" in text:
        # (findings keep their places: the text read differs only in white space)
        text = _breaks_inside_sentences(text)
    found = _detect_document(text, "document", reals, numbers_only=shapes is not None)
    if is_latin_text(text):
        return _as_doubts(found)  # (Latin text quoting the garble, a manual or a source file)
    return found


#: A blank line between two lines of text (the spaces of a line's indent may follow it).
_BLANK_BETWEEN_LINES_RE: Final = re.compile(r"\n(?<=[^\n]\n)\n(?=[^\n])")  # (led by \n: the engine scans for it in C)
#: What ends a paragraph, real or garbled (。！？…”） and 遥 浴 钥 噎 冶 冤): a blank line after
#: anything else stands inside a sentence.
PARAGRAPH_ENDS: Final = frozenset("。！？…”）遥浴钥噎冶冤")
#: A line of three cells or more (two gaps between them) is a table's row (后勤部　员工3人　会员7人);
#: one gap may part a heading's number from its text (第十条　学院设…).
TABLE_ROW_GAPS: Final = 2
#: The longest line of a narrow column (seed 002's hold 9 to 14 hanzi and some spaces).
COLUMN_LINE: Final = 30
#: How many lines, each set apart by one blank line, make a double-spaced column.
COLUMN_RUN: Final = 4


def _breaks_inside_sentences(text: str) -> str:
    """``text`` with each blank line that stands inside a sentence of a double-spaced narrow
    column made a line break (its first break a space that ends the line): extraction sets a
    blank line after every line of some narrow columns (seed 002: 习近⏎⏎平总书记, 学院设院⏎⏎长一人),
    and a word broken over such a line is read whole, as over a line break. Only between two
    lines of one column (:func:`_column_lines`) where the first ends no sentence nor is a
    table's row (three cells or more) and a word spans the break: a blank line after a
    sentence's end still parts paragraphs (岗遥⏎⏎远月), one after a title or a byline parts it
    from what follows (歪嘴和尚一⏎⏎刘杰: no column of short lines), one after a table's row
    parts tables."""
    columns = _column_lines(text)
    if not columns:
        return text  # (no line in a column: no blank line is read, so none is scanned for)
    parts: list[str] = []
    at = 0
    for blank in _BLANK_BETWEEN_LINES_RE.finditer(text):
        end = blank.start()
        while end and text[end - 1] in _INLINE_SPACES:
            end -= 1
        line_start = text.rfind("\n", 0, end) + 1
        if (
            columns.get(line_start, -1) != columns.get(blank.end(), -2)
            or text[end - 1] in PARAGRAPH_ENDS
            or len(_COLUMN_GAP_RE.findall(text, line_start, end)) >= TABLE_ROW_GAPS
            or not _word_across(text, end, blank.end())
        ):
            continue
        parts.append(text[at : blank.start()])
        parts.append(" \n")  # (a space ending the line, where the first break stood)
        at = blank.end()
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


def _column_lines(text: str) -> dict[int, int]:
    """Where each line of a double-spaced narrow column starts -> which column it is in (its
    first line's start): runs of COLUMN_RUN lines or more, each no longer than COLUMN_LINE and
    parted from the next by exactly one blank line. A title and a byline set apart (two short
    lines before a paragraph's long one) make no column."""
    found: dict[int, int] = {}
    run: list[int] = []
    at, previous_end = 0, -3
    for line in text.split("\n"):
        end = at + len(line)
        if line.strip():
            short = len(line) <= COLUMN_LINE
            if not (short and at == previous_end + 2):  # (one blank line after the line before)
                run = _close_run(run, found)
            if short:
                run.append(at)
            previous_end = end
        at = end + 1
    _close_run(run, found)
    return found


def _close_run(run: list[int], found: dict[int, int]) -> list[int]:
    """Adds the lines of ``run`` to ``found`` when they are a column; returns a new, empty run."""
    if len(run) >= COLUMN_RUN:
        found.update(dict.fromkeys(run, run[0]))
    return []


def _word_across(text: str, end: int, next_start: int) -> bool:
    """Whether a word of the lexicon spans the break between ``text[end - 1]`` (a line's last
    hanzi) and ``text[next_start]`` (the next line's first): 院⏎⏎长 (院长), 工⏎⏎程 (工程); or a
    number and its unit (猿⏎⏎万人次)."""
    left, right = text[max(0, end - 2) : end], text[next_start : next_start + 2]
    if _is_digit_at(text, end - 1) and _unit_char(right[:1]):
        return True
    return any(
        lexicon.is_word(left[len(left) - size :] + right[:extra])
        for size in (1, 2)
        for extra in (1, 2)
        if size <= len(left) and extra <= len(right)
    )


def _garbled_blocks(text: str, shapes: list[int], *, numbers_only: bool = False) -> list[Finding]:
    """The blocks (runs of non-blank lines) of a clean document that are garbled themselves,
    each judged as a document of its own; in a block of clean prose, a line of garbled
    figures (a table's row set in it) is judged as one. ``shapes``: :func:`_number_shapes`
    of ``text``; ``numbers_only``: the document got in only on those shapes, so its blocks are
    judged by their numbers alone."""
    findings: list[Finding] = []
    for block in _BLOCK_RE.finditer(text):
        body = block.group()
        markers = _marker_count(body)
        block_shapes = _shapes_within(shapes, block.start(), block.end())
        numbers = len(block_shapes)
        if markers < MIN_MARKERS and numbers < MIN_NUMBER_MARKERS:
            continue
        if _more_real_punct_than(body, (markers + numbers) * MAX_REAL_PER_MARKER):
            if numbers >= MIN_NUMBER_MARKERS:
                findings.extend(_garbled_number_lines(text, block.start(), block.end(), shapes))
            continue
        # A block that gets through only on its numbers (too few mark look-alikes, or too few
        # for its real marks) is judged by them alone, so the quoting-lines rule holds: its
        # mark look-alikes (要 尧 袁 in a list quoting the garble) do not make it a garbled page.
        only = (
            numbers_only
            or markers < MIN_MARKERS
            or (numbers > 0 and _more_real_punct_than(body, markers * MAX_REAL_PER_MARKER))
        )
        found = _detect_document(body, "block", numbers_only=only)
        if only and not _fill_cells(text, block_shapes):
            found = _as_doubts(found)
        elif is_latin_text(body):
            found = _as_doubts(found)  # (a block of Latin text, a comment or a manual, quoting the garble)
        findings.extend(_shifted(f, block.start()) for f in found)
    return findings


#: A block holding this many Latin words set full-width and apart (faithful._apart_latin_words:
#: 砸藻责燥则贼 葬 遭怎早 蚤灶 郧陨酝孕) is garbled in its Latin words, whatever its marks show (a page of
#: English sentences, a list of references, a man page's synopsis has few Chinese marks to
#: garble): clean Chinese text sets no such word (none in the clean text of any dev set or
#: probe corpus), and three of them rule out a chance run of rare hanzi between spaces.
LATIN_BLOCK_WORDS: Final = 3
#: One of them at least is this long: a name of three hanzi or a word of four may be all
#: look-alikes (曾泽增 in a roster), no Chinese word of five is.
LATIN_LONG_WORD: Final = 5
#: A page sets its Latin words in one width: a block holding more than this many ASCII words
#: (of APART_MIN_LETTERS letters or more) for each word set full-width is Latin text quoting the
#: garble (a source file's comments, a manual of this stage), not a garbled page.
ASCII_WORDS_PER_GARBLED: Final = 3
#: An ASCII word of APART_MIN_LETTERS letters or more.
_ASCII_WORD_RE: Final = re.compile(f"[A-Za-z]{{{APART_MIN_LETTERS},}}")


def _garbled_latin_blocks(text: str, found: list[Finding]) -> list[Finding]:
    """The findings of the blocks of ``text`` that are garbled in their Latin words (LATIN_BLOCK_WORDS
    of them set apart; no more real Chinese marks than those words, as the marks' look-alikes
    are counted, nor more than ASCII_WORDS_PER_GARBLED ASCII words for each: a text quoting the
    garble has its own). A block ``found`` (the findings read already) repairs nothing in is read
    as a garbled block (:func:`_read_latin_block`); in another, its Latin words
    (faithful._latin_words) and letters set apart (faithful._apart_letters) where ``found``
    repairs nothing, but on a line holding a Chinese mark (a heading in real marks beside a
    garbled body, 孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类：, is clean, never edited)."""
    apart = _apart_latin_words(text)
    if len(apart) < LATIN_BLOCK_WORDS:
        return []
    repaired = {
        k for f in found if f.edit is not None and f.confidence > DOUBT for k in range(f.span.start, f.span.end)
    }
    findings: list[Finding] = []
    starts = [start for start, _ in apart]
    for block in _BLOCK_RE.finditer(text):
        first, last = bisect.bisect_left(starts, block.start()), bisect.bisect_left(starts, block.end())
        # (the block's words, where the block's own text holds them: the run's pattern reads a
        # line's edge as it reads the text's)
        words = [(start - block.start(), end - block.start()) for start, end in apart[first:last]]
        body = block.group()
        if len(words) < LATIN_BLOCK_WORDS or all(end - start < LATIN_LONG_WORD for start, end in words):
            continue
        # (its Chinese marks only: an ASCII mark beside a look-alike, 澡贼贼责泽://, shows nothing)
        marks = _chinese_marks(body, list(_real_mark_starts(body)))
        if len(marks) > len(words) * MAX_REAL_PER_MARKER:
            continue
        if len(_ASCII_WORD_RE.findall(body)) > len(words) * ASCII_WORDS_PER_GARBLED:
            continue  # (Latin text quoting the garble)
        clean = frozenset(body.rfind("\n", 0, at) + 1 for at in marks)
        if not repaired.intersection(range(block.start(), block.end())):
            findings += [_shifted(f, block.start()) for f in _read_latin_block(body, words, clean)]
            continue
        latin = _latin_words(body)
        for cand in latin + _apart_letters(body, latin, words):
            level = _confidence(cand.evidence)
            span = range(block.start() + cand.start, block.start() + cand.end)
            if level is None or repaired.intersection(span) or body.rfind("\n", 0, cand.start) + 1 in clean:
                continue
            findings.append(_shifted(_finding(RULE, cand, level), block.start()))
    return findings


def _read_latin_block(body: str, words: list[tuple[int, int]], clean: frozenset[int]) -> list[Finding]:
    """The findings of a block garbled in its Latin words (``words``: those set apart) that
    nothing was read in: a garbled block, read as one (its marks and numbers too, each line by
    its own marks), its Latin words set apart with them but on a line holding a Chinese mark
    (``clean``: the starts of those lines; a line quoting the garble in real marks). Its block
    finding counts those words as the markers they are."""
    reals = list(_real_mark_starts(body))
    marks = _punct_candidates(body)
    markers = [c for c in marks if c.evidence >= MARKER_FROM]
    document = _document_finding(len(body), "block", len(markers) + len(words), len(reals), garbled=True)
    numbers = _read_numbers(body)
    latin = _covered(numbers.latin)
    latin.update(k for start, end in words for k in range(start, end))
    numbers = numbers._replace(numbers=[c for c in numbers.numbers if not _spaced_among_hanzi(body, c, latin)])
    found = _garbled_findings(body, document, reals, marks, markers, numbers)
    apart = [
        _finding(RULE, c, LIKELY)
        for c in _apart_letters(body, numbers.latin, words)
        if body.rfind("\n", 0, c.start) + 1 not in clean
    ]
    return sorted(found + apart, key=_BY_SPAN)


#: The prefix of an ordinal number (第 5 章).
ORDINAL: Final = "第"
#: A hanzi (HAN_CLASS).
_HANZI_RE: Final = re.compile(f"[{HAN_CLASS}]")


def _spaced_among_hanzi(text: str, cand: _Candidate, latin: set[int]) -> bool:
    """Whether ``cand`` is a lone digit's look-alike read only as set apart (numbers.SET_APART)
    with a hanzi one space away on each side, neither in a Latin word (``latin``): Chinese set
    word by word or character by character beside a block's Latin words (员工 远 在 美国) spaces
    its own words so; a number set apart in technical prose stands beside a Latin word, code or a
    mark (Chapter 4 for), or in its own context (ORDINAL before it, a unit after it)."""
    start, end = cand.start, cand.end
    if end - start != 1 or SET_APART not in cand.notes or text[start - 1 : start] != " ":
        return False
    if text[end : end + 1] != " " or start < 2 or end + 1 >= len(text):
        return False
    before, after = start - 2, end + 1
    if text[before] == ORDINAL or _unit_char(text[after]):
        return False  # (an ordinal, a count before its unit: a number's own context)
    return all(_HANZI_RE.match(text[at]) is not None and at not in latin for at in (before, after))


def _garbled_number_lines(text: str, start: int, end: int, shapes: list[int]) -> list[Finding]:
    """The lines of ``text[start:end]`` (a block of clean prose) that hold MIN_NUMBER_MARKERS
    shapes of garbled numbers, each judged as a document of its own (at most reported unless
    those figures fill cells, as a table's row)."""
    findings: list[Finding] = []
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        if line_end < 0:
            line_end = end
        line_shapes = _shapes_within(shapes, at, line_end)
        if len(line_shapes) >= MIN_NUMBER_MARKERS:
            found = _detect_document(text[at:line_end], "line", numbers_only=True)
            if not _fill_cells(text, line_shapes):
                found = _as_doubts(found)
            findings.extend(_shifted(f, at) for f in found)
        at = line_end + 1
    return findings


def _shapes_within(shapes: list[int], start: int, end: int) -> list[int]:
    """The number shapes (sorted starts, :func:`_number_shapes`) that start in [start, end)."""
    return shapes[bisect.bisect_left(shapes, start) : bisect.bisect_left(shapes, end)]


def _fill_cells(text: str, shapes: list[int]) -> bool:
    """Whether the garbled figures starting at ``shapes`` (a block or line judged by its numbers
    alone) are a table's rows: MIN_NUMBER_MARKERS of them fill cells (深发展　员圆援猿源). Else it is
    prose quoting the garble (数字变成员圆援猿源和员园园豫, 例如员圆援猿源　员园园豫等): at most reported."""
    return sum(_fills_cell(text, at) for at in shapes) >= MIN_NUMBER_MARKERS


def _detect_document(
    text: str, what: str, reals: list[int] | None = None, *, numbers_only: bool = False
) -> list[Finding]:
    """The findings for ``text`` once it may be garbled: ``what`` (for the messages) is
    'document', 'block' (a block of a clean document) or 'line' (a line of a block of clean
    prose); ``reals``, where the real punctuation marks are (found here if not given);
    ``numbers_only``: ``text`` was read only for its numbers' shapes, so only its numbers may
    show the garble (its mark look-alikes alone never make it garbled).

    The whole text is judged first: by the look-alikes that read as marks, else (a table of
    figures) by its numbers; the document-level finding says which, or that it may have the
    garble. Only a garbled text is read further (:func:`_garbled_findings`)."""
    if reals is None:
        reals = list(_real_mark_starts(text))
    real = len(reals)
    marks = _punct_candidates(text)
    markers = [c for c in marks if c.evidence >= MARKER_FROM]
    if not numbers_only and _marks_show_garble(markers, real):
        document = _document_finding(len(text), what, len(markers), real, garbled=True)
        return _garbled_findings(text, document, reals, marks, markers, _read_numbers(text))
    # Where the marks do not show the garble, the numbers may (a table of figures: 员圆援猿源).
    figures = _figures_only(text, len(markers), real)
    if figures is not None:
        document = _document_finding(
            len(text), what, len(markers), real, garbled=True, number_markers=len(figures.markers)
        )
        return _garbled_findings(text, document, reals, marks, markers, figures.numbers, figures)
    if numbers_only or len(markers) < MIN_MARKERS:
        return []  # the look-alikes read as words: nothing to report
    return [_document_finding(len(text), what, len(markers), real, garbled=False)]


class _Numbers(NamedTuple):
    """A text's numbers (圆园员猿), their signs (圆缘益 25℃, 员园耀圆园 10～20) and its Latin words set
    full-width (栽悦蕴 TCL), read together: a number's unit may be a Latin word (员园灶皂 10nm)."""

    numbers: list[_Candidate]
    signs: list[_Candidate]
    latin: list[_Candidate]


def _read_numbers(text: str) -> _Numbers:
    """The :class:`_Numbers` of ``text``."""
    latin = _latin_words(text)
    signs = _number_sign_candidates(text)
    return _Numbers(_number_candidates(text, latin, signs), signs, latin)


class _FiguresOnly(NamedTuple):
    """A text whose garble shows only in its numbers (a table of figures): its numbers, and
    those numbers and signs among them whose shape shows the garble."""

    numbers: _Numbers
    markers: list[_Candidate]


def _figures_only(text: str, markers: int, real: int) -> _FiguresOnly | None:
    """What shows the garble in ``text``, whose marks show none (``markers`` look-alikes read as
    marks, ``real`` real marks), when its numbers do (else None): numbers of a shape no word explains
    (:func:`_number_markers`: 员圆援猿源 12.34, 原猿耀缘 －3～5), counted against its real marks as
    the marks' look-alikes are (:func:`_numbers_show_garble`)."""
    if _number_shape_re().search(text) is None:
        return None  # (the cheap first look: no shape of a garbled number at all)
    numbers = _read_numbers(text)
    number_markers = _number_markers(text, numbers.numbers, numbers.signs)
    if not _numbers_show_garble(len(number_markers), markers, real):
        return None
    return _FiguresOnly(numbers, number_markers)


def _garbled_findings(
    text: str,
    document: Finding,
    reals: list[int],
    marks: list[_Candidate],
    markers: list[_Candidate],
    numbers: _Numbers,
    figures: _FiguresOnly | None = None,
) -> list[Finding]:
    """The findings of a garbled ``text``, in span order, its ``document`` finding first: each
    line judged by its real marks (``reals``) against its markers (:func:`_line_status`), every
    candidate (the marks' look-alikes ``marks``, ``markers`` among them, and ``numbers``) at the
    level its evidence and its line allow; ``figures``, when only the numbers show the garble."""
    # (evidence the numbers give the marks: 渊源冤 is （4）, 袁员怨缘员年 is ，1951年)
    _item_parentheses(numbers.numbers, marks)
    _items_closed_alone(text, numbers.numbers, marks)
    _comma_before_number(numbers.numbers + numbers.latin, marks)
    _stop_before_number(text, numbers.numbers, marks)
    _stop_before_gloss(text, marks)
    lines_of = _Lines(text)
    if figures is None:
        status = _line_status(_chinese_marks(text, reals), markers, lines_of)
    else:
        # The numbers are markers of their lines too; a mark's look-alike is read only where its
        # own evidence would have made it a marker (the marks show no garble here).
        status = _figures_line_status(text, reals, markers + figures.markers, lines_of)
    findings = _in_span_order(
        document,
        _mark_findings(marks, status, lines_of.starts, figures_only=figures is not None),
        _number_findings(text, numbers, figures, status, lines_of)
        + _symbol_findings(text, numbers, marks, status, lines_of),
    )
    quiet = frozenset(start for start, line in zip(lines_of.starts, status, strict=True) if line != "garbled")
    findings = _whole_tokens(text, findings, quiet)
    if _AFTER_SIGN_RE.search(text) is not None:  # (most texts have no ℃ nor ％, nor 益 豫)
        findings = _signed_numbers_whole(text, findings)
    if any(c.symbol in _BETWEEN_OUTPUTS for c in numbers.signs):  # (most texts have no range)
        return _whole_ranges(text, findings)
    return findings


def _mark_findings(
    marks: list[_Candidate], status: list[str], line_starts: list[int], *, figures_only: bool
) -> list[Finding]:
    """The findings of the marks' look-alikes (``marks``, in text order, one per start), at the
    level their evidence gives (:func:`_line_level`) on their line (``status``; ``line_starts``:
    where each line starts); where only the numbers show the garble (``figures_only``), only a
    look-alike that is a marker itself is read, and at most as a doubt (后勤部　袁冶　园源员怨 is a
    name beside a garbled figure). The hot loop: thousands of look-alikes per document."""
    findings: list[Finding] = []
    high_risk = _high_risk()
    # Most garbled documents have one status on every line: then no line is looked up.
    uniform = status[0] if status.count(status[0]) == len(status) else ""
    bisect_right, append, reason_of = bisect.bisect_right, findings.append, _reason
    for cand in marks:
        evidence = cand.evidence
        if evidence < DOUBT_FROM:
            continue  # the common case in clean stretches: no finding (as _line_level says)
        if figures_only and evidence < MARKER_FROM:
            continue  # (a table's names: 袁源 叶圆 beside garbled figures)
        line = uniform or status[bisect_right(line_starts, cand.start) - 1]
        if line == "clean":
            continue
        # _line_level, inlined (one call less per look-alike)
        if evidence >= SURE_FROM:
            level = SURE
        elif evidence >= LIKELY_FROM:
            level = LIKELY
        elif evidence >= ENOUGH_FROM:
            level = DOUBT if cand.hanzi[0] in high_risk else ENOUGH
        else:
            level = DOUBT
        if (line == "mixed" or figures_only) and level > DOUBT:
            level = DOUBT
        start, end, symbol = cand.start, cand.end, cand.symbol
        if end - start == 1 and len(symbol) == 1:  # _finding's common case, inlined
            hanzi = cand.hanzi
            reason = reason_of(RULE, hanzi, symbol, cand.notes)
            span = Span(start, end)
            append(Finding(RULE, span, reason, level, Edit(span, hanzi, symbol, RULE, level, reason)))
        else:
            append(_finding(RULE, cand, level))
    return findings


def _number_findings(
    text: str, numbers: _Numbers, figures: _FiguresOnly | None, status: list[str], lines_of: _Lines
) -> list[Finding]:
    """The findings of the numbers, and of the cells of one or two digit look-alikes in a row of
    figures (:func:`_cell_numbers`); in a table of figures (``figures``), a cell's last word (中远
    张耀光) is no number and a row's label (缘溪　…, 苑园　…) at most a doubt."""
    figures_only = figures is not None
    cells = _cell_numbers(text, numbers.numbers, figures.markers if figures else None, numbers.signs, lines_of.starts)
    candidates = numbers.numbers + cells
    _lone_digits_in_literary(text, candidates)
    # (a table's row holding ASCII figures is often a mixed line, where its look-alike figures
    # are doubts unless the column shows them to be numbers)
    witnessed = _column_witnesses(text)
    if witnessed:
        candidates += _witnessed_numbers(text, witnessed, candidates)
    findings = []
    for cand in candidates:
        if figures_only and _lone_at_cell_end(text, cand):
            continue  # (中远　张耀光: 中远 is a name's word, not 中 6张)
        line = status[lines_of.of(cand.start)]
        if line == "mixed" and witnessed.get(cand.start) == cand.end:
            line = "garbled"  # (猿栋 under 5栋: the column reads it)
        level = _line_level(cand, line, high_risk=False)
        if level is not None and level > DOUBT and figures_only and _label_cell(text, cand):
            level = DOUBT  # (a row's label: 缘溪　…, 苑园　…)
        if level is not None:
            findings.append(_finding(RULE_DIGIT, cand, level))
    return findings


def _symbol_findings(
    text: str, numbers: _Numbers, marks: list[_Candidate], status: list[str], lines_of: _Lines
) -> list[Finding]:
    """The findings of the other symbols (signs, a cell's sign, 『』, ●, Latin words, the hyphen
    after a dash of ``marks``): read on a garbled line only."""
    findings = []
    others = _cell_sign_candidates(text) + _corner_quotes(text) + _bullets(text) + _dash_run_hyphens(text, marks)
    for cand in numbers.signs + others + numbers.latin:
        level = _confidence(cand.evidence)
        if level is not None and status[lines_of.of(cand.start)] == "garbled":
            findings.append(_finding(RULE, cand, level))
    return findings


def _in_span_order(document: Finding, in_order: list[Finding], others: list[Finding]) -> list[Finding]:
    """``[document] + in_order + others`` sorted by span (``in_order``, the findings of the marks'
    look-alikes, sorted already): sorted(…, key=_BY_SPAN) without a key for each of thousands of
    findings. Those of the look-alikes are in order (one per candidate, and the candidates are
    in text order, one per start: by_start and _view rely on it too), so the others (thousands
    on a long page of figures) are put in place by bisection in one pass, each after the
    findings of equal span before it, as a stable sort leaves them (:func:`_put_in_place`), the
    document's finding before them."""
    bisect.insort_left(in_order, document, key=_BY_SPAN)
    return _put_in_place(in_order, others)


#: The signs that stand between two numbers (～ ∶ × ／) and the signs a figure starts with.
_BETWEEN_OUTPUTS: Final = frozenset(SIGN_OUTPUT.get(s, s) for s in BETWEEN_SIGNS)
_FIGURE_SIGNS: Final = frozenset(CELL_SIGNS.values())
#: The look-alikes of the signs written after a number (益 ℃, 豫 ％).
_AFTER_SIGN_RE: Final = re.compile(
    "[" + "".join(e.hanzi for e in shift_table().values() if e.symbol in SIGNS_AFTER) + "]"
)


def _signed_numbers_whole(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` (in order) where a sign read after a number (℃ ％) whose number is left a
    digit's look-alike becomes a doubt: ℃ and ％ stand after a number only, so ``缘℃`` is half a
    repair, worse than the garble (a number and its sign are applied whole or not at all). And
    the other way: a lone digit's look-alike repaired right before the sign's look-alike left
    unread (来源豫章 is no 来4豫章) becomes a doubt too, its one evidence the sign it lost."""
    # (where a sign's look-alike stands: a few places, found once, not matched after every repair)
    signs = {match.start() for match in _AFTER_SIGN_RE.finditer(text)}
    # The repairs this may demote, a few per text, found first: a sign read after a number
    # (``signed``) and a lone look-alike repaired right before a sign's look-alike (``lone``).
    # What they ask of the other repairs (does one end where the sign starts, start where the
    # digit ends) is then read at their places only, not as sets of the ends and starts of
    # every repair (thousands per text). (Each repair's span, not Edit's start and end: a
    # property call each.)
    repairs = [f.edit for f in findings if f.edit is not None and f.edit.confidence > DOUBT]
    signed: list[Span] = []
    lone: list[Span] = []
    for edit in repairs:
        span = edit.span
        if edit.after in AFTER_OUTPUTS:
            signed.append(span)
        if span.end in signs and span.end - span.start == 1:
            lone.append(span)
    if not signed and not lone:
        return findings
    asked_ends = {span.start for span in signed}
    asked_starts = {span.end for span in lone}
    ends: set[int] = set()  # (those of asked_ends where a repair ends)
    starts: set[int] = set()  # (those of asked_starts where a repair starts)
    for edit in repairs:
        span = edit.span
        if span.end in asked_ends:
            ends.add(span.end)
        if span.start in asked_starts:
            starts.add(span.start)
    demote = {
        span.start for span in signed if span.start not in ends and not _real_digit(text[span.start - 1 : span.start])
    } | {span.start for span in lone if _is_digit_at(text, span.start) and span.end not in starts}
    if not demote:
        return findings
    return [_as_doubts([f])[0] if f.edit is not None and f.edit.start in demote else f for f in findings]


def _whole_ranges(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` (in order) where a sign read between two numbers (～ ∶ × ／) is applied only
    together with both of them: when a side is neither a digit nor a number repaired with it
    (``圆耀猿`` with 圆 left a doubt), the sign and the number on its other side become doubts
    too (a half-repaired ``圆～3`` is worse than the garble)."""
    # (the suggested repairs by start: Edits, never None)
    confident = {f.edit.start: f.edit for f in findings if f.edit is not None and f.edit.confidence > DOUBT}
    ends = {e.end: e for e in confident.values()}
    # (every suggested repair, a doubt too, by end: where a range's left number starts)
    any_ends = {f.edit.end: f.edit for f in findings if f.edit is not None}
    demote: set[int] = set()
    for edit in list(confident.values()):
        if edit.after not in _BETWEEN_OUTPUTS or edit.end - edit.start != 1:
            continue
        left = ends.get(edit.start)
        right = confident.get(edit.end)
        left_ok = left is not None or _real_digit(text[edit.start - 1 : edit.start])
        right_ok = _real_digit(text[edit.end : edit.end + 1]) or (
            right is not None and (right.after not in _FIGURE_SIGNS or right.end in confident)
        )
        if not (left_ok and right_ok):
            demote.add(edit.start)
            if left is not None:
                demote.add(left.start)
            # a sign before the left number (原缘耀原员: no －缘耀原员 left behind)
            number = any_ends.get(edit.start)
            before = ends.get(number.start if number is not None else edit.start)
            if before is not None and before.after in _FIGURE_SIGNS:
                demote.add(before.start)
            if right is not None:
                demote.add(edit.end)
                if right.after in _FIGURE_SIGNS and right.end in confident:
                    demote.add(right.end)
    if not demote:
        return findings
    return [_as_doubts([f])[0] if f.edit is not None and f.edit.start in demote else f for f in findings]


def _one_per_repair(findings: list[Finding]) -> list[Finding]:
    """``findings`` with one finding per suggested repair, the surest: two readers may read the
    same look-alike as the same mark (要 between 2日20时 and 3日: a range of days and a range of
    times), and the second finding would only tell the reviewer, as a doubt beside the change,
    what the change already does. Findings of one span with different repairs all stay: they
    are the alternatives a reviewer weighs."""
    surest: dict[tuple[int, int, str], int] = {}
    suggested = 0
    for index, finding in enumerate(findings):
        edit = finding.edit
        if edit is None:
            continue
        suggested += 1
        span = edit.span  # (its fields, not Edit's start and end: a property call each, per finding)
        key = (span.start, span.end, edit.after)
        kept = surest.get(key)
        if kept is None or finding.confidence > findings[kept].confidence:
            surest[key] = index
    if len(surest) == suggested:
        return findings  # (the common case: every repair suggested once)
    keep = frozenset(surest.values())
    return [f for index, f in enumerate(findings) if f.edit is None or index in keep]


def _as_doubts(findings: list[Finding]) -> list[Finding]:
    """``findings`` with every suggested repair made at most a doubt (reported, not applied)."""
    capped = []
    for finding in findings:
        edit = finding.edit
        if edit is not None and edit.confidence > DOUBT:
            edit = Edit(edit.span, edit.before, edit.after, edit.rule, DOUBT, edit.reason)
            finding = Finding(finding.rule, finding.span, finding.message, min(finding.confidence, DOUBT), edit)
        capped.append(finding)
    return capped


def _shifted(finding: Finding, offset: int) -> Finding:
    """``finding`` (of a block or line read alone) in the coordinates of the whole text."""
    span = Span(finding.span.start + offset, finding.span.end + offset)
    edit = finding.edit
    if edit is not None:
        moved = Span(edit.start + offset, edit.end + offset)
        edit = Edit(moved, edit.before, edit.after, edit.rule, edit.confidence, edit.reason)
    return Finding(finding.rule, span, finding.message, finding.confidence, edit)


STAGE = Stage(
    id="punct-shift",
    summary="punctuation and digits extracted as hanzi (GB2312 lead byte +0x31), judged per occurrence",
    rules=(RULE, RULE_DIGIT, RULE_DOCUMENT),
    detect=detect,
)
