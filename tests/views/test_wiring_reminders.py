"""会前提醒 in the running window, on a fake clock: once per meeting, never for a cancelled one,
as an in-app notice where there is no system tray (the offscreen platform has none)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.config import Identity
from desktop.services.calendar.settings import CalendarSettings, save_calendar_settings
from desktop.services.meetings import core as m
from desktop.views.main_window import MainWindow
from desktop.views.reminders import MeetingReminders, ReminderNotice
from desktop.views.settings import open_settings
from desktop.views.workspace import Workspace
from tests.services.meeting_support import invite, local, meeting_data
from tests.views.conftest import write

pytestmark = pytest.mark.gui
NOW = local(2026, 12, 16, 9, 0)


@pytest.fixture
def secretary(db):
    """The app's user is 王建国, who is in the directory."""
    return Workspace(db, Identity("王建国", "经开区总工会"))


@pytest.fixture
def clock():
    now = [NOW]
    return now


def add(workspace, minutes_ahead: int, title: str, *, cancelled=False) -> int:
    def work(s):
        meeting_id = m.create_meeting(s, meeting_data(NOW + timedelta(minutes=minutes_ahead), title=title,
                                                      attendees=invite(s, "王建国")))
        if cancelled:
            m.cancel_meeting(s, meeting_id)
        return meeting_id
    return write(workspace, work)


def open_window(qtbot, workspace, clock) -> MainWindow:
    window = MainWindow(workspace, open_settings(), clock=lambda: clock[0])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_meeting_within_the_reminder_time_is_noticed_once_in_the_window(qtbot, secretary, clock):
    save_calendar_settings(CalendarSettings(reminder_minutes=15))
    add(secretary, 40, "三方协调会")
    window = open_window(qtbot, secretary, clock)
    assert window.reminders.tray is None and not window.reminder_notice.isVisible()
    clock[0] = NOW + timedelta(minutes=30)
    with qtbot.waitSignal(window.reminders.reminded) as reminded:
        window.reminders.timer.timeout.emit()
    assert reminded.args[0].title == "三方协调会"
    assert window.reminder_notice.isVisible()
    assert "三方协调会" in window.reminder_notice.label.text()
    clock[0] = NOW + timedelta(minutes=31)
    assert window.reminders.check() == []


def test_a_cancelled_meeting_is_not_reminded(qtbot, secretary, clock):
    add(secretary, 10, "已取消的会", cancelled=True)
    window = open_window(qtbot, secretary, clock)
    assert window.reminders.check() == []
    assert not window.reminder_notice.isVisible()


def test_zero_minutes_turns_reminders_off(qtbot, secretary, clock):
    save_calendar_settings(CalendarSettings(reminder_minutes=0))
    add(secretary, 5, "马上开")
    window = open_window(qtbot, secretary, clock)
    assert window.reminders.check() == []


class TrayStandIn:
    """Records showMessage; the offscreen platform has no tray to show a real one."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:  # noqa: N802 - Qt API
        return True

    def showMessage(self, title, text, *_args) -> None:  # noqa: N802 - Qt API
        self.messages.append((title, text))


def test_with_a_tray_the_reminder_is_a_tray_message(qtbot, secretary, clock):
    add(secretary, 20, "双月沟通会")
    notice = ReminderNotice()
    qtbot.addWidget(notice)
    tray = TrayStandIn()
    reminders = MeetingReminders(secretary, notice, clock=lambda: clock[0], minutes=lambda: 30, tray=tray)
    reminders.check()
    reminders.check()
    assert [t for t, _ in tray.messages] == ["会议提醒"]
    assert "双月沟通会" in tray.messages[0][1] and not notice.isVisible()
