"""What a body's page shows a secretary starting the day: its next meetings, its last issued
minutes, its open 督办 items, the decisions not yet made action items, and this year's figures.

``body_overview(session, key)`` reads it all in one session with a handful of narrow queries
(plain columns, counts by aggregate, lists bounded by ``LIST_LIMIT``), so the page stays quick
on ten years of data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    OPEN_STATUSES,
    ActionItem,
    ActionStatus,
    Decision,
    DocumentNumber,
    Meeting,
    MeetingStatus,
    Minutes,
    MinutesState,
    Organisation,
    Room,
)
from desktop.services.bodies.core import BodyRow, get_body
from desktop.services.kernel.timeutil import local_day_bounds_utc, today_local

NEXT_MEETINGS = 5
LAST_MINUTES = 5
LIST_LIMIT = 50          # open items and pending decisions shown on the page (the totals are counted)
ISSUED_STATES = (MinutesState.ISSUED.value, MinutesState.DISTRIBUTED.value)
UPCOMING_STATUSES = (MeetingStatus.PLANNED.value, MeetingStatus.POSTPONED.value)
A = ActionItem.__table__


@dataclass(frozen=True)
class UpcomingMeeting:
    id: int
    title: str
    start: datetime     # aware UTC
    end: datetime
    all_day: bool
    place: str          # the room, else the location
    status: str


@dataclass(frozen=True)
class IssuedMinutes:
    id: int             # the meeting's id (the minutes window opens by meeting)
    title: str
    document_number: str
    issued_at: datetime
    state: str
    meeting_start: datetime


@dataclass(frozen=True)
class OpenItem:
    id: int
    title: str
    lead: str
    due: date | None
    status: str
    progress: int
    days_late: int

    @property
    def overdue(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class PendingDecision:
    id: int
    text: str
    meeting_id: int
    meeting_title: str
    meeting_start: datetime


@dataclass(frozen=True)
class YearFigures:
    year: int
    meetings_planned: int    # this year's meetings, cancelled ones left out
    meetings_held: int
    decisions: int           # of this year's meetings
    items_closed: int        # 已办结 this year
    open_items: int          # now
    overdue_items: int       # now
    pending_decisions: int   # now, of every year


@dataclass(frozen=True)
class BodyOverview:
    body: BodyRow
    today: date
    figures: YearFigures
    next_meetings: tuple[UpcomingMeeting, ...]
    last_minutes: tuple[IssuedMinutes, ...]
    open_items: tuple[OpenItem, ...]
    pending_decisions: tuple[PendingDecision, ...]


def body_overview(session: Session, key: str, today: date | None = None,
                  now: datetime | None = None) -> BodyOverview:
    """Everything the body page shows of ``key`` as of ``today`` (Asia/Shanghai by default)."""
    today = today or today_local()
    now = now or datetime.now(timezone.utc)
    body = get_body(session, key)
    body_id = body.id
    open_items, open_total, overdue_total = _open_items(session, body_id, today)
    pending_total = session.scalar(select(func.count()).select_from(Decision).join(
        Meeting, Meeting.id == Decision.meeting_id).where(Meeting.body_id == body_id, _not_an_action()))
    pending = _pending_decisions(session, body_id) if pending_total else ()
    return BodyOverview(
        body=body, today=today,
        figures=_year_figures(session, body_id, today, open_total, overdue_total, pending_total),
        next_meetings=_next_meetings(session, body_id, now),
        last_minutes=_last_minutes(session, body_id),
        open_items=open_items,
        pending_decisions=pending,
    )


def _not_an_action():
    return ~exists().where(A.c.decision_id == Decision.id)


def _open_of(body_id: int):
    # "body_id + 0" keeps SQLite off the body_id index (a body's every item, ten years of them)
    # and on the status one (only the open items of all bodies): twice as quick on the large demo.
    return and_((A.c.body_id + 0) == body_id, A.c.status.in_(OPEN_STATUSES))


def _year_figures(session: Session, body_id: int, today: date, open_total: int, overdue_total: int,
                  pending_total: int) -> YearFigures:
    lo, hi = local_day_bounds_utc(date(today.year, 1, 1), date(today.year, 12, 31))
    in_year = and_(Meeting.body_id == body_id, Meeting.start >= lo, Meeting.start < hi)
    planned, held = session.execute(
        select(func.coalesce(func.sum(case((Meeting.status != MeetingStatus.CANCELLED.value, 1), else_=0)), 0),
               func.coalesce(func.sum(case((Meeting.status == MeetingStatus.HELD.value, 1), else_=0)), 0))
        .where(in_year)).one()
    decisions = session.scalar(select(func.count()).select_from(Decision)
                               .join(Meeting, Meeting.id == Decision.meeting_id).where(in_year))
    closed = session.scalar(select(func.count()).select_from(A).where(
        A.c.body_id == body_id, A.c.status == ActionStatus.DONE.value,
        A.c.closed_at >= lo, A.c.closed_at < hi))
    return YearFigures(today.year, int(planned), int(held), int(decisions), int(closed),
                       open_total, overdue_total, int(pending_total))


def _next_meetings(session: Session, body_id: int, now: datetime) -> tuple[UpcomingMeeting, ...]:
    query = (select(Meeting.id, Meeting.title, Meeting.start, Meeting.end, Meeting.all_day,
                    Room.name, Meeting.location, Meeting.status)
             .outerjoin(Room, Room.id == Meeting.room_id)
             .where(Meeting.body_id == body_id, Meeting.end > now,
                    Meeting.status.in_(UPCOMING_STATUSES))
             .order_by(Meeting.start, Meeting.id).limit(NEXT_MEETINGS))
    return tuple(UpcomingMeeting(i, title, start, end, all_day, room or location or "", status)
                 for i, title, start, end, all_day, room, location, status in session.execute(query))


def _last_minutes(session: Session, body_id: int) -> tuple[IssuedMinutes, ...]:
    """Newest number first: the body's (body, year, serial) key reads them in order."""
    N = DocumentNumber
    query = (select(N.meeting_id, Minutes.title, N.text, N.issued_at, Minutes.state, Meeting.start)
             .join(Minutes, and_(Minutes.meeting_id == N.meeting_id, Minutes.document_number_id == N.id))
             .join(Meeting, Meeting.id == N.meeting_id)
             .where(N.body_id == body_id, Minutes.state.in_(ISSUED_STATES))
             .order_by(N.year.desc(), N.serial.desc(), Minutes.version_no.desc())
             .limit(LAST_MINUTES * 3))  # a corrected meeting has several issued versions
    out: dict[int, IssuedMinutes] = {}
    for meeting_id, title, number, issued_at, state, start in session.execute(query):
        if meeting_id not in out and len(out) < LAST_MINUTES:
            out[meeting_id] = IssuedMinutes(meeting_id, title, number, issued_at, state, start)
    return tuple(out.values())


def _open_items(session: Session, body_id: int, today: date) -> tuple[tuple[OpenItem, ...], int, int]:
    """The first ``LIST_LIMIT`` open items (the most overdue first, then the nearest due, no due
    date last), and the counts of all open and overdue ones, in one pass over the open items."""
    overdue = func.sum(case((A.c.due < today, 1), else_=0)).over()
    query = (select(A.c.id, A.c.title, Organisation.name, A.c.due, A.c.status, A.c.progress,
                    func.count().over(), overdue)
             .outerjoin(Organisation, Organisation.id == A.c.lead_org_id)
             .where(_open_of(body_id))
             .order_by(case((A.c.due.is_(None), 1), else_=0), A.c.due, A.c.id)
             .limit(LIST_LIMIT))
    rows = session.execute(query).all()
    items = tuple(OpenItem(i, title, lead or "", due, status, progress or 0, _days_late(due, today))
                  for i, title, lead, due, status, progress, _total, _late in rows)
    total, late = (int(rows[0][6]), int(rows[0][7] or 0)) if rows else (0, 0)
    return items, total, late


def _days_late(due: date | None, today: date) -> int:
    """Calendar days late, as ``actions.timing.calendar_days_late`` counts them (not imported:
    its holiday machinery is not needed before the first page is painted)."""
    return max(0, (today - due).days) if due is not None else 0


def _pending_decisions(session: Session, body_id: int) -> tuple[PendingDecision, ...]:
    query = (select(Decision.id, Decision.text, Meeting.id, Meeting.title, Meeting.start)
             .join(Meeting, Meeting.id == Decision.meeting_id)
             .where(Meeting.body_id == body_id, _not_an_action())
             .order_by(Meeting.start.desc(), Decision.position, Decision.id)
             .limit(LIST_LIMIT))
    return tuple(PendingDecision(*row) for row in session.execute(query))
