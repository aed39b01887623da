"""A page listing one kind of record, with a filter box and add/edit/delete."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.changes import Changes, Topic
from desktop.services.kernel.permissions import Permission
from desktop.views.changes import Subscription
from desktop.views.form_dialog import FormDialog, open_form, run_or_raise
from desktop.views.loading import PageLoader
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.roles import needs
from desktop.views.table_model import RowTableModel
from desktop.views.workspace import Workspace


class RecordPage(QWidget):
    """Subclasses say how to load, edit and delete their rows; the page does the rest.

    Its own strings use ``QCoreApplication.translate("RecordPage", …)``: ``self.tr()`` would look
    them up under the subclass's name, where lupdate never put them. ``TOPICS`` says what the
    page shows: the change hub reloads it after any write that touches them. ``_load`` runs on a
    worker thread (``loader``); the table keeps its previous rows until the new ones come.
    """

    TOPICS: tuple[Topic, ...] = ()
    selection_changed = Signal()

    def __init__(self, workspace: Workspace, model: RowTableModel, title: str,
                 filter_hint: str, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.title_label = QLabel(title, objectName="pageTitle")
        self.count_label = QLabel(objectName="pageSubtitle")
        self.filter_edit = QLineEdit(placeholderText=filter_hint, clearButtonEnabled=True)
        self.add_button = needs(QPushButton(QCoreApplication.translate("RecordPage", "新建…")), Permission.WRITE)
        self.edit_button = needs(QPushButton(QCoreApplication.translate("RecordPage", "编辑…")), Permission.WRITE)
        self.delete_button = needs(QPushButton(QCoreApplication.translate("RecordPage", "删除")), Permission.WRITE)
        self.table = RecordTable(model)
        self.loader = PageLoader(workspace, self)
        self._select_after: int | None = None   # a row to select once the rows have loaded
        self._lay_out()
        self.subscription = Subscription(workspace.hub, self, self.TOPICS, self.refresh)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.table.selection_changed.connect(self._on_table_selection_changed)
        self._update_buttons()

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

    # What a subclass provides.
    def _load(self, session: Session) -> list:
        """The rows (on a worker thread: no widgets)."""
        raise NotImplementedError

    def _make_dialog(self, row) -> FormDialog:
        raise NotImplementedError

    def _delete(self, session: Session, row) -> None:
        raise NotImplementedError

    def _delete_question(self, row) -> str:
        raise NotImplementedError

    def _count_text(self, count: int) -> str:
        raise NotImplementedError

    def _submit(self, work: Callable[[Session], Any]) -> Any:
        """What a form's OK runs: ``work`` as one operation; a refusal stays in the form."""
        return run_or_raise(self, self._ws, work, title=QCoreApplication.translate("RecordPage", "无法保存"))

    # What the main window calls.
    def refresh(self) -> None:
        """Reload the rows from the database (on a worker thread), keeping the selection."""
        self.loader.load(self._load, self._show_rows)

    def _show_rows(self, rows: list) -> None:
        self.table.set_rows(rows)
        self.count_label.setText(self._count_text(len(rows)))
        if self._select_after is not None:
            self.table.select_id(self._select_after)
            self._select_after = None

    def add(self) -> None:
        self._open(self._make_dialog(None), None)

    def edit_current(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self._open(self._make_dialog(row), row.id)

    def delete_current(self) -> None:
        row = self.table.current_row()
        if row is None or not self._confirm_delete(row):
            return
        operation = Operation(self, self._ws, partial(self._delete, row=row),
                              title=QCoreApplication.translate("RecordPage", "无法删除"))
        operation.run()
        if operation.error is not None:  # a refusal may mean someone else changed it: read again
            self._ws.announce(Changes.of(*self.TOPICS), self)

    def can_edit(self) -> bool:
        return self.table.current_row() is not None

    def can_delete(self) -> bool:
        return self.can_edit()

    def set_phones_revealed(self, revealed: bool) -> None:
        self.table.set_phones_revealed(revealed)

    def _confirm_delete(self, row) -> bool:
        answer = QMessageBox.question(self, QCoreApplication.translate("RecordPage", "确认删除"), self._delete_question(row))
        return answer == QMessageBox.StandardButton.Yes

    def _open(self, dialog: FormDialog, row_id: int | None) -> None:
        open_form(dialog, partial(self._on_dialog_saved, row_id))

    def _on_dialog_saved(self, row_id: int | None, new_id: object) -> None:
        selected = new_id if row_id is None else row_id
        if not isinstance(selected, int):
            return
        if self.loader.loading:   # the rows the hub asked for are still being read
            self._select_after = selected
        else:
            self.table.select_id(selected)

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.table.set_filter_text(text)

    def _on_add_button_clicked(self) -> None:
        self.add()

    def _on_edit_button_clicked(self) -> None:
        self.edit_current()

    def _on_delete_button_clicked(self) -> None:
        self.delete_current()

    def _on_table_row_activated(self, _row) -> None:
        self.edit_current()

    def _on_table_selection_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        selected = self.can_edit()
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
