"""The per-position tool of the punct-shift benchmark (bench/punct_shift_positions.py): a save
compared with itself changes nothing, one flipped position is one WORSE position, printed with its
context on a readable set and as a count only on a held-out set, and a save of a small set scores
what the benchmark scores."""

import copy
import gzip
import json

from bench import accuracy_punct_shift as bench
from bench import punct_shift_positions as positions

DOCUMENTS: list[tuple[str | int, str]] = [
    (0, "会议指出：“要抓好落实。”医院的员工说：来源可靠，增长38.7%。"),
    (1, "叶老师说：好。"),
]


def _compare(base: dict, new: dict) -> tuple[int, list[str]]:
    lines: list[str] = []
    worse = positions.compare(base, new, lines.append)
    return worse, lines


def _save_of(name: str) -> dict:
    return {"format": positions.FORMAT, "seed": positions.SEED, "commit": "test", "sets": {name: _recorded(name)}}


def _recorded(name: str) -> dict:
    return positions.record_set(name, DOCUMENTS, bench.FULLWIDTH_NUMBER_SHARE)


def _flip_one_right_garbled(save: dict, name: str) -> dict:
    """A copy of ``save`` in which the stage missed the first garbled position it had repaired."""
    new = copy.deepcopy(save)
    row = next(r for r in new["sets"][name]["positions"] if r[3] != bench.GENUINE and r[5])
    row[4], row[5] = row[2], 0
    return new


def test_held_out_rule():
    held_out = {name for name in positions.SET_NAMES if positions.is_held_out(name)}
    assert "People's Daily held-out" in held_out and "ChnSentiCorp held-out 2" in held_out
    assert "Debian Song poems held-out" in held_out and "held-out 4" in held_out
    assert positions.is_held_out("Song poems")
    for readable in ("ours dev", "People's Daily dev", "ChnSentiCorp fresh", "Debian reference", "chinese-poetry dev"):
        assert readable in positions.SET_NAMES and not positions.is_held_out(readable)


def test_record_scores_garbled_and_genuine_positions():
    recorded = _recorded("ours dev")
    truths = {row[3] for row in recorded["positions"]}
    assert {"，", "。", bench.GENUINE} <= truths
    genuine = {row[2] for row in recorded["positions"] if row[3] == bench.GENUINE}
    assert {"院", "员", "源", "叶"} <= genuine
    assert set(recorded["texts"]) == {"0", "1"} and recorded["clean edits"] == 0


def test_compare_with_itself_is_zero():
    save = _save_of("ours dev")
    worse, lines = _compare(save, save)
    assert worse == 0
    assert "ours dev: WORSE 0, better 0" in lines and lines[-1] == "WORSE: 0"


def test_one_flipped_position_on_a_dev_set_is_printed_with_context():
    base = _save_of("ours dev")
    worse, lines = _compare(base, _flip_one_right_garbled(base, "ours dev"))
    assert worse == 1 and lines[-1] == "WORSE: 1"
    assert "ours dev: WORSE 1, better 0" in lines
    (shown,) = [line for line in lines if line.lstrip().startswith("WORSE ")]
    assert "会议指出" in shown and "⟦" in shown
    worse, lines = _compare(_flip_one_right_garbled(base, "ours dev"), base)
    assert worse == 0 and "ours dev: WORSE 0, better 1" in lines


def test_one_flipped_position_on_a_held_out_set_prints_no_text():
    base = _save_of("held-out 4")
    assert base["sets"]["held-out 4"]["texts"] == {}
    worse, lines = _compare(base, _flip_one_right_garbled(base, "held-out 4"))
    assert worse == 1 and "held-out 4: WORSE 1, better 0" in lines and lines[-1] == "WORSE: 1"
    assert all(line.isascii() for line in lines)


def test_show_prints_false_repairs_with_context_only_on_readable_sets():
    save = _save_of("ours dev")
    row = next(r for r in save["sets"]["ours dev"]["positions"] if r[3] == bench.GENUINE and r[2] == "员")
    row[4], row[5] = "4", 0
    save["sets"]["held-out 4"] = copy.deepcopy(save["sets"]["ours dev"])
    save["sets"]["held-out 4"]["texts"] = {}
    lines: list[str] = []
    positions.show(save, say=lines.append)
    genuine = sum(r[3] == bench.GENUINE for r in save["sets"]["ours dev"]["positions"])
    assert f"ours dev: genuine changed 1 of {genuine}, clean edits 0" in lines
    assert any("员 -> 4" in line and "医院的" in line for line in lines)
    assert f"held-out 4: genuine changed 1 of {genuine}, clean edits 0" in lines
    assert sum("->" in line for line in lines) == 1


def test_save_of_a_small_set_scores_what_the_benchmark_scores(tmp_path, capsys):
    out = tmp_path / "positions.json.gz"
    positions.main(["save", str(out), "held-out 4"])
    with gzip.open(out, "rt", encoding="utf-8") as f:
        saved = json.load(f)
    assert list(saved["sets"]) == ["held-out 4"]
    held_out = saved["sets"]["held-out 4"]
    assert held_out["texts"] == {}
    numbers, _ = bench.evaluate(positions.SEED, bench.HELDOUT_SETS["held-out 4"])
    totals = positions.totals(held_out, positions.positions_of(held_out).values())
    assert f"recall {numbers['recall']:.4f} of {numbers['garbled positions']}," in totals
    changed = sum(row[3] == bench.GENUINE and not row[5] for row in held_out["positions"])
    assert changed == numbers["look-alikes changed"]
    positions.main(["compare", str(out), str(out)])
    assert capsys.readouterr().out.rstrip().endswith("WORSE: 0")
