"""The body page's overview: next meetings, last issued minutes, open 督办 items with their lead
units, decisions not yet made action items, and this year's figures, for one body only."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.config import LOCAL_TZ
from desktop.errors import NotFoundError
from desktop.models import Decision, Organisation
from desktop.services.actions.core import ActionFields, create_action, create_from_decision
from desktop.services.bodies.overview import LIST_LIMIT, body_overview
from desktop.services.meetings.core import cancel_meeting, create_meeting, mark_held
from desktop.services.minutes.core import get_minutes
from tests.services.meeting_support import meeting_data
from tests.services.minutes_support import issued_minutes

NOW = datetime.now(LOCAL_TZ).replace(second=0, microsecond=0)
TODAY = NOW.date()


def _org(session, name: str) -> int:
    return session.scalar(select(Organisation.id).where(Organisation.name == name))


def _meeting(session, days: int, title: str, body: str = "dispute", held: bool = False) -> int:
    meeting_id = create_meeting(session, meeting_data(NOW + timedelta(days=days), body=body, title=title))
    if held:
        mark_held(session, meeting_id)
    return meeting_id


def get_minutes_title(db, meeting_id: int) -> str:
    with db.reading() as session:
        return get_minutes(session, meeting_id).content.title


def _read(db, key: str = "dispute"):
    with db.reading() as session:
        return body_overview(session, key)


def test_the_next_meetings_are_the_bodys_planned_ones_soonest_first(db):
    with db.transaction("测试员") as s:
        later = _meeting(s, 9, "第二次调处会")
        sooner = _meeting(s, 2, "第一次调处会")
        cancel_meeting(s, _meeting(s, 1, "取消的会"))
        _meeting(s, -3, "已开的会", held=True)
        _meeting(s, 1, "别的机制的会", body="bimonthly")
    overview = _read(db)
    assert [m.id for m in overview.next_meetings] == [sooner, later]
    assert overview.next_meetings[0].title == "第一次调处会"


def test_the_last_issued_minutes_carry_their_document_number_newest_first(db):
    first, _, first_number = issued_minutes(db, body="dispute", title="第一次调处会",
                                            start=NOW - timedelta(days=20))
    second, _, second_number = issued_minutes(db, body="dispute", title="第二次调处会",
                                              start=NOW - timedelta(days=10))
    issued_minutes(db, body="bimonthly", title="双月沟通会", start=NOW - timedelta(days=5))
    overview = _read(db)
    assert [(m.id, m.document_number) for m in overview.last_minutes] == [
        (second, second_number), (first, first_number)]
    assert overview.last_minutes[0].state == "issued"
    assert overview.last_minutes[0].title == get_minutes_title(db, second)


def test_open_items_list_the_most_overdue_first_with_their_lead_units(db):
    with db.transaction("测试员") as s:
        court = _org(s, "经开区人民法院")
        due_soon = create_action(s, "dispute", ActionFields("下周到期", lead_org_id=court,
                                                            due=TODAY + timedelta(days=5)))
        very_late = create_action(s, "dispute", ActionFields("逾期很久", lead_org_id=court,
                                                             due=TODAY - timedelta(days=40)))
        no_due = create_action(s, "dispute", ActionFields("没有期限"))
        create_action(s, "dispute", ActionFields("已办结"), status="done")
        create_action(s, "bimonthly", ActionFields("别的机制的事项", due=TODAY - timedelta(days=90)))
    overview = _read(db)
    assert [i.id for i in overview.open_items] == [very_late, due_soon, no_due]
    late = overview.open_items[0]
    assert (late.lead, late.days_late, late.overdue) == ("经开区人民法院", 40, True)
    assert not overview.open_items[1].overdue and overview.open_items[2].lead == ""
    assert (overview.figures.open_items, overview.figures.overdue_items) == (3, 1)


def test_decisions_not_yet_made_action_items_are_listed_newest_meeting_first(db):
    older, _, _ = issued_minutes(db, body="dispute", title="第一次调处会", start=NOW - timedelta(days=20))
    newer, _, _ = issued_minutes(db, body="dispute", title="第二次调处会", start=NOW - timedelta(days=10))
    with db.transaction("测试员") as s:
        decisions = {m: s.scalars(select(Decision.id).where(Decision.meeting_id == m)
                                  .order_by(Decision.position)).all() for m in (older, newer)}
        create_from_decision(s, decisions[older][0], ActionFields(""))
    overview = _read(db)
    assert [(d.id, d.meeting_id) for d in overview.pending_decisions] == [
        (decisions[newer][0], newer), (decisions[newer][1], newer), (decisions[older][1], older)]
    assert overview.pending_decisions[0].meeting_title == "第二次调处会"
    assert overview.figures.pending_decisions == 3


def test_this_years_figures_count_meetings_decisions_and_items_closed(db):
    issued_minutes(db, body="dispute", start=NOW - timedelta(days=1))   # held, two decisions
    with db.transaction("测试员") as s:
        _meeting(s, 0, "今天的会")
        cancel_meeting(s, _meeting(s, 0, "取消的会"))
        create_action(s, "dispute", ActionFields("今年办结"), status="done")
        create_action(s, "dispute", ActionFields("撤销的"), status="withdrawn")
    figures = _read(db).figures
    same_year = (NOW - timedelta(days=1)).year == TODAY.year
    assert figures.year == TODAY.year
    assert (figures.meetings_planned, figures.meetings_held) == ((2, 1) if same_year else (1, 0))
    assert figures.decisions == (2 if same_year else 0)
    assert figures.items_closed == 1


def test_a_long_open_list_is_cut_but_counted(db):
    with db.transaction("测试员") as s:
        for n in range(LIST_LIMIT + 5):
            create_action(s, "linkage", ActionFields(f"事项{n}", due=date(2020, 1, 1) + timedelta(days=n)))
    overview = _read(db, "linkage")
    assert len(overview.open_items) == LIST_LIMIT
    assert overview.figures.open_items == overview.figures.overdue_items == LIST_LIMIT + 5
    assert overview.open_items[0].title == "事项0"


def test_an_unknown_body_is_refused(db):
    with db.reading() as session, pytest.raises(NotFoundError):
        body_overview(session, "nosuch")
