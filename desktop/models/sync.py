"""What lets several PCs on one database see each other's work.

``ChangeFeedEntry``: one row per topic a committed transaction touched (its row ids, or none when
any may have changed), written in that transaction with the writing process's ``origin``; the
other PCs poll the rows after the last one they saw and announce them on their change hub.
``Presence``: a soft "正在编辑" hint: who has which record open in a form, since when, and when
that PC last said it still has; an entry not refreshed for a while is ignored and swept away.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint, insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from desktop.changes import Changes
from desktop.models.audit_chain import lock_writers
from desktop.models.base import Base, UTCDateTime, utcnow


class ChangeFeedEntry(Base):
    __tablename__ = "change_feed"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    origin: Mapped[str] = mapped_column(String(36))   # the writing process (a uuid4)
    topic: Mapped[str] = mapped_column(String(30))
    row_ids: Mapped[str | None] = mapped_column(Text)  # a JSON list of ids; NULL: any row


class Presence(Base):
    __tablename__ = "presence"
    __table_args__ = (UniqueConstraint("origin", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(36))
    user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int] = mapped_column(Integer)
    since: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


ORIGIN = str(uuid.uuid4())   # this process; its own rows are not announced to it a second time
MAX_IDS = 500                # more ids of one topic are stored as "any row"


def write_feed(connection: Connection, changes: Changes, origin: str) -> int:
    """One row per topic of ``changes``; Core on the connection, so that the role guards (which
    watch ORM flushes and ``session.execute``) let a permitted transaction's feed through."""
    rows = [{"origin": origin, "topic": topic.value, "row_ids": _encode(changes.ids(topic)),
             "at": utcnow()}
            for topic in sorted(changes.topics, key=lambda t: t.value)]
    if rows:
        lock_writers(connection)   # the id must be drawn under the writers' lock (``desktop.services.sync.feed``)
        connection.execute(insert(ChangeFeedEntry.__table__), rows)
    return len(rows)


def _encode(ids: frozenset[int] | None) -> str | None:
    if ids is None or len(ids) > MAX_IDS:
        return None
    return json.dumps(sorted(ids))
