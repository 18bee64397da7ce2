"""Session 12, marks: quotations across paragraphs and a run of surname look-alikes."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair


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
