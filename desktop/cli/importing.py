"""``import people FILE``: contacts and their organisations from .xlsx or .csv, all or nothing.

``import`` is a group: another module adds its own kind (``import ics`` …) through
``import_verbs(sub)``, whichever module registers first.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desktop.cli.common import open_db, path_arg, user
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
    p.add_argument("file", type=path_arg, metavar="FILE", help=".xlsx 或 .csv 文件（表头需有“姓名”列）")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入任何数据")
    p.add_argument("--skip-rejected", action="store_true", help="有被拒绝的行时，跳过它们并导入其余各行")
    p.set_defaults(func=cmd_import_people)


def cmd_import_people(args: argparse.Namespace) -> int:
    return run_table_import(
        args, load=load_people_table, plan=plan_people_import, apply=apply_people_import, preview=print_plan,
        done=lambda r: f"已导入：新增 {r.created} 人、更新 {r.updated} 人、新增单位 {r.organisations} 个。")


def run_table_import(args: argparse.Namespace, *, load: Callable[[str], Any],
                     plan: Callable[[Session, Any], Any], apply: Callable[..., Any], done: Callable[[Any], str],
                     preview: Callable[[Any, Any, Any], None] | None = None, create: bool = True) -> int:
    """A table import as every ``import KIND FILE [--dry-run] [--skip-rejected]`` runs it.

    ``load(path)`` reads the file before any database is opened (a bad file is refused first);
    ``plan(session, table)`` previews; the preview goes to stdout and each rejected row to
    stderr as ``第N行：reason``; with rejected rows and no ``--skip-rejected`` nothing is written
    (exit 1); otherwise ``apply(session, plan, allow_rejected=…)`` writes in the same
    transaction and ``done(result)`` is the closing line.
    """
    table = load(args.file)
    db = open_db(args, create=create)
    try:
        with db.transaction(user()) as session:
            planned = plan(session, table)
            (preview or print_table_plan)(planned, sys.stdout, sys.stderr)
            rejected = planned.counts.rejected
            if rejected and not args.skip_rejected:
                print(f"tripartite: 有 {rejected} 行被拒绝，未导入任何数据。请改正后重新导入，"
                      "或加 --skip-rejected 只导入其余各行。", file=sys.stderr)
                return 1
            if not planned.can_apply(allow_rejected=True):
                print("没有需要写入的内容。")
                return 0
            if args.dry_run:
                print("试运行：未写入任何数据。")
                return 0
            result = apply(session, planned, allow_rejected=args.skip_rejected)
    finally:
        db.dispose()
    print(done(result))
    return 0


def print_table_plan(plan, out, err) -> None:
    """The preview: where the header is, what is ignored, the counts; rejected rows on ``err``."""
    sheet = f"工作表“{plan.sheet}”，" if plan.sheet else ""
    print(f"文件：{plan.source}（{sheet}表头在第{plan.header_row}行）", file=out)
    if plan.ignored_columns:
        print(f"未识别的列（已忽略）：{'、'.join(plan.ignored_columns)}", file=out)
    print(f"预览：{plan.counts.summary.text}", file=out)
    for row in plan.rejected:
        print(row.report, file=err)


def print_plan(plan: ImportPlan, out, err) -> None:
    """The people preview: the common one, and the organisations it will add."""
    print_table_plan(plan, out, err)
    if plan.new_organisations:
        print(f"新增单位：{'、'.join(o.name for o in plan.new_organisations)}", file=out)
