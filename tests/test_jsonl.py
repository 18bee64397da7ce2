"""JSONL records: fields and order kept, bad lines reported by number, streaming, clean_records."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Config, Pipeline, clean, clean_records
from cleaner.batch import RecordError, clean_jsonl, clean_jsonl_line
from cleaner.cli import main
from tests.conftest import SEEDS


def seed_records() -> list[dict[str, object]]:
    return [
        {"id": i, "source": seed.name, "text": seed.read_text(encoding="utf-8"), "meta": {"page": i, "tags": ["a"]}}
        for i, seed in enumerate(SEEDS)
    ]


def jsonl(records: list[object]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


def run(args: list[str], stdin: bytes | None = None) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(main, args, input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout_bytes, result.stderr


def test_fields_and_order_kept_text_cleaned(tmp_path: Path) -> None:
    records = seed_records()
    source = tmp_path / "data.jsonl"
    source.write_bytes(jsonl(records))
    code, stdout, stderr = run(["fix", str(source), "--text-field", "text", "-o", str(tmp_path / "out.jsonl")])
    assert code == 0 and stdout == b"", stderr
    got = [json.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    assert [r["id"] for r in got] == [r["id"] for r in records]
    for before, after in zip(records, got, strict=True):
        assert after == {**before, "text": clean(str(before["text"])).text}
        assert list(after) == list(before)  # key order too
    assert "5 documents: 5 changed" in stderr


def test_unchanged_records_are_written_back_byte_for_byte(tmp_path: Path) -> None:
    lines = b'{"text": "\\u4eca\\u5e74\\uff0c\\u610f\\u4e49\\u975e\\u51e1\\u3002", "n": 1.50}\r\n{"text":"x"}'
    code, stdout, _ = run(["fix", "-", "--text-field", "text"], stdin=lines)
    assert code == 0 and stdout == lines


def test_report_field(tmp_path: Path) -> None:
    code, stdout, _ = run(
        ["fix", "-", "--text-field", "body", "--report-field", "cleaner"],
        stdin=jsonl([{"body": "2022年,意义非凡。"}, {"body": "今年。"}]),
    )
    first, second = (json.loads(line) for line in stdout.splitlines())
    assert code == 0
    assert first["body"] == "2022年，意义非凡。"
    assert first["cleaner"]["changed"] is True and first["cleaner"]["stats"] == {"width-punct": 1}
    edit = first["cleaner"]["edits"][0]
    assert (edit["rule"], edit["before"], edit["after"], edit["start"]) == ("width-punct", ",", "，", 5)
    assert edit["reason"]
    assert second["cleaner"] == {"changed": False, "edits": [], "findings": 0, "stats": {}}


BAD = (
    b'{"text": "2022\xe5\xb9\xb4,\xe6\x84\x8f\xe4\xb9\x89\xe3\x80\x82"}\n'  # line 1: good
    b"not json\n"  # 2
    b'{"title": "no text field"}\n'  # 3
    b"\n"  # 4: blank, not a record
    b'["a list"]\n'  # 5
    b'{"text": 42}\n'  # 6
    b'{"text": "\xff"}\n'  # 7: not UTF-8
    b'{"text": "last"}\n'  # 8
)


def test_bad_lines_are_reported_by_number_and_passed_through() -> None:
    code, stdout, stderr = run(["fix", "-", "--text-field", "text"], stdin=BAD)
    assert code == 1
    assert stdout.splitlines()[1:] == BAD.splitlines()[1:]  # all passed through, in place
    assert json.loads(stdout.splitlines()[0])["text"] == "2022年，意义。"
    for number, reason in [
        (2, "not JSON"),
        (3, "no field 'text'"),
        (5, "not a JSON object"),
        (6, "field 'text' is int, not a string"),
        (7, "not UTF-8"),
    ]:
        assert f"failed: line {number}: {reason}" in stderr
    assert "line 4" not in stderr and "line 8" not in stderr
    assert "7 documents: 1 changed, 1 unchanged, 0 already done, 5 failed" in stderr


def test_bad_lines_skipped_on_request_but_still_reported() -> None:
    code, stdout, stderr = run(["fix", "-", "--text-field", "text", "--on-error", "skip", "-q"], stdin=BAD)
    assert code == 1
    assert stdout.splitlines()[1:] == [b"", b'{"text": "last"}']
    assert stderr.count("failed: line") == 5


def test_jobs_1_and_2_and_folder_mode_give_the_same_text(tmp_path: Path) -> None:
    records = seed_records() * 7
    source = tmp_path / "data.jsonl"
    source.write_bytes(jsonl(records))
    outs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out{jobs}.jsonl"
        assert run(["fix", str(source), "--text-field", "text", "-o", str(target), "-j", jobs, "-q"])[0] == 0
        outs.append(target.read_bytes())
    assert outs[0] == outs[1]
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, seed in enumerate(SEEDS):
        (folder / f"{i}.txt").write_bytes(seed.read_bytes())
    run(["fix", str(folder), "-o", str(tmp_path / "docs-out"), "-j", "2", "-q"])
    cleaned = [json.loads(line)["text"].encode("utf-8") for line in outs[0].splitlines()]
    for i in range(len(SEEDS)):
        assert cleaned[i] == (tmp_path / "docs-out" / f"{i}.txt").read_bytes()


def test_output_never_overwrites_input_without_in_place(tmp_path: Path) -> None:
    source = tmp_path / "data.jsonl"
    source.write_bytes(jsonl([{"text": "2022年,意义非凡。"}]))
    code, _, stderr = run(["fix", str(source), "--text-field", "text", "-o", str(source)])
    assert code == 2 and "overwrite" in stderr
    assert run(["fix", str(source), "--text-field", "text", "--in-place", "-q"])[0] == 0
    assert json.loads(source.read_bytes())["text"] == "2022年，意义非凡。"
    assert run(["fix", str(tmp_path / "missing.jsonl"), "--text-field", "text"])[0] == 2


def test_streaming_keeps_memory_bounded_and_order() -> None:
    """clean_jsonl reads lazily: a sink sees the first records before the source is exhausted."""
    pulled = 0

    def lines():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield json.dumps({"i": i, "text": "2022年,意义非凡。"}).encode() + b"\n"

    class Sink(io.BytesIO):
        first_seen_at: int | None = None

        def write(self, data: bytes) -> int:  # type: ignore[override]
            if self.first_seen_at is None:
                self.first_seen_at = pulled
            return super().write(data)

    sink = Sink()
    summary = clean_jsonl(lines(), sink, jobs=2, chunk_lines=16)  # type: ignore[arg-type]
    assert sink.first_seen_at is not None and sink.first_seen_at < 1000
    got = [json.loads(line)["i"] for line in sink.getvalue().splitlines()]
    assert got == list(range(10_000)) and summary.changed == 10_000


# --- clean_records --------------------------------------------------------------------------


def test_clean_records_is_a_lazy_generator_that_keeps_fields() -> None:
    endless = ({"n": i, "text": "2022年,意义非凡。"} for i in itertools.count())
    first = list(itertools.islice(clean_records(endless, text_field="text"), 3))
    assert first == [{"n": i, "text": "2022年，意义非凡。"} for i in range(3)]


def test_clean_records_does_not_change_its_input_and_uses_config() -> None:
    record = {"text": "2022年,意义非凡。"}
    out = next(clean_records([record], config=Config(rules={"width": "off"}), report_field="r"))
    assert record == {"text": "2022年,意义非凡。"}
    assert out["text"] == "2022年,意义非凡。" and out["r"]["changed"] is False


def test_clean_records_on_error() -> None:
    records = [{"text": "a,b"}, {"other": 1}, {"text": None}]
    with pytest.raises(RecordError, match="record 1: no field 'text'"):
        list(clean_records(records))
    assert list(clean_records(records, on_error="pass"))[1:] == records[1:]
    assert list(clean_records(records, on_error="skip")) == [{"text": "a,b"}]


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.text(min_size=1, max_size=5).filter(lambda k: k != "text"),
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)),
        max_size=4,
    ),
    st.text(alphabet='中文，。,." 0123456789a\n', max_size=40),
)
def test_a_line_round_trips_every_other_field(other: dict[str, object], text: str) -> None:
    record = {**other, "text": text}
    line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
    out = clean_jsonl_line(line, 1, Pipeline(), "text")
    assert out.output is not None and out.output.endswith(b"\n")
    assert json.loads(out.output) == {**record, "text": clean(text).text}


def test_chunks_are_bounded_by_lines_and_bytes() -> None:
    from cleaner.batch import _chunks

    lines = [b"x" * 400 + b"\n"] * 10
    assert [len(c) for c in _chunks(lines, 4, max_bytes=10_000)] == [4, 4, 2]
    assert [len(c) for c in _chunks(lines, 32, max_bytes=1000)] == [3, 3, 3, 1]
    assert [n for c in _chunks(lines, 3) for n, _ in c] == list(range(1, 11))  # line numbers from 1
