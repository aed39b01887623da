"""A window before SQLAlchemy: the first paint of a local SQLite file needs only what ``peek``
reads with plain ``sqlite3``; the file is opened (SQLAlchemy, the models) in a thread after it.

Importing SQLAlchemy and declaring the models costs more than a bare Qt window takes to appear
(``bench/bench_startup.py --breakdown``). So when the database is a local SQLite file that can
be opened without asking the user anything (the schema at head, no sign-in, the bodies seeded,
not on a network share), the start reads the navigation's body lines here, builds and paints the
main window, and only then opens the file in a ``DatabaseOpening``. Anything else (PostgreSQL, a
new or older file, a sign-in) is opened first, as before: ``peek`` returns None.

Neither this module nor what it imports touches SQLAlchemy or Qt.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from desktop.migrations import HEAD
from desktop.sqlite_copy import read_only_uri
from desktop.storage_checks import network_share

T = TypeVar("T")
SQLITE_URL = "sqlite:///"
PEEK_TIMEOUT_S = 2   # a file locked longer than this is opened the ordinary way


@dataclass(frozen=True)
class SqliteFile:
    """Where the database lives, as the status bar shows it before it is open (``db.Target``'s
    face for a SQLite file)."""

    path: Path
    is_sqlite = True

    @property
    def display(self) -> str:
        return str(self.path)

    @property
    def short(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class PeekedBody:
    """A body's navigation line: what ``desktop.views.navigation.NavBody`` asks for."""

    key: str
    name: str
    color: str


@dataclass(frozen=True)
class Peek:
    target: SqliteFile
    bodies: tuple[PeekedBody, ...]


def sqlite_path(url: str) -> Path | None:
    """The file of a plain path or a ``sqlite:///`` URL without options; None for anything else."""
    value = url.strip()
    if value.startswith(SQLITE_URL) and "?" not in value:
        value = value.removeprefix(SQLITE_URL)
    elif "://" in value:
        return None
    if not value or value == ":memory:":
        return None
    return Path(value).expanduser().resolve()


def peek(url: str) -> Peek | None:
    """What the first paint of ``url`` needs, when it is a local SQLite file that opens without
    a question; None when it must be opened first (see the module docstring)."""
    path = sqlite_path(url)
    if path is None or not path.is_file() or network_share(path):
        return None
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=PEEK_TIMEOUT_S)
        try:
            if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD,)]:
                return None
            if _asks_for_sign_in(conn):
                return None
            bodies = tuple(PeekedBody(*row) for row in conn.execute(
                "SELECT key, name, color FROM bodies ORDER BY sort_order, id"))
        finally:
            conn.close()
    except sqlite3.Error:   # not ours, damaged, locked: the ordinary open says what is wrong
        return None
    return Peek(SqliteFile(path), bodies) if bodies else None


def _asks_for_sign_in(conn: sqlite3.Connection) -> bool:
    """``services.accounts.signin.sign_in_required`` for a SQLite file: users, and switched on."""
    if conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None:
        return False
    row = conn.execute("SELECT sign_in_required FROM access_settings WHERE id = 1").fetchone()
    return bool(row and row[0])


class DatabaseOpening(Generic[T]):
    """A database being opened after the first paint; ``result()`` is the open database.

    ``target`` and ``role`` answer at once (a peeked file has no sign-in, so no role). ``start``
    opens it in a thread of its own (once: a second call does nothing). A thread that needs it before anyone started opening it
    opens it itself, so nothing ever waits for an opening that does not come.
    """

    role = None
    is_sqlite = True

    def __init__(self, target: SqliteFile, open_database: Callable[[], T]) -> None:
        self.target = target
        self._open = open_database
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._database: T | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    @property
    def done(self) -> bool:
        """Whether the opening has ended (opened, or refused: ``result()`` raises then)."""
        return self._done.is_set()

    def start(self, then: Callable[[], None]) -> threading.Thread:
        """Open in a new thread, which calls ``then()`` when the opening has ended; the thread
        already started by an earlier call (whose ``then`` alone is called)."""
        if self._thread is not None:
            return self._thread

        def run() -> None:
            self._run()
            then()
        self._thread = threading.Thread(target=run, name="open-database", daemon=True)
        self._thread.start()
        return self._thread

    def result(self) -> T:
        """The open database, waiting for it if need be; raises what the opening raised."""
        if not self._done.is_set():
            self._run()
        if self._error is not None:
            raise self._error
        return self._database  # type: ignore[return-value]

    def _run(self) -> None:
        with self._lock:   # a second thread waits here, then finds it done
            if self._done.is_set():
                return
            try:
                self._database = self._open()
            except BaseException as exc:  # noqa: BLE001 - handed to whoever asks for the result
                self._error = exc
            finally:
                self._done.set()
