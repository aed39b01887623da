"""The 排查 page: campaigns on the left; the chosen one's enterprises and its progress on the right."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.changes import Topic
from desktop.services.enterprises.core import list_parks
from desktop.services.kernel.permissions import Permission
from desktop.services.screenings import core as screenings
from desktop.services.screenings.core import CampaignData, CampaignRow, EntryRow
from desktop.services.screenings.results import ResultData
from desktop.services.screenings.tally import NO_ONE, NO_PARK, CampaignProgress, summarise
from desktop.views.changes import Subscription
from desktop.views.column_fit import ColumnFit
from desktop.views.form_dialog import open_form, run_or_raise
from desktop.views.header_widths import set_column_widths
from desktop.views.inputs import ChoiceCombo
from desktop.views.loading import PageLoader
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable, preview_table
from desktop.views.roles import needs
from desktop.views.screenings.dialogs import AssignDialog, CampaignDialog, ResultDialog
from desktop.views.screenings.model import (
    ANY,
    FOUND,
    SCREENED,
    UNSCREENED,
    CampaignTableModel,
    EntryTableModel,
    ProgressTableModel,
)
from desktop.views.table_model import ROW_ROLE
from desktop.views.workspace import Workspace

COLUMN_WIDTHS = (220, 165, 100, 130, 55, 70, 70, 100, 90, 60, 70, 120)


@dataclass(frozen=True)
class _Loaded:
    campaigns: list[CampaignRow]
    campaign_id: int | None
    entries: list[EntryRow]
    parks: list[str]
    suggestions: list[str]
    progress: CampaignProgress   # the tallies by park and unit, counted on the worker too


def _read(campaign_id: int | None, session: Session) -> _Loaded:
    campaigns = screenings.list_campaigns(session)
    if campaign_id not in {c.id for c in campaigns}:
        campaign_id = campaigns[0].id if campaigns else None
    entries = screenings.list_entries(session, campaign_id) if campaign_id is not None else []
    return _Loaded(campaigns, campaign_id, entries, list_parks(session), screenings.responsible_suggestions(session),
                   summarise(entries))


class ScreeningsPage(QWidget):
    """Campaigns, the chosen campaign's entries with their filters and actions, and its progress."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._campaign_id: int | None = None
        self._kept: list[int] = []    # the entries selected when the table was last reset
        self._parks: list[str] = []
        self._suggestions: list[str] = []
        self.title_label = QLabel(self.tr("排查"), objectName="pageTitle")
        self.notice_label = QLabel(objectName="pageSubtitle", wordWrap=True)
        self.campaigns = RecordTable(CampaignTableModel(self))
        self.new_button = QPushButton(self.tr("新建排查…"))
        self.count_label = QLabel()
        self.filter_edit = QLineEdit(placeholderText=self.tr("按企业名称、代码、园区、负责单位或备注筛选"),
                                     clearButtonEnabled=True)
        self.status_combo = ChoiceCombo()
        self.status_combo.set_choices([(self.tr("全部"), ANY), (self.tr("未排查"), UNSCREENED),
                                       (self.tr("已排查"), SCREENED), (self.tr("有问题"), FOUND)], ANY)
        self.assign_button = QPushButton(self.tr("分配负责单位…"))
        self.result_button = QPushButton(self.tr("填写结果…"))
        self.export_button = QPushButton(self.tr("导出排查表…"))
        self.import_button = QPushButton(self.tr("导入排查结果…"))
        self.unscreened_button = QPushButton(self.tr("导出未排查名单…"))
        for button in (self.new_button, self.assign_button, self.result_button, self.import_button):
            needs(button, Permission.WRITE)
        self.model = EntryTableModel(self)
        self.table = self._make_table()
        self.park_model = ProgressTableModel(self.tr("园区/街道"), NO_PARK, self)
        self.unit_model = ProgressTableModel(self.tr("负责单位"), NO_ONE, self)
        self.tabs = QTabWidget()
        self.loader = PageLoader(workspace, self)
        self._lay_out()
        self.subscription = Subscription(workspace.hub, self, (Topic.SCREENINGS, Topic.ENTERPRISES), self.refresh)

        self.campaigns.selection_changed.connect(self._on_campaigns_selection_changed)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.assign_button.clicked.connect(self._on_assign_button_clicked)
        self.result_button.clicked.connect(self._on_result_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.unscreened_button.clicked.connect(self._on_unscreened_button_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self._update_buttons()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()   # fixed widths: fitting would read every row through Python
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        set_column_widths(table, COLUMN_WIDTHS)
        # the name stretches, the credit code stays whole, the others give way before it scrolls
        self.entries_fit = ColumnFit(table, 0, (1,))
        self.entries_fit.remember()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)   # the service's order (park, name)
        table.setSortingEnabled(True)
        return table

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.notice_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.campaigns, 1)
        left_layout.addWidget(self.new_button)
        entries = QWidget()
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.status_combo)
        tools.addWidget(self.count_label)
        actions, papers = QHBoxLayout(), QHBoxLayout()   # one row squeezed the campaign list in English
        for row, buttons in ((actions, (self.assign_button, self.result_button)),
                             (papers, (self.export_button, self.import_button, self.unscreened_button))):
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
        entries_layout = QVBoxLayout(entries)
        entries_layout.addLayout(tools)
        entries_layout.addLayout(actions)
        entries_layout.addLayout(papers)
        entries_layout.addWidget(self.table, 1)
        self.tabs.addTab(entries, self.tr("企业"))
        self.tabs.addTab(self._progress_tab(), self.tr("进度"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1160])   # the entries, the page's work, get the room at 1200 px
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)

    def _progress_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        for title, model in ((self.tr("按园区/街道"), self.park_model), (self.tr("按负责单位"), self.unit_model)):
            table = preview_table(model)
            table.setColumnWidth(0, 260)
            layout.addWidget(QLabel(title))
            layout.addWidget(table, 1)
        return tab

    # What the main window calls.
    def refresh(self) -> None:
        """Reload the campaigns and the chosen campaign's entries on a worker thread."""
        self.loader.load(partial(_read, self._campaign_id), self._show)

    def _show(self, loaded: _Loaded) -> None:
        self._campaign_id = loaded.campaign_id
        self._parks, self._suggestions = loaded.parks, loaded.suggestions
        self.campaigns.blockSignals(True)
        self.campaigns.set_rows(loaded.campaigns)
        if loaded.campaign_id is not None:
            self.campaigns.select_id(loaded.campaign_id)
        self.campaigns.blockSignals(False)
        self.model.set_rows(loaded.entries)   # the selection comes back by id (entry ids are unique)
        self.park_model.set_rows(loaded.progress.by_park)
        self.unit_model.set_rows(loaded.progress.by_unit)
        self._update_count()
        self._update_buttons()

    def can_edit(self) -> bool:
        return len(self.selected_ids()) == 1

    def can_delete(self) -> bool:
        return False

    def edit_current(self) -> None:
        self.enter_result()

    def delete_current(self) -> None:
        """Campaigns and their results are kept: warnings refer to them."""

    def set_phones_revealed(self, _revealed: bool) -> None:
        """The page shows no phone numbers."""

    # Rows and selection.
    def current_campaign(self) -> CampaignRow | None:
        return self.campaigns.current_row()

    def selected_entries(self) -> list[EntryRow]:
        return [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]

    def selected_ids(self) -> list[int]:
        return [e.id for e in self.selected_entries()]

    def _select(self, entry_ids: list[int]) -> None:
        positions = self.model.positions()
        selection = QItemSelection()
        for entry_id in entry_ids:
            if (row := positions.get(entry_id)) is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.table.selectionModel().setCurrentIndex(selection.indexes()[0], QItemSelectionModel.SelectionFlag.NoUpdate)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(self.tr("共 {n} 家").format(n=total) if shown == total else
                                 self.tr("显示 {shown} 家，共 {n} 家").format(shown=shown, n=total))

    def _update_buttons(self) -> None:
        has_campaign = self._campaign_id is not None
        count = len(self.selected_ids())
        self.assign_button.setEnabled(count > 0)
        self.result_button.setEnabled(count == 1)
        for button in (self.export_button, self.import_button, self.unscreened_button):
            button.setEnabled(has_campaign)

    # Actions.
    def new_campaign(self) -> CampaignDialog:
        dialog = CampaignDialog(self._create, self._parks, self)
        open_form(dialog, self._on_campaign_created)
        return dialog

    def enter_result(self) -> ResultDialog | None:
        entries = self.selected_entries()
        if len(entries) != 1:
            return None
        entry = entries[0]
        dialog = ResultDialog(partial(self._save_result, entry), entry, self)
        open_form(dialog, self._on_result_saved)
        return dialog

    def assign_selected(self) -> AssignDialog | None:
        entries = self.selected_entries()
        if not entries:
            return None
        units = {e.responsible for e in entries}
        dialog = AssignDialog(partial(self._assign, [e.id for e in entries]), len(entries), self._suggestions,
                              units.pop() if len(units) == 1 else "", self)
        open_form(dialog, self._on_assigned)
        return dialog

    def open_import(self):
        from desktop.views.screenings.import_dialog import SheetImportDialog

        campaign = self.current_campaign()
        if campaign is None:
            return None
        dialog = SheetImportDialog(self._ws, campaign.id, campaign.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sheet_imported.connect(self._on_sheet_imported)
        dialog.open()
        return dialog

    def export_sheet(self, *, unscreened: bool = False) -> Operation | None:
        campaign = self.current_campaign()
        if campaign is None:
            return None
        unscreened_mark = self.tr("（未排查）")
        suggested = f"{campaign.name}{unscreened_mark if unscreened else ''}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出未排查名单") if unscreened else self.tr("导出排查表"),
            str(Path.home() / suggested), self.tr("Excel 表格 (*.xlsx)"))
        if not path:
            return None
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        campaign_id = campaign.id

        def export(job):   # on a worker: the sheet machinery loads with the first export
            from desktop.exports.screening_sheet import export_screening_sheet

            return job.read(lambda s: export_screening_sheet(
                s, campaign_id, path, unscreened=unscreened, progress=job.progress))
        op = Operation(self, self._ws, export, title=self.tr("无法导出"))
        op.finished.connect(lambda count: self.notice_label.setText(
            self.tr("已导出 {n} 家企业：{path}").format(n=count, path=path)))
        op.run_in_background(self.tr("正在导出…"))
        return op

    # Writes: each an Operation; a refusal stays in the form.
    def _create(self, data: CampaignData) -> int:
        return run_or_raise(self, self._ws, lambda s: screenings.create_campaign(s, data), title=self.tr("无法建立排查"))

    def _save_result(self, entry: EntryRow, data: ResultData):
        return run_or_raise(self, self._ws, lambda s: screenings.set_result(s, entry.id, data, entry.version),
                            title=self.tr("无法保存"))

    def _assign(self, entry_ids: list[int], responsible: str) -> int:
        campaign = self._campaign_id
        return run_or_raise(self, self._ws, lambda s: screenings.assign(s, campaign, entry_ids, responsible),
                            title=self.tr("无法分配"))

    # Slots.
    def _on_campaign_created(self, campaign_id: object) -> None:
        if isinstance(campaign_id, int):
            self._campaign_id = campaign_id
            self.refresh()

    def _on_result_saved(self, outcome) -> None:
        if outcome is not None:
            self.notice_label.setText(self.tr("已保存排查结果；预警建议新增 {c} 条、更新 {u} 条、撤回 {w} 条。").format(
                c=len(outcome.created), u=len(outcome.updated), w=len(outcome.withdrawn)))

    def _on_assigned(self, count: object) -> None:
        self.notice_label.setText(self.tr("已分配 {n} 家企业。").format(n=count))

    def _on_sheet_imported(self, result) -> None:
        self.notice_label.setText(self.tr("已导入新结果 {new} 家、修改 {changed} 家；预警建议新增 {s} 条、更新 {u} 条、"
                                          "撤回 {w} 条。").format(new=result.new, changed=result.changed,
                                                                s=result.suggested, u=result.updated,
                                                                w=result.withdrawn))

    def _on_campaigns_selection_changed(self) -> None:
        campaign = self.current_campaign()
        if campaign is not None and campaign.id != self._campaign_id:
            self._campaign_id = campaign.id
            self.refresh()

    def _on_new_button_clicked(self) -> None:
        self.new_campaign()

    def _on_filter_changed(self, *_args) -> None:
        self.model.set_filter(self.filter_edit.text(), self.status_combo.value())
        self._update_count()

    def _on_model_about_to_be_reset(self) -> None:
        self._kept = self.selected_ids()

    def _on_model_reset(self) -> None:
        self._select(self._kept)
        self._update_buttons()
        self.selection_changed.emit()

    def _on_assign_button_clicked(self) -> None:
        self.assign_selected()

    def _on_result_button_clicked(self) -> None:
        self.enter_result()

    def _on_export_button_clicked(self) -> None:
        self.export_sheet()

    def _on_unscreened_button_clicked(self) -> None:
        self.export_sheet(unscreened=True)

    def _on_import_button_clicked(self) -> None:
        self.open_import()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self.enter_result()

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_buttons()
        self.selection_changed.emit()
