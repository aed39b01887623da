"""The overview's two lists: its open 督办 items and its decisions still to act on.

They are repainted on every switch of body while the next body is read on a worker thread, so
their cells are handed to Qt once (a ``QStandardItemModel`` filled from the columns declared
as data) instead of being asked of Python at each paint: a Python ``data()`` per cell and role
has to win the GIL back from the worker every time, which made the page's paint several times
slower during a load. Columns are still declared as data; the row object is on ``ROW_ROLE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.services.kernel.timeutil import to_local
from desktop.views.header_widths import header_need
from desktop.views.table_model import ROW_ROLE, Column

if TYPE_CHECKING:  # (built before the first paint: no SQLAlchemy)
    from desktop.services.bodies.overview import OpenItem

WARNING_COLOUR = QColor("#c5221f")
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATUS_LABELS = {  # the same words as actions.timing.STATUS_LABELS (context "Labels")
    "not_started": QT_TRANSLATE_NOOP("Labels", "未启动"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "办理中"),
    "awaiting_signoff": QT_TRANSLATE_NOOP("Labels", "待确认"),
}


def _status(item: OpenItem) -> str:
    return QCoreApplication.translate("Labels", STATUS_LABELS.get(item.status, item.status))


class SnapshotModel(QStandardItemModel):
    """Rows (frozen dataclasses with an ``id``) copied into items; ``COLUMNS`` as in RowTableModel."""

    CONTEXT = "SnapshotModel"
    COLUMNS: tuple[Column, ...] = ()
    WIDTHS: tuple[int, ...] = ()      # characters per column; 0 for the one that stretches

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self._rows: tuple = ()
        self.setHorizontalHeaderLabels([QCoreApplication.translate(self.CONTEXT, c.title) for c in self.COLUMNS])

    def set_rows(self, rows: Sequence) -> None:
        self._rows = tuple(rows)
        self.removeRows(0, self.rowCount())
        for row in self._rows:
            self.appendRow([self._item(row, number, column) for number, column in enumerate(self.COLUMNS)])

    def _item(self, row, number: int, column: Column) -> QStandardItem:
        item = QStandardItem()
        item.setEditable(False)
        item.setData(column.value(row), Qt.ItemDataRole.DisplayRole)
        item.setData(_RIGHT if column.numeric else _LEFT, Qt.ItemDataRole.TextAlignmentRole)
        colour = self.foreground(row, number)
        if colour is not None:
            item.setForeground(colour)
        if number == 0:
            item.setData(row, ROW_ROLE)
        if not column.numeric:   # a cell cut short shows the whole text on hover
            item.setToolTip(str(column.value(row)))
        return item

    def column_words(self, column: int) -> list[str]:
        """The fixed words a column shows (a status): its width must hold them."""
        return []

    def rows(self) -> tuple:
        return self._rows

    def foreground(self, row, column: int) -> QColor | None:
        """A subclass's text colour for one cell (None for the palette's)."""
        return None


class OpenItemModel(SnapshotModel):
    """One open ``OpenItem`` per line, the most overdue first; days late in the warning colour."""

    CONTEXT = "OpenItemModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "督办事项"), lambda i: i.title),
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "牵头单位"), lambda i: i.lead),
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "期限"), lambda i: i.due.isoformat() if i.due else ""),
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "逾期天数"), lambda i: i.days_late or "", numeric=True),
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "状态"), _status),
    )
    WIDTHS = (0, 11, 6, 4, 4)
    LATE_COLUMN, STATUS_COLUMN = 3, 4

    def column_words(self, column: int) -> list[str]:
        if column != self.STATUS_COLUMN:
            return []
        return [QCoreApplication.translate("Labels", text) for text in STATUS_LABELS.values()]

    def foreground(self, row: OpenItem, column: int) -> QColor | None:
        return WARNING_COLOUR if column == self.LATE_COLUMN and row.overdue else None


class PendingDecisionModel(SnapshotModel):
    """One ``PendingDecision`` per line: the decision, its meeting and the meeting's day."""

    CONTEXT = "PendingDecisionModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PendingDecisionModel", "议定事项"), lambda d: d.text),
        Column(QT_TRANSLATE_NOOP("PendingDecisionModel", "会议"), lambda d: d.meeting_title),
        Column(QT_TRANSLATE_NOOP("PendingDecisionModel", "会议日期"),
               lambda d: to_local(d.meeting_start).date().isoformat()),
    )
    WIDTHS = (0, 16, 6)


class SnapshotTable(QTableView):
    """A read-only table of a SnapshotModel; ``row_activated(row)`` on a double-click or Enter."""

    row_activated = Signal(object)

    def __init__(self, model: SnapshotModel, parent=None) -> None:
        super().__init__(parent)
        self.source_model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate(model.WIDTHS):
            if chars:
                words = [self.fontMetrics().horizontalAdvance(w) + 16 for w in model.column_words(column)]
                self.setColumnWidth(column, max(chars * char + 16, header_need(self, column), *words))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.activated.connect(self._on_self_activated)   # a double-click, or Enter

    def set_rows(self, rows: Sequence) -> None:
        self.source_model.set_rows(rows)

    def current_row(self):
        rows = self.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _on_self_activated(self, index: QModelIndex) -> None:
        row = index.siblingAtColumn(0).data(ROW_ROLE)
        if row is not None:
            self.row_activated.emit(row)
