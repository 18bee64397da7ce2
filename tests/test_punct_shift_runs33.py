"""Punct-shift: false repairs of real words found by the sweep of session 30 (sweep33), both
ways: the garbled shape each rule was written for still repairs, the real word stays. Each
case is stated as clean text and garbled here (marks, digits, dashes, ellipses and Latin
letters), as a Founder page garbles them."""

from __future__ import annotations

import pytest

from cleaner.chars import EM_DASH, FULLWIDTH_OFFSET, HORIZONTAL_ELLIPSIS
from cleaner.stages.punct_shift.table import shift_table
from tests.test_punct_shift import REPAIRED, founder_garble, garbled_context, repair


def _garbled(text: str) -> str:
    """``text`` garbled with its dashes, ellipses and Latin letters too (CPI 悦孕陨, —— 要要)."""
    table = {EM_DASH: "要", HORIZONTAL_ELLIPSIS: "噎"}
    for hanzi, entry in shift_table().items():
        if entry.kind == "letter":
            table[chr(ord(entry.symbol) - FULLWIDTH_OFFSET)] = hanzi
    return founder_garble(text).translate(str.maketrans(table))


def _repaired_in_context(clean: str) -> str:
    return repair(garbled_context(_garbled(clean)))


@pytest.mark.parametrize(
    "clean",
    [
        # a word's 要 beside a dash of two em dashes: the word keeps it
        "这一点很重要——这是关键",
        "主要——也是最重要的——是安全",
        "会议纪要——第三次会议",
        # both edges words, four 要 (no dash has four em dashes): 重要——要求
        "这一点很重要——要求大家注意",
        # the ellipsis likewise: 抽噎……
        "她不停地抽噎……",
        # the People's Daily writes ——— (three em dashes): a run of three stays the dash where
        # the word before is no word of 要 (尊重 思想 前提 体重, though 重要 想要 提要 are words)
        "该得到社会的尊重———这已经成为共识",
        "董事会的指导思想———多换脑筋少换人",
        "需要一个前提———为母虎寻配偶",
        "他的体重———这是关键",
        # ... and a word of 要 after a run of three alone is no evidence (———求实 ———是 ———素洁)
        "定位———求实为上",
        "揭下红布———是一台北京牌的车",
        "简洁的祝语———素洁",
        # the odd run before 要不要 (the rule before this one), an even run whole
        "我一直在犹豫——要不要辞职",
        "他终于来了——这是关键",
    ],
)
def test_a_word_keeps_its_look_alike_beside_a_dash(clean: str) -> None:
    assert _repaired_in_context(clean) == REPAIRED.format(clean)


@pytest.mark.parametrize(
    "clean",
    [
        # a given name 遥 or 尧 after a role and a common surname (a byline)
        "（记者王遥）据报道",
        "（记者李尧）据报道",
        # ... before an age: a lone surname ends no sentence and makes no list there
        "王尧今年28岁",
        "张遥今年35岁",
        # the marks stay marks: a list of surnames, a word before the surname, no role
        "学生王、李、张三人获奖",
        "他想当国王。今年28岁的他很努力",
        "大家都姓王。今年大家都来了",
    ],
)
def test_a_given_name_of_stop_or_enumeration_look_alike(clean: str) -> None:
    assert _repaired_in_context(clean) == REPAIRED.format(clean)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a name ending an author's line after its label, and an item of a list of names (the
        # 尧 after it is a miss: it was read beside the 。 that 遥 was)
        ("本文作者：张遥\n", "作者：张遥\n"),
        ("获奖者：张明、王遥、李华。\n", "张明、王遥"),
    ],
)
def test_a_given_name_ends_a_label_or_a_list_item(line: str, name: str) -> None:
    assert name in repair(garbled_context("") + "\n" + _garbled(line))


@pytest.mark.parametrize(
    "clean",
    [
        # 月 after a numeral or in a word before a word of capitals: the time noun
        "今年3月CPI同比上涨",
        "上月GDP同比增长",
        "次月PPI回落",
        "本月CPI同比上涨",
        # 则 曾 遭 glued after a word of capitals, or of a plural's s: the free words
        "该公司CEO曾表示",
        "CPU则会自动降频",
        "多款APP遭下架",
        "Windows则不同",
        # 则 after a condition (the rule before this one); 在 beside a word of capitals
        "如设为yes则以",
        "据报道，CPI在上涨",
    ],
)
def test_a_free_word_beside_a_word_of_capitals(clean: str) -> None:
    assert _repaired_in_context(clean) == REPAIRED.format(clean)


@pytest.mark.parametrize(
    ("clean", "token"),
    [
        # before a digit the letter is the token's (SVr4 virbr0), and after a word of any case
        # but a plural's s too (-Mbdfinr, a man page's option)
        ("SVr4兼容", "SVr"),
        ("网桥virbr0已创建", "virbr"),
        ("选项Mbdfinr设置", "Mbdfinr设置"),
    ],
)
def test_a_latin_token_keeps_its_letter(clean: str, token: str) -> None:
    assert token in _repaired_in_context(clean)


@pytest.mark.parametrize(
    "text",
    [
        "这一点很重要——这是关键。",
        "这一点很重要——要求大家注意。",
        "她不停地抽噎……",
        "该得到社会的尊重———这已经成为共识。",
        "（记者王遥）据报道，",
        "王尧今年28岁，",
        "今年3月CPI同比上涨。",
        "该公司CEO曾表示，",
        "多款APP遭下架，",
        "Windows则不同。",
    ],
)
def test_the_clean_versions_stay(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(
    "clean",
    [
        # review of runs33 #1: a verb or adverb of one hanzi before the People's Daily's ———,
        # where X要 is a word too: the speaker breaks off, no 要 is added (我不——— not 我不要——)
        "我不———我不是这个意思",
        "我想———我想回家",
        "你想———想干什么",
        "他停下来想———这到底是为什么",
        "我们在想———如何才能做得更好",
        "他还———还没有来",
        "我只———只想回家",
        "他快———快不行了",
        "我需———需要帮助",
        # ... and where the document writes ——— elsewhere, its dash is ———
        "他终于来了———这是关键。我想———我想回家",
        "他终于来了———这是关键。这一点很重———这是关键",
        # the adjectives and nouns still keep their 要
        "会议纪要——第三次会议",
        "这是必要——也是唯一的办法",
        "主要——要素",
        # #2: 今年 and a number is a date unless 岁 follows: the stop after the surname-like
        # predicate is a stop
        "他欠了很多钱。今年5月，他终于还清了债务",
        "监管越来越严。今年1月起施行",
        "从这以后管得更严。今年2月",
        "中午喝了一碗汤。今年3月以来",
        "他们卖的是牛。今年3月",
        "这家伙真牛。今年28岁就当上了总经理",
        "纪律更严、今年8月起施行",
        # #3: a role noun, a predicate of one hanzi and 、 make a parallel list
        "老师严、学生勤、校风正",
        # #4: a B after a numeral or a word of 月 is the word's, unless a monthly figure follows
        "4.4BSD的变种",
        "386BSD是早期的版本",
        "8BIT风格的游戏",
        "16BIT的色深",
        "3BHK的户型",
        "请按说明BIOS设置",
        # #5: the x of a term before a noun (曾 'once' stands before a verb)
        "DDRx内存",
    ],
)
def test_review_runs33_real_text_stays(clean: str) -> None:
    assert _repaired_in_context(clean) == REPAIRED.format(clean)


@pytest.mark.parametrize(
    ("clean", "kept"),
    [
        # review of runs33: older misses beside these rules, the part that must stay right
        ("源自4.4BSD的系统", "4BSD的系统"),
        ("医生严、护士勤", "医生严"),
        ("司机牛、乘客多", "司机牛"),
    ],
)
def test_review_runs33_no_word_is_broken(clean: str, kept: str) -> None:
    assert kept in _repaired_in_context(clean)


def test_a_run_of_dashes_is_read_in_linear_time() -> None:
    """Each run's edge is read in a window around it (review of runs33 #6: a copy of the text per
    run made a long page of runs quadratic)."""
    import time

    text = _garbled("这一点很重要——求大家注意。") * 4000
    began = time.perf_counter()
    repair(text)
    assert time.perf_counter() - began < 30
