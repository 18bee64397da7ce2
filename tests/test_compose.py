"""Composition of stage edits into original coordinates, under random multi-stage edits."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.compose import Composition
from cleaner.model import Edit, Span, apply_edits, check_edits


@st.composite
def stage_edits(draw: st.DrawFn, text: str, rule: str) -> list[Edit]:
    """Random non-overlapping edits on ``text`` (replacements, insertions, deletions)."""
    edits: list[Edit] = []
    cursor = 0
    while cursor <= len(text) and draw(st.booleans()):
        start = draw(st.integers(min_value=cursor, max_value=len(text)))
        end = draw(st.integers(min_value=start, max_value=min(len(text), start + 4)))
        after = draw(st.text(alphabet="xyz，", max_size=3))
        if after == text[start:end]:
            continue
        edit = Edit(Span(start, end), text[start:end], after, rule, 1.0, f"{rule} did it")
        try:
            check_edits(text, [*edits, edit])
        except ValueError:
            break
        edits.append(edit)
        cursor = end + 1
    return edits


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcde中文", max_size=20), st.data())
def test_composed_edits_reproduce_every_stage(original: str, data: st.DataObject) -> None:
    composition = Composition(original)
    for stage in range(4):
        edits = data.draw(stage_edits(composition.current, f"s{stage}"))
        composition.apply(edits)
        composed = composition.edits()
        assert apply_edits(original, composed) == composition.current
        for edit in composed:
            assert original[edit.start : edit.end] == edit.before
            assert set(edit.rules) <= {f"s{i}" for i in range(stage + 1)}


def test_later_edit_inside_earlier_one_merges_rules() -> None:
    composition = Composition("ab,cd")
    composition.apply([Edit(Span(2, 3), ",", "，", "width-punct", 0.9, "comma")])
    composition.apply([Edit(Span(1, 3), "b，", "B，", "other", 0.8, "other")])
    (edit,) = composition.edits()
    assert (edit.start, edit.end, edit.before, edit.after) == (1, 3, "b,", "B，")
    assert edit.rules == ("width-punct", "other")
    assert edit.confidence == 0.8


def test_undoing_an_earlier_edit_leaves_no_edit() -> None:
    composition = Composition("a b")
    composition.apply([Edit(Span(1, 2), " ", "", "cjk-space")])
    composition.apply([Edit(Span(1, 1), "", " ", "reflow")])
    assert composition.current == "a b"
    assert composition.edits() == ()


def test_original_span_of_text_after_an_insertion() -> None:
    composition = Composition("abcdef")
    composition.apply([Edit(Span(2, 2), "", "XYZ", "ins")])
    assert composition.current == "abXYZcdef"
    assert composition.original_span(Span(6, 8)) == Span(3, 5)  # "de"
    assert composition.original_span(Span(3, 4)) == Span(2, 2)  # inside the insertion


def test_lift_suggestion_that_overlaps_an_applied_edit() -> None:
    composition = Composition("x,y")
    composition.apply([Edit(Span(1, 2), ",", "，", "width-punct")])
    lifted = composition.lift(Edit(Span(1, 3), "，y", "，Y", "case"))
    assert lifted is not None
    assert (lifted.start, lifted.end, lifted.before, lifted.after) == (1, 3, ",y", "，Y")


def test_findings_are_lifted_when_read_and_pickle_as_a_tuple() -> None:
    import pickle

    from cleaner import clean

    text = "冀尧峰袁 2022年,意义非凡。\n\n今年 7月"
    result = clean(text)
    count = len(result.findings)  # counted without lifting
    lifted = tuple(result.findings)
    assert count == len(lifted) > 0
    assert result.findings == lifted
    for finding in lifted:
        if finding.edit is not None:
            assert text[finding.edit.start : finding.edit.end] == finding.edit.before
    assert pickle.loads(pickle.dumps(result)).findings == lifted
