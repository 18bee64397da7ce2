"""The fixture pairs are the specification.

``fixtures/**/NAME.in.txt`` is cleaned and compared with ``NAME.expected.txt``; with no
expected file the text must come back unchanged. ``NAME.options.toml`` (same format as
cleaner.toml) configures the run. Every fixture also checks the accounting invariant and
idempotence. ``pytest --update-fixtures`` rewrites the expected files: review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean
from cleaner.config import Config, load
from cleaner.model import apply_edits
from tests.conftest import FIXTURES

CASES = sorted(FIXTURES.rglob("*.in.txt"))


def _config_for(case: Path) -> Config | None:
    options = case.with_name(case.name.replace(".in.txt", ".options.toml"))
    return load(options) if options.exists() else None


def _expected_path(case: Path) -> Path:
    return case.with_name(case.name.replace(".in.txt", ".expected.txt"))


def test_there_are_fixtures() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture(case: Path, update_fixtures: bool) -> None:
    source = case.read_text(encoding="utf-8")
    config = _config_for(case)
    result = clean(source, config)
    assert apply_edits(source, result.edits) == result.text, "accounting invariant"
    assert clean(result.text, config).text == result.text, "idempotence: cleaning twice changes more"
    expected_path = _expected_path(case)
    if update_fixtures:
        if result.text == source:
            expected_path.unlink(missing_ok=True)
        else:
            expected_path.write_text(result.text, encoding="utf-8")
        return
    expected = expected_path.read_text(encoding="utf-8") if expected_path.exists() else source
    assert result.text == expected
