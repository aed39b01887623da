"""新建事件 (or 修改 of one) in one form: the enterprise from the register (or added on the spot),
the title and level, when it began and when the office learned of it (both now unless changed),
the workers involved, what happened, the demands and measures, the drill flag, and the persons
involved. ID and phone numbers are checked row by row on OK; a refusal puts the cursor in the
offending cell. ``new_incident`` / ``edit_incident`` open the form and save it as one operation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.models import Incident, IncidentPerson, utcnow
from desktop.services.enterprises.core import (
    EnterpriseData,
    EnterpriseRow,
    create_enterprise,
    list_enterprises,
)
from desktop.services.incidents import core
from desktop.services.incidents.core import MAX_WORKERS, IncidentDraft, PersonInput
from desktop.services.incidents.query import IncidentDetail, IncidentRow, incident_detail
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.validation import (
    clean_id_number,
    clean_phone,
)
from desktop.views.disputes.intake_dialog import BAD_CELL, cell, edit_table, text_box
from desktop.views.disputes.intake_widgets import EmployerPicker, RowsBox
from desktop.views.disputes.kept_numbers import with_stored_numbers
from desktop.views.form_dialog import FormDialog, open_form, run_or_raise
from desktop.views.header_widths import set_column_widths
from desktop.views.incidents.conflicts import IncidentConflicts
from desktop.views.incidents.model import level_label
from desktop.views.inputs import ChoiceCombo
from desktop.views.meetings.timefields import LocalDateTimeEdit

NAME, ID_NUMBER, PHONE, ROLE = range(4)
PERSON_FIELDS = {"name": NAME, "id_number": ID_NUMBER, "phone": PHONE, "role": ROLE}
DEFAULT_ROLE = QT_TRANSLATE_NOOP("IncidentIntakeDialog", "职工代表")


@dataclass(frozen=True)
class IncidentForm:
    """What the form says: the draft, the enterprise to add first, and the persons shown masked."""

    draft: IncidentDraft
    new_enterprise: EnterpriseData | None = None
    kept: dict[int, int] | None = None   # person index → stored person id whose masked numbers were left as shown


def _time_edit(value) -> LocalDateTimeEdit:
    edit = LocalDateTimeEdit()
    edit.set_value(value)
    return edit


class IncidentIntakeDialog(FormDialog):
    """新建事件 (``detail`` None) or 修改 (the incident's masked detail: numbers left as shown are kept)."""

    def __init__(self, submit: Callable[[IncidentForm], object], enterprises: Sequence[EnterpriseRow],
                 detail: IncidentDetail | None = None, enterprise_id: int | None = None, parent=None) -> None:
        super().__init__(submit, parent)
        self._detail: IncidentDetail | None = None
        self._bad: tuple[int, int] | None = None
        number = detail.row.number if detail else ""
        self.setWindowTitle(self.tr("修改事件：{number}").format(number=number) if detail else self.tr("新建突发事件"))
        self.setMinimumWidth(760)
        self.employer = self.add_field(self.tr("企业(&E)："), EmployerPicker(enterprises, enterprise_id), "enterprise")
        self._fields["new_name"] = self.employer.name_edit
        self._fields["uscc"] = self.employer.uscc_edit
        self.title_edit = self.add_field(self.tr("事件名称(&N)："), QLineEdit(), "title")
        self.title_edit.setPlaceholderText(self.tr("如：某公司职工因欠薪聚集"))
        self.level_combo = self.add_field(self.tr("事件级别(&L)："), ChoiceCombo(), "level")
        self.level_combo.set_choices([(level_label(level), level) for level in (1, 2, 3, 4)], 4)
        now = utcnow()
        self.began_edit = self.add_field(self.tr("发生时间(&B)："), _time_edit(now), "began_at")
        self.learned_edit = self.add_field(self.tr("获悉时间(&K)："), _time_edit(now), "learned_at")
        self.workers_spin = self.add_field(self.tr("涉及职工人数(&W)："), QSpinBox(minimum=0, maximum=MAX_WORKERS),
                                           "workers")
        self.place_edit = self.add_field(self.tr("地点(&P)："), QLineEdit(), "place")
        self.happened_edit = self.add_field(self.tr("事件经过："), text_box("", 3), "happened")
        self.demands_edit = self.add_field(self.tr("主要诉求："), text_box(), "demands")
        self.measures_edit = self.add_field(self.tr("已采取措施："), text_box(), "measures")
        self.drill_check = self.add_field("", QCheckBox(self.tr("演练（不计入统计）")), "drill")
        self.add_field(self.tr("涉及人员："), self._persons_box())
        for name in (*PERSON_FIELDS, "persons"):
            self._fields[name] = self.persons.table
        if detail is not None:
            self.load_detail(detail, enterprise_id)
        else:
            self._add_person()

    def load_detail(self, detail: IncidentDetail, enterprise_id: int | None) -> None:
        """Fill the form with the incident's masked ``detail`` (when it opens, and 采用已保存的内容)."""
        self._detail = detail
        row = detail.row
        if enterprise_id is not None:
            self.employer.set_enterprise(enterprise_id, f"{row.enterprise}（{row.uscc}）" if row.uscc
                                         else row.enterprise)
        self.title_edit.setText(row.title)
        self.level_combo.set_value(row.level)
        self.began_edit.set_value(row.began_at)
        self.learned_edit.set_value(row.learned_at)
        self.workers_spin.setValue(row.workers)
        self.place_edit.setText(detail.place)
        self.happened_edit.setPlainText(detail.happened)
        self.demands_edit.setPlainText(detail.demands)
        self.measures_edit.setPlainText(detail.measures)
        self.drill_check.setChecked(row.drill)
        self.persons.table.setRowCount(0)
        for person in detail.persons:
            self._add_person((person.name, person.id_number, person.phone, person.role), person.id)

    def _persons_box(self) -> QWidget:
        self.persons = RowsBox(edit_table([self.tr("姓名"), self.tr("身份证号码"), self.tr("电话"), self.tr("身份")]),
                                self.tr("添加人员"), self.tr("删除所选"), self._add_person)
        set_column_widths(self.persons.table, [100, 190, 130, 120])
        return self.persons

    def _add_person(self, values: Sequence[str] = ("", "", "", ""), person_id: int | None = None) -> None:
        table = self.persons.table
        r = table.rowCount()
        table.insertRow(r)
        values = list(values)
        values[ROLE] = values[ROLE] or QCoreApplication.translate("IncidentIntakeDialog", DEFAULT_ROLE)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column == NAME:
                item.setData(Qt.ItemDataRole.UserRole, person_id)
            table.setItem(r, column, item)

    # The data, checked row by row.
    def _person(self, table: QTableWidget, r: int) -> tuple[PersonInput, int | None]:
        values = [cell(table, r, c) for c in range(4)]
        person_id = table.item(r, NAME).data(Qt.ItemDataRole.UserRole) if table.item(r, NAME) else None
        shown = next((p for p in self._detail.persons if p.id == person_id), None) if self._detail else None
        for column, clean, masked in ((ID_NUMBER, clean_id_number, shown and shown.id_number),
                                      (PHONE, clean_phone, shown and shown.phone)):
            if shown is not None and values[column] == masked:
                continue   # the masked number as shown: the stored one is kept
            try:
                values[column] = clean(values[column])
            except ValidationError:
                self._bad = (r, column)
                raise
        person = PersonInput(values[NAME], values[ID_NUMBER], values[PHONE], role=values[ROLE])
        return person, (shown.id if shown is not None else None)

    def data(self) -> IncidentForm:
        self._clear_bad()
        new = self.employer.new_enterprise()
        enterprise_id = self.employer.enterprise_id()
        if new is None and enterprise_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请从企业名录中选择企业，或勾选“新增企业”。"),
                                  field="enterprise")
        table, persons, kept = self.persons.table, [], {}
        for r in range(table.rowCount()):
            if not any(cell(table, r, c) for c in (NAME, ID_NUMBER, PHONE)):
                continue
            person, shown = self._person(table, r)
            if shown is not None:
                kept[len(persons)] = shown
            persons.append(person)
        draft = IncidentDraft(
            enterprise_id=enterprise_id or 0, title=self.title_edit.text(), level=self.level_combo.value(),
            began_at=self.began_edit.value(), learned_at=self.learned_edit.value(), workers=self.workers_spin.value(),
            place=self.place_edit.text(), happened=self.happened_edit.toPlainText(),
            demands=self.demands_edit.toPlainText(), measures=self.measures_edit.toPlainText(),
            drill=self.drill_check.isChecked(), persons=tuple(persons))
        if self._detail is not None:
            draft = replace(draft, warning_id=self._detail.warning_id, case_id=self._detail.case_id)
        return IncidentForm(draft, new, kept or None)

    def _clear_bad(self) -> None:
        table = self.persons.table
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                if (item := table.item(r, c)) is not None:
                    item.setBackground(QBrush())
        self._bad = None

    def show_refusal(self, exc, field: str | None) -> None:
        """The message under the form, and the cursor in the offending cell of the persons table."""
        super().show_refusal(exc, field)
        table = self.persons.table
        if self._bad is None and field in PERSON_FIELDS and table.rowCount() == 1:
            self._bad = (0, PERSON_FIELDS[field])
        if self._bad is not None:
            table.setCurrentCell(*self._bad)
            if (item := table.item(*self._bad)) is not None:
                item.setBackground(BAD_CELL)
                item.setToolTip(self.error_message)

    @property
    def bad_cell(self) -> tuple[int, int] | None:
        return self._bad


# ---------------------------------------------------------------- opening and saving

def _submit(page, work):
    return run_or_raise(page, page.workspace, work, title=QCoreApplication.translate("IncidentsPage", "无法保存"))


def _with_enterprise(session, form: IncidentForm) -> IncidentDraft:
    if form.new_enterprise is None:
        return form.draft
    return replace(form.draft, enterprise_id=create_enterprise(session, form.new_enterprise))


def _kept_numbers(session, incident_id: int, draft: IncidentDraft, kept: dict[int, int] | None) -> IncidentDraft:
    """The draft with the stored numbers (and address) wherever the form still shows them masked."""
    if not kept:
        return draft
    stored = {p.id: p for p in session.scalars(select(IncidentPerson).where(IncidentPerson.incident_id == incident_id))}
    persons = list(draft.persons)
    for index, person_id in kept.items():
        person, real = with_stored_numbers(persons[index], stored.get(person_id), stored.values())
        persons[index] = person if real is None else replace(person, address=real.address)
    return replace(draft, persons=tuple(persons))


def new_incident(page, enterprise_id: int | None = None) -> IncidentIntakeDialog:
    """新建事件; a new enterprise is added in the same transaction as the incident."""
    user = page.workspace.user
    enterprises = page.workspace.read(list_enterprises)
    dialog = IncidentIntakeDialog(
        lambda form: _submit(page, lambda s: core.create_incident(s, _with_enterprise(s, form), user=user)),
        enterprises, enterprise_id=enterprise_id, parent=page)
    open_form(dialog, page.select_after_save)
    return dialog


def edit_incident(page, row: IncidentRow) -> IncidentIntakeDialog:
    """修改 an incident; the numbers stay masked on screen and are kept unless retyped. The save
    compares the version read here (the conflict dialog moves it), not the list's."""
    user = page.workspace.user
    enterprises, detail, enterprise_id = page.workspace.read(lambda s: (
        list_enterprises(s), incident_detail(s, row.id), get_or_refuse(s, Incident, row.id).enterprise_id))
    conflicts = IncidentConflicts(page.workspace, detail, enterprise_id, enterprises)

    def work(s, form: IncidentForm) -> int:
        draft = _kept_numbers(s, row.id, _with_enterprise(s, form), form.kept)
        core.update_incident(s, row.id, draft, version=conflicts.version, user=user)
        return row.id
    dialog = IncidentIntakeDialog(lambda form: _submit(page, lambda s: work(s, form)), enterprises, detail,
                                  enterprise_id, page)
    dialog.edits(conflicts)
    open_form(dialog, page.select_after_save)
    return dialog
