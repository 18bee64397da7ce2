"""punct-shift: a block garbled in its Latin words alone (session 25, latin27).

A Founder page of a manual, a list of references or a man page sets English words and
sentences full-width, and the +0x31 shift turns them into hanzi of rows D4-D5 (``Ｒｅｐｏｒｔ``
-> 砸藻责燥则贼); such a block holds few Chinese marks to garble, so its marks show nothing. A run of
three letter look-alikes or more set apart as a word is (spaces, ASCII punctuation or a line's
edge on both sides) and spelled as one (Report, GIMP, wikipedia) stands where no Chinese word
does: three of them make the block garbled, and its Latin words are read. Text that quotes the
garble (real Chinese marks, or many ASCII words for each garbled one) and Chinese words set
apart by spaces (负责 来源 员工 则是) stay. The inputs are made from clean text by
test_punct_shift_latin.garble (``[[…]]`` set full-width), so this file holds no garbled page.
"""

from __future__ import annotations

import re

import pytest

from cleaner.stages.punct_shift.faithful import _latin_word_beside
from tests.test_punct_shift import cases, repair
from tests.test_punct_shift_latin import HELP, _code_of, garble, plain

#: Blocks garbled in their Latin words: read whole.
READ = [
    *cases(
        "keys",
        # a keyboard reference: English menu items beside their Chinese names
        "Ctrl + O\n打开图像\nCtrl + Alt + O\n[[Open]] [[image]] as [[layers]]\n[[Report]] [[a]] bug [[in]] [[GIMP]]",
        "Ctrl + N\n新建图像\nShift + Ctrl + V\n[[Create]] From [[Clipboard]]\n[[Fill]] [[with]] Pattern",
    ),
    *cases(
        "references",
        # a list of references: names in brackets, URLs, titles
        "[WKPD-[[ALPHA]]] 维基百科(英文) - [[Alpha]] channel (透明度通道).\n"
        "[[https]]://en.[[wikipedia]].org/wiki/Alpha_channel",
        "[WKPD-[[DEFLATE]]] 维基百科(英文) - Deflate.\nhttps://[[www]].[[wikipedia]].org/wiki/deflate",
    ),
    *cases(
        "man-page",
        # a man page's synopsis and its English arguments
        "[[memory]] info\nmemory trace [on|[[off]]]\n[[memory]] validate [on|off]",
        "[[The]] [[filename]] of [[the]] caller of Tcl_ValidateAllMemory.\nint line in",
        "char *[[file]] in\nTcl_[[InitMemory]] (interp)\n[[void]] ckfree (char *ptr)",
    ),
]


@pytest.mark.parametrize("text", READ)
def test_a_block_garbled_in_its_latin_words_is_read(text: str) -> None:
    assert repair(garble(text)) == plain(text)


#: A block garbled in its Latin words, nothing read in it else, is read as a garbled block: its
#: marks and numbers too, and its real words (医院 要求 员工 公园, the surname 袁) stay.
WHOLE = [
    *cases(
        "marks-and-numbers",
        "[[Acquire]]，[[Create]]\n[[Report]] [[a]] bug [[in]] [[GIMP]]\n第 [[5]] 章 [[Getting]] Images",
        "[[Dodging]] (躲避，即减少曝光)。\n[[https]]://en.[[wikipedia]].org/wiki/Dodging",
        "[[Apod]] 每日天文图片 - 土星：指环王([[2002]] 年 2 月)。\n[[https]]://[[apod]].nasa.gov/apod",
    ),
    *cases(
        "names-of-two",
        # names of two look-alikes set apart among Chinese words: no Latin word beside them
        "[[Report]] [[a]] [[bug]] [[in]] [[GIMP]]\n翻译 曾泽 云泽 审校 [[Translators]]：曾泽",
    ),
    *cases(
        "real-words",
        "[[Report]] [[the]] [[bug]]\n他在医院要求员工袁建国去公园。",
        "[[Open]] [[image]] [[as]] [[layers]]\n视野开阔的学院，要求遥远的员工参加。",
    ),
]


@pytest.mark.parametrize("text", WHOLE)
def test_a_block_garbled_in_its_latin_words_is_read_whole(text: str) -> None:
    assert repair(garble(text)) == plain(text)


#: Chinese words of the look-alikes set apart by spaces (a poem's halves, a list, a table's
#: cells): clean they stay, and on a garbled page (its marks garbled) none is read as letters.
CHINESE_APART = [
    "负责 来源 员工 责任 则是 灶台 造船 皂角\n早早 月月 再造 运载 云云",
    "早造 早晚\n月再圆 云在\n葬礼 遭遇 糟糕 凿子",
    "他负责 造船 和 员工 责任，则是 源头。",
    # a roster of names all of look-alikes (曾 is a surname, 泽 增 则 凿 common in given names)
    "获奖名单\n曾泽增 曾泽则 曾凿澡 曾赠泽\n以上同学",
]


@pytest.mark.parametrize("text", CHINESE_APART)
def test_chinese_words_set_apart_stay(text: str) -> None:
    assert repair(text) == text
    assert not re.search("[A-Za-z]", repair(garble(text)))


#: Text quoting the garble: many ASCII words for each garbled one, or its own real marks.
QUOTING = [
    "The shift turns Report into [[Report]] and the name GIMP into [[GIMP]] on pages\n"
    "that a Founder typesetter sets, which readers see in many extracted manuals today.",
    "例如，“[[Report]]”变成了乱码，“[[GIMP]]”也是，这是引用。",
    "( [[Report]] [[a]] [[bug]] [[in]] [[GIMP]] )，(要求院长批准，袁先生在医院。)",
]


@pytest.mark.parametrize("text", QUOTING)
def test_text_quoting_the_garble_stays(text: str) -> None:
    quoted = re.sub(r"\[\[(.+?)\]\]", lambda m: "".join(_code_of(c) for c in m.group(1)), text)
    assert repair(quoted) == quoted


#: A digit's look-alike set apart after a Latin word set full-width is that word's noun, as after
#: one in ASCII (RSS 源: the source); after a hanzi it is still a number set apart.
LONE_DIGIT = [
    *cases(
        "after-latin",
        "不要使用 [[experimental]] 源，除非你需要更新。",
        "加入 [[RSS]] 源，即可订阅。",
    ),
    *cases("after-hanzi", "该函数返回 [[4]]。"),
]


@pytest.mark.parametrize("text", LONE_DIGIT)
def test_a_lone_digit_after_a_latin_word(text: str) -> None:
    assert repair(garble(HELP.format(text))) == HELP.format(plain(text))


#: A review's pages (s25): real words beside a block's Latin words stay. Chinese words set apart
#: in word-segmented prose (运载 再造 云云 早早 再则), names of two look-alikes (曾泽 云泽), and
#: the single 则 'then' between single letters or ASCII terms (若 p 则 q, Enter 则 OK) or in
#: prose spaced by characters (在 早 年 再 造 月): no Latin word, though the block holds some.
KEPT_BESIDE_LATIN = [
    *cases(
        "segmented",
        "[[The]] [[rocket]] [[launcher]] 是 一种 运载 工具 ， 用于 再造 系统 。",
        "会议指出：“要抓好落实。”\n[[The]] [[rocket]] [[launcher]] 是 一种 运载 工具 ， 用于 再造 系统 。",
        "[[Save]] [[the]] [[image]] [[as]] 早早 保存",
        "[[Quick]] [[Mask]] [[mode]] ( 云云 )",
        "[[Filters]] [[Distorts]] [[Ripple]], 云云.",
        "[[Sets]] [[the]] [[default]] [[group]] 云云 。",
        "[[Undo]] [[History]] [[dialog]] 再则 可以撤销",
        "[[Layer]] [[Mode]] [[menu]] (再造) [[option]]",
        "[[Save]] [[As]] [[dialog]] 运载/再造 [[options]]",
        "[[Export]] [[As]] [[dialog]] -早早- [[export]]",
    ),
    *cases(
        "names",
        "[[GIMP]] [[User]] [[Manual]]\n翻译： 曾泽",
        "[[Authors]] [[and]] [[translators]]\n曾泽 云泽 曾增 袁林",
        "[[GIMP]] [[User]] [[Manual]] 翻译 曾泽 校对 袁林",
        # between English words: no English word of two letters is xs or Fs (the s25 review)
        "[[GNU]] [[Image]] [[Manipulation]] [[Program]]\n[[Translated]] [[by]] 曾泽",
        "[[Special]] [[thanks]] [[to]] 曾泽 [[and]] 云泽 [[for]] [[their]] [[help]]",
        "[[Please]] [[contact]] 曾泽 [[for]] [[the]] [[translation]]",
    ),
    *cases(
        "then",
        "[[The]] [[option]] [[sets]] [[the]] [[limit]]: 若 n 则 m 等于零",
        "若 p 则 q，[[Modus]] [[ponens]] [[rule]]，医院 [[and]] [[school]]",
        "[[Open]] [[the]] [[dialog]] [[and]] [[press]] Enter 则 OK 生效",
        "[[GNU]] [[tar]] [[manual]]\n他 曾 在 早 年 再 造 月 宫 。",
    ),
    *cases(
        "spaced-digits",
        # Chinese spaced word by word or character by character: a digit's look-alike between
        # hanzi is that hanzi (员工 远在, 源远流长), though the block's Latin words are read
        "[[GNU]] [[General]] [[Public]] [[License]] 的 来源 是 自由 软件 基金会 ， 员工 远 在 美国 。",
        "[[GNU]] [[General]] [[Public]] [[License]]\n源 远 流 长 ， 圆 满 完 成 。",
        "[[Undo]] [[History]] [[Dialog]]\n则 源 责 藻 员 贼 灶 造 皂 蚤 糟 怎 葬 憎",
    ),
    # a number set apart beside Latin words is read
    *cases(
        "numbers", "[[See]] [[Chapter]] [[4]] [[for]] [[details]]", "[[Linux]] [[kernel]] [[version]] [[4]] [[release]]"
    ),
    # single letters between Latin words set full-width are read
    *cases("letters", "[[Press]] [[Y]] [[Tab]] [[key]] [[B]] [[twice]]"),
    # and the English words of two letters, and capitals (an abbreviation)
    *cases(
        "two-letters",
        "[[Report]] [[the]] [[bug]] [[to]] [[us]] [[by]] [[mail]]",
        "[[Enter]] [[the]] [[user]] [[ID]] [[below]]",
    ),
]


@pytest.mark.parametrize("text", KEPT_BESIDE_LATIN)
def test_real_words_beside_latin_words_stay(text: str) -> None:
    assert repair(garble(text)) == plain(text)


#: A CRLF text's blank line (``\r``) ends a block as an LF text's does: a clean paragraph before
#: a block garbled in its Latin words is not read with it.
CRLF = [
    "袁野 要求 医院 叶子 公园 员工 源 远 流 长\r\n\r\n[[Report]] [[a]] [[bug]] [[in]] [[GIMP]]\r\n",
    "这 是 一种 运载 工具 用于 再造 系统\r\n\r\n[[Report]] [[a]] [[bug]] [[in]] [[GIMP]]\r\n",
]


@pytest.mark.parametrize("text", CRLF)
def test_a_crlf_blank_line_ends_a_block(text: str) -> None:
    assert repair(garble(text)) == plain(text)


#: Abbreviations ending in r that open a sentence (Ptr Str usr ctr) are read whole, as main
#: reads them: 则 there is their r, not 'for its part'.
OPENING_R = [
    "字段如下。\n[[Ptr]]是指针类型，[[Attr]]是属性。",
    "类型说明。[[Str]]是字符串类型，[[int]]是整数。",
    "目录说明。\n[[usr]]是用户程序目录，[[var]]是可变数据目录。",
    "计数器。[[ctr]]的值加一，[[max]]是上限。",
]


@pytest.mark.parametrize("text", OPENING_R)
def test_an_abbreviation_ending_in_r_opening_a_sentence(text: str) -> None:
    assert repair(garble(text)) == plain(text)


@pytest.mark.parametrize(
    ("text", "at", "step", "beside"),
    [
        ("中 葬", 1, -1, False),  # a hanzi before the space, at the text's start: no Latin word
        ("a 葬", 1, -1, False),  # one letter is no word of two
        ("中a 葬", 2, -1, False),
        ("ab 葬", 2, -1, True),
        ("中ab 葬", 3, -1, True),
        ("葬 a", 1, 1, False),  # one letter at the text's end
        ("葬 ab", 1, 1, True),
        ("葬 中", 1, 1, False),
    ],
)
def test_an_ascii_word_beside_has_two_letters_at_the_text_edges_too(
    text: str, at: int, step: int, beside: bool
) -> None:
    """The ASCII word one space from a short run is two letters wherever it stands: at the text's
    start the characters before the space were once read by a slice that ran empty (no word,
    yet every one of its no characters ASCII)."""
    assert _latin_word_beside(text, at, step, set(), ascii_words=True) is beside
