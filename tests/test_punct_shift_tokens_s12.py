"""punct-shift: a Latin word or a number garbled faithfully is read whole where a part of it is
repaired already (圆酝 was read 圆M: 2M; 怎遭怎灶贼怎怨 ubun贼怎9: ubuntu9; 晕圆愿园 晕280: N280): a
half-repaired token is worse for a reader than none. The look-alikes beside the repaired part
are read only where no word holds them with the hanzi beyond and a common hanzi is no word of
its own there (存在U盘, 运200吨, 5月1日, IT员): the negatives keep them."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a number before its unit's letter
        ("内存是单条圆郧的", "内存是单条2G的"),
        ("床有圆酝宽", "床有2M宽"),
        ("内存圆郧", "内存2G"),
        ("文件在圆郧内存里", "文件在2G内存里"),
        ("每月员郧流量", "每月1G流量"),
        # a model's letters before its number (a word's character beyond them stays: 选择)
        ("FEE杀毒软件遥晕圆愿园的CPU不错", "FEE杀毒软件。N280的CPU不错"),
        ("买了联想栽源圆园园的", "买了联想T4200的"),
        ("之前想选择栽源缘园A", "之前想选择T450A"),
        # between two repaired parts of a word
        ("怎遭怎灶贼怎怨援园源全兼容", "ubuntu9.04全兼容"),
        # a function's or a name's number, a cell's row
        ("Excel 函数 =粤栽粤晕圆(0;0) 返回", "Excel 函数 =ATAN2(0;0) 返回"),
        ("Excel 「耘曾责则藻泽泽蚤燥灶员, 耘曾责则藻泽泽蚤燥灶圆」", "Excel 「Expression1, Expression2」"),
        ("Excel 单元格 (粤员:悦猿)", "Excel 单元格 (A1:C3)"),
        # a word's last letter before a space
        ("郧蚤皂皂蚤糟噪泽 库", "Gimmicks 库"),
        # a code's letter after its number
        ("标牌院匀酝悦缘园员园载渊海马牌冤", "标牌：HMC5010X（海马牌）"),
    ],
)
def test_half_repaired_tokens_are_read_whole(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # Latin and digits in ASCII beside look-alikes: nothing repaired, nothing to extend
        ("存在U盘里", "存在U盘里"),
        ("员工A组", "员工A组"),
        ("圆满G20峰会", "圆满G20峰会"),
        ("源于IBM的技术", "源于IBM的技术"),
        ("IPv4 地址", "IPv4 地址"),
        # a common hanzi before a number: a word of its own (运 再 在 月)
        ("运圆园园吨货物", "运200吨货物"),
        ("再圆园园米就到", "再200米就到"),
        ("在员圆月", "在12月"),
        ("员月员日", "1月1日"),
        # a letter's look-alike before a number and its counter, or between two numbers
        ("孕员圆周时", "孕12周时"),
        ("遭员园次拒绝", "遭10次拒绝"),
        ("扎员园针", "扎10针"),
        ("灶苑源缘援缘万户", "灶745.5万户"),
        ("满员园园赠圆园元", "满100赠20元"),
        # a letter's look-alike counting after a number (three years), no code's letters before it
        ("历时员怨怨愿载", "历时1998载"),
        # 员 苑 源 after a Latin word: a member, an estate, a source
        ("招聘陨栽员和文员", "招聘IT员和文员"),
        ("住在杂韵匀韵苑小区", "住在SOHO苑小区"),
        ("配置赠怎皂源袁然后", "配置yum源，然后"),
        # a word holds the look-alike with the hanzi beyond (存在)
        ("存在哉盘里", "存在哉盘里"),
    ],
)
def test_look_alikes_beside_tokens_that_are_words_are_kept(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "存在U盘里的文件",
        "员工A组和B组",
        "圆满G20峰会",
        "源于IBM的技术",
        "远程Windows 7系统",
        "运用Excel 2007",
    ],
)
def test_clean_text_with_tokens_is_not_edited(snippet: str) -> None:
    text = f"会议指出：“要抓好落实，{snippet}。”他说，推动发展。"
    assert repair(text) == text
