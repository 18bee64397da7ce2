"""punct-shift: Latin letters and digits garbled faithfully (Ａ-Ｚ ａ-ｚ ０-９ -> 粤… 园…), read
where the page shows them, kept where the same hanzi are words of prose.

Full-width letters that no run of letters shows: XP and SP of computer reviews
(mappings/latin_words.tsv), a unit after a number (圆郧内存 2G, 缘园园酝 500M) and a cell or a key
of a manual (单元格 月员尧月圆 B1、B2, Ctrl+云12 F12). A Latin word or a number read whole where a
part of it is repaired already (圆酝 was read 圆M: 2M; 怎遭怎灶贼怎怨 ubun贼怎9: ubuntu9; 晕圆愿园 晕280:
N280): a half-repaired token is worse for a reader than none. Single letters and digits of
formulas and technical prose: an operand set against an ASCII operator (``y=a∙x+b``, ``=ABS(0)``
once ABS is read, ``Ctrl+Z``), a chart's axis (``Y 轴``), letters enumerated with 、, a letter
alone in quotation marks (``「C」``), a word spelled out whole though a word of the lexicon holds
two of its letters (``Return``: 贼怎), an echo of a word the page writes in ASCII (``DDB``: 阅月),
a variable spaced between hanzi or quoted, a function key (``F9 键``, ``Shift+F1``), 再 starting
a word of capitals (``=YEAR(``), a function's name before its ASCII argument (``In(x)``), a range
of cells partly in ASCII (``A1:B2``), a cell made absolute (``$A$1``), a key's name (``Page Up``),
a quoted name's number (``「标题 1」``), a number quoted alone (``「12」``), a text encoded for a
URL (``%D0%B0``), an HTML tag's name (``<h1>``), a year left open
(``20xx 年``) and the unit pt (``12pt``). Every one of these look-alikes is also a hanzi (装载 孕妇 月圆 运20 阅读
酝酿 存在U盘 5000/月 承载轴 早早造好 “则”框 再CPU): the negatives keep them. The manual's
inputs are made from the clean text by :func:`garble`, so this file holds no garbled page (the
package-source test reads it).
"""

from __future__ import annotations

import re

import pytest

from cleaner.chars import FULLWIDTH_OFFSET
from cleaner.stages.punct_shift.table import shift_table
from tests.test_punct_shift import REPAIRED, cases, founder_garble, repair
from tests.test_punct_shift import garbled_context as garbled


# -- letters that no run of letters shows: reviews' words, units, cells and keys ------------------
@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # XP and SP, where no word crosses their edges
        ("叫人重装了载孕的系统", "叫人重装了XP的系统"),
        ("还带载孕系统袁比较省心", "还带XP系统，比较省心"),
        ("只要用载孕 杂孕3就可以装上了", "只要用XP SP3就可以装上了"),
        # a unit's letter right after a number
        ("换了猿圆园郧硬盘", "换了320G硬盘"),
        ("又加了2郧的内存", "又加了2G的内存"),
        ("离地铁要走缘园园酝左右", "离地铁要走500M左右"),
        ("独显256酝带有接口", "独显256M带有接口"),
        ("播放720孕高清电影", "播放720P高清电影"),
        ("能收到200皂外的信号", "能收到200m外的信号"),
        ("大型3阅网游也能承受", "大型3D网游也能承受"),
        # x between two numbers: a resolution, a block's size
        ("分辨率只是员园圆源曾缘苑远的", "分辨率只是1024x576的"),
        ("由 愿曾8 个单元格组成", "由 8x8 个单元格组成"),
        # a figure's exponent and imaginary unit
        ("Excel 显示为 1.00耘+03", "Excel 显示为 1.00E+03"),
        ("Excel 返回 3+4躁 和 5+12蚤", "Excel 返回 3+4j 和 5+12i"),
    ],
)
def test_latin_letters_of_reviews_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # a word crosses the edges of XP or SP
        "满载孕妇的救护车",
        "运载孕育着希望",
        "情况复杂孕妇难产",
        # 曾责 is 'once blamed', no xp
        "他曾责其不孝",
        # a word holds the unit's look-alike with what follows, or with the digit's before it
        "每天阅读5阅读课文",
        "员圆酝酿已久",
        "成员郧县人",
        "种了10栽培品种",
        "受灾5灾民",
        # 孕 after a number of one or two digits is a pregnancy's
        "怀孕12孕周了",
        # 曾 'once' after a number, with no number after it
        "他1998年曾5次获奖",
        "截至1998曾是全国第一",
        # no unit letter at all: the hanzi beside numbers and Latin
        "装载2G的货车",
        "再运3天就到",
        "运载火箭升空",
        "Win7再装一遍",
        "本月早造水稻",
    ],
)
def test_hanzi_beside_numbers_and_latin_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a cell or a key set apart, on a page with Latin letters
        ("按 Ctrl+云12 组合键", "按 Ctrl+F12 组合键"),
        ("Excel 单元格范围 粤1:月6 中", "Excel 单元格范围 A1:B6 中"),
        ("Excel 请按「云9」键", "Excel 请按「F9」键"),
        ("Excel 如果 匀11 包含值", "Excel 如果 H11 包含值"),
        # after a sheet's name, $ or a minus
        ("Excel 输入 =工作表2.粤1 和 $粤1", "Excel 输入 =工作表2.A1 和 $A1"),
        # 月 before one digit's look-alike after a space or 、, where other cells show
        ("Excel 单元格 月员尧月圆 和 月3 包含", "Excel 单元格 B1、B2 和 B3 包含"),
    ],
)
def test_cells_and_keys_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # no Latin letter on the page: a news page's hanzi
        "单元格范围 粤1:月6 中",
        "请按「云9」键",
        # 运 20 is an aircraft, 再 and 在 words before a number
        "NBA 歼10和 运20 首飞",
        "NBA 在5月 再3次",
        # a month typed apart
        "NBA 5 月3 日到",
        # 月圆 (the full moon) at a line's start, though the page has a cell
        "将区域渊A1:月5冤复制\n月圆渊之夜冤适合团聚",
    ],
)
def test_hanzi_before_numbers_are_no_cells(snippet: str) -> None:
    expected = snippet.replace("渊", "（").replace("冤", "）")
    if "月5" in snippet:
        expected = expected.replace("月5", "B5")
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a Latin word the page writes in ASCII, garbled again elsewhere (lower case too)
        ("就直接装了XP袁还有就是曾责要SP3以上", "就直接装了XP，还有就是xp要SP3以上"),
        # a word of the lexicon across its left edge (装载), none of its letters of high risk
        ("网站上XP驱动也齐全袁装载孕方便多了", "网站上XP驱动也齐全，装XP方便多了"),
        # a word read garbled already (栽悦蕴) is one the page writes too
        ("栽悦蕴集团袁糟燥皂 和 tcl", "TCL集团，com 和 tcl"),
    ],
)
def test_latin_words_the_page_writes_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # a word holds its last letter with the hanzi after it
        "XP 满载孕妇的车",
        # a word across the left edge, and a letter of high risk: no Latin word there
        "or 气候干燥则易起火",
        "BY 本月再去",
        # no page's word: 曾责 is 'once blamed'
        "他曾责其不孝",
    ],
)
def test_hanzi_like_the_page_latin_words_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a lone letter listed with ASCII letters
        ("格式化字符 (葬尧c尧d尧澡尧m)", "格式化字符 (a、c、d、h、m)"),
        ("字母 A-Z 或 a-扎", "字母 A-Z 或 a-z"),
        ("A尧B尧杂尧D 四个等级", "A、B、S、D 四个等级"),
        # a variable spaced between hanzi, on a line with ASCII letters
        ("Excel 以 藻 为底数", "Excel 以 e 为底数"),
    ],
)
def test_letters_listed_with_latin_ones_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a hanzi between spaced ASCII words (mixed text set with spaces)
        ("用 iPhone 遭 FBI 破解", "用 iPhone 遭 FBI 破解"),
        # an interjection after a comma, or 晕 anywhere
        ("买了个XP袁遭", "买了个XP，遭"),
        ("OMG 晕", "OMG 晕"),
        # a hanzi of high risk (月 在 再) listed with letters
        ("NBA尧月尧CBA", "NBA、月、CBA"),
        # a hanzi next to it: no lone letter
        ("维生素A尧阅读", "维生素A、阅读"),
        # spaced between hanzi on a line without ASCII: a byline's padded name
        ("记者 王 泽 报道", "记者 王 泽 报道"),
        ("以 藻 为底数", "以 藻 为底数"),
    ],
)
def test_hanzi_among_latin_words_are_kept(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 再 ends a word of capitals before what 再 'again' never precedes
        ("免去了阅陨再的烦恼", "免去了DIY的烦恼"),
        ("=宰耘耘运阅粤再(NOW())", "=WEEKDAY(NOW())"),
        # 再 starts a capitalised word after no hanzi
        ("「再藻葬则」为整数", "「Year」为整数"),
        # 再 'again' before a verb stays (栽悦蕴 is read alone)
        ("栽悦蕴再进军海外市场", "TCL再进军海外市场"),
        ("栽悦蕴再创佳绩", "TCL再创佳绩"),
    ],
)
def test_y_at_the_edge_of_a_latin_word(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


# -- a token read whole where a part of it is repaired already -----------------------------------
@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a number before its unit's letter
        ("内存是单条圆郧的", "内存是单条2G的"),
        ("床有圆酝宽", "床有2M宽"),
        ("内存圆郧", "内存2G"),
        ("文件在圆郧内存里", "文件在2G内存里"),
        ("每月员郧流量", "每月1G流量"),
        # a model's letters before its number (a word's character beyond them stays: 选择)
        ("FEE杀毒软件遥晕圆愿园的CPU不错", "FEE杀毒软件。N280的CPU不错"),
        ("买了联想栽源圆园园的", "买了联想T4200的"),
        ("之前想选择栽源缘园A", "之前想选择T450A"),
        # between two repaired parts of a word
        ("怎遭怎灶贼怎怨援园源全兼容", "ubuntu9.04全兼容"),
        # a function's or a name's number, a cell's row
        ("Excel 函数 =粤栽粤晕圆(0;0) 返回", "Excel 函数 =ATAN2(0;0) 返回"),
        ("Excel 「耘曾责则藻泽泽蚤燥灶员, 耘曾责则藻泽泽蚤燥灶圆」", "Excel 「Expression1, Expression2」"),
        ("Excel 单元格 (粤员:悦猿)", "Excel 单元格 (A1:C3)"),
        # a word's last letter before a space
        ("郧蚤皂皂蚤糟噪泽 库", "Gimmicks 库"),
        # a code's letter after its number
        ("标牌院匀酝悦缘园员园载渊海马牌冤", "标牌：HMC5010X（海马牌）"),
        # a code's dash (要) once a part of the code is read, and the other part's look-alikes
        ("有野阅灾阅要孕员园冶和野阅灾阅要蕴员园冶两种机型", "有“DVD—P10”和“DVD—L10”两种机型"),
        ("并考虑一台悦阅要砸韵酝驱动器", "并考虑一台CD—ROM驱动器"),
        ("推出匀栽粤要员型和圆型生产线", "推出HTA—1型和2型生产线"),
        ("有野阅灾阅要孕10冶机型", "有“DVD—P10”机型"),
        ("白俄罗斯一架蕴要源员园型客机", "白俄罗斯一架L—410型客机"),
        ("供应商美国悦要悦哉月耘公司", "供应商美国C—CUBE公司"),
        ("标准渊允陨杂冤悦缘缘员圆要员怨愿远测量", "标准（JIS）C5512—1986测量"),
        ("人民币账号院员源源员猿圆要缘缘\n开户银行", "人民币账号：144132—55\n开户银行"),
    ],
)
def test_half_repaired_tokens_are_read_whole(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # Latin and digits in ASCII beside look-alikes: nothing repaired, nothing to extend
        ("存在U盘里", "存在U盘里"),
        ("员工A组", "员工A组"),
        ("圆满G20峰会", "圆满G20峰会"),
        ("源于IBM的技术", "源于IBM的技术"),
        ("IPv4 地址", "IPv4 地址"),
        # a common hanzi before a number: a word of its own (运 再 在 月)
        ("运圆园园吨货物", "运200吨货物"),
        ("再圆园园米就到", "再200米就到"),
        ("在员圆月", "在12月"),
        ("员月员日", "1月1日"),
        # a letter's look-alike before a number and its counter, or between two numbers
        ("孕员圆周时", "孕12周时"),
        ("遭员园次拒绝", "遭10次拒绝"),
        ("扎员园针", "扎10针"),
        ("灶苑源缘援缘万户", "灶745.5万户"),
        ("满员园园赠圆园元", "满100赠20元"),
        # a letter's look-alike counting after a number (three years), no code's letters before it
        ("历时员怨怨愿载", "历时1998载"),
        # 员 苑 源 after a Latin word: a member, an estate, a source
        ("招聘陨栽员和文员", "招聘IT员和文员"),
        ("住在杂韵匀韵苑小区", "住在SOHO苑小区"),
        ("配置赠怎皂源袁然后", "配置yum源，然后"),
        # a word holds the look-alike with the hanzi beyond (存在)
        ("存在哉盘里", "存在哉盘里"),
        # the verb 要 after a code: before a word, a quantity, a high-risk letter, a lower-case name
        ("悦耘韵要员工加班", "CEO要员工加班"),
        ("宰栽韵要求开放市场", "WTO要求开放市场"),
        ("栽悦蕴要远离市场", "TCL要远离市场"),
        ("阅灾阅要员园分钟才能读完", "DVD要10分钟才能读完"),
        ("悦孕哉要圆郧以上", "CPU要2G以上"),
        ("CPU要2G以上", "CPU要2G以上"),
        ("载圆园园要愿个坏点", "X200要8个坏点"),
        ("他的酝月粤要再读两年", "他的MBA要再读两年"),
        ("本月要苑源苑客机", "本月要747客机"),
        ("招聘陨栽要员", "招聘IT要员"),
        # 要员 'the officials' after a name in garbled Latin letters (its letters are no code's)
        ("粤孕耘悦要员出席了会议", "APEC要员出席了会议"),
        ("晕月粤要员昨日抵达上海", "NBA要员昨日抵达上海"),
        # ... and after a name in ASCII: one look-alike digit after the dash that makes 要员 with
        # it is the officials, not a code (HTA要员型: a model's suffix after it, is HTA—1型)
        ("APEC要员将于下周抵达北京", "APEC要员将于下周抵达北京"),
        ("NATO要员访华", "NATO要员访华"),
        ("EU要员表示", "EU要员表示"),
        # ... or before a verb of one hanzi that looks like a capital's (晕 N, 宰 W): one
        # look-alike after the dash is read before a model's suffix or a digit only (HTA—1型),
        # not before a mark, garbled or real, nor at a line's end
        ("戴眼镜看猿阅要晕袁头疼", "戴眼镜看3D要晕，头疼"),
        ("这个悦耘韵要宰了我们袁真黑", "这个CEO要宰了我们，真黑"),
        ("那个晕月粤要晕袁悦耘韵要宰人了", "那个NBA要晕，CEO要宰人了"),
        ("戴眼镜看猿阅要晕，头疼", "戴眼镜看3D要晕，头疼"),
        ("这个悦耘韵要宰，我们", "这个CEO要宰，我们"),
        ("戴眼镜看猿阅要晕\n头疼", "戴眼镜看3D要晕\n头疼"),
    ],
)
def test_look_alikes_beside_tokens_that_are_words_are_kept(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "存在U盘里的文件",
        "员工A组和B组",
        "圆满G20峰会",
        "源于IBM的技术",
        "远程Windows 7系统",
        "运用Excel 2007",
    ],
)
def test_clean_text_with_tokens_is_not_edited(snippet: str) -> None:
    text = f"会议指出：“要抓好落实，{snippet}。”他说，推动发展。"
    assert repair(text) == text


# -- single letters and digits of a manual's formulas and technical prose -------------------------
#: The marks of the texts below and their look-alikes (GB2312 lead byte +0x31).
_MARKS = str.maketrans("，。：“”、", "袁遥院野冶尧")
#: A garbled page of a manual around the snippet (Latin letters on it: LibreOffice).
HELP = (
    "在 LibreOffice 中，输入公式后按回车键。计算结果显示在单元格中，参数用分号分隔。\n{}\n"
    "选择「工具」菜单，然后点击「选项」。函数的参数用分号分隔，文本用引号括起来。"
)


def _code_of(char: str) -> str:
    """The look-alike of the ASCII letter or digit ``char`` (A -> 粤, 0 -> 园)."""
    wanted = chr(ord(char) + FULLWIDTH_OFFSET)
    for hanzi, entry in shift_table().items():
        if entry.symbol in (char, wanted):
            return hanzi
    raise KeyError(char)


def garble(text: str) -> str:
    """``text`` with its marks garbled, and the letters and digits in ``[[…]]`` (set
    full-width on the page) garbled too."""
    text = re.sub(r"\[\[(.+?)\]\]", lambda m: "".join(_code_of(c) for c in m.group(1)), text)
    return text.translate(_MARKS)


def plain(text: str) -> str:
    """``text`` without the ``[[…]]`` that :func:`garble` reads."""
    return text.replace("[[", "").replace("]]", "")


#: Latin words garbled and read on the line: a manual's page, whatever its other lines hold
LATIN_PAGE = "在 [[Calc]] 和 [[Writer]] 中，"
#: A column named in ASCII: a spreadsheet's page
SHEET_PAGE = "选择 A 列后，"


#: Letters and digits of a manual (in ``[[…]]``), garbled and read.
MANUAL_READ = [
    *cases(
        "operand",
        # a lone digit as a function's argument, once the function's name is read
        "「=[[ABS]]([[0]])」返回 0。",
        "「=[[ODD]]([[1]])」返回 1。",
        # a lone letter against an operator, no hanzi beyond it
        "通过方程式「y=a∙[[x]]+[[b]]」进行回归计算。",
        "当 A=TRUE 且 [[B]]=FALSE 时，出现下列结果。",
        "按 Ctrl+[[Z]] 撤销，按 Ctrl+[[B]] 加粗。",
        "如果 [[x]]>0 且 [[y]]<0，则点位于第四象限。",
        # a variable by what stands beside it alone, on a line without any other repair: a
        # comparison, an operator word, an assignment in parentheses, arithmetic of letters
        '[[x]] == "ABC" 或 [[x]] EQ "ABC"',
        "!x 或 NOT [[x]]",
        "x != [[1]] 或 [[x]] [[NEQ]] 1",
        "无效参数 ([[X]]=0)",
        "[[x]] + [[y]] 的值",
        # an operand of a formula editor's word, the other across it: a div b, f toward g
        "建立除式 4 div [[3]] 或 a div [[b]] 时。",
        "输入「a [[widebslash]] [[b]]」或「a [[over]] [[b]]」。",
        "例如「[[f]] toward csub [[g]]」。",
        "示例： 2 POW [[8]] 结果显示为 256，[[0]] OR [[0]] 结果显示为 0。",
        # a letter named with its sibling: joined by 或 和 与, or in the same frame
        "使用「[[X]] 或 Y 误差线」对话框。",
        "您只能在 [[X]] 和 Y 轴方向上旋转。",
        "在「距离 X」和「距离 [[Y]]」框中输入。",
        "并在「[[X]] 变量名称」与「[[Y]] 变量名称」编辑框中输入名称。",
        "返回从原点到点 (数字[[X]]|数字[[Y]]) 的直线。",
        "间隔 [[X]]\n输入水平间距。\n间隔 [[Y]]",
        # the axes of a chart
        "图表的 [[Y]] 轴和 [[x]]轴。",
        "[[X]] 轴标题",
        # ... after a full stop; other nouns a letter names: a coordinate, error bars, a B-spline
        "图表将值显示为 y 轴上的点。[[x]] 轴显示类别。",
        "「NumberX」是 [[x]] 坐标的值。",
        "名为「正X或[[Y]]误差线」，选择「插入 - [[Y]] 误差线」。",
        "选择三次样条或 [[B]] 样条，对 [[B]]-样条 可以设置。",
        # a function name's one-capital part, a temperature's scale, x spaced between numbers, the
        # alphabet as a range
        "「=CONFIDENCE.[[T]](0.05,1.5,100)」返回 0.29，COVARIANCE.[[S]](数据1;数据2)。",
        "高于 30 °[[C]] 的温度为红色。",
        "单精度浮点变量：3.402823 [[x]] 10[[E38]] 到 1.401298 x 10E-45。",
        "第一个字符必须是字母 [[A]]-[[Z]] 或 a-z。",
        # a sheet's column on a page that names one in ASCII
        "点击A列的列标签，然后扩展选区到[[C]]列，请选择[[B]]列的列标签。",
        "在 [[D]] 列中输入，在列 E 中看到年利润，在列 [[F]] 中看到每件的年利润。",
        # letters enumerated with 、
        "时间格式化字符 ([[a]]、[[c]]、[[d]]、s、t) 都可用。",
        "升序排序（如 1、2、3 或 [[a]]、[[b]]、[[c]]）。",
        # a letter alone in quotation marks on a page with Latin letters
        "「[[C]]」是可选的。",
        "例如“[[A]]”、“AB”或“$C:$E”。",
    ),
    *cases(
        "word",
        # a word spelled out whole: a word of the lexicon holds two of its letters only
        "如果程序遇到 [[Return]] 语句之前没有「GoSub」，如下所示：",
        "至少我在[[OFFICE]]里，不会这样说英语。",
        "[[Structured]] Query Language 是一种语言。",
        "Addressbook.[[addresses]].firstname 是字段。",
        "显示为 [[Sunday]] ～ [[Saturday]]，[[kidding]]!",
        # an echo of a word the page writes in ASCII
        "[[Calc]] 中的 [[DDB]] 函数，DDB 返回折旧值。",
        "通过 ODBC、JDBC 驱动或 [[ODBC]]、[[JDBC]] 连接。",
        # a variable spaced between hanzi on a manual's page
        LATIN_PAGE + "您还可以指定每隔 [[n]] 秒更新一次。",
        LATIN_PAGE + "文档将由用户 [[A]] 以读和写入权限打开。",
        LATIN_PAGE + "用 [[x]] 的自然对数除以 n 的自然对数，x 为正数。",
        # ... or after a word that introduces an operand, whatever follows it
        LATIN_PAGE + "如果 [[x]] 是负数，则返回错误，x 为数字。",
        LATIN_PAGE + "参数 [[x]] 必须为正数，x 为数字。",
        LATIN_PAGE + "将 [[x]] 四舍五入，x 为数字。",
        LATIN_PAGE + "设 [[x]] 是任意实数，x 为数字。",
        LATIN_PAGE + "然后数字 [[1]], [[2]], [[3]] 作为 [[x]] 值来计算，x 为正数。",
        # ... or beside a variable the line spaces in ASCII
        LATIN_PAGE + "计算任意数 [[x]] 以 n 为底数的对数。",
        # a common hanzi's variable in quotation marks, the page writing it alone in ASCII
        LATIN_PAGE + "请将变量“[[x]]”的值设置为“0”，x 是数字。",
        # a word joined to a Latin word by _ or -
        "「[[Full]]_[[precision]]」是可选的。",
        "通过网络(包括 [[Wi]]-Fi)进行连接。",
        # a word a space away from the Latin word of the same term
        "返回一项投资的未来值 ([[Future]] [[Value]])。",
        "返回一项投资的未来值 ([[Future]] Value)。",
        # a token of letters and signs the page writes in ASCII elsewhere
        "文件 [[I]]/[[O]] 函数\n使用文件 I/O 函数可以创建文件。",
        "在包含 E-、E+、e- 和 [[e]]+ 的指数前显示减号，仅在包含 [[E]]+ 或 e+ 的指数前显示加号。",
        # a unit of two letters after a number: a font's size, a line's width
        "默认字体大小为 [[12pt]]，选择 0.05 [[pt]] 线条样式。",
        "「Font: 10[[pt]]」切换为 10[[pt]] 字体。",
        # a function's name before its ASCII argument
        "计算第一类 Bessel 函数 [[In]](x)，表示 Bessel 函数 [[Yn]](x) 的次序。",
        # a range of cells written partly in ASCII
        "可以将区域 A[[1]]:[[B2]] 命名为「Start」，区域可以命名为[[A1]]:B2。",
        "以 =SUM(A1:[[B5]]) 的形式显示，表达方式是「$A$[[1]]:$[[B]]$[[2]]」。",
        # a cell made absolute by $, one $ after no hanzi of a word
        "绝对引用，例如 [[A1]], $[[A]]$1, $A1, [[A]]$[[1]]，只有列 [[A]]$1 被转换。",
        # a key's name after its first word in ASCII
        "按 Ctrl+Page [[Up]] 组合键，也可以按住 Page [[Up]] 键和 Page Down 键。",
        # a quoted name's number after a space
        "包括「标题 [[1]]」段落样式，名称为「工作表 [[1]]」到「工作表 3」。",
        "「GoTo [[0]]」：禁用错误处理，将「视图 [[10]]、视图 11、视图 [[12]]」合并。",
        # a number quoted alone in corner brackets
        "如果 B1、B2 和 B3 包含「9」「[[12]]」和「9」，在您输入「[[34]]」作为日期值时。",
        # a digit quoted alone beside a quoted number, right beside it or joined by 和 或 、
        "如果 B1、B2 和 B3 包含「[[9]]」「12」和「[[9]]」，值「[[2]]」「3」和「[[4]]」。",
        "所有「[[1]]」「2」或「6」都被替换，包含「[[9]]」「[[12]]」时。",
        # a text encoded for a URL
        "「=ENCODEURL(A1)」返回 %[[D0]]%B0%D0%[[B2]]%D1%82%[[D0]]%BE，代表一个单词。",
        # an HTML tag's name, a letter's alone before an attribute
        "在开始位置使用<[[h1]]> 标记，在结束位置使用 </[[h]]1> 标记，书签变为 <[[A]] name>。",
        # a function key after an ASCII F; a year left open
        "按「Shift+F[[1]]」查看，当键盘焦点 (F[[6]]) 位于工具栏中。",
        "两位数识别为 20[[xx]] 年，较小的年份表示 [[20xx]] 年。",
        # a function key
        "请按 [[F9]] 键。",
        "[[F7]] 键\n拼写检查",
        # 再 starting a word of capitals
        "「=[[YEAR]](2)」返回 1900。",
        "[[OLIVE]] (黄绿)\n[[YELLOW]] (黄色)",
        # r after a vowel ends a word though a condition opens the clause (Debian's manuals)
        "如果设置了如[[user]]和 guest 选项。",
        "如果你终止[[postmaster]]后又马上重启。",
        # ... and after a consonant where the page writes the word without the r nowhere (an
        # abbreviation: mbr)
        "看了一下硬盘的[[mbr]]和xp的不一样。",
    ),
]


@pytest.mark.parametrize("text", MANUAL_READ)
def test_latin_words_and_letters_of_a_manual_are_read(text: str) -> None:
    assert repair(garble(HELP.format(text))) == HELP.format(plain(text))


#: The same hanzi in a manual's prose: they stay.
MANUAL_PROSE = [
    *cases(
        "operand",
        # a month or a count beside a number across an operator
        "工资5000/月，房租1500/月。",
        "1月=30天，5+月，月+3。",
        # 在 再 曾 words of prose beside operators and spaces
        "在 A1 = 5 时，结果为真。",
        "在 A1 = 5 时结果为真",
        "按 A + 在 中间",
        "使用 NOT 在 公式中取反，在 EQ 函数中比较。",
        # a hanzi beside a formula editor's word in prose: a hanzi on the word's other side,
        # touching the look-alike, or a clause's word
        "用 iPhone 遭 FBI 破解，在 div 遭 破坏。",
        "输入 a div 遭遇 时，a over 再 说。",
        # ... nor a hanzi beside an English word of prose (times, over) on a line with no formula
        "He said 2 times 远 is far, game over 圆 times.",
        "曾 经 沧 海",
        "(月=30天)",
        # the same hanzi beside a sibling letter's look-alike or a letter, in prose
        "「再」和「在」的区别很大。",
        "我 在 这里，我 再 也不来了。",
        "我们 再 和 X 公司谈谈。",
        "负载 和 Y 轴都很重要。",
        # a hanzi beyond the operator, or on the operand's other side
        "价格不错,再来一次,员工很好。",
        "他说,再见!服务员,谢谢。",
        # 轴 in prose: 在 after a hanzi, a word with the hanzi before, 轴承, a space on one side
        "机器安装在轴上，承载轴很重要。",
        "他曾 轴承厂工作过，再 轴也不转了。",
        "他说，再 误差线也没用，在 坐标上标出。",
        # 列 in prose on a page that names a column in ASCII: words after the month, 列 starting one
        "上月列入计划，按月列出，每月列支，A列为名称。",
        # 载 'years' spaced between numbers, a degree apart from 云, a full stop after a hanzi
        "历时 3 载 10 万人参与，气温 20° 云量较多，见说明.杂(二)。",
        # spaced capitals of spaced prose beside 曾 'once'
        LATIN_PAGE + "他 曾 以 A 款为例。",
        # 曾 'once' spaced on a line that spaces a variable: a verb after it, or a line of spaced words
        LATIN_PAGE + "设 n 为正整数，前人 曾 证明此结论。",
        LATIN_PAGE + "我们 曾 讨论过 n 的取值。",
        LATIN_PAGE + "其中 a 为 常数 ， 我 曾 以 他 为 例 。",
        # ... on a page that writes x alone too: a verb after it, or a line of word-segmented prose
        # (jieba's output, a common input of NLP pipelines)
        LATIN_PAGE + "设 n 为正整数，前人 曾 证明此结论，x 是数字。",
        LATIN_PAGE + "他 曾 说过：取 k 个样本即可，x 是数字。",
        LATIN_PAGE + "设 n 为 正整数 ， 他 曾 说 过 这 个 问题 。\nx 是数字。",
        LATIN_PAGE + "设 n 为 正整数 ， 这 曾 是 难题 。\nx 是数字。",
        LATIN_PAGE + "其中 a 为 常数 ， 我 曾 为 他 写 书 。\nx 是数字。",
        LATIN_PAGE + "当 n 很 大 时 ， 人们 曾 认为 无解 。\nx 是数字。",
        LATIN_PAGE + "如果 他 曾 来 过 ， 就 好 了 。\nx 是数字。",
        LATIN_PAGE + "将军 曾 说过此事，x 是数字。",
        # 在 再 曾 before 坐标 in prose: at a line's or a sentence's start, 坐 of 坐标准间
        "在坐标纸上描点。",
        "再坐标变换一次即可。他曾坐标准间。在坐标原点处。",
        # (坐 of 标杆, though the segmenter cuts 坐标 杆)
        "他曾坐标杆旁边。",
        # 列 of prose on a spreadsheet's page: ranked, listed, set out (载列), spaced words
        "中国队名列A组第一，张云列第三位，王悦列个人第二。",
        SHEET_PAGE + "这些权利载列于附表，附件载列的条款。",
        SHEET_PAGE + "月列第一的是李明。",
        SHEET_PAGE + "云列在第一位，杂列其中的名字。",
        SHEET_PAGE + "书架上 排 列 杂 乱 ，他们 并 列 月 度 冠军 。",
        # a degree's sign before a word (云层, 悦耳); the range's hyphen in a slogan
        "气温零下10°云层很低，温度达到30°悦耳的鸟鸣。",
        "粤-在港澳合作。",
        # characters themselves quoted or listed
        "他用一个“悦”字概括。",
        "悦、晕、泽三个字很少见。",
        # prose's lists of hanzi
        "时间按年、月、日排列，早、中、晚各一次。",
    ),
    *cases(
        "word",
        # prose's runs of letters' look-alikes: common hanzi, or words of two
        "他们在云再造了一座新城，早早造好的新船停在港口。",
        "赠阅杂志遭灾，早在月初就停刊了。",
        "本月再运一批救灾物资，上月早造水稻喜获丰收。",
        # a joined run beside a hanzi is a word's
        "您可以将函数编写为早早-ins。",
        # ... or a space away from a Latin word: prose's words and runs of common hanzi
        "我们在云 Linux 上部署，怎则 Value 不变，今天在云怎 Value 上线。",
        # ... or the signs of a token the page writes, beside a hanzi
        "评分为 B+ 或 A-，本月+上月合计，粤-港-澳大湾区，用 I/O 接口读写。",
        # ... or at a line's start, before a mark, or of high-risk letters only (月+: a month's too)
        "做 A/B 测试。\n粤/月 两地的比较",
        "评分为 B+ 或 A-，分 月+、粤- 两档，分 月+ 两档。",
        "他说 (怎则 Value) 是错的，(云怎则 Value) 也是。",
        # a word that crosses the echo's edge
        "内存是 DDR2，证据言之凿凿则无需多言。",
        # a review spaces its words
        LATIN_PAGE + "免费 赠 送一本书。",
        # 曾 'once' spaced, with no Latin letters read on the page
        "他 曾 以 x 为题写过文章。",
        # a common hanzi quoted: no variable the page writes alone, or the character itself
        LATIN_PAGE + "点击“则”框，再点击“云”平台，x 是数字。",
        LATIN_PAGE + "他用一个“曾”字概括，x 是数字。",
        # a gloss in parentheses after a hanzi; a word before a range
        "我们 再(again) 试一次，请在(A1)中输入。",
        "截至本月1:B3 为止。",
        # look-alikes of high risk alone before an ASCII argument (再在 'then at'): no function's
        # name
        "请在(x)处填入数值，再在(y)处填入数值。",
        # a hanzi after a range whose second cell is all look-alikes (月圆 the full moon, 在园区 'in
        # the park'), or making a word with its last (员工)
        "展位A1:在园区东门，请参观。",
        "场次C[[3]]:月圆之夜，欢迎观看。",
        "展位A1:B员工通道，请参观。",
        # a placeholder in angle brackets
        "日期格式为<年>-<月>-<日>，用 <员工> 和 <月 份> 表示。",
        # percent signs beside a byte of hanzi alone (豫园 the Yu Garden)
        "增长了5%，豫园%的游客来自外地。",
        # an amount in dollars after a word (no cell B$100)
        "房租每月$100，每月$5 的会员。",
        # a quoted word across a space (a line's break joined, letter-spaced text), or a source
        "他是「共产党 员」，去了「植物 园」，「公 园」很美，使用「软件 源」。",
        # a hanzi quoted alone far from a quoted number, a character discussed, a word or a
        # nickname quoted
        "在“源”列表中选择，“怨”字和“苑”字，“圆圆”都很好，“远远”不够，“远缘”杂交。",
        # ... or near a quoted number, or in news quotes (a brand, a nickname), in corner brackets
        # a nickname doubled; a person's name spaced from the given name
        "赶到“圆”梦小区，获得“10”分，观众高喊“远”一点，商标“苑园”和公司“圆缘”。",
        "她的网名叫「圆圆」，主角叫“司马 远”，「欧阳 圆圆」和“上官 苑”。",
        # characters quoted alone in corner brackets beside each other, beside no quoted number
        "「圆」「缘」二字，「源」和「远」同音，「圆」或「10分」。",
        # ... nor beside one quoted number alone: two words compared, no list of values
        "情人节的关键词是「缘」和「[[520]]」，他写下了「圆」和「[[100]]」两个词。",
        "「缘」、「[[520]]」都是热词，「圆」「[[100]]」两种写法。",
        "「缘」、「520」都是热词，「圆」「100」两种写法，「圆」和「100」。",
        # ... nor in a list said to be of characters (字 before it, 这几个字 after it)
        "三个字「园」「[[12]]」和「员」，「圆」「[[12]]」和「缘」这几个字。",
        # a hanzi after the key's number; 曾曾 of a great-great-grandfather
        "A员工和F员工，他的曾曾祖父生于 1900 年。",
        # 再 'again' before a word of capitals in prose
        "先检查内存，再[[CPU]]。",
        "先装系统，再[[USB]]接口。",
        # 则 'then' of a clause that 如 or 而 opens, after a word ending in a consonant (no word
        # ends in sr, pr: Debian's manuals)
        "如设为[[yes]]则以 root 身份调用。",
        "而&+[[group]]则相反，先在 NIS 网络组中查找。",
        # ... or after a word the page writes without the r elsewhere (则是 'is, for its part')
        "[[pap]]-[[secrets]] 给 PAP 使用，[[chap]]-[[secrets]]则是给[[CHAP]]使用的。",
        "这里使用 Xaw 部件集，[[Xaw]]则是 Athena 的部件。",
        # hanzi a space from a Latin word that make a common word (早早 'early'): no Latin word
        "更多信息请参见 Linux 扎扎早早，还有 [[Future]] [[Value]]。",
        # 则 after a comma opens a clause of prose, whatever operator follows (a glob's *)
        "如果安装桌面文件，则 *.[[desktop]] 文件放在这里。",
    ),
]


@pytest.mark.parametrize("text", MANUAL_PROSE)
def test_the_same_hanzi_in_prose_stay(text: str) -> None:
    assert repair(garble(HELP.format(text))) == HELP.format(plain(text))


@pytest.mark.parametrize(
    "text",
    [
        # the comma after 的 before a Latin word: 的 may end a phrase before a name (年长的袁德胜),
        # but no given name is a word in Latin letters
        "[[4499]]的时候买入的，[[ATI3470]]的独立显卡",
        "驱动竟然只有[[Vista]]的，[[XP]]的驱动还要去网站下载",
    ],
)
def test_the_comma_before_a_latin_word(text: str) -> None:
    assert repair(garble(garbled(text))) == REPAIRED.format(plain(text))


#: A garbled review's opening line (its marks garbled: the page is a garbled one).
REVIEW_HEAD = "地理位置很好，步行到火车站只要十分钟，房间也很干净。"


@pytest.mark.parametrize(
    ("page", "expected"),
    cases(
        "letters",
        # a list's item letters at line starts, beside the item before or after it (one in
        # ASCII, or one on each side, or two on one side)
        (
            "不足嘛：\n粤、厕所比较小；\nB、餐饮无商务套餐；\n悦、窗户隔音效果比较差。\nD、结账太慢。",
            "不足嘛：\nA、厕所比较小；\nB、餐饮无商务套餐；\nC、窗户隔音效果比较差。\nD、结账太慢。",
        ),
        (
            "缺点：\n粤.早餐种类少；\n月.房间隔音差；\n悦.停车不方便。",
            "缺点：\nA.早餐种类少；\nB.房间隔音差；\nC.停车不方便。",
        ),
        # a blood type's letter, where the page writes such a type in ASCII letters
        (
            "大多数都是月型人，而我是AB型。在月型人的社会中，粤型总会显得有点怪异。",
            "大多数都是B型人，而我是AB型。在B型人的社会中，A型总会显得有点怪异。",
        ),
    ),
)
def test_letters_of_list_items_and_blood_types_are_repaired(page: str, expected: str) -> None:
    assert repair(founder_garble(REVIEW_HEAD + "\n" + page)) == REVIEW_HEAD + "\n" + expected


@pytest.mark.parametrize(
    "page",
    cases(
        "hanzi",
        # lines that start with those hanzi as words (粤菜, 月亮, 悦耳)
        "我们去了很多地方。\n粤菜很好吃，价钱也不贵。\n月亮很圆，风景很美。\n悦耳的歌声传来。",
        # one neighbour alone, itself a look-alike: 粤、港 and 月、日 are words listed
        "那几天：\n粤、港两地往来很方便；\n月、日两天都在下雨。",
        # 半月型 a shape, 月型号 no type; and no type in ASCII beside 月型
        "湖是一个半月型的湖，形状像B型的字母。本月型号更新了。",
        "测试的结果是月型人格，当时觉得不靠谱。",
        # a list has one A: the letters after it, in ASCII, are the list's (粤、港、澳 listed
        # before them, 粤、桂、湘 after C)
        "粤、港、澳三地的合作始于哪一年？\nA、1997年\nB、1999年\nC、2003年",
        "下列哪个省份简称是粤？\nA、广东\nB、广西\nC、湖南\n粤、桂、湘三省相邻。",
        # ... and in its order: 月 after B, or after A and C, is no B; 晕 after M and O no N
        "下列说法正确的是：\nA、春天\nB、夏天\n月、日、年的顺序是什么？",
        "优点：\nA、位置好\nB、服务好\n缺点：\n月、日用品不全。",
        "选择题：\nA、猫\nC、狗\n月、日写法不同。",
        "M、大\nO、小\n晕、吐、头痛是常见症状。",
        "A：你好\nC：再见\n月：今晚的月亮真圆。",
        # lines of single hanzi listed, in the order of A B C: words, no items
        "粤、港、澳\n月、日、年\n悦、乐、喜",
    ),
)
def test_hanzi_like_list_letters_and_blood_types_are_kept(page: str) -> None:
    assert repair(founder_garble(REVIEW_HEAD + "\n" + page)) == REVIEW_HEAD + "\n" + page
