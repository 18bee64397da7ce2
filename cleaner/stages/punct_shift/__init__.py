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

A confident reading becomes an edit; a doubtful one a finding below the threshold. The
document-level finding ``punct-shift-document`` says whether the text has the garble at all.

>>> from cleaner.stages.base import StageContext
>>> text = "会议上指出院野加强党的建设袁关键是从严抓好落实遥冶医院尧学院要求袁"
>>> "".join(f.edit.after for f in detect(text, StageContext()) if f.edit)
'：“，。”、，'
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from cleaner import lexicon
from cleaner.chars import (
    BLACK_CIRCLE,
    CJK_PUNCT_CLASS,
    CLOSING_PUNCT,
    CODE_LETTER_CLASS,
    DEGREE_CELSIUS,
    EM_DASH,
    FULLWIDTH_COLON,
    FULLWIDTH_COMMA,
    FULLWIDTH_EXCLAMATION,
    FULLWIDTH_FULL_STOP,
    FULLWIDTH_HYPHEN_MINUS,
    FULLWIDTH_LEFT_PAREN,
    FULLWIDTH_PERCENT,
    FULLWIDTH_QUESTION,
    FULLWIDTH_RIGHT_PAREN,
    FULLWIDTH_SEMICOLON,
    FULLWIDTH_SOLIDUS,
    FULLWIDTH_TILDE,
    HAN_CLASS,
    HAN_NUMERALS,
    HORIZONTAL_ELLIPSIS,
    IDEOGRAPHIC_COMMA,
    IDEOGRAPHIC_FULL_STOP,
    LEFT_BOOK_TITLE,
    LEFT_DOUBLE_QUOTE,
    LEFT_LENTICULAR,
    LEFT_SINGLE_QUOTE,
    LEFT_WHITE_CORNER_BRACKET,
    MIDDLE_DOT,
    MULTIPLICATION_SIGN,
    OPENING_PUNCT,
    RATIO,
    RIGHT_BOOK_TITLE,
    RIGHT_DOUBLE_QUOTE,
    RIGHT_LENTICULAR,
    RIGHT_SINGLE_QUOTE,
    RIGHT_WHITE_CORNER_BRACKET,
    ROMAN_NUMERAL_CLASS,
    STOP_PUNCT,
    is_han,
)
from cleaner.model import Edit, Finding, Span
from cleaner.stages.base import Stage, StageContext
from cleaner.tables import read_tsv

RULE = "punct-shift"
RULE_DIGIT = "punct-shift-digit"
RULE_DOCUMENT = "punct-shift-document"
TABLE = "punct_shift.tsv"
SURNAMES_TABLE = "common_surnames.tsv"
NAMES_TABLE = "punct_shift_names.tsv"
GIVEN_NAMES_TABLE = "given_name_chars.tsv"
ROLE_NOUNS_TABLE = "role_nouns.tsv"
PERSON_NOUNS_TABLE = "person_nouns.tsv"
WORDS_TABLE = "punct_shift_words.tsv"

SURE, LIKELY, ENOUGH, DOUBT = 0.97, 0.9, 0.82, 0.6

#: The symbols repaired in running text; the rest of the table (math signs, letters, the
#: bracket variants whose hanzi are 也 页 业 一 医 …) is too rare in body text to outweigh
#: how common those hanzi are.
REPAIRED_PUNCT = STOP_PUNCT + OPENING_PUNCT + CLOSING_PUNCT + EM_DASH + HORIZONTAL_ELLIPSIS + MIDDLE_DOT
#: Other symbols of the shifted rows that the stage repairs (『 』 ● －: 液 一 荫 原).
REPAIRED_OTHER_SHIFTED = LEFT_WHITE_CORNER_BRACKET + RIGHT_WHITE_CORNER_BRACKET + BLACK_CIRCLE + FULLWIDTH_HYPHEN_MINUS
#: Latin letters set full-width (Ａ-Ｚ ａ-ｚ) that the stage repairs from their look-alikes (粤 葬),
#: in runs (all but Ｚ, whose look-alike 在 it never reads)
REPAIRED_LETTERS = "".join(chr(c) for c in range(0xFF21, 0xFF3B) if c != 0xFF3A) + "".join(
    chr(c) for c in range(0xFF41, 0xFF5B)
)
#: Written doubled (``——``, ``……``): a single 要 is never read as a dash, a single 噎 is at
#: most reported.
RUN_MARKS = EM_DASH + HORIZONTAL_ELLIPSIS
#: Marks that may stand next to any other mark.
FREE_PUNCT = EM_DASH + HORIZONTAL_ELLIPSIS + MIDDLE_DOT
QUESTION_EXCLAMATION = FULLWIDTH_QUESTION + FULLWIDTH_EXCLAMATION
QUOTES = LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE + LEFT_SINGLE_QUOTE + RIGHT_SINGLE_QUOTE

#: log P(this mark) at a point of Chinese prose, rounded from counts in news text (a comma is
#: one character in twenty, a colon one in two hundred; an exclamation mark one in 2,550 of
#: the People's Daily, 1998: at -6.0 it outweighed words the lexicon lacks, 浴霸 浴室内): the
#: punctuation reading of a look-alike is scored with the mark it would be, so ``研究院``
#: keeps 院 (a colon after 研究 is rarer than the word), while ``研究袁`` reads as ``研究，``.
LOG_P_MARK = {
    FULLWIDTH_COMMA: -3.0,
    IDEOGRAPHIC_FULL_STOP: -3.9,
    IDEOGRAPHIC_COMMA: -4.2,
    LEFT_DOUBLE_QUOTE: -4.5,
    RIGHT_DOUBLE_QUOTE: -4.5,
    FULLWIDTH_COLON: -5.5,
    FULLWIDTH_SEMICOLON: -6.0,
    FULLWIDTH_QUESTION: -6.0,
    FULLWIDTH_EXCLAMATION: -7.8,
    FULLWIDTH_LEFT_PAREN: -6.0,
    FULLWIDTH_RIGHT_PAREN: -6.0,
    LEFT_BOOK_TITLE: -6.0,
    RIGHT_BOOK_TITLE: -6.0,
    EM_DASH: -6.0,
    HORIZONTAL_ELLIPSIS: -6.5,
    LEFT_SINGLE_QUOTE: -6.5,
    RIGHT_SINGLE_QUOTE: -6.5,
    MIDDLE_DOT: -6.5,
    LEFT_LENTICULAR: -7.0,
    RIGHT_LENTICULAR: -7.0,
}
#: log P(a number) at a point of garbled text.
LOG_P_NUMBER = -3.0
#: A number's first digit that makes a word with the hanzi before it is taken from the word
#: only when the word costs more than this (log P) over the hanzi alone: a rare word (有源
#: -8.7, 有缘 -9.8 after 有) but not a role (会员 -4.3, 信息员 -6.9) nor 方圆 (-3.8).
NUMBER_BREAKS_WORD = -7.5
#: How many characters of context each side the lexicon sees.
WINDOW = 4
#: Evidence (in nats, log-odds for the punctuation reading) for each confidence level.
SURE_FROM, LIKELY_FROM, ENOUGH_FROM, DOUBT_FROM = 6.0, 3.0, 1.5, 0.0
#: Evidence at which an occurrence counts as a marker of a garbled line.
MARKER_FROM = 4.0
PAIR_BONUS = 3.0
#: A look-alike that reads this strongly as a word (视野, 野外) cannot pair.
PAIR_FLOOR = -1.0
MAX_PAIR_SPAN = 400
#: Marks that always come in pairs, close together: an unpaired look-alike is a hanzi.
STRICT_PAIRS = {
    LEFT_BOOK_TITLE: 80,
    FULLWIDTH_LEFT_PAREN: 200,
    LEFT_SINGLE_QUOTE: 200,
    LEFT_LENTICULAR: 80,
    LEFT_DOUBLE_QUOTE: MAX_PAIR_SPAN,
}
UNPAIRED_PENALTY = 4.0
LINE_START_PENALTY = 4.0
#: A surname look-alike (袁, 叶) followed by a title is a name: ``袁女士``, ``叶老师``.
TITLES = ("女士", "先生", "老师", "教授", "同志", "师傅", "医生", "大夫", "阿姨", "局长", "院士", "老太太", "老先生")
TITLE_PENALTY = 8.0
SURNAME_MARKER = "姓"
#: 百姓 (the common people) ends with 姓 but says no surname follows: 普通百姓袁 is 普通百姓，
COMMONERS = "百姓"
#: 子曰 "the Master said": before a quotation or a colon (real, or their look-alikes 野 冶 院)
#: 曰 is the hanzi, not ； (a semicolon never stands before them).
SAID, MASTER = "曰", "子"
#: Who says 曰 before a quotation as 子 does (古人曰“…”, 老者曰, 或曰: someone says), and
#: what names with it (自号曰“山人”, 古称曰“云中”: is called).
SPEAKERS = frozenset(MASTER + "人者或号称")
_QUOTE_OR_COLON = frozenset("“”：野冶院")
#: One hanzi that, alone after a comma, says who speaks or how, before 曰 "said" (答曰 问曰
#: 对曰 叹曰 笑曰 云曰 谓曰 名曰 其曰: none is a word in the lexicon, and none a clause of its own
#: that a semicolon ends; ``有问必答；`` is no clause of one character)
SAYS_BEFORE_SAID = frozenset("答问对叹笑云谓名其")
#: Look-alikes that are common surnames (of ， and 《).
SURNAMES = "袁叶"
LINE_END_BONUS = 1.5
SPACE_BONUS = 1.0
NEIGHBOUR_PENALTY = 6.0
ORPHAN_PENALTY = 9.0
SHORT_ITEM_PENALTY = 3.0
#: How far apart the commas of a list stand at most (a list of three-character names: 4).
LIST_REACH = 4
COLON_QUOTE_BONUS = 2.0
#: The longest run of different marks side by side that text has (``。”“``).
MAX_MARK_RUN = 3
MIN_KINDS_IN_QUOTED_RUN = 4
#: A document (or block) has the garble when it has at least this many markers, and at
#: least one marker for every MAX_REAL_PER_MARKER real marks of Chinese punctuation: a garbled
#: page has almost none (seed 002: 654 to 26, the real ones in its headings), while a clean
#: text that quotes the garble (a manual, DESIGN.md) has more real marks than look-alikes.
MIN_MARKERS = 3
MAX_REAL_PER_MARKER = 1
#: Characters a garbled number is followed by (units, counters) or preceded by.
#: Measure words (量词) of things counted in news text; most also start words (集团, 首先).
MEASURE_WORDS = "艘根款座头匹架栋块份棵株枚颗首场段片间亩斤顿幅册本集票席卷瓶国省楼型度组队幢页克铢"
NUMBER_AFTER = (
    "年月日时分秒号个万亿元角名次件项余多位岁条家所人天周届章节版米吨千百%‰°公点倍期辆台套批种类级层张只部篇户起发支"
    + MEASURE_WORDS
)
#: Units of two characters whose first character is no unit by itself.
NUMBER_AFTER_WORDS = (
    "小时",
    "平方",
    "立方",
    "毫米",
    "厘米",
    "毫升",
    "美元",
    "欧元",
    "英里",
    "海里",
    "摄氏",
    "世纪",
    "英尺",
    "英寸",
    "英亩",
    "比索",
    "卢布",
    "加元",
    "港元",
    "日元",
    "美分",
    "法郎",
    "英镑",
    "埃镑",
    "马克",
    "出头",
    "大类",
)
#: Counters read only after two or more look-alikes (员圆针 is 12针, 圆愿处 28处): after
#: one, too many are a word's (远处, 缘分) or a name's, and a word they start (处理) is none.
RUN_COUNTERS = "处轮口盒例针扇袋杯担封县对道门手强路"
#: 来 after a number before a counter: about so many (员园来个 is 10来个).
ABOUT = "来"
#: 年 and 月: a lone digit between them is a month (今年圆月底 is 今年2月底)
YEAR, MONTH = "年", "月"
#: The enumeration comma and its look-alike: between numbers, a list of numbers.
ENUMERATION = "、尧"
#: What follows the number of an item at a line start (1、 2： 3． 4·), real or garbled.
LIST_NUMBER_MARKS = "、：．·尧院援窑:"
#: Between two numbers: a range (8-10, 10～20, 3至5).
NUMBER_RANGE = "-~～至到"
NUMBER_BEFORE = "第〔［"
DATE_UNITS = "年月"
DECIMAL_POINT = "."


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
    candidate = re.compile(f"([{''.join(punct)}])\\1*")
    number = re.compile(f"[{digit_class}](?:[{digit_class}]|{point}(?=[{digit_class}]))*")
    return marker, candidate, number


#: A block: lines with no blank line between them.
_BLOCK_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_REAL_MARKS = frozenset(STOP_PUNCT + OPENING_PUNCT + CLOSING_PUNCT)
_REAL_PUNCT_RE = re.compile(f"[{re.escape(STOP_PUNCT + OPENING_PUNCT + CLOSING_PUNCT)}]")
#: Real punctuation when judging whether text is garbled: Chinese marks, and ASCII clause
#: marks beside a hanzi (``2022年,意义非凡``: the garble never produces ASCII).
_ANY_REAL_PUNCT_RE = re.compile(
    f"[{re.escape(STOP_PUNCT + OPENING_PUNCT + CLOSING_PUNCT)}]|(?<=[{HAN_CLASS}])[,;:!?]|[,;:!?](?=[{HAN_CLASS}])"
)
_HAN_RE = re.compile(f"[{HAN_CLASS}]")
_BREAK_RE = re.compile(f"[{CJK_PUNCT_CLASS}]")
_INLINE_SPACES = " \t\u00a0\u3000"
_SKIPPED = " \t\u00a0\u3000\n\r"
_DROP_SPACE = str.maketrans("", "", _SKIPPED)
#: How far to look for WINDOW hanzi (blank lines between narrow-column lines take room).
_WINDOW_REACH = 4 * WINDOW
#: A blank line (also with CRLF endings or spaces on it): words do not run across it.
_BLANK_LINE_RE = re.compile("\n[ \t\r\u3000]*\n")
_TRAILING_HAN_RE = re.compile(f"[{HAN_CLASS}]{{1,{WINDOW}}}$")
_LEADING_HAN_RE = re.compile(f"[{HAN_CLASS}]{{1,{WINDOW}}}")
_ALL_HAN_RE = re.compile(f"[{HAN_CLASS}]+")


# What a piece of evidence says about a look-alike: every note of a candidate has one of these
# kinds, and the rules that weigh earlier evidence (_full_name_after, _closed_titles, ...) read
# the kinds, never a note's wording (the notes are for the reviewer and may be reworded).
#: the lexicon's reading of the window (always a candidate's first evidence)
EV_LEXICON = "lexicon"
#: the look-alike reads as a surname (before a title or a given name, after a role, 姓, 老)
EV_SURNAME = "surname"
#: other evidence for a name at the look-alike (after a noun for a person and before a given
#: name, the same full name read as a name elsewhere, a surname before an enumeration comma)
EV_NAME = "name"
#: 袁某 before a name follower: an anonymised name (袁某 elsewhere, or before no word with
#: 某, is only EV_OTHER: weaker)
EV_ANONYMISED = "anonymised"
#: the look-alike is a character of a given name (袁野也: the 野)
EV_IN_NAME = "in-name"
#: an opening and a closing look-alike pair up (叶…曳)
EV_PAIRED = "paired"
#: what rules the mark out whatever the name evidence says: two marks side by side that
#: cannot be, a line start, a doubled mark
EV_NO_MARK = "no-mark"
#: a number's evidence of a numbered item: （1）
EV_ITEM = "item"
#: anything else (position, sentence shape, rules that settle earlier evidence)
EV_OTHER = "other"
#: The kinds of name evidence (what _full_name_after and _closed_titles may overrule).
#: a “ that closes a quotation the source opened with one too (“…“): read as ” by the neighbours
EV_TYPED_CLOSER = "typed-closer"
_NAME_KINDS = frozenset({EV_SURNAME, EV_NAME})


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    hanzi: str
    symbol: str
    evidence: float = 0.0
    #: one note per piece of evidence, for the reason a reviewer reads
    notes: tuple[str, ...] = ()
    #: the kind of each piece of evidence (EV_*), parallel to ``notes``: what the rules read
    kinds: tuple[str, ...] = ()

    def add(self, amount: float, note: str, kind: str) -> None:
        self.evidence += amount
        self.notes += (note,)
        self.kinds += (kind,)


def detect(text: str, ctx: StageContext) -> list[Finding]:
    marker, _, _ = _regexes()
    markers = len(marker.findall(text))
    if markers < MIN_MARKERS:
        return []  # fast path: too few look-alikes of the common marks to be the garble
    reals = _real_marks_upto(text, markers * MAX_REAL_PER_MARKER)
    if reals is None:
        # Clean text, even if every look-alike were a mark; but a garbled block (a paragraph
        # pasted from a garbled PDF) may sit inside it.
        return _garbled_blocks(text, ctx) if markers >= 2 * MIN_MARKERS else []
    return _detect_document(text, "document", reals)


def _garbled_blocks(text: str, ctx: StageContext) -> list[Finding]:
    """The blocks (runs of non-blank lines) of a clean document that are garbled themselves,
    each judged as a document of its own."""
    marker, _, _ = _regexes()
    findings: list[Finding] = []
    for block in _BLOCK_RE.finditer(text):
        body = block.group()
        markers = len(marker.findall(body))
        if markers < MIN_MARKERS or _more_real_punct_than(body, markers * MAX_REAL_PER_MARKER):
            continue
        findings.extend(_shifted(f, block.start()) for f in _detect_document(body, "block"))
    return findings


def _shifted(finding: Finding, offset: int) -> Finding:
    span = Span(finding.span.start + offset, finding.span.end + offset)
    edit = finding.edit
    if edit is not None:
        moved = Span(edit.start + offset, edit.end + offset)
        edit = Edit(moved, edit.before, edit.after, edit.rule, edit.confidence, edit.reason)
    return Finding(finding.rule, span, finding.message, finding.confidence, edit)


def _detect_document(text: str, what: str, reals: list[int] | None = None) -> list[Finding]:
    """The findings for ``text`` once it may be garbled: ``what`` is 'document' or 'block';
    ``reals``, where the real punctuation marks are (found here if not given)."""
    if reals is None:
        reals = list(_real_mark_starts(text))
    real = len(reals)
    candidates = _punct_candidates(text)
    strong = [c for c in candidates if c.evidence >= MARKER_FROM]
    marker_count, real_count = len(strong), real
    # Garble turns every mark, so more than one kind shows (``袁明 袁刚 袁立`` is three names).
    kinds = len({c.symbol for c in strong})
    garbled = marker_count >= MIN_MARKERS and marker_count * MAX_REAL_PER_MARKER >= real_count and kinds >= 2
    if marker_count < MIN_MARKERS:
        return []  # the look-alikes read as words: nothing to report
    confidence = _document_confidence(marker_count, real_count)
    findings = [
        Finding(
            RULE_DOCUMENT,
            Span(0, len(text)),
            f"this {what} {'has' if garbled else 'may have'} the punctuation-shift garble "
            f"(GB2312 lead byte +0x31): {marker_count} look-alikes read as punctuation, "
            f"{real_count} real Chinese punctuation marks",
            confidence,
        )
    ]
    if not garbled:
        return findings
    latin = _latin_words(text)
    numbers = _number_candidates(text, latin)
    _item_parentheses(numbers, candidates)
    _comma_before_number(numbers, candidates)
    lines_of = _Lines(text)
    status = _line_status(reals, strong, lines_of)
    high_risk = _high_risk()
    line_starts = lines_of.starts
    bisect_right, append, reason_of = bisect.bisect_right, findings.append, _reason
    for cand in candidates:
        evidence = cand.evidence
        if evidence < DOUBT_FROM:
            continue  # the common case in clean stretches: no finding (as _line_level says)
        line = status[bisect_right(line_starts, cand.start) - 1]
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
        if line == "mixed" and level > DOUBT:
            level = DOUBT
        start, end, symbol = cand.start, cand.end, cand.symbol
        if end - start == 1 and len(symbol) == 1:  # _finding's common case, inlined
            hanzi = cand.hanzi
            reason = reason_of(RULE, hanzi, symbol, cand.notes)
            span = Span(start, end)
            append(Finding(RULE, span, reason, level, Edit(span, hanzi, symbol, RULE, level, reason)))
        else:
            append(_finding(RULE, cand, level))
    for cand in numbers:
        level = _line_level(cand, status[lines_of.of(cand.start)], high_risk=False)
        if level is not None:
            findings.append(_finding(RULE_DIGIT, cand, level))
    for cand in _number_sign_candidates(text) + _corner_quotes(text) + _bullets(text) + latin:
        level = _confidence(cand.evidence)
        if level is not None and status[lines_of.of(cand.start)] == "garbled":
            findings.append(_finding(RULE, cand, level))
    return sorted(findings, key=lambda f: (f.span.start, f.span.end))


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
_MARK_OR_ASCII_RE = re.compile(f"[{re.escape(STOP_PUNCT + OPENING_PUNCT + CLOSING_PUNCT)},;:!?]")
_ASCII_CLAUSE_MARKS = frozenset(",;:!?")


def _real_mark_starts(text: str) -> Iterator[int]:
    """Where _ANY_REAL_PUNCT_RE matches in ``text``, in order."""
    n = len(text)
    for match in _MARK_OR_ASCII_RE.finditer(text):
        at = match.start()
        if text[at] in _ASCII_CLAUSE_MARKS and not (
            (at and is_han(text[at - 1])) or (at + 1 < n and is_han(text[at + 1]))
        ):
            continue
        yield at


def _more_real_punct_than(text: str, limit: int) -> bool:
    """Whether ``text`` has more than ``limit`` real punctuation marks (stops counting there)."""
    return any(count > limit for count, _ in enumerate(_real_mark_starts(text), 1))


# -- evidence for punctuation ---------------------------------------------------------------
#: After an odd run of 要: the rest of 要不要 (whether or not), which jieba lacks as a word.
NOT_DASH = "不要"


def _first_reading(text: str) -> tuple[list[_Candidate], set[int]]:
    """Pass 1: every punctuation look-alike, read by the lexicon with only real punctuation
    and non-hanzi as breaks; and the starts of those no second reading can change.

    Most look-alikes form no word with either neighbour: their evidence is known from two set
    lookups. Pass 2 can only turn neighbours into marks, and no word holds a mark, so their
    reading stays what it is (they are "settled").
    """
    _, candidate_re, _ = _regexes()
    punct, _, _ = _lookalikes()
    alone_delta = _alone_deltas()
    word_left, word_right = _word_neighbours()
    skipped = _SKIPPED
    n = len(text)
    candidates: list[_Candidate] = []
    append = candidates.append
    settled: set[int] = set()
    settle = settled.add if _marks_in_no_word() else None
    per_hanzi = _first_reading_tables()
    for match in candidate_re.finditer(text):
        start, end = match.span()
        hanzi = text[start]
        if end - start == 1:
            # The common case, one look-alike alone: the loop below, unrolled.
            symbol, lefts, rights, alone, log_p_mark = per_hanzi[hanzi]
            if symbol == EM_DASH:
                continue
            before = text[start - 1] if start else ""
            if not before or before in skipped:
                before = _adjacent(text, start, -1)
            after = text[end] if end < n else ""
            if not after or after in skipped:
                after = _adjacent(text, start, 1)
            if before in lefts or after in rights:
                evidence = -_window_delta(text, start, end, log_p_mark)
            else:
                evidence = alone
                if settle is not None:
                    settle(start)
            append(_Candidate(start, end, hanzi, symbol, evidence, _LEXICON_NOTE, _LEXICON_KINDS))
            continue
        symbol = punct[hanzi]
        # —— is two 要: an odd run before 不要 holds the first 要 of 要不要 (——要不要孩子),
        # which stays the hanzi (a single 要 is no candidate). Not before other words
        # (——要求): a run of three dashes is written too (———是), and 要是 looks the same.
        if (
            end - start >= 3
            and symbol == EM_DASH
            and (end - start) % 2
            and text.startswith(NOT_DASH, end)
            and not _edge_word(text, start, -1)
        ):
            end -= 1
        if end - start >= 2 and symbol in RUN_MARKS:
            cand = _Candidate(start, end, hanzi, symbol)
            cand.add(-_reading_delta(text, start, end, LOG_P_MARK[symbol]), "lexicon", EV_LEXICON)
            append(cand)
            continue
        if symbol == EM_DASH:
            continue  # a single 要 is the verb: the dash is always written doubled
        # No mark but —— …… ！！ ？？ is written twice, so in 院院 at most one is a mark: the one
        # whose neighbour makes no word with it (医院院 = 医院：, 遥遥感 = 。遥感); where neither
        # or both make one (实行院院合一), both are hanzi. (袁袁 and 叶叶 are ，袁 and 《叶.)
        doubled: tuple[int, ...] = ()
        if end - start >= 2 and symbol not in QUESTION_EXCLAMATION and hanzi not in SURNAMES:
            left_word = _edge_word(text, start, -1)
            right_word = _edge_word(text, end - 1, 1)
            both = tuple(range(start, end))
            doubled = both if left_word == right_word else (start,) if left_word else (end - 1,)
        lefts, rights, alone = word_left[hanzi], word_right[hanzi], alone_delta[hanzi]
        for i in range(start, end):
            before = text[i - 1] if i else ""
            if not before or before in skipped:
                before = _adjacent(text, i, -1)
            after = text[i + 1] if i + 1 < n else ""
            if not after or after in skipped:
                after = _adjacent(text, i, 1)
            if before in lefts or after in rights:  # (what _reading_delta would check first)
                evidence = -_window_delta(text, i, i + 1, LOG_P_MARK[symbol])
            else:
                evidence = alone  # no word contains it (the common case)
                if settle is not None:
                    settle(i)
            if i in doubled:
                evidence = min(evidence - UNPAIRED_PENALTY, DOUBT_FROM)
                append(_Candidate(i, i + 1, hanzi, symbol, evidence, _DOUBLED_NOTES, _DOUBLED_KINDS))
                settled.add(i)  # (pass 2 would read the lexicon again and forget why)
                continue
            append(_Candidate(i, i + 1, hanzi, symbol, evidence, _LEXICON_NOTE, _LEXICON_KINDS))
    return candidates, settled


@functools.cache
def _first_reading_tables() -> dict[str, tuple[str, frozenset[str], frozenset[str], float, float]]:
    """Per punctuation look-alike: (its mark, the characters before it in a word, after it in
    a word, its evidence when no word holds it, log P(its mark)) in one lookup."""
    punct, _, _ = _lookalikes()
    word_left, word_right = _word_neighbours()
    alone = _alone_deltas()
    return {h: (s, word_left[h], word_right[h], alone[h], LOG_P_MARK[s]) for h, s in punct.items()}


def _punct_candidates(text: str) -> list[_Candidate]:
    candidates, settled = _first_reading(text)
    # Pass 2: the doubtful ones again, now that the sure ones are known to be punctuation.
    view = _view(text, [c for c in candidates if c.evidence >= MARKER_FROM])
    reach = _WINDOW_REACH
    for cand in candidates:
        if cand.evidence < MARKER_FROM and cand.start not in settled:
            lo, hi = max(0, cand.start - reach), cand.end + reach
            if view[lo:hi] != text[lo:hi]:  # a mark now known nearby: read the window again
                cand.evidence = -_reading_delta(view, cand.start, cand.end, LOG_P_MARK[cand.symbol])
    # Shared by the passes below (membership never changes, only evidence): every candidate
    # by its start, and the surname look-alikes (袁 叶, always one character) that several read.
    by_start = {c.start: c for c in candidates}
    surnames = [c for c in candidates if c.hanzi in SURNAMES]
    closers = _pairing(text, candidates)
    _context(text, candidates)
    _person_before(view, text, surnames)
    _rare_words(view, candidates)
    _colon_after_intro(view, text, by_start)
    _same_names(text, surnames, by_start)
    _neighbours(text, candidates, by_start, closers)
    _inside_names(text, surnames, by_start)
    _quoted_single(text, by_start)
    _orphans(view, candidates)
    _quoted_runs(text, candidates)
    _year_apostrophes(text, by_start)
    _full_name_after(text, surnames)
    _list_of_full_names_after(text, surnames)
    _closed_titles(surnames)
    _particle_after(text, by_start)
    _after_joining_word(text, by_start)
    _one_character_clause(view, text, by_start)
    _one_character_sentence(view, text, by_start)
    _lookalike_given_names(text, by_start)
    _unlisted_words(text, by_start)
    if DASH_LOOKALIKE in text:
        dashes = _name_dashes(text, view)
        if dashes:
            candidates = sorted(candidates + dashes, key=lambda c: c.start)
    return candidates


#: 一曰水，二曰火 (the first is called water, the second fire): a numeral before 曰 names an
#: item of a list, after a comma or a colon as well (no clause is a numeral alone: ，二；).
COUNTED_NAMES = frozenset("一二三四五六七八九十")
#: (and their look-alikes 袁 院, which the view may not have read yet)
COUNTED_AFTER = frozenset(FULLWIDTH_COMMA + FULLWIDTH_COLON + "袁院")


def _one_character_clause(view: str, text: str, by_start: dict[int, _Candidate]) -> None:
    """No sentence starts with a clause of one character that ends with ； (``一曰野…冶``,
    ``二曰``: 曰 is "is called"; but ``，免；`` within a sentence): a semicolon look-alike right
    after one hanzi at the start of a line or a sentence is a doubt; after a comma too, where
    that hanzi says who speaks or that one answers (``，答曰``, ``，其曰``: 曰 is "said"), and
    after a comma or a colon where it is a numeral (``：一曰水，二曰火``).
    (``view``: the text with the sure marks read; ``by_start``: every candidate by its start.)"""
    semicolon = next(h for h, symbol in _lookalikes()[0].items() if symbol == FULLWIDTH_SEMICOLON)
    at = text.find(semicolon, 1)
    while at >= 0:
        cand = by_start.get(at)
        if (
            cand is not None
            and cand.evidence >= DOUBT_FROM
            and is_han(view[at - 1])
            and (
                at == 1
                or view[at - 2] == "\n"
                or view[at - 2] in SENTENCE_ENDS
                or (view[at - 2] == FULLWIDTH_COMMA and view[at - 1] in SAYS_BEFORE_SAID)
                or (view[at - 1] in COUNTED_NAMES and (view[at - 2] in COUNTED_AFTER or text[at - 2] in COUNTED_AFTER))
            )
        ):
            cand.add(-NEIGHBOUR_PENALTY, "after a clause of one character, which no semicolon ends", EV_NO_MARK)
            cand.evidence = min(cand.evidence, DOUBT_FROM)
        at = text.find(semicolon, at + 1)


#: 野, the look-alike of “ (and the hanzi of 野生 视野, and of given names: 袁野).
OPEN_QUOTE_LOOKALIKE = "野"


def _lookalike_given_names(text: str, by_start: dict[int, _Candidate]) -> None:
    """``记者袁野报道``, ``外甥袁野考上了``: after a role or a noun for a person, a surname
    look-alike before a “ look-alike that nothing closes (so it stays a hanzi) and that starts
    no word (野考 野报) reads as ``，野`` only if a clause starts with a stray 野: the name is
    likelier. A doubt, reported. (``野生动物``: 野 starts a word there, the comma stays.)"""
    pair = COMMA_LOOKALIKE + OPEN_QUOTE_LOOKALIKE
    for at in _occurrences(text, pair):  # (a few places: str.find, not a test per 袁)
        cand = by_start.get(at)
        if cand is None or cand.end - at != 1 or cand.evidence < DOUBT_FROM:
            continue
        inner = by_start.get(cand.end)
        if (
            inner is None
            or inner.symbol != LEFT_DOUBLE_QUOTE
            or inner.evidence > DOUBT_FROM
            or EV_PAIRED in inner.kinds
            or any(lexicon.is_word(text[inner.start : inner.start + size], min_freq=1) for size in (2, 3))
        ):
            continue
        head = text[max(0, cand.start - 8) : cand.start]
        if not (head.endswith(_name_words()[0]) or _ends_with_role_noun(head) or _ends_with_person_noun(head)):
            continue
        cand.add(0.0, f"before {inner.hanzi}, which stays a hanzi and starts no word: a name?", EV_NAME)
        cand.evidence = min(cand.evidence, DOUBT_FROM)


def _ends_with_person_noun(head: str) -> bool:
    return _ends_with(head, _person_nouns())


def _ends_with(head: str, nouns: frozenset[str]) -> bool:
    """Whether ``head`` ends with one of ``nouns`` (of two to four characters)."""
    return any(head[-size:] in nouns for size in (2, 3, 4) if len(head) >= size)


#: 遥, the look-alike of 。 (and the hanzi of 遥远 遥祝).
STOP_LOOKALIKE = "遥"
#: 我们遥祝大家…: wishing from afar, after the one who wishes (遥祝 is rare in jieba's counts,
#: 7, so the lexicon alone reads 我们。祝…; a sentence that ends with a pronoun is rarer still).
WISHERS = ("我们", "我", "咱们", "他们", "她们", "大家", "人们", "全家", "你们")
WISHED = "祝"


def _one_character_sentence(view: str, text: str, by_start: dict[int, _Candidate]) -> None:
    """No sentence is one surname alone (``李遥是我最喜欢的作家``, ``路遥知马力``: 李遥 and 路遥
    are names, not ``李。`` ``路。``): a full stop look-alike right after one common surname at
    the start of a line or a sentence is a doubt; so is 遥 before 祝 after the one who wishes
    (``我们遥祝大家``: wishing from afar). (``view``: the text with the sure marks read.)"""
    surnames = _commonest_surnames()
    find = text.find
    at = find(STOP_LOOKALIKE, 1)
    while at >= 0:
        here, at = at, find(STOP_LOOKALIKE, at + 1)
        if text[here - 1] not in surnames and text[here + 1 : here + 2] != WISHED:
            continue  # the common case: neither construct (two character tests)
        cand = by_start.get(here)
        if cand is not None and cand.end - here == 1 and cand.evidence >= DOUBT_FROM:
            before = view[here - 1]
            if before in surnames and (here == 1 or view[here - 2] == "\n" or view[here - 2] in SENTENCE_ENDS):
                cand.add(-NEIGHBOUR_PENALTY, f"after {before} alone, a surname: no sentence is one", EV_NO_MARK)
                cand.evidence = min(cand.evidence, DOUBT_FROM)
            elif text[here + 1 : here + 2] == WISHED and text.endswith(WISHERS, 0, here):
                cand.add(0.0, f"{cand.hanzi}{WISHED} (to wish from afar) after the one who wishes", EV_OTHER)
                cand.evidence = min(cand.evidence, DOUBT_FROM)


#: 要 (D2AA), the look-alike of — (A1AA): a single one is the verb (要求, 重要), except between
#: two names (see _name_dashes) or two numbers (the dash of a range, see _range_dash).
DASH_LOOKALIKE = "要"
#: How many hanzi before a single 要 are read for the name there (and twice as many after it,
#: for the name and what follows it).
NAME_DASH_REACH = 6
#: 据…报道 (according to … reports): what stands between is a news source, not a clause.
#: What two names joined by a dash share (中国要东盟合作, 格鲁吉亚要阿布哈兹冲突): the noun right
#: after the second name that makes the dash likely.
_PAIR_NOUNS_TEXT = (
    "冲突 合作 关系 边界 边境 会谈 会晤 航线 铁路 公路 高速公路 谈判 峰会 对话 战争 友谊 贸易 "
    "交流 比赛 对抗 之战 联赛 直航 通航 线 段 航班 协定 协议 条约 联合公报 首脑会议 外长会议 "
    "地区 一带 之间 两地 首脑 非正式 灾区 震区 冲突地区"
)
PAIR_NOUNS = frozenset(_PAIR_NOUNS_TEXT.split())
SOURCE_BEFORE = "据"
SOURCE_AFTER = ("报道", "消息")
_LEFT_RUN_RE = re.compile(f"[{HAN_CLASS}]+$")
_RIGHT_RUN_RE = re.compile(f"[{HAN_CLASS}]+")


def _name_dashes(text: str, view: str) -> list[_Candidate]:
    """A single 要 between two proper names may be the dash that joins them
    (``格鲁吉亚要阿布哈兹冲突`` = 格鲁吉亚—阿布哈兹冲突, ``中国要东盟合作``), and is inside a
    name written with one (``道要琼斯`` = 道—琼斯: 道琼斯 is a name of the dictionary, and so is
    琼斯, and 道 is none: not 火山要爆发, nor 中国要台湾: 中国台湾 is two names). But 要 is also
    "demand": ``美国要日本开放市场``, ``中国要台湾当局放弃``: where a verb or an adverb follows
    the second name (or a short word after it), the dash needs more, a chain of names
    (``南宁要贵阳要昆明``) or a news source (``据俄通社要塔斯社报道``), or it is only a doubt.
    (``view``: the text with the sure marks read.)"""
    found: list[_Candidate] = []
    lookalikes = _all_lookalikes()
    lefts, rights = _word_neighbours()[0][DASH_LOOKALIKE], _word_neighbours()[1][DASH_LOOKALIKE]
    n = len(text)
    at = text.find(DASH_LOOKALIKE, 1)  # (str.find: far faster than a regex over hanzi)
    while 0 < at < n - 1:
        here, at = at, text.find(DASH_LOOKALIKE, at + 1)
        before, after = text[here - 1], text[here + 1]
        if before == DASH_LOOKALIKE or after == DASH_LOOKALIKE:
            continue  # 要要 is ——, read elsewhere
        if before in lefts or after in rights or before in lookalikes or after in lookalikes:
            continue  # 需要, 要求: a word holds it (the common case); a look-alike beside it is no name
        if not (is_han(before) and is_han(after)):
            continue
        left = _LEFT_RUN_RE.search(view, max(0, here - NAME_DASH_REACH), here)
        right = _RIGHT_RUN_RE.match(view, here + 1, here + 1 + 2 * NAME_DASH_REACH)
        if left is None or right is None:
            continue
        left_run, right_run = left.group(), right.group()
        joined = next(
            (
                left_run[-a:] + right_run[:b]
                for a in (1, 2, 3)
                for b in (1, 2, 3)
                if a + b >= 3 and a <= len(left_run) and 2 <= b <= len(right_run)
                if lexicon.is_proper_name(left_run[-a:] + right_run[:b])
                and _name_word(right_run[:b])
                and not lexicon.is_proper_name(left_run[-a:])
            ),
            None,
        )
        if joined is not None:
            cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
            cand.add(LIKELY_FROM, f"inside the name {joined}, written with a dash", EV_OTHER)
            found.append(cand)
            continue
        first = lexicon.best_segmentation(left_run)[-1]
        words = lexicon.best_segmentation(right_run)
        # A name the dictionary knows but splits before a noun of PAIR_NOUNS (阿/尔/及/利亚/对话).
        paired = next((i for i in range(2, min(len(words), 5)) if words[i] in PAIR_NOUNS), 0)
        if paired and len(words[0]) == 1 and lexicon.is_proper_name("".join(words[:paired])):
            words = ["".join(words[:paired]), *words[paired:]]
        second = words[0]
        if len(first) < 2 or len(second) < 2 or not (_name_word(first) and _name_word(second)):
            continue  # (李 华: a surname alone is no name a dash joins)
        # 要 is also "demand" (美国要伊拉克的石油, 中国要香港繁荣稳定): only positive evidence for
        # the dash makes it likely; two names alone are a doubt.
        why, evidence = f"between the names {first} and {second}", LIKELY_FROM
        first_at, second_end = here - len(first), here + 1 + len(second)
        after = words[1] if len(words) > 1 else view[second_end : second_end + 1]
        if view[first_at - 1 : first_at] == SOURCE_BEFORE and after in SOURCE_AFTER:
            why += f", a news source ({SOURCE_BEFORE}…{after})"
        elif DASH_LOOKALIKE in (view[first_at - 1 : first_at], view[second_end : second_end + 1]):
            why += ", in a chain of names"
        elif after in PAIR_NOUNS and not _predicate_after(words):
            why += f", before {after} (what the two share)"
        else:
            why += ", but nothing says they are a pair: 要 may be the verb"
            evidence = DOUBT_FROM
        cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
        cand.add(evidence, why, EV_OTHER)
        found.append(cand)
    return found


#: Prepositions that start a predicate's adverbial (德国要法国在难民问题上承担…, 要他把…):
#: after the name that 要 = "demand" takes as its object, as a verb does (not 和 与, which
#: may join a third name to a pair: 中国—东盟和日韩).
COVERBS = frozenset("在把向对给为从跟同被用按")


def _predicate_after(words: list[str]) -> bool:
    """Whether a verb or an adverb (or a phrase of four that starts with one: 开放市场), or a
    preposition of COVERBS, follows the first of ``words`` (a name), right after it or after one
    short word (日本开放, 台湾当局放弃, 法国在…上承担): what 要 = "demand" needs after its
    object (not 阿布哈兹冲突地区执行…)."""
    rest = words[1:3]
    if not rest:
        return False
    if rest[0] in COVERBS:
        return True
    if lexicon.starts_predicate(rest[0]) or (len(rest[0]) >= 4 and lexicon.starts_predicate(rest[0][:2])):
        return True
    return len(rest) > 1 and len(rest[0]) <= 2 and lexicon.starts_predicate(rest[1])


def _name_word(word: str) -> bool:
    """A proper name of the dictionary, or a word it does not know (a transliteration)."""
    return lexicon.is_proper_name(word) or not lexicon.is_word(word, min_freq=1)


def _full_name_after(text: str, candidates: list[_Candidate]) -> None:
    """``袁刘我成曾有`` where ``刘我成`` stands elsewhere in the text without 袁 before it
    (``书记刘我成``): the three characters are a full name of their own (a common surname
    first), so the 袁 before them is a comma, whatever the name evidence said. So too where a
    title follows the three (``袁安子文同志``, ``袁范清银中将``: 袁安子文 would be a name of
    four), and where the two characters after 袁 stand elsewhere at the start of a clause
    (``遥陈妍和教练``: 陈妍 is a name of its own)."""
    surnames = _commonest_surnames()
    punct, digits, _ = _lookalikes()
    for cand in candidates:
        end = cand.end
        if cand.hanzi != COMMA_LOOKALIKE or cand.evidence >= ENOUGH_FROM or text[end : end + 1] not in surnames:
            continue
        kinds = cand.kinds
        if EV_NO_MARK in kinds or _NAME_KINDS.isdisjoint(kinds):
            continue
        if text[end - 2 : end - 1] == SURNAME_MARKER and text[end - 3 : end - 1] != COMMONERS:
            continue  # 姓袁袁是个: the surname after 姓 (no comma follows 姓), and the next 袁 the comma
        name = text[end : end + 3]
        if len(name) < 3 or not all(is_han(c) for c in name):
            continue
        at = text.find(name)
        while at >= 0 and (at == end or (at and text[at - 1] == COMMA_LOOKALIKE)):
            at = text.find(name, at + 1)
        if at >= 0:
            cand.add(0.0, f"{name} is a full name elsewhere in the text, without {cand.hanzi} before it", EV_OTHER)
            cand.evidence = LIKELY_FROM
            continue
        if any(c in punct or c in digits for c in name):
            continue
        if text.startswith(NAME_TITLES, end + 3) and not text.startswith(NAME_TITLES, end + 2):
            if text.startswith(RANKS, end + 3):
                why = f"{name} before a rank: a full name ({cand.hanzi}{name} would be a name of four)"
                cand.add(0.0, why, EV_OTHER)
                cand.evidence = LIKELY_FROM
            else:
                # 议员袁陈美玲女士: a married woman may put her husband's surname first (冠夫姓)
                why = f"{name} before a title: a full name, unless {cand.hanzi} is a husband's surname"
                cand.add(0.0, why, EV_OTHER)
                cand.evidence = max(cand.evidence, DOUBT_FROM)
            continue
        short = name[:2]
        if lexicon.is_word(short, min_freq=1):
            continue  # (高峰: a word, which may start a clause anywhere)
        if any(_clause_start(text, at) for at in _occurrences(text, short) if at != end):
            cand.add(0.0, f"{short} starts a clause elsewhere in the text: a full name of its own", EV_OTHER)
            cand.evidence = LIKELY_FROM


#: Titles after a full name: those of TITLES and military ranks (阮华盛少将).
RANKS = ("上将", "中将", "少将", "大校", "上校", "中校", "少校")
NAME_TITLES = (*TITLES, *RANKS)
#: What a clause starts after: a line break, a mark, or the look-alike of a mark that ends a
#: sentence or opens a quotation (遥 曰 院 野; not 袁 and 叶, the surnames in question).
CLAUSE_STARTERS = frozenset("\n。！？；：“（" + "遥曰院野渊")


def _clause_start(text: str, index: int) -> bool:
    """Whether a clause starts at ``text[index]`` (the text start, or after CLAUSE_STARTERS)."""
    return index == 0 or text[index - 1] in CLAUSE_STARTERS


def _occurrences(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _list_of_full_names_after(text: str, candidates: list[_Candidate]) -> None:
    """``省政协主席袁宋宝瑞尧秦玉琴尧杨…``: three hanzi after 袁 that begin with a common
    surname and stand first in a list of names (an enumeration comma after them, and a short
    item after that) are a full name of their own; 袁宋宝瑞 would be a name of four, which a
    single surname does not make. So the 袁 is a comma, whatever the name evidence said."""
    surnames = _commonest_surnames()
    punct, digits, _ = _lookalikes()
    enumeration = ENUMERATION[-1]  # 尧, the look-alike of 、
    for cand in candidates:
        end = cand.end
        if (
            cand.hanzi != COMMA_LOOKALIKE
            or cand.evidence >= ENOUGH_FROM
            or text[end : end + 1] not in surnames
            or text[end + 3 : end + 4] != enumeration
            or EV_NO_MARK in cand.kinds
            or _NAME_KINDS.isdisjoint(cand.kinds)
        ):
            continue
        name = text[end : end + 3]
        if not all(is_han(c) and c not in punct and c not in digits for c in name):
            continue
        # the next item: two or three hanzi, then a mark's look-alike (尧 袁 遥 渊)
        at = end + 4
        while at < end + 8 and at < len(text) and is_han(text[at]) and text[at] not in punct:
            at += 1
        if not 2 <= at - end - 4 <= 3 or text[at : at + 1] not in punct:
            continue
        cand.add(0.0, f"{name} is the first of a list of names ({cand.hanzi}{name} would be a name of four)", EV_OTHER)
        cand.evidence = LIKELY_FROM


#: 叶, the look-alike of 《 (and a common surname).
TITLE_LOOKALIKE = "叶"


def _closed_titles(candidates: list[_Candidate]) -> None:
    """``的叶春之声曳``, ``和叶三国演义曳``: a 叶 that a 曳 closes nearby opens a title, whatever
    the name evidence says (written for 袁, whose mark is a comma: no ``的，`` but ``的《``)."""
    for cand in candidates:
        if cand.hanzi != TITLE_LOOKALIKE or cand.evidence >= ENOUGH_FROM:
            continue
        # the lexicon, then the pairing, then name evidence only
        kinds = cand.kinds
        if kinds[1:2] != (EV_PAIRED,):
            continue
        rest = kinds[2:]
        if rest and all(k in _NAME_KINDS for k in rest):
            cand.add(0.0, "a title: the closing mark pairs with it, and a title may follow any word", EV_OTHER)
            cand.evidence = LIKELY_FROM


def _particle_after(text: str, by_start: dict[int, _Candidate]) -> None:
    """No clause starts with a particle (的 了 着 们 where they start no word; 地 and 得 stand
    alone too: 省、地两级, 得，…):
    ``检查院的官员`` and ``几步之遥的`` keep the hanzi (there is no ``：的`` nor ``。的``).
    (``by_start``: every candidate by its start; the few places found by a regex.)"""
    n = len(text)
    for match in _before_particle_re().finditer(text):
        cand = by_start.get(match.start())
        if cand is None or cand.evidence < DOUBT_FROM:
            continue
        end = cand.end
        if any(lexicon.is_word(text[end : end + size], min_freq=1) for size in (2, 3, 4) if end + size <= n):
            continue  # 的确, 了解, 着手: a word starts there, so may a clause
        cand.add(-NEIGHBOUR_PENALTY, f"before {text[end]}, which starts no clause", EV_OTHER)
        cand.evidence = min(cand.evidence, DOUBT_FROM)


def _after_joining_word(text: str, by_start: dict[int, _Candidate]) -> None:
    """No sentence or clause that a mark of ``JOINED_MARKS`` ends ends with a conjunction or a
    preposition (但 连 与 …, where no word ends with them: 普及。 相连。 do end one):
    ``连浴帘`` and ``但浴室内`` keep the hanzi (there is no ``连！`` nor ``但！``).
    (``by_start``: every candidate by its start; the few places found by a regex.)"""
    for match in _after_joining_word_re().finditer(text):
        start = match.start() + 1
        cand = by_start.get(start)
        if cand is None or cand.evidence < DOUBT_FROM:
            continue
        if any(lexicon.is_word(text[start - size : start], min_freq=1) for size in (2, 3, 4) if start >= size):
            continue  # 温和 暖和 普及 相连: a word ends there, and so may a sentence
        cand.add(-NEIGHBOUR_PENALTY, f"after {text[start - 1]}, which ends no sentence", EV_NO_MARK)
        cand.evidence = min(cand.evidence, DOUBT_FROM)


def _unlisted_words(text: str, by_start: dict[int, _Candidate]) -> None:
    """A look-alike inside a word of mappings/punct_shift_words.tsv (浴霸 浴盐 院感: words
    jieba's dictionary lacks or counts too rarely) weighs against the mark: at most a doubt,
    reported, never repaired. Not where a neighbour outside the word makes a word with it (院感谢 is ：感谢).
    (``by_start``: every candidate by its start; the few places found by one regex.)"""
    words = _unlisted_words_re()
    if words is None:
        return
    is_word = lexicon.is_word
    for match in words.finditer(text):
        start, end = match.span()
        word = match.group()
        if (start and is_word(text[start - 1 : start + 1])) or (end < len(text) and is_word(text[end - 1 : end + 1])):
            continue  # 院感谢: the word of the mark reading (感谢) stands there too
        for index in range(start, end):
            cand = by_start.get(index)
            if cand is None or cand.evidence < DOUBT_FROM or cand.end - cand.start != 1:
                continue
            cand.add(-NEIGHBOUR_PENALTY, f"in the word {word} (a word of {WORDS_TABLE})", EV_LEXICON)
            cand.evidence = min(cand.evidence, DOUBT_FROM)


@functools.cache
def _unlisted_words_re() -> re.Pattern[str] | None:
    """The words of mappings/punct_shift_words.tsv that hold a look-alike, longest first."""
    punct = _lookalikes()[0]
    words = sorted(
        (row[0] for row in read_tsv(WORDS_TABLE) if any(char in punct for char in row[0])),
        key=lambda w: (-len(w), w),
    )
    return re.compile("|".join(map(re.escape, words))) if words else None


@functools.cache
def _after_joining_word_re() -> re.Pattern[str]:
    """A word of JOINING_WORDS and a look-alike of a mark of JOINED_MARKS right after it."""
    marks = "".join(h for h, symbol in _lookalikes()[0].items() if symbol in JOINED_MARKS)
    return re.compile(f"[{JOINING_WORDS}][{marks}]")


@functools.cache
def _before_particle_re() -> re.Pattern[str]:
    """A look-alike of a clause mark right before a particle that starts no clause."""
    stops = "".join(h for h, symbol in _lookalikes()[0].items() if symbol in STOP_PUNCT)
    return re.compile(f"[{stops}](?=[{CLAUSE_NEVER_STARTS}])")


def _year_apostrophes(text: str, by_start: dict[int, _Candidate]) -> None:
    """``爷97``, ``爷怨愿`` is ``’97``: the apostrophe of a year of two digits (it pairs with
    nothing, so the pairing has read it as a hanzi). (``by_start``: every candidate by its start.)"""
    for match in _year_apostrophe_re().finditer(text):
        cand = by_start.get(match.start())
        if cand is not None and cand.end - cand.start == 1 and _year_apostrophe(text, cand.start):
            cand.add(SURE_FROM - min(cand.evidence, 0.0), "before a year of two digits (’97)", EV_OTHER)


@functools.cache
def _year_apostrophe_re() -> re.Pattern[str]:
    digits = "".join(_lookalikes()[1])
    return re.compile(f"{_apostrophe()}(?=[0-9{digits}])")


#: How often a word must occur in jieba's counts to hold a common look-alike (舞剧院 7).
RARE_WORD_FREQ = 5


def _rare_words(view: str, candidates: list[_Candidate]) -> None:
    """One of the commonest real hanzi (院, risk class high) that the lexicon alone reads as a
    mark, though the best reading of its window as hanzi puts it inside a word (院区, however
    rare; but not 报道院, where 报道 takes the 道 of 道院): a doubt, not a repair."""
    high_risk = _high_risk()
    for cand in candidates:
        if (
            cand.hanzi in high_risk
            and cand.end - cand.start == 1
            and DOUBT_FROM <= cand.evidence < MARKER_FROM
            and cand.kinds == _LEXICON_KINDS
        ):
            left = _window(view, cand.start, -1)
            right = _window(view, cand.start, 1)
            if (
                _in_best_word(left + cand.hanzi + right, len(left))
                or any(
                    lexicon.is_word(left[-size:] + cand.hanzi, min_freq=RARE_WORD_FREQ)
                    for size in (2, 3)
                    if len(left) >= size
                )
                or (
                    right
                    and lexicon.is_word(cand.hanzi + right[0], min_freq=1)
                    and not _word_starts(right)
                    and not _after_number(view, cand.start)
                )
            ):
                # (歌舞剧院芭蕾舞团: the best reading is 歌舞剧/院, yet 剧院 and 舞剧院 are words)
                cand.add(0.0, "a dictionary word holds it, and the hanzi is common", EV_OTHER)
                cand.evidence = min(cand.evidence, DOUBT_FROM)


def _after_number(view: str, index: int) -> bool:
    """Whether a digit or a digit look-alike stands right before ``view[index]`` (线索1：, 图2：
    introduce what follows)."""
    before = view[index - 1 : index]
    return before.isdigit() or before in _lookalikes()[1]


def _word_starts(text: str) -> bool:
    """Whether a word of two to four starts ``text`` (外国 in ：外国…: then a clause may start
    there, and 院外 is no evidence; 外会诊 starts none)."""
    return any(lexicon.is_word(text[:size], min_freq=1) for size in (2, 3, 4) if len(text) >= size)


#: 院, the look-alike of ： (and the common hanzi of 学院 医院).
COLON_LOOKALIKE = "院"
#: Words after which a colon introduces what follows (安排如下：, 编者按：, 他宣布：), read as the
#: last word of what comes before 院; and the speech verbs of SPEECH with 道 (回忆道：) or with
#: the one spoken to (告诉我：, 问记者：).
#: (Not 说出: 医生说出院后 is 说/出院, discharged, far oftener than 说出：.)
COLON_INTROS = frozenset({"如下", "编后", "编者按", "宣布", "规定", "提法", "做法", "写道", "说道", "问道"})
SPOKEN_TO = ("我", "他", "她", "我们", "记者")
#: How often the last character of an introducing word and 院 must make a word (法院 2,312;
#: not 下院 391 nor 道院 34) to read 院 with it before a part of an institution (院党委 院领导).
COMMON_INTRO_WORD_FREQ = 1000
INSTITUTION_PARTS = ("党委", "党组", "领导", "机关", "职工", "干部", "办公室")
#: What follows 院 (the institute) as a part or a level of it: 院领导 院属 院一级.
INSTITUTION_FOLLOWERS = (*INSTITUTION_PARTS, "属", "一级", "两级")
NOT_INSTITUTION_FOLLOWERS = ("属于", "属实", "属性")


@functools.cache
def _colon_intro_ends() -> frozenset[str]:
    """The last characters of the words after which 院 may be the colon (a quick test)."""
    return frozenset(word[-1] for word in (*COLON_INTROS, "道", *SPOKEN_TO))


def _colon_after_intro(view: str, text: str, by_start: dict[int, _Candidate]) -> None:
    """``安排如下院第一天`` is ``安排如下：第一天``: 院 right after a word that introduces what
    follows (COLON_INTROS, 回忆道, 告诉我) is the colon, though 下院 书院 道院 are words, unless 院
    starts a word with what follows it (宣布院长人选, 规定院方…: the hanzi). (``by_start``: every
    candidate by its start; the few 院 found by str.find.)"""
    intro_ends = _colon_intro_ends()
    for start in _occurrences(text, COLON_LOOKALIKE):
        cand = by_start.get(start)
        if cand is None or cand.end - start != 1 or not start:
            continue
        if (
            cand.evidence >= DOUBT_FROM
            and text.startswith(INSTITUTION_FOLLOWERS, start + 1)
            and not text.startswith(NOT_INSTITUTION_FOLLOWERS, start + 1)
            and is_han(text[start - 1])
        ):
            # 宣布院领导班子, 规定院属各单位: 院 (the institute) before a part of it reads as well
            # as a colon before 领导: a doubt, reported
            cand.add(0.0, f"before {text[start + 1 : start + 3]}: 院 may be the institute", EV_OTHER)
            cand.evidence = min(cand.evidence, DOUBT_FROM)
            continue
        if cand.evidence >= LIKELY_FROM or view[start - 1] not in intro_ends:
            continue  # (the common cases: a colon already, or after no introducing word: 学院)
        if EV_NO_MARK in cand.kinds or EV_PAIRED in cand.kinds:
            continue
        left = _window(view, start, -1)
        if len(left) < 2:
            continue
        right = _window(view, start, 1)
        if right and any(lexicon.is_word(cand.hanzi + right[:size], min_freq=1) for size in (1, 2, 3)):
            continue  # 院长, 院方, 院落: the hanzi starts a word with what follows
        words = lexicon.best_segmentation(left)
        last = words[-1]
        before = words[-2] if len(words) > 1 else ""
        if lexicon.frequency(last[-1] + cand.hanzi) >= COMMON_INTRO_WORD_FREQ and right.startswith(INSTITUTION_PARTS):
            continue  # 这一提法院党委讨论了三次: 法院 is a common word, and 院党委 its committee
        if last in COLON_INTROS:
            why = f"after {last}, which introduces what follows"
        elif (last == "道" and before.endswith(SPEECH)) or (last in SPOKEN_TO and before.endswith(SPEECH)):
            why = f"after {before}{last}, which introduces what is said"
            if last in SPOKEN_TO and lexicon.is_word(last + cand.hanzi, min_freq=1):
                # 告诉我院领导已经同意 (我院: our hospital, our court) reads as well as 告诉我：
                # 今年已经七十岁了: a doubt, reported
                cand.add(0.0, f"{why}, though {last}{cand.hanzi} is a word", EV_OTHER)
                cand.evidence = min(cand.evidence, DOUBT_FROM)
                continue
        else:
            continue
        cand.add(LIKELY_FROM - min(cand.evidence, 0.0), why, EV_OTHER)
        cand.evidence = max(cand.evidence, LIKELY_FROM)


@functools.lru_cache(maxsize=1 << 14)
def _in_best_word(text: str, index: int) -> bool:
    """Whether the best segmentation of ``text`` puts ``text[index]`` inside a word of two or
    more characters."""
    at = 0
    for word in lexicon.best_segmentation(text):
        if at <= index < at + len(word):
            return len(word) > 1
        at += len(word)
    return False


def _inside_names(text: str, candidates: list[_Candidate], by_start: dict[int, _Candidate]) -> None:
    """A look-alike right after a surname look-alike that stays a surname, and that starts a
    given name (袁野也, 叶曰明), is part of the name: no ``袁“也`` nor ``叶；明``. (``by_start``:
    every candidate by its start.)"""
    for cand in candidates:
        if cand.hanzi not in SURNAMES or cand.end - cand.start != 1 or cand.evidence >= ENOUGH_FROM:
            continue
        inner = by_start.get(cand.end)
        if inner is None or inner.evidence < DOUBT_FROM or inner.hanzi in SURNAMES:
            continue
        if cand.start and lexicon.is_word(text[cand.start - 1 : cand.end], min_freq=1):
            continue  # 嫩叶遥: the look-alike ends a word, it is no surname
        if cand.start and text[cand.start - 1] in FAMILIAR:
            continue  # 老袁遥: a familiar name has no given name after it
        name = _name_like(text, cand.end)
        if not name and inner.symbol in OPENING_PUNCT and text.startswith(SPEECH, inner.end):
            name = inner.hanzi  # 叶渊说: no mark opens right before a verb of speech
        if name:
            inner.add(-TITLE_PENALTY, f"inside the name {cand.hanzi}{name}", EV_IN_NAME)
            inner.evidence = min(inner.evidence, DOUBT_FROM)


#: Opening and closing quotation marks, real and their look-alikes (野 冶).
_OPEN_QUOTES = frozenset("“野")
_CLOSE_QUOTES = frozenset("”冶")


_QUOTED_SINGLE_RE = re.compile(f"(?<=[{''.join(_OPEN_QUOTES)}]).(?=[{''.join(_CLOSE_QUOTES)}])", re.DOTALL)


def _quoted_single(text: str, by_start: dict[int, _Candidate]) -> None:
    """``野曰冶`` is ``“曰”`` (a character quoted), not ``“；”``: nothing quotes a lone mark.
    (``by_start``: every candidate by its start; the few quoted characters found by a regex.)"""
    for match in _QUOTED_SINGLE_RE.finditer(text):
        cand = by_start.get(match.start())
        if cand is None or cand.end - cand.start != 1 or cand.symbol in QUOTES:
            continue
        if cand.evidence >= DOUBT_FROM:
            cand.add(-TITLE_PENALTY, "alone between quotation marks (a quoted character)", EV_OTHER)
            cand.evidence = min(cand.evidence, DOUBT_FROM)


def _view(text: str, marks: list[_Candidate]) -> str:
    """``text`` with the given candidates (in text order) replaced by their marks (one mark per
    character)."""
    parts, last = [], 0
    for cand in marks:  # (in text order, as the candidates are)
        parts.append(text[last : cand.start])
        parts.append(cand.symbol[0] * (cand.end - cand.start))
        last = cand.end
    parts.append(text[last:])
    return "".join(parts)


def _window(view: str, index: int, step: int) -> str:
    """Up to WINDOW hanzi next to ``view[index]`` (across a line break: narrow columns break
    words across lines), stopping at a blank line (``岗遥⏎⏎远月`` is not 遥远) and at anything
    else. ``view`` is the text with the positions already read as punctuation replaced by
    their mark, so the window stops there too."""
    if step < 0:
        if index >= WINDOW:
            near = view[index - WINDOW : index]
            if _ALL_HAN_RE.fullmatch(near):
                return near  # the common case: hanzi right up to it
        seg = view[max(0, index - _WINDOW_REACH) : index]
        if "\n" in seg:
            seg = _BLANK_LINE_RE.split(seg)[-1]
        match = _TRAILING_HAN_RE.search(seg.translate(_DROP_SPACE))
    else:
        near = view[index + 1 : index + 1 + WINDOW]
        if len(near) == WINDOW and _ALL_HAN_RE.fullmatch(near):
            return near
        seg = view[index + 1 : index + 1 + _WINDOW_REACH]
        if "\n" in seg:
            seg = _BLANK_LINE_RE.split(seg)[0]
        match = _LEADING_HAN_RE.match(seg.translate(_DROP_SPACE))
    return match.group() if match else ""


def _reading_delta(view: str, start: int, end: int, log_p_mark: float) -> float:
    """log P(the hanzi reading) - log P(the punctuation reading) of a short window."""
    if end - start == 1:
        char = view[start]
        bigrams = _lookalike_bigrams()
        if (_adjacent(view, start, -1) + char) not in bigrams and (char + _adjacent(view, start, 1)) not in bigrams:
            return _alone(char) - log_p_mark  # no word contains it (the common case, two lookups)
    return _window_delta(view, start, end, log_p_mark)


def _window_delta(view: str, start: int, end: int, log_p_mark: float) -> float:
    """:func:`_reading_delta` from the lexicon's reading of the window (once a word may hold it)."""
    # _window's common case inlined: WINDOW hanzi right up to the look-alike on each side.
    fullmatch = _ALL_HAN_RE.fullmatch
    left = view[start - WINDOW : start] if start >= WINDOW else ""
    if not (left and fullmatch(left)):
        left = _window(view, start, -1)
    right = view[end : end + WINDOW]
    if not (len(right) == WINDOW and fullmatch(right)):
        right = _window(view, end - 1, 1)
    run = view[start:end]
    scores = _window_scores(left, run, right)
    if scores is None:
        # No word contains the character: it stands alone in the hanzi reading.
        return _alone(run) - log_p_mark
    whole, left_score, right_score = scores
    return whole - (left_score + right_score + log_p_mark)


@functools.lru_cache(maxsize=1 << 16)
def _window_scores(left: str, run: str, right: str) -> tuple[float, float, float] | None:
    """The segmentation scores of ``left + run + right``, ``left`` and ``right``; None when
    ``run`` is one character that no word of the window contains (windows recur: cached)."""
    cut = len(left)
    return lexicon.split_scores(left + run + right, cut, cut + len(run), cut if len(run) == 1 else -1)


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv(SURNAMES_TABLE))


_LEXICON_NOTE = ("lexicon",)
_LEXICON_KINDS = (EV_LEXICON,)
_DOUBLED_NOTES = ("lexicon", "doubled, and no such mark is written twice: this one is the hanzi")
_DOUBLED_KINDS = (EV_LEXICON, EV_NO_MARK)


@functools.cache
def _word_neighbours() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Per look-alike, the characters that stand right before it (and right after it) in some
    dictionary word: :func:`_lookalike_bigrams` split by the look-alike, for set lookups."""
    left: dict[str, set[str]] = {}
    right: dict[str, set[str]] = {}
    for pair in _lookalike_bigrams():
        left.setdefault(pair[1], set()).add(pair[0])
        right.setdefault(pair[0], set()).add(pair[1])
    punct, _, _ = _lookalikes()
    return (
        {h: frozenset(left.get(h, ())) for h in punct},
        {h: frozenset(right.get(h, ())) for h in punct},
    )


@functools.cache
def _marks_in_no_word() -> bool:
    """Whether no dictionary word has a mark beside a look-alike (so a neighbour that became a
    mark cannot make a word with it)."""
    left, right = _word_neighbours()
    marks = set(REPAIRED_PUNCT) | _REAL_MARKS
    return all(marks.isdisjoint(chars) for chars in (*left.values(), *right.values()))


@functools.cache
def _alone_deltas() -> dict[str, float]:
    """Per punctuation look-alike, the evidence for the mark when no word contains it:
    log P(the mark) - log P(the hanzi as a one-character word)."""
    punct, _, _ = _lookalikes()
    return {h: -(_alone(h) - LOG_P_MARK[symbol]) for h, symbol in punct.items()}


@functools.cache
def _lookalike_bigrams() -> frozenset[str]:
    """Every two-character stretch of a dictionary word (2..MAX_WORD_LEN long) that holds a
    look-alike: a look-alike in a word always has a neighbour inside that word, so when
    neither of its bigrams is here, no word contains it (the common case, checked in two
    lookups). Kept in the lexicon's cache: building it reads the whole dictionary."""
    punct, digits, point = _lookalikes()
    chars = "".join(sorted(set(punct) | set(digits) | {point}))
    # The characters are the table's version: a change to the shift table makes a new one.
    return lexicon.derived_table("lookalike-pairs", chars, lambda: _bigrams_holding(chars))


def _bigrams_holding(chars: str) -> frozenset[str]:
    found = set()
    charset = set(chars)
    for word in lexicon.word_frequencies():
        if 2 <= len(word) <= lexicon.MAX_WORD_LEN and not charset.isdisjoint(word):
            for i in range(len(word) - 1):
                if word[i] in charset or word[i + 1] in charset:
                    found.add(word[i : i + 2])
    return frozenset(found)


def _adjacent(view: str, index: int, step: int) -> str:
    """The nearest character that is not white space ('' at the edge or past a blank line)."""
    index += step
    n = len(view)
    newlines = 0
    while 0 <= index < n and view[index] in _SKIPPED:
        newlines += view[index] == "\n"
        index += step
    return view[index] if 0 <= index < n and newlines < 2 else ""


@functools.cache
def _alone(char: str) -> float:
    """log P(``char`` as a one-character word)."""
    single = lexicon.log_probability(char)
    return single if single is not None else _unknown()


@functools.cache
def _unknown() -> float:
    return lexicon.segmentation_score("\U000f0000")  # a private-use character: never a word


_PAIRED_MARKS = frozenset(OPENING_PUNCT + CLOSING_PUNCT)


def _pairing(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Opening and closing look-alikes that pair up (野…冶) are evidence for both; a title
    mark or parenthesis that pairs with nothing (叶 in 叶建华说) is a hanzi. Returns the “
    look-alikes that close a quotation typed “…“ (:func:`_opened_twice`)."""
    closer_of = dict(zip(OPENING_PUNCT, CLOSING_PUNCT, strict=True))
    opener_of = {v: k for k, v in closer_of.items()}
    stacks: dict[str, list[_Candidate]] = {}
    paired: set[int] = set()
    pairs: list[tuple[_Candidate, _Candidate]] = []
    # Only the look-alikes of paired marks take part (the commas and stops are most of them).
    candidates = [c for c in candidates if c.symbol in _PAIRED_MARKS]
    for cand in candidates:
        doubled = cand.kinds[: len(_DOUBLED_KINDS)] == _DOUBLED_KINDS  # (add() may have added more)
        if cand.evidence < PAIR_FLOOR or (doubled and cand.symbol in closer_of):
            # clearly a word (视野), or an opener doubled (野野孩子 is “野孩子: the last opener,
            # which the stack would pair, is the hanzi): it cannot pair
            continue
        if cand.symbol in closer_of:
            stacks.setdefault(cand.symbol, []).append(cand)
        elif cand.symbol in opener_of:
            opening = opener_of[cand.symbol]
            span = STRICT_PAIRS.get(opening, MAX_PAIR_SPAN)
            stack = [o for o in stacks.get(opening, []) if cand.start - o.start <= span]
            stacks[opening] = stack
            if (
                stack
                and cand.start - stack[-1].start > WORDED_PAIR_SPAN
                and _held_by_word(text, cand.start)
                and _held_by_word(text, stack[-1].start)
            ):
                continue  # 这片野地里长满了野菊花。… 扮相妖冶，: two words far apart, no quotation
            if stack:
                if opening in NO_NESTING and len(stack) > 1:
                    # 叶红叶苍鹰曳: a title holds no title, so only one of the openers is one:
                    # the last, unless an earlier one reads clearly better as the mark (红叶).
                    at = max(range(len(stack)), key=lambda k: (stack[k].evidence, k))
                    if stack[at].evidence - stack[-1].evidence < NESTING_MARGIN:
                        at = len(stack) - 1
                    opener = stack[at]
                    del stack[at:]
                else:
                    opener = stack.pop()
                opener.add(PAIR_BONUS, f"pairs with {cand.hanzi} (as {cand.symbol})", EV_PAIRED)
                cand.add(PAIR_BONUS, f"pairs with {opener.hanzi} (as {opener.symbol})", EV_PAIRED)
                paired.update((opener.start, cand.start))
                pairs.append((opener, cand))
    closers = _opened_twice(text, candidates, paired)
    _unclosed_inside(candidates, pairs, paired)
    for cand in candidates:
        opening = cand.symbol if cand.symbol in closer_of else opener_of.get(cand.symbol)
        if opening in STRICT_PAIRS and cand.start not in paired:
            cand.add(
                -UNPAIRED_PENALTY,
                f"no {closer_of[opening] if cand.symbol == opening else opening} pairs with it",
                EV_OTHER,
            )
            if cand.symbol == LEFT_DOUBLE_QUOTE and _next_visible(text, cand.start, -1)[1] not in OPEN_QUOTE_AFTER:
                # A quotation left open runs to the end of its paragraph (the next one opens
                # again): only at a paragraph start, or after a colon (回答院野…, a quotation of
                # several paragraphs), is an unclosed “ normal.
                cand.evidence = min(cand.evidence, DOUBT_FROM)
            elif cand.symbol == RIGHT_DOUBLE_QUOTE and _between_hanzi(text, cand.start):
                # Every quotation opens in its own paragraph: a ” that closes nothing, between
                # two hanzi, is the hanzi (上冶镇).
                cand.evidence = min(cand.evidence, DOUBT_FROM)
    return closers


#: How far apart a pair of look-alikes that words hold (野菊花 … 妖冶) may stand and still pair.
WORDED_PAIR_SPAN = 80
#: The longest word read around a look-alike by :func:`_held_by_word`.
HELD_WORD_LEN = 3


def _held_by_word(text: str, index: int) -> bool:
    """Whether a dictionary word of two or three, however rare, holds ``text[index]`` (野菊花,
    妖冶): the hanzi reading has a word there."""
    hanzi = text[index]
    lefts, rights = _word_neighbours()
    if hanzi in lefts and not (
        (index and text[index - 1] in lefts[hanzi]) or text[index + 1 : index + 2] in rights[hanzi]
    ):
        return False  # no word has a neighbour of it beside it (two set lookups)
    for size in range(2, HELD_WORD_LEN + 1):
        for lo in range(max(0, index - size + 1), index + 1):
            if lo + size <= len(text) and lexicon.is_word(text[lo : lo + size], min_freq=1):
                return True
    return False


#: How far apart two “ look-alikes may stand and still be read as one quotation (“…“).
OPENED_TWICE_SPAN = 24


def _opened_twice(text: str, candidates: list[_Candidate], paired: set[int]) -> list[_Candidate]:
    """``野楹联一条街野在`` is ``“楹联一条街“在``: the source typed the closing quotation mark as
    an opening one (People's Daily has it). Two “ look-alikes that nothing pairs, close
    together on one line with no mark between them and no word holding either, are that
    quotation: both are marks (the second kept as the source typed it). Returns the seconds."""
    opening = LEFT_DOUBLE_QUOTE
    closers: list[_Candidate] = []
    lone = [c for c in candidates if c.symbol == opening and c.start not in paired and c.end - c.start == 1]
    for first, second in itertools.pairwise(lone):
        if second.start - first.start > OPENED_TWICE_SPAN or first.start in paired:
            continue
        if first.kinds != _LEXICON_KINDS or second.kinds != _LEXICON_KINDS:
            continue  # (a word, or a doubled look-alike, holds one of them)
        if min(first.evidence, second.evidence) < DOUBT_FROM:
            continue
        inside = text[first.end : second.start]
        if not inside or not all(is_han(c) and c not in _all_lookalikes() for c in inside):
            continue  # the quotation holds hanzi only (no mark, no look-alike, no line break)
        if any(_in_rare_word(text, c.start) for c in (first, second)):
            continue  # 野营的人们在野地里: words, however rare, that the lexicon read as marks
        first.add(PAIR_BONUS, f"pairs with {second.hanzi} (a closing mark typed as an opening one)", EV_PAIRED)
        second.add(PAIR_BONUS, f"pairs with {first.hanzi}", EV_PAIRED)
        second.add(0.0, "closes the quotation, though typed as an opening mark", EV_TYPED_CLOSER)
        paired.update((first.start, second.start))
        closers.append(second)
    return closers


#: How often a word of two must occur in jieba's counts to hold a “ look-alike of a quotation
#: typed “…“ (野营 38, 野地 112; not 心野 2, in ，野一切以病人为中心野，).
OPENED_TWICE_WORD_FREQ = 10


def _in_rare_word(text: str, index: int) -> bool:
    """Whether ``text[index]`` makes a word of two with a hanzi beside it that the lexicon
    knows, however rarely (野营 38): the lexicon alone may read the mark there."""
    return lexicon.is_word(text[index : index + 2], min_freq=OPENED_TWICE_WORD_FREQ) or (
        index > 0 and lexicon.is_word(text[index - 1 : index + 1], min_freq=OPENED_TWICE_WORD_FREQ)
    )


def _between_hanzi(text: str, index: int) -> bool:
    """Whether ``text[index]`` has a hanzi right before and right after it."""
    return 0 < index < len(text) - 1 and is_han(text[index - 1]) and is_han(text[index + 1])


#: What an unclosed “ may follow: a paragraph start, a colon or its look-alike 院.
OPEN_QUOTE_AFTER = ("", "\n", FULLWIDTH_COLON, "院")
#: Marks that never hold a pair of their own kind (《…《…》…》, （…（…）…） are not written).
NO_NESTING = LEFT_BOOK_TITLE + FULLWIDTH_LEFT_PAREN
#: How much better an earlier opener must read than the last to take the closer from it.
NESTING_MARGIN = 1.0


def _unclosed_inside(
    candidates: list[_Candidate], pairs: list[tuple[_Candidate, _Candidate]], paired: set[int]
) -> None:
    """An opening look-alike that nothing closes, inside a pair of marks (``叶德吴宗教渊流曳``:
    a （ opened inside 《》 would close inside it): the hanzi, at most a doubt."""
    spans = sorted((o.start, c.start) for o, c in pairs if o.start in paired and c.start in paired)
    if not spans:
        return
    starts = [span[0] for span in spans]
    for cand in candidates:
        if cand.symbol not in NO_NESTING or cand.start in paired or cand.evidence < DOUBT_FROM:
            continue
        at = bisect.bisect_left(starts, cand.start) - 1
        # (pairs of marks do not cross: the nearest pair opened before it is the one to test)
        if at >= 0 and spans[at][0] < cand.start < spans[at][1]:
            cand.add(0.0, "opened inside a pair of marks and not closed in it", EV_OTHER)
            cand.evidence = min(cand.evidence, DOUBT_FROM)


def _next_visible(text: str, index: int, step: int) -> tuple[int, str]:
    """The nearest character that is not an inline space, and its index ('' at the text edge)."""
    i = index + step
    n = len(text)
    while 0 <= i < n and text[i] in _INLINE_SPACES:
        i += step
    return i, text[i] if 0 <= i < n else ""


def _context(text: str, candidates: list[_Candidate]) -> None:
    """Evidence from the characters around each look-alike (one pass, for speed):

    * clause marks end lines and sit before spaces (where extraction split the line), and
      never start a line;
    * ``说院野`` is ``说：“``: a colon look-alike right before an opening quotation;
    * ``袁女士``, ``叶老师``: a surname before a title; ``姓袁``: a surname after 姓;
    * a single ``噎`` is at most reported: the ellipsis is written doubled;
    * ``4窑圆怨`` is ``4·29``: an interpunct look-alike between two numbers.
    """
    quotes = (LEFT_DOUBLE_QUOTE, LEFT_SINGLE_QUOTE)
    openings = {c.start for c in candidates if c.symbol in quotes and c.evidence >= MARKER_FROM}
    n = len(text)
    spaces = _INLINE_SPACES
    triggers = _name_triggers()
    firsts = _title_firsts()
    speech_firsts = _SPEECH_FIRSTS
    marks = _REAL_MARKS
    lookalikes = _lookalikes()[0]
    for cand in candidates:
        symbol = cand.symbol
        start, end = cand.start, cand.end
        if cand.hanzi in SURNAMES and end - start == 1:
            # (a title, a word of address and 家 start with one of ``firsts``: the common case,
            # none of them, is one set lookup)
            if text[end : end + 1] in firsts and _before_title(text, cand):
                pass
            elif cand.start > 0 and text[cand.start - 1] == SURNAME_MARKER and text[start - 2 : start] != COMMONERS:
                cand.add(-TITLE_PENALTY, f"a surname after {SURNAME_MARKER}", EV_SURNAME)
            elif (
                not start
                or text[start - 1] in triggers
                or text[start - 1] in spaces
                or text[end : end + 1] == ANONYMOUS
                or (
                    (text[start + 2 : start + 3] in speech_firsts or text[start + 3 : start + 4] in speech_firsts)
                    and (text.startswith(SPEECH, start + 3) or text.startswith(SPEECH, start + 2))
                )
            ):  # (the common case, nothing that _name_context starts from, is skipped here)
                why = _name_context(text, cand.start)
                if why is not None:
                    cand.add(-TITLE_PENALTY, why[1], why[0])
                    cand.evidence = min(cand.evidence, DOUBT_FROM)
        elif cand.hanzi == SAID and cand.start and text[cand.start - 1] in SPEAKERS:
            _, nxt = _next_visible(text, cand.end - 1, 1)
            if nxt in _QUOTE_OR_COLON:
                cand.add(-TITLE_PENALTY, f"{text[cand.start - 1]}曰 (…said) before a quotation or a colon", EV_OTHER)
                cand.evidence = min(cand.evidence, DOUBT_FROM)
        if symbol in OPENING_PUNCT:
            continue
        index = end
        after = text[end] if end < n else ""
        if after in spaces:  # also at the end of the text ('' is in every string)
            index, after = _next_visible(text, end - 1, 1)
        if symbol == FULLWIDTH_COLON and (index in openings or after in quotes):
            cand.add(COLON_QUOTE_BONUS, "before a quotation", EV_OTHER)
        elif symbol == MIDDLE_DOT and _is_digit_at(text, cand.start - 1) and _is_digit_at(text, cand.end):
            cand.add(PAIR_BONUS, "between two numbers (a date such as 4·29)", EV_OTHER)
        elif symbol == HORIZONTAL_ELLIPSIS and cand.end - cand.start == 1:
            cand.add(0.0, "a single … (the ellipsis is written doubled)", EV_OTHER)
            cand.evidence = min(cand.evidence, DOUBT_FROM)
            continue
        before = text[start - 1] if start else ""
        gutter = before in spaces and before != ""
        if gutter:
            _, before = _next_visible(text, start, -1)
        if before in ("", "\n") and symbol not in FREE_PUNCT:
            cand.add(-LINE_START_PENALTY, "a line never starts with this mark", EV_NO_MARK)
            cand.evidence = min(cand.evidence, DOUBT_FROM)
        elif gutter and symbol not in FREE_PUNCT and is_han(after) and not (before in marks or before in lookalikes):
            # Where extraction split a line, the piece after the space is a line start too:
            # a clause or closing mark does not begin it (冠军  袁野 is a name in a table).
            # After a mark it may (。 ” where OCR spaced the two).
            cand.add(
                -LINE_START_PENALTY, "after a space and before a hanzi, where no line starts with this mark", EV_NO_MARK
            )
        elif after in ("", "\n", "\r"):
            cand.add(LINE_END_BONUS, "ends the line", EV_OTHER)
        elif cand.end < n and text[cand.end] in " \u3000":
            cand.add(SPACE_BONUS, "before a space", EV_OTHER)


def _before_title(text: str, cand: _Candidate) -> bool:
    """Whether the surname look-alike ``cand`` comes before a title (袁女士), a kinship word of
    address (袁爷爷) or 家 that starts no word (袁家大院); the evidence is added to it."""
    start, end = cand.start, cand.end
    if text.startswith(TITLES, end):
        cand.add(-TITLE_PENALTY, "a surname before a title", EV_SURNAME)
    elif text.startswith(_address_words(), end) and not _after_speech(text, start):
        cand.add(-TITLE_PENALTY, "a surname before a kinship word of address (袁爷爷)", EV_SURNAME)
    elif text[end : end + 1] == FAMILY and not lexicon.is_word(text[end : end + 2], min_freq=1):
        # 袁家大院, 叶家后人: ，家 starts a clause only in a word (家里, 家长, 家庭)
        cand.add(-TITLE_PENALTY, "a surname before 家 (the family) that starts no word", EV_SURNAME)
    else:
        return False
    return True


@functools.cache
def _title_firsts() -> frozenset[str]:
    """The first characters of the titles, the words of address and 家."""
    return frozenset(word[0] for word in (*TITLES, *_address_words(), FAMILY))


@functools.cache
def _name_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(roles before a name, words after a name, characters that never start a given name)
    from mappings/punct_shift_names.tsv."""
    rows = read_tsv(NAMES_TABLE)
    roles = tuple(w for w, kind in rows if kind == "role")
    followers = tuple(w for w, kind in rows if kind == "follower")
    function = frozenset("".join(w for w, kind in rows if kind == "function"))
    return roles, followers, function


@functools.cache
def _address_words() -> tuple[str, ...]:
    """Kinship words said after a surname (袁爷爷, 叶大伯), from mappings/punct_shift_names.tsv."""
    return tuple(w for w, kind in read_tsv(NAMES_TABLE) if kind == "address")


@functools.cache
def _object_words() -> tuple[str, ...]:
    """Prepositions and verbs that need an object, so never end a clause (由, 跟着), with the
    name followers that are such prepositions too (和 与 向 被: the table has one kind per word)."""
    rows = read_tsv(NAMES_TABLE)
    return tuple(w for w, kind in rows if kind == "object") + tuple(w for w in OBJECT_FOLLOWERS)


@functools.cache
def _object_words_ending() -> dict[str, tuple[str, ...]]:
    """The words of :func:`_object_words` by their last character (one lookup per look-alike)."""
    by_end: dict[str, tuple[str, ...]] = {}
    for word in _object_words():
        by_end[word[-1]] = (*by_end.get(word[-1], ()), word)
    return by_end


#: Prepositions of the object words that no clause ends with (以…为由， does; 给 请 找 may:
#: 给，这是你的). Only a comma is ruled out after them (把《周易》: a title may follow).
PREPOSITIONS = "把同跟替让"
#: 袁, the look-alike of ，.
COMMA_LOOKALIKE = "袁"
#: Conjunctions and prepositions that join what follows them (and 却, the adverb "yet"), so no
#: sentence ends with them
#: (a comma may follow some: 但，…). Not those that are nouns or verbs too, or stand for a
#: word ending in a sentence: 和 (之和 言和), 被 (少被), 把 and 往 (for 吧 and 住 in informal
#: text); 在 对 给 让 end one (不在。 对！ 不给。).
JOINING_WORDS = "与及但而且并或连从向跟同却"
#: The marks that end a sentence or introduce what follows (not the commas).
JOINED_MARKS = IDEOGRAPHIC_FULL_STOP + QUESTION_EXCLAMATION + FULLWIDTH_SEMICOLON + FULLWIDTH_COLON
#: Name followers that also need an object (袁伟和叶青, 和袁伟).
OBJECT_FOLLOWERS = "和与向被"


@functools.cache
def _given_name_chars() -> dict[str, tuple[float, float]]:
    """Character -> (log P(first given-name character), log P(second)), for the characters
    likelier in a given name than in text (mappings/given_name_chars.tsv, from jieba's names)."""
    return {char: (float(first), float(second)) for char, first, second, _ in read_tsv(GIVEN_NAMES_TABLE)}


#: How much less likely than the word the two characters make a given name may be and still
#: count as a name after a role (log odds): a name is worth a doubt, not a repair.
NAME_FROM = -1.0


def _name_like(text: str, index: int) -> str:
    """A given name at ``index`` by how names are made ('' if none): two characters that are
    likelier a given name than the word they make (秀英, 明远, 家后 but not 健全 建设 突出), or
    one given-name character before a function word (袁野也, 叶佳、).

    Asked only after a role or a word that needs an object, where a name is expected.
    """
    _, _, function = _name_words()
    punct, _, _ = _lookalikes()
    chars = _given_name_chars()
    first = text[index : index + 1]
    second = text[index + 1 : index + 2]
    if first not in chars or first in function or first in SURNAMES:
        return ""  # 袁叶丹 is ，叶丹: a surname look-alike starts no given name
    if second in chars and second not in function and second not in PARTICLES and second not in punct:
        pair = first + second
        if (first == second and pair not in KINSHIP_DOUBLED) or chars[first][0] + chars[second][
            1
        ] - lexicon.segmentation_score(pair) >= NAME_FROM:
            return pair  # (a given name doubles its character often: 婷婷, 圆圆; not 妹妹)
    if second in PARTICLES or (second in punct and lexicon.is_word(first + second, min_freq=1)):
        return ""  # 新的, 学院: the character makes a word, not a name
    if second in function and lexicon.is_word(first + second, min_freq=1):
        return ""  # 致以, 立即: a word, not a name and a function word
    if not second or second in function or second in _NAME_END or not is_han(second):
        return first
    return ""


#: Kinship words that double their character: no given name (上学的妹妹袁妹妹却在 is ，妹妹).
KINSHIP_DOUBLED = frozenset(
    {"妹妹", "姐姐", "哥哥", "弟弟", "爸爸", "妈妈", "爷爷", "奶奶", "叔叔", "伯伯", "姑姑", "舅舅", "婶婶"}
)


def _after_speech(text: str, start: int) -> bool:
    """Whether a verb of speech comes right before ``start`` (他说，爷爷…: speech is followed by
    a mark far more often than by a name)."""
    return text[max(0, start - 2) : start].endswith(SPEECH)


def _after_object_word(head: str) -> bool:
    """Whether ``head`` ends with a word that needs an object (由, 跟着) standing as a word of
    its own (``理由`` and ``自由`` end with 由 and may end a clause)."""
    words = _object_words_ending().get(head[-1:])
    return bool(words) and _after_object_word_in(head[-_longest_object_word() - 1 :])


@functools.cache
def _longest_object_word() -> int:
    return max(len(word) for word in _object_words())


@functools.lru_cache(maxsize=4096)
def _after_object_word_in(head: str) -> bool:
    """:func:`_after_object_word` of the last few characters of a head (all it reads)."""
    for word in _object_words_ending().get(head[-1:], ()):
        if head.endswith(word):
            before = head[-len(word) - 1 : -len(word)]
            if not (before and is_han(before) and lexicon.is_word(before + word, min_freq=1)):
                return True
    return False


@functools.cache
def _role_ends() -> frozenset[str]:
    """The last characters of the roles: a quick test before trying every role."""
    return frozenset(role[-1] for role in _name_words()[0]) | frozenset(noun[-1] for noun in _role_nouns())


@functools.cache
def _role_nouns() -> frozenset[str]:
    """Nouns ending in 长 员 师 官 (团长, 网格员), from mappings/role_nouns.tsv (jieba's nouns)."""
    return frozenset(row[0] for row in read_tsv(ROLE_NOUNS_TABLE))


def _ends_with_role_noun(head: str) -> bool:
    return _ends_with(head, _role_nouns())


#: How rare a character must be (jieba's count as a word of its own) to be read as a given
#: name of one before a verb of speech (喆 21, 犇 0, 璟 104; not 叹 笑 便 并 又).
RARE_GIVEN_FREQ = 200
#: How far around a rare character :func:`_rare_given_char` looks for others (traditional text).
RARE_REACH = 8
RARE_NEAR = 2
#: 袁家, 叶家: the family of that surname.
FAMILY = "家"
#: Words of speech after a name (袁振国说): one-character given names are read only before these.
SPEECH = ("说", "表示", "介绍", "告诉", "认为", "指出", "强调", "提出", "回忆", "感慨", "坦言", "透露", "解释")
_SPEECH_FIRSTS = frozenset(word[0] for word in SPEECH)
#: What ends a name in garbled text: a real mark, or a look-alike of ，。、：；” (袁伟遥 = 袁伟。).
_NAME_END = frozenset("，。、：；）”\n 袁遥尧院曰冶冤")
#: Characters that end words and never stand second in a given name (，新的: no name 新的).
PARTICLES = "的了着地得们"
#: Marks that end a sentence.
SENTENCE_ENDS = IDEOGRAPHIC_FULL_STOP + QUESTION_EXCLAMATION
#: Particles that start no clause (the ones of PARTICLES that never stand alone).
CLAUSE_NEVER_STARTS = "的了着们"
#: 老袁, 小袁: a familiar form of a surname.
FAMILIAR = "老小"
#: A conjunction that starts a clause after an adjective (虽然年纪小，但…), and follows no
#: familiar name (小袁 may be followed by 而 or 可: 小袁而立之年, 小袁可能).
CLAUSE_CONJUNCTIONS = "但"
#: Adverbs of degree and negation: 老 and 小 after them are adjectives (规模较小，, 宝刀不老，),
#: not the familiar form of a name.
DEGREE_ADVERBS = "不没较很太最更已挺"
#: 袁某: the anonymised name of court reports (but ，某公司 ，某地 ，某年 are a comma).
ANONYMOUS = "某"
NOT_AFTER_ANONYMOUS = "公市县村区镇乡厂校院店人地年月日天时些种个项位部单企机医网平国省家类次处"
#: The parties of a court case, whose anonymised name follows them (原告袁某, 被告人叶某).
COURT_PARTIES = ("原告", "被告", "被告人", "上诉人", "申请人", "当事人", "嫌疑人", "受害人", "证人")


def _given_name(text: str, index: int) -> str:
    """A given name of one or two hanzi at ``index`` that a speech verb or a mark comes after
    (``建国说``, ``伟遥``), or any name follower if the name is no common word (``立军为``,
    ``晓东的``); '' if none.

    Characters that never start a given name (他 要 但 …) and the look-alikes of marks rule
    it out: ``，拟任县委``, ``，要大力``, ``，他说`` and ``，医院的`` are no names.
    """
    roles, followers, function = _name_words()
    punct, _, _ = _lookalikes()
    if text.startswith(roles, index + (text[index : index + 1] in function)):
        return ""  # 院士，副主任委员: a role, no name
    for size in (2, 1):
        name = text[index : index + size]
        if len(name) < size or name[0] in function or not all(is_han(c) for c in name):
            continue
        if name[0] in punct or (size == 2 and name[1] in punct and not _unpaired_opening(text, index + 1)):
            continue
        rest = index + size
        after = text[rest] if rest < len(text) else "\n"
        if after in punct and lexicon.is_word(text[rest - 1 : rest + 1], min_freq=1):
            continue  # 学院: the look-alike after the name makes a word with it
        if after in _NAME_END or text.startswith(SPEECH, rest):
            return name
        if size == 2 and not lexicon.is_word(name) and text.startswith(followers, rest):
            return name
    return ""


def _unknown_name(text: str, index: int) -> bool:
    """Whether two hanzi at ``index`` start no word and no clause (``梓涵第一次``)."""
    roles, _, function = _name_words()
    punct, _, _ = _lookalikes()
    head = text[index : index + 2]
    if text.startswith(roles, index + (head[:1] in function)):
        return False
    if (
        len(head) < 2
        or head[0] in function
        or head[1] in PARTICLES
        or not all(is_han(c) and c not in punct for c in head)
    ):
        return False
    return not any(lexicon.is_word(text[index : index + size], min_freq=1) for size in (2, 3, 4))


@functools.cache
def _name_triggers() -> frozenset[str]:
    """The characters before a surname look-alike that some rule of :func:`_name_context`
    starts from: the ends of roles and of words that need an object, 老 and 小, and the
    look-alikes of clause marks."""
    punct, _, _ = _lookalikes()
    stops = {h for h, symbol in punct.items() if symbol in STOP_PUNCT}
    return _role_ends() | frozenset(_object_words_ending()) | frozenset(FAMILIAR) | frozenset(stops)


def _name_context(text: str, start: int) -> tuple[str, str] | None:
    """Why the surname look-alike at ``start`` reads as a name, as (the kind of evidence, the
    note), or None when it does not:

    * after a role (``工程师袁伟遥``, ``任命袁建国为``), before a given name and a name follower;
    * ``老袁``, ``小叶``: after 老 or 小 that make no word with the character before them,
      before a name follower or a mark;
    * ``袁某诉``: the anonymised name before a follower;
    * ``袁志刚说``: before a given name that is no word and a speech verb.
    """
    prev = text[start - 1] if start else ""
    if (
        prev
        and prev not in _INLINE_SPACES
        and prev not in _name_triggers()
        and text[start + 1 : start + 2] != ANONYMOUS
        and not text.startswith(SPEECH, start + 3)
        and not text.startswith(SPEECH, start + 2)
    ):
        return None  # the common case: nothing before or after it that a rule below looks at
    roles, followers, function = _name_words()
    punct, _, _ = _lookalikes()
    head = text[max(0, start - 8) : start].rstrip(_INLINE_SPACES)
    after = text[start + 1] if start + 1 < len(text) else "\n"
    if (
        head[-1:] in _role_ends()
        and (head.endswith(roles) or _ends_with_role_noun(head))
        and not _starts_no_given_name(after)
        and (_given_name(text, start + 1) or _unknown_name(text, start + 1) or _name_like(text, start + 1))
    ):
        # (a given name starts with no common character unseen in given names: not 服务员，
        # 人员、 nor 成员，由本人; nor 议员，由4个 garbled 由源个; but 记者袁犇 is a name)
        return EV_SURNAME, "a surname after a role, before a given name (工程师袁伟)"
    if (
        _after_object_word(head)
        and not _starts_no_given_name(after)
        and (_given_name(text, start + 1) or _name_like(text, start + 1))
    ):
        return EV_SURNAME, "a surname after a word that needs an object (由袁家, 跟着袁爷爷): no clause ends there"
    if head[-1:] in PREPOSITIONS and text[start] == COMMA_LOOKALIKE and _after_object_word(head):
        return EV_SURNAME, f"a surname after the preposition {head[-1]} (跟袁和平): no clause ends with it"
    if (
        text[start] == COMMA_LOOKALIKE
        and head[-1:] in _object_words()
        and text.startswith(roles, start + 1)
        and _after_object_word(head)
    ):
        # (a preposition of one character only: 来慰问，职工们… ends a clause with the verb)
        return EV_SURNAME, f"a surname after the preposition {head[-1]}, before a role (由袁主任负责)"
    if start and text[start - 1] in _INLINE_SPACES:
        name = _given_name(text, start + 1)
        end = start + 1 + len(name)
        if (
            name
            and text[end : end + 1] in punct
            and (not lexicon.is_word(name, min_freq=1) or _name_like(text, start + 1) == name)
        ):
            return EV_SURNAME, "a surname after a space, before a given name and a mark (袁晓红、)"
    if head[-1:] and punct.get(head[-1], "x") in STOP_PUNCT and _given_name(text, start + 1):
        return EV_SURNAME, f"a surname after {head[-1]} (two marks side by side cannot be), before a given name"
    if head[-1:] and head[-1] in FAMILIAR:
        before = head[-2:-1]
        familiar = not (before and is_han(before) and lexicon.is_word(before + head[-1], min_freq=1))
        familiar = (familiar and (not before or before not in DEGREE_ADVERBS)) or head[:-1].endswith(roles)
        if (
            familiar
            and after not in CLAUSE_CONJUNCTIONS
            and (after in _NAME_END or after in function or text.startswith(followers, start + 1))
        ):
            return EV_SURNAME, f"a surname after {head[-1]} (老袁, 小叶)"
        if not before or before == "\n" or before in _REAL_MARKS or punct.get(before, "x") in STOP_PUNCT:
            return EV_SURNAME, f"a surname after {head[-1]} at the start of a clause (no clause is {head[-1]} alone)"
    if after == ANONYMOUS:
        rest = start + 2
        nxt = text[rest] if rest < len(text) else "\n"
        if nxt in _NAME_END or text.startswith(followers, rest):
            return EV_ANONYMISED, "an anonymised name (袁某)"
        if head.endswith(COURT_PARTIES):
            # (赔偿原告袁某医疗费: whatever follows, the party is named there)
            return EV_ANONYMISED, f"an anonymised name (袁某) after {head[-2:]}, a party to a case"
        if (
            is_han(nxt)
            and nxt not in NOT_AFTER_ANONYMOUS
            and not lexicon.is_word(ANONYMOUS + nxt)
            and (
                nxt in function
                or not lexicon.is_word(text[rest : rest + 2])
                or lexicon.starts_predicate(text[rest : rest + 2])
            )
        ):
            # (袁某支付: a verb follows the name; not 据查实，某境外机构 nor ，某高炮旅: 某 before a
            # word that is no verb is "a certain")
            return EV_OTHER, "an anonymised name (袁某) before no word with 某"
    if text.startswith(SPEECH, start + 2) and _rare_given_char(text, start + 1):
        # (教练袁喆说: no clause starts with a character as rare as 喆 before 说)
        return EV_SURNAME, f"a surname before {text[start + 1]}, a rare character made for names, and a verb of speech"
    if not text.startswith(SPEECH, start + 3):
        return None
    name = _given_name(text, start + 1)
    if len(name) == 2 and not lexicon.is_word(name, min_freq=1) and not _starts_no_given_name(name[0]):
        # (not 一封信，信中说 nor ，便又说: no given name starts with 信 or 便)
        return EV_SURNAME, "a surname before a given name that is no word and a verb of speech (袁志刚说)"
    return None


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Nouns for a person by their agent suffix (年轻人, 后卫, 茶农), from mappings/person_nouns.tsv."""
    return frozenset(row[0] for row in read_tsv(PERSON_NOUNS_TABLE))


@functools.cache
def _person_ends() -> frozenset[str]:
    return frozenset(noun[-1] for noun in _person_nouns()) | {POSSESSIVE}


@functools.cache
def _all_lookalikes() -> frozenset[str]:
    """Every look-alike the stage reads: of the marks, of the digits and of the decimal point."""
    punct, digits, point = _lookalikes()
    return frozenset(punct) | frozenset(digits) | {point}


@functools.cache
def _commonest_surnames() -> frozenset[str]:
    """The COMMONEST_SURNAMES first rows of mappings/common_surnames.tsv (ordered by how many
    people bear them)."""
    return frozenset(row[0] for row in read_tsv(SURNAMES_TABLE)[:COMMONEST_SURNAMES])


#: The hundred commonest surnames are borne by most people (about 85%).
COMMONEST_SURNAMES = 100
#: 是…的 (是从四月开始的): the focus construction ends a clause with 的.
FOCUS = "是"
#: How far back a clause is searched for 是.
FOCUS_REACH = 24


def _focus_clause(view: str, index: int) -> bool:
    """Whether the clause that ends at ``view[index]`` (a 的) has 是 before it, back to the
    last mark or line break (``view`` has the marks already read)."""
    clause = _CLAUSE_BREAK_RE.split(view[max(0, index - FOCUS_REACH) : index])[-1]
    return FOCUS in clause


_CLAUSE_BREAK_RE = re.compile(f"[{re.escape(STOP_PUNCT + OPENING_PUNCT + CLOSING_PUNCT)}\n]")


#: How often a character must occur as a word in jieba's counts to be common (免 1,786, 人
#: 313,209); the rare ones are what given names are made of (犇 0, 喆 21, 璟 104).
COMMON_CHAR_FREQ = 1000


def _starts_no_given_name(char: str) -> bool:
    """Whether ``char`` is a common character that mappings/given_name_chars.tsv does not hold
    (人 由 到 …): a given name does not start with it. A rare character missing from the table
    says nothing (犇 喆 璟 熠 are made for names)."""
    return char not in _given_name_chars() and lexicon.frequency(char) >= COMMON_CHAR_FREQ


#: 的 ends no clause (no ``的，`` but in 是…的), so a surname look-alike after it starts a name
#: or a noun phrase.
POSSESSIVE = "的"


def _clause_word_after(text: str, index: int) -> bool:
    """Whether a common word of two or three hanzi (另外, 早就, 便可以) starts at ``index``,
    which is no given name (it is likelier the word than a name: :func:`_name_like` says no)."""
    return not _name_like(text, index) and any(
        lexicon.is_word(text[index : index + size]) for size in (3, 2) if index + size <= len(text)
    )


def _rare_given_char(text: str, index: int) -> bool:
    """``text[index]`` is a hanzi as rare as those made for names (熠 骁 喆: jieba count <
    RARE_GIVEN_FREQ), no function word and no look-alike: no clause starts with it. Not in
    traditional characters (悲情的，讓人: jieba counts simplified text, so 讓 這 來 are rare
    too): fewer than RARE_NEAR other rare hanzi stand near it (叶璟 may: a name of its own)."""
    char = text[index : index + 1]
    if not (
        is_han(char)
        and char not in _name_words()[2]
        and char not in _all_lookalikes()
        and lexicon.frequency(char) < RARE_GIVEN_FREQ
    ):
        return False
    near = text[max(0, index - RARE_REACH) : index - 1] + text[index + 2 : index + RARE_REACH]
    return sum(is_han(c) and lexicon.frequency(c) < RARE_GIVEN_FREQ for c in near) < RARE_NEAR


def _person_before(view: str, text: str, candidates: list[_Candidate]) -> None:
    """General evidence for a name where the role lists are silent: a surname look-alike that
    the lexicon reads as a mark, right after a noun for a person (年轻人袁小燕, 后卫袁浩然) or
    after 的 (年长的袁德胜), and before what reads as a given name. A comma may stand there
    too (许多年轻人，…): the evidence is split, so the look-alike stays and is reported."""
    ends = _person_ends()
    for cand in candidates:
        start = cand.start
        if (
            cand.hanzi not in SURNAMES
            or cand.end - start != 1
            or cand.evidence < DOUBT_FROM
            or not start
            or text[start - 1] not in ends
        ):
            continue
        if EV_SURNAME in cand.kinds:
            continue
        first = text[start + 1 : start + 2]
        if first in _all_lookalikes():
            continue  # 亲人袁远远: a look-alike is no evidence for a given name in garbled text
        if _starts_no_given_name(first):
            continue  # 服务员，人员、: no given name starts with a common character never seen in one
        if first in _commonest_surnames():
            continue  # 家人，魏伟: the comma reading has a full name as well
        left = _window(view, start, -1)
        if not left or left[-1] != text[start - 1]:
            continue
        if not (
            _given_name(text, start + 1)
            or _name_like(text, start + 1)
            or (first in _given_name_chars() and _unknown_name(text, start + 1))
            or _rare_given_char(text, start + 1)
        ):
            continue  # (梓航: no word, and 梓 is seen in given names; not 由所 in ，由所在单位)
        if _clause_word_after(text, start + 1):
            continue  # 选民，另外…, 学者，早就…: a common word starts the clause, no given name
        last = lexicon.best_segmentation(left)[-1]
        if last == POSSESSIVE:
            if _focus_clause(view, start - 1):
                continue  # 是从四月开始的，…: 是…的 ends a clause with 的
            why = f"after {POSSESSIVE}"
        elif last in _person_nouns():
            why = f"after the noun {last} (a person)"
        else:
            continue
        cand.add(0.0, f"{why}, before what reads as a given name: a surname or a comma (not sure)", EV_NAME)
        cand.evidence = min(cand.evidence, DOUBT_FROM)


def _same_names(text: str, candidates: list[_Candidate], by_start: dict[int, _Candidate]) -> None:
    """A full name read as a name once (记者袁建国) is a name everywhere in the text: the
    other look-alikes before the same two-character given name are the surname too."""
    punct, _, _ = _lookalikes()
    _same_anonymous(text, candidates)
    names = {
        (c.hanzi, text[c.end : c.end + 2])
        for c in candidates
        if c.hanzi in SURNAMES and c.evidence < DOUBT_FROM + 0.5 and EV_SURNAME in c.kinds
    }
    names = {
        (h, g)
        for h, g in names
        if len(g) == 2
        and all(is_han(ch) for ch in g)
        and (g[0] not in punct or _name_like(g + "\n", 0) == g)
        and (g[1] not in punct or g[1] in _OPENINGS)
    }
    if not names:
        return
    for cand in candidates:
        if cand.hanzi not in SURNAMES or (cand.hanzi, text[cand.end : cand.end + 2]) not in names:
            continue
        if cand.evidence > DOUBT_FROM:
            cand.add(
                -TITLE_PENALTY,
                f"the name {cand.hanzi}{text[cand.end : cand.end + 2]} is read as a name elsewhere",
                EV_NAME,
            )
            cand.evidence = min(cand.evidence, DOUBT_FROM)
        inside = by_start.get(cand.end + 1)  # 袁文渊: the 渊 is the given name's, no （
        if inside is not None and inside.evidence > DOUBT_FROM:
            inside.add(-TITLE_PENALTY, f"inside the name {cand.hanzi}{text[cand.end : cand.end + 2]}", EV_IN_NAME)
            inside.evidence = min(inside.evidence, DOUBT_FROM)


def _same_anonymous(text: str, candidates: list[_Candidate]) -> None:
    """``袁某`` read as an anonymised name once (原告袁某与…) may be the name where nothing else
    says so (导致袁某家的…): the evidence for the comma is split, so it is reported, not repaired."""
    anonymous = {
        c.hanzi
        for c in candidates
        if c.hanzi in SURNAMES and c.evidence < DOUBT_FROM + 0.5 and EV_ANONYMISED in c.kinds
    }
    if not anonymous:
        return
    for cand in candidates:
        if cand.hanzi in anonymous and cand.evidence > DOUBT_FROM and text[cand.end : cand.end + 1] == ANONYMOUS:
            cand.add(0.0, f"{cand.hanzi}{ANONYMOUS} is read as an anonymised name elsewhere", EV_OTHER)
            cand.evidence = DOUBT_FROM


#: Look-alikes of the marks that must be closed nearby (（ 《 ‘ 【): 渊 叶 耶 揖, and their closers.
_OPENINGS = frozenset("渊叶耶揖")
_CLOSER_OF = {"渊": "冤", "叶": "曳", "耶": "爷", "揖": "铱"}


def _unpaired_opening(text: str, index: int) -> bool:
    """Whether the look-alike at ``index`` is of a mark that must be closed nearby (渊 = （)
    and no closing look-alike follows within reach: then it is a hanzi (袁文渊说)."""
    closer = _CLOSER_OF.get(text[index])
    if closer is None:
        return False
    reach = STRICT_PAIRS.get(shift_table()[text[index]].symbol, MAX_PAIR_SPAN)
    return closer not in text[index + 1 : index + 1 + reach]


def _compatible(first: str, second: str) -> bool:
    """Whether mark ``second`` may directly follow mark ``first`` (，。 never do: ``，。``)."""
    if MIDDLE_DOT in (first, second):
        return False  # the interpunct stands between two names or numbers (马克·吐温, 4·29), never by a mark
    if first in FREE_PUNCT or second in FREE_PUNCT:
        return True
    if first in STOP_PUNCT and second in STOP_PUNCT:
        return first in QUESTION_EXCLAMATION and second in QUESTION_EXCLAMATION
    if first in NEVER_BEFORE_CLOSING and second in CLOSING_PUNCT:
        return False  # nothing quoted or titled ends with 、 or ： (科技兴院冶 is “科技兴院”)
    return not (first in OPENING_PUNCT and (second in STOP_PUNCT or second in CLOSING_PUNCT))


#: Marks that never end a quotation, a title or a parenthetical (a comma may: “走吧，”他说;
#: and a semicolon: a quoted item of a law ends with one).
NEVER_BEFORE_CLOSING = IDEOGRAPHIC_COMMA + FULLWIDTH_COLON


@functools.cache
def _compatible_pairs() -> frozenset[tuple[str, str]]:
    """Every (mark, mark) that :func:`_compatible` allows, for one set lookup per occurrence."""
    marks = set(REPAIRED_PUNCT) | _REAL_MARKS
    return frozenset((a, b) for a in marks for b in marks if _compatible(a, b))


def _neighbours(
    text: str, candidates: list[_Candidate], by_start: dict[int, _Candidate], closers: list[_Candidate]
) -> None:
    """Two marks side by side that cannot be (``曰院`` as ``；：``): the weaker one is a hanzi.
    (``closers``: the “ look-alikes that close a quotation typed “…“, read as ” here.)"""
    reading = {c.start: c for c in candidates if c.evidence >= MARKER_FROM}
    n = len(text)
    spaces, real_marks, compatible = _INLINE_SPACES, _REAL_MARKS, _compatible_pairs()
    # A “ that closes a quotation (“…“, typed so by the source) stands where a ” would: read
    # as one here (and given back its symbol at the end).
    for closer in closers:
        closer.symbol = RIGHT_DOUBLE_QUOTE
    for cand in candidates:
        index = cand.end
        after = text[index] if index < n else ""
        if after in spaces:
            index, after = _next_visible(text, index - 1, 1)
        other = reading.get(index)
        mark = other.symbol if other is not None else after if after and after in real_marks else None
        if mark is None or (cand.symbol, mark) in compatible:
            continue
        weaker = cand if other is None or other.evidence > cand.evidence else other
        weaker.add(-NEIGHBOUR_PENALTY, f"would stand next to {mark if weaker is cand else cand.symbol}", EV_NO_MARK)
        weaker.evidence = min(weaker.evidence, DOUBT_FROM)
    # A weaker look-alike right after a strong one (停歇袁院外: no ，：): the loop above sees
    # only pairs whose second is strong.
    weak = [c for c in candidates if DOUBT_FROM <= c.evidence < MARKER_FROM]
    for cand in weak:
        index, _ = _next_visible(text, cand.start, -1)
        other = reading.get(index)
        if other is not None and other.end == index + 1 and (other.symbol, cand.symbol) not in compatible:
            cand.add(-NEIGHBOUR_PENALTY, f"would follow {other.symbol}", EV_NO_MARK)
            cand.evidence = min(cand.evidence, DOUBT_FROM)
    # Two weak look-alikes side by side that no text writes as marks (答曰院有: no ；：): the
    # loops above see only pairs with a strong one; each would still become an edit.
    weak_at = {c.start: c for c in weak if c.evidence > DOUBT_FROM}
    for cand in weak_at.values():
        index, _ = _next_visible(text, cand.end - 1, 1)
        other = weak_at.get(index)
        if other is not None and other.evidence > DOUBT_FROM and (cand.symbol, other.symbol) not in compatible:
            weaker, stronger = (cand, other) if other.evidence > cand.evidence else (other, cand)
            weaker.add(-NEIGHBOUR_PENALTY, f"would stand next to {stronger.symbol}", EV_NO_MARK)
            weaker.evidence = min(weaker.evidence, DOUBT_FROM)
    # A look-alike right after a real mark (few of those in garbled text: start from the marks).
    for match in _REAL_PUNCT_RE.finditer(text):
        index, _ = _next_visible(text, match.start(), 1)
        cand = by_start.get(index)
        if cand is not None and not _compatible(match.group(), cand.symbol):
            cand.add(-NEIGHBOUR_PENALTY, f"would follow {match.group()}", EV_NO_MARK)
            cand.evidence = min(cand.evidence, DOUBT_FROM)
    for closer in closers:
        closer.symbol = LEFT_DOUBLE_QUOTE


def _quoted_runs(text: str, candidates: list[_Candidate]) -> None:
    """Look-alikes of four or more kinds side by side (``袁遥野冶尧院``; 要 and 噎 not counted)
    are no run of punctuation any text has: a quoted list of the garble (a manual, a
    table), at most reported."""
    runs = [
        (m.start(), m.end())
        for m in _lookalike_run_re().finditer(text)
        if len(set(m.group()) - _doubled_lookalikes()) >= MIN_KINDS_IN_QUOTED_RUN
    ]
    if not runs:
        return
    for cand in candidates:
        if any(start <= cand.start < end for start, end in runs):
            cand.add(0.0, "one of a run of look-alikes (a quoted example?)", EV_OTHER)
            cand.evidence = min(cand.evidence, DOUBT_FROM)


@functools.cache
def _doubled_lookalikes() -> frozenset[str]:
    """要 and 噎: their marks (—— ……) stand beside any other (``。”——``)."""
    punct, _, _ = _lookalikes()
    return frozenset(h for h, symbol in punct.items() if symbol in RUN_MARKS)


@functools.cache
def _lookalike_run_re() -> re.Pattern[str]:
    punct, _, _ = _lookalikes()
    return re.compile(f"[{''.join(punct)}]{{{MAX_MARK_RUN + 1},}}")


def _orphans(view: str, candidates: list[_Candidate]) -> None:
    """``冀尧峰`` (a name) is not ``冀、峰``: an enumeration comma after a surname, between two
    characters that belong to no word, is more likely a hanzi, unless the list goes on (省尧市尧县)."""
    commas = [c for c in candidates if c.symbol == IDEOGRAPHIC_COMMA]
    starts = {c.start for c in commas if c.evidence >= MARKER_FROM}
    # Within LIST_REACH of another strong comma: the list goes on (省尧市尧县).
    in_list = {s + d for s in starts for d in range(-LIST_REACH, LIST_REACH + 1) if d}
    text = view  # (the look-alikes of the list read as 、 where sure: the pattern reads both)
    for cand in commas:
        if cand.start in in_list and not _in_listed_names(text, cand.start):
            continue  # the list goes on: 省尧市尧县
        left = _window(view, cand.start, -1)
        right = _window(view, cand.start, 1)
        if not left or not right or (len(left) > 1 and lexicon.in_word(left, len(left) - 1)):
            continue
        if left[-1] in _surnames() and not lexicon.in_word(left, len(left) - 1) and not lexicon.in_word(right, 0):
            cand.add(-ORPHAN_PENALTY, f"after the surname {left[-1]}, between characters of no word (a name?)", EV_NAME)
        elif len(left) == 1:
            cand.add(-SHORT_ITEM_PENALTY, "a one-character list item before it (唐尧?)", EV_OTHER)


def _in_listed_names(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` stands inside a full name of three in a list of such names
    (``王尧峰尧李尧臣``: 王尧峰、李尧臣): a common surname before it, a hanzi that is no surname
    after it, and the next (or the last) item the same, a surname, 尧 and no surname, one
    enumeration comma away. A list of single hanzi (江、河、湖, 张、王、李) has no surname at
    every other place."""
    surnames = _commonest_surnames()
    commas = ENUMERATION

    def name_at(at: int) -> bool:
        return (
            at >= 0
            and at + 2 < len(text)
            and text[at] in surnames
            and text[at + 1] in commas
            and is_han(text[at + 2])
            and text[at + 2] not in surnames
            and text[at + 2] not in _all_lookalikes()
        )

    if not name_at(index - 1):
        return False
    return (text[index + 2 : index + 3] in commas and name_at(index + 3)) or (
        index >= 3 and text[index - 2] in commas and name_at(index - 5)
    )


# -- evidence for numbers ---------------------------------------------------------------------
def _number_candidates(text: str, latin: list[_Candidate] | None = None) -> list[_Candidate]:
    """Runs of digit look-alikes (圆园员猿 = 2013): four or more, or next to a unit or a counter,
    or next to a Latin word read in ``latin`` (员园灶皂 is 10nm, 孕员园 P10).

    A look-alike at either end that makes a word with the character beside it (人员圆园 ->
    员 belongs to 人员) is left out of the number.
    """
    _, _, number_re = _regexes()
    punct, digits, point = _lookalikes()
    dot = next(h for h, symbol in punct.items() if symbol == MIDDLE_DOT)  # 4窑圆怨 is “4·29”
    signs = _number_signs()  # 圆缘益 is 25℃, 猿伊源 is 3×4
    after_signs = {h for h, symbol in signs.items() if symbol in SIGNS_AFTER}  # 益 豫
    unit_chars, prefix_chars = _lone_number_context()
    apostrophe = _apostrophe()
    pattern_before, pattern_after = _number_pattern_triggers()
    latin_starts = {c.start for c in latin or ()}
    latin_ends = {c.end for c in latin or ()}
    found = []
    n = len(text)
    for match in number_re.finditer(text):
        start, end = match.start(), match.end()
        pattern = (
            _number_pattern(text, start, end)
            if text[start - 1 : start] in pattern_before or text[end : end + 1] in pattern_after
            else None
        )
        if end - start == 1 and pattern is None:
            # The common case, a lone 员 or 园 (人员, 公园): is there any number context at all?
            after = text[end] if end < n else ""
            before = text[start - 1] if start else ""
            unit_after = (
                after in unit_chars
                or after.isdigit()
                or text.startswith(NUMBER_AFTER_WORDS, end)
                or (after.isascii() and after.isupper())  # 歼苑E: J-7E
            )
            prefix = before in prefix_chars or before.isdigit() or not before
            if not (unit_after or prefix):
                # (the rarer contexts: 1尧缘, 缘尧1, an item at a line start, （1）)
                prefix = (
                    (before in ENUMERATION and _is_digit_at(text, start - 2))
                    or (after in ENUMERATION and _is_digit_at(text, end + 1))
                    or (before == "\n" and (after in LIST_NUMBER_MARKS or after in ("", "\n")))
                    or (before in ITEM_OPEN and _numbered_item(text, start, end))
                )
                if not prefix:
                    continue
            if (
                digits[text[start]] == "0"
                and not prefix
                and not ((after in signs or after in (dot, point)) and _is_digit_at(text, end + 1))
                and not (text[end + 1 : end + 2] == DASH_LOOKALIKE and _range_dash(text, end + 1) is not None)
            ):
                continue  # a count is never a lone 0 (0名): 园 is 公园, 园名; but a score is (0∶3), and 0·9,
                # and a range may start at 0 (园米要2米 is 0米—2米)
        near = text[max(0, start - 1) : end + 3]
        in_range = DASH_LOOKALIKE in near and (
            (
                start
                and text[start - 1] == DASH_LOOKALIKE
                and (_range_dash(text, start - 1) or _code_dash(text, start - 1)) is not None
            )
            or any(text[k] == DASH_LOOKALIKE and _range_dash(text, k) is not None for k in range(end, min(end + 3, n)))
        )
        # 日圆园时 after 9: a number after a unit after a number (9日20时), however 日圆 reads
        after_unit = start >= 2 and text[start - 1] in DATE_TIME_UNITS and _is_digit_at(text, start - 2)
        # 员月13日: a month before a day keeps its digit (会议员月: 议员 is a word, 1月13日 a date)
        # (but 人员员月8日 is 人员1月8日: only a lone digit is kept whole)
        after_unit = after_unit or (
            end - start == 1 and text[end : end + 1] in DATE_UNITS and _is_digit_at(text, end + 1)
        )
        item = end - start <= 2 and text[start - 1 : start] in ITEM_OPEN and _numbered_item(text, start, end)
        item = item or pattern is not None
        # 战成员颐员平: a score's first number, though it ends a word (成员)
        score = end - start == 1 and _score_at(text, end)
        while (
            start < end
            and not in_range
            and not after_unit
            and not item
            and not score
            and text[start + 1 : start + 2] != point
            # (党员园园周年 is 党100周年: no number starts with 0 but 0.5)
            and not (start + 1 < end and digits.get(text[start + 1]) == "0" and text[start + 2 : start + 3] != point)
            and _edge_word(text, start, -1)
            and _ends_best_word(text, start)
        ):
            start += 1  # (人员圆园 is 人员20; but 集资源援园苑亿元 is 集资4.07亿元: no number starts with .)
        while (
            end > start
            and not in_range
            and not item
            and _edge_word(text, end - 1, 1)
            and _next_visible(text, end - 1, 1)[1] not in NUMBER_AFTER
        ):
            end -= 1  # 员工, but not 缘分 in 猿缘分 (35分)
        while start < end and text[start] == point:
            start += 1
        while end > start and text[end - 1] == point:
            end -= 1
        if start == end:
            continue
        run = text[start:end]
        after_at, after = _next_visible(text, end - 1, 1)
        _, next_ = _next_visible(text, after_at, 1)
        followed_by_number = next_ in digits or (next_.isascii() and next_.isdigit())
        unit = (
            after in NUMBER_AFTER
            or text.startswith(NUMBER_AFTER_WORDS, after_at)
            or (after.isascii() and after.isdigit())
            or (after in NUMBER_RANGE and followed_by_number)
            or (after in after_signs and not lexicon.is_word(text[after_at : after_at + 2]))
            or (after in signs and followed_by_number)
            or (after == dot and followed_by_number)
            or (after == DASH_LOOKALIKE and _range_dash(text, after_at) is not None)
            or (
                len(run) >= 2
                and (
                    _run_counter_at(text, after_at)
                    or (after == ABOUT and _next_visible(text, after_at, 1)[1] in NUMBER_AFTER)
                )
                and not lexicon.is_word(run, min_freq=1)  # (远远轮不到, 圆圆来个电话)
            )
            # a model or a unit in Latin letters: 歼苑E (J-7E), 源缘Mbps, 员园nm (after one
            # look-alike only a capital, and not after 员 源 远, whose hanzi are common: the
            # lexicon misses words such as 点菜员, and 队员A stays)
            or (
                after.isascii()
                and after.isalpha()
                and (
                    (after.isupper() and run not in _high_risk())
                    if len(run) == 1
                    else not lexicon.is_word(run, min_freq=1)
                )
            )
        )
        before_at, before = _next_visible(text, start, -1)
        year = before == apostrophe and len(run) == 2 and _year_apostrophe(text, before_at)
        prefix = (
            before in NUMBER_BEFORE
            or (before.isascii() and before.isdigit())
            or (before in (MIDDLE_DOT, dot) and _is_digit_at(text, before_at - 1))
            or (before in signs and _is_digit_at(text, before_at - 1))
            or (before == DASH_LOOKALIKE and _range_dash(text, before_at) is not None)
            or (before == DASH_LOOKALIKE and _code_dash(text, before_at) is not None)  # F要员远: F—16
            or (before_at == start - 1 and _code_letter_re().match(before) is not None)  # P员园: P10
            or year
            or (before in ENUMERATION and _is_digit_at(text, before_at - 1))
        )
        # 1尧缘尧员园尧缘园戈比: numbers listed; ⏎猿尧民航…: a numbered item at a line start
        unit = unit or (after in ENUMERATION and followed_by_number)
        prefix = prefix or (before in ("", "\n") and len(run) == 1 and after in LIST_NUMBER_MARKS)
        # ⏎员⏎: the number of a section, alone on its line
        prefix = prefix or (before in ("", "\n") and len(run) == 1 and after in ("", "\n"))
        # 今年圆月底: a month after a year (圆月, the full moon, follows no 年)
        month = len(run) == 1 and before == YEAR and after == MONTH
        prefix = prefix or month
        prefix = prefix or item or (before_at == start - 1 and before_at + 1 in latin_ends)
        unit = unit or after_at in latin_starts
        date = after in DATE_UNITS and followed_by_number
        if len(run) < 3 and not (unit or prefix):
            continue
        left = _window(text, start, -1)
        if (
            len(run) == 1
            and not date
            and not in_range
            and not item
            and not month
            and not score
            # 仅有源窑猿万人 (4·3万), 新币有缘尧员园尧缘园: a decimal or a list of numbers goes on after it
            and not ((after == dot or after in ENUMERATION) and followed_by_number)
            and _lone_in_word(left + run + _window(text, start, 1), len(left), _counter_at(text, after_at))
        ):
            continue  # 人员, 公园: a lone look-alike inside a word is the hanzi
        symbol = "".join(DECIMAL_POINT if c == point else digits[c] for c in run)
        cand = _Candidate(start, end, run, symbol)
        cand.add(-_reading_delta(text, start, end, LOG_P_NUMBER), "lexicon", EV_LEXICON)
        if len(run) == 3 and not (unit or prefix):
            cand.add(-SURE_FROM + ENOUGH_FROM, "three look-alikes and no unit: only a strong reading counts", EV_OTHER)
        if unit:
            cand.add(1.5, f"followed by {after}", EV_OTHER)
        if date:
            cand.add(3.0, "a date", EV_OTHER)
        if prefix:
            cand.add(1.0, f"after {before}", EV_OTHER)
        if len(run) >= 4 and symbol[:2] in ("19", "20"):
            cand.add(2.0, "reads as a year", EV_OTHER)
        if year:
            cand.add(SURE_FROM, f"a year after {RIGHT_SINGLE_QUOTE} ({RIGHT_SINGLE_QUOTE}97)", EV_OTHER)
        if pattern is not None:
            cand.add(SURE_FROM, pattern, EV_OTHER)
        elif score:
            cand.add(SURE_FROM, "a score: a number before ∶ and another number (1∶1)", EV_OTHER)
        elif item:
            cand.add(SURE_FROM, ITEM_NOTE, EV_ITEM)
        found.append(cand)
    return found


@functools.cache
def _lone_number_context() -> tuple[frozenset[str], frozenset[str]]:
    """(characters after a lone digit look-alike, characters before it) that make it worth
    reading as a number: units, a range, a sign, the interpunct, spaces; 第 〔, a sign, a dash."""
    signs = "".join(_number_signs())
    dot = next(h for h, symbol in _lookalikes()[0].items() if symbol == MIDDLE_DOT)
    after = NUMBER_AFTER + NUMBER_RANGE + _INLINE_SPACES + signs + dot + DASH_LOOKALIKE
    before = NUMBER_BEFORE + _INLINE_SPACES + signs + dot + DASH_LOOKALIKE
    return frozenset(after), frozenset(before)


#: The unit a swimmer's hundredths follow (1分1秒76, 54秒95).
SECONDS = "秒"
#: The minutes before seconds (4分36秒66).
MINUTES = "分"
#: Wins, draws and losses of a record (6胜1负, 4胜3平).
RECORD_FIRST, RECORD_LAST = "胜平", "平负"
#: Marks an item's number follows inside a paragraph (：1．单项, ；2·在体育), real or garbled.
ITEM_AFTER_MARKS = "：；。院曰遥"
#: What an item's number is followed by there (．, · and its look-alike 窑).
ITEM_DOTS = "．·窑"
#: What stands before 表 or 图 of a table's or figure's number (见表3）, ⏎表1：, （图3）).
SECTION_BEFORE = "见\n（渊"
SECTION_WORDS = "表图"
#: A clue's number (线索3：).
CLUE = "线索"
#: What follows the number of a table, figure or clue.
SECTION_ENDS = "：:）冤院"
#: 见 before 表 or 图: "see table 3" (见表3）); a number in parentheses (（图3）) refers to one;
#: before a colon, a table's, figure's or clue's number is read only beside another of a
#: different number (表1： … 表2：), as a credit (图源：新华社, the image's source) or a role
#: (线索员：, the informant) repeats the same look-alike.
SEE = "见"
#: How far apart the numbers of one series of tables, figures or clues may stand.
SECTION_REACH = 3000


@functools.cache
def _number_pattern_triggers() -> tuple[frozenset[str], frozenset[str]]:
    """(characters before, characters after) a run of digit look-alikes without which
    :func:`_number_pattern` finds nothing ("" before: the text's start)."""
    before = SECONDS + RECORD_FIRST + ITEM_AFTER_MARKS + SECTION_WORDS + CLUE[-1] + NEAR + "\n"
    after = RECORD_FIRST + SECTION_ENDS + MONTH + CLOCK + PERCENT_SIGNS
    return frozenset(before) | {""}, frozenset(after)


def _number_pattern(text: str, start: int, end: int) -> str | None:
    """The note of a pattern only a number fits, for the digit look-alikes at ``start:end``
    however their hanzi read (远远, 猿人): a swimmer's hundredths after seconds (1分1秒苑远),
    a record of wins and losses (远胜员负), an item's number between a mark and ．or ·
    (：员．单项), the number of a table, figure or clue (见表猿冤, 线索员院), the rank at the
    start of a table's row (⏎猿海信电器24.05, the rows around numbered 2 and 4)."""
    before = text[start - 1] if start else "\n"
    after = text[end : end + 1]
    if before == SECONDS:
        return _hundredths(text, start, end)
    if after in RECORD_FIRST or before in RECORD_FIRST:
        if _record(text, start, end):
            return "a record of wins, draws and losses (6胜1负)"
        return None
    if before in ITEM_AFTER_MARKS and after in ITEM_DOTS:
        return _listed_item(text, start, end, before, after)
    if after in SECTION_ENDS and end - start <= 2:
        word = text[start - 2 : start] if text[start - 2 : start] == CLUE else before
        if (word == CLUE or (before in SECTION_WORDS and start >= 2 and text[start - 2] in SECTION_BEFORE)) and (
            text[start - 2 : start - 1] == SEE or after in ITEM_CLOSE or _section_sequence(text, word, start, end)
        ):
            return "the number of a table, figure or clue (表3：, 见表3）, 线索1：)"
        return None
    if before == "\n" and _table_row(text, start, end):
        return "the rank at the start of a table's row, between rows numbered before and after it"
    if after in PERCENT_SIGNS and _percent_start(text, end) == start:
        return f"a percentage after {text[start - 2 : start]} (增长6%)"
    if after == MONTH:
        return _month(text, start, end)
    if after == CLOCK:
        return _clock(text, start, end)
    if before == NEAR and end - start <= 2 and after in NEAR_COUNTERS:
        if lexicon.is_word(text[end - 1 : end + 1], min_freq=1):
            return None  # (近远期: 远期 is a word)
        if lexicon.is_word(text[end : end + 2]) and text[end : end + 2] not in NEAR_UNITS:
            return None  # (近缘家族: 家族 is a word, 近缘 a close relative)
        return f"a number after {NEAR} before {after} (近5年)"
    return None


def _section_sequence(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` (表, 图, 线索) stands, within SECTION_REACH of the number at
    ``start:end``, before another number of one or two digits and a SECTION_ENDS mark."""
    value = _number_value(text, start, end)
    size = len(word)
    low, high = max(0, start - SECTION_REACH), min(len(text), end + SECTION_REACH)
    at = text.find(word, low, high)
    while at >= 0:
        first = at + size
        last = first
        while last < first + 2 and _is_digit_at(text, last):
            last += 1
        if (
            first != start
            and last > first
            and text[last : last + 1] in SECTION_ENDS
            and _number_value(text, first, last) != value
        ):
            return True
        at = text.find(word, at + 1, high)
    return False


#: What follows a month only (2月份, 2月中下旬, 2月底; 圆月, the full moon, is followed by none).
MONTH_AFTER = ("份", "上旬", "中旬", "下旬", "中下旬", "底")
#: Before a month that reads as a word (圆月): a preposition of time (比2月份, 从2月份起).
MONTH_BEFORE = "比从在到至于自"
#: 点 of the time of day, and what before it says so (晚上6点, 早6点; 4点钟).
CLOCK = "点"
CLOCK_AFTER = "钟"
DAYTIME = ("早上", "晚上", "上午", "下午", "中午", "凌晨", "清晨", "早晨", "傍晚")
#: 近 before a number of years or a quantity (近5年来, 近5亿元); its counters.
NEAR = "近"
NEAR_COUNTERS = "年天周亿万千百倍个名位家成"
#: The words a counter after 近 starts that are still a quantity (近5年来, 近5亿元).
NEAR_UNITS = ("年来", "年间", "亿元", "万元", "万人", "千人", "百人", "个月")


#: ％ as garbled (豫, U+8C6B) and as written (% ％), after a number.
PERCENT_SIGNS = "豫%" + FULLWIDTH_PERCENT
#: Words a percentage follows, though they make a word with its look-alike (增长远豫: 长远).
PERCENT_BEFORE = ("增长", "下降", "上升", "提高", "降低", "减少", "增加", "只有", "仅有", "达到")


def _percent_start(text: str, index: int) -> int | None:
    """Where the one or two digit look-alikes before the ％ (or its look-alike) at ``index``
    start, when a word a percentage follows stands before them (增长远豫 is 增长6%) and the
    sign starts no word (豫剧); else None."""
    start = index
    while start > index - 3 and _is_digit_at(text, start - 1):
        start -= 1
    if start == index or start == index - 3 or text[start - 2 : start] not in PERCENT_BEFORE:
        return None
    if lexicon.is_word(text[index : index + 2], min_freq=1):
        return None
    return start


def _month(text: str, start: int, end: int) -> str | None:
    """``从圆月份``, ``圆月中下旬``: a month (1 to 12) before what follows only a month."""
    if not text.startswith(MONTH_AFTER, end + 1):
        return None
    if text[end + 1] in MONTH_AFTER and lexicon.is_word(text[end + 1 : end + 3]):
        return None  # (圆月底下: 底下 is a word)
    if lexicon.is_word(text[start : end + 1], min_freq=1) and text[start - 1 : start] not in MONTH_BEFORE:
        return None  # (今晚的圆月份外明亮: 圆月, the full moon, unless a preposition of time is before it)
    value = _number_value(text, start, end)
    if value is None or not 1 <= value <= 12:
        return None
    return "a month: what follows it follows only a month (2月份, 2月中下旬)"


def _clock(text: str, start: int, end: int) -> str | None:
    """``源点钟``, ``晚上远点``: an hour of the day (0 to 24)."""
    value = _number_value(text, start, end)
    if value is None or value > 24 or end - start > 2:
        return None
    following = text[end + 1 : end + 2]
    if following == CLOCK_AFTER:
        return "an hour of the day (晚上6点, 4点钟)"
    if not (text[start - 2 : start] in DAYTIME or text[start - 1 : start] in ("早", "晚")):
        return None
    if (
        lexicon.is_word(text[start : end + 1], min_freq=CLOCK_WORD_FREQ)
        and is_han(following or "a")
        and following not in _lookalikes()[0]
        and following not in _clock_followers()
        and not lexicon.starts_predicate(lexicon.best_segmentation(text[end + 1 : end + 5])[0])
    ):
        return None  # (下午圆点图案: 圆点, a polka dot; but 下午2点进行, 2点半, 2点多, 2点后 are times)
    return "an hour of the day (晚上6点, 4点钟)"


#: A digit look-alike and 点 as frequent as 圆点 (a polka dot, jieba 39; 远点 has 3) are read
#: as a time of day only before a time's followers (CLOCK_FOLLOWERS), a mark or a predicate.
CLOCK_WORD_FREQ = 10
#: What follows 点 of an hour where the digit and 点 make a word (圆点): 2点半, 2点多.
CLOCK_FOLLOWERS = "钟半多整前后左以到至零过起"


@functools.cache
def _clock_followers() -> frozenset[str]:
    """CLOCK_FOLLOWERS and the digit look-alikes (晚上6点20分)."""
    return frozenset(CLOCK_FOLLOWERS) | frozenset(_lookalikes()[1])


def _hundredths(text: str, start: int, end: int) -> str | None:
    """``54秒怨缘``: two digits after seconds, a time's hundredths (none if a word follows
    them; a word of their own, 远远, only after minutes: 4分36秒远远)."""
    if end - start != 2 or not _is_digit_at(text, start - 2) or _is_digit_at(text, end):
        return None
    if _edge_word(text, end - 1, 1):
        return None
    if lexicon.is_word(text[start:end], min_freq=1):
        at = start - 2
        while _is_digit_at(text, at):
            at -= 1
        if text[at : at + 1] != MINUTES or not _is_digit_at(text, at - 1):
            return None
    return "hundredths of a second after seconds (1分1秒76)"


def _record(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is one of a record: 6胜1负, 4胜3平, 1平2负."""
    after = text[end : end + 1]
    if after in RECORD_FIRST:
        at = end + 1
        while _is_digit_at(text, at):
            at += 1
        if at > end + 1 and text[at : at + 1] in RECORD_LAST:
            return True
    return text[start - 1 : start] in RECORD_FIRST and _is_digit_at(text, start - 2) and after in RECORD_LAST


def _listed_item(text: str, start: int, end: int, before: str, after: str) -> str | None:
    """``因素院员窑过分依赖``: one digit between a mark and ．or · before hanzi, an item's
    number (not 遥远·, where the digit makes a word with the mark's look-alike, nor 窑洞)."""
    if end - start != 1 or not is_han(text[end + 1 : end + 2] or "a"):
        return None
    if before in _lookalikes()[0] and lexicon.is_word(before + text[start], min_freq=1):
        return None
    if after not in (FULLWIDTH_FULL_STOP, MIDDLE_DOT) and lexicon.is_word(text[end : end + 2], min_freq=1):
        return None
    if lexicon.is_word(text[start] + text[end + 1]):
        return None  # (：远·近距离: the dot parts a word's characters, 远近)
    return f"an item's number after a mark, before {after} (：1．, ；2·)"


def _table_row(text: str, start: int, end: int) -> bool:
    """``⏎猿海信电器24.05``: a one- or two-digit number at a line's start before hanzi, the
    line ending in a figure, and the line before or after it the same with the number one
    less or one more (a table of ranks)."""
    if end - start > 2 or not is_han(text[end : end + 1] or "a") or lexicon.is_word(text[end - 1 : end + 1]):
        return False  # (⏎员工…, ⏎圆满…: a word)
    value = _number_value(text, start, end)
    if value is None or not _row_ends_in_figure(text, end):
        return False
    previous = text.rfind("\n", 0, start - 1) + 1 if start else -1
    after_line = text.find("\n", end)
    return (previous >= 0 and _row_numbered(text, previous, value - 1)) or (
        after_line >= 0 and _row_numbered(text, after_line + 1, value + 1)
    )


def _row_ends_in_figure(text: str, index: int) -> bool:
    line_end = text.find("\n", index)
    return _is_digit_at(text, (len(text) if line_end < 0 else line_end) - 1)


def _row_numbered(text: str, at: int, value: float) -> bool:
    """Whether the line starting at ``text[at]`` starts with the number ``value`` before hanzi
    and ends in a figure."""
    end = at
    while end < at + 2 and _is_digit_at(text, end):
        end += 1
    if end == at or not is_han(text[end : end + 1] or "a") or _number_value(text, at, end) != value:
        return False
    if not text[end - 1].isascii() and lexicon.is_word(text[end - 1 : end + 1]):
        return False
    return _row_ends_in_figure(text, end)


@functools.cache
def _number_signs() -> dict[str, str]:
    """Look-alike -> sign, for the signs that stand beside numbers: ℃ (益), × (伊), ～ (耀),
    and those a Founder page sets inside a full-width number: ％ (豫), ∶ (颐), ／ (辕)."""
    wanted = (DEGREE_CELSIUS, MULTIPLICATION_SIGN, FULLWIDTH_TILDE, FULLWIDTH_PERCENT, RATIO, FULLWIDTH_SOLIDUS)
    return {h: e.symbol for h, e in shift_table().items() if e.symbol in wanted}


#: How a sign comes out beside a repaired number (numbers come out half-width: 38.7%, 1/2).
SIGN_OUTPUT = {FULLWIDTH_PERCENT: "%", FULLWIDTH_SOLIDUS: "/"}
#: Signs written after a number (25℃, 38.7%); the others stand between two numbers.
SIGNS_AFTER = (DEGREE_CELSIUS, FULLWIDTH_PERCENT)


def _number_sign_candidates(text: str) -> list[_Candidate]:
    """``圆缘益`` is ``25℃``, ``猿伊源`` is ``3×4``, ``员园耀圆园`` is ``10～20``, ``猿愿援苑豫`` is
    ``38.7%``, ``猿颐员`` is ``3∶1``, ``员辕圆`` is ``1/2``: the signs of the symbol rows, read only
    right after a number (and, but for ℃ and ％, right before one). Also the dash of a range,
    written single (``5要6级``, ``4月要11月``), and the apostrophe of a year (``爷97``)."""
    signs = _number_signs()
    found = []
    for match in _number_sign_re().finditer(text):
        index, char = match.start(), match.group()
        if char == DASH_LOOKALIKE:
            cand = _range_dash(text, index) or _code_dash(text, index)
            if cand is not None:
                found.append(cand)
            continue
        if char == HYPHEN_MINUS_LOOKALIKE:
            cand = _hyphen_between_numbers(text, index)
            if cand is not None:
                found.append(cand)
            continue
        symbol = signs[char]
        if (
            not _number_ends_at(text, index - 1)
            and _percent_start(text, index) is None
            and not (symbol == RATIO and _score_at(text, index))
        ):
            continue  # (人员豫剧: the 员 of 人员 is no digit)
        cand = _Candidate(index, index + 1, char, SIGN_OUTPUT.get(symbol, symbol))
        if symbol in SIGNS_AFTER:
            if lexicon.is_word(text[index : index + 2]):
                continue  # 益处, 益于, 豫剧
            cand.add(LIKELY_FROM + 1.0, "right after a number", EV_OTHER)
        elif _number_starts_at(text, index + 1):
            cand.add(SURE_FROM, "between two numbers", EV_OTHER)
        else:
            continue
        found.append(cand)
    return found


#: 原 (D4AD), the look-alike of － (A3AD). Read only between two numbers of two or more digits
#: each (010原65092140, 1996原1998年: 原 before a number is 'former', 原20人, never after one;
#: see _hyphen_between_numbers), and as the hyphen of a model's code (see _model_codes).
HYPHEN_MINUS_LOOKALIKE = "原"
MINUS_MIN_DIGITS = 2
#: A price's unit: 原 between two prices may be 'formerly' (现价68原128元), a doubt.
PRICE_UNITS = ("元", "块", "角", "美元", "港元", "日元", "欧元", "英镑", "万元", "亿元", "千元", "百元")


def _hyphen_between_numbers(text: str, index: int) -> _Candidate | None:
    """``010原65092140`` (a telephone number), ``1996原1998年`` (a range of years): 原 between
    two numbers of MINUS_MIN_DIGITS or more digits, neither the end or the start of a word
    (资源园原 …, 原员工), is the full-width hyphen-minus; not before a model's 型 (_model_codes)."""
    if not (_number_ends_at(text, index - 1) and _number_starts_at(text, index + 1)):
        return None
    first = index - 1
    while _is_digit_at(text, first - 1):
        first -= 1
    end = index + 1
    while _is_digit_at(text, end):
        end += 1
    if index - first < MINUS_MIN_DIGITS or end - index - 1 < MINUS_MIN_DIGITS:
        return None
    if text[end : end + 1] in MODEL_SUFFIXES or (first and is_han(text[first - 1]) and _ends_best_word(text, first)):
        return None  # (…原12型 is a model's; 资源园原…: the look-alikes end a word)
    cand = _Candidate(index, index + 1, HYPHEN_MINUS_LOOKALIKE, FULLWIDTH_HYPHEN_MINUS)
    if text.startswith(PRICE_UNITS, end):
        # 特价68原128元: 原 is 'formerly' between a price and the price it was (or a range of prices)
        cand.add(DOUBT_FROM, "between two prices: a range, or 原 (formerly) before the old price", EV_OTHER)
    else:
        cand.add(SURE_FROM, "between two numbers (a telephone number, a range of years: 010－65092140)", EV_OTHER)
    return cand


def _score_at(text: str, index: int) -> bool:
    """Whether the ∶ look-alike (颐) at ``index`` stands between a lone digit look-alike and a
    number: a score, though the digit ends a word (战成员颐员平 is 战成1∶1平: 成员; 颐养 and
    颐和园 stand before no number)."""
    return (
        text[index : index + 1] == _ratio_lookalike()
        and _is_digit_at(text, index - 1)
        and not _is_digit_at(text, index - 2)
        and _number_starts_at(text, index + 1)
    )


@functools.cache
def _ratio_lookalike() -> str:
    return next(h for h, symbol in _number_signs().items() if symbol == RATIO)


@functools.cache
def _number_sign_re() -> re.Pattern[str]:
    digits = "".join(_lookalikes()[1])
    # (a range's 要 is always followed by a number: the verb, far commoner, is not matched;
    # a code's by a letter or a number: F要员远, CD要ROM, 银河要Ⅲ; _code_dash reads the rest)
    return re.compile(
        f"[{''.join(_number_signs())}]|{DASH_LOOKALIKE}(?=[0-9{digits}{CODE_LETTER_CLASS}])"
        f"|(?<=[0-9{digits}]){HYPHEN_MINUS_LOOKALIKE}(?=[0-9{digits}])"
    )


@functools.cache
def _code_letter_re() -> re.Pattern[str]:
    return re.compile(f"[{CODE_LETTER_CLASS}]")


@functools.cache
def _roman_numeral_re() -> re.Pattern[str]:
    return re.compile(f"[{ROMAN_NUMERAL_CLASS}]")


#: What follows the number of a model, not a quantity (HTA—1型, 3—2号).
MODEL_SUFFIXES = "型号"


def _code_dash(text: str, index: int) -> _Candidate | None:
    """A single 要 in a code or model name: after a capital letter and before a capital letter
    or a number (``F要员远`` F—16, ``CD要ROM``, ``HTA要员型``), or before a Roman numeral
    (``银河要Ⅲ``, ``Ⅱ要Ⅲ期``). The verb 要 after a Latin name stands before a Chinese word
    (WTO要求, IBM要在), a quantity (check out要30分钟) or a lower-case name (xp要sp3).
    """
    if text[index - 1 : index] == DASH_LOOKALIKE or text[index + 1 : index + 2] == DASH_LOOKALIKE:
        return None  # 要要 is a run (——), read as one
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    if not after:
        return None
    if _roman_numeral_re().match(after):
        if not before or not (is_han(before) or _code_letter_re().match(before)):
            return None
    elif not before or not _code_letter_re().match(before):
        return None
    elif after in _lookalikes()[1]:
        if not _is_digit_at(text, index + 2) and lexicon.is_word(text[index + 1 : index + 3], min_freq=1):
            return None  # (IBM要员工: 员工 is a word, not 1)
    elif not (after.isascii() and after.isdigit()) and not _code_letter_re().match(after):
        return None
    end = index + 1
    while end < len(text) and _is_digit_at(text, end):
        end += 1
    unit = text[end : end + 1]
    if (
        end > index + 1
        and unit not in MODEL_SUFFIXES
        and (unit in NUMBER_AFTER or text.startswith(NUMBER_AFTER_WORDS, end))
    ):
        return None  # a quantity after it is the verb's object (check out要30分钟, X200要8个)
    cand = _Candidate(index, index + 1, DASH_LOOKALIKE, EM_DASH)
    cand.add(SURE_FROM, "between the letters and the number of a code or model (F—16, CD—ROM)", EV_OTHER)
    return cand


def _range_dash(text: str, index: int) -> _Candidate | None:
    """A single 要 in a range of numbers: between two numbers (``5要6级``, ``源要6级``), or
    between two numbers with the same unit (``4月要11月``, ``20%要25%``, ``园援员毫米要园援猿毫米``).
    The verb 要 stands between a number and a number only in such a range."""
    if text[index - 1 : index] == DASH_LOOKALIKE or text[index + 1 : index + 2] == DASH_LOOKALIKE:
        return None  # 要要 is a run (——), read as one
    if not _number_starts_at(text, index + 1):
        return None
    if _number_ends_at(text, index - 1):
        if not _ascending(text, index - 1, index + 1):
            return None  # (客服X200要8个坏点: the verb; a range goes up)
        why = "between two numbers (a range: 5—6)"
    elif _wind_force(text, index):
        why = "between two numbers before 级 (a range of wind force: 5—6级)"
    else:
        # The unit: one or two characters after a number (月, 毫米, %), again after the next number.
        at = index - 1
        while at >= max(0, index - 2) and not _is_digit_at(text, at):
            at -= 1
        if at < index - 3 or at < 0 or not _is_digit_at(text, at):
            return None  # (有源级要5级: a number though 有源 is a word, as the same unit follows)
        unit = text[at + 1 : index]
        if not unit or "\n" in unit:
            return None
        end = index + 1
        points = _range_points()
        while end < len(text) and (_is_digit_at(text, end) or (text[end] in points and _is_digit_at(text, end + 1))):
            end += 1
        after = text[end : end + len(unit)]
        if after.translate(_sign_folding()) == unit.translate(_sign_folding()):
            if not _ascending(text, at, index + 1):
                return None
            why = f"between two numbers with the unit {unit} (a range)"  # (10%要圆园豫: one garbled)
        elif unit in DATE_TIME_UNITS and after[:1] in DATE_TIME_UNITS:
            why = f"between two numbers with the units {unit} and {after[:1]} (a range of time: 8日20时—9日20时)"
        else:
            return None
    cand = _Candidate(index, index + 1, DASH_LOOKALIKE, EM_DASH)
    cand.add(SURE_FROM, why, EV_OTHER)
    return cand


#: The unit of wind force (5—6级偏北风), and the wind it is followed by, this near.
WIND_FORCE, WIND, WIND_REACH = "级", "风", 4
#: 有, before a number (有5—6级偏北风), though it makes a word with a look-alike (有缘).
HAVE = "有"


def _wind_force(text: str, index: int) -> bool:
    """``有缘要6级偏北风``: one digit look-alike before the 要 at ``index`` though it ends a
    word (有缘), a larger number after it, 级 and a wind after that: a range of wind force."""
    if not _is_digit_at(text, index - 1) or _is_digit_at(text, index - 2):
        return False
    if index >= 2 and is_han(text[index - 2]) and text[index - 2] != HAVE:
        return False  # (人员要10级大风: a word and the verb 要; 有 before a number is common)
    end = index + 1
    while _is_digit_at(text, end):
        end += 1
    if text[end : end + 1] != WIND_FORCE or WIND not in text[end + 1 : end + 1 + WIND_REACH]:
        return False  # (资源要5级以上: no wind)
    return _ascending(text, index - 1, index + 1)


def _number_value(text: str, start: int, end: int) -> float | None:
    """The value of the digits (ASCII or look-alikes) and decimal points at ``start:end``."""
    digits = _lookalikes()[1]
    chars = [digits.get(c, c) for c in text[start:end]]
    value = "".join("." if c in _range_points() else c for c in chars)
    try:
        return float(value)
    except ValueError:
        return None


def _ascending(text: str, last: int, first: int) -> bool:
    """Whether the number that ends at ``text[last]`` is less than the one that starts at
    ``text[first]`` (a range goes up: 5—6, 4月—11月)."""
    points = _range_points()

    def in_number(at: int, step: int) -> bool:
        return _is_digit_at(text, at) or (0 <= at < len(text) and text[at] in points and _is_digit_at(text, at + step))

    start = last
    while start > 0 and in_number(start - 1, -1):
        start -= 1
    end = first
    while end < len(text) and in_number(end, 1):
        end += 1
    low, high = _number_value(text, start, last + 1), _number_value(text, first, end)
    return low is None or high is None or low < high


#: Units of a moment (a range of time may end in another: 20时—3日20时).
DATE_TIME_UNITS = "年月日时"


@functools.cache
def _range_points() -> str:
    """What stands between the digits of a number in a range: the decimal point as written
    (. ．), garbled (援), and the interpunct some papers set for it (6·5%) and its look-alike."""
    punct, _, point = _lookalikes()
    dot = next(h for h, symbol in punct.items() if symbol == MIDDLE_DOT)
    return DECIMAL_POINT + FULLWIDTH_FULL_STOP + point + MIDDLE_DOT + dot


@functools.cache
def _apostrophe() -> str:
    """爷, the look-alike of ’ (the apostrophe of ’97)."""
    return next(h for h, symbol in _lookalikes()[0].items() if symbol == RIGHT_SINGLE_QUOTE)


def _year_apostrophe(text: str, index: int) -> bool:
    """Whether the 爷 at ``index`` is the apostrophe of a year: right before two digits and no
    third (``爷97中国旅游年``, ``爷怨愿``), and not the end of a word (老爷, 爷爷98岁)."""
    if not (_is_digit_at(text, index + 1) and _is_digit_at(text, index + 2)) or _is_digit_at(text, index + 3):
        return False
    if text[index + 3 : index + 4] in (_lookalikes()[2], DECIMAL_POINT) and _is_digit_at(text, index + 4):
        return False  # 爷怨援缘: a decimal number
    return not (index and is_han(text[index - 1]) and lexicon.is_word(text[index - 1 : index + 1], min_freq=1))


@functools.cache
def _sign_folding() -> dict[int, str]:
    """str.translate table: each sign's look-alike to the sign as written half-width (豫 -> %)."""
    signs = _number_signs()
    return str.maketrans({h: SIGN_OUTPUT.get(symbol, symbol) for h, symbol in signs.items()} | {FULLWIDTH_PERCENT: "%"})


def _number_ends_at(text: str, index: int) -> bool:
    """Whether a number ends at ``text[index]``: an ASCII digit, or a digit look-alike that is
    not the end of a word (人员 is no 人1) unless a digit comes before it too."""
    if not _is_digit_at(text, index):
        return False
    return text[index].isascii() or _is_digit_at(text, index - 1) or not _edge_word(text, index, -1)


def _number_starts_at(text: str, index: int) -> bool:
    """Whether a number starts at ``text[index]`` (员工 is no 1工, 圆满 no 2满)."""
    if not _is_digit_at(text, index):
        return False
    return text[index].isascii() or _is_digit_at(text, index + 1) or not _edge_word(text, index, 1)


def _is_digit_at(text: str, index: int) -> bool:
    if not 0 <= index < len(text):
        return False
    char = text[index]
    return (char.isascii() and char.isdigit()) or char in _lookalikes()[1]


#: Parentheses and their look-alikes (渊 冤): a numbered item is written （1）.
ITEM_OPEN, ITEM_CLOSE = FULLWIDTH_LEFT_PAREN + "渊", FULLWIDTH_RIGHT_PAREN + "冤"


def _item_parentheses(numbers: list[_Candidate], candidates: list[_Candidate]) -> None:
    """The parentheses of a numbered item (渊源冤 read as （4）) are marks, though 渊源 is a word."""
    items = [n for n in numbers if n.evidence >= ENOUGH_FROM and EV_ITEM in n.kinds]
    if not items:
        return
    by_start = {c.start: c for c in candidates if c.symbol in (FULLWIDTH_LEFT_PAREN, FULLWIDTH_RIGHT_PAREN)}
    for number in items:
        for at in (number.start - 1, number.end):
            cand = by_start.get(at)
            if cand is not None and cand.evidence < LIKELY_FROM:
                cand.add(0.0, "a parenthesis of a numbered item: （1）", EV_OTHER)
                cand.evidence = LIKELY_FROM


#: 液 and 一, the look-alikes of 『 and 』 (A1BA, A1BB), which some papers set as quotation
#: marks (People's Daily 1998: 『一国两制』, never inside “”): 一 is the commonest hanzi, so they
#: are read only as a pair: 液 where no word holds it opens, and the first 一 after it (not
#: right after it) that no word holds closes, where it stands as a closing mark does
#: (:func:`_corner_closes`). The pair stays on its line, near (98% of the quotations of People's
#: Daily's dev half close within 49 characters; the longest within 154), and before the next
#: 液 that opens (『』 do not nest in 『』).
CORNER_OPEN_LOOKALIKE, CORNER_CLOSE_LOOKALIKE = "液", "一"
CORNER_PAIR_SPAN = 80
#: A quotation of speech (opened after a colon: 说院液…) may run this long when it closes
#: after its last sentence, before the line's end or a mark (…遥一⏎).
CORNER_SPEECH_SPAN = 400
#: A quoted term closed by 一 before a hanzi (液三下乡一活动) is short: at most this many
#: characters (179 of the 183 such quotations of People's Daily's dev half; 液网络与二十一世纪
#: 人类生活一 has 12).
CORNER_TERM_SPAN = 12
#: Two 一 that no word holds this near each other before a hanzi (液三优一满意一活动): no
#: telling which one closes, so neither is read.
CORNER_AMBIGUOUS_REACH = 6
#: log P of 『 or 』 at a point of prose (rare: as rare as 《)
LOG_P_CORNER = -6.0
#: 一 reads as no word's (its reading alone is about -0.4; inside a word far lower)
CORNER_CLOSE_FROM = -1.0
#: The verdicts of :func:`_corner_closes`
CORNER_CLOSE, CORNER_NOT, CORNER_STOP = "close", "not", "stop"
#: Marks a closing 』 never follows (none of People's Daily's dev half does; they end no
#: quotation there: 酒液清亮袁一看就是 is 酒液清亮，一看), real or their look-alikes.
CORNER_NEVER_BEFORE_CLOSE = FULLWIDTH_COMMA + IDEOGRAPHIC_COMMA + FULLWIDTH_SEMICOLON + FULLWIDTH_COLON + OPENING_PUNCT
#: Counters after 一 that NUMBER_AFTER lacks (酶液活性下降一成, 每瓶一升), and 比 of a ratio (一比十)
CORNER_MORE_COUNTERS, CORNER_RATIO = "成升", "比"
#: 一 after these is 'one' of 如一 (as one), 合一, 不一 (深浅不一), 挑一 (万里挑一), never a
#: closing 』 (归 and 为 end quoted terms: 回归, 有所作为)
CORNER_ONE_AFTER = "如合不挑"
#: Verbs after 一 'as soon as' (一进车间, 一看就, 一听说), where they start no word (进口, 接到):
#: none starts the text after a closing 』 in People's Daily's dev half (下 到 做 拿 do, and
#: are left out)
CORNER_AS_SOON_AS = "进看听出走问查想说修见来去回碰接踏跑"
#: A quoted term of clauses (液讲文明袁树新风一活动) closed before a hanzi: what follows 』
#: is 的 or a word of two characters or more (活动, 方针; not 一倒了之)
CORNER_TERM_CLAUSES = FULLWIDTH_COMMA + IDEOGRAPHIC_COMMA + FULLWIDTH_SEMICOLON
CORNER_TERM_PARTICLE = "的"


@functools.cache
def _corner_marks() -> tuple[frozenset[str], frozenset[str]]:
    """(the sentence ends 。！？ and their look-alikes, the colon ： and its look-alike)."""
    punct = _lookalikes()[0]
    ends = frozenset(SENTENCE_ENDS) | {h for h, s in punct.items() if s in SENTENCE_ENDS}
    colons = frozenset(FULLWIDTH_COLON) | {h for h, s in punct.items() if s == FULLWIDTH_COLON}
    return ends, colons


def _corner_closes(text: str, opening: int, index: int, speech: bool) -> str:
    """Whether the 一 at ``index`` closes the 液 at ``opening`` (CORNER_CLOSE), is a real 一
    (CORNER_NOT: read on) or cannot be told from a closing mark (CORNER_STOP: give the pair up).

    No word holds a closing 一, and it stands where 』 does: before the line's end or a mark,
    real or its look-alike (``液三通一遥``); or before a hanzi, after a sentence's end when the
    quotation is speech (``说院液…吃个鲜遥一她一边说着``), else after a short term with no
    sentence's end inside (``液三下乡一活动``; not ``没有一人`` inside a quoted speech); or
    after a term of numerals (``液八五一以来``: 一 next to numerals is a numeral otherwise,
    ``液三一五忠告一``, ``液危禁品一二百零八起``: given up). Beyond CORNER_PAIR_SPAN only a
    speech closes, after its last sentence, before the line's end or a mark. After a sentence's
    end, before 、, 一 starts a list (``遥一尧``)."""
    if -_window_delta(text, index, index + 1, LOG_P_CORNER) < CORNER_CLOSE_FROM:
        return CORNER_NOT  # a word holds it (统一, 一次, 一方)
    ends = _corner_marks()[0]
    punct = _lookalikes()[0]
    before, after = text[index - 1], text[index + 1 : index + 2]
    if punct.get(before, before) in CORNER_NEVER_BEFORE_CLOSE:
        return CORNER_NOT  # (，一看就是)
    if before == CORNER_RATIO and index >= 2 and _is_numeral_at(text, index - 2):
        return CORNER_NOT  # the second number of a ratio (一比一)
    if before in CORNER_ONE_AFTER:
        return CORNER_NOT  # (效果如一, 合二为一)
    at_mark = after in ("", "\n", "\r") or after in _lookalikes()[0] or after in _REAL_MARKS
    if before in ends and after and after in ENUMERATION:
        return CORNER_NOT  # 遥一尧 is 。一、, the first of a list
    if index - opening > CORNER_PAIR_SPAN:
        return CORNER_CLOSE if at_mark and before in ends else CORNER_NOT
    if at_mark:
        return CORNER_CLOSE
    term = text[opening + 1 : index]
    if before in HAN_NUMERALS or after in HAN_NUMERALS:
        numerals = after not in HAN_NUMERALS and not term.strip(HAN_NUMERALS)
        return CORNER_CLOSE if numerals and is_han(after) else CORNER_STOP
    if not is_han(after):
        return CORNER_NOT
    if after in CORNER_AS_SOON_AS and not lexicon.frequency(text[index + 1 : index + 3]):
        return CORNER_NOT  # 一 before a verb: 'as soon as' (。一进车间，他就; not 一进口设备)
    if before in ends:
        return CORNER_CLOSE if speech else CORNER_NOT
    if speech or len(term) > CORNER_TERM_SPAN or any(c in ends for c in term):
        return CORNER_NOT
    if any(punct.get(c, c) in CORNER_TERM_CLAUSES for c in term) and not _corner_term_goes_on(text, index + 1):
        return CORNER_NOT  # (残液一定要回收袁不能一倒了之)
    if _corner_numeral(text, index):
        return CORNER_NOT  # a numeral before a counter or a unit (液位下降一米, 一厘米)
    return CORNER_CLOSE


def _corner_numeral(text: str, index: int) -> bool:
    """Whether the 一 at ``index`` is a numeral by what follows it: a counter or a unit (一米,
    一厘米, 一成, 一升: no word that starts there, as 成为 does) or a ratio (一比十)."""
    after = index + 1
    if text.startswith(NUMBER_AFTER_WORDS, after):
        return True
    char = text[after : after + 1]
    if char and (char in CORNER_MORE_COUNTERS or char in NUMBER_AFTER):
        return not lexicon.is_word(text[after : after + 2])  # (两节一期间)
    return text.startswith(CORNER_RATIO, after) and _is_numeral_at(text, after + 1)


def _corner_term_goes_on(text: str, index: int) -> bool:
    """Whether the text at ``index`` (after a closing 』) is 的 or starts a word of two or more."""
    if text.startswith(CORNER_TERM_PARTICLE, index):
        return True
    right = _window(text, index - 1, 1)
    return bool(right) and len(lexicon.best_segmentation(right)[0]) >= 2


def _is_numeral_at(text: str, index: int) -> bool:
    """A digit (any, or its look-alike) or a hanzi numeral (一 八 百) at ``text[index]``."""
    return _is_digit_at(text, index) or (
        0 <= index < len(text) and (text[index] in HAN_NUMERALS or text[index].isdigit())
    )


def _corner_openings(text: str) -> list[int]:
    """Where a 液 that no word holds stands (an opening 『)."""
    found: list[int] = []
    at = text.find(CORNER_OPEN_LOOKALIKE)
    while at >= 0:
        if -_window_delta(text, at, at + 1, LOG_P_CORNER) >= LIKELY_FROM:
            found.append(at)
        at = text.find(CORNER_OPEN_LOOKALIKE, at + 1)
    return found


def _corner_quotes(text: str) -> list[_Candidate]:
    """``说院液今天我看到…遥一``, ``液一国两制一方针``: 『…』 garbled as 液…一, read only as a pair
    (see CORNER_OPEN_LOOKALIKE)."""
    found: list[_Candidate] = []
    openings = _corner_openings(text)
    closed = -1
    colons = _corner_marks()[1]
    for n, at in enumerate(openings):
        if at <= closed:
            continue
        speech = bool(at) and text[at - 1] in colons
        end = text.find("\n", at)
        end = min(len(text) if end < 0 else end, at + (CORNER_SPEECH_SPAN if speech else CORNER_PAIR_SPAN))
        if n + 1 < len(openings):
            end = min(end, openings[n + 1])
        close = text.find(CORNER_CLOSE_LOOKALIKE, at + 2, end)
        while close >= 0:
            verdict = _corner_closes(text, at, close, speech)
            if verdict == CORNER_CLOSE and not _corner_ambiguous(text, at, close, end, speech):
                break
            if verdict != CORNER_NOT:
                close = -1
                break
            close = text.find(CORNER_CLOSE_LOOKALIKE, close + 1, end)
        if close < 0:
            continue
        closed = close
        for index, symbol, other in (
            (at, LEFT_WHITE_CORNER_BRACKET, close),
            (close, RIGHT_WHITE_CORNER_BRACKET, at),
        ):
            cand = _Candidate(index, index + 1, text[index], symbol)
            note = f"no word holds it, and it pairs with {text[other]} (as 『…』)"
            cand.add(LIKELY_FROM + 1.0, note, EV_PAIRED)
            found.append(cand)
    return found


def _corner_ambiguous(text: str, opening: int, index: int, end: int, speech: bool) -> bool:
    """Whether another 一 that could close as well follows the 一 at ``index`` (before a hanzi)
    within CORNER_AMBIGUOUS_REACH: ``液三优一满意一活动``."""
    after = text[index + 1 : index + 2]
    if not is_han(after) or after in _lookalikes()[0]:
        return False
    other = text.find(CORNER_CLOSE_LOOKALIKE, index + 1, min(end, index + 1 + CORNER_AMBIGUOUS_REACH))
    while other >= 0:
        if _corner_closes(text, opening, other, speech) != CORNER_NOT:
            return True
        other = text.find(CORNER_CLOSE_LOOKALIKE, other + 1, min(end, index + 1 + CORNER_AMBIGUOUS_REACH))
    return False


#: 荫, the look-alike of ● (A1F1), the bullet of lists and bylines (⏎荫增开临时客车荫取消…):
#: a real 荫 stands in a word (树荫, 绿树成荫, 荫凉: the lexicon reads them at -1.9 and below),
#: a bullet in none (+5.1 on People's Daily's dev half).
BULLET_LOOKALIKE = "荫"
#: log P of ● at a point of prose (rare: as rare as 《)
LOG_P_BULLET = -6.0
#: At most this far after a bullet, the next one ends a name of a byline (●侯铁●吕昊俊)
BULLET_NAME_GAP = 5
#: The marks a list's first bullet follows (特点：●, 。●), besides a line's start
BULLET_LIST_MARKS = FULLWIDTH_COLON + SENTENCE_ENDS


def _bullets(text: str) -> list[_Candidate]:
    """``特点院荫产销利润同步增长荫盈利…``: 荫 where no word holds it is the bullet ●, where
    an item starts after it (a hanzi, no mark: 柳成荫袁 is 柳成荫，) and something ends before
    it: the line's start, a mark, a word of two or more (not 打入闷荫芦, a typo), or a name
    after another bullet. Bullets come in lists, and one of them at least starts a line,
    follows a colon or a sentence's end (every page of People's Daily's dev half with ● has
    one) or ends a byline's name (●侯铁●): where none does, the 荫 amid lines are a name's
    (清末将领荫昌)."""
    found: list[_Candidate] = []
    punct = _lookalikes()[0]
    strong = False
    at = text.find(BULLET_LOOKALIKE)
    while at >= 0:
        after = text[at + 1 : at + 2]
        before = text[at - 1] if at else ""
        item = bool(after) and is_han(after) and after not in punct
        ends = before in ("", "\n") or before in _INLINE_SPACES or before in punct or before in _REAL_MARKS
        # a name between two bullets (本报通讯员荫侯铁荫吕昊俊): a bullet shortly before it
        byline = bool(found) and at - found[-1].start <= BULLET_NAME_GAP and "\n" not in text[found[-1].start : at]
        ends = ends or byline
        if item and not ends:
            left = _window(text, at, -1)
            ends = bool(left) and len(lexicon.best_segmentation(left)[-1]) >= 2
        evidence = -_window_delta(text, at, at + 1, LOG_P_BULLET) if item and ends else 0.0
        if evidence >= LIKELY_FROM:
            before = at
            while before and text[before - 1] in _INLINE_SPACES:
                before -= 1
            lead = text[before - 1 : before] if before else ""
            strong = strong or byline or lead in ("", "\n") or punct.get(lead, lead) in BULLET_LIST_MARKS
            cand = _Candidate(at, at + 1, BULLET_LOOKALIKE, BLACK_CIRCLE)
            cand.add(evidence, "no word holds it: a bullet", EV_LEXICON)
            found.append(cand)
        at = text.find(BULLET_LOOKALIKE, at + 1)
    if not strong:
        return []  # bullets amid lines only: a name's (清末将领荫昌)
    return found


#: The look-alikes of Latin letters that stand next to any word (在, 再: 早在, 月再看) are
#: no letter at the edge of a run, and a run with 在 inside is no word.
LETTER_RUN_EDGES = "在再"
LETTER_RUN_NEVER = "在"


@functools.cache
def _letter_lookalikes() -> dict[str, ShiftEntry]:
    """Look-alike -> entry, for the letters Ａ-Ｚ ａ-ｚ (粤 is Ａ, 葬 is ａ)."""
    return {h: e for h, e in shift_table().items() if e.kind == "letter"}


@functools.cache
def _letter_run_re() -> re.Pattern[str]:
    return re.compile(f"[{''.join(_letter_lookalikes())}]{{2,}}")


def _latin_words(text: str) -> list[_Candidate]:
    """``栽悦蕴集团`` TCL, ``阅灾阅影碟机`` DVD, ``员园灶皂`` 10nm: a Latin word set full-width and
    garbled. Read only as a run of look-alikes of two or more that no word of the lexicon
    holds (trimmed of 在 and 再 at its edges, none with 在 inside, not all of high risk: 月早造); a
    run of two also needs a look-alike of low risk and letters of one case (糟杂, a typo of 嘈杂,
    is c and S; 载载 is XX, of medium risk): see :func:`_two_letters`."""
    letters = _letter_lookalikes()
    found: list[_Candidate] = []
    weak: list[_Candidate] = []
    for match in _letter_run_re().finditer(text):
        start, end = match.span()
        while start < end and text[start] in LETTER_RUN_EDGES:
            start += 1
        while end > start and text[end - 1] in LETTER_RUN_EDGES:
            end -= 1
        if end - start >= 2:
            start, end = _trimmed_of_words(text, start, end)
        run = text[start:end]
        if len(run) < 2 or LETTER_RUN_NEVER in run:
            continue
        if all(letters[c].risk == "high" for c in run):
            continue  # (上月早造水稻: no Latin word of People's Daily or the reviews is all of them)
        symbols = [letters[c].symbol for c in run]
        verdict = _two_letters(text, run, end, symbols) if len(run) == 2 else PAIR_READ
        if verdict == PAIR_NOT:
            continue
        left = _window(text, start, -1)
        window = left + run + _window(text, end - 1, 1)
        if any(_in_best_word(window, len(left) + k) for k in range(len(run))):
            continue  # (a word holds one of them: 运载, 早造)
        cand = _Candidate(start, end, run, "".join(chr(ord(c) - FULLWIDTH_OFFSET) for c in symbols))
        cand.add(LIKELY_FROM + 1.0, "look-alikes of Latin letters side by side, in no word", EV_LEXICON)
        (weak if verdict == PAIR_WEAK else found).append(cand)
    found += _initials(text)
    if weak and found:
        # (the page shows garbled Latin letters besides: not ASCII words, which reviews hold
        # anyway, wifi and OK, and which show a writer typing Latin half-width)
        found += weak
    found += _model_codes(text, found)
    found += _latin_word_candidates(text, found)
    return sorted(found, key=lambda c: c.start)


#: 粤 (D4C1), the look-alike of Ａ (A3C1), and Guangdong's abbreviation (粤菜 粤语 粤股)
GUANGDONG = "粤"
#: A model's code: upper-case letters, then at least this many digits (阅杂怨苑 is DS97)
CODE_MIN_DIGITS = 2
#: 粤, Guangdong's abbreviation, starts a word with any noun (粤韵, 粤运, 粤菜): a run of two
#: that starts with it is weak evidence, except a code's before digits (粤耘猿员载 AE31X)
LETTER_PAIR_NEVER_FIRST = GUANGDONG


#: 韵 (Ｏ) heads compounds of any character before it (风韵 神韵 云韵 月韵 粤韵): no run of two
#: ends with it, but before a code's digits (晕 does too, 砸晕, but IN of CHECK IN is common)
LETTER_PAIR_NEVER_LAST = "韵"
#: The verdicts of :func:`_two_letters`: read, read only where the page shows garbled Latin
#: letters besides, not read
PAIR_READ, PAIR_WEAK, PAIR_NOT = "read", "weak", "not"


def _two_letters(text: str, run: str, end: int, symbols: list[str]) -> str:
    """Whether a run of two letter look-alikes that no word holds reads as Latin letters.

    Before the digits of a code (月允员园源缘 BJ1045, 阅杂怨苑 DS97): two upper-case letters, not
    both of high risk (本月再运圆园吨 is 再运, YK20 no code). Else letters of one case, one of low
    risk; two different ones of low risk are read (CT, LM, nm); the same letter twice (悦悦, 韵韵:
    a child's name; MM, QQ), a letter of medium or high risk (砸晕, 云韵; XP, HP, hp) or 粤 first
    (粤韵; AS) only where the page shows garbled Latin letters besides; 粤 before a letter of high risk
    never (粤运, 粤云, 粤月: AB型 is a word of LATIN_WORDS_TABLE), nor 韵 last (云韵, 粤韵)."""
    letters = _letter_lookalikes()
    if run[0] in LETTER_PAIR_NEVER_FIRST and letters[run[1]].risk == "high":
        return PAIR_NOT  # (粤运, 粤运圆号)
    upper = symbols[0].isupper() and symbols[1].isupper()
    if upper and _code_digits_at(text, end):
        return PAIR_READ if any(letters[c].risk != "high" for c in run) else PAIR_NOT
    if symbols[0].isupper() != symbols[1].isupper() or all(letters[c].risk != "low" for c in run):
        return PAIR_NOT
    if run[1] in LETTER_PAIR_NEVER_LAST:
        return PAIR_NOT  # (云韵, 粤韵)
    if run[0] in LETTER_PAIR_NEVER_FIRST:
        return PAIR_WEAK
    if run[0] == run[1] or any(letters[c].risk != "low" for c in run):
        return PAIR_WEAK
    return PAIR_READ


def _code_digits_at(text: str, index: int) -> bool:
    """Whether CODE_MIN_DIGITS digits or more, ASCII or look-alikes, start at ``text[index]``
    and no word holds the first (月允员园源缘 is BJ1045; 员工 is a word)."""
    digits = _lookalikes()[1]
    head = text[index : index + CODE_MIN_DIGITS]
    if len(head) < CODE_MIN_DIGITS or not all((c.isascii() and c.isdigit()) or c in digits for c in head):
        return False
    if head[0].isascii():
        return True
    window = text[index : index + 1] + _window(text, index, 1)
    return not _in_best_word(window, 0)


def _trimmed_of_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The run ``text[start:end]`` without the look-alikes at its edges that a word holds
    with the text beside it (指责酝酝酝有 is 指责 MMM: 责 is no p)."""
    left = _window(text, start, -1)
    window = left + text[start:end] + _window(text, end - 1, 1)
    cut = len(left)
    while start < end and _in_best_word(window, cut):
        start, cut = start + 1, cut + 1
    while end > start and _in_best_word(window, cut + end - start - 1):
        end -= 1
    return start, end


#: Latin words of Chinese text (mappings/latin_words.tsv: 甲A, BP机, K线, X光)
LATIN_WORDS_TABLE = "latin_words.tsv"


@functools.cache
def _latin_word_forms() -> tuple[re.Pattern[str] | None, dict[str, tuple[int, int, str]]]:
    """(a regex of the garbled forms of LATIN_WORDS_TABLE's words, longest first; each garbled
    form -> where its letters are in it and what they read as: 甲粤 -> (1, 2, "A"))."""
    code_of = {e.symbol: h for h, e in shift_table().items() if e.kind == "letter"}
    forms: dict[str, tuple[int, int, str]] = {}
    for (word,) in read_tsv(LATIN_WORDS_TABLE):
        letters = [k for k, c in enumerate(word) if c.isascii() and c.isalpha()]
        start, end = letters[0], letters[-1] + 1
        garbled = "".join(code_of[chr(ord(c) + FULLWIDTH_OFFSET)] if k in letters else c for k, c in enumerate(word))
        forms[garbled] = (start, end, word[start:end])
    if not forms:
        return None, forms
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(alternatives), forms


def _word_edges_kept(text: str, start: int, end: int) -> bool:
    """Whether the lexicon's best reading of the window around ``text[start:end]`` has a word
    boundary at both its ends (每月股息: 每月 and 股息 cross them). The window stops at the
    look-alikes of marks and digits (深证月股员源缘 is B股145, whatever 股员 reads as)."""
    breaks = _mark_or_digit_lookalikes()
    left = _window(text, start, -1)
    right = _window(text, end - 1, 1)
    for k in range(len(left) - 1, -1, -1):
        if left[k] in breaks:
            left = left[k + 1 :]
            break
    for k, char in enumerate(right):
        if char in breaks:
            right = right[:k]
            break
    cut, stop = len(left), len(left) + end - start
    at = 0
    edges = set()
    for word in lexicon.best_segmentation(left + text[start:end] + right):
        edges.add(at)
        at += len(word)
    edges.add(at)
    return cut in edges and stop in edges


def _names_guangdong(text: str) -> bool:
    """Whether a word of the lexicon holds a 粤 of ``text`` (粤语, 粤菜, 粤港, 两粤): the page
    writes of Guangdong, and its 粤股 are Guangdong's stocks, no A股."""
    at = text.find(GUANGDONG)
    while at >= 0:
        if lexicon.frequency(text[at : at + 2]) or (at and lexicon.frequency(text[at - 1 : at + 1])):
            return True
        at = text.find(GUANGDONG, at + 1)
    return False


def _after_digit(text: str, index: int) -> bool:
    """Whether a digit, ASCII or its look-alike (in no word), stands right before ``text[index]``."""
    if not _is_digit_at(text, index - 1):
        return False
    # a look-alike that ends a word is none (运动员粤瓶: A瓶)
    return text[index - 1].isascii() or not lexicon.frequency(text[max(0, index - 2) : index])


@functools.cache
def _mark_or_digit_lookalikes() -> frozenset[str]:
    punct, digits, _ = _lookalikes()
    return frozenset(punct) | frozenset(digits)


def _latin_word_candidates(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``甲粤联赛`` 甲A, ``月孕机`` BP机, ``日运线图`` K线: a Latin word of LATIN_WORDS_TABLE,
    garbled, where no word of the lexicon crosses its edges; ``taken``: the letters read already.

    One look-alike is weak evidence alone: 粤 is Guangdong (粤股 are its companies' stocks), 运
    and 载 are verbs. A word of one letter is read only where the document shows Latin letters
    garbled besides: a letter read already (``taken``), a word of two letters or more (BP机), or
    words of two different letters (粤股 beside 月股: A股 and B股); never right after a digit
    (远月超猿万 is 6月超3万: a month) nor 粤 on a page that writes of Guangdong (粤语, 粤菜)."""
    pattern, forms = _latin_word_forms()
    if pattern is None:
        return []
    guangdong = functools.cache(lambda: _names_guangdong(text))
    covered = {k for c in taken for k in range(c.start, c.end)}
    found: list[_Candidate] = []
    for match in pattern.finditer(text):
        first, last, letters = forms[match.group()]
        start, end = match.start() + first, match.start() + last
        if covered.intersection(range(start, end)) or not _word_edges_kept(text, *match.span()):
            continue
        if end - start == 1 and (_after_digit(text, start) or (text[start] == GUANGDONG and guangdong())):
            continue  # (6月超3万 is a month; 粤股 on a page of 粤语 is Guangdong's)
        cand = _Candidate(start, end, text[start:end], letters)
        cand.add(LIKELY_FROM + 1.0, f"look-alikes of Latin letters in the word {match.group()} reads as", EV_LEXICON)
        found.append(cand)
    if taken or any(len(c.symbol) >= 2 for c in found) or len({c.symbol for c in found}) >= 2:
        return found
    return []


#: A line of initials in parentheses (a byline's: ⏎（粤、月）⏎ is （A、B）): parentheses and
#: enumeration commas, real or their look-alikes, around two or three letter look-alikes.
INITIALS_OPEN, INITIALS_CLOSE = FULLWIDTH_LEFT_PAREN + "渊", FULLWIDTH_RIGHT_PAREN + "冤"
INITIALS_SEPARATOR = IDEOGRAPHIC_COMMA + "尧"


@functools.cache
def _initials_re() -> re.Pattern[str]:
    """A line of initials, from the line break before it (a literal scans faster than ^)."""
    letter = f"[{''.join(h for h in _letter_lookalikes() if h not in LETTER_RUN_NEVER)}]"
    spaces = f"[{_INLINE_SPACES}]*"
    return re.compile(
        f"\n{spaces}[{INITIALS_OPEN}]({letter})[{INITIALS_SEPARATOR}]({letter})"
        f"(?:[{INITIALS_SEPARATOR}]({letter}))?[{INITIALS_CLOSE}]{spaces}(?=\n|\\Z)"
    )


def _initials(text: str) -> list[_Candidate]:
    """``⏎（粤、月）⏎``: a line of two or three initials in parentheses, a byline's (（A、B）)."""
    letters = _letter_lookalikes()
    found: list[_Candidate] = []
    pattern = _initials_re()
    first = pattern.match("\n" + text[: text.find("\n") + 1 or len(text)])
    matches = ([(first, -1)] if first else []) + [(m, 0) for m in pattern.finditer(text)]
    for match, shift in matches:
        for group in range(1, 4):
            if match.group(group) is None:
                continue
            at = match.start(group) + shift
            cand = _Candidate(at, at + 1, text[at], chr(ord(letters[text[at]].symbol) - FULLWIDTH_OFFSET))
            cand.add(LIKELY_FROM + 1.0, "an initial in parentheses on a line of its own, as a byline's", EV_OTHER)
            found.append(cand)
    return found


#: A model's code with a hyphen (“凯歌”ＫＪＢ－２型 is garbled 运允月原圆型): HYPHEN_MINUS_LOOKALIKE
#: is read only between Latin letters and the letters and digits of a code that ends in 型, where
#: a word of the lexicon holds neither the letters nor 原.
MODEL_SUFFIX = "型"


@functools.cache
def _model_code_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(原 and the code after it, up to 型; the letters before 原, matched backwards on the
    reversed text before it)."""
    letters = "A-Za-z" + "".join(h for h in _letter_lookalikes() if h not in LETTER_RUN_NEVER)
    digits = "0-9" + "".join(_lookalikes()[1])
    return re.compile(f"{HYPHEN_MINUS_LOOKALIKE}([{letters}{digits}]+){MODEL_SUFFIX}"), re.compile(f"[{letters}]+")


def _model_codes(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``运允月原圆型`` KJB－2型, ``孕阅原员型`` PD－1型: the hyphen of a model's code, and its
    letters that no run read already (see MODEL_SUFFIX)."""
    if HYPHEN_MINUS_LOOKALIKE not in text or MODEL_SUFFIX not in text:
        return []
    letters = _letter_lookalikes()
    covered = {k for c in taken for k in range(c.start, c.end)}
    found: list[_Candidate] = []
    code_re, letters_re = _model_code_re()
    for match in code_re.finditer(text):
        hyphen = match.start()
        head = letters_re.match(text[max(0, hyphen - _WINDOW_REACH) : hyphen][::-1])
        if head is None:
            continue
        start = hyphen - head.end()
        if not _word_edges_kept(text, start, hyphen + 1):
            continue  # (a word holds the letters or 原: 每月孕原…)
        cand = _Candidate(hyphen, hyphen + 1, HYPHEN_MINUS_LOOKALIKE, FULLWIDTH_HYPHEN_MINUS)
        cand.add(LIKELY_FROM + 1.0, "between the letters and the digits of a model's code (…型)", EV_OTHER)
        found.append(cand)
        for first, last in ((start, hyphen), match.span(1)):
            for at in range(first, last):
                if text[at] in letters and at not in covered:
                    symbol = chr(ord(letters[text[at]].symbol) - FULLWIDTH_OFFSET)
                    cand = _Candidate(at, at + 1, text[at], symbol)
                    cand.add(LIKELY_FROM + 1.0, "a letter of a model's code (…－…型)", EV_OTHER)
                    found.append(cand)
    return found


#: A full-width form -> its ASCII form (Ａ -> A)
FULLWIDTH_OFFSET = 0xFEE0


def _comma_before_number(numbers: list[_Candidate], candidates: list[_Candidate]) -> None:
    """``出生于旁遮普省袁员怨缘员年``: a comma look-alike that the name evidence read as the
    surname 袁 (after a role, the same name elsewhere) is the comma where a number of two or
    more digits, read with confidence, follows it: a given name is no number (1951年)."""
    starts = {n.start for n in numbers if n.end - n.start >= 2 and n.evidence >= LIKELY_FROM}
    if not starts:
        return
    for cand in candidates:
        if (
            cand.hanzi == COMMA_LOOKALIKE
            and cand.end in starts
            and cand.evidence < ENOUGH_FROM
            and EV_NO_MARK not in cand.kinds
            and not _NAME_KINDS.isdisjoint(cand.kinds)
        ):
            cand.add(0.0, "before a number, which no given name is", EV_OTHER)
            cand.evidence = LIKELY_FROM


#: The note of a number read as an item's number in parentheses.
ITEM_NOTE = "the number of an item in parentheses, where a clause starts: （1）"


def _numbered_item(text: str, start: int, end: int) -> bool:
    """Whether the digit look-alikes at ``start:end`` stand in parentheses where a clause
    starts (``遥渊源冤伟大的…``, ``⏎渊员冤``): an item's number, not 渊源 (历史渊源冤 follows a
    hanzi)."""
    if not (start and text[start - 1] in ITEM_OPEN and text[end : end + 1] in ITEM_CLOSE):
        return False
    before = _next_visible(text, start - 1, -1)[1]
    if before in OPENING_PUNCT:
        return False  # (历史渊源（渊源）: no item's number opens inside an opened mark)
    if before in ("", "\n") or before in _REAL_MARKS:
        return True
    mark = _lookalikes()[0].get(before)
    return mark is not None and mark in STOP_PUNCT + CLOSING_PUNCT


def _counter_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a counter or unit (NUMBER_AFTER) standing as one: a measure
    word that starts a word is none (中远集团: no 6集)."""
    char = text[index : index + 1]
    if not char or char not in NUMBER_AFTER:
        return False
    return char not in MEASURE_WORDS or not lexicon.is_word(text[index : index + 2])


def _run_counter_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` is one of RUN_COUNTERS standing as a counter (not 处理, 对于)."""
    char = text[index : index + 1]
    return bool(char) and char in RUN_COUNTERS and not lexicon.is_word(text[index : index + 2])


def _lone_in_word(window: str, index: int, counter_after: bool) -> bool:
    """Whether a lone digit look-alike at ``window[index]`` is a hanzi in a word: any word
    holds it (人员, 公园); before a counter, a word it makes with the counter (远点, 缘分) or
    the best reading (增长远个百分点 is 增长6个, though 长远 is a word; 人员名单 stays)."""
    if not lexicon.in_word(window, index):
        return False  # (the common case: no word holds it at all)
    if not counter_after or lexicon.is_word(window[index : index + 2], min_freq=1):
        return True  # (远点, 缘分: with the counter it makes a word, however rare)
    if not _in_best_word(window, index):
        return False
    # In the best reading, with the hanzi after it (缘分) or before it: a rare word before it
    # gives the character up to the number (有源家 is 有4家), as at a number's first digit.
    return _in_best_word(window[index:], 0) or _ends_in_word(window[:index], window[index])


def _ends_best_word(text: str, index: int) -> bool:
    """Whether the hanzi before ``text[index]`` read better with it as a hanzi than with a
    number starting there (工作人员圆园名: 人员; but 欧盟员缘国 is 欧盟 15, 中有源家 is 有 4家:
    有源 is a word, but a rare one, and 有 before a number is common)."""
    return _ends_in_word(_window(text, index, -1), text[index])


@functools.lru_cache(maxsize=4096)
def _ends_in_word(left: str, char: str) -> bool:
    """Whether ``left + char`` reads better as hanzi than ``left`` followed by a number."""
    return lexicon.segmentation_score(left + char) - lexicon.segmentation_score(left) > NUMBER_BREAKS_WORD


def _edge_word(text: str, index: int, step: int) -> bool:
    """Whether ``text[index]`` ends (step -1) or starts (step 1) a frequent word of two to four
    characters with the hanzi right beside it (调解员猿缘名: 员 ends 调解员; a space separates:
    ``行动 员缘远次`` is 156次)."""
    other_at = index + step
    if not 0 <= other_at < len(text) or not is_han(text[other_at]):
        return False
    for size in range(2, lexicon.MAX_WORD_LEN + 1):
        word = text[index - size + 1 : index + 1] if step < 0 else text[index : index + size]
        # Longer words are rarer: 调解员 has a jieba count of 3, yet no number starts with it.
        if len(word) == size and lexicon.is_word(word, min_freq=lexicon.COMMON_WORD_FREQ if size == 2 else 1):
            return True
    return False


# -- blocks and the document ----------------------------------------------------------------
class _Lines:
    """Which line an offset falls on."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def of(self, index: int) -> int:
        return bisect.bisect_right(self.starts, index) - 1


def _line_status(reals_at: list[int], strong: list[_Candidate], lines_of: _Lines) -> list[str]:
    """Per line: 'garbled' (look-alikes outnumber real marks), 'clean' (real marks only),
    'mixed', or, for a line with neither, what the document is ('garbled')."""
    starts = lines_of.starts
    markers = [0] * len(starts)
    for cand in strong:
        markers[bisect.bisect_right(starts, cand.start) - 1] += 1
    # Real marks (``reals_at``: where _ANY_REAL_PUNCT_RE matches) counted over the whole text at
    # once: a line break is neither a hanzi nor a mark, so the pattern's look-arounds see the
    # same as on each line alone.
    reals = [0] * len(starts)
    for at in reals_at:
        reals[bisect.bisect_right(starts, at) - 1] += 1
    status = []
    for count, real in zip(markers, reals, strict=True):
        if count == 0 and real > 0:
            status.append("clean")
        elif count > real or real == 0:
            status.append("garbled")
        else:
            status.append("mixed")
    return status


def _document_confidence(markers: int, real: int) -> float:
    """How sure the document has the garble: the share of marks that are look-alikes, damped
    for short texts."""
    if markers == 0:
        return 0.0
    share = markers / (markers + real)
    size = min(1.0, markers / 10)
    return round(min(0.99, share * (0.5 + 0.5 * size)), 3)


def _confidence(evidence: float) -> float | None:
    if evidence >= SURE_FROM:
        return SURE
    if evidence >= LIKELY_FROM:
        return LIKELY
    if evidence >= ENOUGH_FROM:
        return ENOUGH
    if evidence >= DOUBT_FROM:
        return DOUBT
    return None


def _line_level(cand: _Candidate, line: str, high_risk: bool) -> float | None:
    """A candidate's confidence given its line: none on a clean line, a doubt on a mixed one;
    a high-risk hanzi (院 in 学院) needs more than just enough evidence."""
    level = _confidence(cand.evidence)
    if level is None or line == "clean":
        return None
    if line == "mixed" or (high_risk and level == ENOUGH):
        return min(level, DOUBT)
    return level


@functools.cache
def _high_risk() -> frozenset[str]:
    """The look-alikes whose hanzi is common (院 in 学院): they need more than just enough evidence."""
    return frozenset(h for h, e in shift_table().items() if e.risk == "high")


def _finding(rule: str, cand: _Candidate, confidence: float) -> Finding:
    start, end, hanzi, symbol = cand.start, cand.end, cand.hanzi, cand.symbol
    if end - start == 1 and len(symbol) == 1:  # the common case: one look-alike, one mark
        before, after = hanzi, symbol
    else:
        before = hanzi if end - start == len(hanzi) else hanzi * (end - start)
        after = symbol if len(symbol) == len(before) or rule == RULE_DIGIT else symbol * len(before)
    reason = _reason(rule, before, after, cand.notes)
    span = Span(start, end)
    return Finding(rule, span, reason, confidence, Edit(span, before, after, rule, confidence, reason))


@functools.lru_cache(maxsize=4096)
def _reason(rule: str, before: str, after: str, notes: tuple[str, ...]) -> str:
    what = (
        "number"
        if rule == RULE_DIGIT
        else "Latin letters"
        if after.isascii() and after.isalpha()
        else "punctuation mark"
    )
    return (
        f"'{before}' is the GB2312 shift garble of the {what} '{after}' (lead byte +0x31); "
        f"evidence: {', '.join(dict.fromkeys(notes))}"
    )


STAGE = Stage(
    id="punct-shift",
    summary="punctuation and digits extracted as hanzi (GB2312 lead byte +0x31), judged per occurrence",
    rules=(RULE, RULE_DIGIT, RULE_DOCUMENT),
    detect=detect,
)
