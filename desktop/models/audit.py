"""The audit log: who changed what, when, field by field."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50), index=True)
    entity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(20))  # insert | update | delete | reveal | ...
    # JSON object {field: [before, after]}
    changes: Mapped[str] = mapped_column(Text, default="{}")
    # The hash chain (services.audit.chain): ``digest`` is the SHA-256 of ``changes`` as first
    # written; ``chain`` the SHA-256 of the previous entry's chain and this entry's fields and
    # digest. A purge that masks personal data inside ``changes`` sets ``redacted_at`` and keeps
    # the digest, so the chain still verifies and the redaction is visible.
    digest: Mapped[str | None] = mapped_column(String(64))
    chain: Mapped[str | None] = mapped_column(String(64))
    redacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


def _plain(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"<{len(value)} bytes>"  # never the bytes themselves
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


_SKIP = frozenset({"version", "created_at", "updated_at"})
# A model lists in ``__audit_skip__`` the columns never to copy into the log (file bytes).
# The tables between PCs (who is editing, what changed) are bookkeeping, not records.
_NOT_AUDITED = frozenset({"presence", "change_feed"})


def _changes(obj, *, new: bool, deleted: bool) -> dict:
    from sqlalchemy import inspect

    state = inspect(obj)
    skip = _SKIP | getattr(type(obj), "__audit_skip__", frozenset())
    out = {}
    for attr in state.mapper.column_attrs:
        if attr.key in skip:
            continue
        hist = state.attrs[attr.key].history
        if new:
            value = state.attrs[attr.key].value
            if value not in (None, ""):
                out[attr.key] = [None, _plain(value)]
        elif deleted:
            value = hist.unchanged[0] if hist.unchanged else (hist.deleted[0] if hist.deleted else None)
            out[attr.key] = [_plain(value), None]
        elif hist.has_changes():
            before = hist.deleted[0] if hist.deleted else None
            after = hist.added[0] if hist.added else None
            if before != after:
                out[attr.key] = [_plain(before), _plain(after)]
    return out


def audit_rows(session) -> list[dict]:
    """Audit rows for what this flush writes; the session's ``info['user']`` is the author."""
    import json

    user = session.info.get("user") or "unknown"
    now = utcnow()
    rows = []
    for objs, action in ((session.new, "insert"), (session.dirty, "update"), (session.deleted, "delete")):
        for obj in objs:
            if isinstance(obj, AuditEntry) or getattr(obj, "__tablename__", None) in (None, *_NOT_AUDITED):
                continue
            if action == "update" and not session.is_modified(obj, include_collections=False):
                continue
            changes = _changes(obj, new=action == "insert", deleted=action == "delete")
            if action == "update" and not changes:
                continue
            rows.append({
                "at": now, "user": user, "entity": obj.__tablename__,
                "entity_id": getattr(obj, "id", None), "action": action,
                "changes": json.dumps(changes, ensure_ascii=False),
            })
    return rows
