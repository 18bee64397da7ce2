"""Stage ``script``: traditional/simplified conversion with OpenCC. Off unless configured.

Turn it on in cleaner.toml (or with ``cleaner fix --script t2s``)::

    [rules]
    script = "fix"

    [options.script]
    conversion = "t2s"      # any of CONVERSIONS

Rules:

- ``script-convert``: the edits of the configured conversion, one per changed run.
- ``script-mixed``: a simplified document holding traditional-only characters (OCR engines
  emit them): each run is reported with its simplified form as a suggestion below the
  threshold. Skipped when the conversion already targets simplified Chinese.

Uses the official OpenCC binding (``opencc`` on PyPI, C++: tens of MB/s), not
opencc-python-reimplemented, which imports under the same name but is 26-35x slower.

>>> from cleaner.stages.base import StageContext
>>> [(f.edit.before, f.edit.after) for f in detect("漢字", StageContext(options={"conversion": "t2s"}))]
[('漢', '汉')]
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Mapping
from typing import Any

from cleaner.chars import HAN_RE
from cleaner.config import ConfigError
from cleaner.model import Edit, Finding, Span
from cleaner.stages.base import Stage, StageContext

RULE_CONVERT = "script-convert"
RULE_MIXED = "script-mixed"

SURE = 0.95
UNSURE = 0.6

#: OpenCC's conversions: s = simplified, t = traditional (OpenCC standard), tw = Taiwan,
#: hk = Hong Kong, jp = Japanese shinjitai; a trailing p also converts phrases (软件 -> 軟體).
CONVERSIONS = {
    "s2t": "Simplified to traditional",
    "t2s": "Traditional to simplified",
    "s2tw": "Simplified to traditional (Taiwan)",
    "tw2s": "Traditional (Taiwan) to simplified",
    "s2hk": "Simplified to traditional (Hong Kong)",
    "hk2s": "Traditional (Hong Kong) to simplified",
    "s2twp": "Simplified to traditional (Taiwan) with Taiwanese phrases",
    "tw2sp": "Traditional (Taiwan) to simplified with mainland phrases",
    "t2tw": "Traditional to Taiwan standard",
    "tw2t": "Taiwan standard to traditional",
    "t2hk": "Traditional to Hong Kong standard",
    "hk2t": "Hong Kong standard to traditional",
    "t2jp": "Traditional to Japanese shinjitai",
    "jp2t": "Japanese shinjitai to traditional",
}
#: Conversions whose output is simplified Chinese.
TO_SIMPLIFIED = frozenset({"t2s", "tw2s", "hk2s", "tw2sp"})

#: A document counts as simplified when at most this share of its script-specific
#: characters are traditional-only.
MIXED_MAX_SHARE = 0.1
#: ... and it has at least this many simplified-only characters.
MIXED_MIN_SIMPLIFIED = 5


class ScriptConfigError(ConfigError):
    """``[options.script]`` names a conversion OpenCC does not have."""


def check_options(options: Mapping[str, Any]) -> None:
    """``[options.script] conversion`` must name a conversion OpenCC has."""
    conversion = options.get("conversion")
    if conversion is not None and conversion not in CONVERSIONS:
        raise ScriptConfigError(
            f"[options.script] conversion = {conversion!r} is not one of {', '.join(sorted(CONVERSIONS))}"
        )


@functools.cache
def converter(conversion: str) -> Any:
    """The OpenCC converter for ``conversion`` (built once per process)."""
    check_options({"conversion": conversion})
    try:
        import opencc
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("the script stage needs OpenCC: pip install 'cleaner[script]'") from exc
    if not hasattr(opencc, "clib"):  # pragma: no cover
        raise RuntimeError(
            "the installed `opencc` is opencc-python-reimplemented (26-35x slower, no hk2t/tw2t); "
            "install the official binding: pip install opencc"
        )
    return opencc.OpenCC(conversion)


def detect(text: str, ctx: StageContext) -> list[Finding]:
    if not HAN_RE.search(text):
        return []  # fast path: no hanzi, nothing to convert
    conversion = ctx.options.get("conversion")
    findings: list[Finding] = []
    if conversion:
        label = CONVERSIONS.get(str(conversion), str(conversion))
        converted = converter(str(conversion)).convert(text)
        for start, before, after in _changed_runs(text, converted):
            reason = f"{label} ({conversion}): '{before}' -> '{after}'"
            edit = Edit(Span(start, start + len(before)), before, after, RULE_CONVERT, SURE, reason)
            findings.append(Finding(RULE_CONVERT, edit.span, reason, SURE, edit))
    if conversion not in TO_SIMPLIFIED:
        findings += _mixed_findings(text)
    return findings


def _changed_runs(old: str, new: str) -> list[tuple[int, str, str]]:
    """(start, before, after) for each run of ``old`` that differs in ``new``.

    OpenCC keeps most lengths (character tables); phrase tables (``s2twp``: U盘 -> 隨身碟) may
    not, and then the runs come from a character diff.
    """
    if len(old) == len(new):
        runs: list[tuple[int, str, str]] = []
        start = None
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            if a != b and start is None:
                start = i
            elif a == b and start is not None:
                runs.append((start, old[start:i], new[start:i]))
                start = None
        if start is not None:
            runs.append((start, old[start:], new[start:]))
        return runs
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [(i1, old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _mixed_findings(text: str) -> list[Finding]:
    """Traditional-only characters in a document that is otherwise simplified."""
    to_simplified = converter("t2s").convert(text)
    traditional = _changed_runs(text, to_simplified)
    if not traditional:
        return []
    simplified_only = sum(len(b) for _, b, _ in _changed_runs(text, converter("s2t").convert(text)))
    traditional_only = sum(len(b) for _, b, _ in traditional)
    if simplified_only < MIXED_MIN_SIMPLIFIED or traditional_only > MIXED_MAX_SHARE * (
        simplified_only + traditional_only
    ):
        return []  # a traditional (or mixed) document: nothing stands out
    findings = []
    for start, before, after in traditional:
        reason = f"traditional '{before}' in a simplified document (OCR engines emit these); simplified: '{after}'"
        edit = Edit(Span(start, start + len(before)), before, after, RULE_MIXED, UNSURE, reason)
        findings.append(Finding(RULE_MIXED, edit.span, reason, UNSURE, edit))
    return findings


STAGE = Stage(
    id="script",
    summary="traditional/simplified conversion with OpenCC (off unless configured); "
    "traditional characters in simplified text",
    rules=(RULE_CONVERT, RULE_MIXED),
    detect=detect,
    default_mode="off",
    options=("conversion",),
    check_options=check_options,
)
