"""Session 11, marks: the full stop doubled as informal text types it (。。 garbled to 遥遥), read
after a sentence-final particle (郁闷了遥遥刚到手) or where the same text doubles its marks
elsewhere (。。 ！！ ？？ ~~); never the word 遥遥 "far away" (遥遥领先 遥遥相望, 归期遥遥, 遥遥⏎领先
across a narrow column's line break) nor a name (王遥遥, 叶遥遥, 小遥遥)."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair

#: A garbled review around the snippet (its marks are look-alikes too).
REVIEW = "房间很干净袁服务也热情遥{}袁下次还会再来遥"
REVIEW_REPAIRED = "房间很干净，服务也热情。{}，下次还会再来。"
#: The same review, doubling its exclamation marks (浴浴 is ！！): a writer who doubles marks.
DOUBLING = "房间很干净袁服务也热情浴浴{}袁下次还会再来遥"
DOUBLING_REPAIRED = "房间很干净，服务也热情！！{}，下次还会再来。"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # after a sentence-final particle: wherever it stands
        ("散热可以袁郁闷了遥遥刚到手", "散热可以，郁闷了。。刚到手"),
        ("有点厚重了遥遥\n外观太容易留指纹", "有点厚重了。。\n外观太容易留指纹"),
        ("有点欺诈啊遥遥\n预装系统", "有点欺诈啊。。\n预装系统"),
        ("心理真不平衡阿遥遥包装里只有说明书", "心理真不平衡阿。。包装里只有说明书"),
        ("怎么就不行了呢遥遥呵呵", "怎么就不行了呢。。呵呵"),
        ("他们遥遥领先了遥遥\n我们也不错", "他们遥遥领先了。。\n我们也不错"),  # (the word before the particle stays)
        # no hanzi after it on the next line (a number, Latin): nothing for 遥遥 to modify
        ("感觉白买了遥遥\n17号下的订单", "感觉白买了。。\n17号下的订单"),
        # after a predicate of degree (很好, 够大, 比较好)
        ("房间也很好遥遥\n房间很好", "房间也很好。。\n房间很好"),
        ("最赞的是房间够大遥遥写字台的布局很好", "最赞的是房间够大。。写字台的布局很好"),
    ],
)
def test_doubled_stops_after_a_particle_are_read(snippet: str, expected: str) -> None:
    assert repair(REVIEW.format(snippet)) == REVIEW_REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # no particle, but the text doubles its marks elsewhere
        ("屏很赞遥遥\n完美屏", "屏很赞。。\n完美屏"),
        ("最赞的是房间够大遥遥写字台的布局很好", "最赞的是房间够大。。写字台的布局很好"),
        ("这是我住过最好的酒店遥遥下次还来", "这是我住过最好的酒店。。下次还来"),
    ],
)
def test_doubled_stops_in_a_text_that_doubles_marks_are_read(snippet: str, expected: str) -> None:
    assert repair(DOUBLING.format(snippet)) == DOUBLING_REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # before what starts a sentence: a pronoun, an interjection, a conjunction
        ("里面有玫瑰花瓣遥遥呵呵呵呵", "里面有玫瑰花瓣。。呵呵呵呵"),
        ("那种感觉是无法言喻遥遥我拿到书很兴奋", "那种感觉是无法言喻。。我拿到书很兴奋"),
        ("这本书很好遥遥但是印刷一般", "这本书很好。。但是印刷一般"),
        ("房间也很好遥遥\n这次住得很满意", "房间也很好。。\n这次住得很满意"),
    ],
)
def test_doubled_stops_before_a_new_sentence_are_read(snippet: str, expected: str) -> None:
    assert repair(REVIEW.format(snippet)) == REVIEW_REPAIRED.format(expected)


def test_two_pairs_in_one_text_are_read() -> None:
    text = "性价比很高遥遥屏幕很大遥遥键盘舒服"
    assert repair(REVIEW.format(text)) == REVIEW_REPAIRED.format("性价比很高。。屏幕很大。。键盘舒服")


def test_one_pair_without_a_particle_is_left() -> None:
    """A line end alone is no evidence: narrow columns break lines mid-sentence."""
    for snippet in ("外观漂亮遥遥\n完美屏", "外观漂亮遥遥做工精致"):
        assert repair(REVIEW.format(snippet)) == REVIEW_REPAIRED.format(snippet)


#: 遥遥 "far away", the adverb and the predicate, and 遥遥 the given name: in both contexts,
#: in the middle of a line and at its end (a narrow column's line break).
REAL_WORDS = [
    "我国在这一领域遥遥领先",
    "我国在这一领域遥遥\n领先",
    "取得了遥遥领先的地位",
    "两国遥遥相望",
    "两岸遥遥相对",
    "我和你遥遥\n相望",
    "我们和他们遥遥\n对望",
    "两座山遥遥\n相对",
    "远处的山峦遥遥可见",
    "他遥遥地望着",
    "胜利遥遥在望",
    "回家的日子遥遥无期",
    "回家的日子遥遥\n无期",
    "归期遥遥",
    "归期遥遥\n太好了",
    "路途遥遥\n真累",
    "前路遥遥\n加油",
    "故乡遥遥\n何处是归途",
    "相隔遥遥",
    "两地相距遥遥\n我们常常通信",
    "他的梦想遥遥\n但是他不放弃",
    "两地相隔遥遥\n这份思念很深",
    "千里之外遥遥\n呼应",
    "灯塔遥遥\n在望",
    "夜深了遥遥望星空",
    "距离很远遥遥相望",
    # the adverb before verbs jieba tags otherwise, an attribute, a distance
    "两人隔着人群遥遥一望",
    "那段遥遥的路",
    "队伍遥遥落后",
    "队伍遥遥落后，身影遥遥消失",
    "身影遥遥\n消失在路的尽头",
    "目光遥遥\n投向远方",
    "北京与上海遥遥千里",
    "山很高遥遥可见",
    "叶遥遥是我同学",
    "王遥遥今天来了",
    "小遥遥今天来了",
    "阿遥遥今天来了",
    "我的遥遥今天生日",
    "献给我的遥遥\n一首小诗",
    # the name before what starts a sentence
    "我和遥遥这周去玩",
    "老师叫遥遥这个名字",
    "同学遥遥这周去玩",
    "女儿遥遥这周生日",
    "李遥遥这个人很好",
]


@pytest.mark.parametrize("kept", REAL_WORDS)
@pytest.mark.parametrize(("context", "repaired"), [(REVIEW, REVIEW_REPAIRED), (DOUBLING, DOUBLING_REPAIRED)])
def test_the_word_and_the_name_are_kept(kept: str, context: str, repaired: str) -> None:
    assert repair(context.format(kept)) == repaired.format(kept)


@pytest.mark.parametrize(
    "clean",
    [
        "我国在这一领域遥遥领先！！真厉害。",
        "归期遥遥，不知何时能回家！！",
        "郁闷了。。刚到手就坏了！！",
        "王遥遥今天来了！！我们都很高兴。",
        "两岸遥遥\n相望，情谊长存！！",
    ],
)
def test_clean_text_is_untouched(clean: str) -> None:
    assert repair(clean) == clean


@pytest.mark.xfail(
    strict=True,
    reason="遥遥 the predicate after any noun, at a line end with no mark, in a text that doubles "
    "its marks elsewhere: read as 。。 (a poem's line; the doc evidence cannot tell)",
)
def test_a_poetic_predicate_at_a_line_end_in_an_informal_text() -> None:
    assert repair(DOUBLING.format("星光遥遥\n夜色温柔")) == DOUBLING_REPAIRED.format("星光遥遥\n夜色温柔")
