"""The action list: SQL filters, the same text filter in Python, sorting, and the dashboard
figures that open it (every figure's filter lists exactly the items it counts)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from desktop.services.actions import core as actions
from desktop.services.actions.core import ActionFields
from desktop.services.actions.dashboard import dashboard
from desktop.services.actions.query import (
    ActionFilter,
    ActionList,
    count_actions,
    load_actions,
    load_names,
)
from desktop.services.actions.timing import Ageing, DayCounter
from desktop.services.kernel.timeutil import today_local
from tests.services.action_support import TODAY, fill_demo, new_action, org_id, person_id

OPEN_SQL = "status IN ('not_started', 'in_progress', 'awaiting_signoff')"


@pytest.fixture
def demo(db):
    fill_demo(db)
    return db


def _count(db, flt: ActionFilter) -> int:
    with db.reading() as s:
        n = count_actions(s, flt, TODAY)
        assert len(load_actions(s, flt, TODAY)) == n
        return n


def _sql(db, where: str, **params) -> int:
    with db.reading() as s:
        return s.execute(text(f"SELECT count(*) FROM action_items WHERE {where}"), params).scalar()


def test_overdue_counts_agree_between_dashboard_list_and_sql(demo):
    direct = _sql(demo, f"{OPEN_SQL} AND due < :today", today=TODAY)
    with demo.reading() as s:
        board = dashboard(s, TODAY)
    assert direct > 0
    assert board.overdue == direct == _count(demo, ActionFilter(status="overdue"))
    assert sum(g.overdue for g in board.by_body) == direct
    assert sum(a.count for a in board.ageing if a.bucket is not Ageing.ON_TIME) == direct
    assert board.open == _sql(demo, OPEN_SQL) == _count(demo, ActionFilter(status="open"))


def test_every_dashboard_figure_filter_lists_what_it_counts(demo):
    with demo.reading() as s:
        board = dashboard(s, TODAY)
    for group in (*board.by_body, *board.by_lead):
        assert _count(demo, group.open_filter) == group.open
        assert _count(demo, group.overdue_filter) == group.overdue
    for bucket in board.ageing:
        assert _count(demo, bucket.filter) == bucket.count
    assert sum(m.opened for m in board.trend) > 0
    for month in board.trend:
        assert _count(demo, month.opened_filter) == month.opened
        assert _count(demo, month.closed_filter) == month.closed
    assert [o.opened_on for o in board.oldest] == sorted(o.opened_on for o in board.oldest)
    assert len(board.oldest) == 10


def test_organisation_filter_takes_lead_or_co_organiser_unless_lead_only(db):
    lead = new_action(db, lead="总工会")
    with db.transaction("测试员") as s:
        co = actions.create_action(s, "tripartite", ActionFields(
            "协办事项", lead_org_id=org_id(s, "人社局"), co_org_ids=(org_id(s, "总工会"),)))
        union = org_id(s, "总工会")
    ids = {r.id for r in _rows(db, ActionFilter(organisation_id=union))}
    assert ids == {lead, co}
    assert {r.id for r in _rows(db, ActionFilter(organisation_id=union, lead_only=True))} == {lead}


def _rows(db, flt):
    with db.reading() as s:
        return load_actions(s, flt, TODAY)


def test_owner_status_body_and_due_range_filters(db):
    with db.transaction("测试员") as s:
        owner = person_id(s, "刘芳")
    a = new_action(db, title="甲", due=date(2026, 11, 1), owner_id=owner)
    b = new_action(db, body="dispute", title="乙", due=date(2026, 12, 1))
    c = new_action(db, title="丙")
    with db.transaction("测试员") as s:
        actions.withdraw(s, c, "不再需要")
        body_id = load_names(s).body_keys
    tripartite = next(i for i, k in body_id.items() if k == "tripartite")
    assert [r.id for r in _rows(db, ActionFilter(owner_id=owner))] == [a]
    assert [r.id for r in _rows(db, ActionFilter(status="overdue"))] == [a]
    assert [r.id for r in _rows(db, ActionFilter(status="withdrawn"))] == [c]
    assert [r.id for r in _rows(db, ActionFilter(status="open"))] == [a, b]
    assert [r.id for r in _rows(db, ActionFilter(status="all"))] == [a, b, c]
    assert [r.id for r in _rows(db, ActionFilter(body_id=tripartite))] == [a, c]
    assert [r.id for r in _rows(db, ActionFilter(due_from=date(2026, 11, 15)))] == [b]
    assert [r.id for r in _rows(db, ActionFilter(due_to=date(2026, 11, 15)))] == [a]


@pytest.mark.parametrize("needle", ["工资", "总工会", "王建国", "%", "ZZZ"])
def test_text_filter_in_python_matches_the_sql_filter(demo, needle):
    with demo.reading() as s:
        rows = load_actions(s, ActionFilter(), TODAY)
        listing = ActionList(rows, load_names(s), DayCounter(TODAY))
        in_sql = load_actions(s, ActionFilter(text=needle), TODAY)
    assert [r.id for r in listing.matching(needle)] == [r.id for r in in_sql]


def test_report_late_filter_uses_the_last_progress_report(db):
    with db.transaction("测试员") as s:
        late = actions.create_action(s, "tripartite", ActionFields("按周汇报", report_every_days=7))
        fresh = actions.create_action(s, "tripartite", ActionFields("刚汇报", report_every_days=7))
        actions.report_progress(s, fresh, "本周进展", 20)
        actions.create_action(s, "tripartite", ActionFields("不定期"))
    far = date.fromordinal(today_local().toordinal() + 30)
    with db.reading() as s:
        assert [r.id for r in load_actions(s, ActionFilter(status="report_late"), far)] == [late, fresh]
        soon = date.fromordinal(today_local().toordinal() + 3)
        assert load_actions(s, ActionFilter(status="report_late"), soon) == []


def test_sorting_the_python_list(db):
    ids = [new_action(db, title=t, due=d) for t, d in
           (("乙", date(2026, 3, 1)), ("甲", None), ("丙", date(2026, 1, 1)))]
    with db.reading() as s:
        listing = ActionList(load_actions(s, ActionFilter(), TODAY), load_names(s), DayCounter(TODAY))
    by_due = [r.id for r in listing.sorted(listing.rows, "due")]
    assert by_due == [ids[2], ids[0], ids[1]]                       # no due date last
    assert [r.id for r in listing.sorted(listing.rows, "late", descending=True)] == [ids[2], ids[0], ids[1]]
    assert [r.id for r in listing.sorted(listing.rows, "id", descending=True)] == ids[::-1]
