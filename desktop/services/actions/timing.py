"""When an action item is late: overdue, ageing buckets, reporting cadence, red/amber/green.

The rules, in one place (the list, the dashboard, the reports and the CLI all use them):

* **Overdue**: the due date is before today (Asia/Shanghai) and the status is neither 已办结 nor
  已撤销 (待确认 still counts as open). No due date: never overdue.
* **Ageing buckets** count *calendar* days late among open items: on time (not overdue, which
  includes items without a due date), 1-7, 8-30 and over 30 days late.
* **Report late** (汇报逾期) is flagged separately and never makes an item overdue: an open item
  with a cadence (``report_every_days``) whose last progress report (or, before the first
  report, its creation) is more than that many days before today.
* **Days late / days left** are counted in calendar days or, when the user chooses, in working
  days (holidays and 调休 from the holidays service). Days late = the days after the due date up
  to and including today; days left = the days after today up to and including the due date.
* **Red / amber / green**: red = overdue; amber = due within ``DUE_SOON_DAYS`` (counted the same
  way, today included); green = the other open items; closed items have no colour.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import OPEN_STATUSES, ActionStatus
from desktop.services.dates import holidays

DUE_SOON_DAYS = 5
CLOSED_STATUSES = (ActionStatus.DONE.value, ActionStatus.WITHDRAWN.value)
STATUS_ORDER = (*OPEN_STATUSES, *CLOSED_STATUSES)
STATUS_LABELS = {
    ActionStatus.NOT_STARTED.value: QT_TRANSLATE_NOOP("Labels", "未启动"),
    ActionStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("Labels", "办理中"),
    ActionStatus.AWAITING_SIGNOFF.value: QT_TRANSLATE_NOOP("Labels", "待确认"),
    ActionStatus.DONE.value: QT_TRANSLATE_NOOP("Labels", "已办结"),
    ActionStatus.WITHDRAWN.value: QT_TRANSLATE_NOOP("Labels", "已撤销"),
}
PRIORITIES = ("high", "normal", "low")
PRIORITY_LABELS = {
    "high": QT_TRANSLATE_NOOP("Labels", "高"),
    "normal": QT_TRANSLATE_NOOP("Labels", "中"),
    "low": QT_TRANSLATE_NOOP("Labels", "低"),
}
UPDATE_KIND_LABELS = {
    "progress": QT_TRANSLATE_NOOP("Labels", "进展汇报"),
    "submit": QT_TRANSLATE_NOOP("Labels", "提请办结"),
    "signoff": QT_TRANSLATE_NOOP("Labels", "办结确认"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "重新打开"),
    "withdraw": QT_TRANSLATE_NOOP("Labels", "撤销"),
    "chase": QT_TRANSLATE_NOOP("Labels", "催办"),
    "start": QT_TRANSLATE_NOOP("Labels", "启动办理"),
}


class Ageing(str, Enum):
    """How late an open item is, in calendar days."""

    ON_TIME = "on_time"
    LATE_1_7 = "late_1_7"
    LATE_8_30 = "late_8_30"
    LATE_OVER_30 = "late_over_30"


AGEING_LABELS = {
    Ageing.ON_TIME.value: QT_TRANSLATE_NOOP("Labels", "未逾期"),
    Ageing.LATE_1_7.value: QT_TRANSLATE_NOOP("Labels", "逾期1-7天"),
    Ageing.LATE_8_30.value: QT_TRANSLATE_NOOP("Labels", "逾期8-30天"),
    Ageing.LATE_OVER_30.value: QT_TRANSLATE_NOOP("Labels", "逾期30天以上"),
}


class Rag(str, Enum):
    """The traffic light of an item."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    NONE = "none"


def is_open(status: str) -> bool:
    return status in OPEN_STATUSES


def is_overdue(status: str, due: date | None, today: date) -> bool:
    """Open, with a due date before today."""
    return due is not None and due < today and status in OPEN_STATUSES


def calendar_days_late(due: date | None, today: date) -> int:
    """Calendar days after ``due`` up to today; 0 when not late or no due date."""
    return max(0, (today - due).days) if due is not None else 0


def ageing_of(status: str, due: date | None, today: date) -> Ageing | None:
    """The bucket of an open item (None for a closed one)."""
    if status not in OPEN_STATUSES:
        return None
    late = calendar_days_late(due, today)
    if late == 0:
        return Ageing.ON_TIME
    if late <= 7:
        return Ageing.LATE_1_7
    if late <= 30:
        return Ageing.LATE_8_30
    return Ageing.LATE_OVER_30


def ageing_due_range(bucket: Ageing, today: date) -> tuple[date | None, date | None]:
    """The due dates (first, last; both included) of the open items in a late bucket.

    ON_TIME is not a range (it also holds items without a due date): it returns (today, None).
    """
    if bucket is Ageing.ON_TIME:
        return today, None
    if bucket is Ageing.LATE_1_7:
        return today - timedelta(days=7), today - timedelta(days=1)
    if bucket is Ageing.LATE_8_30:
        return today - timedelta(days=30), today - timedelta(days=8)
    return None, today - timedelta(days=31)


def report_late(status: str, every: int | None, last_report: date | None,
                created_on: date | None, today: date) -> bool:
    """An open item with a cadence whose last report (else its creation) is too old."""
    if not every or status not in OPEN_STATUSES:
        return False
    since = last_report or created_on
    return since is not None and (today - since).days > every


def next_report_due(every: int | None, last_report: date | None, created_on: date | None) -> date | None:
    """The day by which the next report is due, or None without a cadence."""
    since = last_report or created_on
    if not every or since is None:
        return None
    return since + timedelta(days=every)


@dataclass(frozen=True)
class WorkingDays:
    """Which days in ``first``..``last`` are working days; read once, then used without a session."""

    first: date
    last: date
    _working_ordinals: tuple[int, ...]   # sorted ordinals of the working days

    @classmethod
    def load(cls, session: Session, first: date, last: date) -> WorkingDays:
        """Working days from the user's holiday table, chinesecalendar, else weekends."""
        return cls.from_predicate(lambda d: holidays.is_working_day(session, d), first, last)

    @classmethod
    def from_predicate(cls, working: Callable[[date], bool], first: date, last: date) -> WorkingDays:
        days = (first + timedelta(days=i) for i in range((last - first).days + 1))
        return cls(first, last, tuple(d.toordinal() for d in days if working(d)))

    def covers(self, a: date, b: date) -> bool:
        return self.first <= a and b <= self.last

    def count_after_until(self, a: date, b: date) -> int:
        """Working days in (a, b]; 0 when b <= a. Days outside the loaded range count Monday to
        Friday (callers load the range they need; this only keeps a stray date from miscounting)."""
        if b <= a:
            return 0
        lo, hi = max(a, self.first - timedelta(days=1)), min(b, self.last)
        inside = 0
        if hi > lo:
            ords = self._working_ordinals
            inside = bisect_right(ords, hi.toordinal()) - bisect_right(ords, lo.toordinal())
        outside = 0
        if a < self.first - timedelta(days=1):
            outside += _weekdays_after_until(a, min(b, self.first - timedelta(days=1)))
        if b > self.last:
            outside += _weekdays_after_until(max(a, self.last), b)
        return inside + outside


def _weekdays_after_until(a: date, b: date) -> int:
    """Mondays to Fridays in (a, b]."""
    if b <= a:
        return 0
    full, rest = divmod((b - a).days, 7)
    extra = sum(1 for i in range(1, rest + 1) if (a + timedelta(days=i)).weekday() < 5)
    return full * 5 + extra


class DayCounter:
    """Days late and days left for one ``today``, in calendar or in working days."""

    def __init__(self, today: date, working: WorkingDays | None = None,
                 soon_days: int = DUE_SOON_DAYS) -> None:
        self.today = today
        self.working = working
        self.soon_days = soon_days
        self._late: dict[date, int] = {}   # working days late by due date: a sort asks 100,000 times

    @property
    def in_working_days(self) -> bool:
        return self.working is not None

    def days_late(self, due: date | None) -> int:
        if due is None or due >= self.today:
            return 0
        if self.working is None:
            return (self.today - due).days
        late = self._late.get(due)
        if late is None:
            late = self._late[due] = self.working.count_after_until(due, self.today)
        return late

    def days_left(self, due: date | None) -> int | None:
        """Days from today to the due date (negative when late, in the chosen unit)."""
        if due is None:
            return None
        if due < self.today:
            return -self.days_late(due)
        if self.working is None:
            return (due - self.today).days
        return self.working.count_after_until(self.today, due)

    def rag(self, status: str, due: date | None) -> Rag:
        if status not in OPEN_STATUSES:
            return Rag.NONE
        if due is None:
            return Rag.GREEN
        if due < self.today:
            return Rag.RED
        return Rag.AMBER if self.days_left(due) <= self.soon_days else Rag.GREEN


def day_counter(session: Session, today: date, *, working_days: bool,
                first_due: date | None = None, last_due: date | None = None,
                soon_days: int = DUE_SOON_DAYS) -> DayCounter:
    """A counter for ``today``; in working-day mode the holiday look-ups are made here, once."""
    if not working_days:
        return DayCounter(today, None, soon_days)
    first = min(d for d in (first_due, today) if d is not None)
    last = max(d for d in (last_due, today + timedelta(days=max(soon_days * 3, 31))) if d is not None)
    return DayCounter(today, WorkingDays.load(session, first, last), soon_days)
