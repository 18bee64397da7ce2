"""punct-shift speed, session 13: lexicon.split_scores runs its programme forward from tables
of one-character words and of the pairs that start words (lexicon._word_pairs); the scores are
the same as those of the separate segmentations, bit for bit, also where words of three and
four characters overlap. And bench.punct_shift measures a news workload (People's Daily dev,
garbled) when the corpus is there.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import lexicon

#: Characters of many overlapping words of two to four characters (中华人民共和国 人民大会堂
#: 研究生院 学院派 视野 要求 …) and some no word holds.
ALPHABET = "中华人民共和国大会堂研究生院学派视野要求出遥远袁叶的了是豈𠀀"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=14), st.data())
def test_split_scores_are_the_separate_scores_with_long_words(text: str, data: st.DataObject) -> None:
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


def test_word_pairs_say_which_words_start_with_them() -> None:
    table = lexicon._log_probabilities()[0]
    pairs = lexicon._word_pairs()
    assert pairs["中华"] == (table["中华"], 1 << 3 | 1 << 4)  # 中华街, 中华民国
    assert pairs["人民"][0] == table["人民"] and pairs["人民"][1] >> 3 & 1  # 人民币
    # a pair that only starts longer words is no word itself
    only_longer = next(pair for pair, (logp, _) in pairs.items() if logp is None)
    assert only_longer not in table
    assert all(len(word) != 2 or pairs[word][0] == logp for word, logp in list(table.items())[:50_000])


def test_singles_are_the_one_character_words() -> None:
    table = lexicon._log_probabilities()[0]
    singles = lexicon._single_log_probabilities()
    assert singles == {word: logp for word, logp in table.items() if len(word) == 1}


def test_bench_news_workload_is_people_daily_dev_garbled() -> None:
    from bench import punct_shift
    from bench.accuracy_punct_shift import people_daily_sets

    news = punct_shift._news_documents(1)
    if people_daily_sets() is None:
        assert news == []
        return
    dev = people_daily_sets()["People's Daily dev"]  # type: ignore[index]
    assert len(news) == len(dev) // punct_shift.NEWS_WHOLE_AT_REPEAT
    assert "news garbled, cold" in punct_shift.WORKLOADS
