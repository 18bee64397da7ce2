"""The Ray Data engine against a REAL local Ray (one instance for the module), compared record
for record with the local engine."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

# Not importorskip: the Ray tests must run in CI (ray is in the `dev` extra), never silently skip.
import ray
import ray.data
from click.testing import CliRunner

from cleaner import Config, clean_records
from cleaner.cli import main
from cleaner.integrations.ray import clean_dataset, clean_path, data_format
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    try:
        yield
    finally:
        ray.shutdown()


def records() -> list[dict[str, object]]:
    pages = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    extra = ["2022年,意义非凡。", "今年，意义非凡。", "", '战 "疫"进入']
    return [{"id": i, "source": f"doc{i}", "score": i / 4, "text": t} for i, t in enumerate(pages * 6 + extra)]


def by_id(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return sorted(rows, key=lambda r: int(r["id"]))  # type: ignore[call-overload]


def test_clean_dataset_matches_the_local_engine(local_ray: None) -> None:
    data = records()
    config = Config(rules={"cjk-space": "report"})
    ds = ray.data.from_items(data, override_num_blocks=4)
    got = by_id(clean_dataset(ds, "text", config, batch_size=8).take_all())
    expected = list(clean_records(data, text_field="text", config=config))
    assert len(got) == len(expected) == len(data)
    for mine, theirs in zip(got, expected, strict=True):
        assert mine == theirs
        assert mine["text"].encode("utf-8") == theirs["text"].encode("utf-8")  # type: ignore[union-attr]


def test_report_column_and_null_text(local_ray: None) -> None:
    ds = ray.data.from_items([{"id": 0, "text": "2022年,意义非凡。"}, {"id": 1, "text": None}])
    rows = by_id(clean_dataset(ds, report_column="cleaner").take_all())
    assert rows[0]["text"] == "2022年，意义非凡。"
    assert json.loads(rows[0]["cleaner"])["stats"] == {"width-punct": 1}
    assert rows[1]["text"] is None and rows[1]["cleaner"] is None


def test_missing_column_is_a_clear_error(local_ray: None) -> None:
    with pytest.raises(Exception, match="no column 'body'"):
        clean_dataset(ray.data.from_items([{"text": "x"}]), "body").take_all()


def test_cli_engine_ray_jsonl_matches_local_jsonl_byte_for_byte(local_ray: None, tmp_path: Path) -> None:
    data = records()
    source = tmp_path / "data.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    out = tmp_path / "ray-out"
    result = CliRunner().invoke(main, ["fix", str(source), "--engine", "ray", "--text-field", "text", "-o", str(out)])
    assert result.exit_code == 0, result.output
    ray_rows = by_id(
        [json.loads(line) for f in sorted(out.glob("*.json*")) for line in f.read_text("utf-8").splitlines()]
    )
    local = CliRunner().invoke(main, ["fix", str(source), "--text-field", "text", "-q"])
    local_rows = [json.loads(line) for line in local.stdout_bytes.splitlines()]
    assert len(ray_rows) == len(local_rows) == len(data)
    for mine, theirs in zip(ray_rows, local_rows, strict=True):
        assert mine == theirs
        assert mine["text"].encode("utf-8") == theirs["text"].encode("utf-8")


def test_parquet_in_parquet_out(local_ray: None, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = records()
    source = tmp_path / "data.parquet"
    pq.write_table(pa.Table.from_pylist(data), source)
    count = clean_path(str(source), str(tmp_path / "out"), text_column="text")
    assert count == len(data)
    rows = by_id(pq.read_table(tmp_path / "out").to_pylist())
    assert rows == list(clean_records(data))
    with pytest.raises(ValueError, match="not empty"):  # Ray would append: a rerun must not duplicate records
        clean_path(str(source), str(tmp_path / "out"))


def test_data_format(tmp_path: Path) -> None:
    assert data_format("s3://bucket/pages.jsonl") == "jsonl"
    assert data_format("gs://bucket/part-0.parquet") == "parquet"
    (tmp_path / "a.parquet").write_bytes(b"")
    assert data_format(str(tmp_path)) == "parquet"
    with pytest.raises(ValueError, match="cannot tell"):
        data_format("pages.txt")


def test_cli_engine_ray_errors_exit_2(local_ray: None, tmp_path: Path) -> None:
    out = str(tmp_path / "o")
    missing = CliRunner().invoke(main, ["fix", str(tmp_path / "no.jsonl"), "--engine", "ray", "-o", out])
    assert missing.exit_code == 2 and "cleaner: error: ray:" in missing.stderr
    unknown = CliRunner().invoke(main, ["fix", str(tmp_path / "pages.txt"), "--engine", "ray", "-o", out])
    assert unknown.exit_code == 2 and "cannot tell JSONL from Parquet" in unknown.stderr
