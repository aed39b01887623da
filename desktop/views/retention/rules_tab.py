"""保存期限, a tab of 设置: per register the years personal data is kept after closing and the
archive period during which a due record is sealed instead of purged. OK saves the changed
rules with ``set_retention`` in one transaction (all or none); a refusal shows under the table
and focuses the field it names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.errors import UserError, ValidationError
from desktop.services.retention.rules import (
    CASES,
    INCIDENTS,
    MAX_YEARS,
    RetentionRow,
    retention_rules,
    set_retention,
)
from desktop.views.errors import error_text
from desktop.views.form_dialog import run_or_raise
from desktop.views.workspace import Workspace

ARCHIVED = (CASES, INCIDENTS)  # the registers whose records can be sealed


class RetentionTab(QWidget):
    """Two spin boxes per register; ``save()`` raises UserError when refused."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._rows: dict[str, RetentionRow] = {}
        self.fields: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        for column, title in enumerate((self.tr("登记簿"), self.tr("个人信息保存"), self.tr("档案保存期"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        rows = workspace.read(retention_rules)
        for line, row in enumerate(rows, 1):
            grid.addWidget(QLabel(QCoreApplication.translate("Labels", row.label)), line, 0)
            grid.addWidget(self._spin(f"{row.register}.personal_years", row.personal_years), line, 1)
            if row.register in ARCHIVED:
                archive = self._spin(f"{row.register}.archive_years", row.archive_years)
                archive.setSpecialValueText(self.tr("无档案期"))
                grid.addWidget(archive, line, 2)
            else:
                grid.addWidget(QLabel("—"), line, 2)
        grid.setColumnStretch(3, 1)
        self.note_label = QLabel(self.tr(
            "依据《个人信息保护法》第十九条，个人信息的保存期限应当为实现处理目的所必要的最短时间。"
            "登记结束（结案、事件结束、排查截止）后满“个人信息保存”年限，职工姓名、身份证号码、电话、住址及附件"
            "可在“文件 → 清除到期个人信息”中清除，统计数据保留；按第四十七条，档案保存期尚未届满的记录只封存、"
            "不清除，封存期间仅作存储，启封须说明原因并记入操作日志。"), wordWrap=True)
        self.error_label = QLabel(objectName="formError", wordWrap=True)
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.note_label)
        layout.addStretch(1)
        layout.addWidget(self.error_label)
        self._remember(rows)

    def _spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox(minimum=0, maximum=MAX_YEARS, value=value, suffix=self.tr(" 年"))
        self.fields[name] = spin
        return spin

    def _remember(self, rows: list[RetentionRow]) -> None:
        self._rows = {row.register: row for row in rows}

    def value(self, register: str) -> tuple[int, int]:
        """(personal years, archive years) as the fields show them."""
        row = self._rows[register]
        archive = self.fields.get(f"{register}.archive_years")
        return (self.fields[f"{register}.personal_years"].value(),
                archive.value() if archive is not None else row.archive_years)

    def changed(self) -> dict[str, tuple[int, int]]:
        """Register → the new (personal, archive) years, for the rules the user changed."""
        out = {}
        for register, row in self._rows.items():
            value = self.value(register)
            if value != (row.personal_years, row.archive_years):
                out[register] = value
        return out

    def save(self) -> None:
        changed = self.changed()
        if not changed:
            return
        versions = {register: self._rows[register].version for register in changed}
        user = self._ws.user

        def work(session) -> None:
            for register, (personal, archive) in changed.items():
                try:
                    set_retention(session, register, personal, archive, user=user, version=versions[register])
                except ValidationError as exc:
                    exc.field = f"{register}.{exc.field}"   # which register's field it was
                    raise
        run_or_raise(self, self._ws, work, title=self.tr("无法保存保存期限"))
        self.error_label.hide()
        self._remember(self._ws.read(retention_rules))   # new versions, should OK be pressed again

    def show_refusal(self, exc: UserError, field: str | None) -> None:
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        if (widget := self.fields.get(field or "")) is not None:
            widget.setFocus()
