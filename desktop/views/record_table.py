"""A read-only, sortable, filterable table of service rows that keeps its selection by id."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.views.column_fit import ColumnFit
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, RowTableModel

MAX_COLUMN_WIDTH = 320
FIT_SAMPLE_ROWS = 100   # rows sampled (beside the visible ones) when a column is fitted to its contents


def select_index(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Make ``index``'s row the view's only selected, current and visible row; False if invalid."""
    if not index.isValid():
        return False
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)
    return True


def preview_table(model) -> QTableView:
    """A plain read-only table of whole rows in the model's own order (import previews)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class RecordTable(QTableView):
    """Shows a RowTableModel through a filter proxy; hands out the selected row dataclass."""

    row_activated = Signal(object)  # a row was double-clicked
    selection_changed = Signal()

    def __init__(self, model: RowTableModel, parent=None) -> None:
        super().__init__(parent)
        self.source_model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self._configure()
        self.doubleClicked.connect(self._on_self_double_clicked)
        self.selectionModel().selectionChanged.connect(self._on_selection_model_selection_changed)

    def _configure(self) -> None:
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a click
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        # Qt's default (1,000 rows a column, through the proxy) cost ~100 ms per reload of the
        # people page on the large database.
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.fit = ColumnFit(self, self.source_model.STRETCH_COLUMN, self.source_model.WHOLE_COLUMNS)
        self._fit_columns()  # before any rows too: a preview's English headers were cut at 100 px

    def set_rows(self, rows: Sequence) -> None:
        """Replace the rows, keeping the selected row (by id) when it is still there."""
        current = self.current_row()
        self.source_model.set_rows(rows)
        self._fit_columns()
        if current is not None:
            self.select_id(current.id)
        self.selection_changed.emit()

    def _fit_columns(self) -> None:
        # the stretching column is left alone: sizing it by hand ends its stretching
        with self.fit.sizing():
            for column in range(self.proxy.columnCount()):
                if column != self.fit.stretch:
                    self.resizeColumnToContents(column)
                    self.setColumnWidth(column, min(self.columnWidth(column), MAX_COLUMN_WIDTH))
        self.fit.remember()
        self.fit.apply()

    def set_phones_revealed(self, revealed: bool) -> None:
        self.source_model.set_phones_revealed(revealed)
        self._fit_columns()  # full numbers are wider than masked ones

    def set_filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def current_row(self):
        """The selected row dataclass, or None."""
        rows = self.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, row_id: int) -> bool:
        source_row = self.source_model.row_of_id(row_id)
        if source_row < 0:
            return False
        # an invalid index: filtered out
        return select_index(self, self.proxy.mapFromSource(self.source_model.index(source_row, 0)))

    def _on_self_double_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.row_activated.emit(row)

    def _on_selection_model_selection_changed(self, *_args) -> None:
        self.selection_changed.emit()
