"""The command line: thin over the library. Exit codes: 0 ok, 1 findings (check) or some
documents failed, 2 usage or I/O error."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import click

from cleaner import __version__
from cleaner import config as config_module
from cleaner.io import InputError, read_text, write_atomic
from cleaner.model import Result
from cleaner.pipeline import STAGES, STAGES_BY_ID, Pipeline

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
STDIN = "-"

REPORT_HELP = (
    "Also write a report: a review page (.html), .json, .jsonl, .patch or .txt; "
    "a folder (existing, or ending in /) gets one review page per document and an index.html."
)

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@dataclass
class Document:
    name: str
    path: Path | None  # None for stdin
    text: str
    encoding: str


def _stage_list(value: str | None, option: str) -> list[str]:
    if not value:
        return []
    ids = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [i for i in ids if i not in STAGES_BY_ID]
    if unknown:
        raise click.UsageError(f"{option}: unknown stage {', '.join(unknown)}; see `cleaner stages`")
    return ids


def _build_pipeline(config_path: str | None, only: str | None, skip: str | None) -> Pipeline:
    try:
        config = config_module.load(config_path) if config_path else config_module.discover(Path.cwd())
        all_ids = [s.id for s in STAGES]
        if only:
            config = config.only(_stage_list(only, "--only"), all_ids)
        if skip:
            config = config.skip(_stage_list(skip, "--skip"))
        return Pipeline(_with_script(config))
    except config_module.ConfigError as exc:
        raise click.UsageError(str(exc)) from None


def _with_script(config: config_module.Config) -> config_module.Config:
    """The config with ``--script CONVERSION`` applied: the script stage on, in fix mode."""
    conversion = click.get_current_context().meta.get("cleaner.script")
    if not conversion:
        return config
    options = {**config.options, "script": {**config.options_for("script"), "conversion": conversion}}
    return replace(config, rules={**config.rules, "script": "fix"}, options=options)


def _script_option(func: Callable[..., Any]) -> Callable[..., Any]:
    from cleaner.stages.script import CONVERSIONS

    return click.option(
        "--script",
        type=click.Choice(sorted(CONVERSIONS)),
        expose_value=False,
        callback=lambda ctx, _param, value: ctx.meta.__setitem__("cleaner.script", value),
        help="Convert traditional/simplified Chinese with OpenCC (e.g. t2s); turns the script stage on.",
    )(func)


def pipeline_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options every command that cleans shares."""
    func = _script_option(func)
    func = click.option("--encoding", metavar="NAME", help="Read inputs in this encoding instead of detecting it.")(
        func
    )
    func = click.option("--skip", metavar="STAGE,...", help="Run every stage but these.")(func)
    func = click.option("--only", metavar="STAGE,...", help="Run only these stages.")(func)
    func = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        help="Config file (cleaner.toml or pyproject.toml). Default: the nearest one from the current folder.",
    )(func)
    return click.argument("paths", nargs=-1, required=True, metavar="PATH...")(func)


def _documents(paths: tuple[str, ...], encoding: str | None, failures: list[str]) -> Iterator[Document]:
    """Read each input; one that cannot be read is reported and skipped, never fatal to the rest."""
    for name in paths:
        try:
            if name == STDIN:
                raw = sys.stdin.buffer.read()
                from cleaner.io import decode_bytes

                decoded = decode_bytes(raw, "<stdin>", encoding)
                yield Document("<stdin>", None, decoded.text, decoded.encoding)
            else:
                decoded = read_text(name, encoding)
                yield Document(name, Path(name), decoded.text, decoded.encoding)
        except InputError as exc:
            click.echo(f"cleaner: error: {exc}", err=True)
            failures.append(name)


def _exit_for_failures(paths: tuple[str, ...], failures: list[str], ok_code: int) -> int:
    if failures and len(paths) == 1:
        return EXIT_USAGE  # the only input could not be read: an I/O error
    return EXIT_FINDINGS if failures else ok_code


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="cleaner")
def main() -> None:
    """Repair Chinese text damaged by OCR and PDF extraction, and explain every change."""


@main.command()
@pipeline_options
@click.option("-o", "--output", metavar="FILE|DIR", help="Write here (a folder when there are several inputs).")
@click.option("--in-place", is_flag=True, help="Overwrite each input with its cleaned text.")
@click.option("--diff", "show_diff", is_flag=True, help="Show each change on stderr, with its rule and reason.")
@click.option("--report", metavar="FILE|DIR", help=REPORT_HELP)
def fix(
    paths: tuple[str, ...],
    config_path: str | None,
    only: str | None,
    skip: str | None,
    encoding: str | None,
    output: str | None,
    in_place: bool,
    show_diff: bool,
    report: str | None,
) -> None:
    """Write cleaned text: to stdout for one input, to -o FILE|DIR, or over the inputs (--in-place)."""
    if in_place and output:
        raise click.UsageError("--in-place and -o exclude each other")
    if in_place and STDIN in paths:
        raise click.UsageError("--in-place cannot write back to stdin")
    to_dir = output is not None and (len(paths) > 1 or Path(output).is_dir() or output.endswith(("/", "\\")))
    if len(paths) > 1 and not (in_place or output):
        raise click.UsageError("several inputs: give -o DIR or --in-place")
    pipeline = _build_pipeline(config_path, only, skip)
    reporter = _reporter(sys.stderr if show_diff else None, "text", show_diff and _stderr_color(), report)
    failures: list[str] = []
    for doc in _documents(paths, encoding, failures):
        result = pipeline.run(doc.text)
        reporter.add(doc.name, doc.encoding, result)
        try:
            target = _target(doc, output, to_dir, in_place)
            if target is None:
                click.echo(result.text, nl=False)
            elif not (in_place and not result.changed):
                write_atomic(target, result.text)
        except (OSError, click.UsageError) as exc:
            message = exc.message if isinstance(exc, click.UsageError) else f"{doc.name}: cannot write: {exc}"
            click.echo(f"cleaner: error: {message}", err=True)
            failures.append(doc.name)
    _close_reporter(reporter)
    sys.exit(_exit_for_failures(paths, failures, EXIT_OK))


def _stderr_color() -> bool:
    from cleaner.report.terminal import use_color

    return use_color("auto", sys.stderr)


def _target(doc: Document, output: str | None, to_dir: bool, in_place: bool) -> Path | None:
    """Where a document's cleaned text goes (None: stdout). Refuses to overwrite an input."""
    if in_place:
        return doc.path
    if output is None:
        return None
    target = Path(output) / (doc.path.name if doc.path else "stdin.txt") if to_dir else Path(output)
    if doc.path is not None and target.resolve() == doc.path.resolve():
        raise click.UsageError(f"{doc.name}: output would overwrite the input; use --in-place to mean that")
    return target


@main.command()
@pipeline_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def check(
    paths: tuple[str, ...], config_path: str | None, only: str | None, skip: str | None, encoding: str | None, fmt: str
) -> None:
    """List what the stages find (changes they would make, and doubts). Exit 1 if anything."""
    pipeline = _build_pipeline(config_path, only, skip)
    failures: list[str] = []
    found = False
    records = []
    for doc in _documents(paths, encoding, failures):
        result = pipeline.run(doc.text)
        found = found or bool(result.findings)
        if fmt == "json":
            records.append(_findings_record(doc, result))
        else:
            for line in _findings_lines(doc, result):
                click.echo(line)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    sys.exit(_exit_for_failures(paths, failures, EXIT_FINDINGS if found else EXIT_OK))


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (code points) of ``offset``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _findings_lines(doc: Document, result: Result) -> Iterator[str]:
    for finding in result.findings:
        line, col = _line_col(doc.text, finding.span.start)
        fix_note = ""
        if finding.edit is not None:
            fix_note = f" [{finding.edit.before!r} -> {finding.edit.after!r}]"
        yield f"{doc.name}:{line}:{col}: {finding.rule} ({finding.confidence:.2f}) {finding.message}{fix_note}"


def _findings_record(doc: Document, result: Result) -> dict[str, Any]:
    findings = []
    for finding in result.findings:
        line, col = _line_col(doc.text, finding.span.start)
        item: dict[str, Any] = {
            "rule": finding.rule,
            "line": line,
            "column": col,
            "start": finding.span.start,
            "end": finding.span.end,
            "confidence": finding.confidence,
            "message": finding.message,
        }
        if finding.edit is not None:
            item["suggestion"] = {"before": finding.edit.before, "after": finding.edit.after}
        findings.append(item)
    return {"path": doc.name, "encoding": doc.encoding, "findings": findings}


@main.command()
@pipeline_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "patch", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text: before/after for people; patch: a unified diff for patch/git apply; json/jsonl: every edit.",
)
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--report", metavar="FILE|DIR", help=REPORT_HELP)
def diff(
    paths: tuple[str, ...],
    config_path: str | None,
    only: str | None,
    skip: str | None,
    encoding: str | None,
    fmt: str,
    color: str,
    report: str | None,
) -> None:
    """Show each change before/after with its rule and reason."""
    from cleaner.report.terminal import use_color

    pipeline = _build_pipeline(config_path, only, skip)
    reporter = _reporter(sys.stdout, fmt, fmt == "text" and use_color(color, sys.stdout), report)
    failures: list[str] = []
    try:
        for doc in _documents(paths, encoding, failures):
            reporter.add(doc.name, doc.encoding, pipeline.run(doc.text))
        _close_reporter(reporter)
    except BrokenPipeError:  # the reader (head, a pager) stopped early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OK)
    sys.exit(_exit_for_failures(paths, failures, EXIT_OK))


def _reporter(stream: Any, fmt: str, color: bool, report: str | None) -> Any:
    """A :class:`cleaner.report.sink.Reporter`; a bad --report target is a usage error."""
    from cleaner.report.sink import Reporter, ReportError

    try:
        return Reporter(stream, fmt, color, report)
    except ReportError as exc:
        raise click.UsageError(str(exc)) from None
    except OSError as exc:
        raise click.UsageError(f"--report {report}: cannot write: {exc.strerror}") from None


def _close_reporter(reporter: Any) -> None:
    try:
        reporter.close()
    except OSError as exc:
        reporter.abort()
        click.echo(f"cleaner: error: cannot write the report: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
def stages() -> None:
    """List the stages in the order they run, with the rules each emits."""
    for stage in STAGES:
        click.echo(f"{stage.id:<12} {stage.summary}")
        click.echo(f"{'':<12} rules: {', '.join(stage.rules)}; default: {stage.default_mode}")


if __name__ == "__main__":  # pragma: no cover
    main()
