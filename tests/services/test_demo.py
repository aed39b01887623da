"""Demonstration data: read back from the database, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr
from sqlalchemy import func, select

from desktop.config import LOCAL_TZ
from desktop.db import open_database
from desktop.models import (
    OPEN_STATUSES,
    ActionItem,
    AgendaItem,
    Attendance,
    Base,
    Body,
    DocumentNumber,
    Enterprise,
    Meeting,
    MeetingSeries,
    Minutes,
    Person,
)
from desktop.services.bodies.seed import seed
from desktop.services.demo import DemoRefusedError, generate
from desktop.services.kernel.validation import uscc_is_valid

TODAY = date(2026, 11, 24)


def _fill(database, seed_value: int = 1, today: date = TODAY, scale: str = "small"):
    with database.transaction("测试员") as session:
        return generate(session, scale, seed_value, today)


@pytest.fixture
def demo(db):
    """A seeded database filled with the small demonstration set around TODAY."""
    _fill(db)
    return db


def _local_day(value: datetime) -> date:
    return value.astimezone(LOCAL_TZ).date()


def test_small_gives_each_body_meetings_within_twelve_months_of_today(demo):
    with demo.reading() as s:
        rows = s.execute(select(Body.key, Meeting.start).join(Meeting, Meeting.body_id == Body.id)).all()
    by_body = defaultdict(list)
    for key, start in rows:
        by_body[key].append(_local_day(start))
    assert set(by_body) == {"tripartite", "dispute", "warning", "linkage", "bimonthly"}
    for days in by_body.values():
        assert min(days) >= date(2025, 11, 24) and max(days) <= date(2027, 11, 24)
        assert min(days) < TODAY <= max(days) or all(d < TODAY for d in days)


def test_past_meetings_are_mostly_held_and_future_ones_planned(demo):
    with demo.reading() as s:
        rows = s.execute(select(Meeting.start, Meeting.status, Meeting.sequence)).all()
    past = [(status, seq) for start, status, seq in rows if _local_day(start) < TODAY]
    future = {status for start, status, _seq in rows if _local_day(start) >= TODAY}
    assert future == {"planned"}
    assert sum(status == "held" for status, _ in past) > 0.8 * len(past)
    assert all(seq > 0 for status, seq in past if status in ("postponed", "cancelled"))


def test_meeting_times_fall_in_office_hours_on_weekdays(demo):
    with demo.reading() as s:
        starts = [start.astimezone(LOCAL_TZ) for start in s.scalars(select(Meeting.start))]
    assert all(8 <= t.hour < 17 and t.weekday() < 5 for t in starts)


def test_bimonthly_series_occurrences_follow_the_rule(demo):
    with demo.reading() as s:
        rule, dtstart, series_id = s.execute(
            select(MeetingSeries.rrule, MeetingSeries.dtstart, MeetingSeries.id)
            .join(Body, Body.id == MeetingSeries.body_id).where(Body.key == "bimonthly")).one()
        rows = s.execute(select(Meeting.recurrence_id, Meeting.uid)
                         .where(Meeting.series_id == series_id)
                         .order_by(Meeting.recurrence_id)).all()
    rids = [rid for rid, _ in rows]
    uids = [uid for _, uid in rows]
    assert rule.startswith("FREQ=MONTHLY;INTERVAL=2")
    assert rids[0] == dtstart
    local_start = dtstart.astimezone(LOCAL_TZ)
    expected = rrulestr(rule, dtstart=local_start).between(
        local_start, rids[-1].astimezone(LOCAL_TZ), inc=True)
    assert rids == expected
    assert len(rids) == 12
    assert all(u.endswith("@tripartite") for u in uids) and len(set(uids)) == len(uids)


def test_every_action_status_is_present_and_some_are_overdue(demo):
    with demo.reading() as s:
        statuses = set(s.scalars(select(ActionItem.status).distinct()))
        overdue = s.scalar(select(func.count()).select_from(ActionItem).where(
            ActionItem.due < TODAY, ActionItem.status.in_(OPEN_STATUSES)))
    assert statuses == {"not_started", "in_progress", "awaiting_signoff", "done", "withdrawn"}
    assert overdue > 0


def test_done_actions_are_closed_by_someone_at_full_progress(demo):
    columns = (ActionItem.status, ActionItem.closed_at, ActionItem.closed_by, ActionItem.progress,
               ActionItem.lead_org_id, ActionItem.owner_id, ActionItem.decision_id, ActionItem.due)
    with demo.reading() as s:
        rows = s.execute(select(*columns)).all()
    done = [r for r in rows if r.status == "done"]
    assert done and all(r.closed_at and r.closed_by and r.progress == 100 for r in done)
    assert all(r.closed_at is None for r in rows if r.status in OPEN_STATUSES)
    assert all(r.lead_org_id and r.owner_id and r.decision_id and r.due for r in rows)


def test_issued_minutes_have_unique_gap_free_numbers_per_body_and_year(demo):
    with demo.reading() as s:
        minutes = s.execute(select(Minutes.state, Minutes.meeting_id, Minutes.document_number_id,
                                   Minutes.issued_at)).all()
        numbers = {d.id: d for d in s.execute(select(DocumentNumber.__table__))}
        codes = dict(s.execute(select(Body.id, Body.doc_code)).all())
    issued = [m for m in minutes if m.state in ("issued", "distributed")]
    assert issued and all(m.document_number_id in numbers for m in issued)
    assert all(m.document_number_id is None for m in minutes if m not in issued)
    serials = defaultdict(list)
    for m in issued:
        doc = numbers[m.document_number_id]
        assert doc.meeting_id == m.meeting_id
        assert doc.text == f"{codes[doc.body_id]}〔{doc.year}〕{doc.serial}号"
        assert doc.year == m.issued_at.astimezone(LOCAL_TZ).year
        serials[(doc.body_id, doc.year)].append(doc.serial)
    for found in serials.values():
        assert sorted(found) == list(range(1, len(found) + 1))
    assert len({d.text for d in numbers.values()}) == len(numbers) == len(issued)


def test_held_meetings_have_minutes_with_long_varied_text(demo):
    with demo.reading() as s:
        held = set(s.scalars(select(Meeting.id).where(Meeting.status == "held")))
        rows = s.execute(select(Minutes.meeting_id, Minutes.text)).all()
    assert {meeting_id for meeting_id, _ in rows} == held
    texts = [text for _, text in rows]
    assert len(set(texts)) == len(texts)
    assert 2600 <= sum(map(len, texts)) / len(texts) <= 3400
    assert all("出席：" in t and "会议议定：" in t for t in texts)


def test_held_meetings_have_a_chair_a_recorder_and_varied_turnout(demo):
    with demo.reading() as s:
        rows = s.execute(select(Attendance.meeting_id, Attendance.role, Attendance.status,
                                Attendance.delegate_id)
                         .join(Meeting, Meeting.id == Attendance.meeting_id)
                         .where(Meeting.status == "held")).all()
    roles = defaultdict(set)
    for meeting_id, role, _status, _delegate in rows:
        roles[meeting_id].add(role)
    assert all({"chair", "recorder"} <= found for found in roles.values())
    assert {status for _, _, status, _ in rows} == {"present", "leave", "absent", "delegated"}
    assert all(delegate for _, _, status, delegate in rows if status == "delegated")


def test_agendas_fit_their_meetings_and_often_start_with_follow_up(demo):
    with demo.reading() as s:
        lengths = {i: (end - start).total_seconds() / 60
                   for i, start, end in s.execute(select(Meeting.id, Meeting.start, Meeting.end))}
        items = s.execute(select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.planned_minutes,
                                 AgendaItem.presenter_id, AgendaItem.presenter)
                          .order_by(AgendaItem.meeting_id, AgendaItem.position)).all()
    planned, firsts = defaultdict(int), {}
    for item in items:
        planned[item.meeting_id] += item.planned_minutes
        firsts.setdefault(item.meeting_id, item.title)
        assert item.presenter_id and item.presenter
    assert set(planned) == set(lengths)
    assert all(total <= lengths[meeting_id] for meeting_id, total in planned.items())
    follow_ups = sum(title == "上次会议议定事项落实情况" for title in firsts.values())
    assert 0.3 * len(firsts) < follow_ups < len(firsts)


def test_enterprises_have_valid_unique_credit_codes(demo):
    with demo.reading() as s:
        rows = s.execute(select(Enterprise.name, Enterprise.uscc, Enterprise.employees)).all()
    assert len(rows) == 300
    codes = [code for _, code, _ in rows]
    assert all(uscc_is_valid(code) for code in codes) and len(set(codes)) == len(codes)
    assert len({name for name, _, _ in rows}) == len(rows)
    assert all(name.endswith("公司") and employees > 0 for name, _, employees in rows)


def test_same_seed_and_today_give_identical_rows(db, tmp_path):
    other = open_database(str(tmp_path / "second.db"), create=True)
    try:
        with other.transaction("测试员") as session:
            seed(session)
        _fill(db, 42)
        _fill(other, 42)
        assert _snapshot(db) == _snapshot(other)
    finally:
        other.dispose()


def test_another_seed_gives_other_data(db, tmp_path):
    other = open_database(str(tmp_path / "second.db"), create=True)
    try:
        _fill(db, 1)
        _fill(other, 2)
        assert _snapshot(db) != _snapshot(other)
    finally:
        other.dispose()


def _snapshot(database):
    with database.reading() as s:
        return (
            s.execute(select(Meeting.title, Meeting.start, Meeting.status).order_by(Meeting.id)).all(),
            s.execute(select(ActionItem.title, ActionItem.due, ActionItem.status)
                      .order_by(ActionItem.id)).all(),
            s.scalars(select(Minutes.text).order_by(Minutes.id)).all(),
        )


def test_second_run_is_refused_and_changes_nothing(demo):
    before = _row_counts(demo)
    with pytest.raises(DemoRefusedError, match="已有"):
        _fill(demo, 2)
    assert _row_counts(demo) == before


def _row_counts(database) -> dict[str, int]:
    with database.reading() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables}


def test_today_option_places_the_data_around_that_date(db):
    today = date(2031, 6, 15)
    summary = _fill(db, 3, today)
    with db.reading() as s:
        starts = [_local_day(v) for v in s.scalars(select(Meeting.start))]
        held = [_local_day(v) for v in s.scalars(select(Meeting.start).where(Meeting.status == "held"))]
    assert (summary.first, summary.last) == (date(2030, 6, 15), date(2032, 6, 15))
    assert min(starts) >= summary.first and max(starts) <= summary.last
    assert max(held) < today and min(held) < today - timedelta(days=300)


def test_new_rows_after_the_demo_get_fresh_ids(demo):
    with demo.transaction("测试员") as s:
        top = s.scalar(select(func.max(Person.id)))
        person = Person(name="新同事")
        s.add(person)
        s.flush()
        assert person.id > top


@pytest.mark.slow
def test_large_reaches_the_scale_of_a_big_zone_quickly(tmp_path):
    database = open_database(str(tmp_path / "large.db"), create=True)
    try:
        started = time.perf_counter()
        summary = _fill(database, scale="large")
        elapsed = time.perf_counter() - started
        with database.reading() as s:
            meetings = s.scalar(select(func.count()).select_from(Meeting))
            actions = s.scalar(select(func.count()).select_from(ActionItem))
            enterprises = s.scalar(select(func.count()).select_from(Enterprise))
            minutes, avg_chars = s.execute(select(func.count(), func.avg(func.length(Minutes.text)))).one()
    finally:
        database.dispose()
    print(f"large on SQLite: {elapsed:.1f} s, {summary.counts}")
    assert meetings >= 5_000 and actions >= 100_000 and enterprises == 15_550
    assert minutes >= 5_000 and 2_800 <= avg_chars <= 3_200
    assert elapsed < 60
