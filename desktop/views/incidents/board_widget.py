"""The notification board of one incident: one row per member party with its time limit, its
deadline, who notified it how and when, who acknowledged, and a mark on every party that is late
(red, with a warning icon) or has not acknowledged (amber).

Recording a notification is two clicks: the row's 通报… button, then OK in a small form whose
channel is 电话 and whose time is now. 签收…, 撤销通报 and 调整时限… work on the selected row (or
its context menu). Each write is an operation; the hub then announces Topic.INCIDENTS and the
page reads the board again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import Channel, utcnow
from desktop.services.incidents import board
from desktop.services.incidents.board import BoardRow
from desktop.services.incidents.limits import MAX_MINUTES
from desktop.services.kernel.permissions import Permission, allowed
from desktop.views.form_dialog import FormDialog, open_form, run_or_raise
from desktop.views.incidents.model import ACTION_COLUMN, BoardModel, channel_label, minutes_text
from desktop.views.inputs import ChoiceCombo
from desktop.views.meetings.timefields import LocalDateTimeEdit
from desktop.views.operations import Operation
from desktop.views.roles import needs
from desktop.views.table_model import ROW_ROLE
from desktop.views.workspace import Workspace


@dataclass(frozen=True)
class Notice:
    """What the 通报 form says (``channel`` a key) or the 签收 form (``by``)."""

    at: datetime
    channel: str = ""
    contact: str = ""
    note: str = ""
    by: str = ""


def now_edit() -> LocalDateTimeEdit:
    edit = LocalDateTimeEdit()
    edit.set_value(utcnow())
    return edit


class NotifyDialog(FormDialog):
    """通报 one party: the channel (电话 unless it was told otherwise before), the time (now), who took it."""

    def __init__(self, submit: Callable[[Notice], object], row: BoardRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("通报：{party}").format(party=row.short))
        self.setMinimumWidth(420)
        self.add_field(self.tr("单位："), QLabel(row.party, wordWrap=True))
        self.channel_combo = self.add_field(self.tr("方式(&C)："), ChoiceCombo(), "channel")
        self.channel_combo.set_choices([(channel_label(c.value), c.value) for c in Channel],
                                       row.channel or Channel.PHONE.value)
        self.at_edit = self.add_field(self.tr("通报时间(&T)："), now_edit(), "at")
        self.contact_edit = self.add_field(self.tr("接收人(&R)："), QLineEdit(row.contact), "contact")
        self.contact_edit.setPlaceholderText(self.tr("对方接听或接收的人（可不填）"))
        self.note_edit = self.add_field(self.tr("备注："), QLineEdit(row.note), "note")

    def data(self) -> Notice:
        return Notice(self.at_edit.value(), self.channel_combo.value(), self.contact_edit.text(),
                      self.note_edit.text())


class AcknowledgeDialog(FormDialog):
    """签收: when the party confirmed receipt (now) and who."""

    def __init__(self, submit: Callable[[Notice], object], row: BoardRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("签收：{party}").format(party=row.short))
        self.setMinimumWidth(420)
        self.add_field(self.tr("单位："), QLabel(row.party, wordWrap=True))
        self.at_edit = self.add_field(self.tr("签收时间(&T)："), now_edit(), "at")
        self.by_edit = self.add_field(self.tr("签收人(&B)："), QLineEdit(row.contact), "by")

    def data(self) -> Notice:
        return Notice(self.at_edit.value(), by=self.by_edit.text())


class LimitDialog(FormDialog):
    """调整时限 of one party on this incident (a plan may give one party longer)."""

    def __init__(self, submit: Callable[[int], object], row: BoardRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("调整时限：{party}").format(party=row.short))
        self.add_field(self.tr("当前时限："), QLabel(minutes_text(row.limit_minutes)))
        self.minutes_spin = self.add_field(self.tr("新时限(&M)："), QSpinBox(minimum=1, maximum=MAX_MINUTES),
                                           "minutes")
        self.minutes_spin.setValue(row.limit_minutes)
        self.minutes_spin.setSuffix(self.tr(" 分钟"))
        self.add_field("", QLabel(self.tr("自获悉事件时起算。"), wordWrap=True))

    def data(self) -> int:
        return self.minutes_spin.value()


class BoardWidget(QWidget):
    """The board of the incident shown; ``show_board(incident_id, rows, closed)`` fills it."""

    board_changed = Signal()   # a notification, acknowledgement or limit was saved

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.incident_id: int | None = None
        self._closed = False
        self.model = BoardModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(wordWrap=True)
        self.notify_button = QPushButton(self.tr("通报…"))
        self.acknowledge_button = QPushButton(self.tr("签收…"))
        self.clear_button = QPushButton(self.tr("撤销通报"))
        self.limit_button = QPushButton(self.tr("调整时限…"))
        for button in (self.notify_button, self.acknowledge_button, self.clear_button, self.limit_button):
            needs(button, Permission.WRITE)
        self._lay_out()
        self._connect()
        self._update_buttons()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.notify_button, self.acknowledge_button, self.clear_button, self.limit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.notify_button.clicked.connect(lambda: self.notify(self.current_row()))
        self.acknowledge_button.clicked.connect(lambda: self.acknowledge(self.current_row()))
        self.clear_button.clicked.connect(lambda: self.clear(self.current_row()))
        self.limit_button.clicked.connect(lambda: self.adjust_limit(self.current_row()))

    # Showing.
    def show_board(self, incident_id: int, rows: tuple[BoardRow, ...], closed: bool) -> None:
        selected = self.current_row()
        self.incident_id, self._closed = incident_id, closed
        self.model.set_rows(rows)
        self._add_row_buttons()
        if selected is not None and (index := self.model.row_of_id(selected.id)) >= 0:
            self.table.selectRow(index)
        late = sum(r.late for r in rows)
        waiting = sum(r.notified_at is not None and r.acknowledged_at is None for r in rows)
        self.summary_label.setText(self.tr("已通报 {n}/{total} 家，超时 {late} 家，未签收 {waiting} 家。").format(
            n=sum(r.notified_at is not None for r in rows), total=len(rows), late=late, waiting=waiting)
            + (self.tr("事件已结束，通报情况不能再修改。") if closed else ""))
        self._update_buttons()

    def _add_row_buttons(self) -> None:
        """A 通报… button on a party not yet notified, 签收… on one that has not acknowledged
        (none for a role that may not record them)."""
        if not allowed(self.workspace.role, Permission.WRITE):
            return
        for r, row in enumerate(self.model.rows()):
            if self._closed or row.acknowledged_at is not None:
                continue
            notify = row.notified_at is None
            button = QPushButton(self.tr("通报…") if notify else self.tr("签收…"), flat=True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, row=row, notify=notify:
                                   self.notify(row) if notify else self.acknowledge(row))
            self.table.setIndexWidget(self.model.index(r, ACTION_COLUMN), button)
        self.table.resizeColumnsToContents()

    def row_button(self, row: int) -> QPushButton | None:
        """The 通报…/签收… button of board row ``row`` (None when the row has none)."""
        widget = self.table.indexWidget(self.model.index(row, ACTION_COLUMN))
        return widget if isinstance(widget, QPushButton) else None

    def current_row(self) -> BoardRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self, *_args) -> None:
        row = self.current_row()
        open_ = row is not None and not self._closed
        self.notify_button.setEnabled(open_)
        self.acknowledge_button.setEnabled(open_ and row.notified_at is not None)
        self.clear_button.setEnabled(open_ and row.notified_at is not None)
        self.limit_button.setEnabled(open_)

    # The writes.
    def _submit(self, work):
        return run_or_raise(self, self.workspace, work, title=self.tr("无法保存"))

    def _open(self, dialog: FormDialog) -> FormDialog:
        open_form(dialog, lambda _result: self.board_changed.emit())
        return dialog

    def notify(self, row: BoardRow | None) -> NotifyDialog | None:
        if row is None or self.incident_id is None:
            return None
        incident_id, user = self.incident_id, self.workspace.user
        return self._open(NotifyDialog(lambda n: self._submit(lambda s: board.notify(
            s, incident_id, row.id, n.channel, at=n.at, contact=n.contact, note=n.note, user=user)), row, self))

    def acknowledge(self, row: BoardRow | None) -> AcknowledgeDialog | None:
        if row is None or self.incident_id is None:
            return None
        incident_id = self.incident_id
        return self._open(AcknowledgeDialog(lambda n: self._submit(lambda s: board.acknowledge(
            s, incident_id, row.id, at=n.at, by=n.by)), row, self))

    def adjust_limit(self, row: BoardRow | None) -> LimitDialog | None:
        if row is None or self.incident_id is None:
            return None
        incident_id = self.incident_id
        return self._open(LimitDialog(lambda minutes: self._submit(lambda s: board.set_party_limit(
            s, incident_id, row.id, minutes)), row, self))

    def clear(self, row: BoardRow | None) -> bool:
        """撤销通报 after a question: the notification and its acknowledgement go."""
        if row is None or self.incident_id is None or row.notified_at is None:
            return False
        answer = QMessageBox.question(self, self.tr("撤销通报"), self.tr(
            "撤销对{party}的通报记录（含签收记录）？仅用于更正误录。").format(party=row.party))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        incident_id = self.incident_id
        operation = Operation(self, self.workspace, lambda s: board.clear_notification(s, incident_id, row.id),
                              title=self.tr("无法撤销通报"))
        operation.run()
        if operation.error is None:
            self.board_changed.emit()
        return operation.error is None

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        row = self.current_row()
        menu = QMenu(self)
        for button, slot in ((self.notify_button, self.notify), (self.acknowledge_button, self.acknowledge),
                             (self.clear_button, self.clear), (self.limit_button, self.adjust_limit)):
            action = menu.addAction(button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(lambda _checked=False, slot=slot: slot(row))
        menu.popup(self.table.viewport().mapToGlobal(pos))
