"""期限规则, driven as a user drives it: the table of rules, 修改… saved through an operation,
a stale form refused, a refused amount kept in the form, and 恢复默认."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.disputes.rules import load_rules, save_rule
from desktop.views.disputes.rules_dialog import ClockRulesDialog, RuleEditDialog
from tests.views.conftest import click_ok, click_row, find_window, row_of, type_into, write

pytestmark = pytest.mark.gui
KEY, NAME, COUNTS, BASIS, VERIFIED, MODE, EXTENSION, SOURCE = range(8)


@pytest.fixture
def dialog(qtbot, workspace):
    widget = ClockRulesDialog(workspace)
    qtbot.addWidget(widget)
    widget.resize(1100, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(dialog, key: str, column: int) -> str:
    model = dialog.table.model()
    return model.index(row_of(dialog.table, KEY, key), column).data()


def stored(workspace):
    return workspace.read(load_rules)


def open_edit(qtbot, dialog, key: str) -> RuleEditDialog:
    click_row(qtbot, dialog.table, row_of(dialog.table, KEY, key))
    dialog.edit_button.click()
    return find_window(qtbot, RuleEditDialog)


def test_the_models_pass_the_model_tester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.model)


def test_the_table_lists_each_rule_with_its_basis_verification_mode_and_extension(dialog):
    assert cell(dialog, "mediation_15", NAME) == "调解期限"
    assert cell(dialog, "mediation_15", COUNTS) == "15日，起算当日不计入，末日遇休息日顺延至下一工作日"
    assert "第十四条" in cell(dialog, "mediation_15", BASIS)
    assert cell(dialog, "mediation_15", VERIFIED) == "已核实"
    assert cell(dialog, "mediation_15", MODE) == "顺延"
    assert cell(dialog, "mediation_15", EXTENSION) == "15 天"
    assert cell(dialog, "performance", MODE) == "不顺延"
    assert cell(dialog, "arbitration_limitation_1y", SOURCE) == "默认"


def test_editing_a_rule_saves_it_and_the_table_shows_it(qtbot, dialog, workspace):
    form = open_edit(qtbot, dialog, "mediation_15")
    form.amount_spin.setValue(20)
    form.mode_combo.set_value("exact")
    form.verified_check.setChecked(False)
    form.extension_spin.setValue(10)
    type_into(qtbot, form.note_edit, "本地试行")
    click_ok(qtbot, form)
    rule = stored(workspace)["mediation_15"]
    assert (rule.amount, rule.mode, rule.verified, rule.max_extension_days, rule.note) == \
        (20, "exact", False, 10, "本地试行")
    assert rule.version == 1
    assert cell(dialog, "mediation_15", VERIFIED) == "未核实"
    assert cell(dialog, "mediation_15", SOURCE) == "本单位修改"


def test_a_form_saved_by_someone_else_meanwhile_is_refused_and_stays_open(qtbot, dialog, workspace):
    form = open_edit(qtbot, dialog, "judicial_confirmation_30")
    write(workspace, lambda s: save_rule(s, "judicial_confirmation_30", amount=31, unit="day", mode="shift",
                                         basis="另一位秘书", verified=True, max_extension_days=0))
    form.amount_spin.setValue(45)
    click_ok(qtbot, form)
    assert form.isVisible() and form.error_message
    assert stored(workspace)["judicial_confirmation_30"].amount == 31
    form.close()


def test_reset_returns_a_rule_to_the_default(qtbot, dialog, workspace, boxes):
    write(workspace, lambda s: save_rule(s, "mediation_15", amount=30, unit="day", mode="shift",
                                         basis="旧条例", verified=False, max_extension_days=0))
    click_row(qtbot, dialog.table, row_of(dialog.table, KEY, "mediation_15"))
    assert dialog.reset_button.isEnabled()
    dialog.reset_button.click()
    assert boxes.texts("question")
    rule = stored(workspace)["mediation_15"]
    assert (rule.amount, rule.version, rule.verified) == (15, 0, True)
    assert cell(dialog, "mediation_15", SOURCE) == "默认"
    assert not dialog.reset_button.isEnabled()


def test_reset_answered_no_keeps_the_office_version(qtbot, dialog, workspace, monkeypatch):
    write(workspace, lambda s: save_rule(s, "mediation_15", amount=30, unit="day", mode="shift",
                                         basis="旧条例", verified=False, max_extension_days=0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click_row(qtbot, dialog.table, row_of(dialog.table, KEY, "mediation_15"))
    assert not dialog.reset_current()
    assert stored(workspace)["mediation_15"].amount == 30
