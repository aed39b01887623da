"""处置中的突发事件 on the leadership dashboard, driven on the real page: an open incident with its
late party in red and an unacknowledged one in amber, drills marked, a click asking for the
incident (and the main window opening it in its register), reloading through the change hub;
and the 突发事件提醒 of late parties and a 日报 due."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.models import utcnow
from desktop.services.incidents import board, core
from desktop.views.dashboard.incidents import LATE_COLUMN, UNACKNOWLEDGED_COLUMN
from desktop.views.dashboard.page import DashboardPage
from desktop.views.reminders import MeetingReminders, ReminderNotice
from tests.services.warning_support import add_enterprises
from tests.views.conftest import click_row, wait_loaded, write

pytestmark = pytest.mark.gui
NUMBER, TITLE, LEVEL = range(3)


def tell(workspace, incident_id: int, party: str, after_minutes: int, acknowledge: bool = False) -> None:
    def work(s):
        row = board.find_party(s, incident_id, party)
        learned = s.get(core.Incident, incident_id).learned_at
        board.notify(s, incident_id, row.id, "电话", at=learned + timedelta(minutes=after_minutes))
        if acknowledge:
            board.acknowledge(s, incident_id, row.id, at=learned + timedelta(minutes=after_minutes + 5))
    write(workspace, work)


@pytest.fixture
def enterprise(workspace) -> int:
    return write(workspace, lambda s: add_enterprises(s)[0])


def new(workspace, enterprise: int, title: str, hours: float, level: int = 2, **kwargs) -> int:
    learned = utcnow() - timedelta(hours=hours)
    draft = core.IncidentDraft(enterprise_id=enterprise, title=title, level=level,
                               began_at=learned - timedelta(minutes=10), learned_at=learned, workers=50, **kwargs)
    return write(workspace, lambda s: core.create_incident(s, draft, user="测试员"))


@pytest.fixture
def incidents(workspace, enterprise) -> dict[str, int]:
    """An incident 30 hours old with every party told in time but 信访办 (never told) and 法院
    (told, not acknowledged); a closed one; a fresh drill, nobody late yet."""
    late = new(workspace, enterprise, "甲公司欠薪聚集", 30)
    for party in ("管委会", "人社局", "总工会", "公安", "司法局"):
        tell(workspace, late, party, 20, acknowledge=True)
    tell(workspace, late, "法院", 30)
    closed = new(workspace, enterprise, "乙公司停工", 50, level=3)
    write(workspace, lambda s: core.close_incident(s, closed, "已平息"))
    drill = new(workspace, enterprise, "联动演练", 0.2, level=4, drill=True)
    return {"late": late, "closed": closed, "drill": drill}


@pytest.fixture
def page(qtbot, workspace, incidents):
    widget = DashboardPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def cell(page, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.incidents.table.model().index(row, column).data(role)


def test_the_part_lists_the_open_incidents_with_the_late_one_first(page, incidents):
    assert [r.id for r in page.incidents.incidents] == [incidents["late"], incidents["drill"]]
    assert cell(page, 0, NUMBER).endswith("联动第1号")
    assert cell(page, 0, TITLE) == "甲公司欠薪聚集"
    assert cell(page, 0, LEVEL) == "Ⅱ级"


def test_the_late_party_shows_in_red(page):
    assert cell(page, 0, LATE_COLUMN) == "信访办"
    assert cell(page, 0, LATE_COLUMN, Qt.ItemDataRole.ForegroundRole).color().name() == "#c5221f"


def test_a_party_told_but_not_acknowledged_shows_in_amber(page):
    assert cell(page, 0, UNACKNOWLEDGED_COLUMN) == "法院"
    assert cell(page, 0, UNACKNOWLEDGED_COLUMN, Qt.ItemDataRole.ForegroundRole).color().name() == "#b06000"


def test_a_drill_is_marked_and_has_no_late_party_yet(page):
    assert cell(page, 1, TITLE) == "【演练】联动演练"
    assert cell(page, 1, LATE_COLUMN) == "" and cell(page, 1, LATE_COLUMN, Qt.ItemDataRole.ForegroundRole) is None


def test_the_summary_counts_the_open_incidents_and_those_with_late_parties(page):
    assert page.incidents.summary_label.text().startswith("2 起事件正在处置，其中 1 起有单位超过通报时限")


def test_a_click_on_a_line_asks_for_its_incident(qtbot, page, incidents):
    with qtbot.waitSignal(page.incident_requested) as asked:
        click_row(qtbot, page.incidents.table, 1)
    assert asked.args == [incidents["drill"]]


def test_a_new_incident_reaches_the_part_through_the_change_hub(qtbot, page, workspace, enterprise):
    new(workspace, enterprise, "丙公司聚集", 3, level=1)    # announced on the hub; nobody calls refresh
    qtbot.waitUntil(lambda: page.incidents.table.model().rowCount() == 3)
    assert [cell(page, r, TITLE) for r in range(3)] == ["甲公司欠薪聚集", "丙公司聚集", "【演练】联动演练"]


def test_a_click_in_the_main_window_opens_the_incident_in_its_register(qtbot, window, incidents):
    from desktop.views.navigation import DASHBOARD, INCIDENTS

    window.show_page(DASHBOARD)
    dashboard = window.page(DASHBOARD)
    wait_loaded(qtbot, dashboard)
    qtbot.waitUntil(lambda: dashboard.incidents.table.model().rowCount() == 2)
    click_row(qtbot, dashboard.incidents.table, 0)
    register = window.page(INCIDENTS)
    qtbot.waitUntil(lambda: window.current_page() is register)
    wait_loaded(qtbot, register)
    qtbot.waitUntil(lambda: register.current_id() == incidents["late"])


def test_the_reminder_names_the_late_party_and_the_daily_report_due(qtbot, workspace, incidents):
    notice = ReminderNotice()
    qtbot.addWidget(notice)
    reminders = MeetingReminders(workspace, notice, minutes=lambda: 0)
    with qtbot.waitSignal(reminders.incidents_reminded) as reminded:
        reminders.check()
    due, late = reminded.args
    assert [i for i, _n, _t in due] == [incidents["late"]]        # open for 30 hours, no report yet
    assert [r.id for r in late] == [incidents["late"]]
    assert notice.label.text() == "突发事件提醒：1 起超过通报时限，1 起应报送日报（见督办看板）"
    assert "超过通报时限：信访办" in notice.label.toolTip() and "应报送日报" in notice.label.toolTip()


def test_the_reminder_comes_once_a_day_for_the_same_incidents(qtbot, workspace, incidents):
    notice = ReminderNotice()
    qtbot.addWidget(notice)
    reminders = MeetingReminders(workspace, notice, minutes=lambda: 0)
    first = reminders.check_incidents()
    again = reminders.check_incidents()
    assert first[1] and again == ([], [])
