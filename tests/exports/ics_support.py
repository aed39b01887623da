"""Shared calendar test data: a database with a bimonthly series (one skipped, one edited
occurrence), single, cancelled, postponed and all-day meetings; and readers for .ics bytes."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import recurring_ical_events
from icalendar import Calendar
from sqlalchemy import select

from desktop.config import LOCAL_TZ
from desktop.exports.ics import IcsOptions, export_calendar
from desktop.models import Attendance, Meeting, MeetingStatus, Person
from desktop.services.calendar.export import ExportSelection, collect_events
from desktop.services.meetings import core as m
from desktop.services.meetings import series as ms
from desktop.services.meetings.agenda import AgendaItemData, add_agenda_item
from desktop.services.meetings.attendance import set_attendance
from tests.services.meeting_support import invite, local, meeting_data, person_id

OPTIONS = IcsOptions("经开区总工会三方联席秘书台", "mishu@example.cn", 15)
TODAY = date(2026, 1, 1)
BIMONTHLY = "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6"
LONG_NOTES = ("请各成员单位提前准备本单位劳动关系形势分析材料，重点说明欠薪、裁员、搬迁等风险；"
              "材料一式三份，会前交秘书处。Note: bring 3 copies; thanks, 秘书处\\备案")
JS_DIR = Path(__file__).resolve().parents[1] / "js"


@dataclass(frozen=True)
class Scenario:
    series_id: int
    series_ids: tuple[int, ...]     # its occurrences in date order
    skipped_id: int
    edited_id: int
    single_id: int
    cancelled_id: int
    postponed_id: int
    all_day_id: int
    people: dict[str, int]


def build_scenario(db) -> Scenario:
    with db.transaction() as s:
        for name, email in (("王建国", "wangjg@example.cn"), ("李秀梅", "lixm@example.cn")):
            s.get(Person, person_id(s, name)).email = email
        people = {n: person_id(s, n) for n in ("王建国", "李秀梅", "张志强", "刘芳", "陈立新")}
        attendees = (invite(s, "王建国", role="chair") + invite(s, "李秀梅") + invite(s, "张志强", role="observer")
                     + invite(s, "刘芳", role="recorder"))
        created = ms.create_series(s, ms.SeriesData(
            meeting_data(local(2026, 1, 15), location="总工会三楼第一会议室", attendees=attendees),
            BIMONTHLY), today=TODAY)
        ids = created.meeting_ids
        single = m.create_meeting(s, meeting_data(
            local(2026, 2, 10, 9, 0), 2.5, body="tripartite", title="三方协调委员会2026年第一次全体会议",
            location="管委会办公楼B座, 第二会议室; 三层", notes=LONG_NOTES,
            attendees=invite(s, "王建国", role="chair") + invite(s, "张志强") + invite(s, "陈立新")))
        cancelled = m.create_meeting(s, meeting_data(local(2026, 4, 8, 14, 0), body="dispute",
                                                     title="劳动争议联席会商"))
        postponed = m.create_meeting(s, meeting_data(local(2026, 5, 20, 9, 0), body="linkage",
                                                     title="七方联动应急演练"))
        all_day = m.create_meeting(s, m.MeetingData(
            body="warning", title="春节前欠薪专项排查", start=local(2026, 1, 20, 0, 0),
            end=local(2026, 1, 22, 0, 0), all_day=True))
    with db.transaction() as s:
        add_agenda_item(s, single, AgendaItemData("通报2025年劳动关系形势", presenter="张志强", planned_minutes=30))
        add_agenda_item(s, single, AgendaItemData("审议《集体协商指导意见》", presenter="王建国", planned_minutes=45))
        set_attendance(s, single, people["王建国"], "present")
        set_attendance(s, single, people["张志强"], "leave")
        s.scalar(select(Attendance).where(Attendance.meeting_id == single,
                                          Attendance.person_id == people["陈立新"])).reply = "accepted"
        ms.skip_occurrence(s, ids[1])
        row = s.get(Meeting, ids[3])
        ms.edit_occurrence(s, ids[3], meeting_data(local(2026, 7, 16, 14, 0), title="双月沟通会（改期）",
                                                   location=row.location, attendees=attendees),
                           ms.EditScope.THIS.value, today=TODAY)
        m.cancel_meeting(s, cancelled)
        m.postpone_meeting(s, postponed, local(2026, 5, 27, 9, 0))
    return Scenario(created.series_id, tuple(ids), ids[1], ids[3], single, cancelled, postponed,
                    all_day, people)


def export(db, selection: ExportSelection | None = None, options: IcsOptions = OPTIONS) -> bytes:
    with db.reading() as s:
        return export_calendar(collect_events(s, selection), options)


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def window(first: date, last: date) -> tuple[datetime, datetime]:
    return (datetime.combine(first, time(0), LOCAL_TZ),
            datetime.combine(last + timedelta(days=1), time(0), LOCAL_TZ))


def _utc_text(value) -> str:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def expand_python(data: bytes, first: date, last: date) -> list[tuple[str, str, str]]:
    """(start, summary, STATUS) of every occurrence recurring_ical_events finds, sorted."""
    lo, hi = window(first, last)
    found = recurring_ical_events.of(parse(data)).between(lo, hi)
    return sorted((_utc_text(e["DTSTART"].dt), str(e["SUMMARY"]), str(e.get("STATUS", "")))
                  for e in found)


def expand_js(path: Path, first: date, last: date) -> dict:
    lo, hi = window(first, last)
    result = subprocess.run(
        [shutil.which("node"), str(JS_DIR / "expand.mjs"), str(path),
         lo.astimezone(timezone.utc).isoformat().replace("+00:00", "Z"),
         hi.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")],
        capture_output=True, text=True, check=True, timeout=60)
    return json.loads(result.stdout)


def js_available() -> bool:
    return shutil.which("node") is not None and (JS_DIR / "node_modules" / "ical.js").is_dir()


def database_occurrences(db, first: date, last: date) -> list[tuple[str, str, str]]:
    """What the database says, in the same shape: (start, title, STATUS), cancelled included."""
    lo, hi = window(first, last)
    with db.reading() as s:
        rows = s.execute(select(Meeting.start, Meeting.title, Meeting.status, Meeting.all_day)
                         .where(Meeting.start >= lo, Meeting.start < hi)).all()
    out = []
    for start, title, status, all_day in rows:
        when = start.astimezone(LOCAL_TZ).date() if all_day else start
        out.append((_utc_text(when), title,
                    "CANCELLED" if status == MeetingStatus.CANCELLED.value else "CONFIRMED"))
    return sorted(out)
