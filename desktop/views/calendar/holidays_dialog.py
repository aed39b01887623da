"""A year's statutory holidays and 调休 working days, and importing a year's schedule file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.errors import UserError
from desktop.services.calendar.queries import year_days
from desktop.services.dates.holidays import DayInfo, DayKind, DaySource, import_schedule_file
from desktop.services.kernel.timeutil import today_local
from desktop.views.calendar import chips
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

CONTEXT = "HolidayDaysModel"
_SOURCES = {
    DaySource.TABLE.value: QT_TRANSLATE_NOOP("HolidayDaysModel", "节假日表（导入或手工）"),
    DaySource.CHINESECALENDAR.value: QT_TRANSLATE_NOOP("HolidayDaysModel", "内置（chinesecalendar）"),
    DaySource.WEEKEND_FALLBACK.value: QT_TRANSLATE_NOOP("HolidayDaysModel", "仅按周末"),
    DaySource.STATUTORY.value: QT_TRANSLATE_NOOP("HolidayDaysModel", "按放假办法推算（暂定）"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class HolidayLine:
    """A DayInfo with the ``id`` the record table selects by (the day's ordinal)."""

    day: DayInfo

    @property
    def id(self) -> int:
        return self.day.date.toordinal()


def _kind(line: HolidayLine) -> str:
    if line.day.kind == DayKind.HOLIDAY.value:
        return QCoreApplication.translate("HolidayDaysModel", "放假")
    return QCoreApplication.translate("HolidayDaysModel", "调休上班")


class HolidayDaysModel(RowTableModel):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("HolidayDaysModel", "日期"), lambda h: h.day.date.isoformat()),
        Column(QT_TRANSLATE_NOOP("HolidayDaysModel", "星期"),
               lambda h: chips.long_weekday(h.day.date)),
        Column(QT_TRANSLATE_NOOP("HolidayDaysModel", "安排"), _kind),
        Column(QT_TRANSLATE_NOOP("HolidayDaysModel", "名称"), lambda h: h.day.name),
        Column(QT_TRANSLATE_NOOP("HolidayDaysModel", "来源"),
               lambda h: _tr(_SOURCES.get(h.day.source, h.day.source))),
    )
    STRETCH_COLUMN = 3


def _import_file(session, path: str):
    try:
        return import_schedule_file(session, Path(path))
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "无法读取文件“{path}”：{reason}"), path=path,
                        reason=exc.strerror or str(exc)) from None


class HolidaysDialog(QDialog):
    """An import is an operation: the calendars repaint their day marks through the change hub."""

    def __init__(self, workspace: Workspace, year: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.setWindowTitle(self.tr("法定节假日与调休"))
        self.resize(620, 560)
        self.year_spin = QSpinBox(minimum=2004, maximum=2100, value=year or today_local().year)
        self.import_button = QPushButton(self.tr("导入节假日安排…"))
        self.note_label = QLabel(wordWrap=True)
        self.table = RecordTable(HolidayDaysModel())
        hint = QLabel(self.tr("导入文件为 CSV 文本，每行“日期,安排,名称”，如 2027-01-01,休,元旦 或 "
                              "2027-02-07,班,春节调休；文件中出现的年份以文件为准。"), wordWrap=True,
                      objectName="pageSubtitle")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份(&Y)：")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.refresh()

    def refresh(self) -> None:
        year = self.year_spin.value()
        days = self._ws.read(lambda s: year_days(s, year))
        self.table.set_rows([HolidayLine(d) for d in days.days])
        if not days.known:
            self.note_label.setStyleSheet("color: #b45309;")
            self.note_label.setText(self.tr(
                "{year}年的法定节假日安排尚未导入：下列法定节假日按《全国年节及纪念日放假办法》推算，"
                "调休上班和连休日未知，据此计算的日期均为暂定。国务院办公厅通常在前一年11月公布次年安排，"
                "公布后请在此导入。").format(year=year))
        else:
            holidays = sum(1 for d in days.days if d.kind == DayKind.HOLIDAY.value)
            self.note_label.setStyleSheet("")
            self.note_label.setText(self.tr("{year}年：放假 {holidays} 天，调休上班 {workdays} 天。").format(
                year=year, holidays=holidays, workdays=len(days.days) - holidays))

    def _on_year_spin_value_changed(self, _year: int) -> None:
        self.refresh()

    def _on_import_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("导入节假日安排"), "", self.tr("节假日安排 (*.csv *.txt);;所有文件 (*)"))
        if not path:
            return
        result = Operation(self, self._ws, lambda s: _import_file(s, path),
                           title=self.tr("无法导入节假日安排")).run()
        if result is None:
            return
        if result.years and self.year_spin.value() not in result.years:
            self.year_spin.setValue(result.years[0])
        self.refresh()
        self.note_label.setText(self.note_label.text() + " " + self.tr(
            "已导入 {years} 年：新增 {added} 天，更新 {updated} 天，移除 {removed} 天。").format(
            years="、".join(map(str, result.years)), added=result.added, updated=result.updated,
            removed=result.removed))

