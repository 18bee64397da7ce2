"""punct-shift: real names from a probe of natural sentences, each inside a garbled paragraph:
surnames before a given name after a verb or a preposition, before a short title, and
beside its own garbled mark is kept (reported at most); garbled commas around it are repaired."""

from __future__ import annotations

import pytest

from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from tests.test_punct_shift import REPAIRED, garbled_context, repair

#: (class 1) a surname and a given name after a verb or a preposition that takes a person as its object.
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


@pytest.mark.parametrize(
    "snippet",
    [
        # (class 6) a surname before a word of address of one character or a job title
        "这件事我们得请示一下袁总袁他下午才回公司",
        "这份报告交给袁工审核后再发出去",
        "我们班的袁同学在比赛中获得了一等奖",
        "这个方案袁工已经看过了",
        "昨天袁姐把孩子送到学校后就去上班了",
        "昨天袁哥请大家吃饭",
        "大家都知道袁导对演员要求非常严格",
        "今年袁主席出席会议并讲话",
        "这些年袁会计把账目核对了一遍又一遍",
        "这条街上袁老板的饭馆开了十年",
        "野老袁袁你来一下浴冶班长喊道",
    ],
)
def test_a_surname_before_a_short_title_is_kept(snippet: str) -> None:
    expected = snippet.replace("袁他", "，他").replace("袁你", "，你").replace("野", "“").replace("冶", "”")
    expected = expected.replace("浴", "！")
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the one-character word starts a word or a clause after a comma
        ("这个项目已经立项袁总投资五亿元", "这个项目已经立项，总投资五亿元"),
        ("他在巴黎学习时袁总感到有距离", "他在巴黎学习时，总感到有距离"),
        ("他已经七十多岁了袁老当益壮", "他已经七十多岁了，老当益壮"),
        ("这批订单的圆满完成袁老袁和小叶功不可没", "这批订单的圆满完成，老袁和小叶功不可没"),
        ("大家都很努力袁工作做得很好", "大家都很努力，工作做得很好"),
        ("主任由部长担任袁委员由各局局长担任", "主任由部长担任，委员由各局局长担任"),
        ("讲解了昆剧的历史袁同学生进行座谈", "讲解了昆剧的历史，同学生进行座谈"),
    ],
)
def test_garbled_commas_before_short_words_are_still_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
