"""Opening, correcting, re-grading and closing an incident; its persons, response actions and
linked meetings; opening one from a warning or a dispute case.

Each function takes a session and never commits: one call is one transaction of the caller.
Times are aware datetimes (the forms and the command line read them in Asia/Shanghai).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    Body,
    DisputeCase,
    EarlyWarning,
    Enterprise,
    EventKind,
    Incident,
    IncidentEvent,
    IncidentMeeting,
    IncidentParty,
    IncidentPerson,
    IncidentStatus,
    Meeting,
    Membership,
    Organisation,
    WarningLevel,
    utcnow,
)
from desktop.models.audit_chain import lock_writers
from desktop.services.incidents.labels import LEVEL_SHORT, LEVELS
from desktop.services.incidents.limits import limits
from desktop.services.kernel.records import check_version, get_or_refuse, mark_changed, sync_rows
from desktop.services.kernel.timeutil import check_supported
from desktop.services.kernel.validation import (
    MAX_TEXT,
    clean_id_number,
    clean_phone,
    clean_required,
    clean_text,
)

MAX_WORKERS = 1_000_000
NUMBER_CODE = "联动"
_FUTURE_SLACK = timedelta(minutes=5)   # a clock a little ahead of the server is not an error
_WARNING_TO_LEVEL = {WarningLevel.RED.value: 1, WarningLevel.ORANGE.value: 2,
                     WarningLevel.YELLOW.value: 3, WarningLevel.BLUE.value: 4}


@dataclass(frozen=True)
class PersonInput:
    """A worker involved (representative or contact), as typed."""

    name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""
    role: str = "职工代表"


@dataclass(frozen=True)
class IncidentDraft:
    """What the form (or ``add incident``) says of an incident."""

    enterprise_id: int
    title: str
    level: int
    began_at: datetime
    learned_at: datetime | None = None     # None: when it began
    workers: int = 0
    place: str = ""
    happened: str = ""
    demands: str = ""
    measures: str = ""
    drill: bool = False
    persons: tuple[PersonInput, ...] = ()
    warning_id: int | None = None
    case_id: int | None = None


# ---------------------------------------------------------------- checks

def check_level(level: int) -> int:
    if level not in LEVELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "事件级别应为1到4（Ⅰ级最高）。"), field="level")
    return level


def check_moment(value: datetime, field: str, *, not_before: datetime | None = None) -> datetime:
    """An aware time in the supported range, not in the future, not before ``not_before``."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    check_supported(value, field)
    if value > utcnow() + _FUTURE_SLACK:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "时间 {at} 晚于现在。"), field=field,
                              at=value.strftime("%Y-%m-%d %H:%M"))
    if not_before is not None and value < not_before:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "时间 {at} 早于事件发生时间。"), field=field,
                              at=value.strftime("%Y-%m-%d %H:%M"))
    return value


def _clean_persons(persons: tuple[PersonInput, ...]) -> list[dict]:
    return [{"name": clean_required(p.name, QT_TRANSLATE_NOOP("Labels", "姓名"), "name", 100),
             "id_number": clean_id_number(p.id_number), "phone": clean_phone(p.phone),
             "address": clean_text(p.address, "address", 300),
             "role": clean_text(p.role, "role", 50) or "职工代表"} for p in persons]


def refuse_closed(incident: Incident) -> None:
    if incident.status == IncidentStatus.CLOSED.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "事件已结束，不能再记录处置情况。"), field="status")


# ---------------------------------------------------------------- opening

def incident_number_text(year: int, serial: int) -> str:
    return f"（{year}）{NUMBER_CODE}第{serial}号"


def _next_number(session: Session, year: int) -> int:
    """The next serial of ``year`` under the write lock (see disputes.core._next_number)."""
    lock_writers(session.connection())   # PostgreSQL: the one writers' lock, first (SQLite: a no-op)
    last = session.scalar(select(func.max(Incident.number_serial)).where(Incident.number_year == year))
    return (last or 0) + 1


def linkage_parties(session: Session) -> list[Organisation]:
    """The member organisations of the ``linkage`` body, in the body's order."""
    rows = session.scalars(
        select(Organisation).join(Membership, Membership.organisation_id == Organisation.id)
        .join(Body, Body.id == Membership.body_id).where(Body.key == "linkage")
        .order_by(Membership.sort_order, Membership.id))
    return list(rows)


def _apply(incident: Incident, session: Session, draft: IncidentDraft) -> list[dict]:
    get_or_refuse(session, Enterprise, draft.enterprise_id)
    incident.enterprise_id = draft.enterprise_id
    incident.title = clean_required(draft.title, QT_TRANSLATE_NOOP("Labels", "事件名称"), "title", 200)
    incident.level = check_level(draft.level)
    incident.began_at = check_moment(draft.began_at, "began_at")
    incident.learned_at = check_moment(draft.learned_at or draft.began_at, "learned_at",
                                       not_before=incident.began_at)
    if not 0 <= draft.workers <= MAX_WORKERS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "涉及职工人数应在0到{max}之间。"), field="workers",
                              max=MAX_WORKERS)
    incident.workers = draft.workers
    incident.place = clean_text(draft.place, "place", 300)
    incident.happened = clean_text(draft.happened, "happened")
    incident.demands = clean_text(draft.demands, "demands")
    incident.measures = clean_text(draft.measures, "measures")
    incident.drill = bool(draft.drill)
    return _clean_persons(draft.persons)


def _store_persons(session: Session, incident_id: int, persons: list[dict]) -> bool:
    """The incident's persons as the form says; True if any row changed."""
    stored = list(session.scalars(select(IncidentPerson).where(IncidentPerson.incident_id == incident_id)
                                  .order_by(IncidentPerson.seq, IncidentPerson.id)))
    return sync_rows(session, stored, persons, lambda **v: IncidentPerson(incident_id=incident_id, **v))


def create_incident(session: Session, draft: IncidentDraft, *, user: str = "") -> int:
    """Open an incident with its number and one board row per ``linkage`` member; returns its id."""
    incident = Incident(status=IncidentStatus.OPEN.value, created_by=user[:100])
    persons = _apply(incident, session, draft)
    if draft.warning_id is not None:
        incident.warning_id = get_or_refuse(session, EarlyWarning, draft.warning_id).id
    if draft.case_id is not None:
        incident.case_id = get_or_refuse(session, DisputeCase, draft.case_id).id
    parties = linkage_parties(session)
    if not parties:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“群体突发事件七方联动机制”还没有成员单位，请先在该机制页面添加成员单位。"), field="parties")
    local_year = incident.learned_at.astimezone(LOCAL_TZ).year
    incident.number_year = local_year
    incident.number_serial = _next_number(session, local_year)
    incident.number = incident_number_text(local_year, incident.number_serial)
    session.add(incident)
    session.flush()
    allowed = limits(session)[incident.level]
    session.add_all(IncidentParty(incident_id=incident.id, seq=i, party=org.name, organisation_id=org.id,
                                  limit_minutes=allowed) for i, org in enumerate(parties, 1))
    _store_persons(session, incident.id, persons)
    session.flush()
    return incident.id


def update_incident(session: Session, incident_id: int, draft: IncidentDraft, *,
                    version: int | None = None, user: str = "") -> None:
    """Correct what the form says of an incident; a new level goes through ``change_level``.
    Any change, of the incident or only of its persons, raises its version once; none leaves it."""
    incident = get_or_refuse(session, Incident, incident_id)
    check_version(incident, version)
    with session.no_autoflush:   # one UPDATE of the incident, so one version step
        old_level = incident.level
        persons = _apply(incident, session, draft)
        incident.level = old_level
        if _store_persons(session, incident.id, persons):
            mark_changed(incident)
        if draft.level != old_level:
            change_level(session, incident_id, draft.level, "", user=user)
    session.flush()


def change_level(session: Session, incident_id: int, level: int, reason: str, *, user: str = "",
                 at: datetime | None = None) -> None:
    """Re-grade an incident: a timeline entry, and the new level's limit for every party not yet
    notified (a party already notified keeps the limit it was notified under)."""
    incident = get_or_refuse(session, Incident, incident_id)
    refuse_closed(incident)
    check_level(level)
    if level == incident.level:
        return
    note = f"{LEVEL_SHORT[incident.level]} → {LEVEL_SHORT[level]}"
    if reason.strip():
        note += f"：{clean_text(reason, 'reason', 500)}"
    incident.level = level
    allowed = limits(session)[level]
    for party in session.scalars(select(IncidentParty).where(IncidentParty.incident_id == incident_id,
                                                             IncidentParty.notified_at.is_(None))):
        party.limit_minutes = allowed
    session.add(IncidentEvent(incident_id=incident_id, kind=EventKind.LEVEL.value,
                              at=at or utcnow(), text=note, by=user[:100]))
    session.flush()


def record_event(session: Session, incident_id: int, text_: str, *, at: datetime | None = None,
                 kind: str = EventKind.ACTION.value, user: str = "") -> int:
    """A response action (or a note) on the timeline; returns its id."""
    incident = get_or_refuse(session, Incident, incident_id)
    refuse_closed(incident)
    if kind not in {k.value for k in EventKind} or kind == EventKind.LEVEL.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}”不是有效的选项。"), field="kind", value=kind)
    event = IncidentEvent(incident_id=incident_id, kind=kind,
                          at=check_moment(at or utcnow(), "at", not_before=incident.began_at),
                          text=clean_required(text_, QT_TRANSLATE_NOOP("Labels", "处置情况"), "text", MAX_TEXT),
                          by=user[:100])
    session.add(event)
    session.flush()
    return event.id


def link_meeting(session: Session, incident_id: int, meeting_id: int) -> None:
    """Link a meeting of the ``linkage`` body to the incident (its decisions join the timeline)."""
    get_or_refuse(session, Incident, incident_id)
    meeting = get_or_refuse(session, Meeting, meeting_id)
    body = session.get(Body, meeting.body_id)
    if body is None or body.key != "linkage":
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "只能关联“群体突发事件七方联动机制”的会议。"), field="meeting")
    exists = session.scalar(select(IncidentMeeting.id).where(IncidentMeeting.incident_id == incident_id,
                                                            IncidentMeeting.meeting_id == meeting_id))
    if exists is None:
        session.add(IncidentMeeting(incident_id=incident_id, meeting_id=meeting_id))
        session.flush()


def unlink_meeting(session: Session, incident_id: int, meeting_id: int) -> None:
    session.execute(delete(IncidentMeeting).where(IncidentMeeting.incident_id == incident_id,
                                                  IncidentMeeting.meeting_id == meeting_id))


def close_incident(session: Session, incident_id: int, summary: str, *, at: datetime | None = None,
                   version: int | None = None) -> None:
    """End the response: the outcome in words; the 总结评估 report may follow."""
    incident = get_or_refuse(session, Incident, incident_id)
    check_version(incident, version)
    refuse_closed(incident)
    incident.summary = clean_required(summary, QT_TRANSLATE_NOOP("Labels", "处置结果"), "summary", MAX_TEXT)
    incident.closed_at = check_moment(at or utcnow(), "closed_at", not_before=incident.began_at)
    incident.status = IncidentStatus.CLOSED.value
    session.flush()


def reopen_incident(session: Session, incident_id: int, reason: str, *, user: str = "") -> None:
    """Reopen a closed incident (it flared up again); the reason goes on the timeline."""
    incident = get_or_refuse(session, Incident, incident_id)
    if incident.status != IncidentStatus.CLOSED.value:
        return
    incident.status, incident.closed_at = IncidentStatus.OPEN.value, None
    session.add(IncidentEvent(incident_id=incident_id, kind=EventKind.NOTE.value, at=utcnow(),
                              text="重新启动处置：" + clean_required(reason, QT_TRANSLATE_NOOP("Labels", "原因"),
                                                              "reason", 500), by=user[:100]))
    session.flush()


# ---------------------------------------------------------------- from a warning or a case

def draft_from_warning(session: Session, warning_id: int, began_at: datetime) -> IncidentDraft:
    """An incident draft from a warning: its enterprise, workers, level and reason."""
    warning = get_or_refuse(session, EarlyWarning, warning_id)
    enterprise = session.get(Enterprise, warning.enterprise_id)
    return IncidentDraft(enterprise_id=warning.enterprise_id, title=f"{enterprise.name}群体性事件",
                         level=_WARNING_TO_LEVEL.get(warning.level, 4), began_at=began_at,
                         workers=warning.workers_affected or 0, happened=warning.reason,
                         drill=warning.drill, warning_id=warning.id)


def draft_from_case(session: Session, case_id: int, began_at: datetime) -> IncidentDraft:
    """An incident draft from a dispute case: its employer, workers and matter."""
    case = get_or_refuse(session, DisputeCase, case_id)
    enterprise = session.get(Enterprise, case.enterprise_id)
    return IncidentDraft(enterprise_id=case.enterprise_id, title=f"{enterprise.name}群体性事件",
                         level=3 if case.collective else 4, began_at=began_at, workers=case.workers,
                         demands=case.matter, case_id=case.id, warning_id=case.warning_id)


def incidents_of(session: Session, *, warning_id: int | None = None,
                 case_id: int | None = None) -> list[tuple[int, str]]:
    """(id, number) of the incidents opened from a warning or a case, oldest first."""
    query = select(Incident.id, Incident.number).order_by(Incident.id)
    if warning_id is not None:
        query = query.where(Incident.warning_id == warning_id)
    if case_id is not None:
        query = query.where(Incident.case_id == case_id)
    return [(i, n) for i, n in session.execute(query)]
