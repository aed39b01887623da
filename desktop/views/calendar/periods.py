"""Which days a calendar view shows around an anchor day (weeks start on Monday, as in China)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

MONTH_WEEKS = 6  # a fixed grid: the page does not jump in height from month to month


class ViewMode(str, Enum):
    MONTH = "month"
    WEEK = "week"
    LIST = "list"


@dataclass(frozen=True)
class Period:
    """The local days a view shows (``first``..``last``) for ``anchor``."""

    mode: str
    anchor: date
    first: date
    last: date

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_grid_start(year: int, month: int) -> date:
    return week_start(date(year, month, 1))


def month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def period_for(mode: str, anchor: date) -> Period:
    if mode == ViewMode.WEEK.value:
        first = week_start(anchor)
        return Period(mode, anchor, first, first + timedelta(days=6))
    if mode == ViewMode.LIST.value:
        return Period(mode, anchor, anchor.replace(day=1), month_end(anchor))
    first = month_grid_start(anchor.year, anchor.month)
    return Period(mode, anchor, first, first + timedelta(days=7 * MONTH_WEEKS - 1))


def shift(mode: str, anchor: date, steps: int) -> date:
    """The anchor ``steps`` weeks (week view) or months (month and list views) away."""
    if mode == ViewMode.WEEK.value:
        return anchor + timedelta(weeks=steps)
    months = anchor.year * 12 + anchor.month - 1 + steps
    year, month = divmod(months, 12)
    first = date(year, month + 1, 1)
    return first.replace(day=min(anchor.day, month_end(first).day))
