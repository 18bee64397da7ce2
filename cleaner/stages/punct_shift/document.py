"""Whether the text has the garble at all, and where: real punctuation marks counted against the
look-alikes read as marks (or, in a table of figures, against the numbers of a garbled shape),
for the document and per line (garbled, clean, mixed), the document-level finding and its
confidence, and a candidate's confidence given its line.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import Final

from cleaner.chars import (
    FULLWIDTH_COLON,
    HAN_CLASS,
    LEFT_LENTICULAR,
    MIDDLE_DOT,
    RIGHT_LENTICULAR,
    STOP_PUNCT,
    is_han,
)
from cleaner.model import Finding, Span
from cleaner.stages.punct_shift.decide import DOUBT, ENOUGH, _Candidate, _confidence
from cleaner.stages.punct_shift.table import (
    CHINESE_MARKS,
    LONG_RUN,
    REPAIRED_LETTERS,
    RULE_DOCUMENT,
    _Lines,
    _lookalikes,
    per_text,
    shift_table,
)
from cleaner.tables import read_tsv

#: A document (or block) has the garble when it has at least this many markers, and at
#: least one marker for every MAX_REAL_PER_MARKER real marks of Chinese punctuation: a garbled
#: page has almost none (seed 002: 654 to 26, the real ones in its headings), while a clean
#: text that quotes the garble (a manual, DESIGN.md) has more real marks than look-alikes.
MIN_MARKERS: Final = 3
MAX_REAL_PER_MARKER: Final = 1
#: A document, block or line whose marks show no garble has it in its numbers when it holds at
#: least this many numbers of a garbled shape (numbers._number_markers: 员圆援猿源, 员园园, 原猿耀缘),
#: counted against its real marks as the marks' look-alikes are. Two, not MIN_MARKERS: such a
#: shape is far stronger evidence than one comma's look-alike (the clean text of every dev set
#: holds none; a row of a table of prices holds two: 深发展　员圆援猿源　员猿援园圆), and a table
#: row is a line of its own.
MIN_NUMBER_MARKERS: Final = 2
#: Real punctuation when judging whether text is garbled: Chinese marks, and ASCII clause
#: marks beside a hanzi (``2022年,意义非凡``: the garble never produces ASCII).
_ANY_REAL_PUNCT_RE: Final = re.compile(
    f"[{re.escape(CHINESE_MARKS)}]|(?<=[{HAN_CLASS}])[,;:!?]|[,;:!?](?=[{HAN_CLASS}])"
)


def _real_marks_upto(text: str, limit: int) -> list[int] | None:
    """Where the real punctuation marks of ``text`` are, or None when there are more than
    ``limit`` (it stops counting there: clean text is answered early)."""
    found: list[int] = []
    for at in _real_mark_starts(text):
        if len(found) == limit:
            return None
        found.append(at)
    return found


#: A Chinese mark or an ASCII clause mark (which counts only beside a hanzi): one character
#: class scans three times faster than _ANY_REAL_PUNCT_RE's look-arounds.
_MARK_OR_ASCII_RE: Final = re.compile(f"[{re.escape(CHINESE_MARKS)},;:!?]")
_ASCII_CLAUSE_MARKS: Final = frozenset(",;:!?")


def _real_mark_starts(text: str) -> Iterator[int]:
    """Where _ANY_REAL_PUNCT_RE matches in ``text``, in order, but for the separators of
    formulas between garbled digits (:func:`_formula_mark`): not the writer's punctuation."""
    n = len(text)
    for match in _MARK_OR_ASCII_RE.finditer(text):
        at = match.start()
        if text[at] in _ASCII_CLAUSE_MARKS and (
            not ((at and is_han(text[at - 1])) or (at + 1 < n and is_han(text[at + 1]))) or _formula_mark(text, at)
        ):
            continue
        yield at


def _formula_mark(text: str, at: int) -> bool:
    """Whether the ASCII clause mark at ``text[at]`` (counted as real punctuation when a hanzi
    touches it) touches no hanzi but digit look-alikes: a formula's or a list's separator
    (``MEDIAN(员;缘;9;20)``, ``A员:C猿``, ``BITOR(远;10)``), which a garbled number, not a writer
    of Chinese, put beside the look-alike: no evidence that the line is clean."""
    if text[at] not in _ASCII_CLAUSE_MARKS:
        return False
    digits = _lookalikes()[1]
    touched = False
    for near in (at - 1, at + 1):
        if 0 <= near < len(text) and is_han(text[near]):
            if text[near] not in digits:
                return False
            touched = True
    return touched


def _more_real_punct_than(text: str, limit: int) -> bool:
    """Whether ``text`` has more than ``limit`` real punctuation marks (stops counting there)."""
    return any(count > limit for count, _ in enumerate(_real_mark_starts(text), 1))


def _marks_show_garble(markers: list[_Candidate], real: int) -> bool:
    """Whether the look-alikes read as marks (``markers``) make a text with ``real`` real
    punctuation marks garbled: enough of them, as many as the real marks, and of more than one
    kind, for the garble turns every mark (``袁明 袁刚 袁立`` is three names), or in long runs
    (a table of contents' leaders: 绪论 噎噎噎噎噎噎 3; no words repeat a look-alike so)."""
    count = len(markers)
    if count < MIN_MARKERS or count * MAX_REAL_PER_MARKER < real:
        return False
    return len({c.symbol for c in markers}) >= 2 or all(c.end - c.start >= LONG_RUN for c in markers)


def _numbers_show_garble(number_markers: int, markers: int, real: int) -> bool:
    """Whether a text whose marks show no garble has it in its numbers: enough numbers of a
    garbled shape (``number_markers``), counted with the look-alikes read as marks
    (``markers``) against the ``real`` real punctuation marks."""
    return number_markers >= MIN_NUMBER_MARKERS and (markers + number_markers) * MAX_REAL_PER_MARKER >= real


def _document_finding(
    length: int, what: str, markers: int, real: int, *, garbled: bool, number_markers: int | None = None
) -> Finding:
    """The finding over the whole text (``length`` characters; ``what``: 'document', 'block' or
    'line') that says whether it has the garble: with ``markers`` look-alikes read as marks and
    ``real`` real marks; ``number_markers``, when only its numbers show the garble."""
    if number_markers is not None:
        confidence = _document_confidence(markers + number_markers, real)
        message = (
            f"this {what} has the punctuation-shift garble (GB2312 lead byte +0x31) in its numbers: "
            f"{number_markers} numbers of look-alikes no word explains (12.34 as 员圆援猿源), "
            f"{markers} look-alikes read as punctuation, {real} real Chinese punctuation marks"
        )
    else:
        confidence = _document_confidence(markers, real)
        message = (
            f"this {what} {'has' if garbled else 'may have'} the punctuation-shift garble "
            f"(GB2312 lead byte +0x31): {markers} look-alikes read as punctuation, "
            f"{real} real Chinese punctuation marks"
        )
    return Finding(RULE_DOCUMENT, Span(0, length), message, confidence)


#: A visible ASCII character (a letter, a digit, ``=``, ``#``, ``(``): a Founder page sets its
#: figures and their signs full-width, and its garble makes no ASCII, so a line whose garble
#: shows only in its numbers yet holds one is text that quotes the garble
#: (``员圆援猿源 = 12.34``, ``12.34　员圆援猿源``, a comment of source code), not a garbled row.
#: A real full-width figure (digits ０-９ U+FF10-FF19, ． U+FF0E, ％ U+FF05: １２．３４　１００％)
#: shows it too: the garble turns every one. (Not the full-width letters and marks: a page
#: garbled in its marks and digits only keeps its （） ： and ＧＤＰ.)
_ASCII_VISIBLE_RE: Final = re.compile("[!-~\uff05\uff0e\uff10-\uff19]")


def _quoting_lines(text: str, reals_at: list[int], lines_of: _Lines) -> set[int]:
    """The lines of ``text`` holding a real punctuation mark (``reals_at``) or a visible ASCII
    character: where the numbers alone show the garble, such a line quotes it (``例如：员圆援猿源``,
    ``员圆援猿源 = 12.34``: its marks were never garbled), so it is at most reported."""
    quoting = {lines_of.of(at) for at in reals_at}
    quoting.update(lines_of.of(m.start()) for m in _ASCII_VISIBLE_RE.finditer(text))
    return quoting


def _chinese_marks(text: str, reals_at: list[int]) -> list[int]:
    """Of the real marks ``reals_at`` of a garbled ``text``, the Chinese ones: what shows a line
    of it clean. An ASCII clause mark beside a hanzi counts for the whole text (a clean text has
    them: 2022年,意义非凡), but on a line of a garbled one it shows nothing: the garble never
    touches ASCII, so a garbled line keeps the marks its writer typed half-width
    (孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类: is Python Session 会话类:, 好评!价格便宜袁性价比高)."""
    return [at for at in reals_at if text[at] not in _ASCII_CLAUSE_MARKS]


def _line_status(reals_at: list[int], strong: list[_Candidate], lines_of: _Lines) -> list[str]:
    """Per line: 'garbled' (look-alikes outnumber real marks), 'clean' (real marks only),
    'mixed', or, for a line with neither, what the document is ('garbled')."""
    markers = lines_of.counts([cand.start for cand in strong])
    # Real marks (``reals_at``: where _ANY_REAL_PUNCT_RE matches) counted over the whole text at
    # once: a line break is neither a hanzi nor a mark, so the pattern's look-arounds see the
    # same as on each line alone.
    reals = lines_of.counts(reals_at)
    status = []
    for count, real in zip(markers, reals, strict=True):
        if count == 0 and real > 0:
            status.append("clean")
        elif count > real or real == 0:
            status.append("garbled")
        else:
            status.append("mixed")
    return status


def _figures_line_status(text: str, reals_at: list[int], markers: list[_Candidate], lines_of: _Lines) -> list[str]:
    """:func:`_line_status` where only the numbers show the garble (``markers``: the number
    markers among them): only the lines that show it themselves are read with confidence, so a
    'garbled' line is made 'mixed' when it holds none of ``markers`` (a table's line with none
    of its numbers garbled by shape, 市场部　尧远　0105, holds names) or when it quotes the garble
    (:func:`_quoting_lines`: a real mark or an ASCII character, 例如：员圆援猿源, 员圆援猿源 = 12.34;
    a Founder row has no mark left ungarbled and no ASCII)."""
    status = _line_status(reals_at, markers, lines_of)
    marked = {lines_of.of(c.start) for c in markers}
    quoting = _quoting_lines(text, reals_at, lines_of)
    return ["mixed" if s == "garbled" and (i not in marked or i in quoting) else s for i, s in enumerate(status)]


def _document_confidence(markers: int, real: int) -> float:
    """How sure the document has the garble: the share of marks that are look-alikes, damped
    for short texts."""
    if markers == 0:
        return 0.0
    share = markers / (markers + real)
    size = min(1.0, markers / 10)
    return round(min(0.99, share * (0.5 + 0.5 * size)), 3)


def _line_level(cand: _Candidate, line: str, high_risk: bool) -> float | None:
    """A candidate's confidence given its line: none on a clean line, a doubt on a mixed one;
    a high-risk hanzi (院 in 学院) needs more than just enough evidence."""
    level = _confidence(cand.evidence)
    if level is None or line == "clean":
        return None
    if line == "mixed" or (high_risk and level == ENOUGH):
        return min(level, DOUBT)
    return level


#: Function words of classical Chinese (文言) that modern prose rarely writes: none is a
#: look-alike, so a garbled page counts them as its clean text would (曰 is the look-alike of ；).
#: 也 and 其 are left out: modern reviews write 也 ("also") and 其 (其他, 其实) all the time; so is
#: 哉, the look-alike of the full-width Ｕ, which a garbled manual's 哉栽云-8 (UTF-8) repeats.
CLASSICAL_PARTICLES: Final = "之乎矣焉吾汝乃兮"
#: A text is classical prose (三国演义, 文言 essays) when it holds at least CLASSICAL_MIN of
#: them, at least one in every CLASSICAL_HAN_PER hanzi: 三国演义's pages of ~3,000 characters
#: hold one in 89 at the sparsest; the dev sets' pages (news, reviews, manuals, 《论语》 quoted in
#: a lecture) one in 115 at the densest.
CLASSICAL_MIN: Final = 10
CLASSICAL_HAN_PER: Final = 100
#: Words of modern prose that write 之 or 乃 (百分之五, 三分之一, 之间, 乃至): not counted as particles, or a modern
#: page of figures and comparisons (a report, an index's news) reads as classical.
MODERN_ZHI_WORDS: Final = ("分之", "之一", "之间", "之后", "之前", "之中", "之最", "之所以", "总之", "乃至", "乃是")
#: (runs of what is not a hanzi: a text has far fewer of them than hanzi, so counting these is
#: the cheaper way to count its hanzi)
_NOT_HAN_RUN_RE: Final = re.compile(f"[^{HAN_CLASS}]+")


@per_text
def _classical_prose(text: str) -> bool:
    """Whether ``text`` reads as classical prose, where old usage makes words of look-alikes
    that modern text writes as marks (袁术 the name said whole, as novels do). Once per text
    (cached: several rules ask): str.count per particle, and the hanzi counted only when the
    particles alone cannot say."""
    particles = sum(text.count(char) for char in CLASSICAL_PARTICLES)
    if particles < CLASSICAL_MIN or particles * CLASSICAL_HAN_PER < len(text) // 2:
        return False  # (too few even if half the text were no hanzi: most modern pages)
    particles -= sum(text.count(word) for word in MODERN_ZHI_WORDS)
    if particles < CLASSICAL_MIN:
        return False
    if particles * CLASSICAL_HAN_PER >= len(text):  # (no more hanzi than characters)
        return True
    return particles * CLASSICAL_HAN_PER >= _han_count(text)


@per_text
def _han_count(text: str) -> int:
    """The hanzi of ``text`` but the look-alikes of marks, digits and Latin letters (the garble
    itself would count: a 288-hanzi spec sheet's 1台，2片， are 479 hanzi garbled). Once per text."""
    han = len(text) - sum(map(len, _NOT_HAN_RUN_RE.findall(text)))
    return han - sum(text.count(lookalike) for lookalike in _symbol_lookalikes())


#: Function words of modern prose (the particles 的 了 么, the plural 们, 这, the copula 是, 在):
#: every modern page writes them on every line (one hanzi in 21 at the sparsest in the dev sets'
#: news, reviews and manuals), classical prose and verse almost never (唐诗 宋词 论语 老子: one
#: hanzi in a hundred and fewer). None is a look-alike, so a garbled page counts them as its clean
#: text would.
MODERN_FUNCTION_WORDS: Final = "的了么们这是在"
#: A text is literary (verse, classical prose) when it holds fewer than one of them in
#: LITERARY_HAN_PER hanzi (the sparsest modern page of the dev sets holds four times as many) ...
LITERARY_HAN_PER: Final = 80
#: ... or fewer than one in SIGNLESS_LITERARY_HAN_PER and no modern sign (_MODERN_SIGN_RE: a digit,
#: a number before a unit). The ci of the Song and the songs of the Yuan write 是 在 了 more often
#: than the Tang poems do (人道是, 那人却在, 小乔初嫁了: one hanzi in 50 to 100) and write their
#: numbers in hanzi; a modern page in phrases of four (a tourist brochure, health tips, greetings,
#: a job advert: one in 55 to 75) writes its hours, times and counts in figures (约3小时, 8时至17时,
#: 每周3到5次), which it would lose were it read as verse. The plays' speech (的 了 这 on every
#: line: one in 14 to 36) stays below, read by their books' form (:func:`_songbook`).
SIGNLESS_LITERARY_HAN_PER: Final = 50
#: ... among at least LITERARY_MIN_HAN hanzi (a short notice or a table of names may hold none).
LITERARY_MIN_HAN: Final = 400


@functools.cache
def _symbol_lookalikes() -> str:
    """The look-alikes of the repaired marks, the digits and the full-width Latin letters
    (袁 遥 院 园 员 葬 藻 …)."""
    punct, digits, _ = _lookalikes()
    letters = (h for h, entry in shift_table().items() if entry.symbol in REPAIRED_LETTERS)
    return "".join(sorted({*punct, *digits, *letters}))


@per_text
def _literary(text: str) -> bool:
    """Whether ``text`` is classical prose or verse (古文, 诗词), where old usage makes words of
    look-alikes that modern text writes as marks (子曰, 遥夜, 深院): classical prose by its
    particles (:func:`_classical_prose`), verse by the modern function words it lacks. (The
    look-alikes of Latin letters are no hanzi counted: a garbled English manual, 贼澡藻 for
    the, holds no modern function word either; nor those of marks and digits.)"""
    if _classical_prose(text):
        return True
    function_words = sum(text.count(char) for char in MODERN_FUNCTION_WORDS)
    if function_words * SIGNLESS_LITERARY_HAN_PER >= len(text):
        return False  # (modern prose even were every character a hanzi: the common case, no hanzi counted)
    han = _han_count(text)
    if han < LITERARY_MIN_HAN or function_words * SIGNLESS_LITERARY_HAN_PER >= han:
        return False
    if function_words * LITERARY_HAN_PER >= han and _MODERN_SIGN_RE.search(text):
        return False
    return _verse_clauses(text)


#: Verse is set in clauses of four to seven hanzi (五言, 七言, most of a 词's) ...
VERSE_CLAUSE: Final = (4, 7)
#: ... which hold at least this share of its hanzi: the poems and classics of the fortunes probe
#: 0.52 and more; a notice's lists of names or of hospitals, which lack 的 了 too, 0.33 at most
#: (and the dev sets' news, reviews and manuals 0.38).
VERSE_CLAUSE_SHARE: Final = 0.45
#: (runs of hanzi: counted per clause)
_HAN_RUN_RE: Final = re.compile(f"[{HAN_CLASS}]+")


@functools.cache
def _clause_split_re() -> re.Pattern[str]:
    """What ends a clause: a line's end, a mark of STOP_PUNCT or its look-alike, but the colon
    and 院 (a list of hospitals and courts ends its lines with 院: 人民医院, 中级法院)."""
    marks = {mark for mark in STOP_PUNCT if mark != FULLWIDTH_COLON}
    marks |= {hanzi for hanzi, mark in _lookalikes()[0].items() if mark in marks}
    return re.compile(f"[{re.escape(''.join(sorted(marks)))}\n]")


def _verse_clauses(text: str) -> bool:
    """Whether clauses of VERSE_CLAUSE hanzi hold VERSE_CLAUSE_SHARE of the hanzi of ``text``."""
    shortest, longest = VERSE_CLAUSE
    total = held = 0
    for clause in _clause_split_re().split(text):
        size = sum(map(len, _HAN_RUN_RE.findall(clause)))
        total += size
        if shortest <= size <= longest:
            held += size
    return held >= VERSE_CLAUSE_SHARE * total


def _verse_only(text: str) -> bool:
    """Whether ``text`` is verse, literary but not classical prose (whose novels name 袁绍 and
    label with a colon as modern text does)."""
    return _literary(text) and not _classical_prose(text)


#: The names of the tunes of the ci and the qu, and the modes that prefix a qu's tune (a table
#: written from the standard lists of tunes, not from a corpus).
TUNE_NAMES_TABLE: Final = "punct_shift_tune_names.tsv"
#: How many different known tunes head the pieces of a book of songs or plays: a modern page heads
#: its parts with a headline, a name, a date (城市更新提速⏎张明⏎), and a tune's name is there at
#: most as a restaurant's or a shop's (临江仙酒家, a line that is no tune alone; 临江仙·酒家 on
#: each of its lines, one tune), or a few quoted among other headlines (a programme of 菩萨蛮,
#: 临江仙, 浣溪沙, three), while a book of ci or qu sets many tunes.
SONGBOOK_MIN_TUNES: Final = 4
#: ... and the share of the blocks (after a blank line, or the text's start) headed by a known
#: tune: a book of songs heads each piece with its tune, but the table holds the common tunes, not
#: the eight hundred of the 词谱 nor every 曲牌, so a book's rarer tunes go unknown; a page that
#: quotes a few tunes among many headlines is no book of them.
SONGBOOK_TUNE_SHARE: Final = 0.3
#: The longest heading: a play's title and the tune (诈妮子调风月·尧民歌), a tune and a title or
#: a preface (浣溪沙·游蕲水清泉寺。寺临兰溪，溪水西流。), or a mode, a tune and a piece's first
#: clause; a longer line is the text.
HEADING_LONGEST: Final = 40
#: The longest heading held to be a tune and a title alone, which no mark but the interpunct
#: parts (蝶恋花·遥夜亭皋闲信步); a longer one holds a preface, whose marks are marks.
TITLE_LONGEST: Final = 12
#: An author's name alone on the line below a tune's heading: two to four hanzi (关汉卿 纳兰性德).
AUTHOR_NAME: Final = (2, 4)
#: (a line of the text with its line break)
_LINE_RE: Final = re.compile(r"[^\n]*\n?")
#: What parts a heading (the mode, the tune, the play's title or the piece's): the interpunct, the
#: lenticular brackets (【仙吕】【点绛唇】), a slash; and the look-alikes of the marks (窑 揖 铱).
HEADING_PARTS: Final = (MIDDLE_DOT, LEFT_LENTICULAR, RIGHT_LENTICULAR, "/", "\uff0f")
#: The marks that end a clause: a line that ends in the look-alike of one is the piece's first
#: clause (江南好， under 忆江南), no author's name.
CLAUSE_ENDS: Final = frozenset("，。、；：！？")
#: A modern page's signs, which a book of songs or plays never shows (it writes its numbers in
#: hanzi): digits, a run of digit look-alikes before a unit of time, money or a count (员园月
#: 10月, 猿园分, 第员圆页, 猿园园园元; not a doubled word of verse, 远远 怨怨, nor 圆愿 the wish met),
#: a digit look-alike before 元 or an ASCII full stop (员. a numbered note). A restaurant's rooms,
#: a concert's programme, a festival's news or a school's unit of ci show them. (Not Latin letters:
#: the collections' pages carry a stray one.)
_MODERN_DIGIT: Final = "园员圆猿源缘远苑愿怨"
_MODERN_UNIT: Final = "年月日时点分秒元页楼号岁届期名个场天人"
# (led by one class of every sign's first character, which the engine scans for in C, and each
# sign read by the look-behinds after it. A run of look-alikes is read once, from its first
# character (no look-alike before it) with a possessive quantifier: tried from every character of
# the run, the run was read to its end from each, quadratic in a long run of 园 or of 圆园员猿)
_MODERN_SIGN_RE: Final = re.compile(
    f"[0-9\uff10-\uff19{_MODERN_DIGIT}]"
    "(?:(?<=[0-9\uff10-\uff19])"
    f"|(?<=[{_MODERN_DIGIT}])[元.]"
    rf"|(?<![{_MODERN_DIGIT}].)(?:[{_MODERN_DIGIT}]{{2,}}+|(?<=([{_MODERN_DIGIT}]))(?!\1)[{_MODERN_DIGIT}])[{_MODERN_UNIT}])"
)
_HEADING_RE: Final = re.compile(f"[{HAN_CLASS}{re.escape(''.join(HEADING_PARTS))}]+")


@functools.cache
def _tune_names() -> tuple[frozenset[str], frozenset[str]]:
    """The tunes of TUNE_NAMES_TABLE, and its modes (宫调)."""
    rows = read_tsv(TUNE_NAMES_TABLE)
    return frozenset(r[0] for r in rows if r[1] != "宫调"), frozenset(r[0] for r in rows if r[1] == "宫调")


@functools.cache
def _heading_split_re() -> re.Pattern[str]:
    """What parts a heading: HEADING_PARTS and their look-alikes."""
    lookalikes = {hanzi for hanzi, mark in _lookalikes()[0].items() if mark in HEADING_PARTS}
    return re.compile(f"[{re.escape(''.join(sorted(lookalikes | set(HEADING_PARTS))))}]")


@functools.cache
def _tunes_with_modes() -> frozenset[str]:
    """Each tune of TUNE_NAMES_TABLE alone and after each of its modes (仙吕点绛唇): one set, so that
    a part of a heading is looked up once, not tried against every mode in turn."""
    tunes, modes = _tune_names()
    return tunes | {mode + tune for mode in modes for tune in tunes}


#: What joins the tunes of a medley (带过曲) in its heading: a song sung to one tune and on to the
#: next (雁儿落带得胜令, 楚天遥过清江引, 骂玉郎带过感皇恩采茶歌 with 带过, 带 or 过 between them).
_MEDLEY_JOIN_RE: Final = re.compile("带过|带|过")


def _is_tune(part: str) -> bool:
    """Whether ``part`` of a heading is a known tune, maybe after its mode (仙吕点绛唇), or a
    medley of known tunes (楚天遥过清江引: _MEDLEY_JOIN_RE; not 雁过声, a tune of its own)."""
    known = _tunes_with_modes()
    if part in known:
        return True
    tunes = _MEDLEY_JOIN_RE.split(part)
    return len(tunes) > 1 and all(tune in known for tune in tunes)


def _tune_heading(line: str) -> tuple[int, str]:
    """How much of ``line`` is the heading of a piece headed by a known tune, and the tune (0 and
    "": none): the whole line when the tune ends it (a play's title and the tune, 诈妮子调风月·尧民歌)
    or it is short (TITLE_LONGEST: a tune and a title); else the tune and the parts before it
    (浣溪沙, before its preface)."""
    if len(line) > HEADING_LONGEST or not _HEADING_RE.fullmatch(line):
        return 0, ""
    _, modes = _tune_names()
    named = [part for part in _heading_split_re().split(line) if part and part not in modes]
    if named and _is_tune(named[-1]):
        return len(line), named[-1]
    if named and _is_tune(named[0]):
        return (len(line) if len(line) <= TITLE_LONGEST else line.find(named[0]) + len(named[0])), named[0]
    return 0, ""


@per_text
def _song_headings(text: str) -> tuple[tuple[int, int, bool], ...]:
    """In a book of songs or plays (SONGBOOK_MIN_TUNES known tunes in its headings, SONGBOOK_TUNE_SHARE
    of its blocks), the spans that hold no mark, as (start, end, whether no look-alike at all is a
    mark there): each tune's heading (where only a sentence's marks are not: the comma and the
    interpunct part it), and the author's name alone on the line below it (the piece's text after
    it), there and wherever it stands alone again (a long song's lines are broken by it, as the
    collections print it). Empty elsewhere. One pass over the lines."""
    headings: list[tuple[int, int, bool]] = []
    tunes: set[str] = set()
    names: set[str] = set()
    lines: list[tuple[int, str]] = []
    blocks = 0
    after_heading, at_block = False, True
    name = ""  # (a line of a name below a heading: the author's when the piece's text follows it)
    if _MODERN_SIGN_RE.search(text):
        return ()
    clause_marks = {hanzi for hanzi, mark in _lookalikes()[0].items() if mark in CLAUSE_ENDS}
    last_tune = ""  # (the tune of the line before: a heading counts when a piece follows it)
    for match in _LINE_RE.finditer(text):
        raw = match.group()
        if not raw:
            break
        line = raw.strip()
        if not line:
            at_block, name = True, ""
            continue
        if name:
            names.add(name)
        start = match.start() + raw.index(line[0])
        lines.append((start, line))
        blocks += at_block
        short = AUTHOR_NAME[0] <= len(line) <= AUTHOR_NAME[1]
        named = after_heading and short and all(map(is_han, line)) and line[-1] not in clause_marks
        name = line if named else ""
        size, tune = _tune_heading(line)
        if size:
            headings.append((start, start + size, False))
        elif last_tune:
            tunes.add(last_tune)
        last_tune = tune if size else ""
        after_heading, at_block = bool(size), False
    if len(tunes) < SONGBOOK_MIN_TUNES or len(headings) < SONGBOOK_TUNE_SHARE * blocks:
        return ()
    headings += [(start, start + len(line), True) for start, line in lines if line in names]
    return tuple(headings)


@per_text
def _songbook(text: str) -> bool:
    """Whether ``text`` is a book of songs or plays by its headings of known tunes: verse whatever
    its function words, for the songs (曲) of the Yuan plays write the spoken 的 了 是 between their
    sung lines (诈妮子调风月·尧民歌⏎关汉卿⏎见那厮手慌脚乱紧收拾), and their words are the
    classical ones (院公 the servant, 尧 the sage king). Only with a play's stage direction
    (_STAGE_DIRECTION_RE, _role_directed): a modern page may list four tunes as its rooms' or
    items' names. Cached: rules ask it per candidate, and the text is searched whole."""
    return bool(_song_headings(text)) and (bool(_STAGE_DIRECTION_RE.search(text)) or _role_directed(text))


#: A play's stage direction, which a book of plays sets in brackets (or their look-alikes 渊 冤):
#: who speaks (正末云, 旦云; not who sings, 唱, as a concert's programme writes （合唱）). A
#: book of songs by its headings is verse by its words already (:func:`_verse_only`) unless it is
#: a book of plays, whose speech writes the modern 的 了 是; a modern page that lists tunes (a
#: restaurant's rooms named 满庭芳 沁园春, a concert's programme, a school's unit of ci with its
#: exercises) has no stage direction.
_STAGE_DIRECTION_RE: Final = re.compile("[渊（(][^渊冤（）()\n]{0,8}云[冤）)]")

#: The roles of the southern plays (南戏, 传奇: 琵琶记 荆钗记 白兔记), which direct by the role
#: alone in brackets before its lines (（生上） （旦） ［末］ （外丑）), not by 正末云.
_STAGE_ROLES: Final = "(?:小生|小旦|老旦|[生旦净末丑外贴])"

#: A role's direction in the southern plays: one to three roles, maybe entering or leaving (上 下)
#: or speaking (白), in brackets that match (or their look-alikes 渊 冤), opening a speech: at a
#: line's start or after a sentence's end (。！？：， or a look-alike 遥浴钥院袁), before a speech:
#: hanzi and a mark (or its look-alike) on the same line. A modern page brackets a role after a
#: word (三文鱼（生）, 国内（外）游客, 沈丰英（旦）演唱), never where a speech opens; a programme's
#: cast list may open a line with one, but before a name alone (（旦）沈丰英).
_ROLE_DIRECTION_RE: Final = re.compile(
    "(?:^|(?<=[。！？：，遥浴钥院袁]))[ \t\u3000]*(?:"
    + "|".join(
        f"{re.escape(o)}{_STAGE_ROLES}{{1,3}}[上下白]?{re.escape(c)}" for o, c in ("渊冤", "（）", "()", "［］", "[]")
    )
    + ")(?=[\u4e00-\u9fff][^\n]*?[。，！？；、遥袁浴钥曰尧])",
    re.MULTILINE,
)

#: How many role directions make a book of plays: a play directs every change of speaker, so a
#: page with fewer is read as no play.
_ROLE_DIRECTIONS_NEEDED: Final = 3


def _role_directed(text: str) -> bool:
    """Whether ``text`` directs its speakers as the southern plays do (_ROLE_DIRECTION_RE), at
    least _ROLE_DIRECTIONS_NEEDED times."""
    found = _ROLE_DIRECTION_RE.finditer(text)
    return sum(1 for _ in itertools.islice(found, _ROLE_DIRECTIONS_NEEDED)) >= _ROLE_DIRECTIONS_NEEDED


def _book_of_verse(text: str) -> bool:
    """Whether ``text`` is verse by its words (:func:`_verse_only`) or a book of songs or plays
    (:func:`_songbook`) that is no classical prose: where a word of verse (院宇 the courtyard, 月圆
    the full moon) is read as such."""
    return _verse_only(text) or (_songbook(text) and not _classical_prose(text))


@per_text
def _verse_with_no_modern_sign(text: str) -> bool:
    """Whether ``text`` is verse or a book of songs or plays (:func:`_book_of_verse`) that shows no
    modern sign (_MODERN_SIGN_RE: its numbers are written in hanzi): a modern page in phrases of
    four (a tourist brochure, an advert) may lack modern function words as verse does, but writes
    its hours and prices in figures. Cached: rules ask it per run of look-alikes, and the text is
    searched whole."""
    return _book_of_verse(text) and _MODERN_SIGN_RE.search(text) is None


def _literary_or_book_of_verse(text: str) -> bool:
    """Whether ``text`` is literary by its words (:func:`_literary`: classical prose or verse) or a
    book of songs or plays (:func:`_book_of_verse`): where the rules about the words of verse and
    the numbers of literary text read."""
    return _literary(text) or _book_of_verse(text)
