"""The week view: a header with the days and all-day meetings over the scrolling time grid."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from desktop.services.dates.holidays import DayInfo, DayKind
from desktop.services.meetings.queries import MeetingRow
from desktop.views.calendar import chips
from desktop.views.calendar.month_view import days_covered
from desktop.views.calendar.periods import Period
from desktop.views.calendar.week_grid import GUTTER, HOUR_HEIGHT, WeekGrid

ALL_DAY_LINES = 2
FIRST_HOUR = 8


class WeekHeader(QWidget):
    """Day names and dates, holiday marks, and up to two all-day meetings a day."""

    meeting_selected = Signal(object)
    meeting_activated = Signal(object)
    context_menu_requested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.right_margin = 0
        self._days: list[date] = []
        self._today = date.today()
        self._special: dict[date, DayInfo] = {}
        self._all_day: dict[date, list[MeetingRow]] = {}
        self._chips: list[tuple[QRect, MeetingRow]] = []
        self._selected_id: int | None = None
        line = chips.line_height(self.fontMetrics(), self.font()) + 4
        self.setFixedHeight(2 * line + 6 + ALL_DAY_LINES * (line + 2))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(800, self.height())

    def set_data(self, days: Sequence[date], all_day: dict[date, list[MeetingRow]],
                 special: dict[date, DayInfo], today: date, selected_id: int | None) -> None:
        self._days, self._all_day, self._special = list(days), all_day, special
        self._today, self._selected_id = today, selected_id
        self._lay_out()
        self.update()

    def select_id(self, meeting_id: int | None) -> None:
        self._selected_id = meeting_id
        self.update()

    def _column(self, column: int) -> tuple[int, int]:
        width = self.width() - GUTTER - self.right_margin
        return GUTTER + column * width // 7, GUTTER + (column + 1) * width // 7

    def _lay_out(self) -> None:
        self._chips = []
        line = chips.line_height(self.fontMetrics(), self.font()) + 4
        for column, day in enumerate(self._days):
            x0, x1 = self._column(column)
            for number, row in enumerate(self._all_day.get(day, [])[:ALL_DAY_LINES]):
                top = 2 * line + 4 + number * (line + 2)
                self._chips.append((QRect(x0 + 2, top, x1 - x0 - 4, line), row))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._lay_out()
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f9fafb"))
        line = chips.line_height(self.fontMetrics(), self.font()) + 4
        painter.setPen(QColor("#6b7280"))
        painter.drawText(QRect(0, 2 * line + 4, GUTTER - 6, line),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.tr("全天"))
        for column, day in enumerate(self._days):
            self._paint_day(painter, column, day, line)
        for rect, row in self._chips:
            chips.paint_chip(painter, rect, row, chips.chip_text(row, with_time=False),
                             row.id == self._selected_id)
        painter.setPen(chips.GRID_COLOUR)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def _paint_day(self, painter: QPainter, column: int, day: date, line: int) -> None:
        x0, x1 = self._column(column)
        if day == self._today:
            painter.fillRect(QRect(x0, 0, x1 - x0, self.height()), QColor("#eff6ff"))
        special = self._special.get(day)
        holiday = special is not None and special.kind == DayKind.HOLIDAY.value
        painter.setPen(chips.TODAY_COLOUR if day == self._today
                       else chips.HOLIDAY_COLOUR if holiday else QColor("#111827"))
        title = self.tr("{weekday} {month}/{day}").format(
            weekday=chips.short_weekday(day), month=day.month, day=day.day)
        painter.drawText(QRect(x0, 2, x1 - x0, line), int(Qt.AlignmentFlag.AlignCenter), title)
        if special is not None:
            text = self.tr("休 {name}").format(name=special.name) if holiday else self.tr("调休上班")
            painter.setPen(chips.HOLIDAY_COLOUR if holiday else chips.WORKDAY_COLOUR)
            text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, x1 - x0 - 4)
            painter.drawText(QRect(x0, line + 2, x1 - x0, line), int(Qt.AlignmentFlag.AlignCenter), text)
        hidden = len(self._all_day.get(day, [])) - ALL_DAY_LINES
        if hidden > 0:
            painter.setPen(QColor("#2563eb"))
            painter.drawText(QRect(x0, self.height() - line, x1 - x0 - 4, line),
                             int(Qt.AlignmentFlag.AlignRight), self.tr("+{n}").format(n=hidden))
        painter.setPen(chips.GRID_COLOUR)
        painter.drawLine(x0, 0, x0, self.height())

    def row_at(self, pos: QPoint) -> MeetingRow | None:
        return next((row for rect, row in self._chips if rect.contains(pos)), None)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        row = self.row_at(event.position().toPoint())
        self._selected_id = row.id if row else None
        self.update()
        self.meeting_selected.emit(row)
        if event.button() == Qt.MouseButton.RightButton and row is not None:
            self.context_menu_requested.emit(row, event.globalPosition().toPoint())

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        row = self.row_at(event.position().toPoint())
        if row is not None:
            self.meeting_activated.emit(row)


class WeekView(QWidget):
    """Re-emits what its header and grid report, with the same signals as the month view."""

    meeting_selected = Signal(object)
    meeting_activated = Signal(object)
    context_menu_requested = Signal(object, QPoint)
    slot_selected = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = WeekHeader()
        self.grid = WeekGrid()
        self.scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setWidget(self.grid)
        self.header.right_margin = self.scroll.verticalScrollBar().sizeHint().width()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self._rows: dict[int, MeetingRow] = {}
        self._selected_id: int | None = None
        for part in (self.header, self.grid):
            part.meeting_selected.connect(self._on_part_meeting_selected)
            part.meeting_activated.connect(self.meeting_activated)
            part.context_menu_requested.connect(self.context_menu_requested)
        self.grid.slot_selected.connect(self.slot_selected)
        self.scroll_to_hour(FIRST_HOUR)

    def set_data(self, period: Period, meetings: Sequence[MeetingRow],
                 special_days: Sequence[DayInfo], today: date) -> None:
        days = period.days
        special = {d.date: d for d in special_days}
        self._rows = {r.id: r for r in meetings}
        if self._selected_id not in self._rows:
            self._selected_id = None
        selected = self._selected_id
        all_day: dict[date, list[MeetingRow]] = {}
        for row in meetings:
            if row.all_day:
                for day in days_covered(row, period.first, period.last):
                    all_day.setdefault(day, []).append(row)
        self.header.set_data(days, all_day, special, today, selected)
        self.grid.set_data(days, [r for r in meetings if not r.all_day], special, today, selected)

    def selected_row(self) -> MeetingRow | None:
        return self._rows.get(self._selected_id) if self._selected_id is not None else None

    def select_id(self, meeting_id: int | None) -> None:
        self._selected_id = meeting_id
        self.header.select_id(meeting_id)
        self.grid.select_id(meeting_id)

    def scroll_to_hour(self, hour: int) -> None:
        # a little above the hour's line: its label is drawn centred on it ("08:00" was half hidden)
        self.scroll.verticalScrollBar().setValue(max(0, hour * HOUR_HEIGHT - HOUR_HEIGHT // 3))

    def _on_part_meeting_selected(self, row: MeetingRow | None) -> None:
        self.select_id(row.id if row else None)
        self.meeting_selected.emit(row)
