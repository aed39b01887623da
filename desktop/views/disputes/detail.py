"""The case view beside the list: the case's facts, its parties (masked unless 显示完整号码), claims,
running clocks with their extensions and pauses, the timeline, and the 卷宗与证据 tab.

It reads its case in the background (``show_case``); what it shows changes only through the page's
operations. Its buttons say what the user asked for through signals the page acts on.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.disputes.labels import BODY_LABELS, SOURCE_LABELS
from desktop.services.disputes.query import AdjustmentRow, CaseDetail, case_detail
from desktop.services.disputes.rules import DEFAULTS
from desktop.services.kernel.permissions import Permission
from desktop.views.disputes.model import (
    STATE_COLOURS,
    TimelineModel,
    category_label,
    days_text,
    label,
    stage_label,
)
from desktop.views.loading import PageLoader
from desktop.views.roles import needs
from desktop.views.workspace import Workspace

ROLE_NAMES = {"applicant": QT_TRANSLATE_NOOP("CaseDetailView", "申请人"),
              "representative": QT_TRANSLATE_NOOP("CaseDetailView", "代表")}


def money(amount: Decimal | None) -> str:
    return "" if amount is None else f"{amount:,.2f}"


def small_table(headers: Sequence[str], stretch: int = -1) -> QTableWidget:
    """A read-only table of a few rows that shows them all without its own scroll bar."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch % len(headers), QHeaderView.ResizeMode.Stretch)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], brushes: Sequence[QBrush | None] = ()) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if r < len(brushes) and brushes[r] is not None:
                item.setForeground(brushes[r])
            table.setItem(r, c, item)
    header = table.horizontalHeader().height()
    bar = table.horizontalScrollBar().sizeHint().height()   # room for it when the columns are too wide
    table.setFixedHeight(header + sum(table.rowHeight(r) for r in range(len(rows))) + 2 * table.frameWidth() + bar)


class CaseDetailView(QWidget):
    """One case; ``show_case(None)`` shows the hint instead."""

    unmask_requested = Signal(int)               # case id
    remove_adjustment_requested = Signal(object)  # AdjustmentRow
    warning_requested = Signal(int)              # warning id
    enterprise_requested = Signal(int)           # enterprise id

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.detail: CaseDetail | None = None
        self._case_id: int | None = None
        self.loader = PageLoader(workspace, self)
        self.heading_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.facts_label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parties_table = small_table([self.tr("姓名"), self.tr("身份"), self.tr("身份证号码"),
                                          self.tr("电话"), self.tr("住址")])
        self.unmask_button = needs(QPushButton(self.tr("显示完整号码")), Permission.UNMASK)
        self.claims_table = small_table([self.tr("请求事项"), self.tr("请求金额（元）"), self.tr("协议金额（元）")], 0)
        self.clocks_table = small_table([self.tr("期限"), self.tr("起算日"), self.tr("末日"), self.tr("剩余"),
                                         self.tr("说明")])
        self.adjustments_table = small_table([self.tr("期限"), self.tr("调整"), self.tr("内容"), self.tr("理由"),
                                              self.tr("状态")], 3)
        self.remove_button = needs(QPushButton(self.tr("撤销所选调整…")), Permission.WRITE)
        self.warning_label = QLabel(textFormat=Qt.TextFormat.RichText)
        self.agreement_label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline_model = TimelineModel(self)
        self.timeline = QTableView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.verticalHeader().hide()
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.hint_label = QLabel(self.tr("选择一个案件查看详情。"))
        self.casefile_panel: QWidget | None = None
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
        parties_head = QHBoxLayout()
        parties_head.addWidget(self._section(self.tr("当事人")))
        parties_head.addStretch(1)
        parties_head.addWidget(self.unmask_button)
        column.addLayout(parties_head)
        column.addWidget(self.parties_table)
        column.addWidget(self._section(self.tr("请求事项")))
        column.addWidget(self.claims_table)
        column.addWidget(self._section(self.tr("期限")))
        column.addWidget(self.clocks_table)
        adjust_head = QHBoxLayout()
        adjust_head.addWidget(self._section(self.tr("延期与中止")))
        adjust_head.addStretch(1)
        adjust_head.addWidget(self.remove_button)
        column.addLayout(adjust_head)
        column.addWidget(self.adjustments_table)
        column.addWidget(self.warning_label)
        column.addWidget(self.agreement_label)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(info)
        self.tabs.addTab(scroll, self.tr("案件信息"))
        self.tabs.addTab(self.timeline, self.tr("办理经过"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.unmask_button.clicked.connect(self._on_unmask_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.adjustments_table.itemSelectionChanged.connect(self._update_buttons)
        self.warning_label.linkActivated.connect(self._on_link_activated)
        self.heading_label.linkActivated.connect(self._on_link_activated)

    def add_casefile_panel(self, panel: QWidget) -> None:
        """The 卷宗与证据 tab (``panel.show_case(case_id)`` follows the case shown)."""
        self.casefile_panel = panel
        self.tabs.addTab(panel, self.tr("卷宗与证据"))

    # What the page calls.
    @property
    def case_id(self) -> int | None:
        return self._case_id

    def show_case(self, case_id: int | None) -> None:
        """Read ``case_id`` (masked) in the background and show it; None clears the view."""
        self._case_id = case_id
        if self.casefile_panel is not None:
            self.casefile_panel.show_case(case_id)
        if case_id is None:
            self._show(None)
            return
        self.loader.load(lambda s: case_detail(s, case_id), self._apply)

    def _apply(self, detail: CaseDetail) -> None:
        if detail.row.id == self._case_id:
            self._show(detail)

    def show_detail(self, detail: CaseDetail) -> None:
        """Show ``detail`` as read (the unmasked one comes from the page's audited operation)."""
        self._case_id = detail.row.id
        self._show(detail)

    # Showing.
    def _show(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        self.hint_label.setVisible(detail is None)
        self.tabs.setVisible(detail is not None)
        if detail is None:
            return
        self._show_heading(detail)
        fill(self.parties_table, [(p.name, QCoreApplication.translate("CaseDetailView", ROLE_NAMES.get(p.role, p.role)), p.id_number, p.phone,
                                   p.address) for p in detail.parties])
        self.unmask_button.setEnabled(not detail.unmasked and bool(detail.parties))
        self.unmask_button.setText(self.tr("已显示完整号码（已记入审计日志）") if detail.unmasked
                                   else self.tr("显示完整号码"))
        fill(self.claims_table, [(c.text, money(c.amount), money(c.agreed_amount)) for c in detail.claims]
             + [(self.tr("合计"), money(detail.row.amount_claimed), "")])
        self._show_clocks(detail)
        fill(self.adjustments_table, [self._adjustment_cells(a) for a in detail.adjustments])
        self._show_links(detail)
        self.timeline_model.set_steps(detail.steps)
        self.timeline.resizeColumnsToContents()
        self._update_buttons()

    def _show_heading(self, detail: CaseDetail) -> None:
        row, case = detail.row, detail.case
        self.heading_label.setText(
            f"<b style='font-size:14pt'>{html.escape(row.number)}</b>　{html.escape(stage_label(row.stage))}<br>"
            + self.tr("用人单位：") + f"<a href='enterprise:{row.enterprise_id}'>{html.escape(row.employer)}</a>"
            + (f"（{html.escape(row.uscc)}）" if row.uscc else ""))
        facts = [
            self.tr("受理日期：{day}").format(day=row.received.isoformat()),
            self.tr("类别：{category}").format(category=category_label(row.category)),
            self.tr("来源：{source}").format(source=label(SOURCE_LABELS.get(row.source, row.source))),
            self.tr("调解组织：{body}").format(body=label(BODY_LABELS.get(case["mediation_body"], ""))),
            self.tr("调解员：{name}").format(name=row.mediator or self.tr("未指定")),
            (self.tr("集体争议，涉及职工{n}人") if row.collective else self.tr("涉及职工{n}人")).format(n=row.workers),
        ]
        if case["knew_on"]:
            facts.append(self.tr("知道权利被侵害之日：{day}").format(day=case["knew_on"].isoformat()))
        if case["arrears_in_employment"]:
            facts.append(self.tr("劳动关系存续期间拖欠劳动报酬（不受一年仲裁时效限制）"))
        if case["oral"]:
            facts.append(self.tr("口头申请"))
        lines = ["　".join(facts[:3]), "　".join(facts[3:])]
        if case["matter"]:
            lines.append(self.tr("争议事项：{text}").format(text=case["matter"]))
        if case["reasons"]:
            lines.append(self.tr("事实与理由：{text}").format(text=case["reasons"]))
        self.facts_label.setText("\n".join(lines))

    def _show_clocks(self, detail: CaseDetail) -> None:
        clocks = detail.row.clocks
        rows = [(c.name, c.start.isoformat() if c.start else "", c.due.isoformat() if c.due else "",
                 days_text(c), c.note or (self.tr("已延期{n}日").format(n=c.extension_days) if c.extension_days
                                          else "")) for c in clocks]
        if not rows:
            rows = [(self.tr("（本阶段没有计算中的期限）"), "", "", "", "")]
        brushes = [QBrush(STATE_COLOURS[c.state]) if c.state in STATE_COLOURS else None for c in clocks]
        fill(self.clocks_table, rows, brushes)

    def _adjustment_cells(self, adj: AdjustmentRow) -> tuple[str, ...]:
        name = DEFAULTS[adj.rule].name if adj.rule in DEFAULTS else adj.rule
        clock = next((c.name for c in self.detail.row.clocks if c.rule == adj.rule), name)
        if adj.kind == "extension":
            kind, what = self.tr("延期"), self.tr("{n}日").format(n=adj.days or 0)
        else:
            kind = self.tr("中止")
            what = (f"{adj.first_day} — {adj.last_day}" if adj.last_day
                    else self.tr("{day}起，中止中").format(day=adj.first_day))
        return clock, kind, what, adj.reason, self.tr("已撤销") if adj.removed else self.tr("有效")

    def _show_links(self, detail: CaseDetail) -> None:
        row, case = detail.row, detail.case
        self.warning_label.setVisible(row.warning_id is not None)
        if row.warning_id is not None:
            self.warning_label.setText(self.tr("关联预警：<a href='warning:{id}'>预警 {id}（查看）</a>")
                                       .format(id=row.warning_id))
        terms = case["agreement_terms"]
        self.agreement_label.setVisible(bool(terms))
        if terms:
            self.agreement_label.setText("\n".join((
                self.tr("调解协议（{day}生效）：{terms}").format(day=case["agreement_on"] or "", terms=terms),
                self.tr("履行期限：{day}　履行方式、地点：{how}").format(day=case["perform_by"] or "",
                                                               how=case["perform_how"] or self.tr("（未写明）")))))

    # Slots.
    def selected_adjustment(self) -> AdjustmentRow | None:
        rows = self.adjustments_table.selectionModel().selectedRows()
        if self.detail is None or not rows:
            return None
        return self.detail.adjustments[rows[0].row()]

    def _update_buttons(self) -> None:
        adj = self.selected_adjustment()
        self.remove_button.setEnabled(adj is not None and not adj.removed)

    def _on_unmask_button_clicked(self) -> None:
        if self._case_id is not None:
            self.unmask_requested.emit(self._case_id)

    def _on_remove_button_clicked(self) -> None:
        adj = self.selected_adjustment()
        if adj is not None and not adj.removed:
            self.remove_adjustment_requested.emit(adj)

    def _on_link_activated(self, link: str) -> None:
        kind, _, number = link.partition(":")
        if kind == "warning":
            self.warning_requested.emit(int(number))
        elif kind == "enterprise":
            self.enterprise_requested.emit(int(number))
