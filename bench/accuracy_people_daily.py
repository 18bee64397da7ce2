"""Real clean newspaper text (People's Daily, January 1998): what the default pipeline changes in it.

The text is clean, one paragraph per line, so every change is either a normalisation the
project chose (full-width digits and letters to ASCII, ``％`` to ``%``: rules ``width-alnum`` and
``width-symbol``) or a false repair. Prints the changes per rule for the ``dev`` and ``heldout``
halves (bench/people_daily.py); every rule other than the two normalisations should print 0.
"""

from __future__ import annotations

from collections import Counter

from bench.people_daily import corpus_path, documents, missing_message
from cleaner import clean

#: rules whose changes to clean text are the intended normalisation, not repairs
NORMALISATIONS = frozenset({"width-alnum", "width-symbol"})


def changes_per_rule(part: str) -> tuple[Counter[str], int, int]:
    """Edits per rule over one half, its line count and its character count."""
    per_rule: Counter[str] = Counter()
    lines = chars = 0
    for doc in documents(part):
        lines += doc.count("\n") + 1
        chars += len(doc)
        per_rule.update(edit.rule for edit in clean(doc).edits)
    return per_rule, lines, chars


def run(seed: int) -> dict[str, float | int | str]:
    del seed  # the corpus is fixed; nothing is random here
    if corpus_path() is None:
        return {"skipped": missing_message()}
    numbers: dict[str, float | int | str] = {}
    for part in ("dev", "heldout"):
        per_rule, lines, chars = changes_per_rule(part)
        numbers[f"{part}: lines / characters"] = f"{lines} / {chars}"
        numbers[f"{part}: false repairs (rules other than normalisation)"] = sum(
            n for rule, n in per_rule.items() if rule not in NORMALISATIONS
        )
        for rule, n in sorted(per_rule.items()):
            numbers[f"{part}: {rule}"] = n
    return numbers
