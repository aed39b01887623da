"""Reading cases: list rows with their running clocks, one case in detail, and clocks due soon.

ID and phone numbers are masked in everything here unless ``unmask`` is given, and unmasking
writes an audit entry (``reveal``) in the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    OPEN_STAGES,
    Body,
    CaseClaim,
    CaseParty,
    CaseStep,
    ClockAdjustment,
    DisputeCase,
    Enterprise,
    Mediator,
    Meeting,
)
from desktop.services.disputes.clocks import Clock, case_clocks, session_calendar
from desktop.services.disputes.labels import CATEGORY_LABELS, STAGE_LABELS
from desktop.services.disputes.rules import load_rules
from desktop.services.disputes.settings import load_case_settings
from desktop.services.kernel.privacy import record_reveal
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.timeutil import local_day_bounds_utc, to_local, today_local
from desktop.services.kernel.validation import mask_id_number, mask_phone

OPEN = tuple(s.value for s in OPEN_STAGES)


@dataclass(frozen=True)
class PartyRow:
    seq: int
    role: str
    name: str
    id_number: str        # masked unless unmasked
    phone: str
    address: str


@dataclass(frozen=True)
class ClaimRow:
    seq: int
    text: str
    amount: Decimal | None
    agreed_amount: Decimal | None


@dataclass(frozen=True)
class StepRow:
    seq: int
    stage: str
    on: date
    handler: str
    note: str
    meeting_id: int | None
    meeting: str = ""          # the 调解会 (a meeting of the dispute body): its date and title


@dataclass(frozen=True)
class AdjustmentRow:
    id: int
    rule: str
    kind: str
    days: int | None
    first_day: date | None
    last_day: date | None
    reason: str
    removed: bool


@dataclass(frozen=True)
class CaseRow:
    """One case as lists show it."""

    id: int
    number: str
    stage: str
    received: date
    enterprise_id: int
    employer: str
    uscc: str
    category: str
    source: str
    workers: int
    collective: bool
    applicant: str          # the first applicant's name (…等N人)
    mediator: str
    amount_claimed: Decimal
    closed_on: date | None
    warning_id: int | None
    version: int
    clocks: tuple[Clock, ...]

    @property
    def worst_state(self) -> str:
        order = ("red", "amber", "paused", "ok")
        states = [c.state for c in self.clocks]
        return next((s for s in order if s in states), "")

    def as_json(self) -> dict:
        return {"id": self.id, "number": self.number, "stage": self.stage,
                "stage_name": STAGE_LABELS[self.stage], "received": self.received.isoformat(),
                "employer": self.employer, "uscc": self.uscc, "category": self.category,
                "category_name": CATEGORY_LABELS[self.category], "workers": self.workers,
                "clocks": [c.as_json() for c in self.clocks]}


@dataclass(frozen=True)
class CaseDetail:
    row: CaseRow
    parties: tuple[PartyRow, ...]
    claims: tuple[ClaimRow, ...]
    steps: tuple[StepRow, ...]
    adjustments: tuple[AdjustmentRow, ...]
    case: dict                 # the case's remaining fields (matter, reasons, agreement, …)
    unmasked: bool


def adjustments_by_case(session: Session, case_ids: list[int]) -> dict[int, list[ClockAdjustment]]:
    """The clock adjustments of each case (removed ones included), oldest first."""
    found: dict[int, list[ClockAdjustment]] = defaultdict(list)
    for start in range(0, len(case_ids), 500):
        for adj in session.scalars(select(ClockAdjustment).where(
                ClockAdjustment.case_id.in_(case_ids[start:start + 500])).order_by(ClockAdjustment.id)):
            found[adj.case_id].append(adj)
    return found


def _firsts(session: Session, case_ids: list[int]) -> dict[int, tuple[str, int]]:
    names: dict[int, tuple[str, int]] = {}
    for start in range(0, len(case_ids), 500):
        rows = session.execute(select(CaseParty.case_id, CaseParty.name).where(
            CaseParty.case_id.in_(case_ids[start:start + 500])).order_by(CaseParty.case_id, CaseParty.seq))
        for case_id, name in rows:
            first, count = names.get(case_id, (name, 0))
            names[case_id] = (first, count + 1)
    return names


def _claimed(session: Session, case_ids: list[int]) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = defaultdict(Decimal)
    for start in range(0, len(case_ids), 500):
        for case_id, amount in session.execute(select(CaseClaim.case_id, CaseClaim.amount).where(
                CaseClaim.case_id.in_(case_ids[start:start + 500]))):
            totals[case_id] += amount or Decimal(0)
    return totals


def _query():
    return (select(DisputeCase, Enterprise.name, Enterprise.uscc, Mediator.name)
            .join(Enterprise, Enterprise.id == DisputeCase.enterprise_id)
            .outerjoin(Mediator, Mediator.id == DisputeCase.mediator_id))


def _rows(session: Session, results, today: date) -> list[CaseRow]:
    results = list(results)
    ids = [case.id for case, *_ in results]
    adjustments, firsts, claimed = adjustments_by_case(session, ids), _firsts(session, ids), _claimed(session, ids)
    rules, days = load_rules(session), session_calendar(session)
    amber = load_case_settings().amber_days
    rows = []
    for case, employer, uscc, mediator in results:
        first, count = firsts.get(case.id, ("", 0))
        applicant = f"{first}等{case.workers}人" if case.workers > 1 else first
        clocks = case_clocks(case, adjustments.get(case.id, ()), rules, days, today, amber)
        rows.append(CaseRow(case.id, case.number, case.stage, case.received, case.enterprise_id, employer,
                            uscc or "", case.category, case.source, case.workers, case.collective,
                            applicant if count else "", mediator or "", claimed.get(case.id, Decimal(0)),
                            case.closed_on, case.warning_id, case.version, tuple(clocks)))
    return rows


def list_cases(session: Session, stage: str = "open", *, today: date | None = None,
               first: date | None = None, last: date | None = None,
               enterprise_id: int | None = None) -> list[CaseRow]:
    """Cases by received date, newest first. ``stage``: open, all, or one stage's key."""
    query = _query().order_by(DisputeCase.received.desc(), DisputeCase.id.desc())
    if stage == "open":
        query = query.where(DisputeCase.stage.in_(OPEN))
    elif stage != "all":
        query = query.where(DisputeCase.stage == stage)
    if first is not None:
        query = query.where(DisputeCase.received >= first)
    if last is not None:
        query = query.where(DisputeCase.received <= last)
    if enterprise_id is not None:
        query = query.where(DisputeCase.enterprise_id == enterprise_id)
    return _rows(session, session.execute(query), today or today_local())


def get_case(session: Session, case_id: int, *, today: date | None = None) -> CaseRow:
    get_or_refuse(session, DisputeCase, case_id)
    return _rows(session, session.execute(_query().where(DisputeCase.id == case_id)), today or today_local())[0]


def _party(p: CaseParty, unmask: bool) -> PartyRow:
    id_number = p.id_number if unmask else mask_id_number(p.id_number)
    phone = p.phone if unmask else mask_phone(p.phone)
    return PartyRow(p.seq, p.role, p.name, id_number, phone, p.address)


def case_detail(session: Session, case_id: int, *, unmask: bool = False,
                today: date | None = None) -> CaseDetail:
    """Everything about one case; ``unmask`` shows ID and phone numbers in full and is audited
    (the caller's session must then be a writing one)."""
    row = get_case(session, case_id, today=today)
    case = session.get(DisputeCase, case_id)
    if unmask:
        record_reveal(session, f"dispute_case:{case_id}")
    parties = tuple(_party(p, unmask) for p in session.scalars(
        select(CaseParty).where(CaseParty.case_id == case_id).order_by(CaseParty.seq)))
    claims = tuple(ClaimRow(c.seq, c.text, c.amount, c.agreed_amount) for c in session.scalars(
        select(CaseClaim).where(CaseClaim.case_id == case_id).order_by(CaseClaim.seq)))
    rows = list(session.scalars(select(CaseStep).where(CaseStep.case_id == case_id).order_by(CaseStep.seq)))
    meetings = _meeting_texts(session, {s.meeting_id for s in rows if s.meeting_id is not None})
    steps = tuple(StepRow(s.seq, s.stage, s.happened_on, s.handler, s.note, s.meeting_id,
                          meetings.get(s.meeting_id, "")) for s in rows)
    adjustments = tuple(AdjustmentRow(a.id, a.rule, a.kind, a.days, a.first_day, a.last_day, a.reason,
                                      a.removed_at is not None)
                        for a in adjustments_by_case(session, [case_id]).get(case_id, ()))
    fields = {name: getattr(case, name) for name in (
        "mediation_body", "knew_on", "arrears_in_employment", "matter", "reasons", "oral",
        "agreement_terms", "agreement_on", "perform_by", "perform_how", "archived_on", "notes",
        "mediator_id", "stage_on")}
    return CaseDetail(row, parties, claims, steps, adjustments, fields, unmask)


def _meeting_texts(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Meeting.id, Meeting.start, Meeting.title).where(Meeting.id.in_(ids)))
    return {i: f"{to_local(start):%Y-%m-%d} {title}" for i, start, title in rows}


def hearing_choices(session: Session, around: date, days: int = 60) -> list[tuple[int, str]]:
    """Meetings of the dispute body within ``days`` of ``around`` (调解会 a step can refer to),
    nearest first: (id, "YYYY-MM-DD title")."""
    first, last = local_day_bounds_utc(around - timedelta(days=days), around + timedelta(days=days))
    rows = session.execute(
        select(Meeting.id, Meeting.start, Meeting.title).join(Body, Body.id == Meeting.body_id)
        .where(Body.key == "dispute", Meeting.start >= first, Meeting.start < last))
    found = [(i, to_local(start), title) for i, start, title in rows]
    found.sort(key=lambda r: abs((r[1].date() - around).days))
    return [(i, f"{start:%Y-%m-%d} {title}") for i, start, title in found]


@dataclass(frozen=True)
class DueClock:
    """A running clock due within the reminder window, for the dashboard, 督办 and reminders."""

    case_id: int
    number: str
    employer: str
    clock: Clock


def clocks_due_within(session: Session, days: int | None = None, *, today: date | None = None) -> list[DueClock]:
    """Running clocks of open cases due within ``days`` (default: the settings' window) or
    already passed, soonest first; paused clocks are left out."""
    today = today or today_local()
    window = load_case_settings().soon_days if days is None else days
    due = [DueClock(r.id, r.number, r.employer, c) for r in list_cases(session, "open", today=today)
           for c in r.clocks if c.days_left is not None and c.days_left <= window]
    return sorted(due, key=lambda d: (d.clock.due, d.number))
