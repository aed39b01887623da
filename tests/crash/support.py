"""Children to kill and the checks after each kill: the file passes ``PRAGMA integrity_check``
and opens as the app opens it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.db import open_database

ROOT = Path(__file__).resolve().parents[2]


def spawn(module: str, *args: str) -> subprocess.Popen:
    """``python -m module args…`` from the repository root, pipes on stdin and stdout; the
    environment (the test's isolated data and config folders) is inherited."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    return subprocess.Popen([sys.executable, "-m", module, *args], cwd=ROOT, env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def wait_ready(child: subprocess.Popen) -> None:
    line = child.stdout.readline()
    assert line == b"ready\n", (line, child.stderr.read().decode(errors="replace"))


def go(child: subprocess.Popen) -> None:
    child.stdin.write(b"go\n")
    child.stdin.flush()


def kill(child: subprocess.Popen) -> tuple[bytes, bytes]:
    """SIGKILL on POSIX, TerminateProcess on Windows: no handler, no flush, no cleanup."""
    child.kill()
    out, err = child.communicate()
    return out, err


def dismiss(child: subprocess.Popen) -> None:
    """A child that was never told go: closing its stdin ends it."""
    child.stdin.close()
    child.wait(10)
    child.stdout.close()
    child.stderr.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


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
