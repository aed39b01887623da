"""A read-only, sortable, filterable table of service rows that keeps its selection by id."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.views.header_widths import header_need
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, RowTableModel

MAX_COLUMN_WIDTH = 320
STRETCH_MIN_WIDTH = 160  # the stretching column (a name, a title) keeps this much (2/5 of a narrow table)
FIT_SAMPLE_ROWS = 100   # rows sampled (beside the visible ones) when a column is fitted to its contents


def capped_widths(widths: dict[int, int], floors: dict[int, int], room: int) -> dict[int, int]:
    """``widths`` narrowed to fit ``room`` in all: the widest give way first, evenly, none below
    its floor (its header); where even the floors do not fit, the floors (the table scrolls)."""
    if sum(widths.values()) <= room:
        return dict(widths)
    floors = {c: min(floors.get(c, 0), w) for c, w in widths.items()}
    if sum(floors.values()) >= room:
        return floors
    low, high = 0, max(widths.values())     # the widest a column may be: found by bisection
    while low < high:
        level = (low + high + 1) // 2
        if sum(max(floors[c], min(w, level)) for c, w in widths.items()) <= room:
            low = level
        else:
            high = level - 1
    return {c: max(floors[c], min(w, low)) for c, w in widths.items()}


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
        self._stretch = self.source_model.STRETCH_COLUMN % max(self.source_model.columnCount(), 1)
        self._natural: dict[int, int] = {}   # the columns' widths fitted to their contents (or dragged)
        self._fitting = False
        header.sectionResized.connect(self._on_header_section_resized)
        self._set_stretching(True)
        self._fit_columns()  # before any rows too: a preview's English headers were cut at 100 px

    def _set_stretching(self, stretching: bool) -> None:
        header = self.horizontalHeader()
        if self._stretch == self.source_model.columnCount() - 1:
            header.setStretchLastSection(stretching)
        else:
            mode = QHeaderView.ResizeMode.Stretch if stretching else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(self._stretch, mode)

    def _fit_stretch(self) -> None:
        """Stretch the stretching column while the others leave it ``STRETCH_MIN_WIDTH`` (or its
        title); when they do not, the widest others give way (their cells keep the whole text as
        a tooltip) down to their own titles, except the model's ``WHOLE_COLUMNS``, and only then
        does the table scroll (a Stretch
        section shrinks to nothing: 'Scr…')."""
        columns = [c for c in range(self.proxy.columnCount()) if c != self._stretch and not self.isColumnHidden(c)]
        need = max(header_need(self, self._stretch), min(STRETCH_MIN_WIDTH, self.viewport().width() * 2 // 5))
        natural = {c: self._natural.get(c, self.columnWidth(c)) for c in columns}
        whole = self.source_model.WHOLE_COLUMNS
        floors = {c: natural[c] if c in whole else header_need(self, c) for c in columns}
        widths = capped_widths(natural, floors, self.viewport().width() - need)
        self._fitting = True
        try:
            for column, width in widths.items():
                if self.columnWidth(column) != width:
                    self.setColumnWidth(column, width)
            stretching = self.viewport().width() - sum(widths.values()) >= need
            self._set_stretching(stretching)
            if not stretching:
                self.setColumnWidth(self._stretch, need)
        finally:
            self._fitting = False

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != self._stretch:   # dragged by the user: theirs from now on
            self._natural[column] = new

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_stretch()

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
        self._fitting = True
        try:
            for column in range(self.proxy.columnCount()):
                if column != self._stretch:
                    self.resizeColumnToContents(column)
                    self._natural[column] = min(self.columnWidth(column), MAX_COLUMN_WIDTH)
                    self.setColumnWidth(column, self._natural[column])
        finally:
            self._fitting = False
        self._fit_stretch()

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
