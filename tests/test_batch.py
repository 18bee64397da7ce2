"""Folder runs: the tree mirrored, globs, binary files, the pool, the summary, resumable runs."""

from __future__ import annotations

import io
import json
import pickle
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import Config, Pipeline, clean
from cleaner.batch import (
    MANIFEST_NAME,
    FileTask,
    Outcome,
    Progress,
    Summary,
    clean_files,
    config_hash,
    is_binary,
    plan_files,
)
from cleaner.cli import main
from tests.conftest import SEEDS

BAD_UTF8 = b"\xc3\x28 not utf-8"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of seed pages in sub-folders, a binary file, an undecodable one, hidden entries."""
    root = tmp_path / "in"
    for i, seed in enumerate(SEEDS):
        folder = root / ("a" if i % 2 else "b/c")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(seed, folder / seed.name.replace(".in.txt", ".txt"))
    (root / "notes.md").write_text("2022年,意义非凡。\n", encoding="utf-8")
    (root / "clean.txt").write_text("今年，意义非凡。\n", encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "bad.txt").write_bytes(BAD_UTF8)
    (root / ".hidden.txt").write_text("2022年,意义非凡。", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "config.txt").write_text("x,y", encoding="utf-8")
    return root


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MANIFEST_NAME
    }


# --- planning -------------------------------------------------------------------------------


def test_plan_mirrors_the_tree_and_leaves_out_hidden_entries(tree: Path, tmp_path: Path) -> None:
    tasks = plan_files([tree], tmp_path / "out")
    names = [t.name for t in tasks]
    assert names == sorted(names)
    assert ".hidden.txt" not in names and not any(n.startswith(".git") for n in names)
    assert {"a/001-broken-paragraphs.txt", "b/c/000-columns-interleaved.txt", "image.png"} <= set(names)
    for task in tasks:
        assert Path(task.target) == (tmp_path / "out" / task.name).resolve()


def test_include_and_exclude_globs(tree: Path, tmp_path: Path) -> None:
    only_txt = {t.name for t in plan_files([tree], tmp_path / "out", include=["*.txt"])}
    assert "notes.md" not in only_txt and "image.png" not in only_txt and "a/003-ascii-punct.txt" in only_txt
    deep = {t.name for t in plan_files([tree], tmp_path / "out", include=["b/**"])}
    assert deep == {"b/c/000-columns-interleaved.txt", "b/c/002-punct-shift-narrow-columns.txt",
                    "b/c/004-broken-paragraphs.txt"}  # fmt: skip
    without_a = {t.name for t in plan_files([tree], tmp_path / "out", exclude=["a/*", "*.png"])}
    assert not any(n.startswith("a/") for n in without_a) and "image.png" not in without_a


def test_output_folder_inside_the_input_is_not_walked(tree: Path) -> None:
    out = tree / "cleaned"
    out.mkdir()
    (out / "old.txt").write_text("x", encoding="utf-8")
    assert not any(t.name.startswith("cleaned") for t in plan_files([tree], out))


def test_plan_refuses_to_overwrite_an_input(tree: Path) -> None:
    with pytest.raises(ValueError, match="overwrite the input"):
        plan_files([tree], tree)


def test_is_binary() -> None:
    assert is_binary(b"\x89PNG\x00")
    assert not is_binary("中文".encode("utf-16"))  # a BOM: text with NUL bytes
    assert not is_binary("中文".encode())


# --- the command line -----------------------------------------------------------------------


def test_fix_folder_writes_cleaned_tree_and_summary(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = run("fix", str(tree), "-o", str(out), "--jobs", "2")
    assert code == 1, stderr  # bad.txt failed
    assert stdout == ""
    written = outputs(out)
    assert "image.png" not in written and "bad.txt" not in written and ".hidden.txt" not in written
    for name, data in written.items():
        assert data.decode("utf-8") == clean((tree / name).read_text(encoding="utf-8")).text
    assert written["clean.txt"] == (tree / "clean.txt").read_bytes()
    assert "9 documents: 6 changed, 1 unchanged, 0 already done, 1 failed, 1 skipped" in stderr
    assert "failed: bad.txt: not valid UTF-8 at byte 0" in stderr
    assert "skipped: image.png: binary content" in stderr
    assert "width-punct" in stderr and "MB/s" in stderr
    assert "\r" not in stderr  # no progress line: stderr is not a terminal


def test_exit_0_when_nothing_failed_and_quiet_prints_nothing(tree: Path, tmp_path: Path) -> None:
    (tree / "bad.txt").unlink()
    code, stdout, stderr = run("fix", str(tree), "-o", str(tmp_path / "out"), "--quiet")
    assert (code, stdout, stderr) == (0, "", "")


def test_jobs_1_and_jobs_2_give_the_same_bytes(tree: Path, tmp_path: Path) -> None:
    run("fix", str(tree), "-o", str(tmp_path / "one"), "--jobs", "1", "-q")
    run("fix", str(tree), "-o", str(tmp_path / "two"), "--jobs", "2", "-q")
    one, two = outputs(tmp_path / "one"), outputs(tmp_path / "two")
    assert one == two and len(one) == 7


def test_never_overwrites_inputs_without_in_place(tree: Path) -> None:
    before = outputs(tree)
    code, _, stderr = run("fix", str(tree), "-o", str(tree))
    assert code == 2 and "overwrite the input" in stderr
    code, _, stderr = run("fix", str(tree))
    assert code == 2 and "-o DIR or --in-place" in stderr
    assert outputs(tree) == before


def test_in_place_rewrites_only_changed_files(tree: Path) -> None:
    (tree / "bad.txt").unlink()
    clean_before = (tree / "clean.txt").stat().st_mtime_ns
    code, _, _ = run("fix", str(tree), "--in-place", "-q")
    assert code == 0
    assert (tree / "notes.md").read_text(encoding="utf-8") == "2022年，意义非凡。\n"
    assert (tree / "clean.txt").stat().st_mtime_ns == clean_before
    assert not (tree / MANIFEST_NAME).exists()


def test_several_files_into_a_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("2022年,意义非凡。", encoding="utf-8")
    b.write_text("今年，意义非凡。", encoding="utf-8")
    code, _, _ = run("fix", str(a), str(b), "-o", str(tmp_path / "out"), "-q")
    assert code == 0
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == "2022年，意义非凡。"
    assert (tmp_path / "out" / "b.txt").read_text(encoding="utf-8") == "今年，意义非凡。"


def test_single_file_behaviour_is_unchanged(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("2022年,意义非凡。", encoding="utf-8")
    assert run("fix", str(a)) == (0, "2022年，意义非凡。", "")
    code, _, _ = run("fix", str(a), "-o", str(tmp_path / "b.txt"))
    assert code == 0 and (tmp_path / "b.txt").read_text(encoding="utf-8") == "2022年，意义非凡。"
    code, _, stderr = run("fix", str(a), "-o", str(a))
    assert code == 2 and "overwrite the input" in stderr
    assert run("fix", str(tmp_path / "missing.txt"))[0] == 2


def test_usage_errors_exit_2(tree: Path, tmp_path: Path) -> None:
    afile = tmp_path / "file.txt"
    afile.write_text("x", encoding="utf-8")
    assert run("fix", str(tree), "-o", str(afile))[0] == 2
    assert run("fix", str(tree), str(tmp_path / "nope"), "-o", str(tmp_path / "o"))[0] == 2
    assert run("fix", str(tree), "-o", str(tmp_path / "o"), "--jobs", "0")[0] == 2


# --- resumable runs -------------------------------------------------------------------------


def test_rerun_skips_what_is_done_and_current(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (tree / "bad.txt").unlink()
    run("fix", str(tree), "-o", str(out), "-q")
    first = outputs(out)
    manifest = [json.loads(line) for line in (out / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()]
    assert len(manifest) == 7 and all({"path", "input", "config", "version"} <= set(e) for e in manifest)

    code, _, stderr = run("fix", str(tree), "-o", str(out))
    assert code == 0 and "0 changed, 0 unchanged, 7 already done" in stderr

    (tree / "clean.txt").write_text("今年,意义非凡。\n", encoding="utf-8")  # input changed
    (out / "notes.md").unlink()  # output lost
    code, _, stderr = run("fix", str(tree), "-o", str(out))
    assert "2 changed, 0 unchanged, 5 already done" in stderr
    assert (out / "clean.txt").read_text(encoding="utf-8") == "今年，意义非凡。\n"
    assert outputs(out)["notes.md"] == first["notes.md"]

    code, _, stderr = run("fix", str(tree), "-o", str(out), "--skip", "width")  # config changed
    assert "0 already done" in stderr


def test_torn_manifest_line_and_stale_temporaries_are_survived(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (tree / "bad.txt").unlink()
    run("fix", str(tree), "-o", str(out), "-q")
    with (out / MANIFEST_NAME).open("a", encoding="utf-8") as handle:
        handle.write('{"path": "notes.md", "inp')  # a run killed while appending
    stale = out / ".notes.md.abcd1234.tmp"
    stale.write_text("half", encoding="utf-8")
    code, _, stderr = run("fix", str(tree), "-o", str(out))
    assert code == 0 and "7 already done" in stderr
    assert not stale.exists()


# --- the library ----------------------------------------------------------------------------


def test_config_and_pipeline_are_picklable() -> None:
    config = Config(rules={"cjk-space": "report"}, threshold=0.9, options={"width": {"style": "taiwan"}}, source="t")
    assert pickle.loads(pickle.dumps(config)) == config
    pipeline = pickle.loads(pickle.dumps(Pipeline(config)))
    assert pipeline.config == config
    assert config_hash(pickle.loads(pickle.dumps(config))) == config_hash(config)
    assert config_hash(config) != config_hash(Config())
    assert config_hash(Config(source="a")) == config_hash(Config(source="b"))  # where it came from does not matter


def test_results_are_picklable() -> None:
    # (workers send results back; tests/test_compiled.py checks the same of the compiled model)
    result = clean('他说,"好" 。')
    assert result.edits and result.findings
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result and type(copy.edits[0].span) is type(result.edits[0].span)


def test_a_failing_stage_costs_one_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "b.txt").write_text("fine", encoding="utf-8")
    pipeline = Pipeline()
    real_run = pipeline.run

    def run_or_fail(text: str):  # type: ignore[no-untyped-def]
        if text == "boom":
            raise RuntimeError("stage bug")
        return real_run(text)

    monkeypatch.setattr(pipeline, "run", run_or_fail)
    from cleaner.batch import clean_file

    out = tmp_path / "out"
    a = clean_file(FileTask(str(tmp_path / "a.txt"), "a.txt", str(out / "a.txt")), pipeline)
    b = clean_file(FileTask(str(tmp_path / "b.txt"), "b.txt", str(out / "b.txt")), pipeline)
    assert a.status == "failed" and "RuntimeError: stage bug" in a.reason and not (out / "a.txt").exists()
    assert b.status == "unchanged" and (out / "b.txt").read_text(encoding="utf-8") == "fine"


def test_clean_files_reports_each_outcome(tree: Path, tmp_path: Path) -> None:
    seen: list[Outcome] = []
    summary = clean_files(plan_files([tree], tmp_path / "out"), jobs=2, on_outcome=seen.append)
    assert sorted(o.name for o in seen) == sorted(t.name for t in plan_files([tree], tmp_path / "out"))
    assert summary.documents == len(seen) == 9
    assert summary.edits == sum((Summary(edits=__import__("collections").Counter(o.stats)).edits for o in seen),
                                start=__import__("collections").Counter())  # fmt: skip


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal_only() -> None:
    assert Progress.for_stream(10, 1000, io.StringIO(), quiet=False) is None
    assert Progress.for_stream(10, 1000, _Tty(), quiet=True) is None
    stream = _Tty()
    progress = Progress.for_stream(2, 2_000_000, stream, quiet=False)
    assert progress is not None
    progress.update(Outcome("a", "changed", size=1_000_000))
    progress.update(Outcome("b", "changed", size=1_000_000))
    progress.close()
    line = stream.getvalue().split("\r")[-1]
    assert "2/2 docs" in line and "2.0/2.0 MB" in line and "docs/s" in line and "MB/s" in line and "ETA 00:00" in line
    assert "ETA" in Progress(None, None, _Tty()).render(1.0)
