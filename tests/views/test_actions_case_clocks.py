"""The 督办事项 page's strip 案件期限临近: the dispute-case clocks due within 7 days, a click
asking for the case, and reloading through the change hub while the page is on screen."""

from __future__ import annotations

import pytest

from desktop.views.actions.page import ActionListPage
from tests.views.conftest import click_row, wait_loaded
from tests.views.test_dashboard_case_clocks import add_case, cases, due_now  # noqa: F401 - the fixture

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, workspace, cases):  # noqa: F811 - the imported fixture
    widget = ActionListPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def numbers(page) -> list[str]:
    model = page.case_clocks.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_strip_lists_the_clocks_due_within_7_days(page, workspace):
    assert numbers(page) == [d.number for d in due_now(workspace)]
    assert len(numbers(page)) == 2
    assert page.case_clocks.title() == "案件期限临近（7日内到期或已超期）"


def test_the_strip_stays_a_few_lines_high_above_the_action_table(page):
    strip, table = page.case_clocks, page.table
    assert strip.table.maximumHeight() < 250
    assert strip.geometry().bottom() < table.geometry().top()


def test_a_click_on_a_line_asks_for_its_case(qtbot, page, cases):  # noqa: F811
    with qtbot.waitSignal(page.case_requested) as asked:
        click_row(qtbot, page.case_clocks.table, 0)
    assert asked.args == [cases["passed"]]


def test_a_new_case_reaches_the_strip_through_the_change_hub(qtbot, page, workspace):
    case_id = add_case(workspace, 18)
    qtbot.waitUntil(lambda: case_id in [d.case_id for d in page.case_clocks.due])
