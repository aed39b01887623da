"""Consistent copies of a SQLite database (online backup API) and checked restores."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.errors import DatabaseError, UserError
from desktop.i18n import QT_TRANSLATE_NOOP

SQLITE_MAGIC = b"SQLite format 3\x00"


def _read_only(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes the '?', '#' and '%' a plain path may hold."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def _create_private(path: Path) -> None:
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
        src = sqlite3.connect(_read_only(source), uri=True, timeout=10)
        try:
            _create_private(tmp)
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
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "备份失败：{reason}"), reason=getattr(exc, "strerror", None) or exc
        ) from None
    return dest


def check_backup_file(path: Path) -> str:
    """Integrity-check a backup copy; return its schema revision or refuse it with a reason."""
    from desktop import migrate

    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "备份文件不存在：{path}"), path=path)
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise UserError(QT_TRANSLATE_NOOP("Errors", "该文件不是数据库备份：{path}"), path=path)
    try:
        conn = sqlite3.connect(_read_only(path), uri=True)
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
    known = {rev.revision for rev in migrate.ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()}
    if revision not in known:
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
            _create_private(target)
        src = sqlite3.connect(_read_only(backup), uri=True)
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
