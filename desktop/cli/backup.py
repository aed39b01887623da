"""``backup [-o FILE] [--list]`` and ``restore FILE``.

SQLite: without ``-o`` the copy goes into the rotation (``backups/`` beside the database);
``--list`` shows the rotation. PostgreSQL: ``backup -o FILE`` runs ``pg_dump -Fc``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop import config
from desktop.backup import (
    backup_sqlite,
    list_backups,
    restore_sqlite,
    rolled_back_entries,
    tidy_database_folder,
    write_rotating_backup,
)
from desktop.cli.common import check_permission, path_arg, user
from desktop.db import check_sqlite_file, parse_target
from desktop.errors import UserError
from desktop.services.kernel.permissions import Permission


def register(sub) -> None:
    p = sub.add_parser("backup", help="在程序运行时也能安全地备份数据库（SQLite 在线备份；PostgreSQL 用 pg_dump）")
    p.add_argument("-o", "--output", type=path_arg, metavar="FILE",
                   help="备份文件（不指定时写入数据库旁的 backups 文件夹，按日、周、月轮换保留）")
    p.add_argument("--list", action="store_true", help="列出 backups 文件夹中的备份（最新在前）")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="检查备份的完整性后恢复，原数据库另存一份")
    p.add_argument("file", type=path_arg, metavar="FILE", help="备份文件")
    p.set_defaults(func=cmd_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    target = parse_target(config.database_url_from(args.database))
    if not target.is_sqlite:
        raise UserError("恢复只适用于 SQLite 数据库；PostgreSQL 请使用 pg_restore。")
    return target.path


def cmd_backup(args: argparse.Namespace) -> int:
    target = parse_target(config.database_url_from(args.database))
    if not target.is_sqlite:
        return _pg_dump(target, args)
    path = target.path
    if args.list:
        return _print_list(path)
    check_sqlite_file(path, create=False)
    if removed := tidy_database_folder(path):
        print(f"已清理 {len(removed)} 个残留的备份文件（中断的备份或升级留下的）。", file=sys.stderr)
    out = backup_sqlite(path, _output_file(args.output)) if args.output else write_rotating_backup(path)
    print(f"已备份到：{out}")
    return 0


def _output_file(output: Path) -> Path:
    """``-o``'s file, absolute; a folder (``-o /``, ``-o .``) is refused in one line."""
    out = output.resolve()
    if out.is_dir():
        raise UserError(f"“{out}”是文件夹：请给出备份文件的名字，如 -o 备份.db。")
    return out


def _print_list(path: Path) -> int:
    found = list_backups(path)
    if not found:
        print(f"没有自动备份（{path.parent / 'backups'}）。")
        return 0
    for info in found:
        holds = ("无法读取" if info.meetings is None else
                 f"会议 {info.meetings}、纪要 {info.minutes}、督办事项 {info.actions}")
        print(f"{info.taken:%Y-%m-%d %H:%M:%S}  {info.size / 1024:,.0f} KB  {holds}  {info.path}")
    return 0


def _pg_dump(target, args: argparse.Namespace) -> int:
    if args.list or args.output is None:
        raise UserError("PostgreSQL 数据库请用 -o FILE 指定备份文件（由 pg_dump 写成自定义格式）；"
                        "自动轮换备份只适用于 SQLite。")
    program = shutil.which("pg_dump")
    if program is None:
        raise UserError("找不到 pg_dump：请安装 PostgreSQL 客户端（如 postgresql-client）并把它加入 PATH 后重试。")
    url = target.url
    env = {**os.environ, **({"PGPASSWORD": url.password} if url.password else {})}
    plain = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    out = _output_file(args.output)
    done = subprocess.run([program, "-Fc", "-f", str(out), "--dbname", plain], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        out.unlink(missing_ok=True)
        reason = (done.stderr.strip().splitlines() or ["?"])[-1]
        raise UserError(f"pg_dump 备份失败：{reason}")
    os.chmod(out, 0o600)
    print(f"已备份到：{out}（pg_dump 自定义格式，可用 pg_restore 恢复）")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = _sqlite_path(args)
    if path.exists():
        check_sqlite_file(path, create=False)
        check_permission(args, Permission.RESTORE, if_readable=True)
    lost = rolled_back_entries(args.file.resolve(), path)
    aside = restore_sqlite(args.file.resolve(), path, user=user())
    print(f"已从 {args.file} 恢复数据库：{path}")
    if lost:
        print(f"撤销了该备份之后的 {lost} 条审计记录（已记入审计日志）。")
    if aside:
        print(f"原数据库已另存为：{aside}")
    return 0
