"""``demo --scale small|large``: fill an empty database with realistic demonstration data."""

from __future__ import annotations

import argparse
import time

from desktop.cli.common import iso_date, open_db, text_width, user
from desktop.services.demo import SCALES, TABLE_LABELS, generate
from desktop.services.kernel.timeutil import today_local


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help="向没有会议的数据库写入演示数据（small：前后各十二个月；large：大型园区十年规模）")
    p.add_argument("--scale", required=True, choices=tuple(SCALES),
                   help="small：每项机制前后各十二个月；large：十年历史，五千余次会议、十万余项督办")
    p.add_argument("--seed", type=int, default=1, metavar="N",
                   help="随机种子：相同的种子和基准日生成完全相同的数据（默认 1）")
    p.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD",
                   help="以该日期为“今天”安排数据（默认北京时间今天）")
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    today = args.today or today_local()
    started = time.perf_counter()
    db = open_db(args, create=True)
    try:
        with db.transaction(user()) as session:
            summary = generate(session, args.scale, args.seed, today, user())
    finally:
        db.dispose()
    elapsed = time.perf_counter() - started
    print(f"已生成演示数据：规模 {summary.scale}，随机种子 {summary.seed}，基准日 {summary.today}"
          f"（会议从 {summary.first} 到 {summary.last}）")
    print(f"数据库：{db.target.display}")
    width = max(text_width(label) for label in TABLE_LABELS.values())
    for table, count in summary.counts:
        label = TABLE_LABELS[table]
        print(f"  {label}{' ' * (width - text_width(label))}  {count:>9,}")
    total = sum(count for _table, count in summary.counts)
    print(f"共写入 {total:,} 行，用时 {elapsed:.1f} 秒。")
    return 0
