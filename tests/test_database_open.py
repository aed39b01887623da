"""Opening a database: bad input is refused with one clear message and nothing created or changed;
a good SQLite file is private, in WAL mode, with foreign keys and a busy timeout."""

from __future__ import annotations

import os
import socket
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from desktop.db import BUSY_TIMEOUT_MS, open_database, parse_target
from desktop.errors import DatabaseError


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def dump(engine) -> dict[str, list[tuple]]:
    """All rows of all tables, in a stable order: what "nothing changed" compares."""
    with engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        return {
            name: sorted(tuple(map(repr, row)) for row in conn.execute(text(f'SELECT * FROM "{name}"')))
            for name in names
        }


def plain_engine(url: str):
    """An engine without the app's hooks, to look at a database from outside."""
    return create_engine(parse_target(url).url)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def test_folder_that_does_not_exist_is_refused_and_not_created(workdir):
    with pytest.raises(DatabaseError, match="数据库所在的文件夹不存在"):
        open_database(str(workdir / "没有这个文件夹" / "t.db"), create=True)
    assert list(workdir.iterdir()) == []


def obey_mode_bits_even_as_root(monkeypatch, path: Path) -> None:
    """root ignores permission bits, so os.access says "writable" to it; make it answer for
    ``path`` from the mode bits, as the OS does for everyone else, so the check itself is tested."""
    if not (os.name == "posix" and os.geteuid() == 0):
        return
    real_access = os.access

    def access(target, mode, *args, **kwargs):
        if Path(target) == path and mode & os.W_OK:
            return bool(path.stat().st_mode & 0o200)
        return real_access(target, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_folder_that_is_not_writable_is_refused(workdir, monkeypatch):
    folder = workdir / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    obey_mode_bits_even_as_root(monkeypatch, folder)
    try:
        with pytest.raises(DatabaseError, match="没有写入数据库文件夹的权限"):
            open_database(str(folder / "t.db"), create=True)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_database_file_that_is_not_writable_is_refused_untouched(workdir, monkeypatch):
    path = workdir / "t.db"
    open_database(str(path), create=True).dispose()
    path.chmod(0o400)
    obey_mode_bits_even_as_root(monkeypatch, path)
    before = snapshot(workdir)
    with pytest.raises(DatabaseError, match="没有写入数据库文件的权限"):
        open_database(str(path))
    assert snapshot(workdir) == before


@pytest.mark.parametrize(("url", "message"), [
    ("postgresql+psycopg://user@host:notaport/db", "数据库地址格式不正确"),
    ("://nothing", "数据库地址格式不正确"),
    ("postgresql+psycopg://user@localhost", "缺少数据库名"),
    ("sqlite://", "SQLite 地址必须指向一个文件"),
    ("mysql://user@localhost/db", "不支持的数据库类型"),
    ("   ", "数据库地址为空"),
])
def test_malformed_url_is_refused_with_a_clear_message(workdir, url, message):
    with pytest.raises(DatabaseError, match=message) as caught:
        open_database(url, create=True)
    assert "\n" not in str(caught.value)
    assert list(workdir.iterdir()) == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again: nothing listens there


def test_postgresql_server_that_is_down_is_refused(workdir):
    url = f"postgresql+psycopg://someone:secret@127.0.0.1:{_free_port()}/tripartite"
    with pytest.raises(DatabaseError, match="无法连接数据库服务器") as caught:
        open_database(url, create=True)
    assert "secret" not in str(caught.value)  # the password is hidden in the message
    assert "\n" not in str(caught.value)
    assert list(workdir.iterdir()) == []


@pytest.mark.parametrize("content", [
    "姓名,电话\n王建国,13812345678\n".encode(),
    b"SQLite format 3\x00" + b"\xff" * 4000,  # the right magic, then garbage
])
def test_file_that_is_not_a_database_is_refused_and_left_as_it_was(workdir, content):
    path = workdir / "通讯录.db"
    path.write_bytes(content)
    before = snapshot(workdir)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path), create=True)
    assert "通讯录.db" in str(caught.value)
    assert snapshot(workdir) == before


def test_sqlite_database_of_another_program_is_refused_untouched(workdir):
    path = workdir / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    before = snapshot(workdir)
    with pytest.raises(DatabaseError, match="不是三方联席秘书台的数据库"):
        open_database(str(path), create=True)
    assert snapshot(workdir) == before


def test_database_with_foreign_tables_is_refused_on_every_backend(db_url):
    engine = plain_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body VARCHAR(20))"))
        conn.execute(text("INSERT INTO notes VALUES ('keep me')"))
    before = dump(engine)
    with pytest.raises(DatabaseError, match="不是三方联席秘书台的数据库"):
        open_database(db_url, create=True)
    assert dump(engine) == before
    engine.dispose()


def test_missing_file_is_not_created_unless_asked(workdir):
    with pytest.raises(DatabaseError, match="数据库不存在.*tripartite init"):
        open_database(str(workdir / "t.db"))
    assert list(workdir.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_new_database_file_is_readable_by_its_owner_only(workdir):
    database = open_database(str(workdir / "t.db"), create=True)
    database.dispose()
    assert (workdir / "t.db").stat().st_mode & 0o777 == 0o600


def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(workdir):
    database = open_database(str(workdir / "t.db"), create=True)
    try:
        with database.engine.connect() as conn:
            pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                      for name in ("journal_mode", "foreign_keys", "busy_timeout")}
    finally:
        database.dispose()
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS}


def test_foreign_keys_are_enforced(empty_db):
    from sqlalchemy.exc import IntegrityError

    from desktop.models import Person

    with pytest.raises(IntegrityError), empty_db.transaction("测试员") as session:
        session.add(Person(name="无单位", organisation_id=999_999))
        session.flush()


def test_opening_a_database_at_head_does_not_import_alembic(workdir):
    """A current schema is read with one SELECT; alembic is for databases that need it."""
    import subprocess

    path = workdir / "t.db"
    open_database(str(path), create=True).dispose()
    probe = ("import sys; from desktop.db import open_database; "
             f"open_database({str(path)!r}).dispose(); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_new_database_still_migrates_through_alembic(workdir):
    import subprocess

    probe = ("import sys; from desktop.db import open_database; "
             f"open_database({str(workdir / 'n.db')!r}, create=True).dispose(); "
             "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
