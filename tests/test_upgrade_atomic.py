"""An upgrade across several revisions is one transaction on SQLite: a failure (or a crash,
see tests/crash) in a later revision keeps none of the earlier ones."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from desktop import migrate
from desktop.db import open_database
from desktop.errors import DatabaseError
from tests.conftest import copy_sqlite
from tests.test_migrations import add_revision

OLD = "0004"


def _revision(path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _tables(path) -> set[str]:
    conn = sqlite3.connect(str(path))
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def test_a_failure_in_the_last_revision_rolls_back_the_earlier_ones_too(
        tmp_path, monkeypatch, empty_template):
    path = tmp_path / "old.db"
    copy_sqlite(empty_template, path)
    engine = create_engine(f"sqlite:///{path}")
    command.downgrade(migrate.alembic_config(engine), OLD)
    engine.dispose()
    before = _tables(path)
    add_revision(tmp_path, monkeypatch, '''
        op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
        raise RuntimeError("迁移脚本出错")
    ''')
    with pytest.raises(DatabaseError, match="数据库结构升级失败"):
        open_database(str(path))
    assert _revision(path) == OLD  # not 0006: 0005 and 0006 were undone with the failing one
    assert _tables(path) == before
