"""What goes into an .ics file: the meetings a scope selects, as plain frozen rows for the writer.

Two shapes, chosen by the scope:

- *Series form* (everything, or one body, with no dates): a recurring series is one master
  event (UID = ``MeetingSeries.uid``) with its RRULE and EXDATE, plus one override
  (RECURRENCE-ID = the occurrence's ``recurrence_id``) for each stored occurrence whose time,
  title, place or status differs from what the rule and the series' template give. A date moved
  by the holiday policy differs from the rule's date, so it gets an override too; attendance,
  notes or agenda alone do not make one. Single meetings are events of their own.
- *Meeting form* (one person's meetings, one meeting, a date range): an RRULE cannot say "only
  these occurrences", so every selected meeting is an event of its own with its own stable UID
  (``Meeting.uid``); cancelled ones stay in, marked cancelled.

Reading costs one query per table (bodies, rooms, series, meetings, and attendance, agenda and
people only for the events the caller does not already hold): each entry carries a ``stamp``
that changes whenever its serialised text would, so a cache of serialised events can skip the
detail queries (``have``). The number of 会议材料 (the meeting's and its agenda items'
attachments) is part of each meeting's stamp and event: one grouped count for all meetings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    Person,
    Room,
)
from desktop.services.calendar.reads import Details, RowCache, paused_gc, read_meetings, read_series
from desktop.services.calendar.types import (
    AgendaLine,
    CalendarEvent,
    EventAttendee,
    ExportData,
    ExportEntry,
    ExportSelection,
    partstat,
    place,
)
from desktop.services.dates import recurrence as rr
from desktop.services.kernel.timeutil import local_day_bounds_utc

__all__ = ["ALL_NAME", "AgendaLine", "CalendarEvent", "EventAttendee", "ExportData", "ExportEntry",
           "ExportSelection", "collect_events", "partstat", "place"]

ALL_NAME = "三方联席秘书台（全部机制）"
_CANCELLED = MeetingStatus.CANCELLED.value
_M = Meeting


def collect_events(session: Session, selection: ExportSelection | None = None, *,
                   have: Callable[[tuple, tuple], bool] | None = None,
                   rows: RowCache | None = None) -> ExportData:
    """The entries ``selection`` picks, in file order; details only for those not in ``have``.

    ``rows`` (kept by a republisher) saves reading meetings that have not changed.
    """
    selection = selection or ExportSelection()
    bodies = _bodies(session)
    name = _check(session, selection, bodies)
    rooms = {rid: (n, a) for rid, n, a in session.execute(select(Room.id, Room.name, Room.address))}
    filters = _filters(selection, bodies)
    with paused_gc():
        meetings = read_meetings(session, filters, rows)
        series = (read_series(session, _by_key(bodies)[selection.body][0] if selection.body else None,
                              selection.series_id) if selection.series_form else {})
        plan = _plan(meetings, series, rooms, bodies, _material_counts(session))
        missing = [item for item in plan if have is None or not have(item[0], item[1])]
        details = Details(session, [i[0][1] for i in missing if i[0][0] != "s"], filters,
                          [series[i[0][1]] for i in missing if i[0][0] == "s"])
        built = {item[0]: item[3](details) for item in missing}
        entries = tuple([ExportEntry(key, stamp, body_key, built.get(key))
                         for key, stamp, body_key, _ in plan])
    return ExportData(name, {k: v[1] for k, v in _by_key(bodies).items()}, entries)


def _bodies(session: Session) -> dict[int, tuple[str, str, str]]:
    query = select(Body.id, Body.key, Body.name, Body.short_name).order_by(Body.sort_order, Body.id)
    return {bid: (key, name, short or name) for bid, key, name, short in session.execute(query)}


def _by_key(bodies: dict[int, tuple[str, str, str]]) -> dict[str, tuple[int, str, str]]:
    return {key: (bid, name, short) for bid, (key, name, short) in bodies.items()}


def _check(session: Session, sel: ExportSelection, bodies) -> str:
    """Refuse unknown keys and ids; the calendar's name."""
    if sel.first and sel.last and sel.first > sel.last:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "开始日期晚于结束日期。"), field="first")
    names = _by_key(bodies)
    if sel.body is not None and sel.body not in names:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "没有键为“{key}”的机制。"), key=sel.body)
    name = names[sel.body][1] if sel.body else ALL_NAME
    if sel.person_id is not None:
        person = session.scalar(select(Person.name).where(Person.id == sel.person_id))
        if person is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "联系人不存在（编号 {id}）。"), id=sel.person_id)
        name = f"{name}·{person}"
    if sel.meeting_id is not None:
        title = session.scalar(select(Meeting.title).where(Meeting.id == sel.meeting_id))
        if title is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "会议不存在（编号 {id}），可能已被删除。"),
                                id=sel.meeting_id)
        name = title
    if sel.series_id is not None:
        title = session.scalar(select(MeetingSeries.title).where(MeetingSeries.id == sel.series_id))
        if title is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "系列会议不存在（编号 {id}）。"), id=sel.series_id)
        name = title
    return name


def _filters(sel: ExportSelection, bodies) -> list:
    out = []
    if sel.body is not None:
        out.append(_M.body_id == _by_key(bodies)[sel.body][0])
    if sel.person_id is not None:
        out.append(_M.id.in_(select(Attendance.meeting_id).where(Attendance.person_id == sel.person_id)))
    if sel.meeting_id is not None:
        out.append(_M.id == sel.meeting_id)
    if sel.series_id is not None:
        out.append(_M.series_id == sel.series_id)
    lo, hi = local_day_bounds_utc(sel.first, sel.last)
    if lo is not None:
        out.append(_M.end > lo)
    if hi is not None:
        out.append(_M.start < hi)
    return out


def _material_counts(session: Session) -> dict[int, int]:
    """Meeting id → number of its materials (its own and its agenda items' attachments)."""
    own = select(Attachment.meeting_id.label("meeting_id")).where(Attachment.meeting_id.is_not(None))
    agenda = (select(AgendaItem.meeting_id.label("meeting_id"))
              .join(Attachment, Attachment.agenda_item_id == AgendaItem.id))
    both = union_all(own, agenda).subquery()
    return dict(session.execute(select(both.c.meeting_id, func.count()).group_by(both.c.meeting_id)).all())


# ---------------------------------------------------------------- deciding the events

def _plan(rows, series: dict, rooms, bodies, materials: dict[int, int]) -> list[tuple]:
    """[(key, stamp, body key, build(details) -> CalendarEvent)] in file order: meetings and
    masters by start, each master followed by its overrides."""
    by_series: dict[int, list] = defaultdict(list)
    singles = []
    for row in rows:
        if row.series_id in series and row.recurrence_id is not None:
            by_series[row.series_id].append(row)
        else:
            singles.append(row)
    starts = [(row.start, 0, row.id, _single(row, rooms, bodies, materials.get(row.id, 0)))
              for row in singles]
    for sid, master in series.items():
        template = (timedelta(minutes=master.duration_minutes),
                    place(rooms.get(master.room_id), master.location))
        exdates = _exdates(master, by_series[sid])
        skipped = set(exdates)  # an EXDATE says it all: no cancelled override besides
        items = [_master(master, exdates, rooms, bodies)]
        items += [_override(master, row, rooms, bodies, materials.get(row.id, 0)) for row in by_series[sid]
                  if row.recurrence_id not in skipped and _differs(master, template, row, rooms)]
        starts.append((master.dtstart, 1, sid, items))
    out = []
    for _start, kind, _id, item in sorted(starts, key=lambda s: s[:3]):
        out.extend(item if kind else [item])
    return out


def _differs(master, template: tuple[timedelta, str], row, rooms) -> bool:
    """True when the occurrence is not what the rule and the series' template give."""
    length, where = template
    return (row.start != row.recurrence_id or row.end - row.start != length
            or row.all_day != master.all_day or row.title != master.title
            or row.online_url != master.online_url or row.status == _CANCELLED
            or place(rooms.get(row.room_id), row.location) != where)


def _exdates(master, rows) -> tuple[datetime, ...]:
    """The series' EXDATEs, less any date whose stored occurrence is not cancelled."""
    live = {r.recurrence_id for r in rows if r.status != _CANCELLED}
    return tuple(d for d in rr.exdates_from_json(master.exdates) if d not in live)


def _single(row, rooms, bodies, materials: int) -> tuple:
    stamp = (row.sequence, row.version, row.updated_at, materials)
    return (("m", row.id), stamp, bodies[row.body_id][0],
            lambda d: _meeting_event(row, row.uid, None, rooms, bodies, d, materials))


def _override(master, row, rooms, bodies, materials: int) -> tuple:
    stamp = (row.sequence, row.version, row.updated_at, master.uid, materials)
    return (("o", row.id), stamp, bodies[row.body_id][0],
            lambda d: _meeting_event(row, master.uid, row.recurrence_id, rooms, bodies, d, materials))


def _master(master, exdates: tuple[datetime, ...], rooms, bodies) -> tuple:
    stamp = (master.sequence, master.version, master.updated_at, exdates)
    return (("s", master.id), stamp, bodies[master.body_id][0],
            lambda d: _master_event(master, exdates, rooms, bodies, d))


def _meeting_event(row, uid: str, recurrence_id, rooms, bodies, details: Details,
                   materials: int = 0) -> CalendarEvent:
    return CalendarEvent(
        uid=uid, sequence=row.sequence, status=row.status, title=row.title, start=row.start,
        end=row.end, all_day=row.all_day, location=place(rooms.get(row.room_id), row.location),
        online_url=row.online_url, notes=row.notes, category=bodies[row.body_id][2],
        created=row.created_at, modified=row.updated_at,
        attendees=details.attendees.get(row.id, ()), agenda=details.agenda.get(row.id, ()),
        recurrence_id=recurrence_id, materials=materials)


def _master_event(master, exdates, rooms, bodies, details: Details) -> CalendarEvent:
    return CalendarEvent(
        uid=master.uid, sequence=master.sequence, status=MeetingStatus.PLANNED.value,
        title=master.title, start=master.dtstart,
        end=master.dtstart + timedelta(minutes=master.duration_minutes), all_day=master.all_day,
        location=place(rooms.get(master.room_id), master.location), online_url=master.online_url,
        notes=master.notes, category=bodies[master.body_id][2], created=master.created_at,
        modified=master.updated_at, attendees=details.template_attendees(master),
        rrule=master.rrule, exdates=exdates)
