"""The retention purge read back from the database and from the database file's raw bytes: what
is due, the statistics kept, sealing inside the archive period, edits refused while sealed,
the logged unsealing, and no trace of a purged value in the file or its WAL."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.models import AuditEntry, CaseParty, DisputeCase, Incident, IncidentPerson
from desktop.services.disputes import core as cases
from desktop.services.disputes.casefile import CHECKLIST, mark_document
from desktop.services.disputes.stages import Advance, advance_case
from desktop.services.disputes.statistics import case_statistics
from desktop.services.incidents import core as incidents
from desktop.services.retention import plan, purge, rules, seal
from tests.services.incident_support import LEARNED, new_incident
from tests.services.test_dispute_cases import GOOD_ID, PHONE, draft, enterprises

NAME = "欧阳清除"          # a name found nowhere else in the seeded database
CLOSED = date(2022, 3, 10)


def closed_case(db, received: date = date(2022, 3, 1), closed: date = CLOSED) -> int:
    enterprise = enterprises(db)[0]

    def work(s):
        case_id = cases.create_case(s, draft(enterprise, received, parties=(
            cases.PartyInput(NAME, GOOD_ID, PHONE, "北京市大兴区荣华路10号"),),
            reasons=f"{NAME}称企业拖欠工资三个月"), user="秘书")
        advance_case(s, case_id, Advance("调解中", received + timedelta(days=1)), user="秘书")
        advance_case(s, case_id, Advance("调解不成", closed - timedelta(days=1)), user="秘书")
        advance_case(s, case_id, Advance("结案", closed), user="秘书")
        return case_id
    return db.run(work, "秘书")[0]


def _figures(session):
    stats = case_statistics(session, date(2022, 1, 1), date(2022, 12, 31), today=date(2026, 1, 1))
    return stats.total, stats.by_category, stats.closed, stats.median_days_to_close


def no_archive(db) -> None:
    db.run(lambda s: rules.set_retention(s, rules.CASES, 3, 0, user="管理员"), "管理员")


def run_purge(db, today: date):
    result = db.run(lambda s: purge.purge(s, today, user="管理员"), "管理员")[0]
    purge.scrub_storage(db.engine)
    return result


def test_nothing_is_due_before_the_retention_period_has_passed(db):
    closed_case(db)
    with db.reading() as s:
        assert plan.due(s, CLOSED + timedelta(days=3 * 365 - 2)) == []
        [item] = plan.due(s, date(2025, 3, 10))
    assert (item.register, item.action, item.due_on, item.persons) == ("cases", "seal", date(2025, 3, 10), 1)


def test_a_purge_removes_the_personal_fields_and_keeps_the_statistics(db):
    case_id = closed_case(db)
    no_archive(db)
    with db.reading() as s:
        before = _figures(s)
    result = run_purge(db, date(2026, 1, 1))
    assert [i.record_id for i in result.purged] == [case_id]
    with db.reading() as s:
        party = s.scalars(select(CaseParty).where(CaseParty.case_id == case_id)).one()
        case = s.get(DisputeCase, case_id)
        after = _figures(s)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).one()
        assert (party.name, party.id_number, party.phone, party.address) == ("（已清除）", "", "", "")
        assert NAME not in case.reasons and case.purged_at is not None
        summary = json.loads(entry.changes)
        assert summary["purged"]["cases"] == [case.number] and summary["persons"] == 1
        assert NAME not in entry.changes and GOOD_ID not in entry.changes
    assert after == before


def test_after_a_purge_no_trace_is_left_in_the_database_file_or_its_wal(db, db_url):
    if "://" in db_url:
        pytest.skip("the raw-bytes check is about a SQLite file")
    closed_case(db)
    no_archive(db)
    path = Path(db_url)
    assert GOOD_ID.encode() in path.read_bytes() + _wal(path)     # the check can fail: it is there now
    run_purge(db, date(2026, 1, 1))
    raw = path.read_bytes() + _wal(path)
    for secret in (GOOD_ID, PHONE, NAME, "荣华路10号"):
        assert secret.encode() not in raw, secret


def _wal(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_the_audit_log_keeps_no_purged_value(db):
    closed_case(db)
    no_archive(db)
    with db.reading() as s:
        assert any(GOOD_ID in e for e in s.scalars(select(AuditEntry.changes)))
    run_purge(db, date(2026, 1, 1))
    with db.reading() as s:
        logged = list(s.scalars(select(AuditEntry.changes)))
    assert not any(GOOD_ID in e or NAME in e or PHONE in e for e in logged)


def test_inside_the_archive_period_a_due_case_is_sealed_and_refuses_edits(db):
    case_id = closed_case(db)
    result = run_purge(db, date(2026, 1, 1))
    assert [i.record_id for i in result.sealed] == [case_id] and result.purged == ()
    with db.reading() as s:
        assert s.scalars(select(CaseParty.name).where(CaseParty.case_id == case_id)).one() == NAME
        version = s.get(DisputeCase, case_id).version
        enterprise = s.get(DisputeCase, case_id).enterprise_id
    with pytest.raises(ValidationError, match="封存"):
        db.run(lambda s: cases.update_case(s, case_id, draft(enterprise, date(2022, 3, 1)), version=version), "秘书")
    with pytest.raises(ValidationError, match="封存"):
        db.run(lambda s: mark_document(s, case_id, CHECKLIST[0].key, note="补充材料"), "秘书")
    with db.reading() as s:
        assert plan.due(s, date(2026, 1, 1)) == []                  # sealed: nothing more to do


def test_unsealing_is_explicit_and_logged(db):
    case_id = closed_case(db)
    run_purge(db, date(2026, 1, 1))
    with pytest.raises(ValidationError):
        db.run(lambda s: seal.unseal(s, "cases", case_id, "  ", user="管理员"), "管理员")
    db.run(lambda s: seal.unseal(s, "cases", case_id, "法院调卷", user="管理员"), "管理员")
    with db.reading() as s:
        assert s.get(DisputeCase, case_id).sealed_at is None
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "unseal")).one()
        assert json.loads(entry.changes)["reason"] == "法院调卷"


def test_after_the_archive_period_a_sealed_case_is_purged(db):
    case_id = closed_case(db)
    run_purge(db, date(2026, 1, 1))
    result = run_purge(db, date(2032, 3, 10))
    assert [i.record_id for i in result.purged] == [case_id]
    with db.reading() as s:
        case = s.get(DisputeCase, case_id)
        assert case.sealed_at is None and case.purged_at is not None


def test_a_closed_incident_loses_its_persons_after_three_years(db):
    incident_id = new_incident(db, persons=(incidents.PersonInput(NAME, GOOD_ID, PHONE),),
                               happened=f"职工代表{NAME}带领40名职工聚集")
    db.run(lambda s: incidents.close_incident(s, incident_id, "已平息", at=LEARNED + timedelta(hours=5)), "秘书")
    with db.reading() as s:
        assert plan.due(s, date(2029, 3, 1)) == []
    result = run_purge(db, date(2029, 3, 2))
    assert [i.reference for i in result.purged] == ["（2026）联动第1号"]
    with db.reading() as s:
        person = s.scalars(select(IncidentPerson)).one()
        incident = s.get(Incident, incident_id)
        assert (person.name, person.id_number, person.phone) == ("（已清除）", "", "")
        assert NAME not in incident.happened and incident.workers == 40


def test_a_rule_outside_its_range_is_refused(db):
    for personal, archive in ((0, 10), (3, -1), (101, 0)):
        with pytest.raises(ValidationError):
            db.run(lambda s, p=personal, a=archive: rules.set_retention(s, "cases", p, a), "管理员")
    with db.reading() as s:
        assert [r.customised for r in rules.retention_rules(s)] == [False, False, False]
