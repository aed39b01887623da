"""Many entries at once through Core statements, with the audit rows the ORM hook would write.

A campaign over the whole register is 15,550 entries: the unit of work (and its per-object
audit hook) would take seconds; one multi-row INSERT and ``executemany`` UPDATEs take a
fraction of that. Each function declares what it touched on the change log (``note``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import and_, bindparam, insert, update
from sqlalchemy.orm import Session

from desktop.changes import Changes, Topic, note
from desktop.errors import ConcurrencyError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import AuditEntry, ScreeningEntry, utcnow
from desktop.models.access import writing_connection

CHUNK = 2000
ENTITY = ScreeningEntry.__tablename__


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def write_audit(session: Session, rows: Sequence[tuple[int, str, dict]]) -> None:
    """Audit rows ``(entry id, action, {field: [before, after]})`` for screening entries."""
    if not rows:
        return
    now, user = utcnow(), session.info.get("user") or "unknown"
    writing_connection(session).execute(insert(AuditEntry.__table__), [
        {"at": now, "user": user, "entity": ENTITY, "entity_id": entry_id, "action": action,
         "changes": json.dumps({k: [_plain(a), _plain(b)] for k, (a, b) in changes.items()},
                               ensure_ascii=False)}
        for entry_id, action, changes in rows])


def insert_entries(session: Session, campaign_id: int, enterprise_ids: Sequence[int],
                   responsible: str = "") -> int:
    """One entry per enterprise, chunked multi-row INSERTs; returns how many."""
    now = utcnow()
    table = ScreeningEntry.__table__
    for start in range(0, len(enterprise_ids), CHUNK):
        chunk = enterprise_ids[start:start + CHUNK]
        rows = [{"campaign_id": campaign_id, "enterprise_id": e, "responsible": responsible,
                 "notes": "", "screened_by": "", "version": 1, "created_at": now, "updated_at": now}
                for e in chunk]
        ids = list(writing_connection(session).execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars())
        write_audit(session, [(i, "insert", {"campaign_id": [None, campaign_id],
                                             "enterprise_id": [None, e]})
                              for i, e in zip(ids, chunk)])
    note(session, Changes.of(ids={Topic.SCREENINGS: [campaign_id]}))
    return len(enterprise_ids)


def update_entries(session: Session, campaign_id: int, changes: Sequence[tuple[int, int, dict, dict]]) -> None:
    """``(entry id, version read, before, after)`` each: UPDATE … WHERE version matches, audited.

    Every row of one call must set the same columns (``after``'s keys). A version that moved
    since it was read refuses the whole write (the caller rolls back).
    """
    if not changes:
        return
    table = ScreeningEntry.__table__
    columns = list(changes[0][3])
    statement = (update(table)
                 .where(and_(table.c.id == bindparam("_id"), table.c.version == bindparam("_version")))
                 .values(**{c: bindparam(f"v_{c}", type_=table.c[c].type) for c in columns},
                         version=table.c.version + 1,
                         updated_at=bindparam("_now", type_=table.c.updated_at.type)))
    now = utcnow()
    for start in range(0, len(changes), CHUNK):
        chunk = changes[start:start + CHUNK]
        params = [{"_id": i, "_version": v, "_now": now, **{f"v_{k}": a for k, a in after.items()}}
                  for i, v, _before, after in chunk]
        result = writing_connection(session).execute(statement, params)
        if _rowcount_known(session) and result.rowcount != len(chunk):
            raise ConcurrencyError(QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。"))
        write_audit(session, [(i, "update", {k: (before.get(k), after[k]) for k in after
                                             if before.get(k) != after[k]})
                              for i, _v, before, after in chunk])
    session.expire_all()   # ORM objects read before these statements are stale now
    note(session, Changes.of(ids={Topic.SCREENINGS: [campaign_id]}))


def _rowcount_known(session: Session) -> bool:
    return bool(session.connection().dialect.supports_sane_multi_rowcount)
