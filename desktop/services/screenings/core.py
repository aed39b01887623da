"""Screening campaigns (排查): made by filter over the register, assigned, filled in, counted.

A campaign's list is its entries, one per enterprise the filter matched when it was made
(all, a park, without a union, more than N workers; combinable). Results are written through
``set_result`` (a form) or the returned sheet (``sheet``); either way the warning suggestions
are brought up to date in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Enterprise, Organisation, ScreeningCampaign, ScreeningEntry, utcnow
from desktop.services.enterprises.core import MAX_WORKERS
from desktop.services.kernel.records import check_version, get_or_refuse
from desktop.services.kernel.timeutil import check_supported
from desktop.services.kernel.validation import clean_required
from desktop.services.screenings import bulk
from desktop.services.screenings.results import (
    RESULT_FIELDS,
    ResultData,
    ResultValues,
    clean_result,
)
from desktop.services.warnings.suggest import SuggestOutcome, suggest_for_entries

RESPONSIBLE_MAX = 100


@dataclass(frozen=True)
class CampaignData:
    """What the 新建排查 form or ``screening new`` says; ``min_workers``: more than N workers."""

    name: str
    first_day: date
    last_day: date
    park: str = ""
    without_union: bool = False
    min_workers: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class CampaignRow:
    id: int
    name: str
    first_day: date
    last_day: date
    park: str
    without_union: bool
    min_workers: int | None
    notes: str
    entries: int
    screened: int
    found: int
    version: int


@dataclass(frozen=True)
class EntryRow:
    """One enterprise of a campaign as the page and the sheet show it."""

    id: int
    campaign_id: int
    enterprise_id: int
    enterprise: str
    uscc: str
    park: str
    workers: int | None
    responsible: str
    arrears_months: Decimal | None
    workers_affected: int | None
    amount_owed: Decimal | None
    insurance_months: Decimal | None
    planned_layoffs: int | None
    notes: str
    screened_by: str
    screened_at: datetime | None
    version: int

    @property
    def screened(self) -> bool:
        return self.screened_at is not None

    @property
    def values(self) -> ResultValues:
        return ResultValues(self.arrears_months, self.workers_affected, self.amount_owed,
                            self.insurance_months, self.planned_layoffs, self.notes)

    @property
    def found_problem(self) -> bool:
        return self.screened and self.values.found_problem


# Campaigns.
def clean_campaign(data: CampaignData) -> dict:
    name = clean_required(data.name, QT_TRANSLATE_NOOP("Labels", "排查名称"), "name")
    check_supported(data.first_day, "first_day")
    check_supported(data.last_day, "last_day")
    if data.first_day > data.last_day:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "排查的开始日期{first}晚于结束日期{last}。"),
                              field="last_day", first=data.first_day.isoformat(), last=data.last_day.isoformat())
    if data.min_workers is not None and not 0 <= data.min_workers <= MAX_WORKERS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "职工人数条件“{value}”不合理：应为0到{max}之间的整数。"),
                              field="min_workers", value=data.min_workers, max=MAX_WORKERS)
    return {"name": name, "first_day": data.first_day, "last_day": data.last_day,
            "park": " ".join(data.park.split())[:100], "without_union": bool(data.without_union),
            "min_workers": data.min_workers, "notes": data.notes.strip()}


def matching_enterprises(session: Session, *, park: str = "", without_union: bool = False,
                         min_workers: int | None = None) -> list[int]:
    """The ids of the enterprises a campaign's filter chooses, in id order."""
    query = select(Enterprise.id).order_by(Enterprise.id)
    if park:
        query = query.where(Enterprise.park == park)
    if without_union:
        query = query.where(Enterprise.has_union.is_(False))
    if min_workers is not None:
        query = query.where(Enterprise.employees > min_workers)
    return list(session.scalars(query))


def create_campaign(session: Session, data: CampaignData) -> int:
    """The campaign and one entry per matched enterprise; refused when the filter matches none."""
    values = clean_campaign(data)
    ids = matching_enterprises(session, park=values["park"], without_union=values["without_union"],
                               min_workers=values["min_workers"])
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有符合条件的企业，未建立排查：请放宽园区、建会或职工人数条件。"),
                              field="park")
    campaign = ScreeningCampaign(**values, created_by=session.info.get("user") or "")
    session.add(campaign)
    session.flush()
    bulk.insert_entries(session, campaign.id, ids)
    return campaign.id


def update_campaign(session: Session, campaign_id: int, name: str, first_day: date, last_day: date,
                    notes: str = "", version: int | None = None) -> None:
    """Rename or re-date a campaign; its list of enterprises stays as it was made."""
    campaign = get_or_refuse(session, ScreeningCampaign, campaign_id)
    check_version(campaign, version)
    values = clean_campaign(CampaignData(name, first_day, last_day, notes=notes))
    campaign.name, campaign.first_day, campaign.last_day = values["name"], first_day, last_day
    campaign.notes = values["notes"]
    session.flush()


def _found():
    e = ScreeningEntry
    return ((e.screened_at.is_not(None))
            & ((func.coalesce(e.arrears_months, 0) > 0) | (func.coalesce(e.workers_affected, 0) > 0)
               | (func.coalesce(e.amount_owed, 0) > 0) | (func.coalesce(e.insurance_months, 0) > 0)
               | (func.coalesce(e.planned_layoffs, 0) > 0)))


def list_campaigns(session: Session) -> list[CampaignRow]:
    """Every campaign, newest period first, with its counts."""
    c, e = ScreeningCampaign, ScreeningEntry
    counts = (select(e.campaign_id, func.count().label("n"), func.count(e.screened_at).label("screened"),
                     func.sum(case((_found(), 1), else_=0)).label("found"))
              .group_by(e.campaign_id).subquery())
    query = (select(c.id, c.name, c.first_day, c.last_day, c.park, c.without_union, c.min_workers, c.notes,
                    func.coalesce(counts.c.n, 0), func.coalesce(counts.c.screened, 0),
                    func.coalesce(counts.c.found, 0), c.version)
             .outerjoin(counts, counts.c.campaign_id == c.id)
             .order_by(c.first_day.desc(), c.id.desc()))
    return [CampaignRow(*r[:5], bool(r[5]), r[6], r[7], int(r[8]), int(r[9]), int(r[10]), r[11])
            for r in session.execute(query)]


def get_campaign(session: Session, campaign_id: int) -> CampaignRow:
    row = next((r for r in list_campaigns(session) if r.id == campaign_id), None)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "排查不存在（编号 {id}），可能已被删除。"), id=campaign_id)
    return row


# Entries.
_ENTRY_COLUMNS = (ScreeningEntry.id, ScreeningEntry.campaign_id, ScreeningEntry.enterprise_id, Enterprise.name,
                  Enterprise.uscc, Enterprise.park, Enterprise.employees, ScreeningEntry.responsible,
                  ScreeningEntry.arrears_months, ScreeningEntry.workers_affected, ScreeningEntry.amount_owed,
                  ScreeningEntry.insurance_months, ScreeningEntry.planned_layoffs, ScreeningEntry.notes,
                  ScreeningEntry.screened_by, ScreeningEntry.screened_at, ScreeningEntry.version)


def _entry_query():
    return select(*_ENTRY_COLUMNS).join(Enterprise, Enterprise.id == ScreeningEntry.enterprise_id)


def _entry(r) -> EntryRow:
    return EntryRow(r[0], r[1], r[2], r[3], r[4] or "", r[5], *r[6:])


def list_entries(session: Session, campaign_id: int) -> list[EntryRow]:
    """The campaign's enterprises by park and name; NotFoundError for an unknown campaign."""
    get_or_refuse(session, ScreeningCampaign, campaign_id)
    query = _entry_query().where(ScreeningEntry.campaign_id == campaign_id) \
        .order_by(Enterprise.park, Enterprise.name, ScreeningEntry.id)
    return [_entry(r) for r in session.execute(query)]


def get_entry(session: Session, entry_id: int) -> EntryRow:
    get_or_refuse(session, ScreeningEntry, entry_id)
    return _entry(session.execute(_entry_query().where(ScreeningEntry.id == entry_id)).one())


def clean_responsible(text: str) -> str:
    value = " ".join(text.split())
    if len(value) > RESPONSIBLE_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "负责单位过长（最多{n}个字）。"),
                              field="responsible", n=RESPONSIBLE_MAX)
    return value


def assign(session: Session, campaign_id: int, entry_ids: Iterable[int], responsible: str) -> int:
    """Give the entries ``responsible`` (a unit or a person; empty: nobody); returns how many changed."""
    value = clean_responsible(responsible)
    wanted = set(entry_ids)
    rows = session.execute(select(ScreeningEntry.id, ScreeningEntry.version, ScreeningEntry.responsible)
                           .where(ScreeningEntry.campaign_id == campaign_id)).all()
    found = {r.id for r in rows}
    if wanted - found:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "有 {n} 家企业不在本次排查中（可能已被删除），请刷新后重试。"),
                            n=len(wanted - found))
    changes = [(r.id, r.version, {"responsible": r.responsible}, {"responsible": value})
               for r in rows if r.id in wanted and r.responsible != value]
    bulk.update_entries(session, campaign_id, changes)
    return len(changes)


def assign_by_park(session: Session, campaign_id: int, park: str, responsible: str, *,
                   only_unassigned: bool = True) -> int:
    """Give every entry of ``park`` (by default those nobody has yet) to ``responsible``."""
    query = select(ScreeningEntry.id).join(Enterprise, Enterprise.id == ScreeningEntry.enterprise_id) \
        .where(ScreeningEntry.campaign_id == campaign_id, Enterprise.park == park)
    if only_unassigned:
        query = query.where(ScreeningEntry.responsible == "")
    return assign(session, campaign_id, list(session.scalars(query)), responsible)


def responsible_suggestions(session: Session) -> list[str]:
    """Names to offer for 负责单位: the organisations directory, then names already used."""
    orgs = list(session.scalars(select(Organisation.name).order_by(Organisation.name)))
    used = session.scalars(select(ScreeningEntry.responsible).where(ScreeningEntry.responsible != "")
                           .distinct().order_by(ScreeningEntry.responsible))
    return list(dict.fromkeys([*orgs, *used]))


# Results.
def stored_values(values: ResultValues | None) -> dict:
    """The entry's result columns for ``values`` (None: back to not screened)."""
    if values is None:
        return {f: ("" if f == "notes" else None) for f in RESULT_FIELDS}
    return values.as_dict()


def set_result(session: Session, entry_id: int, data: ResultData,
               version: int | None = None) -> SuggestOutcome:
    """Enter or change an entry's result (all cells empty: not screened); returns the suggestions."""
    entry = get_or_refuse(session, ScreeningEntry, entry_id)
    check_version(entry, version)
    workers = session.scalar(select(Enterprise.employees).where(Enterprise.id == entry.enterprise_id))
    values = clean_result(data, workers)
    _apply(session, entry, values)
    return suggest(session, [entry_id])


def clear_result(session: Session, entry_id: int, version: int | None = None) -> SuggestOutcome:
    """Back to "not screened"; the suggestions it had are withdrawn by the rule."""
    entry = get_or_refuse(session, ScreeningEntry, entry_id)
    check_version(entry, version)
    _apply(session, entry, None)
    return suggest(session, [entry_id])


def _apply(session: Session, entry: ScreeningEntry, values: ResultValues | None) -> None:
    for key, value in stored_values(values).items():
        setattr(entry, key, value)
    entry.screened_by = "" if values is None else (session.info.get("user") or "")
    entry.screened_at = None if values is None else utcnow()
    session.flush()


def suggest(session: Session, entry_ids: Sequence[int]) -> SuggestOutcome:
    """The warning rule over these entries (``warnings.suggest``), in the caller's transaction."""
    return suggest_for_entries(session, list(entry_ids))
