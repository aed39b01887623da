"""Fixtures: an isolated user environment for every test and a real database per test.

Database tests take the ``db`` fixture: a SQLite file under ``tmp_path``, and, when
``TRIPARTITE_TEST_PG_URL`` is set, the same test again on PostgreSQL in a schema of its own.
"""

from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.db import open_database  # noqa: E402
from desktop.services.bodies.seed import seed  # noqa: E402

PG_URL = os.environ.get("TRIPARTITE_TEST_PG_URL")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


@pytest.fixture(autouse=True)
def isolated_user(tmp_path, monkeypatch):
    """Data and config folders under tmp_path; a known user; no stray database URL."""
    monkeypatch.setenv("TRIPARTITE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TRIPARTITE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TRIPARTITE_USER", "测试员")
    monkeypatch.delenv("TRIPARTITE_DATABASE_URL", raising=False)
    (tmp_path / "data").mkdir()
    (tmp_path / "config").mkdir()


def _pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A URL for an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    plain = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(schema)
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def db(db_url):
    """An opened, migrated, seeded database."""
    database = open_database(db_url, create=True)
    with database.transaction("测试员") as session:
        seed(session)
    yield database
    database.dispose()


@pytest.fixture
def empty_db(db_url):
    """An opened, migrated database with nothing seeded."""
    database = open_database(db_url, create=True)
    yield database
    database.dispose()
