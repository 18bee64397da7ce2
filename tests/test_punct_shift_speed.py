"""The punct-shift stage's shortcuts give exactly the answers of the long way round.

Speed work must not change a single decision: each shortcut is checked here against the
plain computation it replaces.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lexicon
from cleaner.chars import EM_DASH, HAN_CLASS
from cleaner.stages.punct_shift import decide, marks, pairing, reading, table

#: Hanzi that form words with the look-alikes (学院 视野 要求 出院 遥远 ...), look-alikes,
#: marks, spaces and line breaks: the material the windows and the lexicon see.
ALPHABET = "学院视野要求出遥远重点突破袁叶建国，。、“”  \n\u3000a1"
TEXTS = st.text(alphabet=ALPHABET, min_size=1, max_size=40)


def _window_long_way(view: str, index: int, step: int) -> str:
    """``_window`` without its fast path (the function as it was before it)."""
    if step < 0:
        seg = view[max(0, index - reading._WINDOW_REACH) : index]
        if "\n" in seg:
            seg = reading._BLANK_LINE_RE.split(seg)[-1]
        match = re.search(f"[{HAN_CLASS}]{{1,{reading.WINDOW}}}$", seg.translate(reading._DROP_SPACE))
    else:
        seg = view[index + 1 : index + 1 + reading._WINDOW_REACH]
        if "\n" in seg:
            seg = reading._BLANK_LINE_RE.split(seg)[0]
        match = re.match(f"[{HAN_CLASS}]{{1,{reading.WINDOW}}}", seg.translate(reading._DROP_SPACE))
    return match.group() if match else ""


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_window_fast_path_is_the_long_way(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text) - 1))
    for step in (-1, 1):
        assert reading._window(text, index, step) == _window_long_way(text, index, step)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="学院视野遥袁要\n\r\t \u00a0\u3000\u200b\u2028，a1", max_size=24), st.data())
def test_window_no_space_shortcut_is_the_long_way(text: str, data: st.DataObject) -> None:
    """The shortcut for four characters with no white space (``" "``, then isprintable) next
    to the index, against every kind of white space and invisible character."""
    index = data.draw(st.integers(0, len(text)))
    for step in (-1, 1):
        assert reading._window(text, index, step) == _window_long_way(text, index, step)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="学院视野要求出遥远重点突破袁叶建国北疆宽", min_size=0, max_size=12), st.data())
def test_segmentation_scores_are_the_separate_scores(text: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(text)))
    assert lexicon.segmentation_scores(text, cut) == (
        lexicon.segmentation_score(text),
        lexicon.segmentation_score(text[:cut]),
    )


def _reading_delta_long_way(view: str, start: int, end: int, log_p_mark: float) -> float:
    """The reading of a window with three separate segmentations and no cache."""
    left = reading._window(view, start, -1)
    right = reading._window(view, end - 1, 1)
    run = view[start:end]
    joined = left + run + right
    if end - start == 1 and not lexicon.in_word(joined, len(left)):
        return reading._alone(run) - log_p_mark
    return lexicon.segmentation_score(joined) - (
        lexicon.segmentation_score(left) + lexicon.segmentation_score(right) + log_p_mark
    )


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_reading_delta_is_the_long_way(text: str, data: st.DataObject) -> None:
    """(It is asked of look-alikes only: the bigram shortcut knows their words alone.)"""
    punct, _, _ = table._lookalikes()
    index = data.draw(st.integers(0, len(text) - 1))
    if text[index] not in punct:
        return
    assert reading._reading_delta(text, index, index + 1, -3.0) == _reading_delta_long_way(text, index, index + 1, -3.0)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="会议指出院野加强党的建设袁关键是落实遥冶医学要求北疆视野叶国说尧曰 \n", min_size=1, max_size=60)
)
def test_first_reading_is_the_lexicon_reading_of_every_candidate(text: str) -> None:
    """Pass 1 reads a look-alike with no word-forming neighbour from a table: the full reading
    gives the same number. Settled ones form no word with any neighbour, nor can a mark."""
    assert reading._marks_in_no_word()
    candidates, settled = marks._first_reading(text)
    punct, _, _ = table._lookalikes()
    assert [c.start for c in candidates if c.end - c.start == 1] == [
        i for i, char in enumerate(text) if char in punct and punct[char] != EM_DASH
    ]
    for cand in candidates:
        want = -_reading_delta_long_way(text, cand.start, cand.end, reading.LOG_P_MARK[cand.symbol])
        if cand.kinds == reading._DOUBLED_KINDS:  # 院院: one of a doubled pair, read as the hanzi on purpose
            assert cand.evidence <= min(want, decide.DOUBT_FROM)
            continue
        assert cand.evidence == want
        if cand.start in settled:
            assert not lexicon.in_word(text[max(0, cand.start - 3) : cand.start + 4], min(3, cand.start))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="尧遥冶浴袁院曰钥学院，。\n a", max_size=40))
def test_marker_count_is_the_number_of_marker_matches(text: str) -> None:
    marker, _, _ = table._regexes()
    assert table._marker_count(text) == len(marker.findall(text))


def _quoted_runs_long_way(text: str, candidates: list[decide._Candidate]) -> None:
    """``pairing._quoted_runs`` as it was: every candidate tested against every run."""
    runs = [
        (m.start(), m.end())
        for m in pairing._lookalike_run_re().finditer(text)
        if len(set(m.group()) - pairing._doubled_lookalikes()) >= pairing.MIN_KINDS_IN_QUOTED_RUN
    ]
    for cand in candidates:
        if any(start <= cand.start < end for start, end in runs):
            cand.add(0.0, "one of a run of look-alikes (a quoted example?)", decide.EV_OTHER)
            cand.evidence = min(cand.evidence, decide.DOUBT_FROM)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="袁遥野冶尧院要噎学建", min_size=1, max_size=40))
def test_quoted_runs_by_bisection_is_the_scan(text: str) -> None:
    fast, _ = marks._first_reading(text)
    slow, _ = marks._first_reading(text)
    pairing._quoted_runs(text, fast)
    _quoted_runs_long_way(text, slow)
    assert [(c.start, c.evidence, c.notes, c.kinds) for c in fast] == [
        (c.start, c.evidence, c.notes, c.kinds) for c in slow
    ]
