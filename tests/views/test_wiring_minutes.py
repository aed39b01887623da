"""纪要检索 in the navigation and 会议纪要 in a meeting's menus open the minutes window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.minutes.window import MinutesWindow
from desktop.views.navigation import CALENDAR, MINUTES_SEARCH
from tests.services.minutes_support import issued_minutes
from tests.views.calendar_support import add_meeting, local
from tests.views.conftest import click_row, find_window, type_text, wait_loaded

pytestmark = pytest.mark.gui


def test_choosing_a_search_hit_opens_its_minutes(qtbot, window, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    wait_loaded(qtbot)
    assert window.show_page(MINUTES_SEARCH)
    wait_loaded(qtbot)
    page = window.current_page()
    wait_loaded(qtbot)
    assert page is window.minutes_search_page
    type_text(qtbot, page.query_edit, "欠薪")
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    wait_loaded(qtbot)
    click_row(qtbot, page.table, 0, double=True)
    minutes = find_window(qtbot, MinutesWindow)
    wait_loaded(qtbot)
    qtbot.addWidget(minutes)
    assert minutes.meeting_id == meeting_id


def test_meeting_context_menu_opens_the_minutes(qtbot, window, workspace):
    meeting_id = add_meeting(workspace, local(2026, 12, 16), title="双月沟通会")
    wait_loaded(qtbot)
    window.show_page(CALENDAR)
    wait_loaded(qtbot)
    window.calendar_page.show_period("list", local(2026, 12, 16).date())
    wait_loaded(qtbot)
    row = next(m for m in window.calendar_page.data.meetings if m.id == meeting_id)
    wait_loaded(qtbot)
    menu = window.calendar_page.meeting_menu(row)
    wait_loaded(qtbot)
    actions = {a.text(): a for a in menu.actions()}
    assert {"导出 .ics…", "发送会议邀请…", "导入回执…"} <= actions.keys()
    actions["会议纪要…"].trigger()
    wait_loaded(qtbot)
    minutes = find_window(qtbot, MinutesWindow)
    wait_loaded(qtbot)
    qtbot.addWidget(minutes)
    assert minutes.meeting_id == meeting_id
    menu.close()
    wait_loaded(qtbot)


def test_meeting_dialog_offers_the_minutes_and_calendar_commands(qtbot, window, workspace):
    meeting_id = add_meeting(workspace, local(2026, 12, 16), title="双月沟通会")
    wait_loaded(qtbot)
    dialog = window.calendar_page.open_meeting(meeting_id)
    qtbot.waitExposed(dialog)
    wait_loaded(qtbot)
    menu = dialog.action_bar.more_menu()
    wait_loaded(qtbot)
    assert [a.text() for a in menu.actions()] == ["会议纪要…", "导出 .ics…", "发送会议邀请…", "导入回执…"]
    menu.close()
    wait_loaded(qtbot)
    dialog.close()
    wait_loaded(qtbot)
