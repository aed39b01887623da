"""The change feed: what each committed transaction touched, for the other PCs to poll.

``desktop.db`` writes one ``change_feed`` row per topic in the transaction that made the change
(``desktop.models.sync.write_feed``); a follower on every PC polls the rows after the last one it saw (``poll``) and
announces those of other processes on its change hub.

Ids follow commit order. On PostgreSQL every writing transaction holds one advisory lock
(``desktop.models.audit_chain.lock_writers``) until it commits, and ``write_feed`` takes it before
its insert, so a feed id is drawn only while no other writer can commit: a later commit always has
higher ids, and a rolled-back transaction leaves only a hole that no row ever fills. SQLite writes
one transaction at a time (BEGIN IMMEDIATE). So ``id > last seen`` misses nothing.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.changes import ChangeLog, Changes, Topic
from desktop.models import ChangeFeedEntry
from desktop.models.base import utcnow
from desktop.models.sync import MAX_IDS, ORIGIN, write_feed  # noqa: F401 - the feed's API

POLL_LIMIT = 2000            # a poll reading more rows than this says "everything" instead
KEEP = timedelta(days=1)     # prune drops older rows: a PC away longer reloads everything anyway
_T = ChangeFeedEntry.__table__


def latest_id(session: Session) -> int:
    """The newest feed id (0 for an empty feed): a follower starts after it."""
    return session.execute(select(func.coalesce(func.max(_T.c.id), 0))).scalar_one()


def poll(session: Session, after_id: int, origin: str) -> tuple[int, Changes]:
    """The rows after ``after_id`` merged into one ``Changes``, without those of ``origin``;
    and the id to poll after next time.

    A feed that went back (a backup restored, the table emptied) or more than ``POLL_LIMIT``
    rows at once mean "everything may have changed".
    """
    newest = latest_id(session)
    if newest == after_id:
        return after_id, Changes()
    if newest < after_id:
        return newest, Changes.everything()
    rows = session.execute(
        select(_T.c.origin, _T.c.topic, _T.c.row_ids)
        .where(_T.c.id > after_id, _T.c.id <= newest).order_by(_T.c.id).limit(POLL_LIMIT + 1)).all()
    if len(rows) > POLL_LIMIT:
        return newest, Changes.everything()
    log = ChangeLog()
    for row in rows:
        if row.origin != origin:
            _add(log, row.topic, row.row_ids)
    return newest, log.changes()


def _add(log: ChangeLog, topic_value: str, row_ids: str | None) -> None:
    try:
        topic = Topic(topic_value)
    except ValueError:
        return   # written by a newer version: nothing here shows it
    ids = None if row_ids is None else json.loads(row_ids)
    if ids is None:
        log.add(topic, None)
    for row_id in ids or ():
        log.add(topic, int(row_id))


def prune(session: Session, older_than: datetime | None = None) -> int:
    """Delete the rows written before ``older_than`` (default: ``KEEP`` ago); the number deleted.

    The newest row always stays: SQLite gives a new row max(id) + 1, so emptying the table would
    hand out ids the followers have already seen.
    """
    cutoff = older_than if older_than is not None else utcnow() - KEEP
    newest = select(func.max(_T.c.id)).scalar_subquery()
    result = session.connection().execute(delete(_T).where(_T.c.at < cutoff, _T.c.id < newest))
    return result.rowcount
