"""Reading meetings for the calendar and the meeting dialog: plain frozen rows, few queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    Attendance,
    Body,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    Organisation,
    Person,
    Room,
)
from desktop.services.dates import recurrence as rr
from desktop.services.kernel.timeutil import local_day_bounds_utc
from desktop.services.meetings.core import MAX_LENGTH, ROLE_LABELS


@dataclass(frozen=True)
class MeetingRow:
    """A calendar cell's worth of a meeting (times aware UTC; convert with timeutil.to_local)."""

    id: int
    body_key: str
    body_name: str
    color: str
    title: str
    start: datetime
    end: datetime
    all_day: bool
    status: str
    series_id: int | None
    recurrence_id: datetime | None
    detached: bool
    room_id: int | None
    room: str
    location: str
    sequence: int
    version: int


@dataclass(frozen=True)
class AttendeeRow:
    """One invitee with organisation, role and attendance."""

    attendance_id: int
    person_id: int
    name: str
    organisation_id: int | None
    organisation: str
    role: str
    status: str
    delegate_id: int | None
    delegate_name: str
    version: int
    reply: str = "none"        # 回执: none | accepted | declined | tentative | delegated


@dataclass(frozen=True)
class MeetingDetail:
    """Everything the meeting dialog shows."""

    meeting: MeetingRow
    uid: str
    online_url: str
    notes: str
    attendees: tuple[AttendeeRow, ...]


def _row_query():
    return (select(Meeting.id, Body.key, Body.name, Body.color, Meeting.title, Meeting.start,
                   Meeting.end, Meeting.all_day, Meeting.status, Meeting.series_id,
                   Meeting.recurrence_id, Meeting.detached, Meeting.room_id, Room.name,
                   Meeting.location, Meeting.sequence, Meeting.version)
            .join(Body, Body.id == Meeting.body_id)
            .outerjoin(Room, Room.id == Meeting.room_id))


def _row(values) -> MeetingRow:
    values = list(values)
    values[13] = values[13] or ""
    return MeetingRow(*values)


def list_meetings(session: Session, first: date | None = None, last: date | None = None,
                  bodies: Sequence[str] | None = None, *,
                  include_cancelled: bool = True) -> list[MeetingRow]:
    """Meetings overlapping the local days ``first``..``last`` (both included), in start order.

    One query of plain columns: fit for a month view over thousands of meetings.
    """
    lo, hi = local_day_bounds_utc(first, last)
    query = _row_query().order_by(Meeting.start, Meeting.id)
    if lo is not None:
        # "start > lo - MAX_LENGTH" adds nothing logically (no meeting is longer) but lets the
        # index on meetings.start bound the scan from below too, not just from above.
        query = query.where(Meeting.end > lo, Meeting.start > lo - MAX_LENGTH)
    if hi is not None:
        query = query.where(Meeting.start < hi)
    if bodies:
        query = query.where(Body.key.in_(list(bodies)))
    if not include_cancelled:
        query = query.where(Meeting.status != MeetingStatus.CANCELLED.value)
    return [_row(r) for r in session.execute(query)]


def get_meeting(session: Session, meeting_id: int) -> MeetingDetail:
    """The meeting with its invitees; NotFoundError if gone."""
    values = session.execute(_row_query().where(Meeting.id == meeting_id)).one_or_none()
    if values is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "会议不存在（编号 {id}），可能已被删除。"), id=meeting_id)
    meeting = session.get(Meeting, meeting_id)
    return MeetingDetail(_row(values), meeting.uid, meeting.online_url, meeting.notes,
                         tuple(list_attendees(session, meeting_id)))


def list_attendees(session: Session, meeting_id: int) -> list[AttendeeRow]:
    """The invitation list in role order (主持, 出席, 列席, 记录), then by organisation and name."""
    query = (select(Attendance.id, Person.id, Person.name, Organisation.id, Organisation.name,
                    Attendance.role, Attendance.status, Attendance.delegate_id,
                    Attendance.delegate_name, Attendance.version, Attendance.reply)
             .join(Person, Person.id == Attendance.person_id)
             .outerjoin(Organisation, Organisation.id == Person.organisation_id)
             .where(Attendance.meeting_id == meeting_id))
    order = list(ROLE_LABELS)
    rows = [AttendeeRow(a, p, n, oid, org or "", role, status, did, dname, v, reply)
            for a, p, n, oid, org, role, status, did, dname, v, reply in session.execute(query)]
    return sorted(rows, key=lambda r: (order.index(r.role) if r.role in order else 9,
                                       r.organisation, r.name, r.person_id))


@dataclass(frozen=True)
class SeriesInfo:
    """A series' rule and state, for the dialog and exports."""

    id: int
    uid: str
    body_key: str
    title: str
    rrule: str
    description: str
    dtstart: datetime
    duration_minutes: int
    holiday_policy: str
    exdates: tuple[datetime, ...]
    open_ended: bool
    generated_until: datetime | None
    sequence: int
    version: int


def get_series_row(session: Session, series_id: int) -> MeetingSeries:
    """The MeetingSeries entity, or NotFoundError."""
    series = session.get(MeetingSeries, series_id)
    if series is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "系列会议不存在（编号 {id}）。"), id=series_id)
    return series


def get_series(session: Session, series_id: int) -> SeriesInfo:
    """The series' rule, its Chinese description, EXDATE list and horizon."""
    s = get_series_row(session, series_id)
    key = session.scalar(select(Body.key).where(Body.id == s.body_id))
    return SeriesInfo(s.id, s.uid, key, s.title, s.rrule,
                      rr.describe(s.rrule, s.dtstart, all_day=s.all_day), s.dtstart,
                      s.duration_minutes, s.holiday_policy, tuple(rr.exdates_from_json(s.exdates)),
                      rr.is_open_ended(s.rrule), s.generated_until, s.sequence, s.version)


def series_meeting_ids(session: Session, series_id: int) -> list[int]:
    """The series' meeting ids in rule order."""
    return list(session.scalars(select(Meeting.id).where(Meeting.series_id == series_id)
                                .order_by(Meeting.recurrence_id)))
