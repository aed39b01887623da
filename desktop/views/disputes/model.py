"""The case list and a case's timeline as Qt item models over plain rows (``CaseRow``, ``StepRow``).

The list keeps every case of the register and shows those of the chosen stage filter (进行中,
全部 or one stage); the text search runs in the ``RecordTable``'s proxy. The 期限 column shows
the nearest running clock: amber from ``amber_days`` left, red once passed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.disputes.clocks import Clock
from desktop.services.disputes.labels import CATEGORY_LABELS, STAGE_LABELS
from desktop.services.disputes.query import OPEN, CaseRow, StepRow
from desktop.views.table_model import SORT_ROLE, Column, RowTableModel

CONTEXT = "CaseTableModel"
OPEN_FILTER, ALL_FILTER = "open", "all"
RED, AMBER, GREY = QColor("#c5221f"), QColor("#b06000"), QColor("#5f6368")
STATE_COLOURS = {"red": RED, "amber": AMBER, "paused": GREY}
CLOCK_COLUMN, STAGE_COLUMN, CATEGORY_COLUMN = 7, 5, 4

#: Short names of the Art. 2 categories for the list (the full name is the tooltip and the detail).
SHORT_CATEGORIES = {
    "relation": QT_TRANSLATE_NOOP("CaseTableModel", "确认劳动关系"),
    "contract": QT_TRANSLATE_NOOP("CaseTableModel", "劳动合同"),
    "dismissal": QT_TRANSLATE_NOOP("CaseTableModel", "除名辞退离职"),
    "conditions": QT_TRANSLATE_NOOP("CaseTableModel", "工时休假社保"),
    "remuneration": QT_TRANSLATE_NOOP("CaseTableModel", "劳动报酬"),
    "other": QT_TRANSLATE_NOOP("CaseTableModel", "其他"),
}


def label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def stage_label(stage: str) -> str:
    return label(STAGE_LABELS.get(stage, stage))


def category_label(category: str) -> str:
    return label(CATEGORY_LABELS.get(category, category))


def short_category(category: str) -> str:
    return _tr(SHORT_CATEGORIES[category]) if category in SHORT_CATEGORIES else category


def days_text(clock: Clock) -> str:
    """剩3日, 今日到期, 已超期2日 or 已中止, with （暂定） for a provisional last day."""
    if clock.paused or clock.days_left is None:
        text = QCoreApplication.translate("CaseTableModel", "已中止")
    elif clock.days_left > 0:
        text = QCoreApplication.translate("CaseTableModel", "剩{n}日").format(n=clock.days_left)
    elif clock.days_left == 0:
        text = QCoreApplication.translate("CaseTableModel", "今日到期")
    else:
        text = QCoreApplication.translate("CaseTableModel", "已超期{n}日").format(n=-clock.days_left)
    return text + (QCoreApplication.translate("CaseTableModel", "（暂定）") if clock.provisional else "")


def nearest_clock(row: CaseRow) -> Clock | None:
    """The running clock due soonest; a paused one only when none runs."""
    running = [c for c in row.clocks if c.days_left is not None and not c.paused]
    if running:
        return min(running, key=lambda c: c.days_left)
    return row.clocks[0] if row.clocks else None


def clock_text(clock: Clock | None) -> str:
    return "" if clock is None else f"{clock.name} {days_text(clock)}"


def _clock_key(row: CaseRow) -> int:
    clock = nearest_clock(row)
    return 10 ** 6 if clock is None or clock.days_left is None or clock.paused else clock.days_left


def matches_stage(row: CaseRow, stage: str) -> bool:
    return stage == ALL_FILTER or (row.stage in OPEN if stage == OPEN_FILTER else row.stage == stage)


class CaseTableModel(RowTableModel):
    """Every case read, and those the stage filter lets through; ``ROW_ROLE`` hands out the CaseRow."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "案号"), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "受理日期"), lambda r: r.received.isoformat()),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "用人单位"), lambda r: r.employer),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "申请人"), lambda r: r.applicant),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "类别"), lambda r: short_category(r.category)),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "阶段"), lambda r: stage_label(r.stage)),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "调解员"), lambda r: r.mediator),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "期限"), lambda r: clock_text(nearest_clock(r))),
    )
    STRETCH_COLUMN = 2   # 用人单位
    WHOLE_COLUMNS = (0, 1)   # the case number and the day received are read whole

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: tuple[CaseRow, ...] = ()
        self._stage = OPEN_FILTER

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self._all = tuple(rows)
        super().set_rows([r for r in self._all if matches_stage(r, self._stage)])

    def set_stage_filter(self, stage: str) -> None:
        if stage != self._stage:
            self._stage = stage
            super().set_rows([r for r in self._all if matches_stage(r, stage)])

    @property
    def total(self) -> int:
        return len(self._all)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == CLOCK_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            clock = nearest_clock(row)
            colour = STATE_COLOURS.get(clock.state) if clock is not None else None
            return QBrush(colour) if colour is not None else None
        if column == CLOCK_COLUMN and role == SORT_ROLE:
            return _clock_key(row)
        if column == CATEGORY_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            return category_label(row.category)
        if column == CLOCK_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{c.name}：{c.due or ''} {days_text(c)}" for c in row.clocks) or None
        return super().data(index, role)


class TimelineModel(RowTableModel):
    """A case's steps in order: date, stage, handler, note."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "日期"), lambda s: s.on.isoformat()),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "阶段"), lambda s: stage_label(s.stage)),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "经办人"), lambda s: s.handler),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "说明"), lambda s: s.note),
        Column(QT_TRANSLATE_NOOP("CaseTableModel", "调解会"), lambda s: s.meeting),
    )

    def row_of_id(self, row_id: int) -> int:
        return next((i for i, step in enumerate(self._rows) if step.seq == row_id), -1)

    def set_steps(self, steps: Sequence[StepRow]) -> None:
        self.set_rows(steps)
