"""Recurring series: occurrences stored as meetings, edited by scope without losing or doubling any.

Storage. A ``MeetingSeries`` holds the rule (RRULE text, DTSTART, EXDATE list) and the template
each new occurrence gets (title, place, attendees…). Every occurrence is a ``Meeting`` row with
``series_id`` and ``recurrence_id`` = the start the rule gave it (kept even when it moves). A
series with an end has all its occurrences stored; an open-ended one up to two years ahead,
recorded in ``generated_until`` and extended by ``extend_open_series`` (writers only).

Cap. No series stores more than ``max_occurrences`` rows at once (``MAX_OCCURRENCES``, the
calendar setting ``max_occurrences``): a rule that would pass it is refused, or, when the caller
allows it (an .ics import), its first N dates are stored and ``generated_until`` is set to the
last of them. For a rule with an end that works as a horizon: expansion and pairing stop there,
and such a series is never extended. An open series is extended only while it has fewer than N
rows from now on.

Invariant: for every rule date up to the generated horizon there is exactly one row, unless the
date is in EXDATE (a skipped occurrence: its row stays as ``cancelled``; a deleted occurrence:
no row). The unique key (series_id, recurrence_id) makes a duplicate impossible.

Editing scopes (``edit_occurrence``):
- ``this``: only that meeting changes and becomes ``detached``; its ``recurrence_id`` stays.
- ``all``: the series' rule and template change. Old and new rule dates are paired in order, so
  every row, skip (EXDATE) and detached occurrence follows its own date. Detached rows (edited
  or postponed on their own) and held ones keep their own fields, so a whole-series title change
  leaves an edited occurrence's title alone; a skipped row takes the new fields but stays
  cancelled and in EXDATE. Extra new dates get rows; rows past the new end are removed.
- ``following``: the series is split: the old one ends (UNTIL) one second before this
  occurrence's rule date, a new series starts at it, and the rows from there on move to the new
  series, then are reconciled as in ``all``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from desktop.config import LOCAL_TZ
from desktop.errors import ReferencedError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Meeting, MeetingSeries, MeetingStatus
from desktop.services.dates import recurrence as rr
from desktop.services.dates.holidays import DayInfo, day_info, shift_to_working_day
from desktop.services.kernel.timeutil import today_local
from desktop.services.meetings.core import (
    MeetingData,
    apply_values,
    cancel_meeting,
    clean_meeting,
    delete_meeting_rows,
    get_meeting_row,
    meeting_is_referenced,
    new_uid,
    sync_attendees,
    touch,
    update_meeting,
)
from desktop.services.meetings.queries import get_series_row

HORIZON_YEARS = 2
MAX_OCCURRENCES = 500  # the default of the calendar setting ``max_occurrences``


class EditScope(str, Enum):
    """Which occurrences an edit applies to."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True)
class SeriesData:
    """A new series: ``meeting`` describes the first occurrence (its start is DTSTART, its
    length every occurrence's length); ``rrule`` may carry COUNT or UNTIL."""

    meeting: MeetingData
    rrule: str
    holiday_policy: str = rr.HolidayPolicy.KEEP.value


@dataclass(frozen=True)
class SeriesCreated:
    """The new series and its stored occurrences."""

    series_id: int
    meeting_ids: tuple[int, ...]   # in start order
    capped: bool = False           # the rule gives more dates than were stored (the cap)

    @property
    def first_meeting_id(self) -> int:
        return self.meeting_ids[0]


@dataclass(frozen=True)
class SeriesEditResult:
    """What a scoped edit did."""

    series_id: int | None      # the series now holding the edited meeting (new after a split)
    meeting_id: int
    created: tuple[int, ...]   # meetings added for dates the new rule gives
    removed: int               # rows dropped (deleted, or unlinked and cancelled when referenced)
    capped: bool = False       # the new rule gives more dates than the cap let be stored


# ---------------------------------------------------------------- create, extend

def horizon(today: date | None = None) -> datetime:
    """How far an open-ended series is stored: two years after today (Asia/Shanghai), in UTC."""
    today = today or today_local()
    try:
        end = today.replace(year=today.year + HORIZON_YEARS)
    except ValueError:  # 29 February
        end = today.replace(year=today.year + HORIZON_YEARS, day=28)
    return datetime.combine(end, time(23, 59, 59), LOCAL_TZ).astimezone(timezone.utc)


def _clean_policy(policy: str) -> str:
    if policy not in rr.HOLIDAY_POLICY_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "节假日处理方式“{value}”无效。"),
                              field="holiday_policy", value=policy)
    return policy


def create_series(session: Session, data: SeriesData, *, today: date | None = None,
                  max_occurrences: int = MAX_OCCURRENCES, store_capped: bool = False) -> SeriesCreated:
    """Store the series and its occurrences; nothing is written unless every check passes.

    A rule giving more than ``max_occurrences`` dates (within the horizon, for an open rule) is
    refused, unless ``store_capped``: then the first ``max_occurrences`` are stored.
    """
    values = clean_meeting(session, data.meeting)
    policy = _clean_policy(data.holiday_policy)
    rule = rr.validate_rule(data.rrule, values["start"])
    dtstart = rr.first_occurrence(rule, values["start"])
    series = MeetingSeries(uid=new_uid(), body_id=values["body_id"], rrule=rule, dtstart=dtstart,
                           until=rr.until_moment(rule), count=rr.rule_end(rule).count,
                           exdates="[]", holiday_policy=policy, sequence=0)
    _set_template(series, values)
    window = _window(rule, None, today)
    dates = rr.expand(rule, dtstart, until=max(window, dtstart) if window else None,
                      limit=max_occurrences + 1)
    capped = len(dates) > max_occurrences
    if capped:
        if not store_capped:
            raise over_cap_error(max_occurrences, open_ended=window is not None)
        dates = dates[:max_occurrences]
        window = dates[-1]
    series.generated_until = window
    session.add(series)
    session.flush()
    ids = [_create_occurrence(session, series, when).id for when in dates]
    session.flush()
    return SeriesCreated(series.id, tuple(ids), capped)


def passes_cap(rrule: str, start: datetime, max_occurrences: int = MAX_OCCURRENCES, *,
               today: date | None = None) -> bool:
    """Whether a series of ``rrule`` from ``start`` would give more dates than the cap lets be
    stored (within the horizon, for an open rule). The rule must be valid."""
    rule = rr.normalise_rule(rrule)
    dtstart = rr.first_occurrence(rule, start) or start
    window = _window(rule, None, today)
    return len(rr.expand(rule, dtstart, until=max(window, dtstart) if window else None,
                         limit=max_occurrences + 1)) > max_occurrences


def over_cap_error(cap: int, *, open_ended: bool) -> ValidationError:
    """The refusal of a rule that gives more than ``cap`` dates."""
    if open_ended:
        return ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "该重复规则在今后两年内会产生超过 {cap} 次会议（每个系列的上限）。"
                      "请放宽间隔，或设置重复次数或截止日期。"), field="rrule", cap=cap)
    return ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "该重复规则会产生超过 {cap} 次会议（每个系列的上限）。请减少重复次数或提前截止日期。"),
        field="rrule", cap=cap)


def extend_open_series(session: Session, until: datetime | date, *,
                       series_id: int | None = None, max_occurrences: int = MAX_OCCURRENCES,
                       now: datetime | None = None) -> int:
    """Store the occurrences of open-ended series up to ``until``; returns how many were added.

    A series keeps at most ``max_occurrences`` rows from ``now`` on: past that, its
    ``generated_until`` stops at the last one stored. For writers only (the GUI on start,
    ``add meeting``): read-only commands never call it.
    """
    if not isinstance(until, datetime):
        until = datetime.combine(until, time(23, 59, 59), LOCAL_TZ)
    until = until.astimezone(timezone.utc)
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    query = select(MeetingSeries).where(MeetingSeries.until.is_(None), MeetingSeries.count.is_(None))
    if series_id is not None:
        query = query.where(MeetingSeries.id == series_id)
    added = 0
    for series in session.scalars(query).all():
        if not rr.is_open_ended(series.rrule) or (series.generated_until or series.dtstart) >= until:
            continue
        ahead = session.scalar(select(func.count()).select_from(Meeting).where(
            Meeting.series_id == series.id, Meeting.recurrence_id >= now))
        room = max_occurrences - ahead
        if room <= 0:
            continue
        have = set(session.scalars(select(Meeting.recurrence_id).where(
            Meeting.series_id == series.id, Meeting.recurrence_id > (series.generated_until or
                                                                      series.dtstart - timedelta(1)))))
        dates = rr.expand(series.rrule, series.dtstart, until=until, after=series.generated_until,
                          exdates=rr.exdates_from_json(series.exdates), limit=room + 1)
        reached = until
        if len(dates) > room:
            dates = dates[:room]
            reached = dates[-1]
        for when in dates:
            if when not in have:
                _create_occurrence(session, series, when)
                added += 1
        series.generated_until = reached
    session.flush()
    return added


def _set_template(series: MeetingSeries, values: dict) -> None:
    series.body_id = values["body_id"]
    series.title = values["title"]
    series.duration_minutes = int((values["end"] - values["start"]).total_seconds() // 60)
    series.all_day = values["all_day"]
    series.room_id = values["room_id"]
    series.location = values["location"]
    series.online_url = values["online_url"]
    series.notes = values["notes"]
    series.attendees = json.dumps([{"person_id": p, "role": r} for p, r in values["attendees"]])


def _template(session: Session, series: MeetingSeries, rid: datetime) -> dict:
    start = rid
    if series.holiday_policy == rr.HolidayPolicy.NEXT_WORKDAY.value:
        start = shift_to_working_day(session, rid)
    return {"body_id": series.body_id, "title": series.title, "start": start,
            "end": start + timedelta(minutes=series.duration_minutes), "all_day": series.all_day,
            "room_id": series.room_id, "location": series.location,
            "online_url": series.online_url, "notes": series.notes}


def _template_attendees(series: MeetingSeries) -> list[tuple[int, str]]:
    return [(a["person_id"], a["role"]) for a in json.loads(series.attendees or "[]")]


def _create_occurrence(session: Session, series: MeetingSeries, rid: datetime) -> Meeting:
    meeting = Meeting(uid=new_uid(), series_id=series.id, recurrence_id=rid, detached=False,
                      status=MeetingStatus.PLANNED.value, sequence=0, **_template(session, series, rid))
    session.add(meeting)
    session.flush()
    sync_attendees(session, meeting, _template_attendees(series))
    return meeting


def _window(rule: str, generated_until: datetime | None, today: date | None) -> datetime | None:
    """Where expansion stops: for a rule with an end None (all of it) unless the cap stopped it
    earlier; for an open rule the stored horizon."""
    if not rr.is_open_ended(rule):
        return generated_until
    return generated_until or horizon(today)


@dataclass(frozen=True)
class OccurrencePreview:
    """One date a series-to-be would give: where the holiday policy put it and what day it is."""

    recurrence_id: datetime
    start: datetime
    end: datetime
    moved: bool
    day: DayInfo


def preview_series(session: Session, data: SeriesData, *, limit: int = 60,
                   today: date | None = None) -> list[OccurrencePreview]:
    """The first ``limit`` occurrences ``create_series`` would store, with their day info, so
    the dialog can show dates and holiday warnings before saving. Writes nothing."""
    values = clean_meeting(session, data.meeting)
    policy = _clean_policy(data.holiday_policy)
    rule = rr.validate_rule(data.rrule, values["start"])
    dtstart = rr.first_occurrence(rule, values["start"])
    length = values["end"] - values["start"]
    window = _window(rule, None, today)
    out = []
    for rid in rr.occurrences(rule, dtstart):
        if len(out) >= limit or (window is not None and rid > window):
            break
        start = rid
        if policy == rr.HolidayPolicy.NEXT_WORKDAY.value:
            start = shift_to_working_day(session, rid)
        out.append(OccurrencePreview(rid, start, start + length, start != rid, day_info(session, start)))
    return out


# ---------------------------------------------------------------- scoped edits

def edit_occurrence(session: Session, meeting_id: int, data: MeetingData, scope: str, *,
                    rrule: str | None = None, holiday_policy: str | None = None,
                    version: int | None = None, today: date | None = None,
                    max_occurrences: int = MAX_OCCURRENCES,
                    store_capped: bool = False) -> SeriesEditResult:
    """Save the dialog's values on an occurrence for ``scope`` this|following|all.

    ``rrule``/``holiday_policy`` replace the series' (None keeps them; a date move re-anchors a
    rule's BYMONTHDAY/BYDAY on the new date). A meeting outside any series ignores ``scope``.
    A new rule past the cap is refused, or stored up to it with ``store_capped`` (see above).
    """
    meeting = get_meeting_row(session, meeting_id, version)
    if scope not in {s.value for s in EditScope}:
        raise ValueError(f"unknown scope {scope!r}")
    if meeting.series_id is None or meeting.recurrence_id is None or scope == EditScope.THIS.value:
        update_meeting(session, meeting_id, data)
        return SeriesEditResult(meeting.series_id, meeting.id, (), 0)
    series = session.get(MeetingSeries, meeting.series_id)
    values = clean_meeting(session, data)
    if values["body_id"] != series.body_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "系列会议的所属机制不能修改，请新建会议。"),
                              field="body")
    policy = _clean_policy(holiday_policy or series.holiday_policy)
    delta = values["start"] - meeting.start
    old_window = _window(series.rrule, series.generated_until, today)
    old_raw = rr.expand(series.rrule, series.dtstart, until=old_window)
    first = scope == EditScope.ALL.value or not old_raw or meeting.recurrence_id <= old_raw[0]
    base = series.dtstart if first else meeting.recurrence_id
    new_start = base + delta
    rule = rrule if rrule is not None else rr.rebase_rule(series.rrule, base, new_start)
    if first:
        target, rows, old_exdates = series, _rows(session, series.id), rr.exdates_from_json(series.exdates)
    else:
        old_raw = [d for d in old_raw if d >= base]
        if rrule is None and rr.rule_end(rule).count is not None:
            rule = rr.with_end(rule, count=len(old_raw))  # what is left of the COUNT
        rule = rr.validate_rule(rule, new_start)  # before anything is split
        target, rows, old_exdates = _split(session, series, base)
    rule = rr.validate_rule(rule, new_start)
    target.dtstart = rr.first_occurrence(rule, new_start)
    target.rrule, target.holiday_policy = rule, policy
    target.until, target.count = rr.until_moment(rule), rr.rule_end(rule).count
    _set_template(target, values)
    window = horizon(today) if rr.is_open_ended(rule) and old_window is None else old_window
    new_raw = _new_dates(rule, target.dtstart, len(old_raw), window or horizon(today),
                         max_occurrences + 1)
    capped = len(new_raw) > max_occurrences
    if capped and not store_capped:
        raise over_cap_error(max_occurrences, open_ended=rr.is_open_ended(rule))
    new_raw = new_raw[:max_occurrences]
    if capped:
        target.generated_until = new_raw[-1]
    elif rr.is_open_ended(rule):
        target.generated_until = max([window or horizon(today), *new_raw[-1:]])
    else:
        target.generated_until = None
    created, removed = _reconcile(session, target, rows, old_raw, new_raw, old_exdates)
    target.sequence = (target.sequence or 0) + 1
    alive = not (inspect(meeting).deleted or inspect(meeting).was_deleted)
    own = alive and (meeting.detached or meeting.status == MeetingStatus.HELD.value)
    if own and apply_values(meeting, values) | sync_attendees(session, meeting, values["attendees"]):
        touch(meeting)  # the meeting the user edited takes the dialog's values even when detached
    session.flush()
    return SeriesEditResult(meeting.series_id if alive else None, meeting_id, created, removed,
                            capped)


def _new_dates(rule: str, dtstart: datetime, at_least: int, window: datetime,
               limit: int) -> list[datetime]:
    """The new rule's dates, at most ``limit``: all of them for a rule with an end; for an open
    rule at least as many as the old rule had stored (so pairing loses none), then on to the
    stored horizon."""
    if not rr.is_open_ended(rule):
        return rr.expand(rule, dtstart, limit=limit)
    out = []
    for moment in rr.occurrences(rule, dtstart):
        if len(out) >= limit or (len(out) >= at_least and moment > window):
            break
        out.append(moment)
    return out


def _rows(session: Session, series_id: int, since: datetime | None = None) -> list[Meeting]:
    query = select(Meeting).where(Meeting.series_id == series_id).order_by(Meeting.recurrence_id)
    if since is not None:
        query = query.where(Meeting.recurrence_id >= since)
    return list(session.scalars(query))


def _split(session: Session, series: MeetingSeries, at: datetime):
    """End ``series`` just before ``at``; a new series takes the rows from ``at`` on."""
    exdates = rr.exdates_from_json(series.exdates)
    tail = MeetingSeries(uid=new_uid(), body_id=series.body_id, rrule=series.rrule, dtstart=at,
                         exdates="[]", holiday_policy=series.holiday_policy, sequence=0,
                         duration_minutes=series.duration_minutes, title=series.title)
    session.add(tail)
    session.flush()
    series.rrule = rr.truncated_before(series.rrule, series.dtstart, at)
    series.until, series.count = rr.until_moment(series.rrule), None
    series.generated_until = None
    series.exdates = rr.exdates_to_json(e for e in exdates if e < at)
    series.sequence = (series.sequence or 0) + 1
    rows = _rows(session, series.id, since=at)
    for row in rows:
        row.series_id = tail.id
    session.flush()
    return tail, rows, [e for e in exdates if e >= at]


def _reconcile(session: Session, series: MeetingSeries, rows: list[Meeting], old_raw: list[datetime],
               new_raw: list[datetime], old_exdates: list[datetime]) -> tuple[tuple[int, ...], int]:
    """Pair old and new rule dates in order and make the rows follow; see the module docstring."""
    mapping = dict(zip(old_raw, new_raw))
    orphans = [r for r in rows if r.recurrence_id not in mapping]
    moving = [(r, mapping[r.recurrence_id]) for r in rows
              if r.recurrence_id in mapping and mapping[r.recurrence_id] != r.recurrence_id]
    if moving or orphans:  # two steps, or a shifted date could collide with its neighbour's
        for row in [r for r, _ in moving] + orphans:
            row.recurrence_id = None
        session.flush()
    removed = _drop(session, orphans)
    for row, rid in moving:
        row.recurrence_id = rid
    exdates = [mapping[e] for e in old_exdates if e in mapping]
    series.exdates = rr.exdates_to_json(exdates)
    kept = [r for r in rows if r not in orphans]
    taken = {r.recurrence_id for r in kept} | set(exdates)
    created = tuple(_create_occurrence(session, series, d).id for d in new_raw if d not in taken)
    for row in kept:  # a skipped (cancelled) row follows too, so it is struck through in place
        if row.detached or row.status not in (MeetingStatus.PLANNED.value, MeetingStatus.CANCELLED.value):
            continue
        values = _template(session, series, row.recurrence_id)
        changed = apply_values(row, values)
        if sync_attendees(session, row, _template_attendees(series)) or changed:
            touch(row)
    session.flush()
    return created, removed


def _drop(session: Session, rows: list[Meeting]) -> int:
    """Rows the new rule no longer gives: deleted when nothing depends on them, else unlinked
    from the series and cancelled (held ones keep their status: they happened)."""
    deletable = [r for r in rows if not r.detached and r.status == MeetingStatus.PLANNED.value
                 and not meeting_is_referenced(session, r.id)]
    for row in rows:
        if row not in deletable:
            row.series_id, row.recurrence_id = None, None
            if row.status in (MeetingStatus.PLANNED.value, MeetingStatus.POSTPONED.value):
                row.status = MeetingStatus.CANCELLED.value
            touch(row)
    delete_meeting_rows(session, deletable)
    return len(rows)


# ---------------------------------------------------------------- skip, end, delete, read

def skip_occurrence(session: Session, meeting_id: int, version: int | None = None) -> None:
    """Skip one occurrence: its row stays, cancelled, and its rule date joins EXDATE."""
    meeting = get_meeting_row(session, meeting_id, version)
    if meeting.series_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该会议不属于系列会议。"), field="series")
    cancel_meeting(session, meeting_id)


def end_series(session: Session, meeting_id: int) -> int:
    """Cancel this occurrence and all following: the rule ends before it; returns rows removed."""
    meeting = get_meeting_row(session, meeting_id)
    if meeting.series_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该会议不属于系列会议。"), field="series")
    series = session.get(MeetingSeries, meeting.series_id)
    at = meeting.recurrence_id
    series.rrule = rr.truncated_before(series.rrule, series.dtstart, at)
    series.until, series.count, series.generated_until = rr.until_moment(series.rrule), None, None
    series.exdates = rr.exdates_to_json(e for e in rr.exdates_from_json(series.exdates) if e < at)
    series.sequence = (series.sequence or 0) + 1
    removed = _drop(session, _rows(session, series.id, since=at))
    session.flush()
    return removed


def delete_series(session: Session, series_id: int) -> None:
    """Delete a series with all its occurrences; refused while any has minutes or actions."""
    series = get_series_row(session, series_id)
    rows = _rows(session, series_id)
    referenced = [r for r in rows if meeting_is_referenced(session, r.id)]
    if referenced:
        raise ReferencedError(QT_TRANSLATE_NOOP(
            "Errors", "无法删除系列会议“{title}”：其中 {n} 次会议已有纪要、议定事项或督办事项。可以改为结束该系列。"),
            title=series.title, n=len(referenced))
    delete_meeting_rows(session, rows)
    session.delete(series)
    session.flush()
