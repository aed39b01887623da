"""Local (Asia/Shanghai) dates and times against stored UTC."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from desktop.config import LOCAL_TZ
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP

# Every stored date lies in this range (README: "Dates"): a year 9999 or 0001 from a file or a
# typo would overflow date arithmetic (a day after 9999-12-31) and break every calendar read.
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2100, 12, 31)
RANGE_TEXT = "1990-01-01 至 2100-12-31"


def in_supported_range(value: date | datetime) -> bool:
    """Whether ``value`` (its local date, for an aware datetime) lies in FIRST_DAY..LAST_DAY."""
    try:
        day = value.astimezone(LOCAL_TZ).date() if isinstance(value, datetime) and value.tzinfo else (
            value.date() if isinstance(value, datetime) else value)
    except OverflowError:  # 9999-12-31T23:30Z is in the year 10000 in Beijing
        return False
    return FIRST_DAY <= day <= LAST_DAY


def check_supported(value: date | datetime, field: str | None = None) -> None:
    """Refuse a date outside FIRST_DAY..LAST_DAY with the range in the message."""
    if not in_supported_range(value):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "日期超出支持的范围（{range}）：{value}"),
                              field=field, range=RANGE_TEXT, value=value.isoformat()[:10])


def today_local() -> date:
    """Today in Asia/Shanghai, never UTC's date."""
    return datetime.now(LOCAL_TZ).date()


def local_day_bounds_utc(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC [start, end) covering whole local days ``first``..``last`` (both included)."""
    lo = datetime.combine(first, time(0), LOCAL_TZ).astimezone(timezone.utc) if first else None
    hi = (
        datetime.combine(last + timedelta(days=1), time(0), LOCAL_TZ).astimezone(timezone.utc)
        if last else None
    )
    return lo, hi


def to_local(value: datetime) -> datetime:
    return value.astimezone(LOCAL_TZ)


def local_iso(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM:SS+08:00``."""
    return to_local(value).isoformat(timespec="seconds")


def parse_local(text: str) -> datetime:
    """``YYYY-MM-DD HH:MM`` in Asia/Shanghai to an aware datetime."""
    return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)
