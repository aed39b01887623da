"""The week's time grid: seven day columns of 24 hours, meetings as blocks, drag to pick a slot.

Overlapping meetings share their day side by side, each in a lane no narrower than
``MIN_LANE_WIDTH``: what does not fit (three meetings at the same hour in a 1200 px window) is
gathered in a narrow "+N" strip on the right of the day, whose tooltip lists them and whose
click offers them in a menu, as Outlook's and Google's calendars do."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from desktop.config import LOCAL_TZ
from desktop.services.dates.holidays import DayInfo, DayKind
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings.queries import MeetingRow
from desktop.views.calendar import chips

HOUR_HEIGHT = 44
GUTTER = 56
MIN_LANE_WIDTH = 60    # a lane narrower than this shows three characters of a title
OVERFLOW_WIDTH = 30    # the "+N" strip of the meetings that do not fit
SLOT_MINUTES = 30
DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class Block:
    """A timed meeting's part on one day, in minutes from local midnight, and its lane."""

    row: MeetingRow
    column: int
    start: int
    end: int
    lane: int
    lanes: int
    span: int = 1   # lanes it covers: it widens into the free lanes on its right
    cluster: int = 0   # the overlapping group it belongs to (within its column)


@dataclass(frozen=True)
class Overflow:
    """The meetings of one overlapping group that do not fit their day's width."""

    rect: QRect
    rows: tuple[MeetingRow, ...]


def day_blocks(meetings: Sequence[MeetingRow], days: Sequence[date]) -> list[Block]:
    """Timed meetings cut to each day they touch, side by side where they overlap."""
    blocks: list[Block] = []
    for column, day in enumerate(days):
        midnight = datetime.combine(day, time(0), LOCAL_TZ)
        parts = []
        for row in meetings:
            if row.all_day:
                continue
            start = max(0, int((to_local(row.start) - midnight).total_seconds() // 60))
            end = min(DAY_MINUTES, int((to_local(row.end) - midnight).total_seconds() // 60))
            if end > start:
                parts.append((start, max(end, start + 15), row))
        blocks += _lanes(sorted(parts, key=lambda p: (p[0], -p[1], p[2].id)), column)
    return blocks


def _lanes(parts: list, column: int) -> list[Block]:
    out: list[Block] = []
    cluster: list[tuple[int, int, MeetingRow, int]] = []
    cluster_end = -1
    number = 0

    def close() -> None:
        nonlocal number
        lanes = max((lane for *_rest, lane in cluster), default=-1) + 1
        out.extend(Block(row, column, s, e, lane, lanes, _span(cluster, s, e, lane, lanes), number)
                   for s, e, row, lane in cluster)
        number += 1

    for start, end, row in parts:
        if cluster and start >= cluster_end:
            close()
            cluster, cluster_end = [], -1
        busy = {lane for s, e, _r, lane in cluster if e > start}
        lane = next(i for i in range(len(cluster) + 1) if i not in busy)
        cluster.append((start, end, row, lane))
        cluster_end = max(cluster_end, end)
    if cluster:
        close()
    return out


def _span(cluster: list, start: int, end: int, lane: int, lanes: int) -> int:
    """How many lanes from ``lane`` rightwards are free of other meetings during start–end: a
    meeting beside a short overlap need not stay a third of the day's width all along."""
    taken = {other for s, e, _row, other in cluster if other > lane and s < end and e > start}
    span = 1
    while lane + span < lanes and lane + span not in taken:
        span += 1
    return span


class WeekGrid(QWidget):
    meeting_selected = Signal(object)
    meeting_activated = Signal(object)
    context_menu_requested = Signal(object, QPoint)
    slot_selected = Signal(object, object)   # aware local start and end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(24 * HOUR_HEIGHT + 1)
        self.setMouseTracking(False)
        self._days: list[date] = []
        self._today = date.today()
        self._special: dict[date, DayInfo] = {}
        self._blocks: list[tuple[QRect, Block]] = []
        self.overflows: list[Overflow] = []
        self._raw: list[Block] = []
        self._selected_id: int | None = None
        self._drag: tuple[int, int, int] | None = None   # column, first slot, current slot

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(800, self.height())

    def set_data(self, days: Sequence[date], meetings: Sequence[MeetingRow],
                 special: dict[date, DayInfo], today: date, selected_id: int | None) -> None:
        self._days, self._special, self._today = list(days), special, today
        self._raw = day_blocks(meetings, self._days)
        self._selected_id = selected_id
        self._lay_out()
        self.update()

    def select_id(self, meeting_id: int | None) -> None:
        self._selected_id = meeting_id
        self.update()

    def block_rect(self, meeting_id: int) -> QRect | None:
        """Where the meeting is drawn: its block, or the "+N" strip it is gathered in."""
        found = next((rect for rect, b in self._blocks if b.row.id == meeting_id), None)
        if found is None:
            found = next((o.rect for o in self.overflows if any(r.id == meeting_id for r in o.rows)), None)
        return found

    def column_x(self, column: int) -> tuple[int, int]:
        width = self.width() - GUTTER
        return GUTTER + column * width // 7, GUTTER + (column + 1) * width // 7

    def y_of(self, minutes: int) -> int:
        return minutes * HOUR_HEIGHT // 60

    def _lay_out(self) -> None:
        self._blocks, self.overflows = [], []
        groups: dict[tuple[int, int], list[Block]] = {}
        for block in self._raw:
            groups.setdefault((block.column, block.cluster), []).append(block)
        for (column, _cluster), blocks in groups.items():
            x0, x1 = self.column_x(column)
            usable = x1 - x0 - 4
            lanes = blocks[0].lanes
            shown = lanes
            if lanes * MIN_LANE_WIDTH > usable:
                shown = max(1, (usable - OVERFLOW_WIDTH) // MIN_LANE_WIDTH)
                usable -= OVERFLOW_WIDTH
            width = usable / shown
            hidden = []
            for block in blocks:
                if block.lane >= shown:
                    hidden.append(block)
                    continue
                left = int(x0 + 1 + block.lane * width)
                span = min(block.span, shown - block.lane)
                top, bottom = self.y_of(block.start), self.y_of(block.end)
                self._blocks.append((QRect(left, top + 1, int(width * span) - 1, bottom - top - 2), block))
            if hidden:
                top = self.y_of(min(b.start for b in hidden))
                bottom = self.y_of(max(b.end for b in hidden))
                rows = tuple(b.row for b in sorted(hidden, key=lambda b: (b.start, b.row.id)))
                self.overflows.append(Overflow(
                    QRect(x1 - 2 - OVERFLOW_WIDTH, top + 1, OVERFLOW_WIDTH - 1, bottom - top - 2), rows))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._lay_out()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#ffffff"))
        for column, day in enumerate(self._days):
            x0, x1 = self.column_x(column)
            special = self._special.get(day)
            if day == self._today:
                painter.fillRect(QRect(x0, 0, x1 - x0, self.height()), QColor("#eff6ff"))
            elif special and special.kind == DayKind.HOLIDAY.value:
                painter.fillRect(QRect(x0, 0, x1 - x0, self.height()), QColor("#fdf2f2"))
        self._paint_hours(painter)
        self._paint_selection(painter)
        for rect, block in self._blocks:
            if rect.intersects(event.rect()):
                chips.paint_chip(painter, rect, block.row, chips.chip_text(block.row),
                                 block.row.id == self._selected_id)
        for overflow in self.overflows:
            if overflow.rect.intersects(event.rect()):
                self._paint_overflow(painter, overflow)
        self._paint_now(painter)
        painter.end()

    def _paint_overflow(self, painter: QPainter, overflow: Overflow) -> None:
        selected = any(r.id == self._selected_id for r in overflow.rows)
        painter.save()
        painter.setPen(QColor("#374151") if selected else QColor("#9ca3af"))
        painter.setBrush(QColor("#e5e7eb"))
        painter.drawRoundedRect(overflow.rect.adjusted(0, 0, -1, -1), 3, 3)
        painter.setPen(QColor("#111827"))
        painter.drawText(overflow.rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                         self.overflow_text(overflow))
        painter.restore()

    def overflow_text(self, overflow: Overflow) -> str:
        return self.tr("+{n}").format(n=len(overflow.rows))

    def overflow_at(self, pos: QPoint) -> Overflow | None:
        return next((o for o in self.overflows if o.rect.contains(pos)), None)

    def overflow_menu(self, overflow: Overflow) -> QMenu:
        """The gathered meetings, one per line; choosing one opens it."""
        menu = QMenu(self)
        for row in overflow.rows:
            action = menu.addAction(chips.chip_text(row))
            action.setToolTip(chips.tooltip(row))
            action.triggered.connect(partial(self._on_overflow_chosen, row))
        return menu

    def _on_overflow_chosen(self, row: MeetingRow) -> None:
        self._selected_id = row.id
        self.meeting_selected.emit(row)
        self.update()
        self.meeting_activated.emit(row)

    def _paint_hours(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        for hour in range(24):
            y = self.y_of(hour * 60)
            painter.setPen(chips.GRID_COLOUR)
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(QColor("#f3f4f6"))
            painter.drawLine(GUTTER, y + HOUR_HEIGHT // 2, self.width(), y + HOUR_HEIGHT // 2)
            if hour:
                painter.setPen(QColor("#6b7280"))
                painter.drawText(QRect(0, y - metrics.height() // 2, GUTTER - 6, metrics.height()),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 f"{hour:02d}:00")
        painter.setPen(chips.GRID_COLOUR)
        for column in range(8):
            x = self.column_x(min(column, 6))[0 if column < 7 else 1]
            painter.drawLine(x, 0, x, self.height())

    def _paint_selection(self, painter: QPainter) -> None:
        if self._drag is None:
            return
        column, first, current = self._drag
        low, high = min(first, current), max(first, current) + 1
        x0, x1 = self.column_x(column)
        rect = QRect(x0 + 1, self.y_of(low * SLOT_MINUTES), x1 - x0 - 2,
                     self.y_of((high - low) * SLOT_MINUTES))
        painter.fillRect(rect, QColor(37, 99, 235, 60))

    def _paint_now(self, painter: QPainter) -> None:
        if self._today not in self._days:
            return
        now = datetime.now(LOCAL_TZ)
        column = self._days.index(self._today)
        x0, x1 = self.column_x(column)
        y = self.y_of(now.hour * 60 + now.minute)
        painter.setPen(QColor("#dc2626"))
        painter.drawLine(x0, y, x1, y)

    # ------------------------------------------------------------ input
    def row_at(self, pos: QPoint) -> MeetingRow | None:
        return next((b.row for rect, b in reversed(self._blocks) if rect.contains(pos)), None)

    def slot_at(self, pos: QPoint) -> tuple[int, int] | None:
        """(column, slot number) under ``pos``; None in the hour gutter."""
        if pos.x() < GUTTER or not self._days:
            return None
        column = next((c for c in range(7) if self.column_x(c)[0] <= pos.x() < self.column_x(c)[1]), 6)
        slot = max(0, min(DAY_MINUTES // SLOT_MINUTES - 1, pos.y() * 60 // HOUR_HEIGHT // SLOT_MINUTES))
        return column, slot

    def slot_times(self, column: int, first: int, last: int) -> tuple[datetime, datetime]:
        midnight = datetime.combine(self._days[column], time(0), LOCAL_TZ)
        return (midnight + timedelta(minutes=first * SLOT_MINUTES),
                midnight + timedelta(minutes=(last + 1) * SLOT_MINUTES))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        if (overflow := self.overflow_at(pos)) is not None:
            self.overflow_menu(overflow).popup(event.globalPosition().toPoint())
            return
        row = self.row_at(pos)
        self._selected_id = row.id if row else None
        self.meeting_selected.emit(row)
        if event.button() == Qt.MouseButton.RightButton and row is not None:
            self.context_menu_requested.emit(row, event.globalPosition().toPoint())
        elif event.button() == Qt.MouseButton.LeftButton and row is None:
            slot = self.slot_at(pos)
            self._drag = (slot[0], slot[1], slot[1]) if slot else None
        self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self._drag is None:
            return
        slot = self.slot_at(event.position().toPoint())
        if slot is not None:
            self._drag = (self._drag[0], self._drag[1], slot[1])
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        drag, self._drag = self._drag, None
        self.update()
        if drag is not None and drag[1] != drag[2]:
            column, first, current = drag
            self.slot_selected.emit(*self.slot_times(column, min(first, current), max(first, current)))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._drag = None
        pos = event.position().toPoint()
        if self.overflow_at(pos) is not None:
            return   # the press opened its menu; a double click is no new meeting
        row = self.row_at(pos)
        if row is not None:
            self.meeting_activated.emit(row)
        elif (slot := self.slot_at(pos)) is not None:
            self.slot_selected.emit(*self.slot_times(slot[0], slot[1], slot[1] + 1))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            if (overflow := self.overflow_at(event.pos())) is not None:
                QToolTip.showText(event.globalPos(), "\n\n".join(chips.tooltip(r) for r in overflow.rows), self)
                return True
            row = self.row_at(event.pos())
            if row is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), chips.tooltip(row), self)
            return True
        return super().event(event)
