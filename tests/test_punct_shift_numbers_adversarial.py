"""punct-shift's number rules on real words in the constructs they read (adversarial
negatives), and the number formats of a Founder page that they must still repair."""

from __future__ import annotations

from typing import Final

import pytest

from tests.test_punct_shift import REPAIRED, garbled_rows, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a figure's credit and an informant are no numbered figure or clue (图源, 线索员)
        ("渊图源院新华社冤", "（图源：新华社）"),
        ("图源院本报资料图片", "图源：本报资料图片"),
        ("线索员院张先生提供的线索非常重要", "线索员：张先生提供的线索非常重要"),
        # 圆点, a polka dot, before a noun is no hour of the day
        ("下午圆点图案的裙子卖得最好", "下午圆点图案的裙子卖得最好"),
        ("晚上圆点灯笼挂满了整条街", "晚上圆点灯笼挂满了整条街"),
        # the interpunct parts a word's characters (远近), no item's number
        ("各组院远窑近距离射击训练同时进行", "各组：远·近距离射击训练同时进行"),
        # no item's number opens inside an opened mark
        ("两国之间的历史渊源（渊源）可以追溯到唐代", "两国之间的历史渊源（渊源）可以追溯到唐代"),
    ],
)
def test_real_words_in_number_constructs_stay(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a series of tables or clues, a figure referred to in parentheses, 见表
        ("线索员院前些时候遥线索圆院据悉", "线索1：前些时候。线索2：据悉"),
        ("矿区被挖得千疮百孔渊图猿冤", "矿区被挖得千疮百孔（图3）"),
        ("渊数据见表猿冤", "（数据见表3）"),
        # hours of the day, 圆点 among them before a time's follower or a predicate
        ("下午圆点进行", "下午2点进行"),
        ("下午圆点半开始", "下午2点半开始"),
        ("决赛于晚上远点进行", "决赛于晚上6点进行"),
        ("不到源点钟就起床", "不到4点钟就起床"),
        # an item's number after a mark
        ("措施有院员窑加强领导", "措施有：1·加强领导"),
    ],
)
def test_number_patterns_still_read(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a score though its first digit ends a word (成员)
        ("上半场双方战成员颐员平", "上半场双方战成1∶1平"),
        ("比分为员缘颐愿", "比分为15∶8"),
        # － (原) between two numbers of two or more digits: a telephone number, a range of years
        ("咨询电话院园员园原远缘园怨圆员源园", "咨询电话：010－65092140"),
        ("该项目于员怨怨远原员怨怨愿年分三期实施", "该项目于1996－1998年分三期实施"),
        # 原 before a number and after none is 'former': it stays
        ("比原圆园人增加了", "比原20人增加了"),
    ],
)
def test_number_formats_read(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "全体成员颐养天年",  # 颐养 before no number
        "这座公园颐和园一样有名",
        "原员工原园区",  # 原, former, before a number-like word
        "人员员园原员工",
    ],
)
def test_ratio_and_minus_lookalikes_in_words_stay(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


# 近缘 (a close relative, biology) and 圆月 before 份外 (the full moon, especially bright) are words.
@pytest.mark.parametrize("snippet", ["这些物种是近缘家族", "今晚的圆月份外明亮"])
def test_real_words_near_the_number_patterns_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


# 原 between two prices may be 'formerly' (现价68，原价128): a doubt, not the hyphen.
@pytest.mark.parametrize("snippet", ["特价68原128元", "现价168原298元"])
def test_formerly_between_two_prices_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # ℃ and ％ stand after a number only: a lone digit's look-alike before one read is the
        # number though it ends a word with the hanzi before (天缘, 有缘)
        ("今天缘益袁明天愿益", "今天5℃，明天8℃"),
        ("利润增长了缘豫", "利润增长了5%"),
        # ... and where the number stays its hanzi, so does the sign (no 缘℃ half repaired)
        ("香远益清", "香远益清"),
        ("他们有缘益处很多", "他们有缘益处很多"),
        ("大家说有缘益", "大家说有缘益"),
    ],
)
def test_a_number_and_its_sign_are_read_whole(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 远月 'the far month' of futures, on a page that says 近月 (the near month) before the
        # same word
        ("近月合约下跌袁远月合约上涨", "近月合约下跌，远月合约上涨"),
        # ... but a date there, and 远月 elsewhere (a month: June), stay numbers
        ("近月合约下跌遥远月员日袁市场平稳", "近月合约下跌。6月1日，市场平稳"),
        ("今年远月合约上涨", "今年6月合约上涨"),
        # ... nor beside 近月 of another word (近月来 'in recent months')
        ("近月来物价上涨袁远月份更快", "近月来物价上涨，6月份更快"),
    ],
)
def test_the_far_month_beside_the_near_one(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


#: A page that speaks of a temperature (a ℃ read), before the sentence under test.
COLD: Final = "今日气温骤降袁最低气温零下缘益遥"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 豫 and 益 start words (豫章 豫菜 益阳 益智): where the sign's look-alike is not read as
        # ℃ or ％, the word before it (来源 会员) keeps the look-alike it ends
        ("稿件来源豫章晚报", "稿件来源豫章晚报"),
        ("欢迎各位会员豫菜馆聚餐", "欢迎各位会员豫菜馆聚餐"),
        ("信息来源益阳日报", "信息来源益阳日报"),
        ("这款会员益智游戏很好玩", "这款会员益智游戏很好玩"),
        ("本次活动的全体志愿豫籍人士参加", "本次活动的全体志愿豫籍人士参加"),
        ("文章来源于文苑益友栏目", "文章来源于文苑益友栏目"),
        # ... and where it is read, the number before it is (今天5℃)
        ("今天缘益袁明天愿益", "今天5℃，明天8℃"),
        ("零下缘益", "零下5℃"),
    ],
)
@pytest.mark.parametrize("lead", ["", COLD])
def test_a_number_stands_by_its_sign_only_where_the_sign_is_read(lead: str, snippet: str, expected: str) -> None:
    cold = "今日气温骤降，最低气温零下5℃。" if lead else ""
    assert repair(garbled(lead + snippet)) == REPAIRED.format(cold + expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # notes numbered on from another number than 1 under a glossary's heading: the text
        # before glosses no such heads (or writes them as numbers only), so they are numbers
        *garbled_rows("解释：\n3：这个步骤需要管理员权限。\n4：重启后生效。"),
        *garbled_rows("第3步要小心。\n解释：\n3：这个步骤需要管理员权限。\n4：重启后生效。"),
        *garbled_rows("名词解释：\n2：第二项。\n3：第三项。"),
        # ... and a glossary's lines ended by \r\n are its lines all the same
        *garbled_rows("缘溪行，忘路之远近。\r\n注释：\r\n缘：沿着。\r\n远：远近。\r\n"),
    ],
)
def test_notes_numbered_from_another_number_under_a_gloss_heading(text: str, expected: str) -> None:
    lead = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶\n"
    assert repair(lead + text) == "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”\n" + expected
