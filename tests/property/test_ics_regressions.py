"""The bugs the .ics properties found, one named test each, and the documented limits."""

from __future__ import annotations

import pytest

from desktop.errors import UserError
from desktop.services.calendar import ics_parse
from desktop.services.calendar.ics_import import read_ics_file
from desktop.services.calendar.ics_parse import IcsFormatError, read_events
from tests.property.support import assert_clear, counts, within
from tests.property.test_ics_properties import SAMPLE, import_file, invited  # noqa: F401


def calendar(*lines: str, method: str = "") -> bytes:
    head = ["BEGIN:VCALENDAR", "VERSION:2.0"] + ([f"METHOD:{method}"] if method else [])
    return "\r\n".join([*head, *lines, "END:VCALENDAR", ""]).encode()


def event(uid: str = "e@x", *extra: str) -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTART:20260301T020000Z", "SUMMARY:协商会", *extra, "END:VEVENT"]


def refusal(data: bytes) -> UserError:
    with pytest.raises(UserError) as caught:
        read_events(data)
    assert_clear(caught.value)
    return caught.value


def test_a_nul_in_a_bad_line_is_shown_escaped_not_echoed():
    exc = refusal(b"\x00\x1b[2J")
    assert "\\x00\\x1b[2J" in str(exc) and "\x1b" not in str(exc)


def test_a_line_separator_inside_a_value_does_not_split_the_line():
    parsed = read_events(calendar(*event("u@x", "DESCRIPTION:第一段\u2028第二段\x85第三段")))
    assert parsed.events[0].description.startswith("第一段\u2028第二段")


def test_a_lone_carriage_return_ends_a_line_as_it_does_for_icalendar():
    parsed = read_events(calendar(*event()).replace(b"\r\n", b"\r"))
    assert [e.title for e in parsed.events] == ["协商会"]


@pytest.mark.parametrize("prop", ["DTSTART:20260302T020000Z", "UID:other@x", "RECURRENCE-ID:20260301T020000Z"])
def test_a_property_given_twice_is_refused_with_its_line(prop):
    lines = event("e@x", prop)
    if prop.startswith("RECURRENCE-ID"):
        lines = event("e@x", prop, prop)
    exc = refusal(calendar(*lines))
    assert "出现了不止一次" in str(exc) and "第 3 行" in str(exc)


def test_a_timezone_with_two_tzids_is_refused_not_an_internal_error():
    exc = refusal(calendar("BEGIN:VTIMEZONE", "TZID:A", "TZID:China Standard Time", "BEGIN:STANDARD",
                           "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
                           "END:STANDARD", "END:VTIMEZONE", *event()))
    assert isinstance(exc, IcsFormatError) and "无法读取日历文件" in str(exc)


def test_an_unknown_tzid_with_a_bidi_override_is_warned_about_escaped():
    parsed = read_events(calendar("BEGIN:VEVENT", "UID:z@x", "DTSTART;TZID=\u202eTZ:20260301T090000",
                                  "END:VEVENT"))
    assert parsed.warnings == ("不认识的时区“\\u202eTZ”，已按北京时间处理。",)


@pytest.mark.parametrize("line", ["EXDATE;TZID=Asia/Kolkata:00010101T000000",
                                  "RECURRENCE-ID;TZID=Asia/Kolkata:00010101T000000",
                                  "EXDATE:99991231T233000Z"])
def test_an_exdate_or_recurrence_id_out_of_range_is_refused_with_the_range(line):
    exc = refusal(calendar(*event("r@x", "RRULE:FREQ=WEEKLY;COUNT=3", line)))
    assert "1990-01-01 至 2100-12-31" in str(exc) and "第 3 行" in str(exc)


def test_a_uid_with_a_nul_matches_the_stored_series_instead_of_colliding(db):
    assert import_file(db, SAMPLE)[1] is None
    before = counts(db)
    damaged = SAMPLE.replace(b"UID:outlook-weekly-1@example.cn\r\nSEQUENCE:1",
                             b"UID:\x00outlook-weekly-1@example.cn\r\nSEQUENCE:1")
    result, refusal_ = import_file(db, damaged)
    assert refusal_ is None and result.created == 0
    assert counts(db)["meeting_series"] == before["meeting_series"]


def test_a_reply_with_a_control_character_in_method_is_refused_escaped(invited):  # noqa: F811
    with pytest.raises(UserError) as caught, invited.transaction() as session:
        from desktop.services.calendar.ics_replies import apply_reply_file
        apply_reply_file(session, SAMPLE.replace(b"METHOD:PUBLISH", b"METHOD:\x00REPLY"))
    assert_clear(caught.value)
    assert "\\x00REPLY" in str(caught.value)


# ---------------------------------------------------------------- limits (README: "Limits")

def test_a_file_over_the_size_limit_is_refused_before_it_is_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(ics_parse, "MAX_FILE_BYTES", 2**20)
    monkeypatch.setattr("desktop.services.calendar.ics_import.MAX_FILE_BYTES", 2**20)
    path = tmp_path / "big.ics"
    path.write_bytes(calendar(*event("b@x", "DESCRIPTION:" + "x" * 2**21)))
    for work in (lambda: read_ics_file(path), lambda: read_events(path.read_bytes())):
        with pytest.raises(UserError) as caught:
            work()
        assert_clear(caught.value)
        assert "日历文件过大（2.0 MB）：一次最多导入 1 MB" in str(caught.value)


def test_more_events_than_the_limit_are_refused_with_the_first_line_past_it(monkeypatch):
    monkeypatch.setattr(ics_parse, "MAX_EVENTS", 3)
    lines = [line for n in range(4) for line in event(f"n{n}@x")]
    exc = refusal(calendar(*lines))
    assert "最多导入 3 个日程" in str(exc) and "第 18 行" in str(exc)


def test_a_line_of_megabytes_imports_within_seconds_and_the_title_is_cut(db):
    data = calendar(*event("big@x", "LOCATION:" + "楼" * 2_000_000, "DESCRIPTION:" + "劳" * 2_000_000))
    with within(20, "a 12 MB .ics file"):
        result, refused = import_file(db, data)
    assert refused is None and result.meetings == 1


def test_thousands_of_events_import_within_the_time_the_readme_gives(db):
    lines = [line for n in range(1000) for line in event(f"many-{n}@x")]
    before = counts(db)["meetings"]
    with within(15, "1,000 events"):
        result, refused = import_file(db, calendar(*lines))
    assert refused is None and counts(db)["meetings"] - before == result.meetings == 1000


@pytest.mark.parametrize("rule, words", [
    ("FREQ=SECONDLY;COUNT=1000000000", "最短为每天"),
    ("FREQ=DAILY;COUNT=1000000000", "重复次数应为 1 到 1000"),
    ("FREQ=MINUTELY", "最短为每天"),
])
def test_an_expanding_rule_is_refused_quickly_with_nothing_written(db, rule, words):
    before = counts(db)
    with within(5, rule):
        result, refused = import_file(db, calendar(*event("x@x", f"RRULE:{rule}")))
    assert refused is not None and counts(db) == before


def test_a_rule_to_the_year_9999_is_capped_with_a_warning(db):
    with db.transaction() as session:
        from desktop.services.calendar.ics_import import plan_ics_import
        plan = plan_ics_import(session, calendar(*event("y@x", "RRULE:FREQ=DAILY;UNTIL=99991231")),
                               "dispute", max_occurrences=50)
    assert any("只导入前 50 次" in w for w in plan.warnings)
