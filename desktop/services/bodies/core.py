"""The five bodies: details, member organisations (sides, seats) and representatives."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Body, Membership, Organisation, Person, Representative
from desktop.services.kernel.records import check_version, get_or_refuse
from desktop.services.kernel.references import refuse_if_referenced
from desktop.services.kernel.validation import clean_required

SIDE_SUGGESTIONS = (
    QT_TRANSLATE_NOOP("Labels", "政府方"),
    QT_TRANSLATE_NOOP("Labels", "工会方"),
    QT_TRANSLATE_NOOP("Labels", "企业方"),
    QT_TRANSLATE_NOOP("Labels", "司法方"),
    QT_TRANSLATE_NOOP("Labels", "联动单位"),
)


@dataclass(frozen=True)
class BodyRow:
    id: int
    key: str
    name: str
    short_name: str
    description: str
    doc_code: str
    quorum_rule: str
    rhythm: str
    color: str
    version: int


@dataclass(frozen=True)
class RepresentativeRow:
    id: int
    person_id: int
    name: str
    title: str
    position: str
    phone: str
    email: str


@dataclass(frozen=True)
class MembershipRow:
    id: int
    organisation_id: int
    organisation: str
    side: str
    role: str
    seats: int
    representatives: tuple[RepresentativeRow, ...]
    version: int


@dataclass(frozen=True)
class BodyData:
    name: str
    short_name: str
    description: str
    doc_code: str
    quorum_rule: str
    rhythm: str


def list_bodies(session: Session) -> list[BodyRow]:
    return [_body_row(b) for b in session.scalars(select(Body).order_by(Body.sort_order, Body.id))]


def get_body(session: Session, key: str) -> BodyRow:
    return _body_row(body_by_key(session, key))


def body_by_key(session: Session, key: str) -> Body:
    body = session.scalar(select(Body).where(Body.key == key))
    if body is None:
        keys = "、".join(session.scalars(select(Body.key).order_by(Body.sort_order)))
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "没有键为“{key}”的机制；可用的有：{keys}。"), key=key, keys=keys)
    return body


def _body_row(b: Body) -> BodyRow:
    return BodyRow(b.id, b.key, b.name, b.short_name, b.description, b.doc_code, b.quorum_rule,
                   b.rhythm, b.color, b.version)


def parse_quorum_rule(text: str) -> dict:
    """{"type": "none"|"all_sides"|"fraction", "value": 0.5}; refuses anything else."""
    try:
        rule = json.loads(text or '{"type": "none"}')
    except ValueError:
        rule = None
    if not isinstance(rule, dict) or rule.get("type") not in ("none", "all_sides", "fraction"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "法定人数规则无效。"), field="quorum_rule")
    if rule["type"] == "fraction":
        value = rule.get("value")
        if not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "法定人数比例应在 0 到 1 之间。"), field="quorum_rule"
            )
    return rule


def update_body(session: Session, key: str, data: BodyData, version: int | None = None) -> None:
    body = body_by_key(session, key)
    check_version(body, version)
    parse_quorum_rule(data.quorum_rule)
    body.name = clean_required(data.name, QT_TRANSLATE_NOOP("Labels", "机制名称"), "name", 100)
    body.short_name = data.short_name.strip()[:50]
    body.description = data.description.strip()
    body.doc_code = clean_required(data.doc_code, QT_TRANSLATE_NOOP("Labels", "发文代字"), "doc_code", 50)
    body.quorum_rule = data.quorum_rule
    body.rhythm = data.rhythm.strip()[:200]
    session.flush()


def list_memberships(session: Session, key: str) -> list[MembershipRow]:
    body = body_by_key(session, key)
    query = (
        select(Membership)
        .where(Membership.body_id == body.id)
        .options(
            selectinload(Membership.organisation),
            selectinload(Membership.representatives).selectinload(Representative.person),
        )
        .order_by(Membership.sort_order, Membership.id)
    )
    return [_membership_row(m) for m in session.scalars(query)]


def _membership_row(m: Membership) -> MembershipRow:
    reps = tuple(
        RepresentativeRow(r.id, r.person_id, r.person.name, r.person.title, r.position,
                          r.person.phone, r.person.email)
        for r in m.representatives
    )
    return MembershipRow(m.id, m.organisation_id, m.organisation.name, m.side, m.role, m.seats,
                         reps, m.version)


def _clean_seats(seats: int) -> int:
    if not isinstance(seats, int) or not 0 <= seats <= 99:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "席位数应为 0 到 99 的整数。"), field="seats")
    return seats


def add_membership(session: Session, key: str, organisation_id: int, side: str, role: str = "成员单位",
                   seats: int = 1) -> int:
    body = body_by_key(session, key)
    org = get_or_refuse(session, Organisation, organisation_id)
    exists = session.scalar(
        select(Membership.id).where(Membership.body_id == body.id, Membership.organisation_id == org.id)
    )
    if exists is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{org}”已是“{body}”的成员单位。"), field="organisation_id",
            org=org.name, body=body.name,
        )
    order = session.scalar(select(func.coalesce(func.max(Membership.sort_order), 0)).where(
        Membership.body_id == body.id))
    membership = Membership(body_id=body.id, organisation_id=org.id, side=side.strip()[:50],
                            role=role.strip()[:50], seats=_clean_seats(seats), sort_order=order + 1)
    session.add(membership)
    session.flush()
    return membership.id


def update_membership(session: Session, membership_id: int, side: str, role: str, seats: int,
                      version: int | None = None) -> None:
    m = get_or_refuse(session, Membership, membership_id)
    check_version(m, version)
    m.side, m.role, m.seats = side.strip()[:50], role.strip()[:50], _clean_seats(seats)
    session.flush()


def remove_membership(session: Session, membership_id: int) -> None:
    m = get_or_refuse(session, Membership, membership_id)
    refuse_if_referenced(session, "memberships", membership_id, m.organisation.name)
    session.delete(m)
    session.flush()


def add_representative(session: Session, membership_id: int, person_id: int, position: str = "委员") -> int:
    m = get_or_refuse(session, Membership, membership_id)
    person = get_or_refuse(session, Person, person_id)
    if session.scalar(select(Representative.id).where(
            Representative.membership_id == m.id, Representative.person_id == person.id)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name}已是该单位在本机制的代表。"), field="person_id", name=person.name
        )
    rep = Representative(membership_id=m.id, person_id=person.id, position=position.strip()[:50] or "委员")
    session.add(rep)
    session.flush()
    return rep.id


def remove_representative(session: Session, representative_id: int) -> None:
    session.delete(get_or_refuse(session, Representative, representative_id))
    session.flush()


def body_contacts(session: Session, key: str) -> list[RepresentativeRow]:
    """Every representative of every member organisation, for the body page's contact list."""
    return [rep for m in list_memberships(session, key) for rep in m.representatives]
