"""punct-shift: the surname 袁 before a given name made of look-alikes (袁野, 袁月, 袁园园, 袁远航)
or after a verb whose object is a person (请袁明到医院来), and 老袁 before a verb, stay in
garbled text (session 13): they are at most reported, and a name read at one place of the
document is a name at the others too; while the comma before look-alikes that make a word,
a number or a numbered point is still repaired. The garbled inputs are made from the clean
text by :func:`garble`, so this file holds no garbled page (the package-source test reads it).
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, garbled_context, repair
from tests.test_punct_shift_names_s10 import in_garbled_document

#: The marks and digits of the texts below and their look-alikes (GB2312 lead byte +0x31).
_GARBLE = str.maketrans("，。：“”、！0123456789", "袁遥院野冶尧浴园员圆猿源缘远苑愿怨")


def garble(text: str) -> str:
    """``text`` with its marks and digits garbled as a Founder PDF extraction garbles them."""
    return text.translate(_GARBLE)


#: Natural sentences with the surname 袁 before a name made of look-alikes, after a verb whose
#: object is a person, or in a familiar name before a verb: kept.
NATURAL = [
    # a given name of look-alikes of digits or letters after a role or a person
    "运动员袁缘缘打破了全国纪录",
    "画家袁苑的作品在北京展出",
    "他的妻子袁月娥是一名小学老师",
    "主任医师袁缘为患者做了详细检查",
    # before a title: the comma would make a full name of look-alikes that no surname starts
    "新来的院长是从北京调来的袁远志教授",
    # such a name alone before a mark: no clause
    "半程马拉松男子组冠军为袁园园，成绩很好",
    "决赛中她战胜广东队的袁月，首次获得全国冠军",
    # 野 that nothing closes, after a word that needs an object or a verb that takes a person
    "她循着声音望过去，看见袁野站在出站口",
    "小时候常常给她和袁野买冰棍",
    # a given name of one and a verb of one after a verb whose object is a person
    "请袁明到医院来",
    "派袁明去北京",
    "陪袁明去医院",
    "祝贺袁明获奖",
    # the familiar name after a person or a verb that takes one, before a verb
    "朋友老袁蹲下身，捧起一口泉水",
    "我们看见小袁跑了过来",
]


@pytest.mark.parametrize("snippet", NATURAL)
def test_natural_sentences_with_the_surname_stay(snippet: str) -> None:
    assert repair(garbled_context(garble(snippet))) == REPAIRED.format(snippet)


#: Documents that read a name made of look-alikes where no comma can stand (after a full stop)
#: or as a name (after a role), and the same name elsewhere where nothing else says so.
SAME_NAME = [
    "比赛结束了。袁野说，他很高兴。大家都看着袁野站在台上",
    "比赛结束了。袁月说，她很高兴。第三局起袁月调整了发球线路",
    "选手袁野说，他很高兴。大家都看着袁野站在台上",
]


@pytest.mark.parametrize("text", SAME_NAME)
def test_a_lookalike_name_read_once_is_the_name_elsewhere(text: str) -> None:
    assert text in repair(in_garbled_document(garble(text)))


@pytest.mark.parametrize(
    "expected",
    [
        # numbered points: a digit alone between commas
        "帮朋友买的，1，价钱便宜，2，样子也挺漂亮",
        # a word of look-alikes alone between marks is a clause
        "比较方便的，步行就是秋林，远大。吃饭的话去远大楼",
        # a word of look-alikes after a role or a person, common or rare, or one missing from
        # the lexicon before what goes on after no name
        "需要的技术员，远远不够",
        "感谢家长，圆梦计划顺利完成",
        "他是工程师，缘何转行",
        "我是学生，月考成绩还不错",
        # a number after a role
        "本报记者，10日从有关部门获悉",
        # 老 and 小 of a phrase after a verb of one
        "当时英国富人们纷纷携老带小，移居海外",
        # a name read elsewhere, but the look-alike here is an adjective before 得
        "他的外甥袁野考上了北京大学。这个野孩子整天在外面跑，野得没边了",
    ],
)
def test_a_comma_before_lookalikes_that_make_no_name_is_repaired(expected: str) -> None:
    assert repair(garbled_context(garble(expected))) == REPAIRED.format(expected)
