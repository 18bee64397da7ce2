"""Real look-alikes of books of verse and plays kept, their marks repaired: the courtyard 院 of
the plays' songs, and the colons of their speech. The lines are written for these tests in the
manner of the Yuan songs and plays, or quoted from memory, stated clean and garbled by
founder_garble; their real marks must come back too."""

from __future__ import annotations

from typing import Final

import pytest

from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_songbook import QU_BOOK
from tests.test_punct_shift_verse import VERSE, in_verse

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


@pytest.mark.parametrize(
    ("said", "repaired"),
    [
        ("勾栏\n旦：小生有礼了。\n生：小姐请了。\n旦：先生何来？", "旦：小生有礼了。\n生：小姐请了。\n旦：先生何来？"),
        ("人物\n生：张君瑞　旦：崔莺莺　贴：红娘　净：法本", "生：张君瑞　旦：崔莺莺　贴：红娘　净：法本"),
        # 外院 众院 are words (the outer courtyard, a house of parliament): left as they are garbled
        ("外：老夫姓崔，官拜相国。\n旦：孩儿拜见父亲。", "旦：孩儿拜见父亲。"),
        ("众：得令！\n净：俺去也。", "净：俺去也。"),
        ("老夫人：呀，孩儿你来了。", "老夫人：呀，孩儿你来了。"),
        ("老院公：喏，理会的。", "老院公：喏，理会的。"),
        ("他那里叫一声：唉，俺这里应一声。", "他那里叫一声：唉，俺这里应一声。"),
        ("生：好，好，好。", "生：好，好，好。"),
        ("丑：咳，好苦也。", "丑：咳，好苦也。"),
    ],
)
def test_a_speakers_colon_and_a_cry_in_a_book_of_plays_are_repaired(said: str, repaired: str) -> None:
    # a role's name alone before 院 labels its speaker (旦： 生：), and an interjection alone
    # before a comma is a cry said after a colon (呀， 喏，): neither is beside the courtyard
    assert repaired in repair(founder_garble(in_plays(said)))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            VERSE
            + "\n1、静夜思\n床前明月光，疑是地上霜。\n2、春晓\n春眠不觉晓，处处闻啼鸟。\n3、登鹳雀楼\n白日依山尽。\n",
            ("1、静", "2、春", "3、登"),
        ),
        (VERSE + "\n\n1）静夜思\n床前明月光，疑是地上霜。\n\n2）春晓\n春眠不觉晓，处处闻啼鸟。\n", ("1）静", "2）春")),
        (VERSE + "\n\n1、愿你平安喜乐\n\n2、愿你万事如意\n\n3、愿你前程似锦\n", ("1、", "2、", "3、")),
        (VERSE + "\n9、静夜思\n床前明月光，疑是地上霜。\n10、春晓\n春眠不觉晓，处处闻啼鸟。\n", ("9、静", "10、春")),
        (VERSE + "\n\n1静夜思\n\n2春晓\n\n3登鹳雀楼\n", ("1静", "2春", "3登")),
        (in_plays("折目\n1、张生游寺\n生院中闲步。\n2、莺莺听琴\n旦月下焚香。"), ("1、张", "2、莺")),
    ],
)
def test_the_numbers_of_a_list_among_poems_are_repaired(text: str, numbers: tuple[str, ...]) -> None:
    # a numbered list's digits that open its lines, before their mark (1、 2）) or a title
    for number in numbers:
        assert number in repair(founder_garble(text))
