"""punct-shift's numbers on clean hanzi that look like digits beside what reads numbers
(Latin letters, ASCII digits, a list's marks, a year, a separator): false repairs of session
10, each checked at a garbled paragraph's start, middle and end; and the garbled numbers of
the same shapes that must still be read."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


def _contexts(snippet: str) -> list[str]:
    """``snippet`` at a garbled paragraph's start, in its middle, right after its end (a
    sentence's end, where a list's item starts) and at the text's end (the garbled paragraph
    is the shared one: its look-alikes are not written here twice)."""
    paragraph = garbled("")
    return [
        snippet + "\n" + paragraph,
        garbled(snippet),
        paragraph + snippet + "\n" + paragraph,
        paragraph + "\n" + snippet,
    ]


@pytest.mark.parametrize(
    "snippet",
    [
        # a list of shapes in clean punctuation: 圆 is round, between a real ： and a real 、
        "1、形状：圆、方",
        # 远 answers 近 in a parallel phrase after capitals (A near, B far)
        "A近B远",
        # 远远 (far) said again, or after Latin letters, before what it qualifies
        "远远远远不够",
        "APP远远领先",
        # a full stop after 来源 lists no numbers
        "来源.远.近.",
        # a year, then the city 益阳: no temperature follows a year
        "2018益阳",
        # 圆 for 元, the yuan, after a price in ASCII digits
        "花了300圆",
        "价格：300圆起",
        # after Latin letters, a look-alike that starts a rarer word (圆梦, to fulfil a dream)
        "NBA圆梦",
    ],
)
def test_clean_lookalikes_beside_number_contexts_stay(snippet: str) -> None:
    for text in _contexts(snippet):
        out = repair(text)
        at = text.index(snippet)
        assert out[at : at + len(snippet)] == snippet, out


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the garbled shapes those rules stand beside
        ("两点不足院员尧订了两晚曰圆尧大床房太小", "两点不足：1、订了两晚；2、大床房太小"),
        ("单元格 B员", "单元格 B1"),
        ("要按F圆进入BIOS设置", "要按F2进入BIOS设置"),
        ("装了DDR猿的内存", "装了DDR3的内存"),
        ("型号P员园", "型号P10"),
        ("炉温达到圆园园园益高温", "炉温达到2000℃高温"),
        ("气温圆缘益左右", "气温25℃左右"),
        ("MEDIAN(员;缘;9;20)", "MEDIAN(1;5;9;20)"),
        ("共有员园远人", "共有106人"),
        # the count after 等, which closes an enumeration, though a rare word holds it (怨家)
        ("铁路总公司等怨家单位签订了责任状", "铁路总公司等9家单位签订了责任状"),
        ("卫生部等愿部委评为先进", "卫生部等8部委评为先进"),
    ],
)
def test_garbled_numbers_of_the_same_shapes_still_read(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
