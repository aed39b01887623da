"""Recurring series: stored occurrences, skips and edited occurrences kept through scoped edits."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.models import Meeting, MeetingSeries, Minutes
from desktop.services.kernel.timeutil import to_local
from desktop.services.listing.core import list_records
from desktop.services.meetings import core as m
from desktop.services.meetings import queries as q
from desktop.services.meetings import series as ms
from tests.services.meeting_support import invite, local, meeting_data

BIMONTHLY = "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15"
TODAY = date(2026, 1, 1)


def make_series(db, rule=BIMONTHLY, start=None, policy="keep", **extra) -> ms.SeriesCreated:
    start = start or local(2026, 1, 15)
    with db.transaction() as session:
        return ms.create_series(session, ms.SeriesData(meeting_data(start, **extra), rule, policy),
                                today=TODAY)


def rows(db, series_id=None, first=None, last=None):
    with db.reading() as session:
        found = q.list_meetings(session, first, last)
    return [r for r in found if series_id is None or r.series_id == series_id]


def days(found):
    return [to_local(r.start).date() for r in found]


def edit(db, meeting_id, scope, **changes):
    with db.transaction() as session:
        row = q.get_meeting(session, meeting_id).meeting
        start = changes.pop("start", row.start)
        data = m.MeetingData(row.body_key, changes.pop("title", row.title), start,
                             start + (row.end - row.start))
        return ms.edit_occurrence(session, meeting_id, data, scope, today=TODAY, **changes)


def all_series_rows(db):
    with db.reading() as session:
        return session.execute(select(Meeting.series_id, Meeting.recurrence_id, Meeting.start,
                                      Meeting.status).where(Meeting.series_id.is_not(None))).all()


def test_bimonthly_series_from_15_january_gives_six_meetings_in_2026(db):
    created = make_series(db)
    in_2026 = rows(db, first=date(2026, 1, 1), last=date(2026, 12, 31))
    assert days(in_2026) == [date(2026, mo, 15) for mo in (1, 3, 5, 7, 9, 11)]
    assert len({r.id for r in in_2026}) == 6 and {r.series_id for r in in_2026} == {created.series_id}
    assert created.first_meeting_id == in_2026[0].id
    assert all(to_local(r.start).strftime("%H:%M") == "09:30" for r in in_2026)


def test_open_series_is_stored_two_years_ahead_and_extended_only_by_writers(db):
    created = make_series(db)
    assert days(rows(db))[-1] == date(2027, 11, 15)           # today 2026-01-01 + two years
    with db.reading() as session:
        listed = list_records(session, "meetings")              # a reader never extends
    assert len(listed) == len(created.meeting_ids) == 12
    with db.transaction() as session:
        assert ms.extend_open_series(session, date(2028, 12, 31)) == 6
        assert ms.extend_open_series(session, date(2028, 12, 31)) == 0
    assert days(rows(db))[-1] == date(2028, 11, 15)
    assert len(set(days(rows(db)))) == 18


def test_series_with_count_stores_every_occurrence(db):
    created = make_series(db, rule="FREQ=MONTHLY;INTERVAL=3;COUNT=4", start=local(2026, 2, 10))
    assert days(rows(db)) == [date(2026, 2, 10), date(2026, 5, 10), date(2026, 8, 10), date(2026, 11, 10)]
    with db.reading() as session:
        info = q.get_series(session, created.series_id)
    assert (info.open_ended, info.description) == (False, "每季度的10日 09:30，共4次")


def test_rule_that_never_produces_a_date_is_refused_and_nothing_saved(db):
    with pytest.raises(ValidationError, match="不会产生任何日期"):
        make_series(db, rule="FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(MeetingSeries)) == 0
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0


def test_skip_keeps_the_row_cancelled_and_records_the_exdate(db):
    created = make_series(db)
    march = created.meeting_ids[1]
    with db.transaction() as session:
        ms.skip_occurrence(session, march)
    with db.reading() as session:
        info = q.get_series(session, created.series_id)
        row = q.get_meeting(session, march).meeting
    assert row.status == "cancelled" and row.recurrence_id in info.exdates
    with db.transaction() as session:
        assert ms.extend_open_series(session, date(2029, 1, 1)) > 0
    assert Counter(r.recurrence_id for r in rows(db)).most_common(1)[0][1] == 1


def test_skip_and_edited_occurrence_survive_a_whole_series_title_change(db):
    created = make_series(db)
    jan, mar, may = created.meeting_ids[:3]
    with db.transaction() as session:
        ms.skip_occurrence(session, mar)
    edit(db, may, "this", title="五月专题沟通会", start=local(2026, 5, 18, 14, 0))
    edit(db, jan, "all", title="双月劳动关系沟通会")
    found = {r.id: r for r in rows(db)}
    assert len(found) == 12
    assert found[mar].status == "cancelled"
    assert (found[may].title, found[may].detached) == ("五月专题沟通会", True)
    assert to_local(found[may].start) == local(2026, 5, 18, 14, 0)
    others = [r for i, r in found.items() if i != may]
    assert {r.title for r in others} == {"双月劳动关系沟通会"}
    with db.reading() as session:
        assert q.get_meeting(session, mar).meeting.recurrence_id in q.get_series(
            session, created.series_id).exdates


def test_whole_series_time_change_moves_rows_skips_and_keeps_detached(db):
    created = make_series(db)
    jan, mar, may = created.meeting_ids[:3]
    with db.transaction() as session:
        ms.skip_occurrence(session, mar)
    edit(db, may, "this", title="五月专题沟通会")
    edit(db, jan, "all", start=local(2026, 1, 15, 14, 0))
    found = {r.id: r for r in rows(db)}
    assert len(found) == 12
    assert {to_local(r.start).strftime("%H:%M") for i, r in found.items() if i != may} == {"14:00"}
    assert to_local(found[may].start) == local(2026, 5, 15, 9, 30)          # detached: its own time
    assert to_local(found[mar].recurrence_id) == local(2026, 3, 15, 14, 0)   # skip follows its date
    with db.reading() as session:
        assert q.get_series(session, created.series_id).exdates == (found[mar].recurrence_id,)


def test_this_and_following_split_leaves_no_duplicates_and_no_gaps(db):
    created = make_series(db, rule="FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6")
    before = sorted(r.recurrence_id for r in rows(db))
    sep = created.meeting_ids[4]
    with db.transaction() as session:
        ms.skip_occurrence(session, created.meeting_ids[5])
    result = edit(db, sep, "following", title="下半年沟通会")
    found = rows(db)
    assert len(found) == 6 and sorted(r.recurrence_id for r in found) == before
    assert Counter((r.series_id, r.recurrence_id) for r in all_series_rows(db)).most_common(1)[0][1] == 1
    old = [r for r in found if r.series_id == created.series_id]
    new = [r for r in found if r.series_id == result.series_id]
    assert result.series_id != created.series_id
    assert days(old) == [date(2026, mo, 15) for mo in (1, 3, 5, 7)]
    assert days(new) == [date(2026, 9, 15), date(2026, 11, 15)]
    assert {r.title for r in new} == {"下半年沟通会"} and {r.title for r in old} == {"双月沟通会"}
    with db.reading() as session:
        old_info = q.get_series(session, created.series_id)
        new_info = q.get_series(session, result.series_id)
    assert old_info.description.endswith("至2026年7月15日") and old_info.exdates == ()
    assert new_info.rrule.endswith("COUNT=2") and len(new_info.exdates) == 1   # the skip moved along


def test_following_split_with_a_new_time_on_an_open_series(db):
    created = make_series(db)
    sep = created.meeting_ids[4]
    result = edit(db, sep, "following", start=local(2026, 9, 16, 14, 0))
    found = rows(db)
    new = [r for r in found if r.series_id == result.series_id]
    assert len(found) == 12 and len(new) == 8
    assert days(new)[:2] == [date(2026, 9, 16), date(2026, 11, 16)]          # BYMONTHDAY follows
    assert {to_local(r.start).strftime("%H:%M") for r in new} == {"14:00"}
    with db.transaction() as session:
        added = ms.extend_open_series(session, date(2028, 12, 31))
    assert added == 6 and all(r.series_id == result.series_id for r in rows(db)[12:])


def test_next_workday_policy_moves_a_holiday_occurrence_and_keeps_its_rule_date(db):
    make_series(db, rule="FREQ=MONTHLY;BYMONTHDAY=1;COUNT=3", start=local(2026, 9, 1),
                policy="next_workday")
    found = rows(db)
    assert days(found) == [date(2026, 9, 1), date(2026, 10, 8), date(2026, 11, 2)]
    assert [to_local(r.recurrence_id).date() for r in found] == [
        date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)]
    assert not any(r.detached for r in found)


def test_series_occurrences_get_the_attendees(db):
    with db.transaction() as session:
        people = invite(session, "王建国", "李秀梅")
    created = make_series(db, rule="FREQ=MONTHLY;COUNT=2", attendees=people)
    with db.reading() as session:
        for meeting_id in created.meeting_ids:
            assert {a.name for a in q.get_meeting(session, meeting_id).attendees} == {"王建国", "李秀梅"}


def test_shorter_rule_removes_rows_past_the_end_but_keeps_referenced_ones(db):
    created = make_series(db, rule="FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=6")
    with db.transaction() as session:
        session.add(Minutes(meeting_id=created.meeting_ids[5]))
    result = edit(db, created.meeting_ids[0], "all", rrule="FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;COUNT=3")
    assert result.removed == 3
    linked = rows(db, created.series_id)
    assert len(linked) == 3
    with db.reading() as session:
        kept = q.get_meeting(session, created.meeting_ids[5]).meeting
    assert (kept.series_id, kept.status) == (None, "cancelled")


def test_end_series_from_an_occurrence(db):
    created = make_series(db)
    with db.transaction() as session:
        ms.end_series(session, created.meeting_ids[3])
        assert ms.extend_open_series(session, date(2030, 1, 1)) == 0
    assert days(rows(db)) == [date(2026, 1, 15), date(2026, 3, 15), date(2026, 5, 15)]


def test_editing_a_single_meeting_via_scope_is_plain_update(db):
    with db.transaction() as session:
        meeting_id = m.create_meeting(session, meeting_data(local(2026, 4, 1)))
    result = edit(db, meeting_id, "all", title="单次会议")
    assert result.series_id is None and rows(db)[0].title == "单次会议"


def test_delete_series_removes_every_occurrence(db):
    created = make_series(db, rule="FREQ=WEEKLY;COUNT=5")
    with db.transaction() as session:
        ms.delete_series(session, created.series_id)
    assert rows(db) == []


def test_occurrence_body_cannot_change(db):
    created = make_series(db, rule="FREQ=WEEKLY;COUNT=2")
    with pytest.raises(ValidationError, match="所属机制不能修改"), db.transaction() as session:
        row = q.get_meeting(session, created.meeting_ids[0]).meeting
        ms.edit_occurrence(session, row.id, m.MeetingData("dispute", row.title, row.start,
                                                          row.end + timedelta(0)), "all")


def test_preview_shows_moved_dates_and_holidays_without_writing(db):
    data = ms.SeriesData(meeting_data(local(2026, 9, 1)), "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=3", "next_workday")
    with db.reading() as session:
        preview = ms.preview_series(session, data)
        kept = ms.preview_series(session, ms.SeriesData(data.meeting, data.rrule))
        assert session.scalar(select(func.count()).select_from(Meeting)) == 0
    assert [(to_local(p.start).date(), p.moved) for p in preview] == [
        (date(2026, 9, 1), False), (date(2026, 10, 8), True), (date(2026, 11, 2), True)]
    assert [p.day.kind for p in kept] == ["workday", "holiday", "weekend"]


# ---------------------------------------------------------------- the cap (issue 15)

def series_rows(db, series_id):
    with db.reading() as session:
        return session.scalars(select(Meeting.recurrence_id).where(Meeting.series_id == series_id)
                               .order_by(Meeting.recurrence_id)).all()


def test_a_rule_with_more_dates_than_the_cap_is_refused_and_stores_nothing(db):
    with pytest.raises(ValidationError) as refused:
        make_series(db, rule="FREQ=WEEKLY;COUNT=600")
    assert "500" in str(refused.value)
    assert all_series_rows(db) == []


def test_an_open_daily_rule_past_the_cap_within_the_horizon_is_refused(db):
    with pytest.raises(ValidationError):
        make_series(db, rule="FREQ=DAILY")
    assert all_series_rows(db) == []


def test_a_capped_series_stores_the_first_n_and_ends_its_horizon_at_the_last(db):
    start = local(2026, 1, 15)
    with db.transaction() as session:
        created = ms.create_series(session, ms.SeriesData(meeting_data(start), "FREQ=DAILY;UNTIL=21001231"),
                                   today=TODAY, max_occurrences=40, store_capped=True)
    assert created.capped and len(created.meeting_ids) == 40
    stored = series_rows(db, created.series_id)
    assert len(stored) == 40 and to_local(stored[-1]).date() == date(2026, 2, 23)
    with db.reading() as session:
        series = session.get(MeetingSeries, created.series_id)
        assert series.generated_until == stored[-1]


def test_an_edit_of_a_capped_series_pairs_with_the_stored_dates_only(db):
    with db.transaction() as session:
        created = ms.create_series(session, ms.SeriesData(meeting_data(local(2026, 1, 15)),
                                                          "FREQ=DAILY;UNTIL=21001231"),
                                   today=TODAY, max_occurrences=40, store_capped=True)
    second = created.meeting_ids[1]
    edit(db, second, "this", title="单独修改")
    result = edit(db, created.first_meeting_id, "all", title="改名", start=local(2026, 1, 16),
                  max_occurrences=40, store_capped=True)
    stored = series_rows(db, created.series_id)
    assert result.capped and len(stored) == 40  # neither doubled nor thousands more
    assert to_local(stored[0]).date() == date(2026, 1, 16)
    with db.reading() as session:
        titles = Counter(session.scalars(select(Meeting.title).where(
            Meeting.series_id == created.series_id)))
    assert titles == {"改名": 39, "单独修改": 1}


def test_an_open_series_is_extended_only_up_to_the_cap_ahead_of_now(db):
    with db.transaction() as session:
        created = ms.create_series(session, ms.SeriesData(meeting_data(local(2026, 1, 15)), "FREQ=DAILY"),
                                   today=TODAY, max_occurrences=30, store_capped=True)
    now = local(2026, 2, 1).astimezone()
    with db.transaction() as session:
        added = ms.extend_open_series(session, ms.horizon(TODAY), max_occurrences=30, now=now)
    stored = series_rows(db, created.series_id)
    ahead = [r for r in stored if r >= now]
    assert added == len(stored) - 30 and len(ahead) == 30
    with db.reading() as session:
        assert session.get(MeetingSeries, created.series_id).generated_until == stored[-1]


def test_an_until_past_2100_ends_within_the_supported_range(db):
    created = make_series(db, rule="FREQ=YEARLY;UNTIL=99991231")
    stored = series_rows(db, created.series_id)
    assert to_local(stored[-1]).date() == date(2100, 1, 15) and len(stored) == 75
