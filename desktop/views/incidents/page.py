"""The 突发事件 page: the incident list with its status filter, 含演练 and search, the toolbar of
incident actions, and the selected incident's view (facts, board, timeline, reports) beside the
list. Reads in the background; follows Topic.INCIDENTS (and the enterprises and meetings its rows
show), and reads again every minute while shown, since who is late changes with the clock.

The report, response, re-grading, closing and meeting actions live in ``incidents.actions``; a
button whose function is not there stays disabled.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Topic
from desktop.services.incidents.query import IncidentRow, incident_detail, list_incidents
from desktop.services.kernel.permissions import Permission
from desktop.views.changes import Subscription
from desktop.views.incidents.detail import IncidentDetailView
from desktop.views.incidents.model import ALL_FILTER, CLOSED_FILTER, OPEN_FILTER, IncidentTableModel
from desktop.views.inputs import ChoiceCombo
from desktop.views.loading import PageLoader
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.roles import needs
from desktop.views.workspace import Workspace

TOPICS = (Topic.INCIDENTS, Topic.ENTERPRISES, Topic.MEETINGS)
TICK_MS = 60_000   # the late marks move with the clock
#: toolbar key → (text, name of the function in ``incidents.actions``, whether it needs the row open)
ACTIONS = {
    "report": (QT_TRANSLATE_NOOP("IncidentsPage", "报送报告…"), "write_report", None),
    "action": (QT_TRANSLATE_NOOP("IncidentsPage", "记录处置措施…"), "record_action", True),
    "level": (QT_TRANSLATE_NOOP("IncidentsPage", "调整级别…"), "change_level", True),
    "meeting": (QT_TRANSLATE_NOOP("IncidentsPage", "关联联动会议…"), "link_meeting", None),
    "close": (QT_TRANSLATE_NOOP("IncidentsPage", "处置结束…"), "close_incident", True),
    "reopen": (QT_TRANSLATE_NOOP("IncidentsPage", "重新启动…"), "reopen_incident", False),
}


def read_rows(session) -> list[IncidentRow]:
    return list_incidents(session)


def action_function(name: str):
    """``incidents.actions.<name>``, or None while that module or function is missing."""
    try:
        actions = importlib.import_module(f"{__package__}.actions")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__package__}.actions":
            raise   # a broken import inside the module must not pass for a missing one
        return None
    return getattr(actions, name, None)


class IncidentsPage(QWidget):
    """Filters, the toolbar, the list and the incident view; every change is an operation."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._select_after: int | None = None
        self.title_label = QLabel(self.tr("突发事件"), objectName="pageTitle")
        self.count_label = QLabel(objectName="pageSubtitle")
        self.status_bar_label = QLabel(objectName="pageStatus")
        self.filter_edit = QLineEdit(placeholderText=self.tr("按编号、事件名称或企业查找"), clearButtonEnabled=True)
        self.status_combo = ChoiceCombo()
        self.status_combo.set_choices([(self.tr("处置中"), OPEN_FILTER), (self.tr("已结束"), CLOSED_FILTER),
                                       (self.tr("全部"), ALL_FILTER)], OPEN_FILTER)
        self.drill_check = QCheckBox(self.tr("含演练"), checked=True)
        self.model = IncidentTableModel(self)
        self.table = RecordTable(self.model)
        self.detail = IncidentDetailView(workspace)
        self.actions = self._make_actions()
        self.toolbar = self._make_toolbar()
        self.loader = PageLoader(workspace, self)
        self.timer = QTimer(self, interval=TICK_MS)
        self._lay_out()
        self.subscription = Subscription(workspace.hub, self, TOPICS, self.refresh)
        self._connect()
        self.detail.set_export_enabled(action_function("export_report") is not None)
        self.timer.start()
        self._on_table_selection_changed()

    def _make_actions(self) -> dict[str, QAction]:
        made = {"new": QAction(self.tr("新建事件…"), self), "edit": QAction(self.tr("修改…"), self),
                "limits": QAction(self.tr("通报时限设置…"), self)}
        made |= {key: QAction(QCoreApplication.translate("IncidentsPage", text), self)
                 for key, (text, _name, _open) in ACTIONS.items()}
        for key, action in made.items():
            needs(action, Permission.MANAGE_RULES if key == "limits" else Permission.WRITE)
        return made

    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for key in ("new", "edit", None, "report", "action", "level", "meeting", None, "close", "reopen", None,
                    "limits"):
            if key is None:
                bar.addSeparator()
            else:
                bar.addAction(self.actions[key])
        return bar

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_combo)
        filters.addWidget(self.drill_check)
        splitter = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([240, 460])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_bar_label)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.drill_check.toggled.connect(self._on_filters_changed)
        self.table.selection_changed.connect(self._on_table_selection_changed)
        self.table.row_activated.connect(self._on_table_row_activated)
        self.detail.unmask_requested.connect(self._on_detail_unmask_requested)
        self.detail.export_report_requested.connect(self._on_detail_export_report_requested)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.actions["new"].triggered.connect(self._on_new_triggered)
        self.actions["edit"].triggered.connect(self._on_edit_triggered)
        self.actions["limits"].triggered.connect(self._on_limits_triggered)
        for key, (_text, name, _open) in ACTIONS.items():
            self.actions[key].triggered.connect(lambda _checked=False, name=name: self._call_action(name))

    # What the main window calls.
    def refresh(self) -> None:
        """Reload the incidents on a worker, keeping the selection; the incident view follows."""
        self.loader.load(read_rows, self._show_rows)

    def _show_rows(self, rows: list[IncidentRow]) -> None:
        wanted, self._select_after = self._select_after, None
        self.table.set_rows(rows)   # keeps the selected incident when it is still shown
        if wanted is not None:
            self.select_id(wanted)
        self._update_count()
        self.detail.show_incident(self.current_id())

    def can_edit(self) -> bool:
        return self.actions["edit"].isEnabled()

    def can_delete(self) -> bool:
        return False

    def edit_current(self) -> None:
        if self.can_edit():
            self.actions["edit"].trigger()

    def delete_current(self) -> None:
        """Incidents are not deleted: they end (处置结束) and stay on record."""

    def set_phones_revealed(self, _revealed: bool) -> None:
        """Persons' numbers are shown in full only by the incident view's audited 显示完整号码."""

    # Rows and selection.
    def current_row(self) -> IncidentRow | None:
        return self.table.current_row()

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select_id(self, incident_id: int) -> bool:
        if self.model.row_of_id(incident_id) < 0:   # outside the filters: show them all
            self.drill_check.setChecked(True)
            self.status_combo.set_value(ALL_FILTER)
        return self.table.select_id(incident_id)

    def select_after_save(self, incident_id) -> None:
        if not isinstance(incident_id, int):
            return
        if self.loader.loading:
            self._select_after = incident_id
        else:
            self.select_id(incident_id)

    def show_status(self, text: str) -> None:
        self.status_bar_label.setText(text)

    def _update_count(self) -> None:
        shown, total = self.table.proxy.rowCount(), self.model.total
        self.count_label.setText(self.tr("共 {n} 起").format(n=total) if shown == total else
                                 self.tr("显示 {shown} 起，共 {n} 起").format(shown=shown, n=total))

    def _update_actions(self, row: IncidentRow | None) -> None:
        self.actions["edit"].setEnabled(row is not None and row.status == "open" and not row.sealed)
        self.actions["limits"].setEnabled(action_function("open_limits") is not None)
        for key, (_text, name, needs_open) in ACTIONS.items():
            fits = row is not None and (needs_open is None or (row.status == "open") == needs_open)
            self.actions[key].setEnabled(fits and action_function(name) is not None)

    # Slots.
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.table.set_filter_text(text)
        self._update_count()

    def _on_filters_changed(self, *_args) -> None:
        current = self.current_id()
        self.model.set_filter(self.status_combo.value(), self.drill_check.isChecked())
        if current is not None:
            self.table.select_id(current)
        self._update_count()
        self._on_table_selection_changed()

    def _on_table_selection_changed(self) -> None:
        row = self.current_row()
        self._update_actions(row)
        if row is None or row.id != self.detail.incident_id:
            self.detail.show_incident(row.id if row else None)
        self.selection_changed.emit()

    def _on_table_row_activated(self, _row) -> None:
        self.edit_current()

    def _on_timer_timeout(self) -> None:
        if self.isVisible() and not self.loader.loading:
            self.refresh()

    def _on_new_triggered(self) -> None:
        from desktop.views.incidents.intake_dialog import new_incident

        new_incident(self)

    def _on_edit_triggered(self) -> None:
        from desktop.views.incidents.intake_dialog import edit_incident

        if (row := self.current_row()) is not None:
            edit_incident(self, row)

    def _on_limits_triggered(self) -> None:
        if (open_limits := action_function("open_limits")) is not None:
            open_limits(self)

    def _call_action(self, name: str) -> None:
        function, incident_id = action_function(name), self.current_id()
        if function is not None and incident_id is not None:
            function(self, incident_id)

    def _on_detail_unmask_requested(self, incident_id: int) -> None:
        """显示完整号码: the incident read in full inside a write, so the audit entry is committed."""
        detail = Operation(self, self.workspace, lambda s: incident_detail(s, incident_id, unmask=True),
                           title=self.tr("无法显示完整号码")).run()
        if detail is not None:
            self.detail.show_detail(detail)
            self.show_status(self.tr("已显示{number}涉及人员的完整号码；此操作已记入审计日志。")
                             .format(number=detail.row.number))

    def _on_detail_export_report_requested(self, report_id: int) -> None:
        if (export := action_function("export_report")) is not None:
            export(self, report_id)
