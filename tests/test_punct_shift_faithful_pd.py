"""punct-shift: what else of the shifted rows a Founder page sets, read on People's Daily
(January 1998, dev half) garbled faithfully: 『』 (液 一) closed before a hanzi, full-width
Latin letters (Ａ-Ｚ -> 粤…), － (原)."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a quoted term closed by 一 before a hanzi: no word holds 一 there
        ("全国液三下乡一活动先进集体", "全国『三下乡』活动先进集体"),
        ("特区开局良好袁液一国两制一方针得到落实", "特区开局良好，『一国两制』方针得到落实"),
        ("文化经济液两节一期间的廉政建设", "文化经济『两节』期间的廉政建设"),
        # a term of numerals: the 一 after it, before a hanzi, closes
        ("也是完成液九五一计划的关键一年", "也是完成『九五』计划的关键一年"),
        ("液八五一以来袁胜利油田", "『八五』以来，胜利油田"),
        ("六架飞机辉映液八一一字样", "六架飞机辉映『八一』字样"),
        # a quoted speech (after a colon) closes after its last sentence
        ("他说院液你们随便挑哇袁咱自家种的遥一她一边说着", "他说：『你们随便挑哇，咱自家种的。』她一边说着"),
        (
            "人们都说院液数万灾民之所以没有一人受冻袁解放军立了头功遥一",
            "人们都说：『数万灾民之所以没有一人受冻，解放军立了头功。』",
        ),
        # the next 液 that opens bounds the quotation before it
        ("以液农闲一训练为重点袁取得液双丰收一", "以『农闲』训练为重点，取得『双丰收』"),
        # a paragraph that opens with what someone says closes after its last sentence, as
        # a speech after a colon does
        ("\n液红薯袁烤红薯遥一我见外国朋友还是听不懂", "\n『红薯，烤红薯。』我见外国朋友还是听不懂"),
        ("\n液啊袁孙先生也喜欢吃这东西钥一外国朋友也来了兴趣", "\n『啊，孙先生也喜欢吃这东西？』外国朋友也来了兴趣"),
        # ... and so does a quotation right after one that ended a sentence: the first closes
        # before the next 液 that opens
        (
            "但必须记住袁液君子爱财袁取之有道遥一液亡德而富贵袁谓之不幸遥一利用职权",
            "但必须记住，『君子爱财，取之有道。』『亡德而富贵，谓之不幸。』利用职权",
        ),
    ],
)
def test_corner_quotes_closed_before_a_hanzi_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # two 一 that could close, near each other: neither is read
        "开展液三优一满意一活动",
        # 一 next to numerals, where the term is no numerals only: a numeral
        "协会开展液三一五忠告一征集活动",
        "查堵液危禁品一二百零八起",
        # 液 in no word (the lexicon lacks 原液, 除冰液) before a real 一
        "造纸原液泛着一层白沫",
        "黑色的原液顺着一条小河流走",
        "除冰液二十吨每一吨",
    ],
)
def test_real_yi_and_ye_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


#: A quotation of 液…一 closed elsewhere on the page (『三下乡』活动)
PAIRED, PAIRED_REPAIRED = "全国液三下乡一活动袁", "全国『三下乡』活动，"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a page that pairs 液…一: the one 一 after a short term closes where a word after
        # it holds it (一下, 一中, 一栏)
        ("液一国两制一下的香港", "『一国两制』下的香港"),
        ("引导更多的人参与到液三下乡一中来", "引导更多的人参与到『三下乡』中来"),
        ("她就是液草原英雄小姐妹一中的妹妹", "她就是『草原英雄小姐妹』中的妹妹"),
        ("其中有液家庭出身一一栏", "其中有『家庭出身』一栏"),
        # a title's line, the 液 after a verb
        ("\n消除液过结儿一\n张中华", "\n消除『过结儿』\n张中华"),
    ],
)
def test_corner_quotes_closed_by_a_yi_a_word_holds_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(PAIRED + snippet)) == REPAIRED.format(PAIRED_REPAIRED + expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # a word ends with the 一 (统一), a term that is no word's end (泛着), a numeral or a
        # counter after it, 一一 'one by one'
        "液实现完全统一下去",
        "造纸原液泛着一层白沫",
        "液位下降一米",
        "液危禁品一二百零八起",
        "液逐个一一核对",
        # a rare 液 word joins the hanzi before it (滴液, 除冰液, 羊水液, 蚀刻液) or after it (液相)
        "滴液漏斗一端",
        "除冰液喷洒一遍",
        "加入除冰液搅拌一下",
        "液相色谱一般用于分析",
        "抽取羊水液检测一下",
        "蚀刻液配方一直保密",
    ],
)
def test_real_yi_on_a_page_pairing_corners_is_kept(snippet: str) -> None:
    assert repair(garbled(PAIRED + snippet)) == REPAIRED.format(PAIRED_REPAIRED + snippet)


def test_corner_quote_held_by_a_word_needs_a_pair_on_the_page() -> None:
    snippet = "引导更多的人参与到液三下乡一中来"
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_speech_closes_at_a_line_end_after_its_last_sentence() -> None:
    snippet = "她强调说院液社民党就要作出重大的决定遥一\n应孟加拉国总理邀请"
    expected = "她强调说：『社民党就要作出重大的决定。』\n应孟加拉国总理邀请"
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # after a sentence's end, 一 before a hanzi closes only a speech: 。一是 lists
        ("开展液创优一活动以来袁成绩很多遥一是质量袁二是服务", "开展『创优』活动以来，成绩很多。一是质量，二是服务"),
        ("对液危禁品一遥一是严查袁二是严管", "对『危禁品』。一是严查，二是严管"),
        ("坚持液两手抓遥一是经济", "坚持液两手抓。一是经济"),
        # a line that starts with 液 of a word the lexicon lacks: the 一 after its sentence
        # starts a word (一位, 一会儿)
        ("\n液柱升高了遥一位工人说", "\n液柱升高了。一位工人说"),
        ("\n液膜破裂了遥一会儿气泡就消失了", "\n液膜破裂了。一会儿气泡就消失了"),
        # ... or heads a list (一是…二是), which official writing opens after a sentence
        ("\n液膜的稳定性受多种因素影响遥一是浓度袁二是温度", "\n液膜的稳定性受多种因素影响。一是浓度，二是温度"),
        # a line broken inside a word of 一 (一年来), the 液 no speech's
        ("加入除冰液后效果很好遥一\n年来我们坚持", "加入除冰液后效果很好。一\n年来我们坚持"),
        ("全国液三下乡一活动袁原液浓度很高遥一\n般来说", "全国『三下乡』活动，原液浓度很高。一\n般来说"),
    ],
)
def test_real_yi_after_a_sentence_end_is_kept(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


#: A Latin word garbled elsewhere in the document (TCL)
LETTERS, LETTERS_REPAIRED = "栽悦蕴集团袁", "TCL集团，"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # Latin words of mappings/latin_words.tsv where no word crosses their edges
        ("全国男篮甲粤联赛", "全国男篮甲A联赛"),
        ("深证月股员源缘点", "深证B股145点"),
        ("员怨怨苑年月股上市", "1997年B股上市"),
        ("购买月孕机入网", "购买BP机入网"),
        ("画运线时", "画K线时"),
        ("照一次载光", "照一次X光"),
        ("医用载射线断层检查仪", "医用X射线断层检查仪"),
        ("给病人做月超检查", "给病人做B超检查"),
    ],
)
def test_latin_words_are_repaired(snippet: str, expected: str) -> None:
    # (a word of one letter needs other letters garbled in the document: TCL here)
    assert repair(garbled(LETTERS + snippet)) == REPAIRED.format(LETTERS_REPAIRED + expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a word of two letters, or words of two different letters, show the letters garbled
        ("购买月孕机入网", "购买BP机入网"),
        ("深证粤股和月股", "深证A股和B股"),
        # a league's name before 联赛, and the same word beside it
        ("全国男篮甲粤联赛", "全国男篮甲A联赛"),
        ("甲粤联赛开战袁他们要保住甲粤的席位", "甲A联赛开战，他们要保住甲A的席位"),
    ],
)
def test_latin_words_that_show_their_letters_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize("snippet", ["画运线时", "照一次载光", "他们要保住甲粤的席位"])
def test_latin_words_of_one_letter_alone_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    "snippet",
    [
        # a word crosses the edge of the garbled form: real 月 运 载
        "每月股息",
        "本月股市平稳",
        "上月超额完成",
        "满载光荣",
        "开通了客运线路",
        "货运线上",
    ],
)
def test_words_like_latin_words_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_initials_on_a_line_of_their_own_are_letters() -> None:
    text = garbled("发展") + "\n渊粤尧月冤\n" + garbled("落实")
    assert repair(text) == REPAIRED.format("发展") + "\n（A、B）\n" + REPAIRED.format("落实")


@pytest.mark.parametrize("line", ["渊粤尧港冤", "渊月尧日冤", "他说渊粤尧月冤"])
def test_parentheses_of_other_than_initials_are_kept(line: str) -> None:
    text = garbled("发展") + "\n" + line + "\n" + garbled("落实")
    kept = line.replace("渊", "（").replace("冤", "）").replace("尧", "、")
    assert repair(text) == REPAIRED.format("发展") + "\n" + kept + "\n" + REPAIRED.format("落实")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 原 between the letters and the digits of a model's code that ends in 型: －
        ("“凯歌”运允月原圆型反劫报警器", "“凯歌”KJB－2型反劫报警器"),
        ("“猫眼”孕原员缘型无线报警器", "“猫眼”P－15型无线报警器"),
        ("“星迪”孕阅原员型汽车报警器", "“星迪”PD－1型汽车报警器"),
        ("生产的KJB原2型报警器", "生产的KJB－2型报警器"),
    ],
)
def test_hyphens_of_model_codes_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "他在原员型号上",  # 在 is never read as Z
        "每月孕原员缘型",  # a word (每月) holds the letters
        "张北原尚义",  # 原 between place names: no code
        "原型机",
    ],
)
def test_real_yuan_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)).replace("1", "员").replace("5", "缘") == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a run of letter look-alikes without the edge a word holds (指责: 责 is no p)
        ("公开指责酝酝酝有逃税行为", "公开指责MMM有逃税行为"),
    ],
)
def test_runs_lose_the_edges_words_hold(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize("snippet", ["指责再怎么说", "增值则早已", "曾增长"])
def test_runs_held_by_words_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # two upper-case letters of any risk before the digits of a code
        ("大石牌阅杂怨苑电脑", "大石牌DS97电脑"),
        ("主要用于生产月允员园源缘系列汽车", "主要用于生产BJ1045系列汽车"),
        ("达到国家标准郧月怨圆缘源", "达到国家标准GB9254"),
    ],
)
def test_letters_of_codes_before_digits_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize("snippet", ["每月允员工休假", "这月允员工休假"])
def test_letters_before_words_of_digit_lookalikes_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_a_list_after_a_sentence_end_is_no_closing_mark() -> None:
    snippet = "开展液创优活动遥一尧抓质量曰二尧抓服务"
    assert repair(garbled(snippet)) == REPAIRED.format("开展液创优活动。一、抓质量；二、抓服务")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 则 (r), a common word by itself, before a capitalised Latin word is the hanzi
        ("不提供该参数袁则砸葬灶凿燥皂蚤扎藻表达式将会被忽略", "不提供该参数，则Randomize表达式将会被忽略"),
        # ... but a rare look-alike is the word's first letter, and before capitals too
        ("新款蚤孕澡燥灶藻手机", "新款iPhone手机"),
        ("检测皂砸晕粤疫苗", "检测mRNA疫苗"),
    ],
)
def test_common_word_before_a_capitalised_latin_word(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # People's Daily lengthens a dash with a full-width hyphen (——－): at a line's end and
        # before a caption's parenthesis, 原 after a dash read as marks is that hyphen
        ("英雄小姐妹中的妹妹玉荣要要原\n一个厅级干部", "英雄小姐妹中的妹妹玉荣——－\n一个厅级干部"),
        ("新车型要要原渊附图片员张冤", "新车型——－（附图片1张）"),
    ],
)
def test_hyphen_lengthening_a_dash_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 原 before a word: the prefix "former", or a word the line break splits (原来)
        ("这条路要要原海南省长说", "这条路——原海南省长说"),
        ("他说要要原\n来如此", "他说——原\n来如此"),
    ],
)
def test_yuan_after_a_dash_before_a_word_is_kept(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
