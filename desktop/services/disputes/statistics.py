"""Case statistics for a period: the cases received in it, how far they went, by category,
source and mediator, with workers, amounts, the 15-day share, days to close and the union share.

A case counts as mediated once it has left 受理; as settled, failed or handed on when its
timeline holds a 达成协议, 调解不成 or 申请司法确认/转仲裁/诉讼 step. Amounts agreed count only
for settled cases, and a settled claim without an agreed amount adds nothing. A settlement is
within the limit when its day is not after the ``mediation_15`` last day, extensions and pauses
included (``clocks.compute_due``). The case list carries ID and phone numbers masked only.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    CaseClaim,
    CaseParty,
    CaseStage,
    CaseStep,
    DisputeCase,
    Enterprise,
    MediationBody,
    Mediator,
)
from desktop.services.disputes.clocks import active_adjustments, compute_due, session_calendar
from desktop.services.disputes.labels import CATEGORY_LABELS, SOURCE_LABELS
from desktop.services.disputes.query import adjustments_by_case
from desktop.services.disputes.rules import MEDIATION, load_rules
from desktop.services.kernel.timeutil import today_local
from desktop.services.kernel.validation import mask_id_number, mask_phone

G = CaseStage
HANDED_ON = frozenset((G.CONFIRMATION.value, G.ARBITRATION.value, G.LITIGATION.value))
NO_MEDIATOR = "未指定调解员"
_CHUNK = 500


@dataclass(frozen=True)
class CaseLine:
    """One case of the period as the 案件清单 shows it; numbers masked."""

    id: int
    number: str
    received: date
    stage: str
    employer: str
    uscc: str
    category: str
    source: str
    mediation_body: str
    mediator: str
    applicants: str          # names, 、-joined
    id_numbers: str          # masked, 、-joined
    phones: str              # masked, 、-joined
    workers: int
    claimed: Decimal
    agreed: Decimal
    mediated: bool
    settled: bool
    failed: bool
    handed_on: bool
    agreement_on: date | None
    mediation_due: date | None
    in_time: bool | None     # None unless settled
    closed_on: date | None

    @property
    def days_to_close(self) -> int | None:
        return None if self.closed_on is None else (self.closed_on - self.received).days


@dataclass(frozen=True)
class GroupFigures:
    """The figures of one category, source or mediator."""

    key: str
    name: str
    received: int
    mediated: int
    settled: int
    failed: int
    handed_on: int
    workers: int
    claimed: Decimal
    agreed: Decimal


@dataclass(frozen=True)
class CaseStatistics:
    """The figures of the cases received from ``first`` to ``last`` (None: open-ended)."""

    first: date | None
    last: date | None
    today: date
    total: GroupFigures
    settled_in_time: int
    closed: int
    median_days_to_close: float | None
    union_mediated: int
    by_category: tuple[GroupFigures, ...]
    by_source: tuple[GroupFigures, ...]
    by_mediator: tuple[GroupFigures, ...]
    cases: tuple[CaseLine, ...]

    @property
    def in_time_share(self) -> float | None:
        """Settled within the 15-day limit over settled; None when nothing was settled."""
        return self.settled_in_time / self.total.settled if self.total.settled else None

    @property
    def union_share(self) -> float | None:
        """Mediated by the township (union) body over all received; None for no case."""
        return self.union_mediated / self.total.received if self.total.received else None


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _stages(session: Session, ids: list[int]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    for part in _chunks(ids):
        for case_id, stage in session.execute(select(CaseStep.case_id, CaseStep.stage)
                                              .where(CaseStep.case_id.in_(part))):
            found[case_id].add(stage)
    return found


def _amounts(session: Session, ids: list[int]) -> dict[int, tuple[Decimal, Decimal]]:
    totals: dict[int, tuple[Decimal, Decimal]] = defaultdict(lambda: (Decimal(0), Decimal(0)))
    for part in _chunks(ids):
        for case_id, amount, agreed in session.execute(
                select(CaseClaim.case_id, CaseClaim.amount, CaseClaim.agreed_amount)
                .where(CaseClaim.case_id.in_(part))):
            claimed, agreed_sum = totals[case_id]
            totals[case_id] = (claimed + (amount or 0), agreed_sum + (agreed or 0))
    return totals


def _parties(session: Session, ids: list[int]) -> dict[int, list[CaseParty]]:
    found: dict[int, list[CaseParty]] = defaultdict(list)
    for part in _chunks(ids):
        for party in session.scalars(select(CaseParty).where(CaseParty.case_id.in_(part))
                                     .order_by(CaseParty.case_id, CaseParty.seq)):
            found[party.case_id].append(party)
    return found


def _joined(values: Iterable[str]) -> str:
    return "、".join(v for v in values if v)


class _Reader:
    """Everything about the period's cases, read in a few queries."""

    def __init__(self, session: Session, results: list) -> None:
        ids = [case.id for case, *_ in results]
        self.stages, self.amounts = _stages(session, ids), _amounts(session, ids)
        self.parties, self.adjustments = _parties(session, ids), adjustments_by_case(session, ids)
        self.rule, self.days = load_rules(session)[MEDIATION], session_calendar(session)

    def line(self, case: DisputeCase, employer: str, uscc: str | None, mediator: str | None) -> CaseLine:
        stages = self.stages.get(case.id, set())
        settled = G.AGREED.value in stages or case.agreement_on is not None
        claimed, agreed = self.amounts[case.id]
        extension, pauses = active_adjustments(self.adjustments.get(case.id, ()), MEDIATION)
        due = compute_due(self.rule, case.received, self.days, extension_days=extension, pauses=pauses).day
        in_time = None
        if settled:
            in_time = due is not None and case.agreement_on is not None and case.agreement_on <= due
        parties = self.parties.get(case.id, [])
        return CaseLine(
            case.id, case.number, case.received, case.stage, employer, uscc or "", case.category,
            case.source, case.mediation_body, mediator or "", _joined(p.name for p in parties),
            _joined(mask_id_number(p.id_number) for p in parties), _joined(mask_phone(p.phone) for p in parties),
            case.workers, claimed, agreed if settled else Decimal(0), case.stage != G.RECEIVED.value, settled,
            G.FAILED.value in stages, bool(stages & HANDED_ON), case.agreement_on, due, in_time, case.closed_on)


def _figures(key: str, name: str, lines: list[CaseLine]) -> GroupFigures:
    return GroupFigures(key, name, len(lines), sum(c.mediated for c in lines), sum(c.settled for c in lines),
                        sum(c.failed for c in lines), sum(c.handed_on for c in lines),
                        sum(c.workers for c in lines), sum((c.claimed for c in lines), Decimal(0)),
                        sum((c.agreed for c in lines), Decimal(0)))


def _grouped(lines: list[CaseLine], key: Callable[[CaseLine], str], labels: dict[str, str],
             order: Iterable[str] | None = None) -> tuple[GroupFigures, ...]:
    """One figure per key; the keys of ``order`` always appear (zero rows too), in that order,
    other keys follow by most cases."""
    groups: dict[str, list[CaseLine]] = defaultdict(list)
    for line in lines:
        groups[key(line)].append(line)
    keys = list(order or ())
    keys += sorted((k for k in groups if k not in keys), key=lambda k: (-len(groups[k]), k))
    return tuple(_figures(k, labels.get(k, k), groups.get(k, [])) for k in keys)


def case_statistics(session: Session, first: date | None = None, last: date | None = None, *,
                    today: date | None = None) -> CaseStatistics:
    """The figures of the cases received from ``first`` to ``last``, both included."""
    query = (select(DisputeCase, Enterprise.name, Enterprise.uscc, Mediator.name)
             .join(Enterprise, Enterprise.id == DisputeCase.enterprise_id)
             .outerjoin(Mediator, Mediator.id == DisputeCase.mediator_id)
             .order_by(DisputeCase.received, DisputeCase.number_year, DisputeCase.number_serial))
    if first is not None:
        query = query.where(DisputeCase.received >= first)
    if last is not None:
        query = query.where(DisputeCase.received <= last)
    results = list(session.execute(query))
    reader = _Reader(session, results)
    lines = [reader.line(*row) for row in results]
    closing = [c.days_to_close for c in lines if c.days_to_close is not None]
    return CaseStatistics(
        first=first, last=last, today=today or today_local(), total=_figures("", "合计", lines),
        settled_in_time=sum(1 for c in lines if c.in_time), closed=len(closing),
        median_days_to_close=float(statistics.median(closing)) if closing else None,
        union_mediated=sum(1 for c in lines if c.mediation_body == MediationBody.TOWNSHIP.value),
        by_category=_grouped(lines, lambda c: c.category, CATEGORY_LABELS, CATEGORY_LABELS),
        by_source=_grouped(lines, lambda c: c.source, SOURCE_LABELS, SOURCE_LABELS),
        by_mediator=_grouped(lines, lambda c: c.mediator or NO_MEDIATOR, {}),
        cases=tuple(lines))

