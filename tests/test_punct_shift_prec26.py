"""Punct-shift precision in garbled modern prose (session 24, prec26): sentences of news,
government reports, reviews, technical documents and forum posts with real 院 要 原 员 园 圆 远
源 缘 野 冶 尧 袁 叶 曰 则 月 in varied positions, garbled around them (founder_garble inside
garbled_context): every real word stays, every mark comes back. Then the cases each rule of the
session decides, with the repaired neighbours that the rule must leave repaired."""

from __future__ import annotations

import pytest

from cleaner.stages.base import StageContext
from cleaner.stages.punct_shift import detect
from cleaner.stages.punct_shift.faithful import _letter_lookalikes
from tests.test_punct_shift import REPAIRED, founder_garble, garbled_context, repair
from tests.test_punct_shift_general_names import doubts

#: Clean sentences (no final mark: the context goes on after them) whose look-alike hanzi are
#: real words; garbled, every mark comes back and every hanzi stays.
KEPT_IN_MODERN_PROSE = [
    "3月15日，省检察院召开新闻发布会，通报了一批典型案例",
    "8号员工上班迟到了3次",
    "下周一，全院职工大会将在礼堂召开",
    "不管多远，我都要去看看",
    "专家指出：要从源头上防范风险",
    "两人因工作结缘，相识五年后步入婚姻殿堂",
    "两国之间源远流长的友谊值得珍惜",
    "中国社会科学院研究员叶秀山认为，这一观点值得商榷",
    "中国科学院院士袁亚湘作了学术报告",
    "中秋之夜，一轮圆月挂在天空，格外明亮",
    "主任叶青强调，要把安全放在第一位",
    "主任袁伟在会上作了工作报告",
    "主要内容包括：一是完善制度；二是强化监督；三是严格问责",
    "主要原因是资金不足，其次是人才短缺",
    "乡亲们自发组织起来，修缮了村里的祠堂和戏院",
    "人大代表、政协委员深入基层调研，了解群众的所思所盼",
    "人民法院、人民检察院要依法独立行使职权",
    "今天，远月合约价格上涨了3%，近月合约下跌了1%",
    "今天，远月合约价格上涨了3%，近期走势偏强",
    "他一直怨自己当初没有好好学习",
    "他从小在四合院长大，对老北京的生活很熟悉",
    "他从法院出来，径直走向停车场",
    "他们两个人很有缘",
    "他们在院外等了两个小时，直到手术结束",
    "他们家的院子很大，种了很多花，还养了一条狗",
    "他住院治疗了两周，出院后一直在家休养",
    "他叫李远，是我的大学同学",
    "他和同学袁泰山一起报名参加了比赛",
    "他在医学院读了五年书，毕业后到县医院工作",
    "他在野外考察了三个月，收集了大量标本",
    "他家离学校很远，每天要坐1个小时的公交车",
    "他家院子里有一棵两百多年的老槐树",
    "他当选为中国工程院院士，是该领域的权威专家",
    "他把圆规放进书包，急急忙忙跑出了门",
    "他是一个很有野心的人，从不满足于现状",
    "他是公司的老员工，在这里干了20年",
    "他是医院的院长，也是著名的外科专家",
    "他是我们学院最年轻的教授，也是院里的学术带头人",
    "他是第5届全国人大代表、省政协委员",
    "他是袁家的长子，从小就很懂事",
    "他是这家公司的老员工",
    "他曾任国务院研究室主任、中央财经领导小组办公室副主任",
    "他毕业于中央美术学院，现任中国美术馆馆长",
    "他的名字叫张圆，今年二十五岁",
    "他的妻子姓袁，是一名小学教师",
    "他的家乡在江西袁州，那里山清水秀",
    "他的愿望终于实现了",
    "他的散文集《叶落归根》出版后广受好评",
    "他考上了北京电影学院，全家人都很高兴",
    "他要求我们在三天内完成任务",
    "他说：“原来的厂房已经拆除，原址将建成一座城市公园。”",
    "他说：“我们要把这件事办好，办实。”",
    "他野心勃勃，想在三年内把公司做到上市",
    "会上，委员们围绕议题充分发表意见，提出了许多建设性建议",
    "会员号码为8位数字，请妥善保管",
    "会计员袁小红负责公司的财务工作",
    "作者：袁圆",
    "你们的要求我们会认真考虑",
    "使用 git clone 命令可以把远程仓库复制到本地",
    "全国人大常委会副委员长、民进中央主席叶圣陶出席",
    "全院上下齐心协力，圆满完成了年度任务",
    "公园里有3个湖，湖边种满了柳树",
    "公园里游客很多，孩子们在草地上放风筝，老人们在树下下棋",
    "冶炼厂的废水必须经过处理后才能排放",
    "冶金工业部原副部长袁宝华同志逝世",
    "冶金行业是国民经济的重要基础产业，近年来转型步伐加快",
    "副县长尧学兵出席了开幕式",
    "加强源头治理，从根本上减少矛盾纠纷的发生",
    "加快建设科创园区，引进高层次人才，培育新兴产业",
    "北京四合院是中国传统民居的代表",
    "北京大学教授袁行霈主编的《中华文明史》出版",
    "医院、学校、养老院等重点场所要加强防控",
    "华北平原是我国重要的粮食产区",
    "原价399元，活动价只要199元，非常划算",
    "原告的诉讼请求被法院驳回",
    "原告认为，被告的行为侵犯了其合法权益，要求赔偿损失",
    "原始数据需要经过清洗和转换，才能用于训练模型",
    "原来他早就知道了，只是不愿意说",
    "只要功夫深，铁杵磨成针",
    "叶县位于河南省中部，历史悠久",
    "叶圣陶先生是著名的教育家、文学家，他的散文影响了几代人",
    "叶子落了，秋天到了",
    "叶某某驾驶车辆时接打电话，被罚款200元",
    "叶老师是我们的班主任，她对学生非常关心",
    "各位员工请注意，明天上午九点召开全体大会",
    "各地要根据实际情况，制定切实可行的实施细则",
    "各级党组织要切实履行主体责任，把纪律和规矩挺在前面",
    "各院系要加强对学生的管理",
    "同学们都叫他袁大头，他也不生气",
    "员工信息表中包含姓名、部门、职位等字段",
    "员工的合法权益必须得到保障",
    "周末带孩子去动物园，看到了大熊猫和长颈鹿，孩子特别高兴",
    "周末我们一家去了公园，天气特别好",
    "唐尧时期，洪水泛滥，百姓苦不堪言",
    "园区网络的出口带宽为10G，可以满足需要",
    "园林部门及时清理了倒伏的树木",
    "园艺师正在修剪花草，公园里一片忙碌景象",
    "国务院副总理袁宝华出席了会议并讲话",
    "圆明园遗址公园每年接待游客数百万人次",
    "圆桌会议上，各方代表就合作事项深入交换了意见",
    "圆满完成了年度各项目标任务，为“十四五”开局奠定了坚实基础",
    "圆角矩形的半径可以在属性面板中调整",
    "在野外露营时，一定要注意防火",
    "坚持问题导向，既要治标，更要治本",
    "大家要同心同德，共圆中国梦",
    "大院里住着几十户人家，邻里关系十分融洽",
    "她从小就有一个愿望，就是当一名医生",
    "她在医院工作，是一名护士",
    "她是这所学校的员工，也是学生家长",
    "她没有怨言，默默地做好本职工作",
    "如果要删除多个行，请先选中这些行，再单击“删除”",
    "子曰：“学而时习之，不亦说乎？”这句话出自《论语》",
    "子曰：“温故而知新，可以为师矣。”",
    "孩子们在院里玩耍，大人们在屋里聊天",
    "孩子发烧了，我们连夜赶到儿童医院",
    "小区的怨言主要集中在物业收费和停车问题上",
    "小区里的野猫越来越多了，晚上叫得人睡不着",
    "小明的梦想是当一名飞行员",
    "尧舜时代，天下太平",
    "尧舜禹是中国古代传说中的圣君",
    "工作人员提醒，冬季取暖要注意防范一氧化碳中毒",
    "市第一人民医院、市中医院、市妇幼保健院都参与了救治",
    "市长叶青在开幕式上致辞，副市长袁明主持",
    "我们一起去了动物园，看到了很多动物",
    "我们小区门口新开了一家面馆，味道还不错，就是有点远",
    "我们的老师袁泉，是一位优秀的青年教师",
    "我们要以更加开阔的视野，谋划未来的发展",
    "我们要饮水思源，不忘初心",
    "我们请袁师傅来修水管，他很快就修好了",
    "我国的高铁技术遥遥领先，已经出口到多个国家",
    "我家附近有个公园，每天早上都有很多人锻炼",
    "我想去学院，可是学院不让进",
    "我愿意为这个目标奋斗10年",
    "我的同事袁雪是个热心人，经常帮助别人",
    "我的朋友叫王园，她在银行工作",
    "我老家在江西，小时候经常去山上摘野果，现在想起来还很怀念",
    "我要去医院看望住院的奶奶",
    "我要投诉！房间里有蟑螂，空调也不制冷，太失望了",
    "我院今年共收治病人一万余人次",
    "技术员小军说，这台机器已经修好了",
    "按照“放管服”改革要求，我们精简了审批环节，压缩了办理时限",
    "据了解，售货员袁丽已经在这家商场工作了8年",
    "据新华社报道，国务院办公厅近日印发通知，要求各地加强安全生产检查",
    "据院方介绍，患者目前病情稳定，已转入普通病房",
    "数据来源：国家统计局",
    "新员工入职培训为期一周，内容包括企业文化、规章制度等",
    "无人机遥感技术在农业中的应用越来越广泛",
    "早餐很丰盛，有中式也有西式，就是人太多了要排队",
    "昨天上午，市人民医院组织专家义诊，吸引了200多名市民前来咨询",
    "昨天，我和朋友袁杰一起去看了电影",
    "有一种鸟，名曰精卫，常衔西山之木石",
    "有没有人一起去野营？周六出发",
    "服务员小张很热情，主动帮我们搬行李，要表扬一下",
    "朝野上下都在关注这次选举的结果",
    "本院地址：北京市海淀区中关村大街1号",
    "来源：人民日报",
    "树叶黄了，一片片从树上落下来",
    "检察院依法对其提起公诉，法院判处其有期徒刑三年",
    "每名员工每月可领取2张电影票",
    "每逢佳节倍思亲，每到中秋月儿圆",
    "水源不足，全村300多户人家的用水成了难题",
    "水源地保护工作关系到全市人民的饮水安全，必须常抓不懈",
    "法院审理认为，被告人的行为已构成诈骗罪",
    "法院院长、检察院检察长列席会议",
    "活动现场，志愿者向群众发放宣传资料，讲解防范知识",
    "源代码可以从项目主页下载，遵循GPL许可证发布",
    "源头活水来，清渠自然清",
    "源源不断的新鲜血液，为企业发展注入了活力",
    "源码包解压后，进入目录执行 make 命令",
    "演员们精彩的表演赢得了观众阵阵掌声",
    "猿猴是人类的近亲，研究它们有助于了解人类的进化",
    "田野里的麦子熟了，农民们正忙着收割",
    "电视遥控器坏了，打电话给前台，很快就来人换了一个",
    "电视遥控器的电池没电了，换了新的就好了",
    "登上山顶，一下子开阔了视野",
    "省委书记强调，要把乡村振兴作为重中之重来抓",
    "研究员袁志强带领团队攻克了这一难题",
    "研究院是去年成立的，目前有科研人员80人",
    "离景区比较远，打车要二十多分钟，不太方便",
    "科学院、工程院两院院士大会在京开幕",
    "经过两年的努力，这个项目终于圆满完成了",
    "经过多年发展，这所学校形成了院有特色、系有品牌、人有专长的办学格局",
    "缘分天注定，两人在2018年相识",
    "缘分这东西，真的说不清楚",
    "美其名曰“改革”，实际上是变相涨价",
    "肺叶切除手术后，病人需要静养一段时间",
    "苑某某因涉嫌诈骗被警方刑事拘留",
    "茶叶的价格今年上涨了不少，尤其是明前茶",
    "袁世凯称帝仅仅83天就失败了",
    "袁大头是民国时期流通的银元",
    "袁某因涉嫌受贿被立案调查",
    "袁老师讲课很生动，同学们都很喜欢她",
    "袁隆平院士一生致力于杂交水稻研究，被誉为“杂交水稻之父”",
    "要使用该功能，必须先启用宏",
    "要坚持以人民为中心的发展思想，不断增进民生福祉",
    "要坚持原则，敢于斗争，善于斗争",
    "要广泛团结各界人士，画出最大同心圆",
    "要统筹发展和安全，守住不发生系统性风险的底线",
    "要进一步优化营商环境，激发市场主体活力，稳定就业",
    "规则要求，每位选手只能参加2个项目",
    "记者从市中级人民法院获悉，该案将于下月公开审理",
    "记者袁明报道：今年全市粮食总产量再创新高",
    "记者：叶远",
    "设计院有200多名工程师，承担了多项国家重点工程",
    "该公司共有员工3500人，其中研发人员占三成",
    "该园占地面积约6公顷，分为5个展区",
    "该院今年共受理各类案件3000余件，审结率达到95%",
    "责任编辑：袁园",
    "近年来，我们逐步形成了院有特色、科有专长的发展局面，群众满意度不断提高",
    "这个圆形按钮用于切换显示模式",
    "这个地方离市中心太遥远",
    "这个小区离地铁站远，步行要20分钟",
    "这个小院虽然不大，但收拾得很干净",
    "这个问题的根源，在于管理不善",
    "这个问题要看具体情况，不能一概而论",
    "这个项目由工程师袁建国负责，他有15年工作经验",
    "这些问题的根源在于制度执行不到位、监督不到位",
    "这件事对我来说非常重要",
    "这名员工入职不到一年，就被评为优秀员工",
    "这家疗养院环境优美，每年接待游客上万人",
    "这家酒店位置很好，离火车站很近，服务员态度也不错",
    "这家餐厅离我们住的地方不远，走路十分钟就到了",
    "这座古老的寺院始建于唐代，至今已有一千多年历史",
    "这所学校形成了院有特色、系有亮点、人有专长的格局",
    "这所学院有三千名学生，五百名教职员工",
    "这所幼儿园有教职员工45人",
    "这是一个非常重要的问题，需要认真研究",
    "这次事故发生后，院党委高度重视，立即成立调查组",
    "这次共招聘员工120人，其中大学本科以上学历的占80%",
    "这次展览由故宫博物院、中国国家博物馆联合主办",
    "这次改革的力度之大，前所未有，影响深远",
    "这次旅行开阔了我的视野，增长了见识",
    "这次旅行，我们游览了颐和园、圆明园和故宫",
    "这次比赛，袁华获得了第一名，李明获得了第二名",
    "这次活动的经费来源于社会捐助",
    "这款产品深受消费者喜爱，远销海外",
    "这片树叶的形状像一把小扇子",
    "这部电影讲述了一个普通员工的奋斗故事",
    "这里山清水秀，是远近闻名的旅游胜地",
    "这里是长江的源头，水质非常好",
    "这里的环境很好，就是离家有点远",
    "远在千里之外的父母，时刻牵挂着在外打拼的孩子",
    "远处的山峰在云雾中若隐若现，吸引了不少摄影爱好者",
    "远方的亲人，你们还好吗",
    "远景目标纲要提出，到2035年基本实现社会主义现代化",
    "远洋渔业公司拥有渔船20艘",
    "远程服务器的地址可以在配置文件中修改",
    "远程桌面连接失败，请检查网络设置",
    "选择要插入的对象，然后按下回车键",
    "通知要求：各单位要高度重视，认真落实",
    "通讯员袁芳介绍，这项活动已经连续举办了五届",
    "那是一个遥远的年代，人们的生活还很艰苦",
    "酒店的员工都很友善，下次还会再来",
    "野生动物保护法明确规定，禁止非法猎捕、杀害国家重点保护野生动物",
    "野生动物园里，游客可以近距离观察老虎和狮子",
    "队长叶明带领队员们连夜赶到了现场",
    "院方表示，将积极配合调查",
    "院长表示，医院将继续加强人才队伍建设",
    "音乐可以陶冶情操，让人心情愉快",
    "驾驶员叶志刚驾驶的车辆撞上了护栏",
    "默认情况下，源文件和目标文件必须位于同一目录",
]


@pytest.mark.parametrize("sentence", KEPT_IN_MODERN_PROSE)
def test_real_words_stay_in_garbled_modern_prose(sentence: str) -> None:
    assert repair(garbled_context(founder_garble(sentence))) == REPAIRED.format(sentence)


@pytest.mark.parametrize(
    ("sentence", "doubt"),
    [
        # 袁 after a noun for a person, before a common surname that makes a word with the next
        # hanzi: 同学，黄山 (a place, or Huang Shan) or 同学袁黄山 (Yuan Huangshan)
        ("我和同学袁黄山一起去了北京", "同学袁黄山"),
        ("暑假里，我和同学袁黄山一起去了北京，参观了故宫和长城", "同学袁黄山"),
        # 尧 between a post and a given name before a verb: the surname 尧, or a list
        ("技术员尧小军在车间工作了十年", "术员尧小军"),
        ("据介绍，技术员尧小军在车间工作了十年，经验丰富", "术员尧小军"),
        # 远月 before a futures word, no 近月, year or day: the far month, or June's contract
        ("期货市场上，远月合约的成交量明显放大", "上袁远月合"),
        ("沪铜远月合约收于每吨6万元", "沪铜远月合"),
        # ... and after a job title (县委书记尧建军深入乡镇调研)
        ("当天，县委书记尧建军深入乡镇调研", "书记尧建军"),
        # 小袁 after a role before a clause of a noun and its degree: the familiar name, or 小，
        ("餐厅的菜品有点咸，服务员小袁态度很好", "员小袁态度"),
    ],
)
def test_ambiguous_lookalikes_stay_and_are_reported(sentence: str, doubt: str) -> None:
    text = garbled_context(founder_garble(sentence))
    assert repair(text) == REPAIRED.format(sentence)
    assert doubt in doubts(text)


@pytest.mark.parametrize(
    "expected",
    [
        # a colon before items alike after it, none with the subject 院 (有计划、有步骤), before
        # an item that is a word of its own (来信综述), before items that each have a subject
        "要做到：有计划、有步骤地推进",
        "读者来信版的主要栏目有：信访追踪、来信综述、呼吁",
        "会议要求：党员要带头、干部要表率",
        # the comma before the familiar 老袁; a list of levels of government
        "这批订单的圆满完成，老袁和小叶功不可没",
        "要建立省，市，县，乡四级联动机制",
        # a foreign envoy's title ends its clause; lists of posts and of kinds of people
        "外交部昨天召见美国驻阿大使，明确表示拒绝",
        "中共中央总书记、国家主席江泽民发表讲话",
        "为老人、儿童释疑解惑",
        "技术员、工人和管理员都参加了培训",
        # a colon after a common noun joined to an institution (one name of 院 is no list of them)
        "医院和工厂：前者是事业单位",
        # a June contract after the year; a family member before a full name
        "今年6月合约到期后，价格大幅波动",
        "他和家人，魏伟一起去了北京",
        # after a time word that opens the sentence the comma: 长江 names a person either way
        "今天，长江来我家做客",
        # 是…的 ends its clause with 的: the comma before 小姐 there, and where she starts one
        "这件衣服是新买的，小姐很喜欢",
        # an adjective before a clause after a thing, no person (房间小，价格很贵)
        "这家店的房间小，价格很贵",
        "当我询问价格时，小姐很不耐烦",
        # a one-hanzi answer after no role
        "我问他去不去，他说：“去。”",
    ],
)
def test_marks_beside_the_kept_words_are_repaired(expected: str) -> None:
    assert repair(garbled_context(founder_garble(expected))) == REPAIRED.format(expected)


def test_a_surname_honouring_an_elder_ends_its_sentence() -> None:
    text = founder_garble("那位老人姓袁，大家都叫他袁老。他今年九十岁了，身体还很硬朗。会上，他说：“要抓好落实。”")
    assert repair(text) == "那位老人姓袁，大家都叫他袁老。他今年九十岁了，身体还很硬朗。会上，他说：“要抓好落实。”"


@pytest.mark.parametrize(
    "sentence",
    [
        # 袁 after 的 before a title (的 ends no clause but in 是…的)
        "前台的袁小姐很热情，给我们介绍了周边景点",
        # 袁 after a role before one hanzi that a sentence's end follows: no clause of one noun
        "在场的还有市委常委、宣传部长袁方。会上，他说：“好”",
        # 国务院副总理: heads of government are named after their title
        "国务院副总理袁宝华出席了会议并讲话",
        # the third of institutions joined, each ending in 院 (a list of one kind ends alike)
        "省设计院、规划院、勘察院联合承担了这个项目",
        # no title ends with a comma: 曳 after one is the verb 'drag'
        "他拖着疲惫的身子，曳着步子走回家",
        # 尧 ends the name a verb of naming takes, the comma after it a comma
        "他的名字叫刘尧，今年三十岁，是一名工程师",
        # 。” ends the sentence: no 。 after it, 遥想 a word
        "他说：“好啊。”遥想当年，我们还是一群懵懂的少年",
    ],
)
def test_names_and_words_the_session_keeps(sentence: str) -> None:
    assert repair(garbled_context(founder_garble(sentence))) == REPAIRED.format(sentence)


def test_a_place_named_with_a_surname_lookalike() -> None:
    sentence = "他的家乡在江西袁州，那里山清水秀"
    assert repair(garbled_context(founder_garble(sentence))) == REPAIRED.format(sentence)


def test_the_institute_gone_to_after_an_aspect_particle() -> None:
    text = garbled_context(founder_garble("上周，我们去了科创院，科创院太远了"))
    assert "我们去了科创院" in repair(text)


#: A Latin letter's full-width form and its look-alike (栽 is Ｔ): a man page's words garbled.
_LETTER_LOOKALIKE = {chr(ord(entry.symbol) - 0xFEE0): hanzi for hanzi, entry in _letter_lookalikes().items()}


def test_then_after_a_latin_word_the_page_writes_without_it() -> None:
    page = (
        "当前支持下列开关：\n-keepnewline\n在管道的输出中保持尾随的换行符。通常要删除尾随的换行符。\n"
        "如果结果的最后的字符是一个换行符，则这个换行符通常被删除。但是，如果指定了 -keepnewline则保持尾随的换行符。"
    )
    garbled = founder_garble("".join(_LETTER_LOOKALIKE.get(c, c) for c in page))
    assert repair(garbled) == page
    # ... but where the page writes no such word, a consonant's r after a condition is the letter
    condition = "如果设置了 user则使用默认值，否则报错。如果你是 manager则可以审批。"
    garbled = founder_garble("".join(_LETTER_LOOKALIKE.get(c, c) for c in condition))
    assert repair(garbled) == condition
    assert all(f.span.start != garbled.index("则则") for f in detect(garbled, StageContext()) if f.edit is None)
