"""punct-shift (labels33): the letter labels' loose ends: a look-alike that ends a person's name
before a label's noun (a rarer surname, a name broken by a hard wrap), 粤组 on a page that names a
city of Guangdong beside an A组, and the labels read beside them.

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
    # of (苗 龚 岑 邝 谭 薛), whatever the given name's first hanzi: a person's group or block
    *cases(
        "rarer-surname",
        "苗语悦组的成员都到齐了",
        "龚睿悦组负责后勤",
        "岑思悦组的作品最多",
        "邝一悦组今天值日",
        "谭子悦组的同学请举手",
        "薛可悦座位在后排",
    ),
    # a hard-wrapped paragraph breaks its lines anywhere, inside a name too
    *cases(
        "wrapped-name",
        "这次活动由周一\n悦组负责",
        "我们请王\n悦组织大家",
        "比赛的冠军是李思\n悦组的选手",
    ),
    # 粤, Guangdong's short name, on a page that names a city of Guangdong: the province's group,
    # beside a lettered one or alone
    *cases(
        "guangdong-city",
        "我们分到了A组，对手是粤组的广州队",
        "深圳队分在粤组",
        "佛山和东莞的选手都在粤组",
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
        # after a common word that starts with a rarer surname (童 包 甘 农): no name
        "童装Ｃ区在三楼",
        "包装Ｃ区暂停使用",
        "甘肃Ｃ组的比赛",
        "农村Ｃ区的道路",
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
