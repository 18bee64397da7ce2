"""Runs of one mark look-alike: informal text repeats 。 and ， (。。。 trails a sentence), and the
garble turns them into 遥遥遥 and 袁袁袁, which no word holds. 遥遥 itself is a word (遥遥领先,
归期遥遥。), so a run of 遥 must be one longer, and a doubled 遥 is left to the lexicon: a word
may end in 遥 before the full stop (千里之遥。 is 千里之遥遥).

The full stop doubled (。。 garbled to 遥遥) is read after a sentence-final particle (郁闷了遥遥刚到手),
before what starts a sentence, or where the same text doubles its marks elsewhere (。。 ！！ ？？
~~); never the word 遥遥 "far away" (遥遥领先 遥遥相望, 归期遥遥, 遥遥⏎领先 across a narrow
column's line break) nor a name (王遥遥, 叶遥遥, 小遥遥). A run of one mark's look-alike shows the
garble on its own (a table of contents' leaders 噎噎噎噎, a review of 遥遥遥遥 lines)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_punct_shift import cases, founder_garble, garbled_rows, kept_rows, repair

#: A clearly garbled review around the snippet (its marks are look-alikes too).
CONTEXT = "房间很干净袁服务也热情遥{}袁下次还会再来遥"
REPAIRED = "房间很干净，服务也热情。{}，下次还会再来。"
#: The same review, doubling its exclamation marks (浴浴 is ！！): a writer who doubles marks.
DOUBLING = "房间很干净袁服务也热情浴浴{}袁下次还会再来遥"
DOUBLING_REPAIRED = "房间很干净，服务也热情！！{}，下次还会再来。"

#: (garbled, expected) inside :data:`CONTEXT`.
IN_A_REVIEW = [
    *cases(
        "run",
        # three or more: never a word
        ("早餐一般遥遥遥遥\n价格还算合理", "早餐一般。。。。\n价格还算合理"),
        ("早餐一般遥遥遥遥遥遥价格还算合理", "早餐一般。。。。。。价格还算合理"),
        ("早餐一般袁袁袁价格还算合理", "早餐一般，，，价格还算合理"),
        ("早餐一般尧尧尧价格还算合理", "早餐一般、、、价格还算合理"),
        # beside another mark, as informal text types them: ？。。。。 and 。。。。，
        ("早餐好吃吗钥遥遥遥遥价格还算合理", "早餐好吃吗？。。。。价格还算合理"),
        ("早餐一般遥遥遥遥袁价格还算合理", "早餐一般。。。。，价格还算合理"),
        ("早餐一般浴袁袁袁价格还算合理", "早餐一般！，，，价格还算合理"),
        # an edge that makes a word with the hanzi beside it keeps the hanzi
        ("比赛还没结束遥遥遥遥遥领先的红队已经开始庆祝", "比赛还没结束。。。遥遥领先的红队已经开始庆祝"),
        ("谈判陷入僵局遥遥遥遥遥无期的等待让人焦虑", "谈判陷入僵局。。。遥遥无期的等待让人焦虑"),
        ("效果很好遥遥遥遥感卫星也来了", "效果很好。。。遥感卫星也来了"),
        # one short of a run: a full stop, then the word after a clause's end
        *garbled_rows("比赛还没结束。遥遥领先的红队已经开始庆祝", "谈判陷入僵局。遥遥无期的等待让人焦虑"),
    ),
    *cases(
        "doubled-stop-after-a-particle",
        # after a sentence-final particle: wherever it stands
        ("散热可以袁郁闷了遥遥刚到手", "散热可以，郁闷了。。刚到手"),
        ("有点厚重了遥遥\n外观太容易留指纹", "有点厚重了。。\n外观太容易留指纹"),
        ("有点欺诈啊遥遥\n预装系统", "有点欺诈啊。。\n预装系统"),
        ("心理真不平衡阿遥遥包装里只有说明书", "心理真不平衡阿。。包装里只有说明书"),
        ("怎么就不行了呢遥遥呵呵", "怎么就不行了呢。。呵呵"),
        # (the word before the particle stays)
        ("他们遥遥领先了遥遥\n我们也不错", "他们遥遥领先了。。\n我们也不错"),
        # no hanzi after it on the next line (a number, Latin): nothing for 遥遥 to modify
        ("感觉白买了遥遥\n17号下的订单", "感觉白买了。。\n17号下的订单"),
        # after a predicate of degree (很好, 够大, 比较好)
        ("房间也很好遥遥\n房间很好", "房间也很好。。\n房间很好"),
        ("最赞的是房间够大遥遥写字台的布局很好", "最赞的是房间够大。。写字台的布局很好"),
    ),
    *cases(
        "doubled-stop-before-a-new-sentence",
        # before what starts a sentence: a pronoun, an interjection, a conjunction
        ("里面有玫瑰花瓣遥遥呵呵呵呵", "里面有玫瑰花瓣。。呵呵呵呵"),
        ("那种感觉是无法言喻遥遥我拿到书很兴奋", "那种感觉是无法言喻。。我拿到书很兴奋"),
        ("这本书很好遥遥但是印刷一般", "这本书很好。。但是印刷一般"),
        ("房间也很好遥遥\n这次住得很满意", "房间也很好。。\n这次住得很满意"),
    ),
    *cases("two-pairs", ("性价比很高遥遥屏幕很大遥遥键盘舒服", "性价比很高。。屏幕很大。。键盘舒服")),
    # one pair without a particle is left: a line end alone is no evidence (narrow columns
    # break lines mid-sentence)
    *cases("one-pair-left", *kept_rows("外观漂亮遥遥\n完美屏", "外观漂亮遥遥做工精致")),
    *cases(
        "real-word",
        *kept_rows("中国队遥遥领先"),  # 遥遥 the adverb, before a verb
        *kept_rows("两座城市遥遥相望"),
        *kept_rows("两人遥遥相隔千里"),  # (遥遥相隔: no jieba word, still the adverb)
        *kept_rows("回家的日子遥遥无期"),
        # a name ending in 遥 before the word (王遥 小遥 阿遥, 刘思遥, the writer 路遥)
        *kept_rows("王遥遥遥领先了", "小遥遥遥领先了", "阿遥遥遥领先了", "选手刘思遥遥遥领先", "作家路遥遥遥领先"),
        *kept_rows("老爷爷爷爷"),  # 爷爷 repeats in words: no run of ’
        *kept_rows("医院院长", "实行院院合一"),
        *kept_rows("冶冶冶"),  # (” is not repeated as 。 ， 、 ！ ？ are: no run of marks)
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), IN_A_REVIEW)
def test_runs_and_doubled_stops_in_a_review_are_read_and_words_kept(snippet: str, expected: str) -> None:
    assert repair(CONTEXT.format(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # no particle, but the text doubles its marks elsewhere
        ("屏很赞遥遥\n完美屏", "屏很赞。。\n完美屏"),
        ("最赞的是房间够大遥遥写字台的布局很好", "最赞的是房间够大。。写字台的布局很好"),
        ("这是我住过最好的酒店遥遥下次还来", "这是我住过最好的酒店。。下次还来"),
        # after a verb whose object may be a person, on its line: the verb ends the sentence
        ("我们都很感谢遥遥下次还会再来", "我们都很感谢。。下次还会再来"),
        ("有事都可以找遥遥下次还来", "有事都可以找。。下次还来"),
    ],
)
def test_doubled_stops_in_a_text_that_doubles_marks_are_read(snippet: str, expected: str) -> None:
    assert repair(DOUBLING.format(snippet)) == DOUBLING_REPAIRED.format(expected)


#: 。。 typed after a comma (，。。) where the text doubles its marks elsewhere: at a line end
#: or before a conjunction; never 遥遥 "far away" starting a clause (，遥遥领先, across a line
#: break too, or before a noun: ，遥遥星河闪烁) nor the name after a comma (spoken to after a
#: pronoun, the full name 袁遥遥 after a person's noun, the subject of any clause), stated clean
#: (garbled by founder_garble).
AFTER_A_COMMA = [
    *cases(
        "read",
        *garbled_rows(
            "服务意识不错，。。\n性价比很高",
            "遇到了一些问题，。。不过携程还是有一点影响力的",
            "酒店非常棒，环境一流，。。\n太美了",
        ),
    ),
    # before another clause the pair is left: the name starts one as often (a miss)
    *cases(
        "left-before-a-clause",
        (founder_garble("置身于森林中，面向翠湖，。。细雨纷纷"), "置身于森林中，面向翠湖，遥遥细雨纷纷"),
        (founder_garble("太美了，。。空气，绿化，都好"), "太美了，遥遥空气，绿化，都好"),
    ),
    *cases(
        "kept",
        *garbled_rows(
            "谢谢你，遥遥\n祝你生日快乐",
            "比赛开始了，遥遥\n领先的是红队",
            "两岸青山，遥遥相望",
            "前路漫漫，遥遥无期",
            "我们来到公园，遥遥很开心",
            "我们来到公园，遥遥和妈妈去划船",
            "我的同学，遥遥\n是个好女孩",  # (or the full name 袁遥遥: the pair stays either way)
            # the adverb before a coverb of direction, the name before a word of time or set apart
            "站在山顶，遥遥面向大海",
            "站在窗前，遥遥朝着家乡的方向",
            "宝宝很乖，遥遥今天会叫妈妈了",
            "我的女儿，遥遥，很喜欢这本书",
            # the name as the subject of a clause, 遥遥 "far away" before a noun or a verb
            "宝宝说，遥遥阿姨送的书",
            "孩子很喜欢，遥遥小朋友也爱看",
            "老师说，遥遥成绩很好",
            "妈妈说，遥遥快去睡觉",
            "隔着大海，遥遥思念故乡",
            "我在北京，遥遥为你祝福",
            "仰望夜空，遥遥星河闪烁",
            "人生漫漫，遥遥长路",
            "听到这个消息，遥遥心里很难过",
            "放学以后，遥遥自己走回家",
        ),
    ),
]


#: 。。 that ends its line after a clause said whole (a verb or an adverb in it, not at its end;
#: a particle, 的 or a count at its end, not a noun: 带一个上网卡遥遥⏎ is left, as 灯塔遥遥⏎闪烁
#: is 遥遥 after its subject), where the text doubles its marks elsewhere: the next line is a
#: review's next sentence, read only for a word of 遥遥 (遥遥⏎领先), a verb it modifies
#: (遥遥⏎相望) or a word of its second 遥 (遥⏎远方); never after the subject 遥遥 would be the
#: adverb of (山峰遥遥⏎矗立), a verb's object, the name (是遥遥⏎), nor after 得 地 or a coverb,
#: which leave the clause open.
AT_A_LINE_END = [
    *cases(
        "read",
        *garbled_rows(
            "原装的内存也是三星的。。\n介绍里写的是二代",
            "还一次买了两本。。\n刚买的书，晚上想好好看看",
            "她只不过做了个总结罢了。。\n听说于丹很火",
        ),
    ),
    *cases(
        "kept",
        *garbled_rows(
            "两岸的山峰遥遥\n矗立",
            "天边的星星遥遥\n闪烁",
            "这是遥遥\n最喜欢的书",
            "我们站在两岸遥遥\n相望",
            "比赛开始后红队遥遥\n领先",
            # a complement after 得, an adverbial after 地, a coverb's object
            "他跑得遥遥\n超过了第二名",
            "船在海上漂得遥遥\n无际",
            "把对手甩得遥遥\n落在后面",
            "他慢慢地遥遥\n走过来",
            "大海就在遥遥\n远方",
            "我站在窗前向着遥遥\n远山望去",
            # 遥远 across the break
            "我在北京想念着遥遥\n远方的亲人",
        ),
    ),
]


#: The comma doubled (，， garbled to 袁袁) where the text doubles its marks elsewhere: after a
#: clause, before a conjunction, a negation or a sentence adverb; never before the surname's
#: name or title (，袁建国, ，袁老师, ，袁世凯), a word that may be a given name (，袁海洋, ，袁成功)
#: or after a name's prefix (老袁，).
DOUBLED_COMMAS = [
    *cases(
        "read",
        *garbled_rows(
            "重量控制不好，，不到五千的价格",
            "酒店非常棒，，但是环境一般",
            "其实压力帽已经很完美了，，可能触摸屏没什么用处",
            # after a time word, where two pairs say the text doubles its commas elsewhere
            "酒店位置还可以，，就是房间太小了，，不过还算干净。今天，，不是我说",
        ),
    ),
    # before any other word the pair is left: ，袁 (the surname, as far as the text tells)
    *cases(
        "left-before-a-word",
        (founder_garble("酒店非常棒，，环境一流"), "酒店非常棒，袁环境一流"),
        (founder_garble("其实压力帽已经很完美了，，触摸屏没什么用处"), "其实压力帽已经很完美了，袁触摸屏没什么用处"),
    ),
    *cases(
        "kept",
        *garbled_rows(
            "酒店经理，袁建国很热情",
            "这次接待我们的是，袁和平先生",
            "我们去找，袁老师",
            "他是，袁世凯的后人",
            "主持人，袁鸣很漂亮",
            "早上好，袁立新同学",
            # given names that are words
            "服务很好，袁海洋是我们的导游",
            "服务很好，袁红军是我们的导游",
            "服务很好，袁建设是我们的导游",
            "服务很好，袁美丽是我们的导游",
            "服务很好，袁某人很满意",
            "写得很好，袁成功地把历史讲活了",
            "服务很好，袁不凡经理很热情",
            "服务很好，袁立即帮我们换了房间",
            # the surname after a name's prefix, then a comma
            "同事小袁，但是他不太喜欢这本书",
            "我们都叫他老袁，可能是因为他年纪大",
            # the doubled name, the subject after a time word (two pairs, each the other's witness)
            "今天袁袁不是很开心，昨天袁袁没有来",
        ),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), AFTER_A_COMMA + AT_A_LINE_END + DOUBLED_COMMAS)
def test_doubled_stops_after_a_comma(snippet: str, expected: str) -> None:
    assert repair(DOUBLING.format(snippet)) == DOUBLING_REPAIRED.format(expected)


#: The same review by a writer who doubles marks again and again (。。 after a particle, and
#: ！！): two signs of a habit (marks.DOUBLING_WITNESSES).
HABIT = founder_garble("早餐不错啊。。服务也热情！！") + "{}" + founder_garble("，下次还会再来。")
HABIT_REPAIRED = "早餐不错啊。。服务也热情！！{}，下次还会再来。"

#: 。。 read only where the text doubles its marks again and again: after an adjective, before
#: a verb other than those 遥遥 "far away" modifies; after a comma, before a noun, where ，。。
#: ends a line and starts four clauses or more. Never 遥遥 after its subject or a verb (the
#: name its object), nor the name after fewer commas, stated clean (garbled by founder_garble).
BY_HABIT = [
    *cases(
        "read",
        *garbled_rows(
            "外观漂亮。。做工精致",
            "配置比较好。。显卡是卖点",
            "外观漂亮。。价格便宜",
            "外观漂亮。。速度很快",
            "装XP真不是一般的麻烦。。内存条很难装",
            "服务意识不错，。。\n太美了，。。空气，绿化，。。温泉，。。早餐，。。服务",
        ),
    ),
    *cases(
        "kept",
        *garbled_rows(
            "山很高遥遥可见",
            "他的成绩很好遥遥领先全班",
            "天很蓝遥遥望去都是山",
            "两岸的山峰遥遥矗立",
            "这是遥遥最喜欢的书",
            "我很期待遥遥回来",
            "遥遥领先的红队",
            "两岸遥遥相望",
            "归期遥遥无期",
            "路途遥遥",
            "他遥遥地看见了我们",
            # fewer than four pairs after a comma before a clause: the name may start each
            "服务意识不错，。。\n老师说，遥遥成绩很好，妈妈说，遥遥快去睡觉，放学以后，遥遥自己走回家",
            "服务意识不错，。。\n仰望夜空，遥遥星河闪烁",
            "服务意识不错，。。\n宝宝很乖，遥遥今天会叫妈妈了",
            # after an adjective, a verb whose clause goes on, which 遥遥 "far away" may modify
            # (a doubt: not 做工精致, a new clause's subject and predicate)
            "晚上灯光昏暗遥遥闪烁，很有情调",
            "远山朦胧遥遥耸立",
            "窗外钟声悠扬遥遥飘来",
            "湖边白塔孤独遥遥伫立",
            "宝塔高大遥遥矗立在山顶",
            "大桥雄伟遥遥横跨江面",
            "销量稳定遥遥超过同类产品",
            "性能优秀遥遥胜过对手",
            "宝塔高大遥遥屹立是一道风景",
            # ... before a verb then an adverb of degree, which comments on the verb
            "钟声悠扬遥遥响起很好听",
            "湖面平静遥遥倒映很清楚",
            # ... before a heading and a verb of going that the lexicon cuts after the heading
            "江水浩荡遥遥东去很壮观",
            # four pairs after a comma before a clause of verse (a doubt: not before a noun alone)
            "服务意识不错，。。\n仰望夜空，遥遥星河闪烁，站在山顶，遥遥群山连绵，回望故乡，遥遥故土难忘，"
            "登高远望，遥遥天际一片红霞",
        ),
        *kept_rows("比赛还没结束。遥遥领先的红队已经开始庆祝"),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), BY_HABIT)
def test_doubled_stops_where_the_text_doubles_marks_again_and_again(snippet: str, expected: str) -> None:
    assert repair(HABIT.format(snippet)) == HABIT_REPAIRED.format(expected)


#: 遥遥 "far away", the adverb and the predicate, and 遥遥 the given name: in all contexts,
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
    "今天袁袁不是很开心",
    # the name, the object of a verb whose object is a person (with or without 了)
    "我见到了遥遥\n她笑了",
    "我想念遥遥\n她也想我",
    "我去看望了遥遥\n她病了",
]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # two pairs witness each other, as two pairs of 遥 do
        *garbled_rows("位置不错，，但是有点旧，，不是节假日基本上不用预订"),
        # one pair alone is left: ，袁 (the surname after a comma, as far as the text tells)
        (founder_garble("要好，，价格实惠"), "要好，袁价格实惠"),
    ],
)
def test_doubled_commas_in_a_text_that_doubles_no_other_mark(snippet: str, expected: str) -> None:
    assert repair(CONTEXT.format(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize("kept", REAL_WORDS)
@pytest.mark.parametrize(
    ("context", "repaired"), [(CONTEXT, REPAIRED), (DOUBLING, DOUBLING_REPAIRED), (HABIT, HABIT_REPAIRED)]
)
def test_the_word_and_the_name_are_kept(kept: str, context: str, repaired: str) -> None:
    assert repair(context.format(kept)) == repaired.format(kept)


@pytest.mark.parametrize(
    ("garbled", "kept"),
    [
        # a word ending in 遥, then the full stop's look-alike: no 。。 (the doubled 遥 is left to
        # the lexicon, which keeps both where neither reads as a mark for sure)
        ("他说袁那里离这里有千里之遥遥\n", "千里之遥"),
        ("他说袁山高路遥遥\n", "山高路遥"),
        ("他说袁两地相距甚遥遥\n", "相距甚遥"),
        ("他说袁我的同桌叫刘遥遥\n", "叫刘遥"),
        # the word 遥遥, then the full stop: 遥遥遥 is no run of marks
        ("他说袁归期遥遥遥\n", "归期遥遥。"),
        ("他说袁故乡不再遥遥遥\n", "不再遥遥。"),
    ],
)
def test_a_word_ending_in_the_lookalike_keeps_it_before_the_mark(garbled: str, kept: str) -> None:
    text = f"会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶\n{garbled}"
    assert kept in repair(text)


#: A table of contents whose leaders (……) are the only marks on the page.
TABLE_OF_CONTENTS = "目录\n一 绪论 噎噎噎噎噎噎 3\n二 方法 噎噎噎噎噎噎 15\n三 结果 噎噎噎噎噎噎 27"
#: Whole texts and what they come back as.
WHOLE_TEXTS = [
    # clean text with doubled marks and the word 遥遥: untouched
    *cases(
        "clean",
        *kept_rows("我国在这一领域遥遥领先！！真厉害。", "归期遥遥，不知何时能回家！！", "郁闷了。。刚到手就坏了！！"),
        *kept_rows("王遥遥今天来了！！我们都很高兴。", "两岸遥遥\n相望，情谊长存！！"),
        # a run alone does not make a text garbled
        *kept_rows("前路遥遥遥\n他说：“我们遥遥领先。”"),
    ),
    # one pair before an opener witnesses nothing: the doubled name after a time word stays
    # (and the lone pair reads as a comma and the surname, ，袁, as far as the text tells)
    *cases(
        "one-pair-is-no-witness",
        (
            founder_garble("我觉得，，其实很懂事。昨天袁袁没有哭，还帮妈妈洗碗。"),
            "我觉得，袁其实很懂事。昨天袁袁没有哭，还帮妈妈洗碗。",
        ),
    ),
    # a run of one mark's look-alike shows the garble though no other mark does
    *cases(
        "run-alone-shows-the-garble",
        (TABLE_OF_CONTENTS, TABLE_OF_CONTENTS.replace("噎", "…")),
        ("还行遥遥遥遥\n不错遥遥遥遥\n一般遥遥遥遥", "还行。。。。\n不错。。。。\n一般。。。。"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_TEXTS)
def test_a_whole_text_comes_back_as_expected(text: str, expected: str) -> None:
    assert repair(text) == expected


@given(st.sampled_from("遥袁尧"), st.integers(min_value=4, max_value=8))
def test_any_long_run_between_clauses_is_marks(lookalike: str, size: int) -> None:
    mark = {"遥": "。", "袁": "，", "尧": "、"}[lookalike]
    snippet = f"早餐一般{lookalike * size}价格还算合理"
    assert repair(CONTEXT.format(snippet)) == REPAIRED.format(f"早餐一般{mark * size}价格还算合理")


#: 遥遥 the predicate after a noun (its subject), at a line end with no mark, in a text that
#: doubles its marks elsewhere: a poem's line, which the document's evidence cannot tell.
_POETIC_SUBJECT = "遥遥 after a noun with no predicate before it: read as 。。 (the doc evidence cannot tell)"


@pytest.mark.parametrize(
    "poetic",
    [
        pytest.param("星光遥遥\n夜色温柔", marks=pytest.mark.xfail(strict=True, reason=_POETIC_SUBJECT)),
        # the adverb of a verb's object (a pivot): a clause that ends in a noun is no clause said
        # whole, though a verb stands in it
        "我看到远处的灯塔遥遥\n闪烁",
        "都会带一个上网卡遥遥\n闪烁",
    ],
)
def test_a_poetic_predicate_at_a_line_end_in_an_informal_text(poetic: str) -> None:
    assert repair(DOUBLING.format(poetic)) == DOUBLING_REPAIRED.format(poetic)
