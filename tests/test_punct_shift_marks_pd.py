"""punct-shift: garbled marks of People's Daily (January 1998, dev half) read in context: the
single dash between two names (要 = —), and the real words that must stay."""

from __future__ import annotations

import pytest

from cleaner import lexicon
from tests.test_punct_shift import REPAIRED, garbled_rows, repair
from tests.test_punct_shift import garbled_context as garbled


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a single 要 between two proper names is the dash that joins them
        ("双方讨论了格鲁吉亚要阿布哈兹冲突问题", "双方讨论了格鲁吉亚—阿布哈兹冲突问题"),
        ("据俄通社要塔斯社报道", "据俄通社—塔斯社报道"),
        ("推动中国要东盟合作", "推动中国—东盟合作"),
        ("开通纽约要北京航线", "开通纽约—北京航线"),
        # a predicate after the second name, but a chain of names or a news source
        ("开通纽约要北京要东京航线将缩短行程", "开通纽约—北京—东京航线将缩短行程"),
        ("据新华社要塔斯社报道", "据新华社—塔斯社报道"),
        ("河北张北要尚义地区", "河北张北—尚义地区"),
        # inside a name the dictionary knows without the dash (道琼斯)
        ("昨天道要琼斯指数下跌", "昨天道—琼斯指数下跌"),
        # a transliterated place, no person, before a province's name (KwaZulu-Natal)
        ("南非夸祖鲁要纳塔尔省省长恩古巴尼", "南非夸祖鲁—纳塔尔省省长恩古巴尼"),
        # a list of pairs of one-character names that share the first, before what they share
        ("举行的美要以尧美要巴首脑会晤事宜", "举行的美—以、美—巴首脑会晤事宜"),
    ],
)
def test_dash_between_names_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        # the verb 要, between a subject and a verb or a clause
        "中国要发展经济",
        "各地要加强管理",
        "只要美国缴纳会费",
        "全国各主要城市",
        "好像有一个大火山要爆发",  # 火山爆发 is a word of the dictionary, but no name
        "我们要求对方",
        "这件事很重要",
        "北京要建设成为现代化城市",
        # 要 = "demand": a predicate after the second name (or a short word after it)
        "日本要韩国尽快答复",
        "美国要朝鲜政府停止试验",
        # ... and a leader who demands of a province
        "卡斯特罗要哈瓦那省各级政府加强防灾",
        "曼德拉要夸祖鲁省政府停止暴力",
        # ... and a list of objects of the verb (no shared noun after them)
        "他要我和他要你做好准备",
        "美要以和巴两国首脑会晤",
    ],
)
def test_verb_yao_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


def test_proper_names_of_the_dictionary() -> None:
    assert lexicon.is_proper_name("格鲁吉亚")
    assert lexicon.is_proper_name("道琼斯")
    assert not lexicon.is_proper_name("要求")
    assert not lexicon.is_proper_name("发展")


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # after a role, what follows 袁 starts with no character of given names: a clause
        ("村里配齐了服务员袁人员尧经费尧待遇都已落实", "村里配齐了服务员，人员、经费、待遇都已落实"),
        ("在人大任职的领导成员袁由本人写出辞呈", "在人大任职的领导成员，由本人写出辞呈"),
        ("组织了一批科技人员袁赴山区开展活动", "组织了一批科技人员，赴山区开展活动"),
        ("同行的还有几位记者袁到宾馆附近走访", "同行的还有几位记者，到宾馆附近走访"),
        # before a speech verb, or after a word that needs an object: the same
        ("那是去年冬天袁当我说明来意时", "那是去年冬天，当我说明来意时"),
        ("父亲一夜之间愁坏了袁话也说不清楚", "父亲一夜之间愁坏了，话也说不清楚"),
        ("经常到家里看望袁说起往事就流泪", "经常到家里看望，说起往事就流泪"),
        # after a noun for a person, a common word starts the clause: no given name
        ("中央军委副主席迟浩田上将袁国务院外办主任出席", "中央军委副主席迟浩田上将，国务院外办主任出席"),
        ("来访的客人是一位上将袁国务院总理会见了他", "来访的客人是一位上将，国务院总理会见了他"),
        ("许多人登记为选民袁另外袁还有一万多人", "许多人登记为选民，另外，还有一万多人"),
    ],
)
def test_comma_before_a_clause_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "车间主任袁建国同志",
        "技术员袁明华说",
        "检验员袁晓梅向市民介绍",
        "总经理袁立新说",
        "年轻人袁小燕每天都来",
        "后卫袁浩然的表现",
    ],
)
def test_name_after_role_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a common surname and two more hanzi before a rank: a full name (袁 + three would be four)
        # (before a civil title only a doubt: 主任袁王秀英同志, a husband's surname first, 冠夫姓)
        ("总参谋长袁黄文明中将任总政治局主任", "总参谋长，黄文明中将任总政治局主任"),
        # the two hanzi after 袁 start a clause elsewhere: a full name of their own
        ("比赛结束后袁刘婷告诉记者袁她很满意遥刘婷今年十八岁", "比赛结束后，刘婷告诉记者，她很满意。刘婷今年十八岁"),
    ],
)
def test_full_name_after_comma_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "副主任袁王刚同志",  # the title right after two hanzi: 袁王刚 is the name
        "总经理袁文明说遥文明城市创建",  # 文明 is a word: it may start a clause without being a name
        "技术员袁金山说遥金山寺香火旺",
        "技术员袁晓明说遥晓明今年三十岁",  # 晓 is no common surname
    ],
)
def test_name_with_surname_yuan_is_kept(snippet: str) -> None:
    repaired = repair(garbled(snippet))
    assert repaired == REPAIRED.format(snippet.replace("遥", "。"))


@pytest.mark.parametrize(
    "snippet",
    [
        # 院 ends a word of two or three characters before it (舞剧院, 保健院): the institution
        "省歌舞剧院芭蕾舞团来到村里",
        "市妇幼保健院西藏分院的医生",
    ],
)
def test_institution_yuan_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("他说院野我们一定能完成任务遥冶", "他说：“我们一定能完成任务。”"),
        ("会议决定院从明年起实行新办法", "会议决定：从明年起实行新办法"),
    ],
)
def test_colon_yuan_is_still_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the source typed the closing quotation mark as an opening one: “…“ garbled 野…野
        ("正在建设中的野书画一条街野在全省首屈一指", "正在建设中的“书画一条街“在全省首屈一指"),
        ("家家户户都要贴野门神野的原因", "家家户户都要贴“门神“的原因"),
        # the second closes the quotation: a comma may follow it
        ("处理好两者的关系袁野一切为了病人野袁走出一条新路", "处理好两者的关系，“一切为了病人“，走出一条新路"),
    ],
)
def test_quotation_opened_twice_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "到野外考察野生植物",  # words hold both
        "他在野多年野心不改",
    ],
)
def test_two_ye_in_words_are_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 院 after a word that introduces what follows is the colon (though 下院 道院 are words)
        ("这一周的安排如下院第一天参观工厂", "这一周的安排如下：第一天参观工厂"),
        ("他不无感慨地回忆道院第一次进城时", "他不无感慨地回忆道：第一次进城时"),
        ("她笑着告诉他院今年已经七十岁了", "她笑着告诉他：今年已经七十岁了"),  # (告诉我院: 我院 is a word, a doubt)
        # ... and after a heading of a list's item or part, or the count of the items (三院 and
        # 部分院 are no words there)
        *garbled_rows(
            "\n原因之三：管理弊端多",
            "\n误区三：交通肇事后，不注意保护现场",
            "\n案例五：袁某申请再审案",
            "\n第三部分：圆满完成全年任务的几点保障措施",
            "。原因之二：资金不足",
            "增长率低于上一年度的原因有三：首要原因是不利的气候条件",
            "使用方法有三：一、稀释；二、喷洒",
            # (a heading's text that starts with a word or an anonymised party)
            "\n第一章：总则",
            "\n第二节：基本要求",
            "\n案例二：叶某诉某医院医疗损害责任纠纷",
            "\n案例四：某村民委员会与叶某承包合同纠纷",
            # (... or with a common word of one hanzi: 院水 院再 are no words)
            "\n第二章：水的循环",
            "\n第三章：我的家乡",
            "\n第一节：山的形成",
            "\n第二节：在路上",
            "\n原因之一：钱不够用",
            "\n第一章：大数据时代",
            "\n第六章：再出发",
        ),
        # ... and after an editor's note or a dateline's report, whatever follows (院办, 院长)
        *garbled_rows(
            "\n编者按：办任何事情，做任何工作，都应实事求是",
            "\n本报长沙1月10日电记者吴兴华报道：长沙市公安部门认真整顿",
            "\n本报讯记者薛原、李林报道：长期以来",
        ),
        # ... and after a verb of an inscription before the words it quotes (书院 is a word)
        *garbled_rows(
            "有一块巨匾，上书：“祖国荣誉高于一切”",
            "匾上书：“明德”二字",
            "湖上书：“观澜”四个大字",
            "江上书：“听涛”，笔力雄健",
        ),
    ],
)
def test_colon_after_an_introducing_word_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    "snippet",
    [
        "会上宣布院长人选",  # 院长 starts with the hanzi
        "学校规定院内不准停车",
        "上海交通大学医学院",
        # a hospital by its number, and 院 of a word after a heading
        "他在北医三院工作，后来调到市三院",
        "\n原因之三院长说得很清楚",
        "\n第三部分院校的建设",
        "常用的方法有三院联合会诊",
        # a report a sentence tells of, no dateline
        "\n据新华社电记者报道院长已经辞职",
        "\n本报记者张林报道院长辞职一事",
        # 上书院 before no quotation: to attend an academy, a letter to the dean
        "他小时候上书院读书",
        "后来他上书院长请求回乡",
        "周末我们去上书院野餐",  # 野 of a word, no quotation closes
        # 上书院 (上 'on': 江上 城上) before a quotation that names the academy and goes on (的
        # 建 有 已经), not one of an inscription (二字, 四个大字, a mark)
        "江上书院“听涛”的匾额很有名",
        "湖上书院“观澜”建于明代",
        "村上书院“尚德”有三百年历史",
        "城上书院“望江”已经修复",
        "坡上书院“紫阳”香火很旺",
        # a report with no dateline (致电, 来电, 通讯记者), and 院 of a word after a dateline's
        # report or an editor's note before what starts no word (长王, 方表, 长的)
        "\n他致电记者王林报道院方的回应",
        "\n去年那次来电记者没有报道院里的事",
        "\n这位通讯记者多次报道院长的事迹",
        "\n特约通讯记者王林报道院士大会今天开幕",
        "\n新华社北京3月1日电记者张华报道院长王明说",
        "\n本报讯记者李明报道院方表示",
        "编者按院长的讲话值得一读",
        # the three institutes counted before a word 一 starts, not the first item
        "这个问题有三院一起研究解决",
        "措施有三院一直坚持",
        "做法有三院一体化管理",
        "问题有三院一把手负责",
        # 院 of a word after a heading (院情 院企 院徽 院地): what follows starts no word
        "\n第一部分院情简介",
        "\n第三部分院企合作",
        "\n第五部分院徽释义",
        "\n做法三院企合作",
        "\n措施三院地合作",
        # ... or where the colon would leave a hanzi alone (史 回顾, 训 与, 地 共建, 外 心脏骤停): no
        # common word alone, a particle, or a word after 院
        "\n第一章院史回顾",
        "\n第二章院训与校风",
        "\n第二节院训解读",
        "\n措施一院地共建",
        "\n案例二院外心脏骤停的救治",
        "\n第一节院名由来",
        "\n第一章院报简介",
        "\n第三章院花与院树",
        "\n第二节院后随访",
    ],
)
def test_yuan_after_an_introducing_word_in_a_word_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("虽然我年纪小袁但我早就知道", "虽然我年纪小，但我早就知道"),
        ("这座清真寺比那座小袁但内部的设计很精巧", "这座清真寺比那座小，但内部的设计很精巧"),
    ],
)
def test_comma_after_an_adjective_before_but_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize("snippet", ["队长老袁今年六十八岁", "大家都叫他小袁遥他笑着答应"])
def test_familiar_name_is_kept(snippet: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(snippet.replace("遥", "。"))


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 某 before a noun is "a certain": the look-alike before it is the comma
        ("另据查实袁某境外机构将资金转入", "另据查实，某境外机构将资金转入"),
        ("在乡政府袁某部队官兵早已赶到", "在乡政府，某部队官兵早已赶到"),
    ],
)
def test_comma_before_a_certain_is_repaired(snippet: str, expected: str) -> None:
    assert repair(garbled(snippet)) == REPAIRED.format(expected)
