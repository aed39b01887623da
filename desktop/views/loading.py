"""Pages read their rows off the UI thread (like napari's workers, for reads only).

A page builds one ``PageLoader`` and calls ``load(read, apply)``: ``read(session)`` runs on a
``QThreadPool`` worker in its own read session (``workspace.read``) and must touch no widget;
``apply(result)`` then runs on the UI thread. At most one read is in flight: a newer ``load()``
supersedes the older one, whose result is dropped (a burst of filter changes reads once more,
not once per change). Until ``apply`` runs the page keeps showing its previous rows; after a
short delay ``status_label`` says 正在加载…, and a failed read is shown there too (never raised
into Qt's event loop). ``loaded`` is emitted after each ``apply``, ``failed(exception)`` after a
failure; ``loading`` says whether a read is still to come. While the start is still opening the
database (``Workspace.is_open``), the read waits for it on the UI thread, not on a pool thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from desktop.errors import UserError
from desktop.views.errors import error_text
from desktop.views.handoff import Task
from desktop.views.workspace import Workspace

if TYPE_CHECKING:  # (imported before the first paint: no SQLAlchemy)
    from sqlalchemy.orm import Session

T = TypeVar("T")
HINT_DELAY_MS = 250   # a quick load shows no hint at all, so nothing flickers
log = logging.getLogger(__name__)


class PageLoader(QObject):
    """Loads a page's data in the background; see the module docstring."""

    loaded = Signal()
    failed = Signal(object)

    def __init__(self, workspace: Workspace, page: QWidget, *, pool: QThreadPool | None = None) -> None:
        super().__init__(page)
        self._ws = workspace
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._running: int | None = None          # the generation being read
        self._applies: dict[int, Callable[[Any], None]] = {}
        self._pending: tuple[int, Callable[[Session], Any]] | None = None
        self._waiting = False   # for the database to be opened (start-up)
        self.error: BaseException | None = None
        self.status_label = QLabel(objectName="loadingStatus")
        self.status_label.setVisible(False)
        self._hint = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._hint.timeout.connect(self._on_hint_timeout)

    @property
    def loading(self) -> bool:
        """Whether a result is still to be applied."""
        return self._running is not None or self._pending is not None

    def load(self, read: Callable[[Session], T], apply: Callable[[T], None]) -> None:
        """Read with ``read`` on a worker, then ``apply`` the result here; supersedes older loads."""
        self._generation += 1
        self._applies = {self._generation: apply}   # older results have nothing left to apply
        if self._running is not None:
            self._pending = (self._generation, read)
            return
        if not self._ws.is_open:   # at start-up: read once the database is open, not before
            self._pending = (self._generation, read)
            if not self._waiting:
                self._waiting = True
                self._hint.start()
                self._ws.when_open(self._on_database_open)
            return
        self._start(self._generation, read)

    def _on_database_open(self) -> None:
        self._waiting = False
        if isValid(self) and self._running is None and self._pending is not None:
            pending, self._pending = self._pending, None
            self._start(*pending)

    def _start(self, generation: int, read: Callable[[Session], Any]) -> None:
        self._running = generation
        if self.error is not None or self.status_label.isHidden():
            self._hint.start()   # (a hint already shown stays until the data comes)
        self._pool.start(Task(self._ws.read, lambda result, error: self._on_done(generation, result, error),
                              read))

    def _on_done(self, generation: int, result: Any, error: BaseException | None) -> None:
        if not isValid(self):
            return  # the page (and this loader) was deleted meanwhile: nobody is waiting
        self._running = None
        if self._pending is not None:          # superseded while it ran: read again
            self._start(*self._pending)
            self._pending = None
            return
        apply = self._applies.pop(generation, None)
        if apply is None:
            return
        self._hint.stop()
        if error is None:
            try:
                apply(result)
            except Exception as exc:  # noqa: BLE001 - shown in the page, not raised into Qt's loop
                log.exception("applying a page's loaded data failed")
                error = exc
        if error is not None:
            self._show_error(error)
            self.failed.emit(error)
            return
        self.error = None
        self.status_label.setVisible(False)
        self.loaded.emit()

    def _on_hint_timeout(self) -> None:
        if self.loading:
            self.status_label.setStyleSheet("")
            self.status_label.setText(QCoreApplication.translate("PageLoader", "正在加载…"))
            self.status_label.setVisible(True)

    def _show_error(self, error: BaseException) -> None:
        self.error = error
        reason = error_text(error) if isinstance(error, UserError) else \
            f"{type(error).__name__}：{str(error).splitlines()[0] if str(error) else ''}"
        self.status_label.setStyleSheet("color: #c5221f")
        self.status_label.setText(QCoreApplication.translate("PageLoader", "无法读取数据：{reason}（按 F5 重试）")
                                  .format(reason=reason))
        self.status_label.setVisible(True)
