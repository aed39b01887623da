"""The organisation and person forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from desktop.models import OrgKind
from desktop.services.directory.core import (
    ORG_KIND_LABELS,
    OrganisationData,
    OrganisationRow,
    PersonData,
    PersonRow,
)
from desktop.views.directory.models import kind_label
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import ChoiceCombo


def _notes_edit(text: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(72)
    return edit


class OrganisationDialog(FormDialog):
    """Name, short name, kind, USCC, address, phone, e-mail and notes of an organisation."""

    def __init__(self, submit: Callable[[OrganisationData], object],
                 row: OrganisationRow | None = None, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("编辑单位") if row else self.tr("新建单位"))
        self.setMinimumWidth(460)
        self.name_edit = self.add_field(self.tr("名称(&N)："), QLineEdit(), "name")
        self.short_name_edit = self.add_field(self.tr("简称(&S)："), QLineEdit(), "short_name")
        self.kind_combo = self.add_field(self.tr("类别(&K)："), ChoiceCombo(), "kind")
        self.kind_combo.set_choices(((kind_label(k), k) for k in ORG_KIND_LABELS), OrgKind.OTHER.value)
        self.uscc_edit = self.add_field(self.tr("统一社会信用代码(&U)："), QLineEdit(), "uscc")
        self.uscc_edit.setPlaceholderText(self.tr("18位，可不填"))
        self.address_edit = self.add_field(self.tr("地址(&A)："), QLineEdit(), "address")
        self.phone_edit = self.add_field(self.tr("电话(&P)："), QLineEdit(), "phone")
        self.phone_edit.setPlaceholderText(self.tr("如 010-67881234 或 13812345678"))
        self.email_edit = self.add_field(self.tr("邮箱(&E)："), QLineEdit(), "email")
        self.notes_edit = self.add_field(self.tr("备注："), _notes_edit(row.notes if row else ""), "notes")
        if row:
            self._load(row)

    def _load(self, row: OrganisationRow) -> None:
        self.name_edit.setText(row.name)
        self.short_name_edit.setText(row.short_name)
        self.kind_combo.set_value(row.kind)
        self.uscc_edit.setText(row.uscc)
        self.address_edit.setText(row.address)
        self.phone_edit.setText(row.phone)
        self.email_edit.setText(row.email)

    def data(self) -> OrganisationData:
        return OrganisationData(
            name=self.name_edit.text(), kind=self.kind_combo.value(),
            short_name=self.short_name_edit.text(), uscc=self.uscc_edit.text(),
            address=self.address_edit.text(), phone=self.phone_edit.text(),
            email=self.email_edit.text(), notes=self.notes_edit.toPlainText(),
        )


class PersonDialog(FormDialog):
    """Name, organisation, title, phone, e-mail and notes of a contact."""

    def __init__(self, submit: Callable[[PersonData], object], organisations: Sequence[tuple[int, str]],
                 row: PersonRow | None = None, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("编辑联系人") if row else self.tr("新建联系人"))
        self.setMinimumWidth(420)
        self.name_edit = self.add_field(self.tr("姓名(&N)："), QLineEdit(), "name")
        self.organisation_combo = self.add_field(self.tr("单位(&O)："), ChoiceCombo(), "organisation_id")
        choices = [(self.tr("（无单位）"), None), *((name, org_id) for org_id, name in organisations)]
        self.organisation_combo.set_choices(choices, row.organisation_id if row else None)
        self.title_edit = self.add_field(self.tr("职务(&T)："), QLineEdit(), "title")
        self.phone_edit = self.add_field(self.tr("电话(&P)："), QLineEdit(), "phone")
        self.phone_edit.setPlaceholderText(self.tr("如 13812345678 或 010-67881234"))
        self.email_edit = self.add_field(self.tr("邮箱(&E)："), QLineEdit(), "email")
        self.notes_edit = self.add_field(self.tr("备注："), _notes_edit(row.notes if row else ""), "notes")
        if row:
            self.name_edit.setText(row.name)
            self.title_edit.setText(row.title)
            self.phone_edit.setText(row.phone)
            self.email_edit.setText(row.email)

    def data(self) -> PersonData:
        return PersonData(
            name=self.name_edit.text(), organisation_id=self.organisation_combo.value(),
            title=self.title_edit.text(), phone=self.phone_edit.text(),
            email=self.email_edit.text(), notes=self.notes_edit.toPlainText(),
        )
