"""设置: one dialog for what used to be scattered (issue 16). One tab per area, each saved
through its own service when OK is pressed: identity (``config.save_identity``), the calendar's
organiser and publish folder (``calendar.json``), the mail server and the attachment limits and
warning thresholds (their own dialogs' forms, reused as tabs), the holidays (changed at once, as in
the calendar's holidays window), the retention periods, and the shortcut overrides
(``shortcuts/NAME`` in the QSettings file ``MainActions`` reads).

A refusal shows on the tab it belongs to, which comes to the front; the tabs before it are
already saved (each is a file of its own, as when saved from its own dialog).
"""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import config
from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.attachments.settings import load_attachment_settings
from desktop.services.calendar.settings import (
    MAX_REMINDER_MINUTES,
    load_calendar_settings,
    save_calendar_settings,
)
from desktop.services.mail import core as mail
from desktop.services.warnings.settings import load_rule_settings
from desktop.views.attachments.settings_dialog import AttachmentSettingsDialog
from desktop.views.calendar.holidays_dialog import HolidaysPanel
from desktop.views.errors import error_text
from desktop.views.form_dialog import FormDialog
from desktop.views.menus import MainActions
from desktop.views.minutes.mail_settings import MailSettingsDialog
from desktop.views.retention.rules_tab import RetentionTab
from desktop.views.roles import apply_role
from desktop.views.warnings.rules_dialog import RuleSettingsDialog, suggest_again
from desktop.views.workspace import Workspace


class _Tab(QWidget):
    """A form with a refusal line under it; ``save()`` raises UserError when refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error_label = QLabel(objectName="formError", wordWrap=True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        self.fields: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.error_label)

    def add(self, label: str, widget: QWidget, name: str = "") -> QWidget:
        self.form.addRow(label, widget)
        if name:
            self.fields[name] = widget
        return widget

    def show_refusal(self, exc: UserError, field: str | None) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        if (widget := self.fields.get(field or "")) is not None:
            widget.setFocus()

    def save(self) -> None:
        raise NotImplementedError


class IdentityTab(_Tab):
    """Who works at this computer: the name the audit log records."""

    def __init__(self, identity: config.Identity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = self.add(self.tr("姓名"), QLineEdit(identity.name), "name")
        self.organisation_edit = self.add(self.tr("单位"), QLineEdit(identity.organisation), "organisation")
        self.add("", QLabel(self.tr("每次修改都以此姓名记入审计日志。"), wordWrap=True))
        if os.environ.get(config.ENV_USER, "").strip():
            self.add("", QLabel(self.tr("已设置环境变量 {name}：启动时以其中的姓名为准。").format(
                name=config.ENV_USER), wordWrap=True))
        self.saved: config.Identity | None = None

    def save(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写姓名。"), field="name")
        identity = config.Identity(name[:100], " ".join(self.organisation_edit.text().split())[:200])
        config.save_identity(identity)
        self.saved = identity


class CalendarTab(_Tab):
    """The organiser written into .ics files, the reminder and the publish folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = load_calendar_settings()
        self.name_edit = self.add(self.tr("组织者名称"), QLineEdit(settings.organizer_name), "organizer_name")
        self.email_edit = self.add(self.tr("组织者邮箱"), QLineEdit(settings.organizer_email), "organizer_email")
        self.reminder_spin = self.add(self.tr("会前提醒"), QSpinBox(
            minimum=0, maximum=MAX_REMINDER_MINUTES, value=settings.reminder_minutes,
            suffix=self.tr(" 分钟"), specialValueText=self.tr("不提醒")), "reminder_minutes")
        self.folder_edit = QLineEdit(settings.publish_folder, placeholderText=self.tr("（不发布）"))
        self.browse_button = QPushButton(self.tr("浏览…"))
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        self.form.addRow(self.tr("发布文件夹"), row)
        self.fields["publish_folder"] = self.folder_edit
        self.add("", QLabel(self.tr("组织者邮箱写入导出和发布的日历文件，参会人的答复会发到这个地址。"), wordWrap=True))
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择日历发布文件夹"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def save(self) -> None:
        save_calendar_settings(replace(
            load_calendar_settings(), organizer_name=self.name_edit.text().strip(),
            organizer_email=self.email_edit.text().strip(), reminder_minutes=self.reminder_spin.value(),
            publish_folder=self.folder_edit.text().strip()))


class FormTab(QWidget):
    """An existing settings dialog's form as a tab: its OK and Cancel hidden, its submit reused."""

    def __init__(self, dialog: FormDialog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog = dialog
        dialog.setWindowFlags(Qt.WindowType.Widget)
        dialog.buttons.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(dialog)
        layout.addStretch(1)

    def save(self) -> None:
        self.dialog.result_value = self.dialog._submit(self.dialog.data())

    def show_refusal(self, exc: UserError, field: str | None) -> None:
        self.dialog.show_refusal(exc, field)


def _plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: 导入联系人(&I)… → 导入联系人."""
    for cut in ("(&", "…"):
        text = text.split(cut)[0]
    return text.replace("&", "")


class HolidaysTab(QWidget):
    """The holidays panel as a tab: its changes are operations of their own, saved at once."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = HolidaysPanel(workspace)
        note = QLabel(self.tr("此页的导入和设置立即保存，无需按“确定”。法定节假日和调休影响会议日期提示和"
                              "争议案件期限的计算。"), wordWrap=True, objectName="pageSubtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(note)

    def save(self) -> None:
        """Nothing to save: each change was its own operation."""

    def show_refusal(self, exc: UserError, field: str | None) -> None:
        """Never refused at OK (see ``save``)."""


class ShortcutsTab(QWidget):
    """One key field per menu action; empty means the standard shortcut."""

    def __init__(self, actions: MainActions, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actions, self._settings = actions, settings
        self.edits: dict[str, QKeySequenceEdit] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        for name, action in actions.named().items():
            edit = QKeySequenceEdit(action.shortcut())
            edit.setClearButtonEnabled(True)
            if (line := edit.findChild(QLineEdit)) is not None:  # Qt's own "Press shortcut"
                line.setPlaceholderText(self.tr("（无）点击后按下组合键"))
            edit.setToolTip(self.tr("标准快捷键：{key}").format(
                key=actions.default_shortcut(name).toString(QKeySequence.SequenceFormat.NativeText) or self.tr("无")))
            form.addRow(_plain(action.text()), edit)
            self.edits[name] = edit
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(inner)
        self.error_label = QLabel(objectName="formError", wordWrap=True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("点击一栏后按下新的组合键；清空一栏恢复标准快捷键。"), wordWrap=True))
        layout.addWidget(self.error_label)

    def show_refusal(self, exc: UserError, field: str | None) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        if field in self.edits:
            self.edits[field].setFocus()

    def chosen(self) -> dict[str, QKeySequence | None]:
        """Name → the sequence typed, None for the standard one; refuses a key used twice."""
        out: dict[str, QKeySequence | None] = {}
        used: dict[str, str] = {}
        for name, edit in self.edits.items():
            sequence = edit.keySequence()
            if sequence.isEmpty() or sequence == self._actions.default_shortcut(name):
                out[name] = None
                sequence = self._actions.default_shortcut(name)
            else:
                out[name] = sequence
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if key and key in used:
                names = self._actions.named()
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "快捷键 {key} 同时用于“{first}”和“{second}”。"),
                                      field=name, key=key, first=_plain(names[used[key]].text()),
                                      second=_plain(names[name].text()))
            used[key] = name
        return out

    def save(self) -> None:
        for name, sequence in self.chosen().items():
            if sequence is None:
                self._settings.remove(f"shortcuts/{name}")
            else:
                self._settings.setValue(f"shortcuts/{name}",
                                        sequence.toString(QKeySequence.SequenceFormat.PortableText))
            self._actions.set_shortcut(name, sequence)
        self._settings.sync()


class SettingsDialog(QDialog):
    """The tabs and one OK that saves them all; ``identity_changed`` when the name was saved."""

    identity_changed = Signal(object)

    def __init__(self, workspace: Workspace, actions: MainActions, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(560)
        self.identity_tab = IdentityTab(workspace.identity)
        self.calendar_tab = CalendarTab()
        self.mail_tab = FormTab(MailSettingsDialog(mail.load_settings()))
        self.attachments_tab = FormTab(AttachmentSettingsDialog(load_attachment_settings()))
        self._rules_before = load_rule_settings()
        self.rules_tab = FormTab(RuleSettingsDialog(self._rules_before))
        self.retention_tab = RetentionTab(workspace)
        self.holidays_tab = HolidaysTab(workspace)
        self.shortcuts_tab = ShortcutsTab(actions, settings)
        self.tabs = QTabWidget()
        for tab, label in ((self.identity_tab, self.tr("身份")), (self.calendar_tab, self.tr("日历")),
                           (self.mail_tab, self.tr("邮件服务器")), (self.attachments_tab, self.tr("附件")),
                           (self.rules_tab, self.tr("预警规则")), (self.holidays_tab, self.tr("节假日")),
                           (self.retention_tab, self.tr("保存期限")),
                           (self.shortcuts_tab, self.tr("快捷键"))):
            self.tabs.addTab(tab, label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply_role(self, workspace.role)

    def accept(self) -> None:
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            try:
                tab.save()
            except UserError as exc:
                self.tabs.setCurrentIndex(index)
                tab.show_refusal(exc, exc.field if isinstance(exc, ValidationError) else None)
                return
        if self.identity_tab.saved is not None:
            self._ws.identity = self.identity_tab.saved
            self.identity_changed.emit(self.identity_tab.saved)
        super().accept()
        if self.rules_tab.dialog.result_value not in (None, self._rules_before):
            self._offer_suggestions()

    def _offer_suggestions(self) -> None:
        """New thresholds: the pending suggestions made again if asked (as from the warnings page)."""
        parent = self.parentWidget() or self
        answer = QMessageBox.question(parent, self.tr("预警规则"), self.tr(
            "预警规则已修改。是否按新规则重新生成所有已排查企业的待签发预警建议？（已签发或不予预警的不受影响）"))
        if answer == QMessageBox.StandardButton.Yes:
            suggest_again(parent, self._ws)
