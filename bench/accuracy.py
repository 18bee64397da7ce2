"""Accuracy benchmark: runs every ``bench/accuracy_*.py`` module and prints its numbers.

Each module exposes ``run(seed: int) -> dict[str, float | int | str]`` and a one-line
docstring. Usage: ``python -m bench.accuracy [NAME ...] [--seed N]``.
"""

from __future__ import annotations

import argparse
import importlib
import time
from pathlib import Path


def modules(names: list[str]) -> list[str]:
    found = sorted(p.stem for p in Path(__file__).parent.glob("accuracy_*.py"))
    if names:
        found = [m for m in found if m.removeprefix("accuracy_") in names or m in names]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    for name in modules(args.names):
        module = importlib.import_module(f"bench.{name}")
        started = time.perf_counter()
        numbers = module.run(args.seed)
        elapsed = time.perf_counter() - started
        print(f"== {name}: {(module.__doc__ or '').strip().splitlines()[0]} ({elapsed:.1f}s)")
        for key, value in numbers.items():
            shown = f"{value:.4f}" if isinstance(value, float) else str(value)
            print(f"   {key:<40} {shown}")


if __name__ == "__main__":
    main()
