"""The intake forms' shared parts: the employer picked from the register (or added on the spot),
and an editable table with 添加 / 删除所选 under it (the parties, the claims, the persons)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.services.enterprises.core import EnterpriseData, EnterpriseRow, clean_enterprise


def employer_shown(names: dict[int, str], value: object) -> object:
    """An employer as the picker's form gives it (an enterprise id, or the name of one to add),
    shown by name: the conflict dialogs of the case and incident forms."""
    if isinstance(value, str):
        return QCoreApplication.translate("EmployerPicker", "{name}（新增企业）").format(name=value)
    return names.get(value, value)


class EmployerPicker(QWidget):
    """A searchable combo of the register's enterprises, or (新增企业) a name and code to add."""

    def __init__(self, enterprises: Sequence[EnterpriseRow], current: int | None, parent=None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
        for e in enterprises:
            self.combo.addItem(f"{e.name}（{e.uscc}）" if e.uscc else e.name, e.id)
        self.combo.setCurrentIndex(self.combo.findData(current) if current is not None else -1)
        completer = self.combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.lineEdit().setPlaceholderText(QCoreApplication.translate("CaseIntakeDialog", "输入企业名称或代码查找"))
        self.new_check = QCheckBox(QCoreApplication.translate("CaseIntakeDialog", "新增企业"))
        self.name_edit = QLineEdit(placeholderText=QCoreApplication.translate("CaseIntakeDialog", "企业名称"))
        self.uscc_edit = QLineEdit(placeholderText=QCoreApplication.translate("CaseIntakeDialog", "统一社会信用代码（可暂不填）"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.combo, 1)
        top.addWidget(self.new_check)
        self.new_row = QWidget()
        new = QHBoxLayout(self.new_row)
        new.setContentsMargins(0, 0, 0, 0)
        new.addWidget(self.name_edit, 2)
        new.addWidget(self.uscc_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.new_row)
        self.new_check.toggled.connect(self._on_new_check_toggled)
        self._on_new_check_toggled(False)

    def _on_new_check_toggled(self, checked: bool) -> None:
        self.combo.setEnabled(not checked)
        self.new_row.setVisible(checked)
        if checked:
            self.name_edit.setFocus()

    def set_enterprise(self, enterprise_id: int, text: str) -> None:
        """Pick ``enterprise_id`` (``text`` names it when the register read for the form lacks it)."""
        self.new_check.setChecked(False)
        if self.combo.findData(enterprise_id) < 0:
            self.combo.addItem(text, enterprise_id)
        self.combo.setCurrentIndex(self.combo.findData(enterprise_id))

    def enterprise_id(self) -> int | None:
        """The enterprise whose entry is the text, or the only one whose entry contains it."""
        text = self.combo.currentText().strip()
        index = self.combo.findText(text)
        if index < 0 and text:
            found = [i for i in range(self.combo.count()) if text in self.combo.itemText(i)]
            index = found[0] if len(found) == 1 else -1
        return self.combo.itemData(index) if index >= 0 else None

    def new_enterprise(self) -> EnterpriseData | None:
        if not self.new_check.isChecked():
            return None
        data = EnterpriseData(self.name_edit.text(), self.uscc_edit.text())
        try:
            clean_enterprise(data)
        except ValidationError as exc:
            raise ValidationError(exc.template, field="uscc" if exc.field == "uscc" else "new_name",
                                  **exc.params) from None
        return data


class RowsBox(QWidget):
    """A table with 添加 / 删除所选 under it."""

    def __init__(self, table: QTableWidget, add_text: str, remove_text: str, add: Callable[[], None]) -> None:
        super().__init__()
        self.table = table
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: add())
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()} | {self.table.currentRow()} - {-1},
                      reverse=True)
        for row in rows:
            self.table.removeRow(row)
