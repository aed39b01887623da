"""Flat records for scripting (``tripartite list``): stable field names, English status words."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import (
    ActionItem,
    Body,
    DocumentNumber,
    Enterprise,
    Meeting,
    Minutes,
    Organisation,
    Person,
)
from desktop.services.attachments.core import Target, check_target, list_for
from desktop.services.bodies.core import body_by_key
from desktop.services.kernel.timeutil import local_day_bounds_utc, local_iso

KINDS = ("bodies", "organisations", "people", "meetings", "actions", "attachments", "enterprises")
ATTACHMENT_TARGETS = ("meeting", "agenda", "minutes", "action", "case")


def list_records(session: Session, kind: str, body: str | None = None,
                 first: date | None = None, last: date | None = None, *,
                 target: tuple[str, int] | None = None) -> list[dict]:
    """``attachments`` needs ``target`` (kind, id); the other kinds ignore it."""
    if kind == "attachments":
        return _attachments(session, Target(*target))
    return _LISTERS[kind](session, body, first, last)


def _attachments(session, target: Target):
    check_target(session, target)  # refuses a target that does not exist
    return [{"id": r.id, "name": r.name, "size": r.size, "sha256": r.sha256,
             "added": local_iso(r.added), "by": r.by} for r in list_for(session, target)]


def _bodies(session, body, first, last):
    query = select(Body.key, Body.name, Body.doc_code).order_by(Body.sort_order, Body.id)
    if body:
        query = query.where(Body.key == body_by_key(session, body).key)
    return [{"key": k, "name": n, "doc_code": c} for k, n, c in session.execute(query)]


def _organisations(session, body, first, last):
    from desktop.models import Membership

    query = select(Organisation.id, Organisation.name, Organisation.kind).order_by(Organisation.id)
    if body:
        query = query.join(Membership, Membership.organisation_id == Organisation.id).where(
            Membership.body_id == body_by_key(session, body).id)
    return [{"id": i, "name": n, "kind": k} for i, n, k in session.execute(query)]


def _people(session, body, first, last):
    from desktop.models import Membership, Representative

    query = (select(Person.id, Person.name, Organisation.name, Person.title)
             .outerjoin(Organisation, Person.organisation_id == Organisation.id).order_by(Person.id))
    if body:
        query = (query.join(Representative, Representative.person_id == Person.id)
                 .join(Membership, Membership.id == Representative.membership_id)
                 .where(Membership.body_id == body_by_key(session, body).id).distinct())
    return [{"id": i, "name": n, "organisation": o or "", "title": t}
            for i, n, o, t in session.execute(query)]


def _meetings(session, body, first, last):
    lo, hi = local_day_bounds_utc(first, last)
    # The state of each meeting's latest minutes version and its number, in the same query.
    latest = (select(Minutes.meeting_id, func.max(Minutes.version_no).label("version_no"))
              .group_by(Minutes.meeting_id).subquery())
    query = (select(Meeting.id, Body.key, Meeting.title, Meeting.status, Meeting.start, Meeting.end,
                    Meeting.series_id, Meeting.location, Minutes.state, DocumentNumber.text)
             .join(Body, Body.id == Meeting.body_id)
             .outerjoin(latest, latest.c.meeting_id == Meeting.id)
             .outerjoin(Minutes, (Minutes.meeting_id == Meeting.id)
                        & (Minutes.version_no == latest.c.version_no))
             .outerjoin(DocumentNumber, DocumentNumber.meeting_id == Meeting.id)
             .order_by(Meeting.start, Meeting.id))
    if body:
        query = query.where(Meeting.body_id == body_by_key(session, body).id)
    if lo:
        query = query.where(Meeting.start >= lo)
    if hi:
        query = query.where(Meeting.start < hi)
    return [{"id": i, "body": k, "title": t, "status": s, "start": local_iso(a), "end": local_iso(b),
             "series_id": sid, "location": loc, "minutes_state": state or "none",
             "document_number": number}
            for i, k, t, s, a, b, sid, loc, state, number in session.execute(query)]


def _actions(session, body, first, last):
    query = (select(ActionItem.id, Body.key, ActionItem.title, ActionItem.status, ActionItem.due,
                    Organisation.name)
             .join(Body, Body.id == ActionItem.body_id)
             .outerjoin(Organisation, Organisation.id == ActionItem.lead_org_id)
             .order_by(ActionItem.id))
    if body:
        query = query.where(ActionItem.body_id == body_by_key(session, body).id)
    if first:
        query = query.where(ActionItem.due >= first)
    if last:
        query = query.where(ActionItem.due <= last)
    return [{"id": i, "body": k, "title": t, "status": s, "due": d.isoformat() if d else None,
             "lead": lead or ""}
            for i, k, t, s, d, lead in session.execute(query)]


def _enterprises(session, body, first, last):
    query = (select(Enterprise.id, Enterprise.name, Enterprise.uscc, Enterprise.park, Enterprise.employees,
                    Enterprise.has_union).order_by(Enterprise.id))
    return [{"id": i, "name": n, "uscc": u or "", "park": p, "workers": w, "union": bool(union)}
            for i, n, u, p, w, union in session.execute(query)]


_LISTERS = {"bodies": _bodies, "organisations": _organisations, "people": _people,
            "meetings": _meetings, "actions": _actions, "enterprises": _enterprises}
