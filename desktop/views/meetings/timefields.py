"""Date-time fields that always show Asia/Shanghai time, whatever the computer's own zone."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from desktop.config import LOCAL_TZ

SHANGHAI = QTimeZone(b"Asia/Shanghai")
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
DATE_FORMAT = "yyyy-MM-dd"


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in Asia/Shanghai."""
    local = value.astimezone(LOCAL_TZ)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute),
                     SHANGHAI)


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (any zone) as an aware Asia/Shanghai datetime, to the minute."""
    local = value.toTimeZone(SHANGHAI)
    d, t = local.date(), local.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class LocalDateTimeEdit(QDateTimeEdit):
    """Edits an aware datetime in Asia/Shanghai; ``value()`` gives it back aware."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Without a zone the edit would show the computer's local time: wrong on a laptop set to
        # another zone, and the services store whatever zone the datetime carries.
        self.setTimeZone(SHANGHAI)
        self.setDisplayFormat(DATE_TIME_FORMAT)
        self.setCalendarPopup(True)

    def value(self) -> datetime:
        return from_qdatetime(self.dateTime())

    def set_value(self, value: datetime) -> None:
        self.setDateTime(to_qdatetime(value))

    def set_date_only(self, date_only: bool) -> None:
        self.setDisplayFormat(DATE_FORMAT if date_only else DATE_TIME_FORMAT)


class LocalDateEdit(QDateEdit):
    """A date with a calendar pop-up; ``value()`` gives a ``datetime.date``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))
