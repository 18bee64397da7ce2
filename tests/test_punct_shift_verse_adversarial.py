"""Adversarial cases for the rules of literary text, verse and the books of plays: garbled
classical prose (论语 孟子 老子 大学), Tang poems, and modern pages that list tunes or bracket a
role's name (a kunqu concert's news, a restaurant's menu, a gardening page), each of which the
stage must give as main gave it before the rules of session 25 (a real 袁 kept, a real 、 ； ：
or digit repaired)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Final

import pytest

import cleaner
from cleaner.stages.punct_shift.document import _songbook
from tests.test_punct_shift import founder_garble, repair

#: name -> [garbled input, the output main gives]: real words kept (叫她“袁老师”, 谓之“袁公”),
#: real marks repaired (明是非、辨同异, 吾问其故；对曰, 3月，公会诸侯, 《史记·项羽本纪：鸿门宴》,
#: 《牡丹亭·惊梦：山桃红》, 唱了5支曲子), on classical prose, verse and modern pages that list tunes.
REVIEW_CASES: Final = json.loads(
    (Path(__file__).parent / "data" / "punct_shift_poems27_review.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", sorted(REVIEW_CASES))
def test_the_review_cases_come_out_as_main_gives_them(name: str) -> None:
    garbled, expected = REVIEW_CASES[name]
    assert cleaner.clean(garbled).text == expected


@pytest.mark.parametrize("name", ["k-shifei", "m-quote", "old-tunes-sheng", "old-tunes-wai", "garden-wai"])
def test_a_modern_page_that_lists_tunes_and_brackets_a_role_is_no_book_of_plays(name: str) -> None:
    # 沈丰英（旦）演唱, 三文鱼（生）, 国内（外）游客, 室内（外）: a role's name after a word opens no speech
    assert not _songbook(REVIEW_CASES[name][0])


#: A book of the Yuan plays (the northern tunes and 正末云) to put a southern direction into.
PLAYS_HEAD: Final = (
    "菩萨蛮\n高明\n我的娘子，你去了多时。\n\n临江仙\n施惠\n春光好的时节。\n\n浣溪沙\n柯丹邱\n风雨急了。\n\n"
    "清平乐\n无名氏\n双双拜了。\n\n点绛唇\n无名氏\n"
)


@pytest.mark.parametrize(
    ("roles", "book"),
    [
        (["（生）我去也。", "（旦）你去罢。", "（末）请了。"], True),  # each opens a line of speech
        (["你去了多时。（生）我去也。", "（旦）你去罢。", "（末）请了。"], True),  # after a sentence's end
        (["（生）我去也。", "（旦）你去罢。"], False),  # two: too few for a play
        (["三文鱼（生）配芥末。", "国内（外）游客。", "沈丰英（旦）演唱。"], False),  # after a word
        (["（生］我去也。", "（旦］你去罢。", "（末］请了。"], False),  # brackets that do not match
        (["（旦）沈丰英", "（小生）俞玖林", "（老旦）王维艰"], False),  # a cast list: a name, no speech
    ],
)
def test_a_southern_play_directs_by_its_roles_opening_speech(roles: list[str], book: bool) -> None:
    text = PLAYS_HEAD.replace("菩萨蛮", "锁南枝").replace("临江仙", "皂罗袍").replace("浣溪沙", "解三酲")
    text = text.replace("清平乐", "香柳娘").replace("点绛唇", "江儿水") + "\n".join(roles) + "\n"
    assert _songbook(founder_garble(text)) is book


@pytest.mark.parametrize(
    "line",
    ["唯尧则之，荡荡乎民无能名焉。", "非尧不仁，时不利也。"],
)
def test_the_sage_king_in_classical_prose_is_kept(line: str) -> None:
    garbled = REVIEW_CASES["yao-shifei"][0]
    text = garbled.replace("\n", "\n" + founder_garble(line) + "\n", 1)
    assert line in repair(text)


@pytest.mark.parametrize("directions", ["（正末云）我去也。", "（生）我去也。\n（旦）你去罢。\n（末）请了。"])
@pytest.mark.parametrize(
    "body",
    ["的是了去遥天暮，", "的是了水远山遥，我的人了", "他叫“袁老师”的是我的人了。"],
    ids=["sky", "far-comma", "field"],
)
def test_a_long_book_of_plays_repairs_in_linear_time(directions: str, body: str) -> None:
    # _songbook searches the whole text for a direction (here at its end): asked once per candidate
    # it must be cached (100 KB took 20 s)
    small, large = (
        founder_garble(PLAYS_HEAD + body * (size // len(body)) + "\n" + directions + "\n") for size in (20_000, 80_000)
    )
    started = time.perf_counter()
    repair(small)
    middle = time.perf_counter()
    repair(large)
    assert time.perf_counter() - middle < 8 * (middle - started) + 0.5
