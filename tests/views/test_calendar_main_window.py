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
from tests.views.conftest import MessageBoxes, find_window

pytestmark = pytest.mark.gui


def test_calendar_is_a_page_of_the_navigation(window):
    assert window.show_page(CALENDAR)
    assert window.current_page() is window.calendar_page
    assert window.calendar_page.toolbar.body_combo.count() == 6  # all bodies, then each


def test_ctrl_n_opens_a_new_meeting_on_the_calendar(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = find_window(qtbot, MeetingDialog)
    assert dialog.meeting_id is None and dialog.windowTitle() == "新建会议"
    assert window.current_page() is window.calendar_page
    dialog.reject()


def test_edit_and_delete_actions_follow_the_selected_meeting(qtbot, window, workspace, monkeypatch):
    MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
    meeting_id = add_meeting(workspace, local(2026, 4, 15), title="四月例会")
    window.show_page(CALENDAR)
    page = window.calendar_page
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    assert not window.actions.edit.isEnabled()
    click_at(qtbot, page.month_view, page.month_view.chip_rect(meeting_id).center())
    assert window.actions.edit.isEnabled() and window.actions.delete.isEnabled()
    window.actions.edit.trigger()
    dialog = find_window(qtbot, MeetingDialog)
    assert dialog.meeting_id == meeting_id
    dialog.reject()
    window.actions.delete.trigger()
    assert stored(workspace, id=meeting_id) == []
    assert not window.actions.edit.isEnabled()
