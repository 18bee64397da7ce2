"""Character classes and regexes shared by the stages, under names that say what they match.

Full-width and ASCII punctuation look alike in an editor, so every such character is a
named constant with its code point.
"""

from __future__ import annotations

import re

# -- punctuation, by name ---------------------------------------------------------------
FULLWIDTH_COMMA = "\uff0c"  # ，
IDEOGRAPHIC_FULL_STOP = "\u3002"  # 。
IDEOGRAPHIC_COMMA = "\u3001"  # 、
FULLWIDTH_COLON = "\uff1a"  # ：
FULLWIDTH_SEMICOLON = "\uff1b"  # ；
FULLWIDTH_LEFT_PAREN = "\uff08"  # （
FULLWIDTH_RIGHT_PAREN = "\uff09"  # ）
FULLWIDTH_EXCLAMATION = "\uff01"  # ！
FULLWIDTH_QUESTION = "\uff1f"  # ？
LEFT_DOUBLE_QUOTE = "\u201c"  # “
RIGHT_DOUBLE_QUOTE = "\u201d"  # ”
LEFT_SINGLE_QUOTE = "\u2018"  # ‘
RIGHT_SINGLE_QUOTE = "\u2019"  # ’
EM_DASH = "\u2014"  # —
HORIZONTAL_ELLIPSIS = "\u2026"  # …
MIDDLE_DOT = "\u00b7"  # ·
IDEOGRAPHIC_SPACE = "\u3000"  # full-width space, used for indents and in headings
ASCII_DOUBLE_QUOTE = '"'

#: ASCII punctuation and the full-width form it takes inside a Chinese sentence.
ASCII_TO_FULLWIDTH_PUNCT = {
    ",": FULLWIDTH_COMMA,
    ":": FULLWIDTH_COLON,
    ";": FULLWIDTH_SEMICOLON,
    "(": FULLWIDTH_LEFT_PAREN,
    ")": FULLWIDTH_RIGHT_PAREN,
    "!": FULLWIDTH_EXCLAMATION,
    "?": FULLWIDTH_QUESTION,
}

# -- character classes (for use inside [...] in regexes) --------------------------------
#: CJK unified ideographs: the main block, extension A, compatibility ideographs, and the
#: supplementary-plane extensions.
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: Punctuation used in Chinese text: CJK symbols and punctuation, full-width forms,
#: curly quotes, dashes, ellipsis and the middle dot.
CJK_PUNCT_CLASS = (
    "\u3001-\u3003\u3008-\u3011\u3014-\u301f"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2015"
)
#: Sentence-final punctuation in Chinese text.
SENTENCE_END_CLASS = "\u3002\uff01\uff1f\u2026"
#: Full-width Latin letters and digits (Ａ-Ｚ ａ-ｚ ０-９).
FULLWIDTH_ALNUM_CLASS = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
#: Horizontal white space that OCR leaves between characters (not U+3000, which is typographic).
INLINE_SPACE_CLASS = " \t\u00a0"

HAN_RE = re.compile(f"[{HAN_CLASS}]")
CJK_RE = re.compile(f"[{HAN_CLASS}{CJK_PUNCT_CLASS}]")
FULLWIDTH_ALNUM_RE = re.compile(f"[{FULLWIDTH_ALNUM_CLASS}]+")
INLINE_SPACE_RUN_RE = re.compile(f"[{INLINE_SPACE_CLASS}]+")

#: Spans where punctuation and spacing are not prose: URLs, e-mail addresses, code spans.
URL_RE = re.compile(
    r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef\u201c\u201d]+|www\.[A-Za-z0-9.-]+[^\s\u3000-\u303f\uff00-\uffef]*"
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
CODE_SPAN_RE = re.compile(r"`[^`\n]+`")
PROTECTED_RES = (URL_RE, EMAIL_RE, CODE_SPAN_RE)


def is_han(char: str) -> bool:
    return bool(char) and HAN_RE.match(char) is not None


def is_cjk(char: str) -> bool:
    """A hanzi or a punctuation mark of Chinese text."""
    return bool(char) and CJK_RE.match(char) is not None


def protected_mask(text: str) -> bytearray:
    """A byte per character, 1 inside a URL, e-mail address or code span."""
    mask = bytearray(len(text))
    for regex in PROTECTED_RES:
        for match in regex.finditer(text):
            mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return mask


# -- line ends and starts (the columns stage) -------------------------------------------
#: Punctuation that may end a line of a column: a clause or sentence ends with it.
LINE_END_PUNCT = frozenset(
    "\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f\u201d\u2019\u2026\uff09\u300b"
)  # ，。、；：！？”’…）》
#: Punctuation that Chinese typesetting never puts at the start of a line (kinsoku): a line
#: starting with one continues the line before it. Quotes are left out: ``width`` may have
#: paired them wrongly in a paragraph whose lines come from different columns.
LINE_START_FORBIDDEN_PUNCT = frozenset("\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f\uff09\u300b")  # ，。、；：！？）》
#: Quotes that close a quotation, and the ASCII one OCR leaves for either.
CLOSING_QUOTES = frozenset('\u201d\u2019"')  # ”’"
_NARROW_LIMIT = "\u1100"  # below this, characters are narrow (Latin, digits): half a hanzi


def display_width(text: str) -> float:
    """Width in hanzi: a hanzi or full-width character is 1, a narrow one 1/2, white space 0.

    >>> display_width("打造 44 个")
    4.0
    """
    return sum(0.0 if c.isspace() else 0.5 if c < _NARROW_LIMIT else 1.0 for c in text)
