"""Organisations and people: validated create/update, refused deletes, plain rows out."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Organisation, OrgKind, Person
from desktop.services.kernel.records import check_version, get_or_refuse
from desktop.services.kernel.references import refuse_if_referenced
from desktop.services.kernel.validation import clean_email, clean_phone, clean_required, clean_uscc

ORG_KIND_LABELS = {
    OrgKind.GOVERNMENT.value: QT_TRANSLATE_NOOP("Labels", "政府部门"),
    OrgKind.LABOUR_DEPT.value: QT_TRANSLATE_NOOP("Labels", "人社部门"),
    OrgKind.UNION.value: QT_TRANSLATE_NOOP("Labels", "工会"),
    OrgKind.EMPLOYER.value: QT_TRANSLATE_NOOP("Labels", "企业组织"),
    OrgKind.COURT.value: QT_TRANSLATE_NOOP("Labels", "法院"),
    OrgKind.ARBITRATION.value: QT_TRANSLATE_NOOP("Labels", "仲裁机构"),
    OrgKind.POLICE.value: QT_TRANSLATE_NOOP("Labels", "公安"),
    OrgKind.PETITION.value: QT_TRANSLATE_NOOP("Labels", "信访"),
    OrgKind.JUSTICE.value: QT_TRANSLATE_NOOP("Labels", "司法行政"),
    OrgKind.PROCURATORATE.value: QT_TRANSLATE_NOOP("Labels", "检察院"),
    OrgKind.TAX.value: QT_TRANSLATE_NOOP("Labels", "税务"),
    OrgKind.ENTERPRISE.value: QT_TRANSLATE_NOOP("Labels", "企业"),
    OrgKind.OTHER.value: QT_TRANSLATE_NOOP("Labels", "其他"),
}


@dataclass(frozen=True)
class OrganisationData:
    """What a form or an import row says of an organisation."""

    name: str
    kind: str = OrgKind.OTHER.value
    short_name: str = ""
    uscc: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    short_name: str
    kind: str
    uscc: str
    address: str
    phone: str
    email: str
    notes: str
    people_count: int
    version: int


@dataclass(frozen=True)
class PersonData:
    name: str
    organisation_id: int | None = None
    title: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    organisation_id: int | None
    organisation: str
    title: str
    phone: str
    email: str
    notes: str
    version: int


def clean_organisation(data: OrganisationData) -> dict:
    """Validated column values; raises ValidationError naming the field."""
    if data.kind not in ORG_KIND_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的单位类别：{kind}"), field="kind", kind=data.kind)
    return {
        "name": clean_required(data.name, QT_TRANSLATE_NOOP("Labels", "单位名称"), "name"),
        "kind": data.kind,
        "short_name": " ".join(data.short_name.split())[:100],
        "uscc": clean_uscc(data.uscc),
        "address": data.address.strip()[:300],
        "phone": clean_phone(data.phone),
        "email": clean_email(data.email),
        "notes": data.notes.strip(),
    }


def _check_org_unique(session: Session, values: dict, exclude_id: int | None = None) -> None:
    for column, label in ((Organisation.name, "名称"), (Organisation.uscc, "统一社会信用代码")):
        value = values[column.key]
        if value is None:
            continue
        query = select(Organisation.id).where(column == value)
        if exclude_id is not None:
            query = query.where(Organisation.id != exclude_id)
        if session.scalar(query) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "已有{label}为“{value}”的单位。"),
                field=column.key, label=label, value=value,
            )


def create_organisation(session: Session, data: OrganisationData) -> int:
    values = clean_organisation(data)
    _check_org_unique(session, values)
    org = Organisation(**values)
    session.add(org)
    session.flush()
    return org.id


def update_organisation(session: Session, org_id: int, data: OrganisationData, version: int | None = None) -> None:
    org = get_or_refuse(session, Organisation, org_id)
    check_version(org, version)
    values = clean_organisation(data)
    _check_org_unique(session, values, exclude_id=org_id)
    for key, value in values.items():
        setattr(org, key, value)
    session.flush()


def delete_organisation(session: Session, org_id: int) -> None:
    org = get_or_refuse(session, Organisation, org_id)
    refuse_if_referenced(session, "organisations", org_id, org.name)
    session.delete(org)
    session.flush()


def list_organisations(session: Session, kind: str | None = None) -> list[OrganisationRow]:
    counts = (
        select(Person.organisation_id, func.count().label("n"))
        .group_by(Person.organisation_id)
        .subquery()
    )
    query = (
        select(Organisation, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.organisation_id == Organisation.id)
        .order_by(Organisation.name)
    )
    if kind:
        query = query.where(Organisation.kind == kind)
    return [_org_row(o, n) for o, n in session.execute(query)]


def get_organisation(session: Session, org_id: int) -> OrganisationRow:
    org = get_or_refuse(session, Organisation, org_id)
    n = session.scalar(select(func.count()).where(Person.organisation_id == org_id))
    return _org_row(org, n)


def find_organisation_id(session: Session, name: str) -> int | None:
    name = " ".join(name.split())
    return session.scalar(
        select(Organisation.id).where((Organisation.name == name) | (Organisation.short_name == name))
    )


def _org_row(o: Organisation, people_count: int) -> OrganisationRow:
    return OrganisationRow(
        o.id, o.name, o.short_name, o.kind, o.uscc or "", o.address, o.phone, o.email, o.notes,
        people_count, o.version,
    )


def clean_person(session: Session, data: PersonData) -> dict:
    if data.organisation_id is not None and session.get(Organisation, data.organisation_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "所选单位不存在。"), field="organisation_id")
    return {
        "name": clean_required(data.name, QT_TRANSLATE_NOOP("Labels", "姓名"), "name", 100),
        "organisation_id": data.organisation_id,
        "title": " ".join(data.title.split())[:100],
        "phone": clean_phone(data.phone),
        "email": clean_email(data.email),
        "notes": data.notes.strip(),
    }


def create_person(session: Session, data: PersonData) -> int:
    person = Person(**clean_person(session, data))
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, person_id: int, data: PersonData, version: int | None = None) -> None:
    person = get_or_refuse(session, Person, person_id)
    check_version(person, version)
    for key, value in clean_person(session, data).items():
        setattr(person, key, value)
    session.flush()


def delete_person(session: Session, person_id: int) -> None:
    person = get_or_refuse(session, Person, person_id)
    refuse_if_referenced(session, "people", person_id, person.name)
    session.delete(person)
    session.flush()


def list_people(session: Session, organisation_id: int | None = None) -> list[PersonRow]:
    query = (
        select(Person, Organisation.name)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .order_by(Organisation.name, Person.name, Person.id)
    )
    if organisation_id is not None:
        query = query.where(Person.organisation_id == organisation_id)
    return [_person_row(p, org or "") for p, org in session.execute(query)]


def get_person(session: Session, person_id: int) -> PersonRow:
    person = get_or_refuse(session, Person, person_id)
    org = person.organisation.name if person.organisation else ""
    return _person_row(person, org)


def _person_row(p: Person, org: str) -> PersonRow:
    return PersonRow(p.id, p.name, p.organisation_id, org, p.title, p.phone, p.email, p.notes, p.version)

