"""The incident's action forms, driven as a user drives them and read back from the database:
初报 then 续报一 with their numbers and bodies, an empty report refused in Chinese, a re-grading
on the timeline, closing, the level limits, a report exported as .docx, and an incident opened
from a warning keeping its link."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from desktop.models import Incident, IncidentReport, NotificationLimit
from desktop.services.incidents.timeline import timeline
from desktop.views.incidents import actions
from desktop.views.incidents.intake_dialog import IncidentIntakeDialog
from desktop.views.incidents.page import IncidentsPage
from tests.services.incident_support import new_incident
from tests.services.warning_support import suggested
from tests.views.conftest import MessageBoxes, click_ok, find_window, type_into, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def no_boxes(monkeypatch):
    """Message boxes that never block; questions (导出 Word? 总结评估?) are answered No."""
    return MessageBoxes(monkeypatch, QMessageBox.StandardButton.No)


@pytest.fixture
def incident(db) -> int:
    return new_incident(db, level=3)


@pytest.fixture
def page(qtbot, workspace, incident):
    widget = IncidentsPage(workspace)
    qtbot.addWidget(widget)
    wait_loaded(qtbot, widget)
    return widget


def _reports(workspace, incident_id: int) -> list[tuple[str, int, str]]:
    return workspace.read(lambda s: [(r.kind, r.kind_seq, r.body) for r in s.scalars(
        select(IncidentReport).where(IncidentReport.incident_id == incident_id).order_by(IncidentReport.id))])


def _save_report(qtbot, page, incident_id: int, body: str):
    dialog = actions.write_report(page, incident_id)
    dialog.body_edit.setPlainText(body)   # (keyClicks knows no newline key)
    click_ok(qtbot, dialog)
    return dialog


def test_report_dialog_saves_the_initial_report_then_followup_one(qtbot, page, workspace, incident, no_boxes):
    first = actions.write_report(page, incident)
    assert first.kind_combo.value() == "initial" and first.title_label.text() == "初报"
    assert first.body_edit.toPlainText().startswith("一、基本情况")   # drafted from the register
    click_ok(qtbot, first)
    second = actions.write_report(page, incident)
    assert [second.kind_combo.itemData(i) for i in range(second.kind_combo.count())] == ["followup", "daily"]
    assert second.title_label.text() == "续报一"
    type_into(qtbot, second.body_edit, "企业承诺本周五前支付工资，职工已返岗。")
    click_ok(qtbot, second)
    saved = _reports(workspace, incident)
    assert [(kind, seq) for kind, seq, _body in saved] == [("initial", 1), ("followup", 1)]
    assert saved[0][2].startswith("一、基本情况")
    assert saved[1][2] == "企业承诺本周五前支付工资，职工已返岗。"
    assert "已保存续报一。现在导出为 Word 文档吗？" in no_boxes.texts("question")


def test_changing_the_kind_redrafts_the_body(qtbot, page, workspace, incident, no_boxes):
    _save_report(qtbot, page, incident, "一、基本情况\n职工聚集。")
    dialog = actions.write_report(page, incident)
    dialog.kind_combo.set_value("daily")
    assert dialog.title_label.text() == "日报（第1期）"
    assert dialog.body_edit.toPlainText().startswith("截至")
    dialog.close()


def test_an_empty_report_is_refused_in_chinese_and_nothing_is_written(qtbot, page, workspace, incident, no_boxes):
    dialog = actions.write_report(page, incident)
    dialog.body_edit.clear()
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "报告内容不能为空" in dialog.error_message
    assert _reports(workspace, incident) == []
    dialog.close()


def test_a_level_change_shows_on_the_timeline(qtbot, page, workspace, incident, no_boxes):
    dialog = actions.change_level(page, incident)
    dialog.level_combo.set_value(1)
    type_into(qtbot, dialog.reason_edit, "聚集人数增至300人")
    click_ok(qtbot, dialog)
    entries = workspace.read(lambda s: timeline(s, incident))
    assert any(e.kind == "level" and e.text == "Ⅲ级 → Ⅰ级：聚集人数增至300人" for e in entries)
    assert workspace.read(lambda s: s.get(Incident, incident).level) == 1


def test_the_same_level_is_refused_in_the_form(qtbot, page, workspace, incident, no_boxes):
    dialog = actions.change_level(page, incident)
    click_ok(qtbot, dialog)
    assert "新级别与当前级别相同" in dialog.error_message
    dialog.close()


def test_a_response_action_goes_on_the_timeline(qtbot, page, workspace, incident, no_boxes):
    dialog = actions.record_action(page, incident)
    type_into(qtbot, dialog.text_edit, "劳动监察大队到场核查")
    click_ok(qtbot, dialog)
    assert any(e.kind == "action" and e.text == "劳动监察大队到场核查"
               for e in workspace.read(lambda s: timeline(s, incident)))


def test_closing_sets_the_status_and_the_summary(qtbot, page, workspace, incident, no_boxes):
    dialog = actions.close_incident(page, incident)
    type_into(qtbot, dialog.summary_edit, "工资已足额支付")
    click_ok(qtbot, dialog)
    status, summary = workspace.read(lambda s: (s.get(Incident, incident).status, s.get(Incident, incident).summary))
    assert (status, summary) == ("closed", "工资已足额支付")
    assert any("总结评估报告" in text for text in no_boxes.texts("question"))


def test_the_limits_dialog_stores_a_row(qtbot, page, workspace, no_boxes):
    dialog = actions.open_limits(page)
    dialog.spins[3].setValue(90)
    click_ok(qtbot, dialog)
    rows = workspace.read(lambda s: [(r.level, r.minutes) for r in s.scalars(select(NotificationLimit))])
    assert rows == [(3, 90)]


def test_a_report_exports_as_word(qtbot, page, workspace, incident, no_boxes, tmp_path, monkeypatch):
    _save_report(qtbot, page, incident, "一、基本情况\n职工聚集讨薪。")
    report_id = workspace.read(lambda s: s.scalar(select(func.max(IncidentReport.id))))
    target = tmp_path / "初报"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    operation = actions.export_report(page, report_id)
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    text = "\n".join(p.text for p in docx.Document(str(target) + ".docx").paragraphs)
    assert "职工聚集讨薪。" in text and "基本情况" in text


def test_an_incident_from_a_warning_keeps_the_link(qtbot, page, workspace, db, boxes):
    warning_id = suggested(db, level="red")
    dialog = actions.new_incident_from_warning(page, workspace, warning_id)
    assert isinstance(dialog, IncidentIntakeDialog)
    assert dialog.level_combo.value() == 1 and dialog.title_edit.text().endswith("群体性事件")
    click_ok(qtbot, dialog)
    linked = workspace.read(lambda s: [(i.warning_id, i.level) for i in s.scalars(
        select(Incident).where(Incident.warning_id == warning_id))])
    assert linked == [(warning_id, 1)]


def test_the_warnings_page_starts_an_incident_from_the_selected_warning(qtbot, workspace, db, boxes):
    from desktop.views.warnings.page import WarningsPage

    warning_id = suggested(db, level="orange")
    warnings = WarningsPage(workspace)
    qtbot.addWidget(warnings)
    warnings.refresh()
    wait_loaded(qtbot, warnings)
    assert warnings.select_id(warning_id) and warnings.incident_button.isEnabled()
    warnings.incident_button.click()
    click_ok(qtbot, find_window(qtbot, IncidentIntakeDialog))
    assert workspace.read(lambda s: s.scalar(select(Incident.warning_id))) == warning_id
    assert "已启动突发事件处置" in warnings.status_bar_label.text()


def test_the_cases_page_turns_the_selected_case_into_an_incident(qtbot, workspace, boxes):
    from desktop.views.disputes.page import CasesPage
    from tests.views.test_disputes_page import seed

    case_id = seed(workspace)["collective"]
    cases = CasesPage(workspace)
    qtbot.addWidget(cases)
    cases.refresh()
    wait_loaded(qtbot, cases)
    assert cases.table.select_id(case_id) and cases.actions["incident"].isEnabled()
    cases.actions["incident"].trigger()
    click_ok(qtbot, find_window(qtbot, IncidentIntakeDialog))
    assert workspace.read(lambda s: [(i.case_id, i.workers) for i in s.scalars(select(Incident))]) == [(case_id, 25)]
