"""The lexicon's sorted cache answers exactly as the full dictionary, and fails safe."""

from __future__ import annotations

import pytest

from cleaner import lexicon


@pytest.fixture
def fresh_table():
    lexicon._sorted_table.cache_clear()
    yield
    lexicon._sorted_table.cache_clear()


def test_cache_round_trip_agrees_with_the_dictionary(tmp_path):
    full = lexicon.word_frequencies()
    cache = tmp_path / "sub" / "dict.bin"
    lexicon._write_cache(cache, b"key", full)
    table = lexicon._parse_cache(cache.read_bytes(), b"key")
    assert table is not None and table.size == len(full)
    words = list(full)
    assert all(table.get(w) == full[w] for w in words[::7])
    probes = [w + "x" for w in words[:2000]] + [w[:-1] for w in words[:2000]] + ["", "\ud800", "\U000f0000"]
    assert [table.get(w) for w in probes] == [full.get(w, 0) for w in probes]


def test_a_cache_made_from_another_dictionary_is_not_used(tmp_path):
    cache = tmp_path / "dict.bin"
    lexicon._write_cache(cache, b"old-key", {"中国": 5})
    assert lexicon._parse_cache(cache.read_bytes(), b"new-key") is None
    assert lexicon._parse_cache(cache.read_bytes()[:-1], b"old-key") is None  # truncated


def test_stale_cache_is_rewritten(tmp_path, monkeypatch, fresh_table):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    lexicon._write_cache(lexicon._cache_file(), b"stale", {"中国": 5})
    assert lexicon._sorted_table() is None  # stale: rebuilt, and this process uses the full dictionary
    lexicon._sorted_table.cache_clear()
    table = lexicon._sorted_table()
    assert table is not None and table.get("中国") == lexicon.word_frequencies()["中国"]


def test_unwritable_cache_falls_back_to_the_dictionary(tmp_path, monkeypatch, fresh_table):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert lexicon._sorted_table() is None
    assert lexicon.frequency("中国") == lexicon.word_frequencies()["中国"]
