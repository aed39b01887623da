"""The calendar page: month, week and list views, navigation, filters and the meeting menu."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.kernel.timeutil import today_local
from desktop.services.meetings import core as m
from desktop.services.meetings import series as ms
from desktop.views.calendar.list_model import MeetingListModel
from desktop.views.calendar.periods import ViewMode, period_for, shift
from desktop.views.calendar.week_grid import HOUR_HEIGHT
from desktop.views.meetings.meeting_dialog import MeetingDialog
from tests.views.calendar_support import (
    add_meeting,
    click_at,
    local,
    local_days,
    meeting_data,
    page_fixture,  # noqa: F401 - the page fixture
    stored,
)
from tests.views.conftest import MessageBoxes, find_window, wait_loaded, write

pytestmark = pytest.mark.gui


def test_month_view_shows_only_the_visible_months_meetings(qtbot, page, workspace):
    ids = {month: add_meeting(workspace, local(2026, month, 15), title=f"{month}月例会")
           for month in (3, 4, 5)}
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    assert page.period.first == date(2026, 3, 30) and page.period.last == date(2026, 5, 10)
    assert {r.id for r in page.data.meetings} == {ids[4]}
    assert page.month_view.shown_meeting_ids() == {ids[4]}
    assert page.toolbar.period_label.text() == "2026年4月"


def test_meeting_chip_sits_in_its_days_cell(qtbot, page, workspace):
    meeting_id = add_meeting(workspace, local(2026, 4, 15), title="四月例会")
    wait_loaded(qtbot)
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    chip = page.month_view.chip_rect(meeting_id)
    wait_loaded(qtbot)
    assert page.month_view.day_rect(date(2026, 4, 15)).contains(chip)


def test_next_previous_and_today_move_the_month(qtbot, page):
    page.show_period(ViewMode.MONTH.value, date(2026, 1, 31))
    wait_loaded(qtbot)
    qtbot.mouseClick(page.toolbar.next_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert page.period.anchor == date(2026, 2, 28)
    qtbot.mouseClick(page.toolbar.prev_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    qtbot.mouseClick(page.toolbar.prev_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert (page.period.anchor.year, page.period.anchor.month) == (2025, 12)
    qtbot.mouseClick(page.toolbar.today_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert page.period.anchor == today_local()


def test_wheel_and_page_keys_scroll_months(qtbot, page):
    page.show_period(ViewMode.MONTH.value, date(2026, 6, 1))
    wait_loaded(qtbot)
    qtbot.keyClick(page.month_view, Qt.Key.Key_PageDown)
    wait_loaded(qtbot)
    assert page.period.anchor.month == 7
    qtbot.keyClick(page.month_view, Qt.Key.Key_PageUp)
    wait_loaded(qtbot)
    qtbot.keyClick(page.month_view, Qt.Key.Key_PageUp)
    wait_loaded(qtbot)
    assert page.period.anchor.month == 5


def test_body_filter_shows_one_body(qtbot, page, workspace):
    add_meeting(workspace, local(2026, 4, 8), body="tripartite", title="三方会议")
    wait_loaded(qtbot)
    add_meeting(workspace, local(2026, 4, 9), body="dispute", title="调处会商")
    wait_loaded(qtbot)
    page.show_period(ViewMode.LIST.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    assert [r.title for r in page.list_table.source_model.rows()] == ["三方会议", "调处会商"]
    page.toolbar.body_combo.set_value("dispute")
    wait_loaded(qtbot)
    assert [r.title for r in page.list_table.source_model.rows()] == ["调处会商"]
    page.toolbar.body_combo.set_value(None)
    wait_loaded(qtbot)
    assert len(page.list_table.source_model.rows()) == 2


def test_mode_buttons_switch_views_on_the_same_day(qtbot, page, workspace):
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 15))
    wait_loaded(qtbot)
    qtbot.mouseClick(page.toolbar.mode_buttons["week"], Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert page.stack.currentWidget() is page.week_view
    assert (page.period.first, page.period.last) == (date(2026, 4, 13), date(2026, 4, 19))
    assert page.toolbar.period_label.text() == "2026年4月13日 – 19日"
    qtbot.mouseClick(page.toolbar.mode_buttons["list"], Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert page.stack.currentWidget() is page.list_table
    assert (page.period.first, page.period.last) == (date(2026, 4, 1), date(2026, 4, 30))


def test_double_clicking_a_meeting_opens_it(qtbot, page, workspace):
    meeting_id = add_meeting(workspace, local(2026, 4, 15), title="四月例会")
    wait_loaded(qtbot)
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    click_at(qtbot, page.month_view, page.month_view.chip_rect(meeting_id).center(), double=True)
    wait_loaded(qtbot)
    dialog = find_window(qtbot, MeetingDialog)
    wait_loaded(qtbot)
    assert dialog.meeting_id == meeting_id and dialog.details.title_edit.text() == "四月例会"
    assert page.selected_meeting().id == meeting_id and page.can_edit()
    dialog.reject()
    wait_loaded(qtbot)


def test_double_clicking_an_empty_day_starts_a_meeting_on_it(qtbot, page):
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    cell = page.month_view.day_rect(date(2026, 4, 22))
    wait_loaded(qtbot)
    click_at(qtbot, page.month_view, cell.bottomRight() - QPoint(5, 5), double=True)
    wait_loaded(qtbot)
    dialog = find_window(qtbot, MeetingDialog)
    wait_loaded(qtbot)
    assert dialog.meeting_id is None
    assert dialog.details.start_edit.text() == "2026-04-22 09:30"
    dialog.reject()
    wait_loaded(qtbot)


def test_dragging_over_week_slots_starts_a_meeting_at_that_time(qtbot, page):
    page.show_period(ViewMode.WEEK.value, date(2026, 4, 15))
    wait_loaded(qtbot)
    grid = page.week_view.grid
    x = sum(grid.column_x(2)) // 2                          # Wednesday
    top, bottom = QPoint(x, 14 * HOUR_HEIGHT + 2), QPoint(x, 16 * HOUR_HEIGHT - 2)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=top)
    wait_loaded(qtbot)
    qtbot.mouseMove(grid, bottom)
    with qtbot.waitSignal(grid.slot_selected):
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=bottom)
        wait_loaded(qtbot)
    dialog = find_window(qtbot, MeetingDialog)
    wait_loaded(qtbot)
    assert dialog.details.start_edit.text() == "2026-04-15 14:00"
    assert dialog.details.end_edit.text() == "2026-04-15 16:00"
    dialog.reject()
    wait_loaded(qtbot)


def test_week_view_places_a_meeting_at_its_hour(qtbot, page, workspace):
    meeting_id = add_meeting(workspace, local(2026, 4, 15, 14, 0), title="下午会")
    wait_loaded(qtbot)
    page.show_period(ViewMode.WEEK.value, date(2026, 4, 15))
    wait_loaded(qtbot)
    rect = page.week_view.grid.block_rect(meeting_id)
    wait_loaded(qtbot)
    assert abs(rect.top() - 14 * HOUR_HEIGHT) <= 2 and abs(rect.height() - 2 * HOUR_HEIGHT) <= 3
    x0, x1 = page.week_view.grid.column_x(2)
    wait_loaded(qtbot)
    assert x0 <= rect.left() and rect.right() <= x1


def test_new_meeting_action_uses_the_chosen_body(qtbot, page):
    page.toolbar.body_combo.set_value("warning")
    wait_loaded(qtbot)
    qtbot.mouseClick(page.toolbar.new_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    dialog = find_window(qtbot, MeetingDialog)
    wait_loaded(qtbot)
    assert dialog.details.body() == "warning"
    dialog.reject()
    wait_loaded(qtbot)


def test_menu_cancels_a_meeting_which_stays_struck_through(qtbot, page, workspace, monkeypatch):
    MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
    wait_loaded(qtbot)
    meeting_id = add_meeting(workspace, local(2026, 4, 15), title="要取消的会")
    wait_loaded(qtbot)
    page.show_period(ViewMode.LIST.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    row = page.list_table.source_model.rows()[0]
    menu = page.meeting_menu(row)
    wait_loaded(qtbot)
    [cancel] = [a for a in menu.actions() if a.text() == "取消会议"]
    cancel.trigger()
    wait_loaded(qtbot)
    assert stored(workspace, id=meeting_id)[0].status == "cancelled"
    assert page.list_table.source_model.index(0, 3).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert page.list_table.source_model.index(0, 5).data() == "已取消"


def test_menu_skips_one_occurrence_and_marks_one_held(qtbot, page, workspace, monkeypatch):
    MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
    wait_loaded(qtbot)
    created = write(workspace, lambda s: ms.create_series(s, ms.SeriesData(
        meeting_data(local(2026, 1, 15)), "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6")))
    wait_loaded(qtbot)
    page.show_period(ViewMode.LIST.value, date(2026, 3, 1))
    wait_loaded(qtbot)
    [row] = page.list_table.source_model.rows()
    wait_loaded(qtbot)
    actions = {a.text(): a for a in page.meeting_menu(row).actions()}
    assert actions["跳过此次"].isEnabled()
    actions["跳过此次"].trigger()
    wait_loaded(qtbot)
    page.show_period(ViewMode.LIST.value, date(2026, 5, 1))
    wait_loaded(qtbot)
    [row] = page.list_table.source_model.rows()
    wait_loaded(qtbot)
    {a.text(): a for a in page.meeting_menu(row).actions()}["标记为已召开"].trigger()
    wait_loaded(qtbot)
    statuses = [r.status for r in stored(workspace, series_id=created.series_id)]
    assert statuses == ["planned", "cancelled", "held", "planned", "planned", "planned"]


def test_skip_is_not_offered_for_a_single_meeting(qtbot, page, workspace):
    add_meeting(workspace, local(2026, 4, 15))
    wait_loaded(qtbot)
    page.show_period(ViewMode.LIST.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    actions = {a.text(): a for a in page.meeting_menu(page.list_table.source_model.rows()[0]).actions()}
    assert not actions["跳过此次"].isEnabled() and actions["取消会议"].isEnabled()


def test_postponed_meeting_is_marked_in_the_month_view(qtbot, page, workspace):
    meeting_id = add_meeting(workspace, local(2026, 4, 15), title="延期的会")
    wait_loaded(qtbot)
    write(workspace, lambda s: m.postpone_meeting(s, meeting_id, local(2026, 4, 22)))
    wait_loaded(qtbot)
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    assert page.month_view.day_rect(date(2026, 4, 22)).contains(page.month_view.chip_rect(meeting_id))
    from desktop.views.calendar.chips import chip_text

    assert chip_text(page.month_view.row_of_id(meeting_id)).startswith("〔延期〕")


def test_delete_from_the_edit_menu_protocol_removes_the_selected_meeting(qtbot, page, workspace, monkeypatch):
    MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
    wait_loaded(qtbot)
    meeting_id = add_meeting(workspace, local(2026, 4, 15))
    wait_loaded(qtbot)
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    click_at(qtbot, page.month_view, page.month_view.chip_rect(meeting_id).center())
    wait_loaded(qtbot)
    assert page.can_delete()
    page.delete_current()
    wait_loaded(qtbot)
    assert stored(workspace, id=meeting_id) == []
    assert page.month_view.shown_meeting_ids() == set()


def test_a_busy_day_shows_a_more_line_that_opens_its_week(qtbot, page, workspace):
    for hour in range(8, 18):
        add_meeting(workspace, local(2026, 4, 15, hour, 0), 0.5, title=f"{hour}点的会")
        wait_loaded(qtbot)
    page.show_period(ViewMode.MONTH.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    shown = page.month_view.shown_meeting_ids()
    wait_loaded(qtbot)
    assert 0 < len(shown) < 10
    more = page.month_view.more_rect(date(2026, 4, 15))
    wait_loaded(qtbot)
    click_at(qtbot, page.month_view, more.center())
    wait_loaded(qtbot)
    assert page.period.mode == ViewMode.WEEK.value and page.period.first == date(2026, 4, 13)


def test_series_occurrences_appear_in_each_month(qtbot, page, workspace):
    write(workspace, lambda s: ms.create_series(s, ms.SeriesData(
        meeting_data(local(2026, 1, 15)), "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6")))
    wait_loaded(qtbot)
    days = []
    anchor = date(2026, 1, 1)
    wait_loaded(qtbot)
    for _ in range(12):
        page.show_period(ViewMode.LIST.value, anchor)
        wait_loaded(qtbot)
        days += local_days(page.list_table.source_model.rows())
        anchor = shift(ViewMode.LIST.value, anchor, 1)
        wait_loaded(qtbot)
    assert days == [date(2026, mo, 15) for mo in (1, 3, 5, 7, 9, 11)]


def test_periods_cover_whole_weeks_from_monday():
    p = period_for(ViewMode.MONTH.value, date(2026, 2, 10))
    assert p.first == date(2026, 1, 26) and p.first.weekday() == 0
    assert p.last - p.first == timedelta(days=41)
    assert shift(ViewMode.WEEK.value, date(2026, 2, 10), -1) == date(2026, 2, 3)


def test_meeting_list_model_passes_the_model_tester(qtbot, page, workspace, qtmodeltester):
    add_meeting(workspace, local(2026, 4, 15))
    wait_loaded(qtbot)
    meeting_id = add_meeting(workspace, local(2026, 4, 16))
    wait_loaded(qtbot)
    write(workspace, lambda s: m.cancel_meeting(s, meeting_id))
    wait_loaded(qtbot)
    page.show_period(ViewMode.LIST.value, date(2026, 4, 1))
    wait_loaded(qtbot)
    model = page.list_table.source_model
    assert isinstance(model, MeetingListModel) and model.rowCount() == 2
    qtmodeltester.check(model)
    wait_loaded(qtbot)
