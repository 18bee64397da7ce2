"""punct-shift on a roster's lines (name lists, rankings, result tables: short cells parted by
spaces): a look-alike of ， 、 （ inside a cell that is a full name (李尧, 袁野, 王渊) is the
name's hanzi, and a lone digit look-alike that starts the line before a space is its rank; while
a narrow column's line, which a garbled page also spaces after its marks (措施袁 创造性), is
prose. The garbled inputs are made from the clean text by :func:`garble`."""

from __future__ import annotations

import random

import pytest

from bench.accuracy_punct_shift import garble, repaired

#: Garbled prose around the roster's line (a clearly garbled document).
BEFORE = "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”\n"
AFTER = "\n今年以来，全市经济运行平稳。"


def round_trip(line: str) -> str:
    """``line`` between garbled prose, every mark and number garbled, then repaired."""
    text = BEFORE + line + AFTER
    return repaired(garble(text, random.Random(0), 1.0, True).text)


@pytest.mark.parametrize(
    "line",
    [
        # a roster keeps its names and reads its ranks
        pytest.param("获奖名单　王远　李尧　袁野　叶远", id="names-full-width-spaces"),
        pytest.param("3 李尧 5216票", id="ranking-given-name-yao"),
        pytest.param("4 袁野 4666票", id="ranking-surname-yuan"),
        pytest.param("院长 袁远 副院长 王尧 李渊", id="posts-and-names"),
        pytest.param("2 王渊 中国 316.26", id="results-given-name-yuan"),
        pytest.param("本报记者 李尧 通讯员 王远", id="byline-cells"),
        pytest.param("刘尧 袁渊 袁野 王远", id="surname-yuan-before-given-name-marks"),
        # a row's label may be long before its names (技术科学部：)
        pytest.param("技术科学部：王尧 叶远 袁野 张渊", id="label-then-names"),
        # a name at a row's start before its post
        pytest.param("李尧 中国科学院院士 北京大学教授", id="name-then-post"),
        # a list of results: the item's number, the name (and its team), a space, the result
        pytest.param("1．李尧 98.6分\n2．袁野（上海） 2分16秒08\n3．袁渊 585环", id="numbered-results"),
        # ... while a narrow column's line, where one piece is long, has marks after its pieces
        pytest.param("路和落实措施， 创造性", id="narrow-column"),
        pytest.param("在 “三位一体”运行过程中 ，按照", id="narrow-column-cut-word"),
        # a short line of prose with spaces: no name in the cell, the comma is one
        pytest.param("今年 7月 4日， 习近", id="short-cells-no-name"),
        # a spaced list of surnames goes on with a surname and the same mark or 等
        pytest.param("吴、 王、 李、 张等同志出席", id="spaced-list-of-surnames"),
        pytest.param("3．王、 李、 张等同志出席", id="numbered-spaced-list-of-surnames"),
        pytest.param("1．加强管理， 提高效益", id="numbered-narrow-column"),
        pytest.param("2．张、王、李三位同志", id="numbered-list-of-surnames"),
    ],
)
def test_a_roster_or_a_spaced_line_comes_back_whole(line: str) -> None:
    assert round_trip(line) == BEFORE + line + AFTER


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("10米气步枪\n1．王尧 596环\n2．袁远 596环", id="numbered-results"),
        pytest.param("张明 化学所研究员\n李尧 中国工程院院士 清华大学教授", id="names-then-posts"),
        pytest.param("叶子 袁野 袁远 袁渊 李远 刘尧", id="surname-yuan-before-given-name-marks"),
    ],
)
def test_a_clean_roster_inside_a_garbled_page_keeps_its_names(line: str) -> None:
    """A roster set in real marks (its ． and ASCII figures no garble makes) between garbled
    paragraphs: its names come back as they are."""
    before, after = (garble(part, random.Random(0), 1.0, True).text for part in (BEFORE, AFTER))
    assert repaired(before + line + after) == BEFORE + line + AFTER
