"""Distribute issued minutes by e-mail: attachments, one message per recipient, sending or
.eml files, and the record of each delivery.

The database is touched in two short transactions (read the version, record the outcomes);
nothing holds a transaction open while the mail server is talked to.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import UserError
from desktop.exports.minutes_docx import render_minutes_docx
from desktop.exports.minutes_export import PdfWriter, file_stem, write_minutes_pdf
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import DeliveryStatus
from desktop.services.kernel.cn_format import cn_date
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


def body_of(content: MinutesContent, recipient: Recipient) -> str:
    number = f"（{content.doc_number}）" if content.doc_number else ""
    when = cn_date(content.printed_on) if content.printed_on else ""
    return (f"{recipient.name}：\n\n　　现将《{content.title}》{number}印发给你们，请查收附件并抓好落实。\n\n"
            f"{content.issuer}\n{when}\n")


def attachments_for(content: MinutesContent, formats: Sequence[str], *,
                    template: Path | None = None,
                    pdf_fallback: PdfWriter | None = None) -> list[mail.Attachment]:
    """The minutes as .docx and/or .pdf attachments named after the document number."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "附件格式应为 docx 或 pdf。"))
    stem, out = file_stem(content), []
    if "docx" in formats:
        out.append(mail.Attachment(f"{stem}.docx", render_minutes_docx(content, template),
                                   "application/vnd.openxmlformats-officedocument."
                                   "wordprocessingml.document"))
    if "pdf" in formats:
        with tempfile.TemporaryDirectory(prefix="tripartite-mail-") as tmp:
            pdf = write_minutes_pdf(content, Path(tmp) / f"{stem}.pdf", template=template,
                                    fallback=pdf_fallback)
            out.append(mail.Attachment(f"{stem}.pdf", pdf.read_bytes(), "application/pdf"))
    return out


def messages_for(content: MinutesContent, recipients: Sequence[Recipient],
                 attachments: Sequence[mail.Attachment], settings: mail.SmtpSettings
                 ) -> tuple[list[mail.Outgoing], list[Recipient], list[Outcome]]:
    """(messages, their recipients, failures): an address no message can carry fails alone."""
    messages, sendable, refused = [], [], []
    for r in recipients:
        try:
            message = mail.build_message(settings, r.name, r.address, subject_of(content),
                                         body_of(content, r), attachments)
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


def write_emls(messages: Sequence[mail.Outgoing], recipients: Sequence[Recipient],
               folder: Path) -> tuple[list[Outcome], list[Path]]:
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Errors", "保存位置不存在：{folder}"), folder=folder)
    outcomes, files = [], []
    for i, (item, r) in enumerate(zip(messages, recipients), 1):
        path = mail.write_eml(item.message, folder / _eml_name(i, r))
        files.append(path)
        outcomes.append(Outcome(r.name, r.address, DeliveryStatus.WRITTEN.value, str(path), r.kind))
    return outcomes, files


def distribute(db, meeting_id: int, recipients: Sequence[Recipient], *, user: str,
               settings: mail.SmtpSettings, password: str | None = None,
               formats: Sequence[str] = ("docx",), eml_dir: Path | None = None,
               template: Path | None = None, pdf_fallback: PdfWriter | None = None,
               opener: mail.Connect = mail.connect, retry_delay: float = mail.RETRY_DELAY_S
               ) -> DistributionReport:
    """Send the meeting's current minutes to ``recipients`` (or write .eml files into
    ``eml_dir`` when that is given or no server is configured) and record each outcome."""
    if not recipients:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "请至少选择一位收件人。"))
    with db.reading() as session:
        view = get_minutes(session, meeting_id)
        refuse_unless_issued(session, view.id)
    content = view.content.with_changes(doc_number=view.document_number)
    attachments = attachments_for(content, formats, template=template, pdf_fallback=pdf_fallback)
    messages, sendable, refused = messages_for(content, recipients, attachments, settings)
    files: list[Path] = []
    if eml_dir is not None or not settings.configured:
        if eml_dir is None:
            raise UserError(QT_TRANSLATE_NOOP(
                "Errors", "尚未设置邮件服务器：请选择保存邮件文件（.eml）的文件夹。"))
        outcomes, files = write_emls(messages, sendable, eml_dir)
    elif messages:
        results = mail.send_messages(settings, password, messages, opener=opener,
                                     retry_delay=retry_delay)
        outcomes = [Outcome(r.recipient, r.address, r.status, r.reason, r.kind) for r in results]
    else:
        outcomes = []
    outcomes = refused + outcomes
    with db.transaction(user) as session:
        distributed = record_outcomes(session, view.id, outcomes)
    return DistributionReport(tuple(outcomes), distributed, tuple(files))
