"""The organisations and people pages, driven through their real dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.models import Organisation
from desktop.services.directory import core as directory
from desktop.services.kernel.validation import uscc_check_char
from desktop.views.directory.dialogs import OrganisationDialog, PersonDialog
from desktop.views.navigation import ORGANISATIONS, PEOPLE
from tests.views.conftest import (
    click_ok,
    click_row,
    find_window,
    row_of,
    type_into,
    type_text,
    wait_loaded,
    write,
)

VALID_USCC = "91110000600037341L"

pytestmark = pytest.mark.gui


def _stored_org(db, name: str) -> directory.OrganisationRow | None:
    """What the database holds now, read in a session of its own."""
    with db.reading() as s:
        org_id = s.scalar(select(Organisation.id).where(Organisation.name == name))
        return directory.get_organisation(s, org_id) if org_id is not None else None


def test_new_organisation_typed_into_the_dialog_is_listed_and_stored(qtbot, window, workspace):
    window.actions.new_organisation.trigger()
    wait_loaded(qtbot)
    dialog = find_window(qtbot, OrganisationDialog)
    wait_loaded(qtbot)
    assert window.current_page() is window.organisations_page
    type_text(qtbot, dialog.name_edit, "经开区税务局")
    type_text(qtbot, dialog.short_name_edit, "税务局")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("税务"))
    wait_loaded(qtbot)
    type_text(qtbot, dialog.uscc_edit, VALID_USCC)
    type_text(qtbot, dialog.phone_edit, "010-67881999")
    type_text(qtbot, dialog.email_edit, "shuiwu@example.cn")
    click_ok(qtbot, dialog)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot)
    table = window.organisations_page.table
    row = row_of(table, 0, "经开区税务局")
    wait_loaded(qtbot)
    assert row >= 0
    assert table.current_row().name == "经开区税务局"  # the new row is selected
    stored = _stored_org(workspace.db, "经开区税务局")
    wait_loaded(qtbot)
    assert (stored.short_name, stored.kind, stored.uscc, stored.phone, stored.email) == (
        "税务局", "tax", VALID_USCC, "010-67881999", "shuiwu@example.cn")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("phone_edit", "12345", "电话号码“12345”格式不正确"),
    ("email_edit", "not-an-email", "电子邮箱“not-an-email”格式不正确"),
    ("uscc_edit", "91110000600037341" + "X", "校验位不正确"),
    ("uscc_edit", "9111", "应为18位"),
])
def test_invalid_contact_detail_keeps_the_dialog_open_and_stores_nothing(
        qtbot, window, workspace, field, value, message):
    assert uscc_check_char("91110000600037341") != "X"
    window.actions.new_organisation.trigger()
    wait_loaded(qtbot)
    dialog = find_window(qtbot, OrganisationDialog)
    wait_loaded(qtbot)
    type_text(qtbot, dialog.name_edit, "错误示例单位")
    type_text(qtbot, getattr(dialog, field), value)
    click_ok(qtbot, dialog)
    wait_loaded(qtbot)

    assert dialog.isVisible()
    assert message in dialog.error_message
    assert dialog.focusWidget() is getattr(dialog, field)
    assert _stored_org(workspace.db, "错误示例单位") is None
    assert row_of(window.organisations_page.table, 0, "错误示例单位") == -1
    dialog.reject()
    wait_loaded(qtbot)


def test_deleting_a_referenced_organisation_shows_the_refusal_and_keeps_it(qtbot, window, workspace, boxes):
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    table = window.organisations_page.table
    click_row(qtbot, table, row_of(table, 0, "经开区总工会"))
    assert window.actions.delete.isEnabled()
    window.actions.delete.trigger()
    wait_loaded(qtbot)

    [question] = boxes.texts("question")
    wait_loaded(qtbot)
    assert "经开区总工会" in question
    [refusal] = boxes.texts("warning")
    wait_loaded(qtbot)
    assert "无法删除“经开区总工会”" in refusal and "联系人 2 条" in refusal
    assert _stored_org(workspace.db, "经开区总工会") is not None
    assert row_of(table, 0, "经开区总工会") >= 0


def test_deleting_an_unreferenced_organisation_removes_it(qtbot, window, workspace, boxes):
    write(workspace, lambda s: directory.create_organisation(s, directory.OrganisationData("临时单位")))
    wait_loaded(qtbot)
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    table = window.organisations_page.table
    click_row(qtbot, table, row_of(table, 0, "临时单位"))
    window.actions.delete.trigger()
    wait_loaded(qtbot)

    assert boxes.texts("warning") == []
    assert _stored_org(workspace.db, "临时单位") is None
    assert row_of(table, 0, "临时单位") == -1


def test_declining_the_delete_question_keeps_the_organisation(qtbot, window, workspace, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tests.views.conftest import MessageBoxes

    MessageBoxes(monkeypatch, QMessageBox.StandardButton.No)
    wait_loaded(qtbot)
    write(workspace, lambda s: directory.create_organisation(s, directory.OrganisationData("临时单位")))
    wait_loaded(qtbot)
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    table = window.organisations_page.table
    click_row(qtbot, table, row_of(table, 0, "临时单位"))
    window.actions.delete.trigger()
    wait_loaded(qtbot)
    assert _stored_org(workspace.db, "临时单位") is not None


def test_double_clicking_an_organisation_edits_it(qtbot, window, workspace):
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    table = window.organisations_page.table
    click_row(qtbot, table, row_of(table, 0, "经开区司法局"), double=True)
    dialog = find_window(qtbot, OrganisationDialog)
    wait_loaded(qtbot)
    assert dialog.name_edit.text() == "经开区司法局"
    type_into(qtbot, dialog.email_edit, "sfj@example.cn")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot)
    assert _stored_org(workspace.db, "经开区司法局").email == "sfj@example.cn"
    assert table.current_row().email == "sfj@example.cn"


def test_filter_box_narrows_the_organisations(qtbot, window):
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    page = window.organisations_page
    type_text(qtbot, page.filter_edit, "工会")
    names = {page.table.model().index(r, 0).data() for r in range(page.table.model().rowCount())}
    assert names == {"经开区总工会", "经开区总工会劳动争议调解中心"}


def test_new_person_is_stored_with_the_chosen_organisation(qtbot, window, workspace):
    window.actions.new_person.trigger()
    wait_loaded(qtbot)
    dialog = find_window(qtbot, PersonDialog)
    wait_loaded(qtbot)
    assert window.current_page() is window.people_page
    type_text(qtbot, dialog.name_edit, "钱多多")
    dialog.organisation_combo.setCurrentIndex(dialog.organisation_combo.findText("经开区司法局"))
    wait_loaded(qtbot)
    type_text(qtbot, dialog.title_edit, "科员")
    type_text(qtbot, dialog.phone_edit, "13812345678")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot)

    people = workspace.read(directory.list_people)
    wait_loaded(qtbot)
    [person] = [p for p in people if p.name == "钱多多"]
    assert (person.organisation, person.title, person.phone) == ("经开区司法局", "科员", "13812345678")
    table = window.people_page.table
    assert table.model().index(row_of(table, 0, "钱多多"), 3).data() == "138****5678"
    # the organisations page counts the new contact too
    orgs = window.organisations_page.table   # built (and loaded) when first asked for
    wait_loaded(qtbot)
    assert orgs.model().index(row_of(orgs, 0, "经开区司法局"), 6).data() == 2


def test_person_without_a_name_is_refused_inline(qtbot, window, workspace):
    window.show_page(PEOPLE)
    wait_loaded(qtbot)
    window.people_page.add_button.click()
    wait_loaded(qtbot)
    dialog = find_window(qtbot, PersonDialog)
    wait_loaded(qtbot)
    click_ok(qtbot, dialog)
    wait_loaded(qtbot)
    assert dialog.isVisible()
    assert "请填写姓名" in dialog.error_message
    assert dialog.focusWidget() is dialog.name_edit
    dialog.reject()
    wait_loaded(qtbot)
    QApplication.processEvents()
    wait_loaded(qtbot)
    assert len(workspace.read(directory.list_people)) == 15
