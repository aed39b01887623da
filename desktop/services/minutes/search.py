"""Search minutes and decisions by any Chinese substring, with highlighted snippets.

A query is split at spaces into terms that must all occur. SQLite: a term of three or more
characters goes to the FTS5 trigram index (migration 0003), which answers substring queries;
the trigram tokenizer cannot look up a one- or two-character term such as 欠薪, so those are
a LIKE over the stored text (a scan: about 50-70 ms for 5,700 minutes of 3,000 characters).
PostgreSQL: ILIKE, which pg_trgm's GIN index serves for three or more characters; shorter
terms scan with strpos. Only each meeting's current minutes version is searched.

Attachments (migration 0004) are found by file name and by their extracted text
(``services.attachments.extract``), scanned with the same LIKE/ILIKE/strpos rules: they number
in the hundreds, not thousands, and carry no index of their own. A hit names the meeting (its
own material, an agenda item's, or the minutes'), and for 督办 material the action item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

from desktop.models import (
    ActionItem,
    ActionUpdate,
    AgendaItem,
    Attachment,
    AttachmentContent,
    Decision,
    DocumentNumber,
    Meeting,
    Minutes,
)

MAX_HITS = 100
MAX_TERMS = 8
TRIGRAM = 3
SNIPPET_BEFORE, SNIPPET_AFTER = 30, 90
ELLIPSIS = "…"


@dataclass(frozen=True)
class SearchHit:
    """A minutes version, a decision or an attachment that matched, with a snippet and the
    match offsets."""

    kind: str                       # minutes | decision | attachment
    meeting_id: int | None          # None only for material of an action item without a meeting
    minutes_id: int | None
    decision_id: int | None
    title: str                      # the minutes' title (a decision: its meeting's minutes;
                                    # an attachment: its file name)
    document_number: str
    meeting_start: datetime         # an attachment without a meeting: when it was added
    snippet: str
    highlights: tuple[tuple[int, int], ...]   # [start, end) in ``snippet``
    attachment_id: int | None = None
    action_id: int | None = None    # 督办 material: the action item it belongs to
    place: str = ""                 # an attachment: meeting (会议材料), minutes (纪要附件), action (督办材料)


@dataclass(frozen=True)
class SearchResult:
    terms: tuple[str, ...]
    minutes_total: int
    decisions_total: int
    hits: tuple[SearchHit, ...]     # minutes, decisions, then attachments; newest meeting first
    attachments_total: int = 0


def parse_terms(query: str) -> tuple[str, ...]:
    """Whitespace-separated terms, each once, at most MAX_TERMS."""
    return tuple(dict.fromkeys(t[:100] for t in query.split()))[:MAX_TERMS]


def _like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _fts_query(terms) -> str:
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _contains(sqlite: bool, column, term: str):
    """``column`` contains ``term`` by a scan (no index)."""
    if sqlite:
        return column.like(_like_pattern(term), escape="\\")
    if term.lower() != term.upper():
        return column.ilike(_like_pattern(term), escape="\\")
    return func.strpos(column, term) > 0


def _conditions(session: Session, column, fts_table: str, id_column, terms):
    """WHERE clauses making ``column`` contain every term."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    out = []
    if sqlite and long_terms:
        matched = select(literal_column("rowid")).select_from(text(fts_table)).where(
            text(f"{fts_table} MATCH :fts_{fts_table}").bindparams(
                **{f"fts_{fts_table}": _fts_query(long_terms)}))
        out.append(id_column.in_(matched))
    for term in terms:
        if sqlite:
            if len(term) < TRIGRAM:
                out.append(column.like(_like_pattern(term), escape="\\"))
        elif len(term) >= TRIGRAM or term.lower() != term.upper():
            out.append(column.ilike(_like_pattern(term), escape="\\"))
        else:  # no case to fold and too short for the trigram index: a plain scan is fastest
            out.append(func.strpos(column, term) > 0)
    return out


def _pattern(terms) -> re.Pattern:
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in ordered), re.IGNORECASE)


def snippet(body: str, pattern: re.Pattern) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``body`` around its first match, with every match inside it."""
    first = pattern.search(body)
    if first is None:
        return body[:SNIPPET_BEFORE + SNIPPET_AFTER], ()
    lo = max(0, first.start() - SNIPPET_BEFORE)
    hi = min(len(body), first.start() + SNIPPET_AFTER)
    head = ELLIPSIS if lo > 0 else ""
    window = body[lo:hi].replace("\n", " ")
    spans = tuple((m.start() + len(head), m.end() + len(head)) for m in pattern.finditer(window))
    return head + window + (ELLIPSIS if hi < len(body) else ""), spans


def _latest_version():
    other = aliased(Minutes)
    return Minutes.version_no == (select(func.max(other.version_no))
                                  .where(other.meeting_id == Minutes.meeting_id)
                                  .scalar_subquery())


def _minutes_hits(session: Session, terms, limit: int, pattern) -> tuple[int, list[SearchHit]]:
    query = (select(Minutes.id, Minutes.meeting_id, Minutes.title, Meeting.start, DocumentNumber.text)
             .join(Meeting, Meeting.id == Minutes.meeting_id)
             .outerjoin(DocumentNumber, DocumentNumber.meeting_id == Minutes.meeting_id)
             .where(_latest_version(),
                    *_conditions(session, Minutes.text, "minutes_fts", Minutes.id, terms))
             .order_by(Meeting.start.desc(), Minutes.id.desc()))
    rows = session.execute(query).all()
    top = rows[:limit]
    texts = dict(session.execute(select(Minutes.id, Minutes.text)
                                 .where(Minutes.id.in_([r[0] for r in top]))).all())
    hits = []
    for mid, meeting_id, title, start, number in top:
        snip, spans = snippet(texts.get(mid, ""), pattern)
        hits.append(SearchHit("minutes", meeting_id, mid, None, title, number or "", start, snip, spans))
    return len(rows), hits


def _decision_hits(session: Session, terms, limit: int, pattern) -> tuple[int, list[SearchHit]]:
    query = (select(Decision.id, Decision.meeting_id, Decision.minutes_id, Decision.text,
                    Minutes.title, Meeting.start, DocumentNumber.text)
             .join(Meeting, Meeting.id == Decision.meeting_id)
             .outerjoin(Minutes, and_(Minutes.meeting_id == Decision.meeting_id, _latest_version()))
             .outerjoin(DocumentNumber, DocumentNumber.meeting_id == Decision.meeting_id)
             .where(*_conditions(session, Decision.text, "decisions_fts", Decision.id, terms))
             .order_by(Meeting.start.desc(), Decision.position))
    rows = session.execute(query).all()
    hits = []
    for did, meeting_id, minutes_id, body, title, start, number in rows[:limit]:
        snip, spans = snippet(body, pattern)
        hits.append(SearchHit("decision", meeting_id, minutes_id, did, title or "", number or "",
                              start, snip, spans))
    return len(rows), hits


def _attachment_hits(session: Session, terms, limit: int, pattern) -> tuple[int, list[SearchHit]]:
    sqlite = session.get_bind().dialect.name == "sqlite"
    found = [or_(_contains(sqlite, Attachment.name, t), _contains(sqlite, AttachmentContent.text, t))
             for t in terms]
    action_id = func.coalesce(Attachment.action_id, ActionUpdate.action_id)
    meeting_id = func.coalesce(Attachment.meeting_id, Attachment.minutes_meeting_id,
                               AgendaItem.meeting_id, ActionItem.meeting_id)
    query = (select(Attachment.id, Attachment.name, Attachment.added_at, Attachment.minutes_meeting_id,
                    action_id, meeting_id, Meeting.start, DocumentNumber.text, Attachment.sha256)
             .join(AttachmentContent, AttachmentContent.sha256 == Attachment.sha256)
             .outerjoin(AgendaItem, AgendaItem.id == Attachment.agenda_item_id)
             .outerjoin(ActionUpdate, ActionUpdate.id == Attachment.action_update_id)
             .outerjoin(ActionItem, ActionItem.id == action_id)
             .outerjoin(Meeting, Meeting.id == meeting_id)
             .outerjoin(DocumentNumber, DocumentNumber.meeting_id == meeting_id)
             .where(*found))
    rows = sorted(session.execute(query).all(), key=lambda r: (r[6] or r[2], r[0]), reverse=True)
    top = rows[:limit]
    texts = dict(session.execute(select(AttachmentContent.sha256, AttachmentContent.text)
                                 .where(AttachmentContent.sha256.in_({r[8] for r in top}))).all())
    minutes = _current_minutes(session, {r[5] for r in top if r[3] is not None})
    hits = []
    for aid, name, added, of_minutes, action, meeting, start, number, sha in top:
        body = texts.get(sha) or ""
        snip, spans = snippet(body, pattern) if pattern.search(body) else snippet(name, pattern)
        place = "minutes" if of_minutes is not None else ("action" if action is not None else "meeting")
        hits.append(SearchHit("attachment", meeting, minutes.get(meeting), None, name, number or "",
                              start or added, snip, spans, aid, action, place))
    return len(rows), hits


def _current_minutes(session: Session, meeting_ids: set[int]) -> dict[int, int]:
    if not meeting_ids:
        return {}
    return dict(session.execute(select(Minutes.meeting_id, Minutes.id)
                                .where(Minutes.meeting_id.in_(meeting_ids), _latest_version())).all())


@contextmanager
def search_index_paused(session: Session) -> Iterator[None]:
    """For a bulk load (the demo): on SQLite, drop the FTS triggers and rebuild each index once
    at the end, several times faster than indexing row by row. Nothing to do on PostgreSQL.
    A failure inside rolls the transaction back, triggers included (SQLite DDL is transactional)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        "('minutes', 'decisions') AND name LIKE '%fts%'").all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)
    for table in ("minutes_fts", "decisions_fts"):
        if any(t[1] and table in t[1] for t in triggers):
            conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def search_minutes(session: Session, query: str, limit: int = MAX_HITS) -> SearchResult:
    """Minutes, decisions and attachments containing every term of ``query``; empty for a blank
    query. An attachment matches when each term is in its file name or its text."""
    terms = parse_terms(query)
    if not terms:
        return SearchResult((), 0, 0, ())
    pattern = _pattern(terms)
    minutes_total, minutes = _minutes_hits(session, terms, limit, pattern)
    decisions_total, decisions = _decision_hits(session, terms, limit, pattern)
    attachments_total, attachments = _attachment_hits(session, terms, limit, pattern)
    return SearchResult(terms, minutes_total, decisions_total, tuple(minutes + decisions + attachments),
                        attachments_total)
