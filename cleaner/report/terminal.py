"""Before/after in the terminal, character by character, drawn from the edits.

Each cluster of nearby changes shows the old text (``-``) over the new (``+``) with the
changed characters marked (colour, or ``^`` carets when colour is off), the surrounding
lines as context, and one line per change with its position, rule, confidence and reason.
Columns are counted in terminal cells (a hanzi is two) so that carets line up; rows are
kept short enough not to wrap, so the output reads the same through ``less -R``. Control
characters in the document are shown as ``⟨U+XXXX⟩``, never sent to the terminal.
"""

from __future__ import annotations

import functools
import os
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import repeat
from typing import Any, TextIO

from cleaner.model import Edit, apply_edits
from cleaner.report import NEWLINE, Document, LineIndex

COLOR_MODES = ("auto", "always", "never")

#: Characters of unchanged text shown either side of a cluster of changes.
CONTEXT_CHARS = 10
#: Changes closer than this (in characters) share a cluster...
CLUSTER_GAP = 16
#: ...as long as the cluster spans no more than this many characters (rows must not wrap).
CLUSTER_SPAN = 30
#: A changed run longer than this is shown as its head, a count, and its tail.
LONG_CHANGE = 40
#: Context lines shown before and after a cluster (clipped to CONTEXT_LINE_CHARS).
CONTEXT_LINES = 2
CONTEXT_LINE_CHARS = 30

ELLIPSIS = "…"  # U+2026: text left out
RETURN_SYMBOL = "⏎"  # U+23CE: a line break that changed
SPACE_SYMBOL = "␣"  # U+2423: a space that changed
TAB_SYMBOL = "⇥"  # U+21E5: a tab (never sent raw: it would break the alignment)
ARROW = "→"  # U+2192

CTX, DEL, INS, GAP = "ctx", "del", "ins", "gap"


def use_color(mode: str, stream: TextIO | None = None) -> bool:
    """Whether to colour: ``always``/``never`` as said; ``auto`` when the stream is a
    terminal and NO_COLOR is unset or empty (https://no-color.org)."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    # sys.stdout at call time: click's runner swaps it in tests (click.get_text_stream, deprecated
    # since click 8.3, goes in click 9)
    stream = stream if stream is not None else sys.stdout
    isatty = getattr(stream, "isatty", None)  # a wrapped stream may lack it: not a terminal
    return callable(isatty) and bool(isatty())


@functools.lru_cache(maxsize=8192)
def char_width(char: str) -> int:
    """Terminal cells one character takes: 2 for wide and full-width, 0 for combining marks."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Terminal cells ``text`` takes.

    >>> display_width("a中，")
    5
    """
    if text.isascii():
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


class _Memo(dict):  # type: ignore[type-arg]
    """A dict that fills itself with ``compute(key)``, up to ``limit`` keys no longer than
    ``longest``: a plain dict lookup is cheaper than an lru_cache call, and the reporter
    makes one per character, or per edit."""

    def __init__(self, compute: Callable[[Any], object], limit: int, longest: int = 1) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit
        self.longest = longest

    def __missing__(self, key: str) -> object:
        value = self.compute(key)
        if len(self) < self.limit and len(key) <= self.longest:
            self[key] = value
        return value


#: Cells per character.
_WIDTHS: dict[str, int] = _Memo(char_width, 1 << 16)  # type: ignore[assignment]


@functools.lru_cache(maxsize=8192)
def _shown(char: str, changed: bool) -> str:
    """How one character is drawn: invisible and control characters made visible."""
    if char == "\t":
        return TAB_SYMBOL
    category = unicodedata.category(char)
    if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        return f"⟨U+{ord(char):04X}⟩"
    if changed and category == "Zs":
        return SPACE_SYMBOL * char_width(char)
    return char


# SGR sequences (plain ANSI: what ``less -R`` passes through). Written out rather than built
# with click.style per piece: a diff has thousands of pieces.
_RESET = "\x1b[0m"
SGR = {
    DEL: "\x1b[31;9m",  # red, struck through
    INS: "\x1b[32;1;4m",  # green, bold, underlined
    GAP: "\x1b[2m",  # dim
    "dim": "\x1b[2m",
    "bold": "\x1b[1m",
    "-": "\x1b[31m",
    "+": "\x1b[32m",
    " ": "\x1b[2m",
    "rule": "\x1b[36;1m",
    "cluster": "\x1b[36m",
}


def _sgr(text: str, style: str, color: bool) -> str:
    return f"{SGR[style]}{text}{_RESET}" if color and text else text


@functools.lru_cache(maxsize=4096)
def _safe(text: str) -> str:
    """Text from outside (a file name, a reason quoting the document) with control characters shown."""
    return text if text.isprintable() else "".join(RETURN_SYMBOL if c == NEWLINE else _shown(c, False) for c in text)


@functools.lru_cache(maxsize=4096)
def _visible(text: str, limit: int = 24) -> str:
    """A short quoted form of an edit's before/after for the change list."""
    shown = "".join(RETURN_SYMBOL if c == NEWLINE else _shown(c, True) for c in text)
    if len(shown) > limit:
        shown = shown[: limit - 1] + ELLIPSIS
    return f"'{shown}'"


# A side of a cluster (its old or its new text) is drawn as one string in which "\n" ends a
# row (the text shown never contains one: a line break in the document ends a row, and a
# changed one is drawn as RETURN_SYMBOL first). Without colour, a second string of the same
# rows, the mask, has each changed cell replaced by _MARK (_NO_CELLS for a change that takes
# no cell): str.translate with _CARET_CELLS turns it into the row of carets, every other
# character into as many spaces as it takes cells. The marks are control characters, which
# the text shown never contains either (_shown replaces them).
_MARK = "\x00"
_NO_CELLS = "\x01"
#: Filled as characters come (a plain dict: str.translate is slower with a dict subclass).
#: Printable ASCII is there from the start, so that a character not yet in it is never one
#: of the " " and "^" the translation makes: a result with another character in it asks for
#: the table to be filled.
_CARET_CELLS: dict[int, str] = {point: " " for point in range(0x20, 0x7F)} | {ord(_MARK): "^", ord(_NO_CELLS): ""}
_CARET_CELLS_LIMIT = 1 << 16
_CARET_GUTTER = " " * 6 + " │ "


def _caret_cell(char: str) -> str:
    """What one character of a mask becomes in its caret row."""
    return "^" if char == _MARK else "" if char == _NO_CELLS else " " * char_width(char)


def _carets(mask: str) -> str:
    """The row of carets under one row, from its mask (which has a changed cell)."""
    if _NO_CELLS not in mask:
        # Up to the last changed cell: what follows would only be spaces, stripped.
        mask = mask[: mask.rfind(_MARK) + 1]
    carets = mask.translate(_CARET_CELLS)
    if carets.strip(" ^"):  # characters new to the table
        if len(_CARET_CELLS) < _CARET_CELLS_LIMIT:
            for char in set(mask):
                _CARET_CELLS.setdefault(ord(char), _caret_cell(char))
            carets = mask.translate(_CARET_CELLS)
        else:
            carets = "".join([_caret_cell(char) for char in mask])
    return _CARET_GUTTER + carets.rstrip()


def _context_shown(text: str) -> str:
    """Unchanged text as drawn ("\n" still ending rows)."""
    if text.isprintable():
        return text
    # str.isprintable() is False for every character _shown would replace (and some more).
    return NEWLINE.join(
        [line if line.isprintable() else "".join([_shown(c, False) for c in line]) for line in text.split(NEWLINE)]
    )


def _changed_pieces(text: str, kind: str) -> list[tuple[str, str]]:
    """The ``(shown text, kind)`` pieces of one changed run, a ``("\n", "")`` piece ending a
    row: a line break drawn as RETURN_SYMBOL first, a long run as its head, a count of what is
    left out and its tail. Nothing empty."""
    if len(text) > LONG_CHANGE:
        half = LONG_CHANGE // 2 - 4
        gap = (f"{ELLIPSIS}{len(text) - 2 * half} chars{ELLIPSIS}", GAP)
        return [*_changed_pieces(text[:half], kind), gap, *_changed_pieces(text[-half:], kind)]
    pieces: list[tuple[str, str]] = []
    for number, line in enumerate(text.split(NEWLINE)):
        if number:
            pieces.append((RETURN_SYMBOL, kind))
            pieces.append((NEWLINE, ""))
        if line:
            pieces.append(("".join([_shown(c, True) for c in line]), kind))
    return pieces


@dataclass(frozen=True)
class _Change:
    """One changed run (an edit's before, or its after) as drawn, in the three forms."""

    plain: str
    mask: str
    #: With colour: each row's run of the change in its style, the runs of a long change's gap dim.
    colored: str
    #: Whether ``colored`` starts and ends in the change's style (and a neighbouring change
    #: in the same style, with nothing between, continues the run rather than opens its own).
    opens: bool
    closes: bool


def _change(text: str, kind: str) -> _Change:
    pieces = _changed_pieces(text, kind)
    mask, colored = [], []
    previous = ""
    for shown, piece_kind in pieces:
        if not piece_kind:  # the row ends
            mask.append(shown)
            colored.append(shown)
        else:
            width = display_width(shown)
            mask.append(shown if piece_kind == GAP else _MARK * width if width else _NO_CELLS)
            if piece_kind == previous and piece_kind != GAP:  # one run
                colored[-1] = f"{colored[-1][: -len(_RESET)]}{shown}{_RESET}"
            else:
                colored.append(f"{SGR[piece_kind]}{shown}{_RESET}")
        previous = piece_kind
    return _Change(
        plain="".join(shown for shown, _ in pieces),
        mask="".join(mask),
        colored="".join(colored),
        opens=bool(pieces) and pieces[0][1] == kind,
        closes=bool(pieces) and pieces[-1][1] == kind,
    )


#: The changes drawn so far, by their text: the same few recur thousands of times in a
#: document (a long one, such as a moved paragraph, is not kept).
_CHANGES: dict[str, dict[str, _Change]] = {
    kind: _Memo(functools.partial(_change, kind=kind), 4096, longest=LONG_CHANGE)  # type: ignore[misc]
    for kind in (DEL, INS)
}


class _Forms:
    """The changes of one side of a document (each edit's before, or each after), and their
    forms as drawn in order, so that a cluster takes a slice of them."""

    def __init__(self, changes: list[_Change], color: bool) -> None:
        self.changes = changes
        self.drawn = [change.colored for change in changes] if color else [change.plain for change in changes]
        self.masks = [] if color else [change.mask for change in changes]


class _Renderer:
    def __init__(self, doc: Document, color: bool, context_lines: int) -> None:
        self.doc = doc
        self.color = color
        self.context_lines = context_lines
        self.old = LineIndex(doc.result.original)
        # The new side is the original with the edits applied (equal to result.text by the
        # accounting invariant): what is shown comes from the edits alone.
        self.cleaned = apply_edits(doc.result.original, doc.result.edits)
        self.new = LineIndex(self.cleaned)
        self.out: list[str] = []
        self.gap = self.paint(ELLIPSIS, GAP)
        self.header = self.paint("@@ change {} @@", "cluster")
        # The gutter of a row is ``{before}{line:>5}{after}`` (the sign and its style around).
        self.gutters = {sign: self.paint(f"{sign}\0 │ ", sign).split("\0") for sign in "-+ "}

    def paint(self, text: str, style: str) -> str:
        return _sgr(text, style, self.color)

    def gutter(self, sign: str, line: int) -> str:
        before, after = self.gutters[sign]
        return f"{before}{line:>5}{after}"

    def rows(self, sign: str, first_line: int, drawn: str, mask: str | None) -> None:
        """Draw the rows of one side (numbered from ``first_line``), each followed, without
        colour, by its carets under the changed cells (when some cells changed)."""
        out = self.out
        before, after = self.gutters[sign]
        if NEWLINE not in drawn:  # most often: one row
            out.append(f"{before}{first_line:>5}{after}{drawn}")
            if mask is not None and (_MARK in mask or _NO_CELLS in mask):
                out.append(_carets(mask))
            return
        if mask is None:
            for number, row in enumerate(drawn.split(NEWLINE), start=first_line):
                out.append(f"{before}{number:>5}{after}{row}")
            return
        for number, (row, cells) in enumerate(zip(drawn.split(NEWLINE), mask.split(NEWLINE), strict=True), first_line):
            out.append(f"{before}{number:>5}{after}{row}")
            if _MARK in cells or _NO_CELLS in cells:
                out.append(_carets(cells))

    def context(self, lines: Iterable[int], tail: bool) -> None:
        text = self.doc.result.original
        for line in lines:
            content = text[self.old.line_start(line) : self.old.line_end(line)]
            if len(content) > CONTEXT_LINE_CHARS:
                content = ELLIPSIS + content[-CONTEXT_LINE_CHARS:] if tail else content[:CONTEXT_LINE_CHARS] + ELLIPSIS
            shown = content if content.isprintable() else "".join([_shown(c, False) for c in content])
            self.out.append(self.gutter(" ", line + 1) + self.paint(shown, "dim"))

    def side(
        self, text: str, starts: list[int], first: int, last: int, between: list[str], forms: _Forms, edits: slice
    ) -> tuple[str, str | None, int, int]:
        """One side of a cluster of changes spanning [first, last) of ``text`` (whose lines start
        at ``starts``): the changes (``forms``, of the cluster's ``edits``) between the unchanged
        text ``between`` them, with context up to the line's ends. Returns the rows drawn, their
        mask (None with colour), and the range of ``text`` shown."""
        line_start = starts[bisect_right(starts, first) - 1]
        next_line = bisect_right(starts, last)
        line_end = starts[next_line] - 1 if next_line < len(starts) else len(text)
        start = first - CONTEXT_CHARS
        if start <= line_start:
            start = line_start
            head = ""
        else:
            head = self.gap
        end = last + CONTEXT_CHARS
        if end >= line_end:
            end = line_end
            tail = ""
        else:
            tail = self.gap
        contexts = [text[start:first], *between, text[last:end]]
        if not "".join(contexts).isprintable():
            contexts = [_context_shown(context) for context in contexts]
        # Unchanged and changed text alternate: contexts[k] comes before changes[k].
        parts = [""] * (2 * len(contexts) - 1)
        parts[::2] = contexts
        if self.color:
            if "" not in between:
                parts[1::2] = forms.drawn[edits]
                return head + "".join(parts) + tail, None, start, end
            # Changes with nothing between them: one run in one style, as in the rest of a row.
            drawn = [head]
            run = False  # whether ``drawn`` ends with a run of changes that the next may continue
            for context, change in zip(contexts, forms.changes[edits], strict=False):  # contexts has one more
                if context:
                    drawn.append(context)
                    run = False
                if not change.colored:
                    continue
                if run and change.opens:  # the run goes on: no RESET, no style again
                    drawn[-1] = drawn[-1][: -len(_RESET)]
                    drawn.append(change.colored[change.colored.index("m") + 1 :])  # the style ends at "m"
                else:
                    drawn.append(change.colored)
                run = change.closes
            drawn.append(contexts[-1])
            drawn.append(tail)
            return "".join(drawn), None, start, end
        parts[1::2] = forms.drawn[edits]
        drawn_text = head + "".join(parts) + tail
        parts[1::2] = forms.masks[edits]
        return drawn_text, head + "".join(parts) + tail, start, end

    def cluster(self, first_edit: int, end_edit: int, shift: int, growth: int) -> None:
        """One cluster, edits [first_edit, end_edit): context, old rows, new rows, the list of its
        changes. ``shift``: how much longer the new text is than the old before this cluster;
        ``growth``: in this cluster."""
        out, old_starts = self.out, self.old.starts
        first, last = self.starts[first_edit], self.ends[end_edit - 1]
        first_line, end_line = bisect_right(old_starts, first) - 1, bisect_right(old_starts, last) - 1
        # The text between changes is unchanged: the same on both sides.
        between = self.between[first_edit : end_edit - 1]
        old_rows, old_mask, start, end = self.side(
            self.doc.result.original, old_starts, first, last, between, self.befores, slice(first_edit, end_edit)
        )
        # The new side's context comes from the new text: a neighbouring cluster's changes show applied.
        new_starts = self.new.starts
        new_rows, new_mask, new_start, _ = self.side(
            self.cleaned,
            new_starts,
            first + shift,
            last + shift + growth,
            between,
            self.afters,
            slice(first_edit, end_edit),
        )
        line_start = old_starts[first_line]
        line_end = old_starts[end_line + 1] - 1 if end_line + 1 < len(old_starts) else len(self.old.text)
        numbers = f"{first_edit + 1}" if end_edit - first_edit == 1 else f"{first_edit + 1}-{end_edit}"
        out.append(self.header.format(numbers))
        if start == line_start:
            self.context(range(max(0, first_line - self.context_lines), first_line), tail=True)
        self.rows("-", first_line + 1, old_rows, old_mask)
        self.rows("+", bisect_right(new_starts, new_start), new_rows, new_mask)
        if end == line_end:
            after = range(end_line + 1, min(self.old.count, end_line + 1 + self.context_lines))
            self.context(after, tail=False)
        out.extend(self.listed[first_edit:end_edit])
        out.append("")

    def listing(self, edits: list[Edit], starts: list[int]) -> list[str]:
        """For each edit, its lines in the list of changes: number, position, rule, confidence,
        before and after; then its reason (one string: the output is joined by line breaks)."""
        old_starts = self.old.starts
        lines = list(map(bisect_right, repeat(old_starts), starts))  # 1-based
        # The same rule, confidence, before and after recur many times over.
        described: dict[tuple[str, float, str, str], str] = {}
        listed = []
        for number, (edit, offset, line) in enumerate(zip(edits, starts, lines, strict=True), start=1):
            key = (edit.rule, edit.confidence, edit.before, edit.after)
            description = described.get(key)
            if description is None:
                label = self.paint(edit.rule, "rule")
                description = f"{label} ({edit.confidence:.2f}) {_visible(edit.before)} {ARROW} {_visible(edit.after)}"
                described[key] = description
            if edit.reason:  # a reason may quote the document: made safe like it
                listed.append(
                    f"  [{number}] {line}:{offset - old_starts[line - 1] + 1} {description}"
                    f"{NEWLINE}      {_safe(edit.reason)}"
                )
            else:
                listed.append(f"  [{number}] {line}:{offset - old_starts[line - 1] + 1} {description}")
        return listed

    def render(self) -> str:
        doc, result = self.doc, self.doc.result
        counts = doc.rule_counts()
        summary = ", ".join(f"{rule} {n}" for rule, n in counts.items())
        encoding = f" ({doc.encoding})" if doc.encoding else ""
        changes = len(result.edits)
        title = f"=== {_safe(doc.name)}{encoding}: {changes} change{'s' if changes != 1 else ''}"
        self.out.append(self.paint(title + (f" ({summary})" if summary else ""), "bold"))
        if not result.edits:
            self.out.append("  (no changes)")
            self.out.append("")
            return NEWLINE.join(self.out) + NEWLINE
        self.out.append("")
        edits = list(result.edits)
        spans = [edit.span for edit in edits]
        self.starts = starts = [span.start for span in spans]
        self.ends = ends = [span.end for span in spans]
        source = result.original
        self.between = [source[end:start] for end, start in zip(ends, starts[1:], strict=False)]
        self.befores = _Forms(list(map(_CHANGES[DEL].__getitem__, [edit.before for edit in edits])), self.color)
        self.afters = _Forms(list(map(_CHANGES[INS].__getitem__, [edit.after for edit in edits])), self.color)
        self.listed = self.listing(edits, starts)
        growths = [len(edit.after) - len(edit.before) for edit in edits]
        # Clusters: runs of edits [first, end) close enough to share their rows.
        first = 0
        shift = 0
        for index in range(1, len(edits) + 1):
            if (
                index < len(edits)
                and starts[index] - ends[index - 1] <= CLUSTER_GAP
                and ends[index] - starts[first] <= CLUSTER_SPAN
            ):
                continue
            growth = sum(growths[first:index])
            self.cluster(first, index, shift, growth)
            shift += growth
            first = index
        return NEWLINE.join(self.out) + NEWLINE


def render(doc: Document, color: bool = False, context_lines: int = CONTEXT_LINES) -> str:
    """The terminal diff of one document: every change, in order, with its rule and reason."""
    return _Renderer(doc, color, context_lines).render()


def render_many(docs: Iterable[Document], color: bool = False, context_lines: int = CONTEXT_LINES) -> str:
    return "".join(render(doc, color, context_lines) for doc in docs)
