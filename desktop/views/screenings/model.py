"""The 排查 page's tables: campaigns, a campaign's entries (15,550 rows, filtered in Python), progress.

As on the enterprise register, a ``QSortFilterProxyModel`` would call into Python for every
row on each keystroke; the entries model keeps one lower-case search key per row and filters
with a list comprehension, and sorts its own rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop.services.kernel.timeutil import to_local
from desktop.services.screenings.core import CampaignRow, EntryRow
from desktop.services.screenings.results import result_text
from desktop.services.screenings.tally import ProgressRow
from desktop.views.table_model import Column, RowTableModel

ANY, UNSCREENED, SCREENED, FOUND = None, "unscreened", "screened", "found"
_FOUND_TINT = QColor("#fdecea")
_STATUS = {
    UNSCREENED: lambda e: not e.screened,
    SCREENED: lambda e: e.screened,
    FOUND: lambda e: e.found_problem,
}


YES, NO = QT_TRANSLATE_NOOP("EntryTableModel", "是"), QT_TRANSLATE_NOOP("EntryTableModel", "否")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class CampaignTableModel(RowTableModel):
    CONTEXT = "CampaignTableModel"
    STRETCH_COLUMN = 0
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CampaignTableModel", "排查名称"), lambda c: c.name),
        Column(QT_TRANSLATE_NOOP("CampaignTableModel", "期间"),
               lambda c: f"{c.first_day.isoformat()}～{c.last_day.isoformat()}"),
        # one column for both counts: the list sits in a narrow pane beside the entries
        Column(QT_TRANSLATE_NOOP("CampaignTableModel", "已排查"), lambda c: f"{c.screened}/{c.entries}",
               numeric=True, sort=lambda c: (c.screened / c.entries if c.entries else 0.0, c.entries)),
        Column(QT_TRANSLATE_NOOP("CampaignTableModel", "有问题"), lambda c: c.found, numeric=True),
    )

    def row_tooltip(self, row: CampaignRow) -> str:
        return row.notes


class ProgressTableModel(RowTableModel):
    """Progress by park or by unit; ``empty_label`` names the rows without one."""

    CONTEXT = "ProgressTableModel"
    STRETCH_COLUMN = 0
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ProgressTableModel", "园区/街道"), lambda r: r.label),
        Column(QT_TRANSLATE_NOOP("ProgressTableModel", "企业"), lambda r: r.entries, numeric=True),
        Column(QT_TRANSLATE_NOOP("ProgressTableModel", "已排查"), lambda r: r.screened, numeric=True),
        Column(QT_TRANSLATE_NOOP("ProgressTableModel", "未排查"), lambda r: r.unscreened, numeric=True),
        Column(QT_TRANSLATE_NOOP("ProgressTableModel", "有问题"), lambda r: r.found, numeric=True),
        Column(QT_TRANSLATE_NOOP("ProgressTableModel", "完成"), lambda r: f"{r.percent:.1f}%", numeric=True),
    )

    def __init__(self, title: str, empty_label: str, parent=None) -> None:
        super().__init__(parent)
        self._title, self._empty_label = title, empty_label

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._title
        return super().headerData(section, orientation, role)

    def set_rows(self, rows: Sequence[ProgressRow]) -> None:
        label = _tr("Labels", self._empty_label)
        super().set_rows([r if r.label else ProgressRow(label, r.entries, r.screened, r.found) for r in rows])


def _screened_at(e: EntryRow) -> str:
    return to_local(e.screened_at).strftime("%Y-%m-%d %H:%M") if e.screened_at else ""


def _key(value: Decimal | int | None) -> Decimal:
    return Decimal(-1) if value is None else Decimal(value)


class EntryTableModel(RowTableModel):
    """The campaign's entries that the filter lets through, in the chosen order."""

    CONTEXT = "EntryTableModel"
    STRETCH_COLUMN = 0
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "企业名称"), lambda e: e.enterprise),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "统一社会信用代码"), lambda e: e.uscc),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "所属园区/街道"), lambda e: e.park),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "负责单位"), lambda e: e.responsible),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "已排查"),
               lambda e: _tr("EntryTableModel", YES if e.screened else NO)),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "欠薪月数"), lambda e: result_text(e.arrears_months), numeric=True),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "涉及职工"), lambda e: result_text(e.workers_affected), numeric=True),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "欠薪金额（元）"), lambda e: result_text(e.amount_owed), numeric=True),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "社保欠缴月数"), lambda e: result_text(e.insurance_months),
               numeric=True),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "拟裁减"), lambda e: result_text(e.planned_layoffs), numeric=True),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "排查人"), lambda e: e.screened_by),
        Column(QT_TRANSLATE_NOOP("EntryTableModel", "排查时间"), _screened_at),
    )
    SORT_KEYS: tuple[Callable[[EntryRow], object], ...] = (
        lambda e: e.enterprise, lambda e: e.uscc, lambda e: e.park, lambda e: e.responsible,
        lambda e: e.screened, lambda e: _key(e.arrears_months), lambda e: _key(e.workers_affected),
        lambda e: _key(e.amount_owed), lambda e: _key(e.insurance_months), lambda e: _key(e.planned_layoffs),
        lambda e: e.screened_by, lambda e: e.screened_at.timestamp() if e.screened_at else 0.0,
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: tuple[EntryRow, ...] = ()
        self._keys: dict[int, str] = {}
        self._filter: tuple[str, str | None] = ("", ANY)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[EntryRow]) -> None:
        self._all = tuple(rows)
        self._keys = {e.id: "\x1f".join((e.enterprise, e.uscc, e.park, e.responsible, e.notes)).lower()
                      for e in self._all}
        if self._sort is not None:
            self._all = self._sorted(*self._sort)
        super().set_rows(self._filtered())

    def set_filter(self, text: str = "", status: str | None = ANY) -> None:
        """Rows whose name, code, park, unit or notes contain ``text``, of ``status``."""
        flt = (text.strip().lower(), status)
        if flt != self._filter:
            self._filter = flt
            super().set_rows(self._filtered())

    def _filtered(self) -> list[EntryRow]:
        text, status = self._filter
        shown = self._all
        if status is not ANY:
            keep = _STATUS[status]
            shown = [e for e in shown if keep(e)]
        if text:
            keys = self._keys
            shown = [e for e in shown if text in keys[e.id]]
        return list(shown)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # Qt API
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        self._all = self._sorted(column, order)
        super().set_rows(self._filtered())   # a reset: the page puts the selection back by id

    def _sorted(self, column: int, order: Qt.SortOrder) -> tuple[EntryRow, ...]:
        key = self.SORT_KEYS[column]
        return tuple(sorted(self._all, key=lambda e: (key(e), e.id), reverse=order == Qt.SortOrder.DescendingOrder))

    @property
    def total(self) -> int:
        return len(self._all)

    def all_rows(self) -> tuple[EntryRow, ...]:
        return self._all

    def positions(self) -> dict[int, int]:
        """Shown row number by entry id."""
        return {e.id: n for n, e in enumerate(self.rows())}

    def row_tint(self, row: EntryRow) -> QColor | None:
        return _FOUND_TINT if row.found_problem else None

    def row_tooltip(self, row: EntryRow) -> str:
        return row.notes
