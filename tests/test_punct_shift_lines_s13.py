"""punct-shift: a line of a garbled text is clean when it holds real Chinese marks and no
look-alikes read as marks. Its ASCII marks show nothing: the garble never touches ASCII, so a
garbled line keeps the half-width marks its writer typed (孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类:). A line
of full-width marks is still clean, and a clean text with ASCII marks is still no garbled one."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair
from tests.test_punct_shift_context import GARBLED, REPAIRED


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a manual's heading, its colon half-width
        ("孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类:", "Python Session 会话类:"),
        ("蕴蚤遭则藻韵枣枣蚤糟藻 月葬泽蚤糟 类:", "LibreOffice Basic 类:"),
        # a review's exclamation mark, typed half-width
        ("好评!价格便宜袁性价比高袁送货也快遥", "好评!价格便宜，性价比高，送货也快。"),
        # a row of a price list
        ("价格:员圆园园元,颜色:白色", "价格:1200元,颜色:白色"),
        # its real words judged as on any garbled line
        ("附:市人民医院尧学院路小学的联系人袁建国", "附:市人民医院、学院路小学的联系人袁建国"),
    ],
)
def test_a_garbled_line_with_ascii_marks_is_read(line: str, expected: str) -> None:
    assert repair(GARBLED + line) == REPAIRED + expected


@pytest.mark.parametrize(
    "line",
    [
        # real Chinese marks and no look-alike read as a mark: the line is clean
        "孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类：",
        "附件：袁明的简历，员工登记表。",
        "附:市人民医院、学院路小学的联系人袁建国",
    ],
)
def test_look_alikes_stay_on_a_line_of_real_marks(line: str) -> None:
    assert repair(GARBLED + line) == REPAIRED + line


@pytest.mark.parametrize(
    "text",
    [
        "好评!价格便宜,性价比高,送货也快。袁明说:院子里的员工都满意!",
        "孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类:\n使用 Python shell。",
    ],
)
def test_a_clean_text_with_ascii_marks_is_no_garbled_one(text: str) -> None:
    assert repair(text) == text
