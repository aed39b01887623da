"""The minutes workflow: 草稿 → 待审核 → 已签发 → 已分发, document numbers and corrections.

Issuing gives the first issued version of a meeting the next serial of its body's code for the
year of issue, ``经开三方纪〔2026〕3号``; a correction is a new version under the same number.
Serials have no gaps and no duplicates: the number is taken inside the issuing transaction
while that transaction holds the write lock for the body (PostgreSQL: ``SELECT … FOR UPDATE``
on the body row; SQLite: a database-wide write lock taken by the transaction's first statement),
and the unique key (body, year, serial) refuses anything that slips through. ``issue`` retries a
transaction that lost such a race.
"""

from __future__ import annotations

import random
import time
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.errors import ConcurrencyError, UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Body, DocumentNumber, Meeting, Minutes, MinutesState, utcnow
from desktop.services.kernel.permissions import Permission, require
from desktop.services.kernel.timeutil import to_local
from desktop.services.kernel.units import Units
from desktop.services.minutes.content import plain_text
from desktop.services.minutes.core import (
    STATE_LABELS,
    check_version,
    content_from_json,
    content_to_json,
    current_decisions,
    latest_row,
    minutes_row,
    version_row,
)

ISSUE_ATTEMPTS = 8
S = MinutesState


class ConfirmationRequired(UserError):
    """The action is allowed but needs the user's explicit yes (``confirm_empty=True``)."""


def document_number_text(code: str, year: int, serial: int) -> str:
    """``经开三方纪〔2026〕3号``: U+3014/U+3015, the full year, no 第, no leading zeros."""
    return f"{code}〔{year}〕{serial}号"


def _refuse_state(row: Minutes, *allowed: S) -> None:
    if row.state not in {s.value for s in allowed}:
        wanted = "、".join(STATE_LABELS[s.value] for s in allowed)
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "纪要当前状态为“{state}”，此操作只适用于“{wanted}”的纪要。"), field="state",
            state=STATE_LABELS.get(row.state, row.state), wanted=wanted)


def _current(session: Session, minutes_id: int, version: int | None) -> Minutes:
    row = minutes_row(session, minutes_id)
    if latest_row(session, row.meeting_id).id != row.id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "这是纪要的旧版本，只能查看。"), field="state")
    check_version(row, version)
    return row


def submit_for_review(session: Session, minutes_id: int, version: int | None = None) -> None:
    """草稿 → 待审核."""
    row = _current(session, minutes_id, version)
    _refuse_state(row, S.DRAFT)
    row.state, row.review_note = S.REVIEW.value, ""
    session.flush()


def return_to_draft(session: Session, minutes_id: int, reason: str = "",
                    version: int | None = None) -> None:
    """待审核 → 草稿 (退回), with the reviewer's reason."""
    row = _current(session, minutes_id, version)
    _refuse_state(row, S.REVIEW)
    row.state, row.review_note = S.DRAFT.value, reason.strip()
    session.flush()


# ---------------------------------------------------------------- issuing

def _take_write_lock(session: Session) -> None:
    """SQLite: any write statement takes the database's single write lock (other writers wait
    on busy_timeout); a no-op UPDATE takes it without changing a row. It must be the
    transaction's first statement: a transaction that read before another writer committed
    cannot write any more (SQLITE_BUSY_SNAPSHOT) and has to start again."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE bodies SET id = id WHERE 0"))


def _take_number_lock(session: Session, body_id: int) -> None:
    """PostgreSQL: serialise the issuers of one body until this transaction ends."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(Body.id).where(Body.id == body_id).with_for_update())


def _assign_number(session: Session, meeting: Meeting, user: str, now: datetime) -> DocumentNumber:
    existing = session.scalar(select(DocumentNumber).where(DocumentNumber.meeting_id == meeting.id))
    if existing is not None:  # a correction keeps the number of the first issue
        return existing
    body = session.get(Body, meeting.body_id)
    code = (body.doc_code or "").strip()
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "机制“{body}”还没有发文代字，请先在机制设置中填写。"), field="doc_code",
            body=body.name)
    year = to_local(now).year
    serial = 1 + (session.scalar(select(func.max(DocumentNumber.serial)).where(
        DocumentNumber.body_id == body.id, DocumentNumber.year == year)) or 0)
    number = DocumentNumber(body_id=body.id, year=year, serial=serial, meeting_id=meeting.id,
                            text=document_number_text(code, year, serial), issued_at=now,
                            issued_by=user)
    session.add(number)
    session.flush()
    return number


def issue_minutes(session: Session, minutes_id: int, *, confirm_empty: bool = False,
                  version: int | None = None, now: datetime | None = None) -> str:
    """待审核 → 已签发; returns the document number. Best called first in its transaction
    (``issue`` does): on SQLite a lock taken after other reads may have to be retried."""
    require(session, Permission.ISSUE_MINUTES)
    _take_write_lock(session)
    row = _current(session, minutes_id, version)
    _refuse_state(row, S.REVIEW)
    if not confirm_empty and not current_decisions(session, row.meeting_id):
        raise ConfirmationRequired(QT_TRANSLATE_NOOP(
            "Errors", "这份纪要没有议定事项。确定要签发吗？"))
    meeting = session.get(Meeting, row.meeting_id)
    _take_number_lock(session, meeting.body_id)
    now = now or utcnow()
    user = session.info.get("user", "")
    number = _assign_number(session, meeting, user, now)
    content = content_from_json(row.content).with_changes(
        doc_number=number.text, printed_on=to_local(now).date(),
        decisions=current_decisions(session, row.meeting_id))
    row.content, row.text = content_to_json(content), plain_text(content)
    row.state, row.document_number_id = S.ISSUED.value, number.id
    row.issued_at, row.issued_by, row.review_note = now, user, ""
    session.flush()
    return number.text


def issue(units: Units, minutes_id: int, *, confirm_empty: bool = False,
          version: int | None = None, attempts: int = ISSUE_ATTEMPTS) -> str:
    """``issue_minutes`` in a transaction of its own, retried when another issuer won a race.

    ``units`` is the GUI's background job or ``DatabaseUnits(db, user)``; the issuer is its user.
    """
    for attempt in range(attempts):
        try:
            return units.write(lambda session: issue_minutes(
                session, minutes_id, confirm_empty=confirm_empty, version=version))
        except (ConcurrencyError, IntegrityError) as exc:
            if version is not None and isinstance(exc, ConcurrencyError):
                raise  # the caller's copy is stale: the user must look again
            if attempt == attempts - 1:
                raise ConcurrencyError(QT_TRANSLATE_NOOP(
                    "Errors", "多人同时签发，编号分配未成功，请稍后重试。")) from None
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
    raise AssertionError("unreachable")


# ---------------------------------------------------------------- corrections

def start_correction(session: Session, meeting_id: int, note: str) -> int:
    """A new draft version of issued minutes, same document number; returns its id."""
    row = version_row(session, meeting_id)
    _refuse_state(row, S.ISSUED, S.DISTRIBUTED)
    note = note.strip()
    if not note:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请说明更正的内容和原因。"),
                              field="change_note")
    content = content_from_json(row.content).with_changes(
        decisions=current_decisions(session, meeting_id))
    new = Minutes(meeting_id=meeting_id, version_no=row.version_no + 1, state=S.DRAFT.value,
                  document_number_id=row.document_number_id, title=row.title,
                  content=content_to_json(content), text=plain_text(content), cc=row.cc,
                  author=session.info.get("user", ""), change_note=note)
    session.add(new)
    session.flush()
    return new.id


def mark_distributed(session: Session, minutes_id: int) -> None:
    """已签发 → 已分发 (called by distribution once every recipient has it)."""
    row = minutes_row(session, minutes_id)
    if row.state == S.ISSUED.value:
        row.state = S.DISTRIBUTED.value
        session.flush()
