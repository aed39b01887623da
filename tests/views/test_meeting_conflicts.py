"""Two PCs on one meeting: the second to save sees the conflict dialog field by field (keep,
take, copy, cancel), the dialog says who else has the meeting open, and a role that may not
write finds the save buttons disabled."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.changes import Changes
from desktop.models import Meeting
from desktop.services.meetings import core as m
from desktop.services.meetings import series as ms
from desktop.services.meetings.core import AttendeeData, MeetingData
from desktop.services.meetings.queries import get_meeting
from desktop.services.sync import presence
from desktop.views.conflict_dialog import Choice
from desktop.views.meetings import meeting_dialog
from tests.views.calendar_support import (
    add_meeting,
    local,
    meeting_data,
    open_dialog,
    page_fixture,  # noqa: F401 - the page fixture
)
from tests.views.conftest import click_ok, type_into, write

pytestmark = pytest.mark.gui
HERE = "管委会三楼第一会议室"
MINE = "双月沟通会（本机）"
THEIRS = "双月沟通会（他机）"
ELSEWHERE = "市总工会二楼会议室"


def _stored(db, meeting_id: int) -> Meeting:
    with db.reading() as s:
        row = s.get(Meeting, meeting_id)
        s.expunge(row)
        return row


def _data(detail) -> MeetingData:
    row = detail.meeting
    return MeetingData(body=row.body_key, title=row.title, start=row.start, end=row.end,
                       all_day=row.all_day, room_id=row.room_id, location=row.location,
                       online_url=detail.online_url, notes=detail.notes,
                       attendees=tuple(AttendeeData(a.person_id, a.role) for a in detail.attendees))


def _other_saves(other_pc, meeting_id: int, **changes) -> int:
    """The other PC's secretary saves the meeting with ``changes``; its new version."""
    with other_pc.transaction("赵秘书") as s:
        detail = get_meeting(s, meeting_id)
        m.update_meeting(s, meeting_id, replace(_data(detail), **changes), detail.meeting.version)
    return _stored(other_pc, meeting_id).version


@pytest.fixture
def opened(qtbot, page, workspace):
    """The dialog of a meeting just saved on this PC (meeting id, dialog)."""
    meeting_id = add_meeting(workspace, local(2026, 12, 8, 9, 0), location=HERE, notes="请带材料")
    return meeting_id, open_dialog(qtbot, page, meeting_id)


def _save(qtbot, dialog, ok: bool = True) -> None:
    if ok:
        click_ok(qtbot, dialog)
    else:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()


def _conflict(qtbot, other_pc, meeting_id, dialog, ok: bool = True):
    """The other PC saves a new title and place while the dialog is open; this PC saves its own
    title: the conflict dialog opens."""
    _other_saves(other_pc, meeting_id, title=THEIRS, location=ELSEWHERE)
    type_into(qtbot, dialog.details.title_edit, MINE)
    _save(qtbot, dialog, ok)
    qtbot.waitUntil(lambda: dialog.conflicts.dialog is not None and dialog.conflicts.dialog.isVisible())
    return dialog.conflicts.dialog


def _differing(conflict) -> dict[str, tuple[str, str]]:
    return {conflict.cell(r, 0): (conflict.cell(r, 1), conflict.cell(r, 2)) for r in conflict.differing_rows()}


def test_the_second_to_save_sees_the_fields_that_differ_with_both_values(qtbot, opened, other_pc, db):
    meeting_id, dialog = opened
    conflict = _conflict(qtbot, other_pc, meeting_id, dialog)
    assert _differing(conflict) == {"会议名称": (MINE, THEIRS), "其他地点": (HERE, ELSEWHERE)}
    assert "赵秘书" in conflict.intro_label.text()
    assert _stored(db, meeting_id).title == THEIRS   # nothing written yet
    conflict.cancel_button.click()
    dialog.reject()


def test_keeping_mine_saves_it_over_the_stored_version_and_closes(qtbot, opened, other_pc, db):
    meeting_id, dialog = opened
    conflict = _conflict(qtbot, other_pc, meeting_id, dialog)
    theirs = _stored(db, meeting_id).version
    with qtbot.waitSignal(dialog.meeting_saved):
        conflict.keep_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    row = _stored(db, meeting_id)
    assert (row.title, row.location, row.notes) == (MINE, HERE, "请带材料")
    assert row.version > theirs


def test_taking_the_stored_values_refills_the_form_and_the_next_save_goes_through(qtbot, opened,
                                                                                   other_pc, db):
    meeting_id, dialog = opened
    conflict = _conflict(qtbot, other_pc, meeting_id, dialog, ok=False)
    conflict.take_button.click()
    assert dialog.isVisible()
    assert (dialog.details.title_edit.text(), dialog.details.location_edit.text()) == (THEIRS, ELSEWHERE)
    assert _stored(db, meeting_id).title == THEIRS
    type_into(qtbot, dialog.details.title_edit, "双月沟通会（合并）")
    with qtbot.waitSignal(dialog.meeting_saved):
        _save(qtbot, dialog, ok=False)   # compares the version just read: saved
    assert not dialog.error_message
    row = _stored(db, meeting_id)
    assert (row.title, row.location) == ("双月沟通会（合并）", ELSEWHERE)
    dialog.reject()


def test_cancelling_writes_nothing_and_keeps_what_was_typed(qtbot, opened, other_pc, db):
    meeting_id, dialog = opened
    conflict = _conflict(qtbot, other_pc, meeting_id, dialog)
    theirs = _stored(db, meeting_id).version
    conflict.cancel_button.click()
    assert conflict.choice is Choice.CANCEL
    assert dialog.isVisible() and dialog.details.title_edit.text() == MINE
    row = _stored(db, meeting_id)
    assert (row.title, row.location, row.version) == (THEIRS, ELSEWHERE, theirs)
    _save(qtbot, dialog, ok=False)   # still the version read on opening: refused again, not saved
    qtbot.waitUntil(lambda: dialog.conflicts.dialog is not conflict and dialog.conflicts.dialog.isVisible())
    assert _stored(db, meeting_id).title == THEIRS
    dialog.conflicts.dialog.cancel_button.click()
    dialog.reject()


def test_copying_puts_my_values_on_the_clipboard_and_the_dialog_stays(qtbot, opened, other_pc, db):
    meeting_id, dialog = opened
    conflict = _conflict(qtbot, other_pc, meeting_id, dialog)
    conflict.copy_button.click()
    copied = QApplication.clipboard().text()
    assert f"会议名称：{MINE}" in copied and f"其他地点：{HERE}" in copied and "备注：请带材料" in copied
    assert conflict.isVisible() and conflict.note_label.isVisible()
    assert _stored(db, meeting_id).title == THEIRS
    conflict.cancel_button.click()
    dialog.reject()


def test_a_change_announced_while_typing_leaves_the_typing_and_still_conflicts(qtbot, opened,
                                                                              other_pc, workspace, db):
    meeting_id, dialog = opened
    type_into(qtbot, dialog.details.title_edit, MINE)
    _other_saves(other_pc, meeting_id, title=THEIRS)
    workspace.announce(Changes.meetings([meeting_id]))   # as the change follower would
    assert dialog.details.title_edit.text() == MINE
    _save(qtbot, dialog, ok=False)
    qtbot.waitUntil(lambda: dialog.conflicts.dialog is not None and dialog.conflicts.dialog.isVisible())
    assert _differing(dialog.conflicts.dialog) == {"会议名称": (MINE, THEIRS)}
    assert _stored(db, meeting_id).title == THEIRS
    dialog.conflicts.dialog.cancel_button.click()
    dialog.reject()


def test_keeping_mine_on_this_occurrence_of_a_series_asks_the_scope_once(qtbot, page, workspace,
                                                                          other_pc, db, monkeypatch):
    created = write(workspace, lambda s: ms.create_series(s, ms.SeriesData(
        meeting_data(local(2026, 1, 15)), "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6")))
    first, second = created.meeting_ids[:2]
    asked: list[bool] = []
    monkeypatch.setattr(meeting_dialog, "ask_edit_scope",
                        lambda _parent, *, allow_this=True: asked.append(allow_this) or ms.EditScope.THIS.value)
    dialog = open_dialog(qtbot, page, second)
    conflict = _conflict(qtbot, other_pc, second, dialog, ok=False)
    assert _differing(conflict)["会议名称"] == (MINE, THEIRS)
    with qtbot.waitSignal(dialog.meeting_saved):
        conflict.keep_button.click()
    assert asked == [True]
    assert (_stored(db, second).title, _stored(db, first).title) == (MINE, "双月沟通会")
    dialog.reject()


def test_the_dialog_says_who_else_has_the_meeting_open(qtbot, page, workspace, other_pc):
    meeting_id = add_meeting(workspace, local(2026, 12, 8, 9, 0))
    presence.touch(other_pc, other_pc.origin, "王秘书", "meetings", meeting_id)
    dialog = open_dialog(qtbot, page, meeting_id)
    hint = dialog.presence_hint
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=5000)
    assert "王秘书 正在编辑（" in hint.text()
    assert dialog.layout().indexOf(hint) == 0
    assert _editors_seen_by(other_pc, meeting_id) == ["测试员"]   # and the other PC sees this one
    dialog.reject()
    qtbot.waitUntil(lambda: _editors_seen_by(other_pc, meeting_id) == [])


def _editors_seen_by(pc, meeting_id) -> list[str]:
    with pc.reading() as s:
        return [e.user for e in presence.others(s, "meetings", meeting_id, pc.origin)]


@pytest.mark.parametrize(("role", "name"), [("viewer", "查看"), ("leader", "领导")])
def test_a_role_that_may_not_write_gets_disabled_save_buttons_saying_why(qtbot, page, workspace, db,
                                                                          role, name):
    meeting_id = add_meeting(workspace, local(2026, 12, 8, 9, 0))
    db.role = role
    dialog = open_dialog(qtbot, page, meeting_id)
    for key in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
        button = dialog.buttons.button(key)
        assert not button.isEnabled()
        assert f"“{name}”" in button.toolTip() and "无权新增或修改记录" in button.toolTip()
    assert not dialog.action_bar.held_button.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    dialog.reject()


def test_a_secretary_may_save(qtbot, page, workspace, db):
    meeting_id = add_meeting(workspace, local(2026, 12, 8, 9, 0))
    db.role = "secretary"
    dialog = open_dialog(qtbot, page, meeting_id)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    type_into(qtbot, dialog.details.title_edit, MINE)
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
    assert _stored(db, meeting_id).title == MINE
