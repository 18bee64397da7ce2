"""punct-shift: evidence from the marks around a look-alike (found on People's Daily, 1998).

Each rule has the case it was written for and cases that must still be repaired.
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import cases, repair

#: A garbled paragraph before the case, so that the document reads as garbled.
GARBLED = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶\n"
REPAIRED = "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”\n"


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # a weak look-alike right after a strong one that it cannot follow (no ，：)
        ("雨渐渐停歇袁院外的玉兰树青翠欲滴遥", "雨渐渐停歇，院外的玉兰树青翠欲滴。"),
        ("目前袁院图书馆已经联网遥", "目前，院图书馆已经联网。"),
        # 、 and ： end no quotation or title
        ("医院大力倡导野科技兴院冶袁先后添置了设备遥", "医院大力倡导“科技兴院”，先后添置了设备。"),
        ("野走吧袁冶他说袁野天快黑了遥冶", "“走吧，”他说，“天快黑了。”"),
        ("第二项中增加野站内的设施曰冶遥", "第二项中增加“站内的设施；”。"),
        # no clause starts with 的 了 着 们
        ("财政经济院的官员说袁对这些机构要整顿遥", "财政经济院的官员说，对这些机构要整顿。"),
        ("驻足在几步之遥的一位汉子遥", "驻足在几步之遥的一位汉子。"),
        ("他说院的确如此遥", "他说：的确如此。"),
        ("他说院了解情况很重要遥", "他说：了解情况很重要。"),
        # a title holds no title: of two openers, the one that reads as the mark
        ("所画叶红叶苍鹰曳袁其爪部力抓树干遥", "所画《红叶苍鹰》，其爪部力抓树干。"),
        ("叶叶圣陶文集曳出版了遥", "《叶圣陶文集》出版了。"),
        # ... two side by side: the first opens, the second is the surname the title starts with,
        # where the first makes no word with the hanzi before it (电影叶: none; 红叶 is the leaf)
        ("电影叶叶问曳上映了遥", "电影《叶问》上映了。"),
        ("甄子丹主演的叶叶问曳袁很好看遥", "甄子丹主演的《叶问》，很好看。"),
        ("他写了叶叶挺将军曳一书遥", "他写了《叶挺将军》一书。"),
        ("满山红叶叶秋色曳展出遥", "满山红叶《秋色》展出。"),
        # ... a closer doubled too is a title typed with doubled marks, as a review types them
        ("从叶叶白夜行曳曳到叶叶幻夜曳曳袁都很好看浴浴", "从《《白夜行》》到《《幻夜》》，都很好看！！"),
        # ... and after a surname or a hanzi that ends no word, the first 叶 is a name's or a word's
        ("张叶叶春天曳是一篇好文章遥", "张叶《春天》是一篇好文章。"),
        ("秋叶叶静美曳展出遥", "秋叶《静美》展出。"),
        ("我看了叶叶问曳袁很感动遥", "我看了《叶问》，很感动。"),
        # a （ opened inside a title and not closed in it
        ("孤本叶德吴宗教渊流曳袁还有叶西藏历代法典曳遥", "孤本《德吴宗教渊流》，还有《西藏历代法典》。"),
        ("叶西藏渊续编冤曳出版遥", "《西藏（续编）》出版。"),
        # a sentence does not start with a one-character clause ended by ；
        ("一曰野羞于启齿冶遥\n二曰野维希有功冶遥", "一曰“羞于启齿”。\n二曰“维希有功”。"),
        ("上劳动课袁免曰开会听报告袁免曰甚至连团组织生活遥", "上劳动课，免；开会听报告，免；甚至连团组织生活。"),
        # a clause or closing mark never starts a line (a byline: the author 袁鹰)
        (
            "但得夕阳无限好要要与菡子书\n袁鹰\n去年冬天作协召开大会遥",
            "但得夕阳无限好——与菡子书\n袁鹰\n去年冬天作协召开大会。",
        ),
        # a ” that closes nothing, inside a line
        ("群众节约用水袁上冶镇过去秋种用水很多遥", "群众节约用水，上冶镇过去秋种用水很多。"),
        ("他说院野我们一定能干好遥冶", "他说：“我们一定能干好。”"),
        # no clause ends with the preposition 跟 (but one ends with 为由)
        ("野怎么样袁跟袁和平拍武戏袁比你那部戏好吧遥冶", "“怎么样，跟袁和平拍武戏，比你那部戏好吧。”"),
        ("以工作需要为由袁拒绝纠正遥", "以工作需要为由，拒绝纠正。"),
        ("把叶社会周刊曳办好遥", "把《社会周刊》办好。"),
        # a full name that stands elsewhere without 袁 before it: the 袁 is a comma
        (
            "他是厂里的高级工程师袁刘我成曾有过发明遥\n四年来袁刘我成先后为乡镇企业筹资遥\n村支部书记刘我成遥",
            "他是厂里的高级工程师，刘我成曾有过发明。\n四年来，刘我成先后为乡镇企业筹资。\n村支部书记刘我成。",
        ),
        ("工程师袁建国说袁技术是关键遥", "工程师袁建国说，技术是关键。"),
        # a 叶 closed by a 曳 opens a title, after 的 or 和 as anywhere (the name rules are for 袁)
        ("歌唱家演唱的叶春之声曳袁把人们带到了春天遥", "歌唱家演唱的《春之声》，把人们带到了春天。"),
        ("叶水浒传曳必须高于叶三国演义曳的另一方面遥", "《水浒传》必须高于《三国演义》的另一方面。"),
        ("据叶洛杉矶时报曳和叶华盛顿邮报曳透露遥", "据《洛杉矶时报》和《华盛顿邮报》透露。"),
        ("记者叶建华报道袁树上的叶子落了遥", "记者叶建华报道，树上的叶子落了。"),
        # an unclosed “ after a colon opens a quotation of several paragraphs
        ("唐国强回答院野我们将坚定不移地贯彻方针袁继续努力遥", "唐国强回答：“我们将坚定不移地贯彻方针，继续努力。"),
        ("他指示部供应司野要搞好生活用品的供应遥", "他指示部供应司野要搞好生活用品的供应。"),
        # a list of three-character names: its commas stand four apart
        (
            "选举袁马国良尧谭方之尧曹亚范尧沈根荣尧王玉柱为委员遥",
            "选举，马国良、谭方之、曹亚范、沈根荣、王玉柱为委员。",
        ),
        ("政委冀尧峰说袁要抓好落实遥", "政委冀尧峰说，要抓好落实。"),
    ],
)
def test_context(garbled: str, expected: str) -> None:
    assert repair(GARBLED + garbled) == REPAIRED + expected


# -- a line of a garbled text is clean when it holds real Chinese marks and no look-alikes read as
# marks. Its ASCII marks show nothing: the garble never touches ASCII, so a garbled line keeps the
# half-width marks its writer typed (孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类:). A line of full-width marks is
# still clean, and a clean text with ASCII marks is still no garbled one --------------------------
LINES = [
    # a manual's heading, its colon half-width
    *cases(
        "ascii-colon-heading",
        ("孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类:", "Python Session 会话类:"),
        ("蕴蚤遭则藻韵枣枣蚤糟藻 月葬泽蚤糟 类:", "LibreOffice Basic 类:"),
    ),
    # a review's exclamation mark, typed half-width
    *cases("ascii-exclamation", ("好评!价格便宜袁性价比高袁送货也快遥", "好评!价格便宜，性价比高，送货也快。")),
    # a row of a price list
    *cases("price-row", ("价格:员圆园园元,颜色:白色", "价格:1200元,颜色:白色")),
    # its real words judged as on any garbled line
    *cases("real-words", ("附:市人民医院尧学院路小学的联系人袁建国", "附:市人民医院、学院路小学的联系人袁建国")),
    # real Chinese marks and no look-alike read as a mark: the line is clean
    *cases(
        "real-marks-clean",
        *[
            (line, line)
            for line in (
                "孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类：",
                "附件：袁明的简历，员工登记表。",
                "附:市人民医院、学院路小学的联系人袁建国",
            )
        ],
    ),
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_a_line_is_read_by_its_marks(line: str, expected: str) -> None:
    assert repair(GARBLED + line) == REPAIRED + expected


@pytest.mark.parametrize(
    "text",
    [
        "好评!价格便宜,性价比高,送货也快。袁明说:院子里的员工都满意!",
        "孕赠贼澡燥灶 杂藻泽泽蚤燥灶 会话类:\n使用 Python shell。",
    ],
)
def test_a_clean_text_with_ascii_marks_is_no_garbled_one(text: str) -> None:
    assert repair(text) == text
