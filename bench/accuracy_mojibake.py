"""Mojibake: exact round trips repaired (recall) and edits on clean text (false positives)."""

from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.in.txt"))
#: The codecs whose misreading of UTF-8 the stage undoes.
CODECS = ("gb18030", "cp950")
#: Shortest run (in wide characters) the stage may repair without its repair being a word.
SHORT_RUN = 4


def _repaired(text: str) -> str:
    from cleaner.model import apply_edits
    from cleaner.stages import mojibake
    from cleaner.stages.base import StageContext

    edits = [f.edit for f in mojibake.detect(text, StageContext()) if f.edit and f.edit.confidence >= 0.8]
    return apply_edits(text, edits)


def unrecoverable(sample: str, damaged: str) -> str | None:
    """Why a text's exact round trip cannot be told from clean text by the text alone, if so.

    - ``reads as clean``: the damage segments into dictionary words at least as probably as
      the text itself (nothing says which of the two is the mojibake);
    - ``no word``: two or three characters that form no dictionary word (``镉鬘``): the only
      evidence is that the bytes are valid UTF-8, and clean text gives such chance round trips
      of two or three characters several times per megabyte.
    """
    from cleaner.lexicon import frequency, segmentation_score

    if segmentation_score(damaged) >= segmentation_score(sample):
        return "reads as clean"
    wide = [c for c in sample if not c.isascii()]
    if len(wide) < SHORT_RUN and frequency(sample.strip()) < 5:
        return "no word"
    return None


def _clean_edits(text: str) -> int:
    from cleaner.stages import mojibake
    from cleaner.stages.base import StageContext

    return sum(1 for f in mojibake.detect(text, StageContext()) if f.edit and f.rule == mojibake.RULE_MOJIBAKE)


def _traditional(text: str) -> str | None:
    """``text`` in traditional characters (OpenCC s2t), or None when OpenCC is not installed."""
    try:
        import opencc
    except ImportError:
        return None
    return opencc.OpenCC("s2t").convert(text)


def run(seed: int) -> dict[str, float | int | str]:
    from cleaner.lexicon import word_frequencies

    rng = random.Random(seed)
    sentences = [
        s for p in SEEDS for s in re.split(r"(?<=[。！？\n])", p.read_text(encoding="utf-8")) if len(s.strip()) >= 2
    ]
    words = sorted(w for w, f in word_frequencies().items() if f >= 5)
    # Exact round trips: seed sentences and random word strings, UTF-8 read as GB18030 or Big5
    # without a single undecodable byte, and different from the text.
    cases = repaired = 0
    classes = {"reads as clean": [0, 0], "no word": [0, 0]}  # [cases, repaired]
    misses: list[str] = []
    samples = sentences + ["".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(3000)]
    for sample in samples:
        for codec in CODECS:
            try:
                damaged = sample.encode("utf-8").decode(codec)
            except UnicodeDecodeError:
                continue
            if damaged == sample:
                continue
            cases += 1
            ok = _repaired(damaged) == sample
            repaired += ok
            why = unrecoverable(sample, damaged)
            if why is not None:
                classes[why][0] += 1
                classes[why][1] += ok
            elif not ok:
                misses.append(f"{sample}({codec})")
    recoverable = cases - sum(c for c, _ in classes.values())
    recoverable_repaired = repaired - sum(r for _, r in classes.values())
    # False positives: random dictionary words (rarer characters than prose), ~1 MB; the seeds'
    # sentences shuffled, ~1 MB; and both again in traditional characters (Big5 misreadings).
    pieces: list[str] = []
    size = 0
    while size < 350_000:
        pieces.append(rng.choice(words) + ("，" if rng.random() < 0.1 else ""))
        size += len(pieces[-1])
    clean_words = "".join(pieces)
    prose: list[str] = []
    size = 0
    while size < 1_000_000:
        prose.append(rng.choice(sentences))
        size += len(prose[-1].encode("utf-8"))
    clean_prose = "".join(prose)
    clean = [clean_words, clean_prose]
    clean += [t for t in (_traditional(clean_words), _traditional(clean_prose)) if t is not None]
    return {
        "exact round-trip cases": cases,
        "repaired": repaired,
        "recall": repaired / cases if cases else 0.0,
        "unrecoverable: damage reads as clean": classes["reads as clean"][0],
        "  of which repaired": classes["reads as clean"][1],
        "unrecoverable: 2-3 chars, no word": classes["no word"][0],
        "  of which repaired (no word)": classes["no word"][1],
        "recoverable cases": recoverable,
        "recoverable repaired": recoverable_repaired,
        "recall on recoverable": recoverable_repaired / recoverable if recoverable else 0.0,
        "recoverable misses": " ".join(misses[:8]) or "-",
        "clean MB checked": round(sum(len(t.encode("utf-8")) for t in clean) / 1e6, 2),
        "clean texts (words, prose, +traditional)": len(clean),
        "edits on clean text": sum(_clean_edits(t) for t in clean),
    }
