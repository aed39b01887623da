"""The 突发事件 page, driven as a user drives it: the list's 通报 and 超时 columns, the filters,
recording a notification and an acknowledgement on the board in two clicks, the late marks,
the intake form (a new incident read back, a refusal that writes nothing), 显示完整号码, and the
page in the main window and on the linkage body's page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.models import AuditEntry, Incident, IncidentParty, IncidentPerson, utcnow
from desktop.services.incidents import board, core
from desktop.views.incidents import page as page_module
from desktop.views.incidents.board_widget import AcknowledgeDialog, NotifyDialog
from desktop.views.incidents.intake_dialog import IncidentIntakeDialog
from desktop.views.incidents.model import (
    LATE_COLUMN,
    NOTIFIED_COLUMN,
    STATE_COLUMN,
    BoardModel,
    IncidentTableModel,
    ReportModel,
    TimelineModel,
)
from desktop.views.incidents.page import IncidentsPage
from tests.services.warning_support import add_enterprises
from tests.views.conftest import (
    click_ok,
    click_row,
    find_window,
    row_of,
    type_into,
    type_text,
    wait_loaded,
    write,
)
from tests.views.test_disputes_page import ID_A, PHONE_A

pytestmark = pytest.mark.gui
NUMBER, TITLE, ENTERPRISE = 0, 1, 2


def seed(workspace) -> dict[str, int]:
    """Three enterprises; an incident learned of 3 hours ago (level III: 2 hours, so every party
    not notified is late), one 10 minutes ago, a closed one and a drill."""
    now = utcnow()

    def opened(s, enterprise: int, title: str, hours: float, level: int = 3, **kwargs) -> int:
        learned = now - timedelta(hours=hours)
        return core.create_incident(s, core.IncidentDraft(
            enterprise_id=enterprise, title=title, level=level, began_at=learned - timedelta(minutes=15),
            learned_at=learned, workers=60, place="厂区大门", happened="职工聚集讨要工资", demands="支付拖欠工资",
            **kwargs), user="测试员")

    def work(s):
        a, b, c = add_enterprises(s)
        old = opened(s, a, "甲公司欠薪聚集", 3, persons=(core.PersonInput("张三", ID_A, PHONE_A),))
        board.notify(s, old, board.find_party(s, old, "公安").id, "电话", at=now - timedelta(hours=2, minutes=50),
                     user="测试员")
        fresh = opened(s, b, "乙公司停工", 1 / 6, level=2)
        closed = opened(s, c, "丙公司讨薪", 30)
        for party in board.board(s, closed):
            board.notify(s, closed, party.id, "电话", at=now - timedelta(hours=29), user="测试员")
        core.close_incident(s, closed, "已协调支付工资")
        drill = opened(s, c, "丙公司应急演练", 1, level=4, drill=True)
        return {"old": old, "fresh": fresh, "closed": closed, "drill": drill}
    return write(workspace, work)


@pytest.fixture
def ids(workspace):
    return seed(workspace)


@pytest.fixture
def page(qtbot, workspace, ids):
    widget = IncidentsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def shown(page, column=TITLE) -> list[str]:
    model = page.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def choose(qtbot, page, title: str) -> None:
    click_row(qtbot, page.table, row_of(page.table, TITLE, title))
    wait_loaded(qtbot, page)
    assert page.detail.detail is not None and page.detail.detail.row.title in title


def board_row(page, short: str) -> int:
    return next(r for r, row in enumerate(page.detail.board.model.rows()) if row.short == short)


def party(workspace, incident_id: int, name: str) -> IncidentParty:
    with workspace.db.reading() as s:
        found = board.find_party(s, incident_id, name)
        s.expunge(found)
        return found


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot, page, workspace, ids):
    choose(qtbot, page, "甲公司欠薪聚集")
    for model in (page.model, page.detail.board.model, page.detail.timeline_model, page.detail.report_model):
        qtmodeltester.check(model)
    for empty in (IncidentTableModel(), BoardModel(), ReportModel(), TimelineModel()):
        qtmodeltester.check(empty)


def test_the_list_shows_open_incidents_with_their_notified_count_and_late_parties_in_red(page):
    assert shown(page) == ["乙公司停工", "【演练】丙公司应急演练", "甲公司欠薪聚集"]
    old = row_of(page.table, TITLE, "甲公司欠薪聚集")
    model = page.table.model()
    assert model.index(old, NOTIFIED_COLUMN).data() == "1/7"
    late = model.index(old, LATE_COLUMN)
    assert late.data() == "管委会、人社局、总工会、信访办、法院、司法局"   # 公安分局 was told in time
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c5221f"
    assert model.index(row_of(page.table, TITLE, "乙公司停工"), LATE_COLUMN).data() == ""


def test_the_filters_show_ended_incidents_and_hide_drills(page):
    page.status_combo.set_value("closed")
    assert shown(page) == ["丙公司讨薪"]
    page.status_combo.set_value("all")
    page.drill_check.setChecked(False)
    assert shown(page) == ["乙公司停工", "甲公司欠薪聚集", "丙公司讨薪"]
    assert page.count_label.text() == "显示 3 起，共 4 起"


def test_a_notification_is_two_clicks_and_is_stored_with_its_channel_and_time(qtbot, page, workspace, ids):
    choose(qtbot, page, "乙公司停工")
    board_widget = page.detail.board
    button = board_widget.row_button(board_row(page, "人社局"))
    assert button.text() == "通报…"
    before = utcnow().replace(second=0, microsecond=0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)                       # click 1
    dialog = find_window(qtbot, NotifyDialog)
    assert dialog.channel_combo.currentText() == "电话"
    click_ok(qtbot, dialog)                                                   # click 2
    wait_loaded(qtbot, page)
    stored = party(workspace, ids["fresh"], "人社局")
    assert stored.channel == "phone" and stored.notified_by == "测试员"
    assert before <= stored.notified_at <= utcnow()
    assert board_widget.row_button(board_row(page, "人社局")).text() == "签收…"
    assert page.table.model().index(row_of(page.table, TITLE, "乙公司停工"), NOTIFIED_COLUMN).data() == "1/7"


def test_the_channel_and_receiver_chosen_in_the_form_are_stored(qtbot, page, workspace, ids):
    choose(qtbot, page, "乙公司停工")
    qtbot.mouseClick(page.detail.board.row_button(board_row(page, "法院")), Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, NotifyDialog)
    dialog.channel_combo.set_value("fax")
    type_text(qtbot, dialog.contact_edit, "值班室李明")
    click_ok(qtbot, dialog)
    wait_loaded(qtbot, page)
    stored = party(workspace, ids["fresh"], "法院")
    assert (stored.channel, stored.contact) == ("fax", "值班室李明")


def test_an_acknowledgement_is_recorded_from_the_row_button(qtbot, page, workspace, ids):
    choose(qtbot, page, "甲公司欠薪聚集")
    button = page.detail.board.row_button(board_row(page, "公安分局"))
    assert button.text() == "签收…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, AcknowledgeDialog)
    type_into(qtbot, dialog.by_edit, "王警官")
    click_ok(qtbot, dialog)
    wait_loaded(qtbot, page)
    stored = party(workspace, ids["old"], "公安")
    assert stored.acknowledged_by == "王警官" and stored.acknowledged_at is not None
    assert page.detail.board.row_button(board_row(page, "公安分局")) is None


def test_a_party_past_its_deadline_is_marked_late_in_red(qtbot, page):
    choose(qtbot, page, "甲公司欠薪聚集")
    model = page.detail.board.model
    late = model.index(board_row(page, "人社局"), STATE_COLUMN)
    assert late.data() == "超时未通报"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c5221f"
    assert late.data(Qt.ItemDataRole.DecorationRole) is not None
    told = model.index(board_row(page, "公安分局"), STATE_COLUMN)
    assert told.data() == "未签收"                                     # told in time, not acknowledged: amber
    assert told.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b06000"
    assert page.detail.tabs.tabText(1) == "通报情况（6家超时）"


def test_a_party_inside_its_limit_shows_the_minutes_left(qtbot, page):
    choose(qtbot, page, "乙公司停工")
    text = page.detail.board.model.index(0, STATE_COLUMN).data()
    assert text.startswith("剩") and text.endswith("分钟")
    assert page.detail.tabs.tabText(1) == "通报情况"


def test_a_notification_refused_by_the_service_stays_in_the_form_and_writes_nothing(qtbot, page, workspace, ids):
    choose(qtbot, page, "乙公司停工")
    qtbot.mouseClick(page.detail.board.row_button(board_row(page, "总工会")), Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, NotifyDialog)
    dialog.at_edit.set_value(utcnow() - timedelta(days=2))            # before the incident began
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "早于事件发生时间" in dialog.error_message
    dialog.reject()
    assert party(workspace, ids["fresh"], "总工会").notified_at is None


def test_undoing_a_notification_clears_it(qtbot, page, workspace, ids, boxes):
    choose(qtbot, page, "甲公司欠薪聚集")
    page.detail.board.table.selectRow(board_row(page, "公安分局"))
    qtbot.mouseClick(page.detail.board.clear_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    assert party(workspace, ids["old"], "公安").notified_at is None
    assert boxes.texts("question")


def test_an_ended_incident_has_no_board_buttons(qtbot, page):
    page.status_combo.set_value("all")
    choose(qtbot, page, "丙公司讨薪")
    board_widget = page.detail.board
    assert board_widget.row_button(0) is None
    board_widget.table.selectRow(0)
    assert not board_widget.notify_button.isEnabled() and not board_widget.limit_button.isEnabled()


def _intake(qtbot, page) -> IncidentIntakeDialog:
    page.actions["new"].trigger()
    return find_window(qtbot, IncidentIntakeDialog)


def _count(workspace) -> int:
    return workspace.read(lambda s: s.scalar(select(func.count()).select_from(Incident)))


def test_the_intake_form_opens_an_incident_read_back_from_the_database(qtbot, page, workspace):
    dialog = _intake(qtbot, page)
    type_into(qtbot, dialog.employer.combo.lineEdit(), "北京乙制造有限公司")
    type_text(qtbot, dialog.title_edit, "乙公司职工聚集")
    dialog.level_combo.set_value(2)
    dialog.workers_spin.setValue(80)
    dialog.drill_check.setChecked(True)
    table = dialog.persons.table
    table.item(0, 0).setText("李四")
    table.item(0, 2).setText("13912345678")
    click_ok(qtbot, dialog)
    wait_loaded(qtbot, page)
    with workspace.db.reading() as s:
        incident = s.scalar(select(Incident).where(Incident.title == "乙公司职工聚集"))
        parties = s.scalar(select(func.count()).select_from(IncidentParty)
                           .where(IncidentParty.incident_id == incident.id))
        assert (incident.level, incident.workers, incident.drill, parties) == (2, 80, True, 7)
        incident_id = incident.id
        phones = s.scalars(select(IncidentPerson.phone).where(IncidentPerson.incident_id == incident.id)).all()
        assert phones == ["13912345678"]
    assert page.current_id() == incident_id


def test_an_intake_without_a_title_is_refused_in_chinese_and_writes_nothing(qtbot, page, workspace):
    before = _count(workspace)
    dialog = _intake(qtbot, page)
    type_into(qtbot, dialog.employer.combo.lineEdit(), "北京甲科技有限公司")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_message == "请填写事件名称。"
    assert dialog.focusWidget() is dialog.title_edit
    dialog.reject()
    assert _count(workspace) == before


def test_a_bad_id_number_puts_the_cursor_in_its_cell(qtbot, page, workspace):
    before = _count(workspace)
    dialog = _intake(qtbot, page)
    type_into(qtbot, dialog.employer.combo.lineEdit(), "北京甲科技有限公司")
    type_text(qtbot, dialog.title_edit, "甲公司聚集")
    dialog.persons.table.item(0, 0).setText("王五")
    dialog.persons.table.item(0, 1).setText("110101199001011234")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "身份证" in dialog.error_message
    assert dialog.bad_cell == (0, 1)
    dialog.reject()
    assert _count(workspace) == before


def test_editing_keeps_the_masked_numbers_as_stored(qtbot, page, workspace, ids):
    choose(qtbot, page, "甲公司欠薪聚集")
    page.actions["edit"].trigger()
    dialog = find_window(qtbot, IncidentIntakeDialog)
    assert dialog.persons.table.item(0, 1).text() != ID_A              # shown masked
    type_into(qtbot, dialog.place_edit, "公司办公楼前")
    click_ok(qtbot, dialog)
    wait_loaded(qtbot, page)
    with workspace.db.reading() as s:
        person = s.scalar(select(IncidentPerson).where(IncidentPerson.incident_id == ids["old"]))
        assert (person.id_number, person.phone) == (ID_A, PHONE_A)
        assert s.get(Incident, ids["old"]).place == "公司办公楼前"


def test_showing_full_numbers_writes_an_audit_entry(qtbot, page, workspace):
    choose(qtbot, page, "甲公司欠薪聚集")
    assert page.detail.persons_table.item(0, 2).text() != ID_A
    qtbot.mouseClick(page.detail.unmask_button, Qt.MouseButton.LeftButton)
    assert page.detail.persons_table.item(0, 2).text() == ID_A
    with workspace.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "reveal")) == 1


def test_actions_whose_function_is_missing_stay_disabled(qtbot, page, monkeypatch):
    monkeypatch.setattr(page_module, "action_function", lambda _name: None)
    choose(qtbot, page, "甲公司欠薪聚集")
    page.table.clearSelection()
    click_row(qtbot, page.table, row_of(page.table, TITLE, "甲公司欠薪聚集"))
    assert not any(page.actions[k].isEnabled() for k in ("report", "action", "close", "limits"))
    assert page.actions["edit"].isEnabled()


def test_the_page_is_in_the_navigation_and_on_the_linkage_body_page(qtbot, window, workspace, ids):
    from desktop.views.navigation import INCIDENTS, body_page_key

    assert window.show_page(INCIDENTS)
    wait_loaded(qtbot, window)
    assert isinstance(window.current_page(), IncidentsPage)
    assert window.current_page().model.rowCount() == 3
    assert window.show_page(body_page_key("linkage"))
    body = window.current_page()
    assert [body.tabs.tabText(i) for i in range(body.tabs.count())][-1] == "突发事件"



def test_the_timeline_and_reports_tabs_show_what_was_recorded(qtbot, page, workspace, ids):
    from desktop.services.incidents import reports

    write(workspace, lambda s: reports.add_report(s, ids["old"], "initial", "一、基本情况\n甲公司职工聚集。", user="测试员"))
    wait_loaded(qtbot, page)
    choose(qtbot, page, "甲公司欠薪聚集")
    timeline = page.detail.timeline_model
    texts = [timeline.index(r, 2).data() for r in range(timeline.rowCount())]
    assert "以电话通报经开区公安分局" in texts
    assert page.detail.tabs.tabText(3) == "报告（1）"
    assert page.detail.report_model.index(0, 0).data() == "初报"
    assert page.detail.report_text.toPlainText() == "一、基本情况\n甲公司职工聚集。"
