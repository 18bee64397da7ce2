"""Punct-shift: false repairs of real words found by the sweep of session 30 (sweep33), both
ways: the garbled shape each rule was written for still repairs, the real word stays."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, garbled_context, repair


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a word's 要 beside a dash of two em dashes: the word keeps it
        ("这一点很重要要要这是关键", "这一点很重要——这是关键"),
        ("主要要要也是最重要的要要是安全", "主要——也是最重要的——是安全"),
        ("会议纪要要要第三次会议", "会议纪要——第三次会议"),
        ("他们需要要要这是前提", "他们需要——这是前提"),
        # both edges words, four 要 (no dash has four em dashes): 重要——要求
        ("这一点很重要要要要求大家注意", "这一点很重要——要求大家注意"),
        # the ellipsis likewise: 抽噎……
        ("她不停地抽噎噎噎", "她不停地抽噎……"),
        # the People's Daily writes ——— (three em dashes): a run of three stays the dash where
        # the word before is no word of 要 (尊重 思想 前提 体重, though 重要 想要 提要 are words)
        ("该得到社会的尊重要要要这已经成为共识", "该得到社会的尊重———这已经成为共识"),
        ("董事会的指导思想要要要多换脑筋少换人", "董事会的指导思想———多换脑筋少换人"),
        ("需要一个前提要要要为母虎寻配偶", "需要一个前提———为母虎寻配偶"),
        ("他的体重要要要这是关键", "他的体重———这是关键"),
        # ... and a word of 要 after a run of three alone is no evidence (———求实 ———是 ———素洁)
        ("定位要要要求实为上", "定位———求实为上"),
        ("揭下红布要要要是一台北京牌的车", "揭下红布———是一台北京牌的车"),
        ("简洁的祝语要要要素洁", "简洁的祝语———素洁"),
        # the odd run before 要不要 (the rule before this one)
        ("我一直在犹豫要要要不要辞职", "我一直在犹豫——要不要辞职"),
        # an even run is the dash whole
        ("他终于来了要要这是关键", "他终于来了——这是关键"),
    ],
)
def test_a_word_keeps_its_look_alike_beside_a_dash(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "text",
    [
        "这一点很重要——这是关键。",
        "这一点很重要——要求大家注意。",
        "她不停地抽噎……",
        "该得到社会的尊重———这已经成为共识。",
    ],
)
def test_clean_dashes_stay(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a given name 遥 or 尧 after a role and a common surname (a byline, an author's line)
        ("渊记者王遥冤据报道", "（记者王遥）据报道"),
        ("渊记者李尧冤据报道", "（记者李尧）据报道"),
        # ... before an age: a lone surname ends no sentence and makes no list there
        ("王尧今年圆愿岁", "王尧今年28岁"),
        ("张遥今年猿缘岁", "张遥今年35岁"),
        # the marks stay marks: a list of surnames, a word before the surname, no role
        ("学生王尧李尧张三人获奖", "学生王、李、张三人获奖"),
        ("他想当国王遥今年圆愿岁的他很努力", "他想当国王。今年28岁的他很努力"),
        ("大家都姓王遥今年大家都来了", "大家都姓王。今年大家都来了"),
    ],
)
def test_a_given_name_of_stop_or_enumeration_look_alike(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a name ending an author's line after its label, and an item of a list of names (the
        # 尧 after it is a miss: it was read beside the 。 that 遥 was)
        ("本文作者院张遥\n", "作者：张遥\n"),
        ("作者院王尧\n", "作者：王尧\n"),
        ("获奖者院张明尧王遥尧李华遥\n", "张明、王遥"),
    ],
)
def test_a_given_name_ends_a_label_or_a_list_item(line: str, name: str) -> None:
    assert name in repair(garbled_context("") + "\n" + line)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 月 after a numeral or in a word before a word of capitals: the time noun
        ("今年猿月悦孕陨同比上涨", "今年3月CPI同比上涨"),
        ("上月郧阅孕同比增长", "上月GDP同比增长"),
        ("次月孕孕陨回落", "次月PPI回落"),
        ("本月悦孕陨同比上涨", "本月CPI同比上涨"),
        # 则 曾 遭 glued after a word of capitals, or of a consonant's end: the free words
        ("该公司悦耘韵曾表示", "该公司CEO曾表示"),
        ("悦孕哉则会自动降频", "CPU则会自动降频"),
        ("多款粤孕孕遭下架", "多款APP遭下架"),
        ("宰蚤灶凿燥憎泽则不同", "Windows则不同"),
        # a Latin word's own r stays (user, yes then 则 after a condition: the rule before this one)
        ("登录怎泽藻则可以", "登录user可以"),
        ("如设为赠藻泽则以", "如设为yes则以"),
        # 在 and 再 beside one, as before
        ("据报道袁悦孕陨在上涨", "据报道，CPI在上涨"),
    ],
)
def test_a_free_word_beside_a_word_of_capitals(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize("text", ["今年3月CPI同比上涨。", "该公司CEO曾表示，", "多款APP遭下架，", "Windows则不同。"])
def test_clean_acronyms_stay(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    ("snippet", "token"),
    [
        # before a digit the letter is the token's (SVr4 virbr0), and after a word of any case
        # but a plural's s too (-Mbdfinr, a man page's option)
        ("杂灾则源兼容", "SVr"),
        ("网桥增蚤则遭则园已创建", "virbr"),
        ("选项酝遭凿枣蚤灶则设置", "Mbdfinr设置"),
    ],
)
def test_a_latin_token_keeps_its_letter(snippet: str, token: str) -> None:
    assert token in repair(garbled_context(snippet))
