"""The lead's review of the document evidence for lone digits (769eb61): real words with a
lone digit look-alike before a counter, on a garbled page that sets every number full-width,
must stay. Written by the lead; fix the rule (or drop it) so that these pass, and keep them."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair

#: A garbled page with three confident numbers and no real digit (the rule's trigger).
HEAD = "据统计袁圆园员猿年全市共接待游客圆猿园万人次袁比上年增长员缘豫遥其中袁入境游客员圆万人次遥\n"


@pytest.mark.parametrize("words", ["望着远天", "一个圆台", "圆口布鞋", "远天", "北京猿人遗址", "一种缘分"])
def test_real_words_before_a_counter_stay_on_a_page_of_garbled_numbers(words: str) -> None:
    out = repair(HEAD + f"记者了解到袁{words}袁这是大家都知道的遥\n")
    assert out.split("\n")[1] == f"记者了解到，{words}，这是大家都知道的。"
