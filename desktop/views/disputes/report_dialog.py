"""统计报表: the case statistics of a period (cases received from … to …) as .xlsx or .docx.

The same figures and files as ``tripartite report cases``; read and written on a pool thread
through the operation helper, with progress and cancel.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.exports.case_report import write_case_report
from desktop.services.disputes.statistics import case_statistics
from desktop.services.kernel.timeutil import today_local
from desktop.views.disputes.intake_dialog import date_edit, day_of
from desktop.views.inputs import ChoiceCombo
from desktop.views.operations import Operation
from desktop.views.workspace import Workspace

KEY = "export-case-report"


class CaseReportDialog(QDialog):
    """The period and the format; 导出… asks where and writes in the background."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.operation: Operation | None = None
        today = today_local()
        self.setWindowTitle(self.tr("案件统计报表"))
        self.first_edit = date_edit(date(today.year, 1, 1))
        self.last_edit = date_edit(today)
        self.format_combo = ChoiceCombo()
        self.format_combo.set_choices([(self.tr("Excel 工作簿（.xlsx，含案件清单）"), ".xlsx"),
                                       (self.tr("Word 文档（.docx，公文版式）"), ".docx")])
        # the style's own hint is a few pixels short of the longest (translated) choice
        widest = max(self.fontMetrics().horizontalAdvance(self.format_combo.itemText(i))
                     for i in range(self.format_combo.count()))
        self.format_combo.setMinimumWidth(widest + 48)
        self.error_label = QLabel(objectName="formError", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出(&E)…"))
        form = QFormLayout()
        form.addRow(self.tr("受理日期从(&F)："), self.first_edit)
        form.addRow(self.tr("至(&T)："), self.last_edit)
        form.addRow(self.tr("格式："), self.format_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("统计受理日期在此期间内的案件；报表中的身份证号码和电话均已隐去中间位。"),
                                wordWrap=True))
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        first, last = day_of(self.first_edit), day_of(self.last_edit)
        if first > last:
            self.error_label.setText(self.tr("开始日期晚于结束日期。"))
            return
        suffix = self.format_combo.value()
        name = self.tr("案件统计{first}至{last}").format(first=first.isoformat(), last=last.isoformat()) + suffix
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("导出案件统计报表"), str(Path.home() / name),
                                                    f"*{suffix}")
        if path:
            self.export(Path(path) if Path(path).suffix.lower() == suffix else Path(path + suffix), first, last)

    def export(self, path: Path, first: date, last: date) -> Operation | None:
        """Write the report of ``first``..``last`` to ``path`` in the background."""
        def work(job):
            board = job.read(lambda s: case_statistics(s, first, last))
            return write_case_report(path, board, progress=job.progress), board

        self.operation = Operation(self, self._ws, work, title=self.tr("无法导出报表"),
                                   on_success=self._on_exported, key=KEY)
        if not self.operation.run_in_background(self.tr("正在导出案件统计报表…")):
            return None
        return self.operation

    def _on_exported(self, outcome) -> None:
        written, board = outcome
        QMessageBox.information(self, self.tr("已导出"), self.tr("已导出 {n} 件案件的统计：{path}").format(
            n=board.total.received, path=written))
        self.accept()
