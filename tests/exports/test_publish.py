"""The publish folder: one file per body plus all.ics, atomic, loud on failure, cheap to redo."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest
from icalendar import Calendar

from desktop import config
from desktop.errors import UserError, ValidationError
from desktop.exports.publish import ALL_FILE, FeedCache, Publisher, publish, republish
from desktop.models import BODY_KEYS
from desktop.services.calendar.settings import (
    DEFAULT_ORGANIZER_EMAIL,
    CalendarSettings,
    load_calendar_settings,
    save_calendar_settings,
)
from desktop.services.meetings import core as m
from desktop.services.meetings.attendance import set_attendance
from tests.exports.ics_support import build_scenario
from tests.services.meeting_support import local


@pytest.fixture
def scenario(db):
    return build_scenario(db)


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "共享日历"
    path.mkdir()
    return path


def settings_for(folder: Path) -> CalendarSettings:
    return CalendarSettings(publish_folder=str(folder), organizer_email="mishu@example.cn")


def read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def summaries(path: Path) -> list[str]:
    return sorted(str(e["SUMMARY"]) for e in read(path).walk("VEVENT"))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~"))


def test_publish_writes_a_file_per_body_and_all_ics(db, scenario, folder):
    with db.reading() as s:
        result = publish(s, settings_for(folder))
    assert sorted(p.name for p in folder.iterdir()) == sorted([ALL_FILE, *(f"{k}.ics" for k in BODY_KEYS)])
    assert summaries(folder / "tripartite.ics") == ["三方协调委员会2026年第一次全体会议"]
    assert str(read(folder / "tripartite.ics")["X-WR-CALNAME"]) == "劳动关系三方协调机制"
    assert len(read(folder / ALL_FILE).walk("VEVENT")) == result.events == 6
    assert "METHOD" not in read(folder / ALL_FILE)


def test_a_missing_folder_is_reported_in_chinese(db, scenario, tmp_path):
    with db.reading() as s, pytest.raises(UserError, match="日历发布文件夹不存在"):
        publish(s, settings_for(tmp_path / "gone"))


def test_no_folder_set_is_reported(db, scenario):
    with db.reading() as s, pytest.raises(UserError, match="尚未设置日历发布文件夹"):
        publish(s, CalendarSettings())


def test_a_full_disk_keeps_the_old_file_whole_and_leaves_no_temporary(db, scenario, folder, monkeypatch):
    with db.reading() as s:
        publish(s, settings_for(folder))
    before = (folder / ALL_FILE).read_bytes()
    with db.transaction() as s:
        m.cancel_meeting(s, scenario.single_id)

    def disk_full(self, data):
        with open(self, "wb") as fh:
            fh.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    with db.reading() as s, pytest.raises(UserError, match="无法保存文件"):
        publish(s, settings_for(folder))
    monkeypatch.undo()
    assert (folder / ALL_FILE).read_bytes() == before
    assert leftovers(folder) == []


def test_a_read_only_folder_is_reported(db, scenario, folder, monkeypatch):
    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with db.reading() as s, pytest.raises(UserError, match="无法写入"):
        publish(s, settings_for(folder))
    assert list(folder.iterdir()) == []


def test_republish_serialises_only_the_changed_meeting_and_its_body(db, scenario, folder):
    cache = FeedCache()
    settings = settings_for(folder)
    with db.reading() as s:
        assert publish(s, settings, cache=cache).rebuilt == 6
    with db.transaction() as s:
        m.postpone_meeting(s, scenario.single_id, local(2026, 2, 12, 9, 0))
    with db.reading() as s:
        result = republish(s, [scenario.single_id], cache=cache, settings=settings)
    assert result.rebuilt == 1
    assert sorted(p.name for p in result.files) == [ALL_FILE, "tripartite.ics"]
    (event,) = read(folder / "tripartite.ics").walk("VEVENT")
    assert event["DTSTART"].dt == local(2026, 2, 12, 9, 0)
    with db.reading() as s:
        assert (folder / ALL_FILE).read_bytes() == _fresh_all(s, settings, folder)


def _fresh_all(session, settings, folder) -> bytes:
    other = folder.parent / "fresh"
    other.mkdir(exist_ok=True)
    publish(session, settings.with_folder(other))
    return (other / ALL_FILE).read_bytes()


def test_republish_picks_up_attendance_of_the_meeting_named(db, scenario, folder):
    cache = FeedCache()
    settings = settings_for(folder)
    with db.reading() as s:
        publish(s, settings, cache=cache)
    with db.transaction() as s:  # attendance does not touch the meeting row: only the id tells
        set_attendance(s, scenario.single_id, scenario.people["陈立新"], "leave")
    with db.reading() as s:
        republish(s, [scenario.single_id], cache=cache, settings=settings)
    (event,) = read(folder / "tripartite.ics").walk("VEVENT")
    partstats = {str(a.params["CN"]): str(a.params["PARTSTAT"]) for a in event["ATTENDEE"]}
    assert partstats["陈立新"] == "DECLINED"


def test_republish_after_a_delete_rewrites_every_file(db, scenario, folder):
    cache = FeedCache()
    settings = settings_for(folder)
    with db.reading() as s:
        publish(s, settings, cache=cache)
    with db.transaction() as s:
        m.delete_meeting(s, scenario.postponed_id)
    with db.reading() as s:
        result = republish(s, [scenario.postponed_id], cache=cache, settings=settings)
    assert len(result.files) == len(BODY_KEYS) + 1
    assert summaries(folder / "linkage.ics") == []


def test_publisher_hook_does_nothing_without_a_folder_and_republishes_with_one(db, scenario, folder):
    current = [CalendarSettings()]

    def read_session(work):
        with db.reading() as s:
            return work(s)

    publisher = Publisher(read_session, settings=lambda: current[0])
    assert publisher.meetings_changed([scenario.single_id]) is None
    current[0] = settings_for(folder)
    assert publisher.publish_now().events == 6
    with db.transaction() as s:
        m.cancel_meeting(s, scenario.single_id)
    result = publisher.meetings_changed([scenario.single_id])
    assert result.rebuilt == 1
    (event,) = read(folder / "tripartite.ics").walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"


# ---------------------------------------------------------------- settings

def test_settings_default_when_missing_or_damaged():
    assert load_calendar_settings() == CalendarSettings()
    (config.config_dir() / "calendar.json").write_text("{not json", encoding="utf-8")
    assert load_calendar_settings().organizer_email == DEFAULT_ORGANIZER_EMAIL


def test_settings_are_saved_as_json_in_the_config_folder(folder):
    saved = save_calendar_settings(CalendarSettings(str(folder), "秘书处", "mishu@example.cn", 45))
    data = json.loads((config.config_dir() / "calendar.json").read_text(encoding="utf-8"))
    assert data["organizer_name"] == "秘书处" and data["reminder_minutes"] == 45
    assert load_calendar_settings() == saved
    assert load_calendar_settings().folder == folder


def test_a_bad_organizer_address_is_refused():
    with pytest.raises(ValidationError):
        save_calendar_settings(CalendarSettings(organizer_email="not an address"))
