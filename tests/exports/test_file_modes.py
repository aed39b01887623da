"""Files that leave the app: exports of personal data are owner-only (0600) whatever the umask;
the publish folder's files are readable by others (0644) unless its setting says owner-only.
On Windows the mode bits are not touched (and nothing fails)."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from email.message import EmailMessage

import pytest

from desktop.cli import main
from desktop.exports import atomic
from desktop.exports.action_reports import write_action_list, write_bulletin
from desktop.exports.publish import ALL_FILE, publish
from desktop.services.actions.query import ActionFilter
from desktop.services.actions.reports import bulletin, report_list
from desktop.services.calendar.settings import (
    CalendarSettings,
    load_calendar_settings,
    save_calendar_settings,
)
from desktop.services.mail.core import write_eml
from tests.exports.ics_support import build_scenario
from tests.services.action_support import TODAY, new_action

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX mode bits")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """The umask of most desktops (0022: new files 0644), so owner-only is the code's doing."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def rows(db):
    new_action(db, title="督促企业结清拖欠工资", lead="劳动监察", due=date(2026, 11, 1))
    with db.reading() as s:
        return report_list(s, ActionFilter(), TODAY)


@posix_only
@pytest.mark.parametrize("name", ["督办清单.xlsx", "督办清单.csv"])
def test_a_list_export_is_owner_only(rows, tmp_path, name):
    assert mode(write_action_list(tmp_path / name, rows)) == 0o600


@posix_only
def test_a_bulletin_and_a_mail_are_owner_only(db, rows, tmp_path):
    with db.reading() as s:
        data = bulletin(s, date(2026, 1, 1), TODAY, today=TODAY)
    docx = write_bulletin(data, tmp_path / "通报.docx", issuer="三方联席秘书处")
    message = EmailMessage()
    message["Subject"] = "督办事项通报"
    message.set_content("附件为本月督办事项通报。")
    eml = write_eml(message, tmp_path / "通报.eml")
    assert (mode(docx), mode(eml)) == (0o600, 0o600)


@posix_only
def test_an_ics_export_from_the_command_line_is_owner_only_even_over_a_readable_file(db, db_url, tmp_path):
    build_scenario(db)
    out = tmp_path / "会议.ics"
    out.write_bytes(b"old")
    out.chmod(0o644)
    assert main(["--database", db_url, "export", "ics", "-o", str(out)]) == 0
    assert mode(out) == 0o600 and out.read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "共享日历"
    path.mkdir()
    return path


@posix_only
def test_the_publish_folder_is_readable_by_others_by_default(db, folder):
    build_scenario(db)
    with db.reading() as s:
        result = publish(s, CalendarSettings(publish_folder=str(folder)))
    assert {mode(p) for p in result.files} == {0o644}
    assert (folder / ALL_FILE) in result.files


@posix_only
def test_the_publish_folder_setting_makes_its_files_owner_only(db, folder):
    build_scenario(db)
    saved = save_calendar_settings(CalendarSettings(publish_folder=str(folder), publish_private=True))
    assert saved.publish_private and load_calendar_settings().publish_private
    with db.reading() as s:
        result = publish(s, load_calendar_settings())
    assert {mode(p) for p in result.files} == {0o600}


def test_a_damaged_setting_means_shared(tmp_path):
    from desktop.services.calendar.settings import settings_path

    settings_path().write_text('{"publish_private": "yes"}', encoding="utf-8")
    assert load_calendar_settings().publish_private is False


def test_on_windows_modes_are_left_alone(tmp_path, monkeypatch):
    def chmod(*_a, **_k):
        raise AssertionError("chmod on Windows")

    monkeypatch.setattr(atomic, "POSIX", False)  # as on Windows
    monkeypatch.setattr(atomic.os, "chmod", chmod)
    path = atomic.atomic_write_bytes(tmp_path / "a.csv", b"x")
    assert path.read_bytes() == b"x"
