"""A full or read-only disk, at a save, an export or a backup: one clear Chinese line, nothing
half-written, and the database and the earlier file just as they were."""

from __future__ import annotations

import errno
import sqlite3
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from desktop import db as db_module
from desktop import sqlite_copy
from desktop.backup import write_rotating_backup
from desktop.cli import main
from desktop.db import open_database
from desktop.errors import DatabaseError, UserError
from desktop.exports.atomic import atomic_write, atomic_write_bytes
from desktop.models import ActionItem, Enterprise
from desktop.services.actions.core import ActionFields, create_action
from desktop.services.bodies.seed import seed
from tests.crash.support import pragma
from tests.services.enterprise_support import codes, write_xlsx
from tests.test_database_locking import sqlite_db  # noqa: F401 - the fixture

BIG = "会议记录" * 20_000  # some hundred kilobytes: new pages, whatever the free space


def pages(path: Path) -> int:
    return pragma(path, "page_count")


def fill_the_disk(database) -> None:
    """SQLite's own limit on the file's size: a write needing one more page fails with
    SQLITE_FULL ("database or disk is full"), as on a disk with no space left."""
    limit = pages(database.target.path)
    event.listen(database.engine, "connect",
                 lambda conn, _r: conn.execute(f"PRAGMA max_page_count = {limit}"))
    database.engine.dispose()  # pooled connections take the limit when they reconnect


def make_read_only(database) -> None:
    """SQLITE_READONLY, as from a file or a disk that turned read-only under a running app."""
    event.listen(database.engine, "connect", lambda conn, _r: conn.execute("PRAGMA query_only = ON"))
    database.engine.dispose()


def actions(database) -> int:
    return database.run(lambda s: s.scalar(select(func.count()).select_from(ActionItem)))[0]


def test_a_save_on_a_full_disk_is_refused_in_chinese_and_writes_nothing(sqlite_db):  # noqa: F811
    fill_the_disk(sqlite_db)
    with pytest.raises(DatabaseError, match="磁盘空间已满，未保存任何内容"):
        sqlite_db.run(lambda s: create_action(s, "tripartite", ActionFields("督办", description=BIG)))
    assert actions(sqlite_db) == 0
    sqlite_db.run(lambda s: create_action(s, "tripartite", ActionFields("小事项")))  # room for a small one
    assert actions(sqlite_db) == 1
    with sqlite_db.reading() as s:
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_save_on_a_read_only_database_is_refused_in_chinese(sqlite_db):  # noqa: F811
    make_read_only(sqlite_db)
    with pytest.raises(DatabaseError, match="只读的，未保存任何内容"):
        sqlite_db.run(lambda s: create_action(s, "tripartite", ActionFields("督办")))


def test_an_import_on_a_full_disk_is_one_line_on_stderr_without_sql(tmp_path, monkeypatch, capsys):
    path = tmp_path / "cli.db"
    database = open_database(str(path), create=True)
    database.run(seed, "测试员")
    database.dispose()
    limit = pages(path)
    connect = db_module._on_sqlite_connect

    def full(conn, record):
        connect(conn, record)
        conn.execute(f"PRAGMA max_page_count = {limit}")

    monkeypatch.setattr(db_module, "_on_sqlite_connect", full)
    rows = [[f"北京满盘测试{i}有限公司", code, "经开区" * 30, "马驹桥片区", "制造业", 50, "是", "否", "张三", ""]
            for i, code in enumerate(codes(2000, seed=5))]
    sheet = write_xlsx(tmp_path / "名录.xlsx", rows)
    code = main(["--database", str(path), "import", "enterprises", str(sheet)])
    err = capsys.readouterr().err
    assert code == 1
    assert "磁盘空间已满" in err and len(err.strip().splitlines()) == 1
    assert "INSERT" not in err and "内部错误" not in err and "Traceback" not in err
    monkeypatch.setattr(db_module, "_on_sqlite_connect", connect)
    check = open_database(str(path))
    assert check.run(lambda s: s.scalar(select(func.count()).select_from(Enterprise)))[0] == 0
    check.dispose()


def no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_an_export_to_a_full_disk_keeps_the_earlier_file_and_leaves_no_temporary(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "督办.xlsx"
    target.write_bytes(b"earlier export")

    def half_then_full(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        no_space()

    with pytest.raises(UserError, match="无法保存文件.*磁盘空间已满"):
        atomic_write(target, half_then_full)
    assert target.read_bytes() == b"earlier export"
    assert sorted(p.name for p in folder.iterdir()) == ["督办.xlsx"]


@pytest.mark.parametrize(("code", "words"), [(errno.EROFS, "磁盘或文件夹为只读"), (errno.EACCES, "没有写入权限")])
def test_an_export_into_a_read_only_folder_says_so(tmp_path, monkeypatch, code, words):
    # root may write anywhere, so the refusal the OS gives everyone else is played here
    monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **k: (_ for _ in ()).throw(OSError(code, "x")))
    with pytest.raises(UserError, match=f"无法写入 .*：{words}"):
        atomic_write_bytes(tmp_path / "a.ics", b"BEGIN:VCALENDAR")
    assert not (tmp_path / "a.ics").exists()


def test_a_backup_to_a_full_disk_is_refused_and_leaves_no_part(sqlite_db, monkeypatch):  # noqa: F811
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(".part"):  # the copy being written: no page beyond the first
            conn.execute("PRAGMA max_page_count = 1")
        return conn

    monkeypatch.setattr(sqlite_copy.sqlite3, "connect", connect)
    with pytest.raises(UserError, match="备份失败：磁盘空间已满"):
        write_rotating_backup(sqlite_db.target.path)
    folder = sqlite_db.target.path.parent / "backups"
    assert list(folder.iterdir()) == []
    with sqlite_db.reading() as s:
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
