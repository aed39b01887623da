"""The audit log's hash chain, filled as each transaction commits, whichever path wrote the rows.

Every entry carries ``digest`` (SHA-256 of its ``changes`` as first written) and ``chain``
(SHA-256 of the previous entry's chain and this entry's fields and digest), so that
``services.audit.chain.verify`` finds the first entry edited, deleted or rewound.

Audit rows come in two ways: a Core insert (``db._write_audit`` and the bulk services) and
``session.add(AuditEntry(...))``. Both are INSERT statements on a connection, seen here by
``before_execute``; ``before_commit`` then flushes and chains this transaction's new rows in id
order. The chain is only as good as the order of its ids: on PostgreSQL two transactions could
take ids 7 and 8 and commit 8 first, so every writing transaction takes one advisory lock
(``pg_advisory_xact_lock``) before its first write; SQLite's write transactions are already one
at a time (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import bindparam, event, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from desktop.models.audit import AuditEntry

# The retention purge lists in its own entry, under this key, the ids it redacted.
REDACTED_KEY = "redacted"
LOCK_KEY = 0x7472_6970_6175_6469  # "tripaudi": one advisory lock for every audit writer
_LOCKED = "audit_chain_locked"      # connection.info: the advisory lock is held
_PENDING = "audit_chain_pending"    # connection.info: this transaction inserted audit rows
_CONNECTION = "audit_chain_connection"  # session.info: the connection of its transaction
_T = AuditEntry.__table__


def entry_digest(changes: str) -> str:
    """SHA-256 (hex) of an entry's ``changes`` text."""
    return hashlib.sha256((changes or "").encode("utf-8")).hexdigest()


def _iso(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:  # a plain DateTime column (migrations) reads the stored UTC naively
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds")


def link(previous_chain: str | None, id: int, at: datetime | None, user: str | None,
         entity: str | None, entity_id: int | None, action: str | None, digest: str | None) -> str:
    """SHA-256 (hex) of the previous chain ("" for the first entry) and this entry's fields."""
    canonical = json.dumps([previous_chain or "", id, _iso(at), user, entity, entity_id, action, digest],
                           ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def row_link(previous_chain: str | None, row, digest: str | None) -> str:
    """``link`` of a row with the audit columns (a Row or an AuditEntry)."""
    return link(previous_chain, row.id, row.at, row.user, row.entity, row.entity_id, row.action, digest)


def chain_new_rows(conn: Connection) -> int:
    """Fill digest and chain of every entry above the newest chained one, in id order."""
    last = conn.execute(select(_T.c.id, _T.c.chain).where(_T.c.chain.is_not(None))
                        .order_by(_T.c.id.desc()).limit(1)).first()
    query = select(_T.c.id, _T.c.at, _T.c.user, _T.c.entity, _T.c.entity_id, _T.c.action, _T.c.changes,
                   _T.c.digest).order_by(_T.c.id)
    if last is not None:
        query = query.where(_T.c.id > last.id)
    previous = last.chain if last is not None else None
    values = []
    for row in conn.execute(query):
        digest = row.digest or entry_digest(row.changes)
        previous = row_link(previous, row, digest)
        values.append({"row_id": row.id, "digest": digest, "chain": previous})
    if values:
        conn.execute(update(_T).where(_T.c.id == bindparam("row_id"))
                     .values(digest=bindparam("digest"), chain=bindparam("chain")), values)
    return len(values)


def lock_writers(conn: Connection) -> None:
    """PostgreSQL: take the audit writers' advisory lock once per transaction."""
    if conn.dialect.name != "postgresql" or conn.info.get(_LOCKED):
        return
    conn.info[_LOCKED] = True
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


@event.listens_for(Session, "before_flush")
def _lock_before_writing(session: Session, _ctx, _instances) -> None:
    # Before any UPDATE of the flush: a transaction holding a row lock while it waits for the
    # advisory lock could deadlock with the holder waiting for that row.
    if session.new or session.dirty or session.deleted:
        lock_writers(session.connection())


@event.listens_for(Session, "do_orm_execute")
def _lock_before_bulk(state) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        lock_writers(state.session.connection())


@event.listens_for(Engine, "before_execute")
def _note_audit_insert(conn: Connection, clauseelement, _multiparams, _params, _options) -> None:
    if isinstance(clauseelement, Insert) and clauseelement.table is _T:
        lock_writers(conn)
        conn.info[_PENDING] = True


@event.listens_for(Session, "after_begin")
def _note_connection(session: Session, _transaction, connection: Connection) -> None:
    session.info[_CONNECTION] = connection


@event.listens_for(Session, "after_transaction_end")
def _forget_connection(session: Session, transaction) -> None:
    if transaction.parent is None:
        session.info.pop(_CONNECTION, None)


@event.listens_for(Session, "before_commit")
def _chain_on_commit(session: Session) -> None:
    if session.info.get(_CONNECTION) is None and not (session.new or session.dirty or session.deleted):
        return  # nothing was read or written: no connection to open just to look
    session.flush()  # the commit's own flush would come after this hook, with its audit rows
    conn = session.connection()
    if conn.info.pop(_PENDING, False):
        chain_new_rows(conn)


@event.listens_for(Engine, "commit")
@event.listens_for(Engine, "rollback")
def _transaction_over(conn: Connection) -> None:
    # The advisory lock ends with the transaction; so do the notes.
    conn.info.pop(_LOCKED, None)
    conn.info.pop(_PENDING, None)


@event.listens_for(Engine, "rollback_savepoint")
def _savepoint_undone(conn: Connection, _name, _context) -> None:
    conn.info.pop(_LOCKED, None)  # a lock taken after the savepoint went with it; taking it again is harmless
