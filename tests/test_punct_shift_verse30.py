"""曰 野 in classical prose as the hanzi: 曰 "is called" after a verb of naming and its object
(谓其台曰灵台), and 野 "rustic, the fields"
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

#: Classical clauses that start with a verb of naming but name nothing (称疾不朝, 呼之不应: the
#: verb's own object), or name no name after 曰, and short clauses after 曰 "(he) said": their
#: semicolons are marks. Written for the test.
SEMICOLONS_AFTER_NAMING_VERBS: Final = (
    "其后丞相数请之，称疾不朝；上怒，免其官，逐之归乡里。\n"
    "客有醉卧于堂者，呼之不应；推之，乃寤。\n"
    "其人少而好学，名满天下；及其老也，门人散去，无复问之者。\n"
    "其画人物，须眉毕现，呼之欲出；观者莫不叹其神也。\n"
    "乡人有善者，称其善；有不善者，亦不讳其恶也。\n"
    "将军入营，号其众；士卒皆奋，遂破敌于城下。\n"
    "吾言如此，谓予不信；有如皦日，天实鉴之。\n"
    "问其所之，曰归；问其所欲，曰田；遂去不顾。\n"
    "或问其名，曰张；问其字，曰子长；问其乡，曰洛阳。\n"
    "其目有二，曰仁曰义；仁者爱人，义者宜也。\n"
    "五行之序：一曰水；二曰火；三曰木；四曰金；五曰土。"
)


@pytest.mark.parametrize("line", SEMICOLONS_AFTER_NAMING_VERBS.split("\n"))
def test_a_semicolon_after_a_classical_clause_of_naming_or_saying_is_repaired(line: str) -> None:
    text = DAODEJING + "\n" + line
    repaired = repair(founder_garble(text))
    # (every real ； comes back; 曰仁曰义 may still read its second 曰 as ；, a miss as before)
    assert [repaired[i] for i, char in enumerate(text) if char == "；"] == ["；"] * text.count("；")


def test_said_that_names_in_classical_prose_is_kept_and_its_semicolons_repaired() -> None:
    # (after 道德经's chapters: a page of classical prose as long as a chapter of the classics)
    text = DAODEJING + "\n" + NAMED_AFTER_ITS_VERB
    assert repair(founder_garble(text)) == text


def test_a_semicolon_after_a_modern_word_of_naming_is_still_repaired() -> None:
    # modern prose: 称职； 名字； end clauses, their semicolons are marks
    text = (
        "他在工作中一直很称职；同事们都愿意和他合作，有困难的时候也会找他帮忙。\n"
        "表格里要写清楚名字；地址和电话也不能漏掉，我们会尽快和大家联系。"
    )
    assert repair(founder_garble(text)) == text


def test_a_smiley_after_cloudy_in_modern_text_is_still_repaired() -> None:
    # 云 says in the classics only: modern 多云：） is the weather and a smiley
    text = "今天出门的时候还是多云：）\n下午就下雨了，还好带了伞，不然就惨了。"
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


#: Quotations in verse that open on the surname 袁 after a verb the colon rule does not know, an
#: allusion or an inscription: a name quoted whole closes at once. Written for the test.
QUOTED_SURNAMES: Final = (
    "读史\n无名氏\n此篇用“袁安卧雪”事，见《后汉书》。\n\n"
    "感怀\n无名氏\n世人皆唤“袁公子”，不识当年布衣时。\n\n"
    "题画\n无名氏\n画上题“袁州道中”四字，不知何人所作。\n\n"
    "村居\n无名氏\n隔篱高喊“袁三老”，共饮杯中浊酒香。"
)


def test_a_quotation_in_verse_that_opens_on_a_surname_quoted_whole_is_repaired() -> None:
    text = VERSE + "\n\n" + QUOTED_SURNAMES
    assert repair(founder_garble(text)) == text


#: 《孔雀东南飞》 as narrow columns extract it, a blank line between every line: the quotation
#: spans its verses, each a paragraph of one line.
QUOTATION_ACROSS_BLANK_LINES: Final = (
    "孔雀东南飞\n\n府吏得闻之，堂上启阿母：\n\n“儿已薄禄相，幸复得此妇。\n\n"
    "结发同枕席，黄泉共为友。\n\n共事二三年，始尔未为久。\n\n女行无偏斜，何意致不厚？”\n\n"
    "阿母谓府吏：\n\n“何乃太区区！\n\n此妇无礼节，举动自专由。\n\n吾意久怀忿，汝岂得自由！”"
)


def test_a_quotation_in_verse_across_blank_lines_of_one_verse_each_is_repaired() -> None:
    text = VERSE + "\n\n" + QUOTATION_ACROSS_BLANK_LINES
    repaired = repair(founder_garble(text))
    assert repaired.count("“") == text.count("“")
    assert repaired.count("”") == text.count("”")


def test_a_quotation_that_opens_on_the_surname_in_modern_prose_is_repaired() -> None:
    # modern prose: 野 before 袁 opens a quotation of a name (“袁大头”), as before
    text = "老人们都把那种银元叫作“袁大头”，现在市场上还能见到，价格也不便宜，收藏的人很多。"
    assert repair(founder_garble(text)) == text


#: The sage king Yao as the object of a verb of surpassing or praising at the end of its clause
#: (圣德过尧， 桀犬吠尧，): 、， would stand side by side. Written for the test in the manner of the
#: Yuan songs of praise.
YAO_THE_MEASURE: Final = "颂圣\n无名氏\n圣德过尧，仁风被四方。功高逾尧，太平朝世乐无涯。"


def test_yao_the_object_of_praise_at_the_end_of_a_clause_is_kept() -> None:
    # (every 尧 comes back; the comma after 过尧 may stay 袁, read as the surname of 袁仁风: a miss)
    text = VERSE + "\n\n" + YAO_THE_MEASURE
    repaired = repair(founder_garble(text))
    assert [i for i, char in enumerate(text) if char == "尧"] == [i for i, char in enumerate(repaired) if char == "尧"]
    assert "、" not in repaired


@pytest.mark.parametrize(
    "text",
    [
        "论功\n无名氏\n明其功、过、赏、罚，天下皆服其公。",
        "论文\n无名氏\n文有赞、颂二体，皆美盛德之形容。",
        "墨子\n无名氏\n尚贤、尚同、节用、明鬼、非乐、非命、兼爱、非攻。",
        "君子\n无名氏\n君子之言，有是、非二端，不可不察也。",
    ],
    ids=["one-hanzi-items", "praise-genres", "mozi", "right-wrong"],
)
def test_a_list_in_verse_keeps_its_enumeration_commas(text: str) -> None:
    # 过、 赞、 非乐、: items of a list, not a verb of Yao nor Yao the subject of 非
    text = VERSE + "\n\n" + text
    assert repair(founder_garble(text)).count("、") == text.count("、")
