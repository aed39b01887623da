"""Sealed records: the list, and the explicit, logged unsealing (个人信息保护法 Art. 47)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import UNSEALING, AuditEntry, DisputeCase, Incident
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.validation import clean_required
from desktop.services.retention.rules import CASES, INCIDENTS

_MODELS = {CASES: DisputeCase, INCIDENTS: Incident}


@dataclass(frozen=True)
class SealedRow:
    register: str
    record_id: int
    reference: str
    sealed_at: datetime


def sealed_records(session: Session) -> list[SealedRow]:
    """Every sealed case and incident, oldest seal first."""
    out = []
    for register, model in _MODELS.items():
        rows = session.execute(select(model.id, model.number, model.sealed_at).where(model.sealed_at.is_not(None)))
        out += [SealedRow(register, i, n, at) for i, n, at in rows]
    return sorted(out, key=lambda r: r.sealed_at)


def is_sealed(session: Session, register: str, record_id: int) -> bool:
    model = _MODELS[register]
    return session.scalar(select(model.sealed_at).where(model.id == record_id)) is not None


def unseal(session: Session, register: str, record_id: int, reason: str, *, user: str = "") -> None:
    """Lift the seal of one record for a stated reason; the audit log keeps who, when and why.
    The next purge seals it again while its archive period runs."""
    if register not in _MODELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有登记簿“{value}”。"), field="register",
                              value=str(register)[:30])
    why = clean_required(reason, QT_TRANSLATE_NOOP("Labels", "启封原因"), "reason", 500)
    record = get_or_refuse(session, _MODELS[register], record_id)
    if record.sealed_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该记录未封存。"), field="sealed")
    session.info[UNSEALING] = True
    try:
        record.sealed_at = None
        session.flush()
    finally:
        session.info.pop(UNSEALING, None)
    session.add(AuditEntry(user=user or session.info.get("user") or "unknown", entity=_MODELS[register].__tablename__,
                           entity_id=record_id, action="unseal",
                           changes=json.dumps({"number": record.number, "reason": why}, ensure_ascii=False)))
    session.flush()
