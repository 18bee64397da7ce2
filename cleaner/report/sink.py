"""Where the command line sends reports: a stream (``cleaner diff``, ``cleaner fix --diff``)
and a report file or folder (``--report``), fed one document at a time.

``--report`` picks the format from the name: ``.html``/``.htm`` one review page, ``.json``,
``.jsonl``, ``.patch``/``.diff``, ``.txt`` the terminal diff without colour; an existing
folder, or a name ending in ``/``, gets one review page per document and an ``index.html``.
Streamable formats are written as documents arrive; all files are written atomically.
"""

from __future__ import annotations

import contextlib
import html as html_module
import os
import re
import tempfile
from pathlib import Path
from typing import TextIO

from cleaner.io import write_atomic
from cleaner.model import Result
from cleaner.report import Document, doubts, html, patch, terminal
from cleaner.report import json as json_report

STREAM_FORMATS = ("text", "patch", "json", "jsonl")
_FILE_FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl", ".patch": "patch"}
_FILE_FORMATS |= {".diff": "patch", ".txt": "text"}


class ReportError(Exception):
    """A report target that cannot be used (unknown kind, cannot write)."""


def report_kind(target: str) -> str:
    """The format for ``--report target``: one of html, json, jsonl, patch, text, folder."""
    path = Path(target)
    if target.endswith(("/", os.sep)) or path.is_dir():
        return "folder"
    kind = _FILE_FORMATS.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(_FILE_FORMATS))
        raise ReportError(f"--report {target}: unknown kind; name a folder or a file ending in {known}")
    return kind


def _render_one(kind: str, doc: Document) -> str:
    if kind == "text":
        return terminal.render(doc, color=False)
    if kind == "patch":
        return patch.render_document(doc)
    if kind == "jsonl":
        return json_report.render_jsonl_line(doc)
    raise ValueError(kind)


class _StreamingFile:
    """Text written as it comes to a temporary file, renamed over the target at the end."""

    def __init__(self, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        self.target = target
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        self.handle.write(text)

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.tmp, self.target)

    def abort(self) -> None:
        self.handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.tmp)


class ReportFile:
    """``--report FILE|DIR``: collects documents, writes the report on :meth:`close`."""

    def __init__(self, target: str) -> None:
        self.kind = report_kind(target)
        self.target = Path(target)
        self.docs: list[Document] = []
        self.pages: list[tuple[str, Document]] = []  # folder mode: (file name, document)
        self.stream = _StreamingFile(self.target) if self.kind in ("text", "patch", "jsonl") else None

    def add(self, doc: Document) -> None:
        if self.stream is not None:
            self.stream.write(_render_one(self.kind, doc))
        elif self.kind == "folder":
            name = _page_name(len(self.pages), doc.name)
            write_atomic(self.target / name, html.render([doc], f"cleaner review: {doc.name}", index_href="index.html"))
            # Keep only what the index shows, not the texts: a folder report scales to many documents.
            self.pages.append((name, Document(doc.name, _summary(doc.result), doc.encoding)))
        else:
            self.docs.append(doc)

    def close(self) -> None:
        if self.stream is not None:
            self.stream.commit()
        elif self.kind == "folder":
            self.target.mkdir(parents=True, exist_ok=True)
            write_atomic(self.target / "index.html", folder_index(self.pages))
        elif self.kind == "json":
            write_atomic(self.target, json_report.render_json(self.docs))
        else:
            write_atomic(self.target, html.render(self.docs))

    def abort(self) -> None:
        if self.stream is not None:
            self.stream.abort()


def _summary(result: Result) -> Result:
    """The result without its texts (edits, and the findings not applied): what a folder index needs."""
    found = doubts(result)
    return Result("", "", result.edits, tuple(found.in_order()), result.stats)


def _page_name(number: int, name: str) -> str:
    stem = re.sub(r"[^\w.-]+", "_", Path(name).name).strip("._") or "document"
    return f"{number + 1:04d}-{stem[:80]}.html"


def folder_index(pages: list[tuple[str, Document]]) -> str:
    """The ``index.html`` of a folder report: each document, its changes per rule, its doubts
    (findings not applied), a link."""
    rows = []
    for file_name, doc in pages:
        counts = " · ".join(f"{rule} {n}" for rule, n in doc.rule_counts().items()) or "no changes"
        rows.append(
            f'<tr><td><a href="{html_module.escape(file_name)}">{html_module.escape(doc.name)}</a></td>'
            f"<td>{len(doc.result.edits)}</td><td>{len(doc.doubts())}</td><td>{html_module.escape(counts)}</td></tr>"
        )
    total = sum(len(doc.result.edits) for _, doc in pages)
    doubted = sum(len(doc.doubts()) for _, doc in pages)
    return _INDEX.format(count=len(pages), total=total, doubts=doubted, rows="\n".join(rows))


_INDEX = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>cleaner review: {count} documents</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 2em; color: #1d1d1f; }}
table {{ border-collapse: collapse; }}
td, th {{ padding: 0.4em 0.8em; border-bottom: 1px solid #ddd; text-align: left; }}
a {{ color: #1f5fa8; }}
</style>
</head>
<body>
<h1>cleaner review</h1>
<p>{count} documents, {total} changes, {doubts} doubts (findings not applied). Each page reviews one document.</p>
<table>
<thead><tr><th>document</th><th>changes</th><th>doubts</th><th>per rule</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</body>
</html>
"""


class Reporter:
    """What one command run reports: a stream in one format, and/or a report file.

    >>> import io
    >>> from cleaner import clean
    >>> out = io.StringIO()
    >>> reporter = Reporter(stream=out, fmt="jsonl")
    >>> reporter.add("a.txt", "utf-8", clean("中文,文本"))
    >>> reporter.close()
    >>> '"rule":"width-punct"' in out.getvalue()
    True
    """

    def __init__(
        self, stream: TextIO | None = None, fmt: str = "text", color: bool = False, report: str | None = None
    ) -> None:
        if fmt not in STREAM_FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.stream, self.fmt, self.color = stream, fmt, color
        self.file = ReportFile(report) if report else None
        self.json_docs: list[Document] = []

    def add(self, name: str, encoding: str | None, result: Result) -> None:
        doc = Document(name, result, encoding)
        if self.stream is not None:
            if self.fmt == "json":
                self.json_docs.append(doc)
            elif self.fmt == "text":
                self.stream.write(terminal.render(doc, self.color))
            else:
                self.stream.write(_render_one(self.fmt, doc))
        if self.file is not None:
            self.file.add(doc)

    def close(self) -> None:
        if self.stream is not None and self.fmt == "json":
            self.stream.write(json_report.render_json(self.json_docs))
        if self.stream is not None:
            self.stream.flush()
        if self.file is not None:
            self.file.close()

    def abort(self) -> None:
        if self.file is not None:
            self.file.abort()
