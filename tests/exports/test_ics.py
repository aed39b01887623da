"""The .ics writer: RFC 5545 lines, names, UIDs, SEQUENCE, STATUS, attendees, alarms, scopes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.errors import NotFoundError, ValidationError
from desktop.exports.ics import IcsOptions, fold, text
from desktop.models import Meeting, MeetingSeries
from desktop.services.calendar.export import ExportSelection
from desktop.services.calendar.types import person_urn
from desktop.services.meetings import core as m
from tests.exports.ics_support import LONG_NOTES, build_scenario, export, parse
from tests.services.meeting_support import local


@pytest.fixture
def scenario(db):
    return build_scenario(db)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def events(cal, **where):
    return [e for e in cal.walk("VEVENT") if all(str(e.get(k)) == v for k, v in where.items())]


def one(cal, summary: str):
    found = events(cal, SUMMARY=summary)
    assert len(found) == 1, [str(e.get("SUMMARY")) for e in cal.walk("VEVENT")]
    return found[0]


# ---------------------------------------------------------------- lines

def test_every_line_ends_with_crlf(db, scenario):
    data = export(db)
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")


def test_no_line_is_longer_than_75_octets_nor_splits_a_character(db, scenario):
    lines = physical_lines(export(db))
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # a split character would not decode on its own
    assert any(line.startswith(b" ") for line in lines)  # something was folded


def test_folding_splits_between_characters_and_unfolds_to_the_original():
    line = ("DESCRIPTION:" + "劳动关系三方协调机制" * 12).encode()
    folded = fold(line)
    parts = folded[:-2].split(b"\r\n")
    assert all(len(p) <= 75 for p in parts) and all(p.startswith(b" ") for p in parts[1:])
    assert all(p.decode("utf-8") for p in parts)
    assert b"".join([parts[0], *(p[1:] for p in parts[1:])]) == line


def test_chinese_text_survives_folding_and_escaping(db, scenario):
    event = one(parse(export(db)), "三方协调委员会2026年第一次全体会议")
    assert str(event["LOCATION"]) == "管委会办公楼B座, 第二会议室; 三层"
    assert str(event["DESCRIPTION"]).startswith(LONG_NOTES)


def test_text_escapes_backslash_semicolon_comma_and_newlines():
    assert text('a\\b;c,d\ne\r\nf') == "a\\\\b\\;c\\,d\\ne\\nf"
    assert text("x\x07y") == "xy"


# ---------------------------------------------------------------- calendar

def test_calendar_has_names_a_matching_vtimezone_and_no_method(db, scenario):
    cal = parse(export(db, ExportSelection(body="bimonthly")))
    assert str(cal["NAME"]) == str(cal["X-WR-CALNAME"]) == "双月沟通机制"
    assert "METHOD" not in cal
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Asia/Shanghai"
    (std,) = tz.walk("STANDARD")
    assert std["TZOFFSETFROM"].td == std["TZOFFSETTO"].td == timedelta(hours=8)
    assert not tz.walk("DAYLIGHT")
    tzids = {e["DTSTART"].params.get("TZID") for e in cal.walk("VEVENT")}
    assert tzids == {"Asia/Shanghai"}


def test_uids_stay_the_same_across_exports(db, scenario):
    first = [str(e["UID"]) for e in parse(export(db)).walk("VEVENT")]
    with db.transaction() as s:
        m.update_meeting(s, scenario.single_id, m.MeetingData(
            "tripartite", "三方协调委员会2026年第一次全体会议（调整）", local(2026, 2, 10, 10), local(2026, 2, 10, 12)))
    second = [str(e["UID"]) for e in parse(export(db)).walk("VEVENT")]
    assert first == second
    with db.reading() as s:
        assert s.get(Meeting, scenario.single_id).uid in first
        assert s.get(MeetingSeries, scenario.series_id).uid in first


def test_sequence_is_the_meetings_and_rises_after_a_change(db, scenario):
    before = one(parse(export(db)), "劳动争议联席会商")
    with db.reading() as s:
        assert int(before["SEQUENCE"]) == s.get(Meeting, scenario.cancelled_id).sequence
    with db.transaction() as s:
        m.reinstate_meeting(s, scenario.cancelled_id)
    after = one(parse(export(db)), "劳动争议联席会商")
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert str(after["STATUS"]) == "CONFIRMED"


def test_cancelled_meeting_is_kept_with_status_cancelled(db, scenario):
    event = one(parse(export(db)), "劳动争议联席会商")
    assert str(event["STATUS"]) == "CANCELLED"
    assert not event.walk("VALARM")


def test_postponed_meeting_is_confirmed_at_its_new_time_and_says_so(db, scenario):
    event = one(parse(export(db)), "七方联动应急演练")
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["DTSTART"].dt == local(2026, 5, 27, 9, 0)
    assert "已延期" in str(event["DESCRIPTION"])


def test_all_day_meeting_is_written_as_dates(db, scenario):
    event = one(parse(export(db)), "春节前欠薪专项排查")
    assert event["DTSTART"].dt == date(2026, 1, 20) and event["DTEND"].dt == date(2026, 1, 22)
    assert event["DTSTART"].params["VALUE"] == "DATE"


def test_export_is_byte_for_byte_the_same_when_nothing_changed(db, scenario):
    assert export(db) == export(db)


# ---------------------------------------------------------------- people, agenda, alarm

def test_attendees_carry_cn_role_and_partstat(db, scenario):
    event = one(parse(export(db)), "三方协调委员会2026年第一次全体会议")
    got = {str(a.params["CN"]): (str(a.params["ROLE"]), str(a.params["PARTSTAT"]), str(a))
           for a in event["ATTENDEE"]}
    assert got == {
        "王建国": ("CHAIR", "ACCEPTED", "mailto:wangjg@example.cn"),                  # present
        "张志强": ("REQ-PARTICIPANT", "DECLINED", person_urn(scenario.people["张志强"])),  # on leave
        "陈立新": ("REQ-PARTICIPANT", "ACCEPTED", person_urn(scenario.people["陈立新"])),  # replied
    }


def test_series_attendees_have_every_role(db, scenario):
    master = [e for e in events(parse(export(db)), SUMMARY="双月沟通会") if "RRULE" in e][0]
    roles = {str(a.params["CN"]): str(a.params["ROLE"]) for a in master["ATTENDEE"]}
    assert roles == {"王建国": "CHAIR", "李秀梅": "REQ-PARTICIPANT", "张志强": "OPT-PARTICIPANT",
                     "刘芳": "NON-PARTICIPANT"}


def test_organizer_is_the_secretariat(db, scenario):
    event = one(parse(export(db)), "劳动争议联席会商")
    assert str(event["ORGANIZER"]) == "mailto:mishu@example.cn"
    assert event["ORGANIZER"].params["CN"] == "经开区总工会三方联席秘书台"


def test_agenda_goes_into_the_description(db, scenario):
    description = str(one(parse(export(db)), "三方协调委员会2026年第一次全体会议")["DESCRIPTION"])
    assert "议程：\n1. 通报2025年劳动关系形势（汇报：张志强，30分钟）\n2. 审议《集体协商指导意见》" in description


def test_alarm_follows_the_reminder_setting(db, scenario):
    event = one(parse(export(db)), "七方联动应急演练")
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and alarm["TRIGGER"].to_ical() == b"-PT15M"
    quiet = parse(export(db, options=IcsOptions("秘书台", "a@example.cn", 0)))
    assert not one(quiet, "七方联动应急演练").walk("VALARM")


# ---------------------------------------------------------------- scopes

def test_one_body_holds_only_its_meetings(db, scenario):
    cal = parse(export(db, ExportSelection(body="tripartite")))
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["三方协调委员会2026年第一次全体会议"]


def test_one_persons_meetings_are_separate_events_with_their_own_uids(db, scenario):
    cal = parse(export(db, ExportSelection(person_id=scenario.people["陈立新"])))
    assert [str(e["SUMMARY"]) for e in cal.walk("VEVENT")] == ["三方协调委员会2026年第一次全体会议"]
    assert "陈立新" in str(cal["X-WR-CALNAME"])
    liu = parse(export(db, ExportSelection(person_id=scenario.people["刘芳"])))
    with db.reading() as s:
        uids = set(s.scalars(select(Meeting.uid).where(Meeting.series_id == scenario.series_id)))
    assert {str(e["UID"]) for e in liu.walk("VEVENT")} == uids
    assert not any("RRULE" in e or "RECURRENCE-ID" in e for e in liu.walk("VEVENT"))


def test_one_meeting_and_a_date_range(db, scenario):
    cal = parse(export(db, ExportSelection(meeting_id=scenario.edited_id)))
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == str(cal["NAME"]) == "双月沟通会（改期）"
    spring = parse(export(db, ExportSelection(first=date(2026, 3, 1), last=date(2026, 5, 31))))
    titles = sorted(str(e["SUMMARY"]) for e in spring.walk("VEVENT"))
    assert titles == ["七方联动应急演练", "劳动争议联席会商", "双月沟通会", "双月沟通会"]
    skipped = [e for e in spring.walk("VEVENT") if e["DTSTART"].dt == local(2026, 3, 15)]
    assert [str(e["STATUS"]) for e in skipped] == ["CANCELLED"]


def test_bad_scopes_are_refused(db, scenario):
    with pytest.raises(NotFoundError):
        export(db, ExportSelection(body="nobody"))
    with pytest.raises(NotFoundError):
        export(db, ExportSelection(person_id=99999))
    with pytest.raises(NotFoundError):
        export(db, ExportSelection(meeting_id=99999))
    with pytest.raises(ValidationError):
        export(db, ExportSelection(first=date(2026, 5, 1), last=date(2026, 4, 1)))
