"""Progress and cancellation for long work, without Qt: the GUI passes one in, the CLI none.

Long services take ``progress: Progress = NO_PROGRESS`` and call ``progress.step(...)`` between
pieces of work. ``text`` is an untranslated template marked ``QT_TRANSLATE_NOOP("Progress", …)``
and ``fields`` fill it in after the GUI has translated it (so the English UI reads English); ``step`` raises ``Cancelled`` once the person asked to stop, so the caller's
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
        self.fields: dict = {}

    def step(self, done: int | None = None, total: int | None = None, text: str | None = None,
             fields: dict | None = None) -> None:
        """Report how far the work is; raise ``Cancelled`` when cancellation was asked for."""
        with self._lock:
            if done is not None:
                self.done = done
            if total is not None:
                self.total = total
            if text is not None:
                self.text, self.fields = text, dict(fields or {})
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

    def snapshot(self) -> tuple[int, int, str, dict]:
        """Done, total, the text template and its fields, read together."""
        with self._lock:
            return self.done, self.total, self.text, dict(self.fields)

    def describe(self) -> str:
        """The text filled in, untranslated (for a log or the command line)."""
        _, _, text, fields = self.snapshot()
        return text.format(**fields) if fields else text

    def changed(self) -> None:
        """Hook for a subclass (the GUI forwards it to its progress dialog)."""


class _NoProgress(Progress):
    """Never cancelled and records nothing: what the command line and the tests pass."""

    def step(self, done: int | None = None, total: int | None = None, text: str | None = None,
             fields: dict | None = None) -> None:
        return

    def cancel(self) -> None:
        return


NO_PROGRESS = _NoProgress()
