"""“王秘书 正在编辑（10:42 起）”: a line at the top of an edit form when someone on another PC has
the same record open. Soft: it never blocks, and a PC that goes quiet drops out by itself.

While its form is shown, the hint says every ``INTERVAL_MS`` that this PC has the record open and reads
who else has (``services.sync.presence.heartbeat``, on a pool thread, since a busy database must
not freeze the form); once the form is hidden or closed, it takes its entry away. A database error is logged and the hint
hides: the form works as if there were no hint.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from desktop.config import LOCAL_TZ
from desktop.services.sync import presence
from desktop.views.handoff import Task
from desktop.views.workspace import Workspace

INTERVAL_MS = 30_000
log = logging.getLogger(__name__)


def _left(_result, error: BaseException | None) -> None:
    if error is not None:
        log.warning("presence: leaving a record failed: %s", error)


class PresenceHint(QLabel):
    """The hint for one record (``entity``: its table) edited in ``form``, whose showing and
    hiding it follows; ``set_record`` moves it to another record (None: none)."""

    def __init__(self, workspace: Workspace, form: QWidget, entity: str, entity_id: int | None = None,
                 *, interval_ms: int = INTERVAL_MS, pool: QThreadPool | None = None) -> None:
        super().__init__(objectName="presenceHint", wordWrap=True)
        self._form = form
        self._ws = workspace
        self.entity, self.entity_id = entity, entity_id
        self._pool = pool or QThreadPool.globalInstance()
        self._active = False      # this PC's entry is (being) written
        self._busy = False        # a heartbeat is running
        self.editors: list[presence.Editor] = []
        self.setStyleSheet("color: #8a5a00; background: #fff7e0; padding: 4px 8px; border-radius: 3px;")
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.hide()
        form.installEventFilter(self)

    @property
    def _origin(self) -> str:
        return self._ws.db.origin

    def set_record(self, entity_id: int | None) -> None:
        """Follow another record of the same table (a new one saved, another version)."""
        if entity_id == self.entity_id:
            return
        self.stop()
        self.entity_id = entity_id
        self._show_editors([])
        self.start()

    def start(self) -> None:
        """Say now that this PC has the record open, and every interval until ``stop()``."""
        if self.entity_id is None or self._active or not self._form.isVisible():
            return
        self._active = True
        self.timer.start()
        self.beat()

    def stop(self) -> None:
        """The form closed or moved on: the entry goes (in the background)."""
        self.timer.stop()
        if not self._active:
            return
        self._active = False
        db, origin, entity, entity_id = self._ws.db, self._origin, self.entity, self.entity_id
        self._pool.start(Task(presence.leave, _left, db, origin, entity, entity_id))

    def beat(self) -> None:
        """Touch the entry and read who else is there (one heartbeat at a time)."""
        if self._busy or not self._active:
            return
        self._busy = True
        self._pool.start(Task(presence.heartbeat, self._on_beat_done, self._ws.db, self._origin,
                              self._ws.user, self.entity, self.entity_id))

    def _on_timer_timeout(self) -> None:
        self.beat()

    def _on_beat_done(self, editors, error: BaseException | None) -> None:
        if not isValid(self):
            return
        self._busy = False
        if error is not None:
            log.warning("presence: the heartbeat of %s %s failed: %s", self.entity, self.entity_id, error)
            editors = []
        self._show_editors(editors if self._active else [])

    def _show_editors(self, editors: list[presence.Editor]) -> None:
        self.editors = list(editors)
        self.setText(self.tr("；").join(
            self.tr("{user} 正在编辑（{time} 起）").format(user=e.user, time=e.since.astimezone(LOCAL_TZ)
                                                      .strftime("%H:%M")) for e in self.editors))
        self.setVisible(bool(self.editors))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # A hint being torn down (its Python side already gone) may still see its form's events.
        if isValid(self) and watched is getattr(self, "_form", None):
            if event.type() == QEvent.Type.Show:
                self.start()
            elif event.type() == QEvent.Type.Hide:
                self.stop()
        return False
