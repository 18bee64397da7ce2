"""punct-shift on documents of a whole-pipeline probe (session 13): a table of contents'
leaders (噎噎噎噎噎噎 ……) were never read: a page of one kind of mark was no garbled one."""

from __future__ import annotations

from tests.test_punct_shift import repair


def test_a_table_of_contents_leaders_are_read_though_no_other_mark_shows() -> None:
    garbled_page = "目录\n一 绪论 噎噎噎噎噎噎 3\n二 方法 噎噎噎噎噎噎 15\n三 结果 噎噎噎噎噎噎 27"
    assert repair(garbled_page) == garbled_page.replace("噎", "…")


def test_a_run_of_one_mark_s_look_alike_alone_shows_the_garble() -> None:
    assert repair("还行遥遥遥遥\n不错遥遥遥遥\n一般遥遥遥遥") == "还行。。。。\n不错。。。。\n一般。。。。"
