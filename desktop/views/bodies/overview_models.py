"""Table models of the body page's overview: its open 督办 items and its decisions still to act on."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.bodies.overview import OpenItem, PendingDecision
from desktop.services.kernel.timeutil import to_local
from desktop.views.table_model import Column, RowTableModel

WARNING_COLOUR = QColor("#c5221f")
STATUS_LABELS = {  # the same words as actions.timing.STATUS_LABELS (context "Labels")
    "not_started": QT_TRANSLATE_NOOP("Labels", "未启动"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "办理中"),
    "awaiting_signoff": QT_TRANSLATE_NOOP("Labels", "待确认"),
}


def _status(item: OpenItem) -> str:
    return QCoreApplication.translate("Labels", STATUS_LABELS.get(item.status, item.status))


class OpenItemModel(RowTableModel):
    """One open ``OpenItem`` per line, the most overdue first; days late in the warning colour."""

    CONTEXT = "OpenItemModel"
    STRETCH_COLUMN = 0
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "督办事项"), lambda i: i.title),
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "牵头单位"), lambda i: i.lead),
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "期限"), lambda i: i.due.isoformat() if i.due else ""),
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "逾期天数"), lambda i: i.days_late or "", numeric=True),
        Column(QT_TRANSLATE_NOOP("OpenItemModel", "状态"), _status),
    )
    LATE_COLUMN = 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.LATE_COLUMN:
            rows = self.rows()
            return WARNING_COLOUR if 0 <= index.row() < len(rows) and rows[index.row()].overdue else None
        return super().data(index, role)

    def row_tooltip(self, row: OpenItem) -> str:
        return row.title


class PendingDecisionModel(RowTableModel):
    """One ``PendingDecision`` per line: the decision, its meeting and the meeting's day."""

    CONTEXT = "PendingDecisionModel"
    STRETCH_COLUMN = 0
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("PendingDecisionModel", "议定事项"), lambda d: d.text),
        Column(QT_TRANSLATE_NOOP("PendingDecisionModel", "会议"), lambda d: d.meeting_title),
        Column(QT_TRANSLATE_NOOP("PendingDecisionModel", "会议日期"),
               lambda d: to_local(d.meeting_start).date().isoformat()),
    )

    def row_tooltip(self, row: PendingDecision) -> str:
        return row.text
