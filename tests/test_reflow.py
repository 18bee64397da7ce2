"""The reflow stage: which line breaks it joins, which it keeps, and what it reports."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, clean
from cleaner.model import apply_edits
from cleaner.stages import reflow
from cleaner.stages.base import StageContext

THRESHOLD = Config().threshold
BODY = (
    "二连铁路口岸是我国通往蒙古国的唯一铁路干线，也是中蒙两国贸易的重要通道，疫情发生以来，口岸通关一天也没停。"
    "二连出入境边防检查站主动加强与海关、铁路、外事等职能部门的联动协作，不断优化勤务流程，推出农副产品绿色通道、"
    "中欧班列优先查验等通关举措，全力提高查验速度，为优化口岸营商环境提供支持。"
)


def applied(text: str) -> str:
    """The text after the stage's confident suggestions (what the pipeline would apply)."""
    findings = reflow.detect(text, StageContext())
    return apply_edits(text, [f.edit for f in findings if f.edit and f.edit.confidence >= THRESHOLD])


def joins(text: str) -> list[str]:
    return [f.edit.before for f in reflow.detect(text, StageContext()) if f.edit and f.edit.rule == reflow.RULE_JOIN]


def wrap(paragraph: str, width: int) -> list[str]:
    return [paragraph[i : i + width] for i in range(0, len(paragraph), width)]


# -- page breaks inside one-paragraph-per-line text (seeds 001, 003, 004) -------------------


@pytest.mark.parametrize(
    ("left", "right", "why"),
    [
        ("疫情防控，", "发展和安全两件大事。", "ends in a comma"),
        ("民警、辅警的“看家", "本领”。近年来，派出所积极创新。", "quote closed on the next line"),
        ("迈向更高水平的五", "年。全区公安机关深入开展斗争。", "word across the break"),
        ("兢兢业业做好", "各项工作。", "short tail"),
        ("劲往一处", "使，帮助企业把损失抢回来。", "fragment"),
        ("包志勇坚守在战疫一线", "”。这是他的承诺。", "a closing mark cannot start a paragraph"),
    ],
)
def test_page_break_inside_a_paragraph_is_joined(left: str, right: str, why: str) -> None:
    text = f"{BODY}\n\n{BODY[:40]}{left}\n\n{right}\n\n{BODY}\n"
    assert applied(text) == f"{BODY}\n\n{BODY[:40]}{left}{right}\n\n{BODY}\n", why


def test_join_is_an_edit_with_rule_and_reason() -> None:
    text = f"{BODY[:60]}立\n\n体化布局、信息化引领。\n"
    [finding] = reflow.detect(text, StageContext())
    assert finding.edit is not None
    assert finding.edit.rule == "reflow-join"
    assert finding.edit.before == "\n\n" and finding.edit.after == ""
    assert "立体" in finding.edit.reason


@pytest.mark.parametrize(
    "next_line",
    [
        "这是我们的定力和底气所在，也是我们的决心和信心所在。",
        "总之，这算是一家中规中矩，物有所值的酒店。",  # a review after one that ends without a stop
        "说句实话，我没有想到这次携程太叫我失望了。",
    ],
)
def test_mid_sentence_without_evidence_but_a_sentence_start_is_reported_not_joined(next_line: str) -> None:
    text = f"{BODY[:60]}引发\n\n{next_line}\n"
    findings = reflow.detect(text, StageContext())
    assert findings and all(f.confidence < THRESHOLD for f in findings)
    assert applied(text) == text


# -- what stays separate -------------------------------------------------------------------


@pytest.mark.parametrize(
    "next_line",
    [
        "## 严抓严管 筑牢口岸安全屏障",
        "——这是积极服务自治区重大发展战略的五年",
        "一、深入开展专项活动",
        "（一）开展“最强党支部”创建活动",
        "1. 抓党建、强素质",
        "- 列表项",
        "本报通讯员●张志敏●王晓慧",
        "（王国强 陈克强）",
        "沈翠英 摄",
        "\u3000\u3000缩进的新段落开始于此，它有全角空格。",
    ],
)
def test_structure_after_an_unfinished_line_is_never_joined(next_line: str) -> None:
    text = f"{BODY[:70]}主动服务国家\n\n{next_line}\n"
    assert applied(text) == text


@pytest.mark.parametrize(
    "line",
    ["# 用忠诚守护群众安全 用担当践行入警初心", "本报通讯员●侯铁●吕昊俊", "（张佳良）", "兴安盟公安边防支队"],
)
def test_structure_lines_are_not_joined_to_the_text_after(line: str) -> None:
    text = f"{line}\n\n{BODY}\n"
    assert applied(text) == text


def test_headings_standing_away_from_their_section_stay() -> None:
    column = wrap(BODY, 17)
    text = "\n".join(column) + "\n\n（白志远 陈翔）\n\n兴安盟公安边防支队\n\n“4321”：形成制度化建设“一盘棋”\n\n"
    text += "\n".join(column) + "\n"
    out = applied(text)
    assert "\n\n兴安盟公安边防支队\n\n“4321”：形成制度化建设“一盘棋”\n\n" in out
    assert "（白志远 陈翔）" in out


def test_caption_across_two_blank_lines_is_kept() -> None:
    text = f"{BODY[:70]}确保边境\n\n\n\n民警在国门一线执勤巡逻。\n\n\n\n地区安全稳定。\n"
    assert applied(text) == text


def test_interleaved_columns_are_reported_not_joined() -> None:
    # Seed 000: most paragraphs stop mid-sentence, because columns were read across.
    lines = [BODY[i * 7 : i * 7 + 90] for i in range(8)]
    text = "\n\n".join(line.rstrip("。，、") + "的" for line in lines) + "\n"
    findings = reflow.detect(text, StageContext())
    assert findings and all(f.confidence < THRESHOLD for f in findings)


def test_garbled_punctuation_is_reported_not_joined() -> None:
    # Seed 002 before punct-shift: no punctuation to see sentence ends by.
    text = "今年 7月 4日袁 习近\n\n平总书记在全国组织工作\n\n会议上指出院野加强党的基\n\n层组织建设袁 关键是从严\n"
    findings = reflow.detect(text, StageContext())
    assert all(f.confidence < THRESHOLD for f in findings)


# -- column lines (seed 002) ---------------------------------------------------------------


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_column_lines_are_joined_into_paragraphs(separator: str) -> None:
    second = "内蒙古公安边防总队始终坚持和加强党的全面领导，始终把加强党的建设作为贯穿边境管理的一条红线，成效显著。"
    text = separator.join(wrap(BODY, 12)) + "\n\n" + separator.join(wrap(second, 12)) + "\n"
    assert applied(text) == f"{BODY}\n\n{second}\n"


def test_short_last_line_ends_the_paragraph_and_gets_its_blank_line() -> None:
    second = "内蒙古公安边防总队始终坚持和加强党的全面领导，始终把加强党的建设作为贯穿边境管理的一条红线，成效显著。"
    text = "\n".join(wrap(BODY, 17) + wrap(second, 17)) + "\n"
    assert BODY.endswith("。") and len(BODY) % 17 != 0
    assert applied(text) == f"{BODY}\n\n{second}\n"
    rules = {f.rule for f in reflow.detect(text, StageContext())}
    assert rules == {"reflow-join", "reflow-split"}


def _full_lines(text: str, width: int) -> list[str]:
    """``text`` cut into lines of exactly ``width`` characters (the text must fill them)."""
    assert len(text) % width == 0
    return wrap(text, width)


SENTENCES = (
    "二连铁路口岸是我国通往蒙古国的唯一铁路干线，也是中蒙两国贸易的重要通道。",  # 36 = 3 x 12
    "二连出入境边防检查站主动加强与海关铁路外事等职能部门的联动协作不断优化。",  # 36
)


@pytest.mark.parametrize("between_paragraphs", ["\n", "\n\n"])
def test_full_line_ending_a_sentence_in_paragraphs_set_a_blank_line_apart(between_paragraphs: str) -> None:
    # Unindented column lines; a full line ends a sentence and the paragraph goes on.
    tail = "推出绿色通道。"  # a short last line: a clear paragraph end
    paragraph = "\n".join([*_full_lines(SENTENCES[0] + SENTENCES[1], 12), tail])
    text = between_paragraphs.join([paragraph] * 3) + "\n"
    joined = SENTENCES[0] + SENTENCES[1] + tail
    if between_paragraphs == "\n\n":
        # Paragraphs are set a blank line apart and none follows the full line: it carries on.
        assert applied(text) == "\n\n".join([joined] * 3) + "\n"
    else:
        # Nothing marks the paragraphs (no indent, no blank line): only reported.
        findings = reflow.detect(text, StageContext())
        full_end = [f for f in findings if f.rule == reflow.RULE_JOIN and text[f.span.start - 1] == "。"]
        assert full_end and all(f.confidence < THRESHOLD for f in full_end)


def test_a_heading_after_a_full_line_is_not_joined_where_paragraphs_are_set_apart() -> None:
    tail = "推出绿色通道。"
    paragraph = "\n".join([*_full_lines(SENTENCES[0] + SENTENCES[1], 12), tail])
    full_end = "\n".join(_full_lines(SENTENCES[0] + SENTENCES[1], 12))  # ends on a full line
    text = "\n\n".join([paragraph, paragraph, full_end]) + "\n兴安盟公安边防支队\n\n" + paragraph + "\n"
    out = applied(text).split("\n")
    assert "兴安盟公安边防支队" in out  # the heading stays a line of its own
    assert SENTENCES[0] + SENTENCES[1] + tail in out and SENTENCES[0] + SENTENCES[1] in out


@pytest.mark.parametrize("before", [2, 3])  # with two paragraph starts to go by, the heading's is one
def test_a_heading_nearly_as_wide_as_the_column_is_no_indented_first_line_where_paragraphs_are_not(
    before: int,
) -> None:
    # Unindented column 12; 兴安盟公安边防支队 (9) is as short as an indented first line.
    tail = "推出绿色通道。"
    paragraph = [*_full_lines(SENTENCES[0] + SENTENCES[1], 12), tail]
    text = "\n".join([*paragraph * before, "兴安盟公安边防支队", *paragraph]) + "\n"
    out = applied(text).split("\n")
    assert "兴安盟公安边防支队" in out


def test_one_short_sentence_after_a_full_line_in_an_indented_column_is_reported_not_joined() -> None:
    # Paragraphs start short by an indent of two; after a full line that ends a sentence, a
    # short sentence on its own line may be a caption (a paragraph of one line) or the end.
    first = "内蒙古公安边防总队始终坚持和"  # 14 = 16 - 2
    paragraph = [first, "加强党的全面领导始终把加强党的建", "设作为一条红线。"]
    full_end = _full_lines("加强党的全面领导始终把加强党的建设作为贯穿边境口岸管控中心工作。", 16)
    text_lines = [*paragraph, first, *full_end]
    text_lines += ["民警在国门执勤。", *paragraph, *paragraph]
    text = "\n".join(text_lines) + "\n"
    caption_break = text.index("民警在国门") - 1
    [finding] = [f for f in reflow.detect(text, StageContext()) if f.span.start == caption_break]
    assert finding.rule == "reflow-join" and finding.confidence < THRESHOLD
    assert "民警在国门执勤。" in applied(text).split("\n")


def test_an_indented_first_line_that_ends_in_a_pushed_in_comma_starts_a_paragraph() -> None:
    # Column 13, first lines indented by two; a comma no line may start with is pushed onto
    # the line before (14 wide). A first line that fills the 11 left by the indent and takes
    # its comma reads 12, one short, but starts a paragraph.
    hanzi = iter(BODY.replace("，", "").replace("、", "").replace("。", "") * 3)

    def line(count: int, end: str = "") -> str:
        return "".join(next(hanzi) for _ in range(count)) + end

    full_end = [line(11), line(13, "，"), line(13), line(12, "。")]
    pushed = [line(11, "，"), line(13, "，"), line(13), line(6, "。")]
    closing = [[line(11), line(13, "，"), line(4, "。")] for _ in range(2)]
    text = "\n".join(full_end + pushed + closing[0] + closing[1]) + "\n"
    [finding] = [f for f in reflow.detect(text, StageContext()) if text[f.span.end :].startswith(pushed[0])]
    assert finding.rule == reflow.RULE_SPLIT  # the paragraph ends: not joined
    assert applied(text).startswith("".join(full_end) + "\n\n" + pushed[0])


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("说到近年来的社", "会治安变化，商铺老板和农牧民们都深有感触。", True),  # 的社 | 会治: no words
        ("执勤一队民警祁霖参与闭环", "执勤第二天，调动的命令就下来了。", False),  # 闭环 | 执勤: whole words
        ("兴安盟公安边防支队", "日均查验车辆2000余辆，出入境人员2500余人次。", False),  # a heading
    ],
)
def test_a_short_line_cut_inside_a_word_at_a_page_break(left: str, right: str, joined: bool) -> None:
    text = f"{BODY}\n\n{left}\n\n{right}\n\n{BODY}\n"
    expected = f"{BODY}\n\n{left}{right}\n\n{BODY}\n" if joined else text
    assert applied(text) == expected


def test_latin_word_that_did_not_fit_explains_a_short_line() -> None:
    lines = [
        "日常执勤中不断探索完善，形成了",
        "‘CFQ车辆查缉模式’，有效提升了通关",
        "效率，去年还荣获全国边检网络学院大",
    ]
    lines += [
        "会战优秀课程二等奖。执勤业务一科科",
        "长赵磊介绍道，所谓CFQ，就是运用提",
        "炼总结的“十步查车法”进行的精准化查",
    ]
    lines += ["验方式。"]
    text = "\n".join(lines) + "\n"
    assert applied(text) == "".join(lines) + "\n"


def test_display_width_counts_halves() -> None:
    assert reflow.display_width("有 36 万平方公里") == 8.0
    assert reflow.display_width("ABCD") == 2.0
    assert reflow.display_width("“党建”。") == 4.5  # ”。 side by side take one and a half


# -- clean text, invariants ----------------------------------------------------------------


def test_canonical_text_is_untouched() -> None:
    text = (
        "# 标题\n\n"
        + "\n\n".join([BODY, "殷殷嘱托，字字千钧。", "民警在国门一线执勤巡逻。", "（张佳良）", BODY])
        + "\n"
    )
    assert reflow.detect(text, StageContext()) == []


def test_one_paragraph_per_line_without_blank_lines_is_untouched() -> None:
    text = "\n".join([BODY, "殷殷嘱托，字字千钧。", BODY, BODY]) + "\n"
    assert applied(text) == text


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=8, max_value=30), st.sampled_from(["\n", "\n\n"]), st.integers(0, 10**6))
def test_wrapped_paragraphs_come_back_whole(width: int, separator: str, seed: int) -> None:
    """Wrapping then reflowing never glues two paragraphs that end in a full stop at a short line."""
    rng = random.Random(seed)
    paragraphs = [BODY[: rng.randint(40, len(BODY))].rstrip("，、") + "。" for _ in range(3)]
    paragraphs = [p for p in paragraphs if len(p) % width not in (0, width - 1)]  # last lines clearly short
    text = "\n\n".join(separator.join(wrap(p, width)) for p in paragraphs) + "\n"
    out = clean(text).text
    assert _boundaries("\n".join(paragraphs)) <= _boundaries(out), "two paragraphs were glued together"
    assert out.replace("\n", "") == "".join(paragraphs)


def _boundaries(text: str) -> set[int]:
    """Where paragraphs end, counted in characters other than line breaks."""
    found, count = set(), 0
    for line in [line for line in text.split("\n") if line][:-1]:
        count += len(line)
        found.add(count)
    return found


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from([BODY[:30], BODY[30:75], "殷殷嘱托，字字千钧。", "# 标题", "兴安盟公安边防支队", ""]),
        max_size=12,
    )
)
def test_edits_never_overlap_and_match_the_text(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    findings = reflow.detect(text, StageContext())
    edits = [f.edit for f in findings if f.edit]
    assert apply_edits(text, edits) is not None  # raises on overlap or mismatch
    for edit in edits:
        assert edit.rule in reflow.STAGE.rules and edit.reason
        assert set(edit.before) <= set(" \t\r\u3000\n")  # reflow only ever touches white space


# -- the column width read from a sliding window equals the width read from scratch ---------


def _column_from_scratch(lines: reflow._Lines, body: list[int], k: int) -> reflow.Column | None:
    """The column of break ``k`` by its definition: each window's lines counted afresh, by
    bisection in their sorted widths (how the stage read it before the sliding window)."""
    from bisect import bisect_left, bisect_right

    def read(lo: int, hi: int, share: float) -> reflow.Column | None:
        count = hi - lo
        window = [lines[body[j]] for j in range(lo, hi)]
        if sum(len(line.raw) > 2 * (reflow.MAX_COLUMN + 6) for line in window) > 0.15 * count:
            return None
        if sum(line.width > reflow.MAX_COLUMN + 6 for line in window) > 0.15 * count:
            return None
        widths = sorted(line.width for line in window if line.kind in ("body", "list"))
        if len(widths) < 3:
            return None
        best = (0, 0, 0.0)
        for width in set(widths):
            if reflow.MIN_COLUMN <= width <= reflow.MAX_COLUMN:
                support = bisect_right(widths, width + 1) - bisect_left(widths, width - 1.5)
                exact = bisect_right(widths, width + 0.25) - bisect_left(widths, width - 0.25)
                best = max(best, (support, exact, width))
        support, _, width = best
        if support < 3 or support < share * len(widths):
            return None
        if len(widths) - bisect_right(widths, width + max(1.5, 0.08 * width)) > 0.15 * len(widths):
            return None
        full_at = width - max(2.0, 0.1 * width)
        gaps = [body[j + 1] - body[j] - 1 for j in range(lo, hi - 1) if window[j - lo].width >= full_at]
        return reflow.Column(width, gaps.count(1) > gaps.count(0) and gaps.count(1) >= 3)

    lo = max(0, k - reflow.WINDOW + 1)
    around = read(lo, min(len(body), k + reflow.WINDOW + 1), reflow.REGULAR_SHARE)
    if around is not None and k + reflow.WINDOW + 1 >= len(body):
        return around
    before = read(lo, k + 2, 0.6) if k + 2 - lo >= 4 else None
    if before is not None and (around is None or abs(before.width - around.width) > 2):
        return before
    return around


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([6, 10, 11, 12, 16, 17, 24, 40, 70]),  # the column width in hanzi
            st.integers(2, 25),  # lines in the block
            st.booleans(),  # a blank line between its lines
        ),
        min_size=1,
        max_size=5,
    ),
    st.integers(0, 10**6),
)
def test_sliding_window_columns_equal_columns_read_from_scratch(blocks: list, seed: int) -> None:
    rng = random.Random(seed)
    rows = []
    for width, count, blank in blocks:
        for _ in range(count):
            hanzi = width if rng.random() < 0.7 else rng.randint(1, width + 2)
            prefix = rng.choice(["", "", "", "", "", "", "# ", "——", "本报记者 ", "\u3000\u3000"])
            letters = "x" * rng.choice([0, 0, 0, 1, 2, 3])
            rows.append(prefix + "".join(rng.choice(BODY[:60]) for _ in range(hanzi)) + letters + "\n")
            rows.append("\n" * (blank + (rng.random() < 0.1)))
    text = "".join(rows)
    lines = reflow._Lines(text)
    body = [i for i, raw in enumerate(lines.raws) if raw.strip()]
    if len(body) < 2:
        return
    breaks = sorted(rng.sample(range(len(body) - 1), k=rng.randint(1, len(body) - 1)))
    found = reflow._ColumnFinder(lines, body).columns(breaks)
    for k in breaks:
        expected = _column_from_scratch(lines, body, k)
        got = found[k]
        assert (got and (got.width, got.blank_between)) == (expected and (expected.width, expected.blank_between)), k


def test_lines_of_labelled_entries_are_not_joined_but_a_labelled_paragraph_is() -> None:
    entries = "化学学院：袁志红、叶建波、袁晨\n医学院：叶丽华、袁振兴\n校园绿化中心：袁德福、叶宏\n\n"
    entries += "其他单位的名单见附件。\n"
    assert clean(entries).text == entries
    wrapped = "摘要：本文提出了一种基于深度学习的文\n本纠错方法，在公开数据集上取得了较\n"
    wrapped += "好的效果，准确率比基线方法提高了三\n个百分点。\n"
    assert clean(wrapped).text == wrapped.replace("\n", "").rstrip() + "\n"


# -- real newspaper text set one item per line (People's Daily, bench/people_daily.py) --------

VERSE = ["河水从山里流出来", "绕过村口那棵老槐树", "母亲在岸边洗衣裳", "棒槌声敲醒了清晨", "我背着书包走过石桥"]
VERSE += ["桥下的鱼儿游来游去", "多少年过去了，河水", "还是那样清那样亮", "母亲的头发也白了", "老槐树却越来越老"]


def test_verse_as_wide_as_a_column_is_reported_not_joined() -> None:
    # Lines of about one width read as a column, but no break cuts a word and no sentence ends
    # inside a line: set one by one. The same lines wrapped from prose are joined.
    text = BODY + "\n" + "\n".join(VERSE) + "\n" + BODY
    findings = [f for f in reflow.detect(text, StageContext()) if f.rule == reflow.RULE_JOIN]
    assert findings and all(f.confidence < THRESHOLD and "cuts a word" in f.message for f in findings)
    wrapped = "\n".join(wrap(BODY, 9)) + "\n"
    assert applied(wrapped) == BODY + "\n"


def test_a_headline_is_not_joined_to_its_article_in_one_paragraph_per_line_text() -> None:
    # The headline has a comma and no full stop; a few lines are about as long by chance, but many
    # are far longer: the text is set one paragraph per line, not wrapped.
    headlines = ["城郊一仓库发生火灾，无人受伤", "发展特色农业，带动农民增收", "节约用水，要从每个家庭做起"]
    paragraph = BODY[: BODY.index("。") + 1]
    text = "\n".join(line for headline in headlines for line in (headline, paragraph))
    assert applied(text) == text


@pytest.mark.parametrize(
    "dateline", ["新华社北京1月9日电（记者张三）今天", "本报讯（记者李四）近日", "据新华社香港一月六日电香港岛今天"]
)
def test_a_dateline_starts_an_article(dateline: str) -> None:
    # The headline fills the column's line, as a line the column wrapped would.
    text = "\n".join(wrap(BODY, 12)) + "\n全市召开会议，部署春节工作\n" + dateline + BODY[:40]
    assert "\n" + dateline in applied(text)


def test_an_apostrophe_before_a_year_may_start_a_line() -> None:
    # ’98 is an abbreviated year, not a closing quote pushed onto the next line.
    text = "全国少年足球邀请赛在京开幕\n’98全国少年足球邀请赛今天在北京开幕。"
    assert applied(text) == text


def test_rows_of_figures_are_not_joined() -> None:
    rows = ["上周收盘涨跌幅成交金额", "1239·903·8428015046099", "4020·026·573539361653", "1312·994·3327984968683"]
    text = BODY + "\n" + "\n".join(rows * 3) + "\n" + BODY
    assert [f for f in reflow.detect(text, StageContext()) if f.confidence >= THRESHOLD] == []


def test_bullet_items_stand_one_per_line() -> None:
    items = ["●一忌政府包办，硬拉企业合并", "●二忌只在本地狭小范围选择对象", "●三忌兼并方式单一，缺少灵活性"]
    text = "兼并有三忌\n" + "\n".join(items) + "\n国家提出鼓励企业兼并的政策，主要是为了提高企业的竞争能力。"
    assert applied(text) == text


def test_paragraphs_ending_without_a_full_stop_more_often_than_pages_break_are_kept() -> None:
    # Posts or reviews set a blank line apart, several without a final full stop: a document of
    # this length has at most one page break, so the missing stops are the author's style.
    posts = ["酒店位置不错，离火车站很近，价格也比较合理", "房间有点小，隔音效果一般，不过床很舒服"]
    posts += ["早餐品种不多，但是味道还可以，服务员态度很好", "总的来说性价比还行，下次出差还会考虑这家"]
    text = "\n\n".join(posts) + "\n"
    findings = [f for f in reflow.detect(text, StageContext()) if f.rule == reflow.RULE_JOIN]
    assert all(f.confidence < THRESHOLD for f in findings)
    assert any("more than page breaks explain" in f.message for f in findings)
    # One page break in a page of text is still joined.
    broken = BODY[:60] + "\n\n" + BODY[60:] + "\n"
    assert applied(broken) == BODY + "\n"


def test_two_paragraphs_without_a_full_stop_closer_than_a_page_are_kept() -> None:
    # A long document may hold two page breaks, but not 60 characters apart: of two reviews
    # that stop without a full stop one after the other, neither is a page's end for sure.
    posts = ["房间有点小，隔音效果一般，不过床很舒服，早上还能听到楼下菜市场的声音"]
    posts += ["早餐品种不多，但是味道还可以，服务员态度很好，退房手续也办得很快"]
    text = "\n\n".join([BODY] * 10 + posts + [BODY] * 2) + "\n"
    assert len(text) > 1 + reflow.PAGE_CHARS  # the page budget allows two page breaks
    findings = [f for f in reflow.detect(text, StageContext()) if f.rule == reflow.RULE_JOIN]
    assert len(findings) == 2
    assert all(f.confidence < THRESHOLD and "no page is so short" in f.message for f in findings)


def test_a_fullwidth_full_stop_ends_a_paragraph() -> None:
    text = "书写成这样子，真是令人失望．\n\n里面的内容很浅，不值这个价钱。\n"
    assert applied(text) == text


def test_three_lines_about_as_long_among_twenty_are_no_wrapping() -> None:
    # One review per line: three happen to be within a character of one another. That is chance,
    # not a wrap width (a second cleaning, with one of them a space shorter, joined them).
    words = "".join(c for c in BODY if c not in "，、。")
    lengths = [8, 9, 11, 20, 21, 22, 25, 27, 33, 34, 35, 35, 40, 42, 61, 70, 75, 76]  # few much longer
    lines = [words[:n] + "。" for n in lengths]
    text = "\n".join([*lines[:12], words[:36], words[40:80] + "。", *lines[12:]])
    assert applied(text) == text


# -- records one per line (reviews): a record may stop anywhere -----------------------------


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("如何最大限", "度发挥网络载体作用。", True),  # 最大限度 wins the reading by far: a cut
        ("看时间长感觉眼睛不舒服", "用的还可以，可惜不能帮忙装内存条。", False),  # 服用 by chance
        ("没有骚扰电话，这个很好", "看网评以为是不错的一本书。", False),  # 好看 by chance
        ("门卫问：有没有预定，", "随着孩子的长大，这本书居然成了孩子的最爱。", False),  # a review stops at a comma
    ],
)
def test_a_single_break_in_one_paragraph_per_line_text_needs_evidence_in_the_words(
    left: str, right: str, joined: bool
) -> None:
    text = f"{BODY}\n{BODY[:30]}{left}\n{right}\n{BODY}\n"
    out = applied(text)
    assert (f"{left}{right}" in out) is joined
    if not joined:
        assert out == text


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("此外，摄像头很清晰～", "'lenovo' logo 粘贴的有些粗糙。"),  # an ASCII quote that opens here
        ("此外，摄像头很清晰～", '"此期间预订" 的活动很好。'),
        ("怎么不给我个！》_《", "宾馆反馈 2008年8月14日 ： 感谢您选择并入住。"),  # a face, not an opening 《
    ],
)
def test_marks_of_informal_text_are_no_evidence_of_a_cut(left: str, right: str) -> None:
    text = f"{BODY}\n{left}\n{right}\n{BODY}\n"
    assert applied(text) == text


# -- a second cleaning judges every break as the first did ----------------------------------


def test_two_spaces_after_a_full_stop_are_no_gutter() -> None:
    """cjk-space squeezes them after this stage: a gutter now would be gone on a second cleaning."""
    text = f"{BODY}\n\n{BODY[:40]}坚持统筹疫情防控，\n\n经济社会发展。  这是我们的决心。\n"
    once = clean(text).text
    assert "疫情防控，经济社会发展。" in once
    assert clean(once).text == once


def test_lines_are_measured_as_cjk_space_leaves_them() -> None:
    assert reflow._squeezed_length(" 内容少，字少。 小一点孩子看 ") == len("内容少，字少。小一点孩子看")
    assert reflow._squeezed_length("三十岁 四十岁") == len("三十岁 四十岁")  # (a space between hanzi stays)


# -- digits set full width in print (People's Daily 1998), ASCII once the width stage ran --------

FIGURES = (
    "１９９７年，全市国内生产总值达到１２３４．５亿元，比上年增长１０．２％，其中第一产业增加值"
    "１５６．７亿元，增长４．５％；第二产业增加值５６７．８亿元，增长１２．３％；第三产业增加值"
    "５１０．０亿元，增长９．８％。全年完成固定资产投资４５６．７亿元，比上年增长１５．６％。"
)


def wrap_numbers_whole(paragraph: str, width: int) -> list[str]:
    """``wrap``, but a line is never cut inside a number (a cut there moves back before it)."""
    lines, start = [], 0
    while start < len(paragraph):
        cut = min(start + width, len(paragraph))
        while start + 1 < cut < len(paragraph) and paragraph[cut] in "０１２３４５６７８９．％":
            cut -= 1
        lines.append(paragraph[start:cut])
        start = cut
    return lines


@pytest.mark.parametrize("width", [12, 14, 15, 18, 20, 22])
def test_lines_with_full_width_digits_are_measured_as_the_page_set_them(width: int) -> None:
    paragraphs = [FIGURES, BODY, FIGURES[21:], BODY[30:]]
    text = "\n\n".join("\n".join(wrap_numbers_whole(p, width)) for p in paragraphs) + "\n"
    out = clean(text).text
    assert [line for line in out.split("\n") if line] == [clean(p).text for p in paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "要让这个类型可以作为 HashMap 的键，只需要 #[derive(PartialEq, Eq, Hash)]",  # rust-by-example
        "在循环里调用 `next(it)`",  # (no . / @ in it: only its closing ) and ` say code)
    ],
)
def test_a_paragraph_that_ends_in_code_is_not_joined_to_the_next(line: str) -> None:
    text = f"{BODY}\n\n{line}\n\n编译器会完成剩余的工作。\n"
    assert applied(text) == text


def test_lines_set_in_parallel_stand_each_whole() -> None:
    parallel = "雪，以严冬为父\n雪，以暖春为母\n雪，以河为床\n雪，以海为家"  # People's Daily, 1998
    text = f"沙沙，沙沙\n{parallel}\n昨夜寒风收尾去\n今晨暖阳吐金霞\n"
    assert parallel in applied(text)


def test_headings_with_ascii_digits_are_not_widened_into_column_lines() -> None:
    """A heading holds figures but no clause: it says nothing of how wide the page set digits."""
    paragraph = "\n".join(wrap(BODY, 16))
    text = "\n\n".join(f"2023年{m}月15日会议纪要\n{paragraph}" for m in (3, 4, 5)) + "\n"
    out = applied(text)
    assert all(f"2023年{m}月15日会议纪要\n" in out for m in (3, 4, 5))


def test_a_figure_s_point_counts_with_its_digits_in_a_table_row() -> None:
    assert reflow._numeric(reflow.Line(0, "5长春兰宝5.20"))  # People's Daily's stock table
    assert not reflow._numeric(reflow.Line(0, "工行北京分行效益上新台阶"))


@pytest.mark.parametrize(
    "text",
    [
        "用料\n\n鸡蛋，两个\n白糖，少许\n食盐，适量\n生抽，一勺\n老抽，半勺\n",  # a recipe: parallel lines
        "用料\n\n鸡蛋，  两个\n白糖，  少许\n食盐，  适量\n生抽，  一勺\n老抽，  半勺\n",
        "雪\n\n雪，以严冬为父\n雪，以暖春为母\n雪，以河为床\n雪，以海为家\n",  # a poem's title
        "春天来了\n\n爱，是一种温暖的力量。\n",
        '房间很干净，下次还住这家酒店。\n"此期间预订，入住首日赠送洗衣券一张。\n',  # an ASCII quote opens
    ],
)
def test_lines_found_in_a_review_of_this_stage_stay_as_they_are(text: str) -> None:
    once = clean(text).text
    assert once.replace("，", ",").replace(" ", "") == text.replace("，", ",").replace(" ", "")
    assert clean(once).text == once


# -- tables: rows of cells set apart by ideographic spaces or gutters --------------------------

ROWS = {
    "figures": [
        "指标\u3000数值\u3000比上年增长",
        "国内生产总值\u300074772亿元\u30008.8%",
        "居民消费价格\u3000\u30002.8%",
    ],
    "names": [
        "姓名\u3000工作单位\u3000专业方向",
        "王立新\u3000物理研究所\u3000凝聚态",
        "李晓红\u3000清华大学\u3000化学工程",
    ],
    "two columns": ["城市\u3000污染指数", "北京\u3000125", "上海\u300086"],
    "two columns, words": ["代表团\u3000团长", "北京市\u3000王立新", "天津市\u3000李晓红", "河北省\u3000张建国"],
    "stocks": [
        "股票名称\u3000开盘\u3000收盘\u3000涨跌",
        "深发展\u300012.34\u300013.02\u3000+0.68",
        "万科\u30008.56\u30008.70\u3000+0.14",
    ],
    "ascii gaps": ["分公司  销售额  同比增长", "华东区  3256.8万元  +15.2%", "华南区  2140.5万元  +8.7%"],
}


def joins_touching(text: str, lines: list[str]) -> list:
    """The stage's joins (any confidence, reported too) whose span touches one of ``lines`` of ``text``."""
    spans = [(text.index(line), text.index(line) + len(line)) for line in lines]
    return [
        f
        for f in reflow.detect(text, StageContext())
        if f.rule == reflow.RULE_JOIN and any(f.span.start <= end and f.span.end >= start for start, end in spans)
    ]


def wrap_as_typeset(paragraph: str, width: int) -> list[str]:
    """``wrap``, but a mark no line starts with stays at the end of the line before (，、。)."""
    lines, start = [], 0
    while start < len(paragraph):
        cut = min(start + width, len(paragraph))
        while cut < len(paragraph) and paragraph[cut] in "，、。；：”）":
            cut += 1
        lines.append(paragraph[start:cut])
        start = cut
    return lines


@pytest.mark.parametrize("kind", sorted(ROWS))
@pytest.mark.parametrize("width", [12, 14, 16])
def test_a_table_inside_column_text_is_left_alone_and_the_text_around_it_joined(kind: str, width: int) -> None:
    rows = ROWS[kind]
    text = "\n".join(wrap(BODY[:60], width) + rows + wrap(BODY[60:], width)) + "\n"
    assert joins_touching(text, rows) == []  # not even reported: a row never goes on
    out = applied(text)
    assert "\n".join(rows) in out
    assert BODY[:60] in out.replace("\n", "") and BODY[60:] in out.replace("\n", "")
    assert "\n" + rows[0] in out and rows[-1] + "\n" in out


@pytest.mark.parametrize(
    ("title", "after"),
    [
        ("表1\u30001997年国民经济主要指标", ""),  # a table's title with a gap of its own
        ("田径锦标赛男子100米决赛成绩：", "女子200米决赛成绩："),  # headings before tables
    ],
)
def test_a_title_or_heading_next_to_a_table_is_not_joined_to_it(title: str, after: str) -> None:
    rows = ["1\u3000张立\u300010.24秒", "2\u3000王强\u300010.31秒", "3\u3000李海\u300010.35秒"]
    text = "\n".join([title, *rows, after, *rows]).replace("\n\n", "\n") + "\n"
    assert reflow.detect(text, StageContext()) == []


def test_the_tables_of_the_issue_are_not_joined() -> None:
    """The four joins `cleaner clean` made in clean tables (fixtures/punct-shift/tables-*)."""
    statistics = (
        "表1\u30001997年国民经济主要指标\n指标\u3000数值\u3000比上年增长\n国内生产总值\u300074772亿元\u30008.8%\n"
        "工业增加值\u300031752亿元\u300010.8%\n社会消费品零售总额\u300026843亿元\u300010.2%\n"
        "进出口总额\u30003251亿美元\u300012.1%\n居民消费价格\u3000\u30002.8%\n"
    )
    stocks = (
        "深市行情\n股票名称\u3000开盘\u3000收盘\u3000涨跌\n深发展\u300012.34\u300013.02\u3000+0.68\n"
        "万科\u30008.56\u30008.70\u3000+0.14\n金杯汽车\u30005.55\u30005.60\u3000+0.05\n"
        "深康佳\u300017.20\u300016.85\u3000－0.35\n深物业\u30004.38\u30004.31\u3000－0.07\n"
    )
    for text in (statistics, stocks):
        assert [e for e in clean(text).edits if e.rule.startswith("reflow")] == []


@pytest.mark.parametrize(
    "first",
    [
        "本报北京1月5日讯\u3000记者王平报道：今年以来，",  # a dateline: one gap, then the article
        "本报讯\u3000记者李明\u3000通讯员张华报道：随着",  # two gaps, but the only line so shaped
        "新华社北京1月9日电\u3000记者张三报道：今天",
    ],
)
@pytest.mark.parametrize("width", [12, 15, 18])
@pytest.mark.parametrize(
    "above",
    [
        "全市召开会议部署春节工作",
        # Lines with gaps above the dateline (a review of session 8): with it, two lines shaped like
        # rows, one of three cells or with a figure, but no table (a dateline is no row).
        "本报记者\u3000王平\u3000李明",  # a byline
        "1998年1月5日\u3000星期一",  # the page's date
        "我市\u3000旅游业\u3000平稳发展",  # a headline set with gaps
        "图为\u3000新建的游客中心\u3000王平摄",  # a photo's credit
        "本报记者\u3000王平\u3000李明\n",  # a blank line between
    ],
)
def test_a_paragraph_with_a_gap_after_its_dateline_or_byline_is_still_joined(
    first: str, width: int, above: str
) -> None:
    lines = wrap_as_typeset(first + BODY, width)
    text = above + "\n" + "\n".join(lines + wrap_as_typeset(BODY, width)) + "\n"
    assert "\n" + lines[0] + lines[1] + lines[2] in applied(text)


@pytest.mark.parametrize(
    "text",
    [
        "本报记者\u3000王平\u3000李明\n本报北京1月5日讯\u3000记者王平报\n道：今年以来，我市旅游业保持平\n稳发展，各主要景区接待游客人数\n稳步增长。",
        "1998年1月5日\u3000星期一\n\n本报北京1月5日讯\u3000记者王平报\n道：今年以来，我市旅游业保持平\n稳发展，各主要景区接待游客人数\n稳步增长。",
    ],
)
def test_the_review_s_datelines_cut_inside_a_word_are_joined(text: str) -> None:
    assert "本报北京1月5日讯\u3000记者王平报道：今年以来，我市旅游业保持平稳发展，" in applied(text)


def test_a_law_s_chapter_and_first_article_are_no_table() -> None:
    """Two lines of two cells without a figure: the article's first line goes on."""
    article = "第一条\u3000经营者为消费者提供其生产、销售的商品或者提供服务，应当遵守本法。"
    lines = wrap_as_typeset(article, 16)  # 第一条　经营者为消费者提供其生产、
    assert reflow._row_shape(lines[0]) == (2, False)
    text = "第一章\u3000总则\n" + "\n".join(lines + wrap_as_typeset(BODY, 16)) + "\n"
    assert "\n" + article in applied(text)


@pytest.mark.parametrize(
    ("line", "shape"),
    [
        ("国内生产总值\u300074772亿元\u30008.8%", (3, True)),
        ("居民消费价格\u3000\u30002.8%", (2, True)),  # an empty cell: one gap
        ("姓名\u3000工作单位\u3000专业方向", (3, False)),
        ("华东区  3256.8万元  +15.2%", (3, True)),
        ("东城区      1256.8      45.2", (3, True)),
        ("本报北京1月5日讯\u3000记者王平报道：今年以来，我市旅游业", None),  # a clause inside: prose
        ("CPU强悍，P8600\u30002.4G的，散热好", None),  # a review (ChnSentiCorp) spacing a model's figures
        ("最后一句打错了。  原来如此", None),  # two spaces after a full stop: a typing habit
        ("第二届中国青年科技奖评选结果今天在北京揭晓\u3000一百名", None),  # a cell too long for a table
        ("国家统计局今天发布公报", None),  # no gap
        ("本报北京1月5日讯\u3000记者王平报", None),  # a dateline cut before its first comma
        ("新华社北京1月9日电\u3000记者\u3000张三", None),
    ],
)
def test_the_shape_of_a_table_row(line: str, shape: tuple[int, bool] | None) -> None:
    assert reflow._row_shape(line) == shape


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(
            st.text(alphabet="北京上海工业总值万元年度0123456789.%", min_size=1, max_size=6), min_size=3, max_size=5
        ),
        min_size=2,
        max_size=8,
    ),
    st.integers(min_value=12, max_value=20),
)
def test_rows_of_three_cells_or_more_are_never_joined(cells: list[list[str]], width: int) -> None:
    rows = ["\u3000".join(row) for row in cells]
    text = "\n".join(wrap(BODY, width) + rows + wrap(BODY, width)) + "\n"
    assert joins_touching(text, rows) == []
