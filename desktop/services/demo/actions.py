"""Decisions of each minutes and the action items (督办事项) they give, with progress history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.models import ActionItem, ActionUpdate, Decision, action_co_organisations
from desktop.services.demo import names
from desktop.services.demo.clock import local
from desktop.services.demo.context import Ctx, EnterpriseInfo
from desktop.services.demo.decisions import (
    CHASE,
    DECISIONS,
    DONE_NOTES,
    PROGRESS,
    SIGNOFF,
    WITHDRAW,
)
from desktop.services.demo.plan import MeetingPlan
from desktop.services.kernel.cn_format import cn_date

FIRST_FOR = {"case": 0, "incident": 0}    # reactive meetings always decide their core matter
OPEN = ("not_started", "in_progress", "awaiting_signoff")


@dataclass(slots=True)
class DecisionPlan:
    id: int
    position: int
    template: tuple
    fields: dict
    due: date
    count: int
    text: str = ""


def plan_decisions(ctx: Ctx, plans: list[MeetingPlan]) -> None:
    """Decisions for every minutes; fan-out sizes topped up to the scale's minimum of actions."""
    fanned = []
    for plan in plans:
        if plan.record is None:
            continue
        rng = ctx.rng("decisions", plan.id)
        for decision in _decisions(ctx, rng, plan):
            plan.record.decisions.append(decision)
            if decision.template[4] == "enterprises":
                fanned.append(decision)
    _top_up(ctx, plans, fanned)
    for plan in plans:
        for decision in plan.record.decisions if plan.record else ():
            decision.fields["k"] = decision.count
            decision.text = decision.template[0].format(**decision.fields)


def _decisions(ctx: Ctx, rng, plan: MeetingPlan) -> list[DecisionPlan]:
    pool = DECISIONS.get(plan.body.key, ())
    count = min(len(pool), rng.randint(*ctx.scale.decisions))
    chosen = rng.sample(range(len(pool)), count)
    first = FIRST_FOR.get(plan.track.kind)
    if first is not None and first not in chosen:
        chosen[0] = first
    chosen.sort(key=lambda i: (i != first, i))
    out = []
    for position, index in enumerate(chosen, 1):
        template = pool[index]
        due = plan.day + timedelta(days=rng.randint(15, 90))
        fields = _fields(ctx, rng, plan, due)
        fan = template[4]
        size = (1 if fan == "one" else len(plan.body.members) if fan == "members"
                else rng.randint(*ctx.scale.fanout))
        out.append(DecisionPlan(ctx.writer.next_id(Decision.__table__), position, template,
                                fields, due, size))
    return out


def _fields(ctx: Ctx, rng, plan: MeetingPlan, due: date) -> dict:
    f = plan.fields
    return {
        "d": cn_date(due), "year": plan.day.year, "k": 0, "n": rng.randint(10, 120),
        "amount": f"{rng.uniform(12, 960):.1f}", "claim": f.get("claim") or rng.choice(names.CLAIMS),
        "park": f.get("park") or rng.choice(names.PARKS), "topic": f.get("topic") or "劳动关系协调",
        "half": "上半年" if plan.day.month <= 6 else "下半年",
        "ent": f.get("ent") or rng.choice(ctx.enterprises).name,
    }


def _top_up(ctx: Ctx, plans: list[MeetingPlan], fanned: list[DecisionPlan]) -> None:
    total = sum(d.count for p in plans if p.record for d in p.record.decisions)
    deficit = ctx.scale.min_actions - total
    if deficit <= 0 or not fanned:
        return
    rng = ctx.rng("top-up")
    cap = len(ctx.enterprises)
    while deficit > 0:
        decision = rng.choice(fanned)
        add = min(deficit, rng.randint(1, 6), cap - decision.count)
        if add > 0:
            decision.count += add
            deficit -= add


def write_actions(ctx: Ctx, plan: MeetingPlan) -> None:
    """The action items of every decision of the meeting, with co-organisers and updates."""
    if plan.record is None:
        return
    rng = ctx.rng("actions", plan.id)
    for decision in plan.record.decisions:
        for title, lead_short, ent in _targets(ctx, rng, plan, decision):
            _write_action(ctx, rng, plan, decision, title, lead_short, ent)


def _targets(ctx: Ctx, rng, plan: MeetingPlan, decision: DecisionPlan):
    _text, title, lead, _co, fan = decision.template
    fields = decision.fields
    if fan == "one":
        return [(title.format(**fields), lead, None)]
    if fan == "members":
        return [(title.format(**{**fields, "org": m.short}), m.short, None)
                for m in plan.body.members]
    pool = ctx.enterprises
    local_pool = ctx.by_park.get(plan.fields.get("park"), ())
    if len(local_pool) >= decision.count:
        pool = local_pool
    chosen = rng.sample(pool, min(decision.count, len(pool)))
    return [(title.format(**{**fields, "ent": e.name}), lead, e) for e in chosen]


def _write_action(ctx: Ctx, rng, plan: MeetingPlan, decision: DecisionPlan, title: str,
                  lead_short: str, ent: EnterpriseInfo | None) -> None:
    w = ctx.writer
    table = ActionItem.__table__
    action_id = w.next_id(table)
    lead_id = ctx.org_short.get(lead_short) or plan.body.members[0].org_id
    owner = rng.choice(ctx.staff.get(lead_id) or ctx.clerks)
    created = ctx.created(local(plan.day + timedelta(days=rng.randint(1, 4)), time(10, 0)))
    status, closed, progress = _lifecycle(ctx, rng, created, decision.due)
    priority, every = _urgency(rng, plan.track.kind in ("case", "incident") or ent is not None)
    updates = _updates(ctx, rng, status, created.date(), closed.date() if closed else None,
                       decision.due, progress)
    last = max([closed or created] + [local(day, time(17)) for day, *_ in updates])
    note = ""
    if closed:
        note = rng.choice(DONE_NOTES if status == "done" else WITHDRAW)
    w.add(table, {
        "id": action_id, "body_id": plan.body.id, "meeting_id": plan.id,
        "decision_id": decision.id, "title": title[:500],
        "description": f"{plan.title}议定事项第{decision.position}项。",
        "lead_org_id": lead_id, "owner_id": owner.id, "due": decision.due, "status": status,
        "priority": priority, "report_every_days": every, "progress": progress,
        "closed_at": closed, "closed_by": plan.record.issuer.name if closed else "",
        "close_note": note, "version": 1, "created_at": created, "updated_at": ctx.created(last),
    })
    for co in decision.template[3]:
        co_id = ctx.org_short.get(co)
        if co_id and co_id != lead_id:
            w.add(action_co_organisations, {"action_id": action_id, "organisation_id": co_id})
    table = ActionUpdate.__table__
    for day, kind, text, percent in updates:
        w.add(table, {
            "id": w.next_id(table), "action_id": action_id, "kind": kind, "reported_on": day,
            "text": text, "percent": percent, "recorded_by": plan.record.issuer.name,
            "created_at": ctx.created(local(day, time(17))),
        })


def _lifecycle(ctx: Ctx, rng, created: datetime, due: date) -> tuple[str, datetime | None, int]:
    """Status, closing time and progress: older items are mostly closed, newer ones open."""
    status = _status(rng, ctx.today, due)
    closed = None
    if status in ("done", "withdrawn"):
        latest = min(due + timedelta(days=25), ctx.today - timedelta(days=1))
        span = (latest - created.date()).days
        if span >= 1:
            closed = local(created.date() + timedelta(days=rng.randint(1, span)), time(17))
        else:                       # too new to have been closed already
            status = "in_progress"
    progress = {"not_started": 0, "awaiting_signoff": 100, "done": 100}.get(
        status, rng.randrange(10, 95, 5) if status == "in_progress" else rng.randrange(0, 60, 10))
    return status, closed, progress


def _urgency(rng, urgent: bool) -> tuple[str, int | None]:
    """Priority, and for some items a reporting interval in days."""
    priority = rng.choices(("high", "normal", "low"), (40, 50, 10) if urgent else (15, 70, 15))[0]
    every = rng.choice((7, 14, 30)) if rng.random() < (0.5 if priority == "high" else 0.15) else None
    return priority, every


# (days past due more than, weights for not_started, in_progress, awaiting_signoff, done, withdrawn)
STATUS_ODDS = ((365, (0.3, 1, 0.2, 92, 6.5)), (60, (2, 6, 2, 84, 6)), (0, (6, 28, 15, 45, 6)),
               (None, (28, 50, 8, 12, 2)))
STATUSES = ("not_started", "in_progress", "awaiting_signoff", "done", "withdrawn")


def _status(rng, today: date, due: date) -> str:
    late = (today - due).days
    weights = next(w for limit, w in STATUS_ODDS if limit is None or late > limit)
    return rng.choices(STATUSES, weights)[0]


def _updates(ctx: Ctx, rng, status: str, start: date, closed: date | None, due: date,
             progress: int) -> list[tuple]:
    """Progress reports with rising percentages; a sign-off for done; a chase when overdue."""
    end = min(closed or ctx.today - timedelta(days=1), ctx.today - timedelta(days=1))
    span = (end - start).days
    out = []
    if status != "not_started" and span > 2 and rng.random() < 0.45:
        steps = sorted(rng.sample(range(len(PROGRESS)), rng.randint(1, 3)))
        days = sorted(rng.sample(range(1, span), min(len(steps), span - 1)))
        for offset, step in zip(days, steps):
            text, percent = PROGRESS[step]
            percent = min(percent, progress) if status != "done" else percent
            out.append((start + timedelta(days=offset), "progress", text, percent))
    if status == "done" and closed and rng.random() < 0.5:
        out.append((closed, "signoff", rng.choice(SIGNOFF), 100))
    if status in OPEN and due < ctx.today and rng.random() < 0.7:
        chase_day = min(due + timedelta(days=rng.randint(1, 10)), ctx.today - timedelta(days=1))
        out.append((chase_day, "chase", rng.choice(CHASE), None))
    return sorted(out, key=lambda u: u[0])
