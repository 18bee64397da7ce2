"""The punct-shift stage's shortcuts give exactly the answers of the long way round.

Speed work must not change a single decision: each shortcut is checked here against the
plain computation it replaces. And the work on a long text (a book, a long scraped file) grows
with its length, not with its square: counted (positions walked, findings moved), not timed.
"""

from __future__ import annotations

import bisect
import gc
import re
import string
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

import pytest
from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from cleaner import lexicon
from cleaner.chars import EM_DASH, HAN_CLASS, is_han
from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import decide, detect, document, faithful, marks, names, pairing, reading, table
from tests.test_punct_shift import cases, founder_garble

#: Hanzi that form words with the look-alikes (学院 视野 要求 出院 遥远 ...), look-alikes,
#: marks, spaces and line breaks: the material the windows and the lexicon see.
ALPHABET = "学院视野要求出遥远重点突破袁叶建国，。、“”  \n\u3000a1"
TEXTS = st.text(alphabet=ALPHABET, min_size=1, max_size=40)


def _window_long_way(view: str, index: int, step: int) -> str:
    """``_window`` without its fast path (the function as it was before it)."""
    if step < 0:
        seg = view[max(0, index - reading._WINDOW_REACH) : index]
        if "\n" in seg:
            seg = reading._BLANK_LINE_RE.split(seg)[-1]
        match = re.search(f"[{HAN_CLASS}]{{1,{reading.WINDOW}}}$", seg.translate(reading._DROP_SPACE))
    else:
        seg = view[index + 1 : index + 1 + reading._WINDOW_REACH]
        if "\n" in seg:
            seg = reading._BLANK_LINE_RE.split(seg)[0]
        match = re.match(f"[{HAN_CLASS}]{{1,{reading.WINDOW}}}", seg.translate(reading._DROP_SPACE))
    return match.group() if match else ""


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_window_fast_path_is_the_long_way(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text) - 1))
    for step in (-1, 1):
        assert reading._window(text, index, step) == _window_long_way(text, index, step)


#: Each edge of HAN_CLASS's ranges, inside and outside, a mark, a letter and a space.
HAN_EDGES = (
    "\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00"
    "\U0001ffff\U00020000\U0003134f\U00031350学，a "
)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=HAN_EDGES, max_size=8))
def test_window_edges_by_code_points_are_the_regex(chars: str) -> None:
    """_trailing_han and _leading_han (no line break in what they read) find what the regexes
    they replaced found."""
    trailing = re.search(f"[{HAN_CLASS}]{{1,{reading.WINDOW}}}$", chars)
    assert reading._trailing_han(chars) == (trailing.group() if trailing else "")
    leading = re.match(f"[{HAN_CLASS}]{{1,{reading.WINDOW}}}", chars)
    assert reading._leading_han(chars) == (leading.group() if leading else "")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="\n\n\r\t \u3000\u00a0学，", max_size=16))
def test_blank_lines_found_by_line_breaks_are_the_regex(seg: str) -> None:
    """_before_blank_lines and _after_blank_lines cut where splitting at _BLANK_LINE_RE does."""
    parts = reading._BLANK_LINE_RE.split(seg)
    assert reading._before_blank_lines(seg) == parts[0]
    assert reading._after_blank_lines(seg) == parts[-1]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="学院视野遥袁要\n\r\t \u00a0\u3000\u200b\u2028，a1", max_size=24), st.data())
def test_window_no_space_shortcut_is_the_long_way(text: str, data: st.DataObject) -> None:
    """The shortcut for four characters with no white space (``" "``, then isprintable) next
    to the index, against every kind of white space and invisible character."""
    index = data.draw(st.integers(0, len(text)))
    for step in (-1, 1):
        assert reading._window(text, index, step) == _window_long_way(text, index, step)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="学院视野要求出遥远重点突破袁叶建国北疆宽", min_size=0, max_size=12), st.data())
def test_segmentation_scores_are_the_separate_scores(text: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(text)))
    assert lexicon.segmentation_scores(text, cut) == (
        lexicon.segmentation_score(text),
        lexicon.segmentation_score(text[:cut]),
    )


def _reading_delta_long_way(view: str, start: int, end: int, log_p_mark: float) -> float:
    """The reading of a window with three separate segmentations and no cache."""
    left = reading._window(view, start, -1)
    right = reading._window(view, end - 1, 1)
    run = view[start:end]
    joined = left + run + right
    if end - start == 1 and not lexicon.in_word(joined, len(left)):
        return reading._alone(run) - log_p_mark
    return lexicon.segmentation_score(joined) - (
        lexicon.segmentation_score(left) + lexicon.segmentation_score(right) + log_p_mark
    )


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_reading_delta_is_the_long_way(text: str, data: st.DataObject) -> None:
    """(It is asked of look-alikes only: the bigram shortcut knows their words alone.)"""
    punct, _, _ = table._lookalikes()
    index = data.draw(st.integers(0, len(text) - 1))
    if text[index] not in punct:
        return
    assert reading._reading_delta(text, index, index + 1, -3.0) == _reading_delta_long_way(text, index, index + 1, -3.0)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="会议指出院野加强党的建设袁关键是落实遥冶医学要求北疆视野叶国说尧曰 \n", min_size=1, max_size=60)
)
def test_first_reading_is_the_lexicon_reading_of_every_candidate(text: str) -> None:
    """Pass 1 reads a look-alike with no word-forming neighbour from a table: the full reading
    gives the same number. Settled ones form no word with any neighbour, nor can a mark."""
    assert reading._marks_in_no_word()
    candidates, settled = marks._first_reading(text)
    punct, _, _ = table._lookalikes()
    # A run of one look-alike that no word holds (袁袁袁) is one candidate, read as marks
    # whatever the lexicon says, and so is a pair of 遥 that the text's habit of doubling its
    # marks reads as 。。 (会遥遥党遥遥); every other look-alike is a candidate of its own.
    informal = marks._informal_stop_pairs(text)
    runs = [c for c in candidates if c.notes == (marks._REPEATED_RUN_NOTE,) or c.start in informal]
    in_runs = {i for c in runs for i in range(c.start, c.end)}
    assert all(c.end - c.start > 1 for c in runs)
    assert all(
        c.evidence in (marks.INFORMAL_STOPS_EVIDENCE, marks.INFORMAL_STOPS_DOUBT)
        if c.start in informal
        else c.evidence == marks.REPEATED_RUN_EVIDENCE
        for c in runs
    )
    assert [c.start for c in candidates if c.end - c.start == 1] == [
        i for i, char in enumerate(text) if char in punct and punct[char] != EM_DASH and i not in in_runs
    ]
    for cand in candidates:
        if cand in runs:
            continue
        want = -_reading_delta_long_way(text, cand.start, cand.end, reading.LOG_P_MARK[cand.symbol])
        if cand.kinds == reading._DOUBLED_KINDS:  # 院院: one of a doubled pair, read as the hanzi on purpose
            assert cand.evidence <= min(want, decide.DOUBT_FROM)
            continue
        assert cand.evidence == want
        if cand.start in settled:
            assert not lexicon.in_word(text[max(0, cand.start - 3) : cand.start + 4], min(3, cand.start))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="尧遥冶浴袁院曰钥学院，。\n a", max_size=40))
def test_marker_count_is_the_number_of_marker_matches(text: str) -> None:
    marker, _, _ = table._regexes()
    assert table._marker_count(text) == len(marker.findall(text))


def _quoted_runs_long_way(text: str, candidates: list[decide._Candidate]) -> None:
    """``pairing._quoted_runs`` as it was: every candidate tested against every run."""
    runs = [
        (m.start(), m.end())
        for m in pairing._lookalike_run_re().finditer(text)
        if len(set(text[slice(*pairing._counted_span(text, m.span()))]) - pairing._doubled_lookalikes())
        >= pairing.MIN_KINDS_IN_QUOTED_RUN
        and not pairing._punctuates_as_marks(m.group())
    ]
    for cand in candidates:
        if any(start <= cand.start < end for start, end in runs):
            cand.add(0.0, "one of a run of look-alikes (a quoted example?)", decide.EV_OTHER)
            cand.evidence = min(cand.evidence, decide.DOUBT_FROM)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="袁遥野冶尧院要噎学建", min_size=1, max_size=40))
def test_quoted_runs_by_bisection_is_the_scan(text: str) -> None:
    fast, _ = marks._first_reading(text)
    slow, _ = marks._first_reading(text)
    pairing._quoted_runs(text, fast)
    _quoted_runs_long_way(text, slow)
    assert [(c.start, c.evidence, c.notes, c.kinds) for c in fast] == [
        (c.start, c.evidence, c.notes, c.kinds) for c in slow
    ]


def _role_alphabet() -> str:
    from cleaner.stages.punct_shift import names

    roles = names._name_words()[0]
    nouns = sorted(names._role_nouns())[::40]
    return "".join(sorted(set("".join(roles) + "".join(nouns) + "袁叶野遥 \n")))


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_role_sets_by_length_are_endswith_and_startswith(data: st.DataObject) -> None:
    """_name_context and _given_name look roles up per length instead of ``str.endswith(roles)``
    and ``str.startswith(roles, at)``, and for the role nouns and the nouns for a person."""
    from cleaner.stages.punct_shift import names

    roles = names._name_words()[0]
    nouns = sorted(names._role_nouns())
    words = st.sampled_from(list(roles) + nouns[::7])
    pieces = data.draw(st.lists(st.one_of(words, st.text(alphabet=_role_alphabet(), max_size=3)), max_size=4))
    text = "".join(pieces)
    for cut in range(len(text) + 1):
        head = text[:cut]
        assert names._ends_with_any(head, names._roles_by_length()) == head.endswith(roles)
        assert names._ends_with_any(head, names._roles_and_role_nouns_by_length()) == (
            head.endswith(roles) or head.endswith(tuple(n for n in nouns if 2 <= len(n) <= 4))
        )
        person_nouns = tuple(n for n in names._person_nouns() if 2 <= len(n) <= 4)
        assert names._ends_with_any(head, names._person_nouns_by_length()) == head.endswith(person_nouns)
        assert names._starts_with_any(text, cut, names._roles_by_length()) == text.startswith(roles, cut)
    assert names._starts_with_any(text, len(text) + 3, names._roles_by_length()) == text.startswith(
        roles, len(text) + 3
    )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="学院视野要求出遥远重点突破袁叶建国省市县中央人民政府大会", max_size=8))
def test_word_at_end_and_start_are_in_word(text: str) -> None:
    """lexicon.word_at_end / word_at_start (added for _orphans) answer as in_word at the ends."""
    if text:
        assert lexicon.word_at_end(text) == lexicon.in_word(text, len(text) - 1)
        assert lexicon.word_at_start(text) == lexicon.in_word(text, 0)


@settings(max_examples=500, deadline=None)
@given(TEXTS, st.data())
def test_window_delta_inlined_windows_are_window(text: str, data: st.DataObject) -> None:
    """_window_delta inlines _window's fast path for both windows: the same scores as with
    the windows _window gives."""
    index = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(index + 1, min(len(text), index + 3)))
    left, right = reading._window(text, index, -1), reading._window(text, end - 1, 1)
    run = text[index:end]
    scores = reading._window_scores(left, run, right)
    mark = -3.0
    expected = reading._alone(run) - mark if scores is None else scores[0] - (scores[1] + scores[2] + mark)
    assert reading._window_delta(text, index, end, mark) == expected


#: Words with number look-alikes (调解员 员缘), words with marks' look-alikes, spaces, breaks.
EDGE_ALPHABET = "调解员猿缘名学院视野要求出遥远重点袁叶建国省市中央人民政府大会 \n1"


def _edge_word_long_way(text: str, index: int, step: int) -> bool:
    """``_edge_word`` without its pair test (the function as it was before it)."""
    other_at = index + step
    if not 0 <= other_at < len(text) or not is_han(text[other_at]):
        return False
    for size in range(2, lexicon.MAX_WORD_LEN + 1):
        word = text[index - size + 1 : index + 1] if step < 0 else text[index : index + size]
        if len(word) == size and lexicon.is_word(word, min_freq=lexicon.COMMON_WORD_FREQ if size == 2 else 1):
            return True
    return False


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=EDGE_ALPHABET, min_size=1, max_size=12), st.data())
def test_edge_word_pair_test_is_the_long_way(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text) - 1))
    for step in (-1, 1):
        assert reading._edge_word(text, index, step) == _edge_word_long_way(text, index, step)


def _name_pieces() -> list[str]:
    names = sorted(lexicon._proper_names())
    return [*names[::997], "格鲁吉亚", "阿布哈兹", "中国", "东盟", "琼斯", "道", "日本", "台湾", "要", "冲突"]


#: Runs of proper names of the dictionary (every 997th, and those of _name_dashes' examples) and hanzi.
NAME_RUNS = st.lists(
    st.one_of(st.sampled_from(_name_pieces()), st.text(alphabet="学院视野国家人民", max_size=2)), max_size=4
)


@settings(max_examples=500, deadline=None)
@given(NAME_RUNS)
def test_may_end_with_name_is_implied_by_the_segmentation(pieces: list[str]) -> None:
    """_name_dashes skips the segmentation where _may_end_with_name says no name of two or
    more can end the run: never where the segmentation's last word is one."""
    run = "".join(pieces)
    if not run:
        return
    first = lexicon.best_segmentation(run)[-1]
    if len(first) >= 2 and marks._name_word(first):
        assert marks._may_end_with_name(run)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="员圆门人至到处个年名学院，\n 1", max_size=16), st.data())
def test_unit_range_needs_a_unit_or_a_run_counter_after(text: str, data: st.DataObject) -> None:
    """_number_candidates asks _unit_range about a lone digit only when the character after it
    is a counter of a run (RUN_COUNTERS): it is no unit there (unit_chars), and _unit_range
    finds a range only before a unit or such a counter."""
    from cleaner.stages.punct_shift import numbers

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    after = text[end] if end < len(text) else ""
    unit_chars, _ = numbers._lone_number_context()
    if after not in unit_chars and not (after != "" and after in numbers.RUN_COUNTERS):
        assert not numbers._unit_range(text, start, end)


#: The regexes as they were before they were made to start with their characters (the
#: engine scans for a leading character; a leading class of alternatives or a look-behind
#: makes it try every position).
def _old_candidate_re() -> re.Pattern[str]:
    return re.compile(f"([{''.join(table._lookalikes()[0])}])\\1*")


def _old_number_sign_re() -> re.Pattern[str]:
    from cleaner.stages.punct_shift import numbers

    digits = "".join(table._lookalikes()[1])
    return re.compile(
        f"[{''.join(numbers._number_signs())}]|{table.DASH_LOOKALIKE}(?=[0-9{digits}{numbers.CODE_LETTER_CLASS}])"
        f"|(?<=[0-9{digits}]){table.HYPHEN_MINUS_LOOKALIKE}(?={table.HYPHEN_MINUS_LOOKALIKE}?[0-9{digits}])"
        f"|(?<=[0-9{digits}]{table.HYPHEN_MINUS_LOOKALIKE}){table.HYPHEN_MINUS_LOOKALIKE}(?=[0-9{digits}])"
    )


_OLD_QUOTED_SINGLE_RE = re.compile("(?<=[“野]).(?=[”冶])", re.DOTALL)
_OLD_ASCII_WORD_RE = re.compile("(?<![A-Za-z])[A-Za-z]{2,12}(?![A-Za-z])")


@settings(max_examples=500, deadline=None)
@example("1原原圆")  # (a doubled range dash, 2－－3星: found once by chance only)
@given(st.text(alphabet="袁遥野冶尧院要噎叶曳学“”\n 益伊耀豫颐辕原员园圆猿1AF", max_size=40))
def test_regexes_that_start_with_their_characters_find_the_same(text: str) -> None:
    from cleaner.stages.punct_shift import numbers

    _, candidate_re, _ = table._regexes()
    assert [m.span() for m in candidate_re.finditer(text)] == [m.span() for m in _old_candidate_re().finditer(text)]
    new_signs = [(m.start(), m.group()) for m in numbers._number_sign_re().finditer(text)]
    assert new_signs == [(m.start(), m.group()) for m in _old_number_sign_re().finditer(text)]
    quoted = [m.start(1) for m in marks._QUOTED_SINGLE_RE.finditer(text)]
    assert quoted == [m.start() for m in _OLD_QUOTED_SINGLE_RE.finditer(text)]


def _old_scans() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """The whole-text scans as they were before they were led by a character (a leading
    look-behind, repeat or alternation made the engine try a match at every position), each
    beside the one that replaced it."""
    from cleaner.stages.punct_shift import faithful, numbers, tokens

    number = "0-9" + "".join(table._lookalikes()[1])
    digits = "".join(table._lookalikes()[1])
    list_after, list_marks = numbers._list_item_chars()
    bare_after = numbers.BARE_ITEM_AFTER + "".join(
        h for h, s in table._lookalikes()[0].items() if s in numbers.BARE_ITEM_AFTER
    )
    indent = f"[ {numbers.IDEOGRAPHIC_SPACE}]*"
    letters = "".join(h for h in faithful._letter_lookalikes() if h not in faithful.LETTER_RUN_NEVER)
    joiners = re.escape(faithful.LATIN_JOINERS)
    hexadecimal = "0-9A-Fa-f" + "".join(h for h, c in tokens._token_lookalikes().items() if c in string.hexdigits)
    old = {
        "list item": re.compile(
            f"(?:^|(?<=[{re.escape(list_after)}])){indent}([{number}]{{1,2}})([{re.escape(list_marks)}])(?![0-9])",
            re.M,
        ),
        "bare item": re.compile(f"(?:^|(?<=[{re.escape(bare_after)}])){indent}([{number}]{{1,2}})(?![{number}])", re.M),
        "informal count": re.compile(
            f"(?<![0-9{digits}])[{digits}](?=(?:{'|'.join(numbers.INFORMAL_COUNTERS)}))"
            f"|(?<=第)[{digits}](?=[{re.escape(numbers.NUMBER_AFTER)}])"
        ),
        "next number": re.compile(
            f"(?<![{number}])([{number}]{{1,2}})[{re.escape(numbers.NEXT_NUMBER_SEPARATORS)}] ?"
            f"([{number}]{{1,2}})(?![{number}])(.?.?)"
        ),
        "time": re.compile(
            f"(?<![{number}])([{number}]{{1,2}})[{numbers._time_colons()}]([{number}]{{1,2}})(?![{number}])"
        ),
        "cell number": re.compile(f"[{digits}]{{1,2}}(?={numbers._CELL_GAP}|$)", re.MULTILINE),
        "column gap": re.compile(f"[{re.escape(table._INLINE_SPACES)}]{{2,}}|[\t\u3000]"),
        "look-alike run": re.compile(f"[{''.join(table._lookalikes()[0])}]{{{pairing.MAX_MARK_RUN + 1},}}"),
        "letter run": re.compile(f"[{''.join(faithful._letter_lookalikes())}]{{2,}}"),
        "blank between lines": re.compile(r"(?<=[^\n])\n\n(?=[^\n])"),
        "range to digits": re.compile(
            f"(?<![0-9{digits}])([{digits}]{{1,2}})({re.escape(numbers.RANGE_HYPHEN)}{{1,{numbers.RANGE_HYPHENS_MAX}}}"
            f"|{'|'.join(numbers.RANGE_SIGN_LOOKALIKES)}|[{re.escape(numbers.RANGE_TO_DIGITS.replace('-', ''))}])"
            f"([0-9{digits}]{{1,3}})(?![0-9{digits}.])(..?)"
        ),
        "month day": re.compile(
            f"(?<![{number}])([{number}]{{1,2}}){numbers.MONTH}([{number}]{{1,2}})(?![{number}])"
            f"(?={'|'.join((f'[{numbers.DAY_MARKS}]', *numbers.DAYTIME))})"
        ),
        "comma pair": re.compile("(?<!袁)袁{2}(?!袁)"),
        "stop pair": re.compile("(?<!遥)遥{2}(?!遥)"),
        "lone ASCII letter": re.compile("(?<![A-Za-z])[A-Za-z](?![A-Za-z])"),
        "alphabet range": re.compile("(?<![A-Za-z])([粤葬])-([在扎])(?![A-Za-z])"),
        "joined letters": re.compile(f"(?<=[{joiners}])[{letters}]{{2,}}|[{letters}]{{2,}}(?=[{joiners}])"),
        "url encoded": re.compile(f"(?:[{tokens.PERCENT_SIGNS}][{hexadecimal}]{{2}}){{3,}}(?![{hexadecimal}])"),
    }
    import cleaner.stages.punct_shift as stage

    new = {
        "list item": numbers._list_item_re(),
        "bare item": numbers._bare_item_re(),
        "informal count": numbers._informal_count_re(),
        "next number": numbers._next_number_re(),
        "time": numbers._time_re(),
        "cell number": numbers._cell_number_re(),
        "column gap": table._COLUMN_GAP_RE,
        "look-alike run": pairing._lookalike_run_re(),
        "letter run": faithful._letter_run_re(),
        "blank between lines": stage._BLANK_BETWEEN_LINES_RE,
        "range to digits": numbers._range_to_digits_re(),
        "month day": numbers._month_day_re(),
        "comma pair": marks._COMMA_PAIR_RE,
        "stop pair": marks._STOP_PAIR_RE,
        "lone ASCII letter": faithful._LONE_ASCII_LETTER_RE,
        "alphabet range": faithful.ALPHABET_RANGE,
        "joined letters": faithful._joined_run_re(),
        "url encoded": tokens._url_encoded_re(),
    }
    return {name: (old[name], new[name]) for name in old}


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    """What a scan finds, by the places of its groups (the match's own start may differ: a
    list item's indent is no longer part of it)."""
    return [tuple(m.span(g) for g in range(1, pattern.groups + 1)) or (m.span(),) for m in pattern.finditer(text)]


#: Digits real and garbled, the marks and spaces around numbers and items, counters, letters'
#: look-alikes and hanzi, months, days and ranges: what the scans above read.
SCAN_ALPHABET = "员圆猿源园1 2\n\u3000\t\xa0。，：、.袁遥尧院冤）)第星分钟本年学栽悦蕴aB月日号-~至粤葬在扎_%豫D凿"


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=SCAN_ALPHABET, max_size=30))
def test_scans_led_by_a_character_find_the_same(text: str) -> None:
    for name, (old, new) in _old_scans().items():
        assert _found(new, text) == _found(old, text), name


def test_scans_led_by_a_character_find_the_same_on_the_seeds() -> None:
    """On the garbled seeds (real pages): the same places, scan by scan."""
    seeds = sorted((Path(__file__).parent.parent / "fixtures/seeds").glob("*.in.txt"))
    assert seeds
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        for name, (old, new) in _old_scans().items():
            assert _found(new, text) == _found(old, text), (seed.name, name)


def _numbered_places(pattern: re.Pattern[str], text: str, digit_group: int) -> list[tuple[str, int]]:
    """The words before a digit and where the digit stands, as _numbered_names reads them (no
    word holding a look-alike of a digit)."""
    digits = table._lookalikes()[1]
    places = [(m.group(1), m.start(digit_group)) for m in pattern.finditer(text)]
    return [(word, at) for word, at in places if not any(c in digits for c in word)]


#: _numbered_names' scan before it was led by the digit.
_OLD_NUMBERED_NAME_RE = re.compile(
    f"([{HAN_CLASS}]{{2}})([{''.join(table._lookalikes()[1])}0-9])(?![{''.join(table._lookalikes()[1])}0-9])"
)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="数据员圆猿丙区域1 2\n，袁", max_size=30))
def test_numbered_name_scan_led_by_the_digit_finds_the_same_words(text: str) -> None:
    from cleaner.stages.punct_shift import numbers

    new = _numbered_places(numbers._numbered_name_re(), text, 0)
    assert new == _numbered_places(_OLD_NUMBERED_NAME_RE, text, 2)


def _breaks_long_way(text: str) -> str:
    """``_breaks_inside_sentences`` without its shortcut (the function as it was before it)."""
    import cleaner.stages.punct_shift as stage

    columns = stage._column_lines(text)
    parts: list[str] = []
    at = 0
    for blank in stage._BLANK_BETWEEN_LINES_RE.finditer(text):
        end = blank.start()
        while end and text[end - 1] in table._INLINE_SPACES:
            end -= 1
        line_start = text.rfind("\n", 0, end) + 1
        if (
            columns.get(line_start, -1) != columns.get(blank.end(), -2)
            or text[end - 1] in stage.PARAGRAPH_ENDS
            or len(table._COLUMN_GAP_RE.findall(text, line_start, end)) >= stage.TABLE_ROW_GAPS
            or not stage._word_across(text, end, blank.end())
        ):
            continue
        parts.append(text[at : blank.start()])
        parts.append(" \n")
        at = blank.end()
    return "".join([*parts, text[at:]]) if parts else text


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["学院", "长工程", "遥", "院", "学院设院长一人", " ", "\n", "\n\n"]), max_size=30))
def test_breaks_inside_sentences_is_the_long_way(pieces: list[str]) -> None:
    """Lines of a column and others, blank lines between: the shortcut past the scan where no
    line is in a column changes nothing."""
    import cleaner.stages.punct_shift as stage

    text = "".join(pieces)
    assert stage._breaks_inside_sentences(text) == _breaks_long_way(text)


def test_an_items_indent_is_among_what_an_item_starts_after() -> None:
    """The item scans leave an item's indent out (numbers._item_number_start): the spaces
    must stay among the characters an item's number may follow."""
    from cleaner.stages.punct_shift import numbers

    for after in (numbers.LIST_ITEM_AFTER, numbers.BARE_ITEM_AFTER):
        assert " " in after and numbers.IDEOGRAPHIC_SPACE in after


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcXYZ袁栽悦 \n1_", max_size=40))
def test_ascii_word_regex_led_by_its_letter_finds_the_same(text: str) -> None:
    """_echoed_latin_words' ASCII words: the look-behind after the first letter, not before it."""
    from cleaner.stages.punct_shift import faithful

    found = [m.span() for m in faithful._ASCII_WORD_RE.finditer(text)]
    assert found == [m.span() for m in _OLD_ASCII_WORD_RE.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="袁遥野冶尧院曰学院视野要求员园圆猿益豫“”，。\n 1", min_size=1, max_size=60))
def test_findings_put_in_place_are_sorted_as_a_stable_sort_would(text: str) -> None:
    """_detect_document puts the findings of numbers and the rest among those of the look-alikes
    by bisection: the order of sorted(…, key=_BY_SPAN) over them all, as before."""
    import cleaner.stages.punct_shift as stage

    findings = stage._detect_document(text, "document", list(stage._real_mark_starts(text)))
    assert findings == sorted(findings, key=stage._BY_SPAN)


# -- lexicon.split_scores runs its programme forward from tables of one-character words and of
# the pairs that start words (lexicon._word_pairs); its scores are checked against the separate
# segmentations in test_punct_shift_lexicon_windows.py. And bench.punct_shift measures a news
# workload (People's Daily dev, garbled) when the corpus is there -----------------------------------
def test_word_pairs_say_which_words_start_with_them() -> None:
    table = lexicon._log_probabilities()[0]
    pairs = lexicon._word_pairs()
    code = lexicon._pair_code
    assert pairs[code("中华")] == (table["中华"], 1 << 3 | 1 << 4)  # 中华街, 中华民国
    assert pairs[code("人民")][0] == table["人民"] and pairs[code("人民")][1] >> 3 & 1  # 人民币
    # a pair that only starts longer words is no word itself
    only_longer = next(key for key, (logp, _) in pairs.items() if logp is None)
    assert chr(only_longer >> lexicon._PAIR_SHIFT) + chr(only_longer & (1 << lexicon._PAIR_SHIFT) - 1) not in table
    assert all(len(word) != 2 or pairs[code(word)][0] == logp for word, logp in list(table.items())[:50_000])
    # the keys are the pairs, one to one: every code point fits in the low bits
    highest = "\U0010ffff"
    assert code(highest + highest) >> lexicon._PAIR_SHIFT == 0x10FFFF == code("a" + highest) & 0x1FFFFF


def test_singles_are_the_one_character_words() -> None:
    table = lexicon._log_probabilities()[0]
    singles = lexicon._single_log_probabilities()
    assert singles == {word: logp for word, logp in table.items() if len(word) == 1}
    # and by code point, the unknown character's score where no one-character word is
    codes, unknown = lexicon._single_log_probability_codes(), lexicon._log_probabilities()[1]
    assert {chr(code): logp for code, logp in enumerate(codes) if chr(code) in singles} == singles
    assert all(logp == unknown for code, logp in enumerate(codes) if chr(code) not in singles)


@pytest.mark.parametrize(
    ("table", "tags"),
    [
        (lexicon._proper_names, lexicon.NAME_TAGS),
        (lexicon._predicate_starts, lexicon.PREDICATE_TAGS),
        (lexicon._person_names, lexicon.PERSON_TAGS),
        (lexicon._place_names, frozenset({lexicon.PLACE_TAG})),
        (lexicon._verbs, lexicon.VERB_TAGS),
        (lexicon._adjectives, lexicon.ADJECTIVE_TAGS),
        (lexicon._no_place_words, lexicon.NO_PLACE_TAGS),
        (lexicon._nouns, lexicon.NOUN_TAGS),
    ],
)
def test_tagged_words_are_the_dictionary_tags_and_no_work_for_the_garbage_collector(
    table: Callable[[], dict[str, None]], tags: frozenset[str]
) -> None:
    words = table()
    # (a dict of strings, which the cyclic collector never walks; a set's words it walks on
    # every full collection)
    assert not gc.is_tracked(words)
    assert words == lexicon._read_words_tagged(tags) and words


def test_tagged_tables_read_their_tags() -> None:
    assert lexicon.is_proper_name("格鲁吉亚") and lexicon.starts_predicate("交出")
    assert not lexicon.is_proper_name("交出") and not lexicon.starts_predicate("格鲁吉亚")


def test_bench_news_workload_is_people_daily_dev_garbled() -> None:
    from bench import punct_shift
    from bench.accuracy_punct_shift import people_daily_sets

    news = punct_shift._news_documents(1)
    if people_daily_sets() is None:
        assert news == []
        return
    dev = people_daily_sets()["People's Daily dev"]  # type: ignore[index]
    assert len(news) == len(dev) // punct_shift.NEWS_WHOLE_AT_REPEAT
    assert "news garbled, cold" in punct_shift.WORKLOADS


# split_scores' look for a longer word over the look-alike (through the pairs that start words)
# against the plain scan, and the candidate record's written-out constructor against the one
# @dataclass made.
ROOT = Path(__file__).resolve().parent.parent
#: Hanzi of words of three and four characters with the look-alikes in them (研究院 医院里
#: 遥控器 中国人 视野开阔), the look-alikes and a mark: windows where a longer word may cover one.
LONGER_WORD_ALPHABET = "研究院医里遥控器中国人视野开阔要求出袁叶学生会，"


def _covered_as_split_scores_reads_it(text: str, index: int) -> bool:
    table, _ = lexicon._log_probabilities()
    pairs = lexicon._word_pairs()
    first, last = max(0, index - lexicon.MAX_WORD_LEN + 1), min(index, len(text) - 2)
    code = lexicon._pair_code
    heads = [pairs.get(code(text[start : start + 2])) if first <= start <= last else None for start in range(len(text))]
    return lexicon._covered_by_heads(table, heads, text, index, first, last)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LONGER_WORD_ALPHABET, min_size=1, max_size=9), st.data())
def test_covered_by_longer_words_is_the_plain_scan(text: str, data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(text) - 1))
    table, _ = lexicon._log_probabilities()
    assert _covered_as_split_scores_reads_it(text, index) == lexicon._covered(table, text, index, len(text))


def test_covered_by_longer_words_on_the_seeds() -> None:
    table, _ = lexicon._log_probabilities()
    text = (ROOT / "fixtures/seeds/002-punct-shift-narrow-columns.in.txt").read_text(encoding="utf-8")
    for at in range(len(text) - 9):
        window = text[at : at + 9]
        for index in range(len(window)):
            assert _covered_as_split_scores_reads_it(window, index) == lexicon._covered(table, window, index, 9)


def test_candidate_constructor_keeps_the_dataclass_defaults_and_equality() -> None:
    cand = decide._Candidate(3, 4, "袁", "，")
    assert (cand.evidence, cand.notes, cand.kinds) == (0.0, (), ())
    assert cand == decide._Candidate(3, 4, "袁", "，", 0.0, (), ())
    cand.add(2.0, "lexicon", decide.EV_LEXICON)
    assert cand == decide._Candidate(3, 4, "袁", "，", evidence=2.0, notes=("lexicon",), kinds=(decide.EV_LEXICON,))
    assert repr(cand).startswith("_Candidate(start=3, end=4, hanzi='袁', symbol='，', evidence=2.0")


#: Garbled clauses (sure marks: 研究袁), words that hold a look-alike (医院 视野 要求 遥远 叶子),
#: marks, white space and an invisible character: what pass 2's windows see.
_PASS2_PIECES = (
    "会议指出院野加强党的建设袁关键是落实遥冶",
    "研究袁",
    "学院尧医院",
    "北疆视野宽",
    "要求",
    "遥远",
    "叶子",
    "袁",
    "遥",
    "院",
    "野",
    "，",
    " ",
    "\n",
    "\u3000",
    "\u200b",
)
_PASS2_TEXTS = st.lists(st.sampled_from(_PASS2_PIECES), min_size=1, max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PASS2_TEXTS, st.data())
def test_reads_alike_means_the_same_reading(text: str, data: st.DataObject) -> None:
    """Where _reads_alike says a view (some look-alikes read as marks) reads a look-alike as the
    text does, _reading_delta gives the very same number for both."""
    punct, _, _ = table._lookalikes()
    at = [i for i, char in enumerate(text) if char in punct]
    if not at:
        return
    start = data.draw(st.sampled_from(at))
    marked = data.draw(st.sets(st.sampled_from(at)))
    view = "".join(punct[c][0] if i in marked and i != start else c for i, c in enumerate(text))
    if reading._reads_alike(view, text, start, start + 1):
        log_p = reading.LOG_P_MARK[punct[text[start]]]
        read = reading._reading_delta
        assert read(view, start, start + 1, log_p) == read(text, start, start + 1, log_p)


@settings(max_examples=150, deadline=None)
@given(_PASS2_TEXTS)
def test_pass_two_skipping_same_windows_reads_as_before(text: str) -> None:
    """_punct_candidates with pass 2's shortcut gives the candidates it gives without it."""
    quick = marks._punct_candidates(text)
    original = marks._reads_alike
    marks._reads_alike = lambda view, text, start, end: False  # (pass 2 reads every one in reach)
    try:
        plain = marks._punct_candidates(text)
    finally:
        marks._reads_alike = original
    assert quick == plain


def test_names_after_a_comma_are_counted_once_per_text(monkeypatch) -> None:
    # A long text that repeats a name after 袁 (minutes of the same meeting, a review pasted
    # again and again) once scanned the text for the name per 袁: quadratic, 30 KB in 2.4 s.
    # The scans are counted by the positions they walk: linear in the text's length.
    from cleaner.stages.base import StageContext
    from cleaner.stages.punct_shift import detect, names

    walked = 0

    def counted(text: str, part: str, start: int = 0) -> list[int]:
        nonlocal walked
        found = table._occurrences(text, part, start)
        walked += len(found)
        return found

    monkeypatch.setattr(names, "_occurrences", counted)
    walks = []
    for repeats in (200, 400):
        walked = 0
        detect("会议由副主任袁安子文同志主持遥" * repeats, StageContext())
        walks.append(walked)
    assert 0 < walks[1] <= 2.5 * walks[0]


def test_a_text_is_asked_once_whether_it_doubles_its_commas(monkeypatch) -> None:
    """_first_reading asks whether the text doubles its marks (the witness of 袁袁 as ，，) once
    per text, not once per pair of 袁: a review of pairs, each read alone and once more in the
    text's count, is read in time linear in its length (80 KB of them took minutes when every
    pair counted the pairs of the whole text)."""
    calls = 0
    original = marks._comma_pair_alone

    def counted(text: str, start: int, end: int) -> bool:
        nonlocal calls
        calls += 1
        return original(text, start, end)

    monkeypatch.setattr(marks, "_comma_pair_alone", counted)
    for pairs in (10, 200):
        calls = 0
        candidates, _ = marks._first_reading("房间不错袁袁但是价格很贵遥" * pairs)
        assert sum(c.symbol == "，" and c.end - c.start == 2 for c in candidates) == pairs
        assert calls <= 2 * pairs


def _positions_walked_per_doubling(monkeypatch, module, name: str, clean: str) -> list[int]:
    """The positions the scan ``module.name`` (called with the text first) may walk, over
    ``detect`` of ``clean`` garbled and repeated 200 and 400 times: each call counts the text's
    length (a whole-text scan), so the total grows with the text only if it runs once per text."""
    scan = getattr(module, name)
    walked = 0

    def counted(text: str, *args: object) -> object:
        nonlocal walked
        walked += len(text)
        return scan(text, *args)

    monkeypatch.setattr(module, name, counted)
    walks = []
    for repeats in (200, 400):
        walked = 0
        detect(founder_garble(clean) * repeats, StageContext())
        walks.append(walked)
    return walks


def test_parentheses_never_opened_are_looked_for_once_per_text(monkeypatch) -> None:
    # Whether a （ stands anywhere before a ） look-alike (我很冤: the hanzi) was asked of the
    # text before each look-alike (a slice of it, per look-alike): quadratic, a book of
    # parentheses took seconds. Where the first opener stands is found once per text.
    walks = _positions_walked_per_doubling(
        monkeypatch, pairing, "_first_opener", "他说：“我很冤。”会议（新华社记者摄）指出，要抓好落实。"
    )
    assert 0 < walks[1] <= 2.5 * walks[0]


def test_findings_are_put_in_place_in_one_pass(monkeypatch) -> None:
    # The findings of the numbers were put among those of the marks one insertion each, and
    # every insertion moves the findings after it: quadratic on a long page of figures. The
    # findings moved by insertions are counted: linear in the text's length.
    moved = 0

    def counting(insort):
        def insort_counted(a: list, x: object, *args: object, **kwargs: object) -> None:
            nonlocal moved
            before = len(a)
            insort(a, x, *args, **kwargs)
            moved += before - a.index(x)

        return insort_counted

    monkeypatch.setattr(bisect, "insort_left", counting(bisect.insort_left))
    monkeypatch.setattr(bisect, "insort_right", counting(bisect.insort_right))
    walks = []
    for repeats in (200, 400):
        moved = 0
        detect(founder_garble("2013年12月31日，增长38．7%，气温5～20℃，比分3∶1。") * repeats, StageContext())
        walks.append(moved)
    assert 0 < walks[1] <= 2.5 * walks[0]


def test_items_broken_from_a_word_find_their_list_once_per_text(monkeypatch) -> None:
    # An item whose look-alike makes a word with the line before (酒店⏎员尧) is read as an item
    # from the list's other items at line starts: those were picked out of every item of its
    # mark again per such item, quadratic (100 KB of such lines took seconds). Where each item
    # stands on its line is asked a number of times linear in the text's length.
    from cleaner.stages.punct_shift import numbers

    asked = 0
    line_start = numbers._line_starts_at

    def counted(text: str, at: int) -> bool:
        nonlocal asked
        asked += 1
        return line_start(text, at)

    monkeypatch.setattr(numbers, "_line_starts_at", counted)
    walks = []
    for repeats in (200, 400):
        asked = 0
        found = numbers._list_items("酒店\n员尧看看袁\n圆尧说说袁\n猿尧走走遥\n" * repeats)
        walks.append(asked)
    assert len(found) == 3 * 400  # (every item read, the broken 员 too)
    assert 0 < walks[1] <= 2.5 * walks[0]


def _column_of_numbers_long_way(text: str, start: int) -> bool:
    """numbers._column_of_numbers as it was: each row's cells walked from the row's start, per cell."""
    from cleaner.stages.punct_shift import numbers

    def kind(line_start: int, line_end: int, column: int) -> tuple[str, str] | None:
        cells = [m.group() for m in numbers._CELL_RE.finditer(text, line_start, line_end)]
        return numbers._column_cell_kind(cells, column)

    line_start = text.rfind("\n", 0, start) + 1
    column = sum(1 for m in numbers._CELL_RE.finditer(text, line_start, start))
    kinds: list[tuple[str, str] | None] = []
    at, rows = line_start, 0
    while at > 0 and rows < numbers._COLUMN_REACH:
        above = text.rfind("\n", 0, at - 1) + 1
        if above == at - 1:
            break
        kinds.insert(0, kind(above, at - 1, column))
        at, rows = above, rows + 1
    header_above = bool(kinds)
    at = text.find("\n", start)
    rows = 0
    while at >= 0 and rows < numbers._COLUMN_REACH:
        end = text.find("\n", at + 1)
        if end < 0:
            end = len(text)
        if end == at + 1:
            break
        kinds.append(kind(at + 1, end, column))
        at = end if end < len(text) else -1
        rows += 1
    header = kinds[0] if header_above else None
    if header is not None and header[0] == "word" and numbers.NAME_HEADER_CHAR in header[1]:
        return False
    body = kinds[1:] if header_above else kinds
    if any(k is not None and k[0] == "word" for k in body):
        return False
    if any(k is not None and k[0] == "figure" for k in kinds):
        return True
    return header is not None and header[0] == "word" and any(k is not None for k in body)


#: Cells of a table (figures, digit look-alikes, names, headers), the gaps between them, line breaks.
TABLE_PIECES: Final = ["苑猿", "员圆援猿", "王平", "工龄", "姓名", "5", "愿", " ", "\u3000", "  ", "\n", "\n\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TABLE_PIECES)))
def test_column_of_numbers_by_row_index_is_the_walk(pieces: list[str]) -> None:
    from cleaner.stages.punct_shift import numbers

    text = "".join(pieces)
    rows = numbers._RowCells(text, table._Lines(text).starts)
    for match in numbers._CELL_RE.finditer(text):
        assert numbers._column_of_numbers(rows, match.start()) == _column_of_numbers_long_way(text, match.start())


class _CountedScan:
    """A regex that counts the positions its scans (finditer) walk."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.walked = 0

    def finditer(self, text: str, start: int = 0, end: int = 1 << 62) -> Iterator[re.Match[str]]:
        self.walked += min(end, len(text)) - start
        return self.pattern.finditer(text, start, end)


def test_a_row_of_many_cells_is_read_once_per_row(monkeypatch) -> None:
    # A cell of two digit look-alikes asks whether its column holds figures: its column was
    # counted by a walk along its row from the row's start, and the rows above and below were
    # walked to that column, per cell: quadratic on a row of thousands of cells (a page of
    # figures extracted with no line break: 100 KB took 2 s). Each row's cells are found once.
    from cleaner.stages.punct_shift import numbers

    cells = _CountedScan(numbers._CELL_RE)
    monkeypatch.setattr(numbers, "_CELL_RE", cells)
    walks = []
    for repeats in (200, 400):
        cells.walked = 0
        detect("姓名　工龄　工资\n" + "王平　员圆　猿源园园　" * repeats, StageContext())
        walks.append(cells.walked)
    assert 0 < walks[1] <= 2.5 * walks[0]


def test_a_glossary_page_is_read_once_per_text(monkeypatch) -> None:
    # Whether a page defines signs (⏎= 院 等于, ⏎<> 院 不等于) was read from the whole text per
    # spaced 院 after a sign: quadratic on a long glossary (100 KB took 12 s). Read once.
    scan = _CountedScan(marks._glossary_line_re())
    monkeypatch.setattr(marks, "_glossary_line_re", lambda: scan)
    walks = []
    for repeats in (200, 400):
        scan.walked = 0
        detect("= 院 等于\n<> 院 不等于\n" * repeats, StageContext())
        walks.append(scan.walked)
    assert 0 < walks[1] <= 2.5 * walks[0]


class _WalkedText(str):
    """A text that counts the positions its own searches walk (str.find, str.rfind, str.count) and its
    long slices copy: str's methods cannot be patched, a subclass's can. Only ``detect``'s text
    itself counts (a slice of it is a plain str)."""

    walked = 0

    def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo, hi, _ = slice(start, end).indices(len(self))
        found = str.find(self, sub, lo, hi)
        _WalkedText.walked += (hi if found < 0 else found) - lo
        return found

    def rfind(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo, hi, _ = slice(start, end).indices(len(self))
        found = str.rfind(self, sub, lo, hi)
        _WalkedText.walked += hi - max(found, lo)
        return found

    def count(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        lo, hi, _ = slice(start, end).indices(len(self))
        _WalkedText.walked += max(0, hi - lo)
        return str.count(self, sub, lo, hi)

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, slice):
            lo, hi, _ = key.indices(len(self))
            _WalkedText.walked += max(0, hi - lo)
        return str.__getitem__(self, key)


#: Clean units whose garble, repeated on one long line (a page extracted with no line break) or
#: on many, once made a search per look-alike walk back to the line's start or the text's:
#: the line's start of a quotation opened twice (_pairing), of a manual's token (tokens: a range
#: of cells, a function key, a year left open) and of a roster's cell (_roster_names), the
#: line's end of a 『 (_corner_quotes), the text up to a byline (_bylines).
LONG_LINE_UNITS = cases(
    "long-line",
    ("他说：“我很冤。”会议指出，“要抓好“落实”。", ""),
    ("型号TCL-12，接口USB3：运行a+b=c，A1:B2 F6 20xx年CD-ROM。", ""),
    ("他说：『今天我看到』。『一国两制』方针，", ""),
    ("李尧　王渊　张伟　袁野　", "会议指出，要抓好落实。"),
    ("（陈杰袁志彬吴建秀）", "会议指出，要抓好落实。\n"),
)


def test_job_titles_after_a_comma_are_counted_once_per_title() -> None:
    # A 袁 before a job title alone (袁省长, in a text that names nobody after 袁) is the comma
    # where 袁省长 stands nowhere else: that was counted over the whole text per 袁, quadratic
    # on a long text repeating the title (200 KB: 0.73 s); once per title now.
    walks = []
    for repeats in (200, 400):
        _WalkedText.walked = 0
        detect(_WalkedText("会议袁" * 20 + "他说袁省长指出袁" * repeats), StageContext())
        walks.append(_WalkedText.walked)
    assert 0 < walks[1] <= 2.5 * walks[0]


#: 『』 as a Founder page garbles them (founder_garble leaves them: few pages set them).
_CORNERS = str.maketrans({"『": table.CORNER_OPEN_LOOKALIKE, "』": table.CORNER_CLOSE_LOOKALIKE})


@pytest.mark.parametrize(("unit", "between"), LONG_LINE_UNITS)
def test_searches_of_the_text_walk_it_linearly(unit: str, between: str) -> None:
    garbled = founder_garble(unit + between).translate(_CORNERS)
    walks = []
    for repeats in (200, 400):
        _WalkedText.walked = 0
        detect(_WalkedText(garbled * repeats), StageContext())
        walks.append(_WalkedText.walked)
    assert 0 < walks[1] <= 2.5 * walks[0]


# chars.is_han answers from string comparisons, not a regex: the same answer for every code
# point, for the empty string and for a longer string (the regex reads its first character) ------
def test_is_han_is_the_regex_on_every_code_point() -> None:
    han_re = re.compile(f"[{HAN_CLASS}]")
    for code in range(0x110000):
        char = chr(code)
        assert is_han(char) == (han_re.match(char) is not None), hex(code)
    assert not is_han("")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\u33ff\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00a，", max_size=3))
def test_is_han_reads_the_first_character_as_the_regex(text: str) -> None:
    # (at the edges of each range, before and after them; and a hanzi before anything)
    for extra in ("", "\U0001ffff", "\U00020000", "\U0003134f", "\U00031350", "\U0010ffff"):
        for probe in (text + extra, extra + text):
            assert is_han(probe) == (re.match(f"[{HAN_CLASS}]", probe) is not None)


#: Letters named with their siblings (载 X, 再 Y), as a help page's garble writes them.
_SIBLING_ROWS = (
    "使用「载 或 Y 误差线」对话框。",
    "在「距离 X」和「距离 再」框中输入。",
    "间隔 载\n输入水平间距。\n间隔 再",
)


@settings(max_examples=300, deadline=None)
@example(_SIBLING_ROWS[0], "", "")
@example(_SIBLING_ROWS[1], "", "")
@example(_SIBLING_ROWS[2], "", "")
@given(
    st.sampled_from(_SIBLING_ROWS),
    st.text(alphabet="曾再在载粤月 或和「」距离XYz。\n", max_size=120),
    st.text(alphabet="曾再在载粤月 或和「」距离XYz。\n", max_size=120),
)
def test_a_sibling_is_named_only_where_the_raw_test_lets_one_stand(row: str, before: str, after: str) -> None:
    # _siblings skips a candidate by a test on the raw text before gathering the repairs: it
    # must never skip one that _named_with_sibling reads (the row's letters are read)
    from cleaner.stages.punct_shift import tokens

    text = before + row + after
    lookalikes = tokens._token_lookalikes()
    named = [
        at
        for at, char in enumerate(text)
        if char in lookalikes and lookalikes[char].isalpha() and tokens._named_with_sibling(text, at, {})
    ]
    if not before and not after:
        assert named  # (the rows alone are read: the test is not empty)
    assert all(tokens._sibling_may_stand(text, at) for at in named)


def _old_token_scans() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """tokens.py's scans as they were when led by a look-behind (or an alternation), each
    beside the one led by its characters that replaced it."""
    from cleaner.stages.punct_shift import tokens

    lookalikes = tokens._token_lookalikes()
    letters = "".join(h for h, c in lookalikes.items() if c.isalpha())
    apart = re.escape(table._INLINE_SPACES + "\n|/()[]\"'") + "\u3008-\u3011" + "".join(table._lookalikes()[0])
    capitals = "A-Z" + "".join(h for h, c in lookalikes.items() if c.isupper())
    digits = "0-9" + "".join(h for h, c in lookalikes.items() if c.isdigit())
    cell = f"\\$?[{capitals}]{{1,2}}\\$?[{digits}]{{1,5}}"
    alnum = "A-Za-z0-9" + "".join(lookalikes)
    times = "".join(h for h, c in lookalikes.items() if c == "x")
    code = {c: h for h, c in lookalikes.items() if c.isdigit()}
    century = "|".join(f"[{y[0]}{code[y[0]]}][{y[1]}{code[y[1]]}]" for y in tokens.OPEN_YEAR_CENTURIES)
    old = {
        "sibling candidate": re.compile(
            f"(?<=[{apart}])[{letters}]|^[{letters}]|[{letters}](?=[{apart}]|$)", re.MULTILINE
        ),
        "cell range": re.compile(f"(?<![{alnum}]){cell}:{cell}(?![{alnum}])"),
        "function key": re.compile(f"(?<=[{re.escape(tokens.FUNCTION_KEY_BEFORE)}])F([{digits}]{{1,2}})(?![{alnum}])"),
        "open year": re.compile(f"(?<![{alnum}])(?:{century})[{times}]{{2}}(?=[{table._INLINE_SPACES}]?年)"),
    }
    ranges, keys, years = tokens._manual_token_res()
    new = {
        "sibling candidate": tokens._sibling_candidate_re(),
        "cell range": ranges,
        "function key": keys,
        "open year": years,
    }
    return {name: (old[name], new[name]) for name in old}


#: Cells and their parts ($, capitals and digits, real and garbled), function keys and what
#: stands before them, open years, the marks and spaces that set a letter apart, hanzi.
TOKEN_SCAN_PIECES = (
    *"A$:1员月圆粤 年曾20F+(（中怨「|/\n\u3000袁遥",
    "B2",
    "$A$1",
    "20曾曾",
    "19",
    "员怨",
    "Shift+F",
    "载 或 再",
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(TOKEN_SCAN_PIECES), max_size=14))
def test_token_scans_led_by_their_characters_find_the_same(pieces: list[str]) -> None:
    text = "".join(pieces)
    for name, (old, new) in _old_token_scans().items():
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)
        ], name


def test_token_scans_led_by_their_characters_find_the_same_on_the_seeds() -> None:
    """On the garbled seeds (real pages, manuals among them): the same places, scan by scan."""
    seeds = sorted((Path(__file__).parent.parent / "fixtures/seeds").glob("*.in.txt"))
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        for name, (old, new) in _old_token_scans().items():
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (seed.name, name)


#: Hanzi at the edges of HAN_CLASS's ranges, the code points right outside them, and others.
HAN_EDGES = "学院视野一鿿龥㐀䶿豈\ufaff𠀀\U0003134f\U00031350\u9fff\ua000\u33ff\u4dc0\uf8ff\ufb00\U0001ffff，a1 \n"


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=HAN_EDGES, min_size=1, max_size=6))
def test_all_han_is_the_full_match_of_the_class(text: str) -> None:
    assert reading._all_han(text) == (re.fullmatch(f"[{HAN_CLASS}]+", text) is not None)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aZzA@[`{09 \n\x7f\x80é学袁\U00020000\ud800Ａｚ", max_size=40))
def test_letters_counted_in_c_are_the_regex_matches(text: str) -> None:
    from cleaner import chars

    assert chars._letters(text) == sum(map(len, re.findall("[A-Za-z]+", text)))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["著名", "歌唱家", "清代", "诗人", "服务员", "老人家", "的", "告诉", "记者", "院", "野", "师"]),
        min_size=1,
        max_size=4,
    )
)
def test_a_title_phrase_ends_with_a_person_nouns_last_hanzi(words: list[str]) -> None:
    """_title_phrase_names asks _title_phrase (a segmentation) only of a head whose last hanzi
    ends some noun for a person: no other head is a title phrase."""
    from cleaner.stages.punct_shift import names

    head = "".join(words)
    assert not names._title_phrase(head) or head[-1] in names._person_ends()


def _named_mark_matches_long_way(text: str) -> list[tuple[int, int, str, int, int]]:
    """_named_mark_matches as one regex of both shapes found them, the line's start leading
    the second (the scan as it was)."""
    shown_re, named_re, before_re = marks._named_mark_re()
    before = before_re.pattern.removesuffix("[ \u3000]*")
    one = re.compile(f"{shown_re.pattern}|(?m:^){before}[ \u3000]*{named_re.pattern}")
    return [
        (m.start(), m.end(), m.group("name") or m.group("named"), *m.span("marks" if m.group("name") else "before"))
        for m in one.finditer(text)
    ]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "逗号",
                "千位分隔符",
                "引号",
                "号",
                "渊",
                "（",
                "(",
                "冤",
                "）",
                "袁",
                "野冶",
                "冶",
                "院",
                " ",
                "\u3000",
                "\n",
                "说",
            ]
        ),
        max_size=16,
    )
)
def test_named_marks_scans_led_by_their_characters_find_the_same(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert sorted(marks._named_mark_matches(text)) == _named_mark_matches_long_way(text)


def test_named_marks_scans_led_by_their_characters_find_the_same_on_the_seeds() -> None:
    for seed in sorted((Path(__file__).parent.parent / "fixtures/seeds").glob("*.in.txt")):
        text = seed.read_text(encoding="utf-8")
        assert sorted(marks._named_mark_matches(text)) == _named_mark_matches_long_way(text), seed.name


def _operator_words_long_way(text: str) -> list[tuple[int, int]]:
    """Where the operator words stand, as the scan led by a look-behind found them."""
    from cleaner.stages.punct_shift import tokens

    led = tokens._operator_word_re().pattern
    spaces = led[: led.index("]") + 1]
    old = re.compile(f"(?<={spaces}){led[len(spaces) :]}", re.MULTILINE)
    return [m.span() for m in old.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["NEQ", "NE", "NOT", "EQ", "晕耘匝", "晕耘", "耘匝", "晕", "匝", " ", "\u3000", "\t", "\n", "x", "中"]
        ),
        max_size=14,
    )
)
def test_operator_words_led_by_the_space_before_them_are_the_same(pieces: list[str]) -> None:
    from cleaner.stages.punct_shift import tokens

    text = "".join(pieces)
    led = [(m.start() + 1, m.end()) for m in tokens._operator_word_re().finditer(text)]
    assert led == _operator_words_long_way(text)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(["老", "老师", "老太太", "女士", "爷爷", "奶奶", "大伯", "阿", "、", "袁", "学"]), max_size=6
    ),
    st.data(),
)
def test_relation_word_is_the_first_title_or_word_of_address_there(pieces: list[str], data: st.DataObject) -> None:
    from cleaner.stages.punct_shift import names

    text = "".join(pieces)
    at = data.draw(st.integers(0, len(text)))
    words = (*names.TITLES, *names._address_words())
    assert names._relation_word(text, at) == next((w for w in words if text.startswith(w, at)), "")


def _table_prefixes_long_way(text: str) -> tuple[list[float], list[int]]:
    """The programme of the best segmentation with every word looked up in the whole table."""
    table, unknown = lexicon._log_probabilities()
    return lexicon._best_prefixes(text, table.get, unknown)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LONGER_WORD_ALPHABET + "，a ", min_size=0, max_size=12))
def test_prefixes_from_the_pairs_are_the_lookup_of_every_word(text: str) -> None:
    """The best prefixes (their scores and where their last words start, ties too) from the
    lookups the pairs let through are those of a lookup of every word."""
    assert lexicon._best_prefixes(text) == _table_prefixes_long_way(text)


def test_prefixes_from_the_pairs_on_the_seeds() -> None:
    text = (ROOT / "fixtures/seeds/002-punct-shift-narrow-columns.in.txt").read_text(encoding="utf-8")
    for at in range(0, len(text) - 12, 3):
        assert lexicon._best_prefixes(text[at : at + 12]) == _table_prefixes_long_way(text[at : at + 12])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="学院遥 \t\u00a0\u3000\n\r\u200b\u2028a", max_size=20))
def test_skipped_characters_dropped_by_replace_are_the_translation(text: str) -> None:
    assert reading._without_skipped(text) == text.translate(reading._DROP_SPACE)


def _name_places_long_way(text: str, candidates: list[decide._Candidate]) -> tuple[dict, dict]:
    """The places of the given names after 袁 and the surnames' counts, by a test per character
    as strings (before :func:`names._name_places` tested codes)."""
    wanted = {text[c.end : c.end + 2] for c in candidates if c.hanzi == table.COMMA_LOOKALIKE}
    places: dict[str, list[int]] = {given: [] for given in wanted}
    counts: dict[str, int] = {}
    for at in range(len(text)):
        if text[at : at + 2] in wanted and text[at : at + 2]:
            places[text[at : at + 2]].append(at)
        if at and any(g and text[at] == g[0] for g in wanted) and text[at - 1] in table._commonest_surnames():
            for part in (text[at - 1 : at + 1], text[at - 1 : at + 2]):
                counts[part] = counts.get(part, 0) + 1
    return places, counts


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="袁李王润五利维建国学院，\n a", max_size=30))
def test_name_places_by_codes_are_the_test_per_character(text: str) -> None:
    from cleaner.stages.punct_shift import names

    candidates = [decide._Candidate(at, at + 1, "袁", "，") for at, c in enumerate(text) if c == "袁"]
    assert names._name_places(text, candidates) == _name_places_long_way(text, candidates)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="袁李王润五利维建国学院，\n a", max_size=30))
def test_given_names_found_apart_are_the_scan_s(text: str) -> None:
    """A given name asked of by str.find (the first NAMES_FOUND_APART of a text) is named
    elsewhere as the one scan of the text says."""
    from cleaner.stages.punct_shift import names

    candidates = [decide._Candidate(at, at + 1, "袁", "，") for at, c in enumerate(text) if c == "袁"]
    places = names._name_places(text, candidates)
    for cand in candidates:
        given = text[cand.end : cand.end + 2]
        found = names._named_without_surname_elsewhere(text, given, None)
        assert found == names._named_without_surname_elsewhere(text, given, places)


def _led_scans() -> list[tuple[re.Pattern[str], str]]:
    """The scans :func:`table._matches_led_by` runs, each with its leading characters."""
    from cleaner.stages.punct_shift import names, tokens

    return [
        (marks._QUOTED_SINGLE_RE, marks._OPEN_QUOTE_LEADS),
        (names._BYLINE_RE, names.BYLINE_OPEN),
        (table._COLUMN_GAP_RE, table._INLINE_SPACES),
        (tokens._operator_re(), tokens._OPERATOR_LEADS),
        (tokens._operator_word_re(), table._INLINE_SPACES),
    ]


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"“”野冶（）渊冤袁学李明 \t\u00a0\u3000\n\ra", *"=<>+*/^;,\u2219(", "NEQ", "晕耘匝", "div"]),
        max_size=24,
    ).map("".join)
)
def test_scans_led_by_their_characters_are_finditer(text: str) -> None:
    for pattern, leads in _led_scans():
        led = [m.span() + m.groups() for m in table._matches_led_by(pattern, text, leads)]
        assert led == [m.span() + m.groups() for m in pattern.finditer(text)], pattern.pattern


def test_scans_led_by_their_characters_are_finditer_on_the_seeds() -> None:
    for seed in sorted((Path(__file__).parent.parent / "fixtures/seeds").glob("*.in.txt")):
        text = seed.read_text(encoding="utf-8")
        for pattern, leads in _led_scans():
            led = [m.span() for m in table._matches_led_by(pattern, text, leads)]
            assert led == [m.span() for m in pattern.finditer(text)], (seed.name, pattern.pattern)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="学袁\n", max_size=30), st.lists(st.integers(0, 40), max_size=20))
def test_line_counts_walked_are_bisect(text: str, offsets: list[int]) -> None:
    # (offsets in order mostly, as the look-alikes come, but any order: a list joined of two)
    lines = table._Lines(text)
    for order in (sorted(offsets), offsets):
        counts = [0] * len(lines.starts)
        for at in order:
            counts[bisect.bisect_right(lines.starts, at) - 1] += 1
        assert lines.counts(order) == counts


def _line_meter_long_way(
    text: str, start: int, end: int, marks: dict[int, decide._Candidate]
) -> tuple[int | None, list[decide._Candidate]]:
    """``verse._line_meter`` as it was before its exit on a piece longer than any meter."""
    from cleaner.stages.punct_shift import verse

    while start < end and text[start] in table._INLINE_SPACES:
        start += 1
    while end > start and text[end - 1] in table._INLINE_SPACES:
        end -= 1
    if end == start or (end - 1 not in marks and text[end - 1] not in verse.CLAUSE_MARKS):
        return None, []
    if not any(
        start + meter in marks or text[start + meter : start + meter + 1] in table._REAL_MARKS for meter in verse.METERS
    ):
        return None, []
    pieces: list[tuple[int, decide._Candidate | None]] = []
    size = 0
    for at in range(start, end):
        char = text[at]
        cand = marks.get(at)
        if cand is not None or char in table._REAL_MARKS:
            if cand is None and char not in verse.CLAUSE_MARKS:
                return None, []
            pieces.append((size, cand))
            size = 0
        elif is_han(char):
            size += 1
        else:
            return None, []
    if len(pieces) < 2:
        return None, []
    for meter in verse.METERS:
        joined = verse._clauses_of(pieces, meter)
        if joined is not None:
            return meter, joined
    return None, []


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from([*"海上生明月天涯共此时", "袁", "遥", "，", "。", " ", "a", "《"]), max_size=40).map(
        "".join
    )
)
def test_verse_lines_leave_at_a_long_piece_as_read_whole(text: str) -> None:
    from cleaner.stages.punct_shift import verse

    marks = {
        at: decide._Candidate(at, at + 1, c, "，" if c == "袁" else "。") for at, c in enumerate(text) if c in "袁遥"
    }
    assert verse._line_meter(text, 0, len(text), marks) == _line_meter_long_way(text, 0, len(text), marks)


def _runs_by_regex(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of one punctuation look-alike, by the regex (one alternative each)."""
    return [m.span() for m in table._regexes()[1].finditer(text)]


def _runs_decoded(text: str) -> list[tuple[int, int]]:
    size = len(text) + 1
    return [(run // size, run // size + run % size) for run in table._lookalike_runs(text)]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="袁遥院要噎野冶学李，\n ", max_size=40))
def test_lookalike_runs_by_find_are_the_regex(text: str) -> None:
    assert _runs_decoded(text) == _runs_by_regex(text)


def test_lookalike_runs_by_find_are_the_regex_on_the_seeds() -> None:
    for seed in sorted((Path(__file__).parent.parent / "fixtures/seeds").glob("*.in.txt")):
        text = seed.read_text(encoding="utf-8")
        assert _runs_decoded(text) == _runs_by_regex(text), seed.name


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="袁遥院要曰尧学李，\n ", max_size=40), st.integers(min_value=0, max_value=3))
def test_lookalike_places_are_each_lookalikes_scan(text: str, start: int) -> None:
    # (the index read by the rules is what each rule's own str.find scan found)
    for hanzi in table._lookalikes()[0]:
        assert table._places_of(text, hanzi, start) == table._occurrences(text, hanzi, start)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aZz学粤葬袁1 \n\u00e9\uff21", max_size=20))
def test_ascii_letter_of_the_ascii_characters_is_the_regex(text: str) -> None:
    assert faithful._has_ascii_letter(text) == (faithful._ASCII_LETTER_RE.search(text) is not None)


def test_literary_answer_unchanged_by_the_length_bound() -> None:
    # (the early answer for modern prose, and verse, which lacks its function words)
    modern = "我们在这里学习了很多的东西，这是他们的家。" * 40
    verse = "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。" * 30
    for text in (modern, verse, founder_garble(modern), founder_garble(verse)):
        document._literary.cache_clear()
        words = sum(text.count(char) for char in document.MODERN_FUNCTION_WORDS)
        han = document._han_count(text)
        expected = (
            han >= document.LITERARY_MIN_HAN
            and words * document.LITERARY_HAN_PER < han
            and document._verse_clauses(text)
        ) or document._classical_prose(text)
        assert document._literary(text) == expected
    assert not document._literary(modern) and document._literary(verse)


def _after_opponent_verb_long_way(text: str, at: int) -> bool:
    """names._after_opponent_verb as it was before its set lookup: each verb of OPPONENT_VERBS
    tried in turn by endswith."""
    if text[at : at + 1] != names.COMMA_LOOKALIKE:
        return False
    verb_end = at - (text[at - 1 : at] == names.PERFECTIVE)
    verb = next((verb for verb in names.OPPONENT_VERBS if text.endswith(verb, 0, verb_end)), "")
    if not verb:
        return False
    for back in range(verb_end - len(verb) - 1, max(-1, verb_end - len(verb) - 1 - names.OBJECT_BEFORE_REACH), -1):
        char = text[back]
        if char in names.OBJECT_BEFORE_MARKERS:
            return False
        if not is_han(char) or char == names.COMMA_LOOKALIKE or char in names.CLAUSE_STARTERS:
            break
    return True


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="战胜击败了袁力克被伟，", max_size=12))
@example("击败袁")
@example("败了袁")
@example("被对手击败了袁伟")
def test_opponent_verb_by_its_two_hanzi_is_each_verb_tried(text: str) -> None:
    # (the set lookup reads the two characters before the verb's end: every verb is two hanzi)
    assert all(len(verb) == 2 for verb in names.OPPONENT_VERBS)
    for at in range(len(text) + 1):
        assert names._after_opponent_verb(text, at) == _after_opponent_verb_long_way(text, at)


def _signed_numbers_whole_long_way(text: str, findings: list) -> list:
    """punct_shift._signed_numbers_whole as it was before it read the repairs it may demote
    first: the sets of every repair's ends and starts."""
    import cleaner.stages.punct_shift as stage

    applied = [(f.edit.span, f.edit.after) for f in findings if f.edit is not None and f.edit.confidence > stage.DOUBT]
    ends = {span.end for span, _ in applied}
    starts = {span.start for span, _ in applied}
    signs = {match.start() for match in stage._AFTER_SIGN_RE.finditer(text)}
    demote = {
        span.start
        for span, after in applied
        if (
            after in stage.AFTER_OUTPUTS
            and span.start not in ends
            and not stage._real_digit(text[span.start - 1 : span.start])
        )
        or (span.end in signs and len(span) == 1 and stage._is_digit_at(text, span.start) and span.end not in starts)
    }
    if not demote:
        return findings
    return [stage._as_doubts([f])[0] if f.edit is not None and f.edit.start in demote else f for f in findings]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="缘益豫圆5来源章℃％", min_size=1, max_size=12), st.data())
def test_signed_numbers_whole_reading_its_few_repairs_is_the_long_way(text: str, data: st.DataObject) -> None:
    # (repairs at random spans of the text: digits, signs and marks, sure or doubts, some
    # ending where others start, as the readers before it leave them)
    import cleaner.stages.punct_shift as stage
    from cleaner.model import Edit, Finding, Span

    findings = []
    for _ in range(data.draw(st.integers(min_value=0, max_value=6))):
        start = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
        end = data.draw(st.integers(min_value=start + 1, max_value=min(len(text), start + 2)))
        after = data.draw(st.sampled_from(["5", "℃", "%", "，", "55"]))[: end - start].ljust(end - start, "5")
        if after == text[start:end]:
            continue
        level = data.draw(st.sampled_from([stage.DOUBT, stage.LIKELY, stage.SURE]))
        span = Span(start, end)
        edit = Edit(span, text[start:end], after, stage.RULE, level, "r")
        findings.append(Finding(stage.RULE, span, "r", level, edit if data.draw(st.booleans()) else None))
    findings.sort(key=lambda f: (f.span.start, f.span.end))
    expected = _signed_numbers_whole_long_way(text, findings)
    event("demotes" if expected is not findings else "demotes none")
    assert stage._signed_numbers_whole(text, findings) == expected


def _after_joining_word_long_way() -> re.Pattern[str]:
    """``marks._after_joining_word_re`` as it was: two alternatives at the top, no leading class."""
    shown = "".join(h for h, symbol in table._lookalikes()[0].items() if symbol in marks.JOINED_MARKS)
    adverbs = "|".join(marks.VERB_LEADING_ADVERBS)
    return re.compile(f"[{marks.JOINING_WORDS}][{shown}]|(?:{adverbs}){marks.STOP_LOOKALIKE}")


#: The joining words, every adverb's characters, the look-alikes of the joined marks and others.
JOINING_PIECES = (*marks.JOINING_WORDS, *marks.VERB_LEADING_ADVERBS, *"遥钥浴院曰袁不由常只好得的 \n")


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(JOINING_PIECES), max_size=14))
def test_after_joining_word_scan_led_by_its_characters_finds_the_same(pieces: list[str]) -> None:
    text = "".join(pieces)
    old = _after_joining_word_long_way()
    assert [m.span() for m in marks._after_joining_word_re().finditer(text)] == [m.span() for m in old.finditer(text)]


def test_no_adverb_starts_with_a_joining_word() -> None:
    """What the leading class relies on: at a position only one kind of match may start."""
    assert not set(marks.JOINING_WORDS) & {adverb[0] for adverb in marks.VERB_LEADING_ADVERBS}
