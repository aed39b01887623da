"""What the meeting dialog's OK does, as plain functions of a session (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.services.calendar.settings import load_calendar_settings
from desktop.services.meetings.core import MeetingData, create_meeting, update_meeting
from desktop.services.meetings.series import (
    EditScope,
    SeriesData,
    create_series,
    edit_occurrence,
    extend_open_series,
    horizon,
)


@dataclass(frozen=True)
class Recurrence:
    rule: str
    holiday_policy: str


def create(session: Session, data: MeetingData, recurrence: Recurrence | None) -> int:
    """A new meeting, or a new series; returns the (first) meeting's id."""
    if recurrence is None:
        return create_meeting(session, data)
    cap = load_calendar_settings().max_occurrences  # past it the rule is refused
    created = create_series(session, SeriesData(data, recurrence.rule, recurrence.holiday_policy),
                            max_occurrences=cap)
    extend_open_series(session, horizon(), max_occurrences=cap)
    return created.first_meeting_id


def update(session: Session, meeting_id: int, version: int, data: MeetingData, *,
           scope: str | None = None, recurrence: Recurrence | None = None) -> int:
    """Save an edited meeting; ``scope`` for an occurrence of a series (``recurrence`` only
    when its rule or holiday policy changed). Returns the edited meeting's id."""
    if scope is None:
        update_meeting(session, meeting_id, data, version)
        return meeting_id
    result = edit_occurrence(session, meeting_id, data, scope,
                             rrule=recurrence.rule if recurrence and scope != EditScope.THIS.value else None,
                             holiday_policy=recurrence.holiday_policy if recurrence else None,
                             version=version, max_occurrences=load_calendar_settings().max_occurrences)
    return result.meeting_id
