"""The week grid's layout: a meeting widens into the lanes its neighbours leave free, meetings
that do not fit their day are gathered in a "+N" strip, and the first hour's label is whole
when the view opens on it."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from desktop.views.calendar.week_grid import HOUR_HEIGHT, MIN_LANE_WIDTH, WeekGrid, day_blocks
from desktop.views.calendar.week_view import FIRST_HOUR, WeekView
from tests.services.meeting_support import local

DAY = date(2026, 12, 8)


def _row(meeting_id: int, start: tuple[int, int], end: tuple[int, int]):
    return SimpleNamespace(id=meeting_id, all_day=False, start=local(2026, 12, 8, *start), end=local(2026, 12, 8, *end))


def test_a_meeting_beside_a_short_overlap_takes_the_free_lanes():
    rows = [_row(1, (9, 0), (12, 0)), _row(2, (9, 0), (10, 0)), _row(3, (9, 0), (10, 0)),
            _row(4, (10, 0), (12, 0))]
    blocks = {b.row.id: b for b in day_blocks(rows, [DAY])}
    assert {b.lanes for b in blocks.values()} == {3}
    assert (blocks[4].lane, blocks[4].span) == (1, 2)   # meeting 3 has ended by 10:00
    assert blocks[1].span == blocks[2].span == blocks[3].span == 1


def test_meetings_at_the_same_time_still_share_the_column():
    rows = [_row(1, (9, 0), (10, 0)), _row(2, (9, 0), (10, 0))]
    assert [b.span for b in day_blocks(rows, [DAY])] == [1, 1]


def test_the_week_opens_with_the_first_hours_label_whole(qtbot):
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.scroll_to_hour(FIRST_HOUR)
    label_top = FIRST_HOUR * HOUR_HEIGHT - view.grid.fontMetrics().height() // 2
    assert 0 < view.scroll.verticalScrollBar().value() <= label_top


def _meeting(meeting_id: int, title: str, start=(9, 0), end=(11, 0)):
    return SimpleNamespace(id=meeting_id, all_day=False, start=local(2026, 12, 8, *start),
                           end=local(2026, 12, 8, *end), title=title, status="planned", color="#2563eb",
                           body_name="三方协调委员会", room="第一会议室", location="")


def _grid(qtbot, width: int, rows) -> WeekGrid:
    grid = WeekGrid()
    qtbot.addWidget(grid)
    grid.resize(width, grid.height())
    grid.set_data([DAY + timedelta(days=i) for i in range(7)], rows, {}, DAY, None)
    return grid


THREE = [_meeting(1, "劳动争议调解会"), _meeting(2, "欠薪预警研判会"), _meeting(3, "双月沟通会")]


def test_three_meetings_at_one_hour_in_a_narrow_day_gather_the_rest_in_a_strip(qtbot):
    grid = _grid(qtbot, 925, THREE)     # the week grid of a 1200 px window: days of about 124 px
    [(rect, block)] = [(r, b) for r, b in grid._blocks]
    assert block.row.id == 1 and rect.width() >= MIN_LANE_WIDTH
    [overflow] = grid.overflows
    assert [r.id for r in overflow.rows] == [2, 3] and grid.overflow_text(overflow) == "+2"
    assert overflow.rect.width() < MIN_LANE_WIDTH and not overflow.rect.intersects(rect)
    assert grid.block_rect(3) == overflow.rect          # found where it is drawn
    assert grid.row_at(overflow.rect.center()) is None and grid.overflow_at(overflow.rect.center()) is overflow


def test_a_wide_day_shows_all_three_side_by_side(qtbot):
    grid = _grid(qtbot, 1900, THREE)
    assert grid.overflows == []
    rects = sorted((r for r, _b in grid._blocks), key=lambda r: r.left())
    assert len(rects) == 3 and all(r.width() >= MIN_LANE_WIDTH for r in rects)
    assert all(a.right() < b.left() for a, b in zip(rects, rects[1:]))


def test_choosing_a_gathered_meeting_from_the_strip_opens_it(qtbot):
    grid = _grid(qtbot, 925, THREE)
    menu = grid.overflow_menu(grid.overflows[0])
    assert [a.text() for a in menu.actions()] == ["09:00 欠薪预警研判会", "09:00 双月沟通会"]
    with qtbot.waitSignal(grid.meeting_activated) as opened:
        menu.actions()[1].trigger()
    assert opened.args[0].id == 3
    menu.deleteLater()


def test_a_double_click_on_the_strip_makes_no_new_meeting(qtbot):
    grid = _grid(qtbot, 925, THREE)
    grid.show()
    qtbot.waitExposed(grid)
    with qtbot.assertNotEmitted(grid.slot_selected):
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.overflows[0].rect.center())
    for menu in grid.findChildren(QMenu):
        menu.close()
