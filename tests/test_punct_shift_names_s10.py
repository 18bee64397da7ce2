"""punct-shift: real names with the surnames 袁 and 叶 in natural text inside a garbled
document stay hanzi: a name alone in a cell of a roster or a table (姓名 袁晓峰), a name that
starts a sentence after a quoted one (“好的。”袁明点点头), and the surname, family and plant
words of 袁 and 叶 in running text.
"""

from __future__ import annotations

import pytest

from cleaner.tables import read_tsv
from tests.test_punct_shift import REPAIRED, garbled_context, repair

#: A garbled paragraph before and after the snippet (，。“” as 袁遥野冶).
GARBLED_BEFORE = "会议指出院野要抓好落实遥冶他说袁我们要继续努力遥\n"
GARBLED_AFTER = "\n据介绍袁该项目总投资员圆亿元遥"
REPAIRED_BEFORE = "会议指出：“要抓好落实。”他说，我们要继续努力。\n"
REPAIRED_AFTER = "\n据介绍，该项目总投资12亿元。"


def in_garbled_document(snippet: str) -> str:
    return GARBLED_BEFORE + snippet + GARBLED_AFTER


#: A garbled sentence around the snippet on its line (a sentence of running text).
GARBLED_SENTENCE = "今年以来袁全市经济运行平稳遥"


def kept(snippet: str, *, in_line: bool = True) -> bool:
    """Whether ``snippet`` (clean, with real surnames) comes back unchanged, its garbled
    neighbours repaired: on a line of its own in the middle and at the end of a garbled
    document, and (``in_line``: running text, no table) between garbled sentences."""
    middle = repair(in_garbled_document(snippet)) == REPAIRED_BEFORE + snippet + REPAIRED_AFTER
    at_end = repair(GARBLED_BEFORE + snippet) == REPAIRED_BEFORE + snippet
    # (a line that mixes real marks with look-alikes may be left whole: only the snippet is read)
    line = repair(in_garbled_document(GARBLED_SENTENCE + snippet + GARBLED_SENTENCE))
    after_sentence = not in_line or snippet in line
    return middle and at_end and after_sentence


@pytest.mark.parametrize(
    "snippet",
    [
        # a name alone in a cell: after a space or a tab, before a space, a tab or the line end
        "姓名 袁晓峰",
        "主持人 袁晓峰",
        "姓名\t袁丽",
        "序号 姓名 性别\n1 袁晓峰 男\n2 叶小青 女",
        "作者 叶青\n负责人 袁建华",
        "袁晓峰 男 1980\n叶小青 女 1985",
        # after a sentence quoted whole (。” ？” ！”): no comma follows it
        "“你好。”袁丽笑着说。",
        "“好的。”袁明点点头。",
        "“真的吗？”叶飞问。",
        "“太好了！”袁红跳了起来。",
    ],
)
def test_a_name_in_a_cell_or_after_a_quoted_sentence_is_kept(snippet: str) -> None:
    assert kept(snippet, in_line="\n" not in snippet and " " not in snippet and "\t" not in snippet)


#: Natural sentences with 袁 and 叶 as surnames, family names and plant words: none may change.
NATURAL = [
    "袁晓峰是我们班的班长。",
    "叶青今年二十岁。",
    "他说：“袁老师好。”",
    "我们请来了袁某。",
    "我们请来了袁教授。",
    "他告诉袁老师一件事。",
    "袁丽走进教室。",
    "叶飞说他不去了。",
    "袁某承认了犯罪事实。",
    "叶某当天没有上班。",
    "袁家的院子很大。",
    "叶家有三个孩子。",
    "袁氏家族历史悠久。",
    "叶公好龙的故事大家都知道。",
    "一叶知秋，天气转凉。",
    "秋天的叶子黄了。",
    "他手里拿着一块袁大头。",
    "袁、叶二人是好朋友。",
    "袁叶二人同时获奖。",
    "树叶落了一地。",
    "茶叶的价格上涨了。",
    "叶片上有露珠。",
    "叶绿素吸收阳光。",
    "清朝末叶，国力衰微。",
    "明朝中叶以后，商业繁荣。",
    "十九世纪中叶，工业革命兴起。",
    "我和袁明是同学。",
    "他把书交给了叶红。",
    "叶老先生已经九十岁了。",
    "袁大爷每天早上锻炼。",
    "老袁笑了。",
    "小叶回来了。",
    "袁晓峰和叶青结婚了。",
    "叶圣陶是著名作家。",
    "袁隆平被誉为杂交水稻之父。",
    "袁世凯称帝失败。",
    "导演袁牧之拍摄了这部电影。",
    "我的朋友叶文很喜欢画画。",
    "这是袁红的书。",
    "张老师和袁老师都来了。",
    "昨天叶晓明来找我。",
    "他的妻子袁芳是医生。",
    "队长叶强带领大家前进。",
    "荷叶上滚动着水珠。",
    "落叶归根。",
    "枝繁叶茂。",
    "叶芝是爱尔兰诗人。",
    "她叫叶小红。",
    "我姓袁。",
    "他姓叶，叫叶明。",
    "袁晓峰，男，汉族。",
    "这位袁先生很客气。",
    "她嫁给了叶家的大儿子。",
    "袁某某涉嫌盗窃。",
    "被告人袁某辩称。",
    "袁丽丽考上了大学。",
    "袁立新当选为村长。",
    "叶建华担任组长。",
    "新来的叶医生很年轻。",
    "见到袁伯伯我很高兴。",
    "叶阿姨做的饭好吃。",
    "“走吧。”叶飞说。",
    "他说：“没问题。”袁丽也同意了。",
    "她认识叶红很多年了。",
    "大家都喜欢袁老师。",
    "袁、叶两家是世交。",
    "几块袁大头。",
    "每片叶子都不一样。",
    "松叶和竹叶。",
    "叶脉清晰可见。",
    "宋朝末叶，战乱频仍。",
    "叶氏宗祠。",
    "作者简介：袁晓峰，教授。",
    "编辑：叶红",
]


@pytest.mark.parametrize("snippet", NATURAL)
def test_natural_sentences_with_the_surnames_stay(snippet: str) -> None:
    assert kept(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a noun that ends in an agent suffix but names no person (回家 国家 下功夫): no name evidence
        ("有一次袁她骑自行车回家袁竟把一条假腿丢在了马路上", "有一次，她骑自行车回家，竟把一条假腿丢在了马路上"),
        ("我国目前还是低收入国家袁恩格尔系数即食品类消费", "我国目前还是低收入国家，恩格尔系数即食品类消费"),
        ("在问题上下功夫袁扎扎实实地把工作做好", "在问题上下功夫，扎扎实实地把工作做好"),
    ],
)
def test_a_comma_after_a_noun_that_names_no_person_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_the_person_nouns_hold_no_noun_of_another_sense() -> None:
    nouns = {row[0] for row in read_tsv("person_nouns.tsv")}
    assert nouns.isdisjoint({"麻将", "需将", "行将", "国家", "回家", "下功夫", "工夫", "卫生", "增长", "器官"})
    assert {"年轻人", "后卫", "茶农", "中将", "老将", "专家", "画家"} <= nouns


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # three hanzi that begin with a surname, even a rarer one (阮), before a military rank:
        # a full name of three, so the 袁 before them is a comma (袁阮华盛 would be a name of four)
        (
            "范清银中将任总政治局主任袁阮华盛少将任总技术局主任",
            "范清银中将任总政治局主任，阮华盛少将任总技术局主任",
        ),
    ],
)
def test_a_comma_before_a_full_name_and_a_rank_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "主任袁林海少将",
        # known failure (before this branch too): 林海 reads as a full name of its own after
        # 见到了 (，林海少将), though no clause ends with 见到了
        pytest.param("他见到了袁林海少将", marks=pytest.mark.xfail(strict=True, reason="，林海 read as a full name")),
    ],
)
def test_a_surname_before_a_given_name_and_a_rank_stays(snippet: str) -> None:
    assert kept(snippet)
