"""The table of a target's attachments: name, size, when and by whom they were added."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from desktop.services.attachments.core import AttachmentRow
from desktop.services.kernel.timeutil import to_local
from desktop.views.table_model import ROW_ROLE, SORT_ROLE, Column, RowTableModel

KB = 1024
SIZE_COLUMN = 1


def human_size(size: int) -> str:
    """``size`` bytes as a person reads it: 字节, KB or MB."""
    if size < KB:
        return QCoreApplication.translate("AttachmentsModel", "{n} 字节").format(n=size)
    if size < KB * KB:
        return f"{size / KB:.1f} KB"
    return f"{size / (KB * KB):.1f} MB"


class AttachmentsModel(RowTableModel):
    """Rows are ``AttachmentRow`` snapshots, oldest first (the service's order)."""

    CONTEXT = "AttachmentsModel"
    STRETCH_COLUMN = 0
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AttachmentsModel", "名称"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("AttachmentsModel", "大小"), lambda r: human_size(r.size), numeric=True),
        Column(QT_TRANSLATE_NOOP("AttachmentsModel", "添加时间"),
               lambda r: f"{to_local(r.added):%Y-%m-%d %H:%M}"),
        Column(QT_TRANSLATE_NOOP("AttachmentsModel", "添加人"), lambda r: r.by),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == SORT_ROLE and index.isValid() and index.column() == SIZE_COLUMN:
            row = super().data(index, ROW_ROLE)
            return row.size if row is not None else None   # bytes, not the text shown
        return super().data(index, role)

    def row_tooltip(self, row: AttachmentRow) -> str:
        return QCoreApplication.translate("AttachmentsModel", "{name}\n{size}，SHA-256 {sha}").format(
            name=row.name, size=human_size(row.size), sha=row.sha256[:16] + "…")
