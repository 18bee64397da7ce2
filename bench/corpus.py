"""Benchmark corpora built from the seed pages in fixtures/seeds/.

Kinds: ``clean`` (the mostly clean pages 001/003/004), ``garbled`` (002, the punctuation
garble), ``mixed`` (all five). A corpus is a list of documents, one seed page each, repeated
until the total reaches the requested size.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
KINDS = {
    "clean": ("001", "003", "004"),
    "garbled": ("002",),
    "mixed": ("000", "001", "002", "003", "004"),
}


def seed_pages(kind: str) -> list[str]:
    prefixes = KINDS[kind]
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.in.txt")) if p.name[:3] in prefixes]


def documents(kind: str, size_bytes: int) -> list[str]:
    """Seed pages of ``kind``, cycled, until their UTF-8 size reaches ``size_bytes``."""
    pages = seed_pages(kind)
    docs: list[str] = []
    total = 0
    while total < size_bytes:
        page = pages[len(docs) % len(pages)]
        docs.append(page)
        total += len(page.encode("utf-8"))
    return docs


def utf8_size(docs: list[str]) -> int:
    return sum(len(d.encode("utf-8")) for d in docs)


def gathered(pieces: Iterable[str], at_least: int, sep: str = "\n") -> list[str]:
    """Consecutive ``pieces`` (lines, pages, whole poems: never split) joined by ``sep`` into
    documents of ``at_least`` characters or more, the last one whatever is left."""
    docs: list[str] = []
    current: list[str] = []
    size = 0
    for piece in pieces:
        current.append(piece)
        size += len(piece) + len(sep)
        if size >= at_least:
            docs.append(sep.join(current))
            current, size = [], 0
    if current:
        docs.append(sep.join(current))
    return docs
