"""Real look-alikes of books of verse and plays kept, their marks repaired: the sage king 尧 who
starts a clause after a comma (桀犬吠尧，尧非不仁). The lines are written for these tests in the
manner of the Yuan songs and plays, or quoted from memory, stated clean and garbled by
founder_garble; their real marks must come back too."""

from __future__ import annotations

from typing import Final

import pytest

from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_songbook import QU_BOOK
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


#: A song of the plays (its spoken lines hold 的 了 也: no verse by their words), put in a book of
#: them headed by their tunes (test_punct_shift_songbook.QU_BOOK). Written for the test.
SONG: Final = "中吕·红绣鞋\n无名氏\n俺的心儿里好焦躁也，{}\n"


def in_plays(sung: str) -> str:
    """QU_BOOK with a song that sings ``sung``."""
    return QU_BOOK + "\n" + SONG.format(sung)


@pytest.mark.parametrize(
    "sung",
    [
        "闭了重门院静。",
        "月照西厢院冷，风吹翠竹声寒。",
        "寻遍墙东院西，不见那人。",
        "关上梨花院深，闲愁满地。",
    ],
)
def test_a_courtyard_in_a_book_of_plays_is_kept(sung: str) -> None:
    # 院 ends a word of a place (门院 西厢院) or stands beside one hanzi (院西，院深，): the courtyard
    assert sung in repair(founder_garble(in_plays(sung)))


@pytest.mark.parametrize(
    "said",
    [
        "俺两个打着个暗号：赤、赤、赤！你便开门。",
        "他那里叫一声：苦！俺这里应一声。",
        "俺则说一句：休、休、休！",
        "则见他手里拿着：金、银、钱、钞。",
        "常言道：天有不测风云。",
        "小姐吩咐：快去请那张生来。",
    ],
)
def test_a_colon_in_a_book_of_plays_is_repaired(said: str) -> None:
    # a colon before a list's first item or a cry of one hanzi, after a verb of saying or an order
    assert said in repair(founder_garble(in_plays(said)))
