"""The dashboard's pieces: figure buttons and the count tables (the trend chart is in ``trend``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.views.column_fit import ColumnFit
from desktop.views.emphasis import set_warning, warns
from desktop.views.table_model import Column, RowTableModel

MAX_COLUMN_WIDTH = 150
MIN_STRETCH_WIDTH = 160


FIGURE_STYLE = """
QLabel#dashboardFigureValue { font-size: 20pt; font-weight: bold; color: #111827; }
QLabel#dashboardFigureValue[warn="true"] { color: #c5221f; }
QLabel#dashboardFigureCaption { color: #4b5563; }
"""


class FigureButton(QPushButton):
    """A big number over its caption, the number first to the eye and in the warning colour
    when ``warns`` and not zero; clicking it opens the items behind it."""

    def __init__(self, caption: str, parent=None, *, warns: bool = False) -> None:
        super().__init__(parent)
        self.caption = caption
        self.warns = warns
        self.setObjectName("dashboardFigure")
        self.setStyleSheet(FIGURE_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.value_label = QLabel("0", objectName="dashboardFigureValue")
        self.caption_label = QLabel(caption, objectName="dashboardFigureCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        for label in (self.value_label, self.caption_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.set_value(0)
        self.setMinimumSize(layout.minimumSize())

    def set_value(self, value: int) -> None:
        self.value = value
        self.value_label.setText(f"{value:,}")
        self.setAccessibleName(f"{value:,} {self.caption}")
        set_warning(self.value_label, self.warns and value > 0)

    @property
    def warning(self) -> bool:
        """The number shows in the warning colour."""
        return warns(self.value_label)


class GroupModel(RowTableModel):
    """Open and overdue items per body or per lead organisation."""

    CONTEXT = "GroupModel"
    STRETCH_COLUMN = 0
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("GroupModel", "名称"), lambda g: g.name),
        Column(QT_TRANSLATE_NOOP("GroupModel", "未办结"), lambda g: g.open, numeric=True),
        Column(QT_TRANSLATE_NOOP("GroupModel", "逾期"), lambda g: g.overdue, numeric=True),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 2:
            row = self.rows()[index.row()] if 0 <= index.row() < len(self.rows()) else None
            return QColor("#c5221f") if row is not None and row.overdue else None
        return super().data(index, role)


class OldestModel(RowTableModel):
    """The ten items open the longest."""

    CONTEXT = "OldestModel"
    STRETCH_COLUMN = 1
    WHOLE_COLUMNS = (0, 3, 4, 5)   # the number, the dates and the days late are read whole
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("OldestModel", "编号"), lambda o: o.id, numeric=True),
        Column(QT_TRANSLATE_NOOP("OldestModel", "督办事项"), lambda o: o.title),
        Column(QT_TRANSLATE_NOOP("OldestModel", "牵头单位"), lambda o: o.lead),
        Column(QT_TRANSLATE_NOOP("OldestModel", "立项"), lambda o: o.opened_on.isoformat()),
        Column(QT_TRANSLATE_NOOP("OldestModel", "期限"), lambda o: o.due.isoformat() if o.due else ""),
        Column(QT_TRANSLATE_NOOP("OldestModel", "逾期天数"), lambda o: o.days_late or "", numeric=True),
    )


class CountTable(QTableView):
    """A small read-only table; ``cell_clicked`` gives the row object and the column."""

    cell_clicked = Signal(object, int)

    def __init__(self, model: RowTableModel, parent=None) -> None:
        super().__init__(parent)
        self.source_model = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the stretching column keeps its minimum; the others give way before the table scrolls
        self.fit = ColumnFit(self, model.STRETCH_COLUMN, model.WHOLE_COLUMNS, minimum=MIN_STRETCH_WIDTH)
        self.clicked.connect(self._on_self_clicked)

    def set_rows(self, rows: Sequence) -> None:
        self.source_model.set_rows(rows)
        with self.fit.sizing():
            for column in range(self.source_model.columnCount()):
                if column != self.fit.stretch:
                    self.resizeColumnToContents(column)
                    # Qt sizes the header from the Latin font's metrics; Chinese comes from the wider
                    # CJK fallback and would be clipped, so measure the header text itself.
                    title = str(self.source_model.headerData(column, Qt.Orientation.Horizontal) or "")
                    needed = self.horizontalHeader().fontMetrics().horizontalAdvance(title) + 24
                    width = max(self.columnWidth(column), needed)
                    self.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))
        self.fit.remember()
        self.fit.apply()

    def _on_self_clicked(self, index: QModelIndex) -> None:
        rows = self.source_model.rows()
        if index.isValid() and 0 <= index.row() < len(rows):
            self.cell_clicked.emit(rows[index.row()], index.column())
