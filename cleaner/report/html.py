"""The HTML review page: one self-contained file, no network fetches.

An index of documents with counts per rule; per document the text with every change
highlighted (before struck, after marked), its rule and reason on hover and focus, filters
by rule and confidence, keyboard navigation, accept/reject per change and a button that
downloads the text with only the accepted edits applied.

The doubts (:func:`cleaner.report.doubts`, the findings the pipeline did not apply) are on the
page too: a suggestion is drawn in the text apart from the changes (dotted), off until the
reviewer accepts it, and filtered and navigated with them; the findings without a suggestion
to accept are listed above the text (rule, message, confidence, where).

Safety: the page's own script and style are inline and pinned by a Content-Security-Policy
(script by hash, no fetches, no images, no frames). Document text never goes through HTML:
it is embedded as JSON in a ``<script type="application/json">`` block (with ``<``, ``>``,
``&``, U+2028 and U+2029 escaped so nothing can close the block) and put on the page with
``textContent``. Large documents are cut into sections rendered as they scroll into view.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from cleaner import __version__
from cleaner.model import Edit, Finding
from cleaner.report import Document, LineIndex

SCHEMA_VERSION = 1

_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def _asset(name: str) -> str:
    return resources.files("cleaner.report").joinpath(name).read_text(encoding="utf-8")


def embed_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: ``</script>``, ``<!--`` and the JS
    line terminators U+2028/U+2029 cannot occur in it.

    >>> embed_json({"a": "</script>"})
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _utf16_offsets(text: str) -> Any:
    """A function mapping code-point offsets to UTF-16 offsets (what JavaScript indexes by)."""
    astral = [m.start() for m in _ASTRAL_RE.finditer(text)]
    if not astral:
        return lambda offset: offset
    import bisect

    return lambda offset: offset + bisect.bisect_left(astral, offset)


def document_payload(doc: Document) -> dict[str, Any]:
    """What the page needs about one document. Offsets are UTF-16 units (for JavaScript
    strings); line and column are code points, as in the JSON report.

    ``edits`` and ``suggestions`` are arrays of [start, end, after, rule, confidence, reason,
    line, column] (a suggestion's reason is its finding's message: why it was doubted);
    ``notes`` of [rule, message, confidence, line, column, start, end, [before, after] of
    its suggestion or null, whether it is about the whole document].
    """
    result = doc.result
    text = result.original
    to_js = _utf16_offsets(text)
    index = LineIndex(text)

    def change(edit: Edit, reason: str) -> list[Any]:
        line, column = index.line_col(edit.start)
        return [to_js(edit.start), to_js(edit.end), edit.after, edit.rule, edit.confidence, reason, line, column]

    def note(finding: Finding) -> list[Any]:
        span = finding.span
        line, column = index.line_col(span.start)
        suggested = [finding.edit.before, finding.edit.after] if finding.edit is not None else None
        whole = bool(text) and span.start == 0 and span.end == len(text)
        where = [line, column, to_js(span.start), to_js(span.end)]
        return [finding.rule, finding.message, finding.confidence, *where, suggested, whole]

    doubts = doc.doubts()
    return {
        "name": doc.name,
        "encoding": doc.encoding,
        "text": text,
        "counts": doc.rule_counts(),
        "edits": [change(edit, edit.reason) for edit in result.edits],
        "suggestions": [change(f.edit, f.message or f.edit.reason) for f in doubts.suggestions if f.edit is not None],
        "notes": [note(finding) for finding in doubts.notes],
    }


def render(docs: Iterable[Document], title: str = "cleaner review", index_href: str | None = None) -> str:
    """The review page for ``docs`` (one self-contained HTML file); ``index_href`` links back
    to the index of a folder report."""
    payload = {
        "schema_version": SCHEMA_VERSION,
        "generator": f"cleaner {__version__}",
        "index_href": index_href,
        "documents": [document_payload(doc) for doc in docs],
    }
    script = _asset("review.js")
    style = _asset("review.css")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = (
        "default-src 'none'; "
        f"script-src 'sha256-{digest}'; "
        "style-src 'unsafe-inline'; img-src 'none'; connect-src 'none'; font-src 'none'; "
        "frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return _PAGE.format(
        policy=html.escape(policy),
        title=html.escape(title),
        style=style,
        data=embed_json(payload),
        script=script,
    )


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<noscript>This review page needs JavaScript; the same changes are in `cleaner diff --format json`.</noscript>
<script type="application/json" id="cleaner-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
