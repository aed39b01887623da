"""A meeting's minutes (会议纪要): open or create the draft, read a version, edit a draft.

Each Minutes row is one version; the meeting's current version is the one with the highest
``version_no``. Only a draft is editable. The workflow (review, issue, correction) is in
``minutes_workflow``, history and comparison in ``minutes_history``.

Decisions live twice on purpose: the Decision rows are the meeting's current decisions (action
items point at them), and each version's content JSON keeps its own copy, so an old version
still reads as it was issued.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ConcurrencyError, NotFoundError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    ActionItem,
    ActionUpdate,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    AttendeeRole,
    Body,
    Decision,
    DocumentNumber,
    Meeting,
    Membership,
    Minutes,
    MinutesState,
    Organisation,
    Person,
    Room,
)
from desktop.services.kernel.timeutil import local_iso, to_local
from desktop.services.meetings.agenda import ACTION_STATUS_LABELS, CARRY_OVER_TITLE, open_actions
from desktop.services.minutes.content import (
    AttendanceLines,
    Block,
    DecisionLine,
    MeetingFacts,
    MinutesContent,
    Section,
    cn_num,
    content_from_json,
    content_to_json,
    plain_text,
)

STATE_LABELS = {
    MinutesState.DRAFT.value: QT_TRANSLATE_NOOP("Labels", "草稿"),
    MinutesState.REVIEW.value: QT_TRANSLATE_NOOP("Labels", "待审核"),
    MinutesState.ISSUED.value: QT_TRANSLATE_NOOP("Labels", "已签发"),
    MinutesState.DISTRIBUTED.value: QT_TRANSLATE_NOOP("Labels", "已分发"),
}
_PRESENT = (AttendanceStatus.PRESENT.value, AttendanceStatus.DELEGATED.value)


@dataclass(frozen=True)
class MinutesView:
    """One version as the minutes window shows it."""

    id: int
    meeting_id: int
    body_key: str
    version_no: int
    latest_version_no: int
    state: str
    content: MinutesContent
    document_number: str
    author: str
    created_at: datetime
    updated_at: datetime
    issued_at: datetime | None
    issued_by: str
    change_note: str
    review_note: str
    version: int                # the row's optimistic-concurrency counter

    @property
    def is_latest(self) -> bool:
        return self.version_no == self.latest_version_no

    @property
    def editable(self) -> bool:
        return self.is_latest and self.state == MinutesState.DRAFT.value


# ---------------------------------------------------------------- reading

def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "会议不存在（编号 {id}），可能已被删除。"),
                            id=meeting_id)
    return meeting


def latest_row(session: Session, meeting_id: int) -> Minutes | None:
    """The meeting's current version, or None when it has no minutes yet."""
    return session.scalar(select(Minutes).where(Minutes.meeting_id == meeting_id)
                          .order_by(Minutes.version_no.desc()).limit(1))


def minutes_row(session: Session, minutes_id: int) -> Minutes:
    row = session.get(Minutes, minutes_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "纪要不存在（编号 {id}），可能已被删除。"),
                            id=minutes_id)
    return row


def version_row(session: Session, meeting_id: int, version_no: int | None = None) -> Minutes:
    """A version of the meeting's minutes (the latest when ``version_no`` is None)."""
    if version_no is None:
        row = latest_row(session, meeting_id)
    else:
        row = session.scalar(select(Minutes).where(Minutes.meeting_id == meeting_id,
                                                   Minutes.version_no == version_no))
    if row is None:
        _meeting(session, meeting_id)
        if version_no is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该会议还没有纪要。"))
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "该会议的纪要没有第 {n} 版。"), n=version_no)
    return row


def current_decisions(session: Session, meeting_id: int) -> tuple[DecisionLine, ...]:
    """The meeting's Decision rows in order."""
    rows = session.execute(select(Decision.id, Decision.text).where(Decision.meeting_id == meeting_id)
                           .order_by(Decision.position, Decision.id))
    return tuple(DecisionLine(text, id_) for id_, text in rows)


def get_minutes(session: Session, meeting_id: int, version_no: int | None = None) -> MinutesView:
    """A version (the latest by default); NotFoundError when there is none."""
    row = version_row(session, meeting_id, version_no)
    latest = session.scalar(select(func.max(Minutes.version_no))
                            .where(Minutes.meeting_id == meeting_id))
    content = content_from_json(row.content)
    if row.version_no == latest:  # the Decision rows are the current list (and carry ids)
        content = content.with_changes(decisions=current_decisions(session, meeting_id))
    number = ""
    if row.document_number_id is not None:
        number = session.scalar(select(DocumentNumber.text)
                                .where(DocumentNumber.id == row.document_number_id)) or ""
    key = session.scalar(select(Body.key).join(Meeting, Meeting.body_id == Body.id)
                         .where(Meeting.id == meeting_id))
    return MinutesView(row.id, meeting_id, key, row.version_no, latest, row.state, content,
                       number or content.doc_number, row.author, row.created_at, row.updated_at,
                       row.issued_at, row.issued_by, row.change_note, row.review_note, row.version)


# ---------------------------------------------------------------- creating

def attendance_lines(session: Session, meeting_id: int) -> AttendanceLines:
    """出席/请假/列席 from the attendance record: ``name（organisation）``, a delegate as
    ``delegate（organisation，代name）``; invitees not yet marked present are left out."""
    query = (select(Person.name, Organisation.name, Attendance.role, Attendance.status,
                    Attendance.delegate_name, Attendance.delegate_id)
             .join(Person, Person.id == Attendance.person_id)
             .outerjoin(Organisation, Organisation.id == Person.organisation_id)
             .where(Attendance.meeting_id == meeting_id).order_by(Attendance.id))
    rows = session.execute(query).all()
    delegates = dict(session.execute(select(Person.id, Person.name).where(
        Person.id.in_([r.delegate_id for r in rows if r.delegate_id]))).all())
    order = (AttendeeRole.CHAIR.value, AttendeeRole.MEMBER.value, AttendeeRole.OBSERVER.value)
    present, leave, observers, recorder = [], [], [], ""
    for name, org, role, status, dname, did in sorted(rows, key=lambda r: (
            order.index(r[2]) if r[2] in order else 9)):
        label = f"{name}（{org}）" if org else name
        if role == AttendeeRole.RECORDER.value:
            recorder = recorder or name
        elif status == AttendanceStatus.DELEGATED.value:
            who = delegates.get(did) or dname
            present.append(f"{who}（{org + '，' if org else ''}代{name}）")
        elif status == AttendanceStatus.LEAVE.value:
            leave.append(label)
        elif status in _PRESENT:
            (observers if role == AttendeeRole.OBSERVER.value else present).append(label)
    return AttendanceLines(tuple(present), tuple(leave), tuple(observers), recorder)


def _chair(session: Session, meeting_id: int) -> tuple[str, str]:
    """(name, "organisation + title") of the meeting's chair, or blanks."""
    found = session.execute(
        select(Person.name, Organisation.name, Person.title)
        .join(Attendance, Attendance.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Attendance.meeting_id == meeting_id, Attendance.role == AttendeeRole.CHAIR.value)
        .limit(1)).first()
    if found is None:
        return "", ""
    name, org, title = found
    return name, f"{org or ''}{title or ''}"


def carry_over_progress(session: Session, meeting: Meeting) -> tuple[Block, ...]:
    """The body's open action items with their progress as of this draft: the carry-over
    agenda item's record in the minutes (督办 carry-over)."""
    actions = open_actions(session, meeting.body_id, exclude_meeting_id=meeting.id)
    if not actions:
        return (Block.plain("上次会议议定事项均已办结。"),)
    ids = [a.id for a in actions]
    progress = dict(session.execute(select(ActionItem.id, ActionItem.progress)
                                    .where(ActionItem.id.in_(ids))).all())
    latest = {}
    for action_id, text in session.execute(
            select(ActionUpdate.action_id, ActionUpdate.text).where(ActionUpdate.action_id.in_(ids))
            .order_by(ActionUpdate.action_id, ActionUpdate.reported_on, ActionUpdate.id)):
        if text:
            latest[action_id] = text
    on = to_local(meeting.start).date()
    blocks = []
    for a in actions:
        facts = [f"牵头单位：{a.lead}" if a.lead else "",
                 ACTION_STATUS_LABELS.get(a.status, a.status) + f"，进度{progress.get(a.id, 0)}%",
                 "已逾期" if a.due and a.due < on else ""]
        text = f"{a.title}（{'；'.join(f for f in facts if f)}）"
        if a.id in latest:
            text += f"。最新进展：{latest[a.id]}"
        blocks.append(Block.plain(text, "number"))
    return tuple(blocks)


def new_content(session: Session, meeting_id: int) -> MinutesContent:
    """A first draft: title, intro, attendance, one empty section per agenda item."""
    meeting = _meeting(session, meeting_id)
    body = session.get(Body, meeting.body_id)
    room = session.get(Room, meeting.room_id) if meeting.room_id else None
    place = meeting.location or (room.name if room else "")
    chair, chair_post = _chair(session, meeting_id)
    start = to_local(meeting.start)
    when = f"{start.year}年{start.month}月{start.day}日"
    members = session.scalars(
        select(Organisation.name).join(Membership, Membership.organisation_id == Organisation.id)
        .where(Membership.body_id == body.id).order_by(Membership.sort_order, Membership.id)).all()
    intro = (f"{when}，{chair_post}{chair}{'在' + place if place else ''}主持召开{meeting.title}。"
             if chair else f"{when}，{meeting.title}{'在' + place if place else ''}召开。")
    intro += "现将会议主要精神和议定事项纪要如下："
    agenda = session.scalars(select(AgendaItem.title).where(AgendaItem.meeting_id == meeting_id)
                             .order_by(AgendaItem.position, AgendaItem.id)).all()
    sections = tuple(
        Section(f"{cn_num(i)}、{title}",
                carry_over_progress(session, meeting) if title == CARRY_OVER_TITLE else (), i)
        for i, title in enumerate(agenda, 1))
    return MinutesContent(
        title=f"{meeting.title}纪要",
        meeting=MeetingFacts(meeting.title, body.name, local_iso(meeting.start), place, chair),
        intro=intro, sections=sections, attendance=attendance_lines(session, meeting_id),
        cc="，".join(members), issuer=f"{body.name}办公室")


def open_minutes(session: Session, meeting_id: int, user: str = "") -> int:
    """The id of the meeting's current minutes version; a first draft is made when there is none."""
    row = latest_row(session, meeting_id)
    if row is not None:
        return row.id
    content = new_content(session, meeting_id)
    row = Minutes(meeting_id=meeting_id, version_no=1, state=MinutesState.DRAFT.value,
                  title=content.title, content=content_to_json(content), text=plain_text(content),
                  cc=content.cc, author=user or session.info.get("user", ""))
    session.add(row)
    session.flush()
    return row.id


# ---------------------------------------------------------------- editing

def refuse_unless_draft(row: Minutes) -> None:
    if row.state != MinutesState.DRAFT.value:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "纪要当前状态为“{state}”，只有草稿可以修改。已签发的纪要请用“更正”生成新版本。"),
            field="state", state=STATE_LABELS.get(row.state, row.state))


def check_version(row: Minutes, version: int | None) -> None:
    if version is not None and row.version != version:
        raise ConcurrencyError(QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。"))


def save_draft(session: Session, minutes_id: int, content: MinutesContent,
               version: int | None = None) -> int:
    """Replace a draft's content (and the meeting's decisions); returns the new row version."""
    row = minutes_row(session, minutes_id)
    latest = latest_row(session, row.meeting_id)
    if latest is not None and latest.id != row.id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "这是纪要的旧版本，只能查看，不能修改。"),
                              field="state")
    refuse_unless_draft(row)
    check_version(row, version)
    title = " ".join(content.title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写纪要标题。"), field="title")
    decisions = sync_decisions(session, row, content.decisions)
    content = content.with_changes(title=title[:300], decisions=decisions)
    row.title, row.cc = content.title, content.cc
    row.content, row.text = content_to_json(content), plain_text(content)
    session.flush()
    return row.version


def sync_decisions(session: Session, row: Minutes, lines) -> tuple[DecisionLine, ...]:
    """Make the meeting's Decision rows match ``lines`` (matched by id; blank lines dropped)."""
    existing = {d.id: d for d in session.scalars(
        select(Decision).where(Decision.meeting_id == row.meeting_id))}
    kept: list[DecisionLine] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        decision = existing.pop(line.id, None) if line.id else None
        position = len(kept) + 1
        if decision is None:
            decision = Decision(meeting_id=row.meeting_id, minutes_id=row.id, position=position,
                                text=text)
            session.add(decision)
            session.flush()
        elif (decision.text, decision.position) != (text, position):
            decision.text, decision.position, decision.minutes_id = text, position, row.id
        kept.append(DecisionLine(text, decision.id))
    for decision in existing.values():
        if session.scalar(select(func.count()).where(ActionItem.decision_id == decision.id)):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "议定事项“{text}”已转为督办事项，不能删除。"), field="decisions",
                text=decision.text[:30])
        session.delete(decision)
    session.flush()
    return tuple(kept)
