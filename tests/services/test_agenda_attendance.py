"""Agenda order, time against the meeting, templates, carry-over; attendance and quorum."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.models import ActionItem, Body
from desktop.services.meetings import agenda as ag
from desktop.services.meetings import core as m
from desktop.services.meetings import queries as q
from desktop.services.meetings.attendance import quorum, set_attendance
from tests.services.meeting_support import invite, local, meeting_data, person_id


def new_meeting(db, body="tripartite", hours=2, names=()):
    with db.transaction() as session:
        return m.create_meeting(session, meeting_data(local(2026, 3, 10), hours, body=body,
                                                      attendees=invite(session, *names)))


def test_items_are_ordered_and_reordered_by_ids(db):
    meeting_id = new_meeting(db)
    with db.transaction() as session:
        a = ag.add_agenda_item(session, meeting_id, ag.AgendaItemData("通报劳动关系形势", planned_minutes=20))
        b = ag.add_agenda_item(session, meeting_id, ag.AgendaItemData("审议集体协商计划", planned_minutes=30))
        c = ag.add_agenda_item(session, meeting_id, ag.AgendaItemData("开场", planned_minutes=5), index=0)
    with db.transaction() as session:
        ag.reorder_agenda(session, meeting_id, [b, c, a])
    with db.reading() as session:
        summary = ag.get_agenda(session, meeting_id)
    assert [(i.id, i.position) for i in summary.items] == [(b, 1), (c, 2), (a, 3)]
    with pytest.raises(ValidationError, match="刷新"), db.transaction() as session:
        ag.reorder_agenda(session, meeting_id, [a, b])


def test_presenter_and_total_against_the_meeting_length(db):
    meeting_id = new_meeting(db, hours=1)
    with db.transaction() as session:
        ag.add_agenda_item(session, meeting_id, ag.AgendaItemData(
            "工资支付情况通报", presenter_id=person_id(session, "张志强"), planned_minutes=40))
        ag.add_agenda_item(session, meeting_id, ag.AgendaItemData("企业代表发言", presenter="企业代表",
                                                                  planned_minutes=30))
    with db.reading() as session:
        summary = ag.get_agenda(session, meeting_id)
    assert [i.presenter for i in summary.items] == ["张志强", "企业代表"]
    assert (summary.total_minutes, summary.meeting_minutes, summary.over_by_minutes) == (70, 60, 10)
    assert summary.over_length and "超过会议时长 60 分钟" in summary.warning


def test_bad_agenda_item_is_refused(db):
    meeting_id = new_meeting(db)
    with pytest.raises(ValidationError, match="计划用时"), db.transaction() as session:
        ag.add_agenda_item(session, meeting_id, ag.AgendaItemData("议题", planned_minutes=0))
    with pytest.raises(ValidationError, match="议题"), db.transaction() as session:
        ag.add_agenda_item(session, meeting_id, ag.AgendaItemData(" "))


def _actions(session, body_key):
    body_id = session.scalar(select(Body.id).where(Body.key == body_key))
    session.add_all([
        ActionItem(body_id=body_id, title="督促欠薪企业限期清偿", status="in_progress", due=date(2026, 2, 28)),
        ActionItem(body_id=body_id, title="推动集体协商覆盖", status="not_started", due=date(2026, 6, 30)),
        ActionItem(body_id=body_id, title="已办结事项", status="done"),
    ])
    other = session.scalar(select(Body.id).where(Body.key == "dispute"))
    session.add(ActionItem(body_id=other, title="别的机制的事项", status="in_progress"))
    session.flush()


def test_carry_over_item_lists_the_bodys_open_actions(db):
    meeting_id = new_meeting(db)
    with db.transaction() as session:
        _actions(session, "tripartite")
        item_id = ag.add_carry_over_item(session, meeting_id)
    with db.reading() as session:
        item = ag.get_agenda(session, meeting_id).items[0]
    assert item.id == item_id and item.title == "上次会议议定事项落实情况"
    lines = item.notes.splitlines()
    assert lines == ["1. 督促欠薪企业限期清偿（完成期限：2026-02-28；办理中，已逾期）",
                     "2. 推动集体协商覆盖（完成期限：2026-06-30；未启动）"]


def test_body_template_with_carry_over_first(db):
    meeting_id = new_meeting(db)
    with db.transaction() as session:
        _actions(session, "tripartite")
        ag.set_agenda_template(session, "tripartite", [
            ag.TemplateItem(ag.CARRY_OVER_TITLE, planned_minutes=10, carry_over=True),
            ag.TemplateItem("通报本季度劳动关系形势", presenter="人社局", planned_minutes=20),
        ])
        ag.apply_agenda_template(session, meeting_id)
        stored = json.loads(session.scalar(select(Body.agenda_template).where(Body.key == "tripartite")))
    with db.reading() as session:
        items = ag.get_agenda(session, meeting_id).items
    assert [i.title for i in items] == ["上次会议议定事项落实情况", "通报本季度劳动关系形势"]
    assert "督促欠薪企业限期清偿" in items[0].notes and stored[0]["carry_over"] is True


def test_attendance_statuses_and_delegate(db):
    meeting_id = new_meeting(db, names=("王建国", "张志强"))
    with db.transaction() as session:
        wang, zhang = person_id(session, "王建国"), person_id(session, "张志强")
        set_attendance(session, meeting_id, wang, "leave")
        set_attendance(session, meeting_id, zhang, "delegated", delegate_name="刘芳")
    with db.reading() as session:
        rows = {a.name: a for a in q.get_meeting(session, meeting_id).attendees}
    assert rows["王建国"].status == "leave"
    assert (rows["张志强"].status, rows["张志强"].delegate_name) == ("delegated", "刘芳")
    with pytest.raises(ValidationError, match="受委托人"), db.transaction() as session:
        set_attendance(session, meeting_id, wang, "delegated")
    with pytest.raises(ValidationError, match="不在本次会议的参会名单中"), db.transaction() as session:
        set_attendance(session, meeting_id, person_id(session, "陈立新"), "present")


def _present(db, meeting_id, *names, status="present"):
    with db.transaction() as session:
        for name in names:
            set_attendance(session, meeting_id, person_id(session, name), status)


def test_all_sides_quorum_names_the_missing_side(db):
    # tripartite sides: 政府方 (人社局), 工会方 (总工会), 企业方 (企联, 工商联)
    meeting_id = new_meeting(db, names=("张志强", "王建国", "陈立新"))
    _present(db, meeting_id, "张志强", "王建国")
    with db.reading() as session:
        result = quorum(session, meeting_id)
    assert (result.met, result.missing_sides) == (False, ("企业方",))
    assert "企业方" in result.message
    with db.transaction() as session:
        set_attendance(session, meeting_id, person_id(session, "陈立新"), "delegated", delegate_name="某副秘书长")
    with db.reading() as session:
        assert quorum(session, meeting_id).met


def test_observers_do_not_count_towards_quorum(db):
    with db.transaction() as session:
        people = invite(session, "张志强", "王建国") + invite(session, "赵丽娟", role="observer")
        meeting_id = m.create_meeting(session, meeting_data(local(2026, 3, 10), body="tripartite",
                                                            attendees=people))
    _present(db, meeting_id, "张志强", "王建国", "赵丽娟")
    with db.reading() as session:
        assert quorum(session, meeting_id).missing_sides == ("企业方",)


def test_fraction_quorum_counts_against_the_seats(db):
    # warning: 总工会 2 seats, 劳动监察 2, 管委会 1 → 5 seats, at least half → 3
    meeting_id = new_meeting(db, body="warning", names=("王建国", "李秀梅", "郑国华", "黄伟"))
    _present(db, meeting_id, "王建国", "郑国华")
    with db.reading() as session:
        short = quorum(session, meeting_id)
    assert (short.met, short.present, short.required, short.expected) == (False, 2, 3, 5)
    _present(db, meeting_id, "黄伟")
    with db.reading() as session:
        assert quorum(session, meeting_id).met


def test_body_without_a_rule_always_meets(db):
    meeting_id = new_meeting(db, body="bimonthly")
    with db.reading() as session:
        assert quorum(session, meeting_id).met
