"""Composing each stage's edits back into ORIGINAL coordinates.

Each stage returns edits on the text the stage before it produced. :class:`Composition`
keeps every applied change as a piece of the ORIGINAL text, so that
``apply_edits(original, result.edits) == result.text`` holds by construction. Where a later
stage changes text an earlier stage produced (or an insertion meets a deletion), the edits
become one whose rule names both stages' rules (``"punct-shift+width"``): the reviewer sees
one change with both reasons, and nothing changes that no edit explains.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from cleaner.model import RULE_JOINER, Edit, Span

T = TypeVar("T")


class _Piece:
    """An applied change: ``original[orig_start:orig_end]`` became ``after``, which begins
    at ``cur_start`` in the current text. Never changed once made (a plain class with slots:
    the pipeline makes one per edit per stage, and a frozen dataclass costs several times more)."""

    __slots__ = (
        "after",
        "confidence",
        "cur_end",
        "cur_start",
        "empty",
        "orig_end",
        "orig_start",
        "reasons",
        "rules",
        "source",
    )

    def __init__(
        self,
        orig_start: int,
        orig_end: int,
        cur_start: int,
        after: str,
        rules: tuple[str, ...],
        confidence: float,
        reasons: tuple[str, ...],
        source: Edit | None = None,
    ) -> None:
        self.orig_start = orig_start
        self.orig_end = orig_end
        self.cur_start = cur_start
        self.after = after
        self.rules = rules
        self.confidence = confidence
        self.reasons = reasons
        self.cur_end = cur_start + len(after)
        #: Empty on either side: an insertion (in the original) or a deletion (now).
        self.empty = orig_start == orig_end or not after
        #: The one edit this piece is, unmerged (for :func:`_to_edit` to reuse when its span is the piece's).
        self.source = source

    def moved(self, shift: int) -> _Piece:
        """The same change, ``shift`` further on in the current text."""
        if not shift:
            return self
        return _Piece(
            self.orig_start,
            self.orig_end,
            self.cur_start + shift,
            self.after,
            self.rules,
            self.confidence,
            self.reasons,
            self.source,
        )


def must_merge(a_end: int, a_empty: bool, b_start: int, b_empty: bool) -> bool:
    """Must range b, starting no earlier than range a, become one edit with a?

    Yes when they overlap, or meet at a point where one of them is empty (in the current
    text or the original): an insertion beside another change at the same point has no
    well-defined order otherwise.
    """
    if b_start < a_end:
        return True
    return b_start == a_end and (a_empty or b_empty)


def touching_groups(items: Sequence[T], extent: Callable[[T], tuple[int, int, bool]]) -> list[list[T]]:
    """Split items sorted by position into groups that must become one edit each.

    ``extent`` gives an item's (start, end, empty); an item joins the group before it when
    it must merge with the group's furthest-reaching item.
    """
    groups: list[list[T]] = []
    reach, reach_empty = -1, False
    for item in items:
        start, end, empty = extent(item)
        if groups and must_merge(reach, reach_empty, start, empty):
            groups[-1].append(item)
            if end > reach:
                reach, reach_empty = end, empty
            elif end == reach:
                reach_empty = reach_empty or empty
        else:
            groups.append([item])
            reach, reach_empty = end, empty
    return groups


def conflict(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two edits' ranges on one text collide (overlap, or meet where one is empty)?"""
    (a0, a1), (b0, b1) = sorted((a, b))
    return must_merge(a1, a0 == a1, b0, b0 == b1)


class Composition:
    """The changes applied so far, as pieces of the original text, and the current text."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.current = original
        self._pieces: list[_Piece] = []
        self._starts: list[int] = []  # cur_start of each piece, for bisection
        #: The first changes, checked and sorted, while nothing has needed them as pieces yet
        #: (a text only one stage changes never does: they are then their own lifts).
        self._pending: tuple[Edit, ...] = ()

    @property
    def changed(self) -> bool:
        """Has any change been applied (are current and original coordinates different)?"""
        return bool(self._pending or self._pieces)

    def _materialise(self) -> None:
        if self._pending:
            self._pieces = self._first_pieces(self._pending)
            self._starts = [p.cur_start for p in self._pieces]
            self._pending = ()

    # -- mapping ------------------------------------------------------------------------
    def _to_original(self, cur: int, pieces_before: int) -> int:
        """Map a current offset outside every piece, with ``pieces_before`` pieces before it."""
        if pieces_before == 0:
            return cur
        piece = self._pieces[pieces_before - 1]
        return piece.orig_end + (cur - piece.cur_end)

    def _touching(self, start: int, end: int) -> tuple[int, int]:
        """Index range [lo, hi) of the pieces that must merge with current range [start, end)."""

        this = (start, end, start == end)

        def collides(piece: _Piece) -> bool:
            other = (piece.cur_start, piece.cur_end, piece.empty)
            first, second = (other, this) if other <= this else (this, other)
            return must_merge(first[1], first[2], second[0], second[2])

        lo = bisect.bisect_left(self._starts, start)
        while lo > 0 and collides(self._pieces[lo - 1]):
            lo -= 1
        while lo < len(self._pieces) and self._pieces[lo].cur_end < start:
            lo += 1
        hi = lo
        while hi < len(self._pieces) and collides(self._pieces[hi]):
            hi += 1
        return lo, hi

    def original_span(self, span: Span) -> Span:
        """The span of the original text that produced ``span`` of the current text."""
        self._materialise()
        if not self._pieces:
            return span
        lo, hi = self._touching(span.start, span.end)
        start = self._pieces[lo].orig_start if hi > lo and self._pieces[lo].cur_start <= span.start else None
        end = self._pieces[hi - 1].orig_end if hi > lo and self._pieces[hi - 1].cur_end >= span.end else None
        if start is None:
            start = self._to_original(span.start, lo)
        if end is None:
            end = self._to_original(span.end, hi)
        return Span(start, max(start, end))

    def lift(self, edit: Edit) -> Edit | None:
        """Express one edit on the current text as an edit on the original text (None if it
        would undo earlier changes exactly)."""
        self._materialise()
        if not self._pieces:
            return edit
        lo, hi = self._touching(edit.start, edit.end)
        if lo == hi:  # untouched text: the same edit, moved (what _merge and _to_edit make of it)
            start = self._to_original(edit.start, lo)
            end = start + len(edit.before)
            if start == edit.start:
                return edit
            return Edit(Span(start, end), self.original[start:end], edit.after, edit.rule, edit.confidence, edit.reason)
        piece = self._merge(self._pieces[lo:hi], [edit], lo, shift=0)
        return _to_edit(piece, self.original) if piece else None

    # -- applying -----------------------------------------------------------------------
    def apply(self, edits: Sequence[Edit]) -> None:
        """Apply one stage's edits (current coordinates, sorted, checked) and record them."""
        if not edits:
            return
        self._materialise()
        if not self._pieces:  # the first change: every edit is a piece of its own (they are checked apart)
            self._pending = tuple(edits)
            self.current = _apply_sorted(self.current, edits)
            return
        # One pass over the earlier pieces and the new edits in position order, the order of
        # (start, end, empty, earlier piece before new edit): items join the group before them
        # as :func:`touching_groups` joins them, and each group becomes one piece.
        pieces = self._pieces
        n, m = len(pieces), len(edits)
        i = j = 0
        merged: list[_Piece] = []
        shift = 0  # how much longer the new text is than the old, before the current group
        pieces_before = 0
        olds: list[_Piece] = []
        news: list[Edit] = []
        reach, reach_empty = -1, False
        while i < n or j < m:
            if j >= m:
                take_old = True
            elif i >= n:
                take_old = False
            else:
                piece, edit = pieces[i], edits[j]
                p_start, e_start = piece.cur_start, edit.start
                take_old = p_start < e_start or (
                    p_start == e_start and (piece.cur_end, piece.empty) <= (edit.end, e_start == edit.end)
                )
            if take_old:
                piece = pieces[i]
                i += 1
                start, end, empty = piece.cur_start, piece.cur_end, piece.empty
            else:
                edit = edits[j]
                j += 1
                start, end = edit.start, edit.end
                empty = start == end
            if (olds or news) and (start < reach or (start == reach and (reach_empty or empty))):
                if take_old:
                    olds.append(piece)
                else:
                    news.append(edit)
                if end > reach:
                    reach, reach_empty = end, empty
                elif end == reach:
                    reach_empty = reach_empty or empty
                continue
            if news:
                shift, pieces_before = self._close(olds, news, merged, shift, pieces_before)
            elif olds:
                merged.extend([p.moved(shift) for p in olds] if shift else olds)
                pieces_before += len(olds)
            olds, news = ([piece], []) if take_old else ([], [edit])
            reach, reach_empty = end, empty
        if news:
            self._close(olds, news, merged, shift, pieces_before)
        else:
            merged.extend([p.moved(shift) for p in olds] if shift else olds)
        self.current = _apply_sorted(self.current, edits)
        self._pieces = merged
        self._starts = [p.cur_start for p in merged]

    def _close(
        self, olds: list[_Piece], news: list[Edit], merged: list[_Piece], shift: int, pieces_before: int
    ) -> tuple[int, int]:
        """Make one piece of a group holding new edits; the shift and piece count after it."""
        piece = self._merge(olds, news, pieces_before, shift)
        shift += sum([len(e.after) - len(e.before) for e in news])
        if piece is not None:
            merged.append(piece)
        return shift, pieces_before + len(olds)

    @staticmethod
    def _first_pieces(edits: Sequence[Edit]) -> list[_Piece]:
        """What :meth:`_merge` makes of each edit when nothing was changed before."""
        pieces = []
        shift = 0
        for edit in edits:
            start = edit.start
            pieces.append(
                _Piece(
                    start,
                    edit.end,
                    start + shift,
                    edit.after,
                    tuple(edit.rule.split(RULE_JOINER)),
                    edit.confidence,
                    (edit.reason,) if edit.reason else (),
                    edit,
                )
            )
            shift += len(edit.after) - (edit.end - start)
        return pieces

    def _merge(self, olds: Sequence[_Piece], news: Sequence[Edit], pieces_before: int, shift: int) -> _Piece | None:
        """One piece for a group of touching old pieces and new edits (None: a no-op)."""
        if not olds and len(news) == 1:  # the common case: a change to untouched text
            edit = news[0]
            orig_start = self._to_original(edit.start, pieces_before)
            return _Piece(
                orig_start,
                orig_start + len(edit.before),
                edit.start + shift,
                edit.after,
                tuple(edit.rule.split(RULE_JOINER)),
                edit.confidence,
                (edit.reason,) if edit.reason else (),
                edit,
            )
        g_start = min([e.start for e in news] + [p.cur_start for p in olds])
        g_end = max([e.end for e in news] + [p.cur_end for p in olds])
        after = _apply_sorted(
            self.current[g_start:g_end], [replace(e, span=Span(e.start - g_start, e.end - g_start)) for e in news]
        )
        if olds and olds[0].cur_start == g_start:
            orig_start = olds[0].orig_start
        else:
            orig_start = self._to_original(g_start, pieces_before)
        if olds and olds[-1].cur_end == g_end:
            orig_end = olds[-1].orig_end
        else:
            orig_end = self._to_original(g_end, pieces_before + len(olds))
        if after == self.original[orig_start:orig_end]:
            return None  # a later stage undid an earlier one
        rules: list[str] = []
        reasons: list[str] = []
        for piece_rules, piece_reasons in [(p.rules, p.reasons) for p in olds] + [
            (tuple(e.rule.split(RULE_JOINER)), (e.reason,)) for e in news
        ]:
            rules.extend(r for r in piece_rules if r not in rules)
            reasons.extend(r for r in piece_reasons if r and r not in reasons)
        confidence = min([p.confidence for p in olds] + [e.confidence for e in news])
        return _Piece(orig_start, orig_end, g_start + shift, after, tuple(rules), confidence, tuple(reasons))

    def edits(self) -> tuple[Edit, ...]:
        """Every applied change, as edits on the original text, in order."""
        if self._pending:
            return self._pending  # what _to_edit makes of each of _first_pieces(self._pending)
        return tuple(_to_edit(p, self.original) for p in self._pieces)


def _to_edit(piece: _Piece, original: str) -> Edit:
    source = piece.source
    if source is not None and source.start == piece.orig_start:
        return source  # an edit made on the original text, unmerged: it is its own lift
    return Edit(
        Span(piece.orig_start, piece.orig_end),
        original[piece.orig_start : piece.orig_end],
        piece.after,
        RULE_JOINER.join(piece.rules),
        piece.confidence,
        " ".join(piece.reasons),
    )


def _apply_sorted(text: str, edits: Sequence[Edit]) -> str:
    out: list[str] = []
    cursor = 0
    for edit in edits:
        out.append(text[cursor : edit.start])
        out.append(edit.after)
        cursor = edit.end
    out.append(text[cursor:])
    return "".join(out)
