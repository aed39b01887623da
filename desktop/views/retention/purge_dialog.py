"""清除到期个人信息 (个人信息保护法 Arts. 19, 47): what the retention rules make due, purged after
one question; the purge certificate; the sealed records and their logged unsealing.

The purge is an operation in the background: ``purge`` in one committed transaction, then, in
the same job and outside that transaction, ``scrub_storage`` rewrites the database file so no
removed value stays in it. A later date in 截至 previews what will be due; only today's list
can be purged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desktop.changes import Topic
from desktop.errors import UserError
from desktop.exports.purge_certificate import write_purge_certificate
from desktop.services.kernel.timeutil import to_local, today_local
from desktop.services.retention.plan import SEAL, DueItem, due
from desktop.services.retention.purge import PurgeResult, purge, scrub_storage
from desktop.services.retention.rules import REGISTER_LABELS
from desktop.services.retention.seal import SealedRow, sealed_records, unseal
from desktop.views.changes import Subscription
from desktop.views.disputes.intake_dialog import date_edit, day_of
from desktop.views.disputes.rules_dialog import table_beside_buttons
from desktop.views.errors import show_refusal
from desktop.views.operations import Operation
from desktop.views.record_table import RecordTable
from desktop.views.table_model import Column, RowTableModel
from desktop.views.workspace import Workspace

CONTEXT = "PurgeDialog"
KEY = "retention-purge"
TOPICS = (Topic.CASES, Topic.INCIDENTS, Topic.SCREENINGS, Topic.SETTINGS)
ACTIONS = {SEAL: QT_TRANSLATE_NOOP("PurgeDialog", "封存")}
PURGE_LABEL = QT_TRANSLATE_NOOP("PurgeDialog", "清除")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _register(register: str) -> str:
    return QCoreApplication.translate("Labels", REGISTER_LABELS[register])


@dataclass(frozen=True)
class Line:
    """A row of either table: its place (the id) and the service's row (a DueItem or a SealedRow)."""

    id: int
    item: DueItem | SealedRow


RECORD_COLUMNS = (   # both rows have a register and a reference
    Column(QT_TRANSLATE_NOOP("PurgeDialog", "登记簿"), lambda r: _register(r.item.register)),
    Column(QT_TRANSLATE_NOOP("PurgeDialog", "编号"), lambda r: r.item.reference),
)


class DueModel(RowTableModel):
    CONTEXT = CONTEXT
    STRETCH_COLUMN = 1
    COLUMNS = (
        *RECORD_COLUMNS,
        Column(QT_TRANSLATE_NOOP("PurgeDialog", "处理"), lambda r: _tr(ACTIONS.get(r.item.action, PURGE_LABEL))),
        Column(QT_TRANSLATE_NOOP("PurgeDialog", "结束日期"), lambda r: r.item.closed_on.isoformat()),
        Column(QT_TRANSLATE_NOOP("PurgeDialog", "到期日"), lambda r: r.item.due_on.isoformat()),
        Column(QT_TRANSLATE_NOOP("PurgeDialog", "个人信息条数"), lambda r: r.item.persons, numeric=True),
        Column(QT_TRANSLATE_NOOP("PurgeDialog", "附件"), lambda r: r.item.attachments, numeric=True),
    )

    def row_tooltip(self, row: Line) -> str:
        item = row.item
        if item.action == SEAL:
            until = item.archive_until.isoformat() if item.archive_until else ""
            return _tr("档案保存期至 {day}：封存，仅作存储").format(day=until)
        return _tr("清除：{fields}").format(fields="、".join(item.fields))


class SealedModel(RowTableModel):
    CONTEXT = CONTEXT
    STRETCH_COLUMN = 1
    COLUMNS = (*RECORD_COLUMNS, Column(QT_TRANSLATE_NOOP("PurgeDialog", "封存时间"),
                                       lambda r: f"{to_local(r.item.sealed_at):%Y-%m-%d %H:%M}"))


@dataclass(frozen=True)
class PurgeOutcome:
    """What the background job did: the purge, and why the file could not be rewritten ('' if it was)."""

    result: PurgeResult
    today: date
    scrub_error: str = ""


def run_purge(job, today: date, user: str, db) -> PurgeOutcome:
    """Background work: the purge in one transaction, then the file rewritten after the commit."""
    result = job.write(lambda s: purge(s, today, user=user))
    if not (result.purged or result.sealed):
        return PurgeOutcome(result, today)
    try:
        scrub_storage(db.engine)
    except (sqlite3.Error, SQLAlchemyError) as exc:   # the purge has committed: say so, keep the result
        return PurgeOutcome(result, today, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    return PurgeOutcome(result, today)


class PurgeDialog(QDialog):
    """到期 (the plan, 清除, 打印清除证明…) and 已封存 (启封…); follows the registers' topics."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._today = today_local()
        self.operation: Operation | None = None
        self.outcome: PurgeOutcome | None = None
        self.setWindowTitle(self.tr("清除到期个人信息"))
        self.resize(860, 460)
        self.day_edit = date_edit(self._today)
        self.day_edit.setMinimumDate(self.day_edit.date())
        self.due_model = DueModel(self)
        self.due_table = RecordTable(self.due_model)
        self.purge_button = QPushButton(self.tr("清除(&P)"))
        self.certificate_button = QPushButton(self.tr("打印清除证明(&C)…"))
        self.certificate_button.setEnabled(False)
        self.status_label = QLabel(wordWrap=True)
        self.result_label = QLabel(wordWrap=True)
        self.sealed_model = SealedModel(self)
        self.sealed_table = RecordTable(self.sealed_model)
        self.unseal_button = QPushButton(self.tr("启封(&U)…"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._due_page(), self.tr("到期"))
        self.tabs.addTab(self._sealed_page(), self.tr("已封存"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.day_edit.dateChanged.connect(self._on_day_edit_date_changed)
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        self.certificate_button.clicked.connect(self._on_certificate_button_clicked)
        self.unseal_button.clicked.connect(self._on_unseal_button_clicked)
        self.sealed_table.selection_changed.connect(self._update_buttons)
        self.buttons.rejected.connect(self.reject)
        self.subscription = Subscription(workspace.hub, self, TOPICS, self.reload)
        self.reload()

    def _due_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("截至(&D)："), self.day_edit)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(table_beside_buttons(self.due_table, self.purge_button, self.certificate_button), 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.result_label)
        layout.addWidget(QLabel(self.tr(
            "清除职工姓名、身份证号码、电话、住址及含有这些信息的附件，保留统计数据，并在操作日志中记录清除的数量和编号；"
            "档案保存期尚未届满的记录改为封存（个人信息保护法第十九条、第四十七条）。此前做的备份仍含这些信息，"
            "请一并按规定处理。"), wordWrap=True))
        return page

    def _sealed_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(table_beside_buttons(self.sealed_table, self.unseal_button), 1)
        layout.addWidget(QLabel(self.tr(
            "封存的记录只作存储，不能修改；启封须说明原因，启封人、时间和原因记入操作日志。"
            "档案保存期届满前，下次清除时会再次封存。"), wordWrap=True))
        return page

    # Reading.
    def as_of(self) -> date:
        return day_of(self.day_edit) or self._today

    def reload(self) -> None:
        day = self.as_of()
        items = self._ws.read(lambda s: due(s, day))
        self.due_table.set_rows([Line(i, item) for i, item in enumerate(items)])
        sealed = self._ws.read(sealed_records)
        self.sealed_table.set_rows([Line(i, row) for i, row in enumerate(sealed)])
        self._show_status(items, day)
        self._update_buttons()

    def _show_status(self, items: list[DueItem], day: date) -> None:
        seals = sum(1 for i in items if i.action == SEAL)
        text = self.tr("截至 {day}：清除 {purge} 项，封存 {seal} 项。").format(
            day=day.isoformat(), purge=len(items) - seals, seal=seals)
        if day > self._today:
            text += self.tr("（预览：只有今天到期的才能清除。）")
        self.status_label.setText(text)

    def _update_buttons(self) -> None:
        busy = self._ws.hub.is_running(KEY)
        self.purge_button.setEnabled(not busy and self.as_of() == self._today and self.due_model.rowCount() > 0)
        self.certificate_button.setEnabled(self.outcome is not None)
        self.unseal_button.setEnabled(self.sealed_table.current_row() is not None)

    def _on_day_edit_date_changed(self, *_args) -> None:
        self.reload()

    # The purge.
    def confirm(self, items: list[DueItem]) -> bool:
        """The one question, naming the counts."""
        purged = [i for i in items if i.action != SEAL]
        text = self.tr(
            "将清除 {n} 项记录中的个人信息 {persons} 条、附件 {files} 个，封存 {seal} 项。\n\n"
            "清除后无法恢复；统计数据保留，操作日志只记录数量和编号。确定清除吗？").format(
            n=len(purged), persons=sum(i.persons for i in purged), files=sum(i.attachments for i in purged),
            seal=len(items) - len(purged))
        answer = QMessageBox.question(self, self.tr("清除到期个人信息"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def start_purge(self) -> Operation | None:
        """Ask once, then purge in the background; None when not asked or not started."""
        items = [row.item for row in self.due_model.rows()]
        if not items or self.as_of() != self._today or not self.confirm(items):
            return None
        today, user, db = self._today, self._ws.user, self._ws.db
        self.operation = Operation(self, self._ws, lambda job: run_purge(job, today, user, db),
                                   title=self.tr("无法清除"), on_success=self._on_purged, key=KEY)
        self.operation.failed.connect(self._on_operation_failed)
        if not self.operation.run_in_background(self.tr("正在清除到期个人信息…"), cancellable=False):
            return None
        self._update_buttons()
        return self.operation

    def _on_purged(self, outcome: PurgeOutcome) -> None:
        self.outcome = outcome
        r = outcome.result
        text = self.tr("已清除 {n} 项（个人信息 {persons} 条、附件 {files} 个，改写操作日志 {log} 条），封存 {seal} 项。"
                       ).format(n=len(r.purged), persons=r.persons, files=r.attachments, log=r.audit_entries,
                                seal=len(r.sealed))
        if outcome.scrub_error:
            text += self.tr("\n数据库文件未能重写（{reason}），被清除的内容可能仍残留在文件中，请关闭其他电脑上的程序后"
                            "用命令 purge 再运行一次。").format(reason=outcome.scrub_error)
        self.result_label.setText(text)
        self.reload()

    def _on_operation_failed(self, _exc) -> None:
        self._update_buttons()

    def _on_purge_button_clicked(self) -> None:
        self.start_purge()

    # The certificate.
    def save_certificate(self, path: Path) -> Path | None:
        """Write the certificate of the last purge to ``path``; None after a refusal."""
        if self.outcome is None:
            return None
        identity = self._ws.identity
        try:
            return write_purge_certificate(self.outcome.result, self.outcome.today, identity.name,
                                           identity.organisation, path)
        except UserError as exc:
            show_refusal(self, self.tr("无法保存清除证明"), exc)
            return None

    def _on_certificate_button_clicked(self) -> None:
        if self.outcome is None:
            return
        name = self.tr("个人信息清除证明{day}").format(day=self.outcome.today.isoformat()) + ".docx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("保存清除证明"), str(Path.home() / name),
                                                    self.tr("Word 文档 (*.docx)"))
        if not path:
            return
        target = Path(path) if Path(path).suffix.lower() == ".docx" else Path(path + ".docx")
        if (written := self.save_certificate(target)) is not None:
            QMessageBox.information(self, self.tr("已保存"), self.tr("清除证明已保存：{path}").format(path=written))

    # Unsealing.
    def unseal_current(self) -> bool:
        """Ask the reason, then lift the seal of the selected record (logged)."""
        line = self.sealed_table.current_row()
        if line is None:
            return False
        row = line.item
        reason, ok = QInputDialog.getMultiLineText(self, self.tr("启封"), self.tr(
            "启封“{reference}”的原因（记入操作日志）：").format(reference=row.reference))
        if not ok:
            return False
        user = self._ws.user
        operation = Operation(self, self._ws, lambda s: unseal(s, row.register, row.record_id, reason, user=user),
                              title=self.tr("无法启封"))
        if operation.run() is None and operation.error is not None:
            return False
        self.reload()
        return True

    def _on_unseal_button_clicked(self) -> None:
        self.unseal_current()
