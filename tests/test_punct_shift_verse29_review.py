"""The review of the Song ci rules (poems29): modern pages that write few modern function words
(a tourist brochure, health tips, greetings in phrases of four), an advert that doubles its full
stops, a shop's short reviews and a modern "no" before a semicolon keep the repairs that the
rules of verse would take from them. The pages are written for these tests, stated clean and
garbled by founder_garble."""

from __future__ import annotations

from typing import Final

import pytest

from cleaner.stages.punct_shift.document import _literary
from tests.test_punct_shift import founder_garble, repair

#: A tourist brochure in phrases of four: one modern function word in 56 hanzi, its hours and
#: prices in figures.
TOURIST: Final = (
    "景区介绍\n九龙山风景区位于县城东南十五公里处，总面积48平方公里，是国家4A级旅游景区。\n"
    "这里山清水秀，峰峦叠翠，四季风光各异，素有江南小黄山的美誉。\n"
    "春来山花烂漫，夏日飞瀑流泉，秋至红叶满山，冬临银装素裹。\n主要景点：\n"
    "龙潭飞瀑，落差百米，水声如雷，气势磅礴。\n天门石刻，唐人题咏，笔力遒劲，千年不磨。\n"
    "古寺晨钟，始建于宋，香火鼎盛，梵音悠扬。\n云海日出，登顶远眺，云涛翻涌，霞光万道。\n"
    "竹海幽径，翠竹连绵，清风徐来，凉意沁人。\n古道驿站，青石铺路，蜿蜒曲折，古韵犹存。\n游览线路：\n"
    "线路一，景区大门，龙潭飞瀑，天门石刻，古寺晨钟，约3小时。\n"
    "线路二，景区大门，竹海幽径，古道驿站，云海观景台，约5小时。\n门票价格：\n"
    "成人票每人80元，学生凭证半价，老人儿童免票。\n开放时间：每日8时至17时，节假日延长至18时。\n"
    "交通指南：\n自驾：沿国道205线南行至九龙山路口右转，即达景区的停车场。\n"
    "公交：县城汽车站乘坐6路旅游专线直达，每半小时一班。\n温馨提示：\n山路崎岖，请穿防滑鞋，注意安全！\n"
    "景区内严禁烟火，请勿乱扔垃圾。\n雨天路滑，请勿攀爬栏杆，请勿擅入未开放的区域。\n"
    "爱护花草树木，文明游览，共建美好家园。\n"
    "欢迎四方游客前来观光游览，感受这里的山水之美，品味文化之韵。\n"
    "在山顶遥望，群山连绵，白云悠悠，心旷神怡。\n夕阳西下，倦鸟归林，山色空蒙，别有韵味。\n"
)

#: Health tips in phrases of four: one modern function word in 62 hanzi, its hours and counts in
#: figures.
HEALTH: Final = (
    "养生小贴士\n早睡早起，顺应天时，保证每天睡足7小时。\n清晨起床，先喝一杯温开水，润肠通便，排毒养颜。\n"
    "早餐要吃好，午餐要吃饱，晚餐要吃少。\n饮食清淡，少盐少油，多吃蔬菜水果。\n"
    "细嚼慢咽，每口饭咀嚼20次以上，帮助消化。\n饭后百步走，活到九十九，散步半小时即可。\n"
    "适量运动，贵在坚持，每周锻炼3到5次。\n运动前要热身，运动后要拉伸，避免受伤。\n"
    "心情舒畅，遇事不怒，知足常乐。\n多与家人朋友交流，排解压力，保持乐观。\n戒烟限酒，远离不良嗜好。\n"
    "春季养肝，多吃绿色蔬菜，少吃酸味食物。\n夏季养心，注意防暑降温，午睡半小时。\n"
    "秋季养肺，多吃梨和百合，滋阴润燥。\n冬季养肾，注意保暖，早卧晚起，必待日光。\n"
    "睡前用热水泡脚15分钟，促进血液循环，有助睡眠。\n定期体检，早发现，早治疗，防患于未然。\n"
    "老人起床要慢，醒后静卧1分钟，坐起1分钟，再站起来。\n中老年人要注意补钙，多喝牛奶，多晒太阳。\n"
    "电脑族每工作1小时，应起身活动10分钟，远眺放松眼睛。\n"
    "冬病夏治，三伏贴是传统的中医疗法，可在入伏当天贴敷。\n养生之道，重在坚持，贵在自然。\n"
    "古人云：饮食有节，起居有常，不妄作劳。\n又云：恬淡虚无，真气从之，精神内守，病安从来。\n"
    "愿大家身体健康，快乐每一天！\n多吃粗粮，少吃精米白面，每天吃够12种食物。\n"
    "每天饮水1500毫升以上，少量多次，不要等口渴了再喝。\n久坐伤肉，久卧伤气，久视伤血，劳逸结合最重要。\n"
)

#: Greetings for the new year: one modern function word in 75 hanzi, and a note with its hours.
GREETINGS: Final = (
    "新春祝福语精选\n一、新年到，福气到，好运跟着来报到。\n二、祝您新春快乐，万事如意，阖家幸福，身体健康。\n"
    "三、爆竹声声辞旧岁，梅花朵朵迎新春。\n四、一年好运随春到，四季平安伴您行。\n"
    "五、祝你财源滚滚，生意兴隆，心想事成。\n六、春风得意马蹄疾，一日看尽长安花。\n"
    "七、金龙腾飞辞旧岁，玉兔呈祥迎新春。\n八、愿你新的一年，工作顺利，步步高升。\n"
    "九、恭喜发财，红包拿来，大吉大利，好运常在。\n十、千里送祝福，情谊比山高，愿你新年好。\n"
    "十一、一声问候一份情，一句祝福一片心。\n十二、新年新气象，家家户户喜洋洋。\n"
    "十三、除夕之夜，烟花灿烂，合家团圆，其乐融融。\n十四、祝爸爸妈妈健康长寿，福如东海，寿比南山。\n"
    "十五、祝老师新年快乐，桃李满天下，春晖遍四方。\n十六、祝同事新年大吉，工作顺心，前程似锦。\n"
    "十七、祝朋友新年吉祥，友谊长存，常来常往。\n十八、春回大地，万象更新，祝你好运连连。\n"
    "十九、瑞雪兆丰年，新春添吉祥，祝你合家欢。\n二十、愿你的生活像春天一样，充满阳光和希望。\n"
    "温馨提示：发送祝福短信请注意时间，除夕晚上8点至12点最为拥挤，可提前1天发送。\n"
    "春节期间，请注意防火安全，燃放烟花爆竹要在指定区域，远离易燃物品。\n"
    "二十一、祝您在新的一年里，出门见喜，四季平安。\n二十二、福星高照，喜气洋洋，万事顺意。\n"
    "二十三、新春佳节到，祝福送给你，平安又如意。\n二十四、辞旧迎新，喜事连连，幸福美满。\n"
)


@pytest.mark.parametrize(
    ("page", "figures"),
    [
        (TOURIST, ["约3小时", "约5小时", "每日8时至17时"]),
        (HEALTH, ["睡足7小时", "每周锻炼3到5次", "静卧1分钟，坐起1分钟", "每工作1小时"]),
        (GREETINGS, ["晚上8点至12点", "提前1天发送"]),
    ],
)
def test_a_modern_page_in_phrases_of_four_keeps_its_figures(page: str, figures: list[str]) -> None:
    # few modern function words, but hours in figures (员苑时, 员园分钟): no verse, lone digits repaired
    garbled = founder_garble(page)
    assert not _literary(garbled)
    repaired = repair(garbled)
    assert [figure for figure in figures if figure not in repaired] == []


#: The brochure written more tersely (之美誉, 登高遥望: one modern function word in 220 hanzi,
#: literary by its words), with an advert that doubles its full stops.
ADVERT: Final = (
    TOURIST.replace("的美誉", "之美誉")
    .replace("的停车场", "停车场")
    .replace("未开放的区域", "未开放区域")
    .replace("感受这里的山水", "感受山水")
    .replace("在山顶遥望", "登高遥望")
)


@pytest.mark.parametrize(
    ("line", "doubled"),
    [("票已售罄。。明天请早。。", "票已售罄。。明天请早。。"), ("心动不如行动。。赶快报名吧。。", "赶快报名吧。。")],
)
def test_an_advert_that_writes_its_prices_in_figures_may_double_its_full_stops(line: str, doubled: str) -> None:
    # (only the pair repaired before the rules of verse came: 行动遥遥 is left, as it was)
    text = ADVERT + line + "\n" + ADVERT
    assert doubled in repair(founder_garble(text))


def test_a_shop_review_of_a_short_sentence_and_a_word_keeps_its_full_stop() -> None:
    # 质量不错。好评: four and two beside a line of seven, no couplet
    page = (
        "买家评价\n东西很好，包装严实，物流很快。\n质量不错。好评，物流速度也很快。\n"
        "价格实惠质量好，下次还来这家买。\n客服态度非常好，耐心解答问题。\n衣服收到了，颜色和图片一样。\n"
        "很满意。推荐，朋友们都说好看。\n尺码标准穿着好，面料舒服不起球。\n"
    )
    assert "质量不错。好评，" in repair(founder_garble(page))


@pytest.mark.parametrize(
    "sentence",
    [
        "他问：去不去？我说：不；他又问：吃不吃？我说：不；",
        "问：可以退货吗？答：不；可以换货。",
        "是否同意：不；理由：价格太高。",
    ],
)
def test_a_modern_no_before_a_semicolon_is_repaired(sentence: str) -> None:
    # 不 "no" as a clause of its own: 不曰 "does not say" only in classical prose or verse
    text = HEALTH + sentence + "\n" + HEALTH
    assert sentence in repair(founder_garble(text))
