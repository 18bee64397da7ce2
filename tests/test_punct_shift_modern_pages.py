"""Modern pages in phrases of four with no digit (a CV, a brochure, a speech): they lack the modern
function words (的 了 是 在) as verse does, but say their words in two hanzi and more, so they are
modern prose (document._disyllabic), and the rules of verse (院 the courtyard, 不曰 'does not say',
遥遥 'far, far') do not read them. Verse, the ci and the classics stay literary. The pages are
written for these tests, stated clean and garbled by founder_garble."""

from __future__ import annotations

from typing import Final

import pytest

from cleaner.stages.punct_shift.document import _disyllabic, _literary
from tests.test_punct_shift import founder_garble, repair
from tests.test_punct_shift_verse import VERSE
from tests.test_punct_shift_verse29 import CI_WITH_MODERN_WORDS, FAR_AT_SENTENCE_STARTS

#: A CV with no date: its fields on one line (性别：男 after another field's value, where 别院 is
#: a word of verse), an answer 不； and full stops doubled as a speech's transcript types them.
CV: Final = (
    "个人简历\n"
    "姓名：李明　性别：男　民族：汉族　籍贯：山东济南\n"
    "政治面貌：党员\n学历：本科\n专业：市场营销\n求职意向：销售经理\n联系方式：电话面议\n"
    "自我评价：性格开朗，待人真诚，吃苦耐劳，善于沟通，团结同事，乐于助人，责任心强，工作认真，积极进取，"
    "勇于创新，热爱生活，兴趣广泛。\n"
    "工作经历：曾任某公司销售主管，负责区域市场开拓，客户关系维护，团队建设管理，业绩突出，屡获表彰。"
    "曾任某集团市场专员，负责品牌推广策划，渠道拓展维护，活动组织执行，成效显著，深受好评。\n"
    "专业技能：熟悉市场调研，掌握营销策划，精通商务谈判，擅长客户管理，熟练办公软件，具备英语读写，持有驾驶执照。\n"
    "兴趣爱好：读书写作，摄影旅游，篮球足球，游泳登山，书法绘画，音乐电影。\n"
    "获奖情况：优秀员工，销售标兵，先进个人，优秀党员，岗位能手，青年骨干。\n"
    "教育背景：市场营销专业本科毕业，主修市场营销学，消费者行为学，广告学原理，商务谈判，国际贸易，"
    "统计学原理，管理学原理，经济学原理。\n"
    "社会实践：参与校园营销大赛，荣获一等奖项；组织社团公益活动，服务社区居民；参加企业暑期实习，"
    "协助市场调研；担任学生会干部，策划文艺晚会。\n"
    "求职宣言：诚实守信，踏实肯干，虚心好学，勤奋努力，愿与贵公司共同成长，携手共进，再创辉煌。\n"
    "问：是否看重薪酬？\n答：不；本人不求薪酬，但求发展，贵司平台广阔，前景光明，正合心意。\n"
    "现场演讲，掌声不断。。全场起立，气氛热烈。\n"
    "感谢聆听！！祝大家身体健康，万事如意。。\n"
)

#: A tourist brochure with no hours or prices in figures.
BROCHURE: Final = (
    "山水名城，魅力古镇\n"
    "古镇位于群山之间，依山傍水，风光秀丽，历史悠久，文化灿烂，素有“江南明珠”之美誉。\n"
    "镇内古街纵横，小巷幽深，白墙黛瓦，飞檐翘角，石桥流水，垂柳依依，步移景异，美不胜收。\n"
    "春来桃花盛开，夏日荷香满塘，秋至枫叶似火，冬临白雪皑皑，四季景色各异，处处引人入胜。\n"
    "古镇民风淳朴，热情好客，特色小吃琳琅满目，传统手艺代代相传，民俗活动丰富多彩。\n"
    "景区设施完善，交通便捷，停车方便，宾馆饭店一应俱全，可满足游客吃住行游购娱各类需求。\n"
    "主要景点：古戏台、状元府、文昌阁、千年银杏、古码头、百家巷。\n"
    "门票价格：成人全票，学生半票，老人儿童免票。\n"
    "开放时间：全年开放，夜游另行公告。\n"
    "游览线路：东门入口，沿河漫步，过古桥，登文昌阁，观古戏台，游状元府，出西门。\n"
    "温馨提示：请勿攀爬古建，请勿乱扔垃圾，爱护花草树木，文明游览，安全出行。\n"
    "咨询电话：详见官网。\n"
    "欢迎各地游客前来观光旅游，休闲度假，寻古探幽，品味人生！\n"
    "庆典当日，锣鼓喧天，鞭炮齐鸣，彩旗飘扬，人山人海，掌声不断。。\n"
    "问：古镇何时最美？\n答：四季皆宜。问：需要门票吗？答：不；免费开放。\n"
    "导游：张三　性别：男　年龄：不详\n"
    "热烈欢迎！！期待各位光临。。\n"
)

#: A speech at a school's opening: two modern function words in four hundred hanzi.
SPEECH: Final = (
    "开学典礼致辞\n"
    "各位老师，各位同学，各位家长：\n"
    "金秋九月，丹桂飘香，硕果累累，万象更新。值此开学之际，谨代表学校领导班子，向新入学同学表示热烈欢迎，"
    "向辛勤耕耘全体教师致以崇高敬意！\n"
    "过去一年，学校坚持立德树人，深化教学改革，加强师资建设，改善办学条件，各项事业蓬勃发展，教学质量稳步提升，"
    "科研成果丰硕，社会声誉日隆。\n"
    "新学年伊始，希望全体同学志存高远，脚踏实地，勤学苦练，刻苦钻研，珍惜青春时光，练就过硬本领；尊敬师长，"
    "团结同学，遵守纪律，文明礼貌，养成良好习惯，争做时代新人。\n"
    "希望全体教师爱岗敬业，为人师表，潜心育人，精益求精，关爱学生成长，传授知识技能，培养创新精神，提升综合素质。\n"
    "学校将一如既往，全力支持教学科研，不断完善管理制度，持续优化校园环境，努力创造良好条件，为师生发展保驾护航。\n"
    "校园生活丰富多彩，社团活动百花齐放，体育竞赛激情飞扬，文艺汇演异彩纷呈，志愿服务温暖人心，学术讲座启迪智慧，"
    "欢迎各位同学踊跃参与，全面发展，健康成长。\n"
    "同学们，青春正当时，奋斗正当年。让我们携手并进，同心协力，开拓进取，砥砺前行，共创学校美好未来！\n"
    "问：新生何时报到？答：不；另行通知。\n"
    "致辞完毕，掌声雷动。。全场师生，群情振奋！！\n"
    "谢谢大家！\n"
)


@pytest.mark.parametrize("page", [CV, BROCHURE, SPEECH], ids=["cv", "brochure", "speech"])
def test_a_modern_page_in_phrases_of_four_is_repaired_as_modern_prose(page: str) -> None:
    garbled = founder_garble(page)
    assert not _literary(garbled)
    assert repair(garbled) == page


@pytest.mark.parametrize(
    "text",
    [VERSE, CI_WITH_MODERN_WORDS, VERSE + "\n\n" + FAR_AT_SENTENCE_STARTS],
    ids=["tang", "song-ci", "far-at-sentence-starts"],
)
def test_verse_says_its_words_in_one_hanzi_and_stays_literary(text: str) -> None:
    garbled = founder_garble(text)
    assert not _disyllabic(garbled)
    assert _literary(garbled)
