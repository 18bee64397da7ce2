"""Regulated verse under the punctuation-shift garble: a look-alike inside a clause of the
stanza's meter (five or seven hanzi) is the hanzi (情人怨遥夜: the long night), while the marks
between the clauses, and those of verse of no regular meter, are repaired. Poems are stated
clean and garbled by founder_garble; their genuine look-alikes survive the garble unchanged."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import founder_garble, repair

#: 张九龄《望月怀远》: 遥 inside the third line (遥夜, the long night).
WANGYUE = "海上生明月，天涯共此时。\n情人怨遥夜，竟夕起相思。\n灭烛怜光满，披衣觉露滋。\n不堪盈手赠，还寝梦佳期。"
#: 白居易《长恨歌》: 浴 inside a clause of seven (赐浴, the bath granted).
CHANGHEN = "回眸一笑百媚生，六宫粉黛无颜色。\n春寒赐浴华清池，温泉水滑洗凝脂。\n侍儿扶起娇无力，始是新承恩泽时。"
#: 杜甫《春宿左省》: 钥 ending a clause of five before its comma (金钥, the golden key).
CHUNSU = "花隐掖垣暮，啾啾栖鸟过。\n星临万户动，月傍九霄多。\n不寝听金钥，因风想玉珂。\n明朝有封事，数问夜如何。"


@pytest.mark.parametrize("poem", [WANGYUE, CHANGHEN, CHUNSU], ids=["yao-ye", "ci-yu", "jin-yao"])
def test_a_lookalike_inside_a_clause_of_the_meter_is_kept(poem: str) -> None:
    assert repair(founder_garble(poem)) == poem


@pytest.mark.parametrize(
    "text",
    [
        # 李白《行路难》: three and three beside seven, the comma between them a comma
        "欲渡黄河冰塞川，将登太行雪暗天。\n闲来垂钓坐溪上，忽复乘舟梦日边。\n行路难，行路难，多歧路，今安在。",
        # four hanzi a clause (a slogan) is no meter read here: its comma stays a comma
        "团结一致，艰苦奋斗。\n开拓进取，与时俱进。\n改革开放，发展经济。",
        # prose of clauses of five: too few lines of one meter around it
        "他来到医院，看望了病人。\n大家都说好。",
    ],
    ids=["three-and-three", "slogans", "prose"],
)
def test_marks_of_verse_of_no_meter_are_repaired(text: str) -> None:
    assert repair(founder_garble(text)) == text
