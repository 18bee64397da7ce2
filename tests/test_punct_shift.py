"""The punct-shift stage: the generated table, seed 002, clean text, and the evidence rules."""

from __future__ import annotations

import importlib.util
import itertools
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.accuracy_punct_shift import garble, normalised
from cleaner import clean
from cleaner.config import Config
from cleaner.model import apply_edits
from cleaner.pipeline import STAGES, STAGES_BY_ID, select_edits
from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from cleaner.stages.punct_shift.table import RULE, RULE_DIGIT, RULE_DOCUMENT, shift_table
from cleaner.tables import read_tsv
from tests.conftest import FIXTURES, ROOT

SEED_002 = FIXTURES / "seeds" / "002-punct-shift-narrow-columns.in.txt"
CLEAN_TEXTS = [
    "seeds/001-broken-paragraphs.in.txt",
    "seeds/003-ascii-punct.in.txt",
    "seeds/004-broken-paragraphs.in.txt",
    "punct-shift/lookalikes-clean.in.txt",
    "punct-shift/lookalikes-prose.in.txt",
    "punct-shift/lookalikes-heldout.in.txt",
    "clean/canonical-chinese.in.txt",
    "seeds/000-columns-interleaved.in.txt",
    "punct-shift/lookalikes-news.in.txt",
]
#: The issue's list: the marks and the hanzi they are extracted as.
MARKS = "，。“”、：；（）《》‘’…—？！·"
GARBLED_MARKS = "袁遥野冶尧院曰渊冤叶曳耶爷噎要钥浴窑"


def repair(text: str) -> str:
    """The text after the stage's applied edits (default config)."""
    edits = select_edits(detect(text, StageContext()), Config(), STAGES_BY_ID["punct-shift"])
    return apply_edits(text, edits)


def applied(text: str) -> list:
    return [f.edit for f in detect(text, StageContext()) if f.edit is not None and f.edit.confidence >= 0.8]


# -- the table -------------------------------------------------------------------------------
def _generator():
    path = ROOT / "scripts" / "gen_punct_shift_table.py"
    spec = importlib.util.spec_from_file_location("gen_punct_shift_table", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_table_file_is_what_the_generator_writes() -> None:
    assert (ROOT / "mappings" / "punct_shift.tsv").read_text(encoding="utf-8") == _generator().render()


def test_table_round_trips_through_the_codec() -> None:
    rows = read_tsv("punct_shift.tsv")
    assert len(rows) > 200
    for hanzi, _symbol, code, _kind, _risk, _freq in rows:
        lead, trail = int(code[:2], 16), int(code[2:], 16)
        assert 0xA1 <= lead <= 0xA3
        assert bytes([lead + 0x31, trail]).decode("gb2312") == hanzi
        assert bytes([hanzi.encode("gb2312")[0] - 0x31, trail]).decode("gb2312")


def test_table_keys_unique_and_no_chains() -> None:
    rows = read_tsv("punct_shift.tsv")
    hanzi = [row[0] for row in rows]
    assert len(hanzi) == len(set(hanzi))
    symbols = {row[1] for row in rows}
    assert not symbols & set(hanzi), "a repaired symbol must never be a garbled hanzi itself"
    assert {row[3] for row in rows} <= {"punct", "digit", "letter", "symbol", "space"}
    assert {row[4] for row in rows} == {"low", "medium", "high"}


def test_table_has_the_issue_mapping() -> None:
    table = shift_table()
    assert "".join(table[h].symbol for h in GARBLED_MARKS) == MARKS
    assert "".join(table[h].symbol for h in "园员圆猿源缘远苑愿怨") == "0123456789"
    assert table["要"].symbol == "\u2014"  # EM DASH, not the codec's U+2015
    assert table["窑"].symbol == "\u00b7"  # MIDDLE DOT, not the codec's U+30FB
    assert table["要"].risk == "high" and table["噎"].risk == "low"


# -- seed 002 --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_002() -> tuple[str, str]:
    text = SEED_002.read_text(encoding="utf-8")
    return text, repair(text)


def test_seed_002_every_garbled_position_repaired(seed_002: tuple[str, str]) -> None:
    text, fixed = seed_002
    changed = sum(a != b for a, b in zip(text, fixed, strict=True))
    assert changed == 662
    left = [c for c in fixed if c in "袁遥冶尧曰渊冤叶曳耶爷噎钥浴窑"]
    assert left == ["尧"], "only the 尧 of the name 冀尧峰 stays"


#: The real look-alikes of seed 002 (across its narrow-column line breaks).
SEED_002_REAL = ["十分重\n\n要的意义", "重要课题", "北疆要塞", "要求落实", "主\n要授课", "也\n要到下午", "不仅要监督"]
SEED_002_REAL += ["网络学院", "北疆视野", "冀尧峰"]


@pytest.mark.parametrize("kept", SEED_002_REAL)
def test_seed_002_real_lookalikes_kept(seed_002: tuple[str, str], kept: str) -> None:
    assert kept in seed_002[1]


def test_seed_002_headings_in_real_punctuation_untouched(seed_002: tuple[str, str]) -> None:
    fixed = seed_002[1]
    assert "“4321”：形成制度化建设“一盘棋”" in fixed
    assert "(白志远 陈翔)" in fixed  # ASCII parens: the width stage's business, not this one's
    assert "———内蒙古公安边防总队" in fixed
    assert "侧记（二）" in fixed
    assert "执勤噎噎随着" not in fixed and "执勤……随着" in fixed


def test_seed_002_document_finding() -> None:
    findings = [f for f in detect(SEED_002.read_text(encoding="utf-8"), StageContext()) if f.rule == RULE_DOCUMENT]
    assert len(findings) == 1 and findings[0].edit is None
    assert findings[0].confidence >= 0.9


# -- clean text ----------------------------------------------------------------------------
@pytest.mark.parametrize("name", CLEAN_TEXTS)
def test_clean_text_gets_no_edit(name: str) -> None:
    text = normalised(f"fixtures/{name}")
    assert applied(text) == []


def test_clean_pipeline_has_no_punct_shift_edit_on_clean_seeds() -> None:
    for name in CLEAN_TEXTS[:3]:
        result = clean((FIXTURES / name).read_text(encoding="utf-8"))
        assert not [e for e in result.edits if "punct-shift" in e.rules]


def test_a_few_lookalikes_in_clean_text_are_not_the_garble() -> None:
    text = "袁隆平院士在医院说：“遥远的梦想要一步步实现。”冶金学院的视野很开阔。"
    assert detect(text, StageContext()) == []


# -- synthetic garble -------------------------------------------------------------------------
@pytest.mark.parametrize("name", CLEAN_TEXTS[:6])
def test_garbled_text_is_restored(name: str) -> None:
    source = normalised(f"fixtures/{name}")
    garbled = garble(source, random.Random(11))
    fixed = repair(garbled.text)
    wrong = [(i, garbled.text[i], fixed[i], source[i]) for i in range(len(source)) if fixed[i] != source[i]]
    # Two known misses on the whole corpus (a 3 in 3+N, a 、 between two names): at most one per text.
    assert len(wrong) <= 1, wrong
    assert all(fixed[i] == garbled.text[i] for i in garbled.genuine), "a real look-alike was changed"


# -- the evidence, one rule at a time ---------------------------------------------------------
def garbled_context(snippet: str) -> str:
    """``snippet`` inside a clearly garbled paragraph (repaired: REPAIRED.format(snippet))."""
    return f"会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶{snippet}袁推动发展遥"


#: What :func:`garbled_context` is once repaired, with ``{}`` for the snippet.
REPAIRED = "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”{}，推动发展。"

#: The marks and digits of clean test texts and their look-alikes (GB2312 lead byte +0x31).
_FOUNDER = str.maketrans("，。：；“”、（）·？！0123456789", "袁遥院曰野冶尧渊冤窑钥浴园员圆猿源缘远苑愿怨")


def founder_garble(text: str) -> str:
    """``text`` with its marks and digits garbled as a Founder PDF extraction garbles them: a
    test file states its garbled pages as clean text, so the package-source test (which reads
    every test file) meets no garbled page (test_punct_shift_tables.HOLDING_GARBLED_PAGES)."""
    return text.translate(_FOUNDER)


def garbled_rows(*expected: str) -> list[tuple[str, str]]:
    """(garbled, expected) rows made from the clean texts ``expected`` by :func:`founder_garble`."""
    return [(founder_garble(text), text) for text in expected]


def kept_rows(*snippets: str) -> list[tuple[str, str]]:
    """(snippet, snippet) rows: clean snippets (real look-alikes) that must come back unchanged."""
    return [(snippet, snippet) for snippet in snippets]


def cases(group: str, *rows: object) -> list:
    """``rows`` as parameters with the ids ``group-1``, ``group-2``…: one table of many
    groups, each named by what it specifies (a row that is no tuple is one argument)."""
    return [
        pytest.param(*(row if isinstance(row, tuple) else (row,)), id=f"{group}-{n}") for n, row in enumerate(rows, 1)
    ]


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("要要内蒙古", "——内蒙古"),
        ("执勤噎噎随着", "执勤……随着"),
        ("要求重要", "要求重要"),
        ("叶制度曳实施以来", "《制度》实施以来"),
        ("自叶建华说", "自叶建华说"),
        ("渊王国强 陈克强冤", "（王国强 陈克强）"),
        ("医院尧学院", "医院、学院"),
        ("政委冀尧峰说", "政委冀尧峰说"),
        ("北疆视野尧北疆风采", "北疆视野、北疆风采"),
        ("上次跨越两国的野生命接力冶", "上次跨越两国的“生命接力”"),
        ("一位姓袁的老人", "一位姓袁的老人"),
        ("袁女士说", "袁女士说"),
        ("子曰院野学而时习之冶", "子曰：“学而时习之”"),
        ("圆园员猿年缘月员日", "2013年5月1日"),
        ("员员园国道", "110国道"),
        ("工作人员圆满完成", "工作人员圆满完成"),
        ("公园员工", "公园员工"),
        ("员援缘亿人次", "1.5亿人次"),
        ("我喜欢浴 冶", "我喜欢！ ”"),
        ("野怎么办钥冶", "“怎么办？”"),
        ("阿卜杜拉窑买买提", "阿卜杜拉·买买提"),
        ("气温达到猿缘益", "气温达到35℃"),
        ("气温达到35益", "气温达到35℃"),
        ("面积为猿伊源米", "面积为3×4米"),
        ("每年员园耀圆园次", "每年10～20次"),
        ("维护群众利益", "维护群众利益"),
        ("来自伊朗的员园名游客", "来自伊朗的10名游客"),
        ("荣耀属于人民", "荣耀属于人民"),
    ],
)
def test_evidence(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_single_dash_lookalike_is_the_verb() -> None:
    text = garbled_context("要以提升组织力为重点")
    assert "要以提升" in repair(text)


def test_rules_and_reasons() -> None:
    findings = detect(garbled_context("圆园员猿年"), StageContext())
    rules = {f.rule for f in findings}
    assert rules == {RULE, RULE_DIGIT, RULE_DOCUMENT}
    for finding in findings:
        if finding.edit is not None:
            assert "GB2312" in finding.edit.reason and "evidence" in finding.edit.reason


def test_stage_runs_before_width_and_reflow() -> None:
    """Width and reflow decide on sentence-final punctuation: it must be repaired first."""
    order = [stage.id for stage in STAGES]
    assert order.index("mojibake") < order.index("punct-shift") < order.index("width") < order.index("reflow")


def test_report_mode_changes_nothing() -> None:
    config = Config().with_rules(**{"punct-shift": "report", "punct-shift-digit": "report"})
    text = garbled_context("圆园员猿年")
    result = clean(text, config)
    assert not [e for e in result.edits if "punct-shift" in e.rules]
    assert any(f.rule == RULE for f in result.findings)


# -- properties --------------------------------------------------------------------------------
_ALPHABET = st.sampled_from(list(GARBLED_MARKS + "园员圆猿援医学院视野重要求公的了在是发展工作 \n，。" + "abc12"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(_ALPHABET, max_size=80))
def test_edits_are_well_formed(text: str) -> None:
    edits = [f.edit for f in detect(text, StageContext()) if f.edit is not None]
    edits.sort(key=lambda e: e.start)
    for edit in edits:
        assert text[edit.start : edit.end] == edit.before
        assert edit.rule in (RULE, RULE_DIGIT)
    for first, second in itertools.pairwise(edits):
        assert first.end <= second.start, "edits of one stage never overlap"


def test_one_finding_per_repair() -> None:
    """Two readers read the dash of 2日20时—3日18时 (a range of days, a range of times): the
    reviewer sees the repair once, not again as a doubt beside it."""
    text = "会议安排如下院员月圆日圆园时要猿日员愿时袁在北京举行遥会议要求各单位袁认真准备遥"
    dash = text.index("要")
    found = [f for f in detect(text, StageContext()) if f.span.start == dash]
    assert [(f.edit.after, f.confidence) for f in found if f.edit is not None] == [("—", 0.97)]


_SENTENCES = [
    line
    for line in (ROOT / "fixtures" / "punct-shift" / "lookalikes-clean.in.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6), st.integers(0, 1000))
def test_repair_is_stable(paragraphs: list[str], seed: int) -> None:
    """Repairing a repaired text changes nothing more (the repaired text reads as clean)."""
    garbled = garble("\n\n".join(paragraphs), random.Random(seed)).text
    once = repair(garbled)
    assert repair(once) == once


#: Ranges and figures, where several readers look at one sign (a dash, a hyphen, a tilde).
_RANGES = ["1月2日20时—3日18时在北京举行。", "气温－5℃～3℃，", "1997年—1998年度，", "比分为3∶1。", "1—2月份，"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SENTENCES + _RANGES), min_size=1, max_size=8), st.integers(0, 1000))
def test_each_repair_is_suggested_once(sentences: list[str], seed: int) -> None:
    garbled = garble("".join(sentences), random.Random(seed)).text
    edits = [f.edit for f in detect(garbled, StageContext()) if f.edit is not None]
    assert len({(e.start, e.end, e.after) for e in edits}) == len(edits)


def test_fixture_folder_exists() -> None:
    assert Path(FIXTURES / "punct-shift").is_dir()


def test_surname_table() -> None:
    names = [row[0] for row in read_tsv("common_surnames.tsv")]
    assert len(names) == len(set(names)) > 100
    assert all(len(name) == 1 for name in names)
    assert "冀" in names and "党" not in names  # 党 is far more often the word


def test_garbled_block_inside_a_clean_document() -> None:
    path = FIXTURES / "punct-shift" / "garbled-paragraph-in-clean-document.in.txt"
    text = path.read_text(encoding="utf-8")
    findings = detect(text, StageContext())
    blocks = [f for f in findings if f.rule == RULE_DOCUMENT]
    assert len(blocks) == 1 and "block" in blocks[0].message
    block = text[blocks[0].span.start : blocks[0].span.end]
    assert block.startswith("内蒙古公安边防总队") and block.endswith("新平台遥")
    edits = [f.edit for f in findings if f.edit is not None]
    assert edits and all(blocks[0].span.start <= e.start < blocks[0].span.end for e in edits)


def test_one_kind_of_lookalike_is_not_the_garble() -> None:
    assert applied("袁明 袁刚 袁立 袁红 袁华") == []


@pytest.mark.parametrize(
    "clean",
    [
        # seed 002's narrow columns set a blank line after every line: a word broken there (院长,
        # 工程院) is read whole, as over a line break
        "会议指出：“要抓好落实，创新活动方式。”\n\n第十条　学院设院\n\n长一人，副院长二人。"
        "\n\n中国工\n\n程院院士出席会议。",
        # a blank line after a sentence's end still parts paragraphs (岗。 and 6月, not 遥远)
        "会议指出：“要抓好落实，创新活动方式。”\n\n全体人员已经到岗。\n\n6月起，新的制度开始实行。",
    ],
    ids=["inside-a-sentence", "after-a-sentence"],
)
def test_blank_lines_of_a_double_spaced_column(clean: str) -> None:
    assert repair(founder_garble(clean)) == clean


def test_a_title_and_a_byline_set_apart_keep_their_blank_lines() -> None:
    # two short lines before a paragraph are no column: the title's 『』 are read as on its own
    text = "短文提供明证遥\n\n又见液歪嘴和尚一\n\n刘杰\n\n眼下袁不少地方干部作风不实袁群众意见很大遥"
    assert repair(text) == "短文提供明证。\n\n又见『歪嘴和尚』\n\n刘杰\n\n眼下，不少地方干部作风不实，群众意见很大。"


def test_crlf_line_endings() -> None:
    lf = SEED_002.read_text(encoding="utf-8")
    crlf = lf.replace("\n", "\r\n")
    assert repair(crlf).replace("\r\n", "\n") == repair(lf)


# -- what no text writes: a doubled mark, a lone quoted mark, an interpunct beside a mark -----
def _garbled(snippet: str) -> str:
    return f"会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶{snippet}袁推动发展遥"


@pytest.mark.parametrize(
    ("snippet", "kept", "repaired"),
    [
        ("学院与附属医院实行院院合一的管理", "实行院院合一", None),  # ：： never: both hanzi
        ("本市有六家医院院市第一医院", None, "医院：市第一"),  # 医院 holds the first: the second is ：
        ("他说院名字里的野曰冶字是父亲取的", "“曰”字", None),  # a quoted character, not “；”
        ("窑洞冬暖夏凉袁窑前是一片田野", "窑前", None),  # no ·  right after ，
        ("需要经过长时间的野化训练", "的野化训练", None),  # an unclosed “ mid-paragraph is a hanzi
    ],
)
def test_marks_no_text_writes_are_hanzi(snippet: str, kept: str | None, repaired: str | None) -> None:
    stage = STAGES_BY_ID["punct-shift"]
    text = _garbled(snippet)
    out = apply_edits(text, select_edits(detect(text, StageContext()), Config(), stage))
    assert out.startswith("会议指出：“要抓好落实，创新活动方式，扩大覆盖。”")
    if kept:
        assert kept in out
    if repaired:
        assert repaired in out


def test_a_lone_zero_is_no_count() -> None:
    """园名 (a garden's name) is no 0名; 园 stays unless a number is around it."""
    text = _garbled("园名取自古诗袁园内有员园园名游客")
    stage = STAGES_BY_ID["punct-shift"]
    out = apply_edits(text, select_edits(detect(text, StageContext()), Config(), stage))
    assert "园名取自古诗" in out
    assert "100名游客" in out


def test_a_rare_word_holding_a_common_lookalike_is_a_doubt() -> None:
    """院区 (a rare word in jieba, freq 3) keeps 院: reported, not repaired."""
    text = _garbled("医院设有三个院区袁开放床位两千张")
    findings = [f for f in detect(text, StageContext()) if f.edit is not None and f.edit.before == "院"]
    at = text.index("院区")
    (finding,) = [f for f in findings if f.span.start == at]
    assert finding.edit.confidence < Config().threshold


def test_a_rare_word_that_a_frequent_one_overlaps_is_no_doubt() -> None:
    """报道院 is 报道： (道院 is a word, but the best reading takes 报道): repaired."""
    text = _garbled("本报讯 记者叶文报道院市中级人民法院日前发布案例")
    stage = STAGES_BY_ID["punct-shift"]
    out = apply_edits(text, select_edits(detect(text, StageContext()), Config(), stage))
    assert "报道：市中级人民法院" in out
