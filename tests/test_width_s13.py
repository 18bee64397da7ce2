"""width on a numbered list (session 13): a list's full-width number before an item that starts
with a digit or a letter (３．２型糖尿病, １．ＰＭ２．５实时显示) was converted with the item as one
decimal (3.2型糖尿病: item 3 became a figure). Where two lines or more start with such a number
and an item starts with a word, the number's point stays, and the digits on each side convert."""

from __future__ import annotations

import pytest

from cleaner import clean


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "入院诊断：\n１．高血压病３级\n２．２型糖尿病\n３．２型糖尿病肾病",
            "入院诊断：\n1．高血压病3级\n2．2型糖尿病\n3．2型糖尿病肾病",
        ),
        ("１．ＰＭ２．５实时显示\n２．温度显示", "1．PM2.5实时显示\n2．温度显示"),
        # a decimal inside a line, and a column of figures with no list, convert whole
        ("数值为３．２５，比去年高。", "数值为3.25，比去年高。"),
        ("３．２５　上涨\n４．１０　下跌", "3.25\u3000上涨\n4.10\u3000下跌"),
    ],
)
def test_a_list_s_number_is_not_read_into_a_decimal(text: str, expected: str) -> None:
    assert clean(text).text == expected
