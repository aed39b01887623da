"""Calendar reads: the visible range, checks before saving, invitees, reply-by dates, rooms."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.errors import ValidationError
from desktop.services.calendar import queries as cq
from desktop.services.meetings import core as m
from desktop.services.meetings import rooms
from desktop.services.meetings import series as ms
from tests.services.meeting_support import invite, local, meeting_data


def test_range_holds_overlapping_meetings_and_special_days(db):
    with db.transaction() as s:
        inside = m.create_meeting(s, meeting_data(local(2026, 10, 8)))
        m.create_meeting(s, meeting_data(local(2026, 11, 8)))
        m.create_meeting(s, meeting_data(local(2026, 9, 30, 23, 0), 2))  # runs into 1 October
    with db.reading() as s:
        data = cq.calendar_range(s, date(2026, 10, 1), date(2026, 10, 31))
        only = cq.calendar_range(s, date(2026, 10, 1), date(2026, 10, 31), ("tripartite",))
    assert inside in {r.id for r in data.meetings} and len(data.meetings) == 2
    assert only.meetings == ()
    kinds = {d.date: d.kind for d in data.special_days}
    assert kinds[date(2026, 10, 1)] == "holiday" and kinds[date(2026, 10, 10)] == "makeup_workday"
    assert date(2026, 10, 17) not in kinds  # a plain Saturday is not special


def test_year_days_say_whether_the_year_is_known(db):
    with db.reading() as s:
        assert cq.year_days(s, 2026).known
        unknown = cq.year_days(s, 2027)
    assert not unknown.known
    # only the statutory holiday days of the 2024 rules, provisional (no bridging days, no 调休)
    assert {d.source for d in unknown.days} == {"statutory"} and len(unknown.days) == 13
    assert all(not d.known and d.kind == "holiday" for d in unknown.days)


def test_check_of_a_single_meeting_reports_holiday_and_conflicts(db):
    with db.transaction() as s:
        other = m.create_meeting(s, meeting_data(local(2026, 10, 1, 10, 0), title="值班会",
                                                 attendees=invite(s, "王建国")))
        check = cq.check_meeting(s, meeting_data(local(2026, 10, 1, 9, 0), attendees=invite(s, "王建国")))
    [day] = check.dates
    assert day.day.name == "国庆节" and not day.day.is_working_day
    assert [(c.meeting_id, c.person_name) for c in check.conflicts] == [(other, "王建国")]
    assert check.unknown_years == () and not check.more


def test_check_of_a_series_covers_its_first_occurrences(db):
    with db.reading() as s:
        check = cq.check_meeting(s, meeting_data(local(2026, 1, 1)), rrule="FREQ=MONTHLY", limit=24,
                                 today=date(2026, 1, 1))
    assert len(check.dates) == 24 and check.more
    assert [d.day.date for d in check.non_working][:3] == [date(2026, 1, 1), date(2026, 2, 1),
                                                           date(2026, 3, 1)]
    assert check.unknown_years == (2027,)


def test_check_moves_holiday_occurrences_under_the_next_workday_policy(db):
    with db.reading() as s:
        check = cq.check_meeting(s, meeting_data(local(2026, 9, 1)), rrule="FREQ=MONTHLY;COUNT=2",
                                 holiday_policy="next_workday")
    moved = check.dates[1]
    assert moved.moved and moved.day.date == date(2026, 10, 8) and moved.day.is_working_day


def test_check_refuses_what_saving_would_refuse(db):
    start = local(2026, 3, 3)
    with db.reading() as s, pytest.raises(ValidationError, match="不会产生任何日期"):
        cq.check_meeting(s, meeting_data(start), rrule="FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31")
    with db.reading() as s, pytest.raises(ValidationError, match="结束时间应晚于开始时间"):
        cq.check_meeting(s, m.MeetingData("bimonthly", "x", start, start - timedelta(hours=1)))


def test_check_leaves_out_the_series_being_edited(db):
    with db.transaction() as s:
        created = ms.create_series(s, ms.SeriesData(meeting_data(local(2026, 1, 15),
                                                                 attendees=invite(s, "黄伟")),
                                                    "FREQ=MONTHLY;COUNT=3"))
        data = meeting_data(local(2026, 2, 15), attendees=invite(s, "黄伟"))
        with_series = cq.check_meeting(s, data)
        without = cq.check_meeting(s, data, exclude_series_id=created.series_id)
    assert len(with_series.conflicts) == 1 and without.conflicts == ()


def test_candidates_list_the_bodys_representatives_first(db):
    with db.reading() as s:
        people = cq.candidate_people(s, "tripartite")
        everyone = cq.candidate_people(s, None)
    reps = [p for p in people if p.representative]
    assert [p.name for p in reps[:2]] == ["张志强", "刘芳"] and reps[0].side == "政府方"
    assert people[:len(reps)] == reps
    assert len(people) == len(everyone) == len({p.person_id for p in everyone})


def test_reply_by_is_two_working_days_before_and_not_in_the_past(db):
    with db.reading() as s:
        assert cq.reply_by(s, local(2026, 10, 9), date(2026, 9, 1)) == date(2026, 9, 30)
        assert cq.reply_by(s, local(2026, 12, 9), date(2026, 12, 8)) == date(2026, 12, 8)
        assert cq.reply_by(s, local(2026, 12, 9), date(2026, 12, 9)) is None


def test_rooms_are_listed_and_names_are_unique(db):
    with db.transaction() as s:
        room_id = rooms.create_room(s, " 第一 会议室 ", capacity=30)
        with pytest.raises(ValidationError, match="已有名为“第一 会议室”的会议室"):
            rooms.create_room(s, "第一 会议室")
        with pytest.raises(ValidationError, match="请填写会议室名称"):
            rooms.create_room(s, "  ")
    with db.reading() as s:
        assert [(r.id, r.name, r.capacity) for r in rooms.list_rooms(s)] == [(room_id, "第一 会议室", 30)]
