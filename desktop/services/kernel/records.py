"""Loading a row by id and guarding a save against a stale form: shared by every feature."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.errors import ConcurrencyError, NotFoundError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import utcnow


def get_or_refuse(session: Session, entity, row_id: int):
    """The ``entity`` row with id ``row_id``; a NotFoundError when it is gone."""
    obj = session.get(entity, row_id)
    if obj is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "记录不存在（编号 {id}），可能已被删除。"), id=row_id)
    return obj


def check_version(obj, version: int | None) -> None:
    """A form saves against the version it loaded; someone else's save in between is refused."""
    if version is not None and obj.version != version:
        raise ConcurrencyError(QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。"))


def mark_changed(obj) -> None:
    """Raise a versioned row's version (and updated_at) when only rows that belong to it changed:
    a form loaded at the old version is then refused instead of overwriting them."""
    obj.updated_at = utcnow()


def sync_rows(session: Session, rows: list, wanted: list[dict], make) -> bool:
    """Make the stored child ``rows`` say ``wanted`` (in order, ``seq`` from 1), changing only
    what differs: a row that says the same is kept first, the others are reused in order, rows
    left over are deleted and ``make(**values)`` adds the missing ones. True if anything changed.

    Row by row through the ORM, so every change is audited and a no-op save writes nothing."""
    wanted = [{**values, "seq": seq} for seq, values in enumerate(wanted, 1)]
    free = list(rows)
    matched = [_take_same(free, values) for values in wanted]
    changed = False
    for row, values in zip(matched, wanted):
        row = row if row is not None else (free.pop(0) if free else None)
        if row is None:
            session.add(make(**values))
            changed = True
            continue
        for key in _differs(row, values):
            setattr(row, key, values[key])
            changed = True
    for row in free:
        session.delete(row)
        changed = True
    return changed


def _take_same(free: list, values: dict):
    """The first row of ``free`` that says ``values`` but for its place, taken out of ``free``."""
    for row in free:
        if _differs(row, values) <= {"seq"}:
            free.remove(row)
            return row
    return None


def _differs(row, values: dict) -> set[str]:
    return {key for key, value in values.items() if getattr(row, key) != value}
