"""Intake (一窗受理) of a dispute case: checks, the case number, parties and claims, and the link
to the early-warning register.

Each function takes a session and never commits: one call is one transaction of the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    CaseCategory,
    CaseClaim,
    CaseParty,
    CaseSource,
    CaseStage,
    CaseStep,
    DisputeCase,
    EarlyWarning,
    Enterprise,
    MediationBody,
    Mediator,
    PartyRole,
    WarningCategory,
    WarningLevel,
    WarningStatus,
)
from desktop.models.audit_chain import lock_writers
from desktop.services.disputes.labels import CATEGORY_LABELS
from desktop.services.disputes.settings import load_case_settings
from desktop.services.kernel.records import check_version, get_or_refuse, mark_changed, sync_rows
from desktop.services.kernel.timeutil import check_supported, today_local
from desktop.services.kernel.validation import (
    clean_id_number,
    clean_phone,
    clean_required,
    clean_text,
)

COLLECTIVE_WORKERS = 10      # 调解仲裁法 Art. 7
MAX_AMOUNT = Decimal("999999999999.99")


@dataclass(frozen=True)
class PartyInput:
    """A worker on the applicant side, as typed."""

    name: str
    id_number: str = ""
    phone: str = ""
    address: str = ""
    role: str = PartyRole.APPLICANT.value


@dataclass(frozen=True)
class ClaimInput:
    text: str
    amount: Decimal | None = None


@dataclass(frozen=True)
class CaseDraft:
    """What the intake form (or ``add case``) says of a case."""

    enterprise_id: int
    received: date
    category: str
    parties: tuple[PartyInput, ...]
    claims: tuple[ClaimInput, ...] = ()
    workers: int | None = None          # None: the number of applicants
    source: str = CaseSource.WINDOW.value
    mediation_body: str = MediationBody.TOWNSHIP.value
    mediator_id: int | None = None
    knew_on: date | None = None
    arrears_in_employment: bool = False
    matter: str = ""
    reasons: str = ""
    oral: bool = False
    warning_id: int | None = None
    notes: str = ""


# ---------------------------------------------------------------- checks

def resolve_category(value: str) -> str:
    """A category key from its key or any unambiguous part of its Chinese name."""
    wanted = (value or "").strip()
    if wanted in CATEGORY_LABELS:
        return wanted
    found = [key for key, label in CATEGORY_LABELS.items() if wanted and wanted in label]
    if len(found) == 1:
        return found[0]
    known = "；".join(CATEGORY_LABELS.values())
    if not found:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有争议类别“{value}”。可选：{known}。"),
                              field="category", value=wanted, known=known)
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "争议类别“{value}”不明确，可指：{found}。"),
                          field="category", value=wanted,
                          found="；".join(CATEGORY_LABELS[k] for k in found))


def clean_amount(value: Decimal | str | None, field: str = "amount") -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value).replace(",", "").strip()).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额“{value}”不是有效的数字。"),
                              field=field, value=str(value)[:30]) from None
    if not Decimal(0) <= amount <= MAX_AMOUNT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额应在0到{max}元之间。"), field=field,
                              max=str(MAX_AMOUNT))
    return amount


def _choice(value: str, allowed, field: str) -> str:
    if value not in {member.value for member in allowed}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "“{value}”不是有效的选项。"), field=field,
                              value=str(value)[:30])
    return value


def _check_day(value: date, field: str, *, not_after: date | None = None) -> date:
    check_supported(value, field)
    if not_after is not None and value > not_after:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "日期 {day} 不能晚于今天（{today}）。"),
                              field=field, day=value.isoformat(), today=not_after.isoformat())
    return value


def _clean_parties(parties: tuple[PartyInput, ...]) -> list[dict]:
    if not parties:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请至少填写一名申请人。"), field="parties")
    cleaned = []
    for p in parties:
        cleaned.append({
            "name": clean_required(p.name, QT_TRANSLATE_NOOP("Labels", "申请人姓名"), "name", 100),
            "id_number": clean_id_number(p.id_number), "phone": clean_phone(p.phone),
            "address": clean_text(p.address, "address", 300),
            "role": _choice(p.role, PartyRole, "role")})
    return cleaned


def _clean_workers(workers: int | None, parties: list[dict]) -> int:
    count = len(parties) if workers is None else workers
    if not 1 <= count <= 100000:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "涉及职工人数应在1到100000之间。"), field="workers")
    if count < len(parties):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "涉及职工人数（{n}）少于所填申请人人数（{m}）。"),
                              field="workers", n=count, m=len(parties))
    return count


# ---------------------------------------------------------------- numbering

def case_number_text(year: int, serial: int, code: str) -> str:
    """``（2026）经开工调字第3号``: full-width parentheses, 字第, no leading zeros."""
    return f"（{year}）{code}字第{serial}号"


def _next_number(session: Session, year: int) -> tuple[int, str]:
    """The next serial of ``year``, taken under the write lock: on SQLite the transaction is a
    writer from its first statement (BEGIN IMMEDIATE), on PostgreSQL the writers' advisory lock
    (``models.audit_chain``, taken first by every writer) serialises them; the unique key
    (number_year, number_serial) refuses anything else."""
    lock_writers(session.connection())   # PostgreSQL: the one writers' lock, first (SQLite: a no-op)
    last = session.scalar(select(func.max(DisputeCase.number_serial))
                          .where(DisputeCase.number_year == year))
    serial = (last or 0) + 1
    return serial, case_number_text(year, serial, load_case_settings().case_code)


# ---------------------------------------------------------------- intake

def _apply(case: DisputeCase, session: Session, draft: CaseDraft) -> tuple[list[dict], list[dict]]:
    get_or_refuse(session, Enterprise, draft.enterprise_id)
    if draft.mediator_id is not None:
        get_or_refuse(session, Mediator, draft.mediator_id)
    parties = _clean_parties(draft.parties)
    claims = [{"text": clean_required(c.text, QT_TRANSLATE_NOOP("Labels", "请求事项"), "claim", 2000),
               "amount": clean_amount(c.amount)} for c in draft.claims]
    today = today_local()
    case.enterprise_id = draft.enterprise_id
    case.received = _check_day(draft.received, "received", not_after=today)
    case.category = resolve_category(draft.category)
    case.source = _choice(draft.source, CaseSource, "source")
    case.mediation_body = _choice(draft.mediation_body, MediationBody, "mediation_body")
    case.mediator_id = draft.mediator_id
    case.knew_on = None if draft.knew_on is None else _check_day(draft.knew_on, "knew_on", not_after=today)
    case.arrears_in_employment = bool(draft.arrears_in_employment)
    case.workers = _clean_workers(draft.workers, parties)
    case.collective = case.workers >= COLLECTIVE_WORKERS
    case.matter = clean_text(draft.matter, "matter")
    case.reasons = clean_text(draft.reasons, "reasons")
    case.oral, case.notes = bool(draft.oral), clean_text(draft.notes, "notes")
    return parties, claims


def _store_parts(session: Session, case: DisputeCase, parties: list[dict], claims: list[dict]) -> bool:
    """The case's parties and claims as the form says; True if any row changed. A claim kept
    keeps its agreed amount."""
    stored = [list(session.scalars(select(model).where(model.case_id == case.id).order_by(model.seq, model.id)))
              for model in (CaseParty, CaseClaim)]
    changed = sync_rows(session, stored[0], parties, lambda **v: CaseParty(case_id=case.id, **v))
    return sync_rows(session, stored[1], claims, lambda **v: CaseClaim(case_id=case.id, **v)) or changed


def create_case(session: Session, draft: CaseDraft, *, user: str = "") -> int:
    """Register a case at 受理: its number, parties, claims and first step; returns its id."""
    case = DisputeCase(stage=CaseStage.RECEIVED.value, created_by=user[:100])
    parties, claims = _apply(case, session, draft)
    if draft.warning_id is not None:
        get_or_refuse(session, EarlyWarning, draft.warning_id)
        case.warning_id = draft.warning_id
    case.stage_on = case.received
    case.number_year = case.received.year
    case.number_serial, case.number = _next_number(session, case.number_year)
    session.add(case)
    session.flush()
    _store_parts(session, case, parties, claims)
    session.add(CaseStep(case_id=case.id, seq=1, stage=CaseStage.RECEIVED.value, happened_on=case.received,
                         handler=user[:100], note="口头申请" if case.oral else ""))
    session.flush()
    return case.id


def update_case(session: Session, case_id: int, draft: CaseDraft, *, version: int | None = None) -> None:
    """Correct the intake details of a case (not its number, stage or warning link). Any change,
    of the case or only of its parties or claims, raises its version once; none leaves it."""
    case = get_or_refuse(session, DisputeCase, case_id)
    check_version(case, version)
    if case.received != draft.received and case.stage != CaseStage.RECEIVED.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "案件已进入调解，不能再修改受理日期。"), field="received")
    with session.no_autoflush:   # one UPDATE of the case, so one version step
        parties, claims = _apply(case, session, draft)
        if case.stage == CaseStage.RECEIVED.value:
            case.stage_on = case.received
            first = session.scalar(select(CaseStep).where(CaseStep.case_id == case.id, CaseStep.seq == 1))
            if first is not None:
                first.happened_on = case.received
        if _store_parts(session, case, parties, claims):
            mark_changed(case)
    session.flush()


# ---------------------------------------------------------------- the early-warning link

def draft_from_warning(session: Session, warning_id: int, received: date | None = None) -> CaseDraft:
    """A case draft prefilled from a warning: its enterprise, source 预警转入, workers, category."""
    warning = get_or_refuse(session, EarlyWarning, warning_id)
    category = (CaseCategory.REMUNERATION.value if warning.category == WarningCategory.ARREARS.value
                else CaseCategory.OTHER.value)
    return CaseDraft(enterprise_id=warning.enterprise_id, received=received or today_local(),
                     category=category, parties=(), workers=warning.workers_affected,
                     source=CaseSource.WARNING.value, matter=warning.reason, warning_id=warning.id)


def raise_warning_for_case(session: Session, case_id: int) -> int:
    """A warning suggestion (待签发) for a collective case's enterprise, linked to the case."""
    case = get_or_refuse(session, DisputeCase, case_id)
    if case.warning_id is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该案件已关联预警（编号 {id}）。"),
                              field="warning", id=case.warning_id)
    category = (WarningCategory.ARREARS.value if case.category == CaseCategory.REMUNERATION.value
                else WarningCategory.OTHER.value)
    warning = EarlyWarning(
        enterprise_id=case.enterprise_id, category=category, status=WarningStatus.SUGGESTED.value,
        level=WarningLevel.YELLOW.value, suggested_level=WarningLevel.YELLOW.value,
        reason=f"集体劳动争议案件{case.number}，涉及职工{case.workers}人。", scope="",
        workers_affected=case.workers, watch="", measures="", drill=False)
    session.add(warning)
    session.flush()
    case.warning_id = warning.id
    session.flush()
    return warning.id


def cases_of_warning(session: Session, warning_id: int) -> list[tuple[int, str]]:
    """(id, number) of the cases linked to a warning, oldest first."""
    rows = session.execute(select(DisputeCase.id, DisputeCase.number)
                           .where(DisputeCase.warning_id == warning_id).order_by(DisputeCase.id))
    return [(i, n) for i, n in rows]


# ---------------------------------------------------------------- the mediator roster

def add_mediator(session: Session, name: str, organisation: str = "", phone: str = "") -> int:
    mediator = Mediator(name=clean_required(name, QT_TRANSLATE_NOOP("Labels", "调解员姓名"), "name", 100),
                        organisation=clean_text(organisation, "organisation", 200),
                        phone=clean_phone(phone), active=True)
    session.add(mediator)
    session.flush()
    return mediator.id


def set_mediator_active(session: Session, mediator_id: int, active: bool) -> None:
    get_or_refuse(session, Mediator, mediator_id).active = active
    session.flush()


def list_mediators(session: Session, *, include_inactive: bool = False) -> list[tuple[int, str, str, bool]]:
    """(id, name, organisation, active) of the roster, by name."""
    query = select(Mediator.id, Mediator.name, Mediator.organisation, Mediator.active).order_by(Mediator.name)
    if not include_inactive:
        query = query.where(Mediator.active.is_(True))
    return [tuple(r) for r in session.execute(query)]
