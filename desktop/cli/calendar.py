"""Calendars: ``export ics``, ``export invitation``, ``publish``, ``import ics``, ``import reply``.

``export ics [--body KEY] [--person ID] [--meeting ID] [--from D] [--to D] -o FILE`` writes an
.ics file; ``export invitation (--meeting ID | --series ID) [--update] [--cancel] -o DIR`` writes
one .eml invitation per invitee; ``publish [--folder DIR]`` rewrites the publish folder's feeds
now; ``import ics FILE --body KEY [--dry-run] [--skip-rejected]`` previews, then imports all or
nothing; ``import reply FILE`` records the replies (回执) of a METHOD:REPLY file.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import iso_date, open_db, path_arg, record_id, user
from desktop.cli.export import export_verbs
from desktop.cli.importing import import_verbs
from desktop.exports.atomic import atomic_write_bytes
from desktop.exports.ics import export_calendar
from desktop.exports.invitation import build_invitation, write_invitation_emls
from desktop.exports.publish import ics_options, publish
from desktop.services.calendar.export import ExportSelection, collect_events
from desktop.services.calendar.ics_import import (
    ACTION_LABELS,
    IcsImportPlan,
    apply_ics_import,
    plan_ics_import,
    read_ics_file,
)
from desktop.services.calendar.ics_parse import scan
from desktop.services.calendar.ics_replies import REPLY_LABELS, apply_reply_file
from desktop.services.calendar.settings import load_calendar_settings
from desktop.services.mail import core as mail

BODY_HELP = "机制：tripartite、dispute、warning、linkage、bimonthly"


def register(sub) -> None:
    p = export_verbs(sub).add_parser(
        "ics", help="导出 .ics 日历文件（全部、某一机制、某人、某次会议或某段日期）",
        description="导出 RFC 5545 日历文件，可导入 Outlook、WPS、Thunderbird 和手机日历。"
                    "只按机制导出时，系列会议写成一个重复日程；按人、会议或日期导出时每次会议单列。")
    p.add_argument("--body", metavar="KEY", help=BODY_HELP)
    p.add_argument("--person", type=record_id, metavar="ID", help="只导出该联系人参加的会议")
    p.add_argument("--meeting", type=record_id, metavar="ID", help="只导出这一次会议")
    p.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, type=path_arg, metavar="FILE", help="输出的 .ics 文件")
    p.set_defaults(func=cmd_export_ics)

    p = export_verbs(sub).add_parser(
        "invitation", help="把会议邀请（METHOD:REQUEST/CANCEL）写成 .eml 邮件，每位参会人一封",
        description="生成带日历邀请的邮件文件（.eml），用邮件程序打开即可发送；会议已取消时生成取消通知。")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=record_id, metavar="ID", help="这一次会议")
    which.add_argument("--series", type=record_id, metavar="ID", help="整个系列会议")
    p.add_argument("--update", action="store_true", help="写成变更通知")
    p.add_argument("--cancel", action="store_true", help="写成取消通知")
    p.add_argument("-o", "--output", required=True, type=path_arg, metavar="DIR", help="存放 .eml 的文件夹")
    p.set_defaults(func=cmd_export_invitation)

    p = sub.add_parser("publish", help="立即重写日历发布文件夹中的 .ics 文件（每个机制一个，另有 all.ics）")
    p.add_argument("--folder", type=path_arg, metavar="DIR", help="发布到此文件夹（默认用已保存的设置）")
    p.set_defaults(func=cmd_publish)

    p = import_verbs(sub).add_parser(
        "ics", help="从 .ics 文件导入会议（Outlook、WPS、Thunderbird、手机日历）",
        description="先预览将新建、更新或无变化的日程（按 UID 匹配），全部无误才写入；"
                    "格式错误的文件会指出行号，不导入任何内容。")
    p.add_argument("file", type=path_arg, metavar="FILE", help=".ics 文件")
    p.add_argument("--body", metavar="KEY", required=True, help=BODY_HELP)
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入任何数据")
    p.add_argument("--skip-rejected", action="store_true", help="有无法导入的日程时，跳过它们并导入其余日程")
    p.set_defaults(func=cmd_import_ics)

    p = import_verbs(sub).add_parser("reply", help="读取参会人回复的 .ics 回执（METHOD:REPLY）并记录")
    p.add_argument("file", type=path_arg, metavar="FILE", help="回执 .ics 文件")
    p.set_defaults(func=cmd_import_reply)


def cmd_export_ics(args: argparse.Namespace) -> int:
    selection = ExportSelection(args.body, args.person, args.meeting, args.first, args.last)
    options = ics_options(load_calendar_settings())
    db = open_db(args)
    try:
        with db.reading() as session:
            data = collect_events(session, selection)
    finally:
        db.dispose()
    path = atomic_write_bytes(args.output.resolve(), export_calendar(data, options))
    print(f"已导出 {len(data.entries)} 个日程到：{path}")
    return 0


def cmd_export_invitation(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            invitation = build_invitation(session, meeting_id=args.meeting, series_id=args.series,
                                          update=args.update, cancel=True if args.cancel else None,
                                          smtp=mail.load_settings())
    finally:
        db.dispose()
    files = write_invitation_emls(invitation, args.output.resolve())
    print(f"已生成 {len(files)} 封邀请邮件（{invitation.subject}）到：{args.output}")
    if invitation.without_address:
        print(f"警告：以下参会人没有电子邮箱，未生成邮件：{'、'.join(invitation.without_address)}",
              file=sys.stderr)
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            result = publish(session, folder=args.folder)
    finally:
        db.dispose()
    print(f"已发布 {result.events} 个日程到：{result.folder}")
    for path in result.files:
        print(f"  {path.name}")
    return 0


def cmd_import_ics(args: argparse.Namespace) -> int:
    data = read_ics_file(args.file)
    scan(data)  # a malformed file is refused before any database is opened
    db = open_db(args)
    try:
        with db.transaction(user()) as session:
            plan = plan_ics_import(session, data, args.body, source=str(args.file))
            print_plan(plan, sys.stdout, sys.stderr)
            if plan.rejected and not args.skip_rejected:
                print(f"tripartite: 有 {len(plan.rejected)} 个日程无法导入，未导入任何内容。"
                      "请改正后重新导入，或加 --skip-rejected 只导入其余日程。", file=sys.stderr)
                return 1
            if not plan.to_write:
                print("没有需要写入的内容。")
                return 0
            if args.dry_run:
                print("试运行：未写入任何数据。")
                return 0
            result = apply_ics_import(session, plan, allow_rejected=args.skip_rejected)
    finally:
        db.dispose()
    print(f"已导入：新建 {result.created} 项、更新 {result.updated} 项（写入会议 {result.meetings} 次）。")
    for warning in result.capped:
        print(f"警告：{warning}", file=sys.stderr)
    return 0


def cmd_import_reply(args: argparse.Namespace) -> int:
    data = read_ics_file(args.file)
    db = open_db(args)
    try:
        with db.transaction(user()) as session:
            outcomes = apply_reply_file(session, data)
    finally:
        db.dispose()
    for o in outcomes:
        who = f"{o.name or o.address}（{o.address}）"
        if o.meeting_ids:
            print(f"{who}：{REPLY_LABELS[o.reply]}，已记录到 {len(o.meeting_ids)} 次会议。"
                  + (f"注意：{o.note}" if o.note else ""))
        else:
            print(f"{who}：未记录。{o.note}", file=sys.stderr)
    return 0 if any(o.meeting_ids for o in outcomes) else 1


def print_plan(plan: IcsImportPlan, out, err) -> None:
    """One line per event (what, title, first date, UID), warnings and rejections on ``err``."""
    print(f"文件：{plan.source} → 机制 {plan.body}", file=out)
    for item in plan.items:
        kind = "系列" if item.kind == "series" else "单次"
        when = item.start.strftime("%Y-%m-%d %H:%M") if not item.event.all_day else f"{item.start:%Y-%m-%d} 全天"
        line = f"  [{ACTION_LABELS[item.action]}] {kind} {when} {item.title}"
        if item.unmatched:
            line += f"（{item.unmatched} 位参会人不在通讯录中，未导入）"
        print(line, file=err if item.action == "rejected" else out)
        if item.reason:
            print(f"      第 {item.line} 行：{item.reason}", file=err if item.action == "rejected" else out)
    for warning in plan.warnings:
        print(f"警告：{warning}", file=err)
    print(f"预览：{plan.summary or '没有日程'}", file=out)
