"""The invitation list: the body's representatives and any contact, each with a role."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import LABELS
from desktop.models import AttendeeRole
from desktop.services.calendar.queries import Candidate
from desktop.services.meetings.core import ROLE_LABELS, AttendeeData
from desktop.views.inputs import ChoiceCombo
from desktop.views.table_model import Column, RowTableModel


def role_label(role: str) -> str:
    return QCoreApplication.translate(LABELS, ROLE_LABELS.get(role, role))


@dataclass(frozen=True)
class AttendeeEntry:
    person_id: int
    name: str
    organisation: str
    role: str

    @property
    def id(self) -> int:
        return self.person_id


class AttendeeTableModel(RowTableModel):
    """One invitee a line; the role column is edited in place with a combo."""

    CONTEXT = "AttendeeTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AttendeeTableModel", "姓名"), lambda a: a.name),
        Column(QT_TRANSLATE_NOOP("AttendeeTableModel", "单位"), lambda a: a.organisation),
        Column(QT_TRANSLATE_NOOP("AttendeeTableModel", "身份"), lambda a: role_label(a.role)),
    )
    ROLE_COLUMN = 2
    STRETCH_COLUMN = 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ROLE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == self.ROLE_COLUMN:
            return self._rows[index.row()].role
        return super().data(index, role)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != self.ROLE_COLUMN or value not in ROLE_LABELS):
            return False
        rows = list(self._rows)
        rows[index.row()] = replace(rows[index.row()], role=value)
        self._rows = tuple(rows)
        self.dataChanged.emit(index, index)
        return True

    def append(self, entry: AttendeeEntry) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows = (*self._rows, entry)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self._rows = self._rows[:row] + self._rows[row + 1:]
        self.endRemoveRows()


class RoleDelegate(QStyledItemDelegate):
    """A combo of 主持/出席/列席/记录 for the role column."""

    def createEditor(self, parent, _option, _index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for value in ROLE_LABELS:
            combo.addItem(role_label(value), value)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendeesEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._candidates: dict[int, Candidate] = {}
        self.person_combo = QComboBox(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        self.person_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person_combo.setMinimumContentsLength(24)
        self.role_combo = ChoiceCombo()
        self.role_combo.set_choices(((role_label(r), r) for r in ROLE_LABELS), AttendeeRole.MEMBER.value)
        self.add_button = QPushButton(self.tr("添加"))
        self.add_representatives_button = QPushButton(self.tr("添加本机制全部代表"))
        self.remove_button = QPushButton(self.tr("移除"))
        self.model = AttendeeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AttendeeTableModel.ROLE_COLUMN, RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self._lay_out()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.add_representatives_button.clicked.connect(self._on_add_representatives_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.model.dataChanged.connect(self.changed)
        self.model.rowsInserted.connect(self.changed)
        self.model.rowsRemoved.connect(self.changed)
        self.model.modelReset.connect(self.changed)

    def _lay_out(self) -> None:
        picker = QHBoxLayout()
        picker.addWidget(self.person_combo, 1)
        picker.addWidget(self.role_combo)
        picker.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_representatives_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_candidates(self, candidates: Sequence[Candidate]) -> None:
        self._candidates = {c.person_id: c for c in candidates}
        self.person_combo.clear()
        for c in candidates:
            mark = self.tr("（{side}代表）").format(side=c.side) if c.representative else ""
            no_org = self.tr("无单位")
            self.person_combo.addItem(f"{c.name}{mark} · {c.organisation or no_org}",
                                      c.person_id)
        self.person_combo.setCurrentIndex(-1)

    def set_attendees(self, entries: Sequence[AttendeeEntry]) -> None:
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()

    def entries(self) -> tuple[AttendeeEntry, ...]:
        return self.model.rows()

    def attendees(self) -> tuple[AttendeeData, ...]:
        return tuple(AttendeeData(e.person_id, e.role) for e in self.model.rows())

    def add_person(self, person_id: int, role: str = AttendeeRole.MEMBER.value) -> bool:
        """Invite ``person_id`` (a candidate); False when already invited or unknown."""
        candidate = self._candidates.get(person_id)
        if candidate is None or self.model.row_of_id(person_id) >= 0:
            return False
        self.model.append(AttendeeEntry(person_id, candidate.name, candidate.organisation, role))
        return True

    def _on_add_button_clicked(self) -> None:
        index = self.person_combo.findText(self.person_combo.currentText())
        if index >= 0:
            self.add_person(self.person_combo.itemData(index), self.role_combo.value())
            self.person_combo.setCurrentIndex(-1)

    def _on_add_representatives_button_clicked(self) -> None:
        for candidate in self._candidates.values():
            if candidate.representative:
                self.add_person(candidate.person_id)

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.remove(row)
