"""Word evidence shared by the stages: is a string a frequent Chinese word?

The word list is jieba's dictionary (MIT licence, ~349,000 words with frequencies from a
large general corpus), read from the installed ``jieba`` package. It is loaded once per
process, on first use, so that stages which never need it cost nothing.
"""

from __future__ import annotations

import functools
import importlib.util
import math
from pathlib import Path

#: Words rarer than this in jieba's counts are too obscure to count as evidence.
COMMON_WORD_FREQ = 50


@functools.cache
def word_frequencies() -> dict[str, int]:
    """Map word -> corpus frequency, from jieba's ``dict.txt``."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("the jieba package is needed for its word list: pip install jieba")
    path = Path(spec.origin).parent / "dict.txt"
    frequencies: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, _, rest = line.partition(" ")
            frequencies[word] = int(rest.split(" ", 1)[0] or 0)
    return frequencies


def frequency(word: str) -> int:
    """How often ``word`` occurs in the reference corpus (0 when it is not a word)."""
    return word_frequencies().get(word, 0)


def is_word(word: str, min_freq: int = COMMON_WORD_FREQ) -> bool:
    return frequency(word) >= min_freq


def word_across(left: str, right: str, max_len: int = 4, min_freq: int = COMMON_WORD_FREQ) -> str | None:
    """A frequent word that starts in ``left`` and ends in ``right``, if any.

    Used to tell whether a gap (a space, a line break) falls inside a word.

    >>> word_across("内", "蒙古")
    '内蒙古'
    """
    best: tuple[int, str] | None = None
    for take_left in range(1, min(len(left), max_len - 1) + 1):
        head = left[-take_left:]
        for take_right in range(1, min(len(right), max_len - take_left) + 1):
            word = head + right[:take_right]
            freq = frequency(word)
            if freq >= min_freq and (best is None or freq > best[0]):
                best = (freq, word)
    return best[1] if best else None


#: The longest word the segmentation scorer looks up (jieba's idioms are mostly 4 characters).
MAX_WORD_LEN = 4


@functools.cache
def _log_probabilities() -> tuple[dict[str, float], float]:
    """Word -> log probability under jieba's unigram model, and the log probability of an
    unknown character (frequency 1), as jieba's own segmenter scores them."""
    frequencies = word_frequencies()
    log_total = math.log(sum(frequencies.values()))
    table = {word: math.log(freq) - log_total for word, freq in frequencies.items() if freq > 0}
    return table, -log_total


def log_probability(word: str) -> float | None:
    """log P(word) in jieba's unigram model, None when ``word`` is not in the dictionary."""
    return _log_probabilities()[0].get(word)


@functools.lru_cache(maxsize=1 << 16)
def segmentation_score(text: str) -> float:
    """The log probability of the best segmentation of ``text`` into dictionary words.

    A character no word covers counts as an unknown single character. This is how jieba
    itself picks a segmentation; stages use it to ask which of two readings of a short
    stretch of text reads better.

    >>> segmentation_score("生命") > segmentation_score("野生") + segmentation_score("命")
    True
    """
    table, unknown = _log_probabilities()
    get = table.get
    n = len(text)
    best = [0.0] * (n + 1)
    for end in range(1, n + 1):
        score = best[end - 1] + get(text[end - 1], unknown)
        for start in range(end - MAX_WORD_LEN if end > MAX_WORD_LEN else 0, end - 1):
            logp = get(text[start:end])
            if logp is not None and best[start] + logp > score:
                score = best[start] + logp
        best[end] = score
    return best[n]


def in_word(text: str, index: int) -> bool:
    """Whether a dictionary word of 2..MAX_WORD_LEN characters covers ``text[index]``.

    >>> in_word("学院大会", 1), in_word("建设院野加", 2)
    (True, False)
    """
    table = _log_probabilities()[0]
    n = len(text)
    for length in range(2, MAX_WORD_LEN + 1):
        for start in range(max(0, index - length + 1), min(index, n - length) + 1):
            if text[start : start + length] in table:
                return True
    return False


@functools.cache
def _bigram_frequencies() -> dict[str, int]:
    """Map a pair of characters -> summed frequency of the words it occurs in."""
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
