"""Who issued minutes go to, and the record of each delivery per minutes version.

Recipients are the participants (their own address, else their organisation's), the body's
member organisations (主送) and the organisations named in the 抄送 line (抄送), each address
once. Every attempt is a MinutesDelivery row; a recipient's status is its latest attempt. The
version moves to 已分发 once every recipient of it has been sent the minutes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    Attendance,
    AttendeeRole,
    DeliveryStatus,
    Meeting,
    Membership,
    MinutesDelivery,
    MinutesState,
    Organisation,
    Person,
    utcnow,
)
from desktop.services.minutes.core import STATE_LABELS, minutes_row
from desktop.services.minutes.workflow import mark_distributed

KIND_PARTICIPANT = QT_TRANSLATE_NOOP("Labels", "参会")
KIND_MAIN = QT_TRANSLATE_NOOP("Labels", "主送")
KIND_CC = QT_TRANSLATE_NOOP("Labels", "抄送")
STATUS_LABELS = {
    DeliveryStatus.SENT.value: QT_TRANSLATE_NOOP("Labels", "已发送"),
    DeliveryStatus.FAILED.value: QT_TRANSLATE_NOOP("Labels", "发送失败"),
    DeliveryStatus.WRITTEN.value: QT_TRANSLATE_NOOP("Labels", "已生成邮件文件"),
}
MANUAL_NOTE = QT_TRANSLATE_NOOP("Labels", "已通过其他方式发送（手工确认）")


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str
    kind: str               # 参会 / 主送 / 抄送
    organisation: str = ""


@dataclass(frozen=True)
class DeliveryRow:
    """A recipient's latest attempt for one version, and how many attempts there were."""

    recipient: str
    address: str
    kind: str
    status: str
    reason: str
    at: datetime
    attempts: int


@dataclass(frozen=True)
class Outcome:
    """One recipient's result, as a sender reports it (mail.SendResult fits)."""

    recipient: str
    address: str
    status: str
    reason: str = ""
    kind: str = ""


def refuse_unless_issued(session: Session, minutes_id: int) -> None:
    row = minutes_row(session, minutes_id)
    if row.state not in (MinutesState.ISSUED.value, MinutesState.DISTRIBUTED.value):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "纪要当前状态为“{state}”，签发后才能分发。"), field="state",
            state=STATE_LABELS.get(row.state, row.state))


def recipient_candidates(session: Session, minutes_id: int) -> list[Recipient]:
    """Participants, 主送 member organisations and 抄送 organisations that have an address."""
    row = minutes_row(session, minutes_id)
    meeting = session.get(Meeting, row.meeting_id)
    people = session.execute(
        select(Person.name, Person.email, Organisation.name, Organisation.email)
        .join(Attendance, Attendance.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Attendance.meeting_id == meeting.id, Attendance.role != AttendeeRole.RECORDER.value)
        .order_by(Attendance.id)).all()
    out = [Recipient(name, email or org_email or "", KIND_PARTICIPANT, org or "")
           for name, email, org, org_email in people]
    members = session.execute(
        select(Organisation.name, Organisation.email)
        .join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.body_id == meeting.body_id)
        .order_by(Membership.sort_order, Membership.id)).all()
    out += [Recipient(name, email, KIND_MAIN, name) for name, email in members]
    if row.cc:
        named = session.execute(select(Organisation.name, Organisation.email)
                                .order_by(Organisation.id)).all()
        out += [Recipient(name, email, KIND_CC, name) for name, email in named if name in row.cc]
    return dedupe(out)


def dedupe(recipients: Iterable[Recipient]) -> list[Recipient]:
    """Each address once (the first mention wins); recipients without an address dropped."""
    seen, out = set(), []
    for r in recipients:
        key = r.address.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append(r)
    return out


def deliveries(session: Session, minutes_id: int) -> list[DeliveryRow]:
    """Each recipient's latest attempt for this version, in the order first tried."""
    rows = session.scalars(select(MinutesDelivery).where(MinutesDelivery.minutes_id == minutes_id)
                           .order_by(MinutesDelivery.id)).all()
    latest: dict[str, MinutesDelivery] = {}
    counts: dict[str, int] = {}
    for d in rows:
        key = d.address.lower()
        latest[key] = d
        counts[key] = counts.get(key, 0) + 1
    return [DeliveryRow(d.recipient, d.address, d.kind, d.status, d.reason, d.at, counts[key])
            for key, d in latest.items()]


def failed_recipients(session: Session, minutes_id: int) -> list[Recipient]:
    """Recipients whose latest attempt failed: what a retry sends to."""
    return [Recipient(d.recipient, d.address, d.kind) for d in deliveries(session, minutes_id)
            if d.status == DeliveryStatus.FAILED.value]


def record_outcomes(session: Session, minutes_id: int, outcomes: Sequence[Outcome], *,
                    settle: bool = True) -> bool:
    """Append one delivery row per outcome; True when the version is now 已分发.

    ``settle=False`` records without deciding 已分发 (a sending still under way).
    """
    refuse_unless_issued(session, minutes_id)
    now, user = utcnow(), session.info.get("user", "")
    for o in outcomes:
        session.add(MinutesDelivery(minutes_id=minutes_id, recipient=o.recipient[:200],
                                    address=o.address[:200], kind=o.kind[:20], status=o.status,
                                    reason=o.reason, at=now, by=user))
    session.flush()
    if not settle:
        return minutes_row(session, minutes_id).state == MinutesState.DISTRIBUTED.value
    return _settle(session, minutes_id)


def confirm_sent_by_hand(session: Session, minutes_id: int, addresses: Sequence[str]) -> bool:
    """The user says these recipients have it (an .eml sent from their own mail program)."""
    wanted = {a.lower() for a in addresses}
    rows = [d for d in deliveries(session, minutes_id) if d.address.lower() in wanted]
    return record_outcomes(session, minutes_id, [
        Outcome(d.recipient, d.address, DeliveryStatus.SENT.value, MANUAL_NOTE, d.kind)
        for d in rows])


def _settle(session: Session, minutes_id: int) -> bool:
    rows = deliveries(session, minutes_id)
    if rows and all(d.status == DeliveryStatus.SENT.value for d in rows):
        mark_distributed(session, minutes_id)
        return True
    return minutes_row(session, minutes_id).state == MinutesState.DISTRIBUTED.value


def delivery_count(session: Session, minutes_id: int) -> int:
    return session.scalar(select(func.count()).where(MinutesDelivery.minutes_id == minutes_id))
