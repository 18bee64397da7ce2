"""punct-shift: general weaknesses of the rules that ChnSentiCorp reviews garbled the same way
showed (bench/accuracy_punct_shift.py; review text is a stress test, not what the garble comes
from). Each case fails on the rule as it was before the fix; the cases after it must still be
repaired."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair
from tests.test_punct_shift_context import GARBLED, REPAIRED


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # two weak look-alikes side by side that no text sets as marks (no ；：): the weaker
        # is the hanzi, as where one of them is strong
        ("问到前台袁答曰院有遥", "问到前台，答曰：有。"),
        ("再致电客房部袁答曰院上午刚冲洗了水箱遥", "再致电客房部，答曰：上午刚冲洗了水箱。"),
        # marks that may stand together still do
        ("他说院野我们一定能干好遥冶", "他说：“我们一定能干好。”"),
        ("真是太好了浴浴浴", "真是太好了！！！"),
    ],
)
def test_marks_that_cannot_stand_together(garbled: str, expected: str) -> None:
    assert repair(GARBLED + garbled) == REPAIRED + expected
