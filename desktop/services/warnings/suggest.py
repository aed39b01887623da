"""Suggested warnings from screening results, kept in step with the results they came from.

``suggest_for_entries`` runs in the transaction that wrote the results (a sheet import or the
result form). For each screened entry the rule proposes a level or nothing:

- a suggestion already made from this entry is updated to the new level and reasons, or
  withdrawn (deleted: a suggestion has no messages yet) when the rule proposes nothing any more;
- an entry that already led to an issued or dismissed warning gets no new suggestion: the
  secretary has decided on it;
- otherwise a new suggestion is made, unless the enterprise already has an active warning of
  the same category at least as severe (not a drill).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import EarlyWarning, Enterprise, ScreeningEntry, WarningLevel, WarningStatus
from desktop.services.warnings.rules import Result, suggest
from desktop.services.warnings.settings import RuleSettings, load_rule_settings

CHUNK = 500   # entries read per query (an import may touch all 15,550)


@dataclass
class SuggestOutcome:
    """Warning ids: suggestions made, suggestions changed, suggestions withdrawn."""

    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    withdrawn: list[int] = field(default_factory=list)


def _rank(level: str) -> int:
    return WarningLevel(level).rank


def suggest_for_entries(session: Session, entry_ids: Iterable[int],
                        rules: RuleSettings | None = None) -> SuggestOutcome:
    """Make, update or withdraw the suggestions of these screening entries (see the module)."""
    rules = rules or load_rule_settings()
    outcome = SuggestOutcome()
    ids = sorted(set(entry_ids))
    for start in range(0, len(ids), CHUNK):
        _suggest_chunk(session, ids[start:start + CHUNK], rules, outcome)
    session.flush()
    return outcome


def _suggest_chunk(session: Session, ids: list[int], rules: RuleSettings, outcome: SuggestOutcome) -> None:
    rows = session.execute(
        select(ScreeningEntry, Enterprise.employees).join(Enterprise, Enterprise.id == ScreeningEntry.enterprise_id)
        .where(ScreeningEntry.id.in_(ids))).all()
    warnings = session.scalars(select(EarlyWarning).where(EarlyWarning.entry_id.in_(ids))).all()
    by_entry: dict[int, list[EarlyWarning]] = {}
    for warning in warnings:
        by_entry.setdefault(warning.entry_id, []).append(warning)
    enterprises = {entry.enterprise_id for entry, _ in rows}
    active = session.execute(
        select(EarlyWarning.enterprise_id, EarlyWarning.category, EarlyWarning.level)
        .where(EarlyWarning.enterprise_id.in_(enterprises), EarlyWarning.status == WarningStatus.ACTIVE.value,
               EarlyWarning.drill.is_(False))).all()
    made: list[EarlyWarning] = []
    for entry, workers in rows:
        proposal = suggest(_result(entry, workers), rules) if entry.screened_at is not None else None
        mine = by_entry.get(entry.id, [])
        if any(w.status != WarningStatus.SUGGESTED.value for w in mine):
            continue   # issued or dismissed already: decided
        pending = mine[0] if mine else None
        if proposal is None:
            if pending is not None:
                outcome.withdrawn.append(pending.id)
                session.delete(pending)
            continue
        if pending is not None:
            if (pending.level, pending.reason, pending.category) != (proposal.level.value, proposal.reason,
                                                                    proposal.category.value):
                _fill(pending, entry, proposal)
                outcome.updated.append(pending.id)
            continue
        if any(e == entry.enterprise_id and c == proposal.category.value and _rank(lv) <= proposal.level.rank
               for e, c, lv in active):
            continue   # already covered by an active warning at least as severe
        warning = EarlyWarning(enterprise_id=entry.enterprise_id, entry_id=entry.id,
                               status=WarningStatus.SUGGESTED.value)
        _fill(warning, entry, proposal)
        session.add(warning)
        made.append(warning)
    session.flush()
    outcome.created.extend(w.id for w in made)


def _result(entry: ScreeningEntry, workers: int | None) -> Result:
    return Result(arrears_months=entry.arrears_months, workers_affected=entry.workers_affected,
                  insurance_months=entry.insurance_months, planned_layoffs=entry.planned_layoffs,
                  workers=workers)


def _fill(warning: EarlyWarning, entry: ScreeningEntry, proposal) -> None:
    warning.level = warning.suggested_level = proposal.level.value
    warning.category = proposal.category.value
    warning.reason = proposal.reason
    warning.workers_affected = entry.workers_affected

