"""``backup -o FILE`` and ``restore FILE`` for the SQLite database."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop import config
from desktop.backup import backup_sqlite, restore_sqlite
from desktop.db import check_sqlite_file, parse_target
from desktop.errors import UserError


def register(sub) -> None:
    p = sub.add_parser("backup", help="在程序运行时也能安全地备份数据库（SQLite 在线备份）")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="备份文件")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="检查备份的完整性后恢复，原数据库另存一份")
    p.add_argument("file", type=Path, metavar="FILE", help="备份文件")
    p.set_defaults(func=cmd_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    target = parse_target(config.database_url_from(args.database))
    if not target.is_sqlite:
        raise UserError("备份与恢复只适用于 SQLite 数据库；PostgreSQL 请使用 pg_dump / pg_restore。")
    return target.path


def cmd_backup(args: argparse.Namespace) -> int:
    path = _sqlite_path(args)
    check_sqlite_file(path, create=False)
    out = backup_sqlite(path, args.output.resolve())
    print(f"已备份到：{out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = _sqlite_path(args)
    if path.exists():
        check_sqlite_file(path, create=False)
    aside = restore_sqlite(args.file.resolve(), path)
    print(f"已从 {args.file} 恢复数据库：{path}")
    if aside:
        print(f"原数据库已另存为：{aside}")
    return 0
