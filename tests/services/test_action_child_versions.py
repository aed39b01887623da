"""Issue 14, never a silent overwrite: a save that changes only an action item's co-organisations
(协办单位) raises its version, so a form still at the old version is refused; a save that changes
nothing leaves the version as a plain field does. Read back from the database (SQLite, and
PostgreSQL when TRIPARTITE_TEST_PG_URL is set)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.errors import ConcurrencyError
from desktop.models import ActionItem, AuditEntry
from desktop.services.actions import core as actions
from desktop.services.actions.core import ActionFields
from desktop.services.actions.detail import get_action
from tests.services.action_support import audit_of, new_action, org_id


@pytest.fixture
def item(db):
    """(id, the fields its form shows, its version): led by 总工会, with 企联 as co-organiser."""
    with db.reading() as s:
        co = org_id(s, "企联")
    action_id = new_action(db, co_org_ids=(co,))
    with db.reading() as s:
        detail = get_action(s, action_id)
    return action_id, detail.fields(), detail.version


def _with_co_orgs(db, fields: ActionFields, *shorts: str) -> ActionFields:
    with db.reading() as s:
        return replace(fields, co_org_ids=tuple(org_id(s, short) for short in shorts))


def _save(database, action_id: int, fields: ActionFields, version: int) -> None:
    database.run(lambda s: actions.update_action(s, action_id, fields, version), "秘书")


def _version(db, action_id: int) -> int:
    with db.reading() as s:
        return s.get(ActionItem, action_id).version


def _stored_co_orgs(db, action_id: int) -> list[int]:
    with db.reading() as s:
        return actions.co_org_ids(s, action_id)


def _audit_count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_changing_only_the_co_organisations_raises_the_version(db, item):
    action_id, fields, version = item
    changed = _with_co_orgs(db, fields, "企联", "人社局")
    _save(db, action_id, changed, version)
    assert _version(db, action_id) == version + 1
    assert _stored_co_orgs(db, action_id) == sorted(changed.co_org_ids)


def test_a_second_form_at_the_old_version_is_refused_and_the_first_change_stays(db, other_pc, item):
    action_id, fields, version = item
    changed = _with_co_orgs(db, fields, "人社局")
    _save(other_pc, action_id, changed, version)                          # PC B saves first
    with pytest.raises(ConcurrencyError):
        _save(db, action_id, replace(fields, title="A的修改"), version)    # PC A, still at the old version
    assert _stored_co_orgs(db, action_id) == list(changed.co_org_ids)
    assert _version(db, action_id) == version + 1
    with db.reading() as s:
        assert s.get(ActionItem, action_id).title == fields.title


def test_saving_an_unchanged_form_leaves_the_version_and_the_log(db, item):
    action_id, fields, version = item
    entries = _audit_count(db)
    _save(db, action_id, replace(fields, co_org_ids=tuple(reversed(fields.co_org_ids))), version)
    assert _version(db, action_id) == version
    assert _audit_count(db) == entries


def test_fields_and_co_organisations_changed_together_take_one_version_step(db, item):
    action_id, fields, version = item
    _save(db, action_id, replace(_with_co_orgs(db, fields, "人社局"), title="新标题"), version)
    assert _version(db, action_id) == version + 1


def test_the_co_organisation_change_is_audited(db, item):
    action_id, fields, version = item
    before = list(fields.co_org_ids)
    changed = _with_co_orgs(db, fields, "人社局")
    _save(db, action_id, changed, version)
    action, changes = audit_of(db, action_id)[-1]
    assert (action, changes) == ("update", {"co_organisations": [before, list(changed.co_org_ids)]})
