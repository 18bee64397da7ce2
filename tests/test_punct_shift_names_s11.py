"""punct-shift: the comma's look-alike before what only looks like a given name is the comma
(session 11): laughter (，呵呵), the start of a set phrase (，扎扎实实), 小 after an adverb of
degree (有点小，), a full name that starts clauses elsewhere, while real names with the
surname in natural text stay. The garbled inputs are made from the clean text by
:func:`garble`, so this file holds no garbled page (the package-source test reads it).
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, garbled_context, repair
from tests.test_punct_shift_names_s10 import in_garbled_document

#: The marks of the texts below and their look-alikes (GB2312 lead byte +0x31).
_GARBLE = str.maketrans("，。：“”、！", "袁遥院野冶尧浴")


def garble(text: str) -> str:
    """``text`` with its marks garbled as a Founder PDF extraction garbles them."""
    return text.translate(_GARBLE)


@pytest.mark.parametrize(
    "expected",
    [
        # laughter doubles its character as a given name does (婷婷), but names nobody
        "让她快点睡觉，呵呵。后来买了这本书",
        "我比较爱吃鸡蛋的，呵呵。第一感觉就很好",
        "有点嫉妒，呵呵，有一点儿重",
        # the pair starts a set phrase that the text goes on with: no name
        "活动巩固下来，引向深入，扎扎实实地推向基层",
        "广大基层广播电视工作者，默默无闻作出了无私奉献",
        "增长与下滑，归根到底取决于农民",
        "世代沿袭，生生不息，绵延不绝",
        # 小 after an adverb of degree is an adjective, no familiar name (小袁)
        "我住的是单人间，房间有点小，不过设施还是很完备",
        "但是完整且有趣，女儿还小，如果只是读文字",
        "房间过小，能看电视的空间只能摆下一张椅子",
        "淋浴的水流特别小，在家洗澡的时间等于在酒店",
        # an adverb that opens a sentence takes no name as its object
        "还舍不得送人。首先，书的质量很不错",
        "所有人都不得而知！其实，丹尼患有严重的孤独恐惧",
        "欢乐和痛苦是绝不重复的。相反，梦的唯一目的是",
        # no given name ends with a pronoun, an adverb or a particle before a verb of speech
        "妈妈正在学，听她说还不错",
        "还是听不懂的样子，便又说，这东西是中国的",
        "那是自然的了，总的说来是物有所值了",
        # a set phrase after a name of one (总 before 的) is no name either
        "房间面积很大，服务尚可，总的来说还满意",
        # a list of full names, the first with a surname left out of the table (马): two more items
        "选举周文华为省政协主席，马国良、谭方之、曹亚范、李明为副主席",
        # 明明 before 说 is "plainly" as often as a doubled given name: the comma stays
        "你答应过我，明明说好了要来",
        # 以…为由 ends a clause as 理由 and 自由 do, though 由 needs an object elsewhere
        "以盗车人是用钥匙将车开走的为由，明确表示不承担责任",
        "他说这是理由，我们不能接受",
        "这是自由，谁也不能剥夺",
        # 以来 follows an event, no person
        "教育局的同志告诉记者，建省以来，海口市新建学校",
    ],
)
def test_a_comma_before_what_only_looks_like_a_given_name_is_repaired(expected: str) -> None:
    assert repair(garbled_context(garble(expected))) == REPAIRED.format(expected)


#: Natural sentences with the surname 袁 where what follows it reads as a given name: kept.
NATURAL = [
    "叶伟和袁芳是同学",
    "袁隆平院士来到田间",
    "记者日前采访了袁晓峰",
    "在袁明的建议下",
    "年长的袁德胜站了起来",
    "主持人袁鸣",
    "请袁哈达讲话",
    # 老 and 小 of a familiar name, after words that are no adverb of degree
    "他和小袁一起去",
    "还有小袁和老袁",
    "你好小袁",
    "他告别小袁",
    "同事小袁不过二十岁",
    "司机小袁因为工作忙",
    "徒弟小袁很能干",
    "我和小袁不过是朋友",
    # 过 after a verb is its aspect, no adverb of degree (房间过小)
    "他问过小袁",
    "我们曾经帮过小袁",
    "他们拜访过小袁",
    "队长老袁今年六十八岁",
    # a doubled given name that is a rare word, before a verb of speech
    "观众袁婷婷说",
    "记者袁丹丹说",
    # no clause ends with 由 (but 以…为由), whatever follows the surname (和平 starts with 和)
    "这部电影由袁和平担任武术指导",
    "这次会议由袁副局长主持",
    # 以前 and 之后 follow a person as adverbs; a list of names whose first is 袁伟
    "记者袁建国以前是工人",
    "记者袁建国之后说",
    "工程师袁伟和李明参加了会议",
]


@pytest.mark.parametrize("snippet", NATURAL)
def test_natural_sentences_with_the_surname_stay(snippet: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


#: A profile that names 安子文 at the start of sentence after sentence (安 is left out of the
#: surname table as a common word): 同志袁安子文同志 is 同志，安子文同志, no name of four.
PROFILE = (
    "安子文同志是我们党的杰出领导人。安子文同志重视发动群众。安子文同志经常下乡搞调查。"
    "为了纪念含冤去世的刘少奇同志，安子文同志凭着对党负责的精神提出建议。"
)
#: A profile that names its subject by the given name alone (遥晓峰同志, 遥晓峰说): the full
#: name 袁晓峰 stays.
GIVEN_NAME_PROFILE = (
    "会议指出：“要抓好落实。”书记袁晓峰同志参加了会议。晓峰同志指出，要抓好落实。"
    "晓峰同志还强调，要继续努力。晓峰同志最后说，大家辛苦了。"
)


def test_a_full_name_that_starts_clauses_elsewhere_takes_no_surname() -> None:
    out = repair(in_garbled_document(garble(PROFILE)))
    assert PROFILE in out


def test_a_given_name_said_alone_elsewhere_keeps_its_surname() -> None:
    out = repair(in_garbled_document(garble(GIVEN_NAME_PROFILE)))
    assert GIVEN_NAME_PROFILE in out


def test_two_characters_that_start_no_given_name_are_spread_as_no_name() -> None:
    # (威海小袁所以 may read as 小袁 before 所以; 所以 is then no name to read elsewhere)
    out = repair(
        in_garbled_document(garble("地理位置不错，因为威海小，所以打车方便。本来说没有大床房，所以定了两个标间。"))
    )
    assert "没有大床房，所以定了两个标间。" in out
