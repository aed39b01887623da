"""A year's statutory holidays and 调休 working days, and importing a year's schedule file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.models import HolidayKind
from desktop.services.calendar.queries import year_days
from desktop.services.dates.holidays import (
    DayInfo,
    DayKind,
    DaySource,
    import_schedule_file,
    remove_holiday,
    set_holiday,
)
from desktop.services.kernel.permissions import Permission
from desktop.services.kernel.timeutil import FIRST_DAY, LAST_DAY, today_local
from desktop.views.calendar import chips
from desktop.views.form_dialog import FormDialog, open_form, run_or_raise
from desktop.views.inputs import ChoiceCombo
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.roles import apply_role, needs
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


class HolidayDayDialog(FormDialog):
    """设置某日: one day made a holiday or a 调休 working day by hand (the table overrides the
    built-in calendar for that day)."""

    def __init__(self, submit, day: date, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("设置节假日"))
        self.setMinimumWidth(380)
        self.date_edit = self.add_field(self.tr("日期(&D)："), QDateEdit(
            QDate(day.year, day.month, day.day), calendarPopup=True, displayFormat="yyyy-MM-dd"), "date")
        self.date_edit.setDateRange(QDate(FIRST_DAY.year, 1, 1), QDate(LAST_DAY.year, 12, 31))
        self.kind_combo = self.add_field(self.tr("安排(&K)："), ChoiceCombo(), "kind")
        self.kind_combo.addItem(self.tr("放假"), HolidayKind.HOLIDAY.value)
        self.kind_combo.addItem(self.tr("调休上班"), HolidayKind.WORKDAY.value)
        self.name_edit = self.add_field(self.tr("名称(&N)："), QLineEdit(), "name")
        self.name_edit.setPlaceholderText(self.tr("如 春节、国庆节调休上班"))
        self.name_edit.setMaxLength(100)

    def data(self) -> tuple[date, str, str]:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day()), self.kind_combo.currentData(), self.name_edit.text()


class HolidaysPanel(QWidget):
    """A year's days and what changes them: importing a schedule, setting a day by hand, and
    putting a hand-set day back to the built-in calendar. Each change is an operation: the
    calendars and the legal clocks follow through the change hub."""

    def __init__(self, workspace: Workspace, year: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.year_spin = QSpinBox(minimum=2004, maximum=LAST_DAY.year, value=year or today_local().year)
        self.import_button = needs(QPushButton(self.tr("导入节假日安排…")), Permission.WRITE)
        self.set_button = needs(QPushButton(self.tr("设置某日…")), Permission.WRITE)
        self.reset_button = needs(QPushButton(self.tr("恢复默认")), Permission.WRITE)
        self.reset_button.setToolTip(self.tr("删除选中日期的手工或导入设置，改按内置日历"))
        self.reset_button.setEnabled(False)
        self.note_label = QLabel(wordWrap=True)
        self.table = RecordTable(HolidayDaysModel())
        hint = QLabel(self.tr("导入文件为 CSV 文本，每行“日期,安排,名称”，如 2027-01-01,休,元旦 或 "
                              "2027-02-07,班,春节调休；文件中出现的年份以文件为准。"), wordWrap=True,
                      objectName="pageSubtitle")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份(&Y)：")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        for button in (self.set_button, self.reset_button, self.import_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.note_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.year_spin.valueChanged.connect(self._on_year_spin_value_changed)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.set_button.clicked.connect(self._on_set_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.refresh()

    def refresh(self) -> None:
        year = self.year_spin.value()
        days = self._ws.read(lambda s: year_days(s, year))
        selected = self.table.current_row()
        self.table.set_rows([HolidayLine(d) for d in days.days])
        if selected is not None:
            self.table.select_id(selected.id)
        self._on_table_selection_changed()
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

    def _on_table_selection_changed(self, *_args) -> None:
        line = self.table.current_row()   # a role's lock turns it off again (views.roles)
        self.reset_button.setEnabled(line is not None and line.day.source == DaySource.TABLE.value)

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

    def _on_set_button_clicked(self) -> None:
        line = self.table.current_row()
        year = self.year_spin.value()
        day = line.day.date if line is not None else (today_local() if today_local().year == year else date(year, 1, 1))

        def submit(data: tuple[date, str, str]):
            day, kind, name = data
            return run_or_raise(self, self._ws, lambda s: set_holiday(s, day, kind, name),
                                title=self.tr("无法设置节假日"))

        dialog = HolidayDayDialog(submit, day, self)
        if line is not None:
            dialog.kind_combo.set_value(line.day.kind if line.day.kind == DayKind.HOLIDAY.value
                                        else HolidayKind.WORKDAY.value)
            dialog.name_edit.setText(line.day.name)
        open_form(dialog, lambda _id: self._after_set(dialog.data()[0]))

    def _after_set(self, day: date) -> None:
        if self.year_spin.value() != day.year:
            self.year_spin.setValue(day.year)
        self.refresh()
        self.table.select_id(day.toordinal())

    def _on_reset_button_clicked(self) -> None:
        line = self.table.current_row()
        if line is None:
            return
        day = line.day.date
        if Operation(self, self._ws, lambda s: remove_holiday(s, day), title=self.tr("无法恢复默认")).run():
            self.refresh()


class HolidaysDialog(QDialog):
    """The panel in a window of its own (from the calendar's toolbar)."""

    def __init__(self, workspace: Workspace, year: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("法定节假日与调休"))
        self.resize(680, 560)
        self.panel = HolidaysPanel(workspace, year)
        self.year_spin, self.import_button = self.panel.year_spin, self.panel.import_button
        self.note_label, self.table = self.panel.note_label, self.panel.table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        apply_role(self, workspace.role)
