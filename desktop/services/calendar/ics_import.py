"""Import an .ics file into a body: a preview plan that writes nothing, then one apply.

Events are matched by UID with meetings (``Meeting.uid``) and series (``MeetingSeries.uid``)
of any body: a match is *unchanged* when nothing the app keeps differs, *older* when the file's
SEQUENCE is below the stored one (the app's copy is newer and is kept), else *update*. A UID
longer than the 100 characters the database keeps (Outlook's are 112) is stored as a stable
hash of it, so importing the same file again still matches.

A master with RRULE becomes a series through ``meetings_series.create_series`` (occurrences
stored as meetings, as any series); each EXDATE skips its occurrence (cancelled row plus EXDATE,
as ``skip_occurrence`` does), each RECURRENCE-ID override edits its occurrence on its own
(detached), or skips it when cancelled. Attendees are matched to contacts by e-mail address
(or the ``urn:uuid:`` this app writes for people without one); the others are reported.
A single event whose UID is an occurrence's (a date-ranged export of this app writes
occurrences so) updates that occurrence alone, as editing it in the app would. Rejected events
block the import unless the caller allows skipping them.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Attendance, Body, Meeting, MeetingSeries, MeetingStatus
from desktop.progress import NO_PROGRESS, Progress
from desktop.services.calendar.ics_match import (
    TITLE_LIMIT,
    MatchContext,
    series_changed,
    series_template_changed,
    single_changes,
    skipped_dates,
    stored_uid,
)
from desktop.services.calendar.ics_parse import (
    MAX_FILE_BYTES,
    ImportedEvent,
    read_events,
    too_large,
)
from desktop.services.calendar.settings import load_calendar_settings
from desktop.services.dates import recurrence as rr
from desktop.services.kernel.validation import printable
from desktop.services.meetings.core import (
    AttendeeData,
    MeetingData,
    cancel_meeting,
    clean_times,
    create_meeting,
    get_meeting_row,
    reinstate_meeting,
    update_meeting,
)
from desktop.services.meetings.series import (
    MAX_OCCURRENCES,
    EditScope,
    SeriesData,
    create_series,
    edit_occurrence,
    passes_cap,
)

ACTIONS = ("create", "update", "unchanged", "older", "rejected")
ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("Labels", "新建"),
    "update": QT_TRANSLATE_NOOP("Labels", "更新"),
    "unchanged": QT_TRANSLATE_NOOP("Labels", "无变化"),
    "older": QT_TRANSLATE_NOOP("Labels", "已有更新版本，跳过"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "无法导入"),
}


@dataclass(frozen=True)
class PlannedEvent:
    """What importing one event (a single meeting, or a series with its overrides) would do."""

    action: str                 # create | update | unchanged | older | rejected
    kind: str                   # single | series
    uid: str                    # as it will be stored
    title: str
    start: datetime
    line: int
    event: ImportedEvent
    overrides: tuple[ImportedEvent, ...] = ()
    existing_id: int | None = None   # the meeting's or series' id when matched
    reason: str = ""                 # why rejected, or what to know
    attendees: tuple[tuple[int, str], ...] = ()   # matched (person id, role)
    unmatched: int = 0                            # attendees with no matching contact


@dataclass(frozen=True)
class IcsImportPlan:
    source: str
    body: str
    items: tuple[PlannedEvent, ...]
    warnings: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    max_occurrences: int = MAX_OCCURRENCES   # the cap a series is stored under

    @property
    def rejected(self) -> tuple[PlannedEvent, ...]:
        return tuple(i for i in self.items if i.action == "rejected")

    @property
    def to_write(self) -> tuple[PlannedEvent, ...]:
        return tuple(i for i in self.items if i.action in ("create", "update"))

    @property
    def summary(self) -> str:
        """``新建 3 项、更新 1 项、无变化 2 项``."""
        return "、".join(f"{ACTION_LABELS[a]} {self.counts[a]} 项" for a in ACTIONS if self.counts.get(a))


@dataclass(frozen=True)
class IcsImportResult:
    created: int
    updated: int
    meetings: int      # meeting rows written (occurrences included)
    capped: tuple[str, ...] = ()   # one warning per series stored only up to the cap


# ---------------------------------------------------------------- planning

def read_ics_file(path: str | Path) -> bytes:
    """The file's bytes; UserError with the reason when it cannot be read or is too large."""
    try:
        with Path(path).open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)  # never more than the limit into memory
    except ValueError:  # a NUL in the name
        raise UserError(QT_TRANSLATE_NOOP("Errors", "无法读取文件 {path}：{reason}"), path=printable(path),
                        reason="文件名含有空字符") from None
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "无法读取文件 {path}：{reason}"), path=path,
                        reason=exc.strerror or exc) from None
    if len(data) > MAX_FILE_BYTES:
        raise too_large(Path(path).stat().st_size)
    return data


STEP_EVENTS = 50  # progress (and a possible cancel) every so many events
READING = QT_TRANSLATE_NOOP("Progress", "正在读取日历文件…")
CHECKING = QT_TRANSLATE_NOOP("Progress", "正在核对第 {done}/{total} 个日程")
WRITING = QT_TRANSLATE_NOOP("Progress", "正在导入第 {done}/{total} 个日程")


def _step(progress: Progress, done: int, total: int, text: str) -> None:
    if done % STEP_EVENTS == 0 or done == total:
        progress.step(done, total, text, dict(done=done, total=total))


def plan_ics_import(session: Session, data: bytes, body: str, *, source: str = "",
                    progress: Progress = NO_PROGRESS, max_occurrences: int | None = None,
                    today: date | None = None) -> IcsImportPlan:
    """Read and check the file and say what importing it would do; writes nothing.

    Raises IcsFormatError (with the line number) for a malformed file. A series whose rule
    gives more than ``max_occurrences`` dates (default: the calendar setting) is imported up
    to it, with a warning in the plan and in the result.
    """
    cap = load_calendar_settings().max_occurrences if max_occurrences is None else max_occurrences
    if session.scalar(select(Body.id).where(Body.key == body)) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "没有键为“{key}”的机制。"), key=body)
    progress.step(text=READING)
    parsed = read_events(data)
    groups = _group(parsed.events)
    context = MatchContext(session, [stored_uid(uid) for uid in groups])
    planned = []
    for done, (uid, (master, overrides)) in enumerate(groups.items()):
        _step(progress, done, len(groups), CHECKING)
        planned.append(_plan_one(context, uid, master, overrides))
    items = tuple(planned)
    counts = Counter(i.action for i in items)
    capped = tuple(cap_warning(i, cap) for i in items if _passes_cap(i, cap, today))
    return IcsImportPlan(source, body, items, parsed.warnings + capped, dict(counts), cap)


def cap_warning(item: PlannedEvent, cap: int) -> str:
    """``第 12 行的重复日程“周会”超过每个系列 500 次的上限：只导入前 500 次。``"""
    return QT_TRANSLATE_NOOP(
        "Errors", "第 {line} 行的重复日程“{title}”超过每个系列 {cap} 次的上限：只导入前 {cap} 次。"
    ).format(line=item.line, title=item.title, cap=cap)


def _passes_cap(item: PlannedEvent, cap: int, today: date | None) -> bool:
    return (item.kind == "series" and item.action in ("create", "update")
            and passes_cap(item.event.rrule, item.event.start, cap, today=today))


def _group(events) -> dict[str, tuple[ImportedEvent, tuple[ImportedEvent, ...]]]:
    """UID -> (master, overrides); an override without its master stands alone."""
    masters: dict[str, ImportedEvent] = {}
    overrides: dict[str, list[ImportedEvent]] = {}
    for event in events:
        if event.recurrence_id is None:
            masters.setdefault(event.uid, event)
        else:
            overrides.setdefault(event.uid, []).append(event)
    out = {uid: (m, tuple(overrides.pop(uid, ()))) for uid, m in masters.items()}
    for uid, orphans in overrides.items():
        for o in orphans:
            key = f"{uid}#{o.recurrence_id.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}"
            out[key] = (o, ())
    return out


def _plan_one(ctx: MatchContext, uid: str, master: ImportedEvent,
              overrides: tuple[ImportedEvent, ...]) -> PlannedEvent:
    uid = stored_uid(uid)
    kind = "series" if master.rrule else "single"
    attendees, unmatched = ctx.match_attendees(master)
    base = PlannedEvent("create", kind, uid, master.title or "（无标题）", master.start, master.line,
                        master, overrides if kind == "series" else (), attendees=attendees,
                        unmatched=unmatched)
    try:
        _check(master)
    except ValidationError as exc:
        return _with(base, "rejected", reason=exc.message)
    meeting, series = ctx.meetings.get(uid), ctx.series.get(uid)
    if kind == "series":
        if meeting is not None:
            return _with(base, "rejected", reason=QT_TRANSLATE_NOOP(
                "Errors", "该 UID 已属于一次单独的会议，而文件中是重复日程。"))
        return _plan_series(ctx, base, series) if series is not None else base
    if series is not None:
        return _with(base, "rejected", reason=QT_TRANSLATE_NOOP(
            "Errors", "该 UID 已属于一个系列会议，而文件中是单次日程。"))
    return _plan_single(ctx, base, meeting) if meeting is not None else base


def _with(item: PlannedEvent, action: str, **changes) -> PlannedEvent:
    return PlannedEvent(**{**item.__dict__, "action": action, **changes})


def _check(event: ImportedEvent) -> None:
    """The checks saving would make, so the preview can reject the event instead."""
    clean_times(event.start, event.end, event.all_day)
    if event.rrule:
        rr.validate_rule(event.rrule, event.start)


def _plan_single(ctx: MatchContext, item: PlannedEvent, meeting: Meeting) -> PlannedEvent:
    """A meeting, or one occurrence of a series (a date-ranged export writes occurrences as
    events of their own, with the occurrence's UID): updated on its own, detached if it changes."""
    item = _with(item, item.action, existing_id=meeting.id)
    if item.event.sequence < meeting.sequence:
        return _with(item, "older")
    if item.event.cancelled and meeting.status == MeetingStatus.HELD.value:
        return _with(item, "rejected", reason=QT_TRANSLATE_NOOP("Errors", "已召开的会议不能取消。"))
    return _with(item, "update" if single_changes(ctx, item.event, meeting) else "unchanged")


def _plan_series(ctx: MatchContext, item: PlannedEvent, series: MeetingSeries) -> PlannedEvent:
    item = _with(item, item.action, existing_id=series.id)
    if item.event.sequence < series.sequence:
        return _with(item, "older")
    return _with(item, "update" if series_changed(ctx, item.event, item.overrides, series) else "unchanged")


def check_plan_can_apply(plan: IcsImportPlan, *, allow_rejected: bool) -> None:
    if plan.rejected and not allow_rejected:
        raise UserError(QT_TRANSLATE_NOOP(
            "Errors", "有 {n} 个日程无法导入，未导入任何内容。"), n=len(plan.rejected))



# ---------------------------------------------------------------- applying

def apply_ics_import(session: Session, plan: IcsImportPlan, *, allow_rejected: bool = False,
                     today: date | None = None, progress: Progress = NO_PROGRESS) -> IcsImportResult:
    """Write what the plan says, in the caller's transaction (all or nothing).

    Matches are looked up again, so a plan shown some time ago cannot overwrite newer data.
    ``progress.step`` raises ``Cancelled`` when the person cancels; the caller's rollback then
    leaves nothing behind.
    """
    check_plan_can_apply(plan, allow_rejected=allow_rejected)
    ctx = MatchContext(session, [i.uid for i in plan.items])
    created = updated = rows = 0
    capped: list[str] = []
    for done, old in enumerate(plan.items):
        _step(progress, done, len(plan.items), WRITING)
        item = _plan_one(ctx, old.uid, old.event, old.overrides)
        written, cut = 0, False
        if item.action == "create":
            created += 1
            written, cut = (_create_series(ctx, plan.body, item, today, plan.max_occurrences)
                            if item.kind == "series" else (_create_single(ctx, plan.body, item), False))
        elif item.action == "update":
            updated += 1
            written, cut = (_update_series(ctx, item, today, plan.max_occurrences)
                            if item.kind == "series"
                            else (_update_single(ctx, item.event, ctx.meetings[item.uid]), False))
        rows += written
        if cut:
            capped.append(cap_warning(item, plan.max_occurrences))
    session.flush()
    _step(progress, len(plan.items), len(plan.items), WRITING)
    return IcsImportResult(created, updated, rows, tuple(capped))


def _data(body: str, event: ImportedEvent, attendees, **values) -> MeetingData:
    fields = {"title": (event.title or "（无标题）")[:TITLE_LIMIT], "start": event.start,
              "end": event.end, "all_day": event.all_day, "location": event.location[:300],
              "notes": event.description,
              "online_url": event.url[:500] if event.url.lower().startswith(("http://", "https://")) else ""}
    fields.update(values)
    return MeetingData(body=body, attendees=tuple(AttendeeData(p, r) for p, r in attendees), **fields)


def _create_single(ctx: MatchContext, body: str, item: PlannedEvent) -> int:
    meeting = get_meeting_row(ctx.session, create_meeting(ctx.session, _data(body, item.event, item.attendees)))
    meeting.uid = item.uid
    if item.event.cancelled:
        cancel_meeting(ctx.session, meeting.id)
    meeting.sequence = item.event.sequence
    return 1


def _current(meeting: Meeting) -> dict:
    return {k: getattr(meeting, k) for k in ("title", "start", "end", "all_day", "location",
                                             "room_id", "notes", "online_url")}


def _update_single(ctx: MatchContext, event: ImportedEvent, meeting: Meeting) -> int:
    """Bring one meeting (or occurrence) in line with the event; returns 1 if it was written."""
    session = ctx.session
    before = meeting.sequence
    changes = single_changes(ctx, event, meeting)
    cancelled = changes.pop("cancelled", None)
    attendees, unmatched = ctx.match_attendees(event)
    replace_attendees = bool(attendees) and not unmatched
    if changes or replace_attendees:
        keep = [(a.person_id, a.role) for a in session.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting.id))]
        body = session.scalar(select(Body.key).where(Body.id == meeting.body_id))
        data = MeetingData(body=body, attendees=tuple(AttendeeData(p, r) for p, r in
                                                      (attendees if replace_attendees else keep)),
                           **{**_current(meeting), **changes})
        update_meeting(session, meeting.id, data)
    if cancelled is True:
        cancel_meeting(session, meeting.id)
    elif cancelled is False:
        reinstate_meeting(session, meeting.id)
    meeting.sequence = max(before + 1, event.sequence)  # one revision, whatever it took
    return 1


def _create_series(ctx: MatchContext, body: str, item: PlannedEvent, today: date | None,
                   cap: int) -> tuple[int, bool]:
    """Rows written, and whether the cap cut the series short."""
    event = item.event
    created = create_series(ctx.session, SeriesData(_data(body, event, item.attendees), event.rrule),
                            today=today, max_occurrences=cap, store_capped=True)
    series = ctx.session.get(MeetingSeries, created.series_id)
    series.uid = item.uid
    rows = len(created.meeting_ids) + _exceptions(ctx, series, item)
    series.sequence = event.sequence
    return rows, created.capped


def _update_series(ctx: MatchContext, item: PlannedEvent, today: date | None,
                   cap: int) -> tuple[int, bool]:
    session, event = ctx.session, item.event
    series = ctx.series[item.uid]
    rows, capped = 0, False
    if series_template_changed(ctx, event, series):
        first = session.scalar(select(Meeting).where(Meeting.series_id == series.id)
                               .order_by(Meeting.recurrence_id).limit(1))
        shift = first.start - series.dtstart  # edit_occurrence moves the series by first's move
        body = session.scalar(select(Body.key).where(Body.id == series.body_id))
        data = _data(body, event, item.attendees if not item.unmatched and item.attendees
                     else _template_attendees(series), start=event.start + shift,
                     end=event.end + shift)
        result = edit_occurrence(session, first.id, data, EditScope.ALL.value, rrule=event.rrule,
                                 today=today, max_occurrences=cap, store_capped=True)
        rows, capped = len(result.created) + 1, result.capped
    rows += _exceptions(ctx, series, item)
    series.sequence = max(series.sequence, event.sequence)
    return rows, capped


def _template_attendees(series: MeetingSeries) -> list[tuple[int, str]]:
    return [(a["person_id"], a["role"]) for a in json.loads(series.attendees or "[]")]


def _exceptions(ctx: MatchContext, series: MeetingSeries, item: PlannedEvent) -> int:
    """Skip the EXDATEs, reinstate dates no longer skipped, apply the overrides."""
    session = ctx.session
    session.flush()
    rows = {m.recurrence_id: m for m in session.scalars(
        select(Meeting).where(Meeting.series_id == series.id))}
    wanted = skipped_dates(item.event, item.overrides)
    written = 0
    for moment in sorted(wanted - set(rr.exdates_from_json(series.exdates))):
        row = rows.get(moment)
        if row is not None:
            cancel_meeting(session, row.id)
            written += 1
        else:  # beyond the stored horizon, or not a rule date: kept for later expansion
            series.exdates = rr.exdates_to_json([*rr.exdates_from_json(series.exdates), moment])
    for moment in set(rr.exdates_from_json(series.exdates)) - wanted:
        if (row := rows.get(moment)) is not None and row.status == MeetingStatus.CANCELLED.value:
            reinstate_meeting(session, row.id)
            written += 1
    for override in item.overrides:
        row = rows.get(override.recurrence_id.astimezone(timezone.utc))
        if row is None or override.sequence < row.sequence:
            continue
        if not override.cancelled and single_changes(ctx, override, row):
            written += _update_single(ctx, override, row)
    return written
