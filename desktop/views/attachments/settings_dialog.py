"""附件设置: the largest file accepted and how much one e-mail carries, in ``attachments.json``."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from desktop.services.attachments.settings import (
    MAX_FILE_LIMIT,
    MB,
    AttachmentSettings,
    save_attachment_settings,
)
from desktop.views.form_dialog import FormDialog


def _mb_spin(value: int) -> QSpinBox:
    spin = QSpinBox(minimum=1, maximum=MAX_FILE_LIMIT // MB, suffix=" MB")
    spin.setValue(max(1, round(value / MB)))
    return spin


class AttachmentSettingsDialog(FormDialog):
    """Two limits in MB; saved for this computer's user (the command line reads the same file)."""

    def __init__(self, settings: AttachmentSettings, parent: QWidget | None = None) -> None:
        super().__init__(save_attachment_settings, parent)
        self.setWindowTitle(self.tr("附件设置"))
        self.file_spin = self.add_field(self.tr("单个文件上限"), _mb_spin(settings.file_limit), "file_limit")
        self.mail_spin = self.add_field(self.tr("一封邮件所带附件上限"), _mb_spin(settings.mail_limit), "mail_limit")
        note = QLabel(self.tr("超过单个文件上限的文件不能添加。邀请和纪要分发邮件所带附件超过邮件上限时，"
                              "邮件只列出附件名称。设置保存在本机当前用户的配置文件夹中，命令行同样适用。"),
                      wordWrap=True)
        self.add_field("", note)

    def data(self) -> AttachmentSettings:
        return AttachmentSettings(file_limit=self.file_spin.value() * MB, mail_limit=self.mail_spin.value() * MB)
