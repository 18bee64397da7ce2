"""A Latin word or a number read whole: the look-alikes of letters and digits left beside a
part of the same token that was repaired (``圆酝`` read as ``圆M``, ``怎遭怎灶贼怎怨`` as
``ubun贼怎9``). A half-repaired token is worse for a reader than the garble, and the repaired
part is evidence for the rest: a look-alike of a letter or a digit right next to a repaired
letter or digit, in no word of the lexicon with the hanzi beyond it, is a character of the same
token (``2M``, ``ubuntu9``, ``N280``, ``Gimmicks``, ``ATAN2``). At a token's edge a common hanzi
is a word of its own beside it (``文件在2G内存里``, ``运200吨``, ``5月``, ``IT员``): there only
what those words never do is read (see :func:`_edge_read`).
"""

from __future__ import annotations

import bisect
import functools
import operator

from cleaner import lexicon
from cleaner.chars import FULLWIDTH_OFFSET, is_han
from cleaner.model import Finding
from cleaner.stages.punct_shift.decide import DOUBT, EV_OTHER, _Candidate, _finding
from cleaner.stages.punct_shift.numbers import LATIN_LONE_KEPT, _unit_char
from cleaner.stages.punct_shift.reading import WINDOW, _in_best_word
from cleaner.stages.punct_shift.table import RULE, RULE_DIGIT, _lookalikes, shift_table

#: A finding's (start, end): the order of the findings.
_BY_SPAN = operator.attrgetter("span.start", "span.end")
#: 在 (Ｚ) is the commonest hanzi of all the look-alikes: never read beside a token (存在U盘, 在2G的)
TOKEN_NEVER = "在"
TOKEN_NOTE = "next to the part of its Latin word or number repaired already (2M, ubuntu9, N280)"


@functools.cache
def _token_lookalikes() -> dict[str, str]:
    """Look-alike -> the ASCII letter or digit it stands for (粤 A, 葬 a, 员 1)."""
    found = {}
    for hanzi, entry in shift_table().items():
        if entry.kind == "letter":
            found[hanzi] = chr(ord(entry.symbol) - FULLWIDTH_OFFSET)
    found.update(_lookalikes()[1])
    return found


def _whole_tokens(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` (in span order) with the look-alikes of letters and digits read that stand
    contiguous with a confidently repaired letter or digit where the evidence holds (see the
    module's docstring); a doubt a read look-alike had is replaced."""
    repaired: dict[int, tuple[str, float]] = {}  # position -> (the letter or digit repaired there, how sure)
    taken: set[int] = set()  # positions of a confident repair of any kind
    doubts: dict[int, Finding] = {}  # positions of a doubt -> its finding
    for finding in findings:
        edit = finding.edit
        if edit is None:
            continue
        if edit.confidence > DOUBT:
            taken.update(range(edit.start, edit.end))
            if len(edit.after) == edit.end - edit.start:
                for at, char in zip(range(edit.start, edit.end), edit.after, strict=True):
                    if char.isascii() and char.isalnum():
                        repaired[at] = (char, edit.confidence)
        else:
            for at in range(edit.start, edit.end):
                doubts[at] = finding
    if not repaired:
        return findings
    lookalikes = _token_lookalikes()
    added: list[Finding] = []
    dropped: set[int] = set()  # ids of the doubts replaced
    seen: set[int] = set()
    for at in sorted(repaired):
        for start in (at - 1, at + 1):
            if start in seen or start in taken or text[start : start + 1] not in lookalikes:
                continue
            end = start
            while start and text[start - 1] in lookalikes and start - 1 not in taken:
                start -= 1
            while end < len(text) and text[end] in lookalikes and end not in taken:
                end += 1
            seen.update(range(start, end))
            inside = [doubts[k] for k in range(start, end) if k in doubts]
            if any(d.span.start < start or d.span.end > end for d in inside):
                continue  # (a doubt that reaches beyond the look-alikes: left to it)
            level = _segment_level(text, start, end, repaired, taken)
            if level is None:
                continue
            symbol = "".join(lookalikes[c] for c in text[start:end])
            cand = _Candidate(start, end, text[start:end], symbol)
            cand.add(0.0, TOKEN_NOTE, EV_OTHER)
            added.append(_finding(RULE_DIGIT if symbol.isdigit() else RULE, cand, level))
            dropped.update(id(d) for d in inside)
    if not added:
        return findings
    kept = [f for f in findings if id(f) not in dropped]
    for finding in added:
        bisect.insort_right(kept, finding, key=_BY_SPAN)
    return kept


def _token_char(text: str, at: int, repaired: dict[int, tuple[str, float]]) -> str:
    """The ASCII letter or digit at ``text[at]``, written or repaired ('' if none)."""
    if at in repaired:
        return repaired[at][0]
    char = text[at : at + 1] if at >= 0 else ""
    return char if char.isascii() and char.isalnum() else ""


def _segment_level(
    text: str, start: int, end: int, repaired: dict[int, tuple[str, float]], taken: set[int]
) -> float | None:
    """The confidence to read the look-alikes ``text[start:end]`` at (None: not read): that of
    the confident repair of the same token beside them, where the evidence holds."""
    segment = text[start:end]
    letters = shift_table()
    if TOKEN_NEVER in segment or any(len(w) > 1 and lexicon.is_word(w) for w in lexicon.best_segmentation(segment)):
        return None  # (a word of its own; 贼怎 of ubuntu, a count of 3 in jieba's, is none)
    levels = [repaired[k][1] for k in (start - 1, end) if k in repaired]
    left, right = _token_char(text, start - 1, repaired), _token_char(text, end, repaired)
    if left and right:
        # between two parts of the token (ubun贼怎9), but not a common hanzi alone (Windows再1次)
        # nor a letter between two numbers (5月1日)
        high = [letters[c].risk == "high" for c in segment]
        if all(high) or (left.isdigit() and right.isdigit() and not segment.isdigit() and any(high)):
            return None
        if left.isdigit() and right.isdigit() and any(_unit_char(c) for c in segment):
            return None
        return min(levels)
    if left:
        return min(levels) if _edge_read(text, start, end, end, left, 1, repaired, taken) else None
    return min(levels) if _edge_read(text, start, end, start - 1, right, -1, repaired, taken) else None


def _edge_read(
    text: str,
    start: int,
    end: int,
    out: int,
    inner: str,
    step: int,
    repaired: dict[int, tuple[str, float]],
    taken: set[int],
) -> bool:
    """Whether the look-alikes ``text[start:end]`` at a token's edge read as its letters or
    digits: ``inner`` is the repaired character on their token's side, ``text[out]`` the
    character beyond them (``step``: 1 when it follows them, -1 when it precedes them)."""
    lookalikes = _token_lookalikes()
    symbols = [lookalikes[c] for c in text[start:end]]
    letters = shift_table()
    outside = text[out] if 0 <= out < len(text) else ""
    if all(s.isdigit() for s in symbols):
        if inner.isalpha() and step == 1 and len(symbols) == 1 and text[start] in LATIN_LONE_KEPT:
            # (IT员, SOHO苑, A园区: a hanzi after a Latin word; Expression员, 遥 A员)
            if (is_han(outside) and out not in taken) or _capitals_before(text, start, repaired):
                return False
    elif all(s.isalpha() for s in symbols):
        if any(letters[c].risk == "high" for c in text[start:end]):
            return False  # (运200吨, 再200米, 5月, 3则)
        if inner.isdigit():
            if step == 1 and _unit_char(text[start]):
                return False  # (载: 3载 is three years)
            if step == -1 and _unit_char(_after_token(text, end, taken)):
                return False  # (孕12周)
        elif step == 1 and inner.islower() != symbols[0].islower():
            return False
        elif step == -1 and inner.isupper() and not symbols[-1].isupper():
            return False
    else:
        return False
    return not _in_word_beyond(text, start, end, out, step, taken)


def _capitals_before(text: str, at: int, repaired: dict[int, tuple[str, float]]) -> bool:
    """Whether the Latin word that ends right before ``text[at]`` is two capitals or more (IT, SOHO)."""
    word = ""
    while _token_char(text, at - 1 - len(word), repaired).isalpha():
        word = _token_char(text, at - 1 - len(word), repaired) + word
    return len(word) >= 2 and word.isupper()


def _after_token(text: str, at: int, taken: set[int]) -> str:
    """The character after the token (written or repaired: 745.5) from ``text[at]`` on."""
    while at < len(text) and (at in taken or (text[at].isascii() and text[at].isalnum())):
        at += 1
    return text[at : at + 1]


def _in_word_beyond(text: str, start: int, end: int, out: int, step: int, taken: set[int]) -> bool:
    """Whether the lexicon's best reading puts one of ``text[start:end]`` in a word with the
    hanzi beyond them from ``text[out]`` on (up to WINDOW of them, none read as a mark already,
    no space between: 存在, 多灾 but not 更多 灾BA)."""
    beyond = ""
    at = out
    while 0 <= at < len(text) and len(beyond) < WINDOW and is_han(text[at]) and at not in taken:
        beyond = beyond + text[at] if step == 1 else text[at] + beyond
        at += step
    if not beyond:
        return False
    window = text[start:end] + beyond if step == 1 else beyond + text[start:end]
    first = 0 if step == 1 else len(beyond)
    return any(_in_best_word(window, first + k) for k in range(end - start))
