"""Runs of one mark look-alike: informal text repeats 。 and ， (。。。 trails a sentence), and the
garble turns them into 遥遥遥 and 袁袁袁, which no word holds. 遥遥 itself is a word (遥遥领先,
归期遥遥。), so a run of 遥 must be one longer, and a doubled 遥 is left to the lexicon: a word
may end in 遥 before the full stop (千里之遥。 is 千里之遥遥)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_punct_shift import repair

#: A clearly garbled review around the snippet (its marks are look-alikes too).
CONTEXT = "房间很干净袁服务也热情遥{}袁下次还会再来遥"
REPAIRED = "房间很干净，服务也热情。{}，下次还会再来。"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # three or more: never a word
        ("早餐一般遥遥遥遥\n价格还算合理", "早餐一般。。。。\n价格还算合理"),
        ("早餐一般遥遥遥遥遥遥价格还算合理", "早餐一般。。。。。。价格还算合理"),
        ("早餐一般袁袁袁价格还算合理", "早餐一般，，，价格还算合理"),
        ("早餐一般尧尧尧价格还算合理", "早餐一般、、、价格还算合理"),
        # beside another mark, as informal text types them: ？。。。。 and 。。。。，
        ("早餐好吃吗钥遥遥遥遥价格还算合理", "早餐好吃吗？。。。。价格还算合理"),
        ("早餐一般遥遥遥遥袁价格还算合理", "早餐一般。。。。，价格还算合理"),
        ("早餐一般浴袁袁袁价格还算合理", "早餐一般！，，，价格还算合理"),
        # an edge that makes a word with the hanzi beside it keeps the hanzi
        ("比赛还没结束遥遥遥遥遥领先的红队已经开始庆祝", "比赛还没结束。。。遥遥领先的红队已经开始庆祝"),
        ("谈判陷入僵局遥遥遥遥遥无期的等待让人焦虑", "谈判陷入僵局。。。遥遥无期的等待让人焦虑"),
        ("效果很好遥遥遥遥感卫星也来了", "效果很好。。。遥感卫星也来了"),
    ],
)
def test_runs_of_one_lookalike_are_repeated_marks(snippet: str, expected: str) -> None:
    assert repair(CONTEXT.format(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "kept",
    [
        "中国队遥遥领先",  # 遥遥 the adverb, before a verb
        "两座城市遥遥相望",
        "两人遥遥相隔千里",  # (遥遥相隔: no jieba word, still the adverb)
        "回家的日子遥遥无期",
        "老爷爷爷爷",  # 爷爷 repeats in words: no run of ’
        "医院院长",
        "实行院院合一",
        "冶冶冶",  # (” is not repeated as 。 ， 、 ！ ？ are: no run of marks)
    ],
)
def test_real_words_in_a_garbled_text_are_kept(kept: str) -> None:
    assert repair(CONTEXT.format(kept)) == REPAIRED.format(kept)


@pytest.mark.parametrize(
    ("garbled", "kept"),
    [
        # a word ending in 遥, then the full stop's look-alike: no 。。 (the doubled 遥 is left to
        # the lexicon, which keeps both where neither reads as a mark for sure)
        ("他说袁那里离这里有千里之遥遥\n", "千里之遥"),
        ("他说袁山高路遥遥\n", "山高路遥"),
        ("他说袁两地相距甚遥遥\n", "相距甚遥"),
        ("他说袁我的同桌叫刘遥遥\n", "叫刘遥"),
        # the word 遥遥, then the full stop: 遥遥遥 is no run of marks
        ("他说袁归期遥遥遥\n", "归期遥遥。"),
        ("他说袁故乡不再遥遥遥\n", "不再遥遥。"),
    ],
)
def test_a_word_ending_in_the_lookalike_keeps_it_before_the_mark(garbled: str, kept: str) -> None:
    text = f"会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶\n{garbled}"
    assert kept in repair(text)


def test_a_run_alone_does_not_make_a_text_garbled() -> None:
    clean = "前路遥遥遥\n他说：“我们遥遥领先。”"
    assert repair(clean) == clean


@given(st.sampled_from("遥袁尧"), st.integers(min_value=4, max_value=8))
def test_any_long_run_between_clauses_is_marks(lookalike: str, size: int) -> None:
    mark = {"遥": "。", "袁": "，", "尧": "、"}[lookalike]
    snippet = f"早餐一般{lookalike * size}价格还算合理"
    assert repair(CONTEXT.format(snippet)) == REPAIRED.format(f"早餐一般{mark * size}价格还算合理")
