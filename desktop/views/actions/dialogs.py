"""The forms of the follow-up pages: an item, a progress report, a note, a due date, a reassignment,
a chase. Each hands its data to a service call and stays open on a refusal (FormDialog)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.i18n import LABELS
from desktop.services.actions.core import ActionFields
from desktop.services.actions.detail import ActionDetail, Choice
from desktop.services.actions.timing import PRIORITIES, PRIORITY_LABELS
from desktop.services.kernel.timeutil import today_local
from desktop.views.attachments.pending import PendingFiles
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo

UNCHANGED = "unchanged"


@dataclass(frozen=True)
class FormChoices:
    """What the pickers offer: bodies (key, name), organisations and people."""

    bodies: tuple[tuple[str, str], ...]
    organisations: tuple[Choice, ...]
    people: tuple[Choice, ...]


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QWidget):
    """A date that may be left out: a check box turns the date on."""

    def __init__(self, label: str, value: date | None = None, parent=None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(qdate(value or today_local()))

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None


def _text_edit(text: str = "", height: int = 72) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _people_choices(people: Sequence[Choice]) -> list[tuple[str, object]]:
    return [(f"{p.name}（{p.detail}）" if p.detail else p.name, p.id) for p in people]


class ActionDialog(FormDialog):
    """A new item (with its body) or an item's editable fields."""

    def __init__(self, submit: Callable[[object], object], choices: FormChoices,
                 detail: ActionDetail | None = None, body_key: str | None = None, parent=None) -> None:
        super().__init__(submit, parent)
        self._new = detail is None
        self.setWindowTitle(self.tr("新建督办事项") if self._new else self.tr("编辑督办事项"))
        self.setMinimumWidth(560)
        self.body_combo = ChoiceCombo()
        if self._new:
            self.add_field(self.tr("所属机制(&B)："), self.body_combo, "body")
            self.body_combo.set_choices(((n, k) for k, n in choices.bodies), body_key)
        self.title_edit = self.add_field(self.tr("督办事项(&T)："), QLineEdit(), "title")
        self.description_edit = self.add_field(self.tr("说明："), _text_edit(), "description")
        orgs = [(c.name, c.id) for c in choices.organisations]
        self.lead_combo = self.add_field(self.tr("牵头单位(&L)："), ChoiceCombo(), "lead_org_id")
        self.lead_combo.set_choices([(self.tr("（未指定）"), None), *orgs])
        self.co_list = self.add_field(self.tr("协办单位："), QListWidget(), "co_org_ids")
        self.co_list.setFixedHeight(96)
        for name, org_id in orgs:
            item = QListWidgetItem(name, self.co_list)
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.owner_combo = self.add_field(self.tr("责任人(&O)："), ChoiceCombo(), "owner_id")
        self.owner_combo.set_choices([(self.tr("（未指定）"), None), *_people_choices(choices.people)])
        self.due_field = self.add_field(self.tr("完成期限(&D)："), DateField(self.tr("设定期限")), "due")
        self.priority_combo = self.add_field(self.tr("优先级："), ChoiceCombo(), "priority")
        self.priority_combo.set_choices(((_label(PRIORITY_LABELS[p]), p) for p in PRIORITIES), "normal")
        self.cadence_spin = self.add_field(self.tr("汇报周期："), QSpinBox(), "report_every_days")
        self.cadence_spin.setRange(0, 365)
        self.cadence_spin.setSuffix(self.tr(" 天"))
        self.cadence_spin.setSpecialValueText(self.tr("不要求定期汇报"))
        if detail is not None:
            self.load_detail(detail)

    def load_detail(self, d: ActionDetail) -> None:
        """Show the item's fields (on opening, and when the stored values are taken)."""
        self.title_edit.setText(d.title)
        self.description_edit.setPlainText(d.description)
        self.lead_combo.set_value(d.lead_org_id)
        for row in range(self.co_list.count()):
            item = self.co_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in d.co_org_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.owner_combo.set_value(d.owner_id)
        self.due_field.set_value(d.due)
        self.priority_combo.set_value(d.priority)
        self.cadence_spin.setValue(d.report_every_days or 0)

    def fields(self) -> ActionFields:
        co = tuple(self.co_list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.co_list.count())
                   if self.co_list.item(r).checkState() == Qt.CheckState.Checked)
        return ActionFields(self.title_edit.text(), self.description_edit.toPlainText(),
                            self.lead_combo.value(), co, self.owner_combo.value(), self.due_field.value(),
                            self.priority_combo.value(), self.cadence_spin.value() or None)

    def data(self) -> object:
        """``(body_key, fields)`` for a new item, else the fields."""
        return (self.body_combo.value(), self.fields()) if self._new else self.fields()


def _label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text)


@dataclass(frozen=True)
class ProgressReport:
    """What the report dialog hands over; ``evidence`` is attached once the report is saved."""

    text: str
    percent: int
    on: date
    evidence: tuple[Path, ...] = ()


class ProgressDialog(FormDialog):
    """A progress report: date, percent, what was done, and 佐证材料 (evidence files)."""

    def __init__(self, submit: Callable[[tuple], object], title: str, progress: int, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("汇报进展：{title}").format(title=title))
        self.setMinimumWidth(480)
        self.date_edit = self.add_field(self.tr("汇报日期："), QDateEdit(calendarPopup=True,
                                                                       displayFormat="yyyy-MM-dd"), "reported_on")
        self.date_edit.setDate(qdate(today_local()))
        self.date_edit.setMaximumDate(qdate(today_local()))
        self.percent_spin = self.add_field(self.tr("完成进度："), QSpinBox(), "percent")
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix("%")
        self.percent_spin.setValue(progress)
        self.percent_spin.setToolTip(self.tr("填 100% 表示已完成，事项转为“待确认”，由秘书处办结确认"))
        self.text_edit = self.add_field(self.tr("进展情况(&T)："), _text_edit(height=110), "text")
        self.evidence = self.add_field(self.tr("佐证材料："), PendingFiles(), "evidence")

    def data(self) -> ProgressReport:
        return ProgressReport(self.text_edit.toPlainText(), self.percent_spin.value(),
                              self.date_edit.date().toPython(), self.evidence.paths())


class NoteDialog(FormDialog):
    """One required text: the sign-off note, the reason to reopen or to withdraw."""

    def __init__(self, submit: Callable[[str], object], window_title: str, label: str,
                 text: str = "", parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(window_title)
        self.setMinimumWidth(440)
        self.text_edit = _text_edit(text, 96)
        for field in ("text", "note", "reason"):
            self._fields[field] = self.text_edit
        self.form.addRow(label, self.text_edit)

    def data(self) -> str:
        return self.text_edit.toPlainText()


class DueDialog(FormDialog):
    """A new due date for the selected items, or none."""

    def __init__(self, submit: Callable[[date | None], object], count: int, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("调整完成期限（{n} 项）").format(n=count))
        self.due_field = self.add_field(self.tr("新的完成期限："), DateField(self.tr("设定期限")), "due")
        self.due_field.set_value(today_local())

    def data(self) -> date | None:
        return self.due_field.value()


class ReassignDialog(FormDialog):
    """A new lead organisation and/or owner for the selected items."""

    def __init__(self, submit: Callable[[dict], object], choices: FormChoices, count: int, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("改派（{n} 项）").format(n=count))
        self.setMinimumWidth(440)
        self.lead_combo = self.add_field(self.tr("牵头单位："), ChoiceCombo(), "lead_org_id")
        self.lead_combo.set_choices([(self.tr("（不变）"), UNCHANGED),
                                     *((c.name, c.id) for c in choices.organisations)])
        self.owner_combo = self.add_field(self.tr("责任人："), ChoiceCombo(), "owner_id")
        self.owner_combo.set_choices([(self.tr("（不变）"), UNCHANGED), (self.tr("（清空）"), None),
                                      *_people_choices(choices.people)])

    def data(self) -> dict:
        return {k: v for k, v in (("lead_org_id", self.lead_combo.value()),
                                  ("owner_id", self.owner_combo.value())) if v != UNCHANGED}


@dataclass(frozen=True)
class ChaseChoice:
    docx: bool
    eml: bool
    folder: Path
    sender: str


class ChaseDialog(FormDialog):
    """催办: write a 催办单 and/or an e-mail into a folder; the chase is then recorded."""

    def __init__(self, submit: Callable[[ChaseChoice], object], title: str, recipients: str,
                 folder: str = "", parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("催办：{title}").format(title=title))
        self.setMinimumWidth(500)
        self.docx_box = self.add_field("", QCheckBox(self.tr("生成催办单（.docx，公文格式）")), "docx")
        self.docx_box.setChecked(True)
        self.eml_box = self.add_field("", QCheckBox(self.tr("生成催办邮件（.eml，收件人：{to}）").format(
            to=recipients or self.tr("未登记邮箱，请在邮件中填写"))), "eml")
        self.eml_box.setChecked(bool(recipients))
        self.sender_edit = self.add_field(self.tr("发件人邮箱："), QLineEdit(), "sender")
        self.folder_edit = QLineEdit(folder or str(Path.home()))
        self.browse_button = QPushButton(self.tr("选择…"))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder_edit, 1)
        layout.addWidget(self.browse_button)
        self.add_field(self.tr("保存到文件夹："), row, "folder")
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择保存催办文件的文件夹"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def data(self) -> ChaseChoice:
        return ChaseChoice(self.docx_box.isChecked(), self.eml_box.isChecked(),
                           Path(self.folder_edit.text().strip()), self.sender_edit.text().strip())
