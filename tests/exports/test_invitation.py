"""Invitations (METHOD:REQUEST / CANCEL) as e-mail, sent or written as .eml, and replies."""

from __future__ import annotations

from datetime import datetime, timezone
from email import message_from_bytes, policy

import pytest
from icalendar import Calendar
from sqlalchemy import select

from desktop.errors import UserError, ValidationError
from desktop.exports.invitation import (
    build_invitation,
    message_for,
    send_invitation,
    write_invitation_emls,
)
from desktop.models import Attendance, Meeting, MeetingSeries, Person
from desktop.services.calendar.export import ExportSelection
from desktop.services.calendar.ics_replies import apply_reply_file, set_reply
from desktop.services.calendar.settings import CalendarSettings
from desktop.services.mail import core as mail
from desktop.services.meetings import core as m
from tests.exports.ics_support import build_scenario, export, parse
from tests.services.meeting_support import local
from tests.services.smtp_support import smtp_server  # noqa: F401 - the fixture

SETTINGS = CalendarSettings(organizer_name="经开区总工会三方联席秘书台", organizer_email="mishu@example.cn")
NOW = datetime(2026, 1, 10, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def scenario(db):
    return build_scenario(db)


def invitation(db, **kw):
    with db.reading() as s:
        return build_invitation(s, settings=SETTINGS, now=NOW, **kw)


def calendar_of(message) -> Calendar:
    (part,) = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    return Calendar.from_ical(part.get_payload(decode=True))


def parsed(message):
    return message_from_bytes(message.as_bytes(policy=policy.SMTP), policy=policy.default)


def test_request_message_has_a_calendar_part_an_attachment_and_a_chinese_subject(db, scenario):
    inv = invitation(db, meeting_id=scenario.single_id)
    raw = message_for(inv, inv.recipients[0]).as_bytes(policy=policy.SMTP)
    assert b"Subject: =?utf-8?" in raw
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] == "会议通知：三方协调委员会2026年第一次全体会议（2026年2月10日 09:00）"
    assert [p.get_content_type() for p in msg.walk()] == [
        "multipart/mixed", "multipart/alternative", "text/plain", "text/calendar", "application/ics"]
    calendar_part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    assert calendar_part.get_param("method") == "REQUEST"
    assert next(msg.iter_attachments()).get_filename() == "invite.ics"
    assert "王建国：" in msg.get_body(("plain",)).get_content()


def test_request_carries_organizer_attendees_and_no_alarm(db, scenario):
    inv = invitation(db, meeting_id=scenario.single_id)
    cal = calendar_of(parsed(message_for(inv, inv.recipients[0])))
    assert str(cal["METHOD"]) == "REQUEST"
    (event,) = cal.walk("VEVENT")
    assert str(event["ORGANIZER"]) == "mailto:mishu@example.cn"
    assert all(a.params["RSVP"] == "TRUE" for a in event["ATTENDEE"])
    assert event["DTSTAMP"].dt == NOW
    assert not event.walk("VALARM")
    with db.reading() as s:
        meeting = s.get(Meeting, scenario.single_id)
        assert str(event["UID"]) == meeting.uid and int(event["SEQUENCE"]) == meeting.sequence


def test_people_without_an_address_are_listed_not_sent_to(db, scenario):
    inv = invitation(db, meeting_id=scenario.single_id)
    assert [r.address for r in inv.recipients] == ["wangjg@example.cn"]
    assert set(inv.without_address) == {"张志强", "陈立新"}


def test_an_update_keeps_the_uid_and_raises_the_sequence(db, scenario):
    first = Calendar.from_ical(invitation(db, meeting_id=scenario.single_id).calendar).walk("VEVENT")[0]
    with db.transaction() as s:
        m.postpone_meeting(s, scenario.single_id, local(2026, 2, 12, 9, 0))
    inv = invitation(db, meeting_id=scenario.single_id, update=True)
    assert inv.subject.startswith("会议变更：")
    second = Calendar.from_ical(inv.calendar).walk("VEVENT")[0]
    assert str(second["UID"]) == str(first["UID"])
    assert int(second["SEQUENCE"]) > int(first["SEQUENCE"])
    assert second["DTSTART"].dt == local(2026, 2, 12, 9, 0)


def test_a_cancellation_is_method_cancel_with_status_cancelled(db, scenario):
    with db.transaction() as s:
        m.cancel_meeting(s, scenario.single_id)
    inv = invitation(db, meeting_id=scenario.single_id)
    cal = Calendar.from_ical(inv.calendar)
    assert (inv.method, str(cal["METHOD"])) == ("CANCEL", "CANCEL")
    (event,) = cal.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert inv.subject.startswith("会议取消：")


def test_a_series_invitation_is_the_rule_with_its_exceptions(db, scenario):
    inv = invitation(db, series_id=scenario.series_id)
    events = Calendar.from_ical(inv.calendar).walk("VEVENT")
    assert len(events) == 2 and "RRULE" in events[0] and "RECURRENCE-ID" in events[1]
    assert inv.when == "每两个月的15日 09:30，共6次"
    assert {r.address for r in inv.recipients} == {"wangjg@example.cn", "lixm@example.cn"}
    cancel = Calendar.from_ical(invitation(db, series_id=scenario.series_id, cancel=True).calendar)
    (event,) = cancel.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED" and "RECURRENCE-ID" not in event


def test_invitations_are_written_as_eml_drafts(db, scenario, tmp_path):
    (path,) = write_invitation_emls(invitation(db, meeting_id=scenario.single_id), tmp_path)
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["To"].addresses[0].addr_spec == "wangjg@example.cn"
    assert str(calendar_of(msg)["METHOD"]) == "REQUEST"


def test_no_reachable_invitee_is_refused(db, scenario, tmp_path):
    with pytest.raises(UserError, match="没有电子邮箱"):
        write_invitation_emls(invitation(db, meeting_id=scenario.cancelled_id), tmp_path)


def test_invitations_are_sent_one_per_recipient_through_smtp(db, scenario, smtp_server):  # noqa: F811
    smtp = mail.SmtpSettings(host="127.0.0.1", port=smtp_server.port, security="none",
                             sender="mishu@example.cn", sender_name="秘书台")
    results = send_invitation(invitation(db, series_id=scenario.series_id), smtp, None)
    assert sorted((r.address, r.status) for r in results) == [("lixm@example.cn", "sent"),
                                                              ("wangjg@example.cn", "sent")]
    raw = smtp_server.handler.received[0][1]
    assert str(calendar_of(message_from_bytes(raw, policy=policy.default))["METHOD"]) == "REQUEST"



def test_a_cancel_between_invitees_stops_the_sending_there(db, scenario, smtp_server):  # noqa: F811
    from desktop.progress import Cancelled, Progress

    class CancelAtSecond(Progress):
        def changed(self) -> None:
            if self.describe().startswith("正在发送 2/2"):
                self.cancel()

    smtp = mail.SmtpSettings(host="127.0.0.1", port=smtp_server.port, security="none",
                             sender="mishu@example.cn")
    sent = []
    with pytest.raises(Cancelled):
        send_invitation(invitation(db, series_id=scenario.series_id), smtp, None,
                        progress=CancelAtSecond(), after=lambda _i, r: sent.append(r))
    assert len(sent) == 1 and len(smtp_server.handler.received) == 1


# ---------------------------------------------------------------- replies

REPLY = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
METHOD:REPLY\r
BEGIN:VEVENT\r
UID:{uid}\r
{rid}SEQUENCE:{seq}\r
DTSTAMP:20260111T010000Z\r
DTSTART:20260210T010000Z\r
ATTENDEE;PARTSTAT={partstat};CN=李秀梅:mailto:LIXM@example.cn\r
END:VEVENT\r
END:VCALENDAR\r
"""


def reply(uid: str, partstat: str, *, seq=0, rid: str = "") -> bytes:
    rid_line = f"RECURRENCE-ID;TZID=China Standard Time:{rid}\r\n" if rid else ""
    return REPLY.format(uid=uid, partstat=partstat, seq=seq, rid=rid_line).encode()


def replies(db, meeting_ids) -> dict[int, str]:
    """李秀梅's reply on each meeting."""
    with db.reading() as s:
        rows = s.execute(select(Attendance.meeting_id, Attendance.reply)
                         .join(Meeting, Meeting.id == Attendance.meeting_id)
                         .join(Person, Person.id == Attendance.person_id)
                         .where(Meeting.id.in_(meeting_ids), Person.name == "李秀梅")).all()
    return dict(rows)


def test_a_reply_by_hand_shows_as_partstat(db, scenario):
    with db.transaction() as s:
        set_reply(s, scenario.series_ids[4], scenario.people["李秀梅"], "tentative")
    assert replies(db, [scenario.series_ids[4]]) == {scenario.series_ids[4]: "tentative"}
    with db.transaction() as s, pytest.raises(ValidationError):
        set_reply(s, scenario.series_ids[4], scenario.people["李秀梅"], "maybe")
    with db.transaction() as s, pytest.raises(ValidationError, match="不在本次会议"):
        set_reply(s, scenario.single_id, scenario.people["李秀梅"], "accepted")
    (event,) = parse(export(db, ExportSelection(meeting_id=scenario.series_ids[4]))).walk("VEVENT")
    partstats = {str(a.params["CN"]): str(a.params["PARTSTAT"]) for a in event["ATTENDEE"]}
    assert partstats["李秀梅"] == "TENTATIVE"


def test_a_reply_file_for_one_occurrence_is_recorded_there(db, scenario):
    with db.reading() as s:
        uid = s.get(MeetingSeries, scenario.series_id).uid
    with db.transaction() as s:
        (outcome,) = apply_reply_file(s, reply(uid, "DECLINED", rid="20260515T093000"), now=NOW)
    assert outcome.meeting_ids == (scenario.series_ids[2],) and outcome.reply == "declined"
    assert replies(db, scenario.series_ids)[scenario.series_ids[2]] == "declined"
    assert replies(db, scenario.series_ids)[scenario.series_ids[4]] == "none"


def test_a_reply_to_the_whole_series_counts_for_every_coming_occurrence(db, scenario):
    with db.reading() as s:
        uid = s.get(MeetingSeries, scenario.series_id).uid
    with db.transaction() as s:
        (outcome,) = apply_reply_file(s, reply(uid, "ACCEPTED", seq=2), now=local(2026, 6, 1))
    got = replies(db, scenario.series_ids)
    assert {k for k, v in got.items() if v == "accepted"} == set(scenario.series_ids[3:])
    assert "较早版本" not in outcome.note


def test_a_reply_that_matches_nothing_says_why(db, scenario):
    with db.transaction() as s:
        (unknown,) = apply_reply_file(s, reply("nobody@elsewhere", "ACCEPTED"), now=NOW)
    assert unknown.meeting_ids == () and "找不到" in unknown.note
    with db.reading() as s:
        uid = s.get(Meeting, scenario.single_id).uid
    with db.transaction() as s:
        (stranger,) = apply_reply_file(s, reply(uid, "ACCEPTED"), now=NOW)
    assert stranger.meeting_ids == () and "不在参会名单" in stranger.note


def test_a_file_that_is_not_a_reply_is_refused(db, scenario):
    with db.transaction() as s, pytest.raises(UserError, match="METHOD:REPLY"):
        apply_reply_file(s, export(db))
