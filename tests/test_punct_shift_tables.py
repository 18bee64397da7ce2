"""punct-shift: garble that shows only in the numbers (a table of figures on a Founder page).

Weather, stock prices, results and statistics are set as tables with no punctuation mark to
garble, only full-width numbers: ``员圆援猿源`` is 12.34, ``原猿耀缘`` －3～5, ``猿愿援苑豫`` 38.7%.
A document, block or line is judged garbled by its numbers when it holds numbers of a shape
no word explains (numbers._number_markers); real words made of digit look-alikes (远远 圆圆 源源
员工 公园) and names (叶圆 袁园) must stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from cleaner.stages.punct_shift.numbers import (
    _cell_sign_at,
    _number_candidates,
    _number_markers,
    _number_shapes,
    _number_sign_candidates,
)
from cleaner.stages.punct_shift.table import RULE_DOCUMENT
from tests.test_punct_shift import cases, founder_garble, repair

WEATHER = "北京　晴　原猿耀缘\n天津　多云　原圆耀远\n上海　阴　猿耀愿\n广州　晴　员缘耀圆猿\n"
STOCKS = "深发展　员圆援猿源　员猿援园圆\n万科　愿援缘远　愿援苑园\n金杯汽车　缘援缘缘　缘援远园\n"
SPORTS = "男子　员园园米　员园援圆源秒\n女子　圆园园米　圆圆援猿缘秒\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (WEATHER, "北京　晴　－3～5\n天津　多云　－2～6\n上海　阴　3～8\n广州　晴　15～23\n"),
        (STOCKS, "深发展　12.34　13.02\n万科　8.56　8.70\n金杯汽车　5.55　5.60\n"),
        (SPORTS, "男子　100米　10.24秒\n女子　200米　22.35秒\n"),
        # a range to a signed figure, a signed change, a percentage at the text's end
        ("哈尔滨　小雪　原圆缘耀原员远\n拉萨　晴　原愿耀怨", "哈尔滨　小雪　－25～－16\n拉萨　晴　－8～9"),
        ("深康佳　员苑援圆园　原园援猿缘\n万科　愿援缘远　垣园援员源", "深康佳　17.20　－0.35\n万科　8.56　＋0.14"),
        ("植物园　员圆缘援远　员圆援猿豫\n公园　缘远援圆　员缘援员豫", "植物园　125.6　12.3%\n公园　56.2　15.1%"),
        # ranks before a space, and a table's number heading its line
        (
            "员　张立　员园援圆源秒\n圆　王强　员园援猿员秒\n猿　李海　员园援猿缘秒",
            "1　张立　10.24秒\n2　王强　10.31秒\n3　李海　10.35秒",
        ),
        ("表员　员怨怨苑年主要指标\n国内生产总值　愿援愿豫", "表1　1997年主要指标\n国内生产总值　8.8%"),
    ],
)
def test_a_table_garbled_only_in_its_numbers_is_repaired(text: str, expected: str) -> None:
    assert repair(text) == expected


def test_the_document_finding_says_the_garble_is_in_the_numbers() -> None:
    (document,) = [f for f in detect(STOCKS, StageContext()) if f.rule == RULE_DOCUMENT]
    assert "in its numbers" in document.message
    assert document.edit is None


def test_a_garbled_table_inside_a_clean_document_is_repaired_alone() -> None:
    prose = "本报讯　今年以来，我市旅游业保持平稳发展，园区管理部门表示，将进一步完善服务设施。"
    table = "景区　接待人数\n植物园　员圆缘援远　员圆援猿豫\n动物园　怨愿援源　愿援苑豫"
    after = "市旅游局有关负责人说，下一步将加大宣传力度，公园员工圆满完成了任务。"
    text = f"{prose}\n\n{table}\n\n{after}"
    expected = f"{prose}\n\n景区　接待人数\n植物园　125.6　12.3%\n动物园　98.4　8.7%\n\n{after}"
    assert repair(text) == expected


def test_a_garbled_row_in_a_block_of_clean_prose_is_judged_as_a_line() -> None:
    text = "今天上午，深市股价普遍上涨，成交活跃。其中：\n深发展　员圆援猿源　员猿援园圆\n市场人士认为，后市仍可看好。"
    assert repair(text) == text.replace("员圆援猿源", "12.34").replace("员猿援园圆", "13.02")


@pytest.mark.parametrize(
    "text",
    [
        # clean tables of names, places and words made of digit look-alikes
        "花园小区　3栋　120户\n公园小区　5栋　86户\n圆明园小区　8栋　156户\n",
        "研发部　员工5人　会员12人\n市场部　员工8人　会员30人\n",
        "圆圆　18岁　广东\n远远　20岁　四川\n源源　22岁　江苏\n叶圆　25岁　浙江\n袁园　30岁　福建\n",
        "研发部　叶圆　0037\n市场部　尧远　0105\n后勤部　袁冶　0419\n",
        # prose where look-alikes stand three in a row or beside 援
        "工作人员远远不够，教员源源不断地赶来，全体员工圆满完成任务。\n人员源源不断地涌进展厅。",
        "人员远远不够\n教员源源不断\n动员员工参加劳动\n会员援建的学校\n人员援助灾区",
    ],
)
def test_clean_tables_and_lookalike_words_stay(text: str) -> None:
    assert repair(text) == text


def test_names_beside_garbled_figures_stay() -> None:
    text = "圆圆　员愿岁　员援苑圆\n叶圆　圆缘岁　员援苑愿\n袁园　猿园岁　员援远怨\n后勤部　袁冶　园源员怨\n"
    assert repair(text) == "圆圆　18岁　1.72\n叶圆　25岁　1.78\n袁园　30岁　1.69\n后勤部　袁冶　0419\n"


def test_a_line_with_no_garbled_shape_of_its_own_is_only_reported() -> None:
    # 市场部　尧远　0105: 尧远 is a name, though a garbled table stands beside it
    text = "研发部　叶圆　园园猿苑\n市场部　尧远　0105\n后勤部　袁冶　园源员怨\n"
    assert repair(text) == "研发部　叶圆　0037\n市场部　尧远　0105\n后勤部　袁冶　0419\n"


@pytest.mark.parametrize(
    ("text", "strong"),
    [
        ("深发展　员圆援猿源", ["员圆援猿源"]),  # a decimal number
        ("男子　员园园米", ["员园园"]),  # three, no two a word
        ("增长猿愿援苑豫", ["猿愿援苑", "豫"]),  # and ％ after two or more
        ("气温　原猿耀缘", ["耀"]),  # a sign between two
        ("人员远远不够", []),  # 员远远: 远远 is a word
        ("教员源源不断", []),
        ("公园员工", []),  # a lone look-alike is never strong
        ("会员圆圆满满", []),
    ],
)
def test_strong_numbers(text: str, strong: list[str]) -> None:
    numbers = _number_candidates(text)
    signs = _number_sign_candidates(text)
    assert [c.hanzi for c in _number_markers(text, numbers, signs)] == strong


@pytest.mark.parametrize(
    ("text", "at", "sign"),
    [
        ("北京　晴　原猿耀缘", 5, True),
        ("深康佳　原园援猿缘", 4, True),
        ("万科　垣园援员源\n", 3, True),
        ("原圆缘耀原员远", 4, True),  # after a range's ～
        ("他是原员工", 2, False),  # no number
        ("　原圆园人参加", 1, False),  # a word after the number: 'formerly'
        ("工作原猿耀缘", 2, False),  # no cell's start before it
        ("　原20　", 1, False),  # ASCII digits: the width stage's, not the garble
    ],
)
def test_cell_signs(text: str, at: int, sign: bool) -> None:
    assert _cell_sign_at(text, at) is sign


def test_no_shape_no_work() -> None:
    # the fast path: no look-alike of a common mark and no number shape
    text = "公园员工圆满完成了任务，会员远超过去年。"
    assert _number_shapes(text) == []
    assert detect(text, StageContext()) == []


WORDS = ["花园小区", "员工", "会员", "公园", "圆圆", "远远", "源源", "叶圆", "袁园", "园区", "缘分", "愿意", "猿猴"]
CELLS = st.one_of(st.sampled_from(WORDS), st.integers(0, 99999).map(str), st.sampled_from(["3栋", "5人", "18岁"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=1, max_size=4), min_size=1, max_size=6))
def test_clean_tables_of_lookalike_words_are_never_edited(rows: list[list[str]]) -> None:
    text = "\n".join("　".join(row) for row in rows)
    assert repair(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two look-alikes alone in a cell of a row of garbled figures: a number
        # in a column of figures: a number
        (
            "河源市　苑猿　员圆援猿源\n林苑　怨愿　员猿援园圆\n深圳　员圆猿　员源援园园",
            "河源市　73　12.34\n林苑　98　13.02\n深圳　123　14.00",
        ),
        # under a heading word, in a column of look-alikes alone
        (
            "城市　编号　价格\n河源市　苑猿　员圆援猿源\n林苑　怨愿　员猿援园圆",
            "城市　编号　价格\n河源市　73　12.34\n林苑　98　13.02",
        ),
        # a column of two look-alikes alone (苑园 苑远 are names as well) is only reported
        ("河源市　苑猿　员圆援猿源\n林苑　怨愿　员猿援园圆", "河源市　苑猿　12.34\n林苑　怨愿　13.02"),
        # ... but not a word (远远, 圆圆: names), nor on a row with no garbled figure
        ("远远　员圆援猿源\n圆圆　员猿援园圆", "远远　12.34\n圆圆　13.02"),
        (
            "河源市　苑猿　12.34\n林苑　怨愿　员猿援园圆\n深发展　员圆援猿源",
            "河源市　苑猿　12.34\n林苑　98　13.02\n深发展　12.34",
        ),
        # one alone is only reported
        ("张耀曾　缘　员圆援猿源\n李明　员猿援园圆", "张耀曾　缘　12.34\n李明　13.02"),
    ],
)
def test_cells_of_two_lookalikes_beside_garbled_figures(text: str, expected: str) -> None:
    assert repair(text) == expected


# -- text that quotes the garble is not garbled ---------------------------------------------------

PACKAGE = Path(__file__).resolve().parent.parent / "cleaner" / "stages" / "punct_shift"


@pytest.mark.parametrize(
    "text",
    [
        # a real mark on the line: its marks were never garbled
        "请问PDF复制出来的数字变成了员圆援猿源和员园园豫怎么办？",
        "PDF复制出来的数字乱码：员圆援猿源　员园园豫",
        "方正排版的PDF文件在复制文字时，常常出现乱码，标点和数字都变成了汉字。\n例如：员圆援猿源　员园园豫\n"
        "这是因为编码的首字节偏移了0x31，只要反向换算即可恢复。",
        "方正排版的PDF文件在复制文字时，常常出现乱码。\n\n例如：员圆援猿源　员园园豫\n\n只要反向换算即可恢复。",
        # the garble beside what it stands for (ASCII digits, an equals sign)
        "乱码对照表\n员圆援猿源 = 12.34\n员园园豫 = 100%\n原猿耀缘 = -3~5",
        "乱码对照表\n12.34　员圆援猿源\n100%　员园园豫\n-3~5　原猿耀缘",
        # a comment of source code quoting it
        "#: numbers of a garbled shape (numbers._number_markers: 员圆援猿源, 员园园, 原猿耀缘),\n"
        "#: a row of a table of prices holds two: 深发展　员圆援猿源　员猿援园圆), and a table",
    ],
)
def test_text_quoting_garbled_numbers_is_only_reported(text: str) -> None:
    assert repair(text) == text
    # (a doubt, not silence: a reviewer sees it)
    assert any(f.edit is not None and f.edit.before == "员圆援猿源" for f in detect(text, StageContext()))


def test_a_garbled_table_beside_a_clean_heading_is_still_repaired() -> None:
    # the heading holds real marks and ASCII digits, the rows neither (ASCII spaces are no evidence)
    text = "外汇牌价（1998年1月6日，单位：元）\n币种　买入价\n员园园美元　愿圆苑援怨远\n员园园日元 远援猿员圆远"
    expected = "外汇牌价（1998年1月6日，单位：元）\n币种　买入价\n100美元　827.96\n100日元 6.3126"
    assert repair(text) == expected


def test_latin_text_quoting_mark_garble_is_only_reported() -> None:
    # a docstring of this package: English around the look-alikes of its examples
    text = (
        'def _full_name_after(text: str) -> None:\n    """``袁刘我成曾有`` where the two characters after 袁\n'
        "    stand elsewhere in the text without 袁 before it (``书记袁秀英``), so the 袁 before them\n"
        '    is a comma; not when a title follows the three (``袁安子文同志``)."""\n'
    )
    assert repair(text) == text
    # while a garbled page with a few Latin words is repaired
    garbled = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶推动PDF和OCR工作遥"
    assert repair(garbled) == "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”推动PDF和OCR工作。"


TESTS = Path(__file__).resolve().parent
#: Test files whose strings hold whole garbled pages and tables (a block of them is a pasted
#: garbled paragraph, and repairing it is right): left out of the test below.
HOLDING_GARBLED_PAGES = {
    "test_punct_shift_formulas.py",
    "test_punct_shift_informal_digits.py",
    "test_punct_shift_letters_adversarial.py",
    "test_punct_shift_precision.py",
    "test_punct_shift_probe_names.py",
    "test_punct_shift_tables.py",
    "test_punct_shift_text_edges.py",
}


def _source_files() -> list[Path]:
    tests = [p for p in sorted(TESTS.glob("*.py")) if p.name not in HOLDING_GARBLED_PAGES]
    return sorted(PACKAGE.glob("*.py")) + tests


@pytest.mark.parametrize("path", _source_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_package_source_comes_back_unchanged(path: Path) -> None:
    # (tests/test_punct_shift_numbers.py: a list quoting 猿愿援苑豫 beside 38.7% with a few 尧 袁)
    text = path.read_text(encoding="utf-8")
    assert repair(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a block in only on its numbers' shapes, with mark look-alikes (要 尧 袁) that read as
        # punctuation: still judged by its numbers, so the lines quoting them stay
        "这是正文，有很多标点，句子很长，逗号很多，句号也有。\n\n- 信息员猿园园名 -> 300名\n"
        "- 住远点袁价钱便宜 -> 住远点，价钱便宜\n- 占10%要圆园豫 -> 占10%—20%\n- 1尧缘尧员园 -> 1、5、10",
        '        ("增长猿愿援苑豫", "增长38.7%"),\n        ("合格率为员园园豫", "合格率为100%"),\n'
        '        ("渊粤尧港冤", "（粤、港）"),\n        ("住远点袁价钱便宜", "住远点，价钱便宜"),\n'
        '        ("据统计袁当年", "据统计，当年"),',
    ],
)
def test_a_block_in_on_its_numbers_keeps_the_quoting_rule(text: str) -> None:
    assert repair(text) == text
    # (a doubt, not silence)
    doubts = {f.edit.before for f in detect(text, StageContext()) if f.edit is not None}
    assert doubts & {"猿园园", "猿愿援苑"}


@pytest.mark.parametrize(
    "text",
    [
        # a real full-width form on the line: the garble turns every one, so it was never garbled
        "乱码　原文\n员圆援猿源　１２．３４\n员园园豫　１００％",
        # figures that fill no cell: prose quoting the garble, not a table's row
        "方正排版的PDF文件在复制文字时，常常出现乱码，标点和数字都变成了汉字。\n例如员圆援猿源　员园园豫等\n"
        "这是编码偏移，只要反向换算即可恢复。",
        "方正排版的PDF文件在复制文字时，常常出现乱码。\n\n数字变成员圆援猿源和员园园豫\n\n只要反向换算即可恢复。",
    ],
)
def test_quoted_figures_that_fill_no_cell_are_only_reported(text: str) -> None:
    assert repair(text) == text
    assert any(f.edit is not None and f.edit.before == "员圆援猿源" for f in detect(text, StageContext()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "方正排版的PDF常常出现乱码。\n\n深发展　员圆援猿源　员猿援园圆\n万科　愿援缘远　愿援苑园\n\n即可。",
            "方正排版的PDF常常出现乱码。\n\n深发展　12.34　13.02\n万科　8.56　8.70\n\n即可。",
        ),
        (
            "方正排版的PDF文件在复制文字时，常常出现乱码，标点和数字都变成了汉字。\n深发展　员圆援猿源　员猿援园圆\n"
            "这是编码偏移，只要反向换算即可恢复。",
            "方正排版的PDF文件在复制文字时，常常出现乱码，标点和数字都变成了汉字。\n深发展　12.34　13.02\n"
            "这是编码偏移，只要反向换算即可恢复。",
        ),
    ],
)
def test_rows_whose_figures_fill_cells_are_still_repaired_alone(text: str, expected: str) -> None:
    assert repair(text) == expected


def test_prose_quoting_the_garble_comes_back_unchanged() -> None:
    readme = Path(__file__).parent.parent / "README.md"  # it quotes the garble's look-alikes
    assert "指出院野…袁…遥冶" in readme.read_text(encoding="utf-8")
    assert repair(readme.read_text(encoding="utf-8")) == readme.read_text(encoding="utf-8")
    prose = (
        "## punct-shift\n\nFounder-typeset PDFs extract ``，。“”、：`` as ``袁遥野冶尧院`` and full-width "
        "digits as ``园员圆猿``: a table's 12.34 shows as 员圆援猿源, －3～5 as 原猿耀缘 and 38.7% as 猿愿援苑豫.\n"
        "Each occurrence is judged from evidence (视野, 公园, 员工 stay)."
    )
    assert repair(prose) == prose


# -- a table's heading, not a caption's word -------------------------------------------------------

GARBLED = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶推动发展遥\n"
REPAIRED = "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”推动发展。\n"


@pytest.mark.parametrize(
    "caption",
    [
        "图源　新华社",  # 'image source', a caption's word
        "图远　景区风光",
        "表圆　各地情况",
        "图源 视觉中国",
    ],
)
def test_a_caption_word_in_a_garbled_page_is_no_figure_number(caption: str) -> None:
    text = GARBLED + caption + "\n" + GARBLED
    assert repair(text) == REPAIRED + caption + "\n" + REPAIRED


def test_a_caption_inside_a_garbled_table_is_no_figure_number() -> None:
    text = "深发展　员圆援猿源　员猿援园圆\n图源　新华社\n万科　愿援缘远　愿援苑园"
    assert repair(text) == "深发展　12.34　13.02\n图源　新华社\n万科　8.56　8.70"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("表员　各地经济指标\n地区　产值　增长\n", "表1　各地经济指标\n地区　产值　增长\n"),
        ("表圆　主要城市气温\n", "表2　主要城市气温\n"),
    ],
)
def test_a_table_heading_before_its_rows_keeps_its_number(heading: str, expected: str) -> None:
    rows = "北京　员圆援猿源　员猿援园圆\n天津　愿援缘远　愿援苑园"
    assert repair(GARBLED + heading + rows) == REPAIRED + expected + "北京　12.34　13.02\n天津　8.56　8.70"


# -- a range or a ratio is repaired whole, and a number ends at its line ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score's second number before a space (猿颐员　: not the end of a word)
        (
            "北京国安　猿颐员　上海申花\n大连万达　圆颐园　山东泰山",
            "北京国安　3∶1　上海申花\n大连万达　2∶0　山东泰山",
        ),
        # a range's second number before a space or a line break
        (
            "北京　晴　原猿耀缘　北风\n天津　多云　原圆耀远　南风",
            "北京　晴　－3～5　北风\n天津　多云　－2～6　南风",
        ),
        # ... whatever the next row starts with (缘缘 is a word, not across a line break)
        ("远安　晴　原猿耀缘\n缘溪　多云　原圆耀远", "远安　晴　－3～5\n缘溪　多云　－2～6"),
    ],
)
def test_a_range_or_score_in_a_table_is_repaired_whole(text: str, expected: str) -> None:
    assert repair(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "缘溪　员猿援园圆　圆耀猿",  # 圆 is left a doubt: so are 耀 and 猿 (no 圆～3)
        "猿伊缘　愿伊怨\n",
        "缘溪　员猿援园圆　圆颐猿",
        "缘溪　员猿援园圆　圆辕猿",
        # a signed range: the sign before its left number goes with it (no －缘耀原员)
        "北京　原缘耀原员\n天津　原远耀原圆",
        "北京　原员圆耀原缘\n天津　原员园耀原圆",
        "北京　晴　原缘耀原员\n天津　多云　原远耀原圆",
    ],
)
def test_no_range_is_half_repaired(text: str) -> None:
    out = repair(text)
    for garbled, sign in (("耀", "～"), ("伊", "×"), ("颐", "∶"), ("辕", "/")):
        for at, char in enumerate(out):
            if char == sign:
                assert out[at - 1].isdigit() and out[at + 1].isdigit(), out
            if char == garbled and at + 1 < len(out):
                assert not out[at - 1].isdigit() and not out[at + 1].isdigit(), out
    for at, char in enumerate(out):
        if char == "－":  # a figure's sign is applied only with its figure, a range's whole
            assert out[at + 1].isdigit() and "耀" not in out[at : out.find("\n", at) % (len(out) + 1)], out


def test_a_place_starting_the_text_is_no_number() -> None:
    text = "缘溪　员猿援园圆　员源援圆缘\n远安　员圆援猿源　员猿援园圆"
    assert repair(text) == "缘溪　13.02　14.25\n远安　12.34　13.02"


# -- word and name cells beside garbled figures ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 园员 'garden staff': no count starts with 0
        ("园员　王平　员园圆猿援园\n园员　李明　员园圆源援园", "园员　王平　1023.0\n园员　李明　1024.0"),
        # a row's first cell is its label: 苑园 a name (only reported)
        ("苑园　员圆援猿源\n王平　员猿援园圆", "苑园　12.34\n王平　13.02"),
        ("王源　员园援圆源\n苑园　员园援猿缘\n李远　员园援猿员", "王源　10.24\n苑园　10.35\n李远　10.31"),
        # while two look-alikes in a row's later cell of a column of figures are still a number,
        # and ranks numbered in turn
        (
            "河源市　苑猿　员圆援猿源\n林苑　怨愿　员猿援园圆\n深圳　员圆猿　员源援园园",
            "河源市　73　12.34\n林苑　98　13.02\n深圳　123　14.00",
        ),
        # a name's cell beside garbled figures: a word in its column (王平) or a heading naming it
        ("编号　姓名　工龄\n员园员　苑园　员圆\n员园圆　王平　员缘", "编号　姓名　工龄\n101　苑园　12\n102　王平　15"),
        (
            "名次　姓名　单位　成绩\n员　苑园　北京　员园援圆源\n圆　怨园　上海　员园援猿员",
            "名次　姓名　单位　成绩\n1　苑园　北京　10.24\n2　怨园　上海　10.31",
        ),
        ("员　苑园　员园援圆源\n圆　苑远　员园援猿员", "1　苑园　10.24\n2　苑远　10.31"),
        (
            "姓名　年龄　身高\n王平　圆缘　员援苑圆\n李明　猿园　员援愿园",
            "姓名　年龄　身高\n王平　25　1.72\n李明　30　1.80",
        ),
        ("员　王源　员园援圆源\n圆　李远　员园援猿员", "1　王源　10.24\n2　李远　10.31"),
    ],
)
def test_word_and_name_cells_beside_garbled_figures(text: str, expected: str) -> None:
    assert repair(text) == expected
    # (the label is reported, not silent)
    assert any(f.edit is not None and f.edit.before in ("园员", "苑园") for f in detect(text, StageContext())) or (
        "园员" not in text and "苑园" not in text
    )


def test_a_name_column_in_a_page_garbled_by_its_marks_stays() -> None:
    table = "员　苑园　员园援圆源\n圆　苑远　员园援猿员"
    assert repair(GARBLED + table) == REPAIRED + "1　苑园　10.24\n2　苑远　10.31"
    assert repair(GARBLED + "\n" + table) == REPAIRED + "\n1　苑园　10.24\n2　苑远　10.31"


# -- a column whose other rows hold ASCII figures ---------------------------------------------------

#: Full-width digits (the figures a Founder page set full-width, which its garble turns) -> ASCII.
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _fullwidth_garbled(table: str) -> str:
    """``table`` as a garbled page shows it: its full-width figures garbled, its ASCII ones kept."""
    return "".join(founder_garble(c.translate(_FULLWIDTH_DIGITS)) if c in "０１２３４５６７８９" else c for c in table)


@pytest.mark.parametrize(
    "table",
    cases(
        "column-witness",
        # the cell's words around ASCII digits in another row of the column: 猿栋 under 5栋
        "小区　楼栋　住户\n花园小区　３栋　120户\n公园小区　5栋　８６户\n"
        "园林小区　１２栋　２４０户\n圆明园小区　８栋　１５６户",
        # ... though the lexicon reads a word across it (员工猿人: 猿人)
        "部门　员工　会员\n研发部　员工５人　会员12人\n市场部　员工8人　会员３０人\n"
        "后勤部　员工３人　会员１０７人\n办公室　员工７人　会员１３５人",
        # a column of names beside it has no ASCII sibling: its cells stay (远远 源源)
        "姓名　年龄　身高\n圆圆　18岁　172\n远远　２０岁　１８３\n源源　２２岁　１７９",
        "编号　线路\n远远　3路\n源源　４路\n圆圆　１２０路\n叶圆　１４２路",
    ),
)
def test_a_column_with_ascii_figures_reads_its_lookalike_figures(table: str) -> None:
    expected = table.translate(_FULLWIDTH_DIGITS)
    # (a table garbled in its figures alone, and the same table in a page garbled by its marks)
    assert repair(_fullwidth_garbled(table)) == expected
    assert repair(GARBLED + _fullwidth_garbled(table)) == REPAIRED + expected


@pytest.mark.parametrize(
    "table",
    cases(
        "column-witness-kept",
        # the cell is a word itself (园区 远期 缘分 beside 1区 3期 8分)
        "区域　编号\n东区　1区\n园区　2区",
        "期限　利率\n远期　3期\n1期　2.5%",
        "评分　说明\n8分　很好\n缘分　天定",
        # no words around the run: a name (圆圆), not the column's shape
        "姓名　工号\n圆圆　12\n远远　15",
        # a cell of the column's words around no look-alike run, or a single space between cells
        "类别　人数\n猿人　3人\n员工　5人",
        "按下 Ctrl+C 复制\n按下 Ctrl+V 粘贴",
    ),
)
def test_a_clean_table_with_ascii_figures_in_a_garbled_page_stays(table: str) -> None:
    assert repair(GARBLED + table) == REPAIRED + table
    assert repair(GARBLED + table + "\n" + GARBLED) == REPAIRED + table + "\n" + REPAIRED
