"""Digits and the signs set inside numbers: runs of digit look-alikes (``圆园员猿`` = ``2013``)
read as a number when a unit, counter or pattern says so (clock times, months, hundredths,
records, table rows, numbered items, counters); the signs beside them (``．％∶／×～℃``), a
range's or a code's dash (``5要6级``, ``F要员远``), wind force, a year's apostrophe (``爷97``),
an item's parentheses (``渊源冤``) and the comma before a number.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Final, NamedTuple

from cleaner import lexicon
from cleaner.chars import (
    CLOSING_PUNCT,
    CODE_LETTER_CLASS,
    DEGREE_CELSIUS,
    EM_DASH,
    FULLWIDTH_COLON,
    FULLWIDTH_COMMA,
    FULLWIDTH_FULL_STOP,
    FULLWIDTH_HYPHEN_MINUS,
    FULLWIDTH_LEFT_PAREN,
    FULLWIDTH_PERCENT,
    FULLWIDTH_PLUS_SIGN,
    FULLWIDTH_RIGHT_PAREN,
    FULLWIDTH_SOLIDUS,
    FULLWIDTH_TILDE,
    HAN_CLASS,
    IDEOGRAPHIC_SPACE,
    LEFT_BOOK_TITLE,
    LEFT_CORNER_BRACKET,
    MIDDLE_DOT,
    MULTIPLICATION_SIGN,
    OPENING_PUNCT,
    RATIO,
    RIGHT_BOOK_TITLE,
    RIGHT_CORNER_BRACKET,
    RIGHT_SINGLE_QUOTE,
    ROMAN_NUMERAL_CLASS,
    STOP_PUNCT,
    is_han,
)
from cleaner.stages.punct_shift.decide import (
    _NAME_KINDS,
    DOUBT_FROM,
    ENOUGH_FROM,
    EV_ITEM,
    EV_LEXICON,
    EV_NAME,
    EV_NO_MARK,
    EV_OTHER,
    LIKELY_FROM,
    SURE_FROM,
    _Candidate,
    _covered,
)
from cleaner.stages.punct_shift.reading import (
    _SKIPPED,
    _WINDOW_REACH,
    _best_word_span,
    _clause_starts_at,
    _edge_word,
    _in_best_word,
    _line_starts_at,
    _reading_delta,
    _window,
    _without_skipped,
)
from cleaner.stages.punct_shift.table import (
    _COLUMN_GAP_RE,
    _INLINE_SPACES,
    _REAL_MARKS,
    COLON_LOOKALIKE,
    COMMA_LOOKALIKE,
    DASH_LOOKALIKE,
    DECIMAL_POINT,
    ENUMERATION,
    HYPHEN_MINUS_LOOKALIKE,
    STOP_LOOKALIKE,
    TITLE_CLOSER_LOOKALIKE,
    TITLE_LOOKALIKE,
    _all_lookalikes,
    _commonest_surnames,
    _high_risk,
    _letter_lookalikes,
    _lookalikes,
    _matches_led_by,
    _next_visible,
    _occurrences,
    _regexes,
    _roster_line,
    _surnames,
    per_text,
    shift_table,
)

#: log P(a number) at a point of garbled text.
LOG_P_NUMBER: Final = -3.0
#: A number's first digit that makes a word with the hanzi before it is taken from the word
#: only when the word costs more than this (log P) over the hanzi alone: a rare word (有源
#: -8.7, 有缘 -9.8 after 有) but not a role (会员 -4.3, 信息员 -6.9) nor 方圆 (-3.8).
NUMBER_BREAKS_WORD: Final = -7.5
#: Counters in traditional characters, which reviews from Hong Kong and Taiwan write (個 樓 層 億:
#: 住了怨個晚上, 在远樓, 员號樓的圆層, 中國员猿億人口); none is a word with a digit's hanzi before it.
TRADITIONAL_COUNTERS: Final = "個樓層億"
#: Characters a garbled number is followed by (units, counters) or preceded by.
#: Measure words (量词) of things counted in news text; most also start words (集团, 首先).
MEASURE_WORDS: Final = "艘根款座头匹架栋块份棵株枚颗首场段片间亩斤顿幅册本集票席卷瓶国省楼型度组队幢页克铢"
NUMBER_AFTER: Final = (
    "年月日时分秒号个万亿元角名次件项余多位岁条家所人天周届章节版米吨千百%‰°公点倍期辆台套批种类级层张只部篇户起发支"
    + MEASURE_WORDS
    + TRADITIONAL_COUNTERS
)
#: "More than" (多 余) follows a round number only (10多人, 二十余年, 300多万; never 6多人: a
#: count of 5 takes 个多, 5个多月), so after a number whose last digit is not 0 it is no unit and
#: the look-alike before it is the hanzi (远多于 "far more than", 远远多于), not a number (6多于).
APPROXIMATIONS: Final = frozenset("多余")
ROUND_DIGIT: Final = "0"


def _unit_char(char: str) -> bool:
    """Whether ``char`` is a unit or counter a number stands before (the text's end, '', is none:
    李圆圆 closing a text is a name, not 22)."""
    return char != "" and char in NUMBER_AFTER


#: The percent sign of printf's conversions: ``%`` before a conversion letter (``%s %d %ld``) or
#: before an argument's number and ``$`` (``%2$s``), in a program's messages, where a letter set
#: full-width is garbled too (``%泽`` is %s, ``%圆$泽`` %2$s). It is a placeholder, no percentage:
#: a number's look-alike before it is not that number's (软件源 %2$s is the software source, not 4%).
PRINTF_PERCENT: Final = "%"
#: How far an argument's number runs before its ``$`` (%12$s).
PRINTF_ARGUMENT_DIGITS: Final = 2
#: printf's conversion letters (C's, with Mozilla's %S for a string). Only these: a percentage
#: is followed by any word, and the letter look-alikes are common hanzi (5%再创新高, 4%月均, 3%造成).
PRINTF_CONVERSIONS: Final = "diouxXfFeEgGcspnS"
#: The length modifiers a conversion letter may follow (%ld %lu %lld %hd %zu).
PRINTF_LENGTHS: Final = frozenset("lhz")
#: The garbled conversions that stand for printf: 泽 (ｓ) and 凿 (ｄ), the string and the integer,
#: which no percentage is followed by (泽 'marsh', 凿 'chisel'); 杂 (Ｓ, Mozilla's %S) only after
#: an argument's ``n$`` (%1$杂): alone it starts 杂质 'impurity', which a percentage does precede.
PRINTF_GARBLED: Final = "泽凿"
PRINTF_GARBLED_POSITIONAL: Final = "泽凿杂"


def _printf_conversion(text: str, at: int) -> bool:
    """Whether the ``%`` at ``text[at]`` starts a printf conversion (PRINTF_PERCENT):
    ``%s``, ``%ld``, ``%泽``, ``%2$s``, ``%圆$泽``, ``%1$杂``; not ``%的``, ``%，``, ``%再`` after
    a percentage, nor ``%GDP`` ``%iPhone`` (a conversion letter that starts a Latin word)."""
    if text[at : at + 1] != PRINTF_PERCENT:
        return False
    at += 1
    number_end = at
    while number_end < at + PRINTF_ARGUMENT_DIGITS and _is_digit_at(text, number_end):
        number_end += 1
    positional = number_end > at and text[number_end : number_end + 1] == "$"
    if positional:
        at = number_end + 1
    while text[at : at + 1] in PRINTF_LENGTHS:
        at += 1
    char = text[at : at + 1]
    if char == "":
        return False
    if char.isascii():
        following = text[at + 1 : at + 2]
        return char in PRINTF_CONVERSIONS and not (following.isascii() and following.isalpha())
    return char in (PRINTF_GARBLED_POSITIONAL if positional else PRINTF_GARBLED)


def _unit_across_line_break(text: str, at: int, after: str) -> tuple[int, str]:
    """What follows a number of two or more look-alikes at a line's end, ``text[at]`` the line
    break: the next line's first character when it is a unit (a narrow column breaks 猿园⏎万人次
    between a number and its unit; not across a blank line, a paragraph's end), else the break."""
    following_at, following = _next_visible(text, at, 1)
    return (following_at, following) if following != "\n" and _unit_char(following) else (at, after)


def _approximation_after_unround(number: str, after: str) -> bool:
    """Whether ``after`` is 多 or 余 after ``number`` (its digits), a count no such word follows:
    one whose last digit is not 0, or one of two digits or more that starts with 0 (00多, 05余:
    a round count starts with no 0; 守门员袁园园多次 is the goalkeeper 袁园园, not ，00多次)."""
    return after in APPROXIMATIONS and (
        number[-1:] != ROUND_DIGIT or (len(number) > 1 and number.startswith(ROUND_DIGIT))
    )


#: Units of two characters (or three) whose first character is no unit by itself.
NUMBER_AFTER_WORDS: Final = (
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
    "大洋",
    "开本",
    # (兆 'mega' alone is a given name's after a surname's look-alike, 苑兆丰, and 愿兆民 'may the
    # people'; before 字节 'bytes' and 瓦 'watts' it is the unit's prefix: 约3兆字节, 6兆瓦)
    "兆字节",
    "兆瓦",
)
#: Counters that start common words (类型, 位置, 发展, 周围, 章节, 部门, 条件, 支持, 人民, 页面): after a
#: lone digit look-alike, such a word makes the counter none (数据源的源类型, 右边缘位置, 返回源页面).
WORD_START_COUNTERS: Final = "类位发周章节部条支人页"
#: Words those counters start that follow a number as one (5人次, 3部分, 5部门, 5周年, 6位数,
#: 5支队伍): there the counter is one, unless the look-alike ends a word (能源部门, 长远发展).
COUNTER_WORDS: Final = ("人次", "部分", "部门", "部委", "周年", "位数", "支队")
#: Words of a program's messages that the counters 集 (episodes), 组 (groups) and 分 (points)
#: start, which a lone number never stands before: a count of clusters, elements or branches
#: takes 个 (4个集群, 3个组件, 2个分支), so after a lone digit look-alike these are the word's
#: (源集群 the source cluster, 源集簇, 源组件 the source element, git's 源分支 the source branch).
#: Only these: 集 and 组 also start 集体 集中 组合 组成 组织, which follow a real count (分成5组合作,
#: 分为3组成员, 拍摄4集体育专题片), and 分 starts 分钟. Not 名称 (选拔了3名称职的教师: 名 counts
#: people before 称职 称为).
COUNTER_START_WORDS: Final = ("集群", "集簇", "组件", "分支")
#: Longer words that one of COUNTER_START_WORDS starts and a count does stand before
#: (共设立了3分支机构): there the counter reads as before.
COUNTED_START_WORDS: Final = ("分支机构",)
#: 公 is a unit only as the first character of these (5公里, 3公斤); alone it is 'public', 'male',
#: a duke, and starts words a number never stands before (的源公钥 'the source's public key',
#: 源公司, 猿公园): after a lone digit look-alike, 公 before anything else is no unit.
METRIC_PREFIX: Final = "公"
METRIC_UNITS: Final = ("公里", "公斤", "公顷", "公分", "公尺", "公亩", "公升", "公吨", "公制")
#: Of those, the counters that count too little (发: shots, 4发子弹) to stand before any word
#: they start, however rare (源发性 origin, 源发包 source package: 发性 7, 发包 21 in jieba).
RARE_WORD_COUNTERS: Final = frozenset("发")
#: Roles a byline's name follows (记者陈源发).
BYLINE_ROLES: Final = ("记者", "通讯员")
#: Counters read only after two or more look-alikes (员圆针 is 12针, 圆愿处 28处, a screen's
#: 员源寸 14寸, 员园步 10步, a shop's 员园单 10单 orders, a novel's 苑园回 70回 chapters, a shoe's
#: 源圆码 42码): after one,
#: too many are a word's (远处, 缘分, 方寸, 远步) or a name's, and a word they start (处理, 寸步,
#: 步行, 单位, 回来) is none.
RUN_COUNTERS: Final = frozenset("处轮口盒例针扇袋杯担封县对道门手强路寸步单回码")
#: Words that say a number of two or more look-alikes before them is one (装软件缘源左右 54左右,
#: 温度都在缘远以下): after one, a word holds them too often (远左右 'far to either side').
RUN_AFTER_WORDS: Final = ("左右", "以下", "以上")
#: 来 after a number before a counter: about so many (员园来个 is 10来个).
ABOUT: Final = "来"
#: 一 after a number before a counter: a price per one (又是猿园一位 is 30一位, 远远园一天 660一天),
#: read after two or more look-alikes that make no word (after one, 圆一个 远一点 are words').
PER_ONE: Final = "一"
#: The counters a price per one is for (30一位, 660一天, 200一晚): not 一个人, 一生, which a
#: nickname of doubled look-alikes goes on with (园园一个人在家, 苑苑一个人去了北京).
PER_ONE_COUNTERS: Final = frozenset("位天晚")
#: 年 and 月: a lone digit between them is a month (今年圆月底 is 今年2月底)
YEAR, MONTH = "年", "月"
#: What follows the number of an item at a line start (1、 2： 3． 4· 5.), real or garbled.
LIST_NUMBER_MARKS: Final = "、：．·尧院援窑:."
#: The personal pronouns (咱 of 咱们 too), which no number stands right before; 我 only in 我们,
#: for a figure's or table's number may stand before 我国 or 我省 (表3我国主要城市人口).
PERSONAL_PRONOUNS: Final = frozenset("你您他她它咱")
WE: Final = "我们"


def _pronoun_at(text: str, at: int) -> bool:
    """Whether a personal pronoun starts at ``text[at]`` (PERSONAL_PRONOUNS, WE)."""
    return text[at : at + 1] in PERSONAL_PRONOUNS or text.startswith(WE, at)


#: The colons of LIST_NUMBER_MARKS: a line that starts with a digit's look-alike and a colon,
#: which the text writes after a hanzi elsewhere, is a label as well (⏎源院新华社 beside
#: 图源院网络 is 源：新华社, the source of 来源：, no item 4：; but ⏎圆院话剧演出现场 is 2：).
ITEM_COLONS: Final = frozenset("：院:")


class _LabelUse(NamedTuple):
    """Where a label (a look-alike and a colon) stands after a hanzi in a text, ending a word
    (图源院, 来源院): found once per label, for every line that starts with it asks."""

    #: Whether it stands so anywhere (:func:`_label_elsewhere`).
    elsewhere: bool
    #: Whether it ends a short word that starts a line (⏎小圆：, ⏎水源：, ⏎上林苑：).
    ends_line_word: bool
    #: The two characters after each such place (来源：新华社: 新华).
    followers: frozenset[str]


#: How long a word a label ends at a line start may be (⏎小圆：, ⏎水源：, ⏎上林苑：).
LINE_LABEL_WORD: Final = 3


def _label_use(text: str, start: int, labels: dict[str, _LabelUse]) -> _LabelUse:
    """The :class:`_LabelUse` of the label at ``start`` (a line's start, so none of its places),
    kept in ``labels`` once found: one walk over the label's places per text, not per line."""
    label = text[start : start + 2]
    use = labels.get(label)
    if use is None:
        elsewhere = ends_line_word = False
        followers: set[str] = set()
        at = text.find(label)
        while at != -1:
            if at and is_han(text[at - 1]):
                elsewhere = True
                word = text[text.rfind("\n", 0, at) + 1 : at]
                ends_line_word = ends_line_word or (len(word) < LINE_LABEL_WORD and all(is_han(char) for char in word))
                followers.add(text[at + 2 : at + 4])
            at = text.find(label, at + 1)
        labels[label] = use = _LabelUse(elsewhere, ends_line_word, frozenset(followers))
    return use


def _label_elsewhere(text: str, start: int, labels: dict[str, _LabelUse]) -> bool:
    """Whether the look-alike at ``start`` (a line's start) and the colon after it stand
    elsewhere in the text after a hanzi, ending a word (图源院, 来源院)."""
    return _label_use(text, start, labels).elsewhere


#: The headings of a glossary (注释：⏎缘：沿着。⏎远：远近。): the lines under one gloss the words or
#: characters that start them, before a colon, and are numbered by none of them (the heads are
#: hanzi, 缘 and 远, whatever digits their look-alikes are), where the text before the heading
#: writes each head (a glossary glosses the text it follows: 缘溪行，忘路之远近) and the first is
#: no 1 (注释：⏎1：…⏎2：… numbers its notes: a list starts at 1, a glossary's heads are any hanzi).
GLOSSARY_HEADINGS: Final = ("注释", "注解", "释义", "解释", "字义", "词义", "注")
#: How many gloss lines (a head of GLOSS_HEAD_MAX hanzi at most, then a colon) a glossary's
#: heading reaches down.
GLOSS_LINES_REACH: Final = 30
GLOSS_HEAD_MAX: Final = 4
#: The number a list's first item has.
FIRST_ITEM: Final = "1"


def _glossary_heading(heading: str) -> bool:
    """Whether ``heading`` is one of GLOSSARY_HEADINGS, or ends with one of two hanzi (词语解释;
    关注 and 备注 end with 注 and gloss nothing)."""
    return heading in GLOSSARY_HEADINGS or heading.endswith(tuple(h for h in GLOSSARY_HEADINGS if len(h) > 1))


def _under_glossary_heading(text: str, start: int) -> bool:
    """Whether the line that ``start`` starts stands under a glossary's heading (one of
    GLOSSARY_HEADINGS ending with a colon, real or garbled), past gloss lines only (a head of
    hanzi and a colon: 缘：沿着。): see :func:`_glossary_lines`."""
    return start in _glossary_lines(text)


@per_text
def _glossary_lines(text: str) -> frozenset[int]:
    """The starts of the lines of ``text`` under a glossary's heading (:func:`_under_glossary_heading`),
    found once per text: the heading's gloss lines (GLOSS_LINES_REACH at most) and the line after
    them, where the first is no note numbered 1 and the text before the heading writes every head
    (:func:`_written_before`): notes numbered on from another number (解释：⏎3：…⏎4：…) are
    consecutive digits' look-alikes that the text glosses nowhere. A line's \r (\r\n) is no part of it."""
    found: set[int] = set()
    raw = text.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in raw[:-1]), initial=0))
    lines = [line.removesuffix("\r") for line in raw]
    first_items = (FIRST_ITEM, _lookalike_of_digit()[FIRST_ITEM])
    for index, line in enumerate(lines):
        if not (line[-1:] in ITEM_COLONS and _glossary_heading(line[:-1].strip())):
            continue
        under: list[int] = []
        heads: list[str] = []
        for below in range(index + 1, min(index + 1 + GLOSS_LINES_REACH, len(lines))):
            under.append(starts[below])
            head = _gloss_head(lines[below])
            if head is None:
                break
            heads.append(head)
        if (
            under
            and text[under[0] : under[0] + 1] not in first_items
            and all(_written_before(text, starts[index], head) for head in heads)
        ):
            found.update(under)
    return frozenset(found)


def _gloss_head(line: str) -> str | None:
    """The head of a gloss ``line`` (缘 of 缘：沿着。): GLOSS_HEAD_MAX hanzi at most before a colon."""
    colon = next((k for k, char in enumerate(line[: GLOSS_HEAD_MAX + 1]) if char in ITEM_COLONS), -1)
    if colon < 1 or not all(is_han(char) for char in line[:colon]):
        return None
    return line[:colon]


def _written_before(text: str, end: int, head: str) -> bool:
    """Whether ``text`` writes ``head`` before ``end`` where it is no number: no digit beside it
    and no 第 before it (缘溪行, 源远流长: not 第缘章, 表5缘). Look-alikes beside it may make a
    word with it (源远流长): a head read as a gloss loses at worst a note's number, a head read as
    a number changes a gloss's hanzi."""
    at = text.find(head, 0, end)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + len(head) : at + len(head) + 1]
        if not (_real_digit(before) or _real_digit(after) or _number_before(before)):
            return True
        at = text.find(head, at + 1, end)
    return False


def _sibling_item(digit: str, line_items: frozenset[str]) -> bool:
    """Whether another line starts with the item number before or after ``digit`` (an ASCII
    digit), of ``line_items`` (:func:`_line_item_numbers`): a list's items come in series
    (⏎3： … ⏎4：, ⏎3） … ⏎4：)."""
    number = int(digit)
    return str(number - 1) in line_items or str(number + 1) in line_items


#: What follows an item's number at a line start, besides LIST_NUMBER_MARKS: a closing
#: parenthesis, real or garbled (⏎3）开幕, ⏎5)合影, ⏎5冤合影).
ITEM_PARENS: Final = "）)冤"


def _line_item_numbers(text: str) -> frozenset[str]:
    """The ASCII digits that start a line as an item's number, as ASCII or as its look-alike,
    before a mark of LIST_NUMBER_MARKS or ITEM_PARENS (⏎3：, ⏎猿院, ⏎5）): found once per text."""
    digits = _lookalikes()[1]
    return frozenset(digits.get(match[1], match[1]) for match in _line_item_re().finditer(text))


@functools.cache
def _line_item_re() -> re.Pattern[str]:
    """An item's number (a digit or its look-alike) at a line start before its mark (see
    :func:`_line_item_numbers`); the digit is the group."""
    shown = "".join(_lookalikes()[1]) + "0123456789"
    return re.compile(f"^([{shown}])[{re.escape(LIST_NUMBER_MARKS + ITEM_PARENS)}]", re.MULTILINE)


def _after_list_heading(text: str, start: int) -> bool:
    """Whether the line before the one ``start`` starts ends with a colon after a hanzi: a
    heading that opens a list (注意事项：⏎4：请勿吸烟). 院 is that colon only where it makes no
    word with the hanzi before it (第二幕 医院⏎圆：你怎么来了 is a scene's place, no heading)."""
    end = start - 1
    if end < 2 or text[end] != "\n" or text[end - 1] not in ITEM_COLONS or not is_han(text[end - 2]):
        return False
    return text[end - 1] != COLON_LOOKALIKE or not lexicon.is_word(text[end - 2 : end], min_freq=1)


def _next_item_follows(text: str, start: int, digit: str) -> bool:
    """Whether the line after the one ``start`` starts begins with the item number after
    ``digit`` (an ASCII digit), as ASCII or as its look-alike, and its mark (⏎4：… ⏎5：)."""
    follower = str(int(digit) + 1)
    if len(follower) > 1:
        return False
    newline = text.find("\n", start)
    if newline == -1:
        return False
    first, mark = text[newline + 1 : newline + 2], text[newline + 2 : newline + 3]
    return first in (follower, _lookalike_of_digit()[follower]) and mark != "" and mark in LIST_NUMBER_MARKS


def _label_beyond_doubt(text: str, start: int, labels: dict[str, _LabelUse]) -> bool:
    """Whether the look-alike at ``start`` and the colon after it stand elsewhere as the end of
    a word that starts a line (人物：⏎圆：主角…⏎小圆：配角, 字义：⏎源：…⏎水源：), or before the
    same words (来源：新华社 … ⏎源：新华社): a glossary's or a cast's label, whatever the heading."""
    use = _label_use(text, start, labels)
    words = text[start + 2 : start + 4]
    return use.ends_line_word or (len(words) == 2 and words in use.followers)


def _listed(text: str, start: int, digit: str, lists: list[frozenset[str]], labels: dict[str, _LabelUse]) -> bool:
    """Whether the item number ``digit`` at the line start ``start`` is a list's: its sibling
    starts another line (:func:`_sibling_item`), or a heading that ends with a colon is the line
    before it and it is the list's first item or the next line starts with the next (a label
    that follows a heading, 人物：⏎圆：主角, is none). ``lists`` keeps the text's line-start item
    numbers once found."""
    if (
        _after_list_heading(text, start)
        and (digit == "1" or _next_item_follows(text, start, digit))
        and not _label_beyond_doubt(text, start, labels)
    ):
        return True
    if not lists:
        lists.append(_line_item_numbers(text))
    return _sibling_item(digit, lists[0])


@functools.cache
def _lookalike_of_digit() -> dict[str, str]:
    """ASCII digit -> its look-alike (4 -> 源)."""
    return {digit: hanzi for hanzi, digit in _lookalikes()[1].items()}


#: What follows the number of an item of a list (1. 2、 3， 4） 5。 6：), real or garbled (the
#: look-alikes of these marks are read as their marks by :func:`_item_mark`).
LIST_ITEM_MARKS: Final = ".．,，、)）。：:\\"
#: Where the number of an item of a list starts: a line's start, or after the end of a
#: sentence, a colon, a comma or a space (real or garbled: 遥 院 曰 袁 are 。：；，).
LIST_ITEM_AFTER: Final = "。！？：；，.!?:;, " + IDEOGRAPHIC_SPACE
#: How far apart the numbers of one list may stand (reviews number their points line by line).
LIST_REACH: Final = 1500
#: Where the number of an item written with no mark after it starts (⏎猿酒店结帐时…, 。苑服务意识
#: 太差, ）远房间里…): a line's start, after a sentence's end, a closing parenthesis or a space
#: (real or garbled: 遥 浴 钥 冤 are 。！？）);
#: not after a comma or a colon, where a clause goes on (，远在…, ：源于…).
BARE_ITEM_AFTER: Final = "。！？）.!?) " + IDEOGRAPHIC_SPACE
#: How many items of a list with no mark, counted on in a row (猿酒店… 源让… 缘电工…), a number
#: of look-alikes needs with no item in real digits beside it: a sentence may start with a
#: hanzi of a digit that starts no word (愿你…, 怨我…), but not so many in a row, each one more.
BARE_ITEM_RUN: Final = 3
#: The note of a number read as an item of a list whose next or previous item is there too.
LIST_NOTE: Final = "an item of a numbered list, beside the item before or after it with the same mark (1. … 2.)"
#: What parts two numbers counted on, the second one more (4，5个频道, 5、6天), real or garbled.
NEXT_NUMBER_SEPARATORS: Final = "，、,袁尧"
#: The note of a number read by :func:`_next_numbers`.
NEXT_NUMBER_NOTE: Final = "one of two numbers counted on before a unit or a counter (4，5个, 5、6天)"
#: The colons between the hour and the minutes of a time of day (12:30, 8：30) or the sides of
#: a screen's ratio (16：9), as written or garbled (院, read by :func:`_time_re`).
TIME_COLONS: Final = ":" + FULLWIDTH_COLON + RATIO
#: The units a time's minutes may be followed by (3：45分, 17：30点), though the last digit
#: makes a word with them (缘分, 园点).
TIME_UNITS: Final = frozenset("分点")
#: The signs between the parts of a date, a time or a code written in ASCII digits, after
#: which a number goes on (2009-5-22, 14:43:34).
CHAIN_SIGNS: Final = frozenset("-:/")
CHAIN_NOTE: Final = "the next part of a date, time or code written in ASCII digits (2009-5-22, 14:43:34)"
#: What follows a round number only (30几岁 "thirty-odd", 80后 "born in the eighties").
ROUND_FOLLOWERS: Final = frozenset("几后")
#: A generation, by the last two digits of its birth years, before 后: 80后 90后 00后 05后.
GENERATION: Final = "后"
GENERATION_DIGITS: Final = 2
ROUND_NOTE: Final = "a round number before 几 or 后 (30几岁, 80后)"
#: What a round sum of money follows with no unit in reviews (停车先收圆园快一天 is 收20, 花猿园去
#: 装系统, 费用远园, 涨了缘园, 每人圆园): two look-alikes, the second 园, that start no word with
#: what follows (园区, 园地, 园林 are a garden's).
PRICE_BEFORE: Final = ("收", "花", "费用", "涨了", "每人")
#: What a cost follows, a run of look-alikes whose first makes a word with it (要员缘天 要员怨愿园元 are
#: 要15天 要1980元, 每人员缘元 每人15元; 要员 is an official, 人员 staff).
COST_BEFORE: Final = ("要", "每人")
#: The counters of persons, which a number of 要员 or 人员 takes (有要员缘人出席 is 要员5人,
#: 要员圆缘名 要员25名): after COST_BEFORE no cost is read before them (要员缘天 is 要15天).
PERSON_COUNTERS: Final = frozenset("人名位个者")
PRICE_NOTE: Final = "a round sum of money after a verb of paying (收20, 花30, 费用60)"
#: An HTML character reference (&#38388;): its digits are a number.
CHARACTER_REFERENCE: Final = "&#"
REFERENCE_NOTE: Final = "the digits of an HTML character reference (&#38388;)"
#: A screen's aspect ratios, read with every digit garbled (员远院怨 is 16：9).
ASPECT_RATIOS: Final = frozenset(("16:9", "16:10", "4:3", "5:4", "21:9", "3:2"))
#: The note of a number read as a time of day or a ratio.
TIME_NOTE: Final = "a time of day or a ratio: one or two digits, a colon and two digits (8:30, 16:10)"
#: Counters of informal text after one digit look-alike, none a word with a look-alike
#: before it (源星 远芯 缘遍 猿杯 员晚): a hotel's stars, a battery's cells, times, cups, nights;
#: 分钟 (缘分 is a word, 缘分钟 is 5分钟), 号楼 (圆号, a horn; 圆号楼 is 2号楼), 號樓 as written in
#: traditional characters; a television's channels (猿频道), a price's dimes (远角钱) and its
#: discount (打了怨折), kinds of food (只有愿样), rounds walked (转了猿圈).
INFORMAL_COUNTERS: Final = ("星", "芯", "遍", "杯", "晚", "分钟", "号楼", "號樓", "频道", "角钱", "折", "样", "圈")
#: The look-alike of 2 that means "round" before a noun those counters also are (圆杯, 圆芯).
CIRCLE: Final = "圆"
#: The counter (晚, nights) and what stands before 圆 where 圆 is a count before it, not round
#: (住了圆晚, 连住圆晚 are 2晚: after 住 or 了 only, as 圆 ends a clause before 晚 elsewhere:
#: 中秋月圆晚风很凉, 梦圆晚了十年).
CIRCLE_COUNTED, CIRCLE_COUNTED_AFTER = "晚", "住了"
#: Words those counters start that are still the counter after a number (4星级).
INFORMAL_COUNTER_WORDS: Final = ("星级",)
#: A hotel's stars are one to five (源星级 is 4星级).
MOST_STARS: Final = 5
#: What follows 星 of a hotel's rank (4星级, 4星以上), after which only the lexicon's best reading
#: keeps the look-alike before 星 a hanzi (来源星级 would; 只有源星以上 is 4星: 有源 is rare).
STAR, STAR_RANK_AFTER = "星", ("级", "以上")
#: Units in Latin letters a number stands before in technical and informal text (员G内存 is
#: 1G, 圆km, 源K, 员园MB): the whole run of letters after the look-alikes must be one of them
#: (not T alone: 点菜员T恤 is a waiter's T-shirt).
LATIN_UNITS: Final = frozenset(
    ("G", "GB", "g", "M", "MB", "K", "KB", "k", "km", "TB", "Hz", "MHz", "GHz", "mm", "cm", "kg", "mAh")
)
#: What says a unit in Latin letters is of memory after it (员G内存, 员G的内存, 员G显存), where a
#: lone 员 源 远 before it is the number whatever stands before (变成员G显存; 变成员G组 a group).
MEMORY_AFTER: Final = ("内存", "显存", "的内存", "的显存")
#: Lone look-alikes not read after Latin letters: 源 is a source after them (RSS源, YUM源, IP源),
#: 园 a garden (A园区), 员 a member, 远 far (IT员, A远) and 苑 an estate (CBD苑, SOHO苑, A苑).
LATIN_LONE_KEPT: Final = frozenset("源园员远苑")
#: ... and 源 alone is no identifier's number after a word in Latin letters either, whatever
#: follows it: a source of software (unstable源，experimental源, apt源)
IDENTIFIER_NEVER: Final = "源"
#: Names in Latin letters (any case) a version's or an edition's number follows, and the lone
#: look-alikes of LATIN_LONE_KEPT that name such a version after them: Win苑 WIN苑 win苑和xp
#: (Windows 7), COD源 (Call of Duty 4); no estate or garden is named so. Only those: a source
#: after Windows is software's (windows源需要), and 远 'far' compares (Windows远比Linux难用).
VERSIONED_NAMES: Final = {"win": "苑", "windows": "苑", "cod": "源"}
CODE_NOTE: Final = "a number after the Latin letters of a code or a version (Win7, DDR3, U100)"
LATIN_UNIT_NOTE: Final = "a number before its unit in Latin letters (1G, 2km)"
#: Between two numbers: a range (8-10, 10～20, 3至5).
#: Nouns a number of one or two digits never stands right before, without a counter between
#: (no 5公司, 54集团 in People's Daily, the reviews or the help; 3家公司): look-alikes there are a
#: company's name (缘源公司, 以下简称缘源公司). Not 医院: 251医院 is an army hospital's number.
NAME_BEFORE = ("公司", "集团")
NAME_MAX_DIGITS: Final = 2
NUMBER_RANGE: Final = "-~～至到"
NUMBER_BEFORE: Final = "第〔［"
DATE_UNITS: Final = frozenset("年月")


def _number_before(char: str) -> bool:
    """Whether ``char`` is one a number stands after (the text's start, '', is none: 远上寒山,
    苑东社区 open texts)."""
    return char != "" and char in NUMBER_BEFORE


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


def _number_candidates(
    text: str, latin: list[_Candidate] | None = None, read_signs: list[_Candidate] | None = None
) -> list[_Candidate]:
    """Runs of digit look-alikes (圆园员猿 = 2013): four or more, or next to a unit or a counter,
    or next to a Latin word read in ``latin`` (员园灶皂 is 10nm, 孕员园 P10) or before a ℃ or ％
    read in ``read_signs`` (:func:`_number_sign_candidates`).

    A look-alike at either end that makes a word with the character beside it (人员圆园 ->
    员 belongs to 人员) is left out of the number.
    """
    _, _, number_re = _regexes()
    _, digits, point = _lookalikes()
    dot = _dot_lookalike()  # 4窑圆怨 is “4·29”
    signs = _number_signs()  # 圆缘益 is 25℃, 猿伊源 is 3×4
    after_signs = {h for h, symbol in signs.items() if symbol in SIGNS_AFTER}  # 益 豫
    # (where a ℃ or ％ is read as the sign itself: 豫 of 来源豫章 is none, the number not read there)
    sign_starts = {
        c.start
        for c in (_number_sign_candidates(text) if read_signs is None else read_signs)
        if c.symbol in AFTER_OUTPUTS
    }
    unit_chars, prefix_chars = _lone_number_context()
    apostrophe = _apostrophe()
    pattern_before, pattern_after = _number_pattern_triggers()
    latin_starts = {c.start: c.end for c in latin or ()}
    latin_ends = {c.end for c in latin or ()}
    acronym_starts = {c.start for c in latin or () if _acronym(c.symbol)}
    # (宰陨晕苑 憎蚤灶凿燥憎泽苑: a version after a name read in Latin letters, as after Win written so)
    versions = {c.end: VERSIONED_NAMES.get(c.symbol.lower(), "") for c in latin or ()}
    known: dict[str, dict] = {}  # (the shapes _known_reading has read in the whole text so far)
    lists: list[frozenset[str]] = []  # (the line-start item numbers, found once when first asked)
    labels: dict[str, _LabelUse] = {}  # (where each line-start label stands elsewhere, found once)
    found = []
    n = len(text)
    for match in number_re.finditer(text):
        start, end = match.span()
        if text.startswith(NAME_BEFORE, end) and end - start <= NAME_MAX_DIGITS:
            continue  # (缘源公司: a company's name)
        if _source_beside_target(text, start, end):
            continue  # (源集簇和目标集簇: the source, named beside the target)
        reading = _known_reading(text, start, end, known)
        if reading is None and ((start and text[start - 1] < "\x80") or (end < n and text[end] < "\x80")):
            formula = _formula_context(text, start, end)
            evidence = SURE_FROM
            if formula is None:
                formula = _set_apart(text, start, end, latin_ends)
                evidence = LIKELY_FROM
            if formula is not None:
                symbol = "".join(DECIMAL_POINT if c == point else digits[c] for c in text[start:end])
                cand = _Candidate(start, end, text[start:end], symbol)
                cand.add(evidence, formula, EV_OTHER)
                found.append(cand)
                continue
        pattern = (
            reading[1]
            if reading is not None
            else _number_pattern(text, start, end)
            if text[start - 1 : start] in pattern_before or text[end : end + 1] in pattern_after
            else None
        )
        # (变成员郧显存: before a unit read in Latin letters with memory after it, the number is
        # whole though a word ends in it, as before 员G显存; :func:`_latin_codes`)
        memory = end in latin_starts and text.startswith(MEMORY_AFTER, latin_starts[end])
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
            prefix = before in prefix_chars or before.isdigit() or not before or text[start] in versions.get(start, "")
            unit_after = unit_after or memory
            if not (unit_after or prefix):
                # (the rarer contexts: 1尧缘, 缘尧1, an item at a line start, （1）)
                prefix = (
                    (before != "" and before in ENUMERATION and _is_digit_at(text, start - 2))
                    or (after != "" and after in ENUMERATION and _is_digit_at(text, end + 1))
                    or (before == "\n" and (after in LIST_NUMBER_MARKS or after in ("", "\n")))
                    or _roster_rank(text, start, end)
                    or (before in ITEM_OPEN and _numbered_item(text, start, end))
                    # (员门至圆门; ``after`` is no unit here, so only a counter of a run may start one)
                    or (after != "" and after in RUN_COUNTERS and _unit_range(text, start, end))
                    # (以猿比员: a score said with 比)
                    or _score_word_after(text, start)
                    or _score_word_before(text, start)
                    # (猿行源列: a grid's rows and columns)
                    or _grid_shape_at(text, start, end)
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
        in_range = in_range or _range_up_to_count(text, end)
        # 日圆园时 after 9: a number after a unit after a number (9日20时), however 日圆 reads
        after_unit = start >= 2 and text[start - 1] in DATE_TIME_UNITS and _is_digit_at(text, start - 2)
        # 员月13日: a month before a day keeps its digit (会议员月: 议员 is a word, 1月13日 a date)
        # (but 人员员月8日 is 人员1月8日: only a lone digit is kept whole)
        after_unit = after_unit or (
            end - start == 1 and text[end : end + 1] in DATE_UNITS and _is_digit_at(text, end + 1)
        )
        item = end - start <= 2 and start > 0 and text[start - 1] in ITEM_OPEN and _numbered_item(text, start, end)
        item = item or pattern is not None
        # 战成员颐员平: a score's first number, though it ends a word (成员)
        score = end - start == 1 and (_score_at(text, end) or _score_word_after(text, start))
        # 重伤猿件渊猿人冤: a count in parentheses after a count, though a word holds it (猿人)
        score = score or (end - start == 1 and _count_in_parentheses(text, start))
        # 都为猿行源列: a grid's rows and columns, two counts read together as a score's numbers are
        score = score or (end - start <= 2 and _grid_shape_at(text, start, end))
        cost = _cost_before_run(text, start, end) or memory
        # 今天缘益 is 今天5℃: ℃ and ％ stand after a number only, so the look-alike of one read
        # after a lone digit's keeps the digit whole, though it ends a word (天缘); only where the
        # sign itself is read (来源豫章: 豫 after the word 来源 is the province, no ％ to keep 源)
        signed = end - start == 1 and end in sign_starts
        # 指令遥远位当班, 领导遥远月袁: a count or a date right after the full stop's look-alike
        stop_count = _count_after_stop(text, start, end)
        while (
            start < end
            # (工业园员至怨月 is 工业园 1至9月: a range's first number starts with no 0 either)
            and (not in_range or _zero_led(text, start, end))
            and not stop_count
            and not after_unit
            and not item
            and not score
            and not cost
            and not signed
            and text[start + 1 : start + 2] != point
            and not _zero_keeps_lead(text, start, end)
            and (
                (_edge_word(text, start, -1) and _ends_best_word(text, start))
                or (start + 1 < end and _given_name_in_byline(text, start))
            )
        ):
            # (人员圆园 is 人员20; but 集资源援园苑亿元 is 集资4.07亿元: no number starts with .;
            # 记者王远猿远岁 is 王远 36岁: the look-alike after a surname where a name starts)
            start += 1
        while (
            end > start
            and not in_range
            and not item
            and _edge_word(text, end - 1, 1)
            and not _unit_char(_next_visible(text, end - 1, 1)[1])
        ):
            end -= 1  # 员工, but not 缘分 in 猿缘分 (35分)
        if pattern is None and start > match.start() and _generation_after_word(text, start, end):
            pattern, item = ROUND_NOTE, True  # (会员园园后: 员 ends 会员, 园园后 is 00后)
        if (
            end - start >= 2
            and not in_range
            and (_name_before_value(text, start, end) or _month_lead_no_digit(text, start, end))
        ):
            start += 1  # 记者王远员月远日 is 王远 1月6日: no month 61; 远 ends the name before it
        elif end - start >= 3 and not in_range and _doubled_word_before_value(text, start, end):
            start += 2  # 远远圆园员愿年 is 远远 2018年: no year 662018
        while end - start >= 2 and _far_after_score(text, start, end, signs):
            end -= 1  # 猿颐员远胜对手 is 3∶1远胜对手: 远 'far' before a comparison, after the score
        while start < end and text[start] == point:
            start += 1
        while end > start and text[end - 1] == point:
            end -= 1
        if start == end or _after_ascii_digit(text, start):
            continue
        run = text[start:end]
        after_at, after = _next_visible(text, end - 1, 1)
        if after == "\n" and end - start >= 2:
            # (not a lone look-alike: 一、软件源⏎公司 ends a heading with the source 源)
            after_at, after = _unit_across_line_break(text, after_at, after)
        next_at, next_ = _next_visible(text, after_at, 1)
        followed_by_number = next_ in digits or (next_.isascii() and next_.isdigit())
        # (远远 源源 圆圆 before what tells the word, not a number: 远远好于, 圆圆发表, 源源2018年)
        word_run = _doubled_word_goes_on(text, start, end)
        unit = (
            (
                _unit_char(after)
                and not (len(run) == 1 and _counter_starts_word(text, after_at))
                and not word_run
                and not _printf_conversion(text, after_at)  # (软件源 %2$s: a placeholder, no 4%)
                # (远多于: no 6多; 园园多次: no 00多)
                and not _approximation_after_unround("".join(digits.get(c, "") for c in run), after)
            )
            or text.startswith(NUMBER_AFTER_WORDS, after_at)
            # (an ASCII digit right after two look-alikes or more; a lone one across a space is no
            # part of the number: 网格员 96名 is no 1 96, nor a word, a name's cell: 圆圆　12 is no
            # 22 12. One look-alike before an ASCII digit is no digit of its number, which a page
            # sets full-width whole or not at all: 愿2018年一切顺利 is a wish, 圆3个梦想 a dream)
            or (
                after.isascii()
                and after.isdigit()
                and len(run) > 1
                and not word_run
                and (after_at == end or not lexicon.is_word(run, min_freq=1))
            )
            or (
                after != ""
                and after in NUMBER_RANGE
                and followed_by_number
                # (源源到10点: 源源 'on and on' before 到; a word's look-alikes start a range only
                # where it goes up)
                and not (lexicon.is_word(run, min_freq=1) and not _ascending(text, end - 1, next_at, start))
            )
            or _sign_read_after(text, start, after_at, after_signs)
            or (after in signs and (followed_by_number or _cell_sign_at(text, after_at + 1)))
            or (after == dot and followed_by_number)
            or (after == DASH_LOOKALIKE and _range_dash(text, after_at) is not None)
            or (
                len(run) >= 2
                and (
                    _run_counter_at(text, after_at)
                    or text.startswith(RUN_AFTER_WORDS, after_at)
                    or (after == ABOUT and _unit_char(_next_visible(text, after_at, 1)[1]))
                    or (after == PER_ONE and _price_per_one(text, run, after_at))
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
        if _real_digit(before) and _yuan_after_digits(run):
            continue
        year = before == apostrophe and len(run) == 2 and _year_apostrophe(text, before_at)
        prefix = (
            _number_before(before)
            or (before.isascii() and before.isdigit())
            or (before in (MIDDLE_DOT, dot) and _is_digit_at(text, before_at - 1))
            or (before in signs and _is_digit_at(text, before_at - 1))
            or (before_at == start - 1 and _cell_sign_at(text, before_at))  # 　原猿耀缘: －3
            or (before == DASH_LOOKALIKE and _range_dash(text, before_at) is not None)
            or (before == DASH_LOOKALIKE and _code_dash(text, before_at) is not None)  # F要员远: F—16
            or (
                before_at == start - 1
                and _code_letter_re().match(before) is not None
                and _code_number(text, start, end)
            )  # P员园
            or year
            or (before != "" and before in ENUMERATION and _is_digit_at(text, before_at - 1))
            or (before_at == start - 1 and _score_word_before(text, start))
        )
        # 1尧缘尧员园尧缘园戈比: numbers listed; ⏎猿尧民航…: a numbered item at a line start
        unit = unit or (after != "" and after in ENUMERATION and followed_by_number)
        prefix = prefix or (
            before in ("", "\n")
            and len(run) == 1
            and after != ""
            and after in LIST_NUMBER_MARKS
            and not (
                after in ITEM_COLONS
                and (
                    (_label_elsewhere(text, start, labels) and not _listed(text, start, digits[run], lists, labels))
                    or _under_glossary_heading(text, start)
                )
            )
        )
        # ⏎员⏎: the number of a section, alone on its line; ⏎猿 李尧 5216票: a roster's rank
        prefix = prefix or (before in ("", "\n") and len(run) == 1 and after in ("", "\n"))
        prefix = prefix or (len(run) == 1 and _roster_rank(text, start, end))
        # 今年圆月底: a month after a year (圆月, the full moon, follows no 年)
        month = len(run) == 1 and before == YEAR and after == MONTH
        prefix = prefix or month
        # (孕员园, 宰蚤灶苑: a number right after a Latin word read in look-alikes; but a Latin word is
        # no number's unit, and a doubled word (远远 源源 圆圆) before what it goes on with is no
        # model's number after one: 蚤孕澡燥灶藻远远好于 is iPhone远远好于 'far better'; 葬皂凿远源 amd64)
        prefix = prefix or item or (before_at == start - 1 and before_at + 1 in latin_ends and not word_run)
        # (员园灶皂, 圆圆灶皂工艺: before a Latin word, a unit, a number of any look-alikes; but no
        # acronym is 远远 源源 圆圆's unit: 远远CEO 'far from the CEO')
        unit = unit or (
            after_at in latin_starts and not (after_at in acronym_starts and run in DOUBLED_LOOKALIKE_WORDS)
        )
        date = after in DATE_UNITS and followed_by_number
        # 员门至圆门, 猿人至员园人: a range with one counter on both sides
        unit_range = _unit_range(text, start, end)
        unit = unit or unit_range or score  # (猿比1: 比 of a score is no unit, but as good as one)
        bound = _bound_pair(text, start, end)
        if len(run) < 3 and not (unit or prefix or bound):
            continue
        if len(run) == 1 and pattern is None and before in ENUMERATION and _pronoun_at(text, end):
            # (1、愿你新年快乐: after a list's mark comes the item's text, and a number counts
            # things and stands before no pronoun: 'may you'; not the second number of 1、8)
            continue
        if _doubled_word(text, start, end) and not (unit or prefix):
            continue  # (远远远远不够: far, far from enough)
        if (
            len(run) == 1
            and text[start - 1 : start] in DEGREE_ADVERBS
            and not (pattern is not None or item or score or _counted_after_adverb(text, after_at))
        ):
            continue  # (ctrl键太远 shift键: 远 "far", the predicate of 太; no number follows an adverb of degree)
        if run == FAR and after == MONTH and not (date or item or pattern is not None) and _far_month(text, after_at):
            continue  # (远月合约 where the text says 近月合约 too: the far month of futures, no June)
        lone_hour = (
            len(run) == 1
            and after == HOUR
            and not (date or prefix or item or pattern is not None)
            and _hour_without_time(text, start, after_at)
        )
        left = _window(text, start, -1)
        # 原猿耀缘⏎缘溪: the second number of a range (a ratio, a product) is a number whatever the
        # next line starts with (a table's row ends there: 缘缘 is no word across it)
        between = before_at == start - 1 and signs.get(before) in BETWEEN_SIGNS and _is_digit_at(text, before_at - 1)
        if (
            len(run) == 1
            and not between
            and not date
            and not in_range
            and not item
            and not month
            and not unit_range
            and not score
            and not memory
            and not stop_count
            and not signed
            and not _count_after_etc(text, start, before, after_at)
            and (
                (
                    _lone_in_word(left + run + _window(text, start, 1), len(left), _counter_at(text, after_at))
                    # 仅有源窑猿万人 (4·3万), 新币有缘尧员园尧缘园: a decimal or a list of numbers goes on
                    and not ((after == dot or (after != "" and after in ENUMERATION)) and followed_by_number)
                )
                # (a given name after a surname where a name starts, a list after it or not: 张远尧猿远岁;
                # not before a decimal's point: 高源窑缘米 is 高4.5米)
                or (not prefix and _after_lone_surname(text, start) and not (after == dot and followed_by_number))
                or _far_after_doubled_stop(text, start)
            )
        ):
            continue  # 人员, 公园: a lone look-alike inside a word is the hanzi; 郭远发: in a name
        symbol = "".join(DECIMAL_POINT if c == point else digits[c] for c in run)
        cand = _Candidate(start, end, run, symbol)
        cand.add(-_reading_delta(text, start, end, LOG_P_NUMBER), "lexicon", EV_LEXICON)
        if len(run) == 3 and not (unit or prefix):
            cand.add(-SURE_FROM + ENOUGH_FROM, "three look-alikes and no unit: only a strong reading counts", EV_OTHER)
        if bound and not (unit or prefix):
            cand.add(BOUND_PAIR_EVIDENCE, BOUND_PAIR_NOTE, EV_OTHER)
        if unit:
            cand.add(1.5, f"followed by {after}", EV_OTHER)
        if date:
            cand.add(3.0, "a date", EV_OTHER)
        if prefix:
            cand.add(1.0, f"after {before}", EV_OTHER)
        if len(run) >= 4 and symbol[:2] in YEAR_CENTURIES:
            cand.add(2.0, "reads as a year", EV_OTHER)
        if year:
            cand.add(SURE_FROM, f"a year after {RIGHT_SINGLE_QUOTE} ({RIGHT_SINGLE_QUOTE}97)", EV_OTHER)
        if stop_count and cand.evidence < LIKELY_FROM:
            cand.add(LIKELY_FROM - cand.evidence, STOP_COUNT_NOTE, EV_OTHER)
        if pattern is not None:
            cand.add(SURE_FROM, pattern, reading[2] if reading is not None else EV_OTHER)
        elif score:
            cand.add(SURE_FROM, "a score: a number before ∶ or 比 and another number (1∶1, 3比1)", EV_OTHER)
        elif item:
            cand.add(SURE_FROM, ITEM_NOTE, EV_ITEM)
        if lone_hour:
            cand.add_doubt(0.0, LONE_HOUR_NOTE, EV_OTHER)
        found.append(cand)
    _ranges_read_on_one_side(text, found)
    return found


#: The words of a range said in hanzi (5到6, 3至5): the look-alikes on both sides are numbers or
#: neither is.
RANGE_WORDS: Final = "到至"


def _ranges_read_on_one_side(text: str, found: list[_Candidate]) -> None:
    """``数值在缘到远之间``: a number of look-alikes before 到/至 and a digit's look-alike after it
    that was read as no number (远之 kept 远) is a range read on one side only: the look-alike
    after the range word was the first's evidence (a range's first number), so without it the
    reading is a doubt, reported. (Not the other way round: 有缘到20岁 reaches a number, 到 'up
    to' a number needs none before it.)"""
    if not any(word in text for word in RANGE_WORDS):
        return  # (a page with no 到 nor 至: no candidate is looked at)
    digits = _lookalikes()[1]
    starts = {cand.start for cand in found}
    for cand in found:
        end = cand.end
        after = text[end + 1 : end + 2]
        if text[end : end + 1] in RANGE_WORDS and after and after in digits and end + 1 not in starts:
            cand.add_doubt(0.0, f"a range whose other end ({after}) reads as no number: one side only", EV_OTHER)


def _after_ascii_digit(text: str, start: int) -> bool:
    """Whether an ASCII digit stands right before ``start`` (``1980远一晚``): a number is set in
    one width, and a Founder page garbles only the full-width digits, so a look-alike right
    after an ASCII digit continues no number (19806一晚): it is the hanzi. (Across a space or a
    mark it may start a number of its own: ``1 员``, ``1．员园``.)"""
    before = text[start - 1 : start]
    return before.isascii() and before.isdigit()


def _roster_rank(text: str, start: int, end: int) -> bool:
    """Whether the lone digit look-alike ``text[start:end]`` starts a roster's line, a space
    after it, and another cell of the line holds a number (猿 李尧 5216票: the rank)."""
    if (start and text[start - 1] != "\n") or text[end : end + 1] not in _INLINE_SPACES:
        return False
    roster = _roster_line(text, start)
    if roster is None:
        return False
    digits, cells = _lookalikes()[1], roster[1]
    if len(cells[1]) < 2:
        return False  # (a name of two or more follows a rank: 3 李尧; 苑 区 is a letter-spaced word)
    return any(cell[0].isdigit() or (len(cell) >= 2 and cell[0] in digits and cell[1] in digits) for cell in cells[1:])


#: 等 closing an enumeration (卫生部等8部委, 铁路总公司等9家单位): the count of what it listed follows.
ETC: Final = "等"


def _count_after_etc(text: str, start: int, before: str, after_at: int) -> bool:
    """Whether the lone look-alike at ``start`` follows 等 and stands before a counter
    (``等怨家单位`` is 等9家单位) with which it makes no common word: the count of what 等
    closed, though a rare word holds it (怨家)."""
    return before == ETC and _counter_at(text, after_at) and not _two_char_word(text, start)


def _yuan_after_digits(run: str) -> bool:
    """Whether ``run``, right after digits, is 圆 alone: the yuan (``花了300圆``, ``300圆起``,
    圆 written for 元), no digit of theirs, as the garble shifts every full-width digit of a
    number (a review's ``1980远一晚`` mixes the two widths, but 远 follows no price)."""
    return run == CIRCLE


def _code_number(text: str, start: int, end: int) -> bool:
    """Whether the look-alikes at ``start:end``, right after a capital letter, may be a code's
    number (P员园 is P10, F员, CSS员): not a word of look-alikes (APP远远领先: 远远, far), nor a
    lone one answering the hanzi before the letter in a parallel phrase (A近B远)."""
    if end - start >= 2:
        return not lexicon.is_word(text[start:end], min_freq=1)
    return not _parallel_pair(text, start)


def _parallel_pair(text: str, index: int) -> bool:
    """Whether the lone look-alike ``text[index]`` closes a parallel phrase of two capitals
    each with a hanzi (``A近B远``: A near, B far), where it and the other hanzi make a word in
    either order (远近)."""
    if index < 3 or not ("A" <= text[index - 1] <= "Z" and "A" <= text[index - 3] <= "Z"):
        return False
    other = text[index - 2]
    return is_han(other) and (
        lexicon.is_word(other + text[index], min_freq=1) or lexicon.is_word(text[index] + other, min_freq=1)
    )


#: The doubled look-alikes that are common words: 远远 'far', 源源 'on and on', 圆圆 'round'.
#: Other doubles of a number's look-alikes are rare words at most (远源 64, 远缘 65, 缘缘 55).
DOUBLED_LOOKALIKE_WORDS: Final = ("远远", "源源", "圆圆")
DOUBLED_LOOKALIKE_WORDS_LEN: Final = 2

#: What the adverb 远远 or 源源 or the adjective 圆圆 goes on with, which a name or a model's
#: number does not (同学，远远超过了, 同事，远远落后于他们, 同学，圆圆脸的那个, iPhone远远好于,
#: Windows源源不断): a comparison, 不断 and 而来 after 源源, 脸 and 眼 after 圆圆. A verb either
#: reads (远远看见), or 的 (ABC22的产品), keeps the doubt.
_DOUBLED_WORD_FOLLOWERS_TEXT: Final = (
    "超过 超出 落后 领先 大于 高于 低于 多于 少于 胜过 好于 优于 强于 不够 不如 不及 不止 不断 而来 脸 眼"
)
DOUBLED_WORD_FOLLOWERS: Final = tuple(_DOUBLED_WORD_FOLLOWERS_TEXT.split())


def _doubled_word_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` is a word of DOUBLED_LOOKALIKE_WORDS right before
    what it goes on with (远远好于, 源源不断, 远远地就: DOUBLED_WORD_FOLLOWERS, or the adverb's 地
    that starts no word, not 地址), before a word a counter starts (圆圆发表:
    :func:`_common_counter_word`; 圆圆发 alone is 22发) or before an ASCII digit (源源2018年: a
    page sets a number full-width whole or not at all): the word, not a number. Before a mark, a
    line's end, a space, 的 or another hanzi it may as well be a number (Ubuntu圆圆。, ABC圆圆的产品:
    22)."""
    if text[start:end] not in DOUBLED_LOOKALIKE_WORDS:
        return False
    if text.startswith(DOUBLED_WORD_FOLLOWERS, end) or _common_counter_word(text, end):
        return True
    after = text[end : end + 1]
    if after.isascii() and after.isdigit():
        return True
    return after == "地" and not lexicon.is_word(text[end : end + 2], min_freq=1)


#: The one counter whose common words a doubled look-alike word goes on with (圆圆发表, 源源发展,
#: 远远发出): before any other counter a count is the likelier, whatever word the counter starts
#: (共有22人参加, 造成22人身亡, 年满22周岁, 22部门).
DOUBLED_WORD_COUNTER: Final = "发"


def _common_counter_word(text: str, index: int) -> bool:
    """Whether DOUBLED_WORD_COUNTER at ``text[index]`` starts a common word (圆圆发表, 源源发展: a
    word of COMMON_WORD_FREQ), which a doubled look-alike word stands before as the word: not a
    rare one (圆圆发炮弹 is 22发炮弹, 发炮 rare)."""
    return text[index : index + 1] == DOUBLED_WORD_COUNTER and lexicon.is_word(
        text[index : index + 2], min_freq=lexicon.COMMON_WORD_FREQ
    )


#: The acronyms of the figures and officers a sentence names (去年3月CPI, 上月GDP, 远远CEO): no
#: unit's nor model's letters, which a number stands before (22CM, 22RMB, 22RPM, 22CPU).
NAMED_ACRONYMS: Final = ("CPI", "PPI", "GDP", "GNP", "PMI", "IPO", "CEO", "CFO")


def _acronym(letters: str) -> bool:
    """Whether the Latin word ``letters`` is one of NAMED_ACRONYMS, which no number counts."""
    return letters in NAMED_ACRONYMS


def _doubled_word_before_value(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` starts with a word of DOUBLED_LOOKALIKE_WORDS before
    a year, a month or an age that the whole run makes no calendar or life has and the rest
    makes (远远圆园员愿年: no year 662018, 2018; 陈圆圆怨月: no month 229, 9月): the word, then the
    number. Not before a count: 远远员圆个 stays 6612个, 历时圆圆猿日 223 days (a count of days
    passes a month's), 圆圆圆园园园年前 222000 years."""
    lead = DOUBLED_LOOKALIKE_WORDS_LEN
    return (
        text[start : start + lead] in DOUBLED_LOOKALIKE_WORDS
        and text[end : end + 1] != DAY
        and text[end + 1 : end + 2] not in YEARS_COUNT_AFTER
        and _value_without_lead(text, start, end, lead)
    )


def _doubled_word(text: str, start: int, end: int) -> bool:
    """Whether the run at ``start:end`` repeats one look-alike whose doubling is a word, before
    a hanzi it qualifies (远远远远不够, 远远领先): the word said again for stress, not a number
    (``csup 远远远远远"`` in a manual is 66666)."""
    run = text[start:end]
    return len(run) >= 2 and len(set(run)) == 1 and lexicon.is_word(run[:2]) and is_han(text[end : end + 1] or "a")


@functools.cache
def _list_item_chars() -> tuple[str, str]:
    """(what a list's item number stands after, the marks after it), each with the look-alikes
    of its marks. (Not ．'s look-alike 援 among the marks: a number's run would take it as a
    decimal point and leave it.)"""
    punct = _lookalikes()[0]
    after = LIST_ITEM_AFTER + "".join(h for h, s in punct.items() if s in LIST_ITEM_AFTER)
    marks = LIST_ITEM_MARKS + "".join(h for h, s in punct.items() if s in LIST_ITEM_MARKS)
    return after, marks


@functools.cache
def _time_colons() -> str:
    """The colons of a time of day or a ratio, with the look-alike of ：."""
    return TIME_COLONS + "".join(h for h, s in _lookalikes()[0].items() if s == FULLWIDTH_COLON)


@functools.cache
def _list_item_re() -> re.Pattern[str]:
    """A number of one or two digits (real or look-alikes) where an item of a list starts,
    then the mark after it: ``⏎员.``, ``：圆、``, ``。猿冤`` (groups: the number, the mark)."""
    after, marks = _list_item_chars()
    number = "0-9" + "".join(_lookalikes()[1])
    return re.compile(f"({_item_number_start(number, after)}[{number}]?)([{re.escape(marks)}])(?![0-9])")


@functools.cache
def _bare_item_re() -> re.Pattern[str]:
    """A number of one or two digits (real or look-alikes) where an item written with no mark
    after it starts: ``⏎猿酒店``, ``遥苑服务``, ``  猿外壳`` (group: the number)."""
    punct = _lookalikes()[0]
    after = BARE_ITEM_AFTER + "".join(h for h, s in punct.items() if s in BARE_ITEM_AFTER)
    number = "0-9" + "".join(_lookalikes()[1])
    return re.compile(f"({_item_number_start(number, after)}[{number}]?)(?![{number}])")


def _item_number_start(number: str, after: str) -> str:
    """The first digit of an item's number (of the class ``number``) where an item starts: at
    the text's start, after a line break or after a character of ``after``. Led by the digit
    (the engine then scans for it in C instead of trying a match at every position), the
    look-behind after it reads the character before it. An item's indent needs no place of its
    own, as ``after`` holds the spaces (tests/test_punct_shift_speed.py)."""
    return f"[{number}](?<![^{re.escape(after)}\n][{number}])"


@functools.cache
def _item_mark() -> dict[str, str]:
    """Each mark LIST_ITEM_MARKS allows after an item's number (and its look-alike) -> one
    mark for all its spellings (． . -> ., ， , 袁 -> ，, ） ) 冤 -> ）)."""
    punct = _lookalikes()[0]
    same = {FULLWIDTH_FULL_STOP: ".", ",": FULLWIDTH_COMMA, ")": FULLWIDTH_RIGHT_PAREN, ":": FULLWIDTH_COLON}
    marks = {c: same.get(c, c) for c in LIST_ITEM_MARKS}
    marks.update({h: same.get(s, s) for h, s in punct.items() if s in LIST_ITEM_MARKS})
    return marks


def _list_items(text: str) -> dict[int, int]:
    """The numbers of digit look-alikes that number an item of a list (start -> end): one or
    two digits where an item starts (a line's start, after a sentence's end or a colon) before
    a mark (``⏎员.环境优雅⏎圆.服务热情``, ``：员、…；圆、…``), with the item numbered one less
    or one more, with the same mark, within LIST_REACH (real digits or look-alikes): one
    item alone is left (``⏎员，`` may be 人⏎员， of a line broken inside 人员). An item whose
    look-alike makes a word with the character before it (人⏎员, 遥远) is none, but at a line
    start where the list says so (:func:`_broken_item_read`); an item at a line start between
    the two it follows and precedes, at line starts, is one whatever their marks (⏎4. ⏎缘， ⏎6.)."""
    digits = _lookalikes()[1]
    marks = _item_mark()
    items: dict[str, list[tuple[int, int, int, bool]]] = {}
    broken: list[tuple[str, int, int, int]] = []  # (mark, start, end, value: 店⏎员、)
    for match in _list_item_re().finditer(text):
        start, end = match.span(1)
        run = match.group(1)
        if run[0] in (ROUND_DIGIT, _zero_lookalike()):
            continue  # (no item is numbered 0 or 01)
        if _is_digit_at(text, end + 1) and not _edge_word(text, end + 1, 1):
            continue  # (圆.缘 is 2.5; but 2.员工 is the item 2.)
        value = int("".join(digits.get(c, c) for c in run))
        garbled = any(c in digits for c in run)
        if garbled:
            if match.group(2) in ITEM_COLONS and _line_starts_at(text, start) and _under_glossary_heading(text, start):
                continue  # (注释：⏎缘：沿着。⏎远：远近。: a glossary's heads)
            if _word_before_item(text, start):
                if _line_starts_at(text, start):
                    broken.append((marks[match.group(2)], start, end, value))
                continue  # (人⏎员，: a line broken inside 人员; ：远、近 are far and near)
            if _between_real_marks(text, start, end):
                continue  # (形状：圆、方: round and square, listed in clean punctuation)
        items.setdefault(marks[match.group(2)], []).append((start, end, value, garbled))
    found = {}
    for row in items.values():
        at_value = _starts_by_value(row)
        for start, end, value, garbled in row:
            if not garbled:
                continue
            if any(
                _any_within(at_value.get(other, []), start - LIST_REACH, start + LIST_REACH)
                for other in (value - 1, value + 1)
            ) or (value == 1 and _first_item_after_colon(text, start)):
                found[start] = end
    every = [item for row in items.values() for item in row]
    # (the items at line starts, per mark and by value, found once: a broken item looks up its
    # neighbours among them by bisection, not by a walk over every item of its mark)
    lines_by_mark = {mark: [item for item in row if _line_starts_at(text, item[0])] for mark, row in items.items()}
    lines = [item for row in lines_by_mark.values() for item in row]
    unread = [(s, e, v) for s, e, v, garbled in lines if garbled and s not in found]
    found.update(_items_between(_starts_by_value(lines), unread))
    lines_by_value = {mark: _starts_by_value(row) for mark, row in lines_by_mark.items()}
    for mark, start, end, value in broken:
        if _broken_item_read(text, (start, end, value), lines_by_value.get(mark, {})):
            found[start] = end
    found.update(_bare_items(text, every))
    return found


def _first_item_after_colon(text: str, start: int) -> bool:
    """Whether the item numbered 1 at ``start`` (a lone 员 before an item's mark) follows a colon,
    real or garbled, on its line or ending the line before (缺点院员尧隔音太差, 理由院员.不知,
    相差很远院⏎员遥没有门童): a list's first item needs no neighbour there, for 员 stands alone
    after a colon in no word (a member is 会员 成员), and a list starts at 1 (not ：远、近 far and
    near, 形状：圆、方). Not after 院 that ends a word (医院 学院: no colon)."""
    at, before = _next_visible(text, start, -1)
    if before == "\n":
        at, before = _next_visible(text, at, -1)
    if before == COLON_LOOKALIKE:
        return not _edge_word(text, at, -1)
    return before in (FULLWIDTH_COLON, ":")


def _broken_item_read(text: str, item: tuple[int, int, int], lines: dict[int, list[int]]) -> bool:
    """Whether ``item`` (start, end, value), at a line start in look-alikes that make a word with
    the line before (店⏎员、), is an item of its row: ``lines``, the starts of the items with its
    mark at line starts, by value (:func:`_starts_by_value`). Between the item one less and the
    item one more (半天⏎圆、 after ⏎员、, before ⏎猿、). One neighbour says nothing: a
    hard-wrapped line breaks inside a word beside a list as often (管理人⏎员、技术人员 after 1、
    and before 2、; 家庭团⏎圆、走访 before another 2、)."""
    return bool(_items_between(lines, [item])) or _first_of_lines(text, lines, item)


#: The items after a list's first one, at line starts, that say a look-alike of 1 starts it
#: where it makes a word with the line before (酒店⏎员尧 before ⏎2尧 and ⏎猿尧: a heading).
FIRST_ITEM_FOLLOWERS: Final = 2


def _first_of_lines(text: str, lines: dict[int, list[int]], item: tuple[int, int, int]) -> bool:
    """Whether ``item`` (start, end, value) is numbered 1 and the items numbered 2 … up to
    1 + FIRST_ITEM_FOLLOWERS follow it in ``lines`` (the starts of items at line starts, by
    value), each within LIST_REACH of the one before: a list counted on from it, where a word
    broken before one item alone (管理人⏎员、 before 2、) has no such row after it. Not where an
    item 1 of ``lines`` comes before it with no later item between (a list has one 1: 1、…管理人⏎员、
    before 2、), nor where ``text`` breaks a longer word before it (管理人⏎员、 is 管理人员 broken)."""
    start, _, value = item
    if value != 1 or _longer_word_before(text, start):
        return False
    before = (start - LIST_REACH, start - 1)
    if _any_within(lines.get(1, []), *before) and not any(
        _any_within(starts, *before) for number, starts in lines.items() if number >= 2
    ):
        return False
    at = start
    for number in range(2, 2 + FIRST_ITEM_FOLLOWERS):
        starts = lines.get(number, [])
        index = bisect.bisect_right(starts, at)  # (the first item of the number after ``at``)
        if index == len(starts) or starts[index] > at + LIST_REACH:
            return False
        at = starts[index]
    return True


def _items_between(lines: dict[int, list[int]], unread: list[tuple[int, int, int]]) -> dict[int, int]:
    """The items of ``unread`` (start, end, value) after an item one less and before an item one
    more of ``lines`` (the starts of items at line starts, by value), within LIST_REACH: ⏎4. ⏎缘，
    ⏎6., a review's mark changed once."""
    return {
        start: end
        for start, end, value in unread
        if _any_within(lines.get(value - 1, []), start - LIST_REACH, start - 1)
        and _any_within(lines.get(value + 1, []), start + 1, start + LIST_REACH)
    }


def _starts_by_value(items: list[tuple[int, int, int, bool]]) -> dict[int, list[int]]:
    """The starts of ``items`` (start, end, value, garbled) by value, each list sorted: built once
    per list so that an item finds its neighbours by bisection, not by a scan of every item."""
    at_value: dict[int, list[int]] = {}
    for at, _, value, _ in items:
        at_value.setdefault(value, []).append(at)
    for starts in at_value.values():
        starts.sort()
    return at_value


def _any_within(starts: list[int], low: int, high: int) -> bool:
    """Whether any of ``starts`` (sorted) lies in ``low`` … ``high``, both included."""
    index = bisect.bisect_left(starts, low)
    return index < len(starts) and starts[index] <= high


def _longer_word_before(text: str, start: int) -> bool:
    """Whether the hanzi before ``text[start]`` (up to three, across a line break) make a word of three
    or more with it: 管理人⏎员 is 管理人员 broken (店⏎员 makes 店员 alone: 酒店⏎员、 may number)."""
    before = text[max(0, start - 4) : start].replace("\n", "")[-3:]
    return any(lexicon.is_word(before[k:] + text[start], min_freq=1) for k in range(len(before) - 1))


def _word_before_item(text: str, start: int) -> bool:
    """Whether the hanzi before an item's number at ``start`` makes a word with its first
    look-alike (人⏎员: a line broken inside 人员), across a line break unless the line before
    ends in what an item's number may follow, a sentence's end garbled or not (遥⏎远、 is
    。⏎6、, not 遥远 broken over two lines)."""
    before = _next_visible(text, start, -1)[1]
    if before == "\n":
        before = _next_visible(text, text.rfind("\n", 0, start), -1)[1]
        if before in _known_triggers()[0]:
            return False
    return bool(before) and lexicon.is_word(before + text[start], min_freq=1)


def _bare_items(text: str, marked: list[tuple[int, int, int, bool]]) -> dict[int, int]:
    """The numbers of digit look-alikes that number an item written with no mark after it
    (start -> end): ``⏎1前台不熟悉…⏎2问有否无烟房…⏎猿酒店结帐时…⏎源让酒店洗衣…``. Where an item
    starts (:func:`_bare_item_re`), before a hanzi it makes no word with (遥远处, ⏎源于) and that
    is no unit (猿年: a count), and in the text's order of items (with a mark or none) next to
    the item one less before it or one more after it in real digits and with no mark either,
    or one of a row of items with no mark counted on (:func:`_counted_on`): a sentence that
    starts with a digit's hanzi (愿你…, 远端…) is no witness of its own, nor two or three such
    sentences apart, nor one between the items of a list with marks (7、… 愿你… 9、…)."""
    digits = _lookalikes()[1]
    marks = _all_lookalikes()
    bare: list[tuple[int, int, int, bool]] = []
    for match in _bare_item_re().finditer(text):
        start, end = match.span(1)
        run = match.group(1)
        following = text[end : end + 1]
        if run[0] in (ROUND_DIGIT, _zero_lookalike()) or not is_han(following) or following in marks:
            continue
        if _unit_char(following):
            continue  # (遥猿年后: a count, read as one where it is)
        garbled = any(c in digits for c in run)
        if garbled and (_word_before_item(text, start) or _edge_word(text, end - 1, 1)):
            continue  # (遥远处, ⏎源于: the look-alike makes a word)
        value = int("".join(digits.get(c, c) for c in run))
        bare.append((start, end, value, garbled))
    bare_starts = {item[0] for item in bare}
    items = sorted({*marked, *bare})
    found = {}
    for i, (start, end, value, garbled) in enumerate(items):
        if not garbled or start not in bare_starts:
            continue
        item_before = items[i - 1] if i else None
        item_after = items[i + 1] if i + 1 < len(items) else None
        if (
            item_before is not None
            and not item_before[3]
            and item_before[2] == value - 1
            and not (item_after and item_after[2] == value + 1)
        ):
            continue  # (after a list in real digits, its next number's hanzi starts a sentence: 5价格合理⏎远在郊区)
        if (
            _real_bare_item(item_before, start, value - 1, bare_starts)
            or _real_bare_item(item_after, start, value + 1, bare_starts)
            or _counted_on(items, i, bare_starts)
        ):
            found[start] = end
    return found


def _real_bare_item(item: tuple[int, int, int, bool] | None, start: int, value: int, bare_starts: set[int]) -> bool:
    """Whether ``item``, the item next to the one at ``start`` in the text's order, is numbered
    ``value`` in real digits with no mark (of ``bare_starts``), within LIST_REACH."""
    return (
        item is not None
        and item[0] in bare_starts
        and not item[3]
        and item[2] == value
        and abs(item[0] - start) <= LIST_REACH
    )


def _counted_on(items: list[tuple[int, int, int, bool]], index: int, bare_starts: set[int]) -> bool:
    """Whether ``items[index]`` is one of at least BARE_ITEM_RUN items in a row of the text's
    items, each with no mark and numbered one more than the one before (within LIST_REACH of
    it), the row starting at 1 or holding a number in real digits (⏎员… ⏎圆… ⏎猿…; not 苑区…
    愿你… 怨我…, lines that start with those hanzi)."""
    first = index
    while first > 0 and _follows(items[first - 1], items[first], bare_starts):
        first -= 1
    last = index
    while last + 1 < len(items) and _follows(items[last], items[last + 1], bare_starts):
        last += 1
    row = items[first : last + 1]
    return len(row) >= BARE_ITEM_RUN and (row[0][2] == 1 or not all(item[3] for item in row))


def _follows(item: tuple[int, int, int, bool], next_: tuple[int, int, int, bool], bare_starts: set[int]) -> bool:
    """Whether ``next_`` is the item after ``item`` in a list with no mark: both with none (of
    ``bare_starts``), numbered one more, within LIST_REACH."""
    return (
        item[0] in bare_starts
        and next_[0] in bare_starts
        and next_[2] == item[2] + 1
        and next_[0] - item[0] <= LIST_REACH
    )


def _between_real_marks(text: str, start: int, end: int) -> bool:
    """Whether the look-alikes at ``start:end`` stand right between two real full-width marks
    (``形状：圆、方``): the garble that made them of digits would have shifted those marks too
    (：、 to 院尧), so here the text is clean and they are hanzi (圆, round, listed)."""
    return text[start - 1 : start] in _REAL_MARKS and text[end : end + 1] in _REAL_MARKS


def _known_reading(text: str, start: int, end: int, known: dict[str, dict]) -> tuple[int, str, str] | None:
    """(end, note, evidence kind) when a shape of informal or technical text gives the digit
    look-alikes at ``start:end`` away as a number whatever their hanzi read: a list's item, a
    code's or unit's number beside Latin letters, a count before an informal counter, a time
    of day or a ratio; else None. Each shape is read in the whole text once, the first time a
    run has a neighbour that may start it (``known`` keeps what was read)."""
    before = text[start - 1] if start else ""
    after = text[end : end + 1]
    list_before, list_marks, colons, counter_starts = _known_triggers()
    if before in list_before and (after in list_marks or is_han(after)):  # (⏎猿酒店: an item with no mark)
        if "list" not in known:
            known["list"] = _list_items(text)
        if known["list"].get(start) == end:
            return end, LIST_NOTE, EV_ITEM
    if _ascii_letter(before) or _ascii_letter(after):
        if "latin" not in known:
            known["latin"] = _latin_codes(text)
        code = known["latin"].get(start)
        if code is not None and code[0] == end:
            return end, code[1], EV_OTHER
    if end - start == 1 and (after in counter_starts or before == "第"):
        if "count" not in known:
            known["count"] = _informal_counts(text)
        note = known["count"].get(start)
        if note is not None:
            return end, note, EV_OTHER
    if (
        (after != "" and after in NEXT_NUMBER_SEPARATORS)
        or (before != "" and before in NEXT_NUMBER_SEPARATORS)
        or before == " "
    ):
        if "next" not in known:
            known["next"] = _next_numbers(text)
        if known["next"].get(start) == end:
            return end, NEXT_NUMBER_NOTE, EV_OTHER
    if after in colons or before in colons:
        if "time" not in known:
            known["time"] = _times(text)
        if known["time"].get(start) == end:
            return end, TIME_NOTE, EV_OTHER
    if before == MONTH or after == MONTH:
        if "date" not in known:
            known["date"] = _month_days(text)
        if known["date"].get(start) == end:
            return end, DATE_NOTE, EV_OTHER
    if (after != "" and after in RANGE_TO_DIGITS) or after in (HYPHEN_MINUS_LOOKALIKE, DASH_LOOKALIKE):
        if "range" not in known:
            known["range"] = _ranges_to_digits(text)
        if known["range"].get(start) == end:
            return end, RANGE_NOTE, EV_OTHER
    if end - start == 1 and text.startswith(TITLE_CLOSERS, end):
        if "title" not in known:
            known["title"] = _numbered_titles(text)
        if known["title"].get(start) == end:
            return end, TITLE_NOTE, EV_OTHER
    if before in CHAIN_SIGNS and _real_digit(text[start - 2 : start - 1]) and _chained(text, start, end):
        return end, CHAIN_NOTE, EV_OTHER
    if end - start == 1 and is_han(before):
        if "numbered" not in known:
            known["numbered"] = _numbered_names(text)
        if known["numbered"].get(start) == end:
            return end, NUMBERED_NOTE, EV_OTHER
    if after in ROUND_FOLLOWERS and _round_before(text, start, end):
        return end, ROUND_NOTE, EV_OTHER
    if _price_verb_before(text, start) and _round_sum(text, start, end):
        return end, PRICE_NOTE, EV_OTHER
    if before == "#" or after == ";":
        if "reference" not in known:
            known["reference"] = _character_references(text) if CHARACTER_REFERENCE in text else {}
        if known["reference"].get(start) == end:
            return end, REFERENCE_NOTE, EV_OTHER
    return None


#: What joins a number of look-alikes to a larger one in ASCII digits with its unit after it:
#: the dash or tilde of a range (缘-6年, 员园～15个), and for two look-alikes or more also 至 到 和 或
#: (员圆和14寸 "12 or 14 inches"). The lone look-alike takes only a dash or a tilde (远到5个 may
#: be far from 5).
RANGE_TO_DIGITS: Final = "-~～至到和或"
#: The joints of RANGE_TO_DIGITS that are signs, the only ones a lone look-alike takes (缘-6年,
#: 缘～6年; 远到5个 may be far from 5) and the same look-alike twice (员员-14个; 员员和14个小朋友
#: is a name said twice); the hyphen may be written up to RANGE_HYPHENS_MAX times (缘--6年, a
#: dash typed as hyphens).
RANGE_SIGNS: Final = "-~～"
RANGE_HYPHEN, RANGE_HYPHENS_MAX = "-", 3
#: The dashes of a range as garbled (－ －－ and —— shift to 原 原原 要要: 员原猿岁 is 1－3岁,
#: 圆要要员园岁 2——10岁): signs as RANGE_SIGNS are, and with them, as with those, the larger number
#: may be garbled too (员园--员愿岁, 远原苑点): a range of two numbers before a unit is no word's.
RANGE_SIGN_LOOKALIKES: Final = (HYPHEN_MINUS_LOOKALIKE * 2, HYPHEN_MINUS_LOOKALIKE, DASH_LOOKALIKE * 2)
#: A range between its two numbers (返回园到1之间, 范围在园到圆缘缘之间 0到255之间): 之间 after the
#: larger number says both are numbers, as a sign between them does (远到5个 may be far from 5;
#: nothing is far to 5 之间), where the larger is in ASCII digits or of a number's shape (three
#: look-alikes: read by themselves; 在缘到远之间 is left whole).
RANGE_BETWEEN, RANGE_BETWEEN_JOINTS = "之间", "到至"
#: The note of a number read by :func:`_ranges_to_digits`.
RANGE_NOTE: Final = "the smaller number of a range or a choice whose other number is in digits (5-6年, 12和14寸)"


@functools.cache
def _range_to_digits_re() -> re.Pattern[str]:
    """One or two digit look-alikes, what joins them to a number (a dash of one to three
    hyphens or a garbled one, a tilde, 至 到 和 或) and a number in ASCII digits or look-alikes
    (groups: the look-alikes, the joint, the number, what follows it). Led by the first
    look-alike, its look-behind after it (the engine skips to a leading character; a leading
    look-behind is tried at every one of the page)."""
    digits = "".join(_lookalikes()[1])
    hyphens = f"{re.escape(RANGE_HYPHEN)}{{1,{RANGE_HYPHENS_MAX}}}"
    garbled = "|".join(RANGE_SIGN_LOOKALIKES)
    joints = re.escape(RANGE_TO_DIGITS.replace(RANGE_HYPHEN, ""))
    return re.compile(
        f"([{digits}](?<![0-9{digits}][{digits}])[{digits}]?)({hyphens}|{garbled}|[{joints}])"
        f"([0-9{digits}]{{1,3}})(?![0-9{digits}.])(..?)"
    )


def _ranges_to_digits(text: str) -> dict[int, int]:
    """The look-alikes (start -> end) of a range's or a choice's smaller number whose larger
    number is written in ASCII digits before a unit or a counter (``有缘-6年`` is 有5-6年,
    ``在员圆和14寸间`` 在12和14寸间): the digits say the look-alikes are a number, whatever word
    their hanzi make after a verb of an amount (有缘). Two look-alikes are no word of their own
    (远远); a lone one follows a dash or a tilde only and ends no word but after such a verb
    (资源-5类, 走远-6步: no range); two start with no 0 and, the same look-alike twice (a child's
    name: 园园和14个小朋友), follow a dash or a tilde only."""
    return {match.start(1): match.end(1) for match in _range_to_digits_re().finditer(text) if _range_read(text, match)}


def _range_read(text: str, match: re.Match[str]) -> bool:
    """Whether a match of :func:`_range_to_digits_re` is a range (:func:`_ranges_to_digits`)."""
    digits = _lookalikes()[1]
    start, run, joint, larger, rest = match.start(1), match.group(1), match.group(2), match.group(3), match.group(4)
    between = rest == RANGE_BETWEEN and joint in RANGE_BETWEEN_JOINTS
    if not (_range_unit(rest) or between):
        return False
    if between and not (larger.isdigit() or len(larger) >= STRONG_RUN):
        return False  # (园到员之间: a larger number read by its shape alone, or the range is read half)
    sign = joint[0] in RANGE_SIGNS or joint in RANGE_SIGN_LOOKALIKES or between
    if not larger.isdigit() and not (sign and _garbled_larger_number(text, match.start(3), larger)):
        return False  # (员园至员缘个: 至 到 和 或 only before digits)
    if int("".join(digits[c] for c in run)) >= int("".join(digits.get(c, c) for c in larger)):
        return False  # (a range goes up)
    if len(run) == 1:
        return sign and (text[start - 1 : start] in AMOUNT_VERBS or not _ends_word_before(text, start))
    if lexicon.is_word(run, min_freq=1) or _ends_word_before(text, start) or digits[run[0]] == "0":
        return False  # (园园 园缘: no smaller number is written 00 or 05)
    return run[0] != run[1] or sign  # (员员和14个小朋友: a name said twice, as 园园 is, before 和 到 或)


def _range_unit(rest: str) -> bool:
    """Whether ``rest``, the characters after a range's larger number, starts with a unit or a
    counter (5-6年, 员原猿岁, 12和14寸, 1原5页)."""
    return (
        _unit_char(rest[:1])
        or rest.startswith(NUMBER_AFTER_WORDS)
        or rest[:1] in RUN_COUNTERS
        or rest.startswith(INFORMAL_COUNTERS)
    )


def _garbled_range_hyphen(text: str, index: int) -> bool:
    """Whether the 原 at ``index`` (or 原原 from it) joins the two short numbers of a range that
    :func:`_range_read` reads (员原猿岁 is 1－3岁; no telephone number or year: too short for
    :func:`_hyphen_between_numbers`), or :func:`_range_from_ascii` (1原5页)."""
    first = index
    while _is_digit_at(text, first - 1):
        first -= 1
    if first < index and text[first:index].isascii():
        return _range_from_ascii(text, first, index)
    match = _range_to_digits_re().match(text, first) if first < index else None
    return (
        match is not None
        and match.start(2) == index
        and match.group(2)[0] == HYPHEN_MINUS_LOOKALIKE
        and _range_read(text, match)
    )


@functools.cache
def _range_from_ascii_re() -> re.Pattern[str]:
    """One or two ASCII digits, 原 or 原原, one to three digits (ASCII or look-alikes) and the two
    characters after them (groups: the larger number, what follows it)."""
    number = "0-9" + "".join(_lookalikes()[1])
    return re.compile(
        f"(?<![{number}])[0-9]{{1,2}}{HYPHEN_MINUS_LOOKALIKE}{{1,2}}([{number}]{{1,3}})(?![{number}.])(..?)"
    )


def _range_from_ascii(text: str, first: int, index: int) -> bool:
    """Whether the 原 at ``index`` joins a range whose smaller number, from ``first``, is written
    in ASCII digits (1原5页 is 1－5页, 1原圆度 1－2度: a review mixes the widths): a larger number
    after it, of look-alikes no word holds (:func:`_garbled_larger_number`), then a unit or a
    counter; a digit never ends a word, so 原 after it is no 原 'former' of a word (原价 原来).
    Not before a price's unit: 特价6原8元 may be 6, formerly 8 (:func:`_hyphen_between_numbers`)."""
    match = _range_from_ascii_re().match(text, first)
    if match is None or not _range_unit(match.group(2)) or match.group(2).startswith(PRICE_UNITS):
        return False
    digits = _lookalikes()[1]
    larger = match.group(1)
    if not larger.isdigit() and not _garbled_larger_number(text, match.start(1), larger):
        return False
    return int(text[first:index]) < int("".join(digits.get(c, c) for c in larger))


def _garbled_larger_number(text: str, start: int, larger: str) -> bool:
    """Whether the larger number of a range, at ``start`` in look-alikes (or some of them), is
    one: it starts with no 0 and is no word (远远), nor makes one with its unit (缘分, 远点 are
    read by the unit's own readers)."""
    digits = _lookalikes()[1]
    end = start + len(larger)
    return (
        digits.get(larger[0], larger[0]) != ROUND_DIGIT
        and not (len(larger) >= 2 and lexicon.is_word(larger, min_freq=1))
        and not (larger[-1] in digits and _edge_word(text, end - 1, 1))
    )


#: What opens a title, as written or garbled (《, 叶, <<).
TITLE_OPENERS: Final = (LEFT_BOOK_TITLE, TITLE_LOOKALIKE, "<<")
#: What closes a title, as written or garbled (》, 曳, >>): a number right before one is a title's.
TITLE_CLOSERS: Final = (RIGHT_BOOK_TITLE, TITLE_CLOSER_LOOKALIKE, ">>")
#: The fewest characters a title numbered by :func:`_numbered_titles` has before its number.
TITLE_MIN_NAME: Final = 2
#: The most characters such a title has before its number (《藏地密码1》; a longer run between
#: 叶 and 曳 is more likely prose that holds the two hanzi than a title).
TITLE_MAX_NAME: Final = 20
#: The first two volumes of a series, which a text that names them names as numbers (藏地密码1, 2).
FIRST_VOLUMES: Final = frozenset("12")
#: The note of a number read by :func:`_numbered_titles`.
TITLE_NOTE: Final = "the number of a title, which the text names with another number too (《藏地密码1》, 《藏地密码2》)"


@functools.cache
def _numbered_title_re() -> re.Pattern[str]:
    """A title (in 《》, 叶曳 or <<>>) whose name ends in one digit, real or a look-alike (group 1:
    the name, group 2: the digit)."""
    digits = "0-9" + "".join(_lookalikes()[1])
    openers = "|".join(map(re.escape, TITLE_OPENERS))
    closers = "|".join(map(re.escape, TITLE_CLOSERS))
    inside = "".join(map(re.escape, "".join(TITLE_OPENERS + TITLE_CLOSERS))) + "\n"
    return re.compile(
        f"(?:{openers})([^{inside}]{{{TITLE_MIN_NAME},{TITLE_MAX_NAME}}}?)(?<![{digits}])([{digits}])(?={closers})"
    )


def _numbered_titles(text: str) -> dict[int, int]:
    """Where (start -> end) a digit look-alike numbers a title that the text names with another
    number too (``叶藏地密码圆曳`` beside ``叶藏地密码员曳``, ``<<求医不如求己圆>>`` beside
    ``<<求医不如求己1>>``): the volumes of a series, the first two of them named (1 and 2, in
    digits or look-alikes). Two titles that end in other digits' hanzi are no series (《天涯远》
    and 《天涯缘》, 《梦回3》 and 《梦回远》), nor is a title with a digit's hanzi alone (《圆梦》)."""
    digits = _lookalikes()[1]
    numbers: dict[str, list[tuple[int, str]]] = {}
    for match in _numbered_title_re().finditer(text):
        digit = match.group(2)
        numbers.setdefault(match.group(1), []).append((match.start(2), digits.get(digit, digit)))
    found: dict[int, int] = {}
    for volumes in numbers.values():
        if {value for _, value in volumes} >= FIRST_VOLUMES:
            found.update((at, at + 1) for at, _ in volumes if text[at] in digits)
    return found


#: How far apart a word numbered twice in a row (数据员曰数据圆: a function's arguments 数据1;数据2)
#: may stand.
NUMBERED_REACH: Final = 30
#: The note of a number read by :func:`_numbered_names`.
NUMBERED_NOTE: Final = "a word numbered in a row with the next or previous number (数据1;数据2, 区域1，区域2)"


@functools.cache
def _numbered_name_re() -> re.Pattern[str]:
    """One digit (ASCII or a look-alike) after two hanzi, that no digit follows (group 1: the
    hanzi). Led by the digit, so that the engine scans for it in C (led by the hanzi, it tried
    a match at nearly every position); its matches may now overlap (数据员丙圆: 员丙 before 圆),
    where the two hanzi hold a digit's look-alike: _numbered_names reads no such word."""
    digits = "".join(_lookalikes()[1])
    return re.compile(f"[{digits}0-9](?<=([{HAN_CLASS}]{{2}})[{digits}0-9])(?![{digits}0-9])")


def _numbered_names(text: str) -> dict[int, int]:
    """Where (start -> end) a digit look-alike numbers a word that the next or previous number numbers too,
    NUMBERED_REACH or less apart (``数据员曰数据圆``, ``数字员曰数字2``, ``区域员袁区域圆``: the
    arguments of a function, 数据1;数据2): no prose says a word twice with look-alikes of
    consecutive digits after it. The word is one of the lexicon, of look-alikes of no mark or
    digit, and no word holds a look-alike (的边缘…的边远: 边缘 边远; 服务员，服务圆满)."""
    digits = _lookalikes()[1]
    marks = _lookalikes()[0]
    seen: dict[str, list[int]] = {}  # (where each word stands before a digit: most stand once)
    for match in _numbered_name_re().finditer(text):
        at = match.start()  # (the two hanzi of group 1 stand right before the digit: sliced, no group's call)
        seen.setdefault(text[at - 2 : at], []).append(at)
    by_word: dict[str, list[tuple[int, int]]] = {}
    for word, places in seen.items():
        if len(places) < 2 or any(c in marks or c in digits for c in word) or not lexicon.is_word(word, min_freq=1):
            continue
        by_word[word] = [
            (at, int(digits.get(text[at], text[at])))
            for at in places
            if not (text[at] in digits and _in_any_word(text, at))
        ]
    found: dict[int, int] = {}
    for numbered in by_word.values():
        for (first, one), (second, other) in itertools.pairwise(numbered):
            if second - first <= NUMBERED_REACH and other == one + 1:
                found.update((at, at + 1) for at in (first, second) if text[at] in digits)
    return found


#: The longest word read around a look-alike by :func:`_in_any_word`.
ANY_WORD_LEN: Final = 3


#: The digit look-alike whose hanzi stands only inside a word (人员 员工 员额), never a word
#: alone nor a character of given names. It also ends new words the lexicon lacks (快递员 外卖员
#: 网格员, 园员 the staff of a garden), so it is bound only first in a pair that no hanzi stands
#: before. (Not 猿, a word alone too: 猿远比猴子聪明, 'apes are far cleverer than monkeys'.)
BOUND_DIGIT: Final = "员"
#: 们, which makes a noun for people plural (园员们).
PERSONS_PLURAL: Final = "们"
#: The marks that end a clause, after whose look-alikes a clause starts (not 、 and ：, whose
#: look-alikes 尧 院 end names and words: 唐尧, 医院).
CLAUSE_END_MARKS: Final = "，。？！；"


@functools.cache
def _clause_end_lookalikes() -> frozenset[str]:
    """The look-alikes of CLAUSE_END_MARKS (袁 遥 钥 浴 曰), from the shift table."""
    return frozenset(hanzi for hanzi, mark in _lookalikes()[0].items() if mark in CLAUSE_END_MARKS)


#: Evidence for two look-alikes, one of them bound, that no word holds (as for a prefix).
BOUND_PAIR_EVIDENCE: Final = 1.0
BOUND_PAIR_NOTE: Final = "two look-alikes that no word holds at a clause's start, the first 员 (a bound hanzi)"


def _bound_pair(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is two different digit look-alikes at a clause's start
    (after no hanzi, letter or digit, or after the look-alike of a mark that ends a clause), the
    first bound
    (BOUND_DIGIT), and no word of the lexicon (however rare) holds either of them: its hanzi
    make nothing, so the pair is a number, though no unit follows it (袁员源的本, 袁员猿有点郁闷;
    not 人员圆满, 员工园区: there a word holds each; not 快递员远比, 园员说: words the lexicon
    lacks). Only where nothing else reads the pair: not a pair of one
    look-alike (员员, a character typed twice, or a nickname: 员员和12个同学), nor one beside
    another look-alike that ends no clause (a time, a code or a unit read by their own rules:
    院员园院员园区, 员圆酝酿, 人员员园原员工), nor before 一, which the price per one reads
    (员园一个人), nor before 们 (园员们), nor alone in a table's cell, which its column reads
    (河源市　苑猿　)."""
    run = text[start:end]
    if len(run) != 2 or run[0] == run[1] or run[0] != BOUND_DIGIT:
        return False
    before, after = text[start - 1 : start], text[end : end + 1]
    # (a clause's start read past spaces and line breaks, which a PDF's text sets inside words
    # too: 管理人⏎员远赴 is 管理人员 远赴, and a Latin word may end a line before the rest of its
    # phrase: 项目组 Staff⏎员远比; after no hanzi, letter or digit, or after the look-alike of a
    # mark that ends a clause, CLAUSE_END_MARKS, whatever word it might end: 人员员 is no start)
    if not _clause_starts_at(
        text, start, _clause_end_lookalikes(), passing=_INSIDE_WORD_BREAKS, lookalike_words=False, after_no_word=True
    ):
        return False
    if after in (PERSONS_PLURAL, PER_ONE) or any(
        c in _all_lookalikes() and c not in _clause_end_lookalikes() for c in (before, after)
    ):
        return False
    if before in _CELL_EDGES and after in _CELL_EDGES:
        return False
    return not any(_in_any_word(text, index) for index in range(start, end))


#: What stands between the hanzi of one word where text is extracted from a PDF: spaces and a
#: narrow column's line break (工作人⏎员, 工作人 员).
_INSIDE_WORD_BREAKS: Final = _INLINE_SPACES + "\r\n"


#: What stands on either side of a table's cell: spaces, a line's break (\r of CRLF too), the
#: text's edge ('').
_CELL_EDGES: Final = frozenset(_INLINE_SPACES) | frozenset(("\r", "\n", ""))


def _in_any_word(text: str, index: int) -> bool:
    """Whether a word of the lexicon of two or three, however rare, holds ``text[index]``."""
    return any(
        lexicon.is_word(text[lo : lo + size], min_freq=1)
        for size in range(2, ANY_WORD_LEN + 1)
        for lo in range(max(0, index - size + 1), index + 1)
        if lo + size <= len(text)
    )


def _chained(text: str, start: int, end: int) -> bool:
    """Whether the one or two digit look-alikes at ``start:end``, after ASCII digits and a
    sign of CHAIN_SIGNS (``2009-5-圆圆``, ``14:43:猿源``), go on with the number: no digit
    after them, and neither a word of their own (圆满) nor the start of one (10-员工)."""
    if end - start > 2 or _is_digit_at(text, end):
        return False
    # (a word of two look-alikes, 远远 in 2-远远超过, goes on no number; but a date's day does:
    # 2009-5-圆圆 is 2009-5-22)
    date = _real_digit(text[start - 4 : start - 3]) and text[start - 3 : start - 2] in CHAIN_SIGNS
    if end - start == 2 and not date and lexicon.is_word(text[start:end], min_freq=1):
        return False
    return not _edge_word(text, end - 1, 1)


def _round_before(text: str, start: int, end: int) -> bool:
    """Whether the two digit look-alikes at ``start:end`` are a round number (the second is 园)
    before 几 or 后 (``猿园几岁`` 30几岁, ``愿园后`` 80后), making no word with the hanzi before."""
    return (
        end - start == 2
        and text[end - 1] == _zero_lookalike()
        and not _is_digit_at(text, start - 1)
        and not _ends_word_before(text, start)
    )


def _cost_before_run(text: str, start: int, end: int) -> bool:
    """Whether the run of look-alikes at ``start:end`` is a cost in full: two or more before a
    unit or a counter, after a word of COST_BEFORE (要员缘天 is 要15天, 每人员缘元 每人15元), whose
    first look-alike the word before it would take (要员 an official, 人员 staff): a number after
    要 or 每人 is common, a number of officials or staff after them is not."""
    return (
        end - start >= 2
        and text.endswith(COST_BEFORE, 0, start)
        and (_unit_char(text[end : end + 1]) or text.startswith(NUMBER_AFTER_WORDS, end))
        and text[end : end + 1] not in PERSON_COUNTERS  # (要员缘人 is 要员5人: officials counted)
    )


def _price_per_one(text: str, run: str, at: int) -> bool:
    """Whether the look-alikes ``run`` before the 一 at ``text[at]`` are a price per one: a
    number that starts with no 园 and doubles no look-alike (园园 苑苑 员员 are nicknames), before
    一 and a counter of PER_ONE_COUNTERS that starts no longer word (一天到晚 一位位)."""
    return (
        run[0] != "园"
        and not (len(run) == 2 and run[0] == run[1])
        and text[at + 1 : at + 2] in PER_ONE_COUNTERS
        and text[at + 1 : at + 2] != ""
        and not any(lexicon.is_word(text[at : at + size], min_freq=1) for size in (3, 4))
    )


def _price_verb_before(text: str, start: int) -> bool:
    """Whether a word of PRICE_BEFORE ends right before ``start``, and a verb of one hanzi there
    ends no word with the hanzi before it (荷花 桃花 秋收: a flower, the harvest)."""
    if not text.endswith(PRICE_BEFORE, 0, start):
        return False  # (the common case, one C-level test for every word)
    word = next((w for w in PRICE_BEFORE if text.endswith(w, 0, start)), "")
    return bool(word) and (len(word) > 1 or not lexicon.is_word(text[start - 2 : start], min_freq=1))


def _round_sum(text: str, start: int, end: int) -> bool:
    """Whether the two digit look-alikes at ``start:end`` are a round sum after PRICE_BEFORE
    (``收圆园快一天``): a round number (:func:`_round_before`) from 10, whose 园 starts no word
    with what follows (收缘园区 is no sum)."""
    return (
        _round_before(text, start, end)
        and text[start] != _zero_lookalike()
        and not lexicon.is_word(text[end - 1 : end + 1], min_freq=1)
    )


@functools.cache
def _character_reference_re() -> re.Pattern[str]:
    digits = "".join(_lookalikes()[1])
    return re.compile(f"{CHARACTER_REFERENCE}[0-9{digits}]{{2,7}};")


def _character_references(text: str) -> dict[int, int]:
    """The runs of digit look-alikes inside an HTML character reference (``&#猿愿猿愿愿;`` is
    ``&#38388;``, start -> end): its digits are a number."""
    digits = _lookalikes()[1]
    found = {}
    for match in _character_reference_re().finditer(text):
        at, stop = match.start() + len(CHARACTER_REFERENCE), match.end() - 1
        while at < stop:
            if text[at] in digits:
                run_end = at
                while run_end < stop and text[run_end] in digits:
                    run_end += 1
                found[at] = run_end
                at = run_end
            else:
                at += 1
    return found


@functools.cache
def _known_triggers() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(what may stand before a list's item number, the marks after it, the colons of a time,
    the first characters of the informal counters): without one of them beside a run,
    :func:`_known_reading` reads nothing."""
    list_before, list_marks = _list_item_chars()
    return (
        frozenset(list_before + " \n" + IDEOGRAPHIC_SPACE) | {""},
        frozenset(list_marks),
        frozenset(_time_colons()),
        frozenset(c[0] for c in INFORMAL_COUNTERS),
    )


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


@functools.cache
def _latin_code_re() -> re.Pattern[str]:
    """Digit look-alikes right after ASCII letters (Win苑, DDR猿, U员园园: group 1) or right
    before them (员G, 圆km: group 2, with the letters in group 3)."""
    digits = "".join(_lookalikes()[1])
    return re.compile(
        f"(?<=[A-Za-z])([{digits}]{{1,4}})(?![{digits}0-9])|(?<![{digits}0-9])([{digits}]{{1,4}})([A-Za-z]+)"
    )


def _latin_codes(text: str) -> dict[int, tuple[int, str]]:
    """Digit look-alikes that a code or a unit in Latin letters beside them makes a number
    (start -> (end, note)): ``Win苑`` ``DDR猿`` ``SP圆`` ``MP猿`` ``U员园园`` (a model's or a
    version's number after its letters) and ``员G内存`` ``圆km`` (a number before its unit),
    unless the look-alikes make a word (远远, 员工 after them, 会员 before them) or are one of
    LATIN_LONE_KEPT after letters (RSS源, A园区)."""
    found = {}
    for match in _latin_code_re().finditer(text):
        if match.group(1) is not None:
            start, end = match.span(1)
            run = match.group(1)
            if len(run) == 1 and run in LATIN_LONE_KEPT and not _version_after_name(text, start, run):
                continue
            if (len(run) >= 2 and lexicon.is_word(run, min_freq=1)) or _edge_word(text, end - 1, 1):
                continue  # (远远, 圆满, 苑园区)
            if len(run) == 1 and (_two_char_word(text, start, min_freq=1) or _parallel_pair(text, start)):
                continue  # (NBA圆梦: 圆梦, a rarer word; A近B远)
            found[start] = (end, CODE_NOTE)
        else:
            start, end = match.span(2)
            run = match.group(2)
            unit = match.group(3)
            memory = text.startswith(MEMORY_AFTER, match.end(3))
            if unit not in LATIN_UNITS or (
                len(run) == 1
                and len(unit) == 1
                and run in _high_risk()
                and not _amount_before(text, start)
                and not memory
            ):
                continue  # (快递员M码, 售货员K线: roles the lexicon lacks end in 员)
            if (len(run) >= 2 and lexicon.is_word(run, min_freq=1)) or (_ends_word_before(text, start) and not memory):
                continue  # (会员G卡, 远远; but 变成员G显存)
            found[start] = (end, LATIN_UNIT_NOTE)  # (员G内存 is left: 快递员M码 looks the same)
    return found


def _version_after_name(text: str, start: int, lookalike: str) -> bool:
    """Whether ``lookalike`` at ``start`` names a version of the Latin word right before it
    (VERSIONED_NAMES: 苑 after Win, 源 after COD)."""
    word_start = start
    while word_start and _ascii_letter(text[word_start - 1]):
        word_start -= 1
    return lookalike in VERSIONED_NAMES.get(text[word_start:start].lower(), "")


#: Verbs that an amount follows (加员G内存, 送员G, 装源G): no role ends in one of them.
AMOUNT_VERBS: Final = frozenset("加送装换配带有约共仅只")
#: What the first of two numbers counted on (:func:`_next_numbers`) stands after when it is one
#: look-alike (收到源袁5个, 用了源袁5天): a verb of an amount, 了 or 到, never an adverb (太远，7个
#: 小时 is too far; 我们愿，9个人 willing).
NEXT_NUMBER_VERBS: Final = AMOUNT_VERBS | frozenset("了到")
#: Particles, counters and coverbs an amount follows that no role's name ends in before 员
#: (jieba's dictionary has no such word): 两条员G, 标配的员G, 一个员G, 跟员G差不多, 去到员G.
AMOUNT_FUNCTION_WORDS: Final = frozenset("的了个条根块张到跟和比是为")


def _amount_before(text: str, start: int) -> bool:
    """Whether what stands before the lone look-alike at ``start`` says an amount follows: a
    verb of AMOUNT_VERBS or a word of AMOUNT_FUNCTION_WORDS, a mark or its look-alike, a space
    or the line's start (芯片，员G内存), where no role's last hanzi (快递员M码) stands."""
    before = text[start - 1] if start else ""
    if before in AMOUNT_VERBS or before in AMOUNT_FUNCTION_WORDS or before in ("", "\n") or before in _INLINE_SPACES:
        return True
    return before in _lookalikes()[0] or (not before.isalnum() and not is_han(before))


@functools.cache
def _informal_count_re() -> re.Pattern[str]:
    """One digit look-alike (no digit on either side) before an informal counter, or after 第
    before a counter of NUMBER_AFTER (第源本)."""
    lookalikes = "".join(_lookalikes()[1])
    counters = "|".join(INFORMAL_COUNTERS)
    # (led by the look-alike: the engine scans for it in C, where a leading look-behind made it
    # try every position; the look-behinds after it read the character before it)
    return re.compile(
        f"[{lookalikes}](?:(?<![0-9{lookalikes}][{lookalikes}])(?=(?:{counters}))"
        f"|(?<=第[{lookalikes}])(?=[{re.escape(NUMBER_AFTER)}]))"
    )


def _informal_counts(text: str) -> dict[int, str]:
    """Lone digit look-alikes that count what an informal counter after them counts (start ->
    note): ``住了源晚`` (4晚), ``源星级酒店``, ``猿芯电池``, ``走路缘分钟``, ``圆号楼``, ``第源本``,
    where the look-alike ends no word with what stands before it (来源, 遥远, 有缘), the
    counter starts no word with what follows it (星期, 芯片, 晚上; but 星级), and a hotel has
    one to five stars."""
    digits = _lookalikes()[1]
    found = {}
    for match in _informal_count_re().finditer(text):
        at = match.start()
        counter_at = at + 1
        if text[at - 1 : at] == "第":
            counter = text[counter_at]
            if not _counter_at(text, counter_at) or _counter_starts_word(text, counter_at):
                continue  # (第远集团: 集团 is a word; 第 before a number outweighs 源本 as one)
        else:
            counter = next(c for c in INFORMAL_COUNTERS if text.startswith(c, counter_at))
            after = text[counter_at : counter_at + len(counter) + 1]
            if len(counter) == 1 and lexicon.is_word(after) and after not in INFORMAL_COUNTER_WORDS:
                continue  # (远星期, 源芯片, 远晚上)
            if counter == "星" and not 1 <= int(digits[match.group()]) <= MOST_STARS:
                continue
            if (
                len(counter) == 1
                and match.group() == CIRCLE
                and not _nights_of_a_stay(text, at, counter)
                and after not in INFORMAL_COUNTER_WORDS
            ):
                continue  # (圆杯, 圆星, 圆芯: round before a noun; but 圆星级 is 2星级, a rank)
        if _ends_word_before(text, at) and not (_hotel_rank(text, counter_at) and not _ends_best_word(text, at)):
            continue  # (来源星, 遥远星空, 有缘分钟情; but 只有源星以上: 有源 is rare, 有 before a count common)
        found[at] = f"a count before {counter} (4星级, 3芯, 5分钟, 第4本)"
    return found


def _hotel_rank(text: str, counter_at: int) -> bool:
    """Whether the counter at ``counter_at`` is 星 of a hotel's rank (星级, 星以上)."""
    return text.startswith(STAR, counter_at) and text.startswith(STAR_RANK_AFTER, counter_at + 1)


def _first_digit(number: str) -> str:
    """The first digit (of the class ``number``) of a number no digit stands before: led by
    the digit, the engine scans for it in C, where a leading look-behind made it try a match
    at every position (the look-behind after it reads the character before it)."""
    return f"[{number}](?<![{number}][{number}])"


@functools.cache
def _next_number_re() -> re.Pattern[str]:
    """Two numbers of one or two digits (real or look-alikes) parted by a comma or 、 (real or
    garbled), then what follows them: ``源袁5个``, ``5尧远天`` (groups: the numbers, the rest)."""
    number = "0-9" + "".join(_lookalikes()[1])
    separators = re.escape(NEXT_NUMBER_SEPARATORS)
    return re.compile(f"({_first_digit(number)}[{number}]?)[{separators}] ?([{number}]{{1,2}})(?![{number}])(.?.?)")


def _next_numbers(text: str) -> dict[int, int]:
    """The numbers of digit look-alikes that a count one more or one less beside them makes a
    number (start -> end): ``收到源袁5个频道`` (4，5个), ``待机时间远袁苑个小时``, ``过去5尧远天``,
    two numbers counted on (the second one more) before a unit or a counter, where the first
    is two look-alikes that make no word or one after NEXT_NUMBER_VERBS, ending no word (太远，
    7个小时 is too far; 有缘), and the second makes no word with the hanzi beside it (5、远处: 远处)."""
    digits = _lookalikes()[1]
    found = {}
    for match in _next_number_re().finditer(text):
        (first_at, first_end), (second_at, second_end) = match.span(1), match.span(2)
        first, second = match.group(1), match.group(2)
        if int("".join(digits.get(c, c) for c in second)) != int("".join(digits.get(c, c) for c in first)) + 1:
            continue
        rest = match.group(3)
        if not (_unit_char(rest[:1]) or rest.startswith(NUMBER_AFTER_WORDS) or rest.startswith(INFORMAL_COUNTERS)):
            continue
        if _approximation_after_unround("".join(digits.get(c, c) for c in second), rest[:1]):
            continue  # (第5，远多于去年: 远多于 "far more than", no 6多)
        if any(c in digits for c in first) and (
            (len(first) == 2 and not lexicon.is_word(first, min_freq=1))
            or (text[first_at - 1 : first_at] in NEXT_NUMBER_VERBS and not _ends_word_before(text, first_at))
        ):  # (有缘，6个人: 有缘)
            found[first_at] = first_end
        if any(c in digits for c in second) and not (
            _ends_word_before(text, second_at)
            or _edge_word(text, second_end - 1, 1)
            or (len(second) == 2 and lexicon.is_word(second, min_freq=1))
        ):
            found[second_at] = second_end
    return found


def _nights_of_a_stay(text: str, at: int, counter: str) -> bool:
    """Whether the look-alike of 2 at ``at`` before ``counter`` counts the nights of a stay."""
    return counter == CIRCLE_COUNTED and at > 0 and text[at - 1] in CIRCLE_COUNTED_AFTER


@functools.cache
def _time_re() -> re.Pattern[str]:
    """One or two digits (real or look-alikes), a colon, one or two digits: ``8：猿园``,
    ``员远：9`` (groups: the two numbers)."""
    number = "0-9" + "".join(_lookalikes()[1])
    colons = _time_colons()
    return re.compile(f"({_first_digit(number)}[{number}]?)[{colons}]([{number}]{{1,2}})(?![{number}])")


def _times(text: str) -> dict[int, int]:
    """The numbers of digit look-alikes on either side of a time of day or a ratio (start ->
    end): hours (0 to 24), a colon and minutes (00 to 59) written with two digits
    (``8：猿园``, ``员园：猿园``, ``员远：员园``), a screen's aspect ratio (``员远院怨``), or any two
    numbers round a colon where one side is written in digits (``员远：9``, 16:9). A side of
    look-alikes that makes a word with the character beside it (人员：, ：猿园园区) or is a
    word itself (：源源) is none."""
    digits = _lookalikes()[1]
    found = {}
    for match in _time_re().finditer(text):
        (left_at, left_end), (right_at, right_end) = match.span(1), match.span(2)
        left, right = match.group(1), match.group(2)
        left_garbled = any(c in digits for c in left)
        right_garbled = any(c in digits for c in right)
        if not (left_garbled or right_garbled):
            continue
        hours = "".join(digits.get(c, c) for c in left)
        minutes = "".join(digits.get(c, c) for c in right)
        clock = int(hours) <= 24 and len(minutes) == 2 and minutes[0] <= "5"
        if left_garbled and right_garbled and not clock and f"{hours}:{minutes}" not in ASPECT_RATIOS:
            continue
        if (
            left_garbled
            and (
                (left_at and _hour_ends_word(text, left_at, clock=clock))
                or (len(left) == 2 and lexicon.is_word(left, min_freq=1))
                or (left == GARDEN and left_at and _garden_before_count(text, left_at, right_end))
            )
            and not (right_garbled and text[left_at - 2 : left_at] in DAYTIME)
        ):
            continue  # (人员：, 来源：, ：圆圆; but 晚上圆圆:猿园 is 22:30, a time of the day)
        following = text[right_end : right_end + 1]
        if right_garbled and (
            # (only a time whose both sides are garbled may read 缘分 as 5分: 图1：圆点 is a dot; at
            # the text's end the last digit makes no word with what follows: alone, any hanzi is one)
            (
                following != ""
                and (following not in TIME_UNITS or not left_garbled)
                and lexicon.is_word(right[-1] + following, min_freq=1)
            )
            or (len(right) == 2 and lexicon.is_word(right, min_freq=1))
        ):
            continue  # (：猿园园区, ：源源不断; but 源缘分 is 45分 and 猿园点 30点 after a colon)
        if left_garbled:
            found[left_at] = left_end
        if right_garbled:
            found[right_at] = right_end
    return found


#: 园 alone as the hours after a hanzi is a garden's name before a colon in an address or before
#: a count (兰园：45号, 桃园：20楼, 荷园：30株), the hour 0 written alone far rarer there; elsewhere
#: a time (于0：30发车, 每天0：00至6：00, 凌晨0：45)
GARDEN: Final = "园"
#: What follows a number of an address (兰园：45号, 梅园：3弄; 楼 栋 幢 are MEASURE_WORDS)
ADDRESS_UNITS: Final = "号室弄"


def _garden_before_count(text: str, at: int, right_end: int) -> bool:
    """Whether 园 at ``at``, after a hanzi, is a garden's name before the colon of an address or
    a count: the number after it before ADDRESS_UNITS or MEASURE_WORDS (兰园：45号, 荷园：30株),
    not a time's hour 0 (于园：30发车: 发 is no measure word there)."""
    following = text[right_end : right_end + 1]
    return bool(following) and is_han(text[at - 1]) and following in ADDRESS_UNITS + MEASURE_WORDS


def _hour_ends_word(text: str, at: int, *, clock: bool) -> bool:
    """Whether the hours' first look-alike at ``at`` ends a word with the hanzi before it (人员：,
    来源：). Before a colon and two digits of minutes, hours and minutes of a ``clock``, only a
    reading that keeps it a hanzi counts: a rare word gives it up (到了愿院猿园 is 到了8:30,
    每天园远院00 每天06:00: 了愿 天园 are rare; 人员院猿园 会员：30 stay)."""
    if clock:
        return _ends_best_word(text, at)
    return lexicon.is_word(text[at - 1 : at + 1], min_freq=1)


#: What follows the day of a month's date: 日 or 号, or a time of the day (DAYTIME), before which a
#: review drops 日 (6月18下午下单).
DAY_MARKS: Final = "日号"
#: The note of a number read by :func:`_month_days`.
DATE_NOTE: Final = "a month and its day (6月18日, 10月2号, 6月18下午)"


@functools.cache
def _month_day_re() -> re.Pattern[str]:
    """One or two digits (real or look-alikes), 月, one or two digits and what follows a day
    (DAY_MARKS, DAYTIME): ``6月员愿下午``, ``远月26日`` (groups: the month, the day). Led by
    the month's first digit, its look-behind after it (as _range_to_digits_re)."""
    number = "0-9" + "".join(_lookalikes()[1])
    day_after = "|".join((f"[{DAY_MARKS}]", *DAYTIME))
    return re.compile(
        f"([{number}](?<![{number}][{number}])[{number}]?){MONTH}([{number}]{{1,2}})(?![{number}])(?={day_after})"
    )


def _month_lead_no_digit(text: str, start: int, end: int) -> bool:
    """Whether the first of the two digit look-alikes ``text[start:end]`` before a month's 月 is
    a hanzi of the text before it, not the month's first digit: a month is 1 to 12 and prose
    writes it with no leading zero (9月; 09月 only after its year, 2018年09月), so two that read
    0X after a word they end (幼儿园怨月员日, 颐和园缘月: 园 ends the park's name) or past 12
    (快递员怨月员日: no 19月; 员 the agent's suffix, as …园 a park's) are the word's hanzi
    and a month of one digit, which the second alone makes."""
    if end - start != 2 or text[end : end + 1] != MONTH:
        return False
    marks, digits = _lookalikes()[:2]
    lead, second = digits.get(text[start]), digits.get(text[start + 1])
    before = text[start - 1 : start]
    if lead is None or second in (None, "0") or not is_han(before) or before == YEAR or before in marks:
        return False
    if lead == "0":
        return _ends_word_before(text, start)
    return int(lead + second) > LAST_VALUE[MONTH]


def _month_days(text: str) -> dict[int, int]:
    """The numbers of digit look-alikes in a date of a month and its day (start -> end):
    ``6月员愿下午`` (6月18), ``10月圆号`` (10月2号, though 圆号 is a horn), ``远月26日``, ``源月缘日``:
    a month of 1 to 12, a day of 1 to 31 and 日, 号 or a time of the day after it, which no hanzi
    of a digit before 月 and after it reads. A month of look-alikes that ends a word with the
    hanzi before it is left to the number's own reading (人员员月8日 is 人员1月8日, 公务员员月员日
    公务员1月1日: :func:`_month_lead_ends_word`; but 遥远月 and
    渊源月 end a sentence and open a parenthesis: 。6月, （4月), and so is a lone day that makes
    a word with what follows it (10月圆号演奏会: the horn)."""
    marks, digits = _lookalikes()[:2]
    found = {}
    for match in _month_day_re().finditer(text):
        (month_at, month_end), (day_at, day_end) = match.span(1), match.span(2)
        if _month_lead_no_digit(text, month_at, month_end):
            month_at += 1  # (幼儿园怨月员日: 园 ends the park's name, no 09月)
        month = int("".join(digits.get(c, c) for c in text[month_at:month_end]))
        day = int("".join(digits.get(c, c) for c in match.group(2)))
        if not (1 <= month <= LAST_VALUE[MONTH] and 1 <= day <= LAST_VALUE[DAY]):
            continue
        month_garbled = any(c in digits for c in text[month_at:month_end])
        before = text[month_at - 1 : month_at]
        if month_garbled and before not in marks and _month_lead_ends_word(text, month_at, month_end, day):
            continue
        if month_garbled:
            found[month_at] = month_end
        day_word = day_end - day_at == 1 and lexicon.is_word(text[day_at : day_end + 1], min_freq=1)
        if any(c in digits for c in match.group(2)) and not day_word:
            found[day_at] = day_end
    return found


def _zero_keeps_lead(text: str, start: int, end: int) -> bool:
    """Whether the look-alike ``text[start]`` is the first digit of the run ``text[start:end]``
    though it ends a word, because a zero's look-alike follows it: no number starts with 0 but
    0.5 (党员园园周年 is 党100周年). Not where it is a 园 of its own, which starts a number as
    much as the 园 after it (幼儿园园至猿岁 is 幼儿园 0至3岁), nor where two look-alikes after it
    stand before 后: a generation (会员园园后 is 会员 00后, 学员园缘后 no 学 105后; GENERATION),
    nor where that 园 alone starts a range that falls from the two: a 0 of its own (会员园至猿岁
    and 会员园耀猿岁 are 会员 0至3岁 and 0～3岁, no 10至3; but 入党员园至员缘年 is 入党 10至15年;
    :func:`_range_marks`), a range of ages or counts, not of months (:func:`_months_from`).
    A range from 0 that ends at 10 or more is still read from the two
    (党员园至员愿岁 is 党 10至18岁, where 党员 0至18岁 was meant: a known gap)."""
    _, digits, point = _lookalikes()
    return (
        start + 1 < end
        and digits.get(text[start + 1]) == ROUND_DIGIT
        and text[start + 2 : start + 3] != point
        and digits.get(text[start]) != ROUND_DIGIT
        and not (end - start == GENERATION_DIGITS + 1 and text[end : end + 1] == GENERATION)
        and not (
            end - start == 2
            and text[end : end + 1] in _range_marks()
            and _number_starts_at(text, end + 1)
            and not _ascending(text, end - 1, end + 1, start)
            and not _months_from(text, end + 1)
        )
    )


def _months_from(text: str, at: int) -> bool:
    """Whether the number that starts at ``text[at]`` is a month (月 after it): a range of months
    starts at 1, never 0, so one that falls from the two before it runs across the new year
    (运动员园至猿月 is 运动 10至3月, October to March, no 运动员 0至3月)."""
    while _is_digit_at(text, at):
        at += 1
    return text[at : at + 1] == MONTH


@functools.cache
def _range_marks() -> str:
    """What stands between the two numbers of a range, as written (NUMBER_RANGE) or as ～'s
    look-alike (耀: 员园耀圆园 is 10～20)."""
    return NUMBER_RANGE + "".join(h for h, s in _number_signs().items() if s == FULLWIDTH_TILDE)


def _generation_after_word(text: str, start: int, end: int) -> bool:
    """Whether the two look-alikes ``text[start:end]``, left after the word the look-alike before
    them ends (会员园园后: 会员), are a generation before 后 (00后 90后: GENERATION), a round
    one as :func:`_round_before` reads one after a hanzi (愿园后 80后)."""
    return end - start == GENERATION_DIGITS and text[end : end + 1] == GENERATION and text[end - 1] == _zero_lookalike()


def _zero_led(text: str, start: int, end: int) -> bool:
    """Whether the run of look-alikes ``text[start:end]`` starts with the zero's (园) and goes on
    with another digit's, no decimal point between: no number but a code or a date after its year
    is written so (01至9月), so a 园 that ends a word there is the word's (公园 校园 工业园)."""
    return end - start >= 2 and text[start] == _zero_lookalike() and text[start + 1] in _lookalikes()[1]


def _month_lead_ends_word(text: str, month_at: int, month_end: int, day: int) -> bool:
    """Whether the month's first look-alike ``text[month_at]`` ends a word with the hanzi before
    it: any word of two (人员员月8日: 人员), or a word of three or four that wins the look-alike
    from the month (公务员员月员日 is 公务员 1月1日, no 公务 11月: :func:`_longer_word_takes_month`)."""
    if lexicon.is_word(text[month_at - 1 : month_at + 1], min_freq=1):
        return True
    return _longer_word_takes_month(text, month_at, month_end, day)


#: The last day of each month of one digit (a leap year's February: 2月29日).
MONTH_DAYS: Final = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30}


def _longer_word_takes_month(text: str, month_at: int, month_end: int, day: int) -> bool:
    """Whether the first of a month's two look-alikes ``text[month_at:month_end]`` ends a word of
    three or four with the hanzi before it (公务员 乘务员 驾驶员) that is at least as frequent as
    the word it makes longer (公务员 1382, 公务 839), and the second alone makes a month the day
    after it is in (公务员员月员日 is 公务员 1月1日). Both readings are prose, so the commoner
    word decides: 开展志愿服务员圆月缘日 is 服务 12月5日 (服务 13036, 服务员 321), and
    做好统计员圆月猿员日 统计 12月31日 (no 2月31日)."""
    if month_end - month_at != 2 or not _edge_word(text, month_at, -1):
        return False
    month = _lookalikes()[1].get(text[month_at + 1])
    if month is None or day > MONTH_DAYS.get(int(month), 0):
        return False
    words = (text[max(0, month_at - size + 1) : month_at + 1] for size in range(3, lexicon.MAX_WORD_LEN + 1))
    return any(lexicon.frequency(word) >= max(lexicon.frequency(word[:-1]), 1) for word in words if len(word) >= 3)


@functools.cache
def _lone_number_context() -> tuple[frozenset[str], frozenset[str]]:
    """(characters after a lone digit look-alike, characters before it) that make it worth
    reading as a number: units, a range, a sign, the interpunct, spaces; 第 〔, a sign, a dash."""
    signs = "".join(_number_signs())
    dot = _dot_lookalike()
    after = NUMBER_AFTER + NUMBER_RANGE + _INLINE_SPACES + signs + dot + DASH_LOOKALIKE
    before = NUMBER_BEFORE + _INLINE_SPACES + signs + dot + DASH_LOOKALIKE
    return frozenset(after), frozenset(before)


#: The unit a swimmer's hundredths follow (1分1秒76, 54秒95).
SECONDS: Final = "秒"
#: The minutes before seconds (4分36秒66).
MINUTES: Final = "分"
#: Wins, draws and losses of a record (6胜1负, 4胜3平).
RECORD_FIRST, RECORD_LAST = "胜平", "平负"
#: Marks an item's number follows inside a paragraph (：1．单项, ；2·在体育), real or garbled.
ITEM_AFTER_MARKS: Final = "：；。院曰遥"
#: What an item's number is followed by there (．, · and its look-alike 窑).
ITEM_DOTS: Final = frozenset("．·窑")
#: What stands before 表 or 图 of a table's or figure's number (见表3）, ⏎表1：, （图3）).
SECTION_BEFORE: Final = "见\n（渊"
SECTION_WORDS: Final = "表图"
#: A clue's number (线索3：).
CLUE: Final = "线索"
#: What follows the number of a table, figure or clue.
SECTION_ENDS: Final = "：:）冤院"
#: 见 before 表 or 图: "see table 3" (见表3）); a number in parentheses (（图3）) refers to one;
#: before a colon, a table's, figure's or clue's number is read only beside another of a
#: different number (表1： … 表2：), as a credit (图源：新华社, the image's source) or a role
#: (线索员：, the informant) repeats the same look-alike.
SEE: Final = "见"
#: How far apart the numbers of one series of tables, figures or clues may stand.
SECTION_REACH: Final = 3000


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
    if (after != "" and after in RECORD_FIRST) or before in RECORD_FIRST:
        if _record(text, start, end):
            return "a record of wins, draws and losses (6胜1负)"
        return None
    if before in ITEM_AFTER_MARKS and after in ITEM_DOTS:
        return _listed_item(text, start, end, before, after)
    if after != "" and after in SECTION_ENDS and end - start <= 2:
        word = text[start - 2 : start] if text[start - 2 : start] == CLUE else before
        if (word == CLUE or (before in SECTION_WORDS and start >= 2 and text[start - 2] in SECTION_BEFORE)) and (
            text[start - 2 : start - 1] == SEE or after in ITEM_CLOSE or _section_sequence(text, word, start, end)
        ):
            return "the number of a table, figure or clue (表3：, 见表3）, 线索1：)"
        return None
    if (
        before in SECTION_WORDS
        and end - start <= 2
        and (start == 1 or text[start - 2] == "\n")
        and _inline_space_at(text, end)
        and _heads_a_table(text, start)
    ):
        return "the number of a table or figure heading its line (表1　…)"
    if before == "\n" and (_table_row(text, start, end) or _spaced_table_row(text, start, end)):
        return "the rank at the start of a table's row, between rows numbered before and after it"
    if after != "" and after in PERCENT_SIGNS and _percent_start(text, end) == start:
        return f"a percentage after {text[start - 2 : start]} (增长6%)"
    if after == MONTH:
        return _month(text, start, end)
    if after == CLOCK:
        return _clock(text, start, end)
    if before == NEAR and end - start <= 2 and after != "" and after in NEAR_COUNTERS:
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
MONTH_AFTER: Final = ("份", "上旬", "中旬", "下旬", "中下旬", "底")
#: Before a month that reads as a word (圆月): a preposition of time (比2月份, 从2月份起).
MONTH_BEFORE: Final = frozenset("比从在到至于自")
#: 时 of a clock time (凌晨2时, 2时许), a time word too (圆时 in 鸳梦终圆时: when the dream comes true).
HOUR: Final = "时"
LONE_HOUR_NOTE: Final = "one digit before 时, no time of day near (终圆时: when it is fulfilled?)"
#: What says an hour is of a clock: the day's parts and days (凌晨 下午 今日 昨天 晚 早), a clock's
#: followers after 时 (2时许, 2时30分, 2时半, 2时左右, 2时至).
HOUR_CONTEXT: Final = ("日", "天", "午", "晨", "晚", "早", "夜", "宵", "时间", "钟")
HOUR_FOLLOWERS: Final = ("许", "分", "半", "整", "左右", "至", "到", "正")
#: What marks a point of time after 时 (起 前 后 开始 以后 以前): 时 'when' ends a clause and takes
#: them as well (鸳梦终圆时起, 如愿时以后), so they say a clock only after a preposition of time
#: before the digit (会议于9时开始, 在8时前进入考场, 从9时起): a bare digit there is an hour.
POINT_FOLLOWERS: Final = ("起", "前", "后", "开始", "以后", "以前")
CLOCK_PREPOSITIONS: Final = frozenset("于在从到至自")
#: What schedules an hour before it (定于9时, 将于7时), and the events a clock's hour times after
#: 时 (9时召开, 5时抵达, 比赛9时开始): 鸳梦终圆时 has neither, and a bare 于 or 在 says no clock
#: (始于远时).
HOUR_SCHEDULERS: Final = ("定于", "将于", "拟于", "订于")
HOUR_EVENTS: Final = ("召开", "举行", "开幕", "闭幕", "抵达", "到达", "出发", "起飞", "开始", "结束")
#: 圆 after the moon is its being full (月圆时, 月亮圆时开始: 'when the moon is full'), a clause of
#: 时 'when' that takes 开始 as an event's hour does: no 2 o'clock.
FULL_MOON: Final = (("月", "月亮"), "圆")
#: How far before an hour its time of day is looked for.
HOUR_CONTEXT_REACH: Final = 16


def _hour_without_time(text: str, start: int, hour_at: int) -> bool:
    """Whether one digit look-alike at ``start`` before 时 (at ``hour_at``) stands after a hanzi
    with no time of day before it (HOUR_CONTEXT within HOUR_CONTEXT_REACH) and nothing of a
    clock after 时: a clock time is said with the day's part (凌晨2时) or its minutes (2时许)."""
    moon, full = FULL_MOON
    if text[start : start + 1] == full and text.endswith(moon, 0, start):
        return True  # (月亮圆时开始: when the moon is full)
    if text.startswith(HOUR_FOLLOWERS, hour_at + 1) or _is_digit_at(text, hour_at + 1):
        return False
    if text.startswith(POINT_FOLLOWERS, hour_at + 1) and text[start - 1 : start] in CLOCK_PREPOSITIONS:
        return False  # (会议于9时开始, 在8时前, 从9时起)
    if not (start and is_han(text[start - 1])):
        return False  # (酝糟枣藻藻 愿时: a version after a name, 时 'when')
    if text.endswith(HOUR_SCHEDULERS, 0, start) or text.startswith(HOUR_EVENTS, hour_at + 1):
        return False  # (会议定于9时召开, 大会9时开幕)
    before = text[max(0, start - HOUR_CONTEXT_REACH) : start]
    return not any(word in before for word in HOUR_CONTEXT)


#: 点 of the time of day, and what before it says so (晚上6点, 早6点; 4点钟).
CLOCK: Final = "点"
CLOCK_AFTER: Final = "钟"
DAYTIME: Final = ("早上", "晚上", "上午", "下午", "中午", "凌晨", "清晨", "早晨", "傍晚", "半夜", "深夜")
#: The night's times of the day, and the hours they hold (半夜2点; 半夜远点的村子 is 'farther').
NIGHT, NIGHT_HOURS = ("半夜", "深夜"), frozenset((*range(0, 6), 11, 12, 23, 24))
#: 才 before an hour that ends a wait (才6点以后), and 到 after a verb of waiting or of doing
#: until then (要到6点以后才能入住, 等到2点多, 手续办到6点以后; 一直 and a verb of one hanzi: 一直看到2点多):
#: after a verb of moving or finding, 到 reaches a place (站到远点后, 移到圆点前, 找到圆点后).
#: What follows 点 there as an hour's (CLOCK_UNTIL_FOLLOWERS); 后 and 前 alone only where the
#: look-alike and 点 make no word (远点 'farther', 圆点 'a dot', 源点 'a source point' do).
CLOCK_UNTIL, CLOCK_UNTIL_AFTER = "才", "到"
CLOCK_UNTIL_VERBS: Final = frozenset("等直要睡熬玩忙办干聊")
CLOCK_UNTIL_ADVERB: Final = "一直"
CLOCK_UNTIL_FOLLOWERS: Final = ("以后", "以前", "左右", "多", "半", "整", "后", "前")
#: 才 'not until' before an hour that ends a clause (才早上4点！才源点啊): a mark, real or
#: garbled, or a particle after 点; not 远点 (才远点，'only a bit farther') nor 圆点 (a dot).
CLOCK_ONLY_PARTICLES, CLOCK_ONLY_NEVER = "啊呀吧呢", ("远点", "圆点")
#: 近 before a number of years or a quantity (近5年来, 近5亿元); its counters.
NEAR: Final = "近"
NEAR_COUNTERS: Final = "年天周亿万千百倍个名位家成"
#: The words a counter after 近 starts that are still a quantity (近5年来, 近5亿元).
NEAR_UNITS: Final = ("年来", "年间", "亿元", "万元", "万人", "千人", "百人", "个月")


#: ％ as garbled (豫, U+8C6B) and as written (% ％), after a number.
PERCENT_SIGNS: Final = "豫%" + FULLWIDTH_PERCENT
#: Words a percentage follows, though they make a word with its look-alike (增长远豫: 长远).
PERCENT_BEFORE: Final = ("增长", "下降", "上升", "提高", "降低", "减少", "增加", "只有", "仅有", "达到")


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


#: The day of the month after its number.
DAY: Final = "日"
#: The most a day of the month, a month and an age can be (a year has YEAR_DIGITS digits).
LAST_VALUE: Final = {DAY: 31, MONTH: 12, "岁": 150}
#: The yen: 员员愿日元 is 118 yen, no day.
YEN: Final = ("日元", "日圆")


#: The digit look-alike that is a word of its own before a year where a clause starts: 愿 'may'
#: (愿2020年风调雨顺, a wish). 远 圆 缘 怨 before a year there are no prose (缘圆园园园年前 is 52000年前).
FREE_DIGIT_WORDS: Final = frozenset("愿")

#: What after 年 makes the number before it a count of years, not a calendar year: 年前 年间
#: 年来 年后 (愿圆园园园年前 is 82000年前, no wish).
YEARS_COUNT_AFTER: Final = frozenset("前间来后")


#: Who wishes, right before the free word 愿 (我愿 我们都愿 大家也愿): a personal pronoun or
#: 大家, with 都 or 也 after it or not. No count of years follows a pronoun (我82020年), while
#: one follows a verb or an adverb alone (已有82000年历史, 都82000年了).
WISH_SUBJECTS: Final = ("我", "你", "您", "他", "她", "咱", "大家")
WISH_ADVERBS: Final = ("都", "也")


def _wish_subject_before(text: str, start: int) -> bool:
    """Whether a subject of WISH_SUBJECTS (plural with 们 or not) and a WISH_ADVERBS adverb or
    none stand right before ``text[start]`` (我们都愿圆园圆园年: a wish, as where a clause starts),
    a subject that closes no longer word with the hanzi before it (其他 吉他 自我: 其他愿圆园园园年
    is 其他 82000年, a count after 'the other')."""
    end = start - 1 if text.endswith(WISH_ADVERBS, 0, start) else start
    end = end - 1 if text.endswith(PERSONS_PLURAL, 0, end) else end
    subject = next((s for s in WISH_SUBJECTS if text.endswith(s, 0, end)), None)
    if subject is None:
        return False
    before_at = end - len(subject) - 1
    return before_at < 0 or not lexicon.is_word(text[before_at:end], min_freq=1)


def _name_before_value(text: str, start: int, end: int) -> bool:
    """Whether the first look-alike of the run ``text[start:end]`` ends a name or a word with the
    hanzi before it (王远, 张志远, 中远: a common surname or a word of the lexicon) or is a word
    of its own where a clause starts or after its subject before a year (愿圆园圆园年, 我们都愿
    圆园圆园年: a wish, FREE_DIGIT_WORDS, WISH_SUBJECTS; not before a count of years, 年前),
    where the run makes a date or an age no calendar or life has and the rest of it makes one:
    记者王远员月 is 王远 1月, 中远员怨怨苑年 中远 1997年, 愿圆园圆园年 愿 2020年: a year has four
    digits, and a count of 82020 years is no prose. (连续缘园日 is no 0日 and 第员园园日 has no
    name: both are read whole; a count of days or months may pass a date's range, so the free
    word only counts before 年.)"""
    before = text[start - 1 : start]
    if not (
        (before in _commonest_surnames() and before not in ADVERB_SURNAMES and before not in _all_lookalikes())
        or lexicon.is_word(before + text[start], min_freq=1)
        or (
            text[start] in FREE_DIGIT_WORDS
            and text[end : end + 1] == YEAR
            and text[end + 1 : end + 2] not in YEARS_COUNT_AFTER
            and (_clause_starts_at(text, start) or _wish_subject_before(text, start))
        )
    ):
        return False
    return _value_without_lead(text, start, end, 1)


def _value_without_lead(text: str, start: int, end: int, lead: int) -> bool:
    """Whether the digit look-alikes ``text[start:end]`` make a value beyond the range of the
    date or age after them (:func:`_value_beyond_range`) and the run's rest after its first
    ``lead`` look-alikes makes one within it: no leading 0, a year of four digits (19.., 20..)."""
    if not _value_beyond_range(text, start, end) or _value_beyond_range(text, start + lead, end):
        return False
    digits = _lookalikes()[1]
    rest = "".join(digits.get(c, c) for c in text[start + lead : end])
    if not rest.isdigit() or rest[0] == "0":
        return False
    return text[end] != YEAR or (len(rest) == YEAR_DIGITS and rest[:2] in YEAR_CENTURIES)


def _value_beyond_range(text: str, start: int, end: int) -> bool:
    """Whether the digit look-alikes ``text[start:end]`` before 日, 月, 年 or 岁 make a value no
    calendar or life has: a day past 31, a month past 12, a year of five digits or more, an age
    past 150 (张志远员圆岁 is no 612岁)."""
    after = text[end : end + 1]
    if after == YEAR:
        return end - start > YEAR_DIGITS
    if after not in LAST_VALUE or text.startswith(YEN, end):
        return False
    value = _number_value(text, start, end)
    return value is not None and value > LAST_VALUE[after]


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
    if _wait_until(text, start) and _hour_until(text, start, end + 1):
        return "an hour a wait lasts until (到6点以后, 看到2点多)"
    if text[start - 1 : start] == CLOCK_UNTIL and _hour_ends_clause(text, start, end):
        return "an hour a wait lasts until (才4点啊)"
    if not (text[start - 2 : start] in DAYTIME or text[start - 1 : start] in ("早", "晚")):
        return None
    if text[start - 2 : start] in NIGHT and value not in NIGHT_HOURS:
        return None  # (半夜远点的村子: no night has 6 o'clock)
    if (
        lexicon.is_word(text[start : end + 1], min_freq=CLOCK_WORD_FREQ)
        and is_han(following or "a")
        and following not in _lookalikes()[0]
        and following not in _clock_followers()
        and not lexicon.starts_predicate(lexicon.best_segmentation(text[end + 1 : end + 5])[0])
    ):
        return None  # (下午圆点图案: 圆点, a polka dot; but 下午2点进行, 2点半, 2点多, 2点后 are times)
    return "an hour of the day (晚上6点, 4点钟)"


def _hour_ends_clause(text: str, start: int, end: int) -> bool:
    """Whether the hour at ``start:end`` after 才 and 点 after it end a clause: a mark, real or
    garbled, or a particle of CLOCK_ONLY_PARTICLES after 点, and no CLOCK_ONLY_NEVER word."""
    following = text[end + 1 : end + 2]
    return (
        following != ""
        and (following in CLOCK_ONLY_PARTICLES or following in _REAL_MARKS or following in _lookalikes()[0])
        and text[start : end + 1] not in CLOCK_ONLY_NEVER
    )


def _wait_until(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows 才, or 到 after a verb of waiting or of doing
    until then (CLOCK_UNTIL_VERBS, or any verb after 一直)."""
    before = text[start - 1 : start]
    if before == CLOCK_UNTIL:
        return True
    if before != CLOCK_UNTIL_AFTER:
        return False
    return text[start - 2 : start - 1] in CLOCK_UNTIL_VERBS or text[start - 4 : start - 2] == CLOCK_UNTIL_ADVERB


def _hour_until(text: str, start: int, at: int) -> bool:
    """Whether what follows 点 at ``at`` makes the number at ``start`` an hour a wait lasts
    until: one of CLOCK_UNTIL_FOLLOWERS, not starting a word with what follows it (后面, 前面,
    多少, 半径); 后 or 前 alone not after a look-alike that makes a word with 点 (远点后)."""
    follower = next((f for f in CLOCK_UNTIL_FOLLOWERS if text.startswith(f, at)), None)
    if follower is None or (len(follower) == 1 and lexicon.is_word(text[at : at + 2], min_freq=1)):
        return False
    return follower not in ("后", "前") or not lexicon.is_word(text[start:at], min_freq=1)


#: A digit look-alike and 点 as frequent as 圆点 (a polka dot, jieba 39; 远点 has 3) are read
#: as a time of day only before a time's followers (CLOCK_FOLLOWERS), a mark or a predicate.
CLOCK_WORD_FREQ: Final = 10
#: What follows 点 of an hour where the digit and 点 make a word (圆点): 2点半, 2点多.
CLOCK_FOLLOWERS: Final = "钟半多整前后左以到至零过起"


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
    if after != "" and after in RECORD_FIRST:
        at = end + 1
        while _is_digit_at(text, at):
            at += 1
        if at > end + 1 and at < len(text) and text[at] in RECORD_LAST:
            return True
    return (
        start > 0
        and text[start - 1] in RECORD_FIRST
        and _is_digit_at(text, start - 2)
        and after != ""
        and after in RECORD_LAST
    )


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


#: How many lines after a table's heading (表1　…) its first row of figures may stand (the
#: column heads come between).
HEADING_ROWS: Final = 2


def _heads_a_table(text: str, start: int) -> bool:
    """Whether the line starting at ``text[start - 1]`` (表 or 图 and a number) heads a table:
    one of the HEADING_ROWS lines after it is a row of figures (an inline space and a number
    of a garbled shape) and the line before it is none (a heading inside a table is a caption:
    图源　新华社, 'image source')."""
    line_start = start - 1
    if line_start:
        previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        if _figure_row(previous):
            return False
    at = text.find("\n", start)
    for _ in range(HEADING_ROWS):
        if at < 0:
            return False
        following = text.find("\n", at + 1)
        if _figure_row(text[at + 1 : following if following >= 0 else len(text)]):
            return True
        at = following
    return False


def _figure_row(line: str) -> bool:
    """Whether ``line`` holds an inline space and a number of a garbled shape (a table's row)."""
    return any(space in line for space in _INLINE_SPACES) and _number_shape_re().search(line) is not None


def _inline_space_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` is an inline space (False past the text's ends: no ``"" in str``)."""
    return 0 <= index < len(text) and text[index] in _INLINE_SPACES


def _spaced_table_row(text: str, start: int, end: int) -> bool:
    """``⏎圆　王强　员园援猿员秒``: a one- or two-digit number at a line's start before an inline
    space, the line before or after it starting the same way with the number one less or one
    more (the ranks of a table set apart from its names)."""
    if end - start > 2 or not _inline_space_at(text, end):
        return False
    value = _number_value(text, start, end)
    if value is None:
        return False
    previous = text.rfind("\n", 0, start - 1) + 1 if start else -1
    after_line = text.find("\n", end)
    return (previous >= 0 and previous != start and _spaced_row_numbered(text, previous, value - 1)) or (
        after_line >= 0 and _spaced_row_numbered(text, after_line + 1, value + 1)
    )


def _spaced_row_numbered(text: str, at: int, value: float) -> bool:
    """Whether the line starting at ``text[at]`` starts with the number ``value`` (one or two
    digits) before an inline space."""
    end = at
    while end < at + 2 and _is_digit_at(text, end):
        end += 1
    return end > at and _inline_space_at(text, end) and _number_value(text, at, end) == value


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
SIGN_OUTPUT: Final = {FULLWIDTH_PERCENT: "%", FULLWIDTH_SOLIDUS: "/"}
#: Signs written after a number (25℃, 38.7%); the others stand between two numbers.
SIGNS_AFTER: Final = (DEGREE_CELSIUS, FULLWIDTH_PERCENT)
#: What the signs written after a number are repaired to (℃ %).
AFTER_OUTPUTS: Final = frozenset(SIGN_OUTPUT.get(s, s) for s in SIGNS_AFTER)


#: 籍 'native of, registered in' follows a place (豫籍 川籍 原籍 国籍; 豫 is Henan's abbreviation)
#: and never a percentage nor a temperature: a ％ or ℃ look-alike before it is the hanzi.
NATIVE_PLACE: Final = "籍"


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
            cand = _hyphen_between_numbers(text, index) or _range_hyphens(text, index)
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
            if _two_char_word(text, index):
                continue  # 益处, 益于, 豫剧
            if text.startswith(NATIVE_PLACE, index + 1):
                continue  # 结缘豫籍: Henan-born (籍 follows a place), no 5%
            if _lone_degree_without_context(text, index - 1, index):
                continue  # 香远益清: no temperature is said near
            if (
                symbol == DEGREE_CELSIUS
                and _year_ends_at(text, index)
                and _two_char_word(text, index, min_freq=1)
                and not _two_char_word(text, index + 1)
            ):
                continue  # 2018益阳: a year, then a word (the city 益阳); but 2000益高温 is 2000℃高温
            cand.add(LIKELY_FROM + 1.0, "right after a number", EV_OTHER)
        elif _number_starts_at(text, index + 1) or (symbol == FULLWIDTH_TILDE and _cell_sign_at(text, index + 1)):
            cand.add(SURE_FROM, "between two numbers", EV_OTHER)
        else:
            continue
        found.append(cand)
    return found


MINUS_MIN_DIGITS = 2
#: A price's unit: 原 between two prices may be 'formerly' (现价68原128元), a doubt.
PRICE_UNITS: Final = ("元", "块", "角", "美元", "港元", "日元", "欧元", "英镑", "万元", "亿元", "千元", "百元")


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


def _range_hyphens(text: str, index: int) -> _Candidate | None:
    """``员原猿岁`` (1－3岁), ``圆原原猿星`` (2－－3星): 原 or 原原 between the short numbers of a
    range before its unit (:func:`_garbled_range_hyphen`), each 原 a full-width hyphen-minus."""
    start = index - 1 if text[index - 1 : index] == HYPHEN_MINUS_LOOKALIKE else index
    if not _garbled_range_hyphen(text, start):
        return None
    cand = _Candidate(index, index + 1, HYPHEN_MINUS_LOOKALIKE, FULLWIDTH_HYPHEN_MINUS)
    cand.add(SURE_FROM, "between the two numbers of a range before its unit (1－3岁)", EV_OTHER)
    return cand


#: A year of four digits (2018): what the digits before a sign read as when they are one.
YEAR_DIGITS: Final = 4
YEAR_CENTURIES: Final = ("19", "20")


def _year_ends_at(text: str, index: int) -> bool:
    """Whether the digits (ASCII or look-alikes) right before ``text[index]`` are four that read
    as a year of the last two centuries (``2018益阳``, ``圆园员愿益阳``), and no more."""
    first = index
    while _is_digit_at(text, first - 1):
        first -= 1
    if index - first != YEAR_DIGITS:
        return False
    digits = _lookalikes()[1]
    return "".join(digits.get(c, c) for c in text[first : first + 2]) in YEAR_CENTURIES


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


#: The word between the two numbers of a score or a rate said in words (以3比1战胜, 按1比13兑换,
#: 汇率为3.3比1).
SCORE_WORD: Final = "比"
#: 远 before 比 is 'far' of a comparison (远比去年多, 远比20年前好), no score's first number.
FAR = "远"
#: A score's numbers have one or two digits (3比1, 1比13; not 人员比2010年).
SCORE_MAX_DIGITS: Final = 2
#: What a score's first number follows no more than a comparison's subject does: a pronoun, a
#: demonstrative or a classifier (我愿比3个人, 这座园比3年前, 这份缘比3年前: 愿 园 缘 compared;
#: 以3比1, 按1比13, 为3比1 introduce a score).
SCORE_NOT_AFTER: Final = frozenset("我你他她它这那个只座份位条张件头匹块片颗棵本")


def _score_word_after(text: str, index: int) -> bool:
    """Whether the lone digit look-alike at ``index`` is the first number of a score said with
    比 (``以猿比1战胜`` is 以3比1, ``按员比员猿兑换`` 按1比13): a short number follows 比, and the
    look-alike ends no word (会员比例) nor is 远 of 远比 'far more than', nor follows what a
    comparison's subject does (SCORE_NOT_AFTER)."""
    return (
        text[index + 1 : index + 2] == SCORE_WORD
        and text[index] != FAR
        and text[index - 1 : index] not in SCORE_NOT_AFTER
        and not _edge_word(text, index, -1)
        and _score_number_at(text, index + 2)
    )


def _score_word_before(text: str, index: int) -> bool:
    """Whether the number starting at ``index`` is the second of a score said with 比 after a
    number (``汇率为猿窑猿比员`` is 3.3比1): a short number no word holds after a number, not
    after 远 alone (远比员工多: far more than the staff)."""
    if index < 2 or text[index - 1] != SCORE_WORD or not _number_ends_at(text, index - 2):
        return False
    return not (text[index - 2] == FAR and not _is_digit_at(text, index - 3)) and _score_number_at(text, index)


#: A grid's shape, its rows then its columns (3行4列: a table's, a matrix's, a range of cells'):
#: two counts said so side by side, which no words make of the look-alikes before 行 and 列 (行
#: and 列 start words, 行动 列车, but 猿行源列 reads as none)
GRID_ROWS: Final = "行"
GRID_COLUMNS: Final = "列"
#: 源 (4) is 'source' too, and a table's or a transfer's source rows and columns are 源行 源列
#: (转置后源行源列互换): a grid of 源 rows and 源 columns alone is no count read
GRID_SOURCE: Final = "源"


def _grid_shape_at(text: str, start: int, end: int) -> bool:
    """Whether the digit look-alikes ``text[start:end]`` (one or two) count the rows or the
    columns of a grid's shape (``都为猿行源列`` is 3行4列, ``员园行缘列`` 10行5列): a number of one or
    two digits before 行 and one before 列, the rows' ending no word with the text before them
    (会员行列 'the ranks of members': no count before 列 either), not 源 both (GRID_SOURCE)."""
    after = text[end : end + 1]
    if after == GRID_COLUMNS:
        rows_end = start - 1
        if text[rows_end : rows_end + 1] != GRID_ROWS:
            return False
        first = rows_end
        while first > max(rows_end - 2, 0) and _is_digit_at(text, first - 1):
            first -= 1
        sources = text[first:rows_end] == text[start:end] == GRID_SOURCE
        return first < rows_end and not sources and not _edge_word(text, first, -1)
    if after != GRID_ROWS or _edge_word(text, start, -1):
        return False
    columns = end + 1
    last = columns
    while last < min(columns + 2, len(text)) and _is_digit_at(text, last):
        last += 1
    sources = text[start:end] == text[columns:last] == GRID_SOURCE
    return last > columns and not sources and text[last : last + 1] == GRID_COLUMNS


def _count_in_parentheses(text: str, index: int) -> bool:
    """Whether the lone digit look-alike at ``index`` is a count alone in parentheses, before its
    counter, right after a number and its counter (``重伤猿件渊猿人冤袁`` is 重伤3件（3人），: cases,
    then the people they hurt; not after a word: 北京猿人渊猿人冤 is no count), where the clause
    ends after it (出土了3个（猿人）头骨: a word in parentheses says what the count counts)."""
    return (
        index >= 3
        and text[index - 1] in ITEM_OPEN
        and _unit_char(text[index - 2])
        and _number_ends_at(text, index - 3)
        and not lexicon.is_word(text[index - 3 : index - 1], min_freq=1)  # (北京猿人（…）: a word)
        and _unit_char(text[index + 1 : index + 2])
        and text[index + 2 : index + 3] in ITEM_CLOSE
        and text[index + 2 : index + 3] != ""
        and _clause_ends_at(text, index + 3)
    )


def _clause_ends_at(text: str, index: int) -> bool:
    """Whether a clause ends at ``text[index]``: the text's or a line's end, a mark of STOP_PUNCT
    or its look-alike."""
    char = text[index : index + 1]
    if char in ("", "\n"):
        return True
    mark = _lookalikes()[0].get(char, char)
    return len(mark) == 1 and mark in STOP_PUNCT


def _score_number_at(text: str, index: int) -> bool:
    """Whether a number of SCORE_MAX_DIGITS digits at most starts at ``text[index]``, and no
    counter or unit follows it: a count is what 比 compares with (比3年前, 比1个足球场, 比3岁的
    孩子, 比1元硬币), a score's number is counted by nothing (3比1战胜, 1比13兑换)."""
    if not _number_starts_at(text, index):
        return False
    end = index + 2 if _is_digit_at(text, index + 1) else index + 1
    if _is_digit_at(text, end):
        return False
    after = text[end : end + 1]
    return not (_unit_char(after) or after in RUN_COUNTERS or text.startswith(NUMBER_AFTER_WORDS, end))


@functools.cache
def _ratio_lookalike() -> str:
    return next(h for h, symbol in _number_signs().items() if symbol == RATIO)


@functools.cache
def _number_sign_re() -> re.Pattern[str]:
    digits = "".join(_lookalikes()[1])
    # (a range's 要 is always followed by a number: the verb, far commoner, is not matched;
    # a code's by a letter or a number: F要员远, CD要ROM, 银河要Ⅲ; _code_dash reads the rest)
    # Every alternative starts with its one character (the signs one by one, 原 looked behind
    # for after it is matched, not before): then the regex engine scans for those characters
    # only, where a class or a look-behind first makes it try every position (five times slower).
    return re.compile(
        f"{'|'.join(map(re.escape, _number_signs()))}|{DASH_LOOKALIKE}(?=[0-9{digits}{CODE_LETTER_CLASS}])"
        f"|{HYPHEN_MINUS_LOOKALIKE}(?:(?<=[0-9{digits}]{HYPHEN_MINUS_LOOKALIKE})(?={HYPHEN_MINUS_LOOKALIKE}?[0-9{digits}])"
        f"|(?<=[0-9{digits}]{HYPHEN_MINUS_LOOKALIKE * 2})(?=[0-9{digits}]))"
    )


@functools.cache
def _code_letter_re() -> re.Pattern[str]:
    return re.compile(f"[{CODE_LETTER_CLASS}]")


@functools.cache
def _roman_numeral_re() -> re.Pattern[str]:
    return re.compile(f"[{ROMAN_NUMERAL_CLASS}]")


#: What follows the number of a model, not a quantity (HTA—1型, 3—2号).
MODEL_SUFFIXES: Final = frozenset("型号")


def _one_digit_reads_as_a_word(text: str, index: int) -> bool:
    """Whether the one look-alike digit after the 要 at ``index`` (no digit after it) is a
    hanzi: it makes a word with the hanzi after it (IBM要员工: 员工, not 1), or with the 要 after
    a name of two Latin letters or more and before no model's suffix (APEC要员将于下周抵达: 要员
    'the high officials', whom an organisation's acronym so often precedes). One capital before
    the dash is a model's letter (B要员轰炸机 is B—1, as X要圆 is X—2), and a model's suffix after
    the digit ends a model's name (HTA要员型 is HTA—1型)."""
    digit = index + 1
    if lexicon.is_word(text[digit : digit + 2], min_freq=1):
        return True
    acronym = text[index - 2 : index - 1].isascii() and text[index - 2 : index - 1].isalpha()
    suffix = text[digit + 1 : digit + 2] in MODEL_SUFFIXES
    return acronym and not suffix and lexicon.is_word(text[index : digit + 1])


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
        if not _is_digit_at(text, index + 2) and _one_digit_reads_as_a_word(text, index):
            return None
    elif not (after.isascii() and after.isdigit()) and not _code_letter_re().match(after):
        return None
    end = index + 1
    while end < len(text) and _is_digit_at(text, end):
        end += 1
    if end > index + 1 and _quantity_after(text, end, _latin_unit_at(text, end)):
        return None  # a quantity after it is the verb's object (check out要30分钟, X200要8个, CPU要2G)
    cand = _Candidate(index, index + 1, DASH_LOOKALIKE, EM_DASH)
    cand.add(SURE_FROM, "between the letters and the number of a code or model (F—16, CD—ROM)", EV_OTHER)
    return cand


def _quantity_after(text: str, end: int, latin_unit: bool) -> bool:
    """Whether the number after a code's dash, ending before ``text[end]``, is a quantity, the
    verb 要's object: a unit or a counter follows it (NUMBER_AFTER, NUMBER_AFTER_WORDS; or
    ``latin_unit``, one of LATIN_UNITS in letters: 2G), not a model's suffix (HTA—1型)."""
    unit = text[end : end + 1]
    return unit not in MODEL_SUFFIXES and (
        (unit != "" and unit in NUMBER_AFTER) or text.startswith(NUMBER_AFTER_WORDS, end) or latin_unit
    )


def _latin_unit_at(text: str, index: int) -> bool:
    """Whether a unit of LATIN_UNITS in ASCII letters starts at ``text[index]`` (2G, 2GHz)."""
    end = index
    while end < len(text) and text[end].isascii() and text[end].isalpha():
        end += 1
    return text[index:end] in LATIN_UNITS


#: What a lone digit look-alike after it is the predicate of, an adjective or a verb, never a
#: number: the complement's 得 and the adverbs of degree and negation (离得远要8个小时, 不远要,
#: 很远要: 远 "far", not 6).
PREDICATE_MARKERS: Final = frozenset("得很太更最较挺真不没")


#: The adverbs of degree and negation of PREDICATE_MARKERS, before which a lone digit look-alike
#: is an adjective (太远, 很圆, 不远), whatever follows it (a unit's Latin letters: 太远 泽澡蚤枣贼,
#: 'shift' too far); not the complement's 得, which a score follows (得5分).
DEGREE_ADVERBS: Final = PREDICATE_MARKERS - frozenset("得")
#: Counters after which a digit look-alike after an adverb is a number all the same (不3天就完成,
#: 最1名, 较5年前, 较3月份): an adjective (太远, 很圆) comes before none of them.
ADVERB_COUNTERS: Final = ("个", "天", "年", "月", "名", "日", "周", "岁", "倍", "%", "豫", "％")
#: Words such a counter starts that follow a number as one (5年前, 3年间, 18周岁, 3月份)
ADVERB_COUNTER_WORDS: Final = ("年前", "年间", "周岁", "周年", "月份")


def _counted_after_adverb(text: str, index: int) -> bool:
    """Whether a counter of ADVERB_COUNTERS at ``index`` counts the digit look-alike before it,
    after an adverb, as no word it starts does (较远年代, 最远日期: 远 'far')."""
    if not text.startswith(ADVERB_COUNTERS, index):
        return False
    word = text[index : index + 2]
    return word in ADVERB_COUNTER_WORDS or not lexicon.is_word(word)


#: The digit look-alike that is a word of its own before 要 and a number (这条路远要8个小时,
#: 他跑远要10分钟: 'far'), a number there only where an amount starts (see :func:`_far_is_number`).
FAR = "远"


def _far_is_number(text: str, index: int) -> bool:
    """Whether the lone FAR at ``text[index]`` before 要 and a number is the range's first number:
    after a verb of an amount (有 约 共: AMOUNT_VERBS), a real mark, a line's start, a mark's
    look-alike that ends no word with the hanzi before it (任务完成好遥远要: 遥 is 。; not 院 of
    医院 学院: 离医院远要20分钟 is 'far'), or a verb of two hanzi or more (下降远要员圆摄氏度,
    减少远要愿个版); not after a noun or a verb of one hanzi, which 远 'far' is said of (路远,
    跑远, 走远)."""
    before = text[index - 1] if index else ""
    if before in AMOUNT_VERBS or not is_han(before):
        return True
    window = _window(text, index, -1)
    if before in _lookalikes()[0] and not lexicon.word_at_end(window):
        return True
    words = lexicon.best_segmentation(window)
    return bool(words) and len(words[-1]) > 1 and lexicon.starts_predicate(words[-1])


def _lone_lookalike(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a digit look-alike with no digit on either side."""
    return text[index] in _lookalikes()[1] and not _is_digit_at(text, index - 1) and not _is_digit_at(text, index + 1)


def _range_dash(text: str, index: int) -> _Candidate | None:
    """A single 要 in a range of numbers: between two numbers (``5要6级``, ``源要6级``), or
    between two numbers with the same unit (``4月要11月``, ``20%要25%``, ``园援员毫米要园援猿毫米``).
    The verb 要 stands between a number and a number only in such a range."""
    if text[index - 1 : index] == DASH_LOOKALIKE or text[index + 1 : index + 2] == DASH_LOOKALIKE:
        return None  # 要要 is a run (——), read as one
    if not (_number_starts_at(text, index + 1) or _informal_count_at(text, index + 1)):
        return None
    if _number_ends_at(text, index - 1):
        if not _ascending(text, index - 1, index + 1):
            return None  # (客服X200要8个坏点: the verb; a range goes up)
        if _lone_lookalike(text, index - 1) and text[index - 2 : index - 1] in PREDICATE_MARKERS:
            return None  # (离得远要8个小时, 不远要: the adjective 远 before the verb 要)
        if text[index - 1] == FAR and _lone_lookalike(text, index - 1) and not _far_is_number(text, index - 1):
            return None  # (这条路远要8个小时, 他跑远要10分钟: 'far' before the verb 要)
        why = "between two numbers (a range: 5—6)"
    elif _wind_force(text, index):
        why = "between two numbers before 级 (a range of wind force: 5—6级)"
    elif _count_after_have(text, index):
        why = f"between two numbers after {HAVE}, before a counter (a range: 有5—8个)"
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
HAVE: Final = "有"


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


def _count_after_have(text: str, index: int) -> bool:
    """``都有缘要愿个大棚``: one digit look-alike after 有 before the 要 at ``index``, though it
    ends a word with it (有缘), a larger number after it and a counter after that: a range (有
    before a number is common; 有缘 or 有源 before 要 and a count makes no sentence), but not
    after a negation or an adverb (没有缘要愿个月也见不到: 有缘 'fated' is the predicate)."""
    if text[index - 2 : index - 1] != HAVE or not _is_digit_at(text, index - 1):
        return False
    if text[index - 3 : index - 2] in PREDICATE_MARKERS:
        return False
    end = index + 1
    while _is_digit_at(text, end):
        end += 1
    return _counter_at(text, end) and _ascending(text, index - 1, index + 1)


def _informal_count_at(text: str, index: int) -> bool:
    """Whether one digit look-alike at ``text[index]`` stands before an informal counter
    (缘分钟 is 5分钟, though 缘分 is a word: see _informal_counts), no digit after it."""
    return (
        text[index : index + 1] in _lookalikes()[1]
        and not _is_digit_at(text, index + 1)
        and text.startswith(INFORMAL_COUNTERS, index + 1)
    )


def _number_value(text: str, start: int, end: int) -> float | None:
    """The value of the digits (ASCII or look-alikes) and decimal points at ``start:end``."""
    digits = _lookalikes()[1]
    chars = [digits.get(c, c) for c in text[start:end]]
    value = "".join("." if c in _range_points() else c for c in chars)
    try:
        return float(value)
    except ValueError:
        return None


def _ascending(text: str, last: int, first: int, low_start: int = 0) -> bool:
    """Whether the number that ends at ``text[last]`` is less than the one that starts at
    ``text[first]`` (a range goes up: 5—6, 4月—11月). The first starts no earlier than
    ``low_start`` (会员园至猿岁: at 园, after the word 会员, 0至3)."""
    points = _range_points()

    def in_number(at: int, step: int) -> bool:
        return _is_digit_at(text, at) or (0 <= at < len(text) and text[at] in points and _is_digit_at(text, at + step))

    start = last
    while start > low_start and in_number(start - 1, -1):
        start -= 1
    end = first
    while end < len(text) and in_number(end, 1):
        end += 1
    low, high = _number_value(text, start, last + 1), _number_value(text, first, end)
    return low is None or high is None or low < high


#: Units of a moment (a range of time may end in another: 20时—3日20时).
DATE_TIME_UNITS: Final = frozenset("年月日时")


@functools.cache
def _range_points() -> str:
    """What stands between the digits of a number in a range: the decimal point as written
    (. ．), garbled (援), and the interpunct some papers set for it (6·5%) and its look-alike."""
    point = _lookalikes()[2]
    dot = _dot_lookalike()
    return DECIMAL_POINT + FULLWIDTH_FULL_STOP + point + MIDDLE_DOT + dot


@functools.cache
def _dot_lookalike() -> str:
    """窑, the look-alike of · (the interpunct: 4窑圆怨 is “4·29”)."""
    return next(h for h, symbol in _lookalikes()[0].items() if symbol == MIDDLE_DOT)


@functools.cache
def _apostrophe() -> str:
    """爷, the look-alike of ’ (the apostrophe of ’97)."""
    return next(h for h, symbol in _lookalikes()[0].items() if symbol == RIGHT_SINGLE_QUOTE)


def _year_apostrophe(text: str, index: int) -> bool:
    """Whether the 爷 at ``index`` is the apostrophe of a year: right before two digits and no
    third (``爷97中国旅游年``, ``爷怨愿``), and not the end of a word of two to four hanzi (老爷,
    爷爷98岁, 老天爷10～20天不下雨)."""
    if not (_is_digit_at(text, index + 1) and _is_digit_at(text, index + 2)) or _is_digit_at(text, index + 3):
        return False
    if text[index + 3 : index + 4] in (_lookalikes()[2], DECIMAL_POINT) and _is_digit_at(text, index + 4):
        return False  # 爷怨援缘: a decimal number
    return not any(
        is_han(text[index - 1]) and lexicon.is_word(text[index - size + 1 : index + 1], min_freq=1)
        for size in range(2, min(index + 1, lexicon.MAX_WORD_LEN) + 1)
    )


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


def _real_digit(char: str) -> bool:
    """Whether ``char`` is a digit (ASCII or full-width), not a look-alike of one."""
    return char.isdigit() and not is_han(char)


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


#: The closing parenthesis's look-alike (冤), which alone after a number numbers an item (1）).
ITEM_CLOSE_LOOKALIKE: Final = ITEM_CLOSE[-1]
#: The most digits of an item's number.
ITEM_DIGITS_MAX: Final = 2


def _items_closed_alone(text: str, numbers: list[_Candidate], candidates: list[_Candidate]) -> None:
    """``遥2冤如果…``, ``⏎猿冤价格…``: the closing parenthesis's look-alike right after a number of
    one or two digits that starts a line or a clause (:func:`_clause_ends_at` before it: a mark
    of STOP_PUNCT, 。，：； …, or its look-alike), before a hanzi it makes no word with (冤案), is
    the parenthesis of a numbered item written with the closing one only (1）2）3）); 冤
    'injustice' follows no number. The number is in ASCII digits or read with confidence (no
    half-repaired 员）)."""
    read_ends = {n.end: n.start for n in numbers if n.evidence >= LIKELY_FROM}
    for cand in candidates:
        if cand.hanzi != ITEM_CLOSE_LOOKALIKE or cand.evidence >= LIKELY_FROM:
            continue
        first = read_ends.get(cand.start)
        if first is None:
            first = cand.start
            while (
                first > cand.start - ITEM_DIGITS_MAX - 1
                and text[first - 1 : first].isdigit()
                and text[first - 1].isascii()
            ):
                first -= 1
        if not 0 < cand.start - first <= ITEM_DIGITS_MAX or not is_han(text[cand.end : cand.end + 1] or "a"):
            continue
        if _two_char_word(text, cand.start, min_freq=1):
            continue  # (3冤案, 2冤屈: 冤 starts a word with the hanzi after it)
        while first and text[first - 1] in _INLINE_SPACES:
            first -= 1  # (an item indented: ⏎  1）)
        if first == 0 or _clause_ends_at(text, first - 1):
            cand.add(0.0, "after an item's number where a sentence starts: 1） numbers an item", EV_OTHER)
            cand.evidence = LIKELY_FROM


def _comma_before_number(numbers: list[_Candidate], candidates: list[_Candidate]) -> None:
    """``出生于旁遮普省袁员怨缘员年``, ``买入的袁粤栽陨``: a comma look-alike that the name evidence
    read as the surname 袁 (after a role or 的, the same name elsewhere) is the comma where a
    number of two or more digits or a word in Latin letters (``numbers``, read with confidence)
    follows it: a given name is no number (1951年) and no Latin word (ATI, XP)."""
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
            cand.add(0.0, "before a number or a Latin word, which no given name is", EV_OTHER)
            cand.evidence = LIKELY_FROM


def _stop_before_number(text: str, numbers: list[_Candidate], candidates: list[_Candidate]) -> None:
    """``不给进去遥⏎远尧网络…``, ``不推荐遥⏎远月圆远日…``: the full stop's look-alike 遥 right
    before a number read with confidence (6、 6月26日), across a line break or not, is the full
    stop: the lexicon read 遥 in 遥远, the only word 遥 starts with a digit's look-alike, and
    with 远 a digit, 遥 alone is no hanzi of prose. Not where 遥 ends a word (逍遥)."""
    starts = {n.start for n in numbers if n.evidence >= LIKELY_FROM}
    if not starts:
        return
    for cand in candidates:
        if cand.hanzi != STOP_LOOKALIKE or cand.end - cand.start != 1 or cand.evidence >= LIKELY_FROM:
            continue
        at = cand.end
        while at < len(text) and text[at] in _INLINE_SPACES + "\r\n":
            at += 1
        if at in starts and not _edge_word(text, cand.start, -1) and EV_NAME not in cand.kinds:
            # (not a given name the name evidence read: 记者王遥2日报道)
            cand.add(0.0, "before a number, which 遥远 is not", EV_OTHER)
            cand.evidence = LIKELY_FROM


def _stop_before_gloss(text: str, candidates: list[_Candidate]) -> None:
    """``缘：沿着遥⏎远：远近`` under a glossary's heading: the full stop's look-alike 遥 at a line's
    end before the next gloss (:func:`_under_glossary_heading`) is the full stop; the lexicon read
    遥远 across the break, but no word runs on into the head of the next gloss. Not where 遥
    ends a word (逍遥)."""
    for cand in candidates:
        if cand.hanzi != STOP_LOOKALIKE or cand.end - cand.start != 1 or cand.evidence >= LIKELY_FROM:
            continue
        line_end = cand.end + (text[cand.end : cand.end + 1] == "\r")  # (\r\n ends a line too)
        if (
            text[line_end : line_end + 1] == "\n"
            and not _edge_word(text, cand.start, -1)
            and _under_glossary_heading(text, line_end + 1)
        ):
            cand.add(0.0, "ends a gloss before the next one's head", EV_OTHER)
            cand.evidence = LIKELY_FROM


#: The counters of persons and things a count after a sentence's end takes (遥远位当班 is
#: 。6位当班, 遥远个灾民新村 。6个): 遥远 'far away' stands before none of them as one (遥远位置,
#: 遥远名城, 遥远名不虚传: the counter starts a word there).
STOP_COUNTERS: Final = frozenset("个位名")
#: What follows a day that a sentence starts with (遥远日下午 is 。6日下午, 遥远日电 。6日电; not
#: 遥远日子, nor 遥远日电影: 电 starts a word there).
STOP_DAY_AFTER: Final = (*DAYTIME, "电")
#: Adverbs of degree, after which 遥远 is 'far away', never a sentence's end (很遥远个中滋味,
#: 多么遥远日晚上, 太遥远个把小时).
FAR_DEGREE_ADVERBS: Final = ("很", "太", "多么", "这么", "那么", "非常", "十分", "更", "越")
#: What stands right before a sentence's end that no full stop follows: a stop (遥遥, 。遥), a
#: line's start (no line starts with 。).
NO_STOP_AFTER: Final = frozenset("。！？!?\n" + STOP_LOOKALIKE)
#: What follows the comma's look-alike 袁 as the surname (遥远月袁家的院子: 'the far moon, the
#: Yuan family's yard', not 。6月，家…).
SURNAME_FOLLOWERS: Final = frozenset("家某氏")
#: The note of a count or a date read after the full stop's look-alike.
STOP_COUNT_NOTE: Final = "a count or a date after a sentence's end (遥远位当班, 遥远月袁: 。6位, 。6月，)"


def _count_after_stop(text: str, start: int, end: int) -> bool:
    """Whether the run of digit look-alikes at ``start:end``, right after the full stop's
    look-alike 遥 (across a line break or not), starts with 远 and reads as a count or a date
    where a sentence starts: before a counter of STOP_COUNTERS that starts no word
    (``指令遥远位当班``, ``活动遥远怨位``, ``获得者遥⏎远名进入``), a lone 远 before 月 and a comma's
    or a full stop's look-alike (``领导遥远月袁他在``), or before 日 and a time of the day
    (``时间遥远日下午``). 遥远 'far away' is the only word 遥 starts with a digit's look-alike,
    and it is followed by none of these; not after 逍 (逍遥), 遥 (遥遥), a stop, an adverb of
    degree (很遥远) or in a word (路遥, 路途遥远)."""
    if text[start] != FAR:
        return False
    stop = start - 1
    while stop >= 0 and text[stop] in _INLINE_SPACES + "\r\n":
        stop -= 1
    if (
        stop < 0
        or text[stop] != STOP_LOOKALIKE
        or _edge_word(text, stop, -1)
        or text[stop - 1 : stop] in NO_STOP_AFTER
        or text[stop - 2 : stop] in ("遥冶", "。”")  # 。”遥: no sentence ends twice
        or text.endswith(FAR_DEGREE_ADVERBS, 0, stop)
        or _far_in_word(text, stop)
    ):
        return False
    after = text[end : end + 1]
    if after and after in STOP_COUNTERS:
        return is_han(text[end + 1 : end + 2] or "a") and not _word_starts_at(text, end)
    if end - start != 1:
        return False
    if after == MONTH:
        comma = text[end + 1 : end + 2] == COMMA_LOOKALIKE
        return (comma or text[end + 1 : end + 2] == STOP_LOOKALIKE) and not (
            comma and text[end + 2 : end + 3] in SURNAME_FOLLOWERS
        )
    if after != DAY or not text.startswith(STOP_DAY_AFTER, end + 1):
        return False
    return not (text[end + 1] == "电" and _word_starts_at(text, end + 1))


def _far_after_doubled_stop(text: str, start: int) -> bool:
    """Whether the 远 at ``start`` follows two full stop's look-alikes (``他走了遥遥远日本``):
    the first is the stop and the second starts 遥远 (。遥远日本), as no sentence ends with 遥遥
    (遥遥领先, 遥遥相望 go on) before a number; the window read 遥遥 as the word and gave 远 up to
    the date 6日."""
    return text[start] == FAR and text[start - 2 : start] == STOP_LOOKALIKE * 2


def _word_starts_at(text: str, at: int) -> bool:
    """Whether a word of two to four characters starts at ``text[at]`` (名不虚传, 个中, 电影)."""
    return any(lexicon.is_word(text[at : at + size], min_freq=1) for size in (2, 3, 4) if at + size <= len(text))


def _far_in_word(text: str, stop: int) -> bool:
    """Whether the 遥 at ``stop`` ends a word with what comes before it (路遥), or makes one with
    the 远 after it (路途遥远: 遥远 after 路途 is 'far away')."""
    return any(
        lexicon.is_word(text[stop - size + 1 : stop + 1], min_freq=1)
        or lexicon.is_word(text[stop - size + 1 : stop + 1] + FAR, min_freq=1)
        for size in (2, 3)
        if stop - size + 1 >= 0
    )


#: The note of a number read as an item's number in parentheses.
ITEM_NOTE: Final = "the number of an item in parentheses, where a clause starts: （1）"


def _numbered_item(text: str, start: int, end: int) -> bool:
    """Whether the digit look-alikes at ``start:end`` stand in parentheses where a clause
    starts (``遥渊源冤伟大的…``, ``⏎渊员冤``): an item's number, not 渊源 (历史渊源冤 follows a
    hanzi)."""
    if not (start and text[start - 1] in ITEM_OPEN and end < len(text) and text[end] in ITEM_CLOSE):
        return False
    before = _next_visible(text, start - 1, -1)[1]
    if before and before in OPENING_PUNCT:  # ('' is in every string: the text's start is no mark)
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


#: The words of a range between two numbers with one counter (1门至2门, 3人到10人).
UNIT_RANGE_WORDS: Final = frozenset("至到")


def _unit_range(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is one end of a range with the same counter on both
    sides (``员门至圆门`` is 1门至2门, ``猿人至员园人`` 3人至10人): before the counter, 至 and a
    number with that counter after it; or after another number with the counter and 至."""
    counter = text[end : end + 1]
    if not counter or (counter not in NUMBER_AFTER and counter not in RUN_COUNTERS):
        return False
    word = text[end + 1 : end + 2]
    if word and word in UNIT_RANGE_WORDS and _number_starts_at(text, end + 2):
        at = end + 2
        while _is_digit_at(text, at):
            at += 1
        if text[at : at + 1] == counter:
            return True
    if start >= 3 and text[start - 1] in UNIT_RANGE_WORDS and text[start - 2] == counter:
        return _number_ends_at(text, start - 3)  # (会员名至…: 员 ends 会员)
    return False


#: The verbs of an amount a range up to a count follows, though its first look-alike ends a
#: word with them (有缘至苑级 is 有5至7级; 为 达 风力 as 风力5至7级).
RANGE_UP_TO_AFTER: Final = ("有", "为", "达", "风力")


def _range_up_to_count(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` starts a range up to a larger digit with a counter
    (``有缘至苑级的偏北风`` is 有5至7级: the counter said once, after the second number; not
    ``远至缘分``, which goes down), though it ends a word with the hanzi before it (有缘). The
    second number is one digit, as a range of a forecast or a count is (5至7级, 3到4天). Not
    远 of 最远至8公里 'farthest'; and a look-alike that ends a word other than 有缘 (小组成员至5人,
    会员到5级会员: the word, and the range goes from it) only after RANGE_UP_TO_AFTER."""
    if text[end : end + 1] not in UNIT_RANGE_WORDS or not _number_starts_at(text, end + 1):
        return False
    if text[end - 1] == FAR or (_edge_word(text, end - 1, -1) and not text.endswith(RANGE_UP_TO_AFTER, 0, end - 1)):
        return False
    return _counter_at(text, end + 2) and _ascending(text, end - 1, end + 1)


def _counter_starts_word(text: str, index: int) -> bool:
    """Whether the counter ``text[index]`` after a lone digit look-alike is rather the start of a
    word with what follows (源类型, 边缘位置, 使用源章节, 远发展): one of WORD_START_COUNTERS, which a
    lone number stands before far less often than the word does, and the word not a unit's; or
    公 starting no metric unit (的源公钥: METRIC_UNITS); or 集 组 分 starting COUNTER_START_WORDS
    (源集群, 源组件, 源分支; not 3分支机构: COUNTED_START_WORDS)."""
    char = text[index : index + 1]
    if char == METRIC_PREFIX:
        return not text.startswith(METRIC_UNITS, index)
    if text.startswith(COUNTER_START_WORDS, index):
        return not text.startswith(COUNTED_START_WORDS, index)
    min_freq = 1 if char in RARE_WORD_COUNTERS else lexicon.COMMON_WORD_FREQ
    return (
        bool(char)
        and char in WORD_START_COUNTERS
        and lexicon.is_word(text[index : index + 2], min_freq=min_freq)
        and text[index : index + 2] not in COUNTER_WORDS
    )


def _after_lone_surname(text: str, index: int) -> bool:
    """Whether the lone digit look-alike at ``index`` follows a surname standing where a name
    starts (at a line's start, after a mark or its look-alike, after 记者): ``⏎郭远发``,
    ``记者陈源发``; a given name, for a number stands after a verb or a word, not a surname."""
    if index < 1 or text[index - 1] not in _surnames() or text[index - 1] in ADVERB_SURNAMES:
        return False
    before = text[index - 2] if index >= 2 else ""
    return (
        not before
        or not is_han(before)
        # a mark's look-alike that reads as one: not the end of a word (医院, 研究院曾缘次)
        or (before in _lookalikes()[0] and not _edge_word(text, index - 2, -1))
        or _after_byline_role(text, index - 1)
    )


def _after_byline_role(text: str, at: int) -> bool:
    """Whether a byline's role (记者, 通讯员) ends right before ``text[at]``."""
    return text[max(0, at - 3) : at].endswith(BYLINE_ROLES)


#: 远 'far' before a comparison (远胜 远超 远高于 远低于 远远领先), after a complete number: a
#: score's or a fraction's second number does not take it as its last digit (3∶1远胜, 1/3远低于).
FAR_COMPARISONS: Final = ("远胜", "远超", "远远", *(f"远{degree}于" for degree in "高低大小多少优强"))
#: 远远 'far, far', a comparison of its own before anything (3∶0远远领先).
FAR_FAR: Final = "远远"
#: The near month of futures trading (近月合约), which the far month 远月 is said against: on a
#: page that says it before the same word, 远月 is that word, no June (but 远月员日, a date, is
#: 6月1日; 近月来 'in recent months' is no such word).
NEAR_MONTH: Final = "近月"
#: How many hanzi after 远月 the word is that 近月 must stand before too (合约, 期货).
FAR_MONTH_WORD: Final = 2


def _far_month(text: str, month_at: int) -> bool:
    """Whether 远 before 月 at ``month_at`` is the far month of futures: the page says 近月 before
    the same word (远月合约 beside 近月合约: contrasted terms share their head noun)."""
    word = text[month_at + 1 : month_at + 1 + FAR_MONTH_WORD]
    return len(word) == FAR_MONTH_WORD and all(is_han(c) for c in word) and word in _near_month_words(text)


@per_text
def _near_month_words(text: str) -> frozenset[str]:
    """The words of FAR_MONTH_WORD hanzi ``text`` writes after 近月 (合约 of 近月合约), found once
    per text (a futures page says 远月 often)."""
    size = len(NEAR_MONTH)
    return frozenset(text[at + size : at + size + FAR_MONTH_WORD] for at in _occurrences(text, NEAR_MONTH))


#: The signs a score or a fraction sets between its two numbers (∶ and its look-alike, ／ full-width
#: or ASCII; not the ASCII colon of a clock's time, 7:36).
SCORE_SIGNS: Final = (RATIO, FULLWIDTH_SOLIDUS, "/")


def _far_before_comparison(text: str, at: int) -> bool:
    """Whether ``text[at]`` is 远 'far' before a comparison (远胜, 远低于, 远远)."""
    return text.startswith(FAR_COMPARISONS, at)


def _far_after_score(text: str, start: int, end: int, signs: dict[str, str]) -> bool:
    """Whether the last look-alike of ``text[start:end]``, the second number of a score or a
    fraction (after ∶ or ／, or their look-alikes), is 远 'far' before a comparison, and the
    number is longer than the first with it (3∶1远胜; not 98∶86胜, a score of two and two)."""
    sign = text[start - 1 : start]
    if signs.get(sign, sign) not in SCORE_SIGNS:
        return False
    if not (_far_before_comparison(text, end - 1) or text.startswith(FAR_FAR, end - 2)):
        return False  # (远远领先: the second 远 of 远远 before anything)
    first = start - 1
    while _is_digit_at(text, first - 1):
        first -= 1
    return start - 1 - first >= 1 and end - start > start - 1 - first


def _given_name_in_byline(text: str, index: int) -> bool:
    """Whether the digit look-alike at ``index`` follows a byline's role and a surname (记者王远猿远岁:
    王远 36岁): a given name, though a number follows it (not 曾, the adverb: 记者曾员圆次获奖)."""
    surname = text[index - 1 : index]
    return (
        surname in _surnames()
        and surname not in _all_lookalikes()
        and surname not in ADVERB_SURNAMES
        and _after_byline_role(text, index - 1)
    )


#: Surnames that are far more often an adverb before a number of times (曾5次获奖: once).
ADVERB_SURNAMES: Final = frozenset("曾")


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
    start, end = _best_word_span(window, index)
    if end - start < 2:
        return False
    if index + 1 < end:
        return True  # (有缘人: the best reading's word holds the counter too)
    # In the best reading, with the hanzi after it (缘分) or before it: a rare word before it
    # gives the character up to the number (有源家 is 有4家), as at a number's first digit.
    return _in_best_word(window[index:], 0) or _ends_in_word(window[:index], window[index])


def _ends_word_before(text: str, index: int) -> bool:
    """Whether the look-alike ``text[index]`` ends a word with what stands before it: any word
    of the two (来源, 会员, 有缘), or a reading that keeps it a hanzi (:func:`_ends_best_word`)."""
    return bool(index) and (lexicon.is_word(text[index - 1 : index + 1], min_freq=1) or _ends_best_word(text, index))


def _ends_best_word(text: str, index: int) -> bool:
    """Whether the hanzi before ``text[index]`` read better with it as a hanzi than with a
    number starting there (工作人员圆园名: 人员; but 欧盟员缘国 is 欧盟 15, 中有源家 is 有 4家:
    有源 is a word, but a rare one, and 有 before a number is common). At a line's start after
    a line that ends a clause with a mark's look-alike (…重点遥⏎祝愿员圆个, an indented line or
    spaces before the break too), the hanzi of this line only: no word runs on across a
    sentence's end (遥祝)."""
    left = _window(text, index, -1)
    line_start = text.rfind("\n", 0, index) + 1
    if line_start and index - line_start <= _WINDOW_REACH:  # (farther, the window stays on this line)
        last = line_start - 1  # (the line break; the last character before it, spaces aside:)
        while last > 0 and text[last - 1] in _SKIPPED:
            last -= 1
        if last and text[last - 1] in _clause_end_lookalikes():
            this_line = len(_without_skipped(text[line_start:index]))
            left = left[max(0, len(left) - this_line) :]
    return _ends_in_word(left, text[index])


@functools.lru_cache(maxsize=4096)
def _ends_in_word(left: str, char: str) -> bool:
    """Whether ``left + char`` reads better as hanzi than ``left`` followed by a number."""
    return lexicon.segmentation_score(left + char) - lexicon.segmentation_score(left) > NUMBER_BREAKS_WORD


#: ASCII operators a number stands against in a formula (=SUM(A1), 1<5, 2+3, x^2, $A$1, 5%):
#: a hanzi look-alike almost never touches them.
FORMULA_OPERATORS: Final = frozenset("=<>+*/^$%&#|_[]{}")
#: ASCII separators (员;缘;9, A员:C猿, 1-员圆, 2001-01-圆缘, 园.5): formula punctuation only with a
#: digit, a digit look-alike or a Latin letter on their other side; alone they are prose
#: punctuation (太远!, 远..., 源... 目录 in a command's usage line).
FORMULA_SEPARATORS: Final = frozenset(",;:.-!~")
#: The hyphen of a code whose number a Latin word starts (UTF-8, ISO-8859, nCount-1).
CODE_HYPHEN: Final = "-"
#: ASCII quotes and parentheses: formula punctuation only opposite an operator, a digit or a
#: Latin letter, or the opening one after a function's name (ABS(园), "员+j").
FORMULA_BRACKETS: Final = frozenset("()\"'")


def _formula_side(text: str, at: int, step: int) -> str:
    """What stands at ``text[at]`` beside a run of digit look-alikes (``step``: -1 before it,
    1 after it), as formula evidence: 'op' (an ASCII operator, an opening parenthesis after a
    function's name, a separator with a digit beyond it, a minus sign after a space), 'sep' (a
    separator with a letter beyond it, or an ASCII digit: evidence only opposite a formula's
    character, as 源:D:\\ after a mark is a path's label and 愿2018年 after one is a wish),
    'letter' (an ASCII letter), 'bracket', 'weak' (a space, the line's edge, a real mark or a
    mark's look-alike) or 'han' (any other character: the look-alike is a word's)."""
    if not 0 <= at < len(text):
        return "weak"
    char = text[at]
    if char < "\x80":
        if char in FORMULA_OPERATORS:
            return "op"
        if char.isdigit():
            return "sep"
        if char.isalpha():
            return "letter"
        beyond = text[at + step] if 0 <= at + step < len(text) else ""
        if char in FORMULA_SEPARATORS:
            if beyond and ((beyond < "\x80" and beyond.isdigit()) or _lone_digit_beyond(text, at + step, step)):
                return "op"  # a list or a range of numbers (员;缘;9, 1-员圆)
            if char == "-" and step < 0 and beyond in ("", " ", "\n", "(", "=", ";", ","):
                return "op"  # a minus sign (在 -员 和 1 之间)
            if beyond and beyond < "\x80" and beyond.isalpha():
                return "sep"
            return "weak"
        if char in FORMULA_BRACKETS:
            if char == "(" and step < 0 and beyond and beyond < "\x80" and beyond.isalnum():
                return "op"  # ABS(园): a function's argument
            return "bracket"
        return "weak"  # (spaces, line breaks, other ASCII)
    if char in _INLINE_SPACES or char in _REAL_MARKS or char in (LEFT_CORNER_BRACKET, RIGHT_CORNER_BRACKET):
        return "weak"
    if char in _lookalikes()[0]:
        pair = char + text[at + 1] if step < 0 else text[at - 1] + char
        if lexicon.is_word(pair):
            return "han"  # a word with the digit's look-alike (这次要员5人出席: 要员, no —1)
        return "weak"  # a mark's look-alike (返回 园遥): read on its own
    return "han"


def _lone_digit_beyond(text: str, at: int, step: int) -> bool:
    """Whether ``text[at]``, beyond a separator from a run of digit look-alikes (``step``: its
    side), is a digit look-alike that makes no word with the hanzi on its far side: in
    ``来源.远.近.`` the 源 before the full stop ends 来源, so the full stop is prose's, not a
    list of numbers (员;缘;9)."""
    if text[at] not in _lookalikes()[1]:
        return False
    pair = text[max(0, at - 1) : at + 1] if step < 0 else text[at : at + 2]  # (at 0: text[-1:1] is '')
    far = pair[0] if step < 0 else pair[-1]
    return len(pair) < 2 or far in _lookalikes()[1] or not lexicon.is_word(pair, min_freq=1)


#: Angle brackets that enclose 源 'source' alone, set apart by a space before them, are a
#: placeholder in a command's usage or a message (``cp <源> <目标>``, ``将 <源> 复制到``): a
#: comparison never closes with ``>`` (1<5 stands alone), so ``<`` and ``>`` there are no
#: formula's operators. Only 源 (numbers.SOURCE): of the digits' look-alikes it alone names an
#: operand of a command; any other bracketed look-alike numbers a reference, a step or a note
#: (文献 <员>, 步骤 <圆>, 表 <猿>), and ``<1>`` at a line's start or after a hanzi (``注<1>``) too.
PLACEHOLDER_OPEN: Final = "<"
PLACEHOLDER_CLOSE: Final = ">"


#: ... and so is 源 as the argument of an option in a usage line's brackets (``[-e 源]``) where
#: the line names another option's argument in hanzi (pg_ctl's ``[-S 启动类型] [-e 源] [-t 秒数]``):
#: a usage line names what its options take, and a number would be the one value among names.
OPTION_OPEN: Final = "["
OPTION_CLOSE: Final = "]"


@functools.cache
def _option_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an option in brackets and the space before its argument: ``[-e ``, ``[--source ``; an
    option in brackets before an argument named in hanzi: ``[-S 启动类型]``), the option's
    letters ASCII or their look-alikes (a Founder page sets them full-width: ``[-藻 源]``)."""
    letters = "A-Za-z" + "".join(_letter_lookalikes())
    option = f"\\[--?[{letters}][{letters}0-9-]* "
    return re.compile(option + "$"), re.compile(option + "[\u4e00-\u9fff]+\\]")


def _placeholder_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a lone SOURCE that angle brackets set apart by a space
    enclose (PLACEHOLDER_OPEN: ``将 <源> 复制``; not ``文献 <员>``, ``<员>加强`` nor ``注<源>``), or
    an option's argument in brackets beside another option's named in hanzi (OPTION_OPEN:
    ``[-S 启动类型] [-e 源]``; not ``[-j 源]`` alone)."""
    if text[start:end] != SOURCE:
        return False
    if text[start - 2 : start] == " " + PLACEHOLDER_OPEN and text[end : end + 1] == PLACEHOLDER_CLOSE:
        return True
    if text[end : end + 1] != OPTION_CLOSE:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before_argument, with_hanzi_argument = _option_res()
    if before_argument.search(text, line_start, start) is None:
        return False
    return any(
        match.end() != end + 1 and not any(char in _lookalikes()[1] for char in match.group())
        for match in with_hanzi_argument.finditer(text, line_start, line_end)
    )


def _formula_context(text: str, start: int, end: int) -> str | None:
    """The note when the digit look-alikes at ``start:end`` stand in a formula, a cell
    reference or a code (``MEDIAN(员;缘;9;20)``, ``(A员:C猿)``, ``1-员圆``, ``Dialog员``): an
    ASCII operator or digit on one side and no hanzi on the other; or after a name in Latin
    letters of three or more with a lower-case one (an identifier: not CBD远，) and no hanzi
    after it; or after a lone capital before a bracket ((F缘)). Genuine hanzi do not sit
    against ``=`` or ``<``; ``(园林局)``, ``IT园区`` and ``队员A`` have a hanzi on one side."""
    if _placeholder_name(text, start, end):
        return None  # cp <源> <目标>: a placeholder's name, no formula
    before = _formula_side(text, start - 1, -1)
    if _real_digit(text[start - 1 : start]) and _yuan_after_digits(text[start:end]):
        before = "weak"  # (花了300圆: the yuan)
    after = _formula_side(text, end, 1)
    if "han" in (before, after):
        return None
    if "op" in (before, after):
        return "against an ASCII operator or digit, with no hanzi on the other side (a formula: 1<5, A1:C3)"
    if "sep" in (before, after) and "weak" not in (before, after):
        return "between ASCII separators, letters or brackets of a formula or a list (A1:C3, 1;5;9)"
    if before == "sep" and text[start - 1] == CODE_HYPHEN and text[start:end] != IDENTIFIER_NEVER:
        # (no hanzi after it: a Chinese word never follows a Latin word's hyphen, UTF-源程序 is no code)
        return "after a Latin word's hyphen, with no hanzi after it (a code: UTF-8, nCount-1)"
    if before == "letter" and after != "letter":
        word_start = start - 1
        while word_start and text[word_start - 1] < "\x80" and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:start]
        if len(word) >= 3 and not word.isupper() and text[start:end] != IDENTIFIER_NEVER:
            return "after a name in Latin letters, with no hanzi after it (Dialog1, Label1, Expression2)"
        if len(word) >= 3 and text[end : end + 1] == "(":
            return "in a function's name, before ( (ATAN2(, LOG10()"
        if len(word) == 1 and word.isupper() and after == "bracket":
            return "after a capital letter, before a bracket (a cell or a key: (F5), A1))"
    return None


#: 源 'source' follows the name of what it is the source of (RSS 源, APT 源, experimental 源):
#: after a Latin word set full-width (read: its end in ``latin_ends``) it is that noun, as after
#: one in ASCII; the other digits' look-alikes there are numbers (Windows 苑, EQ 员, Oct 员远).
SOURCE: Final = "源"
#: 源 'source' is named beside its counterpart 目标 'target' in parallel in a command's usage
#: or a message (``[-T] 源 目标``, ``源=%s，目标=%s``: the same separator after both, a space or
#: ``=``): a copy, a transfer, a comparison names them so. Only these separators, and not where
#: a number follows 目标's: a number does stand in parallel with 目标 in prose and tables
#: (他得了4分，目标分是10分; 排名第4，距离目标，; 完成 4 目标 5). Within this many characters of
#: each other, on one line.
TARGET: Final = "目标"
TARGET_REACH: Final = 12
SOURCE_TARGET_SEPARATORS: Final = frozenset("= ")


def _source_beside_target(text: str, start: int, end: int) -> bool:
    """Whether the lone look-alike ``text[start:end]`` is SOURCE named in parallel with TARGET
    (源 目标, 源=…，目标=…; not 源分…目标分 nor 源 目标 缘), or labels its line as TARGET labels
    the line after or before it (⏎源：%s⏎目标：%s; not among a list's items, ⏎3：…⏎源：…)."""
    if text[start:end] != SOURCE:
        return False
    if text[end : end + 1] in ITEM_COLONS and _line_starts_at(text, start):
        return _target_labels_a_line_beside(text, start)
    if text[end : end + 1] not in SOURCE_TARGET_SEPARATORS:
        return False
    separator = text[end]
    low = max(0, start - TARGET_REACH - len(TARGET))
    high = min(len(text), end + TARGET_REACH + len(TARGET))
    before_break, after_break = text.rfind("\n", low, start), text.find("\n", end, high)
    low = before_break + 1 if before_break >= 0 else low
    high = after_break if after_break >= 0 else high
    at = text.find(TARGET + separator, low, high)
    while at != -1:
        if not _is_digit_at(text, at + len(TARGET) + 1):
            return True
        at = text.find(TARGET + separator, at + 1, high)
    # (a usage line ends on its last operand: 用法：cp [选项]... [-T] 源 目标⏎)
    line_end = after_break >= 0 or high == len(text)
    last = high - len(TARGET)
    return separator == " " and line_end and last > end and text[last - 1 : high] == " " + TARGET


def _target_labels_a_line_beside(text: str, start: int) -> bool:
    """Whether the line after or before the line that ``start`` starts begins with TARGET and a
    colon (real or garbled: ITEM_COLONS), its indent before it, and neither begins with a number
    (or a digit's look-alike) and a colon: beside an item of a list (⏎3：…⏎源：…⏎目标：…) 源 is 4."""
    line_start = text.rfind("\n", 0, start) + 1
    next_break = text.find("\n", start)
    labels = [text[next_break + 1 : next_break + 1 + TARGET_REACH]] if next_break >= 0 else []
    if line_start:
        labels.append(text[text.rfind("\n", 0, line_start - 1) + 1 : line_start])
    labels = [label.lstrip(" \t\u3000") for label in labels]
    if any(label[:1] and _is_digit_at(label, 0) and label[1:2] in ITEM_COLONS for label in labels):
        return False
    return any(label.startswith(TARGET) and label[len(TARGET) : len(TARGET) + 1] in ITEM_COLONS for label in labels)


#: The note of a number set apart between an ASCII space and a space or a mark (:func:`_set_apart`).
SET_APART: Final = "between an ASCII space and a space, a clause's mark or the line's end (返回 0。)"


def _set_apart(text: str, start: int, end: int, latin_ends: set[int]) -> str | None:
    """The note when the digit look-alikes at ``start:end`` are set apart as a number is in
    technical prose, where a hanzi never is: after an ASCII space (not after a Latin word, nor
    SOURCE after one read, where ``latin_ends`` holds the ends of the Latin words read) and
    before a space, a clause's mark (or its look-alike) or the line's end (``返回 园遥``,
    ``在 0 到 员 之间``); at a line's start before a space beside another such line (``员员
    被零除``, a table of error codes); after a lone capital before a space or a mark (``单元格 B员遥``). (``返回园区``,
    ``园 林`` are not: a hanzi touches them.)"""
    before = text[start - 1] if start else "\n"
    if before == " ":
        word = text[start - 2] if start >= 2 else ""
        if word < "\x80" and word.isalpha():
            return None  # a Latin word's (「HTML 源」, RSS 源: the source)
        if start - 1 in latin_ends and text[start:end] == SOURCE:
            return None  # (experimental 源: the source, after a Latin word set full-width)
        if _split_word(text, start, end):
            return None  # 选择 远 程连接: a word split by spaces, as OCR spaces hanzi
        if _apart_after(text, end):
            return SET_APART
        return None
    if before == "\n":
        if text[end : end + 1] == " " and _code_row_beside(text, start) and not _split_word(text, start, end):
            return "at a line's start before a space, beside a line that starts so (a table's code: 11 被零除)"
        return None
    lone_capital = "A" <= before <= "Z" and not (start >= 2 and text[start - 2] < "\x80" and text[start - 2].isalpha())
    if lone_capital and _parallel_pair(text, start):
        return None  # (A近B远: far, after near; but 单元格 B员 is the cell B1)
    if lone_capital and _apart_after(text, end):
        return "after a lone capital, before a space or a mark (a cell: B1。)"
    return None


#: The hanzi a spaced word may reach across one space on either side of a look-alike.
_SPACED_LEFT_RE: Final = re.compile(f"[{HAN_CLASS}]{{1,3}}(?= $)")
_SPACED_RIGHT_RE: Final = re.compile(f"(?<=^ )[{HAN_CLASS}]{{1,3}}")


def _split_word(text: str, start: int, end: int) -> bool:
    """Whether the look-alikes at ``start:end`` make a frequent word with the hanzi one space
    before or after them (远 程连接, 点击 圆 形按钮, 返回 源 代码): text whose hanzi OCR set
    apart with spaces, not a number set apart."""
    run = text[start:end]
    left = _SPACED_LEFT_RE.search(text[max(0, start - 4) : start])
    right = _SPACED_RIGHT_RE.search(text[end : end + 4])
    return bool(
        (left and lexicon.word_across(left.group(), run)) or (right and lexicon.word_across(run, right.group()))
    )


def _code_row_beside(text: str, start: int) -> bool:
    """Whether the line before or after the one starting at ``start`` starts with a number
    (digits or their look-alikes) and a space too: a table of codes, not a line a narrow
    column broke inside a word (出入境人⏎员 2500余人次)."""
    starts = []
    if start:
        starts.append(text.rfind("\n", 0, start - 1) + 1)  # the line before (0: the text's first)
    following = text.find("\n", start)
    if following >= 0:
        starts.append(following + 1)
    for at in starts:
        end = at
        while _is_digit_at(text, end):
            end += 1
        if end > at and text[end : end + 1] == " ":
            return True
    return False


def _apart_after(text: str, end: int) -> bool:
    """Whether ``text[end]`` sets a number apart: a space, the line's end, a mark or a mark's
    look-alike."""
    if end >= len(text):
        return True
    char = text[end]
    if char in " \t\n":
        return True
    if char == ASCII_FULL_STOP:
        after = text[end + 1 : end + 2]
        return not (after == ASCII_FULL_STOP or after.isalnum())  # (源... an ellipsis, 缘.5 a decimal)
    return (_lookalikes()[0].get(char) or char) in APART_MARKS


#: The marks after a number set apart (a clause's or a sentence's end); not an ellipsis
#: (``cp [选项] 源... 目录``: the command's source argument) nor a closing bracket or quote
#: (``「HTML 源」``: the last word of a name).
APART_MARKS: Final = frozenset("，。、；：？！")
#: A manual's example ends its sentence with an ASCII full stop too (「=SUBTOTAL(9,B2:B6) 返回
#: 50.」): after a number set apart, one that neither a digit nor another full stop follows.
ASCII_FULL_STOP: Final = "."


# -- garble that shows only in the numbers (tables of figures) ----------------------------------
# A Founder page's table (weather, stock prices, results, statistics) has no punctuation mark
# to garble, only its numbers: 员圆援猿源 is 12.34, 原猿耀缘 is −3～5, 猿愿援苑豫 38.7%. The shapes below
# are what real Chinese text almost never makes of digit look-alikes: none of them occurs in
# the clean text of People's Daily's dev half, ChnSentiCorp's dev part or LibreOffice's dev
# half, and jieba's dictionary holds no word of three digit look-alikes, none with 援 between
# two, and only six of two (远远 圆圆 源源 远缘 远源 缘缘).

#: A run of this many digit look-alikes, no two of them side by side a word (远远 圆圆 源源 are),
#: is a number by its shape (员园园 is 100); two or fewer are too often words or a word's end and
#: the next word's start (人员圆满: 员圆).
STRONG_RUN: Final = 3
#: The signs a full-width number is set with between two numbers (～ ∶ ／ ×: 员园耀圆园, 猿颐员).
BETWEEN_SIGNS: Final = (FULLWIDTH_TILDE, RATIO, FULLWIDTH_SOLIDUS, MULTIPLICATION_SIGN)
#: A run of digit look-alikes that starts with 0 is a number by its shape only as long as a
#: code is (园园猿苑, a staff number): no count starts with 0, and three (林园园远志) are too often
#: words side by side.
CODE_DIGITS: Final = 4
#: A ％ is a number's sign by its shape after two or more digit look-alikes (猿愿豫, 猿愿援苑豫);
#: after one (远豫) a word may end there.
PERCENT_DIGITS: Final = 2


@functools.cache
def _number_shape_re() -> re.Pattern[str]:
    """What may be a strong number (:func:`_number_markers` decides): three digit look-alikes in
    a row, two with the decimal point's look-alike between them (员援园), two with a sign between
    them (员耀圆, 猿颐员), two before ％'s (圆园豫), or a range to a signed figure (缘耀原员). One
    compiled class-led pattern: clean text is scanned at C speed."""
    _, digits, point = _lookalikes()
    d = "".join(digits)
    signs = _number_signs()
    between = "".join(h for h, s in signs.items() if s in BETWEEN_SIGNS)
    percent = next(h for h, s in signs.items() if s == FULLWIDTH_PERCENT)
    tilde = next(h for h, s in signs.items() if s == FULLWIDTH_TILDE)
    cell_signs = "".join(CELL_SIGNS)
    return re.compile(f"[{d}](?:[{d}]{{2}}|[{point}{between}][{d}]|[{d}]{percent}|{tilde}[{cell_signs}][{d}])")


def _number_shapes(text: str) -> list[int]:
    """Where :func:`_number_shape_re` matches in ``text`` (the cheap first look)."""
    return [m.start() for m in _number_shape_re().finditer(text)]


@functools.cache
def _figure_chars() -> frozenset[str]:
    """What a garbled figure is made of: digit look-alikes, the decimal point's, the signs'."""
    _, digits, point = _lookalikes()
    return frozenset(digits) | {point} | frozenset(_number_signs()) | frozenset(CELL_SIGNS)


def _fills_cell(text: str, at: int) -> bool:
    """Whether the figure whose shape (:func:`_number_shapes`) starts at ``at`` fills a cell: an
    inline space or the line's edge on both of its sides (a table's row: ``深发展　员圆援猿源``;
    not prose quoting the garble: ``数字变成员圆援猿源和员园园豫``)."""
    chars = _figure_chars()
    start = at
    while start and text[start - 1] in chars:
        start -= 1
    end = at
    while end < len(text) and text[end] in chars:
        end += 1
    return (not start or text[start - 1] in _CELL_STARTS) and (end == len(text) or text[end] in _CELL_STARTS)


def _number_markers(text: str, numbers: list[_Candidate], signs: list[_Candidate]) -> list[_Candidate]:
    """The numbers (of :func:`_number_candidates`) and signs (of :func:`_number_sign_candidates`)
    that show the garble by their shape whatever surrounds them: read with at least likely
    evidence, and a decimal number of look-alikes (员圆援猿源), a run of STRONG_RUN or more no
    two of which make a word, nor its ends with the characters beside it, and not starting
    with 0 unless a code's (员园园, 园园猿苑; not 员远远: 远远, not 怨远东: 远东, not 园园远), or a
    sign between two look-alikes (原猿耀缘, 猿颐员) or ％ after PERCENT_DIGITS of them where no
    hanzi but 的 follows (猿愿援苑豫; not 源源豫园, 豫章). Such a number is as good a marker of a
    garbled text as a comma's look-alike that no word explains."""
    _, digits, point = _lookalikes()
    zero = _zero_lookalike()
    found = []
    for cand in numbers:
        run = cand.hanzi
        if cand.evidence < LIKELY_FROM or not all(c in digits or c == point for c in run):
            continue
        if point in run[1:-1] or (
            len(run) >= STRONG_RUN
            and (run[0] != zero or len(run) >= CODE_DIGITS)
            and not any(lexicon.is_word(run[i : i + 2], min_freq=1) for i in range(len(run) - 1))
            and not _two_char_word(text, cand.start - 1, min_freq=1)
            and not _two_char_word(text, cand.end - 1, min_freq=1)
        ):
            found.append(cand)
    for cand in signs:
        start = cand.start
        if cand.evidence < LIKELY_FROM or not _digit_lookalike_at(text, start - 1):
            continue
        if cand.symbol == "%":
            if (_digit_lookalike_at(text, start - PERCENT_DIGITS) or text[start - 2 : start - 1] == point) and (
                not _han_after_percent(text, cand.end)
            ):
                found.append(cand)
        elif cand.symbol in BETWEEN_SIGNS and (_digit_lookalike_at(text, cand.end) or _cell_sign_at(text, cand.end)):
            found.append(cand)
    return found


@functools.cache
def _zero_lookalike() -> str:
    """园, the look-alike of 0."""
    return next(h for h, d in _lookalikes()[1].items() if d == ROUND_DIGIT)


#: What may follow a percentage in prose and still mark it (猿愿援苑豫的).
PERCENT_FOLLOWERS: Final = frozenset("的")


def _han_after_percent(text: str, index: int) -> bool:
    """Whether a hanzi that is neither a mark's look-alike nor one of PERCENT_FOLLOWERS stands at
    ``text[index]`` after a ％'s look-alike (源源豫园 is the Yu Garden, 豫章 a place)."""
    char = text[index : index + 1]
    return bool(char) and is_han(char) and char not in _lookalikes()[0] and char not in PERCENT_FOLLOWERS


def _digit_lookalike_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index] in _lookalikes()[1]


#: What says a degree is a temperature: 气温 温度 摄氏, the words of weather and heat (零下 高温
#: 升温 加热 冷却), a temperature's range (5～8℃, 5—8℃: 耀 要 before the digit).
TEMPERATURE_WORDS: Final = (
    "气温", "温度", "摄氏", "体温", "水温", "室温", "低温", "高温", "零下", "零上", "升温", "降温", "加热",
    "冷却", "最高", "最低", "冷", "热", "暖", "寒", "晴", "阴", "雨", "雪", "风", "度",
    "保存", "储存", "贮存", "存放", "结冰", "冰", "置于",
)  # fmt: skip
#: What stands before a temperature's last number or sign, but the signs' look-alikes (耀 ～): a
#: range's dash or a minus, real or garbled (5—8℃, －5℃).
RANGE_BEFORE_DEGREE: Final = frozenset(DASH_LOOKALIKE + HYPHEN_MINUS_LOOKALIKE + "～~－-—")
#: How far before a lone degree the words of TEMPERATURE_WORDS are looked for (a sentence's reach).
TEMPERATURE_REACH: Final = 24


def _lone_degree_without_context(text: str, start: int, sign_at: int) -> bool:
    """Whether the ℃ look-alike 益 at ``sign_at`` follows one digit look-alike (at ``start``,
    no digit before it) with no temperature said near: no word of TEMPERATURE_WORDS in
    TEMPERATURE_REACH before it nor on to the sentence's end, no range before the digit. 香远益清
    (the fragrance, farther, purer) is no 香6℃清; 5℃ is a temperature where one is spoken of."""
    if text[sign_at] not in _number_signs() or _number_signs()[text[sign_at]] != DEGREE_CELSIUS:
        return False
    if start != sign_at - 1 or not _is_digit_at(text, start) or text[start].isascii():
        return False
    before = text[start - 1 : start]
    if _is_digit_at(text, start - 1) or (before and (before in _number_signs() or before in RANGE_BEFORE_DEGREE)):
        return False
    near = text[max(0, start - TEMPERATURE_REACH) : start] + text[sign_at + 1 : sign_at + 1 + TEMPERATURE_REACH]
    return not any(word in near for word in TEMPERATURE_WORDS) and not _other_degree_near(text, start, sign_at)


def _other_degree_near(text: str, start: int, sign_at: int) -> bool:
    """Whether another ℃ look-alike after a digit's stands within TEMPERATURE_REACH of the one at
    ``sign_at``: temperatures listed (北京5℃，上海9℃)."""
    sign = text[sign_at]
    low, high = max(0, start - TEMPERATURE_REACH), sign_at + 1 + TEMPERATURE_REACH
    at = text.find(sign, low, high)
    while at >= 0:
        if at != sign_at and _is_digit_at(text, at - 1):
            return True
        at = text.find(sign, at + 1, high)
    return False


def _sign_read_after(text: str, start: int, end: int, after_signs: set[str]) -> bool:
    """Whether a look-alike of ℃ or ％ (``after_signs``) at ``end``, after the number that
    ``start`` starts, reads as the sign: in no word with what follows (益处, 豫剧) and, for ℃
    after one digit, where a temperature is spoken of (see :func:`_lone_degree_without_context`)."""
    return (
        text[end : end + 1] in after_signs
        and not _two_char_word(text, end)
        and not _lone_degree_without_context(text, start, end)
    )


def _two_char_word(text: str, index: int, min_freq: int = lexicon.COMMON_WORD_FREQ) -> bool:
    """Whether ``text[index : index + 2]`` is two characters that make a word (豫剧, 益处; a
    sign at the text's end makes none, though jieba holds 豫 alone)."""
    pair = text[index : index + 2] if index >= 0 else ""
    return len(pair) == 2 and lexicon.is_word(pair, min_freq=min_freq)


#: 原 and 垣, the look-alikes of － and ＋ (A3AD, A3AB): a signed figure of a table (原猿耀缘 is
#: －3～5, 垣园援缘圆 ＋0.52) where the sign and its number fill a cell.
PLUS_LOOKALIKE: Final = "垣"
CELL_SIGNS: Final = {HYPHEN_MINUS_LOOKALIKE: FULLWIDTH_HYPHEN_MINUS, PLUS_LOOKALIKE: FULLWIDTH_PLUS_SIGN}
#: What a table's cell starts after or ends before: an inline space, the line's edge; and a
#: range's ～ (原缘耀原员 is －5～－1) or its look-alike.
CELL_EDGES: Final = _INLINE_SPACES + "\n" + FULLWIDTH_TILDE


def _cell_sign_candidates(text: str) -> list[_Candidate]:
    """The signs of :func:`_cell_sign_at`: ``　原猿耀缘`` is ``　－3～5``, ``　垣园援缘圆`` ``　＋0.52``."""
    found: list[_Candidate] = []
    for char, symbol in CELL_SIGNS.items():
        for at in _occurrences(text, char):
            if _cell_sign_at(text, at):
                cand = _Candidate(at, at + 1, char, symbol)
                cand.add(LIKELY_FROM, "the sign of a figure that fills a table's cell (－3～5, ＋0.52)", EV_OTHER)
                found.append(cand)
    return found


def _cell_sign_at(text: str, at: int) -> bool:
    """Whether ``text[at]`` is 原 or 垣 at a cell's start (after a space, a line's start or a
    range's ～) right before a number of digit look-alikes that ends the cell (a space, the
    line's end, ～, ℃ or ％, or their look-alikes): the sign of a figure. (原 before a number
    in prose, 原20人 'formerly', has a word after the number; 原员工 has no number.)"""
    if text[at : at + 1] not in CELL_SIGNS:
        return False
    before = text[at - 1] if at else "\n"
    if before not in _figure_cell_starts():
        return False
    if not _number_starts_at(text, at + 1) or text[at + 1].isascii():
        return False
    point = _lookalikes()[2]
    end = at + 1
    while _digit_lookalike_at(text, end) or (text[end : end + 1] == point and _digit_lookalike_at(text, end + 1)):
        end += 1
    return end == len(text) or text[end] in _cell_ends()


@functools.cache
def _figure_cell_starts() -> frozenset[str]:
    """What a signed figure's cell starts after: CELL_EDGES and ～'s look-alike (耀)."""
    return frozenset(CELL_EDGES) | {h for h, s in _number_signs().items() if s == FULLWIDTH_TILDE}


@functools.cache
def _cell_ends() -> frozenset[str]:
    """What a signed figure's cell ends before: CELL_EDGES and the look-alikes of ～ ℃ ％."""
    wanted = (*SIGNS_AFTER, FULLWIDTH_TILDE)
    return frozenset(CELL_EDGES) | {h for h, s in _number_signs().items() if s in wanted}


def _lone_at_cell_end(text: str, cand: _Candidate) -> bool:
    """Whether the number ``cand`` is one digit look-alike after a hanzi (no look-alike) and
    before an inline space: in a table, the end of a cell's word (中远　张耀光, 三愿　天园,
    天园　…), which a counter in the next cell does not make a number."""
    start, end = cand.start, cand.end
    if end - start != 1 or not start or not _inline_space_at(text, end):
        return False
    before = text[start - 1]
    return (
        is_han(before)
        and before not in _all_lookalikes()
        and before not in _number_signs()  # (猿颐员　: 3∶1, the end of a score, not of a word)
        and before not in SECTION_WORDS  # (表1　…)
    )


def _label_cell(text: str, cand: _Candidate) -> bool:
    """Whether the number ``cand`` is one or two digit look-alikes starting a line, before an
    inline space or a hanzi that is no unit nor a look-alike, and not a rank of rows numbered
    around it: in a table, the row's label, a place's or a name's cell (缘溪　…, 苑园　…), read
    as a number at most as a doubt."""
    start, end = cand.start, cand.end
    if end - start > 2 or (start and text[start - 1] != "\n") or end >= len(text):
        return False
    after = text[end]
    if after in _INLINE_SPACES:
        return not (_table_row(text, start, end) or _spaced_table_row(text, start, end))
    return is_han(after) and after not in _all_lookalikes() and after not in NUMBER_AFTER


#: Inline spaces as a regex class (the cells of a table are set apart by them).
_CELL_GAP: Final = f"[{re.escape(_INLINE_SPACES)}]"
#: What a cell of figures starts after: an inline space or a line break (a signed figure's
#: cell may start after a range's ～ too: :func:`_figure_cell_starts`).
_CELL_STARTS: Final = frozenset(_INLINE_SPACES + "\n")


@functools.cache
def _cell_number_re() -> re.Pattern[str]:
    """One or two digit look-alikes that fill a table's cell: between inline spaces or a
    line's edges (``张耀曾　缘　324.74``, ``议会下院　田园　怨愿``)."""
    d = "".join(_lookalikes()[1])
    # (led by one of the digits' class, so that the scan runs at C speed: a leading repeat,
    # [..]{1,2}, makes the engine try a match at every position; what stands before the match
    # is tested by :func:`_cell_numbers`)
    return re.compile(f"[{d}][{d}]?(?={_CELL_GAP}|$)", re.MULTILINE)


def _cell_numbers(
    text: str,
    numbers: list[_Candidate],
    markers: list[_Candidate] | None,
    signs: list[_Candidate],
    line_starts: list[int],
) -> list[_Candidate]:
    """Numbers of one or two digit look-alikes that fill a cell on a line that holds a number
    of a garbled shape (``markers``, found here when None): a row of figures, where a cell of
    two look-alikes that make no word (远源, 怨愿; not 远远 圆圆, names) is a number; one alone
    (缘) only a doubt, as a one-character cell may be a word, and so are two in a row's first
    cell (its label: 苑园 a name) or two starting with 0 (园员 'garden staff'). ``line_starts``:
    where the lines of ``text`` start (the caller's document._Lines)."""
    matches = [m for m in _cell_number_re().finditer(text) if not m.start() or text[m.start() - 1] in _CELL_STARTS]
    if not matches:
        return []
    taken = {c.start for c in numbers}
    if markers is None:
        markers = _number_markers(text, numbers, signs)
    if not markers:
        return []
    marked_lines = {bisect.bisect_right(line_starts, c.start) for c in markers}
    _, digits, _ = _lookalikes()
    rows = _RowCells(text, line_starts)
    found = []
    for match in matches:
        start, end = match.start(), match.end()
        run = match.group()
        if start in taken or bisect.bisect_right(line_starts, start) not in marked_lines:
            continue
        if len(run) == 2 and lexicon.is_word(run, min_freq=1):
            continue  # (远远 圆圆: names as often as numbers)
        cand = _Candidate(start, end, run, "".join(digits[c] for c in run))
        if (
            len(run) == 2
            and digits[run[0]] != ROUND_DIGIT
            and start
            and text[start - 1] != "\n"
            and _column_of_numbers(rows, start)
        ):
            cand.add(SURE_FROM, "two look-alikes filling a cell of a column of garbled figures", EV_OTHER)
        elif len(run) == 2:
            # (no count starts with 0: 园员 'garden staff'; a row's first cell is its label, a
            # name or a place: 苑园; a column of names holds 苑园 苑远 as well as 王平)
            cand.add(
                DOUBT_FROM,
                "two look-alikes filling a row's first cell, starting with 0, or in no column of figures",
                EV_OTHER,
            )
        else:
            cand.add(DOUBT_FROM, "one look-alike filling a cell of a row of garbled figures", EV_OTHER)
        found.append(cand)
    return found


#: A visible cell of a table's row: what stands between inline spaces.
_CELL_RE: Final = re.compile(f"[^{re.escape(_INLINE_SPACES)}\n]+")
#: How many lines above and below a cell its column is looked at.
_COLUMN_REACH: Final = 8
#: A header cell holding this heads a column of names (姓名, 名称), whose cells are no figures.
NAME_HEADER_CHAR: Final = "名"


class _RowCells:
    """The cells of a text's lines, each line's found once: a cell's column, and the cell of
    another row in that column, are looked up by index, not by a walk along the row per cell
    (a row of thousands of cells, a page extracted with no line break, was quadratic)."""

    def __init__(self, text: str, line_starts: list[int]) -> None:
        self.text = text
        self.line_starts = line_starts  # (document._Lines.starts)
        self._lines: dict[int, tuple[list[int], list[str]]] = {}

    def line_of(self, index: int) -> int:
        return bisect.bisect_right(self.line_starts, index) - 1

    def is_blank(self, line: int) -> bool:
        """Whether ``line`` holds nothing, not even a space."""
        return self._end(line) == self.line_starts[line]

    def cells(self, line: int) -> tuple[list[int], list[str]]:
        """Where the cells of ``line`` start, and the cells."""
        found = self._lines.get(line)
        if found is None:
            matches = list(_CELL_RE.finditer(self.text, self.line_starts[line], self._end(line)))
            found = self._lines[line] = ([m.start() for m in matches], [m.group() for m in matches])
        return found

    def _end(self, line: int) -> int:
        """Where ``line`` ends (its line break, or the text's end)."""
        return self.line_starts[line + 1] - 1 if line + 1 < len(self.line_starts) else len(self.text)


def _column_of_numbers(rows: _RowCells, start: int) -> bool:
    """Whether the cell at ``start`` stands in a column of figures: within its block (no blank
    line between), the same column of another row holds a figure no name explains (a digit,
    three or more digit look-alikes, a decimal or signed one), and no row holds a word there
    (王平), nor does the block's first line name the column a name's (姓名, 名称); or the block's
    first line heads the column with a word (工龄) over cells all of digit look-alikes. A column
    of two look-alikes alone (苑园 苑远: names; 苑猿 怨愿) is no proof."""
    line = rows.line_of(start)
    column = bisect.bisect_left(rows.cells(line)[0], start)
    # the column's other cells, top to bottom: "figure", "digits", "word" (or None)
    kinds: list[tuple[str, str] | None] = []
    for above in range(line - 1, max(line - _COLUMN_REACH, 0) - 1, -1):  # the rows above
        if rows.is_blank(above):
            break
        kinds.insert(0, _column_cell_kind(rows.cells(above)[1], column))
    header_above = bool(kinds)
    for below in range(line + 1, min(line + _COLUMN_REACH + 1, len(rows.line_starts))):  # the rows below
        if rows.is_blank(below):
            break
        kinds.append(_column_cell_kind(rows.cells(below)[1], column))
    header = kinds[0] if header_above else None
    if header is not None and header[0] == "word" and NAME_HEADER_CHAR in header[1]:
        return False  # (姓名, 名称: a column of names)
    body = kinds[1:] if header_above else kinds
    if any(k is not None and k[0] == "word" for k in body):
        return False  # (王平 in the same column)
    if any(k is not None and k[0] == "figure" for k in kinds):
        return True
    return header is not None and header[0] == "word" and any(k is not None for k in body)


def _column_cell_kind(cells: list[str], column: int) -> tuple[str, str] | None:
    """The ``column``-th of a row's ``cells``: ('figure', cell) for a figure no name explains,
    ('digits', cell) for one or two digit look-alikes, ('word', cell) for anything else; None
    when the row has no such cell."""
    if column >= len(cells):
        return None
    cell = cells[column]
    digits = _lookalikes()[1]
    if any(map(_real_digit, cell)):
        return ("figure", cell)
    if all(c in digits for c in cell) and len(cell) <= 2:
        return ("digits", cell)
    lookalikes = _all_lookalikes()
    if len(cell) > 2 and any(c in digits for c in cell) and all(c in lookalikes for c in cell):
        return ("figure", cell)  # (员圆援猿源, 原缘耀原员, 猿愿援苑豫)
    return ("word", cell)


#: A cell of a number in ASCII digits, with the words around it: what witnesses its column's
#: shape (员工8人: 员工…人, 120户: …户, 18岁: …岁).
_ASCII_NUMBER_CELL_RE: Final = re.compile("([^0-9]*?)([0-9]+)([^0-9]*)")
#: A cell longer than this is prose, not a table's (婚恋服务　愿意参加的源缘人 is one).
WITNESS_CELL_LEN: Final = 12
#: The note of a number read by :func:`_witnessed_numbers`.
WITNESS_NOTE: Final = "a number in its column's cell shape, which another row fills with ASCII digits (5栋 above 猿栋)"


def _column_witnesses(text: str) -> dict[int, int]:
    """The runs of digit look-alikes (start -> end) that a table's column shows to be numbers: in
    consecutive lines parted into the same number of cells (:data:`_COLUMN_GAP_RE`), a cell that
    is the words of another row's cell in the same column around digit look-alikes where that
    row has ASCII digits (猿栋 under 5栋, 员工猿人 beside 员工8人, 圆园岁 above 25岁). A writer
    fills a column with one shape; the garble turns the full-width digits of some rows and
    leaves others' ASCII. The words must be hanzi and not empty (a column of names, 圆圆 远远,
    has no ASCII sibling to witness it: its cells are nothing but the run), and the cell must
    not be a word itself (园区 beside 1区)."""
    found: dict[int, int] = {}
    table: list[list[tuple[int, str]]] = []
    last_end = -2
    for start in _gapped_line_starts(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cells = _table_cells(text[start:end], start)
        if table and (start != last_end + 1 or len(cells) != len(table[-1])):
            _witness_columns(table, found)  # (a line with no gap, or of other cells, ends the table)
            table = []
        if len(cells) >= 2:
            table.append(cells)
        last_end = end
    _witness_columns(table, found)
    return found


def _gapped_line_starts(text: str) -> list[int]:
    """Where the lines that hold a gap between cells (:data:`_COLUMN_GAP_RE`) start, in order:
    only they can be a table's rows (most texts have none)."""
    starts: list[int] = []
    searched = 0  # (no line break before this offset is left to find: each is looked for once)
    for gap in _matches_led_by(_COLUMN_GAP_RE, text, _INLINE_SPACES):
        start = text.rfind("\n", searched, gap.start()) + 1
        if start == 0:
            start = starts[-1] if starts else 0  # (on the line of the gap before)
        searched = gap.end()
        if not starts or starts[-1] != start:
            starts.append(start)
    return starts


def _table_cells(line: str, at: int) -> list[tuple[int, str]]:
    """The cells of ``line`` (starting at ``text[at]``) with where each starts in ``text``,
    parted by :data:`_COLUMN_GAP_RE`; none when one is longer than WITNESS_CELL_LEN (prose)."""
    cells: list[tuple[int, str]] = []
    start = 0
    for gap in [*_COLUMN_GAP_RE.finditer(line), None]:
        end = len(line) if gap is None else gap.start()
        if end > start:
            if end - start > WITNESS_CELL_LEN:
                return []
            cells.append((at + start, line[start:end]))
        if gap is not None:
            start = gap.end()
    return cells


def _witness_columns(table: list[list[tuple[int, str]]], found: dict[int, int]) -> None:
    """Adds to ``found`` the runs :func:`_column_witnesses` reads in ``table`` (lines of as many
    cells each)."""
    if len(table) < 2:
        return
    digits = _lookalikes()[1]
    for column in zip(*table, strict=True):
        shapes = set()
        for _, cell in column:
            match = _ASCII_NUMBER_CELL_RE.fullmatch(cell)
            if match is None:
                continue
            words = match.group(1) + match.group(3)
            if words and all(map(is_han, words)):
                shapes.add((match.group(1), match.group(3)))
        for start, cell in column:
            for before, after in shapes:
                run = cell[len(before) : len(cell) - len(after)]
                if (
                    run
                    and cell.startswith(before)
                    and cell.endswith(after)
                    and all(c in digits for c in run)
                    and not lexicon.is_word(cell, min_freq=1)
                ):
                    found[start + len(before)] = start + len(cell) - len(after)
                    break


def _witnessed_numbers(text: str, witnessed: dict[int, int], candidates: list[_Candidate]) -> list[_Candidate]:
    """The runs a table's column shows to be numbers (``witnessed``, :func:`_column_witnesses`)
    that no number of ``candidates`` overlaps: the lexicon read them as words (员工猿人: 猿人),
    but the column's ASCII figures (员工8人) outweigh it."""
    taken = _covered(candidates)  # (each position a number covers)
    found = []
    digits = _lookalikes()[1]
    for start, end in witnessed.items():
        if not taken.isdisjoint(range(start, end)):
            continue
        run = text[start:end]
        cand = _Candidate(start, end, run, "".join(digits[c] for c in run))
        cand.add(LIKELY_FROM, WITNESS_NOTE, EV_OTHER)
        found.append(cand)
    return found
