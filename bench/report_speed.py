"""Rendering cost of each report format against the cleaning time of the same documents.

Target (issue 9): rendering a report costs < 25% of cleaning. Both are measured in the same
run (the machine is shared and noisy): best of ``--repeat`` runs for each. Usage:
``python -m bench.report_speed [--repeat N] [--seeds DIR]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from cleaner import Pipeline
from cleaner.report import Document, html, patch, terminal
from cleaner.report import json as json_report

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.25


def best_of(repeat: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seeds", type=Path, default=ROOT / "fixtures" / "seeds")
    args = parser.parse_args()
    paths = sorted(args.seeds.glob("*.in.txt")) or sorted(args.seeds.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    pipeline = Pipeline()

    def clean_all() -> list[Document]:
        return [Document(p.name, pipeline.run(t), "utf-8") for p, t in zip(paths, texts, strict=True)]

    docs = clean_all()
    formats: dict[str, Callable[[], object]] = {
        "terminal (no colour)": lambda: terminal.render_many(docs, color=False),
        "terminal (colour)": lambda: terminal.render_many(docs, color=True),
        "patch": lambda: patch.render(docs),
        "json": lambda: json_report.render_json(docs),
        "jsonl": lambda: json_report.render_jsonl(docs),
        "html": lambda: html.render(docs),
    }
    # Interleaved rounds, so that a burst of load from other processes hits both sides alike.
    best = {name: float("inf") for name in ["cleaning", *formats]}
    for _ in range(args.repeat):
        best["cleaning"] = min(best["cleaning"], best_of(1, clean_all))
        for name, render in formats.items():
            best[name] = min(best[name], best_of(1, render))
    cleaning = best["cleaning"]
    chars = sum(map(len, texts))
    edits = sum(len(d.result.edits) for d in docs)
    print(f"{len(docs)} documents, {chars} characters, {edits} edits; best of {args.repeat} interleaved rounds")
    print(f"{'cleaning':<22} {cleaning * 1000:8.1f} ms   (the baseline)")
    worst = 0.0
    for name in formats:
        ratio = best[name] / cleaning
        worst = max(worst, ratio)
        verdict = "ok" if ratio < TARGET else "OVER TARGET"
        print(f"{name:<22} {best[name] * 1000:8.1f} ms   {ratio:6.1%} of cleaning   {verdict}")
    print(f"worst format: {worst:.1%} of cleaning (target < {TARGET:.0%})")


if __name__ == "__main__":
    main()
