"""The people import dialog, driven as a user drives it (file dialog and message boxes patched).

Previews and imports run in the background: a test waits until the dialog's work is done."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.services.directory import core as directory
from desktop.services.directory.core import list_people
from desktop.services.importing import Action
from desktop.views.importing.people_import import PeopleImportDialog
from desktop.views.importing.preview_model import ROW_ROLE

pytestmark = pytest.mark.gui

HEADER = ["姓名", "单位", "职务", "手机", "邮箱"]
GOOD = [HEADER, ["陈新", "总工会", "干事", 13812345678, "chen@example.cn"],
        ["王建国", "总工会", "主席", "", ""]]
WITH_REJECT = [*GOOD, ["周强", "总工会", "", "123", ""]]


def write_xlsx(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


@pytest.fixture
def dialog(qtbot, workspace):
    widget = PeopleImportDialog(workspace)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def choose(monkeypatch, dialog, qtbot):
    """Pick ``path`` in the (patched) file dialog by clicking 选择文件…."""
    def pick(path):
        seen = {}

        def fake(parent, caption, folder, filters):
            seen["filters"] = filters
            return path, filters

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        settle(qtbot, dialog)
        return seen
    return pick


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda parent, title, text, *a, _n=name: shown.append((_n, text))))
    return shown


def settle(qtbot, dialog):
    """Wait until the background preview or import has reported back."""
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=10000)


def tick(qtbot, box):
    """Click the box's indicator (a stretched check box ignores clicks right of its label)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def people(db):
    with db.reading() as session:
        return {p.name: p for p in list_people(session)}


def test_choosing_a_file_previews_each_row_with_masked_phones(dialog, choose, tmp_path):
    seen = choose(write_xlsx(tmp_path / "p.xlsx", GOOD))
    assert "*.xlsx *.csv" in seen["filters"]
    model = dialog.model
    assert model.rowCount() == 2
    first = model.index(0, 0).data(ROW_ROLE)
    assert (first.row, first.action, first.name) == (2, Action.NEW, "陈新")
    assert model.index(0, 1).data() == "新增" and model.index(1, 1).data() == "更新"
    assert model.index(0, 5).data() == "138****5678"
    assert "新增 1 人、更新 1 人" in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()


def test_preview_model_passes_the_model_tester(dialog, choose, tmp_path, qtmodeltester):
    choose(write_xlsx(tmp_path / "p.xlsx", WITH_REJECT))
    qtmodeltester.check(dialog.model)


def test_rows_are_coloured_by_action(dialog, choose, tmp_path):
    choose(write_xlsx(tmp_path / "p.xlsx", WITH_REJECT))
    colours = {dialog.model.index(r, 0).data(ROW_ROLE).action: dialog.model.index(r, 0).data(
        Qt.ItemDataRole.BackgroundRole).color().name() for r in range(3)}
    assert len(set(colours.values())) == 3


def test_rejects_keep_import_disabled_until_the_user_skips_them(dialog, choose, tmp_path, qtbot):
    choose(write_xlsx(tmp_path / "p.xlsx", WITH_REJECT))
    assert dialog.model.index(2, 7).data().startswith("电话号码“123”格式不正确")
    assert not dialog.import_button.isEnabled()
    tick(qtbot, dialog.skip_rejected_box)
    assert dialog.skip_rejected_box.isChecked() and dialog.import_button.isEnabled()


def test_import_writes_the_rows_and_accepts_the_dialog(dialog, choose, tmp_path, qtbot, db):
    choose(write_xlsx(tmp_path / "p.xlsx", WITH_REJECT))
    tick(qtbot, dialog.skip_rejected_box)
    with qtbot.waitSignal(dialog.people_imported, timeout=10000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert (signal.args[0].created, signal.args[0].updated) == (1, 1)
    assert dialog.result() == QDialog.DialogCode.Accepted
    found = people(db)
    assert found["陈新"].phone == "13812345678" and found["王建国"].title == "主席"
    assert "周强" not in found


def test_a_refused_file_shows_why_and_offers_nothing_to_import(dialog, choose, tmp_path, boxes):
    path = tmp_path / "p.xlsx"
    path.write_bytes(b"not a workbook")
    choose(str(path))
    assert boxes and boxes[0][0] == "warning" and "不是有效的 .xlsx 文件" in boxes[0][1]
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_an_import_overtaken_by_another_user_writes_nothing(dialog, choose, tmp_path, qtbot, boxes, db):
    choose(write_xlsx(tmp_path / "p.xlsx", GOOD))
    with db.transaction("别人") as session:
        org_id = directory.find_organisation_id(session, "总工会")
        directory.create_person(session, directory.PersonData("陈新", org_id, phone="13900000000"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    settle(qtbot, dialog)  # the preview is read again
    assert boxes[0][0] == "warning" and "请重新预览" in boxes[0][1]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert people(db)["陈新"].phone == "13900000000" and people(db)["王建国"].title == "常务副主席"
    assert dialog.model.index(0, 1).data() == "更新"  # the preview was refreshed
