"""punct-shift: the lexicon sweep, false repairs of real words in the places a garbled page puts them.

The accuracy benchmark garbles clean corpora, where a real look-alike word in an unusual place
(``幼儿园9月1日``, ``很重要——``, ``由王遥主演``) is rare, so it shows few of the false repairs a
page can provoke. This sweep takes every frequent word that holds a hanzi the stage may change
(:func:`population`: jieba words of 2-4 hanzi, frequency >= COMMON_WORD_FREQ) and sets it,
**as a genuine word**, into each of :data:`SLOTS`: named places in short lines of clean Chinese
garbled with the accuracy benchmark's :func:`~bench.accuracy_punct_shift.garble` (after a
garbled ``，``, before a garbled date, beside a dash run, after a surname, after a bullet …).
The right output of a line is exactly known: every garbled position repaired, the word kept.

A page (:func:`documents`) holds one line of every slot, each with another word: a garbled page
of 58 lines with 58 different words, as a real page has, so a word's own repetition cannot lend
it evidence; over the pages every word meets every slot once. Sharing a page changes no verdict:
each try of 182 words (the 83 changed in the run below and 100 others) alone on a page whose
other lines hold frequent words without a look-alike gave the same 178 false repairs. Per try:
the word kept or changed (a false repair, the headline), and whether the rest of its line came
out right (a slot whose context the stage misreads shows there). The clean pages (the same lines,
not garbled) must come back without one edit.

``python -m bench.punct_shift_sweep [--sample K] [--examples N] [--save FILE] [--compare BASE]``
prints the tries, the false repairs per slot and per look-alike hanzi with the first examples of
each slot; ``--save`` writes every false repair (slot, word, output line) as JSON, ``--compare``
prints the false repairs new and fixed against such a file and ends with ``NEW: N``.
Measured 2026-11-25 on 828e59f: 2,732 words, 158,456 tries, 178 false repairs, 0 edits of the
clean pages (the same on main's e0bdec7); 16-20 s of CPU, 28-90 s on the clock of a shared machine.
After doubled34 (远远 源源 圆圆 beside dates, ASCII numbers, 发's words and named acronyms; a0d0e0f):
152 false repairs, 26 fixed, 0 new.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.accuracy_punct_shift import garble, repaired
from cleaner import lexicon
from cleaner.stages.punct_shift.table import REPAIRED_LETTERS, REPAIRED_OTHER_SHIFTED, REPAIRED_PUNCT, shift_table

#: Where the word goes in a slot's template.
WORD = "{w}"
#: ``<...>`` in a template: text set in ASCII on the page (half-width numbers, Latin words),
#: which the garble leaves alone; everything else is garbled as a Founder page sets it (every
#: number and Latin word full-width).
_ASCII_SPAN_RE = re.compile(r"<([^<>]*)>")

#: name -> template: one or more lines of clean text with WORD once (not at a line's start
#: unless the slot is about line starts). Marks and numbers around the word are garbled.
SLOTS: dict[str, str] = {
    # Marks before and after the word.
    "after period": "会议开得很顺利。{w}在会上被多次提到，大家都很关心。",
    "after comma": "据记者了解，{w}是这次讨论的重点。",
    "before comma": "大家谈到了{w}，也谈到了今后的打算。",
    "before period": "这次会议专门讨论了{w}。与会者发言踊跃。",
    "before enumeration comma": "会上谈到{w}、住房和交通等问题。",
    "after enumeration comma": "会上谈到住房、{w}和交通等问题。",
    "after colon": "他说：{w}是大家都关心的事。",
    "before colon": "这篇报道的标题是{w}：记者在现场看到了什么。",
    "after semicolon": "住房问题已经解决；{w}还要再等一等。",
    "before question": "这就是{w}吗？大家议论纷纷。",
    "before exclamation": "多么好的{w}！大家都这样说。",
    "after question": "为什么这样做？{w}就是答案。",
    "after exclamation": "真是太好了！{w}终于有了着落。",
    "inside quotes": "人们常说“{w}”这个词。",
    "after open quote": "他说：“{w}就在眼前。”大家都笑了。",
    "before close quote": "他说：“我们谈的是{w}。”",
    "after close quote": "“这样就好。”{w}说完就走了。",
    "inside title": "他读过《{w}》这本书。",
    "after title": "《人民日报》{w}发表了这篇文章。",
    "before title": "这是{w}《人民日报》的报道。",
    "inside single quotes": "他说：“这就是‘{w}’的意思。”",
    "inside parentheses": "这个问题（{w}）已经解决。",
    "after parentheses": "（本报记者张明）{w}的事情引起关注。",
    "after middle dot": "约翰·{w}出席了会议。",
    # Dashes and ellipses, set doubled.
    "after dash": "他停了一下——{w}才是关键。",
    "before dash": "问题的关键是{w}——这一点大家都同意。",
    "after ellipsis": "他想了想……{w}还在那里。",
    "before ellipsis": "还有{w}……说也说不完。",
    # Line starts and ends, headings, lists.
    "line start": "会议开得很顺利。\n{w}的事情引起了关注。",
    "line end": "记者近日走访了{w}\n等地，了解有关情况。",
    "line alone": "{w}\n记者近日走访了有关部门。",
    "numbered heading": "一、{w}\n记者近日走访了有关部门。",
    "parenthesised heading": "（三）{w}\n记者近日走访了有关部门。",
    "after bullet": "●{w}的情况\n记者近日走访了有关部门。",
    "inside square brackets": "【{w}】本报讯，记者近日走访了有关部门。",
    "inside corner brackets": "他说：“这就是『{w}』的意思。”",
    "after source colon": "（来源：{w}）",
    # Numbers: full-width (garbled) and ASCII.
    "before date": "{w}9月1日举行了活动。",
    "before date ascii": "{w}<9>月<1>日举行了活动。",
    "before year": "{w}2018年的情况有所好转。",
    "before year ascii": "{w}<2018>年的情况有所好转。",
    "before number": "{w}12个项目已经完成。",
    "after number": "今年有15个{w}，比去年多3个。",
    "after bare number": "今年共有1500{w}，比去年多。",
    "after bare number ascii": "今年共有<1500>{w}，比去年多。",
    "after decimal": "气温升高了3.5{w}，比去年多。",
    "after date": "5月1日{w}举行了活动。",
    "after date ascii": "<5>月<1>日{w}举行了活动。",
    "after percent": "增长了12%，{w}的比重有所提高。",
    "table row": "{w}    15    2018\n合计    30    2019",
    # Latin words: full-width (garbled) and ASCII.
    "after acronym": "今年3月CPI{w}有所变化。",
    "after acronym ascii": "今年<3>月<CPI>{w}有所变化。",
    "before acronym": "据介绍，{w}CEO表示同意。",
    "before acronym ascii": "据介绍，{w}<CEO>表示同意。",
    "after Latin word ascii": "他用<iPhone>{w}拍下了照片。",
    # Names.
    "after surname": "这部电影由王{w}主演。",
    "after surname before comma": "王{w}，男，35岁，北京人。",
    "after role": "本报记者{w}报道。",
}


def lookalikes() -> frozenset[str]:
    """The hanzi the stage may change: the look-alikes of the marks it repairs, of the digits,
    of the signs read inside a number (． ％ ℃ × ∶ ／ ～), of 『 』 ● － and of the Latin letters."""
    table = shift_table()
    code_of = {e.symbol: h for h, e in table.items()}
    found = {h for h, e in table.items() if e.kind == "digit" or e.symbol in REPAIRED_PUNCT}
    found |= {h for h, e in table.items() if e.code == "A3AE"}  # ． FULLWIDTH FULL STOP
    found |= {code_of[c] for c in "％℃×∶／～" + REPAIRED_OTHER_SHIFTED + REPAIRED_LETTERS}
    return frozenset(found)


def _is_hanzi(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def population() -> list[str]:
    """Every lexicon word of 2-4 hanzi, frequency >= COMMON_WORD_FREQ, holding a look-alike
    (sorted, so that the pages do not depend on the dictionary's order)."""
    hanzi = lookalikes()
    return sorted(
        word
        for word, freq in lexicon.word_frequencies().items()
        if 2 <= len(word) <= 4
        and freq >= lexicon.COMMON_WORD_FREQ
        and all(map(_is_hanzi, word))
        and any(c in hanzi for c in word)
    )


def sample(words: Sequence[str], k: int) -> list[str]:
    """A deterministic subsample of ``k`` words, in their order."""
    if k >= len(words):
        return list(words)
    chosen = set(random.Random(20261125).sample(range(len(words)), k))
    return [w for i, w in enumerate(words) if i in chosen]


@dataclass(frozen=True)
class Try:
    """One word in one slot of a page: where its line and its word stand in the page."""

    slot: str
    word: str
    start: int  # the slot's text in the page: [start, end)
    end: int
    word_at: int


@dataclass(frozen=True)
class Page:
    """A page of tries: garbled, as it should come out, and clean (must come out unchanged)."""

    garbled: str
    #: The garbled page with every garbled position set to its truth: the right output.
    expected: str
    clean: str
    tries: tuple[Try, ...]


@functools.cache
def _garbled_piece(clean: str) -> tuple[str, str]:
    """(garbled, expected) of a piece of template around the word: ``<...>`` spans as they
    are, the rest garbled as a Founder page sets it (every number and Latin word full-width,
    so the garble draws nothing at random)."""
    garbled: list[str] = []
    expected: list[str] = []
    for i, part in enumerate(_ASCII_SPAN_RE.split(clean)):
        if i % 2:
            garbled.append(part)
            expected.append(part)
            continue
        g = garble(part, random.Random(0), fullwidth_share=1.0)
        out = list(g.text)
        for index, want in g.truth.items():
            out[index] = want
        garbled.append(g.text)
        expected.append("".join(out))
    return "".join(garbled), "".join(expected)


def _page(assignment: Sequence[tuple[str, str]]) -> Page:
    """The page of lines, one per (slot, word)."""
    garbled: list[str] = []
    expected: list[str] = []
    clean: list[str] = []
    tries: list[Try] = []
    at = 0
    for slot, word in assignment:
        before, after = SLOTS[slot].split(WORD)
        g_before, e_before = _garbled_piece(before)
        g_after, e_after = _garbled_piece(after)
        line = g_before + word + g_after
        tries.append(Try(slot, word, at, at + len(line), at + len(g_before)))
        garbled.append(line + "\n")
        expected.append(e_before + word + e_after + "\n")
        clean.append(_ASCII_SPAN_RE.sub(r"\1", before) + word + _ASCII_SPAN_RE.sub(r"\1", after) + "\n")
        at += len(line) + 1
    return Page("".join(garbled), "".join(expected), "".join(clean), tuple(tries))


def documents(words: Sequence[str], slots: Sequence[str]) -> Iterator[Page]:
    """One page per word: page ``d`` gives slot ``s`` the word ``(d + s * stride) % len(words)``,
    so every word meets every slot once and no page holds a word twice (when there are at least
    as many words as slots) or many neighbours of one word in the lexicon's order."""
    n = len(words)
    stride = max(1, n // max(1, len(slots)))
    for d in range(n):
        yield _page([(slot, words[(d + s * stride) % n]) for s, slot in enumerate(slots)])


@dataclass
class Result:
    tries: int = 0
    #: the words swept (a run of a sample compares with a saved run on its own words only)
    words: set[str] = field(default_factory=set)
    tries_per_slot: Counter[str] = field(default_factory=Counter)
    #: (slot, word, the slot's output line(s)) of every word changed
    false_repairs: list[tuple[str, str, str]] = field(default_factory=list)
    #: tries whose line, outside the word, did not come out as expected
    context_wrong: Counter[str] = field(default_factory=Counter)
    context_examples: dict[str, list[str]] = field(default_factory=dict)
    #: look-alike hanzi -> tries holding it, and those where it was changed
    hanzi_tries: Counter[str] = field(default_factory=Counter)
    hanzi_changed: Counter[str] = field(default_factory=Counter)
    clean_edits: int = 0
    clean_edit_examples: list[str] = field(default_factory=list)
    pages: int = 0
    characters: int = 0


def _score_try(t: Try, out: str, expected: str, result: Result, hanzi: frozenset[str]) -> None:
    """Count one try of a repaired page ``out``: its word kept or changed, the rest of its
    line as ``expected`` or not."""
    result.tries += 1
    result.tries_per_slot[t.slot] += 1
    result.words.add(t.word)
    result.hanzi_tries.update(set(t.word) & hanzi)
    end = t.word_at + len(t.word)
    got = out[t.word_at : end]
    if got != t.word:
        result.false_repairs.append((t.slot, t.word, out[t.start : t.end]))
        result.hanzi_changed.update(c for c, g in zip(t.word, got, strict=True) if c != g)
    around = out[t.start : t.word_at] + out[end : t.end]
    if around != expected[t.start : t.word_at] + expected[end : t.end]:
        result.context_wrong[t.slot] += 1
        result.context_examples.setdefault(t.slot, []).append(f"{t.word}: {out[t.start : t.end]!r}")


def _edits(before: str, after: str) -> int:
    return sum(a != b for a, b in zip(before, after, strict=False)) + abs(len(before) - len(after))


def _score_page(page: Page, result: Result, repair: Callable[[str], str], hanzi: frozenset[str]) -> None:
    out = repair(page.garbled)
    if len(out) != len(page.garbled):
        raise AssertionError("the stage changed the length of a page: the sweep cannot place its words")
    for t in page.tries:
        _score_try(t, out, page.expected, result, hanzi)
    clean_out = repair(page.clean)
    edits = _edits(page.clean, clean_out)
    if edits:
        result.clean_edits += edits
        result.clean_edit_examples.append(clean_out)
    result.pages += 1
    result.characters += len(page.garbled) + len(page.clean)


def sweep(words: Sequence[str], slots: Sequence[str] | None = None, repair: Callable[[str], str] = repaired) -> Result:
    """Every word in every slot (default: all of SLOTS), repaired by ``repair`` (the stage)."""
    result = Result()
    hanzi = lookalikes()
    for page in documents(words, list(slots or SLOTS)):
        _score_page(page, result, repair, hanzi)
    return result


def report(result: Result, examples: int) -> str:
    """The numbers of a sweep as lines of text."""
    lines = [
        f"tries: {result.tries} ({result.pages} pages, {result.characters:,} characters garbled and clean)",
        f"false repairs (word changed): {len(result.false_repairs)}",
        f"tries with their line's garble not repaired as expected: {sum(result.context_wrong.values())}",
        f"clean pages: punct-shift edits {result.clean_edits} (expected 0)",
    ]
    lines += [f"  clean page edited: {text!r}" for text in result.clean_edit_examples[:examples]]
    by_slot: dict[str, list[str]] = {}
    for slot, word, output in result.false_repairs:
        by_slot.setdefault(slot, []).append(f"{word}: {output!r}")
    lines.append("per slot (false repairs / tries; tries with their context wrong):")
    for slot, tries in result.tries_per_slot.items():
        lines.append(f"  {slot:<28} {len(by_slot.get(slot, ())):>5} / {tries}; {result.context_wrong[slot]}")
    lines.append("per look-alike hanzi (changed / tries holding it):")
    rows = sorted(result.hanzi_changed.items(), key=lambda kv: -kv[1])
    lines.append("  " + (" ".join(f"{h}{n}/{result.hanzi_tries[h]}" for h, n in rows) or "none"))
    lines += _examples(f"false repairs (first {examples} per slot):", by_slot, examples)
    lines += _examples(f"context not as expected (first {examples} per slot):", result.context_examples, examples)
    return "\n".join(lines)


def _examples(title: str, by_slot: dict[str, list[str]], first: int) -> list[str]:
    return [title] + [f"  [{slot}] {e}" for slot, found in by_slot.items() for e in found[:first]]


def save(result: Result, path: Path) -> None:
    rows = [{"slot": s, "word": w, "output": o} for s, w, o in result.false_repairs]
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def compare(result: Result, base: Path) -> str:
    """The false repairs new and fixed against a file written by :func:`save` (of the words and
    slots this run swept: a sample compares with a full run); the last line is ``NEW: N``."""
    saved = json.loads(base.read_text(encoding="utf-8"))
    before = {
        (r["slot"], r["word"]): r["output"]
        for r in saved
        if r["word"] in result.words and r["slot"] in result.tries_per_slot
    }
    now = {(s, w): o for s, w, o in result.false_repairs}
    new = [k for k in now if k not in before]
    fixed = [k for k in before if k not in now]
    lines = [f"fixed: {len(fixed)}"]
    lines += [f"  [{s}] {w}: {before[s, w]!r}" for s, w in fixed]
    lines.append(f"new: {len(new)}")
    lines += [f"  [{s}] {w}: {now[s, w]!r}" for s, w in new]
    lines.append(f"NEW: {len(new)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, metavar="K", help="a deterministic subsample of K words")
    parser.add_argument("--examples", type=int, default=5, metavar="N", help="examples shown per slot")
    parser.add_argument("--save", type=Path, metavar="FILE", help="write every false repair as JSON")
    parser.add_argument("--compare", type=Path, metavar="BASE", help="new and fixed false repairs against a saved FILE")
    args = parser.parse_args(argv)
    words = population()
    print(f"population: {len(words)} words of 2-4 hanzi, frequency >= {lexicon.COMMON_WORD_FREQ}, with a look-alike")
    if args.sample:
        words = sample(words, args.sample)
        print(f"sample: {len(words)} words")
    print(f"slots: {len(SLOTS)}")
    started, cpu = time.perf_counter(), time.process_time()
    result = sweep(words)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(report(result, args.examples))
    print(f"time: {elapsed:.1f}s on the clock, {cpu:.1f}s of CPU (the clock's is the CPU's on an idle machine)")
    if args.save:
        save(result, args.save)
    if args.compare:
        print(compare(result, args.compare))


if __name__ == "__main__":
    main()
