"""The checks after each kill: the file passes ``PRAGMA integrity_check``
and opens as the app opens it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.db import open_database


def pragma(path: Path, name: str):
    """One PRAGMA's answer from a fresh connection to ``path``."""
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def integrity(path: Path) -> str:
    return pragma(path, "integrity_check")


def opens(path: Path) -> None:
    """Open the file as the app does (checks, migration check, WAL) and read from it."""
    db = open_database(str(path))
    try:
        with db.reading() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM meetings").scalar()
    finally:
        db.dispose()


def row_counts(path: Path, *, skip: tuple[str, ...] = ("audit_log",)) -> dict[str, int]:
    """Rows per table (the file's fingerprint for "old or new, never a mix")."""
    conn = sqlite3.connect(str(path))
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]  # noqa: S608
                for n in sorted(names) if n not in skip}
    finally:
        conn.close()
