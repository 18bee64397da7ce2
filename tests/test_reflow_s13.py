"""Reflow on clean documents (session 13): tables of contents, lists, a table's cells and
messages stay one item per line.

Debian's Simplified Chinese manuals (gimp-help-zh-cn, debian-reference-zh-cn), extracted one
HTML block per line, showed the whole pipeline joining items of a table of contents
(1.22. 命令的退出代码 / 1.23. Shell 命令常见用法, 10.6.4. 启动服务器 / 服务器端口) and a table's
cells (软件包移除之前运行的软件包脚本 / 软件包移除之后运行的软件包脚本) as lines of a narrow
column. Wrapped prose holds a punctuation mark every line or two, or cuts a word at a break;
a list holds neither. The documents below are written for these tests in the shape of those
pages; the whole pipeline must join or split none of their lines.
"""

from __future__ import annotations

import itertools

import pytest

from cleaner import clean
from cleaner.chars import LIST_ITEM_RE
from cleaner.stages import reflow

#: The lists below have the shape of those pages (their words changed); each was joined before.
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
