"""Screens follow the changes made on other PCs: the change feed, polled in the background.

Every ``POLL_INTERVAL_MS`` a read on a pool thread asks the feed (``services.sync.feed.poll``)
what other processes committed after the last row seen; back on the UI thread that is announced
on the hub with no source, so only the pages showing it reload. One poll at a time: the next is
scheduled when the last one has reported. A failed poll (the server gone, the file out of reach)
emits ``offline(reason)`` once, and polls go on every ``OFFLINE_INTERVAL_MS``; the first one that
works again emits ``online()`` and announces everything, since what changed meanwhile is unknown.
Writes meanwhile are refused by ``Database.transaction`` (a ``DatabaseError`` the screens show).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from shiboken6 import isValid
from sqlalchemy.exc import DBAPIError

from desktop.changes import Changes
from desktop.db import Database, describe_db_error
from desktop.errors import UserError
from desktop.services.sync.feed import latest_id, poll, prune
from desktop.views.handoff import Task
from desktop.views.workspace import Workspace

POLL_INTERVAL_MS = 2000
OFFLINE_INTERVAL_MS = 5000
PRUNE_EVERY = 1800   # polls between two prunes of the feed (about an hour)
log = logging.getLogger(__name__)


def poll_feed(db: Database, after_id: int | None, prune_feed: bool = False) -> tuple[int, Changes]:
    """On a worker: the newest id and what others changed after ``after_id`` (None: start now)."""
    with db.reading() as session:
        result = (latest_id(session), Changes()) if after_id is None else poll(session, after_id, db.origin)
    if prune_feed:
        try:
            with db.transaction() as session:
                prune(session)
        except (UserError, DBAPIError):
            pass   # busy or gone: the next prune tries again, the poll itself has worked
    return result


class ChangeFollower(QObject):
    """Polls the change feed and announces on the workspace's hub; see the module docstring.

    ``after_id``: the feed id the screens' data is as new as (None: the newest when started).
    """

    offline = Signal(str)   # the reason (the driver's first line), once per outage
    online = Signal()       # the first poll after an outage that worked
    polled = Signal()       # after each poll, whatever came of it

    def __init__(self, workspace: Workspace, parent: QObject | None = None, *, after_id: int | None = None,
                 interval_ms: int = POLL_INTERVAL_MS, offline_interval_ms: int = OFFLINE_INTERVAL_MS,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._last = after_id
        self._interval, self._offline_interval = interval_ms, offline_interval_ms
        self._pool = pool or QThreadPool.globalInstance()
        self._polling = False
        self._stopped = True
        self._polls = 0
        self.is_offline = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Poll now, then on every interval until ``stop()``."""
        self._stopped = False
        self._poll()

    def stop(self) -> None:
        """No further poll (one still running reports, then nothing is scheduled)."""
        self._stopped = True
        self.timer.stop()

    def _on_timer_timeout(self) -> None:
        self._poll()

    def _poll(self) -> None:
        if self._polling or self._stopped:
            return
        self._polling = True
        self._polls += 1
        prune_feed = self._polls % PRUNE_EVERY == 0
        self._pool.start(Task(poll_feed, self._on_polled, self._ws.db, self._last, prune_feed))

    def _on_polled(self, result: tuple[int, Changes] | None, error: BaseException | None) -> None:
        if not isValid(self):
            return   # deleted with its window meanwhile
        self._polling = False
        if error is None:
            self._on_success(*result)
        elif isinstance(error, (DBAPIError, OSError)):
            self._on_failure(error)
        else:
            log.error("polling the change feed failed", exc_info=error)
        if not self._stopped:
            self.timer.start(self._offline_interval if self.is_offline else self._interval)
        self.polled.emit()

    def _on_success(self, last_id: int, changes: Changes) -> None:
        self._last = last_id
        if self.is_offline:
            self.is_offline = False
            self.online.emit()
            changes = Changes.everything()
        self._ws.hub.announce(changes, None)

    def _on_failure(self, error: BaseException) -> None:
        if not self.is_offline:
            self.is_offline = True
            self.offline.emit(describe_db_error(error))
