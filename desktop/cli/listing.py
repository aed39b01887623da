"""``list bodies|organisations|people|meetings|actions|enterprises|warnings|cases|incidents|audit`` as a table or
JSON, and ``list attachments meeting|agenda|minutes|action|case ID`` (``audit`` is read by ``cli.audit``).

``warnings`` is read by ``desktop.services.warnings`` (the services' listing may not import a
register above it), through ``cli.warnings.warning_records``."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.audit import AUDIT, add_filter_options, audit_options_given, cmd_list_audit
from desktop.cli.cases import case_records
from desktop.cli.common import iso_date, open_db, record_id, user, write_table
from desktop.cli.incidents import STATUS_FILTERS as INCIDENT_STATUSES
from desktop.cli.incidents import incident_line, incident_records
from desktop.cli.warnings import warning_records
from desktop.services.listing.core import ATTACHMENT_TARGETS, KINDS, list_records
from desktop.services.warnings.query import STATUS_FILTERS

WARNINGS = "warnings"
CASES = "cases"
INCIDENTS = "incidents"
STATUSES = {WARNINGS: STATUS_FILTERS, INCIDENTS: INCIDENT_STATUSES}


def register(sub) -> None:
    p = sub.add_parser("list", help="列出记录（表格或 JSON）")
    p.add_argument("kind", choices=(*KINDS, WARNINGS, CASES, INCIDENTS, AUDIT))
    p.add_argument("target", nargs="?", choices=ATTACHMENT_TARGETS,
                   help="attachments：附在哪里（meeting、agenda、minutes、action）")
    p.add_argument("target_id", nargs="?", type=record_id, metavar="ID", help="attachments：会议、议程事项或督办事项的编号")
    p.add_argument("--body", metavar="KEY", help="只列出某一机制（tripartite、dispute、warning、linkage、bimonthly）")
    p.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--status", choices=tuple(dict.fromkeys((*STATUS_FILTERS, *INCIDENT_STATUSES))),
                   help="warnings：suggested 待签发、active 生效中（含已过期）、expired 已过期、lifted 已解除、"
                        "dismissed 不予预警、all 全部；默认 open（除不予预警以外的全部）。"
                        "incidents：open 处置中、closed 已结束、all 全部（默认）")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--unmask", action="store_true",
                   help="cases：完整显示申请人的身份证号码和电话（记入审计日志）")
    add_filter_options(p, dates=False)
    p.set_defaults(func=cmd_list)


def cmd_list(args: argparse.Namespace) -> int:
    if args.first and args.last and args.first > args.last:
        print("tripartite: 用法错误：--from 晚于 --to", file=sys.stderr)
        return 2
    if args.kind == AUDIT:
        return cmd_list_audit(args)
    if audit_options_given(args):
        print(f"tripartite: 用法错误：list {args.kind} 不接受 --entity、--user、--text", file=sys.stderr)
        return 2
    wants_target = args.kind == "attachments"
    if wants_target != (args.target is not None) or (args.target is None) != (args.target_id is None):
        message = ("list attachments 需要 meeting|agenda|minutes|action|case 和编号" if wants_target
                   else f"list {args.kind} 不接受附件目标")
        print(f"tripartite: 用法错误：{message}", file=sys.stderr)
        return 2
    if args.status is not None and args.kind not in STATUSES:
        print(f"tripartite: 用法错误：list {args.kind} 不接受 --status", file=sys.stderr)
        return 2
    if args.status is not None and args.status not in STATUSES[args.kind]:
        print(f"tripartite: 用法错误：list {args.kind} 的 --status 应为 {'、'.join(STATUSES[args.kind])}",
              file=sys.stderr)
        return 2
    if args.kind in STATUSES and (args.body or args.first or args.last):
        print(f"tripartite: 用法错误：list {args.kind} 不接受 --body、--from、--to", file=sys.stderr)
        return 2
    if args.unmask and args.kind != CASES:
        print(f"tripartite: 用法错误：list {args.kind} 不接受 --unmask", file=sys.stderr)
        return 2
    if args.kind == CASES:
        return _list_cases(args)
    target = (args.target, args.target_id) if wants_target else None
    db = open_db(args)
    try:
        with db.reading() as session:
            if args.kind == WARNINGS:
                rows = warning_records(session, args.status or "open")
            elif args.kind == INCIDENTS:
                rows = incident_records(session, args.status or "all")
            else:
                rows = list_records(session, args.kind, args.body, args.first, args.last, target=target)
    finally:
        db.dispose()
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_table([incident_line(r) for r in rows] if args.kind == INCIDENTS else rows, sys.stdout)
    return 0


def _list_cases(args: argparse.Namespace) -> int:
    """Cases received in the period; ``--unmask`` writes its audit entry in the same transaction."""
    db = open_db(args)
    try:
        if args.unmask:
            rows = db.run(lambda s: case_records(s, args.first, args.last, unmask=True), user())[0]
        else:
            with db.reading() as session:
                rows = case_records(session, args.first, args.last)
    finally:
        db.dispose()
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_table([_case_line(r) for r in rows], sys.stdout)
    return 0


def _case_line(record: dict) -> dict:
    clocks = "；".join(f"{c['rule']} {c['due']}（剩{c['days_left']}日）" for c in record["clocks"] if c["due"])
    applicants = "、".join(f"{a['name']} {a['id_number']} {a['phone']}".strip() for a in record["applicants"])
    return {"id": record["id"], "number": record["number"], "stage": record["stage"],
            "received": record["received"], "employer": record["employer"], "workers": record["workers"],
            "applicants": applicants, "clocks": clocks}
