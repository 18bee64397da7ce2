"""Real words before a full-width garbled number (sweep33 classes 1, 1b, 4): the number reader
must not take a word's last or a free word's look-alike as the number's first digit, and the
numbers themselves must still repair. Pages are stated clean and garbled by founder_garble."""

from __future__ import annotations

import re

import pytest

from tests.test_punct_shift import REPAIRED, founder_garble, garbled_context, repair
from tests.test_punct_shift_latin import _code_of


def _check(clean: str, expected: str | None = None, *, latin: bool = False) -> None:
    """``clean`` garbled inside a garbled paragraph repairs to ``expected`` (default: itself);
    with ``latin``, its Latin letters are set full-width on the page and garbled too."""
    if latin:
        clean_garbled = founder_garble(re.sub("[A-Za-z]", lambda m: _code_of(m.group()), clean))
    else:
        clean_garbled = founder_garble(clean)
    assert repair(garbled_context(clean_garbled)) == REPAIRED.format(expected or clean)


@pytest.mark.parametrize(
    "clean",
    [
        # A month is 1 to 12 written without a leading zero (09月 only after its year): 园 ending
        # a park's name before a one-digit month is the name's, and 员 the agent's before 9月
        # (no 19月)
        "全市幼儿园9月1日开学",
        "颐和园5月1日起延长开放时间",
        "软件园3月15日举行招聘会",
        "植物园4月20日起免费开放",
        "工业园6月30日前完成改造",
        "现场有快递员9月1日到岗",
        "中远9月1日起停航",
        "幼儿园9月开学",
        # ... and two-digit months, a month after its year, a date after a mark stay whole
        "北京动物园10月1日闭园",
        "幼儿园12月1日开学",
        "2018年09月01日开学",
        "时间：09月01日",
        "公园1月1日开放",
    ],
)
def test_park_or_agent_word_before_a_date(clean: str) -> None:
    _check(clean)


@pytest.mark.parametrize(
    ("clean", "expected"),
    [
        # A year has four digits: a free one-character word (愿 'may', 远 圆 缘 怨) where a
        # clause starts before five look-alikes and 年 is the word, the four after it the year
        ("新年到了。愿2020年风调雨顺", None),
        ("大家好，愿2018年一切顺利", None),
        # ... but the wish's neighbours stay, and the year after a word or a mark still repairs
        ("祝愿大家2018年一切顺利", None),
        ("新年到了。2020年风调雨顺", None),
        ("据统计，2013年全市共接待游客230万人次", None),
        # (a 1 is no free word: 12020年 is read whole, as before; nor are 缘 远 圆 怨, and before
        # 年前 年间 年来 年后 the five count years, even after 愿)
        ("新年到了。12020年", None),
        ("据考证，52000年前这里是海洋", None),
        ("52000年前，这里是一片海洋", None),
        ("研究表明，62000年前人类已到达澳洲", None),
        ("化石显示：92000年前已有人类", None),
        ("82000年前，这里是海洋", None),
        ("地球上，52000年前的气候", None),
        ("82000年间，气候多变", None),
        ("82019年来，一切如常", None),
        ("82000年后，太阳变大", None),
    ],
)
def test_free_word_before_a_full_width_year(clean: str, expected: str | None) -> None:
    _check(clean, expected)


@pytest.mark.parametrize(
    ("clean", "expected"),
    [
        # A Latin word is no number's unit: a doubled word (远远 'far', 源源 'on and on') right
        # after one read in look-alikes, before the hanzi it qualifies, stays the word
        ("这款iPhone远远好于同类产品", None),
        ("微软的Windows源源不断地推出更新", None),
        ("那台ATM远远地就能看到", None),
        # ... while a model's number after it is still read (iPhone11, Win7, a size before 英寸)
        ("这款iPhone11上市了", None),
        ("电脑装的是Win7系统", None),
        ("屏幕为iPhone的2倍", None),
        # ... and before a unit in Latin letters a doubled word is the number (22nm, 44mAh)
        ("芯片采用22nm工艺", None),
        ("电池容量44mAh", None),
        # ... and only 远远 源源 圆圆 before what they go on with are the word: 64 65 55 (远源 远缘
        # 缘缘) and a doubled word before a mark, 的 or another hanzi are a model's number
        ("在amd64上安装", None),
        ("适用于arm64平台", None),
        ("适用于aarch64平台", None),
        ("适用于riscv64平台", None),
        ("下载Win64安装包", None),
        ("支持Win64和Win32", None),
        ("软件包适用于AMD64和ARM64架构", None),
        ("支持i386、amd64、arm64和mips", None),
        ("升级到Ubuntu22", None),
        ("小米Redmi Note22", None),
        ("华为nova22", None),
        ("ResNet44和ResNet56", None),
        ("模型ResNet22", None),
        ("Top22榜单", None),
        ("型号为ABC22的产品", None),
        ("Linux远远领先", None),
    ],
)
def test_doubled_word_after_a_full_width_latin_word(clean: str, expected: str | None) -> None:
    _check(clean, expected, latin=True)
