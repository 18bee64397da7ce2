"""punct-shift: adversarial negatives for the mark and name rules: real sentences that put a
genuine look-alike (院 要 曰 袁 …) in the very construct a rule reads, inside garbled text."""

from __future__ import annotations

import pytest

from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from tests.test_punct_shift import REPAIRED, garbled_rows, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    "snippet",
    [
        # _colon_after_intro: 说出院 is 说/出院 (discharged), no 说出：
        "医生说出院后要多休息",
        "医生说出院以后还要坚持吃药",
        # 告诉我院: 我院 (our hospital) is a word, so the colon is only a doubt
        "他告诉我院领导已经同意了这个方案",
        "患者家属告诉我院医护人员",
        # _name_dashes: 要 is "demand" before a preposition that starts the predicate
        "德国要法国在难民问题上承担更多责任",
        "经理要小王把报表明天交上来",
        # _one_character_clause: a numeral before 曰 after a comma or a colon names an item
        "古书上说院一曰水袁二曰火袁三曰木",
        # _name_context: after a word that needs an object, 袁 before a role is the surname
        "这项工作由袁主任负责",
        "这件事请袁书记处理",
        # _name_context: 袁某 after a party to a case is the name, whatever follows (某医 …)
        "法院判决被告叶某赔偿原告袁某医疗费",
        # _opened_twice: two 野 that rare words hold (野营 野地) are no quotation typed “…“
        "野营的人们在野地里生起了篝火",
    ],
)
def test_lookalikes_in_a_rule_construct_are_kept(snippet: str) -> None:
    want = snippet.replace("院一", "：一").replace("袁二", "，二").replace("袁三", "，三")
    assert repair(garbled(snippet)) == REPAIRED.format(want)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the rules still read the marks where the construct has no real word
        ("她笑着告诉他院今年已经七十岁了", "她笑着告诉他：今年已经七十岁了"),
        ("这一周的安排如下院第一天参观工厂", "这一周的安排如下：第一天参观工厂"),
        ("据俄通社要塔斯社报道", "据俄通社—塔斯社报道"),
        ("格鲁吉亚要阿布哈兹冲突", "格鲁吉亚—阿布哈兹冲突"),
        # a verb that may end a clause (慰问, 看望) before a role: the comma
        ("听说省里领导来慰问袁职工们纷纷迎了上来", "听说省里领导来慰问，职工们纷纷迎了上来"),
        # a list of single hanzi is no list of names (no surname at every other place)
        ("江尧河尧湖尧海都受到了污染", "江、河、湖、海都受到了污染"),
        ("王尧李尧张三家是邻居", "王、李、张三家是邻居"),
        # a quotation typed “…“ whose marks no word of the lexicon holds
        ("同野楹联一条街野在一起", "同“楹联一条街“在一起"),
    ],
)
def test_marks_in_the_same_constructs_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


def test_names_with_yao_in_a_list_of_names_are_kept() -> None:
    """王尧峰、李尧臣、张尧辉: 尧 inside full names of three in a list (a surname before it,
    no surname after it, the next item the same): the names keep it, the commas are read."""
    snippet = "王尧峰尧李尧臣尧张尧辉三人组成了调查组"
    assert repair(garbled(snippet)) == REPAIRED.format("王尧峰、李尧臣、张尧辉三人组成了调查组")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 曰 after one who speaks, before a quotation or a colon: "said", as in 子曰
        ("古人曰野学而不思则罔冶", "古人曰“学而不思则罔”"),
        ("老者笑曰院野此乃凤凰山也冶", "老者笑曰：“此乃凤凰山也”"),
    ],
)
def test_said_after_a_speaker_is_kept(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


def test_far_apart_words_do_not_pair_as_a_quotation() -> None:
    """野菊花 and 妖冶, lines apart, both held by words (however rare): no “…” pairs them."""
    middle = "".join(f"第{n}行写的是一些平常的话袁没有什么特别之处遥\n" for n in "一二三四五六")
    text = garbled("这片野地里长满了野菊花遥\n" + middle + "这位演员扮相妖冶")
    out = repair(text)
    assert "野菊花" in out and "妖冶" in out


def test_near_quotation_still_pairs() -> None:
    assert repair(garbled("他说院野我们走吧冶")) == REPAIRED.format("他说：“我们走吧”")


@pytest.mark.parametrize(
    "snippet",
    [
        # no sentence is one surname alone: 李遥 is a name
        "遥李遥是我最喜欢的作家之一",
        # 遥祝 after the one who wishes: wishing from afar (a doubt, kept)
        "每逢佳节袁我们遥祝远方的亲人平安",
        # 遥 right after 从 and a place's name: 从纽约 opens a clause, no sentence ends there
        "新春佳节袁我们从纽约曼哈顿岛遥祝大家新年快乐",
        "他从台北遥想当年",
        "我们从北京遥寄问候",
    ],
)
def test_stop_lookalike_in_a_name_or_a_wish_is_kept(snippet: str) -> None:
    want = snippet.replace("遥李", "。李").replace("节袁", "节，")
    assert repair(garbled(snippet)) == REPAIRED.format(want)


def test_one_character_sentences_and_wishes_after_a_stop_are_repaired() -> None:
    assert repair(garbled("他点头说好遥祝你一路平安")) == REPAIRED.format("他点头说好。祝你一路平安")
    # (after 从 and a place, a verb ends the clause: 从中国进口。 is a sentence)
    assert repair(garbled("货物从中国进口遥祝你顺利")) == REPAIRED.format("货物从中国进口。祝你顺利")
    # (从 the verb 'follow' before a person's name: 去从曹操。 is a sentence)
    assert repair(garbled("诩曰院野不如去从曹操遥冶")) == REPAIRED.format("诩曰：“不如去从曹操。”")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a rare character made for names, then a verb of speech: a given name of one
        ("教练袁喆说袁这批队员的基本功很扎实", "教练袁喆说，这批队员的基本功很扎实"),
        ("主持人叶璟表示袁节目将继续办下去", "主持人叶璟表示，节目将继续办下去"),
        # a common character before the verb starts a clause: the comma
        ("大家都笑了袁又说袁这批队员的基本功很扎实", "大家都笑了，又说，这批队员的基本功很扎实"),
    ],
)
def test_rare_given_name_of_one_before_speech(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # after a role or a person noun, 袁 before a 野 that nothing closes and that starts no word
        "记者袁野报道",
        "村里的老党员袁野带头捐了款",
    ],
)
def test_given_name_that_is_a_lookalike_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_comma_before_a_word_with_ye_is_repaired() -> None:
    """野生 is a word: the clause starts with it, the comma before it is read."""
    assert repair(garbled("保护区的管理员袁野生动物越来越多")) == REPAIRED.format("保护区的管理员，野生动物越来越多")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 曰 after what names (自号, 古称) before a quotation: "is called"
        ("他自号曰野山人冶", "他自号曰“山人”"),
        ("这个地方古称曰野云中冶", "这个地方古称曰“云中”"),
        # a doubled 野 whose second is the hanzi (野孩子) does not take the closing mark
        ("野野孩子冶这个称呼他并不喜欢", "“野孩子”这个称呼他并不喜欢"),
        # 提法 before 院党委: 法院 is a common word, the committee its own
        ("报告中这一提法院党委讨论了三次", "报告中这一提法院党委讨论了三次"),
        ("我接受这样一个提法院体育是具有产业性的事业", "我接受这样一个提法：体育是具有产业性的事业"),
        # an emblem's hanzi that starts a word after the colon (名为), a surname (史大桢), or a
        # hanzi before a given name (名绍: no mark follows it)
        *garbled_rows("添加下列控件：名为“CheckBox1”的按钮", "负责人还有：史大桢、高严"),
        *garbled_rows("乃司徒之侄：名绍，字本初"),
        # the sage kings listed (尧、舜: the first 尧 is the king, whatever 尧舜 reads)
        *garbled_rows("陛下当以尧、舜、禹、汤、文、武为法则"),
        # an emblem's hanzi that is an item of a list of one-hanzi nouns (报、刊, 名与利, after
        # 包括 or 一样, or the noun named just before: 旗帜：旗): the colon
        *garbled_rows("新闻媒体包括：报、刊、台、网", "人生两大诱惑：名与利", "出版物分为两类：报和刊"),
        *garbled_rows("比赛项目有：歌、诗朗诵", "三面旗帜：旗是红色的", "他只图一样：名"),
    ],
)
def test_said_doubled_and_institution_constructs(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize("snippet", ["二十岁的袁熠已经是一名熟练的技工", "年轻人袁骁和叶璟组成了创业团队"])
def test_rare_given_name_after_a_person_noun_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_rare_characters_of_traditional_text_are_no_given_names() -> None:
    """讓 is rare in jieba's simplified counts, as name characters are; but traditional text
    has many such near it: the comma after 的 is read."""
    snippet = "自己越來越愛看這些悲情的袁讓人揪心疼痛的文字"
    assert repair(garbled(snippet)) == REPAIRED.format(snippet.replace("袁", "，"))


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 院 starts a rare word with what follows (院外 3), and no word starts after it: a doubt
        ("按照规定院外会诊须经科主任批准", "按照规定院外会诊须经科主任批准"),
        ("他问道院外的人群什么时候散去", "他问道院外的人群什么时候散去"),
        # a word starts after it (中规中矩), or a number introduces it: the colon
        ("服务院中规中矩袁没什么特色", "服务：中规中矩，没什么特色"),
    ],
)
def test_colon_lookalike_before_a_rare_word(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 叶渊说: a surname, then an opening look-alike that nothing closes before a speech verb
        ("画家叶渊说袁他小时候就喜欢画画", "画家叶渊说，他小时候就喜欢画画"),
        # 却 (yet) ends no sentence: 却遥 is 却 and 遥 of a word
        ("两个村子近在咫尺袁却遥不相望", "两个村子近在咫尺，却遥不相望"),
        # where a word ends with it (冷却), the sentence may end
        ("把零件放在水里冷却遥不要用手摸", "把零件放在水里冷却。不要用手摸"),
    ],
)
def test_name_before_speech_and_yet(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


# 要 between two names before a verb is the verb 'demand' (美国要日本开放市场: the US demands that
# Japan open its market); a surname stands before given names of rare characters (喆 璟 熠 …).
@pytest.mark.parametrize(
    "snippet",
    [
        "美国要日本开放市场",
        "美国要伊拉克交出武器",
        "中国要台湾当局放弃幻想",
        "北京要上海支援",
        "他说美国要日本承担更多责任",
        "欧盟要英国尽快决定",
    ],
)
def test_the_verb_between_two_names_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    "snippet",
    ["记者袁犇报道", "工程师袁鹍说", "队长袁頔介绍", "主任袁喆表示", "医生袁璟指出", "院长袁熠认为"],
)
def test_a_surname_before_a_rare_given_name_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        # _unlisted_words: words jieba's dictionary lacks (or underrates) that hold a look-alike
        "省卫健委宣布院感防控措施全面升级",
        "卫生间的浴霸很暖和",
        "酒店还提供浴袍和浴盐",
        "浴室里的浴帘该换了",
        "路遥知马力，日久见人心",
        "村里的敬老院有院民30人",
        "全院狠抓院风院纪建设",
    ],
)
def test_a_lookalike_in_a_word_the_dictionary_lacks_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_the_mark_reading_still_wins_where_its_own_word_stands_beside() -> None:
    # 院感谢: 感谢 is a word, so 院 before it is the colon, table word or not
    snippet = "他宣布：感谢大家的支持"
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        # kin before a full name, as 侄子袁野 (punct_shift_names.tsv roles)
        "他的外甥袁野考上了北京大学",
        "他的外甥袁建国考上了北京大学",
        "我的表妹叶圆圆今年上大学",
    ],
)
def test_a_surname_after_a_kinship_noun_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_every_unlisted_word_holds_a_lookalike_and_is_rare_in_the_dictionary() -> None:
    from cleaner import lexicon
    from cleaner.stages.punct_shift.marks import WORDS_TABLE
    from cleaner.stages.punct_shift.table import shift_table
    from cleaner.tables import read_tsv

    rows = read_tsv(WORDS_TABLE)
    assert rows
    for word, meaning in rows:
        assert any(char in shift_table() for char in word), word
        assert lexicon.frequency(word) < 10, word  # the dictionary lacks it or underrates it
        assert meaning


@pytest.mark.parametrize(
    "snippet",
    [
        # _name_dashes: 要 ("demand", "want") between two names, where nothing says they are a pair
        "美国要伊拉克的石油",
        "中国要香港繁荣稳定",
        "美国要朝鲜弃核",
        "欧盟要希腊的改革方案",
        "广东要香港的资金",
        "这次北京要上海队员三名",
        "王明要李华过来一下",
        # _full_name_after: a married woman's name, her husband's surname first (冠夫姓)
        "香港立法会议员袁陈美玲女士表示",
        "董事袁李淑仪女士出席",
        "主任袁王秀英同志讲话",
        # _colon_after_intro: 院 (the institute) before a part or a level of it
        "会上宣布院领导班子调整名单",
        "文件规定院属各单位要自查",
        "他告诉我们院党委已经批准了",
        "这个提法院一级还没讨论",
        "昨天院领导来科室视察",
        "这次院党委决定扩建病房",
        "我们院职工都很团结",
        "全体院机关干部参加了会议",
        # ... or before an emblem of it (院训 院名 院徽, words jieba lacks) that starts no word
        "墙上刻着院训“厚德载物”",
        "门上写着院名“仁和医院”",
        "学校的院训是“厚德载物”",
        "大家齐唱院歌",
        "胸前别着院徽",
        "学校的院训与校风",
        "院歌和院旗都很好",
    ],
)
def test_review_findings_keep_real_words(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a pair noun right after the second name makes the dash likely
        ("推动中国要东盟合作", "推动中国—东盟合作"),
        ("进行欧盟要阿尔及利亚对话", "进行欧盟—阿尔及利亚对话"),
        ("双方讨论了格鲁吉亚要阿布哈兹冲突问题", "双方讨论了格鲁吉亚—阿布哈兹冲突问题"),
        ("张北要尚义灾区人民积极投入抗震救灾", "张北—尚义灾区人民积极投入抗震救灾"),
    ],
)
def test_dash_between_names_before_a_pair_noun_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


def test_comma_before_a_full_name_and_a_civil_title_is_only_reported() -> None:
    # 副书记袁周建华同志: the comma, or 袁 before a married woman's name: a doubt, reported
    snippet = "省委副书记袁周建华同志任组长"
    text = garbled(snippet)
    assert repair(text) == REPAIRED.format(snippet)
    at = text.find(snippet) + snippet.find("袁")
    doubts = [f for f in detect(text, StageContext()) if f.edit is not None and f.span.start == at]
    assert doubts and all(f.edit.confidence < 0.8 and f.edit.after == "，" for f in doubts)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # _first_reading: —— is two 要; of an odd run before 不要, the first 要 of 要不要 stays
        ("一件事情困惑要要要不要孩子", "一件事情困惑——要不要孩子"),
        ("心里一直纠结要要要不要换工作", "心里一直纠结——要不要换工作"),
        # (other words after the run: three dashes are written too, 要是 looks the same)
        ("他说要要要是我早知道就好了", "他说———是我早知道就好了"),
    ],
)
def test_an_odd_run_of_dash_lookalikes_keeps_whether_or_not(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


def test_no_comma_follows_the_surname_marker() -> None:
    # _full_name_after: in 姓袁袁是个 the first 袁 follows 姓 and is the surname, though 袁是个
    # (，是个) stands elsewhere in the text; the benchmark's own garble of the negatives put it so
    import random

    from bench.accuracy_punct_shift import FULLWIDTH_NUMBER_SHARE, garble, normalised

    path = "fixtures/punct-shift/negatives-marks-adversarial.in.txt"
    source = normalised(path)
    garbled_text = garble(source, random.Random(f"20261122/{path}"), FULLWIDTH_NUMBER_SHARE, True).text
    at = garbled_text.index("那位老人家姓袁袁是个")
    assert "袁是个" in garbled_text[: at - 1]
    assert repair(garbled_text)[at : at + 7] == "那位老人家姓袁"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 要要 between a subject pronoun and a verb is the modal verb typed twice: no dash parts
        # a subject pronoun from its verb (a doubt, not a repair)
        ("我要要刷这个", "我要要刷这个"),
        ("以后你们要要注意安全", "以后你们要要注意安全"),
        # ... but the dash after a pronoun that sets a noun apart, and after other words
        ("他要要一个农民的儿子要要成功了", "他——一个农民的儿子——成功了"),
        ("生命接力要要记优秀党员", "生命接力——记优秀党员"),
        ("其他要要包括我们", "其他——包括我们"),
        # ... and 要要求 stays the verb 要求 after its 要
        ("他们要要求加薪", "他们要要求加薪"),
    ],
)
def test_the_modal_verb_typed_twice_after_a_pronoun(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 院 ending a name after a bare verb of going (its object: no colon follows it)
        ("周末我们去绿博院玩", "周末我们去绿博院玩"),
        ("毕业后我们进设计院工作", "毕业后我们进设计院工作"),
        ("大家到检察院去了解情况", "大家到检察院去了解情况"),
        # ... but a word the lexicon knows on its own before 院 is mostly a verb the lexicon does
        # not mark as one, the colon after it
        ("他们到农村调研院一是看", "他们到农村调研：一是看"),
        ("我们去上海调研院主要看了三家企业", "我们去上海调研：主要看了三家企业"),
        ("他们回单位汇报院情况良好", "他们回单位汇报：情况良好"),
        ("赴基层调研院一是听取意见", "赴基层调研：一是听取意见"),
        # ... except the misspelt procuratorate 检查院 (a word of punct_shift_words.tsv: the press
        # prints it) as a verb of going's place, kept and reported; the label 检查： elsewhere
        ("去现场检查院发现三处隐患", "去现场检查：发现三处隐患"),
        ("他们到检查院去了", "他们到检查院去了"),
        # ... but the colon after a verb that 到 completes, or a word the verb starts, or what
        # holds a particle or a number
        ("谈到发展院一是改革", "谈到发展：一是改革"),
        ("他们进行检查院一是安全", "他们进行检查：一是安全"),
        ("出现了意想不到的成效院一大批后进生", "出现了意想不到的成效：一大批后进生"),
        ("房间要到员圆院园园才可能退", "房间要到12：00才可能退"),
        # ... or after a verb that ends what stands between (no name)
        ("我们到现场看院一是安全", "我们到现场看：一是安全"),
        ("到目前为止院一是安全", "到目前为止：一是安全"),
    ],
)
def test_an_institute_after_a_verb_of_going_keeps_its_yuan(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a second 要要 later in the clause closes the noun the first sets apart after a pronoun:
        # paired dashes, whatever the noun starts with
        ("他要要中国科学院院士要要获奖了", "他——中国科学院院士——获奖了"),
        ("他们要要工人和农民要要是主力", "他们——工人和农民——是主力"),
        ("他要要老王的父亲要要去世了", "他——老王的父亲——去世了"),
        # ... but the modal verb typed twice in two clauses stays a doubt in each
        ("我要要刷这个袁你要要等一下", "我要要刷这个，你要要等一下"),
        ("我要要回家", "我要要回家"),
    ],
)
def test_paired_dashes_after_a_pronoun(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # _object_taker_before: a pronoun's 是 or 在 said alone, an answer, before what starts no
        # name (a pronoun, an adverb, a conjunction, a mark's look-alike, a common word or a
        # predicate): the comma, and the mark after it
        ("野你是党员吗钥冶野我是袁冶他说", "“你是党员吗？”“我是，”他说"),
        ("他说院野我是袁我家就在附近遥冶", "他说：“我是，我家就在附近。”"),
        ("野我们是袁我们来帮忙遥冶", "“我们是，我们来帮忙。”"),
        ("你是学生吗钥我是袁他不是", "你是学生吗？我是，他不是"),
        ("他们是袁我们也是", "他们是，我们也是"),
        ("他说他是袁我才放心", "他说他是，我才放心"),
        ("我是袁我是说袁这件事不能这么办", "我是，我是说，这件事不能这么办"),
        ("如果他是袁那就好办了", "如果他是，那就好办了"),
        ("不管他是袁还是不是袁都要来", "不管他是，还是不是，都要来"),
        ("她是袁也不是", "她是，也不是"),
        ("你说他是袁他就是", "你说他是，他就是"),
        ("野你在吗钥冶野在袁我在遥冶", "“你在吗？”“在，我在。”"),
        ("我在袁你放心", "我在，你放心"),
        ("有他在袁我们就不怕", "有他在，我们就不怕"),
        ("只要人还在袁就有希望", "只要人还在，就有希望"),
        ("他正在袁你等一下", "他正在，你等一下"),
        ("野你是老师吗钥冶野我是袁请问你找谁钥冶", "“你是老师吗？”“我是，请问你找谁？”"),
        ("野谁是组长钥冶野我是袁大家听我的遥冶", "“谁是组长？”“我是，大家听我的。”"),
        ("野你在吗钥冶野在袁什么事钥冶", "“你在吗？”“在，什么事？”"),
        ("野我是袁好久不见遥冶", "“我是，好久不见。”"),
        ("野我是袁谢谢你遥冶", "“我是，谢谢你。”"),
        ("他们是袁当然是", "他们是，当然是"),
    ],
)
def test_a_copula_or_zai_said_alone_takes_the_comma(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
