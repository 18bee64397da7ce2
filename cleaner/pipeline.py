"""The ordered stages and running them.

Each stage sees the text the stage before it produced; :mod:`cleaner.compose` maps its edits
back to the original text. Which suggested edits are applied is decided here, once, from
the config (per-rule mode and confidence threshold).
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from cleaner.compose import Composition, Layout, LiftedFindings, keep_apart
from cleaner.config import Config, ConfigError
from cleaner.model import RULE_JOINER, Edit, Finding, Result, check_edits
from cleaner.stages import cjk_space, columns, mojibake, punct_shift, reflow, script, width
from cleaner.stages.base import Stage, StageContext

#: The stages in the order they run. Punctuation and width come first, because columns and
#: reflow decide on sentence-final punctuation (DESIGN.md, "Pipeline"). Two changes from
#: DESIGN.md's order, both for evidence:
#: - columns before reflow: reflow joins a line that stops mid-sentence to the next, which is
#:   exactly the evidence interleaved columns corrupt; restoring reading order first gives
#:   reflow true sentence ends to judge.
#: - cjk-space after both: the spaces OCR left at line joins are where columns cuts a line
#:   into column fragments, and cjk-space judges a space better on the whole paragraph that
#:   reflow has rebuilt (a line judged before reflow joins it would be judged again after).
STAGES: tuple[Stage, ...] = (
    mojibake.STAGE,
    punct_shift.STAGE,
    width.STAGE,
    columns.STAGE,
    reflow.STAGE,
    cjk_space.STAGE,
    script.STAGE,
)

STAGES_BY_ID: dict[str, Stage] = {stage.id: stage for stage in STAGES}


def known_ids() -> frozenset[str]:
    """Every id a config may name: stage ids and rule ids."""
    return frozenset(STAGES_BY_ID) | frozenset(rule for stage in STAGES for rule in stage.rules)


def select_edits(findings: Sequence[Finding], config: Config, stage: Stage) -> list[Edit]:
    """The suggested edits to apply: rule in fix mode, confidence at or over the threshold.

    Where suggestions collide, the more confident one wins; the other stays a finding. The
    edits are the findings' own objects: the pipeline tells the findings it applied by them.
    """
    threshold = config.threshold
    suggested = {f.edit.rule for f in findings if f.edit is not None}
    fixing = {rule for rule in suggested if config.mode(rule, stage) == "fix"}  # one lookup per rule
    candidates = sorted(
        (
            edit
            for edit in [f.edit for f in findings]
            if edit is not None and edit.confidence >= threshold and edit.rule in fixing
        ),
        key=_position,
    )
    return keep_apart(candidates)


def _position(edit: Edit) -> tuple[int, int]:
    span = edit.span
    return span.start, span.end


class Pipeline:
    """Runs the enabled stages over texts. Holds only its config: safe to reuse and pickle."""

    def __init__(self, config: Config | None = None, stages: Sequence[Stage] = STAGES) -> None:
        self.config = config or Config()
        self.config.validate(known_ids())
        self.stages = tuple(s for s in stages if self.config.stage_enabled(s))
        for stage in self.stages:
            _check_options(stage, self.config)

    def run(self, text: str) -> Result:
        with _cyclic_gc_paused():
            return self._run(text)

    def _run(self, text: str) -> Result:
        composition = Composition(text)
        # Each stage's findings with the layout they were found on (None: the original's);
        # lifted to original coordinates only if read (LiftedFindings).
        findings: list[tuple[list[Finding], Layout | None]] = []
        applied: list[int] = []  # where the applied findings are among all of them (Result.applied)
        found_so_far = 0  # findings so far (where the next stage's findings start)
        for stage in self.stages:
            ctx = StageContext(options=self.config.options_for(stage.id))
            for round_ in range(1, stage.rounds + 1):
                current = composition.current
                found = stage.detect(current, ctx)
                off = {rule for rule in {f.rule for f in found} if self.config.mode(rule, stage) == "off"}
                seen = [f for f in found if f.rule not in off] if off else found
                edits = check_edits(current, select_edits(seen, self.config, stage), f"stage {stage.id}")
                if edits:
                    # A finding is applied when its suggested edit is (findings that share one
                    # Edit are all explained by it); select_edits returns the findings' own objects.
                    chosen = {id(e) for e in edits}
                    if round_ < stage.rounds:
                        # Another round follows: keep only what this round applied; the last
                        # round reports everything still open.
                        seen = [f for f in seen if f.edit is not None and id(f.edit) in chosen]
                        applied.extend(range(found_so_far, found_so_far + len(seen)))
                    else:
                        applied.extend(
                            found_so_far + k for k, f in enumerate(seen) if f.edit is not None and id(f.edit) in chosen
                        )
                if seen:
                    findings.append((seen, composition.layout() if composition.changed else None))
                    found_so_far += len(seen)
                composition.apply(edits)
                if not edits:
                    break
        all_edits = composition.edits()
        stats: Counter[str] = Counter()
        for rule, count in Counter([edit.rule for edit in all_edits]).items():
            for part in rule.split(RULE_JOINER):  # a merged edit counts for each of its rules
                stats[part] += count
        return Result(text, composition.current, all_edits, LiftedFindings(findings), dict(stats), frozenset(applied))


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while one text is cleaned.

    A run builds an Edit, a Span and a Finding per change and keeps them all alive until it
    returns, so every collection in a run walks them again: on a 1 MB document the collector
    took a third of the time, and more the longer the document. The run makes no reference
    cycles (reference counting frees what it drops), so nothing piles up meanwhile.
    Collection resumes as it was when the run ends; a caller who turned it off keeps it off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _check_options(stage: Stage, config: Config) -> None:
    """Reject ``[options.<stage>]`` keys the stage does not know, and values it cannot use."""
    options = config.options_for(stage.id)
    unknown = sorted(set(options) - set(stage.options))
    if unknown:
        takes = f"it takes {', '.join(stage.options)}" if stage.options else "it takes none"
        raise ConfigError(f"{config.source}: [options.{stage.id}] has no option {', '.join(unknown)} ({takes})")
    if options and stage.check_options is not None:
        stage.check_options(options)
