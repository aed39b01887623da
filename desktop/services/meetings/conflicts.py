"""Double bookings: a person or a managed room already taken at an overlapping time.

Two meetings overlap when each starts before the other ends (back-to-back is no conflict).
Cancelled meetings book nobody. A person is booked by a meeting when invited (any role) unless
their attendance says 请假 or 委托 (they sent someone else), and also when named as the delegate.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.models import Attendance, AttendanceStatus, Body, Meeting, MeetingStatus, Person, Room
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings.core import get_meeting_row

_NOT_BUSY = (AttendanceStatus.LEAVE.value, AttendanceStatus.DELEGATED.value)


@dataclass(frozen=True)
class Conflict:
    """Who or where is taken, and by which meeting."""

    kind: str                 # "person" | "room"
    meeting_id: int
    meeting_title: str
    body_key: str
    start: datetime           # the other meeting's times, aware UTC
    end: datetime
    person_id: int | None
    person_name: str
    room_id: int | None
    room_name: str

    @property
    def message(self) -> str:
        """``王建国 已有会议“…”（2026-03-15 09:30–11:30）``, in Chinese."""
        who = self.person_name if self.kind == "person" else f"会议室“{self.room_name}”"
        start, end = to_local(self.start), to_local(self.end)
        until = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
        return f"{who} 已有会议“{self.meeting_title}”（{start:%Y-%m-%d %H:%M}–{until}）"


def find_conflicts(session: Session, start: datetime, end: datetime,
                   person_ids: Iterable[int] = (), room_id: int | None = None,
                   exclude_meeting_id: int | None = None) -> list[Conflict]:
    """Every booking of ``person_ids`` or ``room_id`` overlapping [start, end), rooms first."""
    person_ids = sorted(set(person_ids))
    overlap = [Meeting.start < end, Meeting.end > start,
               Meeting.status != MeetingStatus.CANCELLED.value]
    if exclude_meeting_id is not None:
        overlap.append(Meeting.id != exclude_meeting_id)
    found: list[Conflict] = []
    if room_id is not None:
        query = (select(Meeting.id, Meeting.title, Body.key, Meeting.start, Meeting.end, Room.name)
                 .join(Body, Body.id == Meeting.body_id).join(Room, Room.id == Meeting.room_id)
                 .where(Meeting.room_id == room_id, *overlap).order_by(Meeting.start, Meeting.id))
        found += [Conflict("room", i, t, k, s, e, None, "", room_id, name)
                  for i, t, k, s, e, name in session.execute(query)]
    if person_ids:
        found += _person_conflicts(session, person_ids, overlap)
    return found


def _person_conflicts(session: Session, person_ids: list[int], overlap: list) -> list[Conflict]:
    invited = (Attendance.person_id.in_(person_ids)) & Attendance.status.not_in(_NOT_BUSY)
    delegate = Attendance.delegate_id.in_(person_ids)
    query = (select(Meeting.id, Meeting.title, Body.key, Meeting.start, Meeting.end,
                    Attendance.person_id, Attendance.delegate_id, Attendance.status)
             .join(Attendance, Attendance.meeting_id == Meeting.id)
             .join(Body, Body.id == Meeting.body_id)
             .where(or_(invited, delegate), *overlap).order_by(Meeting.start, Meeting.id))
    wanted = set(person_ids)
    pairs: dict[tuple[int, int], tuple] = {}
    for mid, title, key, s, e, person, delegate_id, status in session.execute(query):
        if person in wanted and status not in _NOT_BUSY:
            pairs.setdefault((mid, person), (mid, title, key, s, e))
        if delegate_id in wanted:
            pairs.setdefault((mid, delegate_id), (mid, title, key, s, e))
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(person_ids))).all())
    return [Conflict("person", mid, title, key, s, e, pid, names.get(pid, ""), None, "")
            for (_, pid), (mid, title, key, s, e) in pairs.items()]


def conflicts_for_meeting(session: Session, meeting_id: int) -> list[Conflict]:
    """The conflicts a stored meeting has with others (its invitees and its room)."""
    meeting = get_meeting_row(session, meeting_id)
    if meeting.status == MeetingStatus.CANCELLED.value:
        return []
    people = [a.person_id for a in meeting.attendance if a.status not in _NOT_BUSY]
    people += [a.delegate_id for a in meeting.attendance if a.delegate_id]
    return find_conflicts(session, meeting.start, meeting.end, people, meeting.room_id,
                          exclude_meeting_id=meeting.id)
