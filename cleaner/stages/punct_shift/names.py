"""Name evidence for the surname look-alikes 袁 (，) and 叶 (《) and for 尧 (、) between names:
a given name after the surname (from the person names jieba tags), full names after a role
or a word that needs an object, titles and kinship words of address (袁老师), nouns for a
person before the surname, listed names, anonymised names (袁某) and the same name read
elsewhere in the document. A name keeps the hanzi; a doubt is reported, not changed.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from cleaner import lexicon
from cleaner.chars import (
    FULLWIDTH_COLON,
    FULLWIDTH_COMMA,
    FULLWIDTH_EXCLAMATION,
    FULLWIDTH_LEFT_PAREN,
    FULLWIDTH_QUESTION,
    FULLWIDTH_RIGHT_PAREN,
    HAN_CLASS,
    HAN_NUMERALS,
    IDEOGRAPHIC_FULL_STOP,
    LEFT_DOUBLE_QUOTE,
    OPENING_PUNCT,
    RIGHT_DOUBLE_QUOTE,
    STOP_PUNCT,
    is_han,
)
from cleaner.stages.punct_shift.decide import (
    _NAME_KINDS,
    DOUBT_FROM,
    ENOUGH_FROM,
    EV_ANONYMISED,
    EV_IN_NAME,
    EV_NAME,
    EV_NO_MARK,
    EV_OTHER,
    EV_PAIRED,
    EV_SURNAME,
    LIKELY_FROM,
    _Candidate,
)
from cleaner.stages.punct_shift.document import _classical_prose, _literary_or_book_of_verse
from cleaner.stages.punct_shift.numbers import (
    DOUBLED_WORD_FOLLOWERS,
    ETC,
    MEASURE_WORDS,
    NEAR_COUNTERS,
    NUMBER_AFTER,
    WORD_START_COUNTERS,
    _is_digit_at,
)
from cleaner.stages.punct_shift.pairing import _OPENINGS, GIVEN_NAME_PAREN, _unpaired_opening
from cleaner.stages.punct_shift.reading import _clause_starts_at, _window
from cleaner.stages.punct_shift.table import (
    _CELL_EDGES,
    _INLINE_SPACES,
    _REAL_MARKS,
    CHINESE_MARKS,
    CLOSE_QUOTE_LOOKALIKE,
    COLON_LOOKALIKE,
    COMMA_LOOKALIKE,
    ENUMERATION,
    ENUMERATION_LOOKALIKE,
    OPEN_QUOTE_LOOKALIKE,
    SENTENCE_ENDS,
    STOP_LOOKALIKE,
    _all_lookalikes,
    _code_bits,
    _commonest_surname_codes,
    _commonest_surnames,
    _Lines,
    _lookalikes,
    _matches_led_by,
    _next_visible,
    _occurrences,
    _places_of,
    _roster_line,
    _short_cell_at,
    _surnames,
)
from cleaner.tables import read_tsv

NAMES_TABLE = "punct_shift_names.tsv"
GIVEN_NAMES_TABLE: Final = "given_name_chars.tsv"
ROLE_NOUNS_TABLE: Final = "role_nouns.tsv"
PERSON_NOUNS_TABLE: Final = "person_nouns.tsv"
#: A surname look-alike (袁, 叶) followed by a title is a name: ``袁女士``, ``叶老师``.
TITLES: Final = (
    "女士",
    "先生",
    "老师",
    "教授",
    "同志",
    "师傅",
    "医生",
    "大夫",
    "阿姨",
    "局长",
    "院士",
    "老太太",
    "老先生",
)
TITLE_PENALTY: Final = 8.0
#: Job titles said after a surname (袁主任, 叶经理), which also start clauses after a comma
#: (，厂长的担子, ，市长阎增福): before one, a surname look-alike is at most reported. So too 小姐
#: (女朋友袁小姐, 袁小姐说), a title of address that also starts clauses alone (询问价格时，小姐
#: 先是…; a play's 夫人道，小姐…): read as the kinship words of KIN_TITLES are.
JOB_TITLES: Final = (
    "主任", "经理", "书记", "市长", "县长", "省长", "部长", "厂长", "校长", "处长", "科长", "队长", "村长",
    "院长", "所长", "社长", "站长", "馆长", "董事长", "总经理", "秘书长", "会长", "乡长", "镇长", "区长",
    "组长", "班长", "主编", "教练", "律师", "工程师", "主席", "会计", "老板", "同学", "小姐",
)  # fmt: skip
#: Words of address of one character said after a surname (袁总 for 袁总经理, 袁工 for an
#: engineer, 袁姐, 袁哥, 袁导, 袁队): read as the job titles are, and only where the
#: character starts no word with what follows (，总之 ，工作 ，老人 ，导致 ，队员 are words); and
#: the kinship words of one character an elder is called by (袁伯, 叶叔, 袁婶, 叶姨: ，伯父
#: ，叔叔 ，姨妈 are words).
SHORT_TITLES: Final = ("总", "工", "姐", "哥", "导", "队", *"伯叔婶姨")
#: ... but a kinship word of one character is also a noun that starts a clause alone (我推门进去，
#: 叔在屋里), and so is 小姐 (时，小姐很不耐烦), so after a comma's look-alike it is a surname's
#: only after a role or a noun for a person (老板袁伯, 女朋友袁小姐), a verb of calling (叫她袁姨)
#: or where a line starts (袁婶在村里): where no comma stands.
KIN_TITLES: Final = frozenset(("伯", "叔", "婶", "姨", "小姐"))
CALLING_VERBS: Final = frozenset("叫称喊")
#: After a job title, what shows the title heads a list of posts (省长、副省长), not a
#: surname's title: the enumeration comma and its look-alike.
TITLE_LIST_MARKS: Final = frozenset(ENUMERATION)
SURNAME_MARKER: Final = "姓"
#: Where 姓 is the noun 'surname', not the verb 'be surnamed', and so says no surname follows:
#: 百姓 (the common people: 普通百姓袁 is 普通百姓，) and the set phrase 无名无姓 'nameless'
#: (无名无姓袁 is 无名无姓，: what has no surname is followed by none). Not 无姓 alone: 无 'have
#: no' before the verb 姓 says nobody bears a surname (本村并无姓袁者, 无姓袁之人).
NOUN_SURNAME_ENDS: Final = ("百姓", "无名无姓")
#: Look-alikes that are common surnames (of ， and 《).
SURNAME_LOOKALIKES: Final = frozenset("袁叶")


#: The look-alikes of marks that start a given name after 袁 (记者袁野报道, 记者袁院生报道) where
#: they stay hanzi, with the mark each is read as otherwise.
NAME_START_LOOKALIKES: Final = ((OPEN_QUOTE_LOOKALIKE, LEFT_DOUBLE_QUOTE), (COLON_LOOKALIKE, FULLWIDTH_COLON))


def _lookalike_given_names(text: str, by_start: dict[int, _Candidate]) -> None:
    """``记者袁野报道``, ``外甥袁野考上了``, ``和袁野买``, ``看见袁野站在``: after a role, a noun
    for a person, a word that needs an object or a verb whose object is a person, a surname
    look-alike before a “ look-alike that nothing closes (so it stays a hanzi) and that starts
    no word (野考 野报) reads as ``，野`` only if a clause starts with a stray 野: the name is
    likelier. A doubt, reported. (``野生动物``: 野 starts a word there, the comma stays.) So
    too before a ： look-alike that stays a hanzi (``记者袁院生报道``: 院生 starts no word). Then
    the other given names made of look-alikes (:func:`_lookalike_name_doubts`) and the same
    such names elsewhere in the text (:func:`_same_lookalike_names`): run last, as all three
    read what every other rule said."""
    for inner_hanzi, inner_symbol in NAME_START_LOOKALIKES:
        _lookalike_given_name(text, by_start, inner_hanzi, inner_symbol)
    _lookalike_name_doubts(text, by_start)
    _same_lookalike_names(text, by_start)
    _titled_given_name_stops(text, by_start)


def _lookalike_given_name(text: str, by_start: dict[int, _Candidate], inner_hanzi: str, inner_symbol: str) -> None:
    """The doubts of :func:`_lookalike_given_names` of the given names that start with ``inner_hanzi``."""
    for at in _occurrences(text, COMMA_LOOKALIKE + inner_hanzi):  # (a few places: str.find, not a test per 袁)
        cand = by_start.get(at)
        if cand is None or cand.end - at != 1 or cand.evidence < DOUBT_FROM:
            continue
        inner = by_start.get(cand.end)
        if (
            inner is None
            or inner.symbol != inner_symbol
            or inner.evidence > DOUBT_FROM
            or EV_PAIRED in inner.kinds
            or any(lexicon.is_word(text[inner.start : inner.start + size], min_freq=1) for size in (2, 3))
        ):
            continue
        head = text[max(0, cand.start - 8) : cand.start]
        if not (
            _ends_with_any(head, _roles_and_role_nouns_by_length())
            or _ends_with_any(head, _person_nouns_by_length())
            or _after_object_word(head)
            or _person_lead(head).rstrip(PERFECTIVE) in PERSON_OBJECT_VERBS
        ):
            continue
        cand.add_doubt(0.0, f"before {inner.hanzi}, which stays a hanzi and starts no word: a name?", EV_NAME)


def _titled_given_name_stops(text: str, by_start: dict[int, _Candidate]) -> None:
    """``作家路遥1949年出生``, ``（记者王遥）``, ``作者：王尧⏎``, ``王尧今年28岁``,
    ``获奖者：张明、王遥、李华``: a 遥 or a 尧 right after a surname (or a hanzi that makes a word
    with 遥: 路遥) where a person is named (:func:`_given_name_of_one`) is a given name (遥 and 尧
    are given names as 袁 and 叶 are surnames: given_name_chars.tsv), never 。 or 、 after half a
    name: a role names a person (记者王。 is no sentence), and a lone surname neither ends a
    sentence nor, before anything but another surname (王、李二人), makes a list. A doubt,
    reported."""
    for hanzi in (STOP_LOOKALIKE, ENUMERATION_LOOKALIKE):
        for at in _places_of(text, hanzi, 1):
            cand = by_start.get(at)
            if cand is None or cand.end - at != 1 or cand.evidence < DOUBT_FROM:
                continue
            why = _given_name_of_one(text, at, by_start)
            if why:
                cand.add_doubt(0.0, why, EV_NAME)


#: The colons, real or garbled, between a role and the name it labels (作者：王遥, 本文作者院张遥).
_LABEL_COLONS: Final = FULLWIDTH_COLON + COLON_LOOKALIKE
#: The year a person's age is given in, after the name (王尧今年28岁): the subject of an age.
AGE_YEAR: Final = "今年"
#: The enumeration commas, real or garbled, that stand around an item of a list of names.
_LIST_COMMAS: Final = ENUMERATION + ENUMERATION_LOOKALIKE


#: Adverbs of degree: the surname-like hanzi after one is an adjective, a predicate that ends
#: a sentence (这家伙真牛。今年28岁), no surname.
INTENSIFIERS: Final = frozenset("真很太更最挺蛮颇极好越")
#: The unit of an age (今年28岁): 今年 and a number before any other (今年5月) is a date.
AGE_UNIT: Final = "岁"


def _age_follows(text: str, at: int) -> bool:
    """Whether a number of ASCII or full-width digits, or of their look-alikes, and 岁 stand at ``at``."""
    end = at
    while end < len(text) and _is_digit_at(text, end):
        end += 1
    return end > at and text.startswith(AGE_UNIT, end)


#: 由 'by' before a name and what the person does in a work or an event (由王遥主演, 由张尧执导):
#: 由王。 ends no sentence of modern prose (classical prose aside: 政由王。).
BY: Final = "由"
CREDITED_ACTS: Final = (
    *("主演", "出演", "饰演", "扮演", "执导", "导演", "编剧", "主持", "主讲", "主唱", "演唱", "演奏"),
    *("领衔", "作词", "作曲", "担任", "负责", "带领", "率领", "指导", "主编", "撰写", "翻译", "设计"),
)


def _given_name_of_one(text: str, at: int, by_start: dict[int, _Candidate]) -> str:
    """Why the 遥 or 尧 at ``at`` is the given name of the surname before it, or '': after a role
    (a colon between: 作者：王尧) before a number (记者王遥2日), or, the surname a common one,
    after a role anywhere (（记者王遥）), after 由 before what the person does (由王遥主演), before
    its age as a lone surname (王尧今年28岁: 王。今年 and 王、今年 read nothing), or as an item
    between two enumeration commas (张明、王遥、李华: 。 and 、 never stand side by side). Never
    before another surname after 尧 (记者王尧李华 may list the surnames 王、李)."""
    name = text[at - 1]
    common = name in _commonest_surnames()
    if text[at] == ENUMERATION_LOOKALIKE and (not common or text[at + 1 : at + 2] in _surnames()):
        return ""
    head = text[max(0, at - 10) : at - 1]
    role = _ends_with_any(head.rstrip(_LABEL_COLONS), _roles_and_role_nouns_by_length())
    if role and _is_digit_at(text, at + 1) and (name in _surnames() or lexicon.is_word(name + text[at], min_freq=1)):
        return f"after the role and {name}, before a number: a given name (记者王遥2日)"
    if not common:
        return ""
    if role and text[at] == STOP_LOOKALIKE:
        # (Not 尧 without a number: a role noun, a predicate of one hanzi and 、 make a parallel
        # list, 老师严、学生勤, and the predicate may be a surname: 严 牛.)
        return f"after a role, the surname {name}: a given name (记者王遥)"
    if text[at - 2 : at - 1] == BY and text.startswith(CREDITED_ACTS, at + 1) and not _classical_prose(text):
        return f"after {BY} and the surname {name}, before what the person does: a given name (由王遥主演)"
    lone = not (at >= 2 and lexicon.is_word(text[at - 2 : at], min_freq=1))
    if (
        lone
        and text[at - 2 : at - 1] not in INTENSIFIERS
        and _age_follows(text, at + 1 + len(AGE_YEAR))
        and text.startswith(AGE_YEAR, at + 1)
    ):
        return f"the surname {name} before an age: a given name (王尧今年28岁)"
    before = by_start.get(at - 2)
    listed = at >= 2 and (text[at - 2] in ENUMERATION or (before is not None and before.evidence >= ENOUGH_FROM))
    if listed and text[at - 2] in _LIST_COMMAS and at + 1 < len(text) and text[at + 1] in _LIST_COMMAS:
        return f"an item {name}{text[at]} between enumeration commas: a given name (张明、王遥、李华)"
    return ""


#: Particles that follow a predicate, not a name: the look-alike before one is a word of its
#: own (跑袁野得没边了 is 跑，野得没边了 where 袁野 is a name elsewhere).
PREDICATE_PARTICLES: Final = frozenset("得地着了")


def _same_lookalike_names(text: str, by_start: dict[int, _Candidate]) -> None:
    """``选手袁野说 … 看见袁野站在``, ``的袁月袁首次 … 起袁月调整``: a 袁 before a given name made
    of look-alikes (:func:`_kept_lookalike_name`) that the stage keeps at one place (遥袁野说: no
    comma after a full stop) or reports as a name is the name at every other place too, where
    nothing extends the name into a word: the comma is at most a doubt there. (Run last: every
    rule has spoken.)"""
    comma_at = _places_of(text, COMMA_LOOKALIKE)
    if len(comma_at) < 2:
        return
    names: set[str] = set()
    for at in comma_at:
        cand = by_start.get(at)
        if cand is not None and (
            cand.evidence < DOUBT_FROM or (cand.evidence == DOUBT_FROM and not _NAME_KINDS.isdisjoint(cand.kinds))
        ):  # (kept: 遥袁野说, where no comma follows a full stop; or reported for a name: 选手袁野说)
            name = _kept_lookalike_name(text, at + 1, by_start)
            if name:
                names.add(name)
    if not names:
        return
    for at in comma_at:
        cand = by_start.get(at)
        if cand is None or cand.evidence <= DOUBT_FROM or EV_NO_MARK in cand.kinds:
            continue
        name = next((n for n in names if text.startswith(n, at + 1)), "")
        if not name or (name == OPEN_QUOTE_LOOKALIKE and not _kept_lookalike_name(text, at + 1, by_start)):
            continue  # (a 野 that a 冶 closes here is “)
        rest = at + 1 + len(name)
        after = text[rest : rest + 1]
        if (
            lexicon.is_word(text[rest - 1 : rest + 1], min_freq=1)
            or after in PREDICATE_PARTICLES
            or after in _lookalikes()[1]
            or after in NUMBER_AFTER
        ):
            continue  # (袁月 elsewhere, 袁月光: the name's last character starts a word here; 袁月日: a date)
        cand.add_doubt(0.0, f"袁{name} is read as a name elsewhere in the text", EV_NAME)


def _kept_lookalike_name(text: str, index: int, by_start: dict[int, _Candidate]) -> str:
    """A given name at ``index`` (after 袁) that starts with a look-alike the stage keeps as a
    hanzi: one of digits or letters that makes no number (:func:`_lookalike_name`), or a 野
    that pairs with no closing quotation mark and starts no word (袁野站在); '' if none."""
    if text[index : index + 1] != OPEN_QUOTE_LOOKALIKE:
        return _lookalike_name(text, index)
    inner = by_start.get(index)
    if (
        inner is None
        or inner.evidence > DOUBT_FROM
        or EV_PAIRED in inner.kinds
        or any(lexicon.is_word(text[index : index + size], min_freq=1) for size in (2, 3))
    ):
        return ""
    return OPEN_QUOTE_LOOKALIKE


#: Look-alikes of digits and Latin letters that given names are made of (运动员袁缘缘, 画家袁苑,
#: 妻子袁月娥, 冠军为袁园园袁): after 袁 they stay hanzi where they make no number.
LOOKALIKE_NAME_CHARS: Final = frozenset("园圆源远苑缘月云悦")


def _lookalike_name_doubts(text: str, by_start: dict[int, _Candidate]) -> None:
    """``运动员袁缘缘``, ``冠军为袁园园袁成绩``, ``调来的袁远志教授``: a 袁 before a given name made
    of look-alikes of digits or letters (:func:`_lookalike_name`) that makes no number, after a
    role or a noun for a person, or alone between 袁 and a comma's or a full stop's look-alike
    (``，园园，`` is no clause), or before two such hanzi and a title: the surname reads as
    well as the comma, so it is at most a doubt."""
    for at in _places_of(text, COMMA_LOOKALIKE):
        cand = by_start.get(at)
        if cand is None or cand.end - at != 1 or cand.evidence < DOUBT_FROM or EV_NO_MARK in cand.kinds:
            continue
        name = _lookalike_name(text, cand.end)
        if _lookalike_name_before_title(text, cand.end):
            why = f"before {text[cand.end : cand.end + 2]} and a title, look-alikes that start no full name: a name?"
        elif not name:
            continue
        elif _alone_between_marks(text, at, name, by_start):
            why = f"before {name} alone before a mark, which no clause is: a name?"
        elif _ends_with_any(text[max(0, at - 8) : at], _roles_and_role_nouns_by_length()) or _ends_with_any(
            text[max(0, at - 8) : at], _person_nouns_by_length()
        ):
            why = f"after a role or a person, before {name}, look-alikes that make no number: a name?"
        else:
            continue
        cand.add_doubt(0.0, why, EV_NAME)


def _lookalike_name_before_title(text: str, index: int) -> bool:
    """Whether two hanzi at ``index`` that start with a look-alike of LOOKALIKE_NAME_CHARS that
    is no surname of the table stand before a title (调来的袁远志教授): a given name, for the
    comma's reading would make them a full name (，远志教授), which no surname starts."""
    first = text[index : index + 1]
    return (
        first in LOOKALIKE_NAME_CHARS
        and first not in _surnames()
        and is_han(text[index + 1 : index + 2])
        and text.startswith(TITLES, index + 2)
        and not text.startswith(TITLES, index + 1)
    )


def _lookalike_name(text: str, index: int) -> str:
    """A given name of one or two hanzi at ``index`` that starts with a look-alike of a digit or a
    letter of LOOKALIKE_NAME_CHARS and makes no number (缘缘, 月娥, 苑; not 远圆 62, 员月
    1月, 缘名 5名, 园园园 000) nor a word (远远 远方 圆梦); of two, a doubled character or a
    given-name character second (not 月说, the name 月 and a verb); of one, before what goes on
    after a name (:func:`_name_goes_on`: 缘为, 苑的, not 月考成绩); '' if none."""
    first = text[index : index + 1]
    if first not in LOOKALIKE_NAME_CHARS:
        return ""
    digits = _lookalikes()[1]
    second = text[index + 1 : index + 2]
    pair = first + second
    frequency = lexicon.frequency(pair)
    size = (
        2
        if (second == first or (is_han(second) and second not in _all_lookalikes() and second not in NUMBER_AFTER))
        and second not in _name_words()[2]
        and second not in PARTICLES
        and ((second == first and frequency < NAME_WORD_FREQ) or (second in _given_name_chars() and not frequency))
        else 1
    )  # (月娥 缘缘 may be names; not 远远 源源, common words, nor 圆梦 缘何, rare ones, nor 苑的 月说)
    after = text[index + size : index + size + 1]
    if after in digits or (after != "" and after in NUMBER_AFTER) or (after.isascii() and after.isalnum()):
        return ""  # (记者袁员园日: 10日; 袁月超: B超)
    if size == 1 and (
        (is_han(after) and after not in _all_lookalikes() and lexicon.is_word(first + after, min_freq=1))
        or not _name_goes_on(text, index + 1)
    ):
        return ""  # (远方, 园林: the look-alike starts a word; 月考成绩: nothing that follows a name)
    return text[index : index + size]


def _alone_between_marks(text: str, at: int, name: str, by_start: dict[int, _Candidate]) -> bool:
    """Whether ``name`` after the 袁 at ``at`` stands alone before a comma's or a full stop's
    look-alike that is read as the mark (的袁月袁首次, 为袁园园袁成绩), after a hanzi that is no
    look-alike (not 粤袁月袁悦, A，B，C; nor 员袁圆袁, 1，2，): a doubled character or two that make
    no word (not ，远大。, a clause of a word), or one that is no digit's (not 便宜，2，样子: a
    numbered point)."""
    if len(name) == 1 and name in _lookalikes()[1]:
        return False
    if len(name) == 2 and name[0] != name[1] and lexicon.is_word(name, min_freq=1):
        return False
    end = at + 1 + len(name)
    mark = by_start.get(end)
    before = text[at - 1 : at]
    return (
        mark is not None
        and mark.hanzi in COMMA_LOOKALIKE + STOP_LOOKALIKE
        and mark.evidence >= ENOUGH_FROM
        and is_han(before)
        and before not in _all_lookalikes()
        and before not in _lookalikes()[1]
    )


@functools.cache
def _roles_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The roles of :func:`_name_words` as (length, the roles of that length): a role at a
    place is a set lookup per length, not a test of each role (``str.endswith(roles)``)."""
    return _by_length(_name_words()[0])


@functools.cache
def _roles_and_role_nouns_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """As :func:`_roles_by_length`, with the role nouns of two to four characters."""
    return _by_length(_name_words()[0] + tuple(n for n in _role_nouns() if 2 <= len(n) <= 4))


@functools.cache
def _role_nouns_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The role nouns of two to four characters (外长, 团长, 网格员) by length."""
    return _by_length(tuple(n for n in _role_nouns() if 2 <= len(n) <= 4))


@functools.cache
def _person_nouns_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The nouns for a person of two to four characters, as :func:`_roles_by_length`."""
    return _by_length(tuple(n for n in _person_nouns() if 2 <= len(n) <= 4))


def _by_length(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    return tuple((size, frozenset(w for w in words if len(w) == size)) for size in sorted({len(w) for w in words}))


def _ends_with_any(head: str, by_length: tuple[tuple[int, frozenset[str]], ...]) -> bool:
    """``head.endswith(words)`` for ``by_length`` made from ``words`` (no empty word): a
    shorter ``head[-size:]`` is in no set of words of ``size`` characters."""
    for size, words in by_length:  # noqa: SIM110 (a loop: no generator to build per call)
        if head[-size:] in words:
            return True
    return False


def _starts_with_any(text: str, at: int, by_length: tuple[tuple[int, frozenset[str]], ...]) -> bool:
    """``text.startswith(words, at)`` for ``by_length`` made from ``words`` (``at`` >= 0)."""
    for size, words in by_length:  # noqa: SIM110 (as above)
        if text[at : at + size] in words:
            return True
    return False


def _surname_verb_before(text: str, at: int) -> bool:
    """Whether 姓 right before ``text[at]`` is the verb 'be surnamed', which a surname follows
    (免贵姓袁, 他姓叶; not 普通百姓袁 nor 无名无姓袁: NOUN_SURNAME_ENDS)."""
    return text[at - 1 : at] == SURNAME_MARKER and not text.endswith(NOUN_SURNAME_ENDS, 0, at)


#: What closes a predicate before a one-hanzi adjective, which then ends its clause (写得好,
#: 演技很好, 质量太差): a complement's 得, or an adverb of degree.
ADJECTIVE_CLOSERS: Final = frozenset("得很太挺真较更")


def _lexicon_name_apart(text: str, at: int, given: str, alone: dict[str, bool]) -> bool:
    """Whether the 袁 at ``at``, which with ``given`` after it makes a full name jieba lists
    (袁爱玲), may still be read as a comma where ``given`` is another's given name (张爱玲,
    asked by the caller). A text that calls 张爱玲 by her given name alone (``因为爱玲才买``)
    may do so again after a clause that ends with an adjective, a predicate with no object
    (``人品较差袁爱玲比较冤``, ``写得好袁爱玲的一生``). Not where a verb, 是, a preposition or a
    noun comes before 袁: the name is then its object or in apposition, and two people of one
    given name meet in results and lists (``张建军战胜袁建军``, ``获奖的是袁文杰``,
    ``陈思怡的同桌袁思怡``). Nor where ``given`` is a word or a title (袁师叔, 袁督师, 袁按察:
    张师叔 is another's title, not his name): it must be made as given names are (:func:`_name_like`).
    (``alone``: whether each given name stands alone, found once per text.)"""
    if not lexicon.is_person_name(COMMA_LOOKALIKE + given) or lexicon.is_word(given, min_freq=1):
        return False
    if not _shaped_as_given_name(given):
        return False
    if not _after_adjective_predicate(text, at):
        return False
    if given not in alone:
        surnames = _commonest_surnames()
        alone[given] = any(
            not (other and (text[other - 1] in surnames or text[other - 1] in SURNAME_LOOKALIKES))
            for other in _occurrences(text, given)
        )
    return alone[given]


def _shaped_as_given_name(given: str) -> bool:
    """Whether ``given`` is made as given names are (:func:`_name_like`) and ends with no role,
    noun for a person or title (师叔, 督师: 张师叔 is another's title, not his name)."""
    return not (
        _ends_with_any(given, _roles_and_role_nouns_by_length())
        or _ends_with_any(given, _person_nouns_by_length())
        or given.endswith(SHORT_TITLES)
        or _name_like(given, 0) != given
    )


def _after_adjective_predicate(text: str, at: int) -> bool:
    """Whether an adjective ends the clause before ``at``, a predicate with no object that a comma
    may follow (人品较差, 写得好, 演技很好): one of two or three hanzi, or of one after
    ADJECTIVE_CLOSERS."""
    return any(lexicon.is_adjective(text[max(0, at - size) : at]) for size in (2, 3)) or (
        text[at - 2 : at - 1] in ADJECTIVE_CLOSERS and lexicon.is_adjective(text[at - 1 : at])
    )


def _full_name_after(text: str, candidates: list[_Candidate]) -> None:
    """``袁刘我成曾有`` where ``刘我成`` stands elsewhere in the text without 袁 before it
    (``书记刘我成``): the three characters are a full name of their own (a common surname
    first), so the 袁 before them is a comma, whatever the name evidence said. So too where a
    title follows the three (``袁安子文同志``, ``袁范清银中将``: 袁安子文 would be a name of
    four), where the three stand elsewhere often (``问问龙乐豪吧``: :func:`_full_name_often_alone`),
    and where the two characters after 袁 stand elsewhere at the start of a clause
    (``遥陈妍和教练``: 陈妍 is a name of its own). Where the lexicon itself holds 袁 and the two
    as a full name (袁爱玲, a person jieba lists), the 袁 is a comma only where
    :func:`_lexicon_name_apart` says so. Where it starts a namesake's name (张晓东战胜袁晓东,
    他的表弟袁晓东: :func:`_namesake_before`) it is a doubt."""
    surnames = _commonest_surnames()
    punct, digits, _ = _lookalikes()
    counts: dict[tuple[str, bool], int] = {}  # (a long text repeats its names: counted once each)
    others: dict[str, str] = {}  # (the same for the given names of others, by the name)
    alone: dict[str, bool] = {}  # (and whether each stands alone, for _lexicon_name_apart)
    places: _NamePlaces | None = None  # (built once for the text past NAMES_FOUND_APART names)
    for cand in candidates:
        end = cand.end
        if cand.hanzi != COMMA_LOOKALIKE or cand.evidence >= ENOUGH_FROM:
            continue
        kinds = cand.kinds
        if EV_NO_MARK in kinds:
            continue
        given = text[end : end + 2]
        # (a name the lexicon alone holds, a full name jieba lists as a word: 袁爱玲; read only
        # for a given name named elsewhere with another surname, 张爱玲 … 人品较差袁爱玲比较冤)
        held_by_lexicon = _NAME_KINDS.isdisjoint(kinds)
        if held_by_lexicon and not _lexicon_name_apart(text, cand.start, given, alone):
            continue
        if (
            not _after_no_comma_mark(text, cand.start)
            and not lexicon.is_word(text[end + 1 : end + 3], min_freq=1)
            and not _given_name_taken(text, cand.start)
        ):
            # (not 遥袁军皆: no comma follows a full stop; nor 袁绍大怒: 绍 and 大怒)
            if given not in others:
                if places is None and len(others) >= NAMES_FOUND_APART:
                    places = _name_places(text, candidates)
                others[given] = _named_without_surname_elsewhere(text, given, places)
            if others[given] and _namesake_before(text, cand.start, given):
                # 张晓东战胜袁晓东, 他的表弟袁晓东: the other who bears the given name is named in
                # this clause, or the 袁 names a relative its clause has just introduced
                why = f"{given} is named elsewhere as {others[given]}, but the 袁 starts a namesake's name here"
                cand.add(0.0, why, EV_OTHER)
                cand.evidence = DOUBT_FROM
                continue
            if others[given] and _after_name_complement_taker(text, cand.start):
                # 同学叫袁晓玲, 同桌是袁晓玲, 他也姓袁: the verb before may name a namesake of the
                # other, and no comma follows it there: a doubt
                why = f"{given} is named elsewhere as {others[given]}, after a verb that names: may be its complement"
                cand.add(0.0, why, EV_OTHER)
                cand.evidence = DOUBT_FROM
                continue
            if others[given] and _after_speech(text, cand.start):
                # 总理利维说袁利维是好人: what is said may start with the name (说，利维是), or the
                # name be another's said of (说袁利维是): a doubt
                why = f"{given} is named elsewhere as {others[given]}, but after speech: the name may be said of"
                cand.add(0.0, why, EV_OTHER)
                cand.evidence = DOUBT_FROM
                continue
            if others[given]:
                why = f"{given} is named elsewhere as {others[given]}, without {cand.hanzi} before it"
                cand.add(0.0, why, EV_OTHER)
                cand.evidence = LIKELY_FROM
                continue
        if held_by_lexicon:
            continue
        if (
            text[end : end + 1] not in surnames
            and not _full_name_before_rank(text, end)
            and not _full_name_starts_clauses(text, end, counts)
            and not _full_name_often_alone(text, end, counts)
        ):
            continue
        if _surname_verb_before(text, end - 1):
            continue  # 姓袁袁是个: the surname after 姓 (no comma follows 姓), and the next 袁 the comma
        name = text[end : end + 3]
        if len(name) < 3 or not all(is_han(c) for c in name) or _names_nobody(name):
            continue
        if _count_occurrences(text, name, False, counts):
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
        if text.startswith(NAME_TITLES, end + 2):
            continue  # (和袁范清少将: 袁范清 before a rank is a full name of three as well)
        if _count_occurrences(text, short, True, counts) > _starts_named_clause(text, end):
            cand.add(0.0, f"{short} starts a clause elsewhere in the text: a full name of its own", EV_OTHER)
            cand.evidence = LIKELY_FROM


#: The last characters of the kinship nouns (表弟 妻子 女儿 外甥 丈夫 嫂子), of jieba's nouns for a
#: person (mappings/person_nouns.tsv; 子 and 夫 only in the words of KIN_NOUNS_OTHER, not 学子
#: 渔夫). 他的表弟袁晓东: a relative introduced by 的 is named right after, in apposition. (Not
#: KIN_TITLES: those follow a surname as a title, 袁伯; these end a noun that a name follows.)
KIN_ENDS: Final = frozenset("弟兄姐妹哥嫂父母妻儿孙侄甥舅姨姑叔伯婶爷奶婆媳婿")
KIN_NOUNS_OTHER: Final = frozenset({"儿子", "妻子", "孙子", "嫂子", "侄子", "丈夫", "老公", "孙女", "侄女", "外甥女"})


def _namesake_before(text: str, at: int, given: str) -> bool:
    """Whether the 袁 at ``at``, before ``given`` (a given name another bears in the text: 张晓东),
    starts a namesake's full name: a verb that still lacks its object stands right before it
    and the other's full name earlier in its clause (:func:`_namesake_in_clause`), or a clause of
    just a possessor, 的 and a kinship noun does (:func:`_possessed_kin_before`)."""
    return _namesake_in_clause(text, at, given) or _possessed_kin_before(text, at)


#: Verbs of meeting an opponent that always take an object (战胜 击败 输给 …), so no comma
#: follows them: 张晓东战胜袁晓东 is the namesake 袁晓东. (Not 险胜 完胜 战平 淘汰 迎战, which
#: end a clause as well: 张晓东惨遭淘汰，晓东说…; nor 对阵: 两队对阵，晓东出场)
OPPONENT_VERBS: Final = ("战胜", "击败", "打败", "击溃", "负于", "输给", "败给", "力克")
#: OPPONENT_VERBS as a set: each is of two hanzi, so the one that ends at a place (at most one)
#: is the two characters before it, one lookup (asked of every 袁 of a text, where a test of
#: each verb in turn cost eight).
_OPPONENT_VERB_SET: Final = frozenset(OPPONENT_VERBS)


#: What puts a verb's object before it (被对手击败了，明天…; 为…所击败; 把对手击败了，晓东…): in the
#: verb's clause, within OBJECT_BEFORE_REACH before it, so a comma may follow the verb.
OBJECT_BEFORE_MARKERS: Final = frozenset("被所把将")
OBJECT_BEFORE_REACH: Final = 8


def _after_opponent_verb(text: str, at: int) -> bool:
    """Whether a verb of OPPONENT_VERBS, or one and 了, stands right before the 袁 at ``at``, with
    no marker of an object put before it in its clause (OBJECT_BEFORE_MARKERS: 被对手击败了)."""
    if text[at : at + 1] != COMMA_LOOKALIKE:
        return False
    verb_end = at - (text[at - 1 : at] == PERFECTIVE)
    verb = text[verb_end - 2 : verb_end] if verb_end >= 2 else ""
    if verb not in _OPPONENT_VERB_SET:
        return False
    for back in range(verb_end - len(verb) - 1, max(-1, verb_end - len(verb) - 1 - OBJECT_BEFORE_REACH), -1):
        char = text[back]
        if char in OBJECT_BEFORE_MARKERS:
            return False
        if not is_han(char) or char == COMMA_LOOKALIKE or char in CLAUSE_STARTERS:
            break  # (the clause starts after a mark or its look-alike: not 员 of 被队员击败了)
    return True


def _opponent_named_after(text: str, at: int) -> bool:
    """Whether the 袁 at ``at`` follows a verb of OPPONENT_VERBS (:func:`_after_opponent_verb`)
    and a given name follows it (战胜了袁伟): the verb still lacks its object, so no comma stands
    there. A doubt, not a surname read: the given name is not spread to the text's other 袁. A
    given name of one hanzi too, before a verb (输给了袁华带领的队伍: :func:`_one_given_agent`):
    the opponent is the object, and what he does next goes on after it."""
    return _after_opponent_verb(text, at) and bool(
        _given_name(text, at + 1) or _name_like(text, at + 1) or _one_given_agent(text, at + 1)
    )


def _one_given_agent(text: str, index: int) -> str:
    """A given name of one hanzi at ``index`` before a verb (:func:`_one_given_char` after a verb
    whose object is a person: 伟 of 被袁伟打了), as the object of a verb of defeat or the agent
    of the passive; '' if none. Not a noun of nature (SCENE_NOUNS: 输给了，雪飘了一整夜; 被，风刮了),
    which a clause starts with alone as its subject; nor a hanzi that makes a verb or an adverb
    with the next (勇夺 强攻: 击败了，勇夺冠军): a clause whose subject is the verb's own, left
    out, starts there."""
    char = _one_given_char(text, index, True)
    if not char or char in SCENE_NOUNS or lexicon.starts_predicate(text[index : index + 2]):
        return ""
    return char


#: The passive 被, whose agent follows it before the verb (他被袁伟打了一拳); also the noun
#: 'quilt' (棉被，) that ends clauses, and verse breaks a line after the passive (风流总被，雨打风吹去).
PASSIVE: Final = "被"


#: The lengths of the words that end with 被 (棉被 植被 鸭绒被): the noun 'quilt' or a
#: covering, which may end a clause, not the passive.
QUILT_WORD_SIZES: Final = (2, 3, 4)


def _passive_agent_named_after(text: str, at: int) -> bool:
    """Whether the 袁 at ``at`` follows 被 standing as a word of its own (not the end of 棉被 植被
    鸭绒被) in prose, before a given name of one hanzi and a verb (他被袁伟打了一拳: :func:`_one_given_agent`):
    the passive's agent stands between 被 and its verb, so 被 ends no clause there, and a clause
    of its own that starts with one given-name hanzi before a verb is rare; so too a given name
    of the lists that is no common word (mappings/given_names.tsv: 他被袁心怡推了一下; not 丫头
    胖子, jieba's words) before a verb. A doubt, as after a verb of defeat; a given name the
    characters make (晓东) is read as after any word that needs an object (:func:`_name_context`).
    Not in verse, whose line may break after the passive (又恐被，秋风惊绿); nor where 被 may be
    the noun 'quilt' (:func:`_maybe_quilt`: 天冷要加被，春捂秋冻).
    """
    return (
        text[at : at + 1] == COMMA_LOOKALIKE
        and text[at - 1 : at] == PASSIVE
        and not any(lexicon.is_word(text[at - size : at], min_freq=1) for size in QUILT_WORD_SIZES if at >= size)
        and not _maybe_quilt(text[max(0, at - 1 - OBJECT_LEAD_REACH) : at - 1])
        and bool(
            _one_given_agent(text, at + 1)
            or (
                text[at + 1 : at + 3] in _word_given_names()
                and _word_given_name(text, at + 1, False)
                and bool(_verb_starts(text, at + 3))
            )
        )
        and not _literary_or_book_of_verse(text)
    )


#: The last words before the noun 被 'quilt' as a verb's object: a complement of the verb (盖上被
#: 掀开被 盖好被 叠起被 放下被), its aspect (抱着被 加了被 盖过被), a measure word of quilts (一床被
#: 两条被 那张被) or 的 after its attribute (厚厚的被).
QUILT_LEADS: Final = frozenset(("上", "开", "好", "起", "下", "着", "了", "过", "床", "条", "张", "的"))


def _maybe_quilt(head: str) -> bool:
    """Whether 被 after ``head`` may be the noun 'quilt', a verb's object, which may end a clause:
    after a verb or QUILT_LEADS. Only a doubt: the passive follows a verb as well (是被 怕被 不想被,
    拿起被袁伟扔掉的书), so this keeps the passive's agent unread there and decides nothing else."""
    words = lexicon.best_segmentation(head)
    return bool(words) and (words[-1] in QUILT_LEADS or lexicon.is_verb(words[-1]))


def _verb_starts(text: str, at: int) -> str:
    """The first word read at ``at`` if it is a verb (or an adverb) and no function word (推了一下:
    推, 带领); '' if not."""
    words = lexicon.best_segmentation(text[at : at + OBJECT_LEAD_REACH])
    return words[0] if words and words[0] not in _name_words()[2] and lexicon.starts_predicate(words[0]) else ""


def _namesake_in_clause(text: str, at: int, given: str) -> bool:
    """Whether a verb of OPPONENT_VERBS (or one and 了) stands right before the 袁 at ``at``,
    before ``given``, a given name another bears in the text: 李明击败袁晓东 beside 张晓东 (two of
    one given name meet in results and draws). The verb still lacks its object, so no comma
    stands there, wherever the other is named. Not for a title or a common word (张师叔…袁师叔;
    李建国说，建国以来: NAME_WORD_FREQ, unless jieba tags it a name)."""
    return (
        _after_opponent_verb(text, at)
        and _shaped_as_given_name(given)
        and (lexicon.frequency(given) < NAME_WORD_FREQ or lexicon.is_proper_name(given))
    )


#: The personal pronouns that may possess a relative (他的表弟, 我们的女儿).
POSSESSOR_PRONOUNS: Final = frozenset({"他", "她", "我", "你", "您", "他们", "她们", "我们", "你们", "咱们"})
#: Connectives that may open a clause before its subject (于是他的表弟…, 但是老李的儿子…).
CLAUSE_CONNECTIVES: Final = ("于是", "但是", "可是", "还是", "后来", "这时")
#: What ends the clause before one: a comma, real or its look-alike (besides CLAUSE_STARTERS).
_CLAUSE_COMMAS: Final = frozenset(FULLWIDTH_COMMA + COMMA_LOOKALIKE)


def _possessed_kin_before(text: str, at: int) -> bool:
    """Whether a kinship noun of :data:`KIN_ENDS` (a noun for a person) or of KIN_NOUNS_OTHER
    stands right before ``at`` with 的 before it, and the clause is just that possessed noun
    (:func:`_possessor_opens_clause`: 他的表弟, 老李的儿子, 于是他的表弟): a possessed relative is
    no clause of its own, so the name after it is the relative's, in apposition (他的表弟袁晓东也
    来了). Not where a verb takes the noun as its object (张晓东抱起了他的儿子，晓东的脸上…) or a
    copula as its complement (这位是我的表弟，晓东): that ends a clause."""
    for size in (2, 3):
        noun = text[max(0, at - size) : at]
        possessive = at - size - 1
        if (
            len(noun) == size
            and text[possessive : possessive + 1] == POSSESSIVE
            and (noun in KIN_NOUNS_OTHER or (noun[-1] in KIN_ENDS and noun in _person_nouns()))
        ):
            return _possessor_opens_clause(text, possessive)
    return False


def _possessor_opens_clause(text: str, possessive: int) -> bool:
    """Whether what stands before the 的 at ``possessive`` is a possessor alone (a pronoun of
    POSSESSOR_PRONOUNS, a surname with 老 or 小, or a full name of two or three hanzi) that opens
    its clause (:func:`_starts_named_clause`, a comma, or one of CLAUSE_CONNECTIVES before it)."""
    surnames = _commonest_surnames()
    for size in (1, 2, 3):
        start = possessive - size
        possessor = text[max(0, start) : possessive]
        if len(possessor) < size or not (
            possessor in POSSESSOR_PRONOUNS
            or (size == 2 and possessor[0] in FAMILIAR and possessor[1] in surnames)
            or (size > 1 and possessor[0] in surnames and _name_like(possessor, 1) == possessor[1:])
        ):
            continue
        for connective in ("", *CLAUSE_CONNECTIVES):
            if text.endswith(connective, 0, start):
                opening = start - len(connective)
                if _starts_named_clause(text, opening) or text[opening - 1 : opening] in _CLAUSE_COMMAS:
                    return True
    return False


#: The words that join a name to the one before (张一鸣和袁一鸣, 李明与袁一鸣), which no comma
#: follows where they end no word (暖和，温和， do end one)
NAME_JOINERS: Final = frozenset("和与及同跟")


def _after_name_joiner(text: str, candidates: list[_Candidate]) -> None:
    """``张一鸣和袁一鸣同岁``, ``范清银中将和袁范清少将``: a 袁 right after a word of NAME_JOINERS
    that joins it to a person, before a given name of two that is no common word (NAME_WORD_FREQ):
    the same given name after a surname before the joiner (张一鸣和), or a role ending there
    (中将和); or between two short names at a clause's start (叶圆和袁缘是: :func:`_joins_short_names`).
    和，一鸣 is never written, so the 袁 is the surname rather than a comma: a doubt,
    reported. (Not a joiner after what is no person: classical prose ends clauses with 与 和 及,
    不与， 讲和， 瞻望弗及，)"""
    surnames = _surnames()
    for cand in candidates:
        start = cand.start
        if cand.hanzi != COMMA_LOOKALIKE or cand.evidence <= DOUBT_FROM or text[start - 1 : start] not in NAME_JOINERS:
            continue
        joined = start - 1
        if not (_joins_two_given_names(text, joined, surnames) or _joins_short_names(text, joined)):
            continue
        cand.add(-TITLE_PENALTY, f"after {text[joined]}, which joins it to a person: a surname (和袁一鸣)", EV_NAME)
        cand.evidence = DOUBT_FROM


def _joins_two_given_names(text: str, joined: int, surnames: frozenset[str]) -> bool:
    """Whether the joiner at ``joined`` stands before a 袁 and a given name of two that is no
    common word (NAME_WORD_FREQ), after the same given name and its surname (张一鸣和袁一鸣)
    or a role (中将和袁范清)."""
    given = text[joined + 2 : joined + 4]
    if (
        len(given) < 2
        or not all(is_han(c) and c not in _all_lookalikes() for c in given)
        or lexicon.frequency(given) >= NAME_WORD_FREQ
    ):
        return False
    same_name = text[joined - 2 : joined] == given and text[joined - 3 : joined - 2] in surnames
    return same_name or _ends_with_any(text[max(0, joined - 8) : joined], _roles_and_role_nouns_by_length())


def _joins_short_names(text: str, joined: int) -> bool:
    """Whether the joiner at ``joined`` ends a clause's first two hanzi, a common surname and a
    given name of one that make no word (叶圆和袁缘是一对姐妹): a name of two, joined to the
    name of two the 袁 starts (what else would the clause say of 叶圆 before a comma?)."""
    return (
        joined >= 2
        and _starts_named_clause(text, joined - 2)
        and text[joined - 2] in _commonest_surnames()
        and text[joined - 1] in _given_name_chars()
        and not lexicon.is_word(text[joined - 2 : joined + 1], min_freq=1)
        and not lexicon.is_word(text[joined - 1 : joined + 1], min_freq=1)
        and is_han(text[joined + 2 : joined + 3])
    )


#: Words that join two things, so never follow a surname inside a full name: 谭与郭 is 谭 and
#: 郭 (袁谭与郭图议曰: 袁谭 and 郭图), no name of three.
NAME_BREAKING_JOINS: Final = "与及或"


def _names_nobody(name: str) -> bool:
    """Whether the three hanzi ``name`` (a common surname first) can be no full name: a joining
    word right after the surname (谭与郭), or a look-alike of a mark that no given name is made of
    (谭曰院 is 谭曰：, 院 in no name; 李尧 and 袁野 are names): then its standing elsewhere without
    袁 before it says nothing of the 袁 before it here."""
    return name[1] in NAME_BREAKING_JOINS or any(
        c in _lookalikes()[0] and c not in _given_name_chars() for c in name[1:]
    )


#: What takes the name after it, so that no comma follows it before a 袁 and a given name
#: another man holds: a function word (李润五和袁润五, 他对袁润五说, 袁利维的), a comma or its
#: look-alike (老师，袁润五: no two commas); and a verb's 了 (:func:`_given_name_taken`).
GIVEN_NAME_TAKERS: Final = frozenset("和与及同跟对把被向给的，" + COMMA_LOOKALIKE)
#: What ends a verb that takes the name after it (请来了袁润五, 会见了袁利维, 采访了袁建国), and ends
#: a sentence after a noun (女孩儿了袁辛楣说 is ，辛楣说).
PERFECTIVE = "了"
#: The particles of a verb's aspect that end it before its object (见过袁润五, 请来了袁润五)
VERB_ASPECTS: Final = frozenset(PERFECTIVE + "过")


def _given_name_taken(text: str, at: int) -> bool:
    """Whether what comes before the 袁 at ``at`` takes the given name after it: GIVEN_NAME_TAKERS,
    or a verb of one or two hanzi before VERB_ASPECTS."""
    before = text[at - 1 : at]
    if before in GIVEN_NAME_TAKERS:
        return True
    return before in VERB_ASPECTS and any(lexicon.starts_predicate(text[at - 1 - size : at - 1]) for size in (1, 2))


#: Where each two hanzi after a 袁 stand in the text, and how often each common surname stands
#: with the first of such two hanzi, or with it and the hanzi after it (李润, 李润五 for 润五):
#: :func:`_named_without_surname_elsewhere` asks of every given name of a long text (a roster
#: names hundreds), so a scan of the text per name is quadratic; one scan answers all.
_NamePlaces = tuple[dict[str, list[int]], dict[str, int]]
#: How many given names :func:`_full_name_after` finds by str.find before it scans the text once
#: for all (:func:`_name_places`): a text asks of a few (most 袁 have a name's evidence too weak
#: or none), and a find is some 200 times faster than the scan, which only a roster repays.
NAMES_FOUND_APART: Final = 64
#: The bits of :func:`_name_places`' table: a first hanzi of a given name, a second one
#: (Final: compiled, a constant, not a lookup of the module's names per character).
_FIRST_HANZI: Final = 1
_SECOND_HANZI: Final = 2


def _name_places(text: str, candidates: list[_Candidate]) -> _NamePlaces:
    """The :data:`_NamePlaces` of ``text`` for the two hanzi after each 袁 of ``candidates``."""
    wanted = {text[cand.end : cand.end + 2] for cand in candidates if cand.hanzi == COMMA_LOOKALIKE}
    places: dict[str, list[int]] = {given: [] for given in wanted}
    counts: dict[str, int] = {}
    # Only a surname right before a first hanzi of a given name is ever asked of (李润 and 李润五
    # for 润五): one test per character, by its code (a first hanzi follows four characters in
    # ten of a dense garble: the second hanzi and the surname are tested by code too, before any
    # string is made).
    bits: dict[str, int] = {}
    for given in wanted:
        if given:
            bits[given[0]] = bits.get(given[0], 0) | _FIRST_HANZI
        if len(given) == 2:
            bits[given[1]] = bits.get(given[1], 0) | _SECOND_HANZI
    kinds = _code_bits(bits)
    surnames = _commonest_surname_codes()
    kinds_end, surnames_end = len(kinds), len(surnames)
    n = len(text)
    before = surnames_end  # (the code of the character before; none, so no surname, at the start)
    for at in range(n):
        code = ord(text[at])
        if code < kinds_end and kinds[code] & _FIRST_HANZI:
            if at + 1 == n or ((second := ord(text[at + 1])) < kinds_end and kinds[second] & _SECOND_HANZI):
                pair = text[at : at + 2]
                if pair in wanted:
                    places[pair].append(at)
            if before < surnames_end and surnames[before]:
                for part in (text[at - 1 : at + 1], text[at - 1 : at + 2]):
                    counts[part] = counts.get(part, 0) + 1
        before = code
    return places, counts


def _named_without_surname_elsewhere(text: str, given: str, places: _NamePlaces | None) -> str:
    """How ``given`` (the two hanzi after a 袁), a given name that is no common word (润五,
    利维), is named elsewhere in the text, where it is another person's: the full name with a
    common surname other than 袁 and 叶 (李润五: 袁润五 would be another man of the same given
    name), or a full name of its own right after a role noun (以色列外长利维: a role names a
    person in full, so 外长袁利维 would be written); '' if nowhere. (Not after a kinship word:
    儿子建国 may name 袁建国.) (``places``: the text's :data:`_NamePlaces`, or None to find
    what is asked by str.find.)"""
    if (
        len(given) < 2
        or not all(is_han(c) and c not in _all_lookalikes() for c in given)
        or lexicon.frequency(given) >= NAME_WORD_FREQ
    ):
        return ""
    surnames = _commonest_surnames()
    for other in places[0].get(given, []) if places is not None else _occurrences(text, given):
        before = text[other - 1 : other] if other else ""
        if not before or before in SURNAME_LOOKALIKES:
            continue
        if (
            before in surnames
            and not lexicon.is_word(text[other - 2 : other], min_freq=1)
            and not lexicon.is_word(before + given[0], min_freq=1)
            and _surname_count(text, before + given[0], places) == _surname_count(text, before + given, places)
        ):
            # (a full name is whole wherever it stands: not 吴军皆 of 吴军大败; nor 张家界 of 张家)
            return before + given
        role = _role_head(text, other)
        if _ends_with_any(role, _role_nouns_by_length()):
            return f"{role[-2:]}{given}"
    return ""


def _surname_count(text: str, part: str, places: _NamePlaces | None) -> int:
    """How often ``part`` (a common surname and one or two hanzi of a given name) stands in
    ``text``: counted in ``places``, or found. (The scan counts a surname and a first hanzi that
    end the text twice, as both of its parts; only whether the two counts are equal is asked,
    and that extra count, in the first only, makes them unequal either way.)"""
    return places[1].get(part, 0) if places is not None else len(_occurrences(text, part))


#: How many commas (their look-alikes read as commas) a text must have before the absence of
#: any 袁 read as a name says something: a news story names its people in full; a paragraph
#: may mention 袁厂长 alone (在昨天的大会上袁厂长宣布…).
NAMELESS_TEXT_COMMAS: Final = 20


def _job_titles_of_no_name(text: str, surnames: list[_Candidate]) -> None:
    """``快餐店袁经理哈齐姆对记者``, ``称号袁市长阎增福亲手``: a 袁 before a job title that
    :func:`_before_title` left in doubt (袁经理 or ，经理) is the comma where a name of no word
    follows the title (a title before a full name is a role: 袁经理哈齐姆 names nobody), no 袁
    of the text is read as a surname and the job title follows 袁 nowhere else, in a text long
    enough to name its people (NAMELESS_TEXT_COMMAS): a man called 袁省长 is named in full
    somewhere (省长袁纯清), or called so again. Without the name after it nothing tells the
    comma from a surname the text names once (在昨天的大会上袁厂长宣布了, 据该厂袁厂长介绍:
    粗茶袁省长和 stays), nor where the clause before asks for the person (:func:`_title_taken`).
    (Not before a word of address of one character: 袁哥 and 袁总 may be all a text calls him.)"""
    doubts = []
    commas = 0
    for cand in surnames:
        if cand.hanzi != COMMA_LOOKALIKE:
            continue
        if cand.evidence > DOUBT_FROM or _NAME_KINDS.isdisjoint(cand.kinds):
            commas += cand.evidence >= ENOUGH_FROM
            continue
        title = _job_title_alone(text, cand.end) if cand.evidence == DOUBT_FROM else ""
        if cand.kinds[1:] != (EV_SURNAME,) or not title:
            return  # (a 袁 read as a name: the text has one, who may be called 袁省长 here)
        doubts.append((cand, title))
    if commas < NAMELESS_TEXT_COMMAS:
        return
    said: dict[str, int] = {}  # (how often 袁 and a title stand side by side: counted once per title, not per 袁)
    for cand, title in doubts:
        if len(title) < 2:
            continue
        if title not in said:
            said[title] = text.count(cand.hanzi + title)
        if said[title] > 1:
            continue
        if not _name_after_title(text, cand.end + len(title)) or _title_taken(text, cand.start):
            continue
        cand.add(0.0, f"no 袁 of the text is a name, and 袁{title} stands nowhere else: the comma", EV_OTHER)
        cand.evidence = LIKELY_FROM


def _name_after_title(text: str, at: int) -> bool:
    """Whether a name starts at ``at``, right after a job title: two hanzi that start no word
    (阎增福) or a rare word jieba tags a person's name (哈齐姆, 多吉才让), not a word of the
    clause (介绍, 宣布了) nor a place (黄山脚下, 王府井店: jieba tags 王府 and 王府井 nr, so not
    a common one, nor one that starts a word of three hanzi: 林荫道, 阎王爷)."""
    if _unknown_name(text, at):
        return True
    head = text[at : at + 2]
    return (
        len(head) == 2
        and is_han(head[1])
        and lexicon.is_person_name(head)
        and lexicon.frequency(head) < NAME_WORD_FREQ
        and not lexicon.is_word(text[at : at + 3], min_freq=1)
    )


#: What a 袁 before a job title follows where the title is the object or the head of a phrase
#: (厂里的袁主任, 记者采访了袁经理哈齐姆, 他说袁经理已经): no comma stands there.
TITLE_TAKERS: Final = frozenset("的了说")
#: How far back :func:`_title_taken` looks for the start of the clause.
TITLE_CLAUSE_REACH: Final = 20


def _title_taken(text: str, at: int) -> bool:
    """Whether the 袁 at ``at`` follows what takes the title after it as part of its own clause:
    TITLE_TAKERS, or a clause opened by 据 or by 在 and closed by 上 (据该厂袁厂长介绍,
    在昨天的大会上袁厂长宣布了), which the title goes on; or what no comma follows
    (:func:`_comma_may_stand`: 给袁经理王某的信, 他向袁经理, 我去找袁经理)."""
    if text[at - 1 : at] in TITLE_TAKERS or not _comma_may_stand(text, at):
        return True
    start = at
    while start > max(0, at - TITLE_CLAUSE_REACH) and is_han(text[start - 1]) and text[start - 1] != COMMA_LOOKALIKE:
        start -= 1
        if text[start - 1 : start] in CLAUSE_STARTERS:
            break
    return text.startswith("据", start) or (text.startswith("在", start) and text[at - 1 : at] == "上")


#: What makes a role a deputy's (和袁副院长, 由袁副主任负责): read through to the role.
DEPUTY: Final = "副"
#: Titles after a full name: those of TITLES and military ranks (阮华盛少将).
RANKS: Final = ("上将", "中将", "少将", "大校", "上校", "中校", "少校")
NAME_TITLES: Final = (*TITLES, *RANKS)


def _count_occurrences(text: str, part: str, clause_starts: bool, counts: dict[tuple[str, bool], int]) -> int:
    """How many times ``part`` stands in ``text`` at a clause's start (``clause_starts``), or
    else alone: after no 袁, inside no word with the hanzi before it (家界景 of 张家界景区 is
    no name) and not as the given name of a surname before it (林报道 of 记者王林报道 is no
    name); ``counts`` keeps each answer for the text (each candidate asks of the name after
    it, and a long text repeats its names: counting again per candidate is quadratic)."""
    key = (part, clause_starts)
    count = counts.get(key)
    if count is None:
        occurrences = _occurrences(text, part)
        if clause_starts:
            count = sum(_starts_named_clause(text, at) for at in occurrences)
        else:
            count = sum(
                not (
                    at
                    and (
                        text[at - 1] == COMMA_LOOKALIKE
                        or lexicon.is_word(text[at - 1 : at + 1], min_freq=1)
                        or _after_lone_surname(text, at)
                    )
                )
                for at in occurrences
            )
        counts[key] = count
    return count


def _after_lone_surname(text: str, at: int) -> bool:
    """Whether a common surname stands right before ``text[at]`` and inside no word with the
    hanzi before it (王 of 记者王林报道, not 何 of 如何): what starts at ``at`` is its given name."""
    return text[at - 1] in _commonest_surnames() and not lexicon.is_word(text[max(0, at - 2) : at], min_freq=1)


def _full_name_starts_clauses(text: str, at: int, counts: dict[tuple[str, bool], int]) -> bool:
    """Whether the three hanzi at ``at`` start clauses elsewhere in the text, as a full name of
    its own does (袁安子文同志 where 遥安子文同志 starts sentence after sentence): once if they
    begin with a surname of the table, else FULL_NAME_CLAUSES times (安 and 龙 are left out of
    the table as common words) and not as a given name before what follows a name does
    (遥晓峰说 of 袁晓峰说, 遥润五同志 of 袁润五同志: 说 and 同志 follow names)."""
    name = text[at : at + 3]
    if len(name) < 3 or not all(is_han(c) and c not in _all_lookalikes() for c in name):
        return False
    starts = _count_occurrences(text, name, True, counts) - _starts_named_clause(text, at)
    if name[0] in _surnames():
        return starts > 0
    _, followers, function = _name_words()
    return (
        starts >= FULL_NAME_CLAUSES
        and name[2] not in function
        and not text.startswith(followers, at + 2)
        and not text.startswith(_given_name_followers(), at + 2)
    )


#: How often three hanzi that begin with no surname of the table must stand elsewhere in the
#: text, after no 袁, to be read as a full name of their own (龙乐豪, the subject of a profile:
#: 问问龙乐豪吧, 在龙乐豪的设计方案).
FULL_NAME_ALONE: Final = 4


def _full_name_often_alone(text: str, at: int, counts: dict[tuple[str, bool], int]) -> bool:
    """Whether the three hanzi at ``at``, which begin with no surname of the table, stand
    elsewhere in the text FULL_NAME_ALONE times or more after no 袁 (袁龙乐豪 where 龙乐豪 does
    all through the text: 龙 is left out of the table as a common word), start no word but a
    proper name (总经理 and 部长理事会 repeat too), and are no given name before what follows a
    name (晓峰说 of 袁晓峰说)."""
    name = text[at : at + 3]
    if len(name) < 3 or name[0] in _surnames() or not all(is_han(c) and c not in _all_lookalikes() for c in name):
        return False
    _, followers, function = _name_words()
    if name[2] in function or text.startswith(followers, at + 2) or text.startswith(_given_name_followers(), at + 2):
        return False
    if lexicon.is_word(name[:2], min_freq=1):
        return False  # (部长理事会: a word repeated, no name)
    if lexicon.is_word(name, min_freq=1) and not lexicon.is_proper_name(name):
        return False  # (总经理; 龙乐豪 is a name jieba knows)
    return _count_occurrences(text, name, False, counts) >= FULL_NAME_ALONE


@functools.cache
def _given_name_followers() -> tuple[str, ...]:
    """What follows a given name said alone (遥润五同志, 遥晓峰说), besides the name followers of
    the table: speech, titles, job titles and NAME_FOLLOWERS_MORE."""
    return (*SPEECH, *NAME_TITLES, *JOB_TITLES, *NAME_FOLLOWERS_MORE)


#: How often three hanzi that begin with no surname of the table must start a clause elsewhere
#: to be read as a full name of their own.
FULL_NAME_CLAUSES: Final = 3


def _full_name_before_rank(text: str, at: int) -> bool:
    """Whether three hanzi at ``at`` that begin with any surname (not only the commonest:
    主任袁阮华盛少将 is 主任，阮华盛少将) stand before a military rank: a full name of three."""
    return (
        text[at : at + 1] in _surnames()
        and all(is_han(c) for c in text[at : at + 3])
        and text.startswith(RANKS, at + 3)
        and not text.startswith(NAME_TITLES, at + 2)
    )


#: What a clause starts after where a name is counted at clause starts (reading._clause_starts_at
#: with these, right before the name: no space passed over, no look-alike read for a word): a
#: line break, a mark, or the look-alike of a mark that ends a sentence or opens a quotation
#: (遥 曰 院 野), each taken as its mark; not a comma's or an enumeration comma's (，、 袁 叶),
#: for 袁 and 叶 are the surnames in question, whose reading the count is to decide.
CLAUSE_STARTERS: Final = frozenset("\n。！？；：“（" + "遥曰院野渊")


def _starts_named_clause(text: str, index: int) -> bool:
    """Whether a clause starts at ``text[index]`` so read: the text's start, or right after one
    of CLAUSE_STARTERS (reading._clause_starts_at with them; named once for all its callers)."""
    return _clause_starts_at(text, index, CLAUSE_STARTERS, passing="", lookalike_words=False)


def _list_of_full_names_after(text: str, candidates: list[_Candidate]) -> None:
    """``省政协主席袁宋宝瑞尧秦玉琴尧杨…``: three hanzi after 袁 that begin with a common
    surname and stand first in a list of names (an enumeration comma after them, and a short
    item after that) are a full name of their own; 袁宋宝瑞 would be a name of four, which a
    single surname does not make. So the 袁 is a comma, whatever the name evidence said.
    Where the three begin with no common surname of the table (马 and 万 are left out as
    common words), the list must go on for two short items (主席袁马国良尧谭方之尧曹…)."""
    surnames = _commonest_surnames()
    punct, digits, _ = _lookalikes()
    enumeration = ENUMERATION_LOOKALIKE
    for cand in candidates:
        end = cand.end
        if (
            cand.hanzi != COMMA_LOOKALIKE
            or cand.evidence >= ENOUGH_FROM
            or text[end + 3 : end + 4] != enumeration
            or EV_NO_MARK in cand.kinds
            or _NAME_KINDS.isdisjoint(cand.kinds)
        ):
            continue
        name = text[end : end + 3]
        if not all(is_han(c) and c not in punct and c not in digits for c in name):
            continue
        items = 1 if name[0] in surnames else LIST_ITEMS_WITHOUT_SURNAME
        if _short_list_items(text, end + 4, punct) < items:
            continue
        cand.add(0.0, f"{name} is the first of a list of names ({cand.hanzi}{name} would be a name of four)", EV_OTHER)
        cand.evidence = LIKELY_FROM


#: How many short items must follow three hanzi that begin with no common surname, for them
#: to stand first in a list of names.
LIST_ITEMS_WITHOUT_SURNAME: Final = 2


def _short_list_items(text: str, at: int, punct: dict[str, str]) -> int:
    """How many items of two or three hanzi, each but the last ended by 尧 (the look-alike of
    、), the last by any mark's look-alike (尧 袁 遥 渊), follow from ``at`` (up to
    LIST_ITEMS_WITHOUT_SURNAME)."""
    enumeration = ENUMERATION_LOOKALIKE
    count = 0
    while count < LIST_ITEMS_WITHOUT_SURNAME:
        end = at
        while end < at + 4 and end < len(text) and is_han(text[end]) and text[end] not in punct:
            end += 1
        if not 2 <= end - at <= 3 or text[end : end + 1] not in punct:
            break
        count += 1
        if text[end] != enumeration:
            break
        at = end + 1
    return count


def _inside_names(text: str, candidates: list[_Candidate], by_start: dict[int, _Candidate]) -> None:
    """A look-alike right after a surname look-alike that stays a surname, and that starts a
    given name (袁野也, 叶曰明), is part of the name: no ``袁“也`` nor ``叶；明``. (``by_start``:
    every candidate by its start.)"""
    for cand in candidates:
        if cand.hanzi not in SURNAME_LOOKALIKES or cand.end - cand.start != 1 or cand.evidence >= ENOUGH_FROM:
            continue
        inner = by_start.get(cand.end)
        if inner is None or inner.evidence < DOUBT_FROM or inner.hanzi in SURNAME_LOOKALIKES:
            continue
        if cand.start and lexicon.is_word(text[cand.start - 1 : cand.end], min_freq=1):
            continue  # 嫩叶遥: the look-alike ends a word, it is no surname
        if cand.start and text[cand.start - 1] in FAMILIAR:
            continue  # 老袁遥: a familiar name has no given name after it
        name = _name_like(text, cand.end)
        if not name and inner.symbol in OPENING_PUNCT and text.startswith(SPEECH, inner.end):
            name = inner.hanzi  # 叶渊说: no mark opens right before a verb of speech
        if name:
            inner.add_doubt(-TITLE_PENALTY, f"inside the name {cand.hanzi}{name}", EV_IN_NAME)


#: What ends the frame of a sentence (对…来说, 对…而言), which a comma follows: a single
#: look-alike after one is that comma (对出差的人来说袁家的感觉更重要), as 对…来说，袁家 garbles
#: to 袁袁家. Not 看来, which ends no frame but an adverb (看来袁家这次要败了, 在我看来袁家的人).
FRAME_ENDS: Final = ("来说", "而言")
#: What opens such a frame (对 and 对于), in the same clause as its end.
FRAME_OPENING: Final = "对"


def _after_frame(text: str, start: int) -> bool:
    """Whether a frame of FRAME_ENDS ends right before ``text[start]`` and its opening
    (FRAME_OPENING) stands in the same clause before it (对袁家来说, 对于袁家而言; not
    总的来说袁家, 一般来说袁家: no frame, though the same end)."""
    if not text.endswith(FRAME_ENDS, 0, start):
        return False
    begin = start - 2
    while begin > max(0, start - TITLE_CLAUSE_REACH) and is_han(text[begin - 1]) and text[begin - 1] != COMMA_LOOKALIKE:
        begin -= 1
    return FRAME_OPENING in text[begin : start - 2]


def _before_title(text: str, cand: _Candidate) -> bool:
    """Whether the surname look-alike ``cand`` comes before a title (袁女士), a kinship word of
    address (袁爷爷) or 家 that starts no word (袁家大院); the evidence is added to it."""
    start, end = cand.start, cand.end
    if _list_of_relations(text, end) and _comma_may_stand(text, start):
        return False
    if text.startswith(TITLES, end):
        cand.add(-TITLE_PENALTY, "a surname before a title", EV_SURNAME)
    elif text.startswith(_address_words(), end) and not _after_speech(text, start):
        cand.add(-TITLE_PENALTY, "a surname before a kinship word of address (袁爷爷)", EV_SURNAME)
    elif (
        text[end : end + 1] == FAMILY
        and not lexicon.is_word(text[end : end + 2], min_freq=1)
        and not _after_frame(text, start)
    ):
        # 袁家大院, 叶家后人: ，家 starts a clause only in a word (家里, 家长, 家庭)
        cand.add(-TITLE_PENALTY, "a surname before 家 (the family) that starts no word", EV_SURNAME)
    elif title := _job_title_alone(text, end):
        why = f"a surname before the job title {title}, or a comma before a clause it starts (not sure)"
        cand.add_doubt(0.0, why, EV_SURNAME)
    else:
        return False
    return True


#: What a noun follows (a name: 我和遥遥这周去, 叫遥遥), never the end of a sentence.
COVERBS_AND_JOINERS: Final = frozenset("和跟与同给叫让对向把被及或")
#: What joins the items of a list of relations (，同志、朋友、亲人, ，爷爷、奶奶或姥姥).
RELATION_JOINS: Final = frozenset(ENUMERATION + "或和及与")


def _list_of_relations(text: str, at: int) -> bool:
    """Whether a title or a kinship word of address at ``at`` heads a list of three or more of
    them or of nouns for a person (，爷爷、奶奶或姥姥, ，同志、朋友、亲人): a list of relations,
    which a comma starts, not a surname's title (袁老师、王老师 lists names; 袁老师、同学们 may
    greet a teacher and the class, so two items say nothing)."""
    size = len(_relation_word(text, at))
    for _ in range(2):
        if not size or text[at + size : at + size + 1] not in RELATION_JOINS:
            return False
        at += size + 1
        size = _relation_at(text, at)
    return bool(size)


def _comma_may_stand(text: str, at: int) -> bool:
    """Whether a comma may stand at ``at``: not after a coverb or a joiner (我和，) nor after
    what a full name follows (:func:`_person_lead`: a verb whose object is a person, 我陪，; a
    role or a noun for a person, 记者，; a sentence's adverb, 首先，): what they need or
    announce follows them."""
    if text[at - 1 : at] in COVERBS_AND_JOINERS:
        return False
    return not _person_lead(text[max(0, at - OBJECT_LEAD_REACH) : at])


def _relation_word(text: str, at: int) -> str:
    """The first of TITLES and the kinship words of address that ``text`` starts with at
    ``at`` ('' if none). Asked of every surname look-alike before a title's first hanzi: the
    hanzi at ``at`` is looked up first (most start none of them)."""
    words, firsts = _relation_words()
    if text[at : at + 1] not in firsts:
        return ""
    for word in words:
        if text.startswith(word, at):
            return word
    return ""


@functools.cache
def _relation_words() -> tuple[tuple[str, ...], frozenset[str]]:
    """TITLES and the kinship words of address, in that order, and their first hanzi."""
    words = (*TITLES, *_address_words())
    return words, frozenset(word[0] for word in words)


def _relation_at(text: str, at: int) -> int:
    """The length of the title, kinship word of address or noun for a person at ``at`` (0 if none)."""
    word = _relation_word(text, at)
    if word:
        return len(word)
    for size, words in _person_nouns_by_length():
        if text[at : at + size] in words:
            return size
    return 0


def _job_title_alone(text: str, at: int) -> str:
    """The job title at ``text[at]`` (主任) when it reads as a surname's title (袁主任说), or "":
    not where it starts a longer word (教练员, 书记处), a list of posts (厂长、会计), a count
    (县长5名), or stands before a full name as a role does (，省长孙文盛)."""
    if not (text.startswith(JOB_TITLES, at) or text.startswith(SHORT_TITLES, at)):
        return ""  # (one test in C before the walk for which title: most 袁 stand before none)
    title = next((t for t in JOB_TITLES if text.startswith(t, at)), "") or next(
        (t for t in SHORT_TITLES if text.startswith(t, at)), ""
    )
    after = at + len(title)
    if not title or any(lexicon.is_word(text[at : after + size], min_freq=1) for size in (1, 2)):
        return ""
    nxt = text[after : after + 1]
    if nxt in TITLE_LIST_MARKS or nxt.isdigit() or nxt in _lookalikes()[1]:
        return ""
    if len(title) == 1 and not _short_title_alone(text, title, after):
        return ""
    if title in KIN_TITLES and not _no_comma_before_kin(text, at - 1):
        return ""
    if len(title) > 1 and _title_end_in_word(text, after, at - 1):
        return ""  # (，同学生进行座谈 is 同 学生: the title's last character makes a word with the next)
    if (
        nxt in _surnames()
        and nxt not in _all_lookalikes()  # (袁主任袁: likelier a comma than 袁伟)
        and not lexicon.is_word(text[after : after + 2])  # (袁主任高兴地: no name 高兴)
        and _name_like(text, after + 1)
    ):
        return ""
    return title


def _no_comma_before_kin(text: str, surname_at: int) -> bool:
    """Whether the surname look-alike at ``surname_at`` stands where a line starts, after a
    verb of calling (two hanzi back at most: 叫她袁姨) or after a role or a noun for a person
    (老板袁伯, 女朋友袁小姐): see KIN_TITLES."""
    if surname_at == 0 or text[surname_at - 1] == "\n":
        return True
    if CALLING_VERBS.intersection(text[max(0, surname_at - 2) : surname_at]):
        return True
    return bool(_person_lead(_role_head(text, surname_at).rstrip(_INLINE_SPACES)))


#: How often (jieba's count) a word across a job title's end (长于 357, 学生) must occur to
#: split the title before a word of its own: 记要 3, 长上 28, 长武 2 do not (书记要求,
#: 市长上海之行, 厂长武汉分厂 are the title and the next word).
TITLE_ACROSS_FREQ: Final = 100
#: Words that end a clause before a comma (会议结束后， 对此， 据悉， 记者了解到，): after them a
#: rare word across a title's end still splits the title (后，书记要求 is the comma, as 去年袁市长
#: 上海之行 is the name). 时 but not after a demonstrative (那时袁厂长: a time inside the clause).
CLAUSE_END_WORDS: Final = ("后", "时", "对此", "为此", "据悉", "获悉", "了解到", "传来")
TIME_INSIDE_CLAUSE: Final = ("那时", "这时", "当时")


def _title_end_in_word(text: str, after: int, mark: int) -> bool:
    """Whether the last hanzi of a job title ending at ``after`` makes a word with the next
    (，同学生进行 is 同 学生, ，院长于是之 is 长于 …), unless that word is rare and the next hanzi
    start a word of their own (书记要求: 记要 3 but 要求; 市长上海: 长上 28 but 上海) where no
    word that ends a clause stands before the look-alike at ``mark`` (会议结束后袁书记要求)."""
    across = text[after - 1 : after + 1]
    if not lexicon.is_word(across, min_freq=1):
        return False
    if lexicon.frequency(across) >= TITLE_ACROSS_FREQ or not lexicon.is_word(text[after : after + 2], min_freq=1):
        return True
    return text.endswith(CLAUSE_END_WORDS, 0, mark) and not text.endswith(TIME_INSIDE_CLAUSE, 0, mark)


#: Words a clause goes on with after a word of address of one character (袁姐把, 袁导对, 袁老的,
#: 袁伯每天).
SHORT_TITLE_FOLLOWERS: Final = frozenset("把对的也都在就又还已请给跟和被让每")
#: 总 starts clauses before a noun or a verb (，总投资 ，总有 ，总感到): only a mark after it.
TOTAL: Final = "总"


def _short_title_alone(text: str, title: str, after: int) -> bool:
    """Whether the word of address of one character ``title`` (姐, 工) that ends at ``after``
    is said of the surname before it: it starts no longer word (，老当益壮, ，哥斯达黎加 ，工作),
    no familiar name follows (，老刘), and a mark, a function word or a verb follows it
    (袁姐把, 袁工审核, 袁总，); 总 before a mark only."""
    nxt = text[after : after + 1]
    if title in FAMILIAR and nxt in SURNAME_LOOKALIKES:
        return False  # (完成袁老袁和小叶 is 完成，老袁和小叶: 老 before a surname is familiar)
    if nxt in _NAME_END:
        return True
    if title == TOTAL or nxt in _surnames():
        return False
    if any(lexicon.is_word(text[after - 1 : after + size], min_freq=1) for size in (3, 4, 5)):
        return False
    return nxt in SHORT_TITLE_FOLLOWERS or lexicon.starts_predicate(text[after : after + 2])


@functools.cache
def _title_firsts() -> frozenset[str]:
    """The first characters of the titles, the words of address and 家."""
    return frozenset(word[0] for word in (*TITLES, *JOB_TITLES, *SHORT_TITLES, *_address_words(), FAMILY))


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


#: Prepositions of the object words that no clause ends with (给 请 找 may: 给，这是你的), and 由
#: but in 以…为由， (CLAUSE_ENDING_OBJECT_WORDS). Only a comma is ruled out after them
#: (把《周易》: a title may follow; 由袁和平担任: 和平 starts with 和, so no name reads there).
#: 向 'towards, to' too (他向袁伟借书, 主裁判向袁浩出示黄牌), in modern prose only: verse ends a
#: phrase of its meter with it (莫向，竹边孤负雪; 更忍向，笛中闻: VERSE_ENDING_PREPOSITIONS).
PREPOSITIONS: Final = frozenset("把同跟替让由向")
VERSE_ENDING_PREPOSITIONS: Final = frozenset("向")
#: 据 'according to' where it opens a clause (据袁明介绍, 。据袁飞回忆): it takes the source, so no
#: clause ends with it there. Not 据 inside a phrase (有理有据， 无据， 收据，), a noun or a verb's end.
ACCORDING_TO: Final = "据"
#: An object word ending a phrase that ends clauses, which jieba does not hold as a word (以
#: 盗车人用钥匙开走为由，明确表示…): as 理由 and 自由 do, it ends a clause.
CLAUSE_ENDING_OBJECT_WORDS: Final = frozenset({"为由"})
#: Name followers that also need an object (袁伟和叶青, 和袁伟).
OBJECT_FOLLOWERS: Final = "和与向被"


@functools.cache
def _given_name_chars() -> dict[str, tuple[float, float]]:
    """Character -> (log P(first given-name character), log P(second)), for the characters
    likelier in a given name than in text (mappings/given_name_chars.tsv, from jieba's names)."""
    return {char: (float(first), float(second)) for char, first, second, _ in read_tsv(GIVEN_NAMES_TABLE)}


#: How much less likely than the word the two characters make a given name may be and still
#: count as a name after a role (log odds): a name is worth a doubt, not a repair.
NAME_FROM: Final = -1.0


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
    if first not in chars or first in function or first in SURNAME_LOOKALIKES:
        return ""  # 袁叶丹 is ，叶丹: a surname look-alike starts no given name
    if _no_given_name_pair(text, index) or _no_given_name_at(text, index):
        return ""
    if second in chars and second not in function and second not in PARTICLES and second not in punct:
        pair = first + second
        if (first == second and pair not in KINSHIP_DOUBLED) or chars[first][0] + chars[second][
            1
        ] - lexicon.segmentation_score(pair) >= NAME_FROM:
            return pair  # (a given name doubles its character often: 婷婷, 圆圆; not 妹妹)
    if not second:
        return first  # (at the text end: '' is in every string, so no test below may see it)
    if second in PARTICLES or (second in punct and lexicon.is_word(first + second, min_freq=1)):
        return ""  # 新的, 学院: the character makes a word, not a name
    if second in function and lexicon.is_word(first + second, min_freq=1):
        return ""  # 致以, 立即: a word, not a name and a function word
    if not second or second in function or second in _NAME_END or not is_han(second):
        return first
    return ""


#: A person's sex, which records and reports state alone between commas after the person
#: (患者，男，56岁; 死者，男，约40岁; 被告人张某，女，汉族): there 男 or 女 is the field, far
#: likelier than a given name of one character (胜男 亚男 end with it, and stay names). Only after
#: the subject a record describes (RECORD_SUBJECTS, or an anonymised name: 张某): after a label's
#: colon (姓名：袁男) or any other noun (学生家长袁男) the 袁 may be the surname.
SEXES: Final = frozenset("男女")
#: The persons a medical, police or court record describes before their sex (besides COURT_PARTIES).
RECORD_SUBJECTS: Final = ("患者", "患儿", "病人", "死者", "伤者", "失主", "报案人", "被害人", "犯罪嫌疑人")
#: The modal verbs 应 'should' and 须 'must', which open a clause whose subject is left out
#: (请勿自行拆卸，应与售后联系); before a function word (与 及 在 …) they are no one-hanzi given
#: name. (应 does start given names: 袁应华 袁应龙 stay names.)
MODALS: Final = frozenset("应须")


def _no_given_name_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` starts no given name after the look-alike before it: a record's sex
    field (SEXES) or a modal before a function word (MODALS)."""
    _, _, function = _name_words()
    char = text[index : index + 1]
    after = text[index + 1 : index + 2]
    if char in MODALS:
        return after in function
    return (
        char in SEXES
        and after in _NAME_END
        and (text.endswith(COURT_PARTIES + RECORD_SUBJECTS, 0, index - 1) or text[index - 2 : index - 1] == ANONYMOUS)
    )


#: Laughter, which doubles its character as given names do (婷婷) but names nobody: 让她快点
#: 睡觉袁呵呵 is ，呵呵.
LAUGHTER: Final = frozenset({"呵呵", "哈哈", "嘻嘻", "嘿嘿", "嘎嘎"})
#: The length of the set phrases (成语) that a pair of characters may start.
SET_PHRASE: Final = 4


def _no_given_name_pair(text: str, index: int) -> bool:
    """Whether the two hanzi at ``index`` are no given name whatever their characters say:
    laughter (呵呵), or the start of a set phrase of four that the text goes on with (引向深入袁
    扎扎实实地, 工作者袁默默无闻, 总结袁归根到底): a name is not followed by the rest of one."""
    if text[index : index + 2] in LAUGHTER:
        return True
    phrase = text[index : index + SET_PHRASE]
    return len(phrase) == SET_PHRASE and lexicon.is_word(phrase, min_freq=1)


#: Kinship words that double their character: no given name (上学的妹妹袁妹妹却在 is ，妹妹).
KINSHIP_DOUBLED: Final = frozenset(
    {"妹妹", "姐姐", "哥哥", "弟弟", "爸爸", "妈妈", "爷爷", "奶奶", "叔叔", "伯伯", "姑姑", "舅舅", "婶婶"}
)


#: The copula, whose complement may be a name as a verb of calling's is (CALLING_VERBS: 同学叫
#: 袁晓玲, 我的同桌是袁晓玲): a 袁 right after either is as likely a surname as a comma.
COPULA: Final = "是"


def _after_name_complement_taker(text: str, start: int) -> bool:
    """Whether a verb of CALLING_VERBS or COPULA standing as a word of its own (not
    the end of 但是 于是 就是 大叫 据称, words that end a clause before a comma), or the verb 姓,
    comes right before ``start``; the copula after a subject in its clause only (是 that starts a
    clause may be 'yes', which a comma follows: 是，晓东说得对)."""
    if _surname_verb_before(text, start):
        return True
    verb = text[start - 1 : start]
    if verb == COPULA:
        before = text[start - 2 : start - 1]
        if not (before and is_han(before)) or before in _all_lookalikes():
            return False
    elif verb not in CALLING_VERBS:
        return False
    return not lexicon.is_word(text[max(0, start - 2) : start], min_freq=1)


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
            if before + word in CLAUSE_ENDING_OBJECT_WORDS:
                continue
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


#: How rare a character must be (jieba's count as a word of its own) to be read as a given
#: name of one before a verb of speech (喆 21, 犇 0, 璟 104; not 叹 笑 便 并 又).
RARE_GIVEN_FREQ: Final = 200
#: How far around a rare character :func:`_rare_given_char` looks for others (traditional text).
RARE_REACH: Final = 8
RARE_NEAR: Final = 2
#: 袁家, 叶家: the family of that surname.
FAMILY: Final = "家"
#: Words of speech after a name (袁振国说): one-character given names are read only before these.
SPEECH: Final = ("说", "表示", "介绍", "告诉", "认为", "指出", "强调", "提出", "回忆", "感慨", "坦言", "透露", "解释")
#: What ends a name in garbled text: a real mark, a line's end (\r of CRLF as \n), or a look-alike
#: of ，。、：；” (袁伟遥 = 袁伟。).
_NAME_END: Final = frozenset("，。、：；）”\n\r 袁遥尧院曰冶冤")
#: Characters that end words and never stand second in a given name (，新的: no name 新的).
PARTICLES: Final = "的了着地得们"
#: Pronouns and adverbs that stand between a subject or a verb and what it says (听她说, 便又说,
#: 胡竟说) and the particles: no given name ends with one.
NOT_NAME_ENDS: Final = "他她它你我又也都就还竟" + PARTICLES
#: 老袁, 小袁: a familiar form of a surname.
FAMILIAR: Final = "老小"
#: A conjunction that starts a clause after an adjective (虽然年纪小，但…), and follows no
#: familiar name (小袁 may be followed by 而 or 可: 小袁而立之年, 小袁可能).
CLAUSE_CONJUNCTIONS: Final = "但"
#: Adverbs of degree and negation: 老 and 小 after them are adjectives (规模较小，, 宝刀不老，),
#: not the familiar form of a name.
DEGREE_ADVERBS: Final = frozenset("不没较很太最更已挺")
#: Adverbs of degree of a word or more, and those of one character that also end other words
#: (还 又 过 也 好: 房间有点小袁不过, 女儿还小袁如果, 房间过小袁能看): read as words, so that
#: 你好小袁 (你好) is not one of them.
DEGREE_WORDS: Final = frozenset(
    {"有点", "有些", "还", "又", "过", "也", "好", "真", "超级", "特别", "相当", "非常", "比较", "蛮"}
)
#: An adverb of degree (过小, too small) that is also the aspect of a verb (问过).
ASPECT_OR_DEGREE: Final = "过"
#: How far back the words before 老 or 小 are segmented.
DEGREE_REACH: Final = 6


def _adjective_familiar(head: str) -> bool:
    """Whether the 老 or 小 that ends ``head`` is an adjective, no familiar form of a name:
    after an adverb of degree or negation (规模较小, 宝刀不老, 房间有点小), or ending a set
    phrase of three or four (上有老下有小袁压力大 is ，压力大; 一家老小)."""
    if head[-2:-1] in DEGREE_ADVERBS:
        return True
    if any(lexicon.is_word(head[-size:], min_freq=1) for size in (3, 4) if len(head) >= size):
        return True
    words = lexicon.best_segmentation(head[-DEGREE_REACH:-1])
    if not words or words[-1] not in DEGREE_WORDS:
        return False
    if words[-1] != ASPECT_OR_DEGREE:
        return True
    # 过 after a verb is its aspect (问过小袁, 帮过小袁, 拜访过小袁: jieba tags 问 a noun, so a
    # word of one character counts as a verb), after a noun of two or more its degree (房间过小)
    return len(words) >= 2 and len(words[-2]) >= 2 and not lexicon.starts_predicate(words[-2])


#: 袁某: the anonymised name of court reports (but ，某公司 ，某地 ，某年 are a comma).
ANONYMOUS: Final = "某"
NOT_AFTER_ANONYMOUS: Final = "公市县村区镇乡厂校院店人地年月日天时些种个项位部单企机医网平国省家类次处"
#: The parties of a court case, whose anonymised name follows them (原告袁某, 被告人叶某).
COURT_PARTIES: Final = ("原告", "被告", "被告人", "上诉人", "申请人", "当事人", "嫌疑人", "受害人", "证人")


def _given_name(text: str, index: int) -> str:
    """A given name of one or two hanzi at ``index`` that a speech verb or a mark comes after
    (``建国说``, ``伟遥``), or any name follower if the name is no common word (``立军为``,
    ``晓东的``); '' if none.

    Characters that never start a given name (他 要 但 …) and the look-alikes of marks rule
    it out: ``，拟任县委``, ``，要大力``, ``，他说`` and ``，医院的`` are no names.
    """
    _, followers, function = _name_words()
    punct, _, _ = _lookalikes()
    if _starts_with_any(text, index + (text[index : index + 1] in function), _roles_by_length()):
        return ""  # 院士，副主任委员: a role, no name
    if _no_given_name_at(text, index):
        return ""  # 患者，男，56岁: a record's field; 拆卸，应与售后: a modal
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
    _, _, function = _name_words()
    punct, _, _ = _lookalikes()
    head = text[index : index + 2]
    if _starts_with_any(text, index + (head[:1] in function), _roles_by_length()):
        return False
    if (
        len(head) < 2
        or head[0] in function
        or head[1] in PARTICLES
        or not all(is_han(c) and c not in punct for c in head)
    ):
        return False
    return not any(lexicon.is_word(text[index : index + size], min_freq=1) for size in (2, 3, 4))


#: Words that follow an event or a time, never a person (建省以来; not 以前 以后 之前 之后, which
#: follow a person as adverbs: 袁建国以前是工人).
EVENT_POSTPOSITIONS: Final = ("以来", "期间", "之际", "之初")


def _event_after(text: str, index: int) -> bool:
    """Whether the two hanzi at ``index`` are followed by a word that follows an event, not a
    person (告诉记者袁建省以来 is 记者，建省以来): they are no given name."""
    return text.startswith(EVENT_POSTPOSITIONS, index + 2)


#: Counters after a number (源支球队 4 teams, 圆名 2 people, 缘家 5 companies).
_COUNTERS: Final = frozenset(NEAR_COUNTERS + WORD_START_COUNTERS + MEASURE_WORDS)


def _count_after(text: str, index: int) -> bool:
    """Whether a digit's look-alike and a counter stand at ``index`` (主教练袁源支球队 is
    主教练，4支球队): a number, no given name."""
    return text[index : index + 1] in _lookalikes()[1] and text[index + 1 : index + 2] in _COUNTERS


@functools.cache
def _name_triggers() -> frozenset[str]:
    """The characters before a surname look-alike that some rule of :func:`_name_context`
    starts from: the ends of roles and of words that need an object, 老 and 小, the
    look-alikes of clause marks, and ” or its look-alike (a quoted sentence ends before it:
    “好的。”袁明, 好的遥冶袁明)."""
    punct, _, _ = _lookalikes()
    stops = {h for h, symbol in punct.items() if symbol in STOP_PUNCT}
    return (
        _role_ends()
        | frozenset(_object_words_ending())
        | frozenset(FAMILIAR)
        | frozenset(stops)
        | frozenset(RIGHT_DOUBLE_QUOTE + CLOSE_QUOTE_LOOKALIKE)
        | frozenset(HANDLE)
        | frozenset(ACCORDING_TO)
    )


#: A user's handle starts after it (@袁小野): no mark follows it
HANDLE: Final = "@"


#: A quotation that ends a sentence inside it (“你好。”): no comma follows it, so a surname
#: look-alike right after it starts the next sentence (“你好。”袁丽笑着说).
QUOTED_SENTENCE_ENDS: Final = tuple(
    stop + RIGHT_DOUBLE_QUOTE for stop in IDEOGRAPHIC_FULL_STOP + FULLWIDTH_QUESTION + FULLWIDTH_EXCLAMATION
)
#: What ends a cell of a table or a roster after a name (姓名 袁晓峰⏎, 1 袁晓峰 男).
CELL_ENDS: Final = _INLINE_SPACES + "\n"


def _given_name_after_quoted(text: str, index: int) -> bool:
    """Whether the hanzi at ``index`` may start a given name after a quoted sentence: a
    given-name character that starts no predicate (超 is 'super': 你好。”，超好记性) nor a common
    word (大家)."""
    char = text[index : index + 1]
    return char in _given_name_chars() and not lexicon.starts_predicate(char) and not _clause_word_after(text, index)


def _role_head(text: str, index: int) -> str:
    """The eight characters before ``text[index]`` where a role or a title before a name ends,
    without the line breaks of a narrow column (副院⏎长尧志强: the title 副院长)."""
    head = text[max(0, index - 8) : index]
    if "\n" in head:
        head = text[max(0, index - 8 - head.count("\n")) : index].replace("\n", "")
    return head


#: How far around a surname's look-alike :func:`_name_context` reads (a role of up to eight
#: hanzi before it, a given name and what follows a name after it).
NAME_CONTEXT_REACH: Final = 12


def _name_context(text: str, start: int) -> tuple[str, str] | None:
    """Why the surname look-alike at ``start`` reads as a name, as (the kind of evidence, the
    note), or None when it does not:

    * after a role (``工程师袁伟遥``, ``任命袁建国为``), before a given name and a name follower;
    * ``老袁``, ``小叶``: after 老 or 小 that make no word with the character before them,
      before a name follower or a mark;
    * ``袁某诉``: the anonymised name before a follower;
    * ``袁志刚说``: before a given name that is no word and a speech verb.
    """
    if text[start + 1 : start + 2] == "\n" and is_han(text[start + 2 : start + 3]):
        # 副主任袁⏎小鹏、: a narrow column broke its line after the surname; read it whole
        head_start = max(0, start - NAME_CONTEXT_REACH)
        return _name_context(
            text[head_start : start + 1] + text[start + 2 : start + NAME_CONTEXT_REACH], start - head_start
        )
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
    if prev == HANDLE:
        return EV_SURNAME, f"after {HANDLE}, where a user's handle starts (@袁小野)"
    _, followers, function = _name_words()
    punct, _, _ = _lookalikes()
    head = _role_head(text, start).rstrip(_INLINE_SPACES)
    after = text[start + 1] if start + 1 < len(text) else "\n"
    if (
        head[-1:] in _role_ends()
        and _ends_with_any(head, _roles_and_role_nouns_by_length())
        and (not _starts_no_given_name(after) or _lone_hanzi_name(text, start + 1))
        and (_given_name(text, start + 1) or _unknown_name(text, start + 1) or _name_like(text, start + 1))
        and not _event_after(text, start + 1)
        and not _count_after(text, start + 1)
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
    if (
        head[-1:] in PREPOSITIONS
        and text[start] == COMMA_LOOKALIKE
        and _after_object_word(head)
        and not (head[-1] in VERSE_ENDING_PREPOSITIONS and _literary_or_book_of_verse(text))
    ):
        return EV_SURNAME, f"a surname after the preposition {head[-1]} (跟袁和平): no clause ends with it"
    if (
        head[-1:] == ACCORDING_TO
        and text[start] == COMMA_LOOKALIKE
        and _clause_starts_at(text, start - 1)
        and not _starts_no_given_name(after)
        and (_given_name(text, start + 1) or _name_like(text, start + 1))
    ):
        return EV_SURNAME, f"a surname after {ACCORDING_TO} opening its clause (据袁明介绍): it takes its source"
    if (
        text[start] == COMMA_LOOKALIKE
        and head[-1:] in _object_words()
        and _starts_with_any(text, start + 1 + text.startswith(DEPUTY, start + 1), _roles_by_length())
        and _after_object_word(head)
    ):
        # (a preposition of one character only: 来慰问，职工们… ends a clause with the verb)
        return EV_SURNAME, f"a surname after the preposition {head[-1]}, before a role (由袁主任负责, 和袁副院长)"
    if start and text[start - 1] in _INLINE_SPACES:
        name = _given_name(text, start + 1)
        end = start + 1 + len(name)
        unworded = bool(name) and (not lexicon.is_word(name, min_freq=1) or _name_like(text, start + 1) == name)
        if unworded and text[end : end + 1] in punct:
            return EV_SURNAME, "a surname after a space, before a given name and a mark (袁晓红、)"
        if (unworded or name in _given_name_chars()) and (end == len(text) or text[end] in CELL_ENDS):
            # (a roster or a table: 姓名 袁晓峰⏎, 1 袁晓峰 男; a comma has no space before it)
            return EV_SURNAME, "a surname alone in a cell, between spaces (姓名 袁晓峰)"
    if head.endswith(QUOTED_SENTENCE_ENDS):
        return EV_SURNAME, f"a surname after {head[-2:]}: no comma follows a quoted sentence (“好的。”袁明)"
    if (
        "".join(punct.get(c, c) for c in head[-2:]) in QUOTED_SENTENCE_ENDS
        and not lexicon.is_word(head[-3:-1], min_freq=1)
        and (_given_name(text, start + 1) or _given_name_after_quoted(text, start + 1))
    ):
        # (garbled too: 回来遥冶袁朗说 is 回来。”袁朗说; not where the stop's look-alike ends a
        # word, 千里之遥冶袁 = “千里之遥”，: a quoted word; and only before a given name, as some
        # type ”， after a quoted sentence all the same: 好的遥冶袁大家都笑了)
        return EV_SURNAME, f"a surname after {head[-2:]}, a quoted sentence's end, before a given name"
    if (
        head[-1:]
        and punct.get(head[-1], "x") in STOP_PUNCT
        and _given_name(text, start + 1)
        and not _named_in_a_record(text, start - 1)  # (王尧袁男袁: the name 王尧, then ，男，)
    ):
        return EV_SURNAME, f"a surname after {head[-1]} (two marks side by side cannot be), before a given name"
    if head[-1:] and head[-1] in FAMILIAR:
        before = head[-2:-1]
        familiar = not (before and is_han(before) and lexicon.is_word(before + head[-1], min_freq=1))
        familiar = (familiar and (not before or not _adjective_familiar(head))) or _ends_with_any(
            head[:-1], _roles_by_length()
        )
        if (
            familiar
            and after not in CLAUSE_CONJUNCTIONS
            and (after in _NAME_END or after in function or text.startswith(followers, start + 1))
        ):
            return EV_SURNAME, f"a surname after {head[-1]} (老袁, 小叶)"
        if not before or before == "\n" or before in _REAL_MARKS or before in punct:
            # (after a mark or its look-alike: 野老袁袁你来 is “老袁，你来)
            return EV_SURNAME, f"a surname after {head[-1]} at the start of a clause (no clause is {head[-1]} alone)"
    if after == ANONYMOUS:
        rest = start + 2
        nxt = text[rest] if rest < len(text) else "\n"
        if nxt in _NAME_END or text.startswith(followers, rest) or nxt == ANONYMOUS:
            # (袁某某: the anonymised name of a judgment or a police notice; no text of the
            # dev sets starts a clause with 某某)
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
    if (
        len(name) == 2
        and (not lexicon.is_word(name, min_freq=1) or _rare_name_word(text, start + 1, name))
        and not _starts_no_given_name(name[0])
        and name[1] not in NOT_NAME_ENDS
        and text[start - 2 : start] != name
    ):
        # (not 一封信，信中说 nor ，便又说: no given name starts with 信 or 便; nor 妈妈正在学，听她说
        # nor ，总的说来: no given name ends with 她 or 的; nor 打电话给汉庭，汉庭说: the word that
        # ends the clause said again, as the next one's subject, where no name follows its own given name)
        return EV_SURNAME, "a surname before a given name that is no word and a verb of speech (袁志刚说)"
    return None


def _rare_name_word(text: str, index: int, name: str) -> bool:
    """Whether ``name`` at ``index``, a word of the lexicon, reads as a given name all the same:
    a doubled character, as given names double theirs (:func:`_name_like`), rare as a word (观众
    袁婷婷说; not 明明, common as "plainly": ，明明说好了). (Not any rare word made of name
    characters: 京东说 and 里森认为 start clauses.)"""
    return name[0] == name[1] and _name_like(text, index) == name and lexicon.frequency(name) < NAME_WORD_FREQ


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Nouns for a person by their agent suffix (年轻人, 后卫, 茶农), from mappings/person_nouns.tsv."""
    return frozenset(row[0] for row in read_tsv(PERSON_NOUNS_TABLE))


@functools.cache
def _person_ends() -> frozenset[str]:
    return frozenset(noun[-1] for noun in _person_nouns()) | {POSSESSIVE}


#: 是…的 (是从四月开始的): the focus construction ends a clause with 的.
FOCUS: Final = "是"
#: How far back a clause is searched for 是.
FOCUS_REACH: Final = 24


def _focus_clause(view: str, index: int) -> bool:
    """Whether the clause that ends at ``view[index]`` (a 的) has 是 before it, back to the
    last mark or line break (``view`` has the marks already read)."""
    clause = _CLAUSE_BREAK_RE.split(view[max(0, index - FOCUS_REACH) : index])[-1]
    return FOCUS in clause


_CLAUSE_BREAK_RE = re.compile(f"[{re.escape(CHINESE_MARKS)}\n]")


#: How often a character must occur as a word in jieba's counts to be common (免 1,786, 人
#: 313,209); the rare ones are what given names are made of (犇 0, 喆 21, 璟 104).
COMMON_CHAR_FREQ: Final = 1000


#: The kinship nouns of one hanzi a family calls its members by (爸说 妈说 哥说): nouns that do
#: speak alone after a comma (我哥是医生，爸说…), so one of them before a speech verb is no
#: given name of one.
KIN_CALLED: Final = frozenset("爸妈爹娘哥姐弟妹爷奶叔伯姨婶舅姑嫂")
#: Interjections and modal particles of one hanzi: each makes a clause alone (他也是个医生，唉。
#: 你是老师，嗯。 经理，哦，…), so one of them after a role before a mark is no given name of one.
INTERJECTIONS: Final = frozenset("唉嗯哦噢喔呵哈啊呀哎嘿哼呃嗨哇啦呐咦吧呢嘛么哟唔呸嗬咳诶欸")


def _lone_hanzi_name(text: str, index: int) -> bool:
    """Whether one hanzi at ``index`` that is no function word and no verb or adverb stands
    right before a speech verb (主教练袁方表示, 记者袁方说) or a clause's end (宣传部长袁方。):
    after a role, the comma reading would leave that hanzi alone as the speaker, and no noun of
    one hanzi speaks so but a pronoun (a function word: 他说) or a kinship noun (KIN_CALLED:
    爸说), both left out here; a given name of one does, common character or not; and it would
    leave it a clause alone (，方。 ，方， （记者，方） ，方⏎), which no noun of one hanzi makes. An
    interjection does (医生，唉。), and so does an answer or an adjective of one after a role
    addressed (经理，好。 队长，快⏎): those are left out before an end."""
    char = text[index : index + 1]
    if not (
        is_han(char)
        and char not in _name_words()[2]
        and char not in _all_lookalikes()
        and char not in KIN_CALLED
        and not lexicon.starts_predicate(char)
    ):
        return False
    if text.startswith(SPEECH, index + 1):
        return True
    after = text[index + 1 : index + 2]
    return (
        (_lookalikes()[0].get(after, after) in LONE_NAME_ENDS or _next_credit_after(text, index + 1))
        and char not in INTERJECTIONS
        and char not in ONE_HANZI_ANSWERS
        and not lexicon.is_adjective(char)
    )


def _next_credit_after(text: str, at: int) -> bool:
    """Whether a space at ``at`` parts a byline's credits, a role starting after it (（记者袁方
    通讯员李明）: the next credit's role): a clause of one hanzi (，方) ends before no role so. (A
    space alone is no end: a narrow column's join parts words, 工程师袁方 案.)"""
    return text[at : at + 1] in _INLINE_SPACES and _starts_with_any(
        text, _next_visible(text, at, 1)[0], _roles_by_length()
    )


#: Answers of one hanzi said to a person addressed by a role (经理，行。 师傅，饿。): the
#: predicates of one the lexicon tags neither as verbs nor as adjectives.
ONE_HANZI_ANSWERS: Final = frozenset("行热饿困忙棒渴晚早糟错难烦痒疼险惨够懂")


#: Where a clause of one hanzi would end after a role (记者，方。 （记者，方） 本报记者，方⏎, at the
#: text's end): a clause's marks, a closing bracket and a line's end (\r of CRLF included).
LONE_NAME_ENDS: Final = frozenset((*STOP_PUNCT, "）", "\n", "\r", ""))


def _starts_no_given_name(char: str) -> bool:
    """Whether ``char`` is a common character that mappings/given_name_chars.tsv does not hold
    (人 由 到 …): a given name does not start with it. A rare character missing from the table
    says nothing (犇 喆 璟 熠 are made for names)."""
    return char not in _given_name_chars() and lexicon.frequency(char) >= COMMON_CHAR_FREQ


#: 的 ends no clause (no ``的，`` but in 是…的), so a surname look-alike after it starts a name
#: or a noun phrase.
POSSESSIVE: Final = "的"


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


#: Given names of one look-alike doubled, as a child or a girl is called (圆圆, 园园, 远远): after a
#: noun for a person (同学袁远远比我高) they read as well as the word (同学，远远比我高).
DOUBLED_LOOKALIKE_NAMES: Final = ("远远", "圆圆", "园园")


def _doubled_lookalike_name(text: str, index: int) -> bool:
    """Whether a name of DOUBLED_LOOKALIKE_NAMES starts at ``index``, no longer word (远远望去,
    圆圆的月亮 is no name: 圆圆的 is) and nothing the word goes on with after it (远远超过)."""
    if not text.startswith(DOUBLED_LOOKALIKE_NAMES, index):
        return False
    name_end = index + len(DOUBLED_LOOKALIKE_NAMES[0])
    if text.startswith(DOUBLED_WORD_FOLLOWERS, name_end):
        return False
    return not any(
        lexicon.is_word(text[index : name_end + size], min_freq=1) for size in range(1, lexicon.MAX_WORD_LEN - 1)
    )


def _person_before(view: str, text: str, candidates: list[_Candidate]) -> None:
    """General evidence for a name where the role lists are silent: a surname look-alike that
    the lexicon reads as a mark, right after a noun for a person (年轻人袁小燕, 后卫袁浩然) or
    after 的 (年长的袁德胜), and before what reads as a given name. A comma may stand there
    too (许多年轻人，…): the evidence is split, so the look-alike stays and is reported."""
    ends = _person_ends()
    for cand in candidates:
        start = cand.start
        if (
            cand.hanzi not in SURNAME_LOOKALIKES
            or cand.end - start != 1
            or cand.evidence < DOUBT_FROM
            or not start
            or text[start - 1] not in ends
        ):
            continue
        if EV_SURNAME in cand.kinds:
            continue
        first = text[start + 1 : start + 2]
        doubled_name = _doubled_lookalike_name(text, start + 1)
        if first in _all_lookalikes() and not doubled_name:
            continue  # 亲人袁远远: a look-alike is no evidence for a given name in garbled text
        if _starts_no_given_name(first):
            continue  # 服务员，人员、: no given name starts with a common character never seen in one
        if first in _commonest_surnames() and not lexicon.is_place_name(text[start + 1 : start + 3]):
            continue  # 家人，魏伟: the comma reading has a full name as well (黄山 a place as well: split)
        left = _window(view, start, -1)
        if not left or left[-1] != text[start - 1]:
            continue
        if not (
            doubled_name
            or _given_name(text, start + 1)
            or _name_like(text, start + 1)
            or (first in _given_name_chars() and _unknown_name(text, start + 1))
            or _rare_given_char(text, start + 1)
        ):
            continue  # (梓航: no word, and 梓 is seen in given names; not 由所 in ，由所在单位)
        if not doubled_name and (_clause_word_after(text, start + 1) or _event_after(text, start + 1)):
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
        cand.add_doubt(0.0, f"{why}, before what reads as a given name: a surname or a comma (not sure)", EV_NAME)


#: How long a noun phrase for a person that starts a sentence may be (著名歌唱家, 清代诗人,
#: 国家一级演员) for :func:`_title_phrase_names` to read a surname look-alike after it.
TITLE_PHRASE_REACH: Final = 7
#: How long a person noun must be to hold a modifier of its own (著名画家, 青年教师; not 老人家).
TITLE_PHRASE_WORD: Final = 4


def _title_phrase_names(view: str, text: str, candidates: list[_Candidate]) -> None:
    """A surname look-alike after a noun phrase for a person that is all its sentence has
    before it, with no verb in it (著名歌唱家, 清代诗人; not 作为总设计师 or 他告诉记者), and
    before one or two hanzi that no word holds and then a verb (晨野演唱了, 枚著有). Read as a
    comma, it would leave a first clause that is a bare noun phrase and a second whose subject
    no word spells, which is what a title before a full name looks like (著名歌唱家袁晨野演唱了
    叶我爱你曳, 清代诗人袁枚著有): the name is likelier; reported, not repaired."""
    person_ends = _person_ends()
    for cand in candidates:
        start = cand.start
        if cand.hanzi != COMMA_LOOKALIKE or cand.evidence < DOUBT_FROM or EV_SURNAME in cand.kinds:
            continue
        if not start or view[start - 1] not in person_ends:
            continue  # (no noun for a person ends the head: _title_phrase's segmentation, skipped)
        head = _sentence_head(view, start)
        if head and _title_phrase(head) and _given_name_before_verb(view, text, start + 1):
            cand.add_doubt(
                0.0, "after a title for a person that starts the sentence, before a name and a verb", EV_NAME
            )


def _sentence_head(view: str, at: int) -> str:
    """The hanzi from the start of the sentence (after a sentence end, also one quoted: 。”,
    a colon or a line break, as ``view`` reads them) to ``view[at]``; '' if anything else
    stands between or the start is further than TITLE_PHRASE_REACH."""
    lo = max(0, at - TITLE_PHRASE_REACH - 1)
    for index in range(at - 1, lo - 1, -1):
        mark = view[index]
        if not is_han(mark):
            if mark == RIGHT_DOUBLE_QUOTE and index:
                mark = view[index - 1]
            return view[index + 1 : at] if mark in SENTENCE_ENDS + FULLWIDTH_COLON + "\n" else ""
    return view[:at] if lo == 0 else ""


def _title_phrase(head: str) -> bool:
    """Whether ``head`` reads as a noun for a person with modifiers and no verb (著名歌唱家,
    清代诗人, 青年画家): the last word is a person noun, no word starts a predicate, and no
    function word or 的 stands in it (几个朋友, 他告诉记者, 年轻的护士 are other phrases). A
    bare noun (服务员, 老人家) is no title: a vocative or a topic stands alone before a comma;
    a phrase the dictionary holds whole (著名画家) is modified."""
    words = lexicon.best_segmentation(head)
    if words[-1] not in _person_nouns() or (len(words) == 1 and len(head) < TITLE_PHRASE_WORD):
        return False
    function = _name_words()[2]
    return not any(lexicon.starts_predicate(word) or word in function or word == POSSESSIVE for word in words)


def _given_name_before_verb(view: str, text: str, index: int) -> bool:
    """Whether one or two hanzi at ``index`` that no word holds (晨野, 枚) come right before a
    verb (演唱, 著有): a given name as the subject. No look-alike of a digit is one of them
    (袁远远比), nor one of a mark that ``view`` reads as the mark, but an opening mark that
    nothing closes (晨野演唱: no 冶 after the 野). A common character never seen in a given
    name starts none (人民袁尽皆出城 is ，尽皆) unless the dictionary holds the full name (袁枚)."""
    _, _, function = _name_words()
    first = text[index : index + 1]
    digits = _lookalikes()[1]
    if not is_han(first) or first in function:
        return False
    for size in (2, 1):
        name = text[index : index + size]
        rest = index + size
        if (
            len(name) == size
            and (not _starts_no_given_name(first) or lexicon.is_word(text[index - 1 : rest], min_freq=1))
            and all(
                is_han(c) and c not in digits and (view[index + i] == c or _unclosed_opening(text, index + i))
                for i, c in enumerate(name)
            )
            and not (size == 2 and lexicon.is_word(name, min_freq=1))
            and not lexicon.is_word(text[rest - 1 : rest + 1], min_freq=1)
            and lexicon.starts_predicate(text[rest : rest + 2])
        ):
            return True
    return False


#: How far after a “ look-alike its ” is looked for (a quotation of a paragraph at most).
QUOTE_REACH: Final = 500


def _unclosed_opening(text: str, index: int) -> bool:
    """Whether the look-alike at ``index`` is of an opening mark that nothing closes: of a
    pair that closes nearby (:func:`_unpaired_opening`), or of “ with no ” after it in its
    paragraph (晨野演唱了 with no 冶)."""
    if _unpaired_opening(text, index):
        return True
    if text[index] != OPEN_QUOTE_LOOKALIKE:
        return False
    end = text.find("\n", index, index + QUOTE_REACH)
    return CLOSE_QUOTE_LOOKALIKE not in text[index + 1 : end if end >= 0 else index + QUOTE_REACH]


def _same_names(text: str, candidates: list[_Candidate], by_start: dict[int, _Candidate]) -> None:
    """A full name read as a name once (记者袁建国) is a name everywhere in the text: the
    other look-alikes before the same two-character given name are the surname too."""
    punct, _, _ = _lookalikes()
    _same_anonymous(text, candidates)
    _same_one_character_names(text, candidates)
    names = {
        (c.hanzi, text[c.end : c.end + 2])
        for c in candidates
        if c.hanzi in SURNAME_LOOKALIKES and c.evidence < DOUBT_FROM + 0.5 and EV_SURNAME in c.kinds
    }
    function = _name_words()[2]
    names = {
        (h, g)
        for h, g in names
        if len(g) == 2
        and all(is_han(ch) for ch in g)
        and not (g[0] in function and g[1] in function)  # (威海小袁所以: 所以 is no given name to spread)
        and (g[0] not in punct or _name_like(g + "\n", 0) == g)
        and (g[1] not in punct or g[1] in _OPENINGS)
    }
    if not names:
        return
    for cand in candidates:
        if cand.hanzi not in SURNAME_LOOKALIKES or (cand.hanzi, text[cand.end : cand.end + 2]) not in names:
            continue
        if cand.evidence > DOUBT_FROM:
            cand.add_doubt(
                -TITLE_PENALTY,
                f"the name {cand.hanzi}{text[cand.end : cand.end + 2]} is read as a name elsewhere",
                EV_NAME,
            )
        inside = by_start.get(cand.end + 1)  # 袁文渊: the 渊 is the given name's, no （
        if inside is not None and inside.evidence > DOUBT_FROM:
            inside.add_doubt(-TITLE_PENALTY, f"inside the name {cand.hanzi}{text[cand.end : cand.end + 2]}", EV_IN_NAME)


#: Marks no comma follows: a sentence's end, a colon, an opening quote (。， ：， “， never).
NO_COMMA_AFTER: Final = SENTENCE_ENDS + FULLWIDTH_COLON + LEFT_DOUBLE_QUOTE


@functools.cache
def _no_comma_after_marks() -> frozenset[str]:
    """NO_COMMA_AFTER and their look-alikes (遥浴钥 院 野)."""
    punct, _, _ = _lookalikes()
    return frozenset(NO_COMMA_AFTER) | frozenset(h for h, mark in punct.items() if mark in NO_COMMA_AFTER)


def _after_no_comma_mark(text: str, at: int) -> bool:
    """Whether a mark no comma follows stands right before ``at``: the mark, or its look-alike
    where it makes no word with the hanzi before it (平遥袁丽泽苑: 平遥 the town, no full stop)."""
    before = text[at - 1 : at] if at else ""
    if not before or before in NO_COMMA_AFTER:
        return True  # (no comma starts a text either)
    return before in _no_comma_after_marks() and not lexicon.is_word(text[at - 2 : at], min_freq=1)


def _one_character_given_name(text: str, at: int) -> str:
    """The character at ``at`` if it may be a one-character given name that makes no word with
    the next (袁术已丧, 袁尚收兵; not 袁明年, whose 明年 starts a clause after a comma), else ''."""
    char = text[at : at + 1]
    if (
        not char
        or not is_han(char)
        or char in _name_words()[2]
        or char in _lookalikes()[0]
        or lexicon.is_word(text[at : at + 2], min_freq=1)
    ):
        return ""
    return char


#: How many sentences a surname and a one-character given name must start before the two are
#: read as a name elsewhere: one may be a review's stray mark (听说电视里火啊。，书里讲些什么).
ONE_CHARACTER_NAME_STARTS: Final = 2
#: In classical prose, where a name stands that no comma may (besides after a sentence's end):
#: after 、 or ， (熙、袁尚, ，袁谭: no comma follows either), after the storyteller's formulas that
#: name who acts next (却说袁术闻说…, 忽报袁术遣人至). One such place is enough there: no
#: review's stray mark in a novel.
CLASSICAL_NAME_AFTER_MARKS: Final = frozenset(ENUMERATION_LOOKALIKE + COMMA_LOOKALIKE)
CLASSICAL_NAME_AFTER_WORDS: Final = ("却说", "且说", "忽报")


def _name_start(text: str, at: int, classical: bool) -> bool:
    """Whether a surname at ``at`` stands where no comma may: after a mark no comma follows,
    and in classical prose CLASSICAL_NAME_AFTER_MARKS and CLASSICAL_NAME_AFTER_WORDS too."""
    if _after_no_comma_mark(text, at):
        return True
    return classical and (
        text[at - 1 : at] in CLASSICAL_NAME_AFTER_MARKS or text[max(0, at - 2) : at] in CLASSICAL_NAME_AFTER_WORDS
    )


def _same_one_character_names(text: str, candidates: list[_Candidate]) -> None:
    """A surname look-alike with a one-character given name right after a sentence's end
    (。袁尚收兵还: no comma follows a full stop) names that person; the same two characters
    elsewhere in the text (却说玄德知袁术已丧, 袁尚自迎敌) are the name too, or the given name
    said alone after a comma (袁尚必还救: ，尚必还救, as old novels do): not sure either way,
    so reported, not repaired. Only 袁: 《 follows a full stop (。《红楼梦》), so 叶 there may be
    the title's mark. In classical prose (三国演义) one such place is enough, where the name
    recurs: 讨袁术 and 往袁术处 have no sentence's end before them (:func:`_name_start`)."""
    commas = [c for c in candidates if c.hanzi == COMMA_LOOKALIKE]
    classical = _classical_prose(text)
    after_ends: dict[str, int] = {}  # (counted here: a Counter runs in the interpreter, every text)
    recurring: dict[str, int] = {}  # (classical prose only: every comma's given name is a lexicon look-up)
    for c in commas:
        start = _name_start(text, c.start, classical)
        if (start or classical) and (given := _one_character_given_name(text, c.end)):
            recurring[given] = recurring.get(given, 0) + 1
            after_ends[given] = after_ends.get(given, 0) + start
    if classical:  # (one place is enough, but the name must recur: 香火院袁本寺 names nobody)
        named = {
            given for given, count in after_ends.items() if count and recurring[given] >= ONE_CHARACTER_NAME_STARTS
        }
    else:
        named = {given for given, count in after_ends.items() if count >= ONE_CHARACTER_NAME_STARTS}
    if not named:
        return
    both = classical and len(named) >= NAMED_FOR_BOTH
    for cand in commas:
        given = _one_character_given_name(text, cand.end) or _name_at_start(text, cand, named, classical)
        if given in named and cand.evidence > DOUBT_FROM:
            cand.add_doubt(-TITLE_PENALTY, f"{cand.hanzi}{given} is a name after a sentence's end elsewhere", EV_NAME)
        elif both and cand.evidence > DOUBT_FROM and _both_of_a_surname(text, cand.start):
            cand.add_doubt(-TITLE_PENALTY, f"二{cand.hanzi}, the two of a surname that names two here", EV_NAME)


#: 二袁 (the two Yuans: 杀二袁, 二袁之首) in classical prose that names NAMED_FOR_BOTH of the
#: surname or more (袁尚, 袁熙): 三国演义 dev, 9 of 10 so on such pages; its 4 commas after 二
#: (丈二，, 有其二，, 分为二，, a list's ；二，) are all on pages that name no 袁. Not after what makes
#: 二 a number (三十二，, 其二，, 第二，, 丈二，).
BOTH_OF_A_SURNAME: Final = "二"
NAMED_FOR_BOTH: Final = 2
BOTH_NOT_AFTER: Final = frozenset(HAN_NUMERALS + "其第之丈尺寸")


def _both_of_a_surname(text: str, at: int) -> bool:
    """Whether the surname look-alike at ``at`` follows 二 "the two" (杀二袁), not a number."""
    return text[at - 1 : at] == BOTH_OF_A_SURNAME and text[at - 2 : at - 1] not in BOTH_NOT_AFTER


def _name_at_start(text: str, cand: _Candidate, named: set[str], classical: bool) -> str:
    """In classical prose, a given name of ``named`` after the surname look-alike ``cand`` where
    no comma stands (却说袁绍兴兵: 绍兴 is a word of the lexicon, but 却说， is never written), else ''."""
    given = text[cand.end : cand.end + 1]
    return given if classical and given in named and _name_start(text, cand.start, classical) else ""


def _same_anonymous(text: str, candidates: list[_Candidate]) -> None:
    """``袁某`` read as an anonymised name once (原告袁某与…) may be the name where nothing else
    says so (导致袁某家的…): the evidence for the comma is split, so it is reported, not repaired."""
    anonymous = {
        c.hanzi
        for c in candidates
        if c.hanzi in SURNAME_LOOKALIKES and c.evidence < DOUBT_FROM + 0.5 and EV_ANONYMISED in c.kinds
    }
    if not anonymous:
        return
    for cand in candidates:
        if cand.hanzi in anonymous and cand.evidence > DOUBT_FROM and text[cand.end : cand.end + 1] == ANONYMOUS:
            cand.add(0.0, f"{cand.hanzi}{ANONYMOUS} is read as an anonymised name elsewhere", EV_OTHER)
            cand.evidence = DOUBT_FROM


#: Words that a list of names follows, never ends (由王、李 begins a list; 和王、 ends none);
#: 诉 'sues' as well, before the party sued (王远诉李尧合同纠纷一案; 诉王、李二人 lists surnames).
LIST_LEADS: Final = frozenset("由和与及同跟被请让诉")


def _lone_surname(text: str, index: int) -> bool:
    """Whether the 、 look-alike at ``index``, after a common surname, would close a list item
    of that one surname where no list goes on: at a line end (a byline: 谢国明王尧⏎), where 尧
    is a given name (:func:`_given_name_yao`: 记者王尧报道), or after
    a word that a list follows (LIST_LEADS) and before a hanzi that is no surname (由王尧签字,
    叶青和王尧共同编写; not 由王尧李两位, the list of surnames 王、李)."""
    if index < 1 or text[index - 1] not in _commonest_surnames():
        return False
    after = text[index + 1 : index + 2]
    if after in ("", "\n"):
        return True
    if _given_name_yao(text, index):
        return True
    return (
        index >= 2
        and text[index - 2] in LIST_LEADS
        and is_han(after)
        and after not in _commonest_surnames()
        and after not in _all_lookalikes()
        and not lexicon.is_word(text[index - 3 : index - 1])  # 义和庄、: 和 inside a place name
        and not lexicon.is_word(text[index - 1] + after)  # 与毛、皮制品: the items make a word (毛皮)
    )


def _named_after_calling(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` ends a name of two after a verb of naming (CALLING_VERBS),
    before a mark or its look-alike (他的名字叫刘尧，今年…, 大家都叫他王尧。): what 叫 names is one
    person, and a list of one surname (刘、) never ends before another mark."""
    after = text[index + 1 : index + 2]
    return (
        index >= 2
        and text[index - 1] in _commonest_surnames()
        and text[index - 2] in CALLING_VERBS
        and bool(after)
        and after in _NAME_END
        and after not in ENUMERATION
    )


#: A person's record gives the sex (SEXES) between commas after the name (王尧，男，35岁): the
#: commas, real or garbled.
_RECORD_COMMAS: Final = FULLWIDTH_COMMA + COMMA_LOOKALIKE


def _named_in_a_record(text: str, index: int) -> bool:
    """Whether the 遥 or 尧 at ``index`` ends a name of two, a surname's and its own, before the
    sex between commas (王尧，男，35岁; 李遥，女，汉族): 。， and 、， are never written, and the
    sex between commas follows a person's name in a record of one."""
    return (
        index >= 1
        and text[index - 1] in _surnames()
        and text[index + 1 : index + 2] in _RECORD_COMMAS
        and text[index + 2 : index + 3] in SEXES
        and text[index + 3 : index + 4] in _RECORD_COMMAS
    )


#: What follows a person's name and no list of surnames (王尧同志, 王尧报道 where 王、 would end one)
AFTER_FULL_NAME: Final = ("同志", "报道", "先生", "女士", "指出", "说", "表示", "认为", "强调", "介绍")


#: Where a person spoke, the report's set phrase after a name (县委书记尧建军在会上强调); but a
#: noun for people stands there as often (学生、家长在会上提出建议, 院士、博导在会上作了报告), so
#: after one it follows a given name only of given-name hanzi that is no noun for a person.
MEETING_PLACES: Final = ("在会上", "在会议上", "在讲话中")
#: What follows a full name at a meeting, as it does a name of AFTER_FULL_NAME (冀尧峰说,
#: 市委书记尧建军主持会议, 院士尧国正出席).
OFFICIAL_NAME_FOLLOWERS: Final = (*AFTER_FULL_NAME, "主持", "出席", "列席", "作了", "当选", "讲话", *MEETING_PLACES)
#: ... and what ends a titled name in a list of officials (院士尧国正等, 副院长尧志强及): a title
#: before the mark and a given name after it make a name, not a list of titles ...
TITLED_NAME_ENDS: Final = (*OFFICIAL_NAME_FOLLOWERS, "等", "及")
#: ... also before a list's next mark (副市长尧文斌、市…, 县长尧立平，) where the given name is no
#: word (工人、农民、学生 lists nouns for people).
TITLED_NAME_MARKS = ("、", "，", ENUMERATION_LOOKALIKE, COMMA_LOOKALIKE)


def _given_name_then_follower(text: str, at: int) -> bool:
    """Whether a given name of one or two hanzi starts at ``at`` (hanzi of given names, no
    look-alike) and what follows a name at a meeting comes after it (新民同志任, 建军主持)."""
    chars, lookalikes = _given_name_chars(), _all_lookalikes()
    for size in (2, 1):
        given = text[at : at + size]
        if (
            len(given) == size
            and all(c in chars and c not in lookalikes for c in given)
            and text.startswith(OFFICIAL_NAME_FOLLOWERS, at + size)
        ):
            return True
    return False


#: What ends a byline or a photo credit after the names of its writers (记者袁野、李尧报道).
CREDIT_ENDS: Final = ("报道", "摄")


#: What ends a credit after its name and its 摄 or 报道 (本报记者 袁野摄）, 记者袁远报道⏎): the
#: text's or a line's end, a space, or a closing parenthesis, real or look-alike; and the colon,
#: real or look-alike, by which a dateline's byline opens its story (记者袁方报道：昨天…).
CREDIT_CLOSERS: Final = ("", "\n", "\r", " ", "\u3000", FULLWIDTH_RIGHT_PAREN, "冤", FULLWIDTH_COLON, COLON_LOOKALIKE)
#: How far before a credit's 袁 its role may end (新华社记者, 本报通讯员), a space included.
CREDIT_ROLE_REACH: Final = 10


#: The labels a credit's line starts with before its colon and the name it credits (摄影：袁野,
#: 记者：袁方, 责任编辑：袁林, 文/图 of a feature: 图：袁方).
CREDIT_LABELS: Final = (
    "摄影", "记者", "编辑", "责编", "责任编辑", "供图", "图", "文", "撰稿", "作者", "通讯员", "美编", "校对",
)  # fmt: skip
#: What ends a credit's line after the name (another credit may follow a space).
CREDIT_LINE_ENDS: Final = ("", "\n", "\r", " ", "\u3000")


def _credited_surnames(text: str, surnames: list[_Candidate], by_start: dict[int, _Candidate]) -> None:
    """``本报记者 袁野摄``, ``（记者袁尧报道）``: a 袁 after a role (a space between them or not),
    before a given name of one or two hanzi (whichever: look-alikes too, 野 尧 远) and the end
    of a credit that closes its line or its parentheses (CREDIT_CLOSERS): a credit names a
    person, and ，野摄 is no clause; so the surname, at most a doubt. And a credit's line
    (:func:`_credit_line_colon`): ``摄影院袁野⏎`` is ``摄影：袁野``, the colon after the label,
    the surname after the colon (：， cannot be), though 影院 is a word and the lexicon reads
    摄影院，野. (``by_start``: every candidate by its start.) A cited report's credit closes with
    a comma too (据本报记者袁方报道，: :func:`_cites_a_report`), and so does a byline that opens
    its story (本报记者袁方报道，昨天…: :func:`_opens_its_story`)."""
    for cand in surnames:
        start = cand.start
        if cand.hanzi != COMMA_LOOKALIKE or cand.evidence < DOUBT_FROM:
            continue
        colon = by_start.get(start - 1)
        if colon is not None and _credit_line_colon(text, colon):
            why = "after a credit's label at a line's start, before the name that ends the line (摄影：袁野)"
            colon.add(LIKELY_FROM - min(colon.evidence, 0.0), why, EV_OTHER)
            colon.evidence = max(colon.evidence, LIKELY_FROM)
            cand.add_doubt(
                -TITLE_PENALTY, "a surname after a credit's colon, in the name that ends the line", EV_SURNAME
            )
            continue
        head = text[max(0, start - CREDIT_ROLE_REACH) : start]
        size = _credited_name_size(text, start + 1)
        if not size:
            continue
        if _credit_head(head.rstrip(_INLINE_SPACES), spaced=head != "" and head[-1] in _INLINE_SPACES):
            cand.add_doubt(
                -TITLE_PENALTY, "after a role, before a given name that ends a credit (记者 袁野摄)", EV_NAME
            )
            name = text[start + 1 : start + 1 + size]
            for inner_at in range(start + 1, start + 1 + size):  # (记者袁院生报道: 院 is in the name)
                inner = by_start.get(inner_at)
                if inner is not None and inner.evidence >= DOUBT_FROM:
                    inner.add_doubt(-TITLE_PENALTY, f"inside the credited name {cand.hanzi}{name}", EV_IN_NAME)


def _credit_line_colon(text: str, colon: _Candidate) -> bool:
    """Whether ``colon`` (a look-alike right before a 袁) is a credit's colon: a label of
    CREDIT_LABELS alone before it where a line starts, and after the 袁 a given name of one or
    two hanzi that ends the line (CREDIT_LINE_ENDS), read as a credit's given name is
    (:func:`_credited_given_name`: 文院，医院 names no one, 医院 is a word)."""
    start = colon.start
    if colon.hanzi != COLON_LOOKALIKE or colon.end != start + 1 or EV_PAIRED in colon.kinds:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(_INLINE_SPACES) not in CREDIT_LABELS:
        return False
    name_at = start + 2
    return any(
        len(text[name_at : name_at + size]) == size
        and _credited_given_name(text[name_at : name_at + size])
        and text[name_at + size : name_at + size + 1] in CREDIT_LINE_ENDS
        for size in (1, 2)
    )


def _credit_head(head: str, spaced: bool) -> bool:
    """Whether ``head`` (what stands before a credit's 袁, spaces stripped) ends with a role, or,
    ``spaced`` off the 袁, with a role and the full name of two or three it credits first
    (本报记者叶远 袁野摄, 本报记者 叶远 袁野摄: a credit parts its names with spaces)."""
    roles = _roles_and_role_nouns_by_length()
    if _ends_with_any(head, roles):
        return True
    return spaced and any(
        head[-size : -size + 1] in _commonest_surnames() and _ends_with_any(head[:-size].rstrip(_INLINE_SPACES), roles)
        for size in (2, 3)
    )


def _credited_name_size(text: str, at: int) -> int:
    """The size of the given name of one or two hanzi that starts at ``at`` (right after the
    credit's 袁) before the end of a credit (CREDIT_ENDS, maybe set off by a space: 记者袁方 摄, as
    a photo's credit is set) and what closes it (CREDIT_CLOSERS, and the comma, real or
    look-alike, where :func:`_comma_closes_credit`: a cited report's, 据本报记者袁方报道，, or a
    story's byline, 本报记者袁方报道，): ``野摄）``, ``远报道⏎``, ``方 摄⏎``; 0 if none."""
    # (the credit's end after a name of one hanzi and of two: each asked once)
    credits = (_credit_at(text, at + 1), _credit_at(text, at + 2))
    if not any(credits):
        return 0  # (the common case, no credit's end one or two hanzi on: before any name is read)
    for size, credit in enumerate(credits, 1):
        end = at + size
        if end > len(text):
            return 0
        name = text[at:end]
        if not (_credited_given_name(name) or (credit and _credited_lone_hanzi(name, credit))):
            return 0
        if credit:
            close = text.index(credit, end) + len(credit)
            closer = text[close : close + 1]
            if closer in CREDIT_CLOSERS:
                return size
            return size if closer in CREDIT_COMMAS and _comma_closes_credit(text, at - 1) else 0
    return 0


def _comma_closes_credit(text: str, start: int) -> bool:
    """Whether a comma may close the credit whose 袁 is at ``start``: a cited report's
    (:func:`_cites_a_report`) or a byline's that opens its story (:func:`_opens_its_story`).
    (Asked only where a comma follows a credit's end: most 袁 stand before none.)"""
    return _cites_a_report(text[max(0, start - CREDIT_ROLE_REACH) : start]) or _opens_its_story(text, start)


def _credit_at(text: str, at: int) -> str:
    """The end of a credit (CREDIT_ENDS: 报道 摄) that starts at ``at`` or after inline spaces
    there (a credit sets its 摄 off from the name, by one space or more: 记者袁方 摄, 记者袁方  摄);
    '' if none. A space is no credit's own: a name alone before it is read as one before the
    credit's end."""
    while at < len(text) and text[at] in _INLINE_SPACES:
        at += 1
    if text[at : at + 1] not in _CREDIT_END_FIRSTS:
        return ""  # (the common case, read by one set lookup)
    return next((credit for credit in CREDIT_ENDS if text.startswith(credit, at)), "")


#: The first hanzi of each of CREDIT_ENDS.
_CREDIT_END_FIRSTS: Final = frozenset(credit[0] for credit in CREDIT_ENDS)


#: 据 (according to) cites a report by its reporter (据本报记者袁方报道，…), and a comma closes
#: the citation: ，方报道， is no clause, the credit names a person.
CITING: Final = "据"
#: The words 据 ends that cite nothing (数据记者: a data journalist, 证据, 占据): 据 there is no
#: 'according to'.
NOT_CITING: Final = frozenset(("数据", "证据", "单据", "票据", "收据", "字据", "凭据", "论据", "占据", "割据"))
#: The comma, real or look-alike, that closes a credit only where :func:`_comma_closes_credit`.
CREDIT_COMMAS: Final = (FULLWIDTH_COMMA, COMMA_LOOKALIKE)


#: What a byline's role follows where the byline opens its story (本报记者袁方报道，昨天…): a line's
#: start or a sentence's end, real or look-alike (本报讯 before its 。 or 遥) ...
STORY_OPENERS: Final = frozenset(("", "\n", "\r", *SENTENCE_ENDS, STOP_LOOKALIKE))
#: ... or a dateline's last hanzi with a space after it (本报讯 记者袁方报道，, 新华社北京电　记者…):
#: a dateline is set off from its story by a space, as by a mark.
DATELINE_ENDS: Final = frozenset("讯电")


def _opens_its_story(text: str, start: int) -> bool:
    """Whether the role before a credit's 袁 at ``start`` (a space between them or not) is hanzi
    alone, CREDIT_ROLE_REACH at most, after a line's start or a sentence's end (STORY_OPENERS,
    a line's indentation passed over, or DATELINE_ENDS and a space: 本报讯 记者袁方报道，): the
    byline that opens a story (本报记者袁方报道，昨天下午…), whose 报道 closes the credit with a
    comma as a cited report's does (``，方报道，`` is no clause). Not a role inside a sentence
    (会上，记者…), whose credit a comma does not close."""
    end = start
    while end > 0 and text[end - 1] in _INLINE_SPACES:
        end -= 1
    at = end
    while at > max(0, end - CREDIT_ROLE_REACH) and is_han(text[at - 1]) and text[at - 1] not in _lookalikes()[0]:
        at -= 1
    if at == end or (at > 0 and is_han(text[at - 1]) and text[at - 1] not in _lookalikes()[0]):
        return False  # (no role, or hanzi on past the reach: inside a sentence)
    role = at
    while at > 0 and text[at - 1] in _INLINE_SPACES:
        at -= 1
    return text[at - 1 : at] in STORY_OPENERS or (at < role and text[at - 1 : at] in DATELINE_ENDS)


def _cites_a_report(head: str) -> bool:
    """Whether ``head`` (what stands before a credit's 袁) holds 据, not ending a word of
    NOT_CITING, and after it hanzi only, no look-alike of a mark (据本报记者, 据新华社记者: the
    role the citation names)."""
    at = head.rfind(CITING)
    return (
        at >= 0
        and head[max(0, at - 1) : at + 1] not in NOT_CITING
        and all(is_han(c) and c not in _lookalikes()[0] for c in head[at + 1 :])
    )


#: What no credit's given name of one hanzi is: the pronouns, adverbs and particles no given
#: name ends with, and the adverbs and prepositions that start a clause before its verb (都报道,
#: 同报道, 另报道, 专报道, 据报道: 通讯员，同报道 is 'the correspondent, reported together'), and
#: the nouns of time that do so (记者，后报道：, 据本报记者，今报道，).
CREDIT_NOT_NAMES: Final = frozenset(
    NOT_NAME_ENDS + "据同共均皆各另专亦再才仍只仅先首并将已正曾在把从对向被由给跟和与及后今"
)


def _credited_lone_hanzi(name: str, credit: str) -> bool:
    """Whether the one hanzi ``name`` before ``credit`` (报道, 摄) is a credit's given name,
    whatever hanzi it is (记者袁方报道, 袁林摄: a credit names a person, and a clause of one
    hanzi before 报道 or 摄 is none): not a look-alike (read by :func:`_credited_given_name`),
    nor one of CREDIT_NOT_NAMES, nor one that makes a word with the credit (日报 晚报 拍摄:
    记者，日报报道), nor a verb or an adverb, which makes the credit's 报道 its predicate's
    (记者，来报道：, 各路记者，争报道：, 记者，称报道)."""
    return (
        len(name) == 1
        and is_han(name)
        and name not in _all_lookalikes()
        and name not in CREDIT_NOT_NAMES
        and not lexicon.starts_predicate(name)
        and not lexicon.is_word(name + credit[0], min_freq=1)
    )


def _credited_given_name(name: str) -> bool:
    """Whether ``name`` may be a credit's given name: hanzi of given names or look-alikes that
    names are made of (野 尧 远), no word (亲自, 多方: 记者，亲自报道), not starting with a
    surname (张三 is a full name after a comma: 本报记者，张三摄) nor with a surname look-alike
    (本报记者袁袁野报道: the first 袁 the comma, the second the surname). (One hanzi of any
    other kind before the credit's end: :func:`_credited_lone_hanzi`.)"""
    chars, lookalikes = _given_name_chars(), _all_lookalikes()
    return (
        all(is_han(c) and (c in chars or c in lookalikes) for c in name)
        and name[0] not in SURNAME_LOOKALIKES
        and name[0] not in _commonest_surnames()
        and not (len(name) == 2 and lexicon.is_word(name, min_freq=1))
    )


def _credited_name_of_two(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` ends a name of two after a common surname before the end of a
    credit (袁野、李尧报道, 新华社记者 袁尧摄): a credit names its people in full, never by a
    list of surnames. (Read in the text as it is: the view may read the surname 袁 as a comma,
    but ，、摄 is no credit.)"""
    return text.startswith(CREDIT_ENDS, index + 1) and text[index - 1 : index] in _commonest_surnames()


def _credited_name_of_three(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` is the middle of a name of three after a role: before the
    end of a credit (本报记者高尧明摄, 记者周尧平报道), or before a verb (村支书杨尧林带领群众): a
    credit names its people in full, and a role titles one person, so two single hanzi
    (高、明, 杨、林) credit nobody and hold no office, whatever the surname (高 is left out of the
    surname table as a word)."""
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    return (
        all(is_han(c) and c not in _all_lookalikes() for c in (before, after))
        and (text.startswith(CREDIT_ENDS, index + 2) or _verb_after_name(text, index + 2))
        and _ends_with_any(text[max(0, index - 9) : index - 1], _roles_by_length())
    )


def _verb_after_name(text: str, at: int) -> bool:
    """Whether a verb of two hanzi (带领, 主持) starts at ``at``, right after a hanzi of given
    names (林 of 杨尧林): what a person named in full does next."""
    verb = text[at : at + 2]
    return (
        len(verb) == 2
        and text[at - 1] in _given_name_chars()
        and all(c not in _all_lookalikes() for c in verb)
        and lexicon.starts_predicate(verb)
    )


def _named_with_yao(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` is in a full name before what follows one, where a list of
    single hanzi would not go on so, whatever list stands before it: ending a name of two after a
    common surname before the end of a credit (袁野、李尧报道: a credit names its people in full,
    never by a list of surnames; :func:`_credited_name_of_three`), inside a name of three after
    its surname before what follows a name at a meeting (冀尧峰说; not 冀、峰, though a list of
    titles precedes: 党委书记、政委冀尧峰说), or the surname 尧 after a title before a given
    name (市委书记尧建军主持会议; a list of titles, 书记、市长, has no given name after the mark)."""
    before, after = text[index - 1 : index], text[index + 1 : index + 2]
    if _credited_name_of_two(text, index):
        return True
    if _credited_name_of_three(text, index):
        return True
    if (
        before in _surnames()
        and before not in _all_lookalikes()
        and after in _given_name_chars()
        and after not in _all_lookalikes()
        and after not in _commonest_surnames()  # (张、王说: two surnames listed)
        and text.startswith(OFFICIAL_NAME_FOLLOWERS, index + 2)
    ):
        return True
    head = _role_head(text, index)
    if not (head[-1:] in _role_ends() and _ends_with_any(head, _roles_and_role_nouns_by_length())):
        return False  # (钱宏斌、李军、赖斌说: a list of names, no title before the mark)
    context = _name_context(text, index)
    if context is None or context[0] != EV_SURNAME:
        return False
    for end in (index + 2, index + 3):
        if text.startswith(MEETING_PLACES, end) and not _given_name_of_chars(text[index + 1 : end]):
            continue  # (学生、家长在会上: a noun for people)
        if text.startswith(TITLED_NAME_ENDS, end):
            return True
        if text.startswith(TITLED_NAME_MARKS, end) and not lexicon.is_word(text[index + 1 : end], min_freq=1):
            return True  # (工人、农民、学生: a given name is no word)
    return False


#: What follows a clause's subject before its verb (小军在车间工作, 小军也来了, 小军把机器修好了):
#: a preposition of place or of the object, or an adverb of time or scope.
SUBJECT_FOLLOWERS: Final = frozenset("在把从对向被将也都就已正又还曾")


def _yao_after_role_before_given_name(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` stands between a post (技术员, 县委书记) and a given name of
    two hanzi (技术员尧小军在车间): 尧 is a surname (rare, yet a role titles the one person
    named after it), and a list of a role and a bare given name (技术员、小军) is odd; but a
    list of roles or nouns for people (技术员、工人, 总书记、国家主席, 行李员、前台服务员) reads
    as well: so at most a doubt, and only where a verb follows the name, the predicate of the
    person named (技术员尧小军在车间工作, 尧小军说), not more of a noun (国家主席, 客房经理)."""
    head = _role_head(text, index)
    if not (head.endswith(JOB_TITLES) or _ends_with_any(head, _role_nouns_by_length())):
        return False  # (为老人、儿童释疑: no post, a noun for people of a kind)
    at = index + 1
    given = text[at : at + 2]
    if len(given) < 2 or not _given_name_of_chars(given) or lexicon.starts_predicate(given):
        return False  # (技术员、工人: no given name; 技术员、发现: a verb)
    if _starts_with_any(text, at, _roles_and_role_nouns_by_length()):
        return False  # (技术员、管理员: a list of roles)
    if text.startswith(PLURAL_ADVERBS, at + 2):
        return False  # (物业经理、保洁都在现场: 都 sums up the items of a list, never one person)
    rest = lexicon.best_segmentation(text[at + 2 : at + 2 + NAME_CONTEXT_REACH])
    return bool(rest) and (
        lexicon.starts_predicate(rest[0]) or rest[0] in SUBJECT_FOLLOWERS or text.startswith(SPEECH, at + 2)
    )


#: Adverbs that sum up several subjects (都 均 一起 分别): after them the subject is a list
#: (物业经理、保洁都在现场), so the hanzi before are no one person's given name.
PLURAL_ADVERBS: Final = ("都", "均", "皆", "一起", "一同", "共同", "分别", "各自")


def _given_name_of_chars(given: str) -> bool:
    """Whether ``given`` is all hanzi of given names (no look-alike) and no noun for a person
    (家长; 博导 has 导, no given name's): see MEETING_PLACES."""
    chars, lookalikes = _given_name_chars(), _all_lookalikes()
    return all(c in chars and c not in lookalikes for c in given) and given not in _person_nouns()


def _given_name_yao(text: str, index: int) -> bool:
    """Whether the 尧 at ``index``, after a common surname, is a given name (记者王尧报道,
    王尧同志是): a list of one surname (王、) is no person."""
    return _named_person(text, index - 1, index + 1)


def _named_person(text: str, surname_at: int, end: int) -> bool:
    """Whether the name from the surname at ``surname_at`` to ``end`` names a person: a role
    stands right before it (记者王尧报道, 法官周尧指出, 县委书记张尧同志) or what follows a
    person's name right after it (王尧同志是, 周尧指出)."""
    head = text[max(0, surname_at - 8) : surname_at]
    return text.startswith(OFFICIAL_NAME_FOLLOWERS, end) or _ends_with_any(head, _roles_and_role_nouns_by_length())


def _unclosed_given_names(text: str, candidates: list[_Candidate]) -> None:
    """A 渊 that no closing look-alike pairs with, right after a common surname (读者张渊的来信)
    or a surname and one hanzi (记者何文渊报道), that a role or a noun for a person precedes
    (数学家王渊) or what follows a name follows: a given name, at most a doubt (an unclosed （
    is otherwise repaired on the lexicon alone); paired or not before the end of a credit
    (新华社发 王渊摄: a credit names a person, and no parenthesis holds 摄 alone)."""
    surnames = _commonest_surnames()
    lookalikes = _all_lookalikes()
    for cand in candidates:
        if cand.hanzi != GIVEN_NAME_PAREN or cand.evidence < DOUBT_FROM:
            continue
        index = cand.start
        credit = text.startswith(CREDIT_ENDS, cand.end)
        if EV_PAIRED in cand.kinds and not credit:
            continue  # (paired, but no parenthesis holds a credit's 摄 alone: 新华社发 王渊摄）)
        for surname_at in (index - 1, index - 2):
            if surname_at < 0 or text[surname_at] not in surnames:
                continue
            middle = text[surname_at + 1 : index]
            if middle and (not is_han(middle) or middle in lookalikes):
                continue
            head = text[max(0, surname_at - 8) : surname_at]
            if credit or _named_person(text, surname_at, cand.end) or _ends_with_any(head, _person_nouns_by_length()):
                cand.add_doubt(
                    -TITLE_PENALTY, f"a given name: {text[surname_at : cand.end]}, a person named here", EV_NAME
                )
                break


#: Mark look-alikes that given names are made of (袁野, 叶渊): they may stand in a name's cell.
GIVEN_NAME_MARKS: Final = OPEN_QUOTE_LOOKALIKE + GIVEN_NAME_PAREN
#: The look-alikes of ， 、 （ “ that are common in names (袁野, 李尧, 王渊), as a roster spells them.
ROSTER_LOOKALIKES: Final = COMMA_LOOKALIKE + ENUMERATION_LOOKALIKE + GIVEN_NAME_MARKS
#: How long a full name in a roster's cell is at most (李尧, 李文渊).
ROSTER_NAME_LEN: Final = 3
#: The full stops after an item's number in a list of results (1．王尧 596环, 1.王尧), and ．'s
#: look-alike (员援袁野: a Founder page sets the item's number full-width).
ITEM_STOPS: Final = "．.援"
#: How many hanzi a note in parentheses after a name in a list of results holds at most: a
#: team, a province or a country (李尧（辽宁）, 袁野（解放军）).
ITEM_NOTE_LEN: Final = 8
#: How long the post after a name at a row's start is at most (李尧 中国工程院院士).
ROSTER_POST_LEN: Final = 10


def _roster_names(text: str, candidates: list[_Candidate]) -> None:
    """A look-alike of ， 、 （ inside a cell of a roster line that is a full name of two or
    three (李尧, 王渊, 李文渊: a common surname first; 袁野: 袁 before a given name that is no
    word): the name's hanzi, at most a doubt. A garbled page sets a space after its marks
    too (措施袁 创造性), but in lines of prose, not of short cells."""
    surnames = _commonest_surnames()
    punct = _lookalikes()[0]
    rosters: dict[int, list[str] | None] = {}  # line start -> its cells if a roster's (read once per line)
    lines_of: _Lines | None = None  # (found when first needed: most look-alikes stand in no short cell)
    for cand in candidates:
        if cand.hanzi not in ROSTER_LOOKALIKES or cand.evidence < DOUBT_FROM:
            continue
        found = _short_cell_at(text, cand.start, ROSTER_NAME_LEN)
        if found is None or len(found[1]) < 2 or not all(is_han(c) for c in found[1]):
            found = _item_name_at(text, cand.start)  # (员．李尧渊辽宁冤 圆愿分: no cell of its own)
            if found is None:
                continue
        elif not _titled_row(text, *found):
            if lines_of is None:
                lines_of = _Lines(text)
            line_start = lines_of.start_of(cand.start)
            if line_start not in rosters:
                roster = _roster_line(text, cand.start)
                rosters[line_start] = None if roster is None else roster[1]
            if rosters[line_start] is None:
                continue
        cell_start, cell = found
        index = cand.start - cell_start
        if _listed_surnames(text, cell_start + len(cell), cell, index):
            continue  # (吴尧 王尧 李尧 张等: a list of surnames, spaced)
        # (the surname look-alike first is the name's, 袁渊 袁野; not a mark beside another)
        others = cell[1 if index and cell[0] in SURNAME_LOOKALIKES else 0 : index] + cell[index + 1 :]
        if any(c in punct and c not in GIVEN_NAME_MARKS for c in others):
            continue  # (袁遥: a comma and a stop, not a name)
        if len(others) > 1 and lexicon.is_word(others, min_freq=1):
            continue  # (袁按照 is ，按照 where a narrow column's line is cut short)
        if cell[0] in surnames or (index == 0 and cand.hanzi == COMMA_LOOKALIKE):
            cand.add_doubt(-TITLE_PENALTY, f"in a roster's cell, the full name {cell}", EV_NAME)


@functools.cache
def _item_name_re() -> re.Pattern[str]:
    """An item of a list of results at a line's start: its number (digits, full-width or their
    look-alikes) and full stop (ITEM_STOPS), a name of two or three hanzi (the group), maybe a
    note in parentheses, real or look-alikes, then a space before the result or the line's end
    (``1．王尧 596环``, ``圆．李尧渊辽宁冤 圆愿分源远秒``)."""
    number = "0-9\uff10-\uff19" + "".join(_lookalikes()[1])
    han = f"[{HAN_CLASS}]"
    note = f"[{BYLINE_OPEN}]{han}{{1,{ITEM_NOTE_LEN}}}[{BYLINE_CLOSE}]"  # (real or look-alikes)
    return re.compile(
        f"[{number}]{{1,3}}[{ITEM_STOPS}]({han}{{2,{ROSTER_NAME_LEN}}})(?:{note})?(?=[{_INLINE_SPACES}]|\r?\n|$)"
    )


def _item_name_at(text: str, index: int) -> tuple[int, str] | None:
    """Where the name holding ``text[index]`` starts, and the name, when it is the name of an
    item of a list of results (:func:`_item_name_re`: ``2．袁远 596环``, ``3．袁野（广东）
    29分``): the item's number before it and a space or the line's end after it leave no clause
    to mark, for a list's item starts with no comma and a name of two is no list; else None."""
    # (a number of three and its stop, then a name of three: no further back; a search back
    # to the line's start from every look-alike is quadratic on a long line)
    reach = max(0, index - ROSTER_NAME_LEN - 4)
    line_start = text.rfind("\n", reach, index) + 1
    if not line_start and reach:
        return None
    match = _item_name_re().match(text, line_start)
    if match is None or not match.start(1) <= index < match.end(1):
        return None
    return match.start(1), match.group(1)


def _titled_row(text: str, cell_start: int, cell: str) -> bool:
    """Whether the short cell ``cell`` starts its line and the next cell ends with a role or a
    noun for one: a row of a list of people, the name and then the post (``李尧 中国工程院院士
    清华大学教授``, ``王渊 研究员``), where a list of surnames would go on (王、 李院士: the
    surnames of two who share a title; 李、 院士 is no list)."""
    if cell_start and text[cell_start - 1] != "\n":
        return False
    at, first = _next_visible(text, cell_start + len(cell) - 1, 1)
    if at == cell_start + len(cell) or not is_han(first):
        return False  # (no space after the cell, or no hanzi after the space)
    end = at
    while end < len(text) and end - at <= ROSTER_POST_LEN and text[end] not in _CELL_EDGES:
        end += 1
    post = text[at:end]
    if post[0] in _commonest_surnames() and _is_role(post[1:]):
        return False  # (王、 李院士: a list of surnames that share the title)
    return 2 <= len(post) <= ROSTER_POST_LEN and _ends_with_any(post, _roles_and_role_nouns_by_length())


def _listed_surnames(text: str, cell_end: int, cell: str, index: int) -> bool:
    """Whether the roster's cell ``cell`` (ending at ``cell_end``) is a surname and the look-alike
    at ``index`` after it, and the next cell goes on with the list: a surname and the same
    look-alike or 等 (吴尧 王尧 李尧 张等同志: 吴、 王、 李、 张等)."""
    if len(cell) != 2 or index != 1:
        return False
    at, after = _next_visible(text, cell_end - 1, 1)
    return after in _surnames() and text[at + 1 : at + 2] in (cell[1], ETC)


#: A byline in parentheses at a line end (（陈杰袁志彬吴建秀）, （江西宜春地委袁志成）): the
#: parentheses and their look-alikes (渊 冤), and how many hanzi they hold at most.
BYLINE_OPEN, BYLINE_CLOSE = FULLWIDTH_LEFT_PAREN + "渊", FULLWIDTH_RIGHT_PAREN + "冤"
BYLINE_REACH: Final = 14
#: (a line ends before \n, \r\n or the text's end: a file with Windows line ends has bylines too)
_BYLINE_RE: Final = re.compile(f"[{BYLINE_OPEN}][{HAN_CLASS}]{{3,{BYLINE_REACH}}}[{BYLINE_CLOSE}](?=\\r?\\n|$)")


def _bylines(text: str, by_start: dict[int, _Candidate]) -> None:
    """A surname look-alike 袁 before a given name, inside parentheses that hold only hanzi and
    end a line, is in a byline of names (（陈杰袁志彬吴建秀）: People's Daily runs the names
    together), not a clause of its own: at most a doubt; unless the byline parts its names with
    commas (two look-alikes, or a common surname right after it). (``by_start``: every
    candidate by its start; the few bylines found by one regex.)"""
    if COMMA_LOOKALIKE not in text:
        return
    surnames = _commonest_surnames()
    for match in _matches_led_by(_BYLINE_RE, text, BYLINE_OPEN):
        first, last = match.start() + 1, match.end() - 1
        if match.group().count(COMMA_LOOKALIKE) > 1:
            continue  # （张伟袁李明袁王芳）: names parted by commas, not run together
        # (from the third hanzi on: （袁亚平） is read by the name evidence; in the byline only,
        # not in the text up to it: quadratic on a long text of bylines)
        for inside in _occurrences(text[first + 2 : last], COMMA_LOOKALIKE):
            start = first + 2 + inside
            cand = by_start.get(start)
            if cand is None or cand.evidence < DOUBT_FROM or not _name_like(text, cand.end):
                continue  # （见下表袁共三项）: no given name after 袁
            if text[cand.end] in surnames:
                continue  # （记者王强袁李明）: a full name after it, so 袁 parts two names
            cand.add_doubt(-TITLE_PENALTY, "in a byline of names in parentheses at a line end", EV_NAME)


#: What may stand before the first full name of a list (:func:`_last_of_listed_full_names`): a
#: mark, real or look-alike, or a word that a list of names follows (由张明、李尧主持).
LIST_ITEM_BOUNDS: Final = frozenset(ENUMERATION) | CLAUSE_STARTERS | LIST_LEADS


#: The numerals and counters of persons that count a list of names right after its last name
#: (冀尧峰、王尧、李尧三位同志, 张明、李尧二人, 王刚、李尧两名代表): the count follows the last
#: item with no mark between (、三位 would list a count as an item of names).
PERSON_COUNT_NUMERALS: Final = frozenset("二两三四五六七八九十几")
PERSON_COUNTERS: Final = frozenset("位名人")


def _count_of_persons(after: str) -> bool:
    """Whether ``after`` (two hanzi) counts persons: a numeral and a counter of persons (三位)."""
    return len(after) == 2 and after[0] in PERSON_COUNT_NUMERALS and after[1] in PERSON_COUNTERS


def _last_of_listed_full_names(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` ends a full name of two that closes a list of full names
    before what follows a name (``袁远、叶渊、李尧当选为``: 李、 would list one surname after full
    names): a common surname before it, the list's item before that a full name of two or
    three (a common surname, then hanzi of given names that make no word: 叶渊, 王文渊; after a
    mark or a word a list follows: LIST_ITEM_BOUNDS), and a verb, 等, what follows a name at
    a meeting or the count of the persons listed after it (由张明、李尧主持, 王尧、李尧三位同志).
    A list of surnames (张、王、李) or of words (黄金、白银、铜、铁) has no such item."""
    if index < 4 or text[index - 1] not in _commonest_surnames() or text[index - 2] not in ENUMERATION:
        return False
    after = text[index + 1 : index + 3]
    if not (
        text.startswith((*OFFICIAL_NAME_FOLLOWERS, ETC), index + 1)
        or _count_of_persons(after)
        or (len(after) == 2 and all(c not in _all_lookalikes() for c in after) and lexicon.starts_predicate(after))
    ):
        return False
    chars = _given_name_chars()
    for size in (2, 3):
        item = text[index - 2 - size : index - 2]
        bound = text[index - 3 - size : index - 2 - size]
        if (
            len(item) == size
            and (bound in ("", "\n") or bound in LIST_ITEM_BOUNDS or not is_han(bound))
            and item[0] in _commonest_surnames()
            and all(c in chars for c in item[1:])
            and not lexicon.is_word(item, min_freq=1)
        ):
            return True
    return False


def _in_listed_names(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` stands inside a full name of three in a list of such names
    (``王尧峰尧李尧臣``: 王尧峰、李尧臣): a surname before it, a hanzi that is no surname
    after it, and the next (or the last) item the same, a surname, 尧 and no surname, one
    enumeration comma away, one of the two surnames a common one (冀尧峰尧李尧臣); or the next a
    common surname and 尧 doubled (``冀尧峰尧王尧尧李尧``: no mark is written twice, so 王尧 is a
    name of the list, and the list one of full names). A list of single hanzi (江、河、湖,
    张、王、李) has no surname at every other place."""
    commas = ENUMERATION

    def name_at(at: int, surnames: frozenset[str]) -> bool:
        return (
            at >= 0
            and at + 2 < len(text)
            and text[at] in surnames
            and text[at + 1] in commas
            and is_han(text[at + 2])
            and text[at + 2] not in surnames
            and text[at + 2] not in _all_lookalikes()
        )

    def name_of_two_at(at: int) -> bool:  # (王尧尧, or 王尧、 where the second reads as the mark)
        return (
            text[at : at + 1] in _commonest_surnames()
            and text[at + 1 : at + 2] == ENUMERATION_LOOKALIKE
            and text[at + 2 : at + 3] in commas
        )

    surnames = _surnames()
    if not name_at(index - 1, surnames):
        return False
    common = _commonest_surnames()
    first_common = text[index - 1] in common
    if (
        index + 2 < len(text)
        and text[index + 2] in commas
        and (name_at(index + 3, common if not first_common else surnames) or name_of_two_at(index + 3))
    ):
        return True
    return index >= 5 and text[index - 2] in commas and name_at(index - 5, common if not first_common else surnames)


#: How far before a 尧 the item before it may start with the hanzi the item after it starts
#: with (管钱尧管物: 2; 再多的钱尧再大的利: 4).
PARALLEL_REACH: Final = 4
#: The numerals that count the two items of a list right after its second (童、叶二人).
TWO: Final = "二两"
#: Counters of the persons or countries a list of two counts (童、叶二人, 苏、埃两国), never
#: said after one full name (冀尧峰二人 is no person).
PAIR_COUNTERS: Final = "人位名者国"


def _items_of_two(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` between a surname and a hanzi that make no word (what
    :func:`_orphans` reads as a name: 冀尧峰) joins two items of a list all the same, by a
    shape no name has: the two items start alike (管钱尧管物, 再多的钱尧再大的利: the hanzi after
    尧 starts the item before it too, with a second hanzi in the same place where the items
    are longer than two), or a count of two persons or countries follows the item after it,
    with no list before (童尧叶二人, 苏尧埃两国; not 张明、李尧峰二人, where 尧 is a name's)."""
    head = text[index + 1 : index + 2]
    if not is_han(head):
        return False
    for reach in range(2, PARALLEL_REACH + 1 if head not in _all_lookalikes() else 2):
        start = index - reach
        if start < 0 or text[start] != head:
            continue
        item = text[start:index]
        if not all(is_han(c) and c not in _all_lookalikes() for c in item):
            break
        if reach == 2 or any(item[k] == text[index + 1 + k : index + 2 + k] for k in range(1, reach)):
            return True
    if index < 2 or text[index - 2] in ENUMERATION + ENUMERATION_LOOKALIKE:
        return False
    for size in (1, 2):
        item = text[index + 1 : index + 1 + size]
        count = text[index + 1 + size : index + 3 + size]
        if not all(is_han(c) and (c not in _all_lookalikes() or c in SURNAME_LOOKALIKES) for c in item):
            return False  # (童尧叶二人: 叶 the surname here)
        if len(count) == 2 and count[0] in TWO and count[1] in PAIR_COUNTERS:
            return True
    return False


#: What follows a full name as a clause goes on, besides a mark, a verb of speech and the name
#: followers of the table: 为首 (以袁晓峰为首), 同志, 时 and 这样 (像袁晓峰这样的).
NAME_FOLLOWERS_MORE: Final = ("为首", "同志", "这样", "时", "来", "要", "已经", "赶到", "老人")
#: Words before a full name that take it as their object, besides the verbs jieba tags (采访,
#: 聘请): prepositions and the like, which a clause seldom ends with (在袁明的建议下, 据袁红说).
NAME_OBJECT_LEADS: Final = frozenset(
    {"关于", "除了", "当", "据", "在", "为", "以", "对", "比", "像", "给", "问", "直到", "听说", "是", "有关"}
)
#: Verbs that take a clause as their object, so a comma often follows them (人们看到，刘旭的
#: 飞机…, 此间舆论界认为，…): no evidence for a name after them.
CLAUSE_OBJECT_VERBS: Final = frozenset(
    {
        *SPEECH, "认为", "觉得", "看到", "看", "报道", "知道", "发现", "听到", "想", "说明", "显示", "证明",
        "表明", "打开", "推开", "宣布", "承认", "希望", "相信", "估计", "预计", "指责", "回答", "问道", "看来",
    }
)  # fmt: skip
#: Adverbs that open a sentence and take no object, which jieba tags as predicates (d) all
#: the same: a comma follows them (首先，书的质量 ; 其实，丹尼患有; 当然，征文来稿).
SENTENCE_ADVERBS: Final = frozenset(
    {
        "首先", "其次", "其实", "当然", "相反", "随后", "然后", "另外", "此外", "同时", "因此", "总之",
        "例如", "比如", "显然", "果然", "后来", "最后", "接着", "于是", "而且", "确实", "可见", "从此",
    }
)  # fmt: skip
#: A word this common (jieba's count) that follows a 袁 starts a clause rather than being a
#: given name (明白 10,875, 晓得 1,373; 立新 51, 国庆 131 are names too), unless jieba tags it
#: a name (建国, 秀英).
NAME_WORD_FREQ: Final = 200
#: How many characters before the look-alike are segmented to find the word it follows.
OBJECT_LEAD_REACH: Final = 6


def _takes_name_object(head: str) -> bool:
    """Whether ``head`` (the text before a 袁) ends with a word that takes a name as its object:
    a verb jieba tags (采访, 聘请) with or without 了, or a preposition of NAME_OBJECT_LEADS; not
    a verb that takes a clause (认为, 看到: a comma often follows) nor an adverb that opens a
    sentence (首先, 其实)."""
    words = lexicon.best_segmentation(head)
    last = words[-1] if words else ""
    if last == "了" and len(words) > 1:
        last = words[-2]  # (a verb's: 采访了; no preposition takes 了)
    elif last in NAME_OBJECT_LEADS:
        return True
    return (
        len(last) >= 2
        and lexicon.starts_predicate(last)
        and last not in CLAUSE_OBJECT_VERBS
        and last not in SENTENCE_ADVERBS
    )


def _name_after_hanzi(text: str, surnames: list[_Candidate]) -> None:
    """``在袁明的建议下``, ``记者日前采访了袁晓峰，``, ``公司聘请袁军担任顾问``: after a verb or a
    preposition that takes a person as its object (and that the role and object tables do not
    list), a 袁 before what reads as a given name that makes no word (晓峰, 明) and then what
    follows a name (的 说 为首 同志, a mark, a verb) may be a surname as well as a comma before
    a clause that starts with a name-like pair: the evidence is split, so the look-alike stays
    and is reported. So too after what the lexicon does not tag a verb where the clause names
    another who bears the given name in full (张晓东战胜袁晓东: :func:`_namesake_in_clause`).
    (Not before a common surname: ，韩兵 is a full name after a comma.)"""
    punct, _, _ = _lookalikes()
    lookalikes = _all_lookalikes()
    chars = _given_name_chars()
    surnames_common = _commonest_surnames()
    _, followers, function = _name_words()
    named: dict[str, bool] = {}  # (a long text repeats its names: each looked up once)
    for cand in surnames:
        start = cand.start
        if (
            cand.hanzi != COMMA_LOOKALIKE
            or cand.end - start != 1
            or cand.evidence < DOUBT_FROM
            or not start
            or EV_NO_MARK in cand.kinds
            or EV_SURNAME in cand.kinds
        ):
            continue
        prev = text[start - 1]
        if not is_han(prev) or prev in lookalikes:
            continue  # (after a mark's look-alike, two marks side by side are read elsewhere)
        first = text[start + 1 : start + 2]
        if (
            first not in chars
            or first in function
            or first in lookalikes
            or first in surnames_common
            or _starts_no_given_name(first)
        ):
            continue
        name = _name_like(text, start + 1) or _place_named_person(text, start)
        if (
            not name
            and (text[start + 2 : start + 3] == POSSESSIVE or text.startswith(SPEECH, start + 2))
            and not _no_given_name_pair(text, start + 1)
        ):
            name = first  # (袁明的, 袁红说: _name_like reads no particle after a name of one; not ，总的来说)
        rest = start + 1 + len(name)
        after = text[rest : rest + 1]
        if len(name) == 2:
            if any(c in lookalikes for c in name) or (
                lexicon.frequency(name) >= NAME_WORD_FREQ and not lexicon.is_proper_name(name)
            ):
                continue  # (，明白 ，晓得 ，建设: a common word that starts a clause; 立新 国庆 秀英 may be names)
            if not (
                after in _NAME_END
                or after in punct
                or text.startswith(SPEECH, rest)
                or text.startswith(followers, rest)
                or text.startswith(NAME_FOLLOWERS_MORE, rest)
                or lexicon.starts_predicate(text[rest : rest + 2])
            ):
                continue
        elif name == first:
            if lexicon.is_word(text[start + 1 : start + 3], min_freq=1):
                continue  # (，明显 ，红色: the character starts a word)
            # one character: only before 的, speech or a mark that ends a clause (，占应还…,
            # ，便被…, ，美、欧: a clause starts with a verb, an adverb or a list)
            if not (
                after == POSSESSIVE
                or after in OBJECT_FOLLOWERS[:2]
                or text.startswith(SPEECH, rest)
                or (after in _NAME_END and after not in TITLE_LIST_MARKS)
            ):
                continue
        else:
            continue
        if not _takes_name_object(text[max(0, start - OBJECT_LEAD_REACH) : start]) and not (
            len(name) == 2 and _namesake_in_clause(text, start, name)
        ):
            continue  # (a verb jieba does not tag: 张晓东战胜袁晓东, the namesake's name in the clause)
        if (
            len(name) == 2
            and not (lexicon.is_place_name(name) and _person_verb_before(text, start))
            and _named_thing_of_the_text(text, name, named)
        ):
            continue
        why = f"after {prev}, before {name}, which reads as a given name: a surname or a comma (not sure)"
        cand.add_doubt(0.0, why, EV_NAME)


#: The placings and prizes of a results list, each followed by who won it (冠军袁媛，亚军叶丹;
#: 一等奖袁杰，二等奖叶辉).
PLACINGS: Final = (
    "冠军", "亚军", "季军", "第一名", "第二名", "第三名", "特等奖", "一等奖", "二等奖", "三等奖",
    "优秀奖", "金奖", "银奖", "铜奖",
)  # fmt: skip
#: What parts the items of a results list: a comma or the enumeration comma, real or garbled.
PLACING_SEPARATORS: Final = frozenset("，、" + COMMA_LOOKALIKE + ENUMERATION_LOOKALIKE)


def _placing_names(text: str, surnames: list[_Candidate]) -> None:
    """``冠军袁媛袁亚军叶丹``, ``一等奖袁杰袁二等奖叶辉``: a 袁 between a placing (PLACINGS) and a
    given name of one or two hanzi that the next placing follows across a comma is the surname of
    the winner: a results list names each placing's winner, and the comma's reading would leave
    the given name alone between two commas (冠军，媛，亚军), no clause. A doubt, reported.
    (Not 冠军袁钢研技校队获: no placing after the name; nor a place's name, a team's country or
    city: 冠军袁中国袁亚军 is 冠军，中国，亚军.)"""
    lookalikes = _all_lookalikes()
    for cand in surnames:
        start, end = cand.start, cand.end
        if (
            cand.hanzi != COMMA_LOOKALIKE
            or cand.evidence < DOUBT_FROM
            or EV_NO_MARK in cand.kinds
            or not text.endswith(PLACINGS, 0, start)
            or text.startswith(PLACINGS, end)  # (冠军，亚军，季军 lists the placings alone)
        ):
            continue
        for size in (1, 2):
            given = text[end : end + size]
            if len(given) < size or not all(is_han(c) and c not in lookalikes and c not in HAN_NUMERALS for c in given):
                break  # (a given name's hanzi, no numeral: 获一等奖，获二、三等奖 lists placings)
            if lexicon.is_place_name(given):
                break  # (a team's country or city wins as well: 冠军，中国，亚军，日本)
            if text[end + size : end + size + 1] in PLACING_SEPARATORS and text.startswith(PLACINGS, end + size + 1):
                cand.add_doubt(
                    0.0, f"after a placing, before {given} and the next placing: a results list's winner", EV_NAME
                )
                break


#: The last characters of the names of mountains, rivers and lakes (长江 黄山 泰山 洞庭湖), which
#: given names take (袁长江, 李泰山); a country's or a city's name (印度, 北京) names nobody.
NATURE_NAME_ENDS: Final = frozenset("山江河湖海峰川岭泉")


def _place_named_person(text: str, start: int) -> str:
    """The name of two of a mountain or a river (NATURE_NAME_ENDS) after the 袁 at ``start``
    where a verb with 了 or whose object is a person stands before it (他认识袁长江): parents name
    children after rivers and mountains (长江 黄山 泰山), and such a verb takes a person, so the
    pair reads as a given name however common the word; not a country's (邀请袁印度和巴基斯坦
    两国总理) ('' if none)."""
    pair = text[start + 1 : start + 3]
    if (
        len(pair) == 2
        and pair[1] in NATURE_NAME_ENDS
        and lexicon.is_place_name(pair)
        and _person_verb_before(text, start)
    ):
        return pair
    return ""


def _person_verb_before(text: str, start: int) -> bool:
    """Whether a verb with its aspect 了 or a verb whose object is a person (PERSON_OBJECT_VERBS)
    ends right before ``text[start]``: there a place's name after 袁 (泰山 黄山, given names too)
    is as likely a person's, however the text names the place elsewhere (泰山很高。他找到了袁泰山;
    质量可靠袁京东 has no such verb)."""
    words = lexicon.best_segmentation(text[max(0, start - OBJECT_LEAD_REACH) : start])
    return bool(words) and (words[-1] == PERFECTIVE or words[-1] in PERSON_OBJECT_VERBS)


def _named_thing_of_the_text(text: str, name: str, named: dict[str, bool]) -> bool:
    """Whether ``name`` (after a surname's look-alike) is the name of a thing that the text names
    elsewhere without such a look-alike before it (质量可靠袁京东的送货…京东加油): a proper name
    that jieba tags no person's and no given name of its full names holds (京东 东芝: a shop, a
    brand; not 建国 海洋 长春, given names too), so the look-alike before it is a comma. A place
    (jieba's ns: 泰山, but 京东 too) only where it starts a clause elsewhere, as a shop does
    (遥京东加油), not as the object of a verb (他找到了袁泰山，一起去爬泰山: a person's name).
    ``named`` keeps each answer for the text (one walk over a name's occurrences, not one per
    look-alike before it)."""
    if not lexicon.is_proper_name(name) or lexicon.is_person_name(name) or name in _word_given_names():
        return False
    alone = named.get(name)
    if alone is None:
        named[name] = alone = _named_alone(text, name, lexicon.is_place_name(name))
    return alone


def _named_alone(text: str, name: str, clause_start: bool) -> bool:
    """Whether ``name`` occurs in ``text`` with no surname's look-alike before it; with
    ``clause_start``, only where it starts a clause (the text's start, a line's, after a mark
    or a mark's look-alike other than SURNAME_LOOKALIKES)."""
    punct = _lookalikes()[0]
    found = text.find(name)
    while found >= 0:
        before = text[found - 1] if found else ""
        if before not in SURNAME_LOOKALIKES and (
            not clause_start or not before or not is_han(before) or before in punct
        ):
            return True
        found = text.find(name, found + 1)
    return False


#: Words that follow a reporter's or a photographer's name as speech follows a name
#: (记者袁一鸣报道, 记者袁明摄, 记者袁浩然发自北京).
REPORTS: Final = ("报道", "摄", "发自", "采写")
#: What follows a person as a clause goes on, besides a verb, a mark and the name followers:
#: 之后 and 以前 as adverbs (采访了袁建国之后), 等人 一家 夫妇 (会见了袁一鸣等人).
PERSON_POSTPOSITIONS: Final = ("之后", "以后", "以前", "之前", "等人", "一家", "夫妇", "一行")
#: A character of the function words (it starts clauses: ，一是 ，一直) that starts given
#: names all the same (一鸣 一帆 一凡), before a given-name character.
NAME_ONE: Final = "一"
#: Verbs whose object is a person (采访了袁建国, 会见袁一鸣), with or without 了; not any verb
#: jieba tags (接触，三方一致同意 ; 获悉，钢丝将…: a clause follows most verbs after a comma).
PERSON_OBJECT_VERBS: Final = frozenset(
    {
        "采访", "会见", "接见", "看望", "慰问", "拜访", "探望", "表扬", "表彰", "批评", "陪同", "邀请",
        "聘请", "感谢", "认识", "问候", "迎接", "送别", "鼓励", "帮助", "任命", "提拔", "奖励", "授予",
        "看见", "遇见", "碰见", "见到", "想念", "祝贺", "请教", "请", "派", "带", "陪", "找", "叫",
    }
)  # fmt: skip
WORD_NAMES_TABLE: Final = "given_names.tsv"


@functools.cache
def _word_given_names() -> frozenset[str]:
    """The two-character given names of jieba's full names (浩然 一鸣 明明), from
    mappings/given_names.tsv."""
    return frozenset(row[0] for row in read_tsv(WORD_NAMES_TABLE))


def _word_names(text: str, surnames: list[_Candidate]) -> None:
    """``后卫袁浩然表现出色``, ``记者袁一鸣报道``, ``采访了袁建国之后``, ``首先袁明发言``: after a
    role or a noun for a person, or a verb whose object is a person, a 袁 before a given name
    that is a word too (浩然 明明) or starts with 一 (一鸣) (:func:`_word_given_name`); after a
    role or an adverb that opens a sentence, before a given-name character that starts no
    common word (明发言, 明早就: :func:`_one_given_char`); and then what goes on after a name
    (:func:`_name_goes_on`): the comma reads as well as the surname, so the look-alike stays
    and is reported. (The comma stays before a common word: 记者，一直 ，明确目标 ，明天再说.)"""
    lead_ends, name_firsts = _lead_ends(), _name_firsts()
    for cand in surnames:
        start = cand.start
        if (
            not start
            or text[start - 1] not in lead_ends  # (the common case: one set lookup; all are hanzi)
            or text[start + 1 : start + 2] not in name_firsts
            or cand.hanzi != COMMA_LOOKALIKE
            or cand.evidence < DOUBT_FROM
            or EV_NO_MARK in cand.kinds
            or EV_SURNAME in cand.kinds
            or _event_after(text, start + 1)
        ):
            continue  # (a look-alike before it may end a role: 队员 ends with 员, the 1)
        lead = _person_lead(text[max(0, start - OBJECT_LEAD_REACH) : start])
        if not lead:
            continue
        name = "" if lead in SENTENCE_ADVERBS else _word_given_name(text, start + 1, _is_role(lead))
        if not (name and _name_goes_on(text, start + 3)):
            verb = lead.rstrip(PERFECTIVE) in PERSON_OBJECT_VERBS
            name = _one_given_char(text, start + 1, verb) if verb or lead in SENTENCE_ADVERBS or _is_role(lead) else ""
        if not name:
            continue
        why = f"after {lead}, before {name}, which may be a given name: a surname or a comma (not sure)"
        cand.add_doubt(0.0, why, EV_NAME)
    _familiar_before_verb(text, surnames)


def _familiar_before_verb(text: str, surnames: list[_Candidate]) -> None:
    """``朋友老袁蹲下身``, ``看见小袁跑了过来``: 老 or 小 after a noun for a person, a role or a
    verb whose object is a person (:func:`_person_lead`), before 袁 and a verb, is the familiar
    form of the surname as well as an adjective before a comma (孩子小，跑不快): at most a
    doubt. (A mark or a function word after 老袁 is read by :func:`_name_context`.)"""
    for cand in surnames:
        start = cand.start
        if (
            start < 2
            or text[start - 1] not in FAMILIAR
            or cand.hanzi != COMMA_LOOKALIKE
            or cand.evidence < DOUBT_FROM
            or EV_NO_MARK in cand.kinds
            or EV_SURNAME in cand.kinds
        ):
            continue
        head = text[max(0, start - OBJECT_LEAD_REACH - 1) : start]
        if lexicon.is_word(head[-2:], min_freq=1) or _adjective_familiar(head):
            continue  # (养老，看病 ; 规模较小，: 老 and 小 of a word or an adjective)
        lead = _person_lead(head[:-1])
        if len(lead) < 2 or lead in SENTENCE_ADVERBS:
            continue  # (携老带小，移居: a verb of one before 老 or 小 makes a phrase as often)
        verb = _verb_starts(text, start + 1)
        if not verb:
            continue
        why = f"after {lead}{head[-1]}, before the verb {verb}: a familiar name or a comma (not sure)"
        cand.add_doubt(0.0, why, EV_NAME)


def _lead_words() -> tuple[str, ...]:
    """What :func:`_person_lead` reads before a 袁: roles, role and person nouns, job titles,
    adverbs that open a sentence and verbs whose object is a person."""
    return (*_name_words()[0], *_role_nouns(), *_person_nouns(), *JOB_TITLES, *SENTENCE_ADVERBS, *PERSON_OBJECT_VERBS)


@functools.cache
def _lead_ends() -> frozenset[str]:
    """The last characters of :func:`_lead_words` and 了: the quickest test."""
    return frozenset(word[-1] for word in _lead_words()) | frozenset(PERFECTIVE)


@functools.cache
def _leads_by_length() -> tuple[tuple[tuple[int, frozenset[str]], ...], tuple[tuple[int, frozenset[str]], ...]]:
    """:func:`_lead_words`, and the verbs whose object is a person, by length (see
    :func:`_ends_with_any`)."""
    return _by_length(_lead_words()), _by_length(tuple(PERSON_OBJECT_VERBS))


@functools.cache
def _name_firsts() -> frozenset[str]:
    """The characters a given name read by :func:`_word_names` starts with: a quick test."""
    return frozenset(_given_name_chars()) | frozenset(name[0] for name in _word_given_names()) | frozenset(NAME_ONE)


def _is_role(word: str) -> bool:
    """Whether ``word`` is a role of the table, a role noun or a job title (记者, 团长, 教练)."""
    return word in _name_words()[0] or word in _role_nouns() or word in JOB_TITLES


def _person_lead(head: str) -> str:
    """The word that ends ``head`` (the text before a 袁) when a full name may follow it: a
    role, a job title or a noun for a person (记者, 教练, 后卫), a verb whose object is a
    person with or without 了 (采访了, 会见), or an adverb that opens a sentence (首先); ''
    if none."""
    leads, verbs = _leads_by_length()
    if not (_ends_with_any(head, leads) or (head.endswith(PERFECTIVE) and _ends_with_any(head[:-1], verbs))):
        return ""  # (set lookups first: most heads end with none, and segmenting costs)
    words = lexicon.best_segmentation(head)
    last = words[-1] if words else ""
    if _is_role(last) or last in _person_nouns() or last in SENTENCE_ADVERBS or last in PERSON_OBJECT_VERBS:
        return last
    if last == PERFECTIVE and len(words) > 1 and words[-2] in PERSON_OBJECT_VERBS:
        return words[-2] + last
    return ""


def _word_given_name(text: str, index: int, after_role: bool) -> str:
    """Two hanzi at ``index`` that may be a given name though they may make a word as well: a
    given name as :func:`_name_like` reads one (建国) but for a doubled character (大大 渐渐),
    or a given name of jieba's full names (浩然 明明 一鸣) that is no common word, or any of
    them ``after_role`` (厂长袁爱国: a role names the person who follows); '' if none. Not
    after an adverb that opens a sentence (于是，云娇面对…: a name starts a clause there), nor a
    full name (a common surname first), a role, a kinship word or the start of a set phrase
    (一鸣惊人)."""
    pair = text[index : index + 2]
    if len(pair) < 2 or not all(is_han(c) and c not in _all_lookalikes() for c in pair):
        return ""
    first, second = pair[0], pair[1]
    function = _name_words()[2]
    if first in _commonest_surnames() or second in function or second in NOT_NAME_ENDS:
        return ""
    if first in function and first != NAME_ONE:
        return ""
    seen = pair in _word_given_names() and (
        after_role or lexicon.frequency(pair) < NAME_WORD_FREQ or (first == second and _name_like(text, index) == pair)
    )  # (先生 姑娘 胜利: jieba's names hold common words too; 明明 doubles its character as names do)
    if first == NAME_ONE:
        seen = seen or (second in _given_name_chars() and not lexicon.is_word(pair, min_freq=1))  # (一帆)
    if not seen and (first in (second, NAME_ONE) or _name_like(text, index) != pair):
        return ""
    if pair in KINSHIP_DOUBLED or _no_given_name_pair(text, index) or _starts_with_any(text, index, _roles_by_length()):
        return ""
    return pair


#: Adverbs of aspect between a subject and its verb (正在打电话, 刚走): after a verb whose object
#: is a person, a given-name character before one and a verb is the person (看见袁明正在打电话);
#: a clause after a comma starts with its subject, not a lone given-name character.
ASPECT_ADVERBS: Final = ("正在", "正", "刚刚", "刚", "已经", "还在")
#: ... but not a noun of nature, time or light, which a clause after a comma starts with alone
#: as its subject (看见，天已经亮了; 看见，灯还在亮着; 看见，春正在悄悄来临), given name or not.
SCENE_NOUNS: Final = frozenset("天日星云风雨雪雷电春夏秋冬灯火水花草树山")


def _one_given_char(text: str, index: int, after_verb: bool) -> str:
    """A given-name character at ``index`` that is no verb or adverb (明, not 应 便 先) and
    makes no word with the next, or only a rare one where the next two make a word too (明发言;
    明早就, where 早就 is a word), before a verb of two or a verb of speech, or ``after_verb``
    whose object is a person before a verb of one it makes no word with (请袁明到医院来); ''
    if none (，明确 ，明天 ，一是 start clauses)."""
    char = text[index : index + 1]
    if (
        char not in _given_name_chars()
        or char in _name_words()[2]
        or char in _all_lookalikes()
        or char in _commonest_surnames()
        or lexicon.starts_predicate(char)
    ):
        return ""
    rest = index + 1
    word = lexicon.frequency(text[index : rest + 1])
    if word >= NAME_WORD_FREQ:
        return ""
    if text.startswith(SPEECH, rest) or text.startswith(REPORTS, rest):
        return char  # (明说 113, 明报 40: rare words, and a name before speech is common)
    if word and not lexicon.is_word(text[rest : rest + 2], min_freq=1):
        return ""
    if any(lexicon.is_word(text[index : index + size], min_freq=1) for size in (3, 4)):
        return ""  # (，美不胜收 ，顺理成章: the start of a set phrase)
    if lexicon.starts_predicate(text[rest : rest + 2]):
        return char
    if not (after_verb and not word):
        return ""
    adverb = next((a for a in ASPECT_ADVERBS if text.startswith(a, rest)), "")
    if adverb and char in SCENE_NOUNS:
        return ""
    if adverb:
        # (看见袁明正在打电话: the person seen, then what they were doing)
        verbs = lexicon.best_segmentation(text[rest + len(adverb) : rest + len(adverb) + OBJECT_LEAD_REACH])
        verb = verbs[0] if verbs else ""
        # (a verb-object word the lexicon tags as a noun, 打电话, by its verb: 打)
        predicate = lexicon.starts_predicate(verb) or lexicon.starts_predicate(verb[:1])
        return char if verb and verb not in _name_words()[2] and predicate else ""
    # After a verb whose object is a person (请袁明到医院来, 派袁明去北京): a verb of one as well
    # (not 是 在 有, function words that follow any noun)
    words = lexicon.best_segmentation(text[rest : rest + OBJECT_LEAD_REACH])
    verb = words[0] if words else ""
    return char if len(verb) == 1 and verb not in _name_words()[2] and lexicon.starts_predicate(verb) else ""


def _name_goes_on(text: str, at: int) -> bool:
    """Whether what stands at ``at`` goes on after a name: a mark or its look-alike, a verb of
    speech or report, a name follower, a verb (浩然表现, 明明扑出) or PERSON_POSTPOSITIONS."""
    after = text[at : at + 1]
    return (
        after in ("", "\n")
        or after in _NAME_END
        or after in _lookalikes()[0]
        or text.startswith(SPEECH, at)
        or text.startswith(REPORTS, at)
        or text.startswith(_name_words()[1], at)
        or text.startswith(NAME_FOLLOWERS_MORE, at)
        or text.startswith(PERSON_POSTPOSITIONS, at)
        or lexicon.starts_predicate(text[at : at + 2])
    )
