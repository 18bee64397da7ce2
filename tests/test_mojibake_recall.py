"""Stage mojibake: exact round trips of rarer characters repaired on lexicon evidence; chance
round trips of clean simplified and traditional text left alone."""

from __future__ import annotations

import random

import pytest

from bench.accuracy_mojibake import unrecoverable
from cleaner.stages import mojibake
from tests.test_mojibake import CTX, repaired, sentences


def gbk(text: str) -> str:
    return text.encode("utf-8").decode("gb18030")


def big5(text: str) -> str:
    return text.encode("utf-8").decode("cp950")


def mojibake_edits(text: str) -> list[tuple[str, str]]:
    return [(f.edit.before, f.edit.after) for f in mojibake.detect(text, CTX) if f.edit and f.rule == "mojibake"]


# -- runs of four or more characters with GB2312 level-2 or rarer characters ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "醍醐灌顶",
        "濡养铁制",
        "比降无垠",
        "兖卢照邻",
        "额敏县嘈",
        "骈体数据表崰",
        "帉东星湯形意",
        "骈俪丹尼",
        "顾家鲷鱼",
    ],
)
def test_long_runs_with_rarer_characters_are_repaired(text: str) -> None:
    assert repaired(gbk(text)) == text
    assert repaired(f"标题：{gbk(text)}。") == f"标题：{text}。"


def test_long_big5_run_with_rarer_characters_is_repaired() -> None:
    assert big5("顾家鲷鱼") == "憿曉振斢琿掉"
    assert repaired("憿曉振斢琿掉") == "顾家鲷鱼"


# -- two-character words ----------------------------------------------------------------------
@pytest.mark.parametrize("word", ["鲷鱼", "氙气", "濑户", "槟榔", "辔头", "皱褶", "基泽", "绿浪"])
def test_two_character_words_read_as_gbk_are_repaired(word: str) -> None:
    assert repaired(gbk(word)) == word


@pytest.mark.parametrize("word", ["好学", "绿浪", "鲷鱼", "忧容"])
def test_two_character_words_read_as_big5_are_repaired(word: str) -> None:
    assert repaired(big5(word)) == word


def test_two_characters_forming_no_word_are_left_alone() -> None:
    # '镉鬘' (cadmium + hair-knot) is no word: its mojibake is valid UTF-8 and nothing more,
    # which chance round trips of clean text are several times per megabyte.
    assert gbk("镉鬘") == "闀夐瑯"
    assert mojibake_edits("闀夐瑯") == []
    assert unrecoverable("镉鬘", "闀夐瑯") == "no word"
    assert unrecoverable("醍醐灌顶", gbk("醍醐灌顶")) is None


# -- chance round trips of clean text -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "chance"),
    [
        ("金輪閿氣憤憤", "锚⑍"),  # traditional: re-encoded as GBK, '閿氣憤' is the UTF-8 of '锚⑍'
        ("榛樹總是", "默係"),  # traditional
        ("鍕捐棄了", "勾藉"),  # traditional
        ("璇存不", "说治"),  # rare characters; '说治' is no word
        ("浠诲，", "任壬"),
    ],
)
def test_chance_round_trips_of_clean_text_are_not_repaired(text: str, chance: str) -> None:
    assert chance in text.encode("gb18030").decode("utf-8", errors="replace")  # a real candidate
    assert mojibake_edits(text) == []


def traditional_megabyte() -> str:
    opencc = pytest.importorskip("opencc")
    pool = sentences()
    rng = random.Random(11)
    out: list[str] = []
    size = 0
    while size < 1_000_000:
        out.append(rng.choice(pool))
        size += len(out[-1].encode("utf-8"))
    return opencc.OpenCC("s2t").convert("".join(out))


def test_a_megabyte_of_traditional_text_gets_no_mojibake_edits() -> None:
    text = traditional_megabyte()
    assert len(text.encode("utf-8")) >= 1_000_000
    assert mojibake_edits(text) == []


@pytest.mark.slow
def test_random_dictionary_words_in_traditional_characters_get_no_mojibake_edits() -> None:
    """The rarest clean text the stage sees, in both scripts: ~2 MB each."""
    opencc = pytest.importorskip("opencc")
    from cleaner.lexicon import word_frequencies

    words = sorted(word_frequencies())
    rng = random.Random(1001)
    text = "".join(rng.choice(words) + ("，" if rng.random() < 0.1 else "") for _ in range(300_000))
    assert mojibake_edits(text) == []
    assert mojibake_edits(opencc.OpenCC("s2t").convert(text)) == []
