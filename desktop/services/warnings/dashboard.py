"""Dashboard figures: warnings in force by level and by park, raised and lifted per month, and
those expiring soon. Drill (演练) warnings are kept out of every figure."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import LEVEL_ORDER, EarlyWarning, MessageKind, WarningMessage
from desktop.services.kernel.timeutil import local_day_bounds_utc, to_local, today_local
from desktop.services.warnings.labels import EXPIRED
from desktop.services.warnings.query import WarningRow, list_warnings

EXPIRING_DAYS = 14
MONTHS = 12


@dataclass(frozen=True)
class MonthFigures:
    month: str        # ``2026-03``
    raised: int
    lifted: int


@dataclass(frozen=True)
class ParkFigures:
    park: str
    by_level: tuple[int, ...]   # in LEVEL_ORDER

    @property
    def total(self) -> int:
        return sum(self.by_level)


@dataclass(frozen=True)
class WarningDashboard:
    today: date
    by_level: tuple[tuple[str, int], ...]   # (level, warnings in force), red first
    by_park: tuple[ParkFigures, ...]        # most warnings first
    months: tuple[MonthFigures, ...]        # the last 12 months, oldest first
    expiring: tuple[WarningRow, ...]        # in force, expiring within 14 days, soonest first
    expired: int                            # active but past their expiry
    suggested: int                          # waiting to be issued or dismissed

    @property
    def in_force(self) -> int:
        return sum(n for _, n in self.by_level)


def month_keys(today: date, count: int = MONTHS) -> list[str]:
    """``YYYY-MM`` of the ``count`` months ending with today's, oldest first."""
    year, month = today.year, today.month
    keys = []
    for _ in range(count):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


def _months(session: Session, today: date) -> tuple[MonthFigures, ...]:
    keys = month_keys(today)
    first = date.fromisoformat(keys[0] + "-01")
    lo, _ = local_day_bounds_utc(first, None)
    query = (select(WarningMessage.kind, WarningMessage.sent_at)
             .join(EarlyWarning, EarlyWarning.id == WarningMessage.warning_id)
             .where(EarlyWarning.drill.is_(False), WarningMessage.sent_at >= lo,
                    WarningMessage.kind.in_([MessageKind.ISSUE.value, MessageKind.LIFT.value])))
    counts: Counter = Counter()
    for kind, sent_at in session.execute(query):
        counts[(kind, to_local(sent_at).strftime("%Y-%m"))] += 1
    return tuple(MonthFigures(k, counts[(MessageKind.ISSUE.value, k)], counts[(MessageKind.LIFT.value, k)])
                 for k in keys)


def warning_dashboard(session: Session, today: date | None = None) -> WarningDashboard:
    """The figures as of ``today`` (Beijing)."""
    today = today or today_local()
    rows = [r for r in list_warnings(session, "open", today=today) if not r.drill]
    in_force = [r for r in rows if r.status == "active"]
    levels = [lv.value for lv in LEVEL_ORDER]
    by_level = Counter(r.level for r in in_force)
    parks: dict[str, Counter] = {}
    for r in in_force:
        parks.setdefault(r.park, Counter())[r.level] += 1
    by_park = sorted((ParkFigures(p, tuple(c[lv] for lv in levels)) for p, c in parks.items()),
                     key=lambda f: (-f.total, f.park))
    horizon = today + timedelta(days=EXPIRING_DAYS)
    expiring = sorted((r for r in in_force if r.expires is not None and r.expires <= horizon),
                      key=lambda r: (r.expires, r.id))
    return WarningDashboard(
        today=today, by_level=tuple((lv, by_level[lv]) for lv in levels), by_park=tuple(by_park),
        months=_months(session, today), expiring=tuple(expiring),
        expired=sum(1 for r in rows if r.status == EXPIRED),
        suggested=sum(1 for r in rows if r.status == "suggested"))
