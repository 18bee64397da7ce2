"""punct-shift: look-alikes that name a place stay hanzi in garbled text, at most reported.

窑 is a kiln after a preposition or a verb of place (陶瓷在窑内烧制: the interpunct joins the
parts of a name, and 在 is no part of one), after a verb or before a noun (去窑里, 开窑, 把窑门),
next to what no interpunct stands beside (建窑的, 和窑具) and after its place (景德镇窑). 院 is a
courtyard after a house number (1号院和2号院), 'in hospital' after the preposition 在 (仍在院治疗),
a numbered hospital (市一院, 附一院) and an institute's abbreviation (山东矿院, People's Daily
dev). The interpunct of a transliterated name (林彻·里茨玛) and the colon after a label (订单号),
a verb's 在 or a list's numeral stay marks. Garbled inputs are made from the clean text by
:func:`founder_garble` (garbled_rows); kept_rows are clean snippets whose ASCII digits the garble
would turn.
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import (
    REPAIRED,
    applied,
    cases,
    founder_garble,
    garbled_context,
    garbled_rows,
    kept_rows,
    repair,
)

#: (garbled, expected) inside :func:`garbled_context`: the place keeps its hanzi, the marks
#: beside such places are read.
PLACES = [
    # -- the kiln 窑 ------------------------------------------------------------------------------
    # after a preposition or a verb of place
    *cases(
        "kiln-after-place-word",
        *garbled_rows("陶瓷在窑内烧制的温度很高", "砖坯放进窑里烧了三天", "工人从窑中取出瓷器"),
        *garbled_rows("他们把柴火送到窑口"),
    ),
    # after a verb or a word before a noun
    *cases("kiln-after-verb", *garbled_rows("他们去窑里取瓷器", "开窑那天全村人都来了", "他把窑门封好")),
    # after 的 和 以 and before 的: no interpunct stands there
    *cases(
        "kiln-beside-particle",
        *garbled_rows("德化窑的白瓷被誉为“中国白”", "建窑的黑釉盏十分名贵", "钧窑瓷器以窑变釉色著称"),
        *garbled_rows("考古队从窑址中清理出大批瓷片和窑具"),
    ),
    # a kiln named by its place
    *cases(
        "kiln-of-a-place",
        *garbled_rows("景德镇窑出土的瓷器有600多件", "耀州窑博物馆展出了瓷器", "景德镇古窑民俗博览区"),
    ),
    # ... while a foreign name's interpunct is read (在 two hanzi before it in 在马克·吐温)
    *cases(
        "interpunct-of-a-name",
        *garbled_rows("法官穆罕默德·拉斐克", "荷兰人林彻·里茨玛", "纪念一二·九运动", "在马克·吐温的故乡"),
        *garbled_rows("约翰·史密斯来了", "马克·吐温的小说很有名"),
    ),
    # -- 院 a courtyard, a hospital, an institute ----------------------------------------------------
    # after a house number: a courtyard
    *cases(
        "courtyard",
        *kept_rows("1号院和2号院之间有一条小路", "从1号院到5号院都是学生宿舍", "他住在3号院东侧"),
        *kept_rows("房屋位于学院路15号院2号楼3单元"),
    ),
    # 在院 after an adverb, a modal verb or a person: the preposition 'at', no colon after it
    *cases(
        "in-hospital",
        *garbled_rows("伤者目前仍在院治疗", "病人在院期间，费用由单位负担"),
        *garbled_rows("而对那些不能在院整体定位中发挥作用的研究所，将予以调整"),
    ),
    # after a verb of going to or staying at a place: its object (来：, 赴：, 留： are not written)
    *cases(
        "after-a-verb-of-place",
        *garbled_rows("伤员来院时已经昏迷", "病人返院复查的结果很好", "他毕业后留院任教"),
        *garbled_rows("专家赴院会诊", "他们常年驻院工作", "她是护理部主任，在院工作30年"),
    ),
    # 本院 (this court) and 市院 (the city's procuratorate) where 本 and 市 start the phrase
    *cases(
        "this-court-city-procuratorate",
        *garbled_rows("本院“执行难”问题得到解决", "经本院审理，判决如下", "据统计，市院今年共受理案件300件"),
        *garbled_rows("他从市院调到了省院"),
    ),
    # a house number that ends an address's line
    *cases("courtyard-ending-an-address", *garbled_rows("地址：北京市海淀区3号院\n电话：65123456")),
    # a city's or a province's hospital by its number
    *cases(
        "numbered-hospital",
        *garbled_rows("省二院新建的门诊大楼已经投入使用", "他在市一院工作", "附一院6日开设了专家门诊"),
    ),
    # an institute's abbreviation with 院
    *cases("institute-abbreviation", *garbled_rows("委托山东矿院在东滩设立分院", "他考上了美院")),
    # the last of institutions a conjunction joins: the names of one list end alike
    *cases(
        "last-joined-institution",
        *garbled_rows("市妇幼保健院和市传染病院联合开展了义诊", "省中医院与县人民医院签订了协议"),
        *garbled_rows("这所医院、那所学院都在城东"),
    ),
    # ... while the colon after a label, a word that takes one, a verb's 在 or a list's numeral
    # is read
    *cases("colon-after-label", *garbled_rows("订单号：14218", "房号：2319", "使用方法：先加水再搅拌")),
    *cases("colon-after-verb-zai", *garbled_rows("具体表现在：一是农业生产稳定", "这突出表现在：住房缺口大")),
    *cases("colon-after-list-numeral", *garbled_rows("误区一：交通肇事发生后，司机逃逸", "原因之二：设施损耗高")),
    *cases("colon-after-joined-nouns", *garbled_rows("检查的重点是医院和工厂：前者归卫生局管")),
    # ... and after a verb compound ending in 到 or 来, a word ending in 本 or 市, an act's number
    *cases(
        "colon-after-word-end",
        *garbled_rows("通过调查了解到：全县有30个村通了电", "看来：问题还不少", "日本：经济增长放缓"),
        *garbled_rows("城市：人口增长", "主席令第3号：\n现公布如下"),
        *garbled_rows("问题主要在：一是资金不足", "关键就在：能否落实", "往返：800元"),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), PLACES)
def test_a_place_keeps_its_hanzi_and_the_marks_beside_it_are_read(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_the_kiln_is_reported_not_repaired() -> None:
    text = garbled_context("陶瓷在窑内烧制")
    at = text.index("窑")
    assert all(not (edit.start <= at < edit.end) for edit in applied(text))


def test_a_numbered_hospital_starting_the_text_stays() -> None:
    # (no hanzi before 省 to make a word with it: 省 alone is no 全省 or 外省)
    text = "省二院新建的门诊大楼下月正式投入使用。中国科学院院士、物理学家周光召出席了开幕式。"
    assert repair(founder_garble(text)) == text
