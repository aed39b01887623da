"""预警提示函 numbers: ``经开工预〔2026〕3号``, one serial per year of issue, no gaps, no duplicates.

The number is taken inside the issuing transaction. That transaction holds the write lock while
it counts: on SQLite a write transaction begins IMMEDIATE (one writer at a time), on PostgreSQL
the writers' advisory lock (``models.audit_chain``) serialises the issuers. The unique key (letter_year,
letter_serial) refuses anything that slips through. A drill (演练) takes no number: an exercise
must not use up a serial of the real register.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import EarlyWarning
from desktop.models.audit_chain import lock_writers
from desktop.services.kernel.timeutil import to_local

LETTER_CODE = "经开工预"


def letter_number_text(year: int, serial: int, code: str = LETTER_CODE) -> str:
    """``经开工预〔2026〕3号``: U+3014/U+3015, the full year, no 第, no leading zeros."""
    return f"{code}〔{year}〕{serial}号"


def warning_number(warning: EarlyWarning) -> str:
    """The letter number of a warning, or "" (a suggestion, a drill)."""
    if warning.letter_year is None or warning.letter_serial is None:
        return ""
    return letter_number_text(warning.letter_year, warning.letter_serial)


def _lock(session: Session) -> None:
    lock_writers(session.connection())   # PostgreSQL: the one writers' lock, first (SQLite: a no-op)


def assign_letter_number(session: Session, warning: EarlyWarning, now: datetime) -> str:
    """Give ``warning`` the next serial of the year of ``now`` (Beijing) unless it has one."""
    if warning.drill:
        return ""
    if warning.letter_serial is None:
        _lock(session)
        year = to_local(now).year
        last = session.scalar(select(func.max(EarlyWarning.letter_serial))
                              .where(EarlyWarning.letter_year == year))
        warning.letter_year, warning.letter_serial = year, (last or 0) + 1
        session.flush()
    return warning_number(warning)
