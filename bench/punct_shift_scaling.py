"""Does the punct-shift stage's time grow with the text's length, or with its square?

Adversarial inputs, each made of one short unit repeated to a size (a character repeated, a
list of 员、 items, 野冶 alternating, a long line with no break, many short lines, runs of
圆园员猿, ...): the stage is timed on each at two sizes, the second twice the first. A linear
stage takes about twice the time on the second (the ratio printed); a ratio near 4 is a
quadratic path. Times are CPU times, best of ``--rounds``. ``--pipeline`` times the whole
pipeline (``cleaner.clean``) instead, where the other stages' triggers (hanzi set apart by
spaces, spaced numbers, URLs among hanzi) matter too.

Usage: ``python -m bench.punct_shift_scaling [--kb 50] [--rounds 1] [--only NAME] [--one-line]
[--pipeline]``.
"""

from __future__ import annotations

import argparse
import time
from typing import Final

#: Each workload: a name and the unit repeated (lines end in a line break where the unit has one).
WORKLOADS: dict[str, str] = {
    "袁遥 alternation": "袁遥",
    "员尧 list": "员尧环境优雅袁\n圆尧服务热情遥\n猿尧价格便宜遥\n",
    "店⏎员尧 broken items": "酒店\n员尧看看袁\n",
    "店⏎员尧 ⏎圆尧 items": "酒店\n员尧看看袁\n圆尧说说袁\n",
    "员 lines": "员\n",
    "员尧 lines": "员尧\n",
    "圆院 lines": "圆院\n",
    "野冶 alternation": "野冶",
    "野 then 冶": "野",
    "野...冶 quotes": "他说野我很冤冶袁",
    "long line": "会议指出袁野要抓好落实冶遥医院尧学院要求袁源月员日袁",
    "short lines": "会议指出袁\n",
    "圆园员猿 runs": "圆园员猿",
    "圆园员猿年 dates": "圆园员猿年员圆月猿员日袁",
    "渊冤 nesting": "渊渊冤冤",
    "渊 then 冤": "渊",
    "要要 runs": "要要袁",
    "names 袁": "书记袁秀英袁主任袁安子文袁",
    "table rows": "员圆援猿源　员园园　原猿耀缘\n",
    "Latin + garble": "TCL-12 袁 CD-ROM 遥 a+b=c ",
    "院 colons": "资料来源院新华社\n",
    "叶曳 titles": "叶人民日报曳袁",
    "粤尧 letters": "粤尧港尧澳袁\n",
    "月型 Latin": "月型袁",
    "openers never closed": "野他说袁渊注袁叶书名袁耶他袁",
    "closers never opened": "他说冶袁注冤袁书名曳袁他爷袁",
    "员援 run": "员援",
    "signs between digits": "员颐员耀圆伊猿原源辕缘豫",
    "letters TCL": "栽悦蕴袁",
    "code F要员远": "F要员远袁",
    "袁袁 pairs": "房间不错袁袁但是价格很贵遥遥",
    "verse lines": "床前明月光袁\n疑是地上霜遥\n",
    "double-spaced column": "今年苑月源日袁习近\n\n平总书记在全国\n\n",
    "garbled and clean blocks": "会议指出袁要抓好落实遥\n\n会议指出，要抓好落实。\n\n",
    "real mark lines": "会议指出，要抓好落实遥\n",
    "bare items": "猿酒店结帐时袁\n源让酒店洗衣遥\n",
    "column witnesses": "员工猿人　会员苑人袁\n员工8人　会员7人\n",
    "roster": "李尧　王渊　张伟　袁野　\n",
    "clean with garbled figures": "气温：员圆援猿源　员园园　原猿耀缘\n会议指出，要抓好落实。\n",
    "glossary of signs": "= 院 等于\n<> 院 不等于\n",
    "quoted numbers": "他说野版本 员冶袁",
    "table under a header": "王平　员圆　猿源园园\n",
    "labels used elsewhere": "图源院图片袁\n",
    "job titles after 袁": "他说袁省长指出袁",
    "named marks": "袁遥 （李明）\n",
    # The other stages' triggers, for --pipeline: one long line of set-apart tokens is one
    # paragraph of thousands of join spaces to cjk-space and columns.
    "spaced hanzi": "中 文 的 字 ",
    "spaced numbers": "第 1 章 2 节 ",
    "URLs among hanzi": "见 http://a.com/中文 ",
}
#: What stands once before a workload's repeated unit (a table's header, a label's first line).
HEADS: Final = {
    "table under a header": "姓名　工龄　工资\n",
    "labels used elsewhere": "源院新华社\n",
    "job titles after 袁": "会议袁" * 20,
}
#: Every look-alike of the rule's marks, digits and signs: alone repeated (one run as long as
#: the text), each on a line of its own, and after a hanzi before a comma's look-alike.
LOOKALIKES: Final = "袁遥野冶尧院曰渊冤叶曳耶爷噎要钥浴窑园员圆猿源缘远苑愿怨援豫颐辕耀伊益荫液"
for _char in LOOKALIKES:
    WORKLOADS[f"run of {_char}"] = _char
    WORKLOADS[f"lines of {_char}"] = _char + "\n"
    WORKLOADS[f"人{_char}袁 repeated"] = f"人{_char}袁"


def _text(head: str, unit: str, size_kb: float) -> str:
    """``head``, then ``unit`` repeated to ``size_kb`` kilobytes of UTF-8."""
    size = len(unit.encode("utf-8"))
    return head + unit * max(1, int(size_kb * 1024) // size)


def _seconds(text: str, rounds: int, pipeline: bool) -> float:
    import cleaner
    from cleaner.stages.base import StageContext
    from cleaner.stages.punct_shift import detect

    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        if pipeline:
            cleaner.clean(text)
        else:
            detect(text, StageContext())
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kb", type=float, default=50, help="the larger size in KB (the smaller is half)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--only", action="append", help="a workload's name (repeatable)")
    parser.add_argument(
        "--one-line", action="store_true", help="each workload with its line breaks dropped (a page with no break)"
    )
    parser.add_argument(
        "--pipeline", action="store_true", help="time cleaner.clean: every stage, not punct-shift alone"
    )
    args = parser.parse_args()
    from cleaner.stages.base import StageContext
    from cleaner.stages.punct_shift import detect

    detect("袁遥尧院野冶" * 3, StageContext())  # load the tables and the dictionary once
    print(f"{'workload':22} {args.kb / 2:>7.0f} KB {args.kb:>7.0f} KB  ratio   MB/s")
    for name, unit in WORKLOADS.items():
        if args.only and name not in args.only:
            continue
        if args.one_line:
            unit = unit.replace("\n", "")
        head = HEADS.get(name, "")
        small = _seconds(_text(head, unit, args.kb / 2), args.rounds, args.pipeline)
        large = _seconds(_text(head, unit, args.kb), args.rounds, args.pipeline)
        ratio = large / small if small else float("nan")
        rate = args.kb / 1024 / large if large else float("inf")
        flag = "  <- super-linear" if ratio > 3 and large > 0.2 else ""
        print(f"{name:22} {small:8.3f} s {large:8.3f} s  {ratio:5.2f} {rate:6.2f}{flag}", flush=True)


if __name__ == "__main__":
    main()
