"""Composition root of the GUI: application, translators, identity, database, hub, main window.

Start-up does only what the first paint needs: the five bodies are seeded only into a database
that has none, and the open-ended series are extended two years ahead after the window has been
painted, quietly in the background (``extend_series_in_background``).

A local SQLite file that opens without a question (``desktop.quick_open.peek``: at head, no
sign-in) is opened only after the first paint, in a thread (``DatabaseOpening``): the window,
its navigation and its first page are built without SQLAlchemy, and the page's first read waits
for the database. Anything else is opened first, as before (``open_first``).

``TRIPARTITE_QUIT_AFTER_PAINT=1`` makes the GUI quit once the main window has been painted the
first time, printing ``first-paint <seconds since the process started> <wall clock>`` on
standard output: ``bench/bench_startup.py`` times cold starts with it.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QThreadPool,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import APP_AUTHOR, APP_NAME, __version__
from desktop.changes import Changes
from desktop.config import (
    Identity,
    database_url_from,
    load_identity,
    save_identity,
    system_user_name,
)
from desktop.errors import UserError
from desktop.paths import resource
from desktop.quick_open import DatabaseOpening, Peek, peek
from desktop.views.changes import ChangeHub
from desktop.views.errors import error_text
from desktop.views.handoff import post, relay
from desktop.views.main_window import MainWindow
from desktop.views.operations import Job, Operation, refusal_text
from desktop.views.settings import open_settings
from desktop.views.workspace import Workspace

if TYPE_CHECKING:  # SQLAlchemy is imported after the first paint (see the docstring)
    from desktop.db import Database

ENV_LANG = "TRIPARTITE_LANG"
ENV_QUIT_AFTER_PAINT = "TRIPARTITE_QUIT_AFTER_PAINT"
OPEN_UNPAINTED_MS = 1500   # the database is opened after the first paint, or after this anyway


# A worker thread that holds the GIL keeps the UI thread waiting up to the switch interval each
# time it wants the GIL back (5 ms by default): with pages loading in the background, that alone
# made a page switch stall past 100 ms (bench/bench_stalls.py). 1 ms keeps the window fluid.
GUI_SWITCH_INTERVAL_S = 0.001


def run_gui(database_option: str | None, *, peeked: Peek | None = None) -> int:
    """Start the GUI on the database named by the option, the environment or the default file.

    ``peeked``: what ``desktop.__main__`` already read of it (``quick_open.peek``), not read again."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    translators = install_translators(app)
    try:
        return _run(app, database_option, peeked)
    finally:
        collect_garbage_again()  # when no window was painted (a refusal, a cancelled identity)
        for translator in translators:
            app.removeTranslator(translator)


def _run(app: QApplication, database_option: str | None, peeked: Peek | None) -> int:
    identity = ensure_identity()
    if identity is None:
        return 0
    url = database_url_from(database_option)
    peeked = peeked or peek(url)
    if peeked is None:
        return open_first(app, url, identity)
    relay()   # made here, on the UI thread: the opening thread posts its end through it
    opening = DatabaseOpening(peeked.target, lambda: open_database_now(url))
    workspace = Workspace(opening, identity, ChangeHub())
    return _run_window(app, workspace, bodies=peeked.bodies, opening=opening)


def open_first(app: QApplication, url: str, identity: Identity) -> int:
    """The ordinary start: open (creating, migrating), sign in, seed, then the window."""
    from desktop.services.bodies.seed import needs_seed, seed

    db = open_or_explain(url)
    if db is None:
        return 1
    identity = sign_in_or_quit(db, identity)
    if identity is None:
        db.dispose()
        return 0
    workspace = Workspace(db, identity, ChangeHub())
    try:
        # No screen shows anything yet: the seed needs no announcement.
        if workspace.read(needs_seed):  # a new database gets the five bodies
            db.run(seed, identity.name)
    except BaseException:
        db.dispose()
        raise
    return _run_window(app, workspace)


def _run_window(app: QApplication, workspace: Workspace, *, bodies=None,
                opening: DatabaseOpening | None = None) -> int:
    """Build, show and run the main window on ``workspace``, whose database may still be
    ``opening`` (opened after the first paint, then the pages read)."""
    backups = AutomaticBackups(workspace)
    refused: list[UserError] = []
    window: MainWindow | None = None
    try:
        # Before the pages read: nothing after it is missed (with an opening, the pages read
        # only once it is open and this has been read).
        feed_start = None if opening else _latest_feed_id(workspace)
        window = MainWindow(workspace, open_settings(), bodies=bodies)
        window.setStyleSheet(load_stylesheet())

        def database_open() -> None:
            """The database is open (or refused): what needs it starts, once the window is painted."""
            try:
                start = feed_start if opening is None else _latest_feed_id(workspace)
            except UserError as exc:   # the opening was refused (or the first read failed)
                refused.append(exc)
                QMessageBox.critical(window, QCoreApplication.translate("App", "无法打开数据库"), error_text(exc))
                window.close()
                return
            # (SQLAlchemy, imported by the follower, is loaded by now)
            from desktop.views.change_follower import ChangeFollower

            workspace.opened()   # the pages' first reads start now
            follower = ChangeFollower(workspace, window, after_id=start)
            window.follow_changes(follower)
            collect_garbage_again()
            extend_series_in_background(window, workspace)
            backups.after_first_paint(window)
            follower.start()  # screens follow the other PCs' changes

        if opening is None:
            AfterFirstPaint(window, database_open)
        else:
            def open_now() -> None:   # whichever comes first; the opening starts once
                opening.start(then=lambda: post(database_open))
            AfterFirstPaint(window, open_now)
            QTimer.singleShot(OPEN_UNPAINTED_MS, window, open_now)  # a window not painted (minimised)
        if os.environ.get(ENV_QUIT_AFTER_PAINT) == "1":
            AfterFirstPaint(window, lambda: report_first_paint_and_quit(window, workspace))
        window.show()
        status = app.exec()
        return 1 if refused else status
    finally:
        QThreadPool.globalInstance().waitForDone()  # work in the background still uses the database
        if window is not None:   # with its pages, some perhaps still waiting for a refused opening
            window.deleteLater()
        _dispose(workspace)
        backups.on_exit()


def _dispose(workspace: Workspace) -> None:
    """Close the database (a restore may have replaced the first), after an opening has ended."""
    try:
        db = workspace.db
    except UserError:   # the opening was refused: nothing is open
        return
    db.dispose()


def open_database_now(url: str) -> Database:
    """What a ``DatabaseOpening`` runs: SQLAlchemy and the models are imported here, in its thread."""
    from desktop.db import open_database

    return open_database(url, create=False)


def _latest_feed_id(workspace: Workspace) -> int | None:
    from desktop.services.sync.feed import latest_id

    return workspace.read(latest_id)


def collect_garbage_again() -> None:
    """After the first paint: the collector ``desktop.__main__`` turned off runs again, and the
    objects start-up made (modules, classes, mappers) move to the permanent generation, where
    no collection scans them again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def extend_series_in_background(window: MainWindow, workspace: Workspace) -> Operation:
    """Store the occurrences of open-ended series two years ahead, without a progress dialog.

    The hub announces the meetings only when occurrences were added (moving the series'
    horizon alone shows nowhere); a failure is shown in the status bar, not in a dialog.
    """
    operation = Operation(window, workspace, _extend_open_series, key="extend_open_series",
                          title=QCoreApplication.translate("App", "无法延展周期会议"),
                          on_failure=lambda exc: window.statusBar().showMessage(
                              QCoreApplication.translate("App", "周期会议未能延展：{reason}").format(
                                  reason=refusal_text(exc)), 10000))
    operation.run_in_background(QCoreApplication.translate("App", "正在延展周期会议…"), quiet=True)
    return operation


def _extend_open_series(job: Job) -> int:
    # Imported here: the recurrence and holiday machinery is not needed for the first paint.
    from desktop.services.calendar.settings import load_calendar_settings
    from desktop.services.meetings.series import extend_open_series, horizon

    cap = load_calendar_settings().max_occurrences
    added = job.write(lambda session: extend_open_series(session, horizon(), max_occurrences=cap))
    if not added:
        job.changes = Changes()  # only the series' generated_until moved
    return added


class AutomaticBackups:
    """SQLite only: once the window is painted and the database open, tidy the folder and make
    one backup a day (in the background); one on exit when the hub announced changes or the
    audit log grew."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._path = workspace.target.path if workspace.is_sqlite else None
        self._changed = False
        if self._path is None:
            return
        self._audit_at_start = _newest_audit_id(self._path)
        workspace.hub.changed.connect(self._on_hub_changed)

    def _on_hub_changed(self, changes: Changes, _source=None) -> None:
        self._changed = self._changed or bool(changes)

    def after_first_paint(self, window: MainWindow) -> None:
        if self._path is None:
            return
        from desktop.backup import backed_up_today, tidy_database_folder

        if tidied := tidy_database_folder(self._path):
            window.statusBar().showMessage(QCoreApplication.translate(
                "App", "已清理 {n} 个残留的备份文件（中断的备份或升级留下的）。").format(n=len(tidied)), 10000)

        if backed_up_today(self._path):
            return
        operation = Operation(window, self._ws, self._daily, key="daily_backup",
                              title=QCoreApplication.translate("App", "自动备份失败"),
                              on_failure=lambda exc: window.statusBar().showMessage(
                                  QCoreApplication.translate("App", "今天的自动备份未能完成：{reason}").format(
                                      reason=refusal_text(exc)), 10000))
        operation.run_in_background(QCoreApplication.translate("App", "正在自动备份…"), quiet=True)

    def _daily(self, job: Job):
        from desktop.backup import write_rotating_backup

        job.changes = Changes()  # a copy changes nothing on screen
        return write_rotating_backup(self._path)

    def on_exit(self) -> None:
        """After the event loop: a copy when anything changed since start."""
        if self._path is None or not (self._changed or _newest_audit_id(self._path) != self._audit_at_start):
            return
        from desktop.backup import write_rotating_backup

        try:
            write_rotating_backup(self._path)
        except UserError as exc:
            print(QCoreApplication.translate("App", "退出时的自动备份失败：{reason}").format(
                reason=error_text(exc)), file=sys.stderr)


def _newest_audit_id(path) -> int | None:
    import sqlite3

    from desktop.sqlite_copy import read_only_uri

    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
        try:
            return conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


class AfterFirstPaint(QObject):
    """Calls ``then()`` once, after ``window`` has been painted the first time."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has reached the backing store
        return False


def report_first_paint_and_quit(window: MainWindow, workspace: Workspace) -> None:
    """Print when the first paint was (``TRIPARTITE_QUIT_AFTER_PAINT``), then when the page on
    screen had its data (its first read applied), and quit.

    ``first-paint <s> <wall clock>`` goes to standard error too, where it marks the end of the
    start-up in the output of ``python -X importtime`` (``bench_startup.py --breakdown``); then
    ``first-content <s>``.
    """
    line = f"first-paint {seconds_since_process_start():.4f} {time.time():.4f}"
    print(line, flush=True)
    print(line, file=sys.stderr, flush=True)
    poll = QTimer(window, interval=20)

    def content_shown() -> None:
        loader = getattr(window.current_page(), "loader", None)
        if workspace.is_open and not (loader is not None and loader.loading):
            poll.stop()
            print(f"first-content {seconds_since_process_start():.4f}", flush=True)
            QApplication.quit()

    poll.timeout.connect(content_shown)
    poll.start()


def seconds_since_process_start() -> float:
    """Wall seconds since this process was started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])  # field 22: starttime
    except (OSError, IndexError, ValueError):
        return time.perf_counter() - _IMPORTED
    return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")


_IMPORTED = time.perf_counter()


def app_icon() -> QIcon:
    """The program's icon (title bars, the task bar); the Windows .exe and installer carry app.ico."""
    return QIcon(str(resource("icons", "app.svg")))


def ui_language() -> str:
    """``en`` or ``zh``: ``TRIPARTITE_LANG`` when set, else English for an English system locale."""
    forced = os.environ.get(ENV_LANG, "").strip().lower()
    if forced in ("en", "zh"):
        return forced
    return "en" if QLocale.system().language() == QLocale.Language.English else "zh"


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Chinese is the source language; English comes from tripartite_en.qm when it is there."""
    translator = QTranslator(app)
    if (language or ui_language()) == "en":
        loaded = translator.load(str(resource("translations", "tripartite_en.qm")))
    else:  # Qt's own dialogs and standard buttons in Chinese
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded = translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China),
                                 "qtbase", "_", qt_folder)
    if not loaded:
        return []
    app.installTranslator(translator)
    return [translator]


def ensure_identity() -> Identity | None:
    """The saved identity, else ask for one (pre-filled with the system user); None if cancelled."""
    identity = load_identity()
    if identity is not None:
        return identity
    from desktop.views.identity_dialog import IdentityDialog  # first run only

    dialog = IdentityDialog(system_user_name())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    identity = dialog.identity()
    try:
        save_identity(identity)
    except OSError as exc:
        QMessageBox.warning(None, QCoreApplication.translate("App", "无法保存身份"),
                            QCoreApplication.translate("App", "身份只在本次使用中有效：{reason}").format(reason=exc.strerror or exc))
    return identity


def sign_in_or_quit(db: Database, identity: Identity) -> Identity | None:
    """Sign in when the database asks for it: the role goes to every session of ``db`` and the
    account's display name to the audit log. None when the person chose 退出."""
    from desktop.views.signin_dialog import (  # only a shared office needs it
        NO_SIGN_IN,
        sign_in_for_window,
    )

    try:
        account = sign_in_for_window(db, identity)
    except UserError as exc:   # the server went away before the dialog
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开数据库"), error_text(exc))
        return None
    if account is None:
        return None
    if account == NO_SIGN_IN:
        return identity
    db.role = account.role
    return Identity(account.label, account.organisation or identity.organisation, account.role)


def open_or_explain(url: str) -> Database | None:
    """Open (creating if need be) the database; on a refusal explain it and return None."""
    from desktop.db import open_database

    try:
        db = open_database(url, create=True)
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开数据库"), error_text(exc))
        return None
    for notice in db.notices:  # opened, but where it lives is unsafe (a network share)
        QMessageBox.warning(None, QCoreApplication.translate("App", "数据库位置不安全"), error_text(notice))
    return db


def load_stylesheet() -> str:
    path = resource("styles", "app.qss")
    return path.read_text(encoding="utf-8") if path.is_file() else ""
