"""The modules a wheel ships compiled by mypyc (hatch_build.COMPILED) answer exactly as their
pure-Python source: the same floats, the same findings, the same cleaned text.

Editable installs (scripts/test, CI) run the source; this test compiles the same modules the
way the wheel build does (hatch_build.compile_modules, into a temporary copy of the package)
and runs both in worker processes on every fixture, the benchmark's garbled texts and a sweep
of lexicon windows. Where there is no C compiler or no mypyc, it is skipped (the wheel is
then pure Python); where they are there, a module that no longer compiles (mypy finds a type
error in it) fails here, before a release quietly ships a slow wheel.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Runs in a worker: imports ``cleaner`` from the tree given, prints where each compiled
#: module came from and one line per answer (repr: floats to the last bit).
_WORKER = r"""
import json, pickle, random, sys
tree, root = sys.argv[1], sys.argv[2]
sys.path[:0] = [tree, root]  # cleaner from the tree; bench (the garbler) from the project
import cleaner, importlib
from pathlib import Path
from cleaner import clean, lexicon
from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect

modules = json.loads(sys.argv[3])
print(json.dumps({m: importlib.import_module(m).__file__ for m in modules}))
from bench.accuracy_punct_shift import CLEAN_SOURCES, garble, normalised

rng = random.Random(7)
garbled = [garble(normalised(p), rng).text for p in CLEAN_SOURCES[:40]]
inputs = sorted(Path(root, "fixtures").rglob("*.in.txt"))
for path in inputs:
    result = clean(path.read_text(encoding="utf-8"))
    print(path.name, repr(result.text), repr(result.edits))
for i, text in enumerate(garbled):
    print("garbled", i, repr(detect(text, StageContext())))
# The data model (compiled too): pickled across processes by batch.py, checked when made.
from cleaner.model import Edit, Span

result = clean(garbled[0])
print("pickled", pickle.loads(pickle.dumps(result)) == result, repr(pickle.loads(pickle.dumps(result.findings))[:3]))
for bad in ((2, 1, "a", "b"), (-1, 0, "", "b"), (1, 2, "ab", "b"), (1, 2, "a", "a"), (1, 2, "a", "b", 1.5)):
    try:
        Edit(Span(bad[0], bad[1]), *bad[2:4], "rule", *bad[4:])
    except ValueError as error:
        print("refused", error)
# The lexicon's scorers on windows of every size, at every position of the seeds (both the
# sorted table and, after it, the loaded dictionary answer frequency()).
for path in sorted(Path(root, "fixtures", "seeds").glob("*.in.txt")):
    text = path.read_text(encoding="utf-8")
    for i in range(0, len(text) - 9, 2):
        w = text[i : i + 9]
        print(
            repr(w),
            lexicon.split_scores(w, 4, 5),
            lexicon.split_scores(w, 4, 5, covered_at=4),
            lexicon.segmentation_scores(w, 3),
            lexicon.best_segmentation(w),
            lexicon.crossing_gain(w[:4], w[4:]),
            lexicon.word_across(w[:4], w[4:]),
            lexicon.spans_word(w[:4], w[4:]),
            lexicon.in_word(w, 4),
            lexicon.word_at_end(w),
            lexicon.word_at_start(w),
            lexicon.frequency(w[2:4]),
        )
"""


def _run(tree: Path, modules: list[str]) -> tuple[dict[str, str], list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, str(tree), str(ROOT), json.dumps(modules)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    first, *lines = done.stdout.splitlines()
    return json.loads(first), lines


def _compiler() -> str | None:
    """The C compiler, where one and Python's headers (python3-dev) are at hand."""
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return None
    return shutil.which(cc)


@pytest.mark.slow
def test_compiled_modules_answer_as_the_source(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypyc") is None or importlib.util.find_spec("setuptools") is None:
        pytest.skip("mypyc or setuptools is not installed: wheels built here are pure Python")
    if _compiler() is None:
        pytest.skip("no C compiler or no Python headers: wheels built here are pure Python (same answers, slower)")
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)

    made = hatch_build.compile_modules(ROOT, tmp_path)  # raises with mypy's message on a type error
    (tmp_path / "mappings").symlink_to(ROOT / "mappings")
    assert {p.parent / p.name.split(".")[0] for p in made} >= {Path(m).with_suffix("") for m in hatch_build.COMPILED}
    # the modules' import names (a package's __init__.py is the package)
    modules = [m.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for m in hatch_build.COMPILED]

    compiled_files, compiled = _run(tmp_path, modules)
    source_files, source = _run(ROOT, modules)
    # Each side ran what it should: the extensions in the compiled tree, the .py in the source.
    assert all(not f.endswith(".py") and f.startswith(str(tmp_path)) for f in compiled_files.values())
    assert all(f.endswith(".py") for f in source_files.values())
    assert len(compiled) == len(source) > 1000
    differing = [i for i, (a, b) in enumerate(zip(compiled, source, strict=True)) if a != b]
    assert not differing, f"{len(differing)} answers differ, first: {source[differing[0]][:300]}"
