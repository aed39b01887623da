"""受理登记 and 修改: the employer picked by typing or added on the spot, parties and claims,
a wrong ID check character refused in its cell, and masked numbers kept through an edit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import CaseClaim, CaseParty, DisputeCase, Enterprise
from desktop.views.disputes.intake_dialog import ID_NUMBER, CaseIntakeDialog
from tests.views import test_disputes_page as cases
from tests.views.conftest import click_ok, find_window, type_into, type_text, wait_loaded
from tests.views.test_disputes_page import ID_A, PHONE_A
from tests.views.test_disputes_page import select as select_case

pytestmark = pytest.mark.gui
ids, page = cases.ids, cases.page   # the page's fixtures: its seeded cases, the page on them


def open_intake(qtbot, page) -> CaseIntakeDialog:
    page.actions["new"].trigger()
    return find_window(qtbot, CaseIntakeDialog)


def pick_employer(qtbot, dialog, name: str) -> None:
    """Type part of the name as a user does; the completer's list is closed again."""
    type_text(qtbot, dialog.employer.combo.lineEdit(), name)
    dialog.employer.combo.completer().popup().hide()


def fill_party(qtbot, dialog, name: str, id_number: str = "", phone: str = "") -> None:
    table = dialog.parties.table
    for column, text in ((0, name), (1, id_number), (2, phone)):
        if text:
            table.item(0, column).setText(text)


def cases_of(workspace, name: str):
    with workspace.db.reading() as s:
        rows = s.execute(select(DisputeCase.id, DisputeCase.workers, DisputeCase.collective)
                         .join(Enterprise, Enterprise.id == DisputeCase.enterprise_id)
                         .where(Enterprise.name == name)).all()
        return [tuple(r) for r in rows]


def test_a_new_case_is_saved_with_its_parties_and_claims(page, qtbot, workspace):
    dialog = open_intake(qtbot, page)
    pick_employer(qtbot, dialog, "北京乙制造有限公司")
    fill_party(qtbot, dialog, "孙八", ID_A, PHONE_A)
    dialog.claims.table.item(0, 0).setText("支付加班费")
    dialog.claims.table.item(0, 1).setText("3,500")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with workspace.db.reading() as s:
        case_id = s.scalar(select(DisputeCase.id).order_by(DisputeCase.id.desc()))
        party = s.scalars(select(CaseParty).where(CaseParty.case_id == case_id)).one()
        claim = s.scalars(select(CaseClaim).where(CaseClaim.case_id == case_id)).one()
        assert (party.name, party.id_number, party.phone) == ("孙八", ID_A, PHONE_A)
        assert (claim.text, claim.amount) == ("支付加班费", Decimal("3500.00"))
    wait_loaded(qtbot, page)
    assert page.current_row().id == case_id


def test_a_wrong_id_check_character_is_refused_in_its_cell(page, qtbot, workspace):
    before = len(cases_of(workspace, "北京乙制造有限公司"))
    dialog = open_intake(qtbot, page)
    pick_employer(qtbot, dialog, "北京乙制造有限公司")
    wrong = ID_A[:17] + ("0" if ID_A[17] != "0" else "1")
    fill_party(qtbot, dialog, "孙八", wrong)
    click_ok(qtbot, dialog)
    assert "校验码" in dialog.error_message and dialog.isVisible()
    assert dialog.bad_cell == (0, ID_NUMBER)
    assert dialog.parties.table.currentColumn() == ID_NUMBER
    dialog.reject()
    assert len(cases_of(workspace, "北京乙制造有限公司")) == before


def test_an_employer_not_in_the_register_is_added_with_the_case(page, qtbot, workspace):
    dialog = open_intake(qtbot, page)
    dialog.employer.new_check.setChecked(True)
    type_text(qtbot, dialog.employer.name_edit, "北京丁建筑有限公司")
    fill_party(qtbot, dialog, "周九")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    found = cases_of(workspace, "北京丁建筑有限公司")
    assert len(found) == 1 and found[0][1:] == (1, False)


def test_no_employer_is_refused_and_nothing_is_written(page, qtbot, workspace):
    dialog = open_intake(qtbot, page)
    fill_party(qtbot, dialog, "周九")
    click_ok(qtbot, dialog)
    assert "请从企业名录中选择用人单位" in dialog.error_message
    dialog.reject()


def test_ten_workers_make_a_collective_case_that_asks_for_representatives(page, qtbot, workspace):
    dialog = open_intake(qtbot, page)
    assert not dialog.collective_label.isVisible()
    dialog.workers_spin.setValue(12)
    assert dialog.collective_label.isVisible() and "代表" in dialog.collective_label.text()
    pick_employer(qtbot, dialog, "北京丙物流有限公司")
    fill_party(qtbot, dialog, "吴十")
    dialog.parties.table.cellWidget(0, 4).set_value("representative")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert (12, True) in [(w, c) for _id, w, c in cases_of(workspace, "北京丙物流有限公司")]


def test_an_edit_keeps_the_numbers_left_masked_and_saves_the_change(page, qtbot, workspace, ids):
    select_case(qtbot, page, "北京甲科技有限公司")
    page.edit_current()
    dialog = find_window(qtbot, CaseIntakeDialog)
    shown_id = dialog.parties.table.item(0, ID_NUMBER).text()
    assert shown_id != ID_A and "*" in shown_id
    type_into(qtbot, dialog.matter_edit, "拖欠四个月工资")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with workspace.db.reading() as s:
        party = s.scalars(select(CaseParty).where(CaseParty.case_id == ids["fresh"])).one()
        case = s.get(DisputeCase, ids["fresh"])
        assert (party.id_number, party.phone, case.matter) == (ID_A, PHONE_A, "拖欠四个月工资")
