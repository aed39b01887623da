"""What the calendar and the meeting dialog read: a visible range, checks before saving,
the people who may be invited, a year's holidays and a sensible reply-by date.

Plain frozen rows out; nothing is written. The checks return facts (days, conflicts), not
sentences, so the views can word them in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Body, Membership, Organisation, Person, Representative
from desktop.services.dates import recurrence as rr
from desktop.services.dates.holidays import DayInfo, DayKind, day_info, is_working_day
from desktop.services.kernel.timeutil import to_local
from desktop.services.meetings.conflicts import Conflict, find_conflicts
from desktop.services.meetings.core import MeetingData, clean_meeting
from desktop.services.meetings.queries import MeetingRow, list_meetings, series_meeting_ids
from desktop.services.meetings.series import SeriesData, preview_series

SPECIAL_KINDS = (DayKind.HOLIDAY.value, DayKind.MAKEUP_WORKDAY.value)
CHECKED_OCCURRENCES = 24
REPLY_WORKING_DAYS = 2


# ---------------------------------------------------------------- the visible range

@dataclass(frozen=True)
class CalendarData:
    """Meetings overlapping ``first``..``last`` (local days) and that range's special days."""

    first: date
    last: date
    meetings: tuple[MeetingRow, ...]
    special_days: tuple[DayInfo, ...]   # statutory holidays and 调休 working days only


def calendar_range(session: Session, first: date, last: date,
                   bodies: tuple[str, ...] | None = None) -> CalendarData:
    """One query for the meetings (the index on meetings.start bounds it) plus the day kinds."""
    meetings = tuple(list_meetings(session, first, last, bodies or None))
    return CalendarData(first, last, meetings, tuple(special_days(session, first, last)))


def special_days(session: Session, first: date, last: date) -> list[DayInfo]:
    """Holidays and make-up working days in ``first``..``last``, in date order."""
    out, day = [], first
    while day <= last:
        info = day_info(session, day)
        if info.kind in SPECIAL_KINDS:
            out.append(info)
        day += timedelta(days=1)
    return out


@dataclass(frozen=True)
class YearDays:
    year: int
    known: bool                    # False: no source knows the year; weekends only
    days: tuple[DayInfo, ...]      # holidays and make-up working days


def year_days(session: Session, year: int) -> YearDays:
    days = special_days(session, date(year, 1, 1), date(year, 12, 31))
    return YearDays(year, day_info(session, date(year, 1, 1)).known, tuple(days))


# ---------------------------------------------------------------- checks before saving

@dataclass(frozen=True)
class DateCheck:
    """One date the meeting (or a series occurrence) would take, and what is wrong with it."""

    start: datetime                 # aware UTC, after any holiday move
    rule_date: datetime | None      # the rule's date when the holiday policy moved it
    day: DayInfo
    conflicts: tuple[Conflict, ...]

    @property
    def moved(self) -> bool:
        return self.rule_date is not None


@dataclass(frozen=True)
class MeetingCheck:
    dates: tuple[DateCheck, ...]
    unknown_years: tuple[int, ...]  # years whose holidays no source knows
    more: bool                      # the series has more occurrences than were checked

    @property
    def non_working(self) -> tuple[DateCheck, ...]:
        return tuple(d for d in self.dates if not d.day.is_working_day)

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for d in self.dates for c in d.conflicts)


def check_meeting(session: Session, data: MeetingData, *, rrule: str | None = None,
                  holiday_policy: str = rr.HolidayPolicy.KEEP.value,
                  exclude_meeting_id: int | None = None, exclude_series_id: int | None = None,
                  limit: int = CHECKED_OCCURRENCES, today: date | None = None) -> MeetingCheck:
    """Holiday and double-booking facts for a meeting or the first ``limit`` dates of a series.

    Raises ValidationError as saving would (end before start, a rule that gives no date…).
    """
    values = clean_meeting(session, data)
    length = values["end"] - values["start"]
    if rrule:
        preview = preview_series(session, SeriesData(data, rrule, holiday_policy),
                                 limit=limit + 1, today=today)
        slots = [(p.start, p.recurrence_id if p.moved else None, p.day) for p in preview[:limit]]
        more = len(preview) > limit
    else:
        slots = [(values["start"], None, day_info(session, to_local(values["start"]).date()))]
        more = False
    people = [person for person, _role in values["attendees"]]
    skip = set(series_meeting_ids(session, exclude_series_id)) if exclude_series_id else set()
    dates = []
    for start, rule_date, day in slots:
        found = find_conflicts(session, start, start + length, people, values["room_id"],
                               exclude_meeting_id=exclude_meeting_id)
        dates.append(DateCheck(start, rule_date, day,
                               tuple(c for c in found if c.meeting_id not in skip)))
    unknown = tuple(sorted({d.day.date.year for d in dates if not d.day.known}))
    return MeetingCheck(tuple(dates), unknown, more)


# ---------------------------------------------------------------- people to invite

@dataclass(frozen=True)
class Candidate:
    """A person who may be invited: the body's representatives first, then every contact."""

    person_id: int
    name: str
    organisation: str
    title: str
    side: str               # the body side they sit for; "" for a contact outside the body
    representative: bool


def candidate_people(session: Session, body_key: str | None) -> list[Candidate]:
    reps: list[Candidate] = []
    if body_key:
        query = (select(Person.id, Person.name, Organisation.name, Person.title, Membership.side)
                 .join(Representative, Representative.person_id == Person.id)
                 .join(Membership, Membership.id == Representative.membership_id)
                 .join(Body, Body.id == Membership.body_id)
                 .outerjoin(Organisation, Organisation.id == Person.organisation_id)
                 .where(Body.key == body_key)
                 .order_by(Membership.sort_order, Membership.id, Representative.id))
        seen: set[int] = set()
        for pid, name, org, title, side in session.execute(query):
            if pid not in seen:
                seen.add(pid)
                reps.append(Candidate(pid, name, org or "", title, side, True))
    taken = {c.person_id for c in reps}
    query = (select(Person.id, Person.name, Organisation.name, Person.title)
             .outerjoin(Organisation, Organisation.id == Person.organisation_id)
             .order_by(Organisation.name, Person.name, Person.id))
    others = [Candidate(pid, name, org or "", title, "", False)
              for pid, name, org, title in session.execute(query) if pid not in taken]
    return reps + others


# ---------------------------------------------------------------- documents

def reply_by(session: Session, meeting_start: datetime, today: date) -> date | None:
    """The working day ``REPLY_WORKING_DAYS`` working days before the meeting, not before
    today; None when the meeting is today or past (no time left to reply)."""
    meeting_day = to_local(meeting_start).date()
    if meeting_day <= today:
        return None
    day, left = meeting_day, REPLY_WORKING_DAYS
    while left and day > today:
        day -= timedelta(days=1)
        if is_working_day(session, day):
            left -= 1
    return max(day, today)
