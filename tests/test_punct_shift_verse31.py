"""Real look-alikes of books of verse and plays kept, their marks repaired: the sage king 尧 who
starts a clause after a comma (桀犬吠尧，尧非不仁). The lines are written for these tests in the
manner of the Yuan songs and plays, or quoted from memory, stated clean and garbled by
founder_garble; their real marks must come back too."""

from __future__ import annotations

from typing import Final

import pytest

from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_verse import VERSE

#: Clauses of verse and of the plays' speech that open on the sage king 尧 after a comma: no clause
#: starts with 、, so the comma holds and 尧 is the hanzi.
YAO_STARTS_A_CLAUSE: Final = (
    "桀犬吠尧，尧非不仁，犬固吠非其主也。",
    "舜耕历山，尧闻其贤，妻以二女。",
    "天下为公，尧让位于舜，舜让位于禹。",
    "古来圣主，尧之为君也，巍巍乎唯天为大。",
)


@pytest.mark.parametrize("clause", YAO_STARTS_A_CLAUSE)
def test_yao_who_starts_a_clause_after_a_comma_in_verse_is_kept(clause: str) -> None:
    text = VERSE + "\n\n颂古\n无名氏\n" + clause
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    ["袁、曹争雄天下乱，英雄谁是到头人。", "汉末群雄起，袁、曹各据一方。"],
)
def test_the_surname_listed_in_verse_is_not_made_a_comma_before_yao(line: str) -> None:
    # 袁、曹: the surname and the enumeration comma; 袁 is no sure comma there, so 尧 is not
    # read as the sage king after it (the pair stays as it is garbled, or is repaired as listed)
    text = VERSE + "\n\n读史\n无名氏\n" + line
    assert "，尧曹" not in repair(founder_garble(text))
