"""邮件服务器设置: SMTP settings to the JSON file, the password to the system keyring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.services.mail import core as mail
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo


class MailSettingsDialog(FormDialog):
    """Host, port, security, account, sender and size limit; the password goes to the keyring."""

    def __init__(self, settings: mail.SmtpSettings, parent=None) -> None:
        super().__init__(self._save, parent)
        self.setWindowTitle(self.tr("邮件服务器设置"))
        self.host_edit = QLineEdit(settings.host)
        self.port_spin = QSpinBox(minimum=1, maximum=65535, value=settings.port)
        self.security_combo = ChoiceCombo()
        self.security_combo.set_choices(((self.tr("STARTTLS"), "starttls"), (self.tr("SSL/TLS"), "ssl"),
                                         (self.tr("不加密"), "none")), settings.security)
        self.user_edit = QLineEdit(settings.user)
        self.password_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.sender_edit = QLineEdit(settings.sender)
        self.name_edit = QLineEdit(settings.sender_name)
        self.limit_spin = QSpinBox(minimum=0, maximum=1000, value=settings.size_limit // 1_000_000,
                                   suffix=" MB", specialValueText=self.tr("按服务器"))
        self.keyring_label = QLabel(wordWrap=True)
        for label, widget, name in (
                (self.tr("服务器"), self.host_edit, "host"), (self.tr("端口"), self.port_spin, "port"),
                (self.tr("加密方式"), self.security_combo, "security"),
                (self.tr("用户名"), self.user_edit, "user"), (self.tr("密码"), self.password_edit, "password"),
                (self.tr("发件人地址"), self.sender_edit, "sender"),
                (self.tr("发件人名称"), self.name_edit, "sender_name"),
                (self.tr("邮件大小上限"), self.limit_spin, "size_limit")):
            self.add_field(label, widget, name)
        self.add_field("", self.keyring_label)
        if not mail.keyring_available():
            self.keyring_label.setText(QCoreApplication.translate("Labels", mail.NO_KEYRING_REASON))
            self.password_edit.setEnabled(False)
        else:
            self.keyring_label.setText(self.tr("密码保存在系统密钥环中，不写入设置文件；留空表示不修改。"))

    def data(self) -> tuple[mail.SmtpSettings, str]:
        settings = mail.SmtpSettings(
            host=self.host_edit.text(), port=self.port_spin.value(), user=self.user_edit.text(),
            security=self.security_combo.value(), sender=self.sender_edit.text(),
            sender_name=self.name_edit.text(), size_limit=self.limit_spin.value() * 1_000_000)
        return settings, self.password_edit.text()

    @staticmethod
    def _save(data) -> mail.SmtpSettings:
        settings, password = data
        saved = mail.save_settings(settings)
        if password and mail.keyring_available():
            mail.store_password(saved, password)
        return saved


def ask_password(parent: QWidget, settings: mail.SmtpSettings) -> str | None:
    """The SMTP password: from the keyring, else asked (saying why when there is no keyring)."""
    state = mail.password_state(settings)
    if state == mail.PasswordState.NOT_NEEDED:
        return None
    if state == mail.PasswordState.STORED:
        return mail.stored_password(settings)
    why = QCoreApplication.translate("Labels", mail.NO_KEYRING_REASON) if state == mail.PasswordState.NO_KEYRING else ""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("MailSettingsDialog", "邮件服务器密码"),
        (why + "\n\n" if why else "") + QCoreApplication.translate("MailSettingsDialog", "{user}@{host} 的密码：").format(
            user=settings.user, host=settings.host), QLineEdit.EchoMode.Password)
    return text if ok else ""
