"""Moving a case through its stages, and the extensions and pauses that move its clocks.

受理 → 调解中 → 达成协议 / 调解不成 → 申请司法确认 / 转仲裁 / 诉讼 → 回访 → 结案 → 归档
(``labels.NEXT_STAGES``). A failed mediation may close at once; an agreement is visited (回访)
before the case closes. Every step is appended to the timeline with its date, handler and note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    AdjustmentKind,
    CaseClaim,
    CaseStage,
    CaseStep,
    ClockAdjustment,
    DisputeCase,
    Meeting,
    utcnow,
)
from desktop.services.disputes.casefile import missing_required
from desktop.services.disputes.core import clean_amount, clean_text
from desktop.services.disputes.labels import NEXT_STAGES, STAGE_BY_NAME, STAGE_LABELS
from desktop.services.disputes.rules import MEDIATION, PERFORMANCE, rule
from desktop.services.kernel.records import check_version, get_or_refuse
from desktop.services.kernel.timeutil import check_supported, today_local

G = CaseStage


@dataclass(frozen=True)
class Advance:
    """One step: the stage reached, on which day, by whom, and the agreement's terms at 达成协议."""

    to: str
    on: date
    note: str = ""
    handler: str = ""
    terms: str = ""
    perform_by: date | None = None
    perform_how: str = ""
    meeting_id: int | None = None
    agreed_amounts: tuple[Decimal | str | None, ...] = ()   # per claim, in claim order (达成协议)


def resolve_stage(value: str) -> str:
    """A stage key from its key or its Chinese name (受理, 调解中, …)."""
    wanted = (value or "").strip()
    if wanted in STAGE_LABELS:
        return wanted
    if wanted in STAGE_BY_NAME:
        return STAGE_BY_NAME[wanted]
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有案件阶段“{value}”。可选：{known}。"), field="stage",
                          value=wanted[:20], known="、".join(STAGE_LABELS.values()))


def _refuse_move(case: DisputeCase, to: str) -> None:
    allowed = NEXT_STAGES[case.stage]
    if to in allowed:
        return
    if not allowed:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "案件已归档，不能再办理。"), field="stage")
    if to == G.CLOSED.value and case.stage in (G.AGREED.value, G.CONFIRMATION.value):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "达成协议的案件应先回访（确认协议履行情况），再结案。"), field="stage")
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "案件当前为“{now}”，下一步只能是：{allowed}。"),
                          field="stage", now=STAGE_LABELS[case.stage],
                          allowed="、".join(STAGE_LABELS[s] for s in allowed))


def _check_on(session: Session, case: DisputeCase, on: date) -> None:
    check_supported(on, "on")
    today = today_local()
    if on > today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "日期 {day} 不能晚于今天（{today}）。"),
                              field="on", day=on.isoformat(), today=today.isoformat())
    last = session.scalar(select(func.max(CaseStep.happened_on)).where(CaseStep.case_id == case.id))
    if last is not None and on < last:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "日期 {day} 早于上一步的日期（{last}）。"),
                              field="on", day=on.isoformat(), last=last.isoformat())


def _record_agreement(case: DisputeCase, step: Advance) -> None:
    terms = clean_text(step.terms, "terms")
    if not terms:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "达成协议须写明协议内容。"), field="terms")
    if step.perform_by is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "达成协议须写明履行期限。"), field="perform_by")
    check_supported(step.perform_by, "perform_by")
    if step.perform_by < step.on:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "履行期限（{day}）不能早于达成协议的日期。"),
                              field="perform_by", day=step.perform_by.isoformat())
    case.agreement_terms, case.agreement_on, case.perform_by = terms, step.on, step.perform_by
    case.perform_how = clean_text(step.perform_how, "perform_how")


def _record_agreed_amounts(session: Session, case: DisputeCase, amounts) -> None:
    """The amount agreed per claim (None: nothing agreed for it); more amounts than claims are refused."""
    claims = list(session.scalars(select(CaseClaim).where(CaseClaim.case_id == case.id).order_by(CaseClaim.seq)))
    if len(amounts) > len(claims):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "协议金额有{n}项，但案件只有{m}项请求事项。"),
                              field="agreed_amounts", n=len(amounts), m=len(claims))
    for claim, amount in zip(claims, amounts):
        claim.agreed_amount = clean_amount(amount, "agreed_amounts")


def advance_case(session: Session, case_id: int, step: Advance, *, version: int | None = None,
                 user: str = "") -> int:
    """Move the case on to ``step.to``; returns the new step's seq."""
    case = get_or_refuse(session, DisputeCase, case_id)
    check_version(case, version)
    to = resolve_stage(step.to)
    _refuse_move(case, to)
    _check_on(session, case, step.on)
    if to == G.AGREED.value:
        _record_agreement(case, step)
        _record_agreed_amounts(session, case, step.agreed_amounts)
    if to == G.ARCHIVED.value:
        missing = missing_required(session, case)
        if missing:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "卷宗缺少必备材料，不能归档：{missing}。"),
                                  field="stage", missing="、".join(missing))
        case.archived_on = step.on
    if to == G.CLOSED.value:
        case.closed_on = step.on
    if step.meeting_id is not None:
        get_or_refuse(session, Meeting, step.meeting_id)
    seq = 1 + (session.scalar(select(func.max(CaseStep.seq)).where(CaseStep.case_id == case.id)) or 0)
    session.add(CaseStep(case_id=case.id, seq=seq, stage=to, happened_on=step.on,
                         handler=(step.handler or user)[:100], note=clean_text(step.note, "note"),
                         meeting_id=step.meeting_id))
    case.stage, case.stage_on = to, step.on
    session.flush()
    return seq


# ---------------------------------------------------------------- extensions and pauses

def _open_case(session: Session, case_id: int, version: int | None) -> DisputeCase:
    case = get_or_refuse(session, DisputeCase, case_id)
    check_version(case, version)
    if case.stage in (G.CLOSED.value, G.ARCHIVED.value):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "案件已结案，期限不再计算。"), field="stage")
    return case


def _active(session: Session, case_id: int, key: str, kind: str) -> list[ClockAdjustment]:
    return list(session.scalars(select(ClockAdjustment).where(
        ClockAdjustment.case_id == case_id, ClockAdjustment.rule == key,
        ClockAdjustment.kind == kind, ClockAdjustment.removed_at.is_(None))))


def extend_clock(session: Session, case_id: int, key: str, days: int, reason: str, *,
                 version: int | None = None, user: str = "") -> int:
    """延期 with both parties' consent, within the rule's cap (all extensions together)."""
    case = _open_case(session, case_id, version)
    found = rule(session, key)
    if key == PERFORMANCE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "履行期限由协议写明，不能在此延期。"), field="rule")
    used = sum(a.days or 0 for a in _active(session, case.id, key, AdjustmentKind.EXTENSION.value))
    if days < 1 or used + days > found.max_extension_days:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“{rule}”最多可延期{cap}日，已延期{used}日。"), field="days",
            rule=found.name, cap=found.max_extension_days, used=used)
    reason = clean_text(reason, "reason")
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请写明延期理由（双方当事人同意延期的情况）。"),
                              field="reason")
    return _add(session, ClockAdjustment(case_id=case.id, rule=key, kind=AdjustmentKind.EXTENSION.value,
                                         days=days, reason=reason, recorded_by=user[:100]))


def pause_clock(session: Session, case_id: int, key: str, first_day: date, reason: str, *,
                version: int | None = None, user: str = "") -> int:
    """中止 from ``first_day``; the clock stands still until the pause is ended."""
    case = _open_case(session, case_id, version)
    rule(session, key)
    check_supported(first_day, "first_day")
    if any(a.last_day is None for a in _active(session, case.id, key, AdjustmentKind.PAUSE.value)):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该期限已在中止中，请先结束中止。"), field="rule")
    reason = clean_text(reason, "reason")
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请写明中止的理由。"), field="reason")
    return _add(session, ClockAdjustment(case_id=case.id, rule=key, kind=AdjustmentKind.PAUSE.value,
                                         first_day=first_day, reason=reason, recorded_by=user[:100]))


def end_pause(session: Session, case_id: int, key: str, last_day: date, *, version: int | None = None) -> None:
    """The last paused day; the clock runs again from the day after."""
    case = _open_case(session, case_id, version)
    open_ = [a for a in _active(session, case.id, key, AdjustmentKind.PAUSE.value) if a.last_day is None]
    if not open_:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该期限没有正在进行的中止。"), field="rule")
    check_supported(last_day, "last_day")
    if last_day < open_[0].first_day:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "中止结束日期不能早于中止开始日期（{day}）。"),
                              field="last_day", day=open_[0].first_day.isoformat())
    open_[0].last_day = last_day
    session.flush()


def remove_adjustment(session: Session, adjustment_id: int, *, user: str = "") -> None:
    """Take back an extension or a pause; the row stays, marked removed, and the clock is
    recomputed without it."""
    adj = get_or_refuse(session, ClockAdjustment, adjustment_id)
    if adj.removed_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该调整已撤销。"), field="adjustment")
    _open_case(session, adj.case_id, None)
    adj.removed_at, adj.removed_by = utcnow(), user[:100]
    session.flush()


def _add(session: Session, adjustment: ClockAdjustment) -> int:
    session.add(adjustment)
    session.flush()
    return adjustment.id


__all__ = ["MEDIATION", "Advance", "advance_case", "end_pause", "extend_clock", "pause_clock",
           "remove_adjustment", "resolve_stage"]
