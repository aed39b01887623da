"""统计报表 from the cases page: the period's figures written in the background and read back."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest
from docx import Document
from PySide6.QtWidgets import QFileDialog

from desktop.services.kernel.timeutil import today_local
from desktop.views.disputes.report_dialog import CaseReportDialog
from tests.views.conftest import find_window
from tests.views.test_disputes_page import ids, page, seed  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


def _open(qtbot, page):  # noqa: F811 - the page fixture
    page.actions["report"].trigger()
    return find_window(qtbot, CaseReportDialog)


def test_the_report_action_writes_the_workbook_of_the_period(qtbot, page, tmp_path, monkeypatch, boxes):  # noqa: F811
    dialog = _open(qtbot, page)
    dialog.first_edit.setDate(today_local() - timedelta(days=45))
    target = tmp_path / "统计.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(boxes.texts("information")), timeout=10000)   # then the dialog closes
    book = openpyxl.load_workbook(target)
    assert {"汇总", "案件清单"} <= set(book.sheetnames)
    assert book["案件清单"].max_row - 1 == 3   # fresh, overdue, collective: the closed case is older
    assert "已导出 3 件案件的统计" in boxes.texts("information")[-1]


def test_the_report_can_be_a_word_document(qtbot, page, tmp_path, monkeypatch, boxes):  # noqa: F811
    dialog = _open(qtbot, page)
    dialog.format_combo.set_value(".docx")
    target = tmp_path / "统计"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.buttons.accepted.emit()
    written = tmp_path / "统计.docx"   # the suffix of the chosen format is added
    qtbot.waitUntil(lambda: written.exists(), timeout=10000)
    assert "劳动争议调解" in "".join(p.text for p in Document(written).paragraphs)


def test_a_period_ending_before_it_starts_is_refused_in_the_dialog(qtbot, page, monkeypatch):  # noqa: F811
    dialog = _open(qtbot, page)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    dialog.first_edit.setDate(date(2030, 1, 1))
    dialog.buttons.accepted.emit()
    assert "开始日期晚于结束日期" in dialog.error_label.text() and asked == [] and dialog.isVisible()
    dialog.reject()
