"""A meeting's calendar and minutes commands: .ics export, invitations, replies, minutes.

Shared by the calendar's context menu and the meeting dialog. Invitations are sent in the
background (progress "正在发送 3/10：姓名", 取消 between two recipients); recorded replies are
announced through the change hub (the calendar and the published feeds follow from there).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget
from shiboken6 import isValid

from desktop.errors import UserError
from desktop.models import MeetingStatus
from desktop.progress import Cancelled
from desktop.services.meetings.queries import MeetingRow
from desktop.views.errors import show_refusal
from desktop.views.operations import Operation
from desktop.views.workspace import Workspace

# icalendar, python-docx, keyring and the minutes window are imported when a command first needs
# them: the calendar page and the meeting dialog carry this menu and must open quickly.
if TYPE_CHECKING:
    from desktop.exports.invitation import Invitation
    from desktop.services.calendar.ics_replies import ReplyOutcome
    from desktop.services.mail import core as mail


class MeetingExtras(QObject):
    """The commands; each one a user action with its own dialogs."""

    def __init__(self, workspace: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._widget = parent

    def fill_menu(self, menu: QMenu, row: MeetingRow) -> dict[str, QAction]:
        """Add the commands for ``row`` to ``menu``; returns them by name (for tests)."""
        cancelled = row.status == MeetingStatus.CANCELLED.value
        entries = (
            ("minutes", self.tr("会议纪要…"), self.open_minutes),
            ("export_ics", self.tr("导出 .ics…"), self.export_ics),
            ("invite", self.tr("发送取消通知…") if cancelled else self.tr("发送会议邀请…"), self.send_invitation),
            ("replies", self.tr("导入回执…"), self.import_replies),
        )
        actions = {}
        for name, text, slot in entries:
            action = menu.addAction(text)
            action.triggered.connect(partial(slot, row))
            actions[name] = action
        return actions

    # ------------------------------------------------------------ the commands
    def open_minutes(self, row: MeetingRow, *_args) -> QWidget | None:
        from desktop.views.minutes.window import open_minutes_window

        try:
            return open_minutes_window(self._ws, row.id, self._widget.window())
        except UserError as exc:
            show_refusal(self._widget, self.tr("无法打开会议纪要"), exc)
            return None

    def export_ics(self, row: MeetingRow, *_args) -> QWidget:
        from desktop.views.calendar.files_dialog import open_calendar_dialog

        return open_calendar_dialog(self._ws, self._widget.window(), meeting_id=row.id)

    def send_invitation(self, row: MeetingRow, *_args) -> None:
        """Through the SMTP server when one is set, else as .eml drafts in a chosen folder.

        A series goes out whole (its UID, RRULE and overrides, as in the feeds), so a
        cancelled occurrence reaches the invitees as a cancelled instance of the series.
        """
        from desktop.exports.invitation import build_invitation
        from desktop.services.mail import core as mail
        from desktop.views.calendar.organiser import ask_organiser_once

        if not ask_organiser_once(self._widget):   # the invitation's .ics names the organiser
            return
        smtp = mail.load_settings()
        target = {"series_id": row.series_id} if row.series_id is not None else {"meeting_id": row.id}
        try:
            invitation = self._ws.read(lambda s: build_invitation(s, update=row.sequence > 0, smtp=smtp,
                                                                  **target))
            if smtp.configured:
                self._send(invitation, smtp)
            else:
                self._write_drafts(invitation)
        except UserError as exc:
            show_refusal(self._widget, self.tr("无法发送会议邀请"), exc)

    def _send(self, invitation: Invitation, smtp: mail.SmtpSettings) -> Operation | None:
        from desktop.exports.invitation import send_invitation
        from desktop.services.mail import core as mail
        from desktop.views.minutes.mail_settings import ask_password

        password = ask_password(self._widget, smtp)
        if password == "" and mail.password_state(smtp) != mail.PasswordState.NOT_NEEDED:
            return None
        sent: list[mail.SendResult] = []  # filled by the worker, read here once it is done

        def work(job):
            return send_invitation(invitation, smtp, password, progress=job.progress,
                                   after=lambda _i, result: sent.append(result))

        op = Operation(self._widget, self._ws, work, title=self.tr("无法发送会议邀请"),
                       on_success=lambda results: self._on_sent(invitation, results),
                       key=f"invitation:{invitation.uid}")
        op.failed.connect(lambda exc: self._on_send_failed(invitation, sent, exc))
        if not op.run_in_background(self.tr("正在发送“{subject}”…").format(subject=invitation.subject)):
            return None
        op.dialog.setWindowTitle(self.tr("会议邀请"))
        return op

    def _on_sent(self, invitation: Invitation, results: list[mail.SendResult]) -> None:
        failed = [f"{r.recipient} <{r.address}>：{r.reason}" for r in results if r.status != "sent"]
        text = self.tr("“{subject}”已发送给 {n} 位参会人员。").format(
            subject=invitation.subject, n=len(results) - len(failed))
        if failed:
            text += "\n\n" + self.tr("发送失败：") + "\n" + "\n".join(failed)
        self._report(invitation, text, bool(failed))

    def _on_send_failed(self, invitation: Invitation, sent: list[mail.SendResult], exc: BaseException) -> None:
        if not isinstance(exc, Cancelled) or not isValid(self._widget):
            return  # a refusal was shown by the operation
        done = [r for r in sent if r.status == "sent"]
        names = "、".join(r.recipient for r in done) or self.tr("（无）")
        QMessageBox.warning(self._widget, self.tr("会议邀请"), self.tr(
            "已取消发送“{subject}”：取消前已发送给 {n} 位参会人员：{names}。").format(
                subject=invitation.subject, n=len(done), names=names))

    def _write_drafts(self, invitation: Invitation) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._widget, self.tr("未设置邮件服务器：选择保存邮件草稿（.eml）的文件夹"))
        if not folder:
            return
        from desktop.exports.invitation import write_invitation_emls

        paths = write_invitation_emls(invitation, Path(folder))
        self._report(invitation, self.tr("已在 {folder} 生成 {n} 封邮件草稿（.eml），"
                                         "用 Outlook 等邮件程序打开后发送。").format(folder=folder, n=len(paths)),
                     False)

    def _report(self, invitation: Invitation, text: str, failed: bool) -> None:
        if invitation.without_address:
            text += "\n\n" + self.tr("以下人员没有电子邮箱地址，未能发送：{names}").format(
                names="、".join(invitation.without_address))
        box = QMessageBox.warning if failed else QMessageBox.information
        box(self._widget, self.tr("会议邀请"), text)

    def import_replies(self, row: MeetingRow, *_args) -> list[int]:
        """Read a reply .ics (METHOD:REPLY) and record each attendee's 回执."""
        path, _filter = QFileDialog.getOpenFileName(
            self._widget, self.tr("选择会议回执文件"), "", self.tr("日历文件 (*.ics);;所有文件 (*)"))
        if not path:
            return []
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(self._widget, self.tr("无法导入回执"), exc.strerror or str(exc))
            return []
        from desktop.services.calendar.ics_replies import apply_reply_file

        outcomes = Operation(self._widget, self._ws, lambda s: apply_reply_file(s, data),
                             title=self.tr("无法导入回执")).run()
        if outcomes is None:
            return []
        QMessageBox.information(self._widget, self.tr("导入回执"), self._describe(outcomes))
        return sorted({mid for o in outcomes for mid in o.meeting_ids})

    def _describe(self, outcomes: list[ReplyOutcome]) -> str:
        from desktop.services.calendar.ics_replies import REPLY_LABELS

        if not outcomes:
            return self.tr("文件中没有回执。")
        lines = []
        for o in outcomes:
            reply = QCoreApplication.translate("Labels", REPLY_LABELS.get(o.reply, o.reply))
            state = reply if o.meeting_ids else self.tr("未记录")
            lines.append(f"{o.name or o.address}：{state}" + (f"（{o.note}）" if o.note else ""))
        return self.tr("回执：") + "\n" + "\n".join(lines)
