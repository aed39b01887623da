"""The 预警信息 page: the warning list with its filters and actions, the selected warning's chain
as a timeline, and the 统计看板 tab. Reads in the background; follows Topic.WARNINGS (and the
screenings and enterprises it shows)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.changes import Topic
from desktop.models import LEVEL_ORDER, DisputeCase
from desktop.services.disputes.core import cases_of_warning
from desktop.services.kernel.permissions import Permission
from desktop.services.warnings.dashboard import WarningDashboard, warning_dashboard
from desktop.services.warnings.labels import CATEGORY_LABELS, STATUS_LABELS
from desktop.services.warnings.query import MessageRow, WarningRow, list_warnings, messages_between
from desktop.views.changes import Subscription
from desktop.views.column_fit import ColumnFit
from desktop.views.form_dialog import open_form
from desktop.views.header_widths import set_column_widths
from desktop.views.inputs import ChoiceCombo
from desktop.views.loading import PageLoader
from desktop.views.record_table import select_index
from desktop.views.roles import needs
from desktop.views.warnings import actions
from desktop.views.warnings.dashboard import WarningDashboardView
from desktop.views.warnings.model import (
    ANY,
    LEVEL_COLUMN,
    OPEN,
    ROW_ROLE,
    TimelineModel,
    WarningTableModel,
    label,
    level_label,
)
from desktop.views.workspace import Workspace

CATEGORY_COLUMN, STATUS_COLUMN = 3, 5
STARTS_COLUMN, EXPIRES_COLUMN = 6, 7   # dates and the level are read whole
COLUMN_WIDTHS = (220, 160, 100, 80, 90, 70, 90, 90, 50, 50)


@dataclass(frozen=True)
class PageData:
    rows: list[WarningRow]
    chains: dict[int, list[MessageRow]]
    board: WarningDashboard
    cases: dict[int, list[tuple[int, str]]]   # warning id → (id, number) of its linked cases


def read_page(session) -> PageData:
    chains: dict[int, list[MessageRow]] = defaultdict(list)
    for warning_id, message in messages_between(session, None, None):
        chains[warning_id].append(message)
    linked = session.scalars(select(DisputeCase.warning_id).where(DisputeCase.warning_id.is_not(None)).distinct())
    cases = {warning_id: cases_of_warning(session, warning_id) for warning_id in linked}
    return PageData(list_warnings(session, "all"), dict(chains), warning_dashboard(session), cases)


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class WarningsPage(QWidget):
    """Filters, the list, the actions, the detail pane with the timeline, and the dashboard tab."""

    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._chains: dict[int, list[MessageRow]] = {}
        self._cases: dict[int, list[tuple[int, str]]] = {}
        self._select_after: int | None = None
        self.title_label = QLabel(self.tr("预警信息"), objectName="pageTitle")
        self.count_label = QLabel(objectName="pageSubtitle")
        self.status_bar_label = QLabel(objectName="pageStatus")
        self._make_filters()
        self._make_buttons()
        self.model = WarningTableModel(self)
        self.table = _table(self.model)
        set_column_widths(self.table, COLUMN_WIDTHS, {
            CATEGORY_COLUMN: [label(t) for t in CATEGORY_LABELS.values()],
            STATUS_COLUMN: [label(t) for t in STATUS_LABELS.values()]})
        # the enterprise's name stretches; the code, level and dates stay whole; the others give
        # way before the list scrolls sideways
        self.table_fit = ColumnFit(self.table, 0, (1, LEVEL_COLUMN, STARTS_COLUMN, EXPIRES_COLUMN))
        self.table_fit.remember()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LEVEL_COLUMN, Qt.SortOrder.AscendingOrder)
        self.timeline_model = TimelineModel(self)
        self.timeline = _table(self.timeline_model)
        for column, width in enumerate((50, 80, 100, 100, 0, 80, 130)):
            self.timeline.setColumnWidth(column, width)
        self.timeline.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # 理由
        self.detail_label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dashboard = WarningDashboardView()
        self.loader = PageLoader(workspace, self)
        self._lay_out()
        self.subscription = Subscription(workspace.hub, self,
                                         (Topic.WARNINGS, Topic.SCREENINGS, Topic.ENTERPRISES, Topic.CASES), self.refresh)
        self._connect()
        self._update_buttons()

    def _make_filters(self) -> None:
        self.filter_edit = QLineEdit(placeholderText=self.tr("按企业名称、代码、园区、理由或提示函编号筛选"),
                                     clearButtonEnabled=True)
        self.status_combo = ChoiceCombo()
        self.status_combo.set_choices([(self.tr("状态：除不予预警外"), OPEN)] + [
            (label(STATUS_LABELS[s]), s) for s in ("suggested", "active", "expired", "lifted", "dismissed")]
            + [(self.tr("全部"), "all")], OPEN)
        self.level_combo = ChoiceCombo()
        self.level_combo.set_choices([(self.tr("全部级别"), ANY)] + [(level_label(lv.value), lv.value)
                                                                  for lv in LEVEL_ORDER], ANY)
        self.park_combo = ChoiceCombo()
        self._set_parks([])

    def _make_buttons(self) -> None:
        self.issue_button = QPushButton(self.tr("签发…"))
        self.adjust_button = QPushButton(self.tr("调整级别…"))
        self.extend_button = QPushButton(self.tr("延期…"))
        self.lift_button = QPushButton(self.tr("解除…"))
        self.dismiss_button = QPushButton(self.tr("不予预警…"))
        self.letter_button = QPushButton(self.tr("导出预警提示函…"))
        self.agenda_button = QPushButton(self.tr("列入下次预警会议议程"))
        self.list_button = QPushButton(self.tr("导出预警清单…"))
        self.case_button = QPushButton(self.tr("转为案件…"))
        self.incident_button = QPushButton(self.tr("启动突发事件处置…"))
        self.rules_button = QPushButton(self.tr("预警规则…"))
        for button, permission in (
                (self.issue_button, Permission.ISSUE_WARNING), (self.adjust_button, Permission.ISSUE_WARNING),
                (self.extend_button, Permission.ISSUE_WARNING), (self.lift_button, Permission.ISSUE_WARNING),
                (self.dismiss_button, Permission.ISSUE_WARNING), (self.agenda_button, Permission.WRITE),
                (self.case_button, Permission.WRITE), (self.incident_button, Permission.WRITE),
                (self.rules_button, Permission.MANAGE_RULES)):
            needs(button, permission)

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        for widget in (self.status_combo, self.level_combo, self.park_combo):
            filters.addWidget(widget)
        buttons = QHBoxLayout()  # decisions, then the papers: one row is too wide in English
        for button in (self.issue_button, self.adjust_button, self.extend_button, self.lift_button,
                       self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rules_button)
        papers = QHBoxLayout()
        for button in (self.letter_button, self.agenda_button, self.list_button, self.case_button,
                       self.incident_button):
            papers.addWidget(button)
        papers.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label)
        detail_layout.addWidget(self.timeline, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        list_tab = QWidget()
        tab_layout = QVBoxLayout(list_tab)
        tab_layout.addLayout(filters)
        tab_layout.addLayout(buttons)
        tab_layout.addLayout(papers)
        tab_layout.addWidget(splitter, 1)
        tab_layout.addWidget(self.status_bar_label)
        self.tabs = QTabWidget()
        self.tabs.addTab(list_tab, self.tr("预警列表"))
        self.tabs.addTab(self.dashboard, self.tr("统计看板"))
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        for combo in (self.status_combo, self.level_combo, self.park_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for button, action in ((self.issue_button, actions.issue), (self.adjust_button, actions.adjust),
                               (self.extend_button, actions.extend), (self.lift_button, actions.lift),
                               (self.dismiss_button, actions.dismiss), (self.letter_button, actions.export_letter),
                               (self.agenda_button, actions.put_on_agenda), (self.case_button, actions.to_case),
                               (self.incident_button, actions.to_incident)):
            button.clicked.connect(partial(self._on_action_button_clicked, action))
        self.list_button.clicked.connect(self._on_list_button_clicked)
        self.rules_button.clicked.connect(self._on_rules_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelReset.connect(self._on_table_selection_changed)

    # What the main window calls.
    def refresh(self) -> None:
        """Reload the register, the chains and the figures on a worker, keeping the selection."""
        self.loader.load(read_page, self._show_data)

    def _show_data(self, data: PageData) -> None:
        current = self.current_row()
        self._chains = data.chains
        self._cases = data.cases
        self.model.set_rows(data.rows)
        self._set_parks(self.model.parks())
        self.dashboard.show_figures(data.board)
        wanted = self._select_after if self._select_after is not None else current.id if current else None
        self._select_after = None
        if wanted is not None:
            self.select_id(wanted)
        self._update_count()

    def can_edit(self) -> bool:
        return False

    def can_delete(self) -> bool:
        return False

    def edit_current(self) -> None:
        """Warnings are never edited in place: each change is a new message (the buttons)."""

    def delete_current(self) -> None:
        """Warnings are not deleted; a suggestion is dismissed with a reason instead."""

    def set_phones_revealed(self, _revealed: bool) -> None:
        """The page shows no phone numbers."""

    # Rows and selection.
    def current_row(self) -> WarningRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select_id(self, warning_id: int) -> bool:
        return select_index(self.table, self.model.index(self.model.row_of_id(warning_id), 0))

    def select_after_save(self, warning_id: int) -> None:
        if self.loader.loading:
            self._select_after = warning_id
        else:
            self.select_id(warning_id)

    def show_status(self, text: str) -> None:
        self.status_bar_label.setText(text)

    def _set_parks(self, parks: list[str]) -> None:
        current = self.park_combo.value()
        self.park_combo.blockSignals(True)
        self.park_combo.set_choices([(self.tr("全部园区/街道"), ANY), *((p, p) for p in parks)],
                                    current if current in parks else ANY)
        self.park_combo.blockSignals(False)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(self.tr("共 {n} 个预警").format(n=total) if shown == total else
                                 self.tr("显示 {shown} 个，共 {n} 个预警").format(shown=shown, n=total))

    def _update_buttons(self) -> None:
        row = self.current_row()
        suggestion = row is not None and row.status == "suggested"
        active = row is not None and row.is_active
        for button in (self.issue_button, self.dismiss_button):
            button.setEnabled(suggestion)
        for button in (self.adjust_button, self.extend_button, self.lift_button, self.agenda_button):
            button.setEnabled(active)
        self.letter_button.setEnabled(row is not None and row.messages > 0)
        self.case_button.setEnabled(row is not None and row.status != "dismissed" and not row.drill)
        self.incident_button.setEnabled(row is not None and row.status != "dismissed")

    def _show_detail(self) -> None:
        row = self.current_row()
        self.timeline_model.set_messages(self._chains.get(row.id, []) if row else [])
        self.detail_label.setText(self._detail_text(row) if row else self.tr("选择一个预警查看其消息记录。"))

    def _detail_text(self, row: WarningRow) -> str:
        head = "　".join(x for x in (row.enterprise, row.uscc, row.park) if x)
        facts = "　".join(x for x in (label(CATEGORY_LABELS.get(row.category, row.category)),
                                      level_label(row.level), label(STATUS_LABELS.get(row.status, row.status)),
                                      self.tr("演练") if row.drill else "", row.letter_number) if x)
        lines = [head, facts, self.tr("预警理由：{reason}").format(reason=row.reason or self.tr("（无）"))]
        if row.level_changed:
            lines.append(self.tr("建议级别为{suggested}，签发为{level}。").format(
                suggested=level_label(row.suggested_level), level=level_label(row.level)))
        if row.dismissed_reason:
            lines.append(self.tr("不予预警的理由：{reason}").format(reason=row.dismissed_reason))
        if cases := self._cases.get(row.id):
            lines.append(self.tr("关联案件：{numbers}").format(numbers="、".join(number for _id, number in cases)))
        return "\n".join(lines)

    # Slots.
    def _on_filter_changed(self, *_args) -> None:
        current = self.current_row()
        self.model.set_filter(self.filter_edit.text(), self.status_combo.value(), self.level_combo.value(),
                              self.park_combo.value())
        if current is not None:
            self.select_id(current.id)
        self._update_count()

    def _on_action_button_clicked(self, action, *_args) -> None:
        row = self.current_row()
        if row is not None:
            action(self, row)

    def _on_list_button_clicked(self) -> None:
        actions.export_list(self)

    def _on_rules_button_clicked(self) -> None:
        from desktop.services.warnings.settings import load_rule_settings
        from desktop.views.warnings.rules_dialog import RuleSettingsDialog, suggest_again

        def saved(_settings) -> None:
            answer = QMessageBox.question(self, self.tr("预警规则"), self.tr(
                "规则已保存。是否按新规则重新生成所有已排查企业的待签发预警建议？（已签发或不予预警的不受影响）"))
            if answer == QMessageBox.StandardButton.Yes:
                suggest_again(self, self.workspace)
        self.rules_dialog = RuleSettingsDialog(load_rule_settings(), self)
        open_form(self.rules_dialog, saved)

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_buttons()
        self._show_detail()
        self.selection_changed.emit()
