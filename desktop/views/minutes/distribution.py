"""分发: choose recipients and attachments, send (or write .eml files), see each delivery.

Sending runs in the background: a progress dialog says "正在发送 3/10：姓名" and can cancel
between two recipients; each recipient's outcome is recorded as soon as it is known, so a
cancel keeps what was sent. The password is asked for on the UI thread before the work starts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.exports.minutes_mail import DistributionReport, distribute
from desktop.models import DeliveryStatus
from desktop.rendering.pdf import write_pdf
from desktop.services.kernel.permissions import Permission
from desktop.services.mail import core as mail
from desktop.services.minutes.distribution import (
    confirm_sent_by_hand,
    deliveries,
    failed_recipients,
    recipient_candidates,
)
from desktop.views.minutes.mail_settings import MailSettingsDialog, ask_password
from desktop.views.minutes.models import DeliveriesModel, RecipientsModel
from desktop.views.operations import Job, Operation
from desktop.views.roles import needs
from desktop.views.workspace import Workspace


class _Recording:
    """The job's units of work, except that a delivery is recorded even just after 取消.

    A message that went out must be on file (a retry would send it again), and ``Job.write``
    refuses to start once cancelled; the cancel is noticed at the next recipient instead.
    """

    def __init__(self, workspace: Workspace, job: Job) -> None:
        self._ws, self._job = workspace, job
        self.progress = job.progress

    def read(self, work):
        return self._job.read(work)

    def write(self, work):
        result, changes = self._ws.db.run(work, self._ws.user)
        self._job.changes = self._job.changes | changes  # announced when the work ends
        return result


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class DistributionPanel(QWidget):
    """Works on the meeting's current version; enabled once it is issued."""

    distributed = Signal()              # something was sent or recorded

    def __init__(self, workspace: Workspace, meeting_id: int, parent=None) -> None:
        super().__init__(parent)
        self._ws, self._meeting_id, self._minutes_id = workspace, meeting_id, 0
        self._issued = False
        self.operation: Operation | None = None  # the sending under way, if any
        self._settings_dialog: MailSettingsDialog | None = None
        self.recipients = RecipientsModel(self)
        self.deliveries = DeliveriesModel(self)
        self.recipients_view = _table(self.recipients)
        self.deliveries_view = _table(self.deliveries)
        self.docx_check = QCheckBox(self.tr("附 .docx"), checked=True)
        self.pdf_check = QCheckBox(self.tr("附 PDF"))
        self.send_button = QPushButton(self.tr("发送邮件"))
        self.eml_button = QPushButton(self.tr("生成 .eml 文件…"))
        self.retry_button = QPushButton(self.tr("重发失败的"))
        self.confirm_button = QPushButton(self.tr("标记为已发送"))
        self.settings_button = QPushButton(self.tr("邮件服务器设置…"))
        for button in (self.send_button, self.retry_button, self.confirm_button):
            needs(button, Permission.WRITE)
        self.server_label = QLabel(wordWrap=True)
        self._lay_out()
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.eml_button.clicked.connect(self._on_eml_button_clicked)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.settings_button.clicked.connect(self._on_settings_button_clicked)

    def _lay_out(self) -> None:
        options = QHBoxLayout()
        for w in (self.docx_check, self.pdf_check):
            options.addWidget(w)
        options.addStretch(1)
        for w in (self.settings_button, self.eml_button, self.send_button):
            options.addWidget(w)
        tail = QHBoxLayout()
        tail.addStretch(1)
        tail.addWidget(self.confirm_button)
        tail.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("收件人（参会人员、主送和抄送单位）")))
        layout.addWidget(self.recipients_view, 2)
        layout.addLayout(options)
        layout.addWidget(self.server_label)
        layout.addWidget(QLabel(self.tr("分发情况")))
        layout.addWidget(self.deliveries_view, 2)
        layout.addLayout(tail)

    def load(self, minutes_id: int, issued: bool) -> None:
        self._minutes_id, self._issued = minutes_id, issued
        rows = self._ws.read(lambda s: recipient_candidates(s, minutes_id)) if issued else []
        self.recipients.set_rows(rows)
        self._refresh_deliveries()
        settings = mail.load_settings()
        idle = self.operation is None
        self.send_button.setEnabled(idle and issued and settings.configured)
        self.eml_button.setEnabled(idle and issued)
        self.server_label.setText(
            self.tr("发件服务器：{host}").format(host=settings.host) if settings.configured
            else self.tr("尚未设置邮件服务器：可生成 .eml 文件，用自己的邮件程序发送。"))

    def _refresh_deliveries(self) -> None:
        rows = self._ws.read(lambda s: deliveries(s, self._minutes_id)) if self._minutes_id else []
        self.deliveries.set_rows(rows)
        idle = self.operation is None
        self.retry_button.setEnabled(idle and any(r.status == DeliveryStatus.FAILED.value for r in rows)
                                     and mail.load_settings().configured)
        self.confirm_button.setEnabled(idle and any(r.status == DeliveryStatus.WRITTEN.value for r in rows))

    def _formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in (("docx", self.docx_check), ("pdf", self.pdf_check)) if box.isChecked())

    def run(self, recipients, eml_dir: Path | None) -> Operation | None:
        """Send to (or write .eml files for) ``recipients`` in the background; refusals are
        shown, not raised. None when nothing was started."""
        settings = mail.load_settings()
        password = None
        if eml_dir is None:
            password = ask_password(self, settings)
            if password == "" and mail.password_state(settings) != mail.PasswordState.NOT_NEEDED:
                return None
        ws, meeting_id, formats = self._ws, self._meeting_id, self._formats()

        def work(job: Job) -> DistributionReport:
            return distribute(_Recording(ws, job), meeting_id, list(recipients), settings=settings,
                              password=password, formats=formats, eml_dir=eml_dir, pdf_fallback=write_pdf)

        op = Operation(self, ws, work, title=self.tr("分发失败"), key=f"distribute-minutes:{meeting_id}")
        op.finished.connect(self._on_distribution_finished)
        op.failed.connect(self._on_distribution_failed)
        if not op.run_in_background(self.tr("正在分发会议纪要…")):
            return None
        op.dialog.setWindowTitle(self.tr("分发会议纪要"))
        self.operation = op
        self._set_idle(False)
        return op

    def _set_idle(self, idle: bool) -> None:
        if not idle:
            for button in (self.send_button, self.eml_button, self.retry_button, self.confirm_button):
                button.setEnabled(False)
            return
        self.operation = None
        self.load(self._minutes_id, self._issued)

    def _on_distribution_finished(self, report: DistributionReport) -> None:
        self._set_idle(True)
        self.distributed.emit()
        if report.failed:
            QMessageBox.warning(self, self.tr("部分收件人发送失败"), self.tr(
                "{n} 位收件人发送失败，其余已发送。可稍后点击“重发失败的”。").format(n=len(report.failed)))

    def _on_distribution_failed(self, _exc: BaseException) -> None:
        self._set_idle(True)  # what was recorded before a cancel or a failure is shown
        self.distributed.emit()

    def _on_send_button_clicked(self) -> None:
        self.run(self.recipients.checked(), None)

    def _on_eml_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("保存邮件文件的文件夹"))
        if folder:
            self.run(self.recipients.checked(), Path(folder))

    def _on_retry_button_clicked(self) -> None:
        self.run(self._ws.read(lambda s: failed_recipients(s, self._minutes_id)), None)

    def _on_confirm_button_clicked(self) -> None:
        written = [r.address for r in self.deliveries.rows() if r.status == DeliveryStatus.WRITTEN.value]
        minutes_id = self._minutes_id
        Operation(self, self._ws, lambda s: confirm_sent_by_hand(s, minutes_id, written),
                  title=self.tr("无法标记为已发送")).run()
        self._refresh_deliveries()
        self.distributed.emit()

    def _on_settings_button_clicked(self) -> None:
        if self._settings_dialog is not None:  # kept, not WA_DeleteOnClose: see MinutesWindow.open_dialog
            self._settings_dialog.deleteLater()
        self._settings_dialog = MailSettingsDialog(mail.load_settings(), self)
        self._settings_dialog.accepted.connect(self._on_settings_dialog_accepted)
        self._settings_dialog.open()

    def _on_settings_dialog_accepted(self) -> None:
        self.load(self._minutes_id, self._issued)
