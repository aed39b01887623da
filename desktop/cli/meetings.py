"""``add meeting``: one meeting or a recurring series, times in Asia/Shanghai.

Prints the new meeting's id (a series: its first occurrence's) on stdout; warnings about
holidays, weekends, unknown holiday years and double bookings go to stderr.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop.cli.add import add_group
from desktop.cli.common import MAX_ID, open_db, user
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.calendar.settings import load_calendar_settings
from desktop.services.dates import recurrence
from desktop.services.dates.holidays import day_info, day_warning, unknown_year_note
from desktop.services.kernel.timeutil import parse_local, to_local
from desktop.services.meetings.conflicts import conflicts_for_meeting
from desktop.services.meetings.core import (
    AttendeeData,
    MeetingData,
    create_meeting,
    get_meeting_row,
    resolve_room,
)
from desktop.services.meetings.series import SeriesData, create_series, extend_open_series, horizon


def register(sub) -> None:
    p = add_group(sub).add_parser("meeting", help="新增会议或系列会议（时间按北京时间）")
    p.add_argument("--body", metavar="KEY", required=True,
                   help="机制：tripartite、dispute、warning、linkage、bimonthly")
    p.add_argument("--title", metavar="TEXT", required=True)
    p.add_argument("--start", metavar='"YYYY-MM-DD HH:MM"', required=True)
    p.add_argument("--end", metavar='"YYYY-MM-DD HH:MM"', required=True)
    p.add_argument("--location", metavar="TEXT", default="")
    p.add_argument("--room", metavar="NAME", help="会议室名称或编号（用于冲突检查）")
    p.add_argument("--attendee", metavar="PERSON_ID[:ROLE]", action="append", default=[],
                   help="参会人员编号，可重复；角色 chair|member|observer|recorder，默认 member")
    p.add_argument("--rrule", metavar="RULE", help="重复规则，如 FREQ=MONTHLY;INTERVAL=2")
    end = p.add_mutually_exclusive_group()
    end.add_argument("--count", metavar="N", type=int, help="共重复 N 次")
    end.add_argument("--until", metavar="YYYY-MM-DD", help="重复至该日（含）")
    p.add_argument("--holiday-policy", choices=tuple(recurrence.HOLIDAY_POLICY_LABELS),
                   default=recurrence.HolidayPolicy.KEEP.value,
                   help="keep：节假日照常；next_workday：顺延至下一个工作日")
    p.set_defaults(func=cmd_add_meeting)


def _time(text: str, label: str):
    try:
        return parse_local(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{label}“{value}”格式不正确，应为 YYYY-MM-DD HH:MM。"),
                              label=label, value=text) from None


def _until(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "截止日期“{value}”格式不正确，应为 YYYY-MM-DD。"),
                              value=text) from None


def _attendees(values: list[str]) -> tuple[AttendeeData, ...]:
    out = []
    for value in values:
        person, _, role = value.partition(":")
        if not (person.strip().isascii() and person.strip().isdigit()) or not 1 <= int(person) <= MAX_ID:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "参会人员应为编号：{value}"), value=value)
        out.append(AttendeeData(int(person), role.strip() or "member"))
    return tuple(out)


def _rule(args: argparse.Namespace) -> str | None:
    if args.rrule is None:
        return None
    end = recurrence.rule_end(args.rrule)
    if (args.count is not None or args.until) and (end.count is not None or end.until is not None):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "重复规则中已含 COUNT 或 UNTIL，不能再指定 --count 或 --until。"))
    if args.count is not None:
        return recurrence.with_end(args.rrule, count=args.count)
    if args.until:
        return recurrence.with_end(args.rrule, until=_until(args.until))
    return args.rrule


def cmd_add_meeting(args: argparse.Namespace) -> int:
    if args.rrule is None and (args.count is not None or args.until):
        print("tripartite: 用法错误：--count 和 --until 只能与 --rrule 一起使用", file=sys.stderr)
        return 2
    start, end = _time(args.start, "开始时间"), _time(args.end, "结束时间")
    rule = _rule(args)
    db = open_db(args)
    try:
        with db.transaction(user()) as session:
            data = MeetingData(body=args.body, title=args.title, start=start, end=end,
                               location=args.location, attendees=_attendees(args.attendee),
                               room_id=resolve_room(session, args.room) if args.room else None)
            if rule is None:
                ids = [create_meeting(session, data)]
            else:
                cap = load_calendar_settings().max_occurrences  # a rule past it is refused
                ids = list(create_series(session, SeriesData(data, rule, args.holiday_policy),
                                         max_occurrences=cap).meeting_ids)
                extend_open_series(session, horizon(), max_occurrences=cap)
            warnings = _warnings(session, ids)
    finally:
        db.dispose()
    for line in warnings:
        print(f"警告：{line}", file=sys.stderr)
    print(ids[0])
    return 0


def _warnings(session, meeting_ids: list[int]) -> list[str]:
    lines, unknown = [], []
    for meeting_id in meeting_ids:
        meeting = get_meeting_row(session, meeting_id)
        info = day_info(session, to_local(meeting.start).date())
        if not info.known and info.date.year not in unknown:
            unknown.append(info.date.year)
            lines.append(unknown_year_note(info.date.year))
        if (text := day_warning(info)) is not None:
            lines.append(text)
        lines += [f"时间冲突：{c.message}" for c in conflicts_for_meeting(session, meeting_id)]
    return lines
