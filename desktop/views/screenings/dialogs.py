"""The 排查 forms: a new campaign, a result (the keyboard way), and giving entries to a unit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from desktop.services.enterprises.core import MAX_WORKERS
from desktop.services.kernel.timeutil import today_local
from desktop.services.screenings.core import CampaignData, EntryRow
from desktop.services.screenings.results import ResultData, result_text
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo, SuggestionCombo


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), calendarPopup=True, displayFormat="yyyy-MM-dd")
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class CampaignDialog(FormDialog):
    """新建排查: name, period and the filter that chooses the enterprises."""

    def __init__(self, submit: Callable[[CampaignData], object], parks: Sequence[str], parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("新建排查"))
        self.setMinimumWidth(460)
        today = today_local()
        self.name_edit = self.add_field(self.tr("排查名称(&N)："), QLineEdit(), "name")
        self.name_edit.setPlaceholderText(self.tr("如 {year}年春节前欠薪排查").format(year=today.year + 1))
        self.first_edit = self.add_field(self.tr("开始日期(&F)："), _date_edit(today), "first_day")
        self.last_edit = self.add_field(self.tr("结束日期(&L)："), _date_edit(today), "last_day")
        self.park_combo = self.add_field(self.tr("园区/街道(&P)："), ChoiceCombo(), "park")
        self.park_combo.set_choices([(self.tr("全部园区/街道"), ""), *((p, p) for p in parks)], "")
        self.union_box = self.add_field("", QCheckBox(self.tr("只排查未建会的企业(&U)")), "without_union")
        self.workers_spin = self.add_field(self.tr("职工人数多于(&W)："), QSpinBox(), "min_workers")
        self.workers_spin.setRange(-1, MAX_WORKERS)
        self.workers_spin.setSpecialValueText(self.tr("不限"))
        self.workers_spin.setValue(-1)
        self.notes_edit = self.add_field(self.tr("备注："), QPlainTextEdit(), "notes")
        self.notes_edit.setFixedHeight(60)

    def data(self) -> CampaignData:
        workers = self.workers_spin.value()
        return CampaignData(self.name_edit.text(), _day(self.first_edit), _day(self.last_edit),
                            park=self.park_combo.value() or "", without_union=self.union_box.isChecked(),
                            min_workers=None if workers < 0 else workers, notes=self.notes_edit.toPlainText())


class ResultDialog(FormDialog):
    """填写结果: six cells as on the sheet; all empty puts the enterprise back to 未排查."""

    def __init__(self, submit: Callable[[ResultData], object], entry: EntryRow, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("排查结果：{name}").format(name=entry.enterprise))
        self.setMinimumWidth(420)
        workers = self.tr("未知") if entry.workers is None else str(entry.workers)
        self.add_field(self.tr("职工人数："), QLineEdit(workers, readOnly=True, frame=False))
        self.arrears_edit = self._number(self.tr("欠薪月数(&A)："), "arrears_months", entry.arrears_months)
        self.workers_edit = self._number(self.tr("涉及职工人数(&W)："), "workers_affected", entry.workers_affected)
        self.amount_edit = self._number(self.tr("欠薪金额（元）(&M)："), "amount_owed", entry.amount_owed)
        self.insurance_edit = self._number(self.tr("社保欠缴月数(&I)："), "insurance_months", entry.insurance_months)
        self.layoffs_edit = self._number(self.tr("拟裁减人数(&L)："), "planned_layoffs", entry.planned_layoffs)
        self.notes_edit = self.add_field(self.tr("备注(&N)："), QLineEdit(entry.notes), "notes")
        self.arrears_edit.setPlaceholderText(self.tr("没有欠薪填 0"))
        self.clear_button = QPushButton(self.tr("清除结果(&C)"))
        self.clear_button.setToolTip(self.tr("清空各项后确定：该企业回到“未排查”"))
        self.form.addRow("", self.clear_button)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def _number(self, label: str, field: str, value) -> QLineEdit:
        return self.add_field(label, QLineEdit(result_text(value)), field)

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.arrears_edit, self.workers_edit, self.amount_edit, self.insurance_edit, self.layoffs_edit,
                self.notes_edit)

    def data(self) -> ResultData:
        return ResultData(*(edit.text() for edit in self._edits()))

    def _on_clear_button_clicked(self) -> None:
        for edit in self._edits():
            edit.clear()
        self.arrears_edit.setFocus()


class AssignDialog(FormDialog):
    """分配负责单位: one unit or person for every selected enterprise (empty: nobody)."""

    def __init__(self, submit: Callable[[str], object], count: int, suggestions: Sequence[str],
                 current: str = "", parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("分配负责单位"))
        self.setMinimumWidth(420)
        self.unit_combo = self.add_field(self.tr("负责单位或人员(&R)："),
                                         SuggestionCombo("AssignDialog", suggestions), "responsible")
        self.unit_combo.set_value(current)
        self.form.insertRow(0, "", QLineEdit(self.tr("已选 {n} 家企业").format(n=count), readOnly=True,
                                             frame=False))

    def data(self) -> str:
        return self.unit_combo.value()
