"""纪要检索 in the navigation and 会议纪要 in a meeting's menus open the minutes window; 发送会议邀请
asks for the organiser e-mail the first time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from sqlalchemy import select

from desktop.models import Person
from desktop.services.calendar.settings import DEFAULT_ORGANIZER_EMAIL, load_calendar_settings
from desktop.views.minutes.window import MinutesWindow
from desktop.views.navigation import CALENDAR, MINUTES_SEARCH
from tests.services.meeting_support import invite
from tests.services.minutes_support import issued_minutes
from tests.views.calendar_support import add_meeting, local
from tests.views.conftest import click_row, find_window, type_text, wait_loaded, write

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


def test_inviting_asks_for_the_organiser_once_and_the_drafts_carry_it(qtbot, window, workspace, boxes, monkeypatch,
                                                                      tmp_path):
    meeting_id = add_meeting(workspace, local(2026, 12, 16), title="双月沟通会",
                             attendees=write_invitees(workspace, "孙海燕"))
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return "mishu@example.cn", True
    monkeypatch.setattr(QInputDialog, "getText", answer)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(drafts))
    dialog = window.calendar_page.open_meeting(meeting_id)
    qtbot.waitExposed(dialog)
    wait_loaded(qtbot)
    actions = {a.text(): a for a in dialog.action_bar.more_menu().actions()}
    actions["发送会议邀请…"].trigger()
    wait_loaded(qtbot)
    assert boxes.texts("warning") == []
    [eml] = drafts.glob("*.eml")
    text = eml.read_bytes()
    assert asked == ["组织者邮箱"] and b"mishu@example.cn" in text
    assert DEFAULT_ORGANIZER_EMAIL.encode() not in text
    assert "邮件草稿" in boxes.texts("information")[0]
    actions["发送会议邀请…"].trigger()   # asked once only
    wait_loaded(qtbot)
    assert len(asked) == 1
    dialog.close()
    wait_loaded(qtbot)


def test_cancelling_the_organiser_question_sends_no_invitation(qtbot, window, workspace, boxes, monkeypatch):
    meeting_id = add_meeting(workspace, local(2026, 12, 16), title="双月沟通会",
                             attendees=write_invitees(workspace, "孙海燕"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: pytest.fail("no folder asked for"))
    dialog = window.calendar_page.open_meeting(meeting_id)
    qtbot.waitExposed(dialog)
    wait_loaded(qtbot)
    {a.text(): a for a in dialog.action_bar.more_menu().actions()}["发送会议邀请…"].trigger()
    wait_loaded(qtbot)
    assert boxes.texts("information") == [] and load_calendar_settings().organizer_email == DEFAULT_ORGANIZER_EMAIL
    dialog.close()
    wait_loaded(qtbot)


def write_invitees(workspace, *names):
    """The people invited, each given an e-mail address so the invitation has someone to reach."""
    def work(s):
        for person in s.scalars(select(Person).where(Person.name.in_(names))):
            person.email = f"p{person.id}@example.cn"
        return invite(s, *names)
    return write(workspace, work)
