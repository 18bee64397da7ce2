"""punct-shift: single letters and digits of formulas and technical prose (session 13): an
operand set against an ASCII operator (``y=a∙x+b``, ``=ABS(0)`` once ABS is read, ``Ctrl+Z``),
a chart's axis (``Y 轴``), letters enumerated with 、 (``a、c、d``) and a letter alone in
quotation marks (``「C」``); while the same hanzi in prose stay (``5000/月``, ``承载轴``,
``一个“悦”字``). The garbled inputs are made from the clean text by :func:`garble`, so this
file holds no garbled page (the package-source test reads it).
"""

from __future__ import annotations

import re

import pytest

from cleaner.chars import FULLWIDTH_OFFSET
from cleaner.stages.punct_shift.table import shift_table
from tests.test_punct_shift import repair

#: The marks of the texts below and their look-alikes (GB2312 lead byte +0x31).
_MARKS = str.maketrans("，。：“”、", "袁遥院野冶尧")
#: A garbled page of a manual around the snippet (Latin letters on it: LibreOffice).
HELP = (
    "在 LibreOffice 中，输入公式后按回车键。计算结果显示在单元格中，参数用分号分隔。\n{}\n"
    "选择「工具」菜单，然后点击「选项」。函数的参数用分号分隔，文本用引号括起来。"
)


def _code_of(char: str) -> str:
    """The look-alike of the ASCII letter or digit ``char`` (A -> 粤, 0 -> 园)."""
    wanted = chr(ord(char) + FULLWIDTH_OFFSET)
    for hanzi, entry in shift_table().items():
        if entry.symbol in (char, wanted):
            return hanzi
    raise KeyError(char)


def garble(text: str) -> str:
    """``text`` with its marks garbled, and the letters and digits in ``[[…]]`` (set
    full-width on the page) garbled too."""
    text = re.sub(r"\[\[(.+?)\]\]", lambda m: "".join(_code_of(c) for c in m.group(1)), text)
    return text.translate(_MARKS)


def plain(text: str) -> str:
    """``text`` without the ``[[…]]`` that :func:`garble` reads."""
    return text.replace("[[", "").replace("]]", "")


@pytest.mark.parametrize(
    "text",
    [
        # a lone digit as a function's argument, once the function's name is read
        "「=[[ABS]]([[0]])」返回 0。",
        "「=[[ODD]]([[1]])」返回 1。",
        # a lone letter against an operator, no hanzi beyond it
        "通过方程式「y=a∙[[x]]+[[b]]」进行回归计算。",
        "当 A=TRUE 且 [[B]]=FALSE 时，出现下列结果。",
        "按 Ctrl+[[Z]] 撤销，按 Ctrl+[[B]] 加粗。",
        "如果 [[x]]>0 且 [[y]]<0，则点位于第四象限。",
        # the axes of a chart
        "图表的 [[Y]] 轴和 [[x]]轴。",
        "[[X]] 轴标题",
        # letters enumerated with 、
        "时间格式化字符 ([[a]]、[[c]]、[[d]]、s、t) 都可用。",
        "升序排序（如 1、2、3 或 [[a]]、[[b]]、[[c]]）。",
        # a letter alone in quotation marks on a page with Latin letters
        "「[[C]]」是可选的。",
        "例如“[[A]]”、“AB”或“$C:$E”。",
    ],
)
def test_single_letters_and_digits_of_a_manual_are_read(text: str) -> None:
    assert repair(garble(HELP.format(text))) == HELP.format(plain(text))


@pytest.mark.parametrize(
    "text",
    [
        # a month or a count beside a number across an operator
        "工资5000/月，房租1500/月。",
        "1月=30天，5+月，月+3。",
        # a hanzi beyond the operator, or on the operand's other side
        "价格不错,再来一次,员工很好。",
        "他说,再见!服务员,谢谢。",
        # 轴 in prose: 在 after a hanzi, a word with the hanzi before, 轴承, a space on one side
        "机器安装在轴上，承载轴很重要。",
        "他曾 轴承厂工作过，再 轴也不转了。",
        # characters themselves quoted or listed
        "他用一个“悦”字概括。",
        "悦、晕、泽三个字很少见。",
        # prose's lists of hanzi
        "时间按年、月、日排列，早、中、晚各一次。",
    ],
)
def test_the_same_hanzi_in_prose_stay(text: str) -> None:
    assert repair(garble(HELP.format(text))) == HELP.format(text)
