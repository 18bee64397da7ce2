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
        ("来自源%ld字节的数据", "来自源%ld字节的数据"),
        ("无法解析无效的源 %1$杂", "无法解析无效的源 %1$杂"),
        # ... but only before a conversion letter: a percentage is followed by any word, and the
        # letter look-alikes are common hanzi (再 则 月 造 早 在 运 are r r y z g z y set full-width)
        ("同比增长了缘%再创新高", "同比增长了5%再创新高"),
        ("存款利率上调了缘%则意味着", "存款利率上调了5%则意味着"),
        ("全年客流量增长了源%月均超过十万人次", "全年客流量增长了4%月均超过十万人次"),
        ("物价总水平上涨了猿%造成居民生活成本上升", "物价总水平上涨了3%造成居民生活成本上升"),
        ("约有怨%早已放弃了纸质阅读", "约有9%早已放弃了纸质阅读"),
        ("去年全国降水量偏少源%在北方尤为明显", "去年全国降水量偏少4%在北方尤为明显"),
        ("全市绿化率提高了源%运输能耗下降了", "全市绿化率提高了4%运输能耗下降了"),
        ("上证指数下跌了缘%A股总市值蒸发了", "上证指数下跌了5%A股总市值蒸发了"),
    ],
)
def test_printf_placeholder_is_no_percent(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_printf_conversion() -> None:
    assert _printf_conversion("%s", 0) and _printf_conversion("%2$s", 0) and _printf_conversion("%圆$泽", 0)
    assert _printf_conversion("a %泽", 2)
    assert not _printf_conversion("%的人", 0) and not _printf_conversion("%，", 0) and not _printf_conversion("%", 0)
    assert not _printf_conversion("s%", 0)
    assert _printf_conversion("%ld", 0) and _printf_conversion("%llu", 0) and _printf_conversion("%凿", 0)
    assert _printf_conversion("%1$杂", 0) and _printf_conversion("%S", 0)
    assert not _printf_conversion("%再", 0) and not _printf_conversion("%在", 0) and not _printf_conversion("%杂质", 0)
    assert not _printf_conversion("%GDP", 0) and not _printf_conversion("%iPhone", 0)
    assert not _printf_conversion("%A股", 0)


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
        # ... and only 源 names a placeholder: another look-alike in brackets numbers a reference,
        # a table, a step
        ("根据文献 <员> 的方法袁结果见表 <圆>", "根据文献 <1> 的方法，结果见表 <2>"),
        ("参考资料 <猿> 指出", "参考资料 <3> 指出"),
        ("步骤 <员> 打开文件曰步骤 <圆> 保存文件", "步骤 <1> 打开文件；步骤 <2> 保存文件"),
        ("条件为 x <员> 时成立", "条件为 x <1> 时成立"),
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
        # 集 and 组 count episodes and groups (4集 4组), but a number never stands before 集群 集簇
        # 组件 without a counter of its own: 源 there is the source
        ("无法找到源集群和目标集群", "无法找到源集群和目标集群"),
        ("未知源组件", "未知源组件"),
        ("源集簇和目标集簇处于同一时间线", "源集簇和目标集簇处于同一时间线"),
        # ... the counters themselves are still read after a number, before any other word too
        ("分成源组", "分成4组"),
        ("共有源集", "共有4集"),
        ("在第源集中", "在第4集中"),  # (an ordinal: 第 makes it a number before any word)
        ("全班同学分成缘组合作完成任务", "全班同学分成5组合作完成任务"),
        ("将参赛者分为猿组成员轮流上台", "将参赛者分为3组成员轮流上台"),
        ("共拍摄源集体育专题片", "共拍摄4集体育专题片"),
        ("把学生分为源组织学习小组", "把学生分为4组织学习小组"),
    ],
)
def test_word_starting_counters(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 浴 before 足 is ！ where a clause ends: 足 starts clauses (足有 'fully', 足疾, 足部,
        # 足智多谋, 足不出户), so 浴足 'foot bath' is no hand-written word
        ("真是奇迹浴足有", "真是奇迹！足有"),
        ("可怜浴足疾未愈", "可怜！足疾未愈"),
        ("注意浴足部受伤时", "注意！足部受伤时"),
        ("妙啊浴足智多谋的诸葛亮", "妙啊！足智多谋的诸葛亮"),
        ("唉浴足不出户已经", "唉！足不出户已经"),
        ("太好了浴足球比赛开始了", "太好了！足球比赛开始了"),
    ],
)
def test_exclamation_before_zu(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 源 'source' named in parallel with 目标 'target' (the same separator, = or a space, after both)
        ("源=%s袁目标=%s", "源=%s，目标=%s"),
        ("cp [-T] 源 目标 文件", "cp [-T] 源 目标 文件"),
        # ... not after any other character, nor before a number: a score, a rank, a quarter
        ("他得了源分袁目标分是员园分", "他得了4分，目标分是10分"),
        ("排名第源袁距离目标袁还差一点", "排名第4，距离目标，还差一点"),
        ("第源季度完成了全年目标季度任务的一半", "第4季度完成了全年目标季度任务的一半"),
        # ... a number beside 目标 but not in parallel is still one
        ("今年要实现源个目标", "今年要实现4个目标"),
        ("共有源名队员，目标是夺冠", "共有4名队员，目标是夺冠"),
    ],
)
def test_source_beside_target(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a usage line ends on its last operand: 目标 at the line's end is 源's counterpart too
        ("cp [选项]... [-T] 源 目标", "cp [选项]... [-T] 源 目标"),
        ("mv [-T] 源 目标", "mv [-T] 源 目标"),
    ],
)
def test_source_before_target_ending_its_line(line: str, expected: str) -> None:
    text = garbled_context("") + "\n" + founder_garble(line) + "\n"
    assert repair(text) == REPAIRED.format("") + "\n" + expected + "\n"
