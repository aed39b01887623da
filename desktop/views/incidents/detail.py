"""The incident view beside the list: the facts, the workers involved (masked unless 显示完整号码),
the linked meetings, the notification board, the timeline and the reports.

It reads its incident in the background (``show_incident``); what it shows changes only through
operations. Its buttons say what the user asked for through signals the page acts on (the board
writes its own notifications).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.incidents.query import IncidentDetail, incident_detail
from desktop.services.kernel.permissions import Permission
from desktop.views.disputes.detail import fill, small_table
from desktop.views.incidents.board_widget import BoardWidget
from desktop.views.incidents.model import (
    ReportModel,
    TimelineModel,
    label,
    level_label,
    status_label,
    when,
)
from desktop.views.loading import PageLoader
from desktop.views.roles import needs
from desktop.views.table_model import ROW_ROLE
from desktop.views.workspace import Workspace

REPORT_NAMES = {"initial": QT_TRANSLATE_NOOP("Labels", "初报"), "followup": QT_TRANSLATE_NOOP("Labels", "续报"),
                "daily": QT_TRANSLATE_NOOP("Labels", "日报"), "final": QT_TRANSLATE_NOOP("Labels", "总结评估")}


def plain_table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class IncidentDetailView(QWidget):
    """One incident; ``show_incident(None)`` shows the hint instead."""

    unmask_requested = Signal(int)          # incident id
    export_report_requested = Signal(int)   # report id

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.detail: IncidentDetail | None = None
        self._incident_id: int | None = None
        self._export_available = False
        self.loader = PageLoader(workspace, self)
        self.heading_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.facts_label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.persons_table = small_table([self.tr("姓名"), self.tr("身份"), self.tr("身份证号码"), self.tr("电话"),
                                          self.tr("住址")])
        self.unmask_button = needs(QPushButton(self.tr("显示完整号码")), Permission.UNMASK)
        self.meetings_table = small_table([self.tr("联动会议"), self.tr("时间")], 0)
        self.board = BoardWidget(workspace)
        self.timeline_model = TimelineModel(self)
        self.timeline = plain_table(self.timeline_model)
        self.report_model = ReportModel(self)
        self.reports_table = plain_table(self.report_model)
        self.report_text = QPlainTextEdit(readOnly=True)
        self.export_button = QPushButton(self.tr("导出所选报告…"))
        self.next_label = QLabel(wordWrap=True)
        self.hint_label = QLabel(self.tr("选择一个事件查看详情。"))
        self.tabs = QTabWidget()
        self._lay_out()
        self._connect()
        self._show(None)

    def _section(self, title: str) -> QLabel:
        return QLabel(f"<b>{html.escape(title)}</b>")

    def _lay_out(self) -> None:
        info = QWidget()
        column = QVBoxLayout(info)
        column.addWidget(self.heading_label)
        column.addWidget(self.facts_label)
        persons_head = QHBoxLayout()
        persons_head.addWidget(self._section(self.tr("涉及人员")))
        persons_head.addStretch(1)
        persons_head.addWidget(self.unmask_button)
        column.addLayout(persons_head)
        column.addWidget(self.persons_table)
        column.addWidget(self._section(self.tr("关联联动会议")))
        column.addWidget(self.meetings_table)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(info)
        self.tabs.addTab(scroll, self.tr("事件信息"))
        self.tabs.addTab(self.board, self.tr("通报情况"))
        self.tabs.addTab(self.timeline, self.tr("处置经过"))
        self.tabs.addTab(self._reports_tab(), self.tr("报告"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.tabs, 1)

    def _reports_tab(self) -> QWidget:
        tab = QWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        splitter.addWidget(self.reports_table)
        splitter.addWidget(self.report_text)
        splitter.setSizes([420, 420])
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_label, 1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return tab

    def _connect(self) -> None:
        self.unmask_button.clicked.connect(self._on_unmask_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.reports_table.selectionModel().selectionChanged.connect(self._on_reports_selection_changed)

    # What the page calls.
    @property
    def incident_id(self) -> int | None:
        return self._incident_id

    def show_incident(self, incident_id: int | None) -> None:
        """Read ``incident_id`` (masked) in the background and show it; None clears the view."""
        self._incident_id = incident_id
        if incident_id is None:
            self._show(None)
            return
        self.loader.load(lambda s: incident_detail(s, incident_id), self._apply)

    def _apply(self, detail: IncidentDetail) -> None:
        if detail.row.id == self._incident_id:
            self._show(detail)

    def show_detail(self, detail: IncidentDetail) -> None:
        """Show ``detail`` as read (the unmasked one comes from the page's audited operation)."""
        self._incident_id = detail.row.id
        self._show(detail, unmasked=True)

    def set_export_enabled(self, enabled: bool) -> None:
        """The page enables 导出所选报告 when the report export exists."""
        self._export_available = enabled
        self._on_reports_selection_changed()

    # Showing.
    def _show(self, detail: IncidentDetail | None, unmasked: bool = False) -> None:
        self.detail = detail
        self.hint_label.setVisible(detail is None)
        self.tabs.setVisible(detail is not None)
        if detail is None:
            return
        row = detail.row
        self._show_heading(detail)
        fill(self.persons_table, [(p.name, p.role, p.id_number, p.phone, p.address) for p in detail.persons])
        self.unmask_button.setEnabled(not unmasked and bool(detail.persons) and not detail.purged)
        self.unmask_button.setText(self.tr("已显示完整号码（已记入审计日志）") if unmasked else self.tr("显示完整号码"))
        fill(self.meetings_table, [(title, when(start)) for _id, title, start in detail.meetings]
             or [(self.tr("（尚未关联联动会议）"), "")])
        self.board.show_board(row.id, row.parties, row.status == "closed")
        late = len(row.late)
        self.tabs.setTabText(1, self.tr("通报情况（{n}家超时）").format(n=late) if late else self.tr("通报情况"))
        self.timeline_model.set_rows(detail.timeline)
        self.timeline.resizeColumnsToContents()
        self._show_reports(detail)

    def _show_heading(self, detail: IncidentDetail) -> None:
        row = detail.row
        marks = [level_label(row.level), status_label(row.status)] + ([self.tr("演练")] if row.drill else [])
        self.heading_label.setText(
            f"<b style='font-size:14pt'>{html.escape(row.number)}</b>　{html.escape(row.title)}"
            f"　{html.escape('　'.join(marks))}<br>" + self.tr("企业：") + html.escape(row.enterprise)
            + (f"（{html.escape(row.uscc)}）" if row.uscc else ""))
        lines = ["　".join((self.tr("发生时间：{at}").format(at=when(row.began_at)),
                           self.tr("获悉时间：{at}").format(at=when(row.learned_at)),
                           self.tr("涉及职工{n}人").format(n=row.workers)))]
        for text, value in ((self.tr("地点：{text}"), detail.place), (self.tr("事件经过：{text}"), detail.happened),
                            (self.tr("主要诉求：{text}"), detail.demands),
                            (self.tr("已采取措施：{text}"), detail.measures),
                            (self.tr("处置结果：{text}"), detail.summary)):
            if value:
                lines.append(text.format(text=value))
        if row.closed_at is not None:
            lines.append(self.tr("处置结束时间：{at}").format(at=when(row.closed_at)))
        if detail.warning_id is not None:
            lines.append(self.tr("由预警 {id} 转入").format(id=detail.warning_id))
        if detail.case_id is not None:
            lines.append(self.tr("关联争议案件 {id}").format(id=detail.case_id))
        if detail.purged:
            lines.append(self.tr("涉及人员的个人信息已按保存期限删除。"))
        elif row.sealed:
            lines.append(self.tr("本事件已封存：个人信息仅作保存，不再处理。"))
        self.facts_label.setText("\n".join(lines))

    def _show_reports(self, detail: IncidentDetail) -> None:
        selected = self.selected_report_id()
        self.report_model.set_rows(detail.reports)
        self.reports_table.resizeColumnsToContents()
        due = [label(REPORT_NAMES.get(k, k)) for k in detail.next_reports]
        text = self.tr("可报送：{kinds}").format(kinds="、".join(due)) if due else self.tr("报告已齐全。")
        if detail.daily_due:
            text += self.tr("　今日日报尚未报送。")
        self.next_label.setText(text)
        count = len(detail.reports)
        self.tabs.setTabText(3, self.tr("报告（{n}）").format(n=count) if count else self.tr("报告"))
        if count:   # the report read before, else the newest
            kept = self.report_model.row_of_id(selected) if selected is not None else -1
            self.reports_table.selectRow(kept if kept >= 0 else count - 1)
        self._on_reports_selection_changed()

    # Slots.
    def selected_report_id(self) -> int | None:
        rows = self.reports_table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE).id if rows else None

    def _on_reports_selection_changed(self, *_args) -> None:
        rows = self.reports_table.selectionModel().selectedRows()
        report = rows[0].data(ROW_ROLE) if rows else None
        self.report_text.setPlainText(report.body if report is not None else "")
        self.export_button.setEnabled(report is not None and self._export_available)

    def _on_unmask_button_clicked(self) -> None:
        if self._incident_id is not None:
            self.unmask_requested.emit(self._incident_id)

    def _on_export_button_clicked(self) -> None:
        report_id = self.selected_report_id()
        if report_id is not None:
            self.export_report_requested.emit(report_id)
