"""The body page as a secretary's start of the day: figures, next meetings and last minutes that
open with one click, open 督办 items and pending decisions that open on a double-click, the page
following the change hub, and the hook for a body's register tab."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from desktop.config import LOCAL_TZ
from desktop.models import Organisation
from desktop.services.actions.core import ActionFields, create_action
from desktop.services.meetings.core import create_meeting
from desktop.views.actions.detail import ActionDetailDialog
from desktop.views.bodies import body_page
from desktop.views.meetings.meeting_dialog import MeetingDialog
from desktop.views.minutes.window import MinutesWindow
from desktop.views.navigation import body_page_key
from tests.services.meeting_support import meeting_data
from tests.services.minutes_support import issued_minutes
from tests.views.conftest import click_row, find_window, wait_loaded, write

pytestmark = pytest.mark.gui
NOW = datetime.now(LOCAL_TZ).replace(second=0, microsecond=0)


def _late_item(session, title: str = "逾期的督办事项") -> int:
    court = session.scalar(select(Organisation.id).where(Organisation.name == "经开区人民法院"))
    return create_action(session, "dispute", ActionFields(title, lead_org_id=court,
                                                          due=NOW.date() - timedelta(days=12)))


def _show(qtbot, window, key: str = "dispute"):
    window.show_page(body_page_key(key))
    wait_loaded(qtbot)
    return window.body_page


def test_the_page_opens_on_its_figures_and_lists(qtbot, window, workspace):
    issued_minutes(workspace.db, body="dispute", title="第一次调处会", start=NOW - timedelta(days=3))
    write(workspace, _late_item)
    write(workspace, lambda s: create_meeting(s, meeting_data(NOW + timedelta(days=2), body="dispute",
                                                              title="下周的调处会")))
    page = _show(qtbot, window)
    tab = page.overview_tab
    assert page.tabs.currentWidget() is tab
    assert tab.figures["open_items"].value_label.text() == "1"
    assert tab.figures["overdue_items"].value_label.text() == "1" and tab.figures["overdue_items"].warns
    assert not tab.figures["open_items"].warns
    assert tab.figures["pending_decisions"].value_label.text() == "2"
    assert [link.toolTip() for link in tab.meetings.links()] == ["下周的调处会"]
    assert "〔" in tab.minutes.links()[0].label.text()          # the document number is shown
    model = tab.items.table.model()
    assert model.index(0, 1).data() == "经开区人民法院" and model.index(0, 3).data() == 12
    assert tab.decisions.table.model().rowCount() == 2


def test_one_click_on_a_meeting_opens_it(qtbot, window, workspace):
    meeting_id = write(workspace, lambda s: create_meeting(s, meeting_data(
        NOW + timedelta(days=1), body="dispute", title="明天的调处会")))
    page = _show(qtbot, window)
    [link] = page.overview_tab.meetings.links()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, MeetingDialog)
    assert dialog.meeting_id == meeting_id
    dialog.reject()


def test_one_click_on_issued_minutes_opens_their_read_view(qtbot, window, workspace):
    meeting_id, _, number = issued_minutes(workspace.db, body="dispute", start=NOW - timedelta(days=3))
    page = _show(qtbot, window)
    [link] = page.overview_tab.minutes.links()
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)      # the keyboard opens it as a click does
    minutes = find_window(qtbot, MinutesWindow)
    qtbot.addWidget(minutes)
    assert minutes.meeting_id == meeting_id
    assert minutes.pages.currentWidget() is minutes.read_view
    assert number in minutes.read_view.page.toPlainText()


def test_double_clicking_an_open_item_opens_its_detail(qtbot, window, workspace):
    action_id = write(workspace, _late_item)
    page = _show(qtbot, window)
    click_row(qtbot, page.overview_tab.items.table, 0, double=True)
    dialog = find_window(qtbot, ActionDetailDialog)
    assert str(action_id) in dialog.windowTitle()
    dialog.reject()


def test_a_pending_decision_opens_the_minutes_that_hold_it(qtbot, window, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db, body="dispute", start=NOW - timedelta(days=3))
    page = _show(qtbot, window)
    click_row(qtbot, page.overview_tab.decisions.table, 0, double=True)
    minutes = find_window(qtbot, MinutesWindow)
    qtbot.addWidget(minutes)
    assert minutes.meeting_id == meeting_id


def test_an_item_added_elsewhere_shows_without_f5(qtbot, window, workspace):
    page = _show(qtbot, window)
    assert page.overview_tab.figures["open_items"].value_label.text() == "0"
    write(workspace, _late_item)
    wait_loaded(qtbot)
    assert page.overview_tab.figures["open_items"].value_label.text() == "1"
    assert page.overview_tab.items.table.model().rowCount() == 1


def test_another_body_shows_only_its_own_work(qtbot, window, workspace):
    write(workspace, _late_item)
    page = _show(qtbot, window, "bimonthly")
    assert page.body.key == "bimonthly"
    assert page.overview_tab.items.table.model().rowCount() == 0
    assert "没有" in page.overview_tab.decisions.title_label.text()


def test_a_register_tab_shows_on_its_body_only(qtbot, window, monkeypatch):
    made: list[QWidget] = []

    class Register(QLabel):
        def show_body(self, key: str) -> None:
            self.setText(key)

    def make(_workspace):
        made.append(Register())
        return made[-1]

    monkeypatch.setattr(body_page, "REGISTER_TABS", {})
    body_page.register_tab("warning", "预警信息", make)
    page = _show(qtbot, window, "warning")
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["工作台", "机制信息与成员", "预警信息"]
    assert made == []                                    # built when its tab is first chosen
    page.tabs.setCurrentIndex(2)
    assert len(made) == 1 and made[0].text() == "warning" and made[0].isVisible()
    _show(qtbot, window, "dispute")
    assert page.tabs.count() == 2
    _show(qtbot, window, "warning")
    assert page.tabs.count() == 3 and len(made) == 1     # built once, shown again


def test_the_warning_body_page_carries_the_warnings_register_as_a_tab(qtbot, window, workspace):
    from desktop.views.warnings.page import WarningsPage
    from tests.views.test_warnings_page import seed

    seed(workspace)
    page = _show(qtbot, window, "warning")
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["工作台", "机制信息与成员", "预警信息"]
    page.tabs.setCurrentIndex(2)
    register = page.register("预警信息")
    assert isinstance(register, WarningsPage) and register.isVisible()
    wait_loaded(qtbot, register)
    assert register.model.rowCount() > 0
    _show(qtbot, window, "dispute")   # each body page carries its own register, not another's
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["工作台", "机制信息与成员", "争议案件"]
    _show(qtbot, window, "bimonthly")
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["工作台", "机制信息与成员"]


def test_before_its_first_read_the_page_says_it_is_reading_not_that_there_is_nothing(qtbot, window):
    """At start-up the page is painted before the database is open: no 0, no 没有已安排的会议."""
    from desktop.views.bodies.overview_tab import OverviewTab

    fresh = OverviewTab()
    qtbot.addWidget(fresh)
    assert {tile.value_label.text() for tile in fresh.figures.values()} == {"—"}
    assert fresh.meetings.empty_label.text() == fresh.minutes.empty_label.text() == "正在读取…"
    tab = _show(qtbot, window, "linkage").overview_tab
    assert tab.figures["open_items"].value_label.text() == "0"
    assert tab.meetings.empty_label.text() == "没有已安排的会议。"
    assert tab.minutes.empty_label.text() == "还没有签发的纪要。"
