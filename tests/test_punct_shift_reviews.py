"""punct-shift: general weaknesses of the rules that ChnSentiCorp reviews garbled the same way
showed (bench/accuracy_punct_shift.py; review text is a stress test, not what the garble comes
from). Each case fails on the rule as it was before the fix; the cases after it must still be
repaired."""

from __future__ import annotations

import pytest

from tests.test_punct_shift import cases, garbled_rows, repair
from tests.test_punct_shift_context import GARBLED, REPAIRED


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # two weak look-alikes side by side that no text sets as marks (no ；：): the weaker
        # is the hanzi, as where one of them is strong
        ("问到前台袁答曰院有遥", "问到前台，答曰：有。"),
        ("再致电客房部袁答曰院上午刚冲洗了水箱遥", "再致电客房部，答曰：上午刚冲洗了水箱。"),
        # marks that may stand together still do
        ("他说院野我们一定能干好遥冶", "他说：“我们一定能干好。”"),
        ("真是太好了浴浴浴", "真是太好了！！！"),
    ],
)
def test_marks_that_cannot_stand_together(garbled: str, expected: str) -> None:
    assert repair(GARBLED + garbled) == REPAIRED + expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # 曰 "said" after one hanzi that, alone after a comma, says who speaks or that one
        # answers: no word of the lexicon (答曰 其曰), so 曰 alone read as ；
        ("问到前台袁答曰确实有这个问题遥", "问到前台，答曰确实有这个问题。"),
        ("与一位先生沟通袁其曰早餐九点半结束遥", "与一位先生沟通，其曰早餐九点半结束。"),
        # a semicolon after a clause of one character that says nothing of speech, or after a
        # word that ends in such a hanzi, is still a semicolon
        ("上劳动课袁免曰开会听报告袁免曰甚至连团组织生活遥", "上劳动课，免；开会听报告，免；甚至连团组织生活。"),
        ("热情接待袁有问必答曰服务周到遥", "热情接待，有问必答；服务周到。"),
    ],
)
def test_said_after_a_word_of_speech(garbled: str, expected: str) -> None:
    assert repair(GARBLED + garbled) == REPAIRED + expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # no sentence ends with a conjunction or a preposition that joins what follows: a rare
        # hanzi after one (浴 alone scores 6 nats under ！) starts a word the lexicon lacks
        ("洗手间里连浴帘都没有遥", "洗手间里连浴帘都没有。"),
        ("酒店的饮食不错袁但浴足不怎么样遥", "酒店的饮食不错，但浴足不怎么样。"),
        ("房间很旧袁但浴室内很干净遥", "房间很旧，但浴室内很干净。"),
        # a word that ends with such a hanzi may end a sentence; 和 and 被 are nouns too
        ("这项技术已经普及遥大家都在用遥", "这项技术已经普及。大家都在用。"),
        ("两条管道首尾相连遥水从这里流过遥", "两条管道首尾相连。水从这里流过。"),
        ("已接近资本和储备之和遥二十六日袁银行宣布遥", "已接近资本和储备之和。二十六日，银行宣布。"),
        ("灾民缺衣少被遥为让灾民过好春节袁市委采取措施遥", "灾民缺衣少被。为让灾民过好春节，市委采取措施。"),
    ],
)
def test_no_sentence_ends_with_a_joining_word(garbled: str, expected: str) -> None:
    assert repair(GARBLED + garbled) == REPAIRED + expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # the exclamation mark as rare as news text sets it (log P -7.8, not -6.0): a rare hanzi
        # in a word the lexicon lacks (浴霸), or in one that loses to its neighbour's (浴室|内
        # against 室内), is no longer outweighed
        ("我们订的是客房袁走进浴室内袁首先发现地板很脏遥", "我们订的是客房，走进浴室内，首先发现地板很脏。"),
        ("停水了遥没办法浴室内打电话给大堂遥", "停水了。没办法浴室内打电话给大堂。"),
        # exclamations are still read where the lexicon has nothing against them
        ("服务太差了浴再也不来了浴浴", "服务太差了！再也不来了！！"),
        ("大家一起努力吧浴", "大家一起努力吧！"),
    ],
)
def test_exclamation_as_rare_as_news_sets_it(garbled: str, expected: str) -> None:
    assert repair(GARBLED + garbled) == REPAIRED + expected


#: A review site's header (a date, then a colon between spaces) and the smiley ：） after a
#: colon, stated clean (garbled by founder_garble), and the hanzi 院 and 冤 in words beside them.
HEADERS_AND_SMILEYS = [
    *cases(
        "header-colon",
        *garbled_rows(
            "房间很干净，服务也很好。\n补充点评 2008年7月24日 ： 有空调！可以自己调温度！\n早餐一般。",
            "房间很干净，服务也很好。\n酒店反馈 2008年4月17日 ： 希望下次再入住本酒店。\n早餐一般。",
            "房间很干净，服务也很好。\n补充点评 2008年7月2日 ： 强烈建议大家不要入住\n早餐一般。",
        ),
    ),
    *cases(
        "smiley",
        *garbled_rows(
            "可就算这样，相信也比较有限：）\n只看过西西的小说。印象已经不深了。",
            "这本书很好，终于被人理解了：）听说亚洲人口中，大多数人都很忙。",
            "两本，一本送人，一本自己留着用：）\n平凡的记录，不平凡的人。",
        ),
    ),
    *cases(
        "hanzi-kept",
        *garbled_rows(
            "房间很干净，服务也很好。\n今天是2008年7月24日 院长来了，大家都很高兴。",
            "他一进门就喊道：冤枉啊，我什么都没做。\n法院冤案很多。",
            "房间很干净，服务也很好。他大声说：冤\n我不知道，你说呢。",  # the word said
            "房间很干净，服务也很好。结果呢：冤！白白坐了三年牢。",  # the word exclaimed
        ),
    ),
]


@pytest.mark.parametrize(("garbled", "expected"), HEADERS_AND_SMILEYS)
def test_review_headers_and_smileys(garbled: str, expected: str) -> None:
    assert repair(garbled) == expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # 冤 after an item's number where a clause or a line starts: the item's parenthesis, 1）
        ("问题有两个遥1冤逻辑性差遥2冤如果仅仅是这个原因", "问题有两个。1）逻辑性差。2）如果仅仅是这个原因"),
        ("缺点院\n员冤价格偏高遥\n圆冤服务一般遥", "缺点：\n1）价格偏高。\n2）服务一般。"),
        ("缺点院\n  员冤价格偏高遥\n  圆冤服务一般遥", "缺点：\n  1）价格偏高。\n  2）服务一般。"),
        # 冤 'injustice' after a number with its counter, or in a word
        ("他真是冤枉遥猿个冤案被平反遥", "他真是冤枉。3个冤案被平反。"),
        # ... after a number that starts no clause, or before the hanzi it makes a word with
        ("这是第猿冤案遥", "这是第3冤案。"),
        ("这是第3冤案遥", "这是第3冤案。"),
        ("问题如下院3冤案已经平反遥", "问题如下：3冤案已经平反。"),
        ("全市共有院10冤案得到纠正遥", "全市共有：10冤案得到纠正。"),
    ],
)
def test_an_item_numbered_with_the_closing_parenthesis_only(snippet: str, expected: str) -> None:
    lead = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶\n"
    assert repair(lead + snippet) == "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”\n" + expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a noun of what one thinks or says after a classifier, 的 or 此 is a noun, and the
        # colon follows it as it follows 提法 (法院 is no reading there)
        *cases(
            "opinion",
            ("我有一个想法院怎么把孩子的兴趣培养起来", "我有一个想法：怎么把孩子的兴趣培养起来"),
            ("有种比较有意思的想法院把年轻人分成两类", "有种比较有意思的想法：把年轻人分成两类"),
            ("绝对不接受此说法院我的电话一直开机", "绝对不接受此说法：我的电话一直开机"),
        ),
        # 想 看 说 the verbs before 法院, and 院 in a word with what follows (院方 院长 院子 院士
        # 院里 院外 院领导), or 院党委 after a common 法院: the court and the institute stay
        *cases(
            "opinion-kept",
            *(
                (snippet, snippet)
                for snippet in (
                    "我想法院会判他无罪",
                    "他说法院已经受理了此案",
                    "我们要看法院怎么判",
                    "他们想法院能公正判决",
                    "老师说法院是讲理的地方",
                    "这个说法院方不认可",
                    "我同意这种看法院长也同意",
                    "他的说法院子里的人都听到了",
                    "对这个想法院党委讨论了三次",
                    "这些说法院士们并不认同",
                    "你的想法院里的人都知道了",
                    "一个说法院外的人不清楚",
                    "大家的看法院领导很重视",
                    "群众的看法院方已经听取",
                    # 这 那 the subject before the verb, 和 a joiner of verb phrases, 此 ending
                    # 因此: 看 说 are verbs there (the review of recall26)
                    "这看法院怎么判了",
                    "那看法院怎么判了",
                    "那说法院也管不了",
                    "我们只能等和看法院判决",
                    "因此看法院怎么判了",
                )
            ),
        ),
    ],
)
def test_a_colon_after_a_noun_of_what_one_thinks(snippet: str, expected: str) -> None:
    assert repair(GARBLED + snippet + "遥") == REPAIRED + expected + "。"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a ” after a sentence's end closes a quoted sentence, whose “ a review may have typed
        # far before or with another mark, before a word or a pronoun: no hanzi 冶 follows a sentence's
        # end but in its words and in place names
        *cases(
            "quoted-end",
            ("若离于爱者袁无忧亦无怖遥冶错过的东西一辈子都会记得", "若离于爱者，无忧亦无怖。”错过的东西一辈子都会记得"),
            ("他问我是一只猴子吗钥冶我没回答", "他问我是一只猴子吗？”我没回答"),
        ),
        # 冶 starting its words after a sentence's end (冶金 冶炼 冶铁 冶游 冶艳 冶容 冶铸)
        *cases(
            "quoted-end-kept",
            ("他很好遥冶金工业发展很快", "他很好。冶金工业发展很快"),
            ("工厂很大遥冶炼车间很热", "工厂很大。冶炼车间很热"),
            ("这里有铁矿遥冶铁技术源远流长", "这里有铁矿。冶铁技术源远流长"),
            ("春天来了遥冶游的人很多", "春天来了。冶游的人很多"),
            ("她很美遥冶艳的妆容引人注目", "她很美。冶艳的妆容引人注目"),
            ("她很美遥冶容诲淫是古话", "她很美。冶容诲淫是古话"),
            ("古代就有铸造业遥冶铸技术很发达", "古代就有铸造业。冶铸技术很发达"),
            ("他一生逍遥冶游", "他一生逍遥冶游"),
            # places named with 冶 (冶城 冶山 冶源 冶父山), where what follows 冶 starts no word
            ("又称秣陵遥冶城是南京最早的城池之一", "又称秣陵。冶城是南京最早的城池之一"),
            ("冶山镇位于南京遥冶山铁矿历史悠久", "冶山镇位于南京。冶山铁矿历史悠久"),
            ("临朐县有个冶源镇遥冶源水库风景秀丽", "临朐县有个冶源镇。冶源水库风景秀丽"),
            ("他到了安徽含山遥冶父山就在附近", "他到了安徽含山。冶父山就在附近"),
        ),
    ],
)
def test_a_closing_quote_after_a_sentences_end(snippet: str, expected: str) -> None:
    assert repair(GARBLED + snippet + "遥") == REPAIRED + expected + "。"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a run of four kinds of look-alikes that text sets side by side, each mark allowed
        # after the one before, is a writer's punctuation, not a quoted list of the garble
        *cases(
            "marks-run",
            (
                "如叶恐龙是怎样穿衣服的钥曳尧叶恐龙是怎样外出的钥曳等",
                "如《恐龙是怎样穿衣服的？》、《恐龙是怎样外出的？》等",
            ),
            ("床上有沙粒渊钥钥钥浴浴浴冤袁房门不隔音", "床上有沙粒（？？？！！！），房门不隔音"),
        ),
        # a quoted list of the garble sets marks no text sets so (，。 side by side, “” and
        # 《》 quoting nothing), and 曰 between quotations is 'said': those runs stay
        *cases(
            "marks-run-kept",
            ("乱码是袁遥野冶尧院这几个字", "乱码是袁遥野冶尧院这几个字"),
            ("常见的乱码有叶曳尧野冶几种", "常见的乱码有叶曳尧野冶几种"),
        ),
        # a run of marks that ends on a hanzi: the surname 叶 or 叶子 after “ (“《 may follow one
        # another, but 叶 opens no title here) stays the hanzi
        *cases(
            "marks-run-hanzi",
            ("他说院野我说完了遥冶野叶老师来了遥冶大家站了起来", "他说：“我说完了。”“叶老师来了。”大家站了起来"),
            ("他说院野好浴冶野叶子落了遥冶他走了", "他说：“好！”“叶子落了。”他走了"),
        ),
    ],
)
def test_a_run_of_marks_a_writer_sets(snippet: str, expected: str) -> None:
    assert repair(GARBLED + snippet + "遥") == REPAIRED + expected + "。"


def test_said_between_two_quotations_stays() -> None:
    # (the run 钥冶曰野 is no writer's punctuation read whole: 曰 'said' is never its ；)
    text = GARBLED + "天时地利与人和袁野燕可伐欤钥冶曰野可冶遥"
    assert "曰" in repair(text)[len(REPAIRED) :]
