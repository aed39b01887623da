"""Item models of the minutes window: versions, recipients (checkable), deliveries, search hits."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from desktop.services.kernel.timeutil import to_local
from desktop.services.minutes.core import STATE_LABELS
from desktop.services.minutes.distribution import STATUS_LABELS
from desktop.views.table_model import Column, RowTableModel

HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 10   # the snippet as HTML with <b> marks


def _labels(value: str) -> str:
    return QCoreApplication.translate("Labels", value)


def _when(value) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M") if value else ""


class VersionsModel(RowTableModel):
    CONTEXT = "VersionsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("VersionsModel", "版本"), lambda r: r.version_no, numeric=True),
        Column(QT_TRANSLATE_NOOP("VersionsModel", "状态"), lambda r: _labels(STATE_LABELS[r.state])),
        Column(QT_TRANSLATE_NOOP("VersionsModel", "撰写人"), lambda r: r.author),
        Column(QT_TRANSLATE_NOOP("VersionsModel", "创建时间"), lambda r: _when(r.created_at)),
        Column(QT_TRANSLATE_NOOP("VersionsModel", "签发"), lambda r: f"{r.issued_by} {_when(r.issued_at)}".strip()),
        Column(QT_TRANSLATE_NOOP("VersionsModel", "更正说明"), lambda r: r.change_note),
    )


class DeliveriesModel(RowTableModel):
    CONTEXT = "DeliveriesModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("DeliveriesModel", "收件人"), lambda r: r.recipient),
        Column(QT_TRANSLATE_NOOP("DeliveriesModel", "地址"), lambda r: r.address),
        Column(QT_TRANSLATE_NOOP("DeliveriesModel", "类别"), lambda r: _labels(r.kind)),
        Column(QT_TRANSLATE_NOOP("DeliveriesModel", "状态"), lambda r: _labels(STATUS_LABELS[r.status])),
        Column(QT_TRANSLATE_NOOP("DeliveriesModel", "次数"), lambda r: r.attempts, numeric=True),
        Column(QT_TRANSLATE_NOOP("DeliveriesModel", "时间"), lambda r: _when(r.at)),
        Column(QT_TRANSLATE_NOOP("DeliveriesModel", "说明"), lambda r: r.reason),
    )

    def rows_by_address(self) -> dict:
        return {r.address.lower(): r for r in self.rows()}


class RecipientsModel(RowTableModel):
    """Recipients with a check box in the first column; all checked when loaded."""

    CONTEXT = "RecipientsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("RecipientsModel", "收件人"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("RecipientsModel", "地址"), lambda r: r.address),
        Column(QT_TRANSLATE_NOOP("RecipientsModel", "类别"), lambda r: _labels(r.kind)),
        Column(QT_TRANSLATE_NOOP("RecipientsModel", "单位"), lambda r: r.organisation),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._checked: set[str] = set()

    def set_rows(self, rows) -> None:
        self._checked = {r.address.lower() for r in rows}
        super().set_rows(rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0 \
                and 0 <= index.row() < len(self.rows()):
            checked = self.rows()[index.row()].address.lower() in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        key = self.rows()[index.row()].address.lower()
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() == 0 else flags

    def checked(self) -> list:
        return [r for r in self.rows() if r.address.lower() in self._checked]


def highlighted_html(snippet: str, spans) -> str:
    out, pos = [], 0
    for start, end in spans:
        out.append(html.escape(snippet[pos:start]))
        out.append(f'<b style="background-color:#ffe58f;">{html.escape(snippet[start:end])}</b>')
        pos = end
    out.append(html.escape(snippet[pos:]))
    return "".join(out)


class SearchHitsModel(RowTableModel):
    CONTEXT = "SearchHitsModel"
    STRETCH_COLUMN = 4
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SearchHitsModel", "类型"), lambda r: _kind(r)),
        Column(QT_TRANSLATE_NOOP("SearchHitsModel", "会议日期"), lambda r: to_local(r.meeting_start).date().isoformat()),
        Column(QT_TRANSLATE_NOOP("SearchHitsModel", "文号"), lambda r: r.document_number),
        Column(QT_TRANSLATE_NOOP("SearchHitsModel", "标题"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("SearchHitsModel", "摘要"), lambda r: r.snippet),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == HIGHLIGHT_ROLE and index.isValid() and 0 <= index.row() < len(self.rows()):
            row = self.rows()[index.row()]
            return highlighted_html(row.snippet, row.highlights)
        return super().data(index, role)


_KINDS = {
    ("minutes", ""): QT_TRANSLATE_NOOP("SearchHitsModel", "纪要"),
    ("decision", ""): QT_TRANSLATE_NOOP("SearchHitsModel", "议定事项"),
    ("attachment", "meeting"): QT_TRANSLATE_NOOP("SearchHitsModel", "会议材料"),
    ("attachment", "minutes"): QT_TRANSLATE_NOOP("SearchHitsModel", "纪要附件"),
    ("attachment", "action"): QT_TRANSLATE_NOOP("SearchHitsModel", "督办材料"),
}


def _kind(row) -> str:
    key = (row.kind, getattr(row, "place", "") if row.kind == "attachment" else "")
    return QCoreApplication.translate("SearchHitsModel", _KINDS.get(key, _KINDS[("decision", "")]))
