"""Reading the incident register: the list (one row per incident with its board), one incident
in full, and what the leadership dashboard and the reminders show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Enterprise,
    Incident,
    IncidentMeeting,
    IncidentPerson,
    IncidentStatus,
    Meeting,
    utcnow,
)
from desktop.services.incidents.board import BoardRow, board, boards
from desktop.services.incidents.reports import ReportRow, daily_report_due, next_kinds, reports
from desktop.services.incidents.timeline import TimelineEntry, timeline
from desktop.services.kernel.privacy import record_reveal
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.validation import mask_id_number, mask_phone

PERSONAL_DATA = "incident_persons"


@dataclass(frozen=True)
class IncidentRow:
    """One line of the register, with its board as of ``as_of``."""

    id: int
    number: str
    title: str
    enterprise: str
    uscc: str
    level: int
    status: str
    began_at: datetime
    learned_at: datetime
    workers: int
    drill: bool
    closed_at: datetime | None
    parties: tuple[BoardRow, ...]
    sealed: bool
    version: int

    @property
    def late(self) -> tuple[BoardRow, ...]:
        return tuple(p for p in self.parties if p.late)

    @property
    def unacknowledged(self) -> tuple[BoardRow, ...]:
        return tuple(p for p in self.parties if p.notified_at is not None and p.acknowledged_at is None)


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    id_number: str
    phone: str
    address: str
    role: str


@dataclass(frozen=True)
class IncidentDetail:
    row: IncidentRow
    place: str
    happened: str
    demands: str
    measures: str
    summary: str
    warning_id: int | None
    case_id: int | None
    persons: tuple[PersonRow, ...]
    reports: tuple[ReportRow, ...]
    timeline: tuple[TimelineEntry, ...]
    meetings: tuple[tuple[int, str, datetime], ...]
    next_reports: tuple[str, ...]
    daily_due: bool
    purged: bool


def list_incidents(session: Session, *, status: str | None = None, include_drills: bool = True,
                   as_of: datetime | None = None) -> list[IncidentRow]:
    """The register, newest first; ``status`` ``open``/``closed`` narrows it."""
    query = (select(Incident, Enterprise.name, Enterprise.uscc)
             .join(Enterprise, Enterprise.id == Incident.enterprise_id)
             .order_by(Incident.began_at.desc(), Incident.id.desc()))
    if status:
        query = query.where(Incident.status == status)
    if not include_drills:
        query = query.where(Incident.drill.is_(False))
    rows = session.execute(query).all()
    by_id = boards(session, [i.id for i, _n, _u in rows], as_of=as_of or utcnow())
    return [_row(i, name, uscc, by_id.get(i.id, [])) for i, name, uscc in rows]


def _row(i: Incident, enterprise: str, uscc: str | None, parties) -> IncidentRow:
    return IncidentRow(i.id, i.number, i.title, enterprise, uscc or "", i.level, i.status, i.began_at,
                       i.learned_at, i.workers, i.drill, i.closed_at, tuple(parties), i.sealed_at is not None,
                       i.version)


def incident_row(session: Session, incident_id: int, *, as_of: datetime | None = None) -> IncidentRow:
    incident = get_or_refuse(session, Incident, incident_id)
    enterprise = session.get(Enterprise, incident.enterprise_id)
    return _row(incident, enterprise.name, enterprise.uscc, board(session, incident_id, as_of=as_of))


def incident_detail(session: Session, incident_id: int, *, unmask: bool = False,
                    as_of: datetime | None = None) -> IncidentDetail:
    """One incident in full; ``unmask`` shows ID and phone numbers and writes a ``reveal`` entry."""
    incident = get_or_refuse(session, Incident, incident_id)
    if unmask:
        record_reveal(session, f"{PERSONAL_DATA}:{incident_id}")
    persons = tuple(
        PersonRow(p.id, p.name, p.id_number if unmask else mask_id_number(p.id_number),
                  p.phone if unmask else mask_phone(p.phone), p.address, p.role)
        for p in session.scalars(select(IncidentPerson).where(IncidentPerson.incident_id == incident_id)
                                 .order_by(IncidentPerson.seq)))
    meetings = tuple(session.execute(
        select(Meeting.id, Meeting.title, Meeting.start).join(IncidentMeeting, IncidentMeeting.meeting_id == Meeting.id)
        .where(IncidentMeeting.incident_id == incident_id).order_by(Meeting.start)).all())
    return IncidentDetail(
        incident_row(session, incident_id, as_of=as_of), incident.place, incident.happened, incident.demands,
        incident.measures, incident.summary, incident.warning_id, incident.case_id, persons,
        tuple(reports(session, incident_id)), tuple(timeline(session, incident_id)),
        tuple((m, t, s) for m, t, s in meetings), tuple(next_kinds(session, incident_id)),
        daily_report_due(session, incident_id, as_of=as_of), incident.purged_at is not None)


def open_with_late_parties(session: Session, *, as_of: datetime | None = None) -> list[IncidentRow]:
    """Open incidents (drills included, they are marked) for the leadership dashboard, the ones
    with late or unacknowledged parties first, then by level."""
    rows = list_incidents(session, status=IncidentStatus.OPEN.value, as_of=as_of)
    return sorted(rows, key=lambda r: (not r.late, not r.unacknowledged, r.level, -r.began_at.timestamp()))


def daily_reports_due(session: Session, *, as_of: datetime | None = None) -> list[tuple[int, str, str]]:
    """(id, number, title) of open incidents whose 日报 is due, for the reminders."""
    ids = session.execute(select(Incident.id, Incident.number, Incident.title)
                          .where(Incident.status == IncidentStatus.OPEN.value).order_by(Incident.id)).all()
    return [(i, n, t) for i, n, t in ids if daily_report_due(session, i, as_of=as_of)]
