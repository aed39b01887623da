"""The 操作日志 page, driven as a user drives it: filter by person and kind, the detail pane with
every field change masked, paging, export to .xlsx read back, and following new writes."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.models import AuditEntry, Person
from desktop.views.audit.model import AuditTableModel, ChangeTableModel
from desktop.views.audit.page import AuditLogPage
from desktop.views.navigation import AUDIT
from tests.views.conftest import type_text, wait_loaded, write

pytestmark = pytest.mark.gui
USER, RECORD, FIELDS = 1, 2, 5
ID_NUMBER = "11010519491231002X"


def entry(db, user: str, entity: str, changes: dict, entity_id: int = 3) -> None:
    db.run(lambda s: s.add(AuditEntry(at=datetime(2026, 3, 2, 1, 30, tzinfo=timezone.utc), user=user,
                                      entity=entity, entity_id=entity_id, action="update",
                                      changes=json.dumps(changes, ensure_ascii=False))), "系统")


@pytest.fixture
def page(qtbot, workspace, db):
    entry(db, "王秘书", "case_parties", {"id_number": ["", ID_NUMBER], "phone": ["13812345678", ""]})
    entry(db, "李秘书", "meetings", {"title": ["例会", "联席会议"]})
    widget = AuditLogPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def column(page, number: int) -> list[str]:
    model = page.table.model()
    return [model.index(r, number).data() for r in range(model.rowCount())]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_filtering_by_person_shows_only_their_entries(page, qtbot):
    choose(page.user_combo, "王秘书")
    wait_loaded(qtbot, page)
    assert column(page, USER) == ["王秘书"] and column(page, RECORD) == ["案件当事人"]
    assert "共 1 条" in page.count_label.text()


def test_filtering_by_kind_and_text(page, qtbot):
    choose(page.kind_combo, "meetings")
    wait_loaded(qtbot, page)
    assert column(page, USER) == ["李秘书"]
    choose(page.kind_combo, None)
    type_text(qtbot, page.text_edit, "例会")
    qtbot.waitUntil(lambda: column(page, USER) == ["李秘书"], timeout=3000)


def test_the_detail_pane_lists_every_field_change_masked(page, qtbot):
    choose(page.user_combo, "王秘书")
    wait_loaded(qtbot, page)
    assert page.table.select_id(page.model.rows()[0].id)
    lines = [[page.change_model.index(r, c).data() for c in range(3)] for r in range(page.change_model.rowCount())]
    assert lines == [["身份证号码", "", "110105********002X"], ["电话", "138****5678", ""]]
    assert "王秘书" in page.detail_label.text() and "案件当事人 #3" in page.detail_label.text()
    assert column(page, FIELDS) == ["身份证号码、电话"]


def test_the_next_page_button_pages_through_the_log(page, qtbot, db, monkeypatch):
    monkeypatch.setattr("desktop.views.audit.page.PAGE_SIZE", 1)
    entry(db, "王秘书", "case_parties", {"name": ["甲", "乙"]}, entity_id=9)
    choose(page.kind_combo, "case_parties")
    wait_loaded(qtbot, page)
    assert [r.entity_id for r in page.model.rows()] == [9] and not page.previous_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, page)
    assert [r.entity_id for r in page.model.rows()] == [3] and "第 2–2 条，共 2 条" in page.count_label.text()
    assert page.previous_button.isEnabled() and not page.next_button.isEnabled()


def test_export_writes_the_filtered_list_to_xlsx(page, qtbot, monkeypatch, tmp_path):
    choose(page.user_combo, "王秘书")
    wait_loaded(qtbot, page)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "日志"), "")))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出 1 条" in page.notice_label.text(), timeout=10000)
    rows = list(openpyxl.load_workbook(tmp_path / "日志.xlsx")["操作日志"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2], r[7]) for r in rows] == [("王秘书", "案件当事人", "身份证号码：110105********002X\n电话：")]


def test_a_save_elsewhere_appears_in_the_log(page, qtbot, workspace):
    def work(session):
        session.add(Person(name="新联系人"))
    write(workspace, work)
    qtbot.waitUntil(lambda: "联系人" in column(page, RECORD), timeout=3000)


def test_the_page_is_in_the_navigation(window, qtbot):
    assert window.show_page(AUDIT)
    page = window.current_page()
    wait_loaded(qtbot, page)
    assert isinstance(page, AuditLogPage) and page.model.rowCount() > 0


def test_the_models_pass_the_model_tester(page, qtmodeltester):
    page.table.select_id(page.model.rows()[0].id)
    assert isinstance(page.model, AuditTableModel) and isinstance(page.change_model, ChangeTableModel)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.change_model)
