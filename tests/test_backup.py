"""Backup and restore of the SQLite database: consistent copies while others write, checked restores."""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest

from desktop.backup import backup_sqlite, restore_sqlite, rolled_back_entries
from desktop.db import open_database
from desktop.errors import UserError
from desktop.services.bodies.seed import seed
from desktop.services.directory.core import OrganisationData, create_organisation
from tests.test_database_open import snapshot

PAGE = 4096


@pytest.fixture
def live(tmp_path):
    """A seeded SQLite database in a folder of its own, closed again."""
    folder = tmp_path / "live"
    folder.mkdir()
    path = folder / "tripartite.db"
    database = open_database(str(path), create=True)
    with database.transaction("测试员") as session:
        seed(session)
    database.dispose()
    return path


def org_names(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {name for (name,) in conn.execute("SELECT name FROM organisations")}
    finally:
        conn.close()


def add_org(path, name: str) -> None:
    database = open_database(str(path))
    with database.transaction("测试员") as session:
        create_organisation(session, OrganisationData(name=name))
    database.dispose()


def test_backup_during_an_open_write_transaction_is_a_consistent_copy(live, tmp_path):
    database = open_database(str(live))  # the app is running: its last save is still in the WAL
    with database.transaction("测试员") as session:
        create_organisation(session, OrganisationData(name="已提交的单位"))
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another user is half-way through a save
    writer.execute("UPDATE organisations SET name = '未提交的改名' WHERE short_name = '总工会'")
    try:
        copy = backup_sqlite(live, tmp_path / "copy.db")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
        database.dispose()
    names = org_names(copy)
    assert "已提交的单位" in names
    assert "经开区总工会" in names and "未提交的改名" not in names
    check = sqlite3.connect(copy)
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    check.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_backup_copy_is_readable_by_its_owner_only(live, tmp_path):
    assert backup_sqlite(live, tmp_path / "copy.db").stat().st_mode & 0o777 == 0o600


def test_backup_onto_the_database_itself_is_refused(live):
    before = snapshot(live.parent)
    with pytest.raises(UserError, match="备份文件不能是数据库本身"):
        backup_sqlite(live, live)
    assert snapshot(live.parent) == before


def test_backup_into_a_missing_folder_is_refused(live, tmp_path):
    with pytest.raises(UserError, match="备份目标文件夹不存在"):
        backup_sqlite(live, tmp_path / "nowhere" / "copy.db")


def test_restore_brings_back_the_backed_up_data_and_keeps_the_replaced_file_aside(live, tmp_path):
    copy = backup_sqlite(live, tmp_path / "copy.db")
    add_org(live, "备份之后新增的单位")
    aside = restore_sqlite(copy, live)
    assert org_names(live) == org_names(copy)
    assert "备份之后新增的单位" not in org_names(live)
    assert aside is not None and aside.parent == live.parent
    assert "备份之后新增的单位" in org_names(aside)
    reopened = open_database(str(live))  # and the app opens it again
    reopened.dispose()


def _corrupt(path) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * PAGE
    data[PAGE:3 * PAGE] = b"\xa5" * (2 * PAGE)  # pages 2 and 3: b-tree pages of the schema
    path.write_bytes(bytes(data))


def test_restore_of_a_corrupted_copy_is_refused_and_the_live_database_unchanged(live, tmp_path):
    copy = backup_sqlite(live, tmp_path / "copy.db")
    _corrupt(copy)
    before = snapshot(live.parent)
    with pytest.raises(UserError, match="备份文件(已损坏|未通过完整性检查)"):
        restore_sqlite(copy, live)
    assert snapshot(live.parent) == before  # no file replaced, none set aside


@pytest.mark.parametrize(("content", "message"), [
    (b"not a database at all", "不是数据库备份"),
    (None, "备份文件不存在"),
])
def test_restore_of_something_that_is_not_a_backup_is_refused(live, tmp_path, content, message):
    candidate = tmp_path / "candidate.db"
    if content is not None:
        candidate.write_bytes(content)
    before = snapshot(live.parent)
    with pytest.raises(UserError, match=message):
        restore_sqlite(candidate, live)
    assert snapshot(live.parent) == before


def test_restore_of_a_sqlite_file_of_another_program_is_refused(live, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = snapshot(live.parent)
    with pytest.raises(UserError, match="不是三方联席秘书台的数据库备份"):
        restore_sqlite(other, live)
    assert snapshot(live.parent) == before


def test_restore_of_a_backup_from_a_newer_version_is_refused(live, tmp_path):
    copy = backup_sqlite(live, tmp_path / "copy.db")
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    before = snapshot(live.parent)
    with pytest.raises(UserError, match="更新版本"):
        restore_sqlite(copy, live)
    assert snapshot(live.parent) == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_restore_into_a_new_file_creates_it_private(live, tmp_path):
    copy = backup_sqlite(live, tmp_path / "copy.db")
    target = tmp_path / "fresh.db"
    assert restore_sqlite(copy, target) is None
    assert target.stat().st_mode & 0o777 == 0o600
    assert org_names(target) == org_names(copy)


# ---------------------------------------------------------------- the restore is audited (issue 15)

def audit_rows(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT user, entity, action, changes FROM audit_log ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_restore_records_who_which_file_and_how_many_entries_it_rolled_back(live, tmp_path):
    copy = backup_sqlite(live, tmp_path / "copy.db")
    add_org(live, "备份后新增一")
    add_org(live, "备份后新增二")
    before = len(audit_rows(copy))
    assert rolled_back_entries(copy, live) == 2
    restore_sqlite(copy, live, user="王秘书")
    rows = audit_rows(live)
    assert len(rows) == before + 1
    who, entity, action, changes = rows[-1]
    assert (who, entity, action) == ("王秘书", "database", "restore")
    recorded = json.loads(changes)
    assert recorded["file"][1] == str(copy) and recorded["rolled_back_entries"][1] == 2
