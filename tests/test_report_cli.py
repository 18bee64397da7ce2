"""The reporters through the command line, and the patch through the real ``patch`` and ``git apply``."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean
from cleaner.cli import main
from cleaner.report import Document, patch
from tests.conftest import SEEDS
from tests.report_helpers import DOUBTED, SURNAMES, make_doc

# Edge cases for patch tools: joins, splits, end of file with and without a newline, CRLF.
TRICKY = [
    make_doc("第一行,\n第二行\n", [(3, 4, "，", "width-punct")], "a.txt"),
    make_doc("上半句\n\n下半句。\n", [(3, 5, "", "reflow-join")], "b.txt"),
    make_doc("没有换行,结尾", [(4, 5, "，", "width-punct")], "c.txt"),
    make_doc("结尾有换行\n", [(5, 6, "", "reflow-join")], "d.txt"),
    make_doc("结尾\n", [(3, 3, "补上。\n", "x-insert")], "e.txt"),
    make_doc("一,二\r\n三,四\r\n", [(1, 2, "，", "width-punct"), (6, 7, "，", "width-punct")], "f.txt"),
    make_doc("甲\n乙\n丙\n丁\n戊\n己\n庚\n辛\n壬\n癸\n", [(0, 1, "A", "r"), (18, 19, "J", "r")], "g.txt"),
    make_doc("整行删除\n", [(0, 5, "", "x-delete")], "h.txt"),
    make_doc("拆开这一行", [(2, 2, "\n", "x-split")], "i.txt"),
]


def _seed_docs() -> list[Document]:
    return [Document(p.name, clean(p.read_text(encoding="utf-8")), "utf-8") for p in SEEDS]


@pytest.mark.parametrize("tool", ["patch", "git"])
def test_real_tools_apply_the_patch(tool: str, tmp_path: Path) -> None:
    assert shutil.which(tool), f"{tool} is needed for this test"
    docs = _seed_docs() + TRICKY
    for doc in docs:
        (tmp_path / doc.name).write_bytes(doc.result.original.encode("utf-8"))
    patch_file = tmp_path.parent / f"{tmp_path.name}.patch"
    patch_file.write_bytes(patch.render(docs).encode("utf-8"))
    if tool == "patch":
        command = ["patch", "-p1", "--batch", "--forward", "-i", str(patch_file)]
    else:
        subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
        command = ["git", "apply", "--whitespace=nowarn", str(patch_file)]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    for doc in docs:
        assert (tmp_path / doc.name).read_bytes().decode("utf-8") == doc.result.text, doc.name


def _seed(name: str) -> str:
    return str(next(p for p in SEEDS if p.name.startswith(name)))


def test_diff_formats(tmp_path: Path) -> None:
    runner = CliRunner()
    path = _seed("003")
    result = clean(Path(path).read_text(encoding="utf-8"))
    text = runner.invoke(main, ["diff", "--color", "never", path])
    assert text.exit_code == 0
    assert text.output.count("] ") >= len(result.edits) and "\x1b" not in text.output
    always = runner.invoke(main, ["diff", "--color", "always", path])
    assert "\x1b[" in always.output
    as_json = json.loads(runner.invoke(main, ["diff", "--format", "json", path]).output)
    assert len(as_json["documents"][0]["edits"]) == len(result.edits)
    lines = runner.invoke(main, ["diff", "--format", "jsonl", path, _seed("002")]).output.splitlines()
    assert [json.loads(line)["path"] for line in lines] == [path, _seed("002")]
    as_patch = runner.invoke(main, ["diff", "--format", "patch", path]).output
    assert as_patch.startswith("--- a/") and "\x1b" not in as_patch


def test_diff_report_file_kinds(tmp_path: Path) -> None:
    runner = CliRunner()
    paths = [_seed("000"), _seed("003")]
    for name in ("r.html", "r.json", "r.jsonl", "r.patch", "r.txt"):
        done = runner.invoke(main, ["diff", "--format", "json", "--report", str(tmp_path / name), *paths])
        assert done.exit_code == 0, done.output
        assert (tmp_path / name).stat().st_size > 1000
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "cleaner-data" in page
    assert [json.loads(x)["path"] for x in (tmp_path / "r.jsonl").read_text().splitlines()] == paths
    bad = runner.invoke(main, ["diff", "--report", str(tmp_path / "r.pdf"), paths[0]])
    assert bad.exit_code == 2 and "unknown kind" in bad.output


def test_fix_diff_goes_to_stderr_and_report_to_a_folder(tmp_path: Path) -> None:
    runner = CliRunner()
    path = _seed("002")
    report_dir = tmp_path / "review/"
    done = runner.invoke(main, ["fix", "--diff", "--report", f"{report_dir}/", path])
    assert done.exit_code == 0, done.output
    expected = clean(Path(path).read_text(encoding="utf-8")).text
    assert done.stdout == expected  # the cleaned text alone on stdout
    assert "width-punct" in done.stderr and "@@ change 1" in done.stderr
    pages = sorted(p.name for p in report_dir.iterdir())
    assert pages == ["0001-002-punct-shift-narrow-columns.in.txt.html", "index.html"]
    index = (report_dir / "index.html").read_text(encoding="utf-8")
    assert 'href="0001-002-punct-shift-narrow-columns.in.txt.html"' in index and "width-punct 4" in index


def test_fix_without_report_options_prints_only_the_text(tmp_path: Path) -> None:
    path = _seed("003")
    done = CliRunner().invoke(main, ["fix", path])
    assert done.exit_code == 0 and done.stderr == ""
    assert done.stdout == clean(Path(path).read_text(encoding="utf-8")).text


def test_folder_report_escapes_names_and_links_back(tmp_path: Path) -> None:
    from cleaner.report.sink import ReportFile

    report = ReportFile(f"{tmp_path}/out/")
    report.add(make_doc("中文,文本", [(2, 3, "，", "width-punct")], name="<script>alert(1)</script>.txt"))
    report.close()
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in index and "&lt;script&gt;alert(1)&lt;/script&gt;.txt" in index
    (page,) = [p for p in (tmp_path / "out").iterdir() if p.name != "index.html"]
    assert page.name == "0001-script_.txt.html"  # the base name, made safe
    assert '"index_href":"index.html"' in page.read_text(encoding="utf-8")


def test_diff_json_and_reports_carry_the_doubts(tmp_path: Path) -> None:
    source = tmp_path / "doubted.txt"
    source.write_text(DOUBTED, encoding="utf-8")
    runner = CliRunner()
    done = runner.invoke(main, ["diff", "--format", "json", "--report", str(tmp_path / "r.html"), str(source)])
    assert done.exit_code == 0, done.output
    (record,) = json.loads(done.output)["documents"]
    assert json.loads(done.output)["schema_version"] == 1  # a new field: the schema keeps its version
    suggested = [(f["start"], f["suggestion"]["after"]) for f in record["findings"] if f["suggestion"]]
    assert suggested == [(SURNAMES[0], "，"), (SURNAMES[1], "，")]
    assert [f["rule"] for f in record["findings"] if not f["suggestion"]] == ["punct-shift-document"]
    cleaned = runner.invoke(main, ["fix", str(source)]).stdout
    assert "找到了袁泰山" in cleaned and "记者袁明" in cleaned  # doubts change nothing
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    data = json.loads(page.split('id="cleaner-data">', 1)[1].split("</script>", 1)[0])
    (embedded,) = data["documents"]
    assert len(embedded["suggestions"]) == 2 and len(embedded["notes"]) == 1
    # the JSONL stream and `check` agree: check lists every finding, the report the doubts among them
    line = json.loads(runner.invoke(main, ["diff", "--format", "jsonl", str(source)]).output)
    assert line["findings"] == record["findings"]
    checked = json.loads(runner.invoke(main, ["check", "--format", "json", str(source)]).output)[0]["findings"]
    assert {(f["rule"], f["start"]) for f in record["findings"]} < {(f["rule"], f["start"]) for f in checked}


def test_a_rule_in_report_mode_is_a_doubt_in_every_report(tmp_path: Path) -> None:
    # reflow reported, not applied: its join is a suggestion (off), the text keeps its break
    (tmp_path / "reflow.toml").write_text('[rules]\nreflow = "report"\n', encoding="utf-8")
    source = tmp_path / "rf.txt"
    source.write_text("今天我们去了公园，天气很\n好，大家都很高兴。\n\n第二段。\n", encoding="utf-8")
    runner = CliRunner()
    config = ["--config", str(tmp_path / "reflow.toml")]
    done = runner.invoke(main, ["diff", *config, "--format", "json", "--report", str(tmp_path / "r.html"), str(source)])
    assert done.exit_code == 0, done.output
    (record,) = json.loads(done.output)["documents"]
    assert record["edits"] == []
    (join,) = [f for f in record["findings"] if f["rule"] == "reflow-join"]
    assert (join["suggestion"]["before"], join["suggestion"]["after"]) == ("\n", "")
    assert runner.invoke(main, ["fix", *config, str(source)]).stdout == source.read_text(encoding="utf-8")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    (embedded,) = json.loads(page.split('id="cleaner-data">', 1)[1].split("</script>", 1)[0])["documents"]
    assert [(s[0], s[2], s[3]) for s in embedded["suggestions"]] == [(join["start"], "", "reflow-join")]
    checked = json.loads(runner.invoke(main, ["check", *config, "--format", "json", str(source)]).output)[0]
    assert join in checked["findings"]  # check's shape of a finding is the report's


def test_folder_index_counts_the_doubts(tmp_path: Path) -> None:
    source = tmp_path / "doubted.txt"
    source.write_text(DOUBTED, encoding="utf-8")
    done = CliRunner().invoke(main, ["diff", "--report", f"{tmp_path}/review/", str(source)])
    assert done.exit_code == 0, done.output
    index = (tmp_path / "review" / "index.html").read_text(encoding="utf-8")
    assert "<th>doubts</th>" in index and "<td>3</td>" in index and "3 doubts" in index
