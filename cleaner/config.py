"""One frozen Config, and loading it from ``cleaner.toml`` or ``[tool.cleaner]`` in pyproject.toml.

File format (the same keys in both places)::

    threshold = 0.8            # apply a suggested edit only at this confidence or above

    [rules]                    # per stage or per rule: "off", "report" or "fix"
    cjk-space = "report"
    width-quote = "off"

    [options.script]           # options passed to one stage
    conversion = "t2s"

A rule's mode is looked up by its own id, then by its stage's id, then the stage's default.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from cleaner.stages.base import MODES, Mode

if TYPE_CHECKING:
    from cleaner.stages.base import Stage

DEFAULT_THRESHOLD = 0.8
CONFIG_FILE = "cleaner.toml"


class ConfigError(ValueError):
    """A config file or value is wrong; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """Everything that changes what the pipeline does. Immutable and picklable."""

    rules: Mapping[str, Mode] = field(default_factory=dict)
    threshold: float = DEFAULT_THRESHOLD
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    source: str = "<defaults>"

    def __post_init__(self) -> None:
        if not 0.0 <= self.threshold <= 1.0:
            raise ConfigError(f"{self.source}: threshold must be between 0 and 1, not {self.threshold!r}")
        for key, mode in self.rules.items():
            if mode not in MODES:
                raise ConfigError(f"{self.source}: rules.{key} must be one of {', '.join(MODES)}, not {mode!r}")

    def mode(self, rule: str, stage: Stage) -> Mode:
        """The mode of ``rule`` as emitted by ``stage``."""
        if rule in self.rules:
            return self.rules[rule]
        return self.rules.get(stage.id, stage.default_mode)

    def stage_enabled(self, stage: Stage) -> bool:
        """False when the stage and every one of its rules are off: then it is not run."""
        return any(self.mode(rule, stage) != "off" for rule in (stage.id, *stage.rules))

    def options_for(self, stage_id: str) -> Mapping[str, Any]:
        return self.options.get(stage_id, {})

    def validate(self, known: Iterable[str]) -> None:
        """Reject ids no stage knows: a typo must not silently leave a rule on."""
        known = set(known)
        unknown = sorted((set(self.rules) | set(self.options)) - known)
        if unknown:
            raise ConfigError(f"{self.source}: unknown stage or rule id: {', '.join(unknown)} (see `cleaner stages`)")

    def with_rules(self, **modes: Mode) -> Config:
        """A copy with some modes set (keys may use ``_`` for ``-``)."""
        return replace(self, rules={**self.rules, **{k.replace("_", "-"): v for k, v in modes.items()}})

    def only(self, stage_ids: Iterable[str], all_stage_ids: Iterable[str]) -> Config:
        """A copy with every stage not named turned off."""
        keep = set(stage_ids)
        return replace(self, rules={**self.rules, **{s: "off" for s in all_stage_ids if s not in keep}})

    def skip(self, stage_ids: Iterable[str]) -> Config:
        return replace(self, rules={**self.rules, **{s: "off" for s in stage_ids}})


def from_mapping(data: Mapping[str, Any], source: str) -> Config:
    """Build a Config from parsed TOML, with errors that name ``source`` and the key."""
    allowed = {"rules", "threshold", "options"}
    extra = sorted(set(data) - allowed)
    if extra:
        raise ConfigError(f"{source}: unknown key {', '.join(extra)} (allowed: {', '.join(sorted(allowed))})")
    rules = data.get("rules", {})
    options = data.get("options", {})
    if not isinstance(rules, dict):
        raise ConfigError(f"{source}: [rules] must be a table")
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise ConfigError(f"{source}: [options] must hold one table per stage")
    threshold = data.get("threshold", DEFAULT_THRESHOLD)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        raise ConfigError(f"{source}: threshold must be a number, not {threshold!r}")
    return Config(
        rules=dict(rules), threshold=float(threshold), options={k: dict(v) for k, v in options.items()}, source=source
    )


def load(path: str | Path) -> Config:
    """Read ``cleaner.toml`` or the ``[tool.cleaner]`` table of a ``pyproject.toml``."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("cleaner", {})
    return from_mapping(data, str(path))


def discover(start: str | Path = ".") -> Config:
    """The config that applies in ``start``: the nearest cleaner.toml, or pyproject.toml with a
    ``[tool.cleaner]`` table, in it or a parent folder; defaults when there is none."""
    here = Path(start).resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return load(candidate)
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                has_table = "cleaner" in tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {})
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                has_table = False
            if has_table:
                return load(pyproject)
    return Config()
