"""The holidays dialog: a known year's days, an unknown year's note, importing a schedule."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.views.calendar.holidays_dialog import HolidayDaysModel, HolidaysDialog
from desktop.views.calendar.periods import ViewMode
from tests.views.calendar_support import page_fixture  # noqa: F401 - the page fixture
from tests.views.conftest import find_window, wait_loaded

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
