"""The action table: multi-selection kept by id across model resets (new lists, sorting)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.services.actions.query import ActionRow
from desktop.views.actions.list_model import LEAD_COLUMN, TITLE_COLUMN, ActionTableModel
from desktop.views.header_widths import header_need

# Compact widths: the title takes what the others leave, never less than TITLE_MIN_WIDTH (a
# Stretch section shrinks to the header's minimum when the others fill the view: "协调解…").
# When even that does not fit (a narrow window, longer English words), the lead unit gives way
# first, down to LEAD_MIN_WIDTH (its cells carry the full name as a tooltip).
WIDTHS = (52, 96, 0, 160, 64, 88, 60, 76, 50, 50, 64)
TITLE_MIN_WIDTH = 200
LEAD_MIN_WIDTH = 96
WORD_PADDING = 12   # a cell's margins and focus frame


class ActionTable(QTableView):
    row_activated = Signal(object)   # an ActionRow was double-clicked
    selection_changed = Signal()

    def __init__(self, model: ActionTableModel, parent=None) -> None:
        super().__init__(parent)
        self.action_model = model
        self._kept: list[int] = []
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        # The model sorts its own list on a header click (no proxy); see list_model.
        header.setSortIndicator(5, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        for column, width in enumerate(WIDTHS):  # never narrower than the translated header or words
            words = [self.fontMetrics().horizontalAdvance(w) + WORD_PADDING for w in model.column_words(column)]
            self.setColumnWidth(column, max(width, header_need(self, column), *words))
        header.setStretchLastSection(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._lead_width = self.columnWidth(LEAD_COLUMN)   # what the lead unit gets when there is room
        self._fitting = False
        header.sectionResized.connect(self._on_header_section_resized)

        model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        model.modelReset.connect(self._on_model_reset)
        self.selectionModel().selectionChanged.connect(self._on_selection_model_selection_changed)
        self.doubleClicked.connect(self._on_self_double_clicked)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        others = sum(self.columnWidth(c) for c in range(len(WIDTHS)) if c not in (TITLE_COLUMN, LEAD_COLUMN))
        room = self.viewport().width() - others     # for the title and the lead unit together
        lead = max(min(LEAD_MIN_WIDTH, self._lead_width), min(self._lead_width, room - TITLE_MIN_WIDTH))
        self._fitting = True
        try:
            self.setColumnWidth(LEAD_COLUMN, lead)
            self.setColumnWidth(TITLE_COLUMN, max(TITLE_MIN_WIDTH, room - lead))
        finally:
            self._fitting = False

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if column == LEAD_COLUMN and not self._fitting:   # the user dragged it: their width from now on
            self._lead_width = new
            self._fit_title()

    def selected_rows(self) -> list[ActionRow]:
        rows = self.action_model.rows()
        return [rows[i.row()] for i in self.selectionModel().selectedRows()]

    def current_row(self) -> ActionRow | None:
        selected = self.selectionModel().selectedRows()
        return self.action_model.rows()[selected[0].row()] if len(selected) == 1 else None

    def select_ids(self, ids: Iterable[int]) -> None:
        """Select the rows holding ``ids`` (consecutive rows as one range, so 100,000 stay cheap)."""
        wanted = set(ids)
        selection = QItemSelection()
        last = self.action_model.columnCount() - 1
        start = None
        rows = self.action_model.rows()
        for number, row in enumerate([*rows, None]):
            inside = row is not None and row.id in wanted
            if inside and start is None:
                start = number
            elif not inside and start is not None:
                selection.select(self.action_model.index(start, 0), self.action_model.index(number - 1, last))
                start = None
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            first = selection.first().topLeft()
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(first)

    def _on_model_about_to_be_reset(self) -> None:
        self._kept = [r.id for r in self.selected_rows()]

    def _on_model_reset(self) -> None:
        if self._kept:
            self.select_ids(self._kept)
        self.selection_changed.emit()

    def _on_selection_model_selection_changed(self, *_args) -> None:
        self.selection_changed.emit()

    def _on_self_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_activated.emit(self.action_model.rows()[index.row()])
