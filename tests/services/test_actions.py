"""Action items: creation, editing and the status rules, each change in the audit log."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.errors import ConcurrencyError, NotFoundError, ValidationError
from desktop.models import ActionItem, ActionUpdate, AuditEntry, Decision, Meeting
from desktop.services.actions import core as actions
from desktop.services.actions.core import ActionFields
from desktop.services.actions.detail import get_action
from tests.services.action_support import audit_of, fill_demo, new_action, org_id, person_id


def _status(db, action_id):
    with db.reading() as s:
        return s.get(ActionItem, action_id).status


def _do(db, work, *args, **kwargs):
    with db.transaction("秘书甲") as s:
        return work(s, *args, **kwargs)


def test_new_item_is_not_started_with_its_fields_and_an_insert_audit_row(db):
    with db.transaction("测试员") as s:
        fields = ActionFields("报送劳动关系工作总结", "上半年总结", org_id(s, "人社局"),
                              (org_id(s, "总工会"), org_id(s, "企联")), person_id(s, "刘芳"),
                              date(2020, 1, 31), "high", 14)
        action_id = actions.create_action(s, "tripartite", fields)
    with db.reading() as s:
        item = get_action(s, action_id)
    assert (item.status, item.progress, item.due, item.priority, item.report_every_days) == (
        "not_started", 0, date(2020, 1, 31), "high", 14)   # a past due date is allowed
    assert (item.lead, item.owner, item.co_organisations) == (
        "经开区人力资源和社会保障局", "刘芳", ("经开区企业联合会（企业家协会）", "经开区总工会"))
    kinds = [a for a, _ in audit_of(db, action_id)]
    assert kinds == ["insert", "update"]                   # the item, then its co-organisations
    assert audit_of(db, action_id)[1][1]["co_organisations"][0] == []


def test_item_from_a_decision_takes_its_meeting_body_and_text(db):
    fill_demo(db)
    with db.reading() as s:
        decision = s.scalars(select(Decision).limit(1)).one()
        decision_id, meeting_id, text = decision.id, decision.meeting_id, decision.text
        body_key = s.get(Meeting, meeting_id).body.key
    action_id = _do(db, actions.create_from_decision, decision_id, ActionFields(""))
    with db.reading() as s:
        item = get_action(s, action_id)
    assert (item.meeting_id, item.decision_id, item.title) == (meeting_id, decision_id, text[:500])
    assert item.body_key == body_key


def test_meeting_of_another_body_is_refused(db):
    fill_demo(db)
    with db.reading() as s:
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.body.has(key="dispute")).limit(1))
    with pytest.raises(ValidationError, match="不属于"):
        _do(db, actions.create_action, "tripartite", ActionFields("x"), meeting_id=meeting_id)


@pytest.mark.parametrize(("fields", "message"), [
    (ActionFields("  "), "督办事项"),
    (ActionFields("x", priority="urgent"), "优先级"),
    (ActionFields("x", report_every_days=0), "汇报周期"),
    (ActionFields("x", co_org_ids=(99999,)), "协办单位不存在"),
])
def test_bad_fields_are_refused(db, fields, message):
    with pytest.raises(ValidationError, match=message):
        _do(db, actions.create_action, "tripartite", fields)


def test_edit_writes_one_audit_row_per_change_and_refuses_a_stale_version(db):
    action_id = new_action(db)
    with db.reading() as s:
        detail = get_action(s, action_id)
    changed = ActionFields(**{**detail.fields().__dict__, "due": date(2026, 12, 31), "title": "新标题"})
    _do(db, actions.update_action, action_id, changed, detail.version)
    action, changes = audit_of(db, action_id)[-1]
    assert action == "update" and changes["due"] == [None, "2026-12-31"] and changes["title"][1] == "新标题"
    with pytest.raises(ConcurrencyError):
        _do(db, actions.update_action, action_id, changed, detail.version)


def test_report_moves_not_started_to_in_progress_and_100_percent_to_awaiting(db):
    action_id = new_action(db)
    _do(db, actions.report_progress, action_id, "已召开专题会议部署", 30, date(2026, 3, 1))
    assert _status(db, action_id) == "in_progress"
    _do(db, actions.report_progress, action_id, "已完成全部工作", 100)
    assert _status(db, action_id) == "awaiting_signoff"
    _do(db, actions.report_progress, action_id, "发现遗漏，继续办理", 90)
    assert _status(db, action_id) == "in_progress"
    with db.reading() as s:
        history = get_action(s, action_id).history
    assert [(u.kind, u.percent, u.recorded_by) for u in history] == [
        ("progress", 30, "秘书甲"), ("progress", 100, "秘书甲"), ("progress", 90, "秘书甲")]


def test_sign_off_only_from_awaiting_signoff_and_needs_a_note(db):
    action_id = new_action(db)
    _do(db, actions.start_action, action_id)
    with pytest.raises(ValidationError, match="待确认"):
        _do(db, actions.sign_off, action_id, "已办结")
    _do(db, actions.report_progress, action_id, "已完成", 100)
    with pytest.raises(ValidationError, match="办结意见"):
        _do(db, actions.sign_off, action_id, "  ")
    _do(db, actions.sign_off, action_id, "经核实已办结")
    with db.reading() as s:
        item = get_action(s, action_id)
    assert (item.status, item.progress, item.closed_by, item.close_note) == ("done", 100, "秘书甲", "经核实已办结")
    assert item.closed_at is not None and item.history[-1].kind == "signoff"
    assert audit_of(db, action_id)[-1][1]["status"] == ["awaiting_signoff", "done"]


def test_reopen_needs_a_reason_and_clears_the_closing(db):
    action_id = new_action(db)
    _do(db, actions.report_progress, action_id, "已完成", 100)
    _do(db, actions.sign_off, action_id, "已办结")
    with pytest.raises(ValidationError, match="理由"):
        _do(db, actions.reopen, action_id, "")
    _do(db, actions.reopen, action_id, "企业再次欠薪")
    with db.reading() as s:
        item = get_action(s, action_id)
    assert (item.status, item.closed_at, item.closed_by, item.close_note) == ("in_progress", None, "", "")
    assert (item.history[-1].kind, item.history[-1].text) == ("reopen", "企业再次欠薪")
    with pytest.raises(ValidationError, match="重新打开"):
        _do(db, actions.reopen, action_id, "再次")          # already open


def test_awaiting_signoff_can_be_sent_back_by_reopening(db):
    action_id = new_action(db)
    _do(db, actions.report_progress, action_id, "已完成", 100)
    _do(db, actions.reopen, action_id, "材料不全，退回补充")
    assert _status(db, action_id) == "in_progress"


def test_withdraw_from_open_only_with_a_reason(db):
    action_id = new_action(db)
    with pytest.raises(ValidationError, match="撤销理由"):
        _do(db, actions.withdraw, action_id, " ")
    _do(db, actions.withdraw, action_id, "企业已注销")
    assert _status(db, action_id) == "withdrawn"
    for work, args in ((actions.withdraw, ("再撤",)), (actions.report_progress, ("x", 10)),
                       (actions.record_chase, ("催",))):
        with pytest.raises(ValidationError, match="已撤销"):
            _do(db, work, action_id, *args)
    _do(db, actions.reopen, action_id, "企业恢复经营")
    assert _status(db, action_id) == "in_progress"


def test_refused_transition_writes_nothing(db):
    action_id = new_action(db)
    with db.reading() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(ValidationError):
        _do(db, actions.sign_off, action_id, "note")
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before
        assert s.scalar(select(func.count()).select_from(ActionUpdate)) == 0


def test_progress_percent_and_date_are_checked(db):
    action_id = new_action(db)
    for percent in (-1, 101, True):
        with pytest.raises(ValidationError, match="完成进度"):
            _do(db, actions.report_progress, action_id, "x", percent)
    with pytest.raises(ValidationError, match="晚于今天"):
        _do(db, actions.report_progress, action_id, "x", 10, date(2999, 1, 1))


def test_unknown_item_is_not_found(db):
    with pytest.raises(NotFoundError):
        _do(db, actions.start_action, 424242)
