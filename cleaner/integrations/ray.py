"""Ray Data: clean the text column of a dataset with ``map_batches`` (``pip install 'cleaner[ray]'``).

>>> import ray                                                              # doctest: +SKIP
>>> from cleaner.integrations.ray import clean_dataset                      # doctest: +SKIP
>>> ds = clean_dataset(ray.data.read_parquet("s3://bucket/pages/"))         # doctest: +SKIP

Each batch is cleaned by the same :class:`~cleaner.pipeline.Pipeline` as the local engine, so
a record's cleaned text is byte for byte what ``cleaner fix`` and :func:`cleaner.clean_records`
give. JSONL files (``cleaner fix --engine ray data.jsonl -o OUTDIR``, :func:`clean_jsonl_path`)
go through Ray as lines, not Arrow records, cleaned by the local JSONL mode's own
:func:`cleaner.batch.clean_jsonl_line`: the output files, concatenated in name order, are the
local output byte for byte (Arrow would fill missing fields with nulls, coerce numbers and
reorder keys; pandas would re-serialise every record). Ray is imported only inside functions.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.batch import Outcome, Summary, clean_jsonl_line, record_report
from cleaner.config import Config
from cleaner.pipeline import Pipeline

if TYPE_CHECKING:
    import pyarrow
    import ray.data

#: Rows per batch handed to a Ray task: large enough to amortise the call, small enough that
#: a batch of long documents stays a few MB.
DEFAULT_BATCH_SIZE = 64

JSON_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")


def clean_batch(
    batch: pyarrow.Table, *, config: Config | None, text_column: str, report_column: str | None = None
) -> pyarrow.Table:
    """Clean ``text_column`` of one Arrow batch; every other column and the row order are kept.

    Null or non-string values are left as they are (their report is null). The report column,
    when asked for, holds each row's report (see :func:`cleaner.batch.record_report`) as a
    JSON string: its nested shape varies from row to row, which Arrow schemas do not allow.
    """
    import pyarrow as pa

    index = batch.schema.get_field_index(text_column)
    if index < 0:
        raise ValueError(f"no column {text_column!r} (columns: {', '.join(batch.schema.names)})")
    pipeline = Pipeline(config)
    cleaned: list[Any] = []
    reports: list[str | None] = []
    for value in batch.column(index).to_pylist():
        if isinstance(value, str):
            result = pipeline.run(value)
            cleaned.append(result.text)
            reports.append(json.dumps(record_report(result), ensure_ascii=False) if report_column else None)
        else:
            cleaned.append(value)
            reports.append(None)
    field = batch.schema.field(index)
    text_type = field.type if pa.types.is_string(field.type) or pa.types.is_large_string(field.type) else pa.string()
    batch = batch.set_column(index, pa.field(text_column, text_type), pa.array(cleaned, type=text_type))
    if report_column:
        batch = batch.append_column(report_column, pa.array(reports, type=pa.string()))
    return batch


def clean_dataset(
    ds: ray.data.Dataset,
    text_column: str = "text",
    config: Config | None = None,
    *,
    report_column: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    **map_batches_args: Any,
) -> ray.data.Dataset:
    """``ds`` with ``text_column`` cleaned (lazily, like every Ray Data transform).

    ``config`` is pickled to the workers once per task; extra keyword arguments go to
    ``map_batches`` (``concurrency``, ``num_cpus``, ...).
    """
    return ds.map_batches(
        clean_batch,
        batch_format="pyarrow",
        batch_size=batch_size,
        fn_kwargs={"config": config or Config(), "text_column": text_column, "report_column": report_column},
        **map_batches_args,
    )


def data_format(path: str) -> str:
    """``jsonl`` or ``parquet`` from a path's or URI's suffix (a folder: what its files are)."""
    lowered = path.lower().rstrip("/")
    if lowered.endswith(JSON_SUFFIXES):
        return "jsonl"
    if lowered.endswith(PARQUET_SUFFIXES):
        return "parquet"
    folder = Path(path)
    if folder.is_dir():
        names = [p.name.lower() for p in folder.iterdir() if p.is_file()]
        if names and all(n.endswith(PARQUET_SUFFIXES) for n in names):
            return "parquet"
        if names and all(n.endswith(JSON_SUFFIXES) for n in names):
            return "jsonl"
    raise ValueError(f"{path}: cannot tell JSONL from Parquet; name it .jsonl or .parquet")


def clean_path(
    source: str,
    output: str,
    config: Config | None = None,
    *,
    text_column: str = "text",
    report_column: str | None = None,
    address: str | None = None,
    output_format: str | None = None,
) -> int:
    """Read a JSONL or Parquet dataset (path or URI), clean it with Ray, write it to the folder
    ``output`` (Ray's layout: one file per block) in the same format unless ``output_format``.

    JSONL to JSONL goes line by line (:func:`clean_jsonl_path`: the local JSONL mode's bytes,
    bad lines passed through); other combinations go through Arrow records (:func:`clean_dataset`).
    Joins the cluster at ``address`` (or starts a local Ray) unless Ray is already initialised.
    Record order is kept. Returns the number of records (JSONL: non-blank lines) processed.
    """
    import ray.data

    _check_output(output)
    in_format = data_format(source)
    out_format = output_format or in_format
    if out_format not in ("jsonl", "parquet"):
        raise ValueError(f"output format must be jsonl or parquet, not {out_format!r}")
    if in_format == out_format == "jsonl":
        summary = clean_jsonl_path(
            source, output, config, text_field=text_column, report_field=report_column, address=address
        )
        return summary.documents
    _init_ray(address)
    ds = ray.data.read_json(source, lines=True) if in_format == "jsonl" else ray.data.read_parquet(source)
    cleaned = clean_dataset(ds, text_column, config, report_column=report_column).materialize()
    if out_format == "jsonl":
        cleaned.write_json(output, force_ascii=False)
    else:
        cleaned.write_parquet(output)
    return cleaned.count()


# --------------------------------------------------------------------------------------------
# JSONL with Ray: lines, not parsed records, so the output is the local JSONL mode's, byte for byte.

#: The reader hands lines on in tables of this many lines or bytes (whichever first). Ray
#: coalesces them into blocks of at most ``DataContext.target_max_block_size`` and splits a
#: file's blocks further when there are fewer than CPUs, so one large file is cleaned in parallel.
LINES_PER_TABLE = 256
BYTES_PER_TABLE = 1 << 20
#: How much the reader pulls from a file at a time.
READ_CHUNK = 1 << 20


def iter_lines(read: Callable[[int], bytes], chunk_size: int = READ_CHUNK) -> Iterator[bytes]:
    """The lines of a binary stream exactly as iterating a binary file gives them: each ends
    after its ``\\n`` (a ``\\r`` before it stays in the line), the last may have no ending.

    ``read(n)`` returns up to ``n`` bytes, ``b""`` at the end. Joining the lines gives the input.
    """
    rest = b""
    while True:
        chunk = read(chunk_size)
        if not chunk:
            break
        data = rest + chunk if rest else chunk
        end = data.rfind(b"\n") + 1
        if end == 0:
            rest = data
            continue
        start = 0
        while start < end:
            stop = data.index(b"\n", start) + 1
            yield data[start:stop]
            start = stop
        rest = data[end:]
    if rest:
        yield rest


def _lines_datasource(source: str) -> Any:
    """A Ray datasource of the lines of the JSONL files at ``source`` (a file, folder or URI):
    rows ``path``, ``line`` (1-based in its file) and ``data`` (the line's bytes with its ending).

    Files are read in sorted path order (Ray lists them sorted), each as a stream, decompressed
    when its suffix says so (``.gz``).
    """
    import pyarrow as pa
    from ray.data.datasource import FileBasedDatasource

    class JsonlLines(FileBasedDatasource):  # type: ignore[misc]
        def __init__(self, paths: str) -> None:
            super().__init__(paths, include_paths=True)

        def _read_stream(self, f: pa.NativeFile, path: str) -> Iterator[pa.Table]:
            numbers: list[int] = []
            lines: list[bytes] = []
            held = 0
            for number, line in enumerate(iter_lines(f.read), 1):
                numbers.append(number)
                lines.append(line)
                held += len(line)
                if len(lines) >= LINES_PER_TABLE or held >= BYTES_PER_TABLE:
                    yield pa.table({"line": pa.array(numbers, pa.int64()), "data": pa.array(lines, pa.binary())})
                    numbers, lines, held = [], [], 0
            if lines:
                yield pa.table({"line": pa.array(numbers, pa.int64()), "data": pa.array(lines, pa.binary())})

    return JsonlLines(source)


def clean_lines_batch(
    batch: pyarrow.Table,
    *,
    config: Config | None,
    text_field: str,
    report_field: str | None = None,
    on_error: str = "pass",
) -> pyarrow.Table:
    """Clean a batch of JSONL lines with :func:`cleaner.batch.clean_jsonl_line`, the function the
    local JSONL mode uses, so every line gives the same bytes and the same outcome.

    Returns ``path``, ``line``, ``output`` (the bytes to write; null: left out), and the outcome:
    ``status`` (null for a blank line, which is not a record), ``reason``, ``stats`` (JSON), ``size``.
    """
    import pyarrow as pa

    pipeline = Pipeline(config)
    outputs: list[bytes | None] = []
    statuses: list[str | None] = []
    reasons: list[str | None] = []
    stats: list[str | None] = []
    sizes: list[int] = []
    numbers = batch.column("line").to_pylist()
    for number, line in zip(numbers, batch.column("data").to_pylist(), strict=True):
        result = clean_jsonl_line(line, number, pipeline, text_field, report_field, on_error)  # type: ignore[arg-type]
        outputs.append(result.output)
        outcome = result.outcome
        statuses.append(outcome.status if outcome else None)
        reasons.append(outcome.reason if outcome else None)
        stats.append(json.dumps(dict(outcome.stats), sort_keys=True) if outcome and outcome.stats else None)
        sizes.append(outcome.size if outcome else len(line))
    return pa.table(
        {
            "path": batch.column("path"),
            "line": batch.column("line"),
            "output": pa.array(outputs, pa.binary()),
            "status": pa.array(statuses, pa.string()),
            "reason": pa.array(reasons, pa.string()),
            "stats": pa.array(stats, pa.string()),
            "size": pa.array(sizes, pa.int64()),
        }
    )


def _lines_datasink(output: str, source_root: str | None) -> Any:
    """A Ray datasink for cleaned lines: each write task writes the ``output`` bytes of its rows
    unchanged (lines left out by ``--on-error skip`` are null and not written) to one file,
    ``<write uuid>_<task index>.jsonl``: the sorted names are the input order. Each task returns
    the :class:`~cleaner.batch.Summary` of its rows; after the write, ``sink.summary`` holds
    the whole run's.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    from ray.data.block import BlockAccessor
    from ray.data.datasource import BlockBasedFileDatasink

    class JsonlLinesSink(BlockBasedFileDatasink):  # type: ignore[misc]
        def __init__(self, path: str, source_root: str | None) -> None:
            super().__init__(path, file_format="jsonl")
            self.source_root = source_root
            self.summary = Summary()

        def write(self, blocks: Iterable[Any], ctx: Any) -> Summary:
            tables = [BlockAccessor.for_block(block).to_arrow() for block in blocks]
            tables = [table for table in tables if table.num_rows]
            if not tables:
                return Summary()
            table = pa.concat_tables(tables)
            written = table.filter(pc.is_valid(table.column("output")))
            if written.num_rows:
                self.write_block(BlockAccessor.for_block(written), 0, ctx)
            return _summarise(table, self.source_root)

        def write_block_to_file(self, block: Any, file: pyarrow.NativeFile) -> None:
            for chunk in block.to_arrow().column("output").chunks:
                for value in chunk.to_pylist():
                    file.write(value)

        def on_write_complete(self, write_result: Any) -> None:
            super().on_write_complete(write_result)
            for part in write_result.write_returns:
                _merge(self.summary, part)

    return JsonlLinesSink(output, source_root)


def _summarise(table: pyarrow.Table, source_root: str | None) -> Summary:
    """The summary of cleaned lines (blank lines are not records and do not count)."""
    summary = Summary()
    columns = [table.column(name).to_pylist() for name in ("path", "line", "status", "reason", "stats", "size")]
    for path, number, status, reason, stats, size in zip(*columns, strict=True):
        if status is not None:
            name = _outcome_name(path, number, source_root)
            summary.add(Outcome(name, status, reason or "", stats=json.loads(stats) if stats else {}, size=size))
    return summary


def _merge(into: Summary, part: Summary) -> None:
    into.documents += part.documents
    into.changed += part.changed
    into.unchanged += part.unchanged
    into.current += part.current
    into.failed.extend(part.failed)
    into.skipped.extend(part.skipped)
    into.edits.update(part.edits)
    into.size += part.size


def _outcome_name(path: str, number: int, source_root: str | None) -> str:
    """``line N`` for a single input file (as the local JSONL mode says), ``REL: line N`` for the
    files of a folder (REL: the path under the folder)."""
    if source_root is None:
        return f"line {number}"
    rel = path[len(source_root) + 1 :] if path.startswith(source_root + "/") else path
    return f"{rel}: line {number}"


def _source_root(source: str) -> str | None:
    """None when ``source`` names one file; else the folder as Ray names the paths under it
    (as given, not resolved; a URI without its scheme)."""
    if source.lower().rstrip("/").endswith(JSON_SUFFIXES):
        return None
    return source.split("://", 1)[-1].rstrip("/")


def clean_jsonl_path(
    source: str,
    output: str,
    config: Config | None = None,
    *,
    text_field: str = "text",
    report_field: str | None = None,
    on_error: str = "pass",
    address: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Summary:
    """Clean JSONL (a file, a folder of them, or a URI) with Ray into the folder ``output``,
    line by line as :func:`cleaner.batch.clean_jsonl` does.

    Every line is cleaned by :func:`cleaner.batch.clean_jsonl_line`, and the output lines are
    written unchanged in input order: the output files, concatenated in sorted name order, are
    byte for byte what ``cleaner fix FILE --text-field ... -o out.jsonl`` writes (for a folder:
    what it writes for each file, concatenated in sorted path order). A bad line is passed
    through or left out per ``on_error`` and reported in the returned summary by its line
    number (``line N``; ``FILE: line N`` for a folder's files), never silently dropped.
    ``batch_size`` lines are cleaned per call (one pipeline per call).
    """
    if on_error not in ("pass", "skip"):
        raise ValueError(f"on_error must be pass or skip, not {on_error!r}")
    started = time.monotonic()
    _check_output(output)
    _init_ray(address)
    import ray.data

    sink = _lines_datasink(output, _source_root(source))
    lines = ray.data.read_datasource(_lines_datasource(source))
    cleaned = lines.map_batches(
        clean_lines_batch,
        batch_format="pyarrow",
        batch_size=batch_size,
        fn_kwargs={
            "config": config or Config(),
            "text_field": text_field,
            "report_field": report_field,
            "on_error": on_error,
        },
    )
    cleaned.write_datasink(sink)  # one streaming pass: read, clean, write, summarise
    if "://" not in output:
        Path(output).mkdir(parents=True, exist_ok=True)  # Ray removes the folder when nothing was written
    summary: Summary = sink.summary
    summary.seconds = time.monotonic() - started
    return summary


def _check_output(output: str) -> None:
    local_output = Path(output)
    if "://" not in output and local_output.exists() and any(local_output.iterdir()):
        # Ray appends files to a folder: a rerun would duplicate every record.
        raise ValueError(f"{output}: exists and is not empty; Ray would add to it (remove it or choose another)")


def _init_ray(address: str | None) -> None:
    """Join the cluster at ``address`` (or start a local Ray) unless Ray is initialised; keep
    the record order through Ray Data."""
    import ray
    import ray.data

    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().execution_options.preserve_order = True
