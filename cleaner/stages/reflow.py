"""Stage ``reflow``: rebuild paragraphs from column lines and page breaks.

OCR and PDF text keeps the lines of the page, not the paragraphs of the article. At every
line break this stage decides, from evidence, whether the paragraph goes on:

* **column lines** (seed 002): a block of lines of one regular width is text wrapped in a
  column. A line as wide as the column carries on; a short line ends its paragraph. The
  width is estimated from the lines around each break, so narrow and wide columns in one
  document are both recognised, whether the lines are separated by blank lines or not.
  Digits (and a figure's ``.`` and ``%``) count half a hanzi, or a whole one where the lines
  with figures show that the page set them full width (People's Daily 1998: the width stage
  has made them ASCII since).
  A full line that ends a sentence is the hard case: the paragraph goes on unless the
  next line is short by the indent of a first line (where the column indents), and goes
  on where paragraphs are set a blank line apart and none follows; otherwise it is only
  reported.
* **page breaks** (seeds 001, 003, 004): a paragraph line that stops mid-sentence (no
  closing punctuation) and a next line that carries on: ends in a comma, an open quote
  the next line closes, a word across the break (``立/体化``, ``五/年``; after a short
  line only when neither side ends or starts a word of its own: ``的社/会治``), a next line
  that is a fragment (``使，…``, ``年。``) or that cannot start a paragraph (``”``, ``，``).

Never joined: Markdown headings, lists, quotes, tables and code; list items (``——``,
``一、``, ``（一）``, ``1.``, ``●``); bylines and credits (``本报通讯员●…``, ``（王国强 陈克强）``,
``沈翠英 摄``); headings and captions (short lines without clause punctuation); a news
dateline (``新华社北京1月9日电``); rows of figures; rows numbered in turn (``第2名 袁苑 …`` /
``第3名 远晴 …``) and the lines beside them; the rows of a table whose cells are set apart by
ideographic spaces or gutters (``深发展　12.34　13.02``), and the line before or after one (a
title, a heading); lines across two or more blank lines (the gap around a figure or between sections).

Reported, not joined, where the layout is the only evidence and the text does not show it
was wrapped: lines as wide as a column none of whose breaks nearby cuts a word or holds a
sentence end (verse, a table: People's Daily sets both one line each); lines that stop
without a full stop, at a comma, or before a word across the break made by chance, in text set
one paragraph per line (a headline, reviews one per line); a document's first line, as short as a
title, that stops without a full stop before a blank line (``用了一个月iPhone 15，说说真实感受``); lines
of which none near holds a punctuation mark nor shows a word cut (a table of contents, a list, a
table's column: ``服务器端口`` / ``服务器日志文件``); and
paragraphs before a blank line that end without a full stop more often than pages break (posts and
reviews written so).

A join is an edit ``reflow-join`` that removes the break (and the spaces beside it). In
column text a paragraph that ended at a short line gets the blank line canonical text
puts between paragraphs (``reflow-split``). A break with weak evidence is reported below
the threshold, never joined; a document where many paragraphs end mid-sentence (columns
read across, seed 000) has its joins reported, not made: that is the columns stage's job.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from cleaner import lexicon
from cleaner.chars import (
    BLACK_CIRCLE,
    BULLETS,
    BYLINE_RE,
    CJK_PUNCT_CLASS,
    CJK_RE,
    CLAUSE_MARK_RE,
    CLAUSE_PUNCT_CLASS,
    CLOSING_MARK_CLASS,
    EM_DASH,
    EMOJI_PRESENTATION,
    EMOTICON_RE,
    FULLWIDTH_COLON,
    FULLWIDTH_SEMICOLON,
    HAN_CLASS,
    IDEOGRAPHIC_SPACE,
    INFORMAL_END_CHARS,
    INLINE_SPACE_CLASS,
    INLINE_SPACE_RUN_RE,
    LIST_ITEM_RE,
    MARKDOWN_BLOCK_RE,
    NO_LINE_START_CLASS,
    OPEN_TO_CLOSE,
    PARAGRAPH_END_RE,
    RIGHT_SINGLE_QUOTE,
    SENTENCE_END_CLASS,
    TABLE_CELL_GAP_RE,
    fenced_code_blocks,
    is_han,
    japanese_korean_paragraphs,
)
from cleaner.model import Edit, Finding, Span
from cleaner.stages.base import Stage, StageContext

RULE_JOIN = "reflow-join"
RULE_SPLIT = "reflow-split"

#: Column lines are 5 to 60 characters wide; a paragraph line longer than that is not
#: wrapped text (one paragraph per line).
MIN_COLUMN, MAX_COLUMN = 8.0, 60.0
#: Lines either side of a break that are looked at to estimate the column width.
WINDOW = 8
#: Fewer lines of text than this show no column (see detect).
MIN_COLUMN_LINES = 7
#: Share of lines in the window that must have the column width for it to count.
REGULAR_SHARE = 0.3
#: A heading, caption or credit is at most this long and has no clause punctuation.
HEADING_MAX_CHARS = 32
#: A next line this short that ends its sentence is the tail of a broken paragraph.
TAIL_MAX_CHARS = 8
OUTLINE_TITLE_MAX = 16  # 一、招聘岗位: the title after an outline number
_DASHES = frozenset("\u2014\u2015\u2e3a")  # — ― ⸺: list dashes, never outline numbers
#: List dashes and bullets, never outline numbers: a line starting with one may wrap.
_NOT_OUTLINE = _DASHES | frozenset(BULLETS)
#: Lines laid out by hand (verse, slogans): at least this many in a row, each at most this
#: wide and ending on a mark.
DELIBERATE_MIN_LINES, DELIBERATE_MAX_WIDTH = 3, 9  # 5- and 7-character verse: 6 and 8 wide
#: Above this share of paragraph lines ending mid-sentence, a document's columns were
#: probably read across (seed 000): joins are reported, not made.
INTERLEAVED_SHARE = 0.4
INTERLEAVED_MIN_BREAKS = 4
#: A first line short by 1.25 to 4.5 characters is indented (two full-width spaces,
#: dropped by the extraction, give 2); lines within this many of a break are looked at.
INDENT_MIN, INDENT_MAX, INDENT_REACH = 1.25, 4.5, 30
#: Paragraphs set a blank line apart: two clear paragraph ends followed by a blank line and
#: none without; or at least this many, and at most this share of as many followed by none
#: (a page break moves some).
PARAGRAPHS_APART_MIN, PARAGRAPHS_APART_EXCEPTIONS = 3, 0.2
#: Wrapped Chinese text cuts a word at about two line breaks in five (seed 002: 111 of 270,
#: but 16 in a row without one) and ends sentences inside its lines; lines set one by one
#: (verse, a table of figures) almost never cut a word (People's Daily verse: 1 in 121) and end
#: no sentence inside a line. Joins resting on line lengths alone (the column width, or a
#: missing stop between lines as long as wrapped lines: 鸡蛋，两个 / 白糖，少许), this many or more
#: within WINDOW breaks of one another that show neither, are reported, not made. (A word across a
#: break of verse happens by chance, 越来越老 / 母亲: asking for two costs wrapped text more.)
UNCUT_MIN_JOINS = 4
#: ... or any such join at all where fewer than this share of the lines near it that end no
#: paragraph fill the column: wrapped text fills every line but its paragraphs' last, lines set
#: one by one (UI messages, a list sorted by name) fill it now and then. Clean gettext catalogues
#: (zh_CN, 40 messages a document): joins of two messages 217 -> 128; People's Daily page-break
#: trials: boundary recall 0.9845 -> 0.9909; the fixture corpus unchanged.
REGULAR_FULL_SHARE = 0.8
#: ... and so are joins resting on the column width with this many lines near them that stop
#: short of it without a mark (see _short_open_lines). Clean People's Daily: false joins 7 -> 3
#: on the dev half, 35 -> 19 on the held-out half; reflow F1 on the fixture corpus -0.0003.
VERSE_SHORT_LINES = 2
#: Wrapped prose has a clause or sentence mark every line or two; lines of which none holds
#: one, LIST_MIN_LINES or more within LIST_REACH lines of a break, are a list, a table of contents
#: or a table's column, set one item per line (10.6.4. 启动服务器 / 服务器端口 / 服务器日志文件;
#: 软件包移除之前运行的软件包脚本 / 软件包移除之后运行的软件包脚本): a join there is reported,
#: not made. Only Chinese marks count: the width stage has made a Chinese sentence's ASCII
#: marks full width, and an English title's (Brush Tools (Pencil, Paintbrush)) show no prose.
#: (A text with too few marks anywhere, garbled, is _unpunctuated's.)
_MARK_RE = re.compile("[\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01]")
#: (WINDOW, 8, misses a table's cells beside its caption; 5 costs People's Daily's column trials
#: 0.0006 of boundary precision: lists of names wrapped in one paragraph, now reported.)
LIST_REACH, LIST_MIN_LINES = 5, 6
#: What a join verdict rests on when it has no evidence in the words themselves: ``WIDTH``,
#: the line fills the column (see _uncut_joins); ``STOP``, the line stops without a full stop
#: and the next looks like a continuation (see _wrapped); ``CLAUSE``, the line stops at a
#: comma. Such verdicts stand only where the text shows that it was wrapped, or across a blank
#: line as often as pages break (see PAGE_CHARS).
WIDTH, STOP, CLAUSE = "width", "stop", "clause"
#: ... and ``WORD``: a word across the break that does not win the reading of the hanzi around
#: it by WORD_WIN_MARGIN (不舒服 / 用的 makes 服用 by chance). Across a single line break, these
#: three stand only where lines show wrapping (see _wrapped): in text set one line per
#: paragraph, a paragraph (a review) may stop at any of them.
WORD = "word"
#: How much likelier (log probability, natural log) the reading with a word across a break must
#: be than the readings of its two sides for the word to stand as evidence on its own (e^4 is
#: about 55 times). A word cut by a break gains more than this four times in five (random cuts
#: of People's Daily paragraphs with a word across); two reviews, one per line, whose last and
#: first characters happen to make one (很好 / 比我想象中 -> 好比, 非常大 / 酒店) gain less, but for
#: 2 in 126 (ChnSentiCorp). (Spaces inside a line: cjk_space.WORD_WIN_MARGIN, a lower bar.)
WORD_WIN_MARGIN = 4.0
_LAYOUT_ONLY = (STOP, CLAUSE, WORD)
#: Wrapped text has few lines longer than this many times its width (Latin and digits count
#: half, a URL runs on): at most this share (see _wrapped).
WRAPPED_LONGER, WRAPPED_LONGER_SHARE = 1.25, 0.2
#: ... and a good share of its lines are as long as one another (within one character): three
#: lines of twenty are so by chance, and a second cleaning that shortens one by a character
#: (a space removed) must not find them wrapped then (ChnSentiCorp reviews, one per line).
WRAPPED_ALIKE_SHARE = 0.25
#: A page holds more characters than this (an A4 page of Chinese about 1,000 to 1,600): a
#: document has at most one page break per this many characters, plus one. More paragraphs
#: ending without a full stop before a blank line are the author's style (reviews, posts, a
#: list), not page breaks (seeds 001, 003 and 004: 2 in 4,000 characters, 2 in 3,467, 1 in 3,969).
#: Counted are all such paragraphs whose join rests on the layout alone (a missing stop, a
#: comma, a chance word across) or is in doubt (a colon, a semicolon, a heading, a sentence
#: start after it), joined or only reported: a review that stops before one starting a sentence
#: (总之，) is not joined, but it shows the style as much as one that is. (So a formal text with
#: many lines ending in a colon has its one page break reported, not joined: the safe side.)
PAGE_CHARS = 1500
#: ... and two page breaks are at least this many characters apart (an A5 page holds about 600):
#: of two paragraphs this near each other that end without a full stop, neither is joined on
#: the layout alone, for at most one of them can end a page.
PAGE_MIN_CHARS = 600
_TOO_NEAR = f"another paragraph within {PAGE_MIN_CHARS} characters ends without a full stop (no page is so short)"
#: Chinese prose has a comma or full stop every 10 to 20 characters; with fewer than one
#: in this many characters, sentence ends cannot be seen: joins are reported, not made.
UNPUNCTUATED_RATIO = 60

_TRAILING_SPACE = " \t\r"
_LINE_SPACE = " \t\r\u3000"
_FINAL_SET = frozenset("\u3002\uff01\uff1f\u2026!?.\uff0e")  # 。！？… their ASCII forms, and ．
#: Lines longer than this are not column lines: a sentence end there ends the paragraph.
SHORT_LINE_CHARS = 70
#: A long line followed by a blank line: a paragraph in one-paragraph-per-line text.
#: (``.`` is any character but a newline; possessive, for it never gives any back to match the newline.)
_LONG_LINE_BEFORE_BLANK_RE = re.compile(r"^(.{61,}+)\n[ \t\r\u3000]*\n", re.MULTILINE)
_LEADING_SPACE = " \t"
_CLAUSE_END = frozenset(CLAUSE_PUNCT_CLASS)
_SENTENCE_MARKS = ("\uff0c", "\u3002", "\u3001", "\uff1b", "\uff1f", "\uff01", ",", ".")
_LIST_ITEM_END = frozenset((FULLWIDTH_SEMICOLON, ";"))
_OPENERS = frozenset(OPEN_TO_CLOSE)
_CLOSERS = {close: open_ for open_, close in OPEN_TO_CLOSE.items()}
_OPENER_RE = re.compile("[" + re.escape("".join(OPEN_TO_CLOSE)) + "]")
_BRACKET_RE = re.compile("[" + re.escape("".join(OPEN_TO_CLOSE) + "".join(OPEN_TO_CLOSE.values())) + "]")
_NO_LINE_START = frozenset(NO_LINE_START_CLASS)
_CLOSING_MARKS = frozenset(CLOSING_MARK_CLASS)
_DELIBERATE_END = _CLAUSE_END | _FINAL_SET | _CLOSING_MARKS | {FULLWIDTH_COLON}
#: Inside a heading: no comma, full stop, semicolon or enumeration comma.
_CLAUSE_INSIDE_RE = re.compile("[\uff0c\u3002\uff1b\u3001,;]")
#: The first clause of a line: up to its first punctuation mark.
_FIRST_CLAUSE_RE = re.compile(f"^[{HAN_CLASS}]{{1,2}}[\uff0c\u3001\uff1b]")
#: Two-character words that open a sentence before a comma (同时，此外，): no fragment.
_OPENING_WORDS_TEXT = (
    "同时 此外 因此 所以 但是 然而 目前 近日 日前 其中 为此 对此 随后 之后 此后 首先 其次 最后 另外 而且 并且 "
    "不过 总之 如今 当前 今年 去年 近年 当时 后来 原来 其实 据悉 对于 由于 另一 一是 二是 三是 四是 例如 比如"
)
_OPENING_WORDS = frozenset(_OPENING_WORDS_TEXT.split())
#: Words that open a sentence: a line starting with one is less likely to carry on.
_SENTENCE_START_RE = re.compile(
    "^(?:[这那此](?:是|些|个|种|里|时|一|次|样)|此外|同时|但是|然而|因此|所以|而且|目前|近日|日前|随后|据悉|据了解"
    "|近年来|[一二三四五六七八九十几两多]+年来|[今去前明]年|[0-9]{4}年"
    "|不过|总之|其实|另外|总[的体]来说|总体而言|说实话|说句实话|老实说)"
)
#: The names of a byline that went on to a second line: ●王晓慧●郭鹏杰.
_BYLINE_NAMES_RE = re.compile(f"^[{HAN_CLASS}]{{0,4}}(?:{BLACK_CIRCLE}[{HAN_CLASS}]{{1,4}})+$")
#: Who said the quotation before: 郝明星介绍说。 执勤业务一科科长赵磊介绍道，
_ATTRIBUTION_RE = re.compile(
    "^[^\uff0c\u3002\uff01\uff1f\u201c\u201d]{1,24}?"
    "(?:说|道|表示|指出|强调|坦言|感慨|介绍|告诉记者|回忆|点赞|称赞)[\uff0c\u3002\uff1a]"
)
#: Function words no heading or sentence ends with: a short line ending in one stops mid-sentence.
_NO_HEADING_END = frozenset("的地得和与及或在把被对从向将为")
#: Characters no sentence starts with: the next line continues one (``宣传党`` / ``的主张``).
_CONTINUATION_START_RE = re.compile("^(?:的(?!确)|们)")
_HAN_RE = re.compile(f"[{HAN_CLASS}]")
_HAN_PAIR_RE = re.compile(f"[{HAN_CLASS}]{{2}}")
_HAN_END_RE = re.compile(f"[{HAN_CLASS}]$")
#: A Latin word or a number (with the quotes before it): typesetting does not break it.
_UNBREAKABLE_START_RE = re.compile(f"^[{''.join(OPEN_TO_CLOSE)}]*[A-Za-z0-9][A-Za-z0-9.,%+\\-]*")
#: A space beside a Chinese punctuation mark. (The space comes first: the engine scans for it
#: and looks around only there, five times faster than looking behind at every position.)
_SQUEEZED_SPACE_RE = re.compile(f" (?:(?<=[{CJK_PUNCT_CLASS}] )|(?=[{CJK_PUNCT_CLASS}]))")
_PUNCT_RUN_RE = re.compile(f"[{CJK_PUNCT_CLASS}]{{2,}}")
_NEWLINES_RE = re.compile("\n")
#: Cheap necessary conditions before the regexes of :attr:`Line.kind` and
#: :attr:`Line.ends_paragraph` are run (most lines of prose fail them).
#: MARKDOWN_BLOCK_RE: the first character after at most 3 spaces (or a decimal digit).
_MARKDOWN_FIRST = frozenset("#-*+>|`~_")
#: The first characters of most lines MARKDOWN_BLOCK_RE matches: those, a space (at most 3
#: come first) and ASCII digits (a line starting with another digit is merely not skipped
#: before it is judged: _judge keeps it all the same).
_MARKDOWN_LEAD = frozenset("#-*+>|`~_ 0123456789")
#: LIST_ITEM_RE: the first character after white space.
_LIST_FIRST = frozenset(
    "\u2014\u2015\u2e3a"  # — ― ⸺
    "一二三四五六七八九十百第（(0123456789"
    + "".join(map(chr, range(0x2460, 0x2474)))  # ① to ⑳
    + "".join(map(chr, range(0x2776, 0x2780)))  # ❶ to ❿
    + BULLETS
)
#: BYLINE_RE: a credit word in the line, a bracket at its end, or one of these first.
_BYLINE_WORDS_RE = re.compile("摄|记者|通讯员|实习生")
_BYLINE_END = ("\uff09", ")")  # ） )
_BYLINE_FIRST = frozenset("文图编责")  # 文/ 图/ 编辑: 责任编辑:
_INDENTS = (IDEOGRAPHIC_SPACE, "  ", "\t")
#: PARAGRAPH_END_RE: the last character (inline spaces removed) it can match at.
_PARAGRAPH_END_LAST = frozenset(SENTENCE_END_CLASS + ".\uff0e!?" + CLOSING_MARK_CLASS + "\uff09)]*_")
_PARAGRAPH_END_LAST |= frozenset(EMOJI_PRESENTATION)
_PARAGRAPH_END_LAST |= INFORMAL_END_CHARS


class Line:
    """One line of the text: where it is, what it holds, what kind of line it is.

    The derived facts are computed when first asked for: most lines of clean text are
    never looked at beyond their last character.
    """

    __slots__ = ("_ends", "_kind", "_width", "content", "digits", "end", "raw", "start")

    def __init__(self, start: int, raw: str, digits: _DigitWidth | None = None) -> None:
        self.digits = digits  # how wide its text sets digits
        self.start = start  # offset of the first character
        self.end = start + len(raw)  # offset of the line's end (its newline, or the end of the text)
        self.raw = raw
        self.content = raw.strip(_LINE_SPACE)
        self._width: float | None = None
        self._kind: str | None = None
        self._ends: bool | None = None

    @property
    def blank(self) -> bool:
        return not self.content

    @property
    def width(self) -> float:
        if self._width is None:
            self._width = display_width(self.content)
            if self.digits is not None and self.digits.extra:
                self._width += self.digits.extra * len(_DIGIT_RE.findall(self.content))
        return self._width

    @property
    def kind(self) -> str:
        """``markdown``, ``list``, ``byline`` or ``body``."""
        if self._kind is None:
            text = self.raw
            lead = text[:1]
            if lead.isspace():
                lead = text.lstrip()[:1]
            if (lead in _MARKDOWN_FIRST or lead.isdecimal()) and MARKDOWN_BLOCK_RE.match(text):
                self._kind = "markdown"
            elif lead == BLACK_CIRCLE and len(self.content) <= 40 and _BYLINE_NAMES_RE.match(self.content):
                self._kind = "byline"  # ●王晓慧●郭鹏杰: the names of a byline that went on, not a bullet
            elif lead in _LIST_FIRST and LIST_ITEM_RE.match(text):
                self._kind = "list"
            elif len(self.content) <= 40 and self._byline(text, lead):
                self._kind = "byline"
            else:
                self._kind = "body"
        return self._kind

    def _byline(self, text: str, lead: str) -> bool:
        if (text.endswith(_BYLINE_END) or lead in _BYLINE_FIRST or _BYLINE_WORDS_RE.search(text)) and BYLINE_RE.match(
            text
        ):
            return True
        return BLACK_CIRCLE in self.content and _BYLINE_NAMES_RE.match(self.content) is not None

    @property
    def indented(self) -> bool:
        """Starts with a full-width space or two spaces: the first line of a paragraph."""
        return self.raw.startswith(_INDENTS)

    @property
    def ends_paragraph(self) -> bool:
        if self._ends is None:
            content = self.content
            if content.rstrip(INLINE_SPACE_CLASS)[-1:] not in _PARAGRAPH_END_LAST:
                self._ends = False  # the line ends in no mark that can end a paragraph
            else:
                # OCR leaves spaces inside a line end (``覆盖。 ”``): look through them.
                self._ends = PARAGRAPH_END_RE.search(INLINE_SPACE_RUN_RE.sub("", content)) is not None
        return self._ends

    @property
    def heading_like(self) -> bool:
        """Short with no clause punctuation: a heading, a title, a caption, a credit."""
        compact = self.content.replace(" ", "")
        return len(compact) <= HEADING_MAX_CHARS and not _CLAUSE_INSIDE_RE.search(compact)

    @property
    def has_cjk(self) -> bool:
        """Holds a hanzi or a Chinese punctuation mark (``82%。`` is a Chinese line)."""
        return CJK_RE.search(self.content) is not None


#: Digits and the marks of numbers: set full width in some papers (People's Daily 1998: １９９８年,
#: ３１．２％), which the width stage turns into ASCII before this stage measures the lines.
_DIGIT_RE = re.compile(r"[0-9]|(?<=[0-9])[.%]")


def _digit_extra(raws: list[str]) -> float:
    """0.5 where the page set digits full width, else 0: where the lines with figures are as
    wide as the column more often with each digit counted as a hanzi than as half of one.

    The lines with figures: two digits or more (one moves a line by half a character), clause
    punctuation inside (a heading, 2023年3月15日会议纪要, is as short as it likes), and no
    paragraph end (a paragraph's last line is short either way). The column: the commonest
    width of the short lines without digits; as wide: within the column's tolerance of it.
    """
    with_digits: list[tuple[float, int]] = []
    for raw in raws:
        if len(raw) > _DIGIT_LINE_MAX or not _DIGIT_RE.search(raw):
            continue  # (most lines leave here, tested in C)
        content = raw.strip(_LINE_SPACE)
        digits = len(_DIGIT_RE.findall(content))
        if digits >= 2 and content[-1] not in _PARAGRAPH_END_LAST and _CLAUSE_INSIDE_RE.search(content):
            with_digits.append((display_width(content), digits))
            if len(with_digits) == _LINES_MEASURED:
                break  # (enough to tell)
    if len(with_digits) < DIGIT_LINES_MIN:
        return 0.0
    plain: dict[int, int] = {}
    measured = 0
    for raw in raws:
        if len(raw) > _DIGIT_LINE_MAX or _DIGIT_RE.search(raw):
            continue
        content = raw.strip(_LINE_SPACE)
        if content:
            width = round(display_width(content))
            plain[width] = plain.get(width, 0) + 1
            measured += 1
            if measured == 3 * _LINES_MEASURED:
                break  # (enough to know the commonest width)
    if not plain:
        return 0.0
    column, count = max(plain.items(), key=lambda item: item[1])
    if count < DIGIT_LINES_MIN:
        return 0.0
    slack = tolerance(column)
    as_half = sum(abs(width - column) <= slack for width, _ in with_digits)
    as_full = sum(abs(width + 0.5 * digits - column) <= slack for width, digits in with_digits)
    return 0.5 if as_full > as_half else 0.0


#: Lines longer than this are no column lines (MAX_COLUMN, and room for an indent and spaces).
_DIGIT_LINE_MAX = int(MAX_COLUMN) + 6
#: Lines with figures, and plain lines of the column's width, that a verdict on digits needs.
DIGIT_LINES_MIN = 3
#: Lines with figures measured, at most (a long page holds thousands), and three times as many
#: plain lines for the commonest width.
_LINES_MEASURED = 30


def display_width(text: str) -> float:
    """Width in hanzi, as a column sets it: ASCII letters, digits, marks and spaces count half;
    a run of n Chinese punctuation marks counts (n + 1) / 2 (marks side by side are set
    narrow: ``。”`` takes one and a half); a space beside a mark counts nothing (it is the
    other half of the mark's box).

    >>> display_width("有 36 万平方公里")
    8.0
    >>> display_width("课”“党员交互督察”等活动， 实现了党员")
    18.5
    """
    ascii_count = len(text.encode("ascii", "ignore"))
    width = len(text) - ascii_count * 0.5
    if " " in text:
        width -= 0.5 * len(_SQUEEZED_SPACE_RE.findall(text))
    runs = _PUNCT_RUN_RE.findall(text)
    if runs:
        for run in runs:
            width -= 0.5 * (len(run) - 1)
    return width


def tolerance(width: float) -> float:
    """How far from a column's width a line may be and still fill it (or fit in it)."""
    return max(2.0, 0.1 * width)


class Column:
    """The column a break sits in: its width, and whether its lines are set one blank line apart.

    Immutable; made once per width and setting in a text (see :class:`_ColumnFinder`).
    """

    __slots__ = ("_fits_to", "_full_at", "blank_between", "carries_on", "label", "width")

    def __init__(self, width: float, blank_between: bool) -> None:
        self.width = width
        self.blank_between = blank_between
        self._full_at = width - self.tolerance()
        self._fits_to = width + self.tolerance()
        self.label = f"{width:g}"  # the width as reasons quote it
        #: The verdict on most breaks of column text, made once.
        self.carries_on = Verdict(
            True, 0.9, f"a line as wide as the column ({self.label}) carries on into the next", WIDTH
        )

    def __repr__(self) -> str:
        return f"Column(width={self.width!r}, blank_between={self.blank_between!r})"

    def tolerance(self) -> float:
        return tolerance(self.width)

    def full(self, line: Line) -> bool:
        return line.width >= self._full_at

    def fits(self, line: Line) -> bool:
        return line.width <= self._fits_to


class Verdict(NamedTuple):
    join: bool
    confidence: float
    reason: str
    rests_on: str = ""  # WIDTH, STOP, CLAUSE, WORD, or "" (evidence in the words: a word cut, a quote closed)


_STRUCTURE = Verdict(False, 0.9, "structure")


def detect(text: str, ctx: StageContext) -> list[Finding]:
    if "\n" not in text:
        return []
    lines = _Lines(text)
    body = [i for i, raw in enumerate(lines.raws) if raw.strip(_LINE_SPACE)]
    if len(body) < 2:
        return []
    raws = lines.raws
    kept = _kept_lines(text, lines)
    candidates = []
    for k in range(len(body) - 1):
        raw = raws[body[k]]
        if len(raw) > SHORT_LINE_CHARS and _ends_paragraph_fast(raw):
            continue  # a paragraph line that ends its paragraph: most breaks of clean text
        a, b = body[k], body[k + 1]
        if kept and (a in kept or b in kept):
            continue  # code, or Japanese or Korean: not Chinese paragraphs
        if b - a > 1 and raw[:1] in _MARKDOWN_LEAD and lines[a].kind == "markdown":
            # A Markdown line (a heading, a quote, a table) before a blank line: _judge keeps
            # it (None, or "structure" before a list), and across a blank line neither verdict
            # is recorded. Most short lines of canonical text.
            continue
        if _candidate(lines[a], lines[b], b - a - 1):
            candidates.append(k)
    if not candidates:
        return []
    interleaved: bool | None = None
    unpunctuated = _unpunctuated(text)
    findings: list[Finding] = []
    joined_lines: list[tuple[int, int]] = []  # the lines each finding joins
    layout_joins: dict[int, int] = {}  # break k -> its finding, for joins resting on line lengths alone
    stops_across_blank: list[int] = []  # findings joining across a blank line on a missing stop or a comma
    # Paragraphs that end without a full stop before a blank line, joined or not: where the next one starts.
    open_ends: list[int] = []
    splits: list[tuple[int, int]] = []
    ends: list[tuple[int, int]] = []
    # The column of the breaks between two lines short enough to be column lines.
    column_lines = {j: _column_line(lines[body[j]]) for j in {*candidates, *[k + 1 for k in candidates]}}
    lines.rows = _rows_near(lines, body, column_lines)
    # A column shows in enough lines: a handful of short lines (an SMS, a list of rules) are
    # about as wide as one another by chance, not because a column wrapped them.
    columns = (
        _ColumnFinder(lines, body).columns([k for k in candidates if column_lines[k] and column_lines[k + 1]])
        if len(body) >= MIN_COLUMN_LINES
        else {}
    )
    for k in candidates:
        a, b = body[k], body[k + 1]
        gap = b - a - 1
        column = columns.get(k)
        verdict = _judge(lines, body, k, gap, column)
        if verdict is None:
            if gap == 0 and (lines[a].ends_paragraph or lines[b].kind != "body"):
                ends.append((a, b))
            continue
        join, confidence, reason, rests_on = verdict
        if not join:
            if gap == 0 and column is not None and confidence >= 0.8:
                splits.append((a, b))
            continue
        if confidence >= 0.8 and gap > 0 and interleaved is None:
            interleaved = _interleaved(text)
        if interleaved and confidence >= 0.8 and gap > 0:
            confidence = 0.7
            reason += "; but many paragraphs here end mid-sentence (columns read across?): check it"
        if unpunctuated and confidence >= 0.8:
            confidence = 0.6
            reason += "; but the text has almost no sentence punctuation to go by (garbled?): check it"
        if confidence >= 0.8 and (rests_on == WIDTH or (rests_on == STOP and gap == 0)):
            layout_joins[k] = len(findings)  # (lines as long as wrapped lines: see _wrapped)
        if gap > 0 and rests_on != WIDTH and (rests_on or confidence < 0.8) and not _set_apart_column(lines, body, a):
            open_ends.append(lines.starts[b])
            if rests_on in _LAYOUT_ONLY and confidence >= 0.8:
                stops_across_blank.append(len(findings))
        findings.append(_join_finding(text, lines[a], lines[b], confidence, reason))
        joined_lines.append((a, b))

    def report_only(index: int, why: str) -> None:
        a, b = joined_lines[index]
        reason = f"{findings[index].message}; but {why} (check it)"
        findings[index] = _join_finding(text, lines[a], lines[b], 0.7, reason)

    for index, (a, b) in enumerate(joined_lines):
        if findings[index].confidence < 0.8:
            continue
        if _unmarked_lines_around(lines, body, a, b):
            report_only(index, "none of the lines around it holds a punctuation mark: a list, not wrapped prose")
        elif b - a > 1 and _under_heading(lines, a):
            report_only(index, _UNDER_HEADING)
    for k, uncut in _uncut_joins(lines, body, sorted(layout_joins), columns).items():
        why = f"none of the {uncut} breaks around it cuts a word: lines set one by one (verse, a table?), not wrapped"
        if uncut < UNCUT_MIN_JOINS:
            why = "it cuts no word and few lines around fill the column: lines set one by one (messages, a list?)"
        report_only(layout_joins[k], why)
    for k in layout_joins:
        column = columns.get(k)
        short = _short_open_lines(lines, body, k, column) if column is not None else 0
        if short >= VERSE_SHORT_LINES:
            why = f"{short} lines near it stop short of the column without a mark: lines set one by one (verse?)"
            report_only(layout_joins[k], why)
    if len(open_ends) > 1 + len(text) // PAGE_CHARS:
        why = f"{len(open_ends)} paragraphs here end without a full stop, more than page breaks explain"
        for index in stops_across_blank:
            report_only(index, why)
    else:
        for index in stops_across_blank:
            at = lines.starts[joined_lines[index][1]]
            if _near_another(open_ends, at, PAGE_MIN_CHARS):
                report_only(index, _TOO_NEAR)
    joined_blocks = {line for f, ab in zip(findings, joined_lines, strict=True) if f.confidence >= 0.8 for line in ab}
    joined_sorted = sorted(joined_blocks)
    if not unpunctuated:
        # A paragraph end inside column text that is being joined: give it its blank line.
        for (a, _), in_joined in zip(splits, _blocks_joined(lines, splits, joined_sorted), strict=True):
            if in_joined:
                findings.append(_split_finding(lines[a]))
    for a, b in [] if unpunctuated else ends:
        # A paragraph (or heading) that ends where a joined paragraph starts or stops.
        if a in joined_blocks or b in joined_blocks:
            findings.append(_split_finding(lines[a]))
    return findings


def _unmarked_lines_around(lines: _Lines, body: list[int], a: int, b: int) -> bool:
    """Do the lines within LIST_REACH of the break between lines ``a`` and ``b``, LIST_MIN_LINES
    of them at least, hold no clause or sentence mark (see _MARK_RE) and cut no word at a break
    (a list, not wrapped prose)?"""
    lo, hi = bisect_left(body, a), bisect_left(body, b)
    near = body[max(0, lo - LIST_REACH + 1) : hi + LIST_REACH]
    if len(near) < LIST_MIN_LINES or any(_MARK_RE.search(lines.raws[i]) for i in near):
        return False
    # (a word cut that wins the reading: 北 / 京电视台, a list of names in one paragraph,
    # wrapped; not 服务器端口 / 服务器日志文件, where 口服 is a word by chance)
    pairs = itertools.pairwise(near)
    return not any(_cuts_word(lines[i], lines[j]) and _word_wins(lines[i], lines[j]) for i, j in pairs)


def _near_another(positions: list[int], at: int, reach: int) -> bool:
    """Is a position of ``positions`` (ascending, holding ``at``) other than ``at`` within ``reach`` of it?"""
    i = bisect_left(positions, at)
    return (i > 0 and at - positions[i - 1] < reach) or (i + 1 < len(positions) and positions[i + 1] - at < reach)


def _kept_lines(text: str, lines: _Lines) -> set[int]:
    """The numbers of the lines never joined: Markdown fenced code blocks (fences included),
    and paragraphs of Japanese or Korean (Korean separates words by spaces, so a join would
    glue two words; and this stage's evidence is Chinese's)."""
    numbers: set[int] = set()
    for start, end in fenced_code_blocks(text) + japanese_korean_paragraphs(text):
        first = bisect_right(lines.starts, start) - 1
        last = bisect_right(lines.starts, end) - 1
        numbers.update(range(first, last + 1))
    return numbers


class _Lines(dict[int, "Line"]):
    """The lines of a text by number, each made into a :class:`Line` when first looked at.

    A dict whose ``__missing__`` makes the line: looking up a line already made is no Python
    call (the breaks of a page look up their lines thousands of times), and the long lines
    of clean text that end their paragraphs are never made.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.raws = text.split("\n")
        self.starts = list(itertools.accumulate(map((1).__add__, map(len, self.raws)), initial=0))  # len + newline
        #: Facts about the document worked out once for all its breaks (see _paragraph_indent).
        self.memo: dict[tuple[object, ...], Any] = {}
        self.digits = _DigitWidth(self.raws) if _DIGIT_RE.search(text) else None
        #: The body lines (by their number in ``body``) beside a candidate break that are rows of a
        #: table: no break beside one is joined (see _rows_near).
        self.rows: set[int] = set()

    def __missing__(self, index: int) -> Line:
        line = self[index] = Line(self.starts[index], self.raws[index], self.digits)
        return line


class _DigitWidth:
    """How much a text's page widened its digits (see :func:`_digit_extra`), worked out when the
    width of a line is first asked. (Its own object, not the dict of lines: a line that held
    that dict would make a reference cycle.)"""

    __slots__ = ("_extra", "raws")

    def __init__(self, raws: list[str]) -> None:
        self.raws = raws
        self._extra: float | None = None

    @property
    def extra(self) -> float:
        if self._extra is None:
            self._extra = _digit_extra(self.raws)
        return self._extra


#: Widths are counted in half characters (every width is a multiple of 0.5, see
#: display_width), clipped to this: wider lines are no column lines either way.
_MAX_UNIT = 255
_MIN_UNIT, _MAX_COLUMN_UNIT = int(2 * MIN_COLUMN), int(2 * MAX_COLUMN)
_WIDE_UNIT = int(2 * (MAX_COLUMN + 6))
_NO_SUPPORT = -(10**6)
#: Lines measured at once when a sliding window reaches one not measured yet.
_MEASURE_AHEAD = 16
#: For a column of half-width u: the half-width above which a line is wider than the column
#: (u / 2 + max(1.5, 0.08 * u / 2) in half-widths: u' / 2 > limit is u' > 2 * limit, for
#: doubling is exact), and the half-width from which a line is full.
_WIDER_THAN = [2 * (u / 2 + max(1.5, 0.08 * (u / 2))) for u in range(_MAX_UNIT + 1)]
_FULL_AT = [2 * (u / 2 - max(2.0, 0.1 * (u / 2))) for u in range(_MAX_UNIT + 1)]


class _ColumnFinder:
    """The column each break of one text sits in.

    The width is read from a window of body lines around the break (:meth:`columns`).
    Consecutive breaks share all but one line of their windows, so the counts a width is
    read from are kept up to date as the window slides down the text: each line is counted
    in and out once, not once per break, and a slide that swaps a line for one that counts
    alike does not read the width again.
    """

    def __init__(self, lines: _Lines, body: list[int]) -> None:
        raws = lines.raws
        limit = 2 * (MAX_COLUMN + 6)
        self.lines, self.body = lines, body
        # How many of body[:j] are longer than any column line, for every j.
        long_lines = map(limit.__lt__, map(len, map(raws.__getitem__, body)))  # len(raws[i]) > limit
        self.long_before = list(itertools.accumulate(long_lines, initial=0))
        # Measured when first needed: codes[j] = 2 * half-width + (1 for a body or list line);
        # gap_codes[j] = 4 * half-width + blank lines after body[j] (0, 1, or 2 for more).
        self.codes = [-1] * len(body)
        self.gap_codes = [-1] * len(body)
        self._columns: dict[tuple[int, bool], Column] = {}

    def _measure(self, lo: int, hi: int) -> None:
        """Fill in codes[j] and gap_codes[j] for lo <= j < hi."""
        codes, gap_codes, body, lines = self.codes, self.gap_codes, self.body, self.lines
        if hi - lo > 1 and min(codes[lo:hi]) >= 0:
            return  # measured for a window before
        last = len(body) - 1
        for j in range(lo, hi):
            if codes[j] < 0:
                line = lines[body[j]]
                unit = min(int(2 * line.width), _MAX_UNIT)
                codes[j] = 2 * unit + (line.kind in ("body", "list"))
                gap_codes[j] = 4 * unit + (min(body[j + 1] - body[j] - 1, 2) if j < last else 2)

    def columns(self, breaks: list[int]) -> dict[int, Column | None]:
        """The regular line width around each break ``k`` of ``breaks`` (between body[k] and
        body[k+1]; ascending), if any.

        Where two columns of different widths meet, the width of the lines up to the break
        (the column line ``body[k]`` belongs to) wins.
        """
        size = len(self.body)
        codes = self.codes
        arounds = [(max(0, k - WINDOW + 1), min(size, k + WINDOW + 1)) for k in breaks]
        found: dict[int, Column | None] = {}
        # The sorted half-widths of the body and list lines of body[units_lo:units_hi], kept up
        # to date as the lines up to the break slide down (see _may_differ).
        units: list[int] = []
        units_lo = units_hi = -2
        for k, around in zip(breaks, self._sweep(arounds, REGULAR_SHARE), strict=True):
            lo, hi = max(0, k - WINDOW + 1), k + 2  # the lines up to the break
            if (around is not None and k + WINDOW + 1 >= size) or hi - lo < 4:
                found[k] = around  # the window reaches the end of the text: it is the lines up to the break
                continue
            if around is not None:
                # (codes[lo:hi] are measured: they lie in the window ``around`` was read from.)
                if hi == units_hi + 1 and lo in (units_lo, units_lo + 1):
                    if lo != units_lo and codes[units_lo] & 1:
                        units.remove(codes[units_lo] >> 1)
                    if codes[hi - 1] & 1:
                        insort(units, codes[hi - 1] >> 1)
                else:
                    units = sorted([code >> 1 for code in codes[lo:hi] if code & 1])
                units_lo, units_hi = lo, hi
                if not self._may_differ(units, around):
                    found[k] = around
                    continue
            long_lines = self.long_before[hi] - self.long_before[lo]
            before = self._read_afresh(lo, hi, 0.6) if long_lines <= 0.15 * (hi - lo) else None
            if before is not None and (around is None or abs(before.width - around.width) > 2):
                found[k] = before
            else:
                found[k] = around
        return found

    @staticmethod
    def _may_differ(units: list[int], column: Column) -> bool:
        """Could the lines with these sorted half-widths ``units`` (the body and list lines up
        to a break, within the window ``column`` was read from) have a width of their own more
        than 2 from it (see :meth:`_read`: 3 and 60% of their body and list lines within
        [w - 1.5, w + 1] of a width w)? Not when too few are wider or narrower."""
        unit = int(2 * column.width)
        need = max(3, 0.6 * len(units))
        return len(units) - bisect_left(units, unit + 2) >= need or bisect_right(units, unit - 3) >= need

    def _sweep(self, windows: Sequence[tuple[int, int] | None], share: float) -> list[Column | None]:
        """The column of each window body[lo:hi] (None for None), for windows down the text.

        A window one line down from the one before is read from counts kept up to date (one
        line out, one in; nothing to read again when they count alike), and so is a window
        further down that overlaps it; any other window is read from scratch
        (:meth:`_read_afresh`), and counting starts again from the next window if that one
        slides on from it.
        """
        codes, gap_codes, long_before = self.codes, self.gap_codes, self.long_before
        hist: dict[int, int] = {}  # half-width -> body and list lines of that width
        support: list[int] = []  # half-width u -> body and list lines within [u - 3, u + 2]
        units: list[int] = []  # the half-widths of the body and list lines, sorted
        # The half-widths of lines body[j], lo <= j < hi - 1, followed by no blank line / one
        # blank line, sorted.
        gaps: tuple[list[int], list[int]] = ([], [])
        wide = 0  # lines wider than any column line
        lo = hi = -2  # the window read last
        counted = False  # whether the counts are those of body[lo:hi]
        read: Column | None = None
        found: list[Column | None] = []
        # The counts each line out (-1) or in (+1) moves: (code, step) pairs.
        changes: Sequence[tuple[int, int]]
        gap_changes: Sequence[tuple[int, int]]
        for window in windows:
            if window is None:
                found.append(None)
                continue
            new_lo, new_hi = window
            if long_before[new_hi] - long_before[new_lo] > 0.15 * (new_hi - new_lo):
                found.append(None)  # paragraph lines, not column lines (the fast way out on clean text)
                continue
            if new_lo == lo + 1 and new_hi == hi + 1:
                if codes[hi] < 0:
                    self._measure(hi, min(len(codes), hi + _MEASURE_AHEAD))
                if counted:
                    # One line out, one in; nothing changes when they count alike.
                    changes = () if codes[lo] == codes[hi] else ((codes[lo], -1), (codes[hi], 1))
                    gap_out, gap_in = gap_codes[lo], gap_codes[hi - 1]
                    gap_changes = () if gap_out == gap_in else ((gap_out, -1), (gap_in, 1))
                else:
                    # Count the window afresh; far below zero where u is no column width, so
                    # that such a width never wins (see _read).
                    hist, units, gaps, wide = {}, [], ([], []), 0
                    support = [_NO_SUPPORT] * _MIN_UNIT + [0] * (_MAX_COLUMN_UNIT - _MIN_UNIT + 1)
                    support += [_NO_SUPPORT] * (_MAX_UNIT + 8 - len(support))
                    changes = [(codes[j], 1) for j in range(new_lo, new_hi)]
                    gap_changes = [(gap_codes[j], 1) for j in range(new_lo, new_hi - 1)]
                    counted = True
            elif new_lo == lo and new_hi == hi:
                found.append(read)
                continue
            elif counted and lo <= new_lo < hi <= new_hi:
                # A window further down that overlaps the one counted (a break skipped, the
                # start or the end of the text): the lines out and in are counted.
                self._measure(hi, new_hi)
                changes = [(codes[j], -1) for j in range(lo, new_lo)] + [(codes[j], 1) for j in range(hi, new_hi)]
                gap_changes = [(gap_codes[j], -1) for j in range(lo, new_lo)] + [
                    (gap_codes[j], 1) for j in range(hi - 1, new_hi - 1)
                ]
            else:
                read = self._read_afresh(new_lo, new_hi, share)
                lo, hi, counted = new_lo, new_hi, False
                found.append(read)
                continue
            lo, hi = new_lo, new_hi
            for code, step in changes:
                unit = code >> 1
                if unit > _WIDE_UNIT:
                    wide += step
                if code & 1:
                    if step > 0:
                        insort(units, unit)
                        hist[unit] = hist.get(unit, 0) + 1
                    else:
                        units.remove(unit)
                        count = hist[unit] - 1
                        if count:
                            hist[unit] = count
                        else:
                            del hist[unit]
                    # support[u] for u in unit - 2 .. unit + 3, written out
                    support[unit - 2] += step
                    support[unit - 1] += step
                    support[unit] += step
                    support[unit + 1] += step
                    support[unit + 2] += step
                    support[unit + 3] += step
            for code, step in gap_changes:
                if code & 3 < 2:
                    if step > 0:
                        insort(gaps[code & 3], code >> 2)
                    else:
                        gaps[code & 3].remove(code >> 2)
            if changes or gap_changes:
                read = self._read(hist, support, units, gaps, wide, hi - lo, share)
            found.append(read)
        return found

    def _read_afresh(self, lo: int, hi: int, share: float) -> Column | None:
        """The column of the window body[lo:hi] read from its lines (by bisection in their
        sorted widths): cheaper than counting them for a window read once."""
        self._measure(lo, hi)
        codes = self.codes[lo:hi]
        count = hi - lo
        if sum([code >> 1 > _WIDE_UNIT for code in codes]) > 0.15 * count:
            return None
        units = sorted([code >> 1 for code in codes if code & 1])
        plain = len(units)
        if plain < 3:
            return None
        best_support = best_exact = best_unit = 0
        for unit in set(units):
            if _MIN_UNIT <= unit <= _MAX_COLUMN_UNIT:
                support = bisect_right(units, unit + 2) - bisect_left(units, unit - 3)
                exact = bisect_right(units, unit) - bisect_left(units, unit)
                if (support, exact, unit) > (best_support, best_exact, best_unit):
                    best_support, best_exact, best_unit = support, exact, unit
        if best_support < 3 or best_support < share * plain:
            return None
        best_width = best_unit / 2
        limit = best_width + max(1.5, 0.08 * best_width)
        if plain - bisect_right(units, 2 * limit) > 0.15 * plain:
            return None  # lines wider than the "column": not wrapped text
        full_at = 2 * (best_width - max(2.0, 0.1 * best_width))
        gaps = [code & 3 for code in self.gap_codes[lo : hi - 1] if code >> 2 >= full_at]
        one_gap = gaps.count(1)
        return self._column(best_unit, one_gap >= 3 and one_gap > gaps.count(0))

    def _column(self, unit: int, blank_between: bool) -> Column:
        column = self._columns.get((unit, blank_between))
        if column is None:
            column = self._columns[unit, blank_between] = Column(unit / 2, blank_between)
        return column

    def _read(
        self,
        hist: dict[int, int],
        support: list[int],
        units: list[int],
        gaps: tuple[list[int], list[int]],
        wide: int,
        count: int,
        share: float,
    ) -> Column | None:
        """The regular line width of a window's lines, from its counts, if they have one."""
        plain = len(units)
        if wide > 0.15 * count or plain < 3:
            return None
        # The width most lines are, within a little: full lines are the column width, a
        # little less (Latin letters, a mark pulled to the next line) or a little more (a
        # mark pushed in). Counted all, exact ones preferred, then the wider.
        best_support, _, best_unit = max(zip(map(support.__getitem__, hist), hist.values(), hist, strict=True))
        if best_support < 3 or best_support < share * plain:
            return None
        if plain - bisect_right(units, _WIDER_THAN[best_unit]) > 0.15 * plain:
            return None  # lines wider than the "column": not wrapped text
        # How the column's lines are set: one blank line apart or none. Judged after full lines
        # only, for headings and short last lines stand away from the text either way.
        full_at = _FULL_AT[best_unit]
        no_gap, one_gap = gaps
        ones = len(one_gap) - bisect_left(one_gap, full_at)
        blank_between = ones >= 3 and ones > len(no_gap) - bisect_left(no_gap, full_at)
        column = self._columns.get((best_unit, blank_between))
        return column if column is not None else self._column(best_unit, blank_between)


def _column_line(line: Line) -> bool:
    """Is ``line`` at most ``MAX_COLUMN + 6`` wide? Every character but an ASCII space is at
    least half wide (see :func:`display_width`): a line with more than twice that many is
    not, and is not measured."""
    content = line.content
    if len(content) > 2 * (MAX_COLUMN + 6) and len(content) - content.count(" ") > 2 * (MAX_COLUMN + 6):
        return False
    return line.width <= MAX_COLUMN + 6


def _ends_paragraph_fast(raw: str) -> bool:
    """Does the line end with a sentence-final mark (perhaps closed by a quote)? A quick,
    conservative test: False sends the line to the full one."""
    end = raw.rstrip(_LINE_SPACE)
    if end[-1:] in _FINAL_SET:
        return True  # (no space to look through)
    end = INLINE_SPACE_RUN_RE.sub("", end[-8:])  # through OCR's spaces: ``覆盖。 ”``
    last = end[-1:]
    if last in _FINAL_SET:
        return True
    return last in _CLOSING_MARKS and end[-2:-1] in _FINAL_SET


def _candidate(a: Line, b: Line, gap: int) -> bool:
    """Cheap filter: breaks that could be a join or a split. Most clean breaks are not."""
    if gap > 1 or not a.has_cjk or not b.has_cjk:
        return False
    if gap == 0:
        return len(a.content) <= MAX_COLUMN + 10 and len(b.content) <= 2 * (MAX_COLUMN + 10)
    if not a.ends_paragraph:
        return True
    # A sentence end followed by a blank line: a join only inside column text set with
    # blank lines between its lines, where both lines are about as long.
    return len(a.content) <= MAX_COLUMN + 10 and abs(len(a.content) - len(b.content)) <= 0.3 * len(a.content) + 4


def _judge(lines: _Lines, body: list[int], k: int, gap: int, column: Column | None) -> Verdict | None:
    if lines.rows and (k in lines.rows or k + 1 in lines.rows):
        return None  # 股票名称　开盘　收盘 / 深发展　12.34　13.02: a table's rows stand one per line
    a, b = lines[body[k]], lines[body[k + 1]]
    a_kind, b_kind = a.kind, b.kind
    if column is not None and (a_kind == "byline" or b_kind == "byline"):
        wrapped = _wrapped_byline(a, b, gap, column)
        if wrapped:
            return Verdict(True, 0.8 if a_kind == "byline" else 0.75, wrapped)
    if b_kind == "list" and b.content.startswith(EM_DASH) and a_kind != "markdown" and _dash_goes_on(a, gap, column):
        reason = "a dash at the start of the next line may carry on a full line that stops mid-sentence (check it)"
        return Verdict(True, 0.7, reason)
    if a_kind == "list" and _outline_heading(a):
        return None  # 一、招聘岗位 / （二）报名条件: a heading, not a list item that wrapped
    if a_kind in ("markdown", "byline") or b_kind != "body" or b.indented:
        return _STRUCTURE if b_kind == "list" else None
    if _in_labelled_list(lines, body, k) or _in_labelled_list(lines, body, k + 1):
        return None  # 化学学院：袁志红、叶建波 / 医学院：叶丽华: one entry per line, set so on purpose
    if _numbered_rows(lines, body, k):
        return None  # 第2名 袁苑 2小时35分21秒 / 第3名 远晴 …: the rows of a ranking, one per line
    if _hard_end(a.content) or _GUTTER_RE.search(a.content) or _GUTTER_RE.search(b.content):
        return None
    if _chat_header(b.content) or _chat_log(lines, body):
        return None  # 好的，饭给你留着 ⏎ 我 2024/2/9 20:17: a chat log, one message per line
    if a.content in _LETTER_CLOSINGS or b.content in _LETTER_CLOSINGS:
        return None  # 此致 / 敬礼: a letter's closing stands on two lines of its own
    if gap > 0 and b.content[-1:] in _COLONS and len(b.content) <= _ADDRESS_MAX:
        return None  # 通知 ⏎⏎ 各市、县人民政府：: the addressee of a notice, or a salutation
    if gap == 0 and a.content[-1] in _DELIBERATE_END and _deliberate_lines(lines, body, k):
        return None
    if _DATELINE_RE.match(b.content) or _table_rows(a, b):
        return None  # 新华社北京1月9日电: an article starts; 1239·903·84 / 4020·026·57: a table's rows
    first = b.content[0]
    if first in _NO_LINE_START and not _may_start(b.content):
        if a.ends_paragraph and (first not in _CLOSING_MARKS or first in _ASCII_QUOTES):
            return None  # (after a sentence's end, an ASCII quote more likely opens the next)
        return Verdict(True, 0.9, f"the next line starts with '{first}', which cannot start a paragraph")
    if column is not None and a.width <= column._fits_to and b.width <= column._fits_to:  # column.fits(a), (b)
        return _judge_column(lines, body, k, gap, column)
    if gap == 0 and a.ends_paragraph:
        return None
    verdict = _judge_page_break(a, b)
    if verdict is None or verdict.confidence < 0.8 or verdict.rests_on not in _LAYOUT_ONLY:
        return verdict
    if k == 0 and gap > 0 and _title(lines, body, a, b):
        # 用了一个月iPhone 15，说说真实感受 ⏎⏎ 先说结论：: a title, not a sentence a page cut. Reported
        # all the same: a paragraph without a full stop shows the style of the text (see PAGE_CHARS).
        return Verdict(True, 0.7, verdict.reason + _TITLE, verdict.rests_on)
    if _parallel(a, b):
        return Verdict(True, 0.7, verdict.reason + _PARALLEL)
    if gap > 0:
        return verdict
    # Nothing but the missing full stop, a comma or a chance word says the line was cut, and no
    # blank line of a page break follows.
    if not _wrapped(lines, body, a):
        # No other line is as long, or many are longer: the text is set one line per
        # paragraph, verse, entry or review (喂马，劈柴，周游世界 / 窗外，又下起了雨; 小巧 /
        # 门卫问：有没有预定， / 随着孩子的长大: a review may stop at a comma).
        return Verdict(True, 0.7, verdict.reason + "; but no other line is as long as wrapped lines are (check it)")
    if a_kind == "list" and k > 0 and lines[body[k - 1]].kind == "list":
        # ●二忌…… / ●三忌……缺少灵活性 / 国家提出……: the items of a list stand one per line.
        return Verdict(True, 0.7, verdict.reason + "; but it ends a list of one item per line (check it)")
    return verdict


#: A sentence end with more of the line after it (。提起, 。”他说, OCR's 。 提起).
_SENTENCE_INSIDE_RE = re.compile(f"[\u3002\uff01\uff1f][\\s{CLOSING_MARK_CLASS}]*[^\\s{CLOSING_MARK_CLASS}]")
#: A news dateline: an article starts with it (新华社北京1月9日电, 本报讯, 据新华社香港一月六日电).
_DATELINE_RE = re.compile(
    "^[（(]?据?(?:新华社|本报|中新社|中新网|人民网|新华网|央视网|法新社|路透社|美联社|共同社|塔斯社)"
    "(?:[^，。！？]{0,16}?日)?[电讯]"
)
#: A line with at least this share of digits holds figures (a table's row), not prose.
NUMERIC_SHARE = 0.5


def _numeric(line: Line) -> bool:
    content = line.content
    return len(_DIGIT_RE.findall(content)) >= NUMERIC_SHARE * len(content)  # (5长春兰宝5.20: its . counts)


def _table_rows(a: Line, b: Line) -> bool:
    """Two rows of figures, or a row of figures and a heading (a table's head, the next title)."""
    last = a.content[-1]
    if not (last.isdigit() or last == "%" or b.content[0].isdigit()):
        return False  # (a row of figures ends with one, or the row after the head starts with one)
    if _numeric(a):
        return _numeric(b) or b.heading_like
    return a.heading_like and _numeric(b)


#: A row of a table: two cells or more set apart by gaps (chars.TABLE_CELL_GAP_RE: ideographic
#: spaces, or ASCII spaces as wide as a gutter), each at most this many characters long and
#: without a mark that ends a clause (chars.CLAUSE_MARK_RE). A dateline or a byline has one such
#: gap before an article that runs on past a comma (本报北京1月5日讯　记者王平报道：今年以来，…);
#: a dateline (_DATELINE_RE) is never a row, even where its line is cut before that comma
#: (本报北京1月5日讯　记者王平报 / 道：今年以来，…) below a byline, a date or a headline with gaps.
CELL_MAX_CHARS = 20
#: A table is several rows: a line shaped like a row is one only in a run of at least this many
#: such lines (next to one another, or one blank line apart) ...
TABLE_MIN_ROWS = 2
#: ... that shows a table: a row of three cells or more, a cell that is a figure (NUMERIC_SHARE of
#: its characters digits: 10.24秒, 3251亿美元, +0.68), or this many rows. Two lines of two cells without a
#: figure are not enough: a law's chapter and its first article wrapped in a column are shaped
#: so (第一章　总则 / 第一条　本法所称消费者是指 / 为生活消费需要……), and that article goes on.
TABLE_PLAIN_MIN_ROWS = 3


def _row_shape(content: str) -> tuple[int, bool] | None:
    """The cells of a line shaped like a table's row (see CELL_MAX_CHARS), and whether one is a
    figure; None for any other line (most lines: no gap inside, three substring tests in C)."""
    if "\u3000" not in content and "\t" not in content and "  " not in content:
        return None
    cells = TABLE_CELL_GAP_RE.split(content)
    if len(cells) < 2 or any(len(cell) > CELL_MAX_CHARS or CLAUSE_MARK_RE.search(cell) for cell in cells):
        return None
    if _DATELINE_RE.match(content):
        return None  # 本报北京1月5日讯　记者王平报: an article's first line
    figure = any(len(_DIGIT_RE.findall(cell)) >= NUMERIC_SHARE * len(cell) for cell in cells)
    return len(cells), figure


def _rows_near(lines: _Lines, body: list[int], near: Iterable[int]) -> set[int]:
    """Which of the body lines ``near`` (those beside a candidate break) are rows of a table?
    (Asked once per document.)"""
    known: dict[int, bool] = {}
    return {j for j in near if _in_table(lines, body, j, known)}


def _in_table(lines: _Lines, body: list[int], j: int, known: dict[int, bool]) -> bool:
    """Is body line ``j`` a row of a table (see TABLE_MIN_ROWS)? Worked out once for every line of
    its run of lines shaped like rows, and kept in ``known``. (Not :func:`_table_rows`, which
    reads a break between a row of figures and a heading.)"""
    found = known.get(j)
    if found is not None:
        return found
    shape = _row_shape(lines[body[j]].content)
    if shape is None:
        known[j] = False
        return False
    shapes = [shape]
    ends = [j, j]  # the first and the last row of the run
    for side, step in ((0, -1), (1, 1)):
        i = j
        while 0 <= i + step < len(body) and abs(body[i + step] - body[i]) <= 2:
            row = _row_shape(lines[body[i + step]].content)
            if row is None:
                break
            shapes.append(row)
            i += step
        ends[side] = i
    table = len(shapes) >= TABLE_MIN_ROWS and (
        len(shapes) >= TABLE_PLAIN_MIN_ROWS or any(cells >= 3 or figure for cells, figure in shapes)
    )
    for i in range(ends[0], ends[1] + 1):
        known[i] = table
    return table


def _uncut_joins(lines: _Lines, body: list[int], joins: list[int], columns: dict[int, Column | None]) -> dict[int, int]:
    """Of ``joins`` (breaks, ascending, joined on line lengths alone: the column width, or a
    missing full stop between lines as long as wrapped lines), those with
    UNCUT_MIN_JOINS or more such joins within WINDOW breaks (themselves included), or one in
    irregular lines (see _irregular; ``columns``: the column of each break), none of which
    shows wrapping (see _shows_wrapping), each with that count. Most breaks are answered by
    evidence found near them, so few are looked at."""
    found: dict[int, int] = {}
    shown: dict[int, bool] = {}
    last_shown = -WINDOW - 1  # the latest break known to show wrapping
    for k in joins:
        if last_shown >= k - WINDOW:
            continue  # (found in the window of an earlier break: it is at most k + WINDOW)
        lo, hi = bisect_left(joins, k - WINDOW), bisect_right(joins, k + WINDOW)
        if hi - lo < UNCUT_MIN_JOINS and not _irregular(lines, body, k, columns.get(k)):
            continue
        for j in reversed(joins[lo:hi]):  # the latest first: evidence there answers the breaks after k too
            wrapping = shown.get(j)
            if wrapping is None:
                wrapping = shown[j] = _shows_wrapping(lines[body[j]], lines[body[j + 1]])
            if wrapping:
                last_shown = j
                break
        else:
            found[k] = hi - lo
    return found


def _irregular(lines: _Lines, body: list[int], k: int, column: Column | None) -> bool:
    """Do fewer than REGULAR_FULL_SHARE of the lines within WINDOW of break ``k`` that end no
    paragraph fill ``column``?"""
    if column is None:
        return False
    near = [lines[i] for i in body[max(0, k - WINDOW + 1) : k + WINDOW + 1]]
    open_lines = [line for line in near if line.kind == "body" and not line.ends_paragraph]
    return sum(map(column.full, open_lines)) < REGULAR_FULL_SHARE * len(open_lines)


def _short_open_lines(lines: _Lines, body: list[int], k: int, column: Column) -> int:
    """How many lines within WINDOW of break ``k`` stop short of ``column`` without a mark and
    run straight on into another line, when none there shows wrapping: a sentence end inside
    a line, or a word across a break that wins the reading around it (see _word_wins; a word
    across made by chance, 小河 / 流过, is verse's too). Wrapped prose stops short only at a
    paragraph's end (a mark) or at a heading; verse does so at every other line (多想 /
    头上有一只发卡 / 像百合花一样美丽, People's Daily)."""
    lo, hi = max(0, k - WINDOW + 1), min(len(body) - 1, k + WINDOW)
    pairs = [(lines[body[j]], lines[body[j + 1]]) for j in range(lo, hi) if body[j + 1] - body[j] == 1]
    count = sum(
        1 for line, _ in pairs if not column.full(line) and not line.ends_paragraph and _HAN_END_RE.search(line.content)
    )
    if count < VERSE_SHORT_LINES:
        return count  # (most column text: the lexicon is not asked)
    for line, after in pairs:
        if _SENTENCE_INSIDE_RE.search(line.content) or (_cuts_word(line, after) and _word_wins(line, after)):
            return 0
    return count


def _shows_wrapping(a: Line, b: Line) -> bool:
    """Does the break between ``a`` and ``b`` show prose wrapped at a width: a sentence end
    inside either line, or a word cut by the break?"""
    return bool(_SENTENCE_INSIDE_RE.search(a.content) or _SENTENCE_INSIDE_RE.search(b.content)) or _cuts_word(a, b)


def _cuts_word(a: Line, b: Line) -> bool:
    """Does the break between ``a`` and ``b`` fall inside a word (a frequent word across it)?
    Not a character doubled across it: verse ends a line and starts the next with the same one
    (在乡音中生长 / 长到八十四). Not a number either: a table's rows end and start with digits."""
    word = _word_across(a, b)
    return word is not None and not (len(word) == 2 and word[0] == word[1])


def _set_apart_column(lines: _Lines, body: list[int], a: int) -> bool:
    """Is line ``a`` one of a column's lines set a blank line apart, where every line ends
    without a full stop? (Fewer than MIN_COLUMN_LINES lines are as long as one another by chance.)"""
    return len(body) >= MIN_COLUMN_LINES and _wrapped(lines, body, lines[a])


def _wrapped(lines: _Lines, body: list[int], line: Line) -> bool:
    """Is ``line`` as long as at least two other lines of the text, and are few lines much
    longer? Wrapped text has many lines of one length and none longer; text set one line per
    paragraph has lines of every length, and a headline is as long as a few by chance."""
    memo = lines.memo.get(("lengths",))
    if memo is None:
        lengths = sorted(_squeezed_length(lines.raws[i]) for i in body)
        memo = lines.memo[("lengths",)] = [lengths]
    lengths = memo[0]
    length = _squeezed_length(line.raw)
    alike = bisect_right(lengths, length + 1) - bisect_left(lengths, length - 1)
    if alike < 3 or alike < WRAPPED_ALIKE_SHARE * len(lengths):
        return False
    longer = len(lengths) - bisect_right(lengths, WRAPPED_LONGER * length + 2)
    return longer <= WRAPPED_LONGER_SHARE * len(lengths)


def _squeezed_length(raw: str) -> int:
    """The length of a line as cjk-space will leave it: without the spaces beside Chinese
    punctuation (字少。 小一点), so that a second cleaning measures the line as the first did."""
    text = raw.strip()
    return len(text) - len(_SQUEEZED_SPACE_RE.findall(text)) if " " in text else len(text)


#: Two or more spaces (or a tab) between two characters of a line, or leader dots: a table
#: row, a price list, a recipe (理发    20元, 五花肉  500克, 水煮鱼 ...... ¥68), never a line
#: OCR wrapped. (Width and cjk-space leave a row alone from four spaces, chars.TABLE_ROW_RE:
#: there two spaces may be a join's; here declining a join is the safe side.) Not two or three
#: spaces beside a Chinese punctuation mark (最后一句打错了。  原来): a typing habit cjk-space
#: squeezes after this stage, so that a second cleaning would judge the break otherwise.
_GUTTER_RE = re.compile(
    rf"\S(?: {{4,}}|\t)\s*\S|[^\s{CJK_PUNCT_CLASS}] {{2,3}}(?=[^\s{CJK_PUNCT_CLASS}])|\.{{4,}}|…{{3,}}|·{{4,}}"
)
#: What a line may end with that no line is cut inside: an emoticon, a time of day, a URL, an
#: e-mail address or a file name (an ASCII token of four characters or more with a letter and . / or @:
#: https://…/notice, 进度报告.pdf).
_LAST_TOKEN_RE = re.compile(r"[!-~]*$")
#: ... or code's end: a call, an attribute, a span of Markdown code (#[derive(PartialEq, Eq, Hash)]).
_CODE_END = frozenset(")]}`")
_COLONS = frozenset("：:")
#: A salutation or a notice's addressee line (各省、自治区、直辖市人民政府：) is this short.
_ADDRESS_MAX = 30
#: The first lines of a letter's closing formula (此致 / 敬礼, 顺颂 / 商祺).
_LETTER_CLOSINGS = frozenset(("此致", "顺颂", "顺祝", "即颂", "敬祝", "恭祝", "谨致"))


def _hard_end(line: str) -> bool:
    token = _LAST_TOKEN_RE.search(line).group()  # type: ignore[union-attr]  # (always matches)
    if token in _ASCII_EMOTICONS or EMOTICON_RE.fullmatch(token) or _TIME_RE.fullmatch(token):
        return True  # 羡慕了T_T, 明年再来吧 :-(, 我 10:05: a comment's end, a chat header
    return (
        len(token) >= 4
        and (token[-1] in _CODE_END or (token[-1] not in ",;:" and any(c in token for c in "./@")))
        and any(c.isalpha() for c in token)  # not a number a column cut (3052.1 / 4点)
    )


def _chat_header(line: str) -> bool:
    """A short line that ends in a time of day: a chat log's sender and time (我 2024/2/9 20:17)."""
    return len(line) <= _CHAT_HEADER_MAX and _TIME_RE.fullmatch(_LAST_TOKEN_RE.search(line).group()) is not None  # type: ignore[union-attr]


_CHAT_HEADER_MAX = 40


def _chat_log(lines: _Lines, body: list[int]) -> bool:
    """Is the text a chat log (two or more sender-and-time lines)? Its messages are lines of
    their own, however wide: 我可能要加班，尽量吧 / 地点定在学校东门老地方."""
    found = lines.memo.get(("chat",))
    if found is None:
        headers = sum(1 for i in body if _chat_header(lines.raws[i].strip()))
        found = lines.memo[("chat",)] = [headers >= 2]
    return found[0]


_ASCII_EMOTICONS = frozenset(("T_T", "TAT", "QAQ", "QwQ", "orz", "OTZ", "XD", "xD", "^_^", "-_-", "=_="))
_TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


#: A line that starts with a short label and a colon: 医学院：, 电话:, 主持人：, git status：.
_LABEL_RE = re.compile("[^：:\n，。、；！？“”]{2,24}(?:：|:(?![0-9]))")  # (no clause inside a label)


def _in_labelled_list(lines: _Lines, body: list[int], k: int) -> bool:
    """Is body line ``k`` one of two or more lines in a row that each start with a label and a
    colon (a list of entries, one per line)? One such line alone may be wrapped prose
    (摘要：本文……取得了 / 较好的效果。), and a line starting 表示： may carry on the line before."""
    if not _LABEL_RE.match(lines[body[k]].content):
        return False
    return (k > 0 and _LABEL_RE.match(lines[body[k - 1]].content) is not None) or (
        k + 1 < len(body) and _LABEL_RE.match(lines[body[k + 1]].content) is not None
    )


#: A line that starts with an item's number set apart from the rest (第2名 袁苑, 3号　李明, 2019年 1200万,
#: 第三名：): what comes before the number, the number, and what comes after it (a measure word).
_CHINESE_NUMBERS = "一二三四五六七八九十"
_ITEM_NUMBER_RE = re.compile(
    f"^(第?)([0-9]{{1,4}}|[{_CHINESE_NUMBERS}])([^\\s0-9{_CHINESE_NUMBERS}]{{0,2}})[ \t\u3000：:]"
)


def _numbered_in_turn(a: Line, b: Line) -> bool:
    """Do ``a`` and ``b`` start with the numbers of two items in turn, written alike and set apart
    from what follows (第2名 袁苑 2小时35分21秒 / 第3名 远晴 2小时41分05秒; 1号 / 2号)? The rows of a
    ranking, a roster or a timetable, one per line, however wide: no column wraps prose so that a
    line and the next both start with a number and a space, the next one higher."""
    first = _ITEM_NUMBER_RE.match(a.content)
    if first is None:
        return False
    second = _ITEM_NUMBER_RE.match(b.content)
    if second is None or first.group(1, 3) != second.group(1, 3):
        return False
    return _item_number(second.group(2)) == _item_number(first.group(2)) + 1


def _numbered_rows(lines: _Lines, body: list[int], k: int) -> bool:
    """Is either side of break ``k`` a row of a run numbered in turn (see _numbered_in_turn)? No
    break beside one is joined: not between two rows, nor after the last (数据来源：…) or before
    the first (a heading, a caption)."""
    a, b = lines[body[k]], lines[body[k + 1]]
    if _numbered_in_turn(a, b):
        return True
    if k > 0 and _numbered_in_turn(lines[body[k - 1]], a):
        return True
    return k + 2 < len(body) and _numbered_in_turn(b, lines[body[k + 2]])


def _item_number(text: str) -> int:
    """The value of an item's number: 12, or a Chinese numeral from 一 to 十."""
    return int(text) if text.isascii() else _CHINESE_NUMBERS.index(text) + 1


def _deliberate_lines(lines: _Lines, body: list[int], k: int) -> bool:
    """Is the break at ``k`` inside a run of short lines that each end on punctuation?

    Verse (白日依山尽， / 黄河入海流。), slogans and lists are set one phrase per line on
    purpose; a column that wraps prose almost never ends three lines in a row exactly on a
    mark, so such a run is laid out by hand, not wrapped.
    """

    line = lines[body[k]]
    if line.content[-1] not in _DELIBERATE_END or line.width > DELIBERATE_MAX_WIDTH:
        return False
    line = lines[body[k + 1]]
    if line.content[-1] not in _DELIBERATE_END or line.width > DELIBERATE_MAX_WIDTH:
        return False

    def deliberate(index: int) -> bool:
        line = lines[body[index]]
        return line.width <= DELIBERATE_MAX_WIDTH and line.content[-1] in _DELIBERATE_END

    # (the run is followed only as far as the count needs: followed to its ends from each of its
    # breaks, a page of thousands of short lines took seconds)
    lo = hi = k
    while hi - lo + 1 < DELIBERATE_MIN_LINES and lo > 0 and body[lo - 1] == body[lo] - 1 and deliberate(lo - 1):
        lo -= 1
    while (
        hi - lo + 1 < DELIBERATE_MIN_LINES
        and hi + 1 < len(body)
        and body[hi + 1] == body[hi] + 1
        and deliberate(hi + 1)
    ):
        hi += 1
    return hi - lo + 1 >= DELIBERATE_MIN_LINES


def _outline_heading(line: Line) -> bool:
    """A numbered outline heading: 一、 （二） 3. 第一章 and a short title without clause
    punctuation. (A line starting with a dash is not one: in wrapped text a dash can start
    any line.)"""
    marker = LIST_ITEM_RE.match(line.content)
    if marker is None or marker.group().strip()[:1] in _NOT_OUTLINE:
        return False
    title = line.content[marker.end() :]
    return 0 < len(title) <= OUTLINE_TITLE_MAX and not _CLAUSE_INSIDE_RE.search(title) and not line.ends_paragraph


def _dash_goes_on(a: Line, gap: int, column: Column | None) -> bool:
    """A dash (智能防护 / ——指挥调度) after a full column line that stops mid-sentence."""
    if column is None or gap != (1 if column.blank_between else 0) or not column.full(a):
        return False
    return not a.ends_paragraph and a.content[-1] not in _LIST_ITEM_END and a.content[-1] != FULLWIDTH_COLON


def _wrapped_byline(a: Line, b: Line, gap: int, column: Column | None) -> str | None:
    """A byline too long for its column line: its names go on (本报通讯员●张志 / 敏●王晓慧),
    or an author's name in brackets that ends a paragraph fell to the next line."""
    if column is None or (a.kind != "byline" and b.kind != "byline"):
        return None
    if gap != (1 if column.blank_between else 0) or not column.full(a):
        return None
    if a.kind == "byline" and BLACK_CIRCLE in a.content and b.kind != "list" and b.heading_like:
        return "a byline as wide as the column goes on in the next line"
    if b.kind == "byline" and a.kind == "body" and a.ends_paragraph and b.content[0] in "\uff08(":
        if column.blank_between:
            return None  # set one blank line apart like every line: a byline of its own, most likely
        return "the author's name in brackets may end the paragraph that fills the line before (check it)"
    return None


def _judge_column(lines: _Lines, body: list[int], k: int, gap: int, column: Column) -> Verdict | None:
    a, b = lines[body[k]], lines[body[k + 1]]
    extra_gap = gap - (1 if column.blank_between else 0)
    unclosed = _unclosed(a.content) if _OPENER_RE.search(a.content) else None
    if unclosed and not a.ends_paragraph and _closes_first(b.content, unclosed):
        mark = OPEN_TO_CLOSE[unclosed]
        return Verdict(True, 0.85, f"'{unclosed}' opened in this line is closed by '{mark}' in the next")
    if extra_gap > 0 and _isolated(lines, body, k) and a.heading_like and not column.blank_between:
        return None  # a heading standing away from its section (seed 002's end)
    cols = column.label
    if a.width >= column._full_at:  # column.full(a)
        if a.ends_paragraph:
            if extra_gap > 0:
                return Verdict(False, 0.85, "paragraph ends")
            if a.content[-1] in _CLOSING_MARKS and _ATTRIBUTION_RE.match(b.content):
                return Verdict(True, 0.85, "a quotation ends the line and the next says who said it")
            indented = _indented_paragraphs(lines, body, k, column)
            shortfall = _first_line_shortfall(b, column)
            if indented and shortfall >= INDENT_MIN and (shortfall <= INDENT_MAX or not b.ends_paragraph):
                return Verdict(False, 0.85, "paragraph ends: the next line is short by the indent of a first line")
            if indented and b.ends_paragraph and shortfall > INDENT_MAX:
                # The short sentence below is the paragraph's last line, or a paragraph of one
                # line (a caption: 民警在国门一线执勤巡逻。) whose indent cannot be seen.
                reason = (
                    f"a line as wide as the column ({cols}) ends a sentence; the next is one short sentence,"
                    " its own paragraph or this one's end (check it)"
                )
                return Verdict(True, 0.75, reason)
            if indented:
                reason = (
                    f"a line as wide as the column ({cols}) ends a sentence; the next is not indented: it carries on"
                )
                return Verdict(True, 0.85, reason, WIDTH)
            if gap == 0 and not _short_heading(b, column) and _paragraphs_set_apart(lines, body, k, column):
                reason = (
                    f"a line as wide as the column ({cols}) ends a sentence; paragraphs here are set a blank line"
                    " apart and none follows: it carries on"
                )
                return Verdict(True, 0.85, reason, WIDTH)
            reason = f"a line as wide as the column ({cols}) ends a sentence: the paragraph may go on (check it)"
            return Verdict(True, 0.75, reason)
        if extra_gap > 0:
            return Verdict(
                True, 0.85, f"a line as wide as the column ({cols}) stops mid-sentence at a page break", WIDTH
            )
        return column.carries_on
    if a.ends_paragraph:
        return Verdict(False, 0.9, "a short line that ends a sentence ends its paragraph")
    if last_mark(a) in _CLAUSE_END or last_mark(a) in _OPENERS:
        return Verdict(True, 0.8, f"a short line that stops at '{last_mark(a)}' carries on", WIDTH)
    forced = _forced_break(a, b, column)
    if forced:
        return Verdict(True, 0.85, f"a short line: {forced} did not fit at its end")
    starts_paragraph = k == 0 or _starts_paragraph(lines, body, k) or not column.full(lines[body[k - 1]])
    indent_width = starts_paragraph and a.width >= column.width - 2 - column.tolerance()
    if indent_width and not column.full(a) and _paragraph_indent(lines, body, k, column) is False:
        # Paragraphs here start with a full line: a short first line is a heading, not indented.
        indent_width = False
    evidence = _continuation(a, b)
    if indent_width and evidence:
        return Verdict(True, 0.85, f"the indented first line of a paragraph carries on: {evidence}")
    if indent_width and not a.heading_like:
        return Verdict(True, 0.85, "the indented first line of a paragraph carries on", WIDTH)
    if indent_width and extra_gap == 0 and column.full(b):
        return Verdict(True, 0.8, "the indented first line of a paragraph carries on into a full line", WIDTH)
    if indent_width:
        return Verdict(True, 0.75, "the indented first line of a paragraph probably carries on (check it)")
    if a.heading_like and not (starts_paragraph and evidence):
        return None
    if evidence:
        return Verdict(True, 0.8, f"a short line stops mid-sentence and carries on: {evidence}")
    return Verdict(True, 0.6, "a short line stops mid-sentence: a forced break or a heading (check it)")


def _first_line_shortfall(line: Line, column: Column) -> float:
    """How much narrower than the column ``line`` is, as the first line of a paragraph. A mark
    that no line may start with (，。”) is pushed onto the end of the line before: an
    indented first line short by two that ends in one reads only one short (在守护国门抗疫
    的战场上，), so a line exactly one short that ends in such a mark counts one more."""
    shortfall = column.width - line.width
    if shortfall == 1 and line.content[-1] in _NO_LINE_START:
        return shortfall + 1
    return shortfall


def _forced_break(a: Line, b: Line, column: Column) -> str | None:
    """The Latin word or number that starts ``b``, if it was too wide for the room left in ``a``."""
    match = _UNBREAKABLE_START_RE.match(b.content)
    if not match:
        return None
    room = column.width - a.width
    return f"'{match.group()}'" if display_width(match.group()) >= room - 1 else None


#: The page-break verdicts that rest on the missing full stop and the next line's first words
#: alone (STOP): they stand only where the text shows wrapping (see _wrapped).
_SHORT_THEN_FRAGMENT = "a short line, and the next starts with a fragment that finishes its sentence"
_SHORT_TAIL = "the next line is the short tail of this sentence"
_FRAGMENT = "the next line starts with a fragment that finishes this sentence"
_NO_FULL_STOP = "the line stops mid-sentence (no closing punctuation) and the next carries on"


def _judge_page_break(a: Line, b: Line) -> Verdict | None:
    """A paragraph line and the next, without a column to measure them by."""
    if a.ends_paragraph:
        return None
    last = last_mark(a)
    if last in _LIST_ITEM_END:
        # Items of a list end in ； (一是……；二是……；): the next may be the next item.
        return Verdict(True, 0.7, f"the line stops at '{last}': the next may be a new item (check it)")
    if last in _CLAUSE_END:
        return Verdict(True, 0.9, f"the line stops at '{last}', mid-sentence, and the next carries on", CLAUSE)
    if last in _OPENERS and not _FACE_END_RE.search(a.content):
        return Verdict(True, 0.9, f"the line ends with an opening '{last}'")
    unclosed = _unclosed(a.content)
    if unclosed and _closes_first(b.content, unclosed):
        mark = OPEN_TO_CLOSE[unclosed]
        return Verdict(True, 0.9, f"'{unclosed}' opened in this line is closed by '{mark}' in the next")
    if a.heading_like and last not in _NO_HEADING_END and not unclosed:
        # A heading, a title, a caption; or the start of a paragraph a page break cut short.
        if _CONTINUATION_START_RE.match(b.content) or (_fragment_start(a, b) and _word_across(a, b)):
            # (A fragment after a title needs a word across: 雪 ⏎⏎ 雪，以严冬为父 is a poem's title.)
            return Verdict(True, 0.85, _SHORT_THEN_FRAGMENT, STOP)
        word = _word_across(a, b)
        if word and _inside_word(a, b):
            reason = f"a short line cut inside the word '{word}': the two characters either side are no words"
            return Verdict(True, 0.85, reason, STOP)
        if word:
            return Verdict(True, 0.7, f"a short line, perhaps a heading; the word '{word}' spans the break (check it)")
        return None
    if last == FULLWIDTH_COLON:
        return Verdict(True, 0.6, "the line ends with a colon: what follows may be its own paragraph (check it)")
    if len(b.content) <= TAIL_MAX_CHARS and b.ends_paragraph and not _CLAUSE_INSIDE_RE.search(b.content[:-1]):
        return Verdict(True, 0.85, _SHORT_TAIL, STOP)
    if _fragment_start(a, b):
        return Verdict(True, 0.85, _FRAGMENT, STOP)
    evidence = _continuation(a, b)
    if evidence:
        # A word cut (最大限 / 度发挥), or two words that happen to make one across (不舒服 / 用的).
        chance = not _CONTINUATION_START_RE.match(b.content) and not _word_wins(a, b)
        return Verdict(True, 0.85, evidence, WORD if chance else "")
    if b.heading_like and not b.ends_paragraph and len(b.content) <= 20:
        return Verdict(True, 0.5, "the line stops mid-sentence, but the next looks like a heading (check it)")
    if _SENTENCE_START_RE.match(b.content):
        return Verdict(True, 0.6, "the line stops mid-sentence, but the next starts a sentence (check it)")
    return Verdict(True, 0.8, _NO_FULL_STOP, STOP)


def _may_start(line: str) -> bool:
    """Does ``line`` start with a mark that closes elsewhere but opens here? ``’97``; an ASCII
    quote closed again in the line (``'lenovo' logo``, ``"此期间预订……"``)."""
    first = line[0]
    if first == RIGHT_SINGLE_QUOTE:
        return line[1:2].isdigit()
    return first in _ASCII_QUOTES and line.count(first) % 2 == 0


_PARALLEL = "; but both lines start alike, as lines set in parallel do (check it)"


_TITLE = "; but it is the first line, as short as a title, and no page ends so soon (check it)"


def _title(lines: _Lines, body: list[int], a: Line, b: Line) -> bool:
    """Is ``a``, the first line of a document before a blank line, its title: as short as a
    heading, even with a comma or an enumeration comma inside (用了一个月iPhone 15，说说真实感受;
    北京三日游攻略：颐和园、圆明园一日游)? A page holds more than a title, so no page break comes
    after one. Asked of joins that rest on the layout alone (see _judge); all the same, the text
    may show a cut: a fragment that finishes a word across the break (as after a heading, see
    _judge_page_break), or the first lines of a column, as long as one another and as far apart
    (an excerpt that starts inside a paragraph: 党员在哪里，党的建设就 ⏎⏎ 推进到哪里，党在民族边 ⏎⏎ …).
    """
    if a.heading_like:
        return False  # judged as a heading already, on the words across (打好集智聚力 拧紧思 ⏎⏎ 想教育)
    if len(a.content.replace(" ", "")) > HEADING_MAX_CHARS or (_fragment_start(a, b) and _word_across(a, b)):
        return False
    if len(body) < 3 or body[2] - body[1] != body[1] - body[0]:
        return True
    # The next two lines as wide as it (or it short by an indent), as far apart: a column's first lines.
    slack = tolerance(a.width)
    return any(abs(lines[body[j]].width - a.width) > slack for j in (1, 2))


_UNDER_HEADING = "it stands under another short line, as a title's lines do, not a page's last"


def _under_heading(lines: _Lines, a: int) -> bool:
    """Is line ``a`` a short line right under another (第一章 / 小白 ⏎⏎ 花开的时候; 《月下独酌》 / 李白
    ⏎⏎ 花间一壶酒)? The lines of a title block (a chapter and its title, a poem and its author): a
    page breaks after a full line of its paragraph, not after two short ones, so a join across
    the blank line after it is only reported."""
    return a > 0 and lines[a].heading_like and not lines[a - 1].blank and lines[a - 1].heading_like


def _parallel(a: Line, b: Line) -> bool:
    """Do ``a`` and ``b`` start with the same hanzi and the same next character (雪，以严冬为父 /
    雪，以暖春为母; 无效的日期 %s / 无效的日期格式 %s)? Lines set in parallel (verse, a list, sorted
    messages) stand each whole; wrapped prose is rarely cut where the next line starts alike.
    (Not asked of a column's full lines: narrow columns of prose repeat a word every few lines,
    公安厅主办 / 公安局承办, and a full line is evidence enough.)"""
    return is_han(a.content[:1]) and a.content[:2] == b.content[:2]


def _fragment_start(a: Line, b: Line) -> bool:
    """Does ``b`` start with a clause of one or two hanzi that no sentence starts with (``务，``)?
    Not where ``a`` starts with such a clause too: lines set in parallel (雪，以严冬为父 /
    雪，以暖春为母; a recipe's 鸡蛋，两个 / 白糖，少许)."""
    match = _FIRST_CLAUSE_RE.match(b.content)
    return match is not None and match.group()[:-1] not in _OPENING_WORDS and not _FIRST_CLAUSE_RE.match(a.content)


def _continuation(a: Line, b: Line) -> str | None:
    """Evidence that ``b`` carries on the sentence ``a`` stopped in: a word across, ``的``."""
    if _CONTINUATION_START_RE.match(b.content):
        return f"no sentence starts with '{b.content[0]}'"
    word = _word_across(a, b)
    return f"the word '{word}' spans the break" if word else None


def last_mark(line: Line) -> str:
    return line.content[-1]


def _word_across(a: Line, b: Line) -> str | None:
    left, right = a.content[-3:], b.content[:3]
    if not (is_han(left[-1:]) and is_han(right[:1])):
        return None
    return lexicon.word_across(left, right)


_ASCII_QUOTES = frozenset("\"'")
#: A face that ends with an opening 《: 》_《 (frowning).
_FACE_END_RE = re.compile("[》<>^T][_﹏]+《$")
_HAN_TAIL_RE = re.compile(f"[{HAN_CLASS}]{{1,6}}$")
_HAN_HEAD_RE = re.compile(f"^[{HAN_CLASS}]{{1,6}}")


def _word_wins(a: Line, b: Line) -> bool:
    """Does the best reading of the hanzi either side of the break put a word across it, by
    WORD_WIN_MARGIN? (Called where :func:`_word_across` found one: both sides have hanzi.)"""
    tail, head = _HAN_TAIL_RE.search(a.content), _HAN_HEAD_RE.match(b.content)
    return tail is not None and head is not None and lexicon.crossing_gain(tail.group(), head.group()) > WORD_WIN_MARGIN


def _inside_word(a: Line, b: Line) -> bool:
    """Do neither the last two characters of ``a`` nor the first two of ``b`` form a word? With a
    word across the break, the break then cuts that word (始终坚 / 守在, 在战 / 疫一): a heading
    ends on a whole word and the paragraph after it starts with one (支队 / 日均)."""
    tail, head = a.content[-2:], b.content[:2]
    return not (_HAN_PAIR_RE.fullmatch(tail) and lexicon.is_word(tail)) and not (
        _HAN_PAIR_RE.fullmatch(head) and lexicon.is_word(head)
    )


def _unclosed(text: str) -> str | None:
    """The innermost quote or bracket opened in ``text`` and not closed, if any."""
    if _OPENER_RE.search(text) is None:
        return None
    stack: list[str] = []
    for ch in _BRACKET_RE.findall(text):  # the other characters change nothing
        if ch in _OPENERS:
            stack.append(ch)
        elif ch in _CLOSERS and stack and stack[-1] == _CLOSERS[ch]:
            stack.pop()
    return stack[-1] if stack else None


def _closes_first(text: str, opener: str) -> bool:
    """Does ``text`` close ``opener`` before it opens another one of the same kind?"""
    closer = OPEN_TO_CLOSE[opener]
    close_at, open_at = text.find(closer), text.find(opener)
    return close_at >= 0 and (open_at < 0 or close_at < open_at)


def _isolated(lines: _Lines, body: list[int], k: int) -> bool:
    """Line body[k] has a blank line (or the start of the text) before it."""
    return k == 0 or body[k] - body[k - 1] > 1


def _starts_paragraph(lines: _Lines, body: list[int], k: int) -> bool:
    """Line body[k] follows a line that ended a paragraph or stood away from it."""
    prev = lines[body[k - 1]]
    return prev.ends_paragraph or prev.kind != "body" or body[k] - body[k - 1] > 2


def _indented_paragraphs(lines: _Lines, body: list[int], k: int, column: Column) -> bool:
    """Do this column's paragraphs start with a line short by an indent (seed 002's do)?"""
    return _paragraph_indent(lines, body, k, column) is True


def _paragraph_indent(lines: _Lines, body: list[int], k: int, column: Column) -> bool | None:
    """Do this column's paragraphs start with a line short by an indent (True), with a full
    line (False), or is it not known (None, fewer than two paragraph starts to go by)?

    Judged on the lines that follow a clear paragraph end (a short line ending a sentence)
    within ``INDENT_REACH`` lines: their shortfall from the column width.
    """
    # The paragraph ends followed by a first line: the same for every break and every column
    # width, so worked out once per line (and per setting, one blank line between or none).
    wrap_gap = 1 if column.blank_between else 0
    memo = lines.memo.get(("indent", wrap_gap))
    if memo is None:
        unknown: list[tuple[Line, Line, Line] | None] = [None] * len(body)
        memo = lines.memo["indent", wrap_gap] = (unknown, bytearray(len(body)))  # values, which known
    starts, known = memo
    lo, hi = max(0, k - INDENT_REACH), min(len(body) - 2, k + INDENT_REACH)
    if lo < hi and known.find(0, lo, hi) >= 0:
        for j in range(lo, hi):
            if not known[j]:
                starts[j], known[j] = _paragraph_start(lines, body, j, wrap_gap), 1
    full_at, fits_to = column._full_at, column._fits_to
    shortfalls = [
        _first_line_shortfall(first, column)
        for end, first, second in filter(None, starts[lo:hi])
        # column.full(end), column.fits(first), column.full(second)
        if end.width < full_at and first.width <= fits_to and second.width >= full_at
    ]
    if len(shortfalls) < 2:
        return None
    shortfalls.sort()
    median = shortfalls[(len(shortfalls) - 1) // 2]
    if median < INDENT_MIN:
        return False
    return True if median <= INDENT_MAX else None


def _paragraph_start(lines: _Lines, body: list[int], j: int, wrap_gap: int) -> tuple[Line, Line, Line] | None:
    """Lines body[j], body[j + 1] and body[j + 2], if the first ends a sentence and the second
    does not (both body lines), set ``wrap_gap`` blank lines apart (the first two perhaps one
    more): a paragraph end and a first line, if the column finds the first short, the second
    not too wide and the third full (see :func:`_paragraph_indent`)."""
    if body[j + 1] - body[j] - 1 > wrap_gap + 1 or body[j + 2] - body[j + 1] - 1 != wrap_gap:
        return None
    end, first = lines[body[j]], lines[body[j + 1]]
    if not end.ends_paragraph or first.ends_paragraph or end.kind != "body" or first.kind != "body":
        return None
    return end, first, lines[body[j + 2]]


def _short_heading(line: Line, column: Column) -> bool:
    """A line shorter than the column, without clause punctuation, that ends no sentence: a
    heading (the last line of a paragraph ends its sentence)."""
    return not column.full(line) and line.heading_like and not line.ends_paragraph


def _paragraphs_set_apart(lines: _Lines, body: list[int], k: int, column: Column) -> bool:
    """Are this column's paragraphs set a blank line apart while its lines are not (seed 002's
    middle)? Judged on the clear paragraph ends (a short line ending a sentence) within
    ``INDENT_REACH`` lines of break ``k``: two and all, or three and nearly all followed by one
    blank line.
    """
    if column.blank_between:
        return False
    apart = together = 0
    for j in range(max(0, k - INDENT_REACH), min(len(body) - 1, k + INDENT_REACH)):
        end = lines[body[j]]
        if j == k or column.full(end) or not column.fits(end) or not end.ends_paragraph or end.kind != "body":
            continue
        if lines[body[j + 1]].kind != "body":
            continue
        gap = body[j + 1] - body[j] - 1
        if gap == 1:
            apart += 1
        elif gap == 0:
            together += 1
    if together == 0:
        return apart >= 2
    return apart >= PARAGRAPHS_APART_MIN and together <= PARAGRAPHS_APART_EXCEPTIONS * apart


def _interleaved(text: str) -> bool:
    """Do many paragraph lines (followed by a blank line) end mid-sentence? Seed 000 does."""
    long_lines = mid_sentence = 0
    for match in _LONG_LINE_BEFORE_BLANK_RE.finditer(text):
        long_lines += 1
        line = match.group(1).rstrip(_LINE_SPACE)
        if not PARAGRAPH_END_RE.search(line) and not MARKDOWN_BLOCK_RE.match(line):
            mid_sentence += 1
    return mid_sentence >= INTERLEAVED_MIN_BREAKS and mid_sentence > INTERLEAVED_SHARE * long_lines


def _unpunctuated(text: str) -> bool:
    """Too little Chinese punctuation to tell where sentences end (punctuation extracted as
    hanzi, seed 002 before punct-shift repairs it)."""
    marks = 0
    for mark in _SENTENCE_MARKS:  # the commonest first: prose has enough after one or two
        marks += text.count(mark)
        if marks * UNPUNCTUATED_RATIO >= len(text):
            return False
    return True


def _blocks_joined(lines: _Lines, breaks: list[tuple[int, int]], joined: list[int]) -> list[bool]:
    """For each break between lines a and b (ascending, no blank line between them): is a line
    of the block (lines without blank lines between) around a..b joined? (``joined``: sorted
    line numbers.)

    Each block is walked once: the breaks after the first in the same block take its answer
    (a column of a thousand short lines with no blank line is one block of a thousand breaks,
    and walking it for each was quadratic).
    """
    answers: list[bool] = []
    lo = hi = -1
    answer = False
    for a, b in breaks:
        if not lo <= a <= b <= hi:  # lo..hi holds no blank line: a..b inside it is in that block
            lo = a
            while lo > 0 and not lines[lo - 1].blank:
                lo -= 1
            hi = b
            while hi + 1 < len(lines.raws) and not lines[hi + 1].blank:
                hi += 1
            first = bisect_left(joined, lo)
            answer = first < len(joined) and joined[first] <= hi
        answers.append(answer)
    return answers


def _join_finding(text: str, a: Line, b: Line, confidence: float, reason: str) -> Finding:
    start = a.start + len(a.raw.rstrip(_TRAILING_SPACE))
    end = b.start + (len(b.raw) - len(b.raw.lstrip(_LEADING_SPACE)))
    left, right = a.content[-1], b.content[0]
    after = " " if left.isascii() and left.isalpha() and right.isascii() and right.isalpha() else ""
    span = Span(start, end)  # one value for the finding and its edit
    edit = Edit(span, text[start:end], after, RULE_JOIN, confidence, reason)
    return Finding(RULE_JOIN, span, reason, confidence, edit)


def _split_finding(a: Line) -> Finding:
    start = a.start + len(a.raw.rstrip(_TRAILING_SPACE))
    before = a.raw[len(a.raw.rstrip(_TRAILING_SPACE)) :] + "\n"
    reason = "the paragraph ends at this short line: a blank line separates it from the next"
    edit = Edit(Span(start, start + len(before)), before, "\n\n", RULE_SPLIT, 0.85, reason)
    return Finding(RULE_SPLIT, edit.span, reason, 0.85, edit)


STAGE = Stage(
    id="reflow",
    summary="join lines and paragraphs broken mid-sentence; keep headings, list items, captions, bylines",
    rules=(RULE_JOIN, RULE_SPLIT),
    detect=detect,
    rounds=3,  # a joined paragraph is new evidence (an open quote, fewer mid-sentence ends)
)
