"""Schema migrations: a new database reaches head and matches the models; an older one is copied
aside (SQLite) and upgraded; a failed upgrade changes nothing; a newer one is refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from desktop import migrate
from desktop.db import open_database
from desktop.errors import DatabaseError
from desktop.migrations import HEAD
from desktop.models import Base, Organisation
from tests.test_database_open import dump, plain_engine, snapshot

NEXT = "9001"


def add_revision(tmp_path, monkeypatch, body: str) -> None:
    """Point the app at a copy of its migrations plus one more revision on top of head."""
    head = migrate.head_revision()
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / f"{NEXT}_test_revision.py").write_text(textwrap.dedent(f'''\
        import sqlalchemy as sa
        from alembic import op

        revision = "{NEXT}"
        down_revision = "{head}"
        branch_labels = None
        depends_on = None


        def upgrade():
        ''') + textwrap.indent(textwrap.dedent(body), "    "), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)
    monkeypatch.setattr(migrate, "HEAD", NEXT)  # as a new revision file updates the constant


def revision_of(url: str) -> str | None:
    engine = plain_engine(url)
    try:
        return migrate.current_revision(engine)
    finally:
        engine.dispose()


def test_new_database_reaches_the_head_revision(empty_db, db_url):
    assert revision_of(db_url) == migrate.head_revision()


def test_the_head_constant_is_the_head_of_the_migration_scripts():
    assert migrate.head_revision() == HEAD


def test_migrated_schema_matches_the_models(empty_db):
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_name": migrate.include_name})
        assert compare_metadata(context, Base.metadata) == []


def test_older_database_is_upgraded_and_a_sqlite_file_copied_aside_first(db, db_url, tmp_path, monkeypatch):
    old = migrate.head_revision()
    add_revision(tmp_path, monkeypatch, '''
        op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
    ''')
    reopened = open_database(db_url)
    reopened.dispose()
    assert revision_of(db_url) == NEXT
    engine = plain_engine(db_url)
    assert "test_extra" in inspect(engine).get_table_names()
    engine.dispose()
    if db.is_sqlite:
        path = db.target.path
        asides = list(path.parent.glob(f"{path.stem}.before-{old}-*{path.suffix}"))
        assert len(asides) == 1
        copy = sqlite3.connect(asides[0])
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(old,)]
        assert copy.execute("SELECT count(*) FROM bodies").fetchone() == (5,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        copy.close()


def test_failed_upgrade_is_refused_and_changes_nothing(db, db_url, tmp_path, monkeypatch):
    old = migrate.head_revision()
    engine = plain_engine(db_url)
    before = dump(engine)
    add_revision(tmp_path, monkeypatch, '''
        op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))
        op.execute("UPDATE organisations SET name = name || '（改）'")
        raise RuntimeError("迁移脚本出错")
    ''')
    with pytest.raises(DatabaseError, match="数据库结构升级失败.*迁移脚本出错"):
        open_database(db_url)
    assert revision_of(db_url) == old
    assert dump(engine) == before
    engine.dispose()


def _stamp(url: str, revision: str) -> None:
    engine = plain_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :rev"), {"rev": revision})
    engine.dispose()


def test_database_of_a_newer_version_is_refused_untouched(db, db_url):
    db.dispose()
    _stamp(db_url, "ffff_from_the_future")
    engine = plain_engine(db_url)
    before = dump(engine)
    with pytest.raises(DatabaseError, match="更新版本.*ffff_from_the_future"):
        open_database(db_url)
    assert dump(engine) == before
    engine.dispose()


def test_newer_sqlite_file_keeps_every_byte(tmp_path):
    """Even its journal mode: a copy from a newer version (backups are in DELETE mode) stays as is."""
    path = tmp_path / "newer.db"
    open_database(str(path), create=True).dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.commit()
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseError, match="更新版本"):
        open_database(str(path))
    assert snapshot(tmp_path) == before


def test_opening_a_sqlite_file_at_head_copies_nothing_aside(tmp_path):
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "t.db"
    open_database(str(path), create=True).dispose()

    def files():
        return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))

    before = files()
    reopened = open_database(str(path))
    with reopened.reading() as session:
        assert session.scalar(select(Organisation.id).limit(1)) is None
    reopened.dispose()
    assert files() == before == ["t.db"]
