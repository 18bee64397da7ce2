"""Stage ``width``: ASCII punctuation in Chinese sentences to full-width, straight double
quotes to curly pairs, full-width Latin letters and digits to ASCII; and the GB/T 15834
details: the dash ``——`` and the ellipsis ``……`` from their variants (``――`` ``－－`` ``--``
``...`` ``。。。`` ``…``), full-width ``％＃＆＠＋＝＄`` to ASCII, and one middle dot.

Never inside URLs, e-mail addresses, code spans, numbers (``1,200``, ``8:35``) or Latin text.

The target style is ``[options.width] style = "gbt15834"`` (the default: ``·`` U+00B7 for
the middle dot) or ``"taiwan"`` (``‧`` U+2027); ``middle-dot = "…"`` overrides the dot alone.

>>> from cleaner.stages.base import StageContext
>>> [f.edit.after for f in detect('2022年,意义非凡', StageContext())]
['，']
"""

from __future__ import annotations

import re
from operator import attrgetter

from cleaner.chars import (
    ASCII_DOUBLE_QUOTE,
    ASCII_TO_FULLWIDTH_PUNCT,
    CHINESE_SENTENCE_MARK_RE,
    CJK_PUNCT_CLASS,
    DASH_CANDIDATE_RE,
    DASH_PAIR_RE,
    ELLIPSIS_CANDIDATE_RE,
    ELLIPSIS_PAIR,
    ELLIPSIS_VARIANT_RE,
    EM_DASH,
    EM_DASH_PAIR,
    FULLWIDTH_ALNUM_CLASS,
    FULLWIDTH_OFFSET,
    FULLWIDTH_SYMBOL_RE,
    FULLWIDTH_TOKEN_RE,
    HAN_CLASS,
    HORIZONTAL_BAR,
    HORIZONTAL_ELLIPSIS,
    HYPHENATION_POINT,
    INLINE_SPACE_CLASS,
    LEFT_DOUBLE_QUOTE,
    MIDDLE_DOT,
    MIDDLE_DOT_RE,
    RIGHT_DOUBLE_QUOTE,
    is_cjk,
    is_han,
    untouchable_mask,
)
from cleaner.config import ConfigError
from cleaner.model import Edit, Finding, Span
from cleaner.stages.base import Stage, StageContext

RULE_PUNCT = "width-punct"
RULE_QUOTE = "width-quote"
RULE_ALNUM = "width-alnum"
RULE_DASH = "width-dash"
RULE_ELLIPSIS = "width-ellipsis"
RULE_SYMBOL = "width-symbol"
RULE_MIDDLE_DOT = "width-middle-dot"

#: Target styles: the middle dot each uses (both write the dash —— and the ellipsis ……).
STYLES = {"gbt15834": MIDDLE_DOT, "taiwan": HYPHENATION_POINT}
DEFAULT_STYLE = "gbt15834"
#: Japanese middle dots (・ U+30FB, ･ U+FF65): between digits they separate a date's parts.
KATAKANA_DOTS = "\u30fb\uff65"

#: Confident enough to apply by default; a guess below the threshold is only reported.
SURE = 0.95
LIKELY = 0.9
UNSURE = 0.5

_TRIGGER_RE = re.compile(r'[,:;()!?"\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]')
#: What the GB/T 15834 details look at: dashes, dots, full stops, ellipses, symbols.
_DETAIL_TRIGGER_RE = re.compile(
    "[\u2014\u2015\u2500\uff0d\u2e3a\\-.\u2026\u3002\u00b7\u2027\u2022\u30fb\uff65\u2219\u22c5"
    "\uff05\uff03\uff06\uff20\uff0b\uff1d\uff04]"
)
_ASCII_PUNCT_RE = re.compile(r"[,:;()!?]")
#: The common case, decided by one scan: a mark straight after Chinese, with Chinese, a digit
#: or the line end straight after it, is surely Chinese punctuation (what
#: :func:`_punct_confidence` finds for it, without its per-mark work). Neither neighbour can
#: be one of the stage's own changes, which are only ever made to ASCII characters.
#: (The lookbehind after the mark: the scan looks for the rare mark first, not for Chinese.)
#: (Not after an opening quote: a mark there may be a quoted literal's, ``预期有“;”``.)
_SURE_PUNCT_RE = re.compile(
    f"[,:;!?](?<=[{HAN_CLASS}{CJK_PUNCT_CLASS}].)(?<![\u201c\u2018\u300c\u300e].)(?=[{HAN_CLASS}{CJK_PUNCT_CLASS}0-9\n]|$)"
)
_PAREN_OR_NEWLINE_RE = re.compile(r"[()\n]")
#: Two ``?`` runs with one to four hanzi between them and hanzi beyond (``有人??手``, ``?像?清晰``,
#: ``玩?下蛋游戏?，``): what a lossy conversion (Big5 or UTF-8 to GBK) leaves where it dropped
#: characters or curly quotes. Questions are not that short; two such places in a text mark it.
_LOST_CHARACTERS_RE = re.compile(f"\\?+[{HAN_CLASS}]{{1,4}}\\?+")
LOSSY_MIN_PLACES = 2
_NUMBER_SEPARATORS = ",:"  # 1,200 and 8:35 stay as they are


def detect(text: str, ctx: StageContext) -> list[Finding]:
    details, punctuation = _DETAIL_TRIGGER_RE.search(text), _TRIGGER_RE.search(text)
    if not (details or punctuation):
        return []  # fast path: nothing the stage could change
    mask = untouchable_mask(text)
    # Each mark is judged by its neighbours. A neighbour the stage itself converts reads as
    # Chinese on a second cleaning (``受害者! (中國`` after the bracket became （; ``1),离`` after
    # the comma became ，; ``"I"`` after a comma before it did): so while a round converts a
    # neighbour of a mark it left, the marks are judged again with the round's changes in view.
    # One pass then does what two would, and cleaning twice changes nothing.
    context: dict[int, str] = {}
    for _ in range(_MAX_ROUNDS):
        left: list[tuple[int, int]] = []  # the (start, end) of each mark judged and left as it is
        findings = _detail_findings(text, ctx, mask, context, left) if details else []
        if punctuation:
            findings += _punctuation_findings(text, mask, context, left)
        if not left:
            break
        changes = _confident_changes(findings)
        if changes == context or not _beside_a_change(text, left, changes):
            break
        context = changes
    return sorted(findings, key=_START)


_START = attrgetter("span.start")
_MAX_ROUNDS = 4


def _confident_changes(findings: list[Finding]) -> dict[int, str]:
    """The confident edits as a view's changes: the character each position will hold (every
    position of an ellipsis or dash holds its mark)."""
    changes: dict[int, str] = {}
    for finding in findings:
        edit = finding.edit
        if edit is None or edit.confidence < LIKELY:
            continue
        start, end = edit.span.start, edit.span.end
        if len(edit.after) == end - start:
            changes.update(zip(range(start, end), edit.after, strict=True))
        else:
            changes.update(dict.fromkeys(range(start, end), edit.after[0]))
    return changes


def _beside_a_change(text: str, left: list[tuple[int, int]], changes: dict[int, str]) -> bool:
    """Does a change stand beside (across inline spaces) one of the marks left as they were?"""
    size = len(text)
    for start, end in left:
        near = start - 1
        while near >= 0 and text[near] in INLINE_SPACE_CLASS:
            near -= 1
        if near in changes:
            return True
        near = end
        while near < size and text[near] in INLINE_SPACE_CLASS:
            near += 1
        if near in changes:
            return True
    return False


def _punctuation_findings(
    text: str, mask: bytearray, context: dict[int, str], left: list[tuple[int, int]]
) -> list[Finding]:
    findings = _quote_findings(text, mask, _View(text, context), left)
    # Punctuation is judged on a view where confidently converted quotes already count as
    # Chinese punctuation (``"疫",`` -> the comma follows a Chinese quote).
    view = _View(text, context)
    for finding in findings:
        if finding.edit and finding.edit.confidence >= LIKELY:
            view.changes[finding.span.start] = finding.edit.after
    findings += _punct_findings(text, view, mask, left)
    findings += _alnum_findings(text, mask)
    return findings


class _View:
    """``text`` as the stage's confident decisions so far would make it, one character each.

    Indexes like the text; a list of characters instead would cost some 30 times the
    document's memory in every worker.
    """

    __slots__ = ("changes", "text")

    def __init__(self, text: str, changes: dict[int, str] | None = None) -> None:
        self.text = text
        self.changes: dict[int, str] = dict(changes or {})

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, index: int) -> str:
        return self.changes.get(index, self.text[index])


def _neighbour(text: str | _View, index: int, step: int) -> str:
    """The nearest character on the same line, skipping inline spaces ('' at a line edge)."""
    index += step
    while 0 <= index < len(text) and text[index] in INLINE_SPACE_CLASS:
        index += step
    if not 0 <= index < len(text) or text[index] == "\n":
        return ""
    return text[index]


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer("\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _finding(rule: str, index: int, before: str, after: str, confidence: float, reason: str) -> Finding:
    edit = Edit(Span(index, index + len(before)), before, after, rule, confidence, reason)
    return Finding(rule, edit.span, reason, confidence, edit)


# -- quotes -------------------------------------------------------------------------------
def _quote_findings(text: str, mask: bytearray, view: _View, left: list[tuple[int, int]]) -> list[Finding]:
    """Pair straight double quotes line by line; a pair around or beside Chinese becomes “…”.

    A line with an odd number of quotes, or with an empty pair (``人物""双料``: a quote that
    closes beside one that opens), cannot be paired with confidence: those are reported.
    """
    findings: list[Finding] = []
    for start, end in _lines(text):
        line = text[start:end]
        if ASCII_DOUBLE_QUOTE not in line:
            continue
        positions = [start + i for i, c in enumerate(line) if c == ASCII_DOUBLE_QUOTE and not mask[start + i]]
        pairs = list(zip(positions[::2], positions[1::2], strict=False))
        balanced = len(positions) % 2 == 0 and all(close - open_ > 1 for open_, close in pairs)
        for open_, close in pairs:
            if not _chinese_quote(text, view, open_, close):
                left += ((open_, open_ + 1), (close, close + 1))
                continue
            confidence = LIKELY if balanced else UNSURE
            why = (
                "straight quotes around Chinese text"
                if balanced
                else ("straight quotes in a line where they do not pair up cleanly; check the direction")
            )
            findings.append(
                _finding(RULE_QUOTE, open_, ASCII_DOUBLE_QUOTE, LEFT_DOUBLE_QUOTE, confidence, f"{why}: opening “")
            )
            findings.append(
                _finding(RULE_QUOTE, close, ASCII_DOUBLE_QUOTE, RIGHT_DOUBLE_QUOTE, confidence, f"{why}: closing ”")
            )
        if len(positions) % 2:
            last = positions[-1]
            if is_cjk(_neighbour(text, last, -1)) or is_cjk(_neighbour(text, last, 1)):
                findings.append(
                    Finding(RULE_QUOTE, Span(last, last + 1), "unpaired straight quote beside Chinese text", UNSURE)
                )
    return findings


#: What stands before a command's quoted argument: an option (``-m "…"``, ``--title "…"``) or
#: an assignment (``title="…"``).
_COMMAND_ARGUMENT_RE = re.compile(r"(?:(?<![^\s])--?[A-Za-z][\w-]*[ \t]+|[A-Za-z_]\w*=)$")


#: Before a string literal of code: a call's bracket (``Err("…``, ``println!("…``), a list's or a
#: map's (``["…``, ``{"…``), or a JSON key and its colon or a comma after a string (``"msg": "…``).
_CODE_STRING_OPEN_RE = re.compile(r'(?:[A-Za-z0-9_!]\(|[\[{]|"[ \t]*[:,][ \t]*)\Z')
#: After it: what goes on in code (``".to_owned()``, ``", matrix)``, ``"]``, ``"}``, ``";``).
_CODE_STRING_CLOSE_RE = re.compile(r"[.,)\]};:]")


def _chinese_quote(text: str, view: _View, open_: int, close: int) -> bool:
    """Hanzi inside, or Chinese on both sides (``点"4321"工作``); not ``said: "Hello" 然后``,
    nor an argument of a command (``git commit -m "修复登录问题"``), nor a string literal of code
    (``Err("请使用至少一个元素".to_owned())``, ``{"msg": "成功", …}``)."""
    if _COMMAND_ARGUMENT_RE.search(text, max(0, open_ - 40), open_):
        return False
    if _CODE_STRING_OPEN_RE.search(text, max(0, open_ - 8), open_) and _CODE_STRING_CLOSE_RE.match(text, close + 1):
        return False
    if any(is_han(c) for c in text[open_ + 1 : close]):
        return True
    before, after = _neighbour(view, open_, -1), _neighbour(view, close, 1)
    return (is_cjk(before) or before == "") and (is_cjk(after) or after == "") and (is_cjk(before) or is_cjk(after))


# -- , : ; ( ) ! ? ------------------------------------------------------------------------
def _punct_findings(text: str, view: _View, mask: bytearray, left: list[tuple[int, int]]) -> list[Finding]:
    paren_pairs = _paren_pairs(text, mask)
    # The common case first, in one scan: marks that are surely Chinese whatever the stage
    # decides elsewhere. None of them is a neighbour another mark is judged by (a sure mark
    # has Chinese straight before it, never another mark or a space).
    sure = [m.start() for m in _SURE_PUNCT_RE.finditer(text) if not mask[m.start()]]
    lossy = "?" in text and _lossy_transcoding(text)
    if lossy:
        sure = [i for i in sure if not (text[i] == "?" and _beside_han(text, i))]
    findings = _sure_punct_findings(text, sure)
    # A mark converted here is Chinese context for the next one (``勤, ,6月``): judged on
    # the running view, one pass does what a second pass would.
    running = _View(text, view.changes)
    running.changes.update((index, ASCII_TO_FULLWIDTH_PUNCT[text[index]]) for index in sure)
    decided = set(sure)
    for match in _ASCII_PUNCT_RE.finditer(text):
        index = match.start()
        if mask[index] or index in decided:
            continue
        char = match.group()
        if lossy and char == "?" and _beside_han(text, index):
            findings.append(Finding(RULE_PUNCT, Span(index, index + 1), _LOST_CHARACTER_REASON, UNSURE))
            continue
        if char in "()" and index in paren_pairs:
            confidence = _paren_confidence(text, running, *paren_pairs[index])
        else:
            confidence = _punct_confidence(text, running, index, char)
        if confidence is None or confidence < LIKELY:
            left.append((index, index + 1))
        if confidence is None:
            continue
        target = ASCII_TO_FULLWIDTH_PUNCT[char]
        if confidence >= LIKELY:
            running.changes[index] = target
        reason = _PUNCT_REASONS[char]
        findings.append(_finding(RULE_PUNCT, index, char, target, confidence, reason))
    return findings


_LOST_CHARACTER_REASON = (
    "lossy transcoding? '?' beside hanzi in a text where several '?' stand inside words: "
    "it may be a character the conversion lost, not a question mark (kept; check it)"
)


def _lossy_transcoding(text: str) -> bool:
    """Do ``?`` marks stand where a lossy conversion dropped characters (:data:`_LOST_CHARACTERS_RE`)?"""
    return any(places >= LOSSY_MIN_PLACES for places, _ in enumerate(_LOST_CHARACTERS_RE.finditer(text), 1))


def _beside_han(text: str, index: int) -> bool:
    """Does the run of ``?`` that holds ``text[index]`` touch a hanzi (``，??是``)?"""
    start, end = index, index + 1
    while start > 0 and text[start - 1] == "?":
        start -= 1
    while end < len(text) and text[end] == "?":
        end += 1
    return (start > 0 and is_han(text[start - 1])) or (end < len(text) and is_han(text[end]))


def _sure_punct_findings(text: str, indexes: list[int]) -> list[Finding]:
    """The findings of the marks :data:`_SURE_PUNCT_RE` found."""
    return [
        _finding(RULE_PUNCT, i, text[i], ASCII_TO_FULLWIDTH_PUNCT[text[i]], SURE, _PUNCT_REASONS[text[i]])
        for i in indexes
    ]


#: The reason of each conversion (one string per mark, not one per edit).
_PUNCT_REASONS = {
    char: f"ASCII '{char}' in a Chinese sentence; Chinese text uses '{target}' (U+{ord(target):04X})"
    for char, target in ASCII_TO_FULLWIDTH_PUNCT.items()
}


def _punct_confidence(text: str, view: _View, index: int, char: str) -> float | None:
    """How sure that ``char`` at ``index`` belongs to a Chinese sentence (None: it does not)."""
    prev, next_ = _neighbour(view, index, -1), _neighbour(view, index, 1)
    between_digits = 0 < index < len(text) - 1 and text[index - 1].isdigit() and text[index + 1].isdigit()
    if char in _NUMBER_SEPARATORS and between_digits:
        return None  # 1,200 / 8:35
    if _starts_token(text, index, char):
        return None  # 输入 :wq 保存, 用 !! 重复: a command, not a sentence's mark
    if _english_after(view, index):
        return None  # 圆满, the surnames 袁 and 叶, the name: English quoting Chinese
    if next_ == HORIZONTAL_ELLIPSIS and not is_han(prev):
        return None  # 1, 2, 3, …  B₁, B₂, …: a list of numbers or symbols that goes on
    if _named_symbol(text, index) or _quoted_literal(text, index):
        return None  # 使用 ? 运算符, 用逗号 , 分隔多个值，, 预期有“;”: the symbol itself, named in a Chinese sentence
    if char in "()" and _alone(text, index):
        return None  # 未匹配的 ) 或 \): a lone bracket set apart is named, it encloses nothing
    if is_cjk(prev):
        return SURE if (is_cjk(next_) or next_ == "" or next_.isdigit()) else LIKELY
    if char in "!?":
        return None  # ends the Latin or numeric text before it
    if is_cjk(next_):
        # After a Latin word the mark may belong to the Latin text: report, don't change.
        return UNSURE if prev.isascii() and prev.isalpha() else LIKELY
    if next_ == "" and char in ",;" and prev.isdigit() and _HAN_ON_NEXT_LINE_RE.match(text, index + 1):
        # 订单号5455723, ⏎ 给…: the comma after a number ends a line that reflow may join to
        # Chinese text, where a second cleaning would convert it: judged as it will read.
        return LIKELY
    return None


_HAN_ON_NEXT_LINE_RE = re.compile(f"[{INLINE_SPACE_CLASS}]*\n[{INLINE_SPACE_CLASS}]*[{HAN_CLASS}]")


def _named_symbol(text: str, index: int) -> bool:
    """Is the mark at ``index`` a symbol the sentence talks about (``使用 ? 运算符``, ``用逗号 ,
    分隔多个值，``, ``重新认识 ?。``) rather than its punctuation?

    Set apart, it stands like a word: a space before it, and a space or a Chinese mark after
    it (no sentence puts its own mark before another: ``?，`` ``;：``). In a line that
    punctuates its Chinese with full-width marks, such a mark is what the text names (a
    technical text's operators and separators); a review typed with ASCII marks throughout
    (``还可以理解 , 所以``) has no full-width mark in the line and is converted as before.
    """
    if index == 0 or text[index - 1] not in INLINE_SPACE_CLASS or index + 1 >= len(text):
        return False
    after = text[index + 1]
    if after not in INLINE_SPACE_CLASS and not CHINESE_SENTENCE_MARK_RE.match(after):
        return False
    return CHINESE_SENTENCE_MARK_RE.search(text, text.rfind("\n", 0, index) + 1, _line_end(text, index)) is not None


#: Opening quotes, each with its closing quote.
_QUOTE_PAIRS = {"\u201c": "\u201d", "\u2018": "\u2019", "\u300c": "\u300d", "\u300e": "\u300f"}
#: How far a quoted literal reaches either side of a mark inside it.
_LITERAL_REACH = 30


def _quoted_literal(text: str, index: int) -> bool:
    """Does the mark at ``index`` stand inside quoted text that holds no hanzi (``预期有“;”``,
    ``「~;」的位置``, ``"?"``)? The quotes name a literal: its marks are not the sentence's."""
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before == after == ASCII_DOUBLE_QUOTE:
        return True  # "?": a straight-quoted mark alone
    if _QUOTE_OPENER_RE.search(text, max(0, index - _LITERAL_REACH), index) is None:
        return False  # (the common case, asked in C)
    start = index - 1
    while start >= max(0, index - _LITERAL_REACH) and text[start] not in _QUOTE_PAIRS:
        if text[start] == "\n" or is_han(text[start]) or text[start] in _QUOTE_CLOSERS:
            return False
        start -= 1
    if start < 0 or text[start] not in _QUOTE_PAIRS:
        return False
    closer = _QUOTE_PAIRS[text[start]]
    for end in range(index + 1, min(len(text), index + _LITERAL_REACH)):
        char = text[end]
        if char == closer:
            return True
        if char == "\n" or is_han(char) or char in _QUOTE_PAIRS:
            return False
    return False


_QUOTE_CLOSERS = frozenset(_QUOTE_PAIRS.values())
_QUOTE_OPENER_RE = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")


def _alone(text: str, index: int) -> bool:
    """Spaces on both sides of the character at ``index`` (not a line's edge: reflow may join
    the line to its neighbour, and the character would be judged beside Chinese then)."""
    return 0 < index < len(text) - 1 and text[index - 1] in INLINE_SPACE_CLASS and text[index + 1] in INLINE_SPACE_CLASS


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


_CLOSING_ASCII = frozenset(",.;:!?)'\"")
_OPENING_ASCII = frozenset("(['\"")


def _english_after(text: str | _View, index: int) -> bool:
    """Is the mark at ``index`` followed the English way: a space, then Latin text (not a
    digit)? Chinese OCR text has hanzi after such a space (``中心, 联合``). Judged on the
    view: a quote the stage turns into “ is Chinese (``他问: "你去哪儿?"``)."""
    after = index + 1
    while after < len(text) and text[after] in _CLOSING_ASCII:
        after += 1  # ``…), after``: the space may follow other marks
    if after >= len(text) or text[after] not in INLINE_SPACE_CLASS:
        return False
    while after < len(text) and text[after] in INLINE_SPACE_CLASS:
        after += 1
    while after < len(text) and text[after] in _OPENING_ASCII:
        after += 1  # ``! (中國…``: what the bracket or quote holds tells, not the bracket
    return after < len(text) and text[after].isascii() and text[after] not in "\n0123456789"


def _paren_pairs(text: str, mask: bytearray) -> dict[int, tuple[int, int]]:
    """Map each paired ASCII parenthesis (same line) to its pair (open, close)."""
    pairs: dict[int, tuple[int, int]] = {}
    stack: list[int] = []
    for match in _PAREN_OR_NEWLINE_RE.finditer(text):  # not every character: only these three
        index, char = match.start(), match.group()
        if char == "\n":
            stack.clear()
        elif char == "(" and not mask[index]:
            stack.append(index)
        elif char == ")" and not mask[index] and stack:
            open_ = stack.pop()
            pairs[open_] = pairs[index] = (open_, index)
    return pairs


def _starts_token(text: str, index: int, char: str) -> bool:
    """Does the mark at ``index`` start an ASCII token (after a space, straight before a Latin
    letter, a digit or another such mark: ``:wq``, ``:q!``, ``!!``)?"""
    if index == 0 or text[index - 1] not in INLINE_SPACE_CLASS or index + 1 >= len(text):
        return False
    after = text[index + 1]
    return after.isascii() and (after.isalnum() or after == char)


#: Before a bracket of code: a macro's ``!`` (``println!(``), a synopsis's ``[`` or ``|``.
_CODE_BEFORE_PAREN = frozenset("![|")
#: After a bracket of a command's synopsis: an alternative, or the end of the optional part.
_SYNOPSIS_AFTER = ("|", "]")
#: A macro's call: an identifier's last character, ``!``, the bracket (``println!(``, ``vec![``).
_MACRO_CALL_RE = re.compile(r"[A-Za-z0-9_]!\(")
#: Before a parenthesis, these make it part of a formula or a chemical name (2-(4-羟基苯基)乙酸).
_FORMULA_BEFORE = frozenset("-+=*/^_")


def _paren_confidence(text: str, view: _View, open_: int, close: int) -> float | None:
    """A pair converts as one: Chinese inside, or Chinese on both sides (``国(边)境``)."""
    inner = text[open_ + 1 : close]
    before, after = _neighbour(view, open_, -1), _neighbour(view, close, 1)
    if (before.isascii() and before.isalpha()) or (not is_cjk(before) and _english_after(view, close)):
        return None  # section (002's end: …) / become `园员…` (〔2013〕), and: English quoting Chinese
    if open_ and text[open_ - 1] in _FORMULA_BEFORE:
        return None
    if (
        open_
        and text[open_ - 1] in _CODE_BEFORE_PAREN
        and (text[open_ - 1] != "!" or _MACRO_CALL_RE.match(text, max(0, open_ - 2), open_ + 1))
    ):
        return None  # println!("矩阵：{}", m), [(<版本> | <通配符>)...]: code, a command's synopsis
    if text.startswith(_SYNOPSIS_AFTER, close + 1):
        return None  # (-p <父提交>|…), (=|:)]: a command's synopsis, its brackets group options
    if any(is_han(c) for c in inner):
        return SURE
    if _set_apart(text, open_, close) and _CODE_INSIDE_RE.search(inner):
        return None  # 单元类型 () 可以, 用作 (arg: T) 时: code, not the sentence's brackets
    if (before == "" or is_cjk(before)) and is_cjk(after):
        return LIKELY  # (1)第一条, 国(1)号
    return None


#: What brackets without hanzi hold when they are code: nothing (``()``, the unit type, a call),
#: or code's marks (``(arg: T)``, ``(T1, T2, ...)``, ``(x <= 0)``); not a gloss (``(calculating
#: machines)``), which is the sentence's own bracket.
_CODE_INSIDE_RE = re.compile(r"\A\s*\Z|[:;=<>\[\]{}|&*\\]|\.\.\.")


def _set_apart(text: str, open_: int, close: int) -> bool:
    """Does a space stand before the pair, and a space or a Chinese mark after it (``类型 () 可以``,
    ``单元类型 ()，其``), as a Latin token stands in a Chinese sentence?"""
    if open_ == 0 or text[open_ - 1] not in INLINE_SPACE_CLASS or close + 1 >= len(text):
        return False
    after = text[close + 1]
    return after in INLINE_SPACE_CLASS or CHINESE_SENTENCE_MARK_RE.match(after) is not None


# -- full-width letters and digits ---------------------------------------------------------
def _alnum_findings(text: str, mask: bytearray) -> list[Finding]:
    findings: list[Finding] = []
    # A token converts whole, with the separators inside it (６．８ -> 6.8, not 6．8), but for
    # a list's number before an item that starts with a digit (３．２型糖尿病: item 3, not 3.2).
    listed = _full_width_list_numbers(text)
    for match in FULLWIDTH_TOKEN_RE.finditer(text):
        if mask[match.start()]:
            continue
        start, token = match.start(), match.group()
        number = _LIST_NUMBER_RE.match(token) if start in listed else None
        parts = [(0, token)] if number is None else [(0, number.group(1)), (number.end(), token[number.end() :])]
        for offset, before in parts:  # (offset: where the part starts in the token)
            after = "".join(chr(ord(c) - FULLWIDTH_OFFSET) for c in before)
            reason = f"full-width letters or digits '{before}'; the output style uses ASCII '{after}'"
            findings.append(_finding(RULE_ALNUM, start + offset, before, after, SURE, reason))
    return findings


#: A list's number with its full-width point at a line's start (３．), before a digit or a letter
_LIST_NUMBER_RE = re.compile(f"([\uff10-\uff19]{{1,2}})\uff0e(?=[{FULLWIDTH_ALNUM_CLASS}])")
_FULLWIDTH_ALNUM_RE = re.compile(f"[{FULLWIDTH_ALNUM_CLASS}]")
#: A line that starts with a list's number and its full-width point (１．高血压病)
_LIST_LINE_RE = re.compile("^[ \t\u3000]*([\uff10-\uff19]{1,2})\uff0e", re.MULTILINE)


def _full_width_list_numbers(text: str) -> set[int]:
    """Where the full-width numbers of a numbered list start (１．…, ２．…, ３．２型…), when two or more
    lines start with one and an item starts with no letter or digit: a line's number before an item
    that starts with a digit is the list's, not a decimal's first part."""
    if "\uff0e" not in text:
        return set()
    matches = list(_LIST_LINE_RE.finditer(text))
    if len(matches) < 2 or all(_FULLWIDTH_ALNUM_RE.match(text, m.end()) for m in matches):
        return set()  # (３．２５　４．１０: a column of figures, no list: no item starts with a word)
    return {m.start(1) for m in matches}


# -- GB/T 15834 details: dash, ellipsis, middle dot, symbols -----------------------------------
def middle_dot_for(options: dict | object) -> str:
    """The middle dot of the configured style (``[options.width] style`` / ``middle-dot``)."""
    get = getattr(options, "get", None)
    style = get("style", DEFAULT_STYLE) if get else DEFAULT_STYLE
    if style not in STYLES:
        raise ConfigError(f"[options.width] style = {style!r} is not one of {', '.join(sorted(STYLES))}")
    dot = get("middle-dot", STYLES[style]) if get else STYLES[style]
    if not isinstance(dot, str) or len(dot) != 1:
        raise ConfigError(f"[options.width] middle-dot must be one character, not {dot!r}")
    return dot


def _detail_findings(
    text: str, ctx: StageContext, mask: bytearray, context: dict[int, str], left: list[tuple[int, int]]
) -> list[Finding]:
    # Dashes and ellipses are judged on a view where the ones found so far already read as
    # —— and ……, until nothing new is found: one pass then does what two would
    # (``――...`` -> ``——……``, ``…--…`` -> ``……——……``), and cleaning twice changes nothing.
    view = _View(text, context)
    for _ in range(4):
        rejected: list[tuple[int, int]] = []
        dashes = _dash_findings(text, view, mask, rejected)
        ellipses = _ellipsis_findings(text, view, mask, rejected)
        if not (dashes or ellipses):
            break
        changes = dict(context)
        for finding in dashes + ellipses:
            mark = EM_DASH if finding.rule == RULE_DASH else HORIZONTAL_ELLIPSIS
            changes.update(dict.fromkeys(range(finding.span.start, finding.span.end), mark))
        if changes == view.changes:
            break
        view = _View(text, changes)
    # Those left as they are, as the last round judged them (``"副处吧"......``: the dots follow a
    # quote that becomes ”).
    left += rejected
    findings = dashes + ellipses
    # Unless a style is configured, the Taiwan standard's dot stays: text set in that convention
    # (約翰‧史密斯, with its 「」 quotes, which the stage leaves as well) is clean as it is.
    configured = any(key in ctx.options for key in ("style", "middle-dot"))
    kept = "" if configured else HYPHENATION_POINT
    findings += _middle_dot_findings(text, mask, middle_dot_for(ctx.options), kept)
    findings += _symbol_findings(text, mask)
    return findings


def _side_ok(char: str) -> bool:
    """Beside a Chinese dash or ellipsis: Chinese, a line edge, or a digit (——2022年)."""
    return char == "" or is_cjk(char) or char.isdigit()


def _dash_findings(text: str, view: _View, mask: bytearray, rejected: list[tuple[int, int]]) -> list[Finding]:
    findings = []
    for match in DASH_CANDIDATE_RE.finditer(text):
        before, start = match.group().rstrip(" \t"), match.start()
        if before == EM_DASH_PAIR or mask[start]:
            continue
        if before == HORIZONTAL_BAR:
            prev, next_ = _neighbour(view, start, -1), _neighbour(view, start, 1)
            if (is_cjk(prev) or is_cjk(next_)) and _side_ok(prev) and _side_ok(next_):
                reason = (
                    "'―' (U+2015 HORIZONTAL BAR) is the GBK dash through an old table; the text dash is '—' (U+2014)"
                )
                findings.append(_finding(RULE_DASH, start, before, EM_DASH, LIKELY, reason))
            continue
        if not DASH_PAIR_RE.fullmatch(before):
            continue
        if start and _QUOTE_PAIRS.get(text[start - 1], "\0") == text[start + len(before) : start + len(before) + 1]:
            rejected.append((start, start + len(before)))
            continue  # 「--」分隔符号: the quotes name the characters themselves
        prev, next_ = _neighbour(view, start, -1), _neighbour(view, start + len(before) - 1, 1)
        if (
            not (is_cjk(prev) or is_cjk(next_))
            or not (_side_ok(prev) and _side_ok(next_))
            or (before == "--" and not (is_cjk(prev) and is_cjk(next_)))
        ):
            rejected.append((start, start + len(before)))
            continue  # "--" at a line edge may be Markdown, SQL or an option: only between hanzi
        confidence = LIKELY if before == "--" else SURE
        reason = f"'{before}' stands for the Chinese dash; GB/T 15834 writes it '——' (two U+2014)"
        findings.append(_finding(RULE_DASH, start, before, EM_DASH_PAIR, confidence, reason))
    return findings


def _ellipsis_findings(text: str, view: _View, mask: bytearray, rejected: list[tuple[int, int]]) -> list[Finding]:
    findings = []
    for match in ELLIPSIS_CANDIDATE_RE.finditer(text):
        before, start = match.group().rstrip(" \t"), match.start()
        if mask[start] or not ELLIPSIS_VARIANT_RE.fullmatch(before):
            continue
        prev, next_ = _neighbour(view, start, -1), _neighbour(view, start + len(before) - 1, 1)
        if before[0] == ".":
            # ASCII dots: only straight after Chinese ("等等..."), never in Latin text or numbers,
            # nor set apart by spaces (leaders of a price list: 美式咖啡 ...... ¥25).
            if not (start and is_cjk(view[start - 1])) or next_.isdigit() or _synopsis_line(text, start):
                rejected.append((start, start + len(before)))
                continue
            confidence = SURE
        elif is_cjk(prev) or (prev == "" and is_cjk(next_)):
            confidence = SURE
        else:
            rejected.append((start, start + len(before)))
            continue
        reason = f"'{before}' is an ellipsis; GB/T 15834 writes it '……' (two U+2026)"
        if before == HORIZONTAL_ELLIPSIS:
            # Half of a …… that OCR split over two lines (or columns) looks the same, and a later
            # stage may join it to its other half (……… then): only reported, wherever it stands,
            # so that cleaning the output again changes nothing.
            confidence = UNSURE
            reason += "; but a single … may be half of a …… split over two lines: check it"
        findings.append(_finding(RULE_ELLIPSIS, start, before, ELLIPSIS_PAIR, confidence, reason))
    return findings


#: A command's synopsis writes repetition as ASCII dots after a bracket: ``[选项]...``, ``<文件>...``.
_SYNOPSIS_DOTS_RE = re.compile(r"[\]>]\.\.\.")


def _synopsis_line(text: str, index: int) -> bool:
    """Is the line a command's synopsis (``用法：%s [选项]... 文件...``), where ``...`` repeats?"""
    start = text.rfind("\n", 0, index) + 1
    return _SYNOPSIS_DOTS_RE.search(text, start, _line_end(text, index)) is not None


def _middle_dot_findings(text: str, mask: bytearray, target: str, kept: str = "") -> list[Finding]:
    findings = []
    for match in MIDDLE_DOT_RE.finditer(text):
        start, before = match.start(), match.group()
        if before in (target, kept) or mask[start] or _alone(text, start):
            continue  # (set apart by spaces: a bullet or a separator of items, not 间隔号)
        prev, next_ = _neighbour(text, start, -1), _neighbour(text, start, 1)
        if "·" in (prev, next_) or prev == before or next_ == before:
            continue  # part of a run (an ellipsis of dots), not a separator
        # A separator between words: hanzi on one side, hanzi or a letter/digit on the other
        # (阿卜杜勒·克里木, 北疆云·智慧). At a line start it is a bullet: keep.
        between_words = (is_han(prev) and (is_han(next_) or next_.isalnum())) or (is_han(next_) and prev.isalnum())
        # A Japanese-style dot between digits is a date (4・29); ⋅ and ∙ there are multiplication.
        date = prev.isdigit() and next_.isdigit() and before in KATAKANA_DOTS
        if not (between_words or date):
            continue
        name = f"U+{ord(before):04X}"
        reason = (
            f"'{before}' ({name}) used as the middle dot; the configured style writes '{target}' (U+{ord(target):04X})"
        )
        findings.append(_finding(RULE_MIDDLE_DOT, start, before, target, SURE, reason))
    return findings


def _symbol_findings(text: str, mask: bytearray) -> list[Finding]:
    findings = []
    for match in FULLWIDTH_SYMBOL_RE.finditer(text):
        start, before = match.start(), match.group()
        if mask[start]:
            continue
        after = chr(ord(before) - FULLWIDTH_OFFSET)
        reason = f"full-width symbol '{before}'; the output style uses ASCII '{after}' as with ASCII digits"
        findings.append(_finding(RULE_SYMBOL, start, before, after, SURE, reason))
    return findings


STAGE = Stage(
    id="width",
    summary='ASCII punctuation in Chinese sentences to full-width, "…" to “…”, full-width letters and digits to ASCII; '
    "—— …… · and ASCII symbols per GB/T 15834",
    rules=(RULE_PUNCT, RULE_QUOTE, RULE_ALNUM, RULE_DASH, RULE_ELLIPSIS, RULE_SYMBOL, RULE_MIDDLE_DOT),
    detect=detect,
    options=("style", "middle-dot"),
    check_options=middle_dot_for,
)
