"""cjk-space on real informal text (ChnSentiCorp reviews): spaces that separate clauses, fields,
list items and numbers stay; spaces inside words that win the segmentation go."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import clean, lexicon
from cleaner.stages import cjk_space
from cleaner.stages.base import StageContext

ROOT = Path(__file__).resolve().parent.parent


def edits(text: str) -> list[tuple[str, str, float]]:
    """(rule, text around the space, confidence) of each suggested removal."""
    return [
        (f.rule, text[f.span.start - 2 : f.span.end + 2], f.edit.confidence)
        for f in cjk_space.detect(text, StageContext())
        if f.edit
    ]


@pytest.mark.parametrize(
    "text",
    [
        "花了3999元。内存条是DDR2 667的",
        "花了3999元，住在1607 1107两间",
        "花了3999元。我装的是win7 32位系统",
        "性价比不错，3DMark 06 5022",
        "房间是12层的，号码是 # 271 153 317 记得",
        "花了3999元。配置也不低 4000下的最好选择了",
        "花了3999元，订单号：4491950 金额应该是129元",
        "有416 然后又换了1216 反正",
        "花了30元。平时上上网用 5.1便宜了",
        "补充点评 2008年6月18日：总算收到发票了，花了30元",
        "优点：1 完美屏 2 外观也不错 3 接口丰富 4 奥特兰星效果不错，花了3999元",
        "缺点：塑料感挺强  3电池续航不理想  4 驱动是vista的，装了2次",
    ],
)
def test_numbers_keep_separating_spaces(text: str) -> None:
    assert clean(text).text == text


def test_a_number_typeset_with_spaces_on_both_sides_is_joined() -> None:
    text = (
        "内蒙古边检总站打造 44 个正规化试点成果展示集群，选派242名民警跨区支援，"
        "组织开展各类送教活动50余次，2022年全区警情下降24.3%。"
    )
    assert clean(text).text == text.replace(" 44 ", "44")


def test_a_line_spaced_throughout_keeps_its_style() -> None:
    text = "全年 共有 12 个 项目 完成，投入 300 万元。"
    assert all(rule != cjk_space.RULE_DIGIT or conf < 0.8 for rule, _, conf in edits(text))


@pytest.mark.parametrize(
    "text",
    [
        "键盘不是很好 上下左右键有点歪 还有就是VISTA 需要适应很累 要好好研究",
        "外观漂亮 磨砂键盘手感舒服 配置也不差外观漂亮 磨砂键盘手感舒服 配置也不差",
        "花了3999元。屏幕看的很不舒服 装XP有点麻烦",
        "花了3999元。这本书还是不错的 质量也可以  内容很精彩",
        "买了3本。亲情 爱情 友情。。书里的每一个字",
        "终于收到了 速度倒是很快 感觉质量还可以 就是图片少",
        "评论还多好了 就买来看看  看了文章后真的让人有些失望",
    ],
)
def test_clause_spaces_and_spurious_words_stay(text: str) -> None:
    assert clean(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("酒店位置不错，不含早 餐的房价显得有点高。", "酒店位置不错，不含早餐的房价显得有点高。"),
        ("交通方便，酒店周 围环境不怎么样。", "交通方便，酒店周围环境不怎么样。"),
        ("机械制图作  者：徐玉华，主编出 版社：人民邮电出版社。", "机械制图作者：徐玉华，主编出版社：人民邮电出版社。"),
        ("服务员说，我把烟缸拿 走就行了。", "服务员说，我把烟缸拿走就行了。"),
        ("看 起来不 错，第 一次买。", "看起来不错，第一次买。"),
    ],
)
def test_words_split_by_a_space_are_joined(text: str, expected: str) -> None:
    assert clean(text).text == expected


def test_a_word_across_must_win_the_segmentation() -> None:
    # 以内 and 服装 are words, but 可以|内容 and 不舒服|装 read better split where the space is.
    assert lexicon.crossing_gain("质量也可以", "内容很精彩") <= cjk_space.WORD_WIN_MARGIN
    assert lexicon.crossing_gain("看的很不舒服", "装") <= cjk_space.WORD_WIN_MARGIN
    assert lexicon.crossing_gain("亲情", "爱情友情") <= cjk_space.WORD_WIN_MARGIN
    assert lexicon.crossing_gain("酒店周", "围环境不怎") > cjk_space.WORD_WIN_MARGIN


def test_spaces_at_an_interval_need_split_words_in_the_document() -> None:
    # Spaces every 8-9 hanzi, as column joins leave them, but none inside a word: a writer's commas.
    line = "今天的天气真是很不错 我们一起去公园里玩 然后去吃了一顿饭 回家以后就睡觉了 第二天又去上班了"
    assert clean(line).text == line


def test_a_number_after_chinese_punctuation_still_joins() -> None:
    text = "现在周末酒店搞活动， 500多的价格还送了两个早餐。"
    assert clean(text).text == text.replace("， ", "，")


_HAN = st.sampled_from("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会")
_SPACES = st.sampled_from([" ", "  "])
_NUM = st.integers(min_value=0, max_value=99999).map(str)
_LATIN = st.sampled_from(["DDR2", "win7", "XP", "3DMark", "G20", "i5"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_HAN, _NUM, _LATIN), min_size=2, max_size=8), st.data())
def test_no_space_between_two_numbers_or_tokens_is_removed(parts: list[str], data: st.DataObject) -> None:
    """Never a space with an ASCII letter or digit on both sides (it would merge two numbers)."""
    text = "花了3999元，"
    for part in parts:
        if text[-1].isascii() and text[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            text += data.draw(_SPACES)
        text += part
    for finding in cjk_space.detect(text, StageContext()):
        start, end = finding.span.start, finding.span.end
        both = text[start - 1].isascii() and text[start - 1].isalnum() and text[end].isascii() and text[end].isalnum()
        assert not both, text


def test_text_segmented_into_words_keeps_its_spaces_and_says_so() -> None:
    segmented = "市长 在 会 上 指出 ， 去年 全 市 经济 保持 平稳 增长 ， 城乡 居民 收入 稳步 提高 。\n" * 3
    assert cjk_space._segmented_into_words(segmented)
    findings = cjk_space.detect(segmented, StageContext())
    assert [f.edit for f in findings] == [None] and "segmented into words" in findings[0].message
    # OCR's spaces: between single characters, or few in a page (seed 000), are no segmentation.
    assert not cjk_space._segmented_into_words("二 连 浩 特 边 防 检 查 站 全 力 以 赴 确 保 口 岸 通 关 顺 畅 。" * 3)
    seed = ROOT / "fixtures/seeds/000-columns-interleaved.in.txt"
    assert not cjk_space._segmented_into_words(seed.read_text(encoding="utf-8"))


@given(st.text(alphabet=" \t\u00a0中文ab1，", max_size=40))
def test_positions_count_the_non_space_characters_before_each_index(line: str) -> None:
    """The column grid reads where each space falls among the line's visible characters:
    counted once per line (a count per space made a long character-spaced line quadratic)."""
    positions = cjk_space._positions(line)
    assert len(positions) == len(line) + 1
    for index in range(len(line) + 1):
        assert positions[index] == len(re.sub("[ \t\u00a0]+", "", line[:index]))
