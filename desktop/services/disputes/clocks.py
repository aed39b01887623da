"""A case's clocks: which rules run at its stage, their last days and how many days are left.

A clock due today has 0 days left and is not overdue (ef-cms #2886); amber from
``amber_days`` left, red once passed. An extended clock counts from its extended last day, so
it is never shown overdue on its original one (righttoknow #102).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop.models import AdjustmentKind, CaseStage, ClockAdjustment, DisputeCase
from desktop.services.dates.holidays import day_info
from desktop.services.disputes.periods import Calendar, Day, Due, Pause, last_day
from desktop.services.disputes.rules import (
    CONFIRMATION,
    LIMITATION,
    MEDIATION,
    PERFORMANCE,
    Rule,
)

S = CaseStage
#: Stages in which each clock runs.
RUNNING = {
    MEDIATION: {S.RECEIVED.value, S.MEDIATING.value},
    CONFIRMATION: {S.AGREED.value},
    PERFORMANCE: {S.AGREED.value, S.CONFIRMATION.value},
    LIMITATION: {S.RECEIVED.value, S.MEDIATING.value, S.FAILED.value, S.AGREED.value},
}


@dataclass(frozen=True)
class Clock:
    """One running clock of one case."""

    rule: str
    name: str
    start: date | None
    due: date | None
    days_left: int | None
    provisional: bool
    paused: bool
    extension_days: int
    state: str              # ok | amber | red | paused
    note: str = ""

    def as_json(self) -> dict:
        return {"rule": self.rule, "due": self.due.isoformat() if self.due else None,
                "days_left": self.days_left, "provisional": self.provisional}


def session_calendar(session: Session) -> Calendar:
    """The working-day calendar of ``session``'s holiday table, for the period engine."""
    def days(day: date) -> Day:
        info = day_info(session, day)
        return Day(info.is_working_day, info.known)
    return days


def active_adjustments(adjustments: Iterable[ClockAdjustment], rule: str) -> tuple[int, list[Pause]]:
    """Extension days and pauses of ``rule`` that have not been removed."""
    days, pauses = 0, []
    for adj in adjustments:
        if adj.rule != rule or adj.removed_at is not None:
            continue
        if adj.kind == AdjustmentKind.EXTENSION.value:
            days += adj.days or 0
        elif adj.first_day is not None:
            pauses.append(Pause(adj.first_day, adj.last_day))
    return days, pauses


def clock_start(case: DisputeCase, key: str) -> date | None:
    return {MEDIATION: case.received, CONFIRMATION: case.agreement_on,
            LIMITATION: case.knew_on, PERFORMANCE: case.perform_by}.get(key)


def compute_due(rule: Rule, start: date, days: Calendar, *, extension_days: int = 0,
                pauses: Iterable[Pause] = ()) -> Due:
    """The last day of ``rule`` from ``start``; the performance date is its own last day."""
    if rule.key == PERFORMANCE:
        return Due(start, False, start)
    return last_day(start, rule.amount, rule.unit, rule.mode, days,
                    extension_days=extension_days, pauses=pauses)


def _state(days_left: int | None, paused: bool, amber_days: int) -> str:
    if paused or days_left is None:
        return "paused"
    if days_left < 0:
        return "red"
    return "amber" if days_left <= amber_days else "ok"


def _note(rule: Rule, case: DisputeCase, days_left: int | None) -> str:
    if rule.key == MEDIATION and days_left is not None and days_left <= 0:
        return "调解期限已满，当事人可以依法申请仲裁。"
    if rule.key == PERFORMANCE and days_left is not None and days_left < 0:
        return "履行期限已过，请回访确认协议是否履行。"
    return ""


def case_clocks(case: DisputeCase, adjustments: Iterable[ClockAdjustment], rules: dict[str, Rule],
                days: Calendar, today: date, amber_days: int = 3) -> list[Clock]:
    """The clocks running for ``case`` at its current stage, in rule order."""
    adjustments = list(adjustments)
    clocks = []
    for key, stages in RUNNING.items():
        start = clock_start(case, key)
        if case.stage not in stages or start is None:
            continue
        if key == LIMITATION and case.arrears_in_employment:
            continue   # Art. 27: arrears during employment run from the end of employment
        rule = rules[key]
        extension, pauses = active_adjustments(adjustments, key)
        due = compute_due(rule, start, days, extension_days=extension, pauses=pauses)
        left = None if due.day is None else (due.day - today).days
        clocks.append(Clock(key, rule.name, start, due.day, left, due.provisional, due.paused,
                            extension, _state(left, due.paused, amber_days), _note(rule, case, left)))
    return clocks
