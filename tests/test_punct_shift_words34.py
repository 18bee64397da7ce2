"""Punct-shift on look-alike words of technical text and names that the fresh-text and lexicon
sweeps of session 30 found changed (session 31, words34): GnuPG's keys (子钥 主公钥), apt's and
git's sources (源：, 源分支, 软件源名称, ``[-e 源]``), a city in quotation marks (“大冶钢厂”), given
names (由王遥主演, 王尧，男，35岁) and 噎住 after an ellipsis. Each class: the look-alike the real
word holds, which must stay, beside the garble the same rule must still repair."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, founder_garble, garbled_context, repair

#: A garbled paragraph that opens each page below, so that the page is read as a garbled one.
GARBLED_OPENING = founder_garble("会议指出：“要抓好落实，创新活动方式，扩大覆盖。”推动发展。\n")


def page_repaired(clean: str) -> str:
    """The repair of the page ``clean`` garbled, after a garbled opening paragraph (without it)."""
    opening = repair(GARBLED_OPENING)
    fixed = repair(GARBLED_OPENING + founder_garble(clean))
    assert fixed.startswith(opening)
    return fixed[len(opening) :]


# -- 噎 after an ellipsis ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # no one writes ……… (the ellipsis is doubled): an odd run's last 噎 that starts a word is it
        ("他噎噎噎住了", "他……噎住了"),
        ("我噎噎噎噎噎住了", "我…………噎住了"),
        # ... an even run is the ellipsis whole, whatever follows
        ("我说噎噎噎噎住了", "我说…………住了"),
        ("他说噎噎住在这里", "他说……住在这里"),
        # ... and a word's first 噎 before the run as before (抽噎……)
        ("她不停地抽噎噎噎", "她不停地抽噎……"),
        # ... no word of 噎 after the run: the run is marks (……噎着 reads worse than ………着)
        ("他说噎噎噎好的", "他说………好的"),
    ],
)
def test_choke_after_an_ellipsis(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
