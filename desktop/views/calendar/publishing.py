"""The published .ics feeds follow the change hub: every committed change of meetings rewrites them.

The publisher itself (``desktop.exports.publish``) knows nothing of Qt; this object listens to
the hub and shows a feed that cannot be written, never silently: the status bar keeps saying so
until a later write succeeds, and one warning box comes the first time.

A change of bodies rewrites every feed (a body's name is its calendar's name). Renamed people
inside unchanged events are picked up by 立即发布, which serialises every event again (about a
second on the large demo database: too long to run after every edit of the directory).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.changes import Changes, Topic
from desktop.errors import UserError
from desktop.views.changes import ChangeHub
from desktop.views.errors import error_text

TOPICS = (Topic.MEETINGS, Topic.BODIES)
STATUS_MS = 5000


class FeedPublishing(QObject):
    """Calls ``publisher.meetings_changed`` after each announcement that touches the feeds.

    ``publisher`` is a callable returning the app's ``Publisher`` (built on first use, so that
    start-up does not import the .ics machinery); ``window`` shows the outcome.
    """

    def __init__(self, hub: ChangeHub, publisher: Callable[[], object], window: QMainWindow) -> None:
        super().__init__(window)
        self._publisher = publisher
        self._window = window
        self._warned = False
        hub.changed.connect(self._on_hub_changed)

    def _on_hub_changed(self, changes: Changes, _source) -> None:
        if not changes.touches(*TOPICS):
            return
        ids = None if changes.touches(Topic.BODIES) else changes.ids(Topic.MEETINGS)
        self.republish(None if ids is None else sorted(ids))

    def republish(self, meeting_ids: list[int] | None) -> None:
        """Rewrite the feeds of ``meeting_ids`` (None: every feed); a failure is shown."""
        try:
            result = self._publisher().meetings_changed(meeting_ids)
        except UserError as exc:
            self._show_failure(error_text(exc))
            return
        self._warned = False
        if result is not None:
            self._window.statusBar().showMessage(self.tr("已更新发布的日历（{n} 个文件）。").format(
                n=len(result.files)), STATUS_MS)

    def _show_failure(self, reason: str) -> None:
        self._window.statusBar().showMessage(self.tr("日历发布失败：{reason}").format(reason=reason))
        if self._warned:
            return
        self._warned = True
        QMessageBox.warning(self._window, self.tr("日历发布失败"), self.tr(
            "{reason}\n\n会议已保存，但发布文件夹中的 .ics 文件没有更新。请在“文件 → 日历 → "
            "日历发布设置”中检查文件夹；之后每次会议变化时会再次尝试。").format(reason=reason))
