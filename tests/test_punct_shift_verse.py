"""Regulated verse under the punctuation-shift garble: a look-alike inside a clause of the
stanza's meter (five or seven hanzi) is the hanzi (情人怨遥夜: the long night), while the marks
between the clauses, and those of verse of no regular meter, are repaired. Poems are stated
clean and garbled by founder_garble; their genuine look-alikes survive the garble unchanged."""

from __future__ import annotations

from typing import Final

import pytest

from cleaner.stages.punct_shift.document import _classical_prose, _literary
from cleaner.stages.punct_shift.table import REPAIRED_LETTERS, shift_table
from tests.test_punct_shift import ROOT, founder_garble, repair
from tests.test_punct_shift_precision import RECIPES

#: 张九龄《望月怀远》: 遥 inside the third line (遥夜, the long night).
WANGYUE = "海上生明月，天涯共此时。\n情人怨遥夜，竟夕起相思。\n灭烛怜光满，披衣觉露滋。\n不堪盈手赠，还寝梦佳期。"
#: 白居易《长恨歌》: 浴 inside a clause of seven (赐浴, the bath granted).
CHANGHEN = "回眸一笑百媚生，六宫粉黛无颜色。\n春寒赐浴华清池，温泉水滑洗凝脂。\n侍儿扶起娇无力，始是新承恩泽时。"
#: 杜甫《春宿左省》: 钥 ending a clause of five before its comma (金钥, the golden key).
CHUNSU = "花隐掖垣暮，啾啾栖鸟过。\n星临万户动，月傍九霄多。\n不寝听金钥，因风想玉珂。\n明朝有封事，数问夜如何。"


@pytest.mark.parametrize("poem", [WANGYUE, CHANGHEN, CHUNSU], ids=["yao-ye", "ci-yu", "jin-yao"])
def test_a_lookalike_inside_a_clause_of_the_meter_is_kept(poem: str) -> None:
    assert repair(founder_garble(poem)) == poem


@pytest.mark.parametrize(
    "text",
    [
        # 李白《行路难》: three and three beside seven, the comma between them a comma
        "欲渡黄河冰塞川，将登太行雪暗天。\n闲来垂钓坐溪上，忽复乘舟梦日边。\n行路难，行路难，多歧路，今安在。",
        # four hanzi a clause (a slogan) is no meter read here: its comma stays a comma
        "团结一致，艰苦奋斗。\n开拓进取，与时俱进。\n改革开放，发展经济。",
        # prose of clauses of five: too few lines of one meter around it
        "他来到医院，看望了病人。\n大家都说好。",
    ],
    ids=["three-and-three", "slogans", "prose"],
)
def test_marks_of_verse_of_no_meter_are_repaired(text: str) -> None:
    assert repair(founder_garble(text)) == text


# -- classical prose and verse: 曰 "said, is called", the author after a line of credit's dash --

#: 《道德经》 25 and 16: 曰 after one hanzi that starts a clause (大曰逝，逝曰远，远曰反; 静曰复命),
#: "is called", between the semicolons' look-alikes of the garble.
DAODEJING = (
    "有物混成，先天地生。寂兮寥兮，独立而不改，周行而不殆，可以为天下母。"
    "吾不知其名，字之曰道，强为之名曰大。大曰逝，逝曰远，远曰反。故道大，天大，地大，王亦大。\n"
    "致虚极，守静笃。万物并作，吾以观复。夫物芸芸，各复归其根。归根曰静，静曰复命；"
    "复命曰常，知常曰明。不知常，妄作，凶。知常容，容乃公，公乃全，全乃天，天乃道，道乃久，没身不殆。"
)
#: 《论语·先进》 and 《诗经·齐风·南山》: 曰 after one hanzi that opens a quotation (“非曰能之)
#: or follows a comma (既曰告止), among the particles of classical prose.
LUNYU = (
    "子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？”\n"
    "“赤，尔何如？”对曰：“非曰能之，愿学焉。宗庙之事，如会同，端章甫，愿为小相焉。”\n"
    "艺麻如之何？衡从其亩。取妻如之何？必告父母。既曰告止，曷又鞠止？\n"
    "析薪如之何？匪斧不克。取妻如之何？匪媒不得。既曰得止，曷又极止？"
)


#: 《论语·学而》 and notes on its chapter 尧曰: 尧 before 曰 is the sage king Yao who speaks, the
#: chapter's name too (分尧曰下章, 《论语》尧曰), never 、；.
YAO_SAID = (
    "子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？”\n"
    "曾子曰：“吾日三省吾身：为人谋而不忠乎？与朋友交而不信乎？传不习乎？”\n"
    "子曰：“温故而知新，可以为师矣。”\n"
    "古论出孔氏壁中，分尧曰下章子张问以为一篇，有两子张。\n"
    "    --《论语》尧曰"
)


@pytest.mark.parametrize("text", [DAODEJING, LUNYU, YAO_SAID], ids=["daodejing", "lunyu", "yao-said"])
def test_said_after_one_hanzi_that_starts_a_clause_in_classical_prose_is_kept(text: str) -> None:
    assert repair(founder_garble(text)) == text


def test_a_one_hanzi_item_before_a_semicolon_in_modern_prose_is_repaired() -> None:
    # a roster's row in modern prose: 女； 男； are items, their semicolons repaired
    text = (
        "根据工作需要，经研究决定，录用以下人员，现将名单公示如下。\n"
        "王芳，女；李明，男；张伟，男；刘洋，女。\n"
        "公示期间如有异议，请以书面形式向我们的人事部门反映，我们会认真核实。"
    )
    assert repair(founder_garble(text)) == text


#: Couplets and quatrains (465 hanzi but the look-alikes of marks, digits and letters; no 的 了
#: 是 在 on most lines): verse, by the modern function words it lacks.
VERSE = "\n".join(
    (
        "床前明月光，疑是地上霜。举头望明月，低头思故乡。",
        "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。",
        "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。",
        "海上生明月，天涯共此时。情人怨遥夜，竟夕起相思。",
        "灭烛怜光满，披衣觉露滋。不堪盈手赠，还寝梦佳期。",
        "醉里且贪欢笑，要愁那得工夫。近来始觉古人书，信著全无是处。",
        "昨夜松边醉倒，问松我醉何如。只疑松动要来扶，以手推松曰“去”！",
        "空山新雨后，天气晚来秋。明月松间照，清泉石上流。",
        "竹喧归浣女，莲动下渔舟。随意春芳歇，王孙自可留。",
        "清明时节雨纷纷，路上行人欲断魂。借问酒家何处有，牧童遥指杏花村。",
        "秦时明月汉时关，万里长征人未还。但使龙城飞将在，不教胡马度阴山。",
        "少小离家老大回，乡音无改鬓毛衰。儿童相见不相识，笑问客从何处来。",
        "千山鸟飞绝，万径人踪灭。孤舟蓑笠翁，独钓寒江雪。",
        "两个黄鹂鸣翠柳，一行白鹭上青天。窗含西岭千秋雪，门泊东吴万里船。",
        "葡萄美酒夜光杯，欲饮琵琶马上催。醉卧沙场君莫笑，古来征战几人回。",
        "向晚意不适，驱车登古原。夕阳无限好，只是近黄昏。",
        "锄禾日当午，汗滴禾下土。谁知盘中餐，粒粒皆辛苦。",
        "烽火连三月，家书抵万金。白头搔更短，浑欲不胜簪。",
        "鹅鹅鹅，曲项向天歌。白毛浮绿水，红掌拨清波。",
        "慈母手中线，游子身上衣。临行密密缝，意恐迟迟归。谁言寸草心，报得三春晖。",
    )
)


def in_verse(line: str) -> str:
    """VERSE with ``line`` set after its first line: a line among poems."""
    return VERSE.replace("\n", f"\n{line}\n", 1)


#: The title marks 《》 garbled as Founder's extraction garbles them (叶 曳): founder_garble
#: keeps them.
TITLE_GARBLE: Final = str.maketrans("《》", "叶曳")


def test_said_before_a_quotation_in_verse_is_kept() -> None:
    # 辛弃疾《西江月·遣兴》: 以手推松曰“去”, "said" before the quotation, no colon between
    assert repair(founder_garble(VERSE)) == VERSE


@pytest.mark.parametrize(
    "credit",
    ["    -- 袁去华《剑器近》", "    -- 袁去华《水调歌头-定王台》", "——袁枚《随园诗话》"],
    ids=["ascii-dash", "ascii-dash-title-hyphen", "dash"],
)
def test_the_surname_after_the_dash_of_a_line_of_credit_is_kept(credit: str) -> None:
    text = VERSE.replace("\n", f"\n{credit}\n\n", 3)
    assert repair(founder_garble(text).translate(TITLE_GARBLE)) == text


def test_a_title_after_the_dash_of_a_line_of_credit_is_repaired() -> None:
    # --《菜根谭》: an opening mark follows a dash, as 《 does here
    text = VERSE.replace("\n", "\n    --《菜根谭》\n\n", 3)
    assert repair(founder_garble(text).translate(TITLE_GARBLE)) == text


@pytest.mark.parametrize(
    "line",
    [
        "海阔山遥，未知何处是潇湘。",  # 遥 "far" ends the clause: no sentence starts 袁未知
        "天际征鸿，遥认行如缀。",  # 遥 "from afar" starts it: no clause ends with the surname 袁
        "吴蜀非遥，羽毛自好，合趁东风飞向。",
        "童、叶二人去，袁、叶二人留。",  # 袁 ends an item of a list of surnames: 袁、 stays
    ],
    ids=["far-ends", "from-afar-starts", "not-far", "list-of-surnames"],
)
def test_far_beside_a_comma_in_verse_is_kept(line: str) -> None:
    # 遥袁 in verse: far, or a sentence that starts with a name; both in doubt, neither changed
    _assert_no_real_character_changed(in_verse(line))


def _assert_no_real_character_changed(text: str) -> None:
    """Every character of ``text`` that the garble left as it was (a genuine look-alike, 遥
    "far", the surname 袁) is left so by the repair; a mark may stay garbled (a miss)."""
    garbled = founder_garble(text)
    repaired = repair(garbled)
    assert len(garbled) == len(text) == len(repaired)
    changed = [(i, text[i], repaired[i]) for i in range(len(text)) if garbled[i] == text[i] != repaired[i]]
    assert not changed


@pytest.mark.parametrize(
    "line",
    [
        "白首相知犹按剑，朱门先达笑弹冠。休向侯门轻曳裾，且尽樽前酒一杯。",  # 曳 "drag", no 》
        "为国家，子细计安危，渊然识。",  # 渊 "deep", no ）
        "初将明月比佳期，长向月圆时候，望人归。",  # 圆 "full", no 2
        "数声啼鸟怨年华，一夜东风满旧家。",  # 怨 "resent", no 9
    ],
    ids=["drag", "deep", "full-moon", "resent"],
)
def test_a_lone_title_paren_or_digit_lookalike_in_verse_is_kept(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "    -- 王维《山居秋暝》",  # a title that pairs
        "    -- 第3首",  # 第 makes the digit after it a number in any register
        "    -- 抄于1987年",  # a number of digits
        "    -- 1987年抄本，共3卷",  # 卷 counts volumes: the digit before it a number
    ],
    ids=["paired", "ordinal", "number", "count-in-a-note"],
)
def test_paired_marks_and_numbers_in_verse_are_repaired(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


def test_a_classical_particle_that_is_a_letter_lookalike_makes_no_manual_classical() -> None:
    # 哉 is the look-alike of the full-width Ｕ: a garbled manual's UTF-8 and Unicode repeat it
    manual = "系统使用哉栽云-8编码，哉灶蚤糟燥凿藻字符集支持中文。" * 12
    assert not _classical_prose(manual)


def test_a_garbled_english_manual_is_no_verse() -> None:
    # its letters' look-alikes (贼澡藻 for the) are no hanzi of verse: it holds no 的 了 either
    lookalike = {entry.symbol: hanzi for hanzi, entry in shift_table().items() if entry.symbol in REPAIRED_LETTERS}
    english = "Permission is granted to copy and distribute this document under the terms of the license. " * 8
    manual = "".join(lookalike.get(chr(ord(c) + 0xFEE0), c) if c.isalpha() else c for c in english)
    assert not _literary(manual + "\n2022年9月\n")


@pytest.mark.parametrize(
    "credit",
    [
        "    -- 纳兰性德《萧萧几叶风兼雨》",  # 几叶: leaves inside the title
        "    -- 赵彦昭《奉和元日赐群臣柏叶应制》",
        "    -- 刘克庄《沁园春-答九华叶贤良》",  # 叶贤良: a name inside the title
        "    -- 叶绍翁《游园不值》",  # 叶 right after the dash: the author's surname
    ],
    ids=["leaves", "cypress-leaves", "name-in-title", "author-ye"],
)
def test_the_title_on_a_line_of_credit_opens_after_the_author(credit: str) -> None:
    text = VERSE.replace("\n", f"\n{credit}\n\n", 3)
    assert repair(founder_garble(text).translate(TITLE_GARBLE)) == text


@pytest.mark.parametrize(
    "credit",
    [
        "    -- 韦庄《归国遥》",  # the tune 归国遥: 遥 "far" ends the title
        "    -- 如晦《楚天遥过清江引》",
        "    -- 刘过《沁园春-寄辛承旨。时承旨招，不赴》",  # a tune and its preface: its marks are marks
    ],
    ids=["tune-ends-far", "tune-holds-far", "preface"],
)
def test_far_inside_a_title_in_verse_is_kept(credit: str) -> None:
    text = VERSE.replace("\n", f"\n{credit}\n\n", 3)
    assert repair(founder_garble(text).translate(TITLE_GARBLE)) == text


@pytest.mark.parametrize(
    "credit",
    [
        "    -- 佚名《女曰鸡鸣》",  # "the woman says": 曰 inside a title, no semicolon
        "    -- 佚名《子曰诗云》",
        "    -- 刘过《沁园春-寄辛承旨；时承旨招，不赴》",  # a tune and its preface: its marks are marks
        "    -- 佚名《浣溪沙·宿山中禅院作》",  # after the tune's interpunct: no second label, 院 the hall
        "    -- 尤瓦尔·赫拉利《人类简史：从动物到上帝》",  # the interpunct is the author's: a colon
        "    -- 佚名《诗选：山中》",  # no interpunct: a colon
    ],
    ids=["woman-says", "master-says", "preface", "hall-after-tune", "colon-after-author", "colon"],
)
def test_say_or_a_hall_inside_a_title_in_verse_is_kept(credit: str) -> None:
    text = VERSE.replace("\n", f"\n{credit}\n\n", 3)
    assert repair(founder_garble(text).translate(TITLE_GARBLE)) == text


@pytest.mark.parametrize(
    "line",
    [
        "夜月楼台，秋香院宇，笑吟吟地人来去。",  # 院宇: 秋香：宇， would leave 宇 alone
        "欢极。蓬壶蕖浸，花院梨溶，醉连春夕。",  # 花：梨溶 would leave 花 alone
        "水晶帘动微风起，满架蔷薇一院香。",  # 一院香: 一：香。
        "日高深院正忘怀，闲倚栏杆看落花。",  # 深院: the deep courtyard, a word
        "捣练子令·深院静",  # a tune and its first words as a title
        "如梦令·纤月黄昏庭院",  # 庭院 at a title line's end
    ],
    ids=["courtyard-eaves", "flower-court", "a-court-of-scent", "deep-court", "title", "title-end"],
)
def test_a_courtyard_beside_one_hanzi_in_verse_is_kept(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "作者：李白",  # a label: two hanzi on each side
        "松下问童子，言：师采药去。",  # 言 "says": one who speaks before the colon
        "问姮娥：被白发，欺人奈何！",
        "君记取：封侯事在，功名不信由天。",  # 取院 and 院封 are no words
        "寄语花神：何似当初莫做春。",
    ],
    ids=["label", "says", "asks", "remember", "tell"],
)
def test_a_colon_in_verse_is_repaired(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize("name", ["negatives-hospital-list", "negatives-committee-list", "negatives-institutes-list"])
def test_a_notice_of_lists_is_no_verse(name: str) -> None:
    # lists of names and hospitals lack 的 了 as verse does, but not in clauses of four to seven
    text = (ROOT / "fixtures" / "punct-shift" / f"{name}.in.txt").read_text(encoding="utf-8")
    assert not _literary(founder_garble(text))


def test_verse_is_verse() -> None:
    assert _literary(founder_garble(VERSE))


# -- the surname 袁 beside another look-alike in verse: a real name, never forced to a comma --


@pytest.mark.parametrize(
    "line",
    [
        "他说：“袁和平来了。”",  # 野袁: a quotation opens with the name (not 野，和平)
        "导演说：“袁和平执导。”",
        "“袁和平”三字，见于碑。",
    ],
    ids=["quote-opens", "quote-opens-2", "quoted-name"],
)
def test_the_surname_beside_a_lookalike_in_verse_is_repaired_as_a_name(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "主厨袁遥推荐：红烧肉。",
        "记者袁遥报道。",
        "友人袁遥，字子远。",
        "据报道。袁和平说：好。",  # 遥袁: a sentence starts with the name (not 遥，和平)
        "会上。袁国庆发言。",
    ],
    ids=["chef", "reporter", "friend", "sentence-starts", "sentence-starts-2"],
)
def test_the_name_yuan_yao_in_verse_is_kept(line: str) -> None:
    # 袁遥 a name, 遥袁 a name after a full stop: neither 袁 nor 遥 is changed (the mark beside
    # it may stay garbled: both readings are in doubt)
    _assert_no_real_character_changed(in_verse(line))


def test_a_courtyard_beside_one_hanzi_at_a_crlf_line_end_is_kept() -> None:
    # the CR of a CRLF line end parts a piece as the LF does: 一院花 is no 一：花
    text = VERSE.replace("\n", "\n春归一院花\n", 1).replace("\n", "\r\n")
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    ["古人云“春风得意”；“秋月无边”。", "标语：“安全第一”；“预防为主”。"],
    ids=["quoted-verses", "slogans"],
)
def test_a_semicolon_after_a_closing_quotation_in_verse_is_repaired(line: str) -> None:
    # 冶曰野: 曰 after the closing quotation's look-alike is the semicolon between two quotations
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


#: A spec sheet of 288 hanzi, their digits and marks 479 hanzi garbled: under the minimum of a
#: literary text once the look-alikes of marks and digits are not counted as hanzi.
SPECS: Final = "产品技术参数\n" + "\n".join(
    (
        "型号：XR—500；额定电压：220伏；额定功率：1500瓦；容量：5升；重量：3.5千克；外形尺寸：350×280×260毫米；",
        "电机：直流无刷电机，转速3万转每分钟；噪音：不高于65分贝；防护等级：IPX4；工作温度：—10至40摄氏度；",
        "电池：锂离子电池，容量4000毫安时，充电时间约3小时，续航约90分钟；充电接口：Type—C；",
        "显示：1.5英寸彩色屏幕，分辨率240×240；按键：电源键1个，模式键1个；指示灯：红绿双色；",
        "包装清单：主机1台，充电器1个，电源线1根，滤网2片，刷头3个，说明书1份，保修卡1张；",
        "保修：整机保修1年，电机保修3年；售后服务热线：400—800—1234，工作时间9：00—18：00；",
        "适用面积：15至30平方米；过滤效率：对0.3微米颗粒物过滤效率不低于99%；滤网更换周期：6个月；",
        "材质：外壳采用阻燃ABS工程塑料，内胆采用304不锈钢；颜色：白色、灰色、蓝色三种可选；",
        "认证：通过3C认证、CE认证、RoHS认证；执行标准：GB4706.1—2005，GB4706.7—2014；",
        "产地：浙江宁波；生产企业：宁波某某电器有限公司；地址：宁波市鄞州区科技园区创新路8号；邮编：315100；",
    )
)


def test_a_spec_sheet_is_no_verse() -> None:
    assert not _literary(founder_garble(SPECS))


@pytest.mark.parametrize(
    "line",
    ["注：此诗作于公元七五八年。", "评：原作共3首，今存2首。", "1986年5月", "地址：公园路5号。", "序：余少时好诗。"],
    ids=["note", "review", "month", "address", "preface"],
)
def test_labels_and_counted_numbers_in_verse_are_repaired(line: str) -> None:
    # a label at a line's start (注： 附： 序：) and a digit a counter or a date holds (3首, 5号, 年5月)
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    ["深院静，小庭空，断续寒砧断续风。", "小院闲窗春色深，重帘未卷影沉沉。", "一轮圆月照江流，岁久年远人不留。"],
    ids=["deep-court", "small-court", "full-moon"],
)
def test_a_courtyard_or_a_digit_at_a_line_start_in_verse_is_kept(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the title opens after the author's name only where the words after the dash are a bare
        # name (a surname first, no mark): a dynasty, a source or a speaker before a surname 叶
        # keeps the pairing of any line
        ("-- 宋窑叶绍翁叶游园不值曳", "-- 宋·叶绍翁《游园不值》"),
        ("-- 宋 叶绍翁叶游园不值曳", "-- 宋 叶绍翁《游园不值》"),
        ("-- 作者院叶绍翁叶游园不值曳", "-- 作者：叶绍翁《游园不值》"),
        ("要要摘自叶辉叶城市记忆曳", "——摘自叶辉《城市记忆》"),
        ("要要节选自叶兆言叶南京人曳", "——节选自叶兆言《南京人》"),
        ("要要我和叶老师一起读叶论语曳遥", "——我和叶老师一起读《论语》。"),
        ("要要对袁叶经理推荐叶三体曳遥", "——对，叶经理推荐《三体》。"),
        # ... and a bare name, a compound surname too, still opens the title after it
        ("-- 纳兰性德叶菩萨蛮窑萧萧几叶风兼雨曳", "-- 纳兰性德《菩萨蛮·萧萧几叶风兼雨》"),
        ("-- 叶绍翁叶游园不值曳", "-- 叶绍翁《游园不值》"),
    ],
)
def test_a_credit_line_opens_the_title_after_a_bare_name_only(line: str, expected: str) -> None:
    poem = "床前明月光袁疑是地上霜遥\n举头望明月袁低头思故乡遥\n"
    assert repair(poem + line) == "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n" + expected


# -- 遥 "far" in a word of verse within one clause (verse._far_in_a_clause) --


@pytest.mark.parametrize(
    "line",
    [
        "银汉是红墙，一带遥相隔。",  # 一带。相隔。 would make two sentences of two hanzi
        "雁来音信无凭，路遥归梦难成。",  # 路遥: the road is long; 路。 is no sentence
        "芳容别后，水遥山远，何计凭鳞翼？",  # 水遥山远: far waters, distant hills
        "孤舟一叶，遥山翠，秋水长。",  # 遥山 after a comma and before one
        "一行白雁遥天暮，几点黄花满地秋。",  # 遥天: the far sky, inside a clause of seven
        "回首故园，遥望千山外。",  # 遥望: gazing from afar (piece of one after 遥 in no word)
    ],
    ids=["far-apart", "long-road", "far-waters", "far-hills", "far-sky", "gazing"],
)
def test_far_in_a_clause_of_verse_is_kept(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "杏花开，春且住。见说道、天涯芳草无归路。",  # a ci's clauses of three: the full stop stays
        "近清明。翠禽枝上消魂。",  # no word of far: 明翠 is none
        "子曰：“见贤思齐焉，见不贤而内自省也。见义不为，无勇也。”",  # after 也, which ends a sentence
        "春风十里扬州路。山色空濛雨亦奇。",  # 路。山色: the piece after it is longer than a clause's start
    ],
    ids=["threes", "no-far-word", "after-particle", "long-pieces"],
)
def test_a_full_stop_beside_a_word_of_far_is_repaired(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line", ["5．加水。见开即可。", "4．上山。看日出。", "3．回家。望见炊烟。"], ids=["water", "hill", "home"]
)
def test_a_full_stop_in_a_numbered_step_among_verse_is_repaired(line: str) -> None:
    # a recipe's or a guide's numbered step is prose, whose sentences of two hanzi end with 。
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


def test_far_in_modern_prose_is_read_as_the_lexicon_reads_it() -> None:
    # modern prose writes 的 了 是: no verse, so the rule does not apply (路。山 ends a sentence)
    text = "我们沿着山路走了很久，终于到了山顶的路。山下是一片开阔的田野，远处是连绵的群山。" * 3
    assert repair(founder_garble(text)) == text


# -- a book of recipes reads as verse (no 的 了, clauses of four to seven): its counters still count --


def test_a_digit_before_a_counter_of_things_in_a_book_of_recipes_is_a_number() -> None:
    repaired = repair(founder_garble(RECIPES)).split("\n")
    # 八角2个, 葱1根, 土豆2个 (个 根 count things: no word of verse is 圆个 员根)
    assert "葱1根" in repaired[1] and "八角2个" in repaired[1]
    assert "土豆2个，干辣椒5个" in repaired[7]
    assert "茄子1个，土豆1个，青椒2个" in repaired[9]


@pytest.mark.parametrize(
    "line",
    [
        "缘根本是前生定，莫怨东风当自嗟。",  # 缘根: a word, the root of the cause
        "月圆人静夜，花好两相知。",  # 月圆 before no counter
    ],
    ids=["root-of-cause", "full-moon"],
)
def test_a_digits_lookalike_before_a_word_in_verse_is_kept(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


def test_a_date_among_verse_is_repaired() -> None:
    # 6月8日: no word of verse is 远月愿日 (月愿日 alone, nor the month's digit before it)
    text = VERSE.replace("\n", "\n编者记于6月8日，时在西湖。\n", 1)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    ["殷日戒曰：貌善而心恶者是奸人，亦当分别。", "弟木山曰：前四愿皆是相反。"],
    ids=["commentator", "commentator-2"],
)
def test_said_before_a_colon_in_verse_is_kept(line: str) -> None:
    # a commentator's 曰： (幽梦影): 曰 "said" before the colon, which no semicolon comes before
    text = in_verse(line)
    said = line[: line.index("：")]  # (殷日戒曰: the 院 after it is a doubt of its own, 院貌)
    assert repair(founder_garble(text)).split("\n")[1].startswith(said)


# -- a digit's look-alike before a counter inside a line of verse is the hanzi (verse._counted_digit) --


@pytest.mark.parametrize(
    "line",
    [
        "屡贡多士先，所愿克堂构。",  # 愿克: the wish fulfilled (全唐诗)
        "嵩岭齐腰缘个事，剡溪鼓棹欲何之。",  # 缘个事: for what matter
        "醉把黑甜圆个梦，时将草圣放颠狂。",  # 圆个梦: round out a dream
        "水登山送此生，禽猿个个尽忘情。",  # 禽猿: birds and apes
        "念远片心飞鸟外，感时双泪落樽前。",  # 念远: thinking of the far
        "应缘克己自销兵，传闻边塞已休征。",  # 应缘: because
        "陵远根才近，空长畔可寻。",  # 陵远: the mound far
        "应缘片片云成雨，分照千山万壑中。",
        "不知月远日何长，独倚阑干望故乡。",  # 月远日: no month's digit before 月
        "年年岁岁花相似，岁月愿日日长安。",
    ],
    ids=["wish", "matter", "dream", "apes", "far-heart", "because", "mound", "clouds", "moon-far", "years"],
)
def test_a_digits_lookalike_before_a_counter_inside_a_line_of_verse_is_kept(line: str) -> None:
    # the counter (克 个 片 根) or 日 goes on into the clause: a noun's first hanzi, no figure's counter
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    [
        "组成：当归9克，川芎8克，白芍6克，煨姜3片。",  # a prescription: each counter ends its clause
        "原料：番茄2个，豆腐1块，葱1根。",  # a recipe's
        "会期：6月12日，地点：西湖。",  # a day of two digits: the month's digit is one too
        "编者记于12月8日，时在西湖。",
    ],
    ids=["prescription", "recipe", "two-digit-day", "two-digit-month"],
)
def test_a_figure_before_a_counter_that_ends_its_clause_among_verse_is_repaired(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


# -- 院 the courtyard ends a word of a place; a label before a colon comes first (verse._courtyard_in_verse) --


@pytest.mark.parametrize(
    "line",
    [
        "做法：",  # a label ending its line: a list follows
        "注释如下：",
        "建议：每次使用后及时清洗内胆，保持干燥。",  # 建议 labels its line (议院 is a word too)
        "保修：整机保修三年，内胆保修五年。",
        "规格：长方形，圆角设计。",  # 院长 makes a word with what follows: no place
        "注：方外之人，指僧道。",  # the label 注 first, though 院方 is a word
        "注意事项：请勿空烧，远离火源。",  # a label of four
    ],
    ids=["method", "as-follows", "advice", "warranty", "spec", "note", "cautions"],
)
def test_a_label_before_a_colon_among_verse_is_repaired(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    "line",
    ["梨花满院飘香雪，高楼夜静风筝咽。", "风回小院庭芜绿，柳眼春相续。", "谒金门·春满院"],
    ids=["pear-blossom", "small-court", "title-after-tune"],
)
def test_a_courtyard_of_verse_is_kept(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)).split("\n")[1] == line


@pytest.mark.parametrize(
    "line",
    ["堂前植竹数竿；院中有古井一口，水甚甘。", "东厢为书房；院外小溪环绕。", "值班：周一内科；院长带班。"],
    ids=["in-the-court", "outside-the-court", "the-dean"],
)
def test_a_semicolon_before_a_word_of_the_courtyard_in_verse_is_repaired(line: str) -> None:
    # 曰 before 院中 院外 院长: the courtyard's word starts a clause, and 曰 tells nothing of "said"
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


def test_said_before_a_colon_and_a_word_of_what_is_said_in_verse_is_kept() -> None:
    # 子曰：中庸之为德也: 中 begins 中庸, not the courtyard's 院中
    line = "子曰：中庸之为德也，其至矣乎！民鲜久矣。"
    text = in_verse(line)
    assert repair(founder_garble(text)).split("\n")[1].startswith("子曰")
