"""The calendar inside the main window: its navigation line, Ctrl+N, and the Edit menu."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.views.calendar.periods import ViewMode
from desktop.views.meetings.meeting_dialog import MeetingDialog
from desktop.views.navigation import CALENDAR
from tests.views.calendar_support import add_meeting, click_at, local, stored
from tests.views.conftest import MessageBoxes, find_window, wait_loaded

pytestmark = pytest.mark.gui


def test_calendar_is_a_page_of_the_navigation(qtbot, window):
    assert window.show_page(CALENDAR)
    wait_loaded(qtbot)
    assert window.current_page() is window.calendar_page
    assert window.calendar_page.toolbar.body_combo.count() == 6  # all bodies, then each


def test_ctrl_n_opens_a_new_meeting_on_the_calendar(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    wait_loaded(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_loaded(qtbot)
    dialog = find_window(qtbot, MeetingDialog)
    wait_loaded(qtbot)
    assert dialog.meeting_id is None and dialog.windowTitle() == "新建会议"
    assert window.current_page() is window.calendar_page
    dialog.reject()
    wait_loaded(qtbot)


def test_edit_and_delete_actions_follow_the_selected_meeting(qtbot, window, workspace, monkeypatch):
    MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
    wait_loaded(qtbot)
    meeting_id = add_meeting(workspace, local(2026, 4, 15), title="四月例会")
    wait_loaded(qtbot)
    window.show_page(CALENDAR)
    wait_loaded(qtbot)
    page = window.calendar_page
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    assert not window.actions.edit.isEnabled()
    click_at(qtbot, page.month_view, page.month_view.chip_rect(meeting_id).center())
    wait_loaded(qtbot)
    assert window.actions.edit.isEnabled() and window.actions.delete.isEnabled()
    window.actions.edit.trigger()
    wait_loaded(qtbot)
    dialog = find_window(qtbot, MeetingDialog)
    wait_loaded(qtbot)
    assert dialog.meeting_id == meeting_id
    dialog.reject()
    wait_loaded(qtbot)
    window.actions.delete.trigger()
    wait_loaded(qtbot)
    assert stored(workspace, id=meeting_id) == []
    assert not window.actions.edit.isEnabled()
