"""The case file (卷宗): the documents a closed case must hold before it is archived.

After a county 人民调解卷宗 template (REGISTERS.md): each document is required, or required only
on the path the case took (an agreement, a judicial confirmation, a failed mediation), or
optional. A document is held once it is marked, usually with the attachment that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Attachment, CaseDocument, CaseStage, CaseStep, DisputeCase
from desktop.services.kernel.records import get_or_refuse

G = CaseStage
ALWAYS = "always"
OPTIONAL = "optional"


@dataclass(frozen=True)
class FileDocument:
    key: str
    name: str
    needed: str      # ALWAYS, OPTIONAL, or the stage whose step makes it required


CHECKLIST = (
    FileDocument("application", QT_TRANSLATE_NOOP("Labels", "调解申请书或口头申请笔录、受理登记表"), ALWAYS),
    FileDocument("rights_notice", QT_TRANSLATE_NOOP("Labels", "权利义务告知书"), ALWAYS),
    FileDocument("identity", QT_TRANSLATE_NOOP("Labels", "当事人身份证明"), ALWAYS),
    FileDocument("authorisation", QT_TRANSLATE_NOOP("Labels", "授权委托书"), OPTIONAL),
    FileDocument("investigation", QT_TRANSLATE_NOOP("Labels", "调查记录"), OPTIONAL),
    FileDocument("evidence", QT_TRANSLATE_NOOP("Labels", "证据材料"), OPTIONAL),
    FileDocument("mediation_record", QT_TRANSLATE_NOOP("Labels", "调解笔录"), ALWAYS),
    FileDocument("agreement", QT_TRANSLATE_NOOP("Labels", "调解协议书"), G.AGREED.value),
    FileDocument("termination", QT_TRANSLATE_NOOP("Labels", "终止调解通知书"), G.FAILED.value),
    FileDocument("performance", QT_TRANSLATE_NOOP("Labels", "履行凭证"), G.AGREED.value),
    FileDocument("visit", QT_TRANSLATE_NOOP("Labels", "回访记录"), G.VISIT.value),
    FileDocument("confirmation", QT_TRANSLATE_NOOP("Labels", "司法确认材料"), G.CONFIRMATION.value),
    FileDocument("file_note", QT_TRANSLATE_NOOP("Labels", "卷宗情况说明"), ALWAYS),
    FileDocument("back_cover", QT_TRANSLATE_NOOP("Labels", "封底"), OPTIONAL),
)
BY_KEY = {doc.key: doc for doc in CHECKLIST}


@dataclass(frozen=True)
class ChecklistRow:
    key: str
    name: str
    required: bool
    held: bool
    attachment_id: int | None
    note: str


def _stages_reached(session: Session, case_id: int) -> set[str]:
    return set(session.scalars(select(CaseStep.stage).where(CaseStep.case_id == case_id)))


def checklist(session: Session, case: DisputeCase) -> list[ChecklistRow]:
    """Every document of the template, whether this case needs it and whether it is held."""
    reached = _stages_reached(session, case.id)
    held = {d.doc_key: d for d in session.scalars(select(CaseDocument).where(CaseDocument.case_id == case.id))}
    rows = []
    for doc in CHECKLIST:
        required = doc.needed == ALWAYS or doc.needed in reached
        mark = held.get(doc.key)
        rows.append(ChecklistRow(doc.key, doc.name, required, mark is not None,
                                 mark.attachment_id if mark else None, mark.note if mark else ""))
    return rows


def missing_required(session: Session, case: DisputeCase) -> list[str]:
    """Names of the required documents not yet held."""
    return [row.name for row in checklist(session, case) if row.required and not row.held]


def mark_document(session: Session, case_id: int, key: str, *, attachment_id: int | None = None,
                  note: str = "", user: str = "") -> None:
    """Mark document ``key`` as held (again: the attachment and note are replaced)."""
    case = get_or_refuse(session, DisputeCase, case_id)
    if key not in BY_KEY:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "卷宗中没有“{key}”这一项材料。"), field="doc_key", key=key)
    if attachment_id is not None:
        attachment = get_or_refuse(session, Attachment, attachment_id)
        if attachment.case_id != case.id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "所选附件不属于本案件。"), field="attachment")
    row = session.scalar(select(CaseDocument).where(CaseDocument.case_id == case.id, CaseDocument.doc_key == key))
    if row is None:
        row = CaseDocument(case_id=case.id, doc_key=key)
        session.add(row)
    row.attachment_id, row.note, row.marked_by = attachment_id, note.strip()[:500], user[:100]
    session.flush()


def unmark_document(session: Session, case_id: int, key: str) -> bool:
    row = session.scalar(select(CaseDocument).where(CaseDocument.case_id == case_id, CaseDocument.doc_key == key))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
