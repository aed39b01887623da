"""Replies to invitations (回执): recorded by hand, or read from a METHOD:REPLY .ics file.

The reply is kept in ``Attendance.reply`` (none, accepted, declined, tentative, delegated),
apart from attendance on the day (``Attendance.status``); exports take PARTSTAT from the
attendance first, else from the reply. A reply to a whole series (its UID, no RECURRENCE-ID)
counts for every occurrence that has not yet started; with RECURRENCE-ID for that one.
A reply does not change the meeting's SEQUENCE; the GUI passes the meeting ids it returns to
the publisher so the feeds show the new PARTSTAT.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Attendance, Meeting, MeetingSeries, MeetingStatus, Person
from desktop.services.calendar.ics_parse import read_events
from desktop.services.calendar.types import REPLIES
from desktop.services.kernel.validation import printable
from desktop.services.meetings.core import get_meeting_row

REPLY_LABELS = {
    "none": QT_TRANSLATE_NOOP("Labels", "未回复"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "接受"),
    "declined": QT_TRANSLATE_NOOP("Labels", "谢绝"),
    "tentative": QT_TRANSLATE_NOOP("Labels", "暂定"),
    "delegated": QT_TRANSLATE_NOOP("Labels", "委托他人"),
}
_PARTSTATS = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative",
              "DELEGATED": "delegated", "NEEDS-ACTION": "none"}


def set_reply(session: Session, meeting_id: int, person_id: int, reply: str) -> None:
    """Record an invitee's reply by hand."""
    get_meeting_row(session, meeting_id)
    if reply not in REPLIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "回执“{reply}”无效。"), field="reply", reply=reply)
    row = session.scalar(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                  Attendance.person_id == person_id))
    if row is None:
        name = session.scalar(select(Person.name).where(Person.id == person_id)) or f"编号 {person_id}"
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name}不在本次会议的参会名单中。"),
                              field="person_id", name=name)
    if row.reply != reply:
        row.reply = reply
        session.flush()


@dataclass(frozen=True)
class ReplyOutcome:
    """What one ATTENDEE line of a reply did."""

    name: str
    address: str
    reply: str                       # the app's value
    meeting_ids: tuple[int, ...]     # where it was recorded (empty: not recorded)
    note: str = ""                   # why not, or what to know


def apply_reply_file(session: Session, data: bytes, *, now: datetime | None = None) -> list[ReplyOutcome]:
    """Record the replies a METHOD:REPLY file carries; IcsFormatError for a malformed file."""
    parsed = read_events(data)
    if parsed.method != "REPLY":
        raise UserError(QT_TRANSLATE_NOOP("Errors", "这不是会议回执文件（应为 METHOD:REPLY，实为 {method}）。"),
                        method=printable(parsed.method, 40) or "无")
    now = now or datetime.now(timezone.utc)
    out = []
    for event in parsed.events:
        meetings = _meetings_for(session, event.uid, event.recurrence_id, now)
        for attendee in event.attendees:
            out.append(_record(session, meetings, attendee, event.sequence))
    session.flush()
    return out


def _meetings_for(session: Session, uid: str, recurrence_id: datetime | None, now: datetime) -> list[Meeting]:
    meeting = session.scalar(select(Meeting).where(Meeting.uid == uid))
    if meeting is not None:
        return [meeting]
    series_id = session.scalar(select(MeetingSeries.id).where(MeetingSeries.uid == uid))
    if series_id is None:
        return []
    query = select(Meeting).where(Meeting.series_id == series_id,
                                  Meeting.status != MeetingStatus.CANCELLED.value)
    if recurrence_id is not None:
        query = query.where(Meeting.recurrence_id == recurrence_id.astimezone(timezone.utc))
    else:
        query = query.where(Meeting.start >= now)
    return list(session.scalars(query.order_by(Meeting.start)))


def _record(session: Session, meetings: list[Meeting], attendee, sequence: int) -> ReplyOutcome:
    reply = _PARTSTATS.get(attendee.partstat, "none")
    address = attendee.address.removeprefix("mailto:").removeprefix("MAILTO:")
    if not meetings:
        return ReplyOutcome(attendee.name, address, reply, (), QT_TRANSLATE_NOOP(
            "Labels", "找不到对应的会议（可能已删除，或不是本机发出的邀请）。"))
    person_id = session.scalar(select(Person.id).where(func.lower(Person.email) == address.lower()))
    rows = [] if person_id is None else list(session.scalars(select(Attendance).where(
        Attendance.person_id == person_id, Attendance.meeting_id.in_([m.id for m in meetings]))))
    if not rows:
        return ReplyOutcome(attendee.name, address, reply, (), QT_TRANSLATE_NOOP(
            "Labels", "回复人不在参会名单中（按电子邮箱匹配）。"))
    for row in rows:
        row.reply = reply
    stale = any(sequence < m.sequence for m in meetings if m.id in {r.meeting_id for r in rows})
    note = QT_TRANSLATE_NOOP("Labels", "回复针对的是较早版本的邀请，会议此后有变更。") if stale else ""
    return ReplyOutcome(attendee.name, address, reply, tuple(r.meeting_id for r in rows), note)
