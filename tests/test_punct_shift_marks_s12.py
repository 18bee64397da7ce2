"""Session 12, marks: look-alikes that name a place. 窑 after a preposition or verb of place is
the kiln (陶瓷在窑内烧制: the interpunct joins the parts of a name, and 在 is no part of one);
院 after a house number is a courtyard (1号院和2号院). Both are at most doubts, while the
interpunct of a transliterated name (林彻·里茨玛) and the colon after 订单号 stay marks."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, applied, garbled_context, repair


@pytest.mark.parametrize(
    "snippet",
    [
        "陶瓷在窑内烧制的温度很高",
        "砖坯放进窑里烧了三天",
        "工人从窑中取出瓷器",
        "他们把柴火送到窑口",
        "1号院和2号院之间有一条小路",
        "从1号院到5号院都是学生宿舍",
        "他住在3号院东侧",
        "房屋位于学院路15号院2号楼3单元",
    ],
)
def test_a_place_keeps_its_hanzi(snippet: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("法官穆罕默德窑拉斐克", "法官穆罕默德·拉斐克"),
        ("荷兰人林彻窑里茨玛", "荷兰人林彻·里茨玛"),
        ("订单号院员源圆员愿", "订单号：14218"),
        ("房号院圆猿员怨", "房号：2319"),
        ("纪念一二窑九运动", "纪念一二·九运动"),
        ("在马克窑吐温的故乡", "在马克·吐温的故乡"),  # (在 two hanzi before it)
    ],
)
def test_marks_beside_them_are_still_read(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_the_kiln_is_reported_not_repaired() -> None:
    text = garbled_context("陶瓷在窑内烧制")
    at = text.index("窑")
    assert all(not (edit.start <= at < edit.end) for edit in applied(text))


def test_a_run_of_surname_lookalikes_after_the_word_surname_starts_with_the_surname() -> None:
    # 免贵姓袁，袁世凯的袁: three 袁 in a row, the first the surname 姓 asks for, the second a comma
    assert repair("野您贵姓钥冶野免贵姓袁袁袁世凯的袁遥冶").startswith("“您贵姓？”“免贵姓袁，袁世凯的袁")


def test_a_pair_does_not_span_a_paragraph_break() -> None:
    # 乡野 in the title is a word: the 冶 of the next paragraph closes no quotation it opened
    text = (
        "豫剧院从豫东乡野走向全国舞台\n\n过去袁豫剧戏班常年在乡间流动演出袁搭台唱戏袁被百姓称为"
        "野野台子戏冶遥每逢庙会尧农闲时节袁村头的空地上便挤满了看戏的乡亲遥"
    )
    assert repair(text).startswith("豫剧院从豫东乡野走向全国舞台\n\n过去，豫剧戏班")


def test_a_quotation_of_several_paragraphs_opens_each_again() -> None:
    text = "会议指出院野要抓好落实袁创新活动方式遥\n\n野要扩大覆盖袁推动发展遥冶"
    assert repair(text) == "会议指出：“要抓好落实，创新活动方式。\n\n“要扩大覆盖，推动发展。”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name ending in 野 inside the quotation: the 野 after 喊道院 opens it
        ("会议指出袁今年的工作形势依然严峻遥她喊道院野袁野袁你过来一下浴冶", "她喊道：“袁野，你过来一下！”"),
        (
            "会议指出袁今年的工作形势依然严峻遥他说院野大家都很努力遥袁野今天表现得很出色遥冶",
            "他说：“大家都很努力。袁野今天表现得很出色。”",
        ),
        # the doubled opener before a word still reads as before
        ("会议指出袁今年的工作形势依然严峻遥他说院野野外很冷袁多穿点遥冶", "他说：“野外很冷，多穿点。”"),
    ],
)
def test_the_opener_after_a_word_of_speech_and_a_colon_opens_the_quotation(text: str, expected: str) -> None:
    assert repair(text).endswith(expected)
