"""Word evidence shared by the stages: is a string a frequent Chinese word?

The word list is jieba's dictionary (MIT licence, ~349,000 words with frequencies from a
large general corpus), read from the installed ``jieba`` package. It is loaded once per
process, on first use, so that stages which never need it cost nothing.
"""

from __future__ import annotations

import functools
import importlib.util
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
