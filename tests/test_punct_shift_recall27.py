"""punct-shift (recall27): commas' look-alikes in modern prose that only looked like a name.

Each group is a linguistic fact: the repaired rows are the garble of clean sentences written for
the rule, and the rows kept beside them are the real names and words the rule must leave (the
clean text, garbled around them, comes back as written).
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, cases, garbled_context, garbled_rows, repair

ROWS = [
    # 地 after two hanzi makes them an adverbial of the verb after it (深深地打动了); a person's
    # name takes no 地, so after a verb whose object is a person the 袁 before an adverb the
    # lexicon holds (深深地 静静地 默默地) is a comma, though it doubles a character as names do.
    *cases(
        "adverbial-after-comma",
        *garbled_rows(
            "慰问团到边防部队进行慰问，深深地打动了驻守边关的官兵",
            "市领导来到社区看望，静静地听了老人们的心里话",
            "志愿者们到敬老院慰问，默默地为老人打扫房间",
            "记者随后采访了，慢慢地走进了村民的家",
        ),
    ),
    # The name stays where 地 starts a word (地址, 地主), where informal text types 地 for 的
    # (圆圆地妈妈, 静静地妈妈, 婷婷地学习情况), and where no 地 follows at all.
    *cases(
        "name-kept-before-di",
        *garbled_rows(
            "我们去看望袁圆圆，她很高兴",
            "我们去看望袁圆圆的妈妈",
            "我们去看望袁圆圆地妈妈",
            "我们去看望袁静静地妈妈",
            "领导慰问袁婷婷地学习情况",
            "他们去看望袁圆圆地主家的孩子",
            "慰问团到医院看望了袁婷婷，她的伤已经好多了",
            "记者袁丽丽报道",
        ),
    ),
    # 员 stands only inside words (人员 员工): at a clause's start, two digit look-alikes, the
    # first 员, that no word holds are a number, though no unit follows.
    *cases(
        "bound-pair",
        *garbled_rows(
            "价格又降了，13就能买到",
            "我已经有一台了，14的本带着不方便",
            "他考了多少？13？14？我记不清了",
            "我朋友的儿子，13了，个子很高",
            "房间在三楼，13住满了",
            "这次考试的排名出来了，13，比上次进步了",
        ),
    ),
    # ... but not where a word holds one of them, nor 员 of a noun for people the lexicon lacks
    # (快递员 园员 巨猿), nor a pair after a hanzi, nor 员 typed twice (说服员员).
    *cases(
        "bound-pair-kept",
        *garbled_rows(
            "工作人员圆满完成了任务",
            "周口店北京猿人遗址",
            "他和那位演员缘分不浅",
            "新队员源源不断地加入",
            "公园里的园员们也捐出了积蓄",
            "我到了前台，又说服员员没时间",
            "会员圆梦计划正式启动",
            "今天的快递员远比我想象的专业",
            "公园的园员说，今天不开门",
            "科学家发现，巨猿远比现代猩猩高大",
            "动物学家说，猿远比猴子聪明",
            "单位的管理人\n员远赴外地学习",
            "单位的管理人 员远赴外地学习",
        ),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), ROWS)
def test_recall27(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
