"""The published feeds follow meetings saved in the real window; a feed that cannot be written
is shown. The File menu carries the 日历 submenu."""

from __future__ import annotations

import shutil
from dataclasses import asdict, replace

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QMessageBox

from desktop.exports.publish import ALL_FILE
from desktop.services.bodies import core as bodies
from desktop.services.calendar.settings import CalendarSettings, save_calendar_settings
from desktop.views.meetings.meeting_dialog import MeetingDialog
from desktop.views.navigation import CALENDAR
from tests.views.calendar_support import add_meeting, local, stored
from tests.views.conftest import click_ok, type_into, write

pytestmark = pytest.mark.gui


@pytest.fixture
def feeds(tmp_path):
    folder = tmp_path / "feeds"
    folder.mkdir()
    save_calendar_settings(CalendarSettings(publish_folder=str(folder)))
    return folder


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append(text))
    return shown


def rename_in_dialog(qtbot, window, meeting_id: int, title: str) -> None:
    window.show_page(CALENDAR)
    dialog: MeetingDialog = window.calendar_page.open_meeting(meeting_id)
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.details.title_edit, title)
    with qtbot.waitSignal(dialog.meeting_saved):
        click_ok(qtbot, dialog)


def summaries(path) -> list[str]:
    return [str(e["SUMMARY"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def test_saving_a_meeting_in_the_dialog_rewrites_the_published_feed(qtbot, window, workspace, feeds):
    meeting_id = add_meeting(workspace, local(2026, 12, 16), title="旧名称")
    rename_in_dialog(qtbot, window, meeting_id, "双月沟通会（改期后）")
    assert "双月沟通会（改期后）" in summaries(feeds / ALL_FILE)
    assert "双月沟通会（改期后）" in summaries(feeds / "bimonthly.ics")
    assert "旧名称" not in summaries(feeds / ALL_FILE)


def test_a_publish_folder_that_is_gone_is_shown_once_and_the_meeting_still_saved(
        qtbot, window, workspace, feeds, warnings):
    meeting_id = add_meeting(workspace, local(2026, 12, 16), title="旧名称")
    shutil.rmtree(feeds)
    rename_in_dialog(qtbot, window, meeting_id, "第一次修改")
    rename_in_dialog(qtbot, window, meeting_id, "第二次修改")
    assert len(warnings) == 1 and str(feeds) in warnings[0]
    assert "日历发布失败" in window.statusBar().currentMessage()
    [row] = stored(workspace, id=meeting_id)
    assert row.title == "第二次修改"


def test_a_meeting_written_anywhere_is_published_without_a_page_being_involved(window, workspace, feeds):
    add_meeting(workspace, local(2026, 12, 16), title="命令行之外的写入")
    assert "命令行之外的写入" in summaries(feeds / "bimonthly.ics")


def test_a_renamed_body_renames_its_published_calendar(window, workspace, feeds):
    add_meeting(workspace, local(2026, 12, 16))
    body = asdict(workspace.read(lambda s: bodies.get_body(s, "bimonthly")))
    data = bodies.BodyData(**{field: body[field] for field in bodies.BodyData.__dataclass_fields__})
    write(workspace, lambda s: bodies.update_body(s, "bimonthly", replace(data, name="双月沟通机制（新名）")))
    feed = Calendar.from_ical((feeds / "bimonthly.ics").read_bytes())
    assert str(feed["X-WR-CALNAME"]) == "双月沟通机制（新名）"


def test_refresh_does_not_warn_twice_about_a_missing_folder(window, workspace, feeds, warnings):
    shutil.rmtree(feeds)
    window.actions.refresh.trigger()
    window.actions.refresh.trigger()
    assert len(warnings) == 1 and "日历发布失败" in window.statusBar().currentMessage()


def test_the_file_menu_has_the_calendar_submenu(window):
    file_menu = window.menuBar().actions()[0].menu()
    calendar_menu = next(a.menu() for a in file_menu.actions() if a.menu() is not None)
    assert [a.objectName() for a in calendar_menu.actions()] == [
        "action_calendar_export", "action_calendar_import", "action_calendar_publish"]
