"""Punct-shift precision rules (issue 3, session 8): real sentences both ways, the garble each
rule must still repair and the real words it must keep."""

from __future__ import annotations

import pytest

from cleaner.stages.punct_shift.numbers import _approximation_after_unround
from tests.test_punct_shift import REPAIRED, garbled_context, repair


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 多 and 余 follow round numbers only: before them a lone 远 is "far" (远多于, 远远多于)
        ("今年的粮食产量远多于去年", "今年的粮食产量远多于去年"),
        ("报名的人数远远多于预期", "报名的人数远远多于预期"),
        ("进口的数量远多过出口", "进口的数量远多过出口"),
        # ... and after a round number they are the approximation: the number is repaired
        ("有员园余人参加", "有10余人参加"),
        ("共有猿园多名代表", "共有30多名代表"),
        ("投资源园园多万元", "投资400多万元"),
        ("已经过去圆园余年", "已经过去20余年"),
        # the other units after a lone digit are untouched by the rule
        ("共有远个小组", "共有6个小组"),
        ("全长远米", "全长6米"),
    ],
)
def test_approximation_after_round_numbers_only(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_approximation_after_unround_digit() -> None:
    assert _approximation_after_unround("6", "多") and _approximation_after_unround("3", "余")
    assert not _approximation_after_unround("0", "多") and not _approximation_after_unround("0", "余")
    assert not _approximation_after_unround("6", "个") and not _approximation_after_unround("6", "年")
    assert not _approximation_after_unround("6", "")  # the end of the text


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # A quotation holds no “” of its own (a quotation inside one takes ‘’): of the 野 opened
        # before a 冶, the one that reads clearly as the mark opens it, and 野菜 野外 野地 inside
        # the quotation keep their hanzi (the closer used to pair with the last 野).
        ("专家提醒野不要随意采食野菜袁野生蘑菇更不能吃冶", "专家提醒“不要随意采食野菜，野生蘑菇更不能吃”"),
        (
            "他叮嘱队员野进山要带足水袁到了野外要结伴而行袁不要惊扰野生动物冶",
            "他叮嘱队员“进山要带足水，到了野外要结伴而行，不要惊扰野生动物”",
        ),
        ("村里人都说野这片野地要好好保护冶", "村里人都说“这片野地要好好保护”"),
        # ... where the last 野 reads as well as the earlier one, it opens the quotation
        ("他说野野菜好吃冶袁大家都笑了", "他说“野菜好吃”，大家都笑了"),
        # A “ left open before a closed quotation does not compete for a later ”: 野城冶 is a
        # quotation of its own each time (a “ opened before 野城冶 would hold that pair).
        (
            "门上写着野平安野两个字遥这座楼叫野城冶袁车就停在野城冶的地下室",
            "门上写着“平安“两个字。这座楼叫“城”，车就停在“城”的地下室",
        ),
        # Of two 野 as strong before one 冶, the second after 、 is inside the first's quotation:
        # “甲、“乙” would leave the first open (a list's items are quoted alike: “甲”、“乙”)
        ("工商部门终于将危害市场的野假郎尧野郎冶逐出市场", "工商部门终于将危害市场的“假郎、野郎”逐出市场"),
        ("工商部门终于将危害市场的野假郎冶尧野劣郎冶逐出市场", "工商部门终于将危害市场的“假郎”、“劣郎”逐出市场"),
    ],
)
def test_double_quotes_do_not_nest(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No line starts with a closing mark: a 冶 at a line start (冶铁 冶铸) closes no
        # quotation, so the 野 of 野马 野花 before it keeps its hanzi
        (
            "遥远的天边袁野马在奔跑遥\n冶铁技术在春秋时期已经相当成熟遥",
            "遥远的天边，野马在奔跑。\n冶铁技术在春秋时期已经相当成熟。",
        ),
        ("春天到了袁野花开满了山坡遥\n冶铁作坊里炉火正旺遥", "春天到了，野花开满了山坡。\n冶铁作坊里炉火正旺。"),
        # ... while a quotation that runs on to the next line still closes where a line ends
        ("他说院野明天一定要去遥\n冶铁作坊里炉火正旺遥冶", "他说：“明天一定要去。\n冶铁作坊里炉火正旺。”"),
        # Nothing quotes nothing: of two 冶 right after a 野 the first is the quoted hanzi, and
        # pairs with nothing (else the second takes the 野 of 分野 on the line before)
        (
            "田野调查是人类学的基本方法遥\n分野在于对待群众的态度遥\n冶金尧冶炼和陶冶都有一个野冶冶字遥",
            "田野调查是人类学的基本方法。\n分野在于对待群众的态度。\n冶金、冶炼和陶冶都有一个“冶”字。",
        ),
    ],
)
def test_a_closer_at_a_line_start_closes_nothing(text: str, expected: str) -> None:
    lead = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶"
    assert repair(lead + text) == "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”" + expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 公 is a unit only as the first character of a metric unit (公里 公斤 公顷): before 公钥
        # 'public key' (no word of the lexicon) or 公司 a lone 源 is the source, no 4
        ("请导入 A员B圆C猿D源 的源公钥文件", "请导入 A1B2C3D4 的源公钥文件"),
        ("他在数据源公司上班", "他在数据源公司上班"),
        # ... and a lone digit before a metric unit is still the number
        ("全程缘公里", "全程5公里"),
        ("带了猿公斤大米", "带了3公斤大米"),
        ("承包了缘公顷土地", "承包了5公顷土地"),
    ],
)
def test_metric_prefix_is_no_unit_alone(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 尧尧 between two names of a list: the first ends the name 王尧, the second is the 、
        ("出席会议的有王尧尧李尧尧张尧同志", "出席会议的有王尧、李尧、张尧同志"),
        ("王尧尧李尧两位同志发言", "王尧、李尧两位同志发言"),
        ("获奖者有王尧尧李明尧张华", "获奖者有王尧、李明、张华"),
        # ... but a common surname starts common words too: no name after it, no list
        ("王尧尧张开双臂拥抱了妈妈", "王尧尧张开双臂拥抱了妈妈"),
        ("王尧尧周末去公园", "王尧尧周末去公园"),
        ("记者王尧尧黄河边报道", "记者王尧尧黄河边报道"),
        ("赵尧尧陈述了理由", "赵尧尧陈述了理由"),
        ("王尧尧林中散步", "王尧尧林中散步"),
        ("王尧尧刘海很长", "王尧尧刘海很长"),
        ("王尧尧孙子满月了", "王尧尧孙子满月了"),
        ("王尧尧朱红色的衣服", "王尧尧朱红色的衣服"),
    ],
)
def test_doubled_yao_is_a_list_only_before_a_name(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
