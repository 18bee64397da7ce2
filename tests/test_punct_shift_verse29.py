"""遥 尧 浴 in the Song ci as the hanzi: 遥 "far" that starts or ends a sentence beside a full stop
(遥遥 in the garble: 豪杰。遥想, 归路遥。), and the words of the birthday ci and of bathing (尧天
尧蓂 尧龄 新浴 赐浴); a book of ci that writes 是 在 了 (人道是, 小乔初嫁了) more often than the
Tang poems is verse still. The verses are written for these tests (or quoted from Tang and Song
poems known by heart), stated clean and garbled by founder_garble."""

from __future__ import annotations

from typing import Final

import pytest

from cleaner.stages.punct_shift.document import _literary
from cleaner.stages.punct_shift.reading import _clause_starts_at
from cleaner.stages.punct_shift.verse import _between_repeats
from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_verse import VERSE, in_verse

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


#: Song ci (苏轼, 辛弃疾, 李清照) that write 是 在 了 about once in fifty hanzi: verse by their
#: clauses and their sparse modern words all the same.
CI_WITH_MODERN_WORDS: Final = (
    "念奴娇\n苏轼\n大江东去，浪淘尽，千古风流人物。故垒西边，人道是，三国周郎赤壁。乱石穿空，惊涛拍岸，"
    "卷起千堆雪。江山如画，一时多少豪杰。遥想公瑾当年，小乔初嫁了，雄姿英发。羽扇纶巾，谈笑间，樯橹灰飞烟灭。"
    "故国神游，多情应笑我，早生华发。人生如梦，一尊还酹江月。\n\n"
    "青玉案\n辛弃疾\n东风夜放花千树，更吹落、星如雨。宝马雕车香满路。凤箫声动，玉壶光转，一夜鱼龙舞。"
    "蛾儿雪柳黄金缕，笑语盈盈暗香去。众里寻他千百度，蓦然回首，那人却在，灯火阑珊处。\n\n"
    "声声慢\n李清照\n寻寻觅觅，冷冷清清，凄凄惨惨戚戚。乍暖还寒时候，最难将息。三杯两盏淡酒，怎敌他、晚来风急？"
    "雁过也，正伤心，却是旧时相识。满地黄花堆积，憔悴损，如今有谁堪摘？守着窗儿，独自怎生得黑？"
    "梧桐更兼细雨，到黄昏、点点滴滴。这次第，怎一个愁字了得！\n\n"
    "西江月\n辛弃疾\n明月别枝惊鹊，清风半夜鸣蝉。稻花香里说丰年，听取蛙声一片。七八个星天外，两三点雨山前。"
    "旧时茅店社林边，路转溪桥忽见。\n\n"
    "清平乐\n辛弃疾\n茅檐低小，溪上青青草。醉里吴音相媚好，白发谁家翁媪？大儿锄豆溪东，中儿正织鸡笼。"
    "最喜小儿亡赖，溪头卧剥莲蓬。\n\n"
    "浣溪沙\n无名氏\n庭院深深人不见，遥山一带夕阳斜。晚凉新浴罢，月在碧窗纱。\n\n"
)


def test_a_book_of_ci_that_writes_modern_words_now_and_then_is_verse() -> None:
    garbled = founder_garble(CI_WITH_MODERN_WORDS)
    assert _literary(garbled)
    assert not _literary(founder_garble(REVIEW * 20))


@pytest.mark.parametrize(
    "line",
    [
        "舜日与尧天，风和日丽时。",
        "瑞气满尧衢，笙歌动帝城。",
        "尧蓂初秀日，寿酒满金卮。",
        "愿祝尧龄永，年年醉此筵。",
        "晚凉新浴罢，清露湿罗衣。",
        "春寒赐浴华清池，温泉水滑洗凝脂。",
        "浴兰时节近，角黍满盘香。",
    ],
)
def test_a_word_of_the_birthday_ci_or_of_bathing_in_verse_is_kept(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


def test_a_list_of_one_hanzi_items_keeps_its_marks_around_a_word_of_yao() -> None:
    # 风、日、天: items of one hanzi, where 日尧天 is no word of Yao's reign
    text = in_verse("风、日、天、地，皆是造化功。")
    assert "风、日、天、地" in repair(founder_garble(text))


@pytest.mark.parametrize(
    ("text", "at", "said_twice"),
    [("天也尧天也袁", 2, True), ("苦也袁苦也", 2, True), ("舜日与尧天袁", 3, False), ("尧天", 0, False)],
)
def test_a_phrase_said_twice_around_a_look_alike(text: str, at: int, said_twice: bool) -> None:
    assert _between_repeats(text, at) is said_twice


def test_the_verse_around_the_new_words_is_unchanged() -> None:
    assert repair(founder_garble(VERSE)) == VERSE


#: Classical prose (Mencius, the Analects), around a sentence under test.
CLASSICAL: Final = (
    "孟子曰：“民为贵，社稷次之，君为轻。是故得乎丘民而为天子，得乎天子为诸侯，得乎诸侯为大夫。”"
    "子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？”"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "故曰：“域民不以封疆之界，固国不以山溪之险，威天下不以兵革之利。”",
        "君子不曰难，不曰远，行之而已矣。",
        "不曰高乎，登而不危；不曰深乎，涉而不溺。",
    ],
)
def test_said_after_therefore_or_a_negation_in_classical_prose_is_kept(sentence: str) -> None:
    # 故曰 "therefore it is said", 不曰 "does not say": 故； 不； end no clause
    text = CLASSICAL * 2 + sentence + CLASSICAL
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize("sentence", ["见妾而问其缘故；妾乃以前事告之，遂去。", "王怪而问其故；左右以实对之。"])
def test_a_semicolon_after_the_reason_that_ends_a_clause_is_repaired(sentence: str) -> None:
    # 缘故, 其故: the reason ends its clause, and the semicolon after it stays one
    text = CLASSICAL * 2 + sentence + CLASSICAL
    assert repair(founder_garble(text)) == text


def _one_quatrain(couplet: str) -> str:
    """A quatrain of seven set a couplet to a line, with ``couplet`` its second line, among poems
    of five: no other line near it shows its meter."""
    return VERSE + "\n\n山居\n无名氏\n空山新雨晚来晴，竹外溪流石上鸣。\n" + couplet + "\n\n" + VERSE


@pytest.mark.parametrize(
    "couplet",
    [
        "孤帆一片遥挂月，两岸青山相对出。",
        "长亭送别遥挥手，古道西风瘦马行。",
        "一行白鹭遥横岸，两岸青山夹水流。",
        "隔岸樵夫遥唤我，斜阳归去莫多情。",
    ],
)
def test_far_in_a_line_whose_couplet_shows_the_meter_is_kept(couplet: str) -> None:
    # 孤帆一片。挂月: four and two, where the couplet's other half and the line above have seven
    text = _one_quatrain(couplet)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize("line", ["江南春色正繁华。对斜阳。忆年华。", "林间小路少人行。雨初晴。见人来。"])
def test_a_ci_that_sets_two_clauses_of_three_after_seven_keeps_its_full_stops(line: str) -> None:
    # 。 parts 对斜阳 and 忆年华 in halves: a ci's clauses of three, not one clause of seven
    text = _one_quatrain(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("故曰", True),  # the text's start
        ("　　故曰", True),  # a paragraph's indentation
        ("。 故曰", True),  # a real full stop, then a space
        ("，　故曰", True),
        ("之遥故曰", True),  # a stop's look-alike that ends no word
        ("逍遥故曰", False),  # 逍遥's 遥
        ("人 故曰", False),  # a hanzi, then a space: a narrow column's join
        ("遥 故曰", False),  # a look-alike, then a space: read only right before
    ],
)
def test_a_clause_starts_past_a_lines_indentation(text: str, starts: bool) -> None:
    # (not 不曰/故曰 alone: every rule that asks where a clause starts reads it so)
    assert _clause_starts_at(text, text.index("故")) is starts


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("袁方", True),  # the text's start
        ("。袁方", True),
        ("遥袁方", True),  # a stop's look-alike, read as its mark whatever word it might end
        ("医院袁方", True),  # (院 too: a count over the text)
        ("。 袁方", False),  # right before the name only: no space passed over
        ("，袁方", False),  # a comma's: no sentence's start, nor 袁's (the surname in question)
        ("叶袁方", False),
    ],
)
def test_a_name_is_counted_at_a_clause_start_right_after_a_sentences_mark(text: str, starts: bool) -> None:
    from cleaner.stages.punct_shift.names import _starts_named_clause

    assert _starts_named_clause(text, text.index("袁方")) is starts


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("圆园", True),  # the text's start
        ("　　圆园", True),  # the line's indent
        ("冶\n　圆园", True),
        ("冶 圆园", False),  # a mark's look-alike, then a space: a line of its own no more
        ("公 圆园", False),
    ],
)
def test_a_line_starts_past_its_indent_after_its_break(text: str, starts: bool) -> None:
    from cleaner.stages.punct_shift.reading import _line_starts_at

    assert _line_starts_at(text, text.index("圆园")) is starts
