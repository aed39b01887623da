"""Local office hours, working days and the Spring Festival for the demo calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from desktop.config import LOCAL_TZ
from desktop.services.kernel.cn_format import cn_date

# 春节 (Lunar New Year's Day); the screening campaigns are placed against it.
SPRING_FESTIVAL = {
    2012: date(2012, 1, 23), 2013: date(2013, 2, 10), 2014: date(2014, 1, 31),
    2015: date(2015, 2, 19), 2016: date(2016, 2, 8), 2017: date(2017, 1, 28),
    2018: date(2018, 2, 16), 2019: date(2019, 2, 5), 2020: date(2020, 1, 25),
    2021: date(2021, 2, 12), 2022: date(2022, 2, 1), 2023: date(2023, 1, 22),
    2024: date(2024, 2, 10), 2025: date(2025, 1, 29), 2026: date(2026, 2, 17),
    2027: date(2027, 2, 6), 2028: date(2028, 1, 26), 2029: date(2029, 2, 13),
    2030: date(2030, 2, 3), 2031: date(2031, 1, 23), 2032: date(2032, 2, 11),
    2033: date(2033, 1, 31), 2034: date(2034, 2, 19), 2035: date(2035, 2, 8),
    2036: date(2036, 1, 28), 2037: date(2037, 2, 15),
}

MORNING = (time(9, 0), time(9, 30), time(10, 0))
AFTERNOON = (time(14, 0), time(14, 30), time(15, 0))


def spring_festival(year: int) -> date:
    """Lunar New Year's Day; early February for a year outside the table."""
    return SPRING_FESTIVAL.get(year, date(year, 2, 1))


def is_day_off(day: date) -> bool:
    """Weekends and the main public holidays (New Year, Qingming, May Day, National Day, Spring
    Festival week). Approximate: the real 调休 schedule changes every year."""
    if day.weekday() >= 5:
        return True
    if (day.month, day.day) in ((1, 1), (4, 4), (4, 5)):
        return True
    if (day.month == 5 and day.day <= 5) or (day.month == 10 and day.day <= 7):
        return True
    return -1 <= (day - spring_festival(day.year)).days <= 6


def working_day(day: date, forward: bool = True) -> date:
    """``day`` or the nearest working day in the given direction."""
    step = timedelta(days=1 if forward else -1)
    while is_day_off(day):
        day += step
    return day


def local(day: date, at: time) -> datetime:
    """An aware Asia/Shanghai datetime."""
    return datetime.combine(day, at, LOCAL_TZ)


def utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def at_office_hour(day: date, rng, afternoon: bool | None = None) -> datetime:
    """A local start time in office hours on ``day``."""
    if afternoon is None:
        afternoon = rng.random() < 0.45
    return local(day, rng.choice(AFTERNOON if afternoon else MORNING))


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clipped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for dom in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, dom)
        except ValueError:
            continue
    raise ValueError(day)


def cn_time(value: datetime) -> str:
    """``2026年3月5日上午9:30`` in local time."""
    value = value.astimezone(LOCAL_TZ)
    half = "上午" if value.hour < 12 else "下午"
    hour = value.hour if value.hour <= 12 else value.hour - 12
    return f"{cn_date(value.date())}{half}{hour}:{value.minute:02d}"
