"""Generate mappings/given_name_chars.tsv (characters likelier in given names than in text) and
mappings/role_nouns.tsv (nouns of a role or post: 团长, 网格员, 律师), mappings/person_nouns.tsv
(nouns for a person by their agent suffix: 年轻人, 后卫, 茶农) and mappings/given_names.tsv (the
two-character given names of jieba's full names: 浩然, 一鸣, 明明), all from jieba's dictionary.

Source: jieba's dictionary (``dict.txt`` of the ``jieba`` package on PyPI, MIT licence), which
tags person names (``nr``, ``nrfg``, ``nrt``) next to word frequencies. Every three-character
name whose first character is a common surname (mappings/common_surnames.tsv) gives one
first and one second given-name character. A character's score in each position is the log
of how much likelier it is there than in running text (its summed word frequency in the same
dictionary), with add-half smoothing; only characters with a positive score in one position
are written (the others are no evidence for a name), with the log probability of each
position, so that the stage can weigh a two-character given name against the word the two
characters make in the lexicon (建国 is a name and a frequent word; 秀英 is mostly a name).

The role nouns are the nouns (tag ``n``) of two to four characters that end in 长 员 师 官 (the
head, member, master or officer of something), seen at least MIN_ROLE_FREQ times: a full name
often follows them (团长袁秋菊).

jieba's names are those of its source texts (news, history, fiction): given names of today's
children and young adults (心怡 诗涵 子涵 宇轩) are rare there. The given names of Faker's zh_CN and
zh_TW person providers (the ``Faker`` package on PyPI, MIT licence; zh_TW's are the commonest names
of Taiwan's national name statistics of 2023, of all ages and of each year of birth), converted to
simplified characters, are written to mappings/given_names.tsv as well, but for those jieba
counts as a common word (文章 建成 美丽 聪明: a word after a role, far likelier than the name) or
lists with a tag other than a name's, however rare (秋月 t, 秀美 a). Their list is vendored
(scripts/sources/faker_given_names.txt, with Faker's licence): ``--vendor`` writes it again from
the installed package (``pip install faker==FAKER_VERSION`` and opencc). So are the given names of
@faker-js/faker's zh_CN locale (npm, MIT licence), mainland names of the 2000s and 2010s that
Faker lacks (梓萱 雨桐 子轩 浩宇 欣怡), filtered the same way (远航 思源 风华 are words too):
``--vendor --faker-js DIR`` writes scripts/sources/faker_js_given_names.txt from DIR, the
package unpacked (``npm pack @faker-js/faker@FAKER_JS_VERSION``, then ``tar xzf``).

The punct-shift stage asks the name table whether the two characters after a surname look-alike
(袁 = ，, 叶 = 《) read as a given name (袁秀英) or as the start of a clause (，突出).

Usage: ``python scripts/gen_given_name_chars.py [--check | --vendor [--faker-js DIR]]``
(``--check``: exit 1 if a file in the repo differs from what the dictionary and the vendored
lists generate; ``--vendor``: write scripts/sources/faker_given_names.txt from the installed
Faker, and with ``--faker-js DIR`` scripts/sources/faker_js_given_names.txt from DIR instead).
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "mappings" / "given_name_chars.tsv"
ROLES_OUT = ROOT / "mappings" / "role_nouns.tsv"
ROLE_ENDS = "长员师官"
PERSON_OUT = ROOT / "mappings" / "person_nouns.tsv"
GIVEN_NAMES_OUT = ROOT / "mappings" / "given_names.tsv"
#: How many full names must have a two-character given name for it to be written (浩然 5,
#: 一鸣 4; 平生 2 and 文明 1 are too few to tell a name from a word that jieba mis-tagged).
MIN_GIVEN_NAMES = 3
#: Agent suffixes and kinship words: the last character of nouns for a person (年轻人, 记者,
#: 专家, 后卫, 茶农, 老将, 舅舅, 女儿 is not: 儿 ends 花儿 too).
PERSON_ENDS = "人员者家长手卫师生士工农将官匠夫妇友民兵警医嫂姐哥爷叔娘舅父母妻兄弟妹奶婆姨伯姑孙侄媳女"
MIN_ROLE_FREQ = 3
#: Nouns ending in an agent suffix that name no person (jieba tags them n all the same): the
#: suffix is a word of another sense there (国家 a country, 功夫 skill, 卫生 hygiene, 增长
#: growth, 麻将 the game, 需将 and 行将 "must" and "about to"). A noun for a person before a
#: surname look-alike makes a name likelier (后卫袁浩然); these make none (回家袁竟把… is 回家，).
NOT_PERSON_ENDINGS = (
    "国家", "回家", "老家", "功夫", "工夫", "卫生", "加工", "化工", "施工", "分工", "动工", "手工",
    "增长", "生长", "成长", "波长", "周长", "冗长", "漫长", "特长", "专长", "助长", "动手", "洗手",
    "发生", "产生", "花生", "丛生", "增生", "寄生", "人生", "字母", "酵母", "牛奶", "器官", "感官",
    "麻将", "需将", "行将", "兹将", "网将", "过程中将", "激将", "点将",
)  # fmt: skip
#: Kinship nouns whose last character is no agent suffix (子 and 儿 end 桌子 and 花儿 too, 婿 is
#: rare): a child, a spouse, an in-law before a full name (他的长子袁明在北京工作) is a person
#: noun all the same; written whole, where the dictionary holds them.
KINSHIP_NOUNS = (
    "儿子", "大儿子", "小儿子", "长子", "次子", "幼子", "独子", "养子", "孙子", "侄子", "妻子", "女儿", "女婿",
)  # fmt: skip
#: Nouns for a peer, whom a full name follows as after a kinship noun (我的同学袁远远), with no agent suffix.
PEER_NOUNS = ("同学", "同事", "同桌")
NAME_TAGS = ("nr", "nrfg", "nrt")
#: Characters seen fewer times than this in either position are too sparse to score.
MIN_COUNT = 3

HEADER = """\
# Characters of given names: how much likelier each is in a given name than in running text.
# GENERATED by scripts/gen_given_name_chars.py from jieba's dict.txt (MIT licence: the person
# names tagged nr/nrfg/nrt, three characters, first character a surname from
# common_surnames.tsv; {names} names); do not edit by hand. Columns:
#   char    the character (written when it is likelier in a given name than in running text)
#   first   log P(char is the first given-name character), add-half smoothed
#   second  log P(char is the second given-name character)
#   names   how many of the names have it in either position
"""


def _surnames() -> set[str]:
    lines = (ROOT / "mappings" / "common_surnames.tsv").read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines if line and not line.startswith("#")}


def rows() -> tuple[int, list[tuple[str, str, str, str]]]:
    from cleaner.lexicon import _dict_path

    surnames = _surnames()
    first: Counter[str] = Counter()
    second: Counter[str] = Counter()
    in_text: Counter[str] = Counter()
    names = 0
    with _dict_path().open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3:
                continue
            word, freq, tag = parts[0], int(parts[1]), parts[2]
            for char in word:
                in_text[char] += freq
            if tag in NAME_TAGS and len(word) == 3 and word[0] in surnames:
                first[word[1]] += 1
                second[word[2]] += 1
                names += 1
    total = sum(in_text.values())
    out = []
    for char in sorted(set(first) | set(second)):
        if first[char] + second[char] < MIN_COUNT:
            continue
        text_share = (in_text[char] + 1) / total
        logps = [math.log((counts[char] + 0.5) / names) for counts in (first, second)]
        if max(logps) <= math.log(text_share):
            continue  # no likelier in a name than anywhere
        out.append((char, f"{logps[0]:.2f}", f"{logps[1]:.2f}", str(first[char] + second[char])))
    return names, out


def render() -> str:
    names, table = rows()
    return HEADER.format(names=names) + "".join("\t".join(row) + "\n" for row in table)


ROLES_HEADER = """\
# Nouns of a role or post, after which a full name often follows (团长袁秋菊, 网格员叶青).
# GENERATED by scripts/gen_given_name_chars.py from jieba's dict.txt (MIT licence): the
# words tagged n, two to four characters, ending in one of {ends}, frequency >= {freq};
# do not edit by hand. One noun per line.
"""


def dictionary_words() -> frozenset[str]:
    """Every word of jieba's dictionary, whatever its tag."""
    from cleaner.lexicon import _dict_path

    with _dict_path().open(encoding="utf-8") as handle:
        return frozenset(line.split(maxsplit=1)[0] for line in handle if line.strip())


def nouns_ending_in(ends: str) -> list[str]:
    """jieba's nouns (tag n) of two to four characters ending in one of ``ends``, frequent enough."""
    from cleaner.lexicon import _dict_path

    found = []
    with _dict_path().open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) != 3 or parts[2] != "n" or int(parts[1]) < MIN_ROLE_FREQ:
                continue
            word = parts[0]
            if 2 <= len(word) <= 4 and word[-1] in ends:
                found.append(word)
    return sorted(found)


def role_nouns() -> list[str]:
    return nouns_ending_in(ROLE_ENDS)


def render_roles() -> str:
    return ROLES_HEADER.format(ends=" ".join(ROLE_ENDS), freq=MIN_ROLE_FREQ) + "".join(w + "\n" for w in role_nouns())


PERSON_HEADER = """\
# Nouns for a person, by their agent suffix (年轻人, 记者, 后卫, 茶农): a full name often follows
# them (后卫袁浩然), though a comma may too (许多年轻人，…).
# GENERATED by scripts/gen_given_name_chars.py from jieba's dict.txt (MIT licence): the
# words tagged n, two to four characters, ending in one of {ends}, frequency >= {freq},
# not ending in a word of another sense (国家 功夫 卫生 增长 麻将 …: NOT_PERSON_ENDINGS),
# the kinship nouns of KINSHIP_NOUNS (儿子 长子 妻子 女儿 女婿 …) and those of a peer (同学 同事 同桌);
# do not edit by hand. One noun per line.
"""


def person_nouns() -> list[str]:
    by_suffix = [w for w in nouns_ending_in(PERSON_ENDS) if not w.endswith(NOT_PERSON_ENDINGS)]
    return sorted({*by_suffix, *(w for w in KINSHIP_NOUNS + PEER_NOUNS if w in dictionary_words())})


def render_persons() -> str:
    return PERSON_HEADER.format(ends=" ".join(PERSON_ENDS), freq=MIN_ROLE_FREQ) + "".join(
        w + "\n" for w in person_nouns()
    )


GIVEN_NAMES_HEADER = """\
# Two-character given names, which may be words as well (浩然, 明明, 建国) or start with a
# character that starts clauses (一鸣): a role before a surname look-alike and one of these after
# it make a name likely (后卫袁浩然表现出色).
# GENERATED by scripts/gen_given_name_chars.py; do not edit by hand. From jieba's dict.txt (MIT
# licence): the last two characters of the person names tagged nr/nrfg/nrt, three characters,
# first character a surname from common_surnames.tsv, seen in at least {least} names; and the
# given names of Faker {faker} (MIT licence; scripts/sources/faker_given_names.txt) and of
# @faker-js/faker {faker_js} (MIT licence; scripts/sources/faker_js_given_names.txt) that jieba
# counts fewer than {word} times as a word (those of @faker-js/faker: no word of jieba at all)
# and lists with no tag but a name's. Columns:
#   name    the given name
#   names   how many of jieba's names end with it
#   faker   1 if Faker's or @faker-js/faker's lists hold it, else 0
"""
#: The vendored given names of Faker's zh_CN and zh_TW person providers, and the release read.
FAKER_NAMES = ROOT / "scripts" / "sources" / "faker_given_names.txt"
FAKER_VERSION = "40.63.0"
FAKER_NAMES_HEADER = """\
# The two-character given names of Faker {version}'s person providers zh_CN and zh_TW (the latter
# converted to simplified characters by OpenCC t2s), one per line, sorted.
# Source: https://pypi.org/project/Faker/{version}/ (faker/providers/person/zh_CN, zh_TW),
# MIT licence (scripts/sources/LICENSE.faker.txt). WRITTEN by
# ``python scripts/gen_given_name_chars.py --vendor``; do not edit by hand.
"""


#: The vendored given names of @faker-js/faker's zh_CN locale, and the release read. Stricter
#: than Faker's: one of them that jieba holds as a word at all is left out (宇航 179 'aerospace',
#: 雪松 33 'cedar'). Today's names are made of the words of hopes (宇航 浩宇 雪松), so the
#: word is what a clause after a role starts with (这位老师，宇航知识普及很重要), and the list,
#: sampled names with no count, is no evidence that the name is commoner than the word.
FAKER_JS_NAMES = ROOT / "scripts" / "sources" / "faker_js_given_names.txt"
FAKER_JS_VERSION = "10.6.0"
FAKER_JS_NAMES_HEADER = """\
# The two-character given names of @faker-js/faker {version}'s locale zh_CN (person.first_name:
# generic, female, male), one per line, sorted, but those of faker_given_names.txt.
# Source: https://www.npmjs.com/package/@faker-js/faker/v/{version} (dist/locale/zh_CN.js and the
# chunk it imports), MIT licence (scripts/sources/LICENSE.faker-js.txt). WRITTEN by
# ``python scripts/gen_given_name_chars.py --vendor --faker-js DIR``; do not edit by hand.
"""
#: The zh_CN first names of @faker-js/faker's bundle: three template literals split on dots.
FAKER_JS_FIRST_NAMES = re.compile(
    r"first_name:\{generic:`([^`]*)`\.split\(`\.`\),female:`([^`]*)`\.split\(`\.`\),male:`([^`]*)`"
)


def _vendored(path: Path) -> list[str]:
    """The names of a vendored list (one per line, ``#`` comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def faker_given_names() -> list[str]:
    """The vendored given names of Faker and @faker-js/faker (scripts/sources/)."""
    return sorted({*_vendored(FAKER_NAMES), *_vendored(FAKER_JS_NAMES)})


def render_faker_js_names(package: Path) -> str:
    """The vendored list of @faker-js/faker, from ``package`` (the npm package unpacked): the
    two-character names of its zh_CN first names that Faker's list lacks."""
    package_json = (package / "package.json").read_text(encoding="utf-8")
    if f'"version": "{FAKER_JS_VERSION}"' not in package_json:
        raise SystemExit(f"{package} is not @faker-js/faker {FAKER_JS_VERSION}")
    found = None
    for bundle in sorted((package / "dist").glob("zh_CN-*.js")):
        found = found or FAKER_JS_FIRST_NAMES.search(bundle.read_text(encoding="utf-8"))
    if found is None:
        raise SystemExit(f"no zh_CN first names in {package / 'dist'}")
    names = {name for group in found.groups() for name in group.split(".")}
    two = sorted(
        name
        for name in names - set(_vendored(FAKER_NAMES))
        if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name)
    )
    return FAKER_JS_NAMES_HEADER.format(version=FAKER_JS_VERSION) + "".join(name + "\n" for name in two)


def render_faker_names() -> str:
    """The vendored list, from the installed Faker (its zh_TW names in simplified characters)."""
    import faker
    import opencc
    from faker.providers.person.zh_CN import Provider as Mainland
    from faker.providers.person.zh_TW import Provider as Taiwan

    if faker.VERSION != FAKER_VERSION:
        raise SystemExit(f"Faker {faker.VERSION} is installed; the list is of {FAKER_VERSION}")
    to_simplified = opencc.OpenCC("t2s")
    names = {*Mainland.first_names_male, *Mainland.first_names_female}
    names |= {to_simplified.convert(name) for name in (*Taiwan.first_names_male, *Taiwan.first_names_female)}
    two = sorted(name for name in names if len(name) == 2 and all("\u4e00" <= c <= "\u9fff" for c in name))
    return FAKER_NAMES_HEADER.format(version=FAKER_VERSION) + "".join(name + "\n" for name in two)


def given_names() -> list[tuple[str, str, str]]:
    """The given names of jieba's three-character person names, with how many names have each,
    and Faker's that are no common word (a name as common as 文章 is still read as the word) and
    that jieba lists as no other word than a name, however rare (秋月 'the autumn moon', tag t;
    秀美 'graceful', a: a clause after a role starts with them, 作为一名老渔民，秋月升起时)."""
    from cleaner.lexicon import _dict_path, frequency
    from cleaner.stages.punct_shift.names import NAME_WORD_FREQ

    surnames = _surnames()
    counts: Counter[str] = Counter()
    faker = frozenset(faker_given_names())
    words: set[str] = set()  # (the Faker names jieba lists as another word: 秋月 t, 秀美 a)
    with _dict_path().open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and parts[2] in NAME_TAGS and len(parts[0]) == 3 and parts[0][0] in surnames:
                counts[parts[0][1:]] += 1
            elif len(parts) == 3 and parts[0] in faker and parts[2] not in NAME_TAGS:
                words.add(parts[0])
    kept = {name for name, count in counts.items() if count >= MIN_GIVEN_NAMES}
    kept |= {name for name in faker - words if frequency(name) < NAME_WORD_FREQ}
    kept -= {name for name in _vendored(FAKER_JS_NAMES) if counts[name] < MIN_GIVEN_NAMES and frequency(name)}
    return [(name, str(counts[name]), str(int(name in faker))) for name in sorted(kept)]


def render_given_names() -> str:
    from cleaner.stages.punct_shift.names import NAME_WORD_FREQ

    header = GIVEN_NAMES_HEADER.format(
        least=MIN_GIVEN_NAMES, faker=FAKER_VERSION, faker_js=FAKER_JS_VERSION, word=NAME_WORD_FREQ
    )
    return header + "".join("\t".join(row) + "\n" for row in given_names())


def main(argv: list[str]) -> int:
    if "--vendor" in argv and "--faker-js" in argv:
        FAKER_JS_NAMES.write_text(render_faker_js_names(Path(argv[argv.index("--faker-js") + 1])), encoding="utf-8")
        print(f"wrote {FAKER_JS_NAMES} ({len(_vendored(FAKER_JS_NAMES))} names)")
        return 0
    if "--vendor" in argv:
        FAKER_NAMES.write_text(render_faker_names(), encoding="utf-8")
        print(f"wrote {FAKER_NAMES} ({len(_vendored(FAKER_NAMES))} names)")
        return 0
    outputs = (
        (OUT, render()),
        (ROLES_OUT, render_roles()),
        (PERSON_OUT, render_persons()),
        (GIVEN_NAMES_OUT, render_given_names()),
    )
    if "--check" in argv:
        stale = [path for path, text in outputs if not path.exists() or path.read_text(encoding="utf-8") != text]
        print("up to date" if not stale else f"{', '.join(map(str, stale))} differ from the generated tables")
        return 0 if not stale else 1
    for path, text in outputs:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path} ({sum(1 for line in text.splitlines() if not line.startswith('#'))} rows)")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
