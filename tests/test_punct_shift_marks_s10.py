"""punct-shift: natural text dense in mark look-alikes inside a garbled paragraph (session 10):
lines that end in a look-alike with no mark (headlines, verse, titles), classical text (帝尧,
其辞曰, 孔子曰) and a ） that nothing opens; and the same constructs where they are marks."""

from __future__ import annotations

import pytest

from cleaner.stages.punct_shift.pairing import _never_opened
from tests.test_punct_shift import repair

#: A garbled paragraph before the snippet's line and after it.
BEFORE = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶他说袁我们要继续努力遥\n"
BEFORE_REPAIRED = "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”他说，我们要继续努力。\n"
AFTER = "\n据介绍袁该项目总投资很大遥"
AFTER_REPAIRED = "\n据介绍，该项目总投资很大。"
#: A garbled sentence whose comma the snippet follows, and what follows it.
CLAUSE = "今年以来袁全市经济运行平稳遥"
CLAUSE_REPAIRED = "今年以来，全市经济运行平稳。"


def on_its_own_line(snippet: str) -> str:
    """``snippet`` as a line of its own (a headline, a verse) between garbled paragraphs."""
    return BEFORE + snippet + AFTER


def at_the_end(snippet: str) -> str:
    """``snippet`` as the last words of a garbled text, after a sentence."""
    return BEFORE + CLAUSE + snippet


@pytest.mark.parametrize(
    "snippet",
    [
        # a ） look-alike that nothing before it opens (no 渊 （ or ( anywhere) is the hanzi
        "我很冤",
        "比窦娥还冤",
        "死得冤",
        # 千里之遥: words of the table (jieba counts 之遥 3 only)
        "千里之遥",
        "相距千里之遥",
        "万里之遥",
        "几步之遥",
        # 帝尧 (Emperor Yao): a word of the table
        "帝尧之时",
        "帝尧陶唐氏",
        "上古帝尧",
        # 其 and one hanzi before 曰 at a clause start: who speaks (its words say)
        "其辞曰",
        "其一曰",
        "其文曰",
        "其铭曰",
        # a master's 曰 ends the line, the quotation on the next
        "孔子曰",
        "老子曰",
        "太史公曰",
        # no · ends a line: the kiln
        "瓦窑",
        "汝窑",
    ],
)
def test_line_ending_in_a_lookalike_is_kept(snippet: str) -> None:
    assert repair(on_its_own_line(snippet)) == BEFORE_REPAIRED + snippet + AFTER_REPAIRED
    assert repair(at_the_end(snippet)) == BEFORE_REPAIRED + CLAUSE_REPAIRED + snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "帝尧之时",
        "帝尧陶唐氏",
        "其辞曰",
        "其一曰",
        "千里之遥",
    ],
)
def test_classical_text_in_a_sentence_is_kept(snippet: str) -> None:
    """The same between two garbled sentences, with no line break."""
    text = BEFORE + CLAUSE + snippet + CLAUSE + AFTER
    assert repair(text) == BEFORE_REPAIRED + CLAUSE_REPAIRED + snippet + CLAUSE_REPAIRED + AFTER_REPAIRED


@pytest.mark.parametrize(
    "snippet",
    [
        # natural text dense in look-alikes that already holds: a guard on the rules above
        "尧舜禹汤",
        "唐尧虞舜",
        "尧舜之道",
        "遥望故乡",
        "遥控飞机",
        "遥感卫星",
        "产量遥遥领先",
        "逍遥自在",
        "遥远的地方",
        "他在医院工作",
        "市人民医院",
        "中国科学院",
        "最高人民法院",
        "音乐学院的学生",
        "要把工作做好",
        "要坚持以人民为中心",
        "野生动物保护",
        "田野里的稻子",
        "开阔视野",
        "野外生存训练",
        "冶金工业",
        "陶冶情操",
        "钥匙丢了",
        "一把钥匙开一把锁",
        "沐浴阳光",
        "海水浴场",
        "窑洞",
        "砖窑",
        "瓷窑遗址",
        "渊博的知识",
        "如临深渊",
        "冤假错案",
        "申冤",
        "鸣冤叫屈",
        "因噎废食",
        "子曰学而时习之",
        "院长讲话",
        "中国工程院院士",
        "遥相呼应",
        "冤家路窄",
        "景德镇官窑",
        "洗浴中心",
        "诗曰",
        "走进医院",
        "一步之遥",
        "咫尺之遥",
        "浴血奋战",
    ],
)
def test_natural_text_dense_in_lookalikes_is_kept(snippet: str) -> None:
    assert repair(on_its_own_line(snippet)) == BEFORE_REPAIRED + snippet + AFTER_REPAIRED
    text = BEFORE + CLAUSE + snippet + "袁" + CLAUSE + AFTER
    assert repair(text) == BEFORE_REPAIRED + CLAUSE_REPAIRED + snippet + "，" + CLAUSE_REPAIRED + AFTER_REPAIRED


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a ） that a 渊 before it opens, at a line end: the mark
        ("会议由市长主持渊记者王华冤", "会议由市长主持（记者王华）"),
        # 其一 and 其二 after a comma: the semicolon between them is read
        ("原因有二院其一袁基础薄弱曰其二袁投入不足", "原因有二：其一，基础薄弱；其二，投入不足"),
        # · between two names, not at a line end
        ("马克窑吐温的小说", "马克·吐温的小说"),
        # a sentence that ends with 路 keeps its full stop (路遥 is no word of the table)
        ("走出了一条自我发展之路遥", "走出了一条自我发展之路。"),
        # 之遥 after no distance: the full stop
        ("总之遥", "总之。"),
    ],
)
def test_marks_in_the_same_constructs_are_repaired(snippet: str, expected: str) -> None:
    assert repair(on_its_own_line(snippet)) == BEFORE_REPAIRED + expected + AFTER_REPAIRED


def test_unopened_closer_after_an_opener_elsewhere_is_read() -> None:
    """The rule asks for no opener anywhere before: a 渊 earlier in the text lets the pairing
    decide (渊附图冤 pairs; a second 冤 later is judged as before)."""
    text = BEFORE + "渊附图冤\n我很冤" + AFTER
    assert repair(text).startswith(BEFORE_REPAIRED + "（附图）\n")


@pytest.mark.parametrize(
    ("text", "never_opened"),
    [
        ("我很冤", True),
        ("渊附图冤我很冤", False),  # a 渊 before it
        ("(见上)我很冤", False),  # an ASCII ( before it
        ("员冤", False),  # after a number's look-alike: an item (1）)
        ("一冤", False),  # after a numeral: an item (一）)
        ("a冤", False),  # after a letter: an item (a）)
        ("客人遥院冤", False),  # after a look-alike, a mark maybe: the smiley ：）
    ],
)
def test_a_closer_that_nothing_opens(text: str, never_opened: bool) -> None:
    assert _never_opened(text, len(text) - 1) is never_opened


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # _date_range_dashes: a single 要 between two points of time
        ("预报渊员怨怨愿年元月员日圆园时要元月圆日圆园时冤", "预报（1998年元月1日20时—元月2日20时）"),
        ("在周六要周日将大幅减少版面", "在周六—周日将大幅减少版面"),
        # _model_dashes: between a proper name and a number that counts nothing
        ("此项工程按满足伊尔要86货运全载起飞的标准设计", "此项工程按满足伊尔—86货运全载起飞的标准设计"),
    ],
)
def test_single_dash_between_times_or_a_model_name_and_number(snippet: str, expected: str) -> None:
    assert repair(on_its_own_line(snippet)) == BEFORE_REPAIRED + expected + AFTER_REPAIRED


@pytest.mark.parametrize(
    "snippet",
    [
        # the verb 要 after a time wants an action, before a number a quantity with its unit
        "周六要加班",
        "晚上8时要到会场",
        "中国要86架飞机",
        "美国要30亿美元的订单",
        "伊拉克要5个",
        # the verb after a name before a number and no unit: a name of no proper-name tag
        "老师要30份材料",
    ],
)
def test_verb_between_a_time_or_a_name_and_a_number_is_kept(snippet: str) -> None:
    assert repair(on_its_own_line(snippet)) == BEFORE_REPAIRED + snippet + AFTER_REPAIRED
