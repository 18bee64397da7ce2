"""Books of songs and plays known by their tunes (mappings/punct_shift_tune_names.tsv,
punct_shift.document._songbook): the Yuan qu write the spoken 的 了 是 between their sung lines, so
their words alone do not make them verse, but headings that are known tunes (尧民歌 点绛唇 菩萨蛮)
do. Modern pages laid out the same way (a headline, a name, the text) whose headings hold a tune's
name once or only among many headlines are read as main reads them. The texts are written for these
tests, stated clean and garbled by founder_garble."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner.stages.punct_shift.document import (
    _MODERN_DIGIT,
    _MODERN_SIGN_RE,
    _MODERN_UNIT,
    _is_tune,
    _song_headings,
    _songbook,
)
from tests.test_punct_shift import founder_garble, repair

#: A book of Yuan qu: a play's title and its tune, or a mode and a tune, the author, the song, whose
#: spoken lines hold 的 是 (not verse by its words) and whose words are the plays' (院公 the old
#: servant, 院君 the lady, 尧民 Yao's people, 竹院 a courtyard of bamboo).
QU_BOOK: Final = (
    "\n\n".join(
        [
            "诈妮子调风月·尧民歌\n关汉卿\n见那厮手慌脚乱紧收拾，我是院公也不睬他，俺则待尧民歌里过一生。",
            "仙吕·点绛唇\n白朴\n天下乐事，都在一杯中。院公云：老夫去也。（正末云）且住。",
            "混江龙\n马致远\n山遥水阔，路远人稀，相公，你看那竹院深深。",
            "双调·新水令\n无名氏\n院君亲往，尧民击壤，歌太平的是咱们。",
        ]
    )
    + "\n"
)

#: A book of ci headed by their tunes (归国遥 a tune "far", 蝶恋花·遥夜… a tune and its title).
CI_BOOK: Final = (
    "\n\n".join(
        [
            "菩萨蛮\n温庭筠\n小山重叠金明灭，鬓云欲度香腮雪。",
            "归国遥\n韦庄\n春欲暮，满地落花红带雨。",
            "临江仙\n李煜\n樱桃落尽春归去，蝶翻金粉双飞。",
            "蝶恋花·遥夜亭皋闲信步\n李煜\n遥夜亭皋闲信步，乍过清明，早觉伤春暮。",
        ]
    )
    + "\n"
)


@pytest.mark.parametrize(
    "kept",
    [
        "诈妮子调风月·尧民歌",
        "我是院公也不睬他，",
        "俺则待尧民歌里过一生。",
        "院公云：老夫去也。",
        "山遥水阔，",
        "你看那竹院深深。",
        "院君亲往，",
        "尧民击壤，",
        "仙吕·点绛唇",
    ],
)
def test_a_book_of_qu_known_by_its_tunes_keeps_its_words(kept: str) -> None:
    garbled = founder_garble(QU_BOOK)
    assert _songbook(garbled)
    assert kept in repair(garbled)


def test_a_book_of_ci_known_by_its_tunes_is_restored() -> None:
    garbled = founder_garble(CI_BOOK)
    assert _song_headings(garbled)
    assert repair(garbled) == CI_BOOK


def test_a_surname_beside_far_in_a_songbook_stays_a_name() -> None:
    # the book's form makes it no modern page, but its notes may name a 袁: never a comma on that alone
    text = CI_BOOK + "\n注：此卷抄本得于山中。袁和平说，此本最善。\n"
    assert "袁和平说" in repair(founder_garble(text))


#: Modern pages in the songbook's layout whose headings hold a tune's name: once (临江仙 a
#: restaurant), in a headline of more than the name, or three times among many more headlines.
MODERN_PAGES: Final = (
    "\n\n".join(
        [
            "城市更新提速\n张明\n今年以来，全市完成改造项目三十个，居民满意度明显提高。",
            "临江仙\n李华\n这家开在江边的老字号餐馆，今天重新开业。袁和平说，菜价不变。",
            "乡村振兴见实效\n王芳\n村里的合作社越办越红火，收入翻了一番。",
            "医院服务再升级\n赵刚\n挂号、缴费都能在手机上完成，看病方便多了。",
        ]
    )
    + "\n",
    "\n\n".join(
        [
            "临江仙酒家开业\n张明\n开业当天，顾客排起了长队，很多人等了一个小时。",
            "浣溪沙公园改造完成\n李华\n公园免费开放，开放时间：早6点至晚10点。",
            "菩萨蛮餐厅推出新菜\n王芳\n新菜有：清蒸鱼、红烧肉、凉拌菜。",
            "人物专访\n赵刚\n今天我们来到了他的工作室。袁和平说，这几年变化很大。",
        ]
    )
    + "\n",
    "\n\n".join(
        [
            "菩萨蛮\n张明\n今晚的节目单：昆曲、评弹、越剧。",
            "新闻联播\n李华\n今天的主要内容有：一、经济；二、民生。",
            "天气预报\n王芳\n明天晴，最高气温二十度。",
            "体育新闻\n赵刚\n袁和平说，球队状态很好。",
            "临江仙\n孙丽\n本周推荐的一首词，请大家欣赏。",
            "财经报道\n周强\n股市今天上涨，成交量放大。",
            "浣溪沙\n吴军\n我们读了这首词，讨论了它的写法。",
        ]
    )
    + "\n",
)


@pytest.mark.parametrize("page", MODERN_PAGES)
def test_a_modern_page_with_a_tune_in_a_heading_is_no_songbook(page: str) -> None:
    garbled = founder_garble(page)
    assert not _songbook(garbled)
    assert repair(garbled) == page


def test_a_preface_in_a_tunes_heading_keeps_its_marks() -> None:
    # a tune's heading holds no mark, but the preface after it does (浣溪沙·游蕲水清泉寺。寺临兰溪，…)
    text = "浣溪沙·游蕲水清泉寺。寺临兰溪，溪水西流。\n苏轼\n山下兰芽短浸溪，松间沙路净无泥。\n\n" + CI_BOOK
    garbled = founder_garble(text)
    assert _song_headings(garbled)
    assert repair(garbled) == text


@pytest.mark.parametrize(
    "book",
    [
        CI_BOOK.replace("\n", "\r\n"),
        CI_BOOK.replace("\n温庭筠", "\n　　温庭筠"),
        QU_BOOK.replace("仙吕·点绛唇", "【仙吕】【点绛唇】").replace("混江龙\n", "【混江龙】\n"),
    ],
    ids=["crlf", "indented-author", "lenticular-brackets"],
)
def test_a_songbook_is_known_whatever_its_layout(book: str) -> None:
    assert _song_headings(founder_garble(book))


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(["一、工作目标", "第一章", "菩萨蛮餐厅", "临江仙·酒家"] * 3),
        "\n\n".join(["西江月\n张明\n今天的会议：一、预算；二、人事。"] * 2),
        "\n\n".join(["菩萨蛮", "临江仙", "浣溪沙", "西江月"] + [f"第{n}条新闻" for n in "一二三四五六七八九十"]),
        "",
        "\n\n\n",
    ],
)
def test_too_few_known_tunes_make_no_songbook(text: str) -> None:
    assert not _songbook(founder_garble(text))


#: The fix round's review pages (tests/data/punct_shift_songbook_review): modern pages that list
#: four or five tunes (a restaurant's rooms 揖满庭芳铱包间, a concert's programme, a kunqu
#: festival's news, a school's unit of ci without blank lines, an annotated book of Mao's ci, a
#: menu with a tune-named room over each group of lines) and a book of ci printed a clause a line
#: (江南好， under 忆江南): each comes out as main gives it (lone digits 可容纳8人, 约4分钟, 3楼;
#: 会员：君悦卡享9折; 地址：宅急送; 走路。回家; ，遥想; 争渡，).
REVIEW_PAGES: Final = Path(__file__).parent / "data" / "punct_shift_songbook_review"


@pytest.mark.parametrize("name", ["a", "b", "c", "d", "e", "f", "i", "m", "n", "r", "x6"])
def test_the_review_pages_come_out_as_main_gives_them(name: str) -> None:
    text = (REVIEW_PAGES / f"{name}.txt").read_text(encoding="utf-8")
    assert cleaner.clean(text).text == (REVIEW_PAGES / f"{name}.expected").read_text(encoding="utf-8")


@pytest.mark.parametrize("stop", ["我口渴了，喝水。你且去来。", "天色晚了，下山。明日再来。"])
def test_a_plays_speech_ends_its_sentence_with_water_or_hill(stop: str) -> None:
    # 喝水遥 下山遥: 遥 after a verb and a noun of distance is the full stop (the noun starts no clause)
    text = (REVIEW_PAGES / "o.txt").read_text(encoding="utf-8")
    assert _songbook(text)
    assert stop in repair(text)


@pytest.mark.parametrize(
    ("text", "modern"),
    [
        ("远远人家", False),  # a doubled word of verse (far, far away) before a hanzi of a unit
        ("怨怨天涯", False),
        ("员园月", True),  # 10月: two different digits before a unit
        ("圆圆圆天", True),  # three digits
        ("第员圆页", True),
    ],
)
def test_a_doubled_word_of_verse_is_no_modern_number(text: str, modern: bool) -> None:
    # (the back-reference must reach the regex: in a plain f-string \1 is the character U+0001)
    assert bool(_MODERN_SIGN_RE.search(text)) is modern


def _modern_sign_by_definition(text: str) -> bool:
    """_MODERN_SIGN_RE's question, answered run by run: a digit; or a run of digit look-alikes
    before 元 or a full stop; or before a unit, a run of three or more, or of two different ones."""
    if re.search("[0-9\uff10-\uff19]", text):
        return True
    for run in re.finditer(f"[{_MODERN_DIGIT}]+", text):
        digits, after = run.group(), text[run.end() : run.end() + 1]
        if after in ("元", "."):
            return True
        if after and after in _MODERN_UNIT and (len(digits) > 2 or len(set(digits)) == 2):
            return True
    return False


@given(st.text(alphabet=_MODERN_DIGIT[:3] + _MODERN_DIGIT + "月元.人的3\n", max_size=16))
def test_the_modern_sign_pattern_reads_its_definition(text: str) -> None:
    # (each run is read once, from its start: the pattern is linear in a long run of look-alikes)
    assert bool(_MODERN_SIGN_RE.search(text)) is _modern_sign_by_definition(text)


#: A book of the southern plays (南戏, 传奇): each piece headed by its tune (锁南枝 皂罗袍 and 前腔,
#: the tune again), the author and the play, the role in brackets before its lines (（生上） （旦）
#: （外） （末）), whose speech writes 的 了 是 as the northern plays' does.
SOUTHERN_PLAYS: Final = (
    "\n\n".join(
        [
            "锁南枝\n高明《琵琶记》\n（生上）我的娘子，你去了多时，是谁把院君的书信送来了。",
            "前腔\n高明《琵琶记》\n（旦）思量起，泪两行，望断天涯是我的家乡了。",
            "皂罗袍\n施惠《幽闺记》\n（外）春光好的时节，院宇深深，一川烟草是斜阳了。",
            "解三酲\n柯丹邱《荆钗记》\n（末）风雨急了，是我的客程难行，何时得见亲人面。",
            "香柳娘\n无名氏《白兔记》\n（生旦）双双拜了，是天恩的浩荡，从今团圆永不离。",
        ]
    )
    + "\n"
)


def test_a_book_of_the_southern_plays_is_known_by_its_roles_in_brackets() -> None:
    garbled = founder_garble(SOUTHERN_PLAYS)
    assert _songbook(garbled)
    repaired = repair(garbled)
    assert "是谁把院君的书信送来了。" in repaired  # 院君 the lady of the house, a word of the plays
    assert "院宇深深，" in repaired


@pytest.mark.parametrize("bracketed", ["（合唱）", "（生活）", "（外国）", "（末班车）", "（旦角）"])
def test_a_bracket_that_names_no_role_alone_is_no_stage_direction(bracketed: str) -> None:
    # a role alone (or entering, leaving, speaking) is a direction; a word that holds one is not
    text = SOUTHERN_PLAYS
    for role in ("（生上）", "（旦）", "（外）", "（末）", "（生旦）"):
        text = text.replace(role, bracketed)
    assert not _songbook(founder_garble(text))


@pytest.mark.parametrize(
    ("heading", "tune"),
    [
        ("楚天遥过清江引", True),  # a medley (带过曲) of two known tunes
        ("雁儿落带得胜令", True),
        ("骂玉郎带过感皇恩", True),
        ("双调楚天遥过清江引", True),  # after its mode
        ("雁过声", False),  # a tune of its own that holds 过 (not in the table): no medley
        ("临江仙带过", False),  # only one tune
        ("过年好", False),
    ],
)
def test_a_medley_of_known_tunes_is_a_tune(heading: str, tune: bool) -> None:
    assert _is_tune(heading) is tune


def test_a_rarer_tune_of_the_ci_heads_its_piece() -> None:
    # 一络索 (洛阳春) is a tune of the 词谱: its title after the interpunct holds no full stop (遥山 far hills)
    text = CI_BOOK + "\n一络索·过尽遥山如画\n佚名\n过尽遥山如画，短衣匹马。\n"
    garbled = founder_garble(text)
    assert _is_tune("一络索")
    assert "一络索·过尽遥山如画" in repair(garbled)


@pytest.mark.parametrize("sung", ["闲倚阑干看遥山，", "归来独对遥峰暮，", "雁字横遥天，"])
def test_far_before_the_sky_or_hills_in_a_book_of_plays_is_kept(sung: str) -> None:
    # 遥天 遥山 遥峰, the far sky and hills of the sung lines: the speech starts no short sentence so
    text = QU_BOOK + f"\n醉太平\n无名氏\n{sung}愁怀难遣。\n"
    garbled = founder_garble(text)
    assert _songbook(garbled)
    assert sung in repair(garbled)


@pytest.mark.parametrize(
    "spoken",
    ["俺去也。天呵，兀的不苦杀我。", "你看这路。山下有人来了。", "我一路行来。天晚了，且歇息。", "任他啼。空⏎"],
    ids=["exclamation", "a-word", "a-particle", "in-vain"],
)
def test_the_sky_or_hills_starting_a_spoken_sentence_keep_the_stop(spoken: str) -> None:
    text = QU_BOOK + f"\n醉太平\n无名氏\n（正末云）{spoken.replace('⏎', chr(10))}愁怀难遣。\n"
    garbled = founder_garble(text)
    assert _songbook(garbled)
    assert spoken.replace("⏎", "\n") in repair(garbled)


def test_far_before_the_sky_at_the_very_end_of_a_book_of_plays_reads() -> None:
    # the hanzi after 天 is read by a slice: the text may end right there
    garbled = founder_garble(QU_BOOK + "\n醉太平\n无名氏\n雁字横遥天")
    assert repair(garbled).startswith(QU_BOOK.split("\n")[0])
