"""punct-shift (afar30): 遥 'from afar' after a coverb phrase, in garbled modern pages.

遥 leads verbs of greeting, mourning, sending, seeing and thinking (遥祭 遥祝 遥拜 遥寄 遥望 遥想),
each rare in the lexicon's counts, so the lexicon alone reads a stop before them. A preposition
of direction (从 自 'from', 向 'towards') and its place or person before 遥 lead the verb after
it, where the clause holds something before the preposition: no sentence ends there (a coverb
that starts its clause is a short answer: “从北京。想去南方看看。”). 在 'at', 朝 'towards' and
向着 朝着 面向 are also the verbs 'be at', 'face' (他在家。 客厅朝湖面。), and a sentence may start
with any verb 遥 leads after them (老人在墓前。拜祖先, 家在万里之外。寄包裹…): they are read only
after a person, the one who acts from afar, and before a verb of an act aimed at someone far
away (祭 寄 拜 致 祝 念) that leads its object (afar31: 很多人在网上遥祭先人, 游子在异乡遥寄相思).
Each group: the garble of clean sentences written for the rule, the 遥 kept (reported, never
repaired), and beside them the real stops that stay repaired.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.stages.punct_shift.marks import _coverb_phrase_before, _head_of_a_relative, _kept_in_a_word
from tests.test_punct_shift import REPAIRED, cases, founder_garble, garbled_context, repair
from tests.test_punct_shift_verse import in_verse

#: A garbled paragraph before a line of its own: a short text alone is not judged garbled.
PARAGRAPH: str = founder_garble(
    "本报讯（记者李明）近日，市政府召开会议，研究部署今年的重点工作。会议指出，要坚持稳中求进，推动经济社会持续健康发展。\n"
)

ROWS = [
    # A preposition of direction and its place or person lead the verb: 遥 is 'from afar'.
    *cases(
        "direction-kept",
        "他们向远方遥拜，寄托哀思",
        "游子向故乡遥寄相思",
        "海外侨胞向祖国遥致问候",
        "他们自台湾遥祭黄帝",
        "我们向烈士遥致敬意",
        "他们从海峡对岸遥望大陆",
        "他从窗口遥指远处的山峰",
        "他们从海外遥寄捐款",
        "他们自海外遥寄捐款",
        "他们向天遥拜，祈求平安",
        "台湾同胞自海峡对岸遥祭黄帝陵",
        "他们向家乡的方向遥拜",
    ),
    # A stop before those verbs stays repaired: after a clause that ends (做完了), a phrase
    # with its verb (在北京召开 从北京出发), a verb's complement (走向世界 来自北京 住在乡下),
    # a word the preposition starts (向前 向后 朝南 从小), and any verb after 在 or 朝 (他们都在北京。祝…
    # 老人在墓前。拜了三拜).
    *cases(
        "stop-repaired",
        "这件事情做完了。祝大家新年快乐",
        "会议在北京召开。祝贺大会圆满成功",
        "他们从北京出发。祝一路平安",
        "我们走向世界。祝愿祖国更加强大",
        "他来自北京。寄来的包裹已经收到",
        "他们住在乡下。祭祖的习俗一直保留着",
        "请大家向前看。祝大家工作顺利",
        "全体人员向后转。拜托大家注意安全",
        "窗户朝南。念书的孩子需要充足的阳光",
        "他们都在北京。祝你们一切顺利",
        "她在医院。祝她早日康复",
        "我们在家里。想远方的亲人",
        "我一直在家。想不到他会来",
        "公司总部在上海。拜访客户需要提前预约",
        "他们在北京。念及此，不禁落泪",
        "活动在网上进行。祝大家玩得开心",
        "他转身望向窗外。想起了往事",
        "我们的心永远向着祖国。祝祖国繁荣富强",
        "窗户朝北。想晒太阳可不容易",
        "老人在墓前。拜了三拜",
        "材料在附件里。念给你听吧",
        "信在桌上。寄不寄随你",
        "他们都在海外。想回来也难",
    ),
    # After 在 and a place, however far, a sentence may start with any verb 遥 leads (想 见 听
    # 知 指 祝 寄 拜 念), its subject left out or its object the topic.
    *cases(
        "at-stop-repaired",
        "我的家在千里之外。想回一趟家可不容易",
        "我老家在千里之外。想家的时候就打个电话",
        "他的老家在千里之外。想见父母一面都难",
        "女儿的学校在万里之外。想她的时候就看看照片",
        "工厂在几千公里之外。见一次面要坐两天的火车",
        "最近的医院在百里以外。听说还要排很久的队",
        "亲人都在千里之外。知道消息时已经晚了",
        "他们的家乡在千里之外。听不懂当地的方言是常事",
        "救援队远在千里之外。指望他们是来不及了",
        "他的父母在万里之外。祝福只能通过电话传达",
        "他的父母在万里之外。祝他们身体健康",
        "家在万里之外。寄包裹要好几天",
        "老人在墓前。拜祖先",
        "快递柜在门口。寄包裹，请扫码",
        "邮局在街对面。寄包裹、取快递都很方便",
        "快递点在楼下。寄东西很方便",
        "邮局在街对面。寄包裹的人排起了长队",
        "课本在书包里。念课文的声音从教室传出来",
        "菩萨像在二楼。拜菩萨的香客络绎不绝",
        "族谱在老宅里。祭先祖的仪式每年清明举行",
        "名单在主席台上。念名字的时候请起立",
        "名单在老师手里。念一下名字吧",
        "书在桌上。念第三段给大家听",
        "东西都在我这儿。寄快递还是自己来拿",
        "包裹还在邮局。寄一份要多少钱",
    ),
    # A coverb that starts its clause: a short answer naming where from or where to.
    *cases(
        "answer-stop-repaired",
        "“你从哪儿来？”“从北京。想去南方看看。”",
        "“您是从哪里来的？”“从上海。听说这里风景很好。”",
        "问：这批货从哪里进的？答：从广州。见过样品再说",
        "“你这是从哪儿回来？”“从学校。想回家拿点东西。”",
        "“这信是从哪寄来的？”“从广州。寄信人没写名字。”",
        "“你们打哪来？”“自江南。听说北方下雪了。”",
        "“车往哪开？”“朝火车站。见了面再说。”",
    ),
    # 朝 the verb 'face', in descriptions of rooms, doors and arrows.
    *cases(
        "facing-stop-repaired",
        "这套房子的客厅朝湖面。见过的人都说好",
        "大门朝大街。听得见外面的车声",
        "宿舍的窗户朝操场。听得到学生们的读书声",
        "酒店的大堂朝江面。见到的景色非常壮观",
        "书房的窗子朝院子。想看书的时候光线正好",
        "墓碑朝家乡。祭扫时要面向西方",
        "房间朝天井。想开窗透气都不行",
        "我的房间朝停车场。听到的全是汽车的声音",
        "箭头方向朝左下角。见附录",
    ),
    # 在 朝 朝着 面向 after a person, the one who acts from afar, and before a verb of an act aimed
    # at someone far away that leads its object: 遥 is 'from afar' (news, letters, speech).
    *cases(
        "agent-kept",
        "清明节到了，很多人在网上遥祭先人",
        "我们在千里之外遥祝祖国繁荣昌盛",
        "游子在异乡遥寄相思",
        "很多市民在家中遥祭先人",
        "他朝着故乡遥拜",
        "将士们朝着故乡遥拜",
        "他们面向家乡遥拜，寄托哀思",
        "老人面朝北方遥拜，泪流满面",
        "每年清明，海外游子都在网上遥祭先人",
        "老人们纷纷在家中遥祭先人",
        "海外侨胞在异国他乡遥祝祖国繁荣昌盛",
        "小李在国外遥寄一束鲜花",
        "袁先生在美国遥祝家乡父老新春快乐",
        "员工们在工地上遥祝家人新年快乐",
        "孩子们在学校遥祝远方的父母身体健康",
        "他在异国他乡遥寄对家人的思念",
        "这位老华侨在海外遥念家乡的亲人",
        "我在北京遥念故乡",
        "她在病床上遥念远方的儿子",
        "我们在海外遥致问候",
        "网友：我在国外遥祝祖国越来越好",
        "我们在海外遥祝全国人民新春快乐",
        "我在国外遥祝同学们学业有成",
        "海外华人在异国他乡遥祝北京奥运会圆满成功",
        "清明节，有人在网上遥祭先人",
        "遇难者家属在海边遥祭亲人",
        "不少游客在景区遥拜黄帝",
    ),
    # ... but a person who is somewhere, and a new sentence (the 遥 reading is left to the
    # lexicon): the verb in a word (祝福 知道 念书 寄钱 祭祖 致辞), a pronoun as its object (a wish
    # said to the reader), a wish that names no one (a letter's close: 祝工作顺利), an aspect or
    # a direction after it (拜了 寄回来), 念 'study, read aloud' (念大学 念名单), a verb and its
    # object as a subject (的 phrases, 很方便, 拜天地开始了), the verb copied (念稿子念得), a rite
    # at its shrine (墓前 庙里), no person before 在 (问题), 在 in a word (在乎 在于), 想 (not read).
    *cases(
        "agent-stop-repaired",
        "亲人都在千里之外。知道消息时已经晚了",
        "他的父母在万里之外。祝福只能通过电话传达",
        "他们在海外。念书的孩子放假回家了",
        "父母都在国外。寄钱回来很麻烦",
        "我们在山上。祭祖的仪式开始了",
        "大家都在会场。致辞的是王书记",
        "妈妈在厨房。念叨着儿子怎么还不回来",
        "他的父母在万里之外。祝他们身体健康",
        "我们全家都在北京。祝您新年快乐",
        "记者在现场。祝大家周末愉快",
        "我们都在北京。祝工作顺利",
        "游客们都在景区。拜佛的人很多",
        "服务员在前台。寄存行李要收费",
        "我在邮局。寄快递给我就行",
        "我在上海。祝一切顺利",
        "孩子们都在学校。祝学习进步",
        "爸妈在老家。祝身体健康",
        "他在邮局。寄了一封信",
        "他在美国。寄回来一张照片",
        "我在北京。念大学",
        "他在国外。念研究生",
        "王老师在讲台上。念名单",
        "孩子们都在学校。念课文的声音很响亮",
        "领导们都在主席台上。念获奖名单的是主持人",
        "我们在乡下。寄东西很方便",
        "新郎新娘在台上。拜天地开始了",
        "他在台上。念稿子念得磕磕巴巴",
        "老人在墓前。拜祖先",
        "他们在庙里。拜菩萨求平安",
        "问题在于管理。祝各位工作顺利",
        "我们在乎家人。祝家人平安是我们最大的心愿",
        "她朝我走来。念着我的名字",
        "老人面朝大海。念叨着远方的儿子",
        "他们都在海外。想回来也难",
    ),
    # A coverb a word hides that the clause reads alone after its subject, a person (老师 从,
    # 我们 向 来自), and a phrase a relative clause leads (来自台湾的同胞: its head is read).
    *cases(
        "hidden-coverb-kept",
        "我们向来自台湾的同胞遥致问候",
        "全体师生向来自灾区的同学遥致慰问",
        "叶老师从北京遥寄一份贺卡",
        "王医师从美国遥寄一份礼物",
    ),
    # ... but the word where it is read in it (师从 'study under' is the verb: 他师从名家。想当年;
    # 向来 'always'), where no person precedes (来源 自), and the coverb's own verb in the phrase
    # before 的 (向大家汇报的内容).
    *cases(
        "hidden-coverb-stop-repaired",
        "他师从名家。想当年，他也是个穷学生",
        "本节示例代码来源自官方文档。见参考资料",
        "这是我们向大家汇报的内容。祝大家工作顺利",
        "老师向来严格。祝同学们考出好成绩",
        "小王向来不喜欢热闹。想一个人待着",
        "张老师从事教育工作三十年。致力于培养人才",
    ),
    # A coverb's phrase that holds its verb, however the lexicon segments it (表示感谢 提出申请
    # 汇报工作 are entries of their own; 问候 祝贺 贷款 are tagged nouns), ends its clause; and a
    # coverb inside a longer word (力不从心) is none (the final review of session 27).
    *cases(
        "coverb-verb-stop-repaired",
        "我代表公司向大家表示感谢。祝大家工作顺利",
        "他向学校提出申请。想转到计算机专业",
        "小王向领导汇报工作。想不到领导非常满意",
        "我们向各位来宾问候。祝大家身体健康",
        "大家都向他祝贺。祝他前程似锦",
        "他们向银行贷款。想买一套房子",
        "人到中年，常常感到力不从心。想做的事很多，时间太少",
    ),
]


@pytest.mark.parametrize("expected", ROWS)
def test_far_after_a_coverb_phrase(expected: str) -> None:
    assert repair(garbled_context(founder_garble(expected))) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("海外侨胞向祖国遥致问候遥", "海外侨胞向祖国遥致问候。"),
        ("他们自台湾遥祭黄帝遥", "他们自台湾遥祭黄帝。"),
        ("他们向远方遥拜袁寄托哀思遥", "他们向远方遥拜，寄托哀思。"),
        ("野你从哪儿来钥冶野从北京遥想去南方看看遥冶", "“你从哪儿来？”“从北京。想去南方看看。”"),
        ("这件事情做完了遥祝大家新年快乐遥", "这件事情做完了。祝大家新年快乐。"),
    ],
)
def test_a_line_after_a_garbled_paragraph(line: str, expected: str) -> None:
    # (the brief's reproduction: the whole pipeline, a line after a garbled news paragraph)
    assert cleaner.clean(PARAGRAPH + line).text.splitlines()[-1] == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("他们向远方遥拜", "向远方"),
        ("游子向故乡遥寄相思", "向故乡"),
        ("我们从纽约曼哈顿岛遥祝大家", "从纽约曼哈顿岛"),
        # the phrase nearest 遥: a preposition in a word (方向) is read past
        ("他们向家乡的方向遥拜", "向家乡的方向"),
        # 在 朝着 向着 (also verbs) after a person and before a verb of AGENT_VERBS
        ("很多人在网上遥祭先人", "在网上"),
        ("老人向着北方遥拜", "向着北方"),
        ("他朝着故乡遥拜", "朝着故乡"),
        ("很多市民在家中遥祭先人", "在家中"),
        # none: 在 朝 向着 after no person or before a verb of another act, a coverb that starts
        # its clause, a verb in the phrase, a verb before the preposition, no verb 遥 leads, a
        # word ending with 遥
        ("邮局在街对面遥寄包裹", ""),
        ("客厅朝湖面遥见过的人", ""),
        ("我们的心永远向着祖国遥祝祖国繁荣富强", ""),
        ("他们都在海外遥想回来也难", ""),
        ("他们在北京遥念及此", ""),
        ("答院从广州遥见过样品", ""),
        ("货物从中国进口遥见附录", ""),
        ("他转身望向窗外遥想起", ""),
        ("他们向远方遥远的地方", ""),
        ("我们从平遥祭祖", ""),
    ],
)
def test_coverb_phrase_before(text: str, phrase: str) -> None:
    assert _coverb_phrase_before(text, text, text.index("遥", 2)) == phrase


def test_coverb_phrases_in_verse_are_not_read() -> None:
    # classical prose and verse read 自 as 'self' too: the phrases of modern prose are not read
    # there (从 and the names of places are, as before)
    line = "他们自台湾遥祭黄帝"
    verse = in_verse(line)
    assert _coverb_phrase_before(verse, verse, verse.index("遥祭")) == ""
    modern = garbled_context(line)
    assert _coverb_phrase_before(modern, modern, modern.index("遥祭")) == "自台湾"


@pytest.mark.parametrize(
    ("text", "coverb", "kept"),
    [
        # alone after a person, its subject: a preposition
        ("叶老师从北京遥寄", "从", False),
        ("我们向来自台湾的同胞遥致", "向", False),
        # in its word: 师从 'study under', 向来 'always'; 来源 自 after no person
        ("他师从名家遥想", "从", True),
        ("老师向来严格遥祝", "向", True),
        ("代码来源自官方文档遥见", "自", True),
        # not read before a verb that 遥 'from afar' does not lead
        ("叶老师从北京遥远", "从", True),
    ],
)
def test_kept_in_a_word(text: str, coverb: str, kept: bool) -> None:
    assert _kept_in_a_word(text, text.index(coverb), text.index("遥")) is kept


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("来自台湾的同胞", "同胞"),
        ("来自灾区的同学", "同学"),
        # no relative clause first: the phrase as it is
        ("大家汇报的内容", "大家汇报的内容"),
        ("家乡的方向", "家乡的方向"),
        ("来自台湾的", "来自台湾的"),
    ],
)
def test_head_of_a_relative(phrase: str, head: str) -> None:
    assert _head_of_a_relative(phrase) == head


#: A person somewhere, then a sentence of its own (the review of afar31, session 28): no place
#: (我们都在。 在呢 在一起 在深圳过年), a near place or the one named again (在身边 在这里 在上海。
#: 祝上海 爷爷在医院。祝爷爷), a card's wish to a term of address (祝爸爸 祝老师), a predicate
#: after the object (不方便 太贵了 能保平安), a rite on the spot (大殿 佛堂 祭山神 拜天地 拜高堂),
#: an errand or a speech (寄包裹 寄货给我们 致开幕词 致…的一封信), a dialogue's answer, and
#: places that person_nouns.tsv holds (娘家 婆家): main's stop stays repaired, on a line of its
#: own after a garbled paragraph.
@pytest.mark.parametrize(
    "line",
    [
        *cases(
            "agent-line-stop-repaired",
            "我们全家都在北京。祝爷爷奶奶新年快乐！",
            "我和妈妈都在北京。祝爸爸生日快乐！",
            "听说爷爷在医院。祝爷爷早日康复！",
            "今天大家都在这里。祝新郎新娘白头偕老！",
            "亲朋好友们都在这里。祝新人百年好合！",
            "老师们都在操场上。祝同学们运动会取得好成绩！",
            "我们都在现场。祝中国队取得好成绩！",
            "同学们都在教室里。祝老师节日快乐！",
            "我们都在这儿。祝老人家福如东海！",
            "我们都在。祝老师新年快乐！",
            "“你们在哪儿？”“我们在邮局。寄包裹。”",
            "“爸，您在哪？”“我在邮局。寄包裹呢。”",
            "“妈妈呢？”“她在邮局。寄一封信给舅舅。”",
            "妈妈在邮局。寄一封信给舅舅。",
            "爸爸在邮局。寄包裹给奶奶。",
            "小王在邮局。寄材料给学校。",
            "他在外地。寄照片回家。",
            "他在深圳。寄北京的快递。",
            "奶奶在大殿里。拜观音菩萨。",
            "奶奶在佛堂里。拜观音。",
            "香客们都在大雄宝殿。拜佛祖。",
            "村民们都在山上。祭山神。",
            "村民们都在河边。祭河神。",
            "族人都在宗祠。祭祖先。",
            "新郎新娘面向来宾。拜天地。",
            "新人面朝香案。拜高堂。",
            "他朝着北方。拜三拜。",
            "王校长在主席台上。致开幕词。",
            "他在台上。致欢迎词。",
            "孩子们在学校。念课文。",
            "他在北京。念大学。",
            "他在台上。念稿子。",
            "他在美国。寄钱回家。",
            "他在外地。寄信回家。",
            "她在医院。祝她早日康复。",
            "我们在北京。祝你们一切顺利。",
            "我们都在北京。祝工作顺利。",
            "“你在哪儿呢？”“我在网上。祭英烈呢。”",
            "他在网上。祭奠亡妻。",
            "大家都在群里。祝寿星生日快乐！",
            "全体员工都在公司。祝公司生意兴隆！",
            "老人朝着家门。念孙子。",
            "我在车站。寄行李。",
            "游客们都在山顶。拜日出。",
            "他在国外。寄一些书回来。",
            "我们在上海。致全国人民的一封信。",
            "他们都在前线。致敬！",
            "战士们在边疆。致敬最可爱的人。",
            "我们都在外地。寄东西不方便。",
            "他在国外。寄快递太贵了。",
            "我们都在乡下。寄包裹挺麻烦的。",
            "他们都在海外。寄信需要半个月。",
            "我在县城。寄材料比较慢。",
            "老人们都在村里。拜菩萨能保平安。",
            "乡亲们都在老家。祭祖先已成习俗。",
            "我们在山区。寄钱没有那么容易。",
            "家人都在南方。寄年货得提前。",
            "他在国外。寄东西回来不容易。",
            "我们都在。祝老师新年快乐！",
            "“谁在家？”“我们在呢。祝爷爷生日快乐！”",
            "同学们都还在。祝母校越办越好！",
            "我们一家人都在一起。祝爷爷奶奶健康长寿。",
            "我和你爸都在家。祝孩子们学业进步。",
            "我们都在深圳过年。祝家乡父老新春快乐。",
            "他们在北京开会。祝大会圆满成功。",
            "小明在上海。祝小明生日快乐。",
            "父母都在老家。念叨着你呢。",
            "全班同学都在礼堂。祝学校百年华诞。",
            "她娘家在外地。寄年货给父母。",
            "她婆家在农村。寄衣服给公婆。",
            "卖家在广州。寄货给我们。",
            "商家在外地。寄快递给买家。",
            "我们都在现场。祝北京冬奥会圆满成功！",
            "我们全家都在上海。祝上海越来越好！",
            "同学们都在北京。祝北京奥运会圆满成功！",
            "亲人们都在身边。祝老人家生日快乐。",
            "爷爷奶奶都在世。祝二老健康长寿。",
            "同学们都在校。祝老师们教师节快乐！",
            "我们都在一线。致敬白衣天使！",
            "“你们在哪？”“我们在车站。寄存行李呢。”",
            "“你在哪儿？”“我在快递点。寄东西。”",
            "“你爸呢？”“他在庙里。拜菩萨。”",
            "“人呢？”“都在大殿。拜佛呢。”",
            "老王在邮局。寄钱给儿子。",
            "小李在邮局。寄挂号信。",
            "我们都在家里。寄出去的信还没有回音。",
            "他在邮局。寄了两个包裹。",
            "我们在快递站。寄衣服给孩子。",
            "她在网上。寄东西很方便。",
            "卖家在深圳。寄得很快。",
            "店家在浙江。寄过来要三天。",
            "商家在外地。寄件太慢了。",
            "我们都在。祝大家节日快乐！",
            "孩子们都在身边。祝您健康长寿。",
            "我们都在这里。祝你们新婚快乐！",
            "一家人都在一起。祝爸爸妈妈身体健康！",
            "我们都在杭州。祝杭州越来越美！",
            "我们都在北京过节。祝家人节日快乐。",
            "大家都在现场。祝比赛圆满成功！",
            "姥姥在医院。祝姥姥早日康复！",
            "信徒们都在大殿里。拜佛。",
            "人们都在海边。祭海神。",
            "村民们在祠堂里。祭祖先。",
            "新郎新娘在礼堂。拜天地。",
            "香客们在山顶。拜菩萨。",
            "校长在台上。致辞。",
            "主任在会场。致欢迎辞。",
            "市长在大会上。致贺信。",
            "“你在哪？”“我在车站。寄行李呢。”",
            "“他们在干什么？”“他们在网上。祭英烈。”",
            "她婆家在外地。寄钱回去。",
            "他娘家在山东。寄来一箱苹果。",
            "我在县里。寄材料不方便。",
            "他们在城里。拜师学艺。",
            "我们在乡下。念书很苦。",
            "我在学校。念高三。",
            "他在北京。祝贺的电话打个不停。",
            "他在国外。祭祖只能在网上。",
        ),
        # ... and 遥 'from afar' kept where a person acts from a far place (kin terms too: 妈妈 爷爷).
        *cases(
            "agent-line-kept",
            "很多人在网上遥祭先人。",
            "海外侨胞在异国他乡遥祝祖国繁荣昌盛。",
            "他在台湾遥祭大陆的祖坟。",
            "游子们在异乡遥寄相思。",
            "他朝着家乡的方向遥拜。",
            "市民们纷纷在网上遥祭英烈。",
            "家属们在千里之外遥祭亲人。",
            "台胞在岛内遥祭黄帝陵。",
            "我在异乡遥念故乡。",
            "她在海外遥寄一份思念。",
            "他们在海外遥致问候。",
            "妈妈在海外遥寄相思。",
            "爷爷在台湾遥祭大陆的祖坟。",
            "张先生在美国遥祝家乡父老新春快乐。",
            "海外学子们在异国他乡遥祝祖国母亲生日快乐。",
            "留学生们在海外遥祝祖国繁荣昌盛。",
            "我在此遥祝全国人民新春快乐。",
            "老华侨在旧金山遥祭黄帝。",
            "很多网友在网上遥祭英烈，寄托哀思。",
            "不少人在网上遥寄哀思。",
            "清明节，许多海外华人在网上遥祭先人。",
            "抗疫一线的医护人员在武汉遥祝家人新春快乐。",
            "驻守边疆的战士们在哨所遥祝祖国繁荣昌盛。",
            "他们朝着家乡遥寄思念。",
            "他面朝大海遥祭亡妻。",
            "小李在国外遥寄思念。",
            "春节期间，许多海外游子在异国他乡遥祝祖国繁荣昌盛。",
            "清明时节，不少市民在网上遥祭逝去的亲人。",
            "妈妈在美国遥寄思念。",
            "爷爷在台湾遥念故乡。",
            "奶奶在海外遥寄相思。",
            "他们在万里之外遥致问候。",
            "战士们在边疆遥寄对家乡的思念。",
            "游子们在他乡遥拜先祖。",
            "很多人在网上遥寄哀思。",
            "孩子们在学校遥祝远方的父母身体健康。",
            "台胞在岛内遥祭黄帝。",
        ),
    ],
)
def test_a_person_somewhere_on_a_line(line: str) -> None:
    assert cleaner.clean(PARAGRAPH + founder_garble(line)).text.splitlines()[-1] == line
