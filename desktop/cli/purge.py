"""``purge [--dry-run] [--today YYYY-MM-DD]``: personal data past its retention period (see the
README's 个人信息保存期限 section). Prints what is due; without ``--dry-run`` removes it (or seals
it while an archive period runs) in one transaction, then rewrites the SQLite file so no removed
value is left in it. Nothing due is not an error (exit 0)."""

from __future__ import annotations

import argparse

from desktop.cli.common import iso_date, open_db, user
from desktop.services.kernel.timeutil import today_local
from desktop.services.retention.plan import SEAL, DueItem, due
from desktop.services.retention.purge import purge, scrub_storage
from desktop.services.retention.rules import REGISTER_LABELS


def register(sub) -> None:
    p = sub.add_parser("purge", help="清除超过保存期限的个人信息（或封存仍在档案期内的案件）",
                       description="按保存期限清除已结案件、已结束突发事件和排查结果中的个人信息"
                                   "（职工姓名、身份证号码、电话、住址及相关附件），保留统计数据；"
                                   "档案期内的案件改为封存。")
    p.add_argument("--dry-run", action="store_true", help="只列出到期的内容，不作任何修改")
    p.add_argument("--today", metavar="YYYY-MM-DD", type=iso_date,
                   help="按该日期计算到期（默认今天；可用于提前查看）")
    p.set_defaults(func=cmd_purge)


def describe(item: DueItem) -> str:
    """One line of the plan: register, reference, what happens, and since when it is due."""
    what = "封存" if item.action == SEAL else "清除" + "、".join(item.fields)
    extra = []
    if item.persons:
        extra.append(f"{item.persons}条个人信息")
    if item.attachments:
        extra.append(f"附件{item.attachments}个")
    until = f"，档案期至{item.archive_until.isoformat()}" if item.action == SEAL and item.archive_until else ""
    detail = f"（{'，'.join(extra)}）" if extra else ""
    return (f"{REGISTER_LABELS[item.register]} {item.reference}：{what}{detail}；"
            f"结束于{item.closed_on.isoformat()}，{item.due_on.isoformat()}起到期{until}")


def cmd_purge(args: argparse.Namespace) -> int:
    today = args.today or today_local()
    db = open_db(args)
    try:
        if args.dry_run:
            with db.reading() as session:
                items = due(session, today)
            for item in items:
                print(describe(item))
            print(f"截至{today.isoformat()}：到期{len(items)}项（未作修改）。")
            return 0
        result = db.run(lambda s: purge(s, today, user=user()), user())[0]
        for item in (*result.purged, *result.sealed):
            print(describe(item))
        if result.purged or result.sealed:
            scrub_storage(db.engine)
        print(f"截至{today.isoformat()}：清除{len(result.purged)}项（个人信息{result.persons}条、"
              f"附件{result.attachments}个、改写操作日志{result.audit_entries}条），封存{len(result.sealed)}项。")
        return 0
    finally:
        db.dispose()
