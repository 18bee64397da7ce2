"""punct-shift: the surnames 袁 and 叶 (also the garble of ， and 《) read from the words around a name."""

from __future__ import annotations

import pytest

from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from cleaner.tables import read_tsv
from tests.test_punct_shift import REPAIRED, garbled_context, repair


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a role before the name, a given name and a name follower or a mark after it
        ("园区管委会副主任袁晓峰一大早就来到了产业园", "园区管委会副主任袁晓峰一大早就来到了产业园"),
        ("高级工程师袁伟遥他介绍", "高级工程师袁伟。他介绍"),
        ("兽医袁晓华每天都要检查", "兽医袁晓华每天都要检查"),
        ("检验员袁晓梅向市民介绍", "检验员袁晓梅向市民介绍"),
        ("小学生袁梓涵第一次参加活动", "小学生袁梓涵第一次参加活动"),
        # 老袁, 小叶, 袁某
        ("队长老袁今年六十八岁", "队长老袁今年六十八岁"),
        ("提起老袁袁几乎无人不知", "提起老袁，几乎无人不知"),
        ("员工袁某诉某公司", "员工袁某诉某公司"),
        ("判决公司向袁某支付补偿", "判决公司向袁某支付补偿"),
        # a given name that is no word before a verb of speech
        ("园长袁志刚说袁动物园", "园长袁志刚说，动物园"),
        # two marks side by side cannot be: 审判员；袁晓燕为
        ("审判员曰袁晓燕为检察员", "审判员；袁晓燕为检察员"),
        # a space before the name, a mark after a given name that is no word
        ("联系人是管理处 袁晓红尧叶志明两位同志", "联系人是管理处 袁晓红、叶志明两位同志"),
        # a name read as a name once is a name everywhere in the text
        ("书记袁建国说袁袁建国带领村民修路", "书记袁建国说，袁建国带领村民修路"),
        # a given name ending in an unpaired 渊 (no 冤 closes it): 渊 is the name's, no （
        ("研究员袁文渊说袁袁文渊从尧舜禹讲起", "研究员袁文渊说，袁文渊从尧舜禹讲起"),
        # 子曰 before a quotation or a colon
        ("他举例说袁子曰野三人行冶", "他举例说，子曰“三人行”"),
        ("以野子曰冶开头的章句", "以“子曰”开头的章句"),
    ],
)
def test_names_are_kept(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a role at the end of a clause: the look-alike after it is a comma
        ("现任组织部部长袁拟任县委副书记", "现任组织部部长，拟任县委副书记"),
        ("各位代表袁新的征程已经开启", "各位代表，新的征程已经开启"),
        ("市财政局局长袁市自然资源局局长袁市水务局局长", "市财政局局长，市自然资源局局长，市水务局局长"),
        ("告诉记者袁学院与附属医院合作", "告诉记者，学院与附属医院合作"),
        ("同时是医院的医生袁医院的骨干也承担教学", "同时是医院的医生，医院的骨干也承担教学"),
        ("院士袁副主任委员叶国栋", "院士，副主任委员叶国栋"),
        ("照顾老人袁让他们安心", "照顾老人，让他们安心"),
        ("经济增长袁同比提高", "经济增长，同比提高"),
        # 他 要 但 never start a given name
        ("主任袁他说", "主任，他说"),
        ("优秀代表袁要大力弘扬劳模精神", "优秀代表，要大力弘扬劳模精神"),
        # ，某些 ，某公司 are a comma
        ("有的企业袁某些地方", "有的企业，某些地方"),
    ],
)
def test_commas_after_roles_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_a_mark_after_a_space_in_narrow_columns_is_repaired() -> None:
    """Seed 002's narrow columns put a real comma after a space: 过程中 袁按照."""
    text = garbled_context("在野三位一体冶运行过程中 袁按照\n\n野紧贴形势尧紧跟党员冶")
    assert "过程中 ，按照" in repair(text)


def test_names_table() -> None:
    rows = read_tsv("punct_shift_names.tsv")
    kinds = {kind for _, kind in rows}
    assert kinds == {"role", "follower", "function", "address", "object"}
    words = [word for word, _ in rows]
    assert len(words) == len(set(words))
    (function,) = [word for word, kind in rows if kind == "function"]
    assert len(function) == len(set(function)), "a function character listed twice"
    # A role or follower made of look-alikes would never be seen in garbled text.
    assert all(word and not word.isascii() for word in words)


# -- a person-name model: given-name characters from jieba's tagged names ---------------------
@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # after a role, a given name likelier than the word its two characters make
        ("二女儿袁秀英嫁到了邻县", "二女儿袁秀英嫁到了邻县"),
        ("县水利局局长袁明远常年在源头", "县水利局局长袁明远常年在源头"),
        ("他的儿子袁小林也是一名医生", "他的儿子袁小林也是一名医生"),
        ("重孙女袁婷婷今年五岁", "重孙女袁婷婷今年五岁"),
        # after a word that needs an object (no clause ends with 跟着 or 由)
        ("孩子们跟着袁文华去了田里", "孩子们跟着袁文华去了田里"),
        # a kinship word of address after the surname
        ("七十八岁的袁爷爷至今还住在老屋", "七十八岁的袁爷爷至今还住在老屋"),
        ("搬迁群众叶大伯一家住进了新房", "搬迁群众叶大伯一家住进了新房"),
        # a look-alike that starts the given name stays in the name: no 袁“也, 叶；明
        ("他的孙子袁野也从城里回来了", "他的孙子袁野也从城里回来了"),
        ("听众里有一位老人叫叶曰明遥他说", "听众里有一位老人叫叶曰明。他说"),
        # 老袁 at the start of a clause: no clause is 老 alone
        ("大家都认识老袁遥老袁名叫袁建华", "大家都认识老袁。老袁名叫袁建华"),
        # a noun of a post ending in 长 员 师 官 (from jieba's nouns)
        ("合唱团的团长袁秋菊正在带大家排练", "合唱团的团长袁秋菊正在带大家排练"),
        # the family and the clan: 袁家大院, 袁氏家族
        ("镇东头的袁家大院是清代建筑", "镇东头的袁家大院是清代建筑"),
        ("大院的主人袁氏家族出过进士", "大院的主人袁氏家族出过进士"),
    ],
)
def test_names_by_their_given_name_characters_are_kept(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # after a role, two characters that make a frequent word and are no given name: a comma
        ("他是村里的党支部书记袁健全了村规民约", "他是村里的党支部书记，健全了村规民约"),
        ("向技术员袁突出问题要及时上报", "向技术员，突出问题要及时上报"),
        ("各位代表袁新的征程已经开启", "各位代表，新的征程已经开启"),
        ("告诉记者袁学院与医院实行统一管理", "告诉记者，学院与医院实行统一管理"),
        # a surname look-alike starts no given name: 袁叶丹 is ，叶丹
        ("副主任袁叶丹为委员", "副主任，叶丹为委员"),
        # 理由 and 自由 end clauses: 由 there needs no object
        ("这是最好的理由袁也是唯一的办法", "这是最好的理由，也是唯一的办法"),
        # 姓 starts no given name: 教师，姓叶，
        ("我是一名退休教师袁姓叶袁今年七十二岁", "我是一名退休教师，姓叶，今年七十二岁"),
        # ，家 starts a clause in a word (家里), not 袁家
        ("会议结束以后袁家里的事情也要安排好", "会议结束以后，家里的事情也要安排好"),
        # 的 ends many clauses (是…的，): no name is read after it
        ("警务室是从去年开始的袁乌宝力格的牧民", "警务室是从去年开始的，乌宝力格的牧民"),
        # speech comes before a mark far more often than before a name
        ("他说袁爷爷守了一辈子老屋", "他说，爷爷守了一辈子老屋"),
    ],
)
def test_commas_before_clauses_are_still_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def _given_names_generator():
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("gen_given_name_chars", ROOT / "scripts" / "gen_given_name_chars.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, ROOT


@pytest.mark.parametrize(
    "snippet",
    [
        "记者采访了袁主任",
        "据袁书记介绍",
        "这件事交给袁主任负责",
        "他找到袁主任",
        "交给袁经理处理",
        "村民们都说袁书记是好人",  # (，书记是好人 reads too: reported, not changed)
        "叶校长的办公室在三楼",
        "袁主任高兴地说",  # (高 is a surname, 高兴 no name)
    ],
)
def test_a_surname_before_a_job_title_is_kept(snippet: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


def test_a_surname_before_a_job_title_is_reported() -> None:
    text = garbled_context("村民们都说袁书记是好人")
    start = text.index("袁书记")
    (doubt,) = [f for f in detect(text, StageContext()) if f.span.start == start]
    assert doubt.confidence < 0.8 and "job title 书记" in doubt.message


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("会议室内袁省长尧副省长都到了", "会议室内，省长、副省长都到了"),  # a list of posts
        ("省委书记胡富国袁省长孙文盛出席", "省委书记胡富国，省长孙文盛出席"),  # a role before a full name
        ("县委书记猿名袁县长缘名", "县委书记3名，县长5名"),  # a count
        ("提高水平上袁教练员水平高了", "提高水平上，教练员水平高了"),  # 教练员 is a longer word
    ],
)
def test_a_comma_before_a_post_that_is_no_title_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_given_name_table_is_what_the_generator_writes() -> None:
    module, root = _given_names_generator()
    assert (root / "mappings" / "given_name_chars.tsv").read_text(encoding="utf-8") == module.render()
    assert (root / "mappings" / "role_nouns.tsv").read_text(encoding="utf-8") == module.render_roles()


def test_role_nouns_table_data() -> None:
    nouns = [row[0] for row in read_tsv("role_nouns.tsv")]
    assert nouns == sorted(set(nouns))
    assert all(2 <= len(n) <= 4 and n[-1] in "长员师官" for n in nouns)
    assert {"团长", "律师", "法官", "会员"} <= set(nouns)
    assert not {"增长", "成长"} & set(nouns)  # verbs, not posts


def test_given_name_table_data() -> None:
    rows = read_tsv("given_name_chars.tsv")
    chars = [row[0] for row in rows]
    assert len(chars) == len(set(chars)) and all(len(c) == 1 for c in chars)
    table = {c: (float(a), float(b)) for c, a, b, _ in rows}
    # log probabilities; characters of given names are in it, clause starters are not
    assert all(a < 0 and b < 0 for a, b in table.values())
    assert {"秀", "英", "明", "华", "伟", "婷"} <= set(table)
    assert not {"突", "扩", "促", "的", "了", "我"} & set(table)


def _candidate(text: str, hanzi: str, kinds: tuple[str, ...], evidence: float):
    from cleaner.stages.punct_shift import decide, table

    start = text.index(hanzi, 1)
    symbol = table._lookalikes()[0][hanzi]
    return decide._Candidate(start, start + 1, hanzi, symbol, evidence, tuple(f"note {k}" for k in kinds), kinds)


@pytest.mark.parametrize(
    ("kinds", "overruled"),
    [
        (("lexicon", "surname"), True),
        (("lexicon", "name"), True),
        (("lexicon", "surname", "no-mark"), False),  # two marks side by side: the name stays
        (("lexicon", "other"), False),  # no name evidence to overrule
    ],
)
def test_full_name_after_reads_the_kinds_of_evidence_not_the_wording(kinds, overruled) -> None:
    """_full_name_after decides by the kinds of the evidence (the notes here say nothing)."""
    from cleaner.stages.punct_shift import decide, names

    text = "书记刘我成说，会上袁刘我成曾有"
    cand = _candidate(text, "袁", kinds, decide.DOUBT_FROM)
    names._full_name_after(text, [cand])
    assert (cand.evidence == decide.LIKELY_FROM) is overruled
    assert len(cand.kinds) == len(cand.notes)


@pytest.mark.parametrize(
    ("kinds", "overruled"),
    [
        (("lexicon", "paired", "surname"), True),
        (("lexicon", "paired", "surname", "other"), False),
        (("lexicon", "surname", "paired"), False),
        (("lexicon", "paired"), False),
    ],
)
def test_closed_titles_read_the_kinds_of_evidence_not_the_wording(kinds, overruled) -> None:
    from cleaner.stages.punct_shift import decide, pairing

    text = "和叶三国演义曳"
    cand = _candidate(text, "叶", kinds, decide.DOUBT_FROM)
    pairing._closed_titles([cand])
    assert (cand.evidence == decide.LIKELY_FROM) is overruled


def test_name_context_says_the_kind_of_its_evidence() -> None:
    from cleaner.stages.punct_shift import decide, names

    assert names._name_context("工程师袁伟遥", 3)[0] == decide.EV_SURNAME
    assert names._name_context("原告袁某诉", 2) == (decide.EV_ANONYMISED, "an anonymised name (袁某)")
    assert names._name_context("他说袁", 2) is None
