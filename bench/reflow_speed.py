"""Speed of the reflow stage on already-clean text (one paragraph per line, blank lines
between), against its peers measured in the same run, in MB (UTF-8) per CPU second on one
core. Usage: ``python -m bench.reflow_speed``.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

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


def measure(megabytes: float = 4.0, repeats: int = 5) -> dict[str, float]:
    """MB/s of each stage's detect() on clean text: the best of ``repeats`` runs."""
    text = clean_text(megabytes)
    size = len(text.encode("utf-8")) / 1e6
    ctx = StageContext()
    reflow.detect(text[:5000], ctx)  # warm up (regexes, the lexicon if it is needed)
    speeds = {}
    for name, detect in PEERS.items():
        best = float("inf")
        for _ in range(repeats):
            # CPU time of this process: the machine is shared, and waiting for a core is
            # not the stage's cost (wall-clock numbers swing with the neighbours' load).
            started = time.process_time()
            detect(text, ctx)
            best = min(best, time.process_time() - started)
        speeds[name] = size / best
    return speeds


def main() -> None:
    speeds = measure()
    for name, speed in speeds.items():
        print(f"{name:<10} {speed:8.1f} MB/s   x{speed / speeds['reflow']:.2f} of reflow")


if __name__ == "__main__":
    main()
