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
from collections.abc import Iterable
from dataclasses import dataclass
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
    return sum(map(char_width, text))


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


@dataclass
class _Cell:
    text: str
    kind: str


def _cells(text: str, kind: str, rows: list[list[_Cell]]) -> None:
    """Append ``text`` to the last row, starting a new row at each line break."""
    changed = kind in (DEL, INS)
    if changed and len(text) > LONG_CHANGE:
        half = LONG_CHANGE // 2 - 4
        hidden = len(text) - 2 * half
        _cells(text[:half], kind, rows)
        _append(rows[-1], _Cell(f"{ELLIPSIS}{hidden} chars{ELLIPSIS}", GAP))
        _cells(text[-half:], kind, rows)
        return
    lines = text.split(NEWLINE)
    for number, line in enumerate(lines):
        if number:
            if changed:
                _append(rows[-1], _Cell(RETURN_SYMBOL, kind))
            rows.append([])
        if line:
            # str.isprintable() is False for every character _shown would replace (and some more).
            shown = line if not changed and line.isprintable() else "".join([_shown(c, changed) for c in line])
            _append(rows[-1], _Cell(shown, kind))


def _append(row: list[_Cell], cell: _Cell) -> None:
    """Add a cell, joining it to the last one when they are of the same kind."""
    if row and row[-1].kind == cell.kind and cell.kind != GAP:
        row[-1] = _Cell(row[-1].text + cell.text, cell.kind)
    else:
        row.append(cell)


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


def _style(cell: _Cell, color: bool) -> str:
    return _sgr(cell.text, cell.kind, color) if cell.kind != CTX else cell.text


def _safe(text: str) -> str:
    """Text from outside (a file name, a reason quoting the document) with control characters shown."""
    return text if text.isprintable() else "".join(RETURN_SYMBOL if c == NEWLINE else _shown(c, False) for c in text)


def _visible(text: str, limit: int = 24) -> str:
    """A short quoted form of an edit's before/after for the change list."""
    shown = "".join(RETURN_SYMBOL if c == NEWLINE else _shown(c, True) for c in text)
    if len(shown) > limit:
        shown = shown[: limit - 1] + ELLIPSIS
    return f"'{shown}'"


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

    def paint(self, text: str, style: str) -> str:
        return _sgr(text, style, self.color)

    def gutter(self, sign: str, line: int) -> str:
        return self.paint(f"{sign}{line:>5} │ ", sign)

    def rows(self, sign: str, first_line: int, rows: list[list[_Cell]]) -> None:
        for number, row in enumerate(rows, start=first_line):
            self.out.append(self.gutter(sign, number) + "".join(_style(c, self.color) for c in row))
            if not self.color and any(c.kind in (DEL, INS) for c in row):
                carets = "".join(("^" if c.kind in (DEL, INS) else " ") * display_width(c.text) for c in row).rstrip()
                self.out.append(" " * 6 + " │ " + carets)

    def context(self, lines: Iterable[int], tail: bool) -> None:
        text = self.doc.result.original
        for line in lines:
            content = text[self.old.line_start(line) : self.old.line_end(line)]
            if len(content) > CONTEXT_LINE_CHARS:
                content = ELLIPSIS + content[-CONTEXT_LINE_CHARS:] if tail else content[:CONTEXT_LINE_CHARS] + ELLIPSIS
            shown = "".join(_shown(c, False) for c in content)
            self.out.append(self.gutter(" ", line + 1) + self.paint(shown, "dim"))

    def side(
        self, text: str, index: LineIndex, first: int, last: int, edits: list[Edit], kind: str
    ) -> tuple[list[list[_Cell]], int, int]:
        """Rows of one side of a cluster spanning [first, last) of ``text``: the changes (each
        edit's before or after) between unchanged text, with context up to the line's ends."""
        line_start = index.line_start(index.line_of(first))
        line_end = index.line_end(index.line_of(last))
        start, end = max(line_start, first - CONTEXT_CHARS), min(line_end, last + CONTEXT_CHARS)
        rows: list[list[_Cell]] = [[_Cell(ELLIPSIS, GAP)] if start > line_start else []]
        _cells(text[start:first], CTX, rows)
        source = self.doc.result.original
        for previous, edit in zip([None, *edits], edits, strict=False):
            if previous is not None:
                _cells(source[previous.end : edit.start], CTX, rows)
            _cells(edit.before if kind == DEL else edit.after, kind, rows)
        _cells(text[last:end], CTX, rows)
        if end < line_end:
            rows[-1].append(_Cell(ELLIPSIS, GAP))
        return rows, start, end

    def cluster(self, edits: list[Edit], shift: int, number: int) -> None:
        """One cluster: context, old rows, new rows, the list of its changes.
        ``shift``: how much longer the new text is than the old before this cluster."""
        original, cleaned = self.doc.result.original, self.cleaned
        first, last = edits[0], edits[-1]
        growth = sum(len(e.after) - len(e.before) for e in edits)
        first_line, end_line = self.old.line_of(first.start), self.old.line_of(last.end)
        old_rows, start, end = self.side(original, self.old, first.start, last.end, edits, DEL)
        # The new side's context comes from the new text: a neighbouring cluster's changes show applied.
        new_first, new_last = first.start + shift, last.end + shift + growth
        new_rows, new_start, _ = self.side(cleaned, self.new, new_first, new_last, edits, INS)
        line_start, line_end = self.old.line_start(first_line), self.old.line_end(end_line)
        numbers = f"{number}" if len(edits) == 1 else f"{number}-{number + len(edits) - 1}"
        self.out.append(self.paint(f"@@ change {numbers} @@", "cluster"))
        if start == line_start:
            self.context(range(max(0, first_line - self.context_lines), first_line), tail=True)
        self.rows("-", first_line + 1, old_rows)
        self.rows("+", self.new.line_of(new_start) + 1, new_rows)
        if end == line_end:
            after = range(end_line + 1, min(self.old.count, end_line + 1 + self.context_lines))
            self.context(after, tail=False)
        for offset, edit in enumerate(edits):
            line, column = self.old.line_col(edit.start)
            label = self.paint(edit.rule, "rule")
            self.out.append(
                f"  [{number + offset}] {line}:{column} {label} ({edit.confidence:.2f}) "
                f"{_visible(edit.before)} {ARROW} {_visible(edit.after)}"
            )
            if edit.reason:  # a reason may quote the document: made safe like it
                self.out.append(f"      {_safe(edit.reason)}")
        self.out.append("")

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
        for edit in result.edits:
            current = clusters[-1] if clusters else None
            if current and edit.start - current[-1].end <= CLUSTER_GAP and edit.end - current[0].start <= CLUSTER_SPAN:
                current.append(edit)
            else:
                clusters.append([edit])
        shift = 0
        number = 1
        for cluster in clusters:
            self.cluster(cluster, shift, number)
            shift += sum(len(e.after) - len(e.before) for e in cluster)
            number += len(cluster)
        return NEWLINE.join(self.out) + NEWLINE


def render(doc: Document, color: bool = False, context_lines: int = CONTEXT_LINES) -> str:
    """The terminal diff of one document: every change, in order, with its rule and reason."""
    return _Renderer(doc, color, context_lines).render()


def render_many(docs: Iterable[Document], color: bool = False, context_lines: int = CONTEXT_LINES) -> str:
    return "".join(render(doc, color, context_lines) for doc in docs)
