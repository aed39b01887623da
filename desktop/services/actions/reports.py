"""What the action reports say: the exported list, the 督办通报 and the yearly 台账 (ledger).

Plain data only; ``desktop.exports.action_reports`` lays it out as .xlsx, .csv or .docx.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    OPEN_STATUSES,
    ActionItem,
    ActionStatus,
    Body,
    Decision,
    Meeting,
    MeetingStatus,
    Organisation,
    action_co_organisations,
)
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.actions.query import (
    ActionFilter,
    ActionRow,
    Names,
    count_actions,
    filter_conditions,
    load_actions,
    load_names,
)
from desktop.services.actions.timing import (
    PRIORITY_LABELS,
    STATUS_LABELS,
    DayCounter,
    calendar_days_late,
)
from desktop.services.kernel.timeutil import to_local, today_local

T = ActionItem.__table__
CHUNK = 900
READING = QT_TRANSLATE_NOOP("Progress", "正在读取第 {done}/{total} 项")
COUNTING = QT_TRANSLATE_NOOP("Progress", "正在统计…")
DONE, WITHDRAWN = ActionStatus.DONE.value, ActionStatus.WITHDRAWN.value


@dataclass(frozen=True)
class ExportRow:
    """One item as a report row: display values, dates as dates."""

    id: int
    body: str
    title: str
    lead: str
    co_organisations: str
    owner: str
    priority: str
    status: str
    progress: int
    due: date | None
    days_late: int
    overdue: bool
    report_late: bool
    created_on: date
    closed_on: date | None
    close_note: str


def export_rows(session: Session, rows: Sequence[ActionRow], names: Names, counter: DayCounter,
                progress: Progress = NO_PROGRESS) -> list[ExportRow]:
    """Report rows for list rows, in their order; co-organisations and dates read in chunks."""
    ids = [r.id for r in rows]
    co: dict[int, list[str]] = defaultdict(list)
    extra: dict[int, tuple] = {}
    for start in range(0, len(ids), CHUNK):
        progress.step(start, len(ids), READING, dict(done=start, total=len(ids)))
        chunk = ids[start:start + CHUNK]
        for action_id, org in session.execute(
                select(action_co_organisations.c.action_id, Organisation.name)
                .join(Organisation, Organisation.id == action_co_organisations.c.organisation_id)
                .where(action_co_organisations.c.action_id.in_(chunk)).order_by(Organisation.name)):
            co[action_id].append(org)
        for action_id, created, closed, note in session.execute(
                select(T.c.id, T.c.created_at, T.c.closed_at, T.c.close_note).where(T.c.id.in_(chunk))):
            extra[action_id] = (created, closed, note)
    today = counter.today
    out = []
    for r in rows:
        created, closed, note = extra[r.id]
        is_open = r.status in OPEN_STATUSES
        out.append(ExportRow(
            r.id, names.body(r.body_id), r.title, names.organisation(r.lead_org_id), "、".join(co[r.id]),
            names.person(r.owner_id), PRIORITY_LABELS.get(r.priority, r.priority),
            STATUS_LABELS.get(r.status, r.status), r.progress, r.due,
            counter.days_late(r.due) if is_open else 0, is_open and r.due is not None and r.due < today,
            r.is_report_late(today), to_local(created).date(),
            to_local(closed).date() if closed else None, note or ""))
    return out


def report_list(session: Session, flt: ActionFilter, today: date | None = None,
                progress: Progress = NO_PROGRESS) -> list[ExportRow]:
    """The report rows of every item ``flt`` selects (by id), days late in calendar days."""
    today = today or today_local()
    rows = load_actions(session, flt, today)
    return export_rows(session, rows, load_names(session), DayCounter(today), progress)


# ---------------------------------------------------------------- 督办通报

@dataclass(frozen=True)
class BulletinItem:
    id: int
    title: str
    lead: str
    due: date | None
    days_late: int
    status: str


@dataclass(frozen=True)
class BodyBulletin:
    """One body's figures for the period, and the items the status filter lists (most late first)."""

    name: str
    opened: int
    done: int
    withdrawn: int
    open_now: int
    overdue_now: int
    awaiting_signoff: int
    items: tuple[BulletinItem, ...]
    items_total: int            # the listed items may stop at the limit


@dataclass(frozen=True)
class Bulletin:
    first: date
    last: date
    today: date
    status: str                 # the ActionFilter status of the listed items
    bodies: tuple[BodyBulletin, ...]

    def total(self, attribute: str) -> int:
        return sum(getattr(b, attribute) for b in self.bodies)


def _utc(day: date) -> datetime:
    return datetime.combine(day, time(0), LOCAL_TZ).astimezone(timezone.utc)


def _next_day_utc(day: date) -> datetime:
    return _utc(date.fromordinal(day.toordinal() + 1))


def bulletin(session: Session, first: date, last: date, body_id: int | None = None,
             status: str = "overdue", today: date | None = None, limit: int = 200,
             progress: Progress = NO_PROGRESS) -> Bulletin:
    """Opened / done / withdrawn in ``first``..``last``; open, overdue and 待确认 as of today;
    per body the items ``status`` selects (at most ``limit``)."""
    progress.step(text=COUNTING)
    today = today or today_local()
    lo, hi = _utc(first), _next_day_utc(last)
    in_period = (T.c.created_at >= lo) & (T.c.created_at < hi)
    closed_in = (T.c.closed_at >= lo) & (T.c.closed_at < hi)
    is_open = T.c.status.in_(OPEN_STATUSES)

    def counted(condition):
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = (select(Body.id, Body.name, counted(in_period), counted(closed_in & (T.c.status == DONE)),
                    counted(closed_in & (T.c.status == WITHDRAWN)), counted(is_open),
                    counted(is_open & (T.c.due < today)),
                    counted(T.c.status == ActionStatus.AWAITING_SIGNOFF.value))
             .outerjoin(T, T.c.body_id == Body.id).group_by(Body.id, Body.name, Body.sort_order)
             .order_by(Body.sort_order, Body.id))
    if body_id is not None:
        query = query.where(Body.id == body_id)
    bodies = []
    found = session.execute(query).all()
    for done, row in enumerate(found):
        progress.step(done, len(found), COUNTING)
        flt = ActionFilter(body_id=row[0], status=status)
        items = _listed(session, flt, today, limit)
        total = len(items) if len(items) < limit else count_actions(session, flt, today)
        bodies.append(BodyBulletin(row[1], *row[2:], items, total))
    return Bulletin(first, last, today, status, tuple(bodies))


def _listed(session: Session, flt: ActionFilter, today: date, limit: int) -> tuple[BulletinItem, ...]:
    query = (select(T.c.id, T.c.title, Organisation.name, T.c.due, T.c.status)
             .outerjoin(Organisation, Organisation.id == T.c.lead_org_id)
             .where(*filter_conditions(flt, today))
             .order_by(T.c.due.is_(None), T.c.due, T.c.id).limit(limit))
    return tuple(BulletinItem(i, t, lead or "", d,
                              calendar_days_late(d, today) if s in OPEN_STATUSES else 0,
                              STATUS_LABELS.get(s, s))
                 for i, t, lead, d, s in session.execute(query))


# ---------------------------------------------------------------- 台账 (ledger)

@dataclass(frozen=True)
class LedgerRow:
    """One body's year: meetings planned vs held, decisions, actions opened / closed / overdue."""

    body: str
    meetings_planned: int       # scheduled in the year, cancelled ones excluded
    meetings_held: int
    meetings_cancelled: int
    decisions: int
    opened: int
    done: int
    withdrawn: int
    overdue: int                # open and past due at ``Ledger.as_of`` (older items included)


@dataclass(frozen=True)
class Ledger:
    year: int
    as_of: date                 # the year's last day, or today for the current year
    rows: tuple[LedgerRow, ...]
    actions: tuple[ExportRow, ...]          # the items opened in the year
    meetings: tuple[tuple, ...]             # (date, body, title, status) of the year's meetings


def ledger(session: Session, year: int, today: date | None = None,
           progress: Progress = NO_PROGRESS) -> Ledger:
    """The year's figures per body, the items opened in it and its meetings."""
    progress.step(text=COUNTING)
    today = today or today_local()
    first, last = date(year, 1, 1), date(year, 12, 31)
    as_of = min(last, today)
    lo, hi, end = _utc(first), _next_day_utc(last), _next_day_utc(as_of)
    meetings = _meeting_counts(session, lo, hi)
    decisions = dict(session.execute(
        select(Meeting.body_id, func.count(Decision.id)).join(Meeting, Meeting.id == Decision.meeting_id)
        .where(Meeting.start >= lo, Meeting.start < hi).group_by(Meeting.body_id)).all())
    actions = _action_counts(session, lo, hi, as_of, end)
    rows = tuple(
        LedgerRow(name, *meetings.get(i, (0, 0, 0)), decisions.get(i, 0), *actions.get(i, (0, 0, 0, 0)))
        for i, name in session.execute(select(Body.id, Body.name).order_by(Body.sort_order, Body.id)))
    detail = report_list(session, ActionFilter(created_from=first, created_to=last), today, progress)
    listed = session.execute(
        select(Meeting.start, Body.name, Meeting.title, Meeting.status).join(Body, Body.id == Meeting.body_id)
        .where(Meeting.start >= lo, Meeting.start < hi).order_by(Meeting.start, Meeting.id)).all()
    return Ledger(year, as_of, rows, tuple(detail),
                  tuple((to_local(s).date(), b, t, st) for s, b, t, st in listed))


def _meeting_counts(session: Session, lo: datetime, hi: datetime) -> dict[int, tuple[int, int, int]]:
    cancelled = Meeting.status == MeetingStatus.CANCELLED.value
    query = (select(Meeting.body_id,
                    func.sum(case((cancelled, 0), else_=1)),
                    func.sum(case((Meeting.status == MeetingStatus.HELD.value, 1), else_=0)),
                    func.sum(case((cancelled, 1), else_=0)))
             .where(Meeting.start >= lo, Meeting.start < hi).group_by(Meeting.body_id))
    return {i: (p or 0, h or 0, c or 0) for i, p, h, c in session.execute(query)}


def _action_counts(session: Session, lo: datetime, hi: datetime, as_of: date, end: datetime,
                   ) -> dict[int, tuple[int, int, int, int]]:
    closed_in = (T.c.closed_at >= lo) & (T.c.closed_at < hi)
    # open at as_of: created by then and not closed by then (closed later, or still open)
    open_then = (T.c.created_at < end) & ((T.c.closed_at.is_(None) & T.c.status.in_(OPEN_STATUSES))
                                          | (T.c.closed_at >= end))
    query = select(
        T.c.body_id,
        func.sum(case(((T.c.created_at >= lo) & (T.c.created_at < hi), 1), else_=0)),
        func.sum(case((closed_in & (T.c.status == DONE), 1), else_=0)),
        func.sum(case((closed_in & (T.c.status == WITHDRAWN), 1), else_=0)),
        func.sum(case((open_then & (T.c.due < as_of), 1), else_=0)),
    ).group_by(T.c.body_id)
    return {i: tuple(v or 0 for v in values) for i, *values in session.execute(query)}
