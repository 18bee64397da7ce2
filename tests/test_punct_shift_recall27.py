"""punct-shift (recall27): digits in modern prose that no unit follows, and names that stay.

Each group is a linguistic fact: the repaired rows are the garble of clean sentences written for
the rule, and the rows kept beside them are the real names and words the rule must leave (the
clean text, garbled around them, comes back as written).
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, cases, garbled_context, garbled_rows, repair

ROWS = [
    # The name before 地 stays: 地 may start a word (地址 地主 地震) or be typed for 的 before a
    # noun, even one the lexicon calls a verb (表演 回答), and 被 和 end no clause (recall27's
    # rule of the adverbial before 地 was withdrawn for these, from its review).
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
            "学生袁静静地震中失去了双亲，由奶奶抚养长大",
            "主持人袁静静地表演赢得了掌声",
            "同学袁静静地为人大家都知道",
            "他被袁默默地感动了",
            "我和袁静静地坐在一起",
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
            "现场的工作人\r\n员远比观众紧张",
            "全体队\n员愿与大家共勉",
            "这位老队\n员圆了自己的冠军梦",
            "项目组 Staff\n员远比观众紧张",  # (a Latin word ends the line before 员: no clause's start)
        ),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), ROWS)
def test_recall27(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
