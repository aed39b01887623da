"""Reminders: the meetings a person attends that start within a window (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Attendance, Meeting, MeetingStatus, Person


@dataclass(frozen=True)
class UpcomingMeeting:
    """A meeting to remind of (``start`` aware UTC)."""

    id: int
    title: str
    start: datetime
    location: str
    all_day: bool


def upcoming_for_person(session: Session, person_name: str, now: datetime,
                        within: timedelta) -> list[UpcomingMeeting]:
    """Meetings ``person_name`` attends starting in [now, now + within], cancelled ones left out.

    Matched by name because the app's user is an identity, not a row of the directory.
    """
    name = person_name.strip()
    if not name or within <= timedelta(0):
        return []
    rows = session.execute(
        select(Meeting.id, Meeting.title, Meeting.start, Meeting.location, Meeting.all_day)
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .join(Person, Person.id == Attendance.person_id)
        .where(Person.name == name, Meeting.start >= now, Meeting.start <= now + within,
               Meeting.status != MeetingStatus.CANCELLED.value)
        .distinct().order_by(Meeting.start, Meeting.id)).all()
    return [UpcomingMeeting(*row) for row in rows]
