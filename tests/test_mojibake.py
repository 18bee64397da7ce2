"""Stage mojibake: exact round trips repaired, clean text untouched, lost text and invisible
characters never passed on silently."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, clean
from cleaner.model import apply_edits
from cleaner.stages import mojibake
from cleaner.stages.base import StageContext
from tests.conftest import SEEDS

CTX = StageContext()
THRESHOLD = Config().threshold
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]


def repaired(text: str) -> str:
    """The text with the stage's confident edits applied (what the pipeline would do)."""
    edits = [f.edit for f in mojibake.detect(text, CTX) if f.edit and f.edit.confidence >= THRESHOLD]
    return apply_edits(text, edits)


def rules(text: str) -> list[str]:
    return [f.rule for f in mojibake.detect(text, CTX)]


def sentences() -> list[str]:
    return [s for text in SEED_TEXTS for s in re.split(r"(?<=[。！？\n])", text) if len(s.strip()) >= 2]


def clean_megabyte() -> str:
    """About 1 MB of clean text built from the seeds' sentences, shuffled."""
    pool = sentences()
    rng = random.Random(20261122)
    out: list[str] = []
    size = 0
    while size < 1_000_000:
        sentence = rng.choice(pool)
        out.append(sentence)
        size += len(sentence.encode("utf-8"))
    return "".join(out)


# -- ftfy, configured ---------------------------------------------------------------------------
def test_ftfy_defaults_would_break_chinese_punctuation_but_the_stage_does_not() -> None:
    import ftfy

    quote = "他说：“你好，世界！”"
    assert ftfy.fix_text(quote) != quote  # the reason for the configuration
    assert mojibake.detect(quote, CTX) == []
    assert mojibake.detect("ä¸­æ–‡：" + quote, CTX)[0].edit.after == "中文"
    assert repaired("ä¸­æ–‡：" + quote) == "中文：" + quote


@pytest.mark.parametrize(
    ("damaged", "fixed"),
    [("ä¸­æ–‡", "中文"), ("cafÃ© naÃ¯ve", "café naïve"), ("æ•°æ\x8d®åº“", "数据库")],
)
def test_latin_mojibake(damaged: str, fixed: str) -> None:
    assert repaired(damaged) == fixed


def test_latin_text_with_accents_is_left_alone() -> None:
    for text in ["café, naïve, Zürich — “quoted”", "Ökonomie ist schön", "中文·外文 ±5 °C"]:
        assert mojibake.detect(text, CTX) == []


# -- UTF-8 read as GBK / GB18030 / Big5 -----------------------------------------------------------
def test_utf8_read_as_gb18030() -> None:
    damaged = "中文".encode().decode("gb18030")
    assert damaged == "涓\ue15f枃"
    assert repaired(f"标题：{damaged}测试") == "标题：中文测试"


def test_every_exact_round_trip_in_the_seeds_is_repaired() -> None:
    cases = 0
    for sentence in sentences():
        try:
            damaged = sentence.encode("utf-8").decode("gb18030")
        except UnicodeDecodeError:
            continue  # not an exact round trip: bytes were lost
        cases += 1
        assert repaired(damaged) == sentence, damaged
    assert cases >= 100


@pytest.mark.parametrize("word", ["认为", "两个", "建设", "主席", "大学", "中央", "继续", "水平"])
def test_utf8_read_as_big5(word: str) -> None:
    damaged = word.encode().decode("cp950")
    assert repaired(f"前 {damaged} 后") == f"前 {word} 后"


def test_lossy_mojibake_is_repaired_where_exact() -> None:
    # UTF-8 read as GBK with replacement: two stretches survive whole and are repaired;
    # the rest is left as it is (no guessing).
    damaged = "鐢辨湀瑕佸ソ濂藉涔犲ぉ澶╁悜涓婂"
    out = repaired(damaged)
    assert out == "由月要好濂藉习天天向涓婂"
    # ... and what could not be repaired is reported as lost, with its span.
    lost = [f for f in mojibake.detect(damaged, CTX) if f.rule == mojibake.RULE_LOST]
    assert [(f.span.start, f.span.end) for f in lost] == [(6, 8), (14, 16)]
    # Between two repairs, the lexicon guesses the dropped pair (学 = E5 AD A6 lost AD A6):
    # a suggestion below the threshold, never applied.
    assert lost[0].edit is not None and lost[0].edit.after == "好学"
    assert lost[0].edit.confidence < THRESHOLD
    assert lost[1].edit is None
    assert clean(damaged).text == "由月要好濂藉习天天向涓婂"


def test_clean_text_beside_a_repair_is_not_reported() -> None:
    findings = mojibake.detect("标题涓\ue15f枃测试", CTX)
    assert [(f.rule, f.edit.after if f.edit else None) for f in findings] == [(mojibake.RULE_MOJIBAKE, "中文")]


def test_clean_seeds_get_no_mojibake_findings() -> None:
    for text in SEED_TEXTS:
        assert mojibake.detect(text, CTX) == []


def test_a_megabyte_of_clean_text_gets_no_mojibake_edits() -> None:
    text = clean_megabyte()
    assert len(text.encode("utf-8")) >= 1_000_000
    assert [f for f in mojibake.detect(text, CTX) if f.rule == mojibake.RULE_MOJIBAKE] == []


@pytest.mark.slow
def test_random_dictionary_words_get_no_mojibake_edits() -> None:
    """Random jieba words (rarer characters than real prose): no chance round trip is taken."""
    from cleaner.lexicon import word_frequencies

    words = sorted(word_frequencies())
    rng = random.Random(7)
    text = "".join(rng.choice(words) + ("，" if rng.random() < 0.1 else "") for _ in range(150_000))
    assert [f for f in mojibake.detect(text, CTX) if f.rule == mojibake.RULE_MOJIBAKE] == []


common_hanzi = st.sampled_from(sorted(mojibake._gb2312_level1()))


@settings(max_examples=200, deadline=None)
@given(st.lists(common_hanzi, min_size=4, max_size=40).map("".join))
def test_exact_round_trips_of_common_text_are_repaired(text: str) -> None:
    try:
        damaged = text.encode("utf-8").decode("gb18030")
    except UnicodeDecodeError:
        return
    assert repaired(damaged) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(common_hanzi, st.sampled_from(list("，。、“”：；"))), max_size=200).map("".join))
def test_common_text_is_never_taken_for_mojibake(text: str) -> None:
    assert [r for r in rules(text) if r == mojibake.RULE_MOJIBAKE] == []


# -- text lost for good -----------------------------------------------------------------------------
def test_lost_text_is_reported_with_its_span() -> None:
    text = "正文锟斤拷锟斤拷结束，又一处\ufffd\ufffd。"
    findings = [f for f in mojibake.detect(text, CTX) if f.rule == mojibake.RULE_LOST]
    assert [(f.span.start, f.span.end) for f in findings] == [(2, 8), (14, 16)]
    assert all(f.edit is None for f in findings)
    assert repaired(text) == text


# -- Kangxi radicals and compatibility ideographs -----------------------------------------------------
def test_kangxi_radicals_in_chinese_text() -> None:
    assert repaired("第⼀⼆⼋⼗条") == "第一二八十条"
    assert repaired("⼈民") == "人民"
    assert repaired("北京\uf901车") == "北京更车"  # U+F901 CJK COMPATIBILITY IDEOGRAPH -> 更


def test_a_lone_radical_is_only_reported() -> None:
    findings = mojibake.detect("radical ⼀ (one)", CTX)
    assert [f.rule for f in findings] == [mojibake.RULE_KANGXI]
    assert findings[0].confidence < THRESHOLD


def test_kangxi_table_data() -> None:
    table = mojibake.kangxi_table()
    assert len(table) > 1000
    assert table["⼀"] == "一" and table["⼗"] == "十"
    assert not set(table) & set(table.values()), "no chains"
    assert all(0x3400 <= ord(v) <= 0x9FFF or ord(v) >= 0x20000 for v in table.values())


def test_kangxi_table_matches_its_generator() -> None:
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("gen", ROOT / "scripts" / "gen_kangxi_table.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "mappings" / "kangxi.tsv").read_text(encoding="utf-8") == module.render()


# -- invisible characters -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "char",
    ["\u200b", "\u00ad", "\ufeff", "\u2060", "\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200d"],
)
def test_invisible_characters_in_chinese_are_removed(char: str) -> None:
    assert repaired(f"中{char}文") == "中文"


def test_bom_at_start_is_removed() -> None:
    assert repaired("\ufeff开头") == "开头"


def test_zwj_in_emoji_is_reported_not_removed() -> None:
    text = "家庭 \U0001f468\u200d\U0001f469\u200d\U0001f467 照片"
    findings = mojibake.detect(text, CTX)
    assert findings and all(f.rule == mojibake.RULE_INVISIBLE and f.confidence < THRESHOLD for f in findings)
    assert repaired(text) == text


def test_bidi_controls_beside_arabic_are_reported_not_removed() -> None:
    text = "名称：\u202bمرحبا\u202c 完"
    findings = mojibake.detect(text, CTX)
    assert len(findings) == 2 and all(f.confidence < THRESHOLD for f in findings)


def test_invisible_in_report_mode_is_reported_not_removed() -> None:
    config = Config(rules={"invisible": "report"})
    result = clean("中\u200b文", config)
    assert result.text == "中\u200b文"
    assert [f.rule for f in result.findings] == ["invisible"]


def test_fast_path_on_clean_text() -> None:
    assert mojibake.detect("纯中文文本，没有任何问题。", CTX) == []
    assert mojibake.detect("", CTX) == []
