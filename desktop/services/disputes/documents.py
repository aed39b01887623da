"""What a case's documents say (调解申请书 … 案件情况摘要), read from the register.

A document addressed to the parties carries their ID and phone numbers in full, as the law asks
of an agreement (人民调解法 Art. 29), and reading one writes an audit entry (``reveal``) in the
caller's transaction, which must therefore be a writing one. The case summary is a report, not
addressed to a party: it is masked like every list and screen. A document that does not fit the
case (an agreement for a case without one …) is refused with one Chinese line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import CaseParty, CaseStage, Enterprise, PartyRole
from desktop.services.disputes.clocks import Clock, compute_due, session_calendar
from desktop.services.disputes.labels import (
    BODY_LABELS,
    CATEGORY_LABELS,
    NEXT_STAGES,
    SOURCE_LABELS,
    STAGE_LABELS,
)
from desktop.services.disputes.query import CaseDetail, ClaimRow, StepRow, case_detail
from desktop.services.disputes.rules import CONFIRMATION, MEDIATION, load_rules
from desktop.services.disputes.settings import load_case_settings
from desktop.services.kernel.privacy import record_reveal
from desktop.services.kernel.timeutil import today_local
from desktop.services.kernel.validation import mask_phone

G = CaseStage

#: The documents, in the order a case produces them, with their titles.
TITLES = {
    "application": "调解申请书",
    "notice": "受理通知书",
    "record": "调解笔录",
    "agreement": "调解协议书",
    "termination": "终止调解通知书",
    "confirmation": "司法确认申请书",
    "visit": "回访记录",
    "summary": "案件情况摘要",
}
ORAL_TITLE = "口头申请笔录"
DOCUMENTS = tuple(TITLES)
#: Documents addressed to the parties: ID and phone numbers in full, and an audit entry.
ADDRESSED = frozenset(DOCUMENTS) - {"summary"}
ROLE_LABELS = {PartyRole.APPLICANT.value: "申请人", PartyRole.REPRESENTATIVE.value: "职工代表"}


@dataclass(frozen=True)
class Party:
    """A worker on the applicant side, as a document names them."""

    role: str            # 申请人 | 职工代表
    name: str
    gender: str          # 男 | 女 | '' (from the ID number's 17th digit)
    id_number: str       # in full in a document addressed to the parties
    phone: str
    address: str


@dataclass(frozen=True)
class Employer:
    """The respondent (被申请人): the enterprise as the register knows it."""

    name: str
    uscc: str
    address: str
    contact: str         # 法定代表人或联系人
    phone: str


@dataclass(frozen=True)
class CaseDocumentData:
    """Everything one document of one case needs; ``masked`` for the summary."""

    kind: str
    title: str
    number: str
    organisation: str
    body: str                     # the kind of mediation body (调解仲裁法 Art. 10)
    made_on: date | None          # the document's date; None: left blank to fill by hand
    received: date
    category: str
    source: str
    stage: str
    mediator: str
    workers: int
    collective: bool
    oral: bool
    matter: str
    reasons: str
    parties: tuple[Party, ...]
    employer: Employer
    claims: tuple[ClaimRow, ...]
    steps: tuple[StepRow, ...]
    clocks: tuple[Clock, ...]
    agreement_terms: str = ""
    agreement_on: date | None = None
    perform_by: date | None = None
    perform_how: str = ""
    mediation_due: date | None = None       # the 15th day (调解仲裁法 Art. 14); None if provisional
    confirmation_due: date | None = None    # the last day to apply for judicial confirmation; ditto
    knew_on: date | None = None
    arrears_in_employment: bool = False
    ended_because: str = ""                 # why mediation ended, for the termination notice
    closed_on: date | None = None
    masked: bool = False

    @property
    def first_applicant(self) -> str:
        """``张三`` or ``张三等12人``."""
        first = self.parties[0].name if self.parties else ""
        return f"{first}等{self.workers}人" if self.workers > 1 and first else first

    @property
    def claimed_total(self):
        return sum((c.amount for c in self.claims if c.amount is not None), start=0)

    @property
    def agreed_total(self):
        return sum((c.agreed_amount for c in self.claims if c.agreed_amount is not None), start=0)


def gender_of(id_number: str) -> str:
    """男 or 女 from an 18-character ID number's 17th digit (odd: 男); '' when unknown."""
    digit = id_number[16:17]
    if len(id_number) != 18 or not digit.isdigit():
        return ""
    return "男" if int(digit) % 2 else "女"


# ---------------------------------------------------------------- fit

def _reached(detail: CaseDetail) -> set[str]:
    return {s.stage for s in detail.steps}


def _mediation_clock(detail: CaseDetail) -> Clock | None:
    return next((c for c in detail.row.clocks if c.rule == MEDIATION), None)


def _ended_because(detail: CaseDetail) -> str:
    """Why mediation ended without an agreement, or '' when it has not."""
    if detail.case["agreement_on"] is not None:
        return ""
    if G.FAILED.value in _reached(detail):
        return "经调解，双方当事人未能达成调解协议"
    clock = _mediation_clock(detail)
    if clock is not None and clock.days_left is not None and clock.days_left <= 0:
        return "自本调解组织收到调解申请之日起十五日内未能达成调解协议"
    return ""


def _refuse_unfit(kind: str, detail: CaseDetail) -> None:
    if kind not in TITLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有文书“{kind}”。可选：{known}。"), field="document",
                              kind=kind[:30], known="、".join(DOCUMENTS))
    agreed = detail.case["agreement_on"] is not None
    stage = STAGE_LABELS[detail.row.stage]
    if kind in ("agreement", "confirmation") and not agreed:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "案件{number}尚未达成调解协议（当前为“{stage}”），没有{title}。"),
            field="document", number=detail.row.number, stage=stage, title=TITLES[kind])
    if kind == "termination" and not _ended_because(detail):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "案件{number}未调解不成，调解期限也未届满（当前为“{stage}”），没有终止调解通知书。"),
            field="document", number=detail.row.number, stage=stage)
    if kind == "visit" and not (G.VISIT.value in _reached(detail)
                                or G.VISIT.value in NEXT_STAGES[detail.row.stage]):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "案件{number}当前为“{stage}”，不需要回访，没有回访记录。"),
            field="document", number=detail.row.number, stage=stage)


# ---------------------------------------------------------------- reading

def _parties(session: Session, case_id: int, masked: bool, detail: CaseDetail) -> tuple[Party, ...]:
    if masked:
        return tuple(Party(ROLE_LABELS.get(p.role, p.role), p.name, "", p.id_number, p.phone, p.address)
                     for p in detail.parties)
    rows = session.scalars(select(CaseParty).where(CaseParty.case_id == case_id).order_by(CaseParty.seq))
    return tuple(Party(ROLE_LABELS.get(p.role, p.role), p.name, gender_of(p.id_number), p.id_number, p.phone,
                       p.address) for p in rows)


def _employer(session: Session, enterprise_id: int, masked: bool) -> Employer:
    e = session.get(Enterprise, enterprise_id)
    phone = mask_phone(e.contact_phone) if masked else e.contact_phone
    return Employer(e.name, e.uscc or "", e.address, e.contact_name, phone)


def _made_on(kind: str, detail: CaseDetail, today: date) -> date | None:
    last = {s.stage: s.on for s in detail.steps}
    return {"application": detail.row.received, "notice": detail.row.received,
            "agreement": detail.case["agreement_on"],
            "termination": last.get(G.FAILED.value, today), "confirmation": None,
            "visit": last.get(G.VISIT.value), "record": None}.get(kind, today)


def _confirmed_day(due) -> date | None:
    """A last day a document may state: one computed from a year whose holiday schedule is not
    entered yet is provisional and left out (the statutory wording then stands alone)."""
    return None if due is None or due.provisional else due.day


def _confirmation_due(session: Session, agreed_on: date | None) -> date | None:
    if agreed_on is None:
        return None
    return _confirmed_day(compute_due(load_rules(session)[CONFIRMATION], agreed_on, session_calendar(session)))


def _mediation_due(session: Session, detail: CaseDetail) -> date | None:
    clock = _mediation_clock(detail)
    if clock is not None:
        return None if clock.provisional else clock.due
    return _confirmed_day(compute_due(load_rules(session)[MEDIATION], detail.row.received,
                                      session_calendar(session)))


def case_document(session: Session, case_id: int, kind: str, *, today: date | None = None) -> CaseDocumentData:
    """The data of document ``kind`` of case ``case_id``; refuses a document that does not fit.

    A document addressed to the parties (``ADDRESSED``) writes an audit entry (reveal) in the
    caller's transaction: it carries ID and phone numbers in full."""
    today = today or today_local()
    masked = kind not in ADDRESSED
    detail = case_detail(session, case_id, today=today)
    _refuse_unfit(kind, detail)
    if not masked:
        record_reveal(session, f"dispute_case:{case_id}:{kind}")
    row, case = detail.row, detail.case
    title = ORAL_TITLE if kind == "application" and case["oral"] else TITLES[kind]
    return CaseDocumentData(
        kind=kind, title=title, number=row.number, organisation=load_case_settings().organisation,
        body=BODY_LABELS.get(case["mediation_body"], ""), made_on=_made_on(kind, detail, today),
        received=row.received, category=CATEGORY_LABELS[row.category], source=SOURCE_LABELS.get(row.source, ""),
        stage=row.stage, mediator=row.mediator, workers=row.workers, collective=row.collective,
        oral=bool(case["oral"]), matter=case["matter"], reasons=case["reasons"],
        parties=_parties(session, case_id, masked, detail),
        employer=_employer(session, row.enterprise_id, masked), claims=detail.claims, steps=detail.steps,
        clocks=row.clocks, agreement_terms=case["agreement_terms"], agreement_on=case["agreement_on"],
        perform_by=case["perform_by"], perform_how=case["perform_how"],
        mediation_due=_mediation_due(session, detail),
        confirmation_due=_confirmation_due(session, case["agreement_on"]),
        knew_on=case["knew_on"], arrears_in_employment=bool(case["arrears_in_employment"]),
        ended_because=_ended_because(detail), closed_on=row.closed_on, masked=masked)


def documents_for(session: Session, case_id: int, *, today: date | None = None) -> list[str]:
    """The documents that fit the case now (for a menu), in ``DOCUMENTS`` order; reads only."""
    detail = case_detail(session, case_id, today=today or today_local())
    fitting = []
    for kind in DOCUMENTS:
        try:
            _refuse_unfit(kind, detail)
        except ValidationError:
            continue
        fitting.append(kind)
    return fitting


__all__ = ["ADDRESSED", "DOCUMENTS", "TITLES", "CaseDocumentData", "Employer", "Party",
           "case_document", "documents_for", "gender_of"]
