"""When each body meets: series occurrences from their rules, campaigns, drills and ad hoc meetings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from dateutil.rrule import rrulestr

from desktop.models import Meeting, MeetingSeries
from desktop.services.demo import names
from desktop.services.demo.clock import (
    at_office_hour,
    is_day_off,
    local,
    spring_festival,
    utc,
    working_day,
)
from desktop.services.demo.context import BodyInfo, Ctx, uid
from desktop.services.demo.directory import invited
from desktop.services.demo.topics import TRACKS, TRIPARTITE_TOPICS, Track

PARK_DAYS = ("2TU", "3TU", "2WE", "3WE", "2TH", "3TH", "2MO", "3MO", "2FR", "3FR", "4TU", "4TH")
REASONS = ("与上级部署的重要会议时间冲突", "主要负责同志另有公务", "临近节假日", "议题材料尚需完善",
           "突发应急任务", "部分成员单位无法到会")


@dataclass(slots=True)
class MeetingPlan:
    """One meeting to write; the builders add agenda, attendance and minutes to it."""

    id: int
    uid: str
    body: BodyInfo
    track: Track
    title: str
    start: datetime                  # local, aware
    minutes: int
    fields: dict
    series_id: int | None = None
    recurrence_id: datetime | None = None
    first_of_series: bool = False
    status: str = "planned"
    detached: bool = False
    sequence: int = 0
    notes: str = ""
    location: str = ""
    room: str = ""
    agenda: list = field(default_factory=list)
    attendance: list = field(default_factory=list)
    record: object = None            # MinutesPlan when held

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def day(self) -> date:
        return self.start.date()


def plan_meetings(ctx: Ctx) -> list[MeetingPlan]:
    """Every meeting of every body in the range, in date order per body."""
    plans: list[MeetingPlan] = []
    for body in ctx.bodies:
        if not any(m.reps for m in body.members):
            continue            # a body whose members were all removed has nobody to meet
        rng = ctx.rng("meetings", body.key)
        body_plans: list[MeetingPlan] = []
        for track in TRACKS.get(body.key, ()):
            if track.large_only and not ctx.scale.parks:
                continue
            if track.rrule:
                parks = names.PARKS[: ctx.scale.parks] if track.per_park else (None,)
                for i, park in enumerate(parks):
                    body_plans += _series(ctx, rng, body, track, park, i)
            else:
                body_plans += _one_offs(ctx, rng, body, track)
        body_plans.sort(key=lambda p: (p.start, p.title))
        for plan in body_plans:
            _settle_status(ctx, rng, plan)
        plans += body_plans
    return plans


def _new_plan(ctx: Ctx, rng, body: BodyInfo, track: Track, title: str, start: datetime,
              fields: dict, **extra) -> MeetingPlan:
    return MeetingPlan(ctx.writer.next_id(Meeting.__table__), uid(rng), body, track, title, start,
                       track.minutes, fields, room=track.room, **extra)


def _series(ctx: Ctx, rng, body: BodyInfo, track: Track, park: str | None, index: int):
    rule = track.rrule
    at = track.at
    if park:
        rule = rule.rsplit("BYDAY=", 1)[0] + "BYDAY=" + PARK_DAYS[index % len(PARK_DAYS)]
        at = time(at.hour + index % 2, at.minute)
    month0 = date(ctx.first.year, ctx.first.month, 1)
    while month0.month not in track.months:
        month0 = date(month0.year + month0.month // 12, month0.month % 12 + 1, 1)
    probe = rrulestr(rule, dtstart=local(month0, at))
    dtstart = probe.after(local(ctx.first, time(0)), inc=True)
    starts = rrulestr(rule, dtstart=dtstart).between(
        dtstart, local(ctx.last, time(23, 59)), inc=True)
    table = MeetingSeries.__table__
    series_id = ctx.writer.next_id(table)
    series_title = track.series_title.format(park=park or "")
    made = ctx.created(dtstart - timedelta(days=30))
    row = {
        "id": series_id, "uid": uid(rng), "body_id": body.id, "title": series_title, "rrule": rule,
        "dtstart": utc(dtstart), "duration_minutes": track.minutes, "until": None, "count": None,
        "exdates": json.dumps([]), "holiday_policy": "keep",
        "location": _park_place(park), "room_id": ctx.rooms.get(track.room),
        "generated_until": utc(local(ctx.last + timedelta(days=1), time(0))), "sequence": 0,
        "version": 1, "created_at": made, "updated_at": made,
    }
    if "attendees" in table.c:   # the occurrence template (migration 0002)
        people = invited(ctx, body, park)
        row["attendees"] = json.dumps(
            [{"person_id": p.id, "role": "chair" if i == 0 else "member"} for i, p in enumerate(people)])
    ctx.writer.add(table, row)
    out = []
    for start in starts:
        fields = {"year": start.year, "n": track.months.index(start.month) + 1,
                  "q": (start.month - 1) // 3 + 1, "month": start.month, "park": park or ""}
        plan = _new_plan(ctx, rng, body, track, track.title.format(**fields), start, fields,
                         series_id=series_id, recurrence_id=utc(start),
                         first_of_series=not out, location=_park_place(park))
        if is_day_off(start.date()):
            day = working_day(start.date())
            plan.start = local(day, start.time())
            plan.detached, plan.sequence = True, 1
            plan.notes = f"原定{start.month}月{start.day}日适逢节假日，顺延至{day.month}月{day.day}日召开。"
        out.append(plan)
    return out


def _park_place(park: str | None) -> str:
    return f"{park}工会服务站会议室" if park else ""


def _one_offs(ctx: Ctx, rng, body: BodyInfo, track: Track) -> list[MeetingPlan]:
    if track.kind == "screening":
        return _screenings(ctx, rng, body, track)
    if track.kind == "drill":
        return _drills(ctx, rng, body, track)
    per_year = ctx.scale.adhoc_per_year.get(track.kind, 0)
    first, last = ctx.first, ctx.last
    if track.kind == "incident":
        last = ctx.today - timedelta(days=1)      # incidents are not planned in advance
    elif track.kind == "case":
        last = ctx.today + timedelta(days=30)     # consultations are booked a few weeks ahead
    span = (last - first).days
    out = []
    for _ in range(round(per_year * span / 365.25)):
        day = working_day(first + timedelta(days=rng.randrange(span)))
        if day > last:
            continue
        fields = _adhoc_fields(ctx, rng, track, day)
        start = at_office_hour(day, rng, afternoon=track.kind == "incident" or None)
        out.append(_new_plan(ctx, rng, body, track, track.title.format(**fields), start, fields))
    return out


def _adhoc_fields(ctx: Ctx, rng, track: Track, day: date) -> dict:
    ent = _enterprise(ctx, rng, big=track.kind == "incident")
    return {"year": day.year, "month": day.month, "q": (day.month - 1) // 3 + 1,
            "topic": rng.choice(TRIPARTITE_TOPICS), "ent": ent.name, "ent_size": ent.employees,
            "park": ent.park,
            "n_workers": rng.randint(10, min(160, max(12, ent.employees))),
            "claim": rng.choice(names.CLAIMS), "incident": rng.choice(names.INCIDENTS)}


def _enterprise(ctx: Ctx, rng, big: bool = False):
    pick = rng.choice(ctx.enterprises)
    if big:
        other = rng.choice(ctx.enterprises)
        pick = pick if pick.employees >= other.employees else other
    return pick


def _screenings(ctx: Ctx, rng, body: BodyInfo, track: Track) -> list[MeetingPlan]:
    """Spring Festival wage-arrears campaigns and the mid-year screening."""
    out = []
    for year in range(ctx.first.year, ctx.last.year + 2):
        sf = spring_festival(year)
        dates = [(sf - timedelta(days=70), f"{year}年春节前欠薪隐患排查部署会"),
                 (sf - timedelta(days=35), f"{year}年春节前欠薪隐患排查推进会"),
                 (sf - timedelta(days=12), f"{year}年春节前欠薪隐患排查情况汇总研判会"),
                 (date(year, 6, 12), f"{year}年年中劳资纠纷隐患排查部署会")]
        for i, park in enumerate(names.PARKS[: ctx.scale.parks]):
            dates.append((sf - timedelta(days=52 - i), f"{park}{year}年春节前欠薪隐患排查工作会"))
        for raw, title in dates:
            day = working_day(raw)
            if ctx.first <= day <= ctx.last:
                fields = {"year": year, "month": day.month, "title": title, "park": ""}
                start = at_office_hour(day, rng, afternoon=False)
                out.append(_new_plan(ctx, rng, body, track, title, start, fields))
    return out


def _drills(ctx: Ctx, rng, body: BodyInfo, track: Track) -> list[MeetingPlan]:
    out = []
    for year in range(ctx.first.year, ctx.last.year + 1):
        for month, half in ((5, "上半年"), (11, "下半年")):
            day = working_day(date(year, month, rng.randint(10, 24)))
            if not ctx.first <= day <= ctx.last:
                continue
            title = f"{year}年{half}群体性劳资纠纷突发事件应急处置联合演练"
            ent = _enterprise(ctx, rng, big=True)
            fields = {"year": year, "month": month, "title": title, "ent": ent.name,
                      "ent_size": ent.employees, "park": ent.park}
            plan = _new_plan(ctx, rng, body, track, title, local(day, time(9, 0)), fields)
            plan.location, plan.room = f"{ent.name}厂区（演练现场）", ""
            out.append(plan)
    return out


def _settle_status(ctx: Ctx, rng, plan: MeetingPlan) -> None:
    """Past meetings mostly held (a few moved, cancelled or postponed); future ones planned."""
    roll = rng.random()
    reactive = plan.track.kind in ("case", "incident")
    if plan.day >= ctx.today:
        if plan.series_id and not plan.detached and roll < 0.03:
            _move(rng, plan, ctx.today, ctx.last)
        return
    plan.status = "held"
    if reactive or roll >= 0.12:
        return
    if roll < 0.04 and plan.series_id and not plan.detached:
        _move(rng, plan, ctx.first, ctx.today - timedelta(days=1))
    elif roll < 0.08:
        plan.status, plan.sequence = "cancelled", 1
        plan.notes = f"因{rng.choice(REASONS)}，本次会议取消。"
    else:
        plan.status, plan.sequence = "postponed", rng.randint(1, 2)
        plan.notes = f"因{rng.choice(REASONS)}，会议延期召开，时间另行通知。"


def _move(rng, plan: MeetingPlan, lo: date, hi: date) -> None:
    """Reschedule one occurrence within [lo, hi]: it keeps its recurrence id and is detached."""
    shift = rng.choice((-3, -2, -1, 1, 2, 3, 7))
    day = working_day(plan.day + timedelta(days=shift), forward=shift > 0)
    if not lo <= day <= hi:
        return
    was = plan.day
    plan.start = local(day, plan.start.time())
    plan.detached, plan.sequence = True, 1
    plan.notes = (f"因{rng.choice(REASONS)}，会议由原定{was.month}月{was.day}日"
                  f"调整至{day.month}月{day.day}日召开。")
