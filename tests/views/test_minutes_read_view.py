"""Issued and distributed minutes open in a read view that looks like the official page (title,
文号, body, attendance, 抄送/印发), with 打印 and 导出 at hand and the decisions beside it."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from desktop.models import ActionItem
from desktop.views.minutes import window as window_module
from desktop.views.minutes.dialogs import DecisionActionDialog, NoteDialog
from desktop.views.minutes.window import MinutesWindow
from tests.services.minutes_support import DECISIONS, held_meeting, issued_minutes
from tests.views.conftest import click_ok, find_window, type_text, write

pytestmark = pytest.mark.gui


def _open(qtbot, workspace, meeting_id: int) -> MinutesWindow:
    window = MinutesWindow(workspace, meeting_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _correct(qtbot, window: MinutesWindow, note: str) -> None:
    """更正 through its dialog; waits for the new draft version."""
    window.correct_action.trigger()
    dialog = find_window(qtbot, NoteDialog)
    type_text(qtbot, dialog.note_edit, note)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.view.version_no == 2)


def _button(window: MinutesWindow, action):
    return next(b for b in window.read_view.buttons if b.defaultAction() is action)


def test_issued_minutes_read_as_the_official_page(qtbot, workspace):
    meeting_id, _, number = issued_minutes(workspace.db)
    window = _open(qtbot, workspace, meeting_id)
    assert window.pages.currentWidget() is window.read_view
    lines = [line.strip() for line in window.read_view.page.toPlainText().splitlines() if line.strip()]
    assert lines[0] == window.view.content.title and lines[1] == number
    assert "会议议定：" in lines and f"（一）{DECISIONS[0]}" in lines
    assert any(line.startswith("出席：张志强") for line in lines)
    assert any(line.startswith("印发") or "印发" in line for line in lines[-2:])
    assert window.read_view.scroll.verticalScrollBar().value() == 0
    assert number in window.read_view.state_label.text()


def test_no_greyed_workflow_buttons_only_the_steps_that_apply(qtbot, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = _open(qtbot, workspace, meeting_id)
    for action in (window.save_action, window.submit_action, window.return_action, window.issue_action):
        assert not action.isVisible()
    assert window.correct_action.isVisible() and window.correct_action.isEnabled()
    assert all(button.isVisible() and button.isEnabled() for button in window.read_view.buttons)


def test_exporting_from_the_read_view_writes_the_docx(qtbot, workspace, tmp_path, monkeypatch):
    meeting_id, _, number = issued_minutes(workspace.db)
    window = _open(qtbot, workspace, meeting_id)
    target = tmp_path / "纪要.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _button(window, window.export_docx_action).click()
    texts = [p.text for p in Document(str(target)).paragraphs]
    assert number in texts and f"（一）{DECISIONS[0]}" in texts


def test_printing_from_the_read_view_draws_the_pages(qtbot, workspace, tmp_path, monkeypatch):
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = _open(qtbot, workspace, meeting_id)
    pdf = tmp_path / "printed.pdf"

    class PrintDialog:
        """The print dialog as a user who picks 'print to file' and presses 打印."""

        def __init__(self, printer: QPrinter, _parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(pdf))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(window_module, "QPrintDialog", PrintDialog)
    _button(window, window.print_action).click()
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000


def test_a_decision_becomes_an_action_from_the_panel_beside_the_page(qtbot, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = _open(qtbot, workspace, meeting_id)
    panel = window.read_view.decisions
    assert window.decisions is panel and not panel.add_button.isVisible()
    assert "尚未转的 2 项" in window.read_view.actions_label.text()
    panel.list.setCurrentRow(0)
    panel.action_button.click()
    dialog = find_window(qtbot, DecisionActionDialog)
    dialog.lead_combo.setCurrentIndex(1)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert workspace.read(lambda s: s.scalar(select(func.count()).select_from(ActionItem))) == 1
    qtbot.waitUntil(lambda: "尚未转的 1 项" in window.read_view.actions_label.text())
    assert "已转为督办事项" in window.read_view.decisions.list.item(0).toolTip()


def test_issuing_turns_the_editor_into_the_read_view_and_a_correction_back(qtbot, workspace, boxes):
    window = _open(qtbot, workspace, write(workspace, held_meeting))
    assert window.pages.currentWidget() is window.edit_page
    window.editor.decisions.add_decision("由劳动监察大队牵头开展欠薪专项检查。")
    window.submit_action.trigger()
    assert window.pages.currentWidget() is window.read_view      # in review: read, not greyed boxes
    window.issue_action.trigger()
    qtbot.waitUntil(lambda: window.view.state == "issued")
    assert window.view.document_number in window.read_view.page.toPlainText()
    _correct(qtbot, window, "补充出席人员")
    assert window.pages.currentWidget() is window.edit_page
    assert window.document.verticalScrollBar().value() == 0


def test_an_older_version_chosen_in_the_history_reads_as_a_page(qtbot, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    window = _open(qtbot, workspace, meeting_id)
    _correct(qtbot, window, "更正文字")
    window.history.version_chosen.emit(1)
    assert window.view.version_no == 1 and window.pages.currentWidget() is window.read_view
    assert "旧版本" in window.read_view.state_label.text()
