"""The soft "正在编辑" hint: who has which record open in a form on another PC, and since when.

A form that edits a record ``touch``-es it when it opens and every half minute while open, and
``leave``-s it when it closes; ``others`` lists the people on other PCs (other origins) whose
entry was refreshed within ``EXPIRY``, so a PC that crashed or lost the network drops out by
itself, and ``sweep`` deletes such stale entries. It never blocks anybody.

The writes are Core statements on the transaction's connection: the role guards
(``desktop.models.access``) watch ORM flushes and ``session.execute``, and a viewer or a leader
who merely opens a form must still be seen. They are neither audited nor announced (no ORM
flush, no statement through the session, and ``presence`` has no topic).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.db import Database
from desktop.models import Presence
from desktop.models.base import utcnow

EXPIRY = timedelta(seconds=90)   # three missed refreshes of 30 s: that PC has gone quiet
_T = Presence.__table__


@dataclass(frozen=True)
class Editor:
    """Someone else editing the record: their display name and since when (aware UTC)."""

    user: str
    since: datetime


def _key(origin: str, entity: str, entity_id: int):
    return (_T.c.origin == origin, _T.c.entity == entity, _T.c.entity_id == entity_id)


def touch(db: Database, origin: str, user: str, entity: str, entity_id: int,
          now: datetime | None = None) -> None:
    """Say that ``user`` at ``origin`` has the record open: ``seen_at`` now, ``since`` kept."""
    with db.transaction(user) as session:
        _touch(session.connection(), origin, user, entity, entity_id, now or utcnow())


def _touch(conn, origin: str, user: str, entity: str, entity_id: int, now: datetime) -> None:
    found = conn.execute(update(_T).where(*_key(origin, entity, entity_id)).values(seen_at=now, user=user[:100]))
    if not found.rowcount:
        conn.execute(insert(_T).values(origin=origin, user=user[:100], entity=entity,
                                       entity_id=entity_id, since=now, seen_at=now))


def leave(db: Database, origin: str, entity: str, entity_id: int) -> None:
    """The form on ``origin`` is closed: its entry goes."""
    with db.transaction() as session:
        session.connection().execute(delete(_T).where(*_key(origin, entity, entity_id)))


def others(session: Session, entity: str, entity_id: int, origin: str,
           now: datetime | None = None) -> list[Editor]:
    """Who else (another origin) has the record open and was seen within ``EXPIRY``, earliest first."""
    cutoff = (now or utcnow()) - EXPIRY
    rows = session.execute(
        select(_T.c.user, _T.c.since)
        .where(_T.c.entity == entity, _T.c.entity_id == entity_id, _T.c.origin != origin,
               _T.c.seen_at >= cutoff)
        .order_by(_T.c.since, _T.c.id))
    return [Editor(user, since) for user, since in rows]


def sweep(db: Database, now: datetime | None = None) -> int:
    """Delete the entries not refreshed within ``EXPIRY``; how many went."""
    with db.transaction() as session:
        return _sweep(session.connection(), now or utcnow())


def _sweep(conn, now: datetime) -> int:
    return conn.execute(delete(_T).where(_T.c.seen_at < now - EXPIRY)).rowcount


def heartbeat(db: Database, origin: str, user: str, entity: str, entity_id: int,
              now: datetime | None = None) -> list[Editor]:
    """What an open form does every half minute, in one transaction: touch, sweep, and read who
    else is there."""
    now = now or utcnow()
    with db.transaction(user) as session:
        conn = session.connection()
        _touch(conn, origin, user, entity, entity_id, now)
        _sweep(conn, now)
        return others(session, entity, entity_id, origin, now)
