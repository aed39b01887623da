"""Item models of the 操作日志 page: one row per entry (the fields summarised), and the field
changes of the selected entry for the detail pane. Rows are the services' frozen, masked rows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.audit.query import AuditRow, FieldChange
from desktop.services.kernel.timeutil import to_local
from desktop.views.table_model import Column, RowTableModel

SUMMARY_LIMIT = 120  # characters of 修改前/修改后 shown in the list; the detail pane has the rest


def label(text: str) -> str:
    """A service label (会议, 修改, 电话 …) in the UI language."""
    return QCoreApplication.translate("Labels", text)


def _summary(row: AuditRow, side: str) -> str:
    text = "；".join(f"{label(c.label)}：{getattr(c, side) or ''}" for c in row.changes
                    if getattr(c, side) not in (None, ""))
    return text if len(text) <= SUMMARY_LIMIT else text[:SUMMARY_LIMIT - 1] + "…"


def _fields(row: AuditRow) -> str:
    return "、".join(dict.fromkeys(label(c.label) for c in row.changes))


def _when(row: AuditRow) -> str:
    return to_local(row.at).strftime("%Y-%m-%d %H:%M:%S")


class AuditTableModel(RowTableModel):
    """时间/操作人/记录/编号/操作/字段/修改前/修改后, newest first as the service gives them."""

    CONTEXT = "AuditTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "时间"), _when),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "操作人"), lambda r: r.user),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "记录"), lambda r: label(r.entity_label)),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "编号"), lambda r: r.entity_id, numeric=True),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "操作"), lambda r: label(r.action_label)),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "字段"), _fields),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "修改前"), lambda r: _summary(r, "before")),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "修改后"), lambda r: _summary(r, "after")),
    )


@dataclass(frozen=True)
class ChangeLine:
    """A field change with the ``id`` the table expects (its place in the entry)."""

    id: int
    change: FieldChange


class ChangeTableModel(RowTableModel):
    """字段/修改前/修改后 of one entry, every field, the values whole."""

    CONTEXT = "ChangeTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ChangeTableModel", "字段"), lambda r: label(r.change.label)),
        Column(QT_TRANSLATE_NOOP("ChangeTableModel", "修改前"), lambda r: r.change.before or ""),
        Column(QT_TRANSLATE_NOOP("ChangeTableModel", "修改后"), lambda r: r.change.after or ""),
    )

    def set_changes(self, changes: tuple[FieldChange, ...]) -> None:
        self.set_rows([ChangeLine(n, c) for n, c in enumerate(changes)])
