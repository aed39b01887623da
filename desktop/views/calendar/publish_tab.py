"""The publish folder and what every .ics names: the folder, the organiser, the reminder.

立即发布 rewrites the folder in the background (a progress dialog says so); the window keeps
painting meanwhile and a second press while it runs does not start it twice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.exports.publish import ALL_FILE, Publisher, PublishResult
from desktop.services.calendar.settings import (
    DEFAULT_ORGANIZER_EMAIL,
    MAX_REMINDER_MINUTES,
    CalendarSettings,
    load_calendar_settings,
    save_calendar_settings,
)
from desktop.views.calendar.organiser import ask_organiser_once
from desktop.views.errors import error_text
from desktop.views.operations import Operation
from desktop.views.workspace import Workspace

KEY = "publish-now"


class PublishTab(QWidget):
    """保存 keeps the settings; 立即发布 saves them and rewrites every file in the folder."""

    published = Signal(object)  # PublishResult

    def __init__(self, workspace: Workspace, publisher: Publisher, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._publisher = publisher
        self.folder_edit = QLineEdit(placeholderText=self.tr("例如共享盘上的一个文件夹"))
        self.browse_button = QPushButton(self.tr("浏览…"))
        self.name_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.reminder_spin = QSpinBox(minimum=0, maximum=MAX_REMINDER_MINUTES, singleStep=5)
        self.reminder_spin.setSuffix(self.tr(" 分钟"))
        self.reminder_spin.setSpecialValueText(self.tr("不提醒"))
        self.private_check = QCheckBox(self.tr("发布的文件仅本人可读（不与他人共享）"))
        self.private_check.setToolTip(self.tr(
            "不勾选时，同事可以读取发布文件夹中的 .ics 文件（权限 0644），以便订阅；"
            "勾选后只有您本人可以读取（权限 0600）。Windows 上由文件夹的共享设置决定。"))
        self.status_label = QLabel(wordWrap=True)
        self.save_button = QPushButton(self.tr("保存设置"))
        self.publish_button = QPushButton(self.tr("立即发布"))
        self._lay_out()
        self._show(load_calendar_settings())

        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.publish_button.clicked.connect(self._on_publish_button_clicked)

    def _lay_out(self) -> None:
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("发布文件夹："), folder_row)
        form.addRow("", self.private_check)
        form.addRow(self.tr("组织者名称："), self.name_edit)
        form.addRow(self.tr("组织者邮箱："), self.email_edit)
        form.addRow(self.tr("会前提醒："), self.reminder_spin)
        hint = QLabel(self.tr("程序在此文件夹中为每个机制保存一个 .ics 文件，另有包含全部机制的 {all}；"
                              "会议有变化时自动更新。同事在 Outlook、WPS 或手机日历中订阅这些文件即可。")
                      .format(all=ALL_FILE), wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _show(self, settings: CalendarSettings) -> None:
        self.folder_edit.setText(settings.publish_folder)
        self.name_edit.setText(settings.organizer_name)
        self.email_edit.setText(settings.organizer_email)
        self.reminder_spin.setValue(settings.reminder_minutes)
        self.private_check.setChecked(settings.publish_private)

    def settings(self) -> CalendarSettings:
        """What the form says."""
        return CalendarSettings(self.folder_edit.text().strip(), self.name_edit.text().strip(),
                                self.email_edit.text().strip(), self.reminder_spin.value(),
                                load_calendar_settings().max_occurrences,  # not on this form
                                self.private_check.isChecked())

    def save(self) -> CalendarSettings | None:
        try:
            saved = save_calendar_settings(self.settings())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法保存日历设置"), error_text(exc))
            return None
        self._show(saved)
        return saved

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择日历发布文件夹"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _organiser_ready(self) -> bool:
        """Publishing writes the organiser into every file: while the form still shows the
        default address, ask for the real one once (False: the person cancelled)."""
        if self.email_edit.text().strip() != DEFAULT_ORGANIZER_EMAIL:
            return True
        if not ask_organiser_once(self):
            return False
        self.email_edit.setText(load_calendar_settings().organizer_email)
        return True

    def _on_save_button_clicked(self) -> None:
        if self.folder_edit.text().strip() and not self._organiser_ready():
            return
        if self.save() is not None:
            self.status_label.setText(self.tr("设置已保存。"))

    def _on_publish_button_clicked(self) -> None:
        if not self._organiser_ready() or self.save() is None:
            return
        publisher = self._publisher
        op = Operation(self, self._ws, lambda job: publisher.publish_now(read=job.read),
                       title=self.tr("日历发布失败"), key=KEY)
        op.finished.connect(self._on_publish_finished)
        op.failed.connect(self._on_publish_failed)
        if op.run_in_background(self.tr("正在发布日历…"), cancellable=False):
            op.dialog.setWindowTitle(self.tr("立即发布"))
            self.publish_button.setEnabled(False)
            self.status_label.setText(self.tr("正在发布…"))

    def _on_publish_finished(self, result: PublishResult) -> None:
        self.publish_button.setEnabled(True)
        self.status_label.setText(self._describe(result))
        self.published.emit(result)

    def _on_publish_failed(self, exc: BaseException) -> None:
        self.publish_button.setEnabled(True)
        reason = error_text(exc) if isinstance(exc, UserError) else str(exc)
        self.status_label.setText(self.tr("发布失败：{reason}").format(reason=reason))

    def _describe(self, result: PublishResult) -> str:
        return self.tr("已发布 {n} 个日程，写入 {files} 个文件到 {folder}（用时 {ms} 毫秒）。").format(
            n=result.events, files=len(result.files), folder=result.folder, ms=round(result.seconds * 1000))
