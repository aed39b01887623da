"""Checked backups and restores of a SQLite database (storage infrastructure, not a use case).

Rotation: ``write_rotating_backup`` copies the database into a ``backups`` folder beside it
(``<stem>-YYYYMMDD-HHMMSS.db``, owner-only, checked with ``PRAGMA integrity_check``), then keeps
the newest copy of each of the last 7 days, 4 ISO weeks and 12 months (``backup.json`` in the
config folder: ``{"daily": 7, "weekly": 4, "monthly": 12}``) and deletes the rest.
A restore records itself in the restored database's audit log, with how many audit entries
of the replaced database were newer than the backup (rolled back).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop import config, migrate
from desktop.errors import DatabaseError, UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.sqlite_copy import SQLITE_MAGIC, backup_sqlite, create_private, read_only_uri
from desktop.storage_checks import os_reason

__all__ = ["backup_sqlite", "check_backup_file", "restore_sqlite", "rolled_back_entries",
           "write_rotating_backup", "list_backups", "tidy_database_folder", "load_retention"]

BACKUP_FOLDER = "backups"
RETENTION_FILE = "backup.json"
_STAMP = "%Y%m%d-%H%M%S"
_ROTATED = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.db$")
_BEFORE = re.compile(r"^(?P<stem>.+)\.before-(?P<rev>[^-]+)-(?P<stamp>\d{8}-\d{6})(?P<suffix>\.[^.]*)?$")
STALE_PART = timedelta(hours=1)  # a .part older than this belongs to no running backup
# A killed copy leaves its .part and, beside it, SQLite's journal or WAL of that .part.
PART_COMPANIONS = ("", "-journal", "-wal", "-shm")


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


# ---------------------------------------------------------------- restore

def _newest_audit(conn: sqlite3.Connection) -> str | None:
    try:
        return conn.execute("SELECT max(at) FROM audit_log").fetchone()[0]
    except sqlite3.Error:  # no audit table yet
        return None


def rolled_back_entries(backup: Path, target: Path) -> int:
    """How many audit entries of ``target`` are newer than the newest in ``backup``: what a
    restore of ``backup`` would roll back."""
    target = Path(target)
    if not target.is_file() or target.stat().st_size == 0:
        return 0
    try:
        src = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            newest = _newest_audit(src)
        finally:
            src.close()
        cur = sqlite3.connect(read_only_uri(target), uri=True, timeout=10)
        try:
            query = "SELECT count(*) FROM audit_log" + ("" if newest is None else " WHERE at > ?")
            return cur.execute(query, () if newest is None else (newest,)).fetchone()[0]
        finally:
            cur.close()
    except sqlite3.Error:
        return 0


def restore_sqlite(backup: Path, target: Path, *, user: str = "") -> Path | None:
    """Check ``backup``, keep the current ``target`` aside, then put the backup in its place
    with the restore recorded (who, which file, how many audit entries it rolled back).

    The backup is first copied into a private ``.part`` file and the audit entry written
    there; that copy then replaces the live content in one step of SQLite's backup API, one
    transaction on the live file: a crash leaves the previous database or the restored one
    with its audit entry, never a mix. Returns the kept-aside copy (None when there was none).
    """
    check_backup_file(backup)
    target = Path(target)
    lost = rolled_back_entries(backup, target)
    aside = None
    if target.exists() and target.stat().st_size > 0:
        stamp = datetime.now().strftime(_STAMP)
        aside = backup_sqlite(target, target.with_name(f"{target.stem}.replaced-{stamp}{target.suffix}"))
    prepared = target.with_name(f"{target.name}.restore.part")
    try:
        backup_sqlite(backup, prepared)
        with closing(sqlite3.connect(str(prepared))) as conn:
            _audit_restore(conn, backup, user, lost)
        if not target.exists():
            create_private(target)
        with closing(sqlite3.connect(read_only_uri(prepared), uri=True)) as src, \
                closing(sqlite3.connect(str(target), timeout=10)) as dst:
            src.backup(dst)  # all pages in one step: one write transaction through the live WAL
    except (sqlite3.Error, OSError, UserError) as exc:
        reason = exc if isinstance(exc, UserError) else os_reason(exc)
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "恢复失败：{reason}。原数据库已保留在 {aside}"), reason=reason, aside=aside
        ) from None
    finally:
        _remove_part(prepared)
    return aside


def _remove_part(path: Path) -> None:
    for suffix in PART_COMPANIONS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _audit_restore(conn: sqlite3.Connection, backup: Path, user: str, lost: int) -> None:
    at = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    changes = json.dumps({"file": [None, str(backup)], "rolled_back_entries": [None, lost]},
                         ensure_ascii=False)
    with conn:
        conn.execute("INSERT INTO audit_log (at, user, entity, entity_id, action, changes) "
                     "VALUES (?, ?, 'database', NULL, 'restore', ?)", (at, user or "?", changes))


# ---------------------------------------------------------------- rotation

@dataclass(frozen=True)
class Retention:
    """How many of the newest days, ISO weeks and months keep their newest backup."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def load_retention() -> Retention:
    """The saved retention (``backup.json`` in the config folder); defaults when missing."""
    try:
        data = json.loads((config.config_dir() / RETENTION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Retention()
    default = Retention()
    values = {}
    for key in ("daily", "weekly", "monthly"):
        try:
            values[key] = max(0, int(data.get(key, getattr(default, key))))
        except (TypeError, ValueError, AttributeError):
            values[key] = getattr(default, key)
    return Retention(**values)


def backups_folder(database: Path) -> Path:
    return Path(database).parent / BACKUP_FOLDER


def _rotated(database: Path) -> list[tuple[datetime, Path]]:
    """The rotation's copies of ``database``, newest first, with the local time each was taken."""
    folder = backups_folder(database)
    out = []
    for path in folder.glob("*.db") if folder.is_dir() else ():
        match = _ROTATED.match(path.name)
        if match and match["stem"] == Path(database).stem:
            out.append((datetime.strptime(match["stamp"], _STAMP), path))
    return sorted(out, reverse=True)


def write_rotating_backup(database: Path, *, now: datetime | None = None,
                          retention: Retention | None = None) -> Path:
    """A checked, owner-only copy in ``backups/``; then the rotation drops what it no longer keeps."""
    database = Path(database)
    now = now or datetime.now()
    folder = backups_folder(database)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "备份失败：{reason}"), reason=os_reason(exc)) from None
    dest = backup_sqlite(database, folder / f"{database.stem}-{now.strftime(_STAMP)}.db")
    try:
        check_backup_file(dest)
    except UserError:
        dest.unlink(missing_ok=True)
        raise
    os.chmod(dest, 0o600)
    prune_backups(database, retention or load_retention())
    return dest


def prune_backups(database: Path, retention: Retention) -> list[Path]:
    """Delete the copies no day, week or month of the retention keeps; returns them."""
    copies = _rotated(database)
    keep: set[Path] = set()
    for count, key in ((retention.daily, lambda t: t.date()),
                       (retention.weekly, lambda t: t.isocalendar()[:2]),
                       (retention.monthly, lambda t: (t.year, t.month))):
        seen: list = []
        for taken, path in copies:  # newest first: the first copy of a period is its newest
            period = key(taken)
            if period not in seen:
                if len(seen) >= count:
                    break
                seen.append(period)
                keep.add(path)
    removed = [path for _t, path in copies if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backed_up_today(database: Path, *, now: datetime | None = None) -> bool:
    day = (now or datetime.now()).date()
    return any(taken.date() == day for taken, _p in _rotated(database))


@dataclass(frozen=True)
class BackupInfo:
    """One copy in the rotation: when, how big, what it holds (None: unreadable)."""

    path: Path
    taken: datetime
    size: int
    meetings: int | None
    minutes: int | None
    actions: int | None


def _counts(path: Path) -> tuple[int | None, int | None, int | None]:
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return tuple(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                         for table in ("meetings", "minutes", "action_items"))
        finally:
            conn.close()
    except sqlite3.Error:
        return None, None, None


def list_backups(database: Path) -> list[BackupInfo]:
    """The rotation's copies of ``database``, newest first."""
    return [BackupInfo(path, taken, path.stat().st_size, *_counts(path))
            for taken, path in _rotated(database) if path.is_file()]


# ---------------------------------------------------------------- tidy on start

def tidy_database_folder(database: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete orphaned ``.part`` files (with their ``-journal``/``-wal``/``-shm``) beside the
    database and in ``backups/`` (left by a killed backup or restore) and all but the newest
    ``before-<rev>-…`` copy of each revision (left by interrupted upgrades). Returns what was
    deleted."""
    database = Path(database)
    moment = (now or datetime.now()).timestamp()
    removed = []
    for folder in (database.parent, backups_folder(database)):
        parts = [p for suffix in PART_COMPANIONS for p in folder.glob(f"*.part{suffix}")] if folder.is_dir() else ()
        for part in parts:
            try:
                if moment - part.stat().st_mtime > STALE_PART.total_seconds():
                    part.unlink()
                    removed.append(part)
            except OSError:
                continue
    newest: dict[str, tuple[str, Path]] = {}
    for path in sorted(database.parent.glob(f"{database.stem}.before-*")):
        match = _BEFORE.match(path.name)
        if not match or match["stem"] != database.stem:
            continue
        best = newest.get(match["rev"])
        if best is None or match["stamp"] > best[0]:
            if best is not None:
                removed.append(best[1])
            newest[match["rev"]] = (match["stamp"], path)
        else:
            removed.append(path)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
