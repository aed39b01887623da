"""``list audit`` (hooked into ``listing``) and ``export audit -o FILE.xlsx``: the audit log filtered
by kind of record, person, Beijing dates and text, personal data masked.

JSON fields: ``id``, ``at`` (Beijing time ``YYYY-MM-DDTHH:MM:SS+08:00``), ``user``, ``entity``
(the kind of record: a table name such as ``meetings``), ``entity_label`` (会议), ``entity_id``,
``action`` (``insert``, ``update``, ``delete``, ``reveal`` …), ``action_label`` and ``changes``
(``[{field, label, before, after}]``, masked). A malformed option exits 2.

``audit verify [--format json] [--anchor FILE]`` checks the hash chain (exit 0 when whole, 1 at
the first broken or rewound entry); JSON fields ``ok``, ``checked``, ``first_broken`` (an id or
null), ``reason``, ``rewound``, ``redacted`` (ids the retention purge redacted) and ``anchor``
(the tip the previous verification saw, ``{id, chain}`` or null). ``audit protect --role NAME``
(PostgreSQL, run as the tables' owner) makes the log append-only for the PCs' role.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop import config
from desktop.cli.common import check_permission, iso_date, open_db, path_arg, run_read, write_table
from desktop.cli.export import export_verbs
from desktop.exports.audit_sheet import export_audit
from desktop.services.audit import chain as audit_chain
from desktop.services.audit.labels import ENTITY_LABELS
from desktop.services.audit.protect import protect
from desktop.services.audit.query import AuditFilter, AuditRow, iter_audit, resolve_kind
from desktop.services.kernel.permissions import Permission
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
    a = sub.add_parser("audit", help="检验或保护操作日志（哈希链）",
                       description="操作日志的每一条都带有前一条的哈希值：verify 找出第一条被修改、删除或回退的记录；"
                                   "protect 让各台电脑使用的 PostgreSQL 角色只能追加、不能改写操作日志。")
    verbs = a.add_subparsers(dest="audit_verb", metavar="VERB", required=True)
    v = verbs.add_parser("verify", help="检验操作日志的哈希链（完好时退出码 0，否则 1）")
    v.add_argument("--format", choices=("table", "json"), default="table")
    v.add_argument("--anchor", metavar="FILE", type=path_arg,
                   help="记录上次检验所见链尾的文件（默认在用户数据目录的 audit-anchors.json）")
    v.set_defaults(func=cmd_verify)
    pr = verbs.add_parser("protect", help="PostgreSQL：授予 NAME 角色本程序所需的权限，操作日志只可追加（须以表的所有者执行）")
    pr.add_argument("--role", required=True, metavar="NAME", help="各台电脑连接数据库所用的角色")
    pr.set_defaults(func=cmd_protect)
    p = export_verbs(sub).add_parser(
        AUDIT, help="把操作日志导出为 .xlsx（个人信息已遮蔽）",
        description="导出操作日志：每条记录一行，新的在前；身份证号码和电话已遮蔽。可按记录类型、操作人、日期和文字筛选。")
    p.add_argument("-o", "--output", type=path_arg, required=True, metavar="FILE.xlsx", help="输出文件（.xlsx）")
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


def _anchor_key(db) -> str:
    """Which database an anchor belongs to: the SQLite file, or server/database/schema."""
    if db.target.path is not None:
        return str(db.target.path.resolve())
    url = db.target.url
    with db.reading() as session:
        schema = session.execute(audit_chain.select_schema()).scalar_one()
    return f"postgresql://{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}/{schema}"


def cmd_verify(args: argparse.Namespace) -> int:
    path = args.anchor or config.data_dir() / "audit-anchors.json"
    db = open_db(args)
    try:
        key = _anchor_key(db)
        anchor = audit_chain.read_anchor(path, key)
        with db.reading() as session:
            result = audit_chain.verify(session, anchor)
    finally:
        db.dispose()
    if result.first_broken is None:
        audit_chain.write_anchor(path, key, result.tip)  # a broken chain keeps the old anchor
    record = {"ok": result.ok, "checked": result.checked, "first_broken": result.first_broken,
              "reason": result.reason, "rewound": result.rewound, "redacted": list(result.redacted),
              "anchor": None if anchor is None else {"id": anchor.id, "chain": anchor.chain}}
    if args.format == "json":
        json.dump(record, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif result.first_broken is not None:
        print(f"操作日志的哈希链在第 {result.first_broken} 条断开：{result.reason}（已检验 {result.checked} 条）")
    elif result.rewound:
        print(f"操作日志被回退：上次检验时的第 {anchor.id} 条已不在链上或已改变（已检验 {result.checked} 条）。"
              "若其间从备份恢复过数据库，这是恢复的结果。")
    else:
        extra = f"，其中 {len(result.redacted)} 条已按保存期限脱敏" if result.redacted else ""
        print(f"操作日志完好：已检验 {result.checked} 条{extra}。")
    return 0 if result.ok else 1


def cmd_protect(args: argparse.Namespace) -> int:
    check_permission(args, Permission.MANAGE_USERS)
    db = open_db(args)
    try:
        with db.engine.begin() as conn:
            schema = protect(conn, args.role)
    finally:
        db.dispose()
    print(f"已保护操作日志：角色 {args.role.strip()} 在模式 {schema} 中只能追加操作日志，不能修改或删除。")
    return 0
