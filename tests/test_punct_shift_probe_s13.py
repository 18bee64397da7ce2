"""punct-shift on documents of a whole-pipeline probe (session 13): a company's name made of
digits' look-alikes (缘源公司, defined as 以下简称缘源公司 in a judgment) was read as 54公司 at every
mention. No number of one or two digits stands right before 公司 or 集团 without a counter in
People's Daily, the reviews or the help; a count keeps its counter (100家公司)."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("判决驳回缘源公司的全部诉讼请求", "判决驳回缘源公司的全部诉讼请求"),
        ("上诉人缘源公司渊以下简称缘源公司冤不服", "上诉人缘源公司（以下简称缘源公司）不服"),
        ("远圆集团的员工", "远圆集团的员工"),
        # a count before 公司 keeps its counter
        ("全市共有员园园家公司", "全市共有100家公司"),
    ],
)
def test_a_company_named_with_digit_look_alikes_keeps_its_name(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
