"""The window before SQLAlchemy: a local SQLite file that opens without a question is peeked at
with plain sqlite3, the main window and its first page are painted, and only then is the file
opened (``desktop.quick_open``); the pages' first reads wait for it."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import app
from desktop.config import Identity
from desktop.db import open_database
from desktop.errors import DatabaseError
from desktop.quick_open import DatabaseOpening, SqliteFile, peek, sqlite_path
from desktop.services.accounts.signin import set_sign_in_required
from desktop.services.accounts.users import add_user
from desktop.services.bodies.core import list_bodies
from desktop.views.handoff import post, relay
from desktop.views.loading import PageLoader
from desktop.views.main_window import MainWindow
from desktop.views.navigation import BODY_PREFIX, ITEM_ROLE
from desktop.views.workspace import Workspace
from tests.conftest import copy_sqlite
from tests.views.conftest import find_window

pytestmark = pytest.mark.gui


@pytest.fixture
def sqlite_db(seeded_template, tmp_path):
    """A seeded SQLite file at head, opened (the peek is for SQLite files only)."""
    path = tmp_path / "files" / "tripartite.db"
    path.parent.mkdir()
    copy_sqlite(seeded_template, path)
    database = open_database(str(path))
    yield database
    database.dispose()


def _sql(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(statement)
    finally:
        conn.close()


# The peek -----------------------------------------------------------------------------------
def test_the_peek_reads_the_bodies_in_the_navigation_s_order(sqlite_db):
    path = sqlite_db.target.path
    peeked = peek(str(path))
    with sqlite_db.reading() as session:
        expected = [(b.key, b.name, b.color) for b in list_bodies(session)]
    assert [(b.key, b.name, b.color) for b in peeked.bodies] == expected
    assert peeked.target == SqliteFile(path) and peeked.target.short == str(path)
    assert peek(f"sqlite:///{path}").bodies == peeked.bodies


@pytest.mark.parametrize("url", ["postgresql+psycopg://u@h/d", "sqlite://", "sqlite:///x.db?mode=ro", "",
                                 ":memory:"])
def test_anything_but_a_plain_sqlite_file_is_not_peeked(url):
    assert sqlite_path(url) is None
    assert peek(url) is None


def test_a_missing_file_or_not_a_database_is_opened_first(tmp_path):
    assert peek(str(tmp_path / "none.db")) is None
    text = tmp_path / "notes.db"
    text.write_text("not a database", encoding="utf-8")
    assert peek(str(text)) is None


def test_an_older_schema_is_opened_first_and_migrated(sqlite_db):
    path = sqlite_db.target.path
    sqlite_db.dispose()
    _sql(path, "UPDATE alembic_version SET version_num = '0009'")
    assert peek(str(path)) is None


def test_a_file_without_bodies_is_opened_first_and_seeded(empty_template, tmp_path):
    path = tmp_path / "empty.db"
    copy_sqlite(empty_template, path)
    assert peek(str(path)) is None


def test_a_file_that_asks_for_a_sign_in_is_opened_first(sqlite_db):
    path = sqlite_db.target.path
    sqlite_db.run(lambda s: add_user(s, "admin", "admin", "s3cret-Pass-2026", display="管理员"))
    assert peek(str(path)) is not None   # users alone ask nothing of a SQLite file
    sqlite_db.run(lambda s: set_sign_in_required(s, True))
    assert peek(str(path)) is None


# The opening --------------------------------------------------------------------------------
def test_an_opening_nobody_started_is_opened_by_whoever_needs_it(tmp_path):
    opened = []
    opening = DatabaseOpening(SqliteFile(tmp_path / "x.db"), lambda: opened.append(1) or "db")
    assert not opening.done and opening.role is None and opening.is_sqlite
    assert opening.result() == "db" and opening.result() == "db"
    assert opened == [1] and opening.done


def test_a_started_opening_opens_once_for_every_thread():
    gate = threading.Event()
    calls = []

    def slow_open():
        calls.append(threading.current_thread().name)
        gate.wait(5)
        return "db"

    ended = threading.Event()
    opening = DatabaseOpening(SqliteFile(Path("x.db")), slow_open)
    thread = opening.start(then=ended.set)
    results = []
    waiters = [threading.Thread(target=lambda: results.append(opening.result())) for _ in range(3)]
    for waiter in waiters:
        waiter.start()
    gate.set()
    for waiter in waiters:
        waiter.join(5)
    thread.join(5)
    assert ended.is_set() and results == ["db"] * 3 and calls == ["open-database"]


def test_a_refused_opening_raises_its_refusal_to_everyone():
    def refuse():
        raise DatabaseError("无法打开数据库文件 x.db：磁盘出错")

    opening = DatabaseOpening(SqliteFile(Path("x.db")), refuse)
    for _ in range(2):
        with pytest.raises(DatabaseError, match="磁盘出错"):
            opening.result()
    assert opening.done


def test_a_page_s_first_read_waits_until_the_start_reports_the_database_open(qtbot, sqlite_db):
    relay()
    opening = DatabaseOpening(SqliteFile(sqlite_db.target.path), lambda: sqlite_db)
    workspace = Workspace(opening, Identity("测试员"))
    assert workspace.target.path == sqlite_db.target.path and workspace.is_sqlite
    assert not workspace.is_open and workspace.role is None
    page = QWidget()
    qtbot.addWidget(page)
    loader = PageLoader(workspace, page)
    read_on: list[str] = []
    applied: list = []

    def read(session):
        read_on.append(threading.current_thread().name)
        return list_bodies(session)

    loader.load(read, applied.append)
    qtbot.wait(50)
    assert loader.loading and read_on == [] and applied == []   # nothing read, nothing opened
    assert not opening.done
    opening.start(then=lambda: post(workspace.opened))
    with qtbot.waitSignal(loader.loaded, timeout=10000):
        pass
    assert [b.key for b in applied[0]][0] == "tripartite"
    assert len(read_on) == 1 and read_on[0] != "open-database"   # read on a pool thread, once
    assert workspace.is_open and workspace.db is sqlite_db


# The real start -----------------------------------------------------------------------------
def _run_gui_and_look(qtbot, path: Path) -> dict:
    """``run_gui(path)``; what the window showed, once its first page had its data."""
    from PySide6.QtCore import QTimer

    seen: dict = {}
    errors: list = []

    def look() -> None:
        try:
            window = find_window(qtbot, MainWindow)
            seen["opening at first"] = isinstance(window._ws._db, DatabaseOpening)
            qtbot.waitUntil(lambda: window.body_page.body is not None, timeout=10000)
            seen["body"] = window.body_page.body.key
            seen["follows"] = window.follower is not None
            model = window.navigation.nav_model
            seen["lines"] = [model.index(r).data(ITEM_ROLE).key for r in range(model.rowCount())
                             if model.index(r).data(ITEM_ROLE).key.startswith(BODY_PREFIX)]
            window.close()
        except Exception as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    QTimer.singleShot(0, look)
    assert app.run_gui(str(path)) == 0
    assert errors == []
    return seen


SHOWN = {"opening at first": True, "body": "tripartite", "follows": True,
         "lines": [f"body:{key}" for key in ("tripartite", "dispute", "warning", "linkage", "bimonthly")]}


def test_run_gui_paints_the_window_then_opens_the_file_and_the_page_reads(qtbot, monkeypatch, sqlite_db):
    path = sqlite_db.target.path
    sqlite_db.dispose()
    monkeypatch.setenv("TRIPARTITE_LANG", "zh")
    assert _run_gui_and_look(qtbot, path) == SHOWN


def test_a_window_never_painted_still_opens_its_database(qtbot, monkeypatch, sqlite_db):
    """A window restored minimised gets no paint: the file is opened after a while anyway."""
    path = sqlite_db.target.path
    sqlite_db.dispose()
    monkeypatch.setattr(app, "AfterFirstPaint", lambda _window, _then: None)
    assert _run_gui_and_look(qtbot, path) == SHOWN


def test_a_file_refused_after_the_first_paint_is_explained_and_the_app_quits(qtbot, monkeypatch, sqlite_db):
    path = sqlite_db.target.path
    sqlite_db.dispose()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))

    def refuse(_url):
        raise DatabaseError("无法打开数据库文件 {path}：磁盘出错", path=path)

    monkeypatch.setattr(app, "open_database_now", refuse)
    assert app.run_gui(str(path)) == 1
    assert shown == [("无法打开数据库", f"无法打开数据库文件 {path}：磁盘出错")]


def test_the_real_app_paints_its_first_page_before_importing_sqlalchemy(sqlite_db, tmp_path):
    """The whole program, as ``bench/bench_startup.py`` times it: the first paint comes before
    SQLAlchemy is imported; the page's content after it."""
    env = dict(os.environ, TRIPARTITE_QUIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop", "--database",
                          str(sqlite_db.target.path)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    before, marker, after = out.stderr.partition("first-paint ")
    assert marker and "desktop.views.bodies.body_page" in before   # the first page, painted
    imported_before = re.findall(r"\|\s+([\w.]+)\s*$", before, flags=re.MULTILINE)
    assert not [m for m in imported_before if m.split(".")[0] == "sqlalchemy" or m.startswith("desktop.models")]
    assert re.search(r"\|\s+sqlalchemy\s*$", after, flags=re.MULTILINE)   # then the file is opened
    lines = out.stdout.splitlines()
    paint = next(float(x.split()[1]) for x in lines if x.startswith("first-paint "))
    content = next(float(x.split()[1]) for x in lines if x.startswith("first-content "))
    assert 0 < paint < content < 60
