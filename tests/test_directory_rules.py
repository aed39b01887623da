"""Organisations and people: the audit log, optimistic concurrency, refused deletes, validation."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop.config import command_line_user
from desktop.errors import ConcurrencyError, ReferencedError, ValidationError
from desktop.models import AuditEntry, Organisation, Person
from desktop.services.directory import core as d
from tests.test_database_open import dump


def org_by_short(session, short: str) -> Organisation:
    return session.scalar(select(Organisation).where(Organisation.short_name == short))


def as_data(row: d.OrganisationRow, **changes) -> d.OrganisationData:
    values = dict(name=row.name, kind=row.kind, short_name=row.short_name, uscc=row.uscc,
                  address=row.address, phone=row.phone, email=row.email, notes=row.notes)
    values.update(changes)
    return d.OrganisationData(**values)


def last_audit(session) -> tuple:
    entry = session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
    return entry.user, entry.entity, entry.entity_id, entry.action, json.loads(entry.changes)


def test_update_is_audited_under_the_working_users_name_field_by_field(db, monkeypatch):
    monkeypatch.setenv("TRIPARTITE_USER", "李秘书")
    with db.reading() as session:
        row = d.get_organisation(session, org_by_short(session, "企联").id)
    with db.transaction(command_line_user()) as session:
        d.update_organisation(session, row.id, as_data(row, phone="010-67889999", notes="新备注"))
    with db.reading() as session:
        assert last_audit(session) == ("李秘书", "organisations", row.id, "update", {
            "phone": [row.phone, "010-67889999"], "notes": ["", "新备注"]})


def test_insert_and_delete_are_audited_with_their_values(db):
    with db.transaction("张三") as session:
        org_id = d.create_organisation(session, d.OrganisationData(name="经开区测试协会", phone="13812345678"))
    with db.transaction("张三") as session:
        d.delete_organisation(session, org_id)
    with db.reading() as session:
        entries = session.execute(select(AuditEntry.user, AuditEntry.action, AuditEntry.changes).where(
            AuditEntry.entity == "organisations", AuditEntry.entity_id == org_id).order_by(AuditEntry.id)).all()
    assert [(user, action) for user, action, _ in entries] == [("张三", "insert"), ("张三", "delete")]
    assert json.loads(entries[0].changes)["name"] == [None, "经开区测试协会"]
    assert json.loads(entries[1].changes)["phone"] == ["13812345678", None]


def test_saving_against_a_version_someone_else_changed_is_refused(db):
    with db.reading() as session:
        loaded = d.get_organisation(session, org_by_short(session, "企联").id)  # a form opens
    with db.transaction("甲") as session:
        d.update_organisation(session, loaded.id, as_data(loaded, phone="010-11111111"))
    with pytest.raises(ConcurrencyError, match="已被他人修改"), db.transaction("乙") as session:
        d.update_organisation(session, loaded.id, as_data(loaded, phone="010-22222222"),
                              version=loaded.version)
    with db.reading() as session:
        assert d.get_organisation(session, loaded.id).phone == "010-11111111"


def test_two_sessions_editing_the_same_organisation_the_second_gets_concurrency_error(db):
    if db.is_sqlite:
        pytest.skip("SQLite write transactions start as writers (BEGIN IMMEDIATE), so the second "
                    "waits for the first and cannot interleave; the version check across "
                    "transactions is tested below")
    with db.reading() as session:
        org_id = org_by_short(session, "企联").id
    with pytest.raises(ConcurrencyError, match="已被他人修改"), db.transaction("乙") as second:
        mine = second.get(Organisation, org_id)  # the second session loads the row first …
        with db.transaction("甲") as first:  # … the first changes and commits it …
            first.get(Organisation, org_id).phone = "010-11111111"
        mine.phone = "010-22222222"  # … then the second writes over what it read
        second.flush()
    with db.reading() as session:
        assert session.scalar(select(Organisation.phone).where(Organisation.id == org_id)) == "010-11111111"


def test_interleaved_service_saves_with_the_loaded_version_refuse_the_second(db):
    with db.reading() as session:
        org_id = org_by_short(session, "企联").id
    with db.reading() as session:  # both people opened the form on the same version
        loaded = d.get_organisation(session, org_id)
    with db.transaction("甲") as first:
        d.update_organisation(first, org_id, as_data(loaded, phone="010-11111111"), loaded.version)
    with pytest.raises(ConcurrencyError), db.transaction("乙") as second:
        d.update_organisation(second, org_id, as_data(loaded, phone="010-22222222"), loaded.version)
    with db.reading() as session:
        assert d.get_organisation(session, org_id).phone == "010-11111111"


def test_version_rises_on_every_save(db):
    with db.reading() as session:
        row = d.get_organisation(session, org_by_short(session, "企联").id)
    with db.transaction("甲") as session:
        d.update_organisation(session, row.id, as_data(row, notes="一"), version=row.version)
    with db.reading() as session:
        assert d.get_organisation(session, row.id).version == row.version + 1


def test_deleting_a_referenced_organisation_is_refused_with_reasons_and_deletes_nothing(db):
    before = dump(db.engine)
    with db.reading() as session:
        union_id = org_by_short(session, "总工会").id
    with pytest.raises(ReferencedError) as caught, db.transaction("测试员") as session:
        d.delete_organisation(session, union_id)
    message = str(caught.value)
    assert message.startswith("无法删除“经开区总工会”")
    assert "联系人 2 条" in message
    assert "机制成员单位 4 条" in message  # tripartite, warning, linkage, bimonthly
    assert dump(db.engine) == before


def test_deleting_a_person_who_represents_an_organisation_is_refused(db):
    before = dump(db.engine)
    with db.reading() as session:
        person_id = session.scalar(select(Person.id).where(Person.name == "王建国"))
    with pytest.raises(ReferencedError, match="无法删除“王建国”.*机制代表"), db.transaction("测试员") as session:
        d.delete_person(session, person_id)
    assert dump(db.engine) == before


def test_unreferenced_person_can_be_deleted(db):
    with db.transaction("测试员") as session:
        person_id = d.create_person(session, d.PersonData(name="临时联系人"))
    with db.transaction("测试员") as session:
        d.delete_person(session, person_id)
    with db.reading() as session:
        assert session.get(Person, person_id) is None


@pytest.mark.parametrize(("data", "field"), [
    (d.PersonData(name="陈新", phone="123"), "phone"),
    (d.PersonData(name="陈新", email="chen@"), "email"),
    (d.PersonData(name="  "), "name"),
    (d.PersonData(name="陈新", organisation_id=999_999), "organisation_id"),
])
def test_invalid_person_is_refused_naming_the_field_and_nothing_is_written(db, data, field):
    before = dump(db.engine)
    with pytest.raises(ValidationError) as caught, db.transaction("测试员") as session:
        d.create_person(session, data)
    assert caught.value.field == field
    assert dump(db.engine) == before


def test_organisation_with_bad_credit_code_or_duplicate_name_is_refused(db):
    with pytest.raises(ValidationError, match="校验位不正确"), db.transaction("测试员") as session:
        d.create_organisation(session, d.OrganisationData(name="某公司", uscc="91110000600037341M"))
    with pytest.raises(ValidationError, match="已有名称为“经开区总工会”的单位"), db.transaction("测试员") as session:
        d.create_organisation(session, d.OrganisationData(name="经开区总工会"))
    with db.transaction("测试员") as session:
        d.create_organisation(session, d.OrganisationData(name="某公司", uscc="91110000600037341L"))
    with pytest.raises(ValidationError, match="统一社会信用代码"), db.transaction("测试员") as session:
        d.create_organisation(session, d.OrganisationData(name="另一公司", uscc="91110000600037341L"))
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(Organisation.name.in_(["某公司", "另一公司"]))) == 1
