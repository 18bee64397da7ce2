"""Punct-shift on fresh text no rule was written for (session 30, fresh33): the zh_CN messages of
Debian's gettext catalogues, ChnSentiCorp reviews never read before. Each class: the look-alike
a real word holds, which must stay, beside the garble the same rule must still repair."""

from __future__ import annotations

import pytest

from cleaner.stages.punct_shift.numbers import _printf_conversion
from tests.test_punct_shift import REPAIRED, founder_garble, garbled_context, repair


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # printf's % (%s, %2$s, garbled %泽 %圆$泽) is a placeholder, no percent sign: 源 before it
        # is the source (软件源 'the software source'), not 4%
        ("来自软件源 %圆$泽 的文件", "来自软件源 %2$泽 的文件"),
        ("软件源 %s 中含有无效值", "软件源 %s 中含有无效值"),
        ("无法解析无效的源 %1$s", "无法解析无效的源 %1$s"),
        # ... and a percent sign after a number is still read as one
        ("增长源%", "增长4%"),
        ("比去年增长源豫", "比去年增长4%"),
    ],
)
def test_printf_placeholder_is_no_percent(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_printf_conversion() -> None:
    assert _printf_conversion("%s", 0) and _printf_conversion("%2$s", 0) and _printf_conversion("%圆$泽", 0)
    assert _printf_conversion("a %泽", 2)
    assert not _printf_conversion("%的人", 0) and not _printf_conversion("%，", 0) and not _printf_conversion("%", 0)
    assert not _printf_conversion("s%", 0)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # angle brackets around a whole word are a usage line's placeholder (cp <源> <目标>)
        ("将 <源> 复制到 <目标>", "将 <源> 复制到 <目标>"),
        ("或将多个 <源> 复制至 <目录>", "或将多个 <源> 复制至 <目录>"),
        # ... not without a space before them: <1> numbers an item or a note
        ("见注<员>", "见注<1>"),
        ("第<源>条", "第<4>条"),
        # ... a comparison's < stays an operator
        ("如果 x<源 则返回", "如果 x<4 则返回"),
        ("当 x>员 时成立", "当 x>1 时成立"),
    ],
)
def test_angle_bracket_placeholder(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_angle_bracket_item_number() -> None:
    page = founder_garble("<1>加强党的建设，关键是从严抓好落实。\n<2>创新活动方式，扩大覆盖。\n<3>推动发展。")
    assert repair(page) == "<1>加强党的建设，关键是从严抓好落实。\n<2>创新活动方式，扩大覆盖。\n<3>推动发展。"


def test_angle_bracket_placeholder_in_a_usage_line() -> None:
    # a man page's options: Latin text around, where an operand's rule reads a formula (tokens)
    page = founder_garble(
        "-u, --update 仅在 <源> 比目标文件更新，或者目标文件不存在时复制。\n如果 x<4 则返回 y=1，否则返回 10。"
    )
    assert (
        repair(page)
        == "-u, --update 仅在 <源> 比目标文件更新，或者目标文件不存在时复制。\n如果 x<4 则返回 y=1，否则返回 10。"
    )


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 集 and 组 count episodes and groups (4集 4组), but a number never stands before the
        # words they start (集群 集合 组件 组织) without a counter: 源 there is the source
        ("无法找到源集群和目标集群", "无法找到源集群和目标集群"),
        ("未知源组件", "未知源组件"),
        ("数据源集合", "数据源集合"),
        # ... the counters themselves are still read after a number
        ("分成源组", "分成4组"),
        ("共有源集", "共有4集"),
        ("在第源集中", "在第4集中"),  # (an ordinal: 第 makes it a number before any word)
    ],
)
def test_word_starting_counters(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a hand-written word (mappings/punct_shift_words.tsv) jieba lacks: ！足 makes no sense
        ("楼下浴足", "楼下浴足"),
        # ... a neighbour that makes a word with the mark reading still reads the mark
        ("太好了浴足球比赛开始了", "太好了！足球比赛开始了"),
    ],
)
def test_unlisted_words(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 源 'source' named in parallel with 目标 'target' (the same character after both)
        ("无法找到源集簇和目标集簇的时间线", "无法找到源集簇和目标集簇的时间线"),
        ("源=%s袁目标=%s", "源=%s，目标=%s"),
        # ... a number beside 目标 but not in parallel is still one
        ("今年要实现源个目标", "今年要实现4个目标"),
        ("共有源名队员，目标是夺冠", "共有4名队员，目标是夺冠"),
    ],
)
def test_source_beside_target(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
