"""The body page's 工作台 tab: this year's figures, the next meetings and the last issued minutes
(one click opens one), the open 督办 items and the decisions not yet made action items."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.kernel.timeutil import to_local
from desktop.views.bodies.overview_models import OpenItemModel, PendingDecisionModel, SnapshotTable
from desktop.views.bodies.parts import TableSection
from desktop.views.emphasis import set_warning, warns

if TYPE_CHECKING:  # (built before the first paint: no SQLAlchemy)
    from desktop.services.bodies.overview import (
        BodyOverview,
        IssuedMinutes,
        UpcomingMeeting,
        YearFigures,
    )

LEFT_COLUMN_WIDTH, LEFT_MIN_WIDTH = 360, 220
QWIDGETSIZE_MAX = 16777215
STYLE = """
QFrame#bodyFigure { background: #f8fafc; border: 1px solid #e5e7eb; border-radius: 6px; }
QLabel#bodyFigureValue { font-size: 20pt; font-weight: bold; color: #111827; }
QLabel#bodyFigureValue[warn="true"] { color: #c5221f; }
QLabel#bodyFigureCaption { color: #4b5563; }
QFrame#bodyLink { border: 1px solid transparent; border-radius: 6px; }
QFrame#bodyLink:hover, QFrame#bodyLink:focus { background: #eef4ff; border-color: #c7d7fe; }
QLabel#bodyEmpty { color: #6b7280; padding: 4px 8px; }
"""


WEEKDAYS = (QT_TRANSLATE_NOOP("OverviewTab", "周一"), QT_TRANSLATE_NOOP("OverviewTab", "周二"),
            QT_TRANSLATE_NOOP("OverviewTab", "周三"), QT_TRANSLATE_NOOP("OverviewTab", "周四"),
            QT_TRANSLATE_NOOP("OverviewTab", "周五"), QT_TRANSLATE_NOOP("OverviewTab", "周六"),
            QT_TRANSLATE_NOOP("OverviewTab", "周日"))


NOT_READ = "—"   # a figure before the first read


def _day(value: datetime) -> str:
    """``12月10日（周四）`` of ``value`` (aware) in Beijing time."""
    local = to_local(value)
    return QCoreApplication.translate("OverviewTab", "{month}月{day}日（{weekday}）").format(
        month=local.month, day=local.day,
        weekday=QCoreApplication.translate("OverviewTab", WEEKDAYS[local.weekday()]))


class FigureTile(QFrame):
    """A big number over its caption; the number in the warning colour when it asks for action.
    Until the first read has come (at start-up the database may still be opening) it shows a dash,
    not a zero that would say there is nothing."""

    def __init__(self, caption: str, parent=None) -> None:
        super().__init__(parent, objectName="bodyFigure")
        self.value_label = QLabel(NOT_READ, objectName="bodyFigureValue")
        self.caption_label = QLabel(caption, objectName="bodyFigureCaption", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_value(self, value: int, warn: bool = False) -> None:
        self.value_label.setText(f"{value:,}")
        set_warning(self.value_label, warn)

    @property
    def warns(self) -> bool:
        return warns(self.value_label)


class FigureGrid(QWidget):
    """The figure tiles in as many columns as the width allows (seven on a wide window)."""

    TILE_WIDTH = 110

    def __init__(self, tiles: list[QWidget], parent=None) -> None:
        super().__init__(parent)
        self._tiles = tiles
        self._columns = 0
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        for tile in tiles:
            tile.setMinimumWidth(self.TILE_WIDTH - 24)
        self.setMinimumWidth(self.TILE_WIDTH * 2)  # the grid's own minimum would pin the window wide
        self._place(len(tiles))

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for i, tile in enumerate(self._tiles):
            self._grid.addWidget(tile, i // columns, i % columns)
        for column in range(len(self._tiles)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._place(max(1, min(len(self._tiles), event.size().width() // self.TILE_WIDTH)))
        super().resizeEvent(event)


class ItemLink(QFrame):
    """One meeting or minutes as a card: a click (or Enter) opens it; long titles wrap."""

    clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="bodyLink")
        self.item_id = 0
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = QLabel(wordWrap=True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)

    def show_item(self, item_id: int, title: str, detail: str) -> None:
        self.item_id = item_id
        self.label.setText(f'<b style="color:#1d4ed8">{html.escape(title)}</b><br>'
                           f'<span style="color:#4b5563">{html.escape(detail)}</span>')
        self.setToolTip(title)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.item_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.item_id)
            return
        super().keyPressEvent(event)


class LinkList(QWidget):
    """A heading over ``ItemLink`` cards; ``chosen(id)`` when one is clicked."""

    chosen = Signal(int)

    def __init__(self, title: str, empty_text: str, parent=None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title, objectName="sectionTitle")
        self._empty_text = empty_text   # shown once the first read found nothing; until then:
        self.empty_label = QLabel(self.tr("正在读取…"), objectName="bodyEmpty", wordWrap=True)
        self._links: list[ItemLink] = []
        self._shown = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.empty_label)

    def set_links(self, links: list[tuple[int, str, str]]) -> None:
        """Show ``links`` (id, title, detail); the cards are kept and refilled, not made anew
        (a new styled widget costs more than new text on a switch of body)."""
        while len(self._links) < len(links):
            link = ItemLink()
            link.clicked.connect(self.chosen)
            self._layout.addWidget(link)
            self._links.append(link)
        for link, item in zip(self._links, links):
            link.show_item(*item)
        for number, link in enumerate(self._links):
            link.setVisible(number < len(links))
        self._shown = len(links)
        self.empty_label.setText(self._empty_text)
        self.empty_label.setVisible(not links)

    def links(self) -> list[ItemLink]:
        return self._links[:self._shown]


class OverviewTab(QWidget):
    """Shows a ``BodyOverview``; says what the user chose to open through its signals."""

    meeting_chosen = Signal(int)
    minutes_chosen = Signal(int)     # a meeting id: its minutes window opens
    action_chosen = Signal(int)
    decision_chosen = Signal(int)    # the meeting id of the decision: its minutes hold it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.year_label = QLabel(objectName="sectionTitle")
        self.figures = {name: FigureTile(caption) for name, caption in (
            ("meetings_planned", self.tr("计划会议")), ("meetings_held", self.tr("已召开")),
            ("decisions", self.tr("议定事项")), ("items_closed", self.tr("办结督办")),
            ("open_items", self.tr("未办结督办")), ("overdue_items", self.tr("逾期督办")),
            ("pending_decisions", self.tr("待转督办的议定事项")))}
        self.meetings = LinkList(self.tr("近期会议"), self.tr("没有已安排的会议。"))
        self.minutes = LinkList(self.tr("最近签发的纪要"), self.tr("还没有签发的纪要。"))
        self.items = TableSection(self.tr("未办结的督办事项"), None, (), table=SnapshotTable(OpenItemModel()))
        self.decisions = TableSection(self.tr("待转为督办事项的议定事项"), None, (),
                                      table=SnapshotTable(PendingDecisionModel()))
        for section in (self.items, self.decisions):
            section.title_label.setWordWrap(True)
        self.figure_grid = FigureGrid(list(self.figures.values()))
        self._lay_out()
        self.meetings.chosen.connect(self.meeting_chosen)
        self.minutes.chosen.connect(self.minutes_chosen)
        self.items.table.row_activated.connect(self._on_items_row_activated)
        self.decisions.table.row_activated.connect(self._on_decisions_row_activated)

    def _lay_out(self) -> None:
        figures = QHBoxLayout()
        figures.addWidget(self.year_label, 0, Qt.AlignmentFlag.AlignTop)
        figures.addWidget(self.figure_grid, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.meetings)
        column.addSpacing(8)
        column.addWidget(self.minutes)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that comes and goes narrows the cards after their wrapped height was
        # taken: the third line of a long title was cut. Always there, the width holds.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(left)
        scroll.setMinimumWidth(LEFT_MIN_WIDTH)
        right = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        right.addWidget(self.items)
        right.addWidget(self.decisions)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LEFT_COLUMN_WIDTH, 2 * LEFT_COLUMN_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(figures)
        layout.addSpacing(6)
        layout.addWidget(self.splitter, 1)

    def show_overview(self, overview: BodyOverview) -> None:
        self._show_figures(overview.figures)
        self.meetings.set_links([self._meeting_link(m) for m in overview.next_meetings])
        self.minutes.set_links([self._minutes_link(m) for m in overview.last_minutes])
        f = overview.figures
        self.items.set_rows(overview.open_items)
        self.items.title_label.setText(self._list_title(
            self.tr("未办结的督办事项（{n} 项，其中逾期 {late} 项）").format(n=f.open_items, late=f.overdue_items),
            len(overview.open_items), f.open_items))
        self.decisions.set_rows(overview.pending_decisions)
        shown = bool(overview.pending_decisions)
        self.decisions.table.setVisible(shown)
        self.decisions.setMaximumHeight(QWIDGETSIZE_MAX if shown else self.decisions.title_label.sizeHint().height() + 8)
        self.decisions.title_label.setText(self._list_title(
            self.tr("待转为督办事项的议定事项（{n} 项）").format(n=f.pending_decisions),
            len(overview.pending_decisions), f.pending_decisions) if f.pending_decisions else
            self.tr("待转为督办事项的议定事项：没有，每项议定事项都已转为督办事项。"))

    def _list_title(self, title: str, shown: int, total: int) -> str:
        return title if shown >= total else title + self.tr("：列出前 {shown} 项").format(shown=shown)

    def _show_figures(self, f: YearFigures) -> None:
        self.year_label.setText(self.tr("{year}年").format(year=f.year))
        for name, tile in self.figures.items():
            value = getattr(f, name)
            tile.set_value(value, warn=name == "overdue_items" and value > 0)

    def _meeting_link(self, m: UpcomingMeeting) -> tuple[int, str, str]:
        when = _day(m.start) if m.all_day else f"{_day(m.start)} {to_local(m.start):%H:%M}"
        detail = " · ".join(part for part in (when, m.place) if part)
        if m.status == "postponed":
            detail += self.tr("（已延期）")
        return m.id, m.title, detail

    def _minutes_link(self, m: IssuedMinutes) -> tuple[int, str, str]:
        day = to_local(m.issued_at).date()
        issued = self.tr("{year}年{month}月{day}日").format(year=day.year, month=day.month, day=day.day)
        state = self.tr("已分发") if m.state == "distributed" else self.tr("已签发")
        return m.id, m.title, f"{m.document_number} · {issued}{state}"

    def _on_items_row_activated(self, row) -> None:
        self.action_chosen.emit(row.id)

    def _on_decisions_row_activated(self, row) -> None:
        self.decision_chosen.emit(row.meeting_id)
