"""punct-shift (recall30): marks left silent in modern reviews, and the names and words that stay.

Each group is a linguistic fact: the repaired rows are the garble of clean sentences written for
the rule, and the rows kept beside them are the real names and words the rule must leave (the
clean text, garbled around them, comes back as written).
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, cases, garbled_context, garbled_rows, repair

ROWS = [
    # A given name that the text names in full with another surname (张爱玲) is that person's
    # where it stands alone: the 袁 before it is a comma, though the lexicon lists 袁爱玲 as a
    # full name of its own.
    *cases(
        "given-name-of-another",
        *garbled_rows(
            "多数人是因为爱玲才买的，如果想进一步研究张爱玲就不妨看一下，人品较差，爱玲比较冤",
            "读者都喜欢爱玲，张爱玲的小说写得好，爱玲的一生却很坎坷",
        ),
    ),
    # ... only after a clause that ends with an adjective: after a verb, 是, a preposition or a
    # noun the name is an object or in apposition, and two people of one given name meet in
    # results, award lists and classes; nor where the "given name" is a title (张师叔, 袁师叔).
    *cases(
        "lexicon-name-of-namesake-kept",
        *garbled_rows(
            "决赛中张建军战胜袁建军夺得冠军",
            "刘文杰击败袁文杰晋级决赛",
            "李国林推荐袁国林担任组长",
            "张桂茹照顾袁桂茹的孩子",
            "刘连珍领着袁连珍走进教室",
            "刘荣贵帮助袁荣贵度过了难关",
            "去年获奖的是张文杰，今年获奖的是袁文杰",
            "陈思怡的同桌袁思怡也考了满分",
            "文杰说，张文杰击败袁文杰晋级决赛",
            "张师叔传授剑法之后，弟子们又去拜见袁师叔",
            "孙督师战死之后，朝廷起用袁督师守辽东",
            "李按察到任不久，巡抚弹劾袁按察贪墨",
            "张师叔武功高强，师叔说，袁师叔也不弱",
        ),
    ),
    # A given name that the text names with another surname (张晓玲) may be a namesake's after
    # 是 or 叫, which name a person with no comma after them: 袁 stays (a doubt), while 但是 and
    # 于是, words that end a clause, and 是 'yes' that starts one keep the comma.
    *cases(
        "namesake-after-naming-verb-kept",
        *garbled_rows(
            "我的同学叫袁晓玲，她和张晓玲是好朋友",
            "张晓玲说：我的同桌是袁晓玲",
            "去年的冠军是张晓东，今年的冠军是袁晓东",
        ),
    ),
    *cases(
        "given-name-after-clause-word",
        *garbled_rows(
            "张晓东来晚了。于是，晓东只好站着",
            "张晓东迟到了。但是，晓东没有生气",
            "是，晓东说得对，张晓东点点头",
        ),
    ),
    # ... nor where the text never calls anyone by the given name alone.
    *cases("lexicon-name-never-alone-kept", *garbled_rows("张文杰的成绩较差袁文杰却考了满分")),
    # ... but not where the text names no one else so: 袁爱玲 is then her full name.
    *cases(
        "lexicon-name-kept",
        *garbled_rows(
            "班长袁爱玲学习很好",
            "张爱玲和袁爱玲是两个人",
            "我们去看望袁爱玲，她很高兴",
        ),
    ),
    # 姓 is the noun 'surname' in the set phrase 无名无姓 'nameless' and in 百姓: no surname
    # follows it, and the look-alike after it is a comma.
    *cases(
        "surname-noun",
        *garbled_rows(
            "有那么多的人值得我们敬仰，也许无名无姓，有那么多的人值得我们去学习",
            "他们无名无姓，却值得铭记",
            "普通百姓，也能参与",
        ),
    ),
    # ... but 无 'have no' before the verb 姓 says nobody bears the surname after it.
    *cases(
        "no-one-surnamed-kept",
        *garbled_rows(
            "本村并无姓袁者，此说恐误",
            "天下无姓袁之人乎",
            "查阅县志，境内无姓袁者居住",
            "此地自古无姓袁者，外来者亦少",
            "三国时，吴国并无姓袁之大将",
            "我们单位无姓袁领导",
            "村里无姓袁的人家",
        ),
    ),
    # ... while after the verb 姓 'be surnamed' the surname stays.
    *cases(
        "surname-verb-kept",
        *garbled_rows(
            "这位老人姓袁，今年八十岁",
            "他也姓袁，是个好人",
            "免贵姓叶，叶子的叶",
        ),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), ROWS)
def test_recall30(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


# 什么的 may own the noun after it ('V-O 什么的 + NAME' is a relative clause, and a casual list
# runs on into a place), so the 袁 after it stays a doubt, and 遥遥 after it may be the word.
KEPT_AFTER_LIST_CLOSER = cases(
    "after-shenmede-kept",
    *garbled_rows(
        "那个喜欢写诗什么的袁晓东昨天又来了",
        "这位爱好书法什么的袁志刚先生是我的邻居",
        "我认识一个做外贸什么的袁建华，人挺好",
        "那个整天研究股票什么的袁大明又赔钱了",
        "我去过婺源景德镇什么的袁州也去过",
        "寄往不知是什么的遥遥他乡",
    ),
)


@pytest.mark.parametrize(("snippet", "expected"), KEPT_AFTER_LIST_CLOSER)
def test_after_list_closer_kept(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize("text", ["查阅县志袁境内无姓袁", "无姓袁", "天下无姓袁"])
def test_no_one_surnamed_at_the_end(text: str) -> None:
    # (no text after 姓袁: the surname stays where the text ends)
    assert repair(text).endswith("无姓袁")
