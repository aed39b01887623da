"""Helpers shared by the verbs: opening the database, dates, output."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop import config
from desktop.db import Database, open_database
from desktop.services.kernel.timeutil import RANGE_TEXT, in_supported_range
from desktop.services.kernel.validation import printable


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the database; what is unsafe about where it lives (a network share) goes to stderr."""
    db = open_database(config.database_url_from(args.database), create=create)
    for notice in db.notices:
        print(f"tripartite: 警告：{notice}", file=sys.stderr)
    return db


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD 格式：{text}") from None
    if not in_supported_range(value):
        raise argparse.ArgumentTypeError(f"日期超出支持的范围（{RANGE_TEXT}）：{text}")
    return value


MAX_ID = 2**31 - 1  # ids are INTEGER columns: 32-bit on PostgreSQL, the smaller of the two backends


def record_id(text: str) -> int:
    """argparse type for a record's id: a whole number from 1 to 2^31-1."""
    value = text.strip()
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"编号应为 1 到 {MAX_ID} 之间的整数：{text}")
    return int(value)


def user() -> str:
    return config.command_line_user()


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
