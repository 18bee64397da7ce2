"""The meter of regulated verse: a look-alike inside a line of a poem is a hanzi.

A poem of five or seven characters a clause (``海上生明月，天涯共此时。⏎情人怨遥夜，竟夕起相思。``)
garbled sets each clause between look-alikes of its marks. Read as a mark, a look-alike inside
a clause (怨遥夜: the 遥 of 遥夜, the long night) would cut it into pieces the meter has no
place for (情人怨。夜，); read as the hanzi, the clause has the stanza's length again. A reader
sees the stanza's meter at a glance; here it is counted: lines whose clauses all have five or
seven hanzi between marks show the meter, and a look-alike that joins pieces into exactly one
such clause, on a line among them, is a hanzi. Four-character clauses are
left out: news writes its slogans so (团结一致，艰苦奋斗), and a comma there is a comma.

A collection of poems credits each with a line that starts with a dash (``    -- 袁去华《剑器近》``):
what follows the dash is the author's name, never a mark but an opening one (:func:`_after_attribution_dash`).

Classical prose and verse (document._literary) set 《》 and （） only in pairs and write their
numbers in hanzi: there a lone look-alike of those marks (轻曳裾, 渊然) or one digit's between
hanzi (远人, 月圆) is the hanzi (:func:`_unpaired_in_literary`,
:func:`_lone_digits_in_literary`) unless a counter that ends its clause or a date counts it (番茄圆个袁,
远月员圆日: :func:`_counted_digit`); so are, in verse, a full stop's or a semicolon's look-alike inside a
title, or a colon's after its tune (叶归国遥曳, 叶女曰鸡鸣曳, 叶卜算子窑黄州定慧院寓居作曳: :func:`_stop_inside_title`),
a colon's that ends a word of a place with the hanzi before it or would leave one hanzi alone
beside it, after no label, and so in a book of songs or plays (深院静, 花院梨溶, 北院山亭:
:func:`_courtyard_in_verse`), and 遥 "far" in a word within one clause outside a numbered step
(一带遥相隔, 路遥归梦难成; in a book of plays, before the sky or the hills, 饮到遥天暮: :func:`_far_in_a_clause`).
In all literary text, a table of the words of verse and of the old plays that jieba lacks (院宇 院公
尧民 对浴: mappings/punct_shift_verse_words.tsv) keeps their look-alikes (:func:`_words_of_verse`),
and so does the sage king Yao as subject or object (唯尧则之: :func:`_sage_king`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Container
from typing import Final

from cleaner import lexicon
from cleaner.chars import (
    EM_DASH,
    FULLWIDTH_COLON,
    FULLWIDTH_COMMA,
    FULLWIDTH_EXCLAMATION,
    FULLWIDTH_QUESTION,
    FULLWIDTH_SEMICOLON,
    HORIZONTAL_BAR,
    IDEOGRAPHIC_COMMA,
    IDEOGRAPHIC_FULL_STOP,
    LEFT_BOOK_TITLE,
    LEFT_DOUBLE_QUOTE,
    MIDDLE_DOT,
    OPENING_PUNCT,
    RIGHT_BOOK_TITLE,
    RIGHT_DOUBLE_QUOTE,
    STOP_PUNCT,
    is_han,
)
from cleaner.stages.punct_shift.decide import DOUBT_FROM, EV_NO_MARK, EV_PAIRED, MARKER_FROM, _Candidate
from cleaner.stages.punct_shift.document import (
    CLAUSE_ENDS,
    _book_of_verse,
    _is_tune,
    _literary,
    _literary_or_book_of_verse,
    _song_headings,
    _verse_only,
)
from cleaner.stages.punct_shift.numbers import _month_days
from cleaner.stages.punct_shift.pairing import NAMING_VERBS, PAIR_FLOOR, SAYING_BEFORE_COLON
from cleaner.stages.punct_shift.reading import _line_starts_at
from cleaner.stages.punct_shift.table import (
    _INLINE_SPACES,
    _REAL_MARKS,
    CLOSE_QUOTE_LOOKALIKE,
    COLON_LOOKALIKE,
    COMMA_LOOKALIKE,
    CREDIT_DASH_RE,
    DASH_LOOKALIKE,
    ENUMERATION,
    ENUMERATION_LOOKALIKE,
    EXCLAMATION_LOOKALIKE,
    OPEN_QUOTE_LOOKALIKE,
    STOP_LOOKALIKE,
    TITLE_CLOSER_LOOKALIKE,
    TITLE_LOOKALIKE,
    _lookalikes,
    _places_of,
    per_text,
)
from cleaner.tables import read_tsv

#: The lengths of a clause of regulated verse (五言, 七言).
METERS: Final = (5, 7)
#: The longest clause of METERS: a line with a longer run of hanzi between marks is no verse.
LONGEST_METER: Final = max(METERS)
#: How many other lines of the stanza, near a line, must show its meter outright.
METER_WITNESSES: Final = 2
#: How far (in lines) a witness may stand from the line it vouches for.
STANZA_REACH: Final = 4
#: The penalty for a look-alike inside a clause of verse (as a line start's).
VERSE_PENALTY: Final = 8.0
#: The marks that end a clause of verse (their look-alikes part a garbled line's clauses).
CLAUSE_MARKS: Final = frozenset(STOP_PUNCT)


def _verse_meter(text: str, candidates: list[_Candidate]) -> None:
    """A clause mark's look-alike that joins the pieces around it into one clause of the
    stanza's meter (情人怨遥夜，), on a line near two lines of that meter, is the hanzi; the line's
    own other clause of that meter counts as one of them (:func:`_clause_shows_meter`)."""
    lines = _verse_sized_lines(text)
    if len(lines) <= METER_WITNESSES:
        return  # (the common case, prose: its lines are paragraphs)
    marks = {c.start: c for c in candidates if c.symbol in CLAUSE_MARKS and c.end - c.start == 1}
    readings = {number: _line_meter(text, start, end, marks) for number, start, end in lines}
    by_number = {line[0]: line for line in lines}
    for number, (meter, joined) in readings.items():
        if meter is None or not joined:
            continue
        # (the lines near it that show the meter outright, with no look-alike joined; and the
        # line itself where another clause of it does: a couplet's two lines have one length)
        around = range(number - STANZA_REACH, number + STANZA_REACH + 1)
        near_lines = sum(1 for near in around if near != number and readings.get(near) == (meter, []))
        if near_lines + _clause_shows_meter(text, by_number[number], marks, meter, joined) < METER_WITNESSES:
            continue
        for cand in joined:
            cand.add_doubt(
                -VERSE_PENALTY, f"inside a clause of {meter} hanzi, the meter of the verse around it", EV_NO_MARK
            )


def _clause_shows_meter(
    text: str, line: tuple[int, int, int], marks: dict[int, _Candidate], meter: int, joined: list[_Candidate]
) -> bool:
    """Whether another clause of ``line`` (as :func:`_line_meter` read it: of ``meter`` hanzi,
    ``joined`` the look-alikes inside its clauses) shows the meter of the one a single look-alike
    is joined into, which it parts unevenly (路人借问遥招手，怕得鱼惊不应人。: the couplet's second
    line has the first's length, and 。 would leave 路人借问 and 招手). Not where it parts the clause
    in halves: a ci sets two clauses of three after one of seven (弄春柔。动离忧，泪难收。), where
    the meter of seven is the line's, not the clause's. Only in verse or a book of songs
    (document._literary_or_book_of_verse): a modern list of short lines (a shop's reviews) writes a
    sentence of four and one of two beside one of seven (质量不错。好评，物流速度也很快。)."""
    if len(joined) != 1:
        return False
    _, start, end = line
    # (the hanzi of its pieces, between the marks and the look-alikes of marks: _line_meter's)
    han = sum(1 for at in range(start, end) if at not in marks and is_han(text[at]))
    at = joined[0].start
    if _piece_size(text, at - 1, -1, marks) == _piece_size(text, at + 1, 1, marks):
        return False
    # (han leaves out the joined look-alike: with it, the line holds two clauses of the meter)
    return (han + 1) // meter > 1 and _literary_or_book_of_verse(text)


#: The shortest and the longest line of verse read: two clauses of five with their marks, four
#: clauses of seven with theirs (and a line's indent around them).
VERSE_LINE_LEN: Final = (2 * (5 + 1), 4 * (7 + 1) + 8)


def _verse_sized_lines(text: str) -> list[tuple[int, int, int]]:
    """(number, start, end) of the lines of ``text`` as long as a line of verse may be."""
    shortest, longest = VERSE_LINE_LEN
    found, start = [], 0
    for number, line in enumerate(text.split("\n")):
        size = len(line.removesuffix("\r"))  # (the CR of a CRLF line end is no part of the line)
        if shortest <= size <= longest:
            found.append((number, start, start + size))
        start += len(line) + 1
    return found


def _line_meter(text: str, start: int, end: int, marks: dict[int, _Candidate]) -> tuple[int | None, list[_Candidate]]:
    """The meter of the line ``text[start:end]`` (5 or 7) and the look-alikes inside its clauses
    (none when it shows the meter outright), or (None, []) when it is no line of verse: two or
    more clauses, each of METERS hanzi, each ended by a mark or a look-alike of one."""
    while start < end and text[start] in _INLINE_SPACES:
        start += 1
    while end > start and text[end - 1] in _INLINE_SPACES:
        end -= 1
    if end == start or (end - 1 not in marks and text[end - 1] not in CLAUSE_MARKS):
        return None, []  # (a line of verse ends with its mark: a narrow column's line of prose does not)
    if not any(start + meter in marks or text[start + meter : start + meter + 1] in _REAL_MARKS for meter in METERS):
        return None, []  # (its first clause, whatever it joins, ends with a mark after 5 or 7 hanzi)
    # the pieces of hanzi between marks, and the look-alike (None: a real mark) after each
    pieces: list[tuple[int, _Candidate | None]] = []
    size = 0
    for at in range(start, end):
        char = text[at]
        cand = marks.get(at)
        if cand is not None or char in _REAL_MARKS:
            if cand is None and char not in CLAUSE_MARKS:
                return None, []  # (a title, a quotation: no line of verse)
            pieces.append((size, cand))
            size = 0
        elif is_han(char):
            size += 1
            if size > LONGEST_METER:
                # (a piece no meter holds: _clauses_of would join none; most lines of prose leave here)
                return None, []
        else:
            return None, []
    if len(pieces) < 2:
        return None, []
    for meter in METERS:
        joined = _clauses_of(pieces, meter)
        if joined is not None:
            return meter, joined
    return None, []


def _clauses_of(pieces: list[tuple[int, _Candidate | None]], meter: int) -> list[_Candidate] | None:
    """The look-alikes that join ``pieces`` into clauses of ``meter`` hanzi each, or None when no
    such joining exists (a real mark ends a clause, and so does a look-alike where the hanzi
    before it make one, and a comma's: 行路难，行路难，多歧路 is three and three, where a
    longer line of 古体 breaks in two; 袁 is no hanzi of verse)."""
    joined: list[_Candidate] = []
    size = 0
    for length, mark in pieces:
        size += length
        if size == meter:
            size = 0
        elif size < meter and mark is not None and mark.hanzi != COMMA_LOOKALIKE:
            joined.append(mark)
            size += 1  # (the look-alike is a hanzi of the clause: 不寝听金钥，)
        else:
            return None
    return joined if size == 0 else None


#: How far below the evidence of no mark a look-alike that starts the credited name is put.
ATTRIBUTION_PENALTY: Final = 6.0


def _after_attribution_dash(text: str, by_start: dict[int, _Candidate]) -> None:
    """A look-alike right after the dash that opens a line of credit (``-- 袁去华叶剑器近曳``)
    is the first hanzi of the author's name (the surname 袁, as in 袁去华): a dash stands for a
    mark and no mark follows it but one that opens a title or a quotation (``--《菜根谭》``),
    least of all at the start of a line. At most a doubt."""
    if "--" not in text and EM_DASH not in text and HORIZONTAL_BAR not in text and DASH_LOOKALIKE * 2 not in text:
        return  # (the common case: one str.find per dash)
    for match in CREDIT_DASH_RE.finditer(text):
        cand = by_start.get(match.end())
        if cand is None or cand.evidence < DOUBT_FROM or cand.symbol in OPENING_PUNCT:
            continue
        cand.add_doubt(-ATTRIBUTION_PENALTY, "starts the name after the dash of a line of credit", EV_NO_MARK)


def _between_hanzi(text: str, cand: _Candidate) -> bool:
    """Whether ``cand`` stands between two hanzi, where a word of them may hold it (轻曳裾,
    远人不服): a title's closer at a line's end (叶蝉曳⏎) is no such place."""
    return is_han(text[cand.start - 1 : cand.start]) and is_han(text[cand.end : cand.end + 1])


#: What ends a line: its break (LF, or CR of a CRLF text) or the text's end.
LINE_END: Final = frozenset(("\n", "\r", ""))


def _opener_ends_a_line(text: str, cand: _Candidate) -> bool:
    """Whether ``cand``, the look-alike of an opening mark (《 （), ends a line after a hanzi (汇成渊⏎)."""
    return (
        cand.symbol in OPENING_PUNCT
        and is_han(text[cand.start - 1 : cand.start])
        and text[cand.end : cand.end + 1] in LINE_END
    )


#: What follows 野 "the fields" where it ends a clause of verse (平野， 绣野， 四野，): the comma,
#: real or its look-alike 袁, and the full stop. An opening quotation mark never stands before
#: one: read as “, the 野 would leave 袁 the surname of a quotation's first word, which verse
#: opens so only after a colon or a verb of saying or naming (QUOTATION_INTROS), or as a name
#: quoted whole, which closes at once (QUOTED_NAME_REACH).
FIELD_CLAUSE_ENDS: Final = frozenset(FULLWIDTH_COMMA + IDEOGRAPHIC_FULL_STOP + COMMA_LOOKALIKE)
#: What stands before a quotation that opens on a name: the colon's look-alike (曰院野袁绍…), a verb
#: of saying or naming with no colon (称“袁氏世受国恩”, 问“袁郎…”), and 之, the object of one (谓之“袁公”).
QUOTATION_INTROS: Final = frozenset(COLON_LOOKALIKE + "之") | SAYING_BEFORE_COLON | NAMING_VERBS
#: How far after 野袁 a closing quotation mark, real or its look-alike, marks a name quoted whole
#: (用“袁安卧雪”事, 题“袁州道中”, 唤“袁公子”: the 袁 the surname, the 野 its “), before any clause
#: ends: the clause that 野 "the fields" ends is followed by another, not by a closer.
QUOTED_NAME_REACH: Final = 6
#: The marks whose look-alikes end the clause after 野袁 before a closer would come (绣野袁芳景如屏袁):
#: those that end a clause but the enumeration comma, whose look-alike 尧 a quoted name may hold.
_CLAUSE_MARKS: Final = CLAUSE_ENDS - {IDEOGRAPHIC_COMMA}


def _field_ends_a_clause(text: str, candidates: list[_Candidate]) -> None:
    """In verse or a book of songs (document._book_of_verse), a “ look-alike 野 right before a
    comma or a full stop, or the comma's look-alike, after a hanzi is the hanzi "the fields" that
    ends its clause (缃桃绣野袁芳景如屏, 风高四野袁): no quotation opens on a mark, nor in verse on
    the surname 袁 but after a colon or a verb of saying or naming (QUOTATION_INTROS) or as a name
    quoted whole (_quoted_name). Not in classical prose, whose histories quote names
    (称野袁氏世受国恩冶). Read before the pairs are: so read, it opens no quotation that would take a
    closer far off (人艳冶, 游冶处). At most a doubt."""
    fields = [c for c in candidates if c.hanzi == OPEN_QUOTE_LOOKALIKE and c.evidence >= PAIR_FLOOR]
    if not fields or not _book_of_verse(text):
        return
    for cand in fields:
        before, after = text[cand.start - 1 : cand.start], text[cand.end : cand.end + 1]
        if after not in FIELD_CLAUSE_ENDS or not is_han(before) or before in QUOTATION_INTROS:
            continue
        if after == COMMA_LOOKALIKE and _quoted_name(text, cand.end + 1):
            continue
        why = f"before {after}, which no quotation opens on: the fields end the clause"
        cand.add_doubt(-VERSE_PENALTY, why, EV_NO_MARK)


def _quoted_name(text: str, at: int) -> bool:
    """Whether a closing quotation mark or its look-alike 冶 follows ``at`` within
    QUOTED_NAME_REACH hanzi, before a mark or a look-alike of one that ends a clause (野袁州道中冶)."""
    punct = _lookalikes()[0]
    for char in text[at : at + QUOTED_NAME_REACH]:
        if char in (CLOSE_QUOTE_LOOKALIKE, RIGHT_DOUBLE_QUOTE):
            return True
        if not is_han(char) or punct.get(char, "") in _CLAUSE_MARKS:
            return False
    return False


#: The marks that classical prose and verse, as printed, set only in pairs: a title's 《》 and the
#: parentheses （）, whose look-alikes 叶 曳 渊 冤 are words of poems (翠叶, 轻曳裾, 深渊, 冤).
PAIRED_ONLY: Final = frozenset("《》（）")


def _unpaired_in_literary(text: str, candidates: list[_Candidate]) -> None:
    """In classical prose or verse, a look-alike of a title mark or a parenthesis that pairs with
    none is the hanzi (有察渊洗垢之精明, 休向侯门轻曳裾, 弗曳弗婁): a modern writer may leave a
    parenthetical open, a book of poems or classics does not, and there those hanzi are common
    words; so is an opener's look-alike at a line's end after a hanzi (万顷汇成渊⏎): a mark that
    opens ends no line of verse. Not in a book of songs or plays, which leave some of their stage
    directions open, after a sentence's end (遥渊老千户云袁哥哥…) or a hanzi (我且回去也渊下⏎):
    there no closer proves one. At most a doubt."""
    unpaired = [
        c
        for c in candidates
        if c.symbol in PAIRED_ONLY
        and c.evidence >= DOUBT_FROM
        and EV_PAIRED not in c.kinds
        and (_between_hanzi(text, c) or _opener_ends_a_line(text, c))
    ]
    if not unpaired or not _literary(text):
        return
    for cand in unpaired:
        cand.add_doubt(
            -VERSE_PENALTY, "pairs with nothing in classical prose or verse, which sets its pairs whole", EV_NO_MARK
        )


#: What makes the digit after it an ordinal number whatever the register (第4集: a modern
#: preface or list amid poems), as no hanzi after 第 is a look-alike of a digit in a word.
ORDINAL_PREFIX: Final = "第"
#: What makes the digit before it a number whatever follows: a counter of poems, volumes and
#: houses (原作共3首, 卷, 公园路5号), which no digit's look-alike comes before in a word of verse.
NUMBER_AFTER: Final = frozenset("号首卷")
#: The counters of things and rooms that a recipe, a prescription or a listing writes after its
#: figures, a book of recipes being written without 的 了 as verse is (番茄2个, 葱1根, 豆腐1块,
#: 煨姜3片, 川芎8克). Verse puts them after a digit's look-alike inside a line (所愿克堂构, 缘个事,
#: 黑甜圆个梦, 禽猿个个, 念远片心, 应缘克己, 陵远根才近: the 全唐诗), so they make the digit a number
#: only where the counter ends its clause (:func:`_ends_its_clause`), as a list's figure does
#: (番茄2个， 川芎8克，) and a line of verse never does: there the counter is a noun's first hanzi.
#: Not 只 两 把 头 岁 间, which make words of verse with the look-alikes (怨只怨, 惟愿两心, 愿把,
#: 源头, 愿岁并谢, 园间).
COUNTERS_OF_THINGS: Final = frozenset("个克勺根片块瓣罐枚颗朵室厅卫")
#: A month between a year and 月 (1986年5月): no word of verse is 年远月 or 年圆月. (Not 月
#: alone: 圆月 is the full moon; not 年 alone: 岁久年远.)
MONTH_AROUND: Final = ("年", "月")
#: 月, which a date's month comes before and its day after (6月8日: numbers._month_days).
MONTH: Final = "月"


def _counted_digit(text: str, cand: _Candidate) -> bool:
    """Whether the lone digit ``cand`` between hanzi is a number by the words around it (but not
    where it makes a word with a counter: 缘根, the root of a cause)."""
    before, after = text[cand.start - 1], text[cand.end]
    if after in NUMBER_AFTER or after in COUNTERS_OF_THINGS:
        counted = after in NUMBER_AFTER or _ends_its_clause(text, cand.end + 1)
        return counted and not lexicon.is_word(text[cand.start : cand.end + 1], min_freq=1)
    if MONTH in (before, after) and cand.start in _date_digits(text):
        return True  # (远月愿日, 远月员圆日: 6月8日, 6月12日; not 月远日何长, 岁月愿日日: no month's digit)
    return before == ORDINAL_PREFIX or (before, after) == MONTH_AROUND


def _ends_its_clause(text: str, at: int) -> bool:
    """Whether nothing of the clause follows ``text[at - 1]``: no hanzi at ``at``, or a look-alike of
    a mark or a digit (番茄圆个袁, 川芎愿克遥)."""
    punct, digits, _ = _lookalikes()
    char = text[at : at + 1]
    return not is_han(char) or char in punct or char in digits


@per_text
def _date_digits(text: str) -> frozenset[int]:
    """Where a month's or a day's digit look-alikes start in a date of both (numbers._month_days:
    a digit before 月 and one after it, then 日 or 号), cached per text."""
    return frozenset(_month_days(text))


#: What a digit comes before as a number (a unit, a count, a time) on a page that is a book of songs
#: by its headings alone: the page may be a modern one that lists tunes (a restaurant's rooms, a
#: school's unit of ci), and verse's 远人 愿天 are read as numbers there, as on main.
SONGBOOK_NUMBER_AFTER: Final = frozenset("人天年月日时点分秒楼层号名个位次场届期元岁折斤米克件张页首")


def _lone_digits_in_literary(text: str, numbers: list[_Candidate]) -> None:
    """In classical prose or verse, or a book of songs or plays (document._book_of_verse), one digit
    look-alike between two hanzi is the hanzi (故远人不服, 月圆时候, 数声啼鸟怨年华): they write their
    numbers in hanzi (三人, 九年), never in digits, so a lone digit there has no number around it to
    belong to. At most a doubt."""
    lone = [
        c
        for c in numbers
        if c.end - c.start == 1 and c.evidence >= DOUBT_FROM and _between_hanzi(text, c) and not _counted_digit(text, c)
    ]
    if not lone or not _literary_or_book_of_verse(text):
        return
    if not _literary(text):
        # (a book of songs only by its headings: its digit before a unit or a count is a number,
        # as a page listing tunes may be a modern one, 可容纳愿人, 约源分钟, 猿楼, 苑名同学)
        lone = [c for c in lone if text[c.end] not in SONGBOOK_NUMBER_AFTER]
    for cand in lone:
        cand.add_doubt(
            -VERSE_PENALTY,
            "one digit between hanzi in classical prose, verse or a book of songs, which write numbers in hanzi",
            EV_NO_MARK,
        )


#: The marks that end a sentence or part two of its clauses, which no name holds: a title holds
#: neither (a tune's name 楚天遥 归国遥 "far", a poem's 女曰鸡鸣 "the woman says").
NOT_IN_A_TITLE: Final = frozenset((IDEOGRAPHIC_FULL_STOP, FULLWIDTH_SEMICOLON))


def _stop_inside_title(text: str, candidates: list[_Candidate]) -> None:
    """In classical prose or verse, the look-alike of a full stop or a semicolon (NOT_IN_A_TITLE)
    inside a title that pairs on its line and holds no other clause mark (叶楚天遥过清江引曳,
    叶归国遥曳: the tunes 楚天遥, 归国遥, "far"; 叶女曰鸡鸣曳, the poem "the woman says: the cock
    crows") is the hanzi: a name holds no full stop and parts no clauses; so is a colon's look-alike
    after the interpunct that parts a tune from its title (叶卜算子窑黄州定慧院寓居作曳: :func:`_colon_after_a_tune`).
    (A title that holds a clause mark besides is a tune and its preface, or a poem quoted whole:
    《沁园春·寄辛承旨。时承旨招，不赴》.) At most a doubt."""
    titles = [c for c in candidates if c.symbol in (LEFT_BOOK_TITLE, RIGHT_BOOK_TITLE) and EV_PAIRED in c.kinds]
    if len(titles) < 2 or not _literary_or_book_of_verse(text):
        return
    marks = [c for c in candidates if c.symbol in CLAUSE_MARKS]
    starts = [c.start for c in marks]
    for opener, closer in itertools.pairwise(titles):
        if opener.symbol != LEFT_BOOK_TITLE or closer.symbol != RIGHT_BOOK_TITLE:
            continue
        inside = marks[bisect.bisect_left(starts, opener.end) : bisect.bisect_left(starts, closer.start)]
        title = text[opener.end : closer.start]
        if len(inside) != 1 or "\n" in title:
            continue
        if inside[0].symbol not in NOT_IN_A_TITLE and not _colon_after_a_tune(text, opener, inside[0]):
            continue
        if any(char in _REAL_MARKS for char in title) or inside[0].evidence < DOUBT_FROM:
            continue
        inside[0].add(-VERSE_PENALTY, "inside a title, which holds no full stop, semicolon or second label", EV_NO_MARK)
        inside[0].evidence = min(inside[0].evidence, DOUBT_FROM)


@functools.cache
def _middle_dots() -> frozenset[str]:
    """The interpunct and its look-alikes."""
    return frozenset({h for h, symbol in _lookalikes()[0].items() if symbol == MIDDLE_DOT} | {MIDDLE_DOT})


def _colon_after_a_tune(text: str, opener: _Candidate, cand: _Candidate) -> bool:
    """Whether ``cand`` is a colon's look-alike after the interpunct (or its look-alike) that parts
    a known tune (:func:`_is_tune`) from its title inside the title ``opener`` opens
    (卜算子·黄州定慧院寓居作): the interpunct has labelled the title, and a title is labelled once;
    院 there is the courtyard or the hall. Not after an interpunct that parts a book from its
    chapter (《史记·项羽本纪：鸿门宴》, whose colon labels again), nor one before the title, in a
    foreign author's name (尤瓦尔·赫拉利《人类简史：…》)."""
    if cand.symbol != FULLWIDTH_COLON:
        return False
    inside = text[opener.end : cand.start]
    dot = next((i for i, char in enumerate(inside) if char in _middle_dots()), None)
    return dot is not None and _is_tune(inside[:dot])


#: What a colon follows in verse before what is said (曰 云 道 问 答 言 说 语 歌 吟 叹 题 谓
#: 唱): there a lone hanzi before it is the one who speaks or the verb (曰：, 问：).
SPEECH_BEFORE_COLON: Final = frozenset("曰云道问答言说语歌吟叹题谓唱")


def _courtyard_in_verse(text: str, candidates: list[_Candidate]) -> None:
    """In verse or a book of songs or plays (document._book_of_verse), the colon's look-alike 院
    after a hanzi is the courtyard where it ends a word
    with the hanzi before it between hanzi (深院静, 满院落花, 小院新凉, 庭院深深: a place, whose
    院 closes the word; chinese-poetry dev, between hanzi, after no 道 说: 69 院 so, 5 colons, two
    of them labels, 德行： 文学：) or ends a ci's title after its tune (谒金门·春满院), or where, between hanzi,
    it would leave one hanzi alone between itself and the mark before or after it (花院梨溶 is
    花：梨溶 read so, 秋香院宇， is 秋香：宇，, 一院香。 is 一：香。): no line of verse labels one
    hanzi, nor says one, with a colon; but 曰： 问： (one who speaks) do, and the plays' speech
    says a list's first item or a cry of one hanzi after one (暗号：赤、赤、赤！, 叫一声：苦！,
    老夫人：呀，: :func:`_said_alone`). A label comes first (:func:`_label_before`: 注院方外之人,
    建议院每次, 做法院⏎ are 注： 建议： 做法：), and outside verse alone a role's name that labels its
    speaker in a book of plays (⏎旦：小生有礼了: :func:`_speaker_label`). The plays' books hold
    their courtyards as verse does (北院山亭, 墙边院边, 锁梨花院深; chinese-poetry dev: 5 院 so
    kept, 2 colons lost, one before a proverb after a place's word, 各西东：尽在不言中). At most
    a doubt."""
    colons = [c for c in candidates if c.hanzi == COLON_LOOKALIKE and c.evidence >= DOUBT_FROM]
    if not colons or not _book_of_verse(text):
        return
    parts = _clause_breaks(candidates)
    for cand in colons:
        at = cand.start
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        if not is_han(before) or before in SPEECH_BEFORE_COLON or _label_before(text, at, parts):
            continue
        if _speaker_label(text, at, parts) and not _verse_only(text):
            continue
        place = lexicon.is_word(text[at - 1 : at + 1], min_freq=1)
        if place and (is_han(after) or (after in ("", "\r", "\n") and _after_a_tune(text, at))):
            why = "ends a word of a place with the hanzi before it: 院 the courtyard"
        elif is_han(after) and (
            _piece_of_one(text, at - 1, -1, parts)
            or (_piece_of_one(text, at + 1, 1, parts) and not _said_alone(text, at + 1))
        ):
            why = "beside one hanzi alone in a line of verse: 院 the courtyard"
        else:
            continue
        cand.add_doubt(-VERSE_PENALTY, why, EV_NO_MARK)


#: What follows one hanzi that a colon introduces: the enumeration comma after a list's first item
#: (四时：春、夏, 暗号：赤、赤、赤) and the exclamation after a cry (叫一声：苦！), real or their
#: look-alikes. The plays' speech writes both; a lone hanzi before them is no sign of the courtyard.
SAID_ALONE_BEFORE: Final = frozenset(
    (IDEOGRAPHIC_COMMA, ENUMERATION_LOOKALIKE, FULLWIDTH_EXCLAMATION, EXCLAMATION_LOOKALIKE)
)
#: The interjections that open a speech of the plays alone before a comma (老夫人：呀，孩儿;
#: 老院公：喏，理会的; 叫一声：唉，): a cry, said by itself, no hanzi of a line beside the courtyard.
INTERJECTIONS: Final = frozenset("呀喏唉咳嗨哎噫嗟咦呸啐哦嗯咄嗳嗄兀")
#: The comma, real or its look-alike, that follows a cry of INTERJECTIONS.
COMMA_AFTER_A_CRY: Final = frozenset((FULLWIDTH_COMMA, COMMA_LOOKALIKE))
#: The role names of the old plays (生 the young man, 旦 the woman, 净 the painted face, 末 the
#: older man, 丑 the clown, 外 the old man, 贴 the second woman, 杂 the extras, 众 all): a
#: speaker's label before a colon where one stands alone at a line's start, after a space or a mark
#: (⏎旦：小生有礼了, the cast list 生：张君瑞　旦：崔莺莺).
ROLE_NAMES: Final = frozenset("生旦净末丑外贴杂众")


def _said_alone(text: str, at: int) -> bool:
    """Whether the hanzi ``text[at]`` is a list's first item or a cry (SAID_ALONE_BEFORE follows
    it), or an interjection before a comma (INTERJECTIONS, COMMA_AFTER_A_CRY)."""
    after = text[at + 1 : at + 2]
    return after in SAID_ALONE_BEFORE or (text[at] in INTERJECTIONS and after in COMMA_AFTER_A_CRY)


def _speaker_label(text: str, at: int, parts: set[int]) -> bool:
    """Whether the hanzi before ``text[at]`` is a role's name (ROLE_NAMES) standing alone (at its
    line's start, after a space or a mark: :func:`_piece_of_one`): a speaker's label in a book of
    plays, whose colon ``text[at]`` is (⏎旦：, 　贴：, ，生：好，好，好)."""
    return text[at - 1] in ROLE_NAMES and _piece_of_one(text, at - 1, -1, parts)


#: How many hanzi a label before a colon at a line's start has in a modern text that reads as
#: verse (a recipe's, a listing's, a product sheet's: 做法： 建议： 售后： 注意事项： 联系方法：): a
#: word of two or four. Verse opens a line with one or three before 院 of a place (深院静,
#: 梨花满院, 风回小院; chinese-poetry dev: 0 of 72 after two or four).
LABEL_SIZES: Final = (2, 4)


def _label_before(text: str, at: int, parts: set[int]) -> bool:
    """Whether the hanzi before ``text[at]`` label its line: one of LINE_LABELS at the line's
    start before more than one hanzi (注：此诗作于…), or LABEL_SIZES hanzi from the line's start
    (建议院每次使用后, 做法院⏎) with no look-alike read as a mark among them."""
    if text[at - 1] in LINE_LABELS and _line_starts_at(text, at - 1) and not _piece_of_one(text, at + 1, 1, parts):
        return True
    return any(
        at >= size
        and _line_starts_at(text, at - size)
        and all(is_han(text[j]) and j not in parts for j in range(at - size, at))
        for size in LABEL_SIZES
    )


def _after_a_tune(text: str, at: int) -> bool:
    """Whether the hanzi before ``text[at]`` follow an interpunct or its look-alike on their line:
    a ci's title after its tune (谒金门·春满院), which no colon ends."""
    dots = {h for h, symbol in _lookalikes()[0].items() if symbol == MIDDLE_DOT} | {MIDDLE_DOT}
    j = at - 1
    while j >= 0 and is_han(text[j]) and text[j] not in dots:
        j -= 1
    return j >= 0 and text[j] in dots


#: What labels a line of notes around poems with a colon (注： 序： 评： 附： 按： 跋： 译： 释：
#: 题：): one hanzi at the line's start before a longer piece; no line of verse starts so with
#: them before 院 (深院静， 小院闲窗: 深 小 are no labels).
LINE_LABELS: Final = frozenset("注序评附按跋译释题")


def _piece_of_one(text: str, at: int, step: int, parts: set[int]) -> bool:
    """Whether the hanzi ``text[at]`` stands alone: a mark (real, or a look-alike in ``parts``),
    a line's edge (LF, or the CR of a CRLF) or a space right beyond it (``step`` -1: before it; 1: after it)."""
    beyond = at + step
    if not 0 <= beyond < len(text):
        return True
    char = text[beyond]
    return beyond in parts or char in _REAL_MARKS or char in "\r\n" or char in _INLINE_SPACES


#: What 遥 "far" comes before in a word of classical verse: a noun of the distant
#: sky, hills or night (遥天 遥山 遥峰 遥岑 遥空 遥夜) or a verb of seeing, hearing, thinking or
#: facing across a distance (遥望 遥见 遥看 遥闻 遥听 遥想 遥忆 遥思 遥知 遥认 遥指 遥怜 遥寄,
#: 遥相望 遥隔 遥对 遥授). Modern dictionaries lack most of them (jieba: 遥望 遥想 遥指 only).
FAR_BEFORE: Final = frozenset("天山峰岑空夜望见看闻听想忆思知认指怜寄相隔对授")
#: What 遥 "far" follows as the predicate of a noun of distance (路遥 水遥 山遥 天遥 途遥 程遥 梦遥).
FAR_AFTER: Final = frozenset("路水山天途程梦")
#: The particles that end a sentence of classical prose, which verse quotes (谄也。见义不为): a
#: full stop follows them.
SENTENCE_FINAL_PARTICLES: Final = frozenset("也矣焉哉乎耳")
#: The longest piece of hanzi, beside a full stop, that a clause of verse leaves alone so rarely
#: that 遥 there is read "far" (一带遥相隔 is 一带。相隔 read as a mark: two pieces of two, where
#: a 词 sets its short clauses in threes, 春且住。见说道; the chinese-poetry dev part and the
#: fortunes' poems: 。 so before one of FAR_BEFORE or after one of FAR_AFTER 2 times, 遥 44; the
#: held-out Song ci, scored only: 26 real 遥 fewer changed, 15 full stops more left as doubts).
SHORT_PIECE: Final = 2


def _clause_breaks(candidates: list[_Candidate]) -> set[int]:
    """Where a look-alike read as a clause's mark (a marker's evidence) parts the pieces of a line:
    asked afresh by each rule, as the rules before it may have changed the evidence."""
    return {c.start for c in candidates if c.symbol in CLAUSE_MARKS and c.evidence >= MARKER_FROM}


def _far_in_a_clause(text: str, candidates: list[_Candidate]) -> None:
    """In verse, the full stop's look-alike 遥 in a word of "far" (FAR_BEFORE,
    FAR_AFTER) that would leave a piece of SHORT_PIECE hanzi or fewer beside it, and that read as
    a hanzi joins its pieces into one clause no longer than a clause of verse (一带遥相隔,
    雁响遥天玉漏清, 路遥归梦难成, 水遥山远): a full stop would end a sentence of one or two hanzi
    or start one, which verse does not write beside these words, while the word binds 遥 to the
    hanzi beside it. Not in classical prose, which writes sentences of one hanzi (妄作，凶。知常容).
    In a book of songs or plays whose spoken lines make it no verse by its words, only 遥 after a
    noun of distance that starts its clause (山遥水阔, 路遥人又远): the speech starts its sentences
    with 天 想 指 见 相公 (。天呵， 。相公，), as verse does not. At most a doubt."""
    stops = [c for c in candidates if c.hanzi == STOP_LOOKALIKE and c.end - c.start == 1 and c.evidence >= DOUBT_FROM]
    if not stops or not _book_of_verse(text):
        return
    verse = _verse_only(text)
    far_before = FAR_BEFORE if verse else FAR_SKY_AND_HILLS
    parts = _clause_breaks(candidates)
    for cand in stops:
        at = cand.start
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        if not is_han(before) or not is_han(after) or before in SENTENCE_FINAL_PARTICLES:
            continue
        if (after not in far_before and before not in FAR_AFTER) or _in_a_numbered_item(text, at):
            continue
        left, right = _piece_size(text, at - 1, -1, parts), _piece_size(text, at + 1, 1, parts)
        if min(left, right) > SHORT_PIECE or left + 1 + right > LONGEST_METER:
            continue
        if not verse and not (before in FAR_AFTER and left <= 1) and not _far_sky_sung(text, at, right):
            # (in the plays' books, the noun of distance starts its clause, 山遥水阔; the speech
            # ends its sentences with one after a verb, 喝水。下山。)
            continue
        cand.add_doubt(-VERSE_PENALTY, "遥 far in a word of verse, within one clause", EV_NO_MARK)


#: The nouns of the distant sky and hills that 遥 "far" comes before in the sung lines of the plays
#: (遥天 遥山 遥岑 遥峰: 饮到遥天暮, 冬雪老遥岑). Not 空, also the adverb "in vain" that opens
#: clauses there (空望断, 空教).
FAR_SKY_AND_HILLS: Final = frozenset("天山岑峰")
#: The longest sentence after a full stop that a play's speech starts with those nouns.
SPOKEN_SKY_LONGEST: Final = 3
#: The particles that end the plays' spoken sentences and exclamations (天呵 天那 天晚了 山也).
SPEECH_PARTICLES: Final = frozenset("了也呵哪那哩么呀啊罢")


def _far_sky_sung(text: str, at: int, right: int) -> bool:
    """Whether the full stop's look-alike at ``at`` is 遥 "far" before the sky or the hills in a
    book of plays (遥天暮 遥山千叠 遥岑): the speech starts a short sentence with 天 or 山 only in
    an exclamation or with a particle of speech after it (天呵， 天晚了。 SPEECH_PARTICLES), or in
    a word (天下 天色 山上: the lexicon), and a sentence of SPOKEN_SKY_LONGEST hanzi or fewer."""
    if text[at + 1] not in FAR_SKY_AND_HILLS or right > SPOKEN_SKY_LONGEST:
        return False
    if lexicon.is_word(text[at + 1 : at + 3], min_freq=1):
        return False
    return text[at + right] not in SPEECH_PARTICLES and text[at + 2 : at + 3] not in SPEECH_PARTICLES


#: What follows a list's number at a line's start (1． 2. 3、 and the look-alikes of ． and 、).
ITEM_NUMBER_ENDS: Final = frozenset("．.、")
#: The most digits a list's number has (1． to 999．).
ITEM_NUMBER_DIGITS: Final = 3


def _in_a_numbered_item(text: str, at: int) -> bool:
    """Whether the line of ``text[at]`` starts with a list's number (缘．加水遥见开即可, 远．上山遥看日出):
    a recipe's or a guide's step, whose sentences of two hanzi (加水。) are prose; verse writes
    no figure, least of all before its lines."""
    punct, digits, point = _lookalikes()
    ends = ITEM_NUMBER_ENDS | {point} | {h for h, symbol in punct.items() if symbol in ITEM_NUMBER_ENDS}
    start = text.rfind("\n", 0, at) + 1
    while start < at and text[start] in _INLINE_SPACES:
        start += 1
    size = 0
    while start + size < at and (text[start + size] in digits or text[start + size].isdigit()):
        size += 1
    return 0 < size <= ITEM_NUMBER_DIGITS and text[start + size] in ends


def _piece_size(text: str, at: int, step: int, parts: Container[int]) -> int:
    """How many hanzi run from ``text[at]`` (``step`` -1: backwards; 1: forwards) to a mark
    (real, or a look-alike in ``parts``), a line's edge or anything else that is no hanzi
    (counted up to LONGEST_METER + 1: a longer piece is no clause of verse either way)."""
    size = 0
    while 0 <= at < len(text) and size <= LONGEST_METER and at not in parts and is_han(text[at]):
        size += 1
        at += step
    return size


#: The words of classical verse and prose and of the old plays that hold a look-alike as the
#: hanzi (院宇 院公 尧民 对浴 遥授 字曰), read so only in a literary text.
VERSE_WORDS_TABLE: Final = "punct_shift_verse_words.tsv"


@functools.cache
def _verse_words_re() -> re.Pattern[str]:
    """The words of VERSE_WORDS_TABLE, longest first."""
    words = sorted((row[0] for row in read_tsv(VERSE_WORDS_TABLE)), key=lambda w: (-len(w), w))
    return re.compile("|".join(map(re.escape, words)))


def _in_a_list_of_one_hanzi(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a word of 尧 (尧汤 尧禹 尧民) that stands in a list of items of one
    hanzi each: classical prose lists the sage kings and the estates so (尧、舜、禹、汤; 君、臣、民),
    and there 尧汤 尧禹 尧民 are 、汤 、禹 、民, an item after the one hanzi before it. Known by a
    list's mark (or its look-alike) before that one hanzi or after the word (舜尧禹尧汤, 唐尧尧禹尧汤)."""
    if text[start : start + 1] != ENUMERATION_LOOKALIKE:
        return False
    before = text[start - 2 : start - 1] if start >= 2 else ""
    return any(mark in ENUMERATION for mark in (before, text[end : end + 1]) if mark)


#: The length of a phrase said twice around a mark, a cry or a call (天也、天也, 苦也，苦也).
REPEATED_PHRASE: Final = 2


def _between_repeats(text: str, at: int) -> bool:
    """Whether the same phrase of REPEATED_PHRASE hanzi stands right before and right after
    ``text[at]``: a cry or a call said twice with a mark between (天也尧天也 is 天也、天也), where
    the word the look-alike would make with what follows it (尧天) is the repetition's."""
    phrase = text[at - REPEATED_PHRASE : at] if at >= REPEATED_PHRASE else ""
    return all(map(is_han, phrase)) and phrase == text[at + 1 : at + 1 + REPEATED_PHRASE] != ""


def _words_of_verse(text: str, by_start: dict[int, _Candidate]) -> None:
    """In classical prose or verse (document._literary), a look-alike inside a word of
    VERSE_WORDS_TABLE (院宇 the courtyard's halls, 院公 the old servant, 尧民 Yao's people, 对浴
    bathing) is the hanzi: those texts write the words, and the mark reading makes no sense there
    (：宇 、民 ！凫). Not where a hanzi at the word's edge makes a dictionary word with the one beyond
    it (院宇宙 is ：宇宙, 尧年来 、年来, 院君子 ：君子), nor in a list of items of one hanzi
    (:func:`_in_a_list_of_one_hanzi`: 舜、禹、汤), nor between a phrase said twice (天也、天也:
    :func:`_between_repeats`), nor where it pairs with a closer, nor a colon's
    look-alike that starts the word after a verb of saying (SPEECH_BEFORE_COLON: 曰院君言谬矣 is
    曰：君言谬矣, what is said), nor one that ends the word before no hanzi (一个矜字曰⏎ is 字；: the
    word says what follows it, 字曰灵均). At most a doubt."""
    matches = list(_verse_words_re().finditer(text))
    if not matches or not _literary_or_book_of_verse(text):
        return
    for match in matches:
        start, end = match.span()
        if (start and lexicon.is_word(text[start - 1 : start + 1], min_freq=1)) or lexicon.is_word(
            text[end - 1 : end + 1], min_freq=1
        ):
            continue
        if _in_a_list_of_one_hanzi(text, start, end) or _between_repeats(text, start):
            continue
        for at in range(start, end):
            cand = by_start.get(at)
            if cand is None or cand.evidence < DOUBT_FROM or cand.end - cand.start != 1 or EV_PAIRED in cand.kinds:
                continue
            if at == start and cand.hanzi == COLON_LOOKALIKE and text[at - 1 : at] in SPEECH_BEFORE_COLON:
                continue
            if at == end - 1 and not is_han(text[at + 1 : at + 2]):
                continue
            cand.add_doubt(-VERSE_PENALTY, f"in the word {match.group()} of verse ({VERSE_WORDS_TABLE})", EV_NO_MARK)


#: What the sage king 尧 comes after in classical prose and verse, where no item of a list ends:
#: 唯 惟 "only", which qualify what follows them (唯尧则之), and 非 "is not", which needs its
#: predicate (非尧不仁: not Yao's unkindness). No list's item is 唯、 or 非、 but one of one hanzi.
YAO_AFTER: Final = frozenset("唯惟非")
#: What 尧 comes before as a subject: 之, the particle that joins a noun to what it governs or
#: makes a clause of it (尧之为君也, 尧之都), and 则 "then, takes as a model" (唯尧则之); no item
#: of a list starts with either. Not 非 "is not", which starts items (非乐、非命、兼爱、非攻).
YAO_BEFORE: Final = frozenset("之则")
#: The verbs whose object verse and the classics make the sage king the measure of a ruler's virtue:
#: surpass, match, praise, emulate (德过尧， 功逾尧。 桀犬吠尧，). Read only where Yao ends the clause:
#: 、 never stands before ， or 。. Between hanzi each may be an item of one hanzi of a list
#: (文有赞、颂二体, 可敬可慕、可亲可近), so 赞尧仁 is left as it reads.
YAO_OBJECT_VERBS: Final = frozenset("过比逾赞颂法慕吠")
#: What ends the clause after Yao the object (德过尧，): a comma or a full stop, real or its look-alike.
YAO_CLAUSE_ENDS: Final = frozenset(FULLWIDTH_COMMA + IDEOGRAPHIC_FULL_STOP + COMMA_LOOKALIKE + STOP_LOOKALIKE)


def _sage_king(text: str, by_start: dict[int, _Candidate]) -> None:
    """In classical prose or verse, or a book of songs or plays, the enumeration comma's look-alike
    尧 after a word that qualifies what follows it (YAO_AFTER: 唯尧则之, 非尧不仁) or before a
    particle that follows a subject (YAO_BEFORE: 大哉尧之为君也) is the sage king Yao, whom those
    texts name as subject and object (尧 舜 禹 汤): 、 would part items of a list where none can
    end or start; so is 尧 after a verb that takes him as its object (YAO_OBJECT_VERBS: 圣德过尧袁)
    at the end of its clause, where 、， would stand side by side.
    Not in a list of items of one hanzi (是尧非尧曲: 是、非、曲), nor after a word of two
    hanzi, an item of a list (是非 无非 赏罚: 明是非、辨同异, 赏罚、则令行). At most a doubt."""
    yaos = [
        c
        for at, c in by_start.items()
        if c.hanzi == ENUMERATION_LOOKALIKE
        and c.evidence >= DOUBT_FROM
        and c.end - at == 1
        and (_between_hanzi(text, c) or _object_ends_a_clause(text, at))
    ]
    if not yaos or not _literary_or_book_of_verse(text):
        return
    for cand in yaos:
        at = cand.start
        if text[at - 1] not in YAO_AFTER and not _object_ends_a_clause(text, at) and text[at + 1] not in YAO_BEFORE:
            continue
        if at >= 2 and lexicon.is_word(text[at - 2 : at]):
            continue  # (a word before it, which an item may be: 明是非、辨同异, 无非、亦无是, 赏罚、则)
        ends_clause = _object_ends_a_clause(text, at)  # (then no item follows: a clause's mark does)
        if any(_enumerates(text, by_start, beyond) for beyond in (at - 2, at + 2)[: 1 if ends_clause else 2]):
            continue  # (an item of one hanzi on either side: a list of them)
        cand.add_doubt(-VERSE_PENALTY, "the sage king Yao, as subject or object in classical text", EV_NO_MARK)
    _yao_named_again(text, by_start)


def _yao_named_again(text: str, by_start: dict[int, _Candidate]) -> None:
    """The 尧 right after the mark that ends a clause of Yao the object (:func:`_object_ends_a_clause`:
    桀犬吠尧袁尧非不仁, the proverb and its gloss) where that first 尧 is read as the hanzi: the next
    clause names him again as its subject, and 、 never follows the ， or 。 that ends his clause.
    At most a doubt. (Called in a literary text only.)"""
    for at in _places_of(text, ENUMERATION_LOOKALIKE):
        again = by_start.get(at + 2)
        if again is None or again.hanzi != ENUMERATION_LOOKALIKE or again.evidence < DOUBT_FROM:
            continue
        first = by_start.get(at)
        if (first is not None and first.evidence > DOUBT_FROM) or not _object_ends_a_clause(text, at):
            continue  # (the first 尧 still read as a mark, or no verb takes Yao as its object)
        again.add_doubt(-VERSE_PENALTY, "the sage king Yao named again after the mark that ends his clause", EV_NO_MARK)


def _enumerates(text: str, by_start: dict[int, _Candidate], at: int) -> bool:
    """Whether ``text[at]`` is the enumeration comma, or its look-alike not yet read as the hanzi
    (桀犬吠尧袁尧非不仁: the first 尧, Yao the object, parts no list from the second)."""
    if not 0 <= at < len(text) or text[at] not in ENUMERATION:
        return False
    cand = by_start.get(at)
    return text[at] != ENUMERATION_LOOKALIKE or cand is None or cand.evidence >= DOUBT_FROM


def _object_ends_a_clause(text: str, at: int) -> bool:
    """Whether 尧 at ``at`` follows a hanzi of YAO_OBJECT_VERBS and ends its clause (德过尧袁)."""
    return is_han(text[at - 1 : at]) and text[at - 1] in YAO_OBJECT_VERBS and text[at + 1 : at + 2] in YAO_CLAUSE_ENDS


#: The opening marks whose look-alikes (野 叶) are a poem's first hanzi where its first line
#: repeats its heading: the quotation's and the title's.
HEADING_OPENERS: Final = frozenset((LEFT_DOUBLE_QUOTE, LEFT_BOOK_TITLE))
#: How many hanzi of a heading the first line must repeat at least, its look-alike with them (野有蔓草),
#: and how far before it the heading may stand (the heading, the book's part, a note: a few lines).
HEADING_WORDS_MIN: Final = 4
HEADING_REACH: Final = 200
#: What a heading starts after: a line's start, white space, a title's opener (or its look-alike)
#: or an interpunct (or its look-alike: 国风窑郑风); what it ends before: a line's end or a title's
#: closer (or its look-alike).
HEADING_BEFORE: Final = frozenset("\n \t\u3000" + LEFT_BOOK_TITLE + TITLE_LOOKALIKE)
HEADING_AFTER: Final = frozenset(("\n", "\r", "", RIGHT_BOOK_TITLE, TITLE_CLOSER_LOOKALIKE))


def _first_line_repeats_its_heading(text: str, by_start: dict[int, _Candidate]) -> None:
    """In classical prose or verse, the look-alike of an opening mark (野 “, 叶 《) that starts a
    line whose words up to the next look-alike are a heading's just before it, on a line of its
    own or in a title's marks (野有蔓草⏎国风窑郑风⏎野有蔓草袁零露漙兮; 叶…郑‧ 野有蔓草曳⏎⏎野有蔓草袁):
    the Shijing and the old anthologies name a poem by its opening words, so the line opens on
    the heading's hanzi, not on a quotation or a title. At most a doubt."""
    punct = _lookalikes()[0]
    openers = [
        c
        for c in by_start.values()
        if c.symbol in HEADING_OPENERS
        and c.evidence >= DOUBT_FROM
        and c.end - c.start == 1
        and _line_starts_at(text, c.start)
    ]
    if not openers or not _literary(text):
        return
    for cand in openers:
        end = cand.end
        while end < len(text) and is_han(text[end]) and text[end] not in punct:
            end += 1
        words = text[cand.start : end]
        if len(words) < HEADING_WORDS_MIN or not _heading_before(text, words, cand.start):
            continue
        cand.add_doubt(
            -VERSE_PENALTY, f"opens a line that repeats its heading {words}: a poem's first words", EV_NO_MARK
        )


def _heading_before(text: str, words: str, at: int) -> bool:
    """Whether ``words`` stand as a heading (HEADING_BEFORE, HEADING_AFTER) within HEADING_REACH before ``at``."""
    start = max(0, at - HEADING_REACH)
    found = text.rfind(words, start, at)
    while found >= 0:
        before = text[found - 1 : found] if found else "\n"
        if (before in HEADING_BEFORE or before in _middle_dots()) and text[
            found + len(words) : found + len(words) + 1
        ] in HEADING_AFTER:
            return True
        found = text.rfind(words, start, found)
    return False


#: The marks no heading of a piece in a book of songs or plays holds: a tune's or a title's name
#: ends no sentence, asks, cries, lists or labels nothing (归国遥 and 楚天遥 "far", 尧民歌 the
#: people of Yao, 同乐院 a hall: words of the tune or the title). Not the comma, which parts a
#: title from its preface (浣溪沙·咏五更，和湘真韵), nor the interpunct between the play and the tune.
NOT_IN_A_HEADING: Final = frozenset(
    (
        IDEOGRAPHIC_FULL_STOP,
        FULLWIDTH_COLON,
        IDEOGRAPHIC_COMMA,
        FULLWIDTH_EXCLAMATION,
        FULLWIDTH_QUESTION,
        FULLWIDTH_SEMICOLON,
    )
)


def _in_a_piece_heading(text: str, by_start: dict[int, _Candidate]) -> None:
    """In a book of songs or plays (document._song_headings, known by its tunes), a look-alike of
    NOT_IN_A_HEADING in a piece's heading (诈妮子调风月窑尧民歌, 蝶恋花窑遥夜亭皋闲信步), or any
    look-alike in the author's name alone on a line (于伯渊, 袁去华: a name holds no mark), is the
    hanzi. At most a doubt."""
    for start, end, any_mark in _song_headings(text):
        for at in range(start, end):
            cand = by_start.get(at)
            if cand is None or cand.evidence < DOUBT_FROM or cand.end - cand.start != 1:
                continue
            if not (any_mark or cand.symbol in NOT_IN_A_HEADING):
                continue
            why = "in an author's name" if any_mark else "in the heading of a piece (a tune, a title)"
            cand.add_doubt(-VERSE_PENALTY, f"{why} in a book of songs or plays", EV_NO_MARK)
