"""SIGKILL during ``tripartite backup``, ``tripartite restore`` and a schema upgrade: the
database is the old one or the new one, never a mix; an interrupted restore leaves the previous
database usable; what a killed run leaves behind the next start tidies away."""

from __future__ import annotations

import json
import random
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop import migrate
from desktop.backup import check_backup_file, tidy_database_folder
from desktop.db import make_engine, open_database, parse_target
from desktop.migrations import HEAD
from desktop.services.actions.core import ActionFields, create_action
from desktop.services.demo import generate
from tests.conftest import _isolate, copy_sqlite
from tests.crash.runs import Runs
from tests.crash.support import integrity, opens, row_counts

pytestmark = pytest.mark.slow

KILLS = 12
CHILD = "tests.crash.verb_child"
OLD = "0002"  # before the search tables, attachments, the register's columns and early warning
BULK = 30_000  # enterprises: a file of some megabytes, so each verb takes a while


def _bulk(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    with conn:
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO enterprises (name, uscc, industry, address, employees, has_union, "
            "contact_name, contact_phone, version, created_at, updated_at) "
            "SELECT '北京批量测试第' || i || '号有限公司', NULL, '制造业', '经开区科创街' || i || '号', "
            "i % 700, i % 2, '联系人' || i, '1380000' || (1000 + i % 9000), 1, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM n", (BULK,))
    conn.close()


@pytest.fixture(scope="module")
def big_template(tmp_path_factory) -> Path:
    """A seeded file with the small demo and many enterprises, everything in the main file."""
    folder = tmp_path_factory.mktemp("crash-big")
    path = folder / "big.db"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _isolate(folder, monkeypatch)
        db = open_database(str(path), create=True)
        db.run(lambda s: generate(s, "small", 1, datetime(2026, 11, 24).date()), "测试员")
        db.dispose()
    _bulk(path)
    return path


@pytest.fixture(scope="module")
def old_template(big_template, tmp_path_factory) -> Path:
    """The same data at revision 0002, as an older version of the app left it."""
    path = tmp_path_factory.mktemp("crash-old") / "old.db"
    copy_sqlite(big_template, path)
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")  # without the app's foreign-key pragma: the
    command.downgrade(migrate.alembic_config(engine), OLD)  # drops follow no FK order
    engine.dispose()
    return path


def fresh(template: Path, path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    copy_sqlite(template, path)
    return path


def _lines(sql: str | None) -> tuple[str, ...] | None:
    """A CREATE statement's clauses in sorted order: a batch-mode table rebuild (alembic copies
    the constraints out of a set) writes the same constraints in another order per process."""
    return None if sql is None else tuple(sorted(part.strip() for part in sql.split(", \n")))


def schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        return [(kind, name, table, _lines(sql)) for kind, name, table, sql in rows]
    finally:
        conn.close()


def state(path: Path) -> tuple:
    """What "old or new, never a mix" compares: every schema object and every table's rows."""
    return schema(path), row_counts(path, skip=())


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".part" in p.name)


class Killer:
    """Runs one verb again and again, killing each run at a random moment of its usual length."""

    def __init__(self, folder: Path) -> None:
        self.runs = Runs(CHILD, folder)
        self.rng = random.Random()
        self.length = 0.0
        self.killed = self.finished = 0
        self.outcomes: dict[str, int] = {}

    def saw(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def calibrate(self, argv: list[str], reset=lambda: None, times: int = 2) -> None:
        """The run's usual length: the shortest of a few uninterrupted runs (the first pays
        for cold caches)."""
        lengths = []
        for _ in range(times):
            reset()
            started = time.monotonic()
            self.runs.start(json.dumps(argv))
            status, out = self.runs.wait()
            lengths.append(time.monotonic() - started)
            assert status == 0, out.decode(errors="replace")
        self.length = min(lengths)

    def run(self, argv: list[str]) -> None:
        self.runs.start(json.dumps(argv))
        time.sleep(self.rng.uniform(0, self.length))
        status, out = self.runs.kill()
        if status == 0:
            self.finished += 1  # the kill came after it was done
        else:
            self.killed += 1

    def close(self, verb: str) -> None:
        self.runs.close()
        print(f"crash test ({verb}): {self.killed} kills mid-run, {self.finished} runs finished first, "
              f"{self.length * 1000:.0f} ms a run; afterwards {self.outcomes or 'as checked'}")


def test_a_killed_backup_leaves_the_database_as_it_was_and_a_complete_copy_or_none(tmp_path, big_template):
    (tmp_path / "live").mkdir()
    live = fresh(big_template, tmp_path / "live" / "t.db")
    before = state(live)
    killer = Killer(tmp_path)
    killer.calibrate(["--database", str(live), "backup", "-o", str(live.parent / "calibration.db")])
    try:
        for i in range(KILLS):
            out = live.parent / f"copy-{i}.db"
            rotate = i % 2 == 1
            killer.run(["--database", str(live), "backup", *(() if rotate else ("-o", str(out)))])
            assert integrity(live) == "ok"
            assert state(live) == before
            copies = sorted((live.parent / "backups").glob("*.db")) if rotate else [out]
            for copy in (c for c in copies if c.exists()):
                check_backup_file(copy)
                assert row_counts(copy, skip=()) == row_counts(live, skip=())
            opens(live)
    finally:
        killer.close("backup")
    tidy_database_folder(live, now=datetime.now() + timedelta(hours=2))
    assert leftovers(tmp_path / "live") == []


def test_a_killed_restore_leaves_the_old_database_or_the_restored_one_and_either_is_usable(
        tmp_path, big_template):
    (tmp_path / "live").mkdir()
    backup = tmp_path / "backup.db"
    copy_sqlite(big_template, backup)
    old = tmp_path / "old.db"
    copy_sqlite(big_template, old)
    db = open_database(str(old))
    db.run(lambda s: [create_action(s, "tripartite", ActionFields(f"恢复前的督办事项{n}")) for n in range(300)],
           "测试员")
    db.dispose()
    live = fresh(old, tmp_path / "live" / "t.db")
    killer = Killer(tmp_path)
    killer.calibrate(["--database", str(live), "restore", str(backup)], lambda: fresh(old, live))
    new = state(live)
    try:
        for _ in range(KILLS):
            fresh(old, live)
            before = state(live)
            killer.run(["--database", str(live), "restore", str(backup)])
            assert integrity(live) == "ok"
            after = state(live)
            assert after in (before, new)
            killer.saw("old" if after == before else "restored")
            db = open_database(str(live))  # usable: it takes a write
            db.run(lambda s: create_action(s, "tripartite", ActionFields("恢复中断后的督办事项")), "测试员")
            db.dispose()
            for aside in live.parent.glob("t.replaced-*"):
                aside.unlink()
    finally:
        killer.close("restore")


def test_a_killed_upgrade_leaves_the_old_schema_or_the_new_one_and_the_next_start_finishes_it(
        tmp_path, old_template):
    (tmp_path / "live").mkdir()
    live = fresh(old_template, tmp_path / "live" / "t.db")
    old = state(live)
    killer = Killer(tmp_path)
    killer.calibrate(["--database", str(live), "list", "bodies"], lambda: fresh(old_template, live))
    new = state(live)
    assert migrate.stored_revision(make_engine(parse_target(str(live)))) == HEAD
    try:
        for _ in range(KILLS):
            fresh(old_template, live)
            killer.run(["--database", str(live), "list", "bodies"])
            assert integrity(live) == "ok"
            after = state(live)
            assert after in (old, new)
            killer.saw("old" if after == old else "upgraded")
            opens(live)  # the next start upgrades what is still old
            assert state(live) == new
    finally:
        killer.close("upgrade")
    tidy_database_folder(live, now=datetime.now() + timedelta(hours=2))
    assert leftovers(tmp_path / "live") == []
    assert len(list(live.parent.glob(f"t.before-{OLD}-*"))) == 1
