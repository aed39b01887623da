"""The 企业名录 page: every enterprise of the zone, filtered and sorted as the user types."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Topic
from desktop.services.enterprises import core as enterprises
from desktop.services.enterprises.core import EnterpriseData, EnterpriseRow
from desktop.services.enterprises.dossier import enterprise_dossier
from desktop.services.kernel.permissions import Permission
from desktop.views.changes import Subscription
from desktop.views.column_fit import ColumnFit
from desktop.views.enterprises.dialogs import EnterpriseDialog, EnterpriseProfileDialog
from desktop.views.enterprises.model import ANY, ROW_ROLE, EnterpriseTableModel
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.header_widths import set_column_widths
from desktop.views.inputs import ChoiceCombo
from desktop.views.loading import PageLoader
from desktop.views.record_table import select_index
from desktop.views.roles import needs
from desktop.views.workspace import Workspace

COLUMN_WIDTHS = (260, 170, 300, 110, 110, 80, 60, 70, 80, 120)
PHONE_COLUMN = 9


class EnterprisesPage(QWidget):
    """Filter box, park and union filters, the table, and add/edit/档案/import."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._phones_revealed = False
        self._select_after: int | None = None
        self.title_label = QLabel(self.tr("企业名录"), objectName="pageTitle")
        self.count_label = QLabel(objectName="pageSubtitle")
        self.filter_edit = QLineEdit(placeholderText=self.tr("按名称、代码、地址、园区、行业或联系人筛选"),
                                     clearButtonEnabled=True)
        self.park_combo = ChoiceCombo()
        self.union_combo = ChoiceCombo()
        self.union_combo.set_choices([(self.tr("建会情况：全部"), ANY), (self.tr("已建会"), True),
                                      (self.tr("未建会"), False)], ANY)
        self.add_button = QPushButton(self.tr("新建…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.profile_button = QPushButton(self.tr("企业档案…"))
        self.import_button = QPushButton(self.tr("导入…"))
        for button in (self.add_button, self.edit_button, self.import_button):
            needs(button, Permission.WRITE)
        self.model = EnterpriseTableModel(self)
        self.table = self._make_table()
        self.loader = PageLoader(workspace, self)
        self._set_parks([])
        self._lay_out()
        self.subscription = Subscription(workspace.hub, self, (Topic.ENTERPRISES,), self.refresh)

        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.park_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.union_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.profile_button.clicked.connect(self._on_profile_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelReset.connect(self._on_table_selection_changed)
        self._update_buttons()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Fixed widths: fitting columns to their contents would read 15,550 rows through Python.
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        set_column_widths(table, COLUMN_WIDTHS)
        # the name stretches, the credit code and the (masked) phone stay whole, the others give
        # way before the list scrolls sideways
        self.table_fit = ColumnFit(table, 0, (1, PHONE_COLUMN))
        self.table_fit.remember()
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        return table

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        for widget in (self.park_combo, self.union_combo, self.add_button, self.edit_button,
                       self.profile_button, self.import_button):
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

    # What the main window calls.
    def refresh(self) -> None:
        """Reload the register (on a worker thread), keeping the filter and the selection."""
        self.loader.load(enterprises.list_enterprises, self._show_rows)

    def _show_rows(self, rows: list[EnterpriseRow]) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        self._set_parks(self.model.parks())
        wanted = self._select_after if self._select_after is not None else current.id if current else None
        self._select_after = None
        if wanted is not None:
            self.select_id(wanted)
        self._update_count()

    def add(self) -> None:
        dialog = EnterpriseDialog(self._create, self.model.parks(), None, self)
        open_form(dialog, self._on_dialog_saved)

    def edit_current(self) -> None:
        row = self.current_row()
        if row is not None:
            dialog = EnterpriseDialog(partial(self._update, row), self.model.parks(), row, self)
            open_form(dialog, lambda _result: self._on_dialog_saved(row.id))

    def show_profile(self) -> EnterpriseProfileDialog | None:
        row = self.current_row()
        if row is None:
            return None
        dossier = self._ws.read(lambda s: enterprise_dossier(s, row.id))   # one enterprise: a blink
        dialog = EnterpriseProfileDialog(row, dossier, phones_revealed=self._phones_revealed, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_import(self):
        from desktop.views.enterprises.import_dialog import EnterpriseImportDialog

        dialog = EnterpriseImportDialog(self._ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_current(self) -> None:
        """Enterprises are not deleted: screenings, warnings and cases will refer to them."""

    def can_edit(self) -> bool:
        return self.current_row() is not None

    def can_delete(self) -> bool:
        return False

    def set_phones_revealed(self, revealed: bool) -> None:
        self._phones_revealed = revealed
        self.model.set_phones_revealed(revealed)

    # Rows and selection.
    def current_row(self) -> EnterpriseRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, enterprise_id: int) -> bool:
        return select_index(self.table, self.model.index(self.model.row_of_id(enterprise_id), 0))

    def _set_parks(self, parks: list[str]) -> None:
        current = self.park_combo.value()
        self.park_combo.blockSignals(True)
        self.park_combo.set_choices([(self.tr("全部园区/街道"), ANY), *((p, p) for p in parks)],
                                    current if current in parks else ANY)
        self.park_combo.blockSignals(False)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = self.tr("共 {n} 家企业").format(n=total) if shown == total else \
            self.tr("显示 {shown} 家，共 {n} 家企业").format(shown=shown, n=total)
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        selected = self.can_edit()
        self.edit_button.setEnabled(selected)
        self.profile_button.setEnabled(selected)

    # Writes: each an Operation; a refusal stays in the form.
    def _create(self, data: EnterpriseData) -> int:
        return run_or_raise(self, self._ws, lambda s: enterprises.create_enterprise(s, data),
                            title=self.tr("无法保存"))

    def _update(self, row: EnterpriseRow, data: EnterpriseData) -> None:
        run_or_raise(self, self._ws, lambda s: enterprises.update_enterprise(s, row.id, data, row.version),
                     title=self.tr("无法保存"))

    def _on_dialog_saved(self, enterprise_id: object) -> None:
        if not isinstance(enterprise_id, int):
            return
        if self.loader.loading:   # the rows the hub asked for are still being read
            self._select_after = enterprise_id
        else:
            self.select_id(enterprise_id)

    # Slots.
    def _on_filter_changed(self, *_args) -> None:
        current = self.current_row()
        self.model.set_filter(self.filter_edit.text(), self.park_combo.value(), self.union_combo.value())
        if current is not None:
            self.select_id(current.id)
        self._update_count()

    def _on_add_button_clicked(self) -> None:
        self.add()

    def _on_edit_button_clicked(self) -> None:
        self.edit_current()

    def _on_profile_button_clicked(self) -> None:
        self.show_profile()

    def _on_import_button_clicked(self) -> None:
        self.open_import()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.show_profile()

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_buttons()
        self.selection_changed.emit()
