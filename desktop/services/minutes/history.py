"""Version history of a meeting's minutes and a paragraph-level comparison of two versions."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Minutes
from desktop.services.minutes.content import content_from_json, paragraphs
from desktop.services.minutes.core import version_row


@dataclass(frozen=True)
class VersionRow:
    """One version: who made it and when, its state and why it was made."""

    id: int
    version_no: int
    state: str
    author: str
    created_at: datetime
    updated_at: datetime
    issued_at: datetime | None
    issued_by: str
    change_note: str


@dataclass(frozen=True)
class DiffLine:
    """One paragraph of a comparison: ``equal``, ``delete`` (only in the older), ``insert``
    (only in the newer)."""

    kind: str
    text: str


def list_versions(session: Session, meeting_id: int) -> list[VersionRow]:
    """Every version of the meeting's minutes, newest first."""
    rows = session.execute(
        select(Minutes.id, Minutes.version_no, Minutes.state, Minutes.author, Minutes.created_at,
               Minutes.updated_at, Minutes.issued_at, Minutes.issued_by, Minutes.change_note)
        .where(Minutes.meeting_id == meeting_id).order_by(Minutes.version_no.desc()))
    return [VersionRow(*r) for r in rows]


def version_paragraphs(session: Session, meeting_id: int, version_no: int) -> list[str]:
    """A version's text as stored (its own decisions), one paragraph per item."""
    return paragraphs(content_from_json(version_row(session, meeting_id, version_no).content))


def compare_versions(session: Session, meeting_id: int, old: int, new: int) -> list[DiffLine]:
    """Paragraphs of ``old`` and ``new`` aligned by difflib; a changed paragraph is a delete
    followed by an insert."""
    a = version_paragraphs(session, meeting_id, old)
    b = version_paragraphs(session, meeting_id, new)
    out: list[DiffLine] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [DiffLine("equal", t) for t in a[i1:i2]]
            continue
        out += [DiffLine("delete", t) for t in a[i1:i2]]
        out += [DiffLine("insert", t) for t in b[j1:j2]]
    return out


def unified_diff(session: Session, meeting_id: int, old: int, new: int) -> str:
    """The comparison as unified-diff text (for the command line)."""
    a = version_paragraphs(session, meeting_id, old)
    b = version_paragraphs(session, meeting_id, new)
    return "\n".join(difflib.unified_diff(a, b, f"第{old}版", f"第{new}版", lineterm=""))
