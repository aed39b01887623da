"""The dashboard's monthly trend chart (QtCharts: imported when the first figures are shown)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter

from desktop.services.actions.dashboard import MonthCount

OPENED_COLOUR, CLOSED_COLOUR = "#3465a4", "#1e8e3e"


class TrendChart(QChartView):
    """Opened and closed items per month; ``bar_clicked`` gives the month and which bar."""

    bar_clicked = Signal(object, bool)   # (MonthCount, closed)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._months: tuple[MonthCount, ...] = ()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart().setAnimationOptions(QChart.AnimationOption.NoAnimation)

    def set_months(self, months: Sequence[MonthCount], opened_label: str, closed_label: str,
                   title: str) -> None:
        self._months = tuple(months)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        opened, closed = QBarSet(opened_label), QBarSet(closed_label)
        opened.setColor(QColor(OPENED_COLOUR))
        closed.setColor(QColor(CLOSED_COLOUR))
        opened.append([m.opened for m in months])
        closed.append([m.closed for m in months])
        series = QBarSeries()
        series.append(opened)
        series.append(closed)
        chart.addSeries(series)
        chart.setTitle(title)
        x_axis = QBarCategoryAxis()
        # Twelve "11月" labels do not fit a half-width chart and Qt elides them all to "…";
        # plain month numbers under an axis title do.
        x_axis.append([str(m.month) for m in months])
        x_axis.setTitleText(self.tr("月份"))
        y_axis = QValueAxis()
        y_axis.setRange(0, max([1, *(m.opened for m in months), *(m.closed for m in months)]))
        y_axis.setLabelFormat("%d")
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        opened.clicked.connect(lambda i: self._on_bar_clicked(i, False))
        closed.clicked.connect(lambda i: self._on_bar_clicked(i, True))
        self.opened_set, self.closed_set = opened, closed

    def months(self) -> tuple[MonthCount, ...]:
        return self._months

    def _on_bar_clicked(self, index: int, closed: bool) -> None:
        if 0 <= index < len(self._months):
            self.bar_clicked.emit(self._months[index], closed)

