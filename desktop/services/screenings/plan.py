"""What importing a returned screening sheet will do, row by row: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.importing.plan import Message, RowReport
from desktop.services.screenings.results import ResultValues, result_text

#: The header cells of the sheet a campaign sends out, in this order (issue 11).
SHEET_HEADERS = ("统一社会信用代码", "企业名称", "欠薪月数", "涉及职工人数", "欠薪金额（元）", "社保欠缴月数",
                 "拟裁减人数", "备注")
#: Optional columns after those eight: filled in by the export, ignored by the import.
EXTRA_HEADERS = ("负责单位", "所属园区/街道")


class SheetAction(str, Enum):
    NEW = "new"              # a result for an enterprise not screened yet
    CHANGED = "changed"      # replaces a different result
    UNCHANGED = "unchanged"  # the same result as stored
    EMPTY = "empty"          # every result cell empty: not screened, left as it is
    REJECT = "reject"


SHEET_ACTION_LABELS = {
    SheetAction.NEW: QT_TRANSLATE_NOOP("Labels", "新结果"),
    SheetAction.CHANGED: QT_TRANSLATE_NOOP("Labels", "修改"),
    SheetAction.UNCHANGED: QT_TRANSLATE_NOOP("Labels", "跳过（无变化）"),
    SheetAction.EMPTY: QT_TRANSLATE_NOOP("Labels", "未填写"),
    SheetAction.REJECT: QT_TRANSLATE_NOOP("Labels", "拒绝"),
}


@dataclass(frozen=True)
class SheetRow(RowReport):
    """One row of the returned sheet; ``values`` the result as it will be stored.

    ``cells`` are the result cells as written (what a rejected row shows); ``entry_id`` and
    ``version`` name the entry as read when planning.
    """

    row: int
    action: SheetAction
    uscc: str
    name: str
    cells: tuple[tuple[str, str], ...] = ()
    values: ResultValues | None = None
    entry_id: int | None = None
    version: int | None = None
    reason: Message | None = None

    def text(self, field: str) -> str:
        """A result cell as the preview shows it: the value to store, or the cell as written."""
        if self.values is None:
            return dict(self.cells).get(field, "")
        value = getattr(self.values, field)
        return value if isinstance(value, str) else result_text(value)



@dataclass(frozen=True)
class SheetCounts:
    new: int
    changed: int
    unchanged: int
    empty: int
    rejected: int

    @property
    def summary(self) -> Message:
        return Message.label(
            QT_TRANSLATE_NOOP("Labels", "新结果 {new} 家、修改 {changed} 家、无变化 {unchanged} 家、"
                                      "未填写 {empty} 行、拒绝 {rejected} 行"),
            new=self.new, changed=self.changed, unchanged=self.unchanged, empty=self.empty,
            rejected=self.rejected,
        )


@dataclass(frozen=True)
class SheetPlan:
    """The preview of a sheet import: nothing has been written when you hold one."""

    campaign_id: int
    source: str
    sheet: str
    header_row: int
    columns: tuple[str, ...]
    ignored_columns: tuple[str, ...]
    rows: tuple[SheetRow, ...]

    @property
    def counts(self) -> SheetCounts:
        by_action = {a: 0 for a in SheetAction}
        for r in self.rows:
            by_action[r.action] += 1
        return SheetCounts(by_action[SheetAction.NEW], by_action[SheetAction.CHANGED],
                           by_action[SheetAction.UNCHANGED], by_action[SheetAction.EMPTY],
                           by_action[SheetAction.REJECT])

    @property
    def rejected(self) -> tuple[SheetRow, ...]:
        return tuple(r for r in self.rows if r.action is SheetAction.REJECT)

    @property
    def writes(self) -> tuple[SheetRow, ...]:
        return tuple(r for r in self.rows if r.action in (SheetAction.NEW, SheetAction.CHANGED))

    def can_apply(self, *, allow_rejected: bool = False) -> bool:
        """True when there is something to write and no reject stands in the way."""
        counts = self.counts
        return counts.new + counts.changed > 0 and (allow_rejected or counts.rejected == 0)


@dataclass(frozen=True)
class SheetResult:
    """What an applied sheet wrote, and the warning suggestions it made."""

    new: int
    changed: int
    entry_ids: tuple[int, ...]
    suggested: int = 0      # warnings suggested anew
    updated: int = 0        # suggestions whose level or reason changed
    withdrawn: int = 0      # suggestions the new results no longer support

    @property
    def summary(self) -> Message:
        return Message.label(
            QT_TRANSLATE_NOOP("Labels", "已写入新结果 {new} 家、修改 {changed} 家；"
                                      "预警建议新增 {suggested} 条、更新 {updated} 条、撤回 {withdrawn} 条"),
            new=self.new, changed=self.changed, suggested=self.suggested, updated=self.updated,
            withdrawn=self.withdrawn,
        )
