"""Adversarial negatives of the rules for the other shifted symbols: 『』 (液…一), the letters
Ａ-Ｚ ａ-ｚ (粤 月 悦 阅 … 在), ● (荫) and － (原). Real sentences, written for the test, put
genuine look-alikes exactly where each rule reads; garbled by the benchmark's garbler inside a
page that shows garbled marks and Latin letters besides, they must keep every look-alike."""

from __future__ import annotations

import random

import pytest

from bench.accuracy_punct_shift import garble
from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled

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
        # 一 'as soon as' before a verb that starts no word, after a speech's sentence
        "技术员说：液位正常。一进车间，他就开始检查设备。",
        "液位高了一看就知道。",
        # 如一 'as one'
        "原液稀释后效果如一。",
        "原液的颜色深浅不一。",
        "酒液的口感各不相同，好坏不一。",
        "原液经过层层筛选，可谓万里挑一。",
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
        "中国农业大学『二一一工程』进口设备举行了签字仪式。",
        "写在『我看香港回归』征文评奖揭晓之时。",
    ],
)
def test_corner_quotes_still_repaired(sentence: str) -> None:
    assert repaired_symbols(sentence) == []


def changed_without_latin(sentence: str) -> list[str]:
    """:func:`changed_lookalikes` on a garbled page that shows no Latin word besides."""
    garbled = garble(PAGE.replace("ＴＣＬ", "") + sentence, random.Random(1), 1.0, faithful=True)
    out = repair(garbled.text)
    return [f"{garbled.text[i]}->{out[i]}" for i in sorted(garbled.genuine) if out[i] != garbled.text[i]]


@pytest.mark.parametrize(
    "sentence",
    [
        # 粤 before a letter look-alike of high risk: Guangdong's (粤运 is a bus company)
        "广东省交通集团下属的粤运交通股份有限公司本月新开通了三条城际客运线路。",
        "广州至湛江的粤运快巴每天开行二十班。",
        "粤云两省的企业家在昆明签约。",
        "粤运12号客车今天首发。",
        # 韵 ends no pair: it heads compounds (云韵, 月韵, 粤韵, 韵韵)
        "小说里的云韵是个很受欢迎的角色。",
        "月韵湖畔的柳树一年比一年茂盛。",
        "粤韵风华晚会在广州举行。",
        "粤韵悠扬，老一辈的粤剧艺术家一直坚持在社区义演。",
        "他给女儿取名叫韵韵。",
        # two look-alikes of high risk before digits: no code (本月再运20吨 is no YK20)
        "本月再运20吨大米到灾区。",
        # three look-alikes of high risk: no Latin word
        "上月早造水稻喜获丰收。",
    ],
)
def test_letter_pairs_kept_on_a_page_with_latin_words(sentence: str) -> None:
    assert changed_lookalikes(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a pair with a letter of medium or high risk, the same letter twice or 粤 first: read
        # only where the page shows Latin words besides
        "一块石头从山上滚下来，把他砸晕了。",
        "悦悦是一个可爱的小女孩。",
        # one bullet alone amid a line is a name's
        "清末将领荫昌曾任陆军大臣。",
        "将军荫昌率部南下。",
        "清末将领荫昌曾任陆军大臣，后来荫昌率部南下。",
    ],
)
def test_weak_letters_and_a_lone_bullet_kept_on_a_page_without_latin_words(sentence: str) -> None:
    assert changed_without_latin(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a one-letter word right after a digit: 6月超3万 is a month
        "今年6月超3万名游客到访。",
        # 粤股 on a page that writes of Guangdong (粤语, 粤菜)
        "粤语节目收视率上升，粤股今天普遍上涨。",
    ],
)
def test_one_letter_words_kept(sentence: str) -> None:
    assert changed_lookalikes(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "进口的二手CT便是极典型的一例。",
        "我们家台式机也是HP的，售后也不错。",
        "他在深圳买了一些A股和B股。",
        "这本书是了解自己或AB型人的不错途径。",
        "研制生产的大石牌DS97型电脑全自动洗衣机。",
        "双方将在3月进行B超普查。",
        "就四名运动员A瓶尿样检测呈阳性一事。",
    ],
)
def test_latin_words_still_repaired(sentence: str) -> None:
    assert repaired_symbols(sentence) == []


@pytest.mark.parametrize(
    "sentence", ["指甲月牙的大小因人而异。", "这款游戏的护甲月卡卖得很好。", "年过花甲，月月都去医院复查。"]
)
def test_league_lookalikes_kept_without_latin_words(sentence: str) -> None:
    assert changed_without_latin(sentence) == []


# 粤 is Guangdong's abbreviation: 粤股 (its companies' stocks) is no A股 on a page of Chinese alone.
@pytest.mark.parametrize("snippet", ["粤股表现强劲", "沪深两市粤股普涨", "粤股板块午后走强"])
def test_guangdong_stocks_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


# ASCII words on a page (wifi, NBA, OK: reviews hold them anyway) are no evidence that its
# full-width letters were garbled: a weak pair of letter look-alikes stays there.
@pytest.mark.parametrize("snippet", ["我女儿悦悦很喜欢这里的wifi", "看NBA时被砸晕", "悦悦和晕晕都说OK"])
def test_weak_letter_pairs_stay_beside_ascii_words(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)
