"""Before/after in the terminal, drawn from the edits (no diff algorithm: the accounting
invariant says the edits are exactly the changes)."""

from __future__ import annotations

import click

from cleaner.model import Result

CONTEXT_CHARS = 12


def _visible(text: str) -> str:
    """Make invisible changes visible: a removed space or line break must show."""
    return text.replace("\n", "⏎").replace(" ", "␣").replace("\t", "⇥") if text.strip() == "" or "\n" in text else text


def render(result: Result, name: str, color: bool) -> str:
    """One block per edit: its line, the before and after in context, the rule and reason."""
    lines = [click.style(f"--- {name}", bold=True, fg=None) if color else f"--- {name}"]
    if not result.edits:
        lines.append("  (no changes)")
        return "\n".join(lines) + "\n"
    source = result.original
    for edit in result.edits:
        line_no = source.count("\n", 0, edit.start) + 1
        line_start = source.rfind("\n", 0, edit.start) + 1
        column = edit.start - line_start + 1
        lead = source[max(line_start, edit.start - CONTEXT_CHARS) : edit.start]
        line_end = source.find("\n", edit.end)
        trail = source[edit.end : min(edit.end + CONTEXT_CHARS, len(source) if line_end < 0 else line_end)]
        before, after = _visible(edit.before), _visible(edit.after)
        if color:
            before = click.style(f"[-{before}-]", fg="red", strikethrough=True)
            after = click.style(f"{{+{after}+}}", fg="green", bold=True)
            label = click.style(edit.rule, fg="cyan")
        else:
            before, after, label = f"[-{before}-]", f"{{+{after}+}}", edit.rule
        lines.append(f"{line_no}:{column} {label} {lead}{before}{after}{trail}")
        lines.append(f"    {edit.reason}")
    return "\n".join(lines) + "\n"
