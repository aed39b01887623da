"""处置中的突发事件 on the leadership dashboard: each open incident with its number, title and level,
the parties past their time limit in red and those told but not yet acknowledged in amber; a
drill is marked 【演练】. Those with late parties come first (``query.open_with_late_parties``).

A click on a line emits ``incident_requested`` with the incident's id. The part follows the change
hub on its own (incidents, enterprises, the directory's short names), and reads again every
minute while on screen, since a party turns late when its deadline passes without any change.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from desktop.changes import Topic
from desktop.services.incidents.query import IncidentRow, open_with_late_parties
from desktop.views.changes import Subscription
from desktop.views.dashboard.parts import CountTable
from desktop.views.disputes.model import AMBER, RED
from desktop.views.incidents.model import level_label, level_short, title_text
from desktop.views.loading import PageLoader
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

CONTEXT = "OpenIncidentModel"
TOPICS = (Topic.INCIDENTS, Topic.ENTERPRISES, Topic.DIRECTORY)
LATE_COLUMN, UNACKNOWLEDGED_COLUMN, LEVEL_COLUMN = 3, 4, 2
RECHECK_MS = 60_000


def late_text(row: IncidentRow) -> str:
    return "、".join(p.short for p in row.late)


def unacknowledged_text(row: IncidentRow) -> str:
    return "、".join(p.short for p in row.unacknowledged if not p.late)


class OpenIncidentModel(RowTableModel):
    """One line per open incident: number, title, level, parties late, parties not acknowledged."""

    CONTEXT = CONTEXT
    STRETCH_COLUMN = 1
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("OpenIncidentModel", "编号"), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("OpenIncidentModel", "事件"), title_text),
        Column(QT_TRANSLATE_NOOP("OpenIncidentModel", "级别"), lambda r: level_short(r.level)),
        Column(QT_TRANSLATE_NOOP("OpenIncidentModel", "超过通报时限"), late_text),
        Column(QT_TRANSLATE_NOOP("OpenIncidentModel", "未签收"), unacknowledged_text),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == LATE_COLUMN:
            return QBrush(RED) if row.late else None
        if role == Qt.ItemDataRole.ForegroundRole and column == UNACKNOWLEDGED_COLUMN:
            return QBrush(AMBER) if unacknowledged_text(row) else None
        if role == Qt.ItemDataRole.ToolTipRole and column == LATE_COLUMN:
            return "、".join(p.party for p in row.late) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == UNACKNOWLEDGED_COLUMN:
            return "、".join(p.party for p in row.unacknowledged if not p.late) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == LEVEL_COLUMN:
            return level_label(row.level)
        return super().data(index, role)


class OpenIncidentsPart(QGroupBox):
    """The open incidents and who has not been told, or not confirmed, in time."""

    incident_requested = Signal(int)    # a line was clicked: open this incident

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(self.tr("处置中的突发事件"), parent)
        self.incidents: list[IncidentRow] = []
        self.loader = PageLoader(workspace, self)
        self.summary_label = QLabel(wordWrap=True)
        self.table = CountTable(OpenIncidentModel())
        self.model: OpenIncidentModel = self.table.source_model
        self.recheck = QTimer(self, interval=RECHECK_MS)
        heading = QHBoxLayout()
        heading.addWidget(self.summary_label, 1)
        heading.addWidget(self.loader.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)

        self.table.cell_clicked.connect(self._on_table_cell_clicked)
        self.recheck.timeout.connect(self._on_recheck_timeout)
        self.subscription = Subscription(workspace.hub, self, TOPICS, self.refresh)
        self.recheck.start()

    def refresh(self) -> None:
        """Read the open incidents and their boards again, on a worker thread."""
        self.loader.load(open_with_late_parties, self._show_incidents)

    def _show_incidents(self, rows: list[IncidentRow]) -> None:
        self.incidents = list(rows)
        self.table.set_rows(self.incidents)
        self.table.resizeColumnToContents(0)   # the number whole: CountTable caps widths at 150
        late = sum(1 for r in self.incidents if r.late)
        if not self.incidents:
            text = self.tr("没有处置中的突发事件。")
        else:
            text = self.tr("{n} 起事件正在处置，其中 {late} 起有单位超过通报时限。点击一行打开事件。").format(
                n=len(self.incidents), late=late)
        self.summary_label.setText(text)

    def _on_table_cell_clicked(self, row: IncidentRow, _column: int) -> None:
        self.incident_requested.emit(row.id)

    def _on_recheck_timeout(self) -> None:
        if self.isVisible() and not self.loader.loading:
            self.refresh()
