"""Punct-shift on look-alike words of technical text and names that the fresh-text and lexicon
sweeps of session 30 found changed (session 31, words34): apt's and git's sources (源：, 源分支,
``[-e 源]``), a city in quotation marks (“大冶钢厂”), given names (由王遥主演, 王尧，男，35岁).
Each class: the look-alike the real word holds, which must stay, beside the garble the same rule
must still repair. The review's cases of the rules it reverted (噎住 after an ellipsis, GnuPG's
子钥, a source's line) stand here as main reads them."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, founder_garble, garbled_context, garbled_rows, kept_rows, repair

#: A garbled paragraph that opens each page below, so that the page is read as a garbled one.
GARBLED_OPENING = founder_garble("会议指出：“要抓好落实，创新活动方式，扩大覆盖。”推动发展。\n")


def page_repaired(clean: str) -> str:
    """The repair of the page ``clean`` garbled, after a garbled opening paragraph (without it)."""
    opening = repair(GARBLED_OPENING)
    fixed = repair(GARBLED_OPENING + founder_garble(clean))
    assert fixed.startswith(opening)
    return fixed[len(opening) :]


# -- 噎 after an ellipsis (the rule that kept 噎住 reverted) ----------------------------------
@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # an odd run of 噎 before a word of 噎 (噎住) stays marks: the word may be a wrong reading of
        # the next character's (………住得, ………住了三天), and the lexicon's margin is small
        ("这个酒店噎噎噎住得很不舒服", "这个酒店………住得很不舒服"),
        ("等了噎噎噎住了三天才走", "等了………住了三天才走"),
        # ... an even run is the ellipsis whole, whatever follows
        ("我说噎噎噎噎住了", "我说…………住了"),
        ("他说噎噎住在这里", "他说……住在这里"),
        # ... and a word's first 噎 before the run as before (抽噎……)
        ("她不停地抽噎噎噎", "她不停地抽噎……"),
        # ... no word of 噎 after the run: the run is marks (……噎着 reads worse than ………着)
        ("他说噎噎噎好的", "他说………好的"),
    ],
)
def test_choke_after_an_ellipsis(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


# -- a question after 子 or 主 (GnuPG's 子钥 主钥 are no words of the stage's) ------------------
@pytest.mark.parametrize(
    "clean",
    [
        # a question after a word of 子 or 主 (之子？ 是主？ 主公？ ask)
        "这是谁之子？他不知道。\n",
        "谁是主？众人无言。\n",
        "何处是主？\n",
        "你可知道主公？他来了。\n",
        "这是秘密？谁之子？\n",
        # ... also in a text that names keys elsewhere (the review's cases of a rule reverted)
        "他谈到私钥和密钥信息。记者问他：“这是什么样子？”他笑了。\n",
        "银行的U盾密钥很重要。“你是谁家的孩子？”她问。\n",
        "本文介绍公钥加密。谁是主？没有人回答。\n",
        "私钥泄露了。谁之子？\n",
    ],
)
def test_a_question_after_zi_or_zhu(clean: str) -> None:
    assert page_repaired(clean) == clean


# -- apt's and git's sources ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a count of branches takes 个: 源 before 分支 is the source
        *garbled_rows("未发现源分支", "无法找到源分支和目标分支"),
        # ... but a count stands before 分支机构, and 名 before 称职 称为 counts people (so 名称
        # is no such word: 软件源名称 is a miss)
        ("共设立了猿分支机构", "共设立了3分支机构"),
        ("选拔了猿名称职的教师", "选拔了3名称职的教师"),
        ("比赛前猿名称为一等奖", "比赛前3名称为一等奖"),
        # ... 分 and 名 before other words still count (a score, people, minutes)
        ("他得了源分", "他得了4分"),
        ("共有源名学生", "共有4名学生"),
        ("用了源分钟", "用了4分钟"),
        ("招收学员源名", "招收学员4名"),
        ("进入前源名单", "进入前4名单"),
    ],
)
def test_source_before_a_branch(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "clean",
    [
        # 源： labels its line as 目标： labels the line after or before it
        "源：%s\n目标：%s\n",
        "目标：/tmp/a\n源：/tmp/b\n",
        "  源：新华社\n  目标：读者\n",
    ],
)
def test_source_label_beside_target_label(clean: str) -> None:
    assert page_repaired(clean) == clean


@pytest.mark.parametrize(
    "clean",
    [
        # a line's 4： is an item of a list beside another item, even before a 目标： line
        "要求如下：\n3：按时到岗\n4：做好记录\n目标：完成任务\n",
        # ... and alone, with no 目标： beside it (the rule of a lone label is numbers.py's)
        "要求如下：\n4：做好记录\n其他：无\n",
    ],
)
def test_item_number_four_beside_a_target_label(clean: str) -> None:
    assert page_repaired(clean) == clean


@pytest.mark.parametrize(
    "clean",
    [
        # an option's argument in a usage line's brackets, beside other arguments in hanzi
        "  pg_ctl register [-D 数据目录] [-S 启动类型] [-e 源] [-W] [-t 秒数]\n",
        "  prog [--from 源] [--to 目标]\n",
    ],
)
def test_source_as_an_option_argument(clean: str) -> None:
    assert page_repaired(clean) == clean


@pytest.mark.parametrize(
    "clean",
    [
        # ... not alone, where 4 may be an option's value (make -j 4), nor a reference [4]
        "  make [-j 4]\n",
        "  使用 [-e 4] 运行\n",
        "请参见文献[4]和[5]。\n",
    ],
)
def test_a_number_in_brackets_stays_a_number(clean: str) -> None:
    assert page_repaired(clean) == clean


# -- a word that ends in a closer's look-alike inside a quotation ------------------------------------
@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 大冶 (a city) inside “…”: the next 冶 of plain hanzi after it closes the quotation
        ("冶金工业野大冶钢厂冶", "冶金工业“大冶钢厂”"),
        ("人称野湖北大冶钢厂冶的企业", "人称“湖北大冶钢厂”的企业"),
        # ... a closer right after the word, or after a mark, pairs as before
        ("他说院野去大冶冶后来又说", "他说：“去大冶”后来又说"),
        ("叫野大冶冶袁又叫野钢城冶", "叫“大冶”，又叫“钢城”"),
        # ... and where a word holds the later look-alike (冶金 冶炼 陶冶 大冶), the first closes
        ("企业要野做大冶的冶金产业", "企业要“做大”的冶金产业"),
        ("野越做越大冶的冶炼厂", "“越做越大”的冶炼厂"),
        ("野真大冶陶冶情操", "“真大”陶冶情操"),
        ("叫野大冶大冶", "叫“大”大冶"),
    ],
)
def test_city_in_a_quotation(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


# -- given names -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a person's record: the sex between commas after the name (。， 、， are never written)
        *garbled_rows("王尧，男，35岁", "李遥，女，汉族", "张尧，男，1962年生"),
        # 由 and a name before what the person does in a work: 由王。 ends no sentence
        *kept_rows("由王遥主演", "由张尧执导的电影", "该剧由李遥担任编剧"),
        # ... the marks around still repaired
        ("王某遥由此", "王某。由此"),
        ("他姓王遥袁男是他的朋友", "他姓王。袁男是他的朋友"),
        ("这片土地归王遥男女老少都来了", "这片土地归王。男女老少都来了"),
    ],
)
def test_given_names_yao(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_source_as_an_option_argument_in_full_width() -> None:
    # a Founder page sets some options' letters full-width: garbled with them (the S, e, t, W)
    # (whether the stage reads those letters is another rule's: only the source is asked here)
    line = "  pg_ctl register [-D 数据目录] [-杂 启动类型] [-藻 源] [-W] [-贼 秒数]\n"
    assert " 源] [-W]" in page_repaired(line)


# -- a source's line (the rule that raised its label's colon reverted) -----------------------------
@pytest.mark.parametrize(
    "clean",
    [
        # 来源院校 院长 院所 are words: the first 院 after 来源 may be the word's
        "来源院校：北京大学\n",
        "来源院长：王五\n",
        "来源院所：中科院\n",
        "姓名：张三\n来源院校：北京大学\n专业：法学\n",
        # ... and a credit's role keeps its colon on a source's line
        "来源：新华社 编辑：张三 审核：李四 摄影：王五\n",
        "来源：XX 图片摄影：王五\n",
    ],
)
def test_a_source_line(clean: str) -> None:
    assert page_repaired(clean) == clean
