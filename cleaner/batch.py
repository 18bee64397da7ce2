"""Many documents: folders with a process pool, JSONL records, resumable runs, a summary.

Everything here is a function of its arguments (paths, a :class:`~cleaner.config.Config`);
the only per-process state is the pipeline a pool worker builds once from the config it
was started with. The command line (:mod:`cleaner.cli`) only parses options and calls in.

Folder runs write each output with :func:`cleaner.io.write_atomic` and record every finished
document in a manifest in the output folder (input hash, config hash, tool version); a rerun
skips what is done and current. Killing a run at any moment leaves no half-written output and
loses no finished work: at most the documents in flight are cleaned again.
"""

from __future__ import annotations

import contextlib
import fnmatch
import hashlib
import json
import multiprocessing
import os
import re
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any, Literal

from cleaner.config import Config
from cleaner.io import InputError, atomic_output, decode_bytes, write_atomic
from cleaner.model import Result
from cleaner.pipeline import Pipeline

#: The manifest of a folder run, in the output folder. One JSON object per line, appended as
#: documents finish; the last line for a path wins.
MANIFEST_NAME = ".cleaner-manifest.jsonl"
#: How much of a file is looked at to call it binary.
BINARY_SNIFF_BYTES = 8192
#: A temporary file of write_atomic: ``.NAME.RANDOM.tmp`` next to NAME.
_ATOMIC_TMP = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]{8}\.tmp$")

Status = Literal["changed", "unchanged", "current", "failed", "skipped"]
OnError = Literal["raise", "pass", "skip"]


# --------------------------------------------------------------------------------------------
# Identity of a run: what must match for a finished output to count as current.


def config_hash(config: Config, encoding: str | None = None) -> str:
    """A stable hash of everything in ``config`` that changes the output (not where it came from)."""
    canonical = json.dumps(
        {
            "rules": dict(sorted(config.rules.items())),
            "threshold": config.threshold,
            "options": {k: dict(v) for k, v in sorted(config.options.items())},
            "encoding": encoding,
        },
        sort_keys=True,
        ensure_ascii=False,
        default=repr,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _tool_version() -> str:
    from cleaner import __version__

    return __version__


def is_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read: NUL bytes and no UTF-16/32 BOM."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32 byte-order marks: text with NULs
        return False
    return b"\x00" in data[:BINARY_SNIFF_BYTES]


# --------------------------------------------------------------------------------------------
# Outcomes and the summary.


@dataclass(frozen=True)
class Outcome:
    """What happened to one document (a file, or a JSONL record named by its line)."""

    name: str
    status: Status
    reason: str = ""
    stats: Mapping[str, int] = field(default_factory=dict)
    size: int = 0  # input bytes
    input_hash: str = ""


@dataclass
class Summary:
    """Counts over a run; :meth:`lines` is what the command line prints at the end."""

    documents: int = 0
    changed: int = 0
    unchanged: int = 0
    current: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    edits: Counter[str] = field(default_factory=Counter)
    size: int = 0
    seconds: float = 0.0

    def add(self, outcome: Outcome) -> None:
        self.documents += 1
        self.size += outcome.size
        if outcome.status == "changed":
            self.changed += 1
        elif outcome.status == "unchanged":
            self.unchanged += 1
        elif outcome.status == "current":
            self.current += 1
        elif outcome.status == "failed":
            self.failed.append((outcome.name, outcome.reason))
        else:
            self.skipped.append((outcome.name, outcome.reason))
        self.edits.update(outcome.stats)

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def mb_per_s(self) -> float:
        return self.size / 1e6 / self.seconds if self.seconds > 0 else 0.0

    def lines(self) -> list[str]:
        head = (
            f"{self.documents} document{'' if self.documents == 1 else 's'}: "
            f"{self.changed} changed, {self.unchanged} unchanged, "
            f"{self.current} already done, {len(self.failed)} failed, {len(self.skipped)} skipped"
        )
        out = [head]
        if self.edits:
            out.append("edits: " + ", ".join(f"{rule} {n}" for rule, n in sorted(self.edits.items())))
        out.extend(f"failed: {name}: {reason}" for name, reason in sorted(self.failed, key=_natural))
        out.extend(f"skipped: {name}: {reason}" for name, reason in sorted(self.skipped, key=_natural))
        out.append(f"{self.size / 1e6:.2f} MB in {self.seconds:.2f} s ({self.mb_per_s:.2f} MB/s)")
        return out


def _natural(item: tuple[str, str]) -> list[Any]:
    """Sort key: ``line 9`` before ``line 10``."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", item[0])]


class Progress:
    """A one-line progress display (documents, MB, rate, ETA) redrawn on ``stream``.

    Draws at most every ``interval`` seconds. Use :meth:`for_stream` to get one that is
    silent when the stream is not a terminal.
    """

    def __init__(self, total_docs: int | None, total_bytes: int | None, stream: IO[str], interval: float = 0.2) -> None:
        self.total_docs, self.total_bytes, self.stream, self.interval = total_docs, total_bytes, stream, interval
        self.docs = 0
        self.bytes = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    @staticmethod
    def for_stream(total_docs: int | None, total_bytes: int | None, stream: IO[str], quiet: bool) -> Progress | None:
        isatty = getattr(stream, "isatty", None)
        if quiet or isatty is None or not isatty():
            return None
        return Progress(total_docs, total_bytes, stream)

    def update(self, outcome: Outcome) -> None:
        self.docs += 1
        self.bytes += outcome.size
        now = time.monotonic()
        if now - self._drawn >= self.interval or self.docs == self.total_docs:
            self._drawn = now
            self.stream.write("\r" + self.render(now - self.started) + "\033[K")
            self.stream.flush()

    def render(self, elapsed: float) -> str:
        rate = self.docs / elapsed if elapsed > 0 else 0.0
        mb_rate = self.bytes / 1e6 / elapsed if elapsed > 0 else 0.0
        eta = "--:--"
        if self.total_bytes and self.bytes:
            left = max(0.0, elapsed * (self.total_bytes - self.bytes) / self.bytes)
            eta = f"{int(left) // 60:02d}:{int(left) % 60:02d}"
        docs = f"{self.docs}/{self.total_docs}" if self.total_docs is not None else f"{self.docs}"
        mb = f"{self.bytes / 1e6:.1f}" + (f"/{self.total_bytes / 1e6:.1f}" if self.total_bytes is not None else "")
        return f"{docs} docs  {mb} MB  {rate:.1f} docs/s  {mb_rate:.2f} MB/s  ETA {eta}"

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


# --------------------------------------------------------------------------------------------
# The worker side: one pipeline per process, built from the config the pool was started with.

_worker_pipeline: Pipeline | None = None
_worker_encoding: str | None = None


def _init_worker(config: Config, encoding: str | None) -> None:
    global _worker_pipeline, _worker_encoding
    _worker_pipeline = Pipeline(config)
    _worker_encoding = encoding


def _pool(jobs: int, config: Config, encoding: str | None) -> Any:
    """A pool of ``jobs`` workers, each with its own pipeline for ``config``.

    From a single-threaded caller (the command line) the workers are forked after the parent
    has loaded the lexicon, so they start at once and share it copy-on-write instead of each
    reading jieba's dictionary again. A caller with threads gets forkserver workers (a fork
    would copy locks other threads hold); spawn where there is neither.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        from cleaner import lexicon

        lexicon.word_frequencies()
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    return context.Pool(jobs, initializer=_init_worker, initargs=(config, encoding))


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


# --------------------------------------------------------------------------------------------
# Folders.


@dataclass(frozen=True)
class FileTask:
    """One file to clean: read ``source``, write ``target`` (the same path for --in-place)."""

    source: str
    name: str  # what reports call it: the path relative to its input folder, or as given for a file
    target: str
    in_place: bool = False
    done_hash: str = ""  # the input hash the manifest records as finished with this config


def plan_files(
    inputs: Sequence[str | Path],
    output: str | Path | None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    in_place: bool = False,
) -> list[FileTask]:
    """The files of ``inputs`` (files, and folders walked recursively) and where each goes.

    A folder's tree is mirrored under ``output``; a file given by name goes to
    ``output/NAME``. With several input folders each keeps its own name under ``output``.
    ``include``/``exclude`` are globs on the path relative to its input folder (``*`` matches
    across ``/``; a pattern without ``/`` also matches the file name alone). Hidden files and
    folders (``.git``) and the output folder itself are not walked. Raises ValueError when an
    output would overwrite an input (use ``in_place``) or two inputs would share an output.
    """
    if not in_place and output is None:
        raise ValueError("give an output folder or in_place=True")
    out_root = Path(output).resolve() if output is not None else None
    several_folders = sum(1 for p in inputs if Path(p).is_dir()) > 1
    tasks: list[FileTask] = []
    for given in inputs:
        root = Path(given)
        if root.is_dir():
            prefix = PurePosixPath(root.resolve().name) if several_folders else PurePosixPath()
            for rel in sorted(_walk(root, out_root)):
                if not _selected(rel, include, exclude):
                    continue
                source = root / rel
                name = str(prefix / rel)
                target = source if in_place else out_root / name  # type: ignore[operator]
                tasks.append(FileTask(str(source), name, str(target), in_place))
        else:
            # A file given by path is reported by that path; it is written as out/NAME.
            target = root if in_place else out_root / root.name  # type: ignore[operator]
            tasks.append(FileTask(str(root), str(given), str(target), in_place))
    seen: dict[str, str] = {}
    for task in tasks:
        if not in_place and Path(task.target).resolve() == Path(task.source).resolve():
            raise ValueError(f"{task.source}: output would overwrite the input; use --in-place to mean that")
        other = seen.setdefault(task.target, task.source)
        if other != task.source:
            raise ValueError(f"{other} and {task.source} would both be written to {task.target}")
    return tasks


def _walk(root: Path, skip: Path | None) -> Iterator[PurePosixPath]:
    """Relative paths of the files under ``root``, sorted, without hidden entries or ``skip``."""
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (skip is None or (here / d).resolve() != skip))
        for name in sorted(files):
            if not name.startswith("."):
                yield PurePosixPath((here / name).relative_to(root).as_posix())


def _selected(rel: PurePosixPath, include: Sequence[str], exclude: Sequence[str]) -> bool:
    def matches(pattern: str) -> bool:
        return fnmatch.fnmatchcase(str(rel), pattern) or ("/" not in pattern and fnmatch.fnmatchcase(rel.name, pattern))

    if include and not any(matches(p) for p in include):
        return False
    return not any(matches(p) for p in exclude)


def clean_file(task: FileTask, pipeline: Pipeline, encoding: str | None = None) -> Outcome:
    """Read, clean and write one file. Never raises for a bad document: the Outcome says why."""
    try:
        data = Path(task.source).read_bytes()
    except OSError as exc:
        return Outcome(task.name, "failed", f"cannot read: {exc.strerror or exc}")
    digest = hashlib.sha256(data).hexdigest()
    if task.done_hash == digest and Path(task.target).is_file():
        return Outcome(task.name, "current", size=len(data), input_hash=digest)
    if encoding is None and is_binary(data):
        return Outcome(task.name, "skipped", "binary content (NUL bytes), not text", size=len(data))
    try:
        text = decode_bytes(data, task.name, encoding).text
    except InputError as exc:
        return Outcome(task.name, "failed", str(exc).removeprefix(f"{task.name}: "), size=len(data))
    try:
        result = pipeline.run(text)
    except Exception as exc:  # a bug in a stage must cost one document, not the run
        return Outcome(task.name, "failed", f"internal error: {type(exc).__name__}: {exc}", size=len(data))
    try:
        if not (task.in_place and not result.changed):
            write_atomic(task.target, result.text)
    except OSError as exc:
        return Outcome(task.name, "failed", f"cannot write {task.target}: {exc.strerror or exc}", size=len(data))
    status: Status = "changed" if result.changed else "unchanged"
    return Outcome(task.name, status, stats=dict(result.stats), size=len(data), input_hash=digest)


def _clean_file_in_worker(task: FileTask) -> Outcome:
    assert _worker_pipeline is not None, "pool worker started without _init_worker"
    return clean_file(task, _worker_pipeline, _worker_encoding)


class Manifest:
    """The record of finished documents in an output folder (append-only JSON lines).

    A line is appended and flushed as each document finishes, so a killed run keeps every
    finished document; a torn last line (killed mid-write) is ignored when read back.
    """

    def __init__(self, folder: str | Path) -> None:
        self.path = Path(folder) / MANIFEST_NAME
        self.entries: dict[str, dict[str, Any]] = {}
        self._handle: IO[str] | None = None
        with contextlib.suppress(FileNotFoundError), self.path.open(encoding="utf-8") as handle:
            for line in handle:
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    continue  # the torn last line of a killed run
                if isinstance(entry, dict) and isinstance(entry.get("path"), str):
                    self.entries[entry["path"]] = entry

    def done_hash(self, name: str, config_id: str, version: str) -> str:
        """The input hash ``name`` was finished with under this config and version, or ''."""
        entry = self.entries.get(name)
        if entry and entry.get("config") == config_id and entry.get("version") == version:
            return str(entry.get("input", ""))
        return ""

    def record(self, outcome: Outcome, config_id: str, version: str) -> None:
        entry = {"path": outcome.name, "input": outcome.input_hash, "config": config_id, "version": version}
        self.entries[outcome.name] = entry
        if self._handle is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._handle = self.path.open("a", encoding="utf-8")
        self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._handle.flush()  # in the OS once written: a killed process does not lose it

    def close(self, compact: bool = False) -> None:
        if self._handle is not None:
            os.fsync(self._handle.fileno())
            self._handle.close()
            self._handle = None
        if compact and self.entries:
            text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for _, e in sorted(self.entries.items()))
            write_atomic(self.path, text)


def _remove_stale_temporaries(tasks: Iterable[FileTask]) -> None:
    """Delete write_atomic temporaries a killed run left next to the outputs we are about to write."""
    by_folder: dict[Path, set[str]] = {}
    for task in tasks:
        target = Path(task.target)
        by_folder.setdefault(target.parent, set()).add(target.name)
    for folder, names in by_folder.items():
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                match = _ATOMIC_TMP.match(entry.name)
                if match and match.group("name") in names and entry.is_file():
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)


def clean_files(
    tasks: Sequence[FileTask],
    config: Config | None = None,
    *,
    jobs: int = 1,
    encoding: str | None = None,
    manifest_dir: str | Path | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Summary:
    """Clean the planned files, ``jobs`` at a time, and return the summary.

    With ``manifest_dir`` (the output folder) finished documents are recorded there and a
    rerun skips those whose input, config and tool version are unchanged.
    ``on_outcome`` is called in the calling process as each document finishes (progress).
    """
    config = config or Config()
    started = time.monotonic()
    version = _tool_version()
    config_id = config_hash(config, encoding)
    manifest = Manifest(manifest_dir) if manifest_dir is not None else None
    if manifest is not None:
        tasks = [
            FileTask(t.source, t.name, t.target, t.in_place, manifest.done_hash(t.name, config_id, version))
            for t in tasks
        ]
    _remove_stale_temporaries(t for t in tasks if not t.in_place)
    summary = Summary()

    def finish(outcome: Outcome) -> None:
        summary.add(outcome)
        if manifest is not None and outcome.status in ("changed", "unchanged"):
            manifest.record(outcome, config_id, version)
        if on_outcome is not None:
            on_outcome(outcome)

    try:
        if jobs <= 1 or len(tasks) <= 1:
            pipeline = Pipeline(config)
            for task in tasks:
                finish(clean_file(task, pipeline, encoding))
        else:
            with _pool(min(jobs, len(tasks)), config, encoding) as pool:
                # Small chunks keep both workers busy to the end; results arrive as they finish.
                chunksize = max(1, min(8, len(tasks) // (jobs * 16)))
                for outcome in pool.imap_unordered(_clean_file_in_worker, tasks, chunksize):
                    finish(outcome)
    finally:
        if manifest is not None:
            manifest.close(compact=False)
    if manifest is not None:
        manifest.close(compact=True)
    summary.seconds = time.monotonic() - started
    return summary


# --------------------------------------------------------------------------------------------
# Records (JSONL and the Python API).


class RecordError(ValueError):
    """A record cannot be cleaned (not JSON, not an object, no text field)."""

    def __init__(self, index: int, reason: str) -> None:
        super().__init__(f"record {index}: {reason}")
        self.index, self.reason = index, reason


def record_report(result: Result) -> dict[str, Any]:
    """The per-record report (``--report-field``): the edits with rules and reasons, and counts."""
    return {
        "changed": result.changed,
        "edits": [
            {
                "rule": e.rule,
                "start": e.start,
                "end": e.end,
                "before": e.before,
                "after": e.after,
                "confidence": e.confidence,
                "reason": e.reason,
            }
            for e in result.edits
        ],
        "findings": len(result.findings),
        "stats": dict(sorted(result.stats.items())),
    }


def clean_record(
    record: Mapping[str, Any], pipeline: Pipeline, text_field: str, report_field: str | None = None
) -> tuple[dict[str, Any], Result]:
    """A copy of ``record`` with ``text_field`` cleaned (and the report added); the input is not changed.

    Raises KeyError when the field is missing, TypeError when it is not a string.
    """
    if text_field not in record:
        raise KeyError(text_field)
    text = record[text_field]
    if not isinstance(text, str):
        raise TypeError(f"field {text_field!r} is {type(text).__name__}, not a string")
    result = pipeline.run(text)
    out = dict(record)
    out[text_field] = result.text
    if report_field:
        out[report_field] = record_report(result)
    return out, result


def clean_records(
    records: Iterable[Mapping[str, Any]],
    text_field: str = "text",
    config: Config | None = None,
    *,
    report_field: str | None = None,
    on_error: OnError = "raise",
) -> Iterator[dict[str, Any]]:
    """Clean the ``text_field`` of each record, lazily and in order; every other field is kept.

    A record without the field (or whose field is not a string) raises :class:`RecordError`
    (``on_error="raise"``), is yielded unchanged (``"pass"``) or is left out (``"skip"``).

    >>> list(clean_records([{"id": 1, "text": "2022年,意义非凡。"}]))
    [{'id': 1, 'text': '2022年，意义非凡。'}]
    """
    pipeline = Pipeline(config)
    for index, record in enumerate(records):
        try:
            if not isinstance(record, Mapping):
                raise TypeError(f"a record must be a mapping, not {type(record).__name__}")
            yield clean_record(record, pipeline, text_field, report_field)[0]
        except (KeyError, TypeError) as exc:
            reason = f"no field {text_field!r}" if isinstance(exc, KeyError) else str(exc)
            if on_error == "raise":
                raise RecordError(index, reason) from None
            if on_error == "pass":
                yield record  # type: ignore[misc]


@dataclass(frozen=True)
class LineResult:
    """One JSONL line processed: the bytes to write (None: leave the line out) and the outcome."""

    output: bytes | None
    outcome: Outcome | None  # None for a blank line, which is not a record


def clean_jsonl_line(
    line: bytes,
    number: int,
    pipeline: Pipeline,
    text_field: str,
    report_field: str | None = None,
    on_error: Literal["pass", "skip"] = "pass",
) -> LineResult:
    """Clean one JSONL line (with its line ending). Pure: the same line gives the same bytes.

    An unchanged record without a report field is written back byte for byte; a changed
    one is re-serialised (UTF-8, key order kept) with the original line ending.
    """
    body = line.rstrip(b"\r\n")
    ending = line[len(body) :]
    name = f"line {number}"
    if not body.strip():
        return LineResult(line, None)

    def error(reason: str) -> LineResult:
        return LineResult(line if on_error == "pass" else None, Outcome(name, "failed", reason, size=len(line)))

    try:
        record = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return error(f"not UTF-8 at byte {exc.start}")
    except json.JSONDecodeError as exc:
        return error(f"not JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return error(f"not a JSON object but {type(record).__name__}")
    try:
        out, result = clean_record(record, pipeline, text_field, report_field)
    except KeyError:
        return error(f"no field {text_field!r}")
    except TypeError as exc:
        return error(str(exc))
    except Exception as exc:  # a bug in a stage must cost one record, not the run
        return error(f"internal error: {type(exc).__name__}: {exc}")
    status: Status = "changed" if result.changed else "unchanged"
    outcome = Outcome(name, status, stats=dict(result.stats), size=len(line))
    if not result.changed and not report_field:
        return LineResult(line, outcome)
    return LineResult(json.dumps(out, ensure_ascii=False).encode("utf-8") + (ending or b""), outcome)


@contextlib.contextmanager
def open_sink(path: str | Path | None) -> Iterator[IO[bytes]]:
    """A binary output: stdout for None or ``-``; otherwise a temporary file in the target's
    folder renamed over the target only when the block finishes without an error, so a killed
    or failed run never leaves a half-written output."""
    if path is None or str(path) == "-":
        yield sys.stdout.buffer
        return
    target = Path(path)
    _remove_stale_temporaries([FileTask("", target.name, str(target))])
    with atomic_output(target) as handle:
        yield handle


@dataclass(frozen=True)
class _JsonlJob:
    text_field: str
    report_field: str | None
    on_error: Literal["pass", "skip"]


def _clean_lines_in_worker(args: tuple[_JsonlJob, list[tuple[int, bytes]]]) -> list[LineResult]:
    job, lines = args
    assert _worker_pipeline is not None, "pool worker started without _init_worker"
    return [
        clean_jsonl_line(line, n, _worker_pipeline, job.text_field, job.report_field, job.on_error) for n, line in lines
    ]


#: A chunk of JSONL lines sent to a worker stops at this many bytes (or ``chunk_lines`` lines),
#: so what a worker holds is bounded by this plus one record, whatever the record sizes.
CHUNK_BYTES = 1 << 20


def _chunks(lines: Iterable[bytes], size: int, max_bytes: int = CHUNK_BYTES) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    held = 0
    for number, line in enumerate(lines, 1):
        chunk.append((number, line))
        held += len(line)
        if len(chunk) >= size or held >= max_bytes:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def clean_jsonl(
    source: IO[bytes],
    sink: IO[bytes],
    config: Config | None = None,
    *,
    text_field: str = "text",
    report_field: str | None = None,
    on_error: Literal["pass", "skip"] = "pass",
    jobs: int = 1,
    on_outcome: Callable[[Outcome], None] | None = None,
    chunk_lines: int = 32,
) -> Summary:
    """Stream JSONL from ``source`` to ``sink`` in record order, ``jobs`` processes at a time.

    Memory stays bounded: at most a few chunks of ``chunk_lines`` lines per worker are in
    flight, so this works on pipes of any length. A bad line is reported in the summary by its
    number and written through unchanged (``on_error="pass"``) or left out (``"skip"``).
    """
    config = config or Config()
    started = time.monotonic()
    summary = Summary()

    def finish(results: list[LineResult]) -> None:
        for item in results:
            if item.output is not None:
                sink.write(item.output)
            if item.outcome is not None:
                summary.add(item.outcome)
                if on_outcome is not None:
                    on_outcome(item.outcome)
        sink.flush()

    chunks = _chunks(source, chunk_lines)
    job = _JsonlJob(text_field, report_field, on_error)
    if jobs <= 1:
        pipeline = Pipeline(config)
        for chunk in chunks:
            finish([clean_jsonl_line(line, n, pipeline, text_field, report_field, on_error) for n, line in chunk])
    else:
        with _pool(jobs, config, None) as pool:
            pending: deque[Any] = deque()
            for chunk in chunks:
                pending.append(pool.apply_async(_clean_lines_in_worker, ((job, chunk),)))
                while len(pending) >= jobs * 4:
                    finish(pending.popleft().get())
            while pending:
                finish(pending.popleft().get())
    summary.seconds = time.monotonic() - started
    return summary


__all__ = [
    "MANIFEST_NAME",
    "FileTask",
    "Manifest",
    "Outcome",
    "Progress",
    "RecordError",
    "Summary",
    "clean_file",
    "clean_files",
    "clean_jsonl",
    "clean_jsonl_line",
    "clean_record",
    "clean_records",
    "config_hash",
    "default_jobs",
    "is_binary",
    "open_sink",
    "plan_files",
    "record_report",
]
