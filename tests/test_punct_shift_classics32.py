"""Look-alikes that are the hanzi in classical prose, verse and the books of songs and plays:
遥 "from afar" before a verb of seeing that is its clause alone (人丛里遥见，), the sage king
尧 named again after the clause that ends on him (桀犬吠尧，尧非不仁), and 唐尧、虞舜, the sage
kings by their names in a list. The passages are written for these tests in the manner of the
Yuan songs, or quoted from sayings known by heart; stated clean and garbled by founder_garble,
their real marks must come back too."""

from __future__ import annotations

from typing import Final

import pytest

from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_verse import VERSE
from tests.test_punct_shift_verse_adversarial import PLAYS_HEAD

#: A book of songs (known tunes in its headings, a play's stage direction), its pieces written for
#: the test: 遥见 遥望 before a comma, the verb of seeing alone in its clause after 遥.
FAR_SEEING: Final = (
    PLAYS_HEAD
    + "夜来花开了。（正末云）我去也。\n\n"
    + "喜人心\n无名氏\n人丛里遥见，半遮着罗扇，可喜的风流俊俏。他越将个庞儿变，咱百般的难分辨。\n\n"
    + "醉中天\n无名氏\n倚定门儿盼，隔着花遥望，不见他归来。月明人静，空教我泪满腮。\n\n"
    + "寄生草\n无名氏\n牧童他遥望，杏花村酒旗斜挂。俺则待沽酒归来，醉倒在柳阴下。\n"
)


def test_far_before_a_verb_of_seeing_alone_in_its_clause_is_kept() -> None:
    assert repair(founder_garble(FAR_SEEING)) == FAR_SEEING


@pytest.mark.parametrize(
    "line",
    [
        "夜深人静。见月明星稀，乌鹊南飞。",  # 见 starts a clause that goes on: the full stop
        "独坐小楼中。望断天涯路，不见归人。",
        "人丛里。看，他来了也。",  # 看 said alone, "look": no verb of 遥 here
        "秋风起兮。想，故人何处。",
    ],
    ids=["see-goes-on", "gaze-goes-on", "look-alone", "think-alone"],
)
def test_a_full_stop_before_a_verb_that_starts_its_clause_is_repaired(line: str) -> None:
    text = FAR_SEEING + "\n" + "清江引\n无名氏\n" + line + "\n"
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "桀犬吠尧，尧非不仁，犬固吠非其主也。",  # the proverb and its gloss
        "圣德过尧，尧之为君也，民无能名焉。",
        "唐尧、虞舜，皆以德治天下。",
        "相传唐尧、虞舜之世，民皆安乐。",
    ],
    ids=["barks-at-yao", "surpasses-yao", "tang-yao-yu-shun", "their-age"],
)
def test_the_sage_king_in_classical_prose_is_read_whole(line: str) -> None:
    text = VERSE + "\n\n" + line
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "尧、舜、禹、汤，皆圣王也。",  # 尧尧舜尧禹尧汤: the sage kings in a list of one hanzi
        "明其功、过、赏、罚，天下皆服其公。",  # 过、 an item, no verb of Yao
        "论文\n无名氏\n文有赞、颂二体，皆美盛德之形容。",
        "尧与舜皆圣人也，尧天舜日，万民乐业。",
    ],
    ids=["sage-kings-listed", "one-hanzi-items", "praise-genres", "yao-and-shun"],
)
def test_lists_and_the_sage_king_beside_them_stay_right(line: str) -> None:
    text = VERSE + "\n\n" + line
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "本报讯 会议由王尧、李尧主持，两人分别讲话。会议强调，要抓好落实。",
        "新华社北京电 （记者王尧、李尧）国务院新闻办公室今天举行发布会，介绍有关情况。",
    ],
    ids=["chairs", "byline"],
)
def test_a_doubled_yao_in_modern_news_is_read_as_before(text: str) -> None:
    # 尧尧 after a name that is no word (王尧、李尧): the names' rules read it, not the sage king's
    assert repair(founder_garble(text)) == text


#: Verse whose line ends on 渊 "the abyss" (百层飞作雨，万顷汇成渊: written for the test in the
#: manner of the 御制 poems on springs): an opening parenthesis ends no line of verse.
ABYSS_AT_A_LINE_END: Final = "御泉\n无名氏\n百层飞作雨，万顷汇成渊\n润下终归海，源高却自天\n"


def test_an_opener_look_alike_that_ends_a_line_of_verse_is_kept() -> None:
    text = VERSE + "\n\n" + ABYSS_AT_A_LINE_END
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "唬的我脸烘霞。（张延赏云）再满斟酒者。",  # a stage direction after a sentence's end, closed
        "唬的我脸烘霞。（张延赏云，再满斟酒者。",  # ... left open by the book: still the mark
        "我且回去也（下）。明日再来。",  # closed after a hanzi
        "我且回去也（下\n明日再来。",  # ... left open at a line's end after a hanzi
        "小生去也（下\n（旦上云）妾身王氏。",
        "那人道（正末云\n",
    ],
    ids=[
        "direction",
        "direction-left-open",
        "direction-after-a-hanzi",
        "exit-left-open",
        "exit-before-entrance",
        "role-left-open",
    ],
)
def test_a_stage_direction_in_a_book_of_plays_keeps_its_parenthesis(line: str) -> None:
    text = FAR_SEEING + "\n" + "清江引\n无名氏\n" + line + "\n"
    assert repair(founder_garble(text)) == text


#: 《诗经·郑风·野有蔓草》 as the anthologies set it: the heading, the book's part, then the first
#: line, which repeats the heading's words (the Shijing names a poem by its opening words).
FIRST_LINE_REPEATS_ITS_HEADING: Final = (
    "野有蔓草\n国风·郑风\n野有蔓草，零露漙兮。有美一人，清扬婉兮。邂逅相遇，适我愿兮。\n"
    "野有蔓草，零露瀼瀼。有美一人，婉如清扬。邂逅相遇，与子偕臧。\n"
)


def test_a_first_line_that_repeats_its_heading_keeps_its_first_hanzi() -> None:
    text = VERSE + "\n\n" + FIRST_LINE_REPEATS_ITS_HEADING
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "“有美一人”，诗人之所思也。",  # a quotation at a line's start: not the heading's words
        "“零露漙兮”，言露之多也。",
        "“邂逅相遇”，不期而会也。",
    ],
    ids=["beauty-quoted", "dew-quoted", "meeting-quoted"],
)
def test_a_line_that_opens_on_a_mark_after_a_heading_is_repaired(line: str) -> None:
    text = VERSE + "\n\n" + FIRST_LINE_REPEATS_ITS_HEADING + line + "\n"
    assert repair(founder_garble(text)) == text


def test_yao_in_a_word_of_the_classics_is_kept() -> None:
    # 尧绪 (mappings/punct_shift_verse_words.tsv): Yao's line of rule, 王逸《九思》
    text = VERSE + "\n\n" + "四佞放兮后得禹，圣舜摄兮昭尧绪，孰能若兮原为辅。\n"
    assert repair(founder_garble(text)) == text


#: A garbled news paragraph and a garbled novel's dialogue: modern text, where 唐尧尧 is a
#: person's name with a doubled given name (as 丽丽 婷婷), not the sage king in a list.
NEWS: Final = (
    "本报讯 记者从市教育局获悉，今年全市共有三万多名考生参加中考，考试将于下周一开始。"
    "教育局要求各学校做好准备工作，确保考试顺利进行。\n"
)
NOVEL: Final = "他站在门口，看了看天色，心里有些着急。她说：“我们明天一早就出发吧，别再等了。”他点点头，没有说话。\n"


@pytest.mark.parametrize(
    "text",
    [
        NEWS + "记者唐尧尧报道，今年全市粮食总产量创新高。",
        NEWS + "唐尧尧同学获得一等奖，李明同学获得二等奖。",
        NEWS + "参加比赛的有唐尧尧和王芳两位同学。",
        NEWS + "唐尧尧说，他明天再来。",
        NEWS + "通讯员唐尧尧摄",
        NEWS + "隆尧县的唐尧尧今年考上了大学。",
        NOVEL + "唐尧尧站在门口，看着远方。",
        NOVEL + "他回头一看，唐尧尧已经走远了。",
        VERSE + "\n\n" + "唐尧尧站在门口。",  # 尧尧 before no sage king: the name, even in verse
    ],
    ids=["reports", "classmate", "and", "says", "photo", "county", "door", "walked-off", "verse-name"],
)
def test_a_person_named_yao_yao_keeps_both_hanzi(text: str) -> None:
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    ["唐尧、夏禹、商汤，皆圣王也。", "唐尧、周文、周武，皆以德王天下。", "唐尧、帝舜，皆圣人也。"],
    ids=["xia-yu", "zhou-wen", "di-shun"],
)
def test_tang_yao_before_the_next_sage_king_is_listed(line: str) -> None:
    text = VERSE + "\n\n" + line
    assert repair(founder_garble(text)) == text


#: Sentences that end before a gloss or a cry opening on the bare verb (观 the hexagram, 观 the
#: temple, 见 defined by 说文, an exclamation in a play): 遥 there is the full stop.
BARE_VERB_OPENS: Final = (
    "大观在上，顺而巽，中正以观天下。观，盥而不荐，有孚颙若，下观而化也。",  # 易·观卦 彖传
    "说文曰：视，瞻也。见，视也。",
    "遂至玄都观。观，唐时所建也。",
    "吾将往观。观，则叹其美。",
    "众人所观。观，美景也。",
    "（正末云）小生去也。见，那里来的一个人？",
)


@pytest.mark.parametrize("line", BARE_VERB_OPENS)
def test_a_full_stop_before_a_bare_verb_in_verse_is_repaired(line: str) -> None:
    text = VERSE + "\n\n" + line
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        *BARE_VERB_OPENS,
        "我欲见之。见，则思其人。",  # 之 ends the clause of its verb
        "梅花开了。见，梅花开了！",
        "所见。见，视也。",  # the gloss repeats its word
        "众皆不知其所指。指，谓以手示人也。",
    ],
)
def test_a_full_stop_before_a_bare_verb_in_a_book_of_plays_is_repaired(line: str) -> None:
    text = FAR_SEEING + "\n" + "清江引\n无名氏\n" + line + "\n"
    assert repair(founder_garble(text)) == text
