"""The 排查 page, driven as a user drives it: new campaign, a result by keyboard, assignment, the sheet."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from desktop.services.screenings.core import EntryRow, list_campaigns, list_entries
from desktop.views.navigation import SCREENINGS
from desktop.views.screenings.dialogs import AssignDialog, CampaignDialog, ResultDialog
from desktop.views.screenings.import_dialog import SheetImportDialog
from desktop.views.screenings.model import FOUND, UNSCREENED, EntryTableModel
from desktop.views.screenings.page import ScreeningsPage
from tests.services.screening_support import C, fill_sheet, new_campaign, seed_register
from tests.views.conftest import click_ok, click_row, find_window, row_of, type_text, wait_loaded

pytestmark = pytest.mark.gui
NAME, RESPONSIBLE, SCREENED_COLUMN, ARREARS = 0, 3, 4, 5


@pytest.fixture
def campaign(db):
    seed_register(db)
    return new_campaign(db)


@pytest.fixture
def page(qtbot, workspace, campaign):
    widget = ScreeningsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def shown(page, column=NAME) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def stored(db, campaign) -> dict[str, EntryRow]:
    with db.reading() as s:
        return {e.enterprise: e for e in list_entries(s, campaign)}


def test_the_page_shows_the_campaign_and_its_enterprises(page):
    assert page.campaigns.source_model.rowCount() == 1
    assert page.model.rowCount() == 6 and "共 6 家" in page.count_label.text()
    assert set(shown(page, SCREENED_COLUMN)) == {"否"}


def test_a_campaign_created_in_the_dialog_is_stored_and_chosen(page, qtbot, db):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, CampaignDialog)
    click_ok(qtbot, dialog)
    assert "请填写排查名称" in dialog.error_message and dialog.isVisible()
    type_text(qtbot, dialog.name_edit, "台湖片区未建会企业排查")
    dialog.park_combo.setCurrentIndex(dialog.park_combo.findText("台湖片区"))
    dialog.union_box.setChecked(True)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.current_campaign() is not None
                    and page.current_campaign().name == "台湖片区未建会企业排查", timeout=5000)
    wait_loaded(qtbot, page)
    assert sorted(shown(page)) == ["北京丁食品有限公司", "北京丙物流有限公司"]
    with db.reading() as s:
        row = next(c for c in list_campaigns(s) if c.name == "台湖片区未建会企业排查")
    assert (row.park, row.without_union, row.entries) == ("台湖片区", True, 2)


def test_a_result_entered_with_the_keyboard_is_stored_and_says_what_was_suggested(page, qtbot, db, campaign):
    click_row(qtbot, page.table, shown(page).index("北京甲科技有限公司"), double=True)
    dialog = find_window(qtbot, ResultDialog)
    dialog.arrears_edit.setFocus()
    for text in ("2.5", "30", "120000", "0", "0"):
        qtbot.keyClicks(dialog.focusWidget(), text)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, dialog.notes_edit, "已约谈")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=5000)
    wait_loaded(qtbot, page)
    entry = stored(db, campaign)["北京甲科技有限公司"]
    assert (entry.arrears_months, entry.workers_affected, entry.amount_owed, entry.notes, entry.screened_by) == (
        Decimal("2.5"), 30, Decimal(120000), "已约谈", "测试员")
    assert "预警建议新增 1 条" in page.notice_label.text()
    assert shown(page, ARREARS)[shown(page).index("北京甲科技有限公司")] == "2.5"


def test_a_bad_number_stays_in_the_form_under_its_field(page, qtbot, db, campaign):
    click_row(qtbot, page.table, shown(page).index("北京乙制造有限公司"))
    qtbot.mouseClick(page.result_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, ResultDialog)
    type_text(qtbot, dialog.workers_edit, "36")
    click_ok(qtbot, dialog)
    assert "多于该企业的职工人数35" in dialog.error_message
    assert dialog.focusWidget() is dialog.workers_edit
    dialog.reject()
    assert not stored(db, campaign)["北京乙制造有限公司"].screened


def test_assigning_several_selected_entries_at_once(page, qtbot, db, campaign):
    click_row(qtbot, page.table, 0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     page.table.visualRect(page.model.index(2, 0)).center())
    assert len(page.selected_ids()) == 3
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, AssignDialog)
    dialog.unit_combo.setEditText("")
    type_text(qtbot, dialog.unit_combo.lineEdit(), "台湖街道劳动保障所")
    click_ok(qtbot, dialog)
    wait_loaded(qtbot, page)
    assert sum(e.responsible == "台湖街道劳动保障所" for e in stored(db, campaign).values()) == 3
    assert shown(page, RESPONSIBLE).count("台湖街道劳动保障所") == 3
    assert len(page.selected_ids()) == 3        # the selection survived the reload


def test_importing_a_sheet_through_the_dialog(page, qtbot, db, campaign, monkeypatch, tmp_path):
    exported = tmp_path / "排查表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(exported), "")))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出 6 家企业" in page.notice_label.text(), timeout=10000)
    filled = fill_sheet(exported, tmp_path / "回收.xlsx", {C[0]: [1, 5, 100, 0, 0], C[1]: [0, 0, 0, 0, 0],
                                                            C[2]: [-1, 0, 0, 0, 0]})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(filled), "")))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, SheetImportDialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.operation is None, timeout=10000)
    assert "新结果 2 家" in dialog.summary_label.text() and "拒绝 1 行" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    rejected = row_of(dialog.table, 1, "拒绝")
    assert "不能为负数" in dialog.model.index(rejected, 10).data()
    dialog.skip_rejected_box.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10000)
    wait_loaded(qtbot, page)
    got = stored(db, campaign)
    assert got["北京甲科技有限公司"].arrears_months == Decimal(1) and got["北京乙制造有限公司"].screened
    assert not got["北京丙物流有限公司"].screened
    assert "预警建议新增 1 条" in page.notice_label.text()
    page.status_combo.setCurrentIndex(page.status_combo.findText("有问题"))
    assert shown(page) == ["北京甲科技有限公司"]


def test_the_unscreened_list_is_exported_from_the_page(page, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "未排查"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(path), "")))
    qtbot.mouseClick(page.unscreened_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已导出 6 家企业" in page.notice_label.text(), timeout=10000)
    rows = list(openpyxl.load_workbook(tmp_path / "未排查.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 6


def test_progress_by_park_and_unit_follows_the_results(page, qtbot, workspace, db, campaign):
    from desktop.services.screenings.core import set_result
    from desktop.services.screenings.results import ResultData
    from tests.views.conftest import write

    entry = stored(db, campaign)["北京甲科技有限公司"]
    write(workspace, lambda s: set_result(s, entry.id, ResultData("1")))
    wait_loaded(qtbot, page)
    parks = {page.park_model.index(r, 0).data(): [page.park_model.index(r, c).data() for c in range(1, 5)]
             for r in range(page.park_model.rowCount())}
    assert parks["马驹桥片区"] == [2, 1, 1, 1]
    assert page.unit_model.index(0, 0).data() == "（未分配）"


def test_the_page_is_in_the_navigation(window, qtbot, campaign):
    assert window.show_page(SCREENINGS)
    page = window.current_page()
    wait_loaded(qtbot, page)
    assert isinstance(page, ScreeningsPage) and page.model.rowCount() == 6


def test_the_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.campaigns.source_model)
    qtmodeltester.check(page.park_model)


def _rows(n: int) -> list[EntryRow]:
    now = datetime(2027, 1, 5, tzinfo=timezone.utc)
    return [EntryRow(i, 1, i, f"北京{i % 977}号科技有限公司", f"91110302MA{i:08d}", f"片区{i % 12}", 100, "",
                     Decimal(i % 3) if i % 2 else None, 0, None, None, None, "", "测试员" if i % 2 else "",
                     now if i % 2 else None, 1)
            for i in range(n)]


def test_filtering_15550_entries_narrows_and_widens_again():
    # (how fast each keystroke is: bench/bench_screenings.py)
    model = EntryTableModel()
    model.set_rows(_rows(15_550))
    model.set_filter("北京97", FOUND)
    narrowed = model.rowCount()
    assert 0 < narrowed < 15_550
    assert all("北京97" in model.index(r, 0).data() for r in range(narrowed))
    model.set_filter("", UNSCREENED)
    assert model.rowCount() == 7_775
    model.set_filter("", None)
    assert model.rowCount() == 15_550
