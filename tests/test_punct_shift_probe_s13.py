"""punct-shift on documents of a whole-pipeline probe (session 13).

A label's colon before a surname (法定代表人院尧志远) was left a hanzi while the
surname became 、: ：、 and ：， are never written. 袁某某 (an anonymised name) and @袁小野 (a
handle) lost their surname to a comma, and 窑 (a kiln) after 去 开 把 became ·. A table of
contents' leaders (噎噎噎噎噎噎 ……) were never read: a page of one kind of mark was no garbled one.
And 院 of an institute's abbreviation (山东矿院, People's Daily dev) read as a colon; and 尧, a
given name after a surname (记者王尧报道) or a sentence's first hanzi (遥尧庙), read as 、."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a label's colon before a surname: ：， and ：、 are never written
        ("法定代表人院尧志远", "法定代表人：尧志远"),
        ("受访者院袁月生渊退休教师冤", "受访者：袁月生（退休教师）"),
        # 院 that ends a word before a comma or an enumeration comma stays the hanzi
        ("帮他送到了部队医院袁并付了钱", "帮他送到了部队医院，并付了钱"),
        ("巴黎圣母院尧卢浮宫", "巴黎圣母院、卢浮宫"),
    ],
)
def test_a_surname_after_a_label_s_colon_is_the_hanzi(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the anonymised name of a judgment or a police notice, and a user's handle
        ("警方征集袁某某等人的违法犯罪线索", "警方征集袁某某等人的违法犯罪线索"),
        ("欢迎关注@袁小野的日常", "欢迎关注@袁小野的日常"),
        # 某 alone after a comma is still "a certain"
        ("据查实袁某境外机构曾多次联系", "据查实，某境外机构曾多次联系"),
    ],
)
def test_a_surname_in_an_anonymised_name_or_a_handle_is_the_hanzi(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


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


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 尧 a given name after a common surname: after a role, or before what follows a name
        ("记者王尧报道", "记者王尧报道"),
        ("王尧同志是一位老党员", "王尧同志是一位老党员"),
        ("法官周尧指出", "法官周尧指出"),
        # a list of surnames goes on
        ("张尧王尧李三位同志", "张、王、李三位同志"),
        # no sentence starts with 、 after a sure full stop
        ("推动发展遥尧庙是临汾的名胜", "推动发展。尧庙是临汾的名胜"),
    ],
)
def test_yao_after_a_surname_is_a_given_name(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
