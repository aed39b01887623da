"""``warning issue|adjust|extend|lift|dismiss|agenda``, ``report warnings``, ``export letter`` and
``export warning-list`` (see the README's command table); ``list warnings`` is in ``listing``.

Each verb is one transaction; a refusal is one Chinese line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import iso_date, path_arg, record_id, run_read, run_write
from desktop.cli.export import export_verbs
from desktop.cli.report import report_group
from desktop.exports.warning_letter import write_warning_letter, write_warning_list
from desktop.exports.warning_report import write_warning_report
from desktop.models import LEVEL_ORDER
from desktop.services.warnings import core
from desktop.services.warnings.agenda import put_on_next_agenda
from desktop.services.warnings.documents import warning_letter, warning_list, warning_report
from desktop.services.warnings.query import list_warnings

LEVELS = tuple(level.value for level in LEVEL_ORDER)
LEVEL_HELP = "red 红色（I级）、orange 橙色（II级）、yellow 黄色（III级）、blue 蓝色（IV级）"


def _verbs(sub):
    parser = sub.add_parser("warning", help="签发、调整、延期、解除预警",
                            description="处理预警：每次签发、调整级别、延期和解除都记为一条新消息，原消息不修改。")
    return parser.add_subparsers(dest="warning_verb", metavar="VERB", required=True)


def _verb(verbs, name: str, help_text: str, func, reason: str | None):
    p = verbs.add_parser(name, help=help_text, description=help_text)
    p.add_argument("warning_id", metavar="ID", type=record_id, help="预警编号（见 list warnings）")
    if reason is not None:
        p.add_argument("--reason", metavar="TEXT", required=reason == "required",
                       default="", help="理由" + ("（必填）" if reason == "required" else ""))
    p.set_defaults(func=func)
    return p


def register(sub) -> None:
    verbs = _verbs(sub)
    p = _verb(verbs, "issue", "签发一条待签发的预警建议（打印预警编号）", cmd_issue, "optional")
    p.add_argument("--level", choices=LEVELS, help=LEVEL_HELP + "；与建议级别不同时须写 --reason")
    p.add_argument("--starts", type=iso_date, metavar="YYYY-MM-DD", help="预警开始日期（默认今天）")
    p.add_argument("--expires", type=iso_date, metavar="YYYY-MM-DD", help="有效期至（默认开始日期后90天）")
    p = _verb(verbs, "adjust", "调整预警级别（提高或降低）", cmd_adjust, "required")
    p.add_argument("--level", choices=LEVELS, required=True, help=LEVEL_HELP)
    p = _verb(verbs, "extend", "延长预警的有效期", cmd_extend, "optional")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", required=True, help="新的有效期")
    _verb(verbs, "lift", "解除预警", cmd_lift, "required")
    _verb(verbs, "dismiss", "不予预警：驳回一条预警建议", cmd_dismiss, "required")
    _verb(verbs, "agenda", "把预警列入劳资矛盾预警机制下次会议的议程（打印会议编号）", cmd_agenda, None)

    r = report_group(sub).add_parser("warnings", help="导出预警报表（.xlsx）",
                                     description="签发日期在所选期间内的预警，每个预警一行，另附每条消息一行。")
    r.add_argument("--from", dest="first", type=iso_date, metavar="YYYY-MM-DD", help="签发日期起（默认不限）")
    r.add_argument("--to", dest="last", type=iso_date, metavar="YYYY-MM-DD", help="签发日期止（默认不限）")
    r.add_argument("-o", "--output", type=path_arg, metavar="FILE.xlsx", required=True)
    r.set_defaults(func=cmd_report)

    e = export_verbs(sub).add_parser("letter", help="导出预警提示函（.docx，公文版式）")
    e.add_argument("warning_id", metavar="ID", type=record_id)
    e.add_argument("-o", "--output", type=path_arg, metavar="FILE.docx", required=True)
    e.set_defaults(func=cmd_export_letter)
    e = export_verbs(sub).add_parser("warning-list", help="导出生效中的预警清单（.docx），供预警会议使用")
    e.add_argument("-o", "--output", type=path_arg, metavar="FILE.docx", required=True)
    e.set_defaults(func=cmd_export_list)


def _usage_error(text: str) -> int:
    print(f"tripartite: 用法错误：{text}", file=sys.stderr)
    return 2


def cmd_issue(args: argparse.Namespace) -> int:
    draft = core.WarningDraft(level=args.level, reason=args.reason, starts=args.starts, expires=args.expires)
    print(run_write(args, lambda s: core.issue_suggestion(s, args.warning_id, draft)))
    return 0


def cmd_adjust(args: argparse.Namespace) -> int:
    run_write(args, lambda s: core.adjust_level(s, args.warning_id, args.level, args.reason))
    print(args.warning_id)
    return 0


def cmd_extend(args: argparse.Namespace) -> int:
    run_write(args, lambda s: core.extend_warning(s, args.warning_id, args.until, args.reason))
    print(args.warning_id)
    return 0


def cmd_lift(args: argparse.Namespace) -> int:
    run_write(args, lambda s: core.lift_warning(s, args.warning_id, args.reason))
    print(args.warning_id)
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    run_write(args, lambda s: core.dismiss_suggestion(s, args.warning_id, args.reason))
    print(args.warning_id)
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    print(run_write(args, lambda s: put_on_next_agenda(s, args.warning_id)))
    return 0


def _docx(path: str) -> bool:
    return Path(path).suffix.lower() == ".docx"


def cmd_report(args: argparse.Namespace) -> int:
    if Path(args.output).suffix.lower() != ".xlsx":
        return _usage_error("-o 的文件应以 .xlsx 结尾")
    if args.first and args.last and args.first > args.last:
        return _usage_error("--from 晚于 --to")
    report = run_read(args, lambda s: warning_report(s, args.first, args.last))
    path = write_warning_report(Path(args.output), report)
    print(f"已导出 {len(report.warnings)} 个预警、{len(report.messages)} 条消息：{path}")
    return 0


def cmd_export_letter(args: argparse.Namespace) -> int:
    if not _docx(args.output):
        return _usage_error("-o 的文件应以 .docx 结尾")
    letter = run_read(args, lambda s: warning_letter(s, args.warning_id))
    print(write_warning_letter(letter, Path(args.output)))
    return 0


def cmd_export_list(args: argparse.Namespace) -> int:
    if not _docx(args.output):
        return _usage_error("-o 的文件应以 .docx 结尾")
    data = run_read(args, warning_list)
    print(write_warning_list(data, Path(args.output)))
    return 0


def warning_records(session, status: str) -> list[dict]:
    """``list warnings``: one record per warning in its current state (the JSON contract)."""
    return [{"id": r.id, "uscc": r.uscc, "enterprise": r.enterprise, "level": r.level,
             "status": r.status, "reason": r.reason, "messages": r.messages}
            for r in list_warnings(session, status)]
