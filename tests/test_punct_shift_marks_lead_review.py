"""FROM THE LEAD (a review of ps-marks while you work): _name_dashes turns the verb 要 into a
dash between two names in ordinary news sentences: 美国要日本开放市场 ("the US demands that
Japan open its market") came out 美国—日本开放市场. 要 between two proper names is very often the
verb "to demand / to want" (X要Y + verb phrase). Please make these pass (narrow the rule: e.g. a
verb phrase after the second name keeps 要; a dash pair repeated in the document, an abbreviated
single-character name 美要以, or a name the dictionary holds whole, 道琼斯, are stronger evidence),
keep this file (commit it with your fix), and say in your report what you changed.

Second finding: "after a role or a person noun, 袁 before a character never seen first in a given
name is the comma" breaks every surname 袁 before a given name whose character the table
(mappings/given_name_chars.tsv, 1,464 characters) lacks: 记者袁犇报道 -> 记者，犇报道, and so
喆 璟 熠 鹍 頔, all common in real names. main kept all of them. A character missing from the table
is evidence only when it is a COMMON character (frequent in text, e.g. 人 由 成 的 在), never when it
is rare (rare characters are what given names are made of)."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair
from tests.test_punct_shift_names import REPAIRED
from tests.test_punct_shift_names import garbled_context as garbled


@pytest.mark.parametrize(
    "snippet",
    [
        "美国要日本开放市场",
        "美国要伊拉克交出武器",
        "中国要台湾当局放弃幻想",
        "北京要上海支援",
        "他说美国要日本承担更多责任",
        "欧盟要英国尽快决定",
    ],
)
def test_the_verb_between_two_names_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    "snippet",
    ["记者袁犇报道", "工程师袁鹍说", "队长袁頔介绍", "主任袁喆表示", "医生袁璟指出", "院长袁熠认为"],
)
def test_a_surname_before_a_rare_given_name_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)
