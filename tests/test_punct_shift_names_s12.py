"""punct-shift: a real surname 袁 before a given name that is a word too (浩然 明明 建国) or
starts with 一 (一鸣), after a role, a noun for a person or a verb whose object is a person, and
a given name of one character after an adverb that opens a sentence (首先袁明发言), is never
repaired into a comma (session 12): it stays, at least as a doubt. The comma's look-alike
before a common word after the same roles and adverbs is still repaired. The garbled inputs
are made from the clean text by :func:`garble`, so this file holds no garbled page.
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, garbled_context, repair
from tests.test_punct_shift_names import _given_names_generator

#: The marks of the texts below and their look-alikes (GB2312 lead byte +0x31).
_GARBLE = str.maketrans("，。：“”、！", "袁遥院野冶尧浴")
#: A garbled paragraph before and after the snippet, with the other 袁 commas.
BEFORE, AFTER = "对此，有关部门表示，将进一步加强监管。", "，今年以来，全市经济稳中向好。"


def garble(text: str) -> str:
    """``text`` with its marks garbled as a Founder PDF extraction garbles them."""
    return text.translate(_GARBLE)


def in_paragraph(snippet: str) -> bool:
    """Whether ``snippet`` (clean) comes back unchanged from a garbled paragraph of commas."""
    clean = BEFORE + snippet + AFTER
    return repair(garble(BEFORE) + garble(snippet) + garble(AFTER)) == clean


#: Real names with the surname 袁 whose given name is a word too or starts with 一.
NAMES = [
    # the brief's six
    "记者袁一鸣报道",
    "后卫袁浩然表现出色",
    "教练袁明明说",
    "采访了袁建国之后",
    "首先袁明发言",
    "其实袁明早就知道",
    # roles, job titles and nouns for a person before a given name that is a word
    "记者袁浩然报道",
    "前锋袁一鸣打进一球",
    "主持人袁一鸣说",
    "教练袁建国认为",
    "学生袁浩然获得一等奖",
    "记者袁明报道",
    "记者袁一鸣说",
    "后卫袁浩然说",
    "主持人袁浩然说",
    "队员袁一帆表示",
    "司机袁志强告诉记者",
    "教练袁一鸣指出",
    "学生袁明明说",
    "医生袁一鸣说",
    "演员袁浩然表示",
    "主持人袁国庆表示",
    "教练袁建军表示",
    # after a role, a given name of jieba's full names however common the word (爱国 6,444)
    "厂长袁爱国在职工大会上讲话",
    "导演袁建国说",
    "歌手袁浩然演唱了新歌",
    "选手袁一鸣夺冠",
    # verbs whose object is a person
    "我们会见了袁建国",
    "市长看望了袁志强一家",
    "老师表扬了袁明明",
    "他们采访了袁浩然",
    "会见了袁一鸣等人",
    "我们拜访了袁明明",
    "省长慰问了袁国庆一家",
    "她表扬了袁浩然",
    # adverbs that open a sentence before a given name of one character
    "首先袁明说",
    "其实袁红早就知道",
    "首先袁华发言",
]


@pytest.mark.parametrize("snippet", NAMES)
def test_a_surname_before_a_given_name_that_is_a_word_stays(snippet: str) -> None:
    assert in_paragraph(snippet)
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize("snippet", NAMES)
def test_the_names_in_clean_text_are_not_edited(snippet: str) -> None:
    text = "会议指出：“要抓好落实。”" + snippet + "，推动发展。"
    assert repair(text) == text


#: The comma after the same roles, verbs and adverbs, before a common word: repaired.
COMMAS = [
    "他是一名记者，一直在基层工作",
    "我们采访了，得到了很多材料",
    "首先，明确目标",
    "其实，明天再说也行",
    "他是一名教练，明白这个道理",
    "当了十年记者，一鸣惊人的机会不多",
    "作为记者，建立信任很重要",
    "首先，明天要早起",
    "其实，明白这个道理不难",
    "当了多年教练，明显感觉到变化",
    "作为医生，一定要认真",
    "我们采访了，发现情况属实",
    "他是记者，国庆期间也要上班",
    "我们表扬了，同时也指出了问题",
    "他当过后卫，浩然之气不减",
    "我是教练，建国以来第一次",
    "其实，一点也不难",
    "首先，一是要加强领导",
    "他是老师，一向认真负责",
    "我们看望了，送去了慰问品",
    "首先，红色代表热情",
    "其实，明白人都知道",
    "首先，华丽的外表不重要",
    "我们拜访了，收获很大",
    "他当了多年厂长，爱国爱厂",
    "作为一名教练，建国以来最好的成绩是银牌",
    # an adverb that opens a sentence before a full given name: a clause starts with a name
    "于是，云娇面对大海",
    "首先，应树立法治意识",
]


@pytest.mark.parametrize("expected", COMMAS)
def test_the_comma_before_a_common_word_is_still_repaired(expected: str) -> None:
    assert in_paragraph(expected)
    assert repair(garbled_context(garble(expected))) == REPAIRED.format(expected)


def test_given_name_table_is_what_the_generator_writes() -> None:
    module, root = _given_names_generator()
    assert (root / "mappings" / "given_names.tsv").read_text(encoding="utf-8") == module.render_given_names()


@pytest.mark.parametrize("snippet", ["张院长和袁副院长都出席了", "王主任与袁副主任一起出席", "由袁副主任负责"])
def test_a_surname_after_a_preposition_before_a_deputy_role_stays(snippet: str) -> None:
    assert in_paragraph(snippet)


def test_a_deputy_role_after_a_name_and_a_comma_is_still_a_comma() -> None:
    assert in_paragraph("出席会议的有院长张明，副院长李强")


@pytest.mark.parametrize("snippet", ["主教练袁建国在赛后说", "教练袁伊宁对队员们的表现很满意"])
def test_a_surname_after_a_coach_stays(snippet: str) -> None:
    assert in_paragraph(snippet)


def test_a_count_after_a_role_is_no_given_name() -> None:
    # 源支 is 4支: a number and its counter after the comma, not a given name after 主教练
    assert repair(garble(BEFORE) + "有愿支球队替换了主教练袁源支球队更改了主场遥").endswith(
        "有8支球队替换了主教练，4支球队更改了主场。"
    )
