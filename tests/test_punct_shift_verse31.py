"""Real look-alikes of books of verse and plays kept, their marks repaired: the courtyard 院 of
the plays' songs, and the colons of their speech. The lines are written for these tests in the
manner of the Yuan songs and plays, or quoted from memory, stated clean and garbled by
founder_garble; their real marks must come back too."""

from __future__ import annotations

from typing import Final

import pytest

from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_songbook import QU_BOOK
from tests.test_punct_shift_verse import in_verse

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


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (in_verse("清代诗人袁、赵、蒋并称乾隆三大家。"), "诗人袁"),
        (in_verse("寄袁、李二使君\n杜甫\n故人袁、李在天涯，一别音书两不知。"), "寄袁"),
        (in_verse("平生最敬袁、杨二公，风节凛然。"), "最敬袁"),
        (in_verse("秋日送袁尧夫归蜀\n无名氏\n蜀道难行处，送君到水边。"), "秋日送袁尧夫归蜀"),
        (in_plays("想当日袁、曹争战，俺只在山中。"), "当日袁"),
        (in_plays("俺去那袁、李两家借些钱钞。"), "那袁"),
    ],
)
def test_the_surname_yuan_before_yao_in_verse_and_plays_is_kept(text: str, surname: str) -> None:
    # 袁 the surname before 、 and a second surname (袁、李二使君) or in a name (袁尧夫) is no comma:
    # a sure comma before 尧 is no sign of the sage king who starts a clause
    assert surname in repair(founder_garble(text))
