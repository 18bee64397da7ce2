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


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_a_derived_table_is_built_once_then_loaded(cache_home):
    calls = []

    def build():
        calls.append(1)
        return {"总站": 3, "为期": 2}, 1.5

    first = lexicon.derived_table("test-table", "1", build)
    again = lexicon.derived_table("test-table", "1", build)
    assert first == again == ({"总站": 3, "为期": 2}, 1.5)
    assert calls == [1]  # the second came from the file
    (stored,) = (cache_home / "cleaner").glob("*-test-table.marshal")
    assert stored.read_bytes().startswith(lexicon._cache_key())


def test_a_new_version_or_a_damaged_file_is_rebuilt(cache_home):
    lexicon.derived_table("test-table", "1", lambda: {"a": 1})
    assert lexicon.derived_table("test-table", "2", lambda: {"b": 2}) == {"b": 2}  # version changed
    (stored,) = (cache_home / "cleaner").glob("*-test-table.marshal")
    stored.write_bytes(stored.read_bytes()[:-3])  # truncated
    assert lexicon.derived_table("test-table", "2", lambda: {"c": 3}) == {"c": 3}
    assert lexicon.derived_table("test-table", "2", lambda: {"d": 4}) == {"c": 3}  # and written again


def test_an_unwritable_cache_still_gives_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert lexicon.derived_table("test-table", "1", lambda: frozenset({"院区"})) == frozenset({"院区"})


def test_cached_derived_tables_equal_fresh_ones(cache_home):
    """What the stages get from the cache file is what building from the dictionary gives."""

    def unused():
        raise AssertionError("the table should come from the file")

    for name, build in [("pairs", lexicon._build_bigram_frequencies), ("log", lexicon._build_log_probabilities)]:
        fresh = lexicon.derived_table(name, "1", build)  # built and written
        assert lexicon.derived_table(name, "1", unused) == fresh


@pytest.mark.parametrize("text", ["不含早餐的房价", "质量也可以内容很精彩", "党的二十大胜利召开", "周围", "ab中c"])
def test_words_looked_up_one_by_one_score_as_the_table_does(text: str) -> None:
    # crossing_gain on a small file looks words up in the sorted dictionary instead of loading
    # the table of log probabilities (0.15 s): the scores must be the same numbers.
    looked_up = lexicon._best_prefixes(text, lexicon._looked_up_log_probability, -lexicon._log_total())
    assert looked_up == lexicon._best_prefixes(text)
