"""Engine and sessions from a URL; checks before anything is written; migrations on open."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event, insert, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop import config, migrate
from desktop.changes import LOG_KEY, ChangeLog, Changes
from desktop.errors import ConcurrencyError, DatabaseError, UserError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import ROLE_KEY, AuditEntry
from desktop.models.audit import audit_rows
from desktop.models.sync import ORIGIN, write_feed
from desktop.storage_checks import network_share
from desktop.text import has_controls, strip_controls

SQLITE_MAGIC = b"SQLite format 3\x00"
T = TypeVar("T")
BUSY_TIMEOUT_MS = 10_000
SQLITE_BUSY = 5
SQLITE_BUSY_SNAPSHOT = 517  # SQLITE_BUSY | (2 << 8)
# Primary result codes of a write the disk refused (extended codes keep these in the low byte).
DISK_ERRORS = {
    8: QT_TRANSLATE_NOOP("Errors", "数据库文件或其所在的磁盘是只读的，未保存任何内容：{path}"),   # SQLITE_READONLY
    10: QT_TRANSLATE_NOOP("Errors", "读写数据库文件时磁盘出错，未保存任何内容：{path}"),          # SQLITE_IOERR
    13: QT_TRANSLATE_NOOP("Errors", "磁盘空间已满，未保存任何内容。请清理磁盘后重试：{path}"),      # SQLITE_FULL
    14: QT_TRANSLATE_NOOP("Errors", "无法打开数据库文件（文件夹可能已被移走或断开），未保存任何内容：{path}"),  # SQLITE_CANTOPEN
}
STALE = QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。")
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "Errors", "无法连接数据库服务器（{where}），未保存任何内容。连接恢复后请重试。")
# PostgreSQL refusals that mean "someone else got there first": deadlock, serialization failure.
PG_CONCURRENCY = {"40P01", "40001"}
# PostgreSQL SQLSTATEs of a connection the server ended (class 08; shut down, crashed, starting).
PG_GONE_CLASS, PG_GONE = "08", {"57P01", "57P02", "57P03"}
NETWORK_SHARE = QT_TRANSLATE_NOOP(
    "Errors", "数据库文件位于网络共享（{kind}）上：{path}。SQLite 在网络共享上无法可靠地加锁，"
    "两台电脑同时使用可能损坏数据库。请把数据库放在本机磁盘上，或改用 PostgreSQL 模式"
    "（--database postgresql+psycopg://用户@服务器/数据库）。")


@dataclass(frozen=True)
class Target:
    """A parsed database location: the SQLAlchemy URL and, for SQLite, the file."""

    url: URL
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def display(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @property
    def short(self) -> str:
        """For a status bar: the file, or ``PostgreSQL user@host:port/database`` (no options)."""
        if self.path:
            return str(self.path)
        url = self.url
        port = f":{url.port}" if url.port else ""
        user = f"{url.username}@" if url.username else ""
        return f"PostgreSQL {user}{url.host or 'localhost'}{port}/{url.database or ''}"


def parse_target(value: str) -> Target:
    """Accept a SQLite file path, a ``sqlite:///`` URL or a ``postgresql+psycopg://`` URL."""
    value = value.strip()
    if not value:
        raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "数据库地址为空。"))
    if "://" not in value:
        path = Path(value).expanduser().resolve()
        return Target(make_url("sqlite://").set(database=str(path)), path)
    try:
        url = make_url(value)
        backend = url.get_backend_name()
    except (ArgumentError, ValueError):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "数据库地址格式不正确：{value}"), value=value
        ) from None
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "SQLite 地址必须指向一个文件：{value}"), value=value)
        path = Path(url.database).expanduser().resolve()
        return Target(url.set(database=str(path)), path)
    if backend == "postgresql":
        if url.get_driver_name() != "psycopg":
            url = url.set(drivername="postgresql+psycopg")
        if not url.database:
            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "PostgreSQL 地址缺少数据库名：{value}"), value=value)
        return Target(url, None)
    raise DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "不支持的数据库类型“{backend}”：只支持 SQLite 文件和 PostgreSQL。"),
        backend=backend,
    )


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse a missing or unwritable folder, a missing file (unless creating) or a non-database."""
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "数据库所在的文件夹不存在：{folder}"), folder=folder)
    if path.exists():
        if path.is_dir():
            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "数据库路径是一个文件夹，不是文件：{path}"), path=path)
        try:
            with path.open("rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Errors", "无法读取数据库文件 {path}：{reason}"), path=path, reason=exc.strerror
            ) from None
        if head and head != SQLITE_MAGIC:
            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "该文件不是本程序的数据库（不是 SQLite 文件）：{path}"), path=path)
        if not os.access(path, os.W_OK):
            raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "没有写入数据库文件的权限：{path}"), path=path)
    elif not create:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "数据库不存在：{path}。请先运行“tripartite init”创建。"), path=path
        )
    if not os.access(folder, os.W_OK):
        raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "没有写入数据库文件夹的权限：{folder}"), folder=folder)


def create_private_file(path: Path) -> None:
    """Create an empty file that only its owner may read (SQLite gives its -wal/-shm the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _on_sqlite_connect(dbapi_conn, _record) -> None:
    # Per-connection settings only: nothing here may write to the file, because the checks
    # that can still refuse it (not ours, newer version) run on these connections.
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _enable_wal(engine: Engine, path: Path) -> None:
    """WAL is a property of the file (it persists), so it is set once the file is accepted."""
    raw = engine.raw_connection()  # outside SQLAlchemy's BEGIN: the pragma refuses a transaction
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "无法打开数据库文件 {path}：{reason}"), path=path, reason=exc
        ) from None
    finally:
        raw.close()


WRITER = "tripartite_writer"  # execution option of the engine that write transactions use


def _sqlite_begin(conn) -> None:
    # pysqlite's own transaction handling defers BEGIN; take control so every unit of work
    # is one transaction. A write transaction starts as a writer (BEGIN IMMEDIATE): SQLite does
    # not wait on busy_timeout when a WAL read transaction later upgrades to a write, it fails at
    # once with "database is locked"; a writer from the start queues behind the timeout instead.
    immediate = conn.get_execution_options().get(WRITER, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(target: Target) -> Engine:
    if target.is_sqlite:
        engine = create_engine(target.url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)

        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn, _record):
            dbapi_conn.isolation_level = None

        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(target.url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    except NoSuchModuleError:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "未安装 PostgreSQL 驱动：请运行 pip install \"psycopg[binary]\"。")
        ) from None


def describe_db_error(exc: BaseException) -> str:
    """First line of a driver error, without SQLAlchemy's long footer."""
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


class Database:
    """An opened, migrated database: engine, session factory and units of work."""

    def __init__(self, target: Target, engine: Engine, notices: tuple[UserError, ...] = ()) -> None:
        self.target = target
        self.engine = engine
        # Warnings for the user, said once where the database is opened (CLI: stderr; GUI: a
        # message box): the database works, but something about where it lives is unsafe.
        self.notices = notices
        self.role: str | None = None  # the signed-in user's role, for sessions not given one
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writer = engine.execution_options(**{WRITER: True})  # same pool, BEGIN IMMEDIATE
        self.origin = ORIGIN  # what the change feed calls this writer (tests play a second PC)

    @property
    def is_sqlite(self) -> bool:
        return self.target.is_sqlite

    @contextmanager
    def transaction(self, user: str = "system", role: str | None = None) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error; services never commit.
        ``role`` (else the signed-in one) is what ``permissions.require`` checks; None allows all."""
        session = self._sessions(bind=self._writer, info={"user": user, LOG_KEY: ChangeLog(),
                                                          ROLE_KEY: role or self.role})
        try:
            yield session
            session.flush()
            if changes := session.info[LOG_KEY].changes():   # the other PCs' screens follow it
                write_feed(session.connection(), changes, self.origin)
            session.commit()
        except StaleDataError:
            session.rollback()
            raise ConcurrencyError(STALE) from None
        except DBAPIError as exc:
            session.rollback()
            if _is_stale_snapshot(exc) or _is_pg_concurrency(exc):
                raise ConcurrencyError(STALE) from None
            if _is_connection_lost(exc, self.is_sqlite):
                raise DatabaseError(CONNECTION_LOST, where=self.target.short) from None
            if _is_locked(exc):
                raise DatabaseError(QT_TRANSLATE_NOOP(
                    "Errors", "数据库正被另一个窗口或程序写入，等待 {seconds} 秒后仍未释放，未保存任何内容。"
                    "请稍后重试。"), seconds=BUSY_TIMEOUT_MS // 1000) from None
            if (message := _disk_error(exc)) is not None:
                raise DatabaseError(message, path=self.target.display) from None
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def run(self, work: Callable[[Session], T], user: str = "system",
            role: str | None = None) -> tuple[T, Changes]:
        """``work`` in one transaction; its result and what the committed transaction touched."""
        with self.transaction(user, role) as session:
            result = work(session)
            log = session.info[LOG_KEY]
        return result, log.changes()

    @contextmanager
    def reading(self, role: str | None = None) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        session = self._sessions(info={"user": "reader", ROLE_KEY: role or self.role})
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _is_locked(exc: DBAPIError) -> bool:
    """SQLITE_BUSY after the busy timeout (another connection holds the write lock)."""
    return getattr(exc.orig, "sqlite_errorcode", None) == SQLITE_BUSY


def _disk_error(exc: DBAPIError) -> str | None:
    """The message for a write the disk refused (read-only, full, I/O error, gone), else None."""
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return None if code is None else DISK_ERRORS.get(code & 0xFF)


def _is_pg_concurrency(exc: DBAPIError) -> bool:
    """A PostgreSQL deadlock or serialization failure: the server rolled this transaction back
    so that another could go on."""
    return getattr(exc.orig, "sqlstate", None) in PG_CONCURRENCY


def _is_connection_lost(exc: DBAPIError, sqlite: bool) -> bool:
    """The server cannot be reached or ended the connection. On SQLite an OperationalError is
    mostly about the file (busy, disk, a missing table): only a driver-level failure counts."""
    if exc.connection_invalidated or isinstance(exc, InterfaceError):
        return True
    if sqlite or not isinstance(exc, OperationalError):
        return False
    state = getattr(exc.orig, "sqlstate", None)  # None: refused or cut before any answer
    return state is None or state.startswith(PG_GONE_CLASS) or state in PG_GONE


def _is_stale_snapshot(exc: DBAPIError) -> bool:
    """SQLite refuses a write from a transaction whose snapshot another writer has overtaken
    (SQLITE_BUSY_SNAPSHOT, immediately, without waiting): on PostgreSQL the same race is a
    StaleDataError from the version counter. Both mean someone else changed the data."""
    return getattr(exc.orig, "sqlite_errorcode", None) == SQLITE_BUSY_SNAPSHOT


@event.listens_for(Session, "after_flush")
def _write_audit(session: Session, _ctx) -> None:
    rows = audit_rows(session)
    if rows:
        session.connection().execute(insert(AuditEntry.__table__), rows)


@event.listens_for(Session, "before_flush")
def _clean_strings(session: Session, _ctx, _instances) -> None:
    """No control character or bidi override reaches a string column, whichever screen,
    import or command wrote it (they break documents and fool terminals)."""
    for obj in (*session.new, *session.dirty):
        for attr in inspect(obj).mapper.column_attrs:
            value = obj.__dict__.get(attr.key)
            if isinstance(value, str) and has_controls(value):
                setattr(obj, attr.key, strip_controls(value))


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, _ctx) -> None:
    log = session.info.get(LOG_KEY)
    if log is None:
        return
    for objs in (session.new, session.dirty, session.deleted):
        for obj in objs:
            table = getattr(obj, "__tablename__", None)
            if table is not None:
                log.add_table(table, _row_key(obj, table))


def _row_key(obj, table: str) -> int | None:
    """The id a screen cares about: a meeting's id for everything hanging off a meeting, an
    action item's id for its history."""
    if table == "meetings":
        return obj.id
    if table == "meeting_series":
        return None
    if table in ("attendance", "agenda_items", "minutes", "decisions", "document_numbers",
                 "minutes_deliveries"):
        meeting_id = getattr(obj, "meeting_id", None)
        if meeting_id is None:
            minutes = obj.__dict__.get("minutes")  # never lazy-load during a flush
            meeting_id = getattr(minutes, "meeting_id", None)
        return meeting_id
    if table == "action_updates":
        return obj.action_id  # a report or a chase changes its action item
    if table.startswith("incident_"):
        return obj.incident_id  # the board, reports and timeline are parts of their incident
    return getattr(obj, "id", None)


@event.listens_for(Session, "do_orm_execute")
def _record_statement(state) -> None:
    """Bulk INSERT/UPDATE/DELETE through ``session.execute``: the table, rows unknown."""
    log = state.session.info.get(LOG_KEY)
    if log is None or not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name is not None:
        log.add_table(name)


def open_database(url: str, *, create: bool = False, upgrade: bool = True) -> Database:
    """Open ``url``; nothing is created or changed unless every check passes."""
    target = parse_target(url)
    created = False
    notices: tuple[UserError, ...] = ()
    if target.is_sqlite:
        if target.path == config.default_database_path():
            target.path.parent.mkdir(parents=True, exist_ok=True)
        check_sqlite_file(target.path, create=create)
        if not target.path.exists():
            create_private_file(target.path)
            created = True
        if kind := network_share(target.path):
            notices = (DatabaseError(NETWORK_SHARE, kind=kind, path=target.path),)
    engine = make_engine(target)
    try:
        _probe(engine, target)
        migrate.prepare(engine, target, upgrade_schema=upgrade)
        if target.is_sqlite:
            _enable_wal(engine, target.path)
    except BaseException:
        engine.dispose()
        if created and target.path is not None:
            _remove_sqlite_files(target.path)
        raise
    return Database(target, engine, notices)


def _probe(engine: Engine, target: Target) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if target.is_sqlite:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DBAPIError as exc:
        reason = describe_db_error(exc)
        if target.is_sqlite:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Errors", "无法打开数据库文件 {path}：{reason}"), path=target.path, reason=reason
            ) from None
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "无法连接数据库服务器 {where}：{reason}"),
            where=target.display, reason=reason,
        ) from None


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        try:
            candidate.unlink()
        except FileNotFoundError:
            pass


def sqlite_connect(path: Path) -> sqlite3.Connection:
    """A raw sqlite3 connection (backup/restore and benchmarks)."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn
