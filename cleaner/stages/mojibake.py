"""Stage ``mojibake``: text decoded with the wrong codec, text lost for good, PDF font-map
look-alikes and invisible characters.

Rules:

- ``mojibake``: UTF-8 bytes read as GBK/GB18030 (``涓\\ue15f枃`` -> ``中文``) or as Big5, repaired
  only where the round trip is exact (re-encoding the span gives valid UTF-8) and the repaired
  text reads as common Chinese while the damaged one does not, or (rarer characters:
  ``醍醐灌顶``, ``鲷鱼``) segments into dictionary words far more probably than the damage;
  UTF-8 read as cp1252/latin-1 (``ä¸­æ–‡``) through ftfy, configured so it never touches
  full-width characters or curly quotes (its defaults turn ``他说：“你好，世界！”`` into
  ``他说:"你好,世界!"``).
- ``mojibake-lost``: ``锟斤拷`` and runs of U+FFFD: the text is gone; reported with its span.
- ``kangxi``: Kangxi radicals and CJK compatibility ideographs (``⼀⼆⼋⼗``) -> unified
  ideographs (``一二八十``), from mappings/kangxi.tsv.
- ``invisible``: zero-width spaces and joiners, soft hyphens, BOMs inside the text, bidi
  controls: removed, or reported where they may mean something (ZWJ in emoji, bidi controls
  beside Hebrew or Arabic). Never passed on silently.

>>> from cleaner.stages.base import StageContext
>>> [f.edit.after for f in detect("涓\\ue15f枃测试", StageContext()) if f.edit]
['中文']
"""

from __future__ import annotations

import functools
import re
import unicodedata

from cleaner.chars import (
    BYTE_ORDER_MARK,
    HAN_CLASS,
    INVISIBLE_RUN_RE,
    KANGXI_LOOKALIKE_RE,
    LATIN_MOJIBAKE_TRIGGER_RE,
    LOST_TEXT_RE,
    RTL_LETTER_RE,
    SOFT_HYPHEN,
    ZERO_WIDTH_JOINER,
    ZERO_WIDTH_NON_JOINER,
    is_cjk,
    is_han,
    japanese_korean_paragraphs,
    protected_mask,
)
from cleaner.model import Edit, Finding, Span
from cleaner.stages.base import Stage, StageContext
from cleaner.tables import read_tsv

RULE_MOJIBAKE = "mojibake"
RULE_LOST = "mojibake-lost"
RULE_KANGXI = "kangxi"
RULE_INVISIBLE = "invisible"

SURE = 0.95
LIKELY = 0.9
UNSURE = 0.5
#: A lexicon guess at lost bytes: always below the threshold (reported, never applied).
GUESS = 0.6

#: Codecs whose misreading of UTF-8 we undo, with the name a reviewer knows them by.
WRONG_CODECS = (("gb18030", "GBK/GB18030"), ("cp950", "Big5"))

#: A run of UTF-8 sequences as Chinese text makes them: at least two three- or four-byte
#: sequences (one character of mojibake is never enough evidence), with printable ASCII and
#: two-byte sequences (``·`` ``×``) allowed between them.
_UTF8_SEQ = rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
_UTF8_WIDE_SEQ = rb"(?:[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
_UTF8_RUN_RE = re.compile(_UTF8_WIDE_SEQ + rb"(?:(?:[\x20-\x7e]|[\xc2-\xdf][\x80-\xbf])*" + _UTF8_WIDE_SEQ + rb")+")
_UTF8_SEQ_RE = re.compile(_UTF8_SEQ)
#: Two adjacent three-byte sequences: a cheap test (one fixed pattern) that any run of
#: Chinese mojibake passes and clean text almost never does; the full regex runs only then.
_UTF8_TWO_WIDE_RE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}[\xe0-\xef][\x80-\xbf]{2}")

#: What repaired text may contain: hanzi, CJK punctuation, ASCII, Latin-1 and general punctuation.
#: (Symbols such as ● U+25CF and № are readable too: bylines use them.)
_READABLE_RE = re.compile(f"[{HAN_CLASS}\u3000-\u303f\uff00-\uffef\u2010-\u2bff\u0020-\u007e\u00a0-\u00ff]+")
#: Repairs shorter than this many wide characters also need the lexicon's word evidence.
_SHORT_REPAIR = 4


def detect(text: str, ctx: StageContext) -> list[Finding]:
    # Mojibake first: its spans hold characters (U+00AD, PUA, 锟) the other rules would claim.
    findings = []
    taken: list[tuple[int, int]] = []
    codec_findings = _codec_findings(text)
    for finding in codec_findings + _latin_findings(text):
        if not any(s < finding.span.end and finding.span.start < e for s, e in taken):
            findings.append(finding)
            taken.append((finding.span.start, finding.span.end))
    leftovers = _leftover_findings(text, [f for f in codec_findings if f in findings])
    for finding in leftovers + _lost_findings(text) + _kangxi_findings(text) + _invisible_findings(text):
        if not any(s < finding.span.end and finding.span.start < e for s, e in taken):
            findings.append(finding)
            taken.append((finding.span.start, finding.span.end))
    if findings and ("`" in text or "~~~" in text):
        findings = _code_reported(text, findings)
    if findings and _ABOUT_ENCODINGS_RE.search(text):
        findings = [_as_report(f, "in a text about encodings, where it may be an example") for f in findings]
    return sorted(findings, key=lambda f: (f.span.start, f.span.end))


#: A text that talks about encodings quotes mojibake and odd characters as examples (就会显示成
#: “浣犲ソ”, 部首“⼈”（U+2F08）): there they are reported, not repaired.
_ABOUT_ENCODINGS_RE = re.compile(
    "乱码|字符编码|编码错误|解码|GBK|GB2312|GB18030|Big5|UTF-?8|Unicode|U\\+[0-9A-F]{4}", re.IGNORECASE
)


def _as_report(finding: Finding, why: str) -> Finding:
    """The finding without its repair (invisible characters are still removed)."""
    if finding.edit is None or finding.rule == RULE_INVISIBLE:
        return finding
    message = f"{finding.message} ({why}: reported, not repaired)"
    return Finding(finding.rule, finding.span, message, min(finding.confidence, UNSURE))


def _code_reported(text: str, findings: list[Finding]) -> list[Finding]:
    """Code spans and blocks show text as it is (a document about mojibake quotes it there):
    what would be repaired in them is reported instead. Invisible characters are still removed."""
    mask = protected_mask(text)
    kept = []
    for finding in findings:
        start, end = finding.span.start, finding.span.end
        if any(mask[start : max(end, start + 1)]):
            finding = _as_report(finding, "inside code")
        kept.append(finding)
    return kept


def _leftover_findings(text: str, repairs: list[Finding]) -> list[Finding]:
    """The rest of a garbled run that an exact repair could not reach: report it.

    A run of UTF-8 read as GBK with replacement loses bytes; the stretches between the
    losses are repaired, and what touches them (up to a space, ASCII or CJK punctuation)
    is reported as lost text, not guessed, when it reads as mojibake (mostly rare characters).
    """
    covered = sorted((f.span.start, f.span.end, "Big5" in f.message) for f in repairs)
    repaired_text = {f.span.start: f.edit.after for f in repairs if f.edit}
    findings = []
    for index, (start, end, big5) in enumerate(covered):
        common = _big5_level1() if big5 else _gb2312_level1()
        left_limit = covered[index - 1][1] if index else 0
        right_limit = covered[index + 1][0] if index + 1 < len(covered) else len(text)
        left = start
        while left > left_limit and _garble_char(text[left - 1]):
            left -= 1
        right = end
        while right < right_limit and _garble_char(text[right]):
            right += 1
        for lo, hi in ((left, start), (end, right)):
            # Clean text beside a repair (标题：<mojibake>测试) is common characters: not reported.
            if hi > lo and _commonness(text[lo:hi], common) <= 0.5:
                gap = text[lo:hi]
                guess = None
                if lo == end and hi == right_limit and index + 1 < len(covered) and not big5:
                    guess = _guess_lost_pair(repaired_text[start], gap, repaired_text[covered[index + 1][0]])
                if guess is None:
                    message = f"'{gap}' is the rest of a garbled run whose bytes were lost; check the source"
                    findings.append(Finding(RULE_LOST, Span(lo, hi), message, LIKELY))
                else:
                    message = (
                        f"'{gap}' is the rest of a garbled run that lost two bytes; the words around suggest"
                        f" '{guess}' (a guess: check the source)"
                    )
                    edit = Edit(Span(lo, hi), gap, guess, RULE_LOST, GUESS, message)
                    findings.append(Finding(RULE_LOST, Span(lo, hi), message, GUESS, edit))
    return findings


#: Bytes of Chinese UTF-8: continuation bytes and three-byte lead bytes.
_CJK_UTF8_BYTES = (*range(0x80, 0xC0), *range(0xE0, 0xF0))
#: Gaps longer than this are not guessed at.
_MAX_GUESS_GAP = 6


def _guess_lost_pair(left: str, gap: str, right: str) -> str | None:
    """What ``gap`` (GBK mojibake between two repaired stretches) read before a decoder dropped
    one undecodable byte pair from it, if the lexicon clearly prefers one reading.

    ``鐢辨湀瑕佸ソ|濂藉|涔犲ぉ澶╁悜`` -> ``由月要好|好学|习天天向``: the pair ``AD A6`` of 学
    (E5 AD A6) was dropped. Every insertion point and pair that gives valid UTF-8 is tried;
    the reading whose new characters form the most frequent word with their neighbours wins
    if it beats the next by 2x. Only ever a suggestion below the threshold.
    """
    from cleaner.lexicon import COMMON_WORD_FREQ, frequency

    if len(gap) > _MAX_GUESS_GAP:
        return None
    data = gap.encode("gb18030")
    scores: dict[str, int] = {}
    for cut in range(0, len(data) + 1, 2):
        for first in _CJK_UTF8_BYTES:
            for second in _CJK_UTF8_BYTES:
                try:
                    reading = (data[:cut] + bytes((first, second)) + data[cut:]).decode("utf-8")
                except UnicodeDecodeError:
                    continue
                if reading in scores or not all(is_han(c) or is_cjk(c) for c in reading):
                    continue
                context = left[-3:] + reading + right[:3]
                lo, hi = min(len(left), 3), min(len(left), 3) + len(reading)
                scores[reading] = max(
                    (
                        frequency(context[i : i + n])
                        for n in (2, 3, 4)
                        for i in range(max(0, lo - n + 1), min(hi, len(context) - n + 1))
                    ),
                    default=0,
                )
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < COMMON_WORD_FREQ:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _garble_char(char: str) -> bool:
    """Could ``char`` be part of GBK/Big5 mojibake (not ASCII, space or CJK punctuation)?"""
    return not char.isascii() and not char.isspace() and not ("\u3000" <= char <= "\u303f") and char not in "，：；！？"


def _finding(rule: str, start: int, before: str, after: str, confidence: float, reason: str) -> Finding:
    edit = Edit(Span(start, start + len(before)), before, after, rule, confidence, reason)
    return Finding(rule, edit.span, reason, confidence, edit)


# -- UTF-8 read as GBK/GB18030 or Big5 --------------------------------------------------------------
@functools.cache
def _gb2312_level1() -> frozenset[str]:
    """The 3,755 most common hanzi (GB2312 level 1, bytes B0A1-D7F9)."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


@functools.cache
def _big5_level1() -> frozenset[str]:
    """The 5,401 common traditional hanzi (Big5 A440-C67E)."""
    chars = set()
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _commonness(text: str, common: frozenset[str]) -> float:
    """Share of the hanzi in ``text`` that are in ``common`` (punctuation is neutral)."""
    hanzi = [c for c in text if is_han(c)]
    if not hanzi:
        return 0.0
    return sum(1 for c in hanzi if c in common) / len(hanzi)


def _codec_findings(text: str) -> list[Finding]:
    if text.isascii():
        return []
    findings: list[Finding] = []
    for codec, label in WRONG_CODECS:
        data = text.encode(codec, errors="replace")  # '?' (one byte) for what the codec lacks
        if not _UTF8_TWO_WIDE_RE.search(data):
            continue  # fast path: no two Chinese characters' worth of UTF-8 in the bytes
        matches = list(_UTF8_RUN_RE.finditer(data))
        if not matches:
            continue
        char_at = _char_offsets(data, codec, _sequence_edges(matches))
        for match in matches:
            finding = _codec_repair(text, data, match, char_at, codec, label)
            if finding is not None:
                findings.append(finding)
    return findings


def _sequence_edges(matches: list[re.Match[bytes]]) -> list[int]:
    """Byte offsets where a UTF-8 sequence starts or ends inside each run, in order."""
    offsets: set[int] = set()
    for match in matches:
        for seq in _UTF8_SEQ_RE.finditer(match.string, match.start(), match.end()):
            offsets.add(seq.start())
            offsets.add(seq.end())
    return sorted(offsets)


def _char_offsets(data: bytes, codec: str, offsets: list[int]) -> dict[int, int]:
    """Map each byte offset that is a character boundary in ``data`` to its character offset.

    Decodes forward from the last known boundary: a slice that ends inside a character fails
    to decode (a lead byte without its trail), so success means a boundary.
    """
    char_at: dict[int, int] = {}
    last_byte = last_char = 0
    for offset in offsets:
        try:
            count = len(data[last_byte:offset].decode(codec))
        except UnicodeDecodeError:
            continue
        last_byte, last_char = offset, last_char + count
        char_at[offset] = last_char
    return char_at


def _codec_repair(
    text: str, data: bytes, match: re.Match[bytes], char_at: dict[int, int], codec: str, label: str
) -> Finding | None:
    """The repair of one run of valid UTF-8 in the re-encoded text, if it is aligned and readable.

    The run is trimmed to the longest stretch that starts and ends on character boundaries
    (a clean character before mojibake may share no bytes with it).
    """
    seqs = list(_UTF8_SEQ_RE.finditer(data, match.start(), match.end()))
    starts = [s.start() for s in seqs if s.start() in char_at]
    ends = [s.end() for s in seqs if s.end() in char_at]
    if not starts or not ends:
        return None
    byte_start, byte_end = starts[0], ends[-1]
    if byte_end <= byte_start:
        return None
    start, end = char_at[byte_start], char_at[byte_end]
    before = text[start:end]
    if before.encode(codec, errors="replace") != data[byte_start:byte_end]:
        return None  # an unencodable character stood in as '?': not a round trip
    try:
        after = data[byte_start:byte_end].decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not _better_reading(before, after, codec):
        return None
    reason = (
        f"UTF-8 text read as {label}: re-encoding '{_short(before)}' as {label} gives the UTF-8 bytes of"
        f" '{_short(after)}'"
    )
    return _finding(RULE_MOJIBAKE, start, before, after, SURE, reason)


def _short(text: str, limit: int = 24) -> str:
    """``text`` cut for a message (the edit itself carries the whole of it)."""
    return text if len(text) <= limit else text[: limit - 4] + "…"


def _better_reading(before: str, after: str, codec: str) -> bool:
    """Is ``after`` plainly the text and ``before`` its mojibake?

    ``after`` must be readable Chinese (hanzi, CJK punctuation, ASCII) with at least two
    non-ASCII characters, mostly common characters, and clearly more common than ``before``;
    or, failing that, far more probable under the lexicon (``_reads_far_better``).
    """
    wide = [c for c in after if not c.isascii()]
    if len(wide) < 2 or not _READABLE_RE.fullmatch(after) or sum(1 for c in wide if is_han(c)) < 1:
        return False
    # The repair is judged against the common characters of its own script (simplified or
    # traditional: a text is written in one); the damage against those of the codec that
    # produced it (GBK mojibake is made of rare GBK characters).
    after_score = max(_commonness(after, common) for common in (_gb2312_level1(), _big5_level1()))
    before_score = _commonness(before, _big5_level1() if codec == "cp950" else _gb2312_level1())
    # A private-use character is what GB18030 gives for byte pairs no text uses: strong evidence
    # of mojibake, so rarer characters in the repair are accepted.
    private_use = any("\ue000" <= c <= "\uf8ff" for c in before)
    if after_score < (0.6 if private_use else 0.8) or after_score - before_score < 0.3:
        return _reads_far_better(before, after, wide, after_score, before_score)
    if len(wide) < _SHORT_REPAIR:
        # Two or three characters can be valid UTF-8 by chance: the damage must be mostly rare
        # characters and the repair only common ones, or the repair must be a word. Either way
        # the repair is hanzi alone: '閿氣憤' (traditional 'anchor, indignant') re-encodes to
        # the UTF-8 of '锚⑍', one common hanzi and a symbol no short text is made of.
        from cleaner.lexicon import is_word

        if not all(is_han(c) for c in wide):
            return False
        # Traditional text re-encoded as GBK can be valid UTF-8 too ('榛樹總' -> '默係'): damage
        # made of common traditional characters is no evidence, whichever codec is undone.
        traditional_score = _commonness(before, _big5_level1())
        if after_score == 1.0 and max(before_score, traditional_score) <= (0.5 if private_use else 0.34):
            return True
        if is_word(after.strip()) and not is_word(before.strip()):
            return True
        return _reads_far_better(before, after, wide, after_score, before_score)
    return True


#: How much more probable, per repaired character, the repair must be than the damage under
#: jieba's unigram model (natural log): e^6 ~ 400x per character. In 25 MB of random
#: dictionary words (the rarest text the stage sees) the 473 chance round trips of clean text
#: all were two characters, beat their damage by at most 17.9 (9 per character), and none
#: repaired to a word; real mojibake of two-character words beats its damage by 15-35, of
#: four or more characters by 7-17 per character.
_MARGIN_PER_CHAR = 6.0
#: A two- or three-character repair on lexicon evidence must be a word at least this frequent.
_SHORT_WORD_FREQ = 5
#: The most common a long run's damage may be for the lexicon path (clean text is ~0.9 and up).
_LONG_DAMAGE_COMMONNESS = 0.7


def _reads_far_better(before: str, after: str, wide: list[str], after_score: float, before_score: float) -> bool:
    """Lexicon evidence for a repair whose characters are not all common (``醍醐灌顶``, ``鲷鱼``).

    The repair must segment into dictionary words far more probably than the damage
    (``_MARGIN_PER_CHAR`` per character). A short run (two or three characters) must also
    repair to a dictionary word while the damage holds none; a long run must be at least half
    common characters, and its damage not mostly common ones.
    """
    from cleaner.lexicon import frequency, in_word, segmentation_score

    if not all(is_han(c) for c in wide):
        return False
    margin = segmentation_score(after) - segmentation_score(before)
    if margin < _MARGIN_PER_CHAR * len(wide):
        return False
    if len(wide) < _SHORT_REPAIR:
        damage = before.strip()
        return (
            frequency(after.strip()) >= _SHORT_WORD_FREQ
            and frequency(damage) == 0
            and not any(in_word(damage, i) for i in range(len(damage)))
        )
    return after_score >= 0.5 and before_score <= _LONG_DAMAGE_COMMONNESS


# -- UTF-8 read as cp1252 / latin-1 (ftfy) ---------------------------------------------------------
def _ftfy_config():  # type: ignore[no-untyped-def]
    import ftfy

    # Only the encoding fixes. Every width, quote, ligature, normalisation and line-break fix is
    # off: they turn ，into , and “” into "" (and NFC would remap compatibility ideographs).
    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def _latin_findings(text: str) -> list[Finding]:
    if not LATIN_MOJIBAKE_TRIGGER_RE.search(text):
        return []
    import ftfy

    config = _ftfy_config()
    findings: list[Finding] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if LATIN_MOJIBAKE_TRIGGER_RE.search(line):
            fixed = ftfy.fix_text(line, config)
            if fixed != line:
                findings += _diff_findings(line, fixed, offset)
        offset += len(line)
    return findings


def _diff_findings(line: str, fixed: str, offset: int) -> list[Finding]:
    import difflib

    findings = []
    matcher = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before, after = line[i1:i2], fixed[j1:j2]
        reason = f"UTF-8 text read as Windows-1252/Latin-1: '{_short(before)}' is the mojibake of '{_short(after)}'"
        findings.append(_finding(RULE_MOJIBAKE, offset + i1, before, after, LIKELY, reason))
    return findings


# -- text lost for good -------------------------------------------------------------------------
def _lost_findings(text: str) -> list[Finding]:
    if "\ufffd" not in text and "锟" not in text:
        return []
    findings = []
    for match in LOST_TEXT_RE.finditer(text):
        what = "锟斤拷 (U+FFFD written as UTF-8 and read as GBK)" if match.group()[0] == "锟" else "U+FFFD"
        message = f"{len(match.group())} characters of {what}: the original text was lost in a bad decoding"
        findings.append(Finding(RULE_LOST, Span(match.start(), match.end()), message, SURE))
    return findings


# -- Kangxi radicals and compatibility ideographs -------------------------------------------------
@functools.cache
def kangxi_table() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("kangxi.tsv")}


def _kangxi_findings(text: str) -> list[Finding]:
    if not KANGXI_LOOKALIKE_RE.search(text):
        return []
    table = kangxi_table()
    findings = []
    foreign = japanese_korean_paragraphs(text)
    for match in KANGXI_LOOKALIKE_RE.finditer(text):
        char = match.group()
        target = table.get(char)
        if target is None:
            continue
        index = match.start()
        name = unicodedata.name(char, f"U+{ord(char):04X}")
        reason = f"'{char}' is {name}, a look-alike from a PDF font map; the text character is '{target}'"
        confidence = SURE if _beside(text, index, is_han) else UNSURE
        if "COMPATIBILITY" in name and any(start <= index < end for start, end in foreign):
            # Korean and Japanese text write these on purpose (a reading of 女, a JIS glyph).
            reason = f"'{char}' is {name}; in Japanese or Korean text it may be intended, check it (else '{target}')"
            confidence = UNSURE
        findings.append(_finding(RULE_KANGXI, index, char, target, confidence, reason))
    return findings


def _beside(text: str, index: int, test) -> bool:  # type: ignore[no-untyped-def]
    """Does a neighbour of ``text[index]`` (skipping other look-alikes, not spaces: a radical
    standing apart, 部首表：⼈ ⼊ ⼋, is meant as one) pass ``test``?"""
    for step in (-1, 1):
        i = index + step
        while 0 <= i < len(text) and KANGXI_LOOKALIKE_RE.match(text[i]):
            i += step
        if 0 <= i < len(text) and test(text[i]):
            return True
    return False


# -- invisible characters -----------------------------------------------------------------------
_INVISIBLE_NAMES = {
    "\u200b": "ZERO WIDTH SPACE",
    "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK",
    "\u2060": "WORD JOINER",
    "\u00ad": "SOFT HYPHEN",
    "\ufeff": "BYTE ORDER MARK",
}


def _invisible_findings(text: str) -> list[Finding]:
    if not INVISIBLE_RUN_RE.search(text):
        return []
    has_rtl = RTL_LETTER_RE.search(text) is not None
    findings = []
    for match in INVISIBLE_RUN_RE.finditer(text):
        run = match.group()
        names = ", ".join(dict.fromkeys(_INVISIBLE_NAMES.get(c, unicodedata.name(c, "")) for c in run))
        start = match.start()
        if any(c in (ZERO_WIDTH_JOINER, ZERO_WIDTH_NON_JOINER) for c in run) and not _joiner_is_stray(text, match):
            message = f"invisible {names} between letters that may need it (emoji, Indic or Persian text); check"
            findings.append(Finding(RULE_INVISIBLE, Span(start, match.end()), message, UNSURE))
        elif has_rtl and any(c not in "\u200b\u2060\u00ad\ufeff" for c in run):
            message = f"invisible {names} in a text with right-to-left letters: may be intended; check"
            findings.append(Finding(RULE_INVISIBLE, Span(start, match.end()), message, UNSURE))
        else:
            what = "a line-break hint" if run == SOFT_HYPHEN else "invisible"
            if BYTE_ORDER_MARK in run and start > 0:
                what = "a byte-order mark inside the text (files joined?), invisible"
            reason = f"{what} {names}: shows as nothing, breaks search and copying; removed"
            if any("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069" for c in run):
                reason = f"bidi control {names}: reorders what a reader sees (Trojan Source); removed"
            findings.append(_finding(RULE_INVISIBLE, start, run, "", SURE, reason))
    return findings


def _joiner_is_stray(text: str, match: re.Match[str]) -> bool:
    """A ZWJ/ZWNJ beside hanzi, CJK punctuation, spaces or a line edge has no job to do."""
    before = text[match.start() - 1] if match.start() > 0 else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return all(c == "" or c.isspace() or is_cjk(c) or (c.isascii() and not c.isalnum()) for c in (before, after)) or (
        is_cjk(before) or is_cjk(after)
    )


STAGE = Stage(
    id="mojibake",
    summary="undo wrong decodings (UTF-8 read as GBK, Big5, cp1252), report lost text, map Kangxi "
    "radicals to hanzi, remove invisible characters",
    rules=(RULE_MOJIBAKE, RULE_LOST, RULE_KANGXI, RULE_INVISIBLE),
    detect=detect,
)
