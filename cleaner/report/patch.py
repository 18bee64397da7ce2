"""A unified diff (``--format patch``) that ``patch -p1`` and ``git apply`` accept.

Hunks are built from the edits, not by diffing: the lines an edit touches are the changed
lines, and the new lines are those lines with the edits applied. Lines end at ``\\n`` only.
The patch is text; written as UTF-8 it applies to a UTF-8 copy of the input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cleaner.model import Edit
from cleaner.report import NEWLINE, Document, LineIndex

CONTEXT_LINES = 3
NO_NEWLINE_MARKER = "\\ No newline at end of file\n"


@dataclass
class _Group:
    """Edits whose lines touch: old lines [first, stop) become ``new_lines``."""

    first: int
    stop: int
    edits: list[Edit]
    new_lines: list[str]


def split_lines(text: str) -> list[str]:
    """Lines with their ``\\n`` (the last one may have none); only ``\\n`` ends a line.

    >>> split_lines("a\\nb")
    ['a\\n', 'b']
    """
    lines = text.split(NEWLINE)
    out = [line + NEWLINE for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def _path(name: str) -> str:
    """A relative path for the a/ b/ prefixes (``git apply`` refuses absolute ones)."""
    name = name.replace("\\", "/")
    while name.startswith(("./", "/")):
        name = name[2:] if name.startswith("./") else name[1:]
    return name or "stdin"


def _range(start: int, stop: int) -> str:
    """A hunk range: 1-based first line and a count (as difflib and diff write it)."""
    length = stop - start
    first = start + 1
    if length == 1:
        return f"{first}"
    if length == 0:
        first -= 1  # an empty range names the line after which it sits
    return f"{first},{length}"


def _groups(original: str, index: LineIndex, edits: Iterable[Edit]) -> list[_Group]:
    last = index.count
    groups: list[_Group] = []
    for edit in edits:
        first = min(index.line_of(edit.start), last)
        # An edit ending just after a ``\n`` joins the next line to this one: include it.
        stop = min(index.line_of(edit.end) + 1, last) if edit.end > edit.start else min(first + 1, last)
        if groups and first < groups[-1].stop:
            groups[-1].stop = max(groups[-1].stop, stop)
            groups[-1].edits.append(edit)
        else:
            groups.append(_Group(first, stop, [edit], []))
    for group in groups:
        base = index.line_start(group.first)
        pieces, cursor = [], base
        for edit in group.edits:
            pieces += [original[cursor : edit.start], edit.after]
            cursor = edit.end
        pieces.append(original[cursor : index.line_start(group.stop)])
        group.new_lines = split_lines("".join(pieces))
    return groups


def _emit(prefix: str, line: str, out: list[str]) -> None:
    out.append(prefix + line)
    if not line.endswith(NEWLINE):
        out.append(NEWLINE + NO_NEWLINE_MARKER)


def render_document(doc: Document, context: int = CONTEXT_LINES) -> str:
    """The unified diff of one document ('' when nothing changed)."""
    result = doc.result
    if not result.edits:
        return ""
    original = result.original
    index = LineIndex(original)
    old_lines = split_lines(original)
    groups = _groups(original, index, result.edits)
    hunks: list[list[_Group]] = []
    for group in groups:
        if hunks and group.first - hunks[-1][-1].stop <= 2 * context:
            hunks[-1].append(group)
        else:
            hunks.append([group])
    path = _path(doc.name)
    out = [f"--- a/{path}\n", f"+++ b/{path}\n"]
    delta = 0  # new lines minus old lines in the hunks so far
    for hunk in hunks:
        start = max(0, hunk[0].first - context)
        stop = min(len(old_lines), hunk[-1].stop + context)
        body: list[str] = []
        cursor = start
        new_count = 0
        for group in hunk:
            for line in old_lines[cursor : group.first]:
                _emit(" ", line, body)
            new_count += group.first - cursor
            for line in old_lines[group.first : group.stop]:
                _emit("-", line, body)
            for line in group.new_lines:
                _emit("+", line, body)
            new_count += len(group.new_lines)
            cursor = group.stop
        for line in old_lines[cursor:stop]:
            _emit(" ", line, body)
        new_count += stop - cursor
        new_start = start + delta
        out.append(f"@@ -{_range(start, stop)} +{_range(new_start, new_start + new_count)} @@\n")
        out.extend(body)
        delta += new_count - (stop - start)
    return "".join(out)


def render(docs: Iterable[Document], context: int = CONTEXT_LINES) -> str:
    return "".join(render_document(doc, context) for doc in docs)
