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
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import TextIO

import click

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
    stream = stream if stream is not None else click.get_text_stream("stdout")
    return bool(getattr(stream, "isatty", lambda: False)())


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
    """A dict that fills itself with ``compute(key)``, up to ``limit`` entries (a plain dict
    lookup is cheaper than an lru_cache call, and the reporter looks up every character)."""

    def __init__(self, compute: Callable[[str], object], limit: int) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: str) -> object:
        value = self.compute(key)
        if len(self) < self.limit:
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


#: A piece of a row is a ``(shown text, kind)`` pair; this one ends the row.
_BREAK = ("\n", "")


def _context_pieces(text: str, pieces: list[tuple[str, str]]) -> None:
    """Append unchanged ``text`` as pieces, with a :data:`_BREAK` at each line break."""
    for number, line in enumerate(text.split(NEWLINE)):
        if number:
            pieces.append(_BREAK)
        if line:
            # str.isprintable() is False for every character _shown would replace (and some more).
            pieces.append((line if line.isprintable() else "".join([_shown(c, False) for c in line]), CTX))


def _changed_pieces(key: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """The pieces of one changed ``(text, kind)``: a line break drawn as RETURN_SYMBOL before
    the row ends, a long change as its head, a count and its tail. Nothing empty."""
    text, kind = key
    if len(text) > LONG_CHANGE:
        half = LONG_CHANGE // 2 - 4
        gap = (f"{ELLIPSIS}{len(text) - 2 * half} chars{ELLIPSIS}", GAP)
        return (*_changed_pieces((text[:half], kind)), gap, *_changed_pieces((text[-half:], kind)))
    pieces: list[tuple[str, str]] = []
    for number, line in enumerate(text.split(NEWLINE)):
        if number:
            pieces.append((RETURN_SYMBOL, kind))
            pieces.append(_BREAK)
        if line:
            pieces.append(("".join([_shown(c, True) for c in line]), kind))
    return tuple(pieces)


#: _changed_pieces, remembered: the same few changes recur thousands of times in a document.
_CHANGED: dict[tuple[str, str], tuple[tuple[str, str], ...]] = _Memo(_changed_pieces, 4096)  # type: ignore[assignment]


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


_CARET_GUTTER = " " * 6 + " │ "
#: Stands for one cell of a changed run in a caret row's mask. A control character: the
#: text shown in a row never contains one (_shown replaces them).
_MARK = "\x00"
#: A changed run's mask (changes repeat: "，" for "," many times over).
_MARKS: dict[str, str] = _Memo(lambda text: _MARK * display_width(text), 4096)  # type: ignore[assignment]
#: str.translate table from a mask to its caret row: a _MARK to a caret, anything else to
#: as many spaces as it takes cells. Keyed by code point, as str.translate asks.
_CARET_CELLS: dict[int, str] = _Memo(  # type: ignore[assignment]
    lambda point: "^" if point == ord(_MARK) else " " * char_width(chr(point)), 1 << 16
)


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
        self.changes: dict[tuple[str, float, str, str], str] = {}

    def paint(self, text: str, style: str) -> str:
        return _sgr(text, style, self.color)

    def gutter(self, sign: str, line: int) -> str:
        return self.paint(f"{sign}{line:>5} │ ", sign)

    def rows(self, sign: str, first_line: int, pieces: list[tuple[str, str]]) -> None:
        """Draw the rows ``pieces`` make (numbered from ``first_line``): with colour, each run of
        one kind of change in its style; without, a row of carets under the changed cells."""
        out, gutter = self.out, self.gutter
        number = first_line
        parts: list[str] = [gutter(sign, number)]
        if self.color:
            open_kind = CTX  # the kind whose style is open (CTX: none)
            for text, kind in pieces:
                if kind == open_kind and kind != GAP:
                    parts.append(text)
                    continue
                if open_kind != CTX:
                    parts.append(_RESET)
                if kind == "":  # the row ends
                    out.append("".join(parts))
                    number += 1
                    parts = [gutter(sign, number)]
                    open_kind = CTX
                    continue
                if kind != CTX:
                    parts.append(SGR[kind])
                parts.append(text)
                open_kind = kind
            if open_kind != CTX:
                parts.append(_RESET)
            out.append("".join(parts))
            return
        # The caret row is drawn from a mask of the row: the unchanged cells as they are, each
        # changed cell as one _MARK per terminal cell; _CARET_CELLS then turns every character
        # into its width in spaces and every _MARK into a caret, in one str.translate.
        mask: list[str] = []
        changed = 0  # length of the mask up to its last changed cell (0: nothing changed)
        for text, kind in pieces:
            if kind in (CTX, GAP):
                parts.append(text)
                mask.append(text)
            elif kind:
                parts.append(text)
                mask.append(_MARKS[text])
                changed = len(mask)
            else:  # the row ends
                out.append("".join(parts))
                if changed:
                    out.append(_CARET_GUTTER + "".join(mask[:changed]).translate(_CARET_CELLS).rstrip())
                    changed = 0
                mask = []
                number += 1
                parts = [gutter(sign, number)]
        out.append("".join(parts))
        if changed:
            out.append(_CARET_GUTTER + "".join(mask[:changed]).translate(_CARET_CELLS).rstrip())

    def context(self, lines: Iterable[int], tail: bool) -> None:
        text = self.doc.result.original
        for line in lines:
            content = text[self.old.line_start(line) : self.old.line_end(line)]
            if len(content) > CONTEXT_LINE_CHARS:
                content = ELLIPSIS + content[-CONTEXT_LINE_CHARS:] if tail else content[:CONTEXT_LINE_CHARS] + ELLIPSIS
            shown = content if content.isprintable() else "".join([_shown(c, False) for c in content])
            self.out.append(self.gutter(" ", line + 1) + self.paint(shown, "dim"))

    def side(
        self, text: str, starts: list[int], first: int, last: int, edits: list[Edit], kind: str
    ) -> tuple[list[tuple[str, str]], int, int]:
        """Pieces of one side of a cluster spanning [first, last) of ``text`` (whose lines start
        at ``starts``): the changes (each edit's before or after) between unchanged text, with
        context up to the line's ends."""
        line_start = starts[bisect_right(starts, first) - 1]
        next_line = bisect_right(starts, last)
        line_end = starts[next_line] - 1 if next_line < len(starts) else len(text)
        start, end = max(line_start, first - CONTEXT_CHARS), min(line_end, last + CONTEXT_CHARS)
        pieces: list[tuple[str, str]] = [(ELLIPSIS, GAP)] if start > line_start else []
        # The context between changes comes from the original on both sides (it is the same).
        contexts = [text[start:first]]
        source = self.doc.result.original
        contexts.extend(source[previous.span.end : edit.span.start] for previous, edit in pairwise(edits))
        contexts.append(text[last:end])
        changed = _CHANGED
        for context, edit in zip(contexts, edits, strict=False):  # contexts has one more
            if context:
                if NEWLINE in context or not context.isprintable():
                    _context_pieces(context, pieces)
                else:
                    pieces.append((context, CTX))
            pieces.extend(changed[(edit.before if kind == DEL else edit.after, kind)])
        context = contexts[-1]
        if context:
            if NEWLINE in context or not context.isprintable():
                _context_pieces(context, pieces)
            else:
                pieces.append((context, CTX))
        if end < line_end:
            pieces.append((ELLIPSIS, GAP))
        return pieces, start, end

    def change(self, edit: Edit) -> str:
        """The change list's line for ``edit`` after its number and position (edits repeat)."""
        key = (edit.rule, edit.confidence, edit.before, edit.after)
        line = self.changes.get(key)
        if line is None:
            label = self.paint(edit.rule, "rule")
            line = f"{label} ({edit.confidence:.2f}) {_visible(edit.before)} {ARROW} {_visible(edit.after)}"
            self.changes[key] = line
        return line

    def cluster(self, edits: list[Edit], shift: int, growth: int, number: int) -> None:
        """One cluster: context, old rows, new rows, the list of its changes. ``shift``: how much
        longer the new text is than the old before this cluster; ``growth``: in this cluster."""
        out, old_starts = self.out, self.old.starts
        first, last = edits[0].span.start, edits[-1].span.end
        first_line, end_line = bisect_right(old_starts, first) - 1, bisect_right(old_starts, last) - 1
        old_rows, start, end = self.side(self.doc.result.original, old_starts, first, last, edits, DEL)
        # The new side's context comes from the new text: a neighbouring cluster's changes show applied.
        new_starts = self.new.starts
        new_rows, new_start, _ = self.side(self.cleaned, new_starts, first + shift, last + shift + growth, edits, INS)
        line_start, line_end = self.old.line_start(first_line), self.old.line_end(end_line)
        numbers = f"{number}" if len(edits) == 1 else f"{number}-{number + len(edits) - 1}"
        out.append(self.paint(f"@@ change {numbers} @@", "cluster"))
        if start == line_start:
            self.context(range(max(0, first_line - self.context_lines), first_line), tail=True)
        self.rows("-", first_line + 1, old_rows)
        self.rows("+", bisect_right(new_starts, new_start), new_rows)
        if end == line_end:
            after = range(end_line + 1, min(self.old.count, end_line + 1 + self.context_lines))
            self.context(after, tail=False)
        line = first_line
        for edit in edits:
            offset = edit.span.start
            while line + 1 < len(old_starts) and old_starts[line + 1] <= offset:
                line += 1
            out.append(f"  [{number}] {line + 1}:{offset - old_starts[line] + 1} {self.change(edit)}")
            number += 1
            if edit.reason:  # a reason may quote the document: made safe like it
                out.append(f"      {_safe(edit.reason)}")
        out.append("")

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
        clusters: list[list[Edit]] = []
        current: list[Edit] = []
        cluster_start = current_end = 0
        for edit in result.edits:
            span = edit.span
            if current and span.start - current_end <= CLUSTER_GAP and span.end - cluster_start <= CLUSTER_SPAN:
                current.append(edit)
            else:
                current = [edit]
                clusters.append(current)
                cluster_start = span.start
            current_end = span.end
        shift = 0
        number = 1
        for cluster in clusters:
            growth = sum([len(e.after) - len(e.before) for e in cluster])
            self.cluster(cluster, shift, growth, number)
            shift += growth
            number += len(cluster)
        return NEWLINE.join(self.out) + NEWLINE


def render(doc: Document, color: bool = False, context_lines: int = CONTEXT_LINES) -> str:
    """The terminal diff of one document: every change, in order, with its rule and reason."""
    return _Renderer(doc, color, context_lines).render()


def render_many(docs: Iterable[Document], color: bool = False, context_lines: int = CONTEXT_LINES) -> str:
    return "".join(render(doc, color, context_lines) for doc in docs)
