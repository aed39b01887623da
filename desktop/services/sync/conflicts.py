"""What a refused save shows: field by field, the user's value and the one stored now.

A form's save compares the version the user saw when the form opened; when someone else saved
in between, the form lays its own values beside the stored ones (``compare``) and says who saved
last (``last_editor``), so that nothing is overwritten silently and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import AuditEntry

LIST_SEP = "、"


@dataclass(frozen=True)
class Words:
    """The words a formatted value may be (the views pass them translated)."""

    empty: str = QT_TRANSLATE_NOOP("Labels", "（空）")
    yes: str = QT_TRANSLATE_NOOP("Labels", "是")
    no: str = QT_TRANSLATE_NOOP("Labels", "否")


@dataclass(frozen=True)
class FieldConflict:
    """One field of the form: its label, the user's value and the stored one, as text."""

    label: str
    mine: str
    stored: str

    @property
    def differs(self) -> bool:
        return self.mine != self.stored


def format_value(value: object, words: Words = Words()) -> str:
    """A value as the user reads it: dates, times in Asia/Shanghai, lists joined, None as 空."""
    if value is None:
        return words.empty
    if isinstance(value, bool):
        return words.yes if value else words.no
    if isinstance(value, datetime):
        local = value.astimezone(LOCAL_TZ) if value.tzinfo else value
        return local.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")  # 12.50 and 12.5 read alike
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [format_value(v, words) for v in value]
        items = [i for i in items if i != words.empty]
        return LIST_SEP.join(items) if items else words.empty
    text = str(value).strip()
    return text if text else words.empty


def compare(labels: Mapping[str, str], mine: Mapping[str, object], stored: Mapping[str, object],
            words: Words = Words(),
            shown: Callable[[str, object], object] | None = None) -> list[FieldConflict]:
    """Every labelled field, in the labels' order; ``shown(field, value)`` turns a value into
    what the form shows (an id into a name) before it is formatted."""
    def text(field: str, value: object) -> str:
        return format_value(shown(field, value) if shown is not None else value, words)

    return [FieldConflict(label, text(field, mine.get(field)), text(field, stored.get(field)))
            for field, label in labels.items()]


def differences(labels: Mapping[str, str], mine: Mapping[str, object], stored: Mapping[str, object],
                words: Words = Words(),
                shown: Callable[[str, object], object] | None = None) -> list[FieldConflict]:
    """Only the fields whose values differ once formatted."""
    return [c for c in compare(labels, mine, stored, words, shown) if c.differs]


def as_text(conflicts: Iterable[FieldConflict]) -> str:
    """The user's values as ``字段：值`` lines, for the clipboard."""
    return "\n".join(f"{c.label.rstrip('：:')}：{c.mine}" for c in conflicts)


def last_editor(session: Session, entity: str, entity_id: int,
                since: datetime | None = None) -> str | None:
    """Who wrote the newest audit entry of the record (after ``since``), or None."""
    query = (select(AuditEntry.user).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
             .order_by(AuditEntry.id.desc()).limit(1))
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    return session.scalar(query)
