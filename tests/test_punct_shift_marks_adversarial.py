"""punct-shift: adversarial negatives for the mark and name rules: real sentences that put a
genuine look-alike (院 要 曰 袁 …) in the very construct a rule reads, inside garbled text."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair
from tests.test_punct_shift_names import REPAIRED
from tests.test_punct_shift_names import garbled_context as garbled


@pytest.mark.parametrize(
    "snippet",
    [
        # _colon_after_intro: 说出院 is 说/出院 (discharged), no 说出：
        "医生说出院后要多休息",
        "医生说出院以后还要坚持吃药",
        # 告诉我院: 我院 (our hospital) is a word, so the colon is only a doubt
        "他告诉我院领导已经同意了这个方案",
        "患者家属告诉我院医护人员",
        # _name_dashes: 要 is "demand" before a preposition that starts the predicate
        "德国要法国在难民问题上承担更多责任",
        "经理要小王把报表明天交上来",
        # _one_character_clause: a numeral before 曰 after a comma or a colon names an item
        "古书上说院一曰水袁二曰火袁三曰木",
        # _name_context: after a word that needs an object, 袁 before a role is the surname
        "这项工作由袁主任负责",
        "这件事请袁书记处理",
    ],
)
def test_lookalikes_in_a_rule_construct_are_kept(snippet: str) -> None:
    want = snippet.replace("院一", "：一").replace("袁二", "，二").replace("袁三", "，三")
    assert repair(garbled(snippet)) == REPAIRED.format(want)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the rules still read the marks where the construct has no real word
        ("她笑着告诉他院今年已经七十岁了", "她笑着告诉他：今年已经七十岁了"),
        ("这一周的安排如下院第一天参观工厂", "这一周的安排如下：第一天参观工厂"),
        ("据俄通社要塔斯社报道", "据俄通社—塔斯社报道"),
        ("格鲁吉亚要阿布哈兹冲突", "格鲁吉亚—阿布哈兹冲突"),
    ],
)
def test_marks_in_the_same_constructs_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
