"""Shared pieces of the calendar and meeting-dialog tests: a calendar page, stored meetings."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from desktop.models import Meeting
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings import core as m
from desktop.views.calendar.calendar_page import CalendarPage
from desktop.views.meetings.meeting_dialog import MeetingDialog
from tests.services.meeting_support import invite, local, meeting_data
from tests.views.conftest import wait_loaded, write

__all__ = ["invite", "local", "meeting_data", "page_fixture"]


@pytest.fixture(name="page")
def page_fixture(qtbot, workspace):
    """A shown calendar page on the seeded database."""
    calendar = CalendarPage(workspace)
    qtbot.addWidget(calendar)
    calendar.resize(1100, 760)
    calendar.refresh()
    calendar.show()
    qtbot.waitExposed(calendar)
    wait_loaded(qtbot, calendar)
    return calendar


def add_meeting(workspace, start: datetime, hours: float = 2, **extra) -> int:
    return write(workspace, lambda s: m.create_meeting(s, meeting_data(start, hours, **extra)))


def stored(workspace, **where) -> list[Meeting]:
    """Meetings matching the column values (detached from the session)."""
    def read(s):
        rows = list(s.scalars(select(Meeting).filter_by(**where).order_by(Meeting.start)))
        for row in rows:
            s.expunge(row)
        return rows
    return workspace.read(read)


def local_days(rows) -> list[date]:
    return [to_local(r.start).date() for r in rows]


def open_dialog(qtbot, page: CalendarPage, meeting_id: int | None = None, **new) -> MeetingDialog:
    dialog = page.open_meeting(meeting_id) if meeting_id else page.new_meeting(**new)
    qtbot.waitExposed(dialog)
    return dialog


def warnings_text(dialog: MeetingDialog) -> str:
    dialog.run_check()
    return "\n".join(dialog.warnings.lines())


def click_at(qtbot, widget, point: QPoint, double: bool = False,
             button=Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(widget, button, pos=point)
    if double:
        qtbot.mouseDClick(widget, button, pos=point)
