"""What a meeting notice (会议通知) and a sign-in sheet (签到表) say: plain data, no layout."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    AgendaItem,
    Attendance,
    Body,
    Meeting,
    Membership,
    Organisation,
    Person,
    Room,
)
from desktop.services.attachments.core import meeting_materials
from desktop.services.kernel.timeutil import to_local

ROLE_LABELS = {"chair": "主持", "member": "出席", "observer": "列席", "recorder": "记录"}


@dataclass(frozen=True)
class AgendaLine:
    title: str
    presenter: str
    minutes: int


@dataclass(frozen=True)
class Attendee:
    organisation: str
    name: str
    title: str
    role: str          # 主持 / 出席 / 列席 / 记录


@dataclass(frozen=True)
class MeetingDocData:
    body_name: str
    body_short: str
    title: str
    start: datetime    # Asia/Shanghai
    end: datetime
    all_day: bool
    place: str
    online_url: str
    notes: str
    agenda: tuple[AgendaLine, ...]
    attendees: tuple[Attendee, ...]
    organisations: tuple[str, ...]   # member organisations in the body's order
    issuer: str
    issued_on: date
    reply_by: date | None
    materials: tuple[str, ...] = ()  # 会议材料: the meeting's files, then each agenda item's


def meeting_doc_data(session: Session, meeting_id: int, *, issued_on: date,
                     reply_by: date | None = None) -> MeetingDocData:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "会议不存在（编号 {id}）。"), id=meeting_id)
    body = session.get(Body, meeting.body_id)
    room = session.get(Room, meeting.room_id) if meeting.room_id else None
    place = "，".join(p for p in ((room.name if room else ""), meeting.location) if p)
    agenda = tuple(
        AgendaLine(a.title, a.presenter or (session.get(Person, a.presenter_id).name
                                            if a.presenter_id else ""), a.planned_minutes)
        for a in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                 .order_by(AgendaItem.position, AgendaItem.id))
    )
    orgs = tuple(session.scalars(
        select(Organisation.name).join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.body_id == body.id).order_by(Membership.sort_order, Membership.id)))
    order = {name: i for i, name in enumerate(orgs)}
    rows = session.execute(
        select(Attendance.role, Person.name, Person.title, Organisation.name)
        .join(Person, Person.id == Attendance.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Attendance.meeting_id == meeting_id).order_by(Attendance.id))
    attendees = sorted(
        (Attendee(org or "", name, title, ROLE_LABELS.get(role, role)) for role, name, title, org in rows),
        key=lambda a: (order.get(a.organisation, len(order)), a.organisation),
    )
    return MeetingDocData(
        body.name, body.short_name or body.name, meeting.title, to_local(meeting.start),
        to_local(meeting.end), meeting.all_day, place, meeting.online_url, meeting.notes, agenda,
        tuple(attendees), orgs, f"{body.name}办公室", issued_on, reply_by,
        tuple(r.name for r in meeting_materials(session, meeting_id)),
    )
