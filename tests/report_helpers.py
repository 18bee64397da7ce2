"""Shared by the reporter tests: documents with hand-made or random edits, and a strict
applier of unified diffs (the real ``patch`` and ``git apply`` are used too, on fewer cases)."""

from __future__ import annotations

import re

from hypothesis import assume
from hypothesis import strategies as st

from cleaner.model import Edit, Result, Span, apply_edits, check_edits
from cleaner.report import Document

ALPHABET = ["中", "文", "，", ",", " ", "\n", "\n", "a", "\r", "𠀀", "\u3000", "\t", "袁", "é"]
RULES = ["width-punct", "cjk-space", "reflow-join", "punct-shift+width-punct"]

# A garbled text with doubts: 袁 after a verb with 了 before a name-like word (泰山 is a
# mountain and a given name) and 袁 after 记者 (a reporter's name follows) are a surname or a
# comma; the stage suggests the comma and does not apply it. The other look-alikes are
# repaired (a text needs enough of them for any to be read as punctuation).
DOUBTED = (
    "泰山很高遥他找到了袁泰山遥\n\n"
    "这里的医院袁设施很好遥记者袁明报道遥\n\n"
    "今年园月袁我们去了公园遥员工们说院野很好冶遥\n"
)
#: Where the doubted 袁 are.
SURNAMES = (DOUBTED.index("了袁") + 1, DOUBTED.index("者袁") + 1)


def make_doc(text: str, specs: list[tuple[int, int, str, str]], name: str = "doc.txt") -> Document:
    """A document whose result applies ``specs`` (start, end, after, rule) to ``text``."""
    edits = tuple(
        Edit(Span(s, e), text[s:e], after, rule, 0.5 + 0.1 * (i % 5), f"reason {i} for {rule}")
        for i, (s, e, after, rule) in enumerate(specs)
    )
    check_edits(text, edits)
    return Document(name, Result(text, apply_edits(text, edits), edits, (), {}), "utf-8")


@st.composite
def random_docs(draw: st.DrawFn) -> Document:
    text = draw(st.text(alphabet=st.sampled_from(ALPHABET), max_size=60))
    points = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    specs = []
    for start, end in zip(points[::2], points[1::2], strict=False):
        after = draw(st.text(alphabet=st.sampled_from(ALPHABET), max_size=4))
        if after == text[start:end]:
            continue
        specs.append((start, end, after, draw(st.sampled_from(RULES))))
    try:
        return make_doc(text, specs)
    except ValueError:  # an insertion sharing a point with a neighbour: not a valid edit list
        assume(False)
        raise


_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$")


def apply_unified(original: str, patch_text: str) -> str:
    """Apply a one-file unified diff strictly: every context and removed line must match."""
    old = original.split("\n")
    old_lines = [line + "\n" for line in old[:-1]] + ([old[-1]] if old[-1] else [])
    rows = patch_text.split("\n")
    assert rows[0].startswith("--- a/") and rows[1].startswith("+++ b/"), rows[:2]
    out: list[str] = []
    cursor = 0
    i = 2
    while i < len(rows) and rows[i]:
        m = _HUNK.match(rows[i])
        assert m, rows[i]
        old_start, old_len = int(m.group(1)), int(m.group(2) or 1)
        new_len = int(m.group(4) or 1)
        first = old_start - 1 if old_len else old_start
        assert first >= cursor
        out.extend(old_lines[cursor:first])
        cursor = first
        i += 1
        seen_old = seen_new = 0
        while i < len(rows) and rows[i] and rows[i][0] in " -+\\":
            kind, body = rows[i][0], rows[i][1:] + "\n"
            if i + 1 < len(rows) and rows[i + 1].startswith("\\"):
                body = body[:-1]
                i += 1
            if kind in " -":
                assert old_lines[cursor] == body, (cursor, old_lines[cursor], body)
                cursor += 1
                seen_old += 1
            if kind in " +":
                out.append(body)
                seen_new += 1
            i += 1
        assert (seen_old, seen_new) == (old_len, new_len), (seen_old, old_len, seen_new, new_len)
    out.extend(old_lines[cursor:])
    return "".join(out)
