"""The .ics import preview as a table: one PlannedEvent per row, coloured by action."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.i18n import LABELS
from desktop.services.ics_import import ACTION_LABELS, PlannedEvent
from desktop.services.timeutil import to_local

CONTEXT = "IcsPreviewModel"
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
_BACKGROUND = {"create": QColor("#e6f4ea"), "update": QColor("#e3effb"), "unchanged": QColor("#f1f1f1"),
               "older": QColor("#f1f1f1"), "rejected": QColor("#fde7e9")}
_FOREGROUND = QColor("#202124")  # the backgrounds are light whatever the palette


ALL_DAY = QT_TRANSLATE_NOOP("IcsPreviewModel", "（全天）")
SERIES = QT_TRANSLATE_NOOP("IcsPreviewModel", "系列")
SINGLE = QT_TRANSLATE_NOOP("IcsPreviewModel", "单次")
UNMATCHED = QT_TRANSLATE_NOOP("IcsPreviewModel", "{n} 位参会人不在通讯录中")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _when(item: PlannedEvent) -> str:
    local = to_local(item.start)
    return f"{local:%Y-%m-%d}" + (_tr(ALL_DAY) if item.event.all_day else f" {local:%H:%M}")


def _note(item: PlannedEvent) -> str:
    parts = [QCoreApplication.translate("Errors", item.reason)] if item.reason else []
    if item.unmatched:
        parts.append(_tr(UNMATCHED).format(n=item.unmatched))
    return "；".join(parts)


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[PlannedEvent], object]


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "处理"),
           lambda i: QCoreApplication.translate(LABELS, ACTION_LABELS[i.action])),
    Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "类型"),
           lambda i: _tr(SERIES if i.kind == "series" else SINGLE)),
    Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "开始"), _when),
    Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "标题"), lambda i: i.title),
    Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "文件行号"), lambda i: i.line),
    Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "说明"), _note),
)


class IcsPreviewModel(QAbstractTableModel):
    """Read-only rows of an .ics import plan; ``EVENT_ROLE`` hands out the PlannedEvent."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[PlannedEvent, ...] = ()

    def set_rows(self, rows: Sequence[PlannedEvent]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].value(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _note(item) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_BACKGROUND[item.action])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_FOREGROUND)
        if role == EVENT_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section].title)
        return None
