"""Showing what changed: every change drawn from ``result.edits``, labelled with its rule.

No diff algorithm: the accounting invariant (``apply_edits(original, edits) == text``) says
the edits are exactly the changes, so every format here walks the edits and nothing else.

- :mod:`cleaner.report.terminal`: character-level before/after for a terminal or a pager;
- :mod:`cleaner.report.patch`: a unified diff that ``patch`` and ``git apply`` accept;
- :mod:`cleaner.report.json`: one record per document (schema in README.md, versioned);
- :mod:`cleaner.report.html`: a self-contained review page (accept/reject, download);
- :mod:`cleaner.report.sink`: where the command line sends reports (``--diff``, ``--report``).

The JSON report and the review page also show the *doubts* (:func:`doubts`): the findings the
pipeline did not apply (below the threshold, or of a rule in report mode), where a person's
decision is needed most. They change nothing; the page lets a reviewer accept a suggestion.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from cleaner.compose import conflict, keep_apart
from cleaner.model import RULE_JOINER, Edit, Finding, Result

NEWLINE = "\n"


@dataclass(frozen=True)
class Document:
    """One cleaned document as the reporters see it: a name (its path, or ``<stdin>``),
    the encoding it was read in (None when it came as text) and the pipeline's result."""

    name: str
    result: Result
    encoding: str | None = None

    def rule_counts(self) -> dict[str, int]:
        """Changes per rule id; an edit two stages made together counts for both rules."""
        return rule_counts(self.result)

    def doubts(self) -> Doubts:
        """The findings the pipeline did not apply (see :func:`doubts`)."""
        return doubts(self.result)


def rule_counts(result: Result) -> dict[str, int]:
    """Changes per rule id, drawn from the edits, sorted by rule id."""
    counts: Counter[str] = Counter()
    # Counted by the edits' rule strings first: a document has thousands of edits, few rules.
    for joined, n in Counter([edit.rule for edit in result.edits]).items():
        for rule in joined.split(RULE_JOINER):
            counts[rule] += n
    return dict(sorted(counts.items()))


@dataclass(frozen=True)
class Doubts:
    """What the cleaner doubted and did not apply.

    ``suggestions``: findings whose suggested edit a reviewer can accept: it collides with no
    applied edit and no other suggestion kept here, so any of them can be applied on top of
    the edits. ``notes``: the rest: findings with no suggestion (a document-level finding, a
    span to look at), and suggestions that collide with an applied change (another rule's, or
    a surer one that won the place) or with a more confident suggestion (a reviewer reads
    those; accepting one would undo another change). Each in order of position.
    """

    suggestions: tuple[Finding, ...]
    notes: tuple[Finding, ...]

    def __len__(self) -> int:
        return len(self.suggestions) + len(self.notes)

    def in_order(self) -> list[Finding]:
        """Suggestions and notes together, in order of position."""
        return sorted(self.suggestions + self.notes, key=_span_position)


def _span_position(finding: Finding) -> tuple[int, int]:
    return finding.span.start, finding.span.end


def doubts(result: Result) -> Doubts:
    """The findings of ``result`` the pipeline did not apply: every one but ``result.applied``."""
    edits = result.edits
    starts = [edit.start for edit in edits]  # edits are sorted and apart: ends are sorted too
    ends = [edit.end for edit in edits]
    applied = result.applied
    offered: dict[int, Finding] = {}  # id of a suggested edit -> the finding offering it
    notes: list[Finding] = []
    for k, finding in enumerate(result.findings):
        if k in applied:
            continue
        edit = finding.edit
        if edit is None or _colliding(edits, starts, ends, edit):
            notes.append(finding)
        elif id(edit) in offered:
            # One Edit object suggested by two findings (a stage may give one repair two
            # reasons): offered once, by the first; the other is a note, as any suggestion
            # colliding with a kept one is (accepting both would make the change twice).
            notes.append(finding)
        else:
            offered[id(edit)] = finding
    kept = keep_apart(sorted([f.edit for f in offered.values() if f.edit is not None], key=lambda e: (e.start, e.end)))
    kept_ids = {id(edit) for edit in kept}
    notes.extend(finding for key, finding in offered.items() if key not in kept_ids)
    notes.sort(key=_span_position)
    return Doubts(tuple(offered[id(edit)] for edit in kept), tuple(notes))


def _colliding(edits: tuple[Edit, ...], starts: list[int], ends: list[int], edit: Edit) -> list[Edit]:
    """The applied edits that collide with ``edit`` (those that reach its start, from the
    first, until one starts past its end)."""
    found = []
    k = bisect.bisect_left(ends, edit.start)
    while k < len(edits) and starts[k] <= edit.end:
        if conflict((starts[k], ends[k]), (edit.start, edit.end)):
            found.append(edits[k])
        k += 1
    return found


class LineIndex:
    """1-based line and column (code points) of offsets in one text; lines end at ``\\n`` only
    (not at U+2028 or the other characters ``str.splitlines`` breaks at, which ``patch`` does not).

    >>> LineIndex("ab\\ncd").line_col(4)
    (2, 2)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        position = find(NEWLINE)
        while position >= 0:
            starts.append(position + 1)
            position = find(NEWLINE, position + 1)
        self.starts = starts

    def line_of(self, offset: int) -> int:
        """0-based line of ``offset`` (an offset at a line's end belongs to that line)."""
        return bisect.bisect_right(self.starts, offset) - 1

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        line = self.line_of(offset)
        return line + 1, offset - self.starts[line] + 1

    def line_start(self, line: int) -> int:
        """Offset where 0-based ``line`` starts (the text's length past the last line)."""
        return self.starts[line] if line < len(self.starts) else len(self.text)

    def line_end(self, line: int) -> int:
        """Offset of the ``\\n`` ending 0-based ``line`` (the text's length for the last line)."""
        return self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)

    @property
    def count(self) -> int:
        """Lines in the text, counting a last line without ``\\n`` (an empty text has 0)."""
        if not self.text:
            return 0
        return len(self.starts) - (1 if self.text.endswith(NEWLINE) else 0)
