"""The 预警信息 page, driven as a user drives it: issue a suggestion, lift, filters, timeline,
dashboard, the agenda action and the exported letter."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services.kernel.timeutil import today_local
from desktop.services.warnings import core
from desktop.services.warnings.query import get_warning, timeline
from desktop.views.warnings.dialogs import IssueDialog, ReasonDialog
from desktop.views.warnings.model import TimelineModel, WarningTableModel
from desktop.views.warnings.page import WarningsPage
from tests.services.warning_support import add_enterprises, add_suggestion
from tests.views.conftest import (
    click_ok,
    click_row,
    find_window,
    row_of,
    type_text,
    wait_loaded,
    write,
)

pytestmark = pytest.mark.gui
NAME, LEVEL, STATUS = 0, 4, 5


def seed(workspace) -> dict[str, int]:
    def work(s):
        a, b, c = add_enterprises(s)
        ids = {"suggested": add_suggestion(s, a, "orange"), "active": add_suggestion(s, b, "red"),
               "drill": add_suggestion(s, c, "yellow", drill=True)}
        core.issue_suggestion(s, ids["active"])
        core.adjust_level(s, ids["active"], "orange", "已部分补发")
        core.issue_suggestion(s, ids["drill"])
        return ids
    return write(workspace, work)


@pytest.fixture
def ids(workspace):
    return seed(workspace)


@pytest.fixture
def page(qtbot, workspace, ids):
    widget = WarningsPage(workspace)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    wait_loaded(qtbot, widget)
    return widget


def shown(page, column=NAME) -> list[str]:
    model = page.table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select(qtbot, page, name: str) -> None:
    click_row(qtbot, page.table, row_of(page.table, NAME, name))
    assert page.current_row().enterprise == name


def stored(workspace, wid):
    with workspace.db.reading() as s:
        return get_warning(s, wid), timeline(s, wid)


def test_the_models_pass_the_model_tester(qtmodeltester, page, qtbot):
    qtmodeltester.check(page.model)
    select(qtbot, page, "北京乙制造有限公司")
    qtmodeltester.check(page.timeline_model)
    qtmodeltester.check(WarningTableModel())
    qtmodeltester.check(TimelineModel())


def test_the_list_shows_level_status_messages_and_the_drill_mark(page):
    assert shown(page) == ["北京甲科技有限公司", "北京乙制造有限公司", "北京丙物流有限公司"]
    assert shown(page, LEVEL) == ["橙色（II）", "橙色（II）", "黄色（III）"]
    assert shown(page, STATUS) == ["待签发", "生效中", "生效中"]
    assert shown(page, 8) == ["0", "2", "1"] and shown(page, 9) == ["", "", "演练"]
    assert page.model.index(0, LEVEL).data(Qt.ItemDataRole.DecorationRole).name() == "#f29900"


def test_selecting_a_warning_shows_its_chain_as_a_timeline(page, qtbot):
    select(qtbot, page, "北京乙制造有限公司")
    model = page.timeline_model
    assert [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())] == [
        ["1", "签发", "红色（I）"], ["2", "调整级别", "橙色（II）"]]
    assert model.index(1, 4).data() == "已部分补发" and model.index(1, 5).data() == "测试员"
    assert "欠薪1.5个月" in page.detail_label.text()


def test_the_buttons_follow_the_selected_warnings_status(page, qtbot):
    select(qtbot, page, "北京甲科技有限公司")
    assert page.issue_button.isEnabled() and page.dismiss_button.isEnabled()
    assert not page.lift_button.isEnabled() and not page.letter_button.isEnabled()
    select(qtbot, page, "北京乙制造有限公司")
    assert not page.issue_button.isEnabled() and page.lift_button.isEnabled() and page.letter_button.isEnabled()


def test_issuing_a_suggestion_at_another_level_asks_for_the_reason(page, qtbot, workspace, ids):
    select(qtbot, page, "北京甲科技有限公司")
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, IssueDialog)
    assert not dialog.reason_edit.isEnabled()
    dialog.level_combo.set_value("red")
    assert dialog.reason_edit.isEnabled()
    click_ok(qtbot, dialog)
    assert "请说明理由" in dialog.error_message and dialog.isVisible()
    type_text(qtbot, dialog.reason_edit, "涉及春节前返乡职工")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot, page)
    row, chain = stored(workspace, ids["suggested"])
    assert (row.status, row.level, row.suggested_level) == ("active", "red", "orange")
    assert [(m.kind, m.reason) for m in chain] == [("issue", "涉及春节前返乡职工")]
    assert page.current_row().id == ids["suggested"] and page.current_row().status == "active"
    assert shown(page, STATUS)[shown(page).index("北京甲科技有限公司")] == "生效中"


def test_lifting_a_warning_needs_a_reason_and_is_read_back(page, qtbot, workspace, ids):
    select(qtbot, page, "北京乙制造有限公司")
    qtbot.mouseClick(page.lift_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, ReasonDialog)
    click_ok(qtbot, dialog)
    assert "请说明解除预警的理由" in dialog.error_message
    type_text(qtbot, dialog.reason_edit, "工资已全部补发")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_loaded(qtbot, page)
    row, chain = stored(workspace, ids["active"])
    assert row.status == "lifted" and [m.kind for m in chain] == ["issue", "adjust", "lift"]
    assert page.current_row().status == "lifted" and page.timeline_model.rowCount() == 3


def test_the_filters_narrow_by_status_level_and_text(page, qtbot):
    page.status_combo.set_value("suggested")
    assert shown(page) == ["北京甲科技有限公司"]
    page.status_combo.set_value("all")
    page.level_combo.set_value("yellow")
    assert shown(page) == ["北京丙物流有限公司"]
    page.level_combo.set_value(None)
    page.park_combo.set_value("台湖片区")
    assert shown(page) == ["北京乙制造有限公司"]
    page.park_combo.set_value(None)
    type_text(qtbot, page.filter_edit, "丙")
    assert shown(page) == ["北京丙物流有限公司"]
    assert "显示 1 个，共 3 个预警" in page.count_label.text()


def test_the_dashboard_counts_without_the_drill(page):
    page.tabs.setCurrentIndex(1)
    board = page.dashboard
    assert board.level_labels["orange"].text().endswith("\n1")
    assert board.level_labels["yellow"].text().endswith("\n0")
    assert "生效中的预警 1 项" in board.summary_label.text() and "待签发的建议 1 项" in board.summary_label.text()
    assert board.park_table.item(0, 0).text() == "台湖片区"
    assert board.month_table.item(0, 0).text() == today_local().strftime("%Y-%m")


def test_the_agenda_action_says_when_no_warning_meeting_is_planned(page, qtbot, boxes):
    select(qtbot, page, "北京乙制造有限公司")
    qtbot.mouseClick(page.agenda_button, Qt.MouseButton.LeftButton)
    assert any("还没有安排今后的会议" in text for text in boxes.texts("warning"))


def test_the_letter_is_exported_where_the_user_chose(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "函.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    select(qtbot, page, "北京乙制造有限公司")
    qtbot.mouseClick(page.letter_button, Qt.MouseButton.LeftButton)
    paras = [p.text for p in Document(str(target)).paragraphs]
    assert paras[0] == "预警提示函" and paras[2] == "北京乙制造有限公司："
    assert "已导出预警提示函" in page.status_bar_label.text()


def test_the_page_follows_changes_made_elsewhere(page, qtbot, workspace, ids):
    write(workspace, lambda s: core.dismiss_suggestion(s, ids["suggested"], "误报"))
    wait_loaded(qtbot, page)
    assert shown(page) == ["北京乙制造有限公司", "北京丙物流有限公司"]
