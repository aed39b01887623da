"""The 催办单 (.docx, official layout) and the chase e-mail (.eml, through the mail service)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from desktop.exports.official import OfficialDocument
from desktop.services.actions.chase import ChaseLetter, chase_request
from desktop.services.kernel.cn_format import cn_date
from desktop.services.mail.core import (
    Attachment,
    SmtpSettings,
    build_message,
    load_settings,
    write_eml,
)

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _facts(letter: ChaseLetter) -> list[list[str]]:
    rows = [["督办事项", letter.title], ["所属机制", letter.body_name]]
    if letter.source:
        rows.append(["来源", letter.source])
    if letter.decision_text:
        rows.append(["议定事项", letter.decision_text])
    rows += [["牵头单位", letter.lead or "—"],
             ["协办单位", "、".join(letter.co_organisations) or "—"],
             ["责任人", letter.owner or "—"],
             ["完成期限", cn_date(letter.due) if letter.due else "未设定"],
             ["办理状态", f"{letter.status}（完成进度{letter.progress}%）"],
             ["最近汇报", cn_date(letter.last_report) if letter.last_report else "尚未汇报"]]
    if letter.days_late:
        rows.append(["逾期情况", f"已逾期{letter.days_late}天"])
    return rows


def write_chase_docx(letter: ChaseLetter, path: Path, template: Path | None = None) -> Path:
    """督办事项催办单: the facts as a two-column table, the request, the issuer and date."""
    doc = OfficialDocument(template)
    doc.title("督办事项催办单")
    doc.paragraph(f"编号：督〔{letter.issued_on.year}〕{letter.action_id}号").paragraph_format.first_line_indent = 0
    doc.paragraph(f"{letter.lead or '责任单位'}：").paragraph_format.first_line_indent = 0
    doc.table(["项目", "内容"], _facts(letter), [32, 124], row_height_mm=9)
    doc.paragraph(chase_request(letter))
    doc.paragraph("")
    doc.paragraph(letter.issuer, "版记").alignment = 2
    doc.paragraph(cn_date(letter.issued_on), "版记").alignment = 2
    return doc.save(path)


def chase_message(letter: ChaseLetter, settings: SmtpSettings | None = None,
                  attachment: Path | None = None) -> EmailMessage:
    """The chase e-mail to the lead organisation (copy to the owner), optionally with the 催办单.

    Built by the mail service (``desktop.services.mail.core``) with the user's sender settings.
    """
    settings = settings if settings is not None else load_settings()
    lines = [f"{letter.lead or '责任单位'}：", "", chase_request(letter), ""]
    lines += [f"{label}：{value}" for label, value in _facts(letter)]
    lines += ["", letter.issuer, cn_date(letter.issued_on)]
    files = [Attachment(Path(attachment).name, Path(attachment).read_bytes(), "/".join(DOCX_TYPE))] \
        if attachment is not None else []
    to = letter.lead_email or letter.owner_email
    msg = build_message(settings, letter.lead if to == letter.lead_email else letter.owner, to,
                        f"督办事项催办：{letter.title}", "\n".join(lines), files)
    if not to:
        del msg["To"]             # no address on file: the user fills it in the mail program
    if letter.owner_email and letter.owner_email != to:
        msg["Cc"] = formataddr((letter.owner, letter.owner_email))
    msg["X-Unsent"] = "1"         # Outlook opens the file as a draft to send, not as a received mail
    return msg


def write_chase_eml(letter: ChaseLetter, path: Path, settings: SmtpSettings | None = None,
                    attachment: Path | None = None) -> Path:
    """The chase e-mail as an .eml file the user's mail program opens and sends."""
    return write_eml(chase_message(letter, settings, attachment), Path(path))
