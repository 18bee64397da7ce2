"""FROM THE LEAD (a review of ps-faithful while you work): 粤股 (stocks of Guangdong companies, a
real term of Chinese financial news: 粤股表现强劲, 沪深两市粤股普涨) came out A股. 粤 is the
everyday abbreviation of Guangdong (粤港澳, 粤菜, 粤语, 粤股, 粤A plates), so 粤 before a word of
latin_words.tsv is no evidence alone. Please make these pass (e.g. read 粤股 as A股 only where the
document shows its letters garbled elsewhere, or where 月股 = B股 stands beside it), keep this
file (commit it with your fix), and say in your report what you changed."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair
from tests.test_punct_shift_names import REPAIRED
from tests.test_punct_shift_names import garbled_context as garbled


@pytest.mark.parametrize("snippet", ["粤股表现强劲", "沪深两市粤股普涨", "粤股板块午后走强"])
def test_guangdong_stocks_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)
