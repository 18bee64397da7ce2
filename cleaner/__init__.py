"""cleaner: repair Chinese text damaged by OCR and PDF extraction, and explain every change.

>>> from cleaner import clean
>>> clean("2022年,意义非凡。").text
'2022年，意义非凡。'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cleaner.config import Config
from cleaner.model import Edit, Finding, Result, Span
from cleaner.pipeline import Pipeline

if TYPE_CHECKING:
    from cleaner.batch import clean_records

__version__ = "0.1.0"
__all__ = ["Config", "Edit", "Finding", "Pipeline", "Result", "Span", "__version__", "clean", "clean_records", "detect"]


def clean(text: str, config: Config | None = None) -> Result:
    """Clean ``text``: every change is an edit in ``Result.edits`` with its rule and reason."""
    return Pipeline(config).run(text)


def detect(text: str, config: Config | None = None) -> list[Finding]:
    """What the stages see in ``text``, in its coordinates, without returning a cleaned text.

    Later stages look at the text as earlier stages repaired it, so the findings are the
    same as those of :func:`clean`.
    """
    return list(Pipeline(config).run(text).findings)


def __getattr__(name: str) -> Any:
    # The batch machinery (multiprocessing, hashing) is imported when first asked for: a
    # single file cleaned from the shell should not pay for it at start-up.
    if name == "clean_records":
        from cleaner.batch import clean_records

        return clean_records
    raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
