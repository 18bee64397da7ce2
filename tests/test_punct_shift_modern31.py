"""punct-shift (modern31): modern genres the dev sets thin out (records, manuals, sports reports).

Each group is a linguistic fact: the repaired rows are the garble of clean sentences written for
the rule, and the rows kept beside them are the real names and words the rule must leave (the
clean text, garbled around them, comes back as written).
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, cases, garbled_context, garbled_rows, repair

ROWS = [
    # A record states a person's sex alone between commas after the person (患者，男，56岁): 男
    # there is the field, no given name of one character, so the 袁 before it is the comma.
    *cases(
        "sex-of-a-record",
        *garbled_rows(
            "患者，男，56岁，因反复咳嗽两周入院",
            "死者，男，约40岁，身份不明",
            "患者，女，45岁，主诉头痛三天",
            "被告人张某，男，1980年出生，汉族",
        ),
    ),
    # ... while 男 before more of a sentence, a given name ending with 男, and 男 or 女 after a
    # label's colon or a noun no record describes (姓名：袁男; 女儿袁女) stay a name's
    *cases(
        "sex-word-in-a-name-kept",
        *garbled_rows(
            "他的儿子袁男今年上小学",
            "运动员袁胜男获得冠军",
            "记者袁亚男报道",
            "姓名：袁男，性别：男",
            "他们的女儿袁女，今年五岁",
        ),
    ),
    # The modals 应 and 须 ('should', 'must') start a clause whose subject the text left out
    # (，应与售后服务中心联系): before a function word they are no one-hanzi given name, and
    # the 袁 before them is the comma.
    *cases(
        "modal-starts-a-clause",
        *garbled_rows(
            "如遇故障，请勿自行拆卸，应与售后服务中心联系",
            "发现问题后，应立即停止使用，应与经销商联系",
            "使用前，须仔细阅读说明书",
            "请勿自行维修，须与厂家联系",
        ),
    ),
    # ... while 应 starts given names (袁应华 袁应龙) after a role
    *cases(
        "given-name-starting-with-ying",
        *garbled_rows(
            "副市长袁应华出席会议并讲话",
            "公司总经理袁应龙表示，今年销量将增长",
            "记者袁应明报道",
            "主持人袁应平宣布会议开始",
            "村支书袁应才带领村民修路",
            "教练袁应强对队员们的表现很满意",
            "副市长袁应华出席会议并讲话，他指出，应加快推进医院建设",
        ),
    ),
    # 向 'towards, to' needs its object and ends no clause of modern prose, so the 袁 after it
    # is the surname, whatever the given name's shape (one hanzi before a verb: 袁伟借)
    *cases(
        "surname-after-xiang",
        *garbled_rows(
            "他向袁伟借了一本书",
            "主裁判向袁浩出示了黄牌",
        ),
    ),
    # ... while a word ending with 向 (方向 一向 转向) may end a clause before the comma
    *cases(
        "word-ending-with-xiang",
        *garbled_rows(
            "这是我们的方向，伟大的事业需要奋斗",
            "他一向，说话算数",
            "他把这个问题转向，被大家否定了",
        ),
    ),
    # A results list names each placing's winner: 袁 between a placing and a given name that the
    # next placing follows across a comma is the surname (冠军，媛，亚军 would leave 媛 alone)
    *cases(
        "winner-of-a-placing",
        *garbled_rows(
            "冠军袁媛，亚军叶丹，季军王芳",
            "获奖名单：一等奖袁杰，二等奖叶辉，三等奖王磊",
            "男子组冠军袁浩然、亚军李强",
        ),
    ),
    # ... while a placing that ends a clause keeps its comma (no placing after the next words),
    # placings listed by their numerals are no name (获二、三等奖), nor placings listed alone
    *cases(
        "placing-ends-a-clause",
        *garbled_rows(
            "中学队并列男子高中组冠军，钢研技校队获男子职教组冠军",
            "他获得了冠军，杰出的表现赢得了掌声",
            "三人获一等奖，获二、三等奖的作者共13人",
            "本次比赛的冠军，亚军，季军分别由三所学校获得",
            "冠军，中国，亚军，日本，季军，韩国",
        ),
    ),
    # 尧 before 和 after a surname is a given name's (李尧和: no 、 stands before the conjunction),
    # so it shows no list going on for the next 尧 after a surname (张尧是): both names stay
    *cases(
        "yao-names-joined",
        *garbled_rows(
            "李尧和张尧是同学",
            "李尧峰、张尧和王尧都参加了比赛",
        ),
    ),
    # ... while a list of single hanzi with a conjunction keeps its commas
    *cases(
        "list-with-a-conjunction",
        *garbled_rows(
            "省、市、县和乡、镇的干部",
            "党、政、军和工、青、妇",
        ),
    ),
    # "More than" (多 余) follows a round count, and no count of two digits or more starts with 0:
    # 园园多次 after a role and 袁 is a given name (袁园园), no ，00多次.
    *cases(
        "no-count-starts-with-zero",
        *garbled_rows(
            "守门员袁园园多次扑出险球，被评为本场最佳球员",
            "运动员袁园园多年来刻苦训练",
        ),
    ),
    # ... while round counts before 多 and 余 are numbers
    *cases(
        "round-count-before-more-than",
        *garbled_rows(
            "今年共有20多名学生参加",
            "全市有300多家企业，200余所学校",
            "他已经工作了10多年",
        ),
    ),
]


@pytest.mark.parametrize(("garbled", "expected"), ROWS)
def test_modern31(garbled: str, expected: str) -> None:
    assert repair(garbled_context(garbled)) == REPAIRED.format(expected)
