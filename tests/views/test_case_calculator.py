"""期限计算器, driven as a user drives it: the last day with its weekday, the rest-day shift and
its note, the 不顺延 mode, a provisional year, the rule's basis, and the 文件 menu entry."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop.services.disputes.rules import save_rule
from desktop.views.disputes.calculator_dialog import DeadlineCalculatorDialog
from tests.views.conftest import find_window, write

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, workspace):
    widget = DeadlineCalculatorDialog(workspace)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(dialog, rule: str, start: str, mode: str = "") -> None:
    """Pick the rule and mode in the combos and type the date, as a user does."""
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData(rule))
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData(mode))
    day = date.fromisoformat(start)
    dialog.start_edit.setDate(QDate(day.year, day.month, day.day))


def test_a_working_last_day_is_shown_with_its_weekday_and_no_shift(dialog):
    choose(dialog, "mediation_15", "2026-01-29")   # +15 = Fri 2026-02-13
    assert dialog.result_label.text() == "2026年2月13日（星期五）"
    assert dialog.due.day == date(2026, 2, 13)
    assert dialog.shift_label.isHidden()
    assert dialog.provisional_label.isHidden()


def test_a_last_day_in_spring_festival_moves_to_the_next_working_day_and_says_from_when(dialog):
    choose(dialog, "mediation_15", "2026-02-06")   # +15 = Sat 02-21 in 春节 → Tue 02-24
    assert dialog.result_label.text() == "2026年2月24日（星期二）"
    assert dialog.shift_label.text() == "（末日为休息日，已顺延自 2026年2月21日（星期六））"
    assert dialog.shift_label.isVisibleTo(dialog)


def test_the_exact_mode_keeps_a_last_day_on_a_rest_day(dialog):
    choose(dialog, "mediation_15", "2026-02-06", "exact")
    assert dialog.result_label.text() == "2026年2月21日（星期六）"
    assert dialog.shift_label.isHidden()


def test_the_shift_mode_overrides_a_rule_that_does_not_shift(workspace, qtbot):
    write(workspace, lambda s: save_rule(s, "judicial_confirmation_30", amount=30, unit="day", mode="exact",
                                         basis="人民调解法第三十三条", verified=True, max_extension_days=0))
    dialog = DeadlineCalculatorDialog(workspace)
    qtbot.addWidget(dialog)
    choose(dialog, "judicial_confirmation_30", "2026-01-22")   # +30 = Sat 02-21
    assert dialog.due.day == date(2026, 2, 21)
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findData("shift"))
    assert dialog.due.day == date(2026, 2, 24)


def test_a_year_without_its_holiday_schedule_is_marked_provisional(dialog):
    choose(dialog, "mediation_15", "2026-12-17")   # +15 = Fri 2027-01-01 元旦 → Mon 01-04
    assert dialog.result_label.text() == "2027年1月4日（星期一）"
    assert dialog.provisional_label.text() == "暂定：该年节假日安排尚未录入"
    assert dialog.provisional_label.isVisibleTo(dialog)


def test_a_year_period_ends_on_the_last_day_of_february(dialog):
    choose(dialog, "arbitration_limitation_1y", "2028-02-29", "exact")
    assert dialog.due.day == date(2029, 2, 28)


def test_the_rules_legal_basis_and_counting_are_shown(dialog):
    choose(dialog, "mediation_15", "2026-03-02")
    text = dialog.basis_label.text()
    assert "《劳动争议调解仲裁法》第十四条" in text
    assert "15日，起算当日不计入，末日遇休息日顺延至下一工作日" in text
    choose(dialog, "mediation_15", "2026-03-02", "exact")
    assert "末日不顺延" in dialog.basis_label.text()


def test_a_rule_saved_meanwhile_is_counted_at_once(dialog, workspace):
    choose(dialog, "mediation_15", "2026-03-02")   # +15 = Tue 03-17
    assert dialog.due.day == date(2026, 3, 17)
    write(workspace, lambda s: save_rule(s, "mediation_15", amount=16, unit="day", mode="shift",
                                         basis="测试", verified=False, max_extension_days=15))
    assert dialog.due.day == date(2026, 3, 18)
    assert "（依据未核实）" in dialog.basis_label.text()


def test_the_file_menu_entry_opens_the_calculator(window, qtbot):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions.deadline_calculator in file_menu.actions()
    window.actions.deadline_calculator.trigger()
    dialog = find_window(qtbot, DeadlineCalculatorDialog)
    assert dialog.rule_combo.findData("mediation_15") >= 0
    dialog.close()
