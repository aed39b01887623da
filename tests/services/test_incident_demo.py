"""The demo's incidents, read back: one open Ⅱ级 with late and unacknowledged parties, 初报 and
续报一 and a 日报 due; one closed Ⅲ级 with its 总结评估; one drill; persons with valid numbers."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import IncidentMeeting, IncidentPerson, IncidentStatus
from desktop.services.demo import generate
from desktop.services.incidents import query, statistics
from desktop.services.kernel.validation import clean_phone, id_number_is_valid

TODAY = date(2026, 12, 3)


@pytest.fixture
def demo(db):
    with db.transaction() as session:
        return generate(session, "small", 1, TODAY)


def incidents(db) -> dict[str, query.IncidentRow]:
    """The demo's incidents as ``open``, ``closed`` and ``drill``."""
    with db.reading() as s:
        rows = query.list_incidents(s)
    assert len(rows) == 3
    drill = [r for r in rows if r.drill]
    real = {r.status: r for r in rows if not r.drill}
    return {"open": real[IncidentStatus.OPEN.value], "closed": real[IncidentStatus.CLOSED.value], "drill": drill[0]}


def titles(db, incident_id: int) -> list[str]:
    with db.reading() as s:
        return [r.title for r in query.incident_detail(s, incident_id).reports]


def test_the_summary_counts_three_incidents(db, demo):
    assert demo.count("incidents") == 3


def test_the_open_incident_is_level_two_with_two_late_parties_and_one_unacknowledged(db, demo):
    row = incidents(db)["open"]
    assert row.level == 2
    assert len(row.late) == 2
    assert [p.notified_at for p in row.late].count(None) == 1     # one never told, one told too late
    assert len(row.unacknowledged) == 1 and not row.unacknowledged[0].late


def test_the_open_incident_has_its_first_reports_actions_and_a_daily_report_due(db, demo):
    row = incidents(db)["open"]
    assert titles(db, row.id) == ["初报", "续报一"]
    with db.reading() as s:
        detail = query.incident_detail(s, row.id)
        due = [i for i, _n, _t in query.daily_reports_due(s)]
        linked = s.scalars(select(IncidentMeeting.meeting_id).where(IncidentMeeting.incident_id == row.id)).all()
    assert sum(1 for e in detail.timeline if e.kind == "action") == 4
    assert due == [row.id]
    assert len(linked) == 1 and detail.meetings[0][0] == linked[0]


def test_the_open_incident_is_first_on_the_dashboard(db, demo):
    with db.reading() as s:
        first = query.open_with_late_parties(s)[0]
    assert first.id == incidents(db)["open"].id


def test_the_closed_incident_holds_every_report_up_to_the_final_one(db, demo):
    row = incidents(db)["closed"]
    assert row.level == 3 and row.closed_at is not None and not row.late
    assert titles(db, row.id) == ["初报", "续报一", "日报（第1期）", "总结评估报告"]


def test_the_drill_is_level_four_and_left_out_of_the_statistics(db, demo):
    found = incidents(db)
    assert found["drill"].level == 4 and found["drill"].status == IncidentStatus.CLOSED.value
    with db.reading() as s:
        figures = statistics.statistics(s)
    assert sum(f.incidents for f in figures) == 2
    assert sum(f.level_count(4) for f in figures) == 0


def test_persons_have_valid_id_numbers_and_mobiles(db, demo):
    with db.reading() as s:
        persons = s.execute(select(IncidentPerson.name, IncidentPerson.id_number, IncidentPerson.phone)).all()
    assert len(persons) == 6
    assert all(name and id_number_is_valid(n) and clean_phone(p) == p for name, n, p in persons)


def test_numbers_run_in_the_order_the_office_learned_of_them(db, demo):
    with db.reading() as s:
        rows = sorted(query.list_incidents(s), key=lambda r: r.learned_at)
    assert [r.number for r in rows] == [f"（2026）联动第{n}号" for n in (1, 2, 3)]
