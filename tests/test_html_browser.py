"""The review page in a real browser: Debian's chromium driven by Playwright (no browser
download). Screenshots go to tests/artifacts/ (gitignored) for people to look at."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from cleaner import Config, clean
from cleaner.model import Edit, Finding, Result, Span, apply_edits
from cleaner.pipeline import STAGES
from cleaner.report import Document, html
from tests.conftest import SEEDS
from tests.report_helpers import DOUBTED, SURNAMES

ARTIFACTS = Path(__file__).parent / "artifacts"
INJECTION = Path(__file__).parent / "data" / "report" / "script-injection.txt"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    assert executable, "chromium is needed: apt-get install chromium fonts-wqy-microhei (scripts/test does)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A page with the report loaded, collecting console errors and uncaught exceptions."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("#text .chg, #text .section")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def scroll_through(self) -> None:
        """Scroll to each section in turn, as a reader would, waiting for it to render."""
        sections = self.page.locator("#text .section")
        for i in range(sections.count()):
            sections.nth(i).scroll_into_view_if_needed()
            self.page.wait_for_function("i => document.querySelectorAll('#text .section')[i].section.rendered", arg=i)

    def download_text(self) -> str:
        with self.page.expect_download() as info:
            self.page.click("#download")
        return Path(info.value.path()).read_bytes().decode("utf-8")


def _write(tmp_path: Path, docs: list[Document], name: str = "report.html") -> Path:
    path = tmp_path / name
    path.write_text(html.render(docs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seed_docs() -> list[Document]:
    return [Document(f"fixtures/seeds/{p.name}", clean(p.read_text(encoding="utf-8")), "utf-8") for p in SEEDS]


def test_seeds_report_filter_reject_download(browser: Any, tmp_path: Path, seed_docs: list[Document]) -> None:
    view = Page(browser, _write(tmp_path, seed_docs))
    page = view.page
    rows = page.locator("#index tbody tr")
    assert rows.count() == len(seed_docs)
    for i, doc in enumerate(seed_docs):
        row_text = rows.nth(i).inner_text()
        assert doc.name in row_text and str(len(doc.result.edits)) in row_text
        for rule, count in doc.rule_counts().items():
            assert f"{rule} {count}" in row_text
    view.shot("01-seeds-opened")

    # The document with the most kinds of change.
    target = max(range(len(seed_docs)), key=lambda i: (len(seed_docs[i].rule_counts()), len(seed_docs[i].result.edits)))
    doc = seed_docs[target]
    page.click(f"#index tbody tr[data-doc='{target}'] a")
    edits = doc.result.edits
    assert page.inner_text("#status").startswith(f"{len(edits)} of {len(edits)} changes shown")
    page.uncheck("#show-suggestions")  # the changes alone here (the doubts have a test of their own)

    # Every rendered change names its rule; the rendered ones are exactly the first edits.
    titles = page.eval_on_selector_all(
        "#text .chg:not(.suggestion)", "nodes => nodes.map(n => [+n.dataset.i, n.title])"
    )
    assert titles, "the first section shows changes"
    for i, title in titles:
        assert title.startswith(" + ".join(edits[i].rules) + " (") and edits[i].reason in title

    # Filter by rule: drop the most frequent rule; the others stay navigable.
    rules = doc.rule_counts()
    dropped = max(rules, key=lambda r: rules[r])
    page.uncheck(f"#rules input[data-rule='{dropped}']")
    kept = [i for i, e in enumerate(edits) if any(r != dropped for r in e.rules)]
    assert page.inner_text("#status").startswith(f"{len(kept)} of {len(edits)} changes shown")
    muted = page.eval_on_selector_all("#text .chg.muted:not(.suggestion)", "nodes => nodes.map(n => +n.dataset.i)")
    assert muted and all(dropped in edits[i].rules and i not in kept for i in muted)
    view.shot("02-filtered")

    # Keyboard: next change, reject it with "r"; the inspector names its rule and reason.
    page.locator("body").press("j")
    page.locator("body").press("j")
    focused = page.evaluate("+document.activeElement.dataset.i")
    assert focused == kept[1]
    assert edits[focused].reason in page.inner_text("#inspector")
    page.keyboard.press("r")
    view.shot("03-rejected-by-key")

    # Confidence filter, then reject another change with the inspector's button.
    page.check(f"#rules input[data-rule='{dropped}']")
    page.fill("#conf-max", "0.92")
    low = [i for i, e in enumerate(edits) if e.confidence <= 0.92 + 1e-9]
    assert page.inner_text("#status").startswith(f"{len(low)} of {len(edits)} changes shown")
    page.fill("#conf-max", "1")
    page.keyboard.press("Escape")  # leave the number field: keys are commands again
    page.keyboard.press("k")  # wraps to the last change: its section is rendered on demand
    last = page.evaluate("+document.activeElement.dataset.i")
    assert last == len(edits) - 1
    page.click("#inspector button.reject")
    view.shot("04-last-change-rejected")

    rejected = {focused, last}
    assert page.evaluate(f"window.cleanerReview.decisions({target})") == [
        0 if i in rejected else 1 for i in range(len(edits))
    ]
    downloaded = view.download_text()
    accepted = [e for i, e in enumerate(edits) if i not in rejected]
    assert downloaded == apply_edits(doc.result.original, accepted)
    assert downloaded != doc.result.text and downloaded != doc.result.original

    # Accepting everything again gives the cleaned text exactly.
    page.click("#accept-shown")
    assert view.download_text() == doc.result.text
    assert view.errors == []
    assert all(url.startswith("file://") for url in view.requests), view.requests
    view.context.close()


def test_every_seed_opens_without_errors(browser: Any, tmp_path: Path, seed_docs: list[Document]) -> None:
    view = Page(browser, _write(tmp_path, seed_docs))
    for i, doc in enumerate(seed_docs):
        view.page.click(f"#index tbody tr[data-doc='{i}'] a")
        view.scroll_through()
        indices = view.page.eval_on_selector_all("#text .chg", "nodes => nodes.map(n => +n.dataset.i)")
        # every change once, in order, and the suggestions (numbered after them) among them
        suggested = [f.edit for f in doc.doubts().suggestions if f.edit is not None]
        changes = [*doc.result.edits, *suggested]
        assert indices == sorted(range(len(changes)), key=lambda k: (changes[k].start, changes[k].end))
        assert view.download_text() == doc.result.text
    view.shot("05-last-seed")
    assert view.errors == []
    view.context.close()


def _injection_doc() -> Document:
    text = INJECTION.read_text(encoding="utf-8")
    result = clean(text)
    # Suggestions that themselves carry markup: they must show as text too.
    start = text.index("<script>")
    extra = Edit(
        Span(start, start + 8),
        "<script>",
        "<img src=x onerror=\"window.__pwned='edit'\">",
        "x-markup",
        0.9,
        "<b>reason</b>",
    )
    edits = tuple(sorted([*result.edits, extra], key=lambda e: e.start))
    return Document(
        "</script><script>window.__pwned='name'</script>.txt",
        Result(text, apply_edits(text, edits), edits, (), {}),
        "utf-8",
    )


def test_script_injection_shows_as_text(browser: Any, tmp_path: Path) -> None:
    doc = _injection_doc()
    view = Page(browser, _write(tmp_path, [doc]))
    page = view.page
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shown = page.inner_text("#text")
    assert 'window.__pwned = "script";</script>' in shown
    assert "<img src=x onerror=\"window.__pwned = 'img'\">" in shown
    assert (
        page.inner_text("#text .chg:has(del:text-is('<script>')) ins")
        == "<img src=x onerror=\"window.__pwned='edit'\">"
    )
    assert "</script><script>" in page.inner_text("#doc-title")
    assert page.locator("#text img, #text script, #text b, #index script").count() == 0
    page.hover("#text .chg[data-i='1']")
    assert "<b>reason</b>" in page.inner_text("#inspector")
    view.shot("06-script-injection")
    assert view.download_text() == doc.result.text
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert view.errors == []
    view.context.close()


def _tiled(min_chars: int) -> Result:
    """The seeds cleaned once and repeated: a large document with its exact edits (cleaning
    1 MB directly is slow in the pipeline, and the page is what is under test here)."""
    seed_text = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS) + "\n\n"
    once = clean(seed_text)
    copies = min_chars // len(seed_text) + 1
    edits = tuple(
        replace(e, span=Span(e.start + k * len(seed_text), e.end + k * len(seed_text)))
        for k in range(copies)
        for e in once.edits
    )
    text = seed_text * copies
    return Result(text, once.text * copies, edits, (), {})


def test_one_megabyte_document_renders_lazily(browser: Any, tmp_path: Path) -> None:
    result = _tiled(1_000_000)
    text = result.original
    assert len(text) >= 1_000_000 and len(result.edits) > 10_000
    assert apply_edits(text, result.edits) == result.text
    path = _write(tmp_path, [Document("big.txt", result, "utf-8")], "big.html")
    started = time.perf_counter()
    view = Page(browser, path)
    opened = time.perf_counter() - started
    page = view.page
    sections = page.locator("#text .section").count()
    rendered = page.locator("#text .chg").count()
    assert sections > 100 and rendered < len(result.edits) / 10, (sections, rendered)
    page.locator("body").press("k")  # the last change, far down: rendered on demand
    assert page.evaluate("+document.activeElement.dataset.i") == len(result.edits) - 1
    page.locator("body").press("r")
    view.shot("07-one-megabyte")
    accepted = result.edits[:-1]
    assert view.download_text() == apply_edits(text, accepted)
    assert view.errors == []
    print(
        f"1 MB report: {len(result.edits)} changes, opened in {opened:.2f}s, {rendered} changes in the first sections"
    )
    assert opened < 20, f"opening a 1 MB report took {opened:.1f}s"
    view.context.close()


def test_astral_characters_and_crlf_round_trip(browser: Any, tmp_path: Path) -> None:
    """Offsets are code points in Python and UTF-16 units in the page: characters outside the
    BMP before an edit must not shift it; CRLF line ends are kept byte for byte."""
    text = "𠀀𠀁中文,文本\r\n第二行 𪚥,结束\r\n" * 3
    width_only = Config().only(["width"], [stage.id for stage in STAGES])  # the edits stay on their lines
    doc = Document("astral.txt", clean(text, width_only), "utf-8")
    edits = doc.result.edits
    assert len(edits) >= 6
    view = Page(browser, _write(tmp_path, [doc]))
    page = view.page
    shown = page.eval_on_selector_all("#text .chg del", "nodes => nodes.map(n => n.innerText)")
    assert len(shown) == len(edits)
    assert shown == ["␣" * len(e.before) if e.before == " " * len(e.before) else e.before for e in edits]
    page.keyboard.press("j")
    page.keyboard.press("r")
    assert view.download_text() == apply_edits(text, edits[1:])
    assert view.errors == []
    view.context.close()


def test_sections_never_cut_an_edit(browser: Any, tmp_path: Path) -> None:
    """Joins across line breaks everywhere (no place to cut for a long stretch), insertions at
    line starts: every change is rendered once and the download is exact."""
    line = "这是一个很长的段落行，" * 9 + "\n"
    text = line * 400
    specs = []
    for k in range(400):
        end_of_line = (k + 1) * len(line) - 1
        if k < 200:  # the first half: every line joined to the next
            specs.append((end_of_line, end_of_line + 1, "", "reflow-join"))
        elif k % 3 == 0:  # then: an insertion at the start of some lines
            specs.append((k * len(line), k * len(line), "　", "x-indent"))
    from tests.report_helpers import make_doc

    doc = make_doc(text, specs, "joins.txt")
    view = Page(browser, _write(tmp_path, [doc]))
    page = view.page
    view.scroll_through()
    indices = page.eval_on_selector_all("#text .chg", "nodes => nodes.map(n => +n.dataset.i)")
    assert indices == list(range(len(specs)))
    assert page.locator("#text .section").count() > 3
    assert view.download_text() == doc.result.text
    view.shot("08-joins")
    assert view.errors == []
    view.context.close()


def test_decisions_survive_a_reload(browser: Any, tmp_path: Path, seed_docs: list[Document]) -> None:
    doc = seed_docs[2]
    view = Page(browser, _write(tmp_path, [doc]))
    view.page.keyboard.press("j")
    view.page.keyboard.press("r")
    view.page.reload()
    view.page.wait_for_selector("#text .chg")
    assert view.page.evaluate("window.cleanerReview.decisions(0)")[:2] == [0, 1]
    assert view.page.inner_text("#status").endswith("1 rejected")
    assert view.download_text() == apply_edits(doc.result.original, doc.result.edits[1:])
    view.page.click("#accept-shown")
    view.page.reload()
    view.page.wait_for_selector("#text .chg")
    assert view.page.evaluate("window.cleanerReview.decisions(0)") == [1] * len(doc.result.edits)
    assert view.errors == []
    view.context.close()


def _doubted() -> Document:
    return Document("doubted.txt", clean(DOUBTED), "utf-8")


def _position_order(doc: Document) -> list[int]:
    """The page's indices (edits, then suggestions) in order of position."""
    changes = [*doc.result.edits, *(f.edit for f in doc.doubts().suggestions if f.edit is not None)]
    return sorted(range(len(changes)), key=lambda k: (changes[k].start, changes[k].end))


def test_doubts_show_apart_and_can_be_accepted(browser: Any, tmp_path: Path) -> None:
    doc = _doubted()
    edits = doc.result.edits
    suggested = [f.edit for f in doc.doubts().suggestions if f.edit is not None]
    assert [e.start for e in suggested] == list(SURNAMES)
    view = Page(browser, _write(tmp_path, [doc]))
    page = view.page
    assert page.inner_text("#index tbody tr[data-doc='0'] td.doubts") == "3"  # 2 suggestions, 1 note

    # Drawn apart from the changes: the original dotted, nothing struck; rule and confidence on hover.
    shown = page.locator("#text .chg.suggestion")
    assert shown.count() == 2
    assert [shown.nth(k).get_attribute("data-i") for k in range(2)] == [str(len(edits)), str(len(edits) + 1)]
    assert shown.nth(0).get_attribute("title").startswith("suggestion, punct-shift (0.60): '袁'")
    styles = page.evaluate(
        """() => [".chg.suggestion del", ".chg:not(.suggestion) del"].map((selector) => {
          const style = getComputedStyle(document.querySelector("#text " + selector));
          return [style.textDecorationLine, style.textDecorationStyle, style.backgroundColor];
        })"""
    )
    (doubt_line, doubt_style, doubt_bg), (edit_line, edit_style, edit_bg) = styles
    assert (doubt_line, doubt_style, edit_line, edit_style) == ("underline", "dotted", "line-through", "solid")
    assert doubt_bg != edit_bg
    assert "punct-shift-document" in page.inner_text("#notes") and page.evaluate(
        "document.querySelector('#notes').open"
    )
    assert page.inner_text("#doubt-status") == "2 of 2 suggestions shown · 0 accepted"
    assert view.download_text() == doc.result.text  # off by default: the originals stay
    shown.nth(0).hover()
    assert "doubt: not applied unless accepted" in page.inner_text("#inspector")
    view.shot("09-doubts")

    # Keyboard: j goes through changes and suggestions in order; a accepts the first suggestion.
    order = _position_order(doc)
    for _ in range(order.index(len(edits)) + 1):
        page.keyboard.press("j")
    assert page.evaluate("+document.activeElement.dataset.i") == len(edits)
    page.keyboard.press("a")
    assert page.evaluate("window.cleanerReview.suggestionDecisions(0)") == [1, 0]
    assert page.evaluate("window.cleanerReview.decisions(0)") == [1] * len(edits)
    assert "accepted" in (shown.nth(0).get_attribute("class") or "")
    assert page.inner_text("#doubt-status") == "2 of 2 suggestions shown · 1 accepted"
    assert page.inner_text("#index tbody tr[data-doc='0'] td.doubts") == "3 (1 accepted)"
    view.shot("10-doubt-accepted")
    reviewed = apply_edits(doc.result.original, [*edits, suggested[0]])
    assert view.download_text() == reviewed
    assert "找到了，泰山" in reviewed and "记者袁明" in reviewed

    # Bulk decisions are on the changes only; decisions survive a reload.
    page.click("#reject-shown")
    page.click("#accept-shown")
    assert page.evaluate("window.cleanerReview.suggestionDecisions(0)") == [1, 0]
    page.reload()
    page.wait_for_selector("#text .chg")
    assert page.evaluate("window.cleanerReview.suggestionDecisions(0)") == [1, 0]
    assert view.download_text() == reviewed
    assert view.errors == []
    view.context.close()


def test_doubts_take_part_in_the_filters(browser: Any, tmp_path: Path) -> None:
    doc = _doubted()
    edits = doc.result.edits
    view = Page(browser, _write(tmp_path, [doc]))
    page = view.page
    page.fill("#conf-max", "0.7")  # the doubts alone (the changes are surer)
    assert page.inner_text("#status").startswith(f"0 of {len(edits)} changes shown")
    assert page.inner_text("#doubt-status").startswith("2 of 2 suggestions shown")
    page.keyboard.press("Escape")
    page.keyboard.press("j")
    assert page.evaluate("+document.activeElement.dataset.i") == len(edits)
    page.keyboard.press("k")
    assert page.evaluate("+document.activeElement.dataset.i") == len(edits) + 1  # wraps to the last doubt
    page.fill("#conf-max", "1")
    page.uncheck("#show-suggestions")
    assert page.inner_text("#doubt-status").startswith("0 of 2 suggestions shown")
    assert page.locator("#text .chg.suggestion.muted").count() == 2
    # a muted suggestion shows the text as it will be downloaded: the original, unmarked
    assert page.locator("#text .chg.suggestion.muted ins").first.is_hidden()
    assert page.locator("#text .chg.suggestion.muted del").first.is_visible()
    page.check("#show-suggestions")
    page.uncheck("#rules input[data-rule='punct-shift']")
    assert page.inner_text("#doubt-status").startswith("0 of 2 suggestions shown")
    assert page.inner_text("#rules").count("+2?") == 1  # the rule's suggestions beside its changes
    assert view.errors == []
    view.context.close()


def test_notes_list_folds_and_jumps_to_the_place(browser: Any, tmp_path: Path, seed_docs: list[Document]) -> None:
    doc = next(d for d in seed_docs if "002-" in d.name)
    notes = doc.doubts().notes
    assert len(notes) > 8
    view = Page(browser, _write(tmp_path, [doc]))
    page = view.page
    assert not page.evaluate("document.querySelector('#notes').open")  # a long list starts folded
    assert f"{len(notes)} findings to check" in page.inner_text("#notes summary")
    page.click("#notes summary")
    items = page.locator("#notes li")
    expect(items).to_have_count(len(notes))  # the list is filled on the toggle event, which fires after the click
    last = items.nth(len(notes) - 1)
    finding = notes[-1]
    line = doc.result.original.count("\n", 0, finding.span.start) + 1
    assert last.locator(".where").inner_text().startswith(f"{line}:") and finding.rule in last.inner_text()
    last.locator("a.where").click()  # far down the text: its section is rendered on demand
    mark = page.locator("#text .note-mark.target")
    assert mark.count() == 1 and mark.get_attribute("data-n") == str(len(notes) - 1)
    assert page.evaluate(
        "() => { const r = document.querySelector('#text .note-mark.target').getBoundingClientRect();"
        " return r.top > 0 && r.bottom < innerHeight; }"
    )
    view.shot("11-notes-jump")
    assert view.download_text() == doc.result.text
    assert view.errors == []
    view.context.close()


def test_doubts_with_markup_show_as_text(browser: Any, tmp_path: Path) -> None:
    text = "<b>粗体</b> 和 <i>斜体</i>。"
    markup = "<img src=x onerror=\"window.__pwned='doubt'\">"
    start = text.index("<i>")
    suggestion = Edit(Span(start, start + 3), "<i>", markup, "x-markup", 0.5, markup)
    findings = (
        Finding("x-markup", Span(start, start + 3), markup, 0.5, suggestion),
        Finding("x-note", Span(0, 3), markup + " note", 0.4),
    )
    doc = Document(markup + ".txt", Result(text, text, (), findings, {}), "utf-8")
    view = Page(browser, _write(tmp_path, [doc]))
    page = view.page
    page.wait_for_timeout(200)
    assert page.inner_text("#text .chg.suggestion ins") == markup
    assert markup + " note" in page.inner_text("#notes")
    page.hover("#text .chg.suggestion")
    assert markup in page.inner_text("#inspector")
    assert page.locator("img, #text b, #text i").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    page.keyboard.press("j")
    page.keyboard.press("a")
    assert view.download_text() == text.replace("<i>", markup)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert view.errors == []
    view.context.close()


# -- a change's line break breaks the line where the reviewed text has it ------------------

REFLOWED = "今天我们去了公园，天气很\n好，大家都很高兴。\n\n第二段。\n"
#: The text as the page shows it with nothing marked (changes and suggestions unticked): it
#: must be the download, symbol for symbol and line break for line break.
UNMARKED = """() => { for (const id of ["show-changes", "show-suggestions"]) {
  const box = document.getElementById(id); if (box.checked) box.click(); }
  return document.getElementById("text").innerText; }"""
MARKED = """() => { for (const id of ["show-changes", "show-suggestions"]) {
  const box = document.getElementById(id); if (!box.checked) box.click(); }
  return document.getElementById("text").innerText; }"""


def _reflow_report(tmp_path: Path) -> Path:
    """The review page of REFLOWED with reflow in report mode, made as a user makes it."""
    from click.testing import CliRunner

    from cleaner.cli import main

    (tmp_path / "reflow.toml").write_text('[rules]\nreflow = "report"\n', encoding="utf-8")
    source = tmp_path / "rf.txt"
    source.write_text(REFLOWED, encoding="utf-8")
    report = tmp_path / "rf.html"
    done = CliRunner().invoke(
        main, ["diff", "--config", str(tmp_path / "reflow.toml"), "--report", str(report), str(source)]
    )
    assert done.exit_code == 0, done.output
    return report


def test_a_doubted_line_join_keeps_the_line_break_until_accepted(browser: Any, tmp_path: Path) -> None:
    view = Page(browser, _reflow_report(tmp_path))
    page = view.page
    join = page.locator("#text .chg.suggestion")
    assert join.count() == 1 and join.get_attribute("title").startswith("suggestion, reflow-join")
    # off: the original's line break breaks the line, beside the ⏎ that marks it
    assert "天气很⏎\n好" in page.evaluate(MARKED)
    view.shot("12-doubted-join-off")
    assert page.evaluate(UNMARKED) == REFLOWED == view.download_text()
    page.evaluate(MARKED)
    join.click()
    page.keyboard.press("a")
    joined = REFLOWED.replace("很\n好", "很好")
    assert "天气很⏎好" in page.evaluate(MARKED)  # accepted: one line, the ⏎ struck
    view.shot("13-doubted-join-accepted")
    assert page.evaluate(UNMARKED) == joined == view.download_text()
    assert view.errors == []
    view.context.close()


def test_line_breaks_of_changes_and_suggestions_follow_the_download(browser: Any, tmp_path: Path) -> None:
    text = "第一句话。第二句话。\n第三句。\n"
    at, end = text.index("第二"), text.index("\n")
    doubted = Edit(Span(at, at), "", "\n", "reflow-split", 0.5, "a new paragraph?")
    applied = (
        Edit(Span(2, 2), "", "\n", "x-split", 0.9, "split"),
        Edit(Span(end, end + 1), "\n", "", "reflow-join", 0.9, "join"),
    )
    found = (Finding("reflow-split", Span(at, at), "a new paragraph?", 0.5, doubted),)
    result = Result(text, apply_edits(text, applied), applied, found, {})
    view = Page(browser, _write(tmp_path, [Document("split.txt", result, "utf-8")]))
    page = view.page
    # the doubted split is off: its ⏎ shows what it would insert, and breaks no line
    marked = page.evaluate(MARKED)
    assert "。⏎第二" in marked and "第一⏎\n句" in marked and "话。⏎第三" in marked
    assert page.evaluate(UNMARKED) == result.text == view.download_text()

    def decide(i: int, key: str) -> None:
        page.evaluate(MARKED)
        page.click(f'#text .chg[data-i="{i}"]')
        page.keyboard.press(key)

    decide(2, "a")  # the split accepted: now it breaks the line
    assert "。⏎\n第二" in page.evaluate(MARKED)
    assert page.evaluate(UNMARKED) == apply_edits(text, [*applied, doubted]) == view.download_text()
    decide(0, "r")  # an applied insertion rejected: no break
    decide(1, "r")  # an applied join rejected: the original's break again
    marked = page.evaluate(MARKED)
    assert "第一⏎句" in marked and "话。⏎\n第三" in marked
    view.shot("14-line-breaks-decided")
    assert page.evaluate(UNMARKED) == apply_edits(text, [doubted]) == view.download_text()
    assert view.errors == []
    view.context.close()
