"""Digits in informal and technical text (reviews, forums, manuals) under the punctuation-shift
garble: the numbers of a list's items (⏎员.环境优雅⏎圆.服务热情), each written both ways: the
garble the stage must repair and clean text with the same hanzi as words that it must keep."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import cases, founder_garble, garbled_rows, kept_rows, repair

#: A garbled review paragraph around each snippet (its marks show the garble).
HEAD = "这家酒店我住过两次袁总的来说还可以遥价格也算公道袁下次还会考虑遥"
HEAD_REPAIRED = "这家酒店我住过两次，总的来说还可以。价格也算公道，下次还会考虑。"


def _digit_lookalikes(text: str) -> list[str]:
    """The digits' look-alikes in ``text``, in order: a kept row's output must hold them all."""
    return [c for c in text if c in "员圆猿源缘远苑愿怨园"]


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # items at line starts, numbered with an ASCII full stop (the mark is ASCII, so ungarbled)
        (
            "优点院\n员.环境优雅袁绿化很好\n圆.服务员很热情\n猿.免费接送机服务",
            "优点：\n1.环境优雅，绿化很好\n2.服务员很热情\n3.免费接送机服务",
        ),
        # one garbled item beside a real one: the real 1. numbers the list too
        ("缺点院\n1.按摩电话太多\n圆.没有免费的矿泉水", "缺点：\n1.按摩电话太多\n2.没有免费的矿泉水"),
        # items inside a paragraph, after a colon and a semicolon, with 、
        (
            "两点不足院员尧我订了两晚房间袁第二天却没有房了曰圆尧大床房没有标准间大遥",
            "两点不足：1、我订了两晚房间，第二天却没有房了；2、大床房没有标准间大。",
        ),
        # after a sentence's end, with ）'s look-alike 冤 (read as the item's parenthesis)
        ("原因有几个院员冤画面简单遥圆冤故事平淡遥", "原因有几个：1）画面简单。2）故事平淡。"),
        ("几点不足院\n员冤卫生间有臭味曰\n圆冤早餐种类太少遥", "几点不足：\n1）卫生间有臭味；\n2）早餐种类太少。"),
        # labels in ASCII (ungarbled) closed by 冤 with no （: 1） 2） a）
        ("几点不足院\n1冤卫生间有臭味曰\n2冤打的不方便", "几点不足：\n1）卫生间有臭味；\n2）打的不方便"),
        ("两点建议院\n  a冤早餐多些品种\nb冤加快退房", "两点建议：\n  a）早餐多些品种\nb）加快退房"),
        # a list's first item after a colon (real or garbled, on its line or ending the line
        # before), with no neighbour the list numbers: 1 stands alone after a colon in no word
        ("缺点院员尧隔音效果太差袁另外一个房间很吵遥", "缺点：1、隔音效果太差，另外一个房间很吵。"),
        ("投诉理由院员.不知四还是五星的宾馆", "投诉理由：1.不知四还是五星的宾馆"),
        ("感觉同它的星级相差很远院\n员遥没有门童遥", "感觉同它的星级相差很远：\n1。没有门童。"),
        # two-digit items
        ("还有两点院\n怨.早餐一般\n员园.停车收费", "还有两点：\n9.早餐一般\n10.停车收费"),
        # after a comma or a space
        ("不足袁源、到达那两天下雪袁缘、服务一般遥", "不足，4、到达那两天下雪，5、服务一般。"),
        ("位置好 圆.环境太吵 猿.早餐一般遥", "位置好 2.环境太吵 3.早餐一般。"),
        # an item whose look-alike makes a word with the line before (天圆) between the items
        # one less and one more at line starts; an item between the two next to it, its mark changed
        *garbled_rows(
            "1、只有DOS系统，装XP搞了我半天\n2、外观和图片不符\n3、没有包",
            "3.电视是天线。\n4.房间很脏。\n5，地点太远，要打的！\n6.早餐一般。\n7.门口是铁板。",
            # a first item whose look-alike makes a word with the heading before it (店⏎员),
            # with the items 2 and 3 after it at line starts
            "福建山水大酒店\n1、看来还是有道理的，服务不错；\n2、早餐不错；\n3、二楼的餐饮值得推荐；",
        ),
    ],
)
def test_list_items_are_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + "\n" + garbled) == HEAD_REPAIRED + "\n" + expected


def test_list_item_after_a_garbled_full_stop_at_a_line_end() -> None:
    # 遥⏎远尧 is 。⏎6、: a line that ends a sentence breaks no word (遥远) over the line break
    # (the marks' reading leaves that 遥 a doubt: only the numbers are checked here)
    out = repair(HEAD + "\n不给进去遥\n远尧网络很慢遥\n苑尧没有热水遥")
    assert "\n6、网络很慢。\n7、没有热水。" in out


@pytest.mark.parametrize(
    "garbled",
    [
        # a line broken inside a word (人⏎员, 团⏎圆): the look-alike ends the word, no item
        "前台的工作人\n员，他们都很热情遥年夜饭大家吃得很团\n圆，饭后还去散步遥",
        # one item alone: nothing numbers it (⏎员， may be the rest of 人员 on the line before)
        "服务还不错遥\n员，大家可以放心遥",
        # 远、 after a colon with no item 5 or 7 near: a word (远、近 are far and near)
        "房间的位置院远、近都有袁看你选哪间遥",
        "距离有远有近袁远、近都可以遥",
        # ... nor any first item but 1 (round and square), nor after 院 of a word (a hospital)
        "模具的形状院圆、方都有遥",
        "他住进了医院\n员，大家都来看他遥",
    ],
)
def test_list_items_kept(garbled: str) -> None:
    out = repair(HEAD + "\n" + garbled)
    kept = [c for c in garbled if c in "员圆猿源远"]
    assert [c for c in out if c in "员圆猿源远12345"] == kept


@pytest.mark.parametrize(
    ("clean", "broken_word"),
    [
        ("1、加强对管理人\n员、技术人员的培训，提高服务水平；\n2、完善各项规章制度。", "人\n员、"),
        ("5、坚持长\n远、全局的眼光；\n6、统筹兼顾。", "长\n远、"),
        ("1、春节期间组织家庭团\n圆、走访慰问等活动；\n2、加强值班值守。", "团\n圆、"),
        # ... before 2、 and 3、 where an item 1 stands before it (a list has one 1), or where it
        # breaks a longer word (管理人⏎员: 管理人员)
        ("招聘要求：\n1、具有三年以上工作经验的管理人\n员、技术人员优先；\n2、身体健康；\n3、有责任心。", "人\n员、"),
        ("本次共招聘管理人\n员、工人若干名，具体要求：\n2、身体健康；\n3、有责任心。", "人\n员、"),
        ("说明如下：\n第一，管理人\n员、技术人员\n2、身体健康\n3、有责任心", "人\n员、"),
    ],
)
def test_a_word_broken_beside_a_list_is_no_item(clean: str, broken_word: str) -> None:
    # a hard-wrapped line broken inside a word (人⏎员, 长⏎远, 团⏎圆) beside a list: one
    # neighbour, or an item that repeats a number, says no item (the list's own items are read)
    out = repair(HEAD + "\n" + founder_garble(clean))
    assert broken_word in out


#: The digits and their look-alikes (the kept tests compare these only: a garbled 。 before a
#: word such as 遥远 is the marks' concern).
DIGITS = "0123456789园员圆猿源缘远苑愿怨"


@pytest.mark.parametrize(
    ("garbled", "expected"),
    cases(
        "colon-inside-a-paragraph",
        # items numbered with a colon after a sentence's end, as with 、 or ．
        *garbled_rows(
            "两点不足：1：隔音太差。2：早餐很少。3：价格太贵。",
            "优点如下：\n1：性能强劲。2：没有散热问题。\n3：光驱很好，无噪音。",
        ),
    )
    + cases(
        "no-mark",
        # items written with no mark at all: a row counted on from 1
        *garbled_rows(
            "这是我住过最差的酒店了。\n1前台对位置不熟悉。\n2问有否无烟房。\n3酒店结帐时有电话消费。\n4让酒店洗衣。",
            "很不满意！\n1酒店比较偏　打车不方便　2酒店楼上很吵。3前台接待态度生硬。",
            "1噪音有点高 2还是有点重 3外壳容易留下手印 4装XP费了半天劲",
        ),
    ),
)
def test_list_items_inside_a_paragraph_are_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + "\n" + garbled) == HEAD_REPAIRED + "\n" + expected


@pytest.mark.parametrize(
    ("clean", "_"),
    kept_rows(
        # sentences that start with a digit's hanzi making no word with what follows (愿你, 怨我):
        # two in a row, three in a row not from 1, one between the items of a list with marks
        "愿你们一切顺利。怨我没有说清楚。",
        "\n苑区有花\n愿你好\n怨我吧\n园子里",
        "优点：\n1、环境好\n2、服务好\n7、位置好。愿大家都能住得开心。\n9、交通好。",
        # a list's items that make words (员工, 圆了, 远处, 源头)
        "员工很热情。圆了多年的梦想。远处的山很美。源头是一条小河。",
        "愿意来的人\n圆桌会议\n猿猴\n源头",
        # a line broken inside a word (团圆, 人员) among a list's items with another mark
        "1、年夜饭大家吃得很团\n圆，饭后还去散步。\n3、早餐一般。",
        "1、前台的工作人\n员，都很热情。\n2、早餐一般。\n3、位置好。",
    ),
)
def test_sentences_starting_with_a_digits_hanzi_kept(clean: str, _: str) -> None:
    out = repair(founder_garble(HEAD_REPAIRED + "\n" + clean))
    assert [c for c in out if c in DIGITS] == [c for c in HEAD_REPAIRED + clean if c in DIGITS]


@pytest.mark.parametrize(
    ("garbled", "expected"),
    cases(
        "counted-on",
        # two numbers counted on before a counter: the second one more than the first
        *garbled_rows(
            "电视只能收到4，5个频道。",
            "硬盘用了4，5天就坏了。",
            "过去5、6天了，还没消。",
            "服务生说是23，24楼是公寓楼。",
        ),
    ),
)
def test_numbers_counted_on_are_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + garbled) == HEAD_REPAIRED + expected


@pytest.mark.parametrize(
    ("clean", "_"),
    kept_rows(
        # the first after an adverb or a word (太远 too far, 有缘, 愿 willing): no count
        "离这里太远，7个小时才到。",
        "我们愿，9个人都愿意。",
        "有缘，6个人一起去。",
        "能源、5个项目都完成了。",
        # the second starting a word (远处), or 多 after a number that is not round (远多于)
        "走了5、远处有山。",
        "排名第5，远多于去年。",
    ),
)
def test_numbers_counted_on_kept(clean: str, _: str) -> None:
    out = repair(founder_garble(HEAD_REPAIRED + clean))
    assert [c for c in out if c in DIGITS] == [c for c in HEAD_REPAIRED + clean if c in DIGITS]


def test_clean_list_untouched() -> None:
    clean = "优点：\n1.环境优雅，绿化很好。员工很热情。\n2.离公园很近，来源可靠。\n工作人\n员，他们都很好。"
    assert repair(clean) == clean


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # a time of day: hours, a colon (real or garbled) and two digits of minutes
        ("我们晚上员园院猿园左右回到宾馆遥", "我们晚上10：30左右回到宾馆。"),
        ("施工时间为愿院园园－圆园院园园袁非常抱歉遥", "施工时间为8：00－20：00，非常抱歉。"),
        ("半夜圆:园园还能听到走廊的声音遥", "半夜2:00还能听到走廊的声音。"),
        # a screen's ratio: one side in digits, or both of two digits
        ("屏幕是员远院9的袁没有员远院员园的看着舒服遥", "屏幕是16：9的，没有16：10的看着舒服。"),
        # a look-alike beside a hanzi it makes no word with (院长 is a word, 长员 none)
        ("医院院长员园院猿园到达遥", "医院院长10：30到达。"),
        # hours that are a word (圆圆, a name) after a time of the day, before garbled minutes
        *garbled_rows("晚上22:30左右入住，前台很冷淡。"),
        # an hour a wait lasts until (到 才 before it; 以后 多 after 点), and 半夜 before one
        *garbled_rows("要到6点以后才能入住。", "一直看到2点多才放下睡觉。", "半夜2点居然有人敲门。"),
        # hours that make a rare word with the hanzi before them (fulfilling a vow, a garden of
        # heaven) before a colon and two digits of minutes, garbled or not
        ("施工到了愿院猿园还没停遥", "施工到了8：30还没停。"),
        ("本酒店针对每天园远院00点以后入住的宾客遥", "本酒店针对每天06：00点以后入住的宾客。"),
    ],
)
def test_times_and_ratios_are_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + garbled) == HEAD_REPAIRED + expected


@pytest.mark.parametrize(
    "garbled",
    [
        # a colon after a word that ends in a look-alike: 会员 人员 来源, no hour
        "本店会员院园区的员工遥工作人员院圆满完成任务遥",
        "资料来源院远方的朋友遥",
        # ... before a time's minutes too: 员 of 会员 is no hour
        "本店会员院30元一位遥工作人员院45人遥",
        # minutes that make a word with what follows (园区, 员工) or are a word (源源)
        "开放时间院员园院员园区内禁止吸烟遥",
        "供应院愿院源源不断遥",
        # hours past 24 or minutes past 59 with every digit garbled: no time
        "编号院猿远院远远遥",
        # a real digit before the colon: 圆点 and 缘分 stay words (no time of 分 or 点)
        "图1：圆点图案遥",
        "关键词3：缘分遥",
        # 到 before 远点 (a bit farther) or 圆点 (a dot) and a word after 点 (后面 前面): no hour
        *(founder_garble(clean) for clean in ("请大家站到远点后面去。", "把光标移到圆点前面。", "走到远点的地方看。")),
        # ... or after a verb of moving or finding (到 reaches a place): 远点 圆点 源点 before 后 前
        *(founder_garble(clean) for clean in ("找到圆点后，双击它。", "大家挪到远点后，我再按快门。")),
        *(founder_garble(clean) for clean in ("光标移到圆点前，再按回车。", "读到圆点以后，程序换行。")),
        *(founder_garble(clean) for clean in ("站到远点左右两边都能看见。", "找到源点后再计算。")),
        # no night has 6 o'clock
        *(founder_garble(clean) for clean in ("深夜远点的山上有火光。", "半夜远点的村子里还亮着灯。")),
    ],
)
def test_colons_between_words_kept(garbled: str) -> None:
    assert _digit_lookalikes(repair(HEAD + garbled)) == _digit_lookalikes(garbled)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # inches of a screen and steps: counters read after two or more look-alikes
        ("买了一台员源寸的本本袁很轻遥", "买了一台14寸的本本，很轻。"),
        ("进去最多走员园步就到了遥", "进去最多走10步就到了。"),
    ],
)
def test_inches_and_steps_are_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + garbled) == HEAD_REPAIRED + expected


@pytest.mark.parametrize(
    "garbled",
    # 方寸 远步: after one look-alike 寸 and 步 are no counters; 远远 is a word, 步行 starts one
    ["心中方寸已乱遥", "他走远步子也不停遥", "他远远步行过来遥"],
)
def test_inch_and_step_words_kept(garbled: str) -> None:
    assert _digit_lookalikes(repair(HEAD + garbled)) == _digit_lookalikes(garbled)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # a hotel's stars (one to five), before 星 and before 星级
        ("酒店是最近才升为源星的袁不过感觉还行遥", "酒店是最近才升为4星的，不过感觉还行。"),
        ("完全不够缘星级的标准遥", "完全不够5星级的标准。"),
        # 圆 before 星级: a rank, not round (圆星 is a round star)
        ("房间也就是圆星级标准遥", "房间也就是2星级标准。"),
        # a battery's cells, nights, times, cups
        ("电池只是猿芯而已袁不够用遥", "电池只是3芯而已，不够用。"),
        ("三月住了源晚袁感觉不错遥", "三月住了4晚，感觉不错。"),
        # 圆, round, before 晚 after a stay: two nights
        *garbled_rows("观景大床房，住了2晚。", "否认已确认的订单（连住2晚以上房价）。"),
        ("儿子没听够袁结果讲了缘遍遥", "儿子没听够，结果讲了5遍。"),
        # 缘分钟 is 5分钟 where nothing before 缘 makes a word with it (路缘 is none)
        ("走路缘分钟就能到遥", "走路5分钟就能到。"),
        # 圆号楼 is 2号楼 (圆号, the horn, is no building)
        ("我们是住圆号楼顶层遥", "我们是住2号楼顶层。"),
        # counters in traditional characters (號樓 個 樓 層)
        *garbled_rows("住的標準間，在1號樓的2層。", "這次在此住了9個晚上。", "住客可在6樓用早餐。"),
        # 第 before a counter: 第源本 is 第4本 though 源本 is a word
        ("这是系列图书的第源本袁写得很好遥", "这是系列图书的第4本，写得很好。"),
        # a hotel's rank after 有 (有源 is a word, but a rare one before 星以上 and 星级)
        *garbled_rows("只有4星以上才有暖空调。", "我们希望能有4星以上的水准。"),
    ],
)
def test_informal_counts_are_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + garbled) == HEAD_REPAIRED + expected


@pytest.mark.parametrize(
    "garbled",
    [
        # the look-alike ends a word with what stands before it
        "夜里望着遥远星空袁心里很平静遥",
        "数据来源星期一才更新遥",
        founder_garble("数据来源星级评定。"),
        "两个人有缘分钟情于彼此遥",
        # the counter starts a word with what follows it (星期 芯片 晚上)
        "服务员星期天休息遥",
        "电源芯片坏了遥",
        "他走得远晚上才回来遥",
        # six or more stars: no hotel's
        "夜空中远星闪烁遥",
        # 圆 is round before a noun these counters also are
        "这款圆杯很漂亮遥",
        "天上一颗圆星遥",
        "采用圆芯电缆遥",
        # 圆 ending a clause before 晚 but after a stay (月圆, 梦圆)
        founder_garble("中秋月圆晚风很凉。"),
        founder_garble("梦圆晚了十年。"),
        # right after an ASCII digit: a number is set in one width, so the look-alike continues
        # none (1980远一晚 is no 19806一晚, 12000远超 no 120006超)
        "一共1980远一晚的房间袁很不值遥",
        "房价涨到12000远超预期遥",
    ],
)
def test_informal_counter_words_kept(garbled: str) -> None:
    assert _digit_lookalikes(repair(HEAD + garbled)) == _digit_lookalikes(garbled)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # a version's or a model's number right after its Latin letters
        ("装了XP SP猿袁DDR猿的内存遥", "装了XP SP3，DDR3的内存。"),
        ("要按F圆进入BIOS设置遥", "要按F2进入BIOS设置。"),
        ("可以用光盘启动ghost员员使用遥", "可以用光盘启动ghost11使用。"),
        # a number before its unit in Latin letters
        ("又加了圆G内存袁现在用着还行遥", "又加了2G内存，现在用着还行。"),
        ("只要员园MB的空间遥", "只要10MB的空间。"),
        ("实际酒店到古城距离圆km左右遥", "实际酒店到古城距离2km左右。"),
        # a lone 员 源 远 before one letter after a verb of an amount or a mark: no role there
        ("性能过得去袁加员G内存用上两三年遥", "性能过得去，加1G内存用上两三年。"),
        ("原装鼠标袁送员G内存条遥", "原装鼠标，送1G内存条。"),
        ("第三袁员G内存少点遥", "第三，1G内存少点。"),
        # (after an adverb and a word: 太小 is no 太6)
        ("内存太小袁只有远G遥", "内存太小，只有6G。"),
        # ... or after a particle, a counter or a coverb that no role ends in
        ("内存是两条员G袁标配的员G也够用遥", "内存是两条1G，标配的1G也够用。"),
        ("圆G内存跟员G差不了多少钱遥", "2G内存跟1G差不了多少钱。"),
        # the version after a name that takes one: 苑 after Win is Windows 7, 源 after COD 4
        *garbled_rows("又装了WIN7，很快。", "现在朋友是win7和xp双系统。", "COD4需要把特效都关掉。"),
        # ... its Latin letters garbled too (宰陨晕 is WIN, 憎蚤灶凿燥憎泽 windows)
        ("装宰陨晕苑驱动可以自动搜索遥", "装WIN7驱动可以自动搜索。"),
        ("在憎蚤灶凿燥憎泽苑系统下袁网卡驱动有问题遥", "在windows7系统下，网卡驱动有问题。"),
        # a unit's garbled letter before memory: g (早) there only, G (郧) after 员 of a word too
        ("而且还赠送员早内存袁1早显存遥", "而且还赠送1g内存，1g显存。"),
        ("显存会变成员郧显存袁很牛遥", "显存会变成1G显存，很牛。"),
        # ... but 早 before no memory is breakfast
        ("价钱不算高渊258元包2早冤遥", "价钱不算高（258元包2早）。"),
    ],
)
def test_latin_codes_and_units_are_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + garbled) == HEAD_REPAIRED + expected


@pytest.mark.parametrize(
    "garbled",
    [
        # 源 after Latin letters is a source (RSS源, YUM源), 园 a garden (A园区)
        "换个YUM源再装袁RSS源也能订阅遥",
        "我们在A园区三楼办公遥",
        # a look-alike that starts a word with what follows (员工, 圆满) or a word of its own
        "公司的IT员工都很专业袁Q圆满完成了遥",
        # 苑 after Latin letters: an estate (碧水苑A苑, CBD苑), but after Win a version
        "住在B苑三单元遥",
        "CBD苑小区的房价又涨了遥",
        "他住在SOHO苑遥",
        # before a unit, a look-alike that ends a word (会员G卡 is no 1G), or a lone 员 源 远
        # before one letter: roles the lexicon lacks end in 员 (快递员M码, 点菜员T恤)
        "办了会员G卡遥",
        "给快递员M码的衣服遥",
        "点菜员T恤很好看遥",
        "他后来变成员G组的组长遥",
        # after COD, 源 that starts a word (源码) stays
        founder_garble("这是COD源码。"),
        # after a versioned name, a look-alike that names none of its versions: 'far', a source
        *(founder_garble(clean) for clean in ("Windows远比Linux难用。", "COD远没有战地好玩。")),
        founder_garble("安装windows源需要管理员权限。"),
        # ... its Latin letters garbled too
        "宰陨晕远比蕴蚤灶怎曾难用遥",
        # a unit's garbled letter before no memory after 员 of a word (a group's member)
        "他后来变成员郧组的组长遥",
        # after an adverb of degree a lone look-alike is an adjective (太远 too far), whatever
        # Latin letters follow it
        "键盘设计不太合理袁ctrl键太远 泽澡蚤枣贼键太短遥",
        "键盘手感很圆 阅耘蕴键也小遥",
    ],
)
def test_latin_neighbours_kept(garbled: str) -> None:
    assert _digit_lookalikes(repair(HEAD + garbled)) == _digit_lookalikes(garbled)


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # a screen's aspect ratio with every digit garbled
        ("笔记本是员源寸的袁员远:怨的屏幕遥", "笔记本是14寸的，16:9的屏幕。"),
        # an item whose text starts with a digit look-alike in a word (2.员工: no decimal 2.1)
        ("说明院\n员.先备份\n2.员工统一安装遥", "说明：\n1.先备份\n2.员工统一安装。"),
    ],
)
def test_ratio_and_item_before_word(garbled: str, expected: str) -> None:
    assert repair(HEAD + garbled) == HEAD_REPAIRED + expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # minutes before 分 or 点, though 缘分 and 园点 are words
        ("凌晨园猿院源缘分抵达本酒店遥", "凌晨03：45分抵达本酒店。"),
        ("直奔餐厅袁员苑院猿园点完菜遥", "直奔餐厅，17：30点完菜。"),
        # the next part of a date or a time written in ASCII digits
        ("发票是2009-5-圆圆开的遥", "发票是2009-5-22开的。"),
        ("订单14:43:猿源出库遥", "订单14:43:34出库。"),
        # the smaller number of a range or a choice whose larger number is in digits, before a
        # unit (有缘 after a verb of an amount: 有5-6年)
        ("对于已经有缘-6年工作经验的我来说遥", "对于已经有5-6年工作经验的我来说。"),
        ("一直在员圆和14寸间犹豫遥", "一直在12和14寸间犹豫。"),
        # or before 之间, the larger number in ASCII digits or of a number's shape
        ("函数返回园到1之间的小数遥", "函数返回0到1之间的小数。"),
        ("值的范围在园到圆缘缘之间遥", "值的范围在0到255之间。"),
        # ... but a range has numbers at both ends or none: where 远 after 到 stays a hanzi
        # (远之, 远方), 缘 before it is no number either
        ("数值在缘到远之间遥", "数值在缘到远之间。"),
        ("有缘到远方去遥", "有缘到远方去。"),
        # a round number before 几 or 后
        ("即便是猿园几岁也不晚遥", "即便是30几岁也不晚。"),
        ("作为愿园后袁我很喜欢遥", "作为80后，我很喜欢。"),
        # a range of two garbled numbers before a unit, joined by hyphens or by a garbled
        # full-width hyphen-minus (－ is 原) or dash (—— is 要要)
        *garbled_rows("给成长时期（10--18岁）的女孩子看。", "你们每天9---21时才接电话。"),
        *((founder_garble(clean).replace("－", "原"), clean) for clean in ("适合1－3岁的宝宝。", "早晨6－7点就开工。")),
        (founder_garble("2——10岁是什么意思？").replace("—", "要"), "2——10岁是什么意思？"),
        # ... the hyphen-minus doubled (－－ is 原原), and after a smaller number in ASCII digits
        (founder_garble("也就是2－－3星的水平。").replace("－", "原"), "也就是2－－3星的水平。"),
        ("目录尧1原5页都缺了遥岛上要低1原圆度遥", "目录、1－5页都缺了。岛上要低1－2度。"),
        # ... but not before a price (6, formerly 8 yuan), nor where no number follows (原则)
        ("特价6原8元袁第3原则遥", "特价6原8元，第3原则。"),
    ],
)
def test_minutes_dates_and_round_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + garbled) == HEAD_REPAIRED + expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    cases(
        "month-and-day",
        # a day after its month, before 日, 号 or a time of the day (a review drops 日 there)
        ("下单是6月员愿下午袁19号下午到的货遥", "下单是6月18下午，19号下午到的货。"),
        ("我是6月圆愿号上午到的遥", "我是6月28号上午到的。"),
        # a month of two look-alikes whose first ends a word (人员): the month is the second
        ("工作人员员月8日到岗遥", "工作人员1月8日到岗。"),
        # a month before its day, though a word ends in it (遥远 渊源: 。6月, （4月; the marks'
        # reading leaves 遥 and 渊 before the number a doubt: only the numbers are checked)
        *garbled_rows("\n6月26日预订的房间。", "\n6月5号收到一张发票。", "不严谨。（4月5日晨补）"),
    ),
)
def test_months_and_days_are_numbers(garbled: str, expected: str) -> None:
    out = repair(HEAD + garbled)
    assert [c for c in out if c in DIGITS] == [c for c in HEAD_REPAIRED + expected if c in DIGITS]


@pytest.mark.parametrize(
    ("garbled", "expected"),
    cases(
        "volumes",
        # the volumes of a series named in titles (叶曳 are 《》): the first two, or one in digits
        (
            "从叶藏地密码员曳到叶藏地密码圆曳袁希望叶藏地密码猿曳好看遥",
            "从《藏地密码1》到《藏地密码2》，希望《藏地密码3》好看。",
        ),
        ("买了<<求医不如求己1>>和<<求医不如求己圆>>各一本遥", "买了<<求医不如求己1>>和<<求医不如求己2>>各一本。"),
    ),
)
def test_volumes_of_a_series_are_numbers(garbled: str, expected: str) -> None:
    assert repair(HEAD + garbled) == HEAD_REPAIRED + expected


@pytest.mark.parametrize(
    "garbled",
    [
        # a title with a digit's hanzi alone; two titles ending in different ones, not 1 and 2
        "叶圆梦曳和叶圆梦续曳都好看遥",
        "叶天涯远曳和叶天涯缘曳是两首歌遥",
        "叶花好月圆曳和叶花好月缘曳是两部戏遥",
        "叶梦回3曳与叶梦回远曳遥",
    ],
)
def test_titles_ending_in_a_digits_hanzi_kept(garbled: str) -> None:
    assert _digit_lookalikes(repair(HEAD + garbled)) == _digit_lookalikes(garbled)


@pytest.mark.parametrize(
    "garbled",
    [
        # a lone day that makes a word with what follows (圆号, the horn)
        "10月圆号演奏会很好听遥",
        # no day after the month: words (愿望 圆满) after it
        "6月的愿望实现了遥6月圆满完成了任务遥",
    ],
)
def test_month_and_day_words_kept(garbled: str) -> None:
    assert _digit_lookalikes(repair(HEAD + garbled)) == _digit_lookalikes(garbled)


@pytest.mark.parametrize(
    "garbled",
    [
        # after an ASCII number and a sign, a look-alike that starts a word (员工 远程 圆满)
        "前10-员工中袁第2-远程组圆满完成遥",
        # a word of two look-alikes after one sign (远远), not a date's day
        "超出2-远远不够遥",
        # before a range's dash and a larger number in digits: a word ending in the look-alike
        # (资源), a lone one before 和 (公园和2个: 园 ends 公园 too), a word of two (远远)
        "资源-5类的东西遥公园和2个商场都很近遥远远和15个比遥",
        # 原 after a word that ends in the look-alike (资源原, 公园原): "formerly", no range
        founder_garble("资源原有三个。公园原有两个门。"),
        # two look-alikes before a choice's 和: none starts with 0 (园园 a child's name, no 00),
        # and the same one twice (a name said twice) takes a dash or a tilde only
        "放学后遥园园和14个小朋友一起玩袁很开心遥员员和12个同学比赛遥",
        # 园后 after a word that ends in the look-alike before it (人员 公园)
        "工作人员园后的草坪上休息遥",
    ],
)
def test_chains_and_round_words_kept(garbled: str) -> None:
    assert _digit_lookalikes(repair(HEAD + garbled)) == _digit_lookalikes(garbled)


def test_a_sentence_after_a_list_in_real_digits_keeps_its_first_hanzi() -> None:
    # 远 after item 5 in real digits, with no item 7 after it, starts a sentence (远在郊区)
    items = "\n1房间很干净\n2服务很好\n3早餐不错\n4位置方便\n5价格合理\n"
    out = repair(HEAD + items + "远在郊区袁打车不便遥")
    assert out == HEAD_REPAIRED + items + "远在郊区，打车不便。"
