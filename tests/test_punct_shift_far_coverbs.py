"""punct-shift (afar30): 遥 'from afar' after a coverb phrase, in garbled modern pages.

遥 leads verbs of greeting, mourning, sending, seeing and thinking (遥祭 遥祝 遥拜 遥寄 遥望 遥想),
each rare in the lexicon's counts, so the lexicon alone reads a stop before them. A preposition
of direction (从 自 'from', 向 朝 'towards') and its place or person before 遥 lead the verb
after it: no sentence ends there. 在 'at' leads a verb too but is also the verb 'be at'
(他在家。), so after 在 the verb after 遥 must be one no modern sentence starts with alone
(祭 拜 寄 念), or the place a far one (千里之外 异乡 海外). Each group: the garble of clean
sentences written for the rule, the 遥 kept (reported, never repaired), and beside them the real
stops that stay repaired.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.stages.punct_shift.marks import _coverb_phrase_before
from tests.test_punct_shift import REPAIRED, cases, founder_garble, garbled_context, repair
from tests.test_punct_shift_verse import in_verse

#: A garbled paragraph before a line of its own: a short text alone is not judged garbled.
PARAGRAPH: str = founder_garble(
    "本报讯（记者李明）近日，市政府召开会议，研究部署今年的重点工作。会议指出，要坚持稳中求进，推动经济社会持续健康发展。\n"
)

ROWS = [
    # A preposition of direction and its place or person lead the verb: 遥 is 'from afar'.
    *cases(
        "direction-kept",
        "他们向远方遥拜，寄托哀思",
        # (向着 朝着 are also the verbs 'side with, face': read as 在 is, below)
        "他们朝着家乡的方向遥拜，泪流满面",
        "老人向着北方遥拜，口中念念有词",
        "游子向故乡遥寄相思",
        "海外侨胞向祖国遥致问候",
        "他们自台湾遥祭黄帝",
        "我们向烈士遥致敬意",
        "他们从海峡对岸遥望大陆",
    ),
    # 在 and a place before a verb no modern sentence starts with alone (祭 拜 寄 念), or a far
    # place before any verb 遥 leads: 遥 is 'from afar'.
    *cases(
        "at-kept",
        "清明节到了，很多人在网上遥祭先人",
        "游子在异乡遥寄相思",
        "台湾同胞在海峡对岸遥祭黄帝陵",
        "她在异国他乡遥念故土",
        "全家人在海外遥寄哀思",
        "我们在千里之外遥祝祖国繁荣昌盛",
        "他们在万里之外遥祝祖国母亲生日快乐",
    ),
    # A stop before those verbs stays repaired: after a clause that ends (做完了), a phrase
    # with its verb (在北京召开 从北京出发), a verb's complement (走向世界 来自北京 住在乡下),
    # a word the preposition starts (向前 向后 朝南 从小), a verb that starts a sentence
    # (祝 想 after 在 and a near place: 他们都在北京。祝…), and where the bound verb starts a
    # word (拜访 寄来 祭祖 念及).
    *cases(
        "stop-repaired",
        "这件事情做完了。祝大家新年快乐",
        "会议在北京召开。祝贺大会圆满成功",
        "他们从北京出发。祝一路平安",
        "我们走向世界。祝愿祖国更加强大",
        "他来自北京。寄来的包裹已经收到",
        "他们住在乡下。祭祖的习俗一直保留着",
        "请大家向前看。祝大家工作顺利",
        "全体人员向后转。拜托大家注意安全",
        "窗户朝南。念书的孩子需要充足的阳光",
        "他们都在北京。祝你们一切顺利",
        "她在医院。祝她早日康复",
        "我们在家里。想远方的亲人",
        "我一直在家。想不到他会来",
        "公司总部在上海。拜访客户需要提前预约",
        "他们在北京。念及此，不禁落泪",
        "活动在网上进行。祝大家玩得开心",
        "他转身望向窗外。想起了往事",
        "我们的心永远向着祖国。祝祖国繁荣富强",
        "窗户朝北。想晒太阳可不容易",
        "老人在墓前。拜了三拜",
        "材料在附件里。念给你听吧",
        "信在桌上。寄不寄随你",
        "他们都在海外。想回来也难",
    ),
]


@pytest.mark.parametrize("expected", ROWS)
def test_far_after_a_coverb_phrase(expected: str) -> None:
    assert repair(garbled_context(founder_garble(expected))) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("清明节到了袁很多人在网上遥祭先人遥", "清明节到了，很多人在网上遥祭先人。"),
        ("我们在千里之外遥祝祖国繁荣昌盛遥", "我们在千里之外遥祝祖国繁荣昌盛。"),
        ("他们向远方遥拜袁寄托哀思遥", "他们向远方遥拜，寄托哀思。"),
        ("游子在异乡遥寄相思遥", "游子在异乡遥寄相思。"),
        ("这件事情做完了遥祝大家新年快乐遥", "这件事情做完了。祝大家新年快乐。"),
    ],
)
def test_a_line_after_a_garbled_paragraph(line: str, expected: str) -> None:
    # (the brief's reproduction: the whole pipeline, a line after a garbled news paragraph)
    assert cleaner.clean(PARAGRAPH + line).text.splitlines()[-1] == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("他们向远方遥拜", "向远方"),
        ("很多人在网上遥祭先人", "在网上"),
        ("我们从纽约曼哈顿岛遥祝大家", "从纽约曼哈顿岛"),
        # the phrase nearest 遥: a preposition in a word (方向) is read past
        ("他们朝家乡的方向遥拜", "朝家乡的方向"),
        ("老人向着北方遥拜", "向着北方"),
        # none: a verb in the phrase, a verb before the preposition, no verb 遥 leads, a word ending with 遥
        ("会议在北京召开遥祝贺", ""),
        ("他转身望向窗外遥想起", ""),
        ("他们向远方遥远的地方", ""),
        ("我们从平遥祭祖", ""),
    ],
)
def test_coverb_phrase_before(text: str, phrase: str) -> None:
    assert _coverb_phrase_before(text, text, text.index("遥", 2)) == phrase


def test_coverb_phrases_in_verse_are_not_read() -> None:
    # classical prose and verse read 在 自 朝 as 'exist', 'self', 'morning' too: the phrases of
    # modern prose are not read there (从 and the names of places are, as before)
    line = "游子在异乡遥寄相思"
    verse = in_verse(line)
    assert _coverb_phrase_before(verse, verse, verse.index("遥寄")) == ""
    modern = garbled_context(line)
    assert _coverb_phrase_before(modern, modern, modern.index("遥寄")) == "在异乡"
