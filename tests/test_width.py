"""width on real informal text (ChnSentiCorp reviews): HTML entities, emoticons, kaomoji and
placeholders of lost characters are left alone; full-width tokens convert whole."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.chars import protected_mask
from cleaner.stages import width
from cleaner.stages.base import StageContext


@pytest.mark.parametrize(
    "text",
    [
        "马克&#183;吐温通过《哈克流浪记》",
        "美国&#x4E2D;部，风土人情&nbsp;和人心",
        "以后不在当当上买了:(伤心~在当当买了这么多书",
        "write it again:)这本书我儿子很喜欢",
        "今天好开心;-)明天见",
        "带给她们快乐( ⊙ o ⊙ )啊！",
        "真是无语(╯ ︵ ╰)了",
    ],
)
def test_entities_emoticons_and_kaomoji_are_left_alone(text: str) -> None:
    assert clean(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("要求如下:(1)不得迟到", "要求如下：（1）不得迟到"),
        ("时间:(上午)九点", "时间：（上午）九点"),
        ("温度(℃)不高", "温度（℃）不高"),
        ("他说:我来了", "他说：我来了"),
        ("总共&多少钱;我不知道", "总共&多少钱；我不知道"),
    ],
)
def test_colons_brackets_and_semicolons_that_are_not_pictures_still_convert(text: str, expected: str) -> None:
    assert clean(text).text == expected


def test_an_entity_is_protected_whole() -> None:
    text = "马克&#183;吐温"
    assert list(protected_mask(text)) == [0, 0, 1, 1, 1, 1, 1, 1, 0, 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("超过６．８折", "超过6.8折"),
        ("价格１，２００元，不值", "价格1,200元，不值"),
        ("联系ＳＯＨＵ．ＣＯＭ", "联系SOHU.COM"),
        ("早上７：３０开门", "早上7:30开门"),
        ("名额１，２，３号", "名额1，2，3号"),  # not a group of three digits: a list
        ("型号ＡＢＣ．下一个", "型号ABC．下一个"),  # a full stop after the token, not inside it
    ],
)
def test_a_fullwidth_token_converts_with_its_separators(text: str, expected: str) -> None:
    assert clean(text).text == expected


LOSSY = "一拿到?器，就查看，??是正品也?有人??手?．接下?看到下面有括痕．其它也?有??什?，打??器"


def test_question_marks_for_lost_characters_are_reported_not_converted() -> None:
    assert clean(LOSSY).text == LOSSY
    findings = [f for f in width.detect(LOSSY, StageContext()) if f.rule == width.RULE_PUNCT]
    assert findings and all(f.edit is None and f.confidence < 0.8 for f in findings)
    assert all("lossy transcoding?" in f.message for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "究竟什么是爱?爱在责任,苦难,死亡面前是否仍能完整?究竟什么是悲哀?",
        "你好!我想问一下为什么还没到?不是有存货吗?要那么久的货期吗?",
    ],
)
def test_real_question_marks_still_convert(text: str) -> None:
    assert "?" not in clean(text).text


@pytest.mark.parametrize(
    "text",
    [
        "我是不抽煙的人, 成為二手煙的受害者! (中國13億人口中,煙民只有3.2億. 不到1/4!!!)看到這條評論",
        '②键盘才第二天,"I"键就松动掉下来了.我很生气',
        "1),离机场近;",
        "度，5400的发热和耗电(5.5w),实际使用比mini的好",
        "太好了?...看过第一部后，才想买",
        '就叫我"副处吧"......伍天舒就这样和她成了朋友',
        "把你们自己的招牌砸了!!...",
        "我只住了一晚(该拿单的).... 差差差",
        "本书到我手.还叫我评论.;;太过份了",
        "物流太慢了.订单号5455723,\n给大老婆买的，哈哈。",
        "机械制图，胡传鼎 编著出 版 社：化学工业出版社，定价35元",
    ],
)
def test_cleaning_twice_changes_nothing_more(text: str) -> None:
    once = clean(text).text
    assert clean(once).text == once


@pytest.mark.parametrize(
    "text",
    [
        "这正是 ? 运算符的目的，用于错误处理。",
        "如果你在错误可转换为返回类型的地方使用 ?，它将自动进行转换。",
        "用逗号 , 分隔多个值，用分号 ; 结束语句。",
        "以及在表达式后使用分号 ;：",
        "单元类型 () 可以用字面值表示。",
        "所以在这里用作 (arg: T) 时被视为泛型。",
        '不好的示例：Err("请使用至少包含一个元素的向量".to_owned())',
        '例如：println!("矩阵：{}", matrix)',
        '返回 {"code": 0, "msg": "成功"}。',
    ],
)
def test_symbols_named_in_technical_chinese_and_code_strings_are_left_alone(text: str) -> None:
    assert clean(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review typed with ASCII marks throughout: the spaced comma is its punctuation
        ("还可以理解 , 所以Check out 时刷卡机有问题 , 使我", "还可以理解，所以Check out 时刷卡机有问题，使我"),
        # a gloss in brackets set apart by spaces is the sentence's own bracket
        ("介绍当时的计算机器 (calculating machines) 的历史", "介绍当时的计算机器（calculating machines）的历史"),
        ('他说:"你好",然后走了', "他说：“你好”，然后走了"),
    ],
)
def test_spaced_marks_and_glosses_of_chinese_sentences_still_convert(text: str, expected: str) -> None:
    assert clean(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他说:“好”,然后", "他说：“好”，然后"),  # marks beside quotes, outside them
        ("我只住了一晚(该拿单的).... 差", "我只住了一晚（该拿单的）…… 差"),  # not a synopsis: no option brackets
        ("正在删除文件...", "正在删除文件……"),
        ("阿卜杜勒・克里木", "阿卜杜勒·克里木"),
    ],
)
def test_marks_outside_literals_and_synopses_still_convert(text: str, expected: str) -> None:
    assert clean(text).text == expected


# -- a numbered list: a list's full-width number before an item that starts with a digit or a
# letter (３．２型糖尿病, １．ＰＭ２．５实时显示) was converted with the item as one decimal
# (3.2型糖尿病: item 3 became a figure). Where two lines or more start with such a number and an
# item starts with a word, the number's point stays, and the digits on each side convert ---------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "入院诊断：\n１．高血压病３级\n２．２型糖尿病\n３．２型糖尿病肾病",
            "入院诊断：\n1．高血压病3级\n2．2型糖尿病\n3．2型糖尿病肾病",
        ),
        ("１．ＰＭ２．５实时显示\n２．温度显示", "1．PM2.5实时显示\n2．温度显示"),
        # a decimal inside a line, and a column of figures with no list, convert whole
        ("数值为３．２５，比去年高。", "数值为3.25，比去年高。"),
        ("３．２５　上涨\n４．１０　下跌", "3.25\u3000上涨\n4.10\u3000下跌"),
    ],
)
def test_a_list_s_number_is_not_read_into_a_decimal(text: str, expected: str) -> None:
    assert clean(text).text == expected
