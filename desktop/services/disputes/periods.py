"""Counting a period the way 民法典 Arts. 200–203 do, on a calendar of working and rest days.

- The starting day is not counted: a period of N days from day D ends on D + N (Art. 201).
- A period in months or years ends on the corresponding day of the last month, or on that
  month's last day where it has none (Art. 202): one year from 2024-02-29 ends on 2025-02-28.
- ``shift``: a last day that is a rest day (a weekend that is not a 调休 working day, or a
  statutory holiday) moves to the next working day (Art. 203); ``exact`` keeps it.

Extensions add days to the period before the shift; pauses (中止) stop it: each paused day that
starts on or before the running last day pushes the last day on by one. An open pause leaves no
last day. ``provisional`` is True when a day the answer depends on is in a year whose holiday
schedule is not loaded.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta


class Unit(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Mode(str, Enum):
    SHIFT = "shift"   # a last day on a rest day moves to the next working day
    EXACT = "exact"


@dataclass(frozen=True)
class Day:
    """What the calendar says of one day: is it worked, and is its year's schedule known."""

    working: bool
    known: bool


#: The calendar the engine counts on; ``services.dates.holidays.day_info`` adapted.
Calendar = Callable[[date], Day]


@dataclass(frozen=True)
class Pause:
    """Paused from ``first`` to ``last`` inclusive; ``last`` None: still paused."""

    first: date
    last: date | None


@dataclass(frozen=True)
class Due:
    """A computed last day; ``day`` None while a pause is open."""

    day: date | None
    provisional: bool
    unshifted: date | None      # the last day before a rest-day shift (same as ``day`` if none)
    paused: bool = False


def end_of_period(start: date, amount: int, unit: Unit | str) -> date:
    """The last day of a period of ``amount`` units from ``start`` (start not counted)."""
    unit = Unit(unit)
    if unit is Unit.DAY:
        return start + timedelta(days=amount)
    months = amount if unit is Unit.MONTH else 12 * amount
    # relativedelta clamps to the month's last day: Art. 202's "no corresponding day".
    end = start + relativedelta(months=months)
    assert end.day <= calendar.monthrange(end.year, end.month)[1]
    return end


def _apply_pauses(end: date, pauses: Iterable[Pause]) -> tuple[date | None, bool]:
    for pause in sorted(pauses, key=lambda p: p.first):
        if pause.first > end:
            continue   # paused after the period had already run out: no effect
        if pause.last is None:
            return None, True
        if pause.last < pause.first:
            continue
        end += timedelta(days=(pause.last - pause.first).days + 1)
    return end, False


def shift_to_working_day(end: date, days: Calendar) -> tuple[date, bool]:
    """The first working day on or after ``end``; True when any day looked at is provisional."""
    provisional = False
    day = end
    for _ in range(60):
        info = days(day)
        provisional = provisional or not info.known
        if info.working:
            return day, provisional
        day += timedelta(days=1)
    raise ValueError(f"no working day within 60 days after {end.isoformat()}")


def last_day(start: date, amount: int, unit: Unit | str, mode: Mode | str, days: Calendar, *,
             extension_days: int = 0, pauses: Iterable[Pause] = ()) -> Due:
    """The last day of a period, with its extensions and pauses, in ``mode``."""
    end = end_of_period(start, amount, unit) + timedelta(days=extension_days)
    end, paused = _apply_pauses(end, pauses)
    if end is None:
        return Due(None, False, None, paused=True)
    if Mode(mode) is Mode.EXACT:
        return Due(end, False, end)
    shifted, provisional = shift_to_working_day(end, days)
    return Due(shifted, provisional, end)
