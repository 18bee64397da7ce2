"""Word evidence shared by the stages: is a string a frequent Chinese word?

The word list is jieba's dictionary (MIT licence, ~349,000 words with frequencies from a
large general corpus), read from the installed ``jieba`` package. It is loaded once per
process, on first use, so that stages which never need it cost nothing.

Reading the whole dictionary takes about a quarter of a second, too long for a command run
on one small file. So :func:`frequency` first answers from a sorted copy of it, cached in the
user's cache directory and searched in place (no per-word objects to build), and switches to
the full dictionary after :data:`LOOKUPS_BEFORE_LOADING` lookups; both give the same answers.
The tables derived from the dictionary (log probabilities, character pairs, …) are kept in
that directory too (:func:`derived_table`): building them took a second on the first damaged
page of every process, loading them takes a tenth. Where the cache cannot be read or
written, everything is built from the dictionary as before.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import marshal
import math
import os
import sys
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final, TypeVar, cast

#: Words rarer than this in jieba's counts are too obscure to count as evidence.
COMMON_WORD_FREQ: Final = 50


@functools.cache
def _dict_path() -> Path:
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("the jieba package is needed for its word list: pip install jieba")
    return Path(spec.origin).parent / "dict.txt"


#: The loaded full dictionary (None until :func:`word_frequencies` has run).
_full: dict[str, int] | None = None


@functools.cache
def word_frequencies() -> dict[str, int]:
    """Map word -> corpus frequency, from jieba's ``dict.txt``."""
    global _full
    _full = derived_table("words", "1", _read_dictionary)
    return _full


def _read_dictionary() -> dict[str, int]:
    frequencies: dict[str, int] = {}
    with _dict_path().open(encoding="utf-8") as handle:
        for line in handle:
            word, _, rest = line.partition(" ")
            frequencies[word] = int(rest.split(" ", 1)[0] or 0)
    return frequencies


#: After this many lookups in the sorted cache, loading the full dictionary pays for itself.
LOOKUPS_BEFORE_LOADING = 20_000
_lookups_left = LOOKUPS_BEFORE_LOADING


#: Answers from the sorted table, kept (up to this many words) because a bisection costs some
#: 5 us and the words a text asks about repeat (Zipf).
LOOKUP_MEMO_SIZE = 1 << 16
_memo: dict[str, int] = {}


def frequency(word: str) -> int:
    """How often ``word`` occurs in the reference corpus (0 when it is not a word)."""
    global _lookups_left
    if _full is not None:
        return _full.get(word, 0)
    known = _memo.get(word)
    if known is not None:
        return known
    _lookups_left -= 1
    table = _sorted_table() if _lookups_left > 0 else None
    if table is None:
        return word_frequencies().get(word, 0)
    found = table.get(word)
    if len(_memo) < LOOKUP_MEMO_SIZE:
        _memo[word] = found
    return found


class _SortedTable:
    """The dictionary as one block of UTF-8 words sorted by their bytes (which is code-point
    order), their offsets and their frequencies: loaded in milliseconds, searched by bisection."""

    def __init__(self, blob: bytes, offsets: array, freqs: array) -> None:
        self.blob, self.offsets, self.freqs, self.size = blob, offsets, freqs, len(freqs)

    def get(self, word: str) -> int:
        key = word.encode("utf-8", "surrogatepass")
        blob, offsets = self.blob, self.offsets
        lo, hi = 0, self.size
        while lo < hi:
            mid = (lo + hi) // 2
            found = blob[offsets[mid] : offsets[mid + 1]]
            if found < key:
                lo = mid + 1
            elif found > key:
                hi = mid
            else:
                return self.freqs[mid]
        return 0


#: Bump when the cache file's layout changes.
_CACHE_FORMAT = b"cleaner-lexicon-1"


def _cache_file() -> Path:
    """One cache file per jieba installation: several environments on one machine (each
    with its own jieba) would otherwise rewrite one file in turn, each paying the full load."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    which = f"{zlib.crc32(os.fsencode(str(_dict_path()))):08x}"
    return Path(base) / "cleaner" / f"jieba-dict-{which}.bin"


def _cache_key() -> bytes:
    """What the cache was made from: jieba's dictionary file, its size and time of change."""
    path = _dict_path()
    stat = path.stat()
    fields = [_CACHE_FORMAT, os.fsencode(str(path)).hex().encode(), b"%d" % stat.st_size, b"%d" % stat.st_mtime_ns]
    return b" ".join(fields)


@functools.cache
def _sorted_table() -> _SortedTable | None:
    """The sorted table from the cache file, (re)written from the dictionary when it is
    missing or stale; None when that fails (the caller uses the full dictionary)."""
    try:
        key = _cache_key()
        cache = _cache_file()
        try:
            data = cache.read_bytes()
        except OSError:
            data = b""
        table = _parse_cache(data, key) if data else None
        if table is None:
            _write_cache(cache, key, word_frequencies())
        return table
    except (OSError, ValueError, OverflowError):
        return None


def _parse_cache(data: bytes, key: bytes) -> _SortedTable | None:
    """Layout: key line, count line, offsets (``n + 1`` x uint32), frequencies (``n`` x
    int64), the word block; all in this machine's byte order (the key names the file)."""
    first = data.find(b"\n")
    second = data.find(b"\n", first + 1)
    if first < 0 or second < 0 or data[:first] != key + b" " + sys.byteorder.encode():
        return None
    count = int(data[first + 1 : second])
    offsets, freqs = array("I"), array("q")
    at = second + 1
    offsets.frombytes(data[at : at + (count + 1) * offsets.itemsize])
    at += (count + 1) * offsets.itemsize
    freqs.frombytes(data[at : at + count * freqs.itemsize])
    at += count * freqs.itemsize
    blob = data[at:]
    if len(offsets) != count + 1 or len(freqs) != count or offsets[-1] != len(blob):
        return None
    return _SortedTable(blob, offsets, freqs)


def _write_cache(cache: Path, key: bytes, frequencies: dict[str, int]) -> None:
    """Write the cache atomically (a temporary file renamed over it): readers see all or nothing."""
    entries = sorted((word.encode("utf-8", "surrogatepass"), freq) for word, freq in frequencies.items())
    offsets, freqs = array("I", [0]), array("q")
    for word, freq in entries:
        offsets.append(offsets[-1] + len(word))
        freqs.append(freq)
    header = key + b" " + sys.byteorder.encode() + b"\n%d\n" % len(entries)
    _write_atomically(cache, header + offsets.tobytes() + freqs.tobytes() + b"".join(word for word, _ in entries))


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file renamed over ``path``: readers see all or nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


T = TypeVar("T")


def derived_table(name: str, version: str, build: Callable[[], T]) -> T:
    """A table computed from the dictionary by ``build``, kept in the cache directory.

    It is stored with :mod:`marshal` (fast, and unlike pickle it builds data without running
    code; like every cache there, it trusts the user's own cache folder) under a key of the
    dictionary it came from, ``name``, ``version`` and the interpreter's marshal format;
    bump ``version`` when ``build`` (or what else it reads) changes. A missing, stale or
    damaged file is rebuilt; where the directory cannot be written, the table is just built.
    """
    path = _cache_file().with_name(f"{_cache_file().stem}-{name}.marshal")
    key = b" ".join([_cache_key(), name.encode(), version.encode(), b"%d" % marshal.version, _PYTHON]) + b"\n"
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if data.startswith(key):
        with contextlib.suppress(EOFError, ValueError, TypeError):
            return marshal.loads(memoryview(data)[len(key) :])
    table = build()
    with contextlib.suppress(OSError, ValueError):
        _write_atomically(path, key + marshal.dumps(cast(Any, table)))  # (T: what marshal takes)
    return table


#: marshal's format may change with the interpreter's version, whatever marshal.version says.
_PYTHON = sys.implementation.cache_tag.encode()


def is_word(word: str, min_freq: int = COMMON_WORD_FREQ) -> bool:
    return frequency(word) >= min_freq


def word_across(left: str, right: str, max_len: int = 4, min_freq: int = COMMON_WORD_FREQ) -> str | None:
    """A frequent word that starts in ``left`` and ends in ``right``, if any.

    Used to tell whether a gap (a space, a line break) falls inside a word.

    >>> word_across("内", "蒙古")
    '内蒙古'
    """
    best: tuple[int, str] | None = None
    full = _full
    for take_left in range(1, min(len(left), max_len - 1) + 1):
        head = left[-take_left:]
        for take_right in range(1, min(len(right), max_len - take_left) + 1):
            word = head + right[:take_right]
            freq = frequency(word) if full is None else full.get(word, 0)
            if freq >= min_freq and (best is None or freq > best[0]):
                best = (freq, word)
    return best[1] if best else None


#: The longest word the segmentation scorer looks up (jieba's idioms are mostly 4 characters).
MAX_WORD_LEN: Final = 4


@functools.cache
def _log_probabilities() -> tuple[dict[str, float], float]:
    """Word -> log probability under jieba's unigram model, and the log probability of an
    unknown character (frequency 1), as jieba's own segmenter scores them."""
    return derived_table("log-probabilities", "1", _build_log_probabilities)


def _build_log_probabilities() -> tuple[dict[str, float], float]:
    frequencies = word_frequencies()
    log_total = math.log(sum(frequencies.values()))
    table = {word: math.log(freq) - log_total for word, freq in frequencies.items() if freq > 0}
    return table, -log_total


def log_probability(word: str) -> float | None:
    """log P(word) in jieba's unigram model, None when ``word`` is not in the dictionary."""
    return _log_probabilities()[0].get(word)


def _best_prefixes(
    text: str, get: Callable[..., float | None] | None = None, unknown: float = 0.0
) -> tuple[list[float], list[int]]:
    """The dynamic programme of the best segmentation: ``best[k]`` is the log probability of
    the best segmentation of ``text[:k]``, ``back[k]`` where its last word starts. Words are
    scored by ``get`` (and ``unknown``), by default from the table of log probabilities."""
    if get is None:
        return _table_prefixes(text)
    n = len(text)
    best = [0.0] * (n + 1)
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        score = best[end - 1] + cast(float, get(text[end - 1], unknown))  # (with a default: a float)
        start_of = end - 1
        for start in range(end - MAX_WORD_LEN if end > MAX_WORD_LEN else 0, end - 1):
            logp = get(text[start:end])
            if logp is not None and best[start] + logp > score:
                score, start_of = best[start] + logp, start
        best[end], back[end] = score, start_of
    return best, back


def _table_prefixes(text: str) -> tuple[list[float], list[int]]:
    """:func:`_best_prefixes` from the table of log probabilities: the same programme (the same
    sums, compared in the same order, so the same ``back`` on ties), each character from the
    small table of :func:`_single_log_probabilities` and a word of two or more looked up only
    where the pair at its start starts one of its length (:func:`_word_pairs`, as
    :func:`split_scores` reads them: a lookup skipped is a word that is not there). Direct
    ``dict.get`` calls: compiled, a bound ``get`` goes through the interpreter."""
    table, unknown = _log_probabilities()
    pairs = _word_pairs()
    singles = _single_log_probability_codes()
    above = len(singles)
    n = len(text)
    heads = [pairs.get(ord(text[start]) << _PAIR_SHIFT | ord(text[start + 1])) for start in range(n - 1)]
    best = [0.0] * (n + 1)
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        code = ord(text[end - 1])
        score = best[end - 1] + (singles[code] if code < above else unknown)
        start_of = end - 1
        for start in range(end - MAX_WORD_LEN if end > MAX_WORD_LEN else 0, end - 1):
            head = heads[start]
            if head is None:
                continue  # (no word starts here)
            pair_logp, longer = head
            if end - start == 2:
                logp = pair_logp
            elif longer >> (end - start) & 1:
                logp = table.get(text[start:end])
            else:
                continue
            if logp is not None and best[start] + logp > score:
                score, start_of = best[start] + logp, start
        best[end], back[end] = score, start_of
    return best, back


@functools.lru_cache(maxsize=1 << 16)
def segmentation_score(text: str) -> float:
    """The log probability of the best segmentation of ``text`` into dictionary words.

    A character no word covers counts as an unknown single character. This is how jieba
    itself picks a segmentation; stages use it to ask which of two readings of a short
    stretch of text reads better.

    >>> segmentation_score("生命") > segmentation_score("野生") + segmentation_score("命")
    True
    """
    return _best_prefixes(text)[0][-1]


def segmentation_scores(text: str, cut: int) -> tuple[float, float]:
    """``(segmentation_score(text), segmentation_score(text[:cut]))`` from one pass: the best
    segmentation of every prefix is a step of the same dynamic programme (equal to the last bit).

    >>> whole, head = segmentation_scores("北疆视野宽", 2)
    >>> (whole, head) == (segmentation_score("北疆视野宽"), segmentation_score("北疆"))
    True
    """
    best, _ = _best_prefixes(text)
    return best[-1], best[cut]


def best_segmentation(text: str) -> list[str]:
    """The words of the best segmentation of ``text`` (the one :func:`segmentation_score`
    scores; of equal scores, the first found).

    >>> best_segmentation("设有三个院区")
    ['设有', '三个', '院区']
    """
    _, back = _best_prefixes(text)
    n = len(text)
    words = []
    end = n
    while end > 0:
        words.append(text[back[end] : end])
        end = back[end]
    return words[::-1]


def in_word(text: str, index: int) -> bool:
    """Whether a dictionary word of 2..MAX_WORD_LEN characters covers ``text[index]``.

    >>> in_word("学院大会", 1), in_word("建设院野加", 2)
    (True, False)
    """
    return _covered(_log_probabilities()[0], text, index, len(text))


def word_at_end(text: str) -> bool:
    """``in_word(text, len(text) - 1)``, the quick way: a word that covers the last character
    ends the text, so only the 2..MAX_WORD_LEN characters at the end are looked up."""
    table = _log_probabilities()[0]
    n = len(text)
    for length in range(2, min(n, MAX_WORD_LEN) + 1):  # noqa: SIM110 (no generator per call)
        if text[n - length :] in table:
            return True
    return False


def word_at_start(text: str) -> bool:
    """``in_word(text, 0)``, the quick way: a word that covers the first character starts it."""
    table = _log_probabilities()[0]
    for length in range(2, min(len(text), MAX_WORD_LEN) + 1):  # noqa: SIM110 (as above)
        if text[:length] in table:
            return True
    return False


@functools.cache
def _bigram_frequencies() -> dict[str, int]:
    """Map a pair of characters -> summed frequency of the words it occurs in."""
    return derived_table("pairs", "1", _build_bigram_frequencies)


def _build_bigram_frequencies() -> dict[str, int]:
    pairs: dict[str, int] = {}
    for word, freq in word_frequencies().items():
        for i in range(len(word) - 1):
            pair = word[i : i + 2]
            pairs[pair] = pairs.get(pair, 0) + freq
    return pairs


def bigram_frequency(pair: str) -> int:
    """How often two characters occur together inside words (0 when never).

    Evidence that two characters read on where no whole word spans a gap: ``鸣|笛``.

    >>> bigram_frequency("总站") > 0
    True
    """
    return _bigram_frequencies().get(pair, 0)


def bigrams_loaded() -> bool:
    """Has :func:`bigram_frequency`'s table been built in this process (so that asking it is cheap)?"""
    return _bigram_frequencies.cache_info().currsize > 0


def pair_table() -> dict[str, int] | None:
    """:func:`bigram_frequency`'s table when it is built already (None otherwise: never builds it,
    which takes a second), for loops that ask it many times."""
    return _bigram_frequencies() if bigrams_loaded() else None


def no_word_across(left: str, right: str, min_freq: int = COMMON_WORD_FREQ) -> bool:
    """A quick, exact "no" for :func:`word_across`: True when no word of ``min_freq`` or more can
    span the gap, because no such word holds the two characters that meet there. False means
    "ask :func:`word_across`". It answers only once the pair table is built (it never builds it).

    >>> bigram_frequency("总站") > 0 and not no_word_across("天津总", "站举办")
    True
    """
    if not left or not right:
        return True
    table = pair_table()
    return table is not None and table.get(left[-1] + right[0], 0) < min_freq


def spans_word(left: str, right: str, max_len: int = 4, min_freq: int = COMMON_WORD_FREQ) -> bool:
    """``word_across(left, right, max_len, min_freq) is not None``, answered sooner: it stops at
    the first such word, and first asks :func:`no_word_across`.

    >>> spans_word("天津总", "站举办"), spans_word("意义非凡", "党的")
    (True, False)
    """
    if no_word_across(left, right, min_freq):
        return False
    full = _full
    for take_left in range(1, min(len(left), max_len - 1) + 1):
        head = left[-take_left:]
        for take_right in range(1, min(len(right), max_len - take_left) + 1):
            word = head + right[:take_right]
            if (frequency(word) if full is None else full.get(word, 0)) >= min_freq:
                return True
    return False


def split_scores(text: str, head_end: int, tail_start: int, covered_at: int = -1) -> tuple[float, float, float] | None:
    """``(segmentation_score(text), segmentation_score(text[:head_end]),
    segmentation_score(text[tail_start:]))`` from one set of dictionary lookups (the same
    numbers, added in the same order); None when ``covered_at`` is given and no word of two or
    more characters covers ``text[covered_at]`` (``not in_word(text, covered_at)``).

    >>> split_scores("北疆视野宽", 2, 3) == (
    ...     segmentation_score("北疆视野宽"), segmentation_score("北疆"), segmentation_score("野宽"))
    True
    >>> split_scores("建设院野加", 2, 3, covered_at=2) is None
    True
    """
    table, unknown = _log_probabilities()
    pairs = _word_pairs()
    n = len(text)
    # The pair of characters at each start says which words start there (:func:`_word_pairs`;
    # None: none does), looked up once for both the look for a word over covered_at and the
    # programmes: each lookup in the large table is a miss of the CPU's cache.
    heads: list[tuple[float | None, int] | None] = [None] * n
    first, last = 0, -1  # (the starts looked up so far)
    if covered_at >= 0:
        # The starts of the words that may cover it first: a third of the windows a stage asks
        # about are answered there, in a few lookups.
        first, last = max(0, covered_at - MAX_WORD_LEN + 1), min(covered_at, n - 2)
        for start in range(first, last + 1):
            heads[start] = pairs.get(ord(text[start]) << _PAIR_SHIFT | ord(text[start + 1]))
        if not _covered_by_heads(table, heads, text, covered_at, first, last):
            return None
    for start in range(n - 1):
        if start < first or start > last:
            heads[start] = pairs.get(ord(text[start]) << _PAIR_SHIFT | ord(text[start + 1]))
    singles = _single_log_probability_codes()
    above = len(singles)
    # The programmes run forward: from each start (its best score known by then), every word
    # that starts there raises the best score where it ends (the same sums as the programme of
    # _best_prefixes, so the same best). A word of three or four characters is looked up only
    # where the pair at its start starts one of its length (half of the lookups of every start
    # and length; the same scores, as a lookup skipped is a word that is not there). The tail's
    # scores are -inf before tail_start, where no sum can raise them: they are left alone there.
    # (``table.get``, never a bound ``get``: mypyc calls a dict's get directly, a bound method
    # through the interpreter.) The pair is read apart from the longer words, which most pairs
    # start none of: no range is made and walked per start (the same sums, compared in the
    # same order: the pair's, then the longer words' by length).
    best = [_NO_SCORE] * (n + 1)
    tail = [_NO_SCORE] * (n + 1)
    best[0] = tail[tail_start] = 0.0
    tail_here = _NO_SCORE  # (read only where in_tail: set there first)
    for start in range(n):
        here = best[start]
        code = ord(text[start])
        single = singles[code] if code < above else unknown
        if here + single > best[start + 1]:
            best[start + 1] = here + single
        in_tail = start >= tail_start
        if in_tail:
            tail_here = tail[start]
            if tail_here + single > tail[start + 1]:
                tail[start + 1] = tail_here + single
        head = heads[start]
        if head is None:
            continue  # (no word starts here)
        logp, longer = head
        if logp is not None:  # (the pair is a word: n > start + 1, as a pair starts here)
            if here + logp > best[start + 2]:
                best[start + 2] = here + logp
            if in_tail and tail_here + logp > tail[start + 2]:
                tail[start + 2] = tail_here + logp
        if not longer:
            continue  # (the common case: the pair starts no longer word)
        for size in _LONGER_SIZES:
            end = start + size
            if end > n:
                break
            if longer >> size & 1:
                logp = table.get(text[start:end])
                if logp is not None:
                    if here + logp > best[end]:
                        best[end] = here + logp
                    if in_tail and tail_here + logp > tail[end]:
                        tail[end] = tail_here + logp
    return best[n], best[head_end], tail[n]


#: The lengths of the words longer than a pair (3..MAX_WORD_LEN), in order.
_LONGER_SIZES: Final = tuple(range(3, MAX_WORD_LEN + 1))
#: The score of a prefix no segmentation has reached yet (below every score).
_NO_SCORE: Final = float("-inf")


def _covered(table: dict[str, float], text: str, index: int, n: int) -> bool:
    """:func:`in_word` with the table in hand, shortest words first."""
    for length in range(2, MAX_WORD_LEN + 1):
        for start in range(max(0, index - length + 1), min(index, n - length) + 1):
            if text[start : start + length] in table:
                return True
    return False


def _covered_by_heads(
    table: dict[str, float], heads: list[tuple[float | None, int] | None], text: str, index: int, first: int, last: int
) -> bool:
    """Whether a word of 2..MAX_WORD_LEN characters covers ``text[index]``, from ``heads``, what
    :func:`_word_pairs` says of the pair at each start from ``first`` to ``last`` (those of the
    words that may cover it): a word of two is the pair, a longer word is looked up only where
    the pair starts a word of its length (as :func:`split_scores`' programme reads it; about
    half the lookups of :func:`_covered`, on the many windows no word covers)."""
    n = len(text)
    for start in range(first, last + 1):
        head = heads[start]
        if head is None:
            continue
        logp, longer = head
        if logp is not None and start >= index - 1:
            return True
        for end in range(max(start + 3, index + 1), min(n, start + MAX_WORD_LEN) + 1):
            if longer >> (end - start) & 1 and text[start:end] in table:
                return True
    return False


@functools.cache
def _single_log_probabilities() -> dict[str, float]:
    """The one-character words of :func:`_log_probabilities` (some 12,000): a small table for
    the lookup of every character, where the whole one (350,000 words) costs a cache miss."""
    return derived_table("single-log-probabilities", "1", _build_single_log_probabilities)


def _build_single_log_probabilities() -> dict[str, float]:
    return {word: logp for word, logp in _log_probabilities()[0].items() if len(word) == 1}


@functools.cache
def _single_log_probability_codes() -> list[float]:
    """:func:`_single_log_probabilities` by code point (up to the highest one there; the log
    probability of an unknown character where no one-character word is): ``ord(text[i])``
    indexes it with no string made nor hashed, for every character of every window."""
    singles = _single_log_probabilities()
    unknown = _log_probabilities()[1]
    codes = [unknown] * (max(map(ord, singles), default=-1) + 1)
    for char, logp in singles.items():
        codes[ord(char)] = logp
    return codes


#: A pair of characters as one number for :func:`_word_pairs`' keys, ``ord(first) << _PAIR_SHIFT
#: | ord(second)`` (21 bits hold every code point): made and hashed without a string of the pair.
_PAIR_SHIFT: Final = 21


def _pair_code(pair: str) -> int:
    """The key of a pair of characters in :func:`_word_pairs` (中国 -> ord('中') << 21 | ord('国'))."""
    return ord(pair[0]) << _PAIR_SHIFT | ord(pair[1])


@functools.cache
def _word_pairs() -> dict[int, tuple[float | None, int]]:
    """Per pair of characters that starts a word of 2..MAX_WORD_LEN characters, by its
    :func:`_pair_code`: (log P(the pair as a word), None when it is none; the lengths of the
    longer words it starts, bit k set for a word of k characters). For :func:`split_scores`:
    中国 -> (its log P, bits 3 and 4: 中国人, 中国银行). (Its file has a name of its own: the
    table of pairs as strings had the old one, and other checkouts may still read it.)"""
    return derived_table("word-pair-codes", "1", _build_word_pairs)


def _build_word_pairs() -> dict[int, tuple[float | None, int]]:
    table = _log_probabilities()[0]
    lengths: dict[int, int] = {}
    for word in table:
        if 2 < len(word) <= MAX_WORD_LEN:
            code = _pair_code(word)
            lengths[code] = lengths.get(code, 0) | 1 << len(word)
    pairs: dict[int, tuple[float | None, int]] = {code: (None, bits) for code, bits in lengths.items()}
    for word, logp in table.items():
        if len(word) == 2:
            code = _pair_code(word)
            pairs[code] = (logp, lengths.get(code, 0))
    return pairs


def crossing_gain(left: str, right: str) -> float:
    """How much more likely (in log probability) the best segmentation of ``left + right`` is
    than the best segmentations of ``left`` and ``right`` each alone.

    Above 0, the best reading of the joined text puts a word across the cut (so the word there
    wins against the words of each side); 0 when it does not. Used to tell a space inside a
    word (``早 餐``) from one between two words that only happen to form one across it (``可以
    内容``: 以内 exists, but 可以 and 内容 read better).

    >>> crossing_gain("不含早", "餐的房价") > 1 > crossing_gain("质量也可以", "内容很精彩")
    True
    """
    if _full is None and not _log_probabilities.cache_info().currsize:
        # A small file asks a few times: each word is looked up in the sorted dictionary rather
        # than the whole table of log probabilities loaded (0.15 s, more than the file takes).
        # The same numbers: see _looked_up_log_probability.
        scores = [_best_prefixes(part, _looked_up_log_probability, -_log_total())[0][-1] for part in (left, right)]
        whole = _best_prefixes(left + right, _looked_up_log_probability, -_log_total())[0][-1]
        return whole - scores[0] - scores[1]
    scores3 = split_scores(left + right, len(left), len(left))
    whole, head, tail = cast(tuple[float, float, float], scores3)  # (no covered_at: never None)
    return whole - head - tail


def _looked_up_log_probability(word: str, default: float | None = None) -> float | None:
    """:func:`log_probability` from :func:`frequency` (no table loaded): the same formula; a
    ``get`` of the table, ``default`` for a word not in it."""
    freq = frequency(word)
    return math.log(freq) - _log_total() if freq > 0 else default


@functools.cache
def _log_total() -> float:
    """log of the dictionary's total frequency (from the sorted table's frequencies when the
    dictionary itself is not loaded)."""
    table = _sorted_table() if _full is None else None
    return math.log(sum(table.freqs) if table is not None else sum(word_frequencies().values()))


#: jieba's part-of-speech tags of proper names: places (ns), people (nr), transliterated names
#: (nrt), other proper nouns (nz), organisations (nt) and abbreviations of them (j: 东盟). The
#: tags are coarse (力争 is nz): evidence to combine with more, not a verdict of their own.
NAME_TAGS = frozenset({"ns", "nr", "nrt", "nz", "nt", "j"})


#: jieba's tags of verbs and adverbs (a predicate starts with one of them: 交出, 尽快).
PREDICATE_TAGS = frozenset({"v", "vd", "vi", "d"})


@functools.cache
def _proper_names() -> dict[str, None]:
    """The words jieba tags as proper names (NAME_TAGS)."""
    return _words_tagged("proper-names", NAME_TAGS)


@functools.cache
def _predicate_starts() -> dict[str, None]:
    """The words jieba tags as verbs or adverbs (PREDICATE_TAGS)."""
    return _words_tagged("predicate-starts", PREDICATE_TAGS)


def is_proper_name(word: str) -> bool:
    """Whether jieba tags ``word`` as a proper name (a place, a person, an organisation: NAME_TAGS).

    >>> is_proper_name("格鲁吉亚"), is_proper_name("要求")
    (True, False)
    """
    return word in _proper_names()


#: jieba's tags of people's names: Chinese (nr), transliterated (nrt), a surname and given name (nrfg).
#: Coarse too (王府 is nr, 令人 nrt): not a verdict of their own.
PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})


def is_person_name(word: str) -> bool:
    """Whether jieba tags ``word`` as a person's name (PERSON_TAGS), not a place (ns: 黄山).

    >>> is_person_name("多吉才让"), is_person_name("黄山")
    (True, False)
    """
    return word in _person_names()


def person_names() -> Iterable[str]:
    """Every word jieba tags as a person's name (PERSON_TAGS)."""
    return _person_names().keys()


@functools.cache
def _person_names() -> dict[str, None]:
    """The words jieba tags as people's names (PERSON_TAGS)."""
    return _words_tagged("person-names", PERSON_TAGS)


def _words_tagged(name: str, tags: frozenset[str]) -> dict[str, None]:
    """The words of jieba's ``dict.txt`` tagged with one of ``tags``, kept as derived table
    ``name``: the keys of a dict, for Python's cyclic garbage collector never walks a dict of
    strings, while it walks every word of a set on each full collection (150,000 words for
    the process's life: 2-4% of the compiled stage's time on garbled text). The table's
    version is the reader's and the tags, so a changed tag set rebuilds it."""
    version = f"{_TAGGED_READER_VERSION}:{'-'.join(sorted(tags))}"
    return derived_table(name, version, functools.partial(_read_words_tagged, tags))


#: The version of :func:`_read_words_tagged`: bump it when the reader changes.
_TAGGED_READER_VERSION: Final = 1


def _read_words_tagged(tags: frozenset[str]) -> dict[str, None]:
    words: dict[str, None] = {}
    with _dict_path().open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3 and parts[2] in tags:
                words[parts[0]] = None
    return words


#: jieba's tag of places (黄山 泰山; some shops too: 京东 苏宁).
PLACE_TAG = "ns"


def is_place_name(word: str) -> bool:
    """Whether jieba tags ``word`` as a place (PLACE_TAG), not a brand or an organisation.

    >>> is_place_name("泰山"), is_place_name("东芝")
    (True, False)
    """
    return word in _place_names()


@functools.cache
def _place_names() -> dict[str, None]:
    """The words jieba tags as places (PLACE_TAG)."""
    return _words_tagged("place-names", frozenset({PLACE_TAG}))


def starts_predicate(word: str) -> bool:
    """Whether jieba tags ``word`` as a verb or an adverb (PREDICATE_TAGS: 交出, 尽快), the
    words a predicate starts with.

    >>> starts_predicate("交出"), starts_predicate("尽快"), starts_predicate("首脑")
    (True, True, False)
    """
    return word in _predicate_starts()


#: jieba's tags of verbs: plain (v: 跪 住 望), intransitive (vi) and nominal (vn: 发展 挑战), not
#: the adverbs (d: 都 纷纷) that starts_predicate counts too.
VERB_TAGS = frozenset({"v", "vi", "vn"})


def is_verb(word: str) -> bool:
    """Whether jieba tags ``word`` as a verb (VERB_TAGS), not an adverb.

    >>> is_verb("跪"), is_verb("发展"), is_verb("纷纷")
    (True, True, False)
    """
    return word in _verbs()


@functools.cache
def _verbs() -> dict[str, None]:
    """The words jieba tags as verbs (VERB_TAGS)."""
    return _words_tagged("verbs", VERB_TAGS)


#: jieba's tags of adjectives: plain (a: 漂亮 精致), nominal (an: 麻烦) and adverbial (ad).
ADJECTIVE_TAGS = frozenset({"a", "an", "ad"})


def is_adjective(word: str) -> bool:
    """Whether jieba tags ``word`` as an adjective (ADJECTIVE_TAGS), a predicate of quality that
    may end a sentence.

    >>> is_adjective("漂亮"), is_adjective("麻烦"), is_adjective("味道")
    (True, True, False)
    """
    return word in _adjectives()


@functools.cache
def _adjectives() -> dict[str, None]:
    """The words jieba tags as adjectives (ADJECTIVE_TAGS)."""
    return _words_tagged("adjectives", ADJECTIVE_TAGS)


#: jieba's tags of nouns: common (n), of people (nr nrfg nrt), places (ns), organisations (nt),
#: other proper nouns (nz) and morphemes (ng): 内存 is n.
NOUN_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "ns", "nt", "nz", "ng"})


def is_noun(word: str) -> bool:
    """Whether jieba tags ``word`` as a noun of any kind (NOUN_TAGS).

    >>> is_noun("内存"), is_noun("表示")
    (True, False)
    """
    return word in _nouns()


@functools.cache
def _nouns() -> dict[str, None]:
    """The words jieba tags as nouns (NOUN_TAGS)."""
    return _words_tagged("nouns", NOUN_TAGS)


#: jieba's tags of the words that name no place after 在 'at': a time or an act at a time (t: 过年
#: 过节), a numeral (m: 一起), a particle (y: 呢; u), an adverb (d), a preposition (p). Not the
#: conjunctions (c), for jieba tags 以外 so (在万里以外).
NO_PLACE_TAGS = frozenset({"t", "m", "y", "u", "d", "p"})


def names_no_place(word: str) -> bool:
    """Whether jieba tags ``word`` with one of NO_PLACE_TAGS, so that it names no place.

    >>> names_no_place("过年"), names_no_place("呢"), names_no_place("网上")
    (True, True, False)
    """
    return word in _no_place_words()


@functools.cache
def _no_place_words() -> dict[str, None]:
    """The words jieba tags with NO_PLACE_TAGS."""
    return _words_tagged("no-place-words", NO_PLACE_TAGS)
