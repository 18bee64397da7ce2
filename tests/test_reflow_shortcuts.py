"""The shortcuts that make reflow fast decide as the regexes they stand in front of do.

reflow tests a line's last or first character before it runs a regex over the line
(Line.kind, Line.ends_paragraph) and finds squeezed spaces by scanning for the space first.
Each shortcut is a necessary condition of the regex it saves: these tests check that against
the regexes of cleaner/chars.py, so that a marker added there later is not silently missed.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.chars import (
    BYLINE_RE,
    CJK_PUNCT_CLASS,
    INLINE_SPACE_RUN_RE,
    LIST_ITEM_RE,
    MARKDOWN_BLOCK_RE,
    PARAGRAPH_END_RE,
)
from cleaner.stages import reflow

#: Characters the line regexes care about, and ordinary text around them.
ALPHABET = (
    " \t\r\u3000\u00a0#-*+>|`~_0123456789\uff10\uff11\u0663.)\u3001\uff0e\uff08()\uff09"
    "\u2014\u2015\u2e3a\u4e00\u4e8c\u4e09\u5341\u767e\u7b2c\u7ae0\u2460\u2776"
    "本报新华社记者通讯员特约实习生摄影文图编辑责任版片王李张明\u25cf\u00b7:：/／"
    "，。！？…”’》」』】\"'!?"
)


def kind_by_regexes(raw: str) -> str:
    """Line.kind as the regexes alone decide it."""
    content = raw.strip(" \t\r\u3000")
    if MARKDOWN_BLOCK_RE.match(raw):
        return "markdown"
    if content.startswith("\u25cf") and len(content) <= 40 and reflow._BYLINE_NAMES_RE.match(content):
        return "byline"  # ●王晓慧●郭鹏杰: a byline's names, though ● also starts a list item
    if LIST_ITEM_RE.match(raw):
        return "list"
    if len(content) <= 40 and (BYLINE_RE.match(raw) or reflow._BYLINE_NAMES_RE.match(content)):
        return "byline"
    return "body"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=14))
def test_line_kind_and_paragraph_end_are_those_of_the_regexes(raw: str) -> None:
    line = reflow.Line(0, raw)
    if not line.content:
        return
    assert line.kind == kind_by_regexes(raw)
    assert line.ends_paragraph == (PARAGRAPH_END_RE.search(INLINE_SPACE_RUN_RE.sub("", line.content)) is not None)


#: What follows the first character in the markers (一、 第一章 (1) 1. ## --- 文/王 ...).
SUFFIXES = (
    *("", " ", "、", ".", ". ", ")", "）", "1）", "一）", "一章", "#", "--"),
    *("/王", "：王", "辑：王", "任编辑：王", "者王", "王李 摄", "摄"),
)
#: What comes before the last character of a paragraph end (。 。” 。（王明）).
PREFIXES = ("", "。", "!", "。”", "。（王明", "(王明")


def test_every_first_character_a_marker_regex_matches_is_tested_for() -> None:
    """Every character of the BMP, followed by the rest of a marker (or ending a paragraph
    end): whatever a regex matches starts (ends) with a character the shortcut lets through."""
    missed = []
    for code in range(0x10000):
        first = chr(code)
        if first.isspace() or 0xD800 <= code < 0xE000:
            continue
        for suffix in SUFFIXES:
            raw = first + suffix
            if MARKDOWN_BLOCK_RE.match(raw) and not (first in reflow._MARKDOWN_FIRST or first.isdecimal()):
                missed.append(("markdown", raw))
            if LIST_ITEM_RE.match(raw) and first not in reflow._LIST_FIRST:
                missed.append(("list", raw))
            if BYLINE_RE.match(raw) and not (
                raw.endswith(reflow._BYLINE_END) or first in reflow._BYLINE_FIRST or reflow._BYLINE_WORDS_RE.search(raw)
            ):
                missed.append(("byline", raw))
        for prefix in PREFIXES:
            raw = prefix + first
            if PARAGRAPH_END_RE.search(raw) and first not in reflow._PARAGRAPH_END_LAST:
                missed.append(("paragraph end", raw))
    assert missed == []


LOOK_BEHIND_SQUEEZED_SPACE_RE = re.compile(f"(?<=[{CJK_PUNCT_CLASS}]) | (?=[{CJK_PUNCT_CLASS}])")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" 中文ab1，。“”！？、,.\u3000\t", max_size=20))
def test_squeezed_spaces_are_the_spaces_beside_a_mark(text: str) -> None:
    assert reflow._SQUEEZED_SPACE_RE.findall(text) == LOOK_BEHIND_SQUEEZED_SPACE_RE.findall(text)


def block_joined_by_walking(raws: list[str], a: int, b: int, joined: set[int]) -> bool:
    """Is a line of the block (lines without blank lines between) around a..b joined, the block
    walked out from a and b for this break alone?"""
    lo, hi = a, b
    while lo > 0 and raws[lo - 1].strip(" \t\r\u3000"):
        lo -= 1
    while hi + 1 < len(raws) and raws[hi + 1].strip(" \t\r\u3000"):
        hi += 1
    return any(lo <= line <= hi for line in joined)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "\u3000", "中", "文字"]), min_size=2, max_size=30), st.data())
def test_a_block_walked_once_answers_each_break_as_walking_it_for_each(raws: list[str], data: st.DataObject) -> None:
    """_blocks_joined walks a block once for all its breaks (a column of thousands of lines with
    no blank line is one block): each break's answer is the one of a walk for it alone."""
    text = "\n".join(raws)
    lines = reflow._Lines(text)
    breaks = [(a, a + 1) for a in range(len(raws) - 1) if raws[a].strip() and raws[a + 1].strip()]
    breaks = [ab for ab in breaks if data.draw(st.booleans())]
    joined = {line for line in range(len(raws)) if data.draw(st.integers(0, 3)) == 0}
    expected = [block_joined_by_walking(lines.raws, a, b, joined) for a, b in breaks]
    assert reflow._blocks_joined(lines, breaks, sorted(joined)) == expected
