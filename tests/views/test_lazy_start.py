"""Lazy start: the main window builds and loads only the page it shows; the rest on first use."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from desktop.views.main_window import MainWindow
from desktop.views.navigation import BODY_PREFIX, CALENDAR, FOLLOWUP, PEOPLE
from desktop.views.settings import open_settings
from tests.views.conftest import row_of, wait_loaded

pytestmark = pytest.mark.gui


def test_a_first_start_builds_only_the_first_body_page(qtbot, window):
    assert window.built_pages() == [BODY_PREFIX]
    assert window.stack.count() == 1


def test_the_remembered_page_is_the_only_one_built(qtbot, workspace):
    first = MainWindow(workspace, open_settings())
    wait_loaded(qtbot)
    qtbot.addWidget(first)
    first.show_page(PEOPLE)
    wait_loaded(qtbot)
    first.close()
    wait_loaded(qtbot)

    second = MainWindow(workspace, open_settings())
    wait_loaded(qtbot)
    qtbot.addWidget(second)
    assert second.built_pages() == [PEOPLE]
    assert second.current_page() is second.people_page


def test_a_page_is_built_once_when_first_chosen(qtbot, window):
    assert window.show_page(CALENDAR)
    wait_loaded(qtbot)
    calendar = window.current_page()
    wait_loaded(qtbot)
    assert window.built_pages() == [BODY_PREFIX, CALENDAR]
    window.show_page("body:dispute")
    wait_loaded(qtbot)
    window.show_page(CALENDAR)
    wait_loaded(qtbot)
    assert window.current_page() is calendar and window.stack.count() == 2


def test_a_page_built_after_revealing_phones_shows_them_in_full(qtbot, window):
    window.actions.reveal_phones.trigger()
    wait_loaded(qtbot)
    window.show_page(PEOPLE)
    wait_loaded(qtbot)
    table = window.people_page.table
    qtbot.waitUntil(lambda: row_of(table, 0, "王建国") >= 0)  # a page may load off the UI thread
    wait_loaded(qtbot)
    assert table.model().index(row_of(table, 0, "王建国"), 3).data() == "010-67881301"


def test_edit_and_delete_follow_a_page_built_late(qtbot, window):
    window.show_page(FOLLOWUP)
    wait_loaded(qtbot)
    assert window.current_page() is window.followup_page
    assert not window.actions.delete.isEnabled()


def test_starting_the_window_imports_no_document_sheet_calendar_or_migration_library(db):
    if not db.is_sqlite:
        pytest.skip("the probe opens the SQLite file")
    probe = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from desktop.config import Identity
        from desktop.db import open_database
        from desktop.views.main_window import MainWindow
        from desktop.views.settings import open_settings
        from desktop.views.workspace import Workspace
        window = MainWindow(Workspace(open_database({str(db.target.path)!r}), Identity("测试员", "")),
                            open_settings())
        window.show()
        app.processEvents()
        heavy = {{"docx", "openpyxl", "icalendar", "alembic", "recurring_ical_events"}}
        print(sorted(heavy & {{name.split(".")[0] for name in sys.modules}}))
        print(window.built_pages())
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         timeout=120)
    assert out.stdout.split("\n")[:2] == ["[]", "['body:']"]


def test_the_real_app_paints_before_it_extends_the_open_series(db, tmp_path):
    """The series (and the recurrence and holiday machinery) are imported after the first paint."""
    import os

    if not db.is_sqlite:
        pytest.skip("the probe starts on the SQLite file")
    env = dict(os.environ, TRIPARTITE_QUIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "desktop", "--database",
                          str(db.target.path)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    before, marker, _after = out.stderr.partition("first-paint ")
    assert marker and "desktop.views.bodies.body_page" in before  # the first page, painted
    assert "desktop.services.meetings.series" not in before
    assert "dateutil" not in before


def test_every_module_the_warm_up_names_exists_and_a_missing_one_only_logs(monkeypatch):
    """The pages' modules are imported on a thread after the start (``views.warmup``): a renamed
    page must not leave the warm-up importing nothing."""
    import importlib.util

    from desktop.views import warmup
    from desktop.views.main_window import WARM_UP

    assert [name for name in WARM_UP if importlib.util.find_spec(name) is None] == []
    logged: list[str] = []
    monkeypatch.setattr(warmup.log, "exception", lambda message, *args: logged.append(message % args))
    warmup._import_all(("desktop.views.no_such_page", "desktop.views.errors"))
    assert logged == ["warming up desktop.views.no_such_page failed"]
