"""The 督办 list's 本年/本月/全部 quick filters: the due dates they stand for, the list they
give, and the last one chosen opening the page next time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.services.actions.query import ActionFilter, count_actions
from desktop.services.demo import generate
from desktop.services.kernel.timeutil import today_local
from desktop.views.actions.filter_bar import period_range
from desktop.views.main_window import MainWindow
from desktop.views.navigation import FOLLOWUP
from desktop.views.settings import open_settings
from tests.views.conftest import wait_loaded

pytestmark = pytest.mark.gui


def _open_window(qtbot, workspace) -> MainWindow:
    main = MainWindow(workspace, open_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_page(FOLLOWUP)
    wait_loaded(qtbot, main)
    return main


@pytest.fixture
def window(qtbot, workspace, db):
    with db.transaction("测试员") as s:
        generate(s, "small", 1, today_local())
    return _open_window(qtbot, workspace)


def _count(db, **kw) -> int:
    with db.reading() as s:
        return count_actions(s, ActionFilter(status="open", **kw), today_local())


def test_period_ranges_cover_the_year_and_the_month():
    assert period_range("year", date(2026, 12, 3)) == (date(2026, 1, 1), date(2026, 12, 31))
    assert period_range("month", date(2026, 12, 3)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert period_range("month", date(2027, 2, 10)) == (date(2027, 2, 1), date(2027, 2, 28))
    assert period_range("all", date(2026, 12, 3)) == (None, None)


def test_quick_filters_narrow_the_list_by_due_date(qtbot, window, db):
    page = window.followup_page
    bar = page.filter_bar
    assert bar.period_buttons["all"].isChecked()   # nothing remembered yet: everything
    qtbot.mouseClick(bar.period_buttons["month"], Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    first, last = period_range("month", today_local())
    assert (bar.due_from.value(), bar.due_to.value()) == (first, last)
    assert page.model.rowCount() == _count(db, due_from=first, due_to=last)
    qtbot.mouseClick(bar.period_buttons["year"], Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    first, last = period_range("year", today_local())
    assert page.model.rowCount() == _count(db, due_from=first, due_to=last) > 0
    qtbot.mouseClick(bar.period_buttons["all"], Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert page.model.rowCount() == _count(db)


def test_a_date_typed_by_hand_unchecks_the_quick_filters(qtbot, window):
    bar = window.followup_page.filter_bar
    qtbot.mouseClick(bar.period_buttons["year"], Qt.MouseButton.LeftButton)
    bar.due_from.set_value(date(2026, 3, 1))
    assert not any(button.isChecked() for button in bar.period_buttons.values())


def test_the_last_quick_filter_chosen_opens_the_page_next_time(qtbot, window, workspace, db):
    qtbot.mouseClick(window.followup_page.filter_bar.period_buttons["year"], Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    window.close()
    again = _open_window(qtbot, workspace)
    bar = again.followup_page.filter_bar
    assert bar.period_buttons["year"].isChecked()
    first, last = period_range("year", today_local())
    assert again.followup_page.model.rowCount() == _count(db, due_from=first, due_to=last)
