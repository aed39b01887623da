"""案件期限临近 on the leadership dashboard, driven on the real page: the clocks due within 7 days
or passed, red and amber, a click asking for the case, and reloading through the change hub."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.services.disputes import core
from desktop.services.disputes.query import clocks_due_within
from desktop.services.kernel.timeutil import today_local
from desktop.views.dashboard.page import DashboardPage
from tests.services.test_dispute_cases import draft, enterprises
from tests.views.conftest import click_row, wait_loaded, write

pytestmark = pytest.mark.gui
NUMBER, EMPLOYER, CLOCK, DUE, LEFT = range(5)


def add_case(workspace, days_ago: int) -> int:
    """A case received ``days_ago`` days ago: its 15-day clock is due in about 15 - days_ago days."""
    enterprise = enterprises(workspace.db)[0]
    received = today_local() - timedelta(days=days_ago)
    return write(workspace, lambda s: core.create_case(s, draft(enterprise, received), user="秘书"))


def due_now(workspace):
    return workspace.read(lambda s: clocks_due_within(s, 7, today=today_local()))


@pytest.fixture
def cases(workspace) -> dict[str, int]:
    return {"passed": add_case(workspace, 20), "near": add_case(workspace, 13), "far": add_case(workspace, 0)}


@pytest.fixture
def page(qtbot, workspace, cases):
    widget = DashboardPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def cell(page, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    model = page.case_clocks.table.model()
    return model.index(row, column).data(role)


def test_the_part_lists_the_clocks_due_within_7_days_with_their_details(page, workspace, cases):
    expected = due_now(workspace)
    assert [d.case_id for d in expected] == [cases["passed"], cases["near"]]
    table = page.case_clocks.table.model()
    shown = [[cell(page, r, c) for c in range(5)] for r in range(table.rowCount())]
    assert [row[NUMBER] for row in shown] == [d.number for d in expected]
    assert {row[EMPLOYER] for row in shown} == {expected[0].employer}
    assert {row[CLOCK] for row in shown} == {"调解期限"}
    assert [row[DUE] for row in shown] == [d.clock.due.isoformat() for d in expected]
    assert shown[0][LEFT].startswith("已超期")


def colours(page) -> list[tuple[int, str | None]]:
    """(days left, colour of the days-left cell) per line."""
    found = []
    for row, due in enumerate(page.case_clocks.due):
        brush = cell(page, row, LEFT, Qt.ItemDataRole.ForegroundRole)
        found.append((due.clock.days_left, brush.name() if brush is not None else None))
    return found


def test_a_passed_clock_is_red(page, cases):
    assert page.case_clocks.due[0].case_id == cases["passed"]
    assert colours(page)[0][1] == "#c5221f"


def test_3_days_or_fewer_left_is_amber_and_more_is_plain(qtbot, page, workspace):
    add_case(workspace, 15)      # due today, or in a day or two when shifted past a weekend
    add_case(workspace, 10)      # due in 5 to 7 days
    qtbot.waitUntil(lambda: len(page.case_clocks.due) == 4)
    found = colours(page)
    expected = [("#c5221f" if left < 0 else "#b06000" if left <= 3 else None) for left, _ in found]
    assert [colour for _, colour in found] == expected
    assert "#b06000" in expected and None in expected


def test_the_summary_counts_the_clocks_and_those_passed(page):
    assert page.case_clocks.summary_label.text().startswith("2 项期限临近，其中已超期 1 项")


def test_a_click_on_a_line_asks_for_its_case(qtbot, page, cases):
    with qtbot.waitSignal(page.case_requested) as asked:
        click_row(qtbot, page.case_clocks.table, 1)
    assert asked.args == [cases["near"]]


def test_a_new_case_reaches_the_part_through_the_change_hub(qtbot, page, workspace):
    before = page.case_clocks.table.model().rowCount()
    add_case(workspace, 18)      # announced on the hub; nobody calls refresh
    qtbot.waitUntil(lambda: page.case_clocks.table.model().rowCount() == before + 1)


def test_a_closed_case_leaves_the_part(qtbot, page, workspace, cases):
    from desktop.services.disputes.stages import Advance, advance_case

    def close(s):
        advance_case(s, cases["passed"], Advance("调解不成", today_local()))
        advance_case(s, cases["passed"], Advance("结案", today_local()))
    write(workspace, close)
    qtbot.waitUntil(lambda: [d.case_id for d in page.case_clocks.due] == [cases["near"]])


def test_a_click_in_the_main_window_opens_the_case_in_its_register(qtbot, window, cases):
    from desktop.views.navigation import CASES, DASHBOARD

    window.show_page(DASHBOARD)
    dashboard = window.page(DASHBOARD)
    wait_loaded(qtbot, dashboard)
    qtbot.waitUntil(lambda: dashboard.case_clocks.table.model().rowCount() >= 2)
    click_row(qtbot, dashboard.case_clocks.table, 1)
    register = window.page(CASES)
    qtbot.waitUntil(lambda: window.current_page() is register)
    wait_loaded(qtbot, register)
    qtbot.waitUntil(lambda: register.current_row() is not None and register.current_row().id == cases["near"])
