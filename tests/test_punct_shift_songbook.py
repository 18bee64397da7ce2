"""Books of songs and plays under the punctuation-shift garble: the Yuan qu and the ci as the
collections print them, each piece under a heading (the play's title and the tune, or the tune
and the piece's title) and a line of credit (the author alone). Their spoken lines write 的 了 是
as modern prose does, yet their words are those of verse (院公 the old servant, 尧民 Yao's people,
对浴 bathing, 院宇 the courtyard's halls), kept; their marks are repaired. The pages are written
for these tests in the manner of the collections, stated clean and garbled by founder_garble."""

from __future__ import annotations

from typing import Final

import pytest

from cleaner.stages.punct_shift.document import _literary, _songbook
from tests.test_punct_shift import founder_garble, repair

#: A book of Yuan qu: four pieces of one play under the headings 剧名·曲牌 and the author's name,
#: the spoken lines full of 的 了 是 (no verse by its function words), the sung ones with the
#: words of verse: the tune 尧民歌, the role 院公 (and 院君), 舜殿尧阶, 院宇, 对浴, 山遥水阔, 万里遥
#: (far, before a comma); and marks of every kind between them (我说： 呀！ 他、他、他, 难行。天呵).
SONGBOOK: Final = (
    "卖花郎风雪破窑记·仙吕/点绛唇\n"
    "王小山\n"
    "冷落了院宇，寂寞了楼台，是我的不是。（院公云）相公，天色晚了，早些歇息罢。（正末唱）。\n\n"
    "卖花郎风雪破窑记·尧民歌\n"
    "王小山\n"
    "呀！只见那鸳鸯对浴在池塘，他、他、他，怎知我的心肠？我说：休提！休提！这的是命里该当。\n\n"
    "卖花郎风雪破窑记·混江龙\n"
    "王小山\n"
    "想当初舜殿尧阶，君臣每都是贤良。如今是院君不在，院公年老，教我怎生是好？（院公云）相公休烦恼。"
    "（正末唱）待回乡，路崎岖，山遥水阔，家乡万里遥，这的是难行。天呵，指望谁来救我？\n\n"
    "卖花郎风雪破窑记·尾声\n"
    "王小山\n"
    "俺只待做个尧民，唱一曲太平歌，再不受这一场风雪的苦楚。（下）。\n"
)
#: A book of ci titled by their first lines (菩萨蛮·鸳鸯对浴春波暖, the same words opening the
#: piece), whose long song breaks once on its author's name (陆伯渊: no mark in a name): the
#: collections print it so.
CI_BOOK: Final = (
    "菩萨蛮·鸳鸯对浴春波暖\n"
    "陆伯渊\n"
    "鸳鸯对浴春波暖，杏花飞尽人归晚。独倚小阑干，天涯烟水寒。\n\n"
    "归国遥·春欲尽\n"
    "陆伯渊\n"
    "春欲尽，满院落花人未醒。玉炉香断帘垂静，梦里关山路远。\n\n"
    "蝶恋花·遥夜孤灯人不寐\n"
    "陆伯渊\n"
    "遥夜孤灯人不寐，风雨敲窗，\n"
    "陆伯渊\n"
    "点点伤心泪。欲寄相思无处寄，天涯芳草连天碧。\n\n"
    "清平乐·庭院深深\n"
    "陆伯渊\n"
    "庭院深深，燕子归来寻。一枕清风消夏暑，何处笛声相和。\n"
)


def test_a_book_of_songs_is_known_by_its_headings_and_credits() -> None:
    garbled = founder_garble(SONGBOOK)
    assert _songbook(garbled)
    # (its spoken lines make it modern prose by its function words: the form alone says verse)
    assert not _literary(garbled)


@pytest.mark.parametrize(
    "text",
    [
        # a news page: headlines and a reporter's line of more than a name
        "城市更新提速\n本报记者 张明\n今年以来，全市完成改造项目十二个，居民的满意度明显提高。\n\n"
        "乡村振兴见实效\n本报记者 李华\n村里修了路、建了学校，群众的日子越过越红火。\n",
        # a list of hospitals and their heads, two lines a block, only three of them
        "第一人民医院\n王明\n地址在人民路。\n\n第二人民医院\n李强\n地址在解放路。\n\n第三人民医院\n赵刚\n地址在和平路。\n",
    ],
    ids=["news", "three-blocks"],
)
def test_modern_pages_with_headings_are_no_book_of_songs(text: str) -> None:
    assert not _songbook(founder_garble(text))


@pytest.mark.parametrize("text", [SONGBOOK, CI_BOOK], ids=["yuan-qu", "ci"])
def test_a_book_of_songs_keeps_its_words_of_verse_and_gets_its_marks_back(text: str) -> None:
    assert repair(founder_garble(text)) == text


def test_the_words_of_verse_are_marks_in_modern_prose() -> None:
    # 尧民 and 院公 are words of verse only where the text is verse: in a modern notice 、民政 and ：公司
    text = (
        "各有关单位：\n为了做好今年的工作，现将有关事项通知如下：公司、医院、民政部门要加强协调，"
        "确保各项任务落到实处。请各单位认真贯彻执行，并把落实的情况及时报告我们。\n"
        "联系方式：公司办公室，电话在通知的附件里。"
    )
    assert repair(founder_garble(text)) == text


def test_a_comma_in_a_piece_heading_is_repaired() -> None:
    # a heading may part the piece's title from its preface with a comma: 咏春，寄友人
    text = CI_BOOK.replace("归国遥·春欲尽", "归国遥·咏春，寄友人", 1)
    assert repair(founder_garble(text)) == text
