"""A date-ranged export (occurrences as events of their own) imports back: into the same
database as the occurrences it came from, and into an empty one as meetings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from desktop.models import Meeting, MeetingSeries, MeetingStatus
from desktop.services.calendar.export import ExportSelection
from desktop.services.calendar.ics_import import apply_ics_import, plan_ics_import
from tests.exports.ics_support import (
    TODAY,
    build_scenario,
    database_occurrences,
    expand_python,
    export,
)
from tests.services.meeting_support import local

RANGE = ExportSelection(body="bimonthly", first=date(2026, 1, 1), last=date(2026, 12, 31))
WINDOW = (date(2026, 1, 1), date(2026, 12, 31))


def plan(db, data: bytes):
    with db.reading() as s:
        return plan_ics_import(s, data, "bimonthly", source="ranged.ics")


def apply(db, data: bytes):
    with db.transaction() as s:
        return apply_ics_import(s, plan_ics_import(s, data, "bimonthly"), today=TODAY)


def test_a_ranged_export_writes_occurrences_that_import_back_unchanged(db):
    build_scenario(db)
    data = export(db, RANGE)
    assert b"RRULE" not in data and b"RECURRENCE-ID" not in data
    result = plan(db, data)
    assert not result.rejected
    assert result.counts == {"unchanged": 6}


def test_an_edited_ranged_export_updates_its_occurrence_alone(db):
    scenario = build_scenario(db)
    with db.reading() as s:
        uid = s.get(Meeting, scenario.series_ids[4]).uid
    data = export(db, RANGE)
    lines = data.split(b"\r\n")
    at = lines.index(f"UID:{uid}".encode())
    begin = max(i for i in range(at) if lines[i] == b"BEGIN:VEVENT")
    summary = next(i for i in range(begin, len(lines)) if lines[i].startswith(b"SUMMARY:"))
    lines[summary] = "SUMMARY:双月沟通会（换会场）".encode()
    edited = b"\r\n".join(lines)
    actions = {i.uid: i.action for i in plan(db, edited).items}
    assert actions[uid] == "update" and list(actions.values()).count("update") == 1
    apply(db, edited)
    with db.reading() as s:
        row = s.get(Meeting, scenario.series_ids[4])
        assert row.title == "双月沟通会（换会场）" and row.series_id == scenario.series_id
        assert s.scalar(select(func.count()).select_from(MeetingSeries)) == 1
    again = plan(db, edited)  # the stored copy's SEQUENCE went up with the edit
    assert not again.to_write and not again.rejected


def _bimonthly(rows):
    return [row for row in rows if row[1].startswith("双月沟通会")]


def test_a_ranged_export_imports_into_an_empty_database_as_meetings(db, tmp_path):
    from desktop.db import open_database
    from desktop.services.bodies.seed import seed

    build_scenario(db)
    data = export(db, RANGE)
    other = open_database(str(tmp_path / "other.db"), create=True)
    try:
        with other.transaction() as s:
            seed(s)
        result = apply(other, data)
        assert result.created == 6
        with other.reading() as s:
            assert s.scalar(select(func.count()).select_from(MeetingSeries)) == 0
            cancelled = s.scalars(select(Meeting.start).where(
                Meeting.status == MeetingStatus.CANCELLED.value)).all()
            assert [c.date() for c in cancelled] == [local(2026, 3, 15).date()]
        assert expand_python(export(other, RANGE), *WINDOW) == expand_python(data, *WINDOW)
        assert database_occurrences(other, *WINDOW) == _bimonthly(database_occurrences(db, *WINDOW))
        assert plan(other, data).counts == {"unchanged": 6}
    finally:
        other.dispose()


def test_the_command_line_round_trip_of_a_ranged_export(db, tmp_path, capsys):
    from desktop.cli import main
    from desktop.db import open_database

    build_scenario(db)
    url = db.target.url.render_as_string(hide_password=False)
    out = tmp_path / "双月.ics"
    assert main(["--database", url, "export", "ics", "--body", "bimonthly", "--from", "2026-01-01",
                 "--to", "2026-12-31", "-o", str(out)]) == 0
    assert main(["--database", url, "import", "ics", "--body", "bimonthly", str(out)]) == 0
    text = capsys.readouterr().out
    assert "预览：无变化 6 项" in text and "无法导入" not in text
    empty = str(tmp_path / "empty.db")
    assert main(["--database", empty, "init"]) == 0
    assert main(["--database", empty, "import", "ics", "--body", "bimonthly", str(out)]) == 0
    assert "已导入：新建 6 项" in capsys.readouterr().out
    other = open_database(empty)
    try:
        with other.reading() as s:
            assert s.scalar(select(func.count()).select_from(Meeting)) == 6
    finally:
        other.dispose()
