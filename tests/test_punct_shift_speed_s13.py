"""punct-shift speed, session 13: lexicon.split_scores runs its programme forward from tables
of one-character words and of the pairs that start words (lexicon._word_pairs); its scores are
checked against the separate segmentations in test_punct_shift_lexicon_windows.py, also where
words of three and four characters overlap. And bench.punct_shift measures a news workload
(People's Daily dev, garbled) when the corpus is there.
"""

from __future__ import annotations

from cleaner import lexicon


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
