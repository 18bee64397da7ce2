"""Adversarial negatives of the rules for the other shifted symbols: 『』 (液…一), the letters
Ａ-Ｚ ａ-ｚ (粤 月 悦 阅 … 在), ● (荫) and － (原). Real sentences, written for the test, put
genuine look-alikes exactly where each rule reads; garbled by the benchmark's garbler inside a
page that shows garbled marks and Latin letters besides, they must keep every look-alike."""

from __future__ import annotations

import random

import pytest

from bench.accuracy_punct_shift import garble
from tests.test_punct_shift import repair

#: A garbled page with a Latin word besides (ＴＣＬ): the evidence some rules ask for
PAGE = "会议指出：“要抓好落实，创新活动方式。”ＴＣＬ集团的产品销往各地。\n"


def changed_lookalikes(sentence: str, share: float = 1.0) -> list[str]:
    """The genuine look-alikes of ``sentence`` that the stage changes once the page is garbled
    (marks always; numbers and Latin words a share ``share``)."""
    clean = PAGE.replace("ＴＣＬ", "TCL") + sentence
    garbled = garble(clean, random.Random(1), share, faithful=True)
    out = repair(garbled.text)
    return [f"{garbled.text[i]}->{out[i]}" for i in sorted(garbled.genuine) if out[i] != garbled.text[i]]


def repaired_symbols(sentence: str, share: float = 1.0) -> list[str]:
    """The garbled 『』 ● － and letters of ``sentence`` that the stage does not repair."""
    clean = PAGE.replace("ＴＣＬ", "TCL") + sentence
    garbled = garble(clean, random.Random(1), share, faithful=True)
    out = repair(garbled.text)
    return [f"{garbled.text[i]}!={want}" for i, want in sorted(garbled.truth.items()) if out[i] != want]


@pytest.mark.parametrize(
    "sentence",
    [
        # 液 in a compound the lexicon lacks (液位, 原液, 酒液) and a later 一 that is a numeral
        # before a counter or a unit
        "液位下降一米左右，水泵就会自动启动。",
        "水塔的液位每天下降一米多。",
        "液柱升高一厘米，说明气压变化了。",
        "酶液活性下降一成，反应就慢了下来。",
        "这种原液每瓶一升，可以兑水五十升。",
        "液位超过警戒线一米。",
        # a ratio: 一比十, 一比一
        "把原液兑水一比十，均匀喷洒在叶面上。",
        "原液和清水的比例是一比一。",
        # 一 after a comma never closes 』
        "酒液清亮，一看就是好酒。",
        "蜜液甘甜，一尝难忘。",
        # a term with a comma inside, closed before a single character: 一倒了之
        "残液一定要回收，不能一倒了之。",
    ],
)
def test_corner_lookalikes_kept(sentence: str) -> None:
    assert changed_lookalikes(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "坚持“和平统一、一国两制”的基本方针。".replace("“", "『").replace("”", "』"),
        "开展『讲文明，树新风』活动。",
        "发出了『创业难，守业更难』的忠告。",
        "纪检监察室书面报告『两节』期间的廉政情况。",
        "实施『区域经济共同体』发展战略。",
    ],
)
def test_corner_quotes_still_repaired(sentence: str) -> None:
    assert repaired_symbols(sentence) == []
