"""Reading the audit log: filtered, newest first, a page at a time, personal data masked.

Each entry becomes a frozen ``AuditRow``: the kind of record in Chinese (会议, 案件当事人 …), the
action, and its changes as (field label, before, after). ID numbers (an ``id_number`` field, or
any GB 11643 number inside a value) and phone numbers (a field named like ``phone``, or anything
that looks like a mobile number) are masked as everywhere else; the log itself is never changed.

Pages are read by the primary key's index (``OFFSET``/``LIMIT``, newest first), so a list of
100,000 entries opens as fast as a short one. A text filter is matched against what is shown
(masked values and labels): the database finds the entries with ``LIKE``; a text with digits is
then checked against each candidate once masked, so a full ID number finds nothing not shown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime
from itertools import islice

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models import AuditEntry
from desktop.services.audit.labels import (
    ACTION_LABELS,
    ENTITY_LABELS,
    FIELD_LABELS,
    REVEAL_KINDS,
    action_label,
    entity_label,
    field_label,
)
from desktop.services.kernel.timeutil import local_day_bounds_utc, to_local
from desktop.services.kernel.validation import id_number_is_valid, mask_id_number, mask_phone

PAGE_SIZE = 200
BATCH = 1000           # entries read at a time while a text filter is matched
MAX_ID = 2**31 - 1
HIDDEN = frozenset({"password_hash"})   # never shown, whatever an old entry holds
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])", re.ASCII)
_MOBILE = re.compile(r"(?<!\d)(?:86)?1[3-9]\d{9}(?!\d)", re.ASCII)
_AWARE_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)", re.ASCII)
E = AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    """What to list; every part optional. ``entity`` is a kind of record (a table name)."""

    entity: str | None = None
    user: str | None = None
    first: date | None = None
    last: date | None = None
    text: str | None = None


@dataclass(frozen=True)
class FieldChange:
    """One field of an entry, masked; ``before``/``after`` are None when there was no value."""

    field: str
    label: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class AuditRow:
    """One entry as the log page and the exports show it."""

    id: int
    at: datetime
    user: str
    entity: str            # the kind of record (a table name, or retention, database …)
    entity_label: str
    entity_id: int | None
    action: str
    action_label: str
    changes: tuple[FieldChange, ...]

    @property
    def fields_text(self) -> str:
        """The changed fields' labels, 、-separated."""
        return "、".join(dict.fromkeys(c.label for c in self.changes))

    def shown_texts(self) -> Iterator[str]:
        """Every text the row shows (what a text filter is matched against)."""
        yield from (self.user, self.entity, self.entity_label, self.action, self.action_label)
        if self.entity_id is not None:
            yield str(self.entity_id)
        for change in self.changes:
            yield from (t for t in (change.field, change.label, change.before, change.after) if t)

    def matches(self, text: str) -> bool:
        folded = text.casefold()
        return any(folded in shown.casefold() for shown in self.shown_texts())


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int
    offset: int


@dataclass(frozen=True)
class AuditChoices:
    """What the filters offer: the people in the log, and the kinds of record (kind, label)."""

    users: tuple[str, ...]
    kinds: tuple[tuple[str, str], ...]


# ---------------------------------------------------------------- masking and values

def mask_value(field: str, text: str) -> str:
    """``text`` of ``field`` with ID and phone numbers masked."""
    if field.endswith("id_number"):
        return mask_id_number(text)
    if "phone" in field:
        return mask_phone(text)
    text = _ID_NUMBER.sub(lambda m: mask_id_number(m[0]) if id_number_is_valid(m[0].upper()) else m[0], text)
    return _MOBILE.sub(lambda m: mask_phone(m[0][-11:]), text)


def _plain_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, str):
        if _AWARE_TIME.fullmatch(value):  # a stored UTC time: shown in Beijing time
            try:
                return to_local(datetime.fromisoformat(value.replace("Z", "+00:00"))).strftime("%Y-%m-%d %H:%M")
            except ValueError:
                return value
        return value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _shown(field: str, value: object) -> str | None:
    text = _plain_text(value)
    return None if text is None else mask_value(field, text)


def _is_pairs(data: dict) -> bool:
    """Whether every value is ``[before, after]`` (entries of a flush); else plain details."""
    return bool(data) and all(isinstance(v, list) and len(v) == 2 for v in data.values())


def field_changes(raw: str | None) -> tuple[FieldChange, ...]:
    """The stored JSON as masked field changes (details of a sign-in or purge as ``after``)."""
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return (FieldChange("changes", field_label("changes"), None, _shown("changes", raw)),)
    if not isinstance(data, dict):
        return (FieldChange("changes", field_label("changes"), None, _shown("changes", data)),)
    pairs = _is_pairs(data)
    out = []
    for field, value in data.items():
        if field in HIDDEN:
            continue
        before, after = value if pairs else (None, value)
        out.append(FieldChange(field, field_label(field), _shown(field, before), _shown(field, after)))
    return tuple(out)


def split_entity(entity: str) -> tuple[str, int | None, str | None]:
    """(kind, record id, document) of a stored entity: a reveal's ``dispute_case:5:kind`` too."""
    prefix, sep, rest = entity.partition(":")
    if not sep:
        return entity, None, None
    ident, _, document = rest.partition(":")
    return REVEAL_KINDS.get(prefix, prefix), int(ident) if ident.isdigit() else None, document or None


def _row(r) -> AuditRow:
    kind, ident, document = split_entity(r.entity or "")
    changes = field_changes(r.changes)
    if document:
        changes = (FieldChange("document", field_label("document"), None, document), *changes)
    return AuditRow(r.id, r.at, r.user or "", kind, entity_label(kind),
                    r.entity_id if r.entity_id is not None else ident,
                    r.action or "", action_label(r.action or ""), changes)


# ---------------------------------------------------------------- filters

def kind_clause(kind: str):
    """Entries about ``kind``: its own rows, and the reveals that name it."""
    prefixes = [p for p, k in REVEAL_KINDS.items() if k == kind]
    if kind not in REVEAL_KINDS:
        prefixes.append(kind)
    return or_(E.entity == kind, *(E.entity.startswith(p + ":", autoescape=True) for p in prefixes))


def _text_clause(text: str):
    """A superset of the entries whose shown text holds ``text`` (checked again once masked):
    a masked ``138****5678`` is looked for as its longest unmasked part."""
    text = max(text.split("*"), key=len)
    if not text:
        return None
    folded = text.casefold()
    clauses = [E.changes.icontains(text, autoescape=True), E.user.icontains(text, autoescape=True)]
    clauses += [kind_clause(k) for k, label in ENTITY_LABELS.items() if folded in k or folded in label.casefold()]
    actions = [a for a, label in ACTION_LABELS.items() if folded in a or folded in label.casefold()]
    if actions:
        clauses.append(E.action.in_(actions))
    clauses += [E.changes.contains(f'"{f}"', autoescape=True)
                for f, label in FIELD_LABELS.items() if folded in label.casefold()]
    if text.isascii() and text.isdigit() and int(text) <= MAX_ID:
        clauses.append(E.entity_id == int(text))
    return or_(*clauses)


def _filtered(flt: AuditFilter):
    query = select(E.id, E.at, E.user, E.entity, E.entity_id, E.action, E.changes)
    if flt.entity:
        query = query.where(kind_clause(flt.entity))
    if flt.user:
        query = query.where(E.user == flt.user)
    lo, hi = local_day_bounds_utc(flt.first, flt.last)
    if lo is not None:
        query = query.where(E.at >= lo)
    if hi is not None:
        query = query.where(E.at < hi)
    if _text(flt) and (clause := _text_clause(_text(flt))) is not None:
        query = query.where(clause)
    return query


def _text(flt: AuditFilter) -> str:
    return (flt.text or "").strip()


def _checked(flt: AuditFilter) -> str:
    """The text each candidate must be checked against once masked ('' when the database's match
    is enough: masking only hides digits, so a text without digits or ``*`` matches the same)."""
    text = _text(flt)
    return text if any(ch.isdigit() or ch == "*" for ch in text) else ""


def _flt(flt: AuditFilter | None, filters: dict) -> AuditFilter:
    return AuditFilter(**{**(asdict(flt) if flt else {}), **filters})


# ---------------------------------------------------------------- reading

def iter_audit(session: Session, flt: AuditFilter | None = None, *, batch: int = BATCH,
               **filters) -> Iterator[AuditRow]:
    """Every matching entry, newest first, read ``batch`` entries at a time (for exports)."""
    flt = _flt(flt, filters)
    query, text, below = _filtered(flt).order_by(E.id.desc()), _checked(flt), None
    while True:
        rows = session.execute(query.limit(batch) if below is None
                               else query.where(E.id < below).limit(batch)).all()
        for r in rows:
            row = _row(r)
            if not text or row.matches(text):
                yield row
        if len(rows) < batch:
            return
        below = rows[-1].id


def list_audit(session: Session, entity: str | None = None, user: str | None = None,
               first: date | None = None, last: date | None = None, text: str | None = None, *,
               limit: int | None = PAGE_SIZE, offset: int = 0) -> list[AuditRow]:
    """Matching entries, newest first: ``limit`` of them (None: all) after skipping ``offset``."""
    flt = AuditFilter(entity, user, first, last, text)
    if _checked(flt):
        return list(islice(iter_audit(session, flt), offset, None if limit is None else offset + limit))
    query = _filtered(flt).order_by(E.id.desc()).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_row(r) for r in session.execute(query)]


def count_audit(session: Session, flt: AuditFilter | None = None, **filters) -> int:
    """How many entries match."""
    flt = _flt(flt, filters)
    if _checked(flt):
        return sum(1 for _row in iter_audit(session, flt))
    return session.scalar(select(func.count()).select_from(_filtered(flt).subquery())) or 0


def audit_page(session: Session, flt: AuditFilter, offset: int = 0, limit: int = PAGE_SIZE) -> AuditPage:
    """One page of the list and the number of matching entries (for the page's 第 n–m 条，共 N 条)."""
    offset = max(offset, 0)
    if not _checked(flt):
        return AuditPage(list_audit(session, **asdict(flt), limit=limit, offset=offset),
                         count_audit(session, flt), offset)
    rows, total = [], 0
    for row in iter_audit(session, flt):   # one pass: the page and the count together
        if offset <= total < offset + limit:
            rows.append(row)
        total += 1
    return AuditPage(rows, total, offset)


def audit_choices(session: Session) -> AuditChoices:
    """The people who appear in the log, and the kinds of record it holds (in the labels' order)."""
    users = tuple(sorted(u for u in session.scalars(select(E.user).distinct()) if u))
    kinds = {split_entity(e)[0] for e in session.scalars(select(E.entity).distinct()) if e}
    order = {k: n for n, k in enumerate(ENTITY_LABELS)}
    ordered = sorted(kinds, key=lambda k: (order.get(k, len(order)), k))
    return AuditChoices(users, tuple((k, entity_label(k)) for k in ordered))


def resolve_kind(value: str) -> str | None:
    """A kind of record from its table name or its Chinese label (会议, 案件当事人); None if unknown."""
    wanted = value.strip()
    if wanted in ENTITY_LABELS:
        return wanted
    found = next((k for k, label in ENTITY_LABELS.items() if label == wanted), None)
    if found is None and re.fullmatch(r"[a-z_]{1,50}", wanted):
        return wanted     # a table the labels do not know yet
    return found
