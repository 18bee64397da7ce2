"""punct-shift: look-alikes that name a place in news prose stay hanzi in garbled text: 院 of
在院 'in hospital' and of a numbered hospital (市一院), 窑 of a kiln next to what no interpunct
stands beside (建窑的, 和窑具); while the colon after a verb's 在 or a list's numeral and the
interpunct of a foreign name are still repaired. The garbled inputs are made from the clean
text by :func:`garble`."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, garbled_context, repair

#: The marks and digits of the texts below and their look-alikes (GB2312 lead byte +0x31).
_GARBLE = str.maketrans("，。：“”、（）·0123456789", "袁遥院野冶尧渊冤窑园员圆猿源缘远苑愿怨")


def garble(text: str) -> str:
    """``text`` with its marks and digits garbled as a Founder PDF extraction garbles them."""
    return text.translate(_GARBLE)


@pytest.mark.parametrize(
    "snippet",
    [
        # 在院 after an adverb, a modal verb or a person: the preposition 'at', no colon after it
        pytest.param("伤者目前仍在院治疗", id="still-in-hospital"),
        pytest.param("病人在院期间，费用由单位负担", id="patient-in-hospital"),
        pytest.param("而对那些不能在院整体定位中发挥作用的研究所，将予以调整", id="in-the-institute"),
        # a city's or a province's hospital by its number
        pytest.param("省二院新建的门诊大楼已经投入使用", id="province-hospital-2"),
        pytest.param("他在市一院工作", id="city-hospital-1"),
        pytest.param("附一院6日开设了专家门诊", id="university-hospital-1"),
        # the kiln after 的 和 以 and before 的: no interpunct stands there
        pytest.param("德化窑的白瓷被誉为“中国白”", id="kiln-before-de"),
        pytest.param("建窑的黑釉盏十分名贵", id="one-hanzi-kiln"),
        pytest.param("钧窑瓷器以窑变釉色著称", id="kiln-after-yi"),
        pytest.param("考古队从窑址中清理出大批瓷片和窑具", id="kiln-after-he"),
        # a kiln named by its place
        pytest.param("景德镇窑出土的瓷器有600多件", id="kiln-of-a-town"),
        pytest.param("耀州窑博物馆展出了瓷器", id="kiln-of-a-prefecture"),
        pytest.param("景德镇古窑民俗博览区", id="old-kiln"),
    ],
)
def test_a_place_or_a_name_stays(snippet: str) -> None:
    assert repair(garbled_context(garble(snippet))) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    "expected",
    [
        # a verb's 在 and a list's numeral take a colon
        pytest.param("具体表现在：一是农业生产稳定", id="verb-zai"),
        pytest.param("这突出表现在：住房缺口大", id="verb-zai-2"),
        pytest.param("误区一：交通肇事发生后，司机逃逸", id="list-numeral"),
        pytest.param("原因之二：设施损耗高", id="list-numeral-2"),
        # a foreign name's interpunct, and a bracket that closes after a name
        pytest.param("马克·吐温的小说很有名", id="foreign-name"),
    ],
)
def test_the_mark_is_still_repaired(expected: str) -> None:
    assert repair(garbled_context(garble(expected))) == REPAIRED.format(expected)


def test_a_numbered_hospital_starting_the_text_stays() -> None:
    # (no hanzi before 省 to make a word with it: 省 alone is no 全省 or 外省)
    text = "省二院新建的门诊大楼下月正式投入使用。中国科学院院士、物理学家周光召出席了开幕式。"
    assert repair(garble(text)) == text
