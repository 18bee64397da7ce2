from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on a fixed set of examples (derandomized), so that a landing is
# decided by the change, not by the examples one run happened to draw; runs elsewhere draw new
# examples each time and keep finding what the fixed set misses (HYPOTHESIS_PROFILE=ci to
# reproduce CI). A failure found that way becomes a test of its own.
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.in.txt"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-fixtures",
        action="store_true",
        help="Rewrite each fixture's .expected.txt from the current output (review the diff before committing).",
    )


@pytest.fixture
def update_fixtures(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-fixtures"))
