"""Action items (督办事项): create (directly or from a decision), edit, and the status rules.

Statuses: 未启动 → 办理中 → 待确认 → 已办结, and 已撤销 from any open status.

* A progress report (date, text, percent) moves 未启动 to 办理中; a report of 100% means the
  owner says the work is done and moves the item to 待确认; a report under 100% on an item
  waiting for sign-off moves it back to 办理中. Closed items take no reports (reopen first).
* 办结确认 (sign-off) is the secretary's, needs a note, and is allowed **only from 待确认**:
  the owner's 100% report comes first, so every closed item shows who said it was done and
  who confirmed it.
* Reopening needs a reason and is allowed from 已办结, 已撤销 and 待确认 (the last one is
  "sent back": the secretary does not accept the completion); the item returns to 办理中.
* Withdrawal (撤销) needs a reason and is allowed from any open status.

Every change is audited: ORM changes by the session's after-flush hook, the co-organisation
links (a plain association table) by an explicit audit row here. Reports, sign-offs, reopenings,
withdrawals and chases also append an ``ActionUpdate`` to the item's history.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    OPEN_STATUSES,
    ActionItem,
    ActionStatus,
    ActionUpdate,
    AuditEntry,
    Decision,
    Meeting,
    Organisation,
    Person,
    action_co_organisations,
    utcnow,
)
from desktop.models.access import writing_connection
from desktop.services.actions.timing import PRIORITIES, STATUS_LABELS
from desktop.services.bodies.core import body_by_key
from desktop.services.kernel.permissions import Permission, require
from desktop.services.kernel.records import check_version, get_or_refuse, mark_changed
from desktop.services.kernel.timeutil import today_local
from desktop.services.kernel.validation import clean_required

S = ActionStatus
MAX_REPORT_EVERY = 365


@dataclass(frozen=True)
class ActionFields:
    """What a form (or an import row) says of an item; the status is changed by the rules below."""

    title: str
    description: str = ""
    lead_org_id: int | None = None
    co_org_ids: tuple[int, ...] = ()
    owner_id: int | None = None
    due: date | None = None
    priority: str = "normal"
    report_every_days: int | None = None


def user_of(session: Session) -> str:
    return session.info.get("user") or "unknown"


def write_audit(session: Session, rows: Iterable[tuple[int, str, dict]]) -> int:
    """Audit rows (entity id, action, {field: [before, after]}) for changes the ORM hook cannot see."""
    now, user = utcnow(), user_of(session)
    values = [{"at": now, "user": user, "entity": "action_items", "entity_id": entity_id,
               "action": action, "changes": json.dumps(changes, ensure_ascii=False, default=str)}
              for entity_id, action, changes in rows]
    if values:
        writing_connection(session).execute(insert(AuditEntry.__table__), values)
    return len(values)


# ---------------------------------------------------------------- create and edit

def _clean_fields(session: Session, fields: ActionFields) -> dict:
    if fields.lead_org_id is not None:
        get_or_refuse(session, Organisation, fields.lead_org_id)
    if fields.owner_id is not None:
        get_or_refuse(session, Person, fields.owner_id)
    if fields.priority not in PRIORITIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "优先级“{value}”无效：应为 high、normal 或 low。"),
                              field="priority", value=fields.priority)
    every = fields.report_every_days
    if every is not None and (isinstance(every, bool) or not 1 <= every <= MAX_REPORT_EVERY):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "汇报周期应为 1 到 {n} 天。"),
                              field="report_every_days", n=MAX_REPORT_EVERY)
    return {
        "title": clean_required(fields.title, QT_TRANSLATE_NOOP("Labels", "督办事项"), "title", 500),
        "description": fields.description.strip(),
        "lead_org_id": fields.lead_org_id, "owner_id": fields.owner_id, "due": fields.due,
        "priority": fields.priority, "report_every_days": every,
    }


def _clean_co_orgs(session: Session, ids: Sequence[int], lead_id: int | None) -> list[int]:
    wanted = list(dict.fromkeys(i for i in ids if i != lead_id))
    if wanted:
        found = set(session.scalars(select(Organisation.id).where(Organisation.id.in_(wanted))))
        if missing := [i for i in wanted if i not in found]:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "协办单位不存在（编号 {ids}），可能已被删除。"),
                                  field="co_org_ids", ids="、".join(map(str, missing)))
    return wanted


def co_org_ids(session: Session, action_id: int) -> list[int]:
    return list(session.scalars(select(action_co_organisations.c.organisation_id).where(
        action_co_organisations.c.action_id == action_id).order_by(action_co_organisations.c.organisation_id)))


def _set_co_orgs(session: Session, action_id: int, wanted: list[int]) -> bool:
    """Store ``wanted`` as the item's co-organisations, audited; True if they changed."""
    table = action_co_organisations
    before = co_org_ids(session, action_id)
    if sorted(before) == sorted(wanted):
        return False
    session.execute(delete(table).where(table.c.action_id == action_id))
    if wanted:
        session.execute(insert(table), [{"action_id": action_id, "organisation_id": o} for o in wanted])
    write_audit(session, [(action_id, "update", {"co_organisations": [before, sorted(wanted)]})])
    return True


def create_action(session: Session, body_key: str, fields: ActionFields, *,
                  meeting_id: int | None = None, decision_id: int | None = None,
                  status: str = S.NOT_STARTED.value, progress: int = 0, close_note: str = "") -> int:
    """A new item; a meeting must belong to the body, a decision to the meeting.

    New work starts 未启动; another ``status`` (with ``progress``) records an office's existing
    ledger as it stands: a closed one is closed now, by the session's user, with ``close_note``.
    """
    body = body_by_key(session, body_key)
    values = _clean_fields(session, fields)
    if decision_id is not None:
        decision = get_or_refuse(session, Decision, decision_id)
        if meeting_id is not None and decision.meeting_id != meeting_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "议定事项不属于所选会议。"), field="decision_id")
        meeting_id = decision.meeting_id
    if meeting_id is not None:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "会议不存在（编号 {id}）。"), field="meeting_id",
                                  id=meeting_id)
        if meeting.body_id != body.id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "会议（编号 {id}）不属于“{body}”。"),
                                  field="meeting_id", id=meeting_id, body=body.name)
    co = _clean_co_orgs(session, fields.co_org_ids, values["lead_org_id"])
    item = ActionItem(body_id=body.id, meeting_id=meeting_id, decision_id=decision_id,
                      **_initial_state(session, status, progress, close_note), **values)
    session.add(item)
    session.flush()
    _set_co_orgs(session, item.id, co)
    return item.id


def _initial_state(session: Session, status: str, progress: int, note: str) -> dict:
    if status not in STATUS_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "状态“{value}”无效。"), field="status", value=status)
    if isinstance(progress, bool) or not isinstance(progress, int) or not 0 <= progress <= 100:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "完成进度应为 0 到 100 的整数。"), field="percent")
    state = {"status": status, "progress": 100 if status == S.DONE.value else progress}
    if status in (S.DONE.value, S.WITHDRAWN.value):
        state.update(closed_at=utcnow(), closed_by=user_of(session), close_note=note.strip())
    return state


def create_from_decision(session: Session, decision_id: int, fields: ActionFields) -> int:
    """An item for a decision of a meeting; the body and meeting come from the decision.

    An empty title takes the decision's text (first 500 characters).
    """
    decision = get_or_refuse(session, Decision, decision_id)
    meeting = get_or_refuse(session, Meeting, decision.meeting_id)
    key = meeting.body.key
    if not fields.title.strip():
        fields = ActionFields(**{**fields.__dict__, "title": decision.text.strip()[:500]})
    return create_action(session, key, fields, meeting_id=meeting.id, decision_id=decision_id)


def update_action(session: Session, action_id: int, fields: ActionFields, version: int | None = None) -> None:
    """Save the editable fields; the status only changes through the rules below. Any change,
    of the fields or only of the co-organisations, raises the version once; none leaves it."""
    item = _item(session, action_id, version)
    values = _clean_fields(session, fields)
    co = _clean_co_orgs(session, fields.co_org_ids, values["lead_org_id"])
    # The co-organisation SQL would autoflush the field changes first: a second UPDATE of the
    # item (two version steps) once mark_changed touches it again.
    with session.no_autoflush:
        for key, value in values.items():
            if getattr(item, key) != value:
                setattr(item, key, value)
        if _set_co_orgs(session, item.id, co):
            mark_changed(item)
    session.flush()


def _item(session: Session, action_id: int, version: int | None = None) -> ActionItem:
    item = get_or_refuse(session, ActionItem, action_id)
    check_version(item, version)
    return item


# ---------------------------------------------------------------- status rules

def _refuse(item: ActionItem, doing: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "事项（编号 {id}）当前状态为“{status}”，不能{doing}。"),
        field="status", id=item.id, status=STATUS_LABELS.get(item.status, item.status), doing=doing)


def _reason(text: str, label: str, field: str = "text") -> str:
    return clean_required(text, label, field, 2000)


def _add_update(session: Session, item: ActionItem, kind: str, text: str, on: date | None,
                percent: int | None = None) -> int:
    update = ActionUpdate(action_id=item.id, kind=kind, reported_on=on or today_local(), text=text,
                          percent=percent, recorded_by=user_of(session), created_at=utcnow())
    session.add(update)
    session.flush()
    return update.id


def start_action(session: Session, action_id: int, version: int | None = None) -> None:
    """未启动 → 办理中."""
    item = _item(session, action_id, version)
    if item.status != S.NOT_STARTED.value:
        raise _refuse(item, QT_TRANSLATE_NOOP("Labels", "启动办理"))
    item.status = S.IN_PROGRESS.value
    session.flush()


def report_progress(session: Session, action_id: int, text: str, percent: int,
                    on: date | None = None, version: int | None = None) -> int:
    """Record the owner's report; 100% moves the item to 待确认. Returns the update's id."""
    item = _item(session, action_id, version)
    if item.status not in OPEN_STATUSES:
        raise _refuse(item, QT_TRANSLATE_NOOP("Labels", "汇报进展（请先重新打开）"))
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "完成进度应为 0 到 100 的整数。"), field="percent")
    if on is not None and on > today_local():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "汇报日期不能晚于今天。"), field="reported_on")
    body = _reason(text, QT_TRANSLATE_NOOP("Labels", "进展情况"))
    item.progress = percent
    item.status = S.AWAITING_SIGNOFF.value if percent == 100 else S.IN_PROGRESS.value
    return _add_update(session, item, "progress", body, on, percent)


def sign_off(session: Session, action_id: int, note: str, version: int | None = None) -> None:
    """办结确认: 待确认 → 已办结, with the secretary's note."""
    require(session, Permission.SIGN_OFF_ACTION)
    item = _item(session, action_id, version)
    if item.status != S.AWAITING_SIGNOFF.value:
        raise _refuse(item, QT_TRANSLATE_NOOP("Labels", "办结确认（须先由责任单位汇报完成，状态为“待确认”）"))
    text = _reason(note, QT_TRANSLATE_NOOP("Labels", "办结意见"), "note")
    item.status, item.progress = S.DONE.value, 100
    item.closed_at, item.closed_by, item.close_note = utcnow(), user_of(session), text
    _add_update(session, item, "signoff", text, None, 100)


def reopen(session: Session, action_id: int, reason: str, version: int | None = None) -> None:
    """已办结 / 已撤销 / 待确认 → 办理中, with a reason."""
    item = _item(session, action_id, version)
    if item.status not in (S.DONE.value, S.WITHDRAWN.value, S.AWAITING_SIGNOFF.value):
        raise _refuse(item, QT_TRANSLATE_NOOP("Labels", "重新打开"))
    text = _reason(reason, QT_TRANSLATE_NOOP("Labels", "重新打开的理由"), "reason")
    item.status = S.IN_PROGRESS.value
    item.closed_at, item.closed_by, item.close_note = None, "", ""
    _add_update(session, item, "reopen", text, None)


def withdraw(session: Session, action_id: int, reason: str, version: int | None = None) -> None:
    """Any open status → 已撤销, with a reason."""
    item = _item(session, action_id, version)
    if item.status not in OPEN_STATUSES:
        raise _refuse(item, QT_TRANSLATE_NOOP("Labels", "撤销"))
    text = _reason(reason, QT_TRANSLATE_NOOP("Labels", "撤销理由"), "reason")
    item.status = S.WITHDRAWN.value
    item.closed_at, item.closed_by, item.close_note = utcnow(), user_of(session), text
    _add_update(session, item, "withdraw", text, None)


def record_chase(session: Session, action_id: int, text: str, on: date | None = None) -> int:
    """Record that the item was chased (催办单 / e-mail / telephone); open items only."""
    item = _item(session, action_id)
    if item.status not in OPEN_STATUSES:
        raise _refuse(item, QT_TRANSLATE_NOOP("Labels", "催办"))
    return _add_update(session, item, "chase", _reason(text, QT_TRANSLATE_NOOP("Labels", "催办内容")), on)
