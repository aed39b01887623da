"""What can be done to a meeting from the calendar's menu or the dialog's buttons.

Each command is one ``Operation``: the change hub tells every screen showing the meeting; a
refusal is explained with the service's message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from sqlalchemy.orm import Session

from desktop.changes import Changes
from desktop.models import MeetingStatus
from desktop.services.meetings import core as m
from desktop.services.meetings import series as ms
from desktop.services.meetings.queries import MeetingRow
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.meetings.postpone_dialog import NewTime, PostponeDialog
from desktop.views.operations import Operation
from desktop.views.workspace import Workspace


@dataclass(frozen=True)
class Availability:
    postpone: bool
    mark_held: bool
    cancel: bool
    skip: bool
    reinstate: bool
    end_series: bool


def availability(row: MeetingRow) -> Availability:
    open_ = row.status in (MeetingStatus.PLANNED.value, MeetingStatus.POSTPONED.value)
    series = row.series_id is not None
    return Availability(postpone=open_, mark_held=open_, cancel=open_, skip=open_ and series,
                        reinstate=row.status == MeetingStatus.CANCELLED.value,
                        end_series=series and row.recurrence_id is not None)


class MeetingCommands(QObject):
    """Emits ``meeting_deleted(id)`` after a delete; what changed reaches the screens by the hub."""

    meeting_deleted = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._widget = parent

    def fill_menu(self, menu: QMenu, row: MeetingRow) -> dict[str, QAction]:
        """Add the commands for ``row`` to ``menu``; returns them by name (for tests)."""
        can = availability(row)
        entries = (
            ("postpone", self.tr("推迟…"), can.postpone, self.postpone),
            ("mark_held", self.tr("标记为已召开"), can.mark_held, self.mark_held),
            ("cancel", self.tr("取消会议"), can.cancel, self.cancel),
            ("skip", self.tr("跳过此次"), can.skip, self.skip),
            ("reinstate", self.tr("恢复会议"), can.reinstate, self.reinstate),
            ("end_series", self.tr("结束系列（此次及以后）…"), can.end_series, self.end_series),
            ("delete", self.tr("删除…"), True, self.delete),
        )
        actions = {}
        for name, text, enabled, slot in entries:
            if name == "delete":
                menu.addSeparator()
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(partial(slot, row))
            actions[name] = action
        return actions

    # ------------------------------------------------------------ the commands
    def postpone(self, row: MeetingRow, *_args) -> None:
        open_form(PostponeDialog(partial(self._postpone, row), row, self._widget))

    def _postpone(self, row: MeetingRow, data: NewTime) -> None:
        run_or_raise(self._widget, self._ws, lambda s: m.postpone_meeting(
            s, row.id, data.start, data.end, row.version), title=self.tr("无法推迟会议"))

    def mark_held(self, row: MeetingRow, *_args) -> None:
        self._run(row, lambda s: m.mark_held(s, row.id, row.version), self.tr("无法标记为已召开"))

    def cancel(self, row: MeetingRow, *_args) -> None:
        if self._confirm(self.tr("确定取消会议“{title}”吗？会议记录会保留，并在日历中显示为已取消。").format(
                title=row.title)):
            self._run(row, lambda s: m.cancel_meeting(s, row.id, row.version), self.tr("无法取消会议"))

    def skip(self, row: MeetingRow, *_args) -> None:
        if self._confirm(self.tr("确定跳过系列会议中的这一次（{title}）吗？系列中的其他会议不受影响。").format(
                title=row.title)):
            self._run(row, lambda s: ms.skip_occurrence(s, row.id, row.version), self.tr("无法跳过"))

    def reinstate(self, row: MeetingRow, *_args) -> None:
        self._run(row, lambda s: m.reinstate_meeting(s, row.id, row.version), self.tr("无法恢复会议"))

    def end_series(self, row: MeetingRow, *_args) -> None:
        if self._confirm(self.tr("确定从这一次（{title}）起结束该系列吗？此次及以后的会议将被删除；"
                                 "已有纪要或督办事项的会议改为已取消并保留。").format(title=row.title)):
            self._run(row, lambda s: ms.end_series(s, row.id), self.tr("无法结束系列"))

    def delete(self, row: MeetingRow, *_args) -> None:
        question = self.tr("确定删除会议“{title}”吗？其参会名单和议程将一并删除，此操作不能撤销。").format(
            title=row.title)
        if row.series_id is not None:
            question += self.tr("\n（这是系列会议中的一次，删除后系列不会再生成这一次。）")
        if not self._confirm(question):
            return
        if self._run(row, lambda s: m.delete_meeting(s, row.id), self.tr("无法删除会议")):
            self.meeting_deleted.emit(row.id)

    # ------------------------------------------------------------ helpers
    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self._widget, self.tr("请确认"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, row: MeetingRow, work: Callable[[Session], object], title: str) -> bool:
        """``work`` as an operation; False after a refusal (shown under ``title``)."""
        operation = Operation(self._widget, self._ws, work, title=title)
        operation.run()
        if operation.error is None:
            return True
        # A refusal may mean someone else changed the meeting: the screens showing it read it again.
        self._ws.announce(Changes.meetings([row.id]), self._widget)
        return False
