"""One action item in full, with its co-organisations and its history, for the detail dialog,
the 催办单 and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    ActionItem,
    ActionUpdate,
    Body,
    Decision,
    Meeting,
    Organisation,
    Person,
    action_co_organisations,
)
from desktop.services.actions.core import ActionFields
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.timeutil import to_local


@dataclass(frozen=True)
class UpdateRow:
    """One line of an item's history."""

    id: int
    kind: str
    reported_on: date
    text: str
    percent: int | None
    recorded_by: str


@dataclass(frozen=True)
class ActionDetail:
    id: int
    body_key: str
    body_name: str
    title: str
    description: str
    status: str
    priority: str
    progress: int
    due: date | None
    report_every_days: int | None
    lead_org_id: int | None
    lead: str
    lead_email: str
    co_org_ids: tuple[int, ...]
    co_organisations: tuple[str, ...]
    owner_id: int | None
    owner: str
    owner_email: str
    meeting_id: int | None
    meeting_title: str
    meeting_day: date | None
    decision_id: int | None
    decision_text: str
    created_on: date
    closed_at: datetime | None
    closed_by: str
    close_note: str
    version: int
    history: tuple[UpdateRow, ...]

    @property
    def last_report(self) -> date | None:
        return max((u.reported_on for u in self.history if u.kind == "progress"), default=None)

    def fields(self) -> ActionFields:
        """The editable fields as they stand, for a form to start from."""
        return ActionFields(self.title, self.description, self.lead_org_id, self.co_org_ids,
                            self.owner_id, self.due, self.priority, self.report_every_days)


def get_action(session: Session, action_id: int) -> ActionDetail:
    """The item with names, co-organisations and its history (oldest first)."""
    item = get_or_refuse(session, ActionItem, action_id)
    body = session.get(Body, item.body_id)
    lead = session.get(Organisation, item.lead_org_id) if item.lead_org_id else None
    owner = session.get(Person, item.owner_id) if item.owner_id else None
    meeting = session.get(Meeting, item.meeting_id) if item.meeting_id else None
    decision = session.get(Decision, item.decision_id) if item.decision_id else None
    co = session.execute(
        select(Organisation.id, Organisation.name)
        .join(action_co_organisations, action_co_organisations.c.organisation_id == Organisation.id)
        .where(action_co_organisations.c.action_id == action_id).order_by(Organisation.name)).all()
    history = tuple(
        UpdateRow(u.id, u.kind, u.reported_on, u.text, u.percent, u.recorded_by)
        for u in session.scalars(select(ActionUpdate).where(ActionUpdate.action_id == action_id)
                                 .order_by(ActionUpdate.reported_on, ActionUpdate.id)))
    return ActionDetail(
        item.id, body.key, body.name, item.title, item.description, item.status, item.priority,
        item.progress, item.due, item.report_every_days, item.lead_org_id,
        lead.name if lead else "", lead.email if lead else "",
        tuple(i for i, _ in co), tuple(n for _, n in co), item.owner_id,
        owner.name if owner else "", owner.email if owner else "",
        item.meeting_id, meeting.title if meeting else "",
        to_local(meeting.start).date() if meeting else None,
        item.decision_id, decision.text if decision else "", to_local(item.created_at).date(),
        item.closed_at, item.closed_by, item.close_note, item.version, history)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    detail: str = ""


def organisation_choices(session: Session) -> list[Choice]:
    """Organisations by name, for the lead and co-organisation pickers."""
    rows = session.execute(select(Organisation.id, Organisation.name, Organisation.short_name)
                           .order_by(Organisation.name))
    return [Choice(i, n, s) for i, n, s in rows]


def people_choices(session: Session, organisation_id: int | None = None) -> list[Choice]:
    """People (optionally of one organisation) with their organisation, for the owner picker."""
    query = (select(Person.id, Person.name, Organisation.name)
             .outerjoin(Organisation, Organisation.id == Person.organisation_id)
             .order_by(Organisation.name, Person.name, Person.id))
    if organisation_id is not None:
        query = query.where(Person.organisation_id == organisation_id)
    return [Choice(i, n, o or "") for i, n, o in session.execute(query)]
