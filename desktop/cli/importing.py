"""``import people FILE``: contacts and their organisations from .xlsx or .csv, all or nothing.

``import`` is a group: another module adds its own kind (``import ics`` …) through
``import_verbs(sub)``, whichever module registers first.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import open_db, user
from desktop.services.importing import (
    ImportPlan,
    apply_people_import,
    load_people_table,
    plan_people_import,
)


def import_verbs(sub):
    """The sub-verbs of ``import`` (created on first use), to which each kind adds its parser."""
    parser = sub.choices.get("import")
    if parser is None:
        parser = sub.add_parser("import", help="从文件导入数据（联系人等）",
                                description="从机关单位已有的表格等文件导入数据。")
        parser.import_verbs = parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    return parser.import_verbs


def register(sub) -> None:
    p = import_verbs(sub).add_parser(
        "people", help="从 .xlsx 或 .csv 导入联系人及其单位",
        description="从 .xlsx 或 .csv 导入联系人：先预览，全部成功才写入；同一单位的同名联系人会被更新。",
    )
    p.add_argument("file", metavar="FILE", help=".xlsx 或 .csv 文件（表头需有“姓名”列）")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入任何数据")
    p.add_argument("--skip-rejected", action="store_true", help="有被拒绝的行时，跳过它们并导入其余各行")
    p.set_defaults(func=cmd_import_people)


def cmd_import_people(args: argparse.Namespace) -> int:
    table = load_people_table(args.file)  # a bad file is refused before any database is opened
    db = open_db(args, create=True)
    try:
        with db.transaction(user()) as session:
            plan = plan_people_import(session, table)
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
            result = apply_people_import(session, plan, allow_rejected=args.skip_rejected)
    finally:
        db.dispose()
    print(f"已导入：新增 {result.created} 人、更新 {result.updated} 人、新增单位 {result.organisations} 个。")
    return 0


def print_plan(plan: ImportPlan, out, err) -> None:
    """The preview: where the header is, what is ignored, the counts; rejected rows on ``err``."""
    sheet = f"工作表“{plan.sheet}”，" if plan.sheet else ""
    print(f"文件：{plan.source}（{sheet}表头在第{plan.header_row}行）", file=out)
    if plan.ignored_columns:
        print(f"未识别的列（已忽略）：{'、'.join(plan.ignored_columns)}", file=out)
    print(f"预览：{plan.counts.summary.text}", file=out)
    if plan.new_organisations:
        print(f"新增单位：{'、'.join(o.name for o in plan.new_organisations)}", file=out)
    for row in plan.rejected:
        print(row.report, file=err)
