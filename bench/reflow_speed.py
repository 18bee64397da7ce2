"""Speed of the reflow stage, against its peers measured in the same run, in MB (UTF-8) per
CPU second on one core: on already-clean text (one paragraph per line, blank lines between)
and on the text reflow is given inside the pipeline on garbled pages (seed 002: narrow
column lines, a break to judge on nearly every line; every round reflow runs, as the
pipeline runs it, per MB of pages), where it also prints the CPU time per line break.
Usage: ``python -m bench.reflow_speed``.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable
from pathlib import Path

from bench.corpus import seed_pages
from cleaner.pipeline import STAGES, Pipeline
from cleaner.stages import cjk_space, reflow, width
from cleaner.stages.base import StageContext

ROOT = Path(__file__).resolve().parent.parent
CLEAN_FILES = (
    "fixtures/seeds/001-broken-paragraphs.expected.txt",
    "fixtures/seeds/003-ascii-punct.expected.txt",
    "fixtures/seeds/004-broken-paragraphs.expected.txt",
    "fixtures/reflow/column-lines-short-last-line.expected.txt",
    "fixtures/reflow/canonical-unchanged.in.txt",
)
PEERS = {"reflow": reflow.detect, "cjk-space": cjk_space.detect, "width": width.detect}


def clean_text(megabytes: float) -> str:
    """Canonical clean text of about ``megabytes`` MB (UTF-8)."""
    parts = []
    for name in CLEAN_FILES:
        text = (ROOT / name).read_text(encoding="utf-8")
        parts.extend(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    document = "\n\n".join(parts) + "\n\n"
    copies = max(1, int(megabytes * 1e6 / len(document.encode("utf-8"))))
    return document * copies


def reflow_inputs(kind: str = "garbled") -> list[str]:
    """What reflow.detect is given when the default pipeline cleans the seed pages of ``kind``:
    one text per round it runs."""
    seen: list[str] = []

    def recording(text: str, ctx: StageContext) -> list:
        seen.append(text)
        return reflow.detect(text, ctx)

    stages = tuple(dataclasses.replace(s, detect=recording) if s.id == "reflow" else s for s in STAGES)
    pipeline = Pipeline(stages=stages)
    for page in seed_pages(kind):
        pipeline.run(page)
    return seen


def _best(detect: Callable, texts: list[str], repeats: int) -> float:
    """Best CPU time of ``repeats`` runs of ``detect`` over ``texts``."""
    ctx = StageContext()
    best = float("inf")
    for _ in range(repeats):
        # CPU time of this process: the machine is shared, and waiting for a core is
        # not the stage's cost (wall-clock numbers swing with the neighbours' load).
        started = time.process_time()
        for text in texts:
            detect(text, ctx)
        best = min(best, time.process_time() - started)
    return best


def measure(megabytes: float = 4.0, repeats: int = 5) -> dict[str, float]:
    """MB/s of each stage's detect() on clean text: the best of ``repeats`` runs."""
    text = clean_text(megabytes)
    size = len(text.encode("utf-8")) / 1e6
    reflow.detect(text[:5000], StageContext())  # warm up (regexes, the lexicon if it is needed)
    return {name: size / _best(detect, [text], repeats) for name, detect in PEERS.items()}


def measure_garbled(repeats: int = 20) -> dict[str, float]:
    """MB/s of each stage's detect() on what reflow is given inside the pipeline on seed 002,
    every round (reflow runs twice there). The size counted is that of the pages, as
    ``bench.stage_profile`` counts it: MB of input cleaned per second spent in the stage."""
    texts = reflow_inputs("garbled")
    size = sum(len(page.encode("utf-8")) for page in seed_pages("garbled")) / 1e6
    return {name: size / _best(detect, texts, repeats) for name, detect in PEERS.items()}


def per_break(kind: str = "garbled", repeats: int = 20) -> tuple[float, int]:
    """reflow.detect's best CPU time per line break (µs) on what it is given inside the
    pipeline on the seed pages of ``kind``, and the number of line breaks (all rounds)."""
    texts = reflow_inputs(kind)
    breaks = sum(text.count("\n") for text in texts)
    return _best(reflow.detect, texts, repeats) / breaks * 1e6, breaks


def main() -> None:
    for label, speeds in (("clean text", measure()), ("garbled, inside the pipeline", measure_garbled())):
        print(f"== {label}")
        for name, speed in speeds.items():
            print(f"   {name:<10} {speed:8.1f} MB/s   x{speed / speeds['reflow']:.2f} of reflow")
    for kind in ("garbled", "clean"):
        micros, breaks = per_break(kind)
        print(f"== reflow per line break, {kind} seed pages inside the pipeline: {micros:.2f} µs ({breaks} breaks)")


if __name__ == "__main__":
    main()
