"""遥 in the Song ci as the hanzi: 遥 "far" that starts or ends a sentence beside a full stop
(遥遥 in the garble: 豪杰。遥想, 归路遥。). The verses are written for these tests (or quoted from Tang and Song
poems known by heart), stated clean and garbled by founder_garble."""

from __future__ import annotations

from typing import Final

from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_verse import VERSE

#: A book of ci whose sentences start with 遥 "far" again and again (遥想 遥知 遥岑 遥夜 遥怜): in
#: the garble each such 遥 follows a full stop's look-alike, 遥遥, and no pair is 。。.
FAR_AT_SENTENCE_STARTS: Final = (
    "念奴娇\n苏轼\n江山如画，一时多少豪杰。遥想公瑾当年，小乔初嫁了，雄姿英发。\n\n"
    "水龙吟\n辛弃疾\n楚天千里清秋，水随天去秋无际。遥岑远目，献愁供恨，玉簪螺髻。\n\n"
    "生查子\n无名氏\n关山魂梦长，鱼雁音尘少。遥夜月明中，相思人渐老。\n\n"
    "月夜\n杜甫\n今夜鄜州月，闺中只独看。遥怜小儿女，未解忆长安。\n\n"
    "九月九日忆山东兄弟\n王维\n独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。\n\n"
    "行军九日思长安故园\n岑参\n强欲登高去，无人送酒来。遥怜故园菊，应傍战场开。\n\n"
)


def _far_kept(text: str) -> None:
    """Every 遥 of ``text`` comes back as 遥 from its garble, and no full stop is doubled."""
    repaired = repair(founder_garble(text))
    assert [i for i, char in enumerate(text) if char == "遥"] == [
        i for i, char in enumerate(text) if char == "遥" and repaired[i] == "遥"
    ]
    assert "。。" not in repaired


def test_far_that_starts_sentences_of_verse_is_never_a_doubled_full_stop() -> None:
    _far_kept(VERSE + "\n\n" + FAR_AT_SENTENCE_STARTS)


def test_a_run_of_far_in_verse_is_no_run_of_full_stops() -> None:
    # 归路遥遥。遥想旧游: 遥遥遥遥 in the garble, 遥遥 "far, far", a full stop, 遥想
    tail = "长相思\n无名氏\n人在天涯，梦魂飞不到，归路遥遥。遥想旧游，相思两地。\n\n"
    _far_kept(VERSE + "\n\n" + FAR_AT_SENTENCE_STARTS + tail)


#: A review that types 。。 again and again: there a pair of 遥 is the full stop doubled.
REVIEW: Final = (
    "这家酒店位置很好，离地铁站很近，出门就是商场。。房间很干净。。服务也不错，前台的小姐姐很热情。。"
    "早餐一般般，品种不多。。下次还会来住的。。\n"
)


def test_doubled_full_stops_in_an_informal_review_are_still_repaired() -> None:
    assert repair(founder_garble(REVIEW)) == REVIEW
