"""``import enterprises FILE``: the enterprise register (企业名录) from .xlsx or .csv, all or nothing.

``list enterprises`` is a kind of ``list`` (``services.listing``).
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import open_db, user
from desktop.cli.importing import import_verbs
from desktop.services.enterprises.importing import (
    apply_enterprise_import,
    load_enterprise_table,
    plan_enterprise_import,
)
from desktop.services.enterprises.plan import EnterprisePlan


def register(sub) -> None:
    p = import_verbs(sub).add_parser(
        "enterprises", help="从 .xlsx 或 .csv 导入企业名录",
        description="从 .xlsx 或 .csv 导入企业名录：先预览，全部成功才写入；名录中已有的统一社会信用代码会更新该企业。",
    )
    p.add_argument("file", metavar="FILE", help=".xlsx 或 .csv 文件（表头需有“企业名称”和“统一社会信用代码”列）")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入任何数据")
    p.add_argument("--skip-rejected", action="store_true", help="有被拒绝的行时，跳过它们并导入其余各行")
    p.set_defaults(func=cmd_import_enterprises)


def cmd_import_enterprises(args: argparse.Namespace) -> int:
    table = load_enterprise_table(args.file)  # a bad file is refused before any database is opened
    db = open_db(args, create=True)
    try:
        with db.transaction(user()) as session:
            plan = plan_enterprise_import(session, table)
            print_plan(plan, sys.stdout, sys.stderr)
            rejected = plan.counts.rejected
            if rejected and not args.skip_rejected:
                print(f"tripartite: 有 {rejected} 行被拒绝，未导入任何数据。请改正后重新导入，"
                      "或加 --skip-rejected 只导入其余各行。", file=sys.stderr)
                return 1
            if not plan.can_apply(allow_rejected=True):
                print("没有需要写入的内容。")
                return 0
            if args.dry_run:
                print("试运行：未写入任何数据。")
                return 0
            result = apply_enterprise_import(session, plan, allow_rejected=args.skip_rejected)
    finally:
        db.dispose()
    print(f"已导入：新增 {result.created} 家企业、更新 {result.updated} 家。")
    return 0


def print_plan(plan: EnterprisePlan, out, err) -> None:
    """The preview: where the header is, what is ignored, the counts; rejected rows on ``err``."""
    sheet = f"工作表“{plan.sheet}”，" if plan.sheet else ""
    print(f"文件：{plan.source}（{sheet}表头在第{plan.header_row}行）", file=out)
    if plan.ignored_columns:
        print(f"未识别的列（已忽略）：{'、'.join(plan.ignored_columns)}", file=out)
    print(f"预览：{plan.counts.summary.text}", file=out)
    for row in plan.rejected:
        print(row.report, file=err)
