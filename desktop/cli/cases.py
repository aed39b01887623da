"""``add case``, ``case advance|extend|pause|resume|warning``, ``deadline`` and ``list cases``
(see the README's command table). Each write is one transaction; a refusal is one Chinese line
on stderr and exit 1; a malformed argument exits 2.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli.add import add_group
from desktop.cli.common import iso_date, record_id, run_read, run_write, user
from desktop.errors import ValidationError
from desktop.services.disputes import core, stages
from desktop.services.disputes.clocks import compute_due, session_calendar
from desktop.services.disputes.labels import STAGE_LABELS
from desktop.services.disputes.periods import Mode
from desktop.services.disputes.query import case_detail, list_cases
from desktop.services.disputes.rules import DEFAULTS, load_rules
from desktop.services.enterprises.core import enterprise_id_by_uscc

STAGE_HELP = "、".join(STAGE_LABELS.values())


def _amount(text: str):
    try:
        return core.clean_amount(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"金额应为不小于0的数字（元）：{text}") from None


def _workers(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 100000:
        raise argparse.ArgumentTypeError(f"人数应为 1 到 100000 之间的整数：{text}")
    return int(text)


def _days(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 365:
        raise argparse.ArgumentTypeError(f"天数应为 1 到 365 之间的整数：{text}")
    return int(text)


def register(sub) -> None:
    p = add_group(sub).add_parser("case", help="受理一件劳动争议案件（打印案件编号）",
                                  description="一窗受理：登记一件劳动争议调解案件，案号在保存时按年分配。")
    p.add_argument("--employer", metavar="USCC", required=True, help="用人单位的统一社会信用代码（须已在企业名录中）")
    p.add_argument("--received", metavar="YYYY-MM-DD", type=iso_date, required=True, help="收到调解申请的日期")
    p.add_argument("--category", metavar="TEXT", required=True,
                   help="争议类别（调解仲裁法第二条），写类别名称中任一不含糊的部分，如“劳动报酬”")
    p.add_argument("--applicant", metavar="NAME", required=True, help="申请人姓名")
    p.add_argument("--id-number", metavar="N", default="", help="申请人身份证号码（校验 GB 11643 校验码）")
    p.add_argument("--phone", metavar="P", default="", help="申请人电话")
    p.add_argument("--workers", metavar="N", type=_workers, help="涉及职工人数（10人及以上为集体争议；默认1）")
    p.add_argument("--claim", metavar="TEXT", default="", help="请求事项")
    p.add_argument("--amount", metavar="YUAN", type=_amount, help="请求金额（元）")
    p.add_argument("--knew-on", metavar="YYYY-MM-DD", type=iso_date, help="知道权利被侵害之日（仲裁时效起算）")
    p.add_argument("--warning", metavar="ID", type=record_id, help="由该预警转入（保持双向关联）")
    p.set_defaults(func=cmd_add_case)

    verbs = sub.add_parser("case", help="办理案件：推进阶段、延期、中止",
                           description="推进案件阶段，或延长、中止、恢复案件的期限。")
    verbs = verbs.add_subparsers(dest="case_verb", metavar="VERB", required=True)
    a = verbs.add_parser("advance", help="推进到下一阶段", description="阶段：" + STAGE_HELP)
    a.add_argument("case_id", metavar="ID", type=record_id)
    a.add_argument("--to", metavar="STAGE", required=True, help="阶段的中文名称：" + STAGE_HELP)
    a.add_argument("--on", metavar="YYYY-MM-DD", type=iso_date, required=True, help="日期")
    a.add_argument("--note", metavar="TEXT", default="", help="说明")
    a.add_argument("--terms", metavar="TEXT", default="", help="协议内容（到“达成协议”时必填）")
    a.add_argument("--perform-by", metavar="YYYY-MM-DD", type=iso_date, help="履行期限（到“达成协议”时必填）")
    a.add_argument("--meeting", metavar="ID", type=record_id, help="这一步的调解会（劳动争议三方调处机制的会议编号）")
    a.add_argument("--agreed-amount", metavar="YUAN", type=_amount, action="append", default=[],
                   help="协议金额（元），按请求事项的顺序，每项请求写一次")
    a.set_defaults(func=cmd_advance)
    e = verbs.add_parser("extend", help="经双方同意延长期限")
    e.add_argument("case_id", metavar="ID", type=record_id)
    e.add_argument("--rule", metavar="RULE", default="mediation_15", help="期限规则（默认 mediation_15）")
    e.add_argument("--days", metavar="N", type=_days, required=True)
    e.add_argument("--reason", metavar="TEXT", required=True)
    e.set_defaults(func=cmd_extend)
    ps = verbs.add_parser("pause", help="中止期限")
    ps.add_argument("case_id", metavar="ID", type=record_id)
    ps.add_argument("--rule", metavar="RULE", default="mediation_15")
    ps.add_argument("--from", dest="first", metavar="YYYY-MM-DD", type=iso_date, required=True)
    ps.add_argument("--reason", metavar="TEXT", required=True)
    ps.set_defaults(func=cmd_pause)
    r = verbs.add_parser("resume", help="结束中止，期限继续计算")
    r.add_argument("case_id", metavar="ID", type=record_id)
    r.add_argument("--rule", metavar="RULE", default="mediation_15")
    r.add_argument("--last", metavar="YYYY-MM-DD", type=iso_date, required=True, help="中止的最后一日")
    r.set_defaults(func=cmd_resume)
    w = verbs.add_parser("warning", help="为集体争议案件的企业提出预警建议（打印预警编号）")
    w.add_argument("case_id", metavar="ID", type=record_id)
    w.set_defaults(func=cmd_warning)

    d = sub.add_parser("deadline", help="期限计算器：打印期间的最后一日",
                       description="按民法典第二百零一条至第二百零三条计算：起算当日不计入；"
                                   "shift 模式下末日为休息日的顺延至下一工作日。")
    d.add_argument("rule", metavar="RULE", help="规则：" + "、".join(DEFAULTS))
    d.add_argument("start", metavar="START", help="起算日期 YYYY-MM-DD")
    d.add_argument("--mode", choices=[m.value for m in Mode], help="shift 顺延 / exact 不顺延（默认按规则）")
    d.set_defaults(func=cmd_deadline)


def cmd_add_case(args: argparse.Namespace) -> int:
    def work(session):
        party = core.PartyInput(args.applicant, args.id_number, args.phone)
        claims = (core.ClaimInput(args.claim or "请求调解", args.amount),) if args.claim or args.amount else ()
        draft = core.CaseDraft(enterprise_id=enterprise_id_by_uscc(session, args.employer),
                               received=args.received, category=args.category, parties=(party,),
                               claims=claims, workers=args.workers, knew_on=args.knew_on,
                               warning_id=args.warning,
                               source="warning" if args.warning else "window")
        return core.create_case(session, draft, user=user())
    print(run_write(args, work))
    return 0


def cmd_advance(args: argparse.Namespace) -> int:
    step = stages.Advance(args.to, args.on, args.note, terms=args.terms, perform_by=args.perform_by,
                          agreed_amounts=tuple(args.agreed_amount), meeting_id=args.meeting)
    run_write(args, lambda s: stages.advance_case(s, args.case_id, step, user=user()))
    print(args.case_id)
    return 0


def cmd_extend(args: argparse.Namespace) -> int:
    print(run_write(args, lambda s: stages.extend_clock(s, args.case_id, args.rule, args.days, args.reason,
                                                      user=user())))
    return 0


def cmd_pause(args: argparse.Namespace) -> int:
    print(run_write(args, lambda s: stages.pause_clock(s, args.case_id, args.rule, args.first, args.reason,
                                                     user=user())))
    return 0


def cmd_resume(args: argparse.Namespace) -> int:
    run_write(args, lambda s: stages.end_pause(s, args.case_id, args.rule, args.last))
    print(args.case_id)
    return 0


def cmd_warning(args: argparse.Namespace) -> int:
    print(run_write(args, lambda s: core.raise_warning_for_case(s, args.case_id)))
    return 0


def _usage(text: str) -> int:
    print(f"tripartite: 用法错误：{text}", file=sys.stderr)
    return 2


def cmd_deadline(args: argparse.Namespace) -> int:
    try:
        start = iso_date(args.start)
    except argparse.ArgumentTypeError as exc:
        return _usage(str(exc))

    def work(session):
        rules = load_rules(session)
        if args.rule not in rules:
            return None
        rule = rules[args.rule]
        if args.mode:
            from dataclasses import replace
            rule = replace(rule, mode=args.mode)
        return compute_due(rule, start, session_calendar(session))
    due = run_read(args, work)
    if due is None:
        return _usage(f"没有期限规则“{args.rule}”。可用的规则：{'、'.join(DEFAULTS)}")
    print(due.day.isoformat())
    if due.provisional:
        print(f"注意：{due.day.year}年的节假日安排尚未录入，此结果为暂定。", file=sys.stderr)
    return 0


def case_records(session, first=None, last=None, *, unmask: bool = False) -> list[dict]:
    """``list cases``: one record per case (the JSON contract), applicants masked unless ``unmask``
    (then one audit entry per case shown, in the caller's transaction)."""
    records = []
    for row in list_cases(session, "all", first=first, last=last):
        record = row.as_json()
        detail = case_detail(session, row.id, unmask=unmask)
        record["applicants"] = [{"name": p.name, "id_number": p.id_number, "phone": p.phone}
                                for p in detail.parties]
        records.append(record)
    return records
