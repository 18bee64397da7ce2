"""Character classes and regexes shared by the stages, under names that say what they match.

Full-width and ASCII punctuation look alike in an editor, so every such character is a
named constant with its code point.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from cleaner.tables import read_tsv

# -- punctuation, by name ---------------------------------------------------------------
FULLWIDTH_COMMA: Final = "\uff0c"  # ，
IDEOGRAPHIC_FULL_STOP: Final = "\u3002"  # 。
IDEOGRAPHIC_COMMA: Final = "\u3001"  # 、
FULLWIDTH_COLON: Final = "\uff1a"  # ：
FULLWIDTH_SEMICOLON: Final = "\uff1b"  # ；
FULLWIDTH_LEFT_PAREN: Final = "\uff08"  # （
FULLWIDTH_RIGHT_PAREN: Final = "\uff09"  # ）
FULLWIDTH_EXCLAMATION: Final = "\uff01"  # ！
FULLWIDTH_QUESTION: Final = "\uff1f"  # ？
LEFT_DOUBLE_QUOTE: Final = "\u201c"  # “
RIGHT_DOUBLE_QUOTE: Final = "\u201d"  # ”
LEFT_SINGLE_QUOTE: Final = "\u2018"  # ‘
RIGHT_SINGLE_QUOTE: Final = "\u2019"  # ’
EM_DASH: Final = "\u2014"  # —
HORIZONTAL_ELLIPSIS: Final = "\u2026"  # …
MIDDLE_DOT: Final = "\u00b7"  # ·
IDEOGRAPHIC_SPACE: Final = "\u3000"  # full-width space, used for indents and in headings
ASCII_DOUBLE_QUOTE: Final = '"'
LEFT_BOOK_TITLE: Final = "\u300a"  # 《
RIGHT_BOOK_TITLE: Final = "\u300b"  # 》
LEFT_LENTICULAR: Final = "\u3010"  # 【
RIGHT_LENTICULAR: Final = "\u3011"  # 】
FULLWIDTH_TILDE: Final = "\uff5e"  # ～ (ranges: 10～20)
FULLWIDTH_FULL_STOP: Final = "\uff0e"  # ． (decimal point in full-width numbers)
DEGREE_CELSIUS: Final = "\u2103"  # ℃
MULTIPLICATION_SIGN: Final = "\u00d7"  # ×
FULLWIDTH_PERCENT: Final = "\uff05"  # ％ (in full-width numbers: ３８．７％)
#: A full-width form (U+FF01..U+FF5E) is its ASCII form (U+0021..U+007E) plus this: Ａ = A + 0xFEE0.
FULLWIDTH_OFFSET: Final = 0xFEE0
FULLWIDTH_SOLIDUS: Final = "\uff0f"  # ／ (in full-width numbers: １／２)
RATIO: Final = "\u2236"  # ∶ (scores and ratios in full-width numbers: ３∶１)
FULLWIDTH_PLUS_SIGN: Final = "\uff0b"  # ＋ (a signed figure in a table: ＋０．５２)

#: Marks that open a quotation, a title or a parenthesis, and the marks that close them.
OPENING_PUNCT: Final = LEFT_DOUBLE_QUOTE + LEFT_SINGLE_QUOTE + FULLWIDTH_LEFT_PAREN + LEFT_BOOK_TITLE + LEFT_LENTICULAR
CLOSING_PUNCT: Final = (
    RIGHT_DOUBLE_QUOTE + RIGHT_SINGLE_QUOTE + FULLWIDTH_RIGHT_PAREN + RIGHT_BOOK_TITLE + RIGHT_LENTICULAR
)
#: Marks that end a clause or sentence: two of them never stand side by side (except ？！).
STOP_PUNCT: Final = (
    FULLWIDTH_COMMA
    + IDEOGRAPHIC_FULL_STOP
    + IDEOGRAPHIC_COMMA
    + FULLWIDTH_COLON
    + FULLWIDTH_SEMICOLON
    + FULLWIDTH_QUESTION
    + FULLWIDTH_EXCLAMATION
)

#: ASCII punctuation and the full-width form it takes inside a Chinese sentence
#: (mappings/width_punct.tsv).
ASCII_TO_FULLWIDTH_PUNCT: dict[str, str] = {row[0]: row[1] for row in read_tsv("width_punct.tsv")}

# -- character classes (for use inside [...] in regexes) --------------------------------
#: CJK unified ideographs: the main block, extension A, compatibility ideographs, and the
#: supplementary-plane extensions.
HAN_CLASS: Final = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: Punctuation used in Chinese text: CJK symbols and punctuation, full-width forms,
#: curly quotes, dashes, ellipsis and the middle dot.
CJK_PUNCT_CLASS: Final = (
    "\u3001-\u3003\u3008-\u3011\u3014-\u301f"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2015"
)
#: Sentence-final punctuation in Chinese text.
SENTENCE_END_CLASS: Final = "\u3002\uff01\uff1f\u2026"
#: The full-width marks a Chinese sentence itself is punctuated with (，。、；：？！): a line that
#: holds one punctuates its Chinese the Chinese way.
CHINESE_SENTENCE_MARK_RE: Final = re.compile("[\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01]")
#: Full-width Latin letters and digits (Ａ-Ｚ ａ-ｚ ０-９).
FULLWIDTH_ALNUM_CLASS: Final = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
#: Horizontal white space that OCR leaves between characters (not U+3000, which is typographic).
INLINE_SPACE_CLASS: Final = " \t\u00a0"
#: Roman numerals (Ⅰ-Ⅻ ⅰ-ⅻ and the rest of the Number Forms block's numerals): model and
#: phase numbers (银河—Ⅲ, 临床Ⅱ—Ⅲ期).
ROMAN_NUMERAL_CLASS: Final = "\u2160-\u2188"
#: The letters of a code or model name (F—16, CD—ROM): capital Latin letters (ASCII and
#: full-width) and Roman numerals.
CODE_LETTER_CLASS: Final = "A-Z\uff21-\uff3a" + ROMAN_NUMERAL_CLASS

HAN_RE: Final = re.compile(f"[{HAN_CLASS}]")
CJK_RE: Final = re.compile(f"[{HAN_CLASS}{CJK_PUNCT_CLASS}]")
FULLWIDTH_ALNUM_RE: Final = re.compile(f"[{FULLWIDTH_ALNUM_CLASS}]+")
_FULLWIDTH_DIGIT: Final = "[\uff10-\uff19]"
#: A full-width number or token with the separators inside it, which belong to it and convert
#: with it: ``６．８`` ``ＳＯＨＵ．ＣＯＭ`` ``８／１`` (． U+FF0E, ／ U+FF0F between letters or
#: digits), ``７：３０`` (： U+FF1A between digits), ``１，２００`` (， U+FF0C before a group of
#: three digits). Leaving them would give 6．8 and 1，200, which read as other numbers.
FULLWIDTH_TOKEN_RE: Final = re.compile(
    f"[{FULLWIDTH_ALNUM_CLASS}]+(?:[\uff0e\uff0f][{FULLWIDTH_ALNUM_CLASS}]+"
    f"|(?<={_FULLWIDTH_DIGIT})\uff1a{_FULLWIDTH_DIGIT}+"
    f"|(?<={_FULLWIDTH_DIGIT})\uff0c{_FULLWIDTH_DIGIT}{{3}}(?!{_FULLWIDTH_DIGIT}))*"
)
INLINE_SPACE_RUN_RE: Final = re.compile(f"[{INLINE_SPACE_CLASS}]+")

#: Spans where punctuation and spacing are not prose: URLs, e-mail addresses, code spans,
#: file paths, emoticons.
URL_RE: Final = re.compile(
    r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef\u201c\u201d]+|www\.[A-Za-z0-9.-]+[^\s\u3000-\u303f\uff00-\uffef]*"
)
EMAIL_RE: Final = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
#: A Markdown code span: it may run over line breaks, not over a blank line (a new paragraph).
CODE_SPAN_RE: Final = re.compile(r"`(?:[^`\n]|\n(?![ \t]*\n))+`")
#: File paths: ``C:\\Users\\张三\\报告(终稿).docx``, ``~/.config/cleaner.toml``, ``打开/home/张三/a(1).txt``:
#: two segments at least, the first in ASCII, and not after a letter or digit (是/否 and
#: 2023/10/01 are prose). A path ends at white space, CJK punctuation, quotes, or an ASCII
#: comma or semicolon. (Each pattern starts with a literal, which the scan looks for first.)
_PATH_CHARS: Final = "[^\\s/\u3000-\u303f\uff00-\uffef\"'<>|,;]"
WINDOWS_PATH_RE: Final = re.compile(f"(?<![A-Za-z0-9])[A-Za-z]:\\\\(?:{_PATH_CHARS}|\\\\)*")
UNIX_PATH_RE: Final = re.compile(f"/(?<![A-Za-z0-9_/-]/)[A-Za-z0-9._-]+(?:/{_PATH_CHARS}+)+/?")
#: Emoticons, ``:)`` ``;-P`` (not ``如下:(1)``, where a word follows), and kaomoji, ``(^_^)``
#: ``(>_<)`` ``(・∀・)``: their marks are pictures, not punctuation.
EMOTICON_RE: Final = re.compile(r"[:;](?<![A-Za-z0-9:;][:;])-?[)(DPp](?![\w(（])")
KAOMOJI_RE: Final = re.compile(
    "\\([^()（）\\s\u3400-\u9fff]{0,8}[\\^_><°ω╥﹏´`∀≧≦;□][^()（）\\s\u3400-\u9fff]{0,8}[)）]"
)
#: Weibo's repost chain, written by the site: //@小明同学:哈哈哈 (its colon is syntax).
WEIBO_REPOST_RE: Final = re.compile(r"//@[^\s:：/@]{1,30}:")
#: HTML character references, which HTML-extracted text keeps undecoded: ``&#183;``, ``&#x4E2D;``,
#: ``&nbsp;``. Their ``;`` is syntax (马克&#183;吐温 must not become ``&#183；``).
HTML_ENTITY_RE: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: :data:`EMOTICON_RE`'s emoticons, and (group 1) an emoticon with a word straight after it
#: (买了:(伤心, again:)这本书), which EMOTICON_RE leaves to the parenthesis test of
#: :func:`_emoticon_spans`: it is one when its parenthesis pairs with none on the line (如下:(1)不得
#: pairs, so it is a colon and a bracket). Both kinds in one scan.
_EMOTICON_SCAN_RE: Final = re.compile(
    r"[:;](?:(?<![A-Za-z0-9:;][:;])-?[)(DPp](?![\w(（])|(?<![0-9:;][:;])(-?[()])(?=[\w(（]))"
)
#: Kaomoji written with spaces (``( ⊙ o ⊙ )``, ``(╯ ︵ ╰)``): a parenthesised run of symbols and
#: at most single Latin letters, no hanzi; :func:`_kaomoji_spans` asks for a picture symbol in it.
SPACED_KAOMOJI_RE: Final = re.compile("\\([^()（）\n\u3400-\u9fff\uf900-\ufaff]{2,16}\\)")
#: Each with the literals one of which every match holds: a text without them is not scanned.
PROTECTED_RES: Final = (
    (("://", "www."), URL_RE),
    (("@",), EMAIL_RE),
    (("`",), CODE_SPAN_RE),
    ((":\\",), WINDOWS_PATH_RE),
    (("/",), UNIX_PATH_RE),
    (("(",), KAOMOJI_RE),
    (("//@",), WEIBO_REPOST_RE),
    (("&",), HTML_ENTITY_RE),
)
#: The fence that opens or closes a Markdown code block.
CODE_FENCE_RE: Final = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)


def is_han(char: str) -> bool:
    """Whether ``char`` (its first character) is a hanzi, as ``HAN_RE.match`` says, from string
    comparisons: two to three times faster than the regex, and the stages ask it per character.
    A string starts with its first character, so ``low <= char < high`` holds exactly when
    ``char[0]`` is in [low, high); the ranges are HAN_CLASS's, the main block first (the most asked)."""
    return (
        "\u4e00" <= char < "\ua000"
        or "\u3400" <= char < "\u4dc0"
        or "\uf900" <= char < "\ufb00"
        or "\U00020000" <= char < "\U00031350"
    )


def is_cjk(char: str) -> bool:
    """A hanzi or a punctuation mark of Chinese text."""
    return bool(char) and CJK_RE.match(char) is not None


def fenced_code_blocks(text: str) -> list[tuple[int, int]]:
    """Markdown fenced code blocks, from the opening fence to the end of the closing fence's
    line (or to the end of the text, if no fence closes it): code, never prose to repair."""
    if "```" not in text and "~~~" not in text:
        return []
    blocks: list[tuple[int, int]] = []
    opening: re.Match[str] | None = None
    for fence in CODE_FENCE_RE.finditer(text):
        if opening is None:
            opening = fence
        elif fence.group(1)[0] == opening.group(1)[0] and len(fence.group(1)) >= len(opening.group(1)):
            end = text.find("\n", fence.end())
            blocks.append((opening.start(), len(text) if end < 0 else end))
            opening = None
    if opening is not None:
        blocks.append((opening.start(), len(text)))
    return blocks


def protected_mask(text: str) -> bytearray:
    """A byte per character, 1 inside a URL, e-mail address, file path, emoticon, code span or
    code block."""
    mask = bytearray(len(text))
    for literals, regex in PROTECTED_RES:
        if not any(literal in text for literal in literals):
            continue
        for match in regex.finditer(text):
            mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    for start, end in fenced_code_blocks(text):
        mask[start:end] = b"\x01" * (end - start)
    if ":" in text or ";" in text:
        for start, end in _emoticon_spans(text):
            mask[start:end] = b"\x01" * (end - start)
    for start, end in _kaomoji_spans(text):  # (one scan for its literal "(")
        mask[start:end] = b"\x01" * (end - start)
    return mask


_OPENING_PARENS, _CLOSING_PARENS = "(\uff08", ")\uff09"  # ( （ and ) ）


def _emoticon_spans(text: str) -> list[tuple[int, int]]:
    """:data:`EMOTICON_RE`'s matches, and the emoticons before a word (:data:`_EMOTICON_SCAN_RE`'s
    group 1) whose parenthesis closes or opens nothing on its line: ``:(`` with no ``)`` to
    close it after, ``:)`` with no ``(`` open before it."""
    spans = []
    for match in _EMOTICON_SCAN_RE.finditer(text):
        if match.group(1) is None:
            spans.append(match.span())
            continue
        paren = match.end() - 1
        line_start = text.rfind("\n", 0, paren) + 1
        line_end = text.find("\n", paren)
        line_end = len(text) if line_end < 0 else line_end
        if text[paren] == "(":
            stretch, opens, closes = text[paren + 1 : line_end], _OPENING_PARENS, _CLOSING_PARENS
        else:
            stretch, opens, closes = text[line_start:paren][::-1], _CLOSING_PARENS, _OPENING_PARENS
        depth = 1
        for char in stretch:
            if char in opens:
                depth += 1
            elif char in closes:
                depth -= 1
                if depth == 0:
                    break
        if depth:
            spans.append(match.span())
    return spans


#: Symbols that stand in brackets as units or signs, not as kaomoji: ±, ×, ÷ and the
#: letter-like symbols (℃ №).
_NOT_KAOMOJI_SYMBOLS: Final = frozenset("\u00b1\u00d7\u00f7") | frozenset(map(chr, range(0x2100, 0x2150)))
_ASCII_WORD_RE: Final = re.compile("[A-Za-z0-9]{2}")


def _kaomoji_spans(text: str) -> list[tuple[int, int]]:
    """:data:`SPACED_KAOMOJI_RE`'s matches that draw a face: a non-ASCII picture symbol (category
    S: ⊙ ︶ ╯ ω is a letter, so also any non-ASCII, non-punctuation character beside a symbol)
    and no ASCII word."""
    spans = []
    for match in SPACED_KAOMOJI_RE.finditer(text):
        inner = match.group()[1:-1]
        if _ASCII_WORD_RE.search(inner):
            continue
        if any(not c.isascii() and c not in _NOT_KAOMOJI_SYMBOLS and unicodedata.category(c)[0] == "S" for c in inner):
            spans.append(match.span())
    return spans


#: A line or paragraph with at least this many ASCII letters, and this many times as many
#: letters as hanzi, is Latin text quoting Chinese (``圆满, the surnames 袁 and 叶, the name``):
#: its punctuation and spaces are Latin text's.
LATIN_MIN_LETTERS, LATIN_LETTERS_PER_HAN = 12, 3
#: A line holding at least LATIN_MIN_LETTERS ASCII letters: only such lines are counted.
_LETTERY_LINE_RE: Final = re.compile(f"^(?:[^A-Za-z\n]*+[A-Za-z]){{{LATIN_MIN_LETTERS}}}[^\n]*", re.MULTILINE)
_PARAGRAPH_RE: Final = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


_HAN_RUN_RE: Final = re.compile(f"[{HAN_CLASS}]+")


#: Every ASCII byte but the letters: what :func:`_letters` deletes.
_NOT_ASCII_LETTERS: Final = bytes(b for b in range(128) if not chr(b).isalpha())


def _letters(chunk: str) -> int:
    """How many ASCII letters ``chunk`` holds (``[A-Za-z]`` matches), counted in C: its ASCII
    characters (an encoding that drops the rest a run at a time: few on a Chinese page), less
    all but the letters. A tenth of the time of a regex's scan of every character."""
    return len(chunk.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))


def _latin(chunk: str) -> bool:
    """Counted by runs, not characters: a page of Chinese is a few runs, not thousands of matches."""
    return _letters(chunk) >= LATIN_LETTERS_PER_HAN * sum(map(len, _HAN_RUN_RE.findall(chunk)))


def is_latin_text(chunk: str) -> bool:
    """Whether ``chunk`` is Latin text quoting Chinese: at least LATIN_MIN_LETTERS ASCII letters
    and LATIN_LETTERS_PER_HAN times as many as hanzi (a manual, a source file's comments)."""
    letters = _letters(chunk)
    if letters < LATIN_MIN_LETTERS:
        return False
    han = 0
    for run in _HAN_RUN_RE.finditer(chunk):  # (stops at the first runs of a Chinese text)
        han += run.end() - run.start()
        if letters < LATIN_LETTERS_PER_HAN * han:
            return False
    return True


#: Kana and Hangul: Japanese and Korean text, which write hanzi too but have their own
#: punctuation and spacing (한국어(韓國語)는 keeps its ASCII parentheses, Korean its spaces).
#: Not the katakana middle dot and long-vowel mark (U+30FB, U+30FC): Chinese text uses them.
KANA_HANGUL_CLASS: Final = "\u3041-\u3096\u30a1-\u30fa\u31f0-\u31ff\uff66-\uff9d\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3"
_KANA_HANGUL_RUN_RE: Final = re.compile(f"[{KANA_HANGUL_CLASS}]+")
#: Hiragana, katakana and Hangul syllables: every paragraph of Japanese or Korean has some, and
#: a class of three ranges is scanned in a third of the time of all six.
_KANA_HANGUL_PRESENT_RE: Final = re.compile("[\u3041-\u3096\u30a1-\u30fa\uac00-\ud7a3]")
#: A paragraph whose kana and Hangul are at least this share of its kana, Hangul and hanzi is
#: Japanese or Korean (Japanese prose is about half kana, Korean nearly all Hangul). A
#: Chinese paragraph naming a Korean, 文在寅(문재인), stays below; a one-line one quoting a
#: long Japanese title may not, and is then left as it is: a missed repair, not a false one.
JAPANESE_KOREAN_MIN_SHARE: Final = 0.25


def _japanese_or_korean(chunk: str) -> bool:
    other = sum(map(len, _KANA_HANGUL_RUN_RE.findall(chunk)))
    hanzi = sum(map(len, _HAN_RUN_RE.findall(chunk)))
    return other > 0 and other >= JAPANESE_KOREAN_MIN_SHARE * (other + hanzi)


#: A bibliography entry (GB/T 7714: 张三, 李四. 题名[J]. 刊名, 2020, 43(5): 1-10.), which the
#: standard writes with ASCII punctuation on purpose: the line holds a document-type code.
REFERENCE_ENTRY_RE: Final = re.compile(
    r"^[^\n]*\[(?:[ACDGJMNPRSZ]|EB|DB|CP)(?:/(?:OL|DK|MT|CD))?\][^\n]*", re.MULTILINE
)


#: A row of a plain-text table: four spaces or a tab between two characters of the line align
#: its columns (extraction leaves one or two where it joins lines). A full-width mark there
#: would push the rest of the row out of line (销售额(万元)    同比).
TABLE_ROW_RE: Final = re.compile(r"^[^\n]*\S(?: {4,}|\t)[ \t]*\S[^\n]*", re.MULTILINE)
#: The gap between two cells of a table row, inside a line: ideographic spaces (U+3000, with any
#: spaces or tabs beside them: 深发展　12.34, 居民消费价格　　2.8%), a tab, four ASCII spaces or
#: more, or two or three between characters that are not Chinese punctuation (beside one they
#: are a typing habit that cjk-space squeezes: 最后一句打错了。  原来).
TABLE_CELL_GAP_RE: Final = re.compile(
    f"[ \t]*[\u3000\t][\u3000 \t]*| {{4,}}|(?<=[^\\s{CJK_PUNCT_CLASS}]) {{2,3}}(?=[^\\s{CJK_PUNCT_CLASS}])"
)
#: The marks that end a clause or a sentence (，。；！？ and their ASCII forms): a table's cell holds
#: none. (Not an ASCII comma before a digit: 3,256.8 is a figure.)
CLAUSE_MARK_RE: Final = re.compile("[\uff0c\u3002\uff1b\uff01\uff1f;!?]|,(?![0-9])")


def untouchable_mask(text: str) -> bytearray:
    """:func:`protected_mask`, plus every line and paragraph of Latin text (all of a document
    of Latin text, such as an English one quoting Chinese in a table), every paragraph of
    Japanese or Korean, every bibliography entry and every row of a plain-text table: where
    width and spacing rules for Chinese change nothing."""
    mask = protected_mask(text)
    for start, end in japanese_korean_paragraphs(text):
        mask[start:end] = b"\x01" * (end - start)
    if "]" in text:
        for match in REFERENCE_ENTRY_RE.finditer(text):
            mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    if "    " in text or "\t" in text:
        for match in TABLE_ROW_RE.finditer(text):
            mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    lettery = list(_LETTERY_LINE_RE.finditer(text))
    if not lettery:
        return mask  # a paragraph of Latin text has lines of it too: none here
    if _latin(text):
        return bytearray(b"\x01" * len(text))
    for match in lettery:
        if _latin(match.group()):
            mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    for paragraph in _PARAGRAPH_RE.finditer(text):
        chunk = paragraph.group()
        if "\n" in chunk and _letters(chunk) >= LATIN_MIN_LETTERS and _latin(chunk):
            mask[paragraph.start() : paragraph.end()] = b"\x01" * len(chunk)
    return mask


def japanese_korean_paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph of Japanese or Korean text."""
    if not _KANA_HANGUL_PRESENT_RE.search(text):
        return []  # the common case: no kana, no Hangul
    return [p.span() for p in _PARAGRAPH_RE.finditer(text) if _japanese_or_korean(p.group())]


# -- line structure (used by the reflow stage) -----------------------------------------
LEFT_CORNER_BRACKET: Final = "\u300c"  # 「
RIGHT_CORNER_BRACKET: Final = "\u300d"  # 」
LEFT_WHITE_CORNER_BRACKET: Final = "\u300e"  # 『
RIGHT_WHITE_CORNER_BRACKET: Final = "\u300f"  # 』
LEFT_DOUBLE_ANGLE: Final = "\u300a"  # 《
RIGHT_DOUBLE_ANGLE: Final = "\u300b"  # 》
LEFT_BLACK_LENTICULAR: Final = "\u3010"  # 【
RIGHT_BLACK_LENTICULAR: Final = "\u3011"  # 】
BLACK_CIRCLE: Final = "\u25cf"  # ● (separates names in bylines: 本报通讯员●侯铁●吕昊俊)

#: Opening quotes and brackets, each with the mark that closes it.
OPEN_TO_CLOSE: Final = {
    LEFT_DOUBLE_QUOTE: RIGHT_DOUBLE_QUOTE,
    LEFT_SINGLE_QUOTE: RIGHT_SINGLE_QUOTE,
    FULLWIDTH_LEFT_PAREN: FULLWIDTH_RIGHT_PAREN,
    LEFT_DOUBLE_ANGLE: RIGHT_DOUBLE_ANGLE,
    LEFT_CORNER_BRACKET: RIGHT_CORNER_BRACKET,
    LEFT_WHITE_CORNER_BRACKET: RIGHT_WHITE_CORNER_BRACKET,
    LEFT_BLACK_LENTICULAR: RIGHT_BLACK_LENTICULAR,
}
#: Closing quotes and brackets: they may follow a sentence-final mark (。” ！）).
CLOSING_MARK_CLASS: Final = "\u201d\u2019\uff09\u300b\u300d\u300f\u3011)\"'"
#: Marks a line (or a paragraph) cannot start with: closing marks and clause punctuation
#: (GB/T 15834 and the line-breaking rules of Chinese typesetting).
NO_LINE_START_CLASS: Final = CLOSING_MARK_CLASS + "\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f\u2026"
#: Clause punctuation: a line ending in one of these stops mid-sentence.
CLAUSE_PUNCT_CLASS: Final = "\uff0c\u3001\uff1b,;"
#: Informal writing ends a sentence with a tilde or an emoji (好呀～, 今天真好😊, ❤️):
#: symbols, dingbats and pictographs; U+FE0F asks for the emoji form of the one before it.
_INFORMAL_END_RANGES: Final = ((0x2600, 0x27BF), (0x1F300, 0x1FAFF))
INFORMAL_END_CLASS: Final = "~\uff5e" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _INFORMAL_END_RANGES)
INFORMAL_END_CHARS: Final = frozenset("~\uff5e").union(*(map(chr, range(a, b + 1)) for a, b in _INFORMAL_END_RANGES))
EMOJI_PRESENTATION: Final = "\ufe0f"
#: Markdown emphasis closed after a sentence: **注意安全。**
CLOSING_EMPHASIS: Final = r"(?:\*{1,3}|_{1,3})?"
#: Reference marks after a sentence: 物种。[2][3]
CITATIONS: Final = r"(?:\[\d{1,3}(?:[-–,，]\d{1,3})*\])*"
#: A paragraph ends here: sentence-final punctuation (full-width or ASCII, or ．), optionally
#: followed by closing quotes or brackets, or by an author's name in brackets (。（张佳良）);
#: or an informal end; either perhaps followed by reference marks and closing emphasis.
PARAGRAPH_END_RE: Final = re.compile(
    f"(?:[{SENTENCE_END_CLASS}.\uff0e!?][{CLOSING_MARK_CLASS}]*(?:[\uff08(][^\uff08\uff09()]{{1,20}}[\uff09)])?"
    f"|[{INFORMAL_END_CLASS}]{EMOJI_PRESENTATION}?[{CLOSING_MARK_CLASS}]*){CITATIONS}{CLOSING_EMPHASIS}$"
)
#: Markdown structure that is never joined: headings, list bullets, quotes, tables, fences,
#: rules.
MARKDOWN_BLOCK_RE: Final = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|>|\||```|~~~|(?:[-*_]\s*){3,}$|\d{1,3}[.)]\s)")
#: Bullets that start a list item: ● ○ ■ □ ◆ ◇ ▲ △ ▶ ► ★ ☆ • ▪ (not the middle dot ·, which
#: joins the parts of a foreign name).
BULLETS: Final = "\u25cf\u25cb\u25a0\u25a1\u25c6\u25c7\u25b2\u25b3\u25b6\u25ba\u2605\u2606\u2022\u25aa"
#: Chinese list items and subtitles: ——, 一、, （一）, (1), 1., 1、, ①, 第一章, ●, and a section's
#: number of two levels or more, closed by a point and a space (1.23. Shell 命令常见用法, 10.6.4. 启动服务器:
#: a table of contents; not 1.23 亿元, a figure a line may start with).
LIST_ITEM_RE: Final = re.compile(
    "^[\\s\u3000]*(?:\u2014|\u2015|\u2e3a"
    "|[一二三四五六七八九十百]{1,3}[\u3001\uff0e.]"
    "|[（(][一二三四五六七八九十百0-9]{1,3}[）)]"
    "|[0-9]{1,3}(?:[\u3001\uff0e\uff09)]|\\.(?![0-9]))"
    "|[0-9]{1,3}(?:\\.[0-9]{1,3})+\\.(?=[ \u3000])"
    "|[\u2460-\u2473\u2776-\u277f]"
    "|第[一二三四五六七八九十百0-9]{1,3}[章节条部篇]"
    f"|[{BULLETS}](?=\\S)"
    ")"
)
#: Bylines and credits standing on their own line: 本报通讯员●侯铁, （王国强 陈克强）,
#: 沈翠英 摄, 本版图片由王洪摄.
BYLINE_RE: Final = re.compile(
    f"^[\\s\u3000]*(?:"
    f"(?:本报|新华社)?(?:记者|通讯员|特约记者|实习生)[\\s{BLACK_CIRCLE}\u00b7:：]*[{HAN_CLASS}]"
    f"|[（(][{HAN_CLASS}]{{2,4}}(?:[\\s\u3000{BLACK_CIRCLE}、]+[{HAN_CLASS}]{{2,4}})*[）)]$"
    f"|[{HAN_CLASS}]{{2,4}}(?:[\\s\u3000、]+[{HAN_CLASS}]{{2,4}})*[\\s\u3000]*摄(?:影)?$"
    f"|本版图片.{{0,20}}摄$"
    f"|(?:文|图|摄影|编辑|责任编辑)[/／:：][\\s\u3000]*[{HAN_CLASS}]"
    f")"
)

# -- invisible and dangerous characters (stage mojibake, rule invisible) -----------------
ZERO_WIDTH_SPACE: Final = "\u200b"
ZERO_WIDTH_NON_JOINER: Final = "\u200c"  # meaningful in Persian and Indic scripts
ZERO_WIDTH_JOINER: Final = "\u200d"  # meaningful in emoji sequences (👨‍👩‍👧) and Indic scripts
WORD_JOINER: Final = "\u2060"
SOFT_HYPHEN: Final = "\u00ad"
BYTE_ORDER_MARK: Final = "\ufeff"  # ZERO WIDTH NO-BREAK SPACE when inside a text
LEFT_TO_RIGHT_MARK: Final = "\u200e"
RIGHT_TO_LEFT_MARK: Final = "\u200f"
#: Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they reorder
#: what a reader sees ("Trojan Source"), and Chinese text never needs them.
BIDI_CONTROL_CLASS: Final = "\u202a-\u202e\u2066-\u2069"
#: Every invisible character the stage removes or reports.
INVISIBLE_CLASS: Final = "\u200b-\u200f\u2060\u00ad\ufeff" + BIDI_CONTROL_CLASS
INVISIBLE_RUN_RE: Final = re.compile(f"[{INVISIBLE_CLASS}]+")
#: Right-to-left letters (Hebrew, Arabic and their presentation forms): where they occur,
#: bidi controls and marks may be legitimate.
RTL_LETTER_RE: Final = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")

# -- mojibake -----------------------------------------------------------------------------
REPLACEMENT_CHARACTER: Final = "\ufffd"  # �: a decoder already gave up here
#: ``锟斤拷``: the UTF-8 bytes of U+FFFD (EF BF BD) read as GBK, usually repeated.
KUN_JIN_KAO: Final = "锟斤拷"
LOST_TEXT_RE: Final = re.compile(f"(?:{KUN_JIN_KAO})+(?:锟斤?)?|{REPLACEMENT_CHARACTER}+")
#: Latin-1 letters that begin the cp1252/latin-1 reading of a UTF-8 sequence (Ã Â ä å æ ç è é ...).
#: ftfy runs only on lines holding one of them, so clean Chinese text never reaches it.
LATIN_MOJIBAKE_TRIGGER_RE: Final = re.compile(
    "[\u00c2-\u00f4]"  # the lead byte of a UTF-8 sequence, read as Latin-1
    # then a continuation byte, read as Latin-1 or as cp1252's € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
#: Kangxi radicals, radical supplements and CJK compatibility ideographs (see mappings/kangxi.tsv).
KANGXI_LOOKALIKE_RE: Final = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")

# -- dashes, ellipses, middle dots and symbols (stage width, GB/T 15834 details) ---------------
HORIZONTAL_BAR: Final = "\u2015"  # ―, what some GBK tables give for the dash (A1AA)
FULLWIDTH_HYPHEN_MINUS: Final = "\uff0d"  # －
BOX_DRAWINGS_LIGHT_HORIZONTAL: Final = "\u2500"  # ─, from PDF table rules
TWO_EM_DASH: Final = "\u2e3a"  # ⸺, one character for ——
EM_DASH_PAIR: Final = EM_DASH * 2  # —— GB/T 15834 破折号
ELLIPSIS_PAIR: Final = HORIZONTAL_ELLIPSIS * 2  # …… GB/T 15834 省略号
IDEOGRAPHIC_FULL_STOPS: Final = IDEOGRAPHIC_FULL_STOP * 3  # 。。。 an ellipsis typed with full stops
HYPHENATION_POINT: Final = "\u2027"  # ‧ the Taiwan (MOE) 間隔號
BULLET: Final = "\u2022"  # •
KATAKANA_MIDDLE_DOT: Final = "\u30fb"  # ・
HALFWIDTH_KATAKANA_MIDDLE_DOT: Final = "\uff65"  # ･
BULLET_OPERATOR: Final = "\u2219"  # ∙
DOT_OPERATOR: Final = "\u22c5"  # ⋅
#: Characters used for the middle dot (间隔号) in names and dates: 阿卜杜勒·克里木, 4·29.
MIDDLE_DOT_VARIANTS_CLASS: Final = "\u00b7\u2027\u2022\u30fb\uff65\u2219\u22c5"
#: Runs of dash-like characters (spaces between allowed): candidates for the Chinese dash.
#: (No look-around: it defeats the regex engine's fast scan; the run is checked whole.)
DASH_CANDIDATE_RE: Final = re.compile("[\u2014\u2015\u2500\uff0d\u2e3a-][\u2014\u2015\u2500\uff0d\u2e3a \t-]*")
#: The whole of a candidate run that stands for —— but is not it: two dash-like characters (a
#: line-join space allowed between), ``--``, or ⸺ (U+2E3A TWO-EM DASH).
DASH_PAIR_RE: Final = re.compile("[\u2014\u2015\u2500\uff0d][ \t]*[\u2014\u2015\u2500\uff0d]|--|\u2e3a")
#: Runs of dots, full stops and ellipses (spaces between allowed): candidates for an ellipsis.
ELLIPSIS_CANDIDATE_RE: Final = re.compile("[.\u2026\u3002\u00b7\u30fb][.\u2026\u3002\u00b7\u30fb \t]*")
#: The whole of a candidate run that is an ellipsis but not ……: one …, three to six ASCII dots,
#: 。。。 (a line-join space allowed between), ···, ・・・, or three ….
ELLIPSIS_VARIANT_RE: Final = re.compile(
    "\u2026|\\.{3,6}|\u3002[ \t]*\u3002[ \t]*\u3002|\u3002{6}|\u00b7{3}|\u00b7{6}|\u30fb{3}|\u30fb{6}|\u2026{3}"
)
MIDDLE_DOT_RE: Final = re.compile(f"[{MIDDLE_DOT_VARIANTS_CLASS}]")
#: Full-width symbols whose ASCII form the output style uses beside ASCII digits (％ -> %).
FULLWIDTH_SYMBOLS: Final = "\uff05\uff03\uff06\uff20\uff0b\uff1d\uff04"  # ％＃＆＠＋＝＄
FULLWIDTH_SYMBOL_RE: Final = re.compile(f"[{FULLWIDTH_SYMBOLS}]")

# -- line ends and starts (the columns stage) -------------------------------------------
#: Punctuation that may end a line of a column: a clause or sentence ends with it.
LINE_END_PUNCT: Final = frozenset(
    "\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f\u201d\u2019\u2026\uff09\u300b"
)  # ，。、；：！？”’…）》
#: Punctuation that Chinese typesetting never puts at the start of a line (kinsoku): a line
#: starting with one continues the line before it. Quotes are left out: ``width`` may have
#: paired them wrongly in a paragraph whose lines come from different columns.
LINE_START_FORBIDDEN_PUNCT: Final = frozenset(
    "\uff0c\u3002\u3001\uff1b\uff1a\uff01\uff1f\uff09\u300b"
)  # ，。、；：！？）》
#: Quotes that close a quotation, and the ASCII one OCR leaves for either.
CLOSING_QUOTES: Final = frozenset('\u201d\u2019"')  # ”’"
_NARROW_LIMIT: Final = "\u1100"  # below this, characters are narrow (Latin, digits): half a hanzi
_NARROW_RE: Final = re.compile(f"[\x00-{chr(ord(_NARROW_LIMIT) - 1)}]+")


def display_width(text: str) -> float:
    """Width in hanzi: a hanzi or full-width character is 1, a narrow one 1/2, white space 0.

    >>> display_width("打造 44 个")
    4.0
    """
    if not text:
        return 0
    # Counted, not summed character by character: the non-space characters (str.split()
    # splits at exactly the characters str.isspace() accepts), then the narrow ones among
    # them. Halves add up exactly in floating point, so this is the same number.
    visible = "".join(text.split())
    wide = len(_NARROW_RE.sub("", visible))
    return wide + 0.5 * (len(visible) - wide)


#: A character :func:`display_width` does not count as one: narrow (Latin, digits) or white
#: space. Text without one is as wide as it is long.
NOT_ONE_WIDE_RE: Final = re.compile(f"[\\s\x00-{chr(ord(_NARROW_LIMIT) - 1)}]")


#: The hanzi of written numbers (一九九八年, 八五, 三百二十): 一 next to one of them is a numeral.
HAN_NUMERALS: Final = "〇一二三四五六七八九十百千万亿两零"
