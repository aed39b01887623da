"""Calendar export speed on a large database, against two floors measured in the same run.

Fills a fresh SQLite file with ``demo --scale large`` (some 6,000 meetings; about 15 s) unless
``--database`` names one already filled, then times:

    export     everything as one .ics: collect_events (queries) + the string writer
               (targets: at most 0.5 s)
    republish  after one meeting changes: the publish folder's body file and all.ics rewritten
               with the VEVENT cache (target: at most 100 ms)

and as floors, for the same events:

    icalendar  the same number of events built as icalendar objects and serialised (to_ical)
    template   a plain string template producing the same bytes as the writer (the content
               lines already computed, only filled in, folded and joined): what any writer
               must at least spend

    python bench/bench_ics.py [--database FILE] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import icalendar  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop.db import open_database  # noqa: E402
from desktop.exports import ics  # noqa: E402
from desktop.exports.publish import FeedCache, publish, republish  # noqa: E402
from desktop.models import Meeting  # noqa: E402
from desktop.services.calendar.export import collect_events  # noqa: E402
from desktop.services.calendar.settings import CalendarSettings  # noqa: E402
from desktop.services.demo import generate  # noqa: E402
from desktop.services.meetings import core as m  # noqa: E402

TODAY = date(2026, 11, 24)
OPTIONS = ics.IcsOptions("三方联席秘书台", "mishu@example.cn", 30)
SHANGHAI = ZoneInfo("Asia/Shanghai")


def fill(path: Path) -> float:
    started = time.perf_counter()
    database = open_database(str(path), create=True)
    try:
        with database.transaction("bench") as session:
            generate(session, "large", 1, TODAY, "bench")
    finally:
        database.dispose()
    return time.perf_counter() - started


def best_and_median(work, runs: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times), result


# ---------------------------------------------------------------- floors

def with_icalendar(events) -> bytes:
    """The same events built and serialised with the icalendar library."""
    cal = icalendar.Calendar()
    cal.add("prodid", ics.PRODID)
    cal.add("version", "2.0")
    cal.add("name", "三方联席秘书台（全部机制）")
    cal.add("x-wr-calname", "三方联席秘书台（全部机制）")
    cal.add_component(icalendar.Timezone.from_ical(ics.VTIMEZONE))
    for e in events:
        cal.add_component(_icalendar_event(e))
    return cal.to_ical()


def _icalendar_event(e) -> icalendar.Event:
    ev = icalendar.Event()
    ev.add("uid", e.uid)
    ev.add("dtstamp", e.modified)
    if e.recurrence_id is not None:
        ev.add("recurrence-id", e.recurrence_id.astimezone(SHANGHAI))
    ev.add("sequence", e.sequence)
    ev.add("status", "CANCELLED" if e.status == "cancelled" else "CONFIRMED")
    ev.add("dtstart", e.start.astimezone(SHANGHAI).date() if e.all_day else e.start.astimezone(SHANGHAI))
    ev.add("dtend", e.end.astimezone(SHANGHAI).date() if e.all_day else e.end.astimezone(SHANGHAI))
    if e.rrule:
        ev.add("rrule", icalendar.vRecur.from_ical(e.rrule))
        for moment in e.exdates:
            ev.add("exdate", moment.astimezone(SHANGHAI))
    ev.add("summary", e.title)
    if e.location:
        ev.add("location", e.location)
    if desc := ics.description(e):
        ev.add("description", desc)
    if e.category:
        ev.add("categories", [e.category])
    ev.add("created", e.created)
    ev.add("last-modified", e.modified)
    organizer = icalendar.vCalAddress(f"mailto:{OPTIONS.organizer_email}")
    organizer.params["cn"] = OPTIONS.organizer_name
    ev.add("organizer", organizer)
    for a in e.attendees:
        who = icalendar.vCalAddress(ics.address(a.email, a.person_id))
        who.params.update({"cn": a.name, "role": ics.ROLES.get(a.role, "REQ-PARTICIPANT"),
                           "partstat": a.partstat})
        ev.add("attendee", who)
    if e.status != "cancelled":
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", e.title)
        alarm.add("trigger", timedelta(minutes=-OPTIONS.reminder_minutes))
        ev.add_component(alarm)
    return ev


def template_lines(data) -> list[list[str]]:
    """Each VEVENT as its content lines, unfolded (untimed: the template's input)."""
    out = []
    for entry in data.entries:
        blob = ics.Writer(OPTIONS).vevent(entry.event)
        out.append(blob.replace(b"\r\n ", b"").decode().split("\r\n")[:-1])
    return out


def with_template(name: str, events: list[list[str]]) -> bytes:
    """Fill, fold and join: the least any writer of these bytes has to do."""
    fold = ics.fold
    parts = [b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", fold(f"PRODID:{ics.PRODID}".encode()),
             b"CALSCALE:GREGORIAN\r\n", fold(f"NAME:{name}".encode()),
             fold(f"X-WR-CALNAME:{name}".encode()), b"X-WR-TIMEZONE:Asia/Shanghai\r\n", ics.VTIMEZONE]
    for lines in events:
        parts.extend(fold(line.encode()) for line in lines)
    parts.append(b"END:VCALENDAR\r\n")
    return b"".join(parts)


# ---------------------------------------------------------------- run

def run(path: Path, runs: int) -> None:
    database = open_database(str(path))
    try:
        with database.reading() as s:
            meetings = s.scalar(select(func.count()).select_from(Meeting))

            def export():
                return ics.export_calendar(collect_events(s), OPTIONS)

            first_s, _, data_bytes = best_and_median(export, 1)
            best_s, median_s, data_bytes = best_and_median(export, runs)
            data = collect_events(s)
        events = [e.event for e in data.entries]
        print(f"{meetings:,} meetings -> {len(events):,} VEVENTs, {len(data_bytes) / 1e6:.1f} MB\n")
        ical_best, ical_median, _ = best_and_median(lambda: with_icalendar(events), max(1, runs // 2))
        lines = template_lines(data)
        tpl_best, tpl_median, tpl_bytes = best_and_median(lambda: with_template(data.name, lines), runs)
        assert tpl_bytes == data_bytes, "the template must produce the writer's bytes"
        republish_s = time_republish(database, path.parent, runs)
    finally:
        database.dispose()
    report(first_s, best_s, median_s, ical_best, ical_median, tpl_best, tpl_median, republish_s)


def time_republish(database, folder: Path, runs: int) -> list[float]:
    out_dir = folder / "feeds"
    out_dir.mkdir(exist_ok=True)
    settings = CalendarSettings(publish_folder=str(out_dir), organizer_email=OPTIONS.organizer_email)
    cache = FeedCache()
    with database.reading() as s:
        publish(s, settings, cache=cache)
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.series_id.is_(None),
                                                       Meeting.status == "planned").limit(1))
    times = []
    for n in range(runs):
        with database.transaction("bench") as s:
            row = s.get(Meeting, meeting_id)
            m.update_meeting(s, meeting_id, m.MeetingData(
                row.body.key, f"{row.title.split('#')[0]}#{n}", row.start, row.end,
                location=row.location, notes=row.notes))
        with database.reading() as s:
            started = time.perf_counter()
            result = republish(s, [meeting_id], cache=cache, settings=settings)
            times.append(time.perf_counter() - started)
        assert result.rebuilt == 1
    return times


def report(first_s, best_s, median_s, ical_best, ical_median, tpl_best, tpl_median, republish_s) -> None:
    ms = 1000
    print("                      best      median")
    print(f"export everything  {best_s * ms:7.0f} ms {median_s * ms:7.0f} ms   "
          f"(first run {first_s * ms:.0f} ms; target <= 500 ms)")
    print(f"  icalendar floor  {ical_best * ms:7.0f} ms {ical_median * ms:7.0f} ms   build + to_ical, same events")
    print(f"  template floor   {tpl_best * ms:7.0f} ms {tpl_median * ms:7.0f} ms   same bytes, lines precomputed")
    rep_best, rep_median = min(republish_s), statistics.median(republish_s)
    print(f"republish 1 change {rep_best * ms:7.0f} ms {rep_median * ms:7.0f} ms   "
          f"(body file + all.ics; target <= 100 ms)\n")
    print(f"icalendar / template   {ical_median / tpl_median:5.1f}x")
    print(f"icalendar / export     {ical_median / median_s:5.1f}x   (queries included in export)")
    print(f"export / template      {median_s / tpl_median:5.1f}x")
    print(f"export / republish     {median_s / rep_median:5.1f}x")
    verdict = "met" if median_s <= 0.5 and rep_median <= 0.1 else "NOT met"
    print(f"\ntargets {verdict}: export {median_s * ms:.0f} ms <= 500, republish {rep_median * ms:.0f} ms <= 100")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="a database already filled by demo --scale large")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.database
        if path is None:
            path = Path(tmp) / "large.db"
            print(f"filling {path.name} with demo --scale large ... ", end="", flush=True)
            print(f"{fill(path):.1f} s")
        else:  # work on a copy: the benchmark changes a meeting
            copy = Path(tmp) / path.name
            copy.write_bytes(path.read_bytes())
            path = copy
        run(path, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
