"""Speed of the punct-shift stage, against the whole pipeline measured in the same run.

Two workloads:

* clean text with no look-alike density (seeds 001/003/004, width-normalised): the stage's
  share of the pipeline's time (target: under 10%);
* fully garbled text (the same text through the accuracy benchmark's garbler, plus seed
  002): the stage's throughput in MB/s of UTF-8 on one core (target: at least 2), and on
  seed 002 alone (the real garbled page).

Usage: ``python -m bench.punct_shift [--repeat N]``. Times are CPU times, best of several
rounds; a fixed reference loop shows how fast the (shared) core is at the moment.
"""

from __future__ import annotations

import argparse
import random
import time

from bench.accuracy_punct_shift import CLEAN_SOURCES, ROOT, garble, normalised
from cleaner import clean, lexicon
from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from cleaner.stages.punct_shift.reading import _window_scores


def _best(func, rounds: int) -> float:
    """The least CPU time of ``rounds`` runs (CPU time: the machine is shared)."""
    times = []
    for _ in range(rounds):
        started = time.process_time()
        func()
        times.append(time.process_time() - started)
    return min(times)


def _stage_cold(docs: list[str]) -> None:
    """The stage over each document with the lexicon's segmentation cache and the stage's
    window cache emptied first, so that repeated copies of the corpus do not flatter it."""
    for doc in docs:
        lexicon.segmentation_score.cache_clear()
        _window_scores.cache_clear()
        detect(doc, StageContext())


def _reference_loop() -> float:
    """Seconds for a fixed pure-Python loop: how fast this shared core is right now (compare
    runs by it)."""
    started = time.process_time()
    total = 0
    for i in range(5_000_000):
        total += i
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="copies of the corpus per workload")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    detect("袁遥尧院野冶" * 3, StageContext())  # load the tables and the dictionary once

    clean_docs = [normalised(p) for p in CLEAN_SOURCES[:3]] * args.repeat
    clean_bytes = sum(len(d.encode("utf-8")) for d in clean_docs)
    stage_clean = _best(lambda: [detect(d, StageContext()) for d in clean_docs], args.rounds)
    pipeline_clean = _best(lambda: [clean(d) for d in clean_docs], args.rounds)

    rng = random.Random(1)
    garbled_docs = [garble(normalised(p), rng).text for p in CLEAN_SOURCES]
    garbled_docs.append((ROOT / "fixtures/seeds/002-punct-shift-narrow-columns.in.txt").read_text(encoding="utf-8"))
    garbled_docs *= args.repeat
    garbled_bytes = sum(len(d.encode("utf-8")) for d in garbled_docs)
    stage_garbled = _best(lambda: _stage_cold(garbled_docs), args.rounds)
    stage_garbled_warm = _best(lambda: [detect(d, StageContext()) for d in garbled_docs], args.rounds)
    pipeline_garbled = _best(lambda: [clean(d) for d in garbled_docs], args.rounds)
    # Seed 002 alone: the real garbled page (the corpus above adds the look-alike-dense
    # negatives, garbled: harder than any real page).
    seed_docs = [(ROOT / "fixtures/seeds/002-punct-shift-narrow-columns.in.txt").read_text(encoding="utf-8")]
    seed_docs *= args.repeat * 10
    seed_bytes = sum(len(d.encode("utf-8")) for d in seed_docs)
    stage_seed = _best(lambda: _stage_cold(seed_docs), args.rounds)

    mb = 1024 * 1024
    print(f"reference loop (5M additions): {min(_reference_loop() for _ in range(3)):.3f}s CPU")
    print(f"clean text:   {clean_bytes / mb:6.2f} MB  stage {stage_clean:6.3f}s  pipeline {pipeline_clean:6.3f}s")
    print(f"   stage share of the pipeline            {stage_clean / pipeline_clean:7.2%}  (target < 10%)")
    print(f"   stage throughput                       {clean_bytes / mb / stage_clean:7.1f} MB/s")
    print(f"garbled text: {garbled_bytes / mb:6.2f} MB  stage {stage_garbled:6.3f}s  pipeline {pipeline_garbled:6.3f}s")
    print(f"   stage throughput, cold cache           {garbled_bytes / mb / stage_garbled:7.2f} MB/s  (target >= 2)")
    print(f"   stage throughput, warm cache           {garbled_bytes / mb / stage_garbled_warm:7.2f} MB/s")
    print(f"   stage share of the pipeline            {stage_garbled / pipeline_garbled:7.2%}")
    print(f"seed 002:     {seed_bytes / mb:6.2f} MB  stage {stage_seed:6.3f}s")
    print(f"   stage throughput, cold cache           {seed_bytes / mb / stage_seed:7.2f} MB/s  (target >= 2)")


if __name__ == "__main__":
    main()
