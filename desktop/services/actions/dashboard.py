"""The leadership view of the action items, in a few aggregate queries.

Open and overdue counts by body and by lead organisation, the ageing buckets, items opened and
closed per month over the last twelve months, and the ten oldest open items (longest open
first). Every figure carries the ``ActionFilter`` that lists the items behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.models import OPEN_STATUSES, ActionItem, ActionStatus, Body, Organisation
from desktop.services.actions.query import ActionFilter
from desktop.services.actions.timing import Ageing, ageing_due_range, calendar_days_late
from desktop.services.kernel.timeutil import to_local, today_local

T = ActionItem.__table__
MONTHS = 12
OLDEST = 10


@dataclass(frozen=True)
class GroupCount:
    """Open and overdue items of one body or one lead organisation."""

    id: int | None
    name: str
    open: int
    overdue: int
    open_filter: ActionFilter
    overdue_filter: ActionFilter


@dataclass(frozen=True)
class AgeingCount:
    bucket: Ageing
    count: int
    filter: ActionFilter


@dataclass(frozen=True)
class MonthCount:
    """Items opened (created) and closed as done in one local calendar month."""

    year: int
    month: int
    opened: int
    closed: int
    opened_filter: ActionFilter
    closed_filter: ActionFilter

    @property
    def label(self) -> str:
        return f"{self.year}-{self.month:02d}"


@dataclass(frozen=True)
class OldItem:
    id: int
    title: str
    body: str
    lead: str
    opened_on: date
    due: date | None
    status: str
    days_late: int


@dataclass(frozen=True)
class Dashboard:
    today: date
    open: int
    overdue: int
    awaiting_signoff: int
    by_body: tuple[GroupCount, ...]
    by_lead: tuple[GroupCount, ...]
    ageing: tuple[AgeingCount, ...]
    trend: tuple[MonthCount, ...]
    oldest: tuple[OldItem, ...]


def dashboard(session: Session, today: date | None = None) -> Dashboard:
    """Every figure of the dashboard as of ``today`` (Asia/Shanghai by default)."""
    today = today or today_local()
    by_body = _by_body(session, today)
    return Dashboard(
        today=today,
        open=sum(g.open for g in by_body),
        overdue=sum(g.overdue for g in by_body),
        awaiting_signoff=session.scalar(select(func.count()).select_from(T).where(
            T.c.status == ActionStatus.AWAITING_SIGNOFF.value)),
        by_body=by_body,
        by_lead=_by_lead(session, today),
        ageing=_ageing(session, today),
        trend=_trend(session, today),
        oldest=_oldest(session, today),
    )


def _open_counts(today: date):
    return (func.count().label("open"),
            func.coalesce(func.sum(case((T.c.due < today, 1), else_=0)), 0).label("overdue"))


def _by_body(session: Session, today: date) -> tuple[GroupCount, ...]:
    counts = (select(T.c.body_id, *_open_counts(today)).where(T.c.status.in_(OPEN_STATUSES))
              .group_by(T.c.body_id).subquery())
    query = (select(Body.id, Body.name, func.coalesce(counts.c.open, 0), func.coalesce(counts.c.overdue, 0))
             .outerjoin(counts, counts.c.body_id == Body.id).order_by(Body.sort_order, Body.id))
    return tuple(GroupCount(i, name, o, late, ActionFilter(body_id=i, status="open"),
                            ActionFilter(body_id=i, status="overdue"))
                 for i, name, o, late in session.execute(query))


def _by_lead(session: Session, today: date) -> tuple[GroupCount, ...]:
    query = (select(T.c.lead_org_id, Organisation.name, *_open_counts(today))
             .outerjoin(Organisation, Organisation.id == T.c.lead_org_id)
             .where(T.c.status.in_(OPEN_STATUSES))
             .group_by(T.c.lead_org_id, Organisation.name))
    rows = sorted(session.execute(query), key=lambda r: (-r.overdue, -r.open, r.name or ""))
    return tuple(GroupCount(i, name or "", o, late,
                            ActionFilter(organisation_id=i, lead_only=True, status="open"),
                            ActionFilter(organisation_id=i, lead_only=True, status="overdue"))
                 for i, name, o, late in rows if i is not None)


def _ageing(session: Session, today: date) -> tuple[AgeingCount, ...]:
    columns = []
    for bucket in Ageing:
        first, last = ageing_due_range(bucket, today)
        if bucket is Ageing.ON_TIME:
            test = (T.c.due.is_(None)) | (T.c.due >= today)
        elif first is None:
            test = T.c.due <= last
        else:
            test = T.c.due.between(first, last)
        columns.append(func.coalesce(func.sum(case((test, 1), else_=0)), 0))
    counts = session.execute(select(*columns).where(T.c.status.in_(OPEN_STATUSES))).one()
    return tuple(AgeingCount(b, n, ActionFilter(ageing=b, status="open")) for b, n in zip(Ageing, counts))


def _month_starts(today: date) -> list[date]:
    index = today.year * 12 + today.month - 1
    return [_month(i) for i in range(index - MONTHS + 1, index + 2)]


def _month(index: int) -> date:
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, 1)


def _utc(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ).astimezone(timezone.utc)


def _month_case(column, starts: list[date]):
    bounds = [_utc(d) for d in starts]
    return case(*((column < bounds[i + 1], i) for i in range(MONTHS)), else_=None)


def _trend(session: Session, today: date) -> tuple[MonthCount, ...]:
    starts = _month_starts(today)
    lo, hi = _utc(starts[0]), _utc(starts[-1])
    opened = dict(session.execute(
        select(_month_case(T.c.created_at, starts).label("m"), func.count())
        .where(T.c.created_at >= lo, T.c.created_at < hi).group_by("m")).all())
    closed = dict(session.execute(
        select(_month_case(T.c.closed_at, starts).label("m"), func.count())
        .where(T.c.status == ActionStatus.DONE.value, T.c.closed_at >= lo, T.c.closed_at < hi)
        .group_by("m")).all())
    out = []
    for i in range(MONTHS):
        first, last = starts[i], date.fromordinal(starts[i + 1].toordinal() - 1)
        out.append(MonthCount(first.year, first.month, opened.get(i, 0), closed.get(i, 0),
                              ActionFilter(created_from=first, created_to=last),
                              ActionFilter(status=ActionStatus.DONE.value, closed_from=first, closed_to=last)))
    return tuple(out)


def _oldest(session: Session, today: date) -> tuple[OldItem, ...]:
    query = (select(T.c.id, T.c.title, Body.name, Organisation.name, T.c.created_at, T.c.due, T.c.status)
             .join(Body, Body.id == T.c.body_id)
             .outerjoin(Organisation, Organisation.id == T.c.lead_org_id)
             .where(T.c.status.in_(OPEN_STATUSES))
             .order_by(T.c.created_at, T.c.id).limit(OLDEST))
    return tuple(OldItem(i, title, body, lead or "", to_local(created).date(), due, status,
                         calendar_days_late(due, today))
                 for i, title, body, lead, created, due, status in session.execute(query))
