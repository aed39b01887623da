"""Warnings as message chains: issue a suggestion or a new warning, adjust, extend, lift, dismiss.

Nothing is edited in place (the Common Alerting Protocol's rule). Issuing adds message 1; each
adjust, extend and lift adds a message with the next ``seq`` whose ``replaces_id`` is the
message before it, and updates the ``warnings`` row's current state in the same transaction.
A lifted or dismissed warning takes no further message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    EarlyWarning,
    Enterprise,
    MessageKind,
    WarningCategory,
    WarningLevel,
    WarningMessage,
    WarningStatus,
    utcnow,
)
from desktop.services.enterprises.core import clean_workers
from desktop.services.kernel.permissions import Permission, require
from desktop.services.kernel.records import check_version, get_or_refuse
from desktop.services.kernel.timeutil import check_supported, today_local
from desktop.services.warnings.labels import LEVEL_LABELS, STATUS_LABELS
from desktop.services.warnings.letters import assign_letter_number
from desktop.services.warnings.settings import load_rule_settings

S = WarningStatus
MAX_TEXT = 2000


@dataclass(frozen=True)
class WarningDraft:
    """What an issuing form says. ``None`` keeps the suggestion's value (or the default)."""

    level: str | None = None
    reason: str = ""
    category: str | None = None
    starts: date | None = None
    expires: date | None = None
    scope: str | None = None
    workers_affected: int | None = None
    watch: str | None = None
    measures: str | None = None
    drill: bool | None = None


# ---------------------------------------------------------------- checks

def clean_level(value: str | None) -> str:
    if value not in {lv.value for lv in WarningLevel}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "预警级别应为红、橙、黄、蓝之一（red、orange、yellow、blue）。"),
                              field="level")
    return value


def clean_category(value: str | None) -> str:
    if value not in {c.value for c in WarningCategory}:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "预警类别应为欠薪、社保欠缴、裁员、停产搬迁、信访或其他。"),
                              field="category")
    return value


def _text(value: str, field: str = "") -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "内容过长（最多{n}个字）。"), field=field, n=MAX_TEXT)
    return text


def _reason(value: str, template: str, **params) -> str:
    text = _text(value or "", "reason")
    if not text:
        raise ValidationError(template, field="reason", **params)
    return text


def _refuse_unless(warning: EarlyWarning, *allowed: S) -> None:
    if warning.status in {s.value for s in allowed}:
        return
    if warning.status == S.LIFTED.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该预警已解除，不能再作任何处理。"), field="status")
    if warning.status == S.DISMISSED.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该预警建议已决定不予预警，不能再作任何处理。"),
                              field="status")
    wanted = "、".join(STATUS_LABELS[s.value] for s in allowed)
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该预警当前为“{state}”，此操作只适用于“{wanted}”的预警。"),
                          field="status", state=STATUS_LABELS[warning.status], wanted=wanted)


def _check_period(starts: date, expires: date) -> None:
    check_supported(starts, "starts")
    check_supported(expires, "expires")
    if expires < starts:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "有效期至（{expires}）不能早于预警开始日期（{starts}）。"),
                              field="expires", expires=expires.isoformat(), starts=starts.isoformat())


def _warning(session: Session, warning_id: int, version: int | None) -> EarlyWarning:
    warning = get_or_refuse(session, EarlyWarning, warning_id)
    check_version(warning, version)
    return warning


# ---------------------------------------------------------------- the chain

def _last_message(session: Session, warning_id: int) -> WarningMessage | None:
    return session.scalar(select(WarningMessage).where(WarningMessage.warning_id == warning_id)
                          .order_by(WarningMessage.seq.desc()).limit(1))


def _append(session: Session, warning: EarlyWarning, kind: MessageKind, reason: str,
            now: datetime) -> WarningMessage:
    """A message carrying the warning's current state, replacing the chain's last message."""
    last = _last_message(session, warning.id)
    message = WarningMessage(
        warning_id=warning.id, seq=(last.seq + 1) if last else 1, kind=kind.value,
        replaces_id=last.id if last else None, level=warning.level, starts=warning.starts,
        expires=warning.expires, scope=warning.scope, workers_affected=warning.workers_affected,
        watch=warning.watch, measures=warning.measures, reason=reason,
        sent_by=session.info.get("user", ""), sent_at=now)
    session.add(message)
    session.flush()
    return message


def _apply_draft(warning: EarlyWarning, draft: WarningDraft) -> None:
    if draft.category is not None:
        warning.category = clean_category(draft.category)
    for name in ("scope", "watch", "measures"):
        value = getattr(draft, name)
        if value is not None:
            setattr(warning, name, _text(value, name))
    if draft.workers_affected is not None:
        warning.workers_affected = clean_workers(draft.workers_affected, "workers_affected")
    if draft.drill is not None:
        warning.drill = bool(draft.drill)
    warning.starts = draft.starts or warning.starts or today_local()
    warning.expires = draft.expires or warning.starts + timedelta(days=load_rule_settings().expiry_days)
    _check_period(warning.starts, warning.expires)


def _issue(session: Session, warning: EarlyWarning, reason: str, now: datetime | None) -> int:
    require(session, Permission.ISSUE_WARNING)
    now = now or utcnow()
    warning.status = S.ACTIVE.value
    assign_letter_number(session, warning, now)
    _append(session, warning, MessageKind.ISSUE, reason, now)
    return warning.id


def issue_suggestion(session: Session, warning_id: int, draft: WarningDraft = WarningDraft(),
                     *, version: int | None = None, now: datetime | None = None) -> int:
    """签发: a suggestion becomes an active warning (message 1). A level other than the suggested
    one needs a reason, which the first message keeps; otherwise it keeps the rule's reason."""
    warning = _warning(session, warning_id, version)
    _refuse_unless(warning, S.SUGGESTED)
    level = clean_level(draft.level or warning.level)
    suggested = warning.suggested_level or warning.level
    reason = draft.reason.strip()
    if level != suggested:
        reason = _reason(reason, QT_TRANSLATE_NOOP(
            "Errors", "签发级别（{level}）与建议级别（{suggested}）不同，请说明理由。"),
            level=LEVEL_LABELS[level], suggested=LEVEL_LABELS.get(suggested, suggested))
    warning.level = level
    _apply_draft(warning, draft)
    return _issue(session, warning, _text(reason or warning.reason, "reason"), now)


def create_warning(session: Session, enterprise_id: int, draft: WarningDraft, *,
                   now: datetime | None = None) -> int:
    """A warning issued by hand (not from a suggestion); its reason is required."""
    get_or_refuse(session, Enterprise, enterprise_id)
    reason = _reason(draft.reason, QT_TRANSLATE_NOOP("Errors", "请填写预警的理由（依据）。"))
    warning = EarlyWarning(enterprise_id=enterprise_id, level=clean_level(draft.level),
                           category=clean_category(draft.category or WarningCategory.OTHER.value),
                           reason=reason, scope="", watch="", measures="", drill=False)
    _apply_draft(warning, draft)
    session.add(warning)
    session.flush()
    return _issue(session, warning, reason, now)


def adjust_level(session: Session, warning_id: int, level: str, reason: str, *,
                 version: int | None = None, now: datetime | None = None) -> int:
    """调整级别 (raise or lower); returns the new message's id."""
    require(session, Permission.ISSUE_WARNING)   # the issuer's decision, like issuing
    warning = _warning(session, warning_id, version)
    _refuse_unless(warning, S.ACTIVE)
    level = clean_level(level)
    if level == warning.level:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该预警已是{level}预警，请选择另一个级别。"),
                              field="level", level=LEVEL_LABELS[level])
    reason = _reason(reason, QT_TRANSLATE_NOOP("Errors", "请说明调整级别的理由。"))
    warning.level = level
    return _append(session, warning, MessageKind.ADJUST, reason, now or utcnow()).id


def extend_warning(session: Session, warning_id: int, until: date, reason: str = "", *,
                   version: int | None = None, now: datetime | None = None) -> int:
    """延期: a later expiry; returns the new message's id."""
    require(session, Permission.ISSUE_WARNING)   # the issuer's decision, like issuing
    warning = _warning(session, warning_id, version)
    _refuse_unless(warning, S.ACTIVE)
    check_supported(until, "expires")
    if warning.expires is not None and until <= warning.expires:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "延期后的日期应晚于现在的有效期（{expires}）。"),
                              field="expires", expires=warning.expires.isoformat())
    _check_period(warning.starts or until, until)
    warning.expires = until
    return _append(session, warning, MessageKind.EXTEND, _text(reason, "reason"), now or utcnow()).id


def lift_warning(session: Session, warning_id: int, reason: str, *,
                 version: int | None = None, now: datetime | None = None) -> int:
    """解除: the chain's last message; returns its id."""
    require(session, Permission.ISSUE_WARNING)
    warning = _warning(session, warning_id, version)
    _refuse_unless(warning, S.ACTIVE)
    reason = _reason(reason, QT_TRANSLATE_NOOP("Errors", "请说明解除预警的理由。"))
    now = now or utcnow()
    warning.status, warning.closed_at = S.LIFTED.value, now
    return _append(session, warning, MessageKind.LIFT, reason, now).id


def dismiss_suggestion(session: Session, warning_id: int, reason: str, *,
                       version: int | None = None, now: datetime | None = None) -> None:
    """不予预警: a suggestion turned down, with its reason (no message: it was never issued)."""
    require(session, Permission.ISSUE_WARNING)   # the issuer's decision, like issuing
    warning = _warning(session, warning_id, version)
    _refuse_unless(warning, S.SUGGESTED)
    warning.dismissed_reason = _reason(reason, QT_TRANSLATE_NOOP("Errors", "请说明不予预警的理由。"))
    warning.status, warning.closed_at = S.DISMISSED.value, now or utcnow()
    session.flush()
