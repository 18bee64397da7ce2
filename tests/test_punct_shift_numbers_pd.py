"""punct-shift: numbers read on People's Daily (January 1998, dev half) garbled, in patterns
only a number fits however its look-alikes read as hanzi: a swimmer's hundredths, a record
of wins and losses, an item's number inside a paragraph, the numbers of tables, figures and
clues, the ranks of a table's rows, and a number whose first look-alike ends a word (党员园园)."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # hundredths of a second after seconds
        ("她以员分圆秒苑远获得银牌", "她以1分2秒76获得银牌"),
        ("他以缘缘秒员园列第四", "他以55秒10列第四"),
        ("成绩为源分猿远秒远远", "成绩为4分36秒66"),  # 远远 is a word, but after minutes a time
        ("美国选手以缘源秒怨缘摘取金牌", "美国选手以54秒95摘取金牌"),
        # a record of wins, draws and losses
        ("他的成绩是远胜员负", "他的成绩是6胜1负"),
        ("许华以源胜猿平积缘援缘分", "许华以4胜3平积5.5分"),
        # an item's number between a mark and ．or ·
        ("分为四种类型院员．单项业务企业", "分为四种类型：1．单项业务企业"),
        ("还在于以下因素院员窑过分依赖外资", "还在于以下因素：1·过分依赖外资"),
        ("缺乏竞争曰圆窑在体育活动中", "缺乏竞争；2·在体育活动中"),
        # the number of a table, a figure or a clue
        ("增长较快渊见表圆冤", "增长较快（见表2）"),
        ("矿区被挖得千疮百孔渊图猿冤", "矿区被挖得千疮百孔（图3）"),
        ("线索员院前些时候遥线索圆院据悉", "线索1：前些时候。线索2：据悉"),
        # a look-alike that ends a word before a 0 belongs to the number: no number starts with 0
        ("到建党员园园周年的时候", "到建党100周年的时候"),
        ("将产生男子双人员园米跳台金牌", "将产生男子双人10米跳台金牌"),
        ("纪念建社员园周年", "纪念建社10周年"),
        # a month before what follows only a month
        ("比圆月份增加了一点", "比2月份增加了一点"),
        ("通常出现在圆月中下旬", "通常出现在2月中下旬"),
        # an hour of the day
        ("决赛于晚上远点进行", "决赛于晚上6点进行"),
        ("他每天从早远点工作", "他每天从早6点工作"),
        ("不到源点钟就起床", "不到4点钟就起床"),
        # 近 before a number of years or a quantity
        ("这是近缘年来最快的", "这是近5年来最快的"),
        ("其中到户近缘亿元", "其中到户近5亿元"),
        # two look-alikes before a counter read only after a run, or before 来 and a counter
        ("嘴唇被缝了员圆针", "嘴唇被缝了12针"),
        ("路面设立了圆愿处报警亭", "路面设立了28处报警亭"),
        ("两侧是圆怨扇玻璃窗", "两侧是29扇玻璃窗"),
        ("原有直通客车员源对延长运行", "原有直通客车14对延长运行"),
        ("白员愿手开始挑起战斗", "白18手开始挑起战斗"),
        ("看上去却像远园出头", "看上去却像60出头"),
        ("在我国北纬员愿°大面积植胶", "在我国北纬18°大面积植胶"),
        ("获得世界杯缘大类标志产品", "获得世界杯5大类标志产品"),
        ("列入缘园强的企业", "列入50强的企业"),
        # a model after one look-alike of a rarer hanzi before a capital
        ("高品质性能的歼苑E型战机", "高品质性能的歼7E型战机"),
        ("在此之前袁猿M公司", "在此之前，3M公司"),
        # a range that starts at 0
        ("婴儿奶粉渊园岁要员岁冤", "婴儿奶粉（0岁—1岁）"),
        ("每天至少员园来个人", "每天至少10来个人"),
        # a unit of two characters
        ("每月租金要缘员埃镑", "每月租金要51埃镑"),
        # a unit in Latin letters after a run
        ("启用一条源缘Mbps国际专线", "启用一条45Mbps国际专线"),
        ("存储点的直径员园nm", "存储点的直径10nm"),
        # a range of wind force after 有, though 有缘 is a word
        ("内蒙古大部有缘要远级偏北风", "内蒙古大部有5—6级偏北风"),
        # a percentage after 增长, 只有 … though the look-alike ends a word with it (长远, 有缘)
        ("今年有望增长远豫", "今年有望增长6%"),
        ("法国只有缘豫的企业", "法国只有5%的企业"),
    ],
)
def test_number_patterns_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


TABLE = "沪市上涨前五名渊豫冤\n员华东电脑圆源援愿圆\n圆工益股份圆源援缘猿\n猿海信电器圆源援园缘\n源江苏春兰圆猿援源圆\n"


def test_ranks_of_a_table_are_repaired() -> None:
    text = garbled("行情稳定") + "\n" + TABLE
    assert repair(text).endswith("\n1华东电脑24.82\n2工益股份24.53\n3海信电器24.05\n4江苏春兰23.42\n")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the hanzi stays: 远远 after seconds with no minutes, 员工 after a time
        ("跑了十秒远远落后", "跑了十秒远远落后"),
        ("只用了缘秒员工们就", "只用了5秒员工们就"),
        # 胜 without the second number of a record
        ("他们远胜对手", "他们远胜对手"),
        # 遥远 before a mark's look-alike and ·, 窑洞 after a mark
        ("前路遥远窑洞外", "前路遥远窑洞外"),
        ("前方院员窑洞", "前方：员窑洞"),
        # 表 or 图 inside a word before a look-alike
        ("地图员院前方", "地图员：前方"),
        # a word before 园 with no unit after it: 人员园林, 会员园地
        ("绿化人员园林局", "绿化人员园林局"),
        ("会员园地", "会员园地"),
        # 圆月 with no month's follower; 0 is no month
        ("一轮圆月升起", "一轮圆月升起"),
        ("公园月份", "公园月份"),
        ("一轮圆月底下", "一轮圆月底下"),
        ("一轮圆月份外圆", "一轮圆月份外圆"),
        # 远点 with no time of day before it; 近 before a word of the look-alike
        ("离得远点好", "离得远点好"),
        ("做好近远期规划", "做好近远期规划"),
        ("它的近缘种很多", "它的近缘种很多"),
        ("这是近缘家族的", "这是近缘家族的"),
        # one look-alike before such a counter, or two before a word it starts
        ("望向远处的山", "望向远处的山"),
        ("圆圆对他说", "圆圆对他说"),
        ("源源道来", "源源道来"),
        ("远远门外", "远远门外"),
        ("点菜员对鱼缸", "点菜员对鱼缸"),
        ("源源处理不完", "源源处理不完"),
        ("远远口头上说", "远远口头上说"),
        ("圆圆杯子", "圆圆杯子"),
        ("远远轮不到他", "远远轮不到他"),
        ("圆圆来个拥抱", "圆圆来个拥抱"),
        # a word before Latin letters
        ("香港队员A说", "香港队员A说"),
        ("圆圆QQ上说", "圆圆QQ上说"),
        ("公园A区", "公园A区"),
        ("来源CCTV", "来源CCTV"),
        ("点菜员T恤", "点菜员T恤"),
        ("团圆A面", "团圆A面"),
        # 要 the verb after a word, before a grade with no wind, or a wind after a word
        ("有缘要缘级以上", "有缘要5级以上"),
        ("人员要员园级大风", "人员要10级大风"),
        ("资源要缘级大风", "资源要5级大风"),
        # 豫 that starts a word after such a look-alike
        ("增长远豫剧团", "增长远豫剧团"),
    ],
)
def test_real_words_are_kept(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


def test_line_start_without_numbered_neighbours_is_kept() -> None:
    text = garbled("行情稳定") + "\n员工食堂开业\n圆满完成任务\n"
    assert repair(text).endswith("\n员工食堂开业\n圆满完成任务\n")
    # lines that end in figures but start with words: 员工…, 圆满…
    text = garbled("行情稳定") + "\n员工工资圆源园园\n圆满完成任务猿园\n"
    assert "\n员工工资2400\n圆满完成任务" in repair(text)
    # 源 after a row that starts with 员, not 猿: no rank
    text = garbled("行情稳定") + "\n员工收入圆源援愿圆\n源江苏春兰圆猿援源圆\n"
    assert repair(text).endswith("\n员工收入24.82\n源江苏春兰23.42\n")
