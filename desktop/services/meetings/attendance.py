"""Attendance on the day (出席/请假/缺席/委托) and each body's quorum rule.

Quorum counts voting attendees only (主持 and 出席 roles; 列席 and 记录 do not count) whose
status is present or delegated. ``all_sides``: every side (Membership.side) of the body's member
organisations has such an attendee from an organisation on that side. ``fraction``: at least
``value`` × the body's seats (the sum of Membership.seats; the voting invitees when no seats are
recorded) are present, counting attendees of member organisations.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ConcurrencyError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Attendance, AttendanceStatus, AttendeeRole, Body, Membership, Person
from desktop.services.bodies.core import parse_quorum_rule
from desktop.services.meetings.core import get_meeting_row

ATTENDANCE_LABELS = {
    AttendanceStatus.UNKNOWN.value: QT_TRANSLATE_NOOP("Labels", "未确认"),
    AttendanceStatus.PRESENT.value: QT_TRANSLATE_NOOP("Labels", "出席"),
    AttendanceStatus.LEAVE.value: QT_TRANSLATE_NOOP("Labels", "请假"),
    AttendanceStatus.ABSENT.value: QT_TRANSLATE_NOOP("Labels", "缺席"),
    AttendanceStatus.DELEGATED.value: QT_TRANSLATE_NOOP("Labels", "委托"),
}
VOTING_ROLES = (AttendeeRole.CHAIR.value, AttendeeRole.MEMBER.value)
_COUNTED = (AttendanceStatus.PRESENT.value, AttendanceStatus.DELEGATED.value)


@dataclass(frozen=True)
class QuorumResult:
    """Whether a meeting is quorate, and why not."""

    rule: str                       # none | all_sides | fraction
    met: bool
    sides: tuple[str, ...]          # all_sides: the body's sides, in its order
    missing_sides: tuple[str, ...]  # all_sides: sides with nobody present
    present: int                    # voting attendees present or delegated
    required: int                   # fraction: how many are needed
    expected: int                   # fraction: the seats counted against
    message: str                    # one Chinese line for the dialog


def set_attendance(session: Session, meeting_id: int, person_id: int, status: str, *,
                   delegate_id: int | None = None, delegate_name: str = "",
                   version: int | None = None) -> None:
    """Record how an invitee attended; ``delegated`` needs the delegate (a contact or a name)."""
    get_meeting_row(session, meeting_id)
    row = session.scalar(select(Attendance).where(Attendance.meeting_id == meeting_id,
                                                  Attendance.person_id == person_id))
    if row is None:
        name = session.scalar(select(Person.name).where(Person.id == person_id)) or f"编号 {person_id}"
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name}不在本次会议的参会名单中。"),
                              field="person_id", name=name)
    if version is not None and row.version != version:
        raise ConcurrencyError(QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。"))
    if status not in ATTENDANCE_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "出席状态“{status}”无效。"), field="status",
                              status=status)
    delegate_name = " ".join(delegate_name.split())[:100]
    if status == AttendanceStatus.DELEGATED.value:
        _check_delegate(session, person_id, delegate_id, delegate_name)
    else:
        delegate_id, delegate_name = None, ""
    row.status, row.delegate_id, row.delegate_name = status, delegate_id, delegate_name
    session.flush()


def _check_delegate(session: Session, person_id: int, delegate_id: int | None, name: str) -> None:
    if delegate_id is None and not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择或填写受委托人。"), field="delegate")
    if delegate_id == person_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "受委托人不能是本人。"), field="delegate")
    if delegate_id is not None and session.get(Person, delegate_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "所选受委托人不存在，可能已被删除。"),
                              field="delegate")


def quorum(session: Session, meeting_id: int) -> QuorumResult:
    """Whether the meeting's attendance meets its body's quorum rule."""
    meeting = get_meeting_row(session, meeting_id)
    rule = parse_quorum_rule(session.scalar(select(Body.quorum_rule).where(Body.id == meeting.body_id)))
    members = session.execute(select(Membership.organisation_id, Membership.side, Membership.seats)
                              .where(Membership.body_id == meeting.body_id)
                              .order_by(Membership.sort_order, Membership.id)).all()
    side_of = {org: side for org, side, _ in members}
    voting = session.execute(select(Person.organisation_id, Attendance.status)
                             .join(Person, Person.id == Attendance.person_id)
                             .where(Attendance.meeting_id == meeting_id,
                                    Attendance.role.in_(VOTING_ROLES))).all()
    present = [org for org, status in voting if status in _COUNTED]
    if rule["type"] == "all_sides":
        return _all_sides(members, side_of, present)
    if rule["type"] == "fraction":
        return _fraction(rule["value"], members, side_of, present, len(voting))
    return QuorumResult("none", True, (), (), len(present), 0, 0,
                        QT_TRANSLATE_NOOP("Labels", "本机制未设法定人数要求。"))


def _all_sides(members, side_of, present) -> QuorumResult:
    sides = tuple(dict.fromkeys(side for _, side, _ in members if side))
    covered = {side_of[org] for org in present if org in side_of}
    missing = tuple(s for s in sides if s not in covered)
    if missing:
        message = QT_TRANSLATE_NOOP("Labels", "未达到法定人数：{sides}无人出席。").format(
            sides="、".join(missing))
    else:
        message = QT_TRANSLATE_NOOP("Labels", "已达到法定人数：各方均有代表出席。")
    return QuorumResult("all_sides", not missing, sides, missing, len(present), 0, 0, message)


def _fraction(value: float, members, side_of, present, invited: int) -> QuorumResult:
    expected = sum(seats for _, _, seats in members) or invited
    required = max(1, math.ceil(value * expected - 1e-9))
    counted = sum(1 for org in present if org in side_of)
    met = counted >= required
    template = (QT_TRANSLATE_NOOP("Labels", "已达到法定人数：应到 {expected} 人，实到 {present} 人（至少 {required} 人）。")
                if met else
                QT_TRANSLATE_NOOP("Labels", "未达到法定人数：应到 {expected} 人，实到 {present} 人，至少需要 {required} 人。"))
    return QuorumResult("fraction", met, (), (), counted, required, expected,
                        template.format(expected=expected, present=counted, required=required))
