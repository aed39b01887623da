"""The people import dialog: choose a file, preview row by row, import all at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.db import Database
from desktop.errors import UserError
from desktop.services.importing import (
    ImportPlan,
    ImportRefused,
    apply_people_import,
    ensure_plan_current,
    plan_people_import,
)
from desktop.views.importing.preview_model import ImportPreviewModel, translated
from desktop.views.record_table import preview_table


def error_text(exc: UserError) -> str:
    """A service refusal in the user's language."""
    return QCoreApplication.translate(exc.context, exc.template).format(**exc.params)


class PeopleImportDialog(QDialog):
    """Previews a contacts file against the database and imports it in one transaction."""

    people_imported = Signal(object)  # ImportResult

    def __init__(self, db: Database, user: str, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._user = user
        self._plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("导入联系人"))
        self.resize(960, 560)

        self.path_edit = QLineEdit(readOnly=True, placeholderText=self.tr("请选择 .xlsx 或 .csv 文件"))
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.summary_label = QLabel(wordWrap=True)
        self.model = ImportPreviewModel(self)
        self.table = preview_table(self.model)
        self.privacy_label = QLabel(self.tr("预览中的电话号码已隐去部分数字；导入时保存完整号码。"))
        self.skip_rejected_box = QCheckBox(self.tr("跳过被拒绝的行并导入其余"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()

        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.skip_rejected_box.toggled.connect(self._on_skip_rejected_box_toggled)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._show_plan(None)

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("文件：")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.skip_rejected_box)
        layout.addWidget(self.buttons)

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    def load(self, path: str) -> bool:
        """Preview ``path``; on a refused file show why and keep nothing."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self._db.reading() as session:
                plan = plan_people_import(session, path)
        except UserError as exc:
            plan, error = None, exc
        finally:
            QApplication.restoreOverrideCursor()
        self._show_plan(plan)
        if plan is None:
            QMessageBox.warning(self, self.tr("无法导入该文件"), error_text(error))
            return False
        self.path_edit.setText(str(Path(path)))
        return True

    def _show_plan(self, plan: ImportPlan | None) -> None:
        self._plan = plan
        self.model.set_rows(plan.rows if plan else ())
        if plan is None:
            self.path_edit.clear()
        self.table.resizeColumnsToContents()
        self.summary_label.setText(self._summary(plan))
        self.skip_rejected_box.setEnabled(bool(plan and plan.counts.rejected))
        self._update_import_button()

    def _summary(self, plan: ImportPlan | None) -> str:
        if plan is None:
            return self.tr("选择一个表格文件后，这里会列出每一行将如何处理；确认后才会写入。")
        lines = [translated(plan.counts.summary)]
        if plan.new_organisations:
            names = "、".join(o.name for o in plan.new_organisations)
            lines.append(self.tr("将新建单位：{names}").format(names=names))
        if plan.ignored_columns:
            lines.append(self.tr("未识别的列（不导入）：{columns}").format(columns="、".join(plan.ignored_columns)))
        if plan.counts.rejected:
            lines.append(self.tr("有被拒绝的行：请改正文件后重新选择，或勾选下方选项只导入其余各行。"))
        return "\n".join(lines)

    def _update_import_button(self) -> None:
        allow = self.skip_rejected_box.isChecked()
        self.import_button.setEnabled(bool(self._plan and self._plan.can_apply(allow_rejected=allow)))

    def _on_choose_button_clicked(self) -> None:
        start = str(Path(self._plan.source).parent) if self._plan else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的文件"), start, self.tr("表格文件 (*.xlsx *.csv)")
        )
        if path:
            self.load(path)

    def _on_skip_rejected_box_toggled(self, _checked: bool) -> None:
        self._update_import_button()

    def _on_import_button_clicked(self) -> None:
        plan = self._plan
        allow = self.skip_rejected_box.isChecked()
        if plan is None or not plan.can_apply(allow_rejected=allow):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self._db.transaction(self._user) as session:
                ensure_plan_current(session, plan)
                result = apply_people_import(session, plan, allow_rejected=allow)
        except UserError as exc:
            result, error = None, exc
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            self._report_import_failure(plan, error)
            return
        self.people_imported.emit(result)
        self.accept()

    def _report_import_failure(self, plan: ImportPlan, error: UserError) -> None:
        QMessageBox.critical(self, self.tr("导入失败"), error_text(error) + "\n" + self.tr("没有写入任何数据。"))
        if isinstance(error, ImportRefused):  # the file or the database changed: show them as they are now
            self.load(plan.source)
