"""How a record table's columns give way when the window is narrow (pure arithmetic)."""

from __future__ import annotations

from desktop.views.column_fit import capped_widths


def test_widths_that_fit_are_kept():
    assert capped_widths({0: 100, 1: 200}, {0: 50, 1: 50}, 400) == {0: 100, 1: 200}


def test_the_widest_give_way_first_and_evenly():
    widths = capped_widths({0: 80, 1: 300, 2: 260}, {0: 40, 1: 40, 2: 40}, 480)
    assert widths[0] == 80 and widths[1] == widths[2] == 200 and sum(widths.values()) == 480


def test_no_column_goes_below_its_floor_and_then_the_table_scrolls():
    assert capped_widths({0: 300, 1: 300}, {0: 250, 1: 120}, 200) == {0: 250, 1: 120}


def test_a_floor_is_never_above_the_columns_own_width():
    assert capped_widths({0: 60, 1: 400}, {0: 90, 1: 100}, 300) == {0: 60, 1: 240}
