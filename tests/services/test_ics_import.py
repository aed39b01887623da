"""Importing .ics files: time zones, all-day, series with EXDATE and overrides, matching by
UID and SEQUENCE, a preview that writes nothing, and malformed files refused with the line."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from sqlalchemy import func, select

from desktop.config import LOCAL_TZ
from desktop.errors import UserError
from desktop.models import Attendance, Meeting, MeetingSeries, MeetingStatus, Person
from desktop.services.calendar.ics_import import apply_ics_import, plan_ics_import, stored_uid
from desktop.services.calendar.ics_parse import IcsFormatError, read_events, zone_for
from desktop.services.dates import recurrence as rr
from tests.exports.ics_support import (
    TODAY,
    build_scenario,
    database_occurrences,
    expand_python,
    export,
)
from tests.services.ics_samples import OUTLOOK_UID, minimal, outlook_bytes
from tests.services.meeting_support import local


def plan(db, data: bytes, body="dispute"):
    with db.reading() as s:
        return plan_ics_import(s, data, body, source="test.ics")


def apply(db, data: bytes, body="dispute", **kw):
    with db.transaction() as s:
        return apply_ics_import(s, plan_ics_import(s, data, body), today=TODAY, **kw)


def count(db, entity=Meeting) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(entity))


def meeting_by_title(db, title: str) -> Meeting:
    """The meeting, loaded and detached (readable after the session ends)."""
    with db.reading() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.title == title)).one()
        s.expunge(meeting)
        return meeting


@pytest.fixture
def emails(db):
    with db.transaction() as s:
        for name, email in (("王建国", "wangjg@example.cn"), ("李秀梅", "lixm@example.cn")):
            s.scalars(select(Person).where(Person.name == name)).one().email = email


# ---------------------------------------------------------------- preview

def test_preview_lists_what_would_happen_and_writes_nothing(db):
    result = plan(db, outlook_bytes())
    assert result.counts == {"create": 5}
    assert [(i.kind, i.title) for i in result.items] == [
        ("single", "企业工资集体协商推进会"), ("series", "调解中心周例会"), ("single", "手机日历：浮动时间"),
        ("single", "谷歌日历：UTC 时间"), ("single", "清明节前劳资纠纷排查")]
    assert count(db) == 0 and count(db, MeetingSeries) == 0


# ---------------------------------------------------------------- times

def test_outlook_windows_zone_floating_utc_and_all_day_times(db, emails):
    apply(db, outlook_bytes())
    assert meeting_by_title(db, "企业工资集体协商推进会").start == local(2026, 2, 10, 9, 30)
    assert meeting_by_title(db, "手机日历：浮动时间").start == local(2026, 4, 1, 9, 0)
    assert meeting_by_title(db, "谷歌日历：UTC 时间").start == local(2026, 4, 2, 9, 0)
    all_day = meeting_by_title(db, "清明节前劳资纠纷排查")
    assert all_day.all_day
    assert (all_day.start, all_day.end) == (local(2026, 4, 6, 0, 0), local(2026, 4, 8, 0, 0))


@pytest.mark.parametrize(("tzid", "offset"), [
    ("China Standard Time", 8), ("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", 8),
    ("Asia/Shanghai", 8), ("Tokyo Standard Time", 9), ("W. Europe Standard Time", 1)])
def test_windows_and_display_zone_names_are_understood(tzid, offset):
    zone = zone_for(tzid)
    assert datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset().total_seconds() == offset * 3600


def test_an_unknown_zone_without_vtimezone_is_beijing_time_with_a_warning():
    parsed = read_events(minimal("UID:x", "DTSTART;TZID=Mars/Olympus:20260115T093000", "SUMMARY:火星"))
    assert parsed.events[0].start == local(2026, 1, 15, 9, 30)
    assert any("Mars/Olympus" in w for w in parsed.warnings)


def test_a_zone_another_file_defined_does_not_stand_in_for_one_this_file_lacks():
    # icalendar caches every VTIMEZONE it parses, process-wide (the full suite found this: a
    # property test's "Mars/Olympus" zone leaked into the test above)
    with_zone = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VTIMEZONE", "TZID:Venus/Cytherea",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD",
        "END:VTIMEZONE", "BEGIN:VEVENT", "UID:a", "DTSTART;TZID=Venus/Cytherea:20260115T093000", "SUMMARY:金星",
        "END:VEVENT", "END:VCALENDAR", ""]).encode()
    own = read_events(with_zone)
    assert own.events[0].start.utcoffset().total_seconds() == 3 * 3600 and not own.warnings
    parsed = read_events(minimal("UID:b", "DTSTART;TZID=Venus/Cytherea:20260115T093000", "SUMMARY:金星"))
    assert parsed.events[0].start == local(2026, 1, 15, 9, 30)
    assert any("Venus/Cytherea" in w for w in parsed.warnings)


# ---------------------------------------------------------------- what is stored

def test_long_outlook_uid_is_stored_as_a_stable_hash(db, emails):
    apply(db, outlook_bytes())
    meeting = meeting_by_title(db, "企业工资集体协商推进会")
    assert meeting.uid == stored_uid(OUTLOOK_UID) and len(meeting.uid) <= 100
    assert meeting.notes == "请各单位准备工资集体协商进展材料。\n会后形成纪要。"
    assert meeting.location == "管委会办公楼第二会议室"


def test_attendees_are_matched_by_address_and_the_rest_reported(db, emails):
    result = plan(db, outlook_bytes())
    assert result.items[0].unmatched == 1 and len(result.items[0].attendees) == 1
    apply(db, outlook_bytes())
    meeting = meeting_by_title(db, "企业工资集体协商推进会")
    with db.reading() as s:
        invited = s.execute(select(Person.name, Attendance.role).join(Attendance, Attendance.person_id == Person.id)
                            .where(Attendance.meeting_id == meeting.id)).all()
    assert invited == [("李秀梅", "member")]


def test_rrule_with_exdate_and_overrides_becomes_a_series(db):
    apply(db, outlook_bytes())
    with db.reading() as s:
        series = s.scalars(select(MeetingSeries)).one()
        assert series.uid == "outlook-weekly-1@example.cn" and series.sequence == 1
        rows = s.scalars(select(Meeting).where(Meeting.series_id == series.id)
                         .order_by(Meeting.recurrence_id)).all()
        got = [(r.start.astimezone(LOCAL_TZ).strftime("%m-%d %H:%M"), r.status, r.title) for r in rows]
        moved = (rows[3].detached, rows[3].sequence)
        assert set(rr.exdates_from_json(series.exdates)) == {local(2026, 3, 16, 14, 0),
                                                             local(2026, 3, 30, 14, 0)}
    assert got == [("03-02 14:00", "planned", "调解中心周例会"),
                   ("03-09 14:00", "planned", "调解中心周例会"),
                   ("03-16 14:00", "cancelled", "调解中心周例会"),
                   ("03-24 10:00", "planned", "调解中心周例会（调至周二）"),
                   ("03-30 14:00", "cancelled", "调解中心周例会"),
                   ("04-06 14:00", "planned", "调解中心周例会")]
    assert moved == (True, 2)


def test_imported_series_exports_back_to_the_same_occurrences(db):
    data = outlook_bytes()
    apply(db, data)
    window = (date(2026, 1, 1), date(2026, 12, 31))

    def weekly(rows):
        return [(t, title) for t, title, status in rows
                if title.startswith("调解中心周例会") and status != "CANCELLED"]

    assert weekly(expand_python(export(db), *window)) == weekly(expand_python(data, *window))
    assert len(weekly(expand_python(data, *window))) == 4


# ---------------------------------------------------------------- matching

def test_importing_the_same_file_again_changes_nothing(db, emails):
    apply(db, outlook_bytes())
    assert plan(db, outlook_bytes()).counts == {"unchanged": 5}


def test_a_higher_sequence_updates_and_a_lower_one_is_older(db):
    apply(db, minimal("UID:u-1", "SEQUENCE:3", "DTSTART:20260501T090000", "DTEND:20260501T100000",
                      "SUMMARY:原标题"))
    newer = minimal("UID:u-1", "SEQUENCE:4", "DTSTART:20260502T090000", "DTEND:20260502T100000",
                    "SUMMARY:新标题", "STATUS:CANCELLED")
    assert [i.action for i in plan(db, newer).items] == ["update"]
    apply(db, newer)
    meeting = meeting_by_title(db, "新标题")
    assert meeting.start == local(2026, 5, 2, 9, 0) and meeting.status == MeetingStatus.CANCELLED.value
    assert meeting.sequence == 4
    older = minimal("UID:u-1", "SEQUENCE:2", "DTSTART:20260503T090000", "SUMMARY:旧版本")
    assert [i.action for i in plan(db, older).items] == ["older"]


def test_our_own_export_imports_back_as_unchanged(db):
    build_scenario(db)
    assert plan(db, export(db), body="bimonthly").counts == {"unchanged": 5}


def test_our_export_imports_into_an_empty_database_with_the_same_dates(db, tmp_path):
    from desktop.db import open_database
    from desktop.services.bodies.seed import seed

    build_scenario(db)
    data = export(db)
    other = open_database(str(tmp_path / "other.db"), create=True)
    try:
        with other.transaction() as s:
            seed(s)
        apply(other, data, body="bimonthly")
        window = (date(2026, 1, 1), date(2026, 12, 31))
        assert expand_python(export(other), *window) == expand_python(data, *window)
        assert database_occurrences(other, *window) == database_occurrences(db, *window)
    finally:
        other.dispose()


# ---------------------------------------------------------------- refusals

def test_an_unsupported_rule_is_rejected_and_blocks_the_import(db):
    data = minimal("UID:hourly", "DTSTART:20260501T090000", "RRULE:FREQ=HOURLY;COUNT=3", "SUMMARY:每小时")
    (item,) = plan(db, data).items
    assert item.action == "rejected" and "HOURLY" in item.reason
    with pytest.raises(UserError, match="无法导入"):
        apply(db, data)
    assert count(db) == 0


BAD_FILES = [
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART20260101T090000\r\n"
     b"END:VEVENT\r\nEND:VCALENDAR\r\n", 5, "缺少冒号"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T090000\r\nEND:VTODO\r\n"
     b"END:VCALENDAR\r\n", 5, "不对应"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261315T090000\r\nEND:VEVENT\r\n"
     b"END:VCALENDAR\r\n", 4, "20261315T090000"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T090000\r\n"
     b"EXDATE:20260108T090000,20260230T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 5, "20260230"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260101T090000\r\nEND:VEVENT\r\n",
     5, "没有对应的 END:VCALENDAR"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nRRULE:FREQ=DAILY;UNTIL=2026-01-09\r\n"
     b"DTSTART:20260101T090000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 4, "UNTIL"),
    (b"hello world\r\n", 1, "缺少冒号"),
    (b"VERSION:2.0\r\n", 1, "不在 BEGIN:VCALENDAR"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:\xb9\xa4\xbb\xe1\xff\xff\r\n"
     b"END:VEVENT\r\nEND:VCALENDAR\r\n", 4, "UTF-8"),
]


@pytest.mark.parametrize(("data", "line", "what"), BAD_FILES)
def test_a_malformed_file_is_refused_with_its_line_and_nothing_imported(db, data, line, what):
    with pytest.raises(IcsFormatError) as caught:
        apply(db, data)
    assert caught.value.line == line
    assert f"第 {line} 行" in str(caught.value) and what in str(caught.value)
    assert count(db) == 0


def test_a_folded_line_is_counted_from_its_first_physical_line():
    data = (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:\xe5\x8a\xb3\xe5\x8a\xa8\r\n"
            b" \xe5\x85\xb3\xe7\xb3\xbb\r\nDTSTART:2026011\r\n 5T090000Z\r\nDTEND:2026-01-15\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    with pytest.raises(IcsFormatError) as caught:
        read_events(data)
    assert caught.value.line == 8


def test_utc_until_and_exdate_lists_are_read(db):
    data = minimal("UID:d", "DTSTART:20260105T010000Z", "DTEND:20260105T020000Z",
                   "RRULE:FREQ=DAILY;UNTIL=20260109T010000Z", "EXDATE:20260106T010000Z,20260107T010000Z",
                   "SUMMARY:每日碰头")
    apply(db, data)
    with db.reading() as s:
        rows = s.scalars(select(Meeting.status).order_by(Meeting.start)).all()
    assert rows == ["planned", "cancelled", "cancelled", "planned", "planned"]
    with db.reading() as s:
        first = s.scalar(select(Meeting.start).order_by(Meeting.start).limit(1))
    assert first == datetime(2026, 1, 5, 1, tzinfo=timezone.utc)


def test_a_newer_series_updates_title_skips_and_keeps_the_override(db):
    apply(db, outlook_bytes())
    newer = (outlook_bytes().replace(b"SUMMARY:\xe8\xb0\x83\xe8\xa7\xa3\xe4\xb8\xad\xe5\xbf\x83\xe5\x91\xa8\xe4\xbe\x8b\xe4\xbc\x9a\r\nUID:outlook-weekly-1@example.cn\r\nSEQUENCE:1",
                                     "SUMMARY:调解中心周会\r\nUID:outlook-weekly-1@example.cn\r\nSEQUENCE:3".encode())
             .replace(b"EXDATE;TZID=China Standard Time:20260316T140000",
                      b"EXDATE;TZID=China Standard Time:20260316T140000,20260406T140000"))
    items = {i.title: i.action for i in plan(db, newer).items}
    assert items["调解中心周会"] == "update"
    apply(db, newer)
    with db.reading() as s:
        series = s.scalars(select(MeetingSeries)).one()
        rows = s.execute(select(Meeting.title, Meeting.status).where(Meeting.series_id == series.id)
                         .order_by(Meeting.recurrence_id)).all()
        assert (series.title, series.sequence) == ("调解中心周会", 3)
    assert rows == [("调解中心周会", "planned"), ("调解中心周会", "planned"), ("调解中心周会", "cancelled"),
                    ("调解中心周例会（调至周二）", "planned"), ("调解中心周会", "cancelled"),
                    ("调解中心周会", "cancelled")]
    assert {i.action for i in plan(db, newer).items} == {"unchanged"}


# ---------------------------------------------------------------- the series cap (issue 15)

def test_an_endless_daily_series_is_imported_up_to_the_cap_with_a_warning(db):
    data = minimal("UID:daily@x", "DTSTAMP:20260101T000000Z", "DTSTART:20260110T020000Z",
                   "DTEND:20260110T030000Z", "SUMMARY:每日碰头", "RRULE:FREQ=DAILY;UNTIL=99991231")
    with db.transaction() as s:
        planned = plan_ics_import(s, data, "dispute", max_occurrences=100, today=TODAY)
        result = apply_ics_import(s, planned, today=TODAY)
    assert any("100" in w and "每日碰头" in w for w in planned.warnings)
    assert len(result.capped) == 1 and "100" in result.capped[0]
    assert count(db) == 100 and result.meetings == 100
    with db.reading() as s:
        generated_until = s.scalars(select(MeetingSeries.generated_until)).one()
        last = s.scalar(select(func.max(Meeting.recurrence_id)))
    assert generated_until == last


def test_a_yearly_series_to_9999_stores_only_the_years_up_to_2100(db):
    data = minimal("UID:yearly@x", "DTSTAMP:20260101T000000Z", "DTSTART:20260110T020000Z",
                   "DTEND:20260110T030000Z", "SUMMARY:年会", "RRULE:FREQ=YEARLY;UNTIL=99991231")
    result = apply(db, data)
    assert result.meetings == 75 and not result.capped
    with db.reading() as s:
        last = s.scalar(select(func.max(Meeting.start)))
    assert last.astimezone(LOCAL_TZ).year == 2100
