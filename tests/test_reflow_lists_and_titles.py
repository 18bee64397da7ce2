"""Reflow on clean documents: a title, the rows of a ranking, a table of contents, a list, a
table's cells and messages stay one item per line, while wrapped prose is still joined.

An adversarial probe found the whole pipeline joining lines of clean documents: a title with a
comma or an enumeration comma inside (用了一个月iPhone 15，说说真实感受 ⏎⏎ …), joined into the
first paragraph as if a page had ended there, and the rows of a results list
(第2名 袁苑 2小时35分21秒 / 第3名 远晴 …), joined as lines of a column. Debian's Simplified
Chinese manuals (gimp-help-zh-cn, debian-reference-zh-cn), extracted one HTML block per line,
showed it joining items of a table of contents (1.22. 命令的退出代码 / 1.23. Shell 命令常见用法,
10.6.4. 启动服务器 / 服务器端口) and a table's cells (软件包移除之前运行的软件包脚本 /
软件包移除之后运行的软件包脚本) as lines of a narrow column. Wrapped prose holds a punctuation
mark every line or two, or cuts a word at a break; a list holds neither. The documents below are
written for these tests in the shape of those pages; the whole pipeline must join or split none
of their lines.
"""

from __future__ import annotations

import itertools

import pytest

from cleaner import Config, clean
from cleaner.chars import LIST_ITEM_RE
from cleaner.stages import reflow
from cleaner.stages.base import StageContext

# -- a document's title and the rows of a ranking --------------------------------------------------
THRESHOLD = Config().threshold

#: A paragraph of a review: no title, one full stop per sentence.
BODY = (
    "外观方面，这一代换成了磨砂玻璃背板，手感比上一代好很多，也不容易沾指纹。"
    "续航方面，我每天大概用五到六个小时，晚上回家还剩两成左右，一天一充没问题。"
    "总的来说，这是一部均衡的手机，没有明显短板，也没有太大惊喜，建议等电商活动再入手。"
)

#: Titles with a comma, an enumeration comma or a colon inside, and the first paragraph after
#: each: the whole pipeline joined every one of them before session 12.
TITLES = (
    ("用了一个月iPhone 15，说说真实感受", "先说结论：如果你手上是iPhone 11或者更早的机型，iPhone 15值得换。"),
    ("北京三日游攻略：颐和园、圆明园一日游", "第二天建议把颐和园和圆明园安排在一起，两个园子离得很近。"),
    ("RTX 4090显卡评测：性能怪兽，也是电老虎", "拿到这块显卡的第一感觉是大，我的机箱差点装不下。"),
    ("从入门到放弃，我的吉他学习之路", "很多人问我学吉他难不难，我的回答是：开头最难。"),
    ("三个月减重十公斤，我是怎么做到的", "很多人问我是怎么瘦下来的，其实没有什么秘诀，就是管住嘴、迈开腿。"),
    ("周末去哪儿：郊野公园、湿地公园和植物园", "天气转暖，很多读者来信问周末带孩子去哪里玩。"),
    ("关于春节假期调整，给家长的一封信", "根据市教育局的通知，本学期寒假时间有所调整，具体安排如下。"),
    ("苹果、香蕉、橙子：哪种水果更适合减肥", "水果热量低、纤维多，是很多人减肥时的首选。"),
    ("家用净水器怎么选？看完这篇就够了，不踩坑", "装修新房的时候，我花了两个星期研究净水器。"),
    ("二手房交易流程：签约、过户、交房", "第一次买二手房的朋友，往往不清楚要走哪些步骤。"),
    ("小区停车难，能不能这样解决", "我们小区建于上世纪九十年代，当时设计的车位只有两百个。"),
    ("致毕业生：愿你们前程似锦，不忘初心", "亲爱的同学们，今天是你们毕业的日子。"),
)


@pytest.mark.parametrize(("title", "opening"), TITLES)
def test_a_title_with_a_comma_or_colon_before_a_blank_line_is_kept(title: str, opening: str) -> None:
    text = f"{title}\n\n{opening}\n\n{BODY}\n"
    result = clean(text)
    assert result.text == text, [(e.rule, e.before, e.reason) for e in result.edits]


def test_a_title_is_only_reported() -> None:
    # Kept, but the missing stop is reported: a paragraph without one shows the style of the text.
    text = f"{TITLES[0][0]}\n\n{TITLES[0][1]}\n\n{BODY}\n"
    [finding] = reflow.detect(text, StageContext())
    assert finding.confidence < THRESHOLD
    assert "as short as a title" in finding.message


def test_a_first_line_cut_inside_a_word_is_still_joined() -> None:
    # The words show the cut: 振兴 across the break, 兴的 no sentence's start.
    text = f"关于加强基层组织建设，推动乡村振\n\n兴的若干意见。{BODY}\n"
    assert clean(text).text == f"关于加强基层组织建设，推动乡村振兴的若干意见。{BODY}\n"


def test_a_long_first_paragraph_cut_by_a_page_break_is_still_joined() -> None:
    # More than a title: the text of a page that ends mid-sentence.
    first = BODY + BODY[:40] + "出门可以和笔记本共用一根线"
    text = f"{first}\n\n这点好评。{BODY}\n"
    assert clean(text).text == f"{first}这点好评。{BODY}\n"


def test_the_first_lines_of_a_column_set_a_blank_line_apart_are_still_joined() -> None:
    # An excerpt that starts inside a paragraph: its first line is a column line, not a title.
    paragraph = (
        "党员在哪里，党的建设就推进到哪里，党在民族边境地区的执政基础不断夯实，各族群众福祉全面提升。"
        "内蒙古公安边防总队始终坚持和加强党的全面领导，始终把加强党的建设作为贯穿边境管理的一条红线。"
    )
    text = "\n\n".join(paragraph[i : i + 11] for i in range(0, len(paragraph), 11)) + "\n"
    assert clean(text).text == f"{paragraph}\n"


RANKINGS = (
    # results of a race
    "2024城市马拉松成绩公告\n\n现将部分成绩公告如下。\n\n一、全程马拉松男子组\n"
    "第1名 袁远志 2小时15分07秒\n第2名 叶野 2小时16分42秒\n第3名 员国强 2小时18分10秒\n\n"
    "二、全程马拉松女子组\n第1名 叶缘 2小时33分58秒\n第2名 袁苑 2小时35分21秒\n第3名 远晴 2小时41分05秒\n\n"
    "组委会提醒：成绩证书将于3月25日前通过官方网站发放。\n",
    # a swimming final
    "游泳馆少儿游泳比赛结果\n\n五十米自由泳决赛成绩如下：\n"
    "第1名 王小明 32秒15\n第2名 李晓东 33秒02\n第3名 张一凡 33秒47\n第4名 陈思远 34秒10\n"
    "第5名 刘子涵 34秒88\n第6名 赵雨桐 35秒21\n\n感谢各位家长的支持。\n",
    # a roster of lane numbers
    "篮球队训练名单\n\n1号 王强 后卫 身高182厘米\n2号 李伟 前锋 身高195厘米\n3号 张磊 中锋 身高203厘米\n"
    "4号 刘洋 后卫 身高180厘米\n5号 陈晨 前锋 身高192厘米\n6号 杨帆 中锋 身高200厘米\n7号 赵鹏 后卫 身高185厘米\n\n"
    "请以上队员于周六上午九点到体育馆集合。\n",
    # a ranking in Chinese numerals
    "期末考试年级排名\n\n第一名 高一三班 王晓雨 总分689分\n第二名 高一一班 李明轩 总分682分\n"
    "第三名 高一五班 周子墨 总分677分\n第四名 高一二班 吴思琪 总分671分\n\n希望同学们再接再厉。\n",
    # yearly figures
    "本市近年粮食产量\n\n2019年 120.5万吨 增长2.1%\n2020年 123.8万吨 增长2.7%\n2021年 126.0万吨 增长1.8%\n"
    "2022年 127.3万吨 增长1.0%\n2023年 130.1万吨 增长2.2%\n\n数据来源：市统计局。\n",
    # rooms on duty
    "值班安排\n\n1号楼 王师傅 电话13800000001\n2号楼 李师傅 电话13800000002\n3号楼 张师傅 电话13800000003\n"
    "4号楼 刘师傅 电话13800000004\n5号楼 陈师傅 电话13800000005\n6号楼 杨师傅 电话13800000006\n\n"
    "如遇紧急情况，请直接拨打物业电话。\n",
    # a chess tournament, rounds
    "围棋团体赛赛程\n\n第1轮 3月2日 上午9点 一号场\n第2轮 3月2日 下午2点 二号场\n第3轮 3月3日 上午9点 一号场\n"
    "第4轮 3月3日 下午2点 三号场\n第5轮 3月4日 上午9点 一号场\n第6轮 3月4日 下午2点 二号场\n\n"
    "参赛队伍请提前半小时到场。\n",
    # a cooking contest, with a colon after the rank
    "社区厨艺大赛获奖名单\n\n第1名：袁阿姨 红烧肉 得分95分\n第2名：叶大叔 清蒸鱼 得分93分\n"
    "第3名：员奶奶 饺子 得分91分\n第4名：王小姐 糖醋排骨 得分90分\n第5名：远先生 麻婆豆腐 得分88分\n\n"
    "颁奖仪式将于下周日举行。\n",
)


@pytest.mark.parametrize("text", RANKINGS)
def test_rows_numbered_in_turn_are_kept(text: str) -> None:
    result = clean(text)
    assert result.text == text, [(e.rule, e.before, e.reason) for e in result.edits]


@pytest.mark.parametrize(
    ("first", "second", "in_turn"),
    [
        ("第2名 袁苑 2小时35分21秒", "第3名 远晴 2小时41分05秒", True),
        ("1号 王强 后卫", "2号 李伟 前锋", True),
        ("第一名 高一三班 王晓雨", "第二名 高一一班 李明轩", True),
        ("2019年 120.5万吨", "2020年 123.8万吨", True),
        ("第1名：袁阿姨 红烧肉", "第2名：叶大叔 清蒸鱼", True),
        ("第2名 袁苑 2小时35分21秒", "第2名 远晴 2小时41分05秒", False),  # a tie: not numbered in turn
        ("第1名 袁苑 2小时35分21秒", "第3名 远晴 2小时41分05秒", False),
        ("第1名 袁苑", "1号 王强", False),  # items of two kinds
        ("2小时35分21秒，他是第", "3小时的时候，", False),  # no number set apart: prose
        ("2019年全国粮食产量达到", "2020年则继续增长，", False),
    ],
)
def test_numbered_in_turn(first: str, second: str, in_turn: bool) -> None:
    lines = reflow._Lines(f"{first}\n{second}")
    assert reflow._numbered_in_turn(lines[0], lines[1]) is in_turn


def test_prose_in_a_column_is_still_joined_beside_numbered_rows() -> None:
    # The rows stay; the column of prose around them is joined as before.
    prose = (
        "本届赛事共有两万八千名跑者参赛，完赛率为百分之九十六，赛道沿途设置补给站十五个、医疗点十二个，"
        "市第一人民医院共派出医护人员二百四十名，比赛期间共有三十七名跑者接受现场救治。"
    )
    rows = "第1名 袁远志 2小时15分07秒\n第2名 叶野 2小时16分42秒\n第3名 员国强 2小时18分10秒"
    text = "\n".join(prose[i : i + 16] for i in range(0, len(prose), 16)) + "\n\n" + rows + "\n"
    assert clean(text).text == f"{prose}\n\n{rows}\n"


# -- tables of contents, lists, a table's cells and messages ----------------------------------------
TABLE_OF_CONTENTS = """1.17. 常用命令列表
1.18. 语言环境的 3 个部分
1.19. 推荐的语言环境
1.20. "$HOME" 变量的值
1.22. 命令的退出代码
1.23. Shell 命令的常见用法
1.24. 预先定义的文件描述符
1.25. BRE 和 ERE 的元字符
"""

MENU = """10.4. 重置所有滤镜
10.4.1. 激活命令
10.5.1. 激活子菜单
10.6.1. 激活子菜单
10.6.2. 刷新脚本
10.6.4. 启动服务器
服务器端口
服务器日志文件
部分 III. 函数参考
"""

TABLE_CELLS = """dpkg(1) 是 Debian 软件包管理中最底层的工具。它功能很强，使用时必须小心。
安装名为 “package_name” 的软件包时，dpkg 会按下面的顺序处理它。
debconf 系统提供带有 I18N 和 L10N （第 8 章 国际化和本地化）支持的统一用户交互。
表 2.17. dpkg 创建的重要文件
列出配置文件。（使用者可以修改的）
列出软件包安装的所有文件和目录
列出软件包安装的文件的 MD5 哈希值
软件包安装之前运行的软件包脚本
软件包安装之后运行的软件包脚本
软件包移除之前运行的软件包脚本
软件包移除之后运行的软件包脚本
用于 debconf 系统的软件包脚本
update-alternatives 命令使用的替代信息
所有软件包的可用性信息
"""


@pytest.mark.parametrize("document", [TABLE_OF_CONTENTS, MENU, TABLE_CELLS])
def test_a_list_of_one_item_per_line_is_left_as_set(document: str) -> None:
    assert [e for e in clean(document).edits if e.rule.startswith("reflow")] == []


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("1.23. Shell 命令常见用法", True),
        ("10.6.4. 启动服务器", True),
        ("1.23亿元的投资", False),
        ("1.5 倍于去年", False),
    ],
)
def test_a_section_number_of_two_levels_starts_a_list_item(line: str, item: bool) -> None:
    assert bool(LIST_ITEM_RE.match(line)) is item


#: A list of names in one paragraph, wrapped in a narrow column: no mark, but words cut at
#: the breaks (北 / 京电视台) show the wrapping.
NAMES_WRAPPED = """接力计划服务队北
京电视台北京市儿童艺术剧团北京市朝阳区
卫生局中国医学科学院北京协和医院天津儿
童艺术剧团天津科学技术出版社河北省科委
河北省大厂回族自治县评剧团河北省科
协山西省太原市委宣传部山西省曲艺团山西
省新华书店内蒙古自治区哲里木盟奈曼旗科
协内蒙古自治区赤峰市敖汉旗乌兰牧骑内蒙
古自治区医院辽宁省沈阳市委宣传部辽宁省
"""

#: Prose wrapped in a narrow column: marks in most lines.
PROSE_WRAPPED = """　　今年以来，市里把改善民生作为
工作的重点，新建了三所学校和两家
医院，改造了十二个老旧小区，群众
的满意度明显提高。下一步，还要在
就业、养老和托育方面多下功夫，让
发展的成果更多更公平地惠及全体市
民。据统计，全市今年新增就业岗位
一万二千个，城镇登记失业率保持在
较低水平，居民收入稳步增长。
"""


def _unmarked_around_every_break(text: str) -> list[bool]:
    lines = reflow._Lines(text)
    body = [i for i, raw in enumerate(lines.raws) if raw.strip()]
    return [reflow._unmarked_lines_around(lines, body, a, b) for a, b in itertools.pairwise(body)]


def test_lines_without_marks_that_cut_words_are_wrapped_not_a_list() -> None:
    assert not any(_unmarked_around_every_break(NAMES_WRAPPED))
    assert not any(_unmarked_around_every_break(PROSE_WRAPPED))
    assert all(_unmarked_around_every_break(MENU))


def test_wrapped_prose_is_joined() -> None:
    assert clean(PROSE_WRAPPED).text.strip().count("\n") == 0


#: Messages one per line, sorted (the shape of a gettext catalogue, the words written here): a
#: few of them fill the "column" that the others' widths suggest, none cuts a word at its end.
MESSAGES = """已经删除临时文件
已经删除临时文件：%s
已经删除共享内存：%s
已经删除数据库的锁，已跳过
已经删除日志文件的属性
已经删除配置文件 %s
找不到软件包 %s 的签名的属性
找不到配置文件 %s的属性
无法写入备份文件，请稍后重试
无法创建数据库的锁，已跳过
无法创建目录“%s”的属性
无法创建网络接口 %s
无法创建证书文件 %s
无法删除缓存目录 %s
无法打开备份文件
无法读取日志文件，已跳过
无法读取日志文件，请稍后重试
无法读取目录“%s”的属性
无法读取证书文件 %s的属性
正在下载系统时间的权限
正在安装日志文件
正在检查目录“%s”
正在检查设备 %s 的驱动，已跳过
"""


def test_messages_one_per_line_are_not_joined_where_few_lines_fill_the_column() -> None:
    assert [e for e in clean(MESSAGES).edits if e.rule.startswith("reflow")] == []


#: A title block before a blank line: its second line (a subtitle, an author) is short and under
#: another short line, not the last words of a page (小白 / 花开: 白花 is a word across by chance).
TITLE_BLOCKS = (
    "第一章\n小白\n\n花开的时候，我们又见面了。\n这是一段很长很长的正文，用来凑够一行的宽度，看看会不会连起来。\n",
    "《月下独酌》（其一）\n李白\n\n花间一壶酒，独酌无相亲。\n举杯邀明月，对影成三人。\n月既不解饮，影徒随我身。\n"
    "暂伴月将影，行乐须及春。\n我歌月徘徊，我舞影零乱。\n醒时同交欢，醉后各分散。\n永结无情游，相期邈云汉。\n",
)


@pytest.mark.parametrize("document", TITLE_BLOCKS)
def test_the_lines_of_a_title_block_are_not_joined_to_the_text(document: str) -> None:
    assert [e for e in clean(document).edits if e.rule.startswith("reflow")] == []
