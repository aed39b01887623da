"""``tripartite add meeting`` and ``list meetings``: ids, every occurrence, warnings, exit codes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.models import Meeting, Room


@pytest.fixture
def url(db) -> str:
    return db.target.url.render_as_string(hide_password=False)


def add(url, *args):
    return main(["--database", url, "add", "meeting", *args])


def listed(url, capsys, *args):
    capsys.readouterr()
    assert main(["--database", url, "list", "meetings", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_add_single_meeting_prints_its_id_and_lists_it_unchanged(url, capsys):
    assert add(url, "--body", "tripartite", "--title", "三方全体会议", "--start", "2026-03-10 09:30",
               "--end", "2026-03-10 11:30", "--location", "管委会三楼会议室") == 0
    meeting_id = int(capsys.readouterr().out.strip())
    [row] = listed(url, capsys)
    assert row["id"] == meeting_id and row["series_id"] is None
    assert (row["start"], row["end"]) == ("2026-03-10T09:30:00+08:00", "2026-03-10T11:30:00+08:00")
    assert (row["body"], row["title"], row["status"], row["location"]) == (
        "tripartite", "三方全体会议", "planned", "管委会三楼会议室")


def test_add_series_lists_every_occurrence_with_its_own_id(url, capsys):
    assert add(url, "--body", "bimonthly", "--title", "双月沟通会", "--start", "2026-01-15 09:30",
               "--end", "2026-01-15 11:30", "--rrule", "FREQ=MONTHLY;INTERVAL=2", "--count", "12") == 0
    first_id = int(capsys.readouterr().out.strip())
    rows = listed(url, capsys, "--from", "2026-01-01", "--to", "2026-12-31")
    assert [r["start"][:10] for r in rows] == [f"2026-{mo:02d}-15" for mo in (1, 3, 5, 7, 9, 11)]
    assert len({r["id"] for r in rows}) == 6 and rows[0]["id"] == first_id
    assert len({r["series_id"] for r in rows}) == 1 and rows[0]["series_id"] is not None
    assert len(listed(url, capsys)) == 12


def test_until_ends_the_series_on_that_day(url, capsys):
    assert add(url, "--body", "tripartite", "--title", "季度全体会议", "--start", "2026-01-20 14:00",
               "--end", "2026-01-20 16:00", "--rrule", "FREQ=MONTHLY;INTERVAL=3",
               "--until", "2026-10-20") == 0
    assert [r["start"][:10] for r in listed(url, capsys)] == [
        "2026-01-20", "2026-04-20", "2026-07-20", "2026-10-20"]


def test_holiday_warning_on_stderr(url, capsys):
    assert add(url, "--body", "linkage", "--title", "节日值守演练", "--start", "2026-10-01 09:00",
               "--end", "2026-10-01 10:00") == 0
    err = capsys.readouterr().err
    assert "警告：2026-10-01 是法定节假日（国庆节）" in err.splitlines()


def test_unknown_holiday_year_is_noted_not_fatal(url, capsys):
    assert add(url, "--body", "linkage", "--title", "演练", "--start", "2027-01-04 09:00",
               "--end", "2027-01-04 10:00") == 0
    assert "2027年的法定节假日安排尚未导入" in capsys.readouterr().err


def test_room_conflict_warning_on_stderr(db, url, capsys):
    with db.transaction() as session:
        session.add(Room(name="第一会议室"))
    for title in ("甲会", "乙会"):
        assert add(url, "--body", "dispute", "--title", title, "--start", "2026-03-10 09:30",
                   "--end", "2026-03-10 11:30", "--room", "第一会议室") == 0
    assert "警告：时间冲突：会议室“第一会议室” 已有会议“甲会”" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "words"), [
    (["--start", "2026-03-10 09:30", "--end", "2026-03-10 08:30"], "结束时间应晚于开始时间"),
    (["--start", "2026/03/10", "--end", "2026-03-10 08:30"], "格式不正确"),
    (["--start", "2026-03-10 09:30", "--end", "2026-03-10 10:30", "--rrule", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"],
     "不会产生任何日期"),
    (["--start", "2026-03-10 09:30", "--end", "2026-03-10 10:30", "--rrule", "FREQ=WEEKLY;COUNT=3", "--count", "2"],
     "已含 COUNT"),
])
def test_bad_input_exits_1_with_one_chinese_line(db, url, capsys, args, words):
    assert add(url, "--body", "tripartite", "--title", "会", *args) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and words in err and err.startswith("tripartite: 错误：")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_unknown_body_exits_1(url, capsys):
    assert add(url, "--body", "nosuch", "--title", "会", "--start", "2026-03-10 09:30",
               "--end", "2026-03-10 10:30") == 1
    assert "nosuch" in capsys.readouterr().err


def test_count_with_until_is_a_usage_error(url, capsys):
    with pytest.raises(SystemExit) as caught:
        add(url, "--body", "tripartite", "--title", "会", "--start", "2026-03-10 09:30",
            "--end", "2026-03-10 10:30", "--rrule", "FREQ=WEEKLY", "--count", "3", "--until", "2026-12-31")
    assert caught.value.code == 2 and "用法错误" in capsys.readouterr().err


def test_count_without_rrule_is_a_usage_error(url, capsys):
    assert add(url, "--body", "tripartite", "--title", "会", "--start", "2026-03-10 09:30",
               "--end", "2026-03-10 10:30", "--count", "3") == 2


def test_listing_never_extends_an_open_series(db, url, capsys):
    assert add(url, "--body", "bimonthly", "--title", "双月沟通会", "--start", "2026-01-15 09:30",
               "--end", "2026-01-15 11:30", "--rrule", "FREQ=MONTHLY;INTERVAL=2") == 0
    with db.reading() as session:
        stored = session.scalar(select(func.count()).select_from(Meeting))
    assert len(listed(url, capsys)) == stored
    assert len(listed(url, capsys, "--from", "2035-01-01", "--to", "2035-12-31")) == 0
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == stored


def test_add_series_past_the_cap_is_refused_and_stores_nothing(url, capsys, db):
    assert add(url, "--body", "tripartite", "--title", "周例会", "--start", "2026-03-10 09:30",
               "--end", "2026-03-10 10:30", "--rrule", "FREQ=WEEKLY", "--count", "600") == 1
    assert "500" in capsys.readouterr().err
    assert listed(url, capsys) == []


def test_add_series_follows_the_saved_cap_setting(url, capsys):
    from desktop.services.calendar.settings import CalendarSettings, save_calendar_settings

    save_calendar_settings(CalendarSettings(max_occurrences=20))
    assert add(url, "--body", "tripartite", "--title", "周例会", "--start", "2026-03-10 09:30",
               "--end", "2026-03-10 10:30", "--rrule", "FREQ=WEEKLY", "--count", "21") == 1
    assert "20" in capsys.readouterr().err
    assert add(url, "--body", "tripartite", "--title", "周例会", "--start", "2026-03-10 09:30",
               "--end", "2026-03-10 10:30", "--rrule", "FREQ=WEEKLY", "--count", "20") == 0
    assert len(listed(url, capsys)) == 20
