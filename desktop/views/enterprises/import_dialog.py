"""The enterprise import dialog: choose a file, preview row by row, import all at once.

As the people import (``views.importing.people_import``): reading, planning and writing run in
the background through ``Operation`` with a progress dialog that can cancel; a cancelled or
refused import writes nothing, and the change hub tells the register what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.i18n import LABELS
from desktop.services.enterprises.importing import (
    apply_enterprise_import,
    ensure_enterprise_plan_current,
    plan_enterprise_import,
)
from desktop.services.enterprises.plan import EnterpriseImportRow, EnterprisePlan
from desktop.services.importing import ACTION_LABELS, Action, ImportRefused
from desktop.views.importing.preview_model import translated
from desktop.views.operations import Operation
from desktop.views.record_table import preview_table
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

KEY = "import-enterprises"  # one enterprise import (or preview) at a time
_BACKGROUND = {Action.NEW: QColor("#e6f4ea"), Action.UPDATE: QColor("#e3effb"),
               Action.UNCHANGED: QColor("#f1f1f1"), Action.REJECT: QColor("#fde7e9")}


class EnterprisePreviewModel(RowTableModel):
    """One planned row per line, coloured by what will happen to it."""

    CONTEXT = "EnterprisePreviewModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "行号"), lambda r: r.row, numeric=True),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "处理"),
               lambda r: QCoreApplication.translate(LABELS, ACTION_LABELS[r.action])),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "企业名称"), lambda r: r.text("name")),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "统一社会信用代码"), lambda r: r.text("uscc")),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "所属园区/街道"), lambda r: r.text("park")),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "职工人数"), lambda r: r.text("workers")),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "已建会"), lambda r: r.text("has_union")),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "集体合同"), lambda r: r.text("has_contract")),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "联系电话"), lambda r: r.text("contact_phone"),
               phone=True),
        Column(QT_TRANSLATE_NOOP("EnterprisePreviewModel", "说明"), lambda r: translated(r.reason)),
    )

    def row_tooltip(self, row: EnterpriseImportRow) -> str:
        return translated(row.reason)

    def row_tint(self, row: EnterpriseImportRow) -> QColor:
        return _BACKGROUND[row.action]


class EnterpriseImportDialog(QDialog):
    """Previews an enterprise file against the register and imports it in one transaction."""

    enterprises_imported = Signal(object)  # EnterpriseImportResult

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._plan: EnterprisePlan | None = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("导入企业名录"))
        self.resize(1000, 560)
        self.path_edit = QLineEdit(readOnly=True, placeholderText=self.tr("请选择 .xlsx 或 .csv 文件"))
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.summary_label = QLabel(wordWrap=True)
        self.model = EnterprisePreviewModel(self)
        self.table = preview_table(self.model)
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
        layout.addWidget(self.skip_rejected_box)
        layout.addWidget(self.buttons)

    @property
    def plan(self) -> EnterprisePlan | None:
        return self._plan

    def load(self, path: str) -> Operation | None:
        """Preview ``path`` in the background; a refused file is explained and nothing is kept."""
        op = Operation(self, self._ws,
                       lambda job: job.read(lambda s: plan_enterprise_import(s, path, job.progress)),
                       title=self.tr("无法导入该文件"), key=KEY)
        op.finished.connect(self._on_preview_finished)
        op.failed.connect(self._on_preview_failed)
        return self._start(op, self.tr("正在读取企业名录文件…"))

    def _start(self, op: Operation, label: str) -> Operation | None:
        if not op.run_in_background(label):
            return None
        op.dialog.setWindowTitle(self.windowTitle())
        self.operation = op
        self.choose_button.setEnabled(False)
        self._update_import_button()
        return op

    def _work_done(self) -> None:
        self.operation = None
        self.choose_button.setEnabled(True)
        self._update_import_button()

    def _on_preview_finished(self, plan: EnterprisePlan) -> None:
        self._work_done()
        self._show_plan(plan)
        self.path_edit.setText(str(Path(plan.source)))

    def _on_preview_failed(self, _exc: BaseException) -> None:
        self._work_done()
        self._show_plan(None)

    def _show_plan(self, plan: EnterprisePlan | None) -> None:
        self._plan = plan
        self.model.set_rows(plan.rows if plan else ())
        if plan is None:
            self.path_edit.clear()
        self.table.resizeColumnsToContents()
        self.summary_label.setText(self._summary(plan))
        self.skip_rejected_box.setEnabled(bool(plan and plan.counts.rejected))
        self._update_import_button()

    def _summary(self, plan: EnterprisePlan | None) -> str:
        if plan is None:
            return self.tr("选择一个表格文件后，这里会列出每一行将如何处理；确认后才会写入。")
        lines = [translated(plan.counts.summary)]
        if plan.ignored_columns:
            lines.append(self.tr("未识别的列（不导入）：{columns}").format(columns="、".join(plan.ignored_columns)))
        if plan.counts.rejected:
            lines.append(self.tr("有被拒绝的行：请改正文件后重新选择，或勾选下方选项只导入其余各行。"))
        return "\n".join(lines)

    def _update_import_button(self) -> None:
        allow = self.skip_rejected_box.isChecked()
        self.import_button.setEnabled(self.operation is None and bool(
            self._plan and self._plan.can_apply(allow_rejected=allow)))

    def _on_choose_button_clicked(self) -> None:
        start = str(Path(self._plan.source).parent) if self._plan else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的文件"), start, self.tr("表格文件 (*.xlsx *.csv)"))
        if path:
            self.load(path)

    def _on_skip_rejected_box_toggled(self, _checked: bool) -> None:
        self._update_import_button()

    def _on_import_button_clicked(self) -> None:
        plan, allow = self._plan, self.skip_rejected_box.isChecked()
        if plan is None or not plan.can_apply(allow_rejected=allow) or self.operation is not None:
            return

        def work(job):
            def apply(session):
                ensure_enterprise_plan_current(session, plan, job.progress)
                return apply_enterprise_import(session, plan, allow_rejected=allow, progress=job.progress)
            return job.write(apply)

        op = Operation(self, self._ws, work, title=self.tr("导入失败"), key=KEY)
        op.finished.connect(self._on_import_finished)
        op.failed.connect(self._on_import_failed)
        self._start(op, self.tr("正在导入企业名录…"))

    def _on_import_finished(self, result) -> None:
        self._work_done()
        self.enterprises_imported.emit(result)
        self.accept()

    def _on_import_failed(self, error: BaseException) -> None:
        self._work_done()
        self.summary_label.setText(self._summary(self._plan) + "\n" + self.tr("没有写入任何数据。"))
        if isinstance(error, ImportRefused) and self._plan is not None:
            self.load(self._plan.source)

    # While work runs the dialog stays open: 取消 (or Esc, or closing it) cancels the work.
    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.operation is not None:
            self.operation.cancel()
            event.ignore()
            return
        super().closeEvent(event)
