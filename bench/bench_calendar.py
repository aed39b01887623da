"""Time to show a month in the calendar with thousands of meetings in the database.

Fills a fresh SQLite file with ``demo --scale large`` (ten years, some 6,000 meetings; about
30 s) unless ``--database`` names one already filled, then shows 12 consecutive months on the
real calendar page, as the month view's PageDown or mouse wheel does, and times for each month:

    query   calendar_range(): the month grid's meetings (one indexed query) and its holidays
    layout  the month view taking the rows and laying out its chips
    paint   month_view.grab(): a full paint into a pixmap

The floor, measured in the same run for the same months: a raw sqlite3 fetch of the same rows
(the same columns and join, no ORM) and grab() of a bare QWidget of the same size.

    python bench/bench_calendar.py [--database FILE] [--first YYYY-MM] [--size 1200x800]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.config import Identity  # noqa: E402
from desktop.db import open_database  # noqa: E402
from desktop.services.calendar.queries import calendar_range  # noqa: E402
from desktop.services.demo import generate  # noqa: E402
from desktop.services.kernel.timeutil import local_day_bounds_utc  # noqa: E402
from desktop.views.calendar.calendar_page import CalendarPage  # noqa: E402
from desktop.views.calendar.periods import ViewMode, period_for, shift  # noqa: E402
from desktop.views.workspace import Workspace  # noqa: E402

TODAY = date(2026, 11, 24)
RAW_QUERY = """
SELECT m.id, b.key, b.name, b.color, m.title, m.start, m."end", m.all_day, m.status, m.series_id,
       m.recurrence_id, m.detached, m.room_id, r.name, m.location, m.sequence, m.version
FROM meetings m JOIN bodies b ON b.id = m.body_id LEFT JOIN rooms r ON r.id = m.room_id
WHERE m."end" > ? AND m.start > ? AND m.start < ? ORDER BY m.start, m.id
"""
MAX_DAYS = 31  # no meeting is longer: the lower bound on start lets the index bound the scan


def fill(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    database = open_database(str(path), create=True)
    try:
        with database.transaction("bench") as session:
            summary = generate(session, "large", 1, TODAY, "bench")
    finally:
        database.dispose()
    return time.perf_counter() - started, summary.count("meetings")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f}"


def timed(work):
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="an SQLite file already filled (skips the fill)")
    parser.add_argument("--first", default="2026-01", help="the first month shown (YYYY-MM)")
    parser.add_argument("--size", default="1200x800", help="the month view's size in pixels")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.database
        if path is None:
            path = Path(tmp) / "calendar.db"
            seconds, count = fill(path)
            print(f"filled {path.name} with demo --scale large: {count:,} meetings in {seconds:.1f} s")
        run(app, path, date.fromisoformat(args.first + "-01"), width, height)
    return 0


def run(app: QApplication, path: Path, first: date, width: int, height: int) -> None:
    database = open_database(str(path))
    raw = sqlite3.connect(path)
    try:
        total = raw.execute("SELECT count(*) FROM meetings").fetchone()[0]
        workspace = Workspace(database, Identity("bench"))
        page = CalendarPage(workspace)
        page.resize(width, height + 120)
        page.refresh()
        page.show()
        app.processEvents()
        view = page.month_view
        bare = QWidget()
        bare.resize(view.size())
        bare.show()
        app.processEvents()
        print(f"{total:,} meetings in the database; month view {view.width()}x{view.height()} px\n")
        print("month     rows  query  layout   paint  = shown | raw fetch  bare grab  = floor  ratio")
        shown_all, floor_all = [], []
        anchor = first
        for _ in range(12):
            period = period_for(ViewMode.MONTH.value, anchor)
            q_s, data = timed(lambda p=period: workspace.read(
                lambda s: calendar_range(s, p.first, p.last)))
            l_s, _ = timed(lambda p=period, d=data: view.set_data(p, d.meetings, d.special_days, TODAY))
            p_s, _ = timed(view.grab)
            lo, hi = local_day_bounds_utc(period.first, period.last)
            bounds = tuple(t.strftime("%Y-%m-%d %H:%M:%S.%f")
                           for t in (lo, lo - timedelta(days=MAX_DAYS), hi))
            r_s, rows = timed(lambda b=bounds: raw.execute(RAW_QUERY, b).fetchall())
            g_s, _ = timed(bare.grab)
            assert len(rows) == len(data.meetings)
            shown, floor = q_s + l_s + p_s, r_s + g_s
            shown_all.append(shown)
            floor_all.append(floor)
            print(f"{anchor:%Y-%m} {len(rows):6d} {ms(q_s)} {ms(l_s)} {ms(p_s)} {ms(shown)} |"
                  f"  {ms(r_s)}    {ms(g_s)} {ms(floor)}  {shown / floor:5.1f}x")
            anchor = shift(ViewMode.MONTH.value, anchor, 1)
        page.show_period(ViewMode.MONTH.value, first)  # the page's own path, wheel-style
        steps, _ = timed(lambda: [page.show_period(ViewMode.MONTH.value, shift("month", first, i))
                                  or view.grab() for i in range(1, 13)])
        print(f"\nmedian shown {ms(statistics.median(shown_all))} ms, worst {ms(max(shown_all))} ms; "
              f"median floor {ms(statistics.median(floor_all))} ms; "
              f"median ratio {statistics.median(s / f for s, f in zip(shown_all, floor_all)):.1f}x")
        print(f"12 PageDown steps through CalendarPage.show_period + grab: {steps * 1000:.0f} ms "
              f"({steps * 1000 / 12:.1f} ms a month)")
        for widget in (page, bare):  # before the QApplication goes, not at interpreter exit
            widget.close()
            widget.deleteLater()
        app.processEvents()
    finally:
        raw.close()
        database.dispose()


if __name__ == "__main__":
    sys.exit(main())
