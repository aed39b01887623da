"""A meeting's agenda: ordered items, time against the meeting's length, per-body templates, and
the "上次会议议定事项落实情况" carry-over item listing the body's open action items at the time.

The carry-over item is a snapshot: its notes list the open actions when the item was made, so
a later look at an old agenda shows what was open then. Agenda changes raise the meeting's
sequence (the notice sent to participants carries the agenda).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import ConcurrencyError, NotFoundError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import OPEN_STATUSES, ActionItem, AgendaItem, Body, Organisation, Person
from desktop.services.bodies.core import body_by_key
from desktop.services.kernel.timeutil import to_local
from desktop.services.kernel.validation import clean_required
from desktop.services.meetings.core import get_meeting_row, touch

CARRY_OVER_TITLE = QT_TRANSLATE_NOOP("Labels", "上次会议议定事项落实情况")
ACTION_STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("Labels", "未启动"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "办理中"),
    "awaiting_signoff": QT_TRANSLATE_NOOP("Labels", "待确认"),
}
MAX_ITEM_MINUTES = 600


@dataclass(frozen=True)
class AgendaItemData:
    """What the agenda editor says of one item."""

    title: str
    presenter_id: int | None = None
    presenter: str = ""          # free text when the presenter is not in the contacts
    planned_minutes: int = 15
    notes: str = ""


@dataclass(frozen=True)
class AgendaItemRow:
    """One agenda item as shown."""

    id: int
    position: int
    title: str
    presenter_id: int | None
    presenter: str               # the contact's name, else the free text
    planned_minutes: int
    notes: str
    version: int


@dataclass(frozen=True)
class AgendaSummary:
    """The agenda in order, with its time against the meeting's length."""

    meeting_id: int
    items: tuple[AgendaItemRow, ...]
    total_minutes: int
    meeting_minutes: int
    over_by_minutes: int          # 0 when the agenda fits
    warning: str                  # Chinese, "" when the agenda fits

    @property
    def over_length(self) -> bool:
        return self.over_by_minutes > 0


@dataclass(frozen=True)
class TemplateItem:
    """One item of a body's agenda template."""

    title: str
    presenter: str = ""
    planned_minutes: int = 15
    carry_over: bool = False      # filled with the body's open action items when applied


@dataclass(frozen=True)
class OpenActionRow:
    """An open action item, as the carry-over item lists it."""

    id: int
    title: str
    lead: str
    due: date | None
    status: str


# ---------------------------------------------------------------- items

def _clean_item(session: Session, data: AgendaItemData) -> dict:
    minutes = data.planned_minutes
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_ITEM_MINUTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "计划用时应为 1 到 {n} 分钟的整数。"),
                              field="planned_minutes", n=MAX_ITEM_MINUTES)
    if data.presenter_id is not None and session.get(Person, data.presenter_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "所选汇报人不存在，可能已被删除。"),
                              field="presenter_id")
    return {"title": clean_required(data.title, QT_TRANSLATE_NOOP("Labels", "议题"), "title", 300),
            "presenter_id": data.presenter_id, "presenter": " ".join(data.presenter.split())[:100],
            "planned_minutes": minutes, "notes": data.notes.strip()}


def _items(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                                .order_by(AgendaItem.position, AgendaItem.id)))


def _renumber(items: Sequence[AgendaItem]) -> None:
    for number, item in enumerate(items, start=1):
        if item.position != number:
            item.position = number


def add_agenda_item(session: Session, meeting_id: int, data: AgendaItemData,
                    index: int | None = None) -> int:
    """Add an item at ``index`` (0 = first; None = last); returns its id."""
    meeting = get_meeting_row(session, meeting_id)
    values = _clean_item(session, data)
    items = _items(session, meeting_id)
    item = AgendaItem(meeting_id=meeting_id, position=0, **values)
    session.add(item)
    items.insert(len(items) if index is None else max(0, min(index, len(items))), item)
    _renumber(items)
    touch(meeting)
    session.flush()
    return item.id


def _item(session: Session, item_id: int, version: int | None = None) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "议程项不存在（编号 {id}），可能已被删除。"), id=item_id)
    if version is not None and item.version != version:
        raise ConcurrencyError(QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。"))
    return item


def update_agenda_item(session: Session, item_id: int, data: AgendaItemData,
                       version: int | None = None) -> None:
    """Save an item's fields."""
    item = _item(session, item_id, version)
    changed = False
    for key, value in _clean_item(session, data).items():
        if getattr(item, key) != value:
            setattr(item, key, value)
            changed = True
    if changed:
        touch(get_meeting_row(session, item.meeting_id))
    session.flush()


def remove_agenda_item(session: Session, item_id: int) -> None:
    """Remove an item and close the gap in the numbering."""
    item = _item(session, item_id)
    meeting_id = item.meeting_id
    session.delete(item)
    session.flush()
    _renumber(_items(session, meeting_id))
    touch(get_meeting_row(session, meeting_id))
    session.flush()


def reorder_agenda(session: Session, meeting_id: int, item_ids: Sequence[int]) -> None:
    """Put the items in the order of ``item_ids``, which must name each item exactly once."""
    meeting = get_meeting_row(session, meeting_id)
    items = {i.id: i for i in _items(session, meeting_id)}
    if sorted(item_ids) != sorted(items):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "议程已被修改，请刷新后再调整顺序。"),
                              field="agenda")
    before = [i.position for i in items.values()]
    _renumber([items[i] for i in item_ids])
    if [i.position for i in items.values()] != before:
        touch(meeting)
    session.flush()


def get_agenda(session: Session, meeting_id: int) -> AgendaSummary:
    """The items in order with the total planned time against the meeting's length."""
    meeting = get_meeting_row(session, meeting_id)
    names = dict(session.execute(select(Person.id, Person.name).join(
        AgendaItem, AgendaItem.presenter_id == Person.id).where(AgendaItem.meeting_id == meeting_id)).all())
    items = tuple(AgendaItemRow(i.id, i.position, i.title, i.presenter_id,
                                names.get(i.presenter_id) or i.presenter, i.planned_minutes,
                                i.notes, i.version) for i in _items(session, meeting_id))
    total = sum(i.planned_minutes for i in items)
    length = int((meeting.end - meeting.start).total_seconds() // 60)
    over = max(0, total - length)
    warning = QT_TRANSLATE_NOOP(
        "Labels", "议程计划用时 {total} 分钟，超过会议时长 {length} 分钟（超出 {over} 分钟）。"
    ).format(total=total, length=length, over=over) if over else ""
    return AgendaSummary(meeting_id, items, total, length, over, warning)


# ---------------------------------------------------------------- carry-over

def open_actions(session: Session, body_id: int, exclude_meeting_id: int | None = None
                 ) -> list[OpenActionRow]:
    """The body's open action items (未启动/办理中/待确认), earliest due date first."""
    query = (select(ActionItem.id, ActionItem.title, Organisation.name, ActionItem.due,
                    ActionItem.status)
             .outerjoin(Organisation, Organisation.id == ActionItem.lead_org_id)
             .where(ActionItem.body_id == body_id, ActionItem.status.in_(OPEN_STATUSES))
             .order_by(ActionItem.due.is_(None), ActionItem.due, ActionItem.id))
    if exclude_meeting_id is not None:
        query = query.where((ActionItem.meeting_id.is_(None))
                            | (ActionItem.meeting_id != exclude_meeting_id))
    return [OpenActionRow(i, t, lead or "", d, s) for i, t, lead, d, s in session.execute(query)]


def carry_over_text(actions: Sequence[OpenActionRow], on: date | None = None) -> str:
    """One numbered line per open action; those past due on ``on`` are marked 已逾期."""
    if not actions:
        return QT_TRANSLATE_NOOP("Labels", "上次会议议定事项均已办结。")
    lines = []
    for number, a in enumerate(actions, start=1):
        facts = [f"牵头单位：{a.lead}" if a.lead else "",
                 f"完成期限：{a.due.isoformat()}" if a.due else "",
                 ACTION_STATUS_LABELS.get(a.status, a.status)
                 + ("，已逾期" if on and a.due and a.due < on else "")]
        lines.append(f"{number}. {a.title}（{'；'.join(f for f in facts if f)}）")
    return "\n".join(lines)


def add_carry_over_item(session: Session, meeting_id: int, index: int | None = 0,
                        planned_minutes: int = 15) -> int:
    """Add "上次会议议定事项落实情况" (first by default), noting the body's open actions now."""
    meeting = get_meeting_row(session, meeting_id)
    actions = open_actions(session, meeting.body_id, exclude_meeting_id=meeting_id)
    notes = carry_over_text(actions, on=to_local(meeting.start).date())
    return add_agenda_item(session, meeting_id, AgendaItemData(
        CARRY_OVER_TITLE, planned_minutes=planned_minutes, notes=notes), index)


# ---------------------------------------------------------------- templates

def get_agenda_template(session: Session, body_key: str) -> tuple[TemplateItem, ...]:
    """The body's agenda template."""
    body = body_by_key(session, body_key)
    return tuple(TemplateItem(d["title"], d.get("presenter", ""), int(d.get("planned_minutes", 15)),
                              bool(d.get("carry_over", False)))
                 for d in json.loads(body.agenda_template or "[]"))


def set_agenda_template(session: Session, body_key: str, items: Sequence[TemplateItem]) -> None:
    """Replace the body's agenda template (validated like items)."""
    body = body_by_key(session, body_key)
    clean = []
    for item in items:
        values = _clean_item(session, AgendaItemData(item.title, presenter=item.presenter,
                                                     planned_minutes=item.planned_minutes))
        clean.append({"title": values["title"], "presenter": values["presenter"],
                      "planned_minutes": values["planned_minutes"], "carry_over": bool(item.carry_over)})
    body.agenda_template = json.dumps(clean, ensure_ascii=False)
    session.flush()


def apply_agenda_template(session: Session, meeting_id: int) -> list[int]:
    """Append the body's template items to the meeting's agenda; returns the new item ids."""
    meeting = get_meeting_row(session, meeting_id)
    key = session.scalar(select(Body.key).where(Body.id == meeting.body_id))
    ids = []
    for item in get_agenda_template(session, key):
        if item.carry_over:
            ids.append(add_carry_over_item(session, meeting_id, None, item.planned_minutes))
        else:
            ids.append(add_agenda_item(session, meeting_id, AgendaItemData(
                item.title, presenter=item.presenter, planned_minutes=item.planned_minutes)))
    return ids


def agenda_count(session: Session, meeting_id: int) -> int:
    """How many items the meeting's agenda has."""
    return session.scalar(select(func.count()).where(AgendaItem.meeting_id == meeting_id))
