"""“王秘书 正在编辑（10:42 起）”: a line at the top of an edit form when someone on another PC has
the same record open. Soft: it never blocks, and a PC that goes quiet drops out by itself.

While its form is shown, the hint says every ``INTERVAL_MS`` that this PC has the record open and reads
who else has (``services.sync.presence.heartbeat``, on a pool thread, since a busy database must
not freeze the form); once the form is hidden or closed, it takes its entry away. A database error is logged and the hint
hides: the form works as if there were no hint.
"""

from __future__ import annotations

import functools
import logging
import threading
import weakref

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


class _Entry:
    """This PC's entry for the record a hint follows, and the hint's heartbeat timer.

    Kept apart from the label so the form's ``destroyed`` can take the entry away even when the
    garbage collector frees the form and its label together and has already cleared the label's
    attributes."""

    def __init__(self, workspace: Workspace, pool: QThreadPool, timer: QTimer) -> None:
        self.ws, self.pool, self.timer = workspace, pool, timer
        self.record: tuple[str, int] | None = None   # (table, id) while the entry is (being) written
        self._lock = threading.Lock()   # the two below are shared with the heartbeat's pool thread
        self._beating = False
        self._leave_after_beat: tuple[str, int] | None = None

    def leave(self, *_args) -> None:
        """Stop the heartbeat; the entry goes (in the background). While a heartbeat is running,
        the entry goes right after it, which would otherwise write the entry back."""
        if isValid(self.timer):
            self.timer.stop()
        if self.record is None:
            return
        (entity, entity_id), self.record = self.record, None
        with self._lock:
            if self._beating:
                self._leave_after_beat = (entity, entity_id)
                return
        db = self.ws.db
        self.pool.start(Task(presence.leave, _left, db, db.origin, entity, entity_id))

    def start_beat(self) -> None:
        with self._lock:
            self._beating = True

    def beat(self, db, origin: str, user: str, entity: str, entity_id: int) -> list[presence.Editor]:
        """On a pool thread: the heartbeat, then the leave asked for while it ran."""
        try:
            return presence.heartbeat(db, origin, user, entity, entity_id)
        finally:
            with self._lock:
                self._beating = False
                pending, self._leave_after_beat = self._leave_after_beat, None
            if pending is not None:
                presence.leave(db, origin, *pending)


class PresenceHint(QLabel):
    """The hint for one record (``entity``: its table) edited in ``form``, whose showing and
    hiding it follows; ``set_record`` moves it to another record (None: none).

    The form usually owns the hint, so the hint holds it only by a weak reference: no cycle for
    the garbage collector, and a form that goes away simply ends the hint's watch."""

    def __init__(self, workspace: Workspace, form: QWidget, entity: str, entity_id: int | None = None,
                 *, interval_ms: int = INTERVAL_MS, pool: QThreadPool | None = None) -> None:
        super().__init__(objectName="presenceHint", wordWrap=True)
        self._form = weakref.ref(form)
        self._ws = workspace
        self.entity, self.entity_id = entity, entity_id
        self._pool = pool or QThreadPool.globalInstance()
        self._busy = False        # a heartbeat is running
        self.editors: list[presence.Editor] = []
        self.setStyleSheet("color: #8a5a00; background: #fff7e0; padding: 4px 8px; border-radius: 3px;")
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._entry = _Entry(workspace, self._pool, self.timer)
        self.hide()
        form.installEventFilter(self)
        # A partial, not a bound method: PySide holds it strongly, so it runs whatever state the
        # label is in when the form goes.
        form.destroyed.connect(functools.partial(_Entry.leave, self._entry))
        form.destroyed.connect(self._on_form_destroyed)

    @property
    def _origin(self) -> str:
        return self._ws.db.origin

    @property
    def _active(self) -> bool:
        """This PC's entry is (being) written."""
        return self._entry.record is not None

    def _watched(self) -> QWidget | None:
        """The form, while it (and this label) are still alive."""
        ref = getattr(self, "_form", None)
        form = ref() if ref is not None else None
        return form if form is not None and isValid(form) and isValid(self) else None

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
        form = self._watched()
        if self.entity_id is None or self._active or form is None or not form.isVisible():
            return
        self._entry.record = (self.entity, self.entity_id)
        self.timer.start()
        self.beat()

    def stop(self) -> None:
        """The form closed or moved on: the entry goes (in the background)."""
        self._entry.leave()

    def beat(self) -> None:
        """Touch the entry and read who else is there (one heartbeat at a time)."""
        if self._busy or not self._active:
            return
        self._busy = True
        self._entry.start_beat()
        self._pool.start(Task(self._entry.beat, self._on_beat_done, self._ws.db, self._origin,
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

    def _on_form_destroyed(self) -> None:
        self._form = None   # nothing more to watch; Qt drops the event filter of a deleted object itself

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Also called from the form's destructor, maybe while the garbage collector frees the
        # form and this label (their Python sides half gone): only a live pair acts.
        form = self._watched()
        if form is not None and watched is form:
            if event.type() == QEvent.Type.Show:
                self.start()
            elif event.type() == QEvent.Type.Hide:
                self.stop()
        return False
