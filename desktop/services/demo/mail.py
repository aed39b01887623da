"""What lets the mail features be tried: contacts' e-mail addresses, invitees' replies to
their meetings, and the delivery records of distributed (and some issued) minutes.

Each draws from its own random stream, so the rest of the demonstration stays as it was.
Addresses are under example.com (reserved, RFC 2606): a demo can never mail a real person.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from desktop.models import MinutesDelivery, Person
from desktop.models.access import writing_connection
from desktop.services.demo.context import Ctx

NO_ADDRESS_EVERY = 9          # one contact in nine has no e-mail address
PARTICIPANT = "参会"           # desktop.services.minutes.distribution.KIND_PARTICIPANT
REFUSED = "550 5.1.1 收件人邮箱不存在（用户不存在或已停用）"
FULL = "452 4.2.2 收件人邮箱已满"


def address(person_id: int, org_id: int | None) -> str:
    """A stable demo address for a contact, '' for one in nine."""
    if person_id % NO_ADDRESS_EVERY == 0:
        return ""
    return f"p{person_id}@org{org_id or 0}.example.com"


def address_seeded_people(session: Session) -> None:
    """Give the contacts seeded before the demo (who have none) an address, in one statement."""
    rows = [{"pid": pid, "mail": address(pid, org)} for pid, org in session.execute(
        select(Person.id, Person.organisation_id).where(Person.email == ""))]
    rows = [r for r in rows if r["mail"]]
    if rows:
        table = Person.__table__
        writing_connection(session).execute(
            update(table).where(table.c.id == bindparam("pid")).values(email=bindparam("mail")), rows)


def reply(ctx: Ctx, rng, plan, seat) -> str:
    """The invitee's recorded reply: held meetings mostly have one, matching the turnout;
    meetings in the coming three weeks have some."""
    if seat.role == "recorder":
        return "none"
    if plan.status == "held":
        if rng.random() < 0.15:
            return "none"
        return {"present": "accepted", "leave": "declined", "delegated": "delegated",
                "absent": rng.choice(("tentative", "none"))}.get(seat.status, "none")
    if plan.status == "planned" and plan.day <= ctx.today + timedelta(days=21) and rng.random() < 0.6:
        return rng.choices(("accepted", "tentative", "declined"), (75, 15, 10))[0]
    return "none"


def write_deliveries(ctx: Ctx, plan) -> None:
    """Delivery records: every participant with an address was sent distributed minutes (a few
    after a failed first try); some issued minutes went out with failures still to retry."""
    record = plan.record
    if record.issued_at is None:
        return
    recipients = list(dict.fromkeys((s.person.name, s.person.email) for s in plan.attendance
                                    if s.role != "recorder" and s.person.email))
    rng = ctx.rng("delivery", plan.id)
    if not recipients or (record.state == "issued" and rng.random() < 0.6):
        return
    sent = min(record.issued_at + timedelta(hours=rng.randint(1, 20)), ctx.stamp - timedelta(minutes=2))
    table = MinutesDelivery.__table__
    failing = rng.randrange(len(recipients)) if record.state == "issued" else None
    for n, (name, mail) in enumerate(recipients):
        base = {"minutes_id": record.id, "recipient": name, "address": mail, "kind": PARTICIPANT,
                "by": record.issuer.name}
        retried = record.state == "distributed" and rng.random() < 0.06
        if n == failing or retried:
            ctx.writer.add(table, {**base, "id": ctx.writer.next_id(table), "status": "failed",
                                   "reason": rng.choice((REFUSED, FULL)), "at": sent})
        if n != failing:
            at = min(sent + timedelta(days=1), ctx.stamp - timedelta(minutes=1)) if retried else sent
            ctx.writer.add(table, {**base, "id": ctx.writer.next_id(table), "status": "sent",
                                   "reason": "", "at": at})
