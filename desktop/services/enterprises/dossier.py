"""企业档案: what the registers hold about one enterprise, read in one go for its own page.

Its screening results over time (newest campaign first) and its warnings, each with its message
chain in order. Read from the models directly: the screening and warning services stand above
this package and use it, not the other way round. The dispute cases and incidents join here
when their registers exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    EarlyWarning,
    Enterprise,
    ScreeningCampaign,
    ScreeningEntry,
    WarningMessage,
)
from desktop.services.kernel.records import get_or_refuse


@dataclass(frozen=True)
class ScreeningLine:
    campaign_id: int
    campaign: str
    first_day: date
    last_day: date
    responsible: str
    screened_at: datetime | None      # None: not screened yet
    screened_by: str
    arrears_months: Decimal | None
    workers_affected: int | None
    amount_owed: Decimal | None
    insurance_months: Decimal | None
    planned_layoffs: int | None
    notes: str


@dataclass(frozen=True)
class MessageLine:
    seq: int
    kind: str            # issue | adjust | extend | lift
    level: str
    expires: date | None
    reason: str
    sent_by: str
    sent_at: datetime


@dataclass(frozen=True)
class WarningLine:
    id: int
    category: str
    level: str
    status: str          # suggested | active | lifted | dismissed (expiry is the caller's to show)
    reason: str
    starts: date | None
    expires: date | None
    drill: bool
    created_at: datetime
    messages: tuple[MessageLine, ...]


@dataclass(frozen=True)
class Dossier:
    enterprise_id: int
    screenings: tuple[ScreeningLine, ...]
    warnings: tuple[WarningLine, ...]


def enterprise_dossier(session: Session, enterprise_id: int) -> Dossier:
    """The enterprise's screenings (newest first) and warnings (newest first, chains in order)."""
    get_or_refuse(session, Enterprise, enterprise_id)
    entries = session.execute(
        select(ScreeningEntry, ScreeningCampaign).join(ScreeningCampaign,
                                                       ScreeningCampaign.id == ScreeningEntry.campaign_id)
        .where(ScreeningEntry.enterprise_id == enterprise_id)
        .order_by(ScreeningCampaign.first_day.desc(), ScreeningCampaign.id.desc())).all()
    warnings = session.scalars(select(EarlyWarning).where(EarlyWarning.enterprise_id == enterprise_id)
                               .order_by(EarlyWarning.created_at.desc(), EarlyWarning.id.desc())).all()
    messages: dict[int, list[MessageLine]] = {}
    if warnings:
        for m in session.scalars(select(WarningMessage).where(WarningMessage.warning_id.in_([w.id for w in warnings]))
                                 .order_by(WarningMessage.warning_id, WarningMessage.seq)):
            messages.setdefault(m.warning_id, []).append(
                MessageLine(m.seq, m.kind, m.level, m.expires, m.reason, m.sent_by, m.sent_at))
    return Dossier(
        enterprise_id,
        tuple(ScreeningLine(c.id, c.name, c.first_day, c.last_day, e.responsible, e.screened_at, e.screened_by,
                            e.arrears_months, e.workers_affected, e.amount_owed, e.insurance_months,
                            e.planned_layoffs, e.notes) for e, c in entries),
        tuple(WarningLine(w.id, w.category, w.level, w.status, w.reason, w.starts, w.expires, w.drill,
                          w.created_at, tuple(messages.get(w.id, ()))) for w in warnings),
    )
