"""The dialog's agenda and attendance tabs, its action buttons and its documents."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.services.meetings import agenda
from desktop.services.meetings import core as m
from desktop.services.meetings.agenda import AgendaItemData
from desktop.views.meetings.agenda_model import AgendaModel
from desktop.views.meetings.attendance_tab import AttendanceModel
from desktop.views.meetings.postpone_dialog import PostponeDialog
from tests.views.calendar_support import (
    add_meeting,
    invite,
    local,
    meeting_data,
    open_dialog,
    page_fixture,  # noqa: F401 - the page fixture
    stored,
)
from tests.views.conftest import MessageBoxes, click_ok, find_window, type_text, wait_loaded, write

pytestmark = pytest.mark.gui


def _meeting_with_agenda(workspace, titles=("通报上次会议议定事项", "研究欠薪治理", "讨论集体协商"),
                         hours=2) -> int:
    meeting_id = add_meeting(workspace, local(2026, 12, 3, 9, 0), hours, body="tripartite",
                             title="三方协调委员会全体会议")
    for title in titles:
        write(workspace, lambda s, t=title: agenda.add_agenda_item(s, meeting_id, AgendaItemData(t)))
    return meeting_id


def _stored_agenda(workspace, meeting_id) -> list[str]:
    return [i.title for i in workspace.read(lambda s: agenda.get_agenda(s, meeting_id)).items]


def _show_tab(dialog, tab):
    """Choose the tab as a user does before using its buttons."""
    dialog.tabs.setCurrentWidget(tab)
    return tab


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_moving_an_agenda_row_stores_the_new_order(qtbot, page, workspace):
    meeting_id = _meeting_with_agenda(workspace)
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    model = _show_tab(dialog, dialog.agenda_tab).model
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    qtbot.waitUntil(lambda: _stored_agenda(workspace, meeting_id)
                    == ["讨论集体协商", "通报上次会议议定事项", "研究欠薪治理"])
    qtbot.waitUntil(lambda: [r.position for r in model.rows()] == [1, 2, 3])
    wait_loaded(qtbot)
    assert model.index(0, 1).data() == "讨论集体协商"
    dialog.reject()
    wait_loaded(qtbot)


def test_dropping_a_dragged_row_moves_it(qtbot, page, workspace):
    meeting_id = _meeting_with_agenda(workspace)
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    model = _show_tab(dialog, dialog.agenda_tab).model
    data = model.mimeData([model.index(0, 0)])
    wait_loaded(qtbot)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    qtbot.waitUntil(lambda: _stored_agenda(workspace, meeting_id)
                    == ["研究欠薪治理", "讨论集体协商", "通报上次会议议定事项"])
    wait_loaded(qtbot)
    assert [model.index(r, 1).data() for r in range(3)] == ["研究欠薪治理", "讨论集体协商", "通报上次会议议定事项"]
    dialog.reject()
    wait_loaded(qtbot)


def test_move_down_button_reorders_the_selected_item(qtbot, page, workspace):
    meeting_id = _meeting_with_agenda(workspace)
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    tab = _show_tab(dialog, dialog.agenda_tab)
    wait_loaded(qtbot)
    tab.table.selectRow(0)
    wait_loaded(qtbot)
    qtbot.mouseClick(tab.down_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _stored_agenda(workspace, meeting_id)[:2] == ["研究欠薪治理", "通报上次会议议定事项"])
    wait_loaded(qtbot)
    assert tab.current_item().title == "通报上次会议议定事项"  # the moved item stays selected
    dialog.reject()
    wait_loaded(qtbot)


def test_an_agenda_longer_than_the_meeting_is_warned(qtbot, page, workspace):
    meeting_id = _meeting_with_agenda(workspace, hours=0.5)  # 3 × 15 minutes in 30
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    text = dialog.agenda_tab.total_label.text()
    wait_loaded(qtbot)
    assert "议程计划用时 45 分钟，超过会议时长 30 分钟（超出 15 分钟）" in text
    dialog.reject()
    wait_loaded(qtbot)


def test_carry_over_item_is_inserted_first(qtbot, page, workspace):
    meeting_id = _meeting_with_agenda(workspace, titles=("研究欠薪治理",))
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    qtbot.mouseClick(_show_tab(dialog, dialog.agenda_tab).carry_over_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert _stored_agenda(workspace, meeting_id) == ["上次会议议定事项落实情况", "研究欠薪治理"]
    assert dialog.agenda_tab.model.index(0, 1).data() == "上次会议议定事项落实情况"
    dialog.reject()
    wait_loaded(qtbot)


def test_agenda_saved_as_template_is_added_to_another_meeting(qtbot, page, workspace, boxes):
    first = _meeting_with_agenda(workspace)
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, first)
    wait_loaded(qtbot)
    qtbot.mouseClick(_show_tab(dialog, dialog.agenda_tab).save_template_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    dialog.reject()
    wait_loaded(qtbot)
    second = add_meeting(workspace, local(2026, 12, 17), body="tripartite", title="第二次全体会议")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, second)
    wait_loaded(qtbot)
    qtbot.mouseClick(_show_tab(dialog, dialog.agenda_tab).template_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert _stored_agenda(workspace, second) == ["通报上次会议议定事项", "研究欠薪治理", "讨论集体协商"]
    dialog.reject()
    wait_loaded(qtbot)


def test_attendance_and_quorum_label_follow_the_sides_present(qtbot, page, workspace):
    meeting_id = write(workspace, lambda s: m.create_meeting(s, meeting_data(
        local(2026, 12, 4), body="tripartite", title="全体会议",
        attendees=invite(s, "张志强", "王建国", "陈立新"))))
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    tab = _show_tab(dialog, dialog.attendance_tab)
    wait_loaded(qtbot)
    assert tab.quorum_label.text() == "法定人数：未达到，缺少：政府方、工会方、企业方"
    names = [r.name for r in tab.table.source_model.rows()]
    tab.table.selectRow(names.index("张志强"))
    wait_loaded(qtbot)
    qtbot.mouseClick(tab.present_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert tab.quorum_label.text() == "法定人数：未达到，缺少：工会方、企业方"
    qtbot.mouseClick(tab.all_present_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert tab.quorum_label.text() == "法定人数：已达到（实到 3 人）"
    assert {r.status for r in tab.table.source_model.rows()} == {"present"}
    dialog.reject()
    wait_loaded(qtbot)


def test_delegation_records_the_delegate(qtbot, page, workspace, monkeypatch):
    meeting_id = write(workspace, lambda s: m.create_meeting(s, meeting_data(
        local(2026, 12, 4), body="tripartite", title="全体会议", attendees=invite(s, "王建国"))))
    wait_loaded(qtbot)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("李秀梅 · 经开区总工会", True))
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    tab = _show_tab(dialog, dialog.attendance_tab)
    wait_loaded(qtbot)
    tab.table.selectRow(0)
    wait_loaded(qtbot)
    qtbot.mouseClick(tab.delegate_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    [row] = tab.table.source_model.rows()
    wait_loaded(qtbot)
    assert (row.status, row.delegate_name) == ("delegated", "李秀梅")
    assert tab.table.source_model.index(0, 3).data() == "委托"
    dialog.reject()
    wait_loaded(qtbot)


def test_reply_slip_recorded_by_hand_is_stored_and_shown(qtbot, page, workspace, monkeypatch):
    from sqlalchemy import select

    from desktop.models import Attendance

    meeting_id = write(workspace, lambda s: m.create_meeting(s, meeting_data(
        local(2026, 12, 4), body="tripartite", title="全体会议", attendees=invite(s, "王建国"))))
    wait_loaded(qtbot)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("谢绝", True))
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    tab = _show_tab(dialog, dialog.attendance_tab)
    wait_loaded(qtbot)
    tab.table.selectRow(0)
    wait_loaded(qtbot)
    qtbot.mouseClick(tab.reply_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    stored = workspace.read(lambda s: s.scalar(select(Attendance.reply).where(
        Attendance.meeting_id == meeting_id)))
    wait_loaded(qtbot)
    assert stored == "declined"
    assert tab.table.source_model.index(0, 5).data() == "谢绝"
    dialog.reject()
    wait_loaded(qtbot)


def test_generating_the_notice_writes_a_docx_with_the_title(qtbot, page, workspace, tmp_path, monkeypatch):
    meeting_id = _meeting_with_agenda(workspace)
    wait_loaded(qtbot)
    target = tmp_path / "通知.docx"
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, suggested, filters: (offered.append(suggested)
                                                                     or (str(target), filters)))
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    qtbot.mouseClick(dialog.action_bar.notice_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert Path(offered[0]).name == "关于召开三方协调委员会全体会议的通知.docx"
    text = _text(target)
    wait_loaded(qtbot)
    assert "关于召开三方协调委员会全体会议的通知" in text and "研究欠薪治理" in text
    assert str(target) in dialog.action_bar.message_label.text()
    dialog.reject()
    wait_loaded(qtbot)


def test_generating_the_sign_in_sheet_lists_the_attendees(qtbot, page, workspace, tmp_path, monkeypatch):
    meeting_id = write(workspace, lambda s: m.create_meeting(s, meeting_data(
        local(2026, 12, 4), title="双月沟通会", attendees=invite(s, "黄伟"))))
    wait_loaded(qtbot)
    target = tmp_path / "签到表"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    qtbot.mouseClick(dialog.action_bar.sign_in_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    text = _text(tmp_path / "签到表.docx")
    wait_loaded(qtbot)
    assert "双月沟通会签到表" in text and "黄伟" in text
    dialog.reject()
    wait_loaded(qtbot)


def test_cancelled_file_dialog_writes_nothing(qtbot, page, workspace, tmp_path, monkeypatch):
    meeting_id = _meeting_with_agenda(workspace)
    wait_loaded(qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    qtbot.mouseClick(dialog.action_bar.notice_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert not dialog.action_bar.message_label.isVisibleTo(dialog)
    assert list(tmp_path.glob("*.docx")) == []
    dialog.reject()
    wait_loaded(qtbot)


def test_postpone_button_moves_the_meeting_and_marks_it_postponed(qtbot, page, workspace):
    meeting_id = add_meeting(workspace, local(2026, 12, 7, 9, 0), title="待推迟的会议")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    qtbot.mouseClick(dialog.action_bar.postpone_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    postpone = find_window(qtbot, PostponeDialog)
    wait_loaded(qtbot)
    postpone.start_edit.set_value(local(2026, 12, 14, 14, 0))
    wait_loaded(qtbot)
    click_ok(qtbot, postpone)
    qtbot.waitUntil(lambda: not postpone.isVisible())
    wait_loaded(qtbot)
    [row] = stored(workspace, id=meeting_id)
    wait_loaded(qtbot)
    assert (row.status, row.sequence) == ("postponed", 1)
    assert row.start == local(2026, 12, 14, 14, 0) and row.end == local(2026, 12, 14, 16, 0)
    assert dialog.action_bar.held_button.isEnabled()  # a postponed meeting can still be held
    assert dialog.details.start() == local(2026, 12, 14, 14, 0)  # the dialog follows the change
    dialog.reject()
    wait_loaded(qtbot)


def test_cancel_and_delete_buttons_ask_first(qtbot, page, workspace, monkeypatch):
    boxes = MessageBoxes(monkeypatch, QMessageBox.StandardButton.Yes)
    wait_loaded(qtbot)
    meeting_id = add_meeting(workspace, local(2026, 12, 8), title="要取消的会议")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    qtbot.mouseClick(dialog.action_bar.cancel_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    assert stored(workspace, id=meeting_id)[0].status == "cancelled"
    assert dialog.action_bar.reinstate_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.meeting_deleted):
        qtbot.mouseClick(dialog.action_bar.delete_button, Qt.MouseButton.LeftButton)
        wait_loaded(qtbot)
    assert stored(workspace, id=meeting_id) == []
    assert len(boxes.texts("question")) == 2


def _menu_row(page, meeting_id):
    page.show_period("list", local(2026, 12, 8).date())
    return next(m for m in page.data.meetings if m.id == meeting_id)


def test_an_open_dialog_follows_a_change_made_from_the_calendar_menu(qtbot, page, workspace, boxes):
    meeting_id = add_meeting(workspace, local(2026, 12, 8), title="要取消的会议")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    menu = page.meeting_menu(_menu_row(page, meeting_id))
    wait_loaded(qtbot)
    next(a for a in menu.actions() if a.text() == "取消会议").trigger()
    wait_loaded(qtbot)
    menu.close()
    wait_loaded(qtbot)
    assert dialog.action_bar.reinstate_button.isVisibleTo(dialog)
    assert "已取消" in dialog.action_bar.status_label.text()
    dialog.reject()
    wait_loaded(qtbot)


def test_unsaved_edits_survive_a_change_made_elsewhere(qtbot, page, workspace, boxes):
    meeting_id = add_meeting(workspace, local(2026, 12, 8), title="原来的标题")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    dialog.details.title_edit.selectAll()
    wait_loaded(qtbot)
    type_text(qtbot, dialog.details.title_edit, "正在修改的标题")
    page.commands.mark_held(_menu_row(page, meeting_id))
    wait_loaded(qtbot)
    assert dialog.details.title_edit.text() == "正在修改的标题" and dialog.is_dirty()
    dialog.reject()
    wait_loaded(qtbot)


def test_the_dialog_closes_when_its_meeting_is_deleted_elsewhere(qtbot, page, workspace, boxes):
    meeting_id = add_meeting(workspace, local(2026, 12, 8), title="要删除的会议")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    with qtbot.waitSignal(dialog.meeting_deleted):
        page.commands.delete(_menu_row(page, meeting_id))
    assert not dialog.isVisible() and stored(workspace, id=meeting_id) == []


def test_a_hidden_tab_shows_what_changed_when_it_is_chosen(qtbot, page, workspace, boxes):
    meeting_id = _meeting_with_agenda(workspace, titles=("研究欠薪治理",))
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)  # on the details tab
    wait_loaded(qtbot)
    tab = dialog.agenda_tab
    assert not tab.isVisible()
    qtbot.mouseClick(dialog.action_bar.postpone_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot)
    postpone = find_window(qtbot, PostponeDialog)
    wait_loaded(qtbot)
    postpone.start_edit.set_value(local(2026, 12, 10, 9, 0))
    wait_loaded(qtbot)
    postpone.end_edit.set_value(local(2026, 12, 10, 9, 10))  # ten minutes for a longer agenda
    wait_loaded(qtbot)
    click_ok(qtbot, postpone)
    qtbot.waitUntil(lambda: not postpone.isVisible())
    wait_loaded(qtbot)
    assert tab.subscription.stale
    _show_tab(dialog, tab)
    wait_loaded(qtbot)
    assert "超过会议时长 10 分钟" in tab.total_label.text()
    dialog.reject()
    wait_loaded(qtbot)


def test_agenda_and_attendance_models_pass_the_model_tester(qtbot, page, workspace, qtmodeltester):
    meeting_id = _meeting_with_agenda(workspace)
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    qtmodeltester.check(dialog.agenda_tab.model)
    wait_loaded(qtbot)
    qtmodeltester.check(dialog.attendance_tab.table.source_model)
    wait_loaded(qtbot)
    assert isinstance(dialog.agenda_tab.model, AgendaModel)
    assert isinstance(dialog.attendance_tab.table.source_model, AttendanceModel)
    dialog.reject()
    wait_loaded(qtbot)


# ---------------------------------------------------------------- 会议材料

def _materials(workspace, kind: str, target_id: int) -> dict[str, str]:
    from desktop.services.attachments.core import Target, list_for, read_bytes

    def read(s):
        return {r.name: hashlib.sha256(read_bytes(s, r.id)).hexdigest()
                for r in list_for(s, Target(kind, target_id))}
    return workspace.read(read)


def test_a_new_meeting_takes_materials_once_saved(qtbot, page, workspace, tmp_path, monkeypatch, boxes):
    notice = tmp_path / "会议通知.docx"
    notice.write_bytes(b"PK\x03\x04 notice")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(notice)], ""))
    dialog = open_dialog(qtbot, page, start=local(2026, 12, 21))
    _show_tab(dialog, dialog.materials_tab)
    panel = dialog.materials
    assert panel.hint_label.text() == "请先保存会议，再添加会议材料。"
    assert not panel.add_button.isEnabled()
    type_text(qtbot, dialog.details.title_edit, "先保存再加材料")
    assert dialog.save()
    _show_tab(dialog, dialog.materials_tab)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not workspace.hub.busy, timeout=10000)
    assert _materials(workspace, "meeting", dialog.meeting_id) == {
        "会议通知.docx": hashlib.sha256(notice.read_bytes()).hexdigest()}
    qtbot.waitUntil(lambda: [r.name for r in panel.rows()] == ["会议通知.docx"], timeout=15000)
    assert boxes.calls == []
    dialog.reject()
    wait_loaded(qtbot)


def test_materials_of_the_selected_agenda_item(qtbot, page, workspace, tmp_path, monkeypatch):
    meeting_id = _meeting_with_agenda(workspace)
    report = tmp_path / "欠薪治理情况汇报.pdf"
    report.write_bytes(b"%PDF-1.4 report")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(report)], ""))
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    tab = _show_tab(dialog, dialog.agenda_tab)
    assert not tab.materials_button.isEnabled()
    tab.table.selectRow(1)
    qtbot.mouseClick(tab.materials_button, Qt.MouseButton.LeftButton)
    materials = find_window(qtbot, type(tab.materials_dialog))
    assert materials.windowTitle() == "议题材料：研究欠薪治理"
    qtbot.mouseClick(materials.panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not workspace.hub.busy, timeout=10000)
    item_id = tab.current_item().id
    assert _materials(workspace, "agenda", item_id) == {
        "欠薪治理情况汇报.pdf": hashlib.sha256(report.read_bytes()).hexdigest()}
    assert _materials(workspace, "meeting", meeting_id) == {}
    qtbot.waitUntil(lambda: len(materials.panel.rows()) == 1)
    materials.reject()
    dialog.reject()
    wait_loaded(qtbot)


def test_materials_tab_screenshot_with_two_files(qtbot, page, workspace):
    from desktop.services.attachments.core import Target, attach

    meeting_id = _meeting_with_agenda(workspace)
    for name, size in (("会议通知.docx", 24_576), ("欠薪治理情况汇报.pdf", 1_310_720)):
        write(workspace, lambda s, n=name, k=size: attach(s, Target("meeting", meeting_id), b"x" * k, n))
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    _show_tab(dialog, dialog.materials_tab)
    panel = dialog.materials
    assert [r.name for r in panel.rows()] == ["会议通知.docx", "欠薪治理情况汇报.pdf"]
    assert "共 2 个文件，1.3 MB。" in panel.hint_label.text()
    dialog.grab().save(str(Path(os.environ.get("MATERIALS_SHOT", "/tmp/materials.png"))))
    dialog.reject()
    wait_loaded(qtbot)
