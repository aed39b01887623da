"""The leadership dashboard: what is still open, who owns it and how late it is.

Every figure is clickable: the page emits ``filter_requested`` with the ``ActionFilter`` behind
it (and an item to select, for the oldest items); the main window opens the action list on it.
A line of the dispute-case clocks due soon emits ``case_requested`` with the case's id, a line
of the open incidents ``incident_requested`` with the incident's id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.changes import Topic
from desktop.i18n import LABELS
from desktop.services.actions.dashboard import Dashboard, dashboard
from desktop.services.actions.query import ActionFilter
from desktop.services.actions.timing import AGEING_LABELS, Ageing
from desktop.services.kernel.timeutil import today_local
from desktop.views.changes import Subscription
from desktop.views.dashboard.case_clocks import CaseClocksPart
from desktop.views.dashboard.incidents import OpenIncidentsPart
from desktop.views.dashboard.parts import (
    CountTable,
    FigureButton,
    GroupModel,
    OldestModel,
)
from desktop.views.loading import PageLoader
from desktop.views.workspace import Workspace

if TYPE_CHECKING:
    from desktop.views.dashboard.trend import TrendChart

TREND_MIN_HEIGHT = 240


class DashboardPage(QWidget):
    """Reloads after any committed change of action items, bodies or the directory.

    The figures are read on a worker thread (``loader``); until they come the page shows the
    previous ones.
    """

    filter_requested = Signal(object, int)   # (ActionFilter, action id to select or 0)
    case_requested = Signal(int)             # a dispute case's clock was clicked
    incident_requested = Signal(int)         # an open incident was clicked
    selection_changed = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.board: Dashboard | None = None
        self.loader = PageLoader(workspace, self)
        self.title_label = QLabel(self.tr("督办看板"), objectName="pageTitle")
        self.as_of_label = QLabel(objectName="pageSubtitle")
        self.open_button = FigureButton(self.tr("未办结"))
        self.overdue_button = FigureButton(self.tr("已逾期"), warns=True)
        self.awaiting_button = FigureButton(self.tr("待确认办结"))
        self.ageing_buttons = {b: FigureButton(QCoreApplication.translate(LABELS, AGEING_LABELS[b.value]),
                                               warns=b is not Ageing.ON_TIME)
                               for b in Ageing}
        self.by_body = CountTable(GroupModel())
        self.by_lead = CountTable(GroupModel())
        self.oldest = CountTable(OldestModel())
        self.case_clocks = CaseClocksPart(workspace)   # follows Topic.CASES on its own
        self.incidents = OpenIncidentsPart(workspace)  # follows Topic.INCIDENTS on its own
        # The chart (QtCharts) is built when the first figures come, not with the page.
        self.trend: TrendChart | None = None
        self._trend_box = self._box(self.tr("近12个月新增与办结"), QWidget(minimumHeight=TREND_MIN_HEIGHT))
        self._lay_out()

        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.overdue_button.clicked.connect(self._on_overdue_button_clicked)
        self.awaiting_button.clicked.connect(self._on_awaiting_button_clicked)
        for bucket, button in self.ageing_buttons.items():
            button.clicked.connect(lambda _checked=False, b=bucket: self._on_ageing_button_clicked(b))
        self.by_body.cell_clicked.connect(self._on_group_cell_clicked)
        self.by_lead.cell_clicked.connect(self._on_group_cell_clicked)
        self.oldest.cell_clicked.connect(self._on_oldest_cell_clicked)
        self.case_clocks.case_requested.connect(self.case_requested)
        self.incidents.incident_requested.connect(self.incident_requested)
        self.subscription = Subscription(workspace.hub, self,
                                         (Topic.ACTIONS, Topic.BODIES, Topic.DIRECTORY), self._load_figures)

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.as_of_label, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.loader.status_label, 0, Qt.AlignmentFlag.AlignBottom)
        figures = QHBoxLayout()
        for button in (self.open_button, self.overdue_button, self.awaiting_button, *self.ageing_buttons.values()):
            figures.addWidget(button)
        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("按机制"), self.by_body), 0, 0)
        grid.addWidget(self._box(self.tr("按牵头单位"), self.by_lead), 0, 1)
        grid.addWidget(self._trend_box, 1, 0)
        grid.addWidget(self._box(self.tr("办理时间最长的十项"), self.oldest), 1, 1)
        grid.addWidget(self.incidents, 2, 0, 1, 2)
        grid.addWidget(self.case_clocks, 3, 0, 1, 2)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(figures)
        inner.addLayout(grid, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(content)   # a small window scrolls instead of growing the main window
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    # What the main window calls.
    def refresh(self) -> None:
        """Read every figure again (a few aggregate queries, on a worker thread)."""
        self._load_figures()
        self.case_clocks.refresh()
        self.incidents.refresh()

    def _load_figures(self) -> None:
        today = today_local()
        self.loader.load(lambda s: dashboard(s, today), self._show_board)

    def _show_board(self, board: Dashboard) -> None:
        self.board = board
        self.as_of_label.setText(self.tr("截至 {day}（北京时间）").format(day=board.today.isoformat()))
        self.open_button.set_value(board.open)
        self.overdue_button.set_value(board.overdue)
        self.awaiting_button.set_value(board.awaiting_signoff)
        for count in board.ageing:
            self.ageing_buttons[count.bucket].set_value(count.count)
        self.by_body.set_rows(board.by_body)
        self.by_lead.set_rows(board.by_lead)
        self.oldest.set_rows(board.oldest)
        self._chart().set_months(board.trend, self.tr("新增"), self.tr("办结"), "")

    def _chart(self) -> TrendChart:
        if self.trend is None:
            from desktop.views.dashboard.trend import TrendChart

            layout = self._trend_box.layout()
            placeholder = layout.itemAt(0).widget()
            self.trend = TrendChart()
            layout.replaceWidget(placeholder, self.trend)
            placeholder.deleteLater()
            self.trend.bar_clicked.connect(self._on_trend_bar_clicked)
        return self.trend

    def can_edit(self) -> bool:
        return False

    def can_delete(self) -> bool:
        return False

    def edit_current(self) -> None:
        pass

    def delete_current(self) -> None:
        pass

    def set_phones_revealed(self, _revealed: bool) -> None:
        pass

    # Slots.
    def _on_open_button_clicked(self) -> None:
        self.filter_requested.emit(ActionFilter(status="open"), 0)

    def _on_overdue_button_clicked(self) -> None:
        self.filter_requested.emit(ActionFilter(status="overdue"), 0)

    def _on_awaiting_button_clicked(self) -> None:
        self.filter_requested.emit(ActionFilter(status="awaiting_signoff"), 0)

    def _on_ageing_button_clicked(self, bucket: Ageing) -> None:
        count = next(c for c in self.board.ageing if c.bucket is bucket) if self.board else None
        self.filter_requested.emit(count.filter if count else ActionFilter(ageing=bucket, status="open"), 0)

    def _on_group_cell_clicked(self, group, column: int) -> None:
        self.filter_requested.emit(group.overdue_filter if column == 2 else group.open_filter, 0)

    def _on_oldest_cell_clicked(self, item, _column: int) -> None:
        self.filter_requested.emit(ActionFilter(status="open"), item.id)

    def _on_trend_bar_clicked(self, month, closed: bool) -> None:
        self.filter_requested.emit(month.closed_filter if closed else month.opened_filter, 0)
