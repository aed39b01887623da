"""调解员名册, driven as a user drives it: adding a mediator, a bad phone refused in the form, the
phone masked in the list, and 停用 / 重新启用 read back from the database."""

from __future__ import annotations

import pytest

from desktop.models import Mediator
from desktop.services.disputes import core
from desktop.views.disputes.mediators_dialog import MediatorDialog, MediatorRosterDialog
from tests.views.conftest import click_ok, click_row, find_window, row_of, type_text, write

pytestmark = pytest.mark.gui
NAME, ORGANISATION, PHONE, STATE = range(4)


@pytest.fixture
def dialog(qtbot, workspace):
    write(workspace, lambda s: core.add_mediator(s, "周调解", "经开区总工会", "13912345678"))
    widget = MediatorRosterDialog(workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(dialog, name: str, column: int) -> str:
    return dialog.table.model().index(row_of(dialog.table, NAME, name), column).data()


def active_in_db(workspace, name: str) -> bool:
    with workspace.db.reading() as s:
        return s.query(Mediator).filter_by(name=name).one().active


def test_the_models_pass_the_model_tester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.model)


def test_phones_are_masked_in_the_list(dialog):
    assert shown(dialog, "周调解", PHONE) == "139****5678"
    assert shown(dialog, "周调解", ORGANISATION) == "经开区总工会"


def test_adding_a_mediator_stores_them_and_selects_the_new_row(qtbot, dialog, workspace):
    dialog.add_button.click()
    form = find_window(qtbot, MediatorDialog)
    type_text(qtbot, form.name_edit, "吴律师")
    type_text(qtbot, form.organisation_edit, "法律援助中心")
    type_text(qtbot, form.phone_edit, "13698765432")
    click_ok(qtbot, form)
    with workspace.db.reading() as s:
        mediator = s.query(Mediator).filter_by(name="吴律师").one()
        assert (mediator.organisation, mediator.phone, mediator.active) == ("法律援助中心", "13698765432", True)
    assert shown(dialog, "吴律师", PHONE) == "136****5432"
    assert dialog.table.current_row().name == "吴律师"


def test_a_bad_phone_is_refused_in_the_form_and_nothing_is_stored(qtbot, dialog, workspace):
    dialog.add_button.click()
    form = find_window(qtbot, MediatorDialog)
    type_text(qtbot, form.name_edit, "郑某")
    type_text(qtbot, form.phone_edit, "12")
    click_ok(qtbot, form)
    assert form.isVisible() and form.error_message
    with workspace.db.reading() as s:
        assert s.query(Mediator).filter_by(name="郑某").count() == 0
    form.close()


def test_deactivating_and_reactivating_a_mediator(qtbot, dialog, workspace):
    click_row(qtbot, dialog.table, row_of(dialog.table, NAME, "周调解"))
    assert dialog.active_button.text() == "停用(&S)"
    dialog.active_button.click()
    assert not active_in_db(workspace, "周调解")
    assert shown(dialog, "周调解", STATE) == "已停用"
    assert dialog.active_button.text() == "重新启用(&S)"
    with workspace.db.reading() as s:
        assert "周调解" not in [m[1] for m in core.list_mediators(s)]
    dialog.active_button.click()
    assert active_in_db(workspace, "周调解")
    assert shown(dialog, "周调解", STATE) == "在册"
