"""The contract every stage module fulfils.

A stage is a pure function of text: ``detect(text, ctx)`` returns findings, each with the
edit it suggests (if any) in the coordinates of ``text``. Which suggestions are applied is
decided in one place, :func:`cleaner.pipeline.select_edits`, from the config's per-rule mode
and confidence threshold, so no stage carries its own threshold logic.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from cleaner.model import Finding

Mode = Literal["off", "report", "fix"]
MODES: tuple[Mode, ...] = ("off", "report", "fix")


@dataclass(frozen=True)
class StageContext:
    """What a stage may know besides the text: its options from the config."""

    options: Mapping[str, Any] = field(default_factory=dict)


Detector = Callable[[str, StageContext], list[Finding]]


@dataclass(frozen=True)
class Stage:
    """A named, ordered step of the pipeline.

    ``rules`` lists every rule id the stage may emit; each can be given its own mode.
    ``default_mode`` applies to the stage's rules unless the config says otherwise.
    ``rounds``: how often the stage may run on its own output within one pass. A stage whose
    evidence depends on what it changed (reflow: a joined paragraph may hold the opening
    quote that the next line closes) runs again until it applies nothing new, so that
    cleaning twice changes nothing more than cleaning once.
    ``options``: the keys ``[options.<id>]`` may set; ``check_options`` raises
    :class:`~cleaner.config.ConfigError` for a value the stage cannot use. Both are checked
    when a pipeline is built, so a typo fails the run once, not every document of a batch.
    """

    id: str
    summary: str
    rules: tuple[str, ...]
    detect: Detector
    default_mode: Mode = "fix"
    rounds: int = 1
    options: tuple[str, ...] = ()
    check_options: Callable[[Mapping[str, Any]], object] | None = None
