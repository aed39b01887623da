"""One way to change data from a screen (shaped like Anki's ``CollectionOp``).

``Operation(parent, workspace, work, title=…)`` wraps Qt-free work:

- ``run()``: on the UI thread behind a wait cursor, ``work(session)`` in one transaction; returns
  the result, or ``None`` after showing the refusal (``UserError``) under ``title``.
- ``run_in_background(label)``: on a ``QThreadPool`` worker, ``work(job)`` where ``job`` has
  ``write(fn)`` / ``read(fn)`` (each its own session and transaction) and ``progress``; a
  ``QProgressDialog`` shows ``job.progress`` and its 取消 button cancels (``Cancelled``);
  ``quiet=True`` shows no dialog (upkeep the user did not ask for; ``cancel()`` still works).

On success the change hub announces what the committed transactions touched, then
``on_success(result)`` runs; ``finished(result)`` / ``failed(exception)`` are emitted either way.
Work in the background never touches widgets.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.changes import Changes
from desktop.errors import UserError
from desktop.progress import Cancelled, Progress
from desktop.views.errors import error_text, show_refusal
from desktop.views.handoff import Task, post
from desktop.views.workspace import Workspace

if TYPE_CHECKING:  # (imported before the first paint: no SQLAlchemy)
    from sqlalchemy.orm import Session

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress repaints a second


class Job:
    """What background work gets: units of work on its own sessions, and the progress."""

    def __init__(self, workspace: Workspace, progress: Progress) -> None:
        self._ws = workspace
        self.progress = progress
        self.changes = Changes()

    def write(self, work: Callable[[Session], Any]) -> Any:
        """``work`` in one committed transaction; what it touched is announced at the end."""
        self.progress.check()
        result, changes = self._ws.db.run(work, self._ws.user)
        self.changes = self.changes | changes
        return result

    def read(self, work: Callable[[Session], Any]) -> Any:
        self.progress.check()
        return self._ws.read(work)


class _PostedProgress(Progress):
    """Forwards progress to the UI thread through the relay, at most every PROGRESS_INTERVAL_S."""

    def __init__(self, on_progress: Callable[[], None]) -> None:
        super().__init__()
        # Weakly: the operation holds its progress, and a strong reference back would make a
        # cycle that only the cyclic GC frees, on whichever thread it happens to run (a worker's
        # collection freed the operation, a QObject of the UI thread, off it: see ``handoff``).
        self._on_progress = weakref.WeakMethod(on_progress)
        self._last = 0.0

    def changed(self) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            call = self._on_progress()
            if call is not None:   # the operation is kept by the hub until it has finished
                post(call)


class Operation(QObject):
    """A write from a screen; see the module docstring."""

    finished = Signal(object)  # the result, after the hub has announced the changes
    failed = Signal(object)    # UserError, Cancelled or an unexpected exception

    def __init__(self, parent: QWidget, workspace: Workspace, work: Callable, *, title: str,
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[BaseException], None] | None = None,
                 key: str | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__()  # not a child of parent: a closing screen must not delete running work
        self._parent, self._ws, self._work, self.title = parent, workspace, work, title
        self._on_success, self._on_failure = on_success, on_failure
        self._key = key
        self._pool = pool or QThreadPool.globalInstance()
        self.dialog: QProgressDialog | None = None
        self.progress: Progress | None = None
        self.result: Any = None
        self.error: BaseException | None = None

    # On the UI thread.
    def run(self) -> Any:
        """Do the work now in one transaction; the result, or None after a refusal."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result, changes = self._ws.db.run(self._work, self._ws.user)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            self._fail(exc, Changes())
            return None
        except BaseException:
            QApplication.restoreOverrideCursor()
            raise
        QApplication.restoreOverrideCursor()
        self._succeed(result, changes)
        return result

    # On a worker thread.
    def run_in_background(self, label: str, *, cancellable: bool = True, quiet: bool = False) -> bool:
        """Start ``work(job)`` on the pool; False when the same command is already running.

        ``quiet``: no progress dialog.
        """
        hub = self._ws.hub
        if self._key is not None:
            if hub.is_running(self._key):
                return False
            hub.started(self._key)
        hub.keep(self)
        self.progress = _PostedProgress(self._on_progress)
        self.dialog = None if quiet else self._make_dialog(label, cancellable)
        job = Job(self._ws, self.progress)
        # The task hands (result, error) back with what the job committed, on the UI thread.
        self._pool.start(Task(self._work, lambda result, error: self._on_done(result, error, job.changes), job))
        return True

    def cancel(self) -> None:
        """Ask the work to stop at its next progress step."""
        if self.progress is not None:
            self.progress.cancel()
            if self.dialog is not None and isValid(self.dialog):
                self.dialog.setLabelText(QCoreApplication.translate("Operation", "正在取消…"))

    def _make_dialog(self, label: str, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(label, QCoreApplication.translate("Operation", "取消")
                                 if cancellable else "", 0, 0, self._parent)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(400)
        # QProgressDialog's own timer starts at 4 s in its constructor; only a value at the
        # minimum restarts it at the minimum duration. Work that reports no step (opening a
        # large attachment) showed its dialog after 4 s, not 0.4 s.
        dialog.setValue(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self._label = label
        return dialog

    def _on_progress(self) -> None:
        if self.dialog is None or not isValid(self.dialog) or self.progress is None or self.progress.cancelled:
            return  # (the dialog dies with its screen when that closes meanwhile)
        done, total, template, fields = self.progress.snapshot()
        text = QCoreApplication.translate("Progress", template) if template else ""
        if fields:
            text = text.format(**fields)
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        self.dialog.setLabelText(text or self._label)

    def _on_done(self, result, exc: BaseException | None, changes: Changes) -> None:
        self._close_dialog()
        if exc is None:
            self._succeed(result, changes)
            return
        self._ws.hub.announce(changes, self._parent)  # what committed before the failure stays
        self._fail(exc, changes)

    def _close_dialog(self) -> None:
        if self._key is not None:
            self._ws.hub.stopped(self._key)
        self._ws.hub.release(self)
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None

    # Outcomes.
    def _succeed(self, result, changes: Changes) -> None:
        self.result = result
        self._ws.hub.announce(changes, self._parent)
        if self._on_success is not None and isValid(self._parent):
            self._on_success(result)
        self.finished.emit(result)

    def _fail(self, exc: BaseException, _changes: Changes) -> None:
        self.error = exc
        if self._on_failure is not None:
            self._on_failure(exc)
        elif not isValid(self._parent):
            pass  # the screen was closed meanwhile; finished/failed still tell the caller
        elif isinstance(exc, UserError):
            show_refusal(self._parent, self.title, exc)
        elif not isinstance(exc, Cancelled):
            QMessageBox.critical(self._parent, self.title, QCoreApplication.translate(
                "Operation", "内部错误：{kind}：{reason}").format(
                    kind=type(exc).__name__, reason=str(exc).splitlines()[0] if str(exc) else ""))
        self.failed.emit(exc)


def refusal_text(exc: BaseException) -> str:
    """A line for a status bar or a log: the refusal in the user's language."""
    return error_text(exc) if isinstance(exc, UserError) else str(exc)
