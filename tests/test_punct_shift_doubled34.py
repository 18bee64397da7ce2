"""The doubled look-alike words 远远 'far', 源源 'on and on' and 圆圆 'round' (a name too: 陈圆圆)
beside a number, a title or an acronym (sweep34's class of doubled look-alikes read as digits):
the word stays where what follows tells it (a year or a month it cannot lead, an ASCII number, a
word a counter starts, an acronym), and a garbled number made of the same look-alikes still
repairs where it counts something. Pages are stated clean and garbled by founder_garble."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, cases, founder_garble, garbled_context, repair
from tests.test_punct_shift_dates33 import _check


@pytest.mark.parametrize(
    "clean",
    [
        *cases(
            # A year has four digits and a month is 1 to 12: the word leads the date, no
            # 662018年 nor a month 229
            "date",
            "远远2018年的情况有所好转",
            "源源2018年的情况有所好转",
            "陈圆圆2018年的情况有所好转",
            "远远9月1日举行了活动",
            "陈圆圆9月1日举行了活动",
        ),
        *cases(
            # Before a word a counter starts (发表) the word, not a count of shots
            "counter-word",
            "《人民日报》圆圆发表了这篇文章",
            "《人民日报》源源发表了这篇文章",
            "《人民日报》陈圆圆发表了这篇文章",
        ),
    ],
)
def test_doubled_word_beside_a_number_or_a_title_stays(clean: str) -> None:
    _check(clean)


@pytest.mark.parametrize(
    "clean",
    ["远远2018年的情况有所好转", "圆圆9月1日举行了活动", "源源9月1日举行了活动", "陈圆圆2018年的情况有所好转"],
)
def test_doubled_word_before_an_ascii_number_stays(clean: str) -> None:
    """A page sets a number full-width whole or not at all: a doubled word right before an
    ASCII number (the marks around garbled, the digits not) is the word."""
    garbled = "".join(c if c.isascii() else founder_garble(c) for c in clean)
    assert repair(garbled_context(garbled)) == REPAIRED.format(clean)


@pytest.mark.parametrize(
    "clean",
    [
        # An acronym in full-width capitals is no unit of 远远 源源 圆圆
        "据介绍，远远CEO表示同意",
        "据介绍，陈圆圆CEO表示同意",
        "据介绍，源源CEO表示同意",
        # ... but a unit's letters are (22nm, 44mAh), and a model's number after one
        "芯片采用22nm工艺",
        "电池容量44mAh",
        "升级到Ubuntu22",
        # ... and capitals a Founder page sets for units and currencies (the review: only the
        # acronyms of figures and officers, NAMED_ACRONYMS, are no unit)
        "长22CM的木板",
        "售价22RMB",
        "转速22RPM",
        "电池容量44MAH",
        "配有22USB接口",
    ],
)
def test_doubled_word_before_a_full_width_acronym(clean: str) -> None:
    _check(clean, latin=True)


@pytest.mark.parametrize(
    "clean",
    [
        # The same look-alikes counting something still repair: before a counter, a unit or a
        # date's unit, after 第, and a number they lead (2212个, 2250万元, a year 2218年)
        "会议共有22人出席",
        "第22届运动会开幕",
        "新华社北京1月22日电",
        "今年收到66个",
        "他今年22岁",
        "射出22发子弹",
        "射出22发炮弹",
        "花了22人民币",
        "建党66周年",
        "共有22位代表",
        "达22人次",
        "涉及22部门",
        "共有2212个项目",
        "投资2250万元",
        "公元2218年",
        "历时223日",
        "距今222000年前",
        "共有6612个",
        # ... before a counter that starts a common word: the count (the review; only 发's
        # words, 圆圆发表, are the word's)
        "共有22人参加会议",
        "造成22人身亡、66人受伤",
        "有44人参观了展览",
        "年满22周岁",
        "他今年66周岁",
        "全村66人口",
        "共有22人员",
        "下设22部门",
    ],
)
def test_a_garbled_number_of_doubled_lookalikes_still_repairs(clean: str) -> None:
    _check(clean)


@pytest.mark.parametrize(
    "clean",
    [
        *cases(
            # A word ending in a digit's look-alike at a line's start after a line that ends a
            # sentence: the hanzi before the line break make no word with it (重点遥⏎祝: no 遥祝)
            "after-sentence",
            "大家讨论了重点。\n祝愿12个项目顺利完成",
            "大家讨论了重点。\n遥远12个村庄通了路",
            "大家讨论了重点，\n祝愿12个项目顺利完成",
            # ... an indented line, or spaces before the break (the final review)
            "大家讨论了重点。\n\u3000\u3000祝愿12个项目顺利完成",
            "大家讨论了重点。\n  祝愿12个项目顺利完成",
            "大家讨论了重点。 \n祝愿12个项目顺利完成",
        ),
        *cases(
            # ... while 有 before a number is common (有源 rare): still the number
            "number",
            "大家讨论了重点。\n有4家企业参加",
            "大家讨论了重点。\n其中6个项目已经完成",
            "大家讨论了重点。\n\u3000\u3000有4家企业参加",
        ),
    ],
)
def test_word_at_a_line_start_before_a_number(clean: str) -> None:
    _check(clean)
