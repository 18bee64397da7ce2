"""punct-shift: Latin words and letters of a manual whose look-alikes include common hanzi
(session 13): a word spelled out whole though a word of the lexicon holds two of its letters
(``Return``: 贼怎; ``OFFICE``: 云云), an echo of a word the page writes in ASCII (``DDB``: 阅月),
a variable spaced between hanzi or quoted (``每隔 n 秒``, ``用 x 的自然对数``, ``“x”``), a
word joined to a Latin one (``Full_precision``), a function key (``F9 键``) and 再 starting a
word of capitals (``=YEAR(``); while the same hanzi in prose stay (``早早造好``, ``言之凿凿``,
``免费 赠 送``, ``“则”框``, ``再CPU``). The garbled inputs are made from the clean text by
:func:`garble`, so this file holds no garbled page (the package-source test reads it).
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import repair
from tests.test_punct_shift_faithful_s13 import HELP, garble, plain

#: Latin words garbled and read on the line: a manual's page, whatever its other lines hold
LATIN_PAGE = "在 [[Calc]] 和 [[Writer]] 中，"


@pytest.mark.parametrize(
    "text",
    [
        # a word spelled out whole: a word of the lexicon holds two of its letters only
        "如果程序遇到 [[Return]] 语句之前没有「GoSub」，如下所示：",
        "至少我在[[OFFICE]]里，不会这样说英语。",
        "[[Structured]] Query Language 是一种语言。",
        "Addressbook.[[addresses]].firstname 是字段。",
        "显示为 [[Sunday]] ～ [[Saturday]]，[[kidding]]!",
        # an echo of a word the page writes in ASCII
        "[[Calc]] 中的 [[DDB]] 函数，DDB 返回折旧值。",
        "通过 ODBC、JDBC 驱动或 [[ODBC]]、[[JDBC]] 连接。",
        # a variable spaced between hanzi on a manual's page
        LATIN_PAGE + "您还可以指定每隔 [[n]] 秒更新一次。",
        LATIN_PAGE + "文档将由用户 [[A]] 以读和写入权限打开。",
        LATIN_PAGE + "用 [[x]] 的自然对数除以 n 的自然对数，x 为正数。",
        # a common hanzi's variable in quotation marks, the page writing it alone in ASCII
        LATIN_PAGE + "请将变量“[[x]]”的值设置为“0”，x 是数字。",
        # a word joined to a Latin word by _ or -
        "「[[Full]]_[[precision]]」是可选的。",
        "通过网络(包括 [[Wi]]-Fi)进行连接。",
        # a function key
        "请按 [[F9]] 键。",
        "[[F7]] 键\n拼写检查",
        # 再 starting a word of capitals
        "「=[[YEAR]](2)」返回 1900。",
        "[[OLIVE]] (黄绿)\n[[YELLOW]] (黄色)",
    ],
)
def test_latin_words_and_letters_of_a_manual_are_read(text: str) -> None:
    assert repair(garble(HELP.format(text))) == HELP.format(plain(text))


@pytest.mark.parametrize(
    "text",
    [
        # prose's runs of letters' look-alikes: common hanzi, or words of two
        "他们在云再造了一座新城，早早造好的新船停在港口。",
        "赠阅杂志遭灾，早在月初就停刊了。",
        "本月再运一批救灾物资，上月早造水稻喜获丰收。",
        # a joined run beside a hanzi is a word's
        "您可以将函数编写为早早-ins。",
        # a word that crosses the echo's edge
        "内存是 DDR2，证据言之凿凿则无需多言。",
        # a review spaces its words
        LATIN_PAGE + "免费 赠 送一本书。",
        # 曾 'once' spaced, with no Latin letters read on the page
        "他 曾 以 x 为题写过文章。",
        # a common hanzi quoted: no variable the page writes alone, or the character itself
        LATIN_PAGE + "点击“则”框，再点击“云”平台，x 是数字。",
        LATIN_PAGE + "他用一个“曾”字概括，x 是数字。",
        # 再 'again' before a word of capitals in prose
        "先检查内存，再[[CPU]]。",
        "先装系统，再[[USB]]接口。",
    ],
)
def test_the_same_hanzi_in_prose_stay(text: str) -> None:
    assert repair(garble(HELP.format(text))) == HELP.format(plain(text))
