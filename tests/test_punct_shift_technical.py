"""punct-shift on technical prose: words jieba's dictionary lacks (公钥 野值 野指针), a common
surname before 尧 that a list of one surname would leave (由王尧签字, a byline's end), and
Debian's Simplified Chinese manuals, garbled: 源 (a software source) after a Latin word is no
digit 4 of an identifier (unstable源，experimental源); 钥 of 私钥 and 秘钥 (a private, a secret
key), words jieba counts rarely or lacks, is no ？ at a line's end or before a space; 则 'then'
after a comma of formula prose is no operand r (若 x=1, 则 y=2), found by writing formula prose
after the LibreOffice held-out score counted one 则 changed (its text unread). A Latin name's
digits are still read (Dialog员 Dialog1)."""

import pytest

from tests.test_punct_shift import REPAIRED, cases, garbled_context, garbled_rows, kept_rows, repair


@pytest.mark.parametrize(
    "snippet",
    [
        # mappings/punct_shift_words.tsv: jieba counts 公钥 0, lacks 野值 and 野指针
        "您可以把此公钥与认证中心网站上发布的公钥进行比较",
        "程序会用签名者的公钥核对校验和",
        "管理员导出一个公钥",
        # a surname before 尧 after a word a list follows, and no surname after it
        "测试报告由王尧签字确认",
        "本手册由袁立新、叶青和王尧共同编写",
        # a word holding the closing parenthesis' look-alike after the opening one's as a hanzi
        # (an abyss, a given name), before a mark
        "他跌入深渊含冤",
        "唐朝的李渊含冤",
        "他为好友周渊含冤",
    ],
)
def test_real_words_and_names_are_kept(snippet: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize("word", ["野值", "野指针"])
def test_a_listed_word_at_a_line_start_is_kept(word: str) -> None:
    text = garbled_context("") + f"\n{word}是一个术语袁请注意遥"
    assert f"\n{word}是一个术语，请注意。" in repair(text)


def test_a_name_at_a_bylines_end_is_kept() -> None:
    text = garbled_context("") + "\n本报记者曹照琴谢国明王尧\n天蓝海碧袁绿树成荫遥"
    assert "\n本报记者曹照琴谢国明王尧\n天蓝海碧，绿树成荫。" in repair(text)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the marks next to the listed words are still repaired
        ("公钥遥私钥袁密钥", "公钥。私钥，密钥"),
        # a list of surnames goes on: 张、王、李
        ("张尧王尧李三人", "张、王、李三人"),
        # a list of places after 和 (义和庄 holds 和): 、 after a surname-like 庄 is kept
        ("东营尧沾化县的义和庄尧河北黄骅", "东营、沾化县的义和庄、河北黄骅"),
        # single-hanzi items that make a word together (毛皮): a list, not a surname
        ("与毛尧皮制品", "与毛、皮制品"),
        # a listed word paired with its closer is the quotation (野值冶 is “值”)
        ("所谓野值冶袁是指", "所谓“值”，是指"),
        ("称为野指针冶袁它", "称为“指针”，它"),
        ("它的野值冶和野类型冶", "它的“值”和“类型”"),
        # Debian's manuals: 源 a software source after a Latin word, 钥 of a key before a space
        *cases(
            "debian",
            ("主要使用unstable源袁但包含了experimental源", "主要使用unstable源，但包含了experimental源"),
            ("用户的 RSA 私钥", "用户的 RSA 私钥"),
            ("在本地生成授权秘钥 对", "在本地生成授权秘钥 对"),
            # a keyring (jieba lacks 钥环)
            ("来查找钥环袁如果你的钥环不在", "来查找钥环，如果你的钥环不在"),
        ),
        # 则 'then' after a comma of a formula's prose, not the operand r
        *cases(
            "formula-then", ("若 x=1, 则 y=2", "若 x=1, 则 y=2"), ("如果 A1>0,则 返回 TRUE", "如果 A1>0,则 返回 TRUE")
        ),
        # 再 'again' and 在 'at' spaced around a plus in prose, a hanzi beyond each: no y + z
        *cases("prose-plus", ("他说 再 + 在 不行", "他说 再 + 在 不行")),
        # a name's digit, a key's letter, a function's argument
        *cases(
            "latin-read",
            ("把 Dialog员 改名", "把 Dialog1 改名"),
            ("按 Ctrl+在 撤消", "按 Ctrl+Z 撤消"),
            ("公式 =粤月杂(园) 返回", "公式 =ABS(0) 返回"),
        ),
        # a mark shown beside its name, alone in parentheses and in a run of look-alikes (this
        # file has as many real marks as look-alikes, at most: it reads as a page quoting them)
        *cases(
            "mark-shown",
            *garbled_rows(
                "以逗号（，）而非分号 (;) 分隔函数",
                "千位分隔符（，）、小数点（.）、通配符 # 和问号（？）",
                "请将文字通过双引号（“”）括起来",
            ),
        ),
        # a short parenthetical whose closer a word holds (含 'holding' and the closer's look-alike
        # make a word, 'wronged'); the word kept where no opening mark stands before it: above
        *cases("word-held-close", *garbled_rows("介于 0 与 1 之间（不含）的数值", "值在 0 到 1 范围（含），而")),
        # a manual's glossary of operators: a colon alone between spaces after a line's sign; not
        # after a list's bullet before letter-spaced prose (院 长 'the dean'), nor after a sign no
        # glossary defines (a mail's quotation, a heading, an ellipsis), nor on a glossary of one
        # line or of one sign
        *cases("glossary", *garbled_rows("\n= ： 等于\n<> ： 不等于")),
        *cases(
            "glossary-kept",
            *kept_rows(
                "\n- 院 长 致 辞",
                "\n> 院 长 说",
                "\n> 院 长说",
                "\n# 院 系介绍",
                "\n... 院 内的花开了",
                "\n: 院 落很大",
                "\n~ 院 子里很安静",
                "\n= 院 子里很安静",
                "\n> 院 长说\n> 院 办通知",
            ),
        ),
    ],
)
def test_marks_around_them_are_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


BYLINE_PAGE = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶\n成功运行遥\n渊{}冤\n莫把入股当集遥"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # a byline of names run together in parentheses at a line end keeps its 袁 (surname)
        ("陈杰袁志彬吴建秀", "陈杰袁志彬吴建秀"),
        ("江西宜春地委袁志成", "江西宜春地委袁志成"),
        ("袁亚平", "袁亚平"),
        # no given name after 袁: a clause in parentheses, its comma repaired
        ("见下表袁共三项", "见下表，共三项"),
        ("详见附件袁请查阅", "详见附件，请查阅"),
        # names parted by commas (two of them, or a full name after it): the commas repaired
        ("张伟袁李明袁王芳", "张伟，李明，王芳"),
        ("新华社记者王强袁李明", "新华社记者王强，李明"),
    ],
)
def test_a_byline_in_parentheses_keeps_its_surname(byline: str, expected: str) -> None:
    assert f"\n（{expected}）\n" in repair(BYLINE_PAGE.format(byline))
    # the same with Windows line ends: the byline ends its line before \r\n as well
    assert f"\n（{expected}）\r\n" in repair(BYLINE_PAGE.format(byline).replace("\n", "\r\n"))


#: A garbled Latin word read beside the snippet: the witness that the page sets Latin letters
#: full-width, which a word of one letter of mappings/latin_words.tsv needs (悦盘 C盘).
LATIN_WITNESS = ("袁装了载孕系统", "，装了XP系统")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        *cases(
            "drive",
            ("硬盘只分了一个悦盘", "硬盘只分了一个C盘"),
            ("有人评价悦盘太大", "有人评价C盘太大"),
            ("要把所有东西放在悦盘里", "要把所有东西放在C盘里"),
            ("想要把阅盘再分", "想要把D盘再分"),
            ("耘盘空间不够了", "E盘空间不够了"),
            ("他把哉盘插上", "他把U盘插上"),
            ("糟盘不分区很让人郁闷", "c盘不分区很让人郁闷"),
        ),
        # the same shape holding words: the letter's look-alike in a word with the hanzi before
        # (喜悦 审阅 愉悦 悠哉 乱糟糟), 盘 in one with the hanzi after (盘旋 盘点 盘算 盘腿 盘子),
        # 悦 a given name (after a surname, 小, or doubled) before 盘 the verb (盘着 盘下 盘了
        # 盘起), 云盘 (a cloud drive: F盘 is no word of the table) and 凿 (d盘 neither)
        *cases(
            "drive-kept",
            *(
                (snippet, snippet)
                for snippet in (
                    "心中的喜悦盘旋不去",
                    "他认真审阅盘点表",
                    "工人开凿盘山公路",
                    "文件存在云盘里",
                    "王悦盘着腿坐在床上",
                    "小悦盘起头发",
                    "耕耘盘活了这片土地",
                    "龙颜大悦盘中餐都吃光了",
                    "张悦盘下了这家店",
                    "李阅盘问了几句",
                    "她愉悦盘算着明天的计划",
                    "取悦盘踞一方的军阀",
                    "和悦盘坐在蒲团上",
                    "翻阅盘古开天地的神话",
                    "乱糟糟盘子堆在一起",
                    "真糟盘子全碎了",
                    "石匠凿盘石",
                    "悠哉盘腿而坐",
                    "陈悦盘了一家店",
                    "悦悦盘着腿看电视",
                    "我们要把阅盘活",
                    "一团糟盘点不清",
                )
            ),
        ),
    ],
)
def test_a_drives_letter_before_its_disk(snippet: str, expected: str) -> None:
    garbled, repaired = LATIN_WITNESS
    assert repair(garbled_context(snippet + garbled)) == REPAIRED.format(expected + repaired)


@pytest.mark.parametrize("snippet", ["硬盘只分了一个悦盘", "想要把阅盘再分"])
def test_a_drives_letter_alone_needs_a_witness(snippet: str) -> None:
    # (one letter alone is weak evidence: no other Latin letter garbled on the page)
    assert repair(garbled_context(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a surname or 小 that ends a word with the hanzi before it (本周 上周 也许 从小) and the
        # colour 黄 name nobody: the letter after it is read as main reads it (the review of recall26)
        ("本周粤股和月股都涨了袁上周粤股跌了", "本周A股和B股都涨了，上周A股跌了"),
        ("本周粤股市场震荡袁月股表现较好", "本周A股市场震荡，B股表现较好"),
        ("夏天穿一件黄栽恤", "夏天穿一件黄T恤"),
        ("也许悦盘要清理一下", "也许C盘要清理一下"),
        # a surname or 小 beginning a name: the given name stays
        ("王悦盘着腿坐在床上", "王悦盘着腿坐在床上"),
        ("李月超过了他", "李月超过了他"),
    ],
)
def test_a_surname_ending_a_word_names_nobody(snippet: str, expected: str) -> None:
    garbled, repaired = LATIN_WITNESS
    assert repair(garbled_context(snippet + garbled)) == REPAIRED.format(expected + repaired)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        *cases(
            "review-term",
            ("粤面是暗银色", "A面是暗银色"),
            ("强烈推荐悦面的纹路", "强烈推荐C面的纹路"),
            ("但阅面触摸板的部位容易脏", "但D面触摸板的部位容易脏"),
            ("晕卡相对粤卡", "N卡相对A卡"),
            ("比起栽系列来厚重了一些", "比起T系列来厚重了一些"),
        ),
        # the same shape holding words: a word across the letter's edge (粤面馆 喜悦 愉悦 翻阅
        # 审阅 面前 面试 面色 卡顿 卡住), a given name (小月 王悦), 月 in a word (岁月 每月)
        *cases(
            "review-term-kept",
            *(
                (snippet, snippet)
                for snippet in (
                    "粤面馆的面很好吃",
                    "喜悦面对每一天",
                    "他露出愉悦面容",
                    "翻阅面前的文件",
                    "认真审阅面试名单",
                    "玩久了头晕卡顿很严重",
                    "头晕卡住了不想动",
                    "小月面色红润",
                    "王悦面带微笑",
                    "岁月面前人人平等",
                    "每月面试一次",
                )
            ),
        ),
    ],
)
def test_a_laptops_faces_cards_and_series(snippet: str, expected: str) -> None:
    garbled, repaired = LATIN_WITNESS
    assert repair(garbled_context(snippet + garbled)) == REPAIRED.format(expected + repaired)
