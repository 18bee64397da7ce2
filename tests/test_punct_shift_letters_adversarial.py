"""Adversarial inputs of the review of recall26 (session 24), garbled documents that must come
out as main left them: real words and names before amounts and units (苑兆丰 可载40-50人 每亩栽800株)
kept, groups and areas of provinces and people kept, and the letters main repaired still repaired."""

import pytest

from tests.test_punct_shift import repair

#: a garbled sentence that makes a short document long enough for the stage to act
TAIL = "据介绍袁该项目总投资员圆亿元袁于圆园园愿年员园月开工建设袁预计圆园员园年完工袁届时可容纳猿园园园人遥"
#: its repair
TAIL_REPAIRED = "据介绍，该项目总投资12亿元，于2008年10月开工建设，预计2010年完工，届时可容纳3000人。"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # 兆 after a digit's look-alike that is a surname or a given name's character (苑 远 源 缘),
        # or 愿兆民 (may the people): names and words, not 7兆 6兆 8兆
        (
            "据新华社报道袁全国人大代表苑兆丰尧缘兆春在会上发言遥他说袁今年员月份袁全市完成投资缘亿元遥",
            "据新华社报道，全国人大代表苑兆丰、缘兆春在会上发言。他说，今年1月份，全市完成投资5亿元。",
        ),
        (
            "据新华社报道袁香港中华总商会会长陈远兆在会上发言遥他说袁今年员月份袁全市完成投资缘亿元遥",
            "据新华社报道，香港中华总商会会长陈远兆在会上发言。他说，今年1月份，全市完成投资5亿元。",
        ),
        (
            "据新华社报道袁市委书记李源兆在会上发言遥" + TAIL,
            "据新华社报道，市委书记李源兆在会上发言。" + TAIL_REPAIRED,
        ),
        (
            "远兆尧苑兆尧源兆三位同学获得一等奖遥今年员月份袁全市完成投资缘亿元遥",
            "远兆、苑兆、源兆三位同学获得一等奖。今年1月份，全市完成投资5亿元。",
        ),
        (
            "新春佳节袁我们衷心祝愿全国各族人民幸福安康袁愿兆民同乐袁国泰民安遥" + TAIL,
            "新春佳节，我们衷心祝愿全国各族人民幸福安康，愿兆民同乐，国泰民安。" + TAIL_REPAIRED,
        ),
        # the verbs 载 栽 孕 before an amount in ASCII digits (a range, a decimal, a space before
        # the counter, 的 也 就 after it), on pages naming models or codes (ZK6120 G15 M26 B12): no
        # capital X T P
        (
            "事故车辆为宇通ZK6120型大客车袁核载45人袁实载62人袁严重超员遥该车可载40-50人袁事发时车速为每小时80公里遥",
            "事故车辆为宇通ZK6120型大客车，核载45人，实载62人，严重超员。该车可载40-50人，事发时车速为每小时80公里。",
        ),
        (
            "事故车辆为ZK6120型大客车袁可载40 人袁实载62 人遥" + TAIL,
            "事故车辆为ZK6120型大客车，可载40 人，实载62 人。" + TAIL_REPAIRED,
        ),
        (
            "该型卡车为东风EQ1090袁一次可载12.5吨货物袁油耗为每百公里25升遥司机说袁这车载40就满了遥",
            "该型卡车为东风EQ1090，一次可载12.5吨货物，油耗为每百公里25升。司机说，这车载40就满了。",
        ),
        (
            "这辆车能载40就不错了袁还想载60钥司机说袁宇通ZK6120的车都这样遥",
            "这辆车能载40就不错了，还想载60？司机说，宇通ZK6120的车都这样。",
        ),
        (
            "新车型号为BJ6123袁车长员圆米袁最多载55人遥但司机常常超载袁一趟载70的情况也有遥",
            "新车型号为BJ6123，车长12米，最多载55人。但司机常常超载，一趟载70的情况也有。",
        ),
        (
            "受降雪影响袁G15沈海高速部分路段封闭遥一辆核载7人的面包车实载12人袁另一辆限载35的大客车载50多人遥交警提醒院客车载40以上的要特别注意遥",
            "受降雪影响，G15沈海高速部分路段封闭。一辆核载7人的面包车实载12人，另一辆限载35的大客车载50多人。交警提醒：客车载40以上的要特别注意。",
        ),
        (
            "苹果园管理技术要点院砧木选用M26袁每亩栽800-1000株袁定植后及时灌水遥施肥参照NY5010标准袁每年秋季施基肥一次遥",
            "苹果园管理技术要点：砧木选用M26，每亩栽800-1000株，定植后及时灌水。施肥参照NY5010标准，每年秋季施基肥一次。",
        ),
        (
            "砧木选用M26袁每亩栽110 株袁定植后及时灌水遥" + TAIL,
            "砧木选用M26，每亩栽110 株，定植后及时灌水。" + TAIL_REPAIRED,
        ),
        (
            "每亩栽800还是1000钥专家建议袁M26砧木的苹果每亩栽800也可以遥",
            "每亩栽800还是1000？专家建议，M26砧木的苹果每亩栽800也可以。",
        ),
        (
            "宝宝孕38的时候就入盆了遥维生素B12和钙片每天都在吃遥" + TAIL,
            "宝宝孕38的时候就入盆了。维生素B12和钙片每天都在吃。" + TAIL_REPAIRED,
        ),
        # 粤 Guangdong beside the other provinces (粤组、闽组 粤区、桂区), groups named after a
        # person of a two-character given name (王佳悦组 张梦月组): no A组 A区 C组 B组
        (
            "第九届全国运动会将在广州举行袁悦悦栽灾将全程直播遥本届大赛设有粤组尧闽组尧港澳组袁共有远园支队伍参加遥",
            "第九届全国运动会将在广州举行，CCTV将全程直播。本届大赛设有粤组、闽组、港澳组，共有60支队伍参加。",
        ),
        (
            "据统计袁今年一季度郧阅孕增长愿%遥华南赛区分为粤区尧桂区和琼区袁粤区的比赛在深圳举行遥",
            "据统计，今年一季度GDP增长8%。华南赛区分为粤区、桂区和琼区，粤区的比赛在深圳举行。",
        ),
        (
            "这次比赛使用陨月酝的电脑评分遥比赛结果院一等奖王佳悦组袁二等奖李明组袁三等奖张强组遥",
            "这次比赛使用IBM的电脑评分。比赛结果：一等奖王佳悦组，二等奖李明组，三等奖张强组。",
        ),
        (
            "这次比赛使用陨月酝的电脑评分遥比赛结果院一等奖刘欣悦组袁二等奖陈子悦组袁三等奖张梦月组遥",
            "这次比赛使用IBM的电脑评分。比赛结果：一等奖刘欣悦组，二等奖陈子悦组，三等奖张梦月组。",
        ),
        # a page with no garbled letter keeps 粤组 and 陈子悦组; a surname ending a word (上周) or the
        # colour 黄 names nobody: main's B超 and T恤 are still repaired
        (
            "全国青少年科技创新大赛分为粤组尧闽组尧港澳组袁一等奖由陈子悦组获得遥" + TAIL,
            "全国青少年科技创新大赛分为粤组、闽组、港澳组，一等奖由陈子悦组获得。" + TAIL_REPAIRED,
        ),
        (
            "今天去医院做了月超遥夏天穿一件黄栽恤袁明天再买件黄栽恤遥" + TAIL,
            "今天去医院做了B超。夏天穿一件黄T恤，明天再买件黄T恤。" + TAIL_REPAIRED,
        ),
    ],
)
def test_the_review_of_recall26(document: str, expected: str) -> None:
    assert repair(document) == expected
