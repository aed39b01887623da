"""``report cases [--from YYYY-MM-DD --to YYYY-MM-DD] -o FILE.xlsx|FILE.docx``: the case
statistics of the cases received in a period; ID and phone numbers are masked in the file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import iso_date, path_arg, run_read
from desktop.cli.report import report_group
from desktop.exports.case_report import FORMATS, write_case_report
from desktop.services.disputes.statistics import case_statistics


def register(sub) -> None:
    r = report_group(sub).add_parser(
        "cases", help="导出争议案件统计（.xlsx 或 .docx）",
        description="受理日期在所选期间内的争议案件：受理、调解、达成协议、调解不成、转出，按类别、来源和调解员，"
                    "涉及职工与金额、15日期限内达成协议的比例、结案天数中位数、工会调解的比例。"
                    ".xlsx 另附案件清单（身份证号和电话已遮蔽）。")
    r.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD", help="受理日期起（默认不限）")
    r.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD", help="受理日期止（默认不限）")
    r.add_argument("-o", "--output", type=path_arg, metavar="FILE.xlsx|FILE.docx", required=True)
    r.set_defaults(func=cmd_report_cases)


def _usage_error(text: str) -> int:
    print(f"tripartite: 用法错误：{text}", file=sys.stderr)
    return 2


def cmd_report_cases(args: argparse.Namespace) -> int:
    if Path(args.output).suffix.lower() not in FORMATS:
        return _usage_error("-o 的文件应以 .xlsx 或 .docx 结尾")
    if args.first and args.last and args.first > args.last:
        return _usage_error("--from 晚于 --to")
    board = run_read(args, lambda s: case_statistics(s, args.first, args.last))
    path = write_case_report(Path(args.output), board)
    t = board.total
    print(f"已导出 {t.received} 件案件（达成协议 {t.settled} 件、调解不成 {t.failed} 件）的统计：{path}")
    return 0
