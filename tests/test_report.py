"""The reporters draw every change from result.edits: each appears, with its rule, in JSON,
JSONL, the patch, the terminal diff and the review page's data; nothing else does."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings

from cleaner import clean
from cleaner.model import Edit, Finding, Result, Span, apply_edits
from cleaner.pipeline import Pipeline
from cleaner.report import Document, LineIndex, doubts, html, patch, terminal
from cleaner.report import json as json_report
from cleaner.stages.base import Stage
from tests.conftest import SEEDS
from tests.report_helpers import DOUBTED, SURNAMES, apply_unified, make_doc, random_docs


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    return [Document(str(p.relative_to(p.parents[2])), clean(p.read_text(encoding="utf-8")), "utf-8") for p in SEEDS]


def _edits_from_record(record: dict) -> list[Edit]:
    return [
        Edit(Span(e["start"], e["end"]), e["before"], e["after"], e["rule"], e["confidence"], e["reason"])
        for e in record["edits"]
    ]


# -- line index --------------------------------------------------------------------------
def test_line_index_counts_only_newlines() -> None:
    text = "ab\ncd\u2028ef\r\ng"
    index = LineIndex(text)
    assert index.line_col(0) == (1, 1)
    assert index.line_col(3) == (2, 1)
    assert index.line_col(6) == (2, 4)  # U+2028 is not a line break for us (nor for patch)
    assert index.line_col(len(text)) == (3, 2)
    assert index.count == 3
    assert LineIndex("").count == 0
    assert LineIndex("a\n").count == 1


# -- JSON / JSONL ------------------------------------------------------------------------
def test_json_record_has_every_edit_with_position_rule_and_reason(seed_docs: list[Document]) -> None:
    payload = json.loads(json_report.render_json(seed_docs))
    assert payload["schema_version"] == json_report.SCHEMA_VERSION
    assert len(payload["documents"]) == len(seed_docs)
    for doc, record in zip(seed_docs, payload["documents"], strict=True):
        result = doc.result
        assert record["path"] == doc.name and record["encoding"] == "utf-8"
        assert record["schema_version"] == json_report.SCHEMA_VERSION
        assert record["changed"] == result.changed
        assert tuple(_edits_from_record(record)) == result.edits
        assert apply_edits(result.original, _edits_from_record(record)) == result.text
        assert record["counts"] == {rule: sum(e.rules.count(rule) for e in result.edits) for rule in record["counts"]}
        assert sum(record["counts"].values()) == sum(len(e.rules) for e in result.edits)
        lines = result.original.split("\n")
        for item in record["edits"]:
            # line and column are 1-based code points: they find the edit in the original
            line_text = lines[item["line"] - 1] + "\n"
            assert line_text[item["column"] - 1 :].startswith(item["before"].split("\n")[0])
            assert item["rules"] == item["rule"].split("+")


def test_jsonl_is_one_record_per_line_even_with_line_separators() -> None:
    doc = make_doc("中文,\u2028文本,\u2029结束", [(2, 3, "，", "width-punct"), (6, 7, "，", "width-punct")])
    out = json_report.render_jsonl([doc, doc])
    lines = out.split("\n")
    assert lines[-1] == "" and len(lines) == 3
    assert "\u2028" not in out and "\u2029" not in out
    assert json.loads(lines[0])["edits"][1]["start"] == 6


def test_json_unchanged_document_has_no_edits() -> None:
    record = json_report.document_record(Document("a.txt", clean("干净的中文。"), None))
    assert record["edits"] == [] and record["counts"] == {} and record["changed"] is False


@settings(max_examples=200, deadline=None)
@given(random_docs())
def test_json_round_trips_any_edits(doc: Document) -> None:
    record = json.loads(json_report.render_jsonl_line(doc))
    assert tuple(_edits_from_record(record)) == doc.result.edits
    index = LineIndex(doc.result.original)
    for item, edit in zip(record["edits"], doc.result.edits, strict=True):
        assert (item["line"], item["column"]) == index.line_col(edit.start)


# -- patch -------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(random_docs())
def test_patch_applies_to_give_the_cleaned_text(doc: Document) -> None:
    text = patch.render_document(doc)
    if not doc.result.edits:
        assert text == ""
        return
    assert apply_unified(doc.result.original, text) == doc.result.text


@settings(max_examples=200, deadline=None)
@given(random_docs())
def test_patch_shows_only_lines_that_edits_touch(doc: Document) -> None:
    """Each removed line is a line an edit touches (or the line an edit joins onto it)."""
    text = patch.render_document(doc, context=0)
    index = LineIndex(doc.result.original)
    touched = set()
    for edit in doc.result.edits:
        last = index.line_of(edit.end) if edit.end > edit.start else index.line_of(edit.start)
        touched.update(range(index.line_of(edit.start), last + 1))
    removed = set()
    old_line = 0
    for row in text.split("\n")[2:]:
        if row.startswith("@@"):
            start = int(row.split()[1][1:].split(",")[0])
            count = row.split()[1].split(",")
            old_line = start - 1 if (len(count) == 1 or count[1] != "0") else start
        elif row.startswith("-"):
            removed.add(old_line)
            old_line += 1
        elif row.startswith(" "):
            old_line += 1
    assert removed <= touched


def test_patch_unchanged_document_is_empty() -> None:
    assert patch.render([Document("a.txt", clean("干净的中文。"), None)]) == ""


def test_patch_paths_are_relative() -> None:
    doc = make_doc("a,b\n", [(1, 2, "，", "width-punct")], name="/abs/dir/x.txt")
    assert patch.render_document(doc).startswith("--- a/abs/dir/x.txt\n+++ b/abs/dir/x.txt\n")


# -- terminal ----------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(random_docs())
def test_terminal_lists_every_change_with_its_rule(doc: Document) -> None:
    out = terminal.render(doc, color=False)
    listed = [line for line in out.split("\n") if line.startswith("  [")]
    assert len(listed) == len(doc.result.edits)
    index = LineIndex(doc.result.original)
    for number, (line, edit) in enumerate(zip(listed, doc.result.edits, strict=True), start=1):
        row, col = index.line_col(edit.start)
        assert line.startswith(f"  [{number}] {row}:{col} {edit.rule} ")
    if not doc.result.edits:
        assert "(no changes)" in out
    assert "\x1b" not in out and "\r" not in out.replace("\r\n", "")


def test_terminal_carets_sit_under_wide_characters() -> None:
    text = "今年7月4日袁习近平总书记"
    doc = make_doc(text, [(text.index("袁"), text.index("袁") + 1, "，", "punct-shift")])
    out = terminal.render(doc, color=False).split("\n")
    old_row = next(r for r in out if r.startswith("-"))
    carets = out[out.index(old_row) + 1]
    prefix = old_row.split("│ ", 1)[1].split("袁")[0]
    gutter = len(old_row.split("│ ", 1)[0]) + 2
    assert carets[gutter:] == " " * terminal.display_width(prefix) + "^^"
    new_row = out[out.index(old_row) + 2]
    assert new_row.startswith("+") and "今年7月4日，习近平" in new_row


def test_terminal_shows_invisible_changes_and_hides_control_characters() -> None:
    text = "第一行 末尾\n\n第二行\x1b[2J"
    doc = make_doc(text, [(3, 4, "", "cjk-space"), (6, 8, "", "reflow-join")])
    out = terminal.render(doc, color=False)
    assert terminal.SPACE_SYMBOL in out and terminal.RETURN_SYMBOL in out
    assert "\x1b" not in out and "⟨U+001B⟩" in out
    assert "第一行末尾第二行" in out  # the joined line on the + side


def test_terminal_carets_do_not_depend_on_what_the_caret_table_has_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    # Caret rows come from a table of cells per character, filled as characters come; when it
    # is full, characters are measured one by one. Both must draw the same carets, including
    # under a change that takes no cell (a lone combining mark) next to wide and narrow text.
    text = "ｱ中文“引号”\u0301é,文本\u3000x"
    mixed = make_doc(text, [(7, 8, "", "width-punct"), (9, 10, "，", "width-punct"), (12, 13, " ", "cjk-space")])
    lone = make_doc("中文\u0301文本", [(2, 3, "", "width-punct")])
    filled = [terminal.render(doc, color=False) for doc in (mixed, lone)]
    monkeypatch.setattr(terminal, "_CARET_CELLS_LIMIT", 0)
    monkeypatch.setattr(terminal, "_CARET_CELLS", {p: " " for p in range(0x20, 0x7F)} | {0: "^", 1: ""})
    assert [terminal.render(doc, color=False) for doc in (mixed, lone)] == filled
    old_row = "-    1 │ 中文\u0301文本"
    assert f"{old_row}\n       │ \n" in filled[1]  # a row of no carets: the change takes no cell
    row = next(r for r in filled[0].split("\n") if r.startswith("-"))
    carets = filled[0].split("\n")[filled[0].split("\n").index(row) + 1]
    cells = terminal.display_width(row.split("│ ", 1)[1].split(",")[0])
    assert carets == "       │ " + " " * cells + "^" + " " * 4 + "^^"


def test_terminal_colour_marks_changes_without_carets() -> None:
    doc = make_doc("中文,文本", [(2, 3, "，", "width-punct")])
    coloured = terminal.render(doc, color=True)
    assert "\x1b[" in coloured and "^" not in coloured


def test_terminal_long_lines_are_clipped_around_the_change() -> None:
    text = "字" * 500 + "," + "字" * 500
    out = terminal.render(make_doc(text, [(500, 501, "，", "width-punct")]), color=False)
    rows = [r for r in out.split("\n") if r.startswith(("-", "+"))]
    assert all(terminal.display_width(r) < 100 for r in rows)


def test_use_color_honours_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("NO_COLOR", "1")
    assert terminal.use_color("auto", Tty()) is False  # type: ignore[arg-type]
    assert terminal.use_color("always", Tty()) is True  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "")
    assert terminal.use_color("auto", Tty()) is True  # type: ignore[arg-type]
    monkeypatch.delenv("NO_COLOR")
    assert terminal.use_color("never", Tty()) is False  # type: ignore[arg-type]


# -- HTML (the page itself is tested in a browser: tests/test_html_browser.py) ------------
def test_html_embeds_every_edit_and_escapes_the_document(tmp_path: Path) -> None:
    source = (Path(__file__).parent / "data" / "report" / "script-injection.txt").read_text(encoding="utf-8")
    doc = Document("</script><b>x</b>.txt", clean(source), "utf-8")
    page = html.render([doc])
    data = page.split('<script type="application/json" id="cleaner-data">', 1)[1].split("</script>", 1)[0]
    for needle in ("<", ">", "&", "\u2028", "\u2029"):
        assert needle not in data
    payload = json.loads(data)
    embedded = payload["documents"][0]
    assert embedded["text"] == source and embedded["name"] == doc.name
    assert [(e[0], e[1], e[2], e[3]) for e in embedded["edits"]] == [
        (e.start, e.end, e.after, e.rule) for e in doc.result.edits
    ]
    assert page.count("<script") == 2  # the data block and the page's own script, nothing from the document
    assert "http://" not in page and "https://" not in page  # no fetches


def test_html_offsets_are_utf16_for_astral_characters() -> None:
    text = "𠀀𠀁,文本"
    payload = html.document_payload(make_doc(text, [(2, 3, "，", "width-punct")]))
    assert payload["edits"][0][:2] == [4, 5]  # two surrogate pairs before the comma
    assert payload["edits"][0][6:] == [1, 3]  # line and column stay code points


def test_readme_documents_every_json_field() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    schema = readme.split("### Diff report schema", 1)[1].split("\n## ", 1)[0]
    record = json_report.document_record(make_doc("中文,文本", [(2, 3, "，", "width-punct")]))
    for field in [*record, *record["edits"][0]]:
        assert f"`{field}`" in schema, field


def test_terminal_never_prints_control_characters_from_names_or_reasons() -> None:
    text = "中文,文本"
    edit = Edit(Span(2, 3), ",", "，", "width-punct", 0.9, "quoting the text: '\x1b[31m'")
    doc = Document("evil\x1b]0;title\x07.txt", Result(text, "中文，文本", (edit,), (), {}), None)
    out = terminal.render(doc, color=False)
    assert "\x1b" not in out and "\x07" not in out
    assert "⟨U+001B⟩" in out and "⟨U+0007⟩" in out


# -- doubts: the findings not applied ----------------------------------------------------


def _finding(rule: str, text: str, start: int, end: int, after: str | None, confidence: float) -> Finding:
    edit = None
    if after is not None:
        edit = Edit(Span(start, end), text[start:end], after, rule, confidence, f"{rule} reason")
    return Finding(rule, Span(start, end), f"{rule} message", confidence, edit)


def test_doubts_are_the_findings_not_applied() -> None:
    result = clean(DOUBTED)
    found = doubts(result)
    assert [(f.rule, DOUBTED[f.span.start : f.span.end], f.edit.after) for f in found.suggestions if f.edit] == [
        ("punct-shift", "袁", "，"),
        ("punct-shift", "袁", "，"),
    ]
    assert all(f.confidence < 0.8 and f.edit not in result.edits for f in found.suggestions)
    assert [f.rule for f in found.notes] == ["punct-shift-document"]
    # every finding is an edit or a doubt, never both
    applied = [f for f in result.findings if f not in found.suggestions + found.notes]
    assert applied and all(f.edit in result.edits for f in applied)
    assert len(found) == len(result.findings) - len(applied)


def test_doubts_compare_with_the_edits_as_the_pipeline_composes_them() -> None:
    text = "涨垣跌 袁明,说 好"
    # punct-shift made 垣 ＋ and width made that +: one edit naming both rules.
    merged = Edit(Span(1, 2), "垣", "+", "punct-shift+width-symbol", 0.9, "merged")
    result = Result(
        text,
        apply_edits(text, [merged]),
        (merged,),
        (
            _finding("punct-shift", text, 1, 2, "＋", 0.9),  # applied (the record says), then changed again
            _finding("width-quote", text, 1, 2, "”", 0.5),  # another rule at the same place: a note
            _finding("cjk-space", text, 3, 4, "", 0.6),  # apart from every edit: a suggestion
            _finding("punct-shift", text, 4, 5, "，", 0.6),  # 袁: two suggestions collide,
            _finding("x-surname", text, 4, 6, "Yuan Ming", 0.7),  # the surer one is offered
            _finding("punct-shift-document", text, 0, len(text), None, 0.7),  # nothing to accept
            _finding("width-punct", text, 6, 7, "，", 0.5),
        ),
        applied=frozenset({0}),
    )
    found = doubts(result)
    offered = [(f.rule, f.span.start) for f in found.suggestions]
    assert offered == [("cjk-space", 3), ("x-surname", 4), ("width-punct", 6)]
    assert [(f.rule, f.span.start) for f in found.notes] == [
        ("punct-shift-document", 0),
        ("width-quote", 1),
        ("punct-shift", 4),
    ]
    # the suggestions can all be applied on top of the edits
    edits = [*result.edits, *(f.edit for f in found.suggestions if f.edit)]
    assert apply_edits(text, edits) == "涨+跌Yuan Ming，说 好"


def _demo_pipeline(findings: Callable[[str], list[Finding]]) -> Pipeline:
    """A pipeline of one custom stage (rule ``demo``, fixing) that finds ``findings(text)``."""
    stage = Stage("demo", "a custom stage", ("demo",), lambda text, ctx: findings(text))
    return Pipeline(stages=[stage])


def test_a_finding_that_lost_to_a_surer_one_of_its_rule_is_a_doubt() -> None:
    # Both over the threshold, same rule, same place: the pipeline applies the surer one; the
    # other was not applied, though an edit of its rule lies where it does.
    text = "中文abc"
    surer = _finding("demo", text, 3, 4, "B", 0.9)
    lost = _finding("demo", text, 3, 4, "β", 0.85)
    result = _demo_pipeline(lambda _: [lost, surer]).run(text)
    assert result.text == "中文aBc" and result.applied == frozenset({1})
    found = doubts(result)
    assert found.suggestions == () and found.notes == (lost,)  # it collides with the change: a note
    record = json_report.document_record(Document("demo.txt", result, None))
    assert [(f["rule"], f["confidence"], f["suggestion"]["after"]) for f in record["findings"]] == [("demo", 0.85, "β")]


def test_findings_sharing_one_edit_are_doubts_or_applied_together() -> None:
    text = "中文abc"
    for confidence, applied in ((0.5, False), (0.9, True)):
        edit = Edit(Span(3, 4), "b", "B", "demo", confidence, "one repair")
        first = Finding("demo", Span(3, 4), "one reason", confidence, edit)
        second = Finding("demo", Span(2, 5), "another reason", confidence, edit)
        result = _demo_pipeline(lambda _, f=first, s=second: [f, s]).run(text)
        found = doubts(result)
        if applied:
            assert result.edits == (edit,) and result.applied == frozenset({0, 1}) and len(found) == 0
        else:
            # offered once (accepting it twice would make the change twice); the other is read
            assert result.edits == () and found.suggestions == (first,) and found.notes == (second,)


def test_the_record_of_applied_findings_survives_pickling() -> None:
    result = clean(DOUBTED)
    assert result.applied and len(result.applied) < len(result.findings)
    copy = pickle.loads(pickle.dumps(result))
    assert copy.applied == result.applied and doubts(copy) == doubts(result)


def test_json_record_lists_the_doubts_with_their_suggestions() -> None:
    doc = Document("doubted.txt", clean(DOUBTED), "utf-8")
    record = json.loads(json_report.render_jsonl_line(doc))
    findings = record["findings"]
    assert [f["rule"] for f in findings] == ["punct-shift-document", "punct-shift", "punct-shift"]
    document, first, second = findings
    assert document["suggestion"] is None and (document["start"], document["end"]) == (0, len(DOUBTED))
    assert (first["start"], second["start"]) == SURNAMES
    assert (first["line"], first["column"], second["line"], second["column"]) == (1, 10, 3, 14)
    for item in (first, second):
        suggestion = item["suggestion"]
        assert DOUBTED[suggestion["start"] : suggestion["end"]] == suggestion["before"] == "袁"
        assert suggestion["after"] == "，" and suggestion["confidence"] < 0.8 and item["message"]
        assert (item["end_line"], item["end_column"]) == (item["line"], item["column"] + 1)
    assert not any((e["start"], e["after"]) == (f["start"], "，") for e in record["edits"] for f in findings[1:])
    clean_record = json_report.document_record(Document("clean.txt", clean("干净的中文。"), None))
    assert clean_record["findings"] == []


def test_readme_documents_every_finding_field() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    schema = readme.split("### Diff report schema", 1)[1].split("\n## ", 1)[0]
    record = json_report.document_record(Document("doubted.txt", clean(DOUBTED), "utf-8"))
    with_suggestion = record["findings"][1]
    for field in [*with_suggestion, *with_suggestion["suggestion"]]:
        assert f"`{field}`" in schema, field


def test_html_payload_has_suggestions_and_notes_in_utf16_offsets() -> None:
    text = "𠀀" + DOUBTED
    payload = html.document_payload(Document("d.txt", clean(text), "utf-8"))
    suggestions, notes = payload["suggestions"], payload["notes"]
    assert [s[:4] for s in suggestions] == [[k + 2, k + 3, "，", "punct-shift"] for k in SURNAMES]  # 𠀀: 2 units
    assert [s[6:] for s in suggestions] == [[1, 11], [3, 14]]  # line and column: code points
    assert all(s[4] < 0.8 and "袁" in s[5] for s in suggestions)  # the reason is the finding's message
    ((rule, message, confidence, line, column, start, end, suggested, whole),) = notes
    assert (rule, line, column, start, end) == ("punct-shift-document", 1, 1, 0, len(text) + 1)
    assert suggested is None and whole is True
    assert "garble" in message and 0 < confidence <= 1
    edits_at = {e[0] for e in payload["edits"]}
    assert not edits_at & {s[0] for s in suggestions}
