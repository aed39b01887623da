"""The warning list and a warning's timeline as Qt item models over plain rows.

The list keeps every warning of the register (a few thousand at most) and filters in Python by
status, level, park and text; each row hands out its ``WarningRow`` through ``ROW_ROLE``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.kernel.timeutil import to_local
from desktop.services.warnings.labels import (
    CATEGORY_LABELS,
    EXPIRED,
    KIND_LABELS,
    LEVEL_COLOURS,
    LEVEL_LABELS,
    LEVEL_NUMERALS,
    STATUS_LABELS,
)
from desktop.services.warnings.query import MessageRow, WarningRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "WarningTableModel"
ANY = None
OPEN = "open"   # every status but dismissed


def label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def level_label(level: str) -> str:
    return f"{label(LEVEL_LABELS.get(level, level))}（{LEVEL_NUMERALS.get(level, '')}）"


def _day(value) -> str:
    return value.isoformat() if value else ""


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[WarningRow], str]
    key: Callable[[WarningRow], object]
    numeric: bool = False


_RANK = {"red": 1, "orange": 2, "yellow": 3, "blue": 4}
_STATUS_RANK = {"suggested": 0, "active": 1, EXPIRED: 2, "lifted": 3, "dismissed": 4}
COLUMNS = (
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "企业名称"), lambda r: r.enterprise, lambda r: r.enterprise),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "统一社会信用代码"), lambda r: r.uscc, lambda r: r.uscc),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "园区/街道"), lambda r: r.park, lambda r: r.park),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "类别"), lambda r: label(CATEGORY_LABELS.get(r.category, r.category)),
           lambda r: r.category),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "级别"), lambda r: level_label(r.level),
           lambda r: _RANK.get(r.level, 9)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "状态"), lambda r: label(STATUS_LABELS.get(r.status, r.status)),
           lambda r: r.status),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "开始日期"), lambda r: _day(r.starts), lambda r: _day(r.starts)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "有效期至"), lambda r: _day(r.expires), lambda r: _day(r.expires)),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "消息"), lambda r: str(r.messages), lambda r: r.messages,
           numeric=True),
    Column(QT_TRANSLATE_NOOP("WarningTableModel", "演练"),
           lambda r: QCoreApplication.translate(CONTEXT, "演练") if r.drill else "", lambda r: r.drill),
)
LEVEL_COLUMN, STATUS_COLUMN = 4, 5
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def matches_status(row: WarningRow, status: str | None) -> bool:
    if status is ANY or status == "all":
        return True
    if status == OPEN:
        return row.status != "dismissed"
    if status == "active":
        return row.status in ("active", EXPIRED)
    return row.status == status


def search_key(row: WarningRow) -> str:
    return "\x1f".join((row.enterprise, row.uscc, row.park, row.reason, row.letter_number)).lower()


class _Table(QAbstractTableModel):
    """Read-only rows with declared columns; 0 rows under a valid parent."""

    columns: Sequence = ()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._shown_rows())

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def _shown_rows(self) -> Sequence:
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.columns):
            return QCoreApplication.translate(CONTEXT, self.columns[section].title)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class WarningTableModel(_Table):
    """Every warning, the current order, and the rows the filters let through."""

    columns = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[WarningRow, ...] = ()
        self._shown: list[WarningRow] = []
        self._filter: tuple = ("", OPEN, ANY, ANY)
        self._sort: tuple[int, Qt.SortOrder] = (LEVEL_COLUMN, Qt.SortOrder.AscendingOrder)

    def _shown_rows(self):
        return self._shown

    def set_rows(self, rows: Sequence[WarningRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self._shown = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str = "", status: str | None = OPEN, level: str | None = ANY,
                   park: str | None = ANY) -> None:
        flt = (text.strip().lower(), status, level, park)
        if flt != self._filter:
            self.beginResetModel()
            self._filter = flt
            self._shown = self._filtered()
            self.endResetModel()

    def _filtered(self) -> list[WarningRow]:
        text, status, level, park = self._filter
        rows = [r for r in self._rows if matches_status(r, status)
                and (level is ANY or r.level == level) and (park is ANY or r.park == park)
                and (not text or text in search_key(r))]
        column, order = self._sort
        key = COLUMNS[column].key
        # Ties: what needs attention first (suggested, in force, expired, closed), newest first.
        rows.sort(key=lambda r: (key(r), _STATUS_RANK.get(r.status, 9), -r.id),
                  reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt API
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self._shown[i.row()].id if i.row() < len(self._shown) else None for i in old]
        self._sort = (column, order)
        self._shown = self._filtered()
        position = {r.id: n for n, r in enumerate(self._shown)}
        self.changePersistentIndexList(old, [self.index(position[w], i.column()) if w in position
                                             else QModelIndex() for w, i in zip(ids, old)])
        self.layoutChanged.emit()

    @property
    def total(self) -> int:
        return len(self._rows)

    def parks(self) -> list[str]:
        return sorted({r.park for r in self._rows if r.park})

    def row_of_id(self, warning_id: int) -> int:
        return next((n for n, r in enumerate(self._shown) if r.id == warning_id), -1)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row, column = self._shown[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(row)
        if role == Qt.ItemDataRole.ToolTipRole and not COLUMNS[column].numeric:
            return COLUMNS[column].text(row) or None   # whole where a narrowed column cuts it
        if role == Qt.ItemDataRole.DecorationRole and column == LEVEL_COLUMN:
            return QColor(LEVEL_COLOURS.get(row.level, "#888888"))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN and row.status == EXPIRED:
            return QColor("#c5221f")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[column].numeric else _LEFT
        if role == ROW_ROLE:
            return row
        return None


@dataclass(frozen=True)
class _MessageColumn:
    title: str
    text: Callable[[MessageRow], str]


TIMELINE_COLUMNS = (
    _MessageColumn(QT_TRANSLATE_NOOP("WarningTableModel", "序号"), lambda m: str(m.seq)),
    _MessageColumn(QT_TRANSLATE_NOOP("WarningTableModel", "类型"), lambda m: label(KIND_LABELS.get(m.kind, m.kind))),
    _MessageColumn(QT_TRANSLATE_NOOP("WarningTableModel", "级别"), lambda m: level_label(m.level)),
    _MessageColumn(QT_TRANSLATE_NOOP("WarningTableModel", "有效期至"), lambda m: _day(m.expires)),
    _MessageColumn(QT_TRANSLATE_NOOP("WarningTableModel", "理由"), lambda m: m.reason),
    _MessageColumn(QT_TRANSLATE_NOOP("WarningTableModel", "发布人"), lambda m: m.sent_by),
    _MessageColumn(QT_TRANSLATE_NOOP("WarningTableModel", "时间"),
                   lambda m: to_local(m.sent_at).strftime("%Y-%m-%d %H:%M")),
)


class TimelineModel(_Table):
    """One warning's messages in order, the issuing message first."""

    columns = TIMELINE_COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._messages: tuple[MessageRow, ...] = ()

    def _shown_rows(self):
        return self._messages

    def set_messages(self, messages: Sequence[MessageRow]) -> None:
        self.beginResetModel()
        self._messages = tuple(messages)
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        message = self._messages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return TIMELINE_COLUMNS[index.column()].text(message)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 2:
            return QColor(LEVEL_COLOURS.get(message.level, "#888888"))
        if role == ROW_ROLE:
            return message
        return None
