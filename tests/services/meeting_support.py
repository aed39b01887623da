"""Shared helpers for the meeting tests: local times, dialog data, seeded people."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from desktop.config import LOCAL_TZ
from desktop.models import Person
from desktop.services.meetings.core import AttendeeData, MeetingData


def local(y, mo, d, h=9, mi=30) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=LOCAL_TZ)


def meeting_data(start: datetime, hours: float = 2, *, body="bimonthly", title="双月沟通会",
                 **extra) -> MeetingData:
    return MeetingData(body=body, title=title, start=start, end=start + timedelta(hours=hours), **extra)


def person_id(session, name: str) -> int:
    return session.scalar(select(Person.id).where(Person.name == name))


def invite(session, *names: str, role: str = "member") -> tuple[AttendeeData, ...]:
    return tuple(AttendeeData(person_id(session, n), role) for n in names)
