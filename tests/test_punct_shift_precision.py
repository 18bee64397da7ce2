"""Punct-shift precision rules (issue 3, session 8): real sentences both ways, the garble each
rule must still repair and the real words it must keep."""

from __future__ import annotations

import pytest

from cleaner.chars import BLACK_CIRCLE
from cleaner.stages.punct_shift.numbers import _approximation_after_unround
from cleaner.stages.punct_shift.table import BULLET_LOOKALIKE
from tests.test_punct_shift import REPAIRED, founder_garble, garbled_context, repair


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 多 and 余 follow round numbers only: before them a lone 远 is "far" (远多于, 远远多于)
        ("今年的粮食产量远多于去年", "今年的粮食产量远多于去年"),
        ("报名的人数远远多于预期", "报名的人数远远多于预期"),
        ("进口的数量远多过出口", "进口的数量远多过出口"),
        # ... and after a round number they are the approximation: the number is repaired
        ("有员园余人参加", "有10余人参加"),
        ("共有猿园多名代表", "共有30多名代表"),
        ("投资源园园多万元", "投资400多万元"),
        ("已经过去圆园余年", "已经过去20余年"),
        # the other units after a lone digit are untouched by the rule
        ("共有远个小组", "共有6个小组"),
        ("全长远米", "全长6米"),
    ],
)
def test_approximation_after_round_numbers_only(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_approximation_after_unround_digit() -> None:
    assert _approximation_after_unround("6", "多") and _approximation_after_unround("3", "余")
    assert not _approximation_after_unround("0", "多") and not _approximation_after_unround("0", "余")
    assert not _approximation_after_unround("6", "个") and not _approximation_after_unround("6", "年")
    assert not _approximation_after_unround("6", "")  # the end of the text


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # A quotation holds no “” of its own (a quotation inside one takes ‘’): of the 野 opened
        # before a 冶, the one that reads clearly as the mark opens it, and 野菜 野外 野地 inside
        # the quotation keep their hanzi (the closer used to pair with the last 野).
        ("专家提醒野不要随意采食野菜袁野生蘑菇更不能吃冶", "专家提醒“不要随意采食野菜，野生蘑菇更不能吃”"),
        (
            "他叮嘱队员野进山要带足水袁到了野外要结伴而行袁不要惊扰野生动物冶",
            "他叮嘱队员“进山要带足水，到了野外要结伴而行，不要惊扰野生动物”",
        ),
        ("村里人都说野这片野地要好好保护冶", "村里人都说“这片野地要好好保护”"),
        # ... where the last 野 reads as well as the earlier one, it opens the quotation
        ("他说野野菜好吃冶袁大家都笑了", "他说“野菜好吃”，大家都笑了"),
        # A “ left open before a closed quotation does not compete for a later ”: 野城冶 is a
        # quotation of its own each time (a “ opened before 野城冶 would hold that pair).
        (
            "门上写着野平安野两个字遥这座楼叫野城冶袁车就停在野城冶的地下室",
            "门上写着“平安“两个字。这座楼叫“城”，车就停在“城”的地下室",
        ),
        # Of two 野 as strong before one 冶, the second after 、 is inside the first's quotation:
        # “甲、“乙” would leave the first open (a list's items are quoted alike: “甲”、“乙”)
        ("工商部门终于将危害市场的野假郎尧野郎冶逐出市场", "工商部门终于将危害市场的“假郎、野郎”逐出市场"),
        ("工商部门终于将危害市场的野假郎冶尧野劣郎冶逐出市场", "工商部门终于将危害市场的“假郎”、“劣郎”逐出市场"),
    ],
)
def test_double_quotes_do_not_nest(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No line starts with a closing mark: a 冶 at a line start (冶铁 冶铸) closes no
        # quotation, so the 野 of 野马 野花 before it keeps its hanzi
        (
            "遥远的天边袁野马在奔跑遥\n冶铁技术在春秋时期已经相当成熟遥",
            "遥远的天边，野马在奔跑。\n冶铁技术在春秋时期已经相当成熟。",
        ),
        ("春天到了袁野花开满了山坡遥\n冶铁作坊里炉火正旺遥", "春天到了，野花开满了山坡。\n冶铁作坊里炉火正旺。"),
        # ... while a quotation that runs on to the next line still closes where a line ends
        ("他说院野明天一定要去遥\n冶铁作坊里炉火正旺遥冶", "他说：“明天一定要去。\n冶铁作坊里炉火正旺。”"),
        # Nothing quotes nothing: of two 冶 right after a 野 the first is the quoted hanzi, and
        # pairs with nothing (else the second takes the 野 of 分野 on the line before)
        (
            "田野调查是人类学的基本方法遥\n分野在于对待群众的态度遥\n冶金尧冶炼和陶冶都有一个野冶冶字遥",
            "田野调查是人类学的基本方法。\n分野在于对待群众的态度。\n冶金、冶炼和陶冶都有一个“冶”字。",
        ),
    ],
)
def test_a_closer_at_a_line_start_closes_nothing(text: str, expected: str) -> None:
    lead = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶"
    assert repair(lead + text) == "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”" + expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 公 is a unit only as the first character of a metric unit (公里 公斤 公顷): before 公钥
        # 'public key' (no word of the lexicon) or 公司 a lone 源 is the source, no 4
        ("请导入 A员B圆C猿D源 的源公钥文件", "请导入 A1B2C3D4 的源公钥文件"),
        ("他在数据源公司上班", "他在数据源公司上班"),
        # ... and a lone digit before a metric unit is still the number
        ("全程缘公里", "全程5公里"),
        ("带了猿公斤大米", "带了3公斤大米"),
        ("承包了缘公顷土地", "承包了5公顷土地"),
    ],
)
def test_metric_prefix_is_no_unit_alone(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 尧尧 between two names of a list: the first ends the name 王尧, the second is the 、
        ("出席会议的有王尧尧李尧尧张尧同志", "出席会议的有王尧、李尧、张尧同志"),
        ("王尧尧李尧两位同志发言", "王尧、李尧两位同志发言"),
        ("获奖者有王尧尧李明尧张华", "获奖者有王尧、李明、张华"),
        # ... but a common surname starts common words too: no name after it, no list
        ("王尧尧张开双臂拥抱了妈妈", "王尧尧张开双臂拥抱了妈妈"),
        ("王尧尧周末去公园", "王尧尧周末去公园"),
        ("记者王尧尧黄河边报道", "记者王尧尧黄河边报道"),
        ("赵尧尧陈述了理由", "赵尧尧陈述了理由"),
        ("王尧尧林中散步", "王尧尧林中散步"),
        ("王尧尧刘海很长", "王尧尧刘海很长"),
        ("王尧尧孙子满月了", "王尧尧孙子满月了"),
        ("王尧尧朱红色的衣服", "王尧尧朱红色的衣服"),
    ],
)
def test_doubled_yao_is_a_list_only_before_a_name(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


#: A book of recipes: no 的 了 是 在, clauses of four to seven hanzi, as verse has; the names in
#: its notes are names (the 袁 of 袁和平 after an opening quote or a sentence end).
RECIPES = "家常菜谱十则\n" + "\n".join(
    (
        "红烧肉：五花肉500克，冰糖30克，生抽2勺，老抽1勺，料酒2勺，葱1根，姜3片，八角2个。五花肉切块焯水，炒糖色，下肉翻炒上色，加开水没过肉，小火炖60分钟，大火收汁。",
        "番茄炒蛋：番茄2个，鸡蛋3个，盐3克，白糖5克，葱花少许。鸡蛋打散炒熟盛出，番茄切块炒出汁，倒入鸡蛋翻匀，加盐糖调味出锅。",
        "宫保鸡丁：鸡胸肉300克，花生米50克，干辣椒10个，花椒1小把，葱白2段。鸡丁用淀粉腌制10分钟，热油炒香辣椒花椒，下鸡丁炒至变色，调入碗汁，撒花生米。",
        "鱼香肉丝：猪里脊250克，木耳5朵，胡萝卜1根，青椒1个，郫县豆瓣1勺，醋2勺，糖2勺。肉丝上浆滑油，炒香豆瓣，下配菜，倒入鱼香汁翻炒。",
        "麻婆豆腐：嫩豆腐1块，牛肉末100克，豆瓣酱1勺，花椒粉适量，蒜苗2根。豆腐切块焯盐水，炒香肉末豆瓣，加水下豆腐煮5分钟，勾芡三次，撒花椒粉蒜苗。",
        "清蒸鲈鱼：鲈鱼1条约600克，葱3根，姜1块，蒸鱼豉油3勺。鱼身划刀塞姜片，水开后蒸8分钟，倒掉蒸汁，铺葱丝，淋热油与豉油。",
        "酸辣土豆丝：土豆2个，干辣椒5个，醋2勺，盐3克。土豆切丝泡水去淀粉，大火快炒，沿锅边烹醋，加盐出锅。",
        "可乐鸡翅：鸡翅中10个，可乐1罐，生抽2勺，姜4片。鸡翅两面划刀焯水，煎至两面金黄，倒入可乐生抽，中火煮15分钟收汁。",
        "地三鲜：茄子1个，土豆1个，青椒2个，蒜5瓣，生抽1勺，蚝油1勺。茄子土豆切滚刀块炸熟，青椒过油，爆香蒜末，倒入蔬菜与调味汁翻匀。",
        "糖醋排骨：小排500克，冰糖40克，香醋4勺，生抽2勺，料酒1勺，熟芝麻少许。排骨焯水煎黄，加冰糖炒化，烹醋生抽，加水焖30分钟，收汁撒芝麻。",
    )
)


@pytest.mark.parametrize(
    "line",
    ["他说：“袁和平来了。”", "导演说：“袁和平执导。”", "队长袁野说：好。", "主持人：袁建设。", "名单：袁光明、叶红。"],
    ids=["quote-opens", "quote-opens-2", "captain", "host", "list"],
)
def test_the_surname_in_a_book_of_recipes_is_kept(line: str) -> None:
    text = RECIPES.replace("\n", f"\n{line}\n", 1)
    garbled = founder_garble(text)
    repaired = repair(garbled)
    assert repaired.split("\n")[1] == line
    # no character the garble left as it was (a real 袁, 院) is changed anywhere
    assert not [i for i, char in enumerate(text) if garbled[i] == char != repaired[i]]


@pytest.mark.xfail(
    reason="one digit before 勺 瓣 朵 罐 (生抽2勺, 蒜5瓣) is no number to the stage, in modern prose too; "
    "个 根 克 and the dates, read as verse's hanzi before, are (test_punct_shift_verse)"
)
def test_a_book_of_recipes_is_repaired() -> None:
    assert repair(founder_garble(RECIPES)) == RECIPES


@pytest.mark.parametrize(
    "line",
    ["窑烧陶瓷是这里的传统手艺，已有千年。", "窑火通明，匠人彻夜未眠。", "  窑工们每天在高温下劳作。"],
    ids=["fired-in-a-kiln", "kiln-fire", "indented"],
)
def test_a_kiln_at_a_line_start_is_kept(line: str) -> None:
    # the interpunct stands between two names or numbers: no line starts with it
    text = f"今天我们参观了景德镇的古窑，看到了许多精美的瓷器。\n{line}\n这里的瓷器远销海外，很受欢迎。"
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "text",
    [
        "产品特点\n·高清大屏，色彩逼真。\n·超长待机，充电一次可用三天。\n·防水防尘，适合户外运动。\n",
        "主要内容如下：\n· 开展安全生产大检查。\n· 组织一次应急演练。\n· 举办安全知识竞赛。\n",
        "景区介绍\n·窑洞民居，冬暖夏凉。\n·古法制陶，现场体验。\n·农家饭菜，地道风味。\n",
    ],
    ids=["features", "spaced", "kiln-word-in-a-list"],
)
def test_the_bullets_of_a_list_are_repaired(text: str) -> None:
    # a list sets · at the start of several lines: there 窑 is the bullet, a word of kilns after it or not
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 检查院, the procuratorate misspelt (the press prints it too): a word of
        # punct_shift_words.tsv, so its 院 is kept (reported) where a procuratorate is named
        ("最高人民检查院发布了一批典型案例", "最高人民检查院发布了一批典型案例"),
        ("美国纽约南部地方检查院以伪造罪起诉", "美国纽约南部地方检查院以伪造罪起诉"),
        ("最高人民检察院发布了一批典型案例", "最高人民检察院发布了一批典型案例"),
        # ... a colon after other words is repaired as before, and the label 检查： where no
        # procuratorate is named (far more common than the misspelling)
        ("检查组指出院问题不少", "检查组指出：问题不少"),
        ("入院后体格检查院体温正常", "入院后体格检查：体温正常"),
        ("经检查院该车辆制动系统失灵", "经检查：该车辆制动系统失灵"),
        ("辅助检查院血常规正常", "辅助检查：血常规正常"),
        ("我们对全区餐馆进行了检查院大部分餐馆合格", "我们对全区餐馆进行了检查：大部分餐馆合格"),
        ("这次检查院重点是消防安全", "这次检查：重点是消防安全"),
        ("安全检查院每月不少于圆次", "安全检查：每月不少于2次"),
        ("专项检查院全市共检查企业猿园家", "专项检查：全市共检查企业30家"),
        ("这次重点检查院渊员冤消防通道", "这次重点检查：（1）消防通道"),
        ("经过认真检查院发现安全隐患", "经过认真检查：发现安全隐患"),
        ("他在县人民检查院工作了十年", "他在县人民检查院工作了十年"),
        # 籍 'native of' follows a place (豫籍: Henan-born), never a percentage: 结缘 keeps 缘
        ("结缘豫籍作家", "结缘豫籍作家"),
        ("他是豫籍演员", "他是豫籍演员"),
        # ... a percentage before anything else is repaired
        ("利润增长缘豫", "利润增长5%"),
        ("利润增长缘豫袁来源豫章", "利润增长5%，来源豫章"),
        # 时 'when' takes 开始 起 以后 as a clock's hour does: with no time of day near, a lone
        # digit's look-alike before it is kept (reported)
        ("每当月亮圆时开始赏月", "每当月亮圆时开始赏月"),
        ("鸳梦终圆时起", "鸳梦终圆时起"),
        # ... the day's part, a schedule or a clock's minutes say a clock
        ("会议于上午愿时开始", "会议于上午8时开始"),
        ("比赛定于圆时开始", "比赛定于2时开始"),
        ("大会于今天下午猿时起举行", "大会于今天下午3时起举行"),
        ("凌晨源时以后", "凌晨4时以后"),
        ("考试员时猿园分开始", "考试1时30分开始"),
        # ... and so do a preposition of time before a single digit, or an event after 时
        ("会议于怨时开始", "会议于9时开始"),
        ("比赛怨时开始", "比赛9时开始"),
        ("考生须在愿时前进入考场", "考生须在8时前进入考场"),
        ("活动从怨时起举行", "活动从9时起举行"),
    ],
)
def test_real_words_beside_a_sign_or_an_hour(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the surname 尧 after a title, before a given name and 在会上 (where a person spoke: the
        # report's set phrase after a name at a meeting)
        ("县委书记尧建军在会上强调要落实", "县委书记尧建军在会上强调要落实"),
        ("院士尧国正在会议上发言", "院士尧国正在会议上发言"),
        ("市长尧文斌在讲话中指出要落实", "市长尧文斌在讲话中指出要落实"),
        # ... a list of titles or nouns for people before it keeps its 、
        ("县委书记尧县长在会上讲话", "县委书记、县长在会上讲话"),
        ("工人尧农民在会上发言", "工人、农民在会上发言"),
        ("书记尧主任在会议上发言", "书记、主任在会议上发言"),
        ("学生尧家长在会上提出建议", "学生、家长在会上提出建议"),
        ("院士尧博导在会上作了报告", "院士、博导在会上作了报告"),
        ("教授尧博导在会上作了报告", "教授、博导在会上作了报告"),
    ],
)
def test_the_surname_yao_before_a_name_at_a_meeting(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # after a role, 袁 and one hanzi before a speech verb: a given name of one, though its
        # character is common in text (方): no noun of one hanzi speaks after a comma there
        ("主教练袁方表示要继续努力", "主教练袁方表示要继续努力"),
        ("记者袁方说要继续努力", "记者袁方说要继续努力"),
        ("队长袁方指出要继续努力", "队长袁方指出要继续努力"),
        # ... a pronoun or an adverb there starts the clause after a comma
        ("记者袁也表示要继续努力", "记者，也表示要继续努力"),
        ("记者袁他说要继续努力", "记者，他说要继续努力"),
        ("教练袁又说要继续努力", "教练，又说要继续努力"),
        # ... and so does a kinship noun of one hanzi, which speaks alone
        ("我哥是医生袁爸说他从小就聪明", "我哥是医生，爸说他从小就聪明"),
    ],
)
def test_a_given_name_of_one_common_hanzi_before_speech(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "text",
    [
        # 遥遥 before a verb (遥遥可见: 'far' modifies it) is no doubled full stop, so it does not
        # witness a writer who doubles marks: 遥遥灯火 elsewhere on the page keeps its 遥遥
        "那天晚上我们去江边散步，风很大。\n夜色朦胧遥遥灯火，我们站在桥上看了好久，真的很美。\n两岸灯火遥遥可见。",
        # ... the doubled stops of a review are repaired beside it as before
        "手机收到了，外观很漂亮，屏幕也很清晰，运行速度很快，拍照效果不错。。\n"
        "电池比较耐用，充电也快，客服态度很好，物流也很给力。。\n"
        "唯一的缺点是有点重，拿久了手会酸，不过可以接受，总体来说很满意。。\n"
        "晚上拍夜景，两岸灯火遥遥可见，效果很好。",
    ],
    ids=["far-lights", "review"],
)
def test_far_before_a_verb_witnesses_no_doubled_stop(text: str) -> None:
    assert repair(founder_garble(text)) == text


def test_a_pair_after_a_predicate_of_degree_witnesses_a_doubled_stop() -> None:
    # 很干净遥遥 before a verb 遥遥 does not modify (推荐): a predicate of degree ends a sentence
    # there, so the pair witnesses the review's 。。 and the next pair is repaired
    snippet = "房间很干净遥遥推荐大家来住袁早餐也不错遥遥服务员很热情"
    assert repair(garbled_context(snippet)) == REPAIRED.format("房间很干净遥遥推荐大家来住，早餐也不错。。服务员很热情")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 要要 between a phrase of 在 closed by its place word and a verb: the modal verb typed
        # twice (no dash parts an adverbial of place from its verb), kept and reported
        ("指示在 arrayName 上要要销毁哪个查找", "指示在 arrayName 上要要销毁哪个查找"),
        ("他在会上要要发言", "他在会上要要发言"),
        ("你在心里要要记住", "你在心里要要记住"),
        # ... but a dash after a place word with no 在, before a pronoun, or a pair around a noun
        ("新领导班子上任后要要封车堵嘴", "新领导班子上任后——封车堵嘴"),
        ("他在这个问题上要要我们都知道", "他在这个问题上——我们都知道"),
        ("在会议上要要中国科学院院士要要发言", "在会议上——中国科学院院士——发言"),
        ("他晚上要要出去", "他晚上——出去"),
        # ... nor a headline's subtitle, which starts with a verb of writing or visiting
        ("在改革开放的大潮中要要访某公司董事长张强", "在改革开放的大潮中——访某公司董事长张强"),
        ("在这片热土上要要写在建市三十周年之际", "在这片热土上——写在建市三十周年之际"),
        ("在改革的浪潮中要要看一个乡镇企业的崛起", "在改革的浪潮中——看一个乡镇企业的崛起"),
        ("在新形势下要要谈如何做好群众工作", "在新形势下——谈如何做好群众工作"),
        ("在这个意义上要要说它是一场革命也不为过", "在这个意义上——说它是一场革命也不为过"),
    ],
)
def test_the_modal_verb_typed_twice_after_a_phrase_of_place(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 院 ending two hanzi of no word that start a clause (a name abbreviated), before an
        # adverb of degree: the subject of the predicate, no label and its value
        ("周末我们去了绿博园袁绿博院很大袁里面有很多展馆", "周末我们去了绿博园，绿博院很大，里面有很多展馆"),
        # ... a speaker's colon, and a label that is a word, are repaired as before
        ("他说院很好", "他说：很好"),
        ("我问院很难吗", "我问：很难吗"),
        ("总体来说袁房间院很大", "总体来说，房间：很大"),
        # ... or before a verb of where it is (离 距 位于): an institute's abbreviation (科创院)
        ("科创院离市区不远袁交通便利", "科创院离市区不远，交通便利"),
        ("科创院距市区不远", "科创院距市区不远"),
        ("绿博院位于市区东部袁交通便利", "绿博院位于市区东部，交通便利"),
        # ... a label that is a word, and a speaker, take the colon before them
        ("位置院离市区不远袁交通便利", "位置：离市区不远，交通便利"),
        ("地址院位于市中心", "地址：位于市中心"),
        ("他说院离开家乡已经三十年了", "他说：离开家乡已经三十年了"),
        ("科创院离市中心只有缘公里", "科创院离市中心只有5公里"),
        ("科创院距离市区很近", "科创院距离市区很近"),
        # ... where the place measured from holds a look-alike in its word (医院 学院: no mark)
        ("科创院离医院不远袁交通便利", "科创院离医院不远，交通便利"),
        ("绿博院距学院只有缘百米", "绿博院距学院只有5百米"),
        # ... and a hospital by its number alone that starts its clause (二院 'the Second
        # Hospital'): an item numbered 二： would name no subject that is somewhere
        ("二院位于城南袁交通便利", "二院位于城南，交通便利"),
        ("据了解袁三院离市区不远", "据了解，三院离市区不远"),
        # ... but a numeral after a word, or before no verb of place, numbers an item
        ("优点一院位于市中心袁交通方便曰二院房间干净", "优点一：位于市中心，交通方便；二：房间干净"),
        ("理由有二遥一院价格太高", "理由有二。一：价格太高"),
        # ... nor after a label's colon, nor beside a sibling numeral that heads an item of no
        # place or follows a label: a numbered list's items
        ("选址理由院一院地处繁华商圈曰二院距地铁站仅百米", "选址理由：一：地处繁华商圈；二：距地铁站仅百米"),
        ("该项目有三大优势遥一院位于城市核心区遥二院配套完善", "该项目有三大优势。一：位于城市核心区。二：配套完善"),
        ("优势院\n一院位于城东袁二院位于城南", "优势：\n一：位于城东，二：位于城南"),
        # ... but a colon after 医院 is no label: the hospitals it counts follow by their numbers
        ("我市共有三所医院院一院位于城东袁二院位于城西", "我市共有三所医院：一院位于城东，二院位于城西"),
        ("全县有两家医院院\n一院位于县城袁二院位于新区", "全县有两家医院：\n一院位于县城，二院位于新区"),
        ("楼盘优势院一院位于市中心袁二院位于学区内", "楼盘优势：一：位于市中心，二：位于学区内"),
        # ... but a list numbered 一、 or 第一， goes on with its own mark (二尧, 第二袁), so beside
        # it 二院 is the hospital, after a label too; and so where the list has an item 二 already
        ("第一袁位置好遥二院位于市中心袁交通便利", "第一，位置好。二院位于市中心，交通便利"),
        (
            "医院概况院一尧基本情况遥二院位于城区东部袁占地五万平方米",
            "医院概况：一、基本情况。二院位于城区东部，占地五万平方米",
        ),
        ("本市医疗资源概况院\n一尧总体情况\n二院位于城区东部", "本市医疗资源概况：\n一、总体情况\n二院位于城区东部"),
        ("一院加强领导曰二院落实责任遥会后袁二院位于城东", "一：加强领导；二：落实责任。会后，二院位于城东"),
        ("一尧基本情况遥二院位于城区东部袁占地五万平方米", "一、基本情况。二院位于城区东部，占地五万平方米"),
        (
            "市第二人民医院情况介绍\n一尧基本情况\n二院位于城区东部袁占地五万平方米袁现有职工八百人",
            "市第二人民医院情况介绍\n一、基本情况\n二院位于城区东部，占地五万平方米，现有职工八百人",
        ),
        (
            "本市医疗资源概况\n一尧总体情况\n二院位于城区东部袁是全市规模最大的医院",
            "本市医疗资源概况\n一、总体情况\n二院位于城区东部，是全市规模最大的医院",
        ),
        (
            "关于我市二院的调研报告遥一尧基本情况遥二院位于市中心袁始建于员怨缘圆年",
            "关于我市二院的调研报告。一、基本情况。二院位于市中心，始建于1952年",
        ),
        (
            "会议强调三点院一尧加强领导曰二尧落实责任遥会后袁二院位于城东的新院区正式开诊",
            "会议强调三点：一、加强领导；二、落实责任。会后，二院位于城东的新院区正式开诊",
        ),
        (
            "第一袁交通便利遥第二袁环境优美遥二院位于市中心袁步行十分钟即到",
            "第一，交通便利。第二，环境优美。二院位于市中心，步行十分钟即到",
        ),
        (
            "市卫健委负责人介绍袁第一袁要加强医疗服务遥二院位于城南袁将新建门诊楼",
            "市卫健委负责人介绍，第一，要加强医疗服务。二院位于城南，将新建门诊楼",
        ),
        # ... but a numeral and 、 before another numeral count two hospitals (一、二院), and
        # numbered hospitals joined by 和 or 、 are a list of one kind of name (一：和二： is none)
        ("一尧二院位于城南袁相距不远", "一、二院位于城南，相距不远"),
        ("本市有三家医院遥一尧二院位于城南袁三院位于城北", "本市有三家医院。一、二院位于城南，三院位于城北"),
        (
            "本市有两家医院袁一院和二院遥一院位于城东袁二院位于城南",
            "本市有两家医院，一院和二院。一院位于城东，二院位于城南",
        ),
        ("统一尧规范遥二院位于城南袁交通便利", "统一、规范。二院位于城南，交通便利"),
        # ... nor items that each say where with no hospital named before them (a brochure's)
        (
            "本项目有两大优势遥一院位于市中心袁交通便利遥二院位于学区内袁教育资源丰富",
            "本项目有两大优势。一：位于市中心，交通便利。二：位于学区内，教育资源丰富",
        ),
        (
            "两大优势遥一院位于城市核心区袁周边银行尧医院尧学校齐全遥二院位于地铁口袁出行便捷",
            "两大优势。一：位于城市核心区，周边银行、医院、学校齐全。二：位于地铁口，出行便捷",
        ),
        # ... while hospitals in a row, each somewhere, and one after a line ending in 医院 stay
        (
            "本市有三家医院遥一院位于城东袁二院位于城南袁三院离市区较远",
            "本市有三家医院。一院位于城东，二院位于城南，三院离市区较远",
        ),
        ("全市医院\n一院位于城东袁二院位于城南", "全市医院\n一院位于城东，二院位于城南"),
        # ... but 离 starting a word or a title, with no word of distance after it, is a
        # label's value (双创：离不开…, 诗题：离思)
        ("双创院离不开政策支持", "双创：离不开政策支持"),
        ("文创院离不开创意", "文创：离不开创意"),
        ("诗题院离思袁作者元稹", "诗题：离思，作者元稹"),
        ("原题院离别袁作者不详", "原题：离别，作者不详"),
        ("戏名院离婚袁主演张三", "戏名：离婚，主演张三"),
        ("他的代表作有两部袁诗题院离思袁曲名院离歌", "他的代表作有两部，诗题：离思，曲名：离歌"),
        # ... and a label ending with a building's or a branch's noun (馆 店: 院 follows none in
        # a name) takes the colon
        ("总馆院位于市中心", "总馆：位于市中心"),
        ("东馆院坐落在湖边", "东馆：坐落在湖边"),
        ("本店有两家分店袁一店院位于中山路袁二店院位于解放路", "本店有两家分店，一店：位于中山路，二店：位于解放路"),
    ],
)
def test_a_named_institute_before_its_predicate(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a garbled quoted sentence's end (遥冶 钥冶 = 。” ？”) before 袁 and a given name: the
        # surname of the next speaker, as after the real marks (“好的。”袁明)
        ("叶子说院野我愿意等你回来遥冶袁朗说院野我一定会回来的", "叶子说：“我愿意等你回来。”袁朗说：“我一定会回来的"),
        ("他问院野你去吗钥冶袁明点了点头", "他问：“你去吗？”袁明点了点头"),
        ("他说院野好的遥冶袁华笑着走了", "他说：“好的。”袁华笑着走了"),
        # ... but a quoted word ending with the hanzi 遥, and a clause that starts with a common
        # word or a predicate (”， typed after a quoted sentence all the same), keep the comma
        ("大家都说院野这是千里之遥冶袁可见很远", "大家都说：“这是千里之遥”，可见很远"),
        ("他说院野好的遥冶袁这样就定了", "他说：“好的。”，这样就定了"),
        ("他说院野太好了浴冶袁大家都笑了", "他说：“太好了！”，大家都笑了"),
        ("她说院野小姐袁你好遥冶袁超好记性", "她说：“小姐，你好。”，超好记性"),
    ],
)
def test_a_surname_after_a_garbled_quoted_sentence(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 院 the yard after a verb of posture or placement and 在 (where it is), or after a
        # demonstrative and its classifier (a noun follows): no colon stands there
        ("奶奶坐在院门口晒太阳", "奶奶坐在院门口晒太阳"),
        ("他们住在院里", "他们住在院里"),
        ("在这个院住了三十年", "在这个院住了三十年"),
        ("每个院都有自己的特色", "每个院都有自己的特色"),
        # ... a colon after 表现在 and after a count's 个 is repaired as before
        ("具体表现在院一是农业", "具体表现在：一是农业"),
        ("问题有两个院一是管理", "问题有两个：一是管理"),
        ("原因只有一个院壮大自己", "原因只有一个：壮大自己"),
        # ... and after a verb of placing (放在：, a report's stock phrase) or 是 这个 (the
        # predicate's object pointing at what follows)
        ("我们把工作重点放在院一是抓好春耕", "我们把工作重点放在：一是抓好春耕"),
        ("今后要把主要精力放在院加强基层建设上", "今后要把主要精力放在：加强基层建设上"),
        ("问题的关键摆在院如何提高效率", "问题的关键摆在：如何提高效率"),
        ("他的心思全放在院怎样赚钱上", "他的心思全放在：怎样赚钱上"),
        ("原因就是这个院他根本没来", "原因就是这个：他根本没来"),
        ("问题在于那个院合同没有签字", "问题在于那个：合同没有签字"),
        # 要要 before a bare 个: the verb 要 twice (要 要个孩子), no dash stands before a bare 个
        ("他们说要要个孩子", "他们说要要个孩子"),
        ("我国第一个地质勘探装备制造厂要要张家口探矿机械厂", "我国第一个地质勘探装备制造厂——张家口探矿机械厂"),
        # ... but 个 that starts a word (个人 个体户 个别 个性) is a noun a dash introduces
        ("他们有一个共同的名字要要个体户", "他们有一个共同的名字——个体户"),
        ("成功的关键在于要要个人的努力", "成功的关键在于——个人的努力"),
        ("这里面有一个问题要要个别干部作风漂浮", "这里面有一个问题——个别干部作风漂浮"),
        ("我们要重视一个问题要要个人信息泄露", "我们要重视一个问题——个人信息泄露"),
        ("他最大的特点要要个性鲜明", "他最大的特点——个性鲜明"),
    ],
)
def test_a_yard_and_a_verb_where_no_mark_stands(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # after a verb whose object is a person, 袁 and a given-name character before an adverb
        # of aspect and a verb: the person seen and what they were doing
        ("叶红走进办公室袁看见袁明正在打电话", "叶红走进办公室，看见袁明正在打电话"),
        ("我看见袁华刚走出大门", "我看见袁华刚走出大门"),
        # ... a common word or an adverb starts the clause after a comma
        ("我看见袁明天要下雨", "我看见，明天要下雨"),
        ("他看见袁正在施工的工地", "他看见，正在施工的工地"),
        # ... and so does a noun of nature or light, the clause's subject
        ("他推门进去看见袁灯还在亮着", "他推门进去看见，灯还在亮着"),
        ("他看见袁春正在悄悄来临", "他看见，春正在悄悄来临"),
    ],
)
def test_a_name_seen_doing_something(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 要要 after 大家 or a subject of 各 and a noun (each X) in a directive: the modal verb
        # typed twice, as after a pronoun (no dash parts a subject from its verb)
        ("会议要求袁各地要要把思想统一到中央决策部署上来", "会议要求，各地要要把思想统一到中央决策部署上来"),
        ("各部门要要加强协调", "各部门要要加强协调"),
        ("请大家要要注意安全", "请大家要要注意安全"),
        # ... the dash before a list's item stays
        ("各地要要一是加强领导", "各地——一是加强领导"),
        # ... and the dash after an idiom of 各, before a specification, after the vocative 各位
        # and after 大家 as a verb's object
        ("大家各抒己见要要有人赞成袁有人反对", "大家各抒己见——有人赞成，有人反对"),
        ("五个人各显神通要要结果都成功了", "五个人各显神通——结果都成功了"),
        ("各部门要要尤其是财政部门袁要加强协调", "各部门——尤其是财政部门，要加强协调"),
        ("各位要要请安静", "各位——请安静"),
        ("感谢大家要要谢谢你们的支持", "感谢大家——谢谢你们的支持"),
    ],
)
def test_the_modal_verb_typed_twice_after_each_place(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a kinship word of one character that an elder is called by after the surname (袁伯
        # 'Uncle Yuan', 袁叔), before what a clause goes on with
        ("老板袁伯每天凌晨四点就起床熬汤", "老板袁伯每天凌晨四点就起床熬汤"),
        # ... the kinship word of two that starts a clause keeps the comma before it
        ("我们去看望了老人袁伯父身体还好", "我们去看望了老人，伯父身体还好"),
        # ... and so does the kinship word of one alone after a clause with no person before it
        ("我推门进去袁叔在屋里看电视", "我推门进去，叔在屋里看电视"),
        ("我回到家袁婶已经做好了饭", "我回到家，婶已经做好了饭"),
        ("他走了以后袁姨就哭了", "他走了以后，姨就哭了"),
        ("放学回家袁伯也在", "放学回家，伯也在"),
        ("妈妈去世后袁姨把我养大", "妈妈去世后，姨把我养大"),
        ("那年冬天袁伯每天都来看我们", "那年冬天，伯每天都来看我们"),
        ("过年回老家袁叔给了我一个红包", "过年回老家，叔给了我一个红包"),
        ("我一进门袁婶就拉着我的手", "我一进门，婶就拉着我的手"),
        ("他刚到袁伯让他先休息", "他刚到，伯让他先休息"),
    ],
)
def test_a_surname_before_a_kinship_word_of_one(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 、 joins the items of a list: never after the copula 是 as a word of its own, nor after
        # a quoted sentence's end; 尧 there is the surname (尧小军)
        ("叶工袁这是尧小军袁刚从北京调来", "叶工，这是尧小军，刚从北京调来"),
        ("他说野就是菜少了点遥冶尧小军说", "他说“就是菜少了点。”尧小军说"),
        ("他说野好的遥冶尧小军笑了", "他说“好的。”尧小军笑了"),
        # ... after an idiom's 是, and after a quoted word, the list goes on
        ("坚持实事求是尧无私奉献", "坚持实事求是、无私奉献"),
        ("立足野北大门冶尧首都野护城河冶职责", "立足“北大门”、首都“护城河”职责"),
        # ... and after 是 that heads a list's item, is the choice 是、否, or joins predicates
        ("要做到以下几点院一是尧加强领导曰二是尧完善制度", "要做到以下几点：一是、加强领导；二是、完善制度"),
        ("重点抓好三项工作院一是尧抓班子", "重点抓好三项工作：一是、抓班子"),
        ("是否吸烟钥是尧否", "是否吸烟？是、否"),
        ("选择是尧否或不确定", "选择是、否或不确定"),
        ("选是尧否的人数", "选是、否的人数"),
        ("问题的实质是尧也只能是发展问题", "问题的实质是、也只能是发展问题"),
        ("这是尧也必然是一场硬仗", "这是、也必然是一场硬仗"),
        ("优点是尧缺点是", "优点是、缺点是"),
    ],
)
def test_no_enumeration_comma_after_the_copula_or_a_quoted_sentence(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_an_institute_before_a_verb_of_place_where_a_line_starts() -> None:
    # a line's start is no label's where the two hanzi make no word: 科创：离市区 labels nothing
    text = "近年来袁我市坚持以人民为中心遥\n科创院离市区不远袁交通便利遥\n群众的获得感明显增强遥"
    assert repair(text) == "近年来，我市坚持以人民为中心。\n科创院离市区不远，交通便利。\n群众的获得感明显增强。"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 遥 'from afar' before a verb (遥想 遥寄 遥望 遥祝) after an adverb that leads a verb: no
        # sentence ends with 不禁 常常 只能 …, so the hanzi is kept (reported)
        ("站在江边袁他不禁遥想当年的情景", "站在江边，他不禁遥想当年的情景"),
        ("老人常常遥想年轻时的岁月", "老人常常遥想年轻时的岁月"),
        ("身在异乡袁只能遥寄相思", "身在异乡，只能遥寄相思"),
        ("他总是遥望远方", "他总是遥望远方"),
        ("我们只好遥祝他们一路平安", "我们只好遥祝他们一路平安"),
        # ... a stop after a word that ends a sentence is repaired as before: 纷纷 ends 议论纷纷,
        # 可以 and 一起 answer alone
        ("大家议论纷纷遥我们一起想办法", "大家议论纷纷。我们一起想办法"),
        ("你可以遥我们一起", "你可以。我们一起"),
        ("他的回答总是院不知道", "他的回答总是：不知道"),
    ],
)
def test_far_after_an_adverb_that_leads_a_verb(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_cannot_bear_ends_a_line_of_verse() -> None:
    # verse's 不禁 'cannot bear' ends a line: its stop is repaired in a book of ci
    lines = [
        "怎奈别离心袁近来尤不禁遥",
        "春风又绿江南岸袁明月何时照我还遥",
        "床前明月光袁疑似地上霜遥举头望明月袁低头思故乡遥",
    ]
    text = "\n".join(lines * 20)
    assert "近来尤不禁。" in repair(text)


#: A temple's brochure in phrases of four, with no modern function word and no digit (written
#: for the review of modern30): read as literary, so the verse it quotes keeps its words.
TEMPLE_BROCHURE = (
    "古寺名园导览\n古寺坐落群山之中，始建年代久远，历经修缮，保存完好，殿宇巍峨，古木参天，环境清幽，香火旺盛。\n"
    "寺分东西两院，东为禅院，西为别院。山门之后，天王殿，大雄宝殿，藏经楼，依次排列，层层递进，气势恢宏。\n"
    "东侧禅院，僧众修行之所，游客止步。西侧别院，接待香客之处，素斋茶点，一应俱全。\n"
    "后山书院，古代学子读书之处，现辟为文化展厅，陈列碑刻，书画珍品，古籍善本，供人参观。\n"
    "寺旁古园，亭台楼阁，假山池沼，曲径回廊，花木扶疏，庭院深深，步移景异，令人流连。\n"
    "园中深院，院墙高耸，藤萝满架，清静幽雅，适合品茶休憩，陶冶性情，放松身心。\n"
    "登高远眺，田野广阔，村落点点，炊烟袅袅，原野苍茫，群山迢遥，天地开阔，心旷神怡。\n"
    "山路遥远，台阶陡峭，游客量力而行，注意安全，老人儿童须有家人陪同。\n"
    "寺内禁止吸烟，禁止明火，禁止喧哗，请勿随意拍照，请勿触摸文物，爱护公共设施，文明参观。\n"
    "交通指南：自驾游客沿盘山公路上行，到达山顶停车场；乘坐公交游客至山脚站下车，步行或乘坐索道上山。\n"
    "周边配套：农家饭庄，特色民宿，土产商店，停车场所，游客服务中心，医疗救护站，设施齐全。\n"
    "特色活动：春季赏花，夏季避暑，秋季观枫，冬季赏雪，四季皆宜，各具特色。\n"
    "节庆期间，庙会热闹，舞龙舞狮，杂技表演，民间艺术，小吃美食，游人如织，热闹非凡。\n"
    "诚邀四方宾朋，前来观光游览，祈福纳祥，共享美好时光！\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "牧童遥指杏花村，游客纷至沓来。",
        "诗云：牧童遥指杏花村。",
        "古训曰“勤能补拙”，今人谨记。",
        "月圆之夜，思念远人。",
    ],
)
def test_verse_quoted_by_a_brochure_in_phrases_of_four_keeps_its_words(line: str) -> None:
    page = TEMPLE_BROCHURE + line + "\n"
    assert repair(founder_garble(page)) == page


@pytest.mark.parametrize(
    "snippet",
    [
        # 遥 'from afar' after a coverb phrase: a preposition of direction and its place or person
        # (向远方 自台湾 向祖国) ends no sentence: the hanzi is kept
        "他们向远方遥拜，寄托哀思",
        "游子向故乡遥寄相思",
        "他们自台湾遥祭黄帝",
        "海外侨胞向祖国遥致问候",
        # (kept before: a word of the lexicon read whole, 遥望 after a place)
        "两岸同胞隔海遥望",
        "两座山峰遥相呼应",
    ],
)
def test_far_after_a_coverb_phrase_is_kept(snippet: str) -> None:
    assert repair(garbled_context(founder_garble(snippet))) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    "expected",
    [
        # ... but a stop after a clause that ends, or a coverb phrase with its verb, is repaired
        "这件事情做完了。祝大家新年快乐",
        "会议在北京召开。祝贺大会圆满成功",
        "我们在家里。想远方的亲人",
        "“你从哪儿来？”“从北京。想去南方看看。”",
        "大门朝大街。听得见外面的车声",
    ],
)
def test_stop_after_a_clause_before_a_verb_far_leads_is_repaired(expected: str) -> None:
    assert repair(garbled_context(founder_garble(expected))) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "text",
    [
        # 愿 'may' before a pronoun is a wish, no 8: a number counts things and stands before no
        # pronoun, though a list's mark (1、8) or an item's number comes before it
        "新年祝福语大全，送给亲朋好友的暖心话。\n1、愿你新年快乐，万事如意。\n2、愿您身体健康，阖家幸福。\n"
        "3、愿我们的友谊天长地久。\n4、愿他平安归来，早日团聚。",
        "祝福语：1、愿你新年快乐，万事如意。愿她前程似锦。",
    ],
    ids=["list-of-wishes", "after-a-colon"],
)
def test_a_wish_before_a_pronoun_keeps_its_hanzi(text: str) -> None:
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a score's second number ends its phrase: the pronoun after it starts the clause
        ("最终猿比员我们赢了比赛", "最终3比1我们赢了比赛"),
        ("上半场员比园他们领先", "上半场1比0他们领先"),
        ("比分是圆比员他们赢了", "比分是2比1他们赢了"),
        # ... and so is one after the ratio's colon or 第: only a list's mark before it gives the
        # item's text, where 愿你 is 'may you'
        ("最终猿颐员我们赢了比赛", "最终3∶1我们赢了比赛"),
        ("排名第猿他们很高兴", "排名第3他们很高兴"),
        # a one-letter code's number is no word 要员 'the officials'
        ("美国B要员轰炸机", "美国B—1轰炸机"),
        ("编号为X要员袁另有X要圆", "编号为X—1，另有X—2"),
    ],
)
def test_a_score_before_a_pronoun_keeps_its_numbers(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_numbers_listed_before_a_noun_are_still_numbers() -> None:
    # the pronoun rule reads the hanzi right after a lone look-alike only: 1、8两组 stays a list
    snippet = "共选取员尧愿两组样本进行比较"
    assert repair(garbled_context(snippet)) == REPAIRED.format("共选取1、8两组样本进行比较")


def test_an_item_numbered_in_parentheses_at_the_text_start() -> None:
    # the text's start is no opening mark: the item's number (1) there is read as at a line's start
    body = "加强领导，市政府召开会议，研究部署今年的重点工作。会议指出，要坚持稳中求进，推动经济社会持续健康发展。"
    text = "（1）" + body + "（2）" + body
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize("first", ["员态度也很一般", "源变压器有电流声"])
def test_a_lookalike_at_the_text_start_follows_no_sign_of_a_date(first: str) -> None:
    # the text's start is no '-', ':' or '/' of a date or time written in ASCII digits
    # (2009-5-22): a review cut off after 服务 or 电 keeps the 员 of 服务员, the 源 of 电源, though
    # it ends with a date in ASCII digits (the slice two before the start wrapped round to it)
    body = "。房间还算干净，早餐的种类不多，价格也偏贵。前台办理入住很慢，等了很久。"
    dated = "\n入住日期 2008年3月12日"
    assert repair(founder_garble(first + body) + dated) == first + body + dated


def test_verse_breaks_its_line_after_the_passive() -> None:
    # 风流总被，雨打风吹去: a line of verse may break after the passive 被 before its agent (雨),
    # which prose never does (他被袁伟打了一拳 keeps the surname): there the comma stays
    poem = (
        "永遇乐·京口北固亭怀古\n辛弃疾\n千古江山，英雄无觅，孙仲谋处。舞榭歌台，风流总被，雨打风吹去。"
        "斜阳草树，寻常巷陌，人道寄奴曾住。想当年，金戈铁马，气吞万里如虎。"
    )
    assert repair(founder_garble(poem)) == poem


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        (
            "我市共有三所医院院一院位于城东的人民路袁二院位于城西",
            "我市共有三所医院：一院位于城东的人民路，二院位于城西",
        ),
        ("下属医院院一院地处城东袁二院地处城西", "下属医院：一院地处城东，二院地处城西"),
        ("中医院院一院位于城南", "中医院：一院位于城南"),
        pytest.param(
            "本市定点医院院一院位于城东的市人民医院曰二院位于城西的市中医院",
            "本市定点医院：一：位于城东的市人民医院；二：位于城西的市中医院",
            marks=pytest.mark.xfail(
                strict=True,
                reason="after 医院： the numbers are read as hospitals 一院 二院; an item that names a hospital "
                "itself would tell the list, but so reads 一院即市人民医院, the hospital by its number "
                "(二院坐落在城西的市中心医院，一院位于城东的市人民医院；)",
            ),
        ),
        # a hospital by its number where another stood, or beside it, stays
        (
            "我市共有两所医院院一院位于原市人民医院旧址袁二院位于城西",
            "我市共有两所医院：一院位于原市人民医院旧址，二院位于城西",
        ),
        (
            "我市共有两所医院院一院位于城东的人民医院北侧袁二院位于城西",
            "我市共有两所医院：一院位于城东的人民医院北侧，二院位于城西",
        ),
        pytest.param(
            "关于新建医院院一院位于城东袁占地五十亩曰二院位于城西袁占地三十亩",
            "关于新建医院：一：位于城东，占地五十亩；二：位于城西，占地三十亩",
            marks=pytest.mark.xfail(strict=True, reason="after 医院： the numbers are read as hospitals 一院 二院"),
        ),
        pytest.param(
            "备选医院院\n一院位于城东开发区\n二院位于城西新区",
            "备选医院：\n一：位于城东开发区\n二：位于城西新区",
            marks=pytest.mark.xfail(strict=True, reason="after 医院： the numbers are read as hospitals 一院 二院"),
        ),
    ],
)
def test_hospitals_numbered_after_a_colon_after_hospital(snippet: str, expected: str) -> None:
    # a colon after 医院 counts hospitals that follow by their numbers (一院 'the First Hospital');
    # a list of items numbered 一： after it is the rarer reading, left as 一院 (precision first)
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # one look-alike before an ASCII number is a hanzi of its own: a page sets a number
        # full-width whole (愿员猿 is 813) or not at all, so 愿2018 is a wish and 圆3 a dream
        ("愿2018年一切顺利袁阖家幸福", "愿2018年一切顺利，阖家幸福"),
        ("愿3位老人健康长寿", "愿3位老人健康长寿"),
        ("圆3个孩子的大学梦", "圆3个孩子的大学梦"),
        ("缘2人志趣相投袁结为好友", "缘2人志趣相投，结为好友"),
        # ... while a garbled number whole, and one look-alike in a formula, are read
        ("愿员猿位老人健康长寿", "813位老人健康长寿"),
        ("公式为 A员:C猿 的和", "公式为 A1:C3 的和"),
        ("若 x<员 则返回", "若 x<1 则返回"),
    ],
)
def test_one_look_alike_before_an_ascii_number_is_a_hanzi(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a list's item of one word that ends in 院 keeps it: a colon would label one hanzi with
        # nothing after it (影：⏎), which only a label of one hanzi does (注：⏎, 解：⏎)
        "周边配套：\n●影院\n●商场\n●医院\n",
        "周边有：\n●中院\n●法院\n",
        "注：\n本表数据来自统计局。\n",
        "解：\n设x为未知数。\n",
    ],
)
def test_a_list_item_of_one_word_in_yuan_keeps_it(text: str) -> None:
    garbled = founder_garble(text).replace(BLACK_CIRCLE, BULLET_LOOKALIKE)
    assert repair(garbled_context("") + "\n" + garbled) == REPAIRED.format("") + "\n" + text


#: Review inputs (labels33) written clean: each garbled inside a garbled paragraph comes back as
#: written. 三院 ('the three institutes') after a list that ended with 。; a hospital by its
#: number placed in a former one (原) or named as another (the second is the central hospital).
NUMBERED_INSTITUTES = [
    "签约内容：一：资源共享；二：人才交流。三院将每月召开联席会议",
    "活动安排：一：开幕式；二：颁奖。三院师生共同参加",
    "三家单位签署协议：一：共建实验室；二：联合培养研究生。三院领导表示",
    "我市共有两所医院。一院位于老城区的原市人民医院",
    "据介绍，一院位于火车站旁边的原铁路医院",
    "我市共有两所医院：一院位于城东的原人民医院",
    "医科大学有三所附属医院。二院坐落在城西的市中心医院",
    "据介绍，一院位于城东的市人民医院",
]


@pytest.mark.parametrize("snippet", NUMBERED_INSTITUTES)
def test_numbered_institutes_and_former_hospitals_stay(snippet: str) -> None:
    assert repair(garbled_context(founder_garble(snippet))) == REPAIRED.format(snippet)


#: 宇航 'aerospace' after a person and a comma (a clause of its own), not a given name
AEROSPACE = [
    "采访了这位老师，宇航知识普及很重要",
    "他的父亲是一名科学家，宇航是他一生的追求",
]


@pytest.mark.parametrize("snippet", AEROSPACE)
def test_aerospace_after_a_person_is_read_after_its_comma(snippet: str) -> None:
    assert repair(garbled_context(founder_garble(snippet))) == REPAIRED.format(snippet)
