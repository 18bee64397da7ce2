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
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from cleaner.model import RULE_JOINER, Edit, Finding, Span

T = TypeVar("T")


class _Piece:
    """An applied change: ``original[orig_start:orig_end]`` became ``after``. Never changed
    once made. Where it begins in the current text is kept apart (:class:`Layout` ``starts``),
    so that a stage's change elsewhere moves no piece: only a list of integers is rebuilt.
    (A plain class with slots: the pipeline makes one per edit per stage.)"""

    __slots__ = ("after", "confidence", "empty", "orig_end", "orig_start", "reasons", "rules", "source")

    def __init__(
        self,
        orig_start: int,
        orig_end: int,
        after: str,
        rules: tuple[str, ...],
        confidence: float,
        reasons: tuple[str, ...],
        source: Edit | None = None,
    ) -> None:
        self.orig_start = orig_start
        self.orig_end = orig_end
        self.after = after
        self.rules = rules
        self.confidence = confidence
        self.reasons = reasons
        #: Empty on either side: an insertion (in the original) or a deletion (now).
        self.empty = orig_start == orig_end or not after
        #: The one edit this piece is, unmerged (for :func:`_to_edit` to reuse when its span is the piece's).
        self.source = source


def _piece_of(edit: Edit, orig_start: int) -> _Piece:
    """The piece of one edit made to text no earlier change touched."""
    return _Piece(
        orig_start,
        orig_start + len(edit.before),
        edit.after,
        tuple(edit.rule.split(RULE_JOINER)),
        edit.confidence,
        (edit.reason,) if edit.reason else (),
        edit,
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


def keep_apart(candidates: Sequence[Edit]) -> list[Edit]:
    """Of suggested edits sorted by position, those that can all be applied together: where
    suggestions collide, the more confident one wins (the earlier one at equal confidence).

    The pipeline chooses each stage's edits with it, on that stage's text. The doubts
    (:func:`cleaner.report.doubts`) choose the suggestions a reviewer is offered with it too,
    by the same rule, but over every stage's doubts together in original coordinates: among
    one stage's doubts that is the pipeline's choice; between two stages' doubts it is a
    choice the pipeline never made (each stage ran on its own text), only a consistent one.
    """
    if _apart(candidates):
        return list(candidates)  # no collisions (the common case): every suggestion stands
    kept: list[Edit] = []
    for cluster in touching_groups(candidates, _edit_extent):
        if len(cluster) == 1:
            kept.extend(cluster)
            continue
        chosen: list[Edit] = []
        for edit in sorted(cluster, key=lambda e: (-e.confidence, e.start, e.end)):
            if not any(conflict((c.start, c.end), (edit.start, edit.end)) for c in chosen):
                chosen.append(edit)
        kept.extend(sorted(chosen, key=lambda e: (e.start, e.end)))
    return kept


def _apart(edits: Sequence[Edit]) -> bool:
    """Would :func:`touching_groups` put every edit (sorted) in a group of its own?"""
    reach, reach_empty = -1, False
    for edit in edits:
        span = edit.span
        start, end = span.start, span.end
        empty = start == end
        if start < reach or (start == reach and (reach_empty or empty)):
            return False
        reach, reach_empty = end, empty
    return True


def _edit_extent(edit: Edit) -> tuple[int, int, bool]:
    return edit.start, edit.end, edit.start == edit.end


class Layout:
    """The changes applied so far, as pieces of the original text in order, and where each
    begins in the current text: all it takes to map the current text back to the original.

    Never changed once made (applying a stage makes a new one), so a stage's findings can be
    lifted to original coordinates later, from the layout they were found on.
    """

    __slots__ = ("current", "original", "pieces", "starts")

    def __init__(self, original: str, current: str, pieces: list[_Piece], starts: list[int]) -> None:
        self.original = original
        self.current = current
        self.pieces = pieces
        self.starts = starts  # current offset of each piece, for bisection

    def end_of(self, k: int) -> int:
        """Where piece ``k`` ends in the current text."""
        return self.starts[k] + len(self.pieces[k].after)

    def _to_original(self, cur: int, pieces_before: int) -> int:
        """Map a current offset outside every piece, with ``pieces_before`` pieces before it."""
        if pieces_before == 0:
            return cur
        return self.pieces[pieces_before - 1].orig_end + (cur - self.end_of(pieces_before - 1))

    def _collides(self, k: int, start: int, end: int, empty: bool) -> bool:
        """Must piece ``k`` merge with current range [start, end)?"""
        other = (self.starts[k], self.end_of(k), self.pieces[k].empty)
        this = (start, end, empty)
        first, second = (other, this) if other <= this else (this, other)
        return must_merge(first[1], first[2], second[0], second[2])

    def chained(self, k: int) -> bool:
        """Do pieces ``k`` and ``k + 1`` touch so that a change to one merges both (one of
        them is empty where they meet)?"""
        return must_merge(self.end_of(k), self.pieces[k].empty, self.starts[k + 1], self.pieces[k + 1].empty)

    def touching(self, start: int, end: int, lowest: int = 0) -> tuple[int, int]:
        """Index range [lo, hi) of the pieces (from ``lowest`` on) that must merge with
        current range [start, end)."""
        starts = self.starts
        lo = bisect.bisect_left(starts, start, lowest)
        if (lo == lowest or self.end_of(lo - 1) < start) and (lo == len(starts) or starts[lo] > end):
            return lo, lo  # the common case: clear of the pieces on both sides
        empty = start == end
        while lo > lowest and self._collides(lo - 1, start, end, empty):
            lo -= 1
        n = len(self.pieces)
        while lo < n and self.end_of(lo) < start:
            lo += 1
        hi = lo
        while hi < n and self._collides(hi, start, end, empty):
            hi += 1
        return lo, hi

    def original_span(self, span: Span) -> Span:
        """The span of the original text that produced ``span`` of the current text."""
        if not self.pieces:
            return span
        lo, hi = self.touching(span.start, span.end)
        start = self.pieces[lo].orig_start if hi > lo and self.starts[lo] <= span.start else None
        end = self.pieces[hi - 1].orig_end if hi > lo and self.end_of(hi - 1) >= span.end else None
        if start is None:
            start = self._to_original(span.start, lo)
        if end is None:
            end = self._to_original(span.end, hi)
        if start == span.start and end == span.end:
            return span
        return Span(start, max(start, end))

    def lift(self, edit: Edit) -> Edit | None:
        """Express one edit on the current text as an edit on the original text (None if it
        would undo earlier changes exactly)."""
        if not self.pieces:
            return edit
        lo, hi = self.touching(edit.start, edit.end)
        if lo == hi:  # untouched text: the same edit, moved (what merge and _to_edit make of it)
            start = self._to_original(edit.start, lo)
            end = start + len(edit.before)
            if start == edit.start:
                return edit
            return Edit(Span(start, end), self.original[start:end], edit.after, edit.rule, edit.confidence, edit.reason)
        piece, _ = self.merge(lo, hi, [edit], shift=0)
        return _to_edit(piece, self.original) if piece else None

    def merge(self, lo: int, hi: int, news: Sequence[Edit], shift: int) -> tuple[_Piece | None, int]:
        """One piece for pieces [lo, hi) and the new edits touching them (None: a no-op), and
        where it begins in the text after the new edits (``shift``: how much longer that
        text is than the current one before this group)."""
        if lo == hi and len(news) == 1:  # the common case: a change to untouched text
            edit = news[0]
            start = edit.span.start
            return _piece_of(edit, self._to_original(start, lo)), start + shift
        olds = self.pieces[lo:hi]
        g_start = min([e.start for e in news] + ([self.starts[lo]] if olds else []))
        g_end = max([e.end for e in news] + ([self.end_of(hi - 1)] if olds else []))
        after = _apply_sorted(self.current, news, g_start, g_end)
        orig_start = olds[0].orig_start if olds and self.starts[lo] == g_start else self._to_original(g_start, lo)
        orig_end = olds[-1].orig_end if olds and self.end_of(hi - 1) == g_end else self._to_original(g_end, hi)
        if after == self.original[orig_start:orig_end]:
            return None, g_start + shift  # a later stage undid an earlier one
        rules: list[str] = []
        reasons: list[str] = []
        for piece_rules, piece_reasons in [(p.rules, p.reasons) for p in olds] + [
            (tuple(e.rule.split(RULE_JOINER)), (e.reason,)) for e in news
        ]:
            rules.extend(r for r in piece_rules if r not in rules)
            reasons.extend(r for r in piece_reasons if r and r not in reasons)
        confidence = min([p.confidence for p in olds] + [e.confidence for e in news])
        return _Piece(orig_start, orig_end, after, tuple(rules), confidence, tuple(reasons)), g_start + shift


class Composition:
    """The changes applied so far and the current text."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.current = original
        self._layout = Layout(original, original, [], [])
        #: The first changes, checked and sorted, while nothing has needed them as pieces yet
        #: (a text only one stage changes never does: they are then their own lifts).
        self._pending: tuple[Edit, ...] = ()

    @property
    def changed(self) -> bool:
        """Has any change been applied (are current and original coordinates different)?"""
        return bool(self._pending or self._layout.pieces)

    def layout(self) -> Layout:
        """The changes so far, to map offsets of the current text to the original."""
        if self._pending:
            pieces, starts, shift = [], [], 0
            for edit in self._pending:
                start = edit.span.start
                pieces.append(_piece_of(edit, start))
                starts.append(start + shift)
                shift += len(edit.after) - len(edit.before)
            self._layout = Layout(self.original, self.current, pieces, starts)
            self._pending = ()
        return self._layout

    def original_span(self, span: Span) -> Span:
        """The span of the original text that produced ``span`` of the current text."""
        return self.layout().original_span(span)

    def lift(self, edit: Edit) -> Edit | None:
        """Express one edit on the current text as an edit on the original text."""
        return self.layout().lift(edit)

    def apply(self, edits: Sequence[Edit]) -> None:
        """Apply one stage's edits (current coordinates, sorted, checked) and record them."""
        if not edits:
            return
        layout = self.layout()
        current = _apply_sorted(self.current, edits, 0, len(self.current))
        if not layout.pieces:  # the first change: every edit is a piece of its own (they are checked apart)
            self._pending = tuple(edits)
        else:
            pieces, starts = _merged(layout, edits)
            self._layout = Layout(self.original, current, pieces, starts)
        self.current = current

    def edits(self) -> tuple[Edit, ...]:
        """Every applied change, as edits on the original text, in order."""
        if self._pending:
            return self._pending  # what _to_edit makes of each pending edit's piece
        return tuple(_to_edit(p, self.original) for p in self._layout.pieces)


def _merged(layout: Layout, edits: Sequence[Edit]) -> tuple[list[_Piece], list[int]]:
    """The pieces (and their starts) after applying ``edits`` on top of ``layout``.

    The earlier pieces and the new edits are taken in position order, the order of (start,
    end, empty, earlier piece before new edit); an item joins the group before it as
    :func:`touching_groups` joins them, and each group becomes one piece. Runs of earlier
    pieces that no new edit touches are copied by slice, so a stage pays for its own edits,
    not for every change made before it.
    """
    pieces, starts = layout.pieces, layout.starts
    n, m = len(pieces), len(edits)
    # Positions read once: the loop below compares them many times.
    e_starts = [edit.span.start for edit in edits]
    e_ends = [edit.span.end for edit in edits]
    new_pieces: list[_Piece] = []
    new_starts: list[int] = []
    shift = 0  # how much longer the new text is than the current one, before the next group
    i = j = 0
    while j < m:
        lo, hi = layout.touching(e_starts[j], e_ends[j], i)
        while hi > lo > i and layout.chained(lo - 1):
            lo -= 1  # an earlier piece that the group's first piece merges with (an empty one touching it)
        if lo > i:  # untouched pieces before the next group
            new_pieces += pieces[i:lo]
            new_starts += map(shift.__add__, starts[i:lo])
            i = lo
        first = i
        news: list[Edit] = []
        reach, reach_empty, grouped = -1, False, False
        while i < n or j < m:
            if j < m:
                e_start, e_end = e_starts[j], e_ends[j]
            if j >= m:
                take_old = True
            elif i >= n:
                take_old = False
            else:  # the earlier piece first where both start at one point and it ends no later
                p_start = starts[i]
                take_old = p_start < e_start or (
                    p_start == e_start and (layout.end_of(i), pieces[i].empty) <= (e_end, e_start == e_end)
                )
            if take_old:
                start, end, empty = starts[i], layout.end_of(i), pieces[i].empty
            else:
                start, end, empty = e_start, e_end, e_start == e_end
            if grouped and not must_merge(reach, reach_empty, start, empty):
                break
            if take_old:
                i += 1
            else:
                news.append(edits[j])
                j += 1
            if not grouped or end > reach:
                reach, reach_empty = end, empty
            elif end == reach:
                reach_empty = reach_empty or empty
            grouped = True
        if not news:  # earlier pieces alone (copied as they are)
            new_pieces += pieces[first:i]
            new_starts += map(shift.__add__, starts[first:i])
            continue
        piece, new_start = layout.merge(first, i, news, shift)
        shift += sum([len(e.after) - len(e.before) for e in news])
        if piece is not None:
            new_pieces.append(piece)
            new_starts.append(new_start)
    new_pieces += pieces[i:]
    new_starts += map(shift.__add__, starts[i:])
    return new_pieces, new_starts


class LiftedFindings(Sequence[Finding]):
    """A result's findings in original coordinates, lifted when first read.

    Each stage's findings are kept with the :class:`Layout` they were found on; most runs
    (``cleaner fix`` without a report) never read them, and lifting is a third of what the
    pipeline itself costs on heavily damaged text.
    """

    def __init__(self, parts: list[tuple[list[Finding], Layout | None]]) -> None:
        self._parts: list[tuple[list[Finding], Layout | None]] | None = parts
        self._lifted: tuple[Finding, ...] = ()

    def _all(self) -> tuple[Finding, ...]:
        if self._parts is not None:
            self._lifted = tuple(
                f if layout is None else _lift_finding(f, layout) for found, layout in self._parts for f in found
            )
            self._parts = None  # the layouts are no longer needed
        return self._lifted

    def __len__(self) -> int:
        if self._parts is not None:
            return sum(len(found) for found, _ in self._parts)
        return len(self._lifted)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        return self._all()[index]

    def __iter__(self) -> Iterator[Finding]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LiftedFindings):
            other = other._all()
        return isinstance(other, tuple | list) and self._all() == tuple(other)

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return tuple, (self._all(),)  # pickles as the plain tuple it stands for


def _lift_finding(finding: Finding, layout: Layout) -> Finding:
    """The finding (and its suggestion) in original coordinates."""
    edit = layout.lift(finding.edit) if finding.edit is not None else None
    span = layout.original_span(finding.span)
    if span is finding.span and edit is finding.edit:
        return finding  # the change before this stage lies elsewhere: the coordinates are the same
    return Finding(finding.rule, span, finding.message, finding.confidence, edit)


def _to_edit(piece: _Piece, original: str) -> Edit:
    source = piece.source
    if source is not None and source.span.start == piece.orig_start:
        return source  # an edit made on the original text, unmerged: it is its own lift
    return Edit(
        Span(piece.orig_start, piece.orig_end),
        original[piece.orig_start : piece.orig_end],
        piece.after,
        RULE_JOINER.join(piece.rules),
        piece.confidence,
        " ".join(piece.reasons),
    )


def _apply_sorted(text: str, edits: Sequence[Edit], start: int, end: int) -> str:
    """``text[start:end]`` with the sorted edits inside it applied."""
    out: list[str] = []
    cursor = start
    for edit in edits:
        span = edit.span
        out.append(text[cursor : span.start])
        out.append(edit.after)
        cursor = span.end
    out.append(text[cursor:end])
    return "".join(out)
