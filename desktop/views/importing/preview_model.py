"""The import preview as a table: one frozen PlannedRow per line, coloured by action."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desktop.i18n import LABELS
from desktop.services.importing import ACTION_LABELS, Action, Message, PlannedRow
from desktop.services.importing.plan import join_sentences
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel

CONTEXT = "ImportPreviewModel"
__all__ = ["ROW_ROLE", "ImportPreviewModel", "translated"]

_BACKGROUND = {
    Action.NEW: QColor("#e6f4ea"),
    Action.UPDATE: QColor("#e3effb"),
    Action.UNCHANGED: QColor("#f1f1f1"),
    Action.REJECT: QColor("#fde7e9"),
}


def translated(message: Message | None) -> str:
    """A service message in the user's language."""
    if message is None:
        return ""
    return join_sentences(_one(part) for part in message.parts)


def _one(message: Message) -> str:
    text = QCoreApplication.translate(message.context, message.template)
    return text.format(**dict(message.params)) if message.params else text


class ImportPreviewModel(RowTableModel):
    """Read-only rows of an import plan, coloured by action; ``ROW_ROLE`` hands out the PlannedRow."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "行号"), lambda r: r.row),
        Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "处理"),
               lambda r: QCoreApplication.translate(LABELS, ACTION_LABELS[r.action])),
        Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "姓名"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "单位"), lambda r: r.organisation),
        Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "职务"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "电话"), lambda r: r.phone, phone=True),
        Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "邮箱"), lambda r: r.email),
        Column(QT_TRANSLATE_NOOP("ImportPreviewModel", "说明"), lambda r: translated(r.reason)),
    )

    def row_tooltip(self, row: PlannedRow) -> str:
        return translated(row.reason)

    def row_tint(self, row: PlannedRow) -> QColor:
        return _BACKGROUND[row.action]
