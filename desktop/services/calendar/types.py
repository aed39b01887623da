"""The plain rows an .ics file is made from (see ``calendar_export`` for how they are chosen)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from desktop.models import AttendanceStatus, AttendeeRole, MeetingStatus

ROLE_ORDER = {r.value: i for i, r in enumerate(AttendeeRole)}
REPLIES = ("none", "accepted", "declined", "tentative", "delegated")
_BY_STATUS = {AttendanceStatus.PRESENT.value: "ACCEPTED", AttendanceStatus.LEAVE.value: "DECLINED",
              AttendanceStatus.DELEGATED.value: "DELEGATED"}
_PERSON_NS = uuid.UUID("6f1d2b0e-3c1a-5b7e-9d1e-7a1c0b3e2d40")
_BY_REPLY = {"accepted": "ACCEPTED", "declined": "DECLINED", "tentative": "TENTATIVE",
             "delegated": "DELEGATED"}


@dataclass(frozen=True, slots=True)
class EventAttendee:
    """An invitee: role chair|member|observer|recorder; partstat an iCalendar PARTSTAT."""

    person_id: int
    name: str
    email: str
    role: str
    partstat: str


@dataclass(frozen=True, slots=True)
class AgendaLine:
    title: str
    presenter: str
    minutes: int


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One VEVENT's content; times aware UTC. ``rrule`` makes a master, ``recurrence_id`` an
    override; ``status`` is the app's (planned|held|postponed|cancelled)."""

    uid: str
    sequence: int
    status: str
    title: str
    start: datetime
    end: datetime
    all_day: bool
    location: str
    online_url: str
    notes: str
    category: str
    created: datetime
    modified: datetime
    attendees: tuple[EventAttendee, ...] = ()
    agenda: tuple[AgendaLine, ...] = ()
    rrule: str = ""
    exdates: tuple[datetime, ...] = ()
    recurrence_id: datetime | None = None
    materials: int = 0              # 会议材料 attached to the meeting and its agenda items


class ExportEntry(NamedTuple):
    """``key``: ("s", series id) a master, ("o", meeting id) an override, ("m", meeting id) a
    meeting of its own. ``event`` is None when the caller said it holds ``(key, stamp)``.
    (A NamedTuple: a republish makes one per meeting, and a frozen dataclass costs 10x more.)"""

    key: tuple[str, int]
    stamp: tuple
    body_key: str
    event: CalendarEvent | None


@dataclass(frozen=True)
class ExportSelection:
    """Which meetings: any combination of a body, a person, one meeting and local dates."""

    body: str | None = None
    person_id: int | None = None
    meeting_id: int | None = None
    first: date | None = None
    last: date | None = None
    series_id: int | None = None    # one whole series (invitations)

    @property
    def series_form(self) -> bool:
        """True when whole series are exported as RRULEs (see ``calendar_export``)."""
        return self.person_id is None and self.meeting_id is None and not (self.first or self.last)


@dataclass(frozen=True)
class ExportData:
    """The calendar's name, each body's name by key, and the entries in file order."""

    name: str
    body_names: dict[str, str]
    entries: tuple[ExportEntry, ...]


def partstat(status: str, reply: str) -> str:
    """PARTSTAT from attendance on the day, else from the reply (回执), else NEEDS-ACTION."""
    return _BY_STATUS.get(status) or _BY_REPLY.get(reply) or "NEEDS-ACTION"


def role_rank(attendee: EventAttendee) -> int:
    return ROLE_ORDER.get(attendee.role, 9)


def place(room: tuple[str, str] | None, location: str) -> str:
    """LOCATION text: the managed room (name, address) with its address, then the free text."""
    parts = []
    if room is not None:
        name, address = room
        parts.append(f"{name}（{address}）" if address else name)
    if location and not (room is not None and location == room[0]):
        parts.append(location)
    return "，".join(parts)


def person_urn(person_id: int) -> str:
    """The calendar address of a person without e-mail: a stable URN (a URI no client mails)."""
    return f"urn:uuid:{uuid.uuid5(_PERSON_NS, f'person:{person_id}')}"


def describe_event(status: str, notes: str, agenda: Sequence[AgendaLine], online_url: str) -> str:
    """DESCRIPTION text: notes, the agenda (议程) and the online link, in Chinese."""
    blocks = []
    if status == MeetingStatus.POSTPONED.value:
        blocks.append("【已延期】本次会议已改期至此时间。")
    if notes.strip():
        blocks.append(notes.strip())
    if agenda:
        lines = ["议程："]
        for n, item in enumerate(agenda, 1):
            extra = "，".join(x for x in (item.presenter and f"汇报：{item.presenter}",
                                          item.minutes and f"{item.minutes}分钟") if x)
            lines.append(f"{n}. {item.title}" + (f"（{extra}）" if extra else ""))
        blocks.append("\n".join(lines))
    if online_url:
        blocks.append(f"线上会议：{online_url}")
    return "\n\n".join(blocks)
