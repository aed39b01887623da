"""The composition root: identity on first run, refusing a bad database, the language choice."""

from __future__ import annotations

import gc
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QProgressDialog, QWidget
from sqlalchemy import func, select

from desktop import app
from desktop.changes import Topic
from desktop.config import Identity, load_identity
from desktop.db import open_database
from desktop.models import Meeting
from desktop.services.bodies.core import list_bodies
from desktop.services.bodies.seed import needs_seed, seed
from desktop.services.kernel.timeutil import today_local
from desktop.services.meetings import series as ms
from desktop.views.identity_dialog import IdentityDialog
from desktop.views.main_window import MainWindow
from tests.services.meeting_support import local, meeting_data
from tests.views.conftest import find_window, type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def no_identity(monkeypatch):
    monkeypatch.delenv("TRIPARTITE_USER")
    monkeypatch.setattr(app, "system_user_name", lambda: "wangms")
    assert load_identity() is None


def _when_shown(qtbot, cls, act) -> list:
    """Run ``act(widget)`` once a ``cls`` window shows up inside a modal loop; collect failures."""
    errors: list = []

    def step():
        try:
            act(find_window(qtbot, cls))
        except Exception as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
            QApplication.closeAllWindows()

    QTimer.singleShot(0, step)
    return errors


def test_first_run_dialog_saves_the_identity(qtbot, no_identity):
    def fill(dialog: IdentityDialog):
        assert dialog.name_edit.text() == "wangms"
        type_into(qtbot, dialog.name_edit, "王秘书")
        type_into(qtbot, dialog.organisation_edit, "经开区总工会")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    errors = _when_shown(qtbot, IdentityDialog, fill)
    identity = app.ensure_identity()
    assert errors == []
    assert identity == Identity("王秘书", "经开区总工会")
    assert load_identity() == identity


def test_cancelling_the_first_run_dialog_saves_nothing(qtbot, no_identity):
    errors = _when_shown(qtbot, IdentityDialog, lambda dialog: dialog.reject())
    assert app.ensure_identity() is None
    assert errors == []
    assert load_identity() is None


def test_first_run_dialog_needs_a_name(qtbot):
    dialog = IdentityDialog("")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_into(qtbot, dialog.name_edit, "李")
    assert ok.isEnabled()


def test_cancelled_identity_quits_without_creating_the_database(qtbot, no_identity, tmp_path):
    _when_shown(qtbot, IdentityDialog, lambda dialog: dialog.reject())
    assert app.run_gui(str(tmp_path / "new.db")) == 0
    assert not (tmp_path / "new.db").exists()


def test_unopenable_database_is_explained_and_nothing_is_created(monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    missing = tmp_path / "no-such-folder" / "x.db"

    assert app.run_gui(str(missing)) == 1

    assert len(shown) == 1 and "数据库所在的文件夹不存在" in shown[0]
    assert not missing.parent.exists()


def test_run_gui_opens_the_main_window_on_a_new_seeded_database(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("TRIPARTITE_LANG", "zh")
    path = tmp_path / "fresh.db"

    def close(window: MainWindow):
        qtbot.waitUntil(lambda: window.body_page.body is not None)  # the page reads in the background
        assert window.body_page.body.key == "tripartite"
        window.close()

    errors = _when_shown(qtbot, MainWindow, close)
    assert app.run_gui(str(path)) == 0
    assert errors == []
    db = open_database(str(path))
    try:
        with db.reading() as session:
            assert len(list_bodies(session)) == 5
    finally:
        db.dispose()


def test_only_a_database_without_bodies_needs_the_seed(empty_db):
    assert empty_db.run(needs_seed)[0] is True
    empty_db.run(seed)
    assert empty_db.run(needs_seed)[0] is False


def test_the_callback_runs_once_the_window_has_been_painted(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    app.AfterFirstPaint(widget, lambda: calls.append("painted"))
    QApplication.processEvents()
    assert calls == []  # not shown, not painted
    widget.show()
    qtbot.waitUntil(lambda: calls == ["painted"])
    widget.repaint()
    QApplication.processEvents()
    assert calls == ["painted"]


def test_the_collector_turned_off_for_the_start_runs_again_without_the_start_s_objects():
    gc.disable()
    try:
        app.collect_garbage_again()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def _open_series(db, start, rule: str, stored_on: date) -> int:
    """An open-ended series stored two years ahead of ``stored_on``; its id."""
    with db.transaction() as session:
        return ms.create_series(session, ms.SeriesData(meeting_data(start), rule),
                                today=stored_on).series_id


def _series_rows(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.series_id.is_not(None)))


def _extend(qtbot, window, workspace) -> tuple[int, list]:
    announced = []
    workspace.hub.changed.connect(lambda changes, _source: announced.append(changes))
    operation = app.extend_series_in_background(window, workspace)
    assert window.findChildren(QProgressDialog) == []  # quiet: nothing pops up
    with qtbot.waitSignal(operation.finished, timeout=10000) as finished:
        pass
    return finished.args[0], announced


def test_open_series_are_extended_in_the_background_and_the_meetings_announced(qtbot, window, workspace):
    today = today_local()
    _open_series(workspace.db, local(today.year - 3, 1, 15), "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15",
                 stored_on=date(today.year - 3, 1, 1))  # stored until about a year ago
    before = _series_rows(workspace.db)

    added, announced = _extend(qtbot, window, workspace)

    assert added >= 6 and _series_rows(workspace.db) == before + added
    assert [c.touches(Topic.MEETINGS) for c in announced] == [True]
    assert window.findChildren(QProgressDialog) == []


def test_extending_series_that_gain_no_occurrence_announces_nothing(qtbot, window, workspace):
    today = today_local()
    yearly = local(today.year, today.month, today.day) + timedelta(days=180)  # not today's day
    _open_series(workspace.db, yearly, "FREQ=YEARLY", stored_on=today - timedelta(days=1))
    before = _series_rows(workspace.db)

    added, announced = _extend(qtbot, window, workspace)

    assert (added, _series_rows(workspace.db), announced) == (0, before, [])


@pytest.mark.parametrize(("value", "expected"), [("en", "en"), ("zh", "zh"), ("EN", "en")])
def test_language_can_be_forced(monkeypatch, value, expected):
    monkeypatch.setenv("TRIPARTITE_LANG", value)
    assert app.ui_language() == expected


def test_chinese_interface_loads_qt_s_own_chinese(qapp):
    translators = app.install_translators(qapp, "zh")
    try:
        assert len(translators) == 1
        assert QApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize(("argv", "expected"), [
    ([], None), (["--database", "x.db"], "x.db"), (["--database=x.db", "--debug"], "x.db"),
    (["list", "bodies"], False), (["--database", "x.db", "demo", "--scale", "small"], False),
    (["--help"], False), (["--version"], False), (["--database"], False),
])
def test_only_a_command_line_without_a_command_starts_the_gui_directly(argv, expected):
    from desktop.__main__ import gui_database

    assert gui_database(argv) == expected


def test_quit_after_paint_starts_the_real_app_and_reports_its_first_paint(db, tmp_path):
    """The hook bench/bench_startup.py uses: the whole program, a painted window, then quit."""
    import os
    import subprocess
    import sys

    if not db.is_sqlite:
        pytest.skip("the probe starts on the SQLite file")
    env = dict(os.environ, TRIPARTITE_QUIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "desktop", "--database", str(db.target.path)],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    [line] = [x for x in out.stdout.splitlines() if x.startswith("first-paint ")]
    assert 0 < float(line.split()[1]) < 60
    settings = (tmp_path / "config" / "tripartite.ini").read_text(encoding="utf-8")
    assert "last_page=body:tripartite" in settings  # it was the real window, closed normally
