"""punct-shift on documents of a whole-pipeline probe (session 13).

窑 (a kiln) after 去 开 把 became ·. A table of contents' leaders (噎噎噎噎噎噎 ……) were
never read: a page of one kind of mark was no garbled one. And 院 of an institute's
abbreviation (山东矿院, People's Daily dev) read as a colon."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the kiln after a verb or a word before a noun; a foreign name's interpunct
        ("他们去窑里取瓷器", "他们去窑里取瓷器"),
        ("开窑那天全村人都来了", "开窑那天全村人都来了"),
        ("他把窑门封好", "他把窑门封好"),
        ("约翰窑史密斯来了", "约翰·史密斯来了"),
    ],
)
def test_the_kiln_after_a_verb_is_the_hanzi(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


def test_a_table_of_contents_leaders_are_read_though_no_other_mark_shows() -> None:
    garbled_page = "目录\n一 绪论 噎噎噎噎噎噎 3\n二 方法 噎噎噎噎噎噎 15\n三 结果 噎噎噎噎噎噎 27"
    assert repair(garbled_page) == garbled_page.replace("噎", "…")


def test_a_run_of_one_mark_s_look_alike_alone_shows_the_garble() -> None:
    assert repair("还行遥遥遥遥\n不错遥遥遥遥\n一般遥遥遥遥") == "还行。。。。\n不错。。。。\n一般。。。。"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # an institute's abbreviation with 院; a colon after a word that takes one
        ("委托山东矿院在东滩设立分院", "委托山东矿院在东滩设立分院"),
        ("他考上了美院", "他考上了美院"),
        ("使用方法院先加水再搅拌", "使用方法：先加水再搅拌"),
    ],
)
def test_an_institute_s_abbreviation_keeps_its_yuan(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
