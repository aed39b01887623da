"""The main window: settings, privacy toggle, File and Help menus, status bar, shortcuts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop import __version__
from desktop.backup import check_backup_file
from desktop.db import open_database
from desktop.models import AuditEntry
from desktop.services.directory import core as directory
from desktop.views.directory.dialogs import OrganisationDialog
from desktop.views.main_window import MainWindow
from desktop.views.navigation import ORGANISATIONS, PEOPLE, body_page_key
from desktop.views.settings import open_settings
from tests.views.conftest import find_window, row_of, wait_loaded, write

pytestmark = pytest.mark.gui


def _reveals(db) -> list[tuple[str, str, str]]:
    with db.reading() as s:
        return [(e.user, e.entity, e.action)
                for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal"))]


def test_new_window_restores_geometry_and_last_page(qtbot, workspace):
    first = MainWindow(workspace, open_settings())
    wait_loaded(qtbot)
    qtbot.addWidget(first)
    first.show()
    wait_loaded(qtbot)
    first.resize(731, 517)  # inside the offscreen 800x600 screen
    wait_loaded(qtbot)
    first.show_page(PEOPLE)
    wait_loaded(qtbot)
    first.close()
    wait_loaded(qtbot)

    second = MainWindow(workspace, open_settings())
    wait_loaded(qtbot)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (731, 517)
    assert second.current_page() is second.people_page
    assert second.navigation.current_key() == PEOPLE


def test_last_body_page_is_restored_with_that_body(qtbot, workspace):
    first = MainWindow(workspace, open_settings())
    wait_loaded(qtbot)
    qtbot.addWidget(first)
    first.show_page(body_page_key("linkage"))
    wait_loaded(qtbot)
    first.close()
    wait_loaded(qtbot)

    second = MainWindow(workspace, open_settings())
    wait_loaded(qtbot)
    qtbot.addWidget(second)
    assert second.current_page() is second.body_page
    assert second.body_page.body.key == "linkage"
    assert second.body_page.members.table.model().rowCount() == 7


def test_first_start_shows_the_first_body(qtbot, window):
    assert window.current_page() is window.body_page
    assert window.body_page.body.key == "tripartite"


def test_revealing_phone_numbers_shows_them_and_writes_an_audit_entry(qtbot, window, workspace):
    window.show_page(PEOPLE)
    wait_loaded(qtbot)
    table = window.people_page.table
    row = row_of(table, 0, "王建国")
    wait_loaded(qtbot)
    assert table.model().index(row, 3).data() == "010-****1301"
    assert _reveals(workspace.db) == []

    window.actions.reveal_phones.trigger()
    wait_loaded(qtbot)

    assert window.actions.reveal_phones.isChecked()
    assert table.model().index(row, 3).data() == "010-67881301"
    assert _reveals(workspace.db) == [("测试员", "phone_numbers", "reveal")]
    window.actions.reveal_phones.trigger()  # hiding again is not logged
    wait_loaded(qtbot)
    assert table.model().index(row, 3).data() == "010-****1301"
    assert len(_reveals(workspace.db)) == 1


def test_revealed_numbers_show_on_the_body_page_contacts_too(qtbot, window):
    window.actions.reveal_phones.trigger()
    wait_loaded(qtbot)
    contacts = window.body_page.contacts.table
    assert contacts.model().index(row_of(contacts, 0, "张志强"), 4).data() == "010-67881201"


def test_backup_from_the_file_menu_writes_a_database_that_opens(qtbot, window, workspace, boxes, monkeypatch,
                                                               tmp_path):
    if not workspace.db.is_sqlite:
        pytest.skip("backup is for SQLite databases")
        wait_loaded(qtbot)
    target = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions.backup.trigger()
    wait_loaded(qtbot)

    assert str(target) in boxes.texts("information")[0]
    check_backup_file(target)
    wait_loaded(qtbot)
    copy = open_database(str(target), upgrade=False)
    wait_loaded(qtbot)
    try:
        with copy.reading() as s:
            assert len(directory.list_organisations(s)) == 13
    finally:
        copy.dispose()
        wait_loaded(qtbot)


def test_restore_from_the_file_menu_brings_the_backup_back(qtbot, window, workspace, boxes, monkeypatch, tmp_path):
    if not workspace.db.is_sqlite:
        pytest.skip("restore is for SQLite databases")
        wait_loaded(qtbot)
    backup = tmp_path / "before.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    window.actions.backup.trigger()
    wait_loaded(qtbot)
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    write(workspace, lambda s: directory.create_organisation(s, directory.OrganisationData("后来的单位")))
    wait_loaded(qtbot)
    assert row_of(window.organisations_page.table, 0, "后来的单位") >= 0
    old_db = workspace.db
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))

    window.actions.restore.trigger()
    wait_loaded(qtbot)

    assert workspace.db is not old_db
    names = [o.name for o in workspace.read(directory.list_organisations)]
    assert "后来的单位" not in names and "经开区总工会" in names
    assert row_of(window.organisations_page.table, 0, "后来的单位") == -1
    report = boxes.texts("information")[-1]
    aside = Path(report.split("原数据库已另存为：\n")[1])
    wait_loaded(qtbot)
    assert aside.exists() and aside != workspace.db.target.path


def test_declined_restore_changes_nothing(qtbot, window, workspace, monkeypatch, tmp_path):
    if not workspace.db.is_sqlite:
        pytest.skip("restore is for SQLite databases")
        wait_loaded(qtbot)
    from PySide6.QtWidgets import QMessageBox

    from tests.views.conftest import MessageBoxes

    boxes = MessageBoxes(monkeypatch, QMessageBox.StandardButton.No)
    wait_loaded(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "x.db"), ""))
    old_db = workspace.db
    window.actions.restore.trigger()
    wait_loaded(qtbot)
    assert workspace.db is old_db
    assert [kind for kind, *_ in boxes.calls] == ["question"]


def test_import_contacts_opens_the_import_dialog_and_refreshes_after_it(qtbot, window, workspace):
    from desktop.views.importing.people_import import PeopleImportDialog

    window.actions.import_people.trigger()
    wait_loaded(qtbot)
    dialog = find_window(qtbot, PeopleImportDialog)
    wait_loaded(qtbot)
    write(workspace, lambda s: directory.create_person(s, directory.PersonData("导入的人")))
    wait_loaded(qtbot)
    dialog.accept()  # as the dialog does after a successful import
    table = window.people_page.table   # built (and loaded) when first asked for
    wait_loaded(qtbot)
    assert row_of(table, 0, "导入的人") >= 0


def test_about_box_names_version_database_and_user(qtbot, window, workspace, boxes):
    window.actions.about.trigger()
    wait_loaded(qtbot)
    [text] = boxes.texts("about")
    wait_loaded(qtbot)
    assert __version__ in text and "测试员（经开区总工会）" in text
    assert str(workspace.db.target.display) in text


def test_status_bar_shows_database_and_user(qtbot, window, workspace):
    target = workspace.db.target
    text = window.database_label.text()
    assert window.database_label.toolTip() == target.display
    if "…" in text:   # a long path gives way in the middle, keeping its start and the file name
        head, tail = text.removeprefix("数据库：").split("…")
        assert target.short.startswith(head) and target.short.endswith(tail) and len(tail) > 3
        assert window.database_label.sizeHint().width() <= 440
    else:
        assert text == "数据库：" + target.short
    if not target.is_sqlite:   # a server: host, port and database, never the password or the options
        assert "options" not in target.short and target.short.startswith("PostgreSQL ")
    assert window.user_label.text().endswith("测试员（经开区总工会）")


def test_menus_carry_the_standard_shortcuts(qtbot, window):
    actions = window.actions
    assert QKeySequence(QKeySequence.StandardKey.New) in actions.new_meeting.shortcuts()
    assert QKeySequence("Ctrl+Alt+N") in actions.new_organisation.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Delete) in actions.delete.shortcuts()
    assert QKeySequence("F5") in actions.refresh.shortcuts()
    assert QKeySequence("Ctrl+Q") in actions.quit.shortcuts()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]


def test_shortcut_keys_open_the_new_organisation_form(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    wait_loaded(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    wait_loaded(qtbot)
    dialog = find_window(qtbot, OrganisationDialog)
    wait_loaded(qtbot)
    assert dialog.windowTitle() == "新建单位"
    dialog.reject()
    wait_loaded(qtbot)


def test_shortcut_override_in_settings_replaces_the_default(qtbot, workspace):
    settings = open_settings()
    wait_loaded(qtbot)
    settings.setValue("shortcuts/edit", "F2")
    wait_loaded(qtbot)
    main = MainWindow(workspace, settings)
    wait_loaded(qtbot)
    qtbot.addWidget(main)
    assert main.actions.edit.shortcuts() == [QKeySequence("F2")]


def test_edit_and_delete_follow_the_selection(qtbot, window):
    window.show_page(PEOPLE)
    wait_loaded(qtbot)
    assert not window.actions.edit.isEnabled() and not window.actions.delete.isEnabled()
    window.people_page.table.selectRow(0)
    wait_loaded(qtbot)
    assert window.actions.edit.isEnabled() and window.actions.delete.isEnabled()


def test_settings_live_under_the_test_config_folder(qtbot, window, tmp_path):
    window.close()
    wait_loaded(qtbot)
    saved = tmp_path / "config" / "tripartite.ini"
    assert saved.is_file() and "last_page" in saved.read_text(encoding="utf-8")

