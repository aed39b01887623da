"""会前提醒: a tray message (or, without a system tray, an in-app notice) before a meeting; and
once a day (Beijing) 案件期限提醒, the dispute-case clocks due within the case settings' window
(7 days) or already passed, in one message; and 突发事件提醒, the open incidents with a party past
its notification limit or with a 日报 due, once a day for each (and at once for a new one)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSystemTrayIcon, QToolButton, QWidget
from shiboken6 import isValid

from desktop.errors import UserError
from desktop.services.kernel.timeutil import to_local
from desktop.views.handoff import Task
from desktop.views.workspace import Workspace

if TYPE_CHECKING:  # the queries and settings are imported at the first check, after the first paint
    from sqlalchemy.orm import Session

    from desktop.services.disputes.query import DueClock
    from desktop.services.incidents.query import IncidentRow
    from desktop.services.meetings.reminders import UpcomingMeeting

T = TypeVar("T")
Check = tuple[Callable[["Session"], Any], Callable[[Any], Any]]   # (read, apply): see MeetingReminders
CHECK_INTERVAL_MS = 60_000
log = logging.getLogger(__name__)
TRAY_MESSAGE_MS = 15_000
CASE_CLOCKS_LISTED = 3   # the message names this many clocks, then says how many more
NOTICE_STYLE = "#reminderNotice { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 3px; }"


def _unreachable() -> tuple[type[BaseException], ...]:
    """What a read raises while the database is unreachable (the next tick tries again).
    (SQLAlchemy is imported here: this module is imported before the first paint.)"""
    from sqlalchemy.exc import SQLAlchemyError

    return (SQLAlchemyError,)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _reminder_minutes() -> int:
    from desktop.services.calendar.settings import load_calendar_settings

    return load_calendar_settings().reminder_minutes


class ReminderNotice(QFrame):
    """The in-app notice: one line in the status bar with a 知道了 button; hidden until needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="reminderNotice")
        self.label = QLabel()
        self.close_button = QToolButton(text=self.tr("知道了"), autoRaise=True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 2, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_text(self, text: str, details: str = "") -> None:
        """One short line; ``details`` (the full list) shows as its tooltip."""
        if not self.styleSheet():  # styled when first needed: a style sheet costs at start-up
            self.setStyleSheet(NOTICE_STYLE)
        self.label.setText(text)
        self.label.setToolTip(details)
        self.show()


class MeetingReminders(QObject):
    """Checks every minute; reminds of each meeting once per run, of the case clocks due soon
    once per day.

    ``clock`` (aware UTC now) and ``minutes`` (the reminder setting) are injectable for tests.
    """

    reminded = Signal(object)  # UpcomingMeeting
    case_clocks_reminded = Signal(object)  # list[DueClock], once a day when there are any
    incidents_reminded = Signal(object, object)  # (daily reports due, incidents with late parties)

    def __init__(self, workspace: Workspace, notice: ReminderNotice, parent: QObject | None = None, *,
                 clock: Callable[[], datetime] = _utc_now, minutes: Callable[[], int] = _reminder_minutes,
                 tray: QSystemTrayIcon | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._notice = notice
        self._clock = clock
        self._minutes = minutes
        self._done: set[int] = set()
        self._case_day: date | None = None   # the Beijing day the case clocks were last read
        self._incidents_done: set[tuple[date, str, int]] = set()   # (Beijing day, "daily"/"late", id)
        self.tray = tray
        self._pool = QThreadPool.globalInstance()
        self._reading = False   # a background check is reading
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_in_background)

    def start(self) -> None:
        self.timer.start()
        self.check_in_background()

    def stop(self) -> None:
        self.timer.stop()

    def _read(self, work: Callable[[Session], T]) -> T | None:
        """What ``work`` read; None while the database is unreachable (the next tick tries again)."""
        try:
            return self._ws.read(work)
        except (UserError, *_unreachable()):
            return None

    # Each check is a read (a function of a session) and what is done with the rows it read
    # (None: the database was unreachable). ``check`` and ``check_…`` run them here and return
    # what was reminded of; the timer runs them on a pool thread (``check_in_background``).
    def check(self) -> list[UpcomingMeeting]:
        """Remind of the meetings now within the window; returns those just reminded of."""
        now = self._clock()
        self.check_case_clocks(now)
        self.check_incidents(now)
        return self._now(self._meetings(now))

    def check_case_clocks(self, now: datetime | None = None) -> list[DueClock]:
        """The first check of each Beijing day: remind of the case clocks due soon or passed."""
        return self._now(self._case_clocks(now or self._clock()))

    def check_incidents(self, now: datetime | None = None) -> tuple[list, list[IncidentRow]]:
        """Remind of open incidents with a 日报 due or a party past its limit, each once a day."""
        return self._now(self._incidents(now or self._clock()))

    def check_in_background(self) -> None:
        """Every check, its reads on a pool thread (one read session), its reminders here when
        they come back; a tick while they are still reading is skipped."""
        if self._reading:
            return
        now = self._clock()
        checks = [self._case_clocks(now), self._incidents(now), self._meetings(now)]
        self._reading = True
        self._pool.start(Task(self._ws.read, partial(self._on_read, checks),
                              lambda s: [read(s) for read, _apply in checks]))

    def _on_read(self, checks: list[Check], rows: list | None, error: BaseException | None) -> None:
        if not isValid(self):
            return
        self._reading = False
        if error is not None:
            if not isinstance(error, (UserError, *_unreachable())):
                log.error("reading the reminders failed", exc_info=error)
            rows = None
        for (_read, apply), read in zip(checks, rows or [None] * len(checks)):
            apply(read)

    def _now(self, check: Check):
        read, apply = check
        return apply(self._read(read))

    def _meetings(self, now: datetime) -> Check:
        minutes, user = self._minutes(), self._ws.user

        def read(s: Session):
            from desktop.services.meetings.reminders import upcoming_for_person

            return upcoming_for_person(s, user, now, timedelta(minutes=minutes)) if minutes > 0 else []
        return read, partial(self._remind_meetings, now)

    def _remind_meetings(self, now: datetime, due: list[UpcomingMeeting] | None) -> list[UpcomingMeeting]:
        if due is None:
            return []
        fresh = [m for m in due if m.id not in self._done]
        for meeting in fresh:
            self._done.add(meeting.id)
            self._notify(meeting, now)
            self.reminded.emit(meeting)
        return fresh

    def _notify(self, meeting: UpcomingMeeting, now: datetime) -> None:
        left = max(0, round((meeting.start - now).total_seconds() / 60))
        when = to_local(meeting.start).strftime("%H:%M")
        place = self.tr("，地点：{place}").format(place=meeting.location) if meeting.location else ""
        text = self.tr("“{title}”将于 {when} 开始（{left} 分钟后）{place}").format(
            title=meeting.title, when=when, left=left, place=place)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(self.tr("会议提醒"), text, QSystemTrayIcon.MessageIcon.Information,
                                  TRAY_MESSAGE_MS)
        else:
            self._notice.show_text(self.tr("会议提醒：") + text)

    def _case_clocks(self, now: datetime) -> Check:
        day = to_local(now).date()
        asked = day != self._case_day

        def read(s: Session):
            from desktop.services.disputes.query import clocks_due_within

            return clocks_due_within(s, today=day) if asked else []
        return read, partial(self._remind_case_clocks, day if asked else None)

    def _remind_case_clocks(self, day: date | None, due: list[DueClock] | None) -> list[DueClock]:
        if day is None or due is None or day == self._case_day:
            return []
        self._case_day = day
        if due:
            self._notify_case_clocks(due)
            self.case_clocks_reminded.emit(due)
        return due

    def _notify_case_clocks(self, due: list[DueClock]) -> None:
        from desktop.views.disputes.model import days_text

        named = "；".join(self.tr("{number} {clock} {day}（{left}）").format(
            number=d.number, clock=d.clock.name, day=d.clock.due.isoformat(), left=days_text(d.clock))
            for d in due[:CASE_CLOCKS_LISTED])
        more = self.tr("等 {n} 项").format(n=len(due)) if len(due) > CASE_CLOCKS_LISTED else ""
        passed = sum(1 for d in due if d.clock.state == "red")
        text = self.tr("{n} 项案件期限临近（其中已超期 {passed} 项）：{named}{more}").format(
            n=len(due), passed=passed, named=named, more=more)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(self.tr("案件期限提醒"), text, QSystemTrayIcon.MessageIcon.Warning,
                                  TRAY_MESSAGE_MS)
        else:   # the status bar holds one short line; the list is its tooltip and on the dashboard
            self._notice.show_text(self.tr("案件期限提醒：{n} 项期限临近，其中已超期 {passed} 项（见督办看板）").format(
                n=len(due), passed=passed), text)

    def _incidents(self, now: datetime) -> Check:
        def read(s: Session):
            from desktop.services.incidents.query import daily_reports_due, open_with_late_parties

            return daily_reports_due(s, as_of=now), [r for r in open_with_late_parties(s, as_of=now) if r.late]
        return read, partial(self._remind_incidents, to_local(now).date())

    def _remind_incidents(self, day: date, read: tuple | None) -> tuple[list, list[IncidentRow]]:
        if read is None:
            return [], []
        due, late = read
        keys = {(day, "daily", i) for i, _n, _t in due} | {(day, "late", r.id) for r in late}
        if keys <= self._incidents_done:
            return [], []
        self._incidents_done |= keys
        self._notify_incidents(due, late)
        self.incidents_reminded.emit(due, late)
        return due, late

    def _notify_incidents(self, due: list[tuple[int, str, str]], late: list[IncidentRow]) -> None:
        lines = [self.tr("{number} 超过通报时限：{parties}").format(
            number=r.number, parties="、".join(p.short for p in r.late)) for r in late]
        lines += [self.tr("{number} 应报送日报").format(number=number) for _i, number, _t in due]
        text = self.tr("{late} 起突发事件有单位超过通报时限，{due} 起应报送日报：{named}").format(
            late=len(late), due=len(due), named="；".join(lines))
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(self.tr("突发事件提醒"), text, QSystemTrayIcon.MessageIcon.Warning,
                                  TRAY_MESSAGE_MS)
        else:
            self._notice.show_text(self.tr("突发事件提醒：{late} 起超过通报时限，{due} 起应报送日报（见督办看板）").format(
                late=len(late), due=len(due)), text)
