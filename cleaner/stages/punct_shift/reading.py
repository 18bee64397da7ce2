"""The lexicon's reading of a look-alike: jieba's unigram word model scores a short window
(WINDOW hanzi each side) with the hanzi and with the mark, so ``视野尧`` keeps 野 and
``研究袁`` reads as ``研究，`` (_view, _window, _reading_delta, _window_scores); and the
lexicon facts the rules share: whether a look-alike makes a word with a neighbour (_adjacent,
_word_neighbours, bigrams), stands alone (_alone, _unknown) or sits inside a word of the best
segmentation (_in_best_word); and where a clause starts (_clause_starts_at), which the
readers of marks, names and numbers each ask in their own way, and a line (_line_starts_at).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from cleaner import lexicon
from cleaner.chars import (
    EM_DASH,
    FULLWIDTH_COLON,
    FULLWIDTH_COMMA,
    FULLWIDTH_EXCLAMATION,
    FULLWIDTH_LEFT_PAREN,
    FULLWIDTH_QUESTION,
    FULLWIDTH_RIGHT_PAREN,
    FULLWIDTH_SEMICOLON,
    HORIZONTAL_ELLIPSIS,
    IDEOGRAPHIC_COMMA,
    IDEOGRAPHIC_FULL_STOP,
    LEFT_BOOK_TITLE,
    LEFT_DOUBLE_QUOTE,
    LEFT_LENTICULAR,
    LEFT_SINGLE_QUOTE,
    MIDDLE_DOT,
    RIGHT_BOOK_TITLE,
    RIGHT_DOUBLE_QUOTE,
    RIGHT_LENTICULAR,
    RIGHT_SINGLE_QUOTE,
    is_han,
)
from cleaner.stages.punct_shift.decide import EV_LEXICON, EV_NO_MARK, _Candidate
from cleaner.stages.punct_shift.table import _INLINE_SPACES, _REAL_MARKS, REPAIRED_PUNCT, _all_lookalikes, _lookalikes

#: log P(this mark) at a point of Chinese prose, rounded from counts in news text (a comma is
#: one character in twenty, a colon one in two hundred; an exclamation mark one in 2,550 of
#: the People's Daily, 1998: at -6.0 it outweighed words the lexicon lacks, 浴霸 浴室内): the
#: punctuation reading of a look-alike is scored with the mark it would be, so ``研究院``
#: keeps 院 (a colon after 研究 is rarer than the word), while ``研究袁`` reads as ``研究，``.
LOG_P_MARK: Final = {
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
#: How many characters of context each side the lexicon sees.
WINDOW: Final = 4
_SKIPPED: Final = " \t\u00a0\u3000\n\r"
_DROP_SPACE: Final = str.maketrans("", "", _SKIPPED)
#: How far to look for WINDOW hanzi (blank lines between narrow-column lines take room).
_WINDOW_REACH: Final = 4 * WINDOW
#: A blank line (also with CRLF endings or spaces on it): words do not run across it.
_BLANK_LINE_RE: Final = re.compile("\n[ \t\r\u3000]*\n")
#: What a blank line holds between its two line breaks (_BLANK_LINE_RE's class).
_ON_BLANK_LINE: Final = " \t\r\u3000"


@functools.lru_cache(maxsize=1 << 14)
def _in_best_word(text: str, index: int) -> bool:
    """Whether the best segmentation of ``text`` puts ``text[index]`` inside a word of two or
    more characters."""
    start, end = _best_word_span(text, index)
    return end - start > 1


def _best_word_span(text: str, index: int) -> tuple[int, int]:
    """Where the word of the best segmentation of ``text`` that holds ``text[index]`` starts and
    ends ((index, index) when ``index`` is outside ``text``)."""
    at = 0
    for word in lexicon.best_segmentation(text):
        if at <= index < at + len(word):
            return at, at + len(word)
        at += len(word)
    return index, index


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
        near = view[index - WINDOW : index] if index >= WINDOW else view[:index]
        if " " not in near and near.isprintable():
            # The common case: no white space (nothing _SKIPPED) right before it, so the
            # window is the hanzi that end ``near`` (what the long way below finds too).
            return _trailing_han(near)
        seg = view[max(0, index - _WINDOW_REACH) : index]
        if "\n" in seg:
            seg = _after_blank_lines(seg)
        return _trailing_han(_without_skipped(seg)[-WINDOW:])  # (the last WINDOW hold it)
    near = view[index + 1 : index + 1 + WINDOW]
    if " " not in near and near.isprintable():
        return _leading_han(near)  # (as above: no white space right after it)
    seg = view[index + 1 : index + 1 + _WINDOW_REACH]
    if "\n" in seg:
        seg = _before_blank_lines(seg)
    return _leading_han(_without_skipped(seg))


def _blank_line_end(seg: str, at: int) -> int:
    """Where the blank line that starts with the line break at ``seg[at]`` ends (past its second
    line break), or -1 where none starts there (_BLANK_LINE_RE's match at ``at``)."""
    end = at + 1
    n = len(seg)
    while end < n and seg[end] in _ON_BLANK_LINE:
        end += 1
    return end + 1 if end < n and seg[end] == "\n" else -1


def _before_blank_lines(seg: str) -> str:
    """``_BLANK_LINE_RE.split(seg)[0]``: ``seg`` up to its first blank line, found from its line
    breaks (compiled, a few steps a window, where the regex call and its list cost more)."""
    at = seg.find("\n")
    while at >= 0:
        if _blank_line_end(seg, at) >= 0:
            return seg[:at]
        at = seg.find("\n", at + 1)
    return seg


def _after_blank_lines(seg: str) -> str:
    """``_BLANK_LINE_RE.split(seg)[-1]``: ``seg`` after its last blank line, the blank lines
    found from the left as the regex finds them (one ends where the next may start)."""
    start = 0
    at = seg.find("\n")
    while at >= 0:
        end = _blank_line_end(seg, at)
        if end >= 0:
            start = end
            at = seg.find("\n", end)
        else:
            at = seg.find("\n", at + 1)
    return seg[start:]


def _trailing_han(chars: str) -> str:
    """The hanzi that end ``chars``, at most WINDOW of them (``[HAN_CLASS]{1,WINDOW}$``'s match
    in ``chars``, which holds no line break): from code points, as :func:`_all_han` reads them;
    compiled, a few comparisons a character, where the regex call cost more (twice a window)."""
    start = len(chars)
    stop = start - WINDOW if start > WINDOW else 0
    while start > stop and _is_han_code(ord(chars[start - 1])):
        start -= 1
    return chars[start:]


def _leading_han(chars: str) -> str:
    """The hanzi that start ``chars``, at most WINDOW of them (``[HAN_CLASS]{1,WINDOW}``'s match
    at its start), as :func:`_trailing_han` reads them."""
    end = 0
    stop = len(chars) if len(chars) < WINDOW else WINDOW
    while end < stop and _is_han_code(ord(chars[end])):
        end += 1
    return chars[:end]


def _without_skipped(seg: str) -> str:
    """``seg.translate(_DROP_SPACE)``: ``seg`` without its _SKIPPED characters, dropped by a
    C-level replace of each that it holds (translate looks every character up in a dict of
    ints, compiled the most of _window's time)."""
    for char in _SKIPPED:
        if char in seg:
            seg = seg.replace(char, "")
    return seg


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
    left = view[start - WINDOW : start] if start >= WINDOW else ""
    if not (left and _all_han(left)):
        # (_window's own fast path, inlined: ``left`` is its ``near``, the hanzi that end it)
        fast = bool(left) and " " not in left and left.isprintable()
        left = _trailing_han(left) if fast else _window(view, start, -1)
    right = view[end : end + WINDOW]
    if not (len(right) == WINDOW and _all_han(right)):
        fast = " " not in right and right.isprintable()  # (_window's fast path: ``right`` is its ``near``)
        right = _leading_han(right) if fast else _window(view, end - 1, 1)
    run = view[start:end]
    scores = _window_scores(left, run, right)
    if scores is None:
        # No word contains the character: it stands alone in the hanzi reading.
        return _alone(run) - log_p_mark
    whole, left_score, right_score = scores
    return whole - (left_score + right_score + log_p_mark)


def _all_han(chars: str) -> bool:
    """Whether every character of ``chars`` (not empty) is a hanzi, as a full match of
    ``[HAN_CLASS]+`` says, from the code points of HAN_CLASS's ranges, the main block first:
    compiled, a few comparisons a character, where the regex's call cost more."""
    for char in chars:
        code = ord(char)
        if not (
            0x4E00 <= code < 0xA000 or 0x3400 <= code < 0x4DC0 or 0xF900 <= code < 0xFB00 or 0x20000 <= code < 0x31350
        ):
            return False
    return True


def _is_han_code(code: int) -> bool:
    """Whether the code point ``code`` is in HAN_CLASS's ranges (the main block first), as
    :func:`_all_han` reads them."""
    return 0x4E00 <= code < 0xA000 or 0x3400 <= code < 0x4DC0 or 0xF900 <= code < 0xFB00 or 0x20000 <= code < 0x31350


def _reads_alike(view: str, text: str, start: int, end: int) -> bool:
    """Whether :func:`_reading_delta` reads ``view`` at [start, end) exactly as ``text`` (the same
    length: ``text`` with some look-alikes read as marks): the WINDOW characters each side are the
    same in both and none is white space or invisible, so that neither window, nor the
    neighbours the bigram check reads, reaches past them (_window's fast path). Pass 2 reads a
    doubtful look-alike again only where a mark found nearby changed what it reads; a mark
    within _WINDOW_REACH but beyond WINDOW (the most of them) changes nothing."""
    lo = start - WINDOW if start > WINDOW else 0
    near = text[lo : end + WINDOW]
    return " " not in near and near.isprintable() and view[lo : end + WINDOW] == near


@functools.lru_cache(maxsize=1 << 16)
def _window_scores(left: str, run: str, right: str) -> tuple[float, float, float] | None:
    """The segmentation scores of ``left + run + right``, ``left`` and ``right``; None when
    ``run`` is one character that no word of the window contains (windows recur: cached)."""
    cut = len(left)
    return lexicon.split_scores(left + run + right, cut, cut + len(run), cut if len(run) == 1 else -1)


_LEXICON_NOTE = ("lexicon",)
_LEXICON_KINDS: Final = (EV_LEXICON,)
_DOUBLED_NOTES: Final = ("lexicon", "doubled, and no such mark is written twice: this one is the hanzi")
_DOUBLED_KINDS: Final = (EV_LEXICON, EV_NO_MARK)


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
    marks = set(REPAIRED_PUNCT)
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
    chars = "".join(sorted(_all_lookalikes()))
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


def _edge_word(text: str, index: int, step: int) -> bool:
    """Whether ``text[index]`` ends (step -1) or starts (step 1) a frequent word of two to four
    characters with the hanzi right beside it (调解员猿缘名: 员 ends 调解员; a space separates:
    ``行动 员缘远次`` is 156次)."""
    other_at = index + step
    if not 0 <= other_at < len(text) or not is_han(text[other_at]):
        return False
    # Every such word holds the pair of the two characters: where text[index] is a look-alike
    # (as for every caller), _lookalike_bigrams has the pair if a word does (mostly none does).
    pair = text[other_at : index + 1] if step < 0 else text[index : other_at + 1]
    if text[index] in _all_lookalikes() and pair not in _lookalike_bigrams():
        return False
    for size in range(2, lexicon.MAX_WORD_LEN + 1):
        word = text[index - size + 1 : index + 1] if step < 0 else text[index : index + size]
        # Longer words are rarer: 调解员 has a jieba count of 3, yet no number starts with it.
        if len(word) == size and lexicon.is_word(word, min_freq=lexicon.COMMON_WORD_FREQ if size == 2 else 1):
            return True
    return False


#: What a line starts after (besides the text's start): its break.
_LINE_BREAK: Final = frozenset("\n")
#: What a clause starts after, unless a reader says otherwise: a line's break or a real mark
#: (。 ， and the closing ones too: “好。”他说), besides the text's start.
_LINE_BREAK_OR_REAL_MARK: Final = _REAL_MARKS | _LINE_BREAK


def _clause_starts_at(
    text: str,
    index: int,
    after: frozenset[str] = _LINE_BREAK_OR_REAL_MARK,
    passing: str = _INLINE_SPACES,
    lookalike_words: bool = True,
    after_no_word: bool = False,
) -> bool:
    """Whether a clause starts at ``text[index]``: at the text's start, or where the character
    before it, past any of ``passing``, is one of ``after``. By default: a line's break or a real
    mark, past inline spaces (　　故曰, a paragraph's indentation); with ``lookalike_words``, also
    a mark's look-alike right before it (no space between) that ends no word with what precedes it
    (，在院工作 garbled 袁在院; not 主要在, whose 要 is the word's); with ``after_no_word``, also
    any character that no word holds (no hanzi, letter or digit: ASCII marks, symbols). The
    readers that ask otherwise say why where they ask (names.CLAUSE_STARTERS,
    numbers._bound_pair)."""
    at, size = index - 1, len(text)
    while 0 <= at < size and text[at] in passing:
        at -= 1
    before = text[at] if 0 <= at < size else ""
    if before == "" or before in after or (after_no_word and not (is_han(before) or before.isalnum())):
        return True
    return lookalike_words and at == index - 1 and before in _lookalikes()[0] and not _edge_word(text, at, -1)


def _line_starts_at(text: str, index: int) -> bool:
    """Whether ``text[index]`` starts its line (the text's start, or after a line's break and the
    line's indent): a clause's start after nothing but the line's break."""
    return _clause_starts_at(text, index, _LINE_BREAK, lookalike_words=False)
