"""The lexicon sweep (bench/punct_shift_sweep.py) counts what it says: a real word kept in a
slot is no false repair, a word changed is one (with its hanzi), every word meets every slot
once, and a saved run compares against another."""

from collections import Counter
from pathlib import Path

import pytest

from bench import punct_shift_sweep as sweep_module
from bench.accuracy_punct_shift import repaired
from bench.punct_shift_sweep import SLOTS, compare, documents, population, save, sweep


def test_the_population_is_lexicon_words_holding_a_lookalike() -> None:
    words = population()
    assert {"医院", "公园", "重要", "来源"} <= set(words)
    assert "中国" not in words  # no look-alike
    assert all(2 <= len(w) <= 4 for w in words)


def test_every_word_meets_every_slot_once_and_no_page_holds_a_word_twice() -> None:
    words = ["医院", "公园", "重要", "来源", "员工", "视野", "要求", "叶子"]
    slots = ["after comma", "before date", "after dash", "after surname"]
    pages = list(documents(words, slots))
    pairs = Counter((t.slot, t.word) for page in pages for t in page.tries)
    assert pairs == Counter({(s, w): 1 for s in slots for w in words})
    assert all(len({t.word for t in page.tries}) == len(slots) for page in pages)


def test_a_page_is_garbled_around_the_word_and_its_truth_is_exact() -> None:
    (page,) = documents(["公园"], ["before date"])
    assert page.garbled == "公园怨月员日举行了活动遥\n"
    assert page.expected == "公园9月1日举行了活动。\n"
    assert page.clean == "公园9月1日举行了活动。\n"


def test_a_word_kept_is_no_false_repair() -> None:
    result = sweep(["医院", "公园"], ["after comma", "before period"])
    assert result.tries == 4
    assert result.false_repairs == []
    assert sum(result.context_wrong.values()) == 0
    assert result.clean_edits == 0
    assert result.hanzi_tries == Counter({"院": 2, "园": 2})


def test_a_word_changed_is_a_false_repair_and_compares_as_new(tmp_path: Path) -> None:
    def repair(text: str) -> str:  # the stage, and a made-up false repair of 医院
        return repaired(text).replace("医院", "医疗")

    slots = ["after comma", "before period"]  # two lines: a page of one line is too short to repair
    result = sweep(["医院", "公园"], slots, repair=repair)
    assert result.false_repairs == [
        ("after comma", "医院", "据记者了解，医疗是这次讨论的重点。"),
        ("before period", "医院", "这次会议专门讨论了医疗。与会者发言踊跃。"),
    ]
    assert result.hanzi_changed == Counter({"院": 2})
    assert result.clean_edits == 2  # the clean pages are edited too
    base = tmp_path / "base.json"
    save(sweep(["医院", "公园"], slots), base)
    assert compare(result, base).splitlines()[-1] == "NEW: 2"
    save(result, base)
    assert compare(result, base).splitlines()[-1] == "NEW: 0"
    sampled = sweep(["公园"], slots, repair=repair)  # a sample: 医院 is not fixed, only not swept
    assert compare(sampled, base).splitlines() == ["fixed: 0", "new: 0", "NEW: 0"]


def test_the_command_line_runs_on_a_sample(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sweep_module, "SLOTS", {k: SLOTS[k] for k in ("after comma", "before date")})
    sweep_module.main(["--sample", "3"])
    out = capsys.readouterr().out
    assert "tries: 6 " in out
    assert "false repairs (word changed): " in out
