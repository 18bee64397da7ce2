"""曰 野 in classical prose as the hanzi: 曰 "is called" after a verb of naming and its object
(谓其台曰灵台) and in a run of parallel names (曰士曰农曰工曰商), and 野 "rustic, the fields"
inside a quotation that 曰：“ opened (a quotation holds no second “), and the quotation that
opens on 野 after 云：(“野有蔓草: 野野 in the garble, the first the mark). The passages are
written for these tests or quoted from the classics known by heart (孟子, 论语, 诗经, 道德经),
stated clean and garbled by founder_garble; their real marks must come back too."""

from __future__ import annotations

from typing import Final

import pytest

from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_verse import DAODEJING, VERSE

#: 《孟子·梁惠王上》, and a town's annals written for the test: 谓 称 呼 "call", their object, then
#: 曰 and the name (谓其台曰灵台: they called his terrace the Terrace of the Spirit).
NAMED_AFTER_ITS_VERB: Final = (
    "孟子对曰：“贤者而后乐此，不贤者虽有此，不乐也。”\n"
    "文王以民力为台为沼，而民欢乐之，谓其台曰灵台，谓其沼曰灵沼，乐其有麋鹿鱼鳖。"
    "古之人与民偕乐，故能乐也。\n"
    "邑人德之，称其桥曰万安，呼其井曰义井，至今不改。\n"
    "邦君之妻，君称之曰夫人，夫人自称曰小童；邦人称之曰君夫人，称诸异邦曰寡小君；"
    "异邦人称之亦曰君夫人。\n"
    "夫子之文章，可得而闻也；夫子之言性与天道，不可得而闻也。"
)

#: 曰A曰B: parallel names, each after its own 曰 (those called teacher, called disciple), and a
#: run of four; the list of 五行 whose items a semicolon parts after a numeral and 曰.
PARALLEL_NAMES: Final = (
    "士大夫之族，曰师曰弟子云者，则群聚而笑之。问之，则以为彼与彼年相若也，道相似也。\n"
    "古之四民，曰士曰农曰工曰商，各守其业，不相杂也。\n"
    "五行之序：一曰水；二曰火；三曰木；四曰金；五曰土。\n"
    "其为人也孝弟，而好犯上者，鲜矣；不好犯上，而好作乱者，未之有也。"
)


@pytest.mark.parametrize("text", [NAMED_AFTER_ITS_VERB, PARALLEL_NAMES], ids=["named-after-verb", "parallel"])
def test_said_that_names_in_classical_prose_is_kept_and_its_semicolons_repaired(text: str) -> None:
    # (after 道德经's chapters: a page of classical prose as long as a chapter of the classics)
    text = DAODEJING + "\n" + text
    assert repair(founder_garble(text)) == text


def test_a_semicolon_after_a_modern_word_of_naming_is_still_repaired() -> None:
    # modern prose: 称职； 名字； end clauses, their semicolons are marks
    text = (
        "他在工作中一直很称职；同事们都愿意和他合作，有困难的时候也会找他帮忙。\n"
        "表格里要写清楚名字；地址和电话也不能漏掉，我们会尽快和大家联系。"
    )
    assert repair(founder_garble(text)) == text


#: 《论语·雍也》: 子曰：“ opens the quotation, so 则野 inside it is "rustic", not a second “.
RUSTIC_INSIDE_A_QUOTATION: Final = (
    "子曰：“质胜文则野，文胜质则史。文质彬彬，然后君子。”\n"
    "子曰：“知之者不如好之者，好之者不如乐之者。”\n"
    "诗云：“野有蔓草，零露漙兮。”此之谓也。\n"
    "子曰：“人之生也直，罔之生也幸而免。”"
)


def test_a_quotation_opened_after_said_holds_no_second_opening_mark() -> None:
    assert repair(founder_garble(RUSTIC_INSIDE_A_QUOTATION)) == RUSTIC_INSIDE_A_QUOTATION


#: Poems that end a clause with 野 "the fields" (绣野， 四野， 平野。: an opening quotation mark
#: never stands before a comma or a full stop), one that opens a line with it (野旷天低树) and one
#: with 艳冶 游冶 "alluring, roaming for pleasure" (冶 no closing mark: no quotation runs from one
#: poem into the next). Written for the test (无名氏) or quoted (孟浩然, 杜甫).
FIELDS_AND_ALLURE: Final = (
    "宿建德江\n孟浩然\n移舟泊烟渚，日暮客愁新。野旷天低树，江清月近人。\n\n"
    "清明\n无名氏\n正艳杏烧林，缃桃绣野，芳景如屏。斗草踏青，人艳冶，递逢迎。\n\n"
    "秋望\n无名氏\n霜落千林瘦，风高四野，雁声寒。独立斜阳里，愁看平野。\n\n"
    "少年行\n无名氏\n游冶处，楼高不见章台路。醉归迟，马嘶芳草暮。\n\n"
    "旅夜书怀\n杜甫\n细草微风岸，危樯独夜舟。星垂平野阔，月涌大江流。"
)


def test_the_fields_that_end_a_clause_of_verse_open_no_quotation() -> None:
    text = VERSE + "\n\n" + FIELDS_AND_ALLURE
    assert repair(founder_garble(text)) == text


def test_a_quotation_in_verse_still_opens_after_a_colon_on_a_surname() -> None:
    # 笑问：“袁郎…”: after a colon the quotation may open on the surname 袁; and one in its poem
    text = VERSE + "\n\n" + "春游\n无名氏\n笑问：“袁郎何处去？”答道：“野寺看花还。”"
    assert repair(founder_garble(text)) == text


def test_a_quotation_that_opens_on_the_surname_in_modern_prose_is_repaired() -> None:
    # modern prose: 野 before 袁 opens a quotation of a name (“袁大头”), as before
    text = "老人们都把那种银元叫作“袁大头”，现在市场上还能见到，价格也不便宜，收藏的人很多。"
    assert repair(founder_garble(text)) == text


#: The sage king Yao as the object of a verb of surpassing or praising (圣德过尧， 赞尧仁, 桀犬吠尧),
#: and as the subject of 非 "is not" (尧非不仁): 、 would end an item of a list there, and 、，
#: would stand side by side. Written for the test in the manner of the Yuan songs of praise.
YAO_THE_MEASURE: Final = (
    "颂圣\n无名氏\n圣德过尧，仁风被四方。赞尧仁，颂舜德，太平朝世乐无涯。\n\n"
    "咏史\n无名氏\n桀犬吠尧，尧非不仁，犬固吠非其主也。"
)


def test_yao_the_object_of_praise_and_the_subject_of_not_is_kept() -> None:
    # (every 尧 comes back; the comma after 过尧 may stay 袁, read as the surname of 袁仁风: a miss)
    text = VERSE + "\n\n" + YAO_THE_MEASURE
    repaired = repair(founder_garble(text))
    assert [i for i, char in enumerate(text) if char == "尧"] == [i for i, char in enumerate(repaired) if char == "尧"]
    assert "、" not in repaired


def test_a_list_of_one_hanzi_items_in_verse_keeps_its_enumeration_commas() -> None:
    # 功、过、赏、罚: 过 before 、 is an item of one hanzi among others, not a verb of Yao
    text = VERSE + "\n\n" + "论功\n无名氏\n明其功、过、赏、罚，天下皆服其公。"
    assert repair(founder_garble(text)) == text
