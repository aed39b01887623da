"""受理登记: a new case (or 修改 of one) in one form: the employer from the register or added on the
spot, dates, category, source, mediation body and mediator, the parties and claims tables, and the
matter and reasons. Each party row is checked on OK (ID check character, phone) and a refusal puts
the cursor in the offending cell. The form hands an ``Intake`` to its submit callable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.models import CaseSource, MediationBody, PartyRole
from desktop.services.disputes.core import (
    COLLECTIVE_WORKERS,
    CaseDraft,
    ClaimInput,
    PartyInput,
    clean_amount,
)
from desktop.services.disputes.labels import BODY_LABELS, CATEGORY_LABELS, SOURCE_LABELS
from desktop.services.disputes.query import CaseDetail
from desktop.services.enterprises.core import EnterpriseData, EnterpriseRow
from desktop.services.kernel.validation import clean_id_number, clean_phone
from desktop.views.disputes.intake_widgets import EmployerPicker, RowsBox
from desktop.views.form_dialog import FormDialog
from desktop.views.header_widths import set_column_widths
from desktop.views.inputs import ChoiceCombo

CONTEXT = "CaseIntakeDialog"
ROLES = ((PartyRole.APPLICANT.value, QT_TRANSLATE_NOOP("CaseIntakeDialog", "申请人")),
         (PartyRole.REPRESENTATIVE.value, QT_TRANSLATE_NOOP("CaseIntakeDialog", "代表")))
NAME, ID_NUMBER, PHONE, ADDRESS, ROLE = range(5)
PARTY_FIELDS = {"name": NAME, "id_number": ID_NUMBER, "phone": PHONE, "address": ADDRESS, "role": ROLE}
CLAIM_FIELDS = {"claim": 0, "amount": 1}
NO_DAY = QDate(2000, 1, 1)      # the date edits' 未填
BAD_CELL = QBrush(QColor("#fde2e1"))


@dataclass(frozen=True)
class Intake:
    """What the form says: the case draft, and the enterprise to add first when it is new."""

    draft: CaseDraft
    new_enterprise: EnterpriseData | None = None
    kept: dict[int, int] | None = None   # party index → stored seq whose masked numbers were left as shown


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _label(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date | None:
    d = edit.date()
    return None if d == NO_DAY and edit.minimumDate() == NO_DAY else date(d.year(), d.month(), d.day())


def date_edit(day: date | None, optional: bool = False) -> QDateEdit:
    edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NO_DAY)
        edit.setSpecialValueText(QCoreApplication.translate("CaseIntakeDialog", "未填"))
    edit.setDate(_qdate(day) if day else NO_DAY)
    return edit


def text_box(text: str = "", lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def choices(labels: dict[str, str], current: str) -> ChoiceCombo:
    combo = ChoiceCombo()
    combo.set_choices([(_label(text), key) for key, text in labels.items()], current)
    return combo


def edit_table(headers: Sequence[str], rows: int = 4) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader()
                         .defaultSectionSize() + 4)
    return table


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class CaseIntakeDialog(FormDialog):
    """受理登记 (``detail`` None) or 修改 (the case's masked detail: numbers left as shown are kept)."""

    def __init__(self, submit: Callable[[Intake], object], enterprises: Sequence[EnterpriseRow],
                 mediators: Sequence[tuple], today: date, detail: CaseDetail | None = None, parent=None) -> None:
        super().__init__(submit, parent)
        self._detail: CaseDetail | None = None
        self._bad: tuple[QTableWidget, int, int] | None = None
        number = detail.row.number if detail else ""
        self.setWindowTitle(self.tr("修改案件：{number}").format(number=number) if detail else self.tr("受理登记"))
        self.setMinimumWidth(820)
        self.employer = self.add_field(self.tr("用人单位(&E)："), EmployerPicker(enterprises, None), "enterprise")
        self._fields["new_name"] = self.employer.name_edit
        self._fields["uscc"] = self.employer.uscc_edit
        self.received_edit = self.add_field(self.tr("受理日期(&D)："), date_edit(today), "received")
        self.category_combo = self.add_field(self.tr("争议类别(&C)："), choices(CATEGORY_LABELS, "remuneration"),
                                             "category")
        self.source_combo = self.add_field(self.tr("来源："), choices(SOURCE_LABELS, CaseSource.WINDOW.value), "source")
        self.body_combo = self.add_field(self.tr("调解组织："), choices(BODY_LABELS, MediationBody.TOWNSHIP.value),
                                         "mediation_body")
        self.mediator_combo = self.add_field(self.tr("调解员："), ChoiceCombo(), "mediator")
        self.mediator_combo.set_choices([(self.tr("（未指定）"), None)] + [(m[1] + (f"（{m[2]}）" if m[2] else ""), m[0])
                                                                       for m in mediators])
        self.knew_edit = self.add_field(self.tr("知道权利被侵害之日："), date_edit(None, True), "knew_on")
        self.arrears_check = self.add_field("", QCheckBox(self.tr("劳动关系存续期间拖欠劳动报酬（不受一年仲裁时效限制）")),
                                            "arrears_in_employment")
        self.workers_spin = self.add_field(self.tr("涉及职工人数(&W)："), QSpinBox(), "workers")
        self.workers_spin.setRange(1, 100000)
        self.collective_label = self.add_field("", QLabel(wordWrap=True))
        self.add_field(self.tr("当事人(&P)："), self._parties_box())
        self.add_field(self.tr("请求事项(&Q)："), self._claims_box())
        self.matter_edit = self.add_field(self.tr("争议事项："), text_box(), "matter")
        self.reasons_edit = self.add_field(self.tr("事实与理由："), text_box("", 3), "reasons")
        self.oral_check = self.add_field("", QCheckBox(self.tr("口头申请（由调解组织记录，当事人签名确认）")), "oral")
        for name in (*PARTY_FIELDS, "parties"):
            self._fields[name] = self.parties.table
        for name in (*CLAIM_FIELDS, "claims"):
            self._fields[name] = self.claims.table
        if detail is not None:
            self.load_detail(detail)
        else:
            self._fill(None)
        self.workers_spin.valueChanged.connect(self._on_workers_spin_value_changed)
        self._on_workers_spin_value_changed(self.workers_spin.value())

    def load_detail(self, detail: CaseDetail) -> None:
        """Fill the form with the case's masked ``detail`` (when it opens, and 采用已保存的内容)."""
        self._detail = detail
        row, case = detail.row, detail.case
        self.employer.set_enterprise(row.enterprise_id, f"{row.employer}（{row.uscc}）" if row.uscc else row.employer)
        self.received_edit.setDate(_qdate(row.received))
        self.category_combo.set_value(row.category)
        self.source_combo.set_value(row.source)
        self.body_combo.set_value(case.get("mediation_body", MediationBody.TOWNSHIP.value))
        self.mediator_combo.set_value(case.get("mediator_id"))
        self.knew_edit.setDate(_qdate(case["knew_on"]) if case.get("knew_on") else NO_DAY)
        self.arrears_check.setChecked(bool(case.get("arrears_in_employment")))
        self.workers_spin.setValue(row.workers)
        self.parties.table.setRowCount(0)
        self.claims.table.setRowCount(0)
        self._fill(detail)
        self.matter_edit.setPlainText(case.get("matter", ""))
        self.reasons_edit.setPlainText(case.get("reasons", ""))
        self.oral_check.setChecked(bool(case.get("oral")))

    def _parties_box(self) -> QWidget:
        self.parties = RowsBox(edit_table([self.tr("姓名"), self.tr("身份证号码"), self.tr("电话"), self.tr("住址"),
                                            self.tr("身份")]), self.tr("添加当事人"), self.tr("删除所选"),
                                self._add_party)
        table = self.parties.table
        set_column_widths(table, [90, 180, 120, 120, 90])   # name, ID, phone, address (stretches), role
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(ADDRESS, QHeaderView.ResizeMode.Stretch)
        return self.parties

    def _claims_box(self) -> QWidget:
        self.claims = RowsBox(edit_table([self.tr("请求事项"), self.tr("金额（元）")], 3), self.tr("添加请求"),
                               self.tr("删除所选"), self._add_claim)
        set_column_widths(self.claims.table, [520, 120])
        return self.claims

    def _add_party(self, values: Sequence[str] = ("", "", "", ""), role: str = PartyRole.APPLICANT.value,
                   seq: int | None = None) -> None:
        table = self.parties.table
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column == NAME:
                item.setData(Qt.ItemDataRole.UserRole, seq)
            table.setItem(row, column, item)
        combo = ChoiceCombo()
        combo.set_choices([(_tr(text), key) for key, text in ROLES], role)
        table.setCellWidget(row, ROLE, combo)

    def _add_claim(self, text: str = "", amount: str = "") -> None:
        table = self.claims.table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(text))
        table.setItem(row, 1, QTableWidgetItem(amount))

    def _fill(self, detail: CaseDetail | None) -> None:
        if detail is None:
            self._add_party()
            self._add_claim()
            return
        for p in detail.parties:
            self._add_party((p.name, p.id_number, p.phone, p.address), p.role, p.seq)
        for c in detail.claims:
            self._add_claim(c.text, "" if c.amount is None else str(c.amount))

    def _on_workers_spin_value_changed(self, value: int) -> None:
        collective = value >= COLLECTIVE_WORKERS
        self.collective_label.setVisible(collective)
        self.collective_label.setText(self.tr(
            "集体争议（{n}人及以上）：请在当事人表中填写职工推举的代表，身份选“代表”。").format(n=COLLECTIVE_WORKERS))

    # The data, checked row by row.
    def _refuse_cell(self, exc: ValidationError, table: QTableWidget, row: int, column: int) -> None:
        self._bad = (table, row, column)
        raise exc

    def _party(self, row: int) -> tuple[PartyInput, int | None]:
        table = self.parties.table
        values = [cell(table, row, c) for c in (NAME, ID_NUMBER, PHONE, ADDRESS)]
        seq = table.item(row, NAME).data(Qt.ItemDataRole.UserRole) if table.item(row, NAME) else None
        shown = next((p for p in self._detail.parties if p.seq == seq), None) if self._detail and seq else None
        for column, clean in ((ID_NUMBER, clean_id_number), (PHONE, clean_phone)):
            if shown is not None and values[column] == (shown.id_number, shown.phone)[column - ID_NUMBER]:
                continue   # the masked number as shown: the stored one is kept
            try:
                values[column] = clean(values[column])
            except ValidationError as exc:
                self._refuse_cell(exc, table, row, column)
        role = table.cellWidget(row, ROLE).value()
        return PartyInput(values[NAME], values[ID_NUMBER], values[PHONE], values[ADDRESS], role), \
            (shown.seq if shown is not None else None)

    def _claims(self) -> tuple[ClaimInput, ...]:
        table, claims = self.claims.table, []
        for row in range(table.rowCount()):
            text, amount = cell(table, row, 0), cell(table, row, 1)
            if not text and not amount:
                continue
            try:
                claims.append(ClaimInput(text, clean_amount(amount)))
            except ValidationError as exc:
                self._refuse_cell(exc, table, row, 1)
        return tuple(claims)

    def data(self) -> Intake:
        self._clear_bad()
        new = self.employer.new_enterprise()
        parties, kept = [], {}
        for row in range(self.parties.table.rowCount()):
            if not any(cell(self.parties.table, row, c) for c in (NAME, ID_NUMBER, PHONE, ADDRESS)):
                continue
            party, shown = self._party(row)
            if shown is not None:
                kept[len(parties)] = shown
            parties.append(party)
        enterprise_id = self.employer.enterprise_id()
        if new is None and enterprise_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请从企业名录中选择用人单位，或勾选“新增企业”。"),
                                  field="enterprise")
        draft = CaseDraft(
            enterprise_id=enterprise_id or 0, received=day_of(self.received_edit), category=self.category_combo.value(),
            parties=tuple(parties), claims=self._claims(), workers=self.workers_spin.value(),
            source=self.source_combo.value(), mediation_body=self.body_combo.value(),
            mediator_id=self.mediator_combo.value(), knew_on=day_of(self.knew_edit),
            arrears_in_employment=self.arrears_check.isChecked(), matter=self.matter_edit.toPlainText(),
            reasons=self.reasons_edit.toPlainText(), oral=self.oral_check.isChecked())
        if self._detail is not None:
            draft = replace(draft, warning_id=self._detail.row.warning_id, notes=self._detail.case.get("notes", ""))
        return Intake(draft, new, kept or None)

    def _clear_bad(self) -> None:
        for table in (self.parties.table, self.claims.table):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    if (item := table.item(row, column)) is not None:
                        item.setBackground(QBrush())
        self._bad = None

    def show_refusal(self, exc, field: str | None) -> None:
        """The message under the form, and the cursor in the offending cell of a table."""
        super().show_refusal(exc, field)
        if self._bad is None and field in PARTY_FIELDS and self.parties.table.rowCount() == 1:
            self._bad = (self.parties.table, 0, PARTY_FIELDS[field])
        if self._bad is not None:
            table, row, column = self._bad
            table.setCurrentCell(row, column)
            if (item := table.item(row, column)) is not None:
                item.setBackground(BAD_CELL)
                item.setToolTip(self.error_message)

    @property
    def bad_cell(self) -> tuple[int, int] | None:
        """(row, column) of the cell the last refusal was about."""
        return None if self._bad is None else self._bad[1:]
