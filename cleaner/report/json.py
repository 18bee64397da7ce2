"""JSON and JSONL: one record per document, every edit with its position, rule and reason,
and the findings that were not applied (:func:`cleaner.report.doubts`).

The schema is documented in README.md ("Diff report schema") and versioned by
``schema_version``: a field is never renamed or given a new meaning without raising it.
Positions are in the ORIGINAL text and count code points (Python string indices), not
bytes and not UTF-16 units; lines end at ``\\n`` only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from cleaner.model import Finding
from cleaner.report import Document, LineIndex

SCHEMA_VERSION = 1


def document_record(doc: Document) -> dict[str, Any]:
    """The record of one document (the same in JSON and JSONL)."""
    result = doc.result
    index = LineIndex(result.original)
    edits = []
    for edit in result.edits:
        line, column = index.line_col(edit.start)
        end_line, end_column = index.line_col(edit.end)
        edits.append(
            {
                "line": line,
                "column": column,
                "end_line": end_line,
                "end_column": end_column,
                "start": edit.start,
                "end": edit.end,
                "before": edit.before,
                "after": edit.after,
                "rule": edit.rule,
                "rules": list(edit.rules),
                "confidence": edit.confidence,
                "reason": edit.reason,
            }
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "path": doc.name,
        "encoding": doc.encoding,
        "changed": bool(result.edits),
        "counts": doc.rule_counts(),
        "edits": edits,
        "findings": [finding_item(finding, index) for finding in doc.doubts().in_order()],
    }


def finding_item(finding: Finding, index: LineIndex) -> dict[str, Any]:
    """A finding: where, what and how sure, and its suggestion (or null). The one shape of a
    finding in JSON: the diff report's doubts and ``cleaner check --format json``."""
    span = finding.span
    line, column = index.line_col(span.start)
    end_line, end_column = index.line_col(span.end)
    edit = finding.edit
    suggestion = None
    if edit is not None:
        suggestion = {
            "start": edit.start,
            "end": edit.end,
            "before": edit.before,
            "after": edit.after,
            "confidence": edit.confidence,
            "reason": edit.reason,
        }
    return {
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "start": span.start,
        "end": span.end,
        "rule": finding.rule,
        "confidence": finding.confidence,
        "message": finding.message,
        "suggestion": suggestion,
    }


def render_jsonl_line(doc: Document) -> str:
    """One JSONL line (with its ``\\n``). U+2028/U+2029 are escaped so that no line reader
    splits a record."""
    line = json.dumps(document_record(doc), ensure_ascii=False, separators=(",", ":"))
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def render_jsonl(docs: Iterable[Document]) -> str:
    return "".join(render_jsonl_line(doc) for doc in docs)


def render_json(docs: Iterable[Document]) -> str:
    """One JSON object: ``{"schema_version": 1, "documents": [record, ...]}``, a document per line.

    Not indented: ``indent`` makes the json module fall back from its C encoder to Python,
    several times slower on a large run; ``jq .`` pretty-prints when a person reads it.
    """
    records = ",\n".join(json.dumps(document_record(doc), ensure_ascii=False, separators=(",", ":")) for doc in docs)
    return f'{{"schema_version":{SCHEMA_VERSION},"documents":[\n{records}\n]}}\n'
