"""案件期限临近: the running clocks of open dispute cases due within the window (7 days unless the
case settings say otherwise) or already passed, for the leadership dashboard and the 督办 list.

Red once passed, amber from ``amber_days`` left, as the case register shows them. A click on a
line emits ``case_requested`` with the case's id. The part follows the change hub on its own:
it reloads when cases, employers or the working-day calendar change, at once if on screen, else when it
is shown next; its owner only calls ``refresh`` for the first load and for F5.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from desktop.changes import Topic
from desktop.services.disputes.query import DueClock, clocks_due_within
from desktop.services.disputes.settings import load_case_settings
from desktop.services.kernel.timeutil import today_local
from desktop.views.changes import Subscription
from desktop.views.dashboard.parts import CountTable
from desktop.views.disputes.model import STATE_COLOURS, days_text
from desktop.views.loading import PageLoader
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

CONTEXT = "CaseClockModel"
TOPICS = (Topic.CASES, Topic.ENTERPRISES, Topic.HOLIDAYS)
COMPACT_ROWS = 4     # the 督办 list's strip shows this many lines before it scrolls
COLOURED_COLUMNS = (3, 4)   # the last day and the days left


def _due_text(due: DueClock) -> str:
    return due.clock.due.isoformat() if due.clock.due else ""


class CaseClockModel(RowTableModel):
    """One line per clock: case number, employer, clock, last day, days left."""

    CONTEXT = CONTEXT
    STRETCH_COLUMN = 1
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CaseClockModel", "案号"), lambda d: d.number),
        Column(QT_TRANSLATE_NOOP("CaseClockModel", "用人单位"), lambda d: d.employer),
        Column(QT_TRANSLATE_NOOP("CaseClockModel", "期限"), lambda d: d.clock.name),
        Column(QT_TRANSLATE_NOOP("CaseClockModel", "到期日"), _due_text),
        Column(QT_TRANSLATE_NOOP("CaseClockModel", "剩余天数"), lambda d: days_text(d.clock)),
    )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() in COLOURED_COLUMNS:
            rows = self.rows()
            if 0 <= index.row() < len(rows):
                return STATE_COLOURS.get(rows[index.row()].clock.state)
        return super().data(index, role)


class CaseClocksPart(QGroupBox):
    """The clocks due soon; ``compact`` keeps it a few lines high (the 督办 list's strip)."""

    case_requested = Signal(int)    # a line was clicked: open this case

    def __init__(self, workspace: Workspace, parent=None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.due: list[DueClock] = []
        self.loader = PageLoader(workspace, self)
        self.summary_label = QLabel(wordWrap=True)
        self.table = CountTable(CaseClockModel())
        self.model: CaseClockModel = self.table.source_model
        if compact:
            rows = self.table.verticalHeader().defaultSectionSize() * COMPACT_ROWS
            self.table.setMaximumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        heading = QHBoxLayout()
        heading.addWidget(self.summary_label, 1)
        heading.addWidget(self.loader.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)
        self._set_title(load_case_settings().soon_days)

        self.table.cell_clicked.connect(self._on_table_cell_clicked)
        self.subscription = Subscription(workspace.hub, self, TOPICS, self.refresh)

    def _set_title(self, days: int) -> None:
        self.setTitle(self.tr("案件期限临近（{n}日内到期或已超期）").format(n=days))

    def refresh(self) -> None:
        """Read the clocks due soon again, on a worker thread."""
        today, days = today_local(), load_case_settings().soon_days
        self._set_title(days)
        self.loader.load(lambda s: clocks_due_within(s, days, today=today), self._show_due)

    def _show_due(self, due: list[DueClock]) -> None:
        self.due = list(due)
        self.table.set_rows(self.due)
        self.table.resizeColumnToContents(0)   # the case number whole: CountTable caps widths at 150
        passed = sum(1 for d in self.due if d.clock.state == "red")
        if not self.due:
            text = self.tr("没有临近或超期的案件期限。")
        else:
            text = self.tr("{n} 项期限临近，其中已超期 {passed} 项。点击一行打开案件。").format(
                n=len(self.due), passed=passed)
        self.summary_label.setText(text)

    def _on_table_cell_clicked(self, due: DueClock, _column: int) -> None:
        self.case_requested.emit(due.case_id)
