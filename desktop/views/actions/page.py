"""The action list page (督办事项): filters, the sortable table, item and bulk commands, export.

The page follows the change hub: what it shows (action items, and the bodies, organisations,
people and working days its filters and day counts use) reloads when changed, at once if the
page is on screen, else when it is shown next. Every reload reads, filters by text and sorts on
a worker thread (``loader``); the UI thread only resets the model with the prepared list, and
the table keeps its previous rows meanwhile. Above the table, the strip 案件期限临近 lists the
dispute-case clocks due soon (it follows the hub itself); a click emits ``case_requested``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.changes import Changes, Topic
from desktop.services.actions.detail import Choice, organisation_choices, people_choices
from desktop.services.actions.query import (
    ActionFilter,
    ActionList,
    ActionRow,
    load_actions,
    load_names,
)
from desktop.services.actions.timing import DayCounter, day_counter
from desktop.services.bodies.core import list_bodies
from desktop.services.kernel.timeutil import today_local
from desktop.views.actions.commands import ItemCommands, allowed
from desktop.views.actions.detail import ActionDetailDialog, tag_item_commands
from desktop.views.actions.filter_bar import ALL, PERIODS, ActionFilterBar
from desktop.views.actions.list_model import ActionTableModel
from desktop.views.actions.table import ActionTable
from desktop.views.changes import Subscription
from desktop.views.dashboard.case_clocks import CaseClocksPart
from desktop.views.loading import PageLoader
from desktop.views.workspace import Workspace

WORKING_DAYS = "followup/working_days"
PERIOD = "followup/period"   # the last quick filter chosen (本年/本月/全部)
TOPICS = (Topic.ACTIONS, Topic.BODIES, Topic.DIRECTORY, Topic.HOLIDAYS)


@dataclass(frozen=True)
class _Request:
    """What a reload reads, taken from the widgets on the UI thread."""

    flt: ActionFilter
    today: date
    text: str
    sort_key: str
    descending: bool
    working_days: bool
    working: DayCounter | None      # the working-day counter read before, if still valid
    with_choices: bool


@dataclass(frozen=True)
class _Loaded:
    request: _Request
    listing: ActionList
    rows: list[ActionRow]           # text-filtered and sorted as requested
    choices: tuple[list[tuple[int, str]], list[Choice], list[Choice]] | None


def _read(session: Session, request: _Request) -> _Loaded:
    """On a worker thread: the list, its names and day counter, filtered and sorted."""
    r = request
    if not r.working_days:
        counter = DayCounter(r.today)
    elif r.working is not None and r.working.today == r.today:
        counter = r.working
    else:  # the whole span the list can show, read once: days late reach back years
        counter = day_counter(session, r.today, working_days=True, first_due=date(r.today.year - 12, 1, 1),
                              last_due=date(r.today.year + 2, 12, 31))
    listing = ActionList(load_actions(session, r.flt, r.today), load_names(session), counter)
    rows = listing.sorted(listing.matching(r.text), r.sort_key, r.descending)
    choices = None
    if r.with_choices:
        choices = ([(b.id, b.name) for b in list_bodies(session)], organisation_choices(session),
                   people_choices(session))
    return _Loaded(r, listing, rows, choices)


class ActionListPage(QWidget):
    """Every action item; ``show_filter`` opens it on what a dashboard figure counts."""

    selection_changed = Signal()
    case_requested = Signal(int)    # a line of the 案件期限临近 strip was clicked

    def __init__(self, workspace: Workspace, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._settings = settings
        self._today = today_local()
        self._working: DayCounter | None = None
        self._choices_stale = True
        self._select_after: int | None = None   # an item to select once the list has loaded
        self.loader = PageLoader(workspace, self)
        self.export_operation = None
        self.commands = ItemCommands(workspace, self, settings)
        self.title_label = QLabel(self.tr("督办事项"), objectName="pageTitle")
        self.count_label = QLabel(objectName="pageSubtitle")
        self.filter_bar = ActionFilterBar()
        self.model = ActionTableModel(self)
        self.table = ActionTable(self.model)
        self.case_clocks = CaseClocksPart(workspace, compact=True)
        # QActions in a tool bar: what does not fit goes behind its extension button, so the
        # page (and the main window) stays small enough for a laptop screen.
        self.tools = QToolBar()
        self.tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tool_actions = {key: QAction(text, self) for key, text in (
            ("new", self.tr("新建…")), ("detail", self.tr("详情…")), ("edit", self.tr("编辑…")),
            ("report", self.tr("汇报进展…")), ("sign_off", self.tr("办结确认…")),
            ("reopen", self.tr("重新打开…")), ("withdraw", self.tr("撤销…")), ("chase", self.tr("催办…")),
            ("reassign", self.tr("批量改派…")), ("set_due", self.tr("调整期限…")),
            ("export", self.tr("导出当前列表…")), ("import", self.tr("导入台账…")),
            ("reports", self.tr("报表…")))}
        tag_item_commands(self.tool_actions)
        self._lay_out()
        if settings is not None and settings.value(WORKING_DAYS, False) in (True, "true"):
            self.filter_bar.working_days_box.setChecked(True)
        self.filter_bar.today = lambda: self._today
        self.filter_bar.set_period(self._remembered_period())

        self.filter_bar.filter_changed.connect(self._on_filter_bar_filter_changed)
        self.filter_bar.text_changed.connect(self._on_filter_bar_text_changed)
        self.filter_bar.working_days_toggled.connect(self._on_filter_bar_working_days_toggled)
        self.filter_bar.period_chosen.connect(self._on_filter_bar_period_chosen)
        self.table.selection_changed.connect(self._on_table_selection_changed)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.case_clocks.case_requested.connect(self.case_requested)
        for key, action in self.tool_actions.items():
            action.triggered.connect(getattr(self, f"_on_{key}_triggered"))
        self.subscription = Subscription(workspace.hub, self, TOPICS, self._on_data_changed)
        self._update_buttons()

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        for key in ("new", "detail", "edit", "report", "sign_off", "reopen", "withdraw", "chase"):
            self.tools.addAction(self.tool_actions[key])
        self.tools.addSeparator()
        for key in ("reassign", "set_due", "export", "import", "reports"):
            self.tools.addAction(self.tool_actions[key])
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tools)
        layout.addWidget(self.case_clocks)
        layout.addWidget(self.table, 1)

    # What the main window calls.
    def refresh(self) -> None:
        """Reload the pickers and the list for the current filters, keeping the selection."""
        self._today = today_local()
        self._choices_stale = True
        self._reload()
        self.case_clocks.refresh()

    def show_filter(self, flt: ActionFilter, select_id: int | None = None) -> None:
        """Show what ``flt`` selects; ``select_id`` is selected once the list has loaded."""
        self._select_after = select_id or None
        self.filter_bar.set_filter(flt)

    def can_edit(self) -> bool:
        return self.table.current_row() is not None

    def can_delete(self) -> bool:
        return False   # items are withdrawn (撤销) with a reason, never deleted

    def edit_current(self) -> None:
        if (row := self.table.current_row()) is not None:
            self.commands.edit(row.id)

    def delete_current(self) -> None:
        pass

    def set_phones_revealed(self, _revealed: bool) -> None:
        pass   # no phone numbers here

    # Loading.
    def _reload(self) -> None:
        """Read the list for the current filters on a worker thread; the old rows stay meanwhile."""
        request = _Request(self.filter_bar.current_filter(), self._today, self.filter_bar.text(),
                           self.model.sort_key, self.model.descending,
                           self.filter_bar.working_days_box.isChecked(), self._working, self._choices_stale)
        self.loader.load(lambda s: _read(s, request), self._show_loaded)

    def _show_loaded(self, loaded: _Loaded) -> None:
        if loaded.choices is not None:
            self.filter_bar.set_choices(*loaded.choices)
            self._choices_stale = False
        if loaded.request.working_days:
            self._working = loaded.listing.counter
        r = loaded.request
        if self.filter_bar.text() == r.text:
            self.model.set_listing(loaded.listing, loaded.rows, sorted_by=(r.sort_key, r.descending))
        else:   # typed meanwhile
            self.model.set_listing(loaded.listing, loaded.listing.matching(self.filter_bar.text()))
        if self._select_after:
            self.table.select_ids([self._select_after])
            self._select_after = None
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        shown, loaded = self.model.rowCount(), len(self.model.listing.rows)
        text = self.tr("共 {n} 项").format(n=loaded) if shown == loaded else \
            self.tr("显示 {shown} 项（共 {n} 项）").format(shown=shown, n=loaded)
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        rows = self.table.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        rules = allowed(one.status) if one else {}
        for key in ("edit", "report", "sign_off", "reopen", "withdraw", "chase"):
            self.tool_actions[key].setEnabled(rules.get(key, False))
        self.tool_actions["detail"].setEnabled(one is not None)
        for key in ("reassign", "set_due"):
            self.tool_actions[key].setEnabled(bool(rows))
        self.tool_actions["export"].setEnabled(self.model.rowCount() > 0)

    # Slots.
    def _on_filter_bar_filter_changed(self) -> None:
        self._reload()

    def _on_filter_bar_text_changed(self, text: str) -> None:
        self.model.set_rows(self.model.listing.matching(text))
        self._show_count()

    def _remembered_period(self) -> str:
        period = self._settings.value(PERIOD, ALL) if self._settings is not None else ALL
        return period if period in PERIODS else ALL

    def _on_filter_bar_period_chosen(self, period: str) -> None:
        if self._settings is not None:
            self._settings.setValue(PERIOD, period)

    def _on_filter_bar_working_days_toggled(self, checked: bool) -> None:
        if self._settings is not None:
            self._settings.setValue(WORKING_DAYS, checked)
        if not checked:
            self.model.set_counter(DayCounter(self._today))
        elif self._working is not None and self._working.today == self._today:
            self.model.set_counter(self._working)
        else:
            self._reload()   # the working-day counter is read with the list

    def _on_table_selection_changed(self) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _on_table_row_activated(self, row) -> None:
        self._open_detail(row.id)

    def _on_data_changed(self, changes: Changes) -> None:
        """The hub says something the page shows changed: reload it, keeping the selection."""
        self._today = today_local()
        if changes.touches(Topic.HOLIDAYS):
            self._working = None  # the working-day counter was read before the change
        if changes.touches(Topic.BODIES, Topic.DIRECTORY):
            self._choices_stale = True
        self._reload()

    def _open_detail(self, action_id: int) -> None:
        dialog = ActionDetailDialog(self._ws, action_id, self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _current_id(self) -> int | None:
        row = self.table.current_row()
        return row.id if row else None

    def _on_new_triggered(self) -> None:
        self.commands.create()

    def _on_detail_triggered(self) -> None:
        if (action_id := self._current_id()) is not None:
            self._open_detail(action_id)

    def _on_edit_triggered(self) -> None:
        self.edit_current()

    def _on_report_triggered(self) -> None:
        self.commands.report(self._current_id())

    def _on_sign_off_triggered(self) -> None:
        self.commands.sign_off(self._current_id())

    def _on_reopen_triggered(self) -> None:
        self.commands.reopen(self._current_id())

    def _on_withdraw_triggered(self) -> None:
        self.commands.withdraw(self._current_id())

    def _on_chase_triggered(self) -> None:
        self.commands.chase(self._current_id())

    def _selection(self) -> tuple[list[int], dict[int, int]]:
        rows = self.table.selected_rows()
        return [r.id for r in rows], {r.id: r.version for r in rows}

    def _on_reassign_triggered(self) -> None:
        self.commands.reassign(*self._selection())

    def _on_set_due_triggered(self) -> None:
        self.commands.set_due(*self._selection())

    def _on_export_triggered(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出当前列表"), str(Path.home() / self.tr("督办事项.xlsx")),
            self.tr("Excel 工作簿 (*.xlsx);;CSV 文件（UTF-8）(*.csv)"))
        if not path:
            return
        # openpyxl and the writers are imported when first needed, not at start-up
        from desktop.views.actions.exporting import start_action_list_export

        started = start_action_list_export(self, self._ws, self.model.rows(), self.model.listing, Path(path))
        if started is not None:
            self.export_operation = started  # for tests: wait on its finished signal

    def _on_reports_triggered(self) -> None:
        from desktop.views.actions.reports_dialog import open_reports_dialog

        open_reports_dialog(self, self._ws)

    def _on_import_triggered(self) -> None:
        from desktop.views.actions.import_dialog import ActionImportDialog

        dialog = ActionImportDialog(self._ws, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
