"""The evidence for each punctuation look-alike: the first reading of the marks (the lexicon
window and the mark's prior), then the context that settles it: line ends and spaces,
one-character clauses and sentences, colons after an introducing word, the dash 要 between
names, quoted singles, orphans, neighbouring marks that cannot stand together, words the
lexicon lacks, and the name and pairing evidence of names.py and pairing.py
(_punct_candidates gathers them all).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from cleaner import lexicon
from cleaner.chars import (
    BULLETS,
    EM_DASH,
    FULLWIDTH_COLON,
    FULLWIDTH_COMMA,
    FULLWIDTH_EXCLAMATION,
    FULLWIDTH_QUESTION,
    FULLWIDTH_RIGHT_PAREN,
    FULLWIDTH_SEMICOLON,
    FULLWIDTH_TILDE,
    HAN_CLASS,
    HAN_NUMERALS,
    HORIZONTAL_ELLIPSIS,
    IDEOGRAPHIC_COMMA,
    IDEOGRAPHIC_FULL_STOP,
    LEFT_BOOK_TITLE,
    LEFT_DOUBLE_QUOTE,
    LEFT_SINGLE_QUOTE,
    MIDDLE_DOT,
    OPENING_PUNCT,
    RIGHT_DOUBLE_QUOTE,
    STOP_PUNCT,
    is_han,
)
from cleaner.stages.punct_shift.decide import (
    DOUBT_FROM,
    ENOUGH_FROM,
    EV_LEXICON,
    EV_NAME,
    EV_NO_MARK,
    EV_OTHER,
    EV_PAIRED,
    EV_SURNAME,
    LIKELY_FROM,
    MARKER_FROM,
    _Candidate,
)
from cleaner.stages.punct_shift.document import (
    _book_of_verse,
    _classical_prose,
    _literary,
    _literary_or_book_of_verse,
    _verse_with_no_modern_sign,
)
from cleaner.stages.punct_shift.names import (
    ANONYMOUS,
    COVERBS_AND_JOINERS,
    FAMILIAR,
    KINSHIP_DOUBLED,
    OBJECT_LEAD_REACH,
    PERFECTIVE,
    PERSON_OBJECT_VERBS,
    QUOTED_SENTENCE_ENDS,
    SPEECH,
    SURNAME_LOOKALIKES,
    SURNAME_MARKER,
    TITLE_PENALTY,
    _after_name_joiner,
    _before_title,
    _by_length,
    _bylines,
    _count_of_persons,
    _credited_name_of_two,
    _credited_surnames,
    _ends_with_any,
    _full_name_after,
    _given_name,
    _given_name_chars,
    _given_name_then_follower,
    _given_name_yao,
    _in_listed_names,
    _inside_names,
    _items_of_two,
    _job_titles_of_no_name,
    _last_of_listed_full_names,
    _list_of_full_names_after,
    _lone_surname,
    _lookalike_given_names,
    _name_after_hanzi,
    _name_context,
    _name_like,
    _name_triggers,
    _name_words,
    _named_after_calling,
    _named_in_a_record,
    _named_with_yao,
    _opponent_named_after,
    _passive_agent_named_after,
    _person_before,
    _person_lead,
    _person_nouns_by_length,
    _placing_names,
    _roles_and_role_nouns_by_length,
    _roster_names,
    _same_names,
    _surname_verb_before,
    _title_firsts,
    _title_phrase_names,
    _unclosed_given_names,
    _word_names,
    _yao_after_role_before_given_name,
)
from cleaner.stages.punct_shift.numbers import (
    NUMBER_AFTER,
    NUMBER_AFTER_WORDS,
    PERSONS_PLURAL,
    _apostrophe,
    _ascending,
    _code_letter_re,
    _is_digit_at,
    _number_ends_at,
    _number_starts_at,
    _range_dash,
    _range_points,
    _unit_char,
    _word_starts_at,
    _year_apostrophe,
    _year_apostrophes,
    _year_ends_at,
)
from cleaner.stages.punct_shift.pairing import (
    NAMING_VERBS,
    PAIR_BONUS,
    SPEECH_ENDS,
    UNPAIRED_PENALTY,
    _after_speech_colon,
    _closed_titles,
    _compatible,
    _compatible_pairs,
    _pairing,
    _quoted_runs,
    _unopened_closers,
)
from cleaner.stages.punct_shift.reading import (
    _DOUBLED_KINDS,
    _DOUBLED_NOTES,
    _LEXICON_KINDS,
    _LEXICON_NOTE,
    _SKIPPED,
    _WINDOW_REACH,
    LOG_P_MARK,
    _adjacent,
    _all_han,
    _alone_deltas,
    _clause_starts_at,
    _edge_word,
    _in_best_word,
    _marks_in_no_word,
    _reading_delta,
    _reads_alike,
    _view,
    _window,
    _window_delta,
    _word_neighbours,
)
from cleaner.stages.punct_shift.table import (
    _INLINE_SPACES,
    _REAL_MARKS,
    _REAL_PUNCT_RE,
    BULLET_LOOKALIKE,
    COLON_LOOKALIKE,
    COMMA_LOOKALIKE,
    DASH_LOOKALIKE,
    ENUMERATION,
    ENUMERATION_LOOKALIKE,
    EXCLAMATION_LOOKALIKE,
    FREE_PUNCT,
    OPEN_QUOTE_LOOKALIKE,
    QUESTION_EXCLAMATION,
    QUOTES,
    RUN_MARKS,
    SENTENCE_ENDS,
    STOP_LOOKALIKE,
    _all_lookalikes,
    _commonest_surnames,
    _high_risk,
    _lookalike_runs,
    _lookalikes,
    _matches_led_by,
    _next_visible,
    _occurrences,
    _places_of,
    _surnames,
    per_text,
)
from cleaner.stages.punct_shift.verse import (
    _after_attribution_dash,
    _courtyard_in_verse,
    _far_in_a_clause,
    _field_ends_a_clause,
    _first_line_repeats_its_heading,
    _in_a_piece_heading,
    _sage_king,
    _stop_inside_title,
    _unpaired_in_literary,
    _verse_meter,
    _words_of_verse,
)
from cleaner.tables import read_tsv

WORDS_TABLE = "punct_shift_words.tsv"
LINE_START_PENALTY: Final = 4.0
#: 子曰 "the Master said": before a quotation or a colon (real, or their look-alikes 野 冶 院)
#: 曰 is the hanzi, not ； (a semicolon never stands before them).
SAID, MASTER = "曰", "子"
#: Who says 曰 before a quotation as 子 does (古人曰“…”, 老者曰, 或曰: someone says), and
#: what names with it (自号曰“山人”, 古称曰“云中”: is called).
SPEAKERS: Final = frozenset(MASTER + "人者或号称")
_QUOTE_OR_COLON: Final = frozenset("“”：野冶院")
#: The classical masters and historians whose sayings 曰 introduces (孔子曰, 太史公曰).
MASTERS: Final = (
    "孔子",
    "孟子",
    "老子",
    "庄子",
    "荀子",
    "墨子",
    "韩非子",
    "曾子",
    "列子",
    "管子",
    "孙子",
    "朱子",
    "太史公",
)
MASTER_LEN: Final = max(map(len, MASTERS))
#: One hanzi that, alone after a comma, says who speaks or how, before 曰 "said" (答曰 问曰
#: 对曰 叹曰 笑曰 云曰 谓曰 名曰 其曰, and what names as 名 does: ，号曰秦晋 ，称曰: none is a word
#: in the lexicon, and none a clause of its own that a semicolon ends; ``有问必答；`` is no clause
#: of one character; the rare step 称 "weigh" (过磅，称；装车) keeps its 曰, a miss, not a
#: false repair); and the classical pronouns and persons who speak (，予曰有先後, ，士曰既且,
#: ，吾曰: no list's item is one of them alone; not 女 男 无, items of a roster's row: 王芳，女；)
SAYS_BEFORE_SAID: Final = frozenset("答问对叹笑云谓名其号称" + "予吾余臣妾士")
LINE_END_BONUS: Final = 1.5
SPACE_BONUS: Final = 1.0
NEIGHBOUR_PENALTY: Final = 6.0
ORPHAN_PENALTY: Final = 9.0
SHORT_ITEM_PENALTY: Final = 3.0
#: How far apart the commas of a list stand at most (a list of three-character names: 4).
LIST_REACH: Final = 4
COLON_QUOTE_BONUS: Final = 2.0


#: After an odd run of 要: the rest of 要不要 (whether or not), which jieba lacks as a word.
NOT_DASH: Final = "不要"


#: The words 要 ends that a speaker breaks off after (我不——— 我想——— 他还——— 我只———
#: 他快——— 我需———: a verb, an adverb or a conjunction of one hanzi and 要, which jieba tags v d
#: c), so a run of 要 after their first hanzi is the People's Daily's ——— more often than
#: the word and ——: the first look-alike stays a mark there. Not the adjectives and nouns
#: (重要 主要 必要 纪要 摘要), which end a clause before a dash only as the word. By the first
#: hanzi (不 for 不要, 想 for 想要, 需 for 需要, 只 for 只要).
BREAK_OFF_BEFORE: Final = frozenset("不想只需快还就正将须非偏也都又总硬若既真越竟而所没莫")
#: An odd run of 要, three or more: a document that writes one writes its dash as ———.
ODD_DASH_RUN: Final = re.compile(
    f"(?<!{DASH_LOOKALIKE})(?:{DASH_LOOKALIKE}{DASH_LOOKALIKE})+{DASH_LOOKALIKE}(?!{DASH_LOOKALIKE})"
)


def _run_without_word_edges(text: str, start: int, end: int, symbol: str, other_odd_runs: int) -> tuple[int, int]:
    """The part of the run ``text[start:end]`` of 要 (or 噎) that is its dash (ellipsis): the
    run less a first look-alike that ends a word with the hanzi before it (很重要要要这是关键 is
    很重要——这是关键, 她不停地抽噎噎噎 抽噎……), and then, where that leaves an odd run, a last
    one that starts a word with the hanzi after it (重要要要要求 is 重要——要求).

    A dash is written as two em dashes (GB/T 15834), or as three in the People's Daily (243
    dashes of ——— in its dev set, 96 of ——), so the run's length alone says nothing: only the
    lexicon's reading of the edge does, by a margin (ENOUGH_FROM: 很重要—— 6.9;
    not 他的体重——— 0.7, 社会的尊重——— and 指导思想———, where the word before is 尊重 思想).
    Not where ——— is as plausible: the document writes another odd run of 要 of three or more
    (``other_odd_runs``: its dash is ———), or the word is one a
    speaker breaks off after (BREAK_OFF_BEFORE: 我不——— is no 我不要——).
    The last look-alike alone is not read so: after ——— a word of its second character is as
    common (———是一台 ———求实 ———素洁 read as 要是 要求 要素), only both edges together (a dash
    of four em dashes is written by no one)."""
    if end - start < 3 or symbol not in RUN_MARKS:
        return (start, end)
    if symbol == EM_DASH and (other_odd_runs > 0 or (start and text[start - 1] in BREAK_OFF_BEFORE)):
        return (start, end)
    if _edge_in_word(text, start, end, start, symbol):
        start += 1
        if (end - start) % 2 and end - start >= 3 and _edge_in_word(text, start, end, end - 1, symbol):
            end -= 1
    return (start, end)


def _edge_in_word(text: str, start: int, end: int, edge: int, symbol: str) -> bool:
    """Whether the look-alike at ``edge``, one end of the run ``text[start:end]``, reads better
    as the hanzi of a word with its neighbour than as one more mark, by ENOUGH_FROM, with the
    rest of the run read as its marks. (Read in a slice around the edge: the window reaches
    _WINDOW_REACH at most, and a copy of the whole text per run would be quadratic.)"""
    step = -1 if edge == start else 1
    if not _edge_word(text, edge, step):
        return False
    rest = (start + 1, end) if step < 0 else (start, end - 1)
    lo, hi = max(0, rest[0] - 2 * _WINDOW_REACH), rest[1] + 2 * _WINDOW_REACH
    view = text[lo : rest[0]] + symbol * (rest[1] - rest[0]) + text[rest[1] : hi]
    return _reading_delta(view, edge - lo, edge - lo + 1, LOG_P_MARK[symbol]) > ENOUGH_FROM


#: The personal pronouns a subject is: a dash after one sets apart a noun (他——一个农民——) or
#: breaks off (我——我不知道), and parts no subject from its verb (none of the dev sets' dashes
#: follows a pronoun), so 要要 between one and a verb is the modal verb 要 typed twice
#: (我要要刷这个: 'I want to top it up'), not ——.
SUBJECT_PRONOUNS: Final = frozenset(("我", "你", "他", "她", "它", "我们", "你们", "他们", "她们", "它们", "咱们"))
#: 大家 'everyone' is such a subject too where no verb stands before it: after one it is the
#: object, which a dash may follow with what is said to it (感谢大家——谢谢, 提醒大家——注意防火),
#: except a verb of PIVOT_VERBS.
EVERYONE: Final = "大家"
#: ... the verbs whose object is the subject of the next verb (请大家要要注意安全: 请大家要注意).
PIVOT_VERBS: Final = frozenset(("请", "让", "叫", "要求", "希望", "号召"))
#: 各 'each' before a noun (各地 各级 各部门 各单位) makes the subject a directive's modal 要
#: follows (各地要把…), as a pronoun is: no dash of the dev sets follows one either. Not an idiom
#: of 各 (各抒己见 各显神通: a predicate, after which a dash goes on), nor 各位, a vocative (各位——
#: 请安静), hence a noun of 各 of three hanzi at most and no idiom.
DISTRIBUTIVE: Final = "各"
DISTRIBUTIVE_NOUN_MAX: Final = 3
VOCATIVE_DISTRIBUTIVE: Final = "各位"
#: What a dash introduces as a specification, not a verb after a subject (各部门——尤其是财政
#: 部门, ——特别是, ——包括, ——即).
SPECIFIERS: Final = ("尤其", "特别", "包括", "即", "也就是")
#: What a noun set apart by a dash after a pronoun starts with (他——一个农民, 我们——这一代人,
#: 我——我): no verb.
APPOSITION_STARTS: Final = frozenset("一这那我你他她它咱")
#: The note of such a 要要 (a doubt: a typo, not a mark).
_MODAL_TWICE_NOTE: Final = "between a subject pronoun and a verb, where no dash stands: 要 typed twice (a doubt)"
#: The place words that close a phrase of 在 (在桌子上, 在会议中, 在心里, 在范围内): the phrase says
#: where the verb after it acts, an adverbial that no dash parts from its verb (the dashes after
#: a locative in the dev sets follow no 在: 新领导班子上任后——封车), so 要要 between one and a
#: verb is the modal verb typed twice (在 arrayName 上要要销毁哪个查找), not ——.
PLACE_PHRASE_ENDS: Final = frozenset("上中里内下")
PLACE_PREPOSITION: Final = "在"
#: ... but a headline's subtitle after such a phrase where it starts its clause (the title) starts
#: with a verb of writing or visiting (在改革的浪潮中——访某董事长, ——写在…之际, ——看一个乡镇
#: 企业, ——谈如何…, ——记…, ——论…): there the dash is the subtitle's (你在心里要要记住 is 要 twice).
SUBTITLE_VERBS: Final = frozenset("访写看谈说记论")
#: The note of such a 要要 (a doubt: a typo, not a mark).
_MODAL_AFTER_PLACE_NOTE: Final = "between a phrase of 在 and its verb, where no dash stands: 要 typed twice (a doubt)"
#: 个 with no numeral before it follows a verb only (要个孩子, 买个房子: 一 left out), never a dash
#: (none of the dev sets' dashes stands before a bare 个), so 要要个 is 要 'want' and 要 'get'.
#: Only a bare classifier: 个 that starts a word (个人 个体户 个别 个性) is a noun a dash may
#: introduce (问题——个人信息泄露).
BARE_CLASSIFIER: Final = "个"
_VERB_BEFORE_CLASSIFIER_NOTE: Final = "before a bare 个, which follows a verb only (要要个孩子: want to have a child)"
#: How far a second 要要 closing the noun a first one sets apart may stand (他要要中国科学院院士
#: 要要获奖了): paired dashes enclose a phrase, a short one.
APPOSITION_REACH: Final = 30
#: What ends the clause such a second 要要 is looked for in: a line's end, a clause mark or the
#: look-alike of one (我要要刷这个袁你要要等一下: each clause's 要 typed twice, no pair); not
#: 院, the colon's, which names hold (中国科学院院士).
APPOSITION_ENDS: Final = frozenset("\n。！？，；：!?,;" + "遥袁")
#: The marks informal text repeats (。。。 ，，， ！！！): a run of their look-alikes reads as marks.
REPEATED_MARKS: Final = frozenset(IDEOGRAPHIC_FULL_STOP + FULLWIDTH_COMMA + IDEOGRAPHIC_COMMA + QUESTION_EXCLAMATION)
#: How many of one look-alike in a row no word holds (袁袁袁; 遥遥 is a word, so 遥遥遥 may be
#: 遥遥。 and a run of 遥 needs one more).
MIN_REPEATED_RUN: Final = 3
#: Evidence for a run no word holds: three 。 ， 、 ！ or ？ in a row is how informal text ends
#: or trails a sentence (。。。), while no Chinese word repeats their look-alikes three times.
REPEATED_RUN_EVIDENCE: Final = 6.0
_REPEATED_RUN_NOTE: Final = "a run of one look-alike that no word holds, as marks are repeated"


def _repeated_mark_run(text: str, start: int, end: int) -> tuple[int, int]:
    """The part of the run ``text[start:end]`` of one look-alike that reads as that many marks
    whatever the lexicon says, or an empty span: in a run of MIN_REPEATED_RUN or more (one more
    where the look-alike doubled is a word: 归期遥遥。 is 遥遥遥), all but the edges that make a
    word with the hanzi beside them (结束遥遥遥遥领先: the last two are 遥遥领先's; 逍遥遥遥遥: the
    first is 逍遥's). None in verse or a book of songs or plays with no modern sign
    (document._verse_with_no_modern_sign): their editions never repeat a mark, and there a run of
    遥 is 遥遥 "far" and a full stop beside 遥 "far" (归路遥遥。遥想旧游: 遥遥遥遥); an advert in
    phrases of four, which writes its prices in figures, types 。。。 as modern text does."""
    if _verse_with_no_modern_sign(text):
        return (start, start)
    hanzi = text[start]
    shortest = MIN_REPEATED_RUN + lexicon.is_word(hanzi * 2, min_freq=1)
    if end - start < shortest:
        return (start, start + 1) if _mark_before_doubled_word(text, start, end, shortest) else (start, start)
    run_start = start + _run_edge_in_word(text, start, end, -1)
    if run_start == start and hanzi in SURNAME_LOOKALIKES and _surname_verb_before(text, start):
        run_start += 1  # (免贵姓袁袁袁世凯的袁: the first is the surname 姓 asks for)
    run_end = end - _run_edge_in_word(text, start, end, 1)
    return (run_start, run_end) if run_end > run_start else (start, start)


def _mark_before_doubled_word(text: str, start: int, end: int, shortest: int) -> bool:
    """Whether the run ``text[start:end]``, one shorter than a run of marks must be, is a mark
    and a word of the look-alike doubled (结束遥遥遥领先: 结束。遥遥领先, 僵局遥遥遥无期): its last
    two make a word with the hanzi after them and its first none with the hanzi before, which
    ends a word of two hanzi or more (a clause's end: 结束, 僵局), no name's (王遥遥遥领先 is 王遥
    and 遥遥领先, 小遥 阿遥, 刘思遥 路遥: 刘思 is no word, 路遥 holds the first)."""
    if end - start != shortest - 1 or shortest == MIN_REPEATED_RUN:
        return False
    if _run_edge_in_word(text, start, end, -1) or _run_edge_in_word(text, start, end, 1) != 2:
        return False
    begin = start
    while begin > max(0, start - _WORD_BEFORE_REACH) and is_han(text[begin - 1]):
        begin -= 1
    if begin == start or text[start - 1] in _all_lookalikes():
        return False
    word = lexicon.best_segmentation(text[begin:start])[-1]
    return len(word) >= 2 and lexicon.is_word(word, min_freq=1) and not lexicon.is_person_name(word)


#: What starts a clause after ，， and is never a given name after the surname 袁, where the
#: words a name is made of are not (，袁海洋是导游, ，袁建设, ，袁美丽, ，袁成功地…): conjunctions
#: (但是 所以 然后), negations (不是 不到 没有) and sentence adverbs (可能 其实 感觉). Words of
#: two characters or more: a name of one (，袁才是) may be none.
_COMMA_PAIR_OPENERS_TEXT: Final = (
    "但是 可是 不过 而且 并且 所以 因为 因此 虽然 如果 然后 于是 况且 何况 只是 就是 还是 或者 "
    "否则 而是 不是 不到 不够 不会 不能 不要 不用 不如 不仅 不错 没有 可能 也许 或许 大概 "
    "其实 反正 总之 毕竟 当然 确实 感觉 觉得"
)
COMMA_PAIR_OPENERS: Final = frozenset(_COMMA_PAIR_OPENERS_TEXT.split())


def _comma_pair_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is 袁袁 after a hanzi that no surname follows (姓, a coverb,
    a noun for a person, a name's prefix: 老袁，可能, a look-alike) and before a word of
    COMMA_PAIR_OPENERS (across a line break), or before no hanzi on its line (a number, Latin):
    the comma doubled (不错袁袁但是有点旧, 旧袁袁不是节假日), which a text that surely doubles its
    marks elsewhere types (:func:`_pairs_seen_doubled`). Not before any other word, which may be
    the name 袁 is the surname of (，袁海洋是我们的导游, ，袁老师, ，袁世凯)."""
    if end - start != 2 or text[start] != COMMA_LOOKALIKE:
        return False
    before = text[start - 1] if start else ""
    if not is_han(before) or before in _all_lookalikes() or _surname_verb_before(text, start):
        return False
    if before in COVERBS_AND_JOINERS or before in NAME_PREFIXES or before == NAME_PREFIX_TOO:
        return False  # (叫袁袁, 小袁袁: the surname, then a comma)
    if _after_person(text, start):
        return False
    right = _window(text, end - 1, 1)
    if not right:
        return not _ends_line(text, end)  # (a number, Latin: no name follows; a line's end: the next may)
    return lexicon.best_segmentation(right)[0] in COMMA_PAIR_OPENERS


#: Time words that open a clause before its subject (今天袁袁不是…, 昨天袁袁没有…).
_CLAUSE_TIME_WORDS_TEXT: Final = (
    "今天 昨天 明天 前天 后天 今年 去年 明年 现在 如今 后来 当时 那天 这天 当天 早上 上午 中午 下午 晚上 傍晚 平时 最近"
)
CLAUSE_TIME_WORDS: Final = frozenset(_CLAUSE_TIME_WORDS_TEXT.split())


def _name_pair_after_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is 袁袁 after a time word that is its clause so far
    (CLAUSE_TIME_WORDS) and before a word of COMMA_PAIR_OPENERS (不是 没有), which starts a
    clause and no given name: the clause's subject, the doubled name 袁袁 (今天袁袁不是很开心).
    Not ，， (a doubled comma follows what a writer has said, and a time word has said nothing
    yet), unless two pairs elsewhere say the text doubles its commas (太小了袁袁不过…袁袁今天
    袁袁不是我说); nor ，袁
    (a surname alone is no subject): both stay, reported."""
    if end - start != 2 or text[start] != COMMA_LOOKALIKE:
        return False
    right = _window(text, end - 1, 1)
    if not right or lexicon.best_segmentation(right)[0] not in COMMA_PAIR_OPENERS:
        return False
    return any(
        text[start - len(word) : start] == word and _clause_starts_at(text, start - len(word))
        for word in CLAUSE_TIME_WORDS
    )


#: How many pairs of 袁 read as the comma doubled witness that a text doubles its commas.
COMMA_PAIR_WITNESSES: Final = 2
#: A pair of 袁 alone (no third beside it: 袁袁袁 is a run of marks, read by its own rule). Led
#: by the first 袁, its look-behind after it: the engine finds a leading character fast, a
#: leading look-behind it tries at every character of the page.
_COMMA_PAIR_RE: Final = re.compile(f"{COMMA_LOOKALIKE}(?<!{COMMA_LOOKALIKE * 2}){COMMA_LOOKALIKE}(?!{COMMA_LOOKALIKE})")


def _comma_pairs_alone(text: str) -> int:
    """How many pairs of 袁 in the text are the comma doubled (:func:`_comma_pair_alone`): two
    witness each other (位置不错袁袁但是有点旧袁袁不是节假日), as two pairs of 遥 do; not the
    pairs after a time word, which may be a name (今天袁袁不是…昨天袁袁没有: no witness)."""
    return sum(
        _comma_pair_alone(text, m.start(), m.end()) and not _name_pair_after_time(text, m.start(), m.end())
        for m in _COMMA_PAIR_RE.finditer(text)
    )


def _run_edge_in_word(text: str, start: int, end: int, step: int) -> int:
    """How many characters at the end (step 1) or the start (step -1) of the run
    ``text[start:end]`` belong to a word with the hanzi beyond it: 2 (遥遥领先), 1 (遥感) or 0."""
    for size in range(3, lexicon.MAX_WORD_LEN + 1):  # (the run's two and one hanzi or more)
        word = text[end - 2 : end - 2 + size] if step > 0 else text[start + 2 - size : start + 2]
        if len(word) == size and lexicon.is_word(word, min_freq=1):
            return 2
    return 1 if _edge_word(text, end - 1 if step > 0 else start, step) else 0


#: Sentence-final particles (了 啊 吧 呢 …, and 阿 as reviews type 啊): informal text ends a
#: sentence with one and 。。 (郁闷了遥遥刚到手, 有点欺诈啊遥遥), while 遥遥 "far away" never
#: follows one: it is an adverb after its subject (两岸遥遥相望) or a predicate after a noun of
#: distance or time (归期遥遥).
FINAL_PARTICLES: Final = frozenset("了啊吧呢啦呀嘛哦阿哈呵嘿哟噢喔咯")
#: 阿 starts a given name too (阿遥遥 at a sentence start): a particle only after a hanzi.
NAME_PREFIX_TOO: Final = "阿"
#: The last characters of nouns of distance and time (and of hope) that 遥遥 "far away" is the
#: predicate of (路途遥遥 归期遥遥 千里遥遥 关山遥遥 天涯遥遥 故乡遥遥 相距遥遥 梦想遥遥), even
#: at a line end.
DISTANCES: Final = frozenset("路途程期里山水涯河海天空乡方离距隔想望")
#: What 遥遥 "far away" follows as the adverb of its subject (他们遥遥相望, 我遥遥望见), and
#: the prefixes of a given name (小遥遥 老遥 阿遥: 阿 as 啊 ends a sentence after a hanzi).
SUBJECTS: Final = frozenset("们他她它你我")
#: Nouns for a person that the tables of names.py lack (宝宝遥遥, 同学遥遥: a name after them).
PEOPLE: Final = frozenset({"宝宝", "孩子", "同学", "老公", "同事", "老板", "客户", "顾客"})


def _after_person(text: str, start: int) -> bool:
    """Whether a noun for a person (a role, a kinship word, one of names.py's tables or of
    PEOPLE) ends right before ``text[start]``, where a given name may follow (同学遥遥, 女儿遥遥)."""
    for size, words in (*_roles_and_role_nouns_by_length(), *_person_nouns_by_length()):
        if start >= size and text[start - size : start] in words:
            return True
    return text[max(0, start - 2) : start] in KINSHIP_DOUBLED or text[max(0, start - 2) : start] in PEOPLE


NAME_PREFIXES = frozenset("小老")
#: The verbs that 遥遥 "far away" modifies, though jieba tags some as nouns (领先 落后 消失 在望
#: 无期), with the ones of one character (望 看 见 眺): what it may still modify on the next line
#: of a narrow column (遥遥⏎相望, 遥遥⏎望着), where a review puts its next sentence
#: (三星的遥遥⏎介绍里, 上网卡遥遥⏎相当的不好: 相当 is no verb of distance).
_FAR_VERBS_TEXT: Final = (
    "相望 相对 对望 相隔 相距 相连 对峙 望见 眺望 领先 落后 消失 投向 挥手 招手 致意 呼应 凝视 注视 "
    "举杯 祝福 传来 指向 可见 在望 无期 闪烁 耸立 伫立 矗立 屹立 飘来 横跨 超过 胜过 望 看 见 眺"
)
FAR_VERBS: Final = frozenset(_FAR_VERBS_TEXT.split())
#: Their first characters: what starts a verb 遥遥 modifies on its line (遥遥相对, 遥遥领先着,
#: 遥遥无期的), where the word may go on past the window's segmentation.
FAR_VERB_FIRSTS: Final = frozenset(verb[0] for verb in FAR_VERBS)
#: A heading and a verb of going that 遥遥 "far away" modifies (江水浩荡遥遥东去), which the
#: lexicon cuts after the heading (东 a place): matched whole, for their first characters start
#: words 遥遥 does not modify (东西, 北京).
FAR_HEADINGS: Final = ("东去", "西去", "东流", "西下", "南下", "北上")
#: What follows 遥遥 "far away" as an attribute or an adverbial (遥遥的路, 遥遥地) or before a
#: distance (遥遥一望, 遥遥千里, 遥遥数十里), never a full stop.
FAR_AFTER: Final = frozenset("的地得之一二两三四五六七八九十百千万数几")
#: 的, after which 遥遥 may be a name (我的遥遥今天生日).
POSSESSIVE: Final = "的"
#: Adverbs of degree: with the adjective after them they make a predicate that ends a sentence
#: (房间也很好遥遥⏎, 房间够大遥遥写字台的布局很好, 配置比较好遥遥), while 遥遥 "far away" is
#: no adjective's (他站得很远遥遥望着: before a verb, which _predicate_follows sees).
DEGREE_ADVERBS: Final = frozenset("很太真挺超蛮够较最")
#: Evidence for a pair of 遥 read as 。。 (between LIKELY_FROM and MARKER_FROM: repaired, yet
#: never a marker that reads its neighbours again).
INFORMAL_STOPS_EVIDENCE: Final = 3.5
#: Evidence for a pair of 遥 that may read as 。。 but may be 遥遥 "far away" (a doubt, reported).
INFORMAL_STOPS_DOUBT: Final = 1.0
#: A pair of 遥 alone, led by the first (as _COMMA_PAIR_RE).
_STOP_PAIR_RE: Final = re.compile(f"{STOP_LOOKALIKE}(?<!{STOP_LOOKALIKE * 2}){STOP_LOOKALIKE}(?!{STOP_LOOKALIKE})")


def _informal_stop_pairs(text: str) -> dict[int, str]:
    """The pairs of 遥 (exactly two) that read as 。。, the full stop doubled as informal text
    types it, by their start, with the reason: ``有点厚重了遥遥⏎``, ``郁闷了遥遥刚到手`` (after a
    sentence-final particle), and any pair that no word holds where the same text has another
    (``屏很赞遥遥⏎``, ``显卡是卖点遥遥包装盒上``: a writer who types 。。 types it again). Never
    遥遥领先 遥遥相望 遥遥无期 (words the lexicon holds, also across a line break: 遥遥⏎领先),
    nor a pair before a verb or an adverb that 遥遥 modifies (山峦遥遥可见) unless a particle
    ends the sentence before it, nor one the lexicon reads as hanzi. After a comma, a pair that
    ends its line or stands before a conjunction (:func:`_stop_pair_after_comma`: 不错袁遥遥⏎)
    needs the same witness as one that no word holds.

    Where a pair is found so (the text surely doubles its marks: :func:`_pairs_seen_doubled`),
    one more shape reads as 。。: a pair that ends its line, read without the next line but for
    遥遥's own words and verbs there, after a clause said whole (:func:`_clause_said_before`:
    也是三星的遥遥⏎介绍里, 罢了遥遥⏎听说: a review's next sentence; not 遥遥⏎领先, 遥遥⏎相望).

    None in verse or a book of songs or plays with no modern sign (document._verse_with_no_modern_sign):
    their editions never type 。。, and there a pair is a full stop beside 遥 "far" that starts or
    ends a sentence (豪杰。遥想公瑾, 归路遥。) or 遥遥 itself (路遥遥), so no pair witnesses another;
    an advert in phrases of four, with its prices in figures, types 。。 as a review does (票已售罄。。)."""
    if _STOP_PAIR_RE.search(text) is None or _verse_with_no_modern_sign(text):
        return {}
    loose: list[int] = []
    after_comma: list[int] = []
    # (pairs at a line's end that wait for the witness that the text surely doubles its marks)
    line_end_pending: list[int] = []
    found: dict[int, str] = {}
    # (pairs after a comma before a clause: 。。 only where the text doubles its marks again and again)
    comma_clause: list[int] = []
    for match in _STOP_PAIR_RE.finditer(text):
        start = match.start()
        end = start + 2
        if _pair_after_comma(text, start, end):
            if _stop_pair_after_comma(text, start, end):
                after_comma.append(start)  # (，。。⏎: only where the text doubles its marks elsewhere too)
            else:
                comma_clause.append(start)
            continue
        if not _stop_pair_alone(text, start, end):
            continue
        if _far_before(text, start, end):
            if _ends_line(text, end) and not _far_before(text, start, end, next_line=False):
                line_end_pending.append(start)  # (a line's end: _clause_said_before is asked below)
            continue
        before = text[start - 1]
        if before in FINAL_PARTICLES:
            found[start] = (
                f"{STOP_LOOKALIKE * 2} after {before}, which ends a sentence (。。 as informal text types it)"
            )
        elif text[start - 2 : start - 1] in DEGREE_ADVERBS and not _predicate_follows(text, end):
            found[start] = (
                f"{STOP_LOOKALIKE * 2} after {text[start - 2 : start]}, a predicate of degree that ends a sentence"
            )
        else:
            opener = _sentence_opener(text, end)
            if opener:
                found[start] = (
                    f"{STOP_LOOKALIKE * 2} before {opener}, which starts a sentence (。。 as informal text types it)"
                )
        loose.append(start)
    # (a pair before a verb or an adverb is 遥遥 'far' that modifies it (灯火遥遥可见): it is not
    # read as 。。 and witnesses no doubled mark either; but after a predicate of degree, which ends
    # a sentence (很干净。。推荐大家来住), it witnesses one unless a verb of distance follows)
    far = {start for start in loose if start not in found and _predicate_follows(text, start + 2)}
    witnesses = [
        start
        for start in loose
        if start not in far or (_after_degree_predicate(text, start) and not _far_verb_follows(text, start + 2))
    ]
    if len(witnesses) + len(after_comma) >= 2 or ((witnesses or after_comma) and _informal_marks_re().search(text)):
        for start in loose:
            if start not in found and start not in far:
                found[start] = "no word holds it, and the same text doubles its marks elsewhere (。。 ！！ ？？ ~~)"
        found.update(dict.fromkeys(after_comma, _COMMA_STOPS_NOTE))
    if _doubling_witnesses(text, found) >= DOUBLING_WITNESSES:
        # (after a comma before a clause only where the text types ，。。 elsewhere: 不错，。。⏎)
        typed_so = len(comma_clause) >= COMMA_HABIT_PAIRS and any(start in found for start in after_comma)
        comma_habit = comma_clause if typed_so else []
        found.update(_stops_witnessed_often(text, loose, comma_habit, found))
    # (a pair no word holds at a line's end, left above for the verb the next line starts)
    line_end_pending += [
        start
        for start in loose
        if start not in found and _ends_line(text, start + 2) and not _far_verb_follows(text, start + 2)
    ]
    if line_end_pending and _pairs_seen_doubled(text, found):
        found.update((start, _SEEN_DOUBLED_NOTE) for start in line_end_pending if _clause_said_before(text, start))
    return found


#: The evidence of a 。。 that ends its line after a clause said whole (:func:`_clause_said_before`:
#: 也是三星的遥遥⏎介绍里), where the text surely doubles its marks elsewhere.
_SEEN_DOUBLED_NOTE: Final = "。。 after a clause said whole, and the same text surely doubles its marks elsewhere"


def _pairs_seen_doubled(text: str, found: dict[int, str]) -> bool:
    """Whether the text surely doubles its marks: a pair of 遥 already ``found`` as 。。, or two
    marks of INFORMAL_DOUBLED in a row (！！ 。。, 浴浴)."""
    return bool(found) or _informal_marks_re().search(text) is not None


#: How many signs that a text doubles its marks (pairs of 遥 found as 。。, marks of
#: INFORMAL_DOUBLED doubled: ！！ 浴浴) make it a writer's habit, which reads two more shapes as
#: 。。 (:func:`_stops_witnessed_often`): one sign may be chance, two are how the writer types.
DOUBLING_WITNESSES: Final = 2
#: How many pairs of 遥 after a comma before a clause make ，。。 the writer's habit (置身于森林中，
#: 遥遥面向翠湖，遥遥细雨纷纷，遥遥和热腾腾的汤池): fewer may be the name starting its clause
#: (老师说，遥遥成绩很好) or 遥遥 "far away" (仰望夜空，遥遥星河闪烁).
COMMA_HABIT_PAIRS: Final = 4
#: The evidence of a 。。 before a verb that 遥遥 "far away" does not modify (外观漂亮遥遥做工精致).
_HABIT_VERB_NOTE: Final = "。。 before a verb 遥遥 does not modify, and the same text doubles its marks again and again"
#: The doubt of a 。。 before a verb whose clause goes on as 遥遥 "far away" may modify it
#: (灯光昏暗遥遥闪烁, 销量稳定遥遥超过同类产品): reported, never repaired.
_HABIT_VERB_DOUBT: Final = "。。 before a verb, where the same text doubles its marks again and again (a doubt)"
#: The evidence of a 。。 after a comma before a clause (置身于森林中，遥遥面向翠湖…).
_HABIT_COMMA_NOTE: Final = (
    "。。 typed after a comma, before a noun, and the same text doubles its marks again and again"
)
#: The doubt of a 。。 after a comma before a noun that a predicate follows, as 遥遥 "far away"
#: may start a clause of verse (仰望夜空，遥遥星河闪烁, 站在山顶，遥遥群山连绵): reported.
_HABIT_COMMA_DOUBT: Final = "。。 typed after a comma, before a clause, where the same text doubles its marks (a doubt)"
#: The notes of the pairs of 遥 only doubted as 。。 (INFORMAL_STOPS_DOUBT).
_HABIT_DOUBTS: Final = frozenset((_HABIT_VERB_DOUBT, _HABIT_COMMA_DOUBT))


def _doubling_witnesses(text: str, found: dict[int, str]) -> int:
    """How many signs (up to DOUBLING_WITNESSES) say the text doubles its marks: the pairs of 遥
    ``found`` as 。。 and the marks of INFORMAL_DOUBLED doubled (:func:`_informal_marks_re`)."""
    if len(found) >= DOUBLING_WITNESSES:
        return len(found)
    return len(found) + len(_informal_marks_re().findall(text))


def _stops_witnessed_often(
    text: str, loose: list[int], comma_clause: list[int], found: dict[int, str]
) -> dict[int, str]:
    """The pairs of 遥 that read as 。。 only where the text doubles its marks again and again
    (:func:`_doubling_witnesses`): a pair that no word holds after an adjective, before a verb
    other than those 遥遥 "far away" modifies (外观漂亮遥遥做工精致: not 山很高遥遥可见; nor
    after a noun, its subject: 山峰遥遥矗立; nor after a verb, the name its object: 这是遥遥最
    喜欢的), and a pair after a comma before a noun where the text types ，。。 at a line's end
    and before clauses again and again (森林中，遥遥面向翠湖, 太美了，遥遥空气), though not
    before a verb, a coverb, a time word or a noun for a person, where the name 遥遥 starts its
    clause (老师说，遥遥成绩很好, ，遥遥和我, ，遥遥今天会叫妈妈了, ，遥遥妈妈来了)."""
    habit: dict[int, str] = {}
    for start in loose:
        if (
            start not in found
            and _predicate_follows(text, start + 2)
            and not _far_verb_starts(text, start + 2)
            and _after_adjective(text, start)
        ):
            habit[start] = _HABIT_VERB_NOTE if _new_clause_follows(text, start + 2) else _HABIT_VERB_DOUBT
    for start in comma_clause:
        right = _window(text, start + 1, 1)
        if (
            right
            and right[0] not in COVERBS_AND_JOINERS
            and lexicon.best_segmentation(right)[0] not in CLAUSE_TIME_WORDS
            and not _predicate_follows(text, start + 2)
            and not _person_follows(text, start + 2)
        ):
            habit[start] = _HABIT_COMMA_NOTE if _noun_alone_follows(text, start + 2) else _HABIT_COMMA_DOUBT
    return habit


def _noun_alone_follows(text: str, end: int) -> bool:
    """Whether one word alone follows ``text[end - 1]`` up to what ends a clause (，遥遥空气袁
    绿化: a list of nouns, where 遥遥 "far away" has nothing to modify; not 遥遥星河闪烁)."""
    right = _window(text, end - 1, 1)
    if not right:
        return False
    after = end + len(lexicon.best_segmentation(right)[0])
    return after >= len(text) or text[after] in _clause_breaks()


#: What makes the word it follows a subject, a new clause's (显卡是卖点).
COPULA: Final = "是"
#: How far back the words before a 是 are segmented to find a pronoun that is its subject.
COPULA_SUBJECT_REACH: Final = 6
#: The verbs of dwelling, origin and site with their preposition (住在 生在 来自 位于 地处 生于, and
#: 居住在 出生在 出生于 which end with them, and the verbs of living, settling and growing up
#: with theirs: 生活在 定居在 落户在 生长在, 居住于 定居于 来自于), which take a place as their
#: object wherever they stand and so never end a clause: 他住在，家村, 来自，州的客人, 位于，家岭
#: are no sentences (袁家村 袁州 袁家岭 are places). Read as words of their own
#: (:func:`_place_verb_before`: 一生在 单位于 are none).
PLACE_VERBS: Final = (
    *("住在", "居住在", "生在", "出生在", "来自", "位于", "地处", "生于", "出生于"),
    *("生活在", "定居在", "落户在", "生长在", "居住于", "定居于", "来自于"),
)
#: The characters the verbs that take what follows them with no comma between end with
#: (:func:`_object_taker_before`): 是, 在 and the last of each of PLACE_VERBS.
OBJECT_TAKERS: Final = frozenset((COPULA, PLACE_PREPOSITION, *(verb[-1] for verb in PLACE_VERBS)))
#: How far after a look-alike that 是 or 在 takes is segmented to read the word it starts.
COMPLEMENT_REACH: Final = 6
#: 知他是 (who knows whether…), the old plays' idiom, which a comma may follow (知他是，燕南牧马):
#: its 是 no copula of 他.
WHO_KNOWS: Final = "知他是"


def _object_taker_before(text: str, start: int) -> str:
    """The verb right before the look-alike at ``start`` that takes what follows as its
    complement or object, so that no comma stands between them ('' if none): 是 whose subject is
    a personal pronoun (他是, 我们是; not 其他是 nor 但是, nor 是 said alone as an answer: 是，我
    知道), the preposition 在 where it starts its clause (在袁家村; not 现在 nor 正在, and not
    after a pronoun, where 在 is the verb 'be there': 有她在，我们倒也觉得热闹), and a verb of
    dwelling, origin or site wherever it stands (PLACE_VERBS: 住在袁家村, 来自袁州): 他是，州人, 我是，
    方的同学 and 在，方的帮助下 are no sentences (袁州 a place, 袁方 a name), so a surname
    look-alike there stays, at most reported (a speaker's stammer, 我是，我是说, is rare).
    Modern usage only: not in verse, nor after 知他是 (WHO_KNOWS), which old plays quote in
    modern pages too. After 是 and 在 only where what follows the look-alike may go on a name or
    a place (:func:`_may_go_on_a_name`): they also end their clause, said alone as an answer (我是，
    他不是; 我是，”他说; 如果他是，那就…; 在，我在), and a comma follows them there; a verb of
    PLACE_VERBS ends none, so no comma follows it whatever follows (来自五湖四海), but a title may
    (来自《红楼梦》): its 叶 is read as after 是 and 在."""
    verb = text[start - 1 : start]
    if verb not in OBJECT_TAKERS or text.endswith(WHO_KNOWS, 0, start):
        return ""
    words = lexicon.best_segmentation(text[max(0, start - COPULA_SUBJECT_REACH) : start])
    place_verb = _place_verb_before(words)
    if place_verb and text[start] == COMMA_LOOKALIKE:  # (whatever follows: no comma follows such a verb)
        verb, taken = place_verb, True
    elif not _may_go_on_a_name(text, start + 1):
        return ""
    elif place_verb:  # (叶 before what may go on a name: 来自叶县; a title may follow too, 来自《红楼梦》)
        verb, taken = place_verb, True
    elif verb == PLACE_PREPOSITION:
        taken = _clause_starts_at(text, start - 1)
    else:
        taken = verb == COPULA and len(words) >= 2 and words[-1] == verb and words[-2] in SUBJECT_PRONOUNS
    return verb if taken and not _literary_or_book_of_verse(text) else ""


def _place_verb_before(words: list[str]) -> str:
    """The verb of PLACE_VERBS that the last one or two of ``words`` (the segmentation of what
    stands before a look-alike) make whole ('' if none): 住在 of 他/住/在 or 他/住在, 居住在 of
    居住/在; not 一生/在 nor 单位/于, where the verb's first hanzi ends another word."""
    tail = ""
    for word in reversed(words[-2:]):
        tail = word + tail
        if tail in PLACE_VERBS:
            return tail
    return ""


def _may_go_on_a_name(text: str, at: int) -> bool:
    """Whether the character at ``at``, right after a surname look-alike, may go on a name or a
    place (袁州 袁方 袁家村): a hanzi, neither a look-alike of a mark (他是袁袁世凯: the second
    袁 the surname, the first the comma; 我是袁冶: ，”) nor a hanzi that starts no given name
    (the names table's function characters: pronouns, adverbs, conjunctions and particles, 我是，
    他不是, 她是，也不是, 他是，那就); not the text's or the line's end. Nor the start of a
    common word or of a predicate, which an answer's next clause starts with (我是，请问你找谁;
    我是，大家听我的; 在，什么事; 我是，谢谢你): a name's given name or a place's second hanzi
    goes on the surname (袁方的, 袁州人), alone."""
    char = text[at : at + 1]
    if not is_han(char) or char in _all_lookalikes() or char in _name_words()[2]:
        return False
    line_end = text.find("\n", at, at + COMPLEMENT_REACH)
    words = lexicon.best_segmentation(text[at : line_end if line_end >= 0 else at + COMPLEMENT_REACH])
    first = words[0]
    if len(first) > 2:
        return False  # (an idiom or a longer word: 我是，好久不见; a name's given name is 1–2 hanzi)
    return not (lexicon.is_word(first) if len(first) > 1 else lexicon.starts_predicate(first))


def _new_clause_follows(text: str, end: int) -> bool:
    """Whether what follows ``text[end - 1]`` is a clause of its own: a word, then an adjective,
    an adverb of degree or 是, its predicate (做工精致, 价格很低, 显卡是卖点). Not a verb and
    what follows it (闪烁，很有情调, 矗立在山顶, 超过同类产品), which 遥遥 "far away" may modify,
    nor a verb before an adverb of degree (钟声悠扬遥遥响起很好听, 湖面平静遥遥倒映很清楚: what
    follows comments on the verb 遥遥 modifies); a verb the lexicon tags so before an adjective
    or 是 may be a noun (做工精致, 显卡是卖点)."""
    words = lexicon.best_segmentation(_window(text, end - 1, 1))
    if len(words) < 2:
        return False
    then = words[1]
    if then[0] in DEGREE_ADVERBS:
        return not lexicon.starts_predicate(words[0])
    return then == COPULA or lexicon.is_adjective(then)


#: How far back the word before a pair of 遥 is segmented (配置比较好遥遥: 好).
_WORD_BEFORE_REACH: Final = 4


def _after_adjective(text: str, start: int) -> bool:
    """Whether the word right before ``text[start]`` (the last of its hanzi's best segmentation)
    is an adjective (漂亮 精致 好 麻烦): a predicate of quality that ends its sentence."""
    begin = start
    while begin > max(0, start - _WORD_BEFORE_REACH) and is_han(text[begin - 1]):
        begin -= 1
    return begin < start and lexicon.is_adjective(lexicon.best_segmentation(text[begin:start])[-1])


def _far_verb_starts(text: str, end: int) -> bool:
    """Whether what follows ``text[end - 1]`` may be a verb 遥遥 "far away" modifies: one of
    FAR_VERBS, or a word led by one of FAR_VERB_FIRSTS (遥遥相对, 遥遥在望)."""
    right = _window(text, end - 1, 1)
    return bool(right) and (
        right[0] in FAR_VERB_FIRSTS
        or right.startswith(FAR_HEADINGS)
        or lexicon.best_segmentation(right)[0] in FAR_VERBS
    )


def _person_follows(text: str, end: int) -> bool:
    """Whether a noun for a person starts at ``text[end]`` (遥遥妈妈, 遥遥同学: the name's)."""
    for size, words in (*_roles_and_role_nouns_by_length(), *_person_nouns_by_length()):
        if text[end : end + size] in words:
            return True
    return text[end : end + 2] in KINSHIP_DOUBLED or text[end : end + 2] in PEOPLE


@functools.cache
def _clause_breaks() -> frozenset[str]:
    """What ends the clause before a pair of 遥: a line break, the marks that part clauses and
    their look-alikes (袁 遥 浴 钥 院 曰)."""
    marks = FULLWIDTH_COMMA + IDEOGRAPHIC_FULL_STOP + QUESTION_EXCLAMATION + FULLWIDTH_SEMICOLON + FULLWIDTH_COLON
    return frozenset(marks + "\n" + "".join(h for h, symbol in _lookalikes()[0].items() if symbol in marks))


#: A run of hanzi: the pieces of a clause that jieba segments (上网卡 of 带一个CDMA上网卡).
_HAN_RUN_RE: Final = re.compile(f"[{HAN_CLASS}]+")
#: What ends a clause but leaves it open for what follows, though no verb: the particles of a
#: complement and an adverbial (跑得, 慢慢地) and the coverbs before their object (就在, 向着):
#: 遥遥 after them is the complement, the adverb or the object (他跑得遥遥⏎超过了第二名,
#: 大海就在遥遥⏎远方, 我站在窗前向着遥遥⏎远山望去).
_OPEN_CLAUSE_ENDS_TEXT: Final = "得 地 在 向 向着 到 给 为 把 对 跟 和 与 往 朝"
OPEN_CLAUSE_ENDS: Final = frozenset(_OPEN_CLAUSE_ENDS_TEXT.split())


def _clause_said_before(text: str, start: int) -> bool:
    """Whether the clause before ``text[start]`` on its line holds a word that jieba tags as a
    verb or an adverb, and ends with no such word, nor with 得 or one of OPEN_CLAUSE_ENDS, but
    with a particle, 的 or a count (not a noun: 我看到远处的灯塔遥遥⏎闪烁, the object the subject
    of 遥遥 "far away"): taken for a clause said whole (也是三星的, 还一次买了两本), which leaves 遥遥
    after it no subject to be the adverb of (两岸的山峰遥遥⏎矗立: 山峰 is its subject) and no
    verb to be the object of (我最喜欢遥遥⏎, 这是遥遥⏎: the name). jieba's tags miss verbs
    (总结 and 领先 are nouns to it), so a clause may still end in one: a guess, which the
    witness that the text doubles its marks elsewhere must back."""
    breaks = _clause_breaks()
    begin = start
    while begin > 0 and text[begin - 1] not in breaks:
        begin -= 1
    words = [word for run in _HAN_RUN_RE.findall(text[begin:start]) for word in lexicon.best_segmentation(run)]
    if not words or words[-1] in OPEN_CLAUSE_ENDS or words[-1].endswith("得"):
        return False  # (跑得遥遥⏎, 就在遥遥⏎: the clause goes on with 遥遥)
    said = "".join(words)
    if said[-1] not in FINAL_PARTICLES and said[-1] != "的" and not (len(said) >= 2 and said[-2] in CLAUSE_NUMERALS):
        return False  # (我看到远处的灯塔遥遥⏎闪烁: a noun may be 遥遥's subject, a pivot)
    predicates = [lexicon.starts_predicate(word) for word in words]
    return not predicates[-1] and any(predicates)


#: The numerals of a count that ends a clause before its counter (还一次买了两本).
CLAUSE_NUMERALS: Final = frozenset("一二两三四五六七八九十几半")


def _ends_line(text: str, end: int) -> bool:
    """Whether ``text[end - 1]`` ends its line (inline spaces aside) or the text."""
    return _next_visible(text, end - 1, 1)[1] in ("", "\n")


def _after_degree_predicate(text: str, start: int) -> bool:
    """Whether an adverb of degree stands two or three hanzi before ``start`` (很好遥遥, 很干净遥遥):
    a predicate of degree ends there."""
    return any(text[at : at + 1] in DEGREE_ADVERBS for at in (start - 3, start - 2) if at >= 0)


def _far_verb_follows(text: str, end: int) -> bool:
    """Whether one of FAR_VERBS starts what follows ``text[end - 1]`` (遥遥⏎相望, 遥遥⏎望着)."""
    right = _window(text, end - 1, 1)
    return bool(right) and (right[0] in FAR_VERBS or lexicon.best_segmentation(right)[0] in FAR_VERBS)


#: What starts a sentence and never follows 遥遥 "far away" (an adverb before its verb, or a
#: predicate before a mark): pronouns, interjections (one character) and conjunctions and
#: sentence adverbs (words): ``这本书遥遥这本书不是用来读的``, ``玫瑰花瓣遥遥呵呵``.
OPENER_CHARS: Final = frozenset("我你他她它这那咱呵哈嘿汗唉哎嗯晕")
_OPENER_WORDS_TEXT: Final = (
    "但是 但 不过 所以 因为 虽然 可是 而且 然后 或许 果然 后来 总之 其实 反正 只是 还好 幸好 "
    "希望 另外 总的来说 总体 最后 首先 其次"
)
OPENER_WORDS: Final = frozenset(_OPENER_WORDS_TEXT.split())


def _sentence_opener(text: str, end: int) -> str:
    """The word that starts a sentence right after ``text[end - 1]`` (across a line break),
    where a pronoun, an interjection or a conjunction of OPENER_CHARS and OPENER_WORDS starts
    what follows; else ''."""
    right = _window(text, end - 1, 1)
    if not right:
        return ""
    if right[0] in OPENER_CHARS:
        return right[0]
    first = lexicon.best_segmentation(right)[0]
    return first if first in OPENER_WORDS else ""


#: Marks that informal text types doubled (。。 ！！ ？？ ~~), in ASCII too (!! ?? ~~).
INFORMAL_DOUBLED: Final = IDEOGRAPHIC_FULL_STOP + QUESTION_EXCLAMATION + "!?~" + FULLWIDTH_TILDE


@functools.cache
def _informal_marks_re() -> re.Pattern[str]:
    """Two of the marks of INFORMAL_DOUBLED in a row, or of the look-alikes of ！ and ？
    (浴浴 钥钥: no word repeats them): a writer who doubles marks. Not 遥遥遥, which may be the
    word 遥遥 and a full stop (归期遥遥。)."""
    doubled = [re.escape(mark * 2) for mark in INFORMAL_DOUBLED]
    doubled += [hanzi * 2 for hanzi, symbol in _lookalikes()[0].items() if symbol in QUESTION_EXCLAMATION]
    return re.compile("|".join(doubled))


def _object_of_person_verb(text: str, start: int) -> bool:
    """Whether what starts at ``start`` follows a verb whose object is a person, with or without
    了 (见到了, 想念)."""
    lead = _person_lead(text[max(0, start - OBJECT_LEAD_REACH) : start])
    return lead.rstrip(PERFECTIVE) in PERSON_OBJECT_VERBS


def _stop_pair_alone(text: str, start: int, end: int) -> bool:
    """Whether the pair of 遥 at ``text[start:end]`` stands after a hanzi (not a look-alike:
    叶遥遥 is a name) and makes no word with what is before it, and the lexicon reads its
    window better as two full stops. (What follows it, :func:`_far_before` reads.)"""
    before = text[start - 1] if start else ""
    if not is_han(before) or before in _all_lookalikes() or before in DISTANCES:
        return False
    if before in NAME_PREFIXES or (before in _commonest_surnames() and not _edge_word(text, start - 1, -1)):
        return False  # 王遥遥今天来了, 小遥遥: a given name after a surname or a prefix
    if before == NAME_PREFIX_TOO and not (
        is_han(text[start - 2 : start - 1]) and text[start - 2] not in _all_lookalikes()
    ):
        return False  # 阿遥遥 at a sentence start: a name
    if _after_person(text, start):
        return False  # 同学遥遥这周去玩, 女儿遥遥: a name after a noun for a person
    if end < len(text) and text[end] in "\r\n" and _object_of_person_verb(text, start):
        # 见到了遥遥⏎她, 想念遥遥⏎她: a name, the object of a verb whose object is a person, which
        # a line break cuts from its clause; within a line the pair ends the sentence the verb
        # ends (我们都很感谢遥遥下次还来, 有事可以找遥遥)
        return False
    if before in SUBJECTS or before in COVERBS_AND_JOINERS:
        return False  # 他们遥遥⏎对望: the adverb after its subject
    if before == POSSESSIVE and (
        _next_visible(text, end - 1, 1)[1] not in ("", "\n") or text[start - 2 : start - 1] in SUBJECTS
    ):
        # 我的遥遥今天生日, 献给我的遥遥⏎: a name after 的 (at a line end and after no pronoun,
        # 是…的。。 ends a sentence: 都是三星的遥遥⏎)
        return False
    if _run_edge_in_word(text, start, end, -1):
        return False
    return -_window_delta(text, start, end, LOG_P_MARK[IDEOGRAPHIC_FULL_STOP]) >= LIKELY_FROM


def _far_before(text: str, start: int, end: int, next_line: bool = True) -> bool:
    """Whether the pair of 遥 at ``text[start:end]`` is 遥遥 "far away" by what follows it, even
    across a line break: a word it ends or starts (遥遥领先, 遥遥⏎领先, 遥⏎远), or an attribute's,
    an adverbial's or a distance's mark after it (那段遥遥的路, 遥遥千里). Without
    ``next_line``, a pair that ends its line is read on the next only for a word that holds
    it whole (遥遥⏎领先), FAR_VERBS (遥遥⏎相望) and a word of the second 遥 that the next
    line's best segmentation starts with (遥⏎远方 is 遥远 方, 遥⏎远山望去 遥远 山 望去), not
    for any word of it (遥⏎相当的不好 is 遥 相当 的 不好)."""
    if _run_edge_in_word(text, start, end, 1):
        return True
    right = _window(text, end - 1, 1)
    if right[:1] in FAR_AFTER and right:
        return True  # 那段遥遥的路, 遥遥千里
    # (nothing to test where no hanzi follows: 遥遥 alone is a word)
    sizes: tuple[int, ...] = (1, 2)
    if not next_line and _ends_line(text, end):
        if _far_verb_follows(text, end) or len(lexicon.best_segmentation(text[end - 1] + right)[0]) > 1:
            return True  # (遥遥⏎相望, 遥遥⏎远方)
        sizes = (2,)
    return any(
        lexicon.is_word(text[end - size : end] + right[:extra], min_freq=1)
        for size in sizes
        for extra in range(1, min(len(right), 3) + 1)
    )


#: The commas, real and garbled, after which informal text types 。。 (不错，。。⏎).
COMMAS: Final = frozenset(FULLWIDTH_COMMA + COMMA_LOOKALIKE)
#: The evidence of a 。。 typed after a comma: _neighbours lets it stand there (，。 is no pair
#: of marks elsewhere), as it lets a run of marks.
_COMMA_STOPS_NOTE: Final = "。。 typed after a comma at a sentence's end, and the same text doubles its marks elsewhere"


def _stop_pair_after_comma(text: str, start: int, end: int) -> bool:
    """Whether the pair of 遥 at ``text[start:end]`` follows a comma (:func:`_pair_after_comma`)
    and ends its line or stands before a conjunction that starts a sentence (不错袁遥遥⏎,
    一些问题袁遥遥不过携程…): 。。 typed after a comma, as informal text does, where the name
    遥遥 ends no line after a comma without a mark. Not before any other clause: after a comma
    the name starts one as often as 。。 does (老师说，遥遥成绩很好, 放学以后，遥遥自己走回家),
    and 遥遥 "far away" before a noun (仰望夜空，遥遥星河闪烁, 人生漫漫，遥遥长路)."""
    if not _pair_after_comma(text, start, end):
        return False
    if _ends_line(text, end):
        return True
    right = _window(text, end - 1, 1)
    return bool(right) and lexicon.best_segmentation(right)[0] in OPENER_WORDS


def _pair_after_comma(text: str, start: int, end: int) -> bool:
    """Whether the pair of 遥 at ``text[start:end]`` follows a comma (real, or 袁 after a hanzi)
    and is no 遥遥 "far away" by what follows it (，遥遥领先, ，遥遥⏎领先): where 。。 may be
    typed after a comma, as informal text does. Not the full name 袁遥遥 (同学袁遥遥, 和袁遥遥: a
    person's noun or a coverb before the 袁), nor after 袁袁 (，袁遥遥), nor after a pronoun
    (谢谢你，遥遥⏎: the name spoken to)."""
    comma = start - 1
    if comma < 1 or text[comma] not in COMMAS:
        return False
    if text[comma - 1] in SUBJECTS:
        return False  # 谢谢你，遥遥⏎: the name, spoken to
    if text[comma] == COMMA_LOOKALIKE and (
        not is_han(text[comma - 1])
        or text[comma - 1] in _all_lookalikes()
        or text[comma - 1] in COVERBS_AND_JOINERS
        or _after_person(text, comma)
    ):
        return False
    return not _far_before(text, start, end)  # (，遥遥领先, ，遥遥⏎领先)


def _name_yao_before_next(text: str, start: int, end: int) -> bool:
    """Whether the 尧尧 at ``text[start:end]`` stands between two names of a list (王尧尧李尧,
    王尧尧李明尧): the first ends the name 王尧 (尧 a common given name, a rare surname), the
    second is the 、 before the next name. The next must be a name too, a common surname and
    尧 (as the first) or one or two hanzi of given names before the list's next 尧: a common
    surname also starts common words (王尧尧张开双臂, 赵尧尧陈述, 王尧尧周末), and there the
    second 尧 is the name's, typed twice or a given name of two (王尧尧)."""
    surnames = _commonest_surnames()
    if text[start - 1 : start] not in surnames or text[end : end + 1] not in surnames:
        return False
    chars = _given_name_chars()
    lookalikes = _all_lookalikes()
    for size in (1, 2, 3):  # (the next name's size: 李尧, 李明尧, 李小明尧)
        given = text[end + 1 : end + size]
        if (
            text[end + size : end + size + 1] == ENUMERATION_LOOKALIKE
            and all(c in chars and c not in lookalikes for c in given)
            and (size == 1 or not lexicon.is_word(text[end : end + size], min_freq=1))
        ):
            return True
    return False


#: The sage kings after Yao as the classics name them in a list, by dynasty or title and name
#: (唐尧、虞舜、夏禹、商汤、周文、周武; 唐尧、帝舜): what the second 尧 of 唐尧尧 stands before where
#: it is the list's 、. A doubled given name (记者唐尧尧报道, 唐尧尧同学) stands before any word.
SAGE_KINGS_AFTER_YAO: Final = frozenset(("虞舜", "夏禹", "商汤", "成汤", "周文", "周武", "帝舜"))


def _rare_word_ends_in_yao(text: str, start: int, end: int) -> bool:
    """Whether the first 尧 of 尧尧 at ``text[start:end]`` ends a word of the lexicon however rare
    (唐尧: the sage king, too rare a word for the doubled look-alikes' common words) and the next
    sage king of SAGE_KINGS_AFTER_YAO follows, in classical prose, verse or a book of songs
    (唐尧尧虞舜): 、 follows the name, as in 唐尧、虞舜. Not in modern text, where 唐尧尧 is a
    person's name (记者唐尧尧报道)."""
    return (
        text[end : end + 2] in SAGE_KINGS_AFTER_YAO
        and lexicon.is_word(text[start - 1 : start + 1], min_freq=1)
        and _literary_or_book_of_verse(text)
    )


def _modal_typed_twice(text: str, start: int, end: int) -> bool:
    """Whether the 要要 at ``text[start:end]`` stands between a subject pronoun (the last word
    before it) and a verb (a hanzi that starts no noun set apart: APPOSITION_STARTS): see
    SUBJECT_PRONOUNS."""
    left, right = _window(text, start, -1), _window(text, end - 1, 1)
    return (
        bool(left and right)
        and right[0] not in APPOSITION_STARTS
        and not right.startswith(SPECIFIERS)
        and _ends_with_subject(lexicon.best_segmentation(left))
        and not _dash_closes_after(text, end)
    )


def _modal_after_place_phrase(text: str, start: int, end: int) -> bool:
    """Whether the 要要 at ``text[start:end]`` follows a place word that closes a phrase of 在 in
    its clause (also as a word's end: 会上 心里; 在 is asked for, so 他晚上——出去 has none) and
    comes before a verb: see PLACE_PHRASE_ENDS."""
    if text[start - 1 : start] not in PLACE_PHRASE_ENDS:
        return False
    right = _window(text, end - 1, 1)
    if (
        not right
        or right[0] in APPOSITION_STARTS
        or not lexicon.starts_predicate(lexicon.best_segmentation(right)[0])
        or _dash_closes_after(text, end)
    ):
        return False
    for at in range(start - 2, max(-1, start - 2 - APPOSITION_REACH), -1):
        char = text[at]
        if char in APPOSITION_ENDS:
            return False
        if char == PLACE_PREPOSITION and not _edge_word(text, at, -1) and not _edge_word(text, at, 1):
            # (not 现在 正在 存在, nor 在于; a headline's subtitle after a phrase that starts its line)
            return not (right[0] in SUBTITLE_VERBS and _clause_starts_at(text, at))
    return False


def _ends_with_subject(words: list[str]) -> bool:
    """Whether the ``words`` of a segmentation end with a subject pronoun, 大家 after no verb,
    or 各 and a noun (各地 as one word, 各 部门 as two): see EVERYONE and DISTRIBUTIVE."""
    last = words[-1]
    return (
        last in SUBJECT_PRONOUNS
        or (
            last == EVERYONE and (len(words) < 2 or words[-2] in PIVOT_VERBS or not lexicon.starts_predicate(words[-2]))
        )
        or (
            DISTRIBUTIVE_NOUN_MAX >= len(last) >= 2
            and last.startswith(DISTRIBUTIVE)
            and last != VOCATIVE_DISTRIBUTIVE
            and not lexicon.starts_predicate(last)
        )
        or (len(words) >= 2 and words[-2] == DISTRIBUTIVE and not lexicon.starts_predicate(last))
    )


def _dash_closes_after(text: str, end: int) -> bool:
    """Whether a second 要要 follows ``end`` in its clause (APPOSITION_REACH at most): the two
    are the paired dashes around a noun set apart (他要要中国科学院院士要要获奖了), whatever it
    starts with; the modal verb typed twice is not typed twice again in one clause."""
    rest = text[end : end + APPOSITION_REACH]
    for at, char in enumerate(rest):
        if char in APPOSITION_ENDS:
            return False
        if rest.startswith(DASH_LOOKALIKE * 2, at):
            return True
    return False


def _predicate_follows(text: str, end: int) -> bool:
    """Whether a verb or an adverb starts what follows ``text[end]`` on its line (遥遥可见:
    遥遥 modifies it)."""
    right = _window(text, end - 1, 1)
    return bool(right) and (
        right[0] in FAR_VERB_FIRSTS
        or right.startswith(FAR_HEADINGS)
        or lexicon.starts_predicate(lexicon.best_segmentation(right)[0])
    )


def _first_reading(text: str) -> tuple[list[_Candidate], set[int]]:
    """Pass 1: every punctuation look-alike, read by the lexicon with only real punctuation
    and non-hanzi as breaks; and the starts of those no second reading can change.

    Most look-alikes form no word with either neighbour: their evidence is known from two set
    lookups. Pass 2 can only turn neighbours into marks, and no word holds a mark, so their
    reading stays what it is (they are "settled").
    """
    punct, _, _ = _lookalikes()
    alone_delta = _alone_deltas()
    word_left, word_right = _word_neighbours()
    skipped = _SKIPPED
    n = len(text)
    candidates: list[_Candidate] = []
    append = candidates.append
    settled: set[int] = set()
    settle = settled.add if _marks_in_no_word() else None
    per_hanzi = _first_reading_tables()
    informal: dict[int, str] | None = None  # (the pairs of 遥 read as 。。: found when first needed)
    commas_doubled: bool | None = None  # (whether the text doubles its marks for 袁袁: likewise)
    comma_pairs: int | None = None  # (how many 袁袁 are the comma doubled: likewise)
    odd_runs = -1  # (how many odd runs of 要 the text writes, ———: likewise)
    size = n + 1  # (each run of _lookalike_runs: start * size + its length)
    for run in _lookalike_runs(text):
        start = run // size
        length = run % size
        end = start + length
        hanzi = text[start]
        if end - start == 1:
            # The common case, one look-alike alone: the loop below, unrolled.
            symbol, lefts, rights, alone, log_p_mark = per_hanzi[hanzi]
            if symbol == EM_DASH:
                continue
            before = text[start - 1] if start else ""
            if not before or before in skipped:
                before = _adjacent(text, start, -1)
            after = text[end] if end < n else ""
            if not after or after in skipped:
                after = _adjacent(text, start, 1)
            if before in lefts or after in rights:
                evidence = -_window_delta(text, start, end, log_p_mark)
            else:
                evidence = alone
                if settle is not None:
                    settle(start)
            append(_Candidate(start, end, hanzi, symbol, evidence, _LEXICON_NOTE, _LEXICON_KINDS))
            continue
        symbol = punct[hanzi]
        # —— is two 要: an odd run before 不要 holds the first 要 of 要不要 (——要不要孩子),
        # which stays the hanzi (a single 要 is no candidate). Not before other words
        # (——要求): a run of three dashes is written too (———是), and 要是 looks the same.
        if (
            end - start >= 3
            and symbol == EM_DASH
            and (end - start) % 2
            and text.startswith(NOT_DASH, end)
            and not _edge_word(text, start, -1)
        ):
            end -= 1
        if odd_runs < 0 and symbol == EM_DASH:
            odd_runs = len(ODD_DASH_RUN.findall(text))
        this_run_counted = length >= 3 and length % 2  # (ODD_DASH_RUN counted it)
        others = odd_runs - this_run_counted
        start, end = _run_without_word_edges(text, start, end, symbol, others)
        if end - start >= 2 and symbol in RUN_MARKS:
            cand = _Candidate(start, end, hanzi, symbol)
            cand.add(-_reading_delta(text, start, end, LOG_P_MARK[symbol]), "lexicon", EV_LEXICON)
            if symbol == EM_DASH and end - start == 2:
                modal = (
                    _MODAL_TWICE_NOTE
                    if _modal_typed_twice(text, start, end)
                    else _MODAL_AFTER_PLACE_NOTE
                    if _modal_after_place_phrase(text, start, end)
                    else _VERB_BEFORE_CLASSIFIER_NOTE
                    if text.startswith(BARE_CLASSIFIER, end) and not lexicon.is_word(text[end : end + 2], min_freq=1)
                    else ""
                )
                if modal:
                    cand.add_doubt(0.0, modal, EV_OTHER)
                    settled.add(start)
            append(cand)
            continue
        if symbol == EM_DASH:
            continue  # a single 要 is the verb: the dash is always written doubled
        positions: range | list[int] = range(start, end)
        doubled: frozenset[int] = frozenset()  # (a set: a run may be as long as the text, 冶冶冶…)
        run_start, run_end = (start, start)
        if end - start >= 2 and symbol in REPEATED_MARKS:
            run_start, run_end = _repeated_mark_run(text, start, end)
            if run_end == run_start and _comma_pair_alone(text, start, end):
                # (a whole text's witnesses: asked once, not per pair)
                if comma_pairs is None:
                    comma_pairs = _comma_pairs_alone(text)
                if _name_pair_after_time(text, start, end):
                    # (今天，，: only where two other pairs witness that the text doubles its commas)
                    doubled_here = comma_pairs >= COMMA_PAIR_WITNESSES
                else:
                    if commas_doubled is None:
                        if informal is None:
                            informal = _informal_stop_pairs(text)
                        commas_doubled = _pairs_seen_doubled(text, informal) or comma_pairs >= COMMA_PAIR_WITNESSES
                    doubled_here = commas_doubled
                if doubled_here:
                    run_start, run_end = start, end  # (，， typed by a writer who doubles marks)
        if end - start == 2 and hanzi == STOP_LOOKALIKE:
            if informal is None:
                informal = _informal_stop_pairs(text)
            why = informal.get(start)
            if why is not None:
                cand = _Candidate(start, end, hanzi, symbol)
                cand.add(INFORMAL_STOPS_DOUBT if why in _HABIT_DOUBTS else INFORMAL_STOPS_EVIDENCE, why, EV_OTHER)
                append(cand)
                settled.add(start)
                continue
        if run_end > run_start:
            cand = _Candidate(run_start, run_end, hanzi, symbol)
            cand.add(REPEATED_RUN_EVIDENCE, _REPEATED_RUN_NOTE, EV_OTHER)
            append(cand)
            settled.add(run_start)
            # What is left is an edge that starts or ends a word (遥遥遥感: the last 遥 is
            # 遥感's), or nothing: read like any look-alike below.
            positions = [*range(start, run_start), *range(run_end, end)]
        elif _name_pair_after_time(text, start, end):
            doubled = frozenset(range(start, end))  # (今天袁袁不是: the name 袁袁)
        elif end - start >= 2 and symbol not in QUESTION_EXCLAMATION and hanzi not in SURNAME_LOOKALIKES:
            # Else no mark but —— …… ！！ ？？ is written twice, so in 院院 at most one is a mark:
            # the one whose neighbour makes no word with it (医院院 = 医院：, 遥遥感 = 。遥感);
            # where neither or both make one (实行院院合一), both are hanzi. (袁袁 and 叶叶 are
            # ，袁 and 《叶, but where the text doubles its marks: ，， above.)
            left_word = _edge_word(text, start, -1)
            right_word = _edge_word(text, end - 1, 1)
            both = frozenset(range(start, end))
            doubled = both if left_word == right_word else frozenset((start if left_word else end - 1,))
            if hanzi == ENUMERATION_LOOKALIKE and end - start == 2 and text.startswith(SAGE_PARTNER, end):
                doubled = frozenset((start,))  # (尧尧舜 lists the sage kings, 尧、舜: not 、尧舜, whatever 尧舜 reads)
            elif hanzi == ENUMERATION_LOOKALIKE and end - start == 2 and _name_yao_before_next(text, start, end):
                doubled = frozenset((start,))  # (王尧尧李尧: the name 王尧, then 、 before the next name)
            elif hanzi == ENUMERATION_LOOKALIKE and end - start == 2 and _rare_word_ends_in_yao(text, start, end):
                doubled = frozenset((start,))  # (唐尧尧虞舜: 唐尧、虞舜, the sage kings by their names)
            elif hanzi == OPEN_QUOTE_LOOKALIKE and end - start == 2 and _after_speech_colon(text, start):
                # (诗云院野野有蔓草: a quotation opens after a verb of saying and its colon, so the
                # first is “ and the second the hanzi it quotes, “野有蔓草, whatever words they make)
                doubled = frozenset((end - 1,))
        lefts, rights, alone = word_left[hanzi], word_right[hanzi], alone_delta[hanzi]
        for i in positions:
            before = text[i - 1] if i else ""
            if not before or before in skipped:
                before = _adjacent(text, i, -1)
            after = text[i + 1] if i + 1 < n else ""
            if not after or after in skipped:
                after = _adjacent(text, i, 1)
            if before in lefts or after in rights:  # (what _reading_delta would check first)
                evidence = -_window_delta(text, i, i + 1, LOG_P_MARK[symbol])
            else:
                evidence = alone  # no word contains it (the common case)
                if settle is not None:
                    settle(i)
            if i in doubled:
                evidence = min(evidence - UNPAIRED_PENALTY, DOUBT_FROM)
                append(_Candidate(i, i + 1, hanzi, symbol, evidence, _DOUBLED_NOTES, _DOUBLED_KINDS))
                settled.add(i)  # (pass 2 would read the lexicon again and forget why)
                continue
            append(_Candidate(i, i + 1, hanzi, symbol, evidence, _LEXICON_NOTE, _LEXICON_KINDS))
    return candidates, settled


@functools.cache
def _first_reading_tables() -> dict[str, tuple[str, frozenset[str], frozenset[str], float, float]]:
    """Per punctuation look-alike: (its mark, the characters before it in a word, after it in
    a word, its evidence when no word holds it, log P(its mark)) in one lookup."""
    punct, _, _ = _lookalikes()
    word_left, word_right = _word_neighbours()
    alone = _alone_deltas()
    return {h: (s, word_left[h], word_right[h], alone[h], LOG_P_MARK[s]) for h, s in punct.items()}


def _punct_candidates(text: str) -> list[_Candidate]:
    candidates, settled = _first_reading(text)
    # Pass 2: the doubtful ones again, now that the sure ones are known to be punctuation.
    view = _view(text, [c for c in candidates if c.evidence >= MARKER_FROM])
    reach = _WINDOW_REACH
    for cand in candidates:
        if cand.evidence < MARKER_FROM and cand.start not in settled:
            lo, hi = max(0, cand.start - reach), cand.end + reach
            # A mark now known nearby: read the window again (unless what it reads is unchanged)
            if view[lo:hi] != text[lo:hi] and not _reads_alike(view, text, cand.start, cand.end):
                cand.evidence = -_reading_delta(view, cand.start, cand.end, LOG_P_MARK[cand.symbol])
    # Shared by the passes below (membership never changes, only evidence): every candidate
    # by its start, and the surname look-alikes (袁 叶, always one character) that several read.
    by_start = {c.start: c for c in candidates}
    surnames = [c for c in candidates if c.hanzi in SURNAME_LOOKALIKES]
    _field_ends_a_clause(text, candidates)  # (before the pairs: 绣野袁 opens no quotation)
    closers = _pairing(text, candidates)
    _context(text, candidates)
    _unopened_closers(text, candidates)
    _person_before(view, text, surnames)
    _title_phrase_names(view, text, surnames)
    _name_after_hanzi(text, surnames)
    _placing_names(text, surnames)
    _word_names(text, surnames)
    _credited_surnames(text, surnames, by_start)
    _rare_words(view, candidates)
    _colon_after_intro(view, text, by_start)
    _same_names(text, surnames, by_start)
    _unlisted_words(text, by_start)
    _lone_item_words(text, by_start)
    _far_pointing(text, by_start)
    _far_seeing_alone(text, by_start)
    _said_before_quotation(text, by_start)
    _verse_meter(text, candidates)  # (before _neighbours: 金钥，: the 钥 kept, its comma is one)
    _after_attribution_dash(text, by_start)
    _unpaired_in_literary(text, candidates)
    _stop_inside_title(text, candidates)
    _courtyard_in_verse(text, candidates)
    _far_in_a_clause(text, candidates)
    _in_a_piece_heading(text, by_start)
    _first_line_repeats_its_heading(text, by_start)
    _words_of_verse(text, by_start)
    _sage_king(text, by_start)
    _one_persons_names(text, candidates)  # (before _neighbours: 叫刘尧袁今年, the comma after the name)
    _neighbours(text, candidates, by_start, closers)
    _enumeration_after_no_item(text, by_start)
    _smileys(text, by_start)
    _inside_names(text, surnames, by_start)
    _bylines(text, by_start)
    _unclosed_given_names(text, candidates)
    _roster_names(text, candidates)
    _quoted_single(text, by_start)
    _orphans(view, text, candidates)
    _quoted_runs(text, candidates, _named_marks(text, by_start))
    _year_apostrophes(text, by_start)
    _full_name_after(text, surnames)
    _after_name_joiner(text, surnames)
    _job_titles_of_no_name(text, surnames)
    _list_of_full_names_after(text, surnames)
    _closed_titles(surnames)
    _particle_after(text, by_start)
    _after_joining_word(text, by_start)
    _one_character_clause(view, text, by_start)
    _one_character_sentence(view, text, by_start)
    _stop_after_a_coverb_phrase(view, text, by_start)
    _lookalike_given_names(text, by_start)
    if DASH_LOOKALIKE in text:
        # Where 要 stands (past the first character: a dash stands between two things), found
        # once for the seven readers of a single 要 as a dash, not by a scan of each.
        dash_starts = _places_of(text, DASH_LOOKALIKE, 1)
        dashes = [
            *_name_dashes(text, view, dash_starts),
            *_model_dashes(text, view, dash_starts),
            *_date_range_dashes(text, dash_starts),
        ]
        dashes += _repeated_name_dashes(text, view, dash_starts, dashes)
        dashes += [
            *_mixed_range_dashes(text, dash_starts),
            *_minus_dashes(text, dash_starts),
            *_code_number_dashes(text, dash_starts),
        ]
        if dashes:
            candidates = sorted(candidates + dashes, key=lambda c: c.start)
    return candidates


#: 一曰水，二曰火 (the first is called water, the second fire): a numeral before 曰 names an
#: item of a list, after a comma or a colon as well (no clause is a numeral alone: ，二；).
COUNTED_NAMES: Final = frozenset(HAN_NUMERALS[HAN_NUMERALS.index("一") : HAN_NUMERALS.index("十") + 1])
#: The eldest and the next (有二女，长曰大乔，次曰小乔; 生二子：长曰司马炎…；次曰司马攸) name
#: the items of a list of children as the numerals do: no clause is 长 or 次 alone (，次；);
#: but one ends with a word they end (院长；: 院 the hanzi there, not the colon's look-alike).
COUNTED_NAMES_IN_ORDER: Final = COUNTED_NAMES | frozenset("长次")
#: (and their look-alikes 袁 院, which the view may not have read yet); the semicolon and its
#: look-alike 曰 too, between the items (必死；二曰灭泉…；三曰黑泉: no clause is ，二； nor ；二；)
COUNTED_AFTER: Final = frozenset(FULLWIDTH_COMMA + FULLWIDTH_COLON + FULLWIDTH_SEMICOLON + "袁院曰")


def _master_said(text: str, said: int) -> bool:
    """Whether 曰 at ``said`` follows a master of MASTERS (孔子曰 老子曰 太史公曰 at the end of a
    line, the quotation on the next line): a list item that ends a line with ； after a master's
    name is far rarer than a master who speaks."""
    return text.endswith(MASTERS, max(0, said - MASTER_LEN), said)


def _one_character_clause(view: str, text: str, by_start: dict[int, _Candidate]) -> None:
    """No sentence starts with a clause of one character that ends with ； (``一曰野…冶``,
    ``二曰``: 曰 is "is called"; but ``，免；`` within a sentence): a semicolon look-alike right
    after one hanzi at the start of a line or a sentence is a doubt; after a comma too, where
    that hanzi says who speaks or that one answers (``，答曰``, ``，其曰``: 曰 is "said"), or
    anywhere in classical prose, after an opening quotation or a colon too (``，王曰還歸``); and
    after a comma or a colon where it is a numeral (``：一曰水，二曰火``); and after 其 and one
    hanzi that start a clause (``其辞曰``, ``，其一曰``: its words say).
    (``view``: the text with the sure marks read; ``by_start``: every candidate by its start.)"""
    semicolon = next(h for h, symbol in _lookalikes()[0].items() if symbol == FULLWIDTH_SEMICOLON)
    classical: bool | None = None  # (asked once, at the first 曰 after a clause's first hanzi)
    for at in _places_of(text, semicolon, 1):
        cand = by_start.get(at)
        if (
            cand is not None
            and cand.evidence >= DOUBT_FROM
            and is_han(view[at - 1])
            and (
                _sentence_start(view, at - 1)
                or (view[at - 2] == FULLWIDTH_COMMA and view[at - 1] in SAYS_BEFORE_SAID)
                or (
                    view[at - 2] in CLAUSE_OPENS
                    and (classical := _classical_prose(text) if classical is None else classical)
                )
                or (
                    view[at - 1] in COUNTED_NAMES_IN_ORDER
                    and (view[at - 2] in COUNTED_AFTER or text[at - 2] in COUNTED_AFTER)
                    and not lexicon.is_word(text[at - 2 : at], min_freq=1)  # (院长曰叶小军: 院长；)
                )
                or _its_one_said(view, at)
            )
        ):
            cand.add_doubt(-NEIGHBOUR_PENALTY, "after a clause of one character, which no semicolon ends", EV_NO_MARK)
        elif cand is not None and cand.evidence >= DOUBT_FROM and _one_character_after(view, text, at):
            cand.add_doubt(
                -NEIGHBOUR_PENALTY, "before a clause of one character, which no semicolon starts", EV_NO_MARK
            )
        elif cand is not None and cand.evidence >= DOUBT_FROM and _said_after_open_word(text, at):
            cand.add_doubt(-NEIGHBOUR_PENALTY, "after a word that ends no clause (虽曰, 称之曰)", EV_NO_MARK)


#: What a clause starts after (a comma, a colon, an opening quotation): in classical prose a
#: hanzi alone there before 曰 is who speaks or what is named (，王曰還歸, ，静曰复命, “非曰能之,
#: 大曰逝，逝曰远), as 子曰 is; a clause of that one hanzi ended by a semicolon is not written
#: there (a modern roster's is: 王芳，女；, so only in classical prose).
CLAUSE_OPENS: Final = frozenset(FULLWIDTH_COMMA + FULLWIDTH_COLON + LEFT_DOUBLE_QUOTE)
#: Classical adverbs and conjunctions that lead into what follows them, before 曰 "said, is
#: called" (虽曰不要君, 豈曰無衣, 称之亦曰君夫人, 乃曰, 且曰): no clause ends with one, so no
#: semicolon follows it (unless it ends a word: 而且 — read apart). Not 则 遂 尚 便, which end
#: words that end clauses (原则；未遂；时尚；方便；), nor 借 无 之, which end clauses themselves.
OPEN_BEFORE_SAID: Final = frozenset("虽雖岂豈亦乃又且皆犹猶")
#: The negations of the verb and 故 "therefore", which lead into 曰 where they start a clause
#: (。不曰坚乎, ，故曰“食为民所天”: what is said follows); at a clause's end 不 asks (留意不；) and 故
#: is the reason (问其故；), so only after a mark, real or its look-alike, or at a line's start.
STARTING_BEFORE_SAID: Final = frozenset("不弗故")
#: ... of which 不 is also a modern answer of its own, "no" (答：不；理由：…), so it leads into 曰
#: only in classical prose or verse (document._literary); 弗 and 故 make no clause alone in modern
#: text either.
ANSWERS_ALONE: Final = "不"
#: A verb of speech or naming and its object 之 before 曰 (称之曰夫人, 告之曰, 名之曰), and the
#: one who names himself (自称曰小童): what is said or the name follows, no semicolon (称之；).
SAID_AFTER_WORDS: Final = (
    "称之",
    "谓之",
    "謂之",
    "告之",
    "问之",
    "問之",
    "命之",
    "名之",
    "呼之",
    "号之",
    "號之",
    "自称",
    "自稱",
    "自号",
    "自號",
)
#: The longest of SAID_AFTER_WORDS (how far back they are read).
SAID_AFTER_LEN: Final = max(map(len, SAID_AFTER_WORDS))
#: How many hanzi the object of a verb of NAMING_VERBS may hold before 曰 (诸异邦: three).
NAMED_MAX: Final = 3
#: What starts the object a verb of naming names: 其 "his, its" and 诸 "the, those of" before a
#: noun (谓其台曰灵台, 称诸异邦曰寡小君). Not 之 or a verb's own object (呼之不应；, 称疾不朝；),
#: after which a clause may end.
NAMED_OBJECT_STARTS: Final = frozenset("其诸")
#: How many hanzi the name given after 曰 holds at most (寡小君: three); a clause ends after it.
NAME_GIVEN_MAX: Final = 3
#: What ends the name given after 曰 (灵台，, 寡小君；, 义井。): a comma, semicolon or full stop,
#: real or its look-alike.
NAME_GIVEN_ENDS: Final = frozenset(
    FULLWIDTH_COMMA + FULLWIDTH_SEMICOLON + IDEOGRAPHIC_FULL_STOP + COMMA_LOOKALIKE + SAID + STOP_LOOKALIKE
)


def _said_after_open_word(text: str, at: int) -> bool:
    """Whether the ； look-alike at ``at`` follows what ends no clause: a word of
    OPEN_BEFORE_SAID that makes no word with the hanzi before it (虽曰, 豈曰, 称之亦曰), one of
    STARTING_BEFORE_SAID that starts its clause (。不曰 in literary text, ，故曰), a verb of speech with its
    object (称之曰, 自称曰: SAID_AFTER_WORDS), or a classical verb of naming with what it names
    (谓其台曰灵台: _named_before)."""
    if text.endswith(SAID_AFTER_WORDS, max(0, at - SAID_AFTER_LEN), at) or _named_before(text, at):
        return True
    if text[at - 1 : at] in STARTING_BEFORE_SAID:
        starts = _clause_starts_at(text, at - 1)
        return starts and (text[at - 1] != ANSWERS_ALONE or _literary(text))
    return text[at - 1 : at] in OPEN_BEFORE_SAID and not lexicon.is_word(text[at - 2 : at], min_freq=1)


def _named_before(text: str, at: int) -> bool:
    """Whether a verb of NAMING_VERBS starts the clause before the ； look-alike at ``at``, with
    its object, 其 or 诸 and a noun, of at most NAMED_MAX hanzi between them, and a name of at most
    NAME_GIVEN_MAX hanzi after it that a clause end closes (，称诸异邦曰寡小君；: "call the other
    states' people ... (her) 寡小君"), in classical prose or verse (document._literary). Not where
    the verb ends or starts a word (号称, 称职；, 名字；), nor past a look-alike of a mark; not
    after the verb's own object (称疾不朝；, 呼之不应；, 名满天下；) nor before a clause longer
    than a name (称其善；有不善者)."""
    for verb in range(at - 2, max(0, at - 1 - NAMED_MAX) - 1, -1):
        if text[verb] in NAMING_VERBS and _clause_starts_at(text, verb):
            named = text[verb + 1 : at]
            return (
                named[0] in NAMED_OBJECT_STARTS
                and all(is_han(c) and c not in _all_lookalikes() for c in named)
                and not lexicon.is_word(text[verb : verb + 2], min_freq=1)
                and _name_given_after(text, at)
                and _literary(text)
            )
    return False


def _name_given_after(text: str, at: int) -> bool:
    """Whether one to NAME_GIVEN_MAX hanzi that are no look-alike follow 曰 at ``at`` and a
    clause end (NAME_GIVEN_ENDS) closes them (曰灵台袁, 曰寡小君曰)."""
    first = text[at + 1 : at + 2]
    if not is_han(first) or first in _all_lookalikes():
        return False
    for end in range(at + 2, min(len(text), at + 2 + NAME_GIVEN_MAX)):
        if text[end] in NAME_GIVEN_ENDS:
            return True
        if not is_han(text[end]) or text[end] in _all_lookalikes():
            return False
    return False


#: The marks, real or garbled, that end the clause of one character after a ； look-alike
#: (知常曰明，; and one exclaimed: 文王曰咨！咨女殷商; not ？, which informal text asks so: ；在？).
_CLAUSE_END_AFTER_ONE: Final = frozenset(
    FULLWIDTH_COMMA
    + IDEOGRAPHIC_FULL_STOP
    + FULLWIDTH_EXCLAMATION
    + COMMA_LOOKALIKE
    + STOP_LOOKALIKE
    + EXCLAMATION_LOOKALIKE
)


def _one_character_after(view: str, text: str, at: int) -> bool:
    """Whether one hanzi, no numeral, and then a comma or a full stop follow the ； look-alike at
    ``at`` (``知常曰明袁``, ``守柔曰强遥``: 曰 "is called" in classical text): no semicolon starts
    a clause of one character but an item's numeral (；二，) or a word defined in a parallel
    (稳，就是…；进，就是…)."""
    one = view[at + 1 : at + 2]
    return (
        is_han(one)
        and one not in COUNTED_NAMES
        and one not in _all_lookalikes()
        and (view[at + 2 : at + 3] in _CLAUSE_END_AFTER_ONE or text[at + 2 : at + 3] in _CLAUSE_END_AFTER_ONE)
        and not text.startswith(DEFINED_AS, at + 3)
    )


#: What follows a word defined in a parallel (稳，就是…；进，就是…): a clause of one character.
DEFINED_AS: Final = "就是"


#: 其辞曰 其一曰 其文曰 (its words say, the first says): 其 and one hanzi that start a clause
#: before 曰 are who speaks; no clause is 其 and one hanzi that a semicolon ends (其一；).
ITS: Final = "其"


def _its_one_said(view: str, at: int) -> bool:
    """Whether the ； look-alike at ``at`` follows 其 and one hanzi at the start of a sentence
    or a clause (after a comma or a colon): ``其辞曰``, ``，其一曰``."""
    return (
        at >= 2
        and view[at - 2] == ITS
        and is_han(view[at - 1])
        and (_sentence_start(view, at - 2) or view[at - 3 : at - 2] in (FULLWIDTH_COMMA, FULLWIDTH_COLON))
    )


def _sentence_start(view: str, index: int) -> bool:
    """Whether a sentence starts at ``view[index]``: the text start, a line start or after a mark
    of SENTENCE_ENDS (``view``: the text with the sure marks read)."""
    while index and view[index - 1] in _INLINE_SPACES:
        index -= 1  # (a line indented, a sentence spaced off: ``⏎    女曰鷄鳴``)
    return index == 0 or view[index - 1] == "\n" or view[index - 1] in SENTENCE_ENDS


#: 我们遥祝大家…: wishing from afar, after the one who wishes (遥祝 is rare in jieba's counts,
#: 7, so the lexicon alone reads 我们。祝…; a sentence that ends with a pronoun is rarer still).
WISHERS: Final = ("我们", "我", "咱们", "他们", "她们", "大家", "人们", "全家", "你们")
WISHED: Final = "祝"


def _one_character_sentence(view: str, text: str, by_start: dict[int, _Candidate]) -> None:
    """No sentence is one surname alone (``李遥是我最喜欢的作家``, ``路遥知马力``: 李遥 and 路遥
    are names, not ``李。`` ``路。``): a full stop look-alike right after one common surname at
    the start of a line or a sentence is a doubt; so is 遥 before 祝 after the one who wishes
    (``我们遥祝大家``: wishing from afar). (``view``: the text with the sure marks read.)"""
    surnames = _commonest_surnames()
    for here in _places_of(text, STOP_LOOKALIKE, 1):
        if text[here - 1] not in surnames and text[here + 1 : here + 2] != WISHED:
            continue  # the common case: neither construct (two character tests)
        cand = by_start.get(here)
        if cand is not None and cand.end - here == 1 and cand.evidence >= DOUBT_FROM:
            before = view[here - 1]
            if before in surnames and _sentence_start(view, here - 1):
                cand.add_doubt(-NEIGHBOUR_PENALTY, f"after {before} alone, a surname: no sentence is one", EV_NO_MARK)
            elif text[here + 1 : here + 2] == WISHED and text.endswith(WISHERS, 0, here):
                cand.add_doubt(0.0, f"{cand.hanzi}{WISHED} (to wish from afar) after the one who wishes", EV_OTHER)


#: The preposition 'from' (我们从纽约曼哈顿岛遥祝大家): it opens a phrase that a verb must
#: follow, so no sentence ends after 从 and a place's name.
FROM: Final = "从"
#: The prepositions of direction, 从 and 自 'from', 向 'towards' (他们向远方遥拜, 游子向故乡遥寄相思,
#: 他们自台湾遥祭黄帝): a coverb whose phrase leads the verb after it, so a clause that holds one and
#: its place or person before the stop's look-alike does not end there (there is no 他们向远方。).
#: Not where it starts its clause: a short answer names a place alone (“从北京。想去南方看看。”).
#: Where a verb stands right before one it is that verb's complement (走向世界。 飞向远方。 来自北京。
#: 望向窗外。 end sentences), and where it starts a word it is no preposition (向前 从小 自己).
DIRECTION_COVERBS: Final = frozenset(FROM + "自向")
#: Not 在 'at', 朝 'towards' nor 向着 'facing towards' as these, which lead a verb too (很多人在网上遥祭先人,
#: 将士们朝着故乡遥拜) but are also the verbs 'be at', 'face', 'side with' (他在家。 客厅朝湖面。
#: 我们的心永远向着祖国。): after them and a place a sentence may start with any verb 遥 leads, its
#: subject left out or its object the topic (老人在墓前。拜祖先, 快递点在楼下。寄东西很方便,
#: 房间朝天井。想开窗…, 家在万里之外。寄包裹要好几天). They are read only after the one who acts
#: from afar (AGENT_COVERBS).
ASPECT_ZHE: Final = "着"
#: A direction alone after 向 makes it the verb 'head for', a predicate of its own (一路向西。): no
#: place a verb must follow.
LONE_DIRECTIONS: Final = frozenset("东西南北左右前后上下")
#: How many hanzi a place's name after 从 holds at most (纽约曼哈顿岛: 6), and any place or
#: person after a coverb (家乡的方向, 海峡对岸, 远方的亲人).
FROM_PLACE_REACH: Final = 8
#: The verbs that 遥 'from afar' leads in modern prose (jieba's 遥祝 遥致 遥祭 遥寄 遥望 遥见 遥指 遥想
#: 遥念 遥知 遥闻 遥听 遥控 遥测, and 遥拜 it lacks): greeting and wishing, mourning, sending, seeing
#: and pointing, thinking, hearing, acting from afar. Each is rare in jieba's counts (遥祭 3, 遥祝 7),
#: so the lexicon alone reads 。祭 。祝 after a place. (verse.FAR_BEFORE is verse's own list: its
#: 遥 'far' also comes before nouns, 遥天 遥山, which modern prose writes 遥远的.)
AFAR_VERBS: Final = frozenset("祝致拜祭寄望见指想念知闻听控测")


def _stop_after_a_coverb_phrase(view: str, text: str, by_start: dict[int, _Candidate]) -> None:
    """``他们向远方遥拜``: a full stop's look-alike right after a coverb phrase (a preposition and
    its place or person) ends no sentence: the phrase is the start of a clause, not a clause
    (遥祝, 遥祭, 遥寄 'from afar' are rare in jieba's counts, so the lexicon alone reads 。祝
    。祭 。寄). At most a doubt. See :func:`_coverb_phrase_before` for the phrases read.
    (``view``: the text with the sure marks read.)"""
    for here in _places_of(text, STOP_LOOKALIKE, 2):
        cand = by_start.get(here)
        if cand is None or cand.end - here != 1 or cand.evidence < DOUBT_FROM:
            continue
        phrase = _coverb_phrase_before(view, text, here)
        if phrase:
            cand.add_doubt(0.0, f"after {phrase}: a phrase a verb must follow, no sentence", EV_NO_MARK)


def _coverb_phrase_before(view: str, text: str, here: int) -> str:
    """The coverb phrase that ends right before the full stop's look-alike at ``text[here]``
    and leads the verb after it, or "" (the common case):

    * 从 after a subject (a pronoun) and the names of places alone (words jieba tags as proper
      names: 我们从纽约曼哈顿岛遥祝大家), whatever follows; not where 从 is the verb 'follow'
      (不如去从曹操。: a person's name, which starts with a common surname, or no subject
      before 从), nor after a word that ends with 从 (服从, 听从);
    * before a verb of AFAR_VERBS, a preposition of DIRECTION_COVERBS (not 向着) and a place or
      person (a phrase of no verb: 货物从中国进口。 is a sentence), where the clause does not start
      with the preposition (“从北京。想去…” answers where from) and no verb stands before it
      (望向窗外。); in modern prose only: classical prose and verse read 自 as 'self' too
      (自詒伊戚。念彼共人);
    * before a verb of AGENT_VERBS, a coverb of AGENT_COVERBS that is also a verb (在 朝 面向)
      after the one who acts from afar (:func:`_agent_phrase`: 很多人在网上遥祭先人).

    A look-alike that ends a word with the hanzi before it (平遥 路遥 之遥) is no one's."""
    verb = text[here + 1 : here + 2]
    if verb not in AFAR_VERBS and FROM not in view[max(0, here - 1 - FROM_PLACE_REACH) : here - 1]:
        return ""  # (the common case: neither a verb 遥 leads nor 从 before it)
    if lexicon.is_word(text[here - 1 : here + 1], min_freq=1):
        return ""
    for at in range(here - 1, max(0, here - 1 - FROM_PLACE_REACH) - 1, -1):
        coverb = view[at]
        if not is_han(coverb):
            return ""
        if verb in AGENT_VERBS and view.startswith(AGENT_COVERBS, at) and _agent_phrase(view, text, at, here):
            return view[at:here]
        if coverb not in DIRECTION_COVERBS:
            continue
        if _inside_a_longer_word(view, at) and _kept_in_a_word(view, at, here):
            continue  # (走向 来自 服从 力不从心: a word that holds it, so no preposition there)
        place = view[at + 1 : here]
        if coverb == FROM and _from_places(view, at, place):
            return view[at:here]
        if place.startswith(ASPECT_ZHE):
            return ""  # (向着: also the verb 'side with, face')
        if not place or (_word_starts_at(view, at) and _kept_in_a_word(view, at, here)):
            continue  # (向前 从小 自己 向日葵: a word, so no preposition there; read further back)
        if (
            verb not in AFAR_VERBS
            or _clause_starts_at(view, at)
            or _literary_or_book_of_verse(text)
            or not _place_or_person(view, at, place)
        ):
            return ""
        return view[at:here]
    return ""


def _from_places(view: str, at: int, place: str) -> bool:
    """Whether 从 at ``view[at]`` follows a subject (a pronoun) and ``place`` is the names of
    places alone (proper names that start with no common surname: 纽约曼哈顿岛, not 曹操)."""
    if not at or view[at - 1] not in SUBJECTS or not _all_han(place):
        return False
    surnames = _commonest_surnames()
    return all(lexicon.is_proper_name(word) and word[0] not in surnames for word in lexicon.best_segmentation(place))


def _inside_a_longer_word(view: str, at: int) -> bool:
    """Whether the hanzi at ``view[at]`` ends a word of two (走向 服从) or stands inside or at the
    end of one of three or four that starts before it (力不从心)."""
    return any(
        lexicon.is_word(view[first : first + size], min_freq=1)
        for size in (2, 3, 4)
        for first in range(max(0, at - size + 1), at)
        if first + size <= len(view)
    )


def _kept_in_a_word(view: str, at: int, here: int) -> bool:
    """Whether the coverb at ``view[at]``, which makes a word with a neighbour (师从 向来 源自),
    is no preposition: not where the best segmentation of its clause up to the 遥 at ``here``
    reads it alone right after a person (:func:`_a_person`), the subject whose phrase it leads
    (叶老师从北京: 老师 从; 我们向来自台湾的同胞: 我们 向 来自). 他师从名家 keeps 师从, 来源自 follows
    no person. Segmented only before a verb of AFAR_VERBS, the one a coverb's phrase is read for
    (the lookups are enough for 从 of 从而 从小 before any 遥)."""
    if view[here + 1 : here + 2] not in AFAR_VERBS:
        return True
    start = max(0, at - 2 * lexicon.MAX_WORD_LEN)
    words = lexicon.best_segmentation(view[start:here])
    end = start
    for index, word in enumerate(words):
        end += len(word)
        if end > at:
            return len(word) > 1 or not _a_person(words[:index])
    return True


#: Verbs a 向 or 从 phrase leads that jieba tags as nouns or names (问候 n, 祝贺 nr, 汇报 nz, 报告 n,
#: 贷款 n, 借款 n, 道谢 nr): 我们向各位来宾问候。 他们向银行贷款。 end sentences as 向大家表示感谢。 does.
COVERB_LED_VERBS: Final = frozenset(("问候", "祝贺", "汇报", "报告", "贷款", "借款", "道谢"))


def _holds_a_verb(place: str) -> bool:
    """Whether two hanzi of ``place`` side by side make a verb (jieba's VERB_TAGS, or
    COVERB_LED_VERBS), however the lexicon segments it: its entries for whole phrases (表示感谢
    提出申请 汇报工作, tagged as idioms or nouns) hide the verb that the coverb's phrase led, and
    the clause ends after it (我代表公司向大家表示感谢。祝大家…)."""
    return any(place[i : i + 2] in COVERB_LED_VERBS or lexicon.is_verb(place[i : i + 2]) for i in range(len(place) - 1))


def _place_or_person(view: str, at: int, place: str) -> bool:
    """Whether ``place`` after the coverb at ``view[at]`` is its place or person (远方 家乡的方向
    海峡对岸 祖国 烈士): hanzi of no verb (:func:`_holds_a_verb`) nor adverb (a verb there ends
    the clause: 从中国进口。 向银行贷款。), no direction alone (LONE_DIRECTIONS), after no verb
    (a verb's complement: 走向世界。 望向窗外。 end sentences). Of a phrase that a relative clause
    leads (来自台湾的同胞: a verb first, then 的) the head is read, the noun after 的: the clause's
    verb is no verb of the coverb's."""
    place = _head_of_a_relative(place)
    if not _all_han(place) or place in LONE_DIRECTIONS or _holds_a_verb(place):
        return False
    if any(lexicon.starts_predicate(word) for word in lexicon.best_segmentation(place)):
        return False
    before = lexicon.best_segmentation(view[max(0, at - lexicon.MAX_WORD_LEN) : at])
    return not (before and lexicon.is_verb(before[-1]))


def _head_of_a_relative(phrase: str) -> str:
    """The noun after the last 的 of ``phrase`` where a relative clause leads it (a verb first:
    来自台湾的同胞 → 同胞), else ``phrase`` (银行贷款的原因: the coverb's own verb, 贷款, is in it)."""
    head = phrase.rpartition(POSSESSIVE)[2]
    if not head or head == phrase or not lexicon.is_verb(lexicon.best_segmentation(phrase)[0]):
        return phrase
    return head


#: The coverbs that are also verbs, 'be at' and 'face' (在 朝, and 朝着 向着 面向 面朝 'facing'): a
#: clause may end after one and its place (他们都在北京。 客厅朝湖面。), but where a person stands
#: before it and a verb of AGENT_VERBS after 遥, the person is the one who acts from afar (很多人在网上
#: 遥祭先人, 游子在异乡遥寄相思, 他朝着故乡遥拜, 他们面向家乡遥拜). The words of two first: 朝着
#: starts with 朝.
AGENT_COVERBS: Final = ("朝着", "向着", "面向", "面朝", "在", "朝")
#: 'at': the coverb that places its subject at a shrine (SHRINES) or at a place (:func:`_a_far_place`).
AT: Final = "在"
#: The verbs 遥 leads of an act aimed at someone far away, done by a person: mourning, sending,
#: bowing, greeting, wishing, missing (遥祭 遥寄 遥拜 遥致 遥祝 遥念). Not 想 见 听 知 指 望 (想 'want'
#: and 见 'see' start sentences with their subject left out: 他们都在海外。想回来也难; 遥望 遥控 are
#: the lexicon's words).
AGENT_VERBS: Final = frozenset("祭寄拜致祝念")
#: Adverbs between a subject and its coverb (海外游子都在网上遥祭先人, 人们纷纷在网上遥祭).
AGENT_ADVERBS: Final = frozenset(("都", "也", "还", "正", "纷纷", "一起", "特地", "特意", "一同"))
#: Nouns for persons that mappings/person_nouns.tsv lacks (its agent suffixes have no 子 胞 亲 侨
#: 老 众 客 属 代), and 人 alone after a quantity (很多人 不少人).
_AGENT_NOUNS_TEXT: Final = (
    "人 人们 有人 游子 学子 游客 师生 同胞 侨胞 台胞 华侨 乡亲 父老 群众 父亲 母亲 家属 亲属 子孙 后代"
)
AGENT_NOUNS: Final = frozenset(_AGENT_NOUNS_TEXT.split())
#: Words that mappings/person_nouns.tsv holds for its agent suffixes (家 手 士 员) but that name
#: no person: a family's home (她娘家在外地。寄年货…: a place, the subject of 在 'be at'), a hand,
#: a taxi, a mobilisation.
NO_AGENTS: Final = frozenset(("娘家", "婆家", "夫家", "右手", "左手", "双手", "的士", "动员"))
#: Where one is near, not far (身边 这里 这儿 跟前 眼前 现场): no act from afar is done from there
#: (亲人们都在身边。祝老人家…, 我们都在现场。祝…: a sentence that says where, then a wish).
NEAR_PLACES: Final = frozenset(("身边", "这里", "这儿", "跟前", "眼前", "现场", "旁边", "一起", "一块", "一块儿"))
#: The complements of direction after a verb of sending (寄来 寄回来 寄给), which narrate the
#: sending as a stop's new sentence does (他在美国。寄回来一张照片, 他在外地。寄照片回家).
DIRECTIONAL_COMPLEMENTS: Final = ("来", "去", "回", "回来", "回去", "过来", "过去", "出", "出去", "到", "给", "回家")
#: The words after 遥's verb that make the stop the likelier reading, for the one who acts
#: from afar is as likely the topic of a sentence that ends there: a pronoun as the object (她在医院。
#: 祝她早日康复, 他们都在北京。祝你们一切顺利: a wish said to the reader), an aspect particle (老人在
#: 墓前。拜了三拜 narrates as 他们在台湾遥拜了三拜 does), a complement of direction.
AGENT_OBJECTS_NOT: Final = frozenset(
    (*SUBJECT_PRONOUNS, "您", "大家", "各位", PERFECTIVE, ASPECT_ZHE, "过", *DIRECTIONAL_COMPLEMENTS)
)
#: The rites 遥 leads (遥祭 遥拜) are done away from the shrine, but a rite is also done where one
#: is: after 在 and a place at a shrine or a hall of worship (a temple, a grave, an ancestral hall,
#: a tablet, a hall, a palace, a nunnery: 老人在墓前。拜祖先, 奶奶在佛堂里。拜观音) the rite is done
#: there, and 遥 is a stop (朝着黄帝陵的方向遥拜 faces one from afar).
RITES: Final = frozenset("祭拜")
SHRINES: Final = frozenset("庙寺祠墓坟陵灵碑殿堂宫观庵")
#: The objects of a rite done on the spot, not from afar: the gods of a place and of worship
#: (山神 河神 财神 菩萨 观音 佛祖: 村民们都在山上。祭山神), the sunrise one watches (拜日出), and a
#: wedding's bows before those present (拜天地 拜高堂: 新人面朝香案。拜高堂).
RITES_ON_THE_SPOT: Final = ("神", "菩萨", "观音", "佛", "佛祖", "天地", "高堂", "日出", "月亮")
#: What one sends or conveys from afar (遥寄 遥致): a feeling, a greeting, a token of it (遥寄相思
#: 遥寄哀思 遥致问候 遥寄一束鲜花). 寄 and 致 of anything else are an errand or a speech done where
#: one is (我们在邮局。寄包裹。 卖家在广州。寄货给我们。 王校长在主席台上。致开幕词。 我们在上海。
#: 致全国人民的一封信。), after a sentence that says where.
_TOKENS_OF_FEELING_TEXT: Final = (
    "相思 思念 哀思 情思 祝福 问候 心意 深情 牵挂 怀念 敬意 谢意 慰问 哀悼 悼念 祝贺 乡愁 情怀 思乡 鲜花 心声 情意 "
    "敬礼 贺意 思乡之情"
)
TOKENS_OF_FEELING: Final = frozenset(_TOKENS_OF_FEELING_TEXT.split())
SENT: Final = frozenset("寄致")
#: 念 'miss' (遥念亲人 遥念故土) is also 'study' and 'read aloud', which start sentences after one
#: that says where someone is (我在北京。念大学。 他在国外。念研究生。 他在台上。念稿子): after 遥
#: it is read only before what one misses, one's home and one's kin and friends.
MISSED: Final = "念"
_MISSED_ONES_TEXT: Final = (
    "故乡 家乡 故土 故园 故国 祖国 母校 老家 家园 亲人 家人 父母 双亲 亲友 朋友 故人 老友 战友 "
    "儿子 女儿 儿女 子女 妻子 丈夫 爱人 老伴 母亲 父亲 孩子"
)
MISSED_ONES: Final = frozenset(_MISSED_ONES_TEXT.split())
#: Some words that open a predicate after a verb and its object (寄东西很方便, 拜天地开始了,
#: 寄钱回家是常事) that jieba tags neither as an adverb nor as a verb; any adverb, verb or adjective
#: after the object opens one too (寄东西不方便 寄快递太贵了 拜菩萨能保平安): the verb and its
#: object are then a sentence's subject, after a stop.
PREDICATE_OPENERS: Final = frozenset(("是", "很", "就", "才", "都", "也", "要", "可以", "开始", "得"))
#: How many hanzi after 遥's verb are read for its object (家乡父老新春快乐).
AGENT_OBJECT_REACH: Final = 10


def _agent_phrase(view: str, text: str, at: int, here: int) -> bool:
    """Whether the coverb of AGENT_COVERBS at ``view[at]`` and its place before the 遥 at
    ``here`` follow the one who acts from afar (很多人在网上遥祭先人): a person (:func:`_a_person`)
    right before it, across adverbs (AGENT_ADVERBS), not right after an opening quote (a dialogue's
    answer says where: “我们在邮局。寄包裹。”); the coverb a word of its own, not a two-hanzi verb
    (在乎 在意; 在家 holds its place); a place that is one and is far (:func:`_a_far_place`); a rite
    not at its shrine (SHRINES); and the verb after 遥 leads its object (:func:`_leads_its_object`),
    which names neither the subject nor the place again (爷爷在医院。祝爷爷…, 我们在上海。祝上海…: no
    one wishes himself or his own place from afar). In modern prose only (classical prose reads
    在 朝 otherwise)."""
    coverb = next(c for c in AGENT_COVERBS if view.startswith(c, at))
    first = lexicon.best_segmentation(view[at:here])[0]
    if first != coverb and (len(first) != len(coverb) + 1 or lexicon.is_verb(first)):
        return False  # (在乎 在意: a word of another sense; 在家 'at home' is kept)
    place = view[at + len(coverb) : here]
    if STOP_LOOKALIKE in place or COMMA_LOOKALIKE in place:
        return False  # (a mark's look-alike between: the coverb's clause may have ended there)
    if coverb == AT and not _a_far_place(place, view[here + 1]):
        return False
    subject, start = _subject_before(view, at)
    if not subject or (start > 0 and (view[start - 1] in _OPEN_QUOTES or text[start - 1] in _OPEN_QUOTES)):
        return False
    words = _words_after(view, here)
    if words is None or any(name in "".join(words[1:]) for name in _named_again(subject[-1], place)):
        return False
    return _place_or_person(view, at, place) and _leads_its_object(words) and not _literary_or_book_of_verse(text)


def _subject_before(view: str, at: int) -> tuple[list[str], int]:
    """The words before the coverb at ``view[at]`` up to its subject (adverbs of AGENT_ADVERBS left
    out) where they end with a person (:func:`_a_person`), and where the subject's word starts;
    ``([], at)`` where no person is there."""
    start = max(0, at - FROM_PLACE_REACH)
    before = lexicon.best_segmentation(view[start:at])
    while before and before[-1] in AGENT_ADVERBS:
        before.pop()
    if not _a_person(before):
        return [], at
    return before, start + sum(map(len, before[:-1]))


def _a_far_place(place: str, verb: str) -> bool:
    """Whether ``place`` after 在 names a place one may do ``verb`` from afar from: some words (not
    在。 nor 在呢), the last naming a place (not :func:`lexicon.names_no_place`: 在深圳过年 在一起)
    that is not near (NEAR_PLACES), and for a rite no shrine (SHRINES: 老人在墓前。拜祖先)."""
    if not place or (verb in RITES and SHRINES.intersection(place)):
        return False
    last = lexicon.best_segmentation(_head_of_a_relative(place))[-1]
    return last not in NEAR_PLACES and not lexicon.names_no_place(last)


def _named_again(subject: str, place: str) -> list[str]:
    """The words of two hanzi or more of the subject (a noun, not a pronoun: 爷爷) and of ``place``
    (在上海 → 上海), which a wish or a rite from afar does not name again."""
    words = [subject] if subject not in SUBJECT_PRONOUNS and subject not in WISHERS else []
    return [word for word in (*words, *lexicon.best_segmentation(place)) if len(word) > 1] if place else []


def _a_person(words: list[str]) -> bool:
    """Whether ``words`` (those before a coverb) end with a person or persons: a pronoun (我们
    大家), a noun for a person (市民 袁先生 海外侨胞: mappings/person_nouns.tsv less NO_AGENTS,
    AGENT_NOUNS, PEOPLE, KINSHIP_DOUBLED), 们 after one (员工们) or a surname called familiarly
    (小李 老王)."""
    if not words or words[-1] in NO_AGENTS:
        return False
    last = words[-1]
    return (
        last in SUBJECT_PRONOUNS
        or last in WISHERS
        or last == PERSONS_PLURAL
        or last in AGENT_NOUNS
        or last in PEOPLE
        or last[-2:] in KINSHIP_DOUBLED
        or _ends_with_any(last, _agent_nouns_by_length())
        or _ends_with_any(last, _person_nouns_by_length())
        or (len(words) > 1 and len(words[-2]) == 1 and words[-2] in FAMILIAR and last in _commonest_surnames())
    )


@functools.cache
def _agent_nouns_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The nouns of AGENT_NOUNS of two hanzi or more, by length (海外侨胞 ends with 侨胞)."""
    return _by_length(tuple(noun for noun in AGENT_NOUNS if len(noun) > 1))


def _words_after(view: str, here: int) -> list[str] | None:
    """The words of the clause after the 遥 at ``view[here]`` (AGENT_OBJECT_REACH hanzi at most),
    its verb first: ``None`` where the verb is no word of its own (祝福 知道 念书 寄钱: a stop,
    then a word that starts with the verb's hanzi); an entry of the verb and its object is split
    (寄相思: 相思 is a word, 寄相 none; 拜师学艺 starts with the word 拜师)."""
    clause = _RIGHT_RUN_RE.match(view, here + 1, here + 1 + AGENT_OBJECT_REACH)
    if clause is None:
        return None
    words = lexicon.best_segmentation(_CLAUSE_END_RE.split(clause.group())[0])
    first = words[0]
    if len(first) > 2 and lexicon.is_word(first[1:], min_freq=1) and not lexicon.is_word(first[:2], min_freq=1):
        return [first[0], first[1:], *words[1:]]
    return None if len(first) > 1 else words


def _leads_its_object(words: list[str]) -> bool:
    """Whether the verb first in ``words`` (:func:`_words_after`) leads its object alone in the
    clause, as after 遥 'from afar': no pronoun, aspect or direction right after it
    (AGENT_OBJECTS_NOT), nor the verb said again (念稿子念得磕磕巴巴: the verb copied before its
    complement, a predicate of its own); then by the verb: 念's object one missed (MISSED_ONES),
    祝's one it wishes (:func:`_names_whom_it_wishes`), 寄 and 致 a feeling (TOKENS_OF_FEELING), a
    rite's no god of the spot (RITES_ON_THE_SPOT); the verb and its object no sentence's subject
    (:func:`_object_alone`)."""
    verb, rest = words[0], words[1:]
    if (rest and rest[0] in AGENT_OBJECTS_NOT) or any(verb in word for word in rest):
        return False
    if verb == MISSED:
        return bool(rest) and rest[-1] in MISSED_ONES
    if verb == WISHED:
        return _names_whom_it_wishes(rest)
    if verb in SENT and not TOKENS_OF_FEELING.intersection(rest):
        return False
    if verb in RITES and any(word.endswith(RITES_ON_THE_SPOT) for word in rest):
        return False
    return _object_alone(rest)


#: The terms one addresses a person by (爸爸 奶奶 老师: KINSHIP_DOUBLED, the doubled kin terms of
#: speech): a wish to one of them is said to him, a card's or a toast's formula after a sentence
#: that says where (我和妈妈都在北京。祝爸爸生日快乐！ 同学们都在教室里。祝老师节日快乐！); from afar
#: one names them as one writes of them (遥祝远方的父母身体健康).
ADDRESS_TERMS: Final = frozenset((*KINSHIP_DOUBLED, "老师"))


def _names_whom_it_wishes(rest: list[str]) -> bool:
    """Whether ``rest``, the words after 祝, name whom it wishes, as 遥祝 does: a person, one's
    home (MISSED_ONES) or a place by its name (遥祝祖国繁荣昌盛, 遥祝全国人民新春快乐, 遥祝远方的
    父母身体健康), by no term of address (ADDRESS_TERMS). A wish alone (祝工作顺利 祝一切顺利
    祝好) is said to the reader: a letter's close, after a stop (我们都在北京。祝工作顺利)."""
    if any(word[:2] in ADDRESS_TERMS or word[-2:] in ADDRESS_TERMS for word in rest):
        return False
    return any(
        _a_person(rest[: index + 1]) or word in MISSED_ONES or lexicon.is_place_name(word)
        for index, word in enumerate(rest)
    )


def _object_alone(rest: list[str]) -> bool:
    """Whether ``rest``, the words after a verb in its clause, are its object alone: no
    predicate after it (PREDICATE_OPENERS, or an adverb, verb or adjective after the object that
    is no feeling: 寄东西很方便 寄东西不方便; 遥寄对家人的思念 ends with its object), no
    final particle (FINAL_PARTICLES: “我在网上。祭英烈呢。”, an answer that says what one is doing
    after the one that says where), nor a 的 phrase that more follows (寄包裹的人排起了长队: a
    noun phrase that needs a predicate of its own; 遥念远方的儿子 ends with its head)."""
    if PREDICATE_OPENERS.intersection(rest) or FINAL_PARTICLES.intersection(rest):
        return False
    if any(
        word not in TOKENS_OF_FEELING and (lexicon.starts_predicate(word) or lexicon.is_adjective(word))
        for word in rest[1:]
    ):
        return False
    return POSSESSIVE not in rest or rest[::-1].index(POSSESSIVE) <= 1


#: The look-alikes of a comma and a full stop, where 遥's clause ends.
_CLAUSE_END_RE: Final = re.compile(f"[{COMMA_LOOKALIKE}{STOP_LOOKALIKE}]")


#: How many hanzi before a single 要 are read for the name there (and twice as many after it,
#: for the name and what follows it).
NAME_DASH_REACH: Final = 6
#: 据…报道 (according to … reports): what stands between is a news source, not a clause.
#: What two names joined by a dash share (中国要东盟合作, 格鲁吉亚要阿布哈兹冲突): the noun right
#: after the second name that makes the dash likely.
_PAIR_NOUNS_TEXT: Final = (
    "冲突 合作 关系 边界 边境 会谈 会晤 航线 铁路 公路 高速公路 谈判 峰会 对话 战争 友谊 贸易 "
    "交流 比赛 对抗 之战 联赛 直航 通航 线 段 航班 协定 协议 条约 联合公报 首脑会议 外长会议 "
    "地区 一带 之间 两地 首脑 非正式 灾区 震区 冲突地区"
)
PAIR_NOUNS: Final = frozenset(_PAIR_NOUNS_TEXT.split())
SOURCE_BEFORE: Final = "据"
SOURCE_AFTER: Final = ("报道", "消息")
_LEFT_RUN_RE: Final = re.compile(f"[{HAN_CLASS}]+$")
_RIGHT_RUN_RE: Final = re.compile(f"[{HAN_CLASS}]+")


def _name_dashes(text: str, view: str, dash_starts: list[int]) -> list[_Candidate]:
    """A single 要 between two proper names may be the dash that joins them
    (``格鲁吉亚要阿布哈兹冲突`` = 格鲁吉亚—阿布哈兹冲突, ``中国要东盟合作``), and is inside a
    name written with one (``道要琼斯`` = 道—琼斯: 道琼斯 is a name of the dictionary, and so is
    琼斯, and 道 is none: not 火山要爆发, nor 中国要台湾: 中国台湾 is two names). But 要 is also
    "demand": ``美国要日本开放市场``, ``中国要台湾当局放弃``: where a verb or an adverb follows
    the second name (or a short word after it), the dash needs more, a chain of names
    (``南宁要贵阳要昆明``) or a news source (``据俄通社要塔斯社报道``), or it is only a doubt.
    (``view``: the text with the sure marks read.)"""
    found: list[_Candidate] = []
    coordinated: list[tuple[int, int]] = []  # (a doubt of found, where its second name ends)
    lookalikes = _all_lookalikes()
    lefts, rights = _word_neighbours()[0][DASH_LOOKALIKE], _word_neighbours()[1][DASH_LOOKALIKE]
    n = len(text)
    for here in dash_starts:
        if here >= n - 1:
            break
        before, after = text[here - 1], text[here + 1]
        if before == DASH_LOOKALIKE or after == DASH_LOOKALIKE:
            continue  # 要要 is ——, read elsewhere
        if _abbreviated_pairs(view, here):  # (要以 is a word's start too: read before)
            cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
            cand.add(LIKELY_FROM, "in a list of pairs of one-character names (美—以、美—巴首脑会晤)", EV_OTHER)
            found.append(cand)
            continue
        if before in lefts or after in rights or before in lookalikes or after in lookalikes:
            continue  # 需要, 要求: a word holds it (the common case); a look-alike beside it is no name
        if not (is_han(before) and is_han(after)):
            continue
        left = _LEFT_RUN_RE.search(view, max(0, here - NAME_DASH_REACH), here)
        right = _RIGHT_RUN_RE.match(view, here + 1, here + 1 + 2 * NAME_DASH_REACH)
        if left is None or right is None:
            continue
        left_run, right_run = left.group(), right.group()
        joined = next(
            (
                left_run[-a:] + right_run[:b]
                for a in (1, 2, 3)
                for b in (1, 2, 3)
                if a + b >= 3 and a <= len(left_run) and 2 <= b <= len(right_run)
                if lexicon.is_proper_name(left_run[-a:] + right_run[:b])
                and _name_word(right_run[:b])
                and not lexicon.is_proper_name(left_run[-a:])
            ),
            None,
        )
        if joined is not None:
            cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
            cand.add(LIKELY_FROM, f"inside the name {joined}, written with a dash", EV_OTHER)
            found.append(cand)
            continue
        if not _may_end_with_name(left_run):
            continue  # (the test below on the first name, without the segmentation)
        first = lexicon.best_segmentation(left_run)[-1]
        if len(first) < 2 or not _name_word(first):
            continue  # (the test below on the first name, before the second is segmented)
        words = lexicon.best_segmentation(right_run)
        # A name the dictionary knows but splits before a noun of PAIR_NOUNS (阿/尔/及/利亚/对话).
        paired = next((i for i in range(2, min(len(words), 5)) if words[i] in PAIR_NOUNS), 0)
        if paired and len(words[0]) == 1 and lexicon.is_proper_name("".join(words[:paired])):
            words = ["".join(words[:paired]), *words[paired:]]
        second = words[0]
        if len(first) < 2 or len(second) < 2 or not (_name_word(first) and _name_word(second)):
            continue  # (李 华: a surname alone is no name a dash joins)
        # 要 is also "demand" (美国要伊拉克的石油, 中国要香港繁荣稳定): only positive evidence for
        # the dash makes it likely; two names alone are a doubt.
        why, evidence = f"between the names {first} and {second}", LIKELY_FROM
        first_at, second_end = here - len(first), here + 1 + len(second)
        after = words[1] if len(words) > 1 else view[second_end : second_end + 1]
        if view[first_at - 1 : first_at] == SOURCE_BEFORE and after in SOURCE_AFTER:
            why += f", a news source ({SOURCE_BEFORE}…{after})"
        elif DASH_LOOKALIKE in (view[first_at - 1 : first_at], view[second_end : second_end + 1]):
            why += ", in a chain of names"
        elif after in PAIR_NOUNS and not _predicate_after(words):
            why += f", before {after} (what the two share)"
        elif _transliterated_compound(view, here, first, second):
            why += ", transliterations that name one place or firm (夸祖鲁—纳塔尔省)"
        else:
            why += ", but nothing says they are a pair: 要 may be the verb"
            evidence = DOUBT_FROM
            if view[second_end : second_end + 1] in PAIR_JOINERS:
                coordinated.append((len(found), second_end))
        cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
        cand.add(evidence, why, EV_OTHER)
        found.append(cand)
    _coordinated_pairs(found, coordinated)
    return found


def _transliterated_compound(view: str, here: int, first: str, second: str) -> bool:
    """Whether the names on each side of the 要 at ``here`` are a transliterated name, no
    person's, and a province's or a state's name of the dictionary that starts as a
    transliteration, with no predicate after it (夸祖鲁要纳塔尔省省长: KwaZulu-Natal;
    :func:`_compound_head`). Not a leader who demands of a province (卡斯特罗要哈瓦那省各级政府,
    曼德拉要夸祖鲁省政府): the verb's subject is a person."""
    return (
        second[0] in TRANSLITERATION_CHARS
        and second[-1] in _HEAD_ENDS
        and lexicon.is_proper_name(second)
        and _transliterated_name(first)
        and not lexicon.is_person_name(first)
        and _compound_head(view, here) is not None
    )


#: What joins two pairs of names in a list (东盟—中日韩和中国—东盟首脑会议), real or garbled (尧 、).
PAIR_JOINERS: Final = frozenset("和与及、尧")


def _abbreviated_pairs(view: str, here: int) -> bool:
    """Whether the 要 at ``here`` joins one of two pairs of one-character names that share the
    first, joined as a list before what the pairs share (美要以尧美要巴首脑会晤 = 美—以、美—巴:
    PAIR_NOUNS). The verb 要 takes no such list (美要以色列…, 他要我、他要你做)."""
    for start in (here - 1, here - 5):
        if start < 0 or view[start + 5 : start + 6] == "":
            continue
        first, joiner = view[start], view[start + 3 : start + 4]
        if joiner not in PAIR_JOINERS or view[start + 4 : start + 6] != first + DASH_LOOKALIKE:
            continue
        seconds = view[start + 2] + view[start + 6 : start + 7]
        if not (len(seconds) == 2 and _all_han(first + seconds)) or view[start + 1] != DASH_LOOKALIKE:
            continue
        if any(view.startswith(noun, start + 7) for noun in PAIR_NOUNS):
            return True
    return False


def _coordinated_pairs(found: list[_Candidate], coordinated: list[tuple[int, int]]) -> None:
    """``东盟要中日韩和中国要东盟首脑会议``: a pair of names that nothing else says is one
    (the doubts of ``found`` at the indices of ``coordinated``, with where their second name
    ends) is a pair where a joiner follows it and a likely pair of names starts right after
    (中国—东盟 before 首脑): two pairs joined as one list. The verb 要 takes no list of pairs."""
    likely = [cand.start for cand in found if cand.evidence >= LIKELY_FROM]
    for index, second_end in coordinated:
        if any(second_end + 1 < start <= second_end + 1 + NAME_DASH_REACH for start in likely):
            cand = found[index]
            cand.add(LIKELY_FROM - cand.evidence, "joined to the next pair of names (a list of pairs)", EV_OTHER)


#: What a compound of two names joined by a dash is the name of (夸祖鲁—纳塔尔省 夸—纳省,
#: 五羊—本田公司, 尼赫鲁—甘地家族, 张北—尚义地区), besides PAIR_NOUNS: right after the second
#: name, or its last character (纳省).
COMPOUND_HEADS: Final = PAIR_NOUNS | frozenset({"省", "州", "县", "公司", "集团", "家族"})
_HEAD_ENDS: Final = frozenset(head for head in COMPOUND_HEADS if len(head) == 1)
#: How often the same hanzi, 要 and hanzi must stand in one text for the compound evidence.
MIN_REPEATED_COMPOUND: Final = 2


def _repeated_name_dashes(text: str, view: str, dash_starts: list[int], dashes: list[_Candidate]) -> list[_Candidate]:
    """``夸要纳省`` seven times in one article is 夸—纳省 (KwaZulu-Natal): a single 要 between
    the same two hanzi that make no word with it, twice or more in one text, where once at
    least the second name is a word of two or more (no verb nor adverb) followed by what the
    compound names (纳省, 本田公司, 甘地家族,
    尚义地区: COMPOUND_HEADS). The verb 要 "demand" repeats with its object too (美国要伊拉克交出…,
    张三要李四的电话号码), but a predicate or 的 follows that object, no such head.
    The occurrences already read by _name_dashes (``dashes``) are raised to likely in place;
    the new ones are returned. (``view``: the text with the sure marks read.)"""
    lookalikes = _all_lookalikes()
    lefts, rights = _word_neighbours()[0][DASH_LOOKALIKE], _word_neighbours()[1][DASH_LOOKALIKE]
    groups: dict[str, list[int]] = {}
    n = len(text)
    for here in dash_starts:
        if here >= n - 1:
            break
        before, after = text[here - 1], text[here + 1]
        if before in lefts or after in rights or before in lookalikes or after in lookalikes:
            continue  # 需要, 要求 (the common case), 要要 (——), a mark beside it
        if is_han(before) and is_han(after):
            groups.setdefault(text[here - 1 : here + 2], []).append(here)
    found: list[_Candidate] = []
    read = {cand.start: cand for cand in dashes}
    for trigram, places in groups.items():
        if len(places) < MIN_REPEATED_COMPOUND:
            continue
        head = next((h for h in map(lambda at: _compound_head(view, at), places) if h), None)
        if head is not None:
            why = f"the same {trigram} {len(places)} times in the text, once before {head} (a compound name)"
        elif all(_between_transliterations(text, here) for here in places):
            why = f"the same {trigram} {len(places)} times in the text, between transliterated names"
        else:
            continue
        for here in places:
            cand = read.get(here)
            if cand is None:
                cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
                found.append(cand)
            if cand.evidence < LIKELY_FROM:
                cand.add(LIKELY_FROM - cand.evidence, why, EV_OTHER)
    return found


#: Characters that transliterations of foreign names are written with (the Xinhua tables'
#: commonest: 罗德 拉森 尼赫鲁 阿拉法特), for the names a dash joins that no dictionary holds.
TRANSLITERATION_CHARS: Final = frozenset(
    "阿埃艾安奥巴拜班邦贝本比彼宾波伯布查达戴丹德迪蒂丁杜多厄恩法菲费芬弗福盖甘戈格贡古哈海汉赫亨"
    "胡霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里利林卢鲁伦罗洛马迈曼梅门蒙米莫姆穆纳奈"
    "内尼纽努诺欧帕佩蓬皮普奇恰乔切琼丘萨塞桑瑟森沙舍施舒斯松索塔泰坦汤特滕图瓦万韦维沃乌西希辛雅"
    "亚扬耶伊因尤约泽扎詹兹祖佐尔茨"
)


def _between_transliterations(text: str, here: int) -> bool:
    """Whether the two hanzi on each side of the 要 at ``here`` are characters of
    transliterations, and the dictionary reads the hanzi on each side as a character alone,
    no word (罗德要拉森: 罗/德 要 拉/森, Rød-Larsen; not 阿拉法特要内塔尼亚胡…: two names the
    dictionary holds, the subject and the object of the verb 要)."""
    left, right = text[max(0, here - 2) : here], text[here + 1 : here + 3]
    if len(left) != 2 or len(right) != 2 or not all(char in TRANSLITERATION_CHARS for char in left + right):
        return False
    left_run = _LEFT_RUN_RE.search(text, max(0, here - NAME_DASH_REACH), here)
    right_run = _RIGHT_RUN_RE.match(text, here + 1, here + 1 + NAME_DASH_REACH)
    return (
        left_run is not None
        and right_run is not None
        and len(lexicon.best_segmentation(left_run.group())[-1]) == 1
        and len(lexicon.best_segmentation(right_run.group())[0]) == 1
    )


def _compound_head(view: str, here: int) -> str | None:
    """What the compound whose dash is the 要 at ``here`` names: where the names on both sides
    are names (:func:`_compound_names`), a head of COMPOUND_HEADS ends the second or follows it
    (纳省, 本田公司), or the names are a transliterated name and a rare word
    (:func:`_transliterated_pair`) before a head of TRANSLITERATED_HEADS, and neither a verb or
    an adverb nor 的 follows the head (美国要日本公司开放市场: the verb's object and what it is to do)."""
    left = _LEFT_RUN_RE.search(view, max(0, here - NAME_DASH_REACH), here)
    right = _RIGHT_RUN_RE.match(view, here + 1, here + 1 + 2 * NAME_DASH_REACH)
    if left is None or right is None:
        return None
    words = lexicon.best_segmentation(right.group())
    first, second = lexicon.best_segmentation(left.group())[-1], words[0]
    names = _compound_names(first, second)
    if not names and not _transliterated_pair(first, second):
        return None
    if second[-1] in _HEAD_ENDS:
        head, rest = second[-1], words[1:]
    elif len(words) > 1 and words[1] in COMPOUND_HEADS:
        head, rest = words[1], words[2:]
    else:
        return None
    if not names and head not in TRANSLITERATED_HEADS:
        return None  # (奥巴马要西部地区…: the verb 要 and its object, a region)
    # 美国要日本公司开放市场: the verb's object and what it is to do (a predicate after the head,
    # or a phrase of four that starts with one: 奥巴马要马来西亚公司开放市场)
    return None if rest and (rest[0] == POSSESSIVE or _predicate_word(rest[0])) else head


def _compound_names(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` (the words of the best segmentation on each side of a
    要) are names a dash may join: both of two or more, each a proper name or a word the
    dictionary lacks (夸祖鲁 尚义 纳省), or both fragments of transliterations the dictionary
    splits (夸 要 纳省: the first a character of TRANSLITERATION_CHARS alone, the second starting
    with one). Not the subject and the object of the verb 要: 我们要全省上下…, 国务院要农村地区…
    (全省 and 农村 are nouns of the dictionary, no names; jieba tags 五羊 so too, and its
    compound is left; a transliterated name before such a noun: :func:`_transliterated_pair`)."""
    if len(second) < 2 or lexicon.starts_predicate(second) or not _name_word(second):
        return False
    if len(first) == 1:
        return first in TRANSLITERATION_CHARS and second[0] in TRANSLITERATION_CHARS
    return _name_word(first)


#: The fewest characters of a transliterated name that vouches for the word after its dash.
TRANSLITERATED_MIN: Final = 3
#: How often (in the dictionary) the word after a transliterated name's dash is seen at most:
#: a rare noun that starts as a transliteration is a name the dictionary tags as a noun (甘地
#: 172), a common one the verb's object (西部 5505, 安全 9921: 奥巴马要西部地区加强合作).
TRANSLITERATED_SECOND_MAX_FREQ: Final = 500
#: What a compound of a transliterated name and such a word names (尼赫鲁—甘地家族): a family
#: or a firm, not PAIR_NOUNS' regions and relations, which the verb's object has (要西部地区…).
TRANSLITERATED_HEADS: Final = frozenset({"家族", "公司", "集团"})


def _transliterated_pair(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` (the words of the best segmentation on each side of a
    要) are a transliterated name (:func:`_transliterated_name`) and a rare word of the
    dictionary that starts as one (尼赫鲁 要 甘地: jieba tags 甘地 a noun; see
    TRANSLITERATED_SECOND_MAX_FREQ), which a dash may join too."""
    return (
        len(second) >= 2
        and not lexicon.starts_predicate(second)
        and second[0] in TRANSLITERATION_CHARS
        and lexicon.frequency(second) <= TRANSLITERATED_SECOND_MAX_FREQ
        and _transliterated_name(first)
    )


def _transliterated_name(word: str) -> bool:
    """Whether ``word`` is a proper name of TRANSLITERATED_MIN characters or more, all of
    TRANSLITERATION_CHARS (尼赫鲁, 阿拉法特): a foreign name, which the dictionary's words
    after its dash are too (尼赫鲁—甘地家族: jieba has 甘地 as a noun, no name)."""
    return (
        len(word) >= TRANSLITERATED_MIN
        and all(char in TRANSLITERATION_CHARS for char in word)
        and lexicon.is_proper_name(word)
    )


#: What a model's number may stand before though it is a counter too (伊尔—86型).
MODEL_SUFFIX: Final = "型"
#: Units and counters after a number (numbers.NUMBER_AFTER) but the model's suffix: after them,
#: 要 before the number is the verb (中国要86架飞机, 美国要30亿美元).
_COUNT_AFTER: Final = frozenset(NUMBER_AFTER) - {MODEL_SUFFIX}
_MODEL_NAME_RE: Final = re.compile(f"[{HAN_CLASS}]{{2,{NAME_DASH_REACH}}}$")


def _model_dashes(text: str, view: str, dash_starts: list[int]) -> list[_Candidate]:
    """``伊尔要86货运`` is 伊尔—86 (an aircraft): a single 要 between a proper name and a number
    that counts nothing (no unit or counter after it) joins a model's name and number. The verb
    要 "want" before a number wants a quantity, and a quantity has its unit (中国要86架,
    美国要30亿美元, 他要3个). (``view``: the text with the sure marks read.)"""
    found: list[_Candidate] = []
    for here in dash_starts:
        if not _number_starts_at(text, here + 1) or not is_han(text[here - 1]):
            continue  # (the common case: no number after 要)
        end = here + 1
        while _is_digit_at(text, end):
            end += 1
        if not text[here + 1].isascii() and end - here - 1 < 2:
            continue  # one digit look-alike (要员, 要愿): the hanzi reading is as likely
        after = text[end : end + 1]
        if not after or not is_han(after) or after in _COUNT_AFTER or text.startswith(NUMBER_AFTER_WORDS, end):
            continue  # a quantity (86架, 30亿), or nothing that says the number names a thing
        left = _MODEL_NAME_RE.search(view, max(0, here - NAME_DASH_REACH), here)
        if left is None:
            continue
        name = lexicon.best_segmentation(left.group())[-1]
        if len(name) < 2 or not lexicon.is_proper_name(name):
            continue
        cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
        cand.add(LIKELY_FROM, f"between the name {name} and a number that counts nothing (a model)", EV_OTHER)
        found.append(cand)
    return found


def _mixed_range_dashes(text: str, dash_starts: list[int]) -> list[_Candidate]:
    """``3要缘分钟`` is 3—5分钟: a single 要 between an ASCII number and a larger one in digit
    look-alikes before a unit (numbers._range_dash reads no number in 缘分钟, as 缘分 is a word;
    the ASCII digit before says the look-alike is one too). The verb 要 after a number is no
    range: 3要5分钟 says nothing."""
    found: list[_Candidate] = []
    digits = _lookalikes()[1]
    for here in dash_starts:
        before, after = text[here - 1], text[here + 1 : here + 2]
        if not (before.isascii() and before.isdigit()) or after not in digits:
            continue  # (the common case: no ASCII digit before 要)
        end = here + 1
        while _is_digit_at(text, end):
            end += 1
        if not (_unit_char(text[end : end + 1]) or text.startswith(NUMBER_AFTER_WORDS, end)):
            continue
        if not _ascending(text, here - 1, here + 1) or _range_dash(text, here) is not None:
            continue  # (a range goes up; one numbers._range_dash reads is read there)
        cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
        cand.add(LIKELY_FROM, "between an ASCII number and a larger one before its unit (a range: 3—5分钟)", EV_OTHER)
        found.append(cand)
    return found


#: What stands right before a minus sign in a list of figures (涨幅为—0.4%、—0.8%和—1.2%), real
#: or garbled (尧 is 、): no subject of the verb 要 ends with them (首付要30% has one).
MINUS_AFTER: Final = frozenset("为、尧和及至到")
#: The percent sign and its look-alike, after the number a minus sign stands before.
PERCENT_SIGNS: Final = frozenset("%％豫")


def _minus_dashes(text: str, dash_starts: list[int]) -> list[_Candidate]:
    """``涨幅为要园援源豫尧要0.8%和要员窑圆豫`` is 涨幅为—0.4%、—0.8%和—1.2%: a single 要 before a
    percentage, right after 为, 和 or an enumeration comma (MINUS_AFTER), is the minus sign
    (set as a dash); the verb 要 stands after its subject (首付要30%), never after 为 or 、."""
    found: list[_Candidate] = []
    points = frozenset(_range_points())
    for here in dash_starts:
        if text[here - 1] not in MINUS_AFTER or not _is_digit_at(text, here + 1):
            continue  # (the common case)
        end = here + 1
        while _is_digit_at(text, end) or (text[end : end + 1] in points and _is_digit_at(text, end + 1)):
            end += 1
        if text[end : end + 1] not in PERCENT_SIGNS or lexicon.is_word(text[end : end + 2], min_freq=1):
            continue  # (a percentage only; 豫剧 is no ％)
        cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
        cand.add(LIKELY_FROM, f"a minus sign before a percentage, after {text[here - 1]} (a list of figures)", EV_OTHER)
        found.append(cand)
    return found


#: What is numbered in chapters (表3—2, 图1—4): a dash between two numbers after them (not
#: where 表 or 图 ends a word: 代表, 意图).
NUMBERED_THINGS: Final = frozenset("表图")


def _quoted_name_before(text: str, first: int) -> bool:
    """Whether hanzi (a name) and nothing else stand between an opening quotation mark (or its
    look-alike 野) and ``text[first]``, within NAME_DASH_REACH (野赣莲愿缘要源冶)."""
    at = first - 1
    while at >= max(0, first - NAME_DASH_REACH) and is_han(text[at]) and text[at] not in _OPEN_QUOTES:
        at -= 1
    return 0 <= at < first - 1 and text[at] in _OPEN_QUOTES


#: What a standard's number (JIS C5512, GB/T 7714) is followed by after its dash: its year.
STANDARD_YEAR_DIGITS: Final = 4
STANDARD_MIN_DIGITS: Final = 3


def _code_number_dashes(text: str, dash_starts: list[int]) -> list[_Candidate]:
    """A single 要 between two numbers that count nothing, where numbers._range_dash reads no
    range (the second is not larger): a model's (``737要猿园园型`` = 737—300型, before 型), a
    standard's year (``C5512要1986`` = C5512—1986: a code of letters and three digits or more,
    then a year of four digits and nothing that counts), a table's or a figure's (``表3要圆`` =
    表3—2), a quoted name's (``野赣莲愿缘要源冶`` = “赣莲85—4”: a variety), the years of a season
    (``爷97要爷98`` = ’97—’98). The verb 要 between two numbers wants a quantity, and a quantity
    has its unit."""
    found: list[_Candidate] = []
    apostrophe = _apostrophe()
    for here in dash_starts:
        if text[here + 1 : here + 2] == apostrophe and _year_apostrophe(text, here + 1):
            first = here - 3  # (’97 before 要: the apostrophe and two digits)
            if first >= 0 and text[first] == apostrophe and _year_apostrophe(text, first):
                why = "between two years of two digits (’97—’98)"
            else:
                continue
        elif _number_ends_at(text, here - 1) and _number_starts_at(text, here + 1):
            if _range_dash(text, here) is not None:
                continue  # (read by numbers._range_dash)
            end = here + 1
            while _is_digit_at(text, end):
                end += 1
            first = here - 1
            while _is_digit_at(text, first - 1):
                first -= 1
            after = text[end : end + 1]
            if after == MODEL_SUFFIX:
                why = "between two numbers before 型 (a model: 737—300型)"
            elif text[first - 1 : first] in NUMBERED_THINGS and not _edge_word(text, first - 1, -1):
                why = f"between the numbers of a {text[first - 1]} (表3—2)"
            elif after in _CLOSE_QUOTES and _quoted_name_before(text, first):
                why = "between the numbers of a quoted name (a variety, a model: “赣莲85—4”)"
            elif (
                end - here - 1 == STANDARD_YEAR_DIGITS
                and here - first >= STANDARD_MIN_DIGITS
                and _code_letter_re().match(text[first - 1 : first])
                and _year_ends_at(text, end)
                and not (
                    _unit_char(after)
                    or text.startswith(NUMBER_AFTER_WORDS, end)
                    or (after.isalnum() and after.isascii())
                )
            ):
                why = "between a standard's number and its year (C5512—1986)"
            else:
                continue
        else:
            continue
        cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
        cand.add(LIKELY_FROM, why, EV_OTHER)
        found.append(cand)
    return found


#: A day of the week (周六, 星期日): a range of them is written with a dash (周六—周日).
_WEEKDAY: Final = "(?:周|星期)[一二三四五六日天]"


@functools.cache
def _time_range_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a point of time that a range starts from: an hour, a day or a month after its number,
    ASCII or garbled (20时, 圆园时, 1日, 12月), or a day of the week; what the range goes on to:
    a month by name (元月 正月 腊月), a day of the week, or a number and its unit of time)."""
    digit = f"[0-9{''.join(_lookalikes()[1])}]"
    before = re.compile(f"(?:{digit}[时日月]|{_WEEKDAY})$")
    after = re.compile(f"(?:[元正腊]月|{_WEEKDAY}|{digit}+[时日月点])")
    return before, after


def _date_range_dashes(text: str, dash_starts: list[int]) -> list[_Candidate]:
    """``1998年元月1日20时要元月2日20时`` and ``周六要周日``: a single 要 between two points of
    time is the dash of a range (the verb 要 after a time wants an action: 周六要加班, 20时要到;
    numbers._range_dash reads a range whose two ends are numbers with the same unit)."""
    found: list[_Candidate] = []
    before, after = _time_range_res()
    for here in dash_starts:
        if before.search(text, max(0, here - 3), here) and after.match(text, here + 1):
            cand = _Candidate(here, here + 1, DASH_LOOKALIKE, EM_DASH)
            cand.add(LIKELY_FROM, "between two points of time (a range: 周六—周日)", EV_OTHER)
            found.append(cand)
    return found


#: Prepositions that start a predicate's adverbial (德国要法国在难民问题上承担…, 要他把…):
#: after the name that 要 = "demand" takes as its object, as a verb does (not 和 与, which
#: may join a third name to a pair: 中国—东盟和日韩).
COVERBS: Final = frozenset("在把向对给为从跟同被用按")


def _predicate_after(words: list[str]) -> bool:
    """Whether a verb or an adverb (or a phrase of four that starts with one: 开放市场), or a
    preposition of COVERBS, follows the first of ``words`` (a name), right after it or after one
    short word (日本开放, 台湾当局放弃, 法国在…上承担): what 要 = "demand" needs after its
    object (not 阿布哈兹冲突地区执行…)."""
    rest = words[1:3]
    if not rest:
        return False
    if rest[0] in COVERBS:
        return True
    if _predicate_word(rest[0]):
        return True
    return len(rest) > 1 and len(rest[0]) <= 2 and lexicon.starts_predicate(rest[1])


def _predicate_word(word: str) -> bool:
    """Whether ``word`` is a verb or an adverb, or a phrase of four that starts with one (开放市场,
    which the dictionary holds whole, untagged)."""
    return lexicon.starts_predicate(word) or (len(word) >= 4 and lexicon.starts_predicate(word[:2]))


def _may_end_with_name(run: str) -> bool:
    """False where the last word of the best segmentation of ``run`` cannot be a name of two
    or more characters (:func:`_name_word`): such a word is one of the dictionary (a piece of
    two or more is one), so a proper name (no dictionary word is below frequency 1), of two to
    lexicon.MAX_WORD_LEN characters, that ends ``run``."""
    return any(lexicon.is_proper_name(run[-size:]) for size in range(2, min(len(run), lexicon.MAX_WORD_LEN) + 1))


def _name_word(word: str) -> bool:
    """A proper name of the dictionary, or a word it does not know (a transliteration)."""
    return lexicon.is_proper_name(word) or not lexicon.is_word(word, min_freq=1)


def _particle_after(text: str, by_start: dict[int, _Candidate]) -> None:
    """No clause starts with a particle (的 了 着 们 where they start no word; 地 and 得 stand
    alone too: 省、地两级, 得，…):
    ``检查院的官员`` and ``几步之遥的`` keep the hanzi (there is no ``：的`` nor ``。的``).
    (``by_start``: every candidate by its start; the few places found by a regex.)"""
    n = len(text)
    for match in _before_particle_re().finditer(text):
        cand = by_start.get(match.start())
        if cand is None or cand.evidence < DOUBT_FROM:
            continue
        end = cand.end
        if any(lexicon.is_word(text[end : end + size], min_freq=1) for size in (2, 3, 4) if end + size <= n):
            continue  # 的确, 了解, 着手: a word starts there, so may a clause
        cand.add_doubt(-NEIGHBOUR_PENALTY, f"before {text[end]}, which starts no clause", EV_OTHER)


def _after_joining_word(text: str, by_start: dict[int, _Candidate]) -> None:
    """No sentence or clause that a mark of ``JOINED_MARKS`` ends ends with a conjunction or a
    preposition (但 连 与 …, where no word ends with them: 普及。 相连。 do end one), nor with an
    adverb that leads a verb (VERB_LEADING_ADVERBS):
    ``连浴帘``, ``但浴室内`` and ``不禁遥想当年`` keep the hanzi (there is no ``连！``, ``但！`` nor
    ``不禁。``). (``by_start``: every candidate by its start; the few places found by a regex.)"""
    for match in _after_joining_word_re().finditer(text):
        start = match.end() - 1
        cand = by_start.get(start)
        if cand is None or cand.evidence < DOUBT_FROM:
            continue
        word = text[match.start() : start]
        if len(word) == 1 and any(
            lexicon.is_word(text[start - size : start], min_freq=1) for size in (2, 3, 4) if start >= size
        ):
            continue  # 温和 暖和 普及 相连: a word ends there, and so may a sentence
        if len(word) > 1 and _literary_or_book_of_verse(text):
            continue  # (verse's 不禁 'cannot bear' ends a line: 近来尤不禁。)
        cand.add_doubt(-NEIGHBOUR_PENALTY, f"after {word}, which ends no sentence", EV_NO_MARK)


#: 检查院, the procuratorate misspelt (检察院), is the label 检查： of a medical or an inspection
#: report far more often (体格检查：体温…, 经检查：该车辆…): kept only where an institution is
#: named, after the words that name one (人民检查院 地方检查院 最高…检查院, or a level: 县检查院)
#: or a verb of going (GOING_VERBS: 到检查院去了, a place), or before what a procuratorate does
#: (检查院起诉 批准逮捕 提起公诉 指控…).
PROCURATORATE_MISSPELT: Final = "检查院"
PROCURATORATE_BEFORE: Final = ("人民", "地方", "最高", "军事", "专门", "铁路", "省", "市", "县", "区", "州")
PROCURATORATE_ACTS: Final = ("起诉", "批准", "提起", "指控", "发布", "决定", "依法", "检察", "公诉", "逮捕", "立案")


def _procuratorate_reading(text: str, start: int, end: int) -> bool:
    """Whether the 检查院 at ``text[start:end]`` names the procuratorate: see PROCURATORATE_MISSPELT."""
    return (
        text.endswith(PROCURATORATE_BEFORE, 0, start)
        or text[start - 1 : start] in GOING_VERBS
        or text.startswith(PROCURATORATE_ACTS, end)
    )


def _unlisted_words(text: str, by_start: dict[int, _Candidate]) -> None:
    """A look-alike inside a word of mappings/punct_shift_words.tsv (浴霸 浴盐 院感: words
    jieba's dictionary lacks or counts too rarely) weighs against the mark: at most a doubt,
    reported, never repaired. Not where a neighbour outside the word makes a word with it (院感谢 is ：感谢),
    nor where the look-alike pairs with its closer (野值冶 is “值”).
    (``by_start``: every candidate by its start; the few places found by one regex.)"""
    words = _unlisted_words_re()
    if words is None:
        return
    is_word = lexicon.is_word
    for match in words.finditer(text):
        start, end = match.span()
        word = match.group()
        if (start and is_word(text[start - 1 : start + 1])) or (end < len(text) and is_word(text[end - 1 : end + 1])):
            continue  # 院感谢: the word of the mark reading (感谢) stands there too
        if word == PROCURATORATE_MISSPELT and not _procuratorate_reading(text, start, end):
            continue  # 体格检查院体温: the label 检查： (far more common than the misspelling)
        for index in range(start, end):
            cand = by_start.get(index)
            if cand is None or cand.evidence < DOUBT_FROM or cand.end - cand.start != 1 or EV_PAIRED in cand.kinds:
                continue  # (野值冶 is “值”: a look-alike paired with its closer is the mark)
            if cand.hanzi == ENUMERATION_LOOKALIKE and _in_enumeration(text, index):
                continue  # (韩立成尧都本洁: in a list of names 尧都 is 、都)
            cand.add_doubt(-NEIGHBOUR_PENALTY, f"in the word {word} (a word of {WORDS_TABLE})", EV_LEXICON)


#: Yao's successor Shun: 尧 with 舜 a few characters after it in one clause (尧舜禅让, 尧和舜,
#: 尧舜禹) is the sage king Yao, never the enumeration comma (、舜 makes no item of a list).
SAGE_PARTNER: Final = "舜"
#: How far after 尧 its partner 舜 may stand: one joining word between at most (尧与舜), not two
#: (昔元、恺辅舜: 元 and 恺 are a list, and 舜 the object of 辅).
SAGE_REACH: Final = 2


def _lone_item_words(text: str, by_start: dict[int, _Candidate]) -> None:
    """The enumeration comma's look-alike (尧) ending a dictionary word of two, however rare
    (唐尧 12), where the mark reading leaves the word's first character a lone item before a
    longer word (相传唐尧时代 would be 相传唐、时代: 唐 ends no word, 时代 starts one), or 尧
    before 舜 (SAGE_PARTNER) or, in classical prose, before 曰 (尧曰: Yao said; 、 starts no item
    with a verb): at most a doubt, reported. Items of a list are alike, so a list
    stays a list (唐尧宋尧元 is 唐、宋、元), and none inside a list (_in_enumeration).
    (``by_start``: every candidate by its start; 尧 found by str.find.)"""
    n = len(text)
    for at in _places_of(text, ENUMERATION_LOOKALIKE):
        cand = by_start.get(at)
        if cand is None or cand.evidence < DOUBT_FROM or cand.end - cand.start != 1 or at + 1 >= n:
            continue
        partner = text.find(SAGE_PARTNER, at + 1, at + 1 + SAGE_REACH)
        if (
            partner > 0
            and all(is_han(char) and char not in ENUMERATION for char in text[at + 1 : partner])
            and text[at - 1 : at] != ENUMERATION_LOOKALIKE  # (尧尧舜: 尧、舜; 唐尧尧虞舜: 唐尧、虞舜)
        ):
            why = f"before {SAGE_PARTNER}: the sage king Yao"
        elif text[at + 1] == SAID and _classical_prose(text):
            why = f"before {SAID} in classical prose: the sage king Yao speaks (no list's item is {SAID})"
            said = by_start.get(at + 1)
            if said is not None and said.evidence >= DOUBT_FROM:  # (and 曰 is his "said": 尧； ends no clause)
                said.add_doubt(
                    -NEIGHBOUR_PENALTY, f"after {ENUMERATION_LOOKALIKE}, the sage king Yao who speaks", EV_LEXICON
                )
        elif _lone_before_word(text, at) and not _in_enumeration(text, at):
            why = f"in the word {text[at - 1 : at + 1]}, whose first character the mark would leave alone"
        else:
            continue
        cand.add_doubt(-NEIGHBOUR_PENALTY, why, EV_LEXICON)


#: What 遥 "from afar" comes before in classical prose and verse, after who does it (牧童遥指, 先主遥指骂曰):
#: no sentence of an old novel starts with 指 (三国演义 dev: 7 遥指, all "points from afar"),
#: but before a word 指 starts (指数 指导 指挥部 指标) 遥 is the full stop even there.
FAR_POINTING: Final = "遥指"


def _far_pointing(text: str, by_start: dict[int, _Candidate]) -> None:
    """The full stop's look-alike (遥) before 指 after a hanzi, in classical prose or verse: the adverb
    "from afar", at most a doubt, reported. (One str.find when the text holds no 遥指.)"""
    if FAR_POINTING not in text or not _literary(text):
        return
    for at in _occurrences(text, FAR_POINTING):
        cand = by_start.get(at)
        if cand is None or cand.evidence < DOUBT_FROM or not at or not is_han(text[at - 1]):
            continue
        if lexicon.is_word(text[at + 1 : at + 3], min_freq=1):
            continue  # (。指数 。指导 。指挥部: a sentence starts with the word; 遥指城上 遥指骂曰 do not)
        cand.add_doubt(-NEIGHBOUR_PENALTY, "before 指 in classical prose or verse: 遥指 points from afar", EV_LEXICON)


#: The verbs of seeing and gazing that 遥 "from afar" modifies in verse and the plays (遥见 遥望:
#: words of the language). Where one of them and then a clause's end follow 遥 (人丛里遥见，半遮着罗扇;
#: 时仿佛以遥见兮，), the full stop would leave that verb a clause of its own with nothing seen
#: (。见，): verse rarely starts a sentence so (the dev books of verse and songs: no 。见， nor 。望，
#: against their 50 。见 at a clause's start). Not 观, a noun too (玄都观 the temple, 观 the
#: hexagram: 观，盥而不荐), nor 指 (遥指: :func:`_far_pointing`), nor 看 and 想, which speech says
#: alone (看，那边来了人; 想，就去做).
FAR_SEEING_VERBS: Final = frozenset("见望")
#: The Chu ci's breath particle between a verb and the clause's end (以遥见兮，): it adds no word.
BREATH_PARTICLE: Final = "兮"
#: What ends a sentence before the 遥 (so the next may open on the bare verb): a final particle,
#: classical (瞻也。见，视也: a gloss defines its word so; 去也。见，那里来的) or modern (FINAL_PARTICLES:
#: 开了。见，), and 之, the object that ends a verb's clause (我欲见之。见，则思其人). 遥 "from afar"
#: follows who sees or where from (人丛里遥见, 隔岸遥见), none of them.
SENTENCE_ENDS_BEFORE: Final = FINAL_PARTICLES | frozenset("也矣焉哉乎耳之")


def _far_seeing_alone(text: str, by_start: dict[int, _Candidate]) -> None:
    """The full stop's look-alike (遥) after a hanzi that is no look-alike and ends no sentence
    (SENTENCE_ENDS_BEFORE) nor is the verb itself (所见。见，视也: a gloss repeats the word it defines),
    before a verb of FAR_SEEING_VERBS that ends its clause (a comma, a full stop, an exclamation or
    their look-alikes right after it, or 兮 and then one), in classical prose, verse or a book of
    songs: "from afar", at most a doubt, reported."""
    if STOP_LOOKALIKE not in text or not _literary_or_book_of_verse(text):
        return
    for at in _places_of(text, STOP_LOOKALIKE, 1):
        cand = by_start.get(at)
        if cand is None or cand.evidence < DOUBT_FROM or not is_han(text[at - 1]) or text[at - 1] in _all_lookalikes():
            continue
        verb = text[at + 1 : at + 2]
        if verb not in FAR_SEEING_VERBS or text[at - 1] == verb or text[at - 1] in SENTENCE_ENDS_BEFORE:
            continue
        end = at + 2 + text.startswith(BREATH_PARTICLE, at + 2)
        if text[end : end + 1] not in _CLAUSE_END_AFTER_ONE:
            continue
        cand.add_doubt(-NEIGHBOUR_PENALTY, "before a verb of seeing alone in its clause: 遥 sees from afar", EV_LEXICON)


#: 曰 before an opening mark (“ ‘ 《) or its look-alike (野 耶 叶) in classical prose or verse, after
#: who speaks or what is named (卓按剑曰“今上暗弱, 歌曰‘新野牧, 其题曰《孟德新书》, 以手推松曰“去”): "said, is
#: called"; a semicolon before an opening quotation is a slip of the source after 曰 itself
#: (融曰；“), which the 曰 before it shows (三国演义 dev: 6 曰 so, all "said"; 6 ；“, all after 曰).
#: And before a colon or its look-alike 院 (殷日戒曰：貌善而心恶者, the commentators of 幽梦影):
#: "said" what follows, as 子曰： is; a semicolon never stands right before a colon.
SAID_OPENINGS: Final = (
    "野耶叶" + LEFT_DOUBLE_QUOTE + LEFT_SINGLE_QUOTE + LEFT_BOOK_TITLE + COLON_LOOKALIKE + FULLWIDTH_COLON
)
SAID_BEFORE_OPENINGS: Final = tuple(SAID + opening for opening in SAID_OPENINGS)


def _said_before_quotation(text: str, by_start: dict[int, _Candidate]) -> None:
    """The semicolon's look-alike (曰) before an opening mark, a colon or their look-alikes after a hanzi
    that is no mark's look-alike (曰, 冶), in classical prose or verse: "said", at most a doubt,
    reported. (One str.find when the text holds no 曰: most modern text.)"""
    if SAID not in text or not any(said in text for said in SAID_BEFORE_OPENINGS) or not _literary(text):
        return
    punct = _lookalikes()[0]  # (曰 after a mark's look-alike is no one's "said": 曰曰, 冶曰)
    for said in SAID_BEFORE_OPENINGS:
        for at in _occurrences(text, said):
            cand = by_start.get(at)
            if cand is None or cand.evidence < DOUBT_FROM or not at or not is_han(text[at - 1]):
                continue
            if text[at - 1] in punct:
                continue  # (“安全第一”；“预防为主”: after 冶, the closing quotation, ； parts two quotations)
            if _courtyard_word_after(text, at + 1):
                continue  # (数竿；院中有古井, 内科；院长带班: ； before the courtyard's word)
            cand.add_doubt(
                -NEIGHBOUR_PENALTY, "before a quotation or a colon in classical prose or verse: said", EV_LEXICON
            )


#: What 院 the courtyard comes before in a word that starts a clause of prose: a place in it or by
#: it (院中 院外 院内 院里), its parts (院墙 院门 院落 院子) and 院长, the head of a 院. Not 前
#: (弟木山曰：前四愿 a commentator's colon) nor 貌 (殷日戒曰：貌善), which begin what is said.
COURTYARD_AFTER: Final = frozenset("中外内里墙门落子长")


def _courtyard_word_after(text: str, at: int) -> bool:
    """Whether the colon's look-alike 院 at ``text[at]`` is the courtyard's word's first hanzi
    (数竿曰院中有古井, 内科曰院长带班): before one of COURTYARD_AFTER that starts no common word with
    the hanzi after it (子曰院中庸之为德: 中庸). Then 曰 before it may be the semicolon."""
    return (
        text[at : at + 1] == COLON_LOOKALIKE
        and text[at + 1 : at + 2] in COURTYARD_AFTER
        and not lexicon.is_word(text[at + 1 : at + 3])
    )


def _lone_before_word(text: str, at: int) -> bool:
    """Whether ``text[at]`` ends a dictionary word of two (唐尧), whose first character ends no
    longer word (传唐), and a word of two or more starts right after ``text[at]`` (时代)."""
    if at < 1 or not lexicon.is_word(text[at - 1 : at + 1], min_freq=1):
        return False
    if any(lexicon.is_word(text[at - size : at], min_freq=1) for size in (2, 3, 4) if at >= size):
        return False
    return _word_starts(text[at + 1 : at + 1 + lexicon.MAX_WORD_LEN])


def _in_enumeration(text: str, at: int) -> bool:
    """Whether another enumeration comma (or its look-alike) stands at most LIST_REACH hanzi
    before or after ``text[at]``, with no other look-alike between (刘荣惠尧韩立成尧都本洁:
    a list of names, where 尧都 is 、都; not 尧都袁城内有尧庙, where 袁 stands between)."""
    lookalikes = _all_lookalikes()
    for step in (-1, 1):
        i = at + step
        for _ in range(LIST_REACH + 1):
            if not 0 <= i < len(text):
                break
            char = text[i]
            if char in ENUMERATION:
                return True
            if not is_han(char) or char in lookalikes:
                break
            i += step
    return False


@functools.cache
def _unlisted_words_re() -> re.Pattern[str] | None:
    """The words of mappings/punct_shift_words.tsv that hold a look-alike, longest first."""
    punct = _lookalikes()[0]
    words = sorted(
        (row[0] for row in read_tsv(WORDS_TABLE) if any(char in punct for char in row[0])),
        key=lambda w: (-len(w), w),
    )
    return re.compile("|".join(map(re.escape, words))) if words else None


@functools.cache
def _after_joining_word_re() -> re.Pattern[str]:
    """A word of JOINING_WORDS and a look-alike of a mark of JOINED_MARKS right after it, or one of
    VERB_LEADING_ADVERBS and the full stop's look-alike (遥想 遥望 遥寄: a colon may follow one,
    回答总是：不知道)."""
    marks = "".join(h for h, symbol in _lookalikes()[0].items() if symbol in JOINED_MARKS)
    # Led by one class of every match's first character, each kind then told by a look-behind
    # at that character (the adverbs' rests grouped by their first character, in their order):
    # the engine scans for the class in C, where two alternatives at the top, the second of
    # eleven words, were tried at every position of every text (3% of the dense garble's time).
    # The same matches: no first character of an adverb is a joining word, so exactly the
    # alternatives the old pattern could match at a position are tried there, in its order.
    rests: dict[str, list[str]] = {}
    for adverb in VERB_LEADING_ADVERBS:
        rests.setdefault(adverb[0], []).append(re.escape(adverb[1:]))
    adverbs = "|".join(f"(?<={first})(?:{'|'.join(after)}){STOP_LOOKALIKE}" for first, after in rests.items())
    return re.compile(f"[{JOINING_WORDS}{''.join(rests)}](?:(?<=[{JOINING_WORDS}])[{marks}]|{adverbs})")


@functools.cache
def _before_particle_re() -> re.Pattern[str]:
    """A look-alike of a clause mark right before a particle that starts no clause."""
    stops = "".join(h for h, symbol in _lookalikes()[0].items() if symbol in STOP_PUNCT)
    return re.compile(f"[{stops}](?=[{CLAUSE_NEVER_STARTS}])")


#: How often a word must occur in jieba's counts to hold a common look-alike (舞剧院 7).
RARE_WORD_FREQ: Final = 5


def _rare_words(view: str, candidates: list[_Candidate]) -> None:
    """One of the commonest real hanzi (院, risk class high) that the lexicon alone reads as a
    mark, though the best reading of its window as hanzi puts it inside a word (院区, however
    rare; but not 报道院, where 报道 takes the 道 of 道院): a doubt, not a repair."""
    high_risk = _high_risk()
    for cand in candidates:
        if (
            cand.hanzi in high_risk
            and cand.end - cand.start == 1
            and DOUBT_FROM <= cand.evidence < MARKER_FROM
            and cand.kinds == _LEXICON_KINDS
        ):
            left = _window(view, cand.start, -1)
            right = _window(view, cand.start, 1)
            if (
                _in_best_word(left + cand.hanzi + right, len(left))
                or any(
                    lexicon.is_word(left[-size:] + cand.hanzi, min_freq=RARE_WORD_FREQ)
                    for size in (2, 3)
                    if len(left) >= size
                )
                or (
                    right
                    and lexicon.is_word(cand.hanzi + right[0], min_freq=1)
                    and not _word_starts(right)
                    and not _is_digit_at(view, cand.start - 1)  # 线索1：, 图2：introduce what follows
                )
            ):
                # (歌舞剧院芭蕾舞团: the best reading is 歌舞剧/院, yet 剧院 and 舞剧院 are words)
                cand.add_doubt(0.0, "a dictionary word holds it, and the hanzi is common", EV_OTHER)


def _starts_word_with(hanzi: str, right: str, min_freq: int = 1) -> bool:
    """Whether ``hanzi`` starts a word (of ``min_freq`` at least) with the start of ``right``
    (院长, 院方, 院落)."""
    return bool(right) and any(lexicon.is_word(hanzi + right[:size], min_freq=min_freq) for size in (1, 2, 3))


def _word_starts(text: str) -> bool:
    """Whether a word of two to four starts ``text`` (外国 in ：外国…: then a clause may start
    there, and 院外 is no evidence; 外会诊 starts none)."""
    return any(lexicon.is_word(text[:size], min_freq=1) for size in (2, 3, 4) if len(text) >= size)


#: Words after which a colon introduces what follows (安排如下：, 编者按：, 他宣布：), read as the
#: last word of what comes before 院; and the speech verbs of SPEECH with 道 (回忆道：) or with
#: the one spoken to (告诉我：, 问记者：).
#: (Not 说出: 医生说出院后 is 说/出院, discharged, far oftener than 说出：.)
COLON_INTROS: Final = frozenset({"如下", "编后", "编者按", "宣布", "规定", "提法", "做法", "写道", "说道", "问道"})
SPOKEN_TO: Final = ("我", "他", "她", "我们", "记者")
#: Nouns of what one thinks or says, which a colon follows as it follows 提法 (一个想法：把…,
#: 此说法：1，…), but which 想 看 说 before 法院 end too (我想法院会…, 他说法院已受理, 要看法院
#: 怎么判): read so only where what stands before makes them nouns (OPINION_NOUN_MAKERS).
OPINION_NOUNS: Final = frozenset({"想法", "看法", "说法"})
#: A word ending in a classifier or 的, or 此 standing alone as a word: what a noun follows, never
#: the verb 想 看 说 (一个想法, 这种说法, 这些看法, 我的看法, 此说法). Not 这 那 (这看法院怎么判了, 那说法院
#: 也管不了: the subject before the verb), nor 和 与 及 (和看法院判决: a joiner of verb phrases too),
#: nor 此 ending a word (因此看法院, 如此说法院).
OPINION_NOUN_MAKER_ENDS: Final = frozenset("个种些的")
OPINION_NOUN_MAKER_WORDS: Final = frozenset({"此"})
#: How often the last character of an introducing word and 院 must make a word (法院 2,312;
#: not 下院 391 nor 道院 34) to read 院 with it before a part of an institution (院党委 院领导).
COMMON_INTRO_WORD_FREQ: Final = 1000
#: Verbs of an inscription, after which a colon introduces the words it quotes (匾上书：“…”,
#: 碑上刻着：“…”), though 书院 is a word: only before an opening quotation (上书院长 is a
#: letter to the dean, 上书院读书 to attend an academy).
QUOTE_INTROS: Final = ("上书", "刻着", "写着")
#: How often a word 院 starts after an editor's note or a dateline's 报道 must be to make 院 a
#: doubt there, unless what follows starts a word of its own (院长 6,397, 院方 58, 院务 27: 编者按
#: 院长的讲话 reads either way; not 院办 2: 编者按院办任何事情 is 编者按：办任何事情).
AFTER_INTRO_WORD_FREQ: Final = 10
INSTITUTION_PARTS: Final = ("党委", "党组", "领导", "机关", "职工", "干部", "办公室")
#: What follows 院 (the institute) as a part or a level of it: 院领导 院属 院一级.
INSTITUTION_FOLLOWERS: Final = (*INSTITUTION_PARTS, "属", "一级", "两级")
NOT_INSTITUTION_FOLLOWERS: Final = ("属于", "属实", "属性")
#: What an institute has one of, said 院 and one hanzi (院训 院名 院徽 院歌 院规 院旗 院庆 院刊
#: 院报), words jieba lacks: before one that a mark, a mark's look-alike or EMBLEM_FOLLOWERS
#: follows (院训“厚德载物”, 院名是, 院徽，, 院训与校风: a joiner of nouns), 院 reads as well as a
#: colon; not 名为 (控件：名为“CheckBox1”), 规定, 报告, 歌曲, nor before a given name (袁隗之侄：
#: 名绍，字本初).
INSTITUTION_EMBLEMS: Final = frozenset("训名徽歌规旗庆刊报")
EMBLEM_FOLLOWERS: Final = frozenset("是的与和及都也")
EMBLEM_JOINERS: Final = frozenset("与和及")
#: Marks that end a noun of one hanzi, whose look-alikes after an emblem make it an item of a
#: list after a colon (包括：报、刊、台, 名与利。), not the institute's (院训与校风: a noun of two).
LIST_ITEM_ENDS: Final = frozenset("、，。尧袁遥")
#: Words that introduce a list, after which 院 before an emblem is the colon (新闻媒体包括：报、
#: 刊, 出版物分为两类：报和刊, 他只图一样：名。).
#: The enumeration comma and its look-alike: after an emblem, an item of a list (报、刊), while
#: a full stop may end a sentence on the institute's (大家齐唱院歌。).
LIST_COMMAS: Final = frozenset("、尧")
LIST_INTROS: Final = ("包括", "两类", "两种", "一样", "多样", "分为")


def _before_institution_part(text: str, at: int) -> bool:
    """Whether a part or a level of an institute (院领导, 院属) or one of its emblems before a mark
    or EMBLEM_FOLLOWERS (院训“, 院徽，, 院训是) stands at ``at``, right after 院."""
    if text.startswith(INSTITUTION_FOLLOWERS, at):
        return not text.startswith(NOT_INSTITUTION_FOLLOWERS, at)
    if text[at : at + 1] not in INSTITUTION_EMBLEMS or lexicon.is_word(text[at : at + 2], min_freq=1):
        return False
    if text.endswith(LIST_INTROS, 0, at - 1) or text[at] in text[max(at - 4, 0) : at - 1]:
        # 包括院报尧刊, 三面旗帜院旗是红色的: the emblem is an item the words before name
        return False
    after = text[at + 1 : at + 2]
    if after in LIST_COMMAS:
        return False
    if after in EMBLEM_JOINERS:
        # 院训与校风 (a noun of two joined), not 名与利遥 (an item of one)
        return is_han(text[at + 3 : at + 4] or "a") and text[at + 3] not in LIST_ITEM_ENDS
    return not is_han(after or "a") or after in _lookalikes()[0] or after in EMBLEM_FOLLOWERS


@functools.cache
def _colon_intro_ends() -> frozenset[str]:
    """The last characters of the words after which 院 may be the colon (a quick test)."""
    return frozenset(word[-1] for word in (*COLON_INTROS, *QUOTE_INTROS, "道", *SPOKEN_TO))


def _colon_after_intro(view: str, text: str, by_start: dict[int, _Candidate]) -> None:
    """``安排如下院第一天`` is ``安排如下：第一天``: 院 right after a word that introduces what
    follows (COLON_INTROS, 回忆道, 告诉我) is the colon, though 下院 书院 道院 are words, unless 院
    starts a word with what follows it (宣布院长人选, 规定院方…: the hanzi). (``by_start``: every
    candidate by its start; the few 院 found by str.find.)"""
    intro_ends = _colon_intro_ends()
    for start in _places_of(text, COLON_LOOKALIKE):
        cand = by_start.get(start)
        if cand is None or cand.end - start != 1 or not start:
            continue
        if cand.evidence >= DOUBT_FROM and _before_institution_part(text, start + 1) and is_han(text[start - 1]):
            # 宣布院领导班子, 规定院属各单位, 刻着院训“厚德载物”: 院 (the institute) before a part or an
            # emblem of it reads as well as a colon before 领导: a doubt, reported
            cand.add_doubt(0.0, f"before {text[start + 1 : start + 3]}: 院 may be the institute", EV_OTHER)
            continue
        if view[start - 1] in _ITEM_HEADING_ENDS:
            if cand.evidence > DOUBT_FROM and EV_PAIRED not in cand.kinds and _heading_cut_after(view, start):
                cand.add(0.0, "after a part heading, where the colon would leave a hanzi alone (院史回顾)", EV_OTHER)
                cand.evidence = DOUBT_FROM
                continue
            if cand.evidence < LIKELY_FROM:
                _colon_after_item_heading(view, cand)
                continue
        if cand.evidence >= LIKELY_FROM or view[start - 1] not in intro_ends:
            continue  # (the common cases: a colon already, or after no introducing word: 学院)
        if EV_NO_MARK in cand.kinds or EV_PAIRED in cand.kinds:
            continue
        left = _window(view, start, -1)
        if len(left) < 2:
            continue
        right = _window(view, start, 1)
        if _introduces_whatever_follows(view, start):
            if _starts_word_with(cand.hanzi, right, AFTER_INTRO_WORD_FREQ) and not _word_starts(right):
                # 编者按院长的讲话, 电记者张华报道院长王明说: 院长 reads as well as a colon before 长的
                cand.add(0.0, "after an editor's note or a dateline's 报道, though 院 starts a word", EV_OTHER)
                cand.evidence = DOUBT_FROM
                continue
            cand.add(LIKELY_FROM - min(cand.evidence, 0.0), "after an editor's note or a dateline's 报道", EV_OTHER)
            cand.evidence = max(cand.evidence, LIKELY_FROM)
            continue
        if _starts_word_with(cand.hanzi, right):
            continue  # 院长, 院方, 院落: the hanzi starts a word with what follows
        words = lexicon.best_segmentation(left)
        last = words[-1]
        before = words[-2] if len(words) > 1 else ""
        if lexicon.frequency(last[-1] + cand.hanzi) >= COMMON_INTRO_WORD_FREQ and right.startswith(INSTITUTION_PARTS):
            continue  # 这一提法院党委讨论了三次: 法院 is a common word, and 院党委 its committee
        if last in COLON_INTROS:
            why = f"after {last}, which introduces what follows"
        elif last in OPINION_NOUNS and (before[-1:] in OPINION_NOUN_MAKER_ENDS or before in OPINION_NOUN_MAKER_WORDS):
            why = f"after {before}{last}, a noun of what one thinks, which introduces what follows"
        elif last in QUOTE_INTROS and _quotation_follows(view, start + 1):
            why = f"after {last}, which introduces the words it quotes"
            if last == "上书" and _academy_named(view, start):
                # 江上书院“听涛”的匾额: the quotation names the academy, and the text goes on about it
                cand.add_doubt(0.0, f"{why}, though no inscription ends after it: 书院 may be an academy", EV_OTHER)
                continue
        elif (last == "道" and before.endswith(SPEECH)) or (last in SPOKEN_TO and before.endswith(SPEECH)):
            why = f"after {before}{last}, which introduces what is said"
            if last in SPOKEN_TO and lexicon.is_word(last + cand.hanzi, min_freq=1):
                # 告诉我院领导已经同意 (我院: our hospital, our court) reads as well as 告诉我：
                # 今年已经七十岁了: a doubt, reported
                cand.add_doubt(0.0, f"{why}, though {last}{cand.hanzi} is a word", EV_OTHER)
                continue
        else:
            continue
        cand.add(LIKELY_FROM - min(cand.evidence, 0.0), why, EV_OTHER)
        cand.evidence = max(cand.evidence, LIKELY_FROM)


#: The nouns that name the items of a list, in a heading of one (⏎原因之三：, ⏎误区三：,
#: ⏎案例五：) or before their count (原因有三：首要原因是…, 方法有三：一、…).
ITEM_NOUNS: Final = (
    "原因",
    "误区",
    "案例",
    "问题",
    "方法",
    "措施",
    "特点",
    "经验",
    "启示",
    "建议",
    "对策",
    "做法",
    "理由",
    "办法",
    "体会",
    "教训",
    "途径",
    "步骤",
    "原则",
)
#: How the first of the items counted before a colon starts (原因有三：首要原因是…, 方法有三：
#: 一、…): after a count, 院 before any other word may be the institutes counted (做法有三院联动).
FIRST_ITEM_STARTS: Final = ("第一", "首先", "首要", "其一")
#: The first item's numeral alone (一、稀释, 一是…), not in a word (三院一起研究, 一致, 一把手).
FIRST_ITEM_ONE: Final = "一"
#: What follows the first item's numeral alone: 、 (or its look-alike 尧), 是, a comma.
FIRST_ITEM_ONE_AFTER: Final = frozenset("、尧是，袁")
#: The parts of a text a heading numbers with 第 (⏎第三部分：, ⏎第二条：).
HEADING_PARTS: Final = ("部分", "章", "节", "条")
#: What stands where a heading starts: a line's start, a full stop (real, or its look-alike).
HEADING_AFTER: Final = frozenset("\n。" + STOP_LOOKALIKE)
#: The last characters of an item's heading before 院 (a quick test).
_ITEM_HEADING_ENDS: Final = COUNTED_NAMES | frozenset(part[-1] for part in HEADING_PARTS)


def _item_heading(view: str, start: int) -> bool:
    """Whether a list's item or part heads what follows ``start``: a noun of ITEM_NOUNS and a
    numeral where a heading starts (⏎原因之三, ⏎误区三, ⏎案例五), 第, a numeral and a part of
    HEADING_PARTS there (⏎第三部分), or such a noun, 有 and a numeral before the first item
    (原因有三：首要…, 方法有三：一、…)."""
    heading = _heading_before(view, start)
    if heading == HEADING_COUNT:
        return _first_item_follows(view, start + 1)
    return bool(heading) and _heading_text_follows(view, start + 1)


#: What :func:`_heading_before` finds: a part's heading (⏎第三部分), an item's (⏎原因之三,
#: ⏎案例五), the items' count (原因有三)
HEADING_PART, HEADING_ITEM, HEADING_COUNT = "part", "item", "count"


def _heading_before(view: str, start: int) -> str:
    """Which heading ends at ``start`` (see :func:`_item_heading`; "" for none)."""
    end = start
    part = next((part for part in HEADING_PARTS if view.startswith(part, start - len(part))), "")
    end -= len(part)
    at = end
    while at > end - 2 and at and view[at - 1] in COUNTED_NAMES:
        at -= 1
    if at == end:
        return ""
    # (index arithmetic, no slices of the text before: a slice per candidate is quadratic on a
    # text of one line)
    if part:
        found = view[at - 1 : at] == "第" and (at == 1 or view[at - 2] in HEADING_AFTER)
        return HEADING_PART if found else ""
    if view[at - 1 : at] == "有":
        return HEADING_COUNT if view.endswith(ITEM_NOUNS, 0, at - 1) else ""
    if view[at - 1 : at] == "之":
        at -= 1
    noun = next((noun for noun in ITEM_NOUNS if view.endswith(noun, 0, at)), "")
    found = bool(noun) and (at == len(noun) or view[at - len(noun) - 1] in HEADING_AFTER)
    return HEADING_ITEM if found else ""


def _heading_cut_after(view: str, start: int) -> bool:
    """Whether the colon at ``start`` after a part's or an item's heading would leave a hanzi
    alone before what follows (⏎第一章院史回顾 is 院史 回顾, ⏎措施一院地共建 院地 共建, ⏎案例二
    院外心脏骤停 院外 心脏骤停: not 史 回顾, 地 共建), though 院 and that hanzi make no word of the
    lexicon: a heading's text starts with a word (第一章：总则) or an anonymised party (案例二：叶某诉
    某医院, 案例四：某村民委员会), so 院 there is a doubt. Not before a hanzi that opens a text
    as a word of its own (:func:`_opens_heading_alone`: 第二章：水的循环, 第六章：再出发)."""
    if _heading_before(view, start) not in (HEADING_PART, HEADING_ITEM):
        return False
    right = _window(view, start, 1)
    if len(right) < 2 or ANONYMOUS in right[:2]:
        return False
    return len(lexicon.best_segmentation(right)[0]) == 1 and not _opens_heading_alone(right[0])


#: How common a hanzi must be as a word of its own to open a heading's text alone (第二章：水的
#: 循环, 第三章：我的家乡, 原因之一：钱不够用, 第六章：再出发: 水 我 钱 再 are common words),
#: where 院 and a rarer one are a word the lexicon lacks (院史 7637, 院训 1058)
HEADING_WORD_FREQ: Final = 10000
#: Common words alone that open no heading's text: particles after a word, and the ends of words
#: of 院 the lexicon lacks (措施一院地共建 院地 共建, ⏎第三章院花与院树, ⏎第二节院后随访, 院风建设,
#: and the emblems of INSTITUTION_EMBLEMS: 院报简介, 院名由来)
NO_HEADING_OPENERS: Final = frozenset("得着了过的地花后风") | INSTITUTION_EMBLEMS


def _opens_heading_alone(hanzi: str) -> bool:
    """Whether ``hanzi`` opens a heading's text as a word of its own (水 of 水的循环, 在 of 在路上):
    a common word (HEADING_WORD_FREQ) but NO_HEADING_OPENERS that makes no word after 院 (院外
    of 院外心脏骤停, the hospital's outside)."""
    return (
        lexicon.frequency(hanzi) >= HEADING_WORD_FREQ
        and hanzi not in NO_HEADING_OPENERS
        and not lexicon.is_word(COLON_LOOKALIKE + hanzi, min_freq=1)
    )


def _first_item_follows(view: str, at: int) -> bool:
    """Whether the first item of a list starts at ``at`` (首要原因, 第一, 一、, 一是), not a word
    that starts with 一 (一起 一致 一把手)."""
    if view.startswith(FIRST_ITEM_STARTS, at):
        return True
    if not view.startswith(FIRST_ITEM_ONE, at):
        return False
    return view[at + 1 : at + 2] in FIRST_ITEM_ONE_AFTER or not _word_starts(view[at : at + 4])


def _heading_text_follows(view: str, at: int) -> bool:
    """Whether the text after a heading starts at ``at`` with a word of its own (管理弊端,
    圆满完成), or an anonymised name (袁某), not the rest of a word 院 starts (院情简介 院企合作
    院徽)."""
    return _word_starts(view[at : at + 4]) or view[at + 1 : at + 2] == ANONYMOUS


def _colon_after_item_heading(view: str, cand: _Candidate) -> None:
    """``⏎原因之三院管理弊端多`` is ``原因之三：管理弊端多``: 院 right after a list's item or part
    heading (:func:`_item_heading`: ⏎误区三, ⏎第三部分, 原因有三 before the first item) is the colon, though 三院 and
    部分院 read as hanzi, unless it starts a word with what follows (原因之三院长…, 第三部分院校).
    Not a hospital by its number (北医三院, 市三院): no noun of a list's item names one."""
    start = cand.start
    if EV_NO_MARK in cand.kinds or EV_PAIRED in cand.kinds or not _item_heading(view, start):
        return
    right = _window(view, start, 1)
    if right and any(lexicon.is_word(cand.hanzi + right[:size], min_freq=1) for size in (1, 2, 3)):
        return
    cand.add(
        LIKELY_FROM - min(cand.evidence, 0.0), "after a list's item or part heading (原因之三, 第三部分)", EV_OTHER
    )
    cand.evidence = max(cand.evidence, LIKELY_FROM)


#: The editor's note, whose text follows it after a colon, whatever it starts with (编者按：办任何
#: 事情…; a note that starts with 院长 is garbled 编者按院院长).
EDITORS_NOTE: Final = "编者按"
#: A dateline's report by its reporters, its whole line before 院 (长沙1月10日电记者吴兴华报道：,
#: 本报讯记者薛原、李林报道：): the paper, the place and the day, then 日电, 社电 or 报讯 (not 致电,
#: 来电, 通讯记者), 记者, up to three names of two to four hanzi joined by 、 (or its look-alike 尧)
#: or a space, and 报道.
_DATELINE_REPORT_RE: Final = re.compile(
    r"[^，。袁遥]{0,16}(?:[日社]电|报讯)记者(?:(?![袁遥尧院])[\u4e00-\u9fff]){2,4}"
    r"(?:[、尧 ](?:(?![袁遥尧院])[\u4e00-\u9fff]){2,4}){0,2}报道"
)
#: How far back the line of a dateline's report starts at most (its 16 + 4 + 14 + 2 characters).
_DATELINE_REPORT_MAX: Final = 40


def _introduces_whatever_follows(view: str, start: int) -> bool:
    """Whether what stands before ``start`` is followed by a colon whatever follows it: the
    editor's note (``编者按院办任何事情``) and a dateline's report (``电记者吴兴华报道院长沙市``),
    though 院 starts a word there (院办, 院长). Not a report that a sentence tells of (本报记者王林
    报道院长辞职一事, 昨天，晚报记者…: no 电 or 讯 before 记者 where the line starts)."""
    if view.endswith(EDITORS_NOTE, 0, start):
        return True
    if not view.endswith("报道", 0, start):
        return False
    # (bounded: on a text of one line, a search to its start for every 报道院 is quadratic)
    bound = max(0, start - _DATELINE_REPORT_MAX)
    line_start = view.rfind("\n", bound, start) + 1
    if not line_start and bound:
        return False
    return _DATELINE_REPORT_RE.fullmatch(view, line_start, start) is not None


#: How far a quotation after a verb of an inscription may run to its closing mark.
_QUOTATION_MAX: Final = 60


def _quotation_follows(view: str, at: int) -> bool:
    """Whether a quotation opens at ``at`` and closes within its clause (上书院野祖国荣誉高于一切冶),
    not 野 of a word (上书院野餐): its closing mark comes before any line break or other
    opening mark, and before any full stop but one right before it (…一切。”)."""
    if view[at : at + 1] not in _OPEN_QUOTES:
        return False
    for index in range(at + 1, min(len(view), at + 1 + _QUOTATION_MAX)):
        char = view[index]
        if char in _CLOSE_QUOTES:
            return index > at + 1
        if char == "\n" or char in _OPEN_QUOTES:
            return False
        if char in "。" + STOP_LOOKALIKE and view[index + 1 : index + 2] not in _CLOSE_QUOTES:
            return False
    return False


#: What follows the closing mark of an inscription's words (匾上书：“明德”二字, …“明德”字样,
#: …“明德”。): a mark or its look-alike, or a count of characters (INSCRIPTION_COUNTS before 字
#: or 个: 四个大字); not what goes on about an academy so named (书院“听涛”的匾额, …建于明代).
INSCRIPTION_ENDS: Final = ("字样", "大字", *"，。；！、袁遥曰钥尧")
INSCRIPTION_COUNTS: Final = "一二两三四五六七八九十几"


def _academy_named(view: str, start: int) -> bool:
    """Whether the 院 at ``start`` after 上书 may end 书院, an academy the quotation after it
    names (江上书院“听涛”的匾额很有名, 城上书院“望江”已经修复: 上 'on' the river, the wall, and
    the segmenter may still cut 江 上书): what follows the closing mark ends no inscription
    (INSCRIPTION_ENDS), nor the text or its line (匾上书院“明德”二字 stays a colon)."""
    close = start + 2
    while close < len(view) and view[close] not in _CLOSE_QUOTES:
        close += 1
    after = view[close + 1 : close + 3]
    if not after or after[0] == "\n" or after.startswith(INSCRIPTION_ENDS):
        return False
    return not (after[0] in INSCRIPTION_COUNTS and after[1:] in ("字", "个"))


#: Opening and closing quotation marks, real and their look-alikes (野 冶).
_OPEN_QUOTES: Final = frozenset("“野")
_CLOSE_QUOTES: Final = frozenset("”冶")


#: The character after an opening quotation mark and before a closing one (group 1). The
#: opening mark is matched, not looked behind for: a regex that starts with a look-behind
#: tries every position of the text, one that starts with a class scans for it (twice as fast).
_OPEN_QUOTE_LEADS: Final = "".join(sorted(_OPEN_QUOTES))
_QUOTED_SINGLE_RE: Final = re.compile(f"[{''.join(_OPEN_QUOTES)}](?=(.)[{''.join(_CLOSE_QUOTES)}])", re.DOTALL)


def _quoted_single(text: str, by_start: dict[int, _Candidate]) -> None:
    """``野曰冶`` is ``“曰”`` (a character quoted), not ``“；”``: nothing quotes a lone mark.
    (``by_start``: every candidate by its start; the few quoted characters found by a regex.)"""
    for match in _matches_led_by(_QUOTED_SINGLE_RE, text, _OPEN_QUOTE_LEADS):
        cand = by_start.get(match.start(1))
        if cand is None or cand.end - cand.start != 1 or cand.symbol in QUOTES:
            continue
        if cand.evidence >= DOUBT_FROM:
            cand.add_doubt(-TITLE_PENALTY, "alone between quotation marks (a quoted character)", EV_OTHER)


#: The names of marks, and the mark each names: a manual shows a mark in parentheses after its
#: name (以逗号渊袁冤分隔, 使用问号渊钥冤作为, 双引号渊野冶冤, 千位分隔符渊袁冤) or names it so after
#: the mark (⏎院 渊冒号冤⏎): there the look-alike is that mark, though it stands alone between
#: marks and with them makes a run a quoted example would (渊袁冤尧).
MARK_NAMES = {
    "逗号": FULLWIDTH_COMMA,
    "千位分隔符": FULLWIDTH_COMMA,
    "句号": IDEOGRAPHIC_FULL_STOP,
    "顿号": IDEOGRAPHIC_COMMA,
    "冒号": FULLWIDTH_COLON,
    "分号": FULLWIDTH_SEMICOLON,
    "问号": FULLWIDTH_QUESTION,
    "引号": LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE,
}
#: What opens and closes the parentheses that show a named mark (real, ASCII or garbled).
NAMED_MARK_OPENERS: Final = "（(渊"
NAMED_MARK_CLOSERS: Final = "）)冤"


@functools.cache
def _named_mark_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A mark's name and the mark's look-alike (or look-alikes of 引号: 野冶 野 冶) in parentheses
    (group ``name``, the look-alikes from group ``marks``); a name in parentheses (group
    ``named``); and what a line holds before it for the look-alike at the line's start that
    it names (group ``before``). Each scan is led by its characters (a name, an opener): led
    by a line's start, the engine tried a match at every position of the text."""
    of_mark = {symbol: hanzi for hanzi, symbol in _lookalikes()[0].items()}
    shown = sorted({"".join(of_mark[m] for m in marks) for marks in MARK_NAMES.values()}, key=len, reverse=True)
    marks = "|".join(shown + [of_mark[m] for m in LEFT_DOUBLE_QUOTE + RIGHT_DOUBLE_QUOTE])
    names = "|".join(sorted(MARK_NAMES, key=len, reverse=True))
    opener, closer = f"[{re.escape(NAMED_MARK_OPENERS)}]", f"[{re.escape(NAMED_MARK_CLOSERS)}]"
    return (
        re.compile(f"(?P<name>{names}){opener}(?P<marks>{marks}){closer}"),
        re.compile(f"{opener}(?P<named>{names}){closer}"),
        re.compile(f"[ \u3000]*(?P<before>{marks})[ \u3000]*"),
    )


def _named_mark_matches(text: str) -> list[tuple[int, int, str, int, int]]:
    """Per mark shown beside its name: (where the match starts, ends, the name, where its
    look-alikes start, end), as one scan of the two shapes found them (``name（marks）``, and
    ``⏎marks （name）`` at a line's start): no match of one shape overlaps one of the other
    (a name is followed by an opener in one, by a closer in the other)."""
    shown_re, named_re, before_re = _named_mark_re()
    found = [(m.start(), m.end(), m.group("name"), *m.span("marks")) for m in shown_re.finditer(text)]
    for match in named_re.finditer(text):
        line = text.rfind("\n", 0, match.start()) + 1
        before = before_re.fullmatch(text, line, match.start())
        if before is not None:
            found.append((line, match.end(), match.group("named"), *before.span("before")))
    return found


#: The last hanzi of every name of MARK_NAMES (逗号 千位分隔符): a quick test first.
MARK_NAME_ENDS: Final = frozenset(name[-1] for name in MARK_NAMES)


def _named_marks(text: str, by_start: dict[int, _Candidate]) -> frozenset[int]:
    """A look-alike shown in parentheses after the name of its mark (以逗号渊袁冤而非分号, 使用问号渊钥冤,
    双引号渊野冶冤), or at a line's start before its name in parentheses (院 渊冒号冤): the mark
    (MARK_NAMES), and so are the parentheses' look-alikes. Returns where those look-alikes
    stand: no quoted example of the garble (``_quoted_runs``) holds them. (``by_start``: every
    candidate by its start.)"""
    if not any(opener in text for opener in NAMED_MARK_OPENERS) or not any(end in text for end in MARK_NAME_ENDS):
        return frozenset()  # (most texts name no mark in parentheses)
    lookalikes = _lookalikes()[0]
    shown: set[int] = set()
    for match_start, match_end, name, start, end in _named_mark_matches(text):
        named = MARK_NAMES[name]
        if not all(lookalikes[hanzi] in named for hanzi in text[start:end]):
            continue  # (the look-alike of another mark: 逗号渊钥冤 shows no comma)
        for at in range(match_start, match_end):
            cand = by_start.get(at)
            if cand is None:
                continue
            shown.add(at)
            if cand.evidence < LIKELY_FROM:
                cand.add(LIKELY_FROM - min(cand.evidence, 0.0), "a mark shown beside its name (逗号（，）)", EV_OTHER)
                cand.evidence = LIKELY_FROM
    return frozenset(shown)


def _context(text: str, candidates: list[_Candidate]) -> None:
    """Evidence from the characters around each look-alike (one pass, for speed):

    * clause marks end lines and sit before spaces (where extraction split the line), and
      never start a line;
    * ``说院野`` is ``说：“``: a colon look-alike right before an opening quotation;
    * ``袁女士``, ``叶老师``: a surname before a title; ``姓袁``: a surname after 姓;
    * ``子曰`` before a quotation or a colon, and a master's ``孔子曰`` at a line end: "said";
    * no ``·`` ends a line (``瓦窑``, ``汝窑`` at a title's end are the kiln);
    * a single ``噎`` is at most reported: the ellipsis is written doubled;
    * ``4窑圆怨`` is ``4·29``: an interpunct look-alike between two numbers.
    """
    quotes = (LEFT_DOUBLE_QUOTE, LEFT_SINGLE_QUOTE)
    openings = {c.start for c in candidates if c.symbol in quotes and c.evidence >= MARKER_FROM}
    spaces = _INLINE_SPACES
    triggers = _name_triggers()
    firsts = _title_firsts()
    speech_firsts = _SPEECH_FIRSTS
    edges, n = _POSITION_EDGES, len(text)
    for cand in candidates:
        symbol = cand.symbol
        start, end = cand.start, cand.end
        capped = False  # (a name's or 曰's cap holds whatever the position evidence below adds)
        if cand.hanzi in SURNAME_LOOKALIKES and end - start == 1:
            # (a title, a word of address and 家 start with one of ``firsts``: the common case,
            # none of them, is one set lookup)
            if text[end : end + 1] in firsts and _before_title(text, cand):
                pass
            elif _surname_verb_before(text, start):
                cand.add(-TITLE_PENALTY, f"a surname after {SURNAME_MARKER}", EV_SURNAME)
            elif text[start - 1 : start] in OBJECT_TAKERS and (taker := _object_taker_before(text, start)):
                taken = f"after {taker}, which takes what follows with no comma between (他是袁州人, 在袁家村)"
                cand.add(0.0, taken, EV_NAME)  # (no surname read: no given name to spread, 他是袁州人)
                capped = True
            elif _opponent_named_after(text, start):
                opponent = "after a verb that takes its opponent as its object, before a name (战胜了袁伟)"
                cand.add(0.0, opponent, EV_NAME)  # (a doubt: 张晓东说袁晓东 elsewhere may be ，晓东)
                capped = True
            elif _passive_agent_named_after(text, start):
                agent = "after the passive 被, before a given name and a verb: its agent (他被袁伟打了一拳)"
                cand.add(0.0, agent, EV_NAME)  # (a doubt: a surname read would spread the given name)
                capped = True
            elif (
                not start
                or text[start - 1] in triggers
                or text[start - 1] in spaces
                or text[end : end + 1] == ANONYMOUS
                or (
                    (text[start + 2 : start + 3] in speech_firsts or text[start + 3 : start + 4] in speech_firsts)
                    and (text.startswith(SPEECH, start + 3) or text.startswith(SPEECH, start + 2))
                )
            ):  # (the common case, nothing that _name_context starts from, is skipped here)
                why = _name_context(text, cand.start)
                if why is not None:
                    cand.add(-TITLE_PENALTY, why[1], why[0])
                    capped = True
        elif cand.hanzi == SAID and cand.start and (text[cand.start - 1] in SPEAKERS or _master_said(text, start)):
            _, nxt = _next_visible(text, cand.end - 1, 1)
            if nxt in _QUOTE_OR_COLON and text[cand.start - 1] in SPEAKERS:
                cand.add(-TITLE_PENALTY, f"{text[cand.start - 1]}曰 (…said) before a quotation or a colon", EV_OTHER)
                capped = True
            elif nxt in ("", "\n") and _master_said(text, cand.start):
                cand.add(-TITLE_PENALTY, "a master's 曰 (…said) ends the line", EV_OTHER)
                capped = True
        if symbol not in OPENING_PUNCT and (
            symbol in _POSITION_MARKS or not start or end >= n or text[start - 1] in edges or text[end] in edges
        ):  # (the common case, a look-alike between two visible characters, has no position)
            _position(text, cand, openings)
        if capped:
            cand.evidence = min(cand.evidence, DOUBT_FROM)


#: What :func:`_position` reads beside a look-alike: a space or a line break (or the text's edge,
#: tested apart); and the marks it reads between any neighbours (a colon before a quotation or at
#: a place, an interpunct between numbers or at a place, a single …). A look-alike of any other
#: mark between two characters of neither kind gets nothing from it, so it is not asked.
_POSITION_EDGES: Final = frozenset(_INLINE_SPACES + "\n\r")
_POSITION_MARKS: Final = (FULLWIDTH_COLON, MIDDLE_DOT, HORIZONTAL_ELLIPSIS)


def _position(text: str, cand: _Candidate, openings: set[int]) -> None:
    """:func:`_context`'s evidence from where a look-alike that opens nothing stands: before a
    quotation, between numbers, at a line's start or end, before a space (``openings``: where
    the “ and ‘ look-alikes read as marks stand)."""
    symbol, start, end, n = cand.symbol, cand.start, cand.end, len(text)
    spaces, quotes = _INLINE_SPACES, (LEFT_DOUBLE_QUOTE, LEFT_SINGLE_QUOTE)
    index = end
    after = text[end] if end < n else ""
    if after in spaces:  # also at the end of the text ('' is in every string)
        index, after = _next_visible(text, end - 1, 1)
    if symbol == FULLWIDTH_COLON and (index in openings or after in quotes):
        cand.add(COLON_QUOTE_BONUS, "before a quotation", EV_OTHER)
    elif symbol == MIDDLE_DOT and _is_digit_at(text, cand.start - 1) and _is_digit_at(text, cand.end):
        cand.add(PAIR_BONUS, "between two numbers (a date such as 4·29)", EV_OTHER)
    elif symbol == HORIZONTAL_ELLIPSIS and cand.end - cand.start == 1:
        cand.add_doubt(0.0, "a single … (the ellipsis is written doubled)", EV_OTHER)
        return
    before = text[start - 1] if start else ""
    gutter = before in spaces and before != ""
    if gutter:
        _, before = _next_visible(text, start, -1)
    if symbol in _PLACE_MARKS and _hanzi_of_a_place(text, cand, before, after):
        return
    if gutter and symbol == FULLWIDTH_COLON and _header_date_colon(text, start, end):
        header = f"alone between spaces after a date's {DATE_DAY} (a review's header: 2008年7月24日 ： 房间…)"
        cand.add(LIKELY_FROM - min(cand.evidence, 0.0), header, EV_OTHER)
        cand.evidence = max(cand.evidence, LIKELY_FROM)
    elif gutter and symbol == FULLWIDTH_COLON and _glossary_sign_colon(text, start, end):
        glossary = "alone between spaces after a line's ASCII sign (a manual's glossary: <= ： 小于等于)"
        cand.add(LIKELY_FROM - min(cand.evidence, 0.0), glossary, EV_OTHER)
        cand.evidence = max(cand.evidence, LIKELY_FROM)
    elif before in ("", "\n") and symbol not in FREE_PUNCT:
        cand.add_doubt(-LINE_START_PENALTY, "a line never starts with this mark", EV_NO_MARK)
    elif before in ("", "\n") and symbol == MIDDLE_DOT and _kiln_at_line_start(text, cand):
        cand.add_doubt(
            -LINE_START_PENALTY, "the kiln before a word of kilns, at the start of one line only", EV_NO_MARK
        )
    elif (
        gutter
        and symbol not in FREE_PUNCT
        and is_han(after)
        and not (before in _REAL_MARKS or before in _lookalikes()[0])
    ):
        # Where extraction split a line, the piece after the space is a line start too:
        # a clause or closing mark does not begin it (冠军  袁野 is a name in a table).
        # After a mark it may (。 ” where OCR spaced the two).
        cand.add(
            -LINE_START_PENALTY, "after a space and before a hanzi, where no line starts with this mark", EV_NO_MARK
        )
    elif after in ("", "\n", "\r") and symbol == MIDDLE_DOT:
        # The interpunct stands between two names or numbers (马克·吐温, 4·29): none ends a
        # line (瓦窑, 汝窑 at a verse's or a title's end are the kiln).
        cand.add_doubt(-LINE_START_PENALTY, "ends the line, where no · stands", EV_NO_MARK)
    elif after in ("", "\n", "\r") and symbol == FULLWIDTH_COLON and _item_of_one_word(text, start, end):
        return  # (●影院⏎●商场: a list's item, the word 影院; a colon there would label 影 with nothing)
    elif after in ("", "\n", "\r"):
        cand.add(LINE_END_BONUS, "ends the line", EV_OTHER)
    elif cand.end < n and text[cand.end] in " \u3000":
        cand.add(SPACE_BONUS, "before a space", EV_OTHER)


#: What may stand before a list item's text on its line: a bullet, real or garbled (● 荫), and spaces.
ITEM_LEADS: Final = BULLETS + BULLET_LOOKALIKE + " \t\u3000"
#: The one-hanzi labels a colon ends a line after (注：⏎, 答：⏎, 解：⏎ a worked answer below it).
ONE_HANZI_LABELS: Final = frozenset("注答问例解证按附")


def _item_of_one_word(text: str, start: int, end: int) -> bool:
    """Whether the colon's look-alike at ``text[start:end]``, ending its line, ends a line that
    holds (after a bullet or spaces) one hanzi only, with which it makes a word (●影院⏎●商场,
    ●中院: a list of places, each item a word): a colon there would label that one hanzi with
    nothing after it, which only a label of one hanzi does (ONE_HANZI_LABELS: 注：⏎)."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    head = line.lstrip(ITEM_LEADS)
    if len(head) != 1 or not is_han(head) or head in ONE_HANZI_LABELS:
        return False
    return lexicon.is_word(head + text[start:end])


#: What 窑 the kiln comes before in a word of kilns (窑火 窑烧 窑洞 窑厂 窑工 窑炉 窑址 窑变).
KILN_AFTER: Final = frozenset("火烧洞厂工炉址变")


def _kiln_at_line_start(text: str, cand: _Candidate) -> bool:
    """Whether the interpunct's look-alike 窑 at a line's start is the kiln: before a word of
    kilns (KILN_AFTER), and the only line of the text that starts with it. A list sets its
    bullets · at the start of several lines (·高清大屏 ·超长待机, · 开展安全生产大检查), a kiln
    opens one line of prose now and then (窑火通明, 窑烧陶瓷: no dev set has a real · so)."""
    if text[cand.end : cand.end + 1] not in KILN_AFTER:
        return False
    return len(re.findall(f"^[ \t\u3000]*{re.escape(cand.hanzi)}", text, re.MULTILINE)) == 1


#: The day of a date (2008年7月24日), which a review's header follows with a spaced colon.
DATE_DAY: Final = "日"


def _header_date_colon(text: str, start: int, end: int) -> bool:
    """Whether the colon's look-alike at ``text[start:end]`` stands alone between spaces right
    after a date's day (补充点评 2008年7月24日 院 房间…, 酒店反馈 圆园园愿年源月17日 院 希望…): a review
    site's header, where 院 "courtyard" alone, spaced off from a date, is no word."""
    day, char = _next_visible(text, start, -1)
    return (
        char == DATE_DAY
        and _is_digit_at(text, day - 1)
        and text[end : end + 1] in _INLINE_SPACES
        and text[end : end + 1] != ""
    )


#: A list's bullets, which a line of letter-spaced prose may follow (- 院 长 致 辞): no sign a
#: glossary defines alone
LIST_BULLETS: Final = frozenset("-*+")
#: The ASCII signs a manual's glossary of operators defines on a line of its own (⏎= 院 等于, ⏎<>
#: 院 不等于, ⏎& 院 连接), but LIST_BULLETS: a line's other ASCII signs start a mail's quotation
#: (> 院 长说 is a glossary's > only beside other signs), a heading (# 院 系介绍), an ellipsis
#: (... 院 内) or a colon of its own (: 院 落很大).
GLOSSARY_SIGNS = (
    frozenset({"=", "==", "!=", "<>", "<", ">", "<=", ">=", "+", "-", "*", "/", "\\", "^", "&", "|", "%"})
    - LIST_BULLETS
)
#: A glossary defines several signs: at least so many of GLOSSARY_SIGNS before a spaced 院 on
#: lines of the text (a mail quotes with one sign, > on each line; = 院 子里 alone is prose).
GLOSSARY_MIN_SIGNS: Final = 2


@functools.cache
def _glossary_line_re() -> re.Pattern[str]:
    """A line of a glossary of operators: one of GLOSSARY_SIGNS, then 院 between spaces."""
    signs = "|".join(re.escape(sign) for sign in sorted(GLOSSARY_SIGNS, key=len, reverse=True))
    spaces = f"[{_INLINE_SPACES}]+"
    return re.compile(f"^({signs}){spaces}{COLON_LOOKALIKE}{spaces}", re.MULTILINE)


def _glossary_sign_colon(text: str, start: int, end: int) -> bool:
    """Whether the colon's look-alike at ``text[start:end]`` stands alone between spaces after
    one of GLOSSARY_SIGNS that starts its line, on a page of GLOSSARY_MIN_SIGNS such lines of
    different signs (a manual's glossary of operators: ⏎= 院 等于, ⏎<> 院 不等于), before a word
    that is not letter-spaced: 院 "courtyard" alone, spaced off from a sign, is no word."""
    sign_end = _next_visible(text, start, -1)[0] + 1
    line_start = text.rfind("\n", 0, sign_end) + 1
    if text[line_start:sign_end] not in GLOSSARY_SIGNS:
        return False
    word, _ = _next_visible(text, end - 1, 1)
    if word <= end or text[word + 1 : word + 2] in _INLINE_SPACES:
        return False
    return _glossary_page(text)


@per_text  # (asked per spaced 院 after a sign: the page is read once, not per line)
def _glossary_page(text: str) -> bool:
    """Whether ``text`` defines GLOSSARY_MIN_SIGNS different signs or more, each on a line of
    its own before a spaced 院 (⏎= 院 等于, ⏎<> 院 不等于)."""
    signs = {match.group(1) for match in _glossary_line_re().finditer(text)}
    return len(signs) >= GLOSSARY_MIN_SIGNS


#: A surname's look-alike that may follow a label's colon (导游院袁远, 法定代表人院尧志远)
NAME_AFTER_LABEL: Final = COMMA_LOOKALIKE + ENUMERATION_LOOKALIKE


def _first_holds(text: str, first: _Candidate, second: _Candidate) -> bool:
    """Whether of two look-alikes side by side that cannot both be marks, ``first`` is the mark
    whatever their evidence says: a label's colon before a name (:func:`_label_before_name`), a
    colon before a full name at a meeting (:func:`_colon_before_full_name`), or a sure 。 before
    尧 (建都遥尧庙 is 建都。尧庙: no sentence starts with 、)."""
    if first.hanzi == STOP_LOOKALIKE:
        return first.evidence >= MARKER_FROM and second.hanzi == ENUMERATION_LOOKALIKE
    return _label_before_name(text, first, second) or _colon_before_full_name(text, first, second)


#: The comma's look-alike 袁 and the full stop's 遥 side by side, either way round.
FAR_AND_SURNAME: Final = frozenset({COMMA_LOOKALIKE + STOP_LOOKALIKE, STOP_LOOKALIKE + COMMA_LOOKALIKE})


def _far_beside_surname_in_verse(text: str, first: _Candidate, second: _Candidate) -> bool:
    """Whether 袁 and 遥 side by side (that cannot both be marks) are both in doubt: in verse
    遥 "far" ends and starts clauses beside a comma (海阔山遥，未知; 征鸿，遥认), and there the
    surname 袁 is a comma; but verse books hold prefaces and notes that name people (袁遥推荐,
    。袁和平说 a sentence that starts with a name): neither reading is sure, so neither is
    changed and both are reported. Not where 遥 ends a word of the language with the hanzi before
    it (逍遥， 迢遥，): the comma after it is read as elsewhere. (Classical prose names 袁绍 袁术:
    not asked there.) So too in a book of songs or plays known by its tunes (document._songbook):
    its form makes it no modern page, but its spoken lines and notes may still name a 袁, so 袁 is
    never made a comma on the strength of the book's form alone."""
    if first.hanzi + second.hanzi not in FAR_AND_SURNAME or not _book_of_verse(text):
        return False
    return not (first.hanzi == STOP_LOOKALIKE and lexicon.is_word(text[first.start - 1 : first.end], min_freq=1))


def _colon_before_full_name(text: str, colon: _Candidate, after: _Candidate) -> bool:
    """Whether a colon's look-alike stands right before a surname's look-alike (袁 尧) that a
    given name and what follows a name at a meeting follow (研究决定院袁新民同志任: ：袁新民同志):
    ：， and ：、 are never written, and the name is whole."""
    return (
        colon.hanzi == COLON_LOOKALIKE
        and after.start == colon.end
        and after.hanzi in NAME_AFTER_LABEL
        and _given_name_then_follower(text, after.end)
    )


def _surname_and_given_name(text: str, first: _Candidate, second: _Candidate) -> bool:
    """Whether 袁 and 尧 side by side, which cannot both be marks (，、), are a full name: a
    role before it or what follows a name after it (本报记者袁尧报道, 袁尧同志)."""
    return (
        first.hanzi == COMMA_LOOKALIKE
        and second.hanzi == ENUMERATION_LOOKALIKE
        and second.start == first.end
        and _given_name_yao(text, second.start)
    )


def _label_before_name(text: str, colon: _Candidate, after: _Candidate) -> bool:
    """Whether a colon's look-alike ``colon`` after a role or a noun for a person (a label:
    法定代表人院, 受访者院; not 医院, 圣母院, whose 院 ends a word) stands right before a surname's
    look-alike ``after`` (袁 尧): ：， and ：、 are never written, and a label's colon before a
    name is (法定代表人院尧志远 is 法定代表人：尧志远), so the surname is the hanzi."""
    if colon.hanzi != COLON_LOOKALIKE or after.start != colon.end or after.hanzi not in NAME_AFTER_LABEL:
        return False
    start = colon.start
    if any(lexicon.is_word(text[max(0, start - size) : colon.end], min_freq=1) for size in (1, 2, 3, 4)):
        return False  # (部队医院, 巴黎圣母院: 院 ends a word after 队医, 圣母)
    return _after_person(text, start)


#: Prepositions and verbs of place (在窑内, 放进窑里, 从窑中): the interpunct joins the parts of
#: a name (马克·吐温, 穆罕默德·拉斐克), and none of these is a part of one, so after one of them
#: 窑 is the kiln. (None stands before a true · in People's Daily, the reviews or the help.)
PLACE_PREPOSITIONS: Final = frozenset("在于从往向进入出回到")
#: ... and verbs and words that stand before a noun (去窑里, 开窑那天, 烧窑, 把窑门封好, 这窑瓷器,
#: 建窑的, 瓷片和窑具, 以窑变著称): none stands before a true · there either (digits and the last
#: hanzi of foreign names do).
NOUN_BEFORE: Final = frozenset("去开烧封把这那个的和与及以用")
#: ... and the last hanzi of a place's name and 古 'old' (景德镇窑, 耀州窑, 德化县窑, 古窑): a
#: kiln is named by its place, and no part of a foreign name ends in one of them (none stands
#: before a true · in the dev sets).
PLACE_ENDS: Final = frozenset("镇州县古")
#: What follows a noun and never the interpunct, which joins a name's parts: 德化窑的白瓷 is the
#: kiln (no part of a foreign name starts with 的 in the dev sets; 7 窑 stand before it).
NOUN_AFTER: Final = frozenset("的")
#: 院 after a house number (1号院, 3号院: a courtyard of an address); a colon follows 订单号 or
#: 账号, words, not a number's 号.
HOUSE_NUMBER: Final = "号"


#: The first hanzi of an institute's abbreviation with 院 (山东矿院, 美院, 热科院, 师院, 农院): no
#: colon follows one of them in the dev sets (用法： 处理： 化工：, others, do).
INSTITUTE_FIRSTS: Final = "矿师美科艺农商"
#: Verbs of going to or staying at a place that end no word a colon follows (专家赴院会诊,
#: 常年驻院工作): 院 after one is their object, after any hanzi.
TO_A_PLACE_ALONE: Final = frozenset("赴驻")
#: The preposition 在 and the other verbs of going to or staying at a place, which 院 (a
#: hospital, a court, an institute) follows as their object (仍在院治疗, 伤员来院时, 病人返院复查,
#: 毕业后留院任教) ...
TO_A_PLACE: Final = frozenset("在来到回返离留") | TO_A_PLACE_ALONE
#: ... where they follow an adverb, a pronoun, a modal verb, a person or 后, or start a clause:
#: a verb compound's last hanzi may end what a colon introduces (表现在：一是…, 了解到：, 看来：,
#: 往返：, and 主要在：, 关键就在：), a bare verb or preposition never (none of these stands before
#: a colon in the dev sets).
BARE_VERB_AFTER: Final = frozenset("仍还都也已曾正将会能可不没均皆尚又再只他她我你们人者员后")
#: 本院 (this court, this hospital) and 市院 (the city's procuratorate) where 本 and 市 start a
#: phrase: after a preposition, a mark or where a line starts (经本院审理, 从市院调到省院, ，市院今年),
#: not as a word's end (日本：, 基本：, 城市：) ...
BARE_INSTITUTE_FIRSTS: Final = frozenset("本市")
#: ... the prepositions such a phrase follows.
INSTITUTE_PREPOSITIONS: Final = frozenset("从在到向由经据对给把被与和及同跟")
#: 市一院, 省二院, 附一院: a city's, a province's or a university's (附属第一医院) hospital by its
#: number. 市一：, 省二：, 附一： are not written (误区一：, 之二： are: only after 市 省 附, and not
#: in a word: 城市, 全省).
NUMBERED_HOSPITAL_OF: Final = frozenset("市省附")
#: ... and the numbers such a hospital has.
NUMBERED_HOSPITAL_NUMBERS: Final = frozenset("一二三四五六七八九")
#: What joins the names of institutions in a list (市妇幼保健院和市传染病院, 医院、学院), real
#: or garbled (尧 is 、) ...
INSTITUTION_JOINERS: Final = frozenset("和与及、" + ENUMERATION_LOOKALIKE)
#: ... and how many hanzi the last name may hold before its 院 (市传染病院: 4) ...
INSTITUTION_REACH: Final = 6
#: ... which it starts with the level of its government (市传染病院, 县人民医院): the name of an
#: institution, where a common noun (医院和工厂：前者…) may be followed by a colon.
INSTITUTION_LEVELS: Final = frozenset("省市县区州乡镇")


#: A demonstrative and its classifier (这个院 那个院 每个院): a noun follows them, never a colon (a
#: count's 个 ends a predicate before one: 问题有两个：一是…; a demonstrative is no count). Not
#: after the copula or 于 (就是这个： 在于那个：), where the demonstrative is the predicate's
#: whole object, pointing at what the colon introduces.
DEMONSTRATIVE_CLASSIFIERS: Final = frozenset(("这个", "那个", "每个", "哪个"))
POINTING_BEFORE: Final = frozenset("是于")


#: The marks whose look-alikes :func:`_hanzi_of_a_place` reads (a quick test first).
_PLACE_MARKS: Final = frozenset(MIDDLE_DOT + FULLWIDTH_COLON)


def _hanzi_of_a_place(text: str, cand: _Candidate, before: str, after: str) -> bool:
    """Whether the look-alike is the hanzi of a place, at most a doubt: ``在窑内`` (· after a
    preposition of place, a word before a noun or a place's last hanzi: ``景德镇窑``; or before
    的: ``建窑的``), ``1号院和2号院`` (院 after a house number, before a hanzi or a number, or
    ending an address: ``15号院2号楼``), ``山东矿院`` (院 of an institute's abbreviation),
    ``仍在院治疗`` and ``伤员来院时`` (院 after 在 or a verb of place), ``到检查院去了`` (a name's
    院 after a bare verb of going), ``经本院审理`` (本院, 市院) or ``市一院`` (a numbered hospital)."""
    start = cand.start
    if cand.symbol == MIDDLE_DOT and (before in PLACE_PREPOSITIONS or before in NOUN_BEFORE or before in PLACE_ENDS):
        why = f"after {before}, which is no part of a name the interpunct joins (在窑内, 景德镇窑: the kiln)"
    elif cand.symbol == MIDDLE_DOT and after in NOUN_AFTER:
        why = f"before {after}, which starts no part of a name the interpunct joins (建窑的: the kiln)"
    elif (
        cand.symbol == FULLWIDTH_COLON
        and text[start - 1 : start] == HOUSE_NUMBER
        and _is_digit_at(text, start - 2)
        and (
            is_han(after) or _is_digit_at(text, cand.end) or (after in ("", "\n") and _address_number(text, start - 1))
        )
    ):
        why = "after a house number (1号院: a courtyard) before a hanzi or a number (15号院2号楼), or ending an address"
    elif cand.symbol == FULLWIDTH_COLON and start and text[start - 1] in INSTITUTE_FIRSTS:
        why = f"after {text[start - 1]}, which starts an institute's abbreviation with 院 (矿院, 美院, 科院)"
    elif cand.symbol == FULLWIDTH_COLON and _after_bare_verb_of_place(text, start):
        why = f"after {text[start - 1]}, whose object a place is and no colon follows (仍在院治疗, 来院时)"
    elif cand.symbol == FULLWIDTH_COLON and _named_place_after_going(text, start):
        why = "ends the name of a place a bare verb of going takes, no colon after its object (到检查院去了)"
    elif cand.symbol == FULLWIDTH_COLON and _bare_institute(text, start):
        why = f"after {text[start - 1]} that starts a phrase (本院, 市院: this court, the city's procuratorate)"
    elif cand.symbol == FULLWIDTH_COLON and _numbered_hospital(text, start):
        why = f"after {text[start - 2 : start]}, a hospital by its number (市一院, 省二院)"
    elif cand.symbol == FULLWIDTH_COLON and _last_joined_institution(text, start):
        why = "ends the last of institutions joined by a conjunction (保健院和市传染病院: a list of one kind of name)"
    elif (
        cand.symbol == FULLWIDTH_COLON
        and text[start - 2 : start] in DEMONSTRATIVE_CLASSIFIERS
        and text[start - 3 : start - 2] not in POINTING_BEFORE
    ):
        why = f"after {text[start - 2 : start]}, a demonstrative and its classifier, which a noun follows"
    elif cand.symbol == FULLWIDTH_COLON and _named_subject_of_predicate(text, start):
        why = "ends a name of two hanzi that starts its clause, before its predicate (，绿博院很大，, 科创院离市区)"
    elif cand.symbol == FULLWIDTH_COLON and _first_of_parallel_items(text, start):
        why = f"the subject of the first of items alike (院{text[start + 1]}…、系{text[start + 1]}…)"
    else:
        return False
    cand.add_doubt(-LINE_START_PENALTY, why, EV_NO_MARK)
    return True


#: The hanzi a verb of saying ends with where the lexicon does not mark it as a verb (我问：
#: 子曰： 写道：): what a colon follows, whatever comes after.
SAYING_ENDS: Final = frozenset("说问曰道答云谓称叹")


#: The verbs of where a thing is (离 距: how far from; 位于 地处 坐落: where), which take a place's
#: or an institution's name as their subject (科创院离市区不远, 绿博院位于…): after a label's colon
#: a value starts with them only after a word (位置：离市区近, 地址：位于…).
PLACE_PREDICATES: Final = ("离", "距", "位于", "地处", "坐落")
#: The prepositions of distance among PLACE_PREDICATES (离市区不远, 距市中心三公里), which are
#: so only before a place and a word of distance (DISTANCE_WORDS); 离 also starts words
#: (离不开 离别 离婚) and titles (诗题：离思), which a label's colon precedes (双创：离不开…).
DISTANCE_PREPOSITIONS: Final = frozenset("离距")
#: The words that say how far (远 近 公里 米 分钟: 离市区不远, 距车站五百米, 离机场十分钟).
DISTANCE_WORDS: Final = ("远", "近", "公里", "千米", "米", "分钟", "小时", "路程")
#: How far after 离 or 距 a word of distance may end its clause (离市中心只有三公里).
DISTANCE_REACH: Final = 10
#: What ends the clause of 离 or 距 before its word of distance: a mark or a quote, real or
#: look-alike (not the look-alikes of digits, which a distance counts: 缘公里), or a line's end.
_DISTANCE_ENDING_MARKS: Final = "，。、：；？！“”"
_DISTANCE_CLAUSE_ENDS: Final = frozenset(_DISTANCE_ENDING_MARKS + "\n\r") | frozenset(
    hanzi for hanzi, mark in _lookalikes()[0].items() if mark in _DISTANCE_ENDING_MARKS
)
#: Nouns of a building, a branch or a site (总馆 一店 东校 北园): 院 follows none of them in a
#: name (馆院 店院 are none), so such a label's 院 is its colon (总馆：位于市中心, 二店：位于…).
SITE_NOUNS: Final = frozenset("馆店校园厂址楼区部站所室场局处司社厅宫堂寺庙塔亭阁村镇城港库")


def _named_subject_of_predicate(text: str, start: int) -> bool:
    """Whether the 院 at ``start`` ends two hanzi that start a clause and make no word (a name
    abbreviated: 绿博院), before an adverb of degree (很 太 挺: ，绿博院很大，) or a verb of
    where it is (PLACE_PREDICATES: 科创院离市区不远): there 院 is the subject of the predicate.
    A label of two hanzi stands before a colon and its value in a review (服务态度：很一般) only
    where a line starts and the label is a word (before a verb of place, a label that makes
    no word is none: 科创：离市区 labels nothing); a speaker (他说：很好) ends with a verb of
    saying; neither is this."""
    of_place = _place_predicate_at(text, start + 1)
    of_degree = text[start + 1 : start + 2] in DEGREE_ADVERBS
    if start < 2 or not (of_degree or of_place) or not _clause_starts_at(text, start - 2):
        return False
    if not of_place and text[start - 3 : start - 2] in ("", "\n"):
        return False  # (a line's label: 房间：很大)
    name = text[start - 2 : start]
    function = _name_words()[2]
    return (
        name[0] not in FAMILIAR  # (小李：很不错, 张三：很好: a person's name labels a value)
        and name[0] not in _commonest_surnames()
        and all(is_han(c) and c not in _all_lookalikes() and c not in function for c in name)
        and name[-1] not in SAYING_ENDS
        and name[-1] not in LOCATIVES
        and name[-1] not in SITE_NOUNS
        and not lexicon.is_word(name, min_freq=1)
        and not any(lexicon.starts_predicate(c) for c in name)
    )


def _place_predicate_at(text: str, at: int) -> bool:
    """Whether a verb of where a thing is starts at ``at`` (PLACE_PREDICATES: 位于 地处 坐落, and
    离 距 where they are the preposition of distance, :func:`_distance_follows`)."""
    return text.startswith(PLACE_PREDICATES, at) and (
        text[at] not in DISTANCE_PREPOSITIONS or _distance_follows(text, at)
    )


def _distance_follows(text: str, at: int) -> bool:
    """Whether the 离 or 距 at ``at`` is the preposition of distance: no word starts with it
    but 距离 (离不开 离开 离婚: 双创：离不开政策支持), and a word of distance follows in its clause
    (离市区不远; not 诗题：离思，作者…). A look-alike that the lexicon reads inside a word of the
    clause ends none (离医院不远: 院 is the hospital's, the place 离 measures from)."""
    word = text[at : at + 2]
    if word != "距离" and lexicon.is_word(word):
        return False
    window = text[at + 1 : at + 1 + DISTANCE_REACH]
    end = 0
    for piece in lexicon.best_segmentation(window) if window else ():
        if len(piece) == 1 and piece in _DISTANCE_CLAUSE_ENDS:
            break
        end += len(piece)
    return any(word in window[:end] for word in DISTANCE_WORDS)


#: How far the next item of a list may start after 院 and the hanzi it is the subject of.
PARALLEL_ITEM_REACH: Final = 8


def _first_of_parallel_items(text: str, start: int) -> bool:
    """Whether the 院 at ``start`` is the one-hanzi subject of the first of items alike: the
    next item, after the list's 、, is another hanzi and the same hanzi after it, the two
    making no word (形成了院有特色、系有品牌、人有专长: 院 the institute, 系 the department).
    With a colon the first item would lack the subject every other item has (：有特色、系有品牌
    is no list of items alike), so 院 is the item's noun. Not where the next item starts with
    the same hanzi (：有计划、有步骤: items alike after a colon), with a look-alike or with a
    word (栏目有：信访追踪、来信综述: 来信 is a word of its own, no subject and its verb); nor
    after a comma, where an adverb or a negation starts the next clause (房间：有会议，没有房间);
    nor right after a verb (切实做到：有人管事、事有人管, 实现：有章可循、事有人办), which takes
    the colon and items alike after it as often: only after what ends a verb phrase (形成了院有…)."""
    verb = text[start + 1 : start + 2]
    if not is_han(verb) or verb in _all_lookalikes() or not _next_item_alike(text, start, verb):
        return False
    # (read only where an item alike follows, which few do: the segmentation is the dear test)
    before = lexicon.best_segmentation(text[max(0, start - PARALLEL_ITEM_REACH) : start])
    # (做到： 实现： 要求： take a colon before the items they introduce)
    return (
        bool(before)
        and not lexicon.starts_predicate(before[-1])
        and not lexicon.starts_predicate(text[start - 2 : start])
    )


def _next_item_alike(text: str, start: int, verb: str) -> bool:
    """Whether the next item of a list, after the 、 that follows the 院 at ``start`` and its
    ``verb`` within PARALLEL_ITEM_REACH hanzi, is another hanzi and the same ``verb`` after it,
    the two making no word (院有特色、系有品牌): :func:`_first_of_parallel_items`' items alike."""
    for at in range(start + 2, min(len(text) - 2, start + 2 + PARALLEL_ITEM_REACH)):
        char = text[at]
        if char in ENUMERATION:
            subject = text[at + 1]
            return (
                text[at + 2] == verb
                and is_han(subject)
                and subject != verb
                and subject not in _all_lookalikes()
                and not lexicon.is_word(subject + verb, min_freq=1)
            )
        if not is_han(char) or char in _all_lookalikes():
            return False
    return False


#: Verbs of posture, whose 在 takes where the body is (坐在院门口, 住在院里, 躺在院中): what
#: follows is a place, never what a colon introduces. Not verbs of placing (放在 摆在): a report's
#: 把重点放在：一是… introduces what the effort goes to, as 表现在： 体现在： do.
PLACING_VERBS: Final = frozenset("坐站住躺蹲睡")


def _after_bare_verb_of_place(text: str, start: int) -> bool:
    """Whether a verb of TO_A_PLACE stands right before ``start``, after an adverb, a pronoun, a
    person (仍在, 他在, 病人返, 伤员来), a verb of posture of PLACING_VERBS (坐在) or where a clause starts
    (，在院工作), not as the end of another verb (表现在：, 了解到：)."""
    if start < 1 or text[start - 1] not in TO_A_PLACE:
        return False
    if text[start - 1] in TO_A_PLACE_ALONE:
        return True
    before = text[start - 2 : start - 1]
    return before in BARE_VERB_AFTER or before in PLACING_VERBS or _clause_starts_at(text, start - 1)


#: Verbs of going whose object is a place (到检查院去了, 去绿博院玩, 回研究院, 进设计院工作)
#: and never the end of what a colon introduces, where they are bare (see
#: :func:`_named_place_after_going`). Not 在 (他们在研究：, the progressive) nor 来 (我来介绍：).
GOING_VERBS: Final = frozenset("到去回进赴")
#: How many hanzi the name before 院 holds after such a verb (检查, 绿博, 工程设计).
GOING_NAME_REACH: Final = (2, 3, 4)
#: Particles no name holds (意想不到的事：, 到了：).
NO_NAME_CHARS: Final = frozenset("的了着地得之")
#: Negations, after which 到 completes a verb (想不到, 找不到) rather than going anywhere.
NEGATIONS: Final = frozenset("不没")
#: The place words a phrase ends with (群众中, 回家后, 会场外): what they end is a place or a
#: time, never a name of two hanzi that 院 ends.
LOCATIVES: Final = frozenset("中上下里内外前后边旁间")


def _named_place_after_going(text: str, start: int) -> bool:
    """Whether 院 at ``start`` ends a name of GOING_NAME_REACH hanzi after a bare verb of going
    (GOING_VERBS after an adverb, a pronoun, a person or where a clause starts: 他们到检查院去了,
    ，去绿博院玩), which takes the institute as its object: a colon after a verb's object is
    never written there. Not where the verb makes a word with the hanzi after it (进行检查：,
    回答问题：), where a verb ends the hanzi between (到现场看：), nor after a verb it completes
    (谈到发展：, 看到：)."""
    for size in GOING_NAME_REACH:
        verb = start - size - 1
        if verb < 0 or text[verb] not in GOING_VERBS:
            continue
        name = text[verb + 1 : start]
        if not all(is_han(c) and c not in _all_lookalikes() and c not in NO_NAME_CHARS for c in name):
            return False  # (意想不到的成效：, 到了8：30: no name)
        if _edge_word(text, verb, 1):
            return False  # (进行检查：, 回答问题：, 进一步指出：)
        if lexicon.starts_predicate(lexicon.best_segmentation(name)[-1]) or lexicon.starts_predicate(name[-2:]):
            return False  # (到现场看：, 到目前为止：: a verb ends what 院 follows, no name)
        if not _institute_name(text, verb + 1, start):
            return False  # (到农村调研：, 回单位汇报：: a word the lexicon knows that names no place)
        before = text[verb - 1 : verb]
        return (before in BARE_VERB_AFTER and before not in NEGATIONS) or _clause_starts_at(text, verb)
    return False


def _institute_name(text: str, name_at: int, start: int) -> bool:
    """Whether ``text[name_at:start]`` and the 院 at ``start`` name an institute: the lexicon
    knows the name's end and 院 as one (检察院 法院 研究院 设计院), or the name is two hanzi that
    make no word, nor end in a place word (绿博院: a name abbreviated). A word before 院 that
    the lexicon knows on its own is most often the verb a colon follows (到农村调研：, 回单位汇
    报：, 去现场检查：), which the lexicon does not mark as one; so 到检查院 (a typo of 检察院)
    is read as the colon too: a colon lost across common report prose would be worse."""
    if any(lexicon.is_word(text[at : start + 1], min_freq=1) for at in range(name_at, start)):
        return True
    name = text[name_at:start]
    return len(name) == 2 and not lexicon.is_word(name, min_freq=1) and name[-1] not in LOCATIVES


def _bare_institute(text: str, start: int) -> bool:
    """Whether 本 or 市 right before ``start`` starts a phrase (经本院, ，市院), where 院 is the
    institution: after a preposition, a mark or its look-alike, or at a line's start."""
    if start < 1 or text[start - 1] not in BARE_INSTITUTE_FIRSTS:
        return False
    return text[start - 2 : start - 1] in INSTITUTE_PREPOSITIONS or _clause_starts_at(text, start - 1)


#: 第 before a number and 号 names an act or a notice (主席令第3号：), no address.
ORDINAL: Final = "第"


def _last_joined_institution(text: str, start: int) -> bool:
    """Whether the 院 at ``start`` ends a name that starts with the level of its government
    after 和, 与, 及 or 、 that follows a name ending in 院 (市妇幼保健院和市传染病院联合开展),
    or the third of names so joined (设计院、规划院、勘察院联合承担): the names a conjunction
    joins are of one kind and end alike, as a list of institutions does.
    Not after 院 itself (法院院长, 法院：), nor past a mark's look-alike or anything but hanzi
    (医院、学院、法院：院长们 keeps its colon), nor after a common noun (医院和工厂：前者…)."""
    if start < 2 or text[start - 1] == COLON_LOOKALIKE:
        return False
    joiner = _joined_institution_before(text, start)
    return joiner is not None and (
        text[joiner + 1] in INSTITUTION_LEVELS or _joined_institution_before(text, joiner - 1) is not None
    )


def _joined_institution_before(text: str, end: int) -> int | None:
    """Where the joiner (INSTITUTION_JOINERS) stands that a name ending in 院 precedes, the name
    up to ``end`` (a 院) lying between them: hanzi only, no look-alike, of INSTITUTION_REACH at
    most (设计院、规划院: the 、 before 规划院); None if there is none."""
    lookalikes = _all_lookalikes()
    for at in range(end - 2, max(0, end - 2 - INSTITUTION_REACH), -1):
        char = text[at]
        if char in INSTITUTION_JOINERS:
            return at if text[at - 1 : at] == COLON_LOOKALIKE else None
        if not is_han(char) or char in lookalikes:
            return None
    return None


def _address_number(text: str, number_sign: int) -> bool:
    """Whether the digits before the 号 at ``number_sign`` number a house, no act (第3号：)."""
    at = number_sign
    while at and _is_digit_at(text, at - 1):
        at -= 1
    return text[at - 1 : at] != ORDINAL


def _numbered_hospital(text: str, start: int) -> bool:
    """Whether 市, 省 or 附 and a numeral stand right before ``start`` (市一院, 附一院), in no word
    with what precedes them (城市一：, 全省二： may head list items); or a numeral alone that
    starts its clause before a verb of where it is (二院位于城南, 三院离市区不远: an item numbered
    二： heads what it says of the list's subject, and names no subject that is somewhere)."""
    if start < 1 or text[start - 1] not in NUMBERED_HOSPITAL_NUMBERS:
        return False
    if start >= 2 and text[start - 2] in NUMBERED_HOSPITAL_OF:
        return not (start >= 3 and lexicon.is_word(text[start - 3 : start - 1], min_freq=1))
    if _joined_numbered_hospitals(text, start):
        return True
    return (
        _clause_starts_at(text, start - 1)
        and _place_predicate_at(text, start + 1)
        and not _after_label(text, start - 1)
        and not _numbered_item_near(text, start - 1)
    )


def _joined_numbered_hospitals(text: str, start: int) -> bool:
    """Whether the 院 at ``start``, after a numeral, is joined (INSTITUTION_JOINERS) to another
    numeral and 院 after or before it (一院和二院, 一院、二院): hospitals by their numbers, as a
    list of one kind of name; no item's colon stands before 和 or 、 (一：和二：)."""
    numbers = NUMBERED_HOSPITAL_NUMBERS
    after = text[start + 1 : start + 4]  # (和二院)
    before = text[max(0, start - 4) : start - 1]  # (一院和, before this 院's numeral)
    return (
        len(after) == 3 and after[0] in INSTITUTION_JOINERS and after[1] in numbers and after[2] == COLON_LOOKALIKE
    ) or (
        len(before) == 3 and before[0] in numbers and before[1] == COLON_LOOKALIKE and before[2] in INSTITUTION_JOINERS
    )


#: How far either side of a lone numeral and 院 :func:`_numbered_item_near` looks for a sibling
#: numeral that heads a list item (a list's items are a sentence or a line each, short).
LIST_SIBLING_REACH: Final = 60


def _after_label(text: str, numeral: int) -> bool:
    """Whether a colon, real or its look-alike ending no word (楼盘优势院, not 医院), stands before
    the ``numeral``, on its line or ending the line before: a label that a numbered list follows
    (楼盘优势：⏎一：位于市中心, 选址理由：一：地处商圈), whose items are numbered 一： and name no
    hospital. Not a colon after 医院 (我市共有三所医院：一院位于城东，二院位于城西): the hospitals
    it counts follow, each by its number."""
    at = numeral - 1
    while at >= 0 and text[at] in _LABEL_SPACES:
        at -= 1
    if at < 0 or text.endswith(HOSPITAL, 0, at):
        return False
    return text[at] == FULLWIDTH_COLON or (text[at] == COLON_LOOKALIKE and not _edge_word(text, at, -1))


#: What may stand between a label's colon and the first numbered item: spaces and a line break.
_LABEL_SPACES: Final = frozenset(" \t\u3000\r\n")


def _numbered_item_near(text: str, numeral: int) -> bool:
    """Whether another lone numeral before a colon or 院 starts a clause within
    LIST_SIBLING_REACH of the ``numeral`` and no verb of place follows it (一：位于核心区。二：配套
    完善: the second names no place, so both head a list's items), or a label does precede it
    (选址理由：一：地处商圈；二：距地铁站百米), or no hospital is named before the first of them
    (HOSPITAL): a brochure's items may each say where (两大优势。一：位于市中心…二：位于学区内…,
    a hospital among an item's amenities names none), and numbered hospitals in a row, each
    somewhere, follow the hospitals they number (本市有三家医院。一院位于城东，二院位于城南).
    Not one joined to this numeral's hospital (一院和二院: :func:`_joined_numbered_hospitals`),
    and none where a sibling has this numeral: a list numbers each item once (一：加强领导；二：
    落实责任。会后，二院位于城东). (A list numbered 一、 or 第一， goes on with its own mark,
    garbled 二尧 or 第二袁, so it says nothing of 二院: 一、基本情况。二院位于城区东部 is the
    hospital, even after a label: 医院概况：一、基本情况。二院位于….)"""
    low = max(0, numeral - LIST_SIBLING_REACH)
    siblings = [
        match.start()
        for match in _NUMBERED_ITEM_RE.finditer(text, low, numeral + LIST_SIBLING_REACH)
        if match.start() != numeral
        and _clause_starts_at(text, match.start())
        and not _joined_numbered_hospitals(text, match.end() - 1)
    ]
    if not siblings or any(text[at] == text[numeral] for at in siblings):
        return False
    first = min(siblings[0], numeral)
    if HOSPITAL not in text[max(0, first - LIST_SIBLING_REACH) : first]:
        return True
    return any(not _place_predicate_at(text, at + 2) or _after_label(text, at) for at in siblings)


#: The word whose numbered instances 一院 二院 name (市一院: the First People's Hospital).
HOSPITAL: Final = "医院"


#: A numeral (NUMBERED_HOSPITAL_NUMBERS) and a colon or its look-alike after it: what heads a
#: list's item (一：位于核心区).
_NUMBERED_ITEM_RE: Final = re.compile(
    f"[{''.join(sorted(NUMBERED_HOSPITAL_NUMBERS))}][{FULLWIDTH_COLON}{COLON_LOOKALIKE}]"
)


#: Conjunctions and prepositions that join what follows them (and 却, the adverb "yet"), so no
#: sentence ends with them
#: (a comma may follow some: 但，…). Not those that are nouns or verbs too, or stand for a
#: word ending in a sentence: 和 (之和 言和), 被 (少被), 把 and 往 (for 吧 and 住 in informal
#: text); 在 对 给 让 end one (不在。 对！ 不给。).
JOINING_WORDS: Final = "与及但而且并或连从向跟同却"
#: Adverbs that lead the verb after them, so no sentence ends with one though each is a word:
#: 不禁遥想当年 is 'cannot help thinking back to', never 不禁。想当年 (jieba counts 遥想 36 times,
#: too few to outweigh a stop), 常常遥想, 只能遥寄相思. Not those that answer a question alone or
#: end a phrase of their own (可以。 一起。 曾经。 议论纷纷。 还。 the verb 'return'). Modern prose
#: only: in verse 不禁 is also 'cannot bear', which ends a line (近来尤不禁。).
VERB_LEADING_ADVERBS: Final = ("不由得", "不禁", "不由", "常常", "往往", "时常", "只能", "只好", "只得", "正在", "总是")
#: The marks that end a sentence or introduce what follows (not the commas).
JOINED_MARKS: Final = IDEOGRAPHIC_FULL_STOP + QUESTION_EXCLAMATION + FULLWIDTH_SEMICOLON + FULLWIDTH_COLON
_SPEECH_FIRSTS: Final = frozenset(word[0] for word in SPEECH)
#: Particles that start no clause (the ones of PARTICLES that never stand alone).
CLAUSE_NEVER_STARTS: Final = "的了着们"


def _neighbours(
    text: str, candidates: list[_Candidate], by_start: dict[int, _Candidate], closers: list[_Candidate]
) -> None:
    """Two marks side by side that cannot be (``曰院`` as ``；：``): the weaker one is a hanzi.
    (``closers``: the “ look-alikes that close a quotation typed “…“, read as ” here.) A run of
    one mark repeated (好吗？。。。。, 流。。。。。，) stands beside any mark, as informal text
    writes it, and so does 。。 typed after a comma (不错，。。⏎): neither it nor its neighbour is
    judged here."""
    candidates = [
        c
        for c in candidates
        if _REPEATED_RUN_NOTE not in c.notes and _COMMA_STOPS_NOTE not in c.notes and _HABIT_COMMA_NOTE not in c.notes
    ]
    reading = {c.start: c for c in candidates if c.evidence >= MARKER_FROM}
    n = len(text)
    spaces, real_marks, compatible = _INLINE_SPACES, _REAL_MARKS, _compatible_pairs()
    # A “ that closes a quotation (“…“, typed so by the source) stands where a ” would: read
    # as one here (and given back its symbol at the end).
    for closer in closers:
        closer.symbol = RIGHT_DOUBLE_QUOTE
    for cand in candidates:
        index = cand.end
        after = text[index] if index < n else ""
        if after in spaces:
            index, after = _next_visible(text, index - 1, 1)
        other = reading.get(index)
        mark = other.symbol if other is not None else after if after and after in real_marks else None
        if mark is None or (cand.symbol, mark) in compatible:
            continue
        if other is not None and _surname_and_given_name(text, cand, other):
            for part in (cand, other):
                part.add_doubt(-NEIGHBOUR_PENALTY, f"{cand.hanzi}{other.hanzi}, a person's full name here", EV_NAME)
            continue
        if other is not None and other.start == cand.end and _far_beside_surname_in_verse(text, cand, other):
            for part in (cand, other):
                part.add_doubt(-NEIGHBOUR_PENALTY, f"{cand.hanzi}{other.hanzi} in verse: far, or a name", EV_NO_MARK)
            continue
        weaker = cand if other is None or other.evidence > cand.evidence else other
        if other is not None and _first_holds(text, cand, other):
            weaker = other
        weaker.add_doubt(
            -NEIGHBOUR_PENALTY, f"would stand next to {mark if weaker is cand else cand.symbol}", EV_NO_MARK
        )
    # A weaker look-alike right after a strong one (停歇袁院外: no ，：): the loop above sees
    # only pairs whose second is strong.
    weak = [c for c in candidates if DOUBT_FROM <= c.evidence < MARKER_FROM]
    for cand in weak:
        index, _ = _next_visible(text, cand.start, -1)
        other = reading.get(index)
        if other is not None and other.end == index + 1 and (other.symbol, cand.symbol) not in compatible:
            cand.add_doubt(-NEIGHBOUR_PENALTY, f"would follow {other.symbol}", EV_NO_MARK)
    # Two weak look-alikes side by side that no text writes as marks (答曰院有: no ；：): the
    # loops above see only pairs with a strong one; each would still become an edit.
    weak_at = {c.start: c for c in weak if c.evidence > DOUBT_FROM}
    for cand in weak_at.values():
        index, _ = _next_visible(text, cand.end - 1, 1)
        other = weak_at.get(index)
        if other is not None and other.evidence > DOUBT_FROM and (cand.symbol, other.symbol) not in compatible:
            weaker, stronger = (cand, other) if other.evidence > cand.evidence else (other, cand)
            weaker.add_doubt(-NEIGHBOUR_PENALTY, f"would stand next to {stronger.symbol}", EV_NO_MARK)
    # A look-alike right after a real mark (few of those in garbled text: start from the marks).
    for match in _REAL_PUNCT_RE.finditer(text):
        index, _ = _next_visible(text, match.start(), 1)
        follower = by_start.get(index)
        if (
            follower is not None
            and not _compatible(match.group(), follower.symbol)
            and _REPEATED_RUN_NOTE not in follower.notes
            and _COMMA_STOPS_NOTE not in follower.notes
            and _HABIT_COMMA_NOTE not in follower.notes
        ):
            follower.add_doubt(-NEIGHBOUR_PENALTY, f"would follow {match.group()}", EV_NO_MARK)
    for closer in closers:
        closer.symbol = LEFT_DOUBLE_QUOTE


#: How far back the copula before a 尧 is read as a word of its own (这是尧 ; 实事求是尧 ends an idiom).
COPULA_REACH: Final = 4
#: The numerals of a list's items (一是、加强领导；二是、…): after one the copula and 、 head an item,
#: as some type them; and 否 after 是、 is the choice 'yes, no' (是、否): 是 is no copula there.
ITEM_NUMERALS: Final = frozenset("一二三四五六七八九十")
NEGATIVE_CHOICE: Final = "否"


#: The look-alikes that are given names (given_name_chars.tsv) and end a name of two in a record.
RECORD_NAME_ENDS: Final = frozenset(STOP_LOOKALIKE + ENUMERATION_LOOKALIKE)


def _one_persons_names(text: str, candidates: list[_Candidate]) -> None:
    """``他的名字叫刘尧，今年…``, ``王尧，男，35岁``: the 尧 that ends the name a verb of naming
    takes (:func:`_named_after_calling`), and the 遥 or 尧 that ends the name a person's record
    gives (:func:`_named_in_a_record`), is the given name, so the mark after it stands alone."""
    for cand in candidates:
        if cand.hanzi == ENUMERATION_LOOKALIKE and _named_after_calling(text, cand.start):
            cand.add_doubt(-ORPHAN_PENALTY, "ends the name a verb of naming takes (叫刘尧，)", EV_NAME)
        elif cand.hanzi in RECORD_NAME_ENDS and cand.end - cand.start == 1 and _named_in_a_record(text, cand.start):
            cand.add_doubt(-ORPHAN_PENALTY, "ends the name before the sex in a person's record (王尧，男，)", EV_NAME)


def _enumeration_after_no_item(text: str, by_start: dict[int, _Candidate]) -> None:
    """``这是尧小军``, ``菜少了点遥冶尧小军说``: before a given name, 尧 after a quoted sentence's end
    (。” ？” ！”, garbled or not) or after the copula 是 as a word of its own is the surname, at
    most a doubt: 、 there would make the quoted sentence (none in the dev sets; a list of quoted
    slogans, “加油！”、“必胜！”, goes on with a quotation, no name) or 是 (which needs what it
    links; 实事求是、 ends an idiom, a word) an item of a list with a name. Not where the stop's
    look-alike ends a word (“路遥”、 lists a quoted word)."""
    punct = _lookalikes()[0]
    for at in _occurrences(text, ENUMERATION_LOOKALIKE, 1):
        cand = by_start.get(at)
        if cand is None or cand.end - at != 1 or cand.evidence < DOUBT_FROM:
            continue
        before = text[max(0, at - 2) : at]
        quoted = "".join(punct.get(c, c) for c in before) in QUOTED_SENTENCE_ENDS and not lexicon.is_word(
            text[max(0, at - 3) : at - 1], min_freq=1
        )
        if not (quoted or before[-1:] == COPULA):
            continue  # (the common case: neither before it, so no name after it is read)
        if not (_given_name(text, at + 1) or _name_like(text, at + 1)):
            continue
        if quoted:
            why = f"after {before}, a quoted sentence's end, which no list's item is"
        elif _copula_of_its_own(text, at):
            why = f"after the copula {COPULA}, which needs what it links: no list's item"
        else:
            continue
        cand.add_doubt(-NEIGHBOUR_PENALTY, why, EV_NO_MARK)


def _copula_of_its_own(text: str, at: int) -> bool:
    """Whether the 尧 at ``at`` follows the copula 是 as a word of its own, no list's item:
    not 一是、, an item's head, nor 是、否, a choice."""
    if text[at - 1 : at] != COPULA or text[at - 2 : at - 1] in ITEM_NUMERALS:
        return False
    if text.startswith(NEGATIVE_CHOICE, at + 1):
        return False
    return lexicon.best_segmentation(text[max(0, at - COPULA_REACH) : at])[-1] == COPULA


#: The smiley ``：）`` of a review, set by Founder as 院冤 (the two marks never stand side by side
#: elsewhere, so _neighbours rules the ） out).
SMILEY: Final = FULLWIDTH_COLON + FULLWIDTH_RIGHT_PAREN


def _smileys(text: str, by_start: dict[int, _Candidate]) -> None:
    """``有限院冤⏎``, ``理解了院冤听说…``: a ） look-alike right after a colon's look-alike read as
    the colon, which ends its line or follows a sentence-final particle (了：）), is the mouth
    of the smiley ``：）``, though ：） is no pair of marks. Not where 冤 starts a word (院冤枉:
    ：冤枉), after a word of speech (他喊道院冤: the word said), nor after 院 as the hanzi (法院冤案,
    失望大院冤: 大院)."""
    for colon in by_start.values():
        if colon.hanzi != COLON_LOOKALIKE or colon.evidence < LIKELY_FROM:
            continue
        mouth = by_start.get(colon.end)
        if mouth is None or mouth.symbol != FULLWIDTH_RIGHT_PAREN or mouth.evidence >= LIKELY_FROM:
            continue
        before = text[colon.start - 1 : colon.start]
        right = _window(text, mouth.start, 1)
        if before in SPEECH_ENDS or any(
            lexicon.is_word(mouth.hanzi + right[:size], min_freq=1) for size in range(1, min(len(right), 3) + 1)
        ):
            continue
        after = _next_visible(text, mouth.start, 1)[1]
        if _lookalikes()[0].get(after, after) in SENTENCE_ENDS:
            continue  # (结果呢院冤浴: ：冤！, the word exclaimed; a smiley ends no sentence before its mark)
        if after in ("", "\n") or before in FINAL_PARTICLES:
            why = f"after {colon.hanzi} read as {FULLWIDTH_COLON}: the smiley {SMILEY}"
            mouth.add(LIKELY_FROM - min(mouth.evidence, 0.0), why, EV_OTHER)
            mouth.evidence = LIKELY_FROM


#: The offsets from a strong comma within LIST_REACH of it (not itself).
_LIST_OFFSETS: Final = tuple(d for d in range(-LIST_REACH, LIST_REACH + 1) if d)


#: The conjunctions that join a list's last item (甲、乙和丙), never right after 、 where they
#: start no word (李尧和王尧二人: 李尧 a name; 富强、和谐 is 、)
LAST_ITEM_JOINERS: Final = frozenset("和与及同")


def _before_last_item_follower(text: str, index: int) -> bool:
    """Whether the 尧 at ``index`` stands before what follows a list's last item, never its
    enumeration comma: a count of the persons listed (王尧二人: 王尧, as 童、叶二人 counts after 叶)
    or a conjunction alone (LAST_ITEM_JOINERS: 李尧和王尧), after a surname: 尧 a given name's;
    or before the next such name (张尧李尧二人: the items of a list are alike, not 张、李尧)."""
    if not (index and text[index - 1] in _surnames()):
        return False
    after = text[index + 1 : index + 3]
    if _count_of_persons(after):
        return True
    if after[-1:] == ENUMERATION_LOOKALIKE and _before_last_item_follower(text, index + 2):
        return True
    return after[:1] in LAST_ITEM_JOINERS and not _word_starts(text[index + 1 : index + 1 + lexicon.MAX_WORD_LEN])


def _orphans(view: str, original: str, candidates: list[_Candidate]) -> None:
    """``冀尧峰`` (a name) is not ``冀、峰``: an enumeration comma after a surname, between two
    characters that belong to no word, is more likely a hanzi, unless the list goes on (省尧市尧县).
    (``original``: the text as it is, where a name the view reads as marks is read: 记者 袁尧摄,
    袁远、叶渊、李尧当选.)"""
    commas = [c for c in candidates if c.symbol == IDEOGRAPHIC_COMMA]
    # (not one before what follows a list's last item, a name's 尧: 李尧和张尧是同学 has no list
    # for the second 尧 to go on)
    starts = {
        c.start for c in commas if c.evidence >= MARKER_FROM and not _before_last_item_follower(original, c.start)
    }
    # Within LIST_REACH of another strong comma: the list goes on (省尧市尧县).
    in_list = {s + d for d in _LIST_OFFSETS for s in starts}
    text = view  # (the look-alikes of the list read as 、 where sure: the pattern reads both)
    for cand in commas:
        if (
            _named_with_yao(text, cand.start)
            or _credited_name_of_two(original, cand.start)
            or _last_of_listed_full_names(original, cand.start)
        ):
            cand.add_doubt(-ORPHAN_PENALTY, "in a full name before what follows a name (李尧报道, 冀尧峰说)", EV_NAME)
            continue
        if _yao_after_role_before_given_name(original, cand.start):
            cand.add_doubt(0.0, "after a role, before a given name (技术员尧小军): a name, or a list?", EV_NAME)
            continue
        if _before_last_item_follower(original, cand.start):
            cand.add_doubt(
                -ORPHAN_PENALTY, "before what follows a list's last item, never 、 (李尧和王尧二人)", EV_NAME
            )
            continue
        if cand.start in in_list and not _in_listed_names(text, cand.start):
            continue  # the list goes on: 省尧市尧县
        left = _window(view, cand.start, -1)
        right = _window(view, cand.start, 1)
        left_in_word = len(left) > 1 and lexicon.word_at_end(left)  # (in_word at its end)
        if (
            not right
            and left
            and not left_in_word
            and _is_digit_at(text, cand.end)
            and _given_name_yao(text, cand.start)
        ):
            # 县委书记李尧1月6日带领: a titled surname's given name before a date (no hanzi after it)
            cand.add_doubt(-ORPHAN_PENALTY, f"after a titled surname {left[-1]}, before a number (a name?)", EV_NAME)
            continue
        if not left or not right or left_in_word:
            continue
        if left[-1] in _surnames() and not lexicon.word_at_start(right):
            if _items_of_two(original, cand.start):
                continue  # (管钱尧管物, 童尧叶二人: a list all the same)
            cand.add(-ORPHAN_PENALTY, f"after the surname {left[-1]}, between characters of no word (a name?)", EV_NAME)
        elif _lone_surname(text, cand.start):
            cand.add_doubt(
                -ORPHAN_PENALTY, f"after the surname {left[-1]}, a list of that one surname (a name?)", EV_NAME
            )
        elif len(left) == 1:
            cand.add(-SHORT_ITEM_PENALTY, "a one-character list item before it (唐尧?)", EV_OTHER)
