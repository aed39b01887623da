"""Keeping a table's columns inside its width, so that a page at 1200 px never scrolls sideways.

A table sizes its columns its own way (to their contents, or fixed widths for 100,000 rows) and
tells ``ColumnFit`` those "natural" widths; one column stretches into what the others leave. When
they leave it less than its minimum, the widest of the others give way evenly (their cells carry
the whole text as a tooltip), never below their own titles, and the ``whole`` columns (a case
number) not at all; only when even that does not fit does the table scroll. Growing the window
gives the columns their natural widths back, and a column the user drags keeps its new width as
its natural one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.views.header_widths import header_need

STRETCH_MIN_WIDTH = 160  # the stretching column (a name, a title) keeps this much (2/5 of a narrow table)


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


class ColumnFit(QObject):
    """Fits ``view``'s columns to its viewport whenever it is resized or ``apply()`` is called."""

    def __init__(self, view: QTableView, stretch: int, whole: Sequence[int] = (),
                 minimum: int = STRETCH_MIN_WIDTH) -> None:
        super().__init__(view)
        self._view, self._whole, self._minimum = view, tuple(whole), minimum
        self._stretch = stretch % max(view.model().columnCount(), 1)
        self._natural: dict[int, int] = {}
        self._fitting = False
        view.horizontalHeader().sectionResized.connect(self._on_header_section_resized)
        view.viewport().installEventFilter(self)
        self._set_stretching(True)

    @property
    def stretch(self) -> int:
        return self._stretch

    @contextmanager
    def sizing(self) -> Iterator[None]:
        """Within it, the table sets its columns' natural widths (a drag is not recorded)."""
        self._fitting = True
        try:
            yield
        finally:
            self._fitting = False

    def remember(self) -> None:
        """Take every column's present width (but the stretching one's) as its natural width."""
        self._natural = {c: self._view.columnWidth(c) for c in range(self._view.model().columnCount())
                         if c != self._stretch}

    def apply(self) -> None:
        view = self._view
        columns = [c for c in range(view.model().columnCount()) if c != self._stretch and not view.isColumnHidden(c)]
        viewport = view.viewport().width()
        need = max(header_need(view, self._stretch), min(self._minimum, viewport * 2 // 5))
        natural = {c: self._natural.get(c, view.columnWidth(c)) for c in columns}
        floors = {c: natural[c] if c in self._whole else header_need(view, c) for c in columns}
        widths = capped_widths(natural, floors, viewport - need)
        with self.sizing():
            for column, width in widths.items():
                if view.columnWidth(column) != width:
                    view.setColumnWidth(column, width)
            stretching = viewport - sum(widths.values()) >= need
            self._set_stretching(stretching)
            if not stretching:
                view.setColumnWidth(self._stretch, need)

    def _set_stretching(self, stretching: bool) -> None:
        header = self._view.horizontalHeader()
        if self._stretch == self._view.model().columnCount() - 1:
            header.setStretchLastSection(stretching)
        else:   # a Stretch section shrinks to nothing when the others fill the view: 'Scr…'
            mode = QHeaderView.ResizeMode.Stretch if stretching else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(self._stretch, mode)

    def _on_header_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column != self._stretch:   # dragged by the user: theirs from now on
            self._natural[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and watched is self._view.viewport():
            self.apply()
        return False
