"""Matching imported events with what the database holds, and saying what differs.

Only what the app keeps counts as a difference: an event exported by this app and read back
(LOCATION made of room and address, DESCRIPTION made of notes, agenda and link) is unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AgendaItem, Meeting, MeetingSeries, MeetingStatus, Person, Room
from desktop.services.calendar.ics_parse import ImportedEvent
from desktop.services.calendar.types import AgendaLine, describe_event, person_urn, place
from desktop.services.dates import recurrence as rr
from desktop.services.meetings.core import clean_times

UID_LIMIT = 100
TITLE_LIMIT = 200


def stored_uid(uid: str) -> str:
    """The UID as the database keeps it (100 characters at most)."""
    uid = uid.strip()
    if len(uid) <= UID_LIMIT:
        return uid
    return f"sha1-{hashlib.sha1(uid.encode('utf-8')).hexdigest()}@import"


class MatchContext:
    """What planning needs from the database, read once: matches, contacts, rooms."""

    def __init__(self, session: Session, uids: list[str]) -> None:
        self.session = session
        self.meetings = {m.uid: m for m in session.scalars(select(Meeting).where(Meeting.uid.in_(uids)))}
        self.series = {s.uid: s for s in session.scalars(
            select(MeetingSeries).where(MeetingSeries.uid.in_(uids)))}
        people = session.execute(select(Person.id, Person.email)).all()
        self.by_address = {f"mailto:{e.lower()}": pid for pid, e in people if e}
        self.by_address.update({person_urn(pid): pid for pid, _e in people})
        self.rooms = {rid: (n, a) for rid, n, a in session.execute(select(Room.id, Room.name, Room.address))}
        ids = [m.id for m in self.meetings.values()]
        self.agenda: dict[int, list[AgendaLine]] = {}
        for mid, title, presenter, minutes in session.execute(
                select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.presenter,
                       AgendaItem.planned_minutes).where(AgendaItem.meeting_id.in_(ids))
                .order_by(AgendaItem.meeting_id, AgendaItem.position)):
            self.agenda.setdefault(mid, []).append(AgendaLine(title, presenter, minutes))

    def match_attendees(self, event: ImportedEvent) -> tuple[tuple[tuple[int, str], ...], int]:
        out: dict[int, str] = {}
        unmatched = 0
        for a in event.attendees:
            pid = self.by_address.get(a.address.lower() if a.address.lower().startswith("mailto:")
                                      else a.address)
            if pid is None:
                unmatched += 1
            else:
                out.setdefault(pid, a.role)
        return tuple(out.items()), unmatched


def single_changes(ctx: MatchContext, event: ImportedEvent, meeting: Meeting) -> dict:
    """The meeting fields the event would change (cleaned like the dialog's)."""
    start, end = clean_times(event.start, event.end, event.all_day)
    wanted = {"title": (event.title or meeting.title)[:TITLE_LIMIT], "start": start, "end": end,
              "all_day": event.all_day}
    if event.location != place(ctx.rooms.get(meeting.room_id), meeting.location):
        wanted.update(location=event.location[:300], room_id=None)
    described = describe_event(meeting.status, meeting.notes, ctx.agenda.get(meeting.id, ()),
                               meeting.online_url)
    if event.description not in (described, meeting.notes.strip()):
        wanted["notes"] = event.description
    if event.url.lower().startswith(("http://", "https://")) and event.url != meeting.online_url:
        wanted["online_url"] = event.url[:500]
    changes = {k: v for k, v in wanted.items() if getattr(meeting, k) != v}
    if event.cancelled != (meeting.status == MeetingStatus.CANCELLED.value):
        changes["cancelled"] = event.cancelled
    return changes


def series_template_changed(ctx: MatchContext, event: ImportedEvent, series: MeetingSeries) -> bool:
    """True when the rule, the first date, the length, the title or the place differ."""
    rule = rr.validate_rule(event.rrule, event.start)
    return (rule != series.rrule or rr.first_occurrence(rule, event.start) != series.dtstart
            or (event.end - event.start).total_seconds() // 60 != series.duration_minutes
            or event.all_day != series.all_day or event.title[:TITLE_LIMIT] != series.title
            or event.location != place(ctx.rooms.get(series.room_id), series.location))


def series_changed(ctx: MatchContext, event: ImportedEvent, overrides: Sequence[ImportedEvent],
                   series: MeetingSeries) -> bool:
    """True when the rule, the template, the skipped dates or an override differ."""
    if series_template_changed(ctx, event, series):
        return True
    if skipped_dates(event, overrides) != set(rr.exdates_from_json(series.exdates)):
        return True
    rows = {m.recurrence_id: m for m in ctx.session.scalars(
        select(Meeting).where(Meeting.series_id == series.id))}
    for override in overrides:  # a cancelled one is a skipped date, compared above
        row = rows.get(override.recurrence_id.astimezone(timezone.utc))
        if (row is not None and not override.cancelled and override.sequence >= row.sequence
                and single_changes(ctx, override, row)):
            return True
    return False


def skipped_dates(event: ImportedEvent, overrides: Sequence[ImportedEvent]) -> set[datetime]:
    """The dates the file skips: its EXDATEs and its cancelled overrides (stored as EXDATEs)."""
    dates = {e.astimezone(timezone.utc) for e in event.exdates}
    return dates | {o.recurrence_id.astimezone(timezone.utc) for o in overrides if o.cancelled}
