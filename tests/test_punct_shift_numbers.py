"""punct-shift: numbers as a Founder page sets them full-width (found on People's Daily, 1998).

A full-width number is garbled whole: its digits, its decimal point ``．`` (援), ``％`` (豫),
``∶`` (颐), ``／`` (辕); a range is written with a single dash (``5—6级``: 要), and a year with
an apostrophe (``’97``: 爷). Each rule has cases that must stay as they are.
"""

from __future__ import annotations

import pytest

from tests.test_punct_shift import REPAIRED, garbled_context, garbled_rows, kept_rows, repair


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # ％ ∶ ／ inside a full-width number
        ("增长猿愿援苑豫", "增长38.7%"),
        ("合格率为员园园豫", "合格率为100%"),
        ("比重上升到愿园豫以上", "比重上升到80%以上"),
        ("以圆颐园获胜", "以2∶0获胜"),
        ("比分为猿颐员尧园颐猿", "比分为3∶1、0∶3"),
        ("约员辕猿的条目", "约1/3的条目"),
        ("完成了员辕猿行程", "完成了1/3行程"),
        # 远 'far' before a comparison after a score's or a fraction's second number
        ("辽宁队以猿颐员远胜对手", "辽宁队以3∶1远胜对手"),
        ("比分猿颐园远远领先", "比分3∶0远远领先"),
        ("合格率仅为员辕猿远低于全国水平", "合格率仅为1/3远低于全国水平"),
        ("辽宁队以猿颐员远战胜对手", "辽宁队以3∶16战胜对手"),
        # ... not a score of two digits on each side, nor before a word that is no comparison
        ("以怨愿颐愿远胜对手", "以98∶86胜对手"),
        ("半场以缘远颐源远领先", "半场以56∶46领先"),
        ("湖人以员园愿颐怨远大胜", "湖人以108∶96大胜"),
        # a count past the days of a month or the digits of a year, after no name: all digits
        ("连续缘园日", "连续50日"),
        ("会期共猿远日", "会期共36日"),
        ("第员园园日", "第100日"),
        ("距今已有员圆园园园年", "距今已有12000年"),
        ("树龄员圆园园岁", "树龄1200岁"),
        # 曾 after 记者 is the adverb 'once', not a surname
        ("记者曾员圆次获得好新闻奖", "记者曾12次获得好新闻奖"),
        # ... and where they are hanzi
        ("河南豫剧团演出", "河南豫剧团演出"),
        ("工作人员豫剧演出", "工作人员豫剧演出"),
        ("北京颐和园", "北京颐和园"),
        ("公园颐养天年", "公园颐养天年"),
        ("驾辕的马", "驾辕的马"),
        # a range written with one dash
        ("有5要6级偏北风", "有5—6级偏北风"),
        ("有源级要5级偏北风", "有4级—5级偏北风"),
        ("去年4月要员员月", "去年4月—11月"),
        ("每头可达100元要150元", "每头可达100元—150元"),
        ("以20%要25%的速度", "以20%—25%的速度"),
        ("直径为园援员毫米要园援猿毫米", "直径为0.1毫米—0.3毫米"),
        # ... and the verb 要
        ("1998年要实现目标", "1998年要实现目标"),
        ("明年要3个月完成", "明年要3个月完成"),
        ("工作人员要圆满完成", "工作人员要圆满完成"),
        ("每人要5元", "每人要5元"),
        ("3人要干5天", "3人要干5天"),
        ("气象预报渊员月愿日20时要9日圆园时冤", "气象预报（1月8日20时—9日20时）"),
        ("上升到园援愿园元要0．90元", "上升到0.80元—0．90元"),
        ("涨幅在远窑5%要7窑缘豫之间", "涨幅在6·5%—7·5%之间"),
        ("每月要3天时间", "每月要3天时间"),
        ("打客服X圆园园要愿个坏点才能退换", "打客服X200要8个坏点才能退换"),
        # a range's lone first digit: after 有 though 有缘 is a word, before a counter; or before
        # an informal counter though 缘分 is a word
        ("保证每个单位都有缘要愿个塑料大棚", "保证每个单位都有5—8个塑料大棚"),
        ("缩短到了猿要缘分钟", "缩短到了3—5分钟"),
        # ... not after 有 before no counter, nor with 缘分 a word before no counter
        ("我们有缘要珍惜", "我们有缘要珍惜"),
        ("他们有缘要见面", "他们有缘要见面"),
        ("两人要缘分", "两人要缘分"),
        ("3个人要5个苹果", "3个人要5个苹果"),
        # a lone look-alike after 得 or an adverb of degree is the adjective (远 far), 要 the verb
        ("这里离得远要8个小时才到", "这里离得远要8个小时才到"),
        ("路不远要员园分钟就到", "路不远要10分钟就到"),
        # a word's look-alikes (源源 'on and on') before 到 start a range only where it goes up
        ("客人源源到10点才散", "客人源源到10点才散"),
        ("时间为圆圆到猿园日", "时间为22到30日"),
        # ... and 远 alone after a noun or a verb of one hanzi ('far': 路远, 跑远), but a range
        # after a verb of two (下降 减少), of an amount (有 约) or a mark
        ("这条路远要8个小时袁真累", "这条路远要8个小时，真累"),
        ("他跑远要10分钟", "他跑远要10分钟"),
        ("气温将下降远要员圆摄氏度", "气温将下降6—12摄氏度"),
        ("并减少远要愿个版的印刷量", "并减少6—8个版的印刷量"),
        ("约远要愿个", "约6—8个"),
        ("人数院远要愿个", "人数：6—8个"),
        # ... not after a word that ends in a mark's look-alike (医院, 学院, 法院: 'far' from a place)
        *kept_rows("我家离医院远要20分钟才能到", "宿舍离学院远要15分钟", "距离法院远要10分钟"),
        # a lone look-alike after 有 and a negation is the predicate 有缘 'fated', 要 the verb
        ("我们没有缘要愿个月也见不到", "我们没有缘要8个月也见不到"),
        # the apostrophe of a year
        ("爷怨苑中国旅游年", "’97中国旅游年"),
        ("欣赏了爷98北京新年音乐会", "欣赏了’98北京新年音乐会"),
        # ... and the hanzi 爷
        ("他爷爷98岁了", "他爷爷98岁了"),
        ("老爷98岁", "老爷98岁"),
        ("大爷怨愿年出生", "大爷98年出生"),
        ("老天爷10～20天不下雨", "老天爷10～20天不下雨"),
        ("老天爷员园天不下雨", "老天爷10天不下雨"),
        # counters and units
        ("面向圆员世纪", "面向21世纪"),
        ("在国内订造远艘船舶", "在国内订造6艘船舶"),
        ("他远道而来", "他远道而来"),
        ("追本溯源头", "追本溯源头"),
        # a number does not start with its decimal point (资源 is no word here)
        ("非法集资源援园苑亿元", "非法集资4.07亿元"),
        # a digit that makes a word with the hanzi before it, though the best reading of them does not
        ("新华社莫斯科员月源日电", "新华社莫斯科1月4日电"),
        ("自由党在国会众院拥有源圆个席位", "自由党在国会众院拥有42个席位"),
        ("工作人员圆园名", "工作人员20名"),
        # ... but a cost in full after 要 or 每人 (an official, staff before a unit are rare)
        ("通知要员缘天到员个月才可以解冻", "通知要15天到1个月才可以解冻"),
        ("每人员缘元的自助餐", "每人15元的自助餐"),
        ("我预定要员怨愿园元一个晚上", "我预定要1980元一个晚上"),
        ("政府要员出席会议", "政府要员出席会议"),
        # ... not before a counter of persons: the officials or staff counted
        *garbled_rows("有要员5人出席", "要员25名抵达北京", "要员3名访华", "这次要员23人参加"),
        ("第一次全体会议员月10日选举", "第一次全体会议1月10日选举"),
        ("游泳队部分人员员月8日经悉尼", "游泳队部分人员1月8日经悉尼"),
        # a lone digit before a counter: only the best reading of its window makes it a word
        ("发行量比去年同期增长远个百分点", "发行量比去年同期增长6个百分点"),
        ("以缘愿票赞成通过", "以58票赞成通过"),
        ("公布了人员名单", "公布了人员名单"),
        ("他们有缘分", "他们有缘分"),
        # a range whose first number is a lone digit; a decimal set with the interpunct (0·9)
        ("东海有远要苑级偏北风", "东海有6—7级偏北风"),
        ("比上年提高园窑怨个百分点", "比上年提高0·9个百分点"),
        ("在公园里散步", "在公园里散步"),
        # a rare word gives its last character up to a number (有源 after 有), a common one not
        ("此次抽查中有源家企业的产品合格", "此次抽查中有4家企业的产品合格"),
        ("截至目前袁已有缘万余人次参加", "截至目前，已有5万余人次参加"),
        ("三年来发展会员猿园园多人", "三年来发展会员300多人"),
        ("在方圆员园园园多平方公里的土地上", "在方圆1000多平方公里的土地上"),
        ("发展科技信息员猿园园名", "发展科技信息员300名"),
        ("航运企业中远集团深化改革", "航运企业中远集团深化改革"),
        ("以后宁愿住远点袁价钱便宜", "以后宁愿住远点，价钱便宜"),
        # the same unit on both sides of a range, one number garbled
        ("占10%要圆园豫", "占10%—20%"),
        # numbers listed, and the number of an item at a line start
        ("以及1尧缘尧员园尧缘园戈比", "以及1、5、10、50戈比"),
        ("人员尧员工尧园林", "人员、员工、园林"),
        # a narrow column breaks a number from its unit on the next line (not across a blank
        # line, and not a lone look-alike: 软件源⏎公司 ends a heading with the source 源)
        ("全省共培训干部猿园\n万人次", "全省共培训干部30\n万人次"),
        ("一尧软件源\n公司内网", "一、软件源\n公司内网"),
        # a line that starts with a lone look-alike and a colon is an item among items (⏎3： ⏎4：),
        # alone a label (源：新华社, the source of 来源：)
        ("打印速度慢遥\n源院新华社\n图源院网络", "打印速度慢。\n源：新华社\n图源：网络"),
        ("要求如下院\n猿院按时到岗\n源院做好记录", "要求如下：\n3：按时到岗\n4：做好记录"),
        # ... after an item closed by a parenthesis (⏎3）), or after a heading that ends with a colon
        # when it is the list's first item or the next line starts with the next
        *garbled_rows("来源：新华社\n注意事项：\n1：请勿吸烟", "来源：新华社\n注意事项：\n4：请勿吸烟\n5：请勿喧哗"),
        # ... not a label alone after a heading (a miss, precision first), nor a label that ends
        # a word starting another line (a cast, a glossary), or that stands before the same words
        ("来源院新华社\n注意事项院\n源院请勿吸烟", "来源：新华社\n注意事项：\n源：请勿吸烟"),
        *garbled_rows("资料来源：\n源：新华社", "来源：新华社。资料来源：\n源：新华社记者报道"),
        *garbled_rows("人物：\n圆：主角，性格开朗。\n小圆：配角"),
        *garbled_rows("剧中人物：\n远：一位老人。\n近：他的孙子。\n老远：邻居"),
        *garbled_rows("词语解释：\n苑：养禽兽植林木的地方。\n上林苑：汉代宫苑"),
        *garbled_rows("字义：\n源：水流起头的地方。\n水源：水的来源"),
        # ... nor after a line that ends with 院 making a word (a scene's place)
        *garbled_rows("第二幕 医院\n圆：你怎么来了？\n小圆：我来看你"),
        ("人力资源院张三\n议程\n3冤开幕\n源院闭幕式", "人力资源：张三\n议程\n3）开幕\n4：闭幕式"),
        ("图源院网络\n一尧开幕\n二尧讲话\n源院闭幕式\n5冤合影", "图源：网络\n一、开幕\n二、讲话\n4：闭幕式\n5）合影"),
        # a lone look-alike ending a line is no number of a unit on the next (很远⏎家里, 李鹏远⏎万分)
        ("住在城郊的老人离家很远\n家里人都很担心", "住在城郊的老人离家很远\n家里人都很担心"),
        ("副县长李鹏远\n万分感慨地说", "副县长李鹏远\n万分感慨地说"),
        ("村民陈国源\n家里种了三亩地", "村民陈国源\n家里种了三亩地"),
        # a lone look-alike across a space from a number is no part of it (网格员 96名: no 1 96)
        ("全镇有网格员 96名", "全镇有网格员 96名"),
        # ... nor is a word of two across a space (a name's cell: 圆圆　12 is no 22 12), while a
        # run that makes no word is (员园 12)
        ("\n圆圆　12岁\n远远 15岁", "\n圆圆　12岁\n远远 15岁"),
        ("共 员园 12 人", "共 10 12 人"),
        # counters of reviews: orders and chapters after two digits, channels, dimes, a
        # discount, kinds and rounds after one
        *garbled_rows("加起来快10单了", "再读读这个金本70回", "加起来才3频道", "根本是6角钱一页"),
        *garbled_rows("房价打了9折", "居然只有8样", "到了房前转了3圈也找不到"),
        # ... and the words they make or start after a look-alike (a member, a circle, a discount)
        *kept_rows("会员频道很好看", "画了一个圆圈", "会员折扣不错", "他是演员圈的名人", "但愿样样顺心"),
        *kept_rows("远远回望", "圆圆回家了", "资源频道", "人员单位"),
        # a round sum of money with no unit after a verb of paying, or before 大洋 (silver dollars)
        *garbled_rows("停车先收20快一天", "最后花30去电脑城装系统", "收一天费用60", "涨了50不太爽"),
        *garbled_rows("居然还每人20", "花了俺50大洋"),
        # ... not a word there (a garden, 'far') nor a garden's hanzi before a word it starts
        *kept_rows("花园园林局", "费用远远超出预算", "门票收园区管理费"),
        # ... nor after 花 that ends a word (荷花: a flower; 源园 a garden)
        *kept_rows("荷花源园的荷花开了"),
        # a garden's name before a colon and an address's number or a count (兰园：45号): no hour 0
        # written alone after a hanzi; but 0 after a time of the day, and hours of two digits, are a time
        *garbled_rows("\n兰园：45号\n梅园：12号", "住在桃园：20楼", "家住梨园：12栋"),
        *garbled_rows("荷园：30株荷花开放"),
        *garbled_rows("凌晨0:45到达", "下午10:30出发"),
        # ... and 0 alone before minutes in no address, a time repaired whole (no 园：30)
        *garbled_rows("列车于0：30发车", "每天0：00至6：00停水", "从0：00持续到2：00", "截至0：30，共有三人"),
        *garbled_rows("比赛将在0：45结束"),
        # a shoe's size, a book's format, 億 of traditional characters; 左右 以下 after two digits
        *garbled_rows("我是42码的脚", "是大32开本的", "中國13億人口中", "温度都在56以下", "装软件54左右"),
        # memory after a unit in Latin letters, though a word ends in the look-alike before it
        *garbled_rows("初步使用1G的内存", "显存会变成1G显存"),
        # ... and words of two look-alikes before those words, a lone look-alike before 码
        *kept_rows("远远左右摇摆", "圆圆以上的同学", "下载会员源码"),
        # an hour after 才 before the clause's end; not 'only a bit farther' nor a dot
        *garbled_rows("一看表，才早上4点！才4点啊"),
        *kept_rows("走这条路才远点", "画完才圆点"),
        # a price per one: two look-alikes or more before 一 and a counter (30 a head)
        *garbled_rows("又是30一位，可是头部按摩前后就三分钟"),
        # ... not a word of them (far, far away; a name said twice), nor one look-alike (a bit farther)
        *kept_rows("他远远一看就知道", "圆圆一个人来了", "再走远一点"),
        # ... nor a nickname (doubled, or starting with 园), nor before 一个 or a longer word
        *kept_rows("园园一个人在家", "园园一天到晚玩", "苑苑一个人去了北京", "员园一个人", "员园一天到晚玩"),
    ],
)
def test_numbers(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


def test_clean_text_with_the_signs_is_untouched() -> None:
    text = "河南豫剧团在颐和园演出，增长38.7%，比分3∶1，约1/3，5—6级，’97中国旅游年。"
    assert repair(text) == text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("猿尧民航飞行动态监控系统", "3、民航飞行动态监控系统"),
        ("圆院话剧演出现场", "2：话剧演出现场"),
        ("圆满完成了任务", "圆满完成了任务"),
        ("远近闻名的小镇", "远近闻名的小镇"),
    ],
)
def test_numbered_line(line: str, expected: str) -> None:
    assert repair(garbled_context("") + "\n" + line) == REPAIRED.format("") + "\n" + expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("野自力更生冶遥渊源冤伟大的中华民族遥", "“自力更生”。（4）伟大的中华民族。"),
        ("基本观点是院\n渊员冤人民战争必须依靠人民遥", "基本观点是：\n（1）人民战争必须依靠人民。"),
        ("渊追溯历史渊源冤遥", "（追溯历史渊源）。"),
        # the full stop before a number read with confidence (an item's 6、, a date's 6月): the
        # lexicon read the two as the word "far", and with the digit read, the stop's look-alike
        # alone is no hanzi of prose
        *garbled_rows("隔音很差。\n4、早餐不好吃。\n5、阳台封了，不给进去。\n6、网络很慢。\n7、服务一般"),
        *garbled_rows("干锅还可以。\n不推荐。\n6月26日入住，7月2日退房"),
        # but the word "far" stays where no number follows (after a comma, 6月 is no number)
        *garbled_rows("他们住得很遥远，6月才回来", "离家遥远。\n远方的亲人也来了"),
        # ... and a count or a date that starts a sentence after it (。6位, 。6月，, 。6日下午):
        # 遥远 'far away' stands before none of them
        *garbled_rows(
            "拥戴毛泽东对党和红军的领导。6月，他在两河口召开的会议上提出",
            "贴出了中国队的航班和时间。6日下午，当中国选手刚一露面",
            "并迅速发出各种应变指令。6位当班技术人员正紧张地监视",
            "又一次开展送科技下乡活动。69位专家学者在31个学科领域",
            "准备春节前夕下发。6个灾民新村正抓紧兴建",
            "男子3米板4枚金牌获得者。\n6名进入决赛的选手均实力强劲",
        ),
        # ... but 遥远 before a word the counter starts, or before 日子, is 'far away'
        *garbled_rows(
            "他遥望着远方，想起遥远位置上的小山", "还有遥远日子里的朋友，遥远个性的书", "路途遥\n远名城就在眼前"
        ),
        # ... or before a counter that starts a longer word (名不虚传), after an adverb of degree
        # (很遥远), in a word (路遥, 路途遥远), after a line's start, before 电 of a word (电影) or
        # 袁 the surname (袁家)
        *garbled_rows(
            "路途遥远名不虚传",
            "离我们很遥远个中滋味",
            "这段距离太遥远个把小时",
            "理想很遥远位卑未敢忘忧国",
            "千里路遥\n远名在外",
            "那里多么遥远日晚上才能回来",
            "记忆中遥远月袁家的院子很大",
            "他说起遥远日电影院的往事",
        ),
        # ... or after the full stop itself: 遥遥远 is 。遥远 (no sentence ends with 遥遥 before a number)
        *garbled_rows("他走了。遥远日本的朋友来信", "比赛结束。遥远年代的故事", "会议结束。遥远月球上"),
    ],
)
def test_numbered_item(garbled: str, expected: str) -> None:
    assert repair(garbled_context("") + "\n" + garbled) == REPAIRED.format("") + "\n" + expected


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a counter that starts a word with what follows (类型, 位置, 章节, 发展) is no counter
        # after a lone look-alike: the look-alike is the hanzi (LibreOffice's help)
        ("点击选中数据源的源类型", "点击选中数据源的源类型"),
        ("共有四种源类型可供选择", "共有四种源类型可供选择"),
        ("使用源章节级别", "使用源章节级别"),
        ("固定在对象右边缘位置", "固定在对象右边缘位置"),
        ("会员发展速度加快", "会员发展速度加快"),
        ("议员周围聚集了大批记者", "议员周围聚集了大批记者"),
        ("资源部门统计", "资源部门统计"),
        ("资源条件相对较差", "资源条件相对较差"),
        ("成员人数超过五千", "成员人数超过五千"),
        # 发 counts shots only: any word it starts, however rare, makes it none (Debian's manuals)
        ("核实该包的完整性和源发性", "核实该包的完整性和源发性"),
        ("将文件信息和源发包的文件信息比较", "将文件信息和源发包的文件信息比较"),
        # ... but the same counters standing as counters, and runs of look-alikes
        ("共有源类产品", "共有4类产品"),
        ("排在第源位", "排在第4位"),
        ("全书共员圆章", "全书共12章"),
        ("共接待圆人次", "共接待2人次"),
        ("发射员园发炮弹", "发射10发炮弹"),
        ("他打了源发子弹", "他打了4发子弹"),
        ("分为圆园类型", "分为20类型"),
    ],
)
def test_counter_that_starts_a_word(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a lone look-alike after a surname where a name starts is a given name's (郭远发)
        ("\n郭远发\n在那干部要到干校", "\n郭远发\n在那干部要到干校"),
        ("记者陈源发报道", "记者陈源发报道"),
        ("遥刘缘发老人今年九十岁", "。刘缘发老人今年九十岁"),
        # ... not after a word that ends in a surname's character, nor after a verb
        ("每张远元", "每张6元"),
    ],
)
def test_given_name_after_a_surname(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a company's name made of digits' look-alikes (以下简称缘源公司 in a judgment): no number of
        # one or two digits stands right before 公司 or 集团 without a counter in People's Daily,
        # the reviews or the help
        ("判决驳回缘源公司的全部诉讼请求", "判决驳回缘源公司的全部诉讼请求"),
        ("上诉人缘源公司渊以下简称缘源公司冤不服", "上诉人缘源公司（以下简称缘源公司）不服"),
        ("远圆集团的员工", "远圆集团的员工"),
        # ... while a count before 公司 keeps its counter
        ("全市共有员园园家公司", "全市共有100家公司"),
    ],
)
def test_a_company_named_with_digit_look_alikes_keeps_its_name(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


#: A page set as People's Daily sets it: every number full-width, so every number garbled, and
#: three numbers of two or more digits read with confidence (1998年, 12月, 35名).
ALL_GARBLED = "员怨怨愿年员圆月袁全市共有猿缘名选手参赛遥{}遥"


@pytest.mark.parametrize(
    "snippet",
    [
        # words of a look-alike and a counter stay even where every number is garbled (no
        # document evidence for digits: it read 远天 圆台 圆口 as 6天 2台 2口, see the lead's review)
        "我们一行猿人先来到现场",
        "搭车从拉萨走了远天到阿里",
        "他穿着圆口布鞋",
        "相识是一种缘分嘛",
        "科技信息员张海泉来信",
        "北京猿人遗址",
        "全体人员名单",
    ],
)
def test_words_before_a_counter_stay_where_every_number_is_garbled(snippet: str) -> None:
    assert repair(ALL_GARBLED.format(snippet)) == f"1998年12月，全市共有35名选手参赛。{snippet}。"


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a word of three that holds the look-alike and the counter after it (有缘人)
        ("有缘人终会相聚", "有缘人终会相聚"),
        # ... but a rare word before a counter still gives the look-alike up (有源家: 有4家)
        ("全省中有源家企业", "全省中有4家企业"),
        ("比上年增长远个百分点", "比上年增长6个百分点"),
    ],
)
def test_word_holding_the_counter(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # a range with the same counter on both sides (1门至2门), though a word holds the
        # look-alike (猿人) or the counter is read only after two look-alikes (门)
        ("掌握了员门至圆门实用技术", "掌握了1门至2门实用技术"),
        ("每条船上猿人至员园人不等", "每条船上3人至10人不等"),
        # ... not words on either side of 至
        ("从人员至员工", "从人员至员工"),
        ("从远处至远处", "从远处至远处"),
        ("北京猿人至今仍有研究价值", "北京猿人至今仍有研究价值"),
        # a range up to a larger digit with the counter after it alone, though a word holds
        # its first number (有缘)
        ("东部海区有缘至苑级的偏北风", "东部海区有5至7级的偏北风"),
        ("预计还要猿到源天", "预计还要3到4天"),
        # ... not where it goes down, nor up to a number of two digits
        ("由远至缘分", "由远至缘分"),
        ("我们有缘到圆园岁再见", "我们有缘到20岁再见"),
        # a score or a rate said with 比 between short numbers, though a word holds the
        # look-alike with what follows (猿比: none; 比员 before 猿: 员 is a digit there)
        ("决赛中中国队以猿比1战胜对手", "决赛中中国队以3比1战胜对手"),
        ("这英镑到银行可按员比员猿兑换", "这英镑到银行可按1比13兑换"),
        ("官方汇率为猿窑猿比员袁市场汇率却高达缘窑猿比员", "官方汇率为3·3比1，市场汇率却高达5·3比1"),
        # ... not 远比 'far more than', a word's look-alike, nor a number too long for a score
        ("今天远比圆园年前好", "今天远比20年前好"),
        ("他远比员工多", "他远比员工多"),
        ("会员比例高", "会员比例高"),
        ("人员比圆园员园年增加", "人员比2010年增加"),
        ("猩猩远比猿猴聪明", "猩猩远比猿猴聪明"),
        ("这里的资源比员工少", "这里的资源比员工少"),
        # ... nor a look-alike 比 compares with a count (比3年前, 比1个足球场: a counter or a
        # unit after the number), nor one after a pronoun, a demonstrative or a classifier
        *garbled_rows("我愿比3个人干得多", "这座园比3年前大了一倍", "这个园比1个足球场还大", "这份缘比3年前更深"),
        *garbled_rows("这只猿比3岁的孩子还聪明", "那只猿比1只猴子重得多", "这个圆比1元硬币还大"),
        *garbled_rows("这个圆比2个小圆加起来还大", "这个乐园比1年前热闹", "今天的气温比3天前低"),
        *kept_rows("我愿比3个人干得多", "这座园比3年前大了一倍", "这只猿比3岁的孩子还聪明", "这个圆比1元硬币还大"),
        *garbled_rows("会员比例为1比3", "两队比分为2比1", "最后以3比1战胜对手"),
        # ... nor a range from a word's look-alike (成员至5人, 会员到5级: the range goes from
        # the word), nor from 远 'far' (最远至8公里)
        *garbled_rows("小组成员至5人", "从普通会员到5级会员需要两年", "从会员到9级会员", "最远至8公里", "最远到9公里"),
        *kept_rows("小组成员至5人", "从普通会员到5级会员需要两年", "最远至8公里", "最远到9公里"),
        *garbled_rows("东部海区风力5至7级"),
        # a count alone in parentheses after a count, though a word holds it (猿人), not
        # after a word (北京猿人)
        ("重伤猿件渊猿人冤袁轻伤猿件渊猿人冤", "重伤3件（3人），轻伤3件（3人）"),
        ("北京猿人渊猿人冤的化石", "北京猿人（猿人）的化石"),
        # ... where the clause ends after it: a word in parentheses before more of the clause
        # says what the count counts
        *garbled_rows("出土了3个（猿人）头骨", "出土2件（猿人）头骨"),
        *kept_rows("出土了3个（猿人）头骨", "出土2件（猿人）头骨"),
        *garbled_rows("重伤3件（3人）\n轻伤3件（3人）"),
    ],
)
def test_range_or_score_with_one_counter(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


# -- clean look-alikes beside what reads numbers (Latin letters, ASCII digits, a list's marks, a
# year, a separator): false repairs once, each checked at a garbled paragraph's start, middle and
# end; and the garbled numbers of the same shapes that must still be read ------------------------
def _contexts(snippet: str) -> list[str]:
    """``snippet`` at a garbled paragraph's start, in its middle, right after its end (a
    sentence's end, where a list's item starts) and at the text's end (the garbled paragraph
    is the shared one: its look-alikes are not written here twice)."""
    paragraph = garbled_context("")
    return [
        snippet + "\n" + paragraph,
        garbled_context(snippet),
        paragraph + snippet + "\n" + paragraph,
        paragraph + "\n" + snippet,
    ]


@pytest.mark.parametrize(
    "snippet",
    [
        # a list of shapes in clean punctuation: 圆 is round, between a real ： and a real 、
        "1、形状：圆、方",
        # 远 answers 近 in a parallel phrase after capitals (A near, B far)
        "A近B远",
        # 远远 (far) said again, or after Latin letters, before what it qualifies
        "远远远远不够",
        "APP远远领先",
        # a full stop after 来源 lists no numbers
        "来源.远.近.",
        # a year, then the city 益阳: no temperature follows a year
        "2018益阳",
        # 圆 for 元, the yuan, after a price in ASCII digits
        "花了300圆",
        "价格：300圆起",
        # after Latin letters, a look-alike that starts a rarer word (圆梦, to fulfil a dream)
        "NBA圆梦",
    ],
)
def test_clean_lookalikes_beside_number_contexts_stay(snippet: str) -> None:
    for text in _contexts(snippet):
        out = repair(text)
        at = text.index(snippet)
        assert out[at : at + len(snippet)] == snippet, out


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        # the garbled shapes those rules stand beside
        ("两点不足院员尧订了两晚曰圆尧大床房太小", "两点不足：1、订了两晚；2、大床房太小"),
        ("单元格 B员", "单元格 B1"),
        ("要按F圆进入BIOS设置", "要按F2进入BIOS设置"),
        ("装了DDR猿的内存", "装了DDR3的内存"),
        ("型号P员园", "型号P10"),
        ("炉温达到圆园园园益高温", "炉温达到2000℃高温"),
        ("气温圆缘益左右", "气温25℃左右"),
        # one digit before ℃ where a temperature is spoken of (香远益清 is none)
        ("气温降到缘益", "气温降到5℃"),
        ("白天最高苑益", "白天最高7℃"),
        ("园名取自野香远益清冶之意", "园名取自“香远益清”之意"),
        # ... or kept (保存, 结冰) or listed with another temperature
        ("样品在源益保存", "样品在4℃保存"),
        ("疫苗应置于源益保存", "疫苗应置于4℃保存"),
        ("北京缘益袁上海怨益", "北京5℃，上海9℃"),
        # one digit before 时: a clock where a time of day or its minutes say so (终圆时 is none)
        ("凌晨圆时袁地震发生", "凌晨2时，地震发生"),
        ("他们圆时许到达", "他们2时许到达"),
        ("鸳梦终圆时袁却只剩几近可数的时间", "鸳梦终圆时，却只剩几近可数的时间"),
        # ... or what schedules it before it, an event after it; a bare 于 says no clock (始于远时)
        *garbled_rows("会议定于9时召开", "列车于5时抵达北京", "比赛将于7时举行", "大会9时开幕"),
        ("这种习俗始于远时袁流传至今", "这种习俗始于远时，流传至今"),
        # a counter after an adverb counts a number (不3天, 较5年前), not an adjective (较远年代)
        *garbled_rows("较8年前翻了一番", "价格较3天前上涨", "比分较5个百分点", "我们不3天就完成了", "他是最1名"),
        *garbled_rows("较4月份增长", "太远了", "不远了", "较远年代", "最远日期", "较远个体"),
        ("MEDIAN(员;缘;9;20)", "MEDIAN(1;5;9;20)"),
        ("共有员园远人", "共有106人"),
        # the count after 等, which closes an enumeration, though a rare word holds it (怨家)
        ("铁路总公司等怨家单位签订了责任状", "铁路总公司等9家单位签订了责任状"),
        ("卫生部等愿部委评为先进", "卫生部等8部委评为先进"),
        # a word numbered with consecutive digits (a function's arguments), not where a word
        # holds a look-alike (服务员, 圆满)
        *garbled_rows("CORREL(数据1；数据2)", "区域1，区域2...", "BITXOR(数字1；数字2)", "服务员，服务圆满"),
    ],
)
def test_garbled_numbers_of_the_same_shapes_still_read(snippet: str, expected: str) -> None:
    assert repair(garbled_context(snippet)) == REPAIRED.format(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a glossary's heads under its heading are hanzi, whatever digits their look-alikes are
        # (5 and 6 in a row by chance), where the text before writes them (the text glossed),
        # and each gloss ends with a full stop before the next head
        *garbled_rows(
            "缘溪行，忘路之远近。\n注释：\n缘：沿着。\n远：远近。",
            "源远流长，缘分天定。\n词语解释：\n源：水流起头的地方。\n缘：沿着，顺着。",
        ),
        *garbled_rows("远处有园林，苑中花开。\n注：\n远：远近。\n苑：园林。"),
        # ... but notes numbered from 1, and a list under any other heading (a list of rules)
        *garbled_rows("注释：\n1：见前文。\n2：见后文。", "注意事项：\n4：请勿吸烟\n5：请勿喧哗"),
        *garbled_rows("大家关注：\n5：沿着。\n6：远近。"),
    ],
)
def test_the_heads_of_a_glossary_are_no_numbers(text: str, expected: str) -> None:
    lead = "会议指出院野要抓好落实袁创新活动方式袁扩大覆盖遥冶\n"
    assert repair(lead + text) == "会议指出：“要抓好落实，创新活动方式，扩大覆盖。”\n" + expected
