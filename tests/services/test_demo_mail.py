"""Demonstration data for the mail features (issue 16): contacts with addresses, replies for
held meetings, and the delivery records of distributed minutes, read back through the services."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from desktop.models import Attendance, Meeting, Minutes, MinutesDelivery, Person
from desktop.services.kernel.validation import clean_email
from desktop.services.minutes.distribution import (
    deliveries,
    failed_recipients,
    recipient_candidates,
)
from tests.services.test_demo import demo  # noqa: F401 - the fixture


def test_most_contacts_have_a_valid_reserved_address(demo):  # noqa: F811
    with demo.reading() as s:
        emails = s.scalars(select(Person.email)).all()
    given = [e for e in emails if e]
    assert len(given) > 0.8 * len(emails)
    assert all(clean_email(e) == e and e.endswith(".example.com") for e in given)
    assert len(set(given)) == len(given)


def test_held_meetings_have_replies_that_agree_with_the_turnout(demo):  # noqa: F811
    with demo.reading() as s:
        rows = s.execute(select(Attendance.status, Attendance.reply, Attendance.role)
                         .join(Meeting, Meeting.id == Attendance.meeting_id)
                         .where(Meeting.status == "held")).all()
    replies = Counter(reply for _status, reply, _role in rows)
    assert replies["accepted"] > 0.5 * len(rows) and replies["declined"] > 0
    assert all(reply in ("accepted", "none") for status, reply, _ in rows if status == "present")
    assert all(reply in ("declined", "none") for status, reply, _ in rows if status == "leave")
    assert all(reply == "none" for _s, reply, role in rows if role == "recorder")


def test_distributed_minutes_were_sent_to_every_recipient(demo):  # noqa: F811
    with demo.reading() as s:
        distributed = s.scalars(select(Minutes.id).where(Minutes.state == "distributed")).all()
        with_records = 0
        for minutes_id in distributed:
            rows = deliveries(s, minutes_id)
            if not rows:
                continue
            with_records += 1
            assert {r.status for r in rows} == {"sent"}
            assert {r.address for r in rows} == {c.address for c in recipient_candidates(s, minutes_id)}
        retried = s.scalar(select(MinutesDelivery.id).where(MinutesDelivery.status == "failed"))
    assert with_records > 0.8 * len(distributed) and retried is not None


def test_some_issued_minutes_wait_for_a_retry(demo):  # noqa: F811
    with demo.reading() as s:
        issued = s.scalars(select(Minutes.id).where(Minutes.state == "issued")).all()
        waiting = [m for m in issued if failed_recipients(s, m)]
        assert waiting
        for minutes_id in waiting:
            assert {r.status for r in deliveries(s, minutes_id)} == {"sent", "failed"} or \
                len(deliveries(s, minutes_id)) == 1
        times = s.execute(select(MinutesDelivery.at, Minutes.issued_at)
                          .join(Minutes, Minutes.id == MinutesDelivery.minutes_id)).all()
    assert all(at >= issued_at for at, issued_at in times)
