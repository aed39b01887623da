"""What the 预警提示函, the meeting's warning list and the warnings report say, read from the register."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Enterprise
from desktop.services.kernel.timeutil import local_day_bounds_utc, to_local, today_local
from desktop.services.warnings.query import (
    MessageRow,
    WarningRow,
    get_warning,
    list_warnings,
    messages_between,
    timeline,
)

ISSUER = "经开区劳资矛盾预警工作领导小组办公室"


@dataclass(frozen=True)
class WarningLetter:
    """One 预警提示函: the warning in its current state, its enterprise and its chain."""

    warning: WarningRow
    address: str
    issued_on: date
    messages: tuple[MessageRow, ...]
    issuer: str = ISSUER


def warning_letter(session: Session, warning_id: int) -> WarningLetter:
    """The letter of an issued warning; a suggestion or a dismissed one has none."""
    row = get_warning(session, warning_id)
    if row.messages == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该预警尚未签发，没有预警提示函。"), field="status")
    address = session.scalar(select(Enterprise.address).where(Enterprise.id == row.enterprise_id)) or ""
    messages = tuple(timeline(session, warning_id))
    return WarningLetter(row, address, to_local(messages[0].sent_at).date(), messages)


@dataclass(frozen=True)
class WarningList:
    """The warnings for a meeting of the ``warning`` body, most severe first."""

    rows: tuple[WarningRow, ...]
    made_on: date
    issuer: str = ISSUER


def warning_list(session: Session, ids=None, *, today: date | None = None) -> WarningList:
    """Warnings in force (or those of ``ids``), red first, then by expiry."""
    today = today or today_local()
    rows = list_warnings(session, "active" if ids is None else "all", today=today, ids=ids)
    rank = {"red": 0, "orange": 1, "yellow": 2, "blue": 3}
    rows.sort(key=lambda r: (r.drill, rank.get(r.level, 9), r.expires or date.max, r.id))
    return WarningList(tuple(rows), today)


@dataclass(frozen=True)
class WarningReport:
    first: date | None
    last: date | None
    warnings: tuple[WarningRow, ...]
    messages: tuple[tuple[WarningRow, MessageRow], ...]


def warning_report(session: Session, first: date | None = None, last: date | None = None,
                   today: date | None = None) -> WarningReport:
    """Warnings whose issuing message falls in ``first``..``last`` (Beijing days; open ends)."""
    lo, hi = local_day_bounds_utc(first, last)
    issued = {wid for wid, m in messages_between(session, lo, hi) if m.seq == 1}
    rows = [r for r in list_warnings(session, "all", today=today or today_local()) if r.id in issued]
    by_id = {r.id: r for r in rows}
    messages = tuple((by_id[wid], m) for wid, m in messages_between(session, None, None) if wid in by_id)
    return WarningReport(first, last, tuple(rows), messages)
