"""Consistent copies of a SQLite file with SQLite's online backup API (no migration knowledge).

Below ``migrate`` and ``backup``: the upgrade copies a file aside before changing it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.storage_checks import os_reason

SQLITE_MAGIC = b"SQLite format 3\x00"


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes the '?', '#' and '%' a plain path may hold."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def create_private(path: Path) -> None:
    """An empty file only its owner may read: copies hold the same personal data as the original."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy ``source`` to ``dest`` with SQLite's online backup API, safe while others write."""
    dest = Path(dest)
    if not dest.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "备份目标文件夹不存在：{folder}"), folder=dest.parent)
    if dest.resolve() == Path(source).resolve():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "备份文件不能是数据库本身：{path}"), path=dest)
    tmp = dest.with_name(dest.name + ".part")
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=10)
        try:
            create_private(tmp)
            out = sqlite3.connect(str(tmp))
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        finally:
            src.close()
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "备份失败：{reason}"), reason=os_reason(exc)
        ) from None
    return dest
