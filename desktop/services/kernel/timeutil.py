"""Local (Asia/Shanghai) dates and times against stored UTC."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from desktop.config import LOCAL_TZ


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
