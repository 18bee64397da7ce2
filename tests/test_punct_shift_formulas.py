"""punct-shift on formulas, cell references and code: digit look-alikes against ASCII operators
(``员圆<13``), in a list of arguments (``MEDIAN(员;缘;9;20)``), in a cell (``A员:C猿``) or after an
identifier (``Dialog员``); and the real words beside the same characters that must stay."""

import pytest

from cleaner.stages.punct_shift.document import _formula_mark
from tests.test_punct_shift import REPAIRED, garbled_context, garbled_rows, repair

#: A garbled line of LibreOffice-like help around the snippet (the snippet on a line of its own,
#: as a formula or an example stands in a manual).
HELP = "例如袁在单元格中输入公式后按回车键遥计算结果显示在单元格中遥\n{}\n函数的参数用分号分隔遥"
HELP_REPAIRED = "例如，在单元格中输入公式后按回车键。计算结果显示在单元格中。\n{}\n函数的参数用分号分隔。"


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # against an operator or a digit, no hanzi on the other side
        ("「=ABS(园)」返回 5遥", "「=ABS(0)」返回 5。"),
        ("检查 员圆<13 和 苑<6 的逻辑值遥", "检查 12<13 和 7<6 的逻辑值。"),
        ("有效值范围是 1-员圆遥", "有效值范围是 1-12。"),
        ("在 -员 和 1 之间", "在 -1 和 1 之间"),
        # ... a mark's look-alike on the other side, which makes no word with it (1—5: 员要缘)
        ("有效值范围是 员要5遥", "有效值范围是 1—5。"),
        # after an identifier in Latin letters, before no hanzi
        ("对话框野Label员冶", "对话框“Label1”"),
        ("「Expression圆」院任意表达式", "「Expression2」：任意表达式"),
        # a lone capital before a bracket: a cell or a key
        ("组合键(Shift)(F缘)", "组合键(Shift)(F5)"),
        # a function's name with a digit, before (; a minus sign after an argument's ;
        ("「=ATAN圆(-5;9)」返回角度遥", "「=ATAN2(-5;9)」返回角度。"),
        ("「=ROUND(987.65;-圆)」返回 1000遥", "「=ROUND(987.65;-2)」返回 1000。"),
        # after a Latin word's hyphen, with no hanzi after it: a code
        *garbled_rows("配置文件要用 UTF-8 编码保存。", "编号在 0 到 nCount-1 之间。"),
    ],
)
def test_formula_numbers_are_repaired(garbled: str, expected: str) -> None:
    assert repair(HELP.format(garbled)) == HELP_REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("「=OR(12<员员;员猿>22)」返回 TRUE遥", "「=OR(12<11;13>22)」返回 TRUE。"),
        ("「=RANDBETWEEN(圆园;30)」", "「=RANDBETWEEN(20;30)」"),
        ("「=BITOR(远;10)」返回 14", "「=BITOR(6;10)」返回 14"),
    ],
)
def test_formula_numbers_beside_ascii_separators(garbled: str, expected: str) -> None:
    assert repair(HELP.format(garbled)) == HELP_REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("MEDIAN(员;缘;9;20)", 8, True),  # between two look-alikes
        ("BITOR(远;10)", 7, True),  # a look-alike and a digit
        ("(A员:C猿)", 3, True),
        # only look-alikes touch it: counted as a separator though these are words (a clean
        # text rarely sets an ASCII ; between two of them; its other real marks still count)
        ("工作人员;园区管理", 4, True),
        ("工作安排;园区管理", 4, False),  # a hanzi that is no look-alike: a real mark
        ("2022年,意义非凡", 5, False),
        ("1;2", 1, False),  # no hanzi at all: never counted
    ],
)
def test_formula_mark(text: str, at: int, expected: bool) -> None:
    assert _formula_mark(text, at) is expected


@pytest.mark.parametrize(
    "snippet",
    [
        # a hanzi on one side: the look-alike is a word's
        "本项目的人员(含外包)共计120人",
        "园林局(市属)负责全市公园的管理",
        "在配置文件中写入source=源目录即可",
        "IT园区的企业共有56家",
        "队员A和队员B分别负责两个小组",
        "会员积分>=1000时升级为金卡",
        "人员数量<10的部门不单独设立",
        "资源ID=1024的图标已被替换",
        "圆形(半径=5cm)的面积约为78.5平方厘米",
        # a command's usage line: 源 between a space and an ellipsis is the source argument
        "用法是cp [选项] 源... 目录",
        # a separator with a letter beyond it is evidence only opposite a formula's character
        "请复制 源:D:\\backup 到目标盘",
        # an all-capital word before the look-alike is no identifier (离CBD远)
        "酒店离CBD远!",
        # a counter that starts a word after a lone look-alike (页面)
        "点击返回按钮返回源页面",
        # a word after a Latin word's hyphen (B-圆形): no code's number
        "图案选择 B-圆形 或 B-远景",
        # a dash's look-alike that makes a word with the look-alike (要员, the officials): a hanzi
        "这次会议有要员5人出席",
        "要员3名访华",
        "要员1人和随从2人",
        "这次要员23人参加",
    ],
)
def test_real_words_beside_ascii_are_kept(snippet: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # set apart by an ASCII space, before a clause's mark, a space or the line's end
        ("「=ABS(-3)」返回 园遥", "「=ABS(-3)」返回 0。"),
        ("结果在 0 到 员 之间遥", "结果在 0 到 1 之间。"),
        # before an ASCII full stop that ends an example's sentence
        ("「=SUBTOTAL(9,B2:B6) 返回 缘园.」", "「=SUBTOTAL(9,B2:B6) 返回 50.」"),
        # at a line's start before a space: a table of codes
        ("10 重复定义\n员员 被零除", "10 重复定义\n11 被零除"),
        # after a lone capital: a cell
        ("请点击单元格 B员遥", "请点击单元格 B1。"),
    ],
)
def test_numbers_set_apart_are_repaired(garbled: str, expected: str) -> None:
    assert repair(HELP.format(garbled)) == HELP_REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # a hanzi touches it
        ("返回园区的班车每半小时一班遥", "返回园区的班车每半小时一班。"),
        # a line's start before a space with no table around it: a narrow column broke a word
        ("日均出入境人\n员 2500余人次", "日均出入境人\n员 2500余人次"),
        # after a Latin word and a space: the word's (the source of an HTML page)
        ("在「HTML 源」模式下可以编辑 HTML 源遥", "在「HTML 源」模式下可以编辑 HTML 源。"),
        # before an ellipsis or a closing quote: a name's or an argument's last word
        ("用法 cp [选项] 源... 目录", "用法 cp [选项] 源... 目录"),
        ("打开 源.txt 文件遥", "打开 源.txt 文件。"),
        ("选择「数据 源」即可遥", "选择「数据 源」即可。"),
        # a word split by the spaces OCR puts between hanzi (远程, 圆形, 源代码, 圆满)
        ("请选择 远 程连接遥", "请选择 远 程连接。"),
        ("点击 圆 形按钮遥", "点击 圆 形按钮。"),
        ("返回 源 代码遥", "返回 源 代码。"),
        ("任务 圆 满完成遥", "任务 圆 满完成。"),
        ("10 名\n员 工 到 场遥", "10 名\n员 工 到 场。"),
    ],
)
def test_words_set_apart_are_kept(garbled: str, expected: str) -> None:
    assert repair(HELP.format(garbled)) == HELP_REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # a function's name between a formula's character and (
        ("「=NOT(粤晕阅(A;B))」返回 TRUE遥", "「=NOT(AND(A;B))」返回 TRUE。"),
        ("「=酝粤载粤(A1:B100)」返回最大值遥", "「=MAXA(A1:B100)」返回最大值。"),
        # a cell's column between a formula's character and its row
        ("「=SUM(粤1:C10)」返回总和遥", "「=SUM(A1:C10)」返回总和。"),
    ],
)
def test_formula_letters_are_repaired(garbled: str, expected: str) -> None:
    assert repair(HELP.format(garbled)) == HELP_REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # 粤 (Guangdong) and 运 月 再 在 as hanzi beside parentheses and colons
        "粤港澳大湾区(粤)的车牌以粤字开头",
        "车牌号为粤B12345的车辆",
        # 月 is a common hanzi: a cell only as the first of a range (月1:悦3), not before 1:3
        "比分为(月1:3)的比赛",
        "本月(再次)召开会议",
        "运载火箭(长征五号)发射成功",
    ],
)
def test_hanzi_beside_brackets_are_kept(snippet: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)
