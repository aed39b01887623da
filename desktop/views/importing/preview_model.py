"""The import preview as a table: one frozen PlannedRow per line, coloured by action."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.i18n import LABELS
from desktop.services.importing import ACTION_LABELS, Action, Message, PlannedRow
from desktop.services.validation import mask_phone

CONTEXT = "ImportPreviewModel"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_BACKGROUND = {
    Action.NEW: QColor("#e6f4ea"),
    Action.UPDATE: QColor("#e3effb"),
    Action.UNCHANGED: QColor("#f1f1f1"),
    Action.REJECT: QColor("#fde7e9"),
}
_FOREGROUND = QColor("#202124")  # the backgrounds are light whatever the palette


def translated(message: Message | None) -> str:
    """A service message in the user's language."""
    if message is None:
        return ""
    text = QCoreApplication.translate(message.context, message.template)
    return text.format(**dict(message.params)) if message.params else text


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[PlannedRow], object]


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "行号"), lambda r: r.row),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "处理"),
           lambda r: QCoreApplication.translate(LABELS, ACTION_LABELS[r.action])),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "姓名"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "单位"), lambda r: r.organisation),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "职务"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "电话"), lambda r: mask_phone(r.phone)),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "邮箱"), lambda r: r.email),
    Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "说明"), lambda r: translated(r.reason)),
)


class ImportPreviewModel(QAbstractTableModel):
    """Read-only rows of an import plan; ``ROW_ROLE`` hands out the PlannedRow itself."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[PlannedRow, ...] = ()

    def set_rows(self, rows: Sequence[PlannedRow]) -> None:
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
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].value(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translated(row.reason) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_BACKGROUND[row.action])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_FOREGROUND)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(CONTEXT, COLUMNS[section].title)
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None
