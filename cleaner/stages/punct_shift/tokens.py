"""A Latin word or a number read whole: the look-alikes of letters and digits left beside a
part of the same token that was repaired (``圆酝`` read as ``圆M``, ``怎遭怎灶贼怎怨`` as
``ubun贼怎9``). A half-repaired token is worse for a reader than the garble, and the repaired
part is evidence for the rest: a look-alike of a letter or a digit right next to a repaired
letter or digit, in no word of the lexicon with the hanzi beyond it, is a character of the same
token (``2M``, ``ubuntu9``, ``N280``, ``Gimmicks``, ``ATAN2``). At a token's edge a common hanzi
is a word of its own beside it (``文件在2G内存里``, ``运200吨``, ``5月``, ``IT员``): there only
what those words never do is read (see :func:`_edge_read`).

The repairs are evidence for a formula's operands too, read first: a lone letter's look-alike
or a number's set against an ASCII operator (``y=a∙曾+遭`` y=a∙x+b, ``=粤月杂(园)`` =ABS(0) once
ABS is read, ``(晕 >= 0)``, ``Ctrl+在``), where no hanzi stands beyond the operator nor on the
operand's other side (see :func:`_operands`). Before them, a manual's tokens whose ASCII part
shows them (:func:`_manual_tokens`): a range of cells (``A员:月圆`` A1:B2), a cell made
absolute (``$粤$1`` $A$1), a function key (``Shift+F员`` F1), a key's name (``Page 哉责`` Page
Up), a quoted name's number (``「标题 员」`` 「标题 1」), a number quoted alone (``「员圆」``
「12」), a text encoded for a URL (``%阅园%B0`` %D0%B0), an HTML tag's name (``<澡员>`` <h1>) and
a year left open (``20曾曾 年`` 20xx 年). The dash 要 between two parts of a code, one of them
read, is read with the other's look-alikes (``阅灾阅要孕员园`` DVD—P10, ``匀栽粤要员型`` HTA—1型: see
:func:`_code_dashes`).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import string
from typing import Final

from cleaner import lexicon
from cleaner.chars import EM_DASH, FULLWIDTH_OFFSET, STOP_PUNCT, is_han
from cleaner.model import Finding
from cleaner.stages.punct_shift.decide import DOUBT, EV_OTHER, LIKELY, LIKELY_FROM, _Candidate, _finding
from cleaner.stages.punct_shift.numbers import (
    INFORMAL_COUNTERS,
    LATIN_LONE_KEPT,
    LATIN_UNITS,
    MODEL_SUFFIXES,
    NUMBER_AFTER_WORDS,
    PERCENT_SIGNS,
    _far_before_comparison,
    _given_name_in_byline,
    _placeholder_name,
    _quantity_after,
    _run_counter_at,
    _source_beside_target,
    _unit_char,
    _value_beyond_range,
)
from cleaner.stages.punct_shift.reading import WINDOW, _in_best_word, _window
from cleaner.stages.punct_shift.table import (
    _INLINE_SPACES,
    DASH_LOOKALIKE,
    RULE,
    RULE_DIGIT,
    _line_bounds,
    _Lines,
    _lookalikes,
    _matches_led_by,
    shift_table,
)

#: A finding's (start, end): the order of the findings.
_BY_SPAN: Final = operator.attrgetter("span.start", "span.end")
_SPAN_START: Final = operator.attrgetter("span.start")
#: 在 (Ｚ) is the commonest hanzi of all the look-alikes: never read beside a token (存在U盘, 在2G的)
TOKEN_NEVER: Final = "在"
#: Letters' look-alikes that count after a number (3载 three years, 3扎 three jugs of beer)
COUNTING_LETTERS: Final = "载扎"
#: 源 after a Latin word is a source (yum源, apt源) also before a mark: read only after a cell's
#: letter (A4) or before a space or ASCII (IPv4 地址), which no hanzi ends in spaced text
LATIN_SOURCE: Final = "源"
TOKEN_NOTE: Final = "next to the part of its Latin word or number repaired already (2M, ubuntu9, N280)"


@functools.cache
def _token_lookalikes() -> dict[str, str]:
    """Look-alike -> the ASCII letter or digit it stands for (粤 A, 葬 a, 员 1)."""
    found = {}
    for hanzi, entry in shift_table().items():
        if entry.kind == "letter":
            found[hanzi] = chr(ord(entry.symbol) - FULLWIDTH_OFFSET)
    found.update(_lookalikes()[1])
    return found


def _whole_tokens(text: str, findings: list[Finding], quiet: frozenset[int]) -> list[Finding]:
    """``findings`` (in span order) with the look-alikes of letters and digits read that stand
    contiguous with a confidently repaired letter or digit where the evidence holds (see the
    module's docstring), a formula's operands first (:func:`_operands`, :func:`_siblings`), a
    code's dash last (:func:`_code_dashes`, which reads the parts those read); a doubt a read
    look-alike had is replaced. ``quiet``: the starts of the lines that are not garbled (clean
    or mixed), where evidence that stands by itself reads nothing (an empty set lets it read
    everywhere)."""
    findings = _code_dashes(text, _siblings(text, _operands(text, _manual_tokens(text, findings), quiet), quiet))
    repaired: dict[int, tuple[str, float]] = {}  # position -> (the letter or digit repaired there, how sure)
    taken: set[int] = set()  # positions of a confident repair of any kind
    doubts: dict[int, Finding] = {}  # positions of a doubt -> its finding
    for finding in findings:
        edit = finding.edit
        if edit is None:
            continue
        where, after = edit.span, edit.after
        start, end = where.start, where.end
        if edit.confidence <= DOUBT:
            for at in range(start, end):
                doubts[at] = finding
        elif end - start == 1:  # (the common case, a mark: one set insertion)
            taken.add(start)
            if after.isascii() and after.isalnum():
                repaired[start] = (after, edit.confidence)
        else:
            taken.update(range(start, end))
            if len(after) == end - start:
                for at, char in zip(range(start, end), after, strict=True):
                    if char.isascii() and char.isalnum():
                        repaired[at] = (char, edit.confidence)
    if not repaired:
        return findings
    lookalikes = _token_lookalikes()
    added: list[Finding] = []
    dropped: set[int] = set()  # ids of the doubts replaced
    seen: set[int] = set()
    for at in sorted(repaired):
        for start in (at - 1, at + 1):
            if start in seen or start in taken or text[start : start + 1] not in lookalikes:
                continue
            end = start
            while start and text[start - 1] in lookalikes and start - 1 not in taken:
                start -= 1
            while end < len(text) and text[end] in lookalikes and end not in taken:
                end += 1
            seen.update(range(start, end))
            span = _segment_read(text, start, end, repaired, taken)
            if span is None:
                continue
            start, end, level = span
            if _beyond_a_date(text, start, end, repaired) or (end - start == 1 and _word_beside_number(text, start)):
                continue  # (记者王远员月: 远 ends the name, no month 61; 记者王远猿远岁: a given name)
            inside = _doubts_inside(doubts, start, end)
            if inside is None:
                continue  # (a doubt that reaches beyond the look-alikes: left to it)
            symbol = "".join(lookalikes[c] for c in text[start:end])
            cand = _Candidate(start, end, text[start:end], symbol)
            cand.add(0.0, TOKEN_NOTE, EV_OTHER)
            added.append(_finding(RULE_DIGIT if symbol.isdigit() else RULE, cand, level))
            dropped.update(id(d) for d in inside)
    return _merged(findings, added, dropped)


#: What an operand stands against in a formula or an expression (y=a∙x+b, N >= 0, Ctrl+Z, 2M/s,
#: DATE(1995;1;1);21, CPU,G40), and ``(`` after a Latin name (ABS(0), f(x)). Not ``-`` (a
#: range's dash, 粤-在 of A-Z is read elsewhere) nor ``:`` (a label's colon).
OPERATORS: Final = frozenset("=<>+*/^;,\u2219")
FUNCTION_OPEN: Final = "("
#: A month or a count (5000/月 per month, 5+月, 1月=30天, 3载 three years): an operand only
#: with a letter beyond its operator (月=FALSE, Ctrl+月), never after a digit
OPERAND_UNITS: Final = "月" + COUNTING_LETTERS
OPERAND_NOTE: Final = "set against an ASCII operator, no hanzi beyond it (y=a∙x+b, ABS(0), N >= 0)"


def _operands(text: str, findings: list[Finding], quiet: frozenset[int]) -> list[Finding]:
    """``findings`` (in span order) with a formula's operands read: a lone letter's look-alike
    (no letter beside it) or a run of digits' look-alikes (no digit beside it), on a line with a
    confident repair, set against an operator (OPERATORS, or ``(`` after a Latin name) beyond
    which no hanzi stands, with no hanzi on its other side: read with the line's confident
    repairs applied (=粤月杂(园) is =ABS(园) once ABS is read). A hanzi of prose stands against
    no operator but with a hanzi beyond it (元/月, 好,再来); a doubt inside is replaced."""
    spans = _operand_spans(text)
    if not spans:
        return findings  # (the common case: no look-alike against an operator)
    lookalikes = _token_lookalikes()
    lines_of = _Lines(text)
    lines: dict[int, tuple[dict[int, str], dict[int, Finding]]] = {}  # line start -> its repairs, doubts
    added: list[Finding] = []
    dropped: set[int] = set()
    for start, end in spans:
        line = lines_of.start_of(start)
        if line not in lines:
            lines[line] = _line_repairs(text, line, findings)
        shown, doubts = lines[line]
        while start < end and start in shown:
            start += 1
        if start == end or any(k in shown for k in range(start, end)):
            continue  # (a run repaired in part: read whole by _whole_tokens)
        operand = bool(shown) and _operand_at(text, start, end, shown)
        if not (operand or (line not in quiet and end - start == 1 and _variable_alone(text, start, shown))):
            continue  # (no repair on the line shows the formula, nor the letter by itself)
        inside = _doubts_inside(doubts, start, end)
        if inside is None:
            continue  # (a doubt that reaches beyond the operand: left to it)
        symbol = "".join(lookalikes[c] for c in text[start:end])
        cand = _Candidate(start, end, text[start:end], symbol)
        cand.add(LIKELY_FROM + 1.0, OPERAND_NOTE if operand else OPERATOR_WORD_NOTE, EV_OTHER)
        added.append(_finding(RULE_DIGIT if symbol.isdigit() else RULE, cand, LIKELY))
        dropped.update(id(d) for d in inside)
    return _merged(findings, added, dropped)


#: Operators that are a variable's by themselves, set apart by spaces beside a lone letter's
#: look-alike (曾 == "ABC" x == "ABC", 载 <= 3): no prose sets a hanzi against them
COMPARISONS: Final = ("==", "<=", ">=", "<>")
#: Operators written as words in a manual's conditions (曾 EQ "ABC", x NEQ 1, NOT 曾), ASCII or
#: read already: a lone letter's look-alike set apart beside one, with an operand beyond a
#: comparison (not a hanzi: 在 EQ 函数中) and nothing but the line's end or a sign after the
#: look-alike an operator word precedes (NOT 在 公式中 is spaced prose).
OPERATOR_WORDS = ("EQ", "NEQ", "NE", "LT", "GT", "LEQ", "GEQ", "LE", "GE")
#: The operator word written before its operand alone (NOT 曾 is NOT x), where nothing but the
#: line's end or a sign may follow the look-alike (NOT 在 公式中 is spaced prose).
PREFIX_OPERATOR_WORD = "NOT"
#: Operators a formula editor's commands write as words between two operands (LibreOffice
#: Math: a div b, a over b, f toward g, b csub n; Writer's tables: 2 POW 8): a lone letter's
#: or digit's look-alike set apart by spaces beside one (ASCII, or read), an operand across the
#: word (a letter or a digit, a bracket: not a hanzi) and no hanzi touching the look-alike is an
#: operand (a div 遭 时 is a div b 时; 用 iPhone 遭 FBI 破解 is prose: no such word stands there).
FORMULA_OPERATOR_WORDS = (
    *("div", "over", "times", "cdot", "toward", "csub", "csup", "lsub", "lsup", "rsub", "rsup"),
    *("wideslash", "widebslash", "bslash", "neq", "approx", "odot", "otimes", "oplus", "ominus", "setminus"),
    # (and a text table's formula: 2 POW 8, 0 OR 0)
    *("ADD", "SUB", "MUL", "DIV", "POW", "MOD", "AND", "OR", "XOR"),
)
#: The formula editor's words written before their operand alone (nroot n x, sqrt x).
FORMULA_PREFIX_WORDS: Final = ("nroot", "sqrt")
#: Of those, the words English prose says too (He said 圆 times 远 is far, game over): a
#: look-alike beside one is an operand only where its line shows a formula besides, another
#: formula or operator word, one of FORMULA_LINE_SIGNS (a over b = c, a times b + c) or a
#: bracket a command's name opens (left(a over b right): FUNCTION_CALL).
FORMULA_PROSE_WORDS: Final = ("times", "over", "toward")
FORMULA_LINE_SIGNS: Final = frozenset("=<>+*/^")
FUNCTION_CALL: Final = re.compile(r"[A-Za-z]\(")
_FORMULA_WORDS: Final = frozenset((*FORMULA_OPERATOR_WORDS, *FORMULA_PREFIX_WORDS))
#: The note of a lone letter read by :func:`_variable_alone` (OPERAND_NOTE: one a repair on its
#: line shows in a formula).
OPERATOR_WORD_NOTE: Final = "a variable beside an operator of a condition (x == 1, x EQ 1, NOT x, (X=0), a div b)"


def _variable_alone(text: str, at: int, shown: dict[int, str]) -> bool:
    """Whether the lone letter's look-alike at ``text[at]`` is a variable by what stands beside
    it alone, on a line without any other repair (see COMPARISONS, OPERATOR_WORDS,
    :func:`_assigned_in_parentheses`)."""
    if _is_letter(_shown(text, at - 1, shown)) or _is_letter(_shown(text, at + 1, shown)):
        return False
    if _assigned_in_parentheses(text, at):
        return True
    if _beside_operator_word(text, at, shown) or _beside_formula_word(text, at, shown):
        return True
    for step in (1, -1):
        near = _past_spaces(text, at + step, step)
        if near == at + step:
            continue  # (set apart by spaces: 曾 == 1, not 曾==)
        run = "".join(_shown(text, k, shown) for k in sorted((near, near + step)))
        if run in COMPARISONS or _letters_in_arithmetic(text, at, near, step, shown):
            return _operand_at(text, at, at + 1, shown)
    return False


#: Arithmetic between two lone letters, spaced (曾 + 再 x + y, a * 曾): prose sets no hanzi
#: between spaces against another letter (but CLAUSE_WORDS before a hanzi: 按 A + 在 中间)
ARITHMETIC: Final = frozenset("+-*/^=<>")


def _letters_in_arithmetic(text: str, at: int, near: int, step: int, shown: dict[int, str]) -> bool:
    """Whether the operator at ``text[near]`` (spaces between it and the lone letter's look-alike
    at ``text[at]``, ``step``: the direction) is one of ARITHMETIC set apart by spaces, with a
    lone letter beyond it (ASCII, or a look-alike)."""
    if _shown(text, near, shown) not in ARITHMETIC or _shown(text, near + step, shown) not in _INLINE_SPACES:
        return False
    beyond = _past_spaces(text, near + step, step)
    if not _is_letter(_shown(text, beyond, shown)) or _is_letter(_shown(text, beyond + step, shown)):
        return False
    # (在 再 则, function words, also with no hanzi on their other side: 按 A + 在 中间 is prose)
    return text[at] not in CLAUSE_WORDS or not _real_hanzi(_shown(text, _past_spaces(text, at - step, -step), shown))


#: An assignment in parentheses ((X=0) of an error's message, (n=10)): ``(``, the letter, ``=``,
#: an ASCII value, ``)``. Not 月 (B, also the month: (月=30天)).
ASSIGNED_VALUE: Final = re.compile("=[A-Za-z0-9.+-]{1,12}\\)")
#: The look-alikes never read as a variable assigned in parentheses: 月 is the month too ((月=30天)).
ASSIGNED_NEVER: Final = "月"


def _assigned_in_parentheses(text: str, at: int) -> bool:
    """Whether the lone letter's look-alike at ``text[at]`` is assigned a value in parentheses ((载=0))."""
    if not at or text[at - 1] != FUNCTION_OPEN or text[at] in ASSIGNED_NEVER:
        return False
    return ASSIGNED_VALUE.match(text, at + 1) is not None


def _beside_operator_word(text: str, at: int, shown: dict[int, str]) -> bool:
    """Whether the lone letter's look-alike at ``text[at]`` is an operand of one of
    OPERATOR_WORDS or PREFIX_OPERATOR_WORD (see OPERATOR_WORDS), spaces between."""
    after = _past_spaces(text, at + 1, 1)
    word, end = _word_at(text, after, 1, shown)
    if word in OPERATOR_WORDS and after > at + 1 and not _real_hanzi(_shown(text, at - 1, shown)):
        beyond = _shown(text, _past_spaces(text, end, 1), shown)
        if end < len(text) and text[end] in _INLINE_SPACES and beyond and not is_han(beyond):
            return True
    before = _past_spaces(text, at - 1, -1)
    word, end = _word_at(text, before, -1, shown)
    if (word in OPERATOR_WORDS or word == PREFIX_OPERATOR_WORD) and before < at - 1:
        rest = _shown(text, after, shown)
        return rest in ("", "\n") or (rest.isascii() and not rest.isalnum() and rest not in _INLINE_SPACES)
    return False


def _beside_formula_word(text: str, at: int, shown: dict[int, str]) -> bool:
    """Whether the lone look-alike at ``text[at]`` (of a letter or a digit) is an operand of one
    of FORMULA_OPERATOR_WORDS or FORMULA_PREFIX_WORDS (see FORMULA_OPERATOR_WORDS), spaces between."""
    if text[at] in CLAUSE_WORDS:
        return False
    for side in (_shown(text, at - 1, shown), _shown(text, at + 1, shown)):
        if _is_letter(side) or side.isdigit() or side in _lookalikes()[1] or _real_hanzi(side):
            return False
    after = _past_spaces(text, at + 1, 1)
    word, end = _word_at(text, after, 1, shown)
    if after > at + 1 and word in FORMULA_OPERATOR_WORDS and _operand_beyond_word(text, end, 1, shown):
        return word not in FORMULA_PROSE_WORDS or _formula_on_line(text, at)
    before = _past_spaces(text, at - 1, -1)
    word, end = _word_at(text, before, -1, shown)
    if before == at - 1 or not word or word in FORMULA_PREFIX_WORDS:
        return bool(word) and before < at - 1
    return (
        word in FORMULA_OPERATOR_WORDS
        and _operand_beyond_word(text, end, -1, shown)
        and (word not in FORMULA_PROSE_WORDS or _formula_on_line(text, at))
    )


def _formula_on_line(text: str, at: int) -> bool:
    """Whether the line of ``text[at]`` shows a formula besides one of FORMULA_PROSE_WORDS: one
    of FORMULA_LINE_SIGNS, a FUNCTION_CALL, or an operator word prose does not say (as written
    or garbled: a widebslash b)."""
    start, end = _line_bounds(text, at)
    if not FORMULA_LINE_SIGNS.isdisjoint(text[start:end]) or FUNCTION_CALL.search(text, start, end):
        return True
    lookalikes = _token_lookalikes()
    for match in _operator_word_re().finditer(text, start, end):
        if "".join(lookalikes.get(c, c) for c in match.group()[1:]) not in FORMULA_PROSE_WORDS:
            return True
    return False


def _operand_beyond_word(text: str, edge: int, step: int, shown: dict[int, str]) -> bool:
    """Whether an operand stands across the spaces from ``text[edge]`` (right beyond a word;
    ``step``: the direction): an ASCII letter, digit or bracket, or a letter's or digit's
    look-alike with no hanzi beyond it, not one of CLAUSE_WORDS (在 div 遭 破坏 is prose)."""
    beyond = _past_spaces(text, edge, step)
    char = _shown(text, beyond, shown)
    if beyond == edge or not char:
        return False
    if char.isascii():
        return char.isalnum() or char in "()[]{}"
    lookalike = char in _token_lookalikes() and char not in CLAUSE_WORDS
    return lookalike and not _real_hanzi(_shown(text, beyond + step, shown))


def _word_at(text: str, at: int, step: int, shown: dict[int, str]) -> tuple[str, int]:
    """The ASCII letters (written or read) from ``text[at]`` on (``step``: the direction), and
    where they end (past the last one, in that direction)."""
    letters = []
    while (char := _shown(text, at, shown)).isascii() and char.isalpha():
        letters.append(char)
        at += step
    return "".join(letters if step == 1 else reversed(letters)), at


#: A lone letter's look-alike named with its sibling, the letter before or after it in the
#: alphabet, of the same case (X and Y, x and y): joined to it by SIBLING_CONNECTORS set apart
#: by spaces (「载 或 Y 误差线」, 只能在 载 和 Y 轴), or in the same frame, the same hanzi
#: beside both and nothing but a mark or a line's edge on their other side (「距离 X」和「距离
#: 再」, 间隔 载 ... 间隔 再, 曾 值 ... y 值, 数字载|数字再): prose names no hanzi in parallel
#: with a letter. Two look-alikes are siblings only outside SIBLING_NEVER (再 and 在 are each
#: other's: 「再」和「在」的区别 is about the characters).
SIBLING_CONNECTORS: Final = frozenset("或和与")
#: Look-alikes that are never each other's sibling, though their letters are (再 y, 在 z:
#: 「再」和「在」的区别 is about the characters).
SIBLING_NEVER: Final = "再在"
#: How far apart two siblings in the same frame stand (the headings of two fields of a dialog)
SIBLING_REACH: Final = 100
SIBLING_NOTE: Final = "named beside its sibling letter (X 或 Y, 距离 X 和 距离 Y)"


def _siblings(text: str, findings: list[Finding], quiet: frozenset[int]) -> list[Finding]:
    """``findings`` (in span order) with the lone letters' look-alikes read that are named with
    their sibling letter (see SIBLING_CONNECTORS); a doubt inside is replaced."""
    shown: dict[int, str] | None = None
    spans: list[tuple[int, int, str]] = []
    for match in _sibling_candidate_re().finditer(text):
        at = match.start()
        if not _sibling_may_stand(text, at):
            continue  # (most candidates: no sibling anywhere it could stand; the repairs not built)
        if shown is None:
            shown = _confident_repairs(findings)
        if at not in shown and _named_with_sibling(text, at, shown):
            spans.append((at, at + 1, SIBLING_NOTE))
    return _read_spans(text, findings, spans, quiet) if spans else findings


@functools.cache
def _sibling_candidate_re() -> re.Pattern[str]:
    """A letter's look-alike set apart on one side at least (a space, a mark, a bracket, a
    line's edge): where :func:`_named_with_sibling` looks further."""
    letters = "".join(h for h, c in _token_lookalikes().items() if c.isalpha())
    apart = re.escape(_INLINE_SPACES + "\n|/()[]\"'") + "\u3008-\u3011" + "".join(_lookalikes()[0])
    # Led by the letters' class, which the regex engine scans for, and the sides asserted from
    # there (ten times faster than alternatives led by a look-behind, tried at every position).
    return re.compile(f"[{letters}](?:(?<=[{apart}].)|(?<=^.)|(?=[{apart}]|$))", re.MULTILINE)


def _sibling_may_stand(text: str, at: int) -> bool:
    """Whether a sibling of the letter's look-alike at ``text[at]`` (written, or its own
    look-alike: a confident repair shows a letter only where its look-alike stands) stands where
    :func:`_connected_sibling` or :func:`_framed_sibling` looks: past a connector beside it, or
    within SIBLING_REACH. A test on the raw text, before the repairs are gathered."""
    chars = _sibling_chars(text[at])
    for step in (1, -1):
        joint = _past_spaces(text, at + step, step)
        if text[joint : joint + 1] in SIBLING_CONNECTORS:
            sibling = _past_spaces(text, joint + step, step)
            if 0 <= sibling < len(text) and text[sibling] in chars:
                return True
    low, high = max(0, at - SIBLING_REACH - 1), min(len(text), at + SIBLING_REACH + 1)
    return any(text.find(char, low, high) >= 0 for char in chars)


@functools.cache
def _sibling_chars(lookalike: str) -> str:
    """The sibling letters of the letter ``lookalike`` stands for, and their look-alikes."""
    letters = _sibling_letters(_token_lookalikes()[lookalike])
    return letters + "".join(h for h, c in _token_lookalikes().items() if c in letters and c.isalpha())


def _confident_repairs(findings: list[Finding]) -> dict[int, str]:
    """The confident repairs of one character each (position -> the character they show)."""
    shown: dict[int, str] = {}
    for finding in findings:
        edit = finding.edit
        if edit is None or edit.confidence <= DOUBT:
            continue
        where, after = edit.span, edit.after
        start, end = where.start, where.end
        if end - start == 1:  # (the common case, a mark: one item set, no zip)
            if len(after) == 1:
                shown[start] = after
        elif len(after) == end - start:
            shown.update(zip(range(start, end), after, strict=True))
    return shown


def _sibling_letters(char: str) -> str:
    """The ASCII letters before and after the letter ``char`` (ASCII) in the alphabet, of its case."""
    alphabet = string.ascii_lowercase if char.islower() else string.ascii_uppercase
    k = alphabet.index(char)
    return alphabet[max(0, k - 1) : k] + alphabet[k + 1 : k + 2]


def _named_with_sibling(text: str, at: int, shown: dict[int, str]) -> bool:
    """Whether the lone letter's look-alike at ``text[at]`` is named with its sibling letter
    (see SIBLING_CONNECTORS)."""
    if _is_letter(_shown(text, at - 1, shown)) or _is_letter(_shown(text, at + 1, shown)):
        return False
    letters = _sibling_letters(_token_lookalikes()[text[at]])
    for step in (1, -1):
        if _apart(_shown(text, at - step, shown), spaced=True) and _connected_sibling(text, at, step, letters, shown):
            return True
        if _apart(_shown(text, at - step, shown), spaced=False) and _framed_sibling(text, at, step, letters, shown):
            return True
    return False


def _apart(char: str, spaced: bool) -> bool:
    """Whether ``char`` sets a letter apart: a line's edge, a mark or its look-alike, an ASCII
    sign or bracket (``spaced``: a space too)."""
    if char in ("", "\n") or char in _lookalikes()[0]:
        return True
    if char in _INLINE_SPACES:
        return spaced
    return not (is_han(char) or char.isalnum())


def _is_sibling(text: str, at: int, sibling: int, letters: str, shown: dict[int, str]) -> bool:
    """Whether ``text[sibling]`` is a lone letter of ``letters`` (the siblings of the look-alike
    at ``text[at]``), written, read, or a look-alike itself (see SIBLING_NEVER)."""
    char = _shown(text, sibling, shown)
    letter = _token_lookalikes().get(char, char)
    if not letter or letter not in letters:
        return False
    if _is_letter(_shown(text, sibling - 1, shown)) or _is_letter(_shown(text, sibling + 1, shown)):
        return False
    return char.isascii() or not (char in SIBLING_NEVER and text[at] in SIBLING_NEVER)


def _connected_sibling(text: str, at: int, step: int, letters: str, shown: dict[int, str]) -> bool:
    """Whether a sibling stands beyond one of SIBLING_CONNECTORS set apart by spaces, from
    ``text[at]`` on (``step``: the direction)."""
    joint = _past_spaces(text, at + step, step)
    if joint == at + step or text[joint : joint + 1] not in SIBLING_CONNECTORS:
        return False
    sibling = _past_spaces(text, joint + step, step)
    if sibling == joint + step or not _is_sibling(text, at, sibling, letters, shown):
        return False
    # (在 再 则, function words, also with no hanzi on their other side: 我们 再 和 X 公司谈)
    return text[at] not in CLAUSE_WORDS or not _real_hanzi(_shown(text, _past_spaces(text, at - step, -step), shown))


def _framed_sibling(text: str, at: int, step: int, letters: str, shown: dict[int, str]) -> bool:
    """Whether a sibling stands in the same frame as the look-alike at ``text[at]``: the same
    hanzi beside it from ``text[at + step]`` on (two, or one after a space; in no word with the
    look-alike), nothing but a mark or a line's edge on its other side."""
    near = _past_spaces(text, at + step, step)
    size = 1 if near != at + step else 2
    frame_end = near + step * (size - 1)
    if not all(_real_hanzi(_shown(text, k, shown)) for k in (near, frame_end)):
        return False
    if size == 2 and lexicon.frequency(text[min(at, near) : max(at, near) + 1]):
        return False  # (负载, 现在: a word)
    first, last = sorted((at + step, frame_end))
    frame = text[first : last + 1]
    low, high = max(0, at - SIBLING_REACH), min(len(text), at + SIBLING_REACH)
    found = text.find(frame, low, high)
    while found >= 0:
        sibling = found - 1 if step == 1 else found + len(frame)
        beside = _shown(text, sibling - step, shown)  # (the sibling's other side)
        if sibling != at and _apart(beside, spaced=False) and _is_sibling(text, at, sibling, letters, shown):
            return True
        found = text.find(frame, found + 1, high)
    return False


#: A range of cells (A1:B2, $A$1:$B$2) with one of its letters in ASCII, which no prose writes
#: beside hanzi: its look-alikes of capitals and digits are the range's (A员:月圆 is A1:B2,
#: 粤员:B2 A1:B2). Not by ASCII digits alone (粤1:月6 on a page of no Latin letter: a news
#: page's hanzi), nor in prose's words at its edges (see :func:`_range_in_words`).
CELL_RANGE_NOTE: Final = "in a range of cells written partly in ASCII (A1:B2)"
#: A function key F1-F12 after ``+`` or set apart by a space, a bracket or a quotation, before
#: no hanzi (Shift+F员 F1, 渊F远冤 （F6）, 「命令Ctrl+F远」): the ASCII F shows the key, and no
#: word starts with F.
FUNCTION_KEY_NOTE: Final = "a function key's number after an ASCII F (Shift+F1, (F6))"
#: What FUNCTION_KEY_NOTE's F follows: a key combination's + (Shift+F1), a space (按 F6), an
#: opening bracket or quotation, real or a look-alike (（F6）, 渊F6冤, 「F6」, “F6”, 野F6冶).
FUNCTION_KEY_BEFORE: Final = "+ (（渊「“野"
#: The last function key FUNCTION_KEY_NOTE reads (F1-F12: F13 and on are on no keyboard).
FUNCTION_KEY_MAX: Final = 12
#: A year's decade left open (20xx 年, 19xx 年): two ｘ after a century before 年 (曾曾 is
#: only ever 曾曾祖父, great-great-grandfather, after no number).
OPEN_YEAR_NOTE: Final = "a year left open (20xx 年)"
#: The centuries OPEN_YEAR_NOTE's years are in (19xx 年, 20xx 年): those a manual's dates take.
OPEN_YEAR_CENTURIES: Final = ("19", "20")
#: A cell made absolute by ``$`` ($A$1, A$1, $A1), one of its capitals or digits a look-alike
#: ($粤$1, 粤$员): prose sets ``$`` before an amount, never between a capital and a number, nor
#: before a capital and a number together. One ``$`` alone follows no hanzi of a word (每月$100:
#: a month's price, no cell B$100).
ABSOLUTE_CELL_NOTE: Final = "a cell made absolute by $ ($A$1, A$1)"
#: Keys named by two words, the first in ASCII and the second's letters garbled (Page 哉责 is
#: Page Up): no prose writes a hanzi after Page and a space.
NAMED_KEYS: Final = {"Page": ("Up", "Down")}
NAMED_KEY_NOTE: Final = "the second word of a key's name after its first in ASCII (Page Up)"
#: A text encoded for a URL (%D0%B0%D0%B2): three bytes or more in a row, each a ``%`` (or its
#: look-alike 豫) and two hexadecimal digits, ASCII or look-alikes (%阅园豫B0%D0%月2 %D0%B0%D0%B2),
#: with an ASCII ``%`` and an ASCII hexadecimal digit: no prose runs hanzi between percent signs.
URL_ENCODED_NOTE: Final = "a byte of a text encoded for a URL (%D0%B0)"
#: The fewest bytes of URL_ENCODED_NOTE's run (豫园 is the Yu Garden: a byte alone is a word).
URL_ENCODED_BYTES: Final = 3
#: The names of HTML tags that a manual shows in angle brackets (<h1>, </h1>, <br>), read
#: where their letters and digits are look-alikes (<澡员> <h1>): a hanzi between ``<`` and ``>``
#: is a placeholder's (<文件名>, <年>-<月>), so only a name of two characters or more that reads
#: as a tag's, or a letter's alone before an attribute in ASCII (<粤 name> <A name>).
HTML_TAGS: Final = frozenset(
    (
        *("h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "td", "tr", "th", "li", "ul", "ol"),
        *("em", "dl", "dt", "dd", "img", "div", "pre", "sub", "sup"),
    )
)
HTML_TAG_NOTE: Final = "the name of an HTML tag in angle brackets (<h1>, <A name>)"
#: A quoted name's number, one or two digits set apart by a space after the name and closing the
#: quotation (「标题 员」 「标题 1」, 「工作表 员」, 「GoTo 园」): prose spaces no hanzi from the
#: word before it. The name is an ASCII word or a manual's noun for what a user numbers
#: (NUMBERED_NOUNS; not a person's name spaced from its given name: “司马 远”, 「欧阳 圆圆」),
#: makes no word with the look-alikes (「共产党 员」 across a line's break: 党员) and is quoted
#: on the line; 源 alone is a software's source (「软件 源」).
QUOTED_NUMBER_NOTE: Final = "a quoted name's number after a space (「标题 1」, 「GoTo 0」)"
NUMBERED_NOUNS: Final = (
    *("标题", "工作表", "样式", "图表", "幻灯片", "页面", "表格", "文档", "段落", "图片", "对象", "框架", "视图"),
    *("区域", "图层", "字段", "查询", "报表", "窗体", "模块", "系列", "列表", "文本框", "按钮", "图形", "序列"),
)
#: The quotations QUOTED_NUMBER_NOTE's number closes, and their openers (real, or a look-alike).
QUOTED_NUMBER_CLOSERS: Final = "」』”冶"
QUOTED_NUMBER_OPENERS: Final = "「『“野"
#: A number quoted alone in a manual's corner brackets (「员圆」 「12」): two or three digits'
#: look-alikes that make no word (远远, 源源, 远缘) nor double one hanzi (「圆圆」: a nickname).
#: Not in “ ” (news quotes a name, a brand, a nickname so: 商标“苑园”, 婚庆公司叫“圆缘”), nor a
#: look-alike alone, whatever stands near (以“圆”为主题, 赶到“圆”梦小区: a word discussed).
QUOTED_DIGITS_NOTE: Final = "a number quoted alone in corner brackets (「12」)"
QUOTED_DIGITS_OPENER, QUOTED_DIGITS_CLOSER = "「", "」"
#: A digit quoted alone in a list of quoted values beside a quoted number (包含「怨」「12」和「9」,
#: 包含值「圆」「3」和「源」): its neighbour, right beside it or past one of these, holds ASCII
#: digits or the look-alikes of QUOTED_DIGITS_NOTE's number; prose quotes a character beside no
#: number (「圆」「缘」二字: neither is one). And the list holds two other numbers (a digit's
#: look-alike alone is one), or follows one of QUOTED_VALUE_WORDS: prose sets a character beside
#: one number as two words compared (关键词是「缘」和「520」, 「圆」「100」两种写法).
QUOTED_LIST_JOINTS: Final = "和或、尧"
#: The words a manual opens a list of values with (包含「怨」「12」时, 值「圆」「3」, 输入「园」).
QUOTED_VALUE_WORDS: Final = ("包含", "值", "输入")
#: What says a list's quotations are characters (三个字「园」「12」和「1」, 「圆」「12」等字): its
#: look-alikes quoted alone read as hanzi as well as digits, so none is read (a doubt at most).
#: The list follows CHARACTER, or CHARACTER follows it past what counts them (二字, 这几个字).
CHARACTER: Final = "字"
CHARACTER_COUNTERS: Final = "这那等二两三四五六几个"
#: The most quotations of a list read on each side of the digit.
QUOTED_LIST_MAX: Final = 6
#: The most digits of the quoted number beside it (「12」, 「255」).
QUOTED_DIGITS_MAX: Final = 3
QUOTED_LIST_NOTE: Final = "a digit quoted alone beside a quoted number (「9」「12」和「9」)"


@functools.cache
def _manual_token_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a range of cells: two cells, ASCII capitals and digits or their look-alikes, absolute
    or not, parted by ``:``, no letter or digit on either side; a function key, its F right
    before; a year left open)."""
    lookalikes = _token_lookalikes()
    capitals = "A-Z" + "".join(h for h, c in lookalikes.items() if c.isupper())
    digits = "0-9" + "".join(h for h, c in lookalikes.items() if c.isdigit())
    cell = f"\\$?[{capitals}]{{1,2}}\\$?[{digits}]{{1,5}}"
    alnum = "A-Za-z0-9" + "".join(lookalikes)
    times = "".join(h for h, c in lookalikes.items() if c == "x")
    code = {c: h for h, c in lookalikes.items() if c.isdigit()}
    # Each is led by a class of its first characters (or its F), which the regex engine scans
    # for, and asserts what stands before from there: a pattern led by a look-behind is tried
    # at every position (ten times slower). So the first cell starts with its $ or its first
    # letter, and takes one more letter or two after a $, one or none after a letter.
    first_cell = (
        f"[${capitals}](?<=(?<![{alnum}]).)(?:(?<=\\$)[{capitals}]{{1,2}}|(?<!\\$)[{capitals}]?)\\$?[{digits}]{{1,5}}"
    )
    centuries = "".join(f"{y[0]}{code[y[0]]}" for y in OPEN_YEAR_CENTURIES)
    decades = "|".join(f"(?<=[{y[0]}{code[y[0]]}])[{y[1]}{code[y[1]]}]" for y in OPEN_YEAR_CENTURIES)
    return (
        re.compile(f"{first_cell}:{cell}(?![{alnum}])"),
        re.compile(f"F(?<=[{re.escape(FUNCTION_KEY_BEFORE)}]F)([{digits}]{{1,2}})(?![{alnum}])"),
        re.compile(f"[{centuries}](?<=(?<![{alnum}]).)(?:{decades})[{times}]{{2}}(?=[{_INLINE_SPACES}]?年)"),
    )


def _manual_tokens(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` (in span order) with the look-alikes of a manual's tokens read, on a line
    with a confident repair: a range of cells partly in ASCII (CELL_RANGE_NOTE), a function key
    (FUNCTION_KEY_NOTE), a year left open (OPEN_YEAR_NOTE), a cell made absolute
    (ABSOLUTE_CELL_NOTE), a key's name (NAMED_KEY_NOTE), a quoted name's number
    (QUOTED_NUMBER_NOTE), a number quoted alone (QUOTED_DIGITS_NOTE), a text encoded for a URL
    (URL_ENCODED_NOTE), an HTML tag's name (HTML_TAG_NOTE); a doubt inside is replaced."""
    ranges, keys, years = _manual_token_res()
    spans: list[tuple[int, int, str]] = []
    if ":" in text:
        for match in ranges.finditer(text):
            start, end = match.span()
            cells = match.group()
            if not any(c.isascii() and c.isalpha() for c in cells) or all(c.isascii() for c in cells):
                continue
            if not _range_in_words(text, start, end):
                spans.append((start, end, CELL_RANGE_NOTE))
    if "F" in text:
        for match in keys.finditer(text):
            start, end = match.span(1)
            number = "".join(_token_lookalikes().get(c, c) for c in match.group(1))
            after = text[end : end + 1]
            if 1 <= int(number) <= FUNCTION_KEY_MAX and not _real_hanzi(after):
                spans.append((start, end, FUNCTION_KEY_NOTE))
    if "年" in text:
        spans += [(*match.span(), OPEN_YEAR_NOTE) for match in years.finditer(text)]
    if "$" in text:
        spans += _absolute_cells(text)
    if any(first in text for first in NAMED_KEYS):
        spans += _named_keys(text)
    spans += _quoted_numbers(text, findings)
    spans += _quoted_digits(text)
    if "%" in text:
        spans += _url_encoded(text)
    if "<" in text:
        spans += _html_tags(text)
    return _read_spans(text, findings, spans) if spans else findings


@functools.cache
def _absolute_cell_re() -> re.Pattern[str]:
    """A cell with a ``$`` at least (ASCII capitals and digits or their look-alikes), no letter,
    digit, ``$`` or ``:`` (a range's, read as one) on either side."""
    lookalikes = _token_lookalikes()
    capitals = "A-Z" + "".join(h for h, c in lookalikes.items() if c.isupper())
    digits = "0-9" + "".join(h for h, c in lookalikes.items() if c.isdigit())
    edge = "A-Za-z0-9$:" + "".join(lookalikes)
    # (led by a class of its first characters, as _manual_token_res's first cell: see there)
    first = f"[${capitals}](?<=(?<![{edge}]).)(?:(?<=\\$)[{capitals}]{{1,2}}|(?<!\\$)[{capitals}]?)"
    return re.compile(f"{first}\\$?[{digits}]{{1,5}}(?![{edge}])")


def _absolute_cells(text: str) -> list[tuple[int, int, str]]:
    """The spans of the cells made absolute by ``$`` that hold a look-alike (ABSOLUTE_CELL_NOTE)."""
    lookalikes = _token_lookalikes()
    spans = []
    for match in _absolute_cell_re().finditer(text):
        start, end = match.span()
        cell = match.group()
        dollars = cell.count("$")
        if not dollars or not any(c in lookalikes for c in cell):
            continue
        if dollars == 1 and _real_hanzi(text[start - 1 : start]):
            continue  # (每月$100: an amount after a word)
        spans.append((start, end, ABSOLUTE_CELL_NOTE))
    return spans


@functools.cache
def _quoted_number_re() -> re.Pattern[str]:
    """One or two digits' look-alikes after a space, before the closer of a quotation (group 1)."""
    digits = "".join(h for h, c in _token_lookalikes().items() if c.isdigit())
    return re.compile(f" ([{digits}]{{1,2}})[{QUOTED_NUMBER_CLOSERS}]")


def _quoted_numbers(text: str, findings: list[Finding]) -> list[tuple[int, int, str]]:
    """The spans of the numbers of quoted names (QUOTED_NUMBER_NOTE)."""
    spans = []
    shown: dict[int, str] | None = None
    for match in _quoted_number_re().finditer(text):
        start, end = match.span(1)
        if match.group(1) == LATIN_SOURCE:
            continue
        line = text.rfind("\n", 0, start) + 1
        opened = max(text.rfind(c, line, start) for c in QUOTED_NUMBER_OPENERS)
        if opened < 0 or any(text.find(c, opened, start) >= 0 for c in QUOTED_NUMBER_CLOSERS):
            continue  # (no quotation open on the line)
        if shown is None:
            shown = _confident_repairs(findings)
        if _numbered_name(text, start, end, opened, shown):
            spans.append((start, end, QUOTED_NUMBER_NOTE))
    return spans


def _numbered_name(text: str, start: int, end: int, opened: int, shown: dict[int, str]) -> bool:
    """Whether the name before the space before ``text[start:end]`` (look-alikes of digits,
    inside the quotation opened at ``text[opened]``) may be numbered by them: an ASCII word
    (written or read), or one of NUMBERED_NOUNS that makes no word with the look-alikes."""
    space = start - 1
    last = _shown(text, space - 1, shown)
    if last.isascii() and last.isalpha():
        return True
    name = next((noun for noun in NUMBERED_NOUNS if text.endswith(noun, opened + 1, space)), "")
    if not name:
        return False
    numbers = [text[start:stop] for stop in range(start + 1, end + 1)]
    return not any(lexicon.frequency(name[k:] + number) for k in range(len(name)) for number in numbers)


@functools.cache
def _quoted_digits_re() -> re.Pattern[str]:
    """Two or three digits' look-alikes in corner brackets (group 1: the look-alikes)."""
    digits = "".join(h for h, c in _token_lookalikes().items() if c.isdigit())
    return re.compile(f"{QUOTED_DIGITS_OPENER}([{digits}]{{2,3}}){QUOTED_DIGITS_CLOSER}")


def _quoted_digits(text: str) -> list[tuple[int, int, str]]:
    """The spans of the numbers quoted alone (QUOTED_DIGITS_NOTE, QUOTED_LIST_NOTE)."""
    if QUOTED_DIGITS_OPENER not in text:
        return []  # (the common case)
    spans = [
        (*match.span(1), QUOTED_DIGITS_NOTE)
        for match in _quoted_digits_re().finditer(text)
        if _quoted_number(match.group(1))
    ]
    for match in _quoted_digit_re().finditer(text):
        start = match.start(1)
        if (
            _quoted_number_beside(text, start - 1, -1) or _quoted_number_beside(text, start + 1, 1)
        ) and _quoted_list_of_values(text, start):
            spans.append((start, start + 1, QUOTED_LIST_NOTE))
    return spans


@functools.cache
def _quoted_digit_re() -> re.Pattern[str]:
    """One digit's look-alike in corner brackets (group 1)."""
    digits = "".join(h for h, c in _token_lookalikes().items() if c.isdigit())
    return re.compile(f"{QUOTED_DIGITS_OPENER}([{digits}]){QUOTED_DIGITS_CLOSER}")


def _quoted_number_beside(text: str, bracket: int, step: int) -> bool:
    """Whether the quotation next to the one whose bracket is at ``text[bracket]`` (``step``:
    the direction; right beside it or past one of QUOTED_LIST_JOINTS) quotes a number: ASCII
    digits, or look-alikes :func:`_quoted_number` reads."""
    quoted = _quotation_beside(text, bracket, step)[0]
    if quoted.isascii():
        return quoted.isdigit()
    return len(quoted) >= 2 and all(c in _lookalikes()[1] for c in quoted) and _quoted_number(quoted)


def _quotation_beside(text: str, bracket: int, step: int) -> tuple[str, int]:
    """What the quotation next to the one whose bracket is at ``text[bracket]`` quotes (see
    :func:`_quoted_number_beside`; QUOTED_DIGITS_MAX characters at most) and where its far
    bracket stands; ("", -1) where none stands there."""
    near = bracket + step
    if 0 <= near < len(text) and text[near] in QUOTED_LIST_JOINTS:
        near += step
    first, last = QUOTED_DIGITS_OPENER, QUOTED_DIGITS_CLOSER
    if step < 0:
        first, last = last, first
    if not (0 <= near < len(text) and text[near] == first):
        return "", -1
    far = near + step
    while 0 <= far < len(text) and abs(far - near) <= QUOTED_DIGITS_MAX and text[far] != last:
        far += step
    if not (0 <= far < len(text) and text[far] == last and abs(far - near) > 1):
        return "", -1
    return text[min(near, far) + 1 : max(near, far)], far


def _quoted_list_of_values(text: str, start: int) -> bool:
    """Whether the digit's look-alike quoted alone at ``text[start]`` is one value of a list
    (QUOTED_LIST_JOINTS' note): two other quotations of the list are numbers (ASCII digits, a
    number's look-alikes, a digit's alone), or one of QUOTED_VALUE_WORDS opens the list."""
    digits = _lookalikes()[1]
    numbers, opened, closed = 0, start - 1, start + 1
    for step in (-1, 1):
        bracket = start + step
        for _ in range(QUOTED_LIST_MAX):
            quoted, bracket = _quotation_beside(text, bracket, step)
            if not quoted:
                break
            if step < 0:
                opened = bracket
            else:
                closed = bracket
            numbers += quoted.isdigit() or all(c in digits for c in quoted)
    if _list_of_characters(text, opened, closed):
        return False
    return numbers >= 2 or text.endswith(QUOTED_VALUE_WORDS, 0, opened)


def _list_of_characters(text: str, opened: int, closed: int) -> bool:
    """Whether the quoted list from ``text[opened]`` to ``text[closed]`` is said to be of
    characters (三个字「园」「12」和「1」, 「圆」「12」二字): CHARACTER before it or after it."""
    if text[opened - 1 : opened] == CHARACTER:
        return True
    after = closed + 1
    while after < len(text) and after - closed <= 3 and text[after] in CHARACTER_COUNTERS:
        after += 1
    return text[after : after + 1] == CHARACTER


def _quoted_number(digits: str) -> bool:
    """Whether the look-alikes ``digits`` (quoted alone) read as a number by themselves: no
    one hanzi doubled, no word (QUOTED_DIGITS_NOTE)."""
    if len(digits) == 2 and digits[0] == digits[1]:
        return False
    return not any(lexicon.frequency(digits[k : k + 2]) for k in range(len(digits) - 1))


@functools.cache
def _url_encoded_re() -> re.Pattern[str]:
    """URL_ENCODED_BYTES bytes of a text encoded for a URL or more, in a row."""
    hexadecimal = "0-9A-Fa-f" + "".join(h for h, c in _token_lookalikes().items() if c in string.hexdigits)
    byte = f"[{PERCENT_SIGNS}][{hexadecimal}]{{2}}"
    # (``(?:byte){3,}`` as one byte and two or more: led by the percent signs, which the engine
    # skips to, where led by a repeat it tried a match at every character of the page)
    return re.compile(f"{byte}(?:{byte}){{{URL_ENCODED_BYTES - 1},}}(?![{hexadecimal}])")


def _url_encoded(text: str) -> list[tuple[int, int, str]]:
    """The spans of the texts encoded for a URL that hold look-alikes (URL_ENCODED_NOTE)."""
    spans: list[tuple[int, int, str]] = []
    if "%" not in text:
        return spans  # (each run holds an ASCII %: no scan of a page without one)
    for match in _url_encoded_re().finditer(text):
        run = match.group()
        if "%" in run and any(c in string.hexdigits for c in run) and not run.isascii():
            spans.append((*match.span(), URL_ENCODED_NOTE))
    return spans


@functools.cache
def _html_tag_re() -> re.Pattern[str]:
    """A tag's name after ``<`` or ``</`` (group 1), before ``>`` or a space."""
    alnum = "A-Za-z0-9" + "".join(_token_lookalikes())
    return re.compile(f"</?([{alnum}]{{1,3}})(?=[> ])")


def _html_tags(text: str) -> list[tuple[int, int, str]]:
    """The spans of the names of HTML tags that hold look-alikes (see HTML_TAGS)."""
    lookalikes = _token_lookalikes()
    spans = []
    for match in _html_tag_re().finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if name.isascii():
            continue
        read = "".join(lookalikes.get(c, c) for c in name)
        if len(read) == 1:
            attribute = text[end + 1 : end + 2]
            if not (text[end] == " " and attribute.isascii() and attribute.isalpha()):
                continue
        elif read.lower() not in HTML_TAGS:
            continue
        spans.append((start, end, HTML_TAG_NOTE))
    return spans


def _named_keys(text: str) -> list[tuple[int, int, str]]:
    """The spans of the second words of NAMED_KEYS garbled whole after their first in ASCII and
    a space, before no letter or digit (Page 哉责 Page Up)."""
    lookalikes = _token_lookalikes()
    spans = []
    for first, seconds in NAMED_KEYS.items():
        at = text.find(first + " ")
        while at >= 0:
            start = at + len(first) + 1
            if not (at and _alnum(text[at - 1])):
                for second in seconds:
                    end = start + len(second)
                    garbled = "".join(lookalikes.get(c, "") for c in text[start:end])
                    after = text[end : end + 1]
                    if garbled == second and not (_alnum(after) or after in lookalikes):
                        spans.append((start, end, NAMED_KEY_NOTE))
            at = text.find(first + " ", at + 1)
    return spans


def _range_in_words(text: str, start: int, end: int) -> bool:
    """Whether the range of cells at ``text[start:end]`` is prose's hanzi: a word of the lexicon
    holds its first look-alike with the hanzi before (截至本月1:B3: 本月), or a hanzi follows it
    and its second cell is all look-alikes (场次C3:月圆之夜: 月圆 the full moon, 展位A1:在园区)
    or a word holds its last with that hanzi (B2:B远处: 远处). A manual's range stands before a
    space or a mark (A1:B2 区域, (A1:B2)), where the hanzi before may name it (命名为A1:B2)."""
    lookalikes = _token_lookalikes()
    if start and text[start] in lookalikes and lexicon.frequency(text[start - 1 : start + 1]):
        return True
    if not _real_hanzi(text[end : end + 1]):
        return False
    second = text[text.index(":", start) + 1 : end]
    return all(c in lookalikes for c in second) or bool(lexicon.frequency(text[end - 1 : end + 1]))


def _read_spans(
    text: str, findings: list[Finding], spans: list[tuple[int, int, str]], quiet: frozenset[int] | None = None
) -> list[Finding]:
    """``findings`` (in span order) with each look-alike in ``spans`` (start, end, why) read,
    where its line has a confident repair (or, given ``quiet``, the starts of the lines not
    garbled: where the evidence is enough by itself, on a garbled line) and it has none; a
    doubt inside is replaced."""
    lookalikes = _token_lookalikes()
    lines_of = _Lines(text)
    lines: dict[int, tuple[dict[int, str], dict[int, Finding]]] = {}  # line start -> its repairs, doubts
    added: list[Finding] = []
    dropped: set[int] = set()
    for start, end, why in spans:
        line = lines_of.start_of(start)
        if line not in lines:
            lines[line] = _line_repairs(text, line, findings)
        shown, doubts = lines[line]
        if not (shown or (quiet is not None and line not in quiet)):
            continue
        for at in range(start, end):
            if text[at] not in lookalikes or at in shown:
                continue
            inside = _doubts_inside(doubts, at, at + 1)
            if inside is None:
                continue
            cand = _Candidate(at, at + 1, text[at], lookalikes[text[at]])
            cand.add(LIKELY_FROM + 1.0, why, EV_OTHER)
            added.append(_finding(RULE_DIGIT if cand.symbol.isdigit() else RULE, cand, LIKELY))
            dropped.update(id(d) for d in inside)
    return _merged(findings, added, dropped)


#: A code's dash (DVD—P10, CD—ROM, HTA—1型, C5512—1986): a single 要 with a token read on one
#: side (ASCII, or its look-alikes repaired) and capitals or digits on the other, read or not.
CODE_DASH_NOTE: Final = "between the parts of a code or a model's name, one of them read (DVD—P10, HTA—1型)"
#: The fewest digits of a code made of digits alone before its dash (an account's 144132—55):
#: fewer may be a count, the verb's subject or object (3要5 is a range, read elsewhere).
CODE_DIGITS_MIN: Final = 3


def _code_dashes(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` (in span order) with the dash of a code read where one of its parts is read
    already (``阅灾阅要孕员园`` is DVD—P10 once DVD and P10 are, ``匀栽粤要员型`` HTA—1型 once HTA
    is): a single 要 between a capital or a digit shown (ASCII or confidently repaired, one side
    at least repaired: two parts in ASCII are numbers._code_dash's) and, on its other side,
    another shown or a run of look-alikes of capitals and digits, which is read with it
    (:func:`_code_part`). The verb 要 after a Latin name stands before a word (IBM要员工,
    WTO要求), a quantity (DVD要10分钟, 1要3个: numbers._code_dash's rule) or a lower-case name
    (xp要sp3); a doubt at the 要 or in the run is replaced."""
    lookalikes = _token_lookalikes()
    lines_of: _Lines | None = None  # (found when first needed: most texts have no code's dash)
    lines: dict[int, tuple[dict[int, str], dict[int, Finding]]] = {}  # line start -> its repairs, doubts
    added: list[Finding] = []
    dropped: set[int] = set()
    at = text.find(DASH_LOOKALIKE)
    while at >= 0:
        here, at = at, text.find(DASH_LOOKALIKE, at + 1)
        before, after = text[here - 1 : here], text[here + 1 : here + 2]
        if not (before and after) or DASH_LOOKALIKE in (before, after):
            continue  # (要要 is ——, read as one)
        if not (_alnum(before) or before in lookalikes) or not (_alnum(after) or after in lookalikes):
            continue  # (the common case: no letter or digit beside it)
        if lines_of is None:
            lines_of = _Lines(text)
        line = lines_of.start_of(here)
        if line not in lines:
            lines[line] = _line_repairs(text, line, findings)
        shown, doubts = lines[line]
        left, right = _shown(text, here - 1, shown), _shown(text, here + 1, shown)
        if here - 1 not in shown and here + 1 not in shown:
            continue  # (both parts ASCII: numbers._code_dash's; or neither read: no evidence)
        start, end = here, here + 1
        if not (_code_char(left) and _code_char(right)):
            if _code_char(left) and after in lookalikes:
                end = _code_part(text, here + 1, 1, shown)
            elif _code_char(right) and before in lookalikes:
                start = _code_part(text, here - 1, -1, shown) + 1
            if end - start == 1:
                continue  # (no part of a code on one side)
        if not _code_dash_read(text, here, start, end, shown):
            continue
        inside = _doubts_inside(doubts, start, end)
        if inside is None:
            continue
        for k in range(start, end):
            symbol = EM_DASH if k == here else lookalikes[text[k]]
            cand = _Candidate(k, k + 1, text[k], symbol)
            cand.add(LIKELY_FROM + 1.0, CODE_DASH_NOTE, EV_OTHER)
            added.append(_finding(RULE_DIGIT if symbol.isdigit() else RULE, cand, LIKELY))
        dropped.update(id(d) for d in inside)
    return _merged(findings, added, dropped)


def _alnum(char: str) -> bool:
    """An ASCII letter or digit (a look-alike's hanzi is alphanumeric to str.isalnum)."""
    return char.isascii() and char.isalnum()


def _code_char(char: str) -> bool:
    """A capital or a digit in ASCII: what a code's part has beside its dash (F—16, CD—ROM)."""
    return char.isascii() and (char.isupper() or char.isdigit())


def _code_part(text: str, at: int, step: int, shown: dict[int, str]) -> int:
    """Where the run of look-alikes of capitals and digits from ``text[at]`` (``step``: the
    direction) stops, none shown: the first position beyond it (``at`` itself when none is)."""
    lookalikes = _token_lookalikes()
    while 0 <= at < len(text) and at not in shown and _code_char(lookalikes.get(text[at], "")):
        at += step
    return at


def _code_dash_read(text: str, here: int, start: int, end: int, shown: dict[int, str]) -> bool:
    """Whether the 要 at ``here`` and the look-alikes of ``text[start:end]`` beside it (the run
    of a code's part) read as a code: the run holds no 在 nor a word with the hanzi beyond it
    (要员 does not count: the 要 is the dash), nor stands alone as a hanzi of high risk at its
    edge (月 运, as at a token's edge) or one of LATIN_LONE_KEPT before no model's suffix
    (IT要员), nor, one look-alike alone after the dash, stands before anything but a model's
    suffix or a digit (HTA—1型, DVD要孕10; 3D要晕了, 3D要晕，头疼: the verb 要 before a verb, whose
    hanzi looks like a capital's, and a mark, real or garbled, or a line's end tells them apart
    no better: DVD要砸， is left, so DVD—R， at a clause's end is missed);
    a part of digits alone has CODE_DIGITS_MIN digits or more on the left (144132—55); no
    quantity follows the number after the dash (the verb's object: X200要8个, CPU要2G)."""
    lookalikes = _token_lookalikes()
    run = [k for k in range(start, end) if k != here]
    if run:
        first, last = run[0], run[-1] + 1
        segment = text[first:last]
        if _word_of_its_own(segment):  # (TOKEN_NEVER too)
            return False
        after_dash = first > here
        beyond = _shown(text, last if after_dash else first - 1, shown)
        if is_han(beyond) and beyond not in lookalikes:
            # (a word the run makes with the hanzi beyond it, not with the 要: 员工, 源源不断)
            ahead = "" if after_dash else _window(text, first, -1)
            window = ahead + segment + (_window(text, last - 1, 1) if after_dash else "")
            if any(_in_best_word(window, len(ahead) + k) for k in range(len(segment))):
                return False
        edge = text[last - 1] if after_dash else text[first]
        entry = shift_table()[edge]
        if entry.kind == "letter" and entry.risk == "high":
            return False
        if segment in LATIN_LONE_KEPT and not beyond.isdigit() and beyond not in MODEL_SUFFIXES:
            return False
        if after_dash and len(segment) == 1 and not (beyond.isdigit() or beyond in MODEL_SUFFIXES):
            # (3D要晕了, 3D要晕，头疼, CEO要宰，: the verb 要 before a verb of one hanzi, whatever
            # follows it; HTA—1型 and DVD—P10 are read, DVD—R， is missed)
            return False
    left = here - 1
    while left >= 0 and _shown_or_read(text, left, shown, start, end).isdigit():
        left -= 1
    if not _shown_or_read(text, left, shown, start, end).isalpha() and here - 1 - left < CODE_DIGITS_MIN:
        return False
    right = here + 1
    while _shown_or_read(text, right, shown, start, end).isdigit():
        right += 1
    letters = right
    while _shown_or_read(text, letters, shown, start, end).isalpha():
        letters += 1
    latin_unit = "".join(_shown_or_read(text, k, shown, start, end) for k in range(right, letters))
    return right == here + 1 or not _quantity_after(text, right, latin_unit in LATIN_UNITS)


def _shown_or_read(text: str, at: int, shown: dict[int, str], start: int, end: int) -> str:
    """The ASCII letter or digit at ``text[at]``, written, repaired, or in ``text[start:end]``
    read ('' if none)."""
    char = _shown(text, at, shown)
    if start <= at < end and char in _token_lookalikes():
        char = _token_lookalikes()[char]
    return char if _alnum(char) else ""


def _doubts_inside(doubts: dict[int, Finding], start: int, end: int) -> list[Finding] | None:
    """The doubts (position -> finding) on ``start:end``, which a reading of it replaces; None
    when one reaches beyond it (that reading is left to the doubt)."""
    inside = [doubts[k] for k in range(start, end) if k in doubts]
    return None if any(d.span.start < start or d.span.end > end for d in inside) else inside


def _merged(findings: list[Finding], added: list[Finding], dropped: set[int]) -> list[Finding]:
    """``findings`` (in span order) without those whose id() is in ``dropped``, with ``added`` in place."""
    if not added:
        return findings
    return _put_in_place([f for f in findings if id(f) not in dropped], added)


def _put_in_place(in_order: list[Finding], others: list[Finding]) -> list[Finding]:
    """``in_order`` (sorted by span) with ``others`` put in place, each after the findings of equal
    span before it, as ``bisect.insort_right`` would put them one by one (a stable sort of them
    all), but in one pass: each insertion into a list of thousands of findings moves all those
    after it: quadratic on a long text of figures."""
    if not others:
        return in_order
    merged: list[Finding] = []
    at = 0
    for finding in sorted(others, key=_BY_SPAN):
        cut = bisect.bisect_right(in_order, _BY_SPAN(finding), at, key=_BY_SPAN)
        merged += in_order[at:cut]
        merged.append(finding)
        at = cut
    merged += in_order[at:]
    return merged


def _line_repairs(text: str, line: int, findings: list[Finding]) -> tuple[dict[int, str], dict[int, Finding]]:
    """The confident repairs of one character each on the line that starts at ``text[line]``
    (position -> the character they show) and its doubts (position -> the finding); ``findings``:
    in span order."""
    end = text.find("\n", line)
    end = len(text) if end < 0 else end
    shown: dict[int, str] = {}
    doubts: dict[int, Finding] = {}
    first = bisect.bisect_left(findings, line, key=_SPAN_START)
    for finding in itertools.islice(findings, first, None):
        edit = finding.edit
        if finding.span.start >= end:
            break
        if edit is None:
            continue
        if edit.confidence <= DOUBT:
            doubts.update(dict.fromkeys(range(edit.start, edit.end), finding))
        elif len(edit.after) == edit.end - edit.start:
            shown.update(zip(range(edit.start, edit.end), edit.after, strict=True))
    return shown, doubts


#: What :func:`_operator_re` matches, each character once.
_OPERATOR_LEADS: Final = "".join(sorted(OPERATORS)) + FUNCTION_OPEN


@functools.cache
def _operator_re() -> re.Pattern[str]:
    """An operator or ``(`` (a scan for one class: faster than one for the look-alikes beside them)."""
    return re.compile(f"[{re.escape(''.join(sorted(OPERATORS)))}{re.escape(FUNCTION_OPEN)}]")


def _operand_spans(text: str) -> list[tuple[int, int]]:
    """Where a letter's look-alike or a run of digits' look-alikes stands after an operator or
    ``(``, or before an operator, across spaces (in text order): what :func:`_operand_at` reads
    further."""
    lookalikes = _token_lookalikes()
    digits = _lookalikes()[1]
    found: set[tuple[int, int]] = set()
    for match in _matches_led_by(_operator_re(), text, _OPERATOR_LEADS):
        at = match.start()
        start = _past_spaces(text, at + 1, 1)
        if text[start : start + 1] in lookalikes:
            end = start + 1
            while text[start] in digits and end < len(text) and text[end] in digits:
                end += 1
            found.add((start, end))
        end = _past_spaces(text, at - 1, -1) + 1
        if text[at] != FUNCTION_OPEN and end > 0 and text[end - 1] in lookalikes:
            start = end - 1
            while text[end - 1] in digits and start > 0 and text[start - 1] in digits:
                start -= 1
            found.add((start, end))
    letters = {h for h, c in lookalikes.items() if c.isalpha()}
    for match in _matches_led_by(_operator_word_re(), text, _INLINE_SPACES):
        # (a formula editor's word takes a digit too: 4 div 3)
        formula = "".join(lookalikes.get(c, c) for c in match.group()[1:]) in _FORMULA_WORDS
        for at in (_past_spaces(text, match.end(), 1), _past_spaces(text, match.start(), -1)):
            if text[at : at + 1] in letters or (formula and text[at : at + 1] in digits):
                found.add((at, at + 1))
    return sorted(found)


@functools.cache
def _operator_word_re() -> re.Pattern[str]:
    """One of OPERATOR_WORDS or PREFIX_OPERATOR_WORD, in ASCII or the look-alikes of its
    letters (晕耘匝 NEQ), set apart by spaces: what :func:`_beside_operator_word` reads further.
    Led by the space before it (matched with it: :func:`_operand_spans` reads from there), so
    that the engine scans for the space in C: led by a look-behind, it tried a match at every
    position of the text."""
    code: dict[str, str] = {}
    for hanzi, char in _token_lookalikes().items():
        code[char] = code.get(char, "") + hanzi
    words = sorted(
        (*OPERATOR_WORDS, PREFIX_OPERATOR_WORD, *FORMULA_OPERATOR_WORDS, *FORMULA_PREFIX_WORDS), key=len, reverse=True
    )
    spelled = "|".join("".join(f"[{c}{code.get(c, '')}]" for c in word) for word in words)
    return re.compile(f"[{_INLINE_SPACES}](?:{spelled})(?=[{_INLINE_SPACES}]|$)", re.MULTILINE)


def _operand_at(text: str, start: int, end: int, shown: dict[int, str]) -> bool:
    """Whether the look-alikes ``text[start:end]`` (one letter's, or digits') stand as an
    operand (see :func:`_operands`), ``shown``: the confident repairs."""
    digit = text[start] in _lookalikes()[1]
    if digit and (_placeholder_name(text, start, end) or _source_beside_target(text, start, end)):
        return False  # (cp <源> <目标>: a placeholder's name; 源=%s，目标=%s: numbers.TARGET)
    before, after = _shown(text, start - 1, shown), _shown(text, end, shown)
    for side in (before, after):
        if (side.isdigit() or side in _lookalikes()[1]) if digit else _is_letter(side):
            return False  # (part of a longer number or word: read whole elsewhere)
    unit = text[start] in OPERAND_UNITS
    if unit and before.isdigit():
        return False  # (1月=30天: a month)
    left, right = _past_spaces(text, start - 1, -1), _past_spaces(text, end, 1)
    beyond = _beyond_operator(text, left, -1, shown)
    if beyond is not None and not _real_hanzi(after) and (not unit or _is_letter(beyond)):
        return not _separated_from_prose(text, left, right, shown, beyond)
    beyond = _beyond_operator(text, right, 1, shown)
    if beyond is not None and not _real_hanzi(before) and (not unit or _is_letter(beyond)):
        return not _separated_from_prose(text, right, left, shown, beyond)
    return False


#: Look-alikes of letters that are function words of prose (则 'then', 再 'again', 在 'at'):
#: right after a clause mark of Chinese (，；： written or read: a formula separates its operands
#: by ASCII signs) whatever the operator beyond (文件，则 *.desktop 文件: the clause of 则 opens
#: after the comma); after a separator, which prose has too, before a hanzi or a mark (如果 A1>0,则 返回), or
#: before another operand across a space (若 x=1, 则 y=2), or across a space from a hanzi with
#: no letter or digit beyond the operator (他说 再 + 在 不行: prose spaced around a plus, not
#: y + z; X/再 误差线 and Ctrl+在 组合键 have the letter), they are no operand (not r).
CLAUSE_WORDS, SEPARATORS = "则再在", ",;"
#: The clause marks of Chinese prose a function word of CLAUSE_WORDS follows as prose.
PROSE_CLAUSE_MARKS: Final = frozenset(STOP_PUNCT)


def _separated_from_prose(text: str, operator: int, far: int, shown: dict[int, str], beyond: str) -> bool:
    """Whether the look-alike between the operator at ``text[operator]`` and ``text[far]`` (its
    other side, across spaces) is a function word of prose (see CLAUSE_WORDS); ``beyond``: what
    stands beyond the operator."""
    step = 1 if far > operator else -1
    operand = far - step
    while _shown(text, operand, shown) in _INLINE_SPACES:
        operand -= step
    if text[operand] not in CLAUSE_WORDS:
        return False
    beside = _shown(text, far, shown)
    if step < 0 and beside in PROSE_CLAUSE_MARKS:
        return True  # (文件，则 *.desktop: 则 opens a clause of prose; Ctrl+在。 is Z ending one)
    if abs(far - operand) > 1 and (beside.isdigit() or _is_letter(beside)):
        return True
    if abs(far - operand) > 1 and _real_hanzi(beside) and not beyond.isascii():
        return True  # (他说 再 + 在 不行: hanzi spaced around a plus, no letter or digit beyond it)
    return _shown(text, operator, shown) in SEPARATORS and not beside.isascii()


def _beyond_operator(text: str, at: int, step: int, shown: dict[int, str]) -> str | None:
    """What stands beyond the operators from ``text[at]`` on (``step``: the direction; across
    spaces; before ``(`` the last character of a Latin name), or None: no operator there, or a
    hanzi beyond it."""
    if step < 0 and _shown(text, at, shown) == FUNCTION_OPEN:
        name = _shown(text, at - 1, shown)
        return name if name.isascii() and name.isalnum() else None
    k = at
    while _shown(text, k, shown) in OPERATORS:
        k += step
    beyond = _shown(text, _past_spaces(text, k, step), shown)
    return None if k == at or _real_hanzi(beyond) else beyond


def _past_spaces(text: str, at: int, step: int) -> int:
    """Where the first character from ``text[at]`` (``step``: the direction) that is no inline space stands."""
    while 0 <= at < len(text) and text[at] in _INLINE_SPACES:
        at += step
    return at


def _shown(text: str, at: int, shown: dict[int, str]) -> str:
    """The character at ``text[at]`` with the confident repairs applied ('' beyond the text)."""
    if not 0 <= at < len(text):
        return ""
    return shown.get(at, text[at])


def _is_letter(char: str) -> bool:
    """An ASCII letter or a letter's look-alike."""
    return (char.isascii() and char.isalpha()) or _token_lookalikes().get(char, "").isalpha()


def _real_hanzi(char: str) -> bool:
    """A hanzi that is no look-alike of a mark, a digit or a letter (a word's)."""
    return is_han(char) and char not in _token_lookalikes() and char not in _lookalikes()[0]


def _word_beside_number(text: str, at: int) -> bool:
    """Whether the lone look-alike at ``at`` beside a number is a word's: a given name after a
    byline's role and a surname (记者王远猿远岁), or 远 'far' before a comparison (1/3远低于)."""
    return _given_name_in_byline(text, at) or _far_before_comparison(text, at)


def _beyond_a_date(text: str, start: int, end: int, repaired: dict[int, tuple[str, float]]) -> bool:
    """Whether the look-alikes ``text[start:end]``, read as digits with the digits beside them,
    would make a date or an age no calendar or life has (王远员月远日: no month 61, so 远 ends
    the name and the repaired 1 is not extended to it)."""
    first, last = start, end
    while first and _token_char(text, first - 1, repaired).isdigit():
        first -= 1
    while last < len(text) and _token_char(text, last, repaired).isdigit():
        last += 1
    return _value_beyond_range(text, first, last)


def _token_char(text: str, at: int, repaired: dict[int, tuple[str, float]]) -> str:
    """The ASCII letter or digit at ``text[at]``, written or repaired ('' if none)."""
    if at in repaired:
        return repaired[at][0]
    char = text[at : at + 1] if at >= 0 else ""
    return char if char.isascii() and char.isalnum() else ""


def _segment_read(
    text: str, start: int, end: int, repaired: dict[int, tuple[str, float]], taken: set[int]
) -> tuple[int, int, float] | None:
    """Where the look-alikes ``text[start:end]`` read as characters of their token, and how
    sure (that of the confident repair beside them), or None. At the token's edge, those the
    text beyond holds are left out first: a word's (选择栽450A: 选择 T450A), 在, a common hanzi
    (文件在圆G, 每月员G)."""
    left, right = _token_char(text, start - 1, repaired), _token_char(text, end, repaired)
    levels = [repaired[k][1] for k in (start - 1, end) if k in repaired]
    if left and right:
        return (start, end, min(levels)) if _inner_read(text[start:end], left, right) else None
    if left:
        while start < end and _outer_kept(text, start, end, end - 1, 1, taken):
            end -= 1
    else:
        while start < end and _outer_kept(text, start, end, start, -1, taken):
            start += 1
    if start == end or _word_of_its_own(text[start:end]):
        return None
    if left and _edge_read(text, start, end, end, left, 1, repaired, taken):
        return start, end, min(levels)
    if right and _edge_read(text, start, end, start - 1, right, -1, repaired, taken):
        return start, end, min(levels)
    return None


def _outer_kept(text: str, start: int, end: int, outer: int, step: int, taken: set[int]) -> bool:
    """Whether the look-alike at ``text[outer]``, the outermost of ``text[start:end]`` at a
    token's edge (``step``: 1 at its end, -1 at its start), is the hanzi: 在, a common hanzi
    that is a letter's look-alike, or in a word with the text beyond."""
    char = text[outer]
    entry = shift_table()[char]
    if char in TOKEN_NEVER or (entry.kind == "letter" and entry.risk == "high"):
        return True
    return _in_word_beyond(text, start, end, outer + step, step, taken)


def _word_of_its_own(segment: str) -> bool:
    """Whether ``segment`` holds a common word (贼怎 of ubuntu, a count of 3 in jieba's, is none) or 在."""
    return TOKEN_NEVER in segment or any(len(w) > 1 and lexicon.is_word(w) for w in lexicon.best_segmentation(segment))


def _inner_read(segment: str, left: str, right: str) -> bool:
    """Whether the look-alikes ``segment`` between two parts of a token (``left`` and ``right``,
    ASCII) read as its characters (ubun贼怎9): not a common hanzi alone (Windows再1次) nor a
    hanzi between two numbers (5月1日, 满100赠20)."""
    if _word_of_its_own(segment):
        return False
    letters = shift_table()
    high = [letters[c].risk == "high" for c in segment]
    if all(high):
        return False
    # (no letter stands between two numbers but a resolution's x, read elsewhere: 5月1日, 满100赠20)
    return not (left.isdigit() and right.isdigit() and not segment.isdigit())


def _edge_read(
    text: str,
    start: int,
    end: int,
    out: int,
    inner: str,
    step: int,
    repaired: dict[int, tuple[str, float]],
    taken: set[int],
) -> bool:
    """Whether the look-alikes ``text[start:end]`` at a token's edge read as its letters or
    digits: ``inner`` is the repaired character on their token's side, ``text[out]`` the
    character beyond them (``step``: 1 when it follows them, -1 when it precedes them)."""
    lookalikes = _token_lookalikes()
    symbols = "".join(lookalikes[c] for c in text[start:end])
    if symbols.isdigit():
        lone = inner.isalpha() and step == 1 and len(symbols) == 1 and text[start] in LATIN_LONE_KEPT
        if lone and not _lone_digit_after_word(text, start, out, repaired, taken):
            return False
    elif not (symbols.isalpha() and _letters_read(text, start, end, symbols, inner, step, repaired, taken)):
        return False  # (and a run of letters and digits at an edge: too little said for either)
    return not _in_word_beyond(text, start, end, out, step, taken)


def _lone_digit_after_word(
    text: str, at: int, out: int, repaired: dict[int, tuple[str, float]], taken: set[int]
) -> bool:
    """Whether the look-alike of LATIN_LONE_KEPT at ``text[at]``, right after a Latin word and
    alone before ``text[out]``, is its digit: not before a hanzi (IT员工作, SOHO苑小区) nor after
    capitals (IT员，), 源 (a source: yum源。) only after a cell's letter or before a space or ASCII
    (Expression员」, (A员), IPv源 地址)."""
    word = _latin_word_before(text, at, repaired)
    outside = text[out] if 0 <= out < len(text) else ""
    if (is_han(outside) and out not in taken) or (len(word) >= 2 and word.isupper()):
        return False
    return text[at] != LATIN_SOURCE or len(word) == 1 or outside.isascii() or outside in _INLINE_SPACES


def _letters_read(
    text: str,
    start: int,
    end: int,
    symbols: str,
    inner: str,
    step: int,
    repaired: dict[int, tuple[str, float]],
    taken: set[int],
) -> bool:
    """Whether the letters' look-alikes ``text[start:end]`` (``symbols``) at a token's edge read
    as its letters (see :func:`_edge_read`): none of high risk (运200吨, 再200米, 3则); not a
    counter after a number (3载 three years, 3扎 three jugs; but HMC5010载, a code's X) nor
    before a number and its counter (孕12周, 扎10针); of the case of the letters beside them."""
    letters = shift_table()
    if any(letters[c].risk == "high" for c in text[start:end]):
        return False
    if inner.isdigit() and step == 1:
        counter = _counter_at(text, start) or text[start] in COUNTING_LETTERS
        return not counter or bool(_latin_word_before(text, _number_start(text, start, repaired), repaired))
    if inner.isdigit():
        return not _counter_at(text, _token_end(text, end, repaired, taken))
    if step == 1:
        return inner.islower() == symbols[0].islower()  # (Gimmick泽: s)
    return not (inner.isupper() and symbols[-1].islower())  # (灾BA: V)


def _latin_word_before(text: str, at: int, repaired: dict[int, tuple[str, float]]) -> str:
    """The Latin word (written or repaired) that ends right before ``text[at]``."""
    word = ""
    while (char := _token_char(text, at - 1 - len(word), repaired)).isalpha():
        word = char + word
    return word


def _number_start(text: str, at: int, repaired: dict[int, tuple[str, float]]) -> int:
    """Where the digits (written or repaired) that end right before ``text[at]`` start."""
    while _token_char(text, at - 1, repaired).isdigit():
        at -= 1
    return at


def _token_end(text: str, at: int, repaired: dict[int, tuple[str, float]], taken: set[int]) -> int:
    """Where the token's characters (written or repaired: 745.5) from ``text[at]`` on end."""
    while _token_char(text, at, repaired) or (at in taken and at + 1 in repaired):
        at += 1
    return at


def _counter_at(text: str, at: int) -> bool:
    """Whether a unit or a counter a number stands before starts at ``text[at]`` (个, 小时, 针;
    not 处理器: L7700处理器)."""
    return (
        _unit_char(text[at : at + 1])
        or text.startswith(NUMBER_AFTER_WORDS, at)
        or text.startswith(INFORMAL_COUNTERS, at)
        or _run_counter_at(text, at)
    )


def _in_word_beyond(text: str, start: int, end: int, out: int, step: int, taken: set[int]) -> bool:
    """Whether the lexicon's best reading puts one of ``text[start:end]`` in a word with the
    hanzi beyond them from ``text[out]`` on (up to WINDOW of them, none read as a mark already,
    no space between: 存在, 多灾 but not 更多 灾BA)."""
    beyond = ""
    at = out
    while 0 <= at < len(text) and len(beyond) < WINDOW and is_han(text[at]) and at not in taken:
        beyond = beyond + text[at] if step == 1 else text[at] + beyond
        at += step
    if not beyond:
        return False
    window = text[start:end] + beyond if step == 1 else beyond + text[start:end]
    first = 0 if step == 1 else len(beyond)
    return any(_in_best_word(window, first + k) for k in range(end - start))
