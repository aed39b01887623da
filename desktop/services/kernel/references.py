"""Refuse deletes of referenced rows with an explanation, found from the schema's foreign keys."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ReferencedError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Base

TABLE_LABELS = {
    "people": QT_TRANSLATE_NOOP("Labels", "联系人"),
    "memberships": QT_TRANSLATE_NOOP("Labels", "机制成员单位"),
    "representatives": QT_TRANSLATE_NOOP("Labels", "机制代表"),
    "meetings": QT_TRANSLATE_NOOP("Labels", "会议"),
    "meeting_series": QT_TRANSLATE_NOOP("Labels", "系列会议"),
    "attendance": QT_TRANSLATE_NOOP("Labels", "参会记录"),
    "agenda_items": QT_TRANSLATE_NOOP("Labels", "议程"),
    "minutes": QT_TRANSLATE_NOOP("Labels", "会议纪要"),
    "decisions": QT_TRANSLATE_NOOP("Labels", "议定事项"),
    "document_numbers": QT_TRANSLATE_NOOP("Labels", "发文字号"),
    "action_items": QT_TRANSLATE_NOOP("Labels", "督办事项"),
    "action_co_organisations": QT_TRANSLATE_NOOP("Labels", "督办协办单位"),
    "action_updates": QT_TRANSLATE_NOOP("Labels", "督办进展"),
}


def references_to(session: Session, table_name: str, row_id: int) -> list[tuple[str, int]]:
    """(table, count) for every table row that points at ``table_name`` row ``row_id``."""
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != table_name or fk.parent.table is not table:
                continue
            count = session.scalar(
                select(func.count()).select_from(table).where(fk.parent == row_id)
            )
            if count:
                found.append((table.name, count))
    return found


def refuse_if_referenced(session: Session, table_name: str, row_id: int, what: str) -> None:
    refs = references_to(session, table_name, row_id)
    if refs:
        parts = "、".join(f"{TABLE_LABELS.get(t, t)} {n} 条" for t, n in refs)
        raise ReferencedError(
            QT_TRANSLATE_NOOP("Errors", "无法删除“{what}”：它仍被以下记录引用：{parts}。请先修改或删除这些记录。"),
            what=what, parts=parts,
        )
