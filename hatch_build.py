"""Wheel build hook: compile the lexicon's hot modules with mypyc (the way black ships).

The pure-Python source is the one implementation. A wheel built here (``pip install .``,
``python -m build``) carries, next to each module of :data:`COMPILED`, a C extension that
mypyc made from that same source; Python imports the extension when it is there and can
load, the ``.py`` otherwise. So where nothing could be compiled (no C compiler, mypyc
failing, ``CLEANER_PURE_PYTHON=1``) the wheel is pure Python, the build says why on stderr,
and every answer is the same, only slower.

An editable install (``pip install -e``, what scripts/test and CI use) is never compiled: an
extension built in the source tree would be imported instead of the ``.py`` and keep running
the old code after every edit. tests/test_compiled.py compiles the same modules with
:func:`compile_modules` and checks that they answer exactly as the source does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # tests/test_compiled.py imports this file for compile_modules alone
    BuildHookInterface = object  # type: ignore[assignment,misc]

#: The modules compiled, as paths from the project root: the lexicon and the whole punct-shift
#: stage, where the time goes on garbled text, and the data model (the stage builds a Span, an
#: Edit and a Finding per repair: some 60,000 per MB of garbled text), and the character
#: classes (the stage asks chars.is_han some 100,000 times per MB of garbled text: a call into
#: the interpreter from a compiled module costs more than the test). Each must type-check
#: under mypy (annotations only: a type error stops the compiled build, never the pure one).
COMPILED = (
    "cleaner/chars.py",
    "cleaner/lexicon.py",
    "cleaner/model.py",
    "cleaner/stages/punct_shift/__init__.py",
    "cleaner/stages/punct_shift/decide.py",
    "cleaner/stages/punct_shift/document.py",
    "cleaner/stages/punct_shift/faithful.py",
    "cleaner/stages/punct_shift/marks.py",
    "cleaner/stages/punct_shift/names.py",
    "cleaner/stages/punct_shift/numbers.py",
    "cleaner/stages/punct_shift/pairing.py",
    "cleaner/stages/punct_shift/reading.py",
    "cleaner/stages/punct_shift/table.py",
    "cleaner/stages/punct_shift/tokens.py",
    "cleaner/stages/punct_shift/verse.py",
)

#: Set to 1 to build a pure-Python wheel even where mypyc and a compiler are at hand.
PURE_ENV = "CLEANER_PURE_PYTHON"

_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="cleaner-compiled",
    packages=[],
    py_modules=[],
    ext_modules=mypycify(["--follow-imports=silent", *{modules!r}], opt_level="3"),
)
"""


def compile_modules(root: Path, work: Path) -> list[Path]:
    """Compile :data:`COMPILED` from ``root``'s source in ``work`` (a copy of the package,
    so nothing is written into the source tree); return the extension files made, each
    relative to ``work`` (where it goes in the wheel). Raises on any failure."""
    shutil.copytree(root / "cleaner", work / "cleaner", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (work / "setup.py").write_text(_SETUP.format(modules=list(COMPILED)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"],
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if done.returncode:
        raise RuntimeError(done.stdout[-4000:])
    made = sorted(p.relative_to(work) for p in work.rglob("*.so") if "build" not in p.relative_to(work).parts)
    made += sorted(p.relative_to(work) for p in work.rglob("*.pyd") if "build" not in p.relative_to(work).parts)
    if len(made) < len(COMPILED):
        raise RuntimeError(f"mypyc made {[str(p) for p in made]}, expected one extension per module of {COMPILED}")
    return made


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        self._work: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get(PURE_ENV, "") not in ("", "0"):
            print(f"cleaner: {PURE_ENV} is set, building a pure-Python wheel", file=sys.stderr)
            return
        self._work = tempfile.mkdtemp(prefix="cleaner-mypyc-")
        try:
            made = compile_modules(Path(self.root), Path(self._work))
        except Exception as error:  # no compiler, no mypyc, a type error: pure Python, same answers
            print(
                "cleaner: could not compile the hot modules with mypyc; building a pure-Python wheel "
                f"(same results, slower). Reason:\n{error}",
                file=sys.stderr,
            )
            return
        for path in made:
            build_data["force_include"][os.path.join(self._work, path)] = path.as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        if getattr(self, "_work", None):
            shutil.rmtree(self._work, ignore_errors=True)
