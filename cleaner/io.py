"""Bytes in, text out; text in, files out (atomically).

Decoding, in order (:func:`decode_bytes`):

1. an explicit encoding (``--encoding``) wins; GB2312/GBK are read as their superset GB18030;
2. a byte-order mark (UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one);
3. NUL bytes without a mark: UTF-16/UTF-32 when exactly one of them reads as text, else binary;
4. strict UTF-8 (by far the most common input, and cheap to try);
5. otherwise charset-normalizer on a bounded sample; the whole file is then decoded strictly
   in the detected encoding. Low confidence, or bytes the encoding cannot decode, is an
   :class:`InputError` naming the file, the detected encoding and the confidence.

Nothing is ever decoded with replacement characters: a byte we cannot read is an error.
Writing goes to a temporary file in the target's folder and is renamed over the target, so
a crash never leaves a half-written output.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

#: How many bytes of a large file the detector reads; the whole file is still decoded.
DETECT_SAMPLE_BYTES = 64 * 1024
#: Below this detector confidence (1 - charset-normalizer's chaos) we refuse to guess.
MIN_CONFIDENCE = 0.8

#: Below this many bytes a sample cannot establish an encoding with full confidence.
MIN_DETECT_BYTES = 64
#: The encodings the detector chooses among: Chinese first, their CJK neighbours, and
#: Windows Western (Latin text). Anything else is given with ``--encoding``.
_DETECTABLE = ("gb18030", "big5", "cp950", "euc_jp", "shift_jis", "euc_kr", "cp1252")

#: Encodings read as a superset that decodes the same bytes to the same text and more.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "euc_cn": "gb18030",
    "hz": "hz",
    "big5": "big5hkscs",
    "cp950": "cp950",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Control characters a text file may contain.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


class InputError(Exception):
    """An input cannot be read as text. The message names the file and what is wrong."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: How sure the detector was (1.0 for an explicit encoding, a BOM or valid UTF-8).
    confidence: float = 1.0


def canonical_encoding(name: str) -> str:
    """The codec we decode with for an encoding name: GB2312/GBK -> GB18030, Big5 -> Big5-HKSCS.

    >>> canonical_encoding("GB2312")
    'gb18030'
    """
    try:
        normal = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return name
    return _SUPERSETS.get(normal, codecs.lookup(name).name)


def decode_bytes(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode ``data`` (from the file ``name``); see the module docstring for the order.

    Never replaces bytes silently: undecodable input is an :class:`InputError`.

    >>> decode_bytes("中文".encode("gbk") * 20, "a.txt").encoding
    'gb18030'
    """
    if encoding:
        return _decode_as(data, name, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name}: has a {codec} byte-order mark but is not valid {codec} at byte {exc.start + len(bom)}"
                ) from None
            return Decoded(text, codec + "-bom" if codec == "utf-8" else codec)
    if b"\x00" in data:
        return _decode_wide(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    return _decode_detected(data, name, utf8_error)


def _decode_as(data: bytes, name: str, encoding: str) -> Decoded:
    codec = canonical_encoding(encoding)
    try:
        text = data.decode(codec)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {encoding} at byte {exc.start}") from None
    if codec in ("utf-8", "utf_8") and text.startswith("\ufeff"):
        return Decoded(text[1:], "utf-8-bom")
    return Decoded(text, codec)


def _looks_like_text(text: str) -> bool:
    """No control characters besides line breaks and tabs, no unassigned code points."""
    for char in text:
        category = unicodedata.category(char)
        if (category == "Cc" and char not in _TEXT_CONTROLS) or category in ("Cn", "Cs"):
            return False
    return True


def _decode_wide(data: bytes, name: str) -> Decoded:
    """NUL bytes and no BOM: UTF-16 or UTF-32 without a mark, or binary."""
    readings = []
    for codec in ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"):
        if not _nul_pattern_fits(data, codec):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            readings.append(Decoded(text, codec))
    if len(readings) == 1:
        return readings[0]
    if readings and readings[0].encoding.startswith("utf-32"):
        return readings[0]  # UTF-32 text is also valid UTF-16 (with NULs): the wider reading wins
    if not readings:
        raise InputError(f"{name}: binary content (NUL bytes, not UTF-16 or UTF-32 text); not a text file")
    options = ", ".join(r.encoding for r in readings)
    raise InputError(f"{name}: NUL bytes and no byte-order mark; could be {options}; give --encoding")


def _nul_pattern_fits(data: bytes, codec: str) -> bool:
    """Do the NUL bytes sit where ``codec`` puts them for text (high bytes of ASCII characters)?

    In UTF-16-LE text most NULs are the odd bytes (``"a"`` is ``61 00``; ``一`` U+4E00 is
    ``00 4e``, so not all); a file whose NULs fall at random is binary, even where it decodes.
    """
    width = 4 if codec.startswith("utf-32") else 2
    if len(data) % width:
        return False
    low_slot, high_slot = (0, width - 1) if codec.endswith("le") else (width - 1, 0)
    return data[high_slot::width].count(0) > 2 * data[low_slot::width].count(0)


def _sample(data: bytes) -> bytes:
    """The first DETECT_SAMPLE_BYTES, cut after a line break so no character is split."""
    if len(data) <= DETECT_SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n", 0, DETECT_SAMPLE_BYTES)
    return data[: cut + 1] if cut > 0 else data[:DETECT_SAMPLE_BYTES]


def detect_encoding(data: bytes) -> tuple[str | None, float]:
    """The encoding charset-normalizer finds in a sample of ``data`` and its confidence (0..1)."""
    from charset_normalizer import from_bytes  # heavy-ish import: only for non-UTF-8 input

    sample = _sample(data)
    best = from_bytes(sample, cp_isolation=list(_DETECTABLE)).best()
    if best is None:
        return None, 0.0
    # A few bytes fit many encodings: scale the confidence down for short samples.
    size_factor = min(1.0, len(sample) / MIN_DETECT_BYTES)
    return best.encoding, round((1.0 - best.chaos) * size_factor, 3)


def _utf8_note(data: bytes, error: UnicodeDecodeError) -> str:
    """Where UTF-8 decoding failed, and whether the rest is UTF-8 (a damaged UTF-8 file)."""
    bad = len(data.decode("utf-8", errors="replace")) - len(data.decode("utf-8", errors="ignore"))
    if bad <= max(2, len(data) // 10_000):
        return f"not valid UTF-8 at byte {error.start} ({bad} bad byte(s) in otherwise UTF-8 text: damaged?)"
    return f"not valid UTF-8 (first bad byte {error.start})"


def _decode_detected(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> Decoded:
    detected, confidence = detect_encoding(data)
    if detected is None:
        raise InputError(
            f"{name}: {_utf8_note(data, utf8_error)}, and none of {', '.join(_DETECTABLE)} fits (confidence 0);"
            " give --encoding"
        )
    codec = canonical_encoding(detected)
    if confidence < MIN_CONFIDENCE:
        raise InputError(
            f"{name}: {_utf8_note(data, utf8_error)}; the detected encoding {detected} has confidence"
            f" {confidence:.2f} (below {MIN_CONFIDENCE}); give --encoding"
        )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: detected {detected} (confidence {confidence:.2f}) but byte {exc.start} is not valid {codec};"
            " give --encoding"
        ) from None
    if not _looks_like_text(text):
        raise InputError(
            f"{name}: detected {detected} (confidence {confidence:.2f}) but the text has control characters;"
            " binary content?"
        )
    return Decoded(text, codec, confidence)


def read_text(path: str | Path, encoding: str | None = None) -> Decoded:
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    return decode_bytes(data, str(path), encoding)


@contextlib.contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``path`` only whole: written to a temporary file in the
    same folder, fsynced, and renamed over ``path`` when the block ends without an error (a
    failed or killed run leaves the old file, or none, never half of the new one)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path) as handle:
        handle.write(text.encode(encoding))
