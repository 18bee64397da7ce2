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
        # ... while a narrow column's line, where one piece is long, has marks after its pieces
        pytest.param("路和落实措施， 创造性", id="narrow-column"),
        pytest.param("在 “三位一体”运行过程中 ，按照", id="narrow-column-cut-word"),
        # a short line of prose with spaces: no name in the cell, the comma is one
        pytest.param("今年 7月 4日， 习近", id="short-cells-no-name"),
        # a spaced list of surnames goes on with a surname and the same mark or 等
        pytest.param("吴、 王、 李、 张等同志出席", id="spaced-list-of-surnames"),
    ],
)
def test_a_roster_or_a_spaced_line_comes_back_whole(line: str) -> None:
    assert round_trip(line) == BEFORE + line + AFTER
