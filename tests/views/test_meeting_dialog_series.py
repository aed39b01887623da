"""Series through the dialog: a bimonthly series, and edits for this / following / all."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.meetings import core as m
from desktop.services.meetings import series as ms
from desktop.views.calendar.periods import ViewMode
from desktop.views.meetings import meeting_dialog
from tests.views.calendar_support import (
    local,
    local_days,
    meeting_data,
    open_dialog,
    page_fixture,  # noqa: F401 - the page fixture
    stored,
    warnings_text,
)
from tests.views.conftest import click_ok, type_into, type_text, wait_loaded, write

pytestmark = pytest.mark.gui
SIX_IN_2026 = [date(2026, month, 15) for month in (1, 3, 5, 7, 9, 11)]


class Scopes:
    """Stands in for the scope question: answers ``answer`` and records what was offered."""

    def __init__(self, monkeypatch, answer: str | None) -> None:
        self.answer = answer
        self.asked: list[bool] = []
        monkeypatch.setattr(meeting_dialog, "ask_edit_scope", self._ask)

    def _ask(self, _parent, *, allow_this=True):
        self.asked.append(allow_this)
        return self.answer


def _make_series(workspace, start=None, rule="FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6"):
    start = start or local(2026, 1, 15)
    return write(workspace, lambda s: ms.create_series(s, ms.SeriesData(meeting_data(start), rule)))


def test_bimonthly_series_typed_into_the_dialog_gives_six_meetings_in_2026(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page, start=local(2026, 1, 15, 9, 30))
    wait_loaded(qtbot)
    dialog.details.body_combo.set_value("bimonthly")
    wait_loaded(qtbot)
    type_text(qtbot, dialog.details.title_edit, "双月沟通会")
    rec = dialog.recurrence
    rec.repeat_check.setChecked(True)
    wait_loaded(qtbot)
    rec.preset_combo.set_value("bimonthly")
    wait_loaded(qtbot)
    rec.anchor_combo.set_value("month_day")
    wait_loaded(qtbot)
    rec.count_radio.setChecked(True)
    wait_loaded(qtbot)
    rec.count_spin.setValue(6)
    wait_loaded(qtbot)
    assert rec.description_label.text() == "每两个月的15日 09:30，共6次"
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
        wait_loaded(qtbot)

    rows = stored(workspace, title="双月沟通会")
    wait_loaded(qtbot)
    assert local_days(rows) == SIX_IN_2026
    assert len({r.series_id for r in rows}) == 1

    shown = []
    for month in range(1, 13):
        page.show_period(ViewMode.MONTH.value, date(2026, month, 1))
        wait_loaded(qtbot)
        shown += [d for d in local_days(page.data.meetings) if d.month == month]
        assert {r.id for r in page.data.meetings} <= page.month_view.shown_meeting_ids()
    assert shown == SIX_IN_2026
    listed = []
    for month in range(1, 13):
        page.show_period(ViewMode.LIST.value, date(2026, month, 1))
        wait_loaded(qtbot)
        listed += [r.title for r in page.list_table.source_model.rows()]
    assert listed == ["双月沟通会"] * 6


def test_open_ended_series_preview_warns_each_holiday_occurrence(qtbot, page):
    dialog = open_dialog(qtbot, page, start=local(2026, 1, 1, 9, 30))
    wait_loaded(qtbot)
    type_text(qtbot, dialog.details.title_edit, "每月一日例会")
    dialog.recurrence.repeat_check.setChecked(True)
    wait_loaded(qtbot)
    dialog.recurrence.preset_combo.set_value("monthly")
    wait_loaded(qtbot)
    text = warnings_text(dialog)
    wait_loaded(qtbot)
    assert "2026-01-01（星期四） 是法定节假日：元旦" in text
    assert "2026-05-01（星期五） 是法定节假日：劳动节" in text
    assert "2026-10-01（星期四） 是法定节假日：国庆节" in text
    dialog.reject()
    wait_loaded(qtbot)


def test_holiday_policy_moves_an_occurrence_to_the_next_working_day(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page, start=local(2026, 9, 1, 9, 30))
    wait_loaded(qtbot)
    type_text(qtbot, dialog.details.title_edit, "月初例会")
    rec = dialog.recurrence
    rec.repeat_check.setChecked(True)
    wait_loaded(qtbot)
    rec.preset_combo.set_value("monthly")
    wait_loaded(qtbot)
    rec.count_radio.setChecked(True)
    wait_loaded(qtbot)
    rec.count_spin.setValue(2)
    wait_loaded(qtbot)
    rec.policy_combo.set_value("next_workday")
    wait_loaded(qtbot)
    assert "2026-10-01 不是工作日，将顺延至 2026-10-08（星期四）" in warnings_text(dialog)
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
        wait_loaded(qtbot)
    assert local_days(stored(workspace, title="月初例会")) == [date(2026, 9, 1), date(2026, 10, 8)]


def test_whole_series_title_change_keeps_an_edited_occurrences_own_title(qtbot, page, workspace, monkeypatch):
    created = _make_series(workspace)
    wait_loaded(qtbot)
    march, may = created.meeting_ids[1], created.meeting_ids[2]
    scopes = Scopes(monkeypatch, "this")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, march)
    wait_loaded(qtbot)
    type_into(qtbot, dialog.details.title_edit, "双月沟通会（专题：欠薪治理）")
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
        wait_loaded(qtbot)

    scopes.answer = "all"
    dialog = open_dialog(qtbot, page, may)
    wait_loaded(qtbot)
    type_into(qtbot, dialog.details.title_edit, "经开区双月沟通会")
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
        wait_loaded(qtbot)

    assert scopes.asked == [True, True]
    titles = {r.id: r.title for r in stored(workspace, series_id=created.series_id)}
    assert titles[march] == "双月沟通会（专题：欠薪治理）"
    assert [t for i, t in titles.items() if i != march] == ["经开区双月沟通会"] * 5


def test_this_and_following_splits_the_series(qtbot, page, workspace, monkeypatch):
    created = _make_series(workspace)
    wait_loaded(qtbot)
    Scopes(monkeypatch, "following")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, created.meeting_ids[3])  # July
    wait_loaded(qtbot)
    type_into(qtbot, dialog.details.title_edit, "双月沟通会（下半年）")
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
        wait_loaded(qtbot)
    rows = stored(workspace, body_id=stored(workspace, id=created.first_meeting_id)[0].body_id)
    wait_loaded(qtbot)
    assert [r.title for r in rows] == ["双月沟通会"] * 3 + ["双月沟通会（下半年）"] * 3
    assert local_days(rows) == SIX_IN_2026
    assert len({r.series_id for r in rows}) == 2


def test_a_changed_rule_is_not_offered_for_this_meeting_only(qtbot, page, workspace, monkeypatch):
    created = _make_series(workspace)
    wait_loaded(qtbot)
    scopes = Scopes(monkeypatch, "all")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, created.first_meeting_id)
    wait_loaded(qtbot)
    dialog.recurrence.count_spin.setValue(4)
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
        wait_loaded(qtbot)
    assert scopes.asked == [False]
    assert local_days(stored(workspace, series_id=created.series_id)) == SIX_IN_2026[:4]


def test_cancelling_the_scope_question_saves_nothing(qtbot, page, workspace, monkeypatch):
    created = _make_series(workspace)
    wait_loaded(qtbot)
    Scopes(monkeypatch, None)
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, created.first_meeting_id)
    wait_loaded(qtbot)
    type_into(qtbot, dialog.details.title_edit, "不保存的名称")
    click_ok(qtbot, dialog)
    wait_loaded(qtbot)
    assert dialog.isVisible() and dialog.error_message == ""
    assert stored(workspace, title="不保存的名称") == []
    dialog.reject()
    wait_loaded(qtbot)


def test_skipped_occurrence_stays_struck_through_after_a_series_edit(qtbot, page, workspace, monkeypatch):
    created = _make_series(workspace)
    wait_loaded(qtbot)
    write(workspace, lambda s: ms.skip_occurrence(s, created.meeting_ids[1]))
    wait_loaded(qtbot)
    Scopes(monkeypatch, "all")
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, created.first_meeting_id)
    wait_loaded(qtbot)
    type_into(qtbot, dialog.details.title_edit, "双月沟通会（新）")
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
        wait_loaded(qtbot)
    statuses = [r.status for r in stored(workspace, series_id=created.series_id)]
    assert statuses.count("cancelled") == 1 and statuses[1] == "cancelled"
    assert len(statuses) == 6


def test_a_single_meeting_cannot_become_a_series(qtbot, page, workspace):
    meeting_id = write(workspace, lambda s: m.create_meeting(s, meeting_data(local(2026, 12, 2))))
    wait_loaded(qtbot)
    dialog = open_dialog(qtbot, page, meeting_id)
    wait_loaded(qtbot)
    assert not dialog.recurrence.repeat_check.isEnabled()
    assert not dialog.recurrence.repeats()
    dialog.reject()
    wait_loaded(qtbot)
