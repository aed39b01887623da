"""The body page: navigation to it, its facts, members and representatives."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.bodies import core as bodies
from desktop.views.bodies.dialogs import BodyDialog, MembershipDialog, RepresentativeDialog
from desktop.views.navigation import body_page_key
from tests.views.conftest import click_ok, click_row, find_window, row_of, type_into, wait_loaded

pytestmark = pytest.mark.gui


def _click_navigation(qtbot, window, key: str) -> None:
    pane = window.navigation
    index = pane.nav_model.index(pane.nav_model.row_of_key(key))
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.visualRect(index).center())


def _open_members_tab(qtbot, page) -> None:
    bar = page.tabs.tabBar()
    index = next(i for i in range(page.tabs.count()) if page.tabs.tabText(i) == "机制信息与成员")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.members_tab.isVisible() and page.header.facts.isVisible()


def _show(qtbot, window, key: str, members: bool = True):
    window.show_page(body_page_key(key))
    wait_loaded(qtbot)
    page = window.body_page
    if members:
        _open_members_tab(qtbot, page)
    return page


def _column(table, column: int) -> list:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_clicking_a_body_in_the_navigation_shows_its_facts_and_members(qtbot, window, workspace):
    _click_navigation(qtbot, window, body_page_key("dispute"))
    wait_loaded(qtbot)

    page = window.body_page
    assert window.current_page() is page
    assert page.header.title_label.text() == "劳动争议三方调处机制"
    assert page.header.doc_code_label.text() == "经开调处纪"
    assert page.header.quorum_label.text() == "各方均须有代表出席"
    stored = workspace.read(lambda s: bodies.list_memberships(s, "dispute"))
    assert _column(page.members.table, 1) == [m.organisation for m in stored]
    assert _column(page.members.table, 0) == ["工会方", "仲裁方", "司法方"]
    assert set(_column(page.contacts.table, 0)) == {"孙海燕", "周文斌", "吴晓东"}


def test_member_organisation_and_representative_added_through_the_body_page(qtbot, window, workspace):
    page = _show(qtbot, window, "dispute")
    page.add_member_button.click()
    dialog = find_window(qtbot, MembershipDialog)
    assert dialog.organisation_combo.findText("经开区人民法院") == -1  # already a member
    dialog.organisation_combo.setCurrentIndex(dialog.organisation_combo.findText("经开区司法局"))
    type_into(qtbot, dialog.side_combo.lineEdit(), "司法方")
    type_into(qtbot, dialog.role_combo.lineEdit(), "成员单位")
    dialog.seats_spin.setValue(2)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot)

    member = page.members.table.current_row()
    assert (member.organisation, member.side, member.seats) == ("经开区司法局", "司法方", 2)
    page.add_representative_button.click()
    rep_dialog = find_window(qtbot, RepresentativeDialog)
    assert rep_dialog.person_combo.count() == 1 and rep_dialog.person_combo.currentText().startswith("胡明")
    type_into(qtbot, rep_dialog.position_combo.lineEdit(), "联络员")
    click_ok(qtbot, rep_dialog)
    qtbot.waitUntil(lambda: not rep_dialog.isVisible())
    wait_loaded(qtbot)

    stored = {m.organisation: m for m in workspace.read(lambda s: bodies.list_memberships(s, "dispute"))}
    added = stored["经开区司法局"]
    assert (added.side, added.role, added.seats) == ("司法方", "成员单位", 2)
    assert [(r.name, r.position) for r in added.representatives] == [("胡明", "联络员")]
    assert row_of(page.contacts.table, 0, "胡明") >= 0


def test_removing_a_member_with_representatives_shows_the_refusal(qtbot, window, workspace, boxes):
    page = _show(qtbot, window, "tripartite")
    click_row(qtbot, page.members.table, row_of(page.members.table, 1, "经开区总工会"))
    window.actions.delete.trigger()

    [refusal] = boxes.texts("warning")
    assert "无法删除“经开区总工会”" in refusal and "机制代表" in refusal
    stored = workspace.read(lambda s: bodies.list_memberships(s, "tripartite"))
    assert "经开区总工会" in [m.organisation for m in stored]


def test_removing_a_representative_then_the_member(qtbot, window, workspace, boxes):
    page = _show(qtbot, window, "tripartite")
    click_row(qtbot, page.contacts.table, row_of(page.contacts.table, 0, "赵丽娟"))
    window.actions.delete.trigger()  # the contacts table was selected last
    wait_loaded(qtbot)
    assert row_of(page.contacts.table, 0, "赵丽娟") == -1
    click_row(qtbot, page.members.table, row_of(page.members.table, 1, "经开区工商业联合会"))
    page.remove_member_button.click()
    wait_loaded(qtbot)

    assert boxes.texts("warning") == []
    stored = workspace.read(lambda s: bodies.list_memberships(s, "tripartite"))
    assert "经开区工商业联合会" not in [m.organisation for m in stored]


def test_editing_the_body_changes_its_quorum_rule_and_name(qtbot, window, workspace):
    page = _show(qtbot, window, "bimonthly", members=False)
    page.header.edit_button.click()
    dialog = find_window(qtbot, BodyDialog)
    type_into(qtbot, dialog.name_edit, "双月沟通会商机制")
    editor = dialog.quorum_editor
    assert not editor.percent_spin.isEnabled()
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("fraction"))
    assert editor.percent_spin.isEnabled()
    editor.percent_spin.setValue(60)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot)

    body = workspace.read(lambda s: bodies.get_body(s, "bimonthly"))
    assert body.name == "双月沟通会商机制"
    assert json.loads(body.quorum_rule) == {"type": "fraction", "value": 0.6}
    assert "60%" in page.header.quorum_label.text()
    nav = window.navigation
    assert nav.nav_model.index(nav.nav_model.row_of_key("body:bimonthly")).data() == "双月沟通会商机制"


def test_body_without_a_document_code_is_refused_inline(qtbot, window, workspace):
    _show(qtbot, window, "warning", members=False)
    window.actions.edit.trigger()  # nothing selected: Edit edits the body
    dialog = find_window(qtbot, BodyDialog)
    dialog.doc_code_edit.clear()
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "请填写发文代字" in dialog.error_message
    assert dialog.focusWidget() is dialog.doc_code_edit
    dialog.reject()
    QApplication.processEvents()
    assert workspace.read(lambda s: bodies.get_body(s, "warning")).doc_code == "经开预警纪"
