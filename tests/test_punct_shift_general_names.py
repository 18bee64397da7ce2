"""punct-shift: general evidence for the surnames 袁 and 叶 where the role lists are silent.

A noun for a person (by its agent suffix, from jieba's nouns) or 的 before the look-alike, a
given name after it: a name, or a comma before a clause. The evidence is split, so the
look-alike stays and is reported below the threshold, unless the comma reading is backed too
(是…的 ends a clause with 的; ，周敏 is a full name itself).
"""

from __future__ import annotations

import pytest

from cleaner.config import Config
from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from cleaner.tables import read_tsv
from tests.test_punct_shift import REPAIRED, garbled_context, repair
from tests.test_punct_shift_names import _given_names_generator


def doubts(text: str) -> list[str]:
    """The look-alikes reported below the threshold, with two characters either side."""
    return [
        text[f.span.start - 2 : f.span.end + 2]
        for f in detect(text, StageContext())
        if f.edit is not None and f.confidence < Config().threshold
    ]


@pytest.mark.parametrize(
    "snippet",
    [
        "村里的年轻人袁春生回乡办起了养鸡场",  # a noun for a person (人)
        "这位老书法家袁秋生写了一辈子字",  # (家; 作家 is a role: read as a name outright)
        "三名伤者袁红梅等人被送往医院",  # (者)
        "当地的渔民袁海生每天凌晨出海",  # (民)
        "队里最年轻的袁晓雯只有十九岁",  # after 的
        "我的同学袁远远比我高一头",  # a peer (同学), a look-alike doubled as a child's name (远远)
        "邻居家的袁圆圆今年上小学",  # (圆圆)
    ],
)
def test_a_surname_after_a_person_noun_or_de_is_kept_and_reported(snippet: str) -> None:
    text = garbled_context(snippet)
    assert repair(text) == REPAIRED.format(snippet)
    index = text.index(snippet) + next(i for i, c in enumerate(snippet) if c in "袁叶" and i > 1)
    assert text[index - 2 : index + 3] in doubts(text)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 是…的 ends a clause with 的: the comma
        ("这项纪录是去年创下的袁志强今年又打破了", "这项纪录是去年创下的，志强今年又打破了"),
        # the comma reading has a full name too (，周敏): the lexicon decides
        ("谈起家人袁周敏红了眼眶", "谈起家人，周敏红了眼眶"),
        # after a person noun, a frequent word and no given name: the comma
        ("这些年轻人袁我们要关心", "这些年轻人，我们要关心"),
        # a look-alike doubled that starts a longer word (远远望去) is no name
        ("远方的亲人袁远远望去一片金黄", "远方的亲人，远远望去一片金黄"),
        # ... nor one before what the word goes on with (远远超过, 圆圆脸)
        ("同学袁远远超过了我们", "同学，远远超过了我们"),
        ("我和同事袁远远落后于他们", "我和同事，远远落后于他们"),
        ("我的同学袁圆圆脸的那个最高", "我的同学，圆圆脸的那个最高"),
    ],
)
def test_the_comma_stays_a_comma_where_its_reading_is_backed(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_an_anonymised_name_read_once_is_reported_where_nothing_else_says_so() -> None:
    text = "原告袁某诉至法院袁要求赔偿遥法院认为袁事故导致袁某家的房屋受损袁应当赔偿遥"
    fixed = repair(text)
    assert fixed.startswith("原告袁某诉至法院，要求赔偿。法院认为，事故导致袁某家的房屋受损，")
    assert "导致袁某家" in doubts(text)


def test_a_line_with_as_many_real_marks_as_look_alikes_is_only_reported() -> None:
    body = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶他说袁要推动发展遥"
    # (a 袁 that reads as a comma: 袁老： is a name, the surname honouring an elder)
    text = f"# 笔耕不辍袁初心不改：九十岁的书法家\n\n{body}"
    fixed = repair(text)
    assert fixed.startswith("# 笔耕不辍袁初心不改：九十岁的书法家\n\n会议指出：“要抓好落实，")
    assert "不辍袁初心" in doubts(text)


def test_person_noun_table_is_what_the_generator_writes() -> None:
    module, root = _given_names_generator()
    assert (root / "mappings" / "person_nouns.tsv").read_text(encoding="utf-8") == module.render_persons()


def test_person_noun_table_data() -> None:
    nouns = [row[0] for row in read_tsv("person_nouns.tsv")]
    assert nouns == sorted(set(nouns))
    assert all(2 <= len(n) <= 4 for n in nouns)
    assert {"记者", "年轻人", "农民", "护士", "球员"} <= set(nouns)
    assert not {"增长", "成长"} & set(nouns)  # verbs


@pytest.mark.parametrize(
    "snippet",
    [
        "我的表妹袁晓雨在医院工作",  # a kinship noun (妹)
        "新来的袁梓睿坐在第一排",  # after 的: two characters of no word, 梓 seen in given names
    ],
)
def test_kinship_nouns_and_unknown_given_names(snippet: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)
