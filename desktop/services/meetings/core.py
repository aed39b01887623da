"""Single meetings: create, edit, postpone, hold, cancel, delete; validated input, plain rows out.

Every change raises ``Meeting.sequence`` (iCalendar SEQUENCE) so calendar clients replace the
event instead of duplicating it. The audit log keeps the history of every field (db.py).
Occurrences of a series are meetings too; editing one here detaches it from the series
(``detached=True``, ``recurrence_id`` kept). Series-wide edits live in ``meetings_series``,
readers (calendar rows, the dialog's detail) in ``meeting_queries``.

Skipping an occurrence is a cancellation: the row stays (status ``cancelled``) so its attendance,
agenda and minutes never dangle, and its ``recurrence_id`` is added to the series' EXDATE list so
no later expansion brings it back. Deleting an occurrence also adds its EXDATE.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.errors import ConcurrencyError, NotFoundError, ReferencedError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    AgendaItem,
    Attendance,
    AttendeeRole,
    Body,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    Person,
    Room,
)
from desktop.services.dates.recurrence import exdates_from_json, exdates_to_json
from desktop.services.kernel.references import TABLE_LABELS, references_to
from desktop.services.kernel.timeutil import check_supported
from desktop.services.kernel.validation import clean_required

ROLE_LABELS = {
    AttendeeRole.CHAIR.value: QT_TRANSLATE_NOOP("Labels", "主持"),
    AttendeeRole.MEMBER.value: QT_TRANSLATE_NOOP("Labels", "出席"),
    AttendeeRole.OBSERVER.value: QT_TRANSLATE_NOOP("Labels", "列席"),
    AttendeeRole.RECORDER.value: QT_TRANSLATE_NOOP("Labels", "记录"),
}
STATUS_LABELS = {
    MeetingStatus.PLANNED.value: QT_TRANSLATE_NOOP("Labels", "计划"),
    MeetingStatus.HELD.value: QT_TRANSLATE_NOOP("Labels", "已召开"),
    MeetingStatus.POSTPONED.value: QT_TRANSLATE_NOOP("Labels", "已延期"),
    MeetingStatus.CANCELLED.value: QT_TRANSLATE_NOOP("Labels", "已取消"),
}
MAX_LENGTH = timedelta(days=31)
OWNED_TABLES = ("attendance", "agenda_items")  # deleted with their meeting


@dataclass(frozen=True)
class AttendeeData:
    """One invitee and their role (chair/member/observer/recorder)."""

    person_id: int
    role: str = AttendeeRole.MEMBER.value


@dataclass(frozen=True)
class MeetingData:
    """What the meeting dialog says; times are aware datetimes (any zone, stored as UTC).

    For an all-day meeting only the local dates count: it runs from local midnight of
    ``start``'s date to local midnight after ``end``'s date (``end`` at 00:00 means that day is
    not included, as iCalendar's DTEND does).
    """

    body: str
    title: str
    start: datetime
    end: datetime
    all_day: bool = False
    room_id: int | None = None
    location: str = ""
    online_url: str = ""
    notes: str = ""
    attendees: tuple[AttendeeData, ...] = ()


# ---------------------------------------------------------------- validation

def clean_meeting(session: Session, data: MeetingData) -> dict:
    """Validated column values plus ``attendees`` [(person_id, role)]; raises ValidationError."""
    body_id = session.scalar(select(Body.id).where(Body.key == data.body))
    if body_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有键为“{key}”的机制。"), field="body",
                              key=data.body)
    title = clean_required(data.title, QT_TRANSLATE_NOOP("Labels", "会议名称"), "title", 200)
    start, end = clean_times(data.start, data.end, data.all_day)
    if data.room_id is not None and session.get(Room, data.room_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "所选会议室不存在，可能已被删除。"), field="room_id")
    url = data.online_url.strip()
    if url and (not url.lower().startswith(("http://", "https://")) or len(url) > 500):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "线上会议链接应以 http:// 或 https:// 开头。"),
                              field="online_url")
    return {
        "body_id": body_id, "title": title, "start": start, "end": end, "all_day": bool(data.all_day),
        "room_id": data.room_id, "location": " ".join(data.location.split())[:300],
        "online_url": url, "notes": data.notes.strip(),
        "attendees": clean_attendees(session, data.attendees),
    }


def clean_times(start: datetime, end: datetime, all_day: bool = False) -> tuple[datetime, datetime]:
    """Validated aware start/end; all-day meetings snap to local midnights."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("meeting times must be aware datetimes")
    if all_day:
        first, last = start.astimezone(LOCAL_TZ).date(), end.astimezone(LOCAL_TZ)
        stop = last.date() if last.time() == time(0) and last.date() > first else last.date() + timedelta(1)
        start = datetime.combine(first, time(0), LOCAL_TZ)
        end = datetime.combine(stop, time(0), LOCAL_TZ)
    check_supported(start, "start")
    check_supported(end, "end")
    if end <= start:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "结束时间应晚于开始时间。"), field="end")
    if end - start > MAX_LENGTH:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "会议时长不能超过31天，请检查结束时间。"), field="end")
    return start, end


def clean_attendees(session: Session, attendees: Iterable[AttendeeData]) -> list[tuple[int, str]]:
    """[(person_id, role)]; refuses unknown people, roles and duplicates."""
    attendees = list(attendees)
    ids = [a.person_id for a in attendees]
    names = dict(session.execute(select(Person.id, Person.name).where(Person.id.in_(ids))).all())
    seen: set[int] = set()
    out = []
    for a in attendees:
        if a.person_id not in names:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "参会人员（编号 {id}）不存在，可能已被删除，请从名单中移除。"),
                field="attendees", id=a.person_id)
        if a.role not in ROLE_LABELS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "参会角色“{role}”无效。"), field="attendees",
                                  role=a.role)
        if a.person_id in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name}在参会名单中重复出现。"),
                                  field="attendees", name=names[a.person_id])
        seen.add(a.person_id)
        out.append((a.person_id, a.role))
    return out


def resolve_room(session: Session, text: str) -> int:
    """A managed room's id from its name or its id as text."""
    text = text.strip()
    query = select(Room.id).where(Room.name == text)
    if text.isdigit():
        query = select(Room.id).where((Room.id == int(text)) | (Room.name == text))
    room_id = session.scalar(query)
    if room_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有名为“{name}”的会议室。"), field="room_id",
                              name=text)
    return room_id


# ---------------------------------------------------------------- writers

def new_uid() -> str:
    """A globally unique iCalendar UID."""
    return f"{uuid.uuid4()}@tripartite"


def create_meeting(session: Session, data: MeetingData) -> int:
    """A single (non-recurring) meeting; returns its id."""
    values = clean_meeting(session, data)
    attendees = values.pop("attendees")
    meeting = Meeting(uid=new_uid(), sequence=0, status=MeetingStatus.PLANNED.value, **values)
    session.add(meeting)
    session.flush()
    sync_attendees(session, meeting, attendees)
    session.flush()
    return meeting.id


def update_meeting(session: Session, meeting_id: int, data: MeetingData,
                   version: int | None = None) -> bool:
    """Save the dialog's values on one meeting; an occurrence becomes detached. True if changed."""
    meeting = get_meeting_row(session, meeting_id, version)
    values = clean_meeting(session, data)
    if meeting.series_id is not None and values["body_id"] != meeting.body_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "系列会议的所属机制不能修改，请新建会议。"),
                              field="body")
    changed = apply_values(meeting, values)
    changed = sync_attendees(session, meeting, values["attendees"]) or changed
    if changed:
        touch(meeting, detach=True)
    session.flush()
    return changed


def postpone_meeting(session: Session, meeting_id: int, new_start: datetime,
                     new_end: datetime | None = None, version: int | None = None) -> None:
    """Move a meeting to a new time; it shows as postponed until marked held."""
    meeting = get_meeting_row(session, meeting_id, version)
    if meeting.status in (MeetingStatus.HELD.value, MeetingStatus.CANCELLED.value):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "已召开或已取消的会议不能延期。"), field="status")
    if new_end is None:
        new_end = new_start + (meeting.end - meeting.start)
    start, end = clean_times(new_start, new_end, meeting.all_day)
    meeting.start, meeting.end = start, end
    meeting.status = MeetingStatus.POSTPONED.value
    touch(meeting, detach=True)
    session.flush()


def mark_held(session: Session, meeting_id: int, version: int | None = None) -> None:
    """The meeting took place (ends the postponed state)."""
    meeting = get_meeting_row(session, meeting_id, version)
    if meeting.status == MeetingStatus.CANCELLED.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "已取消的会议不能标记为已召开，请先恢复。"),
                              field="status")
    if meeting.status != MeetingStatus.HELD.value:
        meeting.status = MeetingStatus.HELD.value
        touch(meeting)
        session.flush()


def cancel_meeting(session: Session, meeting_id: int, version: int | None = None) -> None:
    """Cancel (kept, shown struck through); for an occurrence this is "skip": EXDATE added too."""
    meeting = get_meeting_row(session, meeting_id, version)
    if meeting.status == MeetingStatus.HELD.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "已召开的会议不能取消。"), field="status")
    if meeting.status == MeetingStatus.CANCELLED.value:
        return
    meeting.status = MeetingStatus.CANCELLED.value
    touch(meeting)
    _set_exdate(session, meeting, add=True)
    session.flush()


def reinstate_meeting(session: Session, meeting_id: int, version: int | None = None) -> None:
    """Undo a cancellation: planned again, and off the series' EXDATE list."""
    meeting = get_meeting_row(session, meeting_id, version)
    if meeting.status != MeetingStatus.CANCELLED.value:
        return
    meeting.status = MeetingStatus.PLANNED.value
    touch(meeting)
    _set_exdate(session, meeting, add=False)
    session.flush()


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Delete a meeting with its attendance and agenda; refused while minutes, decisions or
    action items point at it (cancel it instead). A deleted occurrence stays an EXDATE."""
    meeting = get_meeting_row(session, meeting_id)
    refuse_if_meeting_referenced(session, meeting)
    _set_exdate(session, meeting, add=True)
    delete_meeting_rows(session, [meeting])


def refuse_if_meeting_referenced(session: Session, meeting: Meeting) -> None:
    """Raise ReferencedError while minutes, decisions or actions point at it."""
    refs = [(t, n) for t, n in references_to(session, "meetings", meeting.id) if t not in OWNED_TABLES]
    if refs:
        parts = "、".join(f"{TABLE_LABELS.get(t, t)} {n} 条" for t, n in refs)
        raise ReferencedError(QT_TRANSLATE_NOOP(
            "Errors", "无法删除会议“{what}”：它仍被以下记录引用：{parts}。可以改为取消该会议。"),
            what=meeting.title, parts=parts)


def meeting_is_referenced(session: Session, meeting_id: int) -> bool:
    """True while anything but its attendance and agenda points at it."""
    return any(t not in OWNED_TABLES for t, _ in references_to(session, "meetings", meeting_id))


def delete_meeting_rows(session: Session, meetings: Sequence[Meeting]) -> None:
    """Delete meetings and their owned rows, one ORM delete each so the audit log sees them."""
    ids = [m.id for m in meetings]
    if not ids:
        return
    for entity in (Attendance, AgendaItem):
        for row in session.scalars(select(entity).where(entity.meeting_id.in_(ids))):
            session.delete(row)
    session.flush()
    for meeting in meetings:
        session.delete(meeting)
    session.flush()


# ---------------------------------------------------------------- shared helpers

def get_meeting_row(session: Session, meeting_id: int, version: int | None = None) -> Meeting:
    """The Meeting entity; NotFoundError, or ConcurrencyError on a stale version."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "会议不存在（编号 {id}），可能已被删除。"), id=meeting_id)
    if version is not None and meeting.version != version:
        raise ConcurrencyError(QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。"))
    return meeting


def touch(meeting: Meeting, *, detach: bool = False) -> None:
    """Raise the iCalendar sequence; an occurrence edited on its own leaves the series' control."""
    meeting.sequence = (meeting.sequence or 0) + 1
    if detach and meeting.series_id is not None:
        meeting.detached = True


_FIELDS = ("body_id", "title", "start", "end", "all_day", "room_id", "location", "online_url", "notes")


def apply_values(meeting: Meeting, values: dict) -> bool:
    """Set the cleaned fields that differ; True if any did."""
    changed = False
    for key in _FIELDS:
        if key in values and getattr(meeting, key) != values[key]:
            setattr(meeting, key, values[key])
            changed = True
    return changed


def sync_attendees(session: Session, meeting: Meeting, attendees: list[tuple[int, str]]) -> bool:
    """Make the invitation list match ``attendees``; recorded attendance of kept people stays."""
    existing = {a.person_id: a for a in session.scalars(
        select(Attendance).where(Attendance.meeting_id == meeting.id))}
    wanted = dict(attendees)
    changed = False
    for person_id, row in existing.items():
        if person_id not in wanted:
            session.delete(row)
            changed = True
        elif row.role != wanted[person_id]:
            row.role = wanted[person_id]
            changed = True
    for person_id, role in attendees:
        if person_id not in existing:
            session.add(Attendance(meeting_id=meeting.id, person_id=person_id, role=role))
            changed = True
    return changed


def _set_exdate(session: Session, meeting: Meeting, *, add: bool) -> None:
    if meeting.series_id is None or meeting.recurrence_id is None:
        return
    series = session.get(MeetingSeries, meeting.series_id)
    dates = set(exdates_from_json(series.exdates))
    before = set(dates)
    (dates.add if add else dates.discard)(meeting.recurrence_id)
    if dates != before:
        series.exdates = exdates_to_json(dates)
        series.sequence = (series.sequence or 0) + 1
