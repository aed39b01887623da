"""The list of action items, fast enough for 100,000 of them.

``load_actions`` runs one SQL query for the structural filters (body, organisation, owner,
status, due range…) and returns compact rows (a NamedTuple per item, ids instead of names)
with a ``Names`` table to show them. Text filtering and sorting then run on that Python list
(``ActionList``): no query per keystroke, no proxy model. The same filter in SQL
(``ActionFilter.text``) serves the command line and the reports, with the same meaning.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import NamedTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    exists,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    OPEN_STATUSES,
    ActionItem,
    ActionStatus,
    ActionUpdate,
    Body,
    Organisation,
    Person,
    action_co_organisations,
)
from desktop.services.actions.timing import (
    PRIORITIES,
    STATUS_ORDER,
    Ageing,
    DayCounter,
    ageing_due_range,
    report_late,
)
from desktop.services.kernel.timeutil import local_day_bounds_utc, today_local

T = ActionItem.__table__
CO = action_co_organisations

STATUS_FILTERS = {
    "all": QT_TRANSLATE_NOOP("Labels", "全部"),
    "open": QT_TRANSLATE_NOOP("Labels", "未办结"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "已逾期"),
    "report_late": QT_TRANSLATE_NOOP("Labels", "汇报逾期"),
    "closed": QT_TRANSLATE_NOOP("Labels", "已办结或已撤销"),
    **{s: s for s in STATUS_ORDER},  # a single status; labels in actions_timing.STATUS_LABELS
}


@dataclass(frozen=True)
class ActionFilter:
    """Which items to list; every field narrows the list, the defaults list everything."""

    body_id: int | None = None
    organisation_id: int | None = None
    lead_only: bool = False               # organisation as lead only (else lead or co-organiser)
    owner_id: int | None = None
    status: str = "all"                   # a key of STATUS_FILTERS
    due_from: date | None = None
    due_to: date | None = None
    ageing: Ageing | None = None          # an ageing bucket of open items (implies open)
    created_from: date | None = None      # local dates, both ends included
    created_to: date | None = None
    closed_from: date | None = None
    closed_to: date | None = None
    text: str = ""                        # in the title, the lead organisation or the owner

    def without_text(self) -> ActionFilter:
        return replace(self, text="")


class ActionRow(NamedTuple):
    """One item of the list: ids, not names (``Names`` shows them)."""

    id: int
    body_id: int
    title: str
    status: str
    due: date | None
    lead_org_id: int | None
    owner_id: int | None
    priority: str
    progress: int
    report_every_days: int | None
    last_report: date | None        # the last progress report (only fetched for cadence items)
    created_at: object              # UTC, as the driver gives it; only fetched for cadence items
    meeting_id: int | None
    version: int

    def is_report_late(self, today: date) -> bool:
        created = local_date_of_utc(self.created_at) if self.created_at else None
        return report_late(self.status, self.report_every_days, self.last_report, created, today)


@dataclass(frozen=True)
class Names:
    """Body, organisation and person names by id, to show compact rows."""

    bodies: dict[int, str] = field(default_factory=dict)
    body_keys: dict[int, str] = field(default_factory=dict)
    organisations: dict[int, str] = field(default_factory=dict)
    people: dict[int, str] = field(default_factory=dict)

    def body(self, body_id: int | None) -> str:
        return self.bodies.get(body_id, "") if body_id is not None else ""

    def organisation(self, org_id: int | None) -> str:
        return self.organisations.get(org_id, "") if org_id is not None else ""

    def person(self, person_id: int | None) -> str:
        return self.people.get(person_id, "") if person_id is not None else ""


def local_date_of_utc(value: object) -> date:
    """The local date of a stored UTC time given as text (SQLite) or a naive datetime."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(LOCAL_TZ).date()


def load_names(session: Session) -> Names:
    bodies = session.execute(select(Body.id, Body.key, Body.short_name, Body.name)).all()
    return Names(
        {i: short or name for i, _k, short, name in bodies}, {i: k for i, k, _s, _n in bodies},
        dict(session.execute(select(Organisation.id, Organisation.name)).all()),
        dict(session.execute(select(Person.id, Person.name)).all()),
    )


def _row_columns() -> tuple:
    if not _COLUMNS:
        last = (select(func.max(ActionUpdate.reported_on))
                .where(ActionUpdate.action_id == T.c.id, ActionUpdate.kind == "progress")
                .correlate(T).scalar_subquery())
        # CASE evaluates the subquery only for the few items that have a reporting cadence.
        cadence = T.c.report_every_days.is_not(None)
        # created_at comes as the driver gives it (parsed only when a cadence needs it): the
        # UTC type's per-row conversion was a tenth of the list's load time.
        _COLUMNS.extend((
            T.c.id, T.c.body_id, T.c.title, T.c.status, T.c.due, T.c.lead_org_id, T.c.owner_id,
            T.c.priority, T.c.progress, T.c.report_every_days,
            case((cadence, last), else_=None).label("last_report"),
            type_coerce(case((cadence, T.c.created_at), else_=None), String).label("created_at"),
            T.c.meeting_id, T.c.version))
    return tuple(_COLUMNS)


_COLUMNS: list = []


def filter_conditions(flt: ActionFilter, today: date) -> list[ColumnElement[bool]]:
    """SQL conditions for ``flt`` (text included); shared by the list, counts and reports."""
    where: list[ColumnElement[bool]] = []
    if flt.body_id is not None:
        where.append(T.c.body_id == flt.body_id)
    if flt.organisation_id is not None:
        lead = T.c.lead_org_id == flt.organisation_id
        where.append(lead if flt.lead_only else or_(lead, exists().where(
            CO.c.action_id == T.c.id, CO.c.organisation_id == flt.organisation_id)))
    if flt.owner_id is not None:
        where.append(T.c.owner_id == flt.owner_id)
    where += _status_conditions(flt.status, today)
    if flt.due_from is not None:
        where.append(T.c.due >= flt.due_from)
    if flt.due_to is not None:
        where.append(T.c.due <= flt.due_to)
    if flt.ageing is not None:
        where += _ageing_conditions(flt.ageing, today)
    where += _between(T.c.created_at, flt.created_from, flt.created_to)
    where += _between(T.c.closed_at, flt.closed_from, flt.closed_to)
    if text := flt.text.strip():
        where.append(or_(
            T.c.title.icontains(text, autoescape=True),
            T.c.lead_org_id.in_(select(Organisation.id).where(Organisation.name.icontains(text, autoescape=True))),
            T.c.owner_id.in_(select(Person.id).where(Person.name.icontains(text, autoescape=True))),
        ))
    return where


def _status_conditions(status: str, today: date) -> list[ColumnElement[bool]]:
    if status == "all":
        return []
    if status == "open":
        return [T.c.status.in_(OPEN_STATUSES)]
    if status == "overdue":
        return [T.c.status.in_(OPEN_STATUSES), T.c.due < today]
    if status == "report_late":  # refined in Python (needs the last report): open cadence items
        return [T.c.status.in_(OPEN_STATUSES), T.c.report_every_days.is_not(None)]
    if status == "closed":
        return [T.c.status.in_((ActionStatus.DONE.value, ActionStatus.WITHDRAWN.value))]
    if status in STATUS_ORDER:
        return [T.c.status == status]
    raise ValueError(f"unknown status filter {status!r}")


def _ageing_conditions(bucket: Ageing, today: date) -> list[ColumnElement[bool]]:
    where = [T.c.status.in_(OPEN_STATUSES)]
    if bucket is Ageing.ON_TIME:
        return [*where, or_(T.c.due.is_(None), T.c.due >= today)]
    first, last = ageing_due_range(bucket, today)
    if first is not None:
        where.append(T.c.due >= first)
    return [*where, T.c.due <= last]


def _between(column, first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    lo, hi = local_day_bounds_utc(first, last)
    return [c for c in (column >= lo if lo else None, column < hi if hi else None) if c is not None]


def list_query(flt: ActionFilter, today: date) -> Select:
    """The SELECT behind ``load_actions`` (the benchmark times the same SQL through sqlite3)."""
    return select(*_row_columns()).where(and_(True, *filter_conditions(flt, today))).order_by(T.c.id)


def load_actions(session: Session, flt: ActionFilter = ActionFilter(), today: date | None = None,  # noqa: B008
                 ) -> list[ActionRow]:
    """The items ``flt`` selects (by id); the Python list is for sorting and filtering further."""
    today = today or today_local()
    rows = [ActionRow._make(r) for r in session.execute(list_query(flt, today))]
    if flt.status == "report_late":
        rows = [r for r in rows if r.is_report_late(today)]
    return rows


def count_actions(session: Session, flt: ActionFilter = ActionFilter(), today: date | None = None,  # noqa: B008
                  ) -> int:
    """How many items ``flt`` selects, counted in SQL (report-late refined like the list)."""
    today = today or today_local()
    if flt.status == "report_late":
        return len(load_actions(session, flt, today))
    query = select(func.count()).select_from(T).where(and_(True, *filter_conditions(flt, today)))
    return session.scalar(query)


# ---------------------------------------------------------------- the Python side

SORT_KEYS = ("id", "body", "title", "lead", "owner", "due", "status", "late", "progress",
             "priority", "report_late")
_FAR = date.max.toordinal() + 1
_STATUS_RANK = {s: i for i, s in enumerate(STATUS_ORDER)}
_PRIORITY_RANK = {p: i for i, p in enumerate(PRIORITIES)}


class ActionList:
    """Loaded rows with their names; filters by text and sorts without touching the database."""

    def __init__(self, rows: Sequence[ActionRow], names: Names, counter: DayCounter) -> None:
        self.rows = list(rows)
        self.names = names
        self.counter = counter
        self._folded: list[str] | None = None
        self._late: frozenset[int] | None = None

    def matching(self, text: str) -> list[ActionRow]:
        """The rows whose title, lead organisation or owner contains ``text`` (case-insensitive)."""
        needle = text.strip().casefold()
        if not needle:
            return list(self.rows)
        if self._folded is None:
            self._folded = [r.title.casefold() for r in self.rows]
        orgs = {i for i, n in self.names.organisations.items() if needle in n.casefold()}
        people = {i for i, n in self.names.people.items() if needle in n.casefold()}
        return [r for r, title in zip(self.rows, self._folded)
                if needle in title or r.lead_org_id in orgs or r.owner_id in people]

    def _report_late_ids(self) -> frozenset[int]:
        if self._late is None:
            today = self.counter.today
            self._late = frozenset(r.id for r in self.rows if r.report_every_days and r.is_report_late(today))
        return self._late

    def sort_key(self, key: str) -> Callable[[ActionRow], object]:
        if key == "report_late":          # late reporters first
            late = self._report_late_ids()
            return lambda r: r.id not in late
        n, counter = self.names, self.counter
        keys: dict[str, Callable[[ActionRow], object]] = {
            "id": operator.itemgetter(0),
            "body": lambda r: n.bodies.get(r.body_id, ""),
            "title": operator.itemgetter(2),
            "lead": lambda r: n.organisations.get(r.lead_org_id, "\uffff"),
            "owner": lambda r: n.people.get(r.owner_id, "\uffff"),
            "due": lambda r: r.due.toordinal() if r.due else _FAR,
            "status": lambda r: _STATUS_RANK.get(r.status, 99),
            "late": lambda r: counter.days_late(r.due) if r.status in OPEN_STATUSES else -1,
            "progress": operator.itemgetter(8),
            "priority": lambda r: _PRIORITY_RANK.get(r.priority, 9),
        }
        return keys[key]

    def sorted(self, rows: Sequence[ActionRow], key: str, descending: bool = False) -> list[ActionRow]:
        """``rows`` sorted by ``key``; stable, so ties keep their present order."""
        return sorted(rows, key=self.sort_key(key), reverse=descending)
