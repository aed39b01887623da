"""First run: who is working at this PC (recorded in the audit log)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.config import Identity


class IdentityDialog(QDialog):
    """Asks for a name and an organisation; OK stays disabled while the name is empty."""

    def __init__(self, suggested_name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("欢迎使用三方联席秘书台"))
        self.setMinimumWidth(420)
        self.intro_label = QLabel(self.tr("请填写您的姓名和单位。每一次修改都会以此署名记入审计日志。"),
                                  wordWrap=True)
        self.name_edit = QLineEdit(suggested_name)
        self.organisation_edit = QLineEdit(placeholderText=self.tr("如 经开区总工会"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("姓名(&N)："), self.name_edit)
        form.addRow(self.tr("单位(&O)："), self.organisation_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_name_edit_text_changed(self.name_edit.text())
        self.name_edit.selectAll()

    def identity(self) -> Identity:
        return Identity(" ".join(self.name_edit.text().split()),
                        " ".join(self.organisation_edit.text().split()))

    def _on_name_edit_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
