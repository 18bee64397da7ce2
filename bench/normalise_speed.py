"""Speed: decode + mojibake on clean UTF-8 Chinese against ftfy.fix_text defaults, same input, same run.

Usage: ``python -m bench.normalise_speed [--mb 1] [--repeat 5]``. Prints MB/s for each and the
ratio (target: decode + mojibake at least 3x faster than ftfy). The input is clean text built
from the seed pages' sentences, shuffled, encoded as UTF-8. Best of ``--repeat`` runs: the
machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.in.txt"))


def clean_corpus(megabytes: float, seed: int = 20261122) -> bytes:
    """About ``megabytes`` MB of clean UTF-8 text made of the seeds' sentences, shuffled."""
    sentences = [
        s for p in SEEDS for s in re.split(r"(?<=[。！？\n])", p.read_text(encoding="utf-8")) if len(s.strip()) >= 2
    ]
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        sentence = rng.choice(sentences)
        out.append(sentence)
        size += len(sentence.encode("utf-8"))
    return "".join(out).encode("utf-8")


def best_time(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="size of the clean input in MB")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import ftfy

    from cleaner.io import decode_bytes
    from cleaner.stages import mojibake
    from cleaner.stages.base import StageContext

    data = clean_corpus(args.mb)
    text = data.decode("utf-8")
    ctx = StageContext()

    def ours() -> list[object]:
        decoded = decode_bytes(data, "bench.txt")
        return mojibake.detect(decoded.text, ctx)

    def theirs() -> str:
        return ftfy.fix_text(data.decode("utf-8"))

    findings = ours()
    changed_by_ftfy = sum(a != b for a, b in zip(text, theirs(), strict=False))
    ours_s = best_time(ours, args.repeat)
    ftfy_s = best_time(theirs, args.repeat)
    megabytes = len(data) / 1_000_000
    print(f"input: {megabytes:.2f} MB clean UTF-8 ({len(text):,} characters) from {len(SEEDS)} seed pages")
    print(f"decode+mojibake : {ours_s * 1000:8.1f} ms  {megabytes / ours_s:8.1f} MB/s  findings: {len(findings)}")
    print(
        f"ftfy.fix_text   : {ftfy_s * 1000:8.1f} ms  {megabytes / ftfy_s:8.1f} MB/s  characters changed: "
        f"{changed_by_ftfy:,} (full-width punctuation turned ASCII)"
    )
    ratio = ftfy_s / ours_s
    verdict = "met" if ratio >= 3 else "NOT met"
    print(f"ratio           : decode+mojibake is {ratio:.1f}x faster than ftfy (target >= 3x: {verdict})")


if __name__ == "__main__":
    main()
