"""Hostile .ics files (issue 15): every import and reply ends in a plan and a write, or in a
Chinese refusal that writes nothing, within bounded time, whatever the bytes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.models import Person
from desktop.services.calendar.ics_import import apply_ics_import, plan_ics_import
from desktop.services.calendar.ics_parse import read_events
from desktop.services.calendar.ics_replies import apply_reply_file
from desktop.text import has_controls
from tests.property.ics_strategies import calendar
from tests.property.strategies import mutated
from tests.property.support import counts, examples, few, outcome
from tests.services.ics_samples import outlook_bytes

TODAY = date(2026, 1, 15)
SAMPLE = outlook_bytes()


def import_file(db, data: bytes, *, skip: bool = False):
    """Plan and apply in one transaction, as ``import ics`` does; (result, refusal)."""
    def work():
        with db.transaction() as session:
            plan = plan_ics_import(session, data, "dispute", today=TODAY)
            check_preview(plan)
            return apply_ics_import(session, plan, allow_rejected=skip, today=TODAY)
    return outcome(work)


def check_preview(plan) -> None:
    """What the preview prints is safe for a terminal: no control characters anywhere."""
    shown = [*plan.warnings, *(i.reason for i in plan.items), *(i.title for i in plan.items)]
    assert not any(has_controls(text) for text in shown), shown


def check_all_or_nothing(db, data: bytes, *, skip: bool = False):
    before = counts(db)
    result, refusal = import_file(db, data, skip=skip)
    after = counts(db)
    if refusal is not None:
        assert after == before, refusal
    else:
        assert after["meetings"] - before["meetings"] <= result.meetings
    return result, refusal


@settings(max_examples=examples(200))
@given(st.binary(max_size=2000))
@example(b"")
@example(b"\xff\xfe\x00\x00")
@example(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR")
@example(b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:2026")
def test_any_bytes_are_read_or_refused_clearly(data):
    outcome(lambda: read_events(data))


@settings(max_examples=examples(150))
@given(st.data())
def test_a_damaged_outlook_file_is_read_or_refused_clearly(data):
    outcome(lambda: read_events(data.draw(mutated(SAMPLE))))


@settings(max_examples=examples(100))
@given(calendar())
def test_a_generated_calendar_is_read_or_refused_clearly(data):
    outcome(lambda: read_events(data))


@few(40)
@given(data=calendar(), skip=st.booleans())
def test_an_import_writes_all_of_the_file_or_nothing(db, data, skip):
    check_all_or_nothing(db, data, skip=skip)


@few(25)
@given(st.data())
def test_an_import_of_a_damaged_file_writes_all_or_nothing(db, data):
    check_all_or_nothing(db, data.draw(mutated(SAMPLE)))


@pytest.fixture
def invited(db):
    """Two meetings with 王建国 and 李秀梅 invited, so replies have something to match."""
    with db.transaction() as session:
        for name, email in (("王建国", "wangjg@example.cn"), ("李秀梅", "lixm@example.cn")):
            session.scalars(select(Person).where(Person.name == name)).one().email = email
    result, refusal = import_file(db, SAMPLE)
    assert refusal is None and result.created
    return db


@few(40)
@given(data=calendar(method="REPLY"))
def test_a_reply_file_records_or_refuses_without_a_partial_write(invited, data):
    before = counts(invited)

    def work():
        with invited.transaction() as session:
            return apply_reply_file(session, data)
    _result, refusal = outcome(work)
    if refusal is not None:
        assert counts(invited) == before


@few(25)
@given(st.data())
def test_a_damaged_reply_records_or_refuses(invited, data):
    reply = SAMPLE.replace(b"METHOD:PUBLISH", b"METHOD:REPLY")
    raw = data.draw(mutated(reply))

    def work():
        with invited.transaction() as session:
            return apply_reply_file(session, raw)
    outcome(work)
