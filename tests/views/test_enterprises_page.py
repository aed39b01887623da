"""The 企业名录 page, driven as a user drives it: filter, sort, add, profile and import."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from desktop.services.enterprises.core import (
    EnterpriseData,
    EnterpriseRow,
    create_enterprise,
    list_enterprises,
)
from desktop.views.enterprises.dialogs import EnterpriseDialog, EnterpriseProfileDialog
from desktop.views.enterprises.import_dialog import EnterpriseImportDialog
from desktop.views.enterprises.model import EnterpriseTableModel
from desktop.views.enterprises.page import EnterprisesPage
from desktop.views.navigation import ENTERPRISES
from tests.services.enterprise_support import codes, write_xlsx, wrong_check
from tests.views.conftest import (
    click_ok,
    click_row,
    find_window,
    type_into,
    type_text,
    wait_loaded,
    write,
)

pytestmark = pytest.mark.gui
C = codes(20, seed=5)
NAME, CODE, PARK, WORKERS, UNION, PHONE = 0, 1, 3, 5, 6, 9


def seed(workspace):
    def work(s):
        create_enterprise(s, EnterpriseData("北京甲科技有限公司", C[0], "景盛南四街1号", "马驹桥片区", "软件",
                                            120, True, True, "王强", "13812345678"))
        create_enterprise(s, EnterpriseData("北京乙制造有限公司", C[1], "科创十三街2号", "台湖片区", "制造",
                                            35, False, False, "李娜", "010-67881234"))
        create_enterprise(s, EnterpriseData("北京丙物流有限公司", C[2], "宏达北路3号", "马驹桥片区", "物流",
                                            8, False, False))
    write(workspace, work)


@pytest.fixture
def page(qtbot, workspace):
    seed(workspace)
    widget = EnterprisesPage(workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def shown(page, column=NAME) -> list[str]:
    model = page.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_page_lists_every_enterprise_by_name_with_masked_phones(page):
    assert shown(page) == ["北京丙物流有限公司", "北京乙制造有限公司", "北京甲科技有限公司"]
    assert shown(page, PHONE) == ["", "010-****1234", "138****5678"]
    assert "共 3 家企业" in page.count_label.text()


def test_typing_in_the_filter_narrows_the_rows(page, qtbot):
    type_text(qtbot, page.filter_edit, "物流")
    assert shown(page) == ["北京丙物流有限公司"]
    type_into(qtbot, page.filter_edit, C[1][:10].lower())
    assert shown(page) == ["北京乙制造有限公司"]
    assert "显示 1 家，共 3 家企业" in page.count_label.text()


def test_park_and_union_filters_combine(page):
    page.park_combo.setCurrentIndex(page.park_combo.findText("马驹桥片区"))
    assert shown(page) == ["北京丙物流有限公司", "北京甲科技有限公司"]
    page.union_combo.setCurrentIndex(page.union_combo.findText("已建会"))
    assert shown(page) == ["北京甲科技有限公司"]


def test_clicking_a_header_sorts_by_that_column(page, qtbot):
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(WORKERS) + header.sectionSize(WORKERS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert shown(page, WORKERS) == ["8", "35", "120"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert shown(page, WORKERS) == ["120", "35", "8"]


def test_an_enterprise_added_through_the_dialog_is_stored_and_selected(page, qtbot, db):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, EnterpriseDialog)
    type_text(qtbot, dialog.name_edit, "北京丁新材料有限公司")
    type_text(qtbot, dialog.uscc_edit, wrong_check(C[3]))
    type_text(qtbot, dialog.park_combo.lineEdit(), "瀛海片区")
    click_ok(qtbot, dialog)
    assert "校验位不正确" in dialog.error_message and dialog.isVisible()
    type_into(qtbot, dialog.uscc_edit, C[3].lower())
    dialog.workers_spin.setValue(42)
    dialog.union_box.setChecked(True)
    click_ok(qtbot, dialog)
    wait_loaded(qtbot, page)
    with db.reading() as s:
        stored = next(r for r in list_enterprises(s) if r.name == "北京丁新材料有限公司")
    assert (stored.uscc, stored.park, stored.workers, stored.has_union) == (C[3], "瀛海片区", 42, True)
    assert page.current_row().id == stored.id


def test_editing_keeps_the_other_fields(page, qtbot, db):
    click_row(qtbot, page.table, shown(page).index("北京乙制造有限公司"))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, EnterpriseDialog)
    dialog.contract_box.setChecked(True)
    click_ok(qtbot, dialog)
    wait_loaded(qtbot, page)
    with db.reading() as s:
        stored = next(r for r in list_enterprises(s) if r.uscc == C[1])
    assert (stored.has_contract, stored.workers, stored.contact_phone, stored.version) == (
        True, 35, "010-67881234", 2)


def test_double_click_opens_the_profile(page, qtbot):
    click_row(qtbot, page.table, shown(page).index("北京甲科技有限公司"), double=True)
    profile = find_window(qtbot, EnterpriseProfileDialog)
    assert profile.values["uscc"].text() == C[0]
    assert profile.values["phone"].text() == "138****5678"
    profile.close()


def test_importing_from_the_page_updates_the_list(page, qtbot, monkeypatch, tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", [
        ["北京戊食品有限公司", C[4], "", "采育片区", "食品", 60, "是", "否", "", ""],
        ["北京甲科技有限公司", C[0], "", "", "", 130, "", "", "", ""],
    ])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(path), "")))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, EnterpriseImportDialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.operation is None, timeout=10000)
    assert "新增 1 家、更新 1 家" in dialog.summary_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10000)
    wait_loaded(qtbot, page)
    assert "北京戊食品有限公司" in shown(page)
    assert shown(page, WORKERS)[shown(page).index("北京甲科技有限公司")] == "130"


def test_an_import_with_rejected_rows_writes_nothing_until_they_are_skipped(qtbot, workspace, tmp_path, db):
    dialog = EnterpriseImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(str(write_xlsx(tmp_path / "e.xlsx", [
        ["北京己有限公司", C[5], "", "", "", 1, "", "", "", ""],
        ["", C[6], "", "", "", "", "", "", "", ""]])))
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.operation is None, timeout=10000)
    assert not dialog.import_button.isEnabled()
    dialog.skip_rejected_box.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    with db.reading() as s:
        assert [r.uscc for r in list_enterprises(s)] == [C[5]]


def test_the_page_is_in_the_navigation_and_reloads_after_outside_changes(window, qtbot, workspace):
    assert window.show_page(ENTERPRISES)
    page = window.enterprises_page
    wait_loaded(qtbot, page)
    before = page.model.rowCount()
    write(workspace, lambda s: create_enterprise(s, EnterpriseData("北京庚有限公司", C[7])))
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == before + 1


def test_the_model_passes_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_filtering_15550_rows_stays_under_100_ms_a_keystroke(qtbot):
    rows = [EnterpriseRow(i, f"北京{i % 977}号科技有限公司", f"91110302MA{i:08d}", f"景盛南四街{i}号",
                          f"片区{i % 12}", "软件", i % 500, i % 2 == 0, i % 3 == 0, "王强", "13812345678", 1)
            for i in range(15_550)]
    model = EnterpriseTableModel()
    model.set_rows(rows)
    worst = 0.0
    for text in ("北", "北京", "北京9", "北京97", "北京97号", "北京9", "北", ""):
        start = time.perf_counter()
        model.set_filter(text)
        worst = max(worst, time.perf_counter() - start)
    assert model.rowCount() == 15_550
    assert worst < 0.1
