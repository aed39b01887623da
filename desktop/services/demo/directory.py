"""People, representatives, rooms and enterprises: the directory the meetings draw on."""

from __future__ import annotations

import math
from datetime import time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models import Body, Enterprise, Membership, Organisation, Person, Representative, Room
from desktop.services.demo import names
from desktop.services.demo.clock import local
from desktop.services.demo.context import BodyInfo, Ctx, EnterpriseInfo, MemberInfo, PersonInfo
from desktop.services.demo.mail import address as email_address
from desktop.services.kernel.validation import USCC_ALPHABET, uscc_check_char

# key -> (name, address, capacity)
ROOMS = {
    "union": ("总工会三楼第一会议室", "北京经济技术开发区荣华中路8号总工会办公楼3层", 30),
    "admin": ("管委会办公楼第二会议室", "北京经济技术开发区荣华中路15号管委会办公楼B座", 45),
    "mediation": ("劳动争议调解中心调解室", "北京经济技术开发区地盛北街1号职工服务中心2层", 12),
    "command": ("应急指挥中心会商室", "北京经济技术开发区宏达北路10号应急指挥中心", 24),
    "hall": ("职工服务中心多功能厅", "北京经济技术开发区地盛北街1号职工服务中心1层", 80),
}

# park -> (USCC region code, address prefix)
PARK_REGION = {
    "马驹桥片区": ("110112", "北京市通州区马驹桥镇"), "台湖片区": ("110112", "北京市通州区台湖镇"),
    "瀛海片区": ("110115", "北京市大兴区瀛海镇"), "长子营片区": ("110115", "北京市大兴区长子营镇"),
    "青云店片区": ("110115", "北京市大兴区青云店镇"), "采育片区": ("110115", "北京市大兴区采育镇"),
}
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714 organisation code


def load(session: Session, ctx: Ctx) -> None:
    """Read the seeded bodies, members, representatives and people into ``ctx``."""
    for org in session.scalars(select(Organisation).order_by(Organisation.id)):
        ctx.org_short[org.short_name or org.name] = org.id
        ctx.org_names[org.id] = org.short_name or org.name
        ctx.staff.setdefault(org.id, [])
    for person in session.scalars(select(Person).order_by(Person.id)):
        if person.organisation_id is not None:
            ctx.staff.setdefault(person.organisation_id, []).append(_info(person))
    query = (select(Body).order_by(Body.sort_order, Body.id).options(
        selectinload(Body.memberships).selectinload(Membership.organisation),
        selectinload(Body.memberships).selectinload(Membership.representatives)
        .selectinload(Representative.person)))
    for body in session.scalars(query):
        info = BodyInfo(body.id, body.key, body.name, body.short_name or body.name, body.doc_code)
        for m in body.memberships:
            org = m.organisation
            member = MemberInfo(m.id, org.id, org.name, org.short_name or org.name, org.kind, m.side,
                                m.role, m.seats, [_info(r.person) for r in m.representatives])
            info.members.append(member)
        ctx.bodies.append(info)


def _info(person: Person) -> PersonInfo:
    email = person.email or email_address(person.id, person.organisation_id)
    return PersonInfo(person.id, person.name, person.organisation_id, person.title, email)


def build_people(ctx: Ctx) -> None:
    """Fill every member's seats with representatives and give each member organisation staff."""
    rng = ctx.rng("people")
    for body in ctx.bodies:
        for member in body.members:
            while len(member.reps) < max(member.seats, 1):
                person = _new_person(ctx, rng, member.org_id, member.kind)
                _add_representative(ctx, member, person)
                member.reps.append(person)
    lo, hi = ctx.scale.staff_per_org
    for org_id in sorted({m.org_id for b in ctx.bodies for m in b.members}):
        kind = next(m.kind for b in ctx.bodies for m in b.members if m.org_id == org_id)
        for _ in range(rng.randint(lo, hi)):
            _new_person(ctx, rng, org_id, kind)
    ctx.clerks = _secretariat(ctx, rng)


def _secretariat(ctx: Ctx, rng) -> list[PersonInfo]:
    """Two clerks of the union (which runs the secretariat) who record and issue minutes."""
    org_id = ctx.org_short.get("总工会") or ctx.bodies[0].members[0].org_id
    reps = {p.id for b in ctx.bodies for m in b.members for p in m.reps}
    clerks = [p for p in ctx.staff.get(org_id, ()) if p.id not in reps][:2]
    while len(clerks) < 2:
        clerks.append(_new_person(ctx, rng, org_id, "union"))
    return clerks


def _new_person(ctx: Ctx, rng, org_id: int, kind: str) -> PersonInfo:
    table = Person.__table__
    titles = names.STAFF_TITLES.get(kind, names.STAFF_TITLES["other"])
    person_id = ctx.writer.next_id(table)
    person = PersonInfo(person_id, names.person_name(rng), org_id, rng.choice(titles),
                        email_address(person_id, org_id))
    made = local(ctx.first - timedelta(days=rng.randint(20, 400)), time(9, 0))
    phone = names.mobile(rng) if rng.random() < 0.5 else f"010-6788{rng.randint(1000, 9999)}"
    ctx.writer.add(table, {
        "id": person.id, "name": person.name, "organisation_id": org_id, "title": person.title,
        "phone": phone, "email": person.email, "notes": "", "version": 1,
        "created_at": ctx.created(made), "updated_at": ctx.created(made),
    })
    ctx.staff.setdefault(org_id, []).append(person)
    return person


def _add_representative(ctx: Ctx, member: MemberInfo, person: PersonInfo) -> None:
    table = Representative.__table__
    made = ctx.created(local(ctx.first - timedelta(days=10), time(9, 0)))
    ctx.writer.add(table, {
        "id": ctx.writer.next_id(table), "membership_id": member.membership_id, "person_id": person.id,
        "position": "委员" if not member.reps else "联络员", "version": 1,
        "created_at": made, "updated_at": made,
    })


def invited(ctx: Ctx, body: BodyInfo, park: str | None = None) -> list[PersonInfo]:
    """Who a body's meeting invites, chair first (the lead member's first representative).

    A park-level meeting invites one person per member organisation, the same for each park.
    """
    if park is None:
        return [rep for m in body.members for rep in m.reps]
    index = names.PARKS.index(park) if park in names.PARKS else 0
    return [(ctx.staff.get(m.org_id) or m.reps)[index % len(ctx.staff.get(m.org_id) or m.reps)]
            for m in body.members if m.reps]


def build_rooms(session: Session, ctx: Ctx) -> None:
    """The managed rooms, reusing any that already exist under the same name."""
    existing = dict(session.execute(select(Room.name, Room.id)).all())
    table = Room.__table__
    made = ctx.created(local(ctx.first - timedelta(days=30), time(9, 0)))
    for key, (name, address, capacity) in ROOMS.items():
        if name in existing:
            ctx.rooms[key] = existing[name]
            continue
        ctx.rooms[key] = ctx.writer.next_id(table)
        ctx.writer.add(table, {
            "id": ctx.rooms[key], "name": name, "address": address, "capacity": capacity,
            "notes": "", "version": 1, "created_at": made, "updated_at": made,
        })


def build_enterprises(session: Session, ctx: Ctx) -> None:
    """The zone's enterprises with unique names and valid, unique GB 32100 credit codes."""
    rng = ctx.rng("enterprises")
    taken_codes = set(session.scalars(select(Enterprise.uscc).where(Enterprise.uscc.is_not(None))))
    taken_names = set(session.scalars(select(Enterprise.name)))
    table = Enterprise.__table__
    span = (ctx.today - ctx.first).days + 3650
    for _ in range(ctx.scale.enterprises):
        industry, words, (lo, hi) = rng.choice(names.INDUSTRIES)
        name = _unique(rng, taken_names, lambda w=words: _enterprise_name(rng, w))
        park = rng.choice(names.PARKS)
        code = _unique(rng, taken_codes, lambda p=park: _uscc(rng, p))
        employees = int(math.exp(rng.uniform(math.log(lo), math.log(hi))))
        union_odds = 0.85 if employees >= 100 else 0.55 if employees >= 25 else 0.25
        has_union = rng.random() < union_odds
        made = ctx.created(local(ctx.today - timedelta(days=rng.randint(30, span)), time(10, 0)))
        row = {
            "id": ctx.writer.next_id(table), "name": name, "uscc": code, "industry": industry,
            "address": _address(rng, park), "park": park, "employees": employees, "has_union": has_union,
            # a collective contract is negotiated by a union: rare where there is none
            "has_contract": rng.random() < (0.7 if has_union else 0.05),
            "contact_name": names.person_name(rng),
            "contact_phone": names.mobile(rng), "version": 1, "created_at": made, "updated_at": made,
        }
        ctx.writer.add(table, row)
        info = EnterpriseInfo(row["id"], name, employees, park, has_union)
        ctx.enterprises.append(info)
        ctx.by_park.setdefault(park, []).append(info)


def _unique(rng, taken: set, make) -> str:
    while True:
        value = make()
        if value not in taken:
            taken.add(value)
            return value


def _enterprise_name(rng, words) -> str:
    brand = rng.choice(names.BRAND_CHARS) + rng.choice(names.BRAND_CHARS)
    word = rng.choice(words)
    form = rng.choice(names.COMPANY_FORMS)
    if rng.random() < 0.2:
        return f"{brand}（北京）{word}{form}"
    return f"北京{brand}{word}{form}"


def _address(rng, park: str) -> str:
    prefix = PARK_REGION.get(park, (None, "北京经济技术开发区"))[1]
    building = f"{rng.randint(1, 12)}号楼" if rng.random() < 0.6 else ""
    return f"{prefix}{rng.choice(names.STREETS)}{rng.randint(1, 88)}号{building}"


def _uscc(rng, park: str) -> str:
    """91 (enterprise) + region + GB 11714 organisation code + GB 32100 check character."""
    region = PARK_REGION.get(park, ("110302", ""))[0]
    if rng.random() < 0.6:   # codes issued since 2015 start with MA
        body = "MA" + "".join(rng.choice(USCC_ALPHABET) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    org = body + _org_check(body)
    first17 = "91" + region + org
    return first17 + uscc_check_char(first17)


def _org_check(body: str) -> str:
    total = sum(int(ch, 36) * w for ch, w in zip(body, _ORG_WEIGHTS))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))
