"""The notification board: who told each member party, how and when, who acknowledged, and
whether the party was told within its time limit.

A party's deadline runs from the moment the office learned of the incident. A party is *late*
when it was notified after its deadline, or is still not notified and the deadline has passed;
it is *unacknowledged* while nobody at the party has confirmed receipt. Both are computed when
read, as of a given moment, so a test (or a plan) can ask "who was late at 10:30".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Incident, IncidentParty, Organisation, utcnow
from desktop.services.incidents.core import check_moment, clean_text, refuse_closed
from desktop.services.incidents.labels import resolve_channel
from desktop.services.incidents.limits import check_minutes
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.timeutil import to_local


@dataclass(frozen=True)
class BoardRow:
    """One party's line on the board, as of ``as_of``."""

    id: int
    party: str
    short: str
    channel: str
    limit_minutes: int
    deadline: datetime
    notified_at: datetime | None
    notified_by: str
    contact: str
    acknowledged_at: datetime | None
    acknowledged_by: str
    note: str
    late: bool
    unacknowledged: bool
    minutes_left: int | None     # until the deadline while not notified; negative once passed


def _row(party: IncidentParty, short: str, learned_at: datetime, as_of: datetime) -> BoardRow:
    deadline = learned_at + timedelta(minutes=party.limit_minutes)
    if party.notified_at is not None:
        late, left = party.notified_at > deadline, None
    else:
        late = as_of > deadline
        left = int((deadline - as_of).total_seconds() // 60)
    return BoardRow(party.id, party.party, short or party.party, party.channel, party.limit_minutes, deadline,
                    party.notified_at, party.notified_by, party.contact, party.acknowledged_at,
                    party.acknowledged_by, party.note, late, party.acknowledged_at is None, left)


def board(session: Session, incident_id: int, *, as_of: datetime | None = None) -> list[BoardRow]:
    """The board of one incident in the body's order of its parties."""
    incident = get_or_refuse(session, Incident, incident_id)
    as_of = as_of or utcnow()
    rows = session.execute(
        select(IncidentParty, Organisation.short_name)
        .outerjoin(Organisation, Organisation.id == IncidentParty.organisation_id)
        .where(IncidentParty.incident_id == incident_id).order_by(IncidentParty.seq, IncidentParty.id))
    return [_row(party, short, incident.learned_at, as_of) for party, short in rows]


def boards(session: Session, incident_ids: list[int], *, as_of: datetime | None = None) -> dict[int, list[BoardRow]]:
    """The boards of several incidents in two queries (lists and the dashboard)."""
    if not incident_ids:
        return {}
    as_of = as_of or utcnow()
    learned = dict(session.execute(select(Incident.id, Incident.learned_at)
                                   .where(Incident.id.in_(incident_ids))).all())
    out: dict[int, list[BoardRow]] = {i: [] for i in learned}
    rows = session.execute(
        select(IncidentParty, Organisation.short_name)
        .outerjoin(Organisation, Organisation.id == IncidentParty.organisation_id)
        .where(IncidentParty.incident_id.in_(incident_ids)).order_by(IncidentParty.seq, IncidentParty.id))
    for party, short in rows:
        out[party.incident_id].append(_row(party, short, learned[party.incident_id], as_of))
    return out


def find_party(session: Session, incident_id: int, name: str) -> IncidentParty:
    """The board row of the party named ``name``: its full name, its short name, or an
    unambiguous part of either (``公安`` finds 经开区公安分局)."""
    wanted = (name or "").strip()
    rows = session.execute(
        select(IncidentParty, Organisation.short_name)
        .outerjoin(Organisation, Organisation.id == IncidentParty.organisation_id)
        .where(IncidentParty.incident_id == incident_id).order_by(IncidentParty.seq)).all()
    exact = [p for p, short in rows if wanted in (p.party, short)]
    if len(exact) == 1:
        return exact[0]
    found = [p for p, short in rows if wanted and (wanted in p.party or (short and wanted in short))]
    if len(found) == 1:
        return found[0]
    known = "、".join((short or p.party) for p, short in rows)
    if not found:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "本事件的通报单位中没有“{value}”。通报单位：{known}。"),
                              field="party", value=wanted[:50], known=known)
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "单位“{value}”不明确，可指：{found}。"), field="party",
                          value=wanted[:50], found="、".join(p.party for p in found))


def notify(session: Session, incident_id: int, party_id: int, channel: str, *, at: datetime | None = None,
           contact: str = "", note: str = "", user: str = "") -> None:
    """Record that the office notified a party (channel, when, who took it); ``at`` defaults to now."""
    incident = get_or_refuse(session, Incident, incident_id)
    refuse_closed(incident)
    party = _party_of(session, incident_id, party_id)
    party.channel = resolve_channel(channel)
    party.notified_at = check_moment(at or utcnow(), "at", not_before=incident.began_at)
    if party.acknowledged_at is not None and party.acknowledged_at < party.notified_at:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "通报时间不能晚于该单位的签收时间。"), field="at")
    party.notified_by = user[:100]
    party.contact = clean_text(contact, "contact", 100)
    if note:
        party.note = clean_text(note, "note", 500)
    session.flush()


def acknowledge(session: Session, incident_id: int, party_id: int, *, at: datetime | None = None,
                by: str = "") -> None:
    """Record that the party confirmed receipt (签收); it must have been notified first."""
    incident = get_or_refuse(session, Incident, incident_id)
    refuse_closed(incident)
    party = _party_of(session, incident_id, party_id)
    if party.notified_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "尚未向{party}通报，不能记录签收。"), field="party",
                              party=party.party)
    moment = check_moment(at or utcnow(), "at", not_before=incident.began_at)
    if moment < party.notified_at:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "签收时间不能早于通报时间（{at}）。"), field="at",
                              at=_local_text(party.notified_at))
    party.acknowledged_at, party.acknowledged_by = moment, clean_text(by, "by", 100)
    session.flush()


def clear_notification(session: Session, incident_id: int, party_id: int) -> None:
    """Undo a notification recorded by mistake (and its acknowledgement)."""
    refuse_closed(get_or_refuse(session, Incident, incident_id))
    party = _party_of(session, incident_id, party_id)
    party.channel, party.notified_at, party.notified_by, party.contact = "", None, "", ""
    party.acknowledged_at, party.acknowledged_by = None, ""
    session.flush()


def set_party_limit(session: Session, incident_id: int, party_id: int, minutes: int) -> None:
    """This party's own time limit on this incident (a plan may give one party longer)."""
    refuse_closed(get_or_refuse(session, Incident, incident_id))
    _party_of(session, incident_id, party_id).limit_minutes = check_minutes(minutes)
    session.flush()


def _party_of(session: Session, incident_id: int, party_id: int) -> IncidentParty:
    party = get_or_refuse(session, IncidentParty, party_id)
    if party.incident_id != incident_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该单位不在本事件的通报名单中。"), field="party")
    return party


def _local_text(value: datetime) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M")
