"""The command line through click's runner: outputs, exit codes, errors, never losing data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import __version__
from cleaner.cli import main
from tests.conftest import FIXTURES

SEED_001 = FIXTURES / "seeds" / "001-broken-paragraphs.in.txt"
CLEAN = "他说：“你好，世界！”这是第3版。\n"
DIRTY = "2022年,意义非凡。\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def dirty(tmp_path: Path) -> Path:
    path = tmp_path / "dirty.txt"
    path.write_text(DIRTY, encoding="utf-8")
    return path


def test_version_and_help(runner: CliRunner) -> None:
    assert __version__ in runner.invoke(main, ["--version"]).output
    for args in (["-h"], ["fix", "-h"], ["check", "--help"], ["diff", "-h"], ["stages", "-h"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, args
        assert "Usage:" in result.output


def test_stages_lists_every_stage_in_order(runner: CliRunner) -> None:
    from cleaner.pipeline import STAGES

    output = runner.invoke(main, ["stages"]).output
    positions = [output.index(stage.id) for stage in STAGES]
    assert positions == sorted(positions)


def test_fix_seed_001_uses_fullwidth_punctuation(runner: CliRunner) -> None:
    result = runner.invoke(main, ["fix", str(SEED_001)])
    assert result.exit_code == 0
    assert "6月16日早晨8时，锡林郭勒盟" in result.output
    assert "执勤一队副队长敖日格勒充满信心地说。" in result.output


def test_check_exits_1_on_findings_and_0_on_its_own_output(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["check", str(SEED_001)])
    assert result.exit_code == 1
    assert "width-punct" in result.output
    assert f"{SEED_001}:7:10: width-punct" in result.output
    cleaned = tmp_path / "cleaned.txt"
    assert runner.invoke(main, ["fix", str(SEED_001), "-o", str(cleaned)]).exit_code == 0
    again = runner.invoke(main, ["check", str(cleaned)])
    assert again.exit_code == 0, again.output
    assert again.output == ""


def test_check_json(runner: CliRunner, dirty: Path) -> None:
    result = runner.invoke(main, ["check", "--format", "json", str(dirty)])
    assert result.exit_code == 1
    (record,) = json.loads(result.output)
    assert record["path"] == str(dirty)
    (finding,) = record["findings"]
    assert finding["rule"] == "width-punct"
    assert (finding["line"], finding["column"]) == (1, 6)
    # the diff report's shape of a finding: the suggestion in full, the span's end
    suggestion = finding["suggestion"]
    assert (suggestion["before"], suggestion["after"], suggestion["start"]) == (",", "，", finding["start"])
    assert suggestion["reason"] and (finding["end_line"], finding["end_column"]) == (1, 7)


def test_fix_clean_text_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    result = runner.invoke(main, ["fix", str(path)])
    assert result.exit_code == 0
    assert result.output == CLEAN
    assert runner.invoke(main, ["check", str(path)]).exit_code == 0


def test_fix_stdin_to_stdout(runner: CliRunner) -> None:
    result = runner.invoke(main, ["fix", "-"], input=DIRTY.encode("utf-8"))
    assert result.exit_code == 0
    assert result.output == "2022年，意义非凡。\n"


def test_fix_output_file_and_dir(runner: CliRunner, dirty: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "out" / "one.txt"
    assert runner.invoke(main, ["fix", str(dirty), "-o", str(out_file)]).exit_code == 0
    assert out_file.read_text(encoding="utf-8") == "2022年，意义非凡。\n"
    other = tmp_path / "other.txt"
    other.write_text(CLEAN, encoding="utf-8")
    out_dir = tmp_path / "many"
    assert runner.invoke(main, ["fix", str(dirty), str(other), "-o", str(out_dir)]).exit_code == 0
    assert (out_dir / "dirty.txt").read_text(encoding="utf-8") == "2022年，意义非凡。\n"
    assert (out_dir / "other.txt").read_text(encoding="utf-8") == CLEAN
    assert dirty.read_text(encoding="utf-8") == DIRTY, "the input is never touched"


def test_fix_never_overwrites_an_input_unless_in_place(runner: CliRunner, dirty: Path) -> None:
    result = runner.invoke(main, ["fix", str(dirty), "-o", str(dirty)])
    assert result.exit_code == 2
    assert "would overwrite the input" in result.output
    assert dirty.read_text(encoding="utf-8") == DIRTY
    assert runner.invoke(main, ["fix", str(dirty), "--in-place"]).exit_code == 0
    assert dirty.read_text(encoding="utf-8") == "2022年，意义非凡。\n"
    assert not list(dirty.parent.glob(".*.tmp")), "no temporary file left behind"


def test_several_inputs_need_a_destination(runner: CliRunner, dirty: Path) -> None:
    result = runner.invoke(main, ["fix", str(dirty), str(dirty)])
    assert result.exit_code == 2
    assert "-o DIR or --in-place" in result.output


def test_missing_and_undecodable_files_name_the_file(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(main, ["fix", str(missing)])
    assert result.exit_code == 2
    assert f"{missing}: no such file" in result.output
    assert "Traceback" not in result.output
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02garbage")
    result = runner.invoke(main, ["check", str(binary)])
    assert result.exit_code == 2
    assert str(binary) in result.output


def test_one_bad_document_fails_alone(runner: CliRunner, dirty: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8 \x81")
    out = tmp_path / "out"
    result = runner.invoke(main, ["fix", str(bad), str(dirty), "-o", str(out)])
    assert result.exit_code == 1
    assert str(bad) in result.output
    assert (out / "dirty.txt").read_text(encoding="utf-8") == "2022年，意义非凡。\n"
    assert not (out / "bad.txt").exists()


def test_only_and_skip(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "both.txt"
    path.write_text("该站把准区位优势,中国战 “疫”进入新阶段，成效显著。\n", encoding="utf-8")
    only_width = runner.invoke(main, ["fix", "--only", "width", str(path)]).output
    assert only_width == "该站把准区位优势，中国战 “疫”进入新阶段，成效显著。\n"
    skip_width = runner.invoke(main, ["fix", "--skip", "width", str(path)]).output
    assert skip_width == "该站把准区位优势,中国战“疫”进入新阶段，成效显著。\n"
    bad = runner.invoke(main, ["fix", "--only", "nosuch", str(path)])
    assert bad.exit_code == 2
    assert "unknown stage nosuch" in bad.output


def test_config_file_sets_modes(runner: CliRunner, dirty: Path, tmp_path: Path) -> None:
    config = tmp_path / "cleaner.toml"
    config.write_text('[rules]\nwidth-punct = "report"\n', encoding="utf-8")
    result = runner.invoke(main, ["fix", "--config", str(config), str(dirty)])
    assert result.output == DIRTY
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('[rules]\nwidht = "off"\n', encoding="utf-8")
    result = runner.invoke(main, ["fix", "--config", str(wrong), str(dirty)])
    assert result.exit_code == 2
    assert f"{wrong}: unknown stage or rule id: widht" in result.output


def test_a_bad_stage_option_fails_a_folder_run_once(runner: CliRunner, dirty: Path, tmp_path: Path) -> None:
    """Not every document of the batch: the options are checked before any is cleaned."""
    config = tmp_path / "cleaner.toml"
    config.write_text('[options.width]\nstyle = "fancy"\n', encoding="utf-8")
    result = runner.invoke(main, ["fix", "--config", str(config), str(dirty.parent), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "style = 'fancy' is not one of gbt15834, taiwan" in result.output
    assert not (tmp_path / "out").exists()


def test_diff_labels_each_change_with_its_rule(runner: CliRunner, dirty: Path) -> None:
    result = runner.invoke(main, ["diff", "--color", "never", str(dirty)])
    assert result.exit_code == 0
    assert "[1] 1:6 width-punct (0.95) ',' → '，'" in result.output
    assert "ASCII ',' in a Chinese sentence" in result.output


def test_report_options_refuse_folder_runs_instead_of_ignoring_them(runner: CliRunner, dirty: Path) -> None:
    result = runner.invoke(main, ["fix", str(dirty.parent), "-o", str(dirty.parent / "out"), "--diff"])
    assert result.exit_code == 2
    assert "--diff and --report work on files" in result.output


def test_several_files_with_a_report_are_reported_in_order(runner: CliRunner, dirty: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("中国战 “疫”进入新阶段，成效显著。\n", encoding="utf-8")
    report = tmp_path / "report.jsonl"
    result = runner.invoke(main, ["fix", str(dirty), str(other), "-o", str(tmp_path / "out"), "--report", str(report)])
    assert result.exit_code == 0, result.output
    names = [json.loads(line)["path"] for line in report.read_text(encoding="utf-8").splitlines()]
    assert names == [str(dirty), str(other)]


def test_check_and_diff_walk_a_folder_as_fix_does(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "sub" / ".hidden.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CLEAN, encoding="utf-8")
    result = runner.invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'sub' / 'a.txt'}:1:6: width-punct" in result.output
    assert ".hidden" not in result.output
    assert "a.txt" in runner.invoke(main, ["diff", "--color", "never", str(tmp_path)]).output
