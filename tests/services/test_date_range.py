"""Every stored date lies in 1990-01-01..2100-12-31: a year 9999 from a file, or 0001 typed on
the command line, is refused with a clear message instead of breaking every calendar read."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.services.calendar.ics_parse import IcsFormatError, read_events
from tests.services.ics_samples import minimal


def test_an_event_in_the_year_9999_is_refused_with_its_line():
    data = minimal("UID:far@x", "DTSTART:99991231T233000Z", "SUMMARY:远", "DTEND:99991231T235900Z")
    with pytest.raises(IcsFormatError) as refused:
        read_events(data)
    assert refused.value.line == 4
    assert "超出支持的范围" in str(refused.value)


def test_an_event_before_1990_is_refused():
    with pytest.raises(IcsFormatError):
        read_events(minimal("UID:old@x", "DTSTART:19850101T010000Z", "SUMMARY:旧"))


def test_an_end_before_the_start_is_imported_as_one_hour_with_a_warning():
    parsed = read_events(minimal("UID:neg@x", "DTSTART:20270301T010000Z", "DURATION:-PT2H",
                                 "SUMMARY:负时长"))
    [event] = parsed.events
    assert (event.end - event.start).total_seconds() == 3600
    assert any("结束不晚于开始" in w for w in parsed.warnings)


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


@pytest.mark.parametrize("args", [
    ("list", "meetings", "--from", "0001-01-01", "--to", "9999-12-31"),
    ("export", "ics", "--from", "0001-01-01", "-o", "x.ics"),
])
def test_the_command_line_refuses_dates_out_of_range_as_a_usage_error(url, capsys, args):
    with pytest.raises(SystemExit) as stopped:
        main(["--database", url, *args])
    assert stopped.value.code == 2
    assert "超出支持的范围" in capsys.readouterr().err


def test_adding_a_meeting_in_the_year_1_is_refused_without_an_internal_error(url, capsys):
    code = main(["--database", url, "add", "meeting", "--body", "tripartite", "--title", "远古",
                 "--start", "0001-01-01 00:00", "--end", "0001-01-01 01:00"])
    err = capsys.readouterr().err
    assert code == 1 and "内部错误" not in err and "超出支持的范围" in err
