"""Bulk changes on a multi-selection: reassign (lead organisation / owner) or move the due date.

One call is one change in the caller's transaction: every item is checked first, and one bad
item refuses the whole change (nothing is written). The update is a Core ``UPDATE … WHERE id IN``
per chunk, which the ORM audit hook does not see, so one audit row per item is written here with
the item's before and after values. The version counter is raised as the ORM would, so an edit
dialog opened before the bulk change is refused instead of overwriting it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.errors import ConcurrencyError, NotFoundError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import OPEN_STATUSES, ActionItem, Organisation, Person, utcnow
from desktop.services.actions.core import write_audit
from desktop.services.kernel.records import get_or_refuse

T = ActionItem.__table__
CHUNK = 500
_UNSET = object()


@dataclass(frozen=True)
class BulkResult:
    """How many items changed (items already holding the new values are left alone)."""

    changed: int
    unchanged: int


def bulk_reassign(session: Session, ids: Sequence[int], *, lead_org_id: int | None | object = _UNSET,
                  owner_id: int | None | object = _UNSET,
                  versions: Mapping[int, int] | None = None) -> BulkResult:
    """Give the open items ``ids`` a new lead organisation and/or owner (None clears the owner)."""
    values = {}
    if lead_org_id is not _UNSET:
        if lead_org_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择牵头单位。"), field="lead_org_id")
        get_or_refuse(session, Organisation, lead_org_id)
        values["lead_org_id"] = lead_org_id
    if owner_id is not _UNSET:
        if owner_id is not None:
            get_or_refuse(session, Person, owner_id)
        values["owner_id"] = owner_id
    if not values:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有要修改的内容。"))
    return _apply(session, ids, values, versions)


def bulk_set_due(session: Session, ids: Sequence[int], due: date | None,
                 versions: Mapping[int, int] | None = None) -> BulkResult:
    """Move the due date of the open items ``ids`` (None removes it)."""
    return _apply(session, ids, {"due": due}, versions)


def _apply(session: Session, ids: Sequence[int], values: dict, versions: Mapping[int, int] | None) -> BulkResult:
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有选择任何督办事项。"))
    before = _read(session, ids, list(values))
    _check(ids, before, versions or {})
    changing = [i for i in ids if any(before[i][k] != v for k, v in values.items())]
    now = utcnow()
    for start in range(0, len(changing), CHUNK):
        chunk = changing[start:start + CHUNK]
        session.execute(update(T).where(T.c.id.in_(chunk))
                        .values(**values, version=T.c.version + 1, updated_at=now))
    write_audit(session, ((i, "update", {k: [before[i][k], v] for k, v in values.items()
                                         if before[i][k] != v}) for i in changing))
    return BulkResult(len(changing), len(ids) - len(changing))


def _read(session: Session, ids: list[int], keys: list[str]) -> dict[int, dict]:
    columns = [T.c.id, T.c.status, T.c.version, *(T.c[k] for k in keys)]
    out = {}
    for start in range(0, len(ids), CHUNK):
        for row in session.execute(select(*columns).where(T.c.id.in_(ids[start:start + CHUNK]))):
            out[row.id] = row._asdict()
    return out


def _check(ids: list[int], before: dict[int, dict], versions: Mapping[int, int]) -> None:
    if missing := [i for i in ids if i not in before]:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "督办事项不存在（编号 {ids}），可能已被删除。"),
                            ids=_some(missing))
    if closed := [i for i in ids if before[i]["status"] not in OPEN_STATUSES]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "已办结或已撤销的事项不能批量修改（编号 {ids}），未修改任何事项。"),
            field="status", ids=_some(closed))
    if [i for i, v in versions.items() if i in before and before[i]["version"] != v]:
        raise ConcurrencyError(QT_TRANSLATE_NOOP("Errors", "该记录已被他人修改，请刷新后重试。"))


def _some(ids: list[int], limit: int = 10) -> str:
    shown = "、".join(map(str, ids[:limit]))
    return shown + (f" 等 {len(ids)} 项" if len(ids) > limit else "")
