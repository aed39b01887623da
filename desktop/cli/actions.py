"""``add action``, ``import actions``, ``report actions`` and ``report ledger``.

``add action`` prints the new item's id on stdout (a due date in the past is allowed, for
recording old decisions). The reports write the file atomically and say on stdout what they wrote.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop.cli.add import add_group
from desktop.cli.common import iso_date, open_db, path_arg, record_id, user
from desktop.cli.importing import import_verbs
from desktop.cli.report import report_group
from desktop.errors import ValidationError
from desktop.exports.action_reports import write_action_list, write_bulletin, write_ledger
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.actions.core import ActionFields, create_action
from desktop.services.actions.importing import (
    apply_action_import,
    load_action_table,
    plan_action_import,
)
from desktop.services.actions.query import ActionFilter
from desktop.services.actions.reports import bulletin, ledger, report_list
from desktop.services.bodies.core import body_by_key
from desktop.services.directory.core import find_organisation_id
from desktop.services.kernel.timeutil import today_local

BODY_HELP = "机制：tripartite、dispute、warning、linkage、bimonthly"
REPORT_STATUSES = ("open", "overdue", "done", "all")


def register(sub) -> None:
    p = add_group(sub).add_parser("action", help="新增督办事项（打印新事项的编号）")
    p.add_argument("--body", metavar="KEY", required=True, help=BODY_HELP)
    p.add_argument("--title", metavar="TEXT", required=True)
    p.add_argument("--due", metavar="YYYY-MM-DD", type=iso_date, help="完成期限（可早于今天，用于补录）")
    p.add_argument("--lead", metavar="ORGANISATION", help="牵头单位：已有单位的名称或简称")
    p.add_argument("--meeting", metavar="ID", type=record_id, help="来源会议的编号（须属于该机制）")
    p.set_defaults(func=cmd_add_action)

    r = report_group(sub).add_parser(
        "actions", help="导出督办事项清单（.xlsx/.csv）或督办通报（.docx）",
        description=".xlsx/.csv：每行一项督办事项；.docx：督办通报（各机制情况和所选状态的事项）。")
    r.add_argument("--body", metavar="KEY", help=BODY_HELP + "（默认全部机制）")
    r.add_argument("--status", choices=REPORT_STATUSES,
                   help="open 未办结、overdue 已逾期、done 已办结、all 全部（含已撤销）；"
                        "默认 all，.docx 通报默认列出 overdue")
    r.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD",
                   help=".docx 通报的统计起始日（默认当年1月1日）")
    r.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD",
                   help=".docx 通报的统计截止日（默认今天）")
    r.add_argument("-o", "--output", type=path_arg, metavar="FILE", required=True, help=".xlsx、.csv 或 .docx 文件")
    r.set_defaults(func=cmd_report_actions)

    imp = import_verbs(sub).add_parser(
        "actions", help="从 .xlsx 或 .csv 导入督办台账",
        description="导入机关已有的督办台账：先预览，全部成功才写入；单位和责任人须已在名录中。")
    imp.add_argument("file", type=path_arg, metavar="FILE", help=".xlsx 或 .csv 文件（表头需有“督办事项”列）")
    imp.add_argument("--body", metavar="KEY", help="没有“机制”列或该列为空时归入的机制")
    imp.add_argument("--dry-run", action="store_true", help="只预览，不写入任何数据")
    imp.add_argument("--skip-rejected", action="store_true", help="有被拒绝的行时，跳过它们并导入其余各行")
    imp.set_defaults(func=cmd_import_actions)

    led = report_group(sub).add_parser("ledger", help="导出年度台账（.xlsx 或 .docx）")
    led.add_argument("--year", metavar="YYYY", type=int, required=True)
    led.add_argument("-o", "--output", type=path_arg, metavar="FILE", required=True, help=".xlsx 或 .docx 文件")
    led.set_defaults(func=cmd_report_ledger)


def _usage_error(text: str) -> int:
    print(f"tripartite: 用法错误：{text}", file=sys.stderr)
    return 2


def cmd_add_action(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.transaction(user()) as session:
            lead_id = None
            if args.lead is not None:
                lead_id = find_organisation_id(session, args.lead)
                if lead_id is None:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "没有名为“{name}”的单位：牵头单位须是单位名录中已有的单位。"),
                        field="lead", name=args.lead)
            new_id = create_action(session, args.body, ActionFields(args.title, lead_org_id=lead_id, due=args.due),
                                   meeting_id=args.meeting)
    finally:
        db.dispose()
    print(new_id)
    return 0


def _suffix(path: str, allowed: tuple[str, ...]) -> str | None:
    suffix = Path(path).suffix.lower()
    return suffix if suffix in allowed else None


def cmd_report_actions(args: argparse.Namespace) -> int:
    suffix = _suffix(args.output, (".xlsx", ".csv", ".docx"))
    if suffix is None:
        return _usage_error("-o 的文件应以 .xlsx、.csv 或 .docx 结尾")
    today = today_local()
    first, last = args.first or date(today.year, 1, 1), args.last or today
    if first > last:
        return _usage_error("--from 晚于 --to")
    db = open_db(args)
    try:
        with db.reading() as session:
            body_id = body_by_key(session, args.body).id if args.body else None
            if suffix == ".docx":
                data = bulletin(session, first, last, body_id, args.status or "overdue", today)
                count = sum(len(b.items) for b in data.bodies)
            else:
                data = report_list(session, ActionFilter(body_id=body_id, status=args.status or "all"), today)
                count = len(data)
    finally:
        db.dispose()
    if suffix == ".docx":
        path = write_bulletin(data, Path(args.output))
        print(f"已生成督办通报（列出 {count} 项）：{path}")
    else:
        path = write_action_list(Path(args.output), data)
        print(f"已导出 {count} 项督办事项：{path}")
    return 0


def cmd_report_ledger(args: argparse.Namespace) -> int:
    if _suffix(args.output, (".xlsx", ".docx")) is None:
        return _usage_error("-o 的文件应以 .xlsx 或 .docx 结尾")
    if not 2000 <= args.year <= 2100:
        return _usage_error(f"年份 {args.year} 超出范围（2000–2100）")
    db = open_db(args)
    try:
        with db.reading() as session:
            data = ledger(session, args.year)
    finally:
        db.dispose()
    path = write_ledger(data, Path(args.output))
    print(f"已生成 {args.year} 年台账（{len(data.rows)} 个机制、{len(data.actions)} 项督办事项）：{path}")
    return 0


def cmd_import_actions(args: argparse.Namespace) -> int:
    table = load_action_table(args.file)  # a bad file is refused before any database is opened
    db = open_db(args)
    try:
        with db.transaction(user()) as session:
            if args.body:
                body_by_key(session, args.body)
            plan = plan_action_import(session, table, args.body)
            print(f"文件：{plan.source}（表头在第{plan.header_row}行）；可导入 {len(plan.accepted)} 项，"
                  f"拒绝 {len(plan.rejected)} 行。")
            for row in plan.rejected:
                print(row.report, file=sys.stderr)
            if plan.rejected and not args.skip_rejected:
                print(f"tripartite: 有 {len(plan.rejected)} 行被拒绝，未导入任何数据。请改正后重新导入，"
                      "或加 --skip-rejected 只导入其余各行。", file=sys.stderr)
                return 1
            if args.dry_run or not plan.accepted:
                print("试运行：未写入任何数据。" if args.dry_run else "没有需要写入的内容。")
                return 0
            ids = apply_action_import(session, plan, allow_rejected=args.skip_rejected)
    finally:
        db.dispose()
    print(f"已导入 {len(ids)} 项督办事项（编号 {ids[0]}–{ids[-1]}）。")
    return 0
