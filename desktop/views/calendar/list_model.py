"""The list (agenda) view's model: one meeting a line, struck through when cancelled."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.i18n import LABELS
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings.core import STATUS_LABELS
from desktop.services.meetings.queries import MeetingRow
from desktop.views.calendar import chips
from desktop.views.navigation import marker_icon
from desktop.views.table_model import Column, RowTableModel

CONTEXT = "MeetingListModel"


def _day(row: MeetingRow) -> str:
    start = to_local(row.start)
    return f"{start:%Y-%m-%d} {chips.short_weekday(start)}"


def _time(row: MeetingRow) -> str:
    if row.all_day:
        return QCoreApplication.translate("MeetingListModel", "全天")
    start, end = to_local(row.start), to_local(row.end)
    until = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%m-%d %H:%M}"
    return f"{start:%H:%M}–{until}"


def _status(row: MeetingRow) -> str:
    return QCoreApplication.translate(LABELS, STATUS_LABELS.get(row.status, row.status))


class MeetingListModel(RowTableModel):
    """``MeetingRow`` per line; the body column carries the body's colour."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "日期"), _day),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "时间"), _time),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "机制"), lambda r: r.body_name),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "会议名称"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "地点"), lambda r: r.room or r.location),
        Column(QT_TRANSLATE_NOOP("MeetingListModel", "状态"), _status),
    )
    STRETCH_COLUMN = 3
    BODY_COLUMN = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._icons: dict[str, object] = {}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: MeetingRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == self.BODY_COLUMN:
            if row.color not in self._icons:
                self._icons[row.color] = marker_icon(row.color)
            return self._icons[row.color]
        if role == Qt.ItemDataRole.FontRole and chips.is_cancelled(row):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if chips.is_cancelled(row):
                return chips.MUTED_TEXT
            if chips.is_postponed(row):
                return QColor(chips.POSTPONED_MARK)
        if role == Qt.ItemDataRole.ToolTipRole:
            return chips.tooltip(row)
        return super().data(index, role)
