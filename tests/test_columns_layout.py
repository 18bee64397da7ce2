"""The columns stage moves lines only where the layout shows columns (ChnSentiCorp sweep, issue 5).

A blind sweep over real reviews found two false moves: a review typed without a single space was
cut into "lines" at a width learnt from another review's phrases, and a review with ``， `` typed
after its clauses was cut at those spaces. These tests pin the evidence a move now needs:
gutters (join spaces not after a clause mark), lines of the column's width, and, for a line
without gaps, a page that shows the width on many lines.
"""

from __future__ import annotations

import pytest

from cleaner.config import Config
from cleaner.model import apply_edits
from cleaner.pipeline import select_edits
from cleaner.stages import columns
from cleaner.stages.base import StageContext
from cleaner.stages.columns import Fragment
from tests.test_columns import PROSE, _across, _compact


def _moves(text: str) -> str:
    findings = columns.detect(text, StageContext())
    return apply_edits(text, select_edits(findings, Config(), columns.STAGE))


def _texts(pieces: list[Fragment]) -> list[str]:
    return [p.text for p in pieces]


def test_a_space_after_a_clause_mark_is_no_join() -> None:
    text = "要注意的是， 结帐时服务员会问你 要不要发票"
    assert _texts(columns._split_at_spaces(text, 0, len(text))) == ["要注意的是， 结帐时服务员会问你", "要不要发票"]
    for mark in "，、；：":
        assert not columns._JOIN_SPACE_RE.search(f"甲乙{mark} 丙丁")
    # ... unless a mark that starts no clause follows (a column's line may start with one in OCR)
    assert columns._JOIN_SPACE_RE.search("通关举措， ，6月8日")


def test_a_line_ending_on_a_clause_mark_is_cut_at_its_space() -> None:
    """Where a column's line ends on ，, the space after it is where the DP cuts (and drops)."""
    text = "确保人民群众的合法权益不受侵害， ”那顺吉日嘎拉介绍说。"
    lines = columns._cut_at_width(Fragment(0, len(text), 0, text), 15)
    assert _texts(lines) == ["确保人民群众的合法权益不受侵害，", "”那顺吉日嘎拉介绍说。"]
    assert lines[1].lead_start == lines[0].end and text[lines[0].end : lines[1].start] == " "
    # two marks may hang beyond the measure: （…）， at a line's end
    text = "科技兴警三年行动计划（2023-2025年）， 边队，打造戍边夫妻警务室……确保边"
    first = columns._cut_at_width(Fragment(0, len(text), 0, text), 17)[0]
    assert first.text == "科技兴警三年行动计划（2023-2025年），"


def _lines(texts: list[str]) -> tuple[list[Fragment], set[int]]:
    """Fragments joined by single spaces, and where each space starts."""
    pieces, gutters, at = [], set(), 0
    for t in texts:
        pieces.append(Fragment(at, at + len(t), max(0, at - 1), t))
        gutters.add(at + len(t))
        at += len(t) + 1
    return pieces, gutters


REGULAR = [
    "一二三四五六七八九十",
    "甲乙丙丁戊己庚辛壬，",
    "子丑寅卯辰巳午未申酉",
    "天地玄黄宇宙洪荒日月",
    "盈昃辰宿。",
    "列张寒来暑往秋收冬藏",
    "闰余成岁",
]


def test_a_layout_of_full_lines_between_gutters_shows_columns() -> None:
    lines, gutters = _lines(REGULAR)
    assert columns._shows_columns(lines, gutters, 10, on_page=False)


def test_a_short_line_inside_a_paragraph_shows_no_columns() -> None:
    odd = [*REGULAR[:2], "要发票，", *REGULAR[2:]]  # short, and it ends no sentence
    lines, gutters = _lines(odd)
    assert not columns._shows_columns(lines, gutters, 10, on_page=False)


def test_lines_cut_at_a_guessed_width_are_no_evidence() -> None:
    lines, _ = _lines(REGULAR)
    assert not columns._shows_columns(lines, set(), 10, on_page=False)  # no gutter: any text cuts so
    assert columns._shows_columns(lines, set(), 10, on_page=True)  # the page showed the width


@pytest.mark.parametrize("width", [8, 9, 10])
def test_a_line_without_gaps_is_not_cut_on_the_width_of_a_few_typed_phrases(width: int) -> None:
    """One review typed in phrases of about 9 characters does not make a page of columns of 9."""
    gapless = _across(PROSE, 2, width).replace(" ", "")
    text = gapless + "\n不给P也给个VST啊 毛UX先装显卡驱动 显卡驱动就装不了 再送个鼠标垫就好了 嘿"
    assert _moves(text) == text


@pytest.mark.parametrize("width", [12, 14, 22])
def test_a_band_read_across_is_still_restored_when_lines_end_on_commas(width: int) -> None:
    """The regularity the moves need is there in a real band (lines ending on ， included)."""
    ocr = _across(PROSE, 2, width)
    assert "， " in ocr
    assert _compact(_moves(ocr)) == _compact(PROSE)


def test_sentences_of_the_column_width_typed_with_spaces_show_no_columns() -> None:
    """A gutter falls anywhere in the text; typed spaces follow marks. Lines that all end on a
    mark at the width are sentences of that length (a review that repeats itself), not columns."""
    texts = ["当当上显示是已完成交易！", "订单号还是没有到货呢！", "请问这到底是怎么回事呀？"] * 3
    lines, gutters = _lines(texts)
    assert not columns._shows_columns(lines, gutters, 12, on_page=False)
    lines, gutters = _lines([t[:-1] + "的" for t in texts])  # the same lines cut mid-sentence
    assert columns._shows_columns(lines, gutters, 12, on_page=False)
