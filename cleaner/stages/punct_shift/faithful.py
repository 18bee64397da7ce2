"""The rest of the shifted symbol rows a Founder page sets, read only where evidence no word
gives says so: ``『』`` as a pair (液 一), the bullet ``●`` (荫), Latin words and letters set
full-width (``栽悦蕴`` = ``TCL``: a run of letter look-alikes no word holds), initials and
model codes.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import Final

from cleaner import lexicon
from cleaner.chars import (
    BLACK_CIRCLE,
    EM_DASH,
    FULLWIDTH_COLON,
    FULLWIDTH_COMMA,
    FULLWIDTH_HYPHEN_MINUS,
    FULLWIDTH_LEFT_PAREN,
    FULLWIDTH_OFFSET,
    FULLWIDTH_RIGHT_PAREN,
    FULLWIDTH_SEMICOLON,
    HAN_CLASS,
    HAN_NUMERALS,
    IDEOGRAPHIC_COMMA,
    LEFT_CORNER_BRACKET,
    LEFT_WHITE_CORNER_BRACKET,
    OPENING_PUNCT,
    RIGHT_CORNER_BRACKET,
    RIGHT_WHITE_CORNER_BRACKET,
    STOP_PUNCT,
    is_han,
)
from cleaner.stages.punct_shift.decide import (
    EV_LEXICON,
    EV_OTHER,
    EV_PAIRED,
    LIKELY_FROM,
    SURE_FROM,
    _Candidate,
    _covered,
)
from cleaner.stages.punct_shift.names import SURNAME_LOOKALIKES, _given_name_chars
from cleaner.stages.punct_shift.numbers import (
    LIST_REACH,
    MEMORY_AFTER,
    NAMED_ACRONYMS,
    NUMBER_AFTER,
    NUMBER_AFTER_WORDS,
    _is_digit_at,
)
from cleaner.stages.punct_shift.reading import (
    _WINDOW_REACH,
    _best_word_span,
    _in_best_word,
    _line_starts_at,
    _window,
    _window_delta,
)
from cleaner.stages.punct_shift.table import (
    _INLINE_SPACES,
    _REAL_MARKS,
    BULLET_LOOKALIKE,
    CORNER_CLOSE_LOOKALIKE,
    CORNER_OPEN_LOOKALIKE,
    ENUMERATION,
    HYPHEN_MINUS_LOOKALIKE,
    SENTENCE_ENDS,
    ShiftEntry,
    _all_lookalikes,
    _commonest_surnames,
    _letter_lookalikes,
    _line_bounds,
    _lookalikes,
    _surnames,
    per_text,
    shift_table,
)
from cleaner.tables import read_tsv

CORNER_PAIR_SPAN = 80
#: A quotation of speech (opened after a colon: 说院液…) may run this long when it closes
#: after its last sentence, before the line's end or a mark (…遥一⏎).
CORNER_SPEECH_SPAN: Final = 400
#: A quoted term closed by 一 before a hanzi (液三下乡一活动) is short: at most this many
#: characters (179 of the 183 such quotations of People's Daily's dev half; 液网络与二十一世纪
#: 人类生活一 has 12).
CORNER_TERM_SPAN: Final = 12
#: Two 一 that no word holds this near each other before a hanzi (液三优一满意一活动): no
#: telling which one closes, so neither is read.
CORNER_AMBIGUOUS_REACH: Final = 6
#: log P of 『 or 』 at a point of prose (rare: as rare as 《)
LOG_P_CORNER: Final = -6.0
#: 一 reads as no word's (its reading alone is about -0.4; inside a word far lower)
CORNER_CLOSE_FROM: Final = -1.0
#: The verdicts of :func:`_corner_closes`
CORNER_CLOSE, CORNER_NOT, CORNER_STOP = "close", "not", "stop"
#: Marks a closing 』 never follows (none of People's Daily's dev half does; they end no
#: quotation there: 酒液清亮袁一看就是 is 酒液清亮，一看), real or their look-alikes.
CORNER_NEVER_BEFORE_CLOSE: Final = frozenset(
    FULLWIDTH_COMMA + IDEOGRAPHIC_COMMA + FULLWIDTH_SEMICOLON + FULLWIDTH_COLON + OPENING_PUNCT
)
#: Counters after 一 that NUMBER_AFTER lacks (酶液活性下降一成, 每瓶一升), and 比 of a ratio (一比十)
CORNER_MORE_COUNTERS, CORNER_RATIO = "成升", "比"
#: 一 after these is 'one' of 如一 (as one), 合一, 不一 (深浅不一), 挑一 (万里挑一), never a
#: closing 』 (归 and 为 end quoted terms: 回归, 有所作为)
CORNER_ONE_AFTER: Final = frozenset("如合不挑")
#: Verbs after 一 'as soon as' (一进车间, 一看就, 一听说), where they start no word (进口, 接到):
#: none starts the text after a closing 』 in People's Daily's dev half (下 到 做 拿 do, and
#: are left out)
CORNER_AS_SOON_AS: Final = frozenset("进看听出走问查想说修见来去回碰接踏跑")
#: A quoted term of clauses (液讲文明袁树新风一活动) closed before a hanzi: what follows 』
#: is 的 or a word of two characters or more (活动, 方针; not 一倒了之)
CORNER_TERM_CLAUSES: Final = frozenset(FULLWIDTH_COMMA + IDEOGRAPHIC_COMMA + FULLWIDTH_SEMICOLON)
CORNER_TERM_PARTICLE: Final = "的"


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
    real or its look-alike (``液三通一遥``, or the next 液 that opens: ``…有道遥一液亡德``); or
    before a hanzi, after a sentence's end when the quotation is speech or starts a paragraph
    (``说院液…吃个鲜遥一她一边说着``, ``⏎液红薯袁烤红薯遥一我见``), else after a short term with no
    sentence's end inside (``液三下乡一活动``; not ``没有一人`` inside a quoted speech); or
    after a term of numerals (``液八五一以来``: 一 next to numerals is a numeral otherwise,
    ``液三一五忠告一``, ``液危禁品一二百零八起``: given up). Beyond CORNER_PAIR_SPAN only a
    speech closes, after its last sentence, before the line's end or a mark. After a sentence's
    end, before 、, 一 starts a list (``遥一尧``)."""
    ends = _corner_marks()[0]
    punct = _lookalikes()[0]
    before, after = text[index - 1], text[index + 1 : index + 2]
    # (the reading goes on across a line's end, where 一 after a sentence's end holds no word:
    # 决定遥一⏎应孟加拉 is no 一应)
    line_end = after in ("", "\n") and before in ends
    if line_end and not (speech or _corner_leads(text, opening)) and _corner_word_across(text, index):
        return CORNER_NOT  # a term's 液 is a word's (除冰液后效果很好遥一⏎年来 is 。一年来)
    if not line_end and -_window_delta(text, index, index + 1, LOG_P_CORNER) < CORNER_CLOSE_FROM:
        return CORNER_NOT  # a word holds it (统一, 一次, 一方)
    if punct.get(before, before) in CORNER_NEVER_BEFORE_CLOSE:
        return CORNER_NOT  # (，一看就是)
    if before == CORNER_RATIO and index >= 2 and _is_numeral_at(text, index - 2):
        return CORNER_NOT  # the second number of a ratio (一比一)
    if before in CORNER_ONE_AFTER:
        return CORNER_NOT  # (效果如一, 合二为一)
    at_mark = after in ("", "\n", "\r") or after in _lookalikes()[0] or after in _REAL_MARKS
    if before in ends and after == CORNER_OPEN_LOOKALIKE and _corner_opens(text, index + 1):
        at_mark = True  # the next quotation opens right after (取之有道遥一液亡德而富贵)
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
        if speech:
            return CORNER_CLOSE
        # (a paragraph that 液 starts: only where the 一 starts no word (一般, 一旦) and no list
        # (⏎液膜的稳定性…遥一是浓度袁二是温度 is 液膜 and 一是…二是); ⏎液红薯…遥一我见 closes)
        leads = (
            _corner_leads(text, opening)
            and not lexicon.is_word(text[index : index + 2], min_freq=1)
            and not _first_of_list(text, index)
        )
        return CORNER_CLOSE if leads else CORNER_NOT
    if speech or len(term) > CORNER_TERM_SPAN or any(c in ends for c in term):
        return CORNER_NOT
    if any(punct.get(c, c) in CORNER_TERM_CLAUSES for c in term) and not _corner_term_goes_on(text, index + 1):
        return CORNER_NOT  # (残液一定要回收袁不能一倒了之)
    if _corner_numeral(text, index):
        return CORNER_NOT  # a numeral before a counter or a unit (液位下降一米, 一厘米)
    return CORNER_CLOSE


def _corner_word_across(text: str, index: int) -> bool:
    """Whether the 一 at ``index``, before a line's end, starts a word with the next line's first
    hanzi (一⏎年来, 一⏎切, 一⏎般来说): a line broken inside a word."""
    start = index + 2 if text.startswith("\n", index + 1) else index + 1
    return lexicon.is_word(text[index] + text[start : start + 1], min_freq=1)


#: The numeral of a list's second item (一是…二是, 一要…二要), and how far after the first it is
#: looked for on the line (an item is a clause or two).
SECOND_ITEM, SECOND_ITEM_REACH = "二", 120


def _first_of_list(text: str, index: int) -> bool:
    """Whether the 一 at ``index`` heads the first item of a list whose second item follows on
    its line with the same word (一是…二是, 一要…二要)."""
    second = SECOND_ITEM + text[index + 1 : index + 2]
    if len(second) < 2:
        return False
    line_end = text.find("\n", index, index + SECOND_ITEM_REACH)
    return text.find(second, index + 2, line_end if line_end >= 0 else index + SECOND_ITEM_REACH) >= 0


def _corner_leads(text: str, opening: int) -> bool:
    """Whether the 液 at ``opening`` starts a paragraph, where it opens what someone says as
    often as after a colon: at a line's start (⏎液红薯袁烤红薯遥一我见), or right after a
    quotation that ended a sentence (取之有道遥一液亡德而富贵袁谓之不幸遥一利用)."""
    if not opening or text[opening - 1] == "\n":
        return True
    before = text[opening - 2 : opening]
    return len(before) == 2 and before[1] == CORNER_CLOSE_LOOKALIKE and before[0] in _corner_marks()[0]


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
        if _corner_opens(text, at):
            found.append(at)
        at = text.find(CORNER_OPEN_LOOKALIKE, at + 1)
    return found


def _corner_opens(text: str, index: int) -> bool:
    """Whether no word holds the 液 at ``index``: it opens 『."""
    return -_window_delta(text, index, index + 1, LOG_P_CORNER) >= LIKELY_FROM


def _corner_quotes(text: str) -> list[_Candidate]:
    """``说院液今天我看到…遥一``, ``液一国两制一方针``: 『…』 garbled as 液…一, read only as a pair
    (see CORNER_OPEN_LOOKALIKE). Where the page pairs 液…一 so, a 液 that found no closing
    一 may close at a 一 a word after it holds (:func:`_corner_held_close`)."""
    pairs: list[tuple[int, int]] = []
    unclosed: list[tuple[int, int]] = []
    openings = _corner_openings(text)
    closed = -1
    colons = _corner_marks()[1]
    for n, at in enumerate(openings):
        if at <= closed:
            continue
        speech = bool(at) and text[at - 1] in colons
        reach = min(len(text), at + (CORNER_SPEECH_SPAN if speech else CORNER_PAIR_SPAN))
        end = text.find("\n", at, reach)  # (the line's end looked for within the reach only: a long line)
        end = reach if end < 0 else end
        if n + 1 < len(openings):
            end = min(end, openings[n + 1])
        close = text.find(CORNER_CLOSE_LOOKALIKE, at + 2, end)
        verdict = CORNER_NOT
        while close >= 0:
            verdict = _corner_closes(text, at, close, speech)
            if verdict == CORNER_CLOSE and not _corner_ambiguous(text, at, close, end, speech):
                break
            if verdict != CORNER_NOT:
                close = -1
                break
            close = text.find(CORNER_CLOSE_LOOKALIKE, close + 1, end)
        if close < 0:
            if not speech and verdict == CORNER_NOT:
                unclosed.append((at, end))
            continue
        closed = close
        pairs.append((at, close))
    if pairs:
        for at, end in unclosed:
            close = _corner_held_close(text, at, end)
            if close >= 0:
                pairs.append((at, close))
    found: list[_Candidate] = []
    for at, close in pairs:
        for index, symbol, other in (
            (at, LEFT_WHITE_CORNER_BRACKET, close),
            (close, RIGHT_WHITE_CORNER_BRACKET, at),
        ):
            cand = _Candidate(index, index + 1, text[index], symbol)
            note = f"no word holds it, and it pairs with {text[other]} (as 『…』)"
            cand.add(LIKELY_FROM + 1.0, note, EV_PAIRED)
            found.append(cand)
    return found


#: Words before which a held 『 opens (到液三下乡一中来, 是液一国两制一下的, 从液回归一中): the
#: rare 液 words (滴液漏斗, 除冰液, 蚀刻液) follow the hanzi they join, no mark or such word
CORNER_HELD_BEFORE: Final = "到有是的在和从"
#: A term held closed (:func:`_corner_held_close`) is a title or a slogan: short, or a word
#: (液草原英雄小姐妹一中 has 7)
CORNER_HELD_TERM: Final = 8
#: A line this short that a held 一 ends is a title (⏎消除液过结儿一⏎张中华: 消除『过结儿』)
CORNER_TITLE_LINE: Final = 12


def _corner_term_bounded(text: str, opening: int) -> bool:
    """Whether the 液 at ``opening`` cannot join the hanzi before it: a line's start, a mark,
    real or its look-alike, a space or a function word (CORNER_HELD_BEFORE)."""
    before = text[opening - 1] if opening else "\n"
    return (
        before == "\n"
        or before in _INLINE_SPACES
        or before in _REAL_MARKS
        or before in _lookalikes()[0]
        or before in CORNER_HELD_BEFORE
    )


def _corner_title_line(text: str, close: int) -> bool:
    """Whether the 一 at ``close`` ends a short line, a title's (⏎消除液过结儿一⏎)."""
    if text[close + 1 : close + 2] not in ("", "\n"):
        return False
    return close - (text.rfind("\n", 0, close) + 1) < CORNER_TITLE_LINE


def _corner_held_close(text: str, opening: int, end: int) -> int:
    """Where the 液 at ``opening`` closes when every 一 after it read as a real one: at a 一
    that a word starting with it holds (液一国两制一下的, 液三下乡一中来, 液家庭出身一一栏), the
    one 一 after a short term of words with no mark inside (a title, a slogan) that ends a
    word of two or more there and no word ends with (not 统一, 之一; not 液泛着一层); else -1.
    Read only where the page pairs 液…一 elsewhere."""
    close = text.find(CORNER_CLOSE_LOOKALIKE, opening + 2, min(end, opening + 2 + CORNER_TERM_SPAN))
    if close < 0:
        return -1
    term, after = text[opening + 1 : close], text[close + 1 : close + 2]
    if not (_corner_term_bounded(text, opening) or _corner_title_line(text, close)):
        return -1  # 液 may join the hanzi before it (滴液漏斗一端, 除冰液喷洒一遍)
    if lexicon.is_word(text[opening : opening + 2]):
        return -1  # 液 starts a word with what follows (液相色谱一般)
    if len(term) > CORNER_HELD_TERM and not lexicon.is_word(term):
        return -1  # a long term reaches a 一 of the text's (a rare 液 word)
    punct = _lookalikes()[0]
    if any(c in punct or not is_han(c) for c in term) or term[-1] in HAN_NUMERALS:
        return -1
    if after == CORNER_CLOSE_LOOKALIKE:
        # 一 before the 一 of a word (液家庭出身一一栏, 液吉尼斯一一概拒绝), not of 一一 'one by one'
        word = text[close + 1 : close + 3]
        one_by_one = text[close + 2 : close + 3] == CORNER_CLOSE_LOOKALIKE or lexicon.is_word(word + "一")
        if one_by_one or not (lexicon.is_word(word, min_freq=1) or _corner_numeral(text, close + 1)):
            return -1
    elif after not in ("", "\n") and (not is_han(after) or after in punct or after in HAN_NUMERALS):
        return -1  # (液危禁品一二百零八起: a numeral)
    if term[-1] in CORNER_ONE_AFTER or lexicon.is_word(text[close - 1 : close + 1], min_freq=1):
        return -1  # a word ends with the 一 (统一, 唯一, 合一)
    if len(lexicon.best_segmentation(term)[-1]) < 2 or _corner_numeral(text, close):
        return -1  # (液泛着一层; 液位下降一米)
    return close


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


#: What follows the hyphen that lengthens a dash (——－): the line's end, the text's, or an
#: opening parenthesis (玉荣——－⏎, 新车——－（附图片1张）).
DASH_HYPHEN_BEFORE: Final = ("", "\n", "\r", "渊", FULLWIDTH_LEFT_PAREN, "(")


def _dash_run_hyphens(text: str, marks: list[_Candidate]) -> list[_Candidate]:
    """``要要原`` ——－: a page of the garble's era lengthens a dash by a full-width hyphen (People's
    Daily sets ——－ at a headline's end and before a caption's parenthesis), so
    HYPHEN_MINUS_LOOKALIKE right after a dash read with confidence (a candidate of ``marks`` for
    ——), before DASH_HYPHEN_BEFORE, is that hyphen. Not where 原 makes a word with the next
    line's first hanzi: a word broken at the line's end (——原⏎来如此)."""
    if HYPHEN_MINUS_LOOKALIKE not in text:
        return []
    found: list[_Candidate] = []
    for cand in marks:
        at = cand.end
        if cand.symbol != EM_DASH or cand.evidence < LIKELY_FROM or text[at : at + 1] != HYPHEN_MINUS_LOOKALIKE:
            continue
        after = text[at + 1 : at + 2]
        if after not in DASH_HYPHEN_BEFORE:
            continue
        if after in "\r\n" and after and lexicon.is_word(HYPHEN_MINUS_LOOKALIKE + text[at + 1 : at + 8].lstrip()[:1]):
            continue  # (——原⏎来如此: 原来 broken at the line's end)
        hyphen = _Candidate(at, at + 1, HYPHEN_MINUS_LOOKALIKE, FULLWIDTH_HYPHEN_MINUS)
        hyphen.add(LIKELY_FROM + 1.0, "a hyphen lengthening a dash (——－), at a line's end or before (", EV_OTHER)
        found.append(hyphen)
    return found


#: log P of ● at a point of prose (rare: as rare as 《)
LOG_P_BULLET: Final = -6.0
#: At most this far after a bullet, the next one ends a name of a byline (●侯铁●吕昊俊)
BULLET_NAME_GAP: Final = 5
#: The marks a list's first bullet follows (特点：●, 。●), besides a line's start
BULLET_LIST_MARKS: Final = frozenset(FULLWIDTH_COLON + SENTENCE_ENDS)


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
            lead_at = at
            while lead_at and text[lead_at - 1] in _INLINE_SPACES:
                lead_at -= 1
            lead = text[lead_at - 1 : lead_at] if lead_at else ""
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
LETTER_RUN_EDGES: Final = "在再"
LETTER_RUN_NEVER: Final = "在"
#: The look-alikes of lower-case letters that are free words of a clause right after its
#: subject (则 'then' r, 曾 'once' x, 遭 'suffer' b: CEO曾表示, CPU则会, APP遭下架): glued to a
#: word of capitals they are no letter of it, for an acronym seldom ends in a lower-case r, x or
#: b (DDRx does: 曾 before a noun stays its x, DDRx内存; IPv6 and PCIe end in other letters); nor
#: after a plural's s (Windows则不同: no Latin word ends in sr sx sb). Not before a digit (SVr4,
#: virbr0, fcitx5) nor after any other word (a man page's -Mbdfinr, ptr, user).
CLAUSE_WORD_LETTERS: Final = "则曾遭"
#: A word of capitals is this long at least (CPU则: CPUr is no word).
CAPITALS_MIN: Final = 2
#: ... a word of any case that ends in s (Windows则; shorter: 泽则 is sr, no plural).
PLURAL_WORD_MIN: Final = 4
PLURAL_END: Final = "s"
#: The look-alike of Ｂ, 月 'month': at a run's start after a numeral (3月CPI) or in a word with
#: the hanzi before it (上月GDP, 次月PPI), it is the time noun where the rest starts with an
#: acronym of the monthly figures and officers (NAMED_ACRONYMS); else it is as likely a B of the word
#: (4.4BSD 386BSD 8BIT 3BHK, 说明BIOS: BSD and IT are words too, so no lexicon decides).
MONTH_LETTER: Final = "月"
#: The look-alike of ｘ, 曾 'once', an adverb: before a noun it is the x of a term (DDRx内存).
ONCE_LETTER: Final = "曾"
#: 再 (Ｙ) ends a word of capitals before what 再 'again' never stands before (宰耘耘运阅粤再( is
#: WEEKDAY(, 阅陨再的 DIY的: no mark, no ASCII, no 的; 栽悦蕴再进军 is TCL再进军) and starts a
#: capitalised word after what is no hanzi (「再藻葬则」 is 「Year」)
LETTER_Y: Final = "再"
Y_NEVER_BEFORE: Final = frozenset("的")


def _y_kept(text: str, span: tuple[int, int], start: int, end: int, letters: dict[str, ShiftEntry]) -> tuple[int, int]:
    """The run ``text[start:end]`` (trimmed of LETTER_RUN_EDGES from ``span``) with the 再 at
    its edges it ends or starts as Ｙ (see LETTER_Y)."""
    if end - start < 2:
        return start, end
    symbols = [letters[c].symbol for c in text[start:end]]
    after = text[end + 1 : end + 2]
    if (
        end < span[1]
        and text[end] == LETTER_Y
        and all(c.isupper() for c in symbols)
        and (not is_han(after) or after in _lookalikes()[0] or after in Y_NEVER_BEFORE)
    ):
        end += 1  # (阅陨再的 DIY的)
    before = text[start - 2 : start - 1]
    if start > span[0] and text[start - 1] == LETTER_Y:
        if all(_is_lower(c) for c in symbols) and (not is_han(before) or before in _lookalikes()[0]):
            start -= 1  # (「再藻葬则」 Year)
        elif _y_starts_capitals(text, start, end, symbols):
            start -= 1  # (=再耘粤砸( =YEAR(, ⏎再耘蕴蕴韵宰 (黄色) YELLOW)
    return start, end


#: 再 starts a word of capitals of this many letters or more after it (=再耘粤砸( is =YEAR()
Y_BEFORE_CAPITALS: Final = 3


def _y_starts_capitals(text: str, start: int, end: int, symbols: list[str]) -> bool:
    """Whether the 再 before the run ``text[start:end]`` of Y_BEFORE_CAPITALS capitals or more
    starts it as Ｙ: a word standing alone, after the line's start, a space or an ASCII sign (not
    a Chinese mark: 袁再CPU遥 is prose's 再) and before no hanzi (=再耘粤砸( is =YEAR(; not
    ⏎再USB接口)."""
    if end - start < Y_BEFORE_CAPITALS or not all(c.isupper() for c in symbols):
        return False
    before = text[start - 2] if start >= 2 else "\n"
    after = text[end : end + 1]
    apart = before == "\n" or before in _INLINE_SPACES or (before.isascii() and not before.isalnum())
    return apart and not (is_han(after) and after not in _lookalikes()[0])


def _noun_at(text: str, at: int) -> bool:
    """Whether the word the lexicon reads at ``at`` is a noun by jieba's tag (内存 n)."""
    return lexicon.is_noun(lexicon.best_segmentation(text[at : at + 4])[0])


def _clause_words_trimmed(text: str, start: int, end: int, letters: dict[str, ShiftEntry]) -> tuple[int, int]:
    """The run ``text[start:end]`` without a 月 at its start that is the time noun (猿月悦孕陨 is
    3月CPI, 上月郧阅孕 上月GDP: see MONTH_LETTER) and without a free word of CLAUSE_WORD_LETTERS
    at its end before a hanzi (悦耘韵曾表示 is CEO曾表示, 宰蚤灶凿燥憎泽则不同 Windows则不同)."""
    if end - start > CAPITALS_MIN and text[start] == MONTH_LETTER and start:
        before = text[start - 1]
        month = _is_numeral_at(text, start - 1) or (
            is_han(before) and lexicon.is_word(before + MONTH_LETTER, min_freq=1)
        )
        # (the run may run on into a hanzi that is a look-alike too: 上月郧阅孕增长, GDPZ)
        if month and _ascii_letters(text[start + 1 : end]).startswith(NAMED_ACRONYMS):
            start += 1
    after = text[end : end + 1]
    if end - start <= CAPITALS_MIN or text[end - 1] not in CLAUSE_WORD_LETTERS or not is_han(after):
        return start, end
    if after in _all_lookalikes() or after in letters:
        return start, end  # (a digit's or a mark's look-alike after it, SVr4 virbr0; more letters)
    rest = _ascii_letters(text[start : end - 1])
    if text[end - 1] == ONCE_LETTER and _noun_at(text, end):
        return start, end  # (DDRx内存)
    if rest.isupper() or (len(rest) >= PLURAL_WORD_MIN and rest.endswith(PLURAL_END)):
        end -= 1
    return start, end


def _ascii_letters(run: str) -> str:
    """The ASCII letters the letter look-alikes ``run`` stand for (陨灶 In)."""
    letters = _letter_lookalikes()
    return "".join(chr(ord(letters[c].symbol) - FULLWIDTH_OFFSET) for c in run)


@functools.cache
def _letter_run_re() -> re.Pattern[str]:
    # (led by one look-alike, so that the engine scans for it in C: a leading repeat makes it
    # try a match at every position)
    return re.compile(f"[{''.join(_letter_lookalikes())}][{''.join(_letter_lookalikes())}]+")


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
        start, end = _y_kept(text, match.span(), start, end, letters)
        start, end = _clause_words_trimmed(text, start, end, letters)
        if end - start >= 3 and _conjunction_ends(text, start, end, letters):
            end -= 1  # (如设为赠藻泽则以 is 如设为yes则以: no word ends in sr)
        spelled = _spelled_out(text, start, end, letters)
        if end - start >= 2 and not spelled:
            start, end = _trimmed_of_words(text, start, end)
        if end - start >= 3 and _lower_before_capitalised(text, start, end, letters):
            start += 1  # (则砸葬灶凿燥皂蚤扎藻 is 则Randomize: no word starts rR)
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
        if not spelled and any(_in_best_word(window, len(left) + k) for k in range(len(run))):
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
    found += _unit_letters(text, found)
    found += _unit_words(text, found)
    found += _times_letters(text, found)
    found += _cell_letters(text, found)
    found += _latin_word_candidates(text, found)
    found += _joined_latin_words(text, found)
    found += _spaced_latin_words(text, found)
    found += _echoed_latin_words(text, found)
    found += _echoed_signed_tokens(text, found)
    found += _listed_letters(text, found)
    found += _spaced_variables(text, found)
    found += _formula_letters(text, found)
    found += _call_letters(text, found)
    found += _suffix_letters(text, found)
    found += _alphabet_ranges(text, found)
    found += _axis_letters(text, found)
    found += _enumerated_letters(text, found)
    found += _item_letters(text, found)
    found += _quoted_letters(text, found)
    found += _label_letters(text, found)
    found += _headed_labels(text, found)
    found += _countless_letters(text, found)
    return sorted(found, key=lambda c: c.start)


#: What stands before a function's name or a cell in a formula (=SUM(, NOT(AND(, ;A1, (A1:C3).
FORMULA_BEFORE_NAME: Final = frozenset("=(;:,+-*/<>&")
#: What follows a cell's digits in a formula (A1:C3, A1;A2, (A1), A1=0, A1+A2).
FORMULA_AFTER_CELL: Final = frozenset(":;,)=<>+-*/&")


@functools.cache
def _formula_letters_re() -> re.Pattern[str]:
    """A run of letter look-alikes right after a formula's character, before ``(`` (a function:
    =粤晕阅( is =AND() or before digits and a formula's character (a cell: (粤1:悦3)."""
    letters = "".join(_letter_lookalikes())
    digits = "".join(_lookalikes()[1])
    before = re.escape("".join(sorted(FORMULA_BEFORE_NAME)))
    after = re.escape("".join(sorted(FORMULA_AFTER_CELL)))
    # (the formula's character consumed, not looked behind for: a scan for one class is faster)
    return re.compile(
        f"[{before}](?:([{letters}]{{2,12}})(?=\\()|([{letters}]{{1,2}})(?=[0-9{digits}]{{1,5}}[{after}]))"
    )


def _formula_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """Letter look-alikes in a formula (``=粤晕阅(`` =AND(, ``(粤1:悦3)``): capitals right after
    ``=``, ``(``, ``;`` or another formula character, before ``(`` (a function's name, of two or
    more) or before digits and a formula character (a cell). A hanzi run there reads as no
    prose: Chinese text puts no word between ``=`` and ``(`` nor a word and a number between
    ``(`` and ``:``. (``taken``: the runs read already.)"""
    if "(" not in text and ":" not in text:
        return []
    letters = _letter_lookalikes()
    spans = [(c.start, c.end) for c in taken]
    found = []
    for match in _formula_letters_re().finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        run = text[start:end]
        if any(s < end and start < e for s, e in spans) or not all(letters[c].symbol.isupper() for c in run):
            continue
        if group == 2 and any(letters[c].risk == "high" for c in run) and not _cell_range_at(text, _row_end(text, end)):
            continue  # (a common hanzi, 月 在 再: only as the first cell of a range, 月1:悦3)
        cand = _Candidate(start, end, run, _ascii_letters(run))
        what = "a function's name before (" if group == 1 else "a cell's column before its row"
        cand.add(SURE_FROM, f"capitals in a formula: {what} (=AND(, A1:C3)", EV_OTHER)
        found.append(cand)
    return found


#: A run of this many letter look-alikes or more is a Latin word though a word of the lexicon
#: holds two of them (砸藻贼怎则灶 Return: 贼怎; 韵云云陨悦耘 OFFICE: 云云; 葬凿凿则藻泽泽藻泽 addresses: 凿凿),
#: where at least SPELLED_RARE_ALONE look-alikes of low or medium risk stand in no word, and
#: the look-alikes in no word are at least half the run: prose sets no such run of rare hanzi
#: (the runs of three or more of the dev sets' clean text are all of 月 再 在 运 早 造 云 载).
SPELLED_MIN_LETTERS: Final = 4
SPELLED_RARE_ALONE: Final = 3
#: The case patterns of a Latin word: capitals (OFFICE), lower case (addresses), capitalised
#: (Return), camel case (AptanaStudio); a run of hanzi mixes the cases of its look-alikes.
SPELLED_CASES: Final = re.compile("[A-Z]+|[A-Z]?[a-z]+|(?:[A-Z][a-z]+){2,}")


def _spelled_out(text: str, start: int, end: int, letters: dict[str, ShiftEntry]) -> bool:
    """Whether the run ``text[start:end]`` reads as a Latin word spelled out whole though a
    word of the lexicon holds some of its look-alikes (see SPELLED_MIN_LETTERS): of one case
    pattern (SPELLED_CASES), without 在, and no word of the lexicon crossing its edges (指责酝酝酝
    is 指责 MMM: that run is trimmed as a run of any length is)."""
    run = text[start:end]
    if len(run) < SPELLED_MIN_LETTERS or LETTER_RUN_NEVER in run:
        return False
    symbols = _ascii_letters(run)
    if not SPELLED_CASES.fullmatch(symbols):
        return False
    left = _window(text, start, -1)
    window = left + run + _window(text, end - 1, 1)
    edges, at = {0}, 0
    for word in lexicon.best_segmentation(window):
        at += len(word)
        edges.add(at)
    if len(left) not in edges or len(left) + len(run) not in edges:
        return False
    alone = [c for k, c in enumerate(run) if not _in_best_word(window, len(left) + k)]
    rare = sum(letters[c].risk != "high" for c in alone)
    return rare >= SPELLED_RARE_ALONE and 2 * len(alone) >= len(run)


#: What joins the parts of an identifier or a compound (Full_precision, HTML_OFF, add-ins): a run
#: of letter look-alikes joined by it to a Latin word (ASCII, or read) is Latin too, whatever
#: words its hanzi make: prose joins no hanzi with them.
LATIN_JOINERS: Final = "_-"


@functools.cache
def _joined_run_re() -> re.Pattern[str]:
    """A run of two letter look-alikes or more (not 在) with a joiner on either side."""
    letters = "".join(h for h in _letter_lookalikes() if h not in LETTER_RUN_NEVER)
    joiners = re.escape(LATIN_JOINERS)
    # (``(?<=[joiners])[letters]{2,}|[letters]{2,}(?=[joiners])`` led by its first letter, the
    # joiner before it read by a look-behind: the engine skips to the letters, where led by a
    # look-behind it tried a match at every character of the page)
    return re.compile(f"[{letters}](?:(?<=[{joiners}].)[{letters}]+|[{letters}]+(?=[{joiners}]))")


def _joined_latin_words(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``云怎造造_责则藻糟蚤泽蚤燥灶`` Full_precision, ``葬凿凿-ins`` add-ins: a run of letter look-alikes
    of one case pattern (SPELLED_CASES) joined by LATIN_JOINERS to a Latin word (an ASCII letter
    or a letter read already, ``taken``) and set apart from hanzi on its other side (no letter
    look-alike beside it: 「云怎造造_, 为 葬凿凿-)."""
    if "_" not in text and "-" not in text:
        return []
    read = _covered(c for c in taken if c.symbol.isascii())
    if not read and not _has_ascii_letter(text):
        return []  # (no Latin word, ASCII or read, for a run to be joined to)
    covered = _covered(taken)
    found: list[_Candidate] = []
    for match in _joined_run_re().finditer(text):
        start, end = match.span()
        if covered.intersection(range(start, end)):
            continue
        joined_after = text[end : end + 1] in LATIN_JOINERS and end + 1 < len(text)
        other = end + 1 if joined_after else start - 2
        outer = start - 1 if joined_after else end
        if not (0 <= other < len(text)) or not ((text[other].isascii() and text[other].isalpha()) or other in read):
            continue
        if 0 <= outer < len(text) and (is_han(text[outer]) and text[outer] not in _lookalikes()[0]):
            continue  # (a hanzi beside it: a word's)
        symbols = _ascii_letters(match.group())
        if not SPELLED_CASES.fullmatch(symbols):
            continue
        cand = _Candidate(start, end, match.group(), symbols)
        cand.add(LIKELY_FROM + 1.0, "look-alikes of Latin letters joined to a Latin word (Full_precision)", EV_OTHER)
        found.append(cand)
    return found


#: A term's words are set apart by one space (Future Value): a run of this many letter look-alikes
#: or more, one space away from a Latin word (ASCII, or read), is the term's other word.
SPACED_MIN_LETTERS: Final = SPELLED_MIN_LETTERS


@functools.cache
def _spaced_run_re() -> re.Pattern[str]:
    """A run of SPACED_MIN_LETTERS letter look-alikes or more (not 在)."""
    letters = "".join(h for h in _letter_lookalikes() if h not in LETTER_RUN_NEVER)
    return re.compile(f"[{letters}]{{{SPACED_MIN_LETTERS}}}[{letters}]*")


#: How frequent (jieba) a word of two hanzi or more the run's hanzi make must be for the run to
#: be Chinese beside a Latin word (早早 537, 'early'; those inside garbled Latin words are rare:
#: 贼怎 3 of Future).
SPACED_RUN_WORD_FREQ: Final = 300


def _spaced_latin_words(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``渊云怎贼怎则藻 灾葬造怎藻冤`` (Future Value): a run of SPACED_MIN_LETTERS letter look-alikes or
    more of one case pattern (SPELLED_CASES), not all of high risk, one space away from a Latin
    word (an ASCII letter or a word read already, ``taken``) and set apart from hanzi on its other
    side (a line's start, a space, a mark). Prose puts no space between two words, nor a run of
    four such hanzi alone between marks; 云怎贼怎则藻 holds 贼怎 of the lexicon, so no spelled word."""
    if " " not in text:
        return []
    letters = _letter_lookalikes()
    read = _covered(c for c in taken if c.symbol.isascii())
    if not read and not _has_ascii_letter(text):
        return []  # (no Latin word, ASCII or read, for a run to be spaced from)
    covered = _covered(taken)
    found: list[_Candidate] = []
    for match in _spaced_run_re().finditer(text):
        start, end = match.span()
        spaced_after = text[end : end + 1] == " "
        other = end + 1 if spaced_after else start - 2
        outer = start - 1 if spaced_after else end
        if not spaced_after and text[start - 1 : start] != " ":
            continue
        if covered.intersection(range(start, end)) or not 0 <= other < len(text):
            continue
        if not ((text[other].isascii() and text[other].isalpha()) or other in read):
            continue
        if 0 <= outer < len(text) and (is_han(text[outer]) and text[outer] not in _lookalikes()[0]):
            continue  # (a hanzi beside it: a word's)
        symbols = _ascii_letters(match.group())
        if not SPELLED_CASES.fullmatch(symbols) or all(letters[c].risk == "high" for c in match.group()):
            continue
        if any(
            len(word) > 1 and lexicon.frequency(word) >= SPACED_RUN_WORD_FREQ
            for word in lexicon.best_segmentation(match.group())
        ):
            continue  # (Linux 扎扎早早: 早早 'early', a common word, is Chinese after the space)
        cand = _Candidate(start, end, match.group(), symbols)
        cand.add(LIKELY_FROM + 1.0, "look-alikes of Latin letters a space from a Latin word (Future Value)", EV_OTHER)
        found.append(cand)
    return found


#: How frequent (jieba) a letter's look-alike must be as a word of its own (则 32160, 曾 29107,
#: 早 14429; 怎 6736 and below are not) to be read as the hanzi before a capitalised word.
LETTER_WORD_FREQ: Final = 10000


def _lower_before_capitalised(text: str, start: int, end: int, letters: dict[str, ShiftEntry]) -> bool:
    """Whether the run ``text[start:end]`` reads as a lower-case letter before a capitalised
    word (则砸葬灶凿燥皂蚤扎藻: r + Randomize) and the letter's look-alike is a common word by itself
    (则 曾 早: LETTER_WORD_FREQ): that look-alike is the hanzi before the word (iPhone's 蚤 is
    rare; a word may start with a lower-case letter before an all-capital one: mRNA)."""
    first, second = letters[text[start]].symbol, letters[text[start + 1]].symbol
    return (
        lexicon.frequency(text[start]) >= LETTER_WORD_FREQ
        and _is_lower(first)
        and not _is_lower(second)
        and any(_is_lower(letters[c].symbol) for c in text[start + 2 : end])
    )


#: 则 'then', closing the condition of 如 若 如果 … (如设为yes则以, 如果是被require则不行) or
#: the topic of 而 (而group则相反), or after a word the page writes without the r elsewhere
#: (pap-secrets … chap-secrets则是给CHAP使用): the look-alike of ｒ a run of letters may end with.
CONJUNCTION_LETTER: Final = "则"
#: The words that open such a clause, as the lexicon segments it (例如 比如 然而 而且 are none).
CONDITION_WORDS: Final = frozenset(("如", "若", "如果", "假如", "倘若", "若是", "要是", "一旦", "只要", "而"))
#: How far before the run the clause is read for CONDITION_WORDS (up to a clause mark, its
#: look-alike or CLAUSE_ENDS_ASCII).
CLAUSE_REACH: Final = 30
#: The line's end and ASCII's clause marks end that clause too (而在…的.OPTS可由…多个酝遭凿枣蚤灶则组成
#: holds no 而).
CLAUSE_ENDS_ASCII: Final = "\n,.;:!?"
#: The letters a word's final r follows (manager, star, dir, tolower, your): after any other
#: (yesr, groupr) no word ends.
VOWELS: Final = frozenset("aeiouyAEIOUY")
#: The letters a word the page writes elsewhere must have to show the r after it a hanzi (the
#: shorter, such as mb beside mbr, are too often parts of other words).
ECHOED_STEM_MIN: Final = 3


def _conjunction_ends(text: str, start: int, end: int, letters: dict[str, ShiftEntry]) -> bool:
    """Whether the run ``text[start:end]`` ends with 则 'then' of a clause that a word of
    CONDITION_WORDS opens (如设为赠藻泽则以 is 如设为yes则以, 而&+早则燥怎责则相反 is
    而&+group则相反) or after a word the page writes without it (:func:`_stem_echoed`): a hanzi,
    no look-alike, after it and a consonant's look-alike before it (no word ends in sr or pr;
    如果设置了如怎泽藻则和 is user和; but abbreviations do: 硬盘mbr和xp)."""
    after = text[end : end + 1]
    punct = _lookalikes()[0]
    if text[end - 1] != CONJUNCTION_LETTER or not is_han(after) or after in punct:
        return False
    if _ascii_letters(text[end - 2]) in VOWELS:
        return False
    if _stem_echoed(text, start, end - 1):
        return True
    at = start
    while at > 0 and start - at < CLAUSE_REACH:
        char = text[at - 1]
        if char in CLAUSE_ENDS_ASCII or punct.get(char, char) in STOP_PUNCT:
            break
        at -= 1
    return any(word in CONDITION_WORDS for word in lexicon.best_segmentation(text[at:start]))


def _stem_echoed(text: str, start: int, end: int) -> bool:
    """Whether the page writes the Latin word of the look-alikes ``text[start:end]`` (ECHOED_STEM_MIN
    letters or more) elsewhere, in ASCII or garbled, with no 则 after it: ``泽藻糟则藻贼泽则是`` where
    ``pap-secrets`` stands too is secrets then 是 (the word of the other place has no r)."""
    if end - start < ECHOED_STEM_MIN:
        return False
    stem = text[start:end]  # (whole elsewhere: here 则 follows it, a look-alike of a letter)
    ascii_words, garbled_words = _written_words(text)
    return stem in garbled_words or _ascii_letters(stem) in ascii_words


#: A Latin word written in ASCII, whole (a run of letters).
_ASCII_RUN_RE: Final = re.compile("[A-Za-z]+")


@per_text
def _written_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of Latin letters ``text`` writes whole: in ASCII, and garbled (runs of the
    letters' look-alikes), found once per text (a page may end many runs with 则)."""
    return frozenset(_ASCII_RUN_RE.findall(text)), frozenset(_letter_run_re().findall(text))


def _is_lower(symbol: str) -> bool:
    """Whether the full-width letter ``symbol`` is lower-case (ａ-ｚ)."""
    return chr(ord(symbol) - FULLWIDTH_OFFSET).islower()


#: 粤 (D4C1), the look-alike of Ａ (A3C1), and Guangdong's abbreviation (粤菜 粤语 粤股)
GUANGDONG: Final = "粤"
#: Guangdong's full name: a page that writes it may call the province's team, region and
#: exports by the short name 粤 (广东队 … 粤组, 粤出口), no label's A. (Not asked of 粤股 粤瓶,
#: whose pairs with 月股 月瓶 the news of a 广东 page still writes: A股 B股, a sample's A瓶 B瓶.)
GUANGDONG_NAME: Final = "广东"
#: A model's code: upper-case letters, then at least this many digits (阅杂怨苑 is DS97)
CODE_MIN_DIGITS: Final = 2
#: 粤, Guangdong's abbreviation, starts a word with any noun (粤韵, 粤运, 粤菜): a run of two
#: that starts with it is weak evidence, except a code's before digits (粤耘猿员载 AE31X)
LETTER_PAIR_NEVER_FIRST: Final = GUANGDONG


#: 韵 (Ｏ) heads compounds of any character before it (风韵 神韵 云韵 月韵 粤韵): no run of two
#: ends with it, but before a code's digits (晕 does too, 砸晕, but IN of CHECK IN is common)
LETTER_PAIR_NEVER_LAST: Final = "韵"
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
LATIN_WORDS_TABLE: Final = "latin_words.tsv"
#: What follows a league's name (甲A联赛, 甲B联赛): its word of one letter is read alone, as no
#: Chinese holds 甲粤 or 甲月 before it (粤 after 甲 names no Guangdong: 全国男篮甲粤联赛)
LEAGUE: Final = "联赛"


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


@per_text
def _names_guangdong(text: str) -> bool:
    """Whether a word of the lexicon holds a 粤 of ``text`` (粤语, 粤菜, 粤港, 两粤): the page
    writes of Guangdong, and its 粤股 are Guangdong's stocks, no A股. Once per text
    (:data:`per_text`): every 粤 asks it."""
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
    words of two different letters (粤股 beside 月股: A股 and B股), or a league's name before
    联赛 (甲粤联赛 is 甲A联赛: LEAGUE), or, for that word alone, where the page writes a word of
    its shape in ASCII letters (月型人 beside B型人 or AB型: :func:`_frame_in_ascii`); never right after a digit
    (远月超猿万 is 6月超3万: a month) nor 粤 heading a word on a page that writes of Guangdong
    (粤股 beside 粤语, 粤菜; but 甲粤 is 甲A there too)."""
    pattern, forms = _latin_word_forms()
    if pattern is None:
        return []
    guangdong: bool | None = None  # (whether the page writes of Guangdong: read when first asked)
    covered = _covered(taken)
    found: list[_Candidate] = []
    frames: list[tuple[str, str]] = []  # (each candidate's word before and after its letters)
    for match in pattern.finditer(text):
        first, last, letters = forms[match.group()]
        start, end = match.start() + first, match.start() + last
        if covered.intersection(range(start, end)) or not _word_edges_kept(text, *match.span()):
            continue
        # (粤 heads Guangdong's compounds, 粤股 粤菜; after 甲 of 甲粤 it names no province)
        province = end - start == 1 and first == 0 and text[start] == GUANGDONG
        if province and guangdong is None:
            guangdong = _names_guangdong(text)
        if end - start == 1 and (_after_digit(text, start) or (province and guangdong)):
            continue  # (6月超3万 is a month; 粤股 on a page of 粤语 is Guangdong's)
        if end - start == 1 and (_given_name_letter(text, start) or text.startswith(DURATIVE, match.end())):
            continue  # (王悦盘着腿: a given name, and 盘 the verb)
        cand = _Candidate(start, end, text[start:end], letters)
        cand.add(LIKELY_FROM + 1.0, f"look-alikes of Latin letters in the word {match.group()} reads as", EV_LEXICON)
        found.append(cand)
        frames.append((match.group()[:first], match.group()[last:]))
    if taken or any(len(c.symbol) >= 2 for c in found) or len({c.symbol for c in found}) >= 2:
        return found
    # (a league's name shows the letters as a word of two letters does: 保住甲粤的席位 beside it)
    if any(text.startswith(LEAGUE, c.end) for c in found):
        return found
    # (the page writes such words in ASCII letters too: 月型人 beside B型人 or AB型; each frame
    # searched once: a page of many 月型 is searched once, not once per word)
    in_ascii = {frame: _frame_in_ascii(text, *frame) for frame in set(frames)}
    return [cand for cand, frame in zip(found, frames, strict=True) if in_ascii[frame]]


#: What a given name of one character follows (小悦 阿月 老运): a familiar form of address.
NAME_PREFIXES: Final = frozenset("小阿老")
#: The durative aspect, which follows a verb, never a noun (悦盘着腿 is a name and 盘 'coil').
DURATIVE: Final = "着"


#: Common surnames that are far oftener an adjective before a noun: a colour (黄T恤, a yellow one).
ADJECTIVE_SURNAMES: Final = frozenset("黄")


def _given_name_letter(text: str, at: int) -> bool:
    """Whether the look-alike at ``text[at]`` may be a given name of one character, which many
    of them are (悦 月 云 运): after one of the commonest surnames or a prefix of address (王悦盘着腿,
    李月超过了他, 小悦), or doubled (悦悦, 月月: a child's name). Not where the surname or prefix ends
    a word with the character before it (本周 上周 也许 从小: 本周粤股 is A股), nor after a surname
    that is oftener an adjective (ADJECTIVE_SURNAMES)."""
    before = text[at - 1 : at]
    if not before or before in _lookalikes()[0]:
        return False  # (袁粤型: the comma's look-alike, not the surname 袁)
    if before == text[at]:
        return True
    if before in ADJECTIVE_SURNAMES or lexicon.is_word(text[max(at - 2, 0) : at], min_freq=1):
        return False
    return before in _commonest_surnames() or before in NAME_PREFIXES


def _frame_in_ascii(text: str, before: str, after: str) -> bool:
    """Whether ``text`` writes a word of LATIN_WORDS_TABLE's shape ``before`` + capitals +
    ``after`` in ASCII letters (B型 or AB型 for 月型: 型 after capitals)."""
    return re.search(f"{re.escape(before)}[A-Z]{{1,2}}{re.escape(after)}", text) is not None


#: The nouns a capital letter labels (A组 B区 C座 D栋 E楼 G层 F出口, A级 B类 A款 A馆 B厅 A档 B型):
#: the groups of a draw, the zones, blocks, buildings, floors and exits of a place, grades,
#: classes and models. A lone capital's look-alike right before one is read as the capital where
#: no word holds it (see :func:`_label_letters`): a label is a name, it forms no word with the
#: text beside it. (Not 队 场 室 卷 版 套: 粤队 is Guangdong's team, and 在场 阅卷 再版 are words.)
LABEL_NOUNS: Final = (
    "出口",
    "入口",
    "组",
    "区",
    "座",
    "栋",
    "幢",
    "楼",
    "层",
    "级",
    "类",
    "款",
    "馆",
    "厅",
    "档",
    "型",
)
#: Of LABEL_NOUNS, those read only beside a sibling label: A型 alone is LATIN_WORDS_TABLE's,
#: read where the page shows garbled Latin letters besides (:func:`_latin_word_candidates`);
#: 楼 馆 厅 end the names of buildings, restaurants and halls, of two hanzi before them and any
#: (君悦楼 望月楼 凤悦馆), where A楼 and B楼 are named together
LABEL_NOUNS_PAIRED: Final = frozenset("型楼馆厅")
#: Capitals' look-alikes never read as labels: 在 (Z) and 再 (Y), the commonest hanzi of them,
#: stand before these nouns as words (在座 在组里 再组建 再楼上) far oftener than Z and Y label
#: them; 韵 (O), 'rhyme', heads nouns of its own (韵类 韵部 韵律组)
LABEL_NEVER: Final = "在再韵"
#: How far (in characters, on its line) a label's sibling stands from it: labels are named side
#: by side (公园粤区和月区之间 A区和B区, 买 A 款 还是 月 款)
LABEL_SIBLING_REACH: Final = 12
#: Capitals' look-alikes of low risk read as labels only beside a sibling, never alone: 粤 is
#: Guangdong's short name (粤组 the province's team, 粤出口 its exports, 粤区 its region, on a page
#: that may write 广东 nowhere), 郧 that of 郧阳 (住在郧区, 十堰郧区: the district, as people call
#: it), and 砸 'smash', 栽 'plant', 匀 'spare' are everyday verbs whose compounds the lexicon lacks
#: (砸出口碑, 试栽区, 把口粮匀出口来)
LABEL_PAIRED_LETTERS: Final = "粤郧砸栽匀"
#: The hanzi a label follows alone, in no word: prepositions, particles, the copula and the
#: joiners (在A区 分到了A组 的A楼 是B馆 分为A组和B组 从C出口 去C区). Any other lone hanzi before a
#: look-alike may make a name or a word with it that the lexicon lacks (揽月厅 得月楼 福运厅 中孕组
#: 星载型 试栽区 马悦组: a hall's, a restaurant's, a group's name, a surname and a given name)
LABEL_LEADS: Final = frozenset("在到了的是为和与及或即至从去")
#: What a count ends with, a numeral or the general measure word 个: a look-alike after one is
#: the noun it counts (这个月栋里 'this month, in the building', 每个月出口 'exports each month',
#: 三月区), never a label; a label follows no count
COUNT_BEFORE_LABEL: Final = frozenset(HAN_NUMERALS + "个几")
#: How many of jieba's people's names of three or four hanzi a pair of hanzi starts to count as
#: a compound surname (欧阳 78, 司马 93, 皇甫 9, 尉迟 17): 欧阳悦组 is a person's group
COMPOUND_SURNAME_MIN_NAMES: Final = 9
#: How many of jieba's people's names of two or three hanzi a hanzi starts to count as a surname
#: before a look-alike, which may be a given name (悦 月 云), where it ends a word too (冶金悦组:
#: ”金悦组, Jin Yue's group; 马 1079, 金 666, 叶 247, 方 182, 江 110), but not the ends of words
#: before labels (名列 23, 大门 67)
SURNAME_MIN_NAMES: Final = 100


def _label_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``名列粤组第一`` A组, ``动物园悦区`` C区, ``公园粤区和月区之间`` A区和B区: a lone capital's
    look-alike before a noun of LABEL_NOUNS that it labels (see :func:`_label_site`). Read alone
    where its letter is one of :func:`_labels_alone` (悦 蕴 酝); any other letter (月 云 运: the
    month, the clouds, the luck; 粤 郧 阅 晕), one spaced from its noun (粤 型) and one before
    LABEL_NOUNS_PAIRED only beside a sibling: another capital, ASCII or a look-alike read so,
    labelling the same noun near it (A区 beside 月区, B 型 beside 粤 型). ``taken``: the letters
    read already."""
    covered = _covered(taken)
    sites = [site for site in _label_sites(text) if site[0] not in covered]
    places = [site[0] for site in sites]
    found: list[_Candidate] = []
    for at, noun, spaced in sites:
        alone = not spaced and noun not in LABEL_NOUNS_PAIRED and text[at] in _labels_alone()
        if not alone and not _label_sibling(text, at, noun, spaced, (sites, places)):
            continue
        cand = _Candidate(at, at + 1, text[at], _ascii_letters(text[at]))
        cand.add(LIKELY_FROM + 1.0, f"a capital letter labelling a {noun} (A{noun}), in no word", EV_OTHER)
        found.append(cand)
    return found


@functools.cache
def _labels_alone() -> frozenset[str]:
    """The capitals' look-alikes read as labels alone: those of low risk (悦 蕴 酝: rarely a
    garbled letter, and no word nor name the page may mean before a label's noun), but not
    LABEL_PAIRED_LETTERS (places' short names and verbs). Those of medium and high risk end words
    freely (借阅 头晕 怀孕 复杂 受灾 下载 每月: 备孕组, a word the lexicon lacks, is no P组) or
    name a place (郧): beside a sibling only."""
    return frozenset(h for h, e in _letter_lookalikes().items() if e.risk == "low" and h not in LABEL_PAIRED_LETTERS)


@functools.cache
def _label_re() -> re.Pattern[str]:
    """A capital's look-alike (not LABEL_NEVER's), inline spaces, a noun of LABEL_NOUNS (groups:
    the spaces, the noun)."""
    capitals = "".join(h for h, e in _letter_lookalikes().items() if e.symbol.isupper() and h not in LABEL_NEVER)
    return re.compile(f"[{capitals}]([{_INLINE_SPACES}]*)({'|'.join(LABEL_NOUNS)})")


def _label_sites(text: str) -> list[tuple[int, str, bool]]:
    """Where a capital's look-alike may label a noun (see :func:`_label_site`): (its place, the
    noun, whether spaces part them), in text order."""
    return [
        (match.start(), match.group(2), bool(match.group(1)))
        for match in _label_re().finditer(text)
        if _label_site(text, match.start(), match.start(2), match.group(2))
    ]


@per_text
def _guangdong_page(text: str) -> bool:
    """Whether ``text`` writes of Guangdong: its full name (GUANGDONG_NAME) or a word of 粤
    (:func:`_names_guangdong`). Once per text (:data:`per_text`): every 粤 label asks it."""
    return GUANGDONG_NAME in text or _names_guangdong(text)


def _label_window(text: str, at: int) -> tuple[int, int]:
    """The stretch of ``text[at]``'s line within LABEL_SIBLING_REACH of it, where its siblings
    stand (found within the reach only: a page of one long line costs no more per label)."""
    start, end = max(at - LABEL_SIBLING_REACH, 0), min(at + LABEL_SIBLING_REACH, len(text))
    line_end = text.find("\n", at, end)
    return text.rfind("\n", start, at) + 1 or start, end if line_end < 0 else line_end


def _label_lead(text: str, at: int) -> bool:
    """Whether what stands before the look-alike at ``text[at]`` leaves it free to label: the
    line's start, no hanzi (a space, a mark, a slash), a mark's or digit's look-alike (动物园悦区
    C区) but 袁 and 叶, surnames' too (袁悦组 叶悦组), a hanzi of LABEL_LEADS, or the end of a
    word of the lexicon (名列 公园 分为) but a surname's, simple or compound (冶金悦组 欧阳月组)."""
    last = text[at - 1 : at]
    if not last or not is_han(last):
        return True
    if last in SURNAME_LOOKALIKES:
        return False  # (袁 and 叶, the look-alikes of ， and 《, are common surnames: 叶悦组 袁悦组)
    punct, digits, _ = _lookalikes()
    if last in punct or last in digits or last in LABEL_LEADS:
        return True
    before = text[max(at - lexicon.MAX_WORD_LEN, 0) : at]
    if last in _name_surnames()[0] or text[at - 2 : at] in _name_surnames()[1]:
        return False  # (冶金悦组 欧阳悦组 欧阳月组: a surname, then a given name)
    return lexicon.word_at_end(before)


@functools.cache
def _name_surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(the hanzi that start SURNAME_MIN_NAMES of jieba's people's names of two or three hanzi,
    the pairs that start COMPOUND_SURNAME_MIN_NAMES of those of three or four): surnames, wider
    than mappings' table of the commonest (马 高 于 金 方 石 江 余), and compound surnames (欧阳
    司马 诸葛 上官 皇甫 慕容 令狐 尉迟)."""
    singles: dict[str, int] = {}
    pairs: dict[str, int] = {}
    for name in lexicon.person_names():
        if not all(is_han(char) for char in name):
            continue
        if len(name) in (2, 3):
            singles[name[0]] = singles.get(name[0], 0) + 1
        if len(name) in (3, 4):
            pairs[name[:2]] = pairs.get(name[:2], 0) + 1
    return (
        frozenset(char for char, count in singles.items() if count >= SURNAME_MIN_NAMES),
        frozenset(pair for pair, count in pairs.items() if count >= COMPOUND_SURNAME_MIN_NAMES),
    )


def _label_site(text: str, at: int, noun_at: int, noun: str) -> bool:
    """Whether the capital's look-alike at ``text[at]`` may label ``noun`` at ``text[noun_at]``:
    it stands alone (no letter before it, nor a digit that ends no word: 4A级 and 6月 are other
    readings, 动物园悦区 is C区), what stands before it leaves it free (:func:`_label_lead`: no
    lone hanzi that may make a name with it, 揽月厅 马悦组), no word holds it with the text before
    it (每月 岁月 白云 客运) nor with the noun (灾区 云层), the noun starts no longer word (区域 组织
    楼上 层次 级别), it ends no given name (王悦组 张梦月组: groups named after a person), 粤 on no
    page that writes of Guangdong (广东 粤语 粤港), and the line labels no such noun with another hanzi (粤组、闽组
    粤区、桂区: provinces)."""
    before = text[max(at - lexicon.MAX_WORD_LEN + 1, 0) : at]
    letters = _letter_lookalikes()
    last = before[-1:]
    if last and ((last.isascii() and last.isalnum()) or (last in letters and letters[last].risk != "high")):
        return False  # (a run's letter, a code's: but 在 再 月 before it are hanzi, 住在阅座)
    if _is_digit_at(text, at - 1) and not lexicon.word_at_end(before):
        return False
    if before.rstrip(_INLINE_SPACES)[-1:] in COUNT_BEFORE_LABEL:
        return False  # (这个月栋里, 每个月出口, 三月区: a count of months, not a label)
    if not _label_lead(text, at):
        return False
    end = noun_at + len(noun)
    if lexicon.frequency(text[at] + noun) or lexicon.word_at_end(before + text[at]):
        return False
    if _starts_longer_word(text, noun_at, noun) or _ASCII_LETTER_RE.match(text, end):
        return False
    if not _word_edges_kept(text, at, end):
        return False
    if _given_name_letter(text, at) or _ends_given_name(text, at):
        return False
    if text[at] == GUANGDONG and _guangdong_page(text):
        return False
    return not _labelled_by_hanzi(text, at, noun)


def _starts_longer_word(text: str, at: int, word: str) -> bool:
    """Whether a word of the lexicon longer than ``word`` (at ``text[at]``) starts there (区域 组织);
    none where the text ends first (a label that ends the text: 我们分到了悦组)."""
    longest = min(lexicon.MAX_WORD_LEN, len(text) - at)
    return any(lexicon.frequency(text[at : at + length]) for length in range(len(word) + 1, longest + 1))


def _ends_given_name(text: str, at: int) -> bool:
    """Whether ``text[at]`` may end a given name of two characters: a common surname two before
    it (where it ends no word) and a given name's first character right before it (刘欣悦组 张梦月组);
    or any surname of jieba's names (:func:`_name_surnames`) and any hanzi but a look-alike:
    the given-name table lacks today's names' characters (陆心悦组 许可悦组 周一蕴组: 许可 and 周一
    are words too, which is why the lead let them through); or a rarer surname of the surname
    table, of which jieba holds few names (岑 邝 谭), and a hanzi it makes no word with (岑思悦组
    邝一悦组 are a person's group). A word the lexicon holds at all, however rare, is a likelier
    reading than a name with no evidence but the surname table (童鞋悦区 冷柜悦区 蓝莓悦区 苗语悦组
    包装悦区 甘肃悦组 are C区 C组), and jieba's nr tag is no such evidence: it tags 童声 童鞋 岳麓 so."""
    if at < 2:
        return False
    surname, first = text[at - 2], text[at - 1]
    if lexicon.frequency(text[max(at - 3, 0) : at - 1]):
        return False  # (上林苑粤栋: 上林 is a word)
    if surname in _commonest_surnames() and first in _given_name_chars():
        return True
    punct, digits, _ = _lookalikes()
    if not is_han(first) or first in punct or first in digits or first in _letter_lookalikes():
        return False
    if surname in _name_surnames()[0]:
        return True
    return surname in _surnames() and not lexicon.frequency(surname + first)


def _labelled_by_hanzi(text: str, at: int, noun: str) -> bool:
    """Whether ``noun`` follows another hanzi (no letter's look-alike) near ``text[at]`` on its
    line, with which it makes no word: the line labels with hanzi (粤组、闽组, 粤区、桂区和琼区)."""
    start, end = _label_window(text, at)
    index = text.find(noun, start + 1, end)
    while index >= 0:
        label = text[index - 1]
        lone = index - 1 != at and is_han(label) and label not in _letter_lookalikes()
        if lone and not (lexicon.frequency(label + noun) or lexicon.frequency(text[index - 2 : index + len(noun)])):
            return True
        index = text.find(noun, index + 1, end)
    return False


#: The nouns a capital letter follows as its label (附录B 附件A 选项C 方案B: an appendix, an
#: enclosure, an option, a plan): a capital's look-alike after one, set apart after it, is read
#: (见附录 月遥 is 见附录 B。): no word is a hanzi alone between such a noun and a mark
LABEL_HEADS: Final = ("附录", "附件", "选项", "方案")
#: Capitals' look-alikes never read after LABEL_HEADS (besides LABEL_NEVER's): 云 'says' follows
#: the document it quotes, before a colon or a quote (该方案云：“…”, 附录云：)
HEADED_NEVER: Final = LABEL_NEVER + "云"


@functools.cache
def _headed_label_re() -> re.Pattern[str]:
    """A noun of LABEL_HEADS, inline spaces, a capital's look-alike (not HEADED_NEVER's; group: it)."""
    capitals = "".join(h for h, e in _letter_lookalikes().items() if e.symbol.isupper() and h not in HEADED_NEVER)
    return re.compile(f"(?:{'|'.join(LABEL_HEADS)})[{_INLINE_SPACES}]*([{capitals}])")


def _headed_labels(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``见附录 月遥`` 见附录 B。, ``选项粤袁`` 选项A，: a capital's look-alike after a noun of
    LABEL_HEADS, set apart after it (a line's edge, a space, a mark or its look-alike: 附录月报
    stays); ``taken``: the letters read already."""
    covered = _covered(taken)
    punct = _lookalikes()[0]
    found: list[_Candidate] = []
    for match in _headed_label_re().finditer(text):
        at = match.start(1)
        if at in covered or not _set_apart(text[at + 1 : at + 2], punct) or _runs_on_after_a_gap(text, at, punct):
            continue
        cand = _Candidate(at, at + 1, text[at], _ascii_letters(text[at]))
        cand.add(LIKELY_FROM + 1.0, "a capital letter labelling the appendix, option or plan before it", EV_OTHER)
        found.append(cand)
    return found


def _runs_on_after_a_gap(text: str, at: int, punct: dict[str, str]) -> bool:
    """Whether the look-alike at ``text[at]``, followed by spaces or one line break, runs on into
    the hanzi after them: a hard-wrapped or spaced line (改革方案运⏎行良好 运行, 方案阅⏎后请签字,
    方案宰 了我们一刀), which a label set apart is not (见附录 月遥, 附录 月⏎⏎ a heading: a
    mark, a blank line, the text's end after it; 附录 月 是资料性附录, spaced on both sides as a Latin
    letter is set among hanzi)."""
    after = at + 1
    while after < len(text) and (text[after] in _INLINE_SPACES or text[after] in "\r\n"):
        after += 1
    gap = text[at + 1 : after]
    if not gap or gap.count("\n") > 1 or ("\n" not in gap and text[at - 1 : at] in _INLINE_SPACES):
        return False
    return is_han(text[after : after + 1]) and text[after] not in punct


#: N and n before a counter say 'countless' in informal writing (打了N次电话, 差了n倍, 缺N页) and
#: 'any number' in an argument (n倍的投入产生了大于n倍的产出): their
#: look-alikes 晕 'dizzy' and 灶 'stove' before COUNTLESS_COUNTERS, where no word holds them
#: (头晕 炉灶 before them, 次日 次数 倍数 遍布 页面 after them), are read (see :func:`_countless_at`)
COUNTLESS_LETTERS: Final = "晕灶"
COUNTLESS_COUNTERS: Final = frozenset("次倍遍页")


def _countless_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``打了晕次电话`` 打了N次电话, ``差了灶倍`` 差了n倍: see COUNTLESS_LETTERS; ``taken``: the
    letters read already."""
    why = "N or n before a counter: countless times (N次, n倍)"
    return _single_letters(text, COUNTLESS_LETTERS, taken, lambda at: _countless_at(text, at), why)


def _countless_at(text: str, at: int) -> bool:
    """Whether the look-alike of COUNTLESS_LETTERS at ``text[at]`` says 'countless': before a
    counter of COUNTLESS_COUNTERS that starts no longer word, alone (no letter nor digit before
    it: 11n of a network card is another reading) and in no word with the text before it."""
    counter = text[at + 1 : at + 2]
    if counter not in COUNTLESS_COUNTERS or _starts_longer_word(text, at + 1, counter):
        return False
    before = text[max(at - lexicon.MAX_WORD_LEN + 1, 0) : at]
    last = before[-1:]
    if last and ((last.isascii() and last.isalnum()) or _is_letter_char(last) or _is_digit_at(text, at - 1)):
        return False
    return not (lexicon.frequency(text[at] + counter) or lexicon.word_at_end(before + text[at]))


#: What joins two labels that share their noun (A、B区 A和B区 A/B楼 A 月楼)
LABEL_JOINERS: Final = _INLINE_SPACES + ENUMERATION + "/和与或及"


def _label_sibling(
    text: str, at: int, noun: str, spaced: bool, sites: tuple[list[tuple[int, str, bool]], list[int]]
) -> bool:
    """Whether another capital labels ``noun`` beside ``text[at]`` on its line: an ASCII capital
    joined to it (A 月楼, A、月区: the two share the noun) or labelling the same noun joined to its
    label (A区和月区, 月区、B区), another capital than its own (B楼和月楼 names two buildings, not
    B twice); an ASCII capital spaced from the noun as it is (买 A 款 还是 月 款); its own capital
    in ASCII labelling the noun near it, not joined (告诉月楼在何处，并且B楼: the page's own
    spelling); or another letter's look-alike of ``sites`` (the sites and their places, in text
    order) labelling the same noun near it (粤区和月区), where the two are not both of high risk
    (月区 beside 云区 shows nothing) nor 粤 and 云, Guangdong's and Yunnan's short names (粤区和云区)."""
    own = _ascii_letters(text[at])
    start, end = _label_window(text, at)
    joined = _joined_capital(text, at, noun, (start, end))
    if joined:
        return joined != own
    ascii_label = _ascii_label_re("A-Z" if spaced else own, noun, spaced=spaced)
    if ascii_label.search(text, start, end):
        return True
    letters = _letter_lookalikes()
    high = letters[text[at]].risk == "high"
    listed, places = sites
    for index in range(bisect.bisect_left(places, start), bisect.bisect_left(places, end)):
        other, other_noun, _ = listed[index]
        pair = {text[at], text[other]}
        if (
            other_noun == noun
            and len(pair) == 2
            and not (high and letters[text[other]].risk == "high")
            and pair != PROVINCE_LETTERS
        ):
            return True
    return False


#: 粤 and 云, the look-alikes of A and F, are the short names of Guangdong and Yunnan: 粤区和云区
#: name the two provinces' regions, no sibling labels
PROVINCE_LETTERS: Final = frozenset("粤云")


@functools.cache
def _ascii_label_re(capitals: str, noun: str, *, spaced: bool) -> re.Pattern[str]:
    """An ASCII capital of ``capitals`` (a character class's body; no letter before it)
    labelling ``noun``, spaced from it where ``spaced``."""
    return re.compile(f"(?<![A-Za-z])[{capitals}][{_INLINE_SPACES}]{'+' if spaced else '*'}{noun}")


def _joined_capital(text: str, at: int, noun: str, window: tuple[int, int]) -> str:
    """The ASCII capital (no letter before it) joined to the label at ``text[at]`` by
    LABEL_JOINERS, within ``window`` ('' if none): sharing its noun right before it (A 月楼, A、月区,
    A和月区), or labelling ``noun`` right before it (A区和月区, A区、月区) or right after its noun
    (月区和B区)."""
    start, end = window
    joined = at
    while joined > start and text[joined - 1] in LABEL_JOINERS:
        joined -= 1
    if joined < at:
        for head in (joined - 1, joined - len(noun) - 1):
            capital = text[head] if head >= start else ""
            shares = head == joined - 1 or text.startswith(noun, head + 1)
            if shares and "A" <= capital <= "Z" and not _is_letter_char(text[head - 1 : head]):
                return capital
    after = at + 1 + len(noun)
    while after < end and text[after] in LABEL_JOINERS:
        after += 1
    capital = text[after : after + 1]
    if after > at + 1 + len(noun) and "A" <= capital <= "Z" and text.startswith(noun, after + 1):
        return capital
    return ""


#: Look-alikes of the Latin units a number takes in reviews and manuals: 圆郧内存 2G, 缘园园酝左右
#: 500M, 猿阅网游 3D, 员园园宰 100W, 员圆灾 12V, 员栽硬盘 1T, 苑圆园孕高清 720P, 圆园园皂 200m, 猿噪 3k. Not
#: 月 (B, and the month: 5月), 运 (K: 运20 is an aircraft), 早 (g: 3早), 责 (p: 1080责 is rare).
#: Also the letters a manual's figures end with: an exponent's 耘 (1.00耘+03 1.00E+03) and the
#: imaginary unit (3+4躁 3+4j, 5+12蚤 5+12i).
UNIT_LETTERS: Final = "郧酝阅宰灾栽孕皂噪" + "耘躁蚤"
#: Of UNIT_LETTERS, those read only after a number of three digits or more: 孕 (P of 720P,
#: 1080P), also a pregnancy's (怀孕12孕周)
UNIT_AFTER_HUNDREDS: Final = "孕"
#: Of the letters left out of UNIT_LETTERS, those read where memory follows the unit (员早内存 1g内存,
#: 1早显存 1g显存: 包2早 is two breakfasts, but no meal comes before 内存); before memory, a unit's
#: look-alike is read after a digit's look-alike that ends a word too (变成员郧显存 变成1G显存).
MEMORY_UNIT_LETTERS: Final = "早"


def _unit_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``员郧内存`` 1G, ``缘园园酝左右`` 500M: a look-alike of UNIT_LETTERS alone (no letter
    look-alike beside it) right after a digit (ASCII, or a look-alike no word ends with: 成员郧
    is no 员 G), where no word holds it with the hanzi after it (5阅读, 12酝酿, 3郧县) nor
    with the digit's look-alike before it; ``taken``: the letters read already."""
    letters = _letter_lookalikes()
    why = "a Latin unit's look-alike right after a number (2G, 500M)"
    hanzi = UNIT_LETTERS + MEMORY_UNIT_LETTERS
    return _single_letters(text, hanzi, taken, lambda at: _unit_letter_at(text, at, letters), why)


#: Look-alikes of the Latin units of two letters a manual's figures take, whose letters make
#: no pair read otherwise (of high and medium risk): 员圆责贼 and 10 责贼 are 12pt and 10 pt, the
#: point of a font's size or a line's width. Read after a number (a space between at most)
#: where no letter follows: no word of the lexicon is 责贼.
UNIT_WORDS: Final = {"责贼": "pt"}


def _unit_words(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``员圆责贼`` 12pt, ``0.05 责贼`` 0.05 pt: a look-alike of UNIT_WORDS after a number (see
    UNIT_WORDS); ``taken``: the letters read already."""
    covered = _covered(taken)
    found: list[_Candidate] = []
    for word, unit in UNIT_WORDS.items():
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            number = at - 1 if at and text[at - 1] in _INLINE_SPACES else at
            if (
                number
                and not covered.intersection(range(at, end))
                and _after_digit(text, number)
                and not _is_letter_char(text[end : end + 1])
            ):
                cand = _Candidate(at, end, word, unit)
                cand.add(LIKELY_FROM + 1.0, f"a Latin unit's look-alikes right after a number ({unit})", EV_OTHER)
                found.append(cand)
            at = text.find(word, end)
    return found


def _single_letters(
    text: str, hanzi: str, taken: list[_Candidate], reads: Callable[[int], bool], why: str
) -> list[_Candidate]:
    """Each look-alike of ``hanzi`` in ``text`` outside ``taken`` (the letters read already)
    that ``reads`` (given its place) says is its letter, as a candidate noted ``why``."""
    covered = _covered(taken)
    found: list[_Candidate] = []
    for char in hanzi:
        at = text.find(char)
        while at >= 0:
            if at not in covered and reads(at):
                cand = _Candidate(at, at + 1, char, _ascii_letters(char))
                cand.add(LIKELY_FROM + 1.0, why, EV_OTHER)
                found.append(cand)
            at = text.find(char, at + 1)
    return found


def _unit_letter_at(text: str, at: int, letters: dict[str, ShiftEntry]) -> bool:
    """Whether the look-alike of UNIT_LETTERS at ``text[at]`` reads as a unit (see :func:`_unit_letters`)."""
    after = text[at + 1 : at + 2]
    memory = text.startswith(MEMORY_AFTER, at + 1)
    if text[at] in MEMORY_UNIT_LETTERS and not memory:
        return False
    digit_before = _is_digit_at(text, at - 1) if memory else _after_digit(text, at)
    if after in letters or (at and text[at - 1] in letters) or not digit_before:
        return False
    if not text[at - 1].isascii() and lexicon.frequency(text[at - 1 : at + 1]):
        return False  # (a word of the digit's look-alike and the letter's)
    if text[at] in UNIT_AFTER_HUNDREDS and not (_is_digit_at(text, at - 2) and _is_digit_at(text, at - 3)):
        return False  # (怀孕12孕周)
    window = text[at] + _window(text, at, 1)
    return not _in_best_word(window, 0)


#: ｘ and Ｘ (曾 载) between two numbers: a resolution or a block's size (员园圆源曾缘苑远 1024x576, 愿曾8
#: 8x8), where one number has two digits or more or an ASCII digit (no 3曾5 of look-alikes alone)
TIMES_LETTERS: Final = "曾载"


def _times_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``员园圆源曾缘苑远`` 1024x576: a look-alike of TIMES_LETTERS between two numbers (digits or
    their look-alikes); ``taken``: the letters read already."""
    return _single_letters(
        text, TIMES_LETTERS, taken, lambda at: _times_letter_at(text, at), "x between two numbers (1024x576)"
    )


#: ｘ spaced between two numbers (3.402823 曾 10耘猿愿 is 3.402823 x 10E38): a product, where
#: one number is in ASCII digits (no 3载 'three years' counted, as 载 is, spaced before a number)
TIMES_SPACED: Final = "曾"


def _times_letter_at(text: str, at: int) -> bool:
    """Whether the look-alike of TIMES_LETTERS at ``text[at]`` stands between two numbers, one
    of two digits or more or with an ASCII digit, or spaced between them (TIMES_SPACED; see
    :func:`_times_letters`)."""
    if text[at] in TIMES_SPACED and _spaced_apart(text, at):
        numbers = _is_digit_at(text, at - 2) and _is_digit_at(text, at + 2)
        return numbers and (text[at - 2].isascii() or text[at + 2].isascii())
    left = text[max(0, at - 2) : at]
    right = text[at + 1 : at + 3]
    sides = _is_digit_at(text, at - 1) and _is_digit_at(text, at + 1)
    return sides and (
        _is_digit_at(text, at - 2) or _is_digit_at(text, at + 2) or any(c.isascii() for c in left + right)
    )


#: A function of a manual's formula written with its argument in ASCII (Bessel 函数 陨灶(x) is
#: In(x), 再灶(x) Yn(x)): a run of two letter look-alikes up to this many set apart before its
#: argument (CALL_ARGUMENT), not all of high risk. Prose puts hanzi there too: one glossed
#: (杂(za), 再(again)), 再在 'then at' before a variable (再在(y)处填入), so one look-alike alone
#: and common hanzi alone are left.
CALL_MAX_LETTERS: Final = 3
#: The argument of CALL_MAX_LETTERS' function: in an ASCII parenthesis closed on the line, an
#: ASCII letter and nothing but ASCII letters, digits, spaces and operators (x, 2x+1, a, b).
CALL_ARGUMENT: Final = "[A-Za-z0-9+*/ ,.-]{1,12}"


@functools.cache
def _call_letters_re() -> re.Pattern[str]:
    """A run of two letter look-alikes or more before an ASCII argument in ASCII parentheses."""
    letters = "".join(_letter_lookalikes())
    return re.compile(f"([{letters}]{{2,{CALL_MAX_LETTERS}}})\\(({CALL_ARGUMENT})\\)")


def _call_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``Bessel 函数 陨灶(x)`` In(x): the name of a function before its ASCII argument (see
    CALL_MAX_LETTERS), set apart before it (a line's start, a space, a mark or an ASCII sign),
    no word of the lexicon; ``taken``: the letters read already."""
    if "(" not in text:
        return []
    letters = _letter_lookalikes()
    punct = _lookalikes()[0]
    covered = _covered(taken)
    found: list[_Candidate] = []
    for match in _call_letters_re().finditer(text):
        start, end = match.span(1)
        run = match.group(1)
        before = text[start - 1] if start else "\n"
        if covered.intersection(range(start, end)) or not _separator(before, punct):
            continue
        if not _ASCII_LETTER_RE.search(match.group(2)) or lexicon.frequency(run):
            continue
        if all(letters[c].risk == "high" for c in run):
            continue  # (再在(y) 'then at y')
        cand = _Candidate(start, end, run, _ascii_letters(run))
        cand.add(LIKELY_FROM + 1.0, "a function's name before its ASCII argument (In(x))", EV_OTHER)
        found.append(cand)
    return found


#: A function's name of two parts (CONFIDENCE.T, COVARIANCE.S): a capital's look-alike
#: between a full stop after a capital (ASCII or read) and the opening parenthesis
SUFFIX_BEFORE, SUFFIX_AFTER = ".", "("
#: A temperature's scale after the degree sign (°C, °F)
DEGREE, DEGREE_SCALES = "\u00b0", "悦云"


def _suffix_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``悦韵晕云陨阅耘晕悦耘.栽(`` CONFIDENCE.T(, ``°悦`` °C: a function name's last part of one
    capital (see SUFFIX_BEFORE) and a temperature's scale (see DEGREE_SCALES); ``taken``: the
    letters read already."""
    found: list[_Candidate] = []
    if SUFFIX_BEFORE in text and SUFFIX_AFTER in text:
        read = _covered(taken)
        capitals = _column_capitals()
        why = "a capital between a function name's full stop and its parenthesis (CONFIDENCE.T()"
        found += _single_letters(text, capitals, taken, lambda at: _suffix_letter_at(text, at, read), why)
    if DEGREE in text:
        why = "a temperature's scale after the degree sign (°C)"
        found += _single_letters(text, DEGREE_SCALES, taken, lambda at: _degree_scale_at(text, at), why)
    return found


def _degree_scale_at(text: str, at: int) -> bool:
    """Whether the look-alike at ``text[at]`` is a temperature's scale after the degree sign,
    where it starts no word with the hanzi after it (10°云层很低, 30°悦耳的鸟鸣 are words)."""
    if text[at - 1 : at] != DEGREE:
        return False
    return not is_han(text[at + 1 : at + 2]) or not _in_best_word(text[at] + _window(text, at, 1), 0)


def _suffix_letter_at(text: str, at: int, read: set[int]) -> bool:
    """Whether the capital's look-alike at ``text[at]`` ends a function's name (see SUFFIX_BEFORE;
    ``read``: where letters were read)."""
    if text[at - 1 : at] != SUFFIX_BEFORE or text[at + 1 : at + 2] != SUFFIX_AFTER or at < 2:
        return False
    before = text[at - 2]
    return (before.isascii() and before.isupper()) or (at - 2 in read and before in _column_capitals())


#: The alphabet as a range, in capitals or lower case (字母 粤-在 或 葬-z is A-Z 或 a-z): its
#: first and last letters' look-alikes joined by a hyphen, no letter either side (led by the
#: hyphen, the first letter read by a look-behind: the engine skips to each hyphen)
ALPHABET_RANGE: Final = re.compile("-(?<=(?<![A-Za-z])([粤葬])-)([在扎])(?![A-Za-z])")
#: The hanzi that may follow the alphabet's range right after it (A-Z的字母, A-Z或a-z); another
#: hanzi makes it prose (粤-在港澳合作 'Guangdong, in the Hong Kong-Macao cooperation')
ALPHABET_RANGE_AFTER: Final = "的或和之中"


def _alphabet_ranges(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``粤-在`` A-Z, ``葬-扎`` a-z: the alphabet written as a range (see ALPHABET_RANGE);
    ``taken``: the letters read already."""
    if "-" not in text:
        return []
    covered = _covered(taken)
    found: list[_Candidate] = []
    for match in ALPHABET_RANGE.finditer(text):
        start, end = match.start(1), match.end()
        if _is_letter_char(text[start - 1 : start]) or _is_letter_char(text[end : end + 1]):
            continue  # (a word's letters)
        if is_han(text[end : end + 1]) and text[end] not in ALPHABET_RANGE_AFTER:
            continue  # (粤-在港澳合作: the range's last look-alike begins prose)
        for at in (match.start(1), match.start(2)):
            if at not in covered:
                cand = _Candidate(at, at + 1, text[at], _ascii_letters(text[at]))
                cand.add(LIKELY_FROM + 1.0, "the alphabet written as a range (A-Z, a-z)", EV_OTHER)
                found.append(cand)
    return found


#: A cell or a key of a manual (单元格 月员尧月圆 和 月3 is B1、B2 和 B3; 按「云9」键 F9; Ctrl+云12):
#: one capital's look-alike set apart (after a line's start, a space, a mark or one of
#: CELL_BEFORE: 工作表2.粤1, $粤1, =NOW()-粤1; before CELL_MAX_DIGITS digits or fewer and a space,
#: a mark or the line's end).
#: Not 运 (K: （运20） is an aircraft), 再 (Y), 在 (Z): words of their own before a number.
CELL_BEFORE: Final = (
    "+-$.(:=,;/<>&[{" + LEFT_CORNER_BRACKET + LEFT_WHITE_CORNER_BRACKET
)  # (a key named in 「」: 「云9」)
CELL_AFTER: Final = RIGHT_CORNER_BRACKET + RIGHT_WHITE_CORNER_BRACKET
CELL_NEVER: Final = "运再在"
CELL_MAX_DIGITS: Final = 3


@functools.cache
def _cell_letter_re() -> re.Pattern[str]:
    """A capital's look-alike (not CELL_NEVER), then digits (ASCII or look-alikes) and whatever
    follows them (checked by :func:`_cell_letters`)."""
    capitals = "".join(h for h, e in _letter_lookalikes().items() if e.symbol.isupper() and h not in CELL_NEVER)
    digits = "0-9" + "".join(_lookalikes()[1])
    return re.compile(f"[{capitals}](?=[{digits}]{{1,{CELL_MAX_DIGITS}}}(.|\\Z))", re.DOTALL)


def _cell_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``单元格 月员尧月圆`` B1、B2, ``Shift+云8`` F8: the letter of a cell or a key (see
    CELL_BEFORE), on a page that has Latin letters already (ASCII, or garbled ones read in
    ``taken``: a manual's, not a news page's)."""
    if not taken and not _has_ascii_letter(text):
        return []
    letters = _letter_lookalikes()
    punct = _lookalikes()[0]
    covered = _covered(taken)
    found: list[_Candidate] = []
    unsure: list[_Candidate] = []
    for match in _cell_letter_re().finditer(text):
        at = match.start()
        before = text[at - 1] if at else "\n"
        after = match.group(1)
        if at in covered or not (_set_apart(before, punct) or before in CELL_BEFORE):
            continue
        if before in _INLINE_SPACES and _is_digit_at(text, _before_spaces(text, at)):
            continue  # (a month typed apart: 5 月3 日)
        key = text[at] == FUNCTION_KEY and _key_at(text, match.start(1))
        if not (_set_apart(after, punct) or after in FORMULA_AFTER_CELL or after in CELL_AFTER or key):
            continue
        if _in_best_word(text[at] + _window(text, at, 1), 0):
            continue  # (a word of the letter's look-alike and a digit's)
        cand = _Candidate(at, at + 1, text[at], _ascii_letters(text[at]))
        cand.add(LIKELY_FROM + 1.0, "a capital set apart before a number: a cell or a key (B1, F9)", EV_OTHER)
        # 月 or 云 before one digit's look-alike, only after a space, an enumeration comma or a
        # formula's character, where other cells show (单元格 月员尧月圆 和 月3 is B1、B2 和 B3):
        # ⏎月圆渊之夜冤 is 月圆（之夜）, the full moon
        if letters[text[at]].risk == "high" and match.start(1) == at + 2 and not text[at + 1].isascii() and not key:
            if before in _INLINE_SPACES or before in ENUMERATION or before in CELL_BEFORE:
                unsure.append(cand)
            continue
        found.append(cand)
    return sorted(found + unsure, key=lambda c: c.start) if found else []


#: A function key (按 云怨 键 is F9 键, ⏎云苑 键⏎ F7 键): 云 (F) before a digit's look-alike and 键,
#: read as other cells and keys are, also before one digit's look-alike where no other cell shows
FUNCTION_KEY, KEY = "云", "键"


def _key_at(text: str, index: int) -> bool:
    """Whether 键 stands at ``text[index]``, after inline spaces at most."""
    while index < len(text) and text[index] in _INLINE_SPACES:
        index += 1
    return text.startswith(KEY, index)


_ASCII_LETTER_RE = re.compile("[A-Za-z]")
#: (the same, on a text's ASCII characters alone: see :func:`_has_ascii_letter`)
_ASCII_LETTER_BYTES_RE: Final = re.compile(b"[A-Za-z]")


@per_text
def _has_ascii_letter(text: str) -> bool:
    """Whether ``text`` holds an ASCII letter (``_ASCII_LETTER_RE.search(text)``): what several
    readers of Latin letters ask first (a page of Chinese has none: nothing of theirs to find).
    Once per text, searched in its ASCII characters alone (encoded with the others dropped):
    the regex tests its class at every hanzi of a Chinese page, ten times slower."""
    return _ASCII_LETTER_BYTES_RE.search(text.encode("ascii", "ignore")) is not None


def _before_spaces(text: str, at: int) -> int:
    """Where the last character before ``text[at]`` that is no inline space stands (-1: none)."""
    at -= 1
    while at >= 0 and text[at] in _INLINE_SPACES:
        at -= 1
    return at


def _set_apart(char: str, punct: dict[str, str]) -> bool:
    """Whether ``char`` sets a cell's letter apart: a line's edge, a space, a mark or its look-alike."""
    return char in ("", "\n", "\r") or char in _INLINE_SPACES or char in _REAL_MARKS or char in punct


#: A Latin word of this many letters that the page writes in ASCII or shows garbled and read
#: already is read where it is garbled again (see :func:`_echoed_latin_words`)
ECHO_MIN_LETTERS, ECHO_MAX_LETTERS = 2, 12
#: An echoed word of this many letters or more is read though a word of the lexicon holds two
#: of its letters, where none crosses its edges (阅阅月 is DDB where the page writes DDB: 阅月)
ECHO_INNER_WORD_LETTERS: Final = 3
#: An ASCII word of ECHO_MIN_LETTERS..ECHO_MAX_LETTERS letters with no letter either side
#: (``(?<![A-Za-z])[A-Za-z]{2,12}(?![A-Za-z])``, its look-behind moved after the first letter:
#: a pattern led by a letter class skips to the letters, one led by a look-behind is tried at
#: every character of the page; a third of the time, and the same matches).
_ASCII_WORD_RE: Final = re.compile(
    f"[A-Za-z](?<![A-Za-z][A-Za-z])[A-Za-z]{{{ECHO_MIN_LETTERS - 1},{ECHO_MAX_LETTERS - 1}}}(?![A-Za-z])"
)


def _echoed_latin_words(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``装了XP袁还有就是曾责要`` xp, ``装载孕方便多了`` 装XP: a Latin word the page writes in
    ASCII or shows garbled and read already (``taken``), garbled again elsewhere, in capitals,
    lower case or capitalised, set apart from other letters, where no word holds its last letter
    with the hanzi after it (装载孕妇 is no XP妇) nor two of its letters. A word of the lexicon may
    cross its left edge (装载孕: 装 XP) only where none of its letters is of high risk (每月再去 is
    no 每 BY去 where the page writes BY; 干燥则 no 干 or)."""
    # (no ASCII letter, no ASCII word: the page's own scan skipped)
    words = {m.group().lower() for m in _ASCII_WORD_RE.finditer(text)} if _has_ascii_letter(text) else set()
    words |= {c.symbol.lower() for c in taken if c.symbol.isascii() and c.symbol.isalpha() and len(c.symbol) >= 2}
    if not words:
        return []
    letters = _letter_lookalikes()
    code_of = {e.symbol: h for h, e in letters.items()}
    forms = {
        "".join(code_of[chr(ord(c) + FULLWIDTH_OFFSET)] for c in form): form
        for word in words
        for form in (word, word.upper(), word.capitalize())
    }
    # (one scan for all the forms, the longest first where several start at one place)
    pattern = _forms_re(tuple(sorted(forms, key=len, reverse=True)))
    covered: set[int] | None = None  # (where ``taken`` stands: found at the first echo; most texts have none)
    found: list[_Candidate] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if covered is None:
            covered = _covered(taken)
        if not covered.intersection(range(start, end)) and _echo_read(text, start, end, letters):
            form = forms[match.group()]
            cand = _Candidate(start, end, match.group(), form)
            cand.add(LIKELY_FROM + 1.0, f"the page writes {form} elsewhere", EV_OTHER)
            found.append(cand)
    return found


#: An ASCII token of letters joined by a sign (I/O, E+, e-: a page's abbreviations and format
#: characters), with no letter or digit either side (its look-behind after the first letter, as
#: _ASCII_WORD_RE's).
_SIGNED_TOKEN_RE: Final = re.compile(r"[A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z]*(?:[/+\-][A-Za-z]*)+(?![A-Za-z0-9])")


def _echoed_signed_tokens(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``文件 陨/韵 函数`` where the page writes ``I/O``, ``和 藻+ 的指数`` where it writes ``e+``: a
    token of letters and signs the page writes in ASCII, garbled again elsewhere with the same
    signs, apart from letters, digits and hanzi on both sides (a space, a mark or its look-alike,
    the line's ends). The sign inside it is no hanzi's: prose joins no word to a sign."""
    if not _has_ascii_letter(text):
        return []  # (no ASCII letter, no token of them)
    tokens = {m.group() for m in _SIGNED_TOKEN_RE.finditer(text)}
    if not tokens:
        return []
    letters = _letter_lookalikes()
    code_of = {e.symbol: h for h, e in letters.items()}
    covered = _covered(taken)
    found: list[_Candidate] = []
    for token in tokens:
        form = "".join(code_of[chr(ord(c) + FULLWIDTH_OFFSET)] if c.isalpha() else c for c in token)
        if LETTER_RUN_NEVER in form:
            continue
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not covered.intersection(range(at, end)) and _signed_token_apart(text, at, end, letters):
                cand = _Candidate(at, end, form, token)
                cand.add(LIKELY_FROM + 1.0, f"the page writes {token} elsewhere", EV_OTHER)
                found.append(cand)
            at = text.find(form, end)
    return found


def _signed_token_apart(text: str, start: int, end: int, letters: dict[str, ShiftEntry]) -> bool:
    """Whether ``text[start:end]`` stands between spaces, as a help page sets a token in prose
    (文件 陨/韵 函数), and not all of high-risk letters: a line's start or a mark beside it is a
    list's or a heading's (⏎粤/月, 月+、粤-两档), and 月+ is a month's as often."""
    if text[start - 1 : start] != " " or text[end : end + 1] != " ":
        return False
    return not all(letters[char].risk == "high" for char in text[start:end] if char in letters)


@functools.lru_cache(maxsize=256)
def _forms_re(forms: tuple[str, ...]) -> re.Pattern[str]:
    """The scan for any of ``forms`` (in their order), kept per set of forms: made per text, its
    escaping and re's own cache lookup ran in the interpreter every time."""
    return re.compile("|".join(re.escape(f) for f in forms))


def _echo_read(text: str, start: int, end: int, letters: dict[str, ShiftEntry]) -> bool:
    """Whether the garbled word ``text[start:end]`` reads as the Latin word (see :func:`_echoed_latin_words`)."""
    for side in (text[start - 1 : start], text[end : end + 1]):
        if side and (side in letters or (side.isascii() and side.isalpha())):
            return False  # (part of a longer word)
    run = text[start:end]
    if any(len(w) > 1 for w in lexicon.best_segmentation(run)):
        # (阅阅月 DDB: 阅月; 凿凿则 DDR: 凿凿; not 言之凿凿则)
        return len(run) >= ECHO_INNER_WORD_LETTERS and _word_edges_kept(text, start, end)
    if _in_best_word(text[end - 1] + _window(text, end - 1, 1), 0):
        return False  # (装载孕妇: 孕妇)
    left = _window(text, start, -1)
    if left and _in_best_word(left + run, len(left)):
        return all(letters[c].risk != "high" for c in run)  # (装载孕: 装 XP)
    return True


#: How far (in separators) a lone letter's look-alike looks for an ASCII letter beside it
LISTED_REACH: Final = 3
#: What may part a listed letter from the ASCII letter beside it: spaces, ASCII signs, 、 and its
#: look-alike, brackets (not ，。！？: OMG袁晕浴 is OMG，晕！, an interjection)
LISTED_BETWEEN: Final = (
    _INLINE_SPACES
    + ENUMERATION
    + LEFT_CORNER_BRACKET
    + LEFT_WHITE_CORNER_BRACKET
    + CELL_AFTER
    + FULLWIDTH_LEFT_PAREN
    + "渊"  # （
    + FULLWIDTH_RIGHT_PAREN
    + "冤"  # ）
)
#: 晕 'how dizzy' is an interjection of its own also after spaces (装完XP 晕)
LISTED_NEVER: Final = "晕"


@functools.cache
def _listed_letter_re() -> re.Pattern[str]:
    """A letter's look-alike of low or medium risk."""
    listed = "".join(h for h, e in _letter_lookalikes().items() if e.risk != "high" and h not in LISTED_NEVER)
    return re.compile(f"[{listed}]")


def _listed_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``(葬尧c尧d尧澡)`` (a、c、d、h), ``a-扎`` a-z, ``E+ 或 藻+`` e+: a lone letter's look-alike
    (no letter beside it) of low or medium risk, set apart by marks or ASCII signs (not by spaces
    alone: 用 iPhone 遭 FBI 破解 is a hanzi in spaced mixed text), with an ASCII letter the
    nearest thing beside it but separators (LISTED_REACH at most, on its line): a letter listed
    with Latin ones. ``taken``: the letters read already."""
    letters = _letter_lookalikes()
    punct = _lookalikes()[0]
    covered = _covered(taken)
    latin_page = len(taken) >= LATIN_PAGE_LETTERS
    found: list[_Candidate] = []
    for match in _listed_letter_re().finditer(text):
        at, char = match.start(), match.group()
        if at in covered:
            continue
        before = text[at - 1] if at else "\n"
        after = text[at + 1] if at + 1 < len(text) else "\n"
        if not (_separator(before, punct) and _separator(after, punct)):
            continue
        if before in _INLINE_SPACES and after in _INLINE_SPACES:
            # (spaced mixed text puts spaces between hanzi and ASCII: 用 iPhone 遭 FBI 破解)
            if not _spaced_between_hanzi(text, at, letters, latin_page):
                continue
        elif not (_ascii_letter_near(text, at, -1) or _ascii_letter_near(text, at, 1)):
            continue
        cand = _Candidate(at, at + 1, char, _ascii_letters(char))
        cand.add(LIKELY_FROM + 1.0, "a letter's look-alike listed with Latin letters (a、c、d)", EV_OTHER)
        found.append(cand)
    return found


#: A page where this many garbled Latin words or letters are read already is a manual's: its
#: lines without ASCII letters space a variable as Latin too (每隔 灶 秒, 用户 粤 打开)
LATIN_PAGE_LETTERS: Final = 2


def _spaced_between_hanzi(text: str, at: int, letters: dict[str, ShiftEntry], latin_page: bool) -> bool:
    """Whether ``text[at]``, between spaces, stands between hanzi (no letters' look-alikes) on a
    line with ASCII letters or a page of Latin letters (``latin_page``: see LATIN_PAGE_LETTERS):
    a manual's variable spaced as Latin is (以 藻 为底数 is e; a byline pads a name, 王 泽, with
    no hanzi after it, and spaced mixed text spaces only hanzi from ASCII), where it makes no
    word with the hanzi beside it (a review spaces its words: 免费 赠 送)."""
    left, right = _before_spaces(text, at), at + 1
    while right < len(text) and text[right] in _INLINE_SPACES:
        right += 1
    for index in (left, right):
        if not (0 <= index < len(text) and is_han(text[index])) or text[index] in letters:
            return False
    if lexicon.frequency(text[left] + text[at]) or lexicon.frequency(text[at] + text[right]):
        return False
    if latin_page:
        return True
    line_start, line_end = _line_bounds(text, at)
    return _ASCII_LETTER_RE.search(text, line_start, line_end) is not None


#: Common hanzi that are letters' look-alikes (曾 is x, 则 r, 再 Y), read between spaces only as
#: a variable the page writes alone in ASCII as well (计算任意数 曾 以 n 为底数 where it writes
#: x 轴): 曾 'once' is a word of its own that spaced prose sets apart too (他 曾 以). Not 在
#: (Z), the commonest, nor 月 云 运 (B F K: the month, the clouds, the luck).
SPACED_VARIABLE_LETTERS: Final = "曾则增早责造怎再"


def _spaced_variables(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``用 曾 的自然对数除以 n`` x: a look-alike of SPACED_VARIABLE_LETTERS between spaces and
    hanzi on a line with ASCII letters (see :func:`_spaced_between_hanzi`), whose letter the page
    writes alone in ASCII too, or beside a variable the line spaces so in ASCII, before an
    operation's word (VARIABLE_OPERATION_WORDS) on a line that spaces no words (see
    :class:`_SpacedVariableLines`), on a page with LATIN_PAGE_LETTERS read already (``taken``)."""
    if len(taken) < LATIN_PAGE_LETTERS or not _has_ascii_letter(text):
        return []
    hanzi = _variable_letters(text, taken)
    letters = _letter_lookalikes()
    lines = _SpacedVariableLines(text)
    why = "a variable spaced as Latin between hanzi, which the page writes in ASCII too (以 x 为)"
    return _single_letters(
        text, SPACED_VARIABLE_LETTERS, taken, lambda at: _spaced_variable_at(text, at, hanzi, letters, lines), why
    )


def _spaced_variable_at(
    text: str, at: int, written: str, letters: dict[str, ShiftEntry], lines: _SpacedVariableLines
) -> bool:
    """Whether the look-alike at ``text[at]`` is a variable spaced between hanzi (see
    :func:`_spaced_variables`; ``written``: the look-alikes whose letter the page writes alone)."""
    if not (_spaced_apart(text, at) and _spaced_between_hanzi(text, at, letters, False)):
        return False
    if any(text.startswith(word, at + 2) for word in VARIABLE_OPERATION_WORDS):
        variable = text[at] in written or lines.spaces_variable(at)
    else:  # (如果 曾 是负数, 参数 曾 必须为正数, 将 曾 四舍五入 where the page writes x alone)
        variable = text[at] in written and text.endswith(OPERAND_INTROS, 0, _before_spaces(text, at) + 1)
    return variable and not lines.spaces_words(at)


#: A variable in ASCII spaced between hanzi on a line (计算任意数 曾 以 n 为底数): a lower-case
#: letter alone, spaced between hanzi (spaced prose names capitals so: 买 A 款); led by the letter,
#: as :data:`_LONE_ASCII_LETTER_RE` is
_SPACED_VARIABLE_RE: Final = re.compile(f"[a-z](?<=[{HAN_CLASS}] [a-z])(?= [{HAN_CLASS}])")
#: A space between hanzi: a line of word-segmented prose has many (其中 a 为 常数 ， 我 曾 与 他)
_SPACED_HANZI_RE: Final = re.compile(f" (?<=[{HAN_CLASS}] )(?=[{HAN_CLASS}])")
#: What follows a variable spaced between hanzi: an operation's word or its value (任意数 曾 以
#: n 为底数, 曾 除以 n, 曾 的自然对数, 作为 曾 值来计算); 曾 'once' is followed by verbs (前人 曾 证明,
#: 我们 曾 讨论过, 他 曾 说过)
VARIABLE_OPERATION_WORDS: Final = ("以", "为", "的", "值", "除以", "乘以", "乘", "加", "减", "等于", "大于", "小于")
#: What introduces an operand before a variable spaced between hanzi, whatever follows it (如果 曾
#: 是负数, 参数 曾 必须为正数, 将 曾 四舍五入); 曾 'once' follows its subject (前人 曾 证明, 他 曾 说过)
OPERAND_INTROS: Final = ("如果", "若", "当", "将", "把", "用", "对", "参数", "设")


class _SpacedVariableLines:
    """Where the lines of a text that space a lower-case ASCII letter alone between hanzi (a
    variable, see _SPACED_VARIABLE_RE) start, and its spaces between hanzi, found once per text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = sorted({text.rfind("\n", 0, m.start()) + 1 for m in _SPACED_VARIABLE_RE.finditer(text)})
        self.spaces: list[int] | None = None

    def spaces_variable(self, at: int) -> bool:
        """Whether the line of ``text[at]`` spaces a lower-case ASCII letter alone between hanzi
        (任意数 曾 以 n 为底数: x beside the variable n)."""
        line_start = self.text.rfind("\n", 0, at) + 1
        index = bisect.bisect_left(self.starts, line_start)
        return index < len(self.starts) and self.starts[index] == line_start

    def spaces_words(self, at: int) -> bool:
        """Whether the line of ``text[at]`` spaces hanzi from hanzi but look-alikes: a line
        of word-segmented prose (jieba's output: 人们 曾 认为 无解, 我 曾 与 他 讨论), where 曾 is
        'once'; a manual spaces only its variables (用 曾 的自然对数除以 n)."""
        text = self.text
        if self.spaces is None:  # (but the spaces of look-alikes: 用 曾 的 … 数 曾 以, 在 悦葬造糟, 数字 员, 圆)
            shifted = shift_table()
            found = (m.start() for m in _SPACED_HANZI_RE.finditer(text))
            self.spaces = [k for k in found if text[k - 1] not in shifted and text[k + 1] not in shifted]
        line_start, line_end = _line_bounds(text, at)
        return bisect.bisect_left(self.spaces, line_start) != bisect.bisect_left(self.spaces, line_end)


#: An ASCII letter with no letter either side, its look-behind after it (led by the letter, the
#: scan skips to the letters; led by a look-behind, it tries every character of the page).
_LONE_ASCII_LETTER_RE: Final = re.compile("[A-Za-z](?<![A-Za-z][A-Za-z])(?![A-Za-z])")


def _variable_letters(text: str, taken: list[_Candidate]) -> str:
    """The look-alikes of SPACED_VARIABLE_LETTERS whose letter the page writes alone in ASCII,
    on a page with LATIN_PAGE_LETTERS read already (``taken``: a manual's page): a variable's."""
    if len(taken) < LATIN_PAGE_LETTERS or not _has_ascii_letter(text):
        return ""
    lone = {m.group() for m in _LONE_ASCII_LETTER_RE.finditer(text)}
    return "".join(h for h in SPACED_VARIABLE_LETTERS if _ascii_letters(h) in lone)


def _spaced_apart(text: str, at: int) -> bool:
    """Whether spaces stand on both sides of ``text[at]``."""
    return 0 < at < len(text) - 1 and text[at - 1] in _INLINE_SPACES and text[at + 1] in _INLINE_SPACES


def _separator(char: str, punct: dict[str, str]) -> bool:
    """A line's edge, a space, a mark or its look-alike, an ASCII sign (not a letter or a digit)."""
    return _set_apart(char, punct) or (char.isascii() and not char.isalnum()) or char in CELL_BEFORE + CELL_AFTER


def _ascii_letter_near(text: str, at: int, step: int) -> bool:
    """Whether an ASCII letter is the first thing from ``text[at]`` in direction ``step`` past
    LISTED_BETWEEN and ASCII signs (LISTED_REACH of them at most, on the line)."""
    for k in range(1, LISTED_REACH + 2):
        index = at + step * k
        if not 0 <= index < len(text) or text[index] == "\n":
            return False
        char = text[index]
        if not (char in LISTED_BETWEEN or (char.isascii() and not char.isalnum())):
            return char.isascii() and char.isalpha()
    return False


#: The axes of a chart (X 轴, y轴, Z 轴): their letters' look-alikes before 轴 (after a space at
#: most) where 轴 starts no word (曾 轴承厂). 在 (Z) only set apart before it as well (装在轴上
#: is prose); the others where no word holds them with the hanzi before (承载轴 is a bearing axle).
AXIS_LETTERS: Final = "载曾再赠在扎"
AXIS: Final = "轴"
AXIS_SET_APART_ONLY: Final = "在"
#: The nouns a letter names in a manual, after it (a space or a hyphen at most between), with the
#: look-alikes of the letters that name them: a chart's axis and coordinate (X 轴, x 坐标), its
#: error bars (Y 误差线), a B-spline (B 样条, B-样条). A sheet's column (C列, 在 D 列中) is
#: COLUMN's.
LETTER_NOUNS: Final = {AXIS: AXIS_LETTERS, "坐标": AXIS_LETTERS, "误差线": "载再", "样条": "月"}
#: What may stand between a letter and its noun: a space, or a hyphen (B-样条)
LETTER_NOUN_JOINERS: Final = _INLINE_SPACES + "-"
#: Spaced before its noun after a mark, 再 and 在 are words of prose (，再 轴也不转了); the
#: other letters start a sentence so (。x 轴显示类别)
MARK_BEFORE_NEVER: Final = "再在"
#: A sheet's column named by its letter (选择 B 列, C列, 在列 F 中): capitals' look-alikes (not
#: CELL_NEVER nor COLUMN_NEVER) before 列 after a verb that takes a column (COLUMN_VERBS: 张云列第三,
#: 中国队名列A组 rank, 月列第一 is 'listed'), or spaced after 列 joined to the word before (在列 F 中;
#: not 排 列 杂 乱), read on a page of a spreadsheet (SHEET_PAGE: 列 starts many words)
COLUMN: Final = "列"
#: Capitals' look-alikes that name no column: 载列 'set out in' (这些权利载列于附表)
COLUMN_NEVER: Final = frozenset("载")
#: The verbs a column's letter follows (选择月列 B列, 扩展选区到悦列 C列, 在 阅 列中 D 列)
COLUMN_VERBS: Final = ("选择", "选中", "选定", "到", "在", "将", "把", "和", "或", "至")
#: Words after a column's letter spaced after 列 (在列 云 中 is F, though 云中 is a word)
COLUMN_PLACES: Final = "中前后内"
#: A spreadsheet's page: a cell (单元格, A1), a sheet (工作表), a column named in ASCII before a
#: place word or a list (A 列中, B列和, C 列，), or after 列 (在列 B 中)
SHEET_PAGE: Final = re.compile(
    # (单元格|工作表|(?<![A-Za-z])[A-Z]{1,2}[0-9]|(?<![A-Za-z])[A-Z] ?列 ?[中和，,]|列 ?[A-Z] ?[中和，,]
    # led by one class of the first characters: an alternation or a look-behind first makes the
    # engine try every position of the text, ten times slower)
    "[A-Z单工列](?:(?<=[A-Z])(?<![A-Za-z].)(?:[A-Z]?[0-9]| ?列 ?[中和，,])"
    "|(?<=单)元格|(?<=工)作表|(?<=列) ?[A-Z] ?[中和，,])"
)


def _axis_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``图表的 再 轴`` Y 轴, ``曾轴`` x轴, ``是 曾 坐标的值`` x 坐标, ``选择月列`` B列: the letter
    of a chart's axis or another noun of LETTER_NOUNS, or of a column (see COLUMN), alone (no
    letter beside it); ``taken``: the letters read already."""
    nouns = {noun: letters for noun, letters in LETTER_NOUNS.items() if noun in text}
    found: list[_Candidate] = []
    if nouns:
        why = "a letter alone before the noun it names: a chart's axis (X 轴, x 坐标, B 样条)"
        hanzi = "".join(sorted(set("".join(nouns.values()))))
        found = _single_letters(text, hanzi, taken, lambda at: _axis_letter_at(text, at, nouns), why)
    return sorted(found + _column_letters(text, taken + found), key=lambda c: c.start)


def _column_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``扩展选区到悦列`` C列, ``在 阅 列中`` D 列, ``在列 云 中`` 列 F: a column's letter (see
    COLUMN) before 列 or spaced after it, looked for beside each 列; ``taken``: the letters read."""
    if COLUMN not in text or not SHEET_PAGE.search(text):
        return []
    capitals = "".join(c for c in _column_capitals() if c not in COLUMN_NEVER)
    nouns = {COLUMN: capitals}
    covered = _covered(taken)
    found: list[_Candidate] = []
    at = text.find(COLUMN)
    while at >= 0:
        for letter in (at - 1, at - 2, at + 2):
            if letter not in covered and _column_letter_at(text, letter, at, nouns):
                cand = _Candidate(letter, letter + 1, text[letter], _ascii_letters(text[letter]))
                cand.add(LIKELY_FROM + 1.0, "a column's letter beside 列 (B列, 列 F)", EV_OTHER)
                found.append(cand)
                covered.add(letter)
        at = text.find(COLUMN, at + 1)
    return found


@functools.cache
def _column_capitals() -> str:
    """The look-alikes of capitals that name a column (see COLUMN)."""
    return "".join(h for h, e in _letter_lookalikes().items() if e.symbol.isupper() and h not in CELL_NEVER)


def _axis_letter_at(text: str, at: int, nouns: dict[str, str]) -> bool:
    """Whether the look-alike at ``text[at]`` names a noun of ``nouns`` (noun -> its letters'
    look-alikes) after it (see :func:`_axis_letters`)."""
    if not at + 1 < len(text):
        return False
    before = text[at - 1] if at else "\n"
    if _is_letter_char(text[at + 1]) or (_is_letter_char(before) and not lexicon.frequency(text[at - 2 : at])):
        return False  # (a word's letters; 选择月列 ends a word before: 选择 B列)
    after = at + 2 if text[at + 1] in LETTER_NOUN_JOINERS else at + 1
    noun = next((n for n in nouns if text.startswith(n, after) and text[at] in nouns[n]), "")
    if not noun:
        return False
    if not _names_noun(text, at, after, noun):
        return False
    if after > at + 1 and not (before == "\n" or before in _INLINE_SPACES):
        # (spaced as Latin on both sides, 图表的 再 轴, or after a mark: 。x 轴显示; not ，再 轴也不转了)
        return text[at] not in MARK_BEFORE_NEVER and _separator(before, _lookalikes()[0])
    if not is_han(before) or before in _lookalikes()[0]:
        # (a sentence's or a line's start: 。在坐标系中, ⏎再坐标变换 are prose; not a heading, ⏎再轴⏎)
        heading = not is_han(text[after + len(noun) : after + len(noun) + 1])
        return before in _INLINE_SPACES or heading or text[at] not in MARK_BEFORE_NEVER
    return text[at] not in AXIS_SET_APART_ONLY and not lexicon.frequency(before + text[at])


def _names_noun(text: str, at: int, after: int, noun: str) -> bool:
    """Whether ``noun`` at ``text[after]`` stands as a word of its own after the look-alike at
    ``text[at]``: it starts no longer word (他曾 轴承厂, 按月列出), a two-character noun is the
    first character starts a word of its window (他曾坐标准间 is 坐 标准间) and its last makes no
    word with the hanzi after it (他曾坐标杆旁边 may be 坐 标杆, however the window is cut), and the
    look-alike makes no word with the noun's first character."""
    window = noun[0] + _window(text, after, 1)
    if len(noun) == 1:
        return not _in_best_word(window, 0)
    start, end = _best_word_span(window, 0)
    if not (start == 0 and end > 1) or lexicon.frequency(text[at] + noun[0]):
        return False
    return not _noun_tail_in_word(text, after, noun)


#: How common a word the last character of a two-character noun makes with the hanzi after it
#: must be to read the noun's first character alone (他曾坐标杆旁边: 标杆 41, 坐 标杆), unless the
#: hanzi is a particle (x 坐标的值: 标的 270) or the noun makes a word with it too (坐标系)
NOUN_TAIL_WORD_FREQ: Final = 10
NOUN_TAIL_PARTICLES: Final = "的了着地得们"


def _noun_tail_in_word(text: str, after: int, noun: str) -> bool:
    """Whether the last character of ``noun`` at ``text[after]`` makes a word with the hanzi
    after it (see NOUN_TAIL_WORD_FREQ): 坐标杆 reads as 坐 标杆 however the segmenter cuts it."""
    end = after + len(noun)
    tail = text[end - 1 : end + 1]
    return (
        len(tail) == 2
        and tail[1] not in NOUN_TAIL_PARTICLES
        and lexicon.frequency(tail) >= NOUN_TAIL_WORD_FREQ
        and not lexicon.is_word(noun + tail[1], min_freq=1)
    )


def _column_letter_at(text: str, letter: int, column: int, nouns: dict[str, str]) -> bool:
    """Whether a capital's look-alike at ``text[letter]`` names the column of 列 at
    ``text[column]``: before it (see :func:`_axis_letter_at`) or spaced after it."""
    if not (0 <= letter < len(text) and text[letter] in nouns[COLUMN]):
        return False
    if letter > column:
        return _column_before(text, letter)
    return _after_column_verb(text, letter) and _axis_letter_at(text, letter, nouns)


def _after_column_verb(text: str, at: int) -> bool:
    """Whether one of COLUMN_VERBS ends right before ``text[at]`` (after a space at most)."""
    end = at - 1 if text[at - 1 : at] in _INLINE_SPACES else at
    return any(text.endswith(verb, 0, end) for verb in COLUMN_VERBS)


def _column_before(text: str, at: int) -> bool:
    """Whether ``text[at]``, spaced, follows COLUMN (after a space) joined to the word before
    it: 在列 云 中 (column F); not 排 列 杂 乱, 并 列 月 度 (spaced words), where the letter's
    look-alike makes no word with the hanzi after it (杂乱, 月度), but a place word (COLUMN_PLACES)."""
    if not (at >= 3 and text[at - 2] == COLUMN and is_han(text[at - 3]) and _spaced_apart(text, at)):
        return False
    after = text[at + 2]
    return not _is_letter_char(after) and (after in COLUMN_PLACES or not lexicon.frequency(text[at] + after))


def _is_letter_char(char: str) -> bool:
    """An ASCII letter or a letter's look-alike."""
    return (char.isascii() and char.isalpha()) or char in _letter_lookalikes()


#: 字 this near after an enumeration says the characters themselves are listed (悦、晕、泽三个字)
ENUMERATED_CHARACTERS_REACH: Final = 4


@functools.cache
def _enumeration_re() -> re.Pattern[str]:
    """Two single letters or more (ASCII or look-alikes) separated by enumeration commas."""
    letter = f"[A-Za-z{''.join(_letter_lookalikes())}]"
    return re.compile(f"{letter}(?:[{ENUMERATION}]{letter})+")  # (a、c、d; 1、2、3 或 a、b、c)


def _enumerated_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``(葬尧糟尧凿尧澡尧s尧t)`` (a、c、d、h、s、t), ``A尧月 和 悦`` A、B: single letters enumerated
    with 、 (real or its look-alike), each alone (no letter beside the list, no word across its
    edges: 维生素A、阅读), where one of them
    is an ASCII letter or three or more are look-alikes of low or medium risk (月、日 and 早、晚
    are prose's; prose enumerates three rare hanzi only as characters: 悦、晕、泽三个字, see
    ENUMERATED_CHARACTERS_REACH); ``taken``: the letters read already."""
    letters = _letter_lookalikes()
    covered = _covered(taken)
    found: list[_Candidate] = []
    for match in _enumeration_re().finditer(text):
        start, end = match.span()
        if _is_letter_char(text[start - 1 : start]) or _is_letter_char(text[end : end + 1]):
            continue  # (a word's letters, listed: no single letters)
        if QUOTED_CHARACTER in text[end : end + ENUMERATED_CHARACTERS_REACH]:
            continue  # (悦、晕、泽三个字: the characters themselves)
        if _in_best_word(text[end - 1] + _window(text, end - 1, 1), 0):
            continue  # (维生素A、阅读: the last is a word's)
        left = _window(text, start, -1)
        if left and _in_best_word(left + text[start], len(left)):
            continue  # (the first is a word's)
        items = [at for at in range(start, end, 2) if text[at] in letters and at not in covered]
        ascii_item = any(text[at].isascii() for at in range(start, end, 2))
        if not items or not (ascii_item or (len(items) >= 3 and all(letters[text[at]].risk != "high" for at in items))):
            continue
        for at in items:
            cand = _Candidate(at, at + 1, text[at], _ascii_letters(text[at]))
            cand.add(LIKELY_FROM + 1.0, "a single letter enumerated with other letters (a、c、d)", EV_OTHER)
            found.append(cand)
    return found


#: The marks after the letter of a list's item at a line start (⏎A、 ⏎B： ⏎C．), real or garbled
#: (尧 院 援 窑), each -> one mark for all its spellings.
ITEM_LETTER_MARKS: Final = {
    "、": "、",
    "尧": "、",
    "：": "：",
    "院": "：",
    ":": "：",
    "．": "．",
    "援": "．",
    ".": "．",
    "·": "·",
    "窑": "·",
}


@functools.cache
def _item_letter_re() -> re.Pattern[str]:
    """A letter, ASCII or a look-alike, before a mark of ITEM_LETTER_MARKS (an item's letter
    wherever it starts a line; group: the letter)."""
    letters = "A-Za-z" + "".join(_letter_lookalikes())
    return re.compile(f"([{letters}])[{re.escape(''.join(ITEM_LETTER_MARKS))}]")


def _item_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``⏎粤尧福州酒店…⏎B尧二楼的餐饮…⏎悦尧房间窗户…`` (A、 B、 C、): a letter's look-alike that
    numbers an item of a list, at a line start before an item's mark, in the list's order:
    the line-start items of its mark and case just before and after it are the letters next to
    it (the one before, the one after, or an A after: a list restarts), and one of them in
    ASCII, or one on each side, or two on one side (⏎粤尧 ⏎月尧 ⏎悦尧). Not before single hanzi
    listed (粤、港、澳 月、日、年: words listed); ``taken``: the letters read already."""
    letters = _letter_lookalikes()
    if not any(mark in text for mark in ITEM_LETTER_MARKS):  # (a C scan each, not a test per character)
        return []
    # (mark, upper case) -> the line-start items in the text's order: (start, letter, garbled)
    lists: dict[tuple[str, bool], list[tuple[int, str, bool]]] = {}
    for match in _item_letter_re().finditer(text):
        at = match.start()
        if _line_starts_at(text, at):
            letter = match.group(1)
            ascii_letter = _ascii_letters(letter) if letter in letters else letter
            key = (ITEM_LETTER_MARKS[text[at + 1]], ascii_letter.isupper())
            lists.setdefault(key, []).append((at, ascii_letter, letter in letters))
    covered = _covered(taken)
    found: list[_Candidate] = []
    for (mark, _), items in lists.items():
        for index, (at, letter, garbled) in enumerate(items):
            if not garbled or at in covered:
                continue
            if _listed_single_hanzi(text, at + 2, mark) or not _in_list_order(items, index):
                continue
            cand = _Candidate(at, at + 1, text[at], letter)
            cand.add(LIKELY_FROM + 1.0, "the letter of a list's item, beside the items next to it (A、 B、)", EV_OTHER)
            found.append(cand)
    return found


def _listed_single_hanzi(text: str, at: int, mark: str) -> bool:
    """Whether ``text[at]`` is a single hanzi before ``mark`` (real or garbled) again: the line
    lists words of one hanzi (粤、港、澳, 晕、吐、头痛), no item after its letter."""
    return is_han(text[at : at + 1]) and ITEM_LETTER_MARKS.get(text[at + 1 : at + 2]) == mark


def _in_list_order(items: list[tuple[int, str, bool]], index: int) -> bool:
    """Whether ``items[index]`` (the line-start items of a mark and case in the text's order:
    start, letter, garbled) stands in its list's order, within LIST_REACH: the item before it is
    the letter before (or it is A: a list begins), the item after is the letter after (or an A:
    another list), and one of those in ASCII, or one on each side, or two on one side (⏎粤尧
    ⏎月尧 ⏎悦尧). A list has one A: ⏎A、 after 粤、港、澳 reads none; ⏎A、 ⏎C、 before 月、 neither."""
    at, letter, _ = items[index]

    def near(step: int) -> tuple[str, bool] | None:
        other = index + step
        if 0 <= other < len(items) and abs(items[other][0] - at) <= LIST_REACH:
            return items[other][1], items[other][2]
        return None

    def follows(item: tuple[str, bool] | None, step: int) -> bool:
        return item is not None and item[0] == chr(ord(letter) + step)

    first = letter in "Aa"
    before, after = near(-1), near(1)
    if before is not None and not follows(before, -1) and not (first and before[0] != letter):
        return False
    if after is not None and not follows(after, 1) and after[0] not in "Aa":
        return False
    one, back = follows(after, 1), follows(before, -1)
    in_ascii = (one and after is not None and not after[1]) or (back and before is not None and not before[1])
    return in_ascii or (back and one) or (one and follows(near(2), 2)) or (back and follows(near(-2), -2))


#: Quotation marks around a single letter (「C」是可选的, “A”、“AB”), real or look-alikes (野 冶)
LETTER_QUOTE_OPEN: Final = LEFT_CORNER_BRACKET + LEFT_WHITE_CORNER_BRACKET + "\u201c\"'野"
LETTER_QUOTE_CLOSE: Final = RIGHT_CORNER_BRACKET + RIGHT_WHITE_CORNER_BRACKET + "\u201d\"'冶"
#: After the quotation, 字 says the character itself is quoted (一个“悦”字)
QUOTED_CHARACTER: Final = "字"


@functools.cache
def _quoted_letter_re() -> re.Pattern[str]:
    """A letter's look-alike alone in quotation marks (not 在)."""
    listed = "".join(h for h in _letter_lookalikes() if h not in LETTER_RUN_NEVER)
    opening, closing = re.escape(LETTER_QUOTE_OPEN), re.escape(LETTER_QUOTE_CLOSE)
    return re.compile(f"[{opening}]([{listed}])[{closing}]")


def _quoted_letters(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``「悦」是可选的`` 「C」, ``野粤冶尧野AB冶`` “A”: a letter's look-alike of low or medium risk
    alone in quotation marks (a variable, a key, a column named) on a page that has Latin
    letters already (ASCII, or garbled ones read in ``taken``), unless 字 follows (一个“悦”字:
    the character itself). Not 则 云 在 (high risk: 「则」框, “云”平台), but a variable's
    (野曾冶 where the page writes x alone: see :func:`_variable_letters`)."""
    if not taken and not _has_ascii_letter(text):
        return []
    letters = _letter_lookalikes()
    variables = _variable_letters(text, taken)
    covered = _covered(taken)
    found: list[_Candidate] = []
    for match in _quoted_letter_re().finditer(text):
        at = match.start(1)
        if at in covered or text.startswith(QUOTED_CHARACTER, match.end()):
            continue
        if letters[text[at]].risk == "high" and text[at] not in variables:
            continue
        cand = _Candidate(at, at + 1, text[at], _ascii_letters(text[at]))
        cand.add(LIKELY_FROM + 1.0, "a letter's look-alike alone in quotation marks (「C」)", EV_OTHER)
        found.append(cand)
    return found


#: A line of initials in parentheses (a byline's: ⏎（粤、月）⏎ is （A、B）): parentheses and
#: enumeration commas, real or their look-alikes, around two or three letter look-alikes.
INITIALS_OPEN, INITIALS_CLOSE = FULLWIDTH_LEFT_PAREN + "渊", FULLWIDTH_RIGHT_PAREN + "冤"


@functools.cache
def _initials_re() -> re.Pattern[str]:
    """A line of initials, from the line break before it (a literal scans faster than ^)."""
    letter = f"[{''.join(h for h in _letter_lookalikes() if h not in LETTER_RUN_NEVER)}]"
    spaces = f"[{_INLINE_SPACES}]*"
    return re.compile(
        f"\n{spaces}[{INITIALS_OPEN}]({letter})[{ENUMERATION}]({letter})"
        f"(?:[{ENUMERATION}]({letter}))?[{INITIALS_CLOSE}]{spaces}(?=\n|\\Z)"
    )


def _initials(text: str) -> list[_Candidate]:
    """``⏎（粤、月）⏎``: a line of two or three initials in parentheses, a byline's (（A、B）)."""
    found: list[_Candidate] = []
    pattern = _initials_re()
    first = pattern.match("\n" + text[: text.find("\n") + 1 or len(text)])
    matches = ([(first, -1)] if first else []) + [(m, 0) for m in pattern.finditer(text)]
    for match, shift in matches:
        for group in range(1, 4):
            if match.group(group) is None:
                continue
            at = match.start(group) + shift
            cand = _Candidate(at, at + 1, text[at], _ascii_letters(text[at]))
            cand.add(LIKELY_FROM + 1.0, "an initial in parentheses on a line of its own, as a byline's", EV_OTHER)
            found.append(cand)
    return found


#: A model's code with a hyphen (“凯歌”ＫＪＢ－２型 is garbled 运允月原圆型): HYPHEN_MINUS_LOOKALIKE
#: is read only between Latin letters and the letters and digits of a code that ends in 型, where
#: a word of the lexicon holds neither the letters nor 原.
MODEL_CODE_END: Final = "型"


@functools.cache
def _model_code_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(原 and the code after it, up to 型; the letters before 原, matched backwards on the
    reversed text before it)."""
    letters = "A-Za-z" + "".join(h for h in _letter_lookalikes() if h not in LETTER_RUN_NEVER)
    digits = "0-9" + "".join(_lookalikes()[1])
    return re.compile(f"{HYPHEN_MINUS_LOOKALIKE}([{letters}{digits}]+){MODEL_CODE_END}"), re.compile(f"[{letters}]+")


def _model_codes(text: str, taken: list[_Candidate]) -> list[_Candidate]:
    """``运允月原圆型`` KJB－2型, ``孕阅原员型`` PD－1型: the hyphen of a model's code, and its
    letters that no run read already (see MODEL_CODE_END)."""
    if HYPHEN_MINUS_LOOKALIKE not in text or MODEL_CODE_END not in text:
        return []
    letters = _letter_lookalikes()
    covered = _covered(taken)
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
                    symbol = _ascii_letters(text[at])
                    cand = _Candidate(at, at + 1, text[at], symbol)
                    cand.add(LIKELY_FROM + 1.0, "a letter of a model's code (…－…型)", EV_OTHER)
                    found.append(cand)
    return found


def _cell_range_at(text: str, colon: int) -> bool:
    """Whether ``text[colon]`` is the colon of a range of cells: a letter (ASCII or a
    look-alike) and a digit (ASCII or a look-alike) after it (A1:C3, 粤1:悦3)."""
    if text[colon : colon + 1] != ":":
        return False
    letter = text[colon + 1 : colon + 2]
    is_letter = bool(letter) and ((letter < "\x80" and letter.isalpha()) or letter in _letter_lookalikes())
    return is_letter and _is_digit_at(text, colon + 2)


def _row_end(text: str, start: int) -> int:
    """Where the digits (ASCII or look-alikes) from ``start`` end."""
    while _is_digit_at(text, start):
        start += 1
    return start


#: What sets a Latin word apart from its neighbours in a line: white space, a line's edge, ASCII
#: punctuation or digits (``Report 葬 bug``, ``澡贼贼责泽://``, ``Tcl_陨灶蚤贼``, ``[宰运孕阅-``). Chinese
#: prose sets each word beside hanzi or a Chinese mark (，运载。); on a garbled page its marks are
#: look-alikes, hanzi too. A run of letter look-alikes with this on both sides stands as a Latin
#: word does, where no Chinese word stands.
APART_CLASS: Final = r"\s!-@\[-`{-~"
#: A run set apart of this many letter look-alikes or more, spelled as a Latin word is, is a
#: Latin word set full-width (no Chinese word of three rare hanzi stands between spaces).
APART_MIN_LETTERS: Final = 3


@functools.cache
def _apart_run_re() -> re.Pattern[str]:
    """A run of letter look-alikes (not 在) set apart (APART_CLASS or the text's edge on both
    sides)."""
    letters = "".join(h for h in _letter_lookalikes() if h not in LETTER_RUN_NEVER)
    # (led by a letter, the side before read by a look-behind: the engine scans for the class)
    return re.compile(f"[{letters}](?<![^{APART_CLASS}].)[{letters}]*(?![^{APART_CLASS}])")


def _apart_latin_words(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a Latin word set full-width and set apart (``韵责藻灶 蚤皂葬早藻 as
    造葬赠藻则泽`` Open image as layers): a run of APART_MIN_LETTERS letter look-alikes or more set
    apart (:func:`_apart_run_re`), spelled as a Latin word is (:func:`_spelled_apart`) and not all
    of high risk."""
    letters = _letter_lookalikes()
    found = []
    for match in _apart_run_re().finditer(text):
        run = match.group()
        if len(run) < APART_MIN_LETTERS or all(letters[c].risk == "high" for c in run):
            continue
        if _spelled_apart(run):
            found.append(match.span())
    return found


def _spelled_apart(run: str) -> bool:
    """Whether a run of letter look-alikes set apart is spelled as a Latin word is: of one case
    pattern (SPELLED_CASES) and no word of the lexicon inside it (a Chinese word set apart, 运载
    or 再造 between spaces in word-segmented prose, is none)."""
    if not SPELLED_CASES.fullmatch(_ascii_letters(run)):
        return False
    return not any(len(word) > 1 for word in lexicon.best_segmentation(run))


def _apart_letters(text: str, taken: list[_Candidate], words: list[tuple[int, int]]) -> list[_Candidate]:
    """In a block garbled in its Latin words (``words``: where :func:`_apart_latin_words` found
    them), each Latin word set apart and each shorter run of letter look-alikes set apart
    (:func:`_apart_run_re`) not read already (``taken``): a short run spelled as a Latin word is
    (:func:`_spelled_apart`) only beside Latin words (:func:`_short_word_beside`), as a short
    word stands in English prose (``葬泽 well``: as; ``Report 葬 bug``: a), and a Chinese name of
    two look-alikes (曾泽 云泽) among Chinese words does not."""
    covered = _covered(taken)
    latin = covered | {k for start, end in words for k in range(start, end)}
    spans = set(words)
    letters = _letter_lookalikes()
    found: list[_Candidate] = []
    for match in _apart_run_re().finditer(text):
        start, end = match.span()
        run = match.group()
        if covered.intersection(range(start, end)):
            continue
        if len(run) >= APART_MIN_LETTERS:
            if match.span() not in spans:
                continue  # (a Chinese word or name set apart: 运载器, 曾泽增)
        elif not _spelled_apart(run) or not _short_english(_ascii_letters(run)):
            continue
        elif not _short_word_beside(text, start, end, latin, all(letters[c].risk == "high" for c in run)):
            continue  # (翻译 曾泽 云泽 审校: names of two look-alikes, set apart)
        cand = _Candidate(start, end, run, _ascii_letters(run))
        cand.add(
            LIKELY_FROM + 1.0, "look-alikes of Latin letters set apart as a Latin word, in a block of them", EV_OTHER
        )
        found.append(cand)
    return found


#: The English words of two letters a sentence sets apart (any case: of Of OF). A run of two
#: letter look-alikes spelling none of them is a Chinese name of two hanzi among the English
#: words (Translated by 曾泽 = xs, thanks to 云泽 = Fs), or an abbreviation in capitals (ID OK).
ENGLISH_TWO_LETTER_WORDS: Final = frozenset(
    "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we".split()  # noqa: SIM905 (a list of words reads as one line)
)


def _short_english(letters: str) -> bool:
    """Whether a short run set apart reads as English: one letter (a, I, a key's B), a word of
    ENGLISH_TWO_LETTER_WORDS, or capitals (an abbreviation: ID, UI)."""
    return len(letters) < 2 or letters.isupper() or letters.lower() in ENGLISH_TWO_LETTER_WORDS


def _short_word_beside(text: str, start: int, end: int, latin: set[int], high: bool) -> bool:
    """Whether the short run ``text[start:end]`` stands among Latin words: one of two letters beside
    one (one space away), one of one between two. A word beside is a look-alike's read (a place of
    ``latin``: read, or in a Latin word set apart) or an ASCII word of two letters or more (若 p 则
    q: 'if p then q' sets single letters beside its 则). A run all of high risk (``high``: 则 再
    云云 早早, real words between ASCII terms: Enter 则 OK) is read only between two look-alikes
    read, a page setting its words in one width."""
    before = _latin_word_beside(text, start - 1, -1, latin, ascii_words=not high)
    after = _latin_word_beside(text, end, 1, latin, ascii_words=not high)
    if high:
        return before and after
    return before + after >= APART_MIN_LETTERS - (end - start)


def _latin_word_beside(text: str, at: int, step: int, latin: set[int], *, ascii_words: bool) -> bool:
    """Whether one space at ``text[at]`` and then a Latin word stand on that side (``step``: -1
    before, 1 after): a look-alike at a place of ``latin``, or with ``ascii_words`` an ASCII word
    of two letters or more."""
    near = at + step
    if text[at : at + 1] != " " or not 0 <= near < len(text):
        return False
    if near in latin:
        return True
    # (the two characters nearest the space: a slice with a negative step would run empty at the
    # text's start, and an empty word is no word)
    word = text[near : near + 2] if step == 1 else text[max(near - 1, 0) : near + 1]
    return ascii_words and len(word) == 2 and word.isascii() and word.isalpha()
