"""The agenda tab: ordered items (drag to reorder), time against the meeting, carry-over, templates.

Every change is saved at once, each as its own operation, as the items belong to a saved
meeting; the tab reloads when the change hub says its meeting changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.changes import Changes
from desktop.services.attachments.core import Target
from desktop.services.kernel.permissions import Permission
from desktop.services.meetings import agenda
from desktop.services.meetings.agenda import AgendaItemData, AgendaItemRow, AgendaSummary
from desktop.views.attachments.dialog import AttachmentsDialog, open_replacing
from desktop.views.changes import Subscription
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.meetings import shows_meeting
from desktop.views.meetings.agenda_item_dialog import AgendaItemDialog
from desktop.views.meetings.agenda_model import AgendaModel
from desktop.views.operations import Operation
from desktop.views.roles import needs
from desktop.views.table_model import ROW_ROLE
from desktop.views.workspace import Workspace


class AgendaTab(QWidget):
    """The agenda of the dialog's saved meeting."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._meeting_id: int | None = None
        self._body_key = ""
        self._presenters: Sequence[tuple[int, str]] = ()
        self.materials_dialog: AttachmentsDialog | None = None
        self.model = AgendaModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._configure_table()
        self.total_label = QLabel(objectName="agendaTotal", wordWrap=True)
        self.add_button = QPushButton(self.tr("添加议题…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.remove_button = QPushButton(self.tr("删除"))
        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.materials_button = QPushButton(self.tr("材料…"))
        self.materials_button.setToolTip(self.tr("查看、添加选中议题的会议材料"))
        self.carry_over_button = QPushButton(self.tr("插入上次会议议定事项落实情况"))
        self.template_button = QPushButton(self.tr("从模板添加"))
        self.save_template_button = QPushButton(self.tr("保存为模板"))
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button, self.carry_over_button, self.template_button, self.save_template_button):
            needs(button, Permission.WRITE)
        self._lay_out()

        self.model.order_changed.connect(self._on_model_order_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.materials_button.clicked.connect(self._on_materials_button_clicked)
        self.carry_over_button.clicked.connect(self._on_carry_over_button_clicked)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.save_template_button.clicked.connect(self._on_save_template_button_clicked)
        self.subscription = Subscription(workspace.hub, self, (), self.refresh, wants=self._shows)
        self._update_buttons()

    def _configure_table(self) -> None:
        t = self.table
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setDragEnabled(True)
        t.setAcceptDrops(True)
        t.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        t.setDragDropOverwriteMode(False)
        t.setDropIndicatorShown(True)
        t.verticalHeader().hide()
        t.horizontalHeader().setStretchLastSection(False)
        t.horizontalHeader().setSectionResizeMode(1, t.horizontalHeader().ResizeMode.Stretch)

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button, self.materials_button):
            side.addWidget(button)
        side.addStretch(1)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addLayout(side)
        extras = QGridLayout()
        extras.addWidget(self.carry_over_button, 0, 0)
        extras.addWidget(self.template_button, 0, 1)
        extras.addWidget(self.save_template_button, 0, 2)
        extras.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(table_row, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(extras)

    # ------------------------------------------------------------ loading
    def _shows(self, changes: Changes) -> bool:
        return shows_meeting(changes, self._meeting_id)

    def set_meeting(self, meeting_id: int, body_key: str,
                    presenters: Sequence[tuple[int, str]]) -> None:
        self._meeting_id, self._body_key, self._presenters = meeting_id, body_key, presenters
        self.refresh()

    def refresh(self) -> None:
        if self._meeting_id is None:
            return
        meeting_id = self._meeting_id
        summary = self._ws.read(lambda s: agenda.get_agenda(s, meeting_id))
        current = self.current_item()
        self.model.set_rows(summary.items)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if current is not None and (row := self.model.row_of_id(current.id)) >= 0:
            self.table.selectRow(row)
        self._show_total(summary)
        self._update_buttons()

    def _show_total(self, summary: AgendaSummary) -> None:
        if summary.over_length:
            self.total_label.setStyleSheet("color: #b91c1c;")
            self.total_label.setText(self.tr(
                "议程计划用时 {total} 分钟，超过会议时长 {length} 分钟（超出 {over} 分钟），请压缩议程或延长会议。"
            ).format(total=summary.total_minutes, length=summary.meeting_minutes,
                     over=summary.over_by_minutes))
        else:
            self.total_label.setStyleSheet("")
            self.total_label.setText(self.tr("议程计划用时 {total} 分钟，会议时长 {length} 分钟。").format(
                total=summary.total_minutes, length=summary.meeting_minutes))

    def current_item(self) -> AgendaItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    # ------------------------------------------------------------ writing
    def _write(self, work: Callable[[Session], object], title: str) -> bool:
        """``work`` as an operation (the hub reloads the tab); after a refusal, read it again."""
        operation = Operation(self, self._ws, work, title=title)
        operation.run()
        if operation.error is not None:
            self.refresh()  # a refusal may mean someone else changed the agenda
        return operation.error is None

    def _open_item_dialog(self, row: AgendaItemRow | None) -> None:
        meeting_id = self._meeting_id
        if row is None:
            submit = partial(self._add_item, meeting_id)
        else:
            submit = partial(self._update_item, row)
        open_form(AgendaItemDialog(submit, self._presenters, row, self))

    def _add_item(self, meeting_id: int, data: AgendaItemData) -> int:
        return run_or_raise(self, self._ws, lambda s: agenda.add_agenda_item(s, meeting_id, data),
                            title=self.tr("无法添加议题"))

    def _update_item(self, row: AgendaItemRow, data: AgendaItemData) -> None:
        run_or_raise(self, self._ws, lambda s: agenda.update_agenda_item(s, row.id, data, row.version),
                     title=self.tr("无法保存议题"))

    def _move_selected(self, step: int) -> None:
        row = self.table.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        self.model.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if step > 0 else 0))
        self.table.selectRow(target)

    # ------------------------------------------------------------ slots
    def _on_model_order_changed(self, item_ids: list) -> None:
        # Saving makes the hub reload the tab, which resets the model: not from inside moveRows,
        # which a drop may be running.
        QTimer.singleShot(0, self, partial(self._save_order, self._meeting_id, item_ids))

    def _save_order(self, meeting_id: int, item_ids: list) -> None:
        self._write(lambda s: agenda.reorder_agenda(s, meeting_id, item_ids), self.tr("无法调整议程顺序"))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._open_item_dialog(index.data(ROW_ROLE))

    def _on_add_button_clicked(self) -> None:
        self._open_item_dialog(None)

    def _on_edit_button_clicked(self) -> None:
        if (row := self.current_item()) is not None:
            self._open_item_dialog(row)

    def _on_remove_button_clicked(self) -> None:
        row = self.current_item()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("请确认"),
                                      self.tr("确定从议程中删除“{title}”吗？").format(title=row.title))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s: agenda.remove_agenda_item(s, row.id), self.tr("无法删除议题"))

    def _on_up_button_clicked(self) -> None:
        self._move_selected(-1)

    def _on_down_button_clicked(self) -> None:
        self._move_selected(1)

    def open_materials(self) -> AttachmentsDialog | None:
        """The selected item's 会议材料 in a dialog over the tab."""
        row = self.current_item()
        if row is None:
            return None
        dialog = AttachmentsDialog(self._ws, Target("agenda", row.id),
                                   self.tr("议题材料：{title}").format(title=row.title), parent=self)
        self.materials_dialog = open_replacing(self.materials_dialog, dialog)
        return dialog

    def _on_materials_button_clicked(self) -> None:
        self.open_materials()

    def _on_carry_over_button_clicked(self) -> None:
        meeting_id = self._meeting_id
        self._write(lambda s: agenda.add_carry_over_item(s, meeting_id, 0), self.tr("无法插入"))

    def _on_template_button_clicked(self) -> None:
        meeting_id = self._meeting_id
        self._write(lambda s: agenda.apply_agenda_template(s, meeting_id), self.tr("无法添加模板议程"))

    def _on_save_template_button_clicked(self) -> None:
        items = [agenda.TemplateItem(r.title, r.presenter, r.planned_minutes,
                                     carry_over=r.title == agenda.CARRY_OVER_TITLE)
                 for r in self.model.rows()]
        question = self.tr("用本次会议的 {n} 项议程替换本机制的议程模板吗？").format(n=len(items))
        if QMessageBox.question(self, self.tr("请确认"), question) != QMessageBox.StandardButton.Yes:
            return
        key = self._body_key
        self._write(lambda s: agenda.set_agenda_template(s, key, items), self.tr("无法保存模板"))

    def _update_buttons(self, *_args) -> None:
        selected = self.current_item() is not None
        for button in (self.edit_button, self.remove_button, self.up_button, self.down_button,
                       self.materials_button):
            button.setEnabled(selected)
        self.save_template_button.setEnabled(self.model.rowCount() > 0)
