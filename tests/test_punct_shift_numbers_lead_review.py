"""FROM THE LEAD (a review of ps-digits while you work): two real words the new number patterns
change: 近缘 (a close relative, biology: 近缘家族 came out 近5家族; 近+look-alike that is itself a
word) and 圆月 before 份外 (今晚的圆月份外明亮 came out 2月份外: 份 starting a word with what
follows is no month's 份). Please make these pass, keep this file (commit it with your fix),
and say in your report what you changed."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair
from tests.test_punct_shift_names import REPAIRED
from tests.test_punct_shift_names import garbled_context as garbled


@pytest.mark.parametrize("snippet", ["这些物种是近缘家族", "今晚的圆月份外明亮"])
def test_real_words_near_the_number_patterns_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)
