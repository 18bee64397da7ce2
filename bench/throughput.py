"""Throughput of the cleaner against the tools people use instead, side by side in one run.

For each corpus (clean-ish, garbled, mixed) it times, interleaved over several repetitions,
the full default pipeline, each stage alone, ftfy.fix_text (defaults), autocorrect-py's
``format``, pangu and OpenCC t2s, and prints the median MB/s of each and our ratio to each
peer. Then: peak RSS, start-up time of ``cleaner fix`` on a 1 KB file against
``python -c "import ftfy"``, and how 20 MB scales against 1 MB.

Usage: ``python -m bench.throughput [--size-mb 1] [--repeat 5] [--quick]``.
Peers that are not installed are reported as such (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.corpus import KINDS, documents, seed_pages, utf8_size
from cleaner import Config
from cleaner.pipeline import STAGES, Pipeline

Tool = Callable[[str], object]


def our_tools() -> dict[str, Tool]:
    tools: dict[str, Tool] = {"cleaner (all stages)": Pipeline().run}
    ids = [s.id for s in STAGES]
    for stage_id in ids:
        pipeline = Pipeline(Config().only([stage_id], ids))
        if pipeline.stages:  # stages that are off by default are timed only when enabled
            tools[f"  stage {stage_id}"] = pipeline.run
    return tools


def peer_tools() -> dict[str, Tool | str]:
    peers: dict[str, Tool | str] = {}
    try:
        import ftfy

        peers["ftfy.fix_text"] = ftfy.fix_text
    except ImportError:
        peers["ftfy.fix_text"] = "not installed"
    try:
        import autocorrect_py

        peers["autocorrect-py format"] = autocorrect_py.format
    except ImportError:
        peers["autocorrect-py format"] = "not installed"
    try:
        import pangu

        peers["pangu"] = pangu.spacing_text if hasattr(pangu, "spacing_text") else pangu.space_text
    except ImportError:
        peers["pangu"] = "not installed"
    try:
        import opencc

        peers["opencc t2s"] = opencc.OpenCC("t2s").convert
    except ImportError:
        peers["opencc t2s"] = "not installed"
    return peers


def time_once(tool: Tool, docs: list[str]) -> float:
    started = time.perf_counter()
    for doc in docs:
        tool(doc)
    return time.perf_counter() - started


def compare(kind: str, size: int, repeat: int) -> None:
    docs = documents(kind, size)
    megabytes = utf8_size(docs) / 1e6
    tools: dict[str, Tool] = our_tools()
    missing = []
    for name, peer in peer_tools().items():
        if isinstance(peer, str):
            missing.append(f"{name} ({peer})")
        else:
            tools[name] = peer
    for tool in tools.values():  # warm up: imports, lazily loaded tables, the lexicon
        tool(docs[0])
    times: dict[str, list[float]] = {name: [] for name in tools}
    for _ in range(repeat):  # interleaved, so a noisy neighbour hits every tool alike
        for name, tool in tools.items():
            times[name].append(time_once(tool, docs))
    rates = {name: megabytes / statistics.median(ts) for name, ts in times.items()}
    ours = rates["cleaner (all stages)"]
    print(f"\n== {kind}: {len(docs)} documents, {megabytes:.2f} MB, median of {repeat}")
    for name, rate in rates.items():
        ratio = "" if name.startswith(("cleaner", "  stage")) else f"   cleaner/this = {ours / rate:5.2f}x"
        print(f"   {name:<26} {rate:8.2f} MB/s{ratio}")
    for name in missing:
        print(f"   {name}")


def startup(repeat: int) -> None:
    cleaner_exe = shutil.which("cleaner") or str(Path(sys.executable).parent / "cleaner")
    with tempfile.TemporaryDirectory() as folder:
        tiny = Path(folder) / "tiny.txt"
        tiny.write_text(("2022年,意义非凡。党的二十大 胜利召开。\n" * 20)[:1000], encoding="utf-8")
        # A damaged page needs the lexicon's tables: what one file costs in a shell loop.
        garbled = Path(folder) / "garbled.txt"
        garbled.write_text(seed_pages("garbled")[0][:1000], encoding="utf-8")
        commands = {
            "cleaner fix (1 KB file)": [cleaner_exe, "fix", str(tiny)],
            "cleaner fix (1 KB garbled)": [cleaner_exe, "fix", str(garbled)],
            'python -c "import ftfy"': [sys.executable, "-c", "import ftfy"],
            'python -c "pass"': [sys.executable, "-c", "pass"],
        }
        walls: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repeat):
            for name, command in commands.items():
                started = time.perf_counter()
                done = subprocess.run(command, capture_output=True, check=False)
                walls[name].append(time.perf_counter() - started)
                if done.returncode != 0 and "ftfy" not in name:
                    raise SystemExit(f"{name} failed: {done.stderr.decode()[:500]}")
    medians = {name: statistics.median(ws) for name, ws in walls.items()}
    print(f"\n== start-up, median of {repeat}")
    for name, wall in medians.items():
        print(f"   {name:<26} {wall * 1000:8.1f} ms")
    budget = medians['python -c "import ftfy"'] * 2 + 0.1
    print(f"   target: cleaner fix <= 2 x import ftfy + 100 ms = {budget * 1000:.1f} ms")


def scaling(repeat: int, large_mb: int) -> None:
    """Time per MB must not grow with size: over a corpus of many documents, and within one
    document (a book-sized text: what a stage does per document must be linear too)."""
    pipeline = Pipeline()
    small, large = documents("mixed", 1_000_000), documents("mixed", large_mb * 1_000_000)
    pipeline.run(small[0])
    cases = {
        "corpus of pages": (small, large),
        "one document": (["\n\n".join(small)], ["\n\n".join(large)]),
    }
    print(f"\n== scaling (mixed): 1 MB against {large_mb} MB (target: time ratio <= 1.1 x size ratio)")
    for label, (small_docs, large_docs) in cases.items():
        # Interleaved, and the mean of each (not the median of the small runs against the large
        # ones): a long run takes every hiccup of a shared machine in its stride, and a median of
        # short runs would leave them out, making the same per-MB speed look superlinear.
        smalls, larges = [], []
        for _ in range(max(1, repeat // 2)):
            smalls.append(time_once(pipeline.run, small_docs))
            larges.append(time_once(pipeline.run, large_docs))
            smalls.append(time_once(pipeline.run, small_docs))
        t_small, t_large = statistics.fmean(smalls), statistics.fmean(larges)
        size_ratio = utf8_size(large_docs) / utf8_size(small_docs)
        print(f"   {label:<16} 1 MB {t_small:6.2f} s, {large_mb} MB {t_large:7.2f} s: "
              f"time ratio {t_large / t_small:5.1f} for a size ratio of {size_ratio:.1f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=1.0, help="corpus size per kind (default 1)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--large-mb", type=int, default=20, help="size for the scaling check (default 20)")
    parser.add_argument("--quick", action="store_true", help="0.2 MB, 3 repetitions, 4 MB scaling check")
    args = parser.parse_args()
    if args.quick:
        args.size_mb, args.repeat, args.large_mb = 0.2, 3, 4
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; stages: {', '.join(s.id for s in STAGES)}")
    for kind in KINDS:
        compare(kind, int(args.size_mb * 1_000_000), args.repeat)
    startup(args.repeat)
    scaling(args.repeat, args.large_mb)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n== peak RSS of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
