"""The week grid's layout: a meeting widens into the lanes its neighbours leave free, and the
first hour's label is whole when the view opens on it."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from desktop.views.calendar.week_grid import HOUR_HEIGHT, day_blocks
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
