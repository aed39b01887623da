"""The meeting dialog: typing a meeting in, times in Asia/Shanghai, errors and warnings."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QInputDialog

from desktop.config import LOCAL_TZ
from desktop.services.calendar.queries import candidate_people
from desktop.services.meetings import core as m
from desktop.services.meetings.queries import get_meeting
from desktop.views.meetings.attendees_editor import AttendeeTableModel
from tests.services.meeting_support import person_id
from tests.views.calendar_support import (
    add_meeting,
    invite,
    local,
    open_dialog,
    page_fixture,  # noqa: F401 - the page fixture
    stored,
    warnings_text,
)
from tests.views.conftest import click_ok, type_into, type_text, write

pytestmark = pytest.mark.gui


def _set_times(dialog, start: datetime, end: datetime) -> None:
    """As a user picks them: the date and time parts of each field."""
    for edit, value in ((dialog.details.start_edit, start), (dialog.details.end_edit, end)):
        edit.setDate(QDate(value.year, value.month, value.day))
        edit.setTime(QTime(value.hour, value.minute))


def test_typed_meeting_is_stored_in_utc_and_shown_back_in_local_time(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page)
    dialog.details.body_combo.set_value("tripartite")
    type_text(qtbot, dialog.details.title_edit, "2026年第四季度三方协调委员会全体会议")
    _set_times(dialog, local(2026, 12, 8, 9, 0), local(2026, 12, 8, 11, 30))
    type_text(qtbot, dialog.details.location_edit, "管委会三楼第一会议室")
    with qtbot.waitSignal(dialog.meeting_saved) as saved:
        click_ok(qtbot, dialog)
    assert not dialog.isVisible()

    [row] = stored(workspace, id=saved.args[0])
    assert row.title == "2026年第四季度三方协调委员会全体会议"
    assert row.start == datetime(2026, 12, 8, 1, 0, tzinfo=timezone.utc)
    assert row.end == datetime(2026, 12, 8, 3, 30, tzinfo=timezone.utc)
    assert row.location == "管委会三楼第一会议室"

    again = open_dialog(qtbot, page, row.id)
    assert again.details.start_edit.text() == "2026-12-08 09:00"
    assert again.details.end_edit.text() == "2026-12-08 11:30"
    assert again.details.start_edit.value() == datetime(2026, 12, 8, 9, 0, tzinfo=LOCAL_TZ)
    again.reject()


def test_invited_people_are_stored_with_their_roles(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page, start=local(2026, 12, 9, 14, 0))
    dialog.details.body_combo.set_value("bimonthly")
    type_text(qtbot, dialog.details.title_edit, "双月沟通会")
    chair = workspace.read(lambda s: person_id(s, "王建国"))
    recorder = workspace.read(lambda s: person_id(s, "李秀梅"))
    assert dialog.attendees.add_person(chair, "chair")
    assert dialog.attendees.add_person(recorder, "recorder")
    with qtbot.waitSignal(dialog.meeting_saved) as saved:
        click_ok(qtbot, dialog)
    detail = workspace.read(lambda s: get_meeting(s, saved.args[0]))
    assert {(a.name, a.role) for a in detail.attendees} == {("王建国", "chair"), ("李秀梅", "recorder")}


def test_end_before_start_keeps_the_dialog_open_and_saves_nothing(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page)
    type_text(qtbot, dialog.details.title_edit, "时间填错的会议")
    _set_times(dialog, local(2026, 12, 10, 15, 0), local(2026, 12, 10, 14, 0))
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "结束时间应晚于开始时间" in dialog.error_message
    assert stored(workspace, title="时间填错的会议") == []
    dialog.reject()


def test_empty_title_is_refused_inline(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "请填写会议名称" in dialog.error_message
    assert dialog.focusWidget() is dialog.details.title_edit
    dialog.reject()


def test_a_rule_that_never_gives_a_date_is_refused_inline(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page, start=local(2026, 2, 3, 9, 30))
    type_text(qtbot, dialog.details.title_edit, "不可能的系列")
    dialog.recurrence.repeat_check.setChecked(True)
    dialog.recurrence.preset_combo.set_value("custom")
    type_into(qtbot, dialog.recurrence.custom_edit, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31")
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert "不会产生任何日期" in dialog.error_message
    assert dialog.tabs.currentWidget() is dialog.recurrence
    assert stored(workspace, title="不可能的系列") == []
    dialog.reject()


def test_a_meeting_on_national_day_is_warned_with_the_holiday_name(qtbot, page):
    dialog = open_dialog(qtbot, page, start=local(2026, 10, 1, 9, 30))
    type_text(qtbot, dialog.details.title_edit, "节日值班部署会")
    qtbot.waitUntil(lambda: "国庆节" in "\n".join(dialog.warnings.lines()))
    assert "2026-10-01（星期四） 是法定节假日：国庆节" in warnings_text(dialog)
    assert dialog.warnings.isVisible()
    dialog.reject()


def test_a_tiaoxiu_saturday_counts_as_a_working_day(qtbot, page):
    dialog = open_dialog(qtbot, page, start=local(2026, 2, 14, 9, 30))  # 春节调休上班
    assert warnings_text(dialog) == ""
    dialog.details.start_edit.setDate(QDate(2026, 3, 7))                # a plain Saturday
    assert "2026-03-07（星期六） 是休息日" in warnings_text(dialog)
    dialog.reject()


def test_an_unknown_year_says_it_falls_back_to_weekends(qtbot, page):
    dialog = open_dialog(qtbot, page, start=local(2027, 3, 3, 9, 30))
    assert "2027年的法定节假日安排尚未导入，只知法定节假日、不知调休" in warnings_text(dialog)
    dialog.reject()


def test_a_double_booking_names_the_person_and_the_other_meeting(qtbot, page, workspace):
    write(workspace, lambda s: m.create_meeting(s, m.MeetingData(
        "dispute", "裁调衔接会商", local(2026, 12, 15, 9, 0), local(2026, 12, 15, 11, 0),
        attendees=invite(s, "孙海燕"))))
    dialog = open_dialog(qtbot, page, start=local(2026, 12, 15, 10, 0))
    type_text(qtbot, dialog.details.title_edit, "双月沟通会")
    dialog.attendees.add_person(workspace.read(lambda s: person_id(s, "孙海燕")))
    text = warnings_text(dialog)
    assert "时间冲突：孙海燕 在 2026-12-15 09:00–11:00 已有会议“裁调衔接会商”" in text
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)  # a warning never blocks saving
    assert len(stored(workspace, title="双月沟通会")) == 1


def test_editing_a_single_meeting_keeps_its_id_and_raises_its_sequence(qtbot, page, workspace):
    meeting_id = add_meeting(workspace, local(2026, 12, 16), title="旧名称")
    dialog = open_dialog(qtbot, page, meeting_id)
    type_into(qtbot, dialog.details.title_edit, "新名称")
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)
    [row] = stored(workspace, id=meeting_id)
    assert (row.title, row.sequence) == ("新名称", 1)


def test_a_new_meeting_opened_from_a_day_starts_on_that_day(qtbot, page):
    dialog = open_dialog(qtbot, page, start=datetime(2026, 12, 20, 9, 30, tzinfo=LOCAL_TZ))
    assert dialog.details.start_edit.text() == "2026-12-20 09:30"
    assert dialog.details.end_edit.text() == "2026-12-20 11:30"
    assert not dialog.tabs.isTabEnabled(3) and not dialog.tabs.isTabEnabled(4)
    assert not dialog.action_bar.isVisible()
    dialog.reject()


def test_saving_a_new_meeting_with_apply_opens_its_agenda_and_attendance(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page, start=local(2026, 12, 21))
    type_text(qtbot, dialog.details.title_edit, "先保存再排议程")
    assert dialog.save()
    assert dialog.isVisible() and dialog.meeting_id is not None
    assert dialog.tabs.isTabEnabled(3) and dialog.tabs.isTabEnabled(4)
    assert dialog.action_bar.isVisible()
    assert dialog.save()  # nothing changed: nothing written again
    assert len(stored(workspace, title="先保存再排议程")) == 1
    dialog.reject()


def test_all_day_meeting_keeps_its_last_day(qtbot, page, workspace):
    dialog = open_dialog(qtbot, page, start=local(2026, 12, 22))
    type_text(qtbot, dialog.details.title_edit, "两天的专项排查")
    dialog.details.all_day_check.setChecked(True)
    dialog.details.end_edit.setDate(QDate(2026, 12, 23))
    with qtbot.waitSignal(dialog.meeting_saved) as saved:
        click_ok(qtbot, dialog)
    [row] = stored(workspace, id=saved.args[0])
    assert row.all_day
    assert (row.start.astimezone(LOCAL_TZ).date(), row.end.astimezone(LOCAL_TZ).date()) == (
        date(2026, 12, 22), date(2026, 12, 24))
    again = open_dialog(qtbot, page, row.id)
    assert again.details.end_edit.value().date() == date(2026, 12, 23)
    again.reject()


def test_attendee_model_passes_the_model_tester(qtmodeltester, workspace):
    from desktop.views.meetings.attendees_editor import AttendeeEntry

    model = AttendeeTableModel()
    model.set_rows([AttendeeEntry(1, "王建国", "经开区总工会", "chair"),
                    AttendeeEntry(2, "李秀梅", "经开区总工会", "recorder")])
    qtmodeltester.check(model)


def test_an_invitee_deleted_meanwhile_is_explained_and_nothing_is_saved(qtbot, page, workspace):
    from desktop.services.directory import core as directory

    person = write(workspace, lambda s: directory.create_person(s, directory.PersonData("临时联系人")))
    dialog = open_dialog(qtbot, page, start=local(2026, 12, 11))
    type_text(qtbot, dialog.details.title_edit, "名单有误的会议")
    dialog.attendees.set_candidates(workspace.read(lambda s: candidate_people(s, "bimonthly")))
    assert dialog.attendees.add_person(person)
    write(workspace, lambda s: directory.delete_person(s, person))
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert f"参会人员（编号 {person}）不存在，可能已被删除" in dialog.error_message
    assert dialog.tabs.currentWidget() is dialog.attendees
    assert stored(workspace, title="名单有误的会议") == []
    dialog.reject()


def test_a_new_room_is_added_to_the_list_and_chosen(qtbot, page, workspace, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("总工会三楼第一会议室", True))
    dialog = open_dialog(qtbot, page, start=local(2026, 12, 11))
    qtbot.mouseClick(dialog.details.new_room_button, Qt.MouseButton.LeftButton)
    assert dialog.details.room_combo.currentText() == "总工会三楼第一会议室"
    room_id = dialog.details.room_combo.value()
    type_text(qtbot, dialog.details.title_edit, "有会议室的会")
    with qtbot.waitSignal(dialog.meeting_saved) as saved:
        click_ok(qtbot, dialog)
    assert room_id is not None and stored(workspace, id=saved.args[0])[0].room_id == room_id
