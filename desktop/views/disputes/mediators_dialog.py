"""调解员名册: the roster with phones masked, 添加… (name, organisation, phone), and 停用 / 重新启用.
A deactivated mediator stays on the cases they handled but is no longer offered at intake. Every
write is an operation; the dialog follows Topic.CASES (the roster is announced under it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy import select

from desktop.changes import Topic
from desktop.models import Mediator
from desktop.services.disputes import core
from desktop.views.changes import Subscription
from desktop.views.disputes.rules_dialog import lay_out_list_dialog
from desktop.views.form_dialog import FormDialog, open_form, run_or_raise
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

CONTEXT = "MediatorRosterDialog"
INACTIVE_TINT = QColor("#eeeeee")
STATES = {True: QT_TRANSLATE_NOOP("MediatorRosterDialog", "在册"),
          False: QT_TRANSLATE_NOOP("MediatorRosterDialog", "已停用")}


@dataclass(frozen=True)
class MediatorRow:
    id: int
    name: str
    organisation: str
    phone: str
    active: bool


def read_roster(session) -> list[MediatorRow]:
    """Everyone on the roster, active or not, by name."""
    phones = dict(session.execute(select(Mediator.id, Mediator.phone)).all())
    return [MediatorRow(i, name, org, phones.get(i, ""), active)
            for i, name, org, active in core.list_mediators(session, include_inactive=True)]


class MediatorsModel(RowTableModel):
    CONTEXT = CONTEXT
    STRETCH_COLUMN = 1
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("MediatorRosterDialog", "姓名"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("MediatorRosterDialog", "所在单位"), lambda r: r.organisation),
        Column(QT_TRANSLATE_NOOP("MediatorRosterDialog", "电话"), lambda r: r.phone, phone=True),
        Column(QT_TRANSLATE_NOOP("MediatorRosterDialog", "状态"),
               lambda r: QCoreApplication.translate("MediatorRosterDialog", STATES[r.active])),
    )

    def row_tint(self, row: MediatorRow) -> QColor | None:
        return None if row.active else INACTIVE_TINT


@dataclass(frozen=True)
class NewMediator:
    name: str
    organisation: str
    phone: str


class MediatorDialog(FormDialog):
    """添加调解员: name (required), organisation, phone (checked by the service)."""

    def __init__(self, submit, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("添加调解员"))
        self.setMinimumWidth(400)
        self.name_edit = self.add_field(self.tr("姓名(&N)："), QLineEdit(), "name")
        self.organisation_edit = self.add_field(self.tr("所在单位(&O)："), QLineEdit(), "organisation")
        self.phone_edit = self.add_field(self.tr("电话(&P)："), QLineEdit(), "phone")

    def data(self) -> NewMediator:
        return NewMediator(self.name_edit.text(), self.organisation_edit.text(), self.phone_edit.text())


class MediatorRosterDialog(QDialog):
    """The roster; 添加…, 停用 / 重新启用 the selected mediator."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.add_dialog: MediatorDialog | None = None
        self._select_after: int | None = None
        self.setWindowTitle(self.tr("调解员名册"))
        self.resize(620, 380)
        self.model = MediatorsModel(self)
        self.table = RecordTable(self.model)
        self.add_button = QPushButton(self.tr("添加(&A)…"))
        self.active_button = QPushButton(self.tr("停用(&S)"))
        self.hint_label = QLabel(self.tr("停用的调解员仍保留在其办理过的案件上，受理登记时不再列出。电话号码已隐去中间四位。"),
                                 wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lay_out_list_dialog(self, self.table, (self.add_button, self.active_button), self.hint_label, self.buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.table.selection_changed.connect(self._update_buttons)
        self.buttons.rejected.connect(self.reject)
        self.subscription = Subscription(workspace.hub, self, (Topic.CASES,), self.reload)
        self.reload()

    def reload(self) -> None:
        self.table.set_rows(self.workspace.read(read_roster))
        if self._select_after is not None:
            self.table.select_id(self._select_after)
            self._select_after = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.current_row()
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(self.tr("重新启用(&S)") if row is not None and not row.active
                                   else self.tr("停用(&S)"))

    def add_mediator(self) -> MediatorDialog:
        def submit(new: NewMediator) -> int:
            mediator_id = run_or_raise(self, self.workspace, lambda s: core.add_mediator(
                s, new.name, new.organisation, new.phone), title=self.tr("无法添加调解员"))
            self._select_after = mediator_id
            self.table.select_id(mediator_id)   # when the hub's reload has already run
            return mediator_id
        self.add_dialog = MediatorDialog(submit, self)
        open_form(self.add_dialog)
        return self.add_dialog

    def toggle_current(self) -> bool:
        """停用 an active mediator, 重新启用 an inactive one."""
        row = self.table.current_row()
        if row is None:
            return False
        operation = Operation(self, self.workspace, lambda s: core.set_mediator_active(s, row.id, not row.active),
                              title=self.tr("无法更改调解员状态"))
        operation.run()
        return operation.error is None

    def _on_add_button_clicked(self) -> None:
        self.add_mediator()

    def _on_active_button_clicked(self) -> None:
        self.toggle_current()
