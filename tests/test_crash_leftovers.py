"""What a killed backup or restore leaves beside a ``.part`` (SQLite's journal or WAL of it)
goes with it on the next start; a fresh one, maybe still being written, stays."""

from __future__ import annotations

import os
import time
from datetime import datetime

from desktop.backup import (
    backups_folder,
    restore_sqlite,
    tidy_database_folder,
    write_rotating_backup,
)
from tests.test_backup import live  # noqa: F401 - the fixture


def test_tidy_removes_an_old_part_with_its_journal_wal_and_shm_and_keeps_fresh_ones(live):  # noqa: F811
    folder = backups_folder(live)
    folder.mkdir()
    old = [folder / f"t-20260101-090000.db.part{s}" for s in ("", "-journal", "-wal", "-shm")]
    fresh = [live.parent / f"x.db.part{s}" for s in ("", "-journal")]
    for path in (*old, *fresh):
        path.write_bytes(b"half")
    hour_ago = time.time() - 2 * 3600
    for path in old:
        os.utime(path, (hour_ago, hour_ago))
    removed = tidy_database_folder(live, now=datetime.now())
    assert sorted(removed) == sorted(old)
    assert all(p.exists() for p in fresh)


def test_a_restore_leaves_no_part_behind(live, tmp_path):  # noqa: F811
    copy = write_rotating_backup(live)
    restore_sqlite(copy, live, user="测试员")
    assert [p.name for p in live.parent.rglob("*.part*")] == []
