"""The data model: what a stage saw (Finding), what it changed (Edit), what came out (Result).

Value dataclasses with no behaviour beyond composition. Offsets are Python string indices
(code points), half-open: ``text[span.start:span.end]``.

Span, Edit and Finding are values: never change one once made (make a new one). They are
slotted and not ``frozen=True`` because the pipeline makes one of each per change (some
60,000 per MB of garbled text), and a frozen dataclass costs three times as much to build
(every field goes through ``object.__setattr__``). Result, made once per document, is frozen.

The wheel compiles this module with mypyc (hatch_build.COMPILED): Span, Edit and Finding write
their ``__init__`` out (``init=False``) because mypyc compiles a method written in the source,
while the one @dataclass generates (and its ``__post_init__`` call) stays interpreted; the
repr, equality, order and hash @dataclass makes are unchanged. A compiled class cannot be
subclassed by an interpreted one: a stage builds these, it does not extend them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

#: Separates rule ids in an edit that several stages made together (``"punct-shift+width"``).
RULE_JOINER = "+"


@dataclass(slots=True, order=True, unsafe_hash=True, init=False)
class Span:
    """A half-open range of code-point offsets."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        if not 0 <= start <= end:
            raise ValueError(f"bad span [{start}, {end})")
        self.start = start
        self.end = end

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        # (pickled by its fields: batch.py sends results across processes, and a class mypyc
        # compiled cannot be made without calling its __init__, as pickle's default does)
        return Span, (self.start, self.end)

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True, unsafe_hash=True, init=False)
class Edit:
    """One change: replace ``text[span.start:span.end]`` (== ``before``) with ``after``.

    ``rule`` is a stable kebab-case id; an edit that two stages made to the same place carries
    both ids joined by ``+`` (see :func:`Edit.rules`).
    """

    span: Span
    before: str
    after: str
    rule: str
    confidence: float
    reason: str

    def __init__(
        self, span: Span, before: str, after: str, rule: str, confidence: float = 1.0, reason: str = ""
    ) -> None:
        if len(before) != span.end - span.start:
            raise ValueError(f"edit {rule}: before has {len(before)} chars, span {len(span)}")
        if before == after:
            raise ValueError(f"edit {rule} at {span.start} changes nothing")
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"edit {rule}: confidence {confidence} outside 0..1")
        self.span = span
        self.before = before
        self.after = after
        self.rule = rule
        self.confidence = float(confidence)  # (1 and 1.0 alike, compiled or not)
        self.reason = reason

    def __reduce__(self) -> tuple[type[Edit], tuple[Span, str, str, str, float, str]]:
        return Edit, (self.span, self.before, self.after, self.rule, self.confidence, self.reason)  # (as Span's)

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule ids that made this edit, in the order their stages ran."""
        return tuple(self.rule.split(RULE_JOINER))


@dataclass(slots=True, unsafe_hash=True, init=False)
class Finding:
    """Something a detector saw. ``edit`` is the suggested repair, if the detector has one.

    A finding whose rule is in report mode, or whose confidence is below the threshold, is
    reported and not applied.
    """

    rule: str
    span: Span
    message: str
    confidence: float
    edit: Edit | None

    def __init__(self, rule: str, span: Span, message: str, confidence: float = 1.0, edit: Edit | None = None) -> None:
        self.rule = rule
        self.span = span
        self.message = message
        self.confidence = float(confidence)  # (1 and 1.0 alike, compiled or not)
        self.edit = edit

    def __reduce__(self) -> tuple[type[Finding], tuple[str, Span, str, float, Edit | None]]:
        return Finding, (self.rule, self.span, self.message, self.confidence, self.edit)  # (as Span's)


#: Result's fields in order (what it pickles as).
_ResultFields = tuple[str, str, tuple[Edit, ...], Sequence[Finding], Mapping[str, int], frozenset[int]]


@dataclass(frozen=True)
class Result:
    """What :func:`cleaner.clean` returns.

    Invariant (the accounting invariant): ``apply_edits(original, edits) == text``.
    """

    original: str
    text: str
    edits: tuple[Edit, ...]
    #: A sequence of findings in original coordinates (the pipeline's lifts them when first read).
    findings: Sequence[Finding]
    stats: Mapping[str, int] = field(default_factory=dict)
    #: Where in ``findings`` the findings the pipeline applied are (their suggested edit is
    #: among ``edits``, perhaps merged with a later stage's change there); the others are the
    #: doubts, reported and not applied. Recorded by the pipeline, which made the choice:
    #: a reader cannot tell it from the edits (a finding that lost a collision to a surer one
    #: of its own rule lies where an edit of that rule is).
    applied: frozenset[int] = frozenset()

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def __reduce__(self) -> tuple[type[Result], _ResultFields]:
        # (as Span's: pickle's default would assign the frozen fields one by one once compiled)
        return Result, (self.original, self.text, self.edits, self.findings, self.stats, self.applied)


def check_edits(text: str, edits: Iterable[Edit], what: str = "edits") -> list[Edit]:
    """Return ``edits`` sorted by position after checking they can be applied to ``text``.

    Raises ValueError when an edit's ``before`` does not match the text, or two edits overlap.
    Two edits may touch, but an insertion may not share its point with another edit: the
    order of application would then be ambiguous.
    """
    ordered = sorted(edits, key=_position)
    size = len(text)
    previous: Edit | None = None
    previous_start = previous_end = 0
    for edit in ordered:
        span = edit.span
        start, end = span.start, span.end
        if end > size or text[start:end] != edit.before:
            raise ValueError(f"{what}: {edit.rule} at {start} does not match the text")
        if previous is not None:
            overlap = start < previous_end
            shared_point = start == previous_end and (start == end or previous_start == previous_end)
            if overlap or shared_point:
                raise ValueError(f"{what}: {previous.rule} at {previous_start} and {edit.rule} at {start} overlap")
        previous, previous_start, previous_end = edit, start, end
    return ordered


def _position(edit: Edit) -> tuple[int, int]:
    span = edit.span
    return span.start, span.end


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits to ``text``.

    >>> apply_edits("a,b", [Edit(Span(1, 2), ",", "，", "width-punct")])
    'a，b'
    """
    pieces: list[str] = []
    cursor = 0
    for edit in check_edits(text, edits):
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.after)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)
