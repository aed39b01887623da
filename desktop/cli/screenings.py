"""``screening new|export|import|show``: screening campaigns (排查) of the early-warning register.

``new`` prints the campaign's id; ``import`` prints the preview and each rejected row as
``第N行：reason`` and, like ``import enterprises``, writes nothing while rows are rejected
unless ``--skip-rejected`` is given (exit 1).
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import iso_date, open_db, path_arg, record_id, user
from desktop.cli.importing import run_table_import
from desktop.exports.screening_sheet import export_screening_sheet
from desktop.services.screenings.core import CampaignData, create_campaign, get_campaign
from desktop.services.screenings.sheet import (
    apply_sheet_import,
    load_sheet_table,
    plan_sheet_import,
)
from desktop.services.screenings.tally import NO_ONE, NO_PARK, ProgressRow, campaign_progress


def _count(text: str) -> int:
    value = text.strip()
    if not (value.isascii() and value.isdigit()):
        raise argparse.ArgumentTypeError(f"人数应为不小于0的整数：{text}")
    return int(value)


def register(sub) -> None:
    group = sub.add_parser("screening", help="排查：新建排查、导出排查表、导入排查结果、查看进度",
                           description="劳资矛盾预警的排查（如春节前欠薪排查）。")
    verbs = group.add_subparsers(dest="screening_verb", metavar="VERB", required=True)
    p = verbs.add_parser("new", help="新建排查（不加条件时包括名录中的全部企业），输出排查编号",
                         description="按条件从企业名录选出企业，新建排查；条件可以组合。")
    p.add_argument("--name", required=True, help="排查名称，如 2027年春节前欠薪排查")
    p.add_argument("--from", dest="first_day", required=True, type=iso_date, metavar="YYYY-MM-DD",
                   help="开始日期")
    p.add_argument("--to", dest="last_day", required=True, type=iso_date, metavar="YYYY-MM-DD",
                   help="结束日期")
    p.add_argument("--park", default="", help="只排查该园区/街道的企业")
    p.add_argument("--without-union", action="store_true", help="只排查未建会的企业")
    p.add_argument("--min-workers", type=_count, metavar="N", help="只排查职工人数多于 N 人的企业")
    p.add_argument("--notes", default="", help="备注")
    p.set_defaults(func=cmd_new)
    p = verbs.add_parser("export", help="导出排查表 .xlsx（或 --unscreened 未排查名单）")
    p.add_argument("id", type=record_id, metavar="ID", help="排查编号")
    p.add_argument("-o", "--output", type=path_arg, required=True, metavar="FILE.xlsx", help="输出文件")
    p.add_argument("--unscreened", action="store_true", help="只导出尚未排查的企业")
    p.set_defaults(func=cmd_export)
    p = verbs.add_parser("import", help="导入填好的排查表（.xlsx 或 .csv），按统一社会信用代码对应企业")
    p.add_argument("id", type=record_id, metavar="ID", help="排查编号")
    p.add_argument("file", type=path_arg, metavar="FILE", help="填好的排查表")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入任何数据")
    p.add_argument("--skip-rejected", action="store_true", help="有被拒绝的行时，跳过它们并导入其余各行")
    p.set_defaults(func=cmd_import)
    p = verbs.add_parser("show", help="查看排查进度（按园区/街道和负责单位）")
    p.add_argument("id", type=record_id, metavar="ID", help="排查编号")
    p.set_defaults(func=cmd_show)


def cmd_new(args: argparse.Namespace) -> int:
    data = CampaignData(args.name, args.first_day, args.last_day, park=args.park,
                        without_union=args.without_union, min_workers=args.min_workers, notes=args.notes)
    db = open_db(args)
    try:
        campaign_id, _changes = db.run(lambda s: create_campaign(s, data), user())
        with db.reading() as session:
            entries = get_campaign(session, campaign_id).entries
    finally:
        db.dispose()
    print(campaign_id)
    print(f"已新建排查“{data.name.strip()}”，共 {entries} 家企业。", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            count = export_screening_sheet(session, args.id, args.output, unscreened=args.unscreened)
    finally:
        db.dispose()
    kind = "未排查名单" if args.unscreened else "排查表"
    print(f"已导出{kind}：{args.output}（{count} 家企业）")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    return run_table_import(
        args, load=load_sheet_table, plan=lambda session, table: plan_sheet_import(session, args.id, table),
        apply=apply_sheet_import, done=lambda r: f"{r.summary.text}。", create=False)



def cmd_show(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        with db.reading() as session:
            campaign = get_campaign(session, args.id)
            progress = campaign_progress(session, args.id)
    finally:
        db.dispose()
    print(f"{campaign.name}（{campaign.first_day.isoformat()} 至 {campaign.last_day.isoformat()}）")
    print(_line("合计", progress.total))
    for title, rows, empty in (("按园区/街道", progress.by_park, NO_PARK), ("按负责单位", progress.by_unit, NO_ONE)):
        print(f"\n{title}：")
        for row in rows:
            print(_line(row.label or empty, row))
    return 0


def _line(label: str, row: ProgressRow) -> str:
    return (f"  {label}：企业 {row.entries} 家，已排查 {row.screened}，未排查 {row.unscreened}，"
            f"发现问题 {row.found}（完成 {row.percent:.1f}%）")
