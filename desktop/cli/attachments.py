"""``attach``, ``detach`` and ``export attachment``: files kept in the database.

``attach meeting|agenda|minutes|action|case ID FILE... [--name TEXT]`` stores every file in one
transaction (one bad file stores none) and prints each attachment's id, one per line; their
text is extracted for search right after, in a transaction of its own. ``minutes ID`` is the
meeting's id, as in the ``minutes`` verbs. ``list attachments`` lives in ``desktop.cli.listing``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import open_db, path_arg, record_id, user
from desktop.cli.export import export_verbs
from desktop.services.attachments.core import Target, attach, detach, export_copy
from desktop.services.attachments.extract import extract_pending

CLI_TARGETS = ("meeting", "agenda", "minutes", "action", "case")


def register(sub) -> None:
    p = sub.add_parser("attach", help="添加附件（会议材料、纪要附件、督办材料）",
                       description="把文件保存到数据库，附在会议、议程事项、会议纪要（按会议编号）、督办事项或争议案件（证据材料）上。")
    p.add_argument("target", choices=CLI_TARGETS)
    p.add_argument("target_id", metavar="ID", type=record_id)
    p.add_argument("files", type=path_arg, nargs="+", metavar="FILE")
    p.add_argument("--name", metavar="TEXT", help="显示名称（只添加一个文件时可用，默认用文件名）")
    p.set_defaults(func=cmd_attach)
    p = sub.add_parser("detach", help="删除附件（不再被引用的文件内容一并删除）")
    p.add_argument("attachment_id", metavar="ID", type=record_id)
    p.set_defaults(func=cmd_detach)
    p = export_verbs(sub).add_parser("attachment", help="把附件另存为文件",
                                     description="把附件另存为文件（只有本人可读）。")
    p.add_argument("attachment_id", metavar="ID", type=record_id)
    p.add_argument("-o", "--output", type=path_arg, required=True, metavar="FILE", help="保存为该文件（或保存到该文件夹）")
    p.set_defaults(func=cmd_export_attachment)


def cmd_attach(args: argparse.Namespace) -> int:
    if args.name is not None and len(args.files) > 1:
        print("tripartite: 用法错误：--name 只能用于添加一个文件", file=sys.stderr)
        return 2
    target = Target(args.target, args.target_id)
    db = open_db(args)
    try:
        ids, _changes = db.run(
            lambda s: [attach(s, target, Path(f), args.name) for f in args.files], user())
        while db.run(lambda s: extract_pending(s), user())[0]:
            pass
    finally:
        db.dispose()
    for attachment_id in ids:
        print(attachment_id)
    return 0


def cmd_detach(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        row, _changes = db.run(lambda s: detach(s, args.attachment_id), user())
    finally:
        db.dispose()
    print(f"已删除附件 {row.id}：{row.name}")
    return 0


def cmd_export_attachment(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            path = export_copy(session, args.attachment_id, Path(args.output))
    finally:
        db.dispose()
    print(path)
    return 0
