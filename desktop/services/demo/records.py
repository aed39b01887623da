"""Minutes of held meetings: their state, document numbers and the rows that hold them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from desktop.models import Decision, DocumentNumber, Minutes
from desktop.services.demo.clock import local, working_day
from desktop.services.demo.compose import compose
from desktop.services.demo.context import Ctx, PersonInfo
from desktop.services.demo.mail import write_deliveries
from desktop.services.demo.plan import MeetingPlan


@dataclass(slots=True)
class MinutesPlan:
    id: int
    state: str
    author: PersonInfo
    issuer: PersonInfo
    issued_at: datetime | None = None
    doc_id: int | None = None
    doc_text: str = ""
    doc_serial: int = 0
    decisions: list = field(default_factory=list)    # DecisionPlan, filled by actions.plan_decisions


# (days since the meeting up to, [(state, weight), ...])
STATE_ODDS = (
    (7, (("draft", 55), ("review", 45))),
    (30, (("draft", 10), ("review", 30), ("issued", 40), ("distributed", 20))),
    (None, (("draft", 2), ("review", 4), ("issued", 30), ("distributed", 64))),
)


def plan_minutes(ctx: Ctx, plans: list[MeetingPlan]) -> None:
    """A minutes record for every held meeting; issued ones get an issue time before "now"."""
    for plan in plans:
        if plan.status != "held":
            continue
        rng = ctx.rng("minutes", plan.id)
        age = (ctx.today - plan.day).days
        odds = next(o for limit, o in STATE_ODDS if limit is None or age <= limit)
        state = rng.choices([s for s, _ in odds], [w for _, w in odds])[0]
        author = next((s.person for s in plan.attendance if s.role == "recorder"), ctx.clerks[0])
        record = MinutesPlan(ctx.writer.next_id(Minutes.__table__), state, author, rng.choice(ctx.clerks))
        if state in ("issued", "distributed"):
            day = working_day(plan.day + timedelta(days=rng.randint(2, 12)))
            issued = local(day, time(16, rng.choice((0, 15, 30, 45))))
            if issued >= ctx.stamp:
                record.state = "review"
            else:
                record.issued_at = issued
        plan.record = record


def number_documents(ctx: Ctx, plans: list[MeetingPlan]) -> None:
    """Serials 1..n per body and year of issue, in the order the minutes were issued."""
    issued = [p for p in plans if p.record is not None and p.record.issued_at is not None]
    issued.sort(key=lambda p: (p.body.id, p.record.issued_at, p.start, p.id))
    serials: dict[tuple[int, int], int] = {}
    for plan in issued:
        year = plan.record.issued_at.year
        serial = serials[(plan.body.id, year)] = serials.get((plan.body.id, year), 0) + 1
        plan.record.doc_id = ctx.writer.next_id(DocumentNumber.__table__)
        plan.record.doc_text = f"{plan.body.doc_code}〔{year}〕{serial}号"
        plan.record.doc_serial = serial


def write_minutes(ctx: Ctx, plan: MeetingPlan) -> None:
    """The document number, the minutes (content JSON and plain text) and its decisions."""
    record: MinutesPlan = plan.record
    w = ctx.writer
    if record.doc_id is not None:
        w.add(DocumentNumber.__table__, {
            "id": record.doc_id, "body_id": plan.body.id, "year": record.issued_at.year,
            "serial": record.doc_serial, "text": record.doc_text, "meeting_id": plan.id,
            "issued_at": record.issued_at, "issued_by": record.issuer.name,
        })
    rng = ctx.rng("text", plan.id)
    target = rng.randint(*ctx.scale.minutes_chars)
    content, text = compose(ctx, rng, plan, target)
    made = ctx.created(plan.end + timedelta(hours=20))
    w.add(Minutes.__table__, {
        "id": record.id, "meeting_id": plan.id, "version_no": 1, "state": record.state,
        "document_number_id": record.doc_id, "title": content["title"],
        "content": json.dumps(content, ensure_ascii=False), "text": text, "cc": content["cc"],
        "author": record.author.name, "issued_at": record.issued_at,
        "issued_by": record.issuer.name if record.issued_at else "", "change_note": "",
        "version": 1, "created_at": made, "updated_at": record.issued_at or made,
    })
    write_deliveries(ctx, plan)
    table = Decision.__table__
    for decision in record.decisions:
        w.add(table, {
            "id": decision.id, "meeting_id": plan.id, "minutes_id": record.id,
            "position": decision.position, "text": decision.text, "version": 1,
            "created_at": made, "updated_at": made,
        })
