"""报表: the yearly 督办台账 (.xlsx/.docx) and the 督办通报 (.docx) from the GUI.

Choose the report, the year (台账) or the period and the body (通报), and the file; the report
is read and written in the background with progress and 取消 (a cancelled report leaves no
file). What the command line's ``tripartite report ledger`` / ``report actions -o x.docx`` make.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.exports.action_reports import write_bulletin, write_ledger
from desktop.services.actions.reports import bulletin, ledger
from desktop.services.bodies.core import list_bodies
from desktop.services.kernel.timeutil import today_local
from desktop.views.inputs import ChoiceCombo
from desktop.views.operations import Operation
from desktop.views.workspace import Workspace

LEDGER, BULLETIN = 0, 1
KEY = "action-report"
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _ledger_work(year: int, path: Path):
    def work(job) -> tuple[Path, str]:
        data = job.read(lambda s: ledger(s, year, progress=job.progress))
        return write_ledger(data, path, progress=job.progress), "ledger"
    return work


def _bulletin_work(first: date, last: date, body_id: int | None, path: Path):
    def work(job) -> tuple[Path, str]:
        data = job.read(lambda s: bulletin(s, first, last, body_id, progress=job.progress))
        return write_bulletin(data, path, progress=job.progress), "bulletin"
    return work


class ReportsDialog(QDialog):
    """The choices and 生成; stays open while the report is made (取消 then cancels it)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("督办报表"))
        today = today_local()
        self.kind = QButtonGroup(self)
        self.ledger_radio = QRadioButton(self.tr("年度督办台账（.xlsx 或 .docx）"), checked=True)
        self.bulletin_radio = QRadioButton(self.tr("督办通报（.docx）"))
        self.kind.addButton(self.ledger_radio, LEDGER)
        self.kind.addButton(self.bulletin_radio, BULLETIN)
        self.year_spin = QSpinBox(minimum=FIRST_YEAR, maximum=LAST_YEAR, value=today.year)
        self.first_edit = QDateEdit(QDate(today.year, 1, 1), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.last_edit = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True,
                                   displayFormat="yyyy-MM-dd")
        self.body_combo = ChoiceCombo()
        self.body_combo.set_choices([(self.tr("全部机制"), None),
                                     *((b.name, b.id) for b in workspace.read(list_bodies))])
        self.path_edit = QLineEdit(placeholderText=self.tr("选择保存位置"))
        self.browse_button = QPushButton(self.tr("浏览…"))
        self.note_label = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.make_button = self.buttons.addButton(self.tr("生成"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()
        self.kind.idToggled.connect(self._on_kind_id_toggled)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.path_edit.textChanged.connect(self._update)
        self.make_button.clicked.connect(self._on_make_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _lay_out(self) -> None:
        period = QHBoxLayout()
        period.addWidget(self.first_edit)
        period.addWidget(QLabel(self.tr("至")))
        period.addWidget(self.last_edit)
        period.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.ledger_radio)
        form.addRow(self.tr("年度："), self.year_spin)
        form.addRow(self.bulletin_radio)
        form.addRow(self.tr("统计期间："), period)
        form.addRow(self.tr("机制："), self.body_combo)
        form.addRow(self.tr("保存到："), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)

    def _suffixes(self) -> tuple[str, ...]:
        return (".xlsx", ".docx") if self.kind.checkedId() == LEDGER else (".docx",)

    def path(self) -> Path | None:
        """The file named, with the report's suffix added when it has none it can take."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text)
        return path if path.suffix.lower() in self._suffixes() else path.with_name(path.name + self._suffixes()[0])

    def _update(self, *_args) -> None:
        ledger_chosen = self.kind.checkedId() == LEDGER
        idle = self.operation is None
        self.year_spin.setEnabled(ledger_chosen)
        for widget in (self.first_edit, self.last_edit, self.body_combo):
            widget.setEnabled(not ledger_chosen)
        self.make_button.setEnabled(idle and self.path() is not None)
        self.browse_button.setEnabled(idle)
        if ledger_chosen:
            note = self.tr("台账按机制统计全年会议、议定事项和督办事项，另附督办事项明细和会议明细（.xlsx）。")
        else:
            note = self.tr("通报列出统计期间新增、办结、撤销的督办事项，以及截至今天逾期未办结的事项。")
        self.note_label.setText(note)

    def _on_kind_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            path = self.path()
            if path is not None:  # keep the name, switch to a suffix the report takes
                self.path_edit.setText(str(path if path.suffix.lower() in self._suffixes()
                                           else path.with_suffix(self._suffixes()[0])))
            self._update()

    def _on_browse_button_clicked(self) -> None:
        if self.kind.checkedId() == LEDGER:
            name = self.tr("{year}年督办台账.xlsx").format(year=self.year_spin.value())
            filters = self.tr("Excel 工作簿 (*.xlsx);;Word 文档 (*.docx)")
        else:
            name = self.tr("督办通报.docx")
            filters = self.tr("Word 文档 (*.docx)")
        start = self.path_edit.text() or str(Path.home() / name)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("保存报表"), start, filters)
        if path:
            self.path_edit.setText(path)

    def _work(self, path: Path):
        if self.kind.checkedId() == LEDGER:
            return _ledger_work(self.year_spin.value(), path)
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        return _bulletin_work(first, last, self.body_combo.value(), path)

    def _on_make_button_clicked(self) -> None:
        path = self.path()
        if path is None or self.operation is not None:
            return
        if self.kind.checkedId() == BULLETIN and self.first_edit.date() > self.last_edit.date():
            QMessageBox.warning(self, self.tr("无法生成报表"), self.tr("统计期间的开始日期晚于结束日期。"))
            return
        op = Operation(self, self._ws, self._work(path), title=self.tr("无法生成报表"), key=KEY)
        op.finished.connect(self._on_operation_finished)
        op.failed.connect(self._on_operation_failed)
        if op.run_in_background(self.tr("正在生成报表…")):
            op.dialog.setWindowTitle(self.windowTitle())
            self.operation = op
            self._update()

    def _on_operation_finished(self, outcome: tuple[Path, str]) -> None:
        self.operation = None
        self._update()
        path, _kind = outcome
        QMessageBox.information(self, self.tr("已生成"), self.tr("报表已保存到：\n{path}").format(path=path))

    def _on_operation_failed(self, _exc: BaseException) -> None:
        self.operation = None
        self._update()

    # While the report is made the dialog stays open: 关闭 (or Esc) cancels it first.
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


def open_reports_dialog(parent: QWidget, workspace: Workspace) -> None:
    """Open the 报表 dialog (window-modal, deleted on close)."""
    dialog = ReportsDialog(workspace, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
