"""The organiser e-mail lands in every exported .ics file: while it is still the default
(``secretariat@tripartite.invalid``), the first export asks for it once (设置 changes it later)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.errors import UserError
from desktop.services.calendar.settings import (
    DEFAULT_ORGANIZER_EMAIL,
    load_calendar_settings,
    save_calendar_settings,
)
from desktop.views.errors import error_text
from desktop.views.settings import open_settings

ASKED = "calendar/organizer_asked"
CONTEXT = "OrganiserPrompt"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_organiser_once(parent: QWidget) -> bool:
    """False when the person cancelled (the export does not go ahead)."""
    settings = load_calendar_settings()
    stored = open_settings()
    if settings.organizer_email != DEFAULT_ORGANIZER_EMAIL or stored.value(ASKED, False, type=bool):
        return True
    text, ok = QInputDialog.getText(
        parent, _tr("组织者邮箱"),
        _tr("日历文件中写有组织者邮箱，参会人的答复会发到这个地址。\n"
            "请填写秘书处的邮箱（留空则使用 {default}；以后可在“设置”中修改）：").format(
            default=DEFAULT_ORGANIZER_EMAIL), QLineEdit.EchoMode.Normal, "")
    if not ok:
        return False
    if text.strip():
        try:
            save_calendar_settings(replace(settings, organizer_email=text.strip()))
        except UserError as exc:
            QMessageBox.warning(parent, _tr("无法保存组织者邮箱"), error_text(exc))
            return False
    stored.setValue(ASKED, True)
    stored.sync()
    return True
