"""Helpers shared by the verbs: opening the database, dates, output."""

from __future__ import annotations

import argparse
from datetime import date

from desktop import config
from desktop.db import Database, open_database
from desktop.services.kernel.timeutil import RANGE_TEXT, in_supported_range


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    return open_database(config.database_url_from(args.database), create=create)


def iso_date(text: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        value = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD 格式：{text}") from None
    if not in_supported_range(value):
        raise argparse.ArgumentTypeError(f"日期超出支持的范围（{RANGE_TEXT}）：{text}")
    return value


def user() -> str:
    return config.command_line_user()
