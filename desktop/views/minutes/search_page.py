"""纪要检索: a search box over minutes and decisions, hits with the terms highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Topic
from desktop.services.minutes.search import search_minutes
from desktop.views.changes import Subscription
from desktop.views.minutes.models import HIGHLIGHT_ROLE, SearchHitsModel
from desktop.views.table_model import ROW_ROLE
from desktop.views.workspace import Workspace


class HighlightDelegate(QStyledItemDelegate):
    """Paints the snippet column's HTML (terms in bold on yellow)."""

    def paint(self, painter, option, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HIGHLIGHT_ROLE) or "")
        doc.setTextWidth(option.rect.width())
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                                          option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index: QModelIndex) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() * 2)


class MinutesSearchPage(QWidget):
    """Type words (spaces: all of them), press Enter; double-click a hit to open its minutes.

    Follows the main window's page protocol (refresh, can_edit, edit_current…); the shown
    search runs again after any committed change of minutes.
    """

    meeting_chosen = Signal(int)
    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.query_edit = QLineEdit(placeholderText=self.tr("输入要查找的词，如“欠薪”“集体协商”；多个词用空格分开"),
                                    clearButtonEnabled=True)
        self.search_button = QPushButton(self.tr("检索"))
        self.summary_label = QLabel()
        self.model = SearchHitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, HighlightDelegate(self.table))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.query_edit, 1)
        bar.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("纪要检索"), objectName="pageTitle"))
        layout.addLayout(bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.query_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.subscription = Subscription(workspace.hub, self, (Topic.MINUTES, Topic.ATTACHMENTS),
                                         self.refresh)

    def search(self) -> None:
        query = self.query_edit.text()
        result = self._ws.read(lambda s: search_minutes(s, query))
        self.model.set_rows(result.hits)
        self.summary_label.setText(self.tr(
            "找到纪要 {m} 份、议定事项 {d} 项、附件 {a} 个（各显示最近的至多 100 条）").format(
            m=result.minutes_total, d=result.decisions_total, a=result.attachments_total)
            if result.terms else "")

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        """A hit opens its minutes; 督办 material without a meeting opens its action item."""
        hit = index.siblingAtColumn(0).data(ROW_ROLE)
        if hit is None:
            return
        if hit.kind == "attachment" and hit.place == "action" and hit.action_id is not None:
            self.open_action(hit.action_id)
        elif hit.meeting_id is not None:
            self.meeting_chosen.emit(hit.meeting_id)

    def open_action(self, action_id: int) -> None:
        from desktop.views.actions.detail import ActionDetailDialog
        from desktop.views.settings import open_settings

        dialog = ActionDetailDialog(self._ws, action_id, open_settings(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ------------------------------------------------------------ the main window's protocol
    def refresh(self) -> None:
        """Run the shown search again (minutes may have changed)."""
        if self.query_edit.text().strip():
            self.search()

    def can_edit(self) -> bool:
        return self.table.currentIndex().isValid()

    def can_delete(self) -> bool:
        return False

    def edit_current(self) -> None:
        """编辑 opens the minutes of the chosen hit."""
        if self.can_edit():
            self._on_table_double_clicked(self.table.currentIndex())

    def delete_current(self) -> None:
        """Hits are not deleted from here."""

    def set_phones_revealed(self, _revealed: bool) -> None:
        """No phone numbers here."""
