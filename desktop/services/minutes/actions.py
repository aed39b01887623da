"""Decisions (议定事项) of minutes turned into action items (督办事项) in one call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import ActionItem, Decision, Meeting, Organisation, Person
from desktop.services.actions.core import ActionFields, create_from_decision


@dataclass(frozen=True)
class ActionSpec:
    """What the 转为督办事项 dialog asks for one decision."""

    decision_id: int
    lead_org_id: int | None
    owner_id: int | None = None
    due: date | None = None
    title: str = ""               # the decision's text when blank


@dataclass(frozen=True)
class DecisionActionRow:
    """An action item made from a decision."""

    id: int
    decision_id: int
    title: str
    lead: str
    due: date | None
    status: str


def _check(session: Session, spec: ActionSpec) -> Decision:
    decision = session.get(Decision, spec.decision_id)
    if decision is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "议定事项不存在（编号 {id}），可能已被删除。"),
                            id=spec.decision_id)
    if spec.lead_org_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择牵头单位。"), field="lead_org_id")
    if session.get(Organisation, spec.lead_org_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "所选牵头单位不存在，可能已被删除。"),
                              field="lead_org_id")
    if spec.owner_id is not None and session.get(Person, spec.owner_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "所选责任人不存在，可能已被删除。"),
                              field="owner_id")
    return decision


def decisions_to_actions(session: Session, specs: Sequence[ActionSpec]) -> list[int]:
    """One action item per spec through the follow-up service's own rules (validation, audit),
    linked to its decision, meeting and body; returns their ids."""
    ids = []
    for spec in specs:
        decision = _check(session, spec)
        meeting = session.get(Meeting, decision.meeting_id)
        fields = ActionFields(
            title=" ".join((spec.title or decision.text).split())[:500],
            description=f"{meeting.title}议定事项第{decision.position}项。",
            lead_org_id=spec.lead_org_id, owner_id=spec.owner_id, due=spec.due)
        ids.append(create_from_decision(session, decision.id, fields))
    return ids


def actions_of_meeting(session: Session, meeting_id: int) -> list[DecisionActionRow]:
    """Action items made from the meeting's decisions."""
    rows = session.execute(
        select(ActionItem.id, ActionItem.decision_id, ActionItem.title, Organisation.name,
               ActionItem.due, ActionItem.status)
        .outerjoin(Organisation, Organisation.id == ActionItem.lead_org_id)
        .where(ActionItem.meeting_id == meeting_id, ActionItem.decision_id.is_not(None))
        .order_by(ActionItem.id))
    return [DecisionActionRow(i, d, t, lead or "", due, s) for i, d, t, lead, due, s in rows]
