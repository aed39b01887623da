"""Checked backups and restores of a SQLite database (storage infrastructure, not a use case)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop import migrate
from desktop.errors import DatabaseError, UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.sqlite_copy import SQLITE_MAGIC, backup_sqlite, create_private, read_only_uri

__all__ = ["backup_sqlite", "check_backup_file", "restore_sqlite"]


def check_backup_file(path: Path) -> str:
    """Integrity-check a backup copy; return its schema revision or refuse it with a reason."""
    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "备份文件不存在：{path}"), path=path)
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "该文件不是数据库备份：{path}"), path=path)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            has_version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()[0]
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] if has_version else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "备份文件已损坏：{reason}"), reason=exc) from None
    if result != "ok":
        raise UserError(QT_TRANSLATE_NOOP("Errors", "备份文件未通过完整性检查：{reason}"), reason=result)
    if revision is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "该文件不是三方联席秘书台的数据库备份：{path}"), path=path)
    if revision not in migrate.known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "该备份来自更新版本的程序（结构版本 {rev}），无法恢复。"), rev=revision
        )
    return revision


def restore_sqlite(backup: Path, target: Path) -> Path | None:
    """Check ``backup``, keep the current ``target`` aside, then copy the backup into place.

    Returns the path of the kept-aside copy (None when there was no database yet).
    """
    check_backup_file(backup)
    target = Path(target)
    aside = None
    if target.exists() and target.stat().st_size > 0:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = backup_sqlite(target, target.with_name(f"{target.stem}.replaced-{stamp}{target.suffix}"))
    try:
        if not target.exists():
            create_private(target)
        src = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            dst = sqlite3.connect(str(target), timeout=10)
            try:
                src.backup(dst)  # writes through the live file's own locks and WAL
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "恢复失败：{reason}。原数据库已保留在 {aside}"), reason=exc, aside=aside
        ) from None
    return aside
