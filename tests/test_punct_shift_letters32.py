"""punct-shift (letters32): a lone capital set full-width that labels a group, a zone, a building,
a floor, a grade, a class or a model (A组 B区 C座 D栋 G层 A级 B类 A 款), and the words that stay.

The clean texts are written with the garbled capitals full-width (Ａ for the 粤 a Founder page
extracts): the input is their garble, the expected output has the ASCII capital. The rows kept are
real words before the same nouns (每月 云层 灾区 在座 再组建), provinces (粤组、闽组), groups named
after a person (张梦月组) and buildings' names (君悦楼), garbled around them: they stay hanzi.
"""

from __future__ import annotations

import re

import pytest

from cleaner.chars import FULLWIDTH_OFFSET
from cleaner.stages.punct_shift.table import shift_table
from tests.test_punct_shift import REPAIRED, cases, founder_garble, garbled_context, repair

#: Full-width letter -> its look-alike (Ａ -> 粤, ｎ -> 灶), from the stage's table.
_LETTERS = {e.symbol: h for h, e in shift_table().items() if e.kind == "letter"}


def _garbled(snippet: str) -> str:
    """``snippet`` (its garbled letters full-width) garbled inside a garbled paragraph."""
    return garbled_context(founder_garble(snippet).translate(str.maketrans(_LETTERS)))


def _expected(snippet: str) -> str:
    """``snippet`` repaired: its full-width letters as ASCII."""
    return REPAIRED.format(re.sub("[Ａ-Ｚａ-ｚ]", lambda m: chr(ord(m.group()) - FULLWIDTH_OFFSET), snippet))


LABELS = [
    # a capital of low or medium risk (a rare hanzi) before a label's noun that it forms no word
    # with, after a mark, a word, a preposition or a particle (not 粤, Guangdong's: it stays alone)
    *cases(
        "label-alone",
        "中国队名列Ｃ组第一",
        "动物园Ｃ区饲养着几只东北虎",
        "上林苑Ｃ栋是新建的办公楼",
        "听说Ｃ区亮点是无条件包换的",
        "要么就去Ｃ区住空楼",
        "这次考试他得了Ｃ级",
        "住在Ｃ座的老人每天散步",
        "这次大赛分为Ｃ组和Ａ组",
    ),
    # a capital of high risk (月 云 运: the month, the clouds, the luck) or of medium risk that
    # ends words (阅 晕 孕 杂 灾 载 宰: 借阅 头晕 怀孕), spaced from its noun or
    # before 型 楼 馆 厅, beside a sibling label of the same noun: another capital, in ASCII or
    # read alone, or an ASCII capital joined to it
    *cases(
        "label-beside-a-sibling",
        "公园Ａ区和Ｂ区之间有一条小河",
        "买 A 款 还是 Ｂ 款呢",
        "Ａ 型和 B 型两种规格",
        "酒店有A Ｂ楼之分",
        "前台未告诉Ｂ楼在何处，并且B楼无人",
        "从Ｇ出口和Ｆ出口都能出站",
        "Ｇ层和B层是停车场",
        "本产品分为Ｎ类和Ｄ类两种",
        "在A区、C区和Ｂ区集合",
        "A组和Ｂ组的选手",
        "分为Ａ组和B组",
        "顾客可在A区或Ｃ区就餐",
        "项目分A类和Ｕ类",
        "分为A组、B组和Ｋ组",
    ),
    # a capital after the appendix, enclosure, option or plan it labels, set apart after it
    *cases(
        "label-after-its-noun",
        "地址规划见附录 Ｂ。详见附件Ｃ",
        "请选择选项Ａ，然后点击确定",
        "我们准备了方案Ｂ，以防万一",
        "附录 Ｃ 是资料性附录",
    ),
    # N and n before a counter: countless times, any number (打了N次电话, 差了n倍, 缺N页)
    *cases(
        "countless",
        "工作人员都打了Ｎ次电话核对",
        "我住这个酒店Ｎ次了，但每次的早餐都一样",
        "就遇到缺Ｎ页的情况",
        "比喜来登差了ｎ倍",
        "如果ｎ倍的投入产生了小于ｎ倍的产出，就是规模不经济",
    ),
    # a league's 甲A on a page that writes of Guangdong: 粤 after 甲 names no province
    *cases("league-on-a-guangdong-page", "他说粤语，喜欢看甲Ａ联赛"),
]


@pytest.mark.parametrize("snippet", LABELS)
def test_a_lone_capital_labels_its_noun(snippet: str) -> None:
    assert repair(_garbled(snippet)) == _expected(snippet)


KEPT = [
    # the month, a word with the text before it (每月 个月 岁月 明月 赏月), before the nouns
    *cases(
        "month",
        "上个月区里开了三次会",
        "这个月组织了两次活动",
        "本月区政府召开了工作会议",
        "每月组织一次学习",
        "这月区里来了新书记",
        "三月楼前的桃花开了",
        "岁月层层叠叠，往事如烟",
        "明月楼上有人在吹笛",
        "今年一月组建了新的班子",
        "十月区里举办了运动会",
        "半月楼是一座古建筑",
        "那月夜的景色令人难忘",
        "月级的任务要按时完成",
        "月度考核结果出来了",
        "江边有座望月楼",
        "赏月楼前游人如织",
        "去年五月组团去了欧洲",
        "我们下个月级别考试",
        "这个月类似的事情很多",
        "明年三月馆里将举办展览",
        "他每个月款项都按时到账",
        "正月厅里摆满了年货",
        "这几个月档期都排满了",
        "两个月座无虚席",
        "几个月组里都没有新人",
        "临月区的医院都很忙",
        "这月楼里搬来了新邻居",
        "上月区里的会议推迟了",
    ),
    # clouds, luck, transport: 云层 白云区 客运区 运输组 (words) and alone before a noun
    *cases(
        "clouds-and-transport",
        "天上的云层很厚，要下雨了",
        "白云区的居民都来了",
        "云南组的选手表现出色",
        "客运区的旅客请排队",
        "货运站和客运站都在城东",
        "他住在云楼旁边",
        "云层之上是蓝天",
        "他把云层拍得很美",
        "运营区域扩大了一倍",
        "好运连连，财运亨通",
        "运输组负责物资",
        "白云层层叠叠",
        "烟云楼阁若隐若现",
        "云区各县都在抗旱",
        "运组的同学先出发",
    ),
    # 在 and 再, the commonest of the capitals' look-alikes, are never read as labels
    *cases(
        "zai",
        "他再组建一支队伍",
        "我们再区分一下这两种情况",
        "请大家在座位上坐好",
        "他在区里工作了十年",
        "我在楼上等你",
        "他们在组里讨论",
        "他们在座的都是专家",
        "再座谈一次吧",
        "在层层把关之下",
        "曾在楼里住过",
        "我在馆里看书",
        "他在厅里等着",
        "大家在类似的情况下都会这样",
        "他在级部当老师",
        "再类推下去就明白了",
        "我在出口等你",
        "他在款台付了钱",
    ),
    # the other common look-alikes of letters, none a capital: 原 则 责 泽 造 早 曾 怎
    *cases(
        "other-lookalikes",
        "这个原则要坚持",
        "责任区要落实到人",
        "光泽度很好",
        "则区分不同情况处理",
        "这是责任区的问题",
        "泽被后世，功在千秋",
        "增长区间在五到八之间",
        "早班组今天休息",
        "造型区请保持安静",
        "怎么组织这次活动呢",
    ),
    # words of the rarer look-alikes before the nouns: 灾区 杂类 阅卷 阅览区 载客区 孕妇专区
    *cases(
        "words-of-rare-lookalikes",
        "再版的书卖得很好",
        "灾区群众得到了妥善安置",
        "杂类物品请放在这里",
        "阅览区设在二楼",
        "他阅卷很认真",
        "载客区禁止停车",
        "满载货物的卡车出发了",
        "孕妇专区在一楼",
        "允许各区自行安排",
        "宰杀区要定期消毒",
        "郧阳区是十堰的一个区",
        # 郧, 郧阳's short name (粤 Guangdong's): the district, as people call it, never a label alone
        "我们住在郧区，离市区不远",
        "他出生在十堰郧区，后来到武汉工作",
        "喜悦之情溢于言表",
        "愉悦感油然而生",
        "悦耳的铃声响起",
        "粤菜馆生意很好",
        "栽培区的树苗长得很好",
        "灾后重建区的房子盖好了",
        "陨石坠落区已经封锁",
        "晕倒在楼道里",
        "蕴含层次丰富",
        "这首诗的韵类很特别",
        "神韵楼位于古镇中心",
        "韵律组的同学请到前面来",
        "备孕组和对照组的数据差异显著",
        "早孕组的孕妇都做了检查",
        "盆栽区的花开得正好",
        "移栽区的树苗成活率很高",
        "下载区的软件都经过了检查",
        "承载层的厚度要足够",
        "重灾区的群众得到了安置",
        "借阅区在二楼",
        "眩晕类疾病要及时就医",
        "复杂类问题留到最后",
        "光晕区的颜色偏红",
        "主宰级的人物出场了",
        "订阅类的服务都取消了",
        "晕车组的同学坐前排",
        "阅兵区的观众很多",
        "全省分为粤东、粤西、粤北三个片区",
    ),
    # provinces labelled side by side (粤组、闽组), a page that writes of Guangdong (粤语 粤港澳)
    *cases(
        "guangdong",
        "这次大赛设有粤组、闽组、港澳组",
        "华南赛区分为粤区、桂区和琼区",
        "闽组和粤组的比赛很激烈",
        "他说粤语，粤队今年表现不错",
        "粤港澳大湾区建设加快，粤区各市积极响应",
        "粤剧团在广州演出，粤组节目最受欢迎",
        # 粤 alone is read as no capital: Guangdong's team, exports, region, a page of 广东
        "中国队名列粤组第一",
        "上林苑粤栋是新建的办公楼",
        "听说粤区亮点是无条件包换的",
        "这次考试他得了粤级",
        "来自广东的选手代表粤组出战",
        "一季度粤出口增长百分之五",
        "粤出口企业订单回暖",
        "今年前三季度粤出口总值同比增长",
        "公司粤区销售总监昨天到任",
        "他被任命为粤区经理",
        "粤区各地市纷纷响应",
        "该公司在全国设华北区、华东区和粤区",
        "粤类方言分布广泛",
        "这种粤款月饼很受欢迎",
        "粤级以上的干部参加培训",
    ),
    # 砸 'smash', 栽 'plant', 匀 'spare': everyday verbs, never read alone
    *cases(
        "verbs",
        "这个品牌靠质量砸出口碑",
        "他们用实力砸出口碑",
        "这一拳砸出口子来",
        "他一拳砸出口鼻流血",
        "试栽区的苹果长势喜人",
        "补栽区的树苗长势良好",
        "新栽区要及时浇水",
        "把口粮匀出口来",
    ),
    # a name or a word a lone hanzi makes with the look-alike, beside a sibling label: halls,
    # restaurants, groups of a study, models (揽月厅 得月楼 福运厅 中孕组 星载型)
    *cases(
        "names-of-halls-and-compounds",
        "A厅和揽月厅均已订满",
        "A厅和邀月厅均已订满",
        "A厅旁边是福运厅",
        "A厅与金运厅之间",
        "展区分为A馆、B馆和揽月馆",
        "A馆和听月馆",
        "住在A楼的客人常去得月楼",
        "B楼后面的得月楼",
        "得月楼在A楼旁边",
        "A楼隔壁是听月楼",
        "A楼对面是醉月楼",
        "A楼旁边的邀月楼",
        "A组为未孕组，B组为已孕组",
        "将大鼠分为A组（已孕组）和B组",
        "将患者分为A组和B组，A组为早孕组，B组为中孕组",
        "A型为弹载型，B型为星载型",
        "A型为箭载型",
        "粤区和云区的经理都来了",
        # the same capital joined to its own (B楼和B楼 would name one building twice)
        "B楼和月楼都在校园里",
        "A楼、B楼和月楼",
    ),
    # a given name, of one character after a surname or a prefix, or of two after a surname
    # (王悦 小悦 张梦月), and the names of buildings (君悦楼 悦来楼)
    *cases(
        "names",
        "一等奖王佳悦组，二等奖李明组",
        "一等奖刘欣悦组，二等奖陈子悦组，三等奖张梦月组",
        "王悦楼下住着一位老人",
        "小悦组织了一次聚会",
        "梦悦组合今晚演出",
        "这家酒店叫君悦楼",
        "悦来楼是老字号",
        "李悦组的作品得了第一",
        "张月区长今天来视察",
        # surnames outside the commonest hundred, 叶 (《's look-alike), compound surnames
        "马悦组获得第一名",
        "由高悦组负责接待",
        "于悦组的同学先出发",
        "一等奖是叶悦组的作品",
        "本次比赛叶悦组获得第一",
        "方悦组的成员",
        "石悦组负责宣传",
        "江悦组负责后勤",
        "佟悦组的同学请到前面来",
        "岳悦组完成了任务",
        "欧阳悦组的作品获得一等奖",
        "司马悦组负责后勤",
        "诸葛悦组获得第二",
        "上官悦组负责宣传",
        "袁悦组获得第一名",
        "欧阳月组和B组的比赛",
    ),
    # 晕 'dizzy' and 灶 'stove' in words before 次 倍 遍 页, or before words those start
    *cases(
        "dizzy-and-stove",
        "他头晕次数越来越多",
        "有点晕次日就好了",
        "另起炉灶次第展开",
        "他晕倒了两次",
        "头晕倍感不适",
        "她一阵眩晕，次日才醒",
        "灶台擦了三遍",
        "我一看就晕页面太乱了",
        "坐船就晕次次如此",
        "一上车就晕倍儿难受",
        "锅灶倍受重视",
        "头晕页面看不清",
    ),
    # after the nouns a capital labels, a word goes on (附录月报 方案月底 附件运输 附件云南省)
    *cases(
        "words-after-a-labels-noun",
        "附录月报表已经上报",
        "这个方案月底前完成",
        "附件运输的费用另计",
        "附件云南省的名单已经寄出",
        "选项再看一下",
        "选项月份可以修改",
        "方案云云，不一而足",
        "这个方案运作良好",
        "附件运费另计",
        # 云 'says' after the document it quotes
        "该方案云：“要因地制宜”",
        "附录云：此为补充说明",
    ),
    # a hard-wrapped or spaced line after the nouns: the look-alike runs on into a word or a
    # phrase (运行 载明 允许; 阅后 宰了), no label set apart (the final review's finding)
    *cases(
        "wrapped-after-a-labels-noun",
        "经过半年的试点，改革方案运\n行良好",
        "有关要求附件载\n明，请遵照执行",
        "如果方案允\n许，可以提前开工",
        "第二套方案阅\n后请签字",
        "这个方案宰 了我们一刀",
        "具体数字见附录月\n度报表",
    ),
    # a count before the look-alike: 个 or a numeral counts months (the final review's finding)
    *cases(
        "a-count-before",
        "A栋和B栋的业主注意：这个月栋里要进行消防检查",
        "每个月出口的货物都要登记，B出口在东边",
        "A 栋 和 B 栋，这个 月 栋 里 停水",
    ),
    # a given name's last hanzi after any surname of jieba's names and a hanzi of the name,
    # where surname and that hanzi make a word too (许可 周一 江心: the final review's finding)
    *cases(
        "given-names-before-a-group",
        "许可悦组的成绩提高最快",
        "本周值日安排：周一至周三由陆心悦组负责",
        "江心悦组负责布置会场",
    ),
]


@pytest.mark.parametrize("snippet", KEPT)
def test_words_before_a_labels_noun_stay(snippet: str) -> None:
    assert repair(garbled_context(founder_garble(snippet))) == REPAIRED.format(snippet)


NUMBERS = [
    # a grid's shape, its rows before 行 and its columns before 列 (3行4列, 10行5列), and the
    # unit prefix 兆 before 字节 and 瓦 (3兆字节, 6兆瓦)
    *cases(
        "grid-and-mega",
        ("都为3行4列", "都为3行4列"),
        ("插入一个10行5列的表格", "插入一个10行5列的表格"),
        ("生成的可执行文件约3兆字节", "生成的可执行文件约3兆字节"),
        ("这台机组的功率为6兆瓦", "这台机组的功率为6兆瓦"),
    ),
    # the words the look-alikes make before 行 列 and 兆: 会员行列 'the ranks of members', a name
    # (苑兆丰), 愿兆民 'may the people'
    *cases(
        "kept",
        ("他终于进入了会员行列", "他终于进入了会员行列"),
        ("优秀党员行列中又多了一位", "优秀党员行列中又多了一位"),
        ("代表苑兆丰在会上发言", "代表苑兆丰在会上发言"),
        ("新春佳节，愿兆民同乐", "新春佳节，愿兆民同乐"),
        # 源 'source' before both: a transfer's source rows and columns
        ("转置后源行源列互换", "转置后源行源列互换"),
        ("源行源列", "源行源列"),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), NUMBERS)
def test_a_grid_and_a_mega_unit(snippet: str, expected: str) -> None:
    assert repair(garbled_context(founder_garble(snippet))) == REPAIRED.format(expected)
