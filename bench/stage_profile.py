"""Where the full pipeline spends its time: each stage's detect() as it runs inside the pipeline.

``bench.throughput`` times each stage alone (on the raw input); this times every stage on the
text the stages before it produced, which is what the default pipeline pays, and shows the
rest (composition, selection, lifting findings) as pipeline overhead. Times are CPU time of
this process, so that a busy neighbour on a shared machine does not move them.

Usage: ``python -m bench.stage_profile [--kind clean|garbled|mixed] [--size-mb 1] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from collections import defaultdict
from collections.abc import Callable

from bench.corpus import KINDS, documents, utf8_size
from cleaner.pipeline import STAGES, Pipeline
from cleaner.stages.base import Detector


def _timed(detect: Detector, stage_id: str, spent: dict[str, float]) -> Detector:
    def run(text, ctx):
        start = time.process_time()
        try:
            return detect(text, ctx)
        finally:
            spent[stage_id] += time.process_time() - start

    return run


def profile(kind: str, size_mb: float, repeat: int) -> None:
    docs = documents(kind, int(size_mb * 1_000_000))
    megabytes = utf8_size(docs) / 1e6
    spent: dict[str, float] = defaultdict(float)
    stages = tuple(dataclasses.replace(s, detect=_timed(s.detect, s.id, spent)) for s in STAGES)
    run: Callable = Pipeline(stages=stages).run
    runs: list[tuple[float, dict[str, float], int]] = []
    for _ in range(repeat):
        spent.clear()
        start = time.process_time()
        edits = sum(len(run(doc).edits) for doc in docs)
        runs.append((time.process_time() - start, dict(spent), edits))
    total, per_stage, edits = sorted(runs, key=lambda r: r[0])[len(runs) // 2]  # the median run
    print(f"== {kind}: {len(docs)} documents, {megabytes:.2f} MB, {edits} edits, median of {repeat}")
    print(f"   pipeline                 {total:7.3f} s  {megabytes / total:7.2f} MB/s")
    for stage_id, seconds in sorted(per_stage.items(), key=lambda kv: -kv[1]):
        rate = megabytes / seconds if seconds else float("inf")
        print(f"   stage {stage_id:18s} {seconds:7.3f} s  {rate:7.2f} MB/s  {seconds / total:5.0%}")
    overhead = total - sum(per_stage.values())
    print(f"   pipeline overhead        {overhead:7.3f} s                {overhead / total:5.0%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", choices=sorted(KINDS), action="append")
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for kind in args.kind or ["clean", "garbled"]:
        profile(kind, args.size_mb, args.repeat)


if __name__ == "__main__":
    main()
