"""Ray Data: clean the text column of a dataset with ``map_batches`` (``pip install 'cleaner[ray]'``).

>>> import ray                                                              # doctest: +SKIP
>>> from cleaner.integrations.ray import clean_dataset                      # doctest: +SKIP
>>> ds = clean_dataset(ray.data.read_parquet("s3://bucket/pages/"))         # doctest: +SKIP

Each batch is cleaned by the same :class:`~cleaner.pipeline.Pipeline` as the local engine, so
a record's cleaned text is byte for byte what ``cleaner fix`` and :func:`cleaner.clean_records`
give. Ray is imported only inside these functions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.batch import record_report
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

    Joins the cluster at ``address`` (or starts a local Ray) unless Ray is already initialised.
    Record order is kept. Returns the number of records written.
    """
    import ray
    import ray.data

    local_output = Path(output)
    if "://" not in output and local_output.exists() and any(local_output.iterdir()):
        # Ray appends files to a folder: a rerun would duplicate every record.
        raise ValueError(f"{output}: exists and is not empty; Ray would add to it (remove it or choose another)")
    in_format = data_format(source)
    out_format = output_format or in_format
    if out_format not in ("jsonl", "parquet"):
        raise ValueError(f"output format must be jsonl or parquet, not {out_format!r}")
    if not ray.is_initialized():
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    ds = ray.data.read_json(source, lines=True) if in_format == "jsonl" else ray.data.read_parquet(source)
    cleaned = clean_dataset(ds, text_column, config, report_column=report_column).materialize()
    if out_format == "jsonl":
        cleaned.write_json(output, force_ascii=False)
    else:
        cleaned.write_parquet(output)
    return cleaned.count()
