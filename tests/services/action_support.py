"""Shared helpers for the action-item tests: ids by name, a new item, its audit rows."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from desktop.models import AuditEntry, Organisation, Person
from desktop.services.actions.core import ActionFields, create_action
from desktop.services.demo import generate

TODAY = date(2026, 11, 24)


def org_id(session, short: str) -> int:
    return session.scalar(select(Organisation.id).where(
        (Organisation.short_name == short) | (Organisation.name == short)))


def person_id(session, name: str) -> int:
    return session.scalar(select(Person.id).where(Person.name == name))


def new_action(db, body="tripartite", title="修改完善要约行动实施方案", lead="总工会", **fields) -> int:
    with db.transaction("测试员") as s:
        return create_action(s, body, ActionFields(title, lead_org_id=org_id(s, lead), **fields))


def audit_of(db, action_id: int) -> list[tuple[str, dict]]:
    """(action, changes) of the item's audit rows, oldest first."""
    with db.reading() as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.changes).where(
            AuditEntry.entity == "action_items", AuditEntry.entity_id == action_id)
            .order_by(AuditEntry.id)).all()
    return [(a, json.loads(c)) for a, c in rows]


def fill_demo(db, today: date = TODAY) -> None:
    with db.transaction("测试员") as s:
        generate(s, "small", 1, today)
