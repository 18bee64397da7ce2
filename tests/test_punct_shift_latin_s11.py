"""punct-shift: full-width Latin letters garbled faithfully (Ａ-Ｚ ａ-ｚ -> 粤…) that no run of
letters shows: XP and SP of computer reviews (mappings/latin_words.tsv), a unit after a number
(圆郧内存 2G, 缘园园酝 500M) and a cell or a key of a manual (单元格 月员尧月圆 B1、B2, Ctrl+云12 F12).
Every one of these look-alikes is also a hanzi (装载 孕妇 月圆 运20 阅读 酝酿): the negatives
keep them."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # XP and SP, where no word crosses their edges
        ("叫人重装了载孕的系统", "叫人重装了XP的系统"),
        ("还带载孕系统袁比较省心", "还带XP系统，比较省心"),
        ("只要用载孕 杂孕3就可以装上了", "只要用XP SP3就可以装上了"),
        # a unit's letter right after a number
        ("换了猿圆园郧硬盘", "换了320G硬盘"),
        ("又加了2郧的内存", "又加了2G的内存"),
        ("离地铁要走缘园园酝左右", "离地铁要走500M左右"),
        ("独显256酝带有接口", "独显256M带有接口"),
        ("播放720孕高清电影", "播放720P高清电影"),
        ("能收到200皂外的信号", "能收到200m外的信号"),
        ("大型3阅网游也能承受", "大型3D网游也能承受"),
        # x between two numbers: a resolution, a block's size
        ("分辨率只是员园圆源曾缘苑远的", "分辨率只是1024x576的"),
        ("由 愿曾8 个单元格组成", "由 8x8 个单元格组成"),
        # a figure's exponent and imaginary unit
        ("Excel 显示为 1.00耘+03", "Excel 显示为 1.00E+03"),
        ("Excel 返回 3+4躁 和 5+12蚤", "Excel 返回 3+4j 和 5+12i"),
    ],
)
def test_latin_letters_of_reviews_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # a word crosses the edges of XP or SP
        "满载孕妇的救护车",
        "运载孕育着希望",
        "情况复杂孕妇难产",
        # 曾责 is 'once blamed', no xp
        "他曾责其不孝",
        # a word holds the unit's look-alike with what follows, or with the digit's before it
        "每天阅读5阅读课文",
        "员圆酝酿已久",
        "成员郧县人",
        "种了10栽培品种",
        "受灾5灾民",
        # 孕 after a number of one or two digits is a pregnancy's
        "怀孕12孕周了",
        # 曾 'once' after a number, with no number after it
        "他1998年曾5次获奖",
        "截至1998曾是全国第一",
        # no unit letter at all: the hanzi beside numbers and Latin
        "装载2G的货车",
        "再运3天就到",
        "运载火箭升空",
        "Win7再装一遍",
        "本月早造水稻",
    ],
)
def test_hanzi_beside_numbers_and_latin_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a cell or a key set apart, on a page with Latin letters
        ("按 Ctrl+云12 组合键", "按 Ctrl+F12 组合键"),
        ("Excel 单元格范围 粤1:月6 中", "Excel 单元格范围 A1:B6 中"),
        ("Excel 请按「云9」键", "Excel 请按「F9」键"),
        ("Excel 如果 匀11 包含值", "Excel 如果 H11 包含值"),
        # after a sheet's name, $ or a minus
        ("Excel 输入 =工作表2.粤1 和 $粤1", "Excel 输入 =工作表2.A1 和 $A1"),
        # 月 before one digit's look-alike after a space or 、, where other cells show
        ("Excel 单元格 月员尧月圆 和 月3 包含", "Excel 单元格 B1、B2 和 B3 包含"),
    ],
)
def test_cells_and_keys_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # no Latin letter on the page: a news page's hanzi
        "单元格范围 粤1:月6 中",
        "请按「云9」键",
        # 运 20 is an aircraft, 再 and 在 words before a number
        "NBA 歼10和 运20 首飞",
        "NBA 在5月 再3次",
        # a month typed apart
        "NBA 5 月3 日到",
        # 月圆 (the full moon) at a line's start, though the page has a cell
        "将区域渊A1:月5冤复制\n月圆渊之夜冤适合团聚",
    ],
)
def test_hanzi_before_numbers_are_no_cells(snippet: str) -> None:
    expected = snippet.replace("渊", "（").replace("冤", "）")
    if "月5" in snippet:
        expected = expected.replace("月5", "B5")
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a Latin word the page writes in ASCII, garbled again elsewhere (lower case too)
        ("就直接装了XP袁还有就是曾责要SP3以上", "就直接装了XP，还有就是xp要SP3以上"),
        # a word of the lexicon across its left edge (装载), none of its letters of high risk
        ("网站上XP驱动也齐全袁装载孕方便多了", "网站上XP驱动也齐全，装XP方便多了"),
        # a word read garbled already (栽悦蕴) is one the page writes too
        ("栽悦蕴集团袁糟燥皂 和 tcl", "TCL集团，com 和 tcl"),
    ],
)
def test_latin_words_the_page_writes_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # a word holds its last letter with the hanzi after it
        "XP 满载孕妇的车",
        # a word across the left edge, and a letter of high risk: no Latin word there
        "or 气候干燥则易起火",
        "BY 本月再去",
        # no page's word: 曾责 is 'once blamed'
        "他曾责其不孝",
    ],
)
def test_hanzi_like_the_page_latin_words_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a lone letter listed with ASCII letters
        ("格式化字符 (葬尧c尧d尧澡尧m)", "格式化字符 (a、c、d、h、m)"),
        ("字母 A-Z 或 a-扎", "字母 A-Z 或 a-z"),
        ("A尧B尧杂尧D 四个等级", "A、B、S、D 四个等级"),
        # a variable spaced between hanzi, on a line with ASCII letters
        ("Excel 以 藻 为底数", "Excel 以 e 为底数"),
    ],
)
def test_letters_listed_with_latin_ones_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a hanzi between spaced ASCII words (mixed text set with spaces)
        ("用 iPhone 遭 FBI 破解", "用 iPhone 遭 FBI 破解"),
        # an interjection after a comma, or 晕 anywhere
        ("买了个XP袁遭", "买了个XP，遭"),
        ("OMG 晕", "OMG 晕"),
        # a hanzi of high risk (月 在 再) listed with letters
        ("NBA尧月尧CBA", "NBA、月、CBA"),
        # a hanzi next to it: no lone letter
        ("维生素A尧阅读", "维生素A、阅读"),
        # spaced between hanzi on a line without ASCII: a byline's padded name
        ("记者 王 泽 报道", "记者 王 泽 报道"),
        ("以 藻 为底数", "以 藻 为底数"),
    ],
)
def test_hanzi_among_latin_words_are_kept(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 再 ends a word of capitals before what 再 'again' never precedes
        ("免去了阅陨再的烦恼", "免去了DIY的烦恼"),
        ("=宰耘耘运阅粤再(NOW())", "=WEEKDAY(NOW())"),
        # 再 starts a capitalised word after no hanzi
        ("「再藻葬则」为整数", "「Year」为整数"),
        # 再 'again' before a verb stays (栽悦蕴 is read alone)
        ("栽悦蕴再进军海外市场", "TCL再进军海外市场"),
        ("栽悦蕴再创佳绩", "TCL再创佳绩"),
    ],
)
def test_y_at_the_edge_of_a_latin_word(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
