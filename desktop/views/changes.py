"""The change hub: committed operations announce what they touched; pages reload what they show.

``app.py`` builds one ``ChangeHub`` and passes it in with the workspace. A page states what it
shows with a ``Subscription``: when an announcement touches it, the page reloads at once if it is
on screen, or only marks itself stale and reloads when it is shown next (Anki's
``operation_did_execute`` / ``mark_cache_stale``). No page reloads another.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.changes import Changes, Topic


class ChangeHub(QObject):
    """One per open workspace; ``changed(changes, source)`` after each committed operation."""

    changed = Signal(object, object)  # Changes, the widget that started the operation (or None)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[str] = set()
        self._live: set[QObject] = set()

    def announce(self, changes: Changes, source: QObject | None = None) -> None:
        """Tell every subscriber; nothing is sent for an empty change."""
        if changes:
            self.changed.emit(changes, source)

    # Background work in progress, by command key: a second press does not start it twice.
    def is_running(self, key: str) -> bool:
        return key in self._running

    def started(self, key: str) -> None:
        self._running.add(key)

    def stopped(self, key: str) -> None:
        self._running.discard(key)

    def keep(self, operation: QObject) -> None:
        """Hold a running operation until it reports back (its screen may close meanwhile)."""
        self._live.add(operation)

    def release(self, operation: QObject) -> None:
        self._live.discard(operation)

    @property
    def busy(self) -> bool:
        """Whether background work is still running (closing the window waits for it)."""
        return bool(self._live)


class Subscription(QObject):
    """Reload ``page`` when an announcement touches ``topics`` (or ``wants(changes)`` is true).

    ``reload`` is called with the merged changes since the last reload, or with no argument when
    it takes none. A page that is not on screen is only marked stale and reloads when shown.
    """

    def __init__(self, hub: ChangeHub, page: QWidget, topics: Iterable[Topic],
                 reload: Callable[..., None], *,
                 wants: Callable[[Changes], bool] | None = None) -> None:
        super().__init__(page)
        self._page = page
        self._topics = tuple(topics)
        self._wants = wants
        self._reload = reload
        self._takes_changes = _takes_an_argument(reload)
        self._pending: Changes | None = None
        page.installEventFilter(self)
        hub.changed.connect(self._on_hub_changed)

    @property
    def stale(self) -> bool:
        return self._pending is not None

    def _on_hub_changed(self, changes: Changes, _source) -> None:
        if not (changes.touches(*self._topics) or (self._wants is not None and self._wants(changes))):
            return
        self._pending = changes if self._pending is None else self._pending | changes
        if self._on_screen():
            self.flush()

    def _on_screen(self) -> bool:
        window = self._page.window()
        return self._page.isVisibleTo(window) if window is not self._page else self._page.isVisible()

    def flush(self) -> None:
        """Reload now if anything is pending."""
        changes, self._pending = self._pending, None
        if changes is None:
            return
        if self._takes_changes:
            self._reload(changes)
        else:
            self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._page and event.type() in (QEvent.Type.Show, QEvent.Type.ShowToParent) \
                and self._pending is not None:
            self.flush()
        return False


def _takes_an_argument(fn: Callable) -> bool:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL)
               and p.default is p.empty for p in params)
