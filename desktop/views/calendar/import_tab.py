"""Import an .ics file into a body: choose, preview (nothing written), import all at once.

Reading, previewing and importing run in the background with progress and 取消; a cancelled
import writes nothing. The import announces the meetings it wrote through the change hub
(pages and the published feeds follow from there).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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

from desktop.services.bodies.core import list_bodies
from desktop.services.calendar.ics_import import (
    IcsImportPlan,
    apply_ics_import,
    plan_ics_import,
    read_ics_file,
)
from desktop.services.kernel.permissions import Permission
from desktop.views.calendar.import_preview import IcsPreviewModel
from desktop.views.operations import Operation
from desktop.views.record_table import preview_table
from desktop.views.roles import needs
from desktop.views.workspace import Workspace

KEY = "import-ics"  # one .ics import (or preview) at a time


class ImportTab(QWidget):
    """Previews an .ics file against the database; 导入 writes it in one transaction."""

    imported = Signal(object)  # IcsImportResult

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._data: bytes | None = None
        self._plan: IcsImportPlan | None = None
        self.operation: Operation | None = None  # the background work running, if any
        self.path_edit = QLineEdit(readOnly=True, placeholderText=self.tr("请选择 .ics 文件"))
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.body_combo = QComboBox()
        self.summary_label = QLabel(wordWrap=True)
        self.model = IcsPreviewModel(self)
        self.table = preview_table(self.model)
        self.skip_rejected_box = QCheckBox(self.tr("跳过无法导入的日程，导入其余日程"))
        self.import_button = QPushButton(self.tr("导入"))
        for button in (self.import_button,):
            needs(button, Permission.WRITE)
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

    def load(self, path: str) -> Operation | None:
        """Read and preview ``path`` in the background; a malformed file is refused with its
        line number."""
        return self._preview(path)

    def _preview(self, path: str | None = None) -> Operation | None:
        if path is None and self._data is None:
            return None
        body, data = self.body_combo.currentData(), self._data
        source = path or self.path_edit.text()

        def work(job):
            content = read_ics_file(path) if path is not None else data
            return content, job.read(lambda s: plan_ics_import(s, content, body, source=source,
                                                               progress=job.progress))

        op = Operation(self, self._ws, work, title=self.tr("无法导入该文件"), key=KEY)
        op.finished.connect(self._on_preview_finished)
        op.failed.connect(self._on_preview_failed)
        return self._start(op, self.tr("正在读取日历文件…"))

    def _start(self, op: Operation, label: str) -> Operation | None:
        if not op.run_in_background(label):
            return None  # the same work is still running
        op.dialog.setWindowTitle(self.tr("导入日历"))
        self.operation = op
        self._set_idle(False)
        return op

    def _set_idle(self, idle: bool) -> None:
        if idle:
            self.operation = None
        self.choose_button.setEnabled(idle)
        self.body_combo.setEnabled(idle)
        self._update_import_button()

    def _on_preview_finished(self, outcome: tuple[bytes, IcsImportPlan]) -> None:
        self._data, plan = outcome
        self.path_edit.setText(str(Path(plan.source)) if plan.source else "")
        self._set_idle(True)
        self._show_plan(plan)

    def _on_preview_failed(self, _exc: BaseException) -> None:
        self._data = None
        self.path_edit.clear()
        self._set_idle(True)
        self._show_plan(None)
        self.summary_label.setText(self.tr("没有导入任何内容。"))

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
        allowed = self.operation is None and plan is not None and bool(plan.to_write) and (
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
        if plan is None or not plan.to_write or self.operation is not None:
            return
        op = Operation(self, self._ws, lambda job: job.write(
            lambda s: apply_ics_import(s, plan, allow_rejected=allow, progress=job.progress)),
            title=self.tr("导入失败"), key=KEY)
        op.finished.connect(self._on_import_finished)
        op.failed.connect(self._on_import_failed)
        self._start(op, self.tr("正在导入日程…"))

    def _on_import_finished(self, result) -> None:
        self._set_idle(True)
        QMessageBox.information(self, self.tr("已导入"), self.tr(
            "新建 {created} 项，更新 {updated} 项。").format(created=result.created, updated=result.updated))
        self.imported.emit(result)
        self._preview()

    def _on_import_failed(self, _exc: BaseException) -> None:
        self._set_idle(True)
        self.summary_label.setText(self.summary_label.text() + "\n" + self.tr("没有写入任何数据。"))
