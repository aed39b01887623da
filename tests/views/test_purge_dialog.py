"""清除到期个人信息: the due list, the one question, the purge in the background read back from the
database, the certificate, the preview of a later date, and the sealed list's logged 启封."""

from __future__ import annotations

import json
from datetime import date

import pytest
from docx import Document
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from desktop.models import AuditEntry, CaseParty, DisputeCase
from desktop.services.kernel.timeutil import today_local
from desktop.views.retention.purge_dialog import DueModel, PurgeDialog
from tests.services.test_retention import NAME, closed_case, no_archive
from tests.views.conftest import MessageBoxes, find_window

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, workspace):
    def make() -> PurgeDialog:
        opened = PurgeDialog(workspace)
        qtbot.addWidget(opened)
        opened.show()
        qtbot.waitExposed(opened)
        return opened
    return make


def cells(table, row: int = 0) -> list:
    model = table.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def purge_now(qtbot, opened: PurgeDialog) -> None:
    """Click 清除 (the question answered Yes) and wait for the background job's result."""
    qtbot.mouseClick(opened.purge_button, Qt.MouseButton.LeftButton)
    assert opened.operation is not None
    qtbot.waitUntil(lambda: opened.outcome is not None, timeout=15000)


def test_the_file_menu_opens_the_dialog(qtbot, window):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions.purge_personal_data in file_menu.actions()
    window.actions.purge_personal_data.trigger()
    find_window(qtbot, PurgeDialog).close()


def test_a_case_past_its_retention_is_listed_for_purging(qtbot, db, dialog):
    case_id = closed_case(db)
    no_archive(db)
    opened = dialog()
    number = db.run(lambda s: s.get(DisputeCase, case_id).number, "测试员")[0]
    assert cells(opened.due_table) == ["争议案件", number, "清除", "2022-03-10", "2025-03-10", 1, 0]
    assert opened.purge_button.isEnabled() and not opened.certificate_button.isEnabled()


def test_the_due_model_is_a_sound_item_model(qtmodeltester, db, dialog):
    closed_case(db)
    model = dialog().due_model
    assert isinstance(model, DueModel) and model.rowCount() == 1
    qtmodeltester.check(model)


def test_purging_asks_once_and_removes_the_party_name(qtbot, db, dialog, boxes):
    case_id = closed_case(db)
    no_archive(db)
    opened = dialog()
    purge_now(qtbot, opened)
    [question] = boxes.texts("question")
    assert "将清除 1 项记录中的个人信息 1 条、附件 0 个，封存 0 项" in question
    with db.reading() as s:
        party = s.scalars(select(CaseParty).where(CaseParty.case_id == case_id)).one()
        assert (party.name, party.id_number) == ("（已清除）", "")
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).one()
    assert "已清除 1 项" in opened.result_label.text()
    assert opened.due_model.rowCount() == 0 and not opened.purge_button.isEnabled()


def test_answering_no_purges_nothing(qtbot, db, dialog, monkeypatch):
    boxes = MessageBoxes(monkeypatch, QMessageBox.StandardButton.No)
    case_id = closed_case(db)
    no_archive(db)
    opened = dialog()
    qtbot.mouseClick(opened.purge_button, Qt.MouseButton.LeftButton)
    assert len(boxes.texts("question")) == 1 and opened.operation is None
    with db.reading() as s:
        assert s.scalars(select(CaseParty.name).where(CaseParty.case_id == case_id)).one() == NAME


def test_the_certificate_is_saved_after_the_purge(qtbot, db, dialog, boxes, monkeypatch, tmp_path):
    closed_case(db)
    no_archive(db)
    opened = dialog()
    number = cells(opened.due_table)[1]
    purge_now(qtbot, opened)
    target = tmp_path / "清除证明"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(opened.certificate_button, Qt.MouseButton.LeftButton)
    text = "\n".join(p.text for p in Document(str(tmp_path / "清除证明.docx")).paragraphs)
    table = Document(str(tmp_path / "清除证明.docx")).tables[0]
    assert "个人信息清除证明" in text and "经办人：测试员" in text
    assert table.rows[1].cells[2].text == number and NAME not in text


def test_a_later_date_previews_what_will_be_due_and_cannot_be_purged(qtbot, db, dialog):
    closed_case(db, received=date(2024, 5, 6), closed=date(2024, 6, 3))
    opened = dialog()
    assert opened.due_model.rowCount() == 0
    opened.day_edit.setDate(QDate(2027, 6, 3))
    assert cells(opened.due_table)[2:5] == ["封存", "2024-06-03", "2027-06-03"]
    assert "预览" in opened.status_label.text() and not opened.purge_button.isEnabled()
    opened.day_edit.setDate(QDate(2020, 1, 1))   # before today: the field stays at today
    assert opened.as_of() == today_local()


def test_a_sealed_case_is_listed_and_unsealing_is_logged(qtbot, db, dialog, boxes, monkeypatch):
    case_id = closed_case(db)       # the default rules: inside the case file's archive period
    opened = dialog()
    number = cells(opened.due_table)[1]
    assert cells(opened.due_table)[2] == "封存"
    purge_now(qtbot, opened)
    opened.tabs.setCurrentIndex(1)
    assert cells(opened.sealed_table)[:2] == ["争议案件", number]
    opened.sealed_table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("法院调卷", True))
    qtbot.mouseClick(opened.unseal_button, Qt.MouseButton.LeftButton)
    with db.reading() as s:
        assert s.get(DisputeCase, case_id).sealed_at is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "unseal")).one()
        assert (entry.entity_id, json.loads(entry.changes)["reason"], entry.user) == (case_id, "法院调卷", "测试员")
    assert opened.sealed_model.rowCount() == 0
