"""Two PCs on one database, as the secretaries see it: a page follows the other PC's save within
a poll, the second to save gets the conflict dialog, an open form says who else has the record
open, and a lost connection shows in the status bar until it comes back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from desktop.services.actions.core import update_action
from desktop.services.actions.detail import get_action
from desktop.services.directory import core as directory
from desktop.services.sync import presence
from desktop.services.sync.feed import latest_id
from desktop.views import change_follower
from desktop.views.change_follower import ChangeFollower
from desktop.views.conflict_dialog import Choice
from desktop.views.navigation import FOLLOWUP, ORGANISATIONS
from tests.services.action_support import new_action
from tests.views.conftest import click_ok, row_of, type_into, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def follower(qtbot, window, workspace):
    follower = ChangeFollower(workspace, window, after_id=workspace.read(latest_id),
                              interval_ms=50, offline_interval_ms=50)
    window.follow_changes(follower)
    follower.start()
    yield follower
    follower.stop()
    qtbot.waitUntil(lambda: not follower._polling, timeout=10000)


def _other_saves(other_pc, work):
    with other_pc.transaction("赵秘书") as s:
        return work(s)


def test_a_page_shows_what_another_pc_saved_without_a_reload(qtbot, window, follower, other_pc):
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    table = window.organisations_page.table
    assert row_of(table, 0, "经开区人社局劳动监察大队") == -1
    _other_saves(other_pc, lambda s: directory.create_organisation(
        s, directory.OrganisationData("经开区人社局劳动监察大队")))
    qtbot.waitUntil(lambda: row_of(table, 0, "经开区人社局劳动监察大队") >= 0, timeout=5000)


def test_a_lost_connection_shows_in_the_status_bar_and_reconnects(qtbot, window, follower, monkeypatch):
    real = change_follower.poll_feed

    def gone(*_args):
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    with qtbot.waitSignal(follower.offline, timeout=5000) as offline:
        monkeypatch.setattr(change_follower, "poll_feed", gone)
    assert "connection refused" in offline.args[0]
    qtbot.waitUntil(lambda: window.connection_label.isVisible())
    assert "正在重新连接" in window.connection_label.text()
    page = window.organisations_page
    window.show_page(ORGANISATIONS)
    wait_loaded(qtbot)
    with qtbot.waitSignal(follower.online, timeout=5000):
        monkeypatch.setattr(change_follower, "poll_feed", real)
    assert not window.connection_label.isVisible()
    assert page.subscription is not None   # reconnecting reloaded everything: the page too
    wait_loaded(qtbot)


@pytest.fixture
def edit_form(qtbot, window, db):
    """The 督办 edit form for a new item, opened on this PC (item id, form)."""
    item = new_action(db, title="推进工资集体协商")
    window.show_page(FOLLOWUP)
    wait_loaded(qtbot)
    form = window.followup_page.commands.edit(item)
    qtbot.waitExposed(form)
    return item, form


def _stored(db, item):
    with db.reading() as s:
        return get_action(s, item)


def _conflict(qtbot, other_pc, item, form, mine="推进工资集体协商（本机）"):
    """The other PC saves a new title and due date while the form is open; this PC saves its own
    title: the conflict dialog opens."""
    def work(s):
        d = get_action(s, item)
        update_action(s, item, replace(d.fields(), title="推进工资集体协商（他机）", due=date(2027, 3, 31)),
                      d.version)
    _other_saves(other_pc, work)
    type_into(qtbot, form.title_edit, mine)
    click_ok(qtbot, form)
    qtbot.waitUntil(lambda: form.conflict_source.dialog is not None
                    and form.conflict_source.dialog.isVisible())
    return form.conflict_source.dialog


def test_the_second_to_save_sees_field_by_field_and_may_keep_theirs(qtbot, edit_form, other_pc, db):
    item, form = edit_form
    dialog = _conflict(qtbot, other_pc, item, form)
    rows = {dialog.cell(r, 0): (dialog.cell(r, 1), dialog.cell(r, 2)) for r in dialog.differing_rows()}
    assert rows["督办事项"] == ("推进工资集体协商（本机）", "推进工资集体协商（他机）")
    assert rows["完成期限"][1] == "2027-03-31"
    assert "赵秘书" in dialog.intro_label.text()
    assert _stored(db, item).title == "推进工资集体协商（他机）"   # nothing written yet
    dialog.keep_button.click()
    qtbot.waitUntil(lambda: not form.isVisible())
    assert _stored(db, item).title == "推进工资集体协商（本机）"


def test_taking_the_stored_values_refills_the_form(qtbot, edit_form, other_pc, db):
    item, form = edit_form
    dialog = _conflict(qtbot, other_pc, item, form)
    dialog.take_button.click()
    assert form.isVisible()
    assert form.title_edit.text() == "推进工资集体协商（他机）"
    type_into(qtbot, form.title_edit, "推进工资集体协商（合并）")
    click_ok(qtbot, form)   # compares the version just read: saved
    qtbot.waitUntil(lambda: not form.isVisible())
    stored = _stored(db, item)
    assert (stored.title, stored.due) == ("推进工资集体协商（合并）", date(2027, 3, 31))


def test_copying_or_cancelling_keeps_what_was_typed(qtbot, edit_form, other_pc, db):
    item, form = edit_form
    dialog = _conflict(qtbot, other_pc, item, form)
    dialog.copy_button.click()
    assert "督办事项：推进工资集体协商（本机）" in QApplication.clipboard().text()
    assert dialog.note_label.isVisible()
    dialog.cancel_button.click()
    assert dialog.choice is Choice.CANCEL
    assert form.isVisible() and form.title_edit.text() == "推进工资集体协商（本机）"
    assert _stored(db, item).title == "推进工资集体协商（他机）"
    form.reject()


def test_an_open_form_says_who_else_is_editing_the_record(qtbot, window, db, other_pc):
    item = new_action(db, title="推进工资集体协商")
    presence.touch(other_pc, other_pc.origin, "王秘书", "action_items", item)
    window.show_page(FOLLOWUP)
    wait_loaded(qtbot)
    form = window.followup_page.commands.edit(item)
    hint = form.presence_hint
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=5000)
    assert "王秘书 正在编辑（" in hint.text() and "起）" in hint.text()
    assert _editors_seen_by(other_pc, item) == ["测试员"]   # and the other PC sees this one
    form.reject()   # closing the form takes this PC's entry away
    qtbot.waitUntil(lambda: _editors_seen_by(other_pc, item) == [])


def _editors_seen_by(pc, item) -> list[str]:
    with pc.reading() as s:
        return [e.user for e in presence.others(s, "action_items", item, pc.origin)]
