"""Session 14's speed work on the compiled stage gives exactly the answers it replaces.

The shortcuts of tests/test_punct_shift_speed.py, continued: split_scores' look for a longer
word over the look-alike (through the pairs that start words) against the plain scan, and
the candidate record's written-out constructor against the one @dataclass made.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lexicon
from cleaner.stages.punct_shift import decide

ROOT = Path(__file__).resolve().parent.parent
#: Hanzi of words of three and four characters with the look-alikes in them (研究院 医院里
#: 遥控器 中国人 视野开阔), the look-alikes and a mark: windows where a longer word may cover one.
ALPHABET = "研究院医里遥控器中国人视野开阔要求出袁叶学生会，"


def _covered_as_split_scores_reads_it(text: str, index: int) -> bool:
    table, _ = lexicon._log_probabilities()
    n = len(text)
    two = (index > 0 and text[index - 1 : index + 1] in table) or (index + 1 < n and text[index : index + 2] in table)
    return bool(two) or lexicon._covered_by_longer(table, lexicon._word_pairs(), text, index, n)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=9), st.data())
def test_covered_by_longer_words_is_the_plain_scan(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text) - 1))
    table, _ = lexicon._log_probabilities()
    assert _covered_as_split_scores_reads_it(text, index) == lexicon._covered(table, text, index, len(text))


def test_covered_by_longer_words_on_the_seeds() -> None:
    table, _ = lexicon._log_probabilities()
    text = (ROOT / "fixtures/seeds/002-punct-shift-narrow-columns.in.txt").read_text(encoding="utf-8")
    for at in range(len(text) - 9):
        window = text[at : at + 9]
        for index in range(len(window)):
            assert _covered_as_split_scores_reads_it(window, index) == lexicon._covered(table, window, index, 9)


def test_candidate_constructor_keeps_the_dataclass_defaults_and_equality() -> None:
    cand = decide._Candidate(3, 4, "袁", "，")
    assert (cand.evidence, cand.notes, cand.kinds) == (0.0, (), ())
    assert cand == decide._Candidate(3, 4, "袁", "，", 0.0, (), ())
    cand.add(2.0, "lexicon", decide.EV_LEXICON)
    assert cand == decide._Candidate(3, 4, "袁", "，", evidence=2.0, notes=("lexicon",), kinds=(decide.EV_LEXICON,))
    assert repr(cand).startswith("_Candidate(start=3, end=4, hanzi='袁', symbol='，', evidence=2.0")
