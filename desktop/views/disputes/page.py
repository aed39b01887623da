"""The 争议案件 page: the case list with its stage filter and search, the toolbar of case actions,
and the selected case's view beside the list. Reads in the background; follows Topic.CASES (and
the enterprises, warnings and holidays its rows and clocks show)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Topic
from desktop.errors import UserError
from desktop.services.disputes.labels import STAGE_LABELS
from desktop.services.disputes.query import CaseRow, list_cases
from desktop.views.changes import Subscription
from desktop.views.disputes import actions
from desktop.views.disputes.detail import CaseDetailView
from desktop.views.disputes.model import ALL_FILTER, OPEN_FILTER, CaseTableModel, stage_label
from desktop.views.errors import show_refusal
from desktop.views.inputs import ChoiceCombo
from desktop.views.loading import PageLoader
from desktop.views.record_table import RecordTable
from desktop.views.workspace import Workspace

TOPICS = (Topic.CASES, Topic.ENTERPRISES, Topic.WARNINGS, Topic.HOLIDAYS)


def read_rows(session) -> list[CaseRow]:
    return list_cases(session, "all")


class CasesPage(QWidget):
    """Filters, the toolbar, the list and the case view; every change is an operation."""

    selection_changed = Signal()
    warning_requested = Signal(int)    # the case view's linked warning was clicked

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._select_after: int | None = None
        self.title_label = QLabel(self.tr("争议案件"), objectName="pageTitle")
        self.count_label = QLabel(objectName="pageSubtitle")
        self.status_bar_label = QLabel(objectName="pageStatus")
        self.filter_edit = QLineEdit(placeholderText=self.tr("按案号、用人单位、申请人或调解员查找"),
                                     clearButtonEnabled=True)
        self.stage_combo = ChoiceCombo()
        self.stage_combo.set_choices([(self.tr("进行中"), OPEN_FILTER), (self.tr("全部"), ALL_FILTER)]
                                     + [(stage_label(s), s) for s in STAGE_LABELS], OPEN_FILTER)
        self.model = CaseTableModel(self)
        self.table = RecordTable(self.model)
        self.detail = CaseDetailView(workspace)
        self.actions = actions.CaseActions(self)
        self.toolbar = self._make_toolbar()
        self.loader = PageLoader(workspace, self)
        self._add_casefile_panel()
        self._lay_out()
        self.subscription = Subscription(workspace.hub, self, TOPICS, self.refresh)
        self._connect()
        self._on_table_selection_changed()

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions
        for key in ("new", "edit", "advance"):
            bar.addAction(a[key])
        self.clock_button = QToolButton(text=self.tr("延期/中止"),
                                        popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.clock_button)
        for key in ("extend", "pause", "end_pause"):
            menu.addAction(a[key])
        self.clock_button.setMenu(menu)
        bar.addWidget(self.clock_button)
        self.documents_button = QToolButton(text=self.tr("导出文书"),
                                            popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.documents_menu = QMenu(self.documents_button)
        self.documents_menu.aboutToShow.connect(self._on_documents_menu_about_to_show)
        self.documents_button.setMenu(self.documents_menu)
        bar.addWidget(self.documents_button)
        bar.addAction(a["warning"])
        bar.addAction(a["incident"])
        bar.addSeparator()
        bar.addAction(a["report"])
        bar.addSeparator()
        for key in ("calculator", "rules", "mediators"):
            bar.addAction(a[key])
        return bar

    def _add_casefile_panel(self) -> None:
        from desktop.views.disputes.casefile_panel import CaseFilePanel

        self.detail.add_casefile_panel(CaseFilePanel(self.workspace, self.detail))

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.stage_combo)
        splitter = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)   # the list needs the width
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 340])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_bar_label)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.stage_combo.currentIndexChanged.connect(self._on_stage_combo_changed)
        self.table.selection_changed.connect(self._on_table_selection_changed)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.detail.unmask_requested.connect(self._on_detail_unmask_requested)
        self.detail.remove_adjustment_requested.connect(self._on_detail_remove_adjustment_requested)
        self.detail.warning_requested.connect(self.warning_requested)
        self.detail.enterprise_requested.connect(self._on_detail_enterprise_requested)

    # What the main window calls.
    def refresh(self) -> None:
        """Reload the cases on a worker, keeping the selection; the case view follows."""
        self.loader.load(read_rows, self._show_rows)

    def _show_rows(self, rows: list[CaseRow]) -> None:
        wanted = self._select_after
        self._select_after = None
        self.table.set_rows(rows)   # keeps the selected case when it is still shown
        if wanted is not None:
            self.select_id(wanted)
        self._update_count()
        self.detail.show_case(self._current_id())

    def can_edit(self) -> bool:
        return self.actions["edit"].isEnabled()

    def can_delete(self) -> bool:
        return False

    def edit_current(self) -> None:
        if self.can_edit():
            self.actions["edit"].trigger()

    def delete_current(self) -> None:
        """Cases are not deleted: they close (结案) and are archived."""

    def set_phones_revealed(self, _revealed: bool) -> None:
        """Parties' numbers are shown in full only by the case view's audited 显示完整号码."""

    # Rows and selection.
    def current_row(self) -> CaseRow | None:
        return self.table.current_row()

    def _current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select_id(self, case_id: int) -> bool:
        if self.model.row_of_id(case_id) < 0 and self.stage_combo.value() != ALL_FILTER:
            self.stage_combo.set_value(ALL_FILTER)   # a case outside the filter: show them all
        return self.table.select_id(case_id)

    def select_after_save(self, case_id) -> None:
        if not isinstance(case_id, int):
            return
        if self.loader.loading:
            self._select_after = case_id
        else:
            self.select_id(case_id)

    def show_status(self, text: str) -> None:
        self.status_bar_label.setText(text)

    def _update_count(self) -> None:
        shown, total = self.table.proxy.rowCount(), self.model.total
        self.count_label.setText(self.tr("共 {n} 件").format(n=total) if shown == total else
                                 self.tr("显示 {shown} 件，共 {n} 件").format(shown=shown, n=total))

    # Slots.
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.table.set_filter_text(text)
        self._update_count()

    def _on_stage_combo_changed(self, *_args) -> None:
        current = self._current_id()
        self.model.set_stage_filter(self.stage_combo.value())
        if current is not None:
            self.table.select_id(current)
        self._update_count()
        self._on_table_selection_changed()

    def _on_table_selection_changed(self) -> None:
        row = self.current_row()
        self.actions.update(row)
        self.clock_button.setEnabled(any(self.actions[k].isEnabled() for k in ("extend", "pause", "end_pause")))
        self.documents_button.setEnabled(row is not None)
        if row is None or row.id != self.detail.case_id:
            self.detail.show_case(row.id if row else None)
        self.selection_changed.emit()

    def _on_documents_menu_about_to_show(self) -> None:
        actions.fill_documents_menu(self, self.documents_menu)

    def _on_table_row_activated(self, _row) -> None:
        self.edit_current()

    def _on_detail_unmask_requested(self, case_id: int) -> None:
        actions.unmask(self, case_id)

    def _on_detail_remove_adjustment_requested(self, adjustment) -> None:
        actions.remove_adjustment(self, adjustment)

    def _on_detail_enterprise_requested(self, enterprise_id: int) -> None:
        from desktop.services.enterprises.core import get_enterprise
        from desktop.services.enterprises.dossier import enterprise_dossier
        from desktop.views.enterprises.dialogs import EnterpriseProfileDialog

        try:   # one enterprise: a blink, as the enterprise page reads it
            row, dossier = self.workspace.read(lambda s: (get_enterprise(s, enterprise_id),
                                                          enterprise_dossier(s, enterprise_id)))
        except UserError as exc:
            show_refusal(self, self.tr("无法打开企业档案"), exc)
            return
        dialog = EnterpriseProfileDialog(row, dossier, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
