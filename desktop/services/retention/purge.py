"""The purge: remove the personal fields of every record due, seal what an archive period still
protects, and leave no trace of what was removed in the database file.

``purge`` runs in one transaction of the caller. It writes with Core statements, so the audit
hook (which copies ORM before/after values) never sees the removed values; the audit log's older
entries about those rows are rewritten with the values replaced; one ``purge`` entry records
what was done in counts and numbers only. ``scrub_storage`` then runs after the commit: SQLite's
``secure_delete`` has zeroed the freed bytes during the transaction, ``VACUUM`` rewrites the file
and a ``wal_checkpoint(TRUNCATE)`` empties the write-ahead log, so neither file holds a removed
value (nor, therefore, any backup made from then on).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, or_, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.models import (
    REDACTED_KEY,
    Attachment,
    AttachmentContent,
    AuditEntry,
    CaseDocument,
    CaseParty,
    CaseStep,
    DisputeCase,
    Incident,
    IncidentEvent,
    IncidentPerson,
    IncidentReport,
    ScreeningCampaign,
    ScreeningEntry,
    utcnow,
)
from desktop.services.kernel.permissions import Permission, require
from desktop.services.retention.plan import PURGE, SEAL, DueItem, due
from desktop.services.retention.rules import CASES, INCIDENTS, SCREENINGS

REMOVED = "（已清除）"
_PERSON_FIELDS = ("name", "id_number", "phone", "address")
_TEXT_FIELDS = {   # free text of a record that may name a worker: names found in it are replaced
    DisputeCase: ("matter", "reasons", "notes", "agreement_terms", "perform_how"),
    Incident: ("happened", "demands", "measures", "summary"),
}


@dataclass(frozen=True)
class PurgeResult:
    purged: tuple[DueItem, ...]
    sealed: tuple[DueItem, ...]
    persons: int
    attachments: int
    audit_entries: int


def purge(session: Session, today: date, *, user: str = "") -> PurgeResult:
    """Purge or seal everything due as of ``today``; nothing due is not an error."""
    require(session, Permission.PURGE)
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))   # freed bytes are zeroed, not left behind
    items = due(session, today)
    secrets: set[str] = set()
    persons = attachments = 0
    for item in items:
        if item.action == SEAL:
            _seal(session, item)
            continue
        if item.register == CASES:
            n, a = _purge_case(session, item.record_id, secrets)
        elif item.register == INCIDENTS:
            n, a = _purge_incident(session, item.record_id, secrets)
        else:
            n, a = _purge_screening(session, item.record_id, secrets)
        persons, attachments = persons + n, attachments + a
    redacted = _scrub_audit(session, secrets)
    result = PurgeResult(tuple(i for i in items if i.action == PURGE), tuple(i for i in items if i.action == SEAL),
                         persons, attachments, len(redacted))
    if items:
        _audit_purge(session, result, today, user, redacted)
    return result


def _seal(session: Session, item: DueItem) -> None:
    model = DisputeCase if item.register == CASES else Incident
    session.execute(update(model).where(model.id == item.record_id)
                    .values(sealed_at=utcnow(), version=model.version + 1))


def _collect(rows, secrets: set[str]) -> None:
    for row in rows:
        secrets.update(v for v in row if isinstance(v, str) and len(v.strip()) >= 2 and v != REMOVED)


def _purge_case(session: Session, case_id: int, secrets: set[str]) -> tuple[int, int]:
    people = session.execute(select(CaseParty.name, CaseParty.id_number, CaseParty.phone, CaseParty.address)
                             .where(CaseParty.case_id == case_id)).all()
    _collect(people, secrets)
    session.execute(update(CaseParty).where(CaseParty.case_id == case_id)
                    .values(name=REMOVED, id_number="", phone="", address=""))
    _replace_in_texts(session, DisputeCase, DisputeCase.id == case_id, [p[0] for p in people])
    _replace_in(session, CaseStep, "note", CaseStep.case_id == case_id, [p[0] for p in people])
    _replace_in(session, CaseDocument, "note", CaseDocument.case_id == case_id, [p[0] for p in people])
    files = _remove_attachments(session, Attachment.case_id == case_id, secrets)
    session.execute(update(DisputeCase).where(DisputeCase.id == case_id)
                    .values(purged_at=utcnow(), sealed_at=None, version=DisputeCase.version + 1))
    return len(people), files


def _purge_incident(session: Session, incident_id: int, secrets: set[str]) -> tuple[int, int]:
    people = session.execute(select(IncidentPerson.name, IncidentPerson.id_number, IncidentPerson.phone,
                                    IncidentPerson.address).where(IncidentPerson.incident_id == incident_id)).all()
    _collect(people, secrets)
    session.execute(update(IncidentPerson).where(IncidentPerson.incident_id == incident_id)
                    .values(name=REMOVED, id_number="", phone="", address=""))
    names = [p[0] for p in people]
    _replace_in_texts(session, Incident, Incident.id == incident_id, names)
    _replace_in(session, IncidentEvent, "text", IncidentEvent.incident_id == incident_id, names)
    _replace_in(session, IncidentReport, "body", IncidentReport.incident_id == incident_id, names)
    session.execute(update(Incident).where(Incident.id == incident_id)
                    .values(purged_at=utcnow(), sealed_at=None, version=Incident.version + 1))
    return len(people), 0


def _purge_screening(session: Session, campaign_id: int, secrets: set[str]) -> tuple[int, int]:
    rows = session.execute(select(ScreeningEntry.responsible, ScreeningEntry.notes)
                           .where(ScreeningEntry.campaign_id == campaign_id)).all()
    _collect(rows, secrets)
    session.execute(update(ScreeningEntry).where(ScreeningEntry.campaign_id == campaign_id)
                    .values(responsible="", notes=""))
    session.execute(update(ScreeningCampaign).where(ScreeningCampaign.id == campaign_id).values(purged_at=utcnow()))
    return len(rows), 0


def _replace_in_texts(session: Session, model, where, names: list[str]) -> None:
    for field in _TEXT_FIELDS[model]:
        _replace_in(session, model, field, where, names)


def _replace_in(session: Session, model, field: str, where, names: list[str]) -> None:
    names = [n for n in names if n and n != REMOVED]
    if not names:
        return
    column = getattr(model, field)
    for row_id, value in session.execute(select(model.id, column).where(where)).all():
        new = _replaced(value or "", names)
        if new != (value or ""):
            session.execute(update(model).where(model.id == row_id).values({field: new}))


def _replaced(value: str, secrets) -> str:
    for secret in sorted(secrets, key=len, reverse=True):
        value = value.replace(secret, REMOVED)
    return value


def _remove_attachments(session: Session, where, secrets: set[str]) -> int:
    """Delete the record's attachments, and their bytes when no other attachment shares them."""
    rows = session.execute(select(Attachment.id, Attachment.sha256, Attachment.name).where(where)).all()
    if not rows:
        return 0
    ids = [r[0] for r in rows]
    session.execute(update(CaseDocument).where(CaseDocument.attachment_id.in_(ids)).values(attachment_id=None))
    session.execute(delete(Attachment).where(Attachment.id.in_(ids)))
    for sha in {r[1] for r in rows}:
        if session.scalar(select(Attachment.id).where(Attachment.sha256 == sha).limit(1)) is None:
            session.execute(delete(AttachmentContent).where(AttachmentContent.sha256 == sha))
    secrets.update(r[2] for r in rows if r[2])
    return len(rows)


def _scrub_audit(session: Session, secrets: set[str]) -> list[int]:
    """Rewrite every audit entry that holds a removed value; returns the ids rewritten.

    Each keeps its digest of what was first written and gets ``redacted_at``, and the purge's
    own entry lists the ids, so ``audit verify`` tells a redaction from a forgery."""
    if not secrets:
        return []
    redacted: list[int] = []
    now = utcnow()
    wanted = list(secrets)
    for start in range(0, len(wanted), 50):
        chunk = wanted[start:start + 50]
        query = select(AuditEntry.id, AuditEntry.changes).where(or_(*(AuditEntry.changes.contains(s, autoescape=True) for s in chunk)))
        for entry_id, changes in session.execute(query).all():
            new = _scrub_json(changes, secrets)
            if new != changes:
                session.execute(update(AuditEntry).where(AuditEntry.id == entry_id)
                                .values(changes=new, redacted_at=now))
                redacted.append(entry_id)
    return sorted(redacted)


def _scrub_json(changes: str, secrets: set[str]) -> str:
    try:
        data = json.loads(changes)
    except ValueError:
        return json.dumps({"purged": True})
    if isinstance(data, dict):
        for key, pair in data.items():
            if isinstance(pair, list):
                data[key] = [_replaced(v, secrets) if isinstance(v, str) else v for v in pair]
            elif isinstance(pair, str):
                data[key] = _replaced(pair, secrets)
    out = json.dumps(data, ensure_ascii=False)
    # json.dumps can escape a value differently from how it was stored: check the text itself too
    return _replaced(out, secrets)


def _audit_purge(session: Session, result: PurgeResult, today: date, user: str,
                 redacted: list[int]) -> None:
    summary = {
        "as_of": today.isoformat(),
        "purged": {reg: [i.reference for i in result.purged if i.register == reg] for reg in (CASES, INCIDENTS, SCREENINGS)},
        "sealed": [i.reference for i in result.sealed],
        "persons": result.persons, "attachments": result.attachments, "audit_entries": result.audit_entries,
        REDACTED_KEY: redacted,
    }
    session.add(AuditEntry(user=user or session.info.get("user") or "unknown", entity="retention", entity_id=None,
                           action="purge", changes=json.dumps(summary, ensure_ascii=False)))
    session.flush()


def scrub_storage(engine: Engine) -> None:
    """After the purge has committed: rewrite the SQLite file and empty its write-ahead log, so
    no freed page or old frame still holds a removed value. PostgreSQL: VACUUM the tables."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.commit()
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return
    tables = ("case_parties", "dispute_cases", "incident_persons", "incidents", "screening_entries",
              "attachments", "attachment_contents", "audit_log")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in tables:
            conn.execute(text(f"VACUUM {table}"))
