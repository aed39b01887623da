"""How long each register keeps personal data after closing, and its archive period: code
defaults the office overrides with ``retention_rules`` rows (one per register).

Defaults: personal data is kept 3 years after a record closes. Dispute cases also have a case-file
archive period of 10 years (from archiving, or from closing when never archived) during which a
due case is sealed instead of purged (个人信息保护法 Art. 47); the other registers have none.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import RetentionRule
from desktop.services.kernel.permissions import Permission, require
from desktop.services.kernel.records import check_version

CASES, INCIDENTS, SCREENINGS = "cases", "incidents", "screenings"
REGISTERS = (CASES, INCIDENTS, SCREENINGS)
REGISTER_LABELS = {
    CASES: QT_TRANSLATE_NOOP("Labels", "争议案件"),
    INCIDENTS: QT_TRANSLATE_NOOP("Labels", "突发事件"),
    SCREENINGS: QT_TRANSLATE_NOOP("Labels", "排查结果"),
}
#: register → (personal-data years after closing, archive years; 0 = no archive period)
DEFAULTS = {CASES: (3, 10), INCIDENTS: (3, 0), SCREENINGS: (3, 0)}
MAX_YEARS = 100


@dataclass(frozen=True)
class RetentionRow:
    register: str
    label: str
    personal_years: int
    archive_years: int
    customised: bool
    version: int | None


def retention_rules(session: Session) -> list[RetentionRow]:
    """Every register's rule, the office's row over the default."""
    stored = {r.register: r for r in session.scalars(select(RetentionRule))}
    out = []
    for key in REGISTERS:
        row = stored.get(key)
        personal, archive = (row.personal_years, row.archive_years) if row else DEFAULTS[key]
        out.append(RetentionRow(key, REGISTER_LABELS[key], personal, archive, row is not None,
                                row.version if row else None))
    return out


def rule_of(session: Session, register: str) -> tuple[int, int]:
    """(personal years, archive years) of one register."""
    row = session.get(RetentionRule, register)
    return (row.personal_years, row.archive_years) if row else DEFAULTS[register]


def set_retention(session: Session, register: str, personal_years: int, archive_years: int, *,
                  user: str = "", version: int | None = None) -> None:
    """The office's rule for ``register``."""
    require(session, Permission.MANAGE_RULES)
    if register not in REGISTERS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有登记簿“{value}”。"), field="register",
                              value=str(register)[:30])
    for value, field in ((personal_years, "personal_years"), (archive_years, "archive_years")):
        if not isinstance(value, int) or not 0 <= value <= MAX_YEARS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "保存年限应在0到{max}年之间。"), field=field,
                                  max=MAX_YEARS)
    if personal_years < 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "个人信息至少保存1年。"), field="personal_years")
    row = session.get(RetentionRule, register)
    if row is None:
        session.add(RetentionRule(register=register, personal_years=personal_years,
                                  archive_years=archive_years, updated_by=user[:100]))
    else:
        check_version(row, version)
        row.personal_years, row.archive_years, row.updated_by = personal_years, archive_years, user[:100]
    session.flush()
