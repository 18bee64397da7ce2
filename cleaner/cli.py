"""The command line: thin over the library. Exit codes: 0 ok, 1 findings (check) or some
documents failed, 2 usage or I/O error."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from cleaner import __version__
from cleaner import config as config_module
from cleaner.io import InputError, decode_bytes, read_text, write_atomic
from cleaner.model import Result
from cleaner.pipeline import STAGES, STAGES_BY_ID, Pipeline

if TYPE_CHECKING:
    from cleaner import batch  # imported where a folder or JSONL needs it: not at start-up

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
    """Read each input (a folder: each file under it, as `fix` walks it); one that cannot be
    read is reported and skipped, never fatal to the rest."""
    for name in paths:
        if name != STDIN and Path(name).is_dir():
            from cleaner import batch

            for task in batch.plan_files([name], None, in_place=True):
                yield from _read_document(task.source, encoding, failures)
        else:
            yield from _read_document(name, encoding, failures)


def _read_document(name: str, encoding: str | None, failures: list[str]) -> Iterator[Document]:
    try:
        if name == STDIN:
            decoded = decode_bytes(sys.stdin.buffer.read(), "<stdin>", encoding)
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
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    metavar="N",
    help="Worker processes for folders and JSONL. [default: all cores]",
)
@click.option("--include", multiple=True, metavar="GLOB", help="Only files of a folder matching this (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out files matching this (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no summary on stderr (errors still).")
@click.option("--text-field", metavar="NAME", help="The input is JSONL (- for stdin): clean this field of each record.")
@click.option("--report-field", metavar="NAME", help="JSONL: add each record's edits under this field.")
@click.option(
    "--on-error",
    type=click.Choice(["pass", "skip"]),
    default="pass",
    show_default=True,
    help="JSONL: a line that is not a record with the field is written through unchanged, or left out.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="ray: clean a JSONL or Parquet dataset (path or URI) with Ray Data into the folder -o.",
)
@click.option("--ray-address", metavar="ADDR", help="Ray cluster to join (default: start a local one).")
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
    jobs: int | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    quiet: bool,
    text_field: str | None,
    report_field: str | None,
    on_error: str,
    engine: str,
    ray_address: str | None,
) -> None:
    """Write cleaned text: to stdout for one input, to -o FILE|DIR, or over the inputs (--in-place).

    A folder is cleaned into -o OUTDIR with the same tree (resumable: a rerun skips what is
    done). With --text-field the input is JSONL. Exit 1 if any document failed.
    """
    if in_place and output:
        raise click.UsageError("--in-place and -o exclude each other")
    if in_place and STDIN in paths:
        raise click.UsageError("--in-place cannot write back to stdin")
    reporting = show_diff or report is not None
    streamed = engine == "ray" or text_field is not None or any(Path(p).is_dir() for p in paths)
    if reporting and streamed:
        # The reporter needs every result in this process; folders, JSONL and Ray clean in workers.
        raise click.UsageError("--diff and --report work on files; for a folder, JSONL or Ray use --report-field")
    if engine == "ray":
        _fix_ray(
            paths, output, config_path, only, skip, text_field or "text", report_field, on_error, ray_address, quiet
        )
        return
    if text_field is not None:
        _fix_jsonl(paths, output, in_place, config_path, only, skip, text_field, report_field, on_error, jobs, quiet)
        return
    if streamed or (len(paths) > 1 and STDIN not in paths and not reporting):
        _fix_files(paths, output, in_place, config_path, only, skip, encoding, jobs, include, exclude, quiet)
        return
    to_dir = output is not None and (len(paths) > 1 or Path(output).is_dir() or output.endswith(("/", "\\")))
    if len(paths) > 1 and not (in_place or output):
        raise click.UsageError("several inputs: give -o DIR or --in-place")
    pipeline = _build_pipeline(config_path, only, skip)
    # Without --diff or --report there is nothing to render: the reporters are not even imported.
    reporter = (
        _reporter(sys.stderr if show_diff else None, "text", show_diff and _stderr_color(), report)
        if reporting
        else None
    )
    failures: list[str] = []
    for doc in _documents(paths, encoding, failures):
        result = pipeline.run(doc.text)
        if reporter is not None:
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
    if reporter is not None:
        _close_reporter(reporter)
    sys.exit(_exit_for_failures(paths, failures, EXIT_OK))


def _stderr_color() -> bool:
    from cleaner.report.terminal import use_color

    return use_color("auto", sys.stderr)


def _report_summary(summary: batch.Summary, quiet: bool) -> None:
    """The end-of-run summary on stderr (failures always); exit 1 if a document failed."""
    lines = summary.lines()
    if quiet:
        lines = [line for line in lines if line.startswith("failed:")]
    for line in lines:
        click.echo(line, err=True)
    sys.exit(EXIT_OK if summary.ok else EXIT_FINDINGS)


def _progress(total_docs: int | None, total_bytes: int | None, quiet: bool) -> batch.Progress | None:
    from cleaner import batch

    return batch.Progress.for_stream(total_docs, total_bytes, sys.stderr, quiet)


def _fix_files(
    paths: tuple[str, ...],
    output: str | None,
    in_place: bool,
    config_path: str | None,
    only: str | None,
    skip: str | None,
    encoding: str | None,
    jobs: int | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    quiet: bool,
) -> None:
    """Folders (and several files): mirror the tree under -o, a process pool, a manifest, a summary."""
    if not (in_place or output):
        raise click.UsageError("a folder or several inputs: give -o DIR or --in-place")
    if output is not None and Path(output).exists() and not Path(output).is_dir():
        raise click.UsageError(f"-o {output}: is a file; a folder input needs an output folder")
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    config = _build_pipeline(config_path, only, skip).config
    from cleaner import batch

    try:
        tasks = batch.plan_files(paths, output, include, exclude, in_place)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    progress = _progress(len(tasks), sum(_size(t.source) for t in tasks), quiet)
    try:
        summary = batch.clean_files(
            tasks,
            config,
            jobs=jobs or batch.default_jobs(),
            encoding=encoding,
            manifest_dir=None if in_place else output,
            on_outcome=progress.update if progress else None,
        )
    except OSError as exc:
        raise click.FileError(str(output), hint=str(exc)) from None
    finally:
        if progress:
            progress.close()
    _report_summary(summary, quiet)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _fix_jsonl(
    paths: tuple[str, ...],
    output: str | None,
    in_place: bool,
    config_path: str | None,
    only: str | None,
    skip: str | None,
    text_field: str,
    report_field: str | None,
    on_error: str,
    jobs: int | None,
    quiet: bool,
) -> None:
    """JSONL in (a file or - for stdin), JSONL out (-o FILE, stdout, or the input with --in-place)."""
    if len(paths) != 1:
        raise click.UsageError("--text-field takes one JSONL input (a file or - for stdin)")
    source_name = paths[0]
    target = source_name if in_place else output
    to_file = target not in (None, STDIN) and source_name != STDIN
    if to_file and not in_place and Path(str(target)).resolve() == Path(source_name).resolve():
        raise click.UsageError(f"{target}: output would overwrite the input; use --in-place to mean that")
    config = _build_pipeline(config_path, only, skip).config
    try:
        source = sys.stdin.buffer if source_name == STDIN else open(source_name, "rb")  # noqa: SIM115
    except OSError as exc:
        click.echo(f"cleaner: error: {source_name}: cannot read: {exc.strerror}", err=True)
        sys.exit(EXIT_USAGE)
    total = None if source_name == STDIN else _size(source_name)
    progress = _progress(None, total, quiet)
    from cleaner import batch

    try:
        with source, batch.open_sink(target) as sink:
            summary = batch.clean_jsonl(
                source,
                sink,
                config,
                text_field=text_field,
                report_field=report_field,
                on_error=on_error,  # type: ignore[arg-type]
                jobs=jobs or batch.default_jobs(),
                on_outcome=progress.update if progress else None,
            )
    except OSError as exc:
        click.echo(f"cleaner: error: {target or '<stdout>'}: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    finally:
        if progress:
            progress.close()
    _report_summary(summary, quiet)


def _fix_ray(
    paths: tuple[str, ...],
    output: str | None,
    config_path: str | None,
    only: str | None,
    skip: str | None,
    text_field: str,
    report_field: str | None,
    on_error: str,
    address: str | None,
    quiet: bool,
) -> None:
    """--engine ray: a dataset (JSONL or Parquet, path or URI) cleaned by Ray Data into the folder -o.

    JSONL is cleaned line by line as the local JSONL mode does (same bytes, --on-error, bad
    lines reported by number, exit 1 if any failed); Parquet record by record through Arrow.
    """
    if len(paths) != 1 or output is None:
        raise click.UsageError("--engine ray takes one dataset (file, folder or URI) and -o OUTDIR")
    config = _build_pipeline(config_path, only, skip).config
    summary: batch.Summary | None = None
    try:
        from cleaner.integrations import ray as ray_engine

        if ray_engine.data_format(paths[0]) == "jsonl":
            summary = ray_engine.clean_jsonl_path(
                paths[0],
                output,
                config,
                text_field=text_field,
                report_field=report_field,
                on_error=on_error,
                address=address,
            )
        else:
            written = ray_engine.clean_path(
                paths[0], output, config, text_column=text_field, report_column=report_field, address=address
            )
    except ImportError as exc:
        raise click.UsageError(f"--engine ray needs Ray Data: pip install 'cleaner[ray]' ({exc})") from None
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    except Exception as exc:  # Ray's own errors (unreadable input, cluster gone): an I/O error, no traceback
        click.echo(f"cleaner: error: ray: {type(exc).__name__}: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if summary is not None:
        if not quiet:
            click.echo(f"cleaned with Ray into {output}", err=True)
        _report_summary(summary, quiet)
    if not quiet:
        click.echo(f"{written} records cleaned with Ray into {output}", err=True)
    sys.exit(EXIT_OK)


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


def _findings_lines(doc: Document, result: Result) -> Iterator[str]:
    from cleaner.report import LineIndex

    index = LineIndex(doc.text)
    for finding in result.findings:
        line, col = index.line_col(finding.span.start)
        fix_note = ""
        if finding.edit is not None:
            fix_note = f" [{finding.edit.before!r} -> {finding.edit.after!r}]"
        yield f"{doc.name}:{line}:{col}: {finding.rule} ({finding.confidence:.2f}) {finding.message}{fix_note}"


def _findings_record(doc: Document, result: Result) -> dict[str, Any]:
    """What ``check --format json`` says of a document: every finding, applied or not, in the
    diff report's shape of a finding."""
    from cleaner.report import LineIndex
    from cleaner.report.json import finding_item

    index = LineIndex(doc.text)
    findings = [finding_item(finding, index) for finding in result.findings]
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
