"""punct-shift reads each window's three segmentation scores from one pass (lexicon.split_scores):
the same numbers, bit for bit, as the separate scorers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lexicon

#: Characters that make many words with each other (医院 学院 视野 要求 研究 人员 …).
ALPHABET = "医院学视野要求研究人员公园来源员工重大会议中国家长叶子袁世凯远方的了是"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=12), st.data())
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
