"""Two PCs on one meeting's minutes: the second to save the draft settles it field by field,
the draft's page says who else has it open, and a role that may not write reads the draft."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.models import Minutes
from desktop.services.minutes.content import Block
from desktop.services.minutes.core import get_minutes, open_minutes, save_draft
from desktop.services.minutes.workflow import submit_for_review
from desktop.services.sync import presence
from desktop.views.conflict_dialog import Choice
from desktop.views.minutes.conflicts import MinutesConflicts
from desktop.views.minutes.window import MinutesWindow
from tests.services.minutes_support import held_meeting
from tests.views.conftest import type_into, type_text, write

pytestmark = pytest.mark.gui

MINE = "会议研究了春节前欠薪隐患排查（本机）。"
THEIRS = "会议研究了春节前欠薪隐患排查（他机）。"
THEIR_TITLE = "2026年第四季度三方协调委员会全体会议纪要（他机修改）"


@pytest.fixture
def meeting_id(workspace) -> int:
    """A held meeting with its first draft of minutes."""
    def work(s):
        meeting = held_meeting(s)
        open_minutes(s, meeting)
        return meeting
    return write(workspace, work)


def _open(qtbot, workspace, meeting_id) -> MinutesWindow:
    window = MinutesWindow(workspace, meeting_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _stored(db, meeting_id):
    with db.reading() as s:
        return get_minutes(s, meeting_id)


def _first_text(view) -> str:
    return "".join(b.text for b in view.content.sections[0].blocks)


def _other_pc_saves(other_pc, workspace, meeting_id) -> int:
    """Another PC changes the title and the first section; this PC hears of it as the change
    follower would tell it. The version now stored."""
    def work(s):
        v = get_minutes(s, meeting_id)
        first = v.content.sections[0]
        sections = (first.__class__(first.heading, (Block.plain(THEIRS),), first.agenda_position),
                    *v.content.sections[1:])
        return save_draft(s, v.id, v.content.with_changes(title=THEIR_TITLE, sections=sections), v.version)

    version, changes = other_pc.run(work, "赵秘书")
    workspace.announce(changes)
    return version


def _type_mine(qtbot, window, text: str = MINE) -> None:
    edit = window.editor.section_editors()[0].edit
    edit.setFocus()
    edit.clear()
    type_text(qtbot, edit, text)


def _conflict(qtbot, window, other_pc, workspace, meeting_id):
    """This PC types, the other PC saves, this PC saves: the conflict dialog opens."""
    _type_mine(qtbot, window)
    _other_pc_saves(other_pc, workspace, meeting_id)
    assert window.editor.content().sections[0].blocks[0].text == MINE   # not reloaded over my text
    window.save_action.trigger()
    qtbot.waitUntil(lambda: window.conflicts.dialog is not None and window.conflicts.dialog.isVisible())
    return window.conflicts.dialog


def test_the_second_to_save_sees_each_differing_part(qtbot, workspace, meeting_id, other_pc, db):
    window = _open(qtbot, workspace, meeting_id)
    dialog = _conflict(qtbot, window, other_pc, workspace, meeting_id)
    rows = {dialog.cell(r, 0): (dialog.cell(r, 1), dialog.cell(r, 2)) for r in dialog.differing_rows()}
    assert set(rows) == {"标题", "第 1 节"}
    assert rows["标题"][1] == THEIR_TITLE
    assert MINE in rows["第 1 节"][0] and THEIRS in rows["第 1 节"][1]
    assert "赵秘书" in dialog.intro_label.text()
    assert _first_text(_stored(db, meeting_id)) == THEIRS   # nothing written yet
    dialog.cancel_button.click()


def test_keeping_mine_saves_it_over_the_stored_version(qtbot, workspace, meeting_id, other_pc, db):
    window = _open(qtbot, workspace, meeting_id)
    dialog = _conflict(qtbot, window, other_pc, workspace, meeting_id)
    theirs = _stored(db, meeting_id).version
    dialog.keep_button.click()
    stored = _stored(db, meeting_id)
    assert _first_text(stored) == MINE and stored.content.title != THEIR_TITLE
    assert stored.version > theirs
    assert not window.is_edited() and window.conflicts.version == stored.version


def test_taking_the_stored_version_refills_the_editor(qtbot, workspace, meeting_id, other_pc, db):
    window = _open(qtbot, workspace, meeting_id)
    dialog = _conflict(qtbot, window, other_pc, workspace, meeting_id)
    dialog.take_button.click()
    assert window.editor.title_edit.text() == THEIR_TITLE
    assert window.editor.content().sections[0].blocks[0].text == THEIRS
    assert _first_text(_stored(db, meeting_id)) == THEIRS
    _type_mine(qtbot, window, "会议研究了春节前欠薪隐患排查（合并）。")
    assert window.save()   # compares the version just read: saved, no second dialog
    stored = _stored(db, meeting_id)
    assert (stored.content.title, _first_text(stored)) == (THEIR_TITLE, "会议研究了春节前欠薪隐患排查（合并）。")


def test_copying_or_cancelling_keeps_what_was_typed(qtbot, workspace, meeting_id, other_pc, db):
    window = _open(qtbot, workspace, meeting_id)
    dialog = _conflict(qtbot, window, other_pc, workspace, meeting_id)
    dialog.copy_button.click()
    assert MINE in QApplication.clipboard().text() and dialog.isVisible()
    dialog.cancel_button.click()
    assert dialog.choice is Choice.CANCEL
    assert window.editor.content().sections[0].blocks[0].text == MINE and window.is_edited()
    assert _first_text(_stored(db, meeting_id)) == THEIRS


def test_a_title_typed_in_the_window_is_compared_too(qtbot, workspace, meeting_id, other_pc):
    window = _open(qtbot, workspace, meeting_id)
    type_into(qtbot, window.editor.title_edit, "纪要（本机标题）")
    _other_pc_saves(other_pc, workspace, meeting_id)
    window.save_action.trigger()
    qtbot.waitUntil(lambda: window.conflicts.dialog is not None and window.conflicts.dialog.isVisible())
    dialog = window.conflicts.dialog
    rows = {dialog.cell(r, 0): (dialog.cell(r, 1), dialog.cell(r, 2)) for r in dialog.differing_rows()}
    assert rows["标题"] == ("纪要（本机标题）", THEIR_TITLE)
    dialog.cancel_button.click()


def test_the_draft_says_who_else_is_editing_it(qtbot, workspace, meeting_id, other_pc, db):
    minutes_id = _stored(db, meeting_id).id
    assert MinutesConflicts.entity == Minutes.__tablename__
    presence.touch(other_pc, other_pc.origin, "王秘书", Minutes.__tablename__, minutes_id)
    window = _open(qtbot, workspace, meeting_id)
    hint = window.presence_hint
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=5000)
    assert "王秘书 正在编辑（" in hint.text()
    qtbot.waitUntil(lambda: _editors_seen_by(other_pc, minutes_id) == ["测试员"])
    window.hide()   # a window put away takes this PC's entry away
    qtbot.waitUntil(lambda: _editors_seen_by(other_pc, minutes_id) == [])


def _editors_seen_by(pc, minutes_id) -> list[str]:
    with pc.reading() as s:
        return [e.user for e in presence.others(s, Minutes.__tablename__, minutes_id, pc.origin)]


def test_a_leader_reads_the_draft_and_may_not_save_it(qtbot, workspace, meeting_id, db):
    db.role = "leader"
    window = _open(qtbot, workspace, meeting_id)
    assert window.editor.title_edit.isReadOnly()
    assert window.editor.section_editors()[0].edit.isReadOnly()
    assert not window.save_action.isEnabled() and "“领导”" in window.save_action.toolTip()
    assert not window.editor.add_section_button.isEnabled()
    assert window.role_label.isVisible() and "无权新增或修改记录" in window.role_label.text()


def test_a_leader_may_issue_minutes_under_review(qtbot, workspace, meeting_id, db, boxes):
    minutes_id = _stored(db, meeting_id).id
    write(workspace, lambda s: submit_for_review(s, minutes_id))
    db.role = "leader"
    window = _open(qtbot, workspace, meeting_id)
    assert window.issue_action.isVisible() and window.issue_action.isEnabled()
    window.issue_action.trigger()
    qtbot.waitUntil(lambda: _stored(db, meeting_id).state == "issued", timeout=10000)
    assert boxes.calls and "没有议定事项" in str(boxes.calls[0])   # asked, answered Yes


def test_a_secretary_may_edit_but_not_issue(qtbot, workspace, meeting_id, db):
    minutes_id = _stored(db, meeting_id).id
    db.role = "secretary"
    window = _open(qtbot, workspace, meeting_id)
    assert not window.editor.title_edit.isReadOnly() and window.save_action.isEnabled()
    assert not window.role_label.isVisible()
    db.role = None
    write(workspace, lambda s: submit_for_review(s, minutes_id))   # reloads the window
    db.role = "secretary"
    qtbot.waitUntil(lambda: window.view.state == "review")
    assert window.issue_action.isVisible() and not window.issue_action.isEnabled()
    assert "无权签发纪要" in window.issue_action.toolTip()


def test_a_viewer_can_do_nothing(qtbot, workspace, meeting_id, db):
    db.role = "viewer"
    window = _open(qtbot, workspace, meeting_id)
    assert window.editor.title_edit.isReadOnly()
    assert not any(a.isEnabled() for a in (window.save_action, window.submit_action))
    assert not window.editor.decisions.action_button.isEnabled()
