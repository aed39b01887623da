"""Helpers shared by the verbs: opening the database, dates, output."""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from datetime import date
from pathlib import Path

from desktop import config
from desktop.db import Database, open_database
from desktop.errors import DatabaseError, PermissionDeniedError, UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.accounts.signin import sign_in, sign_in_required
from desktop.services.accounts.users import Account
from desktop.services.kernel.permissions import Permission, check_role
from desktop.services.kernel.timeutil import RANGE_TEXT, in_supported_range
from desktop.services.kernel.validation import printable


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the database; what is unsafe about where it lives (a network share) goes to stderr.
    A database that asks for a sign-in is signed in to here, for every verb."""
    db = open_database(config.database_url_from(args.database), create=create)
    for notice in db.notices:
        print(f"tripartite: 警告：{notice}", file=sys.stderr)
    try:
        db.role = _sign_in(db)
    except BaseException:
        db.dispose()
        raise
    return db


KEYRING_SERVICE = "tripartite-secretariat-signin"  # the keyring's user name is the sign-in name
_signed_in: list[Account] = []  # who the last open_db signed in as (one process, one verb)
NO_CREDENTIALS = QT_TRANSLATE_NOOP(
    "Errors", "该数据库要求登录：请用环境变量 TRIPARTITE_USER 给出登录名，TRIPARTITE_PASSWORD 给出密码。")


def _password(name: str) -> str | None:
    """``TRIPARTITE_PASSWORD``, else the system keyring's entry for ``name`` (when installed)."""
    if (password := os.environ.get("TRIPARTITE_PASSWORD")) is not None:
        return password
    try:
        import keyring
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, name)
    except Exception:  # noqa: BLE001 - no usable keyring backend is the same as no entry
        return None


def _sign_in(db: Database) -> str | None:
    """Sign in when the database asks for it; the role to give every session (None: no sign-in)."""
    _signed_in.clear()
    with db.reading() as session:
        if not sign_in_required(session):
            return None
    name = os.environ.get(config.ENV_USER, "").strip()
    password = _password(name) if name else None
    if password is None:
        raise PermissionDeniedError(NO_CREDENTIALS)
    result = db.run(lambda session: sign_in(session, name, password), name)[0]
    if isinstance(result, UserError):
        raise result  # the failed try is committed (its count and audit entry) before this
    _signed_in.append(result)
    return result.role


def check_permission(args: argparse.Namespace, permission: Permission, *, if_readable: bool = False) -> None:
    """Sign in (when asked for) and refuse unless the role allows ``permission``; with
    ``if_readable`` a database that cannot be opened is not checked (restoring over it)."""
    try:
        db = open_db(args)
    except DatabaseError:
        if if_readable:
            return
        raise
    try:
        check_role(db.role, permission)
    finally:
        db.dispose()


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD 格式：{text}") from None
    if not in_supported_range(value):
        raise argparse.ArgumentTypeError(f"日期超出支持的范围（{RANGE_TEXT}）：{text}")
    return value


def path_arg(text: str) -> Path:
    """argparse type for a file or folder name: an empty one is a usage error, not the current
    folder (``-o ''`` became '.' and ended in an internal error)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("文件或文件夹名不能为空")
    return Path(text)


MAX_ID = 2**31 - 1  # ids are INTEGER columns: 32-bit on PostgreSQL, the smaller of the two backends


def record_id(text: str) -> int:
    """argparse type for a record's id: a whole number from 1 to 2^31-1."""
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"编号应为 1 到 {MAX_ID} 之间的整数：{text}")
    return int(value)


def user() -> str:
    """The name the audit log records: the signed-in user's display name, else the identity."""
    return _signed_in[0].label if _signed_in else config.command_line_user()


def shown(message: object) -> str:
    """An error line for the terminal: an argument's or a file's control characters (an ANSI
    escape, NUL, U+202E) escaped on each line, so a refusal never acts on the terminal."""
    return "\n".join(printable(line) for line in str(message).split("\n"))


def run_write(args: argparse.Namespace, work):
    """``work(session)`` in one transaction as the command-line user; its result."""
    db = open_db(args)
    try:
        return db.run(work, user())[0]
    finally:
        db.dispose()


def run_read(args: argparse.Namespace, work):
    """``work(session)`` on a reading session; its result."""
    db = open_db(args)
    try:
        with db.reading() as session:
            return work(session)
    finally:
        db.dispose()


def text_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_table(rows: list[dict], out) -> None:
    """Rows as a plain-text table whose columns line up for wide (CJK) characters."""
    if not rows:
        out.write("（无记录）\n")
        return
    columns = list(rows[0])
    cells = [[("" if r[c] is None else str(r[c])) for c in columns] for r in rows]
    widths = [max(text_width(c), *(text_width(row[i]) for row in cells)) for i, c in enumerate(columns)]
    for line in [columns, *cells]:
        out.write("  ".join(v + " " * (w - text_width(v)) for v, w in zip(line, widths)).rstrip() + "\n")
