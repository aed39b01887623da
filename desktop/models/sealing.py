"""Sealed records refuse every change (个人信息保护法 Art. 47: once the retention period has
passed while an archive period still runs, only storage remains).

One ``before_flush`` hook guards every ORM write, whichever service or screen makes it: a sealed
case or incident, and every row that belongs to one (parties, claims, steps, clocks, documents,
attachments; board rows, reports, events, persons, meeting links), cannot be added, changed or
deleted. Unsealing is itself a change of the sealed row, allowed only inside a session marked
``session.info[UNSEALING]`` by the retention service, which logs it.
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.attachment import Attachment
from desktop.models.dispute import (
    CaseClaim,
    CaseDocument,
    CaseParty,
    CaseStep,
    ClockAdjustment,
    DisputeCase,
)
from desktop.models.incident import (
    Incident,
    IncidentEvent,
    IncidentMeeting,
    IncidentParty,
    IncidentPerson,
    IncidentReport,
)

UNSEALING = "unsealing"
_CASE_PARTS = (CaseParty, CaseClaim, CaseStep, ClockAdjustment, CaseDocument, Attachment)
_INCIDENT_PARTS = (IncidentParty, IncidentReport, IncidentEvent, IncidentPerson, IncidentMeeting)


def _stored_sealed_at(obj):
    """The sealed_at the row had when loaded (before this flush's change), None for a new row."""
    state = inspect(obj)
    if state.pending or state.transient:
        return None
    history = state.attrs.sealed_at.history
    if history.deleted:
        return history.deleted[0]
    return history.unchanged[0] if history.unchanged else obj.__dict__.get("sealed_at")


def _owner_sealed(session: Session, obj) -> bool:
    if isinstance(obj, (DisputeCase, Incident)):
        return _stored_sealed_at(obj) is not None and not session.info.get(UNSEALING)
    if isinstance(obj, _CASE_PARTS):
        owner_id, model = getattr(obj, "case_id", None), DisputeCase
    elif isinstance(obj, _INCIDENT_PARTS):
        owner_id, model = obj.incident_id, Incident
    else:
        return False
    if owner_id is None:
        return False
    with session.no_autoflush:
        owner = session.get(model, owner_id)
    return owner is not None and _stored_sealed_at(owner) is not None


@event.listens_for(Session, "before_flush")
def _refuse_sealed(session: Session, _ctx, _instances) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, (DisputeCase, Incident, *_CASE_PARTS, *_INCIDENT_PARTS)):
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        if _owner_sealed(session, obj):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "该记录已超过个人信息保存期限并已封存，只能保存，不能修改；如确需处理，请先办理启封。"),
                field="sealed")
