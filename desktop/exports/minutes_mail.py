"""Distribute issued minutes by e-mail: attachments, one message per recipient, sending or
.eml files, and the record of each delivery.

The database is reached through ``units`` (``desktop.services.kernel.units.Units``): one read of
the version, then one small transaction per recipient recording its outcome as soon as it is
known, and a last one deciding 已分发. Nothing holds a transaction open while the mail server
is talked to, and a cancel (``Cancelled`` from ``units.progress``, between two recipients)
keeps the outcomes already recorded.

The minutes' own attachments (附件) are listed at the end of the .docx and travel with each
message when they fit the mail limit, else the body lists them (``exports.mail_materials``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import UserError
from desktop.exports.mail_materials import (
    NO_MATERIALS,
    MailMaterials,
    encoded_size,
    listing,
    mail_limit,
    materials_for_mail,
)
from desktop.exports.minutes_docx import render_minutes_docx
from desktop.exports.minutes_export import PdfWriter, file_stem, write_minutes_pdf
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import DeliveryStatus
from desktop.models.access import refuse_read_only
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.attachments.core import Target, list_for
from desktop.services.kernel.cn_format import cn_date
from desktop.services.kernel.units import Units
from desktop.services.mail import core as mail
from desktop.services.minutes.content import MinutesContent
from desktop.services.minutes.core import get_minutes
from desktop.services.minutes.distribution import (
    Outcome,
    Recipient,
    record_outcomes,
    refuse_unless_issued,
)

FORMATS = ("docx", "pdf")
PREPARING = QT_TRANSLATE_NOOP("Progress", "正在生成附件…")
CONNECTING = QT_TRANSLATE_NOOP("Progress", "正在连接邮件服务器…")
SENDING = QT_TRANSLATE_NOOP("Progress", "正在发送 {done}/{total}：{name}")
WRITING = QT_TRANSLATE_NOOP("Progress", "正在生成邮件文件 {done}/{total}：{name}")


@dataclass(frozen=True)
class DistributionReport:
    outcomes: tuple[Outcome, ...]
    distributed: bool                   # the version is now 已分发
    eml_files: tuple[Path, ...] = ()

    @property
    def failed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.status == DeliveryStatus.FAILED.value)


def subject_of(content: MinutesContent) -> str:
    return f"{content.doc_number} {content.title}".strip()


def body_of(content: MinutesContent, recipient: Recipient,
            materials: MailMaterials = NO_MATERIALS) -> str:
    number = f"（{content.doc_number}）" if content.doc_number else ""
    when = cn_date(content.printed_on) if content.printed_on else ""
    extra = listing("纪要附件", materials)
    extra = f"\n\n{extra}" if extra else ""
    return (f"{recipient.name}：\n\n　　现将《{content.title}》{number}印发给你们，请查收附件并抓好落实。"
            f"{extra}\n\n{content.issuer}\n{when}\n")


def attachments_for(content: MinutesContent, formats: Sequence[str], *,
                    template: Path | None = None, pdf_fallback: PdfWriter | None = None,
                    names: Sequence[str] = ()) -> list[mail.Attachment]:
    """The minutes as .docx and/or .pdf attachments named after the document number; ``names``
    are the minutes' own attachments, listed at the end of the document."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "附件格式应为 docx 或 pdf。"))
    stem, out = file_stem(content), []
    if "docx" in formats:
        out.append(mail.Attachment(f"{stem}.docx", render_minutes_docx(content, template, names),
                                   "application/vnd.openxmlformats-officedocument."
                                   "wordprocessingml.document"))
    if "pdf" in formats:
        with tempfile.TemporaryDirectory(prefix="tripartite-mail-") as tmp:
            pdf = write_minutes_pdf(content, Path(tmp) / f"{stem}.pdf", template=template,
                                    fallback=pdf_fallback, attachments=names)
            out.append(mail.Attachment(f"{stem}.pdf", pdf.read_bytes(), "application/pdf"))
    return out


def messages_for(content: MinutesContent, recipients: Sequence[Recipient],
                 attachments: Sequence[mail.Attachment], settings: mail.SmtpSettings,
                 materials: MailMaterials = NO_MATERIALS
                 ) -> tuple[list[mail.Outgoing], list[Recipient], list[Outcome]]:
    """(messages, their recipients, failures): an address no message can carry fails alone."""
    messages, sendable, refused = [], [], []
    files = [*attachments, *materials.attached]
    for r in recipients:
        try:
            message = mail.build_message(settings, r.name, r.address, subject_of(content),
                                         body_of(content, r, materials), files)
        except (UnicodeError, ValueError, IndexError) as exc:
            refused.append(Outcome(r.name, r.address, DeliveryStatus.FAILED.value,
                                   f"邮箱地址无效：{exc}", r.kind))
            continue
        messages.append(mail.Outgoing(r.name, r.address, message, r.kind))
        sendable.append(r)
    return messages, sendable, refused


def _eml_name(index: int, recipient: Recipient) -> str:
    safe = "".join("_" if ch in '\\/:*?"<>|@' else ch for ch in recipient.name)
    return f"{index:03d}-{safe or 'recipient'}.eml"


def write_emls(messages: Sequence[mail.Outgoing], recipients: Sequence[Recipient], folder: Path, *,
               progress: Progress = NO_PROGRESS,
               each: Callable[[Outcome], None] | None = None) -> tuple[list[Outcome], list[Path]]:
    """One .eml per message in ``folder``; ``each(outcome)`` right after each file is written."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "保存位置不存在：{folder}"), folder=folder)
    outcomes, files = [], []
    for i, (item, r) in enumerate(zip(messages, recipients), 1):
        progress.step(i - 1, len(messages), WRITING, dict(done=i, total=len(messages), name=r.name))
        path = mail.write_eml(item.message, folder / _eml_name(i, r))
        files.append(path)
        outcomes.append(Outcome(r.name, r.address, DeliveryStatus.WRITTEN.value, str(path), r.kind))
        if each is not None:
            each(outcomes[-1])
    return outcomes, files


class _Record:
    """Each outcome in its own small transaction, as soon as it is known."""

    def __init__(self, units: Units, minutes_id: int) -> None:
        self._units, self._id = units, minutes_id
        self.outcomes: list[Outcome] = []

    def add(self, outcome: Outcome) -> None:
        self._units.write(lambda s: record_outcomes(s, self._id, [outcome], settle=False))
        self.outcomes.append(outcome)

    def settle(self) -> bool:
        """Whether the version is now 已分发 (every recipient recorded was sent it)."""
        return self._units.write(lambda s: record_outcomes(s, self._id, []))


def _issued(meeting_id: int):
    def read(session):
        view = get_minutes(session, meeting_id)
        refuse_unless_issued(session, view.id)
        return view, list_for(session, Target("minutes", meeting_id))
    return read


def distribute(units: Units, meeting_id: int, recipients: Sequence[Recipient], *,
               settings: mail.SmtpSettings, password: str | None = None,
               formats: Sequence[str] = ("docx",), eml_dir: Path | None = None,
               template: Path | None = None, pdf_fallback: PdfWriter | None = None,
               opener: mail.Connect = mail.connect, retry_delay: float = mail.RETRY_DELAY_S
               ) -> DistributionReport:
    """Send the meeting's current minutes to ``recipients`` (or write .eml files into
    ``eml_dir`` when that is given or no server is configured), recording each outcome as it
    comes; ``units.progress`` says "正在发送 3/10：姓名" and may cancel between recipients.
    A role that may not record the deliveries (查看, 领导) is refused before any mail is sent."""
    units.read(refuse_read_only)
    if not recipients:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "请至少选择一位收件人。"))
    progress = units.progress
    view, files = units.read(_issued(meeting_id))
    content = view.content.with_changes(doc_number=view.document_number)
    progress.step(0, len(recipients), PREPARING)
    attachments = attachments_for(content, formats, template=template, pdf_fallback=pdf_fallback,
                                  names=[f.name for f in files])
    already = sum(encoded_size(len(a.data)) for a in attachments)
    materials = units.read(lambda s: materials_for_mail(s, files, mail_limit(settings), already))
    messages, sendable, refused = messages_for(content, recipients, attachments, settings, materials)
    if eml_dir is None and not settings.configured:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "尚未设置邮件服务器：请选择保存邮件文件（.eml）的文件夹。"))
    record = _Record(units, view.id)
    for outcome in refused:
        record.add(outcome)
    files: list[Path] = []
    if eml_dir is not None:
        _outcomes, files = write_emls(messages, sendable, eml_dir, progress=progress, each=record.add)
    elif messages:
        _send(settings, password, messages, record, progress, opener, retry_delay)
    return DistributionReport(tuple(record.outcomes), record.settle(), tuple(files))


def _send(settings: mail.SmtpSettings, password: str | None, messages: Sequence[mail.Outgoing],
          record: _Record, progress: Progress, opener: mail.Connect, retry_delay: float) -> None:
    total = len(messages)

    def before(i: int, item: mail.Outgoing) -> None:
        progress.step(i, total, SENDING, dict(done=i + 1, total=total, name=item.recipient))

    def after(_i: int, r: mail.SendResult) -> None:
        record.add(Outcome(r.recipient, r.address, r.status, r.reason, r.kind))

    progress.step(0, total, CONNECTING)
    mail.send_messages(settings, password, messages, opener=opener, retry_delay=retry_delay,
                       before=before, after=after)
