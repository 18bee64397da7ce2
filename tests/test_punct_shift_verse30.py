"""野 in classical prose as the hanzi: 野 "rustic, the fields" inside a quotation that 曰：“
opened (a quotation holds no second “), and the quotation that opens on 野 after 云：(“野有蔓草:
野野 in the garble, the first the mark). The passages are written for these tests or quoted
from the classics known by heart (论语, 诗经), stated clean and garbled by founder_garble; their
real marks must come back too."""

from __future__ import annotations

from typing import Final

from tests.test_punct_shift import founder_garble, repair

#: 《论语·雍也》: 子曰：“ opens the quotation, so 则野 inside it is "rustic", not a second “.
RUSTIC_INSIDE_A_QUOTATION: Final = (
    "子曰：“质胜文则野，文胜质则史。文质彬彬，然后君子。”\n"
    "子曰：“知之者不如好之者，好之者不如乐之者。”\n"
    "诗云：“野有蔓草，零露漙兮。”此之谓也。\n"
    "子曰：“人之生也直，罔之生也幸而免。”"
)


def test_a_quotation_opened_after_said_holds_no_second_opening_mark() -> None:
    assert repair(founder_garble(RUSTIC_INSIDE_A_QUOTATION)) == RUSTIC_INSIDE_A_QUOTATION
