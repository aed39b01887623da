"""The agenda's items in order; rows move with moveRows, by drag and drop or by buttons."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QMimeData, QModelIndex, Qt, Signal

from desktop.views.table_model import Column, RowTableModel

MIME_TYPE = "application/x-tripartite-agenda-rows"


class AgendaModel(RowTableModel):
    """Emits ``order_changed(item ids)`` after a move so the caller can store the new order."""

    CONTEXT = "AgendaModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AgendaModel", "序号"), lambda i: i.position, numeric=True),
        Column(QT_TRANSLATE_NOOP("AgendaModel", "议题"), lambda i: i.title),
        Column(QT_TRANSLATE_NOOP("AgendaModel", "汇报人"), lambda i: i.presenter),
        Column(QT_TRANSLATE_NOOP("AgendaModel", "计划用时（分钟）"), lambda i: i.planned_minutes,
               numeric=True),
    )
    STRETCH_COLUMN = 1
    order_changed = Signal(list)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == 0 \
                and 0 <= index.row() < len(self._rows):
            return index.row() + 1  # the order shown, also while a move is not yet stored
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()].notes or None
        return super().data(index, role)

    def item_ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    # ------------------------------------------------------------ moving
    def moveRows(self, source_parent: QModelIndex, source_row: int, count: int,  # noqa: N802
                 destination_parent: QModelIndex, destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._rows):
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself: beginMoveRows would refuse
        self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(),
                           destination_child)
        rows = list(self._rows)
        moving = rows[source_row:source_row + count]
        del rows[source_row:source_row + count]
        at = destination_child if destination_child < source_row else destination_child - count
        rows[at:at] = moving
        self._rows = tuple(rows)
        self.endMoveRows()
        self.order_changed.emit(self.item_ids())
        return True

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 - Qt API
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt API
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt API
        """Move the dragged item with moveRows. The view then asks removeRows to drop the source
        of a move; this model has no removeRows, so nothing is lost."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        text = bytes(data.data(MIME_TYPE)).decode()
        if not text:
            return False
        source = int(text.split(",")[0])
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rows))
        if parent.isValid() and target > source:
            target += 1  # dropped onto a later item: go after it
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), target)
