"""Issue 14, never a silent overwrite: a save that changes only a case's parties or claims, or an
incident's persons, raises the record's version, so a form still at the old version is refused;
a save that changes nothing leaves the version as a plain field does. Read back from the
database (SQLite, and PostgreSQL when TRIPARTITE_TEST_PG_URL is set)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.errors import ConcurrencyError
from desktop.models import AuditEntry, CaseClaim, CaseParty, DisputeCase, Incident, IncidentPerson
from desktop.services.disputes import core as cases
from desktop.services.incidents import core as incidents
from tests.services.incident_support import LEARNED, enterprise_id
from tests.services.test_dispute_cases import GOOD_ID, PHONE, draft, enterprises

APPLICANTS = (cases.PartyInput("张三", GOOD_ID, PHONE), cases.PartyInput("李四"))
CLAIMS = (cases.ClaimInput("支付拖欠工资", Decimal("12000")), cases.ClaimInput("支付经济补偿金", Decimal("3000")))
PERSONS = (incidents.PersonInput("王五", phone=PHONE), incidents.PersonInput("赵六"))


# ---------------------------------------------------------------- a dispute case

def _case_draft(db, **kwargs) -> cases.CaseDraft:
    return draft(enterprises(db)[0], parties=APPLICANTS, claims=CLAIMS, **kwargs)


@pytest.fixture
def case(db):
    """(id, the draft its form shows, its version)."""
    form = _case_draft(db)
    case_id = db.run(lambda s: cases.create_case(s, form, user="秘书"), "秘书")[0]
    return case_id, form, _case_version(db, case_id)


def _case_version(db, case_id: int) -> int:
    with db.reading() as s:
        return s.get(DisputeCase, case_id).version


def _stored_case(db, case_id: int) -> tuple[list[str], list[Decimal]]:
    with db.reading() as s:
        names = s.scalars(select(CaseParty.name).where(CaseParty.case_id == case_id).order_by(CaseParty.seq))
        amounts = s.scalars(select(CaseClaim.amount).where(CaseClaim.case_id == case_id).order_by(CaseClaim.seq))
        return list(names), list(amounts)


def _save_case(database, case_id: int, form: cases.CaseDraft, version: int) -> None:
    database.run(lambda s: cases.update_case(s, case_id, form, version=version), "秘书")


def _renamed(form: cases.CaseDraft) -> cases.CaseDraft:
    return replace(form, parties=(form.parties[0], replace(form.parties[1], name="李四海")))


def _reclaimed(form: cases.CaseDraft) -> cases.CaseDraft:
    return replace(form, claims=(form.claims[0], replace(form.claims[1], amount=Decimal("4500"))))


CASE_CHANGES = {"an applicant's name": (_renamed, (["张三", "李四海"], [Decimal("12000"), Decimal("3000")])),
                "a claim's amount": (_reclaimed, (["张三", "李四"], [Decimal("12000"), Decimal("4500")]))}


@pytest.mark.parametrize("change", CASE_CHANGES)
def test_changing_only_a_child_of_a_case_raises_its_version(db, case, change):
    case_id, form, version = case
    edit, stored = CASE_CHANGES[change]
    _save_case(db, case_id, edit(form), version)
    assert _case_version(db, case_id) == version + 1
    assert _stored_case(db, case_id) == stored


@pytest.mark.parametrize("change", CASE_CHANGES)
def test_a_second_case_form_at_the_old_version_is_refused_and_the_first_change_stays(db, other_pc, case, change):
    case_id, form, version = case
    edit, stored = CASE_CHANGES[change]
    _save_case(other_pc, case_id, edit(form), version)          # PC B saves first
    with pytest.raises(ConcurrencyError):
        _save_case(db, case_id, replace(form, notes="A的修改"), version)   # PC A, still at the old version
    assert _stored_case(db, case_id) == stored
    assert _case_version(db, case_id) == version + 1


def test_saving_an_unchanged_case_form_leaves_the_version_and_the_log(db, case):
    case_id, form, version = case
    entries = _audit_count(db)
    _save_case(db, case_id, form, version)
    assert _case_version(db, case_id) == version
    assert _audit_count(db) == entries


def test_a_case_and_its_applicants_changed_together_take_one_version_step(db, case):
    case_id, form, version = case
    _save_case(db, case_id, replace(_renamed(form), notes="补充说明"), version)
    assert _case_version(db, case_id) == version + 1


def test_a_child_change_is_audited_on_the_child_row(db, case):
    case_id, form, version = case
    _save_case(db, case_id, _renamed(form), version)
    with db.reading() as s:
        changes = s.scalars(select(AuditEntry.changes).where(AuditEntry.entity == "case_parties",
                                                             AuditEntry.action == "update")).one()
    assert json.loads(changes) == {"name": ["李四", "李四海"]}


def test_removing_an_applicant_raises_the_version_and_is_audited_as_a_delete(db, case):
    case_id, form, version = case
    _save_case(db, case_id, replace(form, parties=form.parties[1:]), version)
    assert _case_version(db, case_id) == version + 1
    assert _stored_case(db, case_id)[0] == ["李四"]
    with db.reading() as s:
        deleted = s.scalars(select(AuditEntry.changes).where(AuditEntry.entity == "case_parties",
                                                             AuditEntry.action == "delete")).one()
    assert json.loads(deleted)["name"] == ["张三", None]


# ---------------------------------------------------------------- an incident

@pytest.fixture
def incident(db):
    """(id, the draft its form shows, its version)."""
    form = incidents.IncidentDraft(enterprise_id=enterprise_id(db), title="欠薪聚集", level=3, workers=40,
                                   began_at=LEARNED - timedelta(minutes=20), learned_at=LEARNED, persons=PERSONS)
    incident_id = db.run(lambda s: incidents.create_incident(s, form, user="秘书"), "秘书")[0]
    return incident_id, form, _incident_version(db, incident_id)


def _incident_version(db, incident_id: int) -> int:
    with db.reading() as s:
        return s.get(Incident, incident_id).version


def _stored_persons(db, incident_id: int) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(IncidentPerson.name).where(IncidentPerson.incident_id == incident_id)
                              .order_by(IncidentPerson.seq)))


def _save_incident(database, incident_id: int, form: incidents.IncidentDraft, version: int) -> None:
    database.run(lambda s: incidents.update_incident(s, incident_id, form, version=version, user="秘书"), "秘书")


def _person_renamed(form: incidents.IncidentDraft) -> incidents.IncidentDraft:
    return replace(form, persons=(form.persons[0], replace(form.persons[1], name="赵六一")))


def test_changing_only_a_person_of_an_incident_raises_its_version(db, incident):
    incident_id, form, version = incident
    _save_incident(db, incident_id, _person_renamed(form), version)
    assert _incident_version(db, incident_id) == version + 1
    assert _stored_persons(db, incident_id) == ["王五", "赵六一"]


def test_a_second_incident_form_at_the_old_version_is_refused_and_the_first_change_stays(db, other_pc, incident):
    incident_id, form, version = incident
    _save_incident(other_pc, incident_id, _person_renamed(form), version)
    with pytest.raises(ConcurrencyError):
        _save_incident(db, incident_id, replace(form, place="厂区门口"), version)
    assert _stored_persons(db, incident_id) == ["王五", "赵六一"]
    assert _incident_version(db, incident_id) == version + 1


def test_saving_an_unchanged_incident_form_leaves_the_version_and_the_log(db, incident):
    incident_id, form, version = incident
    entries = _audit_count(db)
    _save_incident(db, incident_id, form, version)
    assert _incident_version(db, incident_id) == version
    assert _audit_count(db) == entries


def test_an_incident_with_a_new_level_and_persons_takes_one_version_step(db, incident):
    incident_id, form, version = incident
    _save_incident(db, incident_id, replace(_person_renamed(form), level=2), version)
    assert _incident_version(db, incident_id) == version + 1


def _audit_count(db) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))
