"""What the retention rules make due as of a day: which records, and whether each is purged
(its personal fields removed) or sealed (kept in storage only, while an archive period runs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Attachment,
    CaseParty,
    DisputeCase,
    Incident,
    IncidentPerson,
    IncidentStatus,
    ScreeningCampaign,
    ScreeningEntry,
)
from desktop.services.kernel.timeutil import to_local
from desktop.services.retention.rules import CASES, INCIDENTS, SCREENINGS, rule_of

PURGE, SEAL = "purge", "seal"
PERSONAL_FIELDS = ("姓名", "身份证号码", "电话", "住址")
SCREENING_FIELDS = ("排查责任人", "备注")


@dataclass(frozen=True)
class DueItem:
    """One record the rules make due: ``action`` is ``purge`` or ``seal``."""

    register: str
    record_id: int
    reference: str          # a case or incident number, a campaign's name: never personal data
    action: str
    closed_on: date
    due_on: date            # the day its personal-data period ended
    archive_until: date | None
    fields: tuple[str, ...]
    persons: int            # rows of personal data (workers, or screening results)
    attachments: int


def _years(day: date, years: int) -> date:
    return day + relativedelta(years=years)   # 29 February + 1 year is 28 February


def _action(archive_until: date | None, sealed_at, today: date) -> str | None:
    """Seal while an archive period runs (None when already sealed: nothing to do until it
    ends), purge once it has ended or when there is none."""
    if archive_until is not None and archive_until > today:
        return None if sealed_at is not None else SEAL
    return PURGE


def due(session: Session, today: date) -> list[DueItem]:
    """Everything due as of ``today`` (nothing is written), cases first, oldest first."""
    return [*_cases_due(session, today), *_incidents_due(session, today), *_screenings_due(session, today)]


def _cases_due(session: Session, today: date) -> list[DueItem]:
    personal, archive = rule_of(session, CASES)
    persons = dict(session.execute(select(CaseParty.case_id, func.count()).group_by(CaseParty.case_id)).all())
    files = dict(session.execute(select(Attachment.case_id, func.count()).where(Attachment.case_id.is_not(None))
                                 .group_by(Attachment.case_id)).all())
    rows = session.execute(
        select(DisputeCase.id, DisputeCase.number, DisputeCase.closed_on, DisputeCase.archived_on,
               DisputeCase.sealed_at)
        .where(DisputeCase.closed_on.is_not(None), DisputeCase.purged_at.is_(None))
        .order_by(DisputeCase.closed_on, DisputeCase.id))
    out = []
    for case_id, number, closed_on, archived_on, sealed_at in rows:
        due_on = _years(closed_on, personal)
        if due_on > today:
            continue
        until = _years(archived_on or closed_on, archive) if archive else None
        if (action := _action(until, sealed_at, today)) is None:
            continue
        out.append(DueItem(CASES, case_id, number, action, closed_on, due_on, until, PERSONAL_FIELDS,
                           persons.get(case_id, 0), files.get(case_id, 0)))
    return out


def _incidents_due(session: Session, today: date) -> list[DueItem]:
    personal, archive = rule_of(session, INCIDENTS)
    persons = dict(session.execute(select(IncidentPerson.incident_id, func.count())
                                   .group_by(IncidentPerson.incident_id)).all())
    rows = session.execute(
        select(Incident.id, Incident.number, Incident.closed_at, Incident.sealed_at)
        .where(Incident.status == IncidentStatus.CLOSED.value, Incident.closed_at.is_not(None),
               Incident.purged_at.is_(None))
        .order_by(Incident.closed_at, Incident.id))
    out = []
    for incident_id, number, closed_at, sealed_at in rows:
        closed_on = to_local(closed_at).date()
        due_on = _years(closed_on, personal)
        if due_on > today:
            continue
        until = _years(closed_on, archive) if archive else None
        if (action := _action(until, sealed_at, today)) is None:
            continue
        out.append(DueItem(INCIDENTS, incident_id, number, action, closed_on, due_on, until, PERSONAL_FIELDS,
                           persons.get(incident_id, 0), 0))
    return out


def _screenings_due(session: Session, today: date) -> list[DueItem]:
    personal, _archive = rule_of(session, SCREENINGS)
    entries = dict(session.execute(select(ScreeningEntry.campaign_id, func.count())
                                   .group_by(ScreeningEntry.campaign_id)).all())
    rows = session.execute(select(ScreeningCampaign.id, ScreeningCampaign.name, ScreeningCampaign.last_day)
                           .where(ScreeningCampaign.purged_at.is_(None))
                           .order_by(ScreeningCampaign.last_day, ScreeningCampaign.id))
    out = []
    for campaign_id, name, last_day in rows:
        due_on = _years(last_day, personal)
        if due_on <= today:
            out.append(DueItem(SCREENINGS, campaign_id, name, PURGE, last_day, due_on, None, SCREENING_FIELDS,
                               entries.get(campaign_id, 0), 0))
    return out
