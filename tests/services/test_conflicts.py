"""Double bookings of people and managed rooms."""

from __future__ import annotations

import pytest

from desktop.models import Room
from desktop.services.meetings import core as m
from desktop.services.meetings.attendance import set_attendance
from desktop.services.meetings.conflicts import conflicts_for_meeting, find_conflicts
from tests.services.meeting_support import invite, local, meeting_data, person_id


@pytest.fixture
def booked(db):
    """A tripartite meeting 09:30-11:30 on 2026-03-10 in room 第一会议室 with 王建国 and 张志强."""
    with db.transaction() as session:
        room = Room(name="第一会议室")
        session.add(room)
        session.flush()
        meeting_id = m.create_meeting(session, meeting_data(
            local(2026, 3, 10), body="tripartite", title="三方全体会议", room_id=room.id,
            attendees=invite(session, "王建国", "张志强")))
        return {"meeting": meeting_id, "room": room.id,
                "wang": person_id(session, "王建国"), "li": person_id(session, "李秀梅")}


def test_person_booked_at_an_overlapping_time(db, booked):
    with db.reading() as session:
        found = find_conflicts(session, local(2026, 3, 10, 11, 0), local(2026, 3, 10, 12, 0),
                               person_ids=[booked["wang"], booked["li"]])
    assert [(c.kind, c.person_name, c.meeting_id) for c in found] == [("person", "王建国", booked["meeting"])]
    assert found[0].message == "王建国 已有会议“三方全体会议”（2026-03-10 09:30–11:30）"


def test_room_booked_at_an_overlapping_time(db, booked):
    with db.reading() as session:
        found = find_conflicts(session, local(2026, 3, 10, 8, 0), local(2026, 3, 10, 10, 0),
                               room_id=booked["room"])
    assert [(c.kind, c.room_name, c.meeting_title) for c in found] == [("room", "第一会议室", "三方全体会议")]


def test_back_to_back_cancelled_and_excluded_meetings_do_not_conflict(db, booked):
    with db.reading() as session:
        after = find_conflicts(session, local(2026, 3, 10, 11, 30), local(2026, 3, 10, 12, 30),
                               [booked["wang"]], booked["room"])
        itself = find_conflicts(session, local(2026, 3, 10), local(2026, 3, 10, 11, 30),
                                [booked["wang"]], booked["room"], exclude_meeting_id=booked["meeting"])
    assert after == [] and itself == []
    with db.transaction() as session:
        m.cancel_meeting(session, booked["meeting"])
    with db.reading() as session:
        assert find_conflicts(session, local(2026, 3, 10), local(2026, 3, 10, 10, 0),
                              [booked["wang"]], booked["room"]) == []


def test_person_on_leave_is_free_but_their_delegate_is_booked(db, booked):
    with db.transaction() as session:
        set_attendance(session, booked["meeting"], booked["wang"], "delegated", delegate_id=booked["li"])
    with db.reading() as session:
        found = find_conflicts(session, local(2026, 3, 10, 10, 0), local(2026, 3, 10, 10, 30),
                               [booked["wang"], booked["li"]])
    assert [c.person_name for c in found] == ["李秀梅"]


def test_conflicts_of_a_stored_meeting(db, booked):
    with db.transaction() as session:
        other = m.create_meeting(session, meeting_data(
            local(2026, 3, 10, 10, 0), body="dispute", room_id=booked["room"],
            attendees=invite(session, "张志强")))
    with db.reading() as session:
        found = conflicts_for_meeting(session, other)
    assert sorted(c.kind for c in found) == ["person", "room"]
    assert {c.meeting_id for c in found} == {booked["meeting"]}
