"""Pairing of opening and closing look-alikes (``野…冶``, ``渊…冤``, ``叶…曳``): marks that
come in pairs are read as marks when they pair up, and not when one is left unpaired; an
opening read twice without a close, a pair held by a word, titles closed by 曳, which marks may
stand side by side (compatible pairs) and runs of quoted look-alikes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Final

from cleaner import lexicon
from cleaner.chars import (
    CLOSING_PUNCT,
    FULLWIDTH_COLON,
    FULLWIDTH_COMMA,
    FULLWIDTH_LEFT_PAREN,
    FULLWIDTH_RIGHT_PAREN,
    HAN_NUMERALS,
    IDEOGRAPHIC_COMMA,
    LEFT_BOOK_TITLE,
    LEFT_DOUBLE_QUOTE,
    LEFT_LENTICULAR,
    LEFT_SINGLE_QUOTE,
    MIDDLE_DOT,
    OPENING_PUNCT,
    RIGHT_BOOK_TITLE,
    RIGHT_DOUBLE_QUOTE,
    STOP_PUNCT,
    is_han,
)
from cleaner.stages.punct_shift.decide import (
    _NAME_KINDS,
    DOUBT_FROM,
    ENOUGH_FROM,
    EV_OTHER,
    EV_PAIRED,
    EV_TYPED_CLOSER,
    LIKELY_FROM,
    _Candidate,
)
from cleaner.stages.punct_shift.document import _book_of_verse
from cleaner.stages.punct_shift.reading import (
    _DOUBLED_KINDS,
    _LEXICON_KINDS,
    _edge_word,
    _line_starts_at,
    _word_neighbours,
)
from cleaner.stages.punct_shift.table import (
    _INLINE_SPACES,
    CLOSE_QUOTE_LOOKALIKE,
    COLON_LOOKALIKE,
    ENUMERATION_LOOKALIKE,
    FREE_PUNCT,
    OPEN_QUOTE_LOOKALIKE,
    QUESTION_EXCLAMATION,
    REPAIRED_PUNCT,
    RUN_MARKS,
    SENTENCE_ENDS,
    TITLE_LOOKALIKE,
    _all_lookalikes,
    _credited_name_start,
    _lookalikes,
    _next_visible,
    _surnames,
    shift_table,
)

PAIR_BONUS = 3.0
#: A look-alike that reads this strongly as a word (视野, 野外) cannot pair.
PAIR_FLOOR: Final = -1.0
MAX_PAIR_SPAN: Final = 400
#: Marks that always come in pairs, close together: an unpaired look-alike is a hanzi.
STRICT_PAIRS: Final = {
    LEFT_BOOK_TITLE: 80,
    FULLWIDTH_LEFT_PAREN: 200,
    LEFT_SINGLE_QUOTE: 200,
    LEFT_LENTICULAR: 80,
    LEFT_DOUBLE_QUOTE: MAX_PAIR_SPAN,
}
UNPAIRED_PENALTY: Final = 4.0
#: The longest run of different marks side by side that text has (``。”“``).
MAX_MARK_RUN: Final = 3
MIN_KINDS_IN_QUOTED_RUN: Final = 4


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
    closed_at: dict[str, int] = {}  # per opening mark of NO_NESTING: where its last pair closed
    # Only the look-alikes of paired marks take part (the commas and stops are most of them).
    candidates = [c for c in candidates if c.symbol in _PAIRED_MARKS]
    breaks = [match.end() for match in _PARAGRAPH_BREAK_RE.finditer(text)]
    for cand in candidates:
        doubled = cand.kinds[: len(_DOUBLED_KINDS)] == _DOUBLED_KINDS  # (add() may have added more)
        if cand.evidence < PAIR_FLOOR or (doubled and cand.symbol in closer_of):
            # clearly a word (视野), or an opener doubled (野野孩子 is “野孩子: the last opener,
            # which the stack would pair, is the hanzi): it cannot pair
            continue
        if cand.symbol in closer_of:
            stacks.setdefault(cand.symbol, []).append(cand)
        elif cand.symbol in opener_of:
            where = cand.start
            if _line_starts_at(text, where):
                continue  # no line starts with a closing mark (冶金 at a line start): it closes nothing
            opening = opener_of[cand.symbol]
            span = STRICT_PAIRS.get(opening, MAX_PAIR_SPAN)
            stack = [o for o in stacks.get(opening, []) if cand.start - o.start <= span]
            if stack and breaks:
                stack = _in_its_paragraph(text, breaks, stack, cand.start, opening)
            stacks[opening] = stack
            if stack and stack[-1].end == where and text.startswith(cand.hanzi, cand.end):
                # Nothing quotes nothing: of two closers right after an opener (野冶冶字 is “冶”字)
                # the first is the quoted hanzi; paired, it would leave the second to take an
                # opener from elsewhere (分野在于 read as “在于). (One closer there is a closer:
                # 求诸野冶 is 求诸野”, the 野 the hanzi.)
                continue
            if stack and _word_before_the_same_closer(text, cand):
                continue  # 野大冶钢厂冶 is “大冶钢厂”: 大冶 a city, the next 冶 the closer
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
                    # Only those opened since the last pair of this kind closed compete (one
                    # opened before it would hold that pair).
                    at = first = len(stack) - 1
                    last_closed = closed_at.get(opening, -1)
                    while first and stack[first - 1].start > last_closed:
                        first -= 1
                    if first < at:
                        best = max(range(first, len(stack)), key=lambda k: (stack[k].evidence, k))
                        credited = (
                            _credited_title_opener(text, stack, first, cand.start)
                            if opening == LEFT_BOOK_TITLE
                            else None
                        )
                        if credited is not None:
                            at = credited  # (-- 纳兰性德叶菩萨蛮窑萧萧几叶风兼雨曳: the work after its author)
                        elif stack[best].evidence - stack[-1].evidence >= NESTING_MARGIN:
                            at = best
                        elif opening == LEFT_DOUBLE_QUOTE and _list_goes_on_inside(text, stack[-2], stack[-1]):
                            at -= 1  # 野假郎尧野郎冶 is “假郎、野郎”: no quotation is left open before 、“
                        elif _given_name_opener(text, stack[-2], stack[-1]):
                            at -= 1  # （曲渊摄）: the 渊 after the name's first hanzi is its given name
                        elif _surname_opens_title(text, stack[-2], stack[-1], cand):
                            at -= 1  # 电影叶叶问曳 is 《叶问》: the second 叶 is the surname the title starts with
                        elif opening == LEFT_DOUBLE_QUOTE and not _after_speech_colon(text, stack[-1].start):
                            # (喊道院野袁野袁你…冶: the 野 after the colon opens, 袁野 is a name)
                            # (on the closer's line: an earlier paragraph's may be left open;
                            # the line's start looked for back to the first opener only, not
                            # to the text's start: a long line of quotations was quadratic)
                            line_start = text.rfind("\n", stack[first].start, cand.start)
                            at = next(
                                (
                                    k
                                    for k in range(first, at)
                                    if stack[k].start > line_start and _after_speech_colon(text, stack[k].start)
                                ),
                                at,
                            )
                    opener = stack[at]
                    del stack[at:]
                    closed_at[opening] = cand.start
                else:
                    opener = stack.pop()
                opener.add(PAIR_BONUS, f"pairs with {cand.hanzi} (as {cand.symbol})", EV_PAIRED)
                cand.add(PAIR_BONUS, f"pairs with {opener.hanzi} (as {opener.symbol})", EV_PAIRED)
                paired.update((opener.start, cand.start))
                pairs.append((opener, cand))
    _word_held_closers(text, candidates, paired, pairs)
    closers = _opened_twice(text, candidates, paired)
    _unclosed_inside(candidates, pairs, paired)
    never_closed = _parens_never_closed(text)
    for cand in candidates:
        its_opening = cand.symbol if cand.symbol in closer_of else opener_of.get(cand.symbol)
        if its_opening in STRICT_PAIRS and cand.start not in paired:
            if cand.symbol == FULLWIDTH_RIGHT_PAREN and _closes_item_label(text, cand.start):
                # ⏎2冤打的不方便: a list's items are labelled 1） 2） with no （
                cand.add(0.0, "closes the label of a numbered item at a line start: 1）", EV_OTHER)
                cand.evidence = max(cand.evidence, LIKELY_FROM)
                continue
            cand.add(
                -UNPAIRED_PENALTY,
                f"no {closer_of[cand.symbol] if cand.symbol == its_opening else its_opening} pairs with it",
                EV_OTHER,
            )
            if cand.symbol == LEFT_DOUBLE_QUOTE and not _may_stay_open(text, cand.start):
                cand.evidence = min(cand.evidence, DOUBT_FROM)
            elif (
                cand.symbol == RIGHT_DOUBLE_QUOTE
                and _between_hanzi(text, cand.start)
                and not _closes_quoted_sentence(text, cand.start)
            ):
                # Every quotation opens in its own paragraph: a ” that closes nothing, between
                # two hanzi, is the hanzi (上冶镇).
                cand.evidence = min(cand.evidence, DOUBT_FROM)
            elif cand.symbol == FULLWIDTH_LEFT_PAREN and (_before_closing_particle(text, cand.end) or never_closed):
                cand.evidence = min(cand.evidence, DOUBT_FROM)
    return closers


#: The fewest hanzi of an author's name on a line of credit: an opener right after the dash is
#: its surname (-- 叶绍翁叶游园不值曳: 叶绍翁《游园不值》); and the most.
MIN_AUTHOR_NAME: Final = 2
MAX_AUTHOR_NAME: Final = 4
#: The compound surnames of poets (纳兰性德 欧阳修 司马光 上官仪): a name's first hanzi is a surname.
_COMPOUND_SURNAMES_TEXT: Final = "纳兰 欧阳 司马 上官 诸葛 司空 皇甫 长孙 令狐 独孤 宇文 慕容"
COMPOUND_SURNAMES: Final = tuple(_COMPOUND_SURNAMES_TEXT.split())


def _credited_title_opener(text: str, stack: list[_Candidate], first: int, closer: int) -> int | None:
    """On a line of credit (``-- 纳兰性德叶菩萨蛮窑萧萧几叶风兼雨曳``), the index in ``stack``
    (from ``first``) of the opener of the title that ``closer`` closes: the first after the
    author's name. A credit names the author, then the work, whose title holds the rest of the
    line, leaves and all (几叶风, 柏叶, 翠叶残); None where the line is no line of credit."""
    name = _credited_name_start(text, closer)
    if name < 0:
        return None
    at = next((k for k in range(first, len(stack)) if stack[k].start >= name + MIN_AUTHOR_NAME), None)
    return at if at is not None and _bare_author_name(text[name : stack[at].start]) else None


def _bare_author_name(words: str) -> bool:
    """Whether ``words`` (from a credit line's dash to a title's opener) can be the author's name
    alone: two to four hanzi, a surname first, no mark's look-alike but the surname 叶 — not a
    dynasty before it (宋窑叶绍翁, 宋 叶绍翁), a source (摘自叶辉), a speaker (我和叶老师, 是啊袁叶总),
    where the opener after the dash is a surname and the title opens later."""
    if not MIN_AUTHOR_NAME <= len(words) <= MAX_AUTHOR_NAME:
        return False
    if words[0] not in _surnames() and not words.startswith(COMPOUND_SURNAMES):
        return False
    lookalikes = _all_lookalikes()
    return all(is_han(c) and (c not in lookalikes or (k == 0 and c == TITLE_LOOKALIKE)) for k, c in enumerate(words))


#: The particles that end a classical clause (星渊矣, 渊兮，似万物之宗): no parenthetical
#: opens with one, so a （ look-alike that nothing closes before one is the hanzi (深渊).
CLOSING_PARTICLES: Final = frozenset("矣兮哉焉")
#: The particles that start a parenthetical too (（也就是200元）, （也许…）), but not one that
#: a clause mark ends at once (人品星渊也，: no （也，).
ENDING_PARTICLES: Final = frozenset("也乎")
#: The clause marks that end such a particle (real, or their look-alikes), and a line's end.
_AFTER_ENDING_PARTICLE: Final = frozenset(STOP_PUNCT + "\n")


def _before_closing_particle(text: str, end: int) -> bool:
    """Whether a classical particle follows the unpaired （ look-alike that ends at ``end``:
    one of CLOSING_PARTICLES, or of ENDING_PARTICLES that a clause mark ends (渊兮，渊也，)."""
    after = text[end : end + 1]
    if after in CLOSING_PARTICLES:
        return True
    mark = text[end + 1 : end + 2]
    return after in ENDING_PARTICLES and (
        mark in _AFTER_ENDING_PARTICLE or _lookalikes()[0].get(mark, "") in _AFTER_ENDING_PARTICLE
    )


#: How many （ look-alikes a text without any ） must hold before they are read as hanzi: a
#: writer may leave one parenthetical open (a review: 最差的（但没办法), hardly three.
MIN_NEVER_CLOSED: Final = 3


@functools.cache
def _paren_marks() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the look-alikes of （, what may close one: ）, its ASCII twin and the look-alikes of ）)."""
    punct = _lookalikes()[0]
    openers = tuple(h for h, mark in punct.items() if mark == FULLWIDTH_LEFT_PAREN)
    return openers, (FULLWIDTH_RIGHT_PAREN, ")", *(h for h, mark in punct.items() if mark == FULLWIDTH_RIGHT_PAREN))


def _parens_never_closed(text: str) -> bool:
    """Whether the text holds MIN_NEVER_CLOSED （ look-alikes or more and nothing that could
    close one. A garbled writer who opens parentheticals closes them too, and their ） shows as
    its look-alike (冤); where none stands anywhere, the （ look-alikes are a word of the text:
    a given name said again and again (夏侯渊: 与渊交锋…被渊一刀斩于马下…渊佯败而走)."""
    openers, closers = _paren_marks()
    return sum(text.count(h) for h in openers) >= MIN_NEVER_CLOSED and not any(c in text for c in closers)


#: The label of a list's item that a lone ） closes at a line start: 1 to 2 ASCII digits or
#: one ASCII letter (``2）``, ``12）``, ``a）``), after the spaces that may indent the line.
#: How far back from the ） the label and its line's indent are read.
ITEM_LABEL_REACH: Final = 16
_ITEM_LABEL_RE: Final = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[0-9]{1,2}|[A-Za-z])\Z")


def _closes_item_label(text: str, index: int) -> bool:
    """Whether the ） look-alike at ``index`` closes an item's label that starts its line
    (``⏎2冤打的不方便``): no line starts with a number or a letter before the hanzi 冤."""
    return _ITEM_LABEL_RE.search(text, max(0, index - ITEM_LABEL_REACH), index) is not None


#: The last characters of the words that introduce a quotation before a colon (说 道 喊 问 答
#: 叫 称 讲, 表示 指出): 院 after one is the colon (喊道院), not the hanzi of 学院 or 医院.
SPEECH_ENDS: Final = frozenset("说道喊问答叫称讲示出")
#: The classical verbs of saying, 曰 "said" and 云 "says" (子曰：“…”, 诗云：“…”), which introduce
#: every quotation of the classics as 说 does a modern one. Apart from SPEECH_ENDS, which the
#: smiley rule reads too: modern 多云：） is weather and a smiley, not a quotation.
CLASSICAL_SPEECH_ENDS: Final = frozenset("曰云")
#: The classical verbs of naming, "call X Y" (称诸异邦曰寡小君, 谓其台曰灵台, 呼其井曰义井, 谓之“袁公”):
#: a name, quoted or after 曰, follows the verb and its object.
NAMING_VERBS: Final = frozenset("称谓名号呼")
#: The verbs of saying that a colon and a quotation follow, modern and classical.
SAYING_BEFORE_COLON: Final = SPEECH_ENDS | CLASSICAL_SPEECH_ENDS


def _after_speech_colon(text: str, index: int) -> bool:
    """Whether a word of speech and a colon, or the colon's look-alike, stand right before
    ``index`` (说：“, 喊道院野, 子曰院野): where a quotation opens."""
    return text[index - 1 : index] in (FULLWIDTH_COLON, COLON_LOOKALIKE) and (
        text[index - 2 : index - 1] in SAYING_BEFORE_COLON
    )


#: A blank line (extraction keeps a paragraph's wrapped lines one break apart, or sets every
#: line a blank line apart, as seed 002's narrow columns).
_PARAGRAPH_BREAK_RE: Final = re.compile(f"\n[{_INLINE_SPACES}]*\n")


def _in_its_paragraph(
    text: str, breaks: list[int], stack: list[_Candidate], closer: int, mark: str
) -> list[_Candidate]:
    """The openers of ``stack`` that may pair with the closing mark at ``closer``: where the
    closer's paragraph (after the last of ``breaks``, the ends of blank lines, before it) holds
    an opening mark of its own (``mark`` or its look-alike) before the closer, that one opens
    its pair, not one in an earlier paragraph (乡野记忆 ⏎⏎ …叫野野路子冶: the title's 野 opens
    nothing). A quotation of several paragraphs opens each again (GB/T 15834), so its last
    opener is in the closer's paragraph too; where blank lines part every wrapped line
    (野三个平台…袁我 ⏎⏎ 们在工作…遥 冶), the paragraph after the break holds none, and all stand;
    but not in a book of verse or songs (document._book_of_verse) where the closer's paragraph is
    a poem of several lines (its title, its author, its verses), as blank lines part poems: no
    quotation runs from one poem into the next (野旷天低树 ⏎⏎ 少年行⏎无名氏⏎游冶处: no pair). A
    paragraph of one line is a verse that narrow columns set a blank line apart, as every other
    (堂上启阿母：⏎⏎“儿已薄禄相 ⏎⏎ …何意致不厚？”): the quotation spans them, as on a page of prose."""
    at = bisect.bisect_right(breaks, closer) - 1
    if at < 0 or stack[0].end > breaks[at]:
        return stack  # (no blank line between the closer and any opener)
    paragraph = breaks[at]
    if (
        text.find(stack[-1].hanzi, paragraph, closer) == -1
        and text.find(mark, paragraph, closer) == -1
        and not (text.find("\n", paragraph, closer) != -1 and _book_of_verse(text))
    ):
        return stack
    return [o for o in stack if o.start >= paragraph]


#: How far apart a pair of look-alikes that words hold (野菊花 … 妖冶) may stand and still pair.
WORDED_PAIR_SPAN: Final = 80
#: The longest word read around a look-alike by :func:`_held_by_word`.
HELD_WORD_LEN: Final = 3


#: How far after a closer's look-alike that ends a word (大冶) the same look-alike may stand,
#: plain hanzi between, to close the quotation instead (野大冶钢厂冶: “大冶钢厂”).
SAME_CLOSER_REACH: Final = 8


def _word_before_the_same_closer(text: str, closer: _Candidate) -> bool:
    """Whether the closing look-alike ``closer`` ends a common word with the hanzi before it (大冶,
    a city; 陶冶) and the same look-alike follows within SAME_CLOSER_REACH hanzi that are no
    look-alikes (野大冶钢厂冶袁): a quotation closes once, so the later one closes it (“大冶钢厂”)
    and this one is the word's hanzi; a closer after a word and before a mark (野大冶冶袁: the
    later is no closer of plain hanzi) pairs as before. Nor where a word, however rare, holds the
    later one (野做大冶的冶金产业, 野真大冶陶冶情操, 叫野大冶大冶: 冶金 陶冶 大冶 are words there, and
    the first closes the quotation)."""
    start = closer.start
    if start < 1 or not lexicon.is_word(text[start - 1 : closer.end]):
        return False
    later = text.find(closer.hanzi, closer.end, closer.end + SAME_CLOSER_REACH + 1)
    return (
        later > closer.end
        and all(is_han(c) and c not in _all_lookalikes() for c in text[closer.end : later])
        and not _held_by_word(text, later)
    )


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


#: The most hanzi a short parenthetical holds whose ） look-alike a word holds (之间渊不含冤的数值:
#: 含冤 'wronged' holds the 冤 of （不含）, an interval's end left out).
WORD_HELD_CLOSE_SPAN: Final = 4
#: How strongly a word may hold that ） look-alike and the pair still read (含冤 -1.2: the
#: lexicon alone weighs a short parenthetical's close little).
WORD_HELD_CLOSE_FLOOR: Final = -2.0
#: What follows a parenthetical's close there besides a mark or its look-alike (of the clause
#: it qualifies: 渊不含冤的数值), a space or the line's end.
WORD_HELD_CLOSE_BEFORE: Final = frozenset("的")
#: The look-alikes of （ and ）.
PAREN_LOOKALIKES: Final = ("渊", "冤")


def _word_held_closers(
    text: str, candidates: list[_Candidate], paired: set[int], pairs: list[tuple[_Candidate, _Candidate]]
) -> None:
    """``之间渊不含冤的数值``, ``范围渊含冤袁``: a ） look-alike that a word holds (含冤) too
    strongly to pair (below PAIR_FLOOR) closes a 渊 that reads as （ by the lexicon and that
    nothing else closed, one to WORD_HELD_CLOSE_SPAN plain hanzi before it, where the clause
    goes on after it (a mark, 的, a space or the line's end): else the output opens a （ that
    nothing closes. A word that holds 冤 after a 渊 (深渊含冤, 李渊含冤而死) reads 渊 as the
    hanzi, or goes on with a hanzi; after a surname 渊 is a given name's (周渊含冤，)."""
    opener_hanzi, closer_hanzi = PAREN_LOOKALIKES
    by_start = {c.start: c for c in candidates if c.hanzi == closer_hanzi}
    for opener in candidates:
        if opener.hanzi != opener_hanzi or opener.start in paired or opener.evidence < ENOUGH_FROM:
            continue
        close = text.find(closer_hanzi, opener.end, opener.end + WORD_HELD_CLOSE_SPAN + 1)
        closer = by_start.get(close)
        if closer is None or close in paired or closer.evidence < WORD_HELD_CLOSE_FLOOR:
            continue
        inside = text[opener.end : close]
        if not inside or not all(is_han(c) and c not in _all_lookalikes() for c in inside):
            continue
        if text[opener.start - 1 : opener.start] in _surnames():
            continue  # (周渊含冤，: 渊 a given name after a surname, and the word 含冤)
        if not _clause_goes_on(text, close + 1):
            continue
        opener.add(PAIR_BONUS, f"pairs with {closer.hanzi} (as {closer.symbol})", EV_PAIRED)
        closer.add(PAIR_BONUS, f"pairs with {opener.hanzi} (as {opener.symbol}), though a word holds it", EV_PAIRED)
        paired.update((opener.start, closer.start))
        pairs.append((opener, closer))


def _clause_goes_on(text: str, index: int) -> bool:
    """Whether what stands at ``index`` goes on with a clause a parenthetical closed before it:
    a mark or its look-alike, WORD_HELD_CLOSE_BEFORE, a space or the line's (text's) end."""
    after = text[index : index + 1]
    return (
        after in ("", "\n")
        or after in _INLINE_SPACES
        or after in WORD_HELD_CLOSE_BEFORE
        or after in REPAIRED_PUNCT
        or after in _lookalikes()[0]
    )


#: How far apart two “ look-alikes may stand and still be read as one quotation (“…“).
OPENED_TWICE_SPAN: Final = 24


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
OPENED_TWICE_WORD_FREQ: Final = 10


def _in_rare_word(text: str, index: int) -> bool:
    """Whether ``text[index]`` makes a word of two with a hanzi beside it that the lexicon
    knows, however rarely (野营 38): the lexicon alone may read the mark there."""
    return lexicon.is_word(text[index : index + 2], min_freq=OPENED_TWICE_WORD_FREQ) or (
        index > 0 and lexicon.is_word(text[index - 1 : index + 1], min_freq=OPENED_TWICE_WORD_FREQ)
    )


#: The look-alikes of the marks that end a sentence (。！？), which a quoted sentence ends with
#: before its ” (“…。”): 遥 浴 钥.
_SENTENCE_END_LOOKALIKES: Final = frozenset(h for h, symbol in _lookalikes()[0].items() if symbol in SENTENCE_ENDS)


#: Personal pronouns: a sentence after a quotation starts with one (”我没回答 ”他笑了).
_PERSONAL_PRONOUNS: Final = frozenset("我你他她它咱您")


def _closes_quoted_sentence(text: str, index: int) -> bool:
    """Whether the ” look-alike at ``text[index]`` follows a sentence's end mark's look-alike,
    starts no word with what follows, and a word starts right after it (无忧亦无怖遥冶错过 is
    无怖。”错过): a quoted sentence ends there, whose “ may stand far before (a quotation over
    paragraphs, or typed with another mark), while the hanzi 冶 starts a sentence in its words
    (。冶金工业, 。冶炼) and in place names (。冶城是南京最早的城池, 。冶山铁矿, 。冶源水库, 。冶父山),
    where what follows 冶 is the name's rest and starts no word (a personal pronoun, which
    starts a sentence by itself and no place name, counts as one: 吗？”我没回答)."""
    return (
        text[index - 1] in _SENTENCE_END_LOOKALIKES
        and not lexicon.is_word(text[index : index + 2], min_freq=1)
        and (text[index + 1] in _PERSONAL_PRONOUNS or lexicon.is_word(text[index + 1 : index + 3], min_freq=1))
    )


def _between_hanzi(text: str, index: int) -> bool:
    """Whether ``text[index]`` has a hanzi right before and right after it."""
    return 0 < index < len(text) - 1 and is_han(text[index - 1]) and is_han(text[index + 1])


#: What opens a parenthesis (real, ASCII or garbled: 渊).
_PAREN_OPENERS: Final = (FULLWIDTH_LEFT_PAREN, "(", "渊")


def _unopened_closers(text: str, candidates: list[_Candidate]) -> None:
    """A ） look-alike that nothing before it opens (:func:`_never_opened`) is the hanzi, at
    most a doubt, whatever its position says (run after the line-end evidence, which would
    otherwise make ``我很冤`` at a line end ``我很）``)."""
    first_opener = -1  # (where the first opener stands: found once per text, when first needed)
    for cand in candidates:
        if cand.symbol == FULLWIDTH_RIGHT_PAREN and cand.evidence >= DOUBT_FROM:
            if first_opener < 0:
                first_opener = _first_opener(text)
            if _never_opened(text, cand.start, first_opener):
                cand.add_doubt(0.0, "no （ stands anywhere before it", EV_OTHER)


def _first_opener(text: str) -> int:
    """Where the first of _PAREN_OPENERS stands in ``text`` (its length if none does): a ） look-alike
    before it closes nothing (a scan per look-alike of what stands before it was quadratic: a
    book of parentheses took seconds)."""
    found = [at for at in (text.find(opener) for opener in _PAREN_OPENERS) if at >= 0]
    return min(found, default=len(text))


def _never_opened(text: str, index: int, first_opener: int) -> bool:
    """Whether the ） look-alike at ``index`` follows a hanzi and no （ ( or 渊 stands anywhere
    before it (``first_opener``: :func:`_first_opener` of ``text``): then it closes nothing
    (``我很冤``, ``比窦娥还冤`` at a line end: the hanzi). Not after a number or a letter, whose
    item a lone ） may close (``1）``, ``a）``, ``员冤``, ``一冤``), nor after another look-alike, a
    mark maybe (``院冤`` is the smiley ``：）`` of a review)."""
    before = text[index - 1] if index else ""
    if not is_han(before) or before in HAN_NUMERALS or before in _all_lookalikes():
        return False
    return first_opener >= index


#: What an unclosed “ may follow: a colon or its look-alike 院 (回答院野…, a quotation of
#: several paragraphs), or a paragraph start (:func:`_may_stay_open`).
OPEN_QUOTE_AFTER: Final = ("", "\n", FULLWIDTH_COLON, COLON_LOOKALIKE)


def _may_stay_open(text: str, start: int) -> bool:
    """Whether a “ at ``start`` that nothing closes is normal there. A quotation of several
    paragraphs opens each again and closes only in the last, so an unclosed “ follows a colon
    or starts a paragraph whose next paragraph opens with “ (or its look-alike) too; one
    opening a paragraph the next does not continue is a hanzi (野旷天低树 opening a text)."""
    _, before = _next_visible(text, start, -1)
    if before not in OPEN_QUOTE_AFTER:
        return False
    if before not in ("", "\n"):
        return True
    line_end = text.find("\n", start)
    while line_end != -1 and _next_visible(text, line_end, 1)[1] == "\n":
        line_end = _next_visible(text, line_end, 1)[0]
    return line_end != -1 and _next_visible(text, line_end, 1)[1] in (LEFT_DOUBLE_QUOTE, OPEN_QUOTE_LOOKALIKE)


#: The look-alike of （ that is also a given name (何文渊, 李渊).
GIVEN_NAME_PAREN: Final = "渊"
#: How many hanzi of a name stand between a （ and a given name's 渊 that follows it inside the
#: same parentheses (（曲渊摄）, （李文渊摄）, （记者赵渊）).
NAME_BEFORE_GIVEN: Final = 3
#: A photographer's credit ends with 摄 (took the photo) after the name: （曲渊摄）.
PHOTO_CREDIT: Final = "摄"


def _given_name_opener(text: str, outer: _Candidate, inner: _Candidate) -> bool:
    """Whether ``inner``, a 渊 one to three hanzi after the opening look-alike ``outer`` with
    nothing between, is a given name inside ``outer``'s parentheses, not a （ of its own (（曲（
    is never written): a surname stands one or two hanzi before it (（记者赵渊）, （李文渊）), or
    摄 ends the credit after it (（曲渊摄）)."""
    if inner.hanzi != GIVEN_NAME_PAREN or outer.symbol != FULLWIDTH_LEFT_PAREN:
        return False
    between = text[outer.end : inner.start]
    if not 1 <= len(between) <= NAME_BEFORE_GIVEN or not all(is_han(c) and c not in _all_lookalikes() for c in between):
        return False
    surnames = _surnames()
    return between[-1] in surnames or between[-2:-1] in surnames or text[inner.end : inner.end + 1] == PHOTO_CREDIT


#: Particles, prepositions and counters a title follows (主演的《叶问》, 看了《叶问》, 在《叶》一文中, 一部《叶问》).
TITLE_LEADS: Final = frozenset("的了和与及是在部本篇首")


def _surname_opens_title(text: str, outer: _Candidate, inner: _Candidate, closer: _Candidate) -> bool:
    """Whether of two title look-alikes side by side (叶叶问曳), the first opens the title and the
    second is the surname 叶 it starts with (《叶问》, 《叶挺将军》): a hanzi 叶 belongs to a word, and
    the first makes none with the hanzi before it (电影叶, 的叶), while a title of one hanzi after a
    lone 叶 (叶《问》) is rarer still. Not after a word that ends with 叶 (红叶叶…曳, 茶叶叶…曳), where
    the first is the leaf and the second the title's mark; nor where the closer is doubled too
    (叶叶白夜行曳曳: a review that types 《《白夜行》》, as it types ！！！). Only where a word ends
    right before the first (电影; a particle or a counter, TITLE_LEADS): after a surname
    (张叶叶春天曳) or a hanzi that ends no word (秋叶 黄叶: words the lexicon lacks), the first 叶
    may be a name's or a word's."""
    if outer.hanzi != TITLE_LOOKALIKE or inner.hanzi != TITLE_LOOKALIKE or outer.end != inner.start:
        return False
    if text.startswith(closer.hanzi, closer.end):
        return False
    before = text[outer.start - 1 : outer.start]
    ends_word = before in TITLE_LEADS or _edge_word(text, outer.start - 1, -1)
    if is_han(before) and (before in _surnames() or not ends_word):
        return False  # (张叶叶春天曳 is 张叶《春天》, an author's name; 秋叶 黄叶 are words the lexicon lacks)
    return not _edge_word(text, outer.start, -1)


#: Marks that never hold a pair of their own kind (《…《…》…》, （…（…）…） are not written; a
#: quotation inside a quotation takes ‘’, not “”: GB/T 15834).
NO_NESTING: Final = frozenset(LEFT_BOOK_TITLE + FULLWIDTH_LEFT_PAREN + LEFT_DOUBLE_QUOTE)
#: How much better an earlier opener must read than the last to take the closer from it.
NESTING_MARGIN: Final = 1.0


#: The enumeration comma and its look-alike: a list's items are quoted alike (“甲”、“乙”).
_ENUMERATION_MARKS: Final = frozenset(IDEOGRAPHIC_COMMA + ENUMERATION_LOOKALIKE)
#: The double quotation marks and their look-alikes: none may stand inside the quoted item.
_QUOTE_MARKS: Final = frozenset(LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE + OPEN_QUOTE_LOOKALIKE + CLOSE_QUOTE_LOOKALIKE)


def _list_goes_on_inside(text: str, outer: _Candidate, inner: _Candidate) -> bool:
    """Whether the “ look-alike ``inner`` follows an enumeration comma (real or garbled) after
    ``outer``'s quoted item, as strong as ``outer``: “甲、“乙” would leave the first quotation open
    before 、 (a list's items are quoted alike: “甲”、“乙”), so the item after 、 is inside the
    first (“假郎、野郎”: the second 野 the hanzi)."""
    return (
        inner.evidence <= outer.evidence
        and text[inner.start - 1 : inner.start] in _ENUMERATION_MARKS
        and not any(c in _QUOTE_MARKS for c in text[outer.end : inner.start - 1])
    )


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
            cand.add_doubt(0.0, "opened inside a pair of marks and not closed in it", EV_OTHER)


#: Look-alikes of the marks that must be closed nearby (（ 《 ‘ 【): 渊 叶 耶 揖, and their closers.
_OPENINGS: Final = frozenset("渊叶耶揖")
_CLOSER_OF: Final = {"渊": "冤", "叶": "曳", "耶": "爷", "揖": "铱"}


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
    if first == FULLWIDTH_COMMA and second in COMMA_NEVER_CLOSES:
        return False  # no title ends with ， (身子，曳着步子: 曳 drags)
    return not (first in OPENING_PUNCT and (second in STOP_PUNCT or second in CLOSING_PUNCT))


#: Marks that never end a quotation, a title or a parenthetical (a comma may: “走吧，”他说;
#: and a semicolon: a quoted item of a law ends with one).
NEVER_BEFORE_CLOSING: Final = frozenset(IDEOGRAPHIC_COMMA + FULLWIDTH_COLON)
#: What a comma never stands right before: the end of a title (a quotation's may follow one,
#: “走吧，”他说, and so may a parenthetical's, as a debian fortune writes: （时过境迁，）).
COMMA_NEVER_CLOSES: Final = frozenset(RIGHT_BOOK_TITLE)


@functools.cache
def _compatible_pairs() -> frozenset[tuple[str, str]]:
    """Every (mark, mark) that :func:`_compatible` allows, for one set lookup per occurrence."""
    marks = set(REPAIRED_PUNCT)
    return frozenset((a, b) for a in marks for b in marks if _compatible(a, b))


def _quoted_runs(text: str, candidates: list[_Candidate], shown: frozenset[int] = frozenset()) -> None:
    """Look-alikes of four or more kinds side by side (``袁遥野冶尧院``; 要 and 噎 not counted)
    are no run of punctuation any text has: a quoted list of the garble (a manual, a
    table), at most reported. ``shown``: where look-alikes read as marks shown beside their
    names stand (千位分隔符渊袁冤尧小数点: 渊袁冤 is （，）), which neither count nor are reported."""
    doubled = _doubled_lookalikes()
    runs = [
        m.span()
        for m in _lookalike_run_re().finditer(text)
        if len({text[at] for at in range(*_counted_span(text, m.span())) if at not in shown} - doubled)
        >= MIN_KINDS_IN_QUOTED_RUN
        and not _punctuates_as_marks(m.group())
    ]
    if not runs:
        return
    # The candidates are in text order and the runs do not overlap: the candidates of each
    # run are a slice, found by bisection (in the same order as a scan of them all).
    starts = [cand.start for cand in candidates]
    for start, end in runs:
        for cand in candidates[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
            cand.add_doubt(0.0, "one of a run of look-alikes (a quoted example?)", EV_OTHER)


#: A doubt or an exclamation set in parentheses (（？） （！！）): an opening parenthesis before
#: ？ or ！, which _compatible does not allow between other marks.
PARENTHESISED_MARKS: Final = frozenset((FULLWIDTH_LEFT_PAREN, mark) for mark in QUESTION_EXCLAMATION)
#: ；'s look-alike 曰 is 'said' between two quotations (“燕可伐欤？”曰“可”): a run that holds it
#: is read by the rules for 曰, never as marks whole.
SAID: Final = "曰"


def _punctuates_as_marks(run: str) -> bool:
    """Whether the run of look-alikes ``run`` reads as marks that text sets side by side, each
    one allowed after the one before (的钥曳尧叶 ？》、《 between two titles, 渊钥钥钥浴浴浴冤袁
    （？？？！！！），): a writer's punctuation, no quoted list of the garble, whose look-alikes
    of ，。“” stand where no text sets them (袁遥野冶: ，。 side by side, “” quoting nothing)."""
    if SAID in run:
        return False
    table = shift_table()
    symbols = [table[hanzi].symbol for hanzi in run]
    pairs = _compatible_pairs()
    return all(pair in pairs or pair in PARENTHESISED_MARKS for pair in itertools.pairwise(symbols))


#: A quotation that opens with the surname 袁 before a hanzi (曰院野袁术兵多: 曰：“袁术兵多): the
#: run of look-alikes ends with 野袁, the name's first character, which is not counted.
QUOTED_NAME_START: Final = OPEN_QUOTE_LOOKALIKE + "袁"


def _counted_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The part of a run of look-alikes whose kinds :func:`_quoted_runs` counts: all of it but
    a surname that opens a quotation (QUOTED_NAME_START) before a hanzi."""
    start, end = span
    if text.endswith(QUOTED_NAME_START, start, end) and is_han(text[end : end + 1]):
        return start, end - 1
    return span


@functools.cache
def _doubled_lookalikes() -> frozenset[str]:
    """要 and 噎: their marks (—— ……) stand beside any other (``。”——``)."""
    punct, _, _ = _lookalikes()
    return frozenset(h for h, symbol in punct.items() if symbol in RUN_MARKS)


@functools.cache
def _lookalike_run_re() -> re.Pattern[str]:
    punct, _, _ = _lookalikes()
    # (led by one look-alike, so that the engine scans for it in C: a leading repeat makes it
    # try a match at every position)
    return re.compile(f"[{''.join(punct)}][{''.join(punct)}]{{{MAX_MARK_RUN},}}")
