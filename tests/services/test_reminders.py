"""Upcoming meetings of a person by name: within the window, never cancelled ones."""

from __future__ import annotations

from datetime import timedelta

from desktop.services.meetings import core as m
from desktop.services.meetings.reminders import upcoming_for_person
from tests.services.meeting_support import invite, local, meeting_data

NOW = local(2026, 12, 16, 9, 0)


def test_only_the_persons_meetings_inside_the_window_that_are_not_cancelled(db):
    with db.transaction("测试员") as s:
        soon = m.create_meeting(s, meeting_data(NOW + timedelta(minutes=20), title="快开了",
                                                attendees=invite(s, "王建国")))
        m.create_meeting(s, meeting_data(NOW + timedelta(hours=3), title="还早", attendees=invite(s, "王建国")))
        m.create_meeting(s, meeting_data(NOW + timedelta(minutes=10), title="别人的", attendees=invite(s, "黄伟")))
        cancelled = m.create_meeting(s, meeting_data(NOW + timedelta(minutes=15), title="取消了",
                                                     attendees=invite(s, "王建国")))
        m.cancel_meeting(s, cancelled)
    with db.reading() as s:
        found = upcoming_for_person(s, "王建国", NOW, timedelta(minutes=30))
    assert [(f.id, f.title) for f in found] == [(soon, "快开了")]
