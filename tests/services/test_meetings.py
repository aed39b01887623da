"""Single meetings: UTC storage, validation, postpone/hold/cancel/delete and the sequence number."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from desktop.config import LOCAL_TZ
from desktop.errors import NotFoundError, ReferencedError, ValidationError
from desktop.models import Attendance, AuditEntry, Meeting, Minutes, Representative
from desktop.services.directory.core import delete_person
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings import core as m
from desktop.services.meetings import queries as q
from tests.services.meeting_support import invite, local, meeting_data, person_id


def count_meetings(db) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(Meeting))


def test_shanghai_times_are_stored_in_utc_and_shown_back_unchanged(db):
    with db.transaction() as session:
        meeting_id = m.create_meeting(session, meeting_data(local(2026, 3, 10, 9, 30)))
    with db.reading() as session:
        raw = session.execute(text("SELECT start, \"end\" FROM meetings WHERE id = :i"),
                              {"i": meeting_id}).one()
        row = q.get_meeting(session, meeting_id).meeting
    assert str(raw[0]).startswith("2026-03-10 01:30:00") and str(raw[1]).startswith("2026-03-10 03:30:00")
    assert to_local(row.start) == local(2026, 3, 10, 9, 30)
    assert f"{to_local(row.end):%Y-%m-%d %H:%M}" == "2026-03-10 11:30"


def test_create_stores_attendees_with_roles(db):
    with db.transaction() as session:
        people = invite(session, "王建国", role="chair") + invite(session, "张志强", "陈立新")
        meeting_id = m.create_meeting(session, meeting_data(local(2026, 3, 10), body="tripartite",
                                                            attendees=people))
    with db.reading() as session:
        detail = q.get_meeting(session, meeting_id)
    assert [(a.name, a.role) for a in detail.attendees][0] == ("王建国", "chair")
    assert {a.name for a in detail.attendees} == {"王建国", "张志强", "陈立新"}
    assert detail.meeting.sequence == 0 and detail.meeting.status == "planned"


@pytest.mark.parametrize(("change", "words"), [
    ({"end": local(2026, 3, 10, 8, 0)}, "结束时间应晚于开始时间"),
    ({"title": "   "}, "请填写会议名称"),
    ({"body": "nosuch"}, "没有键为“nosuch”的机制"),
    ({"online_url": "meeting.example.cn"}, "http"),
    ({"room_id": 999}, "会议室不存在"),
])
def test_bad_input_is_refused_in_chinese_and_nothing_is_saved(db, change, words):
    data = replace(meeting_data(local(2026, 3, 10)), **change)
    with pytest.raises(ValidationError, match=words), db.transaction() as session:
        m.create_meeting(session, data)
    assert count_meetings(db) == 0


def test_an_invitee_deleted_meanwhile_gets_a_clear_message(db):
    with db.transaction() as session:
        people = invite(session, "赵丽娟")
        pid = people[0].person_id
        for rep in session.scalars(select(Representative).where(Representative.person_id == pid)):
            session.delete(rep)
        session.flush()
        delete_person(session, pid)
    with pytest.raises(ValidationError, match="参会人员.*不存在，可能已被删除"), db.transaction() as session:
        m.create_meeting(session, meeting_data(local(2026, 3, 10), attendees=people))
    assert count_meetings(db) == 0


def test_invited_person_cannot_be_deleted(db):
    with db.transaction() as session:
        pid = person_id(session, "王建国")
        m.create_meeting(session, meeting_data(local(2026, 3, 10), attendees=invite(session, "王建国")))
    with pytest.raises(ReferencedError, match="参会记录"), db.transaction() as session:
        delete_person(session, pid)


def test_every_change_raises_the_sequence(db):
    with db.transaction() as session:
        meeting_id = m.create_meeting(session, meeting_data(local(2026, 3, 10)))
    with db.transaction() as session:
        assert m.update_meeting(session, meeting_id, meeting_data(local(2026, 3, 10), title="改名"))
        assert not m.update_meeting(session, meeting_id, meeting_data(local(2026, 3, 10), title="改名"))
    with db.reading() as session:
        assert q.get_meeting(session, meeting_id).meeting.sequence == 1


def test_postpone_moves_keeps_history_and_shows_postponed_until_held(db):
    with db.transaction() as session:
        meeting_id = m.create_meeting(session, meeting_data(local(2026, 3, 10)))
    with db.transaction() as session:
        m.postpone_meeting(session, meeting_id, local(2026, 3, 17, 14, 0))
    with db.reading() as session:
        row = q.get_meeting(session, meeting_id).meeting
        history = session.scalars(select(AuditEntry.changes).where(
            AuditEntry.entity == "meetings", AuditEntry.entity_id == meeting_id,
            AuditEntry.action == "update")).all()
    assert (row.status, row.sequence) == ("postponed", 1)
    assert to_local(row.start) == local(2026, 3, 17, 14, 0) and row.end - row.start == timedelta(hours=2)
    assert any("start" in json.loads(c) for c in history)
    with db.transaction() as session:
        m.mark_held(session, meeting_id)
    with db.reading() as session:
        assert q.get_meeting(session, meeting_id).meeting.status == "held"
    with pytest.raises(ValidationError, match="已召开"), db.transaction() as session:
        m.cancel_meeting(session, meeting_id)


def test_cancel_keeps_the_meeting_and_reinstate_brings_it_back(db):
    with db.transaction() as session:
        meeting_id = m.create_meeting(session, meeting_data(local(2026, 3, 10)))
        m.cancel_meeting(session, meeting_id)
    with db.reading() as session:
        row = q.get_meeting(session, meeting_id).meeting
        assert (row.status, row.sequence) == ("cancelled", 1)
        assert [r.id for r in q.list_meetings(session, date(2026, 3, 1), date(2026, 3, 31),
                                              include_cancelled=False)] == []
    with db.transaction() as session:
        m.reinstate_meeting(session, meeting_id)
    with db.reading() as session:
        assert q.get_meeting(session, meeting_id).meeting.status == "planned"


def test_delete_removes_attendance_but_is_refused_once_minutes_exist(db):
    with db.transaction() as session:
        first = m.create_meeting(session, meeting_data(local(2026, 3, 10), attendees=invite(session, "王建国")))
        second = m.create_meeting(session, meeting_data(local(2026, 5, 10)))
        session.add(Minutes(meeting_id=second))
    with db.transaction() as session:
        m.delete_meeting(session, first)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 0
        with pytest.raises(NotFoundError):
            q.get_meeting(session, first)
    with pytest.raises(ReferencedError, match="会议纪要"), db.transaction() as session:
        m.delete_meeting(session, second)


def test_all_day_meeting_covers_whole_local_days(db):
    with db.transaction() as session:
        meeting_id = m.create_meeting(session, m.MeetingData(
            "warning", "春节前欠薪排查", local(2026, 1, 20, 15, 0), local(2026, 1, 21, 10, 0), all_day=True))
    with db.reading() as session:
        row = q.get_meeting(session, meeting_id).meeting
    assert (to_local(row.start), to_local(row.end)) == (
        datetime(2026, 1, 20, tzinfo=LOCAL_TZ), datetime(2026, 1, 22, tzinfo=LOCAL_TZ))


def test_list_meetings_by_range_and_body(db):
    with db.transaction() as session:
        a = m.create_meeting(session, meeting_data(local(2026, 3, 31, 23, 0)))
        b = m.create_meeting(session, meeting_data(local(2026, 4, 2), body="dispute"))
        m.create_meeting(session, meeting_data(local(2026, 5, 2)))
    with db.reading() as session:
        april = q.list_meetings(session, date(2026, 4, 1), date(2026, 4, 30))
        disputes = q.list_meetings(session, bodies=["dispute"])
    assert [r.id for r in april] == [a, b]          # the first one runs past midnight into April
    assert [(r.id, r.body_key) for r in disputes] == [(b, "dispute")]
