"""The columns stage: lines of neighbouring columns joined by OCR, and their reading order."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean
from cleaner.chars import display_width
from cleaner.config import Config
from cleaner.model import apply_edits
from cleaner.pipeline import STAGES, Pipeline, select_edits
from cleaner.stages import columns
from cleaner.stages.base import StageContext
from tests.conftest import FIXTURES, SEEDS

_WS = re.compile(r"\s+")

# Clean prose (seed 003, after the pipeline): read in reading order, it is the answer.
PROSE = (
    "如今的二连出入境边防检查站，担负着二连浩特口岸铁路、公路和国际机场等6个执勤现场的出入境边防检查任务"
    "和3.2公里边境线、2.58平方公里口岸限定区域的监护管理任务。今年年初以来，二连出入境边防检查站认真贯彻"
    "国家移民管理工作会议和内蒙古出入境边防检查总站2019工作会议精神，立足口岸实际，着力从科技强警、改革创新、"
    "优化服务上下功夫，各项工作取得全面进步，在祖国北疆筑起一道坚不可摧的钢铁长城，为服务驻地经济社会发展作出了突出贡献。"
)


def _lines(text: str, width: int) -> list[str]:
    out, current, used = [], "", 0.0
    for char in text:
        if used + display_width(char) > width:
            out.append(current)
            current, used = "", 0.0
        current += char
        used += display_width(char)
    return [*out, current]


def _across(text: str, n_columns: int, width: int) -> str:
    """``text`` set in ``n_columns`` columns of ``width`` and read row by row, lines joined by spaces."""
    lines = _lines(text, width)
    rows = -(-len(lines) // n_columns)
    cols = [lines[c * rows : (c + 1) * rows] for c in range(n_columns)]
    return " ".join(col[r] for r in range(rows) for col in cols if r < len(col))


def _columns_only(text: str) -> str:
    stage = columns.STAGE
    findings = stage.detect(text, StageContext())
    return apply_edits(text, select_edits(findings, Config(), stage))


def _compact(text: str) -> str:
    return _WS.sub("", text)


@pytest.mark.parametrize("width", [16, 18])
def test_two_columns_read_across_are_restored(width: int) -> None:
    ocr = _across(PROSE, 2, width)
    assert _compact(ocr) != _compact(PROSE)
    assert _compact(_columns_only(ocr)) == _compact(PROSE)


def test_a_move_is_delete_and_insert_with_reasons() -> None:
    ocr = _across(PROSE, 2, 18)
    pipeline = Pipeline(stages=[columns.STAGE])
    result = pipeline.run(ocr)
    moves = [e for e in result.edits if "columns" in e.rules]
    assert moves and all(e.reason for e in moves)
    assert apply_edits(ocr, result.edits) == result.text
    assert pipeline.run(result.text).text == result.text  # idempotent


def test_one_column_with_join_spaces_is_not_moved() -> None:
    ocr = " ".join(_lines(PROSE, 18))  # one column, its lines joined with spaces
    assert _columns_only(ocr) == ocr


@pytest.mark.parametrize("seed", [s for s in SEEDS if not s.name.startswith("000")], ids=lambda p: p.name[:3])
def test_seeds_without_interleaving_get_no_columns_edits(seed) -> None:
    result = clean(seed.read_text(encoding="utf-8"))
    assert not [e for e in result.edits if "columns" in e.rules]


def test_clean_text_is_not_looked_at() -> None:
    text = (FIXTURES / "clean" / "canonical-chinese.in.txt").read_text(encoding="utf-8")
    assert columns.detect(text, StageContext()) == []


#: The lines of seed 000 that hold lines of more than one column (read by hand), by a piece of each.
MIXED_000 = (
    "搭建 个口岸党建示范带",
    "进行为 站举办警务实战",
    '奖项。 边境"建设',
    '简报推广。 队"',
    "取得长 情系基层",
    "十大法 民警、家属",
    "我为基层解难 改革创新",
    "还 标全国一流",
)


def _reported_lines(rule_prefix: str = "columns") -> tuple[str, set[int]]:
    text = SEEDS[0].read_text(encoding="utf-8")
    result = clean(text)
    lines = {text.count("\n", 0, f.span.start) for f in result.findings if f.rule.startswith(rule_prefix)}
    return text, lines


def test_seed_000_reports_lines_that_stop_mid_word() -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    result = clean(text)
    stops = {text[f.span.start : f.span.end] for f in result.findings if f.rule == "columns-stop"}
    assert {"把把坚", "天津总", "学历结", "一个缩"} <= stops
    assert not [e for e in result.edits if "columns" in e.rules]  # nothing there is regular enough to move


def test_seed_000_reports_the_three_column_rows_of_its_last_section() -> None:
    text, lines = _reported_lines()
    assert text.count("\n", 0, text.index("我为基层解难 改革创新")) in lines


def test_seed_000_every_mixed_line_is_reported() -> None:
    text, lines = _reported_lines()
    missing = [marker for marker in MIXED_000 if text.count("\n", 0, text.index(marker)) not in lines]
    assert not missing


def test_seed_000_lines_joined_across_irregular_rows_are_reported_as_mixed() -> None:
    """The three rows no regular stride explains: each is reported as mixed at a join."""
    text, lines = _reported_lines("columns-mixed")
    for marker in ('奖项。 边境"建设', "十大法 民警", "还 标全国一流"):
        assert text.count("\n", 0, text.index(marker)) in lines, marker


@pytest.mark.parametrize("seed", [s for s in SEEDS if not s.name.startswith("000")], ids=lambda p: p.name[:3])
def test_seeds_without_interleaving_get_no_mixed_reports(seed) -> None:
    result = clean(seed.read_text(encoding="utf-8"))
    assert not [f for f in result.findings if f.rule == "columns-mixed"]


def test_a_space_before_a_quotation_or_in_a_byline_is_not_suspect() -> None:
    text = (
        "内蒙古公安边防总队精准把握党建信息化发展规律，着力打造出 “党建知识APP”学习软件。\n\n"
        "（王国强 陈克强）\n\n## 改革创新 助推经济蓬勃发展\n"
    )
    assert not [f for f in columns.detect(text, StageContext()) if f.rule == "columns-mixed"]


def test_join_evidence() -> None:
    assert columns.join_score("首次联合天津总", "站举办警务") > columns.join_score("首次联合天津总", "面对时代")
    assert columns.join_score("进行为", "期一周的") > 0
    assert columns.join_score("民警忠诚履", "，攻坚") > 0  # a line never starts with a comma
    assert columns.join_score("意义非凡。", "党的二十大") == 0  # any line may follow a sentence end: no evidence
    assert columns.join_score("民警忠诚履。", "，攻坚") == 0


FINAL_OCR = FIXTURES / "columns" / "000-final-section.ocr.txt"
FINAL_ORDER = FIXTURES / "columns" / "000-final-section.reading-order.txt"


def test_final_section_reading_order_is_a_permutation_of_the_ocr() -> None:
    ocr, order = FINAL_OCR.read_text(encoding="utf-8"), FINAL_ORDER.read_text(encoding="utf-8")
    assert Counter(_compact(ocr)) == Counter(_compact(order))


@pytest.mark.xfail(
    strict=True,
    reason=(
        "the stage moves regular interleaving only; 000's final section merges its columns irregularly "
        "(rows of B and D alternate unevenly, a caption's lines sit among them, lines joined without a "
        "space are cut at guessed widths), and the best irregular split of a paragraph beats text order "
        "by less than the best split of clean one-column paragraphs does (9.4 against up to 13.5 log-odds)"
    ),
)
def test_final_section_meets_the_hand_written_reading_order() -> None:
    ocr = FINAL_OCR.read_text(encoding="utf-8")
    out = Pipeline(stages=[s for s in STAGES if s.id in ("cjk-space", "columns")]).run(ocr).text
    assert _compact(out) == _compact(FINAL_ORDER.read_text(encoding="utf-8"))


# -- invariants -------------------------------------------------------------------------
def _seed_text() -> str:
    """Seeds 001-004 as the pipeline leaves them: clean prose to lay out in columns."""
    return "".join(s.with_name(s.name.replace(".in.", ".expected.")).read_text(encoding="utf-8") for s in SEEDS[1:])


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=15000), st.integers(min_value=2, max_value=3), st.integers(12, 24))
def test_moves_never_lose_or_duplicate_a_character(start: int, n_columns: int, width: int) -> None:
    text = _compact(_seed_text())[start : start + 600]
    ocr = _across(text, n_columns, width)
    out = _columns_only(ocr)
    assert Counter(_compact(out)) == Counter(_compact(ocr))


def test_one_column_fixture_gets_no_columns_edits() -> None:
    text = (FIXTURES / "columns" / "one-column-with-join-spaces.in.txt").read_text(encoding="utf-8")
    assert not [e for e in clean(text).edits if "columns" in e.rules]


@pytest.mark.parametrize("name", ["two-columns-read-across", "three-columns-read-across"])
def test_interleaved_fixtures_are_restored_by_columns_edits(name: str) -> None:
    text = (FIXTURES / "columns" / f"{name}.in.txt").read_text(encoding="utf-8")
    result = clean(text)
    assert [e for e in result.edits if "columns" in e.rules]
    assert Counter(_compact(result.text)) == Counter(_compact(text))


def _page(text: str, n_columns: int, width: int, band_rows: int) -> str:
    """``text`` set in columns; the first ``band_rows`` rows read across, the rest column by column."""
    lines = _lines(text, width)
    rows = -(-len(lines) // n_columns)
    cols = [lines[c * rows : (c + 1) * rows] for c in range(n_columns)]
    band = " ".join(col[r] for r in range(min(band_rows, rows)) for col in cols if r < len(col))
    rest = "\n\n".join(" ".join(col[band_rows:]) for col in cols if col[band_rows:])
    return band + ("\n\n" + rest if rest else "")


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=0, max_value=15000),
    st.integers(min_value=2, max_value=3),
    st.integers(12, 24),
    st.integers(2, 12),
)
def test_pipeline_keeps_accounts_and_is_idempotent(start: int, n_columns: int, width: int, rows: int) -> None:
    text = _compact(_seed_text())[start : start + 900]
    ocr = _page(text, n_columns, width, rows)
    result = clean(ocr)
    assert apply_edits(ocr, result.edits) == result.text
    assert clean(result.text).text == result.text


@pytest.mark.xfail(
    strict=True,
    reason="pages the property test found (about 1 in 3,000 it draws): the columns stage only reports them (0.5) on"
    " the first cleaning, then moves lines on the second, after reflow joined two of their paragraphs or cjk-space"
    " removed a space beside a mark that parted two columns' lines (，为基层 starting a line); the stages judge the"
    " text as they get it, not as the later stages leave it (DESIGN.md's stage order)",
)
@pytest.mark.parametrize(("start", "n_columns", "width", "rows"), [(1151, 3, 18, 3), (14165, 3, 20, 9)])
def test_known_pages_a_second_cleaning_still_changes(start: int, n_columns: int, width: int, rows: int) -> None:
    ocr = _page(_compact(_seed_text())[start : start + 900], n_columns, width, rows)
    once = clean(ocr).text
    assert clean(once).text == once


def _top_then_band(text: str, n_columns: int, width: int, top_rows: int) -> str:
    """``text`` in columns: the first ``top_rows`` rows read column by column, the rest across."""
    lines = _lines(text, width)
    rows = -(-len(lines) // n_columns)
    cols = [lines[c * rows : (c + 1) * rows] for c in range(n_columns)]
    top = "\n\n".join(" ".join(col[:top_rows]) for col in cols)
    band = " ".join(col[r] for r in range(top_rows, rows) for col in cols if r < len(col))
    return top + "\n\n" + band


@pytest.mark.parametrize("start", [0, 2100, 11900])
def test_a_band_below_a_column_wise_part_goes_back_after_each_column(start: int) -> None:
    text = _compact(_seed_text())[start : start + 500]
    ocr = _top_then_band(text, 2, 16, 3)
    result = Pipeline(stages=[columns.STAGE]).run(ocr)
    assert apply_edits(ocr, result.edits) == result.text  # the insertion lies in another paragraph
    assert any(e.start == e.end for e in result.edits)  # moved across paragraphs: an insertion
    assert _compact(result.text) == text


@pytest.mark.parametrize("width", [8, 12, 13, 14, 15, 17, 20, 21, 30])
@pytest.mark.parametrize("joiner", [" ", ""])
def test_clean_seeds_set_in_one_column_get_no_moves(width: int, joiner: str) -> None:
    """Precision: every seed's clean paragraphs set in one column of any width, the lines joined
    with or without spaces as OCR does, is never reordered."""
    for seed in SEEDS[1:]:
        expected = seed.with_name(seed.name.replace(".in.", ".expected.")).read_text(encoding="utf-8")
        ocr = "\n\n".join(joiner.join(_lines(p, width)) for p in expected.split("\n") if p.strip())
        assert not [e for e in clean(ocr).edits if "columns" in e.rules], seed.name


# -- the fast paths give the same answers as the slow ones ---------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=15000), st.integers(1, 3), st.integers(1, 3))
def test_spans_word_is_word_across(start: int, left: int, right: int) -> None:
    from cleaner import lexicon

    lexicon.bigram_frequency("总站")  # the pair table built: the quick "no" answers
    text = _compact(_seed_text())
    a, b = text[start : start + left], text[start + left : start + left + right]
    assert lexicon.spans_word(a, b) == (lexicon.word_across(a, b) is not None)
    assert not lexicon.no_word_across(a, b) or lexicon.word_across(a, b) is None


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="中文，。 　1a\u00a0\t《》", max_size=12))
def test_quick_width_is_display_width(text: str) -> None:
    assert columns._width(text) == display_width(text)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_stop_findings_are_the_same_with_or_without_the_pair_table(seed, monkeypatch) -> None:
    from cleaner import lexicon

    text = seed.read_text(encoding="utf-8")
    lexicon.bigram_frequency("总站")
    with_table = columns.detect(text, StageContext())
    monkeypatch.setattr(lexicon, "pair_table", lambda: None)
    assert columns.detect(text, StageContext()) == with_table


def test_reports_of_irregular_mixes_are_rare_on_clean_text_set_in_one_column() -> None:
    """Precision of the irregular-mix reports: clean paragraphs set in one column, a space at
    every line join (the worst case: every join is a candidate), are seldom reported, never moved."""
    joins = reports = 0
    for seed in SEEDS[1:]:
        expected = seed.with_name(seed.name.replace(".in.", ".expected.")).read_text(encoding="utf-8")
        paragraphs = [p for p in expected.split("\n") if p.strip()]
        for width in (12, 17, 20):
            ocr = "\n\n".join(" ".join(_lines(p, width)) for p in paragraphs)
            found = [f for f in columns.detect(ocr, StageContext()) if f.rule == "columns-mixed"]
            assert all(f.edit is None for f in found)
            reports += len(found)
            joins += sum(len(_lines(p, width)) - 1 for p in paragraphs)
    assert reports <= 0.05 * joins, (reports, joins)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="中文，、；：。 \n\ta1“", max_size=30))
def test_the_stop_regex_is_the_plain_one(text: str) -> None:
    """The atomic-group stop regex matches where the plain (backtracking) one does."""
    from cleaner.chars import HAN_CLASS

    clause = "\uff0c\u3001\uff1b\uff1a"  # ，、；：
    plain = re.compile(f"[{clause}][^\\n{clause}]*[{HAN_CLASS}]$(\\s*)", re.MULTILINE)
    assert [m.span(1) for m in plain.finditer(text)] == [m.span(2) for m in columns._STOP_RE.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="的的中国人民\n了", max_size=60),
    st.lists(st.text(alphabet="的中国人\n", min_size=2, max_size=2)),
)
def test_pair_counts_agree_whether_scanned_or_counted_at_once(text: str, asked: list[str]) -> None:
    joins = Counter(["中国"])
    scanned, counted = columns.PairCounts(text, joins), columns.PairCounts(text, joins)
    counted._scans_left = 0  # as after SCANS_BEFORE_COUNTING_ALL scans
    assert [scanned[p] for p in asked] == [counted[p] for p in asked]
