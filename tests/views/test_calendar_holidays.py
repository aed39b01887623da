"""The holidays dialog: a known year's days, an unknown year's note, importing a schedule."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services.dates.holidays import list_holidays, set_holiday
from desktop.services.kernel.timeutil import today_local
from desktop.views.calendar.holidays_dialog import (
    HolidayDayDialog,
    HolidayDaysModel,
    HolidaysDialog,
)
from desktop.views.calendar.periods import ViewMode
from tests.views.calendar_support import page_fixture  # noqa: F401 - the page fixture
from tests.views.conftest import click_ok, find_window, type_into, wait_loaded, write

pytestmark = pytest.mark.gui


def _rows(dialog) -> list[tuple[str, str, str]]:
    model = dialog.table.source_model
    return [(model.index(r, 0).data(), model.index(r, 2).data(), model.index(r, 3).data())
            for r in range(model.rowCount())]


@pytest.fixture
def dialog(qtbot, page):
    qtbot.mouseClick(page.toolbar.holidays_button, Qt.MouseButton.LeftButton)
    found = find_window(qtbot, HolidaysDialog)
    yield found
    found.reject()


def test_a_known_year_lists_its_holidays_and_make_up_days(dialog):
    dialog.year_spin.setValue(2026)
    rows = _rows(dialog)
    assert ("2026-10-01", "放假", "国庆节") in rows
    assert ("2026-02-14", "调休上班", "春节调休上班") in rows
    assert "2026年：放假" in dialog.note_label.text()


def test_an_unknown_year_lists_its_statutory_days_as_provisional(dialog):
    dialog.year_spin.setValue(2027)
    rows = _rows(dialog)
    assert ("2027-02-05", "放假", "春节") in rows and len(rows) == 13
    assert "2027年的法定节假日安排尚未导入" in dialog.note_label.text()


def test_importing_a_schedule_makes_the_year_known(qtbot, page, dialog, tmp_path, monkeypatch):
    schedule = tmp_path / "2027.csv"
    schedule.write_text("日期,安排,名称\n2027-01-01,休,元旦\n2027-02-06,班,春节调休\n", encoding="utf-8")
    wait_loaded(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(schedule), ""))
    dialog.year_spin.setValue(2027)
    wait_loaded(qtbot)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert _rows(dialog) == [("2027-01-01", "放假", "元旦"), ("2027-02-06", "调休上班", "春节调休")]
    assert "已导入 2027 年：新增 2 天" in dialog.note_label.text()


def test_the_calendar_behind_the_dialog_marks_the_imported_days(qtbot, page, dialog, tmp_path, monkeypatch):
    page.show_period(ViewMode.MONTH.value, date(2027, 1, 1))
    wait_loaded(qtbot)
    assert date(2027, 1, 4) not in {d.date for d in page.data.special_days}
    schedule = tmp_path / "2027.csv"
    schedule.write_text("2027-01-01,休,元旦\n2027-01-04,休,元旦\n", encoding="utf-8")
    wait_loaded(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(schedule), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert [(d.date, d.name) for d in page.data.special_days] == [
        (date(2027, 1, 1), "元旦"), (date(2027, 1, 4), "元旦")]   # the table replaces the statutory days


def test_an_unreadable_schedule_file_is_refused(qtbot, dialog, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(tmp_path / "gone.csv"), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    [message] = boxes.texts("warning")
    wait_loaded(qtbot)
    assert "无法读取文件" in message and "gone.csv" in message


def test_a_bad_schedule_file_is_refused_with_its_line(qtbot, dialog, tmp_path, monkeypatch, boxes):
    schedule = tmp_path / "bad.csv"
    schedule.write_text("2027-13-01,休,元旦\n", encoding="utf-8")
    wait_loaded(qtbot)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(schedule), ""))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    [message] = boxes.texts("warning")
    wait_loaded(qtbot)
    assert "第1行" in message and "2027-13-01" in message


def test_holiday_model_passes_the_model_tester(dialog, qtmodeltester):
    dialog.year_spin.setValue(2026)
    assert isinstance(dialog.table.source_model, HolidayDaysModel)
    qtmodeltester.check(dialog.table.source_model)


def _stored(workspace, year: int):
    return [(h.date, h.kind, h.name, h.source) for h in workspace.read(lambda s: list_holidays(s, year))]


def test_a_day_set_by_hand_is_stored_and_shown(qtbot, workspace, dialog):
    dialog.year_spin.setValue(2027)
    wait_loaded(qtbot)
    panel = dialog.panel
    qtbot.mouseClick(panel.set_button, Qt.MouseButton.LeftButton)
    form = find_window(qtbot, HolidayDayDialog)
    form.date_edit.setDate(QDate(2027, 2, 6))
    form.kind_combo.set_value("workday")
    type_into(qtbot, form.name_edit, "春节调休上班")
    click_ok(qtbot, form)
    wait_loaded(qtbot)
    assert _stored(workspace, 2027) == [(date(2027, 2, 6), "workday", "春节调休上班", "user")]
    assert ("2027-02-06", "调休上班", "春节调休上班") in _rows(dialog)
    assert panel.table.current_row().day.date == date(2027, 2, 6)   # the new day is selected
    assert panel.reset_button.isEnabled()


def test_restoring_the_default_removes_only_the_hand_set_day(qtbot, workspace, dialog):
    write(workspace, lambda s: set_holiday(s, date(2026, 11, 20), "holiday", "加休"))
    dialog.year_spin.setValue(2025)
    dialog.year_spin.setValue(2026)
    wait_loaded(qtbot)
    panel = dialog.panel
    assert panel.table.select_id(date(2026, 10, 1).toordinal())
    assert not panel.reset_button.isEnabled()       # a built-in day has nothing to restore
    assert panel.table.select_id(date(2026, 11, 20).toordinal())
    assert panel.reset_button.isEnabled()
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert _stored(workspace, 2026) == []
    assert "2026-11-20" not in [row[0] for row in _rows(dialog)]
    assert ("2026-10-01", "放假", "国庆节") in _rows(dialog)


def test_a_day_outside_the_kinds_is_refused_in_the_form(qtbot, workspace, dialog):
    qtbot.mouseClick(dialog.panel.set_button, Qt.MouseButton.LeftButton)
    form = find_window(qtbot, HolidayDayDialog)
    form.kind_combo.addItem("?", "sometimes")
    form.kind_combo.set_value("sometimes")
    click_ok(qtbot, form)
    assert "类型“sometimes”无效" in form.error_message and form.isVisible()
    form.reject()
    assert _stored(workspace, today_local().year) == []


def test_a_leader_cannot_change_the_holidays(qtbot, workspace, monkeypatch):
    monkeypatch.setattr(workspace.db, "role", "leader")
    shown = HolidaysDialog(workspace, 2026)
    qtbot.addWidget(shown)
    for button in (shown.panel.import_button, shown.panel.set_button, shown.panel.reset_button):
        assert not button.isEnabled() and "领导" in button.toolTip()
    shown.panel.table.select_id(date(2026, 10, 1).toordinal())
    assert not shown.panel.reset_button.isEnabled()
