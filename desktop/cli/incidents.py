"""``add incident`` and ``incident notify|ack|close|report|export|event|level`` (see the README's
command table); ``list incidents`` is in ``listing`` and reads ``incident_records`` here.

Times given with ``--began``, ``--learned`` and ``--at`` are Beijing time (``YYYY-MM-DD HH:MM``).
Each write is one transaction; a refusal (a bad level, party or time too) is one Chinese line on
stderr and exit 1; a malformed option exits 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from desktop.cli.add import add_group
from desktop.cli.common import path_arg, record_id, run_read, run_write, user
from desktop.errors import UserError, ValidationError
from desktop.exports.incident_docs import write_incident_report
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import IncidentReport, ReportKind
from desktop.services.enterprises.core import enterprise_id_by_uscc
from desktop.services.incidents import board, core, reports
from desktop.services.incidents.labels import CHANNEL_LABELS, LEVEL_LABELS, REPORT_LABELS
from desktop.services.incidents.query import list_incidents
from desktop.services.kernel.records import get_or_refuse
from desktop.services.kernel.timeutil import local_iso, parse_local

STATUS_FILTERS = ("open", "closed", "all")     # ``list incidents --status``; default all
TIME = '"YYYY-MM-DD HH:MM"'
LEVEL_HELP = "1到4：" + "、".join(f"{n} {label}" for n, label in LEVEL_LABELS.items())
KIND_HELP = "、".join(f"{k.value} {REPORT_LABELS[k.value]}" for k in ReportKind)
CHANNEL_HELP = "、".join(CHANNEL_LABELS.values())


def _workers(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 0 <= int(text) <= core.MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"人数应为 0 到 {core.MAX_WORKERS} 之间的整数：{text}")
    return int(text)


def _moment(text: str | None, label: str) -> datetime | None:
    """A Beijing time typed on the command line; a malformed one is refused (exit 1)."""
    if text is None:
        return None
    try:
        return parse_local(text)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{label}“{value}”格式不正确，应为 YYYY-MM-DD HH:MM。"),
                              label=label, value=text[:40]) from None


def _level(text: str) -> int:
    value = text.strip()
    return core.check_level(int(value) if value.isascii() and value.isdigit() and len(value) < 3 else 0)


def _verb(verbs, name: str, help_text: str, func):
    p = verbs.add_parser(name, help=help_text, description=help_text)
    p.add_argument("incident_id", metavar="ID", type=record_id, help="事件编号（见 list incidents）")
    p.set_defaults(func=func)
    return p


def register(sub) -> None:
    p = add_group(sub).add_parser("incident", help="登记一起群体突发事件（打印事件编号）",
                                  description="登记群体突发事件：事件编号在保存时按年分配，七方联动机制的"
                                              "每个成员单位在通报签收表上各占一行。时间按北京时间。")
    p.add_argument("--enterprise", metavar="USCC", required=True, help="涉事企业的统一社会信用代码（须已在企业名录中）")
    p.add_argument("--level", metavar="N", required=True, help="事件级别，" + LEVEL_HELP)
    p.add_argument("--began", metavar=TIME, required=True, help="事件发生时间")
    p.add_argument("--learned", metavar=TIME, help="获悉时间（通报时限从此起算；默认同发生时间）")
    p.add_argument("--workers", metavar="N", type=_workers, default=0, help="涉及职工人数")
    p.add_argument("--title", metavar="TEXT", required=True, help="事件名称，如“欠薪聚集”")
    p.add_argument("--place", metavar="TEXT", default="", help="地点")
    p.add_argument("--drill", action="store_true", help="演练：文书带演练标记，不计入统计")
    p.set_defaults(func=cmd_add)

    verbs = sub.add_parser("incident", help="处置群体突发事件：通报、签收、报告、结束",
                           description="记录向各联动单位的通报和签收、处置措施、级别调整和报告，导出报告文书。")
    verbs = verbs.add_subparsers(dest="incident_verb", metavar="VERB", required=True)
    n = _verb(verbs, "notify", "记录已向一个联动单位通报", cmd_notify)
    n.add_argument("--party", metavar="NAME", required=True, help="单位名称或简称中不含糊的部分，如“公安”")
    n.add_argument("--channel", metavar="TEXT", required=True, help="通报方式：" + CHANNEL_HELP)
    n.add_argument("--at", metavar=TIME, help="通报时间（默认现在）")
    n.add_argument("--contact", metavar="NAME", default="", help="对方接收人")
    a = _verb(verbs, "ack", "记录联动单位已签收", cmd_ack)
    a.add_argument("--party", metavar="NAME", required=True, help="单位名称或简称中不含糊的部分")
    a.add_argument("--at", metavar=TIME, help="签收时间（默认现在）")
    a.add_argument("--by", metavar="NAME", default="", help="签收人")
    c = _verb(verbs, "close", "结束处置，写明处置结果", cmd_close)
    c.add_argument("--summary", metavar="TEXT", required=True, help="处置结果")
    c.add_argument("--at", metavar=TIME, help="结束时间（默认现在）")
    r = _verb(verbs, "report", "报送一份报告：初报、续报、日报或总结评估（打印报告编号和名称）", cmd_report)
    r.add_argument("--kind", required=True, choices=[k.value for k in ReportKind], help=KIND_HELP)
    body = r.add_mutually_exclusive_group(required=True)
    body.add_argument("--body-file", metavar="F", help="报告正文（UTF-8 文本文件；以“一、”开头的行为标题）")
    body.add_argument("--draft", action="store_true", help="使用系统生成的草稿作为正文")
    r.add_argument("--at", metavar=TIME, help="报送时间（默认现在）")
    e = _verb(verbs, "export", "导出一份报告（.docx，公文版式）", cmd_export)
    e.add_argument("--report", metavar="N", type=record_id, required=True, help="报告编号（incident report 打印的编号）")
    e.add_argument("-o", "--output", type=path_arg, metavar="F.docx", required=True, help="输出文件（.docx）")
    v = _verb(verbs, "event", "记录一条处置措施（打印记录编号）", cmd_event)
    v.add_argument("--text", metavar="TEXT", required=True, help="处置情况")
    v.add_argument("--at", metavar=TIME, help="时间（默认现在）")
    g = _verb(verbs, "level", "调整事件级别（尚未通报的单位按新级别的时限）", cmd_level)
    g.add_argument("--level", metavar="N", required=True, help=LEVEL_HELP)
    g.add_argument("--reason", metavar="TEXT", default="", help="理由")


def cmd_add(args: argparse.Namespace) -> int:
    level, began = _level(args.level), _moment(args.began, "发生时间")
    learned = _moment(args.learned, "获悉时间")

    def work(session):
        draft = core.IncidentDraft(enterprise_id=enterprise_id_by_uscc(session, args.enterprise), title=args.title,
                                   level=level, began_at=began, learned_at=learned, workers=args.workers,
                                   place=args.place, drill=args.drill)
        return core.create_incident(session, draft, user=user())
    print(run_write(args, work))
    return 0


def cmd_notify(args: argparse.Namespace) -> int:
    at = _moment(args.at, "通报时间")

    def work(session):
        party = board.find_party(session, args.incident_id, args.party)
        board.notify(session, args.incident_id, party.id, args.channel, at=at, contact=args.contact, user=user())
        row = next(r for r in board.board(session, args.incident_id) if r.id == party.id)
        return row.party, row.late, row.limit_minutes
    name, late, minutes = run_write(args, work)
    if late:
        print(f"注意：向{name}的通报已超过时限（{minutes}分钟）。", file=sys.stderr)
    print(args.incident_id)
    return 0


def cmd_ack(args: argparse.Namespace) -> int:
    at = _moment(args.at, "签收时间")

    def work(session):
        party = board.find_party(session, args.incident_id, args.party)
        board.acknowledge(session, args.incident_id, party.id, at=at, by=args.by)
    run_write(args, work)
    print(args.incident_id)
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    at = _moment(args.at, "结束时间")
    run_write(args, lambda s: core.close_incident(s, args.incident_id, args.summary, at=at))
    print(args.incident_id)
    return 0


def _read_body(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "不是 UTF-8 文本" if isinstance(exc, UnicodeDecodeError) else (exc.strerror or str(exc))
        raise UserError(QT_TRANSLATE_NOOP("Errors", "无法读取文件 {path}：{reason}"), path=path, reason=reason) from None


def cmd_report(args: argparse.Namespace) -> int:
    at = _moment(args.at, "报送时间")
    text = None if args.draft else _read_body(args.body_file)

    def work(session):
        body = text if text is not None else reports.draft(session, args.incident_id, args.kind, as_of=at)
        return reports.add_report(session, args.incident_id, args.kind, body, at=at, user=user())
    report_id, title = run_write(args, work)
    print(report_id, title)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() != ".docx":
        print("tripartite: 用法错误：-o 的文件应以 .docx 结尾", file=sys.stderr)
        return 2

    def work(session):
        if get_or_refuse(session, IncidentReport, args.report).incident_id != args.incident_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "报告 {report} 不属于事件 {id}。"),
                                  field="report", report=args.report, id=args.incident_id)
        return write_incident_report(session, args.report, out)
    print(run_read(args, work))
    return 0


def cmd_event(args: argparse.Namespace) -> int:
    at = _moment(args.at, "时间")
    print(run_write(args, lambda s: core.record_event(s, args.incident_id, args.text, at=at, user=user())))
    return 0


def cmd_level(args: argparse.Namespace) -> int:
    level = _level(args.level)
    run_write(args, lambda s: core.change_level(s, args.incident_id, level, args.reason, user=user()))
    print(args.incident_id)
    return 0


# ---------------------------------------------------------------- list incidents

def incident_records(session, status: str = "all") -> list[dict]:
    """``list incidents``: one record per incident with its board as of now (the JSON contract:
    id, level, status, began, parties [{party, notified, acknowledged, late}]; number, title and
    enterprise besides)."""
    rows = list_incidents(session, status=None if status == "all" else status)
    return [{"id": r.id, "number": r.number, "title": r.title, "enterprise": r.enterprise, "level": r.level,
             "status": r.status, "began": local_iso(r.began_at),
             "parties": [{"party": p.party, "notified": p.notified_at and local_iso(p.notified_at),
                          "acknowledged": p.acknowledged_at and local_iso(p.acknowledged_at), "late": p.late}
                         for p in r.parties]}
            for r in rows]


def incident_line(record: dict) -> dict:
    """A record flattened for the table: how many parties were told, acknowledged, late."""
    parties = record["parties"]
    late = [p["party"] for p in parties if p["late"]]
    return {"id": record["id"], "number": record["number"], "level": record["level"], "status": record["status"],
            "began": record["began"], "title": record["title"], "enterprise": record["enterprise"],
            "notified": f"{sum(1 for p in parties if p['notified'])}/{len(parties)}",
            "acknowledged": f"{sum(1 for p in parties if p['acknowledged'])}/{len(parties)}",
            "late": "、".join(late)}
