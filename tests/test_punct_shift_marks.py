"""punct-shift: marks read in context, and the look-alikes in the same constructs that stay hanzi.

A line that ends in a look-alike with no mark (a headline, verse, a title: 千里之遥, 帝尧之时,
孔子曰, 汝窑) keeps it, and so does classical text and natural text dense in look-alikes; a ）
that nothing opens is the hanzi 冤 (我很冤). The single dash 要 is read between two points of
time, a model's name and its number, two numbers that count nothing and the parts of a compound
name the text repeats (夸—纳省), while the verb 要 stays before an action, a quantity or an
object. A quotation does not pair across a paragraph break, except one that opens each of its
paragraphs again.
"""

from __future__ import annotations

import pytest

from cleaner.stages.punct_shift.decide import DOUBT_FROM, _Candidate
from cleaner.stages.punct_shift.marks import _context
from cleaner.stages.punct_shift.pairing import _first_opener, _never_opened
from tests.test_punct_shift import REPAIRED, cases, founder_garble, garbled_context, garbled_rows, kept_rows, repair

#: A garbled paragraph before the snippet's line and after it.
BEFORE = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶他说袁我们要继续努力遥\n"
BEFORE_REPAIRED = "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”他说，我们要继续努力。\n"
AFTER = "\n据介绍袁该项目总投资很大遥"
AFTER_REPAIRED = "\n据介绍，该项目总投资很大。"
#: A garbled sentence whose comma the snippet follows, and what follows it.
CLAUSE = "今年以来袁全市经济运行平稳遥"
CLAUSE_REPAIRED = "今年以来，全市经济运行平稳。"


def on_its_own_line(snippet: str) -> str:
    """``snippet`` as a line of its own (a headline, a verse) between garbled paragraphs."""
    return BEFORE + snippet + AFTER


def at_the_end(snippet: str) -> str:
    """``snippet`` as the last words of a garbled text, after a sentence."""
    return BEFORE + CLAUSE + snippet


@pytest.mark.parametrize(
    "snippet",
    [
        # a ） look-alike that nothing before it opens (no 渊 （ or ( anywhere) is the hanzi
        "我很冤",
        "比窦娥还冤",
        "死得冤",
        # 千里之遥: words of the table (jieba counts 之遥 3 only)
        "千里之遥",
        "相距千里之遥",
        "万里之遥",
        "几步之遥",
        # 帝尧 (Emperor Yao): a word of the table
        "帝尧之时",
        "帝尧陶唐氏",
        "上古帝尧",
        # 其 and one hanzi before 曰 at a clause start: who speaks (its words say)
        "其辞曰",
        "其一曰",
        "其文曰",
        "其铭曰",
        # a master's 曰 ends the line, the quotation on the next
        "孔子曰",
        "老子曰",
        "太史公曰",
        # no · ends a line: the kiln
        "瓦窑",
        "汝窑",
    ],
)
def test_line_ending_in_a_lookalike_is_kept(snippet: str) -> None:
    assert repair(on_its_own_line(snippet)) == BEFORE_REPAIRED + snippet + AFTER_REPAIRED
    assert repair(at_the_end(snippet)) == BEFORE_REPAIRED + CLAUSE_REPAIRED + snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "帝尧之时",
        "帝尧陶唐氏",
        "其辞曰",
        "其一曰",
        "千里之遥",
    ],
)
def test_classical_text_in_a_sentence_is_kept(snippet: str) -> None:
    """The same between two garbled sentences, with no line break."""
    text = BEFORE + CLAUSE + snippet + CLAUSE + AFTER
    assert repair(text) == BEFORE_REPAIRED + CLAUSE_REPAIRED + snippet + CLAUSE_REPAIRED + AFTER_REPAIRED


@pytest.mark.parametrize(
    "snippet",
    [
        # natural text dense in look-alikes that already holds: a guard on the rules above
        "尧舜禹汤",
        "唐尧虞舜",
        "尧舜之道",
        "遥望故乡",
        "遥控飞机",
        "遥感卫星",
        "产量遥遥领先",
        "逍遥自在",
        "遥远的地方",
        "他在医院工作",
        "市人民医院",
        "中国科学院",
        "最高人民法院",
        "音乐学院的学生",
        "要把工作做好",
        "要坚持以人民为中心",
        "野生动物保护",
        "田野里的稻子",
        "开阔视野",
        "野外生存训练",
        "冶金工业",
        "陶冶情操",
        "钥匙丢了",
        "一把钥匙开一把锁",
        "沐浴阳光",
        "海水浴场",
        "窑洞",
        "砖窑",
        "瓷窑遗址",
        "渊博的知识",
        "如临深渊",
        "冤假错案",
        "申冤",
        "鸣冤叫屈",
        "因噎废食",
        "子曰学而时习之",
        "院长讲话",
        "中国工程院院士",
        "遥相呼应",
        "冤家路窄",
        "景德镇官窑",
        "洗浴中心",
        "诗曰",
        "走进医院",
        "一步之遥",
        "咫尺之遥",
        "浴血奋战",
    ],
)
def test_natural_text_dense_in_lookalikes_is_kept(snippet: str) -> None:
    assert repair(on_its_own_line(snippet)) == BEFORE_REPAIRED + snippet + AFTER_REPAIRED
    text = BEFORE + CLAUSE + snippet + "袁" + CLAUSE + AFTER
    assert repair(text) == BEFORE_REPAIRED + CLAUSE_REPAIRED + snippet + "，" + CLAUSE_REPAIRED + AFTER_REPAIRED


#: (garbled, expected) on a line of its own (:func:`on_its_own_line`).
ON_ITS_OWN_LINE = [
    # a ） that a 渊 before it opens, at a line end: the mark
    *cases("closer-opened", ("会议由市长主持渊记者王华冤", "会议由市长主持（记者王华）")),
    # three （ look-alikes and nothing anywhere that could close one: a given name said again
    # and again (夏侯渊), not parentheticals never closed; one unclosed （ still reads (a review)
    *cases(
        "parens-never-closed",
        *garbled_rows("与渊交锋，渊佯败而走，被渊一刀斩于马下"),
        *garbled_rows("这是我住过的酒店中最差的（但没办法，只能住下"),
    ),
    # a numeral, 长 or 次 alone after a comma, a colon or a semicolon before 曰: an item of a
    # list named (二曰灭泉, 长曰大乔); a word that ends with 长 ends a clause (院长；)
    *cases(
        "said-after-an-item",
        *garbled_rows(
            "饮之，不过旬日必死；二曰灭泉，此水与汤无异；三曰黑泉，其水微清", "久闻乔公有二女，长曰大乔，次曰小乔"
        ),
        *garbled_rows("拟任市第二人民医院院长；叶小军，现任市社会科学院副院长"),
    ),
    # 其一 and 其二 after a comma: the semicolon between them is read
    *cases("qiyi-qier", ("原因有二院其一袁基础薄弱曰其二袁投入不足", "原因有二：其一，基础薄弱；其二，投入不足")),
    # · between two names, not at a line end
    *cases("interpunct-between-names", ("马克窑吐温的小说", "马克·吐温的小说")),
    # 尧 as the sage king Yao: in a word of the table (尧都 尧庙 尧帝), in a word of two whose
    # first character the comma would leave alone (唐、时代), before 舜; while lists of one
    # character or of names keep their commas (刘荣惠、韩立成、都本洁: 尧都 inside a list)
    *cases(
        "sage-king-yao",
        *garbled_rows("相传唐尧时代，这里就已经有人居住", "临汾是传说中的尧都，城内有尧庙等古迹"),
        *garbled_rows("尧和舜被儒家奉为圣人的典范", "尧与舜都是圣人", "临汾尧庙1998年接待游客10万人"),
        *garbled_rows("政协主席刘荣惠、韩立成、都本洁出席", "出席的有王明、刘、都本洁", "昔元、恺辅舜，周公佐周"),
    ),
    # a sentence that ends with 路 keeps its full stop (路遥 is no word of the table)
    *cases("stop-after-lu", ("走出了一条自我发展之路遥", "走出了一条自我发展之路。")),
    # 之遥 after no distance: the full stop
    *cases("stop-after-zhi", ("总之遥", "总之。")),
    # _date_range_dashes: a single 要 between two points of time
    *cases(
        "dash-between-times",
        ("预报渊员怨怨愿年元月员日圆园时要元月圆日圆园时冤", "预报（1998年元月1日20时—元月2日20时）"),
        ("在周六要周日将大幅减少版面", "在周六—周日将大幅减少版面"),
    ),
    # _model_dashes: between a proper name and a number that counts nothing
    *cases(
        "dash-in-a-model",
        ("此项工程按满足伊尔要86货运全载起飞的标准设计", "此项工程按满足伊尔—86货运全载起飞的标准设计"),
    ),
    # the verb 要 after a time wants an action, before a number a quantity with its unit
    *cases(
        "verb-after-a-time-or-a-name",
        *kept_rows("周六要加班", "晚上8时要到会场", "中国要86架飞机", "美国要30亿美元的订单", "伊拉克要5个"),
        # the verb after a name before a number and no unit: a name of no proper-name tag
        *kept_rows("老师要30份材料"),
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), ON_ITS_OWN_LINE)
def test_a_line_of_its_own_is_read(snippet: str, expected: str) -> None:
    assert repair(on_its_own_line(snippet)) == BEFORE_REPAIRED + expected + AFTER_REPAIRED


def test_unopened_closer_after_an_opener_elsewhere_is_read() -> None:
    """The rule asks for no opener anywhere before: a 渊 earlier in the text lets the pairing
    decide (渊附图冤 pairs; a second 冤 later is judged as before)."""
    text = BEFORE + "渊附图冤\n我很冤" + AFTER
    assert repair(text).startswith(BEFORE_REPAIRED + "（附图）\n")


@pytest.mark.parametrize(
    ("text", "never_opened"),
    [
        ("我很冤", True),
        ("渊附图冤我很冤", False),  # a 渊 before it
        ("(见上)我很冤", False),  # an ASCII ( before it
        ("员冤", False),  # after a number's look-alike: an item (1）)
        ("一冤", False),  # after a numeral: an item (一）)
        ("a冤", False),  # after a letter: an item (a）)
        ("客人遥院冤", False),  # after a look-alike, a mark maybe: the smiley ：）
    ],
)
def test_a_closer_that_nothing_opens(text: str, never_opened: bool) -> None:
    assert _never_opened(text, len(text) - 1, _first_opener(text)) is never_opened


# -- the single dash 要 and the verb 要 in a garbled paragraph --------------------------------------
#: (garbled, expected) inside :func:`garbled_context`.
DASHES = [
    # a pair joined to a likely pair is read; joined to a verb (no likely pair after the joiner) kept
    *cases("pair-joined-to-a-pair", ("参加了东盟要中日韩和中国要东盟首脑会议", "参加了东盟—中日韩和中国—东盟首脑会议")),
    *cases("pair-joined-to-a-verb", ("美国要日本和韩国开放市场", "美国要日本和韩国开放市场")),
    # the same compound twice or more, once before what it names (省 公司 家族 地区)
    *cases(
        "repeated-compound",
        (
            "德班所在的夸要纳省经济很有特点遥夸要纳省有着悠久的历史",
            "德班所在的夸—纳省经济很有特点。夸—纳省有着悠久的历史",
        ),
        # the same transliterations that the dictionary splits into characters (Rød-Larsen)
        (
            "最近任命罗德要拉森为驻中东巡回大使遥双方都希望罗德要拉森重新参与中东和平进程",
            "最近任命罗德—拉森为驻中东巡回大使。双方都希望罗德—拉森重新参与中东和平进程",
        ),
    ),
    # a transliterated name, then a word of the dictionary (jieba's 甘地 is a noun, no name)
    *cases(
        "repeated-compound-of-a-name-and-a-noun",
        (
            "由于尼赫鲁要甘地家族在印度政治生活中的地位遥尼赫鲁要甘地家族出山",
            "由于尼赫鲁—甘地家族在印度政治生活中的地位。尼赫鲁—甘地家族出山",
        ),
    ),
    *cases(
        "repeated-verb",
        *[
            (kept, kept.replace("遥", "。"))
            for kept in (
                # 要 "demand" with the same object twice: a predicate or 的 follows the object
                "美国要伊拉克交出全部武器遥美国要伊拉克允许核查",
                "张三要李四的电话号码遥张三要李四帮忙搬家",
                "美国要日本公司开放市场遥美国要日本公司削减出口",
                # ... a phrase that starts with a verb, which the dictionary holds whole (开放市场)
                "奥巴马要马来西亚公司开放市场遥奥巴马要马来西亚公司扩大投资",
                "支队向改革要警力遥各单位都向改革要警力",
                # the subject and the object of 要 before a head: no names
                "我们要全省上下团结一致遥我们要全省人民共同努力",
                "我们要农村地区发展遥我们要农村地区稳定",
                "国务院要农村地区的发展遥国务院要农村地区的稳定",
                "会议要本省企业加快发展遥会议要本省企业集团带头",
                # two names the dictionary holds, the subject and the object of 要
                "阿拉法特要内塔尼亚胡停止修建定居点遥阿拉法特要内塔尼亚胡遵守协议",
                "萨达姆要塔利班交出武器遥萨达姆要塔利班撤军",
                # a transliterated name and a noun before a head, and a predicate or nothing
                "克林顿要巴方集团让步遥克林顿要巴方集团撤军",
                "阿拉法特要安全合作遥阿拉法特要安全合作",
                "内塔尼亚胡要巴方合作遥内塔尼亚胡要巴方合作",
                "尼赫鲁要甘地家族的人出来遥尼赫鲁要甘地家族的支持",
                # ... a common noun after a transliterated name (西部 安全), or a region's head
                "奥巴马要西部地区和东部地区加强合作遥奥巴马要西部地区和东部地区共同发展",
                "奥巴马要安全地区遥奥巴马要安全地区",
                # once only: the compound's evidence needs the text to repeat it
                "最近任命罗德要拉森为驻中东巡回大使",
                # 要 the verb before a verb, repeated
                "我们要更好地坚持改革遥我们要更好地发扬作风",
            )
        ],
    ),
    *cases(
        "number-dash",
        # a range: an ASCII number, then a larger one in look-alikes before its unit
        ("堵塞的时间缩短到了3要缘分钟", "堵塞的时间缩短到了3—5分钟"),
        # a minus sign before a percentage in a list of figures
        ("价格同比涨幅为要园援源豫尧要0.8%和要1.2%", "价格同比涨幅为—0.4%、—0.8%和—1.2%"),
        # two numbers that count nothing: a model's, a standard's year, two years of a season
        ("建成后能起降波音737要猿园园型客机", "建成后能起降波音737—300型客机"),
        ("根据日本工业标准C5512要1986测量", "根据日本工业标准C5512—1986测量"),
        ("继在爷97要爷98全国排球联赛首轮", "继在’97—’98全国排球联赛首轮"),
        ("实际利率的关系渊见表3要2冤", "实际利率的关系（见表3—2）"),
        ("抗逆性强的野赣莲85要4冶尧野赣莲85要5冶", "抗逆性强的“赣莲85—4”、“赣莲85—5”"),
    ),
    *cases(
        "number-verb",
        ("首付要30%袁月供要2000元", "首付要30%，月供要2000元"),  # the verb after its subject
        ("他3要员个苹果", "他3要员个苹果"),  # no range: 1 is less than 3
        ("型号X5000要3000元", "型号X5000要3000元"),  # a quantity: its unit
        ("标准C5512要1986元", "标准C5512要1986元"),
        ("客服X200要8个坏点才换", "客服X200要8个坏点才换"),
        ("人大代表3要2人", "人大代表3要2人"),  # (代表: no table)
        ("我们3个人要缘分", "我们3个人要缘分"),  # no number after 要 (缘分, before no unit)
    ),
]


@pytest.mark.parametrize(("snippet", "expected"), DASHES)
def test_the_dash_and_the_verb_yao(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


# -- quotations and pairs across paragraphs ---------------------------------------------------------
def test_a_run_of_surname_lookalikes_after_the_word_surname_starts_with_the_surname() -> None:
    # 免贵姓袁，袁世凯的袁: three 袁 in a row, the first the surname 姓 asks for, the second a comma
    text = "“您贵姓？”“免贵姓袁，袁世凯的袁。”"
    assert repair(founder_garble(text)).startswith("“您贵姓？”“免贵姓袁，袁世凯的袁")


def test_a_pair_does_not_span_a_paragraph_break() -> None:
    # 乡野 in the title is a word: the 冶 of the next paragraph closes no quotation it opened
    text = (
        "豫剧院从豫东乡野走向全国舞台\n\n过去，豫剧戏班常年在乡间流动演出，搭台唱戏，被百姓称为"
        "“野台子戏”。每逢庙会、农闲时节，村头的空地上便挤满了看戏的乡亲。"
    )
    assert repair(founder_garble(text)).startswith("豫剧院从豫东乡野走向全国舞台\n\n过去，豫剧戏班")


def test_a_quotation_of_several_paragraphs_opens_each_again() -> None:
    text = "会议指出：“要抓好落实，创新活动方式。\n\n“要扩大覆盖，推动发展。”"
    assert repair(founder_garble(text)) == text


#: A garbled sentence before the quotations below.
SAID = "会议指出，今年的工作形势依然严峻。"


@pytest.mark.parametrize(
    "expected",
    [
        # a name ending in 野 inside the quotation: the 野 after 喊道院 opens it
        "她喊道：“袁野，你过来一下！”",
        "他说：“大家都很努力。袁野今天表现得很出色。”",
        # the doubled opener before a word still reads as before
        "他说：“野外很冷，多穿点。”",
    ],
)
def test_the_opener_after_a_word_of_speech_and_a_colon_opens_the_quotation(expected: str) -> None:
    assert repair(founder_garble(SAID + expected)).endswith(expected)


def test_a_cap_of_the_name_evidence_holds_whatever_the_position_adds() -> None:
    # 子曰 before a quotation is "said": capped at a doubt however strong the evidence before
    # it was, and the space after it (a position bonus) does not lift it again
    text = "子曰 野学而时习之冶"
    said = _Candidate(1, 2, "曰", "；")
    said.evidence = 20.0
    _context(text, [said])
    assert said.evidence <= DOUBT_FROM


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # 曰 "is called" before a clause of one character: no semicolon starts one
        *garbled_rows("知和曰常，知常曰明，益生曰祥，心使气曰强", "见小曰明，守柔曰强"),
        # and after one at an indented line's start
        *garbled_rows("\n    女曰鸡鸣，士已起床"),
        # and before one exclaimed
        *garbled_rows("王曰咨！咨尔群臣"),
        # 曰 after a word that ends no clause: a classical adverb, a verb of naming and 之
        *garbled_rows("虽曰未学，吾必谓之学矣", "岂曰无衣？与子同袍", "乡人称之曰善人，其子亦曰君子"),
        *garbled_rows("夫人自称曰小童，邦人称之曰君夫人"),
        # and after one who speaks alone after a comma
        *garbled_rows("客问之，吾曰不知", "使者至，臣曰不敢"),
        # and after a verb of naming alone after a comma, as after 名 (a novel quotes a couplet)
        *garbled_rows("于今为烈，号曰秦晋", "其地多竹，称曰竹乡"),
        # but an item's numeral and a word defined in a parallel stand after a semicolon
        *garbled_rows("一是抓好落实；二，加强监督", "稳，就是保持稳定；进，就是继续发展"),
        # and so do a roster's items, and words that end in 则 便 告 (not the adverbs)
        *garbled_rows("王芳，女；李强，男", "上劳动课，免；开会听报告，免", "交通方便；环境很好"),
        *garbled_rows("遵守交通规则；校园内外无打架", "给予警告；逾期不改正的", "他又说了一遍；大家都笑了"),
    ],
)
def test_a_semicolon_starts_no_clause_of_one_character(garbled: str, expected: str) -> None:
    assert repair(garbled_context(garbled)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # 渊 before a particle that ends a classical clause: no parenthetical opens with one
        *garbled_rows("渊兮，其若海", "渊乎，其不可测也", "贤愚之别星渊也，而世人不察", "两者判若星渊矣"),
        # but a parenthetical opens with 也许 也称, closed or not
        *garbled_rows("房间有点脏（也许是从走廊飘过来的", "插入吸附线（也称为辅助线"),
    ],
)
def test_a_parenthesis_that_nothing_closes_opens_no_classical_particle(garbled: str, expected: str) -> None:
    assert repair(garbled_context(garbled)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    # a mark shown beside its name in ASCII parentheses is read as in full-width ones
    garbled_rows("引号(“”)用于标出引用的文字"),
)
def test_a_mark_shown_in_ascii_parentheses_beside_its_name(garbled: str, expected: str) -> None:
    assert repair(garbled_context(garbled)) == REPAIRED.format(expected)
