"""Progress and cancellation for long work, without Qt: the GUI passes one in, the CLI none.

Long services take ``progress: Progress = NO_PROGRESS`` and call ``progress.step(...)`` between
pieces of work; ``step`` raises ``Cancelled`` once the person asked to stop, so the caller's
transaction rolls back (nothing written) and an export never renames its temporary file.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a fault
    """The person cancelled the work; whatever it had done is rolled back or removed."""


class Progress:
    """Counts done of total with a line of text; thread-safe; ``cancel()`` from any thread."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0
        self.text = ""

    def step(self, done: int | None = None, total: int | None = None, text: str | None = None) -> None:
        """Report how far the work is; raise ``Cancelled`` when cancellation was asked for."""
        with self._lock:
            if done is not None:
                self.done = done
            if total is not None:
                self.total = total
            if text is not None:
                self.text = text
        self.changed()
        self.check()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self.done, self.total, self.text

    def changed(self) -> None:
        """Hook for a subclass (the GUI forwards it to its progress dialog)."""


class _NoProgress(Progress):
    """Never cancelled and records nothing: what the command line and the tests pass."""

    def step(self, done: int | None = None, total: int | None = None, text: str | None = None) -> None:
        return

    def cancel(self) -> None:
        return


NO_PROGRESS = _NoProgress()
