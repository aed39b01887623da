"""Who attends each meeting, its agenda, and the meeting, attendance and agenda rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from desktop.models import AgendaItem, Attendance, Meeting
from desktop.services.demo.context import Ctx, PersonInfo
from desktop.services.demo.directory import invited
from desktop.services.demo.mail import reply
from desktop.services.demo.plan import MeetingPlan
from desktop.services.demo.topics import AGENDA, FOLLOW_UP

PER_PARK = ("park_monthly", "park_bimonthly")
ORDERED = ("case", "incident", "drill")       # these agendas follow a fixed order


@dataclass(frozen=True, slots=True)
class Seat:
    person: PersonInfo
    role: str
    status: str
    delegate: PersonInfo | None = None


@dataclass(frozen=True, slots=True)
class Item:
    title: str
    presenter: PersonInfo
    minutes: int
    theme: str


def plan_people_and_agenda(ctx: Ctx, plans: list[MeetingPlan]) -> None:
    """Fill every plan's attendance and agenda."""
    for plan in plans:
        rng = ctx.rng("attendance", plan.id)
        plan.attendance = _attendance(ctx, rng, plan)
        plan.agenda = _agenda(ctx, rng, plan)


def _attendance(ctx: Ctx, rng, plan: MeetingPlan) -> list[Seat]:
    invited = _invited(ctx, plan)
    chosen: dict[int, tuple[PersonInfo, str]] = {}
    for i, person in enumerate(invited):
        chosen.setdefault(person.id, (person, "chair" if i == 0 else "member"))
    free_clerks = [p for p in ctx.clerks if p.id not in chosen]
    if free_clerks:
        recorder = rng.choice(free_clerks)
        chosen[recorder.id] = (recorder, "recorder")
    for person in _observers(ctx, rng, plan, chosen):
        chosen[person.id] = (person, "observer")
    held = plan.status == "held"
    seats = []
    for person, role in chosen.values():
        if not held:
            seats.append(Seat(person, role, "unknown"))
        elif role in ("chair", "recorder"):
            seats.append(Seat(person, role, "present"))
        else:
            seats.append(_turnout(ctx, rng, person, role, chosen))
    return seats


def _invited(ctx: Ctx, plan: MeetingPlan) -> list[PersonInfo]:
    park = plan.fields.get("park", "") if plan.track.kind in PER_PARK else None
    return invited(ctx, plan.body, park)


def _observers(ctx: Ctx, rng, plan: MeetingPlan, chosen: dict) -> list[PersonInfo]:
    count = rng.choice((0, 0, 1, 1, 2, 3))
    pool = [p for m in plan.body.members for p in ctx.staff.get(m.org_id, ()) if p.id not in chosen]
    return rng.sample(pool, min(count, len(pool)))


def _turnout(ctx: Ctx, rng, person: PersonInfo, role: str, chosen: dict) -> Seat:
    roll = rng.random()
    if roll < 0.84:
        return Seat(person, role, "present")
    if roll < 0.93:
        return Seat(person, role, "leave")
    if roll < 0.98:
        colleagues = [p for p in ctx.staff.get(person.org_id, ()) if p.id not in chosen]
        if colleagues:
            return Seat(person, role, "delegated", rng.choice(colleagues))
        return Seat(person, role, "leave")
    return Seat(person, role, "absent")


def _agenda(ctx: Ctx, rng, plan: MeetingPlan) -> list[Item]:
    pool = AGENDA.get(plan.track.kind, ())
    if plan.track.kind in ORDERED:
        picked = list(pool)
    else:
        picked = rng.sample(pool, min(len(pool), rng.randint(2, 4)))
    items = []
    follow_up = not plan.first_of_series and plan.track.kind not in ORDERED and rng.random() < 0.75
    if follow_up:
        items.append(Item(FOLLOW_UP, rng.choice(ctx.clerks), 10, "followup"))
    fields = {"year": plan.fields.get("year", plan.day.year), "topic": plan.fields.get("topic", "")}
    for title, org, theme, minutes in picked:
        items.append(Item(title.format(**fields), _presenter(rng, plan, org), minutes, theme))
    return _fit(items, plan.minutes)


def _presenter(rng, plan: MeetingPlan, short: str) -> PersonInfo:
    member = plan.body.member(short) or plan.body.members[0]
    if plan.track.kind in PER_PARK and plan.attendance:
        same = [s.person for s in plan.attendance if s.person.org_id == member.org_id]
        if same:
            return same[0]
    return rng.choice(member.reps)


def _fit(items: list[Item], length: int) -> list[Item]:
    """Scale planned minutes (to 5-minute steps) so the agenda fills the meeting, less 10."""
    total = sum(i.minutes for i in items)
    room = max(length - 10, 5 * len(items))
    if total <= room:
        return items
    return [Item(i.title, i.presenter, max(5, round(i.minutes * room / total / 5) * 5), i.theme)
            for i in items]


def write_meeting(ctx: Ctx, plan: MeetingPlan) -> None:
    """The meeting row with its attendance and agenda rows."""
    made = ctx.created(plan.start - timedelta(days=21))
    touched = ctx.created(plan.end + timedelta(hours=2)) if plan.status == "held" else made
    w = ctx.writer
    online = ""
    if plan.body.key == "bimonthly" and plan.id % 10 == 0:
        online = f"https://meeting.tencent.com/dm/{plan.uid[:12].replace('-', '')}"
    w.add(Meeting.__table__, {
        "id": plan.id, "uid": plan.uid, "body_id": plan.body.id, "series_id": plan.series_id,
        "recurrence_id": plan.recurrence_id, "detached": plan.detached, "title": plan.title,
        "start": plan.start, "end": plan.end, "all_day": False,
        "room_id": ctx.rooms.get(plan.room) if plan.room else None, "location": plan.location,
        "online_url": online, "notes": plan.notes, "status": plan.status,
        "sequence": plan.sequence, "version": 1, "created_at": made, "updated_at": touched,
    })
    table = Attendance.__table__
    rng = ctx.rng("reply", plan.id)
    for seat in plan.attendance:
        w.add(table, {
            "id": w.next_id(table), "meeting_id": plan.id, "person_id": seat.person.id,
            "role": seat.role, "status": seat.status,
            "delegate_id": seat.delegate.id if seat.delegate else None,
            "delegate_name": seat.delegate.name if seat.delegate else "", "reply": reply(ctx, rng, plan, seat),
            "version": 1, "created_at": made, "updated_at": touched,
        })
    table = AgendaItem.__table__
    for position, item in enumerate(plan.agenda, 1):
        w.add(table, {
            "id": w.next_id(table), "meeting_id": plan.id, "position": position,
            "title": item.title, "presenter_id": item.presenter.id, "presenter": item.presenter.name,
            "planned_minutes": item.minutes, "notes": "", "version": 1,
            "created_at": made, "updated_at": made,
        })
