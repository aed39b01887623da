"""Two writers on one SQLite file: the second waits its turn, and a lock that outlasts the busy
timeout is one clear Chinese line with nothing written (never SQL, never parameters)."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import func, select

from desktop import db as db_module
from desktop.cli import main
from desktop.db import open_database
from desktop.errors import DatabaseError
from desktop.models import ActionItem, Organisation
from desktop.services.bodies.seed import seed


def _hold_write_lock(path, seconds: float, held: threading.Event) -> threading.Thread:
    def hold():
        conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE organisations SET name = name WHERE id = -1")
        held.set()
        time.sleep(seconds)
        conn.execute("COMMIT")
        conn.close()
    thread = threading.Thread(target=hold)
    thread.start()
    assert held.wait(5)
    return thread


@pytest.fixture
def sqlite_db(tmp_path):
    database = open_database(str(tmp_path / "locks.db"), create=True)
    database.run(seed, "测试员")
    yield database
    database.dispose()


def _read_then_write(session):
    count = session.scalar(select(func.count()).select_from(Organisation))
    session.add(Organisation(name=f"第{count + 1}家单位", kind="other"))
    session.flush()


def test_a_transaction_that_reads_before_writing_waits_for_the_other_writer(sqlite_db):
    thread = _hold_write_lock(sqlite_db.target.path, 1.0, threading.Event())
    started = time.monotonic()
    sqlite_db.run(_read_then_write, "测试员")
    thread.join()
    assert time.monotonic() - started >= 0.8  # it queued behind the lock instead of failing


def test_a_lock_longer_than_the_timeout_is_refused_in_chinese_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)
    database = open_database(str(tmp_path / "short.db"), create=True)
    database.run(seed, "测试员")
    before = database.run(lambda s: s.scalar(select(func.count()).select_from(Organisation)))[0]
    thread = _hold_write_lock(database.target.path, 1.5, threading.Event())
    with pytest.raises(DatabaseError) as refused:
        database.run(_read_then_write, "测试员")
    thread.join()
    assert "数据库正被另一个窗口或程序写入" in str(refused.value)
    assert database.run(lambda s: s.scalar(select(func.count()).select_from(Organisation)))[0] == before
    database.dispose()


def test_the_command_line_prints_one_line_without_sql_when_the_lock_outlasts_the_wait(
        tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "cli.db"
    database = open_database(str(path), create=True)
    database.run(seed, "测试员")
    database.dispose()
    thread = _hold_write_lock(path, 1.5, threading.Event())
    code = main(["--database", str(path), "add", "action", "--body", "warning", "--title", "督促补缴"])
    thread.join()
    err = capsys.readouterr().err
    assert code == 1
    assert "数据库正被另一个窗口或程序写入" in err
    assert "INSERT" not in err and "SELECT" not in err and "内部错误" not in err
    assert len(err.strip().splitlines()) == 1
    check = open_database(str(path))
    assert check.run(lambda s: s.scalar(select(func.count()).select_from(ActionItem)))[0] == 0
    check.dispose()


def test_an_internal_database_error_prints_neither_sql_nor_parameters(sqlite_db, monkeypatch, capsys):
    from sqlalchemy.exc import OperationalError

    from desktop import cli

    def broken(_args):
        raise OperationalError("SELECT name, phone FROM people WHERE phone = ?", ("13800138000",),
                               sqlite3.OperationalError("disk I/O error"))

    parser = cli.build_parser()
    [subcommands] = parser._subparsers._group_actions  # argparse keeps its subparsers here
    subcommands.choices["list"].set_defaults(func=broken)
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    code = main(["--database", str(sqlite_db.target.path), "list", "bodies"])
    err = capsys.readouterr().err
    assert code == 1 and "disk I/O error" in err
    assert "SELECT" not in err and "13800138000" not in err
