"""The action list page and the dashboard, driven as a user does, on the small demo data."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from desktop.models import ActionItem, ActionUpdate, AuditEntry
from desktop.services.actions.query import ActionFilter, count_actions
from desktop.services.demo import generate
from desktop.services.kernel.timeutil import today_local
from desktop.views.actions.detail import ActionDetailDialog
from desktop.views.actions.dialogs import ChaseDialog, DueDialog, NoteDialog, ProgressDialog
from desktop.views.actions.import_dialog import ActionImportDialog
from desktop.views.actions.list_model import COLUMNS, KEY_COLUMNS
from desktop.views.main_window import MainWindow
from desktop.views.navigation import DASHBOARD, FOLLOWUP
from desktop.views.settings import open_settings
from tests.views.conftest import click_ok, find_window, type_text, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, workspace, db):
    """The main window on the small demo generated around today (the GUI counts against today)."""
    with db.transaction("测试员") as s:
        generate(s, "small", 1, today_local())
    main = MainWindow(workspace, open_settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    wait_loaded(qtbot, main)
    return main


@pytest.fixture
def page(qtbot, window):
    window.show_page(FOLLOWUP)
    wait_loaded(qtbot, window.followup_page)
    return window.followup_page


def _count(db, flt: ActionFilter) -> int:
    with db.reading() as s:
        return count_actions(s, flt, today_local())


def _header_click(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _row_point(table, row: int) -> QPoint:
    return table.visualRect(table.model().index(row, 0)).center()


def test_list_opens_on_the_open_items(page, db):
    assert page.model.rowCount() == _count(db, ActionFilter(status="open")) > 0
    assert page.count_label.text() == f"共 {page.model.rowCount()} 项"


def test_typing_in_the_filter_box_filters_the_list(qtbot, page):
    names = page.model.listing.names
    before = page.model.rowCount()
    type_text(qtbot, page.filter_bar.text_edit, "总工会")
    rows = page.model.rows()
    assert 0 < len(rows) < before
    assert all("总工会" in f"{r.title}{names.organisation(r.lead_org_id)}{names.person(r.owner_id)}"
               for r in rows)
    assert page.count_label.text() == f"显示 {len(rows)} 项（共 {before} 项）"
    page.filter_bar.text_edit.clear()
    assert page.model.rowCount() == before


def test_status_filter_reloads_the_list(qtbot, page, db):
    combo = page.filter_bar.status_combo
    combo.setCurrentIndex(combo.findData("overdue"))
    wait_loaded(qtbot, page)
    rows = page.model.rows()
    today = today_local()
    assert len(rows) == _count(db, ActionFilter(status="overdue")) > 0
    assert all(r.due < today and r.status != "done" for r in rows)
    combo.setCurrentIndex(combo.findData("withdrawn"))
    wait_loaded(qtbot, page)
    assert {r.status for r in page.model.rows()} == {"withdrawn"}


def test_header_click_sorts_by_that_column(qtbot, page):
    table = page.table
    _header_click(qtbot, table, KEY_COLUMNS["progress"])
    assert (page.model.sort_key, page.model.descending) == ("progress", False)
    progress = [r.progress for r in page.model.rows()]
    assert progress == sorted(progress) and len(set(progress)) > 1
    _header_click(qtbot, table, KEY_COLUMNS["progress"])
    assert [r.progress for r in page.model.rows()] == sorted(progress, reverse=True)
    _header_click(qtbot, table, KEY_COLUMNS["id"])
    ids = [r.id for r in page.model.rows()]
    assert ids == sorted(ids) and COLUMNS[KEY_COLUMNS["id"]].key == "id"


def test_bulk_due_change_through_the_dialog_writes_one_audit_row_each(qtbot, page, db):
    table = page.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(table, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=_row_point(table, 3))
    chosen = [r.id for r in table.selected_rows()]
    assert len(chosen) == 4 and page.tool_actions["set_due"].isEnabled()
    with db.reading() as s:
        last_audit = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    page.tool_actions["set_due"].trigger()
    dialog = find_window(qtbot, DueDialog)
    dialog.due_field.edit.setDate(QDate(2030, 6, 30))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.reading() as s:
        dues = set(s.scalars(select(ActionItem.due).where(ActionItem.id.in_(chosen))))
        audited = s.execute(select(AuditEntry.entity_id, AuditEntry.changes).where(
            AuditEntry.id > last_audit)).all()
    assert dues == {date(2030, 6, 30)}
    assert sorted(i for i, _ in audited) == sorted(chosen)
    assert all('"due"' in c for _, c in audited)
    wait_loaded(qtbot, page)
    assert sorted(r.id for r in table.selected_rows()) == sorted(chosen)   # selection kept


def test_report_then_sign_off_through_the_detail_dialog(qtbot, page, db):
    combo = page.filter_bar.status_combo
    combo.setCurrentIndex(combo.findData("in_progress"))
    wait_loaded(qtbot, page)
    table = page.table
    first = page.model.rows()[0]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(table, 0))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(table, 0))
    detail = find_window(qtbot, ActionDetailDialog)
    assert not detail.buttons["sign_off"].isEnabled()
    qtbot.mouseClick(detail.buttons["report"], Qt.MouseButton.LeftButton)
    report = find_window(qtbot, ProgressDialog)
    report.percent_spin.setValue(100)
    type_text(qtbot, report.text_edit, "已完成全部整改")
    click_ok(qtbot, report)
    qtbot.waitUntil(lambda: detail.buttons["sign_off"].isEnabled())
    qtbot.mouseClick(detail.buttons["sign_off"], Qt.MouseButton.LeftButton)
    note = find_window(qtbot, NoteDialog)
    click_ok(qtbot, note)                      # the suggested note is kept
    qtbot.waitUntil(lambda: detail.buttons["reopen"].isEnabled() and not detail.buttons["report"].isEnabled())
    with db.reading() as s:
        assert s.get(ActionItem, first.id).status == "done"
    assert [u.kind for u in detail.history_rows()][-2:] == ["progress", "signoff"]
    detail.close()


def test_dashboard_shows_counts_and_a_click_opens_the_filtered_list(qtbot, window, db):
    window.show_page(DASHBOARD)
    board = window.dashboard_page
    wait_loaded(qtbot, window)
    overdue = _count(db, ActionFilter(status="overdue"))
    assert board.overdue_button.value == overdue > 0
    assert board.open_button.value == _count(db, ActionFilter(status="open"))
    qtbot.mouseClick(board.overdue_button, Qt.MouseButton.LeftButton)
    page = window.followup_page
    assert window.current_page() is page
    wait_loaded(qtbot, window)
    assert page.filter_bar.status_combo.value() == "overdue" and page.model.rowCount() == overdue

    window.show_page(DASHBOARD)
    group = board.by_body.source_model.rows()[0]
    table = board.by_body
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 2)).center())
    wait_loaded(qtbot, window)
    assert page.filter_bar.body_combo.value() == group.id and page.model.rowCount() == group.overdue

    window.show_page(DASHBOARD)
    bucket = board.board.ageing[3]
    qtbot.mouseClick(board.ageing_buttons[bucket.bucket], Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert page.model.rowCount() == bucket.count and page.filter_bar.extra_label.isVisible()
    qtbot.mouseClick(page.filter_bar.clear_extra_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, window)
    assert page.model.rowCount() == _count(db, ActionFilter(status="open"))

    window.show_page(DASHBOARD)
    month = board.trend.months()[-2]
    board.trend.opened_set.clicked.emit(len(board.trend.months()) - 2)   # a click on the bar
    wait_loaded(qtbot, window)
    assert page.model.rowCount() == month.opened


def _select_first(qtbot, page, status: str):
    combo = page.filter_bar.status_combo
    combo.setCurrentIndex(combo.findData(status))
    wait_loaded(qtbot, page)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(page.table, 0))
    return page.table.current_row()


def test_chase_writes_the_letter_and_the_mail_and_records_it(qtbot, page, db, tmp_path):
    row = _select_first(qtbot, page, "overdue")
    page.tool_actions["chase"].trigger()
    dialog = find_window(qtbot, ChaseDialog)
    dialog.eml_box.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert (tmp_path / f"催办单-{row.id}.docx").exists() and (tmp_path / f"催办-{row.id}.eml").exists()
    with db.reading() as s:
        kinds = s.scalars(select(ActionUpdate.kind).where(ActionUpdate.action_id == row.id)).all()
    assert "chase" in kinds


def test_withdraw_without_a_reason_keeps_the_dialog_open(qtbot, page, db):
    row = _select_first(qtbot, page, "open")
    page.tool_actions["withdraw"].trigger()
    dialog = find_window(qtbot, NoteDialog)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "撤销理由" in dialog.error_message
    type_text(qtbot, dialog.text_edit, "企业已注销")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.reading() as s:
        assert s.get(ActionItem, row.id).status == "withdrawn"
    wait_loaded(qtbot, page)
    assert row.id not in {r.id for r in page.model.rows()}       # the open list reloaded


def test_import_dialog_previews_and_imports_the_ledger(qtbot, page, db, tmp_path, monkeypatch):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["督办事项", "牵头单位", "完成时限"])
    book.active.append(["核查农民工工资专用账户", "劳动监察", "2026-12-31"])
    book.active.append(["未知单位的事项", "不存在的单位", ""])
    book.save(tmp_path / "台账.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "台账.xlsx"), ""))
    page.tool_actions["import"].trigger()
    dialog = find_window(qtbot, ActionImportDialog)
    dialog.body_combo.setCurrentIndex(dialog.body_combo.findData("warning"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)   # the preview reads in the background
    qtbot.waitUntil(lambda: dialog.table.source_model.rowCount() == 2)
    assert not dialog.import_button.isEnabled()
    dialog.skip_box.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)   # imports in the background

    def imported():
        with db.reading() as s:
            return s.scalar(select(ActionItem.id).where(ActionItem.title == "核查农民工工资专用账户"))
    qtbot.waitUntil(lambda: imported() is not None)
    qtbot.waitUntil(lambda: imported() in {r.id for r in page.model.rows()})  # the page follows the hub


def test_export_writes_the_list_as_shown(qtbot, page, tmp_path, monkeypatch, boxes):
    import openpyxl

    type_text(qtbot, page.filter_bar.text_edit, "总工会")
    _header_click(qtbot, page.table, KEY_COLUMNS["id"])
    _header_click(qtbot, page.table, KEY_COLUMNS["id"])           # newest first
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "list.xlsx"), ""))
    page.tool_actions["export"].trigger()   # runs in the background
    qtbot.waitSignal(page.export_operation.finished, timeout=10000).wait()
    rows = list(openpyxl.load_workbook(tmp_path / "list.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [r.id for r in page.model.rows()]
    assert boxes.texts("information")


def test_reports_action_opens_the_reports_dialog(qtbot, page):
    from desktop.views.actions.reports_dialog import ReportsDialog

    assert page.tool_actions["reports"].text() == "报表…"
    page.tool_actions["reports"].trigger()
    dialog = find_window(qtbot, ReportsDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: not any(isinstance(w, ReportsDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))


def _open_detail(qtbot, page, status: str) -> ActionDetailDialog:
    _select_first(qtbot, page, status)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=_row_point(page.table, 0))
    return find_window(qtbot, ActionDetailDialog)


def test_a_report_with_evidence_shows_it_beside_the_report(qtbot, page, db, workspace, tmp_path,
                                                          monkeypatch, boxes):
    import hashlib

    from desktop.services.attachments.core import Target, list_for, read_bytes

    photo = tmp_path / "整改现场照片.jpg"
    photo.write_bytes(bytes(range(256)) * 100)
    detail = _open_detail(qtbot, page, "in_progress")
    qtbot.mouseClick(detail.buttons["report"], Qt.MouseButton.LeftButton)
    report = find_window(qtbot, ProgressDialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    qtbot.mouseClick(report.evidence.add_button, Qt.MouseButton.LeftButton)
    assert report.evidence.paths() == (photo,)
    type_text(qtbot, report.text_edit, "已完成现场整改")
    click_ok(qtbot, report)
    qtbot.waitUntil(lambda: not workspace.hub.busy, timeout=10000)
    last = detail.history_rows()[-1]
    assert (last.kind, last.text) == ("progress", "已完成现场整改")
    with db.reading() as s:
        stored = {r.name: hashlib.sha256(read_bytes(s, r.id)).hexdigest()
                  for r in list_for(s, Target("report", last.id))}
    assert stored == {"整改现场照片.jpg": hashlib.sha256(photo.read_bytes()).hexdigest()}
    qtbot.waitUntil(lambda: detail.evidence_count(last.id) == 1)
    history = detail.history
    row = history.model().rowCount() - 1
    assert history.model().index(row, 5).data() == "1 个文件"
    qtbot.mouseClick(history.viewport(), Qt.MouseButton.LeftButton,
                     pos=history.visualRect(history.model().index(row, 0)).center())
    qtbot.mouseClick(detail.evidence_button, Qt.MouseButton.LeftButton)
    evidence = find_window(qtbot, type(detail.evidence_dialog))
    assert [r.name for r in evidence.panel.rows()] == ["整改现场照片.jpg"]
    assert boxes.calls == []
    evidence.reject()
    detail.close()


def test_a_report_with_a_folder_as_evidence_keeps_the_form_open(qtbot, page, db, tmp_path):
    detail = _open_detail(qtbot, page, "in_progress")
    before = len(detail.history_rows())
    qtbot.mouseClick(detail.buttons["report"], Qt.MouseButton.LeftButton)
    report = find_window(qtbot, ProgressDialog)
    report.evidence.add([tmp_path])
    type_text(qtbot, report.text_edit, "已完成现场整改")
    click_ok(qtbot, report)
    assert report.isVisible() and "是文件夹" in report.error_message
    assert len(detail.history_rows()) == before
    report.reject()
    detail.close()
