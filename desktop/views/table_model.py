"""A read-only table of frozen service rows whose columns are declared as data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.kernel.validation import mask_phone

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DARK_TEXT = QBrush(QColor("#202124"))  # row tints are light whatever the palette


@dataclass(frozen=True)
class Column:
    """One column: a header (marked with QT_TRANSLATE_NOOP) and how to read a row."""

    title: str
    value: Callable[[Any], object]
    phone: bool = False  # masked unless phone numbers are revealed
    numeric: bool = False
    sort: Callable[[Any], object] | None = None   # what the column sorts by, when not its value


class RowTableModel(QAbstractTableModel):
    """Rows are frozen dataclasses with an ``id``; ``ROW_ROLE`` hands the row out."""

    CONTEXT: ClassVar[str] = "RowTableModel"
    COLUMNS: ClassVar[tuple[Column, ...]] = ()
    STRETCH_COLUMN: ClassVar[int] = -1  # the column that takes the spare width; -1 = the last
    WHOLE_COLUMNS: ClassVar[tuple[int, ...]] = ()  # never narrowed to fit (a case number): see RecordTable

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple = ()
        self._phones_revealed = False

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple:
        return self._rows

    def row_of_id(self, row_id: int) -> int:
        """The row number holding ``row_id``, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == row_id), -1)

    def set_phones_revealed(self, revealed: bool) -> None:
        if revealed == self._phones_revealed:
            return
        self._phones_revealed = revealed
        for number, column in enumerate(self.COLUMNS):
            if column.phone and self._rows:
                self.dataChanged.emit(self.index(0, number), self.index(len(self._rows) - 1, number),
                                      [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, row)
        if role == SORT_ROLE:  # a masked column sorts as shown, so the order leaks no digits
            if column.phone:
                return self._display(column, row)
            return column.sort(row) if column.sort is not None else column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.numeric else _LEFT)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:  # else the cell's own text, whole when the cell cuts it
            return self.row_tooltip(row) or (None if column.numeric else self._display(column, row) or None)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            tint = self.row_tint(row)
            if tint is None:
                return None
            return QBrush(tint) if role == Qt.ItemDataRole.BackgroundRole else _DARK_TEXT
        return None

    def row_tooltip(self, row) -> str:
        """A subclass's tooltip for a whole row ('' for none)."""
        return ""

    def row_tint(self, row) -> QColor | None:
        """A subclass's background colour for a whole row (None for the palette's)."""
        return None

    def _display(self, column: Column, row) -> object:
        value = column.value(row)
        if column.phone and not self._phones_revealed:
            return mask_phone(str(value))
        return value

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].title)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
