"""punct-shift at the text's edges. The start of a text is no 第 and its end no unit: a clean
line that opens a record (a poem's line, a title, a place) or closes it (a name in a roster)
keeps its look-alikes, however garbled the rest of the record is. What does read a number or
a mark there still does: a list item's number before its mark, a number before its unit, a
quotation that the next paragraph continues. (Each line here shares its paragraph with the
garbled one: a paragraph of its own in real punctuation would be read as clean as a whole.)"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled

PARAGRAPH = garbled("")
PARAGRAPH_REPAIRED = REPAIRED.format("")


@pytest.mark.parametrize(
    "line",
    [
        # a look-alike of a digit opening the text, with no unit after it
        "远上寒山石径斜，白云生处有人家。",
        "远看山有色，近听水无声。",
        "愿得一心人，白头不相离。",
        "怨灵修之浩荡兮，终不察夫民心。",
        "苑东社区开展了垃圾分类宣传活动。",
        "员村是广州天河区的一个老街区。",
        "圆的周长等于直径乘以圆周率。",
        "远远远远不够",
        # 野 opening the text, closed by nothing, and the next paragraph is no quotation
        "野旷天低树，江清月近人。",
        "野径云俱黑，江船火独明。",
        "野狐岭是历史上有名的古战场。",
    ],
)
def test_a_clean_line_opening_the_text_stays(line: str) -> None:
    assert repair(line + PARAGRAPH) == line + PARAGRAPH_REPAIRED


@pytest.mark.parametrize("line", ["护士长 袁丽华 护士 叶婷 李圆圆", "获奖的是李圆圆"])
def test_a_name_closing_the_text_stays(line: str) -> None:
    assert repair(PARAGRAPH + line) == PARAGRAPH_REPAIRED + line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a list's first item, its number before . (ASCII, as reviews type it) or 、's look-alike
        ("员.综合配置不错曰键盘手感好", "1.综合配置不错；键盘手感好"),
        ("源. 驱动难找院官网没有", "4. 驱动难找：官网没有"),
        ("员尧综合配置不错", "1、综合配置不错"),
        # a number before its unit, a year
        ("圆园员猿年缘月员日袁大会开幕", "2013年5月1日，大会开幕"),
        ("猿月员日起施行", "3月1日起施行"),
    ],
)
def test_a_garbled_line_opening_the_text_is_read(line: str, expected: str) -> None:
    assert repair(line + "\n" + PARAGRAPH) == expected + "\n" + PARAGRAPH_REPAIRED


def test_a_list_item_at_a_line_start_takes_an_ascii_point() -> None:
    text = PARAGRAPH + "\n员.酒店黑白色调袁感觉阴森森遥\n圆.早餐品种太少遥"
    assert repair(text) == PARAGRAPH_REPAIRED + "\n1.酒店黑白色调，感觉阴森森。\n2.早餐品种太少。"


def test_a_quotation_of_several_paragraphs_opens_each_and_closes_the_last() -> None:
    text = "野这是第一段袁话还没说完遥\n野这是第二段袁说完了遥冶\n" + PARAGRAPH
    expected = "“这是第一段，话还没说完。\n“这是第二段，说完了。”\n" + PARAGRAPH_REPAIRED
    assert repair(text) == expected
