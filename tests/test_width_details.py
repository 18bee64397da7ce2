"""Width details per GB/T 15834: dash, ellipsis, middle dot, full-width symbols; a configurable style."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, clean
from cleaner.chars import protected_mask
from cleaner.pipeline import STAGES
from cleaner.stages import width
from cleaner.stages.base import StageContext
from tests.conftest import SEEDS


def fixed(text: str, **options: str) -> str:
    return clean(text, Config(options={"width": options}) if options else None).text


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("――坚决捍卫", "——坚决捍卫"),
        ("他说－－这是", "他说——这是"),
        ("他说--这是", "他说——这是"),
        ("表格──内容", "表格——内容"),
        ("他说⸺这是", "他说——这是"),
        ("北京―上海", "北京—上海"),
        ("等等...", "等等……"),
        ("等等......", "等等……"),
        ("结束了。。。", "结束了……"),
        ("阿卜杜勒・克里木", "阿卜杜勒·克里木"),
        ("北疆云•智慧", "北疆云·智慧"),
        ("4・29案件", "4·29案件"),
        ("提升１５％", "提升15%"),
        ("＃话题＃", "#话题#"),
    ],
)
def test_variants_become_the_gbt15834_form(before: str, after: str) -> None:
    assert fixed(before) == after


@pytest.mark.parametrize(
    "text",
    [
        "——坚决捍卫",
        "固边—2022",  # a single em dash is the connecting dash (一字线)
        "a--b",
        "--option 中文",
        "Wait... 中文",
        "1...5",
        "好……",
        "• 列表项",
        "本报通讯员●侯铁●吕昊俊",
        "3⋅4 = 12",
        "──────",
        "https://example.com/a--b...c 中文",
    ],
)
def test_kept(text: str) -> None:
    assert fixed(text) == text


def test_taiwan_style_and_override() -> None:
    assert fixed("阿卜杜勒・克里木", style="taiwan") == "阿卜杜勒\u2027克里木"
    assert fixed("阿卜杜勒·克里木", style="taiwan") == "阿卜杜勒\u2027克里木"
    assert fixed("阿卜杜勒・克里木", **{"middle-dot": "\u30fb"}) == "阿卜杜勒・克里木"


def test_unknown_style_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="style = 'nope'"):
        width.detect("阿卜杜勒・克里木", StageContext(options={"style": "nope"}))


def test_each_detail_rule_can_be_turned_off() -> None:
    config = Config(rules={"width-ellipsis": "off", "width-dash": "report"})
    assert clean("等等...他说－－好", config).text == "等等...他说－－好"


def test_seeds_keep_their_dashes_and_ellipses() -> None:
    detail_rules = {width.RULE_DASH, width.RULE_ELLIPSIS, width.RULE_MIDDLE_DOT, width.RULE_SYMBOL}
    for seed in SEEDS:
        findings = width.detect(seed.read_text(encoding="utf-8"), StageContext())
        assert [f for f in findings if f.rule in detail_rules] == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("中文说。，…—―－-.·・•％ ab1\n")), max_size=60))
def test_details_are_idempotent(text: str) -> None:
    # The width stage alone: later stages (reflow joins lines) give width new context, so
    # the whole pipeline's idempotence is checked on the fixtures instead.
    config = Config().only(["width"], [s.id for s in STAGES])
    once = clean(text, config).text
    assert clean(once, config).text == once


def test_a_converted_mark_is_context_for_the_next() -> None:
    """Found by the columns work: the second comma needed a second pass."""
    once = clean("执勤一次勤, ,6月8日。").text
    assert clean(once).text == once


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (r"文件在 C:\Users\张三\报告(终稿).docx 中", r"C:\Users\张三\报告(终稿).docx"),
        ("打开/home/张三/备份(1).txt查看", "/home/张三/备份(1).txt"),
        ("位于 ~/.config/cleaner.toml", "/.config/cleaner.toml"),
        ("哈哈 :) 今天", ":)"),
        ("真开心 (^_^) 明天", "(^_^)"),
        ("好的 (・∀・) 再见", "(・∀・)"),
    ],
)
def test_paths_and_emoticons_are_protected(text: str, kept: str) -> None:
    mask = protected_mask(text)
    start = text.index(kept)
    assert all(mask[start : start + len(kept)])


@pytest.mark.parametrize("text", ["要求如下:(1)不得迟到", "选择是/否", "日期为2023/10/01", "他说:(笑)", "比例1:2"])
def test_prose_that_looks_like_a_path_or_emoticon_is_not_protected(text: str) -> None:
    assert not any(protected_mask(text))


def test_a_single_ellipsis_is_reported_not_doubled() -> None:
    """Half of a …… split over two lines looks like a lone …: doubling it made ……… once
    columns or reflow brought the halves together, and a lone … that reflow moved into the
    middle of a line was doubled on a second run. So a lone … is only reported."""
    split = "创新推出马背调解、田间调解…\n…形成了专兼结合的机制"
    result = clean(split)
    assert result.text == split
    assert [(f.rule, f.confidence) for f in result.findings] == [("width-ellipsis", width.UNSURE)] * 2
    assert clean("他想了想…然后走了。").text == "他想了想…然后走了。"
    assert clean("他想了想………然后走了。").text == "他想了想……然后走了。"  # three: surely an ellipsis


def test_the_taiwan_dot_stays_unless_a_style_is_configured() -> None:
    # 間隔號 of the Taiwan standard (U+2027) in clean traditional text: not a variant to convert
    assert fixed("約翰\u2027史密斯") == "約翰\u2027史密斯"
    assert fixed("約翰\u2027史密斯", style="gbt15834") == "約翰·史密斯"
    assert fixed("約翰・史密斯") == "約翰·史密斯"  # the Japanese dot is a variant in any convention
