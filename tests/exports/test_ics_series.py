"""Recurring series in .ics: one RRULE master, EXDATE for skips, overrides only where needed;
two independent parsers (recurring_ical_events, ical.js under Node) expand it as the database."""

from __future__ import annotations

from datetime import date, timedelta, timezone

import pytest
from icalendar import Calendar
from sqlalchemy import select

from desktop.models import Meeting, MeetingSeries
from desktop.services.calendar.export import ExportSelection
from desktop.services.dates import recurrence as rr
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings import series as ms
from desktop.services.meetings.attendance import set_attendance
from tests.exports.ics_support import (
    TODAY,
    build_scenario,
    database_occurrences,
    expand_js,
    expand_python,
    export,
    js_available,
    parse,
)
from tests.services.meeting_support import local, meeting_data
from tests.support import need

YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def scenario(db):
    return build_scenario(db)


def series_events(cal: Calendar, uid: str):
    found = [e for e in cal.walk("VEVENT") if str(e["UID"]) == uid]
    masters = [e for e in found if "RECURRENCE-ID" not in e]
    assert len(masters) == 1
    return masters[0], [e for e in found if "RECURRENCE-ID" in e]


def series_uid(db, series_id: int) -> str:
    with db.reading() as s:
        return s.get(MeetingSeries, series_id).uid


def confirmed(rows):
    return [r for r in rows if r[2] != "CANCELLED"]


def test_bimonthly_series_expands_to_the_database_dates(db, scenario):
    data = export(db)
    assert confirmed(expand_python(data, *YEAR)) == confirmed(database_occurrences(db, *YEAR))
    bimonthly = [r for r in expand_python(data, *YEAR) if r[1].startswith("双月沟通会")]
    assert [r[0][:10] for r in bimonthly] == ["2026-01-15", "2026-05-15", "2026-07-16",
                                              "2026-09-15", "2026-11-15"]


def test_series_is_one_master_with_rrule_exdate_and_one_override(db, scenario):
    data = export(db)
    master, overrides = series_events(parse(data), series_uid(db, scenario.series_id))
    assert b"\r\nRRULE:FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6\r\n" in data
    assert [d.dt for d in master["EXDATE"].dts] == [local(2026, 3, 15)]
    (edited,) = overrides
    assert edited["RECURRENCE-ID"].dt == local(2026, 7, 15)
    assert edited["DTSTART"].dt == local(2026, 7, 16, 14, 0)
    assert str(edited["SUMMARY"]) == "双月沟通会（改期）"


def test_master_dtstart_is_a_date_the_rule_produces(db, scenario):
    master, _ = series_events(parse(export(db)), series_uid(db, scenario.series_id))
    start = master["DTSTART"].dt
    assert rr.first_occurrence(master["RRULE"].to_ical().decode(), start) == start.astimezone(timezone.utc)


def test_attendance_alone_makes_no_override(db, scenario):
    with db.transaction() as s:
        set_attendance(s, scenario.series_ids[0], scenario.people["王建国"], "present")
    _, overrides = series_events(parse(export(db)), series_uid(db, scenario.series_id))
    assert len(overrides) == 1


def test_whole_series_title_change_keeps_the_skip_and_the_edited_occurrence(db, scenario):
    with db.transaction() as s:
        first = s.get(Meeting, scenario.series_ids[0])
        ms.edit_occurrence(s, first.id, meeting_data(first.start, title="双月沟通协调会",
                                                     location=first.location),
                           ms.EditScope.ALL.value, today=TODAY)
    data = export(db)
    master, overrides = series_events(parse(data), series_uid(db, scenario.series_id))
    assert str(master["SUMMARY"]) == "双月沟通协调会"
    assert [str(o["SUMMARY"]) for o in overrides] == ["双月沟通会（改期）"]
    assert confirmed(expand_python(data, *YEAR)) == confirmed(database_occurrences(db, *YEAR))


def test_occurrences_moved_by_the_holiday_policy_get_overrides(db):
    with db.transaction() as s:
        created = ms.create_series(s, ms.SeriesData(
            meeting_data(local(2026, 1, 1, 9, 0), body="warning", title="月度研判会"),
            "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12", rr.HolidayPolicy.NEXT_WORKDAY.value), today=TODAY)
        moved = s.scalars(select(Meeting).where(Meeting.series_id == created.series_id,
                                                Meeting.start != Meeting.recurrence_id)).all()
        moved_days = sorted(to_local(r.start).date() for r in moved)
    assert moved_days  # 1 January, 1 May and 1 October are holidays
    data = export(db)
    _, overrides = series_events(parse(data), series_uid(db, created.series_id))
    assert sorted(o["DTSTART"].dt.date() for o in overrides) == moved_days
    assert expand_python(data, *YEAR) == database_occurrences(db, *YEAR)


def test_all_day_series_writes_until_as_a_date(db):
    with db.transaction() as s:
        data = ms.SeriesData(meeting_data(local(2026, 1, 5, 0, 0), 24, body="warning", title="排查周",
                                          all_day=True),
                             "FREQ=WEEKLY;BYDAY=MO;UNTIL=20260302")
        created = ms.create_series(s, data, today=TODAY)
    master, _ = series_events(parse(export(db)), series_uid(db, created.series_id))
    assert master["DTSTART"].dt == date(2026, 1, 5)
    assert master["RRULE"]["UNTIL"] == [date(2026, 3, 2)]
    got = [r[0] for r in expand_python(export(db), *YEAR)]
    assert got == [(date(2026, 1, 5) + timedelta(weeks=n)).isoformat() for n in range(9)]


def test_open_ended_series_matches_the_stored_occurrences(db):
    with db.transaction() as s:
        ms.create_series(s, ms.SeriesData(meeting_data(local(2026, 1, 15)), "FREQ=MONTHLY;INTERVAL=2"),
                         today=TODAY)
    window = (date(2026, 1, 1), date(2027, 12, 31))
    assert expand_python(export(db), *window) == database_occurrences(db, *window)


# ---------------------------------------------------------------- a second, independent parser

def _js_rows(result: dict) -> list[tuple[str, str, str]]:
    return sorted((o["start"], o["summary"], o["status"] or "CONFIRMED") for o in result["occurrences"])


def test_ical_js_expands_the_export_as_the_database(db, scenario, tmp_path):
    need(js_available(), "Node.js and tests/js/node_modules (run: npm ci --prefix tests/js)")
    path = tmp_path / "all.ics"
    path.write_bytes(export(db))
    result = expand_js(path, *YEAR)
    assert result["calendar"]["name"] == result["calendar"]["wrName"] == "三方联席秘书台（全部机制）"
    assert result["calendar"]["method"] is None
    assert result["calendar"]["timezones"] == ["Asia/Shanghai"]
    assert confirmed(_js_rows(result)) == confirmed(database_occurrences(db, *YEAR))
    assert _js_rows(result) == expand_python(path.read_bytes(), *YEAR)


def test_ical_js_agrees_on_holiday_moves_and_a_person_export(db, scenario, tmp_path):
    need(js_available(), "Node.js and tests/js/node_modules (run: npm ci --prefix tests/js)")
    with db.transaction() as s:
        ms.create_series(s, ms.SeriesData(
            meeting_data(local(2026, 1, 1, 9, 0), body="warning", title="月度研判会"),
            "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=12", rr.HolidayPolicy.NEXT_WORKDAY.value), today=TODAY)
    for name, selection in (("all", None), ("liu", ExportSelection(person_id=scenario.people["刘芳"]))):
        path = tmp_path / f"{name}.ics"
        path.write_bytes(export(db, selection))
        assert _js_rows(expand_js(path, *YEAR)) == expand_python(path.read_bytes(), *YEAR)


def test_ical_js_keeps_overrides_with_their_own_series(db, tmp_path):
    """Two series at the same times: an override belongs to its UID only (the script relates
    exceptions itself; ical.js left alone relates every RECURRENCE-ID event to every master)."""
    need(js_available(), "Node.js and tests/js/node_modules (run: npm ci --prefix tests/js)")
    with db.transaction() as s:
        ids = [ms.create_series(s, ms.SeriesData(meeting_data(local(2026, 1, 15), body=body, title=title),
                                                 "FREQ=MONTHLY;COUNT=4"), today=TODAY).meeting_ids
               for body, title in (("bimonthly", "甲系列"), ("warning", "乙系列"))]
        ms.edit_occurrence(s, ids[0][1], meeting_data(local(2026, 2, 15, 14, 0), title="甲系列（改）"),
                           ms.EditScope.THIS.value, today=TODAY)
    path = tmp_path / "two.ics"
    path.write_bytes(export(db))
    rows = _js_rows(expand_js(path, *YEAR))
    assert rows == expand_python(path.read_bytes(), *YEAR) == database_occurrences(db, *YEAR)
    assert [r[1] for r in rows if r[0].startswith("2026-02")] == ["乙系列", "甲系列（改）"]
