"""Bulk reads for calendar exports: one query per table, rows as light snapshots.

``RowCache`` keeps the meeting snapshots of the last read by id and version (the optimistic
lock column rises on every ORM change), so a republish reads only (id, version) pairs and then
the rows that changed.
"""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import NamedTuple

from sqlalchemy import String, select, true, type_coerce
from sqlalchemy.orm import Session

from desktop.models import AgendaItem, Attendance, Meeting, MeetingSeries, Person
from desktop.services.calendar.types import AgendaLine, EventAttendee, partstat, role_rank

IN_LIMIT = 500  # above this many ids a query filters by the scope instead of an IN list
_M = Meeting
_S = MeetingSeries


@contextmanager
def paused_gc() -> Iterator[None]:
    """Bulk reads allocate ~100,000 rows; each automatic full collection on the way scans the
    whole heap (SQLAlchemy's and Qt's objects too) and together they cost more than the work.
    Nothing made here is cyclic, so collection can wait until the block ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class MeetingSnapshot(NamedTuple):
    id: int
    uid: str
    body_id: int
    series_id: int | None
    recurrence_id: datetime | None
    title: str
    start: datetime
    end: datetime
    all_day: bool
    room_id: int | None
    location: str
    online_url: str
    notes: str
    status: str
    sequence: int
    version: int
    created_at: datetime
    updated_at: datetime


_TIMES = ("recurrence_id", "start", "end", "created_at", "updated_at")
# Times are read as the driver gives them and parsed here: SQLite's DateTime processor (a
# regex per value) costs more than the rest of the query.
_MEETING_COLUMNS = tuple(type_coerce(getattr(_M, f), String).label(f) if f in _TIMES
                         else getattr(_M, f) for f in MeetingSnapshot._fields)
_SERIES_COLUMNS = (_S.id, _S.uid, _S.body_id, _S.title, _S.rrule, _S.dtstart, _S.duration_minutes,
                   _S.exdates, _S.room_id, _S.location, _S.online_url, _S.notes, _S.all_day,
                   _S.attendees, _S.sequence, _S.version, _S.created_at, _S.updated_at)


def _utc(value) -> datetime | None:
    """A stored UTC time (SQLite text or a naive datetime) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        return datetime.fromisoformat(value + "+00:00")
    return value.replace(tzinfo=timezone.utc)


def _snapshot(r) -> MeetingSnapshot:
    return MeetingSnapshot(r[0], r[1], r[2], r[3], _utc(r[4]), r[5], _utc(r[6]), _utc(r[7]),
                           bool(r[8]), r[9], r[10], r[11], r[12], r[13], r[14], r[15],
                           _utc(r[16]), _utc(r[17]))


class RowCache:
    """Meeting snapshots by id, as last read."""

    def __init__(self) -> None:
        self.rows: dict[int, MeetingSnapshot] = {}

    def clear(self) -> None:
        self.rows.clear()


def read_meetings(session: Session, filters: list, cache: RowCache | None = None) -> list[MeetingSnapshot]:
    """The meetings matching ``filters`` in start order; with a warm ``cache`` only changed rows
    are read in full."""
    order = (_M.start, _M.id)
    if cache is None or not cache.rows:
        rows = [_snapshot(r) for r in session.execute(
            select(*_MEETING_COLUMNS).where(*filters).order_by(*order))]
        if cache is not None:
            cache.rows.update((r.id, r) for r in rows)
        return rows
    pairs = session.execute(select(_M.id, _M.version).where(*filters).order_by(*order)).all()
    known = cache.rows
    stale = [mid for mid, version in pairs if mid not in known or known[mid].version != version]
    if stale:
        where = [_M.id.in_(stale)] if len(stale) <= IN_LIMIT else filters
        for r in session.execute(select(*_MEETING_COLUMNS).where(*where)):
            known[r[0]] = _snapshot(r)
    if not filters and len(known) > len(pairs):  # a full read: forget deleted meetings
        alive = {mid for mid, _version in pairs}
        for mid in [m for m in known if m not in alive]:
            del known[mid]
    return [known[mid] for mid, _version in pairs]


def read_series(session: Session, body_id: int | None, series_id: int | None = None) -> dict:
    query = select(*_SERIES_COLUMNS)
    if body_id is not None:
        query = query.where(_S.body_id == body_id)
    if series_id is not None:
        query = query.where(_S.id == series_id)
    return {row.id: row for row in session.execute(query)}


def _people(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    query = select(Person.id, Person.name, Person.email)
    if len(ids) <= IN_LIMIT:
        query = query.where(Person.id.in_(ids))
    return {pid: (name, email) for pid, name, email in session.execute(query)}


class Details:
    """Attendance, agenda and people for the events still to build: one query per table."""

    def __init__(self, session: Session, meeting_ids: list[int], filters: list, masters: list):
        self.attendees: dict[int, tuple[EventAttendee, ...]] = {}
        self.agenda: dict[int, tuple[AgendaLine, ...]] = {}
        if meeting_ids:
            self._load(session, meeting_ids, filters)
        self.people = _people(session, {a["person_id"] for m in masters
                                        for a in json.loads(m.attendees or "[]")})

    @staticmethod
    def _scope(column, ids: list[int], filters: list):
        if len(ids) <= IN_LIMIT:
            return column.in_(ids)
        return column.in_(select(_M.id).where(*filters)) if filters else true()

    def _load(self, session: Session, ids: list[int], filters: list) -> None:
        wanted = set(ids)
        query = (select(Attendance.meeting_id, Attendance.person_id, Attendance.role,
                        Attendance.status, Attendance.reply)
                 .where(self._scope(Attendance.meeting_id, ids, filters)).order_by(Attendance.id))
        rows = session.execute(query).all()
        people = _people(session, {r[1] for r in rows})
        found: dict[int, list] = defaultdict(list)
        made: dict[tuple, EventAttendee] = {}  # the same invitee row repeats across meetings
        for mid, pid, role, status, reply in rows:
            if mid in wanted and pid in people:
                key = (pid, role, status, reply)
                if (attendee := made.get(key)) is None:
                    name, email = people[pid]
                    attendee = made[key] = EventAttendee(pid, name, email, role, partstat(status, reply))
                found[mid].append(attendee)
        self.attendees = {mid: tuple(sorted(v, key=role_rank)) for mid, v in found.items()}
        query = (select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.presenter,
                        AgendaItem.planned_minutes)
                 .where(self._scope(AgendaItem.meeting_id, ids, filters))
                 .order_by(AgendaItem.meeting_id, AgendaItem.position, AgendaItem.id))
        lines: dict[int, list] = defaultdict(list)
        for mid, title, presenter, minutes in session.execute(query):
            if mid in wanted:
                lines[mid].append(AgendaLine(title, presenter, minutes))
        self.agenda = {mid: tuple(v) for mid, v in lines.items()}

    def template_attendees(self, master) -> tuple[EventAttendee, ...]:
        """A series' template invitees (no attendance yet: NEEDS-ACTION)."""
        out = []
        for item in json.loads(master.attendees or "[]"):
            if item["person_id"] in self.people:
                name, email = self.people[item["person_id"]]
                out.append(EventAttendee(item["person_id"], name, email, item["role"], "NEEDS-ACTION"))
        return tuple(sorted(out, key=role_rank))
