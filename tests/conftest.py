"""Fixtures: an isolated user environment for every test and a real database per test.

Database tests take the ``db`` fixture: a SQLite file under ``tmp_path``, and, when
``TRIPARTITE_TEST_PG_URL`` is set, the same test again on PostgreSQL in a schema of its own.
Migrating and seeding a SQLite file costs far more than most tests, so it is done once per test
run into a template file that each test gets a copy of. On PostgreSQL, running the six
migrations into every test's schema took most of the suite's time (about 0.8 s a test): ``db``
builds its schema from the models (``create_all``, the same schema: test_migrations compares a
migrated one with the models) and stamps it at head; ``empty_db`` still migrates for real, so
the migration tests keep running every script on PostgreSQL. What the models do not describe
(the pg_trgm search indexes of 0003) exists only in migrated schemas; searching works without it.
Building and seeding a schema still cost about 0.4 s, over a thousand times a run: so ``db`` on
PostgreSQL reuses one schema per run (``_SharedSchema``), emptied with TRUNCATE … RESTART
IDENTITY and refilled from a copy of its seeded rows before each test (about 0.1 s), which
leaves it as a freshly seeded schema would be: the same rows, ids and sequences.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.db import open_database  # noqa: E402
from desktop.services.bodies.seed import seed  # noqa: E402

PG_URL = os.environ.get("TRIPARTITE_TEST_PG_URL")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


def pytest_sessionstart(session) -> None:
    """On PostgreSQL, pg_trgm in ``public`` before any test migrates. Otherwise the first
    migrated schema gets it (CREATE EXTENSION goes to the first schema on the search path), and
    dropping that test's schema drops the extension, with it the search indexes of the other
    workers' schemas, racing their migrations ("could not find tuple for opclass")."""
    if not PG_URL:
        return
    import psycopg

    with psycopg.connect(PG_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        except (psycopg.errors.UniqueViolation, psycopg.errors.DuplicateObject):
            pass    # another worker created it at the same moment
        except psycopg.errors.InsufficientPrivilege:
            pass    # the migration falls back to searching without it, as the app does


def _isolate(folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("TRIPARTITE_DATA_DIR", str(folder / "data"))
    monkeypatch.setenv("TRIPARTITE_CONFIG_DIR", str(folder / "config"))
    monkeypatch.setenv("TRIPARTITE_USER", "测试员")
    monkeypatch.delenv("TRIPARTITE_DATABASE_URL", raising=False)
    (folder / "data").mkdir()
    (folder / "config").mkdir()


@pytest.fixture(autouse=True)
def isolated_user(tmp_path, monkeypatch):
    """Data and config folders under tmp_path; a known user; no stray database URL."""
    _isolate(tmp_path, monkeypatch)


def _build_template(folder: Path, seeded: bool) -> Path:
    """A migrated (and seeded) SQLite file, closed so that everything is in the main file."""
    path = folder / "template.db"
    with pytest.MonkeyPatch.context() as monkeypatch:
        _isolate(folder, monkeypatch)
        database = open_database(str(path), create=True)
        if seeded:
            with database.transaction("测试员") as session:
                seed(session)
        database.dispose()
    return path


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """The migrated, seeded SQLite file of this test run."""
    return _build_template(tmp_path_factory.mktemp("seeded"), seeded=True)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """The migrated, empty SQLite file of this test run."""
    return _build_template(tmp_path_factory.mktemp("empty"), seeded=False)


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy a closed SQLite file with its -wal (if one was left), keeping the owner-only mode."""
    for suffix in ("", "-wal"):
        part = Path(f"{source}{suffix}")
        if part.exists():
            shutil.copy2(part, f"{target}{suffix}")


def _pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


class _SharedSchema:
    """One PostgreSQL schema at head, seeded, reset to its seeded rows before each ``db`` test."""

    def __init__(self) -> None:
        self.schema = "t_shared_" + uuid.uuid4().hex[:8]
        self.copy = self.schema + "_seed"
        self.url = _pg_schema_url(self.schema)
        self._reset_sql: str | None = None
        self._known: set[str] = set()

    def _plain(self):
        import psycopg

        return psycopg.connect(PG_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)

    def _build(self) -> None:
        from desktop.models import Base

        with self._plain() as conn:
            conn.execute(f"CREATE SCHEMA {self.schema}")
            conn.execute(f"CREATE SCHEMA {self.copy}")
        _pg_schema_from_models(self.url)
        database = open_database(self.url)
        with database.transaction("测试员") as session:
            seed(session)
        database.dispose()
        tables = [t for t in Base.metadata.sorted_tables]
        self._known = {t.name for t in tables} | {"alembic_version"}
        statements = ["TRUNCATE " + ", ".join(f"{self.schema}.{t.name}" for t in tables)
                      + f", {self.schema}.alembic_version RESTART IDENTITY CASCADE",
                      f"INSERT INTO {self.schema}.alembic_version SELECT * FROM {self.copy}.alembic_version"]
        with self._plain() as conn:
            conn.execute(f"CREATE TABLE {self.copy}.alembic_version AS SELECT * FROM {self.schema}.alembic_version")
            for table in tables:
                if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {self.schema}.{table.name})").fetchone()[0]:
                    conn.execute(f"CREATE TABLE {self.copy}.{table.name} AS SELECT * FROM {self.schema}.{table.name}")
                    statements.append(f"INSERT INTO {self.schema}.{table.name} SELECT * FROM {self.copy}.{table.name}")
                    if "id" in table.c and table.c.id.autoincrement is not False and table.c.id.primary_key:
                        statements.append(
                            f"SELECT setval(pg_get_serial_sequence('{self.schema}.{table.name}', 'id'), "
                            f"(SELECT max(id) FROM {self.schema}.{table.name}))")
        self._reset_sql = ";\n".join(statements)

    def reset(self) -> str:
        """The schema as freshly seeded; its URL."""
        if self._reset_sql is None:
            self._build()
        else:
            with self._plain() as conn, conn.transaction():
                for (name,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s",
                                            (self.schema,)).fetchall():
                    if name not in self._known:   # a test's migration added it (test_migrations)
                        conn.execute(f'DROP TABLE {self.schema}."{name}" CASCADE')
                conn.execute(self._reset_sql)
        return self.url

    def drop(self) -> None:
        if self._reset_sql is not None:
            with self._plain() as conn:
                conn.execute(f"DROP SCHEMA {self.schema} CASCADE")
                conn.execute(f"DROP SCHEMA {self.copy} CASCADE")


@pytest.fixture(scope="session")
def shared_pg_schema():
    shared = _SharedSchema()
    yield shared
    shared.drop()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A URL for an empty database: a SQLite file, or a fresh PostgreSQL schema (for a test
    that takes ``db``: the run's shared schema, reset to its seeded rows)."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    if "db" in request.fixturenames:
        yield request.getfixturevalue("shared_pg_schema").reset()
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


def _pg_schema_from_models(db_url: str) -> None:
    """The models' tables in the (empty) schema of ``db_url``, stamped at the head revision."""
    from sqlalchemy import create_engine, text

    from desktop.migrations import HEAD
    from desktop.models import Base

    engine = create_engine(db_url)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                              "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": HEAD})
    finally:
        engine.dispose()


def _opened(db_url: str, template: Path, seeded: bool, *, migrate: bool = True):
    if "://" not in db_url:  # a SQLite file: a copy of the template
        copy_sqlite(template, Path(db_url))
        return open_database(db_url)
    if not migrate:
        _pg_schema_from_models(db_url)
    database = open_database(db_url, create=True)
    if seeded:
        with database.transaction("测试员") as session:
            seed(session)
    return database


@pytest.fixture
def db(db_url, seeded_template):
    """An opened, seeded database at the head revision (see the module docstring)."""
    database = open_database(db_url) if "://" in db_url else _opened(db_url, seeded_template, seeded=True)
    yield database
    database.dispose()


@pytest.fixture
def empty_db(db_url, empty_template):
    """An opened, migrated database with nothing seeded."""
    database = _opened(db_url, empty_template, seeded=False)
    yield database
    database.dispose()


@pytest.fixture
def other_pc(db, db_url):
    """A second process on the same database (another PC): its own engine and origin."""
    other = open_database(db_url)
    other.origin = "pc-2"
    yield other
    other.dispose()
