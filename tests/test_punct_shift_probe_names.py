"""punct-shift: real names from a probe of natural sentences (袁 before a given name after a verb
or a preposition, short titles, a surname beside its own garbled mark), each inside a garbled
paragraph: the name is kept (reported at most), and garbled commas around it are repaired."""

from __future__ import annotations

import pytest

from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from tests.test_punct_shift import repair
from tests.test_punct_shift_names import REPAIRED, garbled_context

#: (class 1) 袁 + a given name after a verb or a preposition that takes a person as its object.
OBJECT_NAMES = [
    "记者日前采访了袁晓峰袁他是这家合作社的带头人",
    "我在车站碰见了袁明袁他正要回老家",
    "这封信是写给袁立新的",
    "妈妈让我把这本书还给袁芳",
    "我们都很佩服袁梅的勇气",
    "老师表扬了袁浩和李静两位同学",
    "这笔钱最后转给了袁刚的妻子",
    "据袁红说袁她每天要走十几里山路去上学",
    "昨天袁我们看望了袁秀英老人",
    "县里表彰了袁国庆等十名先进个人",
    "他把奖状递给了袁丽华",
    "我认识袁小平已经二十多年了",
    "这次获得冠军的是袁梦瑶",
    "记者见到袁振华时袁他正在地里干活",
    "我问袁晓东为什么要辞职",
    "关于袁晓峰同志的任职问题袁组织上已经研究过了",
    "上级决定授予袁建国同志野优秀共产党员冶称号",
    "我们都喜欢袁媛",
    "校长批评了袁磊",
    "以袁晓峰为首的团队完成了这项研究",
    "在袁晓峰的带领下袁村民们脱贫致富",
    "除了袁晓峰袁其他人都同意了",
    "像袁晓峰这样的好干部还有很多",
    "听说袁晓峰要回来了",
    "直到袁晓峰来了以后袁情况才好转",
    "当袁晓峰赶到时袁火已经灭了",
    "在袁明的建议下袁大家改变了计划",
    "对袁晓峰的处理决定已经下达",
]


def _truth(snippet: str) -> str:
    """The snippet as written: a 袁 before a name stays, the garbled marks are repaired."""
    return (
        snippet.replace("袁他", "，他")
        .replace("袁她", "，她")
        .replace("袁我们", "，我们")
        .replace("袁组织", "，组织")
        .replace("袁村民", "，村民")
        .replace("袁其他", "，其他")
        .replace("袁情况", "，情况")
        .replace("袁火", "，火")
        .replace("袁大家", "，大家")
        .replace("野", "“")
        .replace("冶", "”")
    )


@pytest.mark.parametrize("snippet", OBJECT_NAMES)
def test_a_name_after_a_verb_or_a_preposition_is_kept(snippet: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(_truth(snippet))


def test_a_name_after_a_verb_is_reported_not_changed() -> None:
    text = garbled_context("公司领导采访了袁晓峰")
    at = text.index("采访了袁") + 3
    doubts = [f for f in detect(text, StageContext()) if f.span.start == at]
    assert doubts and all(f.confidence < 0.8 for f in doubts)
    assert "given name" in doubts[0].message


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a common word, a verb or an adverb starts the clause after the comma
        ("大家都明白了采访的意义袁明白了这一点", "大家都明白了采访的意义，明白了这一点"),
        ("他采访了三位老人袁晓得了当年的情况", "他采访了三位老人，晓得了当年的情况"),
        ("他们认为袁晓峰的做法不对", "他们认为，晓峰的做法不对"),
        ("人们看到袁刘旭的飞机飞过", "人们看到，刘旭的飞机飞过"),
        ("这部分职工没有住房袁占城镇职工的三成", "这部分职工没有住房，占城镇职工的三成"),
        ("他被公司开除了袁便回到了老家", "他被公司开除了，便回到了老家"),
        ("市场上供应充足袁美尧欧等国家", "市场上供应充足，美、欧等国家"),
        # a full name with a common surname after the comma
        ("据外电报道袁李芳是目前世界排名第一的选手", "据外电报道，李芳是目前世界排名第一的选手"),
    ],
)
def test_garbled_commas_before_clauses_are_still_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
