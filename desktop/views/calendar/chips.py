"""How one meeting is drawn in the month and week views: the body's colour, its status marks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from desktop.i18n import LABELS
from desktop.models import MeetingStatus
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings.core import STATUS_LABELS
from desktop.services.meetings.queries import MeetingRow

CONTEXT = "CalendarChips"
POSTPONED_MARK = "#d35400"
TODAY_COLOUR = QColor("#1d4ed8")
HOLIDAY_COLOUR = QColor("#c0392b")
WORKDAY_COLOUR = QColor("#4b5563")
GRID_COLOUR = QColor("#e5e7eb")
MUTED_TEXT = QColor("#9ca3af")


SHORT_WEEKDAYS = (QT_TRANSLATE_NOOP("CalendarChips", "周一"), QT_TRANSLATE_NOOP("CalendarChips", "周二"),
                  QT_TRANSLATE_NOOP("CalendarChips", "周三"), QT_TRANSLATE_NOOP("CalendarChips", "周四"),
                  QT_TRANSLATE_NOOP("CalendarChips", "周五"), QT_TRANSLATE_NOOP("CalendarChips", "周六"),
                  QT_TRANSLATE_NOOP("CalendarChips", "周日"))
LONG_WEEKDAYS = (QT_TRANSLATE_NOOP("CalendarChips", "星期一"), QT_TRANSLATE_NOOP("CalendarChips", "星期二"),
                 QT_TRANSLATE_NOOP("CalendarChips", "星期三"), QT_TRANSLATE_NOOP("CalendarChips", "星期四"),
                 QT_TRANSLATE_NOOP("CalendarChips", "星期五"), QT_TRANSLATE_NOOP("CalendarChips", "星期六"),
                 QT_TRANSLATE_NOOP("CalendarChips", "星期日"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def short_weekday(day) -> str:
    """``周一`` … ``周日`` for a date, translated."""
    return _tr(SHORT_WEEKDAYS[day.weekday()])


def long_weekday(day) -> str:
    """``星期一`` … ``星期日`` for a date, translated."""
    return _tr(LONG_WEEKDAYS[day.weekday()])


_LINE_HEIGHTS: dict[str, int] = {}


def line_height(metrics: QFontMetrics, font: QFont | None = None) -> int:
    """The height of a line of Chinese text. A Latin primary font (DejaVu Sans on Linux) reports
    its own height; the CJK fallback font that draws the characters is taller."""
    key = font.key() if font is not None else ""
    if not key or key not in _LINE_HEIGHTS:
        sample = metrics.boundingRect(QRect(0, 0, 1000, 1000), int(Qt.AlignmentFlag.AlignLeft), "国Ag")
        _LINE_HEIGHTS[key] = max(metrics.height(), sample.height())
    return _LINE_HEIGHTS[key]


def is_cancelled(row: MeetingRow) -> bool:
    return row.status == MeetingStatus.CANCELLED.value


def is_postponed(row: MeetingRow) -> bool:
    return row.status == MeetingStatus.POSTPONED.value


def chip_text(row: MeetingRow, with_time: bool = True) -> str:
    """``09:30 双月沟通会`` (``全天`` for an all-day meeting), with the postponed mark first."""
    mark = QCoreApplication.translate("CalendarChips", "〔延期〕") if is_postponed(row) else ""
    if not with_time:
        return f"{mark}{row.title}"
    when = QCoreApplication.translate("CalendarChips", "全天") if row.all_day else f"{to_local(row.start):%H:%M}"
    return f"{mark}{when} {row.title}"


def tooltip(row: MeetingRow) -> str:
    start, end = to_local(row.start), to_local(row.end)
    when = (f"{start:%Y-%m-%d}" + QCoreApplication.translate("CalendarChips", " 全天") if row.all_day
            else f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}")
    place = row.room or row.location
    status = QCoreApplication.translate(LABELS, STATUS_LABELS.get(row.status, row.status))
    lines = [row.title, f"{row.body_name} · {when}", place, status]
    return "\n".join(line for line in lines if line)



def paint_chip(painter: QPainter, rect: QRect, row: MeetingRow, text: str, selected: bool) -> None:
    """A rounded block tinted with the body's colour, a solid bar on its left edge."""
    colour = QColor(row.color or "#3465a4")
    cancelled = is_cancelled(row)
    fill = QColor(colour)
    fill.setAlpha(28 if cancelled else 46)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour.darker(130), 1.5) if selected else Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    bar = QColor(colour)
    if cancelled:
        bar.setAlpha(110)
    painter.fillRect(QRect(rect.left(), rect.top() + 1, 3, rect.height() - 2), bar)
    font = QFont(painter.font())
    font.setStrikeOut(cancelled)
    painter.setFont(font)
    painter.setPen(MUTED_TEXT if cancelled else QColor("#111827"))
    metrics = painter.fontMetrics()
    lines = max(1, (rect.height() - 2) // line_height(metrics, font))
    inner = rect.adjusted(6, 1 if lines > 1 else 0, -3, 0)
    if lines == 1:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    else:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere
        # wrapped Chinese breaks between any two characters: eliding to the lines' total width
        # (less a little for the last line's slack) keeps the text from being cut mid-line
        if metrics.horizontalAdvance(text) > inner.width() * lines:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                      inner.width() * lines - 2 * metrics.averageCharWidth())
    if is_postponed(row) and not cancelled:
        painter.setPen(QColor(POSTPONED_MARK))
    painter.drawText(inner, int(flags), text)
    painter.restore()
