"""附件设置 from the 文件 menu, and the attachment total in 关于, read back as a user sees them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.errors import UserError
from desktop.services.attachments import settings as attachment_settings
from desktop.services.attachments.core import Target, attach
from desktop.services.attachments.settings import MB, load_attachment_settings
from desktop.services.meetings.core import create_meeting
from desktop.views.attachments.settings_dialog import AttachmentSettingsDialog
from tests.services.meeting_support import local, meeting_data
from tests.views.conftest import find_window, wait_loaded, write

pytestmark = pytest.mark.gui


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_limits_are_changed_from_the_file_menu_and_read_back(qtbot, window):
    assert window.actions.attachment_settings in window.menuBar().actions()[0].menu().actions()
    window.actions.attachment_settings.trigger()
    dialog = find_window(qtbot, AttachmentSettingsDialog)
    assert dialog.file_spin.value() == 50 and dialog.mail_spin.value() == 20   # the defaults
    dialog.file_spin.setValue(8)
    dialog.mail_spin.setValue(3)
    _ok(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert load_attachment_settings() == attachment_settings.AttachmentSettings(8 * MB, 3 * MB)
    assert "附件设置已保存" in window.statusBar().currentMessage()
    window.actions.attachment_settings.trigger()
    again = find_window(qtbot, AttachmentSettingsDialog)
    assert (again.file_spin.value(), again.mail_spin.value()) == (8, 3)
    again.reject()


def test_a_settings_file_that_cannot_be_written_is_said_under_the_form(qtbot, monkeypatch):
    def refuse(_settings):
        raise UserError("无法保存文件 {path}：{reason}", path="attachments.json", reason="只读")
    monkeypatch.setattr("desktop.views.attachments.settings_dialog.save_attachment_settings", refuse)
    dialog = AttachmentSettingsDialog(load_attachment_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_spin.setValue(9)
    _ok(dialog)
    assert dialog.isVisible() and "只读" in dialog.error_message
    assert load_attachment_settings().file_limit == 50 * MB


def test_the_about_box_counts_the_attachments_and_their_size(qtbot, window, workspace, boxes, db):
    def two_links_one_file(s):
        meeting_id = create_meeting(s, meeting_data(local(2026, 12, 10), 1))
        attach(s, Target("meeting", meeting_id), b"x" * 3000, "通知.pdf")
        attach(s, Target("meeting", meeting_id), b"x" * 3000, "通知副本.pdf")
    write(workspace, two_links_one_file)
    window.actions.about.trigger()
    wait_loaded(qtbot)
    [text] = boxes.texts("about")
    assert "附件：2 个，1 个文件，共 2.9 KB" in text
