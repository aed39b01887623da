"""Overdue, ageing, reporting cadence and days late in calendar or working days."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.actions.timing import (
    Ageing,
    DayCounter,
    Rag,
    WorkingDays,
    ageing_of,
    day_counter,
    is_overdue,
    report_late,
)

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(("status", "due", "overdue"), [
    ("in_progress", date(2026, 11, 23), True),
    ("awaiting_signoff", date(2026, 11, 23), True),    # 待确认 still counts as open
    ("not_started", date(2026, 11, 24), False),         # due today is not late yet
    ("done", date(2020, 1, 1), False),
    ("withdrawn", date(2020, 1, 1), False),
    ("in_progress", None, False),                        # no due date: never overdue
])
def test_overdue_rule(status, due, overdue):
    assert is_overdue(status, due, TODAY) is overdue


@pytest.mark.parametrize(("days_late", "bucket"), [
    (0, Ageing.ON_TIME), (1, Ageing.LATE_1_7), (7, Ageing.LATE_1_7), (8, Ageing.LATE_8_30),
    (30, Ageing.LATE_8_30), (31, Ageing.LATE_OVER_30), (-5, Ageing.ON_TIME),
])
def test_ageing_buckets_count_calendar_days(days_late, bucket):
    due = date.fromordinal(TODAY.toordinal() - days_late)
    assert ageing_of("in_progress", due, TODAY) is bucket
    assert ageing_of("done", due, TODAY) is None
    assert ageing_of("in_progress", None, TODAY) is Ageing.ON_TIME


def test_report_late_is_separate_from_overdue():
    # every 14 days; last report 15 days ago -> late, although the due date is far away
    assert report_late("in_progress", 14, date(2026, 11, 9), date(2026, 1, 1), TODAY)
    assert not report_late("in_progress", 14, date(2026, 11, 10), date(2026, 1, 1), TODAY)
    assert report_late("not_started", 7, None, date(2026, 11, 16), TODAY)     # never reported
    assert not report_late("not_started", 7, None, date(2026, 11, 17), TODAY)
    assert not report_late("in_progress", None, None, date(2020, 1, 1), TODAY)  # no cadence
    assert not report_late("done", 7, None, date(2020, 1, 1), TODAY)


def test_working_days_skip_the_2026_spring_festival_and_count_makeup_saturdays(db):
    # Spring Festival 2026: 15-23 Feb off; Sat 14 Feb and Sat 28 Feb are 调休 working days.
    due, today = date(2026, 2, 13), date(2026, 2, 24)
    with db.reading() as s:
        working = day_counter(s, today, working_days=True, first_due=due)
    calendar = DayCounter(today)
    assert calendar.days_late(due) == 11
    assert working.days_late(due) == 2           # Sat 14 Feb (调休) and Tue 24 Feb
    assert calendar.rag("in_progress", due) is working.rag("in_progress", due) is Rag.RED


def test_due_soon_is_amber_in_working_days_across_national_day(db):
    # 30 Sep 2026 (Wed): National Day 1-7 Oct off, Sat 10 Oct worked.
    today, due = date(2026, 9, 30), date(2026, 10, 9)
    with db.reading() as s:
        working = day_counter(s, today, working_days=True, last_due=due)
    calendar = DayCounter(today)
    assert calendar.days_left(due) == 9 and calendar.rag("in_progress", due) is Rag.GREEN
    assert working.days_left(due) == 2 and working.rag("in_progress", due) is Rag.AMBER
    assert working.rag("done", due) is Rag.NONE
    assert working.rag("in_progress", None) is Rag.GREEN


def test_working_days_outside_the_loaded_range_count_weekdays():
    every_day = WorkingDays.from_predicate(lambda d: True, date(2026, 1, 10), date(2026, 1, 20))
    # 5-9 Jan (Mon-Fri) lie before the range: weekdays; 10-20 Jan inside: all 11 days
    assert every_day.count_after_until(date(2026, 1, 4), date(2026, 1, 20)) == 5 + 11
    assert every_day.count_after_until(date(2026, 1, 20), date(2026, 1, 19)) == 0
