"""Import an .ics file into a body: choose, preview (nothing written), import all at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.bodies.core import list_bodies
from desktop.services.calendar.ics_import import IcsImportPlan, apply_ics_import, plan_ics_import
from desktop.views.calendar.import_preview import IcsPreviewModel
from desktop.views.errors import error_text
from desktop.views.record_table import preview_table
from desktop.views.workspace import Workspace


class ImportTab(QWidget):
    """Previews an .ics file against the database; 导入 writes it in one transaction."""

    imported = Signal(object)  # IcsImportResult

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._data: bytes | None = None
        self._plan: IcsImportPlan | None = None
        self.path_edit = QLineEdit(readOnly=True, placeholderText=self.tr("请选择 .ics 文件"))
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.body_combo = QComboBox()
        self.summary_label = QLabel(wordWrap=True)
        self.model = IcsPreviewModel(self)
        self.table = preview_table(self.model)
        self.skip_rejected_box = QCheckBox(self.tr("跳过无法导入的日程，导入其余日程"))
        self.import_button = QPushButton(self.tr("导入"))
        self._lay_out()
        for body in self._ws.read(list_bodies):
            self.body_combo.addItem(body.name, body.key)

        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.body_combo.currentIndexChanged.connect(self._on_body_combo_current_index_changed)
        self.skip_rejected_box.toggled.connect(self._on_skip_rejected_box_toggled)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self._show_plan(None)

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("文件：")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        body_row = QHBoxLayout()
        body_row.addWidget(QLabel(self.tr("导入到机制：")))
        body_row.addWidget(self.body_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_rejected_box)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(body_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    @property
    def plan(self) -> IcsImportPlan | None:
        return self._plan

    def load(self, path: str) -> bool:
        """Read and preview ``path``; a malformed file is refused with its line number."""
        try:
            self._data = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("无法读取文件"), exc.strerror or str(exc))
            return False
        self.path_edit.setText(str(Path(path)))
        return self._preview()

    def _preview(self) -> bool:
        if self._data is None:
            return False
        body, data, source = self.body_combo.currentData(), self._data, self.path_edit.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = self._ws.read(lambda s: plan_ics_import(s, data, body, source=source))
        except UserError as exc:
            plan, error = None, exc
        finally:
            QApplication.restoreOverrideCursor()
        self._show_plan(plan)
        if plan is None:
            self._data = None
            self.path_edit.clear()
            QMessageBox.warning(self, self.tr("无法导入该文件"),
                                error_text(error) + "\n" + self.tr("没有导入任何内容。"))
            return False
        return True

    def _show_plan(self, plan: IcsImportPlan | None) -> None:
        self._plan = plan
        self.model.set_rows(plan.items if plan else ())
        self.table.resizeColumnsToContents()
        if plan is None:
            text = self.tr("选择 Outlook、WPS、Thunderbird 或手机日历导出的 .ics 文件后，这里会列出每个日程"
                           "将新建、更新还是不变（按 UID 匹配）；确认后才会写入。")
        else:
            text = self.tr("预览：{summary}").format(summary=plan.summary or self.tr("没有日程"))
            if plan.warnings:
                text += "\n" + "\n".join(plan.warnings)
        self.summary_label.setText(text)
        self.skip_rejected_box.setEnabled(bool(plan and plan.rejected))
        self._update_import_button()

    def _update_import_button(self) -> None:
        plan = self._plan
        allowed = plan is not None and bool(plan.to_write) and (
            not plan.rejected or self.skip_rejected_box.isChecked())
        self.import_button.setEnabled(allowed)

    def _on_choose_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的日历文件"), "", self.tr("日历文件 (*.ics *.ifb *.ical)"))
        if path:
            self.load(path)

    def _on_body_combo_current_index_changed(self, _index: int) -> None:
        self._preview()

    def _on_skip_rejected_box_toggled(self, _checked: bool) -> None:
        self._update_import_button()

    def _on_import_button_clicked(self) -> None:
        plan, allow = self._plan, self.skip_rejected_box.isChecked()
        if plan is None or not plan.to_write:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._ws.write(lambda s: apply_ics_import(s, plan, allow_rejected=allow))
        except UserError as exc:
            result, error = None, exc
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            QMessageBox.critical(self, self.tr("导入失败"), error_text(error) + "\n" + self.tr("没有写入任何数据。"))
            return
        QMessageBox.information(self, self.tr("已导入"), self.tr(
            "新建 {created} 项，更新 {updated} 项。").format(created=result.created, updated=result.updated))
        self.imported.emit(result)
        self._preview()
