"""punct-shift: the surnames 袁 and 叶 (also the garble of ， and 《) read from the words around a name.

A real name stays (at most reported): after a role, a noun for a person or a verb whose object is a
person, before a title or a verb of speech, alone in a cell of a roster, after a quoted sentence, and
a given name made of look-alikes (袁野, 袁园园, 记者何文渊, 记者王尧, 王远1月6日 as no 61月); a name
read at one place of a document is a name at the others. The comma's look-alike before what only
looks like a given name (a clause, a set phrase, laughter, a count, a common word after the same
roles) is repaired. Most garbled inputs are made from the clean text by :func:`garble`
(test_punct_shift.founder_garble); the few pasted ones are snippets, no garbled page (the
package-source test reads this file).
"""

from __future__ import annotations

import pytest

from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from cleaner.tables import read_tsv
from tests.test_punct_shift import REPAIRED, cases, garbled_context, garbled_rows, kept_rows, repair
from tests.test_punct_shift import founder_garble as garble

#: A garbled paragraph before and after the snippet (，。“” as 袁遥野冶).
GARBLED_BEFORE = "会议指出院野要抓好落实遥冶他说袁我们要继续努力遥\n"
GARBLED_AFTER = "\n据介绍袁该项目总投资员圆亿元遥"
REPAIRED_BEFORE = "会议指出：“要抓好落实。”他说，我们要继续努力。\n"
REPAIRED_AFTER = "\n据介绍，该项目总投资12亿元。"
#: A garbled sentence around the snippet on its line (a sentence of running text).
GARBLED_SENTENCE = "今年以来袁全市经济运行平稳遥"
#: A paragraph of real commas before and after the snippet (garbled by :func:`in_paragraph`).
BEFORE, AFTER = "对此，有关部门表示，将进一步加强监管。", "，今年以来，全市经济稳中向好。"


def in_garbled_document(snippet: str) -> str:
    return GARBLED_BEFORE + snippet + GARBLED_AFTER


def kept(snippet: str) -> bool:
    """Whether ``snippet`` (clean, with real surnames) comes back unchanged, its garbled
    neighbours repaired: on a line of its own in the middle and at the end of a garbled
    document, and (running text, no table: no space, tab or line break in it) between
    garbled sentences."""
    middle = repair(in_garbled_document(snippet)) == REPAIRED_BEFORE + snippet + REPAIRED_AFTER
    at_end = repair(GARBLED_BEFORE + snippet) == REPAIRED_BEFORE + snippet
    # (a line that mixes real marks with look-alikes may be left whole: only the snippet is read)
    line = repair(in_garbled_document(GARBLED_SENTENCE + snippet + GARBLED_SENTENCE))
    in_line = not any(space in snippet for space in "\n \t")
    after_sentence = not in_line or snippet in line
    return middle and at_end and after_sentence


def in_paragraph(snippet: str) -> bool:
    """Whether ``snippet`` (clean) comes back unchanged from a garbled paragraph of commas."""
    clean = BEFORE + snippet + AFTER
    return repair(garble(BEFORE) + garble(snippet) + garble(AFTER)) == clean


# -- the tables ---------------------------------------------------------------------------------
def _given_names_generator():
    import importlib.util

    from tests.conftest import ROOT

    spec = importlib.util.spec_from_file_location("gen_given_name_chars", ROOT / "scripts" / "gen_given_name_chars.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, ROOT


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


def test_given_name_table_is_what_the_generator_writes() -> None:
    module, root = _given_names_generator()
    assert (root / "mappings" / "given_name_chars.tsv").read_text(encoding="utf-8") == module.render()
    assert (root / "mappings" / "role_nouns.tsv").read_text(encoding="utf-8") == module.render_roles()


def test_given_names_table_is_what_the_generator_writes() -> None:
    module, root = _given_names_generator()
    assert (root / "mappings" / "given_names.tsv").read_text(encoding="utf-8") == module.render_given_names()


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


def test_the_given_names_hold_today_s_names_but_no_common_word() -> None:
    rows = read_tsv("given_names.tsv")
    names = {row[0] for row in rows}
    # Faker's given names of today (its zh_TW ones in simplified characters), which jieba lacks
    assert {"心怡", "诗涵", "子涵", "宇轩", "雅婷", "家豪"} <= names
    # ... and @faker-js/faker's mainland names of the 2000s and 2010s
    assert {"梓萱", "雨桐", "子轩", "浩宇", "一诺"} <= names
    # ... but not those jieba counts as common words: after a role they start a clause
    assert not {"文章", "聪明", "美丽", "正义", "建成", "致远"} & names
    # ... nor those jieba lists as another word ('set sail', 'remember the source', 'elegance')
    assert not {"远航", "思源", "风华"} & names
    # ... nor those jieba holds as a word at all ('aerospace', 'cedar'): the list is no count
    assert not {"宇航", "雪松"} & names
    # ... nor those jieba lists as another word, however rare ('the autumn moon', 'graceful')
    assert not {"秋月", "秀美"} & names
    assert all(len(name) == 2 and int(count) >= 0 and faker in ("0", "1") for name, count, faker in rows)


def test_the_person_nouns_hold_no_noun_of_another_sense() -> None:
    nouns = {row[0] for row in read_tsv("person_nouns.tsv")}
    assert nouns.isdisjoint({"麻将", "需将", "行将", "国家", "回家", "下功夫", "工夫", "卫生", "增长", "器官"})
    assert {"年轻人", "后卫", "茶农", "中将", "老将", "专家", "画家"} <= nouns


# -- a name in a garbled paragraph stays ----------------------------------------------------------
#: (garbled, expected) inside :func:`garbled_context`: the name comes back as a name.
NAMES_KEPT = [
    # a role before the name, a given name and a name follower or a mark after it
    *cases(
        "role-before-name",
        ("园区管委会副主任袁晓峰一大早就来到了产业园", "园区管委会副主任袁晓峰一大早就来到了产业园"),
        ("高级工程师袁伟遥他介绍", "高级工程师袁伟。他介绍"),
        ("兽医袁晓华每天都要检查", "兽医袁晓华每天都要检查"),
        ("检验员袁晓梅向市民介绍", "检验员袁晓梅向市民介绍"),
        ("小学生袁梓涵第一次参加活动", "小学生袁梓涵第一次参加活动"),
    ),
    # a title for a person that starts the sentence (no verb in it), then one or two hanzi no
    # word holds and a verb: the comma would leave a bare noun phrase as a clause
    *cases(
        "title-phrase-starts-sentence",
        *garbled_rows("著名歌唱家袁晨野演唱了《我爱你，中国》", "清代诗人袁枚著有《随园诗话》"),
        *garbled_rows("青年歌唱家袁春野演唱了《我的祖国》"),
    ),
    # 老袁, 小叶, 袁某
    *cases(
        "familiar-or-anonymised",
        ("队长老袁今年六十八岁", "队长老袁今年六十八岁"),
        ("提起老袁袁几乎无人不知", "提起老袁，几乎无人不知"),
        ("员工袁某诉某公司", "员工袁某诉某公司"),
        ("判决公司向袁某支付补偿", "判决公司向袁某支付补偿"),
    ),
    # a given name that is no word before a verb of speech
    *cases("before-speech", ("园长袁志刚说袁动物园", "园长袁志刚说，动物园")),
    # two marks side by side cannot be: 审判员；袁晓燕为
    *cases("no-two-marks", ("审判员曰袁晓燕为检察员", "审判员；袁晓燕为检察员")),
    # a space before the name, a mark after a given name that is no word
    *cases("after-space", ("联系人是管理处 袁晓红尧叶志明两位同志", "联系人是管理处 袁晓红、叶志明两位同志")),
    # a name read as a name once is a name everywhere in the text
    *cases("read-once", ("书记袁建国说袁袁建国带领村民修路", "书记袁建国说，袁建国带领村民修路")),
    # a given name ending in an unpaired 渊 (no 冤 closes it): 渊 is the name's, no （
    *cases("unpaired-bracket", ("研究员袁文渊说袁袁文渊从尧舜禹讲起", "研究员袁文渊说，袁文渊从尧舜禹讲起")),
    # 渊, a given name that no ） closes, after a role or a noun for a person and a surname
    *cases(
        "unclosed-yuan-given-name",
        *garbled_rows("本报记者何文渊报道：今年全省粮食丰收", "编辑部收到读者张渊的来信"),
        *garbled_rows("数学家王渊在国际学术会议上宣读了论文"),
    ),
    # a bracket that closes after a name whose given name is 渊: the outer （ pairs
    *cases(
        "bracket-after-yuan-given-name",
        *garbled_rows("本报讯（记者王渊）市政府日前召开会议", "新建的大桥投入使用。（曲渊摄）"),
        *garbled_rows("新建的大桥投入使用。（李文渊摄）"),
    ),
    # 远 ends a name or a place before a date: a day past 31, a month past 12 or a year of
    # five digits is no date, so the 远 is the name's (and 118日元 is the yen, no day)
    *cases(
        "yuan-before-date",
        *garbled_rows("记者王远1月6日报道", "张远16日在会上说", "中远1997年盈利6亿元", "怀远1997年粮食增产"),
        *garbled_rows("1美元兑换118日元"),
    ),
    # ... and before an age past 150, after a byline's role and a surname, or before a list of
    # numbers after a surname where a name starts
    *cases(
        "yuan-before-number",
        *garbled_rows("张志远12岁时就参加了工作", "记者王远36岁", "张远、36岁，是个好青年"),
    ),
    # a label's colon before a surname: ：， and ：、 are never written
    *cases(
        "label-colon",
        ("法定代表人院尧志远", "法定代表人：尧志远"),
        ("受访者院袁月生渊退休教师冤", "受访者：袁月生（退休教师）"),
        # 院 that ends a word before a comma or an enumeration comma stays the hanzi
        ("帮他送到了部队医院袁并付了钱", "帮他送到了部队医院，并付了钱"),
        ("巴黎圣母院尧卢浮宫", "巴黎圣母院、卢浮宫"),
    ),
    # the anonymised name of a judgment or a police notice, and a user's handle
    *cases(
        "anonymised-or-handle",
        ("警方征集袁某某等人的违法犯罪线索", "警方征集袁某某等人的违法犯罪线索"),
        ("欢迎关注@袁小野的日常", "欢迎关注@袁小野的日常"),
        # 某 alone after a comma is still "a certain"
        ("据查实袁某境外机构曾多次联系", "据查实，某境外机构曾多次联系"),
    ),
    # 尧 a given name after a common surname: after a role, or before what follows a name
    *cases(
        "yao-given-name",
        ("记者王尧报道", "记者王尧报道"),
        ("王尧同志是一位老党员", "王尧同志是一位老党员"),
        ("法官周尧指出", "法官周尧指出"),
        # a list of surnames goes on
        ("张尧王尧李三位同志", "张、王、李三位同志"),
        # no sentence starts with 、 after a sure full stop
        ("推动发展遥尧庙是临汾的名胜", "推动发展。尧庙是临汾的名胜"),
    ),
    # 子曰 before a quotation or a colon
    *cases(
        "zi-yue",
        ("他举例说袁子曰野三人行冶", "他举例说，子曰“三人行”"),
        ("以野子曰冶开头的章句", "以“子曰”开头的章句"),
    ),
    # a person-name model (given-name characters from jieba's tagged names): after a role, a
    # given name likelier than the word its two characters make
    *cases(
        "likelier-given-name",
        *kept_rows("二女儿袁秀英嫁到了邻县", "县水利局局长袁明远常年在源头", "他的儿子袁小林也是一名医生"),
        *kept_rows("重孙女袁婷婷今年五岁"),
    ),
    # a kinship noun the suffixes miss (长子 次子 女婿: 子 and 婿 are no agent suffix) before a
    # one-character given name
    *cases("kinship-noun", *garbled_rows("他的长子袁明在北京工作，次子袁亮在上海读书", "她的女婿袁刚是一名医生")),
    # after a word that needs an object (no clause ends with 跟着 or 由)
    *cases("needs-object", *kept_rows("孩子们跟着袁文华去了田里")),
    # a kinship word of address after the surname
    *cases("kinship-address", *kept_rows("七十八岁的袁爷爷至今还住在老屋", "搬迁群众叶大伯一家住进了新房")),
    # a look-alike that starts the given name stays in the name: no 袁“也, 叶；明
    *cases(
        "lookalike-starts-given-name",
        ("他的孙子袁野也从城里回来了", "他的孙子袁野也从城里回来了"),
        ("听众里有一位老人叫叶曰明遥他说", "听众里有一位老人叫叶曰明。他说"),
    ),
    # 老袁 at the start of a clause: no clause is 老 alone
    *cases("familiar-starts-clause", ("大家都认识老袁遥老袁名叫袁建华", "大家都认识老袁。老袁名叫袁建华")),
    # a noun of a post ending in 长 员 师 官 (from jieba's nouns)
    *cases("post-noun", *kept_rows("合唱团的团长袁秋菊正在带大家排练")),
    # the family and the clan: 袁家大院, 袁氏家族
    *cases("family-clan", *kept_rows("镇东头的袁家大院是清代建筑", "大院的主人袁氏家族出过进士")),
    # a surname before a job title
    *cases(
        "before-job-title",
        *kept_rows("记者采访了袁主任", "据袁书记介绍", "这件事交给袁主任负责", "他找到袁主任", "交给袁经理处理"),
        *kept_rows("村民们都说袁书记是好人"),  # (，书记是好人 reads too: reported, not changed)
        *kept_rows("叶校长的办公室在三楼"),
        *kept_rows("袁主任高兴地说"),  # (高 is a surname, 高兴 no name)
        # a rare word across the title's end (长上 记要 长武 长北) before a word of its own
        *kept_rows("去年袁市长上海之行收获很大", "那时袁厂长武汉分厂刚建成", "本市的袁书记要求大家"),
        *kept_rows("上月袁县长北京之行很顺利", "听说袁书记要求严格"),
        # ... but a common one (长于, 学生) splits the title: the comma before a clause
        *garbled_rows("话剧《茶馆》上演，院长于是之出席", "讲解了昆剧的历史，同学生进行座谈"),
        # ... and a rare one after a word that ends a clause (…后 对此 据悉 了解到): the comma
        *garbled_rows("对此，律师表示，合同无效", "事故发生后，工程师表示，桥梁安全", "据悉，主编发现了问题"),
        *garbled_rows("会议结束后，书记要求各部门落实", "比赛结束后，教练出席了发布会"),
        *garbled_rows("记者了解到，市长上海之行很顺利"),
    ),
    # a given name that starts with the colon's look-alike 院, which starts no word (院生)
    *cases(
        "colon-lookalike-given-name",
        *kept_rows("本报讯记者袁院生报道", "通讯员袁院平摄", "据村民袁院生介绍"),
        *garbled_rows("记者，院方表示"),
    ),
    # a title in a list of two (a greeting) or of names: no list of relations
    *cases(
        "title-in-a-list",
        *garbled_rows("尊敬的袁老师、同学们：大家好", "我们看望了袁爷爷、袁奶奶", "袁老师、王老师都来了"),
        # a list of relations after what needs an object (a coverb, a joiner, a verb whose
        # object is a person): no comma stands there, so 袁 is the surname
        *garbled_rows("我和袁爷爷、奶奶和妹妹一起去了公园", "我陪袁爷爷、奶奶和表妹去了杭州"),
        *garbled_rows("他给袁爷爷、奶奶和叔叔们写了一封信"),
    ),
    # the surname 袁 where what follows it reads as a given name
    *cases(
        "reads-as-given-name",
        *kept_rows("叶伟和袁芳是同学", "袁隆平院士来到田间", "记者日前采访了袁晓峰", "在袁明的建议下"),
        *kept_rows("年长的袁德胜站了起来", "主持人袁鸣", "请袁哈达讲话"),
    ),
    # 老 and 小 of a familiar name, after words that are no adverb of degree
    *cases(
        "familiar-after-no-degree",
        *kept_rows("他和小袁一起去", "还有小袁和老袁", "你好小袁", "他告别小袁", "同事小袁不过二十岁"),
        *kept_rows("司机小袁因为工作忙", "徒弟小袁很能干", "我和小袁不过是朋友"),
    ),
    # 过 after a verb is its aspect, no adverb of degree (房间过小)
    # (队长老袁今年六十八岁 was here too: the same case as familiar-or-anonymised-1)
    *cases("aspect-guo", *kept_rows("他问过小袁", "我们曾经帮过小袁", "他们拜访过小袁")),
    # a doubled given name that is a rare word, before a verb of speech
    *cases("doubled-rare", *kept_rows("观众袁婷婷说", "记者袁丹丹说")),
    # no clause ends with 由 (but 以…为由), whatever follows the surname (和平 starts with 和)
    *cases("after-you", *kept_rows("这部电影由袁和平担任武术指导", "这次会议由袁副局长主持")),
    # 以前 and 之后 follow a person as adverbs; a list of names whose first is 袁伟
    *cases("adverb-after-name", *kept_rows("记者袁建国以前是工人", "记者袁建国之后说", "工程师袁伟和李明参加了会议")),
    # a given name of look-alikes of digits or letters after a role or a person
    *cases(
        "lookalike-given-name",
        *garbled_rows("运动员袁缘缘打破了全国纪录", "画家袁苑的作品在北京展出", "他的妻子袁月娥是一名小学老师"),
        *garbled_rows("主任医师袁缘为患者做了详细检查"),
    ),
    # before a title: the comma would make a full name of look-alikes that no surname starts
    *cases("lookalike-before-title", *garbled_rows("新来的院长是从北京调来的袁远志教授")),
    # such a name alone before a mark: no clause
    *cases(
        "lookalike-alone",
        *garbled_rows("半程马拉松男子组冠军为袁园园，成绩很好", "决赛中她战胜广东队的袁月，首次获得全国冠军"),
    ),
    # 野 that nothing closes, after a word that needs an object or a verb that takes a person
    *cases("unclosed-ye", *garbled_rows("她循着声音望过去，看见袁野站在出站口", "小时候常常给她和袁野买冰棍")),
    # a given name of one and a verb of one after a verb whose object is a person
    *cases("object-then-verb", *garbled_rows("请袁明到医院来", "派袁明去北京", "陪袁明去医院", "祝贺袁明获奖")),
    # the familiar name after a person or a verb that takes one, before a verb
    *cases("familiar-before-verb", *garbled_rows("朋友老袁蹲下身，捧起一口泉水", "我们看见小袁跑了过来")),
    # a byline's or a credit's full names: 袁尧 after a role (no ，、 is written), and a name
    # ending in 尧 before 报道 or 摄 (a credit never lists bare surnames)
    *cases(
        "credited-names",
        *garbled_rows(
            "本报记者袁尧报道：今年全省粮食丰收",
            "新华社记者袁尧摄影",
            "记者袁野、李尧报道：今年全省粮食丰收",
            "记者王强、李尧摄影",
        ),
        # ... a space between the role and the name (a caption's credit), 袁 before a given
        # name of look-alikes, and 渊 in a credit's name inside the credit's parentheses
        *garbled_rows("景德镇出土的瓷器。新华社记者 袁尧摄", "大桥建成通车。（本报记者 袁野摄）"),
        *garbled_rows("大桥建成通车。（新华社发 王渊摄）", "大桥建成通车。（新华社发 李文渊摄）"),
        # ... and after the role and the first name of a credit of two, parted by a space
        *garbled_rows("大桥建成通车。（本报记者 叶远 袁野摄）", "大桥建成通车。（记者 王明 袁远报道）"),
    ),
    # 尧 in an official's full name: inside a name of three before 说 (冀尧峰, after a list of
    # titles), the surname after a title before a given name and what follows a name at a meeting
    # or the list's next mark; a list of titles or of nouns for people stays a list
    *cases(
        "officials-named-yao",
        *garbled_rows("党委书记、政委冀尧峰说", "市委书记尧建军主持会议并讲话", "中国科学院院士尧国正等出席论坛"),
        *garbled_rows("副院长尧志强及党委委员参加会议", "王尧当选为纪委书记"),
        # a narrow column's line broken after the surname: the name is read across the break
        *garbled_rows("参加会议的有省委政研室副主任袁\n小鹏、省发改委副主任李明"),
        *garbled_rows("院长王远明、副院\n长尧志强及党委委员参加会议"),
        # a titled surname's given name before a date (no hanzi follows the 尧)
        *garbled_rows("县委书记李尧1月6日带领6个部门深入基层"),
        # ... and 遥 so (a surname or 路遥, a word): a role never ends a sentence with half a name
        *garbled_rows("发现了化石。作家路遥1949年出生于陕西。记者王遥2日报道"),
        *garbled_rows("他是一名作家。1949年出生于陕西。今天是记者节。10日起放假"),
        # a name of three between a reporter's role and the credit's end, whatever its surname
        *garbled_rows("这是文明建设的成果。本报记者高尧明摄", "图为丰收景象。本报记者马尧东摄", "通讯员方尧清报道"),
        # ... or between a role and a verb: a role titles one person named in full (杨、林 holds no office)
        *garbled_rows("村支书杨尧林带领群众修渠引水", "厂长王尧生主持召开了职工大会"),
        # a name of two after a surname that closes a list of full names, before a verb or 等:
        # 李、 alone would list one surname after full names; a list of words stays a list
        *garbled_rows("王明、张文渊、李尧等出席了会议", "刘强、叶渊、王尧当选为人大代表", "会议由张明、李尧主持"),
        # ... or before the count of the persons listed (、三位 would list a count among names)
        *garbled_rows("大会召开。张明、李尧两位同志出席", "王刚、叶远、李尧三人获得表彰", "由刘强、王尧二人负责"),
        *garbled_rows("黄金、白银、铜、铁等价格上涨", "会上，王明、李、张三位同志发了言"),
        # two items that start alike, or a count of two after the second with no list before:
        # a list, whatever surname stands before the mark (冀尧峰二人 is no person)
        *garbled_rows("海关是管钱、管物的单位", "再多的钱、再大的利也不容传播", "比赛结束。童、叶二人同积4分"),
        *garbled_rows("他将出访埃及以实现苏、埃两国关系正常化"),
        # a given name 尧 after a surname before what follows a list's last item, never 、: a count
        # of persons or a conjunction alone, and the names alike before it (张尧李尧二人)
        *garbled_rows("管钱管物都要有人负责。李尧和王尧二人都来了", "张尧李尧二人是兄弟", "我和王尧同岁"),
        *garbled_rows("富强、和谐、文明是目标", "刘强、王尧和李明出席"),
        # after 诉 'sues', the party sued is named in full (张、 lists no party)
        *garbled_rows("法院依法审理了张明诉王尧借款纠纷一案"),
        # after a colon: ：， is never written, the surname and its name are whole
        *garbled_rows("经研究决定：袁新民同志任县委办公室主任", "会议决定：尧红梅同志任组织部长"),
        # a list of full names with 尧: a surname, 尧 and no surname, where the next item is one
        # too or a common surname before 尧 doubled (王尧、: no mark is written twice), whatever
        # the first surname (冀); of 尧尧 between common surnames the second is the mark (王尧、李)
        *garbled_rows("出席会议的有王尧峰、李尧臣", "出席会议的有冀尧峰、李尧臣"),
        *garbled_rows("出席会议的有冀尧峰、王尧、李尧三位同志", "王尧、李尧、张尧三位同志"),
        # ... a list of single hanzi stays a list
        *garbled_rows("冀、峰、王、李四个字", "江、河、湖都很美"),
        *garbled_rows("市长、副市长出席会议", "来自各条战线的工人、农民、学生", "钱宏斌、李军、赖斌说"),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), NAMES_KEPT)
def test_a_name_in_a_garbled_paragraph_is_kept(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_a_surname_before_a_job_title_is_reported() -> None:
    text = garbled_context("村民们都说袁书记是好人")
    start = text.index("袁书记")
    (doubt,) = [f for f in detect(text, StageContext()) if f.span.start == start]
    assert doubt.confidence < 0.8 and "job title 书记" in doubt.message


#: Clean snippets with real surnames, kept on a line of a garbled document (:func:`kept`).
KEPT_IN_DOCUMENT = [
    # a name alone in a cell: after a space or a tab, before a space, a tab or the line end
    *cases(
        "cell",
        "姓名 袁晓峰",
        "主持人 袁晓峰",
        "姓名\t袁丽",
        "序号 姓名 性别\n1 袁晓峰 男\n2 叶小青 女",
        "作者 叶青\n负责人 袁建华",
        "袁晓峰 男 1980\n叶小青 女 1985",
    ),
    # after a sentence quoted whole (。” ？” ！”): no comma follows it
    *cases("after-quoted-sentence", "“你好。”袁丽笑着说。", "“好的。”袁明点点头。", "“真的吗？”叶飞问。"),
    *cases("after-quoted-exclamation", "“太好了！”袁红跳了起来。"),
    # natural sentences with 袁 and 叶 as surnames, family names and plant words: none may change
    *cases(
        "natural",
        "袁晓峰是我们班的班长。",
        "叶青今年二十岁。",
        "他说：“袁老师好。”",
        "我们请来了袁某。",
        "我们请来了袁教授。",
        "他告诉袁老师一件事。",
        "袁丽走进教室。",
        "叶飞说他不去了。",
        "袁某承认了犯罪事实。",
        "叶某当天没有上班。",
        "袁家的院子很大。",
        "叶家有三个孩子。",
        "袁氏家族历史悠久。",
        "叶公好龙的故事大家都知道。",
        "一叶知秋，天气转凉。",
        "秋天的叶子黄了。",
        "他手里拿着一块袁大头。",
        "袁、叶二人是好朋友。",
        "袁叶二人同时获奖。",
        "树叶落了一地。",
        "茶叶的价格上涨了。",
        "叶片上有露珠。",
        "叶绿素吸收阳光。",
        "清朝末叶，国力衰微。",
        "明朝中叶以后，商业繁荣。",
        "十九世纪中叶，工业革命兴起。",
        "我和袁明是同学。",
        "他把书交给了叶红。",
        "叶老先生已经九十岁了。",
        "袁大爷每天早上锻炼。",
        "老袁笑了。",
        "小叶回来了。",
        "袁晓峰和叶青结婚了。",
        "叶圣陶是著名作家。",
        "袁隆平被誉为杂交水稻之父。",
        "袁世凯称帝失败。",
        "导演袁牧之拍摄了这部电影。",
        "我的朋友叶文很喜欢画画。",
        "这是袁红的书。",
        "张老师和袁老师都来了。",
        "昨天叶晓明来找我。",
        "他的妻子袁芳是医生。",
        "队长叶强带领大家前进。",
        "荷叶上滚动着水珠。",
        "落叶归根。",
        "枝繁叶茂。",
        "叶芝是爱尔兰诗人。",
        "她叫叶小红。",
        "我姓袁。",
        "他姓叶，叫叶明。",
        "袁晓峰，男，汉族。",
        "这位袁先生很客气。",
        "她嫁给了叶家的大儿子。",
        "袁某某涉嫌盗窃。",
        "被告人袁某辩称。",
        "袁丽丽考上了大学。",
        "袁立新当选为村长。",
        "叶建华担任组长。",
        "新来的叶医生很年轻。",
        "见到袁伯伯我很高兴。",
        "叶阿姨做的饭好吃。",
        "“走吧。”叶飞说。",
        "他说：“没问题。”袁丽也同意了。",
        "她认识叶红很多年了。",
        "大家都喜欢袁老师。",
        "袁、叶两家是世交。",
        "几块袁大头。",
        "每片叶子都不一样。",
        "松叶和竹叶。",
        "叶脉清晰可见。",
        "宋朝末叶，战乱频仍。",
        "叶氏宗祠。",
        "作者简介：袁晓峰，教授。",
        "编辑：叶红",
    ),
    # a surname before a given name and a rank
    *cases("before-rank", "主任袁林海少将"),
    # known failure: 林海 reads as a full name of its own after 见到了 (，林海少将), though no
    # clause ends with 见到了
    pytest.param(
        "他见到了袁林海少将",
        id="before-rank-after-a-verb",
        marks=pytest.mark.xfail(strict=True, reason="，林海 read as a full name"),
    ),
]


@pytest.mark.parametrize("snippet", KEPT_IN_DOCUMENT)
def test_a_name_on_a_line_of_a_garbled_document_is_kept(snippet: str) -> None:
    assert kept(snippet)


#: Real names with the surname 袁 whose given name is a word too or starts with 一.
NAMES_THAT_ARE_WORDS = [
    # the brief's six
    *cases("brief", "记者袁一鸣报道", "后卫袁浩然表现出色", "教练袁明明说", "采访了袁建国之后", "首先袁明发言"),
    *cases("brief-adverb", "其实袁明早就知道"),
    # roles, job titles and nouns for a person before a given name that is a word
    *cases(
        "role",
        "记者袁浩然报道",
        "前锋袁一鸣打进一球",
        "主持人袁一鸣说",
        "教练袁建国认为",
        "学生袁浩然获得一等奖",
        "记者袁明报道",
        "记者袁一鸣说",
        "后卫袁浩然说",
        "主持人袁浩然说",
        "队员袁一帆表示",
        "司机袁志强告诉记者",
        "教练袁一鸣指出",
        "学生袁明明说",
        "医生袁一鸣说",
        "演员袁浩然表示",
        "主持人袁国庆表示",
        "教练袁建军表示",
    ),
    # after a role, a given name of jieba's full names however common the word (爱国 6,444)
    *cases("role-full-name", "厂长袁爱国在职工大会上讲话", "导演袁建国说", "歌手袁浩然演唱了新歌", "选手袁一鸣夺冠"),
    # verbs whose object is a person
    *cases(
        "object-verb",
        "我们会见了袁建国",
        "市长看望了袁志强一家",
        "老师表扬了袁明明",
        "他们采访了袁浩然",
        "会见了袁一鸣等人",
        "我们拜访了袁明明",
        "省长慰问了袁国庆一家",
        "她表扬了袁浩然",
    ),
    # adverbs that open a sentence before a given name of one character
    *cases("opening-adverb", "首先袁明说", "其实袁红早就知道", "首先袁华发言"),
]


@pytest.mark.parametrize("snippet", NAMES_THAT_ARE_WORDS)
def test_a_surname_before_a_given_name_that_is_a_word_stays(snippet: str) -> None:
    assert in_paragraph(snippet)
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize("snippet", NAMES_THAT_ARE_WORDS)
def test_the_names_in_clean_text_are_not_edited(snippet: str) -> None:
    text = "会议指出：“要抓好落实。”" + snippet + "，推动发展。"
    assert repair(text) == text


#: Given names of today, which jieba's names lack (mappings/given_names.tsv has them from Faker's
#: lists), after a role, a noun for a person or a verb whose object is a person.
MODERN_NAMES = [
    *cases("role", "队长袁心怡说", "队员袁诗涵表现出色", "记者袁子晴报道", "后卫袁宇翔表现出色", "教练袁家豪表示"),
    *cases("object-verb", "采访了袁静怡之后", "老师表扬了袁雅婷"),
    # a name of @faker-js/faker's mainland list that jieba holds as no word
    *cases("faker-js", "后卫袁梓萱表现出色"),
]


@pytest.mark.parametrize("snippet", MODERN_NAMES)
def test_a_surname_before_a_given_name_of_today_stays(snippet: str) -> None:
    assert in_paragraph(snippet)
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


#: Clean snippets that come back unchanged from a garbled paragraph of commas (:func:`in_paragraph`).
IN_PARAGRAPH = [
    # a surname after a preposition before a deputy role stays
    *cases("preposition-deputy", "张院长和袁副院长都出席了", "王主任与袁副主任一起出席", "由袁副主任负责"),
    # a deputy role after a name and a comma is still a comma
    *cases("deputy-after-name-comma", "出席会议的有院长张明，副院长李强"),
    # a surname after a coach stays
    *cases("coach", "主教练袁建国在赛后说", "教练袁伊宁对队员们的表现很满意"),
]


@pytest.mark.parametrize("snippet", IN_PARAGRAPH)
def test_a_paragraph_of_commas_comes_back_whole(snippet: str) -> None:
    assert in_paragraph(snippet)


# -- a name read elsewhere in the document --------------------------------------------------------
#: A profile that names 安子文 at the start of sentence after sentence (安 is left out of the
#: surname table as a common word): 同志袁安子文同志 is 同志，安子文同志, no name of four.
PROFILE = (
    "安子文同志是我们党的杰出领导人。安子文同志重视发动群众。安子文同志经常下乡搞调查。"
    "为了纪念含冤去世的刘少奇同志，安子文同志凭着对党负责的精神提出建议。"
)
#: A profile that names its subject by the given name alone (遥晓峰同志, 遥晓峰说): the full
#: name 袁晓峰 stays.
GIVEN_NAME_PROFILE = (
    "会议指出：“要抓好落实。”书记袁晓峰同志参加了会议。晓峰同志指出，要抓好落实。"
    "晓峰同志还强调，要继续努力。晓峰同志最后说，大家辛苦了。"
)
#: A profile that names 龙乐豪 all through the text, mostly amid clauses (龙 is left out of the
#: surname table as a common word): 总设计师袁龙乐豪的 is 总设计师，龙乐豪的, no name of four.
NAME_PROFILE = (
    "让我们去问问龙乐豪吧，他是总设计师。今年58岁的龙乐豪，一头银发。在龙乐豪的设计方案里，"
    "安全第一。墙角餐桌上的龙乐豪，静静地听着。作为总设计师，龙乐豪的自信与果敢再一次表现出来。"
    "长三甲成功后，龙乐豪和研制人员并没有止步。"
)
#: A page of classical prose (之乎矣焉吾汝乃 in every ten hanzi or so) that names 袁术 three times,
#: once after 却说 where no comma stands.
CLASSICAL_PAGE = (
    "却说袁术闻之大怒，乃引兵讨之。吕布谓陈宫曰：“吾与汝同心，何惧之有？”宫曰：“袁术兵多，不可轻敌也。”"
    "布乃遣使往袁术处请和。术曰：“吾观汝之意，非真心也。”遂不许。布闻之，叹曰：“天亡我乎！”众皆默然。"
    "操闻之，喜曰：“此天助吾也。”乃起兵讨袁术。"
)
#: What follows CLASSICAL_PAGE to name a second man called 袁 (袁绍, read after a sentence's end).
TWO_YUANS = "却说袁绍兴兵讨之，众皆惧袁绍。袁绍曰：“吾必杀二袁也。”"
#: A modern page dense in 之 of modern words (百分之, 之一, 之间), no classical prose.
MODERN_ZHI_PAGE = (
    "今年沪市成交额增长百分之五，是三年之内最多的之一。沪深两市之间的差距缩小了百分之二。"
    "收盘之后，成交量比节前之最高时少了百分之十。指数全天在三千点之上震荡。总之，"
    "百分之六十的股票上涨，涨幅在百分之一到百分之三之间。"
)
#: (clean text, the part of it that comes back unchanged) from a garbled document.
DOCUMENTS = [
    # a full name that starts clauses elsewhere takes no surname
    *cases("full-name-starts-clauses", *kept_rows(PROFILE)),
    # ... nor one that stands alone all through the text
    *cases("full-name-stands-alone", *kept_rows(NAME_PROFILE)),
    # three hanzi inside a longer word (张家界景区) stand nowhere alone: 袁家界 is a place
    *cases(
        "full-name-inside-words",
        (
            "游客可以从张家界景区的南门进入，再乘百龙天梯到达袁家界景区。张家界景区的核心是武陵源，"
            "张家界景区内有三千多座石峰。导游说，张家界景区每年接待游客超过2000万人次。",
            "到达袁家界景区",
        ),
    ),
    # a given name said alone elsewhere keeps its surname
    *cases("given-name-said-alone", *kept_rows(GIVEN_NAME_PROFILE)),
    # two characters that start no given name are spread as no name (威海小袁所以 may read as
    # 小袁 before 所以; 所以 is then no name to read elsewhere)
    *cases(
        "no-given-name-spread",
        (
            "地理位置不错，因为威海小，所以打车方便。本来说没有大床房，所以定了两个标间。",
            "没有大床房，所以定了两个标间。",
        ),
    ),
    # a name made of look-alikes read where no comma can stand (after a full stop) or as a name
    # (after a role), and the same name elsewhere where nothing else says so
    *cases(
        "lookalike-name-read-once",
        *kept_rows(
            "比赛结束了。袁野说，他很高兴。大家都看着袁野站在台上",
            "比赛结束了。袁月说，她很高兴。第三局起袁月调整了发球线路",
            "选手袁野说，他很高兴。大家都看着袁野站在台上",
        ),
    ),
    # a surname and a one-character given name that start two sentences (no comma follows a
    # full stop) are the name elsewhere too: reported, not read as ，杰 or ，术
    *cases(
        "one-character-name-starts-sentences",
        ("会议结束了。袁杰说，他很高兴。袁杰还说，明年再来。记者问袁杰有何打算，他笑了。", "记者问袁杰有何打算"),
        ("刘备大喜。袁术闻之大怒。袁术遂引兵来攻。却说玄德知袁术已丧，写表申奏朝廷。", "玄德知袁术已丧"),
        # nor is a list of two (谭与郭: 谭 and 郭) nor a mark's look-alike (谭曰：) a full name of
        # its own that would make the 袁 before it a comma
        (
            "兵败而还。袁谭大怒。袁谭与郭图议曰：“可攻之。”谭与郭图遂进兵。郭图谓袁谭曰：“善。”谭曰：“然。”",
            "袁谭与郭图议曰",
        ),
        (
            "兵败而还。袁谭大怒。袁谭与郭图议曰：“可攻之。”谭与郭图遂进兵。郭图谓袁谭曰：“善。”谭曰：“然。”",
            "郭图谓袁谭曰",
        ),
        ("郭图谓袁谭曰：“善。”袁谭大怒。袁谭曰：“然。”谭曰：“可。”", "大怒。袁谭曰"),
        # one sentence a review starts with a stray comma (。，) names nobody
        ("听说电视里火啊。，书里讲些什么都不知道。钱也付了，书干等不来，好不容易找到了。", "钱也付了，书干等"),
    ),
    # in classical prose one place no comma may stand (却说袁术) names a one-character name that
    # recurs (讨袁术, 往袁术处: no sentence's end before them); a name read once names nobody
    *cases(
        "one-character-name-classical-prose",
        (CLASSICAL_PAGE, "却说袁术闻之"),
        (CLASSICAL_PAGE, "往袁术处"),
        (CLASSICAL_PAGE, "乃起兵讨袁术。"),
        (CLASSICAL_PAGE, "袁术兵多，不可轻敌"),
        # (the colon and the quotation before the name read too: 曰：“袁 is no quoted run of marks)
        (CLASSICAL_PAGE, "宫曰：“袁术兵多，不可轻敌也。”"),
        (CLASSICAL_PAGE.replace("却说袁术闻之", "那镇国寺乃御前香火院，本寺有僧闻之"), "香火院，本寺"),
        # and 遥指 "points from afar" after who points (no sentence of it starts with 指)
        (CLASSICAL_PAGE.replace("布闻之，叹曰", "布遥指许都，叹曰"), "布遥指许都，叹曰"),
        # and 曰 "said, is called" before an opening quotation, a title's mark (no ；“ but 曰；“)
        (CLASSICAL_PAGE.replace("喜曰：“此", "喜曰“此"), "喜曰“此天助吾也。”"),
        (CLASSICAL_PAGE.replace("布闻之，叹曰：", "布观其题曰《孟德新书》，叹曰："), "观其题曰《孟德新书》，"),
        (CLASSICAL_PAGE.replace("众皆默然。", "众皆歌曰‘天亡我’。"), "众皆歌曰‘天亡我’。"),
        # a page that names two called 袁: 二袁 are the two (not 丈二， nor 有其二，), and a name where
        # no comma stands after 却说 though its given name starts a word (绍兴)
        (CLASSICAL_PAGE + TWO_YUANS, "吾必杀二袁也"),
        (CLASSICAL_PAGE + TWO_YUANS, "却说袁绍兴兵讨之"),
        (CLASSICAL_PAGE + TWO_YUANS + "其人身长丈二，不食五谷。", "身长丈二，不食五谷"),
        (CLASSICAL_PAGE + "文王三分天下有其二，以服事殷。", "有其二，以服事殷"),
        # ... but before a word 指 starts (指挥 指数) the full stop, and a modern page of 之 in
        # modern words (百分之, 之间) is no classical prose
        (CLASSICAL_PAGE.replace("布闻之，叹曰", "布闻之。指挥众军，叹曰"), "布闻之。指挥众军，"),
        (MODERN_ZHI_PAGE, "少了百分之十。指数全天"),
    ),
]


@pytest.mark.parametrize(("text", "unchanged"), DOCUMENTS)
def test_a_name_read_elsewhere_in_the_document(text: str, unchanged: str) -> None:
    assert unchanged in repair(in_garbled_document(garble(text)))


#: A news page of more than twenty commas that names nobody called 袁.
NEWS_PAGE = (
    "今年以来，全市经济运行平稳，工业生产稳中有升，消费市场持续活跃。记者从市统计局获悉，"
    "一季度全市地区生产总值同比增长，增速比去年同期提高，居全省前列。从产业看，农业生产形势较好，"
    "春播进展顺利，工业结构继续优化，高新技术产业增长较快，服务业保持平稳，金融、物流等行业发展良好。"
    "从需求看，投资增长加快，重点项目进展顺利，民间投资有所回升，居民收入稳定增长，城乡居民消费意愿增强。"
    "市统计局有关负责人表示，下一步，要继续抓好项目建设，稳定就业，改善民生，推动经济高质量发展。"
)
#: (clean text, the part of it that comes back repaired) from a garbled document: what other
#: parts of the document say of the name a surname look-alike would start.
DOCUMENT_COMMAS = [
    # a job title after 袁 where no 袁 of a long page is a name, and 袁省长 stands nowhere else
    *cases(
        "job-title-of-no-name",
        (NEWS_PAGE + "一家快餐店，经理哈齐姆对记者介绍说，生意不错。", "快餐店，经理哈齐姆对记者"),
        (NEWS_PAGE + "荣获光荣称号，市长阎增福亲手为他们戴上红花。", "称号，市长阎增福亲手"),
        (NEWS_PAGE + "他是藏族，书记多吉才让亲自到场。", "藏族，书记多吉才让亲自"),
    ),
    # a given name that is another man's elsewhere (李润五) or a full name after a role (外长利维)
    *cases(
        "given-name-of-another",
        (NEWS_PAGE + "记者访问了李润五的妻子。看到这么多先进典型代表，润五同志也会感到欣慰。", "代表，润五同志"),
        (NEWS_PAGE + "以色列外长利维4日宣布辞职。议会进行表决，利维的辞职使方案难以通过。", "表决，利维的辞职"),
        # (a 了 that ends a sentence after a noun, not a verb's that takes the name)
        (NEWS_PAGE + "赵辛楣来了。这太像个弱小女孩儿了，辛楣说她装傻。", "女孩儿了，辛楣说"),
        # (a full name after a role elsewhere; 王林报道 is no 林报道 beside it)
        (NEWS_PAGE + "记者王林报道。书记刘我成来了。会议开始，刘我成讲话。", "会议开始，刘我成讲话"),
    ),
    # ... the given name after the clause that names its bearer, after speech, or after a
    # relative the clause takes as its complement (是, 作为): the comma
    *cases(
        "given-name-after-its-clause",
        (NEWS_PAGE + "张晓东来了。比赛结束后，晓东说他很累。", "结束后，晓东说"),
        (NEWS_PAGE + "张晓东战胜了对手。张晓东说，晓东是个好对手。", "张晓东说，晓东是"),
        (NEWS_PAGE + "他的表弟张晓东来了。作为他的表弟，晓东很高兴。", "表弟，晓东很高兴"),
        (NEWS_PAGE + "他的表弟张晓东来了。他是我的表弟，晓东很高兴。", "表弟，晓东很高兴"),
        # (a story names a person in full, then by the given name after the comma: no verb before
        # the comma lacks its object, and a relative that a verb takes as its object ends a clause)
        *(
            (NEWS_PAGE + sentence, sentence)
            for sentence in (
                "张晓东今年三十二岁，晓东从小就喜欢踢足球。张晓东说，他要继续努力。",
                "张伟明是一名医生，伟明每天都要在医院工作十几个小时。刘伟明说，他很佩服。",
                "李海燕开了一家小店，海燕的生意越来越好。王海燕是她的表姐。",
                "赵丽娟考上了清华大学，丽娟的父母高兴得合不拢嘴。袁丽娟是她的同学。",
                "孙海涛在第二局打出了一杆破百，海涛随后乘胜追击。袁海涛是他的对手。",
                "周明华被评为全国劳动模范，明华说这份荣誉属于大家。袁明华是他的同事。",
                "张晓东抱起了他的儿子，晓东的脸上露出了笑容。袁晓东是他的同事。",
                "王海燕给她的女儿，海燕买了一件新衣服。袁海燕是她的邻居。",
                "张晓东惨遭淘汰，晓东说他会继续努力。袁晓东是他的同学。",
            )
        ),
    ),
    # a thing's proper name (a shop, a brand: no given name) the text names elsewhere on its own
    *cases(
        "thing-named-elsewhere",
        (NEWS_PAGE + "这款电脑做工精美，质量可靠，京东的送货速度很快。京东加油！", "可靠，京东的送货"),
        # (a place's name to jieba, 京东, where it starts a clause elsewhere)
        (NEWS_PAGE + "虽说电子产品降价无常，京东应该起带头作用。京东的东西我常买。", "无常，京东应该"),
    ),
]


@pytest.mark.parametrize(("text", "repaired"), DOCUMENT_COMMAS)
def test_a_comma_read_from_the_rest_of_the_document(text: str, repaired: str) -> None:
    assert repaired in repair(in_garbled_document(garble(text)))


#: (clean text, the part that comes back unchanged): the same shapes where the document names
#: its 袁 (厂长袁建国), or the page is too short to say, or the given name is another's only
#: after a kinship word (儿子润五 may be 袁润五).
DOCUMENT_NAMES = [
    *cases(
        "job-title-of-a-name",
        (NEWS_PAGE + "厂长袁建国在会上说，今年要加油。在昨天的职工大会上袁厂长宣布了新的奖励办法。", "上袁厂长宣布"),
        ("在昨天的职工大会上袁厂长宣布了新的奖励办法。职工们热烈鼓掌。", "上袁厂长宣布"),
    ),
    # no name after the title, or a clause before that takes the title: a 袁 the page names once
    *cases(
        "job-title-named-once",
        *(
            (NEWS_PAGE + sentence, sentence)
            for sentence in (
                "据该厂袁厂长介绍，今年产值增长了三成。",
                "记者采访了袁经理，他说销售形势很好。",
                "在昨天的大会上袁厂长宣布了新的决定。",
                "厂里的袁主任告诉记者，工人们干劲很足。",
                "他说袁经理已经离开了公司。",
                "喝着冒热气的粗茶袁省长和下岗职工一起探讨择业观。",
                "记者采访了袁经理哈齐姆。",
                "在会上袁市长阎增福讲了话。",
                # (a verb or coverb that takes a person: no comma follows it)
                "这是给袁经理王某的信。",
                "他对袁经理王某很满意。",
                "他向袁经理王某借了钱。",
                "我去找袁经理王某的员工谈话。",
                "小李陪袁经理王某去了医院。",
                "我认识袁经理孙某的妹妹。",
                # (a place after the title, not a name: jieba tags 黄山 ns, 王府 and 王府井 nr)
                "那天袁经理王府井店开业。",
                "今年袁主任黄山脚下买了房。",
            )
        ),
    ),
    *cases(
        "given-name-after-kinship",
        (NEWS_PAGE + "他的儿子润五在北京工作。看到这么多先进典型代表袁润五同志很受鼓舞。", "代表袁润五同志"),
    ),
    # the other who bears the given name named in full in the same clause (a result, a match),
    # or a relative introduced by 的 right before: a namesake, no comma (张晓东战胜，晓东 is no sentence)
    *cases(
        "namesake-in-its-clause",
        *(
            (NEWS_PAGE + sentence, sentence)
            for sentence in (
                "张晓东战胜袁晓东获得冠军。张晓东说，晓东是个好对手。",
                "比赛中，李建军击败袁建军，获得冠军。建军很失望。",
                "他的表弟袁晓东也来了。张晓东很高兴。",
                "老王的儿子袁小龙考上了大学。李小龙很高兴。",
                "张晓东在半决赛中战胜了袁晓东。赛后张晓东说，晓东是个好对手。",
                "于是他的表弟袁晓东也赶来了。张晓东很高兴。",
                "但是老李的儿子袁晓东不同意。张晓东也不同意。",
                "今天，他的表弟袁晓东也来了。张晓东很高兴。",
            )
        ),
    ),
    # another man's given name after a comma, a function word or a verb's 了: the name is taken
    *cases(
        "given-name-taken",
        *(
            (NEWS_PAGE + sentence, sentence)
            for sentence in (
                "王润五是老师，袁润五是学生。",
                "李润五和袁润五都来自湖南。",
                "李晓东和袁晓东是兄弟。",
                "他对袁润五说，李润五来了。",
                "他们请来了袁润五，张润五没有来。",
                "以色列外长利维会见了袁利维的父亲。",
                "外长利维对袁利维的评价很高。",
                # (a verb's 过 as its 了; after speech what is said may be the name or a clause: a doubt)
                "李润五和袁润五都来自湖南。我见过袁润五的妹妹，也见过张润五。",
                "袁利维是一名教师，外长利维昨天访问了北京。总理利维说袁利维是好人。",
                # (和，一鸣 is never written: 袁 after a joiner to a person, before a given name)
                "张一鸣和袁一鸣同岁。",
                # (袁范清 before a rank is a name of three, though 范清 starts 范清银中将)
                "范清银中将和袁范清少将出席了仪式。",
                # (two names of two joined at a clause's start)
                "叶圆和袁缘是一对双胞胎姐妹。",
                # (林报道 of 王林报道 is no full name: 王林 is)
                "记者王林报道院方的回应。新华社电记者袁林报道：院长说今年将扩建。",
            )
        ),
    ),
    # a given name that is a place's too (建国), or a thing's the text names nowhere else
    *cases(
        "thing-named-nowhere-else",
        *(
            (NEWS_PAGE + sentence, sentence)
            for sentence in (
                "记者采访了袁建国。建国以来，这里变化很大。",
                "记者采访了袁京东，他说生意不错。",
                # a place (泰山) named elsewhere only as a verb's object: a person's name too
                "他找到了袁泰山，一起去爬泰山。",
                # ... or starting a sentence, where a verb and 了 take the name (a person's too)
                "泰山很高。他找到了袁泰山。",
                "泰山很高。记者找到了袁泰山，他是一名挑夫。",
                "他采访了袁天桥，我们一起走过人行天桥。",
                # ... a place so common a word (长江) that no given name reads likelier, after a
                # verb whose object is a person
                "长江很长。他认识袁长江，他是一名船长。",
            )
        ),
    ),
]


@pytest.mark.parametrize(("text", "unchanged"), DOCUMENT_NAMES)
def test_a_name_the_rest_of_the_document_allows_stays(text: str, unchanged: str) -> None:
    assert unchanged in repair(in_garbled_document(garble(text)))


# -- the comma before what only looks like a name is repaired -----------------------------------
#: (garbled, expected) inside :func:`garbled_context`: the look-alike is the comma.
COMMAS = [
    # a role at the end of a clause: the look-alike after it is a comma
    *cases(
        "role-ends-clause",
        ("现任组织部部长袁拟任县委副书记", "现任组织部部长，拟任县委副书记"),
        ("各位代表袁新的征程已经开启", "各位代表，新的征程已经开启"),
        ("市财政局局长袁市自然资源局局长袁市水务局局长", "市财政局局长，市自然资源局局长，市水务局局长"),
        ("告诉记者袁学院与附属医院合作", "告诉记者，学院与附属医院合作"),
        ("同时是医院的医生袁医院的骨干也承担教学", "同时是医院的医生，医院的骨干也承担教学"),
        ("院士袁副主任委员叶国栋", "院士，副主任委员叶国栋"),
        ("照顾老人袁让他们安心", "照顾老人，让他们安心"),
        ("经济增长袁同比提高", "经济增长，同比提高"),
        # a place after a verb with 了 before what follows no name: a clause starts with it
        ("他认识了袁长江很长", "他认识了，长江很长"),
        ("我们看到了袁长江的水很清", "我们看到了，长江的水很清"),
    ),
    # a noun for a person that starts the sentence, before a word, a function word, or alone
    # (a vocative or a topic): the comma
    *cases(
        "person-noun-starts-sentence",
        *garbled_rows("当代杂文作者，并非都这样", "几位老教师，都是从外地来的", "服务员，饭做好了吗"),
        *garbled_rows("老人家，您慢点走", "于是当地群众，纷纷出门迎接"),
    ),
    # 他 要 但 never start a given name
    *cases(
        "no-given-name-start",
        ("主任袁他说", "主任，他说"),
        ("优秀代表袁要大力弘扬劳模精神", "优秀代表，要大力弘扬劳模精神"),
    ),
    # a word that ends in a joining word (心平气和, 一唱一和, 校验和): the comma may follow it
    *cases(
        "joiner-ends-word",
        *garbled_rows("他都是那么的心平气和，不追求明星股", "两国一来一往，一唱一和，颇有意味"),
        *garbled_rows("程序将再次计算校验和，并将其与存储的校验和进行比较"),
        # (温和 starts the clause: a word, no surname and given name before the joiner)
        *garbled_rows("他说话很慢。温和，是他给人的第一印象"),
        # ... nor after what joins it to no person (classical prose ends clauses with 与 和 及)
        *garbled_rows("今日求一渡船而不与，何也", "得一人入城讲和，将黄祖去换主公尸首", "瞻望弗及，泣涕如雨"),
    ),
    # ，某些 ，某公司 are a comma
    *cases("mou", ("有的企业袁某些地方", "有的企业，某些地方")),
    # after a role, two characters that make a frequent word and are no given name: a comma
    # (各位代表袁新的征程已经开启 was here too: the same case as role-ends-clause-2)
    *cases(
        "frequent-word",
        ("他是村里的党支部书记袁健全了村规民约", "他是村里的党支部书记，健全了村规民约"),
        ("向技术员袁突出问题要及时上报", "向技术员，突出问题要及时上报"),
        ("告诉记者袁学院与医院实行统一管理", "告诉记者，学院与医院实行统一管理"),
    ),
    # a surname look-alike starts no given name: 袁叶丹 is ，叶丹
    *cases("surname-lookalike", ("副主任袁叶丹为委员", "副主任，叶丹为委员")),
    # 理由 and 自由 end clauses: 由 there needs no object
    *cases("reason-freedom", ("这是最好的理由袁也是唯一的办法", "这是最好的理由，也是唯一的办法")),
    # 姓 starts no given name: 教师，姓叶，
    *cases("xing", ("我是一名退休教师袁姓叶袁今年七十二岁", "我是一名退休教师，姓叶，今年七十二岁")),
    # ，家 starts a clause in a word (家里), not 袁家
    *cases("jia-word", ("会议结束以后袁家里的事情也要安排好", "会议结束以后，家里的事情也要安排好")),
    # a comma follows the frame 对…来说: 来说，袁家 is 袁袁家
    *cases(
        "jia-after-a-frame",
        *garbled_rows("可对出差已久的人来说，家的感觉是更重要的", "对于他们而言，家就是一切"),
        # 看来 is an adverb, no frame's end: 袁家 after it is the family's name
        *kept_rows(
            "看来袁家这次是真的要败了", "这样看来袁家的人都不简单", "如此看来袁家早有准备", "在我看来袁家的人都不简单"
        ),
    ),
    # 的 ends many clauses (是…的，): no name is read after it
    *cases("de-ends-clause", ("警务室是从去年开始的袁乌宝力格的牧民", "警务室是从去年开始的，乌宝力格的牧民")),
    # speech comes before a mark far more often than before a name
    *cases("after-speech", ("他说袁爷爷守了一辈子老屋", "他说，爷爷守了一辈子老屋")),
    # a post that is no title after the comma
    *cases(
        "post-no-title",
        ("会议室内袁省长尧副省长都到了", "会议室内，省长、副省长都到了"),  # a list of posts
        ("省委书记胡富国袁省长孙文盛出席", "省委书记胡富国，省长孙文盛出席"),  # a role before a full name
        ("县委书记猿名袁县长缘名", "县委书记3名，县长5名"),  # a count
        ("提高水平上袁教练员水平高了", "提高水平上，教练员水平高了"),  # 教练员 is a longer word
    ),
    # a comma after a credit's role: before the surname and its given name (袁袁野: the first
    # the comma), before an adverb or a word (都 同 多方), which no given name is
    *cases(
        "comma-before-a-credit",
        *garbled_rows("（本报记者，袁野报道）", "（本报记者，都报道）", "（通讯员，同报道）", "（记者，多方报道）"),
    ),
    # a kinship word or a title that heads a list of three relations or more
    *cases(
        "list-of-relations",
        *garbled_rows("从来是他们自己先下筷子，爷爷、奶奶或姥姥在旁边", "新春佳节将至，同志、朋友、亲人自然要相聚"),
    ),
    # a noun that ends in an agent suffix but names no person (回家 国家 下功夫): no name evidence
    *cases(
        "noun-no-person",
        ("有一次袁她骑自行车回家袁竟把一条假腿丢在了马路上", "有一次，她骑自行车回家，竟把一条假腿丢在了马路上"),
        ("我国目前还是低收入国家袁恩格尔系数即食品类消费", "我国目前还是低收入国家，恩格尔系数即食品类消费"),
        ("在问题上下功夫袁扎扎实实地把工作做好", "在问题上下功夫，扎扎实实地把工作做好"),
    ),
    # three hanzi that begin with a surname, even a rarer one (阮), before a military rank:
    # a full name of three, so the 袁 before them is a comma (袁阮华盛 would be a name of four)
    *cases(
        "full-name-before-rank",
        (
            "范清银中将任总政治局主任袁阮华盛少将任总技术局主任",
            "范清银中将任总政治局主任，阮华盛少将任总技术局主任",
        ),
    ),
    # laughter doubles its character as a given name does (婷婷), but names nobody
    *cases(
        "laughter",
        *garbled_rows("让她快点睡觉，呵呵。后来买了这本书", "我比较爱吃鸡蛋的，呵呵。第一感觉就很好"),
        *garbled_rows("有点嫉妒，呵呵，有一点儿重"),
    ),
    # the pair starts a set phrase that the text goes on with: no name
    *cases(
        "set-phrase",
        *garbled_rows(
            "活动巩固下来，引向深入，扎扎实实地推向基层",
            "广大基层广播电视工作者，默默无闻作出了无私奉献",
            "增长与下滑，归根到底取决于农民",
            "世代沿袭，生生不息，绵延不绝",
        ),
    ),
    # 小 after an adverb of degree is an adjective, no familiar name (小袁)
    *cases(
        "xiao-after-degree",
        *garbled_rows(
            "我住的是单人间，房间有点小，不过设施还是很完备",
            "但是完整且有趣，女儿还小，如果只是读文字",
            "房间过小，能看电视的空间只能摆下一张椅子",
            "淋浴的水流特别小，在家洗澡的时间等于在酒店",
        ),
    ),
    # an adverb that opens a sentence takes no name as its object
    *cases(
        "opening-adverb",
        *garbled_rows(
            "还舍不得送人。首先，书的质量很不错",
            "所有人都不得而知！其实，丹尼患有严重的孤独恐惧",
            "欢乐和痛苦是绝不重复的。相反，梦的唯一目的是",
        ),
    ),
    # no given name ends with a pronoun, an adverb or a particle before a verb of speech
    *cases(
        "no-name-before-speech",
        *garbled_rows(
            "妈妈正在学，听她说还不错", "还是听不懂的样子，便又说，这东西是中国的", "那是自然的了，总的说来是物有所值了"
        ),
        # the word that ends a clause said again as the next one's subject (no name after its given name)
        *garbled_rows("并打电话给汉庭，汉庭说靠街边的窗户都换了"),
    ),
    # a set phrase after a name of one (总 before 的) is no name either
    *cases("set-phrase-after-one", *garbled_rows("房间面积很大，服务尚可，总的来说还满意")),
    # a list of full names, the first with a surname left out of the table (马): two more items
    *cases("list-of-names", *garbled_rows("选举周文华为省政协主席，马国良、谭方之、曹亚范、李明为副主席")),
    # 明明 before 说 is "plainly" as often as a doubled given name: the comma stays
    *cases("mingming-plainly", *garbled_rows("你答应过我，明明说好了要来")),
    # 以…为由 ends a clause as 理由 and 自由 do, though 由 needs an object elsewhere
    *cases(
        "yi-wei-you",
        *garbled_rows("以盗车人是用钥匙将车开走的为由，明确表示不承担责任", "他说这是理由，我们不能接受"),
        *garbled_rows("这是自由，谁也不能剥夺"),
    ),
    # 以来 follows an event, no person
    *cases("yilai", *garbled_rows("教育局的同志告诉记者，建省以来，海口市新建学校")),
    # numbered points: a digit alone between commas
    *cases("numbered-points", *garbled_rows("帮朋友买的，1，价钱便宜，2，样子也挺漂亮")),
    # a word of look-alikes alone between marks is a clause
    *cases("lookalike-word-clause", *garbled_rows("比较方便的，步行就是秋林，远大。吃饭的话去远大楼")),
    # a word of look-alikes after a role or a person, common or rare, or one missing from
    # the lexicon before what goes on after no name
    *cases(
        "lookalike-word-after-role",
        *garbled_rows("需要的技术员，远远不够", "感谢家长，圆梦计划顺利完成", "他是工程师，缘何转行"),
        *garbled_rows("我是学生，月考成绩还不错"),
    ),
    # a number after a role
    *cases("number-after-role", *garbled_rows("本报记者，10日从有关部门获悉")),
    # 老 and 小 of a phrase after a verb of one
    *cases("lao-xiao-phrase", *garbled_rows("当时英国富人们纷纷携老带小，移居海外")),
    # a name read elsewhere, but the look-alike here is an adjective before 得
    *cases("adjective-before-de", *garbled_rows("他的外甥袁野考上了北京大学。这个野孩子整天在外面跑，野得没边了")),
]


@pytest.mark.parametrize(("snippet", "expected"), COMMAS)
def test_a_comma_before_what_only_looks_like_a_name_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


#: The comma after the same roles, verbs and adverbs as :data:`NAMES_THAT_ARE_WORDS`, before a
#: common word: repaired, in a paragraph of commas too.
COMMAS_BEFORE_A_WORD = [
    *cases(
        "role-verb-adverb",
        "他是一名记者，一直在基层工作",
        "我们采访了，得到了很多材料",
        "首先，明确目标",
        "其实，明天再说也行",
        "他是一名教练，明白这个道理",
        "当了十年记者，一鸣惊人的机会不多",
        "作为记者，建立信任很重要",
        "首先，明天要早起",
        "其实，明白这个道理不难",
        "当了多年教练，明显感觉到变化",
        "作为医生，一定要认真",
        "我们采访了，发现情况属实",
        "他是记者，国庆期间也要上班",
        "我们表扬了，同时也指出了问题",
        "他当过后卫，浩然之气不减",
        "我是教练，建国以来第一次",
        "其实，一点也不难",
        "首先，一是要加强领导",
        "他是老师，一向认真负责",
        "我们看望了，送去了慰问品",
        "首先，红色代表热情",
        "其实，明白人都知道",
        "首先，华丽的外表不重要",
        "我们拜访了，收获很大",
        "他当了多年厂长，爱国爱厂",
        "作为一名教练，建国以来最好的成绩是银牌",
    ),
    # a common word after a role that starts a given name of today (心怡 子涵) or is one in
    # Faker's lists (文章 聪明 美丽, left out of the table as words)
    *cases(
        "role-word-of-a-modern-name",
        "作为队长，心里很着急",
        "他是班长，子女的教育也很重要",
        "我们的队长，文章写得很好",
        "当了多年记者，心中充满感动",
        "作为教练，聪明的他早有准备",
        "他是队长，美丽的风景让他难忘",
        # ... or one jieba lists as another word than a name, however rare (秋月 t)
        "作为一名老渔民，秋月升起时他就该收网了",
    ),
    # an adverb that opens a sentence before a full given name: a clause starts with a name
    *cases("adverb-before-full-name", "于是，云娇面对大海", "首先，应树立法治意识"),
]


@pytest.mark.parametrize("expected", COMMAS_BEFORE_A_WORD)
def test_the_comma_before_a_common_word_is_still_repaired(expected: str) -> None:
    assert in_paragraph(expected)
    assert repair(garbled_context(garble(expected))) == REPAIRED.format(expected)


#: A byline, a photo credit and a credit's line in a garbled news page (clean texts, garbled by
#: :func:`garble`): the credited name stays, the marks around it are repaired.
CREDITS = [
    # a byline's 报道 before the colon that opens the story, after a given name of one hanzi
    # of any kind (方: a surname, no given-name hanzi; a credit names a person, never 方 alone)
    *cases(
        "byline-colon",
        "记者袁方报道：昨天，市政府召开新闻发布会。",
        "新华社北京1月1日电记者袁方报道：昨天，市政府召开新闻发布会。",
        "本报记者叶林报道：今年全省粮食丰收。",
        # ... and a given name of look-alikes: its 院 is no colon
        "本报讯记者袁院生报道：昨天，会议在京召开。",
    ),
    # ... a cited report's byline, which a comma closes (据: according to)
    *cases(
        "cited-byline",
        "据本报记者袁方报道，昨天市政府召开新闻发布会。",
        "据新华社记者袁晓峰报道，昨天市政府召开新闻发布会。",
    ),
    # ... and a byline that opens its story (a line's start, after a sentence), which a comma
    # closes as a cited report's does
    *cases(
        "story-byline",
        "本报记者袁方报道，昨天下午，全市召开了动员大会。",
        "新华社记者袁晓峰报道，昨天市政府召开新闻发布会。",
        "会议召开。本报记者袁方报道，昨天市政府召开新闻发布会。",
        # ... or after a dateline and a space (本报讯, …电)
        "本报讯 记者袁方报道，昨天下午，全市召开了动员大会。",
        "本报讯　记者袁方报道，昨天下午，全市召开了动员大会。",
        "新华社北京1月1日电　记者袁晓峰报道，昨天市政府召开新闻发布会。",
    ),
    # ... a byline's credits parted by a space, the next one's role after it
    *cases("byline-of-credits", "本报讯（记者袁方 通讯员 李明）昨天，市政府召开新闻发布会。"),
    # a photo credit at a line's end
    *cases(
        "photo-credit",
        "图为新建的大桥。\n本报记者袁方摄",
        "图为新建的大桥。记者袁方 摄",
        "图为新建的大桥。\n本报记者袁晓峰 摄",
        # ... set off by more than one space
        "图为新建的大桥。\n记者袁方  摄\n大桥全长两千米。",
    ),
    # a credit's line: its label, the colon and the name, 摄影： though 影院 is a word
    *cases("credit-line", "摄影：袁野", "摄影：袁野 编辑：李明", "图：袁方", "责任编辑：袁林"),
    # ... but a label's line whose 'name' is a word names no one (two colleges' abbreviations)
    *cases("no-credit-line", "文院，医院"),
    # ... the comma after a role stays where no credit follows: a word after it, no 报道 or 摄
    *cases(
        "no-credit",
        "他做了十年记者，专门报道农村新闻。",
        "他是一名记者，方向感很强。",
        "他当了十年记者，方才明白这个道理。",
        # ... nor where a space follows a name of one but no next credit's role (a narrow
        # column's join parts a word: 方 案)
        "公司请来了一位工程师，方 案很快就定下来了。",
        # ... and where no 据 cites the report, a comma after 报道 closes no credit
        "会议结束后，记者，方报道，也有不同看法。",
        "据悉，多名记者，都报道了这件事。",
        # ... nor where the hanzi before 报道 is a verb, an adverb or a noun of time: 报道 is its
        # predicate's
        "各路记者，争报道：会议推迟。",
        "我是记者，来报道：会议推迟。",
        "据目击记者，称报道，会议推迟。",
        "据本报记者，今报道，会议推迟。",
        "他做了十年记者，后报道：战争结束了。",
        # ... nor where a byline that opens its line names no one: a word or a verb after the
        # role (各路记者，争相报道， a clause of its own)
        "各路记者，争相报道，现场十分热闹。",
        "记者，来报道，大家都很高兴。",
        # ... after a dateline too
        "本报讯 各路记者，争相报道，现场十分热闹。",
        "本报讯 记者，再报道，此事已有进展。",
    ),
]


@pytest.mark.parametrize("expected", CREDITS)
def test_a_credited_name_stays_and_the_marks_around_it_are_repaired(expected: str) -> None:
    assert repair(in_garbled_document(garble(expected))) == REPAIRED_BEFORE + expected + REPAIRED_AFTER


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 小姐 after a noun for a person or a verb of calling: a surname's title (a doubt, kept)
        ("他的女朋友袁小姐也来了", "他的女朋友袁小姐也来了"),
        ("服务员袁小姐很热情", "服务员袁小姐很热情"),
        ("我叫她袁小姐", "我叫她袁小姐"),
        # ... and where no person is named before it, 小姐 starts a clause (a hotel's review, a play)
        ("我询问价格时袁小姐先是模糊地说", "我询问价格时，小姐先是模糊地说"),
        ("夫人道袁小姐不快时袁少做女工", "夫人道，小姐不快时，少做女工"),
        ("我们去了酒店袁小姐们都很热情", "我们去了酒店，小姐们都很热情"),
    ],
)
def test_xiaojie_is_a_title_after_a_person_only(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a pronoun's copula takes its complement right after it: 袁 there is a place's or a
        # name's (袁州 a place, 袁方 a name), no comma
        ("他是袁州人袁今年三十岁", "他是袁州人，今年三十岁"),
        ("我是袁方的同学袁今年三十岁", "我是袁方的同学，今年三十岁"),
        ("我们是袁家的后人", "我们是袁家的后人"),
        # ... and so does 在 where it starts its clause (在袁家村), not the verb 在 after a
        # pronoun ('be there')
        ("在袁家村袁有一棵老树", "在袁家村，有一棵老树"),
        ("在袁方的帮助下袁他考上了大学", "在袁方的帮助下，他考上了大学"),
        ("只要有你在袁我们就放心", "只要有你在，我们就放心"),
        # ... and a verb of dwelling, origin or site with its preposition wherever it stands: it
        # takes a place, never a comma (住在袁家村, 来自袁州, 位于袁家岭), whatever follows
        *garbled_rows(
            "他住在袁家村", "他出生在袁家村，后来去了北京", "她来自袁州，是一名教师", "工厂位于袁家岭，交通便利"
        ),
        *kept_rows("我们来自袁五湖四海"),
        # ... and the verbs of living, settling and growing up with theirs
        *garbled_rows(
            "他生活在袁家村",
            "她来自于袁州，是一名教师",
            "老人居住于袁家岭",
            "他定居在袁州，开了一家店",
            "他生长在袁家村",
        ),
        ("她热爱生活袁乐于助人", "她热爱生活，乐于助人"),
        # ... though a title may follow it: its 叶 is read as after 是 and 在
        *garbled_rows("这个故事来自《红楼梦》", "数据来自《中国统计年鉴》，仅供参考"),
        # ... read as a word of its own: 所在 ends no such verb, and its clause ends with it
        *garbled_rows("这正是问题所在，方法要对头"),
        ("他说袁在北京工作的人很多", "他说，在北京工作的人很多"),
        ("现在袁我们开始吧", "现在，我们开始吧"),
        # ... a conjunction's 是, and 是 said alone as an answer, take the comma
        ("但是袁我们还要努力", "但是，我们还要努力"),
        ("于是袁他们走了", "于是，他们走了"),
        ("问他是不是学生袁他说是袁我才放心", "问他是不是学生，他说是，我才放心"),
    ],
)
def test_no_comma_after_a_copula_or_a_preposition(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_after_a_copula_the_surname_is_reported() -> None:
    text = garbled_context("他是袁州人")
    start = text.index("袁州")
    (doubt,) = [f for f in detect(text, StageContext()) if f.span.start == start]
    assert doubt.confidence < 0.8 and "after 是, which takes what follows" in doubt.message


def test_a_count_after_a_role_is_no_given_name() -> None:
    # 源支 is 4支: a number and its counter after the comma, not a given name after 主教练
    assert repair(garble(BEFORE) + "有愿支球队替换了主教练袁源支球队更改了主场遥").endswith(
        "有8支球队替换了主教练，4支球队更改了主场。"
    )


def test_a_mark_after_a_space_in_narrow_columns_is_repaired() -> None:
    """Seed 002's narrow columns put a real comma after a space: 过程中 袁按照."""
    text = garbled_context("在野三位一体冶运行过程中 袁按照\n\n野紧贴形势尧紧跟党员冶")
    assert "过程中 ，按照" in repair(text)


# -- the evidence's kinds, not its wording --------------------------------------------------------
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


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 据 'according to' opening its clause takes its source: the 袁 after it is the surname
        ("据袁飞回忆袁当年的情况十分复杂", "据袁飞回忆，当年的情况十分复杂"),
        ("会上袁据袁明介绍袁该项目已经完成", "会上，据袁明介绍，该项目已经完成"),
        # ... but 据 ending a word (收据 依据 有理有据) ends a clause as well: a comma follows
        ("他开了一张收据袁明天来取", "他开了一张收据，明天来取"),
        ("他们的依据袁明显不足", "他们的依据，明显不足"),
        ("有理有据袁令人信服", "有理有据，令人信服"),
    ],
)
def test_a_surname_after_according_to(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a verb that takes its opponent as its object (战胜 击败 输给 …) has no comma after it:
        # it is the surname 袁, though the given name is another's too (张晓东)
        ("李明在决赛中战胜了袁伟袁夺得金牌", "李明在决赛中战胜了袁伟，夺得金牌"),
        ("李明击败袁晓东获得冠军遥张晓东获得亚军", "李明击败袁晓东获得冠军。张晓东获得亚军"),
        # ... but where 被 把 将 所 put its object before it, a comma may follow
        ("敌人终于被打败了袁明天就能回家", "敌人终于被打败了，明天就能回家"),
        ("我们最终战胜了袁大家都很高兴", "我们最终战胜了，大家都很高兴"),
        ("被对手击败了袁志强很不甘心", "被对手击败了，志强很不甘心"),
        ("把对手击败了袁晓东很高兴", "把对手击败了，晓东很高兴"),
        ("被队员击败了袁晓东很不甘心", "被队员击败了，晓东很不甘心"),
        # 对阵 ends a clause too (两队对阵，)
        ("这一轮对阵袁晓东出场", "这一轮对阵，晓东出场"),
        # a given name of one hanzi before a verb: the opponent, then what he does
        ("这场比赛我们输给了袁华带领的队伍", "这场比赛我们输给了袁华带领的队伍"),
        ("上一轮他击败了袁明率领的老将", "上一轮他击败了袁明率领的老将"),
        # ... not a word (明天): 战胜了 may end its clause
        ("我们最终战胜了袁明天再来", "我们最终战胜了，明天再来"),
        # ... nor a noun of nature, nor a hanzi that makes a verb with the next (勇夺 强攻): a
        # clause of the same subject goes on
        ("决赛我们输给了袁雪飘了一整夜", "决赛我们输给了，雪飘了一整夜"),
        ("我们击败了袁勇夺冠军", "我们击败了，勇夺冠军"),
        ("我们力克了袁强攻得手", "我们力克了，强攻得手"),
    ],
)
def test_a_surname_after_a_verb_of_defeat(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the passive 被, its agent (a given name of one hanzi) and its verb
        ("他被袁伟打了一拳", "他被袁伟打了一拳"),
        ("孩子被袁华抱回了家", "孩子被袁华抱回了家"),
        ("他被袁明骂了一顿", "他被袁明骂了一顿"),
        # ... or a given name of the lists (心怡: 心 starts no given name by its character)
        ("他被袁心怡推了一下", "他被袁心怡推了一下"),
        # 被 'quilt' ends a clause: of a word (棉被), or before a word (明天)
        ("冬天盖着厚厚的棉被袁心里很暖和", "冬天盖着厚厚的棉被，心里很暖和"),
        ("她给孩子加了一床被袁明天再去买", "她给孩子加了一床被，明天再去买"),
        ("他盖着鸭绒被袁伟打起了呼噜", "他盖着鸭绒被，伟打起了呼噜"),
        # ... and where it may be the object of a verb (after the verb, its complement, its
        # aspect, a measure word or 的), whatever name-like word follows
        ("天冷要加被袁春捂秋冻是有道理的", "天冷要加被，春捂秋冻是有道理的"),
        ("她轻轻盖上被袁丫头翻了个身又睡了", "她轻轻盖上被，丫头翻了个身又睡了"),
        ("他掀开被袁胖子一骨碌爬了起来", "他掀开被，胖子一骨碌爬了起来"),
        ("晚上盖了床被袁风刮了一夜", "晚上盖了床被，风刮了一夜"),
        ("他抱着被袁雪下得正紧", "他抱着被，雪下得正紧"),
        ("她盖上厚厚的被袁丫头翻了个身又睡了", "她盖上厚厚的被，丫头翻了个身又睡了"),
        # ... a noun of nature is no given name (a clause starts with it), nor a word such as 丫头
        ("雨越下越大袁他被袁雨淋透了", "雨越下越大，他被，雨淋透了"),
        ("他被袁伟打了一拳袁丫头被袁胖子推倒了", "他被袁伟打了一拳，丫头被，胖子推倒了"),
        ("他的自行车被袁伟骑走了", "他的自行车被袁伟骑走了"),
        ("他被袁伟狠狠地打了一拳", "他被袁伟狠狠地打了一拳"),
        ("文件被袁伟拿走了", "文件被袁伟拿走了"),
        # the passive after a verb (是被 怕被 不想被) keeps a full name as before
        ("他是被袁晓东打的", "他是被袁晓东打的"),
        ("我不想被袁晓东看见", "我不想被袁晓东看见"),
        ("他担心被袁秀英批评", "他担心被袁秀英批评"),
        ("他会被袁建华骂的", "他会被袁建华骂的"),
        ("他喝醉了被袁晓东送回家", "他喝醉了被袁晓东送回家"),
        pytest.param(
            "妈妈给我加了被袁晓燕却嫌热",
            "妈妈给我加了被，晓燕却嫌热",
            marks=pytest.mark.xfail(
                strict=True, reason="被 after a verb and 了 is the passive too (他喝醉了被袁晓东送回家): a name stays"
            ),
        ),
    ],
)
def test_a_surname_after_the_passive(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)
