"""Showing what changed: every change drawn from ``result.edits``, labelled with its rule.

No diff algorithm: the accounting invariant (``apply_edits(original, edits) == text``) says
the edits are exactly the changes, so every format here walks the edits and nothing else.

- :mod:`cleaner.report.terminal`: character-level before/after for a terminal or a pager;
- :mod:`cleaner.report.patch`: a unified diff that ``patch`` and ``git apply`` accept;
- :mod:`cleaner.report.json`: one record per document (schema in README.md, versioned);
- :mod:`cleaner.report.html`: a self-contained review page (accept/reject, download);
- :mod:`cleaner.report.sink`: where the command line sends reports (``--diff``, ``--report``).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from cleaner.model import RULE_JOINER, Result

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


def rule_counts(result: Result) -> dict[str, int]:
    """Changes per rule id, drawn from the edits, sorted by rule id."""
    counts: Counter[str] = Counter()
    # Counted by the edits' rule strings first: a document has thousands of edits, few rules.
    for joined, n in Counter([edit.rule for edit in result.edits]).items():
        for rule in joined.split(RULE_JOINER):
            counts[rule] += n
    return dict(sorted(counts.items()))


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
