"""The Ray Data engine against a REAL local Ray (one instance for the module), compared record
for record with the local engine."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

# Not importorskip: the Ray tests must run in CI (ray is in the `dev` extra), never silently skip.
import ray
import ray.data
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, clean_records
from cleaner.cli import main
from cleaner.integrations.ray import clean_dataset, clean_jsonl_path, clean_path, data_format, iter_lines
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


def edge_case_jsonl() -> bytes:
    """JSONL that Arrow's record model cannot carry through unchanged, and bad lines: the Ray
    engine must still give the local JSONL mode's bytes."""
    pages = [seed.read_text(encoding="utf-8") for seed in SEEDS]
    good = [
        json.dumps({"id": i, "source": f"doc{i}", "score": i / 4, "text": t}, ensure_ascii=False).encode("utf-8")
        for i, t in enumerate(pages * 2)
    ]
    odd = [
        rb'{"text": "2022\u5e74,\u610f\u4e49\u975e\u51e1\u3002", "url": "a\/b", "n": 1.50}',  # escapes, 1.50
        rb'{"text": "\u4eca\u5e74\uff0c\u610f\u4e49\u3002", "n": 1e5, "big": 12345678901234567890}',  # unchanged
        '{"z": 1, "text": "战 \\"疫\\"进入", "a": null}'.encode(),  # key order, null, escaped quotes
        b'{"text": "only text"}',  # fields missing that other records have
        b"",  # blank line
        b"   ",  # a line of spaces
        b"not json",
        b'{"title": "no text field"}',
        b'["a list"]',
        b'{"text": 42}',
        b'{"text": "\xff"}',  # not UTF-8
        '{"text": "今年,很好。"}'.encode(),
    ]
    many = [json.dumps({"i": i, "text": "2022年,意义非凡。"}, ensure_ascii=False).encode() for i in range(300)]
    lines = good[:5] + odd + good[5:] + many
    endings = [b"\r\n" if i % 3 == 0 else b"\n" for i in range(len(lines))]
    body = b"".join(line + end for line, end in zip(lines, endings, strict=True))
    return body + '{"text": "最后一行,没有换行"}'.encode()  # the last line has no line ending


def local_jsonl(source: Path, *args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(main, ["fix", str(source), "--text-field", "text", "-q", *args])
    return result.exit_code, result.stdout_bytes, result.stderr


def ray_jsonl(source: Path, out: Path, *args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(main, ["fix", str(source), "--engine", "ray", "-o", str(out), *args])
    files = sorted(out.iterdir())
    assert all(f.suffix == ".jsonl" and f.stat().st_size > 0 for f in files)  # no empty files
    return result.exit_code, b"".join(f.read_bytes() for f in files), result.stderr


def failed_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed:")]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([], id="pass"),
        pytest.param(["--on-error", "skip", "--report-field", "cleaner"], id="skip+report"),
    ],
)
def test_cli_engine_ray_jsonl_is_the_local_jsonl_output_byte_for_byte(
    local_ray: None, tmp_path: Path, args: list[str]
) -> None:
    source = tmp_path / "data.jsonl"
    source.write_bytes(edge_case_jsonl())
    local_code, local_out, local_err = local_jsonl(source, *args)
    code, out, err = ray_jsonl(source, tmp_path / "ray-out", "--text-field", "text", *args)
    assert local_code == 1 and code == 1, err  # bad lines: exit 1, as the local mode
    assert out == local_out
    assert len(out) > 100_000 and out != source.read_bytes()  # the seeds were cleaned
    assert failed_lines(err) == failed_lines(local_err)
    assert "failed: line 12: not JSON" in err and "failed: line 16: not UTF-8" in err
    assert "321 documents: 314 changed, 2 unchanged, 0 already done, 5 failed, 0 skipped" in err
    if "--on-error" not in args:
        assert out.count(b"\n") == source.read_bytes().count(b"\n")  # blank and bad lines kept in place
    assert len(list((tmp_path / "ray-out").iterdir())) > 1  # several blocks, concatenated in name order


def test_cli_engine_ray_good_jsonl_exits_0_with_the_local_summary(local_ray: None, tmp_path: Path) -> None:
    source = tmp_path / "data.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()), encoding="utf-8")
    code, out, err = ray_jsonl(source, tmp_path / "ray-out", "--text-field", "text")
    local_code, local_out, _ = local_jsonl(source)
    assert code == local_code == 0 and out == local_out, err
    assert "34 documents: 32 changed, 2 unchanged, 0 already done, 0 failed" in err


def test_folder_of_jsonl_many_blocks_gzip(local_ray: None, tmp_path: Path) -> None:
    """A folder: its files in sorted order, each as the local mode writes it; failures named by
    file and line; a .gz file read decompressed; small blocks keep the order across files."""
    folder = tmp_path / "in"
    folder.mkdir()
    first = edge_case_jsonl()
    second = b'{"text": "2022\xe5\xb9\xb4,\xe6\x84\x8f\xe4\xb9\x89\xe3\x80\x82"}\r\nnot json\n{"text": "end"}'
    (folder / "b.jsonl").write_bytes(first)
    (folder / "c.jsonl.gz").write_bytes(gzip.compress(second))
    (folder / "a.jsonl").write_bytes(b"")  # empty: no lines, no output
    (tmp_path / "c.jsonl").write_bytes(second)
    context = ray.data.DataContext.get_current()
    block_size = context.target_max_block_size
    context.target_max_block_size = 20_000  # many small blocks: their order must survive
    try:
        summary = clean_jsonl_path(str(folder), str(tmp_path / "out"))
    finally:
        context.target_max_block_size = block_size
    files = sorted((tmp_path / "out").iterdir())
    # Several blocks, so that their order across files is tested (how many Ray makes of them
    # varies with the machine's load: 4 to 6 seen; one would test nothing).
    assert len(files) >= 2
    expected = local_jsonl(folder / "b.jsonl")[1] + local_jsonl(tmp_path / "c.jsonl")[1]
    assert b"".join(f.read_bytes() for f in files) == expected
    assert ("b.jsonl: line 12", "not JSON: Expecting value at column 1") in summary.failed
    assert ("c.jsonl.gz: line 2", "not JSON: Expecting value at column 1") in summary.failed
    assert len(summary.failed) == 6 and summary.changed == 315, summary.lines()
    assert clean_path(str(tmp_path / "c.jsonl"), str(tmp_path / "api")) == 3  # the API routes JSONL the same way
    api_out = b"".join(f.read_bytes() for f in sorted((tmp_path / "api").iterdir()))
    assert api_out == local_jsonl(tmp_path / "c.jsonl")[1]
    empty = clean_jsonl_path(str(folder / "a.jsonl"), str(tmp_path / "none"))
    assert empty.documents == 0 and (tmp_path / "none").is_dir() and not any((tmp_path / "none").iterdir())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=60).map(lambda b: b.replace(b"a", b"\n").replace(b"b", b"\r")), st.integers(1, 7))
def test_iter_lines_splits_as_a_binary_file_iterates(data: bytes, chunk_size: int) -> None:
    stream = io.BytesIO(data)
    assert list(iter_lines(stream.read, chunk_size)) == list(io.BytesIO(data))


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
