"""A campaign's progress (进度) by park and by responsible unit, counted from its entries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.screenings.core import EntryRow, list_entries

NO_PARK = QT_TRANSLATE_NOOP("Labels", "（未填园区/街道）")
NO_ONE = QT_TRANSLATE_NOOP("Labels", "（未分配）")


@dataclass(frozen=True)
class ProgressRow:
    """One park or unit: how many entries, screened, not screened, with a problem found.

    ``label`` is empty for entries without a park (or without a responsible unit); the views
    and the command line show ``NO_PARK`` / ``NO_ONE`` for it.
    """

    label: str
    entries: int
    screened: int
    found: int

    @property
    def unscreened(self) -> int:
        return self.entries - self.screened

    @property
    def percent(self) -> float:
        return 100.0 * self.screened / self.entries if self.entries else 0.0


@dataclass(frozen=True)
class CampaignProgress:
    total: ProgressRow
    by_park: tuple[ProgressRow, ...]
    by_unit: tuple[ProgressRow, ...]


def tally(entries: Iterable[EntryRow], key: Callable[[EntryRow], str]) -> tuple[ProgressRow, ...]:
    """One row per ``key`` value, by name, the empty label last."""
    counts: dict[str, list[int]] = {}
    for e in entries:
        c = counts.setdefault(key(e), [0, 0, 0])
        c[0] += 1
        c[1] += e.screened
        c[2] += e.found_problem
    return tuple(ProgressRow(label, *c) for label, c in sorted(counts.items(), key=lambda p: (not p[0], p[0])))


def summarise(entries: Iterable[EntryRow]) -> CampaignProgress:
    entries = list(entries)
    total = tally(entries, lambda _e: "")
    return CampaignProgress(total[0] if total else ProgressRow("", 0, 0, 0),
                            tally(entries, lambda e: e.park), tally(entries, lambda e: e.responsible))


def campaign_progress(session: Session, campaign_id: int) -> CampaignProgress:
    """The campaign's totals, by park and by responsible unit."""
    return summarise(list_entries(session, campaign_id))
