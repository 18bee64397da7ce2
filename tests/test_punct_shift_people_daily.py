"""punct-shift: patterns read on People's Daily (January 1998, dev half) garbled: code dashes,
commas before numbers, 百姓 and adjectives 小/老 before a comma, lists of full names."""

from __future__ import annotations

import pytest

from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a single 要 in a code or model name is the dash
        ("已订购的F要员远战斗机", "已订购的F—16战斗机"),
        ("考虑一台CD要ROM驱动器", "考虑一台CD—ROM驱动器"),
        ("野DVD要P员园冶型影碟机", "“DVD—P10”型影碟机"),
        ("推出HTA要员型纸浆模塑生产线", "推出HTA—1型纸浆模塑生产线"),
        ("野银河要Ⅲ冶百亿次计算机", "“银河—Ⅲ”百亿次计算机"),
        ("临床Ⅱ要Ⅲ期合并试验", "临床Ⅱ—Ⅲ期合并试验"),
        # a comma read as a surname by the name evidence, before a year: a given name is no number
        ("出生于旁遮普省袁员怨缘员年毕业于旁遮普大学", "出生于旁遮普省，1951年毕业于旁遮普大学"),
        ("首席大法官袁员怨怨源年员园月退休", "首席大法官，1994年10月退休"),
        # 百姓 says no surname follows
        ("下至普通百姓袁说起武警总队", "下至普通百姓，说起武警总队"),
        # 小 and 老 after an adverb of degree are adjectives
        ("初始投资规模较小袁即使亏损了", "初始投资规模较小，即使亏损了"),
        ("两位九段宝刀不老袁在国脉杯上", "两位九段宝刀不老，在国脉杯上"),
        # three hanzi after 袁, first in a list of names, begin with a surname: a full name
        ("省委书记袁宋宝瑞尧秦玉琴尧杨正午为副书记", "省委书记，宋宝瑞、秦玉琴、杨正午为副书记"),
    ],
)
def test_people_daily_patterns_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # the verb 要 after a Latin name: before a Chinese word, a quantity, a lower-case name
        "WTO要求各成员",
        "客服X200要8个坏点",
        "还有就是xp要sp3以上的",
        "check out要30分钟",
        "IBM要员工加班",
        # a surname before a given name, not a number
        "工程师袁伟说",
        # 姓 as the verb: the surname follows
        "他姓袁",
        "改姓袁",
        # familiar 老袁 and 小叶 (no adverb before them)
        "队长老袁今年六十八岁",
        "提起小叶但凡有人",
        # a name of three (袁宝华) first in a list
        "副主任袁宝华尧王明尧李华",
        # two characters after 袁 (冯秦) may be its given name
        "主席袁冯秦尧乃登",
    ],
)
def test_people_daily_negatives_are_kept(snippet: str) -> None:
    repaired = repair(garbled(snippet))
    kept = repaired[len(REPAIRED.split("{}")[0]) : -len(REPAIRED.split("{}")[1])]
    # 尧 stands between names here as the enumeration comma: only those may change
    assert kept.replace("、", "尧") == snippet


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("来自西方苑国集团和瑞士", "来自西方7国集团和瑞士"),
        ("沿淮源省政府分别下达了关停令", "沿淮4省政府分别下达了关停令"),
        ("此秤超差远园克", "此秤超差60克"),
        ("报告长达圆园页", "报告长达20页"),
        ("亲自从员员楼将朱师傅扶到愿楼", "亲自从11楼将朱师傅扶到8楼"),
    ],
)
def test_numbers_before_counters_of_news_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "欧盟成员国的代表",  # 成员国: 员 belongs to 成员
        "原料的来源国",  # 来源国
        "永圆县人民医院",  # a county named 永圆: 县 is no counter here
        "点菜员对鱼缸里的鱼",  # 对 is no counter here
        "网格员轮流值班",
        "国家发展改革委",
    ],
)
def test_lookalikes_before_counters_of_news_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 『』 (液 一), read only as a pair
        ("李鹏亲切地说院液今天我看到了许多新的面孔遥一", "李鹏亲切地说：『今天我看到了许多新的面孔。』"),
        ("推动实现两岸直接液三通一遥我们希望", "推动实现两岸直接『三通』。我们希望"),
        ("按照液一国两制一袁香港将更加繁荣", "按照『一国两制』，香港将更加繁荣"),
        # ● (荫): a bullet before an item, bullets between the names of a byline
        ("特点院荫产销利润同步增长荫盈利向少数企业集中", "特点：●产销利润同步增长●盈利向少数企业集中"),
        ("本报通讯员荫侯铁荫吕昊俊", "本报通讯员●侯铁●吕昊俊"),
    ],
)
def test_corner_quotes_and_bullets_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "血液和体液的检查",  # 液 in words
        "人们都说没有一人受冻",  # no 液 opens: 一 stays
        "液晶显示器统一标准",  # 液 in 液晶
        "他说液体的一半是水",  # 液 in 液体: 一 stays
        "坐在故居的树荫下",  # 荫 in words
        "无心插柳柳成荫",
        "把读者打入闷荫芦",  # between hanzi of no word (a typo): no bullet
    ],
)
def test_corner_and_bullet_lookalikes_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # Latin words set full-width and garbled (Ａ -> 粤): runs no word holds
        ("新年刚过袁栽悦蕴集团和成都", "新年刚过，TCL集团和成都"),
        ("一台阅灾阅影碟机", "一台DVD影碟机"),
        ("最小存储点的直径员园灶皂", "最小存储点的直径10nm"),
        ("自己研制的悦孕哉整机控制软件", "自己研制的CPU整机控制软件"),
    ],
)
def test_latin_words_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "他早在去年就曾在这里工作",  # 早在 曾在: 在 is never read
        "过几个月再看",  # 再 trimmed at an edge: 月 alone
        "运载火箭发射成功",  # 运载: a word holds them
        "房间太吵糟杂",  # c and S: a typo of 嘈杂
        "载载公司",  # XX, of medium risk
    ],
)
def test_letter_lookalikes_in_words_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_a_latin_word_is_explained_as_letters() -> None:
    text = garbled("新年刚过袁栽悦蕴集团和成都")
    (finding,) = [f for f in detect(text, StageContext()) if f.edit and f.edit.after == "TCL"]
    assert "of the Latin letters 'TCL'" in finding.edit.reason


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("侨务工作者袁致以亲切的问候", "侨务工作者，致以亲切的问候"),  # 致以 is a word: no name 袁致
        ("在北京大学上学的妹妹袁妹妹却在运动中", "在北京大学上学的妹妹，妹妹却在运动中"),  # 妹妹: kinship
    ],
)
def test_words_after_a_role_are_no_given_names(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("赛即将进入决赛阶段袁今年圆月底将产生", "赛即将进入决赛阶段，今年2月底将产生"),  # 年圆月: a month
        ("其员工人数仅有源窑猿万人", "其员工人数仅有4·3万人"),  # a decimal goes on after 有源
        ("新币有缘尧员园尧缘园尧员园园和缘园园卢布", "新币有5、10、50、100和500卢布"),  # a list of numbers
        ("当看到他家仍在看一台员圆英寸的黑白电视时", "当看到他家仍在看一台12英寸的黑白电视时"),
        ("英雄一颗无怨无悔的心遥\n员\n贺卡与鲜花", "英雄一颗无怨无悔的心。\n1\n贺卡与鲜花"),  # a section's number
    ],
)
def test_numbers_of_news_text_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "中秋的一轮圆月挂在天上",  # 圆月 after no 年
        "有缘千里来相会",  # 有缘 before no number
        "公园\n园林",  # two characters on a line
        "但愿马克思主义",
    ],
)
def test_lookalikes_near_numbers_of_news_text_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)
