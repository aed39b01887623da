"""Column widths that never cut their header: a set width grows to the translated title."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

HEADER_PADDING = 12  # the style's header margins, both sides, and a little air


def header_need(table: QTableView, column: int) -> int:
    """The width ``column``'s title needs; the sorted column adds room for its arrow."""
    header = table.horizontalHeader()
    title = table.model().headerData(column, Qt.Orientation.Horizontal) or ""
    font = QFont(header.font())
    font.setBold(True)  # Qt sizes a section for its bold (highlighted) title
    metrics = QFontMetrics(font)
    text = max(metrics.horizontalAdvance(line) for line in str(title).splitlines() or [""])
    sorted_here = header.isSortIndicatorShown() and column == header.sortIndicatorSection()
    return text + HEADER_PADDING + (header.height() if sorted_here else 0)


def set_column_widths(table: QTableView, widths: Sequence[int],
                      words: Mapping[int, Iterable[str]] | None = None) -> None:
    """Give each column its width from ``widths``, or more when its title needs more, or the
    fixed ``words`` it shows (a status, a category: translated, they must not be cut)."""
    words = words or {}
    for column, width in enumerate(widths):
        shown = [table.fontMetrics().horizontalAdvance(w) + HEADER_PADDING for w in words.get(column, ())]
        table.setColumnWidth(column, max(width, header_need(table, column), *shown))
