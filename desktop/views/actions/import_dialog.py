"""Import a 督办台账 (.xlsx/.csv): choose the file and a default body, preview, import all at once.

The preview and the import run in the background with progress and 取消; a cancelled import
writes nothing, and what an import wrote is announced through the change hub.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QCloseEvent
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
from desktop.services.actions.importing import (
    ActionImportPlan,
    apply_action_import,
    plan_action_import,
)
from desktop.services.actions.timing import STATUS_LABELS
from desktop.services.bodies.core import list_bodies
from desktop.views.importing.preview_model import translated
from desktop.views.inputs import ChoiceCombo
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

KEY = "import-actions"  # one ledger import (or preview) at a time


def _label(text: str) -> str:
    return QCoreApplication.translate(LABELS, text)


class ImportRowsModel(RowTableModel):
    CONTEXT = "ImportRowsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ImportRowsModel", "行号"), lambda r: r.row, numeric=True),
        Column(QT_TRANSLATE_NOOP("ImportRowsModel", "处理"), lambda r: QCoreApplication.translate(
            "ImportRowsModel", QT_TRANSLATE_NOOP("ImportRowsModel", "导入") if r.accepted
            else QT_TRANSLATE_NOOP("ImportRowsModel", "拒绝"))),
        Column(QT_TRANSLATE_NOOP("ImportRowsModel", "督办事项"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("ImportRowsModel", "机制"), lambda r: r.body),
        Column(QT_TRANSLATE_NOOP("ImportRowsModel", "牵头单位"), lambda r: r.lead),
        Column(QT_TRANSLATE_NOOP("ImportRowsModel", "完成期限"), lambda r: r.due.isoformat() if r.due else ""),
        Column(QT_TRANSLATE_NOOP("ImportRowsModel", "状态"),
               lambda r: _label(STATUS_LABELS[r.status]) if r.accepted else ""),
        Column(QT_TRANSLATE_NOOP("ImportRowsModel", "原因"), lambda r: translated(r.reason)),
    )


class ActionImportDialog(QDialog):
    """Writes nothing until 导入; then the accepted rows in one transaction."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._plan: ActionImportPlan | None = None
        self.operation: Operation | None = None  # the background work running, if any
        self.setWindowTitle(self.tr("导入督办台账"))
        self.resize(980, 560)
        self.path_edit = QLineEdit(readOnly=True, placeholderText=self.tr("请选择 .xlsx 或 .csv 文件"))
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.body_combo = ChoiceCombo()
        bodies = workspace.read(list_bodies)
        self.body_combo.set_choices([(self.tr("（按文件中的“机制”列）"), None), *((b.name, b.key) for b in bodies)])
        self.summary_label = QLabel(wordWrap=True)
        self.table = RecordTable(ImportRowsModel())
        self.skip_box = QCheckBox(self.tr("跳过被拒绝的行并导入其余"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.body_combo.currentIndexChanged.connect(self._on_body_combo_current_index_changed)
        self.skip_box.toggled.connect(self._update)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("文件：")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        row.addWidget(QLabel(self.tr("未填机制的行归入：")))
        row.addWidget(self.body_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.buttons)

    @property
    def plan(self) -> ActionImportPlan | None:
        return self._plan

    def load(self, path: str) -> Operation | None:
        """Preview ``path`` in the background; a file that cannot be read is explained and
        nothing is kept."""
        body = self.body_combo.value()
        op = Operation(self, self._ws,
                       lambda job: job.read(lambda s: plan_action_import(s, path, body, job.progress)),
                       title=self.tr("无法导入该文件"), key=KEY)
        op.finished.connect(self._on_preview_finished)
        op.failed.connect(self._on_preview_failed)
        return self._start(op, self.tr("正在读取督办台账…"))

    def _start(self, op: Operation, label: str) -> Operation | None:
        if not op.run_in_background(label):
            return None  # the same work is still running
        op.dialog.setWindowTitle(self.windowTitle())
        self.operation = op
        self._update()
        return op

    def _on_preview_finished(self, plan: ActionImportPlan) -> None:
        self.operation = None
        self._plan = plan
        self.path_edit.setText(str(Path(plan.source)))
        self.table.set_rows(list(plan.rows))
        self._update()

    def _on_preview_failed(self, _exc: BaseException) -> None:
        self.operation = None
        self._plan = None
        self.path_edit.clear()
        self.table.set_rows([])
        self._update()

    def _update(self, *_args) -> None:
        plan = self._plan
        if plan is None:
            self.summary_label.setText(self.tr("选择台账文件后，这里列出每一行将如何处理；确认后才会写入。"))
        else:
            self.summary_label.setText(self.tr("将导入 {ok} 项，拒绝 {bad} 行（表头在第 {header} 行）。").format(
                ok=len(plan.accepted), bad=len(plan.rejected), header=plan.header_row))
        idle = self.operation is None
        self.skip_box.setEnabled(bool(plan and plan.rejected))
        self.choose_button.setEnabled(idle)
        self.body_combo.setEnabled(idle)
        self.import_button.setEnabled(idle and bool(
            plan and plan.can_apply(allow_rejected=self.skip_box.isChecked())))

    def _on_choose_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("选择督办台账"), "",
                                                    self.tr("表格文件 (*.xlsx *.csv)"))
        if path:
            self.load(path)

    def _on_body_combo_current_index_changed(self, _index: int) -> None:
        if self._plan is not None:
            self.load(self._plan.source)

    def _on_import_button_clicked(self) -> None:
        plan, allow = self._plan, self.skip_box.isChecked()
        if plan is None or self.operation is not None:
            return
        op = Operation(self, self._ws, lambda job: job.write(
            lambda s: apply_action_import(s, plan, allow_rejected=allow, progress=job.progress)),
            title=self.tr("导入失败"), key=KEY)
        op.finished.connect(self._on_import_finished)
        op.failed.connect(self._on_import_failed)
        self._start(op, self.tr("正在导入督办事项…"))

    def _on_import_finished(self, _ids) -> None:
        self.operation = None
        self.accept()

    def _on_import_failed(self, _exc: BaseException) -> None:
        self.operation = None
        self._update()
        self.summary_label.setText(self.summary_label.text() + "\n" + self.tr("没有写入任何数据。"))

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
