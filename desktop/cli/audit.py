"""``list audit`` (hooked into ``listing``) and ``export audit -o FILE.xlsx``: the audit log filtered
by kind of record, person, Beijing dates and text, personal data masked.

JSON fields: ``id``, ``at`` (Beijing time ``YYYY-MM-DDTHH:MM:SS+08:00``), ``user``, ``entity``
(the kind of record: a table name such as ``meetings``), ``entity_label`` (会议), ``entity_id``,
``action`` (``insert``, ``update``, ``delete``, ``reveal`` …), ``action_label`` and ``changes``
(``[{field, label, before, after}]``, masked). A malformed option exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.common import iso_date, run_read, write_table
from desktop.cli.export import export_verbs
from desktop.exports.audit_sheet import export_audit
from desktop.services.audit.labels import ENTITY_LABELS
from desktop.services.audit.query import AuditFilter, AuditRow, iter_audit, resolve_kind
from desktop.services.kernel.timeutil import local_iso

AUDIT = "audit"
_OPTIONS = ("entity", "audit_user", "text")
KIND_HELP = "记录类型：表名或中文名称，如 meetings 或 会议、case_parties 或 案件当事人"


def _kind(text: str) -> str:
    kind = resolve_kind(text)
    if kind is None:
        raise argparse.ArgumentTypeError(f"未知的记录类型：{text}（可用：{'、'.join(ENTITY_LABELS.values())}）")
    return kind


def add_filter_options(p: argparse.ArgumentParser, *, dates: bool) -> None:
    """--entity, --user, --text (and --from/--to where the parser has none yet)."""
    p.add_argument("--entity", metavar="KIND", type=_kind, help="audit：" + KIND_HELP)
    p.add_argument("--user", dest="audit_user", metavar="NAME", help="audit：只列出此操作人的记录")
    p.add_argument("--text", metavar="TEXT", help="audit：只列出字段、修改前后的值或操作人含此文字的记录")
    if dates:
        p.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD")
        p.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD")


def audit_options_given(args: argparse.Namespace) -> bool:
    return any(getattr(args, name, None) is not None for name in _OPTIONS)


def _filter(args: argparse.Namespace) -> AuditFilter:
    return AuditFilter(args.entity, args.audit_user, args.first, args.last, args.text)


def audit_record(row: AuditRow) -> dict:
    return {"id": row.id, "at": local_iso(row.at), "user": row.user, "entity": row.entity,
            "entity_label": row.entity_label, "entity_id": row.entity_id, "action": row.action,
            "action_label": row.action_label,
            "changes": [{"field": c.field, "label": c.label, "before": c.before, "after": c.after}
                        for c in row.changes]}


def _line(record: dict) -> dict:
    fields = "、".join(dict.fromkeys(c["label"] for c in record["changes"]))
    return {"id": record["id"], "at": record["at"][:16].replace("T", " "), "user": record["user"],
            "entity": record["entity_label"], "entity_id": record["entity_id"],
            "action": record["action_label"], "fields": fields}


def cmd_list_audit(args: argparse.Namespace) -> int:
    """``list audit``: the entries newest first, as a table or JSON."""
    unused = [flag for flag, value in (("--body", args.body), ("--status", args.status),
                                       ("--unmask", args.unmask or None), ("ID", args.target)) if value]
    if unused:
        print(f"tripartite: 用法错误：list audit 不接受 {'、'.join(unused)}", file=sys.stderr)
        return 2
    records = run_read(args, lambda s: [audit_record(r) for r in iter_audit(s, _filter(args))])
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_table([_line(r) for r in records], sys.stdout)
    return 0


def register(sub) -> None:
    p = export_verbs(sub).add_parser(
        AUDIT, help="把操作日志导出为 .xlsx（个人信息已遮蔽）",
        description="导出操作日志：每条记录一行，新的在前；身份证号码和电话已遮蔽。可按记录类型、操作人、日期和文字筛选。")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="输出文件（.xlsx）")
    add_filter_options(p, dates=True)
    p.set_defaults(func=cmd_export_audit)


def cmd_export_audit(args: argparse.Namespace) -> int:
    if args.first and args.last and args.first > args.last:
        print("tripartite: 用法错误：--from 晚于 --to", file=sys.stderr)
        return 2
    path = Path(args.output)
    if path.suffix.lower() != ".xlsx":
        print("tripartite: 用法错误：输出文件应为 .xlsx", file=sys.stderr)
        return 2
    written = run_read(args, lambda s: export_audit(s, path, _filter(args)))
    print(f"{path}（{written} 条）")
    return 0
