"""The candidate record and how its evidence becomes a confidence and a finding.

A _Candidate is one look-alike (or run) with the evidence for reading it as its symbol, in
nats, a note per piece of evidence for the reviewer and its kind (EV_*) for the rules that
weigh earlier evidence. _confidence maps evidence to the confidence levels (SURE … DOUBT),
_finding and _reason build the Finding and the Edit with the reason a reviewer reads.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from cleaner.model import Edit, Finding, Span
from cleaner.stages.punct_shift.table import RULE_DIGIT

SURE: Final = 0.97
LIKELY: Final = 0.9
ENOUGH: Final = 0.82
DOUBT: Final = 0.6
#: Evidence (in nats, log-odds for the punctuation reading) for each confidence level.
SURE_FROM: Final = 6.0
LIKELY_FROM: Final = 3.0
ENOUGH_FROM: Final = 1.5
DOUBT_FROM: Final = 0.0
#: Evidence at which an occurrence counts as a marker of a garbled line.
MARKER_FROM: Final = 4.0


# What a piece of evidence says about a look-alike: every note of a candidate has one of these
# kinds, and the rules that weigh earlier evidence (_full_name_after, _closed_titles, ...) read
# the kinds, never a note's wording (the notes are for the reviewer and may be reworded).
#: the lexicon's reading of the window (always a candidate's first evidence)
EV_LEXICON: Final = "lexicon"
#: the look-alike reads as a surname (before a title or a given name, after a role, 姓, 老)
EV_SURNAME: Final = "surname"
#: other evidence for a name at the look-alike (after a noun for a person and before a given
#: name, the same full name read as a name elsewhere, a surname before an enumeration comma)
EV_NAME: Final = "name"
#: 袁某 before a name follower: an anonymised name (袁某 elsewhere, or before no word with
#: 某, is only EV_OTHER: weaker)
EV_ANONYMISED: Final = "anonymised"
#: the look-alike is a character of a given name (袁野也: the 野)
EV_IN_NAME: Final = "in-name"
#: an opening and a closing look-alike pair up (叶…曳)
EV_PAIRED: Final = "paired"
#: what rules the mark out whatever the name evidence says: two marks side by side that
#: cannot be, a line start, a doubled mark
EV_NO_MARK: Final = "no-mark"
#: a number's evidence of a numbered item: （1）
EV_ITEM: Final = "item"
#: anything else (position, sentence shape, rules that settle earlier evidence)
EV_OTHER: Final = "other"
#: a “ that closes a quotation the source opened with one too (“…“): read as ” by the neighbours
EV_TYPED_CLOSER: Final = "typed-closer"
#: The kinds of name evidence (what _full_name_after and _closed_titles may overrule).
_NAME_KINDS: Final = frozenset({EV_SURNAME, EV_NAME})


# (init=False, and the same __init__ written out: mypyc compiles a method written in the
# source, while the one @dataclass generates stays interpreted; thousands are made per document)
@dataclass(slots=True, init=False)
class _Candidate:
    start: int
    end: int
    hanzi: str
    symbol: str
    evidence: float
    #: one note per piece of evidence, for the reason a reviewer reads
    notes: tuple[str, ...]
    #: the kind of each piece of evidence (EV_*), parallel to ``notes``: what the rules read
    kinds: tuple[str, ...]

    def __init__(
        self,
        start: int,
        end: int,
        hanzi: str,
        symbol: str,
        evidence: float = 0.0,
        notes: tuple[str, ...] = (),
        kinds: tuple[str, ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.hanzi = hanzi
        self.symbol = symbol
        self.evidence = evidence
        self.notes = notes
        self.kinds = kinds

    def add(self, amount: float, note: str, kind: str) -> None:
        self.evidence += amount
        self.notes += (note,)
        self.kinds += (kind,)

    def add_doubt(self, amount: float, note: str, kind: str) -> None:
        """Add a piece of evidence that makes the candidate a doubt: the evidence so far is
        capped at DOUBT_FROM, so the candidate is reported, not applied, unless a later rule
        adds more for it."""
        self.add(amount, note, kind)
        self.evidence = min(self.evidence, DOUBT_FROM)


def _confidence(evidence: float) -> float | None:
    if evidence >= SURE_FROM:
        return SURE
    if evidence >= LIKELY_FROM:
        return LIKELY
    if evidence >= ENOUGH_FROM:
        return ENOUGH
    if evidence >= DOUBT_FROM:
        return DOUBT
    return None


def _finding(rule: str, cand: _Candidate, confidence: float) -> Finding:
    start, end, hanzi, symbol = cand.start, cand.end, cand.hanzi, cand.symbol
    if end - start == 1 and len(symbol) == 1:  # the common case: one look-alike, one mark
        before, after = hanzi, symbol
    else:
        before = hanzi if end - start == len(hanzi) else hanzi * (end - start)
        after = symbol if len(symbol) == len(before) or rule == RULE_DIGIT else symbol * len(before)
    reason = _reason(rule, before, after, cand.notes)
    span = Span(start, end)
    return Finding(rule, span, reason, confidence, Edit(span, before, after, rule, confidence, reason))


@functools.lru_cache(maxsize=4096)
def _reason(rule: str, before: str, after: str, notes: tuple[str, ...]) -> str:
    what = (
        "number"
        if rule == RULE_DIGIT
        else "Latin letters"
        if after.isascii() and after.isalpha()
        else "punctuation mark"
    )
    return (
        f"'{before}' is the GB2312 shift garble of the {what} '{after}' (lead byte +0x31); "
        f"evidence: {', '.join(dict.fromkeys(notes))}"
    )


def _covered(cands: Iterable[_Candidate]) -> set[int]:
    """Where ``cands`` stand: every index of their spans (what the readers that come after
    them leave alone, or read beside)."""
    return {k for c in cands for k in range(c.start, c.end)}
