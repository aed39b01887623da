"""Proof of the change hub: a decision turned into an action item in the minutes window shows in
the 督办 list and on the dashboard when they are shown next, with no F5."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import ActionItem
from desktop.views.minutes.dialogs import DecisionActionDialog
from desktop.views.minutes.window import MinutesWindow
from desktop.views.navigation import DASHBOARD, FOLLOWUP, MINUTES_SEARCH
from tests.services.minutes_support import issued_minutes
from tests.views.conftest import click_ok, click_row, find_window, type_text, wait_loaded

pytestmark = pytest.mark.gui


def _open_minutes_from_search(qtbot, window) -> MinutesWindow:
    assert window.show_page(MINUTES_SEARCH)
    wait_loaded(qtbot)
    page = window.minutes_search_page
    type_text(qtbot, page.query_edit, "欠薪")
    qtbot.keyClick(page.query_edit, Qt.Key.Key_Return)
    click_row(qtbot, page.table, 0, double=True)
    minutes = find_window(qtbot, MinutesWindow)
    qtbot.addWidget(minutes)
    return minutes


def _turn_first_decision_into_an_action(qtbot, minutes: MinutesWindow) -> None:
    minutes.decisions.list.setCurrentRow(0)
    qtbot.mouseClick(minutes.decisions.action_button, Qt.MouseButton.LeftButton)
    dialog = find_window(qtbot, DecisionActionDialog)
    dialog.lead_combo.setCurrentIndex(1)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_decision_made_an_action_shows_in_the_list_and_dashboard_without_f5(qtbot, window, workspace):
    meeting_id, _, _ = issued_minutes(workspace.db)
    wait_loaded(qtbot)
    assert window.show_page(FOLLOWUP)
    wait_loaded(qtbot)
    followup = window.followup_page
    shown_before = {r.id for r in followup.model.rows()}
    assert window.show_page(DASHBOARD)
    wait_loaded(qtbot)
    board = window.dashboard_page
    open_before = board.open_button.value

    minutes = _open_minutes_from_search(qtbot, window)
    wait_loaded(qtbot)
    assert minutes.meeting_id == meeting_id
    _turn_first_decision_into_an_action(qtbot, minutes)
    wait_loaded(qtbot)
    new_id = workspace.read(lambda s: s.scalar(select(ActionItem.id).where(
        ActionItem.meeting_id == meeting_id, ActionItem.decision_id.is_not(None))))
    wait_loaded(qtbot)
    assert new_id is not None and new_id not in shown_before
    assert followup.subscription.stale   # hidden: only marked, reloaded when shown

    assert window.show_page(FOLLOWUP)
    wait_loaded(qtbot)
    assert new_id in {r.id for r in followup.model.rows()}
    assert not followup.subscription.stale
    assert window.show_page(DASHBOARD)
    wait_loaded(qtbot)
    assert board.open_button.value == open_before + 1
