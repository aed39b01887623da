"""Composition root of the GUI: application, translators, identity, database, hub, main window.

``TRIPARTITE_QUIT_AFTER_PAINT=1`` makes the GUI quit once the main window has been painted the
first time, printing ``first-paint <seconds since the process started> <wall clock>`` on
standard output: ``bench/bench_startup.py`` times cold starts with it.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop import APP_AUTHOR, APP_NAME, __version__
from desktop.config import (
    Identity,
    database_url_from,
    load_identity,
    save_identity,
    system_user_name,
)
from desktop.db import Database, open_database
from desktop.errors import UserError
from desktop.paths import resource
from desktop.services.bodies.seed import seed
from desktop.services.meetings.series import extend_open_series, horizon
from desktop.views.changes import ChangeHub
from desktop.views.errors import error_text
from desktop.views.main_window import MainWindow
from desktop.views.settings import open_settings
from desktop.views.workspace import Workspace

ENV_LANG = "TRIPARTITE_LANG"
ENV_QUIT_AFTER_PAINT = "TRIPARTITE_QUIT_AFTER_PAINT"


def run_gui(database_option: str | None) -> int:
    """Start the GUI on the database named by the option, the environment or the default file."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    translators = install_translators(app)
    try:
        return _run(app, database_option)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _run(app: QApplication, database_option: str | None) -> int:
    identity = ensure_identity()
    if identity is None:
        return 0
    db = open_or_explain(database_url_from(database_option))
    if db is None:
        return 1
    workspace = Workspace(db, identity, ChangeHub())
    try:
        # No screen shows anything yet: these writes need no announcement.
        db.run(seed, identity.name)  # a new database gets the five bodies; an existing one is untouched
        db.run(lambda s: extend_open_series(s, horizon()), identity.name)  # open series: two years ahead
        window = MainWindow(workspace, open_settings())
        window.setStyleSheet(load_stylesheet())
        if os.environ.get(ENV_QUIT_AFTER_PAINT) == "1":
            QuitAfterFirstPaint(window)
        window.show()
        return app.exec()
    finally:
        workspace.db.dispose()  # the restore action may have replaced the first one


class QuitAfterFirstPaint(QObject):
    """Quits the application once ``window`` has been painted, printing when that was."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # after this paint has reached the backing store
        return False

    def _report(self) -> None:
        print(f"first-paint {seconds_since_process_start():.4f} {time.time():.4f}", flush=True)
        QApplication.quit()


def seconds_since_process_start() -> float:
    """Wall seconds since this process was started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])  # field 22: starttime
    except (OSError, IndexError, ValueError):
        return time.perf_counter() - _IMPORTED
    return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")


_IMPORTED = time.perf_counter()


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


def open_or_explain(url: str) -> Database | None:
    """Open (creating if need be) the database; on a refusal explain it and return None."""
    try:
        return open_database(url, create=True)
    except UserError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "无法打开数据库"), error_text(exc))
        return None


def load_stylesheet() -> str:
    path = resource("styles", "app.qss")
    return path.read_text(encoding="utf-8") if path.is_file() else ""
