"""Bulk reassign and due-date change: one transaction, one audit row per item, all or nothing."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import event, func, select

from desktop.errors import ConcurrencyError, ValidationError
from desktop.models import ActionItem, AuditEntry
from desktop.services.actions import core as actions
from desktop.services.actions.bulk import bulk_reassign, bulk_set_due
from tests.services.action_support import audit_of, new_action, org_id, person_id


def _audit_count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def _items(db, ids) -> dict[int, tuple]:
    """(due, version) of each item."""
    with db.reading() as s:
        return {i: (s.get(ActionItem, i).due, s.get(ActionItem, i).version) for i in ids}


def test_bulk_due_change_is_one_transaction_with_one_audit_row_per_item(db):
    ids = [new_action(db, title=f"事项{n}", due=date(2026, 1, n + 1)) for n in range(5)]
    before = _audit_count(db)
    commits = []

    def on_commit(_conn):
        commits.append(1)

    event.listen(db.engine, "commit", on_commit)
    with db.transaction("秘书甲") as s:
        result = bulk_set_due(s, ids, date(2026, 12, 31))
    event.remove(db.engine, "commit", on_commit)
    assert len(commits) == 1
    assert (result.changed, result.unchanged) == (5, 0)
    assert _audit_count(db) == before + 5
    for n, action_id in enumerate(ids):
        action, changes = audit_of(db, action_id)[-1]
        assert action == "update" and changes == {"due": [f"2026-01-0{n + 1}", "2026-12-31"]}
    items = _items(db, ids)
    assert set(items.values()) == {(date(2026, 12, 31), 2)}


def test_bulk_reassign_records_lead_and_owner_and_skips_items_already_there(db):
    with db.transaction("测试员") as s:
        hr, owner = org_id(s, "人社局"), person_id(s, "刘芳")
    moved = [new_action(db, title="甲"), new_action(db, title="乙")]
    already = new_action(db, title="丙", lead="人社局", owner_id=owner)
    before = _audit_count(db)
    with db.transaction("秘书甲") as s:
        result = bulk_reassign(s, [*moved, already], lead_org_id=hr, owner_id=owner)
    assert (result.changed, result.unchanged) == (2, 1)
    assert _audit_count(db) == before + 2
    _, changes = audit_of(db, moved[0])[-1]
    assert changes["lead_org_id"][1] == hr and changes["owner_id"] == [None, owner]
    with db.reading() as s:
        user = s.scalar(select(AuditEntry.user).order_by(AuditEntry.id.desc()).limit(1))
    assert user == "秘书甲"


def test_one_closed_item_refuses_the_whole_change(db):
    ids = [new_action(db, title=f"事项{n}", due=date(2026, 1, 1)) for n in range(3)]
    with db.transaction("测试员") as s:
        actions.withdraw(s, ids[1], "不再需要")
    before = _audit_count(db)
    with pytest.raises(ValidationError, match=str(ids[1])), db.transaction("秘书甲") as s:
        bulk_set_due(s, ids, date(2027, 1, 1))
    assert _audit_count(db) == before
    assert {due for due, _v in _items(db, ids).values()} == {date(2026, 1, 1)}


def test_stale_version_refuses_the_whole_change(db):
    ids = [new_action(db, title=f"事项{n}") for n in range(2)]
    with pytest.raises(ConcurrencyError), db.transaction("秘书甲") as s:
        bulk_set_due(s, ids, date(2027, 1, 1), versions={ids[0]: 1, ids[1]: 7})
    assert {due for due, _v in _items(db, ids).values()} == {None}


def test_bulk_changes_hundreds_of_items_in_chunks(db):
    with db.transaction("测试员") as s:
        ids = [actions.create_action(s, "warning", actions.ActionFields(f"排查{n}")) for n in range(1203)]
    with db.transaction("秘书甲") as s:
        assert bulk_set_due(s, ids, date(2027, 3, 1)).changed == 1203
    with db.reading() as s:
        assert s.scalar(select(func.count()).where(ActionItem.due == date(2027, 3, 1))) == 1203
        rows = s.scalars(select(AuditEntry.changes).where(AuditEntry.entity_id.in_(ids[:3]),
                                                          AuditEntry.action == "update")).all()
    assert [json.loads(r)["due"] for r in rows][-1] == [None, "2027-03-01"]


def test_nothing_to_change_is_refused(db):
    ids = [new_action(db)]
    with pytest.raises(ValidationError), db.transaction("秘书甲") as s:
        bulk_reassign(s, ids)
    with pytest.raises(ValidationError), db.transaction("秘书甲") as s:
        bulk_set_due(s, [], None)
