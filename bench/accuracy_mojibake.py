"""Mojibake: exact round trips repaired (recall) and edits on clean text (false positives)."""

from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.in.txt"))


def _repaired(text: str) -> str:
    from cleaner.model import apply_edits
    from cleaner.stages import mojibake
    from cleaner.stages.base import StageContext

    edits = [f.edit for f in mojibake.detect(text, StageContext()) if f.edit and f.edit.confidence >= 0.8]
    return apply_edits(text, edits)


def run(seed: int) -> dict[str, float | int | str]:
    from cleaner.lexicon import word_frequencies
    from cleaner.stages import mojibake
    from cleaner.stages.base import StageContext

    rng = random.Random(seed)
    sentences = [
        s for p in SEEDS for s in re.split(r"(?<=[。！？\n])", p.read_text(encoding="utf-8")) if len(s.strip()) >= 2
    ]
    words = sorted(w for w, f in word_frequencies().items() if f >= 5)
    # Exact round trips: seed sentences and random word strings, UTF-8 read as GB18030 or Big5.
    cases = repaired = 0
    samples = sentences + ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for sample in samples:
        for codec in ("gb18030", "cp950"):
            try:
                damaged = sample.encode("utf-8").decode(codec)
            except UnicodeDecodeError:
                continue
            if damaged == sample:
                continue
            cases += 1
            repaired += _repaired(damaged) == sample
    # False positives: random dictionary words (rarer characters than prose), ~1 MB.
    pieces: list[str] = []
    size = 0
    while size < 350_000:
        pieces.append(rng.choice(words) + ("，" if rng.random() < 0.1 else ""))
        size += len(pieces[-1])
    clean = "".join(pieces)
    false_edits = [f for f in mojibake.detect(clean, StageContext()) if f.edit]
    return {
        "exact round-trip cases": cases,
        "repaired": repaired,
        "recall": repaired / cases if cases else 0.0,
        "clean MB checked": round(len(clean.encode("utf-8")) / 1e6, 2),
        "edits on clean text": len(false_edits),
    }
