"""The meeting dialog's row of actions: postpone, hold, cancel, skip, delete, and documents."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import LABELS
from desktop.services.kernel.permissions import Permission
from desktop.services.meetings.core import STATUS_LABELS
from desktop.services.meetings.queries import MeetingRow
from desktop.views.meetings import documents
from desktop.views.meetings.commands import MeetingCommands, availability
from desktop.views.meetings.meeting_extras import MeetingExtras
from desktop.views.roles import needs
from desktop.views.workspace import Workspace


class MeetingActionBar(QWidget):
    """Acts on the dialog's saved meeting; ``ensure_saved`` is asked first (unsaved edits).

    The commands are operations: the dialog learns what they changed from the change hub.
    """

    def __init__(self, workspace: Workspace, ensure_saved: Callable[[], bool], parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._ensure_saved = ensure_saved
        self._row: MeetingRow | None = None
        self.commands = MeetingCommands(workspace, self)
        self.extras = MeetingExtras(workspace, self)
        self.postpone_button = QPushButton(self.tr("推迟…"))
        self.held_button = QPushButton(self.tr("标记为已召开"))
        self.cancel_button = QPushButton(self.tr("取消会议"))
        self.skip_button = QPushButton(self.tr("跳过此次"))
        self.reinstate_button = QPushButton(self.tr("恢复会议"))
        self.delete_button = QPushButton(self.tr("删除…"))
        self.notice_button = QPushButton(self.tr("生成会议通知…"))
        self.sign_in_button = QPushButton(self.tr("生成签到表…"))
        self.more_button = QPushButton(self.tr("纪要与日历 ▾"))
        for button in (self.postpone_button, self.held_button, self.cancel_button, self.skip_button, self.reinstate_button, self.delete_button):
            needs(button, Permission.WRITE)
        self.more_button.setToolTip(self.tr("会议纪要、导出 .ics、发送会议邀请、导入回执"))
        self.status_label = QLabel(objectName="meetingStatus")
        self.message_label = QLabel(objectName="documentMessage", wordWrap=True)
        self.message_label.setStyleSheet("color: #15803d;")
        self.message_label.hide()
        self._lay_out()
        self._buttons = {
            self.postpone_button: self.commands.postpone, self.held_button: self.commands.mark_held,
            self.cancel_button: self.commands.cancel, self.skip_button: self.commands.skip,
            self.reinstate_button: self.commands.reinstate, self.delete_button: self.commands.delete,
        }
        for button in self._buttons:
            button.clicked.connect(self._on_command_button_clicked)
        self.notice_button.clicked.connect(self._on_notice_button_clicked)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.more_button.clicked.connect(self._on_more_button_clicked)

    def _lay_out(self) -> None:
        # Two rows: in one, the dialog's 720 px squeezed every button to 72 px ("生成会议…").
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label)
        row.addStretch(1)
        row.addWidget(self.notice_button)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.more_button)
        commands = QHBoxLayout()
        for button in (self.postpone_button, self.held_button, self.cancel_button, self.skip_button,
                       self.reinstate_button, self.delete_button):
            commands.addWidget(button)
        commands.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(commands)
        layout.addWidget(self.message_label)

    def set_meeting(self, row: MeetingRow | None) -> None:
        """The saved meeting acted on; None hides the bar (a meeting not yet saved)."""
        self._row = row
        self.setVisible(row is not None)
        if row is None:
            return
        can = availability(row)
        status = QCoreApplication.translate(LABELS, STATUS_LABELS.get(row.status, row.status))
        series = self.tr("（系列会议）") if row.series_id is not None else ""
        self.status_label.setText(self.tr("状态：{status}{series}").format(status=status, series=series))
        self.postpone_button.setEnabled(can.postpone)
        self.held_button.setEnabled(can.mark_held)
        self.cancel_button.setEnabled(can.cancel)
        self.skip_button.setVisible(row.series_id is not None)
        self.skip_button.setEnabled(can.skip)
        self.reinstate_button.setVisible(can.reinstate)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _on_command_button_clicked(self) -> None:
        command = self._buttons[self.sender()]
        if self._row is not None and self._ensure_saved():
            command(self._row)

    def _on_notice_button_clicked(self) -> None:
        self._generate(documents.NOTICE)

    def _on_sign_in_button_clicked(self) -> None:
        self._generate(documents.SIGN_IN)

    def more_menu(self) -> QMenu | None:
        """The 纪要与日历 menu of the saved meeting (built fresh; the caller shows it)."""
        if self._row is None or not self._ensure_saved():
            return None
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.extras.fill_menu(menu, self._row)
        return menu

    def _on_more_button_clicked(self) -> None:
        if (menu := self.more_menu()) is not None:
            menu.popup(self.more_button.mapToGlobal(self.more_button.rect().bottomLeft()))

    def _generate(self, kind: str) -> None:
        if self._row is None or not self._ensure_saved():
            return
        path = documents.generate(self.window(), self._ws, self._row.id, self._row.title, kind)
        if path is not None:
            self.show_message(self.tr("已生成：{path}").format(path=str(path)))
