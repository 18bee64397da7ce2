"""Kill a real `cleaner fix DIR -o OUT --jobs 2` mid-way: no half-written output, no finished work lost."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.batch import MANIFEST_NAME
from tests.conftest import SEEDS

DOCUMENTS = 240


@pytest.mark.slow
def test_killed_run_leaves_only_whole_outputs_and_resumes(tmp_path: Path) -> None:
    source, out = tmp_path / "in", tmp_path / "out"
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    for i in range(DOCUMENTS):
        folder = source / f"{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{i:04d}.txt").write_text(f"第{i}篇, 共{DOCUMENTS}篇\n" + texts[i % len(texts)], encoding="utf-8")
    command = [sys.executable, "-m", "cleaner.cli", "fix", str(source), "-o", str(out), "--jobs", "2", "-q"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE)
    manifest = out / MANIFEST_NAME
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.exists() and manifest.read_text(encoding="utf-8").count("\n") >= 30:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be killed: make the corpus bigger"
    os.killpg(process.pid, signal.SIGKILL)  # the main process and its workers, at once, mid-way
    process.wait()

    written = {p.relative_to(out).as_posix() for p in out.rglob("doc*.txt")}
    assert 30 <= len(written) < DOCUMENTS
    for name in written:  # every output there is whole: the cleaned text of its input
        expected = clean((source / name).read_text(encoding="utf-8")).text
        assert (out / name).read_text(encoding="utf-8") == expected, name
    recorded = set()
    for line in manifest.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(json.JSONDecodeError):  # a line torn by the kill
            recorded.add(json.loads(line)["path"])
    assert recorded <= written  # the manifest never claims an output that is not there

    rerun = subprocess.run([*command[:-1]], capture_output=True, text=True, encoding="utf-8", timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(recorded)} already done" in rerun.stderr  # finished work was not redone
    assert f"{DOCUMENTS} documents" in rerun.stderr
    assert not list(out.rglob("*.tmp"))
    final = sorted(p.relative_to(out).as_posix() for p in out.rglob("doc*.txt"))
    assert len(final) == DOCUMENTS
    for name in final[::17]:
        assert (out / name).read_text(encoding="utf-8") == clean((source / name).read_text(encoding="utf-8")).text


@pytest.mark.slow
def test_killed_jsonl_run_leaves_the_previous_output_whole(tmp_path: Path) -> None:
    texts = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    source, target = tmp_path / "data.jsonl", tmp_path / "out.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for i in range(300):
            handle.write(json.dumps({"i": i, "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    target.write_text('{"i": "previous run"}\n', encoding="utf-8")
    command = [sys.executable, "-m", "cleaner.cli", "fix", str(source), "--text-field", "text", "-o", str(target)]
    process = subprocess.Popen([*command, "-j", "2", "-q"], start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        partial = [p for p in tmp_path.glob(".out.jsonl.*.tmp") if p.stat().st_size > 50_000]
        if partial:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the run finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert target.read_text(encoding="utf-8") == '{"i": "previous run"}\n'  # never half-written

    rerun = subprocess.run([*command, "-q"], capture_output=True, timeout=300, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert not list(tmp_path.glob(".out.jsonl.*.tmp"))  # the killed run's temporary is gone
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["i"] for line in lines] == list(range(300))
