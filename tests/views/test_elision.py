"""No cut text at the window's default size, in Chinese and in English: every page of the
navigation and the main dialogs, on the small demo data (long titles, every column filled).

A header section, label, button or tab whose text needs more room than it has fails the test,
naming the widget and the text (tests/views/elision.py measures). Long free text inside table
cells may elide: it has a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy import select

from desktop.models.minutes import Minutes
from desktop.paths import resource
from desktop.services.attachments.settings import load_attachment_settings
from desktop.services.demo import generate
from desktop.services.warnings.settings import load_rule_settings
from desktop.views.main_window import MainWindow
from desktop.views.navigation import CASES, INCIDENTS, ITEM_ROLE, SCREENINGS, WARNINGS
from desktop.views.settings import open_settings
from tests.views.conftest import find_window, wait_loaded
from tests.views.elision import clipped

DEFAULT_SIZE = (1200, 780)
TODAY = date(2026, 12, 3)
SETTLE_MS = 1000


@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    """The UI language: Chinese is the source; English loads the app's own .qm."""
    translator = QTranslator()
    if request.param == "en":
        assert translator.load(str(resource("translations", "tripartite_en.qm")))
        qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


@pytest.fixture
def demo_window(qtbot, workspace, language):
    """The main window, at its default size, on the small demo data."""
    workspace.db.run(lambda s: generate(s, "small", 1, TODAY), workspace.user)
    main = MainWindow(workspace, open_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_loaded(qtbot, main)
    assert (main.width(), main.height()) == DEFAULT_SIZE
    return main


def _page_keys(main: MainWindow) -> list[str]:
    model = main.navigation.nav_model
    items = (model.index(row).data(ITEM_ROLE) for row in range(model.rowCount()))
    return [item.key for item in items if not item.is_heading]


def settled_problems(qtbot, widget) -> list[str]:
    """What is still cut once the layouts have settled (a second after the data came, at most:
    a word-wrapped label takes its height in a later layout pass)."""
    wait_loaded(qtbot, widget)
    try:
        qtbot.waitUntil(lambda: not clipped(widget), timeout=SETTLE_MS)
    except qtbot.TimeoutError:
        return clipped(widget)
    return []


def test_no_page_cuts_its_text_at_the_default_size(qtbot, demo_window):
    problems = []
    for key in _page_keys(demo_window):
        assert demo_window.show_page(key)
        problems += [f"[{key}] {p}" for p in settled_problems(qtbot, demo_window)]
        if demo_window.width() > DEFAULT_SIZE[0]:
            problems.append(f"[{key}] the page widened the window to {demo_window.width()} px")
    assert not problems, "\n".join(problems)


def dialog_problems(qtbot, dialog) -> list[str]:
    """What ``dialog`` cuts at the size it opens with, on each of its tabs; then it is closed."""
    if not dialog.isVisible():
        dialog.show()
    qtbot.waitExposed(dialog)
    problems = settled_problems(qtbot, dialog)
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(1, tabs.count()):
            if tabs.isVisible() and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                problems += [f"(tab {tabs.tabText(index)!r}) {p}" for p in settled_problems(qtbot, dialog)]
    dialog.close()
    return problems


def _held_meeting_with_minutes(workspace) -> int:
    return workspace.read(lambda s: s.scalar(select(Minutes.meeting_id).order_by(Minutes.id.desc()).limit(1)))


def _main_dialogs(qtbot, main: MainWindow, workspace) -> dict[str, Callable[[], QWidget]]:
    from desktop.views.actions.import_dialog import ActionImportDialog
    from desktop.views.attachments.settings_dialog import AttachmentSettingsDialog
    from desktop.views.calendar.files_dialog import CalendarDialog
    from desktop.views.calendar.holidays_dialog import HolidaysDialog
    from desktop.views.disputes.calculator_dialog import DeadlineCalculatorDialog
    from desktop.views.disputes.mediators_dialog import MediatorRosterDialog
    from desktop.views.disputes.report_dialog import CaseReportDialog
    from desktop.views.disputes.rules_dialog import ClockRulesDialog
    from desktop.views.enterprises.import_dialog import EnterpriseImportDialog
    from desktop.views.importing.people_import import PeopleImportDialog
    from desktop.views.meetings.agenda_item_dialog import AgendaItemDialog
    from desktop.views.minutes.window import MinutesWindow
    from desktop.views.retention.purge_dialog import PurgeDialog
    from desktop.views.warnings.rules_dialog import RuleSettingsDialog

    return {
        "new meeting": lambda: main.calendar_page.new_meeting(),
        "held meeting": lambda: main.calendar_page.open_meeting(_held_meeting_with_minutes(workspace)),
        "minutes window": lambda: MinutesWindow(workspace, _held_meeting_with_minutes(workspace)),
        "calendar dialog": lambda: CalendarDialog(workspace, parent=main),
        "people import": lambda: PeopleImportDialog(workspace, main),
        "enterprise import": lambda: EnterpriseImportDialog(workspace, main),
        "action import": lambda: ActionImportDialog(workspace, main),
        "attachment settings": lambda: AttachmentSettingsDialog(load_attachment_settings(), main),
        "warning rules": lambda: RuleSettingsDialog(load_rule_settings(), main),
        "issue warning": lambda: _issue_form(qtbot, main),
        "new screening": lambda: _new_screening_form(qtbot, main),
        "screening result": lambda: _result_form(qtbot, main),
        "screening import": lambda: _screening_import(qtbot, main, workspace),
        "holidays": lambda: HolidaysDialog(workspace, TODAY.year, main),
        "case intake": lambda: _case_intake(qtbot, main),
        "deadline calculator": lambda: DeadlineCalculatorDialog(workspace, main),
        "clock rules": lambda: ClockRulesDialog(workspace, main),
        "mediator roster": lambda: MediatorRosterDialog(workspace, main),
        "case report": lambda: CaseReportDialog(workspace, main),
        "agenda item": lambda: AgendaItemDialog(lambda _data: None, [(1, "张三（经开区总工会）")], parent=main),
        "incident intake": lambda: _incident_intake(qtbot, main),
        "purge dialog": lambda: PurgeDialog(workspace, main),
        **_board_dialogs(main),
        **_incident_dialogs(main),
    }


def _result_form(qtbot, main: MainWindow) -> QWidget:
    page = main.page(SCREENINGS)
    wait_loaded(qtbot, main)
    page.table.selectRow(0)
    return page.enter_result()


def _screening_import(qtbot, main: MainWindow, workspace) -> QWidget:
    from desktop.views.screenings.import_dialog import SheetImportDialog

    page = main.page(SCREENINGS)
    wait_loaded(qtbot, main)
    return SheetImportDialog(workspace, page._campaign_id, "2026年春节前欠薪排查", main)


def _issue_form(qtbot, main: MainWindow) -> QWidget:
    from desktop.views.warnings.actions import issue
    from desktop.views.warnings.model import ROW_ROLE

    page = main.page(WARNINGS)
    wait_loaded(qtbot, main)
    return issue(page, page.table.model().index(0, 0).data(ROW_ROLE))


def _case_intake(qtbot, main: MainWindow) -> QWidget:
    from desktop.views.disputes.actions import new_case

    page = main.page(CASES)
    wait_loaded(qtbot, main)
    return new_case(page)


def _incident_intake(qtbot, main: MainWindow) -> QWidget:
    from desktop.views.incidents.intake_dialog import new_incident

    page = main.page(INCIDENTS)
    wait_loaded(qtbot, main)
    return new_incident(page)


def _board_dialogs(main: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """The board's 通报, 签收 and 调整时限 forms on a party with a long name."""
    from datetime import datetime, timedelta

    from desktop.config import LOCAL_TZ
    from desktop.services.incidents.board import BoardRow
    from desktop.views.incidents.board_widget import AcknowledgeDialog, LimitDialog, NotifyDialog

    learned = datetime(2026, 12, 3, 9, 0, tzinfo=LOCAL_TZ)
    row = BoardRow(1, "北京经济技术开发区人力资源和社会保障局", "人社局", "", 120, learned + timedelta(hours=2),
                   None, "", "", None, "", "", False, True, 30)
    return {"notify party": lambda: NotifyDialog(lambda _n: None, row, main),
            "acknowledge party": lambda: AcknowledgeDialog(lambda _n: None, row, main),
            "party limit": lambda: LimitDialog(lambda _n: None, row, main)}


def _incident_dialogs(main: MainWindow) -> dict[str, Callable[[], QWidget]]:
    """报送报告, the response forms and the level limits on an incident with a long title."""
    from datetime import datetime

    from desktop.config import LOCAL_TZ
    from desktop.services.incidents.limits import DEFAULT_MINUTES
    from desktop.services.incidents.query import IncidentRow
    from desktop.views.incidents.event_dialogs import (
        ActionDialog,
        CloseDialog,
        LevelDialog,
        LinkMeetingDialog,
        ReopenDialog,
    )
    from desktop.views.incidents.limits_dialog import LimitsDialog
    from desktop.views.incidents.report_dialog import ReportDialog

    learned = datetime(2026, 12, 3, 9, 0, tzinfo=LOCAL_TZ)
    incident = IncidentRow(1, "（2026）联动第12号", "北京经济技术开发区某精密制造有限公司职工因欠薪聚集讨要工资",
                           "北京经济技术开发区某精密制造有限公司", "", 3, "open", learned, learned, 260, False, None,
                           (), False, 1)
    def report() -> QWidget:
        kinds = [("followup", "续报二"), ("daily", "日报（第3期）")]
        return ReportDialog(lambda _r: None, incident.number, kinds, lambda kind: "一、基本情况\n" * 12, main)

    meetings = [("2026-12-01 09:00　群体突发事件七方联动机制第四季度联席会议", 1)]
    return {"incident report": report,
            "incident action": lambda: ActionDialog(lambda _e: None, incident, main),
            "incident level": lambda: LevelDialog(lambda _c: None, incident, main),
            "incident close": lambda: CloseDialog(lambda _c: None, incident, main),
            "incident reopen": lambda: ReopenDialog(lambda _r: None, incident, main),
            "incident meeting": lambda: LinkMeetingDialog(lambda _m: None, incident, meetings, main),
            "incident limits": lambda: LimitsDialog(lambda _l: None, dict(DEFAULT_MINUTES), main)}


def _new_screening_form(qtbot, main: MainWindow) -> QWidget:
    from desktop.views.screenings.dialogs import CampaignDialog

    page = main.page(SCREENINGS)
    page.new_button.click()
    return find_window(qtbot, CampaignDialog)


def test_no_main_dialog_cuts_its_text(qtbot, demo_window, workspace, boxes):
    problems = []
    for name, opened in _main_dialogs(qtbot, demo_window, workspace).items():
        wait_loaded(qtbot, demo_window)
        dialog = opened()
        if not dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
            qtbot.addWidget(dialog)
        problems += [f"[{name}] {p}" for p in dialog_problems(qtbot, dialog)]
    assert not problems, "\n".join(problems)


def test_the_measure_names_each_kind_of_cut_text(qtbot):
    """The check is not vacuous: a cut header, label, button and tab are each named."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    table = QTableView()
    model = QStandardItemModel(1, 2, table)
    model.setHorizontalHeaderLabels(["计划用时（分钟）", "状态"])
    table.setModel(model)
    table.setColumnWidth(0, 30)
    label, button, tabs = QLabel("逾期督办事项"), QPushButton("生成会议通知…"), QTabWidget()
    label.setFixedWidth(20)
    button.setFixedWidth(30)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    tabs.setUsesScrollButtons(False)
    for title in ("基本信息", "参会人员", "重复规则", "会议材料"):
        tabs.addTab(QWidget(), title)
    tabs.setFixedWidth(120)
    layout = QVBoxLayout(root)
    for widget in (table, label, button, tabs):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = "\n".join(clipped(root))
    for text in ("计划用时（分钟）", "逾期督办事项", "生成会议通知…", "参会人员"):
        assert repr(text) in found


def test_the_followup_list_fits_the_default_window_without_scrolling_sideways(qtbot, demo_window):
    """Every column of the 督办 list on screen at 1200 px, the title at its minimum at least: the
    lead unit gives way first (its full name in the tooltip)."""
    from desktop.views.actions.list_model import LEAD_COLUMN, TITLE_COLUMN
    from desktop.views.actions.table import LEAD_MIN_WIDTH, TITLE_MIN_WIDTH
    from desktop.views.navigation import FOLLOWUP

    assert demo_window.show_page(FOLLOWUP)
    wait_loaded(qtbot, demo_window)
    table = demo_window.current_page().table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(TITLE_COLUMN) >= TITLE_MIN_WIDTH
    assert table.columnWidth(LEAD_COLUMN) >= LEAD_MIN_WIDTH
    demo_window.resize(1500, DEFAULT_SIZE[1])   # room again: the lead unit takes its full width back
    qtbot.waitUntil(lambda: table.columnWidth(LEAD_COLUMN) >= 160)
    assert table.horizontalScrollBar().maximum() == 0


def test_no_record_table_of_a_page_scrolls_sideways_at_the_default_size(qtbot, demo_window):
    """The widest columns give way (their cells keep the text as a tooltip) before a table of a
    page scrolls sideways; a model's WHOLE_COLUMNS (the case number) are never narrowed."""
    from desktop.views.record_table import RecordTable

    problems = []
    for key in _page_keys(demo_window):
        assert demo_window.show_page(key)
        wait_loaded(qtbot, demo_window)
        for table in demo_window.current_page().findChildren(RecordTable):
            if table.isVisible() and table.horizontalScrollBar().maximum() > 0:
                problems.append(f"[{key}] {type(table.source_model).__name__} scrolls sideways")
            for column in table.source_model.WHOLE_COLUMNS:
                if table.isVisible() and table.columnWidth(column) < table.sizeHintForColumn(column):
                    problems.append(f"[{key}] {type(table.source_model).__name__} cuts column {column}")
    assert not problems, "\n".join(problems)
