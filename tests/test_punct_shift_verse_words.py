"""The words of classical verse and prose that hold a look-alike as the hanzi (院宇 院公 尧民 对浴,
mappings/punct_shift_verse_words.tsv): kept in literary text, marks elsewhere. And modern pages laid
out with headings and short lines under them (manuals, recipes, forum posts, interviews, outlines,
minutes, news with bylines), which no form of theirs makes verse: their marks are repaired and the
surname 袁 stays a name. The pages are written for these tests, stated clean and garbled by
founder_garble."""

from __future__ import annotations

from typing import Final

import pytest

from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_verse import in_verse

#: Classical prose (the Analects and Mencius), around a sentence under test.
CLASSICAL: Final = (
    "孟子曰：“民为贵，社稷次之，君为轻。是故得乎丘民而为天子，得乎天子为诸侯，得乎诸侯为大夫。”"
    "子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？”"
)


@pytest.mark.parametrize(
    "line",
    [
        "庭前院宇深沉处，帘外春风燕子飞。",
        "四海尧民歌帝力，九州风物乐升平。",
        "池上鸳鸯对浴时，春波荡漾柳丝垂。",
        "因过竹院逢僧话，偷得浮生半日闲。",
        "邻院砧声催夜月，孤灯独对一窗寒。",
        "德似尧汤天下治，功同舜禹万民安。",
        "破瓦窑中寒士住，一朝得志上青云。",
    ],
)
def test_a_word_of_verse_in_verse_is_kept(line: str) -> None:
    text = in_verse(line)
    assert repair(founder_garble(text)) == text


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("昔者尧、舜、禹、汤、文、武之治天下也，其民安乐而无忧。", "尧、舜、禹、汤、文、武"),
        ("故君、臣、民各安其位，则国治矣。", "君、臣、民"),
        ("舜、禹、汤之君，皆以仁义为本。", "禹、汤"),
        ("唐尧、禹、汤，皆圣人也。", "禹、汤"),
    ],
)
def test_a_list_of_one_hanzi_items_in_classical_prose_keeps_its_marks(sentence: str, listed: str) -> None:
    # 尧汤 尧禹 尧民 are words of verse, but listing the sage kings or the estates one hanzi each,
    # classical prose writes 、 between them: the look-alike there is the mark
    text = CLASSICAL * 2 + sentence + CLASSICAL
    assert listed in repair(founder_garble(text))


def test_the_sage_kings_named_together_in_classical_prose_are_kept() -> None:
    sentence = "尧舜禹汤，皆圣王也。德似尧汤，功过尧禹。"
    text = CLASSICAL * 2 + sentence + CLASSICAL
    assert repair(founder_garble(text)) == text


def test_the_words_of_verse_are_marks_in_modern_prose() -> None:
    # 尧民 and 院公 are words of verse only where the text is verse: in a modern notice 、民政 and ：公司
    text = (
        "各有关单位：\n为了做好今年的工作，现将有关事项通知如下：公司、医院、民政部门要加强协调，"
        "确保各项任务落到实处。请各单位认真贯彻执行，并把落实的情况及时报告我们。\n"
        "联系方式：公司办公室，电话在通知的附件里。"
    )
    assert repair(founder_garble(text)) == text


#: Modern news in blocks of a headline, a byline of a bare name and the text, blank lines between.
NEWS: Final = (
    "城市更新提速\n张明\n今年以来，全市完成改造项目十二个，居民满意度明显提高。\n\n"
    "乡村振兴见实效\n李华\n村里修了路、建了学校，群众的日子越过越红火。\n\n"
    "医院服务再升级\n王芳\n市第一医院推出预约挂号服务，患者说方便多了。\n\n"
)


@pytest.mark.parametrize(
    "page",
    [
        "第一章\n概述\n本产品是一款家用无线路由器，支持双频上网。使用前请阅读本手册：注意安全！\n\n"
        "第二章\n安装\n请按以下步骤安装：1、接通电源；2、连接网线；3、打开电脑。如果指示灯不亮，请联系客服。\n\n"
        "第三章\n设置\n在浏览器中输入地址，进入设置页面。用户名：admin，密码：admin。\n\n"
        "第四章\n维护\n请定期检查设备，保持通风良好。本公司保留对本手册的解释权。\n",
        "番茄炒蛋\n材料：\n番茄两个，鸡蛋三个，葱一根，盐少许。\n\n"
        "红烧肉\n材料：\n五花肉五百克，冰糖、生抽、老抽各适量。\n\n"
        "清蒸鱼\n材料：\n鲈鱼一条，姜丝、葱丝适量。做法：鱼洗净后蒸八分钟。\n\n"
        "凉拌黄瓜\n材料：\n黄瓜两根，蒜三瓣，醋、香油适量。\n",
        "求推荐一款手机\n小明同学\n预算两千左右，主要是玩游戏，大家有什么推荐吗？谢谢！\n\n"
        "回复：求推荐一款手机\n老王\n我觉得小米不错，性价比高。\n\n"
        "回复：求推荐一款手机\n张三丰\n建议看看华为，拍照好。\n\n"
        "回复：求推荐一款手机\n李四\n同意楼上，另外注意续航。\n",
        "问题一\n记者：\n您怎么看今年的经济形势？\n\n"
        "回答一\n王教授：\n总体平稳，但要注意风险、防范问题。\n\n"
        "问题二\n记者：\n企业应该怎么做？\n\n"
        "回答二\n王教授：\n要加强创新，提高竞争力。谢谢！\n",
        "一、工作目标\n总体要求\n到2025年，全市医院服务水平明显提高。\n\n"
        "二、主要任务\n具体措施\n加强人才培养；推进信息化建设；完善制度。\n\n"
        "三、保障措施\n组织领导\n各单位要高度重视，明确责任。\n\n"
        "四、工作要求\n时间安排\n请于6月30日前报送材料。\n",
        NEWS + "人物专访\n赵刚\n今天我们来到了他的工作室。袁和平说，这几年变化很大。\n",
        NEWS + "公园免费开放\n赵刚\n即日起，人民公园免费开放，开放时间：早6点至晚10点。\n",
    ],
    ids=["manual", "recipes", "forum", "interview", "outline", "surname-yuan", "opening-hours"],
)
def test_a_modern_page_with_headings_is_repaired_as_modern_text(page: str) -> None:
    assert repair(founder_garble(page)) == page


@pytest.mark.parametrize(
    "sentence",
    [
        "唯尧能用贤，故天下治。",  # after 唯 "only"
        "惟尧知人，举舜于田野之中。",
        "非尧不能，时不可也。",  # after 非 "is not"
        "昔尧之时，洪水横流。",  # before 之
        "尧则天而行，民皆从之。",  # before 则
    ],
)
def test_the_sage_king_as_subject_or_object_in_classical_prose_is_kept(sentence: str) -> None:
    # 、 after 唯 or 非, or before 之 or 则, parts no list: no item ends or starts so
    text = CLASSICAL * 2 + sentence + CLASSICAL
    assert sentence in repair(founder_garble(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (CLASSICAL * 2 + "故辨是、非、曲、直，则民不惑。" + CLASSICAL, "非、曲、直，则"),  # items of one hanzi
        ("我们去过北京、上海、天津、之后又去了广州，大家都很开心。" * 3, "天津、之后"),  # modern prose
    ],
    ids=["list-of-one-hanzi", "modern"],
)
def test_an_enumeration_beside_only_or_a_particle_stays_a_mark(text: str, kept: str) -> None:
    assert kept in repair(founder_garble(text))
