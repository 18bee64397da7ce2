"""Tests on the data tables themselves, and that they ship inside the wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
import venv
from pathlib import Path

import pytest

from cleaner.tables import read_tsv
from tests.conftest import ROOT

TABLES = sorted(p.name for p in (ROOT / "mappings").glob("*.tsv"))


@pytest.mark.parametrize("name", TABLES)
def test_table_keys_are_unique_and_not_chained(name: str) -> None:
    rows = read_tsv(name)
    keys = [row[0] for row in rows]
    assert len(keys) == len(set(keys)), "duplicate keys"
    values = {row[1] for row in rows if len(row) > 1}
    assert not (set(keys) & values), "a value is also a key: applying the table twice would change more"


def test_width_punct_maps_each_ascii_mark_to_its_fullwidth_form() -> None:
    for ascii_mark, fullwidth, name in read_tsv("width_punct.tsv"):
        assert ord(fullwidth) == ord(ascii_mark) + 0xFEE0
        assert unicodedata.name(fullwidth) == name


@pytest.mark.slow
def test_wheel_ships_the_tables(tmp_path: Path) -> None:
    """Build the wheel, install it into a fresh venv, and load every table from there."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("cleaner-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, capture_output=True)
    probe = (
        "import sys, cleaner.tables as t\n"
        f"for name in {TABLES!r}:\n"
        "    path = t.table_path(name)\n"
        "    assert 'site-packages' in str(path), path\n"
        "    assert t.read_tsv(name), name\n"
        "print('ok')\n"
    )
    # (a PYTHONPATH naming a checkout, as a worktree's test run sets it, would load the tables from there)
    clean_env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run([python, "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=clean_env)
    assert result.stdout.strip() == "ok", result.stderr
    assert (env_dir / "bin" / "cleaner").exists(), "console script installed"
