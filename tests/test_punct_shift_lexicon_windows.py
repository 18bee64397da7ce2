"""punct-shift speed helpers give the same answers as what they replace: lexicon.split_scores (a
window's three segmentation scores from one pass) and the scan for real punctuation marks.
The same numbers and positions, bit for bit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lexicon

#: Characters that make many words with each other (医院 学院 视野 要求 研究 人员 …); and those of
#: many overlapping words of three and four characters (中华人民共和国 人民大会堂 研究生院 学院派),
#: where split_scores' forward programme takes its longer words from lexicon._word_pairs, with
#: some no word holds.
ALPHABETS = (
    "医院学视野要求研究人员公园来源员工重大会议中国家长叶子袁世凯远方的了是",
    "中华人民共和国大会堂研究生院学派视野要求出遥远袁叶的了是豈𠀀",
)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(ALPHABETS).flatmap(lambda a: st.text(alphabet=a, min_size=1, max_size=14)), st.data())
def test_split_scores_are_the_separate_scores(text: str, data: st.DataObject) -> None:
    head_end = data.draw(st.integers(0, len(text)))
    tail_start = data.draw(st.integers(head_end, len(text)))
    covered_at = data.draw(st.integers(-1, len(text) - 1))
    got = lexicon.split_scores(text, head_end, tail_start, covered_at)
    if covered_at >= 0 and not lexicon.in_word(text, covered_at):
        assert got is None
        return
    assert got == (
        lexicon.segmentation_score(text),
        lexicon.segmentation_score(text[:head_end]),
        lexicon.segmentation_score(text[tail_start:]),
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="学院袁遥员缘，。、：“”,;:!?.a1 \n", max_size=30))
def test_real_marks_are_found_as_the_pattern_finds_them(text: str) -> None:
    # The stage scans for real marks with one character class and checks an ASCII mark's
    # neighbours itself: the same positions as _ANY_REAL_PUNCT_RE's look-arounds (less the
    # separators of formulas between garbled digits).
    from cleaner.stages.punct_shift.document import _ANY_REAL_PUNCT_RE, _formula_mark, _real_mark_starts

    expected = [m.start() for m in _ANY_REAL_PUNCT_RE.finditer(text) if not _formula_mark(text, m.start())]
    assert list(_real_mark_starts(text)) == expected
