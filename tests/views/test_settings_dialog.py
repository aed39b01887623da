"""设置 (issue 16): one dialog with a tab per area, each saved through its own service; the
organiser e-mail asked for on the first export while it is still the default."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop import config
from desktop.exports.publish import Publisher
from desktop.services.attachments.settings import MB, load_attachment_settings
from desktop.services.calendar.settings import DEFAULT_ORGANIZER_EMAIL, load_calendar_settings
from desktop.services.mail import core as mail
from desktop.services.warnings.settings import load_rule_settings
from desktop.views.calendar.export_tab import ExportTab
from desktop.views.calendar.publish_tab import PublishTab
from desktop.views.main_window import MainWindow
from desktop.views.settings import open_settings
from desktop.views.settings_dialog import SettingsDialog
from tests.exports.ics_support import build_scenario
from tests.views.conftest import click_ok, find_window, type_into
from tests.views.test_elision import language  # noqa: F401 - the fixture (zh and en)

pytestmark = pytest.mark.gui


def open_dialog(qtbot, window) -> SettingsDialog:
    window.actions.settings.trigger()
    return find_window(qtbot, SettingsDialog)


def test_the_file_menu_opens_one_dialog_with_every_area(qtbot, window):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions.settings in file_menu.actions()
    dialog = open_dialog(qtbot, window)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "身份", "日历", "邮件服务器", "附件", "预警规则", "节假日", "保存期限", "快捷键"]
    assert dialog.calendar_tab.email_edit.text() == DEFAULT_ORGANIZER_EMAIL
    dialog.reject()


def test_ok_saves_identity_calendar_mail_and_limits(qtbot, window, boxes, tmp_path):
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.identity_tab.name_edit, "李秘书")
    type_into(qtbot, dialog.identity_tab.organisation_edit, "经开区总工会")
    dialog.tabs.setCurrentWidget(dialog.calendar_tab)
    type_into(qtbot, dialog.calendar_tab.email_edit, "mishu@example.cn")
    folder = tmp_path / "发布"
    folder.mkdir()
    type_into(qtbot, dialog.calendar_tab.folder_edit, str(folder))
    mail_form = dialog.mail_tab.dialog
    type_into(qtbot, mail_form.host_edit, "smtp.example.cn")
    type_into(qtbot, mail_form.sender_edit, "mishu@example.cn")
    dialog.attachments_tab.dialog.file_spin.setValue(25)
    dialog.rules_tab.dialog.expiry_spin.setValue(120)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = json.loads((config.config_dir() / "identity.json").read_text(encoding="utf-8"))
    assert saved == {"name": "李秘书", "organisation": "经开区总工会"}
    assert window._ws.identity.name == "李秘书" and "李秘书" in window.user_label.text()
    calendar = load_calendar_settings()
    assert (calendar.organizer_email, calendar.publish_folder) == ("mishu@example.cn", str(folder))
    assert (mail.load_settings().host, mail.load_settings().sender) == ("smtp.example.cn", "mishu@example.cn")
    assert load_attachment_settings().file_limit == 25 * MB
    assert load_rule_settings().expiry_days == 120
    assert [t for t in boxes.texts("question") if "按新规则重新生成" in t]
    qtbot.waitUntil(lambda: not window._ws.hub.busy, timeout=10000)
    qtbot.waitUntil(lambda: any("新增建议 0 条" in t for t in boxes.texts("information")), timeout=10000)


def test_unchanged_thresholds_ask_nothing(qtbot, window, boxes):
    dialog = open_dialog(qtbot, window)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert boxes.texts("question") == []


def test_a_refusal_brings_its_tab_forward_and_keeps_the_dialog_open(qtbot, window):
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.calendar_tab.email_edit, "not-an-address")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.calendar_tab
    assert "电子邮箱“not-an-address”格式不正确" in dialog.calendar_tab.error_label.text()
    assert dialog.calendar_tab.error_label.isVisibleTo(dialog)
    type_into(qtbot, dialog.identity_tab.name_edit, "")
    click_ok(qtbot, dialog)
    assert dialog.tabs.currentWidget() is dialog.identity_tab and "请填写姓名" in dialog.identity_tab.error_label.text()
    dialog.reject()


def test_shortcuts_are_saved_as_overrides_and_applied_at_once(qtbot, window):
    dialog = open_dialog(qtbot, window)
    edits = dialog.shortcuts_tab.edits
    dialog.tabs.setCurrentWidget(dialog.shortcuts_tab)
    edits["edit"].setKeySequence(QKeySequence("F2"))
    edits["refresh"].clear()
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert open_settings().value("shortcuts/edit") == "F2"
    assert open_settings().value("shortcuts/refresh") is None
    assert window.actions.edit.shortcut() == QKeySequence("F2")
    assert QKeySequence("F5") in window.actions.refresh.shortcuts()


def test_a_shortcut_used_twice_is_refused(qtbot, window):
    dialog = open_dialog(qtbot, window)
    dialog.shortcuts_tab.edits["edit"].setKeySequence(QKeySequence("Ctrl+Q"))
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.shortcuts_tab
    assert "快捷键 Ctrl+Q 同时用于" in dialog.shortcuts_tab.error_label.text()
    assert open_settings().value("shortcuts/edit") is None
    dialog.reject()


def test_the_first_export_asks_for_the_organiser_email_once(qtbot, db, workspace, boxes, monkeypatch, tmp_path):
    build_scenario(db)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return "mishu@example.cn", True
    monkeypatch.setattr(QInputDialog, "getText", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "all.ics"), ""))
    tab = ExportTab(workspace)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.exported):
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["组织者邮箱"] and load_calendar_settings().organizer_email == "mishu@example.cn"
    assert b"mishu@example.cn" in (tmp_path / "all.ics").read_bytes()
    with qtbot.waitSignal(tab.exported):
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1


def test_cancelling_the_organiser_question_cancels_the_export(qtbot, workspace, monkeypatch, tmp_path):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file asked for"))
    tab = ExportTab(workspace)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert load_calendar_settings().organizer_email == DEFAULT_ORGANIZER_EMAIL
    assert not open_settings().value("calendar/organizer_asked", False, type=bool)


def test_the_export_tab_says_what_a_date_range_changes(qtbot, workspace):
    tab = ExportTab(workspace)
    qtbot.addWidget(tab)
    assert "重复日程" in tab.note_label.text()
    tab.range_box.setChecked(True)
    assert "导入回本库时更新对应的那一次" in tab.note_label.text()


def test_no_tab_of_the_dialog_cuts_its_text(qtbot, workspace, language):  # noqa: F811
    from tests.views.test_elision import dialog_problems

    window = MainWindow(workspace, open_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = SettingsDialog(workspace, window.actions, open_settings(), window)
    qtbot.addWidget(dialog)
    assert dialog_problems(qtbot, dialog) == []


def test_the_first_publish_asks_for_the_organiser_email_and_writes_it(qtbot, db, workspace, boxes, monkeypatch,
                                                                        tmp_path):
    build_scenario(db)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return "mishu@example.cn", True
    monkeypatch.setattr(QInputDialog, "getText", answer)
    tab = PublishTab(workspace, Publisher(workspace.read))
    qtbot.addWidget(tab)
    type_into(qtbot, tab.folder_edit, str(tmp_path))
    with qtbot.waitSignal(tab.published):
        qtbot.mouseClick(tab.publish_button, Qt.MouseButton.LeftButton)
    assert asked == ["组织者邮箱"] and tab.email_edit.text() == "mishu@example.cn"
    assert load_calendar_settings().organizer_email == "mishu@example.cn"
    assert b"mishu@example.cn" in (tmp_path / "all.ics").read_bytes()
    assert DEFAULT_ORGANIZER_EMAIL.encode() not in (tmp_path / "all.ics").read_bytes()


def test_cancelling_the_organiser_question_publishes_nothing(qtbot, workspace, monkeypatch, tmp_path):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    folder = tmp_path / "feeds"
    folder.mkdir()
    tab = PublishTab(workspace, Publisher(workspace.read))
    qtbot.addWidget(tab)
    type_into(qtbot, tab.folder_edit, str(folder))
    qtbot.mouseClick(tab.publish_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)   # saving a folder turns publishing on
    assert list(folder.iterdir()) == [] and load_calendar_settings().publish_folder == ""
