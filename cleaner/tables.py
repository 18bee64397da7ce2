"""Loading the data tables of ``mappings/`` (shipped in the wheel as ``cleaner/mappings/``)."""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGED = Path(__file__).parent / "mappings"
_SOURCE_CHECKOUT = Path(__file__).parent.parent / "mappings"


def table_path(name: str) -> Path:
    """The path of table ``name``: inside the installed package, else in a source checkout."""
    for folder in (_PACKAGED, _SOURCE_CHECKOUT):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"mapping table {name!r} is missing from {_PACKAGED} and {_SOURCE_CHECKOUT}")


@functools.cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a TSV table, comments (``#``) and blank lines left out.

    Fields are split on tabs and kept verbatim: a table may map to a space.
    """
    rows = []
    for line in table_path(name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(line.split("\t")))
    return tuple(rows)
