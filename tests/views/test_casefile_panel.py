"""卷宗与证据, driven as a user drives it: the checklist's required and missing documents, marking
one held with an attachment, unmarking it, the 可以归档 verdict, and evidence files added,
opened, saved as and removed, all read back from the database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from desktop.models import CaseDocument, DisputeCase
from desktop.services.attachments.core import Target, attach, list_for, read_bytes
from desktop.services.disputes import core, stages
from desktop.services.disputes.casefile import CHECKLIST, mark_document
from desktop.services.kernel.timeutil import today_local
from desktop.views.disputes.casefile_panel import MISSING, CaseFilePanel, MarkDocumentDialog
from desktop.views.table_model import ROW_ROLE
from tests.services.warning_support import add_enterprises
from tests.views.conftest import click_ok, click_row, find_window, type_text, write

pytestmark = pytest.mark.gui
NAME, NEED, HELD, ATTACHMENT, NOTE = range(5)
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALWAYS = [d.key for d in CHECKLIST if d.needed == "always"]


def _case(s, stage_path=()) -> int:
    enterprise = add_enterprises(s)[0]
    today = today_local()
    case_id = core.create_case(s, core.CaseDraft(enterprise, today - timedelta(days=5), "劳动报酬",
                                                 (core.PartyInput("张三"),)))
    for stage in stage_path:
        stages.advance_case(s, case_id, stages.Advance(stage, today))
    return case_id


@pytest.fixture
def case_id(workspace) -> int:
    return write(workspace, _case)


@pytest.fixture
def panel(qtbot, workspace, case_id) -> CaseFilePanel:
    widget = CaseFilePanel(workspace)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_case(case_id)
    return widget


def row_index(panel, key: str) -> int:
    model = panel.table.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).doc.key == key)


def cell(panel, key: str, column: int, role=0):
    model = panel.table.model()
    return model.index(row_index(panel, key), column).data(role)


def held(workspace, case_id: int) -> dict[str, tuple[int | None, str]]:
    with workspace.db.reading() as s:
        rows = s.scalars(select(CaseDocument).where(CaseDocument.case_id == case_id))
        return {r.doc_key: (r.attachment_id, r.note) for r in rows}


def test_the_models_pass_the_model_tester(qtmodeltester, panel):
    qtmodeltester.check(panel.model)


def test_a_new_case_lists_its_required_documents_as_missing_in_red(panel):
    assert cell(panel, "application", NAME) == "调解申请书或口头申请笔录、受理登记表"
    assert cell(panel, "application", NEED) == "必备"
    assert cell(panel, "authorisation", NEED) == "按需"
    assert cell(panel, "agreement", NEED) == "按需"      # not required until an agreement is reached
    assert cell(panel, "application", NAME, FOREGROUND) == MISSING
    assert cell(panel, "authorisation", NAME, FOREGROUND) is None
    assert panel.status_label.text().startswith("缺少必备材料：调解申请书")


def test_an_agreement_makes_the_agreement_and_performance_required(qtbot, workspace):
    case_id = write(workspace, lambda s: _case(s, ("mediating",)))
    write(workspace, lambda s: stages.advance_case(s, case_id, stages.Advance(
        "agreed", today_local(), terms="一次性支付工资12000元", perform_by=today_local() + timedelta(days=10))))
    panel = CaseFilePanel(workspace)
    qtbot.addWidget(panel)
    panel.show_case(case_id)
    assert cell(panel, "agreement", NEED) == "必备"
    assert cell(panel, "performance", NEED) == "必备"
    assert cell(panel, "termination", NEED) == "按需"


def test_marking_a_document_with_an_attachment_stores_it_and_shows_a_tick(qtbot, panel, workspace, case_id):
    attachment_id = write(workspace, lambda s: attach(s, Target("case", case_id), b"%PDF-1.4 scan", "申请书.pdf"))
    click_row(qtbot, panel.table, row_index(panel, "application"))
    panel.mark_button.click()
    form = find_window(qtbot, MarkDocumentDialog)
    form.attachment_combo.set_value(attachment_id)
    type_text(qtbot, form.note_edit, "原件一份")
    click_ok(qtbot, form)
    assert held(workspace, case_id) == {"application": (attachment_id, "原件一份")}
    assert cell(panel, "application", HELD) == "✓"
    assert cell(panel, "application", ATTACHMENT) == "申请书.pdf"
    assert cell(panel, "application", NAME, FOREGROUND) is None


def test_a_paper_document_is_marked_without_an_attachment(qtbot, panel, workspace, case_id):
    click_row(qtbot, panel.table, row_index(panel, "identity"))
    panel.mark_button.click()
    form = find_window(qtbot, MarkDocumentDialog)
    click_ok(qtbot, form)
    assert held(workspace, case_id) == {"identity": (None, "")}


def test_unmarking_a_document_removes_the_mark(qtbot, panel, workspace, case_id):
    write(workspace, lambda s: mark_document(s, case_id, "rights_notice"))
    click_row(qtbot, panel.table, row_index(panel, "rights_notice"))
    assert panel.unmark_button.isEnabled()
    panel.unmark_button.click()
    assert held(workspace, case_id) == {}
    assert cell(panel, "rights_notice", HELD) == ""


def test_with_every_required_document_held_the_case_may_be_archived(panel, workspace, case_id):
    def work(s):
        for key in ALWAYS:
            mark_document(s, case_id, key)
    write(workspace, work)
    assert panel.status_label.text() == "必备材料齐全，可以归档。"


def test_evidence_added_is_stored_in_the_database_on_the_case(qtbot, panel, workspace, case_id, tmp_path):
    path = tmp_path / "工资条.jpg"
    path.write_bytes(b"\xff\xd8evidence")
    operation = panel.evidence.attach_files([path])
    qtbot.waitUntil(lambda: not workspace.hub.busy, timeout=10000)
    assert operation.error is None
    rows = workspace.read(lambda s: list_for(s, Target("case", case_id)))
    assert [r.name for r in rows] == ["工资条.jpg"]
    assert workspace.read(lambda s: read_bytes(s, rows[0].id)) == b"\xff\xd8evidence"
    assert [r.name for r in panel.evidence.rows()] == ["工资条.jpg"]


def test_evidence_is_opened_saved_as_and_removed(qtbot, panel, workspace, case_id, tmp_path, monkeypatch, boxes):
    write(workspace, lambda s: attach(s, Target("case", case_id), b"contract", "劳动合同.pdf"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click_row(qtbot, panel.evidence.table, 0)
    with qtbot.waitSignal(panel.evidence.opened):
        panel.evidence.open_button.click()
    assert Path(opened[0]).read_bytes() == b"contract"
    with qtbot.waitSignal(panel.evidence.saved):
        panel.evidence.save_button.click()
    assert target.read_bytes() == b"contract"
    panel.evidence.remove_button.click()
    assert workspace.read(lambda s: list_for(s, Target("case", case_id))) == ()
    panel.evidence.copies.remove()


def test_another_case_shows_its_own_file_and_none_clears_it(qtbot, panel, workspace, case_id):
    other = write(workspace, lambda s: core.create_case(s, core.CaseDraft(
        s.scalar(select(DisputeCase.enterprise_id).where(DisputeCase.id == case_id)), today_local(), "劳动报酬",
        (core.PartyInput("李四"),))))
    write(workspace, lambda s: attach(s, Target("case", other), b"x", "其他.txt"))
    panel.show_case(other)
    assert [r.name for r in panel.evidence.rows()] == ["其他.txt"]
    panel.show_case(None)
    assert panel.rows() == () and panel.evidence.rows() == ()
    assert not panel.mark_button.isEnabled() and not panel.evidence.add_button.isEnabled()
