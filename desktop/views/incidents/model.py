"""The incident list, an incident's notification board, its reports and its timeline as Qt item
models over the services' plain rows (``IncidentRow``, ``BoardRow``, ``ReportRow``, ``TimelineEntry``).

The list keeps every incident read and shows those of the status filter (处置中, 已结束, 全部),
with or without drills; the text search runs in the ``RecordTable``'s proxy. The 超时 column and
a late party's board row are red, a party that has not acknowledged is amber.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.services.incidents.board import BoardRow
from desktop.services.incidents.labels import CHANNEL_LABELS, LEVEL_LABELS, STATUS_LABELS
from desktop.services.incidents.query import IncidentRow
from desktop.services.kernel.timeutil import to_local
from desktop.views.disputes.model import AMBER, RED
from desktop.views.icons import themed_icon
from desktop.views.table_model import SORT_ROLE, Column, RowTableModel

CONTEXT = "IncidentTableModel"
OPEN_FILTER, CLOSED_FILTER, ALL_FILTER = "open", "closed", "all"
LEVEL_SHORT = {1: QT_TRANSLATE_NOOP("IncidentTableModel", "Ⅰ级"), 2: QT_TRANSLATE_NOOP("IncidentTableModel", "Ⅱ级"),
               3: QT_TRANSLATE_NOOP("IncidentTableModel", "Ⅲ级"), 4: QT_TRANSLATE_NOOP("IncidentTableModel", "Ⅳ级")}
LATE_COLUMN, NOTIFIED_COLUMN = 7, 6
STATE_COLUMN, ACTION_COLUMN = 7, 8


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def level_label(level: int) -> str:
    """Ⅰ级（特别重大） …, translated."""
    return label(LEVEL_LABELS.get(level, str(level)))


def level_short(level: int) -> str:
    return _tr(LEVEL_SHORT[level]) if level in LEVEL_SHORT else str(level)


def status_label(status: str) -> str:
    return label(STATUS_LABELS.get(status, status))


def channel_label(channel: str) -> str:
    return label(CHANNEL_LABELS.get(channel, channel)) if channel else ""


def when(value: datetime | None, short: bool = False) -> str:
    """A stored time in Asia/Shanghai: ``2026-03-02 09:25`` (``03-02 09:25`` when ``short``)."""
    if value is None:
        return ""
    return to_local(value).strftime("%m-%d %H:%M" if short else "%Y-%m-%d %H:%M")


def minutes_text(minutes: int) -> str:
    """1小时, 90分钟: a time limit as people say it."""
    hours, rest = divmod(minutes, 60)
    return _tr("{n}小时").format(n=hours) if hours and not rest else _tr("{n}分钟").format(n=minutes)


def matches(row: IncidentRow, status: str, drills: bool) -> bool:
    return (drills or not row.drill) and (status == ALL_FILTER or row.status == status)


def title_text(row: IncidentRow) -> str:
    return (_tr("【演练】") if row.drill else "") + row.title


def notified_text(row: IncidentRow) -> str:
    """5/7: parties notified of all the board's."""
    return f"{sum(p.notified_at is not None for p in row.parties)}/{len(row.parties)}"


def late_text(row: IncidentRow) -> str:
    return "、".join(p.short for p in row.late)


class IncidentTableModel(RowTableModel):
    """Every incident read, and those the filters let through; ``ROW_ROLE`` hands out the IncidentRow."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "编号"), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "事件"), title_text),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "企业"), lambda r: r.enterprise),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "级别"), lambda r: level_short(r.level)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "状态"), lambda r: status_label(r.status)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "发生时间"), lambda r: when(r.began_at)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "通报"), notified_text),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "超时"), late_text),
    )
    STRETCH_COLUMN = 1   # 事件

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: tuple[IncidentRow, ...] = ()
        self._status, self._drills = OPEN_FILTER, True

    def set_rows(self, rows: Sequence[IncidentRow]) -> None:
        self._all = tuple(rows)
        super().set_rows([r for r in self._all if matches(r, self._status, self._drills)])

    def set_filter(self, status: str, drills: bool) -> None:
        if (status, drills) != (self._status, self._drills):
            self._status, self._drills = status, drills
            super().set_rows([r for r in self._all if matches(r, status, drills)])

    @property
    def total(self) -> int:
        return len(self._all)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == LATE_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(RED) if row.late else None
        if column == NOTIFIED_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(AMBER) if row.unacknowledged and not row.late else None
        if column == NOTIFIED_COLUMN and role == SORT_ROLE:
            return sum(p.notified_at is not None for p in row.parties)
        if column == 3 and role == SORT_ROLE:
            return row.level
        if column == 5 and role == SORT_ROLE:
            return row.began_at.timestamp()
        if column == NOTIFIED_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            acknowledged = sum(p.acknowledged_at is not None for p in row.parties)
            return _tr("已通报{n}家，已签收{m}家，共{total}家").format(
                n=sum(p.notified_at is not None for p in row.parties), m=acknowledged, total=len(row.parties))
        if column == 3 and role == Qt.ItemDataRole.ToolTipRole:
            return level_label(row.level)
        if column == LATE_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            return "、".join(p.party for p in row.late) or None
        return super().data(index, role)


# ---------------------------------------------------------------- the board

def state_text(row: BoardRow) -> str:
    """超时未通报, 超时通报, 未签收, 已签收 or 剩40分钟: the mark of one party."""
    if row.late:
        return _tr("超时通报") if row.notified_at is not None else _tr("超时未通报")
    if row.notified_at is None:
        return _tr("剩{n}分钟").format(n=row.minutes_left or 0)
    return _tr("未签收") if row.acknowledged_at is None else _tr("已签收")


def _who(name: str, at: datetime | None) -> str:
    return " ".join(x for x in (name, when(at, short=True)) if x)


class BoardModel(RowTableModel):
    """One row per member party; a late row is red with a warning icon, an unacknowledged one amber."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "单位"), lambda r: r.short),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "时限"), lambda r: minutes_text(r.limit_minutes)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "截止"), lambda r: when(r.deadline, short=True)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "方式"), lambda r: channel_label(r.channel)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "通报人/时间"), lambda r: _who(r.notified_by, r.notified_at)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "接收人"), lambda r: r.contact),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "签收人/时间"),
               lambda r: _who(r.acknowledged_by, r.acknowledged_at)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "状态"), state_text),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "操作"), lambda _r: ""),
    )
    STRETCH_COLUMN = 0

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.late:
                return QBrush(RED)
            if column == STATE_COLUMN and row.notified_at is not None and row.acknowledged_at is None:
                return QBrush(AMBER)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == STATE_COLUMN and row.late:
            return themed_icon("warning")
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return "\n".join(x for x in (row.party, row.note) if x)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return when(row.deadline)
        return super().data(index, role)


# ---------------------------------------------------------------- reports and the timeline

def _first_line(body: str) -> str:
    lines = (body or "").strip().splitlines()
    return lines[0] if lines else ""


class ReportModel(RowTableModel):
    """An incident's reports in the order written (初报, 续报一 …)."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "报告"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "报送时间"), lambda r: when(r.reported_at)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "报送人"), lambda r: r.author),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "内容"), lambda r: _first_line(r.body)),
    )


class TimelineModel(RowTableModel):
    """Everything that happened, oldest first: time, what, text, who."""

    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "时间"), lambda e: when(e.at)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "事项"), lambda e: label(e.label)),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "内容"), lambda e: e.text),
        Column(QT_TRANSLATE_NOOP("IncidentTableModel", "记录人"), lambda e: e.by),
    )
    STRETCH_COLUMN = 2

    def row_of_id(self, row_id: int) -> int:
        return -1   # timeline entries have no id of their own
