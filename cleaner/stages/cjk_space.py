"""Stage ``cjk-space``: spaces that OCR and PDF extraction left where lines were joined.

A space between two hanzi is removed only on evidence that it is a line-join artefact:

* a frequent word spans it and wins: the best segmentation of the text around it puts that
  word across the space, by a clear margin over reading each side alone (``内 蒙古``, ``成 绩``;
  not ``可以 内容``, where 以内 exists but 可以 and 内容 read better), or
* the line has several such spaces at a regular interval, the width of the column the
  text was set in (seed 000), and some of them are inside winning words. Informal writers
  use a space as a comma (``键盘不是很好 上下左右键有点歪``): without split words, spaces at
  clause ends are no evidence of a column.

Spaces beside Chinese punctuation (``中心， 联合``) are always artefacts in body text.
Spaces between hanzi and digits are removed where typesetting put them, on both sides of the
number (``打造 44 个``), and the line itself mostly writes numbers without them; a line spaced
that way throughout keeps its style. A space on one side only separates fields or clauses
(``订单号：4491950 金额``, ``配置也不低 4000下``) and stays, as do the spaces around list numbers
(``完美屏 2 外观也不错 3 接口丰富``) and a space with a digit or Latin letter on both sides
(``DDR2 667``, ``1607 1107``).

Kept: text segmented into words (``国家 主席 江 泽民 发表 新年 讲话``, as NLP corpora pass
it on: its spaces are the point; one report says so); headings and other short lines
(``用忠诚守护群众安全 用担当践行入警初心``), lists of
names (``（王国强 陈克强）``), spaces beside Latin words. A space with no evidence either
way is reported, not changed.
"""

from __future__ import annotations

import itertools
import re

from cleaner import lexicon
from cleaner.chars import (
    CJK_PUNCT_CLASS,
    HAN_CLASS,
    INLINE_SPACE_CLASS,
    INLINE_SPACE_RUN_RE,
    SENTENCE_END_CLASS,
    is_cjk,
    is_han,
    untouchable_mask,
)
from cleaner.model import Edit, Finding, Span
from cleaner.stages.base import Stage, StageContext

RULE_SPACE = "cjk-space"
RULE_DIGIT = "cjk-space-digit"

_NUMBERISH = "0-9%\u2030"  # digits and the signs that end a number
_SPACE_RUN = f"[{INLINE_SPACE_CLASS}]+"
#: A space run with a Chinese character or number on both sides (the fast-path trigger).
_CANDIDATE_RE = re.compile(
    f"(?<=[{HAN_CLASS}{CJK_PUNCT_CLASS}{_NUMBERISH}]){_SPACE_RUN}(?=[{HAN_CLASS}{CJK_PUNCT_CLASS}{_NUMBERISH}])"
)
_NUMBER_RE = re.compile(r"[0-9][0-9.,]*[%\u2030]?")
_HAN_DIGIT_RE = re.compile(f"[{HAN_CLASS}]({_SPACE_RUN})?[0-9]|[0-9%]({_SPACE_RUN})?[{HAN_CLASS}]")
_NAME = f"[{HAN_CLASS}]{{2,4}}"
#: A parenthesised or bare list of 2-4-character names: ``（王国强 陈克强）``.
_NAME_LIST_RE = re.compile(f"[（(]\\s*{_NAME}(?:{_SPACE_RUN}{_NAME})+\\s*[）)]")
_BARE_NAME_LIST_RE = re.compile(f"^\\s*{_NAME}(?:{_SPACE_RUN}{_NAME})+\\s*$")
#: Punctuation that heads cannot contain, though they may end in ！ or ？.
_CLAUSE_PUNCT_RE = re.compile("[\uff0c\u3002\uff1b\u3001,;]")
_SENTENCE_END_RE = re.compile(f"[{SENTENCE_END_CLASS}]$")

HEADING_MAX_CHARS = 32  # a line longer than this is body text, whatever it looks like
#: A column is 8 to 40 characters wide; its lines vary by a character or two (digits and
#: Latin letters are narrower than hanzi).
REGULAR_MIN_WIDTH, REGULAR_MAX_WIDTH, REGULAR_SLACK = 8, 40, 0.08
MOSTLY_UNSPACED = 0.7  # share of hanzi-digit boundaries without a space that sets the style
#: How much likelier (log probability, natural log) the reading with a word across a space must
#: be than the readings of its two sides: e^1.2 is about 3.3 times. Spurious words across a
#: clause boundary (很快 感觉 -> 快感, 看看 看了) gain at most about 0.9; words really split by a
#: line join (还 是, 早 餐, 作 者) 1.5 and more.
WORD_WIN_MARGIN = 1.2
#: How many hanzi on each side of a space the segmentation reads (other spaces skipped).
WORD_WINDOW = 6
#: Spaces at a column interval count only in a document where at least this many, and this
#: share, of the spaces between hanzi are inside winning words (seed 000: 65 of 147).
REGULAR_MIN_SPLIT_WORDS, REGULAR_MIN_SPLIT_SHARE = 2, 0.25


def detect(text: str, ctx: StageContext) -> list[Finding]:
    candidate = _CANDIDATE_RE.search(text)
    if candidate is None:
        return []
    if _segmented_into_words(text):
        reason = "the text is segmented into words, a space between every two: its spaces are kept"
        return [Finding(RULE_SPACE, Span(0, len(text)), reason, 0.5)]
    mask = untouchable_mask(text)
    findings: list[Finding] = []
    # Only the lines that hold a candidate are judged: from each candidate, its line, then
    # the next candidate after that line. (A candidate never spans a line break, and the
    # search sees the text before its start, so it finds what a search of each line would.)
    lines: list[_Line] = []
    while candidate is not None:
        start = text.rfind("\n", 0, candidate.start()) + 1
        end = text.find("\n", candidate.end())
        end = len(text) if end < 0 else end
        line_text = text[start:end]
        if not _is_heading_like(line_text) and not _BARE_NAME_LIST_RE.match(line_text):
            lines.append(_Line(line_text, start))
        candidate = _CANDIDATE_RE.search(text, end + 1)
    # A column's interval is evidence only where line joins show: where the spaces between hanzi
    # fall inside winning words often enough. Counted over the document, and a second pass
    # (which sees none of them) finds no interval that the first did not act on (idempotence).
    between_hanzi = sum(len(line.words) for line in lines)
    split = sum(1 for line in lines for word in line.words.values() if word)
    line_joins = split >= REGULAR_MIN_SPLIT_WORDS and split >= REGULAR_MIN_SPLIT_SHARE * between_hanzi
    for line in lines:
        findings.extend(f for f in _line_findings(line, line_joins) if not _beside_protected(f.span, mask))
    return findings


#: Text segmented into words: at least this many spaces between hanzi, at least one per this
#: many hanzi, and of the pieces between them at least this share words of two or more
#: characters (PKU's People's Daily: 0.55 spaces per hanzi, half its pieces such words, all in
#: the dictionary). OCR's spaces are fewer (seed 000: 147 in 2,000 hanzi), or fall between single
#: characters (``二 连 浩 特``), or cut words (``中 心``).
SEGMENTED_MIN_SPACES, SEGMENTED_HANZI_PER_SPACE, SEGMENTED_MIN_WORD_SHARE = 20, 3, 0.3
#: ... and this share of those pieces are words of the dictionary.
SEGMENTED_KNOWN_SHARE = 0.9
_HAN_SPACE_HAN_RE = re.compile(f"(?<=[{HAN_CLASS}]){_SPACE_RUN}(?=[{HAN_CLASS}])")
_HAN_PIECE_RE = re.compile(f"[{HAN_CLASS}]+")


def _segmented_into_words(text: str) -> bool:
    """Is ``text`` segmented into words (see SEGMENTED_MIN_SPACES)?"""
    if text.count(" ") < SEGMENTED_MIN_SPACES:
        return False  # (most text: answered without a scan)
    spaces = len(_HAN_SPACE_HAN_RE.findall(text))
    if spaces < SEGMENTED_MIN_SPACES:
        return False
    pieces = _HAN_PIECE_RE.findall(text)
    if spaces * SEGMENTED_HANZI_PER_SPACE < sum(map(len, pieces)):
        return False
    words = [piece for piece in pieces if len(piece) >= 2]
    if len(words) < SEGMENTED_MIN_WORD_SHARE * len(pieces):
        return False
    return sum(1 for word in words if lexicon.frequency(word) > 0) >= SEGMENTED_KNOWN_SHARE * len(words)


class _Line:
    """A line with candidate spaces: its space runs and, for those between two hanzi, the
    winning word across each (None where none wins)."""

    __slots__ = ("offset", "runs", "text", "words")

    def __init__(self, text: str, offset: int) -> None:
        self.text, self.offset = text, offset
        protected = [m.span() for m in _NAME_LIST_RE.finditer(text)]
        self.runs = [m for m in _CANDIDATE_RE.finditer(text) if not any(a <= m.start() < b for a, b in protected)]
        self.words = {
            m.start(): _word_across(text, m) for m in self.runs if is_han(text[m.start() - 1]) and is_han(text[m.end()])
        }


def _beside_protected(span: Span, mask: bytearray) -> bool:
    """A space inside, or at the edge of, a URL, e-mail address, code or Latin text belongs to it."""
    return (
        mask[span.start] == 1
        or (span.start > 0 and mask[span.start - 1] == 1)
        or (span.end < len(mask) and mask[span.end] == 1)
    )


def _is_heading_like(line: str) -> bool:
    """Headings, subtitles, bylines and captions: short, and no clause punctuation inside."""
    stripped = line.strip()
    if stripped.startswith("#"):
        return True
    compact = re.sub(_SPACE_RUN, "", stripped)
    return len(compact) <= HEADING_MAX_CHARS and not _CLAUSE_PUNCT_RE.search(compact[:-1])


def _unspaced_digit_share(text: str) -> float:
    """The share of hanzi-digit boundaries written without a space (1.0 when there are none)."""
    spaced = unspaced = 0
    for match in _HAN_DIGIT_RE.finditer(text):
        if match.group(1) or match.group(2):
            spaced += 1
        else:
            unspaced += 1
    total = spaced + unspaced
    return unspaced / total if total else 1.0


def _line_findings(scan: _Line, line_joins: bool) -> list[Finding]:
    line, offset, runs, words = scan.text, scan.offset, scan.runs, scan.words
    if not runs:
        return []
    list_numbers: set[int] | None = None
    unspaced_share: float | None = None  # the line's way of writing numbers, counted when first asked
    # The unexplained spaces are on a column grid if they are on one by themselves, or
    # together with the spaces a word explains. A second pass sees only the unexplained
    # ones (positions count non-space characters, so they do not move): whatever it could
    # accept, the first pass accepted already (idempotence).
    position = _positions(line)
    unexplained = [position[m.start()] for m in runs if m.start() in words and not words[m.start()]]
    explained = [position[m.start()] for m in runs if words.get(m.start())]
    regular = (
        bool(unexplained)
        and line_joins
        and (_on_grid(unexplained, min_points=3) or _on_grid(sorted(unexplained + explained), min_points=3))
    )
    findings: list[Finding] = []
    for match in runs:
        left, right = line[match.start() - 1], line[match.end()]
        if left in _BLANK_OPENERS and right in _BLANK_CLOSERS:
            continue  # （    ）: an answer blank in an exam paper, the spaces are its content
        if (left.isdigit() or left in _BULLETS) and _first_token(line, match.start()):
            continue  # 1.1 甲方…, 例题1 一辆…, · 负责…: a label or a bullet, and its text
        span = Span(offset + match.start(), offset + match.end())
        if left.isdigit() or left in "%\u2030" or right.isdigit():
            if (left.isdigit() or left in "%\u2030") and right.isdigit():
                continue  # DDR2 667, 1607 1107, 3DMark 06 5022: two numbers or tokens, never one
            number = _token_before(line, match.start()) if not right.isdigit() else _token_after(line, match.end())
            if not _NUMBER_RE.fullmatch(number):
                continue  # G20 峰会, K686 次: the digits belong to a Latin token
            if is_han(left if right.isdigit() else right):
                if not _spaced_both_sides(line, match, number):
                    continue  # 订单号：4491950 金额, 不低 4000下: a field or clause separator
                if list_numbers is None:
                    list_numbers = _list_numbers(line)
                if (match.end() if right.isdigit() else match.start() - len(number)) in list_numbers:
                    continue  # 完美屏 2 外观也不错 3 接口丰富: the spaces set the items apart
            if unspaced_share is None:
                unspaced_share = _unspaced_digit_share(line)
            finding = _digit_finding(span, match.group(), unspaced_share)
        elif match.start() in words:
            finding = _han_finding(span, match.group(), words[match.start()], regular)
        elif not (_is_cjk_mark(left) or _is_cjk_mark(right)):
            continue  # 由 %s 创建: a placeholder's sign, no number and no Chinese mark beside the space
        else:
            reason = "space beside Chinese punctuation: left where lines were joined"
            finding = _removal(RULE_SPACE, span, match.group(), 0.9, reason)
        if finding is not None:
            findings.append(finding)
    return findings


def _is_cjk_mark(char: str) -> bool:
    """Chinese punctuation (not a hanzi)."""
    return is_cjk(char) and not is_han(char)


_BULLETS = frozenset("·•●▪◆■")
_BLANK_OPENERS = frozenset("（(【[")
_BLANK_CLOSERS = frozenset("）)】]")
#: The longest label a line may start with: 1.1, 例题1, 第3条, 图12.
_LABEL_MAX = 6


def _first_token(line: str, end: int) -> bool:
    """Is ``line[:end]`` (up to a space) the line's first token, short enough to be a label?"""
    head = line[:end].lstrip()
    return 0 < len(head) <= _LABEL_MAX and not INLINE_SPACE_RUN_RE.search(head)


def _token_before(line: str, end: int) -> str:
    start = end
    while start > 0 and line[start - 1].isascii() and not line[start - 1].isspace():
        start -= 1
    return line[start:end]


def _token_after(line: str, start: int) -> str:
    end = start
    while end < len(line) and line[end].isascii() and not line[end].isspace():
        end += 1
    return line[start:end]


def _word_across(line: str, match: re.Match[str]) -> str | None:
    """A frequent word across the space that wins the segmentation of the hanzi around it (read
    across other spaces, so that a second pass, with some of them gone, reads the same)."""
    left, right = _hanzi_before(line, match.start()), _hanzi_after(line, match.end())
    word = lexicon.word_across(left[-3:], right[:3])
    if word is None:
        return None
    return word if lexicon.crossing_gain(left, right) > WORD_WIN_MARGIN else None


def _hanzi_before(line: str, end: int) -> str:
    """Up to WORD_WINDOW hanzi before ``end``, across inline spaces (which a second pass may have
    removed: the window is the same either way), stopping at anything else."""
    chars: list[str] = []
    index = end - 1
    while index >= 0 and len(chars) < WORD_WINDOW:
        char = line[index]
        if is_han(char):
            chars.append(char)
        elif char not in INLINE_SPACE_CLASS:
            break
        index -= 1
    return "".join(reversed(chars))


def _hanzi_after(line: str, start: int) -> str:
    chars: list[str] = []
    index = start
    while index < len(line) and len(chars) < WORD_WINDOW:
        char = line[index]
        if is_han(char):
            chars.append(char)
        elif char not in INLINE_SPACE_CLASS:
            break
        index += 1
    return "".join(chars)


def _spaced_both_sides(line: str, match: re.Match[str], number: str) -> bool:
    """Is the number beside this space set apart from Chinese on its other side too, as
    typesetting spaces a number in Chinese text (``打造 44 个``)? A space on one side only is
    typed: a separator. After a Latin word the number belongs to it (``3DMark 06 跑分``,
    ``Windows 7 自带``)."""
    if line[match.end()].isdigit():
        at = match.end() + len(number)
        if at >= len(line) or line[at] not in INLINE_SPACE_CLASS:
            return False
        while at < len(line) and line[at] in INLINE_SPACE_CLASS:
            at += 1
        return at < len(line) and is_cjk(line[at])
    at = match.start() - len(number) - 1
    if at < 0 or line[at] not in INLINE_SPACE_CLASS:
        return False
    while at >= 0 and line[at] in INLINE_SPACE_CLASS:
        at -= 1
    return at >= 0 and is_cjk(line[at])


#: A small number standing alone before a clause: perhaps the number of a list item.
_ITEM_NUMBER_RE = re.compile(f"(?<![0-9A-Za-z.,])[1-9][0-9]?(?=[{INLINE_SPACE_CLASS}]*[{HAN_CLASS}])")


def _list_numbers(line: str) -> set[int]:
    """Where the numbers of a list stand in the line: item numbers that follow each other (2, 3,
    4 …) each before a clause (``完美屏 2 外观也不错 3 接口丰富``)."""
    found = [(int(m.group()), m.start()) for m in _ITEM_NUMBER_RE.finditer(line)]
    starts: set[int] = set()
    for (value, start), (next_value, next_start) in itertools.pairwise(found):
        if next_value == value + 1:
            starts.update((start, next_start))
    return starts


def _han_finding(span: Span, spaces: str, word: str | None, regular: bool) -> Finding:
    if word:
        return _removal(RULE_SPACE, span, spaces, 0.9, f"space inside the word '{word}': left where lines were joined")
    if regular:
        reason = "one of several spaces at the regular interval of a column's line width: left where lines were joined"
        return _removal(RULE_SPACE, span, spaces, 0.85, reason)
    reason = "space between hanzi with no evidence that it is a line-join artefact (kept; check it)"
    return _removal(RULE_SPACE, span, spaces, 0.5, reason)


def _digit_finding(span: Span, spaces: str, digits_unspaced: float) -> Finding | None:
    if digits_unspaced >= MOSTLY_UNSPACED:
        reason = "space between hanzi and a number, where this document writes numbers without one"
        return _removal(RULE_DIGIT, span, spaces, 0.85, reason)
    if digits_unspaced >= 1 - MOSTLY_UNSPACED:
        reason = "space between hanzi and a number; this document is inconsistent about them (kept; check it)"
        return _removal(RULE_DIGIT, span, spaces, 0.5, reason)
    return None  # the document spaces numbers throughout: its style, not damage


def _positions(line: str) -> list[int]:
    """Where each index of the line falls, counted in non-space characters from the line start
    (one more entry for the line's end). Counted once per line: a count per space would be
    quadratic on a long line of character-spaced text (100 KB in 74 s)."""
    return list(itertools.accumulate((char not in INLINE_SPACE_CLASS for char in line), initial=0))


def _on_grid(positions: list[int], min_points: int) -> bool:
    """Do these positions fall on the grid of one column width, as where column lines were
    joined? A gap may span several column lines."""
    if len(positions) < min_points:
        return False
    gaps = [b - a for a, b in itertools.pairwise(positions)]
    width = min(gaps)
    if not REGULAR_MIN_WIDTH <= width <= REGULAR_MAX_WIDTH:
        return False
    return all(abs(gap - round(gap / width) * width) <= 1 + REGULAR_SLACK * gap for gap in gaps)


def _removal(rule: str, span: Span, spaces: str, confidence: float, reason: str) -> Finding:
    edit = Edit(span, spaces, "", rule, confidence, reason)
    return Finding(rule, span, reason, confidence, edit)


STAGE = Stage(
    id="cjk-space",
    summary="remove spaces between hanzi, punctuation and numbers that line joins left; keep names and headings",
    rules=(RULE_SPACE, RULE_DIGIT),
    detect=detect,
)
