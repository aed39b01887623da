"""Reading warnings: one row per warning in its current state, one warning's chain, filters.

"Expired" is not stored: it is an active warning whose expiry lies before today in Beijing.
Rows are plain frozen values (no ORM objects), made by one query with the message counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import EarlyWarning, Enterprise, MessageKind, WarningMessage, WarningStatus
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.timeutil import today_local
from desktop.services.warnings.labels import EXPIRED
from desktop.services.warnings.letters import letter_number_text

S = WarningStatus
#: What ``--status`` (and the page's status filter) may ask for; ``open`` = not dismissed.
STATUS_FILTERS = ("open", "suggested", "active", "expired", "lifted", "dismissed", "all")


@dataclass(frozen=True)
class WarningRow:
    """A warning as lists show it; ``status`` is the shown one (``expired`` included)."""

    id: int
    enterprise_id: int
    enterprise: str
    uscc: str
    park: str
    category: str
    level: str
    suggested_level: str | None
    status: str
    reason: str
    starts: date | None
    expires: date | None
    scope: str
    workers_affected: int | None
    watch: str
    measures: str
    drill: bool
    dismissed_reason: str
    letter_number: str
    messages: int
    issued_at: datetime | None
    issued_by: str
    version: int

    @property
    def is_active(self) -> bool:
        """In force (expired ones too: they still count until lifted)."""
        return self.status in (S.ACTIVE.value, EXPIRED)

    @property
    def level_changed(self) -> bool:
        return self.suggested_level is not None and self.suggested_level != self.level


@dataclass(frozen=True)
class MessageRow:
    """One message of a chain, for the timeline."""

    id: int
    seq: int
    kind: str
    replaces_id: int | None
    level: str
    starts: date | None
    expires: date | None
    reason: str
    sent_by: str
    sent_at: datetime


def shown_status(status: str, expires: date | None, today: date) -> str:
    """``expired`` for an active warning past its expiry, else the stored status."""
    if status == S.ACTIVE.value and expires is not None and expires < today:
        return EXPIRED
    return status


def _counts():
    return (select(WarningMessage.warning_id.label("wid"), func.count().label("n"),
                   func.min(WarningMessage.sent_at).label("first"))
            .group_by(WarningMessage.warning_id).subquery())


def _issuers():
    return (select(WarningMessage.warning_id.label("wid"), WarningMessage.sent_by.label("by"))
            .where(WarningMessage.seq == 1).subquery())


def _query():
    counts, issuers = _counts(), _issuers()
    w, e = EarlyWarning, Enterprise
    return (select(w.id, w.enterprise_id, e.name, e.uscc, e.park, w.category, w.level, w.suggested_level,
                   w.status, w.reason, w.starts, w.expires, w.scope, w.workers_affected, w.watch,
                   w.measures, w.drill, w.dismissed_reason, w.letter_year, w.letter_serial,
                   func.coalesce(counts.c.n, 0), counts.c.first, issuers.c.by, w.version)
            .join(e, e.id == w.enterprise_id)
            .outerjoin(counts, counts.c.wid == w.id)
            .outerjoin(issuers, issuers.c.wid == w.id)
            .order_by(w.id))


def _row(r, today: date) -> WarningRow:
    number = letter_number_text(r[18], r[19]) if r[18] is not None and r[19] is not None else ""
    return WarningRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], r[6], r[7],
                      shown_status(r[8], r[11], today), r[9] or "", r[10], r[11], r[12] or "", r[13],
                      r[14] or "", r[15] or "", bool(r[16]), r[17] or "", number, r[20], r[21],
                      r[22] or "", r[23])


def _status_where(query, status: str, today: date):
    w = EarlyWarning
    if status == "open":
        return query.where(w.status != S.DISMISSED.value)
    if status == "active":
        return query.where(w.status == S.ACTIVE.value)
    if status == EXPIRED:
        return query.where(w.status == S.ACTIVE.value, w.expires < today)
    if status == "all":
        return query
    return query.where(w.status == status)


def list_warnings(session: Session, status: str = "open", *, today: date | None = None,
                  ids: Iterable[int] | None = None, enterprise_id: int | None = None) -> list[WarningRow]:
    """Warnings by id; ``status`` is one of ``STATUS_FILTERS`` (``active`` includes expired)."""
    today = today or today_local()
    query = _status_where(_query(), status, today)
    if ids is not None:
        query = query.where(EarlyWarning.id.in_(list(ids)))
    if enterprise_id is not None:
        query = query.where(EarlyWarning.enterprise_id == enterprise_id)
    return [_row(r, today) for r in session.execute(query)]


def get_warning(session: Session, warning_id: int, *, today: date | None = None) -> WarningRow:
    """One warning; NotFoundError when it is gone."""
    get_or_refuse(session, EarlyWarning, warning_id)
    return list_warnings(session, "all", today=today, ids=[warning_id])[0]


def timeline(session: Session, warning_id: int) -> list[MessageRow]:
    """The chain in order, the issuing message first."""
    m = WarningMessage
    query = (select(m.id, m.seq, m.kind, m.replaces_id, m.level, m.starts, m.expires, m.reason,
                    m.sent_by, m.sent_at).where(m.warning_id == warning_id).order_by(m.seq))
    return [MessageRow(*r) for r in session.execute(query)]


def messages_between(session: Session, first: datetime | None, last: datetime | None,
                     kinds: Iterable[MessageKind] | None = None) -> list[tuple[int, MessageRow]]:
    """(warning id, message) sent in [first, last), oldest first: for reports and the dashboard."""
    m = WarningMessage
    query = select(m.warning_id, m.id, m.seq, m.kind, m.replaces_id, m.level, m.starts, m.expires,
                   m.reason, m.sent_by, m.sent_at).order_by(m.sent_at, m.id)
    if first is not None:
        query = query.where(m.sent_at >= first)
    if last is not None:
        query = query.where(m.sent_at < last)
    if kinds is not None:
        query = query.where(m.kind.in_([k.value for k in kinds]))
    return [(r[0], MessageRow(*r[1:])) for r in session.execute(query)]
