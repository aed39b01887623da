"""The month grid: six weeks of days, each listing its meetings as coloured chips.

One widget paints everything (no widget per meeting): the chips' rectangles are computed when
the data or the size changes and reused by paintEvent and by hit-testing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.services.dates.holidays import DayInfo, DayKind
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings.queries import MeetingRow
from desktop.views.calendar import chips
from desktop.views.calendar.periods import Period

CHIP_GAP = 2
WHEEL_STEP = 120


def days_covered(row: MeetingRow, first: date, last: date) -> list[date]:
    """The local days a meeting shows on within ``first``..``last``."""
    start, end = to_local(row.start), to_local(row.end)
    stop = end.date()
    if end.time() == time(0) and stop > start.date():
        stop -= timedelta(days=1)  # ending at midnight: that day is not taken
    day, out = max(start.date(), first), []
    while day <= min(stop, last):
        out.append(day)
        day += timedelta(days=1)
    return out


class MonthView(QWidget):
    """Emits what the user did; the calendar page decides what follows."""

    meeting_selected = Signal(object)               # MeetingRow, or None
    meeting_activated = Signal(object)              # MeetingRow double-clicked
    context_menu_requested = Signal(object, QPoint)  # MeetingRow, global position
    day_activated = Signal(object)                  # date double-clicked outside any meeting
    more_clicked = Signal(object)                   # date whose "more" line was clicked
    scrolled = Signal(int)                          # +1 next month, -1 previous

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._period: Period | None = None
        self._today = date.today()
        self._by_day: dict[date, list[MeetingRow]] = {}
        self._special: dict[date, DayInfo] = {}
        self._selected_id: int | None = None
        self._wheel = 0
        self._cells: list[tuple[QRect, date]] = []
        self._chips: list[tuple[QRect, MeetingRow]] = []
        self._more: list[tuple[QRect, date, int]] = []

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(840, 620)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 320)

    # ------------------------------------------------------------ data
    def set_data(self, period: Period, meetings: Sequence[MeetingRow],
                 special_days: Sequence[DayInfo], today: date) -> None:
        self._period, self._today = period, today
        by_day: dict[date, list[MeetingRow]] = defaultdict(list)
        for row in meetings:
            for day in days_covered(row, period.first, period.last):
                by_day[day].append(row)
        for rows in by_day.values():
            rows.sort(key=lambda r: (not r.all_day, r.start, r.id))
        self._by_day = dict(by_day)
        self._special = {d.date: d for d in special_days}
        if self._selected_id is not None and self.row_of_id(self._selected_id) is None:
            self._selected_id = None
        self._lay_out()
        self.update()

    def row_of_id(self, meeting_id: int) -> MeetingRow | None:
        return next((r for rows in self._by_day.values() for r in rows if r.id == meeting_id), None)

    def selected_row(self) -> MeetingRow | None:
        return self.row_of_id(self._selected_id) if self._selected_id is not None else None

    def select_id(self, meeting_id: int | None) -> None:
        self._selected_id = meeting_id
        self.update()

    def shown_meeting_ids(self) -> set[int]:
        """Meetings that have a chip (not hidden behind a day's "more" line)."""
        return {row.id for _rect, row in self._chips}

    def chip_rect(self, meeting_id: int) -> QRect | None:
        return next((rect for rect, row in self._chips if row.id == meeting_id), None)

    def more_rect(self, day: date) -> QRect | None:
        """Where a busy day's "还有 N 项" line is, if it has one."""
        return next((rect for rect, d, _n in self._more if d == day), None)

    def day_rect(self, day: date) -> QRect | None:
        return next((rect for rect, d in self._cells if d == day), None)

    # ------------------------------------------------------------ layout
    def _header_height(self) -> int:
        return chips.line_height(self.fontMetrics(), self.font()) + 10

    def _line_height(self) -> int:
        return chips.line_height(self.fontMetrics(), self.font()) + 4

    def _lay_out(self) -> None:
        self._cells, self._chips, self._more = [], [], []
        if self._period is None:
            return
        days = self._period.days
        rows = len(days) // 7
        top = self._header_height()
        width, height = self.width(), self.height() - top
        line = self._line_height()
        for index, day in enumerate(days):
            row, col = divmod(index, 7)
            x0, x1 = col * width // 7, (col + 1) * width // 7
            y0, y1 = top + row * height // rows, top + (row + 1) * height // rows
            cell = QRect(x0, y0, x1 - x0, y1 - y0)
            self._cells.append((cell, day))
            self._lay_out_day(cell, day, line)

    def _lay_out_day(self, cell: QRect, day: date, line: int) -> None:
        meetings = self._by_day.get(day, [])
        y = cell.top() + line + 2
        space = cell.bottom() - 2 - y + CHIP_GAP
        room = max(0, space // (line + CHIP_GAP))
        shown = meetings if len(meetings) <= room else meetings[:max(0, room - 1)]
        # a quiet day gives each chip two lines, so long titles wrap instead of being cut
        double = 2 * chips.line_height(self.fontMetrics(), self.font()) + 4
        height = double if len(meetings) * (double + CHIP_GAP) <= space else line
        for row in shown:
            self._chips.append((QRect(cell.left() + 3, y, cell.width() - 6, height), row))
            y += height + CHIP_GAP
        hidden = len(meetings) - len(shown)
        if hidden:
            self._more.append((QRect(cell.left() + 3, y, cell.width() - 6, line), day, hidden))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._lay_out()
        super().resizeEvent(event)

    # ------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        self._paint_header(painter)
        for cell, day in self._cells:
            if cell.intersects(event.rect()):
                self._paint_day(painter, cell, day)
        for rect, row in self._chips:
            if rect.intersects(event.rect()):
                chips.paint_chip(painter, rect, row, chips.chip_text(row), row.id == self._selected_id)
        painter.setPen(QColor("#2563eb"))
        for rect, _day, hidden in self._more:
            painter.drawText(rect.adjusted(6, 0, 0, 0), int(Qt.AlignmentFlag.AlignVCenter),
                             self.tr("还有 {n} 项…").format(n=hidden))
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        height = self._header_height()
        painter.fillRect(QRect(0, 0, self.width(), height), QColor("#f3f4f6"))
        painter.setPen(QColor("#374151"))
        for col in range(7):
            x0, x1 = col * self.width() // 7, (col + 1) * self.width() // 7
            painter.drawText(QRect(x0, 0, x1 - x0, height), int(Qt.AlignmentFlag.AlignCenter),
                             chips.short_weekday(self._period.first + timedelta(days=col))
                             if self._period else "")

    def _paint_day(self, painter: QPainter, cell: QRect, day: date) -> None:
        in_month = day.month == self._period.anchor.month
        if day == self._today:
            painter.fillRect(cell, QColor("#eff6ff"))
        elif not in_month:
            painter.fillRect(cell, QColor("#fafafa"))
        painter.setPen(chips.GRID_COLOUR)
        painter.drawRect(cell.adjusted(0, 0, -1, -1))
        line = self._line_height()
        special = self._special.get(day)
        holiday = special is not None and special.kind == DayKind.HOLIDAY.value
        colour = chips.HOLIDAY_COLOUR if holiday else QColor("#111827") if in_month else chips.MUTED_TEXT
        self._paint_day_number(painter, QRect(cell.left() + 4, cell.top() + 2, line + 4, line - 2),
                               day, colour)
        if special is not None:
            self._paint_day_kind(painter, cell, special, line)

    def _paint_day_number(self, painter: QPainter, box: QRect, day: date, colour: QColor) -> None:
        """The day's number (``11月1日`` on the first); today's sits in a blue pill."""
        label = str(day.day) if day.day != 1 else self.tr("{m}月{d}日").format(m=day.month, d=day.day)
        painter.save()
        if day == self._today:
            font = QFont(painter.font())
            font.setBold(True)
            painter.setFont(font)
            box.setWidth(max(box.width(), painter.fontMetrics().horizontalAdvance(label) + 10))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(chips.TODAY_COLOUR)
            painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
            colour = QColor("#ffffff")
        else:
            box.setWidth(max(box.width(), painter.fontMetrics().horizontalAdvance(label) + 4))
        painter.setPen(colour)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()

    def _paint_day_kind(self, painter: QPainter, cell: QRect, info: DayInfo, line: int) -> None:
        holiday = info.kind == DayKind.HOLIDAY.value
        text = self.tr("休 {name}").format(name=info.name) if holiday else self.tr("班")
        rect = QRect(cell.left() + line + 40, cell.top() + 2, cell.width() - line - 46, line - 2)
        painter.setPen(chips.HOLIDAY_COLOUR if holiday else chips.WORKDAY_COLOUR)
        text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)

    # ------------------------------------------------------------ input
    def row_at(self, pos: QPoint) -> MeetingRow | None:
        return next((row for rect, row in self._chips if rect.contains(pos)), None)

    def day_at(self, pos: QPoint) -> date | None:
        return next((day for rect, day in self._cells if rect.contains(pos)), None)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        row = self.row_at(pos)
        self._selected_id = row.id if row else None
        self.update()
        self.meeting_selected.emit(row)
        more = next((day for rect, day, _n in self._more if rect.contains(pos)), None)
        if event.button() == Qt.MouseButton.RightButton and row is not None:
            self.context_menu_requested.emit(row, event.globalPosition().toPoint())
        elif event.button() == Qt.MouseButton.LeftButton and more is not None:
            self.more_clicked.emit(more)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        row = self.row_at(pos)
        if row is not None:
            self.meeting_activated.emit(row)
        elif (day := self.day_at(pos)) is not None:
            self.day_activated.emit(day)

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= WHEEL_STEP:
            step = -1 if self._wheel > 0 else 1
            self._wheel += step * WHEEL_STEP
            self.scrolled.emit(step)
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.scrolled.emit(-1 if event.key() == Qt.Key.Key_PageUp else 1)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row = self.row_at(event.pos())
            if row is not None:
                QToolTip.showText(event.globalPos(), chips.tooltip(row), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
