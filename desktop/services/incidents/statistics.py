"""Figures of the incident register per year (the year the office learned of the incident, in
Beijing): incidents by level, workers involved, how long each party took to be notified and
what share of the notifications came within the time limit. Drills (演练) are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.models import Incident, IncidentParty, Organisation
from desktop.services.incidents.labels import LEVELS
from desktop.services.kernel.timeutil import to_local


@dataclass(frozen=True)
class PartyFigures:
    """One member party's notifications in a year."""

    party: str
    short: str
    notified: int                   # incidents on which the party was notified
    not_notified: int               # incidents on which it never was
    average_minutes: float | None   # from learning of the incident to notifying the party
    within_limit: int

    @property
    def share_within(self) -> float | None:
        return self.within_limit / self.notified if self.notified else None


@dataclass(frozen=True)
class YearFigures:
    """The register's figures for one year, drills left out."""

    year: int
    incidents: int
    by_level: tuple[tuple[int, int], ...]   # (level 1..4, incidents), every level listed
    workers: int
    notified: int                   # notifications made (party × incident)
    not_notified: int
    average_minutes: float | None
    within_limit: int
    parties: tuple[PartyFigures, ...]   # in the order the parties first appear on a board

    @property
    def share_within(self) -> float | None:
        return self.within_limit / self.notified if self.notified else None

    def level_count(self, level: int) -> int:
        return dict(self.by_level).get(level, 0)


@dataclass
class _Tally:
    party: str = ""
    short: str = ""
    minutes: list[float] | None = None
    within: int = 0
    missing: int = 0

    def add(self, minutes: float | None, within: bool) -> None:
        if self.minutes is None:
            self.minutes = []
        if minutes is None:
            self.missing += 1
            return
        self.minutes.append(minutes)
        self.within += within


def years(session: Session) -> list[int]:
    """The years that have incidents other than drills, newest first."""
    learned = session.scalars(select(Incident.learned_at).where(Incident.drill.is_(False)))
    return sorted({to_local(at).year for at in learned}, reverse=True)


def year_figures(session: Session, year: int) -> YearFigures:
    """The figures of ``year``; a year without incidents gives zeros and no averages."""
    start, end = (datetime(y, 1, 1, tzinfo=LOCAL_TZ) for y in (year, year + 1))
    incidents = list(session.scalars(
        select(Incident).where(Incident.drill.is_(False), Incident.learned_at >= start, Incident.learned_at < end)
        .order_by(Incident.learned_at, Incident.id)))
    levels = defaultdict(int)
    for incident in incidents:
        levels[incident.level] += 1
    learned = {i.id: i.learned_at for i in incidents}
    tallies: dict[str, _Tally] = {}
    total = _Tally()
    rows = session.execute(
        select(IncidentParty, Organisation.short_name)
        .outerjoin(Organisation, Organisation.id == IncidentParty.organisation_id)
        .where(IncidentParty.incident_id.in_(list(learned)))
        .order_by(IncidentParty.incident_id, IncidentParty.seq)) if learned else []
    for party, short in rows:
        minutes, within = _delay(party, learned[party.incident_id])
        tally = tallies.setdefault(party.party, _Tally(party.party, short or party.party))
        tally.add(minutes, within)
        total.add(minutes, within)
    return YearFigures(year, len(incidents), tuple((level, levels[level]) for level in LEVELS),
                       sum(i.workers for i in incidents), len(total.minutes or ()), total.missing,
                       _average(total.minutes), total.within, tuple(_party(t) for t in tallies.values()))


def statistics(session: Session) -> list[YearFigures]:
    """The figures of every year with incidents, newest first."""
    return [year_figures(session, year) for year in years(session)]


def _delay(party: IncidentParty, learned_at) -> tuple[float | None, bool]:
    if party.notified_at is None:
        return None, False
    minutes = (party.notified_at - learned_at) / timedelta(minutes=1)
    return minutes, minutes <= party.limit_minutes


def _average(values: list[float] | None) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _party(tally: _Tally) -> PartyFigures:
    return PartyFigures(tally.party, tally.short, len(tally.minutes or ()), tally.missing,
                        _average(tally.minutes), tally.within)
