"""The .ics import preview as a table: one PlannedEvent per row, coloured by action."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from desktop.i18n import LABELS
from desktop.services.calendar.ics_import import ACTION_LABELS, PlannedEvent
from desktop.services.kernel.timeutil import to_local
from desktop.views.table_model import ROW_ROLE, Column, RowTableModel

CONTEXT = "IcsPreviewModel"
EVENT_ROLE = ROW_ROLE
_BACKGROUND = {"create": QColor("#e6f4ea"), "update": QColor("#e3effb"), "unchanged": QColor("#f1f1f1"),
               "older": QColor("#f1f1f1"), "rejected": QColor("#fde7e9")}


ALL_DAY = QT_TRANSLATE_NOOP("IcsPreviewModel", "（全天）")
SERIES = QT_TRANSLATE_NOOP("IcsPreviewModel", "系列")
SINGLE = QT_TRANSLATE_NOOP("IcsPreviewModel", "单次")
UNMATCHED = QT_TRANSLATE_NOOP("IcsPreviewModel", "{n} 位参会人不在通讯录中")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _when(item: PlannedEvent) -> str:
    local = to_local(item.start)
    return f"{local:%Y-%m-%d}" + (_tr(ALL_DAY) if item.event.all_day else f" {local:%H:%M}")


def _note(item: PlannedEvent) -> str:
    parts = [QCoreApplication.translate("Errors", item.reason)] if item.reason else []
    if item.unmatched:
        parts.append(_tr(UNMATCHED).format(n=item.unmatched))
    return "；".join(parts)


class IcsPreviewModel(RowTableModel):
    """Read-only rows of an .ics import plan, coloured by action; ``EVENT_ROLE`` hands out the
    PlannedEvent."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "处理"),
               lambda i: QCoreApplication.translate(LABELS, ACTION_LABELS[i.action])),
        Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "类型"),
               lambda i: _tr(SERIES if i.kind == "series" else SINGLE)),
        Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "开始"), _when),
        Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "标题"), lambda i: i.title),
        Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "文件行号"), lambda i: i.line),
        Column(QT_TRANSLATE_NOOP("IcsPreviewModel", "说明"), _note),
    )

    def row_tooltip(self, item: PlannedEvent) -> str:
        return _note(item)

    def row_tint(self, item: PlannedEvent) -> QColor:
        return _BACKGROUND[item.action]
