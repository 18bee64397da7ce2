"""punct-shift (labels33): the letter labels' loose ends: a look-alike that ends a person's name
before a label's noun (a rarer surname with a hanzi it makes no word with), a label that ends the
text, and the labels read beside them (after a word, at a line's start, on a page of Guangdong).

As in tests/test_punct_shift_letters32.py, the clean texts are written with the garbled capitals
full-width (Ｃ for the 悦 a Founder page extracts); hanzi written as hanzi are real and stay.
"""

from __future__ import annotations

import re

import pytest

from cleaner.chars import FULLWIDTH_OFFSET
from tests.test_punct_shift import cases, founder_garble, repair
from tests.test_punct_shift_letters32 import _LETTERS, _expected, _garbled

NAMED = [
    # a given name's last hanzi after a surname of the surname table that jieba's names hold few
    # of (岑 邝 谭 薛), with a hanzi it makes no word with
    *cases(
        "rarer-surname",
        "岑思悦组的作品最多",
        "邝一悦组今天值日",
        "谭子悦组的同学请举手",
        "薛可悦座位在后排",
    ),
]


@pytest.mark.parametrize("snippet", NAMED)
def test_names_and_provinces_before_a_labels_noun_stay(snippet: str) -> None:
    assert repair(_garbled(snippet)) == _expected(snippet)


READ = [
    # the labels beside them are still read: after a word, a mark or a list's line (not a
    # wrapped name), an ASCII sibling on a page that names no city of Guangdong
    *cases(
        "label",
        "中国队名列Ｃ组，对手是日本队",
        "我们分到了A组，对手是Ａ组的北京队",
        "分组如下：\nＣ组：中国、日本",
        "会议室在Ｃ座十二层",
        "停车场在Ｍ层",
        "请到Ｃ区排队领取",
        "我们约在Ｃ座见面",
        "他在公园Ａ区和Ｂ区之间散步",
        # after a word, however rare, that starts with a rarer surname (童 包 甘 农 冷 蓝 苗): no name
        "童装Ｃ区在三楼",
        "包装Ｃ区暂停使用",
        "甘肃Ｃ组的比赛",
        "农村Ｃ区的道路",
        "冷柜Ｃ区",
        "蓝莓Ｃ区",
        "冷食Ｃ区",
        "汤锅Ｃ区",
        "合唱比赛分为童声Ｃ组",
        "冷盘Ｃ区已经备好",
        "农校Ｃ区的实验田",
        "池畔Ｃ区的长椅",
        "简体Ｃ区",
        "申根Ｃ区",
        "苗语Ａ组和苗语Ｂ组",
        "岳麓Ｃ区的学生宿舍",
        "童鞋Ｃ区",
        "龚睿Ｃ组负责后勤",
        "盛景Ｃ座的业主",
    ),
    # a label that starts a line, after a line that ends with a name or a word (a roster, a list)
    *cases(
        "line-start",
        # (粤组 月组 alone at a line start stay Guangdong's and a month's, as at main)
        "粤组：张伟、王芳\n月组：李强、刘洋\nＣ组：陈静、杨帆",
        "粤组：张伟、王芳\r\n月组：李强、刘洋\r\nＣ组：陈静、杨帆",
        "参赛名单\n粤组：张伟\n月组：李强\nＣ组：陈静",
        "报名的同学有王芳\nＣ组的同学请到二楼",
        "请交给李老师\nＣ组的作业明天交",
        "报名截止到周一\nＣ组的同学请注意",
    ),
    # a garbled pair on a page that names a city of Guangdong (a city is no evidence of 粤组), and
    # city names inside other words (白云浮 黄河源 清远 浙江门户)
    *cases(
        "guangdong-city",
        "广州队和深圳队同在Ａ组，北京队在Ｂ组",
        "广交会在广州琶洲举行，展区设在展馆Ａ区和Ｂ区",
        "亚冠分组揭晓：广州队在Ａ组，上海队在Ｂ组",
        "公园Ａ区和Ｂ区之间，白云浮在天上",
        "他去过黄河源头。我们分到了Ａ组，对手是Ｂ组的北京队",
        "浙江门户网站报道：中国队名列Ａ组，日本队名列Ｂ组",
    ),
]


@pytest.mark.parametrize("snippet", READ)
def test_labels_beside_names_are_read(snippet: str) -> None:
    assert repair(_garbled(snippet)) == _expected(snippet)


#: A paragraph for a snippet to end the text after (garbled with it).
_HEAD = "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”"

AT_THE_END = [
    # a label that ends the text: no longer word starts at its noun there
    *cases("label-ends-the-text", "中国队名列Ｃ组", "比赛结束后，我们分到了Ｃ组", "停车场在Ｍ层", "公园Ａ区和Ｂ区"),
    # words and names before the same nouns, ending the text, stay
    *cases("word-ends-the-text", "他家就在白云区", "这里是一片灾区", "天上的云层", "陈一悦组"),
]


@pytest.mark.parametrize("snippet", AT_THE_END)
def test_a_label_that_ends_the_text(snippet: str) -> None:
    garbled = founder_garble(_HEAD + snippet).translate(str.maketrans(_LETTERS))
    expected = re.sub("[Ａ-Ｚ]", lambda m: chr(ord(m.group()) - FULLWIDTH_OFFSET), _HEAD + snippet)
    assert repair(garbled) == expected
