"""``import enterprises FILE``: the enterprise register (企业名录) from .xlsx or .csv, all or nothing.

``list enterprises`` is a kind of ``list`` (``services.listing``).
"""

from __future__ import annotations

import argparse

from desktop.cli.common import path_arg
from desktop.cli.importing import import_verbs, run_table_import
from desktop.services.enterprises.importing import (
    apply_enterprise_import,
    load_enterprise_table,
    plan_enterprise_import,
)


def register(sub) -> None:
    p = import_verbs(sub).add_parser(
        "enterprises", help="从 .xlsx 或 .csv 导入企业名录",
        description="从 .xlsx 或 .csv 导入企业名录：先预览，全部成功才写入；名录中已有的统一社会信用代码会更新该企业。",
    )
    p.add_argument("file", type=path_arg, metavar="FILE", help=".xlsx 或 .csv 文件（表头需有“企业名称”和“统一社会信用代码”列）")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入任何数据")
    p.add_argument("--skip-rejected", action="store_true", help="有被拒绝的行时，跳过它们并导入其余各行")
    p.set_defaults(func=cmd_import_enterprises)


def cmd_import_enterprises(args: argparse.Namespace) -> int:
    return run_table_import(
        args, load=load_enterprise_table, plan=plan_enterprise_import, apply=apply_enterprise_import,
        done=lambda r: f"已导入：新增 {r.created} 家企业、更新 {r.updated} 家。")
