"""Invariants that hold for any input: accounting, idempotence of edits, no crash."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import Config, clean
from cleaner.model import apply_edits
from cleaner.stages.punct_shift.table import shift_table
from tests.conftest import SEEDS

# Text built from the characters the stages care about, so the interesting paths run often.
TRICKY = list('，。“”、：；（）,:;()!?" \t\n0123456789%ABCabc中文国边境内蒙古王国强陈克强成绩袁遥野冶尧院　ＡＢ０１２')
tricky_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=200)
any_text = st.text(max_size=300)
# ... and from every hanzi the punct-shift garble makes (marks', digits', letters' look-alikes),
# beside the ASCII signs of formulas and lists, where its readings of numbers and tokens run.
GARBLE_TRICKY = sorted(set(shift_table()) | set(",.;:=+-*/()<>_ \n0123456789Aax中的是了"))
garble_text = st.text(alphabet=st.sampled_from(GARBLE_TRICKY), max_size=120)


def _check(text: str, config: Config | None = None) -> None:
    result = clean(text, config)
    assert apply_edits(text, result.edits) == result.text
    for edit in result.edits:
        assert text[edit.start : edit.end] == edit.before
        assert edit.rule and edit.reason
    for finding in result.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
        if finding.edit is not None:
            assert text[finding.edit.start : finding.edit.end] == finding.edit.before


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_accounting_on_arbitrary_unicode(text: str) -> None:
    _check(text)


@settings(max_examples=400, deadline=None)
@given(tricky_text)
def test_accounting_on_tricky_text(text: str) -> None:
    _check(text)


@settings(max_examples=400, deadline=None)
@given(garble_text)
@example("员,园园园袁浴浴")  # (a digit's look-alike first, before a comma: an IndexError once)
def test_accounting_on_garbled_alphabet(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(tricky_text, st.floats(min_value=0.0, max_value=1.0))
def test_accounting_at_any_threshold(text: str, threshold: float) -> None:
    _check(text, Config(threshold=threshold))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(SEEDS), st.integers(min_value=0, max_value=20000), st.integers(min_value=1, max_value=3000))
def test_accounting_on_seed_slices(seed, start: int, length: int) -> None:
    text = seed.read_text(encoding="utf-8")
    _check(text[start : start + length])


def test_accounting_on_whole_seeds() -> None:
    for seed in SEEDS:
        _check(seed.read_text(encoding="utf-8"))
