"""punct-shift (recall30): marks left silent in modern reviews, and the names and words that stay.

Each group is a linguistic fact: the repaired rows are the garble of clean sentences written for
the rule, and the rows kept beside them are the real names and words the rule must leave (the
clean text, garbled around them, comes back as written).
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, cases, garbled_context, garbled_rows, repair

ROWS = [
    # A given name that the text names in full with another surname (张爱玲) is that person's
    # where it stands alone: the 袁 before it is a comma, though the lexicon lists 袁爱玲 as a
    # full name of its own.
    *cases(
        "given-name-of-another",
        *garbled_rows(
            "如果想进一步研究张爱玲就不妨看一下，人品较差，爱玲比较冤",
            "张爱玲的小说写得好，爱玲的一生却很坎坷",
        ),
    ),
    # ... but not where the text names no one else so: 袁爱玲 is then her full name.
    *cases(
        "lexicon-name-kept",
        *garbled_rows(
            "班长袁爱玲学习很好",
            "张爱玲和袁爱玲是两个人",
            "我们去看望袁爱玲，她很高兴",
        ),
    ),
    # 姓 is the noun 'surname' in 无姓 'with no surname' (无名无姓) and 百姓: no surname follows it,
    # and the look-alike after it is a comma.
    *cases(
        "surname-noun",
        *garbled_rows(
            "有那么多的人值得我们敬仰，也许无名无姓，有那么多的人值得我们去学习",
            "普通百姓，也能参与",
        ),
    ),
    # ... while after the verb 姓 'be surnamed' the surname stays.
    *cases(
        "surname-verb-kept",
        *garbled_rows(
            "这位老人姓袁，今年八十岁",
            "他也姓袁，是个好人",
            "免贵姓叶，叶子的叶",
        ),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), ROWS)
def test_recall30(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
