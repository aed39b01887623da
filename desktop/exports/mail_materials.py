"""Attachments carried by e-mail when they fit, listed by name when they do not.

One rule for invitations and minutes distribution: the files go with the message when their
size after base64 (a third larger, plus line breaks) and what the message already carries fit
the mail limit (``AttachmentSettings.mail_limit``, or the SMTP server's configured limit if
smaller); otherwise none goes and the body lists them, so the reader knows to ask for them.
All or nothing keeps the message and the list readable.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from sqlalchemy.orm import Session

from desktop.services.attachments.core import AttachmentRow, read_bytes
from desktop.services.attachments.settings import load_attachment_settings
from desktop.services.mail import core as mail


@dataclass(frozen=True)
class MailMaterials:
    attached: tuple[mail.Attachment, ...] = ()
    listed: tuple[str, ...] = ()        # names, when the files did not fit


NO_MATERIALS = MailMaterials()


def encoded_size(size: int) -> int:
    """Bytes of ``size`` bytes in base64 with 76-character lines (CRLF)."""
    chars = (size + 2) // 3 * 4
    return chars + (chars + 75) // 76 * 2


def mail_limit(smtp: mail.SmtpSettings | None = None) -> int:
    """The bytes one message may have: the attachment setting, or the SMTP limit if smaller."""
    limit = load_attachment_settings().mail_limit
    if smtp is not None and smtp.size_limit > 0:
        limit = min(limit, smtp.size_limit)
    return limit


def fits(sizes: Sequence[int], limit: int, already: int = 0) -> bool:
    return already + sum(encoded_size(s) for s in sizes) <= limit


def materials_for_mail(session: Session, rows: Sequence[AttachmentRow], limit: int,
                       already: int = 0) -> MailMaterials:
    """The files of ``rows`` as attachments if they fit beside ``already`` bytes, else their names."""
    if not rows:
        return MailMaterials()
    if not fits([r.size for r in rows], limit, already):
        return MailMaterials((), tuple(r.name for r in rows))
    return MailMaterials(tuple(
        mail.Attachment(r.name, read_bytes(session, r.id),
                        mimetypes.guess_type(r.name)[0] or "application/octet-stream")
        for r in rows))


def listing(label: str, materials: MailMaterials) -> str:
    """The body's paragraph: what is attached, or the names of what did not fit."""
    if materials.attached:
        names = "、".join(PurePath(a.filename).stem or a.filename for a in materials.attached)
        return f"{label}（{len(materials.attached)} 份，见附件）：{names}"
    if materials.listed:
        lines = "\n".join(f"{i}. {name}" for i, name in enumerate(materials.listed, 1))
        return (f"{label}共 {len(materials.listed)} 份，超过邮件大小上限，未随邮件发送，"
                f"请向秘书处索取：\n{lines}")
    return ""
