"""``user add|list|disable|enable|reset-password|role|signin`` (see the README's command table).

A new password is asked for twice on a terminal (``getpass``), or read as one line from standard
input with ``--password-stdin``; it is never an argument (a command line is visible to every
user of the machine). On an empty user table the first administrator needs no sign-in; after
that these verbs need the administrator's role when the database asks for a sign-in.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from desktop.cli.common import run_read, run_write, write_table
from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.accounts import signin, users
from desktop.services.kernel.permissions import ROLE_LABELS

ROLE_HELP = "、".join(f"{key} {label}" for key, label in ROLE_LABELS.items())


def register(sub) -> None:
    p = sub.add_parser("user", help="管理用户、角色和登录（管理员）",
                       description="用户保存在数据库中：登录名、审计日志中显示的姓名、单位和角色。"
                                   "数据库要求登录时，每条命令都以 TRIPARTITE_USER 和 TRIPARTITE_PASSWORD 登录。")
    verbs = p.add_subparsers(dest="user_verb", metavar="VERB", required=True)
    a = verbs.add_parser("add", help="添加用户（第一个用户须为管理员，无需登录）")
    a.add_argument("name", metavar="NAME", help="登录名")
    a.add_argument("--role", required=True, choices=users.ROLES, help=ROLE_HELP)
    a.add_argument("--display", metavar="TEXT", default="", help="显示姓名（记入审计日志；默认同登录名）")
    a.add_argument("--organisation", metavar="TEXT", default="", help="所在单位")
    a.add_argument("--password-stdin", action="store_true", help="从标准输入读取一行作为密码")
    a.set_defaults(func=cmd_add)
    lst = verbs.add_parser("list", help="列出用户（登录名、姓名、角色、是否启用、是否锁定）")
    lst.add_argument("--format", choices=("table", "json"), default="table")
    lst.set_defaults(func=cmd_list)
    for name, help_text, func in (("disable", "停用用户（不能再登录；记录中的姓名保留）", cmd_disable),
                                  ("enable", "重新启用已停用的用户", cmd_enable)):
        v = verbs.add_parser(name, help=help_text)
        v.add_argument("name", metavar="NAME", help="登录名")
        v.set_defaults(func=func)
    r = verbs.add_parser("reset-password", help="重置用户的密码（同时解除锁定）")
    r.add_argument("name", metavar="NAME", help="登录名")
    r.add_argument("--password-stdin", action="store_true", help="从标准输入读取一行作为新密码")
    r.set_defaults(func=cmd_reset)
    g = verbs.add_parser("role", help="更改用户的角色")
    g.add_argument("name", metavar="NAME", help="登录名")
    g.add_argument("role", choices=users.ROLES, help=ROLE_HELP)
    g.set_defaults(func=cmd_role)
    s = verbs.add_parser("signin", help="SQLite 数据库：开启或关闭登录（PostgreSQL 有用户后总是要求登录）")
    s.add_argument("state", choices=("on", "off"))
    s.set_defaults(func=cmd_signin)


def read_new_password(from_stdin: bool) -> str:
    """One line of standard input, or the same password typed twice on the terminal."""
    if from_stdin:
        try:
            return sys.stdin.readline().rstrip("\r\n")
        except (AttributeError, OSError, UnicodeDecodeError, ValueError) as exc:  # no, closed or garbled stdin
            raise UserError(QT_TRANSLATE_NOOP("Errors", "无法从标准输入读取密码：{reason}"),
                            reason=getattr(exc, "strerror", None) or type(exc).__name__) from None
    if sys.stdin is None or not sys.stdin.isatty():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "请在终端中输入密码，或用 --password-stdin 从标准输入读取。"), field="password")
    first = getpass.getpass("新密码：")
    if getpass.getpass("再输入一次：") != first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "两次输入的密码不一致，未作修改。"), field="password")
    return first


def cmd_add(args: argparse.Namespace) -> int:
    password = users.clean_password(read_new_password(args.password_stdin))
    run_write(args, lambda s: users.add_user(s, args.name, args.role, password, display=args.display,
                                             organisation=args.organisation))
    print(f"已添加用户：{args.name.strip()}（{ROLE_LABELS[args.role]}）")
    return 0


def _rows(accounts: list[users.Account]) -> list[dict]:
    return [{"name": a.name, "display": a.display, "organisation": a.organisation, "role": a.role,
             "active": a.active, "locked": a.locked()} for a in accounts]


def cmd_list(args: argparse.Namespace) -> int:
    rows = _rows(run_read(args, users.list_users))
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        write_table([{**r, "role": ROLE_LABELS[r["role"]], "active": "启用" if r["active"] else "停用",
                      "locked": "锁定" if r["locked"] else ""} for r in rows], sys.stdout)
    return 0


def cmd_disable(args: argparse.Namespace) -> int:
    run_write(args, lambda s: users.disable_user(s, args.name))
    print(f"已停用用户：{args.name.strip()}")
    return 0


def cmd_enable(args: argparse.Namespace) -> int:
    run_write(args, lambda s: users.enable_user(s, args.name))
    print(f"已启用用户：{args.name.strip()}")
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    password = users.clean_password(read_new_password(args.password_stdin))
    run_write(args, lambda s: users.reset_password(s, args.name, password))
    print(f"已重置密码：{args.name.strip()}")
    return 0


def cmd_role(args: argparse.Namespace) -> int:
    run_write(args, lambda s: users.set_role(s, args.name, args.role))
    print(f"已将 {args.name.strip()} 的角色改为：{ROLE_LABELS[args.role]}")
    return 0


def cmd_signin(args: argparse.Namespace) -> int:
    on = args.state == "on"
    run_write(args, lambda s: signin.set_sign_in_required(s, on))
    print("已开启登录：此后每条命令须以 TRIPARTITE_USER 和 TRIPARTITE_PASSWORD 登录。" if on else "已关闭登录。")
    return 0
