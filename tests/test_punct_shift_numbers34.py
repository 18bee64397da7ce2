"""A 员 or 园 word before a full-width garbled number (session 31's numbers classes): the word's
last look-alike is no digit of a date, a range or a generation after it, and the numbers
themselves still repair. Pages are stated clean and garbled by founder_garble."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import founder_garble
from tests.test_punct_shift_dates33 import _check


@pytest.mark.parametrize(
    "clean",
    [
        # A month's first look-alike that ends a word of three with the hanzi before it is the
        # word's, as it is a word of two's (人员1月8日), where that word is at least as frequent
        # as the one it makes longer: 公务员 1月2日 (公务员 1382, 公务 839), no 公务 11月
        "公务员1月2日起调薪",
        "公司有公务员1月2日到岗",
        "记者从市公务员局获悉，公务员1月1日起加薪",
        "乘务员1月5日起",
        "乘务员2月29日",
        "服务员3月5日上岗",
        "运动员2月3日报到",
        # ... but not where the shorter word is the commoner (服务 13036, 服务员 321): both are
        # prose, and the month of two is as likely as the agent
        "开展志愿服务12月5日在京举行",
        "加强监督12月1日起",
        "发布信息11月3日",
        "规范管理11月1日起施行",
        "国际观察11月5日",
        "人民调解11月5日",
        "优质服务11月1日起实行",
        "加强宣传12月10日",
        "联络12月5日",
        "国务院研究12月5日",
        # ... nor where the month of one digit has no such day (2月31日)
        "做好统计12月31日",
        "统计12月28日",
        "公务12月30日",
        # ... while a date after a word that ends in no look-alike, or after its year, is whole
        "中国游泳队部分人员1月8日经悉尼转机前往珀斯",
        "截至11月12日",
        "2018年11月12日",
        "公务员10月1日",
        "公务1月5日",
    ],
)
def test_agent_word_of_three_before_a_date(clean: str) -> None:
    _check(clean)


@pytest.mark.parametrize(
    ("clean", "expected"),
    [
        # (the commoner shorter word keeps the month where the agent was meant: a known gap)
        ("研究员1月3日到任", "研究11月3日到任"),
        ("统计员2月28日", "统计12月28日"),
        # (and 公务员 keeps the look-alike where 公务 was meant)
        ("我国公务11月1日起", "我国公务员1月1日起"),
    ],
)
def test_agent_word_of_three_before_a_date_gaps(clean: str, expected: str) -> None:
    _check(clean, expected)


@pytest.mark.parametrize(
    "clean",
    [
        # No range starts at 0 either (01至9月): 园 ending a park's name before a range is the
        # name's, as before a lone number (工业园1月)
        "工业园1至9月实现产值",
        "动物园3至5月闭园",
        "幼儿园3至6岁儿童",
        "幼儿园3到6岁",
        "校园1至3年级",
        "公园3至5个",
        # ... and a 园 of its own starts a number as much as the 园 after it: 幼儿园 0至3岁,
        # 公园 08号, no 幼儿 00 or 公 008
        "幼儿园0至3岁",
        "动物园0至3岁儿童免票",
        "公园0到5岁免费",
        "公园08号",
        "工业园01至09号地块",
        # ... and after any word's look-alike: a range goes up from its own first number, not
        # from the word's (会员 0至3岁, no 会 10至3岁; 人员 3至5月, where 猿 alone is a word too)
        "会员0至3岁",
        "会员0～3岁",
        "党员0到6岁的子女",
        "人员3至5月",
        "工作人员8至10月",
        # ... but where the two rise to the range's end, they are its first number, the word's
        # look-alike no longer before it (入党 10至15年, 建党 10至20周年)
        "入党10至15年",
        "入党10～15年",
        "建党10至20周年",
        # ... and so where the range is of months, which start at 1: 运动 10至3月 (October to
        # March), no 运动员 0至3月; a count of months may start at 0 (运动员 0至3个月)
        "运动10至3月",
        "冬运会10至3月举行",
        "运动员0至3个月",
        # (a word's look-alike that no range follows stays the word)
        "成员远到5个",
        "离会员远至5公里",
        # ... while a range of two digits, or one after a mark, its year or a word ending in no
        # look-alike, is read whole
        "科技园1至10月",
        "公园5至10月开放",
        "工业园10至12月",
        "2018年01至09月",
        "时间：01至09月",
        "去年9至11月的外访",
        "1997年1至10月，广东全省",
        "来源：1至9月",
        "全市1至9月",
        "员工12人",
        "幼儿园的3位老师",
        "来源：2019年",
    ],
)
def test_park_word_before_a_range(clean: str) -> None:
    _check(clean)


def test_range_from_zero_to_ten_or_more_after_a_word_is_a_gap() -> None:
    # A range from 0 after a word's look-alike that ends at 10 or more rises from the two as
    # much as from 0 (党 10至18岁, 入党 10至15年): read from the two, the word broken (a known gap)
    _check("党员0至18岁的子女", "党10至18岁的子女")


@pytest.mark.parametrize(
    ("clean", "expected"),
    [
        # A generation is two digits before 后 (00后 90后): a 员 ending a word before 园园后 is
        # the word's, though no number starts with 0 (党员园园周年 is 党100周年)
        ("我们有会员00后", None),
        ("会员00后占比较高", None),
        ("会员90后占比较高", None),
        ("党员80后", None),
        ("队员00后居多", None),
        ("公园00后", None),
        ("作为80后，总是被感动", None),
        ("好像我们80后都是", None),
        # ... and 100 stays whole before what a generation never stands before, or after a word
        # ending in no look-alike
        ("建党100周年", None),
        ("全体党员100周年", None),
        ("党员100人", None),
        ("人员100后", None),
        ("我们100后", None),
        # (a generation that is no round number is not read after a word yet, but no longer a
        # number of three: 学员 05后 is no 学 105后; left as the page has it)
        ("学员05后", "学员" + founder_garble("05") + "后"),
    ],
)
def test_member_word_before_a_generation(clean: str, expected: str | None) -> None:
    _check(clean, expected)


@pytest.mark.parametrize(
    "clean",
    [
        # 愿 'may' after who wishes, as where a clause starts (愿2020年风调雨顺): a year has four
        # digits, and no count of years follows a pronoun (我82020年)
        "我愿2020年好运",
        "我们都愿2020年好运",
        "大家都愿2020年好运",
        "他也愿2019年顺利",
        # ... while after a verb or an adverb alone, or before 年前, the five are a count
        "已有82000年历史",
        "都82000年了",
        "我们82000年前",
        "我们都82000年前就有人类",
        # ... and after a pronoun's hanzi that closes a longer word, no subject (其他 吉他 自我)
        "其他82000年",
        "吉他82020年",
        "自我82000年",
        "迷你82000年",
        "其他愿意",
    ],
)
def test_wish_after_its_subject_before_a_full_width_year(clean: str) -> None:
    _check(clean)
