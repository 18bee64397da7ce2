"""Real words before a full-width garbled number (sweep33 classes 1, 1b, 4): the number reader
must not take a word's last or a free word's look-alike as the number's first digit, and the
numbers themselves must still repair. Pages are stated clean and garbled by founder_garble."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, founder_garble, garbled_context, repair


def _check(clean: str, expected: str | None = None) -> None:
    """``clean`` garbled inside a garbled paragraph repairs to ``expected`` (default: itself)."""
    assert repair(garbled_context(founder_garble(clean))) == REPAIRED.format(expected or clean)


@pytest.mark.parametrize(
    "clean",
    [
        # A month is 1 to 12 written without a leading zero (09月 only after its year): 园 ending
        # a park's name before a one-digit month is the name's, and 员 the agent's before 9月
        # (no 19月)
        "全市幼儿园9月1日开学",
        "颐和园5月1日起延长开放时间",
        "软件园3月15日举行招聘会",
        "植物园4月20日起免费开放",
        "工业园6月30日前完成改造",
        "现场有快递员9月1日到岗",
        "中远9月1日起停航",
        "幼儿园9月开学",
        # ... and two-digit months, a month after its year, a date after a mark stay whole
        "北京动物园10月1日闭园",
        "幼儿园12月1日开学",
        "2018年09月01日开学",
        "时间：09月01日",
        "公园1月1日开放",
    ],
)
def test_park_or_agent_word_before_a_date(clean: str) -> None:
    _check(clean)
