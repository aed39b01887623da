"""The 统计看板 tab: warnings in force by level and by park, raised and lifted per month over the
last 12 months, and those expiring within 14 days. Drills are not counted (the service leaves
them out)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import LEVEL_ORDER
from desktop.services.warnings.dashboard import EXPIRING_DAYS, WarningDashboard
from desktop.services.warnings.labels import LEVEL_COLOURS
from desktop.views.warnings.model import level_label


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)   # names get the room
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, c, item)


class WarningDashboardView(QWidget):
    """Shows one ``WarningDashboard``; ``show_figures`` replaces what it shows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        levels = [level_label(lv.value) for lv in LEVEL_ORDER]
        self.summary_label = QLabel(wordWrap=True)
        self.level_labels: dict[str, QLabel] = {}
        cards = QHBoxLayout()
        for level in LEVEL_ORDER:
            card = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
            colour = QColor(LEVEL_COLOURS[level.value])
            text = "#000" if level.value == "yellow" else "#fff"
            card.setStyleSheet(f"background:{colour.name()};color:{text};border-radius:6px;"
                               "padding:10px;font-size:15pt;")
            self.level_labels[level.value] = card
            cards.addWidget(card)
        self.park_table = _table([self.tr("园区/街道"), *levels, self.tr("合计")])
        self.month_table = _table([self.tr("月份"), self.tr("新增"), self.tr("解除")])
        self.expiring_table = _table([self.tr("企业名称"), self.tr("级别"), self.tr("有效期至"), self.tr("剩余天数")])
        grid = QGridLayout()
        for n, (title, table) in enumerate(((self.tr("各园区生效中的预警"), self.park_table),
                                            (self.tr("近12个月新增与解除"), self.month_table),
                                            (self.tr("{n}天内到期").format(n=EXPIRING_DAYS), self.expiring_table))):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            grid.addWidget(box, 0, n)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)

    def show_figures(self, board: WarningDashboard) -> None:
        for level, count in board.by_level:
            self.level_labels[level].setText(f"{level_label(level)}\n{count}")
        self.summary_label.setText(self.tr(
            "截至{today}，生效中的预警 {n} 项；已过期未解除 {expired} 项；待签发的建议 {suggested} 项。"
            "演练预警不计入统计。").format(today=board.today.isoformat(), n=board.in_force,
                                        expired=board.expired, suggested=board.suggested))
        _fill(self.park_table, [[p.park or self.tr("（未填）"), *map(str, p.by_level), str(p.total)]
                                for p in board.by_park])
        _fill(self.month_table, [[m.month, str(m.raised), str(m.lifted)] for m in reversed(board.months)])
        _fill(self.expiring_table, [[w.enterprise, level_label(w.level), w.expires.isoformat(),
                                     str((w.expires - board.today).days)] for w in board.expiring])
