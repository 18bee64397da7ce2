"""Punct-shift precision rules (issue 3, session 8): real sentences both ways, the garble each
rule must still repair and the real words it must keep."""

from __future__ import annotations

import pytest

from cleaner.stages.punct_shift.units import _approximation_after_units
from tests.test_punct_shift import garbled_context, repair
from tests.test_punct_shift_names import REPAIRED


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


def test_approximation_after_units_digit() -> None:
    assert _approximation_after_units("6", "多") and _approximation_after_units("3", "余")
    assert not _approximation_after_units("0", "多") and not _approximation_after_units("0", "余")
    assert not _approximation_after_units("6", "个") and not _approximation_after_units("6", "年")
