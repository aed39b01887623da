"""The enterprise form and the enterprise's own page (企业档案)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
)

from desktop.services.enterprises.core import MAX_WORKERS, EnterpriseData, EnterpriseRow
from desktop.services.enterprises.dossier import Dossier
from desktop.services.kernel.timeutil import today_local
from desktop.services.kernel.validation import mask_phone
from desktop.views.enterprises.dossier import dossier_trees
from desktop.views.form_dialog import FormDialog
from desktop.views.inputs import SuggestionCombo


class EnterpriseDialog(FormDialog):
    """Every field of an enterprise; a refusal shows under the fields and focuses the one at fault."""

    def __init__(self, submit: Callable[[EnterpriseData], object], parks: Sequence[str],
                 row: EnterpriseRow | None = None, parent=None) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("编辑企业") if row else self.tr("新建企业"))
        self.setMinimumWidth(480)
        self.name_edit = self.add_field(self.tr("企业名称(&N)："), QLineEdit(), "name")
        self.uscc_edit = self.add_field(self.tr("统一社会信用代码(&U)："), QLineEdit(), "uscc")
        self.uscc_edit.setPlaceholderText(self.tr("18位，如 91110302MA01ABCD2X"))
        self.address_edit = self.add_field(self.tr("地址(&A)："), QLineEdit(), "address")
        self.park_combo = self.add_field(self.tr("所属园区/街道(&P)："),
                                         SuggestionCombo("EnterpriseDialog", parks), "park")
        self.industry_edit = self.add_field(self.tr("行业(&I)："), QLineEdit(), "industry")
        self.workers_spin = self.add_field(self.tr("职工人数(&W)："), QSpinBox(), "workers")
        self.workers_spin.setRange(-1, MAX_WORKERS)
        self.workers_spin.setSpecialValueText(self.tr("未知"))
        self.workers_spin.setValue(-1)
        self.union_box = self.add_field("", QCheckBox(self.tr("已建会")), "has_union")
        self.contract_box = self.add_field("", QCheckBox(self.tr("已签订集体合同")), "has_contract")
        self.contact_edit = self.add_field(self.tr("联系人(&C)："), QLineEdit(), "contact_name")
        self.phone_edit = self.add_field(self.tr("联系电话(&T)："), QLineEdit(), "contact_phone")
        self.phone_edit.setPlaceholderText(self.tr("如 13812345678 或 010-67881234"))
        if row:
            self._load(row)
        else:
            self.park_combo.setCurrentIndex(-1)   # a new enterprise has no park until one is chosen

    def _load(self, row: EnterpriseRow) -> None:
        self.name_edit.setText(row.name)
        self.uscc_edit.setText(row.uscc)
        self.address_edit.setText(row.address)
        self.park_combo.set_value(row.park)
        self.industry_edit.setText(row.industry)
        self.workers_spin.setValue(-1 if row.workers is None else row.workers)
        self.union_box.setChecked(row.has_union)
        self.contract_box.setChecked(row.has_contract)
        self.contact_edit.setText(row.contact_name)
        self.phone_edit.setText(row.contact_phone)

    def data(self) -> EnterpriseData:
        workers = self.workers_spin.value()
        return EnterpriseData(
            name=self.name_edit.text(), uscc=self.uscc_edit.text(), address=self.address_edit.text(),
            park=self.park_combo.value(), industry=self.industry_edit.text(),
            workers=None if workers < 0 else workers, has_union=self.union_box.isChecked(),
            has_contract=self.contract_box.isChecked(), contact_name=self.contact_edit.text(),
            contact_phone=self.phone_edit.text(),
        )


class EnterpriseProfileDialog(QDialog):
    """企业档案: the enterprise's details, its screening results and its warnings with their chains.

    Dispute cases and incidents join here when their registers exist.
    """

    def __init__(self, row: EnterpriseRow, dossier: Dossier | None = None, *, phones_revealed: bool = False,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("企业档案：{name}").format(name=row.name))
        self.setMinimumWidth(520)
        dossier = dossier or Dossier(row.id, (), ())
        yes, no = self.tr("是"), self.tr("否")
        details = QGroupBox(self.tr("基本信息"))
        form = QFormLayout(details)
        phone = row.contact_phone if phones_revealed else mask_phone(row.contact_phone)
        self.values: dict[str, QLabel] = {}
        for key, label, value in (
            ("name", self.tr("企业名称："), row.name),
            ("uscc", self.tr("统一社会信用代码："), row.uscc),
            ("address", self.tr("地址："), row.address),
            ("park", self.tr("所属园区/街道："), row.park),
            ("industry", self.tr("行业："), row.industry),
            ("workers", self.tr("职工人数："), self.tr("未知") if row.workers is None else str(row.workers)),
            ("union", self.tr("已建会："), yes if row.has_union else no),
            ("contract", self.tr("集体合同："), yes if row.has_contract else no),
            ("contact", self.tr("联系人："), row.contact_name),
            ("phone", self.tr("联系电话："), phone),
        ):
            self.values[key] = QLabel(value, wordWrap=True)
            form.addRow(label, self.values[key])
        self.screenings, self.warnings = dossier_trees(dossier, today_local())
        tabs = QTabWidget()
        tabs.addTab(self.screenings, self.tr("排查结果（{n}）").format(n=len(dossier.screenings)))
        tabs.addTab(self.warnings, self.tr("预警记录（{n}）").format(n=len(dossier.warnings)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        if dossier.screenings or dossier.warnings:
            self.resize(900, 620)
