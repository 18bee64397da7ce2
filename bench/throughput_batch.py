"""Folder throughput: documents/s and MB/s with 1 and 2 workers on a corpus made from the seeds,
scaling efficiency, and peak memory per worker against the largest document.

    python -m bench.throughput_batch [--documents 2000] [--rounds 3] [--seed 7]

The machine is shared: rounds alternate 1 and 2 workers and the best round of each is compared
(the least disturbed one), with the load average and the CPU seconds each run got printed beside
it, so a starved run shows as wall time well above CPU time.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from cleaner import batch
from cleaner.config import Config
from cleaner.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.in.txt"))


def make_corpus(folder: Path, documents: int, seed: int) -> list[int]:
    """``documents`` files of 1 to 40 consecutive paragraphs of the seeds (every seed whole once
    too), in 20 sub-folders. Returns their sizes in bytes."""
    rng = random.Random(seed)
    pages = [p.read_text(encoding="utf-8") for p in SEEDS]
    paragraphs = [[para for para in page.split("\n\n") if para.strip()] for page in pages]
    sizes = []
    for i in range(documents):
        if i < len(pages):
            text = pages[i]
        else:
            paras = paragraphs[rng.randrange(len(paragraphs))]
            start = rng.randrange(len(paras))
            text = "\n\n".join(paras[start : start + rng.randint(1, 40)]) + "\n"
        path = folder / f"d{i % 20:02d}" / f"doc{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        sizes.append(len(data))
    return sizes


def cpu_seconds() -> float:
    """CPU time of this process (the main side of a run: planning, manifest, results)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def worker_cpu_seconds() -> float:
    """CPU time of every pool worker that has exited so far: forked workers are our children;
    forkserver workers are the forkserver's, which reaps them (its cutime/cstime)."""
    from multiprocessing import forkserver

    time.sleep(0.2)  # let the workers of the pool just closed be reaped
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = children.ru_utime + children.ru_stime
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if pid:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")  # cutime, cstime
        except OSError:
            pass
    return total


def timed_run(corpus: Path, out: Path, jobs: int) -> tuple[float, batch.Summary]:
    shutil.rmtree(out, ignore_errors=True)
    tasks = batch.plan_files([corpus], out)
    started = time.perf_counter()
    summary = batch.clean_files(tasks, Config(), jobs=jobs, manifest_dir=out)
    return time.perf_counter() - started, summary


def _worker_warm_probe(_: int) -> tuple[int, int, float]:
    """RSS once the worker has cleaned one page: interpreter, modules, lexicon, no document held."""
    assert batch._worker_pipeline is not None
    batch._worker_pipeline.run(SEEDS[0].read_text(encoding="utf-8")[:2000])
    return _worker_probe(0)


def _worker_probe(_: int) -> tuple[int, int, float]:
    time.sleep(0.05)  # so that every worker gets probes
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return os.getpid(), usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def worker_memory(corpus: Path, out: Path, jobs: int) -> dict[int, tuple[int, int, float]]:
    """Per worker: (RSS warmed up on one small page, peak RSS after the whole corpus) in KB, CPU s."""
    shutil.rmtree(out, ignore_errors=True)
    tasks = batch.plan_files([corpus], out)
    with batch._pool(jobs, Config(), None) as pool:
        before = {pid: rss for pid, rss, _ in pool.map(_worker_warm_probe, range(jobs * 8), chunksize=1)}
        for _ in pool.imap_unordered(batch._clean_file_in_worker, tasks, 8):
            pass
        after = {pid: (rss, cpu) for pid, rss, cpu in pool.map(_worker_probe, range(jobs * 8), chunksize=1)}
    return {pid: (before.get(pid, 0), rss, cpu) for pid, (rss, cpu) in after.items()}


def traced_peak(path: Path) -> int:
    """Peak bytes Python allocates to read, clean and write one document (tracemalloc)."""
    pipeline = Pipeline()
    target = Path(tempfile.mkdtemp()) / "out.txt"
    task = batch.FileTask(str(path), path.name, str(target))
    batch.clean_file(task, pipeline)  # warm: lexicon and caches are per process, not per document
    tracemalloc.start()
    tracemalloc.reset_peak()
    batch.clean_file(task, pipeline)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    shutil.rmtree(target.parent)
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cleaner-bench-"))
    try:
        corpus, out = work / "corpus", work / "out"
        sizes = make_corpus(corpus, args.documents, args.seed)
        total_mb = sum(sizes) / 1e6
        largest = max(sizes)
        median = sorted(sizes)[len(sizes) // 2]
        print(f"corpus: {len(sizes)} documents, {total_mb:.2f} MB, largest {largest / 1e3:.1f} KB, "
              f"median {median / 1e3:.1f} KB; cores available: {batch.default_jobs()}")  # fmt: skip
        walls: dict[int, list[float]] = {1: [], 2: []}
        cpus: dict[int, list[float]] = {1: [], 2: []}
        for round_ in range(args.rounds):
            for jobs in (1, 2) if round_ % 2 == 0 else (2, 1):
                load = os.getloadavg()[0]
                cpu0, wcpu0 = cpu_seconds(), worker_cpu_seconds()
                seconds, summary = timed_run(corpus, out, jobs)
                main_cpu, work_cpu = cpu_seconds() - cpu0, worker_cpu_seconds() - wcpu0
                assert summary.documents == len(sizes) and not summary.failed
                print(f"round {round_ + 1} jobs={jobs}: {seconds:6.2f} s  {len(sizes) / seconds:7.1f} docs/s  "
                      f"{total_mb / seconds:5.2f} MB/s  load avg {load:.2f}; CPU: main {main_cpu:.2f} s, "
                      f"workers {work_cpu:.2f} s = {(main_cpu + work_cpu) / seconds:.2f} cores used")  # fmt: skip
                walls[jobs].append(seconds)
                cpus[jobs].append(main_cpu + work_cpu)
        for label, pick in (("best", min), ("median", statistics.median)):
            one, two = pick(walls[1]), pick(walls[2])
            print(f"{label} of {args.rounds}: 1 worker {len(sizes) / one:.1f} docs/s {total_mb / one:.2f} MB/s; "
                  f"2 workers {len(sizes) / two:.1f} docs/s {total_mb / two:.2f} MB/s; "
                  f"speedup {one / two:.2f}x, scaling efficiency {one / two / 2:.0%} (target >= 1.80x)")  # fmt: skip
        overhead = statistics.median(cpus[2]) / statistics.median(cpus[1])
        print(f"median CPU seconds for the corpus: 1 worker {statistics.median(cpus[1]):.2f} s, 2 workers "
              f"{statistics.median(cpus[2]):.2f} s ({overhead:.2f}x): with 2 free cores 2 workers would reach at most "
              f"{2 / overhead:.2f}x")  # fmt: skip
        autogroup = Path("/proc/sys/kernel/sched_autogroup_enabled")
        if autogroup.exists() and autogroup.read_text().strip() == "1":
            print("note: the kernel shares CPU between sessions (sched_autogroup): under load from other "
                  "sessions, this run's share is the same whatever the number of workers")  # fmt: skip

        per_worker = worker_memory(corpus, out, 2)
        for pid, (base_kb, peak_kb, cpu) in sorted(per_worker.items()):
            print(f"worker {pid}: RSS {base_kb / 1024:.1f} MB warmed up (interpreter + lexicon), peak "
                  f"{peak_kb / 1024:.1f} MB after the whole corpus, CPU {cpu:.1f} s (RSS growth includes "
                  f"lexicon pages copied on write after a fork)")  # fmt: skip
        by_size = sorted(corpus.rglob("*.txt"), key=lambda p: p.stat().st_size, reverse=True)
        ratios = [(p.stat().st_size, traced_peak(p)) for p in by_size[:5]]
        worst = max(peak / size for size, peak in ratios)
        for size, peak in ratios:
            print(f"traced peak for a {size / 1e3:.1f} KB document: {peak / 1e3:.1f} KB = {peak / size:.1f}x its size")
        print(f"peak memory per worker: interpreter baseline + at most {worst:.1f}x the largest document "
              f"({largest / 1e3:.1f} KB) -- one document in flight per worker")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
