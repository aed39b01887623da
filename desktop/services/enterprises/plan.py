"""What an enterprise import will do, row by row: plain frozen values a preview or report shows."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.enterprises.core import EnterpriseData
from desktop.services.importing.plan import Action, Message, RowReport

FIELDS = ("name", "uscc", "address", "park", "industry", "workers", "has_union", "has_contract",
          "contact_name", "contact_phone")
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Labels", "企业名称"),
    "uscc": QT_TRANSLATE_NOOP("Labels", "统一社会信用代码"),
    "address": QT_TRANSLATE_NOOP("Labels", "地址"),
    "park": QT_TRANSLATE_NOOP("Labels", "所属园区/街道"),
    "industry": QT_TRANSLATE_NOOP("Labels", "行业"),
    "workers": QT_TRANSLATE_NOOP("Labels", "职工人数"),
    "has_union": QT_TRANSLATE_NOOP("Labels", "是否建会"),
    "has_contract": QT_TRANSLATE_NOOP("Labels", "集体合同"),
    "contact_name": QT_TRANSLATE_NOOP("Labels", "联系人"),
    "contact_phone": QT_TRANSLATE_NOOP("Labels", "联系电话"),
}


@dataclass(frozen=True)
class EnterpriseImportRow(RowReport):
    """One row of the file: the action, the record as it will be stored, and why.

    ``data`` is the whole record after the import (None for a rejected row, whose cells as
    written are in ``cells``); ``enterprise_id``/``version`` name the stored record an update
    changes, as read when planning.
    """

    row: int
    action: Action
    data: EnterpriseData | None
    cells: tuple[tuple[str, str], ...] = ()
    enterprise_id: int | None = None
    version: int | None = None
    changes: tuple[str, ...] = ()
    reason: Message | None = None

    def text(self, field: str) -> str:
        """A field as the preview shows it: the stored value, or the cell of a rejected row."""
        if self.data is None:
            return dict(self.cells).get(field, "")
        value = getattr(self.data, field)
        if isinstance(value, bool):
            return "是" if value else "否"
        return "" if value is None else str(value)



@dataclass(frozen=True)
class EnterpriseCounts:
    new: int
    updated: int
    unchanged: int
    rejected: int

    @property
    def summary(self) -> Message:
        return Message.label(
            QT_TRANSLATE_NOOP("Labels", "新增 {new} 家、更新 {updated} 家、无变化 {unchanged} 家、拒绝 {rejected} 行"),
            new=self.new, updated=self.updated, unchanged=self.unchanged, rejected=self.rejected,
        )


@dataclass(frozen=True)
class EnterprisePlan:
    """The preview of an enterprise import: nothing has been written when you hold one."""

    source: str
    sheet: str
    header_row: int
    columns: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    rows: tuple[EnterpriseImportRow, ...]

    @property
    def counts(self) -> EnterpriseCounts:
        by_action = {a: 0 for a in Action}
        for r in self.rows:
            by_action[r.action] += 1
        return EnterpriseCounts(by_action[Action.NEW], by_action[Action.UPDATE],
                                by_action[Action.UNCHANGED], by_action[Action.REJECT])

    @property
    def rejected(self) -> tuple[EnterpriseImportRow, ...]:
        return tuple(r for r in self.rows if r.action is Action.REJECT)

    def can_apply(self, *, allow_rejected: bool = False) -> bool:
        """True when there is something to write and no reject stands in the way."""
        counts = self.counts
        return counts.new + counts.updated > 0 and (allow_rejected or counts.rejected == 0)


@dataclass(frozen=True)
class EnterpriseImportResult:
    """What an applied import wrote."""

    created: int
    updated: int
    enterprise_ids: tuple[int, ...]
